// ==== launch 0: row_norms_x_f32 (sigmoid_loss), cube_dim 64x1x1
@group(0)
@binding(0)
var<storage, read_write> buffer_0_global: array<f32>;

@group(0)
@binding(1)
var<storage, read_write> buffer_1_global: array<f32>;

struct info_st {
   static_meta: array<u32, 8>,
   dynamic_meta: array<u32>,
}

@group(0)
@binding(2)
var<storage, read> info: info_st;

var<workgroup> shared_memory_14: array<f32, 64>;

const WORKGROUP_SIZE_X = 64u;
const WORKGROUP_SIZE_Y = 1u;
const WORKGROUP_SIZE_Z = 1u;

@compute
@workgroup_size(64, 1, 1)
fn row_norms_x_f32(
    @builtin(local_invocation_index) local_idx: u32,
    @builtin(num_workgroups) num_workgroups: vec3<u32>,
    @builtin(workgroup_id) workgroup_id: vec3<u32>,
) {
let workgroup_id_no_axis = (u32(num_workgroups.y) * u32(num_workgroups.x) * u32(workgroup_id.z)) + (u32(num_workgroups.x) * u32(workgroup_id.y)) + u32(workgroup_id.x);
var l_mut_15: u32;
var l_mut_2: f32;
var l_mut_3: u32;
let l_0 = info.dynamic_meta[info.static_meta[u32(5)] + u32(0)];
let l_1 = workgroup_id_no_axis < l_0;
if l_1 {
l_mut_2 = f32(0.0);
l_mut_3 = local_idx;
loop {
let l_4 = info.dynamic_meta[info.static_meta[u32(5)] + u32(1)];
let l_5 = l_mut_3 < l_4;
let l_6 = !l_5;
if l_6 {
break;
}
let l_7 = info.dynamic_meta[info.static_meta[u32(6)] + u32(0)];
let l_8 = workgroup_id_no_axis * l_7;
let l_9 = info.dynamic_meta[info.static_meta[u32(6)] + u32(1)];
let l_10 = l_mut_3 * l_9;
let l_11 = l_8 + l_10;
let l_26 = info.static_meta[u32(0)];
let l_27 = l_26 * u32(1);
let l_28 = l_11 < l_27;
let l_29 = l_27 - u32(1);
let l_30 = min(l_11, l_29);
let l_31 = buffer_0_global[l_30];
let l_32 = select(f32(0.0), l_31, l_28);
let l_12 = l_32;
let l_13 = l_12 * l_12;
l_mut_2 = l_mut_2 + l_13;
l_mut_3 = l_mut_3 + u32(64);
}
shared_memory_14[local_idx] = l_mut_2;
workgroupBarrier();
l_mut_15 = u32(32);
loop {
let l_16 = l_mut_15 > u32(0);
let l_17 = !l_16;
if l_17 {
break;
}
let l_18 = local_idx < l_mut_15;
if l_18 {
let l_19 = local_idx + l_mut_15;
let l_20 = shared_memory_14[l_19];
let l_21 = shared_memory_14[local_idx];
let l_22 = l_21 + l_20;
shared_memory_14[local_idx] = l_22;
}
workgroupBarrier();
l_mut_15 = l_mut_15 / u32(2);
}
let l_23 = shared_memory_14[u32(0)];
workgroupBarrier();
let l_24 = local_idx == u32(0);
if l_24 {
let l_25 = sqrt(l_23);
let l_33 = info.static_meta[u32(1)];
let l_34 = l_33 * u32(1);
let l_35 = workgroup_id_no_axis < l_34;
if l_35 {
buffer_1_global[workgroup_id_no_axis] = l_25;
}
}
}
}
// ==== launch 0: row_norms_x_f32 (sigmoid_loss), cube_dim 64x1x1
@group(0)
@binding(0)
var<storage, read_write> buffer_0_global: array<f32>;

@group(0)
@binding(1)
var<storage, read_write> buffer_1_global: array<f32>;

struct info_st {
   static_meta: array<u32, 8>,
   dynamic_meta: array<u32>,
}

@group(0)
@binding(2)
var<storage, read> info: info_st;

var<workgroup> shared_memory_14: array<f32, 64>;

const WORKGROUP_SIZE_X = 64u;
const WORKGROUP_SIZE_Y = 1u;
const WORKGROUP_SIZE_Z = 1u;

@compute
@workgroup_size(64, 1, 1)
fn row_norms_x_f32(
    @builtin(local_invocation_index) local_idx: u32,
    @builtin(num_workgroups) num_workgroups: vec3<u32>,
    @builtin(workgroup_id) workgroup_id: vec3<u32>,
) {
let workgroup_id_no_axis = (u32(num_workgroups.y) * u32(num_workgroups.x) * u32(workgroup_id.z)) + (u32(num_workgroups.x) * u32(workgroup_id.y)) + u32(workgroup_id.x);
var l_mut_15: u32;
var l_mut_2: f32;
var l_mut_3: u32;
let l_0 = info.dynamic_meta[info.static_meta[u32(5)] + u32(0)];
let l_1 = workgroup_id_no_axis < l_0;
if l_1 {
l_mut_2 = f32(0.0);
l_mut_3 = local_idx;
loop {
let l_4 = info.dynamic_meta[info.static_meta[u32(5)] + u32(1)];
let l_5 = l_mut_3 < l_4;
let l_6 = !l_5;
if l_6 {
break;
}
let l_7 = info.dynamic_meta[info.static_meta[u32(6)] + u32(0)];
let l_8 = workgroup_id_no_axis * l_7;
let l_9 = info.dynamic_meta[info.static_meta[u32(6)] + u32(1)];
let l_10 = l_mut_3 * l_9;
let l_11 = l_8 + l_10;
let l_26 = info.static_meta[u32(0)];
let l_27 = l_26 * u32(1);
let l_28 = l_11 < l_27;
let l_29 = l_27 - u32(1);
let l_30 = min(l_11, l_29);
let l_31 = buffer_0_global[l_30];
let l_32 = select(f32(0.0), l_31, l_28);
let l_12 = l_32;
let l_13 = l_12 * l_12;
l_mut_2 = l_mut_2 + l_13;
l_mut_3 = l_mut_3 + u32(64);
}
shared_memory_14[local_idx] = l_mut_2;
workgroupBarrier();
l_mut_15 = u32(32);
loop {
let l_16 = l_mut_15 > u32(0);
let l_17 = !l_16;
if l_17 {
break;
}
let l_18 = local_idx < l_mut_15;
if l_18 {
let l_19 = local_idx + l_mut_15;
let l_20 = shared_memory_14[l_19];
let l_21 = shared_memory_14[local_idx];
let l_22 = l_21 + l_20;
shared_memory_14[local_idx] = l_22;
}
workgroupBarrier();
l_mut_15 = l_mut_15 / u32(2);
}
let l_23 = shared_memory_14[u32(0)];
workgroupBarrier();
let l_24 = local_idx == u32(0);
if l_24 {
let l_25 = sqrt(l_23);
let l_33 = info.static_meta[u32(1)];
let l_34 = l_33 * u32(1);
let l_35 = workgroup_id_no_axis < l_34;
if l_35 {
buffer_1_global[workgroup_id_no_axis] = l_25;
}
}
}
}
// ==== launch 0: loss_rows_x_f32_y_f32 (sigmoid_loss), cube_dim 64x1x1
@group(0)
@binding(0)
var<storage, read_write> buffer_0_global: array<f32>;

@group(0)
@binding(1)
var<storage, read_write> buffer_1_global: array<f32>;

@group(0)
@binding(2)
var<storage, read_write> buffer_2_global: array<f32>;

@group(0)
@binding(3)
var<storage, read_write> buffer_3_global: array<f32>;

@group(0)
@binding(4)
var<storage, read_write> buffer_4_global: array<f32>;

struct info_st {
   scalars_f32: array<f32, 4>,
   scalars_u32: array<u32, 2>,
   static_meta: array<u32, 16>,
   dynamic_meta: array<u32>,
}

@group(0)
@binding(5)
var<storage, read> info: info_st;

var<workgroup> shared_memory_61: array<f32, 64>;

const WORKGROUP_SIZE_X = 64u;
const WORKGROUP_SIZE_Y = 1u;
const WORKGROUP_SIZE_Z = 1u;

@compute
@workgroup_size(64, 1, 1)
fn loss_rows_x_f32_y_f32(
    @builtin(local_invocation_index) local_idx: u32,
    @builtin(num_workgroups) num_workgroups: vec3<u32>,
    @builtin(workgroup_id) workgroup_id: vec3<u32>,
) {
let workgroup_id_no_axis = (u32(num_workgroups.y) * u32(num_workgroups.x) * u32(workgroup_id.z)) + (u32(num_workgroups.x) * u32(workgroup_id.y)) + u32(workgroup_id.x);
var l_mut_3: f32;
var l_mut_41: f32;
var l_mut_4: f32;
var l_mut_5: u32;
var l_mut_62: u32;
var l_mut_9: f32;
let l_0 = info.dynamic_meta[info.static_meta[u32(12)] + u32(0)];
let l_1 = workgroup_id_no_axis < l_0;
if l_1 {
let l_2 = info.dynamic_meta[info.static_meta[u32(13)] + u32(0)];
l_mut_3 = f32(0.0);
l_mut_4 = f32(0.0);
l_mut_5 = local_idx;
loop {
let l_6 = l_mut_5 < l_2;
let l_7 = !l_6;
if l_7 {
break;
}
let l_8 = info.dynamic_meta[info.static_meta[u32(12)] + u32(1)];
l_mut_9 = f32(0.0);

for (var l_mut_10: u32 = u32(0); l_mut_10 < l_8; l_mut_10++) {
let l_11 = info.dynamic_meta[info.static_meta[u32(14)] + u32(0)];
let l_12 = workgroup_id_no_axis * l_11;
let l_13 = info.dynamic_meta[info.static_meta[u32(14)] + u32(1)];
let l_14 = l_mut_10 * l_13;
let l_15 = l_12 + l_14;
let l_87 = info.static_meta[u32(0)];
let l_88 = l_87 * u32(1);
let l_89 = l_15 < l_88;
let l_90 = l_88 - u32(1);
let l_91 = min(l_15, l_90);
let l_92 = buffer_0_global[l_91];
let l_93 = select(f32(0.0), l_92, l_89);
let l_16 = l_93;
let l_17 = info.dynamic_meta[info.static_meta[u32(15)] + u32(0)];
let l_18 = l_mut_5 * l_17;
let l_19 = info.dynamic_meta[info.static_meta[u32(15)] + u32(1)];
let l_20 = l_mut_10 * l_19;
let l_21 = l_18 + l_20;
let l_94 = info.static_meta[u32(1)];
let l_95 = l_94 * u32(1);
let l_96 = l_21 < l_95;
let l_97 = l_95 - u32(1);
let l_98 = min(l_21, l_97);
let l_99 = buffer_1_global[l_98];
let l_100 = select(f32(0.0), l_99, l_96);
let l_22 = l_100;
let l_23 = l_16 * l_22;
l_mut_9 = l_mut_9 + l_23;
}
let l_24 = info.scalars_f32[0] * l_mut_9;
l_mut_9 = l_24;
let l_73 = info.static_meta[u32(2)];
let l_74 = l_73 * u32(1);
let l_75 = workgroup_id_no_axis < l_74;
let l_76 = l_74 - u32(1);
let l_77 = min(workgroup_id_no_axis, l_76);
let l_78 = buffer_2_global[l_77];
let l_79 = select(f32(0.0), l_78, l_75);
let l_25 = l_79;
let l_80 = info.static_meta[u32(3)];
let l_81 = l_80 * u32(1);
let l_82 = l_mut_5 < l_81;
let l_83 = l_81 - u32(1);
let l_84 = min(l_mut_5, l_83);
let l_85 = buffer_3_global[l_84];
let l_86 = select(f32(0.0), l_85, l_82);
let l_26 = l_86;
let l_27 = l_25 * l_26;
l_mut_9 = l_mut_9 / l_27;
let l_28 = workgroup_id_no_axis + info.scalars_u32[0];
let l_29 = l_mut_5 + info.scalars_u32[1];
let l_30 = l_28 == l_29;
let l_31 = select(f32(-1.0), f32(1.0), l_30);
let l_32 = l_mut_9 + info.scalars_f32[1];
let l_33 = l_31 * l_32;
let l_34 = min(l_33, f32(0.0));
let l_35 = abs(l_33);
let l_36 = -l_35;
let l_37 = exp(l_36);
let l_38 = f32(2.0) + l_37;
let l_39 = l_37 / l_38;
let l_40 = l_39 * l_39;
l_mut_41 = f32(0.05882352963089943);
let l_42 = l_40 * l_mut_41;
let l_43 = f32(0.06666667014360428) + l_42;
l_mut_41 = l_43;
let l_44 = l_40 * l_mut_41;
let l_45 = f32(0.07692307978868484) + l_44;
l_mut_41 = l_45;
let l_46 = l_40 * l_mut_41;
let l_47 = f32(0.09090909361839294) + l_46;
l_mut_41 = l_47;
let l_48 = l_40 * l_mut_41;
let l_49 = f32(0.1111111119389534) + l_48;
l_mut_41 = l_49;
let l_50 = l_40 * l_mut_41;
let l_51 = f32(0.1428571492433548) + l_50;
l_mut_41 = l_51;
let l_52 = l_40 * l_mut_41;
let l_53 = f32(0.20000000298023224) + l_52;
l_mut_41 = l_53;
let l_54 = l_40 * l_mut_41;
let l_55 = f32(0.3333333432674408) + l_54;
l_mut_41 = l_55;
let l_56 = l_40 * l_mut_41;
let l_57 = f32(1.0) + l_56;
l_mut_41 = l_57;
let l_58 = f32(2.0) * l_39;
let l_59 = l_58 * l_mut_41;
let l_60 = l_34 - l_59;
l_mut_3 = l_mut_3 + l_60;
l_mut_5 = l_mut_5 + u32(64);
}
shared_memory_61[local_idx] = l_mut_3;
workgroupBarrier();
l_mut_62 = u32(32);
loop {
let l_63 = l_mut_62 > u32(0);
let l_64 = !l_63;
if l_64 {
break;
}
let l_65 = local_idx < l_mut_62;
if l_65 {
let l_66 = local_idx + l_mut_62;
let l_67 = shared_memory_61[l_66];
let l_68 = shared_memory_61[local_idx];
let l_69 = l_68 + l_67;
shared_memory_61[local_idx] = l_69;
}
workgroupBarrier();
l_mut_62 = l_mut_62 / u32(2);
}
let l_70 = shared_memory_61[u32(0)];
workgroupBarrier();
let l_71 = local_idx == u32(0);
if l_71 {
let l_72 = info.scalars_f32[2] * l_70;
let l_101 = info.static_meta[u32(4)];
let l_102 = l_101 * u32(1);
let l_103 = workgroup_id_no_axis < l_102;
if l_103 {
buffer_4_global[workgroup_id_no_axis] = l_72;
}
}
}
}
// ==== launch 0: reduce_kernel_x_f32_o_f32 (sigmoid_loss), cube_dim 32x1x1
@group(0)
@binding(0)
var<storage, read_write> buffer_0_global: array<f32>;

@group(0)
@binding(1)
var<storage, read_write> buffer_1_global: array<f32>;

struct info_st {
   scalars_u32: array<u32, 2>,
   static_meta: array<u32, 10>,
   dynamic_meta: array<u32>,
}

@group(0)
@binding(2)
var<storage, read> info: info_st;

var<workgroup> shared_memory_15: array<f32, 32>;

const WORKGROUP_SIZE_X = 32u;
const WORKGROUP_SIZE_Y = 1u;
const WORKGROUP_SIZE_Z = 1u;

@compute
@workgroup_size(32, 1, 1)
fn reduce_kernel_x_f32_o_f32(
    @builtin(local_invocation_index) local_idx: u32,
    @builtin(num_workgroups) num_workgroups: vec3<u32>,
    @builtin(workgroup_id) workgroup_id: vec3<u32>,
) {
let workgroup_id_no_axis = (u32(num_workgroups.y) * u32(num_workgroups.x) * u32(workgroup_id.z)) + (u32(num_workgroups.x) * u32(workgroup_id.y)) + u32(workgroup_id.x);
var l_mut_1: f32;
var l_mut_2: u32;
var l_mut_7: u32;
var l_mut_8: u32;
let l_0 = workgroup_id_no_axis < info.scalars_u32[1];
if l_0 {
l_mut_1 = f32(0.0);
l_mut_2 = local_idx;
loop {
let l_3 = l_mut_2 < info.scalars_u32[0];
let l_4 = !l_3;
if l_4 {
break;
}
let l_5 = workgroup_id_no_axis * info.scalars_u32[0];
let l_6 = l_5 + l_mut_2;
l_mut_7 = l_6;
l_mut_8 = u32(0);
let l_9 = info.dynamic_meta[info.static_meta[u32(6)] + u32(0)];
let l_10 = l_mut_7 % l_9;
let l_11 = info.dynamic_meta[info.static_meta[u32(8)] + u32(0)];
let l_12 = l_10 * l_11;
l_mut_8 = l_mut_8 + l_12;
l_mut_7 = l_mut_7 / l_9;
let l_25 = info.static_meta[u32(0)];
let l_26 = l_25 * u32(1);
let l_27 = l_mut_8 < l_26;
let l_28 = l_26 - u32(1);
let l_29 = min(l_mut_8, l_28);
let l_30 = buffer_0_global[l_29];
let l_31 = select(f32(0.0), l_30, l_27);
let l_13 = l_31;
let l_14 = l_mut_1 + l_13;
l_mut_1 = l_14;
l_mut_2 = l_mut_2 + u32(32);
}
shared_memory_15[local_idx] = l_mut_1;
workgroupBarrier();
l_mut_8 = u32(16);
loop {
let l_16 = l_mut_8 > u32(0);
let l_17 = !l_16;
if l_17 {
break;
}
let l_18 = local_idx < l_mut_8;
if l_18 {
let l_19 = local_idx + l_mut_8;
let l_20 = shared_memory_15[l_19];
let l_21 = shared_memory_15[local_idx];
let l_22 = l_21 + l_20;
shared_memory_15[local_idx] = l_22;
}
workgroupBarrier();
l_mut_8 = l_mut_8 / u32(2);
}
let l_23 = shared_memory_15[u32(0)];
workgroupBarrier();
l_mut_1 = l_23;
let l_24 = local_idx == u32(0);
if l_24 {
let l_32 = info.static_meta[u32(1)];
let l_33 = l_32 * u32(1);
let l_34 = workgroup_id_no_axis < l_33;
if l_34 {
buffer_1_global[workgroup_id_no_axis] = l_mut_1;
}
}
}
}
// ==== launch 0: row_norms_x_f32 (sigmoid_loss), cube_dim 64x1x1
@group(0)
@binding(0)
var<storage, read_write> buffer_0_global: array<f32>;

@group(0)
@binding(1)
var<storage, read_write> buffer_1_global: array<f32>;

struct info_st {
   static_meta: array<u32, 8>,
   dynamic_meta: array<u32>,
}

@group(0)
@binding(2)
var<storage, read> info: info_st;

var<workgroup> shared_memory_14: array<f32, 64>;

const WORKGROUP_SIZE_X = 64u;
const WORKGROUP_SIZE_Y = 1u;
const WORKGROUP_SIZE_Z = 1u;

@compute
@workgroup_size(64, 1, 1)
fn row_norms_x_f32(
    @builtin(local_invocation_index) local_idx: u32,
    @builtin(num_workgroups) num_workgroups: vec3<u32>,
    @builtin(workgroup_id) workgroup_id: vec3<u32>,
) {
let workgroup_id_no_axis = (u32(num_workgroups.y) * u32(num_workgroups.x) * u32(workgroup_id.z)) + (u32(num_workgroups.x) * u32(workgroup_id.y)) + u32(workgroup_id.x);
var l_mut_15: u32;
var l_mut_2: f32;
var l_mut_3: u32;
let l_0 = info.dynamic_meta[info.static_meta[u32(5)] + u32(0)];
let l_1 = workgroup_id_no_axis < l_0;
if l_1 {
l_mut_2 = f32(0.0);
l_mut_3 = local_idx;
loop {
let l_4 = info.dynamic_meta[info.static_meta[u32(5)] + u32(1)];
let l_5 = l_mut_3 < l_4;
let l_6 = !l_5;
if l_6 {
break;
}
let l_7 = info.dynamic_meta[info.static_meta[u32(6)] + u32(0)];
let l_8 = workgroup_id_no_axis * l_7;
let l_9 = info.dynamic_meta[info.static_meta[u32(6)] + u32(1)];
let l_10 = l_mut_3 * l_9;
let l_11 = l_8 + l_10;
let l_26 = info.static_meta[u32(0)];
let l_27 = l_26 * u32(1);
let l_28 = l_11 < l_27;
let l_29 = l_27 - u32(1);
let l_30 = min(l_11, l_29);
let l_31 = buffer_0_global[l_30];
let l_32 = select(f32(0.0), l_31, l_28);
let l_12 = l_32;
let l_13 = l_12 * l_12;
l_mut_2 = l_mut_2 + l_13;
l_mut_3 = l_mut_3 + u32(64);
}
shared_memory_14[local_idx] = l_mut_2;
workgroupBarrier();
l_mut_15 = u32(32);
loop {
let l_16 = l_mut_15 > u32(0);
let l_17 = !l_16;
if l_17 {
break;
}
let l_18 = local_idx < l_mut_15;
if l_18 {
let l_19 = local_idx + l_mut_15;
let l_20 = shared_memory_14[l_19];
let l_21 = shared_memory_14[local_idx];
let l_22 = l_21 + l_20;
shared_memory_14[local_idx] = l_22;
}
workgroupBarrier();
l_mut_15 = l_mut_15 / u32(2);
}
let l_23 = shared_memory_14[u32(0)];
workgroupBarrier();
let l_24 = local_idx == u32(0);
if l_24 {
let l_25 = sqrt(l_23);
let l_33 = info.static_meta[u32(1)];
let l_34 = l_33 * u32(1);
let l_35 = workgroup_id_no_axis < l_34;
if l_35 {
buffer_1_global[workgroup_id_no_axis] = l_25;
}
}
}
}
// ==== launch 0: row_norms_x_f32 (sigmoid_loss), cube_dim 64x1x1
@group(0)
@binding(0)
var<storage, read_write> buffer_0_global: array<f32>;

@group(0)
@binding(1)
var<storage, read_write> buffer_1_global: array<f32>;

struct info_st {
   static_meta: array<u32, 8>,
   dynamic_meta: array<u32>,
}

@group(0)
@binding(2)
var<storage, read> info: info_st;

var<workgroup> shared_memory_14: array<f32, 64>;

const WORKGROUP_SIZE_X = 64u;
const WORKGROUP_SIZE_Y = 1u;
const WORKGROUP_SIZE_Z = 1u;

@compute
@workgroup_size(64, 1, 1)
fn row_norms_x_f32(
    @builtin(local_invocation_index) local_idx: u32,
    @builtin(num_workgroups) num_workgroups: vec3<u32>,
    @builtin(workgroup_id) workgroup_id: vec3<u32>,
) {
let workgroup_id_no_axis = (u32(num_workgroups.y) * u32(num_workgroups.x) * u32(workgroup_id.z)) + (u32(num_workgroups.x) * u32(workgroup_id.y)) + u32(workgroup_id.x);
var l_mut_15: u32;
var l_mut_2: f32;
var l_mut_3: u32;
let l_0 = info.dynamic_meta[info.static_meta[u32(5)] + u32(0)];
let l_1 = workgroup_id_no_axis < l_0;
if l_1 {
l_mut_2 = f32(0.0);
l_mut_3 = local_idx;
loop {
let l_4 = info.dynamic_meta[info.static_meta[u32(5)] + u32(1)];
let l_5 = l_mut_3 < l_4;
let l_6 = !l_5;
if l_6 {
break;
}
let l_7 = info.dynamic_meta[info.static_meta[u32(6)] + u32(0)];
let l_8 = workgroup_id_no_axis * l_7;
let l_9 = info.dynamic_meta[info.static_meta[u32(6)] + u32(1)];
let l_10 = l_mut_3 * l_9;
let l_11 = l_8 + l_10;
let l_26 = info.static_meta[u32(0)];
let l_27 = l_26 * u32(1);
let l_28 = l_11 < l_27;
let l_29 = l_27 - u32(1);
let l_30 = min(l_11, l_29);
let l_31 = buffer_0_global[l_30];
let l_32 = select(f32(0.0), l_31, l_28);
let l_12 = l_32;
let l_13 = l_12 * l_12;
l_mut_2 = l_mut_2 + l_13;
l_mut_3 = l_mut_3 + u32(64);
}
shared_memory_14[local_idx] = l_mut_2;
workgroupBarrier();
l_mut_15 = u32(32);
loop {
let l_16 = l_mut_15 > u32(0);
let l_17 = !l_16;
if l_17 {
break;
}
let l_18 = local_idx < l_mut_15;
if l_18 {
let l_19 = local_idx + l_mut_15;
let l_20 = shared_memory_14[l_19];
let l_21 = shared_memory_14[local_idx];
let l_22 = l_21 + l_20;
shared_memory_14[local_idx] = l_22;
}
workgroupBarrier();
l_mut_15 = l_mut_15 / u32(2);
}
let l_23 = shared_memory_14[u32(0)];
workgroupBarrier();
let l_24 = local_idx == u32(0);
if l_24 {
let l_25 = sqrt(l_23);
let l_33 = info.static_meta[u32(1)];
let l_34 = l_33 * u32(1);
let l_35 = workgroup_id_no_axis < l_34;
if l_35 {
buffer_1_global[workgroup_id_no_axis] = l_25;
}
}
}
}
// ==== launch 0: row_grad_x_f32_y_f32_o_f32 (sigmoid_loss), cube_dim 64x1x1
@group(0)
@binding(0)
var<storage, read_write> buffer_0_global: array<f32>;

@group(0)
@binding(1)
var<storage, read_write> buffer_1_global: array<f32>;

@group(0)
@binding(2)
var<storage, read_write> buffer_2_global: array<f32>;

@group(0)
@binding(3)
var<storage, read_write> buffer_3_global: array<f32>;

@group(0)
@binding(4)
var<storage, read_write> buffer_4_global: array<f32>;

@group(0)
@binding(5)
var<storage, read_write> buffer_5_global: array<f32>;

struct info_st {
   scalars_f32: array<f32, 4>,
   scalars_u32: array<u32, 2>,
   static_meta: array<u32, 22>,
   dynamic_meta: array<u32>,
}

@group(0)
@binding(6)
var<storage, read> info: info_st;

var<workgroup> shared_memory_9: array<f32, 64>;

const WORKGROUP_SIZE_X = 64u;
const WORKGROUP_SIZE_Y = 1u;
const WORKGROUP_SIZE_Z = 1u;

@compute
@workgroup_size(64, 1, 1)
fn row_grad_x_f32_y_f32_o_f32(
    @builtin(local_invocation_index) local_idx: u32,
    @builtin(num_workgroups) num_workgroups: vec3<u32>,
    @builtin(workgroup_id) workgroup_id: vec3<u32>,
) {
let workgroup_id_no_axis = (u32(num_workgroups.y) * u32(num_workgroups.x) * u32(workgroup_id.z)) + (u32(num_workgroups.x) * u32(workgroup_id.y)) + u32(workgroup_id.x);
var l_mut_10: u32;
var l_mut_14: f32;
var l_mut_17: f32;
var l_mut_50: u32;
var l_mut_5: u32;
var l_mut_78: u32;
let l_0 = info.dynamic_meta[info.static_meta[u32(15)] + u32(0)];
let l_1 = workgroup_id_no_axis < l_0;
if l_1 {
let l_2 = info.dynamic_meta[info.static_meta[u32(16)] + u32(0)];
let l_3 = info.dynamic_meta[info.static_meta[u32(15)] + u32(1)];
let l_4 = workgroup_id_no_axis * l_3;
l_mut_5 = local_idx;
loop {
let l_6 = l_mut_5 < l_3;
let l_7 = !l_6;
if l_7 {
break;
}
let l_8 = l_4 + l_mut_5;
let l_117 = info.static_meta[u32(4)];
let l_118 = l_117 * u32(1);
let l_119 = l_8 < l_118;
if l_119 {
buffer_4_global[l_8] = f32(0.0);
}
l_mut_5 = l_mut_5 + u32(64);
}
l_mut_10 = u32(0);
loop {
let l_11 = l_mut_10 < l_2;
let l_12 = !l_11;
if l_12 {
break;
}
let l_13 = l_mut_10 + local_idx;
l_mut_14 = f32(0.0);
let l_15 = l_13 < l_2;
if l_15 {
let l_16 = info.dynamic_meta[info.static_meta[u32(15)] + u32(1)];
l_mut_17 = f32(0.0);

for (var l_mut_18: u32 = u32(0); l_mut_18 < l_16; l_mut_18++) {
let l_19 = info.dynamic_meta[info.static_meta[u32(18)] + u32(0)];
let l_20 = workgroup_id_no_axis * l_19;
let l_21 = info.dynamic_meta[info.static_meta[u32(18)] + u32(1)];
let l_22 = l_mut_18 * l_21;
let l_23 = l_20 + l_22;
let l_141 = info.static_meta[u32(0)];
let l_142 = l_141 * u32(1);
let l_143 = l_23 < l_142;
let l_144 = l_142 - u32(1);
let l_145 = min(l_23, l_144);
let l_146 = buffer_0_global[l_145];
let l_147 = select(f32(0.0), l_146, l_143);
let l_24 = l_147;
let l_25 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_26 = l_13 * l_25;
let l_27 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_28 = l_mut_18 * l_27;
let l_29 = l_26 + l_28;
let l_148 = info.static_meta[u32(1)];
let l_149 = l_148 * u32(1);
let l_150 = l_29 < l_149;
let l_151 = l_149 - u32(1);
let l_152 = min(l_29, l_151);
let l_153 = buffer_1_global[l_152];
let l_154 = select(f32(0.0), l_153, l_150);
let l_30 = l_154;
let l_31 = l_24 * l_30;
l_mut_17 = l_mut_17 + l_31;
}
let l_32 = info.scalars_f32[0] * l_mut_17;
l_mut_17 = l_32;
let l_120 = info.static_meta[u32(2)];
let l_121 = l_120 * u32(1);
let l_122 = workgroup_id_no_axis < l_121;
let l_123 = l_121 - u32(1);
let l_124 = min(workgroup_id_no_axis, l_123);
let l_125 = buffer_2_global[l_124];
let l_126 = select(f32(0.0), l_125, l_122);
let l_33 = l_126;
let l_127 = info.static_meta[u32(3)];
let l_128 = l_127 * u32(1);
let l_129 = l_13 < l_128;
let l_130 = l_128 - u32(1);
let l_131 = min(l_13, l_130);
let l_132 = buffer_3_global[l_131];
let l_133 = select(f32(0.0), l_132, l_129);
let l_34 = l_133;
let l_35 = l_33 * l_34;
l_mut_17 = l_mut_17 / l_35;
let l_36 = workgroup_id_no_axis + info.scalars_u32[0];
let l_37 = l_13 + info.scalars_u32[1];
let l_38 = l_36 == l_37;
let l_39 = select(f32(-1.0), f32(1.0), l_38);
let l_40 = -info.scalars_f32[2];
let l_41 = l_40 * l_39;
let l_42 = l_mut_17 + info.scalars_f32[1];
let l_43 = l_39 * l_42;
let l_44 = exp(l_43);
let l_45 = f32(1.0) + l_44;
let l_46 = l_41 / l_45;
l_mut_14 = l_46;
let l_134 = info.static_meta[u32(3)];
let l_135 = l_134 * u32(1);
let l_136 = l_13 < l_135;
let l_137 = l_135 - u32(1);
let l_138 = min(l_13, l_137);
let l_139 = buffer_3_global[l_138];
let l_140 = select(f32(0.0), l_139, l_136);
let l_47 = l_140;
l_mut_14 = l_mut_14 / l_47;
}
shared_memory_9[local_idx] = l_mut_14;
workgroupBarrier();
let l_48 = l_2 - l_mut_10;
let l_49 = min(u32(64), l_48);
l_mut_50 = local_idx;
loop {
let l_51 = l_mut_50 < l_3;
let l_52 = !l_51;
if l_52 {
break;
}
l_mut_17 = f32(0.0);

for (var l_mut_53: u32 = u32(0); l_mut_53 < l_49; l_mut_53++) {
let l_54 = shared_memory_9[l_mut_53];
let l_55 = l_mut_10 + l_mut_53;
let l_56 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_57 = l_55 * l_56;
let l_58 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_59 = l_mut_50 * l_58;
let l_60 = l_57 + l_59;
let l_165 = info.static_meta[u32(1)];
let l_166 = l_165 * u32(1);
let l_167 = l_60 < l_166;
let l_168 = l_166 - u32(1);
let l_169 = min(l_60, l_168);
let l_170 = buffer_1_global[l_169];
let l_171 = select(f32(0.0), l_170, l_167);
let l_61 = l_171;
let l_62 = l_54 * l_61;
l_mut_17 = l_mut_17 + l_62;
}
let l_63 = l_4 + l_mut_50;
let l_64 = info.scalars_f32[0] * l_mut_17;
let l_155 = info.static_meta[u32(4)];
let l_156 = l_155 * u32(1);
let l_157 = l_63 < l_156;
let l_158 = l_156 - u32(1);
let l_159 = min(l_63, l_158);
let l_160 = buffer_4_global[l_159];
let l_161 = select(f32(0.0), l_160, l_157);
let l_65 = l_161;
let l_66 = l_65 + l_64;
let l_162 = info.static_meta[u32(4)];
let l_163 = l_162 * u32(1);
let l_164 = l_63 < l_163;
if l_164 {
buffer_4_global[l_63] = l_66;
}
l_mut_50 = l_mut_50 + u32(64);
}
workgroupBarrier();
l_mut_10 = l_mut_10 + u32(64);
}
l_mut_17 = f32(0.0);
l_mut_14 = f32(0.0);
l_mut_50 = local_idx;
loop {
let l_67 = l_mut_50 < l_3;
let l_68 = !l_67;
if l_68 {
break;
}
let l_69 = l_4 + l_mut_50;
let l_172 = info.static_meta[u32(4)];
let l_173 = l_172 * u32(1);
let l_174 = l_69 < l_173;
let l_175 = l_173 - u32(1);
let l_176 = min(l_69, l_175);
let l_177 = buffer_4_global[l_176];
let l_178 = select(f32(0.0), l_177, l_174);
let l_70 = l_178;
let l_71 = info.dynamic_meta[info.static_meta[u32(18)] + u32(0)];
let l_72 = workgroup_id_no_axis * l_71;
let l_73 = info.dynamic_meta[info.static_meta[u32(18)] + u32(1)];
let l_74 = l_mut_50 * l_73;
let l_75 = l_72 + l_74;
let l_179 = info.static_meta[u32(0)];
let l_180 = l_179 * u32(1);
let l_181 = l_75 < l_180;
let l_182 = l_180 - u32(1);
let l_183 = min(l_75, l_182);
let l_184 = buffer_0_global[l_183];
let l_185 = select(f32(0.0), l_184, l_181);
let l_76 = l_185;
let l_77 = l_70 * l_76;
l_mut_14 = l_mut_14 + l_77;
l_mut_50 = l_mut_50 + u32(64);
}
shared_memory_9[local_idx] = l_mut_14;
workgroupBarrier();
l_mut_78 = u32(32);
loop {
let l_79 = l_mut_78 > u32(0);
let l_80 = !l_79;
if l_80 {
break;
}
let l_81 = local_idx < l_mut_78;
if l_81 {
let l_82 = local_idx + l_mut_78;
let l_83 = shared_memory_9[l_82];
let l_84 = shared_memory_9[local_idx];
let l_85 = l_84 + l_83;
shared_memory_9[local_idx] = l_85;
}
workgroupBarrier();
l_mut_78 = l_mut_78 / u32(2);
}
let l_86 = shared_memory_9[u32(0)];
workgroupBarrier();
let l_110 = info.static_meta[u32(2)];
let l_111 = l_110 * u32(1);
let l_112 = workgroup_id_no_axis < l_111;
let l_113 = l_111 - u32(1);
let l_114 = min(workgroup_id_no_axis, l_113);
let l_115 = buffer_2_global[l_114];
let l_116 = select(f32(0.0), l_115, l_112);
let l_87 = l_116;
let l_88 = l_86 / l_87;
l_mut_17 = l_88;
l_mut_78 = local_idx;
loop {
let l_89 = l_mut_78 < l_3;
let l_90 = !l_89;
if l_90 {
break;
}
let l_91 = l_4 + l_mut_78;
let l_186 = info.static_meta[u32(4)];
let l_187 = l_186 * u32(1);
let l_188 = l_91 < l_187;
let l_189 = l_187 - u32(1);
let l_190 = min(l_91, l_189);
let l_191 = buffer_4_global[l_190];
let l_192 = select(f32(0.0), l_191, l_188);
let l_92 = l_192;
l_mut_14 = l_92;
let l_93 = info.dynamic_meta[info.static_meta[u32(18)] + u32(0)];
let l_94 = workgroup_id_no_axis * l_93;
let l_95 = info.dynamic_meta[info.static_meta[u32(18)] + u32(1)];
let l_96 = l_mut_78 * l_95;
let l_97 = l_94 + l_96;
let l_193 = info.static_meta[u32(0)];
let l_194 = l_193 * u32(1);
let l_195 = l_97 < l_194;
let l_196 = l_194 - u32(1);
let l_197 = min(l_97, l_196);
let l_198 = buffer_0_global[l_197];
let l_199 = select(f32(0.0), l_198, l_195);
let l_98 = l_199;
let l_200 = info.static_meta[u32(2)];
let l_201 = l_200 * u32(1);
let l_202 = workgroup_id_no_axis < l_201;
let l_203 = l_201 - u32(1);
let l_204 = min(workgroup_id_no_axis, l_203);
let l_205 = buffer_2_global[l_204];
let l_206 = select(f32(0.0), l_205, l_202);
let l_99 = l_206;
let l_100 = l_98 / l_99;
let l_101 = l_100 * l_mut_17;
let l_102 = l_mut_14 - l_101;
let l_207 = info.static_meta[u32(2)];
let l_208 = l_207 * u32(1);
let l_209 = workgroup_id_no_axis < l_208;
let l_210 = l_208 - u32(1);
let l_211 = min(workgroup_id_no_axis, l_210);
let l_212 = buffer_2_global[l_211];
let l_213 = select(f32(0.0), l_212, l_209);
let l_103 = l_213;
let l_104 = l_102 / l_103;
l_mut_14 = l_104;
let l_105 = info.dynamic_meta[info.static_meta[u32(20)] + u32(0)];
let l_106 = workgroup_id_no_axis * l_105;
let l_107 = info.dynamic_meta[info.static_meta[u32(20)] + u32(1)];
let l_108 = l_mut_78 * l_107;
let l_109 = l_106 + l_108;
let l_214 = info.static_meta[u32(5)];
let l_215 = l_214 * u32(1);
let l_216 = l_109 < l_215;
if l_216 {
buffer_5_global[l_109] = l_mut_14;
}
l_mut_78 = l_mut_78 + u32(64);
}
}
}
// ==== launch 0: row_norms_x_f32 (sigmoid_loss), cube_dim 64x1x1
@group(0)
@binding(0)
var<storage, read_write> buffer_0_global: array<f32>;

@group(0)
@binding(1)
var<storage, read_write> buffer_1_global: array<f32>;

struct info_st {
   static_meta: array<u32, 8>,
   dynamic_meta: array<u32>,
}

@group(0)
@binding(2)
var<storage, read> info: info_st;

var<workgroup> shared_memory_14: array<f32, 64>;

const WORKGROUP_SIZE_X = 64u;
const WORKGROUP_SIZE_Y = 1u;
const WORKGROUP_SIZE_Z = 1u;

@compute
@workgroup_size(64, 1, 1)
fn row_norms_x_f32(
    @builtin(local_invocation_index) local_idx: u32,
    @builtin(num_workgroups) num_workgroups: vec3<u32>,
    @builtin(workgroup_id) workgroup_id: vec3<u32>,
) {
let workgroup_id_no_axis = (u32(num_workgroups.y) * u32(num_workgroups.x) * u32(workgroup_id.z)) + (u32(num_workgroups.x) * u32(workgroup_id.y)) + u32(workgroup_id.x);
var l_mut_15: u32;
var l_mut_2: f32;
var l_mut_3: u32;
let l_0 = info.dynamic_meta[info.static_meta[u32(5)] + u32(0)];
let l_1 = workgroup_id_no_axis < l_0;
if l_1 {
l_mut_2 = f32(0.0);
l_mut_3 = local_idx;
loop {
let l_4 = info.dynamic_meta[info.static_meta[u32(5)] + u32(1)];
let l_5 = l_mut_3 < l_4;
let l_6 = !l_5;
if l_6 {
break;
}
let l_7 = info.dynamic_meta[info.static_meta[u32(6)] + u32(0)];
let l_8 = workgroup_id_no_axis * l_7;
let l_9 = info.dynamic_meta[info.static_meta[u32(6)] + u32(1)];
let l_10 = l_mut_3 * l_9;
let l_11 = l_8 + l_10;
let l_26 = info.static_meta[u32(0)];
let l_27 = l_26 * u32(1);
let l_28 = l_11 < l_27;
let l_29 = l_27 - u32(1);
let l_30 = min(l_11, l_29);
let l_31 = buffer_0_global[l_30];
let l_32 = select(f32(0.0), l_31, l_28);
let l_12 = l_32;
let l_13 = l_12 * l_12;
l_mut_2 = l_mut_2 + l_13;
l_mut_3 = l_mut_3 + u32(64);
}
shared_memory_14[local_idx] = l_mut_2;
workgroupBarrier();
l_mut_15 = u32(32);
loop {
let l_16 = l_mut_15 > u32(0);
let l_17 = !l_16;
if l_17 {
break;
}
let l_18 = local_idx < l_mut_15;
if l_18 {
let l_19 = local_idx + l_mut_15;
let l_20 = shared_memory_14[l_19];
let l_21 = shared_memory_14[local_idx];
let l_22 = l_21 + l_20;
shared_memory_14[local_idx] = l_22;
}
workgroupBarrier();
l_mut_15 = l_mut_15 / u32(2);
}
let l_23 = shared_memory_14[u32(0)];
workgroupBarrier();
let l_24 = local_idx == u32(0);
if l_24 {
let l_25 = sqrt(l_23);
let l_33 = info.static_meta[u32(1)];
let l_34 = l_33 * u32(1);
let l_35 = workgroup_id_no_axis < l_34;
if l_35 {
buffer_1_global[workgroup_id_no_axis] = l_25;
}
}
}
}
// ==== launch 0: row_norms_x_f32 (sigmoid_loss), cube_dim 64x1x1
@group(0)
@binding(0)
var<storage, read_write> buffer_0_global: array<f32>;

@group(0)
@binding(1)
var<storage, read_write> buffer_1_global: array<f32>;

struct info_st {
   static_meta: array<u32, 8>,
   dynamic_meta: array<u32>,
}

@group(0)
@binding(2)
var<storage, read> info: info_st;

var<workgroup> shared_memory_14: array<f32, 64>;

const WORKGROUP_SIZE_X = 64u;
const WORKGROUP_SIZE_Y = 1u;
const WORKGROUP_SIZE_Z = 1u;

@compute
@workgroup_size(64, 1, 1)
fn row_norms_x_f32(
    @builtin(local_invocation_index) local_idx: u32,
    @builtin(num_workgroups) num_workgroups: vec3<u32>,
    @builtin(workgroup_id) workgroup_id: vec3<u32>,
) {
let workgroup_id_no_axis = (u32(num_workgroups.y) * u32(num_workgroups.x) * u32(workgroup_id.z)) + (u32(num_workgroups.x) * u32(workgroup_id.y)) + u32(workgroup_id.x);
var l_mut_15: u32;
var l_mut_2: f32;
var l_mut_3: u32;
let l_0 = info.dynamic_meta[info.static_meta[u32(5)] + u32(0)];
let l_1 = workgroup_id_no_axis < l_0;
if l_1 {
l_mut_2 = f32(0.0);
l_mut_3 = local_idx;
loop {
let l_4 = info.dynamic_meta[info.static_meta[u32(5)] + u32(1)];
let l_5 = l_mut_3 < l_4;
let l_6 = !l_5;
if l_6 {
break;
}
let l_7 = info.dynamic_meta[info.static_meta[u32(6)] + u32(0)];
let l_8 = workgroup_id_no_axis * l_7;
let l_9 = info.dynamic_meta[info.static_meta[u32(6)] + u32(1)];
let l_10 = l_mut_3 * l_9;
let l_11 = l_8 + l_10;
let l_26 = info.static_meta[u32(0)];
let l_27 = l_26 * u32(1);
let l_28 = l_11 < l_27;
let l_29 = l_27 - u32(1);
let l_30 = min(l_11, l_29);
let l_31 = buffer_0_global[l_30];
let l_32 = select(f32(0.0), l_31, l_28);
let l_12 = l_32;
let l_13 = l_12 * l_12;
l_mut_2 = l_mut_2 + l_13;
l_mut_3 = l_mut_3 + u32(64);
}
shared_memory_14[local_idx] = l_mut_2;
workgroupBarrier();
l_mut_15 = u32(32);
loop {
let l_16 = l_mut_15 > u32(0);
let l_17 = !l_16;
if l_17 {
break;
}
let l_18 = local_idx < l_mut_15;
if l_18 {
let l_19 = local_idx + l_mut_15;
let l_20 = shared_memory_14[l_19];
let l_21 = shared_memory_14[local_idx];
let l_22 = l_21 + l_20;
shared_memory_14[local_idx] = l_22;
}
workgroupBarrier();
l_mut_15 = l_mut_15 / u32(2);
}
let l_23 = shared_memory_14[u32(0)];
workgroupBarrier();
let l_24 = local_idx == u32(0);
if l_24 {
let l_25 = sqrt(l_23);
let l_33 = info.static_meta[u32(1)];
let l_34 = l_33 * u32(1);
let l_35 = workgroup_id_no_axis < l_34;
if l_35 {
buffer_1_global[workgroup_id_no_axis] = l_25;
}
}
}
}
// ==== launch 0: row_grad_x_f32_y_f32_o_f32 (sigmoid_loss), cube_dim 64x1x1
@group(0)
@binding(0)
var<storage, read_write> buffer_0_global: array<f32>;

@group(0)
@binding(1)
var<storage, read_write> buffer_1_global: array<f32>;

@group(0)
@binding(2)
var<storage, read_write> buffer_2_global: array<f32>;

@group(0)
@binding(3)
var<storage, read_write> buffer_3_global: array<f32>;

@group(0)
@binding(4)
var<storage, read_write> buffer_4_global: array<f32>;

@group(0)
@binding(5)
var<storage, read_write> buffer_5_global: array<f32>;

struct info_st {
   scalars_f32: array<f32, 4>,
   scalars_u32: array<u32, 2>,
   static_meta: array<u32, 22>,
   dynamic_meta: array<u32>,
}

@group(0)
@binding(6)
var<storage, read> info: info_st;

var<workgroup> shared_memory_9: array<f32, 64>;

const WORKGROUP_SIZE_X = 64u;
const WORKGROUP_SIZE_Y = 1u;
const WORKGROUP_SIZE_Z = 1u;

@compute
@workgroup_size(64, 1, 1)
fn row_grad_x_f32_y_f32_o_f32(
    @builtin(local_invocation_index) local_idx: u32,
    @builtin(num_workgroups) num_workgroups: vec3<u32>,
    @builtin(workgroup_id) workgroup_id: vec3<u32>,
) {
let workgroup_id_no_axis = (u32(num_workgroups.y) * u32(num_workgroups.x) * u32(workgroup_id.z)) + (u32(num_workgroups.x) * u32(workgroup_id.y)) + u32(workgroup_id.x);
var l_mut_10: u32;
var l_mut_14: f32;
var l_mut_17: f32;
var l_mut_50: u32;
var l_mut_5: u32;
var l_mut_78: u32;
let l_0 = info.dynamic_meta[info.static_meta[u32(15)] + u32(0)];
let l_1 = workgroup_id_no_axis < l_0;
if l_1 {
let l_2 = info.dynamic_meta[info.static_meta[u32(16)] + u32(0)];
let l_3 = info.dynamic_meta[info.static_meta[u32(15)] + u32(1)];
let l_4 = workgroup_id_no_axis * l_3;
l_mut_5 = local_idx;
loop {
let l_6 = l_mut_5 < l_3;
let l_7 = !l_6;
if l_7 {
break;
}
let l_8 = l_4 + l_mut_5;
let l_117 = info.static_meta[u32(4)];
let l_118 = l_117 * u32(1);
let l_119 = l_8 < l_118;
if l_119 {
buffer_4_global[l_8] = f32(0.0);
}
l_mut_5 = l_mut_5 + u32(64);
}
l_mut_10 = u32(0);
loop {
let l_11 = l_mut_10 < l_2;
let l_12 = !l_11;
if l_12 {
break;
}
let l_13 = l_mut_10 + local_idx;
l_mut_14 = f32(0.0);
let l_15 = l_13 < l_2;
if l_15 {
let l_16 = info.dynamic_meta[info.static_meta[u32(15)] + u32(1)];
l_mut_17 = f32(0.0);

for (var l_mut_18: u32 = u32(0); l_mut_18 < l_16; l_mut_18++) {
let l_19 = info.dynamic_meta[info.static_meta[u32(18)] + u32(0)];
let l_20 = workgroup_id_no_axis * l_19;
let l_21 = info.dynamic_meta[info.static_meta[u32(18)] + u32(1)];
let l_22 = l_mut_18 * l_21;
let l_23 = l_20 + l_22;
let l_141 = info.static_meta[u32(0)];
let l_142 = l_141 * u32(1);
let l_143 = l_23 < l_142;
let l_144 = l_142 - u32(1);
let l_145 = min(l_23, l_144);
let l_146 = buffer_0_global[l_145];
let l_147 = select(f32(0.0), l_146, l_143);
let l_24 = l_147;
let l_25 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_26 = l_13 * l_25;
let l_27 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_28 = l_mut_18 * l_27;
let l_29 = l_26 + l_28;
let l_148 = info.static_meta[u32(1)];
let l_149 = l_148 * u32(1);
let l_150 = l_29 < l_149;
let l_151 = l_149 - u32(1);
let l_152 = min(l_29, l_151);
let l_153 = buffer_1_global[l_152];
let l_154 = select(f32(0.0), l_153, l_150);
let l_30 = l_154;
let l_31 = l_24 * l_30;
l_mut_17 = l_mut_17 + l_31;
}
let l_32 = info.scalars_f32[0] * l_mut_17;
l_mut_17 = l_32;
let l_120 = info.static_meta[u32(2)];
let l_121 = l_120 * u32(1);
let l_122 = workgroup_id_no_axis < l_121;
let l_123 = l_121 - u32(1);
let l_124 = min(workgroup_id_no_axis, l_123);
let l_125 = buffer_2_global[l_124];
let l_126 = select(f32(0.0), l_125, l_122);
let l_33 = l_126;
let l_127 = info.static_meta[u32(3)];
let l_128 = l_127 * u32(1);
let l_129 = l_13 < l_128;
let l_130 = l_128 - u32(1);
let l_131 = min(l_13, l_130);
let l_132 = buffer_3_global[l_131];
let l_133 = select(f32(0.0), l_132, l_129);
let l_34 = l_133;
let l_35 = l_33 * l_34;
l_mut_17 = l_mut_17 / l_35;
let l_36 = workgroup_id_no_axis + info.scalars_u32[0];
let l_37 = l_13 + info.scalars_u32[1];
let l_38 = l_36 == l_37;
let l_39 = select(f32(-1.0), f32(1.0), l_38);
let l_40 = -info.scalars_f32[2];
let l_41 = l_40 * l_39;
let l_42 = l_mut_17 + info.scalars_f32[1];
let l_43 = l_39 * l_42;
let l_44 = exp(l_43);
let l_45 = f32(1.0) + l_44;
let l_46 = l_41 / l_45;
l_mut_14 = l_46;
let l_134 = info.static_meta[u32(3)];
let l_135 = l_134 * u32(1);
let l_136 = l_13 < l_135;
let l_137 = l_135 - u32(1);
let l_138 = min(l_13, l_137);
let l_139 = buffer_3_global[l_138];
let l_140 = select(f32(0.0), l_139, l_136);
let l_47 = l_140;
l_mut_14 = l_mut_14 / l_47;
}
shared_memory_9[local_idx] = l_mut_14;
workgroupBarrier();
let l_48 = l_2 - l_mut_10;
let l_49 = min(u32(64), l_48);
l_mut_50 = local_idx;
loop {
let l_51 = l_mut_50 < l_3;
let l_52 = !l_51;
if l_52 {
break;
}
l_mut_17 = f32(0.0);

for (var l_mut_53: u32 = u32(0); l_mut_53 < l_49; l_mut_53++) {
let l_54 = shared_memory_9[l_mut_53];
let l_55 = l_mut_10 + l_mut_53;
let l_56 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_57 = l_55 * l_56;
let l_58 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_59 = l_mut_50 * l_58;
let l_60 = l_57 + l_59;
let l_165 = info.static_meta[u32(1)];
let l_166 = l_165 * u32(1);
let l_167 = l_60 < l_166;
let l_168 = l_166 - u32(1);
let l_169 = min(l_60, l_168);
let l_170 = buffer_1_global[l_169];
let l_171 = select(f32(0.0), l_170, l_167);
let l_61 = l_171;
let l_62 = l_54 * l_61;
l_mut_17 = l_mut_17 + l_62;
}
let l_63 = l_4 + l_mut_50;
let l_64 = info.scalars_f32[0] * l_mut_17;
let l_155 = info.static_meta[u32(4)];
let l_156 = l_155 * u32(1);
let l_157 = l_63 < l_156;
let l_158 = l_156 - u32(1);
let l_159 = min(l_63, l_158);
let l_160 = buffer_4_global[l_159];
let l_161 = select(f32(0.0), l_160, l_157);
let l_65 = l_161;
let l_66 = l_65 + l_64;
let l_162 = info.static_meta[u32(4)];
let l_163 = l_162 * u32(1);
let l_164 = l_63 < l_163;
if l_164 {
buffer_4_global[l_63] = l_66;
}
l_mut_50 = l_mut_50 + u32(64);
}
workgroupBarrier();
l_mut_10 = l_mut_10 + u32(64);
}
l_mut_17 = f32(0.0);
l_mut_14 = f32(0.0);
l_mut_50 = local_idx;
loop {
let l_67 = l_mut_50 < l_3;
let l_68 = !l_67;
if l_68 {
break;
}
let l_69 = l_4 + l_mut_50;
let l_172 = info.static_meta[u32(4)];
let l_173 = l_172 * u32(1);
let l_174 = l_69 < l_173;
let l_175 = l_173 - u32(1);
let l_176 = min(l_69, l_175);
let l_177 = buffer_4_global[l_176];
let l_178 = select(f32(0.0), l_177, l_174);
let l_70 = l_178;
let l_71 = info.dynamic_meta[info.static_meta[u32(18)] + u32(0)];
let l_72 = workgroup_id_no_axis * l_71;
let l_73 = info.dynamic_meta[info.static_meta[u32(18)] + u32(1)];
let l_74 = l_mut_50 * l_73;
let l_75 = l_72 + l_74;
let l_179 = info.static_meta[u32(0)];
let l_180 = l_179 * u32(1);
let l_181 = l_75 < l_180;
let l_182 = l_180 - u32(1);
let l_183 = min(l_75, l_182);
let l_184 = buffer_0_global[l_183];
let l_185 = select(f32(0.0), l_184, l_181);
let l_76 = l_185;
let l_77 = l_70 * l_76;
l_mut_14 = l_mut_14 + l_77;
l_mut_50 = l_mut_50 + u32(64);
}
shared_memory_9[local_idx] = l_mut_14;
workgroupBarrier();
l_mut_78 = u32(32);
loop {
let l_79 = l_mut_78 > u32(0);
let l_80 = !l_79;
if l_80 {
break;
}
let l_81 = local_idx < l_mut_78;
if l_81 {
let l_82 = local_idx + l_mut_78;
let l_83 = shared_memory_9[l_82];
let l_84 = shared_memory_9[local_idx];
let l_85 = l_84 + l_83;
shared_memory_9[local_idx] = l_85;
}
workgroupBarrier();
l_mut_78 = l_mut_78 / u32(2);
}
let l_86 = shared_memory_9[u32(0)];
workgroupBarrier();
let l_110 = info.static_meta[u32(2)];
let l_111 = l_110 * u32(1);
let l_112 = workgroup_id_no_axis < l_111;
let l_113 = l_111 - u32(1);
let l_114 = min(workgroup_id_no_axis, l_113);
let l_115 = buffer_2_global[l_114];
let l_116 = select(f32(0.0), l_115, l_112);
let l_87 = l_116;
let l_88 = l_86 / l_87;
l_mut_17 = l_88;
l_mut_78 = local_idx;
loop {
let l_89 = l_mut_78 < l_3;
let l_90 = !l_89;
if l_90 {
break;
}
let l_91 = l_4 + l_mut_78;
let l_186 = info.static_meta[u32(4)];
let l_187 = l_186 * u32(1);
let l_188 = l_91 < l_187;
let l_189 = l_187 - u32(1);
let l_190 = min(l_91, l_189);
let l_191 = buffer_4_global[l_190];
let l_192 = select(f32(0.0), l_191, l_188);
let l_92 = l_192;
l_mut_14 = l_92;
let l_93 = info.dynamic_meta[info.static_meta[u32(18)] + u32(0)];
let l_94 = workgroup_id_no_axis * l_93;
let l_95 = info.dynamic_meta[info.static_meta[u32(18)] + u32(1)];
let l_96 = l_mut_78 * l_95;
let l_97 = l_94 + l_96;
let l_193 = info.static_meta[u32(0)];
let l_194 = l_193 * u32(1);
let l_195 = l_97 < l_194;
let l_196 = l_194 - u32(1);
let l_197 = min(l_97, l_196);
let l_198 = buffer_0_global[l_197];
let l_199 = select(f32(0.0), l_198, l_195);
let l_98 = l_199;
let l_200 = info.static_meta[u32(2)];
let l_201 = l_200 * u32(1);
let l_202 = workgroup_id_no_axis < l_201;
let l_203 = l_201 - u32(1);
let l_204 = min(workgroup_id_no_axis, l_203);
let l_205 = buffer_2_global[l_204];
let l_206 = select(f32(0.0), l_205, l_202);
let l_99 = l_206;
let l_100 = l_98 / l_99;
let l_101 = l_100 * l_mut_17;
let l_102 = l_mut_14 - l_101;
let l_207 = info.static_meta[u32(2)];
let l_208 = l_207 * u32(1);
let l_209 = workgroup_id_no_axis < l_208;
let l_210 = l_208 - u32(1);
let l_211 = min(workgroup_id_no_axis, l_210);
let l_212 = buffer_2_global[l_211];
let l_213 = select(f32(0.0), l_212, l_209);
let l_103 = l_213;
let l_104 = l_102 / l_103;
l_mut_14 = l_104;
let l_105 = info.dynamic_meta[info.static_meta[u32(20)] + u32(0)];
let l_106 = workgroup_id_no_axis * l_105;
let l_107 = info.dynamic_meta[info.static_meta[u32(20)] + u32(1)];
let l_108 = l_mut_78 * l_107;
let l_109 = l_106 + l_108;
let l_214 = info.static_meta[u32(5)];
let l_215 = l_214 * u32(1);
let l_216 = l_109 < l_215;
if l_216 {
buffer_5_global[l_109] = l_mut_14;
}
l_mut_78 = l_mut_78 + u32(64);
}
}
}
// ==== launch 0: row_norms_x_f32 (sigmoid_loss), cube_dim 64x1x1
@group(0)
@binding(0)
var<storage, read_write> buffer_0_global: array<f32>;

@group(0)
@binding(1)
var<storage, read_write> buffer_1_global: array<f32>;

struct info_st {
   static_meta: array<u32, 8>,
   dynamic_meta: array<u32>,
}

@group(0)
@binding(2)
var<storage, read> info: info_st;

var<workgroup> shared_memory_14: array<f32, 64>;

const WORKGROUP_SIZE_X = 64u;
const WORKGROUP_SIZE_Y = 1u;
const WORKGROUP_SIZE_Z = 1u;

@compute
@workgroup_size(64, 1, 1)
fn row_norms_x_f32(
    @builtin(local_invocation_index) local_idx: u32,
    @builtin(num_workgroups) num_workgroups: vec3<u32>,
    @builtin(workgroup_id) workgroup_id: vec3<u32>,
) {
let workgroup_id_no_axis = (u32(num_workgroups.y) * u32(num_workgroups.x) * u32(workgroup_id.z)) + (u32(num_workgroups.x) * u32(workgroup_id.y)) + u32(workgroup_id.x);
var l_mut_15: u32;
var l_mut_2: f32;
var l_mut_3: u32;
let l_0 = info.dynamic_meta[info.static_meta[u32(5)] + u32(0)];
let l_1 = workgroup_id_no_axis < l_0;
if l_1 {
l_mut_2 = f32(0.0);
l_mut_3 = local_idx;
loop {
let l_4 = info.dynamic_meta[info.static_meta[u32(5)] + u32(1)];
let l_5 = l_mut_3 < l_4;
let l_6 = !l_5;
if l_6 {
break;
}
let l_7 = info.dynamic_meta[info.static_meta[u32(6)] + u32(0)];
let l_8 = workgroup_id_no_axis * l_7;
let l_9 = info.dynamic_meta[info.static_meta[u32(6)] + u32(1)];
let l_10 = l_mut_3 * l_9;
let l_11 = l_8 + l_10;
let l_26 = info.static_meta[u32(0)];
let l_27 = l_26 * u32(1);
let l_28 = l_11 < l_27;
let l_29 = l_27 - u32(1);
let l_30 = min(l_11, l_29);
let l_31 = buffer_0_global[l_30];
let l_32 = select(f32(0.0), l_31, l_28);
let l_12 = l_32;
let l_13 = l_12 * l_12;
l_mut_2 = l_mut_2 + l_13;
l_mut_3 = l_mut_3 + u32(64);
}
shared_memory_14[local_idx] = l_mut_2;
workgroupBarrier();
l_mut_15 = u32(32);
loop {
let l_16 = l_mut_15 > u32(0);
let l_17 = !l_16;
if l_17 {
break;
}
let l_18 = local_idx < l_mut_15;
if l_18 {
let l_19 = local_idx + l_mut_15;
let l_20 = shared_memory_14[l_19];
let l_21 = shared_memory_14[local_idx];
let l_22 = l_21 + l_20;
shared_memory_14[local_idx] = l_22;
}
workgroupBarrier();
l_mut_15 = l_mut_15 / u32(2);
}
let l_23 = shared_memory_14[u32(0)];
workgroupBarrier();
let l_24 = local_idx == u32(0);
if l_24 {
let l_25 = sqrt(l_23);
let l_33 = info.static_meta[u32(1)];
let l_34 = l_33 * u32(1);
let l_35 = workgroup_id_no_axis < l_34;
if l_35 {
buffer_1_global[workgroup_id_no_axis] = l_25;
}
}
}
}
// ==== launch 0: row_norms_x_f32 (sigmoid_loss), cube_dim 64x1x1
@group(0)
@binding(0)
var<storage, read_write> buffer_0_global: array<f32>;

@group(0)
@binding(1)
var<storage, read_write> buffer_1_global: array<f32>;

struct info_st {
   static_meta: array<u32, 8>,
   dynamic_meta: array<u32>,
}

@group(0)
@binding(2)
var<storage, read> info: info_st;

var<workgroup> shared_memory_14: array<f32, 64>;

const WORKGROUP_SIZE_X = 64u;
const WORKGROUP_SIZE_Y = 1u;
const WORKGROUP_SIZE_Z = 1u;

@compute
@workgroup_size(64, 1, 1)
fn row_norms_x_f32(
    @builtin(local_invocation_index) local_idx: u32,
    @builtin(num_workgroups) num_workgroups: vec3<u32>,
    @builtin(workgroup_id) workgroup_id: vec3<u32>,
) {
let workgroup_id_no_axis = (u32(num_workgroups.y) * u32(num_workgroups.x) * u32(workgroup_id.z)) + (u32(num_workgroups.x) * u32(workgroup_id.y)) + u32(workgroup_id.x);
var l_mut_15: u32;
var l_mut_2: f32;
var l_mut_3: u32;
let l_0 = info.dynamic_meta[info.static_meta[u32(5)] + u32(0)];
let l_1 = workgroup_id_no_axis < l_0;
if l_1 {
l_mut_2 = f32(0.0);
l_mut_3 = local_idx;
loop {
let l_4 = info.dynamic_meta[info.static_meta[u32(5)] + u32(1)];
let l_5 = l_mut_3 < l_4;
let l_6 = !l_5;
if l_6 {
break;
}
let l_7 = info.dynamic_meta[info.static_meta[u32(6)] + u32(0)];
let l_8 = workgroup_id_no_axis * l_7;
let l_9 = info.dynamic_meta[info.static_meta[u32(6)] + u32(1)];
let l_10 = l_mut_3 * l_9;
let l_11 = l_8 + l_10;
let l_26 = info.static_meta[u32(0)];
let l_27 = l_26 * u32(1);
let l_28 = l_11 < l_27;
let l_29 = l_27 - u32(1);
let l_30 = min(l_11, l_29);
let l_31 = buffer_0_global[l_30];
let l_32 = select(f32(0.0), l_31, l_28);
let l_12 = l_32;
let l_13 = l_12 * l_12;
l_mut_2 = l_mut_2 + l_13;
l_mut_3 = l_mut_3 + u32(64);
}
shared_memory_14[local_idx] = l_mut_2;
workgroupBarrier();
l_mut_15 = u32(32);
loop {
let l_16 = l_mut_15 > u32(0);
let l_17 = !l_16;
if l_17 {
break;
}
let l_18 = local_idx < l_mut_15;
if l_18 {
let l_19 = local_idx + l_mut_15;
let l_20 = shared_memory_14[l_19];
let l_21 = shared_memory_14[local_idx];
let l_22 = l_21 + l_20;
shared_memory_14[local_idx] = l_22;
}
workgroupBarrier();
l_mut_15 = l_mut_15 / u32(2);
}
let l_23 = shared_memory_14[u32(0)];
workgroupBarrier();
let l_24 = local_idx == u32(0);
if l_24 {
let l_25 = sqrt(l_23);
let l_33 = info.static_meta[u32(1)];
let l_34 = l_33 * u32(1);
let l_35 = workgroup_id_no_axis < l_34;
if l_35 {
buffer_1_global[workgroup_id_no_axis] = l_25;
}
}
}
}
// ==== launch 0: loss_rows_x_f32_y_f32 (sigmoid_loss), cube_dim 64x1x1
@group(0)
@binding(0)
var<storage, read_write> buffer_0_global: array<f32>;

@group(0)
@binding(1)
var<storage, read_write> buffer_1_global: array<f32>;

@group(0)
@binding(2)
var<storage, read_write> buffer_2_global: array<f32>;

@group(0)
@binding(3)
var<storage, read_write> buffer_3_global: array<f32>;

@group(0)
@binding(4)
var<storage, read_write> buffer_4_global: array<f32>;

struct info_st {
   scalars_f32: array<f32, 4>,
   scalars_u32: array<u32, 2>,
   static_meta: array<u32, 16>,
   dynamic_meta: array<u32>,
}

@group(0)
@binding(5)
var<storage, read> info: info_st;

var<workgroup> shared_memory_40: array<f32, 64>;

const WORKGROUP_SIZE_X = 64u;
const WORKGROUP_SIZE_Y = 1u;
const WORKGROUP_SIZE_Z = 1u;

@compute
@workgroup_size(64, 1, 1)
fn loss_rows_x_f32_y_f32(
    @builtin(local_invocation_index) local_idx: u32,
    @builtin(num_workgroups) num_workgroups: vec3<u32>,
    @builtin(workgroup_id) workgroup_id: vec3<u32>,
) {
let workgroup_id_no_axis = (u32(num_workgroups.y) * u32(num_workgroups.x) * u32(workgroup_id.z)) + (u32(num_workgroups.x) * u32(workgroup_id.y)) + u32(workgroup_id.x);
var l_mut_3: f32;
var l_mut_41: u32;
var l_mut_4: f32;
var l_mut_5: u32;
var l_mut_9: f32;
let l_0 = info.dynamic_meta[info.static_meta[u32(12)] + u32(0)];
let l_1 = workgroup_id_no_axis < l_0;
if l_1 {
let l_2 = info.dynamic_meta[info.static_meta[u32(13)] + u32(0)];
l_mut_3 = f32(0.0);
l_mut_4 = f32(0.0);
l_mut_5 = local_idx;
loop {
let l_6 = l_mut_5 < l_2;
let l_7 = !l_6;
if l_7 {
break;
}
let l_8 = info.dynamic_meta[info.static_meta[u32(12)] + u32(1)];
l_mut_9 = f32(0.0);

for (var l_mut_10: u32 = u32(0); l_mut_10 < l_8; l_mut_10++) {
let l_11 = info.dynamic_meta[info.static_meta[u32(14)] + u32(0)];
let l_12 = workgroup_id_no_axis * l_11;
let l_13 = info.dynamic_meta[info.static_meta[u32(14)] + u32(1)];
let l_14 = l_mut_10 * l_13;
let l_15 = l_12 + l_14;
let l_76 = info.static_meta[u32(0)];
let l_77 = l_76 * u32(1);
let l_78 = l_15 < l_77;
let l_79 = l_77 - u32(1);
let l_80 = min(l_15, l_79);
let l_81 = buffer_0_global[l_80];
let l_82 = select(f32(0.0), l_81, l_78);
let l_16 = l_82;
let l_17 = info.dynamic_meta[info.static_meta[u32(15)] + u32(0)];
let l_18 = l_mut_5 * l_17;
let l_19 = info.dynamic_meta[info.static_meta[u32(15)] + u32(1)];
let l_20 = l_mut_10 * l_19;
let l_21 = l_18 + l_20;
let l_83 = info.static_meta[u32(1)];
let l_84 = l_83 * u32(1);
let l_85 = l_21 < l_84;
let l_86 = l_84 - u32(1);
let l_87 = min(l_21, l_86);
let l_88 = buffer_1_global[l_87];
let l_89 = select(f32(0.0), l_88, l_85);
let l_22 = l_89;
let l_23 = l_16 * l_22;
l_mut_9 = l_mut_9 + l_23;
}
let l_24 = info.scalars_f32[0] * l_mut_9;
l_mut_9 = l_24;
let l_62 = info.static_meta[u32(2)];
let l_63 = l_62 * u32(1);
let l_64 = workgroup_id_no_axis < l_63;
let l_65 = l_63 - u32(1);
let l_66 = min(workgroup_id_no_axis, l_65);
let l_67 = buffer_2_global[l_66];
let l_68 = select(f32(0.0), l_67, l_64);
let l_25 = l_68;
let l_69 = info.static_meta[u32(3)];
let l_70 = l_69 * u32(1);
let l_71 = l_mut_5 < l_70;
let l_72 = l_70 - u32(1);
let l_73 = min(l_mut_5, l_72);
let l_74 = buffer_3_global[l_73];
let l_75 = select(f32(0.0), l_74, l_71);
let l_26 = l_75;
let l_27 = l_25 * l_26;
l_mut_9 = l_mut_9 / l_27;
let l_28 = workgroup_id_no_axis + info.scalars_u32[0];
let l_29 = l_mut_5 + info.scalars_u32[1];
let l_30 = l_28 == l_29;
let l_31 = select(f32(-1.0), f32(1.0), l_30);
let l_32 = l_mut_9 + info.scalars_f32[1];
let l_33 = -info.scalars_f32[2];
let l_34 = l_33 * l_31;
let l_35 = l_31 * l_32;
let l_36 = exp(l_35);
let l_37 = f32(1.0) + l_36;
let l_38 = l_34 / l_37;
let l_39 = l_38 * l_mut_9;
l_mut_3 = l_mut_3 + l_39;
l_mut_4 = l_mut_4 + l_38;
l_mut_5 = l_mut_5 + u32(64);
}
shared_memory_40[local_idx] = l_mut_3;
workgroupBarrier();
l_mut_41 = u32(32);
loop {
let l_42 = l_mut_41 > u32(0);
let l_43 = !l_42;
if l_43 {
break;
}
let l_44 = local_idx < l_mut_41;
if l_44 {
let l_45 = local_idx + l_mut_41;
let l_46 = shared_memory_40[l_45];
let l_47 = shared_memory_40[local_idx];
let l_48 = l_47 + l_46;
shared_memory_40[local_idx] = l_48;
}
workgroupBarrier();
l_mut_41 = l_mut_41 / u32(2);
}
let l_49 = shared_memory_40[u32(0)];
workgroupBarrier();
shared_memory_40[local_idx] = l_mut_4;
workgroupBarrier();
l_mut_41 = u32(32);
loop {
let l_50 = l_mut_41 > u32(0);
let l_51 = !l_50;
if l_51 {
break;
}
let l_52 = local_idx < l_mut_41;
if l_52 {
let l_53 = local_idx + l_mut_41;
let l_54 = shared_memory_40[l_53];
let l_55 = shared_memory_40[local_idx];
let l_56 = l_55 + l_54;
shared_memory_40[local_idx] = l_56;
}
workgroupBarrier();
l_mut_41 = l_mut_41 / u32(2);
}
let l_57 = shared_memory_40[u32(0)];
workgroupBarrier();
let l_58 = local_idx == u32(0);
if l_58 {
let l_59 = u32(2) * workgroup_id_no_axis;
let l_90 = info.static_meta[u32(4)];
let l_91 = l_90 * u32(1);
let l_92 = l_59 < l_91;
if l_92 {
buffer_4_global[l_59] = l_49;
}
let l_60 = u32(2) * workgroup_id_no_axis;
let l_61 = l_60 + u32(1);
let l_93 = info.static_meta[u32(4)];
let l_94 = l_93 * u32(1);
let l_95 = l_61 < l_94;
if l_95 {
buffer_4_global[l_61] = l_57;
}
}
}
}
// ==== launch 0: reduce_kernel_x_f32_o_f32 (sigmoid_loss), cube_dim 32x1x1
@group(0)
@binding(0)
var<storage, read_write> buffer_0_global: array<f32>;

@group(0)
@binding(1)
var<storage, read_write> buffer_1_global: array<f32>;

struct info_st {
   scalars_u32: array<u32, 2>,
   static_meta: array<u32, 10>,
   dynamic_meta: array<u32>,
}

@group(0)
@binding(2)
var<storage, read> info: info_st;

var<workgroup> shared_memory_19: array<f32, 32>;

const WORKGROUP_SIZE_X = 32u;
const WORKGROUP_SIZE_Y = 1u;
const WORKGROUP_SIZE_Z = 1u;

@compute
@workgroup_size(32, 1, 1)
fn reduce_kernel_x_f32_o_f32(
    @builtin(local_invocation_index) local_idx: u32,
    @builtin(num_workgroups) num_workgroups: vec3<u32>,
    @builtin(workgroup_id) workgroup_id: vec3<u32>,
) {
let workgroup_id_no_axis = (u32(num_workgroups.y) * u32(num_workgroups.x) * u32(workgroup_id.z)) + (u32(num_workgroups.x) * u32(workgroup_id.y)) + u32(workgroup_id.x);
var l_mut_1: f32;
var l_mut_2: u32;
var l_mut_7: u32;
var l_mut_8: u32;
let l_0 = workgroup_id_no_axis < info.scalars_u32[1];
if l_0 {
l_mut_1 = f32(0.0);
l_mut_2 = local_idx;
loop {
let l_3 = l_mut_2 < info.scalars_u32[0];
let l_4 = !l_3;
if l_4 {
break;
}
let l_5 = workgroup_id_no_axis * info.scalars_u32[0];
let l_6 = l_5 + l_mut_2;
l_mut_7 = l_6;
l_mut_8 = u32(0);
let l_9 = info.dynamic_meta[info.static_meta[u32(6)] + u32(1)];
let l_10 = l_mut_7 % l_9;
let l_11 = info.dynamic_meta[info.static_meta[u32(8)] + u32(1)];
let l_12 = l_10 * l_11;
l_mut_8 = l_mut_8 + l_12;
l_mut_7 = l_mut_7 / l_9;
let l_13 = info.dynamic_meta[info.static_meta[u32(6)] + u32(0)];
let l_14 = l_mut_7 % l_13;
let l_15 = info.dynamic_meta[info.static_meta[u32(8)] + u32(0)];
let l_16 = l_14 * l_15;
l_mut_8 = l_mut_8 + l_16;
l_mut_7 = l_mut_7 / l_13;
let l_29 = info.static_meta[u32(0)];
let l_30 = l_29 * u32(1);
let l_31 = l_mut_8 < l_30;
let l_32 = l_30 - u32(1);
let l_33 = min(l_mut_8, l_32);
let l_34 = buffer_0_global[l_33];
let l_35 = select(f32(0.0), l_34, l_31);
let l_17 = l_35;
let l_18 = l_mut_1 + l_17;
l_mut_1 = l_18;
l_mut_2 = l_mut_2 + u32(32);
}
shared_memory_19[local_idx] = l_mut_1;
workgroupBarrier();
l_mut_8 = u32(16);
loop {
let l_20 = l_mut_8 > u32(0);
let l_21 = !l_20;
if l_21 {
break;
}
let l_22 = local_idx < l_mut_8;
if l_22 {
let l_23 = local_idx + l_mut_8;
let l_24 = shared_memory_19[l_23];
let l_25 = shared_memory_19[local_idx];
let l_26 = l_25 + l_24;
shared_memory_19[local_idx] = l_26;
}
workgroupBarrier();
l_mut_8 = l_mut_8 / u32(2);
}
let l_27 = shared_memory_19[u32(0)];
workgroupBarrier();
l_mut_1 = l_27;
let l_28 = local_idx == u32(0);
if l_28 {
let l_36 = info.static_meta[u32(1)];
let l_37 = l_36 * u32(1);
let l_38 = workgroup_id_no_axis < l_37;
if l_38 {
buffer_1_global[workgroup_id_no_axis] = l_mut_1;
}
}
}
}
// ==== launch 1: ew_kernel_c_f32_h_f32_o_f32 (elementwise), cube_dim 256x1x1
@group(0)
@binding(0)
var<storage, read_write> buffer_0_global: array<f32>;

@group(0)
@binding(1)
var<storage, read_write> buffer_1_global: array<f32>;

struct info_st {
   scalars_u32: array<u32, 2>,
   static_meta: array<u32, 10>,
   dynamic_meta: array<u32>,
}

@group(0)
@binding(2)
var<storage, read> info: info_st;

const WORKGROUP_SIZE_X = 256u;
const WORKGROUP_SIZE_Y = 1u;
const WORKGROUP_SIZE_Z = 1u;

@compute
@workgroup_size(256, 1, 1)
fn ew_kernel_c_f32_h_f32_o_f32(
    @builtin(global_invocation_id) global_id: vec3<u32>,
    @builtin(num_workgroups) num_workgroups: vec3<u32>,
) {
let id = (u32(global_id.z) * u32(num_workgroups.x) * u32(WORKGROUP_SIZE_X) * u32(num_workgroups.y) * u32(WORKGROUP_SIZE_Y)) + (u32(global_id.y) * u32(num_workgroups.x) * u32(WORKGROUP_SIZE_X)) + u32(global_id.x);

let l_0 = id < info.scalars_u32[0];
if l_0 {
let l_2 = info.static_meta[u32(0)];
let l_3 = l_2 * u32(1);
let l_4 = id < l_3;
let l_5 = l_3 - u32(1);
let l_6 = min(id, l_5);
let l_7 = buffer_0_global[l_6];
let l_8 = select(f32(0.0), l_7, l_4);
let l_1 = l_8;
let l_9 = info.static_meta[u32(1)];
let l_10 = l_9 * u32(1);
let l_11 = id < l_10;
if l_11 {
buffer_1_global[id] = l_1;
}
}
}
// ==== launch 2: copy_kernel_t_f32 (elementwise), cube_dim 256x1x1
@group(0)
@binding(0)
var<storage, read_write> buffer_0_global: array<f32>;

@group(0)
@binding(1)
var<storage, read_write> buffer_1_global: array<f32>;

struct info_st {
   scalars_u32: array<u32, 4>,
   static_meta: array<u32, 10>,
   dynamic_meta: array<u32>,
}

@group(0)
@binding(2)
var<storage, read> info: info_st;

const WORKGROUP_SIZE_X = 256u;
const WORKGROUP_SIZE_Y = 1u;
const WORKGROUP_SIZE_Z = 1u;

@compute
@workgroup_size(256, 1, 1)
fn copy_kernel_t_f32(
    @builtin(global_invocation_id) global_id: vec3<u32>,
    @builtin(num_workgroups) num_workgroups: vec3<u32>,
) {
let id = (u32(global_id.z) * u32(num_workgroups.x) * u32(WORKGROUP_SIZE_X) * u32(num_workgroups.y) * u32(WORKGROUP_SIZE_Y)) + (u32(global_id.y) * u32(num_workgroups.x) * u32(WORKGROUP_SIZE_X)) + u32(global_id.x);

var l_mut_1: u32;
var l_mut_2: u32;
let l_0 = id < info.scalars_u32[2];
if l_0 {
l_mut_1 = id;
l_mut_2 = u32(0);
let l_3 = info.dynamic_meta[info.static_meta[u32(6)] + u32(0)];
let l_4 = l_mut_1 % l_3;
let l_5 = info.dynamic_meta[info.static_meta[u32(8)] + u32(0)];
let l_6 = l_4 * l_5;
l_mut_2 = l_mut_2 + l_6;
l_mut_1 = l_mut_1 / l_3;
let l_7 = info.scalars_u32[0] + l_mut_2;
let l_10 = info.static_meta[u32(0)];
let l_11 = l_10 * u32(1);
let l_12 = l_7 < l_11;
let l_13 = l_11 - u32(1);
let l_14 = min(l_7, l_13);
let l_15 = buffer_0_global[l_14];
let l_16 = select(f32(0.0), l_15, l_12);
let l_8 = l_16;
let l_9 = info.scalars_u32[1] + id;
let l_17 = info.static_meta[u32(1)];
let l_18 = l_17 * u32(1);
let l_19 = l_9 < l_18;
if l_19 {
buffer_1_global[l_9] = l_8;
}
}
}
// ==== launch 2: ew_kernel_c_f32_h_f32_o_f32 (elementwise), cube_dim 256x1x1
@group(0)
@binding(0)
var<storage, read_write> buffer_0_global: array<f32>;

@group(0)
@binding(1)
var<storage, read_write> buffer_1_global: array<f32>;

struct info_st {
   scalars_u32: array<u32, 2>,
   static_meta: array<u32, 10>,
   dynamic_meta: array<u32>,
}

@group(0)
@binding(2)
var<storage, read> info: info_st;

const WORKGROUP_SIZE_X = 256u;
const WORKGROUP_SIZE_Y = 1u;
const WORKGROUP_SIZE_Z = 1u;

@compute
@workgroup_size(256, 1, 1)
fn ew_kernel_c_f32_h_f32_o_f32(
    @builtin(global_invocation_id) global_id: vec3<u32>,
    @builtin(num_workgroups) num_workgroups: vec3<u32>,
) {
let id = (u32(global_id.z) * u32(num_workgroups.x) * u32(WORKGROUP_SIZE_X) * u32(num_workgroups.y) * u32(WORKGROUP_SIZE_Y)) + (u32(global_id.y) * u32(num_workgroups.x) * u32(WORKGROUP_SIZE_X)) + u32(global_id.x);

let l_0 = id < info.scalars_u32[0];
if l_0 {
let l_2 = info.static_meta[u32(0)];
let l_3 = l_2 * u32(1);
let l_4 = id < l_3;
let l_5 = l_3 - u32(1);
let l_6 = min(id, l_5);
let l_7 = buffer_0_global[l_6];
let l_8 = select(f32(0.0), l_7, l_4);
let l_1 = l_8;
let l_9 = info.static_meta[u32(1)];
let l_10 = l_9 * u32(1);
let l_11 = id < l_10;
if l_11 {
buffer_1_global[id] = l_1;
}
}
}
// ==== launch 3: ew_kernel_c_f32_h_f32_o_f32 (elementwise), cube_dim 256x1x1
@group(0)
@binding(0)
var<storage, read_write> buffer_0_global: array<f32>;

@group(0)
@binding(1)
var<storage, read_write> buffer_1_global: array<f32>;

struct info_st {
   scalars_u32: array<u32, 2>,
   static_meta: array<u32, 10>,
   dynamic_meta: array<u32>,
}

@group(0)
@binding(2)
var<storage, read> info: info_st;

const WORKGROUP_SIZE_X = 256u;
const WORKGROUP_SIZE_Y = 1u;
const WORKGROUP_SIZE_Z = 1u;

@compute
@workgroup_size(256, 1, 1)
fn ew_kernel_c_f32_h_f32_o_f32(
    @builtin(global_invocation_id) global_id: vec3<u32>,
    @builtin(num_workgroups) num_workgroups: vec3<u32>,
) {
let id = (u32(global_id.z) * u32(num_workgroups.x) * u32(WORKGROUP_SIZE_X) * u32(num_workgroups.y) * u32(WORKGROUP_SIZE_Y)) + (u32(global_id.y) * u32(num_workgroups.x) * u32(WORKGROUP_SIZE_X)) + u32(global_id.x);

let l_0 = id < info.scalars_u32[0];
if l_0 {
let l_2 = info.static_meta[u32(0)];
let l_3 = l_2 * u32(1);
let l_4 = id < l_3;
let l_5 = l_3 - u32(1);
let l_6 = min(id, l_5);
let l_7 = buffer_0_global[l_6];
let l_8 = select(f32(0.0), l_7, l_4);
let l_1 = l_8;
let l_9 = info.static_meta[u32(1)];
let l_10 = l_9 * u32(1);
let l_11 = id < l_10;
if l_11 {
buffer_1_global[id] = l_1;
}
}
}
// ==== launch 4: ew_kernel_c_f32_h_f32_o_f32 (elementwise), cube_dim 256x1x1
@group(0)
@binding(0)
var<storage, read_write> buffer_0_global: array<f32>;

@group(0)
@binding(1)
var<storage, read_write> buffer_1_global: array<f32>;

struct info_st {
   scalars_u32: array<u32, 2>,
   static_meta: array<u32, 10>,
   dynamic_meta: array<u32>,
}

@group(0)
@binding(2)
var<storage, read> info: info_st;

const WORKGROUP_SIZE_X = 256u;
const WORKGROUP_SIZE_Y = 1u;
const WORKGROUP_SIZE_Z = 1u;

@compute
@workgroup_size(256, 1, 1)
fn ew_kernel_c_f32_h_f32_o_f32(
    @builtin(global_invocation_id) global_id: vec3<u32>,
    @builtin(num_workgroups) num_workgroups: vec3<u32>,
) {
let id = (u32(global_id.z) * u32(num_workgroups.x) * u32(WORKGROUP_SIZE_X) * u32(num_workgroups.y) * u32(WORKGROUP_SIZE_Y)) + (u32(global_id.y) * u32(num_workgroups.x) * u32(WORKGROUP_SIZE_X)) + u32(global_id.x);

let l_0 = id < info.scalars_u32[0];
if l_0 {
let l_2 = info.static_meta[u32(0)];
let l_3 = l_2 * u32(1);
let l_4 = id < l_3;
let l_5 = l_3 - u32(1);
let l_6 = min(id, l_5);
let l_7 = buffer_0_global[l_6];
let l_8 = select(f32(0.0), l_7, l_4);
let l_1 = l_8;
let l_9 = info.static_meta[u32(1)];
let l_10 = l_9 * u32(1);
let l_11 = id < l_10;
if l_11 {
buffer_1_global[id] = l_1;
}
}
}
