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

var<workgroup> shared_memory_16: array<f32, 192>;

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
var l_mut_29: f32;
var l_mut_30: f32;
var l_mut_31: f32;
var l_mut_32: u32;
var l_mut_38: f32;
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
let l_107 = info.static_meta[u32(3)];
let l_108 = l_107 * u32(1);
let l_109 = l_9 < l_108;
let l_110 = l_108 - u32(1);
let l_111 = min(l_9, l_110);
let l_112 = buffer_3_global[l_111];
let l_113 = select(i32(0), l_112, l_109);
let l_10 = l_113;
let l_11 = u32(l_10);
let l_12 = u32(2) * l_3;
let l_13 = l_12 + u32(1);
let l_114 = info.static_meta[u32(3)];
let l_115 = l_114 * u32(1);
let l_116 = l_13 < l_115;
let l_117 = l_115 - u32(1);
let l_118 = min(l_13, l_117);
let l_119 = buffer_3_global[l_118];
let l_120 = select(i32(0), l_119, l_116);
let l_14 = l_120;
let l_15 = u32(l_14);
let l_17 = u32(64) + local_idx;
let l_18 = select(u32(0), local_idx, l_8);
let l_19 = info.dynamic_meta[info.static_meta[u32(18)] + u32(0)];
let l_20 = l_3 * l_19;
let l_21 = info.dynamic_meta[info.static_meta[u32(18)] + u32(1)];
let l_22 = l_4 * l_21;
let l_23 = l_20 + l_22;
let l_24 = info.dynamic_meta[info.static_meta[u32(18)] + u32(2)];
let l_25 = l_18 * l_24;
let l_26 = l_23 + l_25;
let l_121 = info.static_meta[u32(0)];
let l_122 = l_121 * u32(1);
let l_123 = l_26 < l_122;
let l_124 = l_122 - u32(1);
let l_125 = min(l_26, l_124);
let l_126 = buffer_0_global[l_125];
let l_127 = select(f32(0.0), l_126, l_123);
let l_27 = l_127;
let l_28 = select(f32(0.0), l_27, l_8);
shared_memory_16[l_17] = l_28;
workgroupBarrier();
l_mut_29 = f32(-3.4028234663852886e38);
l_mut_30 = f32(0.0);
l_mut_31 = f32(0.0);
l_mut_32 = l_11;
loop {
let l_33 = l_mut_32 < l_15;
let l_34 = !l_33;
if l_34 {
break;
}
let l_35 = l_mut_32 + local_idx;
let l_36 = l_35 < l_15;
let l_37 = select(l_11, l_35, l_36);
l_mut_38 = f32(0.0);

for (var l_mut_39: u32 = u32(0); l_mut_39 < l_2; l_mut_39++) {
let l_40 = u32(64) + l_mut_39;
let l_41 = shared_memory_16[l_40];
let l_42 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_43 = l_37 * l_42;
let l_44 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_45 = l_7 * l_44;
let l_46 = l_43 + l_45;
let l_47 = info.dynamic_meta[info.static_meta[u32(19)] + u32(2)];
let l_48 = l_mut_39 * l_47;
let l_49 = l_46 + l_48;
let l_128 = info.static_meta[u32(1)];
let l_129 = l_128 * u32(1);
let l_130 = l_49 < l_129;
let l_131 = l_129 - u32(1);
let l_132 = min(l_49, l_131);
let l_133 = buffer_1_global[l_132];
let l_134 = select(f32(0.0), l_133, l_130);
let l_50 = l_134;
let l_51 = l_41 * l_50;
l_mut_38 = l_mut_38 + l_51;
}
let l_52 = l_mut_38 * info.scalars_f32[0];
let l_53 = select(f32(-3.4028234663852886e38), l_52, l_36);
shared_memory_16[local_idx] = l_53;
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
let l_59 = shared_memory_16[l_58];
let l_60 = shared_memory_16[local_idx];
let l_61 = max(l_60, l_59);
shared_memory_16[local_idx] = l_61;
}
workgroupBarrier();
l_mut_54 = l_mut_54 / u32(2);
}
let l_62 = shared_memory_16[u32(0)];
workgroupBarrier();
let l_63 = max(l_mut_29, l_62);
let l_64 = l_53 - l_63;
let l_65 = exp(l_64);
let l_66 = select(f32(0.0), l_65, l_36);
let l_67 = u32(128) + local_idx;
shared_memory_16[l_67] = l_66;
shared_memory_16[local_idx] = l_66;
workgroupBarrier();
l_mut_54 = u32(32);
loop {
let l_68 = l_mut_54 > u32(0);
let l_69 = !l_68;
if l_69 {
break;
}
let l_70 = local_idx < l_mut_54;
if l_70 {
let l_71 = local_idx + l_mut_54;
let l_72 = shared_memory_16[l_71];
let l_73 = shared_memory_16[local_idx];
let l_74 = l_73 + l_72;
shared_memory_16[local_idx] = l_74;
}
workgroupBarrier();
l_mut_54 = l_mut_54 / u32(2);
}
let l_75 = shared_memory_16[u32(0)];
workgroupBarrier();
let l_76 = l_mut_29 - l_63;
let l_77 = exp(l_76);
let l_78 = l_mut_30 * l_77;
let l_79 = l_78 + l_75;
l_mut_30 = l_79;
let l_80 = l_15 - l_mut_32;
let l_81 = min(u32(64), l_80);
l_mut_38 = f32(0.0);

for (var l_mut_82: u32 = u32(0); l_mut_82 < l_81; l_mut_82++) {
let l_83 = u32(128) + l_mut_82;
let l_84 = shared_memory_16[l_83];
let l_85 = l_mut_32 + l_mut_82;
let l_86 = select(u32(0), local_idx, l_8);
let l_87 = info.dynamic_meta[info.static_meta[u32(20)] + u32(0)];
let l_88 = l_85 * l_87;
let l_89 = info.dynamic_meta[info.static_meta[u32(20)] + u32(1)];
let l_90 = l_7 * l_89;
let l_91 = l_88 + l_90;
let l_92 = info.dynamic_meta[info.static_meta[u32(20)] + u32(2)];
let l_93 = l_86 * l_92;
let l_94 = l_91 + l_93;
let l_135 = info.static_meta[u32(2)];
let l_136 = l_135 * u32(1);
let l_137 = l_94 < l_136;
let l_138 = l_136 - u32(1);
let l_139 = min(l_94, l_138);
let l_140 = buffer_2_global[l_139];
let l_141 = select(f32(0.0), l_140, l_137);
let l_95 = l_141;
let l_96 = select(f32(0.0), l_95, l_8);
let l_97 = l_84 * l_96;
l_mut_38 = l_mut_38 + l_97;
}
let l_98 = l_mut_31 * l_77;
let l_99 = l_98 + l_mut_38;
l_mut_31 = l_99;
l_mut_29 = l_63;
workgroupBarrier();
l_mut_32 = l_mut_32 + u32(64);
}
if l_8 {
let l_100 = l_3 * l_1;
let l_101 = l_100 + l_4;
let l_102 = l_101 * l_2;
let l_103 = l_102 + local_idx;
let l_104 = l_mut_30 > f32(0.0);
let l_105 = l_mut_31 / l_mut_30;
let l_106 = select(info.scalars_f32[1], l_105, l_104);
let l_142 = info.static_meta[u32(4)];
let l_143 = l_142 * u32(1);
let l_144 = l_103 < l_143;
if l_144 {
buffer_4_global[l_103] = l_106;
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

var<workgroup> shared_memory_16: array<f32, 192>;

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
var l_mut_29: f32;
var l_mut_30: f32;
var l_mut_31: f32;
var l_mut_32: u32;
var l_mut_38: f32;
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
let l_88 = info.static_meta[u32(3)];
let l_89 = l_88 * u32(1);
let l_90 = l_9 < l_89;
let l_91 = l_89 - u32(1);
let l_92 = min(l_9, l_91);
let l_93 = buffer_3_global[l_92];
let l_94 = select(i32(0), l_93, l_90);
let l_10 = l_94;
let l_11 = u32(l_10);
let l_12 = u32(2) * l_3;
let l_13 = l_12 + u32(1);
let l_95 = info.static_meta[u32(3)];
let l_96 = l_95 * u32(1);
let l_97 = l_13 < l_96;
let l_98 = l_96 - u32(1);
let l_99 = min(l_13, l_98);
let l_100 = buffer_3_global[l_99];
let l_101 = select(i32(0), l_100, l_97);
let l_14 = l_101;
let l_15 = u32(l_14);
let l_17 = u32(64) + local_idx;
let l_18 = select(u32(0), local_idx, l_8);
let l_19 = info.dynamic_meta[info.static_meta[u32(18)] + u32(0)];
let l_20 = l_3 * l_19;
let l_21 = info.dynamic_meta[info.static_meta[u32(18)] + u32(1)];
let l_22 = l_4 * l_21;
let l_23 = l_20 + l_22;
let l_24 = info.dynamic_meta[info.static_meta[u32(18)] + u32(2)];
let l_25 = l_18 * l_24;
let l_26 = l_23 + l_25;
let l_102 = info.static_meta[u32(0)];
let l_103 = l_102 * u32(1);
let l_104 = l_26 < l_103;
let l_105 = l_103 - u32(1);
let l_106 = min(l_26, l_105);
let l_107 = buffer_0_global[l_106];
let l_108 = select(f32(0.0), l_107, l_104);
let l_27 = l_108;
let l_28 = select(f32(0.0), l_27, l_8);
shared_memory_16[l_17] = l_28;
workgroupBarrier();
l_mut_29 = f32(-3.4028234663852886e38);
l_mut_30 = f32(0.0);
l_mut_31 = f32(0.0);
l_mut_32 = l_11;
loop {
let l_33 = l_mut_32 < l_15;
let l_34 = !l_33;
if l_34 {
break;
}
let l_35 = l_mut_32 + local_idx;
let l_36 = l_35 < l_15;
let l_37 = select(l_11, l_35, l_36);
l_mut_38 = f32(0.0);

for (var l_mut_39: u32 = u32(0); l_mut_39 < l_2; l_mut_39++) {
let l_40 = u32(64) + l_mut_39;
let l_41 = shared_memory_16[l_40];
let l_42 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_43 = l_37 * l_42;
let l_44 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_45 = l_7 * l_44;
let l_46 = l_43 + l_45;
let l_47 = info.dynamic_meta[info.static_meta[u32(19)] + u32(2)];
let l_48 = l_mut_39 * l_47;
let l_49 = l_46 + l_48;
let l_109 = info.static_meta[u32(1)];
let l_110 = l_109 * u32(1);
let l_111 = l_49 < l_110;
let l_112 = l_110 - u32(1);
let l_113 = min(l_49, l_112);
let l_114 = buffer_1_global[l_113];
let l_115 = select(f32(0.0), l_114, l_111);
let l_50 = l_115;
let l_51 = l_41 * l_50;
l_mut_38 = l_mut_38 + l_51;
}
let l_52 = l_mut_38 * info.scalars_f32[0];
let l_53 = select(f32(-3.4028234663852886e38), l_52, l_36);
shared_memory_16[local_idx] = l_53;
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
let l_59 = shared_memory_16[l_58];
let l_60 = shared_memory_16[local_idx];
let l_61 = max(l_60, l_59);
shared_memory_16[local_idx] = l_61;
}
workgroupBarrier();
l_mut_54 = l_mut_54 / u32(2);
}
let l_62 = shared_memory_16[u32(0)];
workgroupBarrier();
let l_63 = max(l_mut_29, l_62);
let l_64 = l_53 - l_63;
let l_65 = exp(l_64);
let l_66 = select(f32(0.0), l_65, l_36);
let l_67 = u32(128) + local_idx;
shared_memory_16[l_67] = l_66;
shared_memory_16[local_idx] = l_66;
workgroupBarrier();
l_mut_54 = u32(32);
loop {
let l_68 = l_mut_54 > u32(0);
let l_69 = !l_68;
if l_69 {
break;
}
let l_70 = local_idx < l_mut_54;
if l_70 {
let l_71 = local_idx + l_mut_54;
let l_72 = shared_memory_16[l_71];
let l_73 = shared_memory_16[local_idx];
let l_74 = l_73 + l_72;
shared_memory_16[local_idx] = l_74;
}
workgroupBarrier();
l_mut_54 = l_mut_54 / u32(2);
}
let l_75 = shared_memory_16[u32(0)];
workgroupBarrier();
let l_76 = l_mut_29 - l_63;
let l_77 = exp(l_76);
let l_78 = l_mut_30 * l_77;
let l_79 = l_78 + l_75;
l_mut_30 = l_79;
l_mut_29 = l_63;
workgroupBarrier();
l_mut_32 = l_mut_32 + u32(64);
}
let l_80 = local_idx == u32(0);
if l_80 {
let l_81 = info.dynamic_meta[info.static_meta[u32(14)] + u32(0)];
let l_82 = l_4 * l_81;
let l_83 = l_82 + l_3;
let l_84 = l_mut_30 > f32(0.0);
let l_85 = log(l_mut_30);
let l_86 = l_mut_29 + l_85;
let l_87 = select(info.scalars_f32[1], l_86, l_84);
let l_116 = info.static_meta[u32(4)];
let l_117 = l_116 * u32(1);
let l_118 = l_83 < l_117;
if l_118 {
buffer_4_global[l_83] = l_87;
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

var<workgroup> shared_memory_10: array<f32, 192>;

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
var l_mut_50: f32;
var l_mut_51: u32;
var l_mut_57: f32;
var l_mut_58: f32;
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
let l_11 = select(u32(0), local_idx, l_9);
let l_12 = info.dynamic_meta[info.static_meta[u32(28)] + u32(0)];
let l_13 = l_4 * l_12;
let l_14 = info.dynamic_meta[info.static_meta[u32(28)] + u32(1)];
let l_15 = l_5 * l_14;
let l_16 = l_13 + l_15;
let l_17 = info.dynamic_meta[info.static_meta[u32(28)] + u32(2)];
let l_18 = l_11 * l_17;
let l_19 = l_16 + l_18;
let l_115 = info.static_meta[u32(0)];
let l_116 = l_115 * u32(1);
let l_117 = l_19 < l_116;
let l_118 = l_116 - u32(1);
let l_119 = min(l_19, l_118);
let l_120 = buffer_0_global[l_119];
let l_121 = select(f32(0.0), l_120, l_117);
let l_20 = l_121;
let l_21 = select(f32(0.0), l_20, l_9);
shared_memory_10[local_idx] = l_21;
let l_22 = u32(64) + local_idx;
let l_23 = select(u32(0), local_idx, l_9);
let l_24 = info.dynamic_meta[info.static_meta[u32(31)] + u32(0)];
let l_25 = l_4 * l_24;
let l_26 = info.dynamic_meta[info.static_meta[u32(31)] + u32(1)];
let l_27 = l_5 * l_26;
let l_28 = l_25 + l_27;
let l_29 = info.dynamic_meta[info.static_meta[u32(31)] + u32(2)];
let l_30 = l_23 * l_29;
let l_31 = l_28 + l_30;
let l_122 = info.static_meta[u32(3)];
let l_123 = l_122 * u32(1);
let l_124 = l_31 < l_123;
let l_125 = l_123 - u32(1);
let l_126 = min(l_31, l_125);
let l_127 = buffer_3_global[l_126];
let l_128 = select(f32(0.0), l_127, l_124);
let l_32 = l_128;
let l_33 = select(f32(0.0), l_32, l_9);
shared_memory_10[l_22] = l_33;
workgroupBarrier();
let l_34 = info.dynamic_meta[info.static_meta[u32(32)] + u32(0)];
let l_35 = l_5 * l_34;
let l_36 = info.dynamic_meta[info.static_meta[u32(32)] + u32(1)];
let l_37 = l_4 * l_36;
let l_38 = l_35 + l_37;
let l_129 = info.static_meta[u32(4)];
let l_130 = l_129 * u32(1);
let l_131 = l_38 < l_130;
let l_132 = l_130 - u32(1);
let l_133 = min(l_38, l_132);
let l_134 = buffer_4_global[l_133];
let l_135 = select(f32(0.0), l_134, l_131);
let l_39 = l_135;
let l_40 = l_5 * l_1;
let l_41 = l_40 + l_4;
let l_136 = info.static_meta[u32(5)];
let l_137 = l_136 * u32(1);
let l_138 = l_41 < l_137;
let l_139 = l_137 - u32(1);
let l_140 = min(l_41, l_139);
let l_141 = buffer_5_global[l_140];
let l_142 = select(f32(0.0), l_141, l_138);
let l_42 = l_142;
let l_43 = u32(2) * l_4;
let l_143 = info.static_meta[u32(6)];
let l_144 = l_143 * u32(1);
let l_145 = l_43 < l_144;
let l_146 = l_144 - u32(1);
let l_147 = min(l_43, l_146);
let l_148 = buffer_6_global[l_147];
let l_149 = select(i32(0), l_148, l_145);
let l_44 = l_149;
let l_45 = u32(l_44);
let l_46 = u32(2) * l_4;
let l_47 = l_46 + u32(1);
let l_150 = info.static_meta[u32(6)];
let l_151 = l_150 * u32(1);
let l_152 = l_47 < l_151;
let l_153 = l_151 - u32(1);
let l_154 = min(l_47, l_153);
let l_155 = buffer_6_global[l_154];
let l_156 = select(i32(0), l_155, l_152);
let l_48 = l_156;
let l_49 = u32(l_48);
l_mut_50 = f32(0.0);
l_mut_51 = l_45;
loop {
let l_52 = l_mut_51 < l_49;
let l_53 = !l_52;
if l_53 {
break;
}
let l_54 = l_mut_51 + local_idx;
let l_55 = l_54 < l_49;
let l_56 = select(l_45, l_54, l_55);
l_mut_57 = f32(0.0);
l_mut_58 = f32(0.0);

for (var l_mut_59: u32 = u32(0); l_mut_59 < l_3; l_mut_59++) {
let l_60 = shared_memory_10[l_mut_59];
let l_61 = info.dynamic_meta[info.static_meta[u32(29)] + u32(0)];
let l_62 = l_56 * l_61;
let l_63 = info.dynamic_meta[info.static_meta[u32(29)] + u32(1)];
let l_64 = l_8 * l_63;
let l_65 = l_62 + l_64;
let l_66 = info.dynamic_meta[info.static_meta[u32(29)] + u32(2)];
let l_67 = l_mut_59 * l_66;
let l_68 = l_65 + l_67;
let l_157 = info.static_meta[u32(1)];
let l_158 = l_157 * u32(1);
let l_159 = l_68 < l_158;
let l_160 = l_158 - u32(1);
let l_161 = min(l_68, l_160);
let l_162 = buffer_1_global[l_161];
let l_163 = select(f32(0.0), l_162, l_159);
let l_69 = l_163;
let l_70 = l_60 * l_69;
l_mut_57 = l_mut_57 + l_70;
let l_71 = u32(64) + l_mut_59;
let l_72 = shared_memory_10[l_71];
let l_73 = info.dynamic_meta[info.static_meta[u32(30)] + u32(0)];
let l_74 = l_56 * l_73;
let l_75 = info.dynamic_meta[info.static_meta[u32(30)] + u32(1)];
let l_76 = l_8 * l_75;
let l_77 = l_74 + l_76;
let l_78 = info.dynamic_meta[info.static_meta[u32(30)] + u32(2)];
let l_79 = l_mut_59 * l_78;
let l_80 = l_77 + l_79;
let l_164 = info.static_meta[u32(2)];
let l_165 = l_164 * u32(1);
let l_166 = l_80 < l_165;
let l_167 = l_165 - u32(1);
let l_168 = min(l_80, l_167);
let l_169 = buffer_2_global[l_168];
let l_170 = select(f32(0.0), l_169, l_166);
let l_81 = l_170;
let l_82 = l_72 * l_81;
l_mut_58 = l_mut_58 + l_82;
}
let l_83 = l_mut_57 * info.scalars_f32[0];
let l_84 = l_39 > f32(-3.4028234663852886e38);
let l_85 = l_83 - l_39;
let l_86 = exp(l_85);
let l_87 = select(f32(0.0), l_86, l_84);
let l_88 = u32(128) + local_idx;
let l_89 = l_mut_58 - l_42;
let l_90 = l_87 * l_89;
let l_91 = select(f32(0.0), l_90, l_55);
shared_memory_10[l_88] = l_91;
workgroupBarrier();
let l_92 = l_49 - l_mut_51;
let l_93 = min(u32(64), l_92);
l_mut_58 = f32(0.0);

for (var l_mut_94: u32 = u32(0); l_mut_94 < l_93; l_mut_94++) {
let l_95 = u32(128) + l_mut_94;
let l_96 = shared_memory_10[l_95];
let l_97 = l_mut_51 + l_mut_94;
let l_98 = select(u32(0), local_idx, l_9);
let l_99 = info.dynamic_meta[info.static_meta[u32(29)] + u32(0)];
let l_100 = l_97 * l_99;
let l_101 = info.dynamic_meta[info.static_meta[u32(29)] + u32(1)];
let l_102 = l_8 * l_101;
let l_103 = l_100 + l_102;
let l_104 = info.dynamic_meta[info.static_meta[u32(29)] + u32(2)];
let l_105 = l_98 * l_104;
let l_106 = l_103 + l_105;
let l_171 = info.static_meta[u32(1)];
let l_172 = l_171 * u32(1);
let l_173 = l_106 < l_172;
let l_174 = l_172 - u32(1);
let l_175 = min(l_106, l_174);
let l_176 = buffer_1_global[l_175];
let l_177 = select(f32(0.0), l_176, l_173);
let l_107 = l_177;
let l_108 = select(f32(0.0), l_107, l_9);
let l_109 = l_96 * l_108;
l_mut_58 = l_mut_58 + l_109;
}
l_mut_50 = l_mut_50 + l_mut_58;
workgroupBarrier();
l_mut_51 = l_mut_51 + u32(64);
}
if l_9 {
let l_110 = l_4 * l_2;
let l_111 = l_110 + l_5;
let l_112 = l_111 * l_3;
let l_113 = l_112 + local_idx;
let l_114 = l_mut_50 * info.scalars_f32[0];
let l_178 = info.static_meta[u32(7)];
let l_179 = l_178 * u32(1);
let l_180 = l_113 < l_179;
if l_180 {
buffer_7_global[l_113] = l_114;
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

var<workgroup> shared_memory_10: array<f32, 256>;

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
var l_mut_41: f32;
var l_mut_42: f32;
var l_mut_47: u32;
var l_mut_53: f32;
var l_mut_54: f32;
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
let l_11 = select(u32(0), local_idx, l_9);
let l_12 = info.dynamic_meta[info.static_meta[u32(29)] + u32(0)];
let l_13 = l_6 * l_12;
let l_14 = info.dynamic_meta[info.static_meta[u32(29)] + u32(1)];
let l_15 = l_7 * l_14;
let l_16 = l_13 + l_15;
let l_17 = info.dynamic_meta[info.static_meta[u32(29)] + u32(2)];
let l_18 = l_11 * l_17;
let l_19 = l_16 + l_18;
let l_140 = info.static_meta[u32(1)];
let l_141 = l_140 * u32(1);
let l_142 = l_19 < l_141;
let l_143 = l_141 - u32(1);
let l_144 = min(l_19, l_143);
let l_145 = buffer_1_global[l_144];
let l_146 = select(f32(0.0), l_145, l_142);
let l_20 = l_146;
let l_21 = select(f32(0.0), l_20, l_9);
shared_memory_10[local_idx] = l_21;
let l_22 = u32(64) + local_idx;
let l_23 = select(u32(0), local_idx, l_9);
let l_24 = info.dynamic_meta[info.static_meta[u32(30)] + u32(0)];
let l_25 = l_6 * l_24;
let l_26 = info.dynamic_meta[info.static_meta[u32(30)] + u32(1)];
let l_27 = l_7 * l_26;
let l_28 = l_25 + l_27;
let l_29 = info.dynamic_meta[info.static_meta[u32(30)] + u32(2)];
let l_30 = l_23 * l_29;
let l_31 = l_28 + l_30;
let l_147 = info.static_meta[u32(2)];
let l_148 = l_147 * u32(1);
let l_149 = l_31 < l_148;
let l_150 = l_148 - u32(1);
let l_151 = min(l_31, l_150);
let l_152 = buffer_2_global[l_151];
let l_153 = select(f32(0.0), l_152, l_149);
let l_32 = l_153;
let l_33 = select(f32(0.0), l_32, l_9);
shared_memory_10[l_22] = l_33;
workgroupBarrier();
let l_34 = u32(2) * l_6;
let l_154 = info.static_meta[u32(6)];
let l_155 = l_154 * u32(1);
let l_156 = l_34 < l_155;
let l_157 = l_155 - u32(1);
let l_158 = min(l_34, l_157);
let l_159 = buffer_6_global[l_158];
let l_160 = select(i32(0), l_159, l_156);
let l_35 = l_160;
let l_36 = u32(l_35);
let l_37 = u32(2) * l_6;
let l_38 = l_37 + u32(1);
let l_161 = info.static_meta[u32(6)];
let l_162 = l_161 * u32(1);
let l_163 = l_38 < l_162;
let l_164 = l_162 - u32(1);
let l_165 = min(l_38, l_164);
let l_166 = buffer_6_global[l_165];
let l_167 = select(i32(0), l_166, l_163);
let l_39 = l_167;
let l_40 = u32(l_39);
l_mut_41 = f32(0.0);
l_mut_42 = f32(0.0);
let l_43 = l_7 * l_8;
let l_44 = l_7 + u32(1);
let l_45 = l_44 * l_8;

for (var l_mut_46: u32 = l_43; l_mut_46 < l_45; l_mut_46++) {
l_mut_47 = l_36;
loop {
let l_48 = l_mut_47 < l_40;
let l_49 = !l_48;
if l_49 {
break;
}
let l_50 = l_mut_47 + local_idx;
let l_51 = l_50 < l_40;
let l_52 = select(l_36, l_50, l_51);
l_mut_53 = f32(0.0);
l_mut_54 = f32(0.0);

for (var l_mut_55: u32 = u32(0); l_mut_55 < l_3; l_mut_55++) {
let l_56 = shared_memory_10[l_mut_55];
let l_57 = info.dynamic_meta[info.static_meta[u32(28)] + u32(0)];
let l_58 = l_52 * l_57;
let l_59 = info.dynamic_meta[info.static_meta[u32(28)] + u32(1)];
let l_60 = l_mut_46 * l_59;
let l_61 = l_58 + l_60;
let l_62 = info.dynamic_meta[info.static_meta[u32(28)] + u32(2)];
let l_63 = l_mut_55 * l_62;
let l_64 = l_61 + l_63;
let l_182 = info.static_meta[u32(0)];
let l_183 = l_182 * u32(1);
let l_184 = l_64 < l_183;
let l_185 = l_183 - u32(1);
let l_186 = min(l_64, l_185);
let l_187 = buffer_0_global[l_186];
let l_188 = select(f32(0.0), l_187, l_184);
let l_65 = l_188;
let l_66 = l_56 * l_65;
l_mut_53 = l_mut_53 + l_66;
let l_67 = u32(64) + l_mut_55;
let l_68 = shared_memory_10[l_67];
let l_69 = info.dynamic_meta[info.static_meta[u32(31)] + u32(0)];
let l_70 = l_52 * l_69;
let l_71 = info.dynamic_meta[info.static_meta[u32(31)] + u32(1)];
let l_72 = l_mut_46 * l_71;
let l_73 = l_70 + l_72;
let l_74 = info.dynamic_meta[info.static_meta[u32(31)] + u32(2)];
let l_75 = l_mut_55 * l_74;
let l_76 = l_73 + l_75;
let l_189 = info.static_meta[u32(3)];
let l_190 = l_189 * u32(1);
let l_191 = l_76 < l_190;
let l_192 = l_190 - u32(1);
let l_193 = min(l_76, l_192);
let l_194 = buffer_3_global[l_193];
let l_195 = select(f32(0.0), l_194, l_191);
let l_77 = l_195;
let l_78 = l_68 * l_77;
l_mut_54 = l_mut_54 + l_78;
}
let l_79 = l_mut_53 * info.scalars_f32[0];
let l_80 = info.dynamic_meta[info.static_meta[u32(32)] + u32(0)];
let l_81 = l_mut_46 * l_80;
let l_82 = info.dynamic_meta[info.static_meta[u32(32)] + u32(1)];
let l_83 = l_52 * l_82;
let l_84 = l_81 + l_83;
let l_168 = info.static_meta[u32(4)];
let l_169 = l_168 * u32(1);
let l_170 = l_84 < l_169;
let l_171 = l_169 - u32(1);
let l_172 = min(l_84, l_171);
let l_173 = buffer_4_global[l_172];
let l_174 = select(f32(0.0), l_173, l_170);
let l_85 = l_174;
let l_86 = l_85 > f32(-3.4028234663852886e38);
let l_87 = l_79 - l_85;
let l_88 = exp(l_87);
let l_89 = select(f32(0.0), l_88, l_86);
let l_90 = u32(128) + local_idx;
let l_91 = select(f32(0.0), l_89, l_51);
shared_memory_10[l_90] = l_91;
let l_92 = u32(192) + local_idx;
let l_93 = l_mut_46 * l_4;
let l_94 = l_93 + l_52;
let l_175 = info.static_meta[u32(5)];
let l_176 = l_175 * u32(1);
let l_177 = l_94 < l_176;
let l_178 = l_176 - u32(1);
let l_179 = min(l_94, l_178);
let l_180 = buffer_5_global[l_179];
let l_181 = select(f32(0.0), l_180, l_177);
let l_95 = l_181;
let l_96 = l_mut_54 - l_95;
let l_97 = l_89 * l_96;
let l_98 = select(f32(0.0), l_97, l_51);
shared_memory_10[l_92] = l_98;
workgroupBarrier();
let l_99 = l_40 - l_mut_47;
let l_100 = min(u32(64), l_99);

for (var l_mut_101: u32 = u32(0); l_mut_101 < l_100; l_mut_101++) {
let l_102 = u32(128) + l_mut_101;
let l_103 = shared_memory_10[l_102];
let l_104 = l_mut_47 + l_mut_101;
let l_105 = select(u32(0), local_idx, l_9);
let l_106 = info.dynamic_meta[info.static_meta[u32(31)] + u32(0)];
let l_107 = l_104 * l_106;
let l_108 = info.dynamic_meta[info.static_meta[u32(31)] + u32(1)];
let l_109 = l_mut_46 * l_108;
let l_110 = l_107 + l_109;
let l_111 = info.dynamic_meta[info.static_meta[u32(31)] + u32(2)];
let l_112 = l_105 * l_111;
let l_113 = l_110 + l_112;
let l_196 = info.static_meta[u32(3)];
let l_197 = l_196 * u32(1);
let l_198 = l_113 < l_197;
let l_199 = l_197 - u32(1);
let l_200 = min(l_113, l_199);
let l_201 = buffer_3_global[l_200];
let l_202 = select(f32(0.0), l_201, l_198);
let l_114 = l_202;
let l_115 = select(f32(0.0), l_114, l_9);
let l_116 = l_103 * l_115;
l_mut_42 = l_mut_42 + l_116;
let l_117 = u32(192) + l_mut_101;
let l_118 = shared_memory_10[l_117];
let l_119 = l_mut_47 + l_mut_101;
let l_120 = select(u32(0), local_idx, l_9);
let l_121 = info.dynamic_meta[info.static_meta[u32(28)] + u32(0)];
let l_122 = l_119 * l_121;
let l_123 = info.dynamic_meta[info.static_meta[u32(28)] + u32(1)];
let l_124 = l_mut_46 * l_123;
let l_125 = l_122 + l_124;
let l_126 = info.dynamic_meta[info.static_meta[u32(28)] + u32(2)];
let l_127 = l_120 * l_126;
let l_128 = l_125 + l_127;
let l_203 = info.static_meta[u32(0)];
let l_204 = l_203 * u32(1);
let l_205 = l_128 < l_204;
let l_206 = l_204 - u32(1);
let l_207 = min(l_128, l_206);
let l_208 = buffer_0_global[l_207];
let l_209 = select(f32(0.0), l_208, l_205);
let l_129 = l_209;
let l_130 = select(f32(0.0), l_129, l_9);
let l_131 = l_118 * l_130;
l_mut_41 = l_mut_41 + l_131;
}
workgroupBarrier();
l_mut_47 = l_mut_47 + u32(64);
}
}
if l_9 {
let l_132 = l_6 * l_2;
let l_133 = l_132 + l_7;
let l_134 = l_133 * l_3;
let l_135 = l_134 + local_idx;
let l_136 = l_mut_41 * info.scalars_f32[0];
let l_210 = info.static_meta[u32(7)];
let l_211 = l_210 * u32(1);
let l_212 = l_135 < l_211;
if l_212 {
buffer_7_global[l_135] = l_136;
}
let l_137 = l_1 * l_2;
let l_138 = l_137 * l_3;
let l_139 = l_138 + l_135;
let l_213 = info.static_meta[u32(7)];
let l_214 = l_213 * u32(1);
let l_215 = l_139 < l_214;
if l_215 {
buffer_7_global[l_139] = l_mut_42;
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
