// ==== launch 0: forward_kernel_q_f32_kv_f32_o_f32 (attention), cube_dim 64x1x1
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
var<storage, read_write> buffer_3_global: array<i32>;

@group(0)
@binding(4)
var<storage, read_write> buffer_4_global: array<f32>;

struct info_st {
   scalars_f32: array<f32, 2>,
   scalars_u32: array<u32, 2>,
   static_meta: array<u32, 22>,
   dynamic_meta: array<u32>,
}

@group(0)
@binding(5)
var<storage, read> info: info_st;

var<workgroup> shared_memory_16: array<f32, 64>;

var<workgroup> shared_memory_18: array<f32, 64>;

var<workgroup> shared_memory_17: array<f32, 64>;

const WORKGROUP_SIZE_X = 64u;
const WORKGROUP_SIZE_Y = 1u;
const WORKGROUP_SIZE_Z = 1u;

@compute
@workgroup_size(64, 1, 1)
fn forward_kernel_q_f32_kv_f32_o_f32(
    @builtin(local_invocation_index) local_idx: u32,
    @builtin(num_workgroups) num_workgroups: vec3<u32>,
    @builtin(workgroup_id) workgroup_id: vec3<u32>,
) {
let workgroup_id_no_axis = (u32(num_workgroups.y) * u32(num_workgroups.x) * u32(workgroup_id.z)) + (u32(num_workgroups.x) * u32(workgroup_id.y)) + u32(workgroup_id.x);
var l_mut_34: f32;
var l_mut_35: f32;
var l_mut_36: f32;
var l_mut_37: u32;
var l_mut_45: f32;
var l_mut_54: u32;
let l_0 = workgroup_id_no_axis < info.scalars_u32[0];
if l_0 {
let l_1 = info.dynamic_meta[info.static_meta[u32(14)] + u32(1)];
let l_2 = info.dynamic_meta[info.static_meta[u32(14)] + u32(2)];
let l_3 = workgroup_id_no_axis / l_1;
let l_4 = workgroup_id_no_axis % l_1;
let l_5 = info.dynamic_meta[info.static_meta[u32(15)] + u32(1)];
let l_6 = l_1 / l_5;
let l_7 = l_4 / l_6;
let l_8 = local_idx < l_2;
let l_9 = u32(2) * l_3;
let l_105 = info.static_meta[u32(3)];
let l_106 = l_105 * u32(1);
let l_107 = l_9 < l_106;
let l_108 = l_106 - u32(1);
let l_109 = min(l_9, l_108);
let l_110 = buffer_3_global[l_109];
let l_111 = select(i32(0), l_110, l_107);
let l_10 = l_111;
let l_11 = u32(l_10);
let l_12 = u32(2) * l_3;
let l_13 = l_12 + u32(1);
let l_112 = info.static_meta[u32(3)];
let l_113 = l_112 * u32(1);
let l_114 = l_13 < l_113;
let l_115 = l_113 - u32(1);
let l_116 = min(l_13, l_115);
let l_117 = buffer_3_global[l_116];
let l_118 = select(i32(0), l_117, l_114);
let l_14 = l_118;
let l_15 = u32(l_14);
let l_19 = select(u32(0), local_idx, l_8);
let l_20 = info.dynamic_meta[info.static_meta[u32(18)] + u32(0)];
let l_21 = l_3 * l_20;
let l_22 = info.dynamic_meta[info.static_meta[u32(18)] + u32(1)];
let l_23 = l_4 * l_22;
let l_24 = l_21 + l_23;
let l_25 = info.dynamic_meta[info.static_meta[u32(18)] + u32(2)];
let l_26 = l_19 * l_25;
let l_27 = l_24 + l_26;
let l_119 = info.static_meta[u32(0)];
let l_120 = l_119 * u32(1);
let l_121 = l_27 < l_120;
let l_122 = l_120 - u32(1);
let l_123 = min(l_27, l_122);
let l_124 = buffer_0_global[l_123];
let l_125 = select(f32(0.0), l_124, l_121);
let l_28 = l_125;
let l_29 = select(f32(0.0), l_28, l_8);
shared_memory_16[local_idx] = l_29;
workgroupBarrier();
let l_30 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_31 = info.dynamic_meta[info.static_meta[u32(19)] + u32(2)];
let l_32 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_33 = l_7 * l_32;
l_mut_34 = f32(-3.4028234663852886e38);
l_mut_35 = f32(0.0);
l_mut_36 = f32(0.0);
l_mut_37 = l_11;
loop {
let l_38 = l_mut_37 < l_15;
let l_39 = !l_38;
if l_39 {
break;
}
let l_40 = l_mut_37 + local_idx;
let l_41 = l_40 < l_15;
let l_42 = select(l_11, l_40, l_41);
let l_43 = l_42 * l_30;
let l_44 = l_43 + l_33;
l_mut_45 = f32(0.0);

for (var l_mut_46: u32 = u32(0); l_mut_46 < l_2; l_mut_46++) {
let l_47 = shared_memory_16[l_mut_46];
let l_48 = l_mut_46 * l_31;
let l_49 = l_44 + l_48;
let l_126 = info.static_meta[u32(1)];
let l_127 = l_126 * u32(1);
let l_128 = l_49 < l_127;
let l_129 = l_127 - u32(1);
let l_130 = min(l_49, l_129);
let l_131 = buffer_1_global[l_130];
let l_132 = select(f32(0.0), l_131, l_128);
let l_50 = l_132;
let l_51 = l_47 * l_50;
l_mut_45 = l_mut_45 + l_51;
}
let l_52 = l_mut_45 * info.scalars_f32[0];
let l_53 = select(f32(-3.4028234663852886e38), l_52, l_41);
shared_memory_18[local_idx] = l_53;
workgroupBarrier();
l_mut_54 = u32(32);
loop {
let l_55 = l_mut_54 > u32(0);
let l_56 = !l_55;
if l_56 {
break;
}
let l_57 = local_idx < l_mut_54;
if l_57 {
let l_58 = local_idx + l_mut_54;
let l_59 = shared_memory_18[l_58];
let l_60 = shared_memory_18[local_idx];
let l_61 = max(l_60, l_59);
shared_memory_18[local_idx] = l_61;
}
workgroupBarrier();
l_mut_54 = l_mut_54 / u32(2);
}
let l_62 = shared_memory_18[u32(0)];
workgroupBarrier();
let l_63 = max(l_mut_34, l_62);
let l_64 = l_53 - l_63;
let l_65 = exp(l_64);
let l_66 = select(f32(0.0), l_65, l_41);
shared_memory_17[local_idx] = l_66;
shared_memory_18[local_idx] = l_66;
workgroupBarrier();
l_mut_54 = u32(32);
loop {
let l_67 = l_mut_54 > u32(0);
let l_68 = !l_67;
if l_68 {
break;
}
let l_69 = local_idx < l_mut_54;
if l_69 {
let l_70 = local_idx + l_mut_54;
let l_71 = shared_memory_18[l_70];
let l_72 = shared_memory_18[local_idx];
let l_73 = l_72 + l_71;
shared_memory_18[local_idx] = l_73;
}
workgroupBarrier();
l_mut_54 = l_mut_54 / u32(2);
}
let l_74 = shared_memory_18[u32(0)];
workgroupBarrier();
let l_75 = l_mut_34 - l_63;
let l_76 = exp(l_75);
let l_77 = l_mut_35 * l_76;
let l_78 = l_77 + l_74;
l_mut_35 = l_78;
let l_79 = l_15 - l_mut_37;
let l_80 = min(u32(64), l_79);
l_mut_45 = f32(0.0);

for (var l_mut_81: u32 = u32(0); l_mut_81 < l_80; l_mut_81++) {
let l_82 = shared_memory_17[l_mut_81];
let l_83 = l_mut_37 + l_mut_81;
let l_84 = select(u32(0), local_idx, l_8);
let l_85 = info.dynamic_meta[info.static_meta[u32(20)] + u32(0)];
let l_86 = l_83 * l_85;
let l_87 = info.dynamic_meta[info.static_meta[u32(20)] + u32(1)];
let l_88 = l_7 * l_87;
let l_89 = l_86 + l_88;
let l_90 = info.dynamic_meta[info.static_meta[u32(20)] + u32(2)];
let l_91 = l_84 * l_90;
let l_92 = l_89 + l_91;
let l_133 = info.static_meta[u32(2)];
let l_134 = l_133 * u32(1);
let l_135 = l_92 < l_134;
let l_136 = l_134 - u32(1);
let l_137 = min(l_92, l_136);
let l_138 = buffer_2_global[l_137];
let l_139 = select(f32(0.0), l_138, l_135);
let l_93 = l_139;
let l_94 = select(f32(0.0), l_93, l_8);
let l_95 = l_82 * l_94;
l_mut_45 = l_mut_45 + l_95;
}
let l_96 = l_mut_36 * l_76;
let l_97 = l_96 + l_mut_45;
l_mut_36 = l_97;
l_mut_34 = l_63;
workgroupBarrier();
l_mut_37 = l_mut_37 + u32(64);
}
if l_8 {
let l_98 = l_3 * l_1;
let l_99 = l_98 + l_4;
let l_100 = l_99 * l_2;
let l_101 = l_100 + local_idx;
let l_102 = l_mut_35 > f32(0.0);
let l_103 = l_mut_36 / l_mut_35;
let l_104 = select(info.scalars_f32[1], l_103, l_102);
let l_140 = info.static_meta[u32(4)];
let l_141 = l_140 * u32(1);
let l_142 = l_101 < l_141;
if l_142 {
buffer_4_global[l_101] = l_104;
}
}
}
}
// ==== launch 1: forward_kernel_q_f32_kv_f32_o_f32 (attention), cube_dim 64x1x1
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
var<storage, read_write> buffer_3_global: array<i32>;

@group(0)
@binding(4)
var<storage, read_write> buffer_4_global: array<f32>;

struct info_st {
   scalars_f32: array<f32, 2>,
   scalars_u32: array<u32, 2>,
   static_meta: array<u32, 22>,
   dynamic_meta: array<u32>,
}

@group(0)
@binding(5)
var<storage, read> info: info_st;

var<workgroup> shared_memory_16: array<f32, 64>;

var<workgroup> shared_memory_18: array<f32, 64>;

var<workgroup> shared_memory_17: array<f32, 64>;

const WORKGROUP_SIZE_X = 64u;
const WORKGROUP_SIZE_Y = 1u;
const WORKGROUP_SIZE_Z = 1u;

@compute
@workgroup_size(64, 1, 1)
fn forward_kernel_q_f32_kv_f32_o_f32(
    @builtin(local_invocation_index) local_idx: u32,
    @builtin(num_workgroups) num_workgroups: vec3<u32>,
    @builtin(workgroup_id) workgroup_id: vec3<u32>,
) {
let workgroup_id_no_axis = (u32(num_workgroups.y) * u32(num_workgroups.x) * u32(workgroup_id.z)) + (u32(num_workgroups.x) * u32(workgroup_id.y)) + u32(workgroup_id.x);
var l_mut_34: f32;
var l_mut_35: f32;
var l_mut_36: f32;
var l_mut_37: u32;
var l_mut_45: f32;
var l_mut_54: u32;
let l_0 = workgroup_id_no_axis < info.scalars_u32[0];
if l_0 {
let l_1 = info.dynamic_meta[info.static_meta[u32(14)] + u32(1)];
let l_2 = info.dynamic_meta[info.static_meta[u32(14)] + u32(2)];
let l_3 = workgroup_id_no_axis / l_1;
let l_4 = workgroup_id_no_axis % l_1;
let l_5 = info.dynamic_meta[info.static_meta[u32(15)] + u32(1)];
let l_6 = l_1 / l_5;
let l_7 = l_4 / l_6;
let l_8 = local_idx < l_2;
let l_9 = u32(2) * l_3;
let l_87 = info.static_meta[u32(3)];
let l_88 = l_87 * u32(1);
let l_89 = l_9 < l_88;
let l_90 = l_88 - u32(1);
let l_91 = min(l_9, l_90);
let l_92 = buffer_3_global[l_91];
let l_93 = select(i32(0), l_92, l_89);
let l_10 = l_93;
let l_11 = u32(l_10);
let l_12 = u32(2) * l_3;
let l_13 = l_12 + u32(1);
let l_94 = info.static_meta[u32(3)];
let l_95 = l_94 * u32(1);
let l_96 = l_13 < l_95;
let l_97 = l_95 - u32(1);
let l_98 = min(l_13, l_97);
let l_99 = buffer_3_global[l_98];
let l_100 = select(i32(0), l_99, l_96);
let l_14 = l_100;
let l_15 = u32(l_14);
let l_19 = select(u32(0), local_idx, l_8);
let l_20 = info.dynamic_meta[info.static_meta[u32(18)] + u32(0)];
let l_21 = l_3 * l_20;
let l_22 = info.dynamic_meta[info.static_meta[u32(18)] + u32(1)];
let l_23 = l_4 * l_22;
let l_24 = l_21 + l_23;
let l_25 = info.dynamic_meta[info.static_meta[u32(18)] + u32(2)];
let l_26 = l_19 * l_25;
let l_27 = l_24 + l_26;
let l_101 = info.static_meta[u32(0)];
let l_102 = l_101 * u32(1);
let l_103 = l_27 < l_102;
let l_104 = l_102 - u32(1);
let l_105 = min(l_27, l_104);
let l_106 = buffer_0_global[l_105];
let l_107 = select(f32(0.0), l_106, l_103);
let l_28 = l_107;
let l_29 = select(f32(0.0), l_28, l_8);
shared_memory_16[local_idx] = l_29;
workgroupBarrier();
let l_30 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_31 = info.dynamic_meta[info.static_meta[u32(19)] + u32(2)];
let l_32 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_33 = l_7 * l_32;
l_mut_34 = f32(-3.4028234663852886e38);
l_mut_35 = f32(0.0);
l_mut_36 = f32(0.0);
l_mut_37 = l_11;
loop {
let l_38 = l_mut_37 < l_15;
let l_39 = !l_38;
if l_39 {
break;
}
let l_40 = l_mut_37 + local_idx;
let l_41 = l_40 < l_15;
let l_42 = select(l_11, l_40, l_41);
let l_43 = l_42 * l_30;
let l_44 = l_43 + l_33;
l_mut_45 = f32(0.0);

for (var l_mut_46: u32 = u32(0); l_mut_46 < l_2; l_mut_46++) {
let l_47 = shared_memory_16[l_mut_46];
let l_48 = l_mut_46 * l_31;
let l_49 = l_44 + l_48;
let l_108 = info.static_meta[u32(1)];
let l_109 = l_108 * u32(1);
let l_110 = l_49 < l_109;
let l_111 = l_109 - u32(1);
let l_112 = min(l_49, l_111);
let l_113 = buffer_1_global[l_112];
let l_114 = select(f32(0.0), l_113, l_110);
let l_50 = l_114;
let l_51 = l_47 * l_50;
l_mut_45 = l_mut_45 + l_51;
}
let l_52 = l_mut_45 * info.scalars_f32[0];
let l_53 = select(f32(-3.4028234663852886e38), l_52, l_41);
shared_memory_18[local_idx] = l_53;
workgroupBarrier();
l_mut_54 = u32(32);
loop {
let l_55 = l_mut_54 > u32(0);
let l_56 = !l_55;
if l_56 {
break;
}
let l_57 = local_idx < l_mut_54;
if l_57 {
let l_58 = local_idx + l_mut_54;
let l_59 = shared_memory_18[l_58];
let l_60 = shared_memory_18[local_idx];
let l_61 = max(l_60, l_59);
shared_memory_18[local_idx] = l_61;
}
workgroupBarrier();
l_mut_54 = l_mut_54 / u32(2);
}
let l_62 = shared_memory_18[u32(0)];
workgroupBarrier();
let l_63 = max(l_mut_34, l_62);
let l_64 = l_53 - l_63;
let l_65 = exp(l_64);
let l_66 = select(f32(0.0), l_65, l_41);
shared_memory_17[local_idx] = l_66;
shared_memory_18[local_idx] = l_66;
workgroupBarrier();
l_mut_54 = u32(32);
loop {
let l_67 = l_mut_54 > u32(0);
let l_68 = !l_67;
if l_68 {
break;
}
let l_69 = local_idx < l_mut_54;
if l_69 {
let l_70 = local_idx + l_mut_54;
let l_71 = shared_memory_18[l_70];
let l_72 = shared_memory_18[local_idx];
let l_73 = l_72 + l_71;
shared_memory_18[local_idx] = l_73;
}
workgroupBarrier();
l_mut_54 = l_mut_54 / u32(2);
}
let l_74 = shared_memory_18[u32(0)];
workgroupBarrier();
let l_75 = l_mut_34 - l_63;
let l_76 = exp(l_75);
let l_77 = l_mut_35 * l_76;
let l_78 = l_77 + l_74;
l_mut_35 = l_78;
l_mut_34 = l_63;
workgroupBarrier();
l_mut_37 = l_mut_37 + u32(64);
}
let l_79 = local_idx == u32(0);
if l_79 {
let l_80 = info.dynamic_meta[info.static_meta[u32(14)] + u32(0)];
let l_81 = l_4 * l_80;
let l_82 = l_81 + l_3;
let l_83 = l_mut_35 > f32(0.0);
let l_84 = log(l_mut_35);
let l_85 = l_mut_34 + l_84;
let l_86 = select(info.scalars_f32[1], l_85, l_83);
let l_115 = info.static_meta[u32(4)];
let l_116 = l_115 * u32(1);
let l_117 = l_82 < l_116;
if l_117 {
buffer_4_global[l_82] = l_86;
}
}
}
}
// ==== launch 2: delta_kernel_g_f32 (attention), cube_dim 128x1x1
@group(0)
@binding(0)
var<storage, read_write> buffer_0_global: array<f32>;

@group(0)
@binding(1)
var<storage, read_write> buffer_1_global: array<f32>;

@group(0)
@binding(2)
var<storage, read_write> buffer_2_global: array<f32>;

struct info_st {
   scalars_u32: array<u32, 2>,
   static_meta: array<u32, 12>,
   dynamic_meta: array<u32>,
}

@group(0)
@binding(3)
var<storage, read> info: info_st;

const WORKGROUP_SIZE_X = 128u;
const WORKGROUP_SIZE_Y = 1u;
const WORKGROUP_SIZE_Z = 1u;

@compute
@workgroup_size(128, 1, 1)
fn delta_kernel_g_f32(
    @builtin(global_invocation_id) global_id: vec3<u32>,
    @builtin(num_workgroups) num_workgroups: vec3<u32>,
) {
let id = (u32(global_id.z) * u32(num_workgroups.x) * u32(WORKGROUP_SIZE_X) * u32(num_workgroups.y) * u32(WORKGROUP_SIZE_Y)) + (u32(global_id.y) * u32(num_workgroups.x) * u32(WORKGROUP_SIZE_X)) + u32(global_id.x);

var l_mut_4: f32;
let l_0 = id < info.scalars_u32[0];
if l_0 {
let l_1 = info.dynamic_meta[info.static_meta[u32(8)] + u32(1)];
let l_2 = id / l_1;
let l_3 = id % l_1;
l_mut_4 = f32(0.0);
let l_5 = info.dynamic_meta[info.static_meta[u32(8)] + u32(2)];

for (var l_mut_6: u32 = u32(0); l_mut_6 < l_5; l_mut_6++) {
let l_7 = info.dynamic_meta[info.static_meta[u32(10)] + u32(0)];
let l_8 = l_2 * l_7;
let l_9 = info.dynamic_meta[info.static_meta[u32(10)] + u32(1)];
let l_10 = l_3 * l_9;
let l_11 = l_8 + l_10;
let l_12 = info.dynamic_meta[info.static_meta[u32(10)] + u32(2)];
let l_13 = l_mut_6 * l_12;
let l_14 = l_11 + l_13;
let l_32 = info.static_meta[u32(0)];
let l_33 = l_32 * u32(1);
let l_34 = l_14 < l_33;
let l_35 = l_33 - u32(1);
let l_36 = min(l_14, l_35);
let l_37 = buffer_0_global[l_36];
let l_38 = select(f32(0.0), l_37, l_34);
let l_15 = l_38;
let l_16 = info.dynamic_meta[info.static_meta[u32(11)] + u32(0)];
let l_17 = l_2 * l_16;
let l_18 = info.dynamic_meta[info.static_meta[u32(11)] + u32(1)];
let l_19 = l_3 * l_18;
let l_20 = l_17 + l_19;
let l_21 = info.dynamic_meta[info.static_meta[u32(11)] + u32(2)];
let l_22 = l_mut_6 * l_21;
let l_23 = l_20 + l_22;
let l_39 = info.static_meta[u32(1)];
let l_40 = l_39 * u32(1);
let l_41 = l_23 < l_40;
let l_42 = l_40 - u32(1);
let l_43 = min(l_23, l_42);
let l_44 = buffer_1_global[l_43];
let l_45 = select(f32(0.0), l_44, l_41);
let l_24 = l_45;
let l_25 = l_15 * l_24;
l_mut_4 = l_mut_4 + l_25;
}
let l_26 = info.dynamic_meta[info.static_meta[u32(8)] + u32(0)];
let l_27 = l_3 * l_26;
let l_28 = l_27 + l_2;
let l_29 = info.static_meta[u32(2)];
let l_30 = l_29 * u32(1);
let l_31 = l_28 < l_30;
if l_31 {
buffer_2_global[l_28] = l_mut_4;
}
}
}
// ==== launch 2: dq_kernel_q_f32_kv_f32_g_f32_o_f32 (attention), cube_dim 64x1x1
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

@group(0)
@binding(6)
var<storage, read_write> buffer_6_global: array<i32>;

@group(0)
@binding(7)
var<storage, read_write> buffer_7_global: array<f32>;

struct info_st {
   scalars_f32: array<f32, 2>,
   scalars_u32: array<u32, 2>,
   static_meta: array<u32, 34>,
   dynamic_meta: array<u32>,
}

@group(0)
@binding(8)
var<storage, read> info: info_st;

var<workgroup> shared_memory_48: array<f32, 128>;

const WORKGROUP_SIZE_X = 64u;
const WORKGROUP_SIZE_Y = 1u;
const WORKGROUP_SIZE_Z = 1u;

@compute
@workgroup_size(64, 1, 1)
fn dq_kernel_q_f32_kv_f32_g_f32_o_f32(
    @builtin(local_invocation_index) local_idx: u32,
    @builtin(num_workgroups) num_workgroups: vec3<u32>,
    @builtin(workgroup_id) workgroup_id: vec3<u32>,
) {
let workgroup_id_no_axis = (u32(num_workgroups.y) * u32(num_workgroups.x) * u32(workgroup_id.z)) + (u32(num_workgroups.x) * u32(workgroup_id.y)) + u32(workgroup_id.x);
var l_mut_49: f32;
var l_mut_76: u32;
let l_0 = workgroup_id_no_axis < info.scalars_u32[0];
if l_0 {
let l_1 = info.dynamic_meta[info.static_meta[u32(22)] + u32(0)];
let l_2 = info.dynamic_meta[info.static_meta[u32(22)] + u32(1)];
let l_3 = info.dynamic_meta[info.static_meta[u32(22)] + u32(2)];
let l_4 = workgroup_id_no_axis / l_2;
let l_5 = workgroup_id_no_axis % l_2;
let l_6 = info.dynamic_meta[info.static_meta[u32(23)] + u32(1)];
let l_7 = l_2 / l_6;
let l_8 = l_5 / l_7;
let l_9 = local_idx < l_3;
let l_10 = select(u32(0), local_idx, l_9);
let l_11 = info.dynamic_meta[info.static_meta[u32(28)] + u32(0)];
let l_12 = l_4 * l_11;
let l_13 = info.dynamic_meta[info.static_meta[u32(28)] + u32(1)];
let l_14 = l_5 * l_13;
let l_15 = l_12 + l_14;
let l_16 = info.dynamic_meta[info.static_meta[u32(28)] + u32(2)];
let l_17 = l_10 * l_16;
let l_18 = l_15 + l_17;
let l_105 = info.static_meta[u32(0)];
let l_106 = l_105 * u32(1);
let l_107 = l_18 < l_106;
let l_108 = l_106 - u32(1);
let l_109 = min(l_18, l_108);
let l_110 = buffer_0_global[l_109];
let l_111 = select(f32(0.0), l_110, l_107);
let l_19 = l_111;
let l_20 = select(f32(0.0), l_19, l_9);
let l_21 = select(u32(0), local_idx, l_9);
let l_22 = info.dynamic_meta[info.static_meta[u32(31)] + u32(0)];
let l_23 = l_4 * l_22;
let l_24 = info.dynamic_meta[info.static_meta[u32(31)] + u32(1)];
let l_25 = l_5 * l_24;
let l_26 = l_23 + l_25;
let l_27 = info.dynamic_meta[info.static_meta[u32(31)] + u32(2)];
let l_28 = l_21 * l_27;
let l_29 = l_26 + l_28;
let l_112 = info.static_meta[u32(3)];
let l_113 = l_112 * u32(1);
let l_114 = l_29 < l_113;
let l_115 = l_113 - u32(1);
let l_116 = min(l_29, l_115);
let l_117 = buffer_3_global[l_116];
let l_118 = select(f32(0.0), l_117, l_114);
let l_30 = l_118;
let l_31 = select(f32(0.0), l_30, l_9);
let l_32 = info.dynamic_meta[info.static_meta[u32(32)] + u32(0)];
let l_33 = l_5 * l_32;
let l_34 = info.dynamic_meta[info.static_meta[u32(32)] + u32(1)];
let l_35 = l_4 * l_34;
let l_36 = l_33 + l_35;
let l_119 = info.static_meta[u32(4)];
let l_120 = l_119 * u32(1);
let l_121 = l_36 < l_120;
let l_122 = l_120 - u32(1);
let l_123 = min(l_36, l_122);
let l_124 = buffer_4_global[l_123];
let l_125 = select(f32(0.0), l_124, l_121);
let l_37 = l_125;
let l_38 = l_5 * l_1;
let l_39 = l_38 + l_4;
let l_126 = info.static_meta[u32(5)];
let l_127 = l_126 * u32(1);
let l_128 = l_39 < l_127;
let l_129 = l_127 - u32(1);
let l_130 = min(l_39, l_129);
let l_131 = buffer_5_global[l_130];
let l_132 = select(f32(0.0), l_131, l_128);
let l_40 = l_132;
let l_41 = u32(2) * l_4;
let l_133 = info.static_meta[u32(6)];
let l_134 = l_133 * u32(1);
let l_135 = l_41 < l_134;
let l_136 = l_134 - u32(1);
let l_137 = min(l_41, l_136);
let l_138 = buffer_6_global[l_137];
let l_139 = select(i32(0), l_138, l_135);
let l_42 = l_139;
let l_43 = u32(l_42);
let l_44 = u32(2) * l_4;
let l_45 = l_44 + u32(1);
let l_140 = info.static_meta[u32(6)];
let l_141 = l_140 * u32(1);
let l_142 = l_45 < l_141;
let l_143 = l_141 - u32(1);
let l_144 = min(l_45, l_143);
let l_145 = buffer_6_global[l_144];
let l_146 = select(i32(0), l_145, l_142);
let l_46 = l_146;
let l_47 = u32(l_46);
l_mut_49 = f32(0.0);

for (var l_mut_50: u32 = l_43; l_mut_50 < l_47; l_mut_50++) {
let l_51 = select(u32(0), local_idx, l_9);
let l_52 = info.dynamic_meta[info.static_meta[u32(29)] + u32(0)];
let l_53 = l_mut_50 * l_52;
let l_54 = info.dynamic_meta[info.static_meta[u32(29)] + u32(1)];
let l_55 = l_8 * l_54;
let l_56 = l_53 + l_55;
let l_57 = info.dynamic_meta[info.static_meta[u32(29)] + u32(2)];
let l_58 = l_51 * l_57;
let l_59 = l_56 + l_58;
let l_147 = info.static_meta[u32(1)];
let l_148 = l_147 * u32(1);
let l_149 = l_59 < l_148;
let l_150 = l_148 - u32(1);
let l_151 = min(l_59, l_150);
let l_152 = buffer_1_global[l_151];
let l_153 = select(f32(0.0), l_152, l_149);
let l_60 = l_153;
let l_61 = select(f32(0.0), l_60, l_9);
let l_62 = select(u32(0), local_idx, l_9);
let l_63 = info.dynamic_meta[info.static_meta[u32(30)] + u32(0)];
let l_64 = l_mut_50 * l_63;
let l_65 = info.dynamic_meta[info.static_meta[u32(30)] + u32(1)];
let l_66 = l_8 * l_65;
let l_67 = l_64 + l_66;
let l_68 = info.dynamic_meta[info.static_meta[u32(30)] + u32(2)];
let l_69 = l_62 * l_68;
let l_70 = l_67 + l_69;
let l_154 = info.static_meta[u32(2)];
let l_155 = l_154 * u32(1);
let l_156 = l_70 < l_155;
let l_157 = l_155 - u32(1);
let l_158 = min(l_70, l_157);
let l_159 = buffer_2_global[l_158];
let l_160 = select(f32(0.0), l_159, l_156);
let l_71 = l_160;
let l_72 = select(f32(0.0), l_71, l_9);
let l_73 = l_20 * l_61;
let l_74 = l_31 * l_72;
shared_memory_48[local_idx] = l_73;
let l_75 = local_idx + u32(64);
shared_memory_48[l_75] = l_74;
workgroupBarrier();
l_mut_76 = u32(32);
loop {
let l_77 = l_mut_76 > u32(0);
let l_78 = !l_77;
if l_78 {
break;
}
let l_79 = local_idx < l_mut_76;
if l_79 {
let l_80 = local_idx + l_mut_76;
let l_81 = shared_memory_48[l_80];
let l_82 = local_idx + u32(64);
let l_83 = l_82 + l_mut_76;
let l_84 = shared_memory_48[l_83];
let l_85 = shared_memory_48[local_idx];
let l_86 = l_85 + l_81;
shared_memory_48[local_idx] = l_86;
let l_87 = local_idx + u32(64);
let l_88 = shared_memory_48[l_87];
let l_89 = l_88 + l_84;
shared_memory_48[l_87] = l_89;
}
workgroupBarrier();
l_mut_76 = l_mut_76 / u32(2);
}
let l_90 = shared_memory_48[u32(0)];
let l_91 = shared_memory_48[u32(64)];
workgroupBarrier();
let l_92 = l_90 * info.scalars_f32[0];
let l_93 = l_37 > f32(-3.4028234663852886e38);
let l_94 = l_92 - l_37;
let l_95 = exp(l_94);
let l_96 = select(f32(0.0), l_95, l_93);
let l_97 = l_91 - l_40;
let l_98 = l_96 * l_97;
let l_99 = l_98 * l_61;
l_mut_49 = l_mut_49 + l_99;
}
if l_9 {
let l_100 = l_4 * l_2;
let l_101 = l_100 + l_5;
let l_102 = l_101 * l_3;
let l_103 = l_102 + local_idx;
let l_104 = l_mut_49 * info.scalars_f32[0];
let l_161 = info.static_meta[u32(7)];
let l_162 = l_161 * u32(1);
let l_163 = l_103 < l_162;
if l_163 {
buffer_7_global[l_103] = l_104;
}
}
}
}
// ==== launch 3: delta_kernel_g_f32 (attention), cube_dim 128x1x1
@group(0)
@binding(0)
var<storage, read_write> buffer_0_global: array<f32>;

@group(0)
@binding(1)
var<storage, read_write> buffer_1_global: array<f32>;

@group(0)
@binding(2)
var<storage, read_write> buffer_2_global: array<f32>;

struct info_st {
   scalars_u32: array<u32, 2>,
   static_meta: array<u32, 12>,
   dynamic_meta: array<u32>,
}

@group(0)
@binding(3)
var<storage, read> info: info_st;

const WORKGROUP_SIZE_X = 128u;
const WORKGROUP_SIZE_Y = 1u;
const WORKGROUP_SIZE_Z = 1u;

@compute
@workgroup_size(128, 1, 1)
fn delta_kernel_g_f32(
    @builtin(global_invocation_id) global_id: vec3<u32>,
    @builtin(num_workgroups) num_workgroups: vec3<u32>,
) {
let id = (u32(global_id.z) * u32(num_workgroups.x) * u32(WORKGROUP_SIZE_X) * u32(num_workgroups.y) * u32(WORKGROUP_SIZE_Y)) + (u32(global_id.y) * u32(num_workgroups.x) * u32(WORKGROUP_SIZE_X)) + u32(global_id.x);

var l_mut_4: f32;
let l_0 = id < info.scalars_u32[0];
if l_0 {
let l_1 = info.dynamic_meta[info.static_meta[u32(8)] + u32(1)];
let l_2 = id / l_1;
let l_3 = id % l_1;
l_mut_4 = f32(0.0);
let l_5 = info.dynamic_meta[info.static_meta[u32(8)] + u32(2)];

for (var l_mut_6: u32 = u32(0); l_mut_6 < l_5; l_mut_6++) {
let l_7 = info.dynamic_meta[info.static_meta[u32(10)] + u32(0)];
let l_8 = l_2 * l_7;
let l_9 = info.dynamic_meta[info.static_meta[u32(10)] + u32(1)];
let l_10 = l_3 * l_9;
let l_11 = l_8 + l_10;
let l_12 = info.dynamic_meta[info.static_meta[u32(10)] + u32(2)];
let l_13 = l_mut_6 * l_12;
let l_14 = l_11 + l_13;
let l_32 = info.static_meta[u32(0)];
let l_33 = l_32 * u32(1);
let l_34 = l_14 < l_33;
let l_35 = l_33 - u32(1);
let l_36 = min(l_14, l_35);
let l_37 = buffer_0_global[l_36];
let l_38 = select(f32(0.0), l_37, l_34);
let l_15 = l_38;
let l_16 = info.dynamic_meta[info.static_meta[u32(11)] + u32(0)];
let l_17 = l_2 * l_16;
let l_18 = info.dynamic_meta[info.static_meta[u32(11)] + u32(1)];
let l_19 = l_3 * l_18;
let l_20 = l_17 + l_19;
let l_21 = info.dynamic_meta[info.static_meta[u32(11)] + u32(2)];
let l_22 = l_mut_6 * l_21;
let l_23 = l_20 + l_22;
let l_39 = info.static_meta[u32(1)];
let l_40 = l_39 * u32(1);
let l_41 = l_23 < l_40;
let l_42 = l_40 - u32(1);
let l_43 = min(l_23, l_42);
let l_44 = buffer_1_global[l_43];
let l_45 = select(f32(0.0), l_44, l_41);
let l_24 = l_45;
let l_25 = l_15 * l_24;
l_mut_4 = l_mut_4 + l_25;
}
let l_26 = info.dynamic_meta[info.static_meta[u32(8)] + u32(0)];
let l_27 = l_3 * l_26;
let l_28 = l_27 + l_2;
let l_29 = info.static_meta[u32(2)];
let l_30 = l_29 * u32(1);
let l_31 = l_28 < l_30;
if l_31 {
buffer_2_global[l_28] = l_mut_4;
}
}
}
// ==== launch 3: dkv_kernel_q_f32_kv_f32_g_f32_o_f32 (attention), cube_dim 64x1x1
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

@group(0)
@binding(6)
var<storage, read_write> buffer_6_global: array<i32>;

@group(0)
@binding(7)
var<storage, read_write> buffer_7_global: array<f32>;

struct info_st {
   scalars_f32: array<f32, 2>,
   scalars_u32: array<u32, 2>,
   static_meta: array<u32, 34>,
   dynamic_meta: array<u32>,
}

@group(0)
@binding(8)
var<storage, read> info: info_st;

var<workgroup> shared_memory_39: array<f32, 128>;

const WORKGROUP_SIZE_X = 64u;
const WORKGROUP_SIZE_Y = 1u;
const WORKGROUP_SIZE_Z = 1u;

@compute
@workgroup_size(64, 1, 1)
fn dkv_kernel_q_f32_kv_f32_g_f32_o_f32(
    @builtin(local_invocation_index) local_idx: u32,
    @builtin(num_workgroups) num_workgroups: vec3<u32>,
    @builtin(workgroup_id) workgroup_id: vec3<u32>,
) {
let workgroup_id_no_axis = (u32(num_workgroups.y) * u32(num_workgroups.x) * u32(workgroup_id.z)) + (u32(num_workgroups.x) * u32(workgroup_id.y)) + u32(workgroup_id.x);
var l_mut_40: f32;
var l_mut_41: f32;
var l_mut_72: u32;
let l_0 = workgroup_id_no_axis < info.scalars_u32[0];
if l_0 {
let l_1 = info.dynamic_meta[info.static_meta[u32(23)] + u32(0)];
let l_2 = info.dynamic_meta[info.static_meta[u32(23)] + u32(1)];
let l_3 = info.dynamic_meta[info.static_meta[u32(23)] + u32(2)];
let l_4 = info.dynamic_meta[info.static_meta[u32(22)] + u32(0)];
let l_5 = info.dynamic_meta[info.static_meta[u32(22)] + u32(1)];
let l_6 = workgroup_id_no_axis / l_2;
let l_7 = workgroup_id_no_axis % l_2;
let l_8 = l_5 / l_2;
let l_9 = local_idx < l_3;
let l_10 = select(u32(0), local_idx, l_9);
let l_11 = info.dynamic_meta[info.static_meta[u32(29)] + u32(0)];
let l_12 = l_6 * l_11;
let l_13 = info.dynamic_meta[info.static_meta[u32(29)] + u32(1)];
let l_14 = l_7 * l_13;
let l_15 = l_12 + l_14;
let l_16 = info.dynamic_meta[info.static_meta[u32(29)] + u32(2)];
let l_17 = l_10 * l_16;
let l_18 = l_15 + l_17;
let l_114 = info.static_meta[u32(1)];
let l_115 = l_114 * u32(1);
let l_116 = l_18 < l_115;
let l_117 = l_115 - u32(1);
let l_118 = min(l_18, l_117);
let l_119 = buffer_1_global[l_118];
let l_120 = select(f32(0.0), l_119, l_116);
let l_19 = l_120;
let l_20 = select(f32(0.0), l_19, l_9);
let l_21 = select(u32(0), local_idx, l_9);
let l_22 = info.dynamic_meta[info.static_meta[u32(30)] + u32(0)];
let l_23 = l_6 * l_22;
let l_24 = info.dynamic_meta[info.static_meta[u32(30)] + u32(1)];
let l_25 = l_7 * l_24;
let l_26 = l_23 + l_25;
let l_27 = info.dynamic_meta[info.static_meta[u32(30)] + u32(2)];
let l_28 = l_21 * l_27;
let l_29 = l_26 + l_28;
let l_121 = info.static_meta[u32(2)];
let l_122 = l_121 * u32(1);
let l_123 = l_29 < l_122;
let l_124 = l_122 - u32(1);
let l_125 = min(l_29, l_124);
let l_126 = buffer_2_global[l_125];
let l_127 = select(f32(0.0), l_126, l_123);
let l_30 = l_127;
let l_31 = select(f32(0.0), l_30, l_9);
let l_32 = u32(2) * l_6;
let l_128 = info.static_meta[u32(6)];
let l_129 = l_128 * u32(1);
let l_130 = l_32 < l_129;
let l_131 = l_129 - u32(1);
let l_132 = min(l_32, l_131);
let l_133 = buffer_6_global[l_132];
let l_134 = select(i32(0), l_133, l_130);
let l_33 = l_134;
let l_34 = u32(l_33);
let l_35 = u32(2) * l_6;
let l_36 = l_35 + u32(1);
let l_135 = info.static_meta[u32(6)];
let l_136 = l_135 * u32(1);
let l_137 = l_36 < l_136;
let l_138 = l_136 - u32(1);
let l_139 = min(l_36, l_138);
let l_140 = buffer_6_global[l_139];
let l_141 = select(i32(0), l_140, l_137);
let l_37 = l_141;
let l_38 = u32(l_37);
l_mut_40 = f32(0.0);
l_mut_41 = f32(0.0);
let l_42 = l_7 * l_8;
let l_43 = l_7 + u32(1);
let l_44 = l_43 * l_8;

for (var l_mut_45: u32 = l_42; l_mut_45 < l_44; l_mut_45++) {

for (var l_mut_46: u32 = l_34; l_mut_46 < l_38; l_mut_46++) {
let l_47 = select(u32(0), local_idx, l_9);
let l_48 = info.dynamic_meta[info.static_meta[u32(28)] + u32(0)];
let l_49 = l_mut_46 * l_48;
let l_50 = info.dynamic_meta[info.static_meta[u32(28)] + u32(1)];
let l_51 = l_mut_45 * l_50;
let l_52 = l_49 + l_51;
let l_53 = info.dynamic_meta[info.static_meta[u32(28)] + u32(2)];
let l_54 = l_47 * l_53;
let l_55 = l_52 + l_54;
let l_142 = info.static_meta[u32(0)];
let l_143 = l_142 * u32(1);
let l_144 = l_55 < l_143;
let l_145 = l_143 - u32(1);
let l_146 = min(l_55, l_145);
let l_147 = buffer_0_global[l_146];
let l_148 = select(f32(0.0), l_147, l_144);
let l_56 = l_148;
let l_57 = select(f32(0.0), l_56, l_9);
let l_58 = select(u32(0), local_idx, l_9);
let l_59 = info.dynamic_meta[info.static_meta[u32(31)] + u32(0)];
let l_60 = l_mut_46 * l_59;
let l_61 = info.dynamic_meta[info.static_meta[u32(31)] + u32(1)];
let l_62 = l_mut_45 * l_61;
let l_63 = l_60 + l_62;
let l_64 = info.dynamic_meta[info.static_meta[u32(31)] + u32(2)];
let l_65 = l_58 * l_64;
let l_66 = l_63 + l_65;
let l_149 = info.static_meta[u32(3)];
let l_150 = l_149 * u32(1);
let l_151 = l_66 < l_150;
let l_152 = l_150 - u32(1);
let l_153 = min(l_66, l_152);
let l_154 = buffer_3_global[l_153];
let l_155 = select(f32(0.0), l_154, l_151);
let l_67 = l_155;
let l_68 = select(f32(0.0), l_67, l_9);
let l_69 = l_57 * l_20;
let l_70 = l_68 * l_31;
shared_memory_39[local_idx] = l_69;
let l_71 = local_idx + u32(64);
shared_memory_39[l_71] = l_70;
workgroupBarrier();
l_mut_72 = u32(32);
loop {
let l_73 = l_mut_72 > u32(0);
let l_74 = !l_73;
if l_74 {
break;
}
let l_75 = local_idx < l_mut_72;
if l_75 {
let l_76 = local_idx + l_mut_72;
let l_77 = shared_memory_39[l_76];
let l_78 = local_idx + u32(64);
let l_79 = l_78 + l_mut_72;
let l_80 = shared_memory_39[l_79];
let l_81 = shared_memory_39[local_idx];
let l_82 = l_81 + l_77;
shared_memory_39[local_idx] = l_82;
let l_83 = local_idx + u32(64);
let l_84 = shared_memory_39[l_83];
let l_85 = l_84 + l_80;
shared_memory_39[l_83] = l_85;
}
workgroupBarrier();
l_mut_72 = l_mut_72 / u32(2);
}
let l_86 = shared_memory_39[u32(0)];
let l_87 = shared_memory_39[u32(64)];
workgroupBarrier();
let l_88 = l_86 * info.scalars_f32[0];
let l_89 = info.dynamic_meta[info.static_meta[u32(32)] + u32(0)];
let l_90 = l_mut_45 * l_89;
let l_91 = info.dynamic_meta[info.static_meta[u32(32)] + u32(1)];
let l_92 = l_mut_46 * l_91;
let l_93 = l_90 + l_92;
let l_156 = info.static_meta[u32(4)];
let l_157 = l_156 * u32(1);
let l_158 = l_93 < l_157;
let l_159 = l_157 - u32(1);
let l_160 = min(l_93, l_159);
let l_161 = buffer_4_global[l_160];
let l_162 = select(f32(0.0), l_161, l_158);
let l_94 = l_162;
let l_95 = l_94 > f32(-3.4028234663852886e38);
let l_96 = l_88 - l_94;
let l_97 = exp(l_96);
let l_98 = select(f32(0.0), l_97, l_95);
let l_99 = l_98 * l_68;
l_mut_41 = l_mut_41 + l_99;
let l_100 = l_mut_45 * l_4;
let l_101 = l_100 + l_mut_46;
let l_163 = info.static_meta[u32(5)];
let l_164 = l_163 * u32(1);
let l_165 = l_101 < l_164;
let l_166 = l_164 - u32(1);
let l_167 = min(l_101, l_166);
let l_168 = buffer_5_global[l_167];
let l_169 = select(f32(0.0), l_168, l_165);
let l_102 = l_169;
let l_103 = l_87 - l_102;
let l_104 = l_98 * l_103;
let l_105 = l_104 * l_57;
l_mut_40 = l_mut_40 + l_105;
}
}
if l_9 {
let l_106 = l_6 * l_2;
let l_107 = l_106 + l_7;
let l_108 = l_107 * l_3;
let l_109 = l_108 + local_idx;
let l_110 = l_mut_40 * info.scalars_f32[0];
let l_170 = info.static_meta[u32(7)];
let l_171 = l_170 * u32(1);
let l_172 = l_109 < l_171;
if l_172 {
buffer_7_global[l_109] = l_110;
}
let l_111 = l_1 * l_2;
let l_112 = l_111 * l_3;
let l_113 = l_112 + l_109;
let l_173 = info.static_meta[u32(7)];
let l_174 = l_173 * u32(1);
let l_175 = l_113 < l_174;
if l_175 {
buffer_7_global[l_113] = l_mut_41;
}
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
// ==== launch 5: copy_kernel_t_f32 (elementwise), cube_dim 256x1x1
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
let l_3 = info.dynamic_meta[info.static_meta[u32(6)] + u32(3)];
let l_4 = l_mut_1 % l_3;
let l_5 = info.dynamic_meta[info.static_meta[u32(8)] + u32(3)];
let l_6 = l_4 * l_5;
l_mut_2 = l_mut_2 + l_6;
l_mut_1 = l_mut_1 / l_3;
let l_7 = info.dynamic_meta[info.static_meta[u32(6)] + u32(2)];
let l_8 = l_mut_1 % l_7;
let l_9 = info.dynamic_meta[info.static_meta[u32(8)] + u32(2)];
let l_10 = l_8 * l_9;
l_mut_2 = l_mut_2 + l_10;
l_mut_1 = l_mut_1 / l_7;
let l_11 = info.dynamic_meta[info.static_meta[u32(6)] + u32(1)];
let l_12 = l_mut_1 % l_11;
let l_13 = info.dynamic_meta[info.static_meta[u32(8)] + u32(1)];
let l_14 = l_12 * l_13;
l_mut_2 = l_mut_2 + l_14;
l_mut_1 = l_mut_1 / l_11;
let l_15 = info.dynamic_meta[info.static_meta[u32(6)] + u32(0)];
let l_16 = l_mut_1 % l_15;
let l_17 = info.dynamic_meta[info.static_meta[u32(8)] + u32(0)];
let l_18 = l_16 * l_17;
l_mut_2 = l_mut_2 + l_18;
l_mut_1 = l_mut_1 / l_15;
let l_19 = info.scalars_u32[0] + l_mut_2;
let l_22 = info.static_meta[u32(0)];
let l_23 = l_22 * u32(1);
let l_24 = l_19 < l_23;
let l_25 = l_23 - u32(1);
let l_26 = min(l_19, l_25);
let l_27 = buffer_0_global[l_26];
let l_28 = select(f32(0.0), l_27, l_24);
let l_20 = l_28;
let l_21 = info.scalars_u32[1] + id;
let l_29 = info.static_meta[u32(1)];
let l_30 = l_29 * u32(1);
let l_31 = l_21 < l_30;
if l_31 {
buffer_1_global[l_21] = l_20;
}
}
}
// ==== launch 5: ew_kernel_c_f32_h_f32_o_f32 (elementwise), cube_dim 256x1x1
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
// ==== launch 6: ew_kernel_c_f32_h_f32_o_f32 (elementwise), cube_dim 256x1x1
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
// ==== launch 7: ew_kernel_c_f32_h_f32_o_f32 (elementwise), cube_dim 256x1x1
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
