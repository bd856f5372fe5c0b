// ==== launch 0: row_kernel_x_f32_w_f32_b_f32_o_f32 (layer_norm), cube_dim 64x1x1
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

struct info_st {
   scalars_f32: array<f32, 2>,
   scalars_u32: array<u32, 2>,
   static_meta: array<u32, 20>,
   dynamic_meta: array<u32>,
}

@group(0)
@binding(4)
var<storage, read> info: info_st;

var<workgroup> shared_memory_15: array<f32, 64>;

const WORKGROUP_SIZE_X = 64u;
const WORKGROUP_SIZE_Y = 1u;
const WORKGROUP_SIZE_Z = 1u;

@compute
@workgroup_size(64, 1, 1)
fn row_kernel_x_f32_w_f32_b_f32_o_f32(
    @builtin(local_invocation_index) local_idx: u32,
    @builtin(num_workgroups) num_workgroups: vec3<u32>,
    @builtin(workgroup_id) workgroup_id: vec3<u32>,
) {
let workgroup_id_no_axis = (u32(num_workgroups.y) * u32(num_workgroups.x) * u32(workgroup_id.z)) + (u32(num_workgroups.x) * u32(workgroup_id.y)) + u32(workgroup_id.x);
var l_mut_17: f32;
var l_mut_1: u32;
var l_mut_2: u32;
var l_mut_7: u32;
let l_0 = workgroup_id_no_axis < info.scalars_u32[0];
if l_0 {
l_mut_1 = workgroup_id_no_axis;
l_mut_2 = u32(0);
let l_3 = info.dynamic_meta[info.static_meta[u32(12)] + u32(0)];
let l_4 = l_mut_1 % l_3;
let l_5 = info.dynamic_meta[info.static_meta[u32(16)] + u32(0)];
let l_6 = l_4 * l_5;
l_mut_2 = l_mut_2 + l_6;
l_mut_1 = l_mut_1 / l_3;
l_mut_1 = workgroup_id_no_axis;
l_mut_7 = u32(0);
let l_8 = info.dynamic_meta[info.static_meta[u32(15)] + u32(0)];
let l_9 = l_mut_1 % l_8;
let l_10 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_11 = l_9 * l_10;
l_mut_7 = l_mut_7 + l_11;
l_mut_1 = l_mut_1 / l_8;
let l_12 = info.dynamic_meta[info.static_meta[u32(16)] + u32(1)];
let l_13 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_14 = info.dynamic_meta[info.static_meta[u32(12)] + u32(1)];
let l_16 = f32(l_14);
l_mut_17 = f32(0.0);
l_mut_1 = local_idx;
loop {
let l_18 = l_mut_1 < l_14;
let l_19 = !l_18;
if l_19 {
break;
}
let l_20 = l_mut_1 * l_12;
let l_21 = l_mut_2 + l_20;
let l_69 = info.static_meta[u32(0)];
let l_70 = l_69 * u32(1);
let l_71 = l_21 < l_70;
let l_72 = l_70 - u32(1);
let l_73 = min(l_21, l_72);
let l_74 = buffer_0_global[l_73];
let l_75 = select(f32(0.0), l_74, l_71);
let l_22 = l_75;
let l_23 = l_22 - f32(0.0);
l_mut_17 = l_mut_17 + l_23;
l_mut_1 = l_mut_1 + u32(64);
}
shared_memory_15[local_idx] = l_mut_17;
workgroupBarrier();
l_mut_1 = u32(32);
loop {
let l_24 = l_mut_1 > u32(0);
let l_25 = !l_24;
if l_25 {
break;
}
let l_26 = local_idx < l_mut_1;
if l_26 {
let l_27 = local_idx + l_mut_1;
let l_28 = shared_memory_15[l_27];
let l_29 = shared_memory_15[local_idx];
let l_30 = l_29 + l_28;
shared_memory_15[local_idx] = l_30;
}
workgroupBarrier();
l_mut_1 = l_mut_1 / u32(2);
}
let l_31 = shared_memory_15[u32(0)];
workgroupBarrier();
let l_32 = l_31 / l_16;
l_mut_17 = f32(0.0);
l_mut_1 = local_idx;
loop {
let l_33 = l_mut_1 < l_14;
let l_34 = !l_33;
if l_34 {
break;
}
let l_35 = l_mut_1 * l_12;
let l_36 = l_mut_2 + l_35;
let l_76 = info.static_meta[u32(0)];
let l_77 = l_76 * u32(1);
let l_78 = l_36 < l_77;
let l_79 = l_77 - u32(1);
let l_80 = min(l_36, l_79);
let l_81 = buffer_0_global[l_80];
let l_82 = select(f32(0.0), l_81, l_78);
let l_37 = l_82;
let l_38 = l_37 - l_32;
let l_39 = l_38 * l_38;
l_mut_17 = l_mut_17 + l_39;
l_mut_1 = l_mut_1 + u32(64);
}
shared_memory_15[local_idx] = l_mut_17;
workgroupBarrier();
l_mut_1 = u32(32);
loop {
let l_40 = l_mut_1 > u32(0);
let l_41 = !l_40;
if l_41 {
break;
}
let l_42 = local_idx < l_mut_1;
if l_42 {
let l_43 = local_idx + l_mut_1;
let l_44 = shared_memory_15[l_43];
let l_45 = shared_memory_15[local_idx];
let l_46 = l_45 + l_44;
shared_memory_15[local_idx] = l_46;
}
workgroupBarrier();
l_mut_1 = l_mut_1 / u32(2);
}
let l_47 = shared_memory_15[u32(0)];
workgroupBarrier();
let l_48 = l_47 / l_16;
let l_49 = l_48 + info.scalars_f32[0];
let l_50 = sqrt(l_49);
let l_51 = f32(1.0) / l_50;
l_mut_1 = local_idx;
loop {
let l_52 = l_mut_1 < l_14;
let l_53 = !l_52;
if l_53 {
break;
}
let l_54 = l_mut_1 * l_12;
let l_55 = l_mut_2 + l_54;
let l_83 = info.static_meta[u32(0)];
let l_84 = l_83 * u32(1);
let l_85 = l_55 < l_84;
let l_86 = l_84 - u32(1);
let l_87 = min(l_55, l_86);
let l_88 = buffer_0_global[l_87];
let l_89 = select(f32(0.0), l_88, l_85);
let l_56 = l_89;
let l_57 = l_56 - l_32;
let l_58 = l_57 * l_51;
let l_59 = info.dynamic_meta[info.static_meta[u32(17)] + u32(0)];
let l_60 = l_mut_1 * l_59;
let l_90 = info.static_meta[u32(1)];
let l_91 = l_90 * u32(1);
let l_92 = l_60 < l_91;
let l_93 = l_91 - u32(1);
let l_94 = min(l_60, l_93);
let l_95 = buffer_1_global[l_94];
let l_96 = select(f32(0.0), l_95, l_92);
let l_61 = l_96;
let l_62 = l_58 * l_61;
let l_63 = info.dynamic_meta[info.static_meta[u32(18)] + u32(0)];
let l_64 = l_mut_1 * l_63;
let l_97 = info.static_meta[u32(2)];
let l_98 = l_97 * u32(1);
let l_99 = l_64 < l_98;
let l_100 = l_98 - u32(1);
let l_101 = min(l_64, l_100);
let l_102 = buffer_2_global[l_101];
let l_103 = select(f32(0.0), l_102, l_99);
let l_65 = l_103;
let l_66 = l_62 + l_65;
let l_67 = l_mut_1 * l_13;
let l_68 = l_mut_7 + l_67;
let l_104 = info.static_meta[u32(3)];
let l_105 = l_104 * u32(1);
let l_106 = l_68 < l_105;
if l_106 {
buffer_3_global[l_68] = l_66;
}
l_mut_1 = l_mut_1 + u32(64);
}
}
}
