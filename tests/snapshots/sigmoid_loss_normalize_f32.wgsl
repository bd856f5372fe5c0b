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
// ==== launch 0: chunk_tiles_x_f32_y_f32 (sigmoid_loss), cube_dim 256x1x1
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
var<storage, read_write> buffer_6_global: array<f32>;

struct info_st {
   scalars_f32: array<f32, 4>,
   scalars_u32: array<u32, 6>,
   static_meta: array<u32, 20>,
   dynamic_meta: array<u32>,
}

@group(0)
@binding(7)
var<storage, read> info: info_st;

var<workgroup> shared_memory_10: array<vec4<f32>, 1024>;

const WORKGROUP_SIZE_X = 256u;
const WORKGROUP_SIZE_Y = 1u;
const WORKGROUP_SIZE_Z = 1u;

@compute
@workgroup_size(256, 1, 1)
fn chunk_tiles_x_f32_y_f32(
    @builtin(local_invocation_index) local_idx: u32,
    @builtin(num_workgroups) num_workgroups: vec3<u32>,
    @builtin(workgroup_id) workgroup_id: vec3<u32>,
) {
var a_13: array<f32, 4>;

var a_14: array<f32, 4>;

var a_15: array<f32, 4>;

var a_12: array<f32, 16>;

var a_30: array<vec4<f32>, 1>;

var a_31: array<vec4<f32>, 1>;

var a_176: array<vec4<f32>, 1>;

let workgroup_id_no_axis = (u32(num_workgroups.y) * u32(num_workgroups.x) * u32(workgroup_id.z)) + (u32(num_workgroups.x) * u32(workgroup_id.y)) + u32(workgroup_id.x);
var l_mut_101: u32;
var l_mut_102: u32;
var l_mut_1435: f32;
var l_mut_17: u32;
var l_mut_317: f32;
var l_mut_32: u32;
var l_mut_38: u32;
var l_mut_39: u32;
var l_mut_43: vec4<f32>;
var l_mut_44: vec4<f32>;
var l_mut_48: f32;
let l_0 = info.dynamic_meta[info.static_meta[u32(16)] + u32(0)];
let l_1 = info.dynamic_meta[info.static_meta[u32(17)] + u32(0)];
let l_2 = info.dynamic_meta[info.static_meta[u32(16)] + u32(1)];
let l_3 = workgroup_id_no_axis % info.scalars_u32[4];
let l_4 = workgroup_id_no_axis / info.scalars_u32[4];
let l_5 = l_4 * u32(64);
let l_6 = info.scalars_u32[2] + l_5;
let l_7 = info.scalars_u32[2] + info.scalars_u32[3];
let l_8 = local_idx / u32(16);
let l_9 = local_idx % u32(16);
let l_11 = l_6 < l_7;
if l_11 {
a_13[u32(0)] = f32(0.0);
a_14[u32(0)] = f32(0.0);
a_15[u32(0)] = f32(0.0);
a_13[u32(1)] = f32(0.0);
a_14[u32(1)] = f32(0.0);
a_15[u32(1)] = f32(0.0);
a_13[u32(2)] = f32(0.0);
a_14[u32(2)] = f32(0.0);
a_15[u32(2)] = f32(0.0);
a_13[u32(3)] = f32(0.0);
a_14[u32(3)] = f32(0.0);
a_15[u32(3)] = f32(0.0);
let l_16 = l_3 * u32(64);
l_mut_17 = l_16;
loop {
let l_18 = l_mut_17 < l_1;
let l_19 = !l_18;
if l_19 {
break;
}
let l_20 = info.dynamic_meta[info.static_meta[u32(18)] + u32(0)];
let l_21 = info.dynamic_meta[info.static_meta[u32(18)] + u32(1)];
let l_22 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_23 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_24 = info.dynamic_meta[info.static_meta[u32(18)] + u32(1)];
let l_25 = l_24 == u32(1);
let l_26 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_27 = l_26 == u32(1);
let l_28 = local_idx / u32(16);
let l_29 = local_idx % u32(16);
a_12[u32(0)] = f32(0.0);
a_12[u32(1)] = f32(0.0);
a_12[u32(2)] = f32(0.0);
a_12[u32(3)] = f32(0.0);
a_12[u32(4)] = f32(0.0);
a_12[u32(5)] = f32(0.0);
a_12[u32(6)] = f32(0.0);
a_12[u32(7)] = f32(0.0);
a_12[u32(8)] = f32(0.0);
a_12[u32(9)] = f32(0.0);
a_12[u32(10)] = f32(0.0);
a_12[u32(11)] = f32(0.0);
a_12[u32(12)] = f32(0.0);
a_12[u32(13)] = f32(0.0);
a_12[u32(14)] = f32(0.0);
a_12[u32(15)] = f32(0.0);
l_mut_32 = u32(0);
loop {
let l_33 = l_mut_32 < l_2;
let l_34 = !l_33;
if l_34 {
break;
}
let l_35 = local_idx + u32(0);
if l_25 {
let l_36 = l_35 / u32(16);
let l_37 = l_35 % u32(16);
l_mut_38 = l_36;
l_mut_39 = l_37;
} else {
let l_40 = l_35 % u32(16);
let l_41 = l_35 / u32(16);
l_mut_38 = l_40;
l_mut_39 = l_41;
}
let l_42 = vec4<f32>(f32(0.0));
l_mut_43 = l_42;
l_mut_44 = l_mut_43;
let l_45 = l_mut_38 * u32(4);
let l_46 = l_6 + l_45;
let l_47 = l_46 + u32(0);
l_mut_48 = f32(0.0);
let l_49 = l_47 < l_0;
let l_50 = l_mut_32 + l_mut_39;
let l_51 = l_50 < l_2;
let l_52 = l_49 && l_51;
if l_52 {
let l_53 = l_47 * l_20;
let l_54 = u32(0) + l_53;
let l_55 = l_mut_32 + l_mut_39;
let l_56 = l_55 * l_21;
let l_57 = l_54 + l_56;
let l_1449 = info.static_meta[u32(0)];
let l_1450 = l_1449 * u32(1);
let l_1451 = l_57 < l_1450;
let l_1452 = l_1450 - u32(1);
let l_1453 = min(l_57, l_1452);
let l_1454 = buffer_0_global[l_1453];
let l_1455 = select(f32(0.0), l_1454, l_1451);
let l_58 = l_1455;
l_mut_48 = l_58;
}
l_mut_44[u32(0)] = l_mut_48;
let l_59 = l_mut_38 * u32(4);
let l_60 = l_6 + l_59;
let l_61 = l_60 + u32(1);
l_mut_48 = f32(0.0);
let l_62 = l_61 < l_0;
let l_63 = l_mut_32 + l_mut_39;
let l_64 = l_63 < l_2;
let l_65 = l_62 && l_64;
if l_65 {
let l_66 = l_61 * l_20;
let l_67 = u32(0) + l_66;
let l_68 = l_mut_32 + l_mut_39;
let l_69 = l_68 * l_21;
let l_70 = l_67 + l_69;
let l_1456 = info.static_meta[u32(0)];
let l_1457 = l_1456 * u32(1);
let l_1458 = l_70 < l_1457;
let l_1459 = l_1457 - u32(1);
let l_1460 = min(l_70, l_1459);
let l_1461 = buffer_0_global[l_1460];
let l_1462 = select(f32(0.0), l_1461, l_1458);
let l_71 = l_1462;
l_mut_48 = l_71;
}
l_mut_44[u32(1)] = l_mut_48;
let l_72 = l_mut_38 * u32(4);
let l_73 = l_6 + l_72;
let l_74 = l_73 + u32(2);
l_mut_48 = f32(0.0);
let l_75 = l_74 < l_0;
let l_76 = l_mut_32 + l_mut_39;
let l_77 = l_76 < l_2;
let l_78 = l_75 && l_77;
if l_78 {
let l_79 = l_74 * l_20;
let l_80 = u32(0) + l_79;
let l_81 = l_mut_32 + l_mut_39;
let l_82 = l_81 * l_21;
let l_83 = l_80 + l_82;
let l_1463 = info.static_meta[u32(0)];
let l_1464 = l_1463 * u32(1);
let l_1465 = l_83 < l_1464;
let l_1466 = l_1464 - u32(1);
let l_1467 = min(l_83, l_1466);
let l_1468 = buffer_0_global[l_1467];
let l_1469 = select(f32(0.0), l_1468, l_1465);
let l_84 = l_1469;
l_mut_48 = l_84;
}
l_mut_44[u32(2)] = l_mut_48;
let l_85 = l_mut_38 * u32(4);
let l_86 = l_6 + l_85;
let l_87 = l_86 + u32(3);
l_mut_48 = f32(0.0);
let l_88 = l_87 < l_0;
let l_89 = l_mut_32 + l_mut_39;
let l_90 = l_89 < l_2;
let l_91 = l_88 && l_90;
if l_91 {
let l_92 = l_87 * l_20;
let l_93 = u32(0) + l_92;
let l_94 = l_mut_32 + l_mut_39;
let l_95 = l_94 * l_21;
let l_96 = l_93 + l_95;
let l_1470 = info.static_meta[u32(0)];
let l_1471 = l_1470 * u32(1);
let l_1472 = l_96 < l_1471;
let l_1473 = l_1471 - u32(1);
let l_1474 = min(l_96, l_1473);
let l_1475 = buffer_0_global[l_1474];
let l_1476 = select(f32(0.0), l_1475, l_1472);
let l_97 = l_1476;
l_mut_48 = l_97;
}
l_mut_44[u32(3)] = l_mut_48;
a_30[u32(0)] = l_mut_44;
let l_98 = local_idx + u32(0);
if l_27 {
let l_99 = l_98 / u32(16);
let l_100 = l_98 % u32(16);
l_mut_101 = l_99;
l_mut_102 = l_100;
} else {
let l_103 = l_98 % u32(16);
let l_104 = l_98 / u32(16);
l_mut_101 = l_103;
l_mut_102 = l_104;
}
let l_105 = vec4<f32>(f32(0.0));
l_mut_44 = l_105;
l_mut_43 = l_mut_44;
let l_106 = l_mut_101 * u32(4);
let l_107 = l_mut_17 + l_106;
let l_108 = l_107 + u32(0);
l_mut_48 = f32(0.0);
let l_109 = l_108 < l_1;
let l_110 = l_mut_32 + l_mut_102;
let l_111 = l_110 < l_2;
let l_112 = l_109 && l_111;
if l_112 {
let l_113 = l_mut_32 + l_mut_102;
let l_114 = l_113 * l_22;
let l_115 = u32(0) + l_114;
let l_116 = l_108 * l_23;
let l_117 = l_115 + l_116;
let l_1477 = info.static_meta[u32(1)];
let l_1478 = l_1477 * u32(1);
let l_1479 = l_117 < l_1478;
let l_1480 = l_1478 - u32(1);
let l_1481 = min(l_117, l_1480);
let l_1482 = buffer_1_global[l_1481];
let l_1483 = select(f32(0.0), l_1482, l_1479);
let l_118 = l_1483;
l_mut_48 = l_118;
}
l_mut_43[u32(0)] = l_mut_48;
let l_119 = l_mut_101 * u32(4);
let l_120 = l_mut_17 + l_119;
let l_121 = l_120 + u32(1);
l_mut_48 = f32(0.0);
let l_122 = l_121 < l_1;
let l_123 = l_mut_32 + l_mut_102;
let l_124 = l_123 < l_2;
let l_125 = l_122 && l_124;
if l_125 {
let l_126 = l_mut_32 + l_mut_102;
let l_127 = l_126 * l_22;
let l_128 = u32(0) + l_127;
let l_129 = l_121 * l_23;
let l_130 = l_128 + l_129;
let l_1484 = info.static_meta[u32(1)];
let l_1485 = l_1484 * u32(1);
let l_1486 = l_130 < l_1485;
let l_1487 = l_1485 - u32(1);
let l_1488 = min(l_130, l_1487);
let l_1489 = buffer_1_global[l_1488];
let l_1490 = select(f32(0.0), l_1489, l_1486);
let l_131 = l_1490;
l_mut_48 = l_131;
}
l_mut_43[u32(1)] = l_mut_48;
let l_132 = l_mut_101 * u32(4);
let l_133 = l_mut_17 + l_132;
let l_134 = l_133 + u32(2);
l_mut_48 = f32(0.0);
let l_135 = l_134 < l_1;
let l_136 = l_mut_32 + l_mut_102;
let l_137 = l_136 < l_2;
let l_138 = l_135 && l_137;
if l_138 {
let l_139 = l_mut_32 + l_mut_102;
let l_140 = l_139 * l_22;
let l_141 = u32(0) + l_140;
let l_142 = l_134 * l_23;
let l_143 = l_141 + l_142;
let l_1491 = info.static_meta[u32(1)];
let l_1492 = l_1491 * u32(1);
let l_1493 = l_143 < l_1492;
let l_1494 = l_1492 - u32(1);
let l_1495 = min(l_143, l_1494);
let l_1496 = buffer_1_global[l_1495];
let l_1497 = select(f32(0.0), l_1496, l_1493);
let l_144 = l_1497;
l_mut_48 = l_144;
}
l_mut_43[u32(2)] = l_mut_48;
let l_145 = l_mut_101 * u32(4);
let l_146 = l_mut_17 + l_145;
let l_147 = l_146 + u32(3);
l_mut_48 = f32(0.0);
let l_148 = l_147 < l_1;
let l_149 = l_mut_32 + l_mut_102;
let l_150 = l_149 < l_2;
let l_151 = l_148 && l_150;
if l_151 {
let l_152 = l_mut_32 + l_mut_102;
let l_153 = l_152 * l_22;
let l_154 = u32(0) + l_153;
let l_155 = l_147 * l_23;
let l_156 = l_154 + l_155;
let l_1498 = info.static_meta[u32(1)];
let l_1499 = l_1498 * u32(1);
let l_1500 = l_156 < l_1499;
let l_1501 = l_1499 - u32(1);
let l_1502 = min(l_156, l_1501);
let l_1503 = buffer_1_global[l_1502];
let l_1504 = select(f32(0.0), l_1503, l_1500);
let l_157 = l_1504;
l_mut_48 = l_157;
}
l_mut_43[u32(3)] = l_mut_48;
a_31[u32(0)] = l_mut_43;
let l_158 = local_idx + u32(0);
if l_25 {
let l_159 = l_158 / u32(16);
let l_160 = l_158 % u32(16);
l_mut_102 = l_159;
l_mut_101 = l_160;
} else {
let l_161 = l_158 % u32(16);
let l_162 = l_158 / u32(16);
l_mut_102 = l_161;
l_mut_101 = l_162;
}
let l_163 = l_mut_101 * u32(17);
let l_164 = l_163 + l_mut_102;
let l_165 = a_30[u32(0)];
shared_memory_10[l_164] = l_165;
let l_166 = local_idx + u32(0);
if l_27 {
let l_167 = l_166 / u32(16);
let l_168 = l_166 % u32(16);
l_mut_39 = l_167;
l_mut_38 = l_168;
} else {
let l_169 = l_166 % u32(16);
let l_170 = l_166 / u32(16);
l_mut_39 = l_169;
l_mut_38 = l_170;
}
let l_171 = l_mut_38 * u32(17);
let l_172 = u32(272) + l_171;
let l_173 = l_172 + l_mut_39;
let l_174 = a_31[u32(0)];
shared_memory_10[l_173] = l_174;
workgroupBarrier();

for (var l_mut_175: u32 = u32(0); l_mut_175 < u32(16); l_mut_175++) {
let l_177 = l_mut_175 * u32(17);
let l_178 = u32(272) + l_177;
let l_179 = l_178 + l_29;
let l_180 = l_179 + u32(0);
let l_181 = shared_memory_10[l_180];
a_176[u32(0)] = l_181;
let l_182 = l_mut_175 * u32(17);
let l_183 = l_182 + l_28;
let l_184 = l_183 + u32(0);
let l_185 = shared_memory_10[l_184];
let l_186 = l_185[u32(0)];
let l_187 = a_176[u32(0)];
let l_188 = l_187[u32(0)];
let l_189 = l_186 * l_188;
let l_190 = a_12[u32(0)];
let l_191 = l_190 + l_189;
a_12[u32(0)] = l_191;
let l_192 = l_185[u32(0)];
let l_193 = a_176[u32(0)];
let l_194 = l_193[u32(1)];
let l_195 = l_192 * l_194;
let l_196 = a_12[u32(1)];
let l_197 = l_196 + l_195;
a_12[u32(1)] = l_197;
let l_198 = l_185[u32(0)];
let l_199 = a_176[u32(0)];
let l_200 = l_199[u32(2)];
let l_201 = l_198 * l_200;
let l_202 = a_12[u32(2)];
let l_203 = l_202 + l_201;
a_12[u32(2)] = l_203;
let l_204 = l_185[u32(0)];
let l_205 = a_176[u32(0)];
let l_206 = l_205[u32(3)];
let l_207 = l_204 * l_206;
let l_208 = a_12[u32(3)];
let l_209 = l_208 + l_207;
a_12[u32(3)] = l_209;
let l_210 = l_185[u32(1)];
let l_211 = a_176[u32(0)];
let l_212 = l_211[u32(0)];
let l_213 = l_210 * l_212;
let l_214 = a_12[u32(4)];
let l_215 = l_214 + l_213;
a_12[u32(4)] = l_215;
let l_216 = l_185[u32(1)];
let l_217 = a_176[u32(0)];
let l_218 = l_217[u32(1)];
let l_219 = l_216 * l_218;
let l_220 = a_12[u32(5)];
let l_221 = l_220 + l_219;
a_12[u32(5)] = l_221;
let l_222 = l_185[u32(1)];
let l_223 = a_176[u32(0)];
let l_224 = l_223[u32(2)];
let l_225 = l_222 * l_224;
let l_226 = a_12[u32(6)];
let l_227 = l_226 + l_225;
a_12[u32(6)] = l_227;
let l_228 = l_185[u32(1)];
let l_229 = a_176[u32(0)];
let l_230 = l_229[u32(3)];
let l_231 = l_228 * l_230;
let l_232 = a_12[u32(7)];
let l_233 = l_232 + l_231;
a_12[u32(7)] = l_233;
let l_234 = l_185[u32(2)];
let l_235 = a_176[u32(0)];
let l_236 = l_235[u32(0)];
let l_237 = l_234 * l_236;
let l_238 = a_12[u32(8)];
let l_239 = l_238 + l_237;
a_12[u32(8)] = l_239;
let l_240 = l_185[u32(2)];
let l_241 = a_176[u32(0)];
let l_242 = l_241[u32(1)];
let l_243 = l_240 * l_242;
let l_244 = a_12[u32(9)];
let l_245 = l_244 + l_243;
a_12[u32(9)] = l_245;
let l_246 = l_185[u32(2)];
let l_247 = a_176[u32(0)];
let l_248 = l_247[u32(2)];
let l_249 = l_246 * l_248;
let l_250 = a_12[u32(10)];
let l_251 = l_250 + l_249;
a_12[u32(10)] = l_251;
let l_252 = l_185[u32(2)];
let l_253 = a_176[u32(0)];
let l_254 = l_253[u32(3)];
let l_255 = l_252 * l_254;
let l_256 = a_12[u32(11)];
let l_257 = l_256 + l_255;
a_12[u32(11)] = l_257;
let l_258 = l_185[u32(3)];
let l_259 = a_176[u32(0)];
let l_260 = l_259[u32(0)];
let l_261 = l_258 * l_260;
let l_262 = a_12[u32(12)];
let l_263 = l_262 + l_261;
a_12[u32(12)] = l_263;
let l_264 = l_185[u32(3)];
let l_265 = a_176[u32(0)];
let l_266 = l_265[u32(1)];
let l_267 = l_264 * l_266;
let l_268 = a_12[u32(13)];
let l_269 = l_268 + l_267;
a_12[u32(13)] = l_269;
let l_270 = l_185[u32(3)];
let l_271 = a_176[u32(0)];
let l_272 = l_271[u32(2)];
let l_273 = l_270 * l_272;
let l_274 = a_12[u32(14)];
let l_275 = l_274 + l_273;
a_12[u32(14)] = l_275;
let l_276 = l_185[u32(3)];
let l_277 = a_176[u32(0)];
let l_278 = l_277[u32(3)];
let l_279 = l_276 * l_278;
let l_280 = a_12[u32(15)];
let l_281 = l_280 + l_279;
a_12[u32(15)] = l_281;
}
workgroupBarrier();
l_mut_32 = l_mut_32 + u32(16);
}
let l_282 = u32(0) / u32(4);
let l_283 = u32(16) * l_282;
let l_284 = l_8 + l_283;
let l_285 = l_284 * u32(4);
let l_286 = u32(0) % u32(4);
let l_287 = l_285 + l_286;
let l_288 = l_6 + l_287;
let l_289 = u32(0) / u32(4);
let l_290 = u32(16) * l_289;
let l_291 = l_9 + l_290;
let l_292 = l_291 * u32(4);
let l_293 = u32(0) % u32(4);
let l_294 = l_292 + l_293;
let l_295 = l_mut_17 + l_294;
let l_296 = l_288 < l_7;
let l_297 = l_295 < l_1;
let l_298 = l_296 && l_297;
if l_298 {
let l_299 = a_12[u32(0)];
let l_300 = info.scalars_f32[0] * l_299;
l_mut_48 = l_300;
let l_1505 = info.static_meta[u32(2)];
let l_1506 = l_1505 * u32(1);
let l_1507 = l_288 < l_1506;
let l_1508 = l_1506 - u32(1);
let l_1509 = min(l_288, l_1508);
let l_1510 = buffer_2_global[l_1509];
let l_1511 = select(f32(0.0), l_1510, l_1507);
let l_301 = l_1511;
let l_1512 = info.static_meta[u32(3)];
let l_1513 = l_1512 * u32(1);
let l_1514 = l_295 < l_1513;
let l_1515 = l_1513 - u32(1);
let l_1516 = min(l_295, l_1515);
let l_1517 = buffer_3_global[l_1516];
let l_1518 = select(f32(0.0), l_1517, l_1514);
let l_302 = l_1518;
let l_303 = l_301 * l_302;
l_mut_48 = l_mut_48 / l_303;
let l_304 = l_288 + info.scalars_u32[0];
let l_305 = l_295 + info.scalars_u32[1];
let l_306 = l_304 == l_305;
let l_307 = select(f32(-1.0), f32(1.0), l_306);
let l_308 = l_mut_48 + info.scalars_f32[1];
let l_309 = l_307 * l_308;
let l_310 = min(l_309, f32(0.0));
let l_311 = abs(l_309);
let l_312 = -l_311;
let l_313 = exp(l_312);
let l_314 = f32(2.0) + l_313;
let l_315 = l_313 / l_314;
let l_316 = l_315 * l_315;
l_mut_317 = f32(0.05882352963089943);
let l_318 = l_316 * l_mut_317;
let l_319 = f32(0.06666667014360428) + l_318;
l_mut_317 = l_319;
let l_320 = l_316 * l_mut_317;
let l_321 = f32(0.07692307978868484) + l_320;
l_mut_317 = l_321;
let l_322 = l_316 * l_mut_317;
let l_323 = f32(0.09090909361839294) + l_322;
l_mut_317 = l_323;
let l_324 = l_316 * l_mut_317;
let l_325 = f32(0.1111111119389534) + l_324;
l_mut_317 = l_325;
let l_326 = l_316 * l_mut_317;
let l_327 = f32(0.1428571492433548) + l_326;
l_mut_317 = l_327;
let l_328 = l_316 * l_mut_317;
let l_329 = f32(0.20000000298023224) + l_328;
l_mut_317 = l_329;
let l_330 = l_316 * l_mut_317;
let l_331 = f32(0.3333333432674408) + l_330;
l_mut_317 = l_331;
let l_332 = l_316 * l_mut_317;
let l_333 = f32(1.0) + l_332;
l_mut_317 = l_333;
let l_334 = f32(2.0) * l_315;
let l_335 = l_334 * l_mut_317;
let l_336 = l_310 - l_335;
let l_337 = a_13[u32(0)];
let l_338 = l_337 + l_336;
a_13[u32(0)] = l_338;
let l_339 = -info.scalars_f32[3];
let l_340 = l_339 * l_307;
let l_341 = l_307 * l_308;
let l_342 = exp(l_341);
let l_343 = f32(1.0) + l_342;
let l_344 = l_340 / l_343;
let l_345 = l_344 * l_mut_48;
let l_346 = a_14[u32(0)];
let l_347 = l_346 + l_345;
a_14[u32(0)] = l_347;
let l_348 = a_15[u32(0)];
let l_349 = l_348 + l_344;
a_15[u32(0)] = l_349;
let l_350 = info.scalars_f32[0] * l_344;
l_mut_317 = l_350;
let l_1519 = info.static_meta[u32(2)];
let l_1520 = l_1519 * u32(1);
let l_1521 = l_288 < l_1520;
let l_1522 = l_1520 - u32(1);
let l_1523 = min(l_288, l_1522);
let l_1524 = buffer_2_global[l_1523];
let l_1525 = select(f32(0.0), l_1524, l_1521);
let l_351 = l_1525;
let l_1526 = info.static_meta[u32(3)];
let l_1527 = l_1526 * u32(1);
let l_1528 = l_295 < l_1527;
let l_1529 = l_1527 - u32(1);
let l_1530 = min(l_295, l_1529);
let l_1531 = buffer_3_global[l_1530];
let l_1532 = select(f32(0.0), l_1531, l_1528);
let l_352 = l_1532;
let l_353 = l_351 * l_352;
l_mut_317 = l_mut_317 / l_353;
let l_354 = l_288 - info.scalars_u32[2];
let l_355 = l_354 * l_1;
let l_356 = l_355 + l_295;
let l_1533 = info.static_meta[u32(4)];
let l_1534 = l_1533 * u32(1);
let l_1535 = l_356 < l_1534;
if l_1535 {
buffer_4_global[l_356] = l_mut_317;
}
}
let l_357 = u32(1) / u32(4);
let l_358 = u32(16) * l_357;
let l_359 = l_9 + l_358;
let l_360 = l_359 * u32(4);
let l_361 = u32(1) % u32(4);
let l_362 = l_360 + l_361;
let l_363 = l_mut_17 + l_362;
let l_364 = l_288 < l_7;
let l_365 = l_363 < l_1;
let l_366 = l_364 && l_365;
if l_366 {
let l_367 = a_12[u32(1)];
let l_368 = info.scalars_f32[0] * l_367;
l_mut_317 = l_368;
let l_1536 = info.static_meta[u32(2)];
let l_1537 = l_1536 * u32(1);
let l_1538 = l_288 < l_1537;
let l_1539 = l_1537 - u32(1);
let l_1540 = min(l_288, l_1539);
let l_1541 = buffer_2_global[l_1540];
let l_1542 = select(f32(0.0), l_1541, l_1538);
let l_369 = l_1542;
let l_1543 = info.static_meta[u32(3)];
let l_1544 = l_1543 * u32(1);
let l_1545 = l_363 < l_1544;
let l_1546 = l_1544 - u32(1);
let l_1547 = min(l_363, l_1546);
let l_1548 = buffer_3_global[l_1547];
let l_1549 = select(f32(0.0), l_1548, l_1545);
let l_370 = l_1549;
let l_371 = l_369 * l_370;
l_mut_317 = l_mut_317 / l_371;
let l_372 = l_288 + info.scalars_u32[0];
let l_373 = l_363 + info.scalars_u32[1];
let l_374 = l_372 == l_373;
let l_375 = select(f32(-1.0), f32(1.0), l_374);
let l_376 = l_mut_317 + info.scalars_f32[1];
let l_377 = l_375 * l_376;
let l_378 = min(l_377, f32(0.0));
let l_379 = abs(l_377);
let l_380 = -l_379;
let l_381 = exp(l_380);
let l_382 = f32(2.0) + l_381;
let l_383 = l_381 / l_382;
let l_384 = l_383 * l_383;
l_mut_48 = f32(0.05882352963089943);
let l_385 = l_384 * l_mut_48;
let l_386 = f32(0.06666667014360428) + l_385;
l_mut_48 = l_386;
let l_387 = l_384 * l_mut_48;
let l_388 = f32(0.07692307978868484) + l_387;
l_mut_48 = l_388;
let l_389 = l_384 * l_mut_48;
let l_390 = f32(0.09090909361839294) + l_389;
l_mut_48 = l_390;
let l_391 = l_384 * l_mut_48;
let l_392 = f32(0.1111111119389534) + l_391;
l_mut_48 = l_392;
let l_393 = l_384 * l_mut_48;
let l_394 = f32(0.1428571492433548) + l_393;
l_mut_48 = l_394;
let l_395 = l_384 * l_mut_48;
let l_396 = f32(0.20000000298023224) + l_395;
l_mut_48 = l_396;
let l_397 = l_384 * l_mut_48;
let l_398 = f32(0.3333333432674408) + l_397;
l_mut_48 = l_398;
let l_399 = l_384 * l_mut_48;
let l_400 = f32(1.0) + l_399;
l_mut_48 = l_400;
let l_401 = f32(2.0) * l_383;
let l_402 = l_401 * l_mut_48;
let l_403 = l_378 - l_402;
let l_404 = a_13[u32(0)];
let l_405 = l_404 + l_403;
a_13[u32(0)] = l_405;
let l_406 = -info.scalars_f32[3];
let l_407 = l_406 * l_375;
let l_408 = l_375 * l_376;
let l_409 = exp(l_408);
let l_410 = f32(1.0) + l_409;
let l_411 = l_407 / l_410;
let l_412 = l_411 * l_mut_317;
let l_413 = a_14[u32(0)];
let l_414 = l_413 + l_412;
a_14[u32(0)] = l_414;
let l_415 = a_15[u32(0)];
let l_416 = l_415 + l_411;
a_15[u32(0)] = l_416;
let l_417 = info.scalars_f32[0] * l_411;
l_mut_317 = l_417;
let l_1550 = info.static_meta[u32(2)];
let l_1551 = l_1550 * u32(1);
let l_1552 = l_288 < l_1551;
let l_1553 = l_1551 - u32(1);
let l_1554 = min(l_288, l_1553);
let l_1555 = buffer_2_global[l_1554];
let l_1556 = select(f32(0.0), l_1555, l_1552);
let l_418 = l_1556;
let l_1557 = info.static_meta[u32(3)];
let l_1558 = l_1557 * u32(1);
let l_1559 = l_363 < l_1558;
let l_1560 = l_1558 - u32(1);
let l_1561 = min(l_363, l_1560);
let l_1562 = buffer_3_global[l_1561];
let l_1563 = select(f32(0.0), l_1562, l_1559);
let l_419 = l_1563;
let l_420 = l_418 * l_419;
l_mut_317 = l_mut_317 / l_420;
let l_421 = l_288 - info.scalars_u32[2];
let l_422 = l_421 * l_1;
let l_423 = l_422 + l_363;
let l_1564 = info.static_meta[u32(4)];
let l_1565 = l_1564 * u32(1);
let l_1566 = l_423 < l_1565;
if l_1566 {
buffer_4_global[l_423] = l_mut_317;
}
}
let l_424 = u32(2) / u32(4);
let l_425 = u32(16) * l_424;
let l_426 = l_9 + l_425;
let l_427 = l_426 * u32(4);
let l_428 = u32(2) % u32(4);
let l_429 = l_427 + l_428;
let l_430 = l_mut_17 + l_429;
let l_431 = l_288 < l_7;
let l_432 = l_430 < l_1;
let l_433 = l_431 && l_432;
if l_433 {
let l_434 = a_12[u32(2)];
let l_435 = info.scalars_f32[0] * l_434;
l_mut_317 = l_435;
let l_1567 = info.static_meta[u32(2)];
let l_1568 = l_1567 * u32(1);
let l_1569 = l_288 < l_1568;
let l_1570 = l_1568 - u32(1);
let l_1571 = min(l_288, l_1570);
let l_1572 = buffer_2_global[l_1571];
let l_1573 = select(f32(0.0), l_1572, l_1569);
let l_436 = l_1573;
let l_1574 = info.static_meta[u32(3)];
let l_1575 = l_1574 * u32(1);
let l_1576 = l_430 < l_1575;
let l_1577 = l_1575 - u32(1);
let l_1578 = min(l_430, l_1577);
let l_1579 = buffer_3_global[l_1578];
let l_1580 = select(f32(0.0), l_1579, l_1576);
let l_437 = l_1580;
let l_438 = l_436 * l_437;
l_mut_317 = l_mut_317 / l_438;
let l_439 = l_288 + info.scalars_u32[0];
let l_440 = l_430 + info.scalars_u32[1];
let l_441 = l_439 == l_440;
let l_442 = select(f32(-1.0), f32(1.0), l_441);
let l_443 = l_mut_317 + info.scalars_f32[1];
let l_444 = l_442 * l_443;
let l_445 = min(l_444, f32(0.0));
let l_446 = abs(l_444);
let l_447 = -l_446;
let l_448 = exp(l_447);
let l_449 = f32(2.0) + l_448;
let l_450 = l_448 / l_449;
let l_451 = l_450 * l_450;
l_mut_48 = f32(0.05882352963089943);
let l_452 = l_451 * l_mut_48;
let l_453 = f32(0.06666667014360428) + l_452;
l_mut_48 = l_453;
let l_454 = l_451 * l_mut_48;
let l_455 = f32(0.07692307978868484) + l_454;
l_mut_48 = l_455;
let l_456 = l_451 * l_mut_48;
let l_457 = f32(0.09090909361839294) + l_456;
l_mut_48 = l_457;
let l_458 = l_451 * l_mut_48;
let l_459 = f32(0.1111111119389534) + l_458;
l_mut_48 = l_459;
let l_460 = l_451 * l_mut_48;
let l_461 = f32(0.1428571492433548) + l_460;
l_mut_48 = l_461;
let l_462 = l_451 * l_mut_48;
let l_463 = f32(0.20000000298023224) + l_462;
l_mut_48 = l_463;
let l_464 = l_451 * l_mut_48;
let l_465 = f32(0.3333333432674408) + l_464;
l_mut_48 = l_465;
let l_466 = l_451 * l_mut_48;
let l_467 = f32(1.0) + l_466;
l_mut_48 = l_467;
let l_468 = f32(2.0) * l_450;
let l_469 = l_468 * l_mut_48;
let l_470 = l_445 - l_469;
let l_471 = a_13[u32(0)];
let l_472 = l_471 + l_470;
a_13[u32(0)] = l_472;
let l_473 = -info.scalars_f32[3];
let l_474 = l_473 * l_442;
let l_475 = l_442 * l_443;
let l_476 = exp(l_475);
let l_477 = f32(1.0) + l_476;
let l_478 = l_474 / l_477;
let l_479 = l_478 * l_mut_317;
let l_480 = a_14[u32(0)];
let l_481 = l_480 + l_479;
a_14[u32(0)] = l_481;
let l_482 = a_15[u32(0)];
let l_483 = l_482 + l_478;
a_15[u32(0)] = l_483;
let l_484 = info.scalars_f32[0] * l_478;
l_mut_317 = l_484;
let l_1581 = info.static_meta[u32(2)];
let l_1582 = l_1581 * u32(1);
let l_1583 = l_288 < l_1582;
let l_1584 = l_1582 - u32(1);
let l_1585 = min(l_288, l_1584);
let l_1586 = buffer_2_global[l_1585];
let l_1587 = select(f32(0.0), l_1586, l_1583);
let l_485 = l_1587;
let l_1588 = info.static_meta[u32(3)];
let l_1589 = l_1588 * u32(1);
let l_1590 = l_430 < l_1589;
let l_1591 = l_1589 - u32(1);
let l_1592 = min(l_430, l_1591);
let l_1593 = buffer_3_global[l_1592];
let l_1594 = select(f32(0.0), l_1593, l_1590);
let l_486 = l_1594;
let l_487 = l_485 * l_486;
l_mut_317 = l_mut_317 / l_487;
let l_488 = l_288 - info.scalars_u32[2];
let l_489 = l_488 * l_1;
let l_490 = l_489 + l_430;
let l_1595 = info.static_meta[u32(4)];
let l_1596 = l_1595 * u32(1);
let l_1597 = l_490 < l_1596;
if l_1597 {
buffer_4_global[l_490] = l_mut_317;
}
}
let l_491 = u32(3) / u32(4);
let l_492 = u32(16) * l_491;
let l_493 = l_9 + l_492;
let l_494 = l_493 * u32(4);
let l_495 = u32(3) % u32(4);
let l_496 = l_494 + l_495;
let l_497 = l_mut_17 + l_496;
let l_498 = l_288 < l_7;
let l_499 = l_497 < l_1;
let l_500 = l_498 && l_499;
if l_500 {
let l_501 = a_12[u32(3)];
let l_502 = info.scalars_f32[0] * l_501;
l_mut_317 = l_502;
let l_1598 = info.static_meta[u32(2)];
let l_1599 = l_1598 * u32(1);
let l_1600 = l_288 < l_1599;
let l_1601 = l_1599 - u32(1);
let l_1602 = min(l_288, l_1601);
let l_1603 = buffer_2_global[l_1602];
let l_1604 = select(f32(0.0), l_1603, l_1600);
let l_503 = l_1604;
let l_1605 = info.static_meta[u32(3)];
let l_1606 = l_1605 * u32(1);
let l_1607 = l_497 < l_1606;
let l_1608 = l_1606 - u32(1);
let l_1609 = min(l_497, l_1608);
let l_1610 = buffer_3_global[l_1609];
let l_1611 = select(f32(0.0), l_1610, l_1607);
let l_504 = l_1611;
let l_505 = l_503 * l_504;
l_mut_317 = l_mut_317 / l_505;
let l_506 = l_288 + info.scalars_u32[0];
let l_507 = l_497 + info.scalars_u32[1];
let l_508 = l_506 == l_507;
let l_509 = select(f32(-1.0), f32(1.0), l_508);
let l_510 = l_mut_317 + info.scalars_f32[1];
let l_511 = l_509 * l_510;
let l_512 = min(l_511, f32(0.0));
let l_513 = abs(l_511);
let l_514 = -l_513;
let l_515 = exp(l_514);
let l_516 = f32(2.0) + l_515;
let l_517 = l_515 / l_516;
let l_518 = l_517 * l_517;
l_mut_48 = f32(0.05882352963089943);
let l_519 = l_518 * l_mut_48;
let l_520 = f32(0.06666667014360428) + l_519;
l_mut_48 = l_520;
let l_521 = l_518 * l_mut_48;
let l_522 = f32(0.07692307978868484) + l_521;
l_mut_48 = l_522;
let l_523 = l_518 * l_mut_48;
let l_524 = f32(0.09090909361839294) + l_523;
l_mut_48 = l_524;
let l_525 = l_518 * l_mut_48;
let l_526 = f32(0.1111111119389534) + l_525;
l_mut_48 = l_526;
let l_527 = l_518 * l_mut_48;
let l_528 = f32(0.1428571492433548) + l_527;
l_mut_48 = l_528;
let l_529 = l_518 * l_mut_48;
let l_530 = f32(0.20000000298023224) + l_529;
l_mut_48 = l_530;
let l_531 = l_518 * l_mut_48;
let l_532 = f32(0.3333333432674408) + l_531;
l_mut_48 = l_532;
let l_533 = l_518 * l_mut_48;
let l_534 = f32(1.0) + l_533;
l_mut_48 = l_534;
let l_535 = f32(2.0) * l_517;
let l_536 = l_535 * l_mut_48;
let l_537 = l_512 - l_536;
let l_538 = a_13[u32(0)];
let l_539 = l_538 + l_537;
a_13[u32(0)] = l_539;
let l_540 = -info.scalars_f32[3];
let l_541 = l_540 * l_509;
let l_542 = l_509 * l_510;
let l_543 = exp(l_542);
let l_544 = f32(1.0) + l_543;
let l_545 = l_541 / l_544;
let l_546 = l_545 * l_mut_317;
let l_547 = a_14[u32(0)];
let l_548 = l_547 + l_546;
a_14[u32(0)] = l_548;
let l_549 = a_15[u32(0)];
let l_550 = l_549 + l_545;
a_15[u32(0)] = l_550;
let l_551 = info.scalars_f32[0] * l_545;
l_mut_317 = l_551;
let l_1612 = info.static_meta[u32(2)];
let l_1613 = l_1612 * u32(1);
let l_1614 = l_288 < l_1613;
let l_1615 = l_1613 - u32(1);
let l_1616 = min(l_288, l_1615);
let l_1617 = buffer_2_global[l_1616];
let l_1618 = select(f32(0.0), l_1617, l_1614);
let l_552 = l_1618;
let l_1619 = info.static_meta[u32(3)];
let l_1620 = l_1619 * u32(1);
let l_1621 = l_497 < l_1620;
let l_1622 = l_1620 - u32(1);
let l_1623 = min(l_497, l_1622);
let l_1624 = buffer_3_global[l_1623];
let l_1625 = select(f32(0.0), l_1624, l_1621);
let l_553 = l_1625;
let l_554 = l_552 * l_553;
l_mut_317 = l_mut_317 / l_554;
let l_555 = l_288 - info.scalars_u32[2];
let l_556 = l_555 * l_1;
let l_557 = l_556 + l_497;
let l_1626 = info.static_meta[u32(4)];
let l_1627 = l_1626 * u32(1);
let l_1628 = l_557 < l_1627;
if l_1628 {
buffer_4_global[l_557] = l_mut_317;
}
}
let l_558 = u32(1) / u32(4);
let l_559 = u32(16) * l_558;
let l_560 = l_8 + l_559;
let l_561 = l_560 * u32(4);
let l_562 = u32(1) % u32(4);
let l_563 = l_561 + l_562;
let l_564 = l_6 + l_563;
let l_565 = u32(0) / u32(4);
let l_566 = u32(16) * l_565;
let l_567 = l_9 + l_566;
let l_568 = l_567 * u32(4);
let l_569 = u32(0) % u32(4);
let l_570 = l_568 + l_569;
let l_571 = l_mut_17 + l_570;
let l_572 = l_564 < l_7;
let l_573 = l_571 < l_1;
let l_574 = l_572 && l_573;
if l_574 {
let l_575 = a_12[u32(4)];
let l_576 = info.scalars_f32[0] * l_575;
l_mut_317 = l_576;
let l_1629 = info.static_meta[u32(2)];
let l_1630 = l_1629 * u32(1);
let l_1631 = l_564 < l_1630;
let l_1632 = l_1630 - u32(1);
let l_1633 = min(l_564, l_1632);
let l_1634 = buffer_2_global[l_1633];
let l_1635 = select(f32(0.0), l_1634, l_1631);
let l_577 = l_1635;
let l_1636 = info.static_meta[u32(3)];
let l_1637 = l_1636 * u32(1);
let l_1638 = l_571 < l_1637;
let l_1639 = l_1637 - u32(1);
let l_1640 = min(l_571, l_1639);
let l_1641 = buffer_3_global[l_1640];
let l_1642 = select(f32(0.0), l_1641, l_1638);
let l_578 = l_1642;
let l_579 = l_577 * l_578;
l_mut_317 = l_mut_317 / l_579;
let l_580 = l_564 + info.scalars_u32[0];
let l_581 = l_571 + info.scalars_u32[1];
let l_582 = l_580 == l_581;
let l_583 = select(f32(-1.0), f32(1.0), l_582);
let l_584 = l_mut_317 + info.scalars_f32[1];
let l_585 = l_583 * l_584;
let l_586 = min(l_585, f32(0.0));
let l_587 = abs(l_585);
let l_588 = -l_587;
let l_589 = exp(l_588);
let l_590 = f32(2.0) + l_589;
let l_591 = l_589 / l_590;
let l_592 = l_591 * l_591;
l_mut_48 = f32(0.05882352963089943);
let l_593 = l_592 * l_mut_48;
let l_594 = f32(0.06666667014360428) + l_593;
l_mut_48 = l_594;
let l_595 = l_592 * l_mut_48;
let l_596 = f32(0.07692307978868484) + l_595;
l_mut_48 = l_596;
let l_597 = l_592 * l_mut_48;
let l_598 = f32(0.09090909361839294) + l_597;
l_mut_48 = l_598;
let l_599 = l_592 * l_mut_48;
let l_600 = f32(0.1111111119389534) + l_599;
l_mut_48 = l_600;
let l_601 = l_592 * l_mut_48;
let l_602 = f32(0.1428571492433548) + l_601;
l_mut_48 = l_602;
let l_603 = l_592 * l_mut_48;
let l_604 = f32(0.20000000298023224) + l_603;
l_mut_48 = l_604;
let l_605 = l_592 * l_mut_48;
let l_606 = f32(0.3333333432674408) + l_605;
l_mut_48 = l_606;
let l_607 = l_592 * l_mut_48;
let l_608 = f32(1.0) + l_607;
l_mut_48 = l_608;
let l_609 = f32(2.0) * l_591;
let l_610 = l_609 * l_mut_48;
let l_611 = l_586 - l_610;
let l_612 = a_13[u32(1)];
let l_613 = l_612 + l_611;
a_13[u32(1)] = l_613;
let l_614 = -info.scalars_f32[3];
let l_615 = l_614 * l_583;
let l_616 = l_583 * l_584;
let l_617 = exp(l_616);
let l_618 = f32(1.0) + l_617;
let l_619 = l_615 / l_618;
let l_620 = l_619 * l_mut_317;
let l_621 = a_14[u32(1)];
let l_622 = l_621 + l_620;
a_14[u32(1)] = l_622;
let l_623 = a_15[u32(1)];
let l_624 = l_623 + l_619;
a_15[u32(1)] = l_624;
let l_625 = info.scalars_f32[0] * l_619;
l_mut_317 = l_625;
let l_1643 = info.static_meta[u32(2)];
let l_1644 = l_1643 * u32(1);
let l_1645 = l_564 < l_1644;
let l_1646 = l_1644 - u32(1);
let l_1647 = min(l_564, l_1646);
let l_1648 = buffer_2_global[l_1647];
let l_1649 = select(f32(0.0), l_1648, l_1645);
let l_626 = l_1649;
let l_1650 = info.static_meta[u32(3)];
let l_1651 = l_1650 * u32(1);
let l_1652 = l_571 < l_1651;
let l_1653 = l_1651 - u32(1);
let l_1654 = min(l_571, l_1653);
let l_1655 = buffer_3_global[l_1654];
let l_1656 = select(f32(0.0), l_1655, l_1652);
let l_627 = l_1656;
let l_628 = l_626 * l_627;
l_mut_317 = l_mut_317 / l_628;
let l_629 = l_564 - info.scalars_u32[2];
let l_630 = l_629 * l_1;
let l_631 = l_630 + l_571;
let l_1657 = info.static_meta[u32(4)];
let l_1658 = l_1657 * u32(1);
let l_1659 = l_631 < l_1658;
if l_1659 {
buffer_4_global[l_631] = l_mut_317;
}
}
let l_632 = u32(1) / u32(4);
let l_633 = u32(16) * l_632;
let l_634 = l_9 + l_633;
let l_635 = l_634 * u32(4);
let l_636 = u32(1) % u32(4);
let l_637 = l_635 + l_636;
let l_638 = l_mut_17 + l_637;
let l_639 = l_564 < l_7;
let l_640 = l_638 < l_1;
let l_641 = l_639 && l_640;
if l_641 {
let l_642 = a_12[u32(5)];
let l_643 = info.scalars_f32[0] * l_642;
l_mut_317 = l_643;
let l_1660 = info.static_meta[u32(2)];
let l_1661 = l_1660 * u32(1);
let l_1662 = l_564 < l_1661;
let l_1663 = l_1661 - u32(1);
let l_1664 = min(l_564, l_1663);
let l_1665 = buffer_2_global[l_1664];
let l_1666 = select(f32(0.0), l_1665, l_1662);
let l_644 = l_1666;
let l_1667 = info.static_meta[u32(3)];
let l_1668 = l_1667 * u32(1);
let l_1669 = l_638 < l_1668;
let l_1670 = l_1668 - u32(1);
let l_1671 = min(l_638, l_1670);
let l_1672 = buffer_3_global[l_1671];
let l_1673 = select(f32(0.0), l_1672, l_1669);
let l_645 = l_1673;
let l_646 = l_644 * l_645;
l_mut_317 = l_mut_317 / l_646;
let l_647 = l_564 + info.scalars_u32[0];
let l_648 = l_638 + info.scalars_u32[1];
let l_649 = l_647 == l_648;
let l_650 = select(f32(-1.0), f32(1.0), l_649);
let l_651 = l_mut_317 + info.scalars_f32[1];
let l_652 = l_650 * l_651;
let l_653 = min(l_652, f32(0.0));
let l_654 = abs(l_652);
let l_655 = -l_654;
let l_656 = exp(l_655);
let l_657 = f32(2.0) + l_656;
let l_658 = l_656 / l_657;
let l_659 = l_658 * l_658;
l_mut_48 = f32(0.05882352963089943);
let l_660 = l_659 * l_mut_48;
let l_661 = f32(0.06666667014360428) + l_660;
l_mut_48 = l_661;
let l_662 = l_659 * l_mut_48;
let l_663 = f32(0.07692307978868484) + l_662;
l_mut_48 = l_663;
let l_664 = l_659 * l_mut_48;
let l_665 = f32(0.09090909361839294) + l_664;
l_mut_48 = l_665;
let l_666 = l_659 * l_mut_48;
let l_667 = f32(0.1111111119389534) + l_666;
l_mut_48 = l_667;
let l_668 = l_659 * l_mut_48;
let l_669 = f32(0.1428571492433548) + l_668;
l_mut_48 = l_669;
let l_670 = l_659 * l_mut_48;
let l_671 = f32(0.20000000298023224) + l_670;
l_mut_48 = l_671;
let l_672 = l_659 * l_mut_48;
let l_673 = f32(0.3333333432674408) + l_672;
l_mut_48 = l_673;
let l_674 = l_659 * l_mut_48;
let l_675 = f32(1.0) + l_674;
l_mut_48 = l_675;
let l_676 = f32(2.0) * l_658;
let l_677 = l_676 * l_mut_48;
let l_678 = l_653 - l_677;
let l_679 = a_13[u32(1)];
let l_680 = l_679 + l_678;
a_13[u32(1)] = l_680;
let l_681 = -info.scalars_f32[3];
let l_682 = l_681 * l_650;
let l_683 = l_650 * l_651;
let l_684 = exp(l_683);
let l_685 = f32(1.0) + l_684;
let l_686 = l_682 / l_685;
let l_687 = l_686 * l_mut_317;
let l_688 = a_14[u32(1)];
let l_689 = l_688 + l_687;
a_14[u32(1)] = l_689;
let l_690 = a_15[u32(1)];
let l_691 = l_690 + l_686;
a_15[u32(1)] = l_691;
let l_692 = info.scalars_f32[0] * l_686;
l_mut_317 = l_692;
let l_1674 = info.static_meta[u32(2)];
let l_1675 = l_1674 * u32(1);
let l_1676 = l_564 < l_1675;
let l_1677 = l_1675 - u32(1);
let l_1678 = min(l_564, l_1677);
let l_1679 = buffer_2_global[l_1678];
let l_1680 = select(f32(0.0), l_1679, l_1676);
let l_693 = l_1680;
let l_1681 = info.static_meta[u32(3)];
let l_1682 = l_1681 * u32(1);
let l_1683 = l_638 < l_1682;
let l_1684 = l_1682 - u32(1);
let l_1685 = min(l_638, l_1684);
let l_1686 = buffer_3_global[l_1685];
let l_1687 = select(f32(0.0), l_1686, l_1683);
let l_694 = l_1687;
let l_695 = l_693 * l_694;
l_mut_317 = l_mut_317 / l_695;
let l_696 = l_564 - info.scalars_u32[2];
let l_697 = l_696 * l_1;
let l_698 = l_697 + l_638;
let l_1688 = info.static_meta[u32(4)];
let l_1689 = l_1688 * u32(1);
let l_1690 = l_698 < l_1689;
if l_1690 {
buffer_4_global[l_698] = l_mut_317;
}
}
let l_699 = u32(2) / u32(4);
let l_700 = u32(16) * l_699;
let l_701 = l_9 + l_700;
let l_702 = l_701 * u32(4);
let l_703 = u32(2) % u32(4);
let l_704 = l_702 + l_703;
let l_705 = l_mut_17 + l_704;
let l_706 = l_564 < l_7;
let l_707 = l_705 < l_1;
let l_708 = l_706 && l_707;
if l_708 {
let l_709 = a_12[u32(6)];
let l_710 = info.scalars_f32[0] * l_709;
l_mut_317 = l_710;
let l_1691 = info.static_meta[u32(2)];
let l_1692 = l_1691 * u32(1);
let l_1693 = l_564 < l_1692;
let l_1694 = l_1692 - u32(1);
let l_1695 = min(l_564, l_1694);
let l_1696 = buffer_2_global[l_1695];
let l_1697 = select(f32(0.0), l_1696, l_1693);
let l_711 = l_1697;
let l_1698 = info.static_meta[u32(3)];
let l_1699 = l_1698 * u32(1);
let l_1700 = l_705 < l_1699;
let l_1701 = l_1699 - u32(1);
let l_1702 = min(l_705, l_1701);
let l_1703 = buffer_3_global[l_1702];
let l_1704 = select(f32(0.0), l_1703, l_1700);
let l_712 = l_1704;
let l_713 = l_711 * l_712;
l_mut_317 = l_mut_317 / l_713;
let l_714 = l_564 + info.scalars_u32[0];
let l_715 = l_705 + info.scalars_u32[1];
let l_716 = l_714 == l_715;
let l_717 = select(f32(-1.0), f32(1.0), l_716);
let l_718 = l_mut_317 + info.scalars_f32[1];
let l_719 = l_717 * l_718;
let l_720 = min(l_719, f32(0.0));
let l_721 = abs(l_719);
let l_722 = -l_721;
let l_723 = exp(l_722);
let l_724 = f32(2.0) + l_723;
let l_725 = l_723 / l_724;
let l_726 = l_725 * l_725;
l_mut_48 = f32(0.05882352963089943);
let l_727 = l_726 * l_mut_48;
let l_728 = f32(0.06666667014360428) + l_727;
l_mut_48 = l_728;
let l_729 = l_726 * l_mut_48;
let l_730 = f32(0.07692307978868484) + l_729;
l_mut_48 = l_730;
let l_731 = l_726 * l_mut_48;
let l_732 = f32(0.09090909361839294) + l_731;
l_mut_48 = l_732;
let l_733 = l_726 * l_mut_48;
let l_734 = f32(0.1111111119389534) + l_733;
l_mut_48 = l_734;
let l_735 = l_726 * l_mut_48;
let l_736 = f32(0.1428571492433548) + l_735;
l_mut_48 = l_736;
let l_737 = l_726 * l_mut_48;
let l_738 = f32(0.20000000298023224) + l_737;
l_mut_48 = l_738;
let l_739 = l_726 * l_mut_48;
let l_740 = f32(0.3333333432674408) + l_739;
l_mut_48 = l_740;
let l_741 = l_726 * l_mut_48;
let l_742 = f32(1.0) + l_741;
l_mut_48 = l_742;
let l_743 = f32(2.0) * l_725;
let l_744 = l_743 * l_mut_48;
let l_745 = l_720 - l_744;
let l_746 = a_13[u32(1)];
let l_747 = l_746 + l_745;
a_13[u32(1)] = l_747;
let l_748 = -info.scalars_f32[3];
let l_749 = l_748 * l_717;
let l_750 = l_717 * l_718;
let l_751 = exp(l_750);
let l_752 = f32(1.0) + l_751;
let l_753 = l_749 / l_752;
let l_754 = l_753 * l_mut_317;
let l_755 = a_14[u32(1)];
let l_756 = l_755 + l_754;
a_14[u32(1)] = l_756;
let l_757 = a_15[u32(1)];
let l_758 = l_757 + l_753;
a_15[u32(1)] = l_758;
let l_759 = info.scalars_f32[0] * l_753;
l_mut_317 = l_759;
let l_1705 = info.static_meta[u32(2)];
let l_1706 = l_1705 * u32(1);
let l_1707 = l_564 < l_1706;
let l_1708 = l_1706 - u32(1);
let l_1709 = min(l_564, l_1708);
let l_1710 = buffer_2_global[l_1709];
let l_1711 = select(f32(0.0), l_1710, l_1707);
let l_760 = l_1711;
let l_1712 = info.static_meta[u32(3)];
let l_1713 = l_1712 * u32(1);
let l_1714 = l_705 < l_1713;
let l_1715 = l_1713 - u32(1);
let l_1716 = min(l_705, l_1715);
let l_1717 = buffer_3_global[l_1716];
let l_1718 = select(f32(0.0), l_1717, l_1714);
let l_761 = l_1718;
let l_762 = l_760 * l_761;
l_mut_317 = l_mut_317 / l_762;
let l_763 = l_564 - info.scalars_u32[2];
let l_764 = l_763 * l_1;
let l_765 = l_764 + l_705;
let l_1719 = info.static_meta[u32(4)];
let l_1720 = l_1719 * u32(1);
let l_1721 = l_765 < l_1720;
if l_1721 {
buffer_4_global[l_765] = l_mut_317;
}
}
let l_766 = u32(3) / u32(4);
let l_767 = u32(16) * l_766;
let l_768 = l_9 + l_767;
let l_769 = l_768 * u32(4);
let l_770 = u32(3) % u32(4);
let l_771 = l_769 + l_770;
let l_772 = l_mut_17 + l_771;
let l_773 = l_564 < l_7;
let l_774 = l_772 < l_1;
let l_775 = l_773 && l_774;
if l_775 {
let l_776 = a_12[u32(7)];
let l_777 = info.scalars_f32[0] * l_776;
l_mut_317 = l_777;
let l_1722 = info.static_meta[u32(2)];
let l_1723 = l_1722 * u32(1);
let l_1724 = l_564 < l_1723;
let l_1725 = l_1723 - u32(1);
let l_1726 = min(l_564, l_1725);
let l_1727 = buffer_2_global[l_1726];
let l_1728 = select(f32(0.0), l_1727, l_1724);
let l_778 = l_1728;
let l_1729 = info.static_meta[u32(3)];
let l_1730 = l_1729 * u32(1);
let l_1731 = l_772 < l_1730;
let l_1732 = l_1730 - u32(1);
let l_1733 = min(l_772, l_1732);
let l_1734 = buffer_3_global[l_1733];
let l_1735 = select(f32(0.0), l_1734, l_1731);
let l_779 = l_1735;
let l_780 = l_778 * l_779;
l_mut_317 = l_mut_317 / l_780;
let l_781 = l_564 + info.scalars_u32[0];
let l_782 = l_772 + info.scalars_u32[1];
let l_783 = l_781 == l_782;
let l_784 = select(f32(-1.0), f32(1.0), l_783);
let l_785 = l_mut_317 + info.scalars_f32[1];
let l_786 = l_784 * l_785;
let l_787 = min(l_786, f32(0.0));
let l_788 = abs(l_786);
let l_789 = -l_788;
let l_790 = exp(l_789);
let l_791 = f32(2.0) + l_790;
let l_792 = l_790 / l_791;
let l_793 = l_792 * l_792;
l_mut_48 = f32(0.05882352963089943);
let l_794 = l_793 * l_mut_48;
let l_795 = f32(0.06666667014360428) + l_794;
l_mut_48 = l_795;
let l_796 = l_793 * l_mut_48;
let l_797 = f32(0.07692307978868484) + l_796;
l_mut_48 = l_797;
let l_798 = l_793 * l_mut_48;
let l_799 = f32(0.09090909361839294) + l_798;
l_mut_48 = l_799;
let l_800 = l_793 * l_mut_48;
let l_801 = f32(0.1111111119389534) + l_800;
l_mut_48 = l_801;
let l_802 = l_793 * l_mut_48;
let l_803 = f32(0.1428571492433548) + l_802;
l_mut_48 = l_803;
let l_804 = l_793 * l_mut_48;
let l_805 = f32(0.20000000298023224) + l_804;
l_mut_48 = l_805;
let l_806 = l_793 * l_mut_48;
let l_807 = f32(0.3333333432674408) + l_806;
l_mut_48 = l_807;
let l_808 = l_793 * l_mut_48;
let l_809 = f32(1.0) + l_808;
l_mut_48 = l_809;
let l_810 = f32(2.0) * l_792;
let l_811 = l_810 * l_mut_48;
let l_812 = l_787 - l_811;
let l_813 = a_13[u32(1)];
let l_814 = l_813 + l_812;
a_13[u32(1)] = l_814;
let l_815 = -info.scalars_f32[3];
let l_816 = l_815 * l_784;
let l_817 = l_784 * l_785;
let l_818 = exp(l_817);
let l_819 = f32(1.0) + l_818;
let l_820 = l_816 / l_819;
let l_821 = l_820 * l_mut_317;
let l_822 = a_14[u32(1)];
let l_823 = l_822 + l_821;
a_14[u32(1)] = l_823;
let l_824 = a_15[u32(1)];
let l_825 = l_824 + l_820;
a_15[u32(1)] = l_825;
let l_826 = info.scalars_f32[0] * l_820;
l_mut_317 = l_826;
let l_1736 = info.static_meta[u32(2)];
let l_1737 = l_1736 * u32(1);
let l_1738 = l_564 < l_1737;
let l_1739 = l_1737 - u32(1);
let l_1740 = min(l_564, l_1739);
let l_1741 = buffer_2_global[l_1740];
let l_1742 = select(f32(0.0), l_1741, l_1738);
let l_827 = l_1742;
let l_1743 = info.static_meta[u32(3)];
let l_1744 = l_1743 * u32(1);
let l_1745 = l_772 < l_1744;
let l_1746 = l_1744 - u32(1);
let l_1747 = min(l_772, l_1746);
let l_1748 = buffer_3_global[l_1747];
let l_1749 = select(f32(0.0), l_1748, l_1745);
let l_828 = l_1749;
let l_829 = l_827 * l_828;
l_mut_317 = l_mut_317 / l_829;
let l_830 = l_564 - info.scalars_u32[2];
let l_831 = l_830 * l_1;
let l_832 = l_831 + l_772;
let l_1750 = info.static_meta[u32(4)];
let l_1751 = l_1750 * u32(1);
let l_1752 = l_832 < l_1751;
if l_1752 {
buffer_4_global[l_832] = l_mut_317;
}
}
let l_833 = u32(2) / u32(4);
let l_834 = u32(16) * l_833;
let l_835 = l_8 + l_834;
let l_836 = l_835 * u32(4);
let l_837 = u32(2) % u32(4);
let l_838 = l_836 + l_837;
let l_839 = l_6 + l_838;
let l_840 = u32(0) / u32(4);
let l_841 = u32(16) * l_840;
let l_842 = l_9 + l_841;
let l_843 = l_842 * u32(4);
let l_844 = u32(0) % u32(4);
let l_845 = l_843 + l_844;
let l_846 = l_mut_17 + l_845;
let l_847 = l_839 < l_7;
let l_848 = l_846 < l_1;
let l_849 = l_847 && l_848;
if l_849 {
let l_850 = a_12[u32(8)];
let l_851 = info.scalars_f32[0] * l_850;
l_mut_317 = l_851;
let l_1753 = info.static_meta[u32(2)];
let l_1754 = l_1753 * u32(1);
let l_1755 = l_839 < l_1754;
let l_1756 = l_1754 - u32(1);
let l_1757 = min(l_839, l_1756);
let l_1758 = buffer_2_global[l_1757];
let l_1759 = select(f32(0.0), l_1758, l_1755);
let l_852 = l_1759;
let l_1760 = info.static_meta[u32(3)];
let l_1761 = l_1760 * u32(1);
let l_1762 = l_846 < l_1761;
let l_1763 = l_1761 - u32(1);
let l_1764 = min(l_846, l_1763);
let l_1765 = buffer_3_global[l_1764];
let l_1766 = select(f32(0.0), l_1765, l_1762);
let l_853 = l_1766;
let l_854 = l_852 * l_853;
l_mut_317 = l_mut_317 / l_854;
let l_855 = l_839 + info.scalars_u32[0];
let l_856 = l_846 + info.scalars_u32[1];
let l_857 = l_855 == l_856;
let l_858 = select(f32(-1.0), f32(1.0), l_857);
let l_859 = l_mut_317 + info.scalars_f32[1];
let l_860 = l_858 * l_859;
let l_861 = min(l_860, f32(0.0));
let l_862 = abs(l_860);
let l_863 = -l_862;
let l_864 = exp(l_863);
let l_865 = f32(2.0) + l_864;
let l_866 = l_864 / l_865;
let l_867 = l_866 * l_866;
l_mut_48 = f32(0.05882352963089943);
let l_868 = l_867 * l_mut_48;
let l_869 = f32(0.06666667014360428) + l_868;
l_mut_48 = l_869;
let l_870 = l_867 * l_mut_48;
let l_871 = f32(0.07692307978868484) + l_870;
l_mut_48 = l_871;
let l_872 = l_867 * l_mut_48;
let l_873 = f32(0.09090909361839294) + l_872;
l_mut_48 = l_873;
let l_874 = l_867 * l_mut_48;
let l_875 = f32(0.1111111119389534) + l_874;
l_mut_48 = l_875;
let l_876 = l_867 * l_mut_48;
let l_877 = f32(0.1428571492433548) + l_876;
l_mut_48 = l_877;
let l_878 = l_867 * l_mut_48;
let l_879 = f32(0.20000000298023224) + l_878;
l_mut_48 = l_879;
let l_880 = l_867 * l_mut_48;
let l_881 = f32(0.3333333432674408) + l_880;
l_mut_48 = l_881;
let l_882 = l_867 * l_mut_48;
let l_883 = f32(1.0) + l_882;
l_mut_48 = l_883;
let l_884 = f32(2.0) * l_866;
let l_885 = l_884 * l_mut_48;
let l_886 = l_861 - l_885;
let l_887 = a_13[u32(2)];
let l_888 = l_887 + l_886;
a_13[u32(2)] = l_888;
let l_889 = -info.scalars_f32[3];
let l_890 = l_889 * l_858;
let l_891 = l_858 * l_859;
let l_892 = exp(l_891);
let l_893 = f32(1.0) + l_892;
let l_894 = l_890 / l_893;
let l_895 = l_894 * l_mut_317;
let l_896 = a_14[u32(2)];
let l_897 = l_896 + l_895;
a_14[u32(2)] = l_897;
let l_898 = a_15[u32(2)];
let l_899 = l_898 + l_894;
a_15[u32(2)] = l_899;
let l_900 = info.scalars_f32[0] * l_894;
l_mut_317 = l_900;
let l_1767 = info.static_meta[u32(2)];
let l_1768 = l_1767 * u32(1);
let l_1769 = l_839 < l_1768;
let l_1770 = l_1768 - u32(1);
let l_1771 = min(l_839, l_1770);
let l_1772 = buffer_2_global[l_1771];
let l_1773 = select(f32(0.0), l_1772, l_1769);
let l_901 = l_1773;
let l_1774 = info.static_meta[u32(3)];
let l_1775 = l_1774 * u32(1);
let l_1776 = l_846 < l_1775;
let l_1777 = l_1775 - u32(1);
let l_1778 = min(l_846, l_1777);
let l_1779 = buffer_3_global[l_1778];
let l_1780 = select(f32(0.0), l_1779, l_1776);
let l_902 = l_1780;
let l_903 = l_901 * l_902;
l_mut_317 = l_mut_317 / l_903;
let l_904 = l_839 - info.scalars_u32[2];
let l_905 = l_904 * l_1;
let l_906 = l_905 + l_846;
let l_1781 = info.static_meta[u32(4)];
let l_1782 = l_1781 * u32(1);
let l_1783 = l_906 < l_1782;
if l_1783 {
buffer_4_global[l_906] = l_mut_317;
}
}
let l_907 = u32(1) / u32(4);
let l_908 = u32(16) * l_907;
let l_909 = l_9 + l_908;
let l_910 = l_909 * u32(4);
let l_911 = u32(1) % u32(4);
let l_912 = l_910 + l_911;
let l_913 = l_mut_17 + l_912;
let l_914 = l_839 < l_7;
let l_915 = l_913 < l_1;
let l_916 = l_914 && l_915;
if l_916 {
let l_917 = a_12[u32(9)];
let l_918 = info.scalars_f32[0] * l_917;
l_mut_317 = l_918;
let l_1784 = info.static_meta[u32(2)];
let l_1785 = l_1784 * u32(1);
let l_1786 = l_839 < l_1785;
let l_1787 = l_1785 - u32(1);
let l_1788 = min(l_839, l_1787);
let l_1789 = buffer_2_global[l_1788];
let l_1790 = select(f32(0.0), l_1789, l_1786);
let l_919 = l_1790;
let l_1791 = info.static_meta[u32(3)];
let l_1792 = l_1791 * u32(1);
let l_1793 = l_913 < l_1792;
let l_1794 = l_1792 - u32(1);
let l_1795 = min(l_913, l_1794);
let l_1796 = buffer_3_global[l_1795];
let l_1797 = select(f32(0.0), l_1796, l_1793);
let l_920 = l_1797;
let l_921 = l_919 * l_920;
l_mut_317 = l_mut_317 / l_921;
let l_922 = l_839 + info.scalars_u32[0];
let l_923 = l_913 + info.scalars_u32[1];
let l_924 = l_922 == l_923;
let l_925 = select(f32(-1.0), f32(1.0), l_924);
let l_926 = l_mut_317 + info.scalars_f32[1];
let l_927 = l_925 * l_926;
let l_928 = min(l_927, f32(0.0));
let l_929 = abs(l_927);
let l_930 = -l_929;
let l_931 = exp(l_930);
let l_932 = f32(2.0) + l_931;
let l_933 = l_931 / l_932;
let l_934 = l_933 * l_933;
l_mut_48 = f32(0.05882352963089943);
let l_935 = l_934 * l_mut_48;
let l_936 = f32(0.06666667014360428) + l_935;
l_mut_48 = l_936;
let l_937 = l_934 * l_mut_48;
let l_938 = f32(0.07692307978868484) + l_937;
l_mut_48 = l_938;
let l_939 = l_934 * l_mut_48;
let l_940 = f32(0.09090909361839294) + l_939;
l_mut_48 = l_940;
let l_941 = l_934 * l_mut_48;
let l_942 = f32(0.1111111119389534) + l_941;
l_mut_48 = l_942;
let l_943 = l_934 * l_mut_48;
let l_944 = f32(0.1428571492433548) + l_943;
l_mut_48 = l_944;
let l_945 = l_934 * l_mut_48;
let l_946 = f32(0.20000000298023224) + l_945;
l_mut_48 = l_946;
let l_947 = l_934 * l_mut_48;
let l_948 = f32(0.3333333432674408) + l_947;
l_mut_48 = l_948;
let l_949 = l_934 * l_mut_48;
let l_950 = f32(1.0) + l_949;
l_mut_48 = l_950;
let l_951 = f32(2.0) * l_933;
let l_952 = l_951 * l_mut_48;
let l_953 = l_928 - l_952;
let l_954 = a_13[u32(2)];
let l_955 = l_954 + l_953;
a_13[u32(2)] = l_955;
let l_956 = -info.scalars_f32[3];
let l_957 = l_956 * l_925;
let l_958 = l_925 * l_926;
let l_959 = exp(l_958);
let l_960 = f32(1.0) + l_959;
let l_961 = l_957 / l_960;
let l_962 = l_961 * l_mut_317;
let l_963 = a_14[u32(2)];
let l_964 = l_963 + l_962;
a_14[u32(2)] = l_964;
let l_965 = a_15[u32(2)];
let l_966 = l_965 + l_961;
a_15[u32(2)] = l_966;
let l_967 = info.scalars_f32[0] * l_961;
l_mut_317 = l_967;
let l_1798 = info.static_meta[u32(2)];
let l_1799 = l_1798 * u32(1);
let l_1800 = l_839 < l_1799;
let l_1801 = l_1799 - u32(1);
let l_1802 = min(l_839, l_1801);
let l_1803 = buffer_2_global[l_1802];
let l_1804 = select(f32(0.0), l_1803, l_1800);
let l_968 = l_1804;
let l_1805 = info.static_meta[u32(3)];
let l_1806 = l_1805 * u32(1);
let l_1807 = l_913 < l_1806;
let l_1808 = l_1806 - u32(1);
let l_1809 = min(l_913, l_1808);
let l_1810 = buffer_3_global[l_1809];
let l_1811 = select(f32(0.0), l_1810, l_1807);
let l_969 = l_1811;
let l_970 = l_968 * l_969;
l_mut_317 = l_mut_317 / l_970;
let l_971 = l_839 - info.scalars_u32[2];
let l_972 = l_971 * l_1;
let l_973 = l_972 + l_913;
let l_1812 = info.static_meta[u32(4)];
let l_1813 = l_1812 * u32(1);
let l_1814 = l_973 < l_1813;
if l_1814 {
buffer_4_global[l_973] = l_mut_317;
}
}
let l_974 = u32(2) / u32(4);
let l_975 = u32(16) * l_974;
let l_976 = l_9 + l_975;
let l_977 = l_976 * u32(4);
let l_978 = u32(2) % u32(4);
let l_979 = l_977 + l_978;
let l_980 = l_mut_17 + l_979;
let l_981 = l_839 < l_7;
let l_982 = l_980 < l_1;
let l_983 = l_981 && l_982;
if l_983 {
let l_984 = a_12[u32(10)];
let l_985 = info.scalars_f32[0] * l_984;
l_mut_317 = l_985;
let l_1815 = info.static_meta[u32(2)];
let l_1816 = l_1815 * u32(1);
let l_1817 = l_839 < l_1816;
let l_1818 = l_1816 - u32(1);
let l_1819 = min(l_839, l_1818);
let l_1820 = buffer_2_global[l_1819];
let l_1821 = select(f32(0.0), l_1820, l_1817);
let l_986 = l_1821;
let l_1822 = info.static_meta[u32(3)];
let l_1823 = l_1822 * u32(1);
let l_1824 = l_980 < l_1823;
let l_1825 = l_1823 - u32(1);
let l_1826 = min(l_980, l_1825);
let l_1827 = buffer_3_global[l_1826];
let l_1828 = select(f32(0.0), l_1827, l_1824);
let l_987 = l_1828;
let l_988 = l_986 * l_987;
l_mut_317 = l_mut_317 / l_988;
let l_989 = l_839 + info.scalars_u32[0];
let l_990 = l_980 + info.scalars_u32[1];
let l_991 = l_989 == l_990;
let l_992 = select(f32(-1.0), f32(1.0), l_991);
let l_993 = l_mut_317 + info.scalars_f32[1];
let l_994 = l_992 * l_993;
let l_995 = min(l_994, f32(0.0));
let l_996 = abs(l_994);
let l_997 = -l_996;
let l_998 = exp(l_997);
let l_999 = f32(2.0) + l_998;
let l_1000 = l_998 / l_999;
let l_1001 = l_1000 * l_1000;
l_mut_48 = f32(0.05882352963089943);
let l_1002 = l_1001 * l_mut_48;
let l_1003 = f32(0.06666667014360428) + l_1002;
l_mut_48 = l_1003;
let l_1004 = l_1001 * l_mut_48;
let l_1005 = f32(0.07692307978868484) + l_1004;
l_mut_48 = l_1005;
let l_1006 = l_1001 * l_mut_48;
let l_1007 = f32(0.09090909361839294) + l_1006;
l_mut_48 = l_1007;
let l_1008 = l_1001 * l_mut_48;
let l_1009 = f32(0.1111111119389534) + l_1008;
l_mut_48 = l_1009;
let l_1010 = l_1001 * l_mut_48;
let l_1011 = f32(0.1428571492433548) + l_1010;
l_mut_48 = l_1011;
let l_1012 = l_1001 * l_mut_48;
let l_1013 = f32(0.20000000298023224) + l_1012;
l_mut_48 = l_1013;
let l_1014 = l_1001 * l_mut_48;
let l_1015 = f32(0.3333333432674408) + l_1014;
l_mut_48 = l_1015;
let l_1016 = l_1001 * l_mut_48;
let l_1017 = f32(1.0) + l_1016;
l_mut_48 = l_1017;
let l_1018 = f32(2.0) * l_1000;
let l_1019 = l_1018 * l_mut_48;
let l_1020 = l_995 - l_1019;
let l_1021 = a_13[u32(2)];
let l_1022 = l_1021 + l_1020;
a_13[u32(2)] = l_1022;
let l_1023 = -info.scalars_f32[3];
let l_1024 = l_1023 * l_992;
let l_1025 = l_992 * l_993;
let l_1026 = exp(l_1025);
let l_1027 = f32(1.0) + l_1026;
let l_1028 = l_1024 / l_1027;
let l_1029 = l_1028 * l_mut_317;
let l_1030 = a_14[u32(2)];
let l_1031 = l_1030 + l_1029;
a_14[u32(2)] = l_1031;
let l_1032 = a_15[u32(2)];
let l_1033 = l_1032 + l_1028;
a_15[u32(2)] = l_1033;
let l_1034 = info.scalars_f32[0] * l_1028;
l_mut_317 = l_1034;
let l_1829 = info.static_meta[u32(2)];
let l_1830 = l_1829 * u32(1);
let l_1831 = l_839 < l_1830;
let l_1832 = l_1830 - u32(1);
let l_1833 = min(l_839, l_1832);
let l_1834 = buffer_2_global[l_1833];
let l_1835 = select(f32(0.0), l_1834, l_1831);
let l_1035 = l_1835;
let l_1836 = info.static_meta[u32(3)];
let l_1837 = l_1836 * u32(1);
let l_1838 = l_980 < l_1837;
let l_1839 = l_1837 - u32(1);
let l_1840 = min(l_980, l_1839);
let l_1841 = buffer_3_global[l_1840];
let l_1842 = select(f32(0.0), l_1841, l_1838);
let l_1036 = l_1842;
let l_1037 = l_1035 * l_1036;
l_mut_317 = l_mut_317 / l_1037;
let l_1038 = l_839 - info.scalars_u32[2];
let l_1039 = l_1038 * l_1;
let l_1040 = l_1039 + l_980;
let l_1843 = info.static_meta[u32(4)];
let l_1844 = l_1843 * u32(1);
let l_1845 = l_1040 < l_1844;
if l_1845 {
buffer_4_global[l_1040] = l_mut_317;
}
}
let l_1041 = u32(3) / u32(4);
let l_1042 = u32(16) * l_1041;
let l_1043 = l_9 + l_1042;
let l_1044 = l_1043 * u32(4);
let l_1045 = u32(3) % u32(4);
let l_1046 = l_1044 + l_1045;
let l_1047 = l_mut_17 + l_1046;
let l_1048 = l_839 < l_7;
let l_1049 = l_1047 < l_1;
let l_1050 = l_1048 && l_1049;
if l_1050 {
let l_1051 = a_12[u32(11)];
let l_1052 = info.scalars_f32[0] * l_1051;
l_mut_317 = l_1052;
let l_1846 = info.static_meta[u32(2)];
let l_1847 = l_1846 * u32(1);
let l_1848 = l_839 < l_1847;
let l_1849 = l_1847 - u32(1);
let l_1850 = min(l_839, l_1849);
let l_1851 = buffer_2_global[l_1850];
let l_1852 = select(f32(0.0), l_1851, l_1848);
let l_1053 = l_1852;
let l_1853 = info.static_meta[u32(3)];
let l_1854 = l_1853 * u32(1);
let l_1855 = l_1047 < l_1854;
let l_1856 = l_1854 - u32(1);
let l_1857 = min(l_1047, l_1856);
let l_1858 = buffer_3_global[l_1857];
let l_1859 = select(f32(0.0), l_1858, l_1855);
let l_1054 = l_1859;
let l_1055 = l_1053 * l_1054;
l_mut_317 = l_mut_317 / l_1055;
let l_1056 = l_839 + info.scalars_u32[0];
let l_1057 = l_1047 + info.scalars_u32[1];
let l_1058 = l_1056 == l_1057;
let l_1059 = select(f32(-1.0), f32(1.0), l_1058);
let l_1060 = l_mut_317 + info.scalars_f32[1];
let l_1061 = l_1059 * l_1060;
let l_1062 = min(l_1061, f32(0.0));
let l_1063 = abs(l_1061);
let l_1064 = -l_1063;
let l_1065 = exp(l_1064);
let l_1066 = f32(2.0) + l_1065;
let l_1067 = l_1065 / l_1066;
let l_1068 = l_1067 * l_1067;
l_mut_48 = f32(0.05882352963089943);
let l_1069 = l_1068 * l_mut_48;
let l_1070 = f32(0.06666667014360428) + l_1069;
l_mut_48 = l_1070;
let l_1071 = l_1068 * l_mut_48;
let l_1072 = f32(0.07692307978868484) + l_1071;
l_mut_48 = l_1072;
let l_1073 = l_1068 * l_mut_48;
let l_1074 = f32(0.09090909361839294) + l_1073;
l_mut_48 = l_1074;
let l_1075 = l_1068 * l_mut_48;
let l_1076 = f32(0.1111111119389534) + l_1075;
l_mut_48 = l_1076;
let l_1077 = l_1068 * l_mut_48;
let l_1078 = f32(0.1428571492433548) + l_1077;
l_mut_48 = l_1078;
let l_1079 = l_1068 * l_mut_48;
let l_1080 = f32(0.20000000298023224) + l_1079;
l_mut_48 = l_1080;
let l_1081 = l_1068 * l_mut_48;
let l_1082 = f32(0.3333333432674408) + l_1081;
l_mut_48 = l_1082;
let l_1083 = l_1068 * l_mut_48;
let l_1084 = f32(1.0) + l_1083;
l_mut_48 = l_1084;
let l_1085 = f32(2.0) * l_1067;
let l_1086 = l_1085 * l_mut_48;
let l_1087 = l_1062 - l_1086;
let l_1088 = a_13[u32(2)];
let l_1089 = l_1088 + l_1087;
a_13[u32(2)] = l_1089;
let l_1090 = -info.scalars_f32[3];
let l_1091 = l_1090 * l_1059;
let l_1092 = l_1059 * l_1060;
let l_1093 = exp(l_1092);
let l_1094 = f32(1.0) + l_1093;
let l_1095 = l_1091 / l_1094;
let l_1096 = l_1095 * l_mut_317;
let l_1097 = a_14[u32(2)];
let l_1098 = l_1097 + l_1096;
a_14[u32(2)] = l_1098;
let l_1099 = a_15[u32(2)];
let l_1100 = l_1099 + l_1095;
a_15[u32(2)] = l_1100;
let l_1101 = info.scalars_f32[0] * l_1095;
l_mut_317 = l_1101;
let l_1860 = info.static_meta[u32(2)];
let l_1861 = l_1860 * u32(1);
let l_1862 = l_839 < l_1861;
let l_1863 = l_1861 - u32(1);
let l_1864 = min(l_839, l_1863);
let l_1865 = buffer_2_global[l_1864];
let l_1866 = select(f32(0.0), l_1865, l_1862);
let l_1102 = l_1866;
let l_1867 = info.static_meta[u32(3)];
let l_1868 = l_1867 * u32(1);
let l_1869 = l_1047 < l_1868;
let l_1870 = l_1868 - u32(1);
let l_1871 = min(l_1047, l_1870);
let l_1872 = buffer_3_global[l_1871];
let l_1873 = select(f32(0.0), l_1872, l_1869);
let l_1103 = l_1873;
let l_1104 = l_1102 * l_1103;
l_mut_317 = l_mut_317 / l_1104;
let l_1105 = l_839 - info.scalars_u32[2];
let l_1106 = l_1105 * l_1;
let l_1107 = l_1106 + l_1047;
let l_1874 = info.static_meta[u32(4)];
let l_1875 = l_1874 * u32(1);
let l_1876 = l_1107 < l_1875;
if l_1876 {
buffer_4_global[l_1107] = l_mut_317;
}
}
let l_1108 = u32(3) / u32(4);
let l_1109 = u32(16) * l_1108;
let l_1110 = l_8 + l_1109;
let l_1111 = l_1110 * u32(4);
let l_1112 = u32(3) % u32(4);
let l_1113 = l_1111 + l_1112;
let l_1114 = l_6 + l_1113;
let l_1115 = u32(0) / u32(4);
let l_1116 = u32(16) * l_1115;
let l_1117 = l_9 + l_1116;
let l_1118 = l_1117 * u32(4);
let l_1119 = u32(0) % u32(4);
let l_1120 = l_1118 + l_1119;
let l_1121 = l_mut_17 + l_1120;
let l_1122 = l_1114 < l_7;
let l_1123 = l_1121 < l_1;
let l_1124 = l_1122 && l_1123;
if l_1124 {
let l_1125 = a_12[u32(12)];
let l_1126 = info.scalars_f32[0] * l_1125;
l_mut_317 = l_1126;
let l_1877 = info.static_meta[u32(2)];
let l_1878 = l_1877 * u32(1);
let l_1879 = l_1114 < l_1878;
let l_1880 = l_1878 - u32(1);
let l_1881 = min(l_1114, l_1880);
let l_1882 = buffer_2_global[l_1881];
let l_1883 = select(f32(0.0), l_1882, l_1879);
let l_1127 = l_1883;
let l_1884 = info.static_meta[u32(3)];
let l_1885 = l_1884 * u32(1);
let l_1886 = l_1121 < l_1885;
let l_1887 = l_1885 - u32(1);
let l_1888 = min(l_1121, l_1887);
let l_1889 = buffer_3_global[l_1888];
let l_1890 = select(f32(0.0), l_1889, l_1886);
let l_1128 = l_1890;
let l_1129 = l_1127 * l_1128;
l_mut_317 = l_mut_317 / l_1129;
let l_1130 = l_1114 + info.scalars_u32[0];
let l_1131 = l_1121 + info.scalars_u32[1];
let l_1132 = l_1130 == l_1131;
let l_1133 = select(f32(-1.0), f32(1.0), l_1132);
let l_1134 = l_mut_317 + info.scalars_f32[1];
let l_1135 = l_1133 * l_1134;
let l_1136 = min(l_1135, f32(0.0));
let l_1137 = abs(l_1135);
let l_1138 = -l_1137;
let l_1139 = exp(l_1138);
let l_1140 = f32(2.0) + l_1139;
let l_1141 = l_1139 / l_1140;
let l_1142 = l_1141 * l_1141;
l_mut_48 = f32(0.05882352963089943);
let l_1143 = l_1142 * l_mut_48;
let l_1144 = f32(0.06666667014360428) + l_1143;
l_mut_48 = l_1144;
let l_1145 = l_1142 * l_mut_48;
let l_1146 = f32(0.07692307978868484) + l_1145;
l_mut_48 = l_1146;
let l_1147 = l_1142 * l_mut_48;
let l_1148 = f32(0.09090909361839294) + l_1147;
l_mut_48 = l_1148;
let l_1149 = l_1142 * l_mut_48;
let l_1150 = f32(0.1111111119389534) + l_1149;
l_mut_48 = l_1150;
let l_1151 = l_1142 * l_mut_48;
let l_1152 = f32(0.1428571492433548) + l_1151;
l_mut_48 = l_1152;
let l_1153 = l_1142 * l_mut_48;
let l_1154 = f32(0.20000000298023224) + l_1153;
l_mut_48 = l_1154;
let l_1155 = l_1142 * l_mut_48;
let l_1156 = f32(0.3333333432674408) + l_1155;
l_mut_48 = l_1156;
let l_1157 = l_1142 * l_mut_48;
let l_1158 = f32(1.0) + l_1157;
l_mut_48 = l_1158;
let l_1159 = f32(2.0) * l_1141;
let l_1160 = l_1159 * l_mut_48;
let l_1161 = l_1136 - l_1160;
let l_1162 = a_13[u32(3)];
let l_1163 = l_1162 + l_1161;
a_13[u32(3)] = l_1163;
let l_1164 = -info.scalars_f32[3];
let l_1165 = l_1164 * l_1133;
let l_1166 = l_1133 * l_1134;
let l_1167 = exp(l_1166);
let l_1168 = f32(1.0) + l_1167;
let l_1169 = l_1165 / l_1168;
let l_1170 = l_1169 * l_mut_317;
let l_1171 = a_14[u32(3)];
let l_1172 = l_1171 + l_1170;
a_14[u32(3)] = l_1172;
let l_1173 = a_15[u32(3)];
let l_1174 = l_1173 + l_1169;
a_15[u32(3)] = l_1174;
let l_1175 = info.scalars_f32[0] * l_1169;
l_mut_317 = l_1175;
let l_1891 = info.static_meta[u32(2)];
let l_1892 = l_1891 * u32(1);
let l_1893 = l_1114 < l_1892;
let l_1894 = l_1892 - u32(1);
let l_1895 = min(l_1114, l_1894);
let l_1896 = buffer_2_global[l_1895];
let l_1897 = select(f32(0.0), l_1896, l_1893);
let l_1176 = l_1897;
let l_1898 = info.static_meta[u32(3)];
let l_1899 = l_1898 * u32(1);
let l_1900 = l_1121 < l_1899;
let l_1901 = l_1899 - u32(1);
let l_1902 = min(l_1121, l_1901);
let l_1903 = buffer_3_global[l_1902];
let l_1904 = select(f32(0.0), l_1903, l_1900);
let l_1177 = l_1904;
let l_1178 = l_1176 * l_1177;
l_mut_317 = l_mut_317 / l_1178;
let l_1179 = l_1114 - info.scalars_u32[2];
let l_1180 = l_1179 * l_1;
let l_1181 = l_1180 + l_1121;
let l_1905 = info.static_meta[u32(4)];
let l_1906 = l_1905 * u32(1);
let l_1907 = l_1181 < l_1906;
if l_1907 {
buffer_4_global[l_1181] = l_mut_317;
}
}
let l_1182 = u32(1) / u32(4);
let l_1183 = u32(16) * l_1182;
let l_1184 = l_9 + l_1183;
let l_1185 = l_1184 * u32(4);
let l_1186 = u32(1) % u32(4);
let l_1187 = l_1185 + l_1186;
let l_1188 = l_mut_17 + l_1187;
let l_1189 = l_1114 < l_7;
let l_1190 = l_1188 < l_1;
let l_1191 = l_1189 && l_1190;
if l_1191 {
let l_1192 = a_12[u32(13)];
let l_1193 = info.scalars_f32[0] * l_1192;
l_mut_317 = l_1193;
let l_1908 = info.static_meta[u32(2)];
let l_1909 = l_1908 * u32(1);
let l_1910 = l_1114 < l_1909;
let l_1911 = l_1909 - u32(1);
let l_1912 = min(l_1114, l_1911);
let l_1913 = buffer_2_global[l_1912];
let l_1914 = select(f32(0.0), l_1913, l_1910);
let l_1194 = l_1914;
let l_1915 = info.static_meta[u32(3)];
let l_1916 = l_1915 * u32(1);
let l_1917 = l_1188 < l_1916;
let l_1918 = l_1916 - u32(1);
let l_1919 = min(l_1188, l_1918);
let l_1920 = buffer_3_global[l_1919];
let l_1921 = select(f32(0.0), l_1920, l_1917);
let l_1195 = l_1921;
let l_1196 = l_1194 * l_1195;
l_mut_317 = l_mut_317 / l_1196;
let l_1197 = l_1114 + info.scalars_u32[0];
let l_1198 = l_1188 + info.scalars_u32[1];
let l_1199 = l_1197 == l_1198;
let l_1200 = select(f32(-1.0), f32(1.0), l_1199);
let l_1201 = l_mut_317 + info.scalars_f32[1];
let l_1202 = l_1200 * l_1201;
let l_1203 = min(l_1202, f32(0.0));
let l_1204 = abs(l_1202);
let l_1205 = -l_1204;
let l_1206 = exp(l_1205);
let l_1207 = f32(2.0) + l_1206;
let l_1208 = l_1206 / l_1207;
let l_1209 = l_1208 * l_1208;
l_mut_48 = f32(0.05882352963089943);
let l_1210 = l_1209 * l_mut_48;
let l_1211 = f32(0.06666667014360428) + l_1210;
l_mut_48 = l_1211;
let l_1212 = l_1209 * l_mut_48;
let l_1213 = f32(0.07692307978868484) + l_1212;
l_mut_48 = l_1213;
let l_1214 = l_1209 * l_mut_48;
let l_1215 = f32(0.09090909361839294) + l_1214;
l_mut_48 = l_1215;
let l_1216 = l_1209 * l_mut_48;
let l_1217 = f32(0.1111111119389534) + l_1216;
l_mut_48 = l_1217;
let l_1218 = l_1209 * l_mut_48;
let l_1219 = f32(0.1428571492433548) + l_1218;
l_mut_48 = l_1219;
let l_1220 = l_1209 * l_mut_48;
let l_1221 = f32(0.20000000298023224) + l_1220;
l_mut_48 = l_1221;
let l_1222 = l_1209 * l_mut_48;
let l_1223 = f32(0.3333333432674408) + l_1222;
l_mut_48 = l_1223;
let l_1224 = l_1209 * l_mut_48;
let l_1225 = f32(1.0) + l_1224;
l_mut_48 = l_1225;
let l_1226 = f32(2.0) * l_1208;
let l_1227 = l_1226 * l_mut_48;
let l_1228 = l_1203 - l_1227;
let l_1229 = a_13[u32(3)];
let l_1230 = l_1229 + l_1228;
a_13[u32(3)] = l_1230;
let l_1231 = -info.scalars_f32[3];
let l_1232 = l_1231 * l_1200;
let l_1233 = l_1200 * l_1201;
let l_1234 = exp(l_1233);
let l_1235 = f32(1.0) + l_1234;
let l_1236 = l_1232 / l_1235;
let l_1237 = l_1236 * l_mut_317;
let l_1238 = a_14[u32(3)];
let l_1239 = l_1238 + l_1237;
a_14[u32(3)] = l_1239;
let l_1240 = a_15[u32(3)];
let l_1241 = l_1240 + l_1236;
a_15[u32(3)] = l_1241;
let l_1242 = info.scalars_f32[0] * l_1236;
l_mut_317 = l_1242;
let l_1922 = info.static_meta[u32(2)];
let l_1923 = l_1922 * u32(1);
let l_1924 = l_1114 < l_1923;
let l_1925 = l_1923 - u32(1);
let l_1926 = min(l_1114, l_1925);
let l_1927 = buffer_2_global[l_1926];
let l_1928 = select(f32(0.0), l_1927, l_1924);
let l_1243 = l_1928;
let l_1929 = info.static_meta[u32(3)];
let l_1930 = l_1929 * u32(1);
let l_1931 = l_1188 < l_1930;
let l_1932 = l_1930 - u32(1);
let l_1933 = min(l_1188, l_1932);
let l_1934 = buffer_3_global[l_1933];
let l_1935 = select(f32(0.0), l_1934, l_1931);
let l_1244 = l_1935;
let l_1245 = l_1243 * l_1244;
l_mut_317 = l_mut_317 / l_1245;
let l_1246 = l_1114 - info.scalars_u32[2];
let l_1247 = l_1246 * l_1;
let l_1248 = l_1247 + l_1188;
let l_1936 = info.static_meta[u32(4)];
let l_1937 = l_1936 * u32(1);
let l_1938 = l_1248 < l_1937;
if l_1938 {
buffer_4_global[l_1248] = l_mut_317;
}
}
let l_1249 = u32(2) / u32(4);
let l_1250 = u32(16) * l_1249;
let l_1251 = l_9 + l_1250;
let l_1252 = l_1251 * u32(4);
let l_1253 = u32(2) % u32(4);
let l_1254 = l_1252 + l_1253;
let l_1255 = l_mut_17 + l_1254;
let l_1256 = l_1114 < l_7;
let l_1257 = l_1255 < l_1;
let l_1258 = l_1256 && l_1257;
if l_1258 {
let l_1259 = a_12[u32(14)];
let l_1260 = info.scalars_f32[0] * l_1259;
l_mut_317 = l_1260;
let l_1939 = info.static_meta[u32(2)];
let l_1940 = l_1939 * u32(1);
let l_1941 = l_1114 < l_1940;
let l_1942 = l_1940 - u32(1);
let l_1943 = min(l_1114, l_1942);
let l_1944 = buffer_2_global[l_1943];
let l_1945 = select(f32(0.0), l_1944, l_1941);
let l_1261 = l_1945;
let l_1946 = info.static_meta[u32(3)];
let l_1947 = l_1946 * u32(1);
let l_1948 = l_1255 < l_1947;
let l_1949 = l_1947 - u32(1);
let l_1950 = min(l_1255, l_1949);
let l_1951 = buffer_3_global[l_1950];
let l_1952 = select(f32(0.0), l_1951, l_1948);
let l_1262 = l_1952;
let l_1263 = l_1261 * l_1262;
l_mut_317 = l_mut_317 / l_1263;
let l_1264 = l_1114 + info.scalars_u32[0];
let l_1265 = l_1255 + info.scalars_u32[1];
let l_1266 = l_1264 == l_1265;
let l_1267 = select(f32(-1.0), f32(1.0), l_1266);
let l_1268 = l_mut_317 + info.scalars_f32[1];
let l_1269 = l_1267 * l_1268;
let l_1270 = min(l_1269, f32(0.0));
let l_1271 = abs(l_1269);
let l_1272 = -l_1271;
let l_1273 = exp(l_1272);
let l_1274 = f32(2.0) + l_1273;
let l_1275 = l_1273 / l_1274;
let l_1276 = l_1275 * l_1275;
l_mut_48 = f32(0.05882352963089943);
let l_1277 = l_1276 * l_mut_48;
let l_1278 = f32(0.06666667014360428) + l_1277;
l_mut_48 = l_1278;
let l_1279 = l_1276 * l_mut_48;
let l_1280 = f32(0.07692307978868484) + l_1279;
l_mut_48 = l_1280;
let l_1281 = l_1276 * l_mut_48;
let l_1282 = f32(0.09090909361839294) + l_1281;
l_mut_48 = l_1282;
let l_1283 = l_1276 * l_mut_48;
let l_1284 = f32(0.1111111119389534) + l_1283;
l_mut_48 = l_1284;
let l_1285 = l_1276 * l_mut_48;
let l_1286 = f32(0.1428571492433548) + l_1285;
l_mut_48 = l_1286;
let l_1287 = l_1276 * l_mut_48;
let l_1288 = f32(0.20000000298023224) + l_1287;
l_mut_48 = l_1288;
let l_1289 = l_1276 * l_mut_48;
let l_1290 = f32(0.3333333432674408) + l_1289;
l_mut_48 = l_1290;
let l_1291 = l_1276 * l_mut_48;
let l_1292 = f32(1.0) + l_1291;
l_mut_48 = l_1292;
let l_1293 = f32(2.0) * l_1275;
let l_1294 = l_1293 * l_mut_48;
let l_1295 = l_1270 - l_1294;
let l_1296 = a_13[u32(3)];
let l_1297 = l_1296 + l_1295;
a_13[u32(3)] = l_1297;
let l_1298 = -info.scalars_f32[3];
let l_1299 = l_1298 * l_1267;
let l_1300 = l_1267 * l_1268;
let l_1301 = exp(l_1300);
let l_1302 = f32(1.0) + l_1301;
let l_1303 = l_1299 / l_1302;
let l_1304 = l_1303 * l_mut_317;
let l_1305 = a_14[u32(3)];
let l_1306 = l_1305 + l_1304;
a_14[u32(3)] = l_1306;
let l_1307 = a_15[u32(3)];
let l_1308 = l_1307 + l_1303;
a_15[u32(3)] = l_1308;
let l_1309 = info.scalars_f32[0] * l_1303;
l_mut_317 = l_1309;
let l_1953 = info.static_meta[u32(2)];
let l_1954 = l_1953 * u32(1);
let l_1955 = l_1114 < l_1954;
let l_1956 = l_1954 - u32(1);
let l_1957 = min(l_1114, l_1956);
let l_1958 = buffer_2_global[l_1957];
let l_1959 = select(f32(0.0), l_1958, l_1955);
let l_1310 = l_1959;
let l_1960 = info.static_meta[u32(3)];
let l_1961 = l_1960 * u32(1);
let l_1962 = l_1255 < l_1961;
let l_1963 = l_1961 - u32(1);
let l_1964 = min(l_1255, l_1963);
let l_1965 = buffer_3_global[l_1964];
let l_1966 = select(f32(0.0), l_1965, l_1962);
let l_1311 = l_1966;
let l_1312 = l_1310 * l_1311;
l_mut_317 = l_mut_317 / l_1312;
let l_1313 = l_1114 - info.scalars_u32[2];
let l_1314 = l_1313 * l_1;
let l_1315 = l_1314 + l_1255;
let l_1967 = info.static_meta[u32(4)];
let l_1968 = l_1967 * u32(1);
let l_1969 = l_1315 < l_1968;
if l_1969 {
buffer_4_global[l_1315] = l_mut_317;
}
}
let l_1316 = u32(3) / u32(4);
let l_1317 = u32(16) * l_1316;
let l_1318 = l_9 + l_1317;
let l_1319 = l_1318 * u32(4);
let l_1320 = u32(3) % u32(4);
let l_1321 = l_1319 + l_1320;
let l_1322 = l_mut_17 + l_1321;
let l_1323 = l_1114 < l_7;
let l_1324 = l_1322 < l_1;
let l_1325 = l_1323 && l_1324;
if l_1325 {
let l_1326 = a_12[u32(15)];
let l_1327 = info.scalars_f32[0] * l_1326;
l_mut_317 = l_1327;
let l_1970 = info.static_meta[u32(2)];
let l_1971 = l_1970 * u32(1);
let l_1972 = l_1114 < l_1971;
let l_1973 = l_1971 - u32(1);
let l_1974 = min(l_1114, l_1973);
let l_1975 = buffer_2_global[l_1974];
let l_1976 = select(f32(0.0), l_1975, l_1972);
let l_1328 = l_1976;
let l_1977 = info.static_meta[u32(3)];
let l_1978 = l_1977 * u32(1);
let l_1979 = l_1322 < l_1978;
let l_1980 = l_1978 - u32(1);
let l_1981 = min(l_1322, l_1980);
let l_1982 = buffer_3_global[l_1981];
let l_1983 = select(f32(0.0), l_1982, l_1979);
let l_1329 = l_1983;
let l_1330 = l_1328 * l_1329;
l_mut_317 = l_mut_317 / l_1330;
let l_1331 = l_1114 + info.scalars_u32[0];
let l_1332 = l_1322 + info.scalars_u32[1];
let l_1333 = l_1331 == l_1332;
let l_1334 = select(f32(-1.0), f32(1.0), l_1333);
let l_1335 = l_mut_317 + info.scalars_f32[1];
let l_1336 = l_1334 * l_1335;
let l_1337 = min(l_1336, f32(0.0));
let l_1338 = abs(l_1336);
let l_1339 = -l_1338;
let l_1340 = exp(l_1339);
let l_1341 = f32(2.0) + l_1340;
let l_1342 = l_1340 / l_1341;
let l_1343 = l_1342 * l_1342;
l_mut_48 = f32(0.05882352963089943);
let l_1344 = l_1343 * l_mut_48;
let l_1345 = f32(0.06666667014360428) + l_1344;
l_mut_48 = l_1345;
let l_1346 = l_1343 * l_mut_48;
let l_1347 = f32(0.07692307978868484) + l_1346;
l_mut_48 = l_1347;
let l_1348 = l_1343 * l_mut_48;
let l_1349 = f32(0.09090909361839294) + l_1348;
l_mut_48 = l_1349;
let l_1350 = l_1343 * l_mut_48;
let l_1351 = f32(0.1111111119389534) + l_1350;
l_mut_48 = l_1351;
let l_1352 = l_1343 * l_mut_48;
let l_1353 = f32(0.1428571492433548) + l_1352;
l_mut_48 = l_1353;
let l_1354 = l_1343 * l_mut_48;
let l_1355 = f32(0.20000000298023224) + l_1354;
l_mut_48 = l_1355;
let l_1356 = l_1343 * l_mut_48;
let l_1357 = f32(0.3333333432674408) + l_1356;
l_mut_48 = l_1357;
let l_1358 = l_1343 * l_mut_48;
let l_1359 = f32(1.0) + l_1358;
l_mut_48 = l_1359;
let l_1360 = f32(2.0) * l_1342;
let l_1361 = l_1360 * l_mut_48;
let l_1362 = l_1337 - l_1361;
let l_1363 = a_13[u32(3)];
let l_1364 = l_1363 + l_1362;
a_13[u32(3)] = l_1364;
let l_1365 = -info.scalars_f32[3];
let l_1366 = l_1365 * l_1334;
let l_1367 = l_1334 * l_1335;
let l_1368 = exp(l_1367);
let l_1369 = f32(1.0) + l_1368;
let l_1370 = l_1366 / l_1369;
let l_1371 = l_1370 * l_mut_317;
let l_1372 = a_14[u32(3)];
let l_1373 = l_1372 + l_1371;
a_14[u32(3)] = l_1373;
let l_1374 = a_15[u32(3)];
let l_1375 = l_1374 + l_1370;
a_15[u32(3)] = l_1375;
let l_1376 = info.scalars_f32[0] * l_1370;
l_mut_317 = l_1376;
let l_1984 = info.static_meta[u32(2)];
let l_1985 = l_1984 * u32(1);
let l_1986 = l_1114 < l_1985;
let l_1987 = l_1985 - u32(1);
let l_1988 = min(l_1114, l_1987);
let l_1989 = buffer_2_global[l_1988];
let l_1990 = select(f32(0.0), l_1989, l_1986);
let l_1377 = l_1990;
let l_1991 = info.static_meta[u32(3)];
let l_1992 = l_1991 * u32(1);
let l_1993 = l_1322 < l_1992;
let l_1994 = l_1992 - u32(1);
let l_1995 = min(l_1322, l_1994);
let l_1996 = buffer_3_global[l_1995];
let l_1997 = select(f32(0.0), l_1996, l_1993);
let l_1378 = l_1997;
let l_1379 = l_1377 * l_1378;
l_mut_317 = l_mut_317 / l_1379;
let l_1380 = l_1114 - info.scalars_u32[2];
let l_1381 = l_1380 * l_1;
let l_1382 = l_1381 + l_1322;
let l_1998 = info.static_meta[u32(4)];
let l_1999 = l_1998 * u32(1);
let l_2000 = l_1382 < l_1999;
if l_2000 {
buffer_4_global[l_1382] = l_mut_317;
}
}
let l_1383 = info.scalars_u32[4] * u32(64);
l_mut_17 = l_mut_17 + l_1383;
}
let l_1384 = vec4<f32>(f32(0.0));
l_mut_44 = l_1384;
l_mut_43 = l_mut_44;
let l_1385 = a_13[u32(0)];
l_mut_43[u32(0)] = l_1385;
let l_1386 = a_14[u32(0)];
l_mut_43[u32(1)] = l_1386;
let l_1387 = a_15[u32(0)];
l_mut_43[u32(2)] = l_1387;
l_mut_43[u32(3)] = f32(0.0);
let l_1388 = u32(0) / u32(4);
let l_1389 = u32(16) * l_1388;
let l_1390 = l_8 + l_1389;
let l_1391 = l_1390 * u32(4);
let l_1392 = u32(0) % u32(4);
let l_1393 = l_1391 + l_1392;
let l_1394 = l_1393 * u32(16);
let l_1395 = l_1394 + l_9;
shared_memory_10[l_1395] = l_mut_43;
let l_1396 = vec4<f32>(f32(0.0));
l_mut_44 = l_1396;
l_mut_43 = l_mut_44;
let l_1397 = a_13[u32(1)];
l_mut_43[u32(0)] = l_1397;
let l_1398 = a_14[u32(1)];
l_mut_43[u32(1)] = l_1398;
let l_1399 = a_15[u32(1)];
l_mut_43[u32(2)] = l_1399;
l_mut_43[u32(3)] = f32(0.0);
let l_1400 = u32(1) / u32(4);
let l_1401 = u32(16) * l_1400;
let l_1402 = l_8 + l_1401;
let l_1403 = l_1402 * u32(4);
let l_1404 = u32(1) % u32(4);
let l_1405 = l_1403 + l_1404;
let l_1406 = l_1405 * u32(16);
let l_1407 = l_1406 + l_9;
shared_memory_10[l_1407] = l_mut_43;
let l_1408 = vec4<f32>(f32(0.0));
l_mut_44 = l_1408;
l_mut_43 = l_mut_44;
let l_1409 = a_13[u32(2)];
l_mut_43[u32(0)] = l_1409;
let l_1410 = a_14[u32(2)];
l_mut_43[u32(1)] = l_1410;
let l_1411 = a_15[u32(2)];
l_mut_43[u32(2)] = l_1411;
l_mut_43[u32(3)] = f32(0.0);
let l_1412 = u32(2) / u32(4);
let l_1413 = u32(16) * l_1412;
let l_1414 = l_8 + l_1413;
let l_1415 = l_1414 * u32(4);
let l_1416 = u32(2) % u32(4);
let l_1417 = l_1415 + l_1416;
let l_1418 = l_1417 * u32(16);
let l_1419 = l_1418 + l_9;
shared_memory_10[l_1419] = l_mut_43;
let l_1420 = vec4<f32>(f32(0.0));
l_mut_44 = l_1420;
l_mut_43 = l_mut_44;
let l_1421 = a_13[u32(3)];
l_mut_43[u32(0)] = l_1421;
let l_1422 = a_14[u32(3)];
l_mut_43[u32(1)] = l_1422;
let l_1423 = a_15[u32(3)];
l_mut_43[u32(2)] = l_1423;
l_mut_43[u32(3)] = f32(0.0);
let l_1424 = u32(3) / u32(4);
let l_1425 = u32(16) * l_1424;
let l_1426 = l_8 + l_1425;
let l_1427 = l_1426 * u32(4);
let l_1428 = u32(3) % u32(4);
let l_1429 = l_1427 + l_1428;
let l_1430 = l_1429 * u32(16);
let l_1431 = l_1430 + l_9;
shared_memory_10[l_1431] = l_mut_43;
workgroupBarrier();
let l_1432 = local_idx < u32(64);
if l_1432 {
let l_1433 = l_6 + local_idx;
let l_1434 = l_1433 < l_7;
if l_1434 {
l_mut_317 = f32(0.0);
l_mut_48 = f32(0.0);
l_mut_1435 = f32(0.0);

for (var l_mut_1436: u32 = u32(0); l_mut_1436 < u32(16); l_mut_1436++) {
let l_1437 = local_idx * u32(16);
let l_1438 = l_1437 + l_mut_1436;
let l_1439 = shared_memory_10[l_1438];
let l_1440 = l_1439[u32(0)];
l_mut_317 = l_mut_317 + l_1440;
let l_1441 = l_1439[u32(1)];
l_mut_48 = l_mut_48 + l_1441;
let l_1442 = l_1439[u32(2)];
l_mut_1435 = l_mut_1435 + l_1442;
}
let l_1443 = l_1433 * info.scalars_u32[4];
let l_1444 = l_1443 + l_3;
let l_1445 = info.scalars_f32[2] * l_mut_317;
let l_2001 = info.static_meta[u32(5)];
let l_2002 = l_2001 * u32(1);
let l_2003 = l_1444 < l_2002;
if l_2003 {
buffer_5_global[l_1444] = l_1445;
}
let l_1446 = u32(2) * l_1444;
let l_2004 = info.static_meta[u32(6)];
let l_2005 = l_2004 * u32(1);
let l_2006 = l_1446 < l_2005;
if l_2006 {
buffer_6_global[l_1446] = l_mut_48;
}
let l_1447 = u32(2) * l_1444;
let l_1448 = l_1447 + u32(1);
let l_2007 = info.static_meta[u32(6)];
let l_2008 = l_2007 * u32(1);
let l_2009 = l_1448 < l_2008;
if l_2009 {
buffer_6_global[l_1448] = l_mut_1435;
}
}
}
}
}
// ==== launch 0: matmul_kernel_c_f32_a_f32_b_f32_h_f32_o_f32 (sigmoid_loss), cube_dim 256x1x1
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
   static_meta: array<u32, 16>,
   dynamic_meta: array<u32>,
}

@group(0)
@binding(3)
var<storage, read> info: info_st;

var<workgroup> shared_memory_19: array<vec4<f32>, 544>;

const WORKGROUP_SIZE_X = 256u;
const WORKGROUP_SIZE_Y = 1u;
const WORKGROUP_SIZE_Z = 1u;

@compute
@workgroup_size(256, 1, 1)
fn matmul_kernel_c_f32_a_f32_b_f32_h_f32_o_f32(
    @builtin(local_invocation_index) local_idx: u32,
    @builtin(workgroup_id) workgroup_id: vec3<u32>,
) {
var a_18: array<f32, 16>;

var a_22: array<vec4<f32>, 1>;

var a_23: array<vec4<f32>, 1>;

var a_167: array<vec4<f32>, 1>;

var l_mut_29: u32;
var l_mut_30: u32;
var l_mut_34: vec4<f32>;
var l_mut_35: vec4<f32>;
var l_mut_39: f32;
var l_mut_7: u32;
var l_mut_8: u32;
var l_mut_92: u32;
var l_mut_93: u32;
var l_mut_9: u32;
let l_0 = info.dynamic_meta[info.static_meta[u32(9)] + u32(0)];
let l_1 = info.dynamic_meta[info.static_meta[u32(9)] + u32(1)];
let l_2 = info.dynamic_meta[info.static_meta[u32(10)] + u32(1)];
let l_3 = local_idx / u32(16);
let l_4 = local_idx % u32(16);
let l_5 = workgroup_id.y * u32(64);
let l_6 = workgroup_id.x * u32(64);
l_mut_7 = workgroup_id.z;
l_mut_8 = u32(0);
l_mut_7 = workgroup_id.z;
l_mut_9 = u32(0);
let l_10 = info.dynamic_meta[info.static_meta[u32(12)] + u32(0)];
let l_11 = info.dynamic_meta[info.static_meta[u32(12)] + u32(1)];
let l_12 = info.dynamic_meta[info.static_meta[u32(13)] + u32(0)];
let l_13 = info.dynamic_meta[info.static_meta[u32(13)] + u32(1)];
let l_14 = info.dynamic_meta[info.static_meta[u32(12)] + u32(1)];
let l_15 = l_14 == u32(1);
let l_16 = info.dynamic_meta[info.static_meta[u32(13)] + u32(0)];
let l_17 = l_16 == u32(1);
let l_20 = local_idx / u32(16);
let l_21 = local_idx % u32(16);
a_18[u32(0)] = f32(0.0);
a_18[u32(1)] = f32(0.0);
a_18[u32(2)] = f32(0.0);
a_18[u32(3)] = f32(0.0);
a_18[u32(4)] = f32(0.0);
a_18[u32(5)] = f32(0.0);
a_18[u32(6)] = f32(0.0);
a_18[u32(7)] = f32(0.0);
a_18[u32(8)] = f32(0.0);
a_18[u32(9)] = f32(0.0);
a_18[u32(10)] = f32(0.0);
a_18[u32(11)] = f32(0.0);
a_18[u32(12)] = f32(0.0);
a_18[u32(13)] = f32(0.0);
a_18[u32(14)] = f32(0.0);
a_18[u32(15)] = f32(0.0);
l_mut_7 = u32(0);
loop {
let l_24 = l_mut_7 < l_1;
let l_25 = !l_24;
if l_25 {
break;
}
let l_26 = local_idx + u32(0);
if l_15 {
let l_27 = l_26 / u32(16);
let l_28 = l_26 % u32(16);
l_mut_29 = l_27;
l_mut_30 = l_28;
} else {
let l_31 = l_26 % u32(16);
let l_32 = l_26 / u32(16);
l_mut_29 = l_31;
l_mut_30 = l_32;
}
let l_33 = vec4<f32>(f32(0.0));
l_mut_34 = l_33;
l_mut_35 = l_mut_34;
let l_36 = l_mut_29 * u32(4);
let l_37 = l_5 + l_36;
let l_38 = l_37 + u32(0);
l_mut_39 = f32(0.0);
let l_40 = l_38 < l_0;
let l_41 = l_mut_7 + l_mut_30;
let l_42 = l_41 < l_1;
let l_43 = l_40 && l_42;
if l_43 {
let l_44 = l_38 * l_10;
let l_45 = l_mut_8 + l_44;
let l_46 = l_mut_7 + l_mut_30;
let l_47 = l_46 * l_11;
let l_48 = l_45 + l_47;
let l_541 = info.static_meta[u32(0)];
let l_542 = l_541 * u32(1);
let l_543 = l_48 < l_542;
let l_544 = l_542 - u32(1);
let l_545 = min(l_48, l_544);
let l_546 = buffer_0_global[l_545];
let l_547 = select(f32(0.0), l_546, l_543);
let l_49 = l_547;
l_mut_39 = l_49;
}
l_mut_35[u32(0)] = l_mut_39;
let l_50 = l_mut_29 * u32(4);
let l_51 = l_5 + l_50;
let l_52 = l_51 + u32(1);
l_mut_39 = f32(0.0);
let l_53 = l_52 < l_0;
let l_54 = l_mut_7 + l_mut_30;
let l_55 = l_54 < l_1;
let l_56 = l_53 && l_55;
if l_56 {
let l_57 = l_52 * l_10;
let l_58 = l_mut_8 + l_57;
let l_59 = l_mut_7 + l_mut_30;
let l_60 = l_59 * l_11;
let l_61 = l_58 + l_60;
let l_548 = info.static_meta[u32(0)];
let l_549 = l_548 * u32(1);
let l_550 = l_61 < l_549;
let l_551 = l_549 - u32(1);
let l_552 = min(l_61, l_551);
let l_553 = buffer_0_global[l_552];
let l_554 = select(f32(0.0), l_553, l_550);
let l_62 = l_554;
l_mut_39 = l_62;
}
l_mut_35[u32(1)] = l_mut_39;
let l_63 = l_mut_29 * u32(4);
let l_64 = l_5 + l_63;
let l_65 = l_64 + u32(2);
l_mut_39 = f32(0.0);
let l_66 = l_65 < l_0;
let l_67 = l_mut_7 + l_mut_30;
let l_68 = l_67 < l_1;
let l_69 = l_66 && l_68;
if l_69 {
let l_70 = l_65 * l_10;
let l_71 = l_mut_8 + l_70;
let l_72 = l_mut_7 + l_mut_30;
let l_73 = l_72 * l_11;
let l_74 = l_71 + l_73;
let l_555 = info.static_meta[u32(0)];
let l_556 = l_555 * u32(1);
let l_557 = l_74 < l_556;
let l_558 = l_556 - u32(1);
let l_559 = min(l_74, l_558);
let l_560 = buffer_0_global[l_559];
let l_561 = select(f32(0.0), l_560, l_557);
let l_75 = l_561;
l_mut_39 = l_75;
}
l_mut_35[u32(2)] = l_mut_39;
let l_76 = l_mut_29 * u32(4);
let l_77 = l_5 + l_76;
let l_78 = l_77 + u32(3);
l_mut_39 = f32(0.0);
let l_79 = l_78 < l_0;
let l_80 = l_mut_7 + l_mut_30;
let l_81 = l_80 < l_1;
let l_82 = l_79 && l_81;
if l_82 {
let l_83 = l_78 * l_10;
let l_84 = l_mut_8 + l_83;
let l_85 = l_mut_7 + l_mut_30;
let l_86 = l_85 * l_11;
let l_87 = l_84 + l_86;
let l_562 = info.static_meta[u32(0)];
let l_563 = l_562 * u32(1);
let l_564 = l_87 < l_563;
let l_565 = l_563 - u32(1);
let l_566 = min(l_87, l_565);
let l_567 = buffer_0_global[l_566];
let l_568 = select(f32(0.0), l_567, l_564);
let l_88 = l_568;
l_mut_39 = l_88;
}
l_mut_35[u32(3)] = l_mut_39;
a_22[u32(0)] = l_mut_35;
let l_89 = local_idx + u32(0);
if l_17 {
let l_90 = l_89 / u32(16);
let l_91 = l_89 % u32(16);
l_mut_92 = l_90;
l_mut_93 = l_91;
} else {
let l_94 = l_89 % u32(16);
let l_95 = l_89 / u32(16);
l_mut_92 = l_94;
l_mut_93 = l_95;
}
let l_96 = vec4<f32>(f32(0.0));
l_mut_35 = l_96;
l_mut_34 = l_mut_35;
let l_97 = l_mut_92 * u32(4);
let l_98 = l_6 + l_97;
let l_99 = l_98 + u32(0);
l_mut_39 = f32(0.0);
let l_100 = l_99 < l_2;
let l_101 = l_mut_7 + l_mut_93;
let l_102 = l_101 < l_1;
let l_103 = l_100 && l_102;
if l_103 {
let l_104 = l_mut_7 + l_mut_93;
let l_105 = l_104 * l_12;
let l_106 = l_mut_9 + l_105;
let l_107 = l_99 * l_13;
let l_108 = l_106 + l_107;
let l_569 = info.static_meta[u32(1)];
let l_570 = l_569 * u32(1);
let l_571 = l_108 < l_570;
let l_572 = l_570 - u32(1);
let l_573 = min(l_108, l_572);
let l_574 = buffer_1_global[l_573];
let l_575 = select(f32(0.0), l_574, l_571);
let l_109 = l_575;
l_mut_39 = l_109;
}
l_mut_34[u32(0)] = l_mut_39;
let l_110 = l_mut_92 * u32(4);
let l_111 = l_6 + l_110;
let l_112 = l_111 + u32(1);
l_mut_39 = f32(0.0);
let l_113 = l_112 < l_2;
let l_114 = l_mut_7 + l_mut_93;
let l_115 = l_114 < l_1;
let l_116 = l_113 && l_115;
if l_116 {
let l_117 = l_mut_7 + l_mut_93;
let l_118 = l_117 * l_12;
let l_119 = l_mut_9 + l_118;
let l_120 = l_112 * l_13;
let l_121 = l_119 + l_120;
let l_576 = info.static_meta[u32(1)];
let l_577 = l_576 * u32(1);
let l_578 = l_121 < l_577;
let l_579 = l_577 - u32(1);
let l_580 = min(l_121, l_579);
let l_581 = buffer_1_global[l_580];
let l_582 = select(f32(0.0), l_581, l_578);
let l_122 = l_582;
l_mut_39 = l_122;
}
l_mut_34[u32(1)] = l_mut_39;
let l_123 = l_mut_92 * u32(4);
let l_124 = l_6 + l_123;
let l_125 = l_124 + u32(2);
l_mut_39 = f32(0.0);
let l_126 = l_125 < l_2;
let l_127 = l_mut_7 + l_mut_93;
let l_128 = l_127 < l_1;
let l_129 = l_126 && l_128;
if l_129 {
let l_130 = l_mut_7 + l_mut_93;
let l_131 = l_130 * l_12;
let l_132 = l_mut_9 + l_131;
let l_133 = l_125 * l_13;
let l_134 = l_132 + l_133;
let l_583 = info.static_meta[u32(1)];
let l_584 = l_583 * u32(1);
let l_585 = l_134 < l_584;
let l_586 = l_584 - u32(1);
let l_587 = min(l_134, l_586);
let l_588 = buffer_1_global[l_587];
let l_589 = select(f32(0.0), l_588, l_585);
let l_135 = l_589;
l_mut_39 = l_135;
}
l_mut_34[u32(2)] = l_mut_39;
let l_136 = l_mut_92 * u32(4);
let l_137 = l_6 + l_136;
let l_138 = l_137 + u32(3);
l_mut_39 = f32(0.0);
let l_139 = l_138 < l_2;
let l_140 = l_mut_7 + l_mut_93;
let l_141 = l_140 < l_1;
let l_142 = l_139 && l_141;
if l_142 {
let l_143 = l_mut_7 + l_mut_93;
let l_144 = l_143 * l_12;
let l_145 = l_mut_9 + l_144;
let l_146 = l_138 * l_13;
let l_147 = l_145 + l_146;
let l_590 = info.static_meta[u32(1)];
let l_591 = l_590 * u32(1);
let l_592 = l_147 < l_591;
let l_593 = l_591 - u32(1);
let l_594 = min(l_147, l_593);
let l_595 = buffer_1_global[l_594];
let l_596 = select(f32(0.0), l_595, l_592);
let l_148 = l_596;
l_mut_39 = l_148;
}
l_mut_34[u32(3)] = l_mut_39;
a_23[u32(0)] = l_mut_34;
let l_149 = local_idx + u32(0);
if l_15 {
let l_150 = l_149 / u32(16);
let l_151 = l_149 % u32(16);
l_mut_93 = l_150;
l_mut_92 = l_151;
} else {
let l_152 = l_149 % u32(16);
let l_153 = l_149 / u32(16);
l_mut_93 = l_152;
l_mut_92 = l_153;
}
let l_154 = l_mut_92 * u32(17);
let l_155 = l_154 + l_mut_93;
let l_156 = a_22[u32(0)];
shared_memory_19[l_155] = l_156;
let l_157 = local_idx + u32(0);
if l_17 {
let l_158 = l_157 / u32(16);
let l_159 = l_157 % u32(16);
l_mut_30 = l_158;
l_mut_29 = l_159;
} else {
let l_160 = l_157 % u32(16);
let l_161 = l_157 / u32(16);
l_mut_30 = l_160;
l_mut_29 = l_161;
}
let l_162 = l_mut_29 * u32(17);
let l_163 = u32(272) + l_162;
let l_164 = l_163 + l_mut_30;
let l_165 = a_23[u32(0)];
shared_memory_19[l_164] = l_165;
workgroupBarrier();

for (var l_mut_166: u32 = u32(0); l_mut_166 < u32(16); l_mut_166++) {
let l_168 = l_mut_166 * u32(17);
let l_169 = u32(272) + l_168;
let l_170 = l_169 + l_21;
let l_171 = l_170 + u32(0);
let l_172 = shared_memory_19[l_171];
a_167[u32(0)] = l_172;
let l_173 = l_mut_166 * u32(17);
let l_174 = l_173 + l_20;
let l_175 = l_174 + u32(0);
let l_176 = shared_memory_19[l_175];
let l_177 = l_176[u32(0)];
let l_178 = a_167[u32(0)];
let l_179 = l_178[u32(0)];
let l_180 = l_177 * l_179;
let l_181 = a_18[u32(0)];
let l_182 = l_181 + l_180;
a_18[u32(0)] = l_182;
let l_183 = l_176[u32(0)];
let l_184 = a_167[u32(0)];
let l_185 = l_184[u32(1)];
let l_186 = l_183 * l_185;
let l_187 = a_18[u32(1)];
let l_188 = l_187 + l_186;
a_18[u32(1)] = l_188;
let l_189 = l_176[u32(0)];
let l_190 = a_167[u32(0)];
let l_191 = l_190[u32(2)];
let l_192 = l_189 * l_191;
let l_193 = a_18[u32(2)];
let l_194 = l_193 + l_192;
a_18[u32(2)] = l_194;
let l_195 = l_176[u32(0)];
let l_196 = a_167[u32(0)];
let l_197 = l_196[u32(3)];
let l_198 = l_195 * l_197;
let l_199 = a_18[u32(3)];
let l_200 = l_199 + l_198;
a_18[u32(3)] = l_200;
let l_201 = l_176[u32(1)];
let l_202 = a_167[u32(0)];
let l_203 = l_202[u32(0)];
let l_204 = l_201 * l_203;
let l_205 = a_18[u32(4)];
let l_206 = l_205 + l_204;
a_18[u32(4)] = l_206;
let l_207 = l_176[u32(1)];
let l_208 = a_167[u32(0)];
let l_209 = l_208[u32(1)];
let l_210 = l_207 * l_209;
let l_211 = a_18[u32(5)];
let l_212 = l_211 + l_210;
a_18[u32(5)] = l_212;
let l_213 = l_176[u32(1)];
let l_214 = a_167[u32(0)];
let l_215 = l_214[u32(2)];
let l_216 = l_213 * l_215;
let l_217 = a_18[u32(6)];
let l_218 = l_217 + l_216;
a_18[u32(6)] = l_218;
let l_219 = l_176[u32(1)];
let l_220 = a_167[u32(0)];
let l_221 = l_220[u32(3)];
let l_222 = l_219 * l_221;
let l_223 = a_18[u32(7)];
let l_224 = l_223 + l_222;
a_18[u32(7)] = l_224;
let l_225 = l_176[u32(2)];
let l_226 = a_167[u32(0)];
let l_227 = l_226[u32(0)];
let l_228 = l_225 * l_227;
let l_229 = a_18[u32(8)];
let l_230 = l_229 + l_228;
a_18[u32(8)] = l_230;
let l_231 = l_176[u32(2)];
let l_232 = a_167[u32(0)];
let l_233 = l_232[u32(1)];
let l_234 = l_231 * l_233;
let l_235 = a_18[u32(9)];
let l_236 = l_235 + l_234;
a_18[u32(9)] = l_236;
let l_237 = l_176[u32(2)];
let l_238 = a_167[u32(0)];
let l_239 = l_238[u32(2)];
let l_240 = l_237 * l_239;
let l_241 = a_18[u32(10)];
let l_242 = l_241 + l_240;
a_18[u32(10)] = l_242;
let l_243 = l_176[u32(2)];
let l_244 = a_167[u32(0)];
let l_245 = l_244[u32(3)];
let l_246 = l_243 * l_245;
let l_247 = a_18[u32(11)];
let l_248 = l_247 + l_246;
a_18[u32(11)] = l_248;
let l_249 = l_176[u32(3)];
let l_250 = a_167[u32(0)];
let l_251 = l_250[u32(0)];
let l_252 = l_249 * l_251;
let l_253 = a_18[u32(12)];
let l_254 = l_253 + l_252;
a_18[u32(12)] = l_254;
let l_255 = l_176[u32(3)];
let l_256 = a_167[u32(0)];
let l_257 = l_256[u32(1)];
let l_258 = l_255 * l_257;
let l_259 = a_18[u32(13)];
let l_260 = l_259 + l_258;
a_18[u32(13)] = l_260;
let l_261 = l_176[u32(3)];
let l_262 = a_167[u32(0)];
let l_263 = l_262[u32(2)];
let l_264 = l_261 * l_263;
let l_265 = a_18[u32(14)];
let l_266 = l_265 + l_264;
a_18[u32(14)] = l_266;
let l_267 = l_176[u32(3)];
let l_268 = a_167[u32(0)];
let l_269 = l_268[u32(3)];
let l_270 = l_267 * l_269;
let l_271 = a_18[u32(15)];
let l_272 = l_271 + l_270;
a_18[u32(15)] = l_272;
}
workgroupBarrier();
l_mut_7 = l_mut_7 + u32(16);
}
let l_273 = u32(0) / u32(4);
let l_274 = u32(16) * l_273;
let l_275 = l_3 + l_274;
let l_276 = l_275 * u32(4);
let l_277 = u32(0) % u32(4);
let l_278 = l_276 + l_277;
let l_279 = l_5 + l_278;
let l_280 = u32(0) / u32(4);
let l_281 = u32(16) * l_280;
let l_282 = l_4 + l_281;
let l_283 = l_282 * u32(4);
let l_284 = u32(0) % u32(4);
let l_285 = l_283 + l_284;
let l_286 = l_6 + l_285;
let l_287 = l_279 < l_0;
let l_288 = l_286 < l_2;
let l_289 = l_287 && l_288;
if l_289 {
let l_290 = workgroup_id.z * l_0;
let l_291 = l_290 + l_279;
let l_292 = l_291 * l_2;
let l_293 = l_292 + l_286;
let l_294 = a_18[u32(0)];
let l_597 = info.static_meta[u32(2)];
let l_598 = l_597 * u32(1);
let l_599 = l_293 < l_598;
if l_599 {
buffer_2_global[l_293] = l_294;
}
}
let l_295 = u32(1) / u32(4);
let l_296 = u32(16) * l_295;
let l_297 = l_4 + l_296;
let l_298 = l_297 * u32(4);
let l_299 = u32(1) % u32(4);
let l_300 = l_298 + l_299;
let l_301 = l_6 + l_300;
let l_302 = l_279 < l_0;
let l_303 = l_301 < l_2;
let l_304 = l_302 && l_303;
if l_304 {
let l_305 = workgroup_id.z * l_0;
let l_306 = l_305 + l_279;
let l_307 = l_306 * l_2;
let l_308 = l_307 + l_301;
let l_309 = a_18[u32(1)];
let l_600 = info.static_meta[u32(2)];
let l_601 = l_600 * u32(1);
let l_602 = l_308 < l_601;
if l_602 {
buffer_2_global[l_308] = l_309;
}
}
let l_310 = u32(2) / u32(4);
let l_311 = u32(16) * l_310;
let l_312 = l_4 + l_311;
let l_313 = l_312 * u32(4);
let l_314 = u32(2) % u32(4);
let l_315 = l_313 + l_314;
let l_316 = l_6 + l_315;
let l_317 = l_279 < l_0;
let l_318 = l_316 < l_2;
let l_319 = l_317 && l_318;
if l_319 {
let l_320 = workgroup_id.z * l_0;
let l_321 = l_320 + l_279;
let l_322 = l_321 * l_2;
let l_323 = l_322 + l_316;
let l_324 = a_18[u32(2)];
let l_603 = info.static_meta[u32(2)];
let l_604 = l_603 * u32(1);
let l_605 = l_323 < l_604;
if l_605 {
buffer_2_global[l_323] = l_324;
}
}
let l_325 = u32(3) / u32(4);
let l_326 = u32(16) * l_325;
let l_327 = l_4 + l_326;
let l_328 = l_327 * u32(4);
let l_329 = u32(3) % u32(4);
let l_330 = l_328 + l_329;
let l_331 = l_6 + l_330;
let l_332 = l_279 < l_0;
let l_333 = l_331 < l_2;
let l_334 = l_332 && l_333;
if l_334 {
let l_335 = workgroup_id.z * l_0;
let l_336 = l_335 + l_279;
let l_337 = l_336 * l_2;
let l_338 = l_337 + l_331;
let l_339 = a_18[u32(3)];
let l_606 = info.static_meta[u32(2)];
let l_607 = l_606 * u32(1);
let l_608 = l_338 < l_607;
if l_608 {
buffer_2_global[l_338] = l_339;
}
}
let l_340 = u32(1) / u32(4);
let l_341 = u32(16) * l_340;
let l_342 = l_3 + l_341;
let l_343 = l_342 * u32(4);
let l_344 = u32(1) % u32(4);
let l_345 = l_343 + l_344;
let l_346 = l_5 + l_345;
let l_347 = u32(0) / u32(4);
let l_348 = u32(16) * l_347;
let l_349 = l_4 + l_348;
let l_350 = l_349 * u32(4);
let l_351 = u32(0) % u32(4);
let l_352 = l_350 + l_351;
let l_353 = l_6 + l_352;
let l_354 = l_346 < l_0;
let l_355 = l_353 < l_2;
let l_356 = l_354 && l_355;
if l_356 {
let l_357 = workgroup_id.z * l_0;
let l_358 = l_357 + l_346;
let l_359 = l_358 * l_2;
let l_360 = l_359 + l_353;
let l_361 = a_18[u32(4)];
let l_609 = info.static_meta[u32(2)];
let l_610 = l_609 * u32(1);
let l_611 = l_360 < l_610;
if l_611 {
buffer_2_global[l_360] = l_361;
}
}
let l_362 = u32(1) / u32(4);
let l_363 = u32(16) * l_362;
let l_364 = l_4 + l_363;
let l_365 = l_364 * u32(4);
let l_366 = u32(1) % u32(4);
let l_367 = l_365 + l_366;
let l_368 = l_6 + l_367;
let l_369 = l_346 < l_0;
let l_370 = l_368 < l_2;
let l_371 = l_369 && l_370;
if l_371 {
let l_372 = workgroup_id.z * l_0;
let l_373 = l_372 + l_346;
let l_374 = l_373 * l_2;
let l_375 = l_374 + l_368;
let l_376 = a_18[u32(5)];
let l_612 = info.static_meta[u32(2)];
let l_613 = l_612 * u32(1);
let l_614 = l_375 < l_613;
if l_614 {
buffer_2_global[l_375] = l_376;
}
}
let l_377 = u32(2) / u32(4);
let l_378 = u32(16) * l_377;
let l_379 = l_4 + l_378;
let l_380 = l_379 * u32(4);
let l_381 = u32(2) % u32(4);
let l_382 = l_380 + l_381;
let l_383 = l_6 + l_382;
let l_384 = l_346 < l_0;
let l_385 = l_383 < l_2;
let l_386 = l_384 && l_385;
if l_386 {
let l_387 = workgroup_id.z * l_0;
let l_388 = l_387 + l_346;
let l_389 = l_388 * l_2;
let l_390 = l_389 + l_383;
let l_391 = a_18[u32(6)];
let l_615 = info.static_meta[u32(2)];
let l_616 = l_615 * u32(1);
let l_617 = l_390 < l_616;
if l_617 {
buffer_2_global[l_390] = l_391;
}
}
let l_392 = u32(3) / u32(4);
let l_393 = u32(16) * l_392;
let l_394 = l_4 + l_393;
let l_395 = l_394 * u32(4);
let l_396 = u32(3) % u32(4);
let l_397 = l_395 + l_396;
let l_398 = l_6 + l_397;
let l_399 = l_346 < l_0;
let l_400 = l_398 < l_2;
let l_401 = l_399 && l_400;
if l_401 {
let l_402 = workgroup_id.z * l_0;
let l_403 = l_402 + l_346;
let l_404 = l_403 * l_2;
let l_405 = l_404 + l_398;
let l_406 = a_18[u32(7)];
let l_618 = info.static_meta[u32(2)];
let l_619 = l_618 * u32(1);
let l_620 = l_405 < l_619;
if l_620 {
buffer_2_global[l_405] = l_406;
}
}
let l_407 = u32(2) / u32(4);
let l_408 = u32(16) * l_407;
let l_409 = l_3 + l_408;
let l_410 = l_409 * u32(4);
let l_411 = u32(2) % u32(4);
let l_412 = l_410 + l_411;
let l_413 = l_5 + l_412;
let l_414 = u32(0) / u32(4);
let l_415 = u32(16) * l_414;
let l_416 = l_4 + l_415;
let l_417 = l_416 * u32(4);
let l_418 = u32(0) % u32(4);
let l_419 = l_417 + l_418;
let l_420 = l_6 + l_419;
let l_421 = l_413 < l_0;
let l_422 = l_420 < l_2;
let l_423 = l_421 && l_422;
if l_423 {
let l_424 = workgroup_id.z * l_0;
let l_425 = l_424 + l_413;
let l_426 = l_425 * l_2;
let l_427 = l_426 + l_420;
let l_428 = a_18[u32(8)];
let l_621 = info.static_meta[u32(2)];
let l_622 = l_621 * u32(1);
let l_623 = l_427 < l_622;
if l_623 {
buffer_2_global[l_427] = l_428;
}
}
let l_429 = u32(1) / u32(4);
let l_430 = u32(16) * l_429;
let l_431 = l_4 + l_430;
let l_432 = l_431 * u32(4);
let l_433 = u32(1) % u32(4);
let l_434 = l_432 + l_433;
let l_435 = l_6 + l_434;
let l_436 = l_413 < l_0;
let l_437 = l_435 < l_2;
let l_438 = l_436 && l_437;
if l_438 {
let l_439 = workgroup_id.z * l_0;
let l_440 = l_439 + l_413;
let l_441 = l_440 * l_2;
let l_442 = l_441 + l_435;
let l_443 = a_18[u32(9)];
let l_624 = info.static_meta[u32(2)];
let l_625 = l_624 * u32(1);
let l_626 = l_442 < l_625;
if l_626 {
buffer_2_global[l_442] = l_443;
}
}
let l_444 = u32(2) / u32(4);
let l_445 = u32(16) * l_444;
let l_446 = l_4 + l_445;
let l_447 = l_446 * u32(4);
let l_448 = u32(2) % u32(4);
let l_449 = l_447 + l_448;
let l_450 = l_6 + l_449;
let l_451 = l_413 < l_0;
let l_452 = l_450 < l_2;
let l_453 = l_451 && l_452;
if l_453 {
let l_454 = workgroup_id.z * l_0;
let l_455 = l_454 + l_413;
let l_456 = l_455 * l_2;
let l_457 = l_456 + l_450;
let l_458 = a_18[u32(10)];
let l_627 = info.static_meta[u32(2)];
let l_628 = l_627 * u32(1);
let l_629 = l_457 < l_628;
if l_629 {
buffer_2_global[l_457] = l_458;
}
}
let l_459 = u32(3) / u32(4);
let l_460 = u32(16) * l_459;
let l_461 = l_4 + l_460;
let l_462 = l_461 * u32(4);
let l_463 = u32(3) % u32(4);
let l_464 = l_462 + l_463;
let l_465 = l_6 + l_464;
let l_466 = l_413 < l_0;
let l_467 = l_465 < l_2;
let l_468 = l_466 && l_467;
if l_468 {
let l_469 = workgroup_id.z * l_0;
let l_470 = l_469 + l_413;
let l_471 = l_470 * l_2;
let l_472 = l_471 + l_465;
let l_473 = a_18[u32(11)];
let l_630 = info.static_meta[u32(2)];
let l_631 = l_630 * u32(1);
let l_632 = l_472 < l_631;
if l_632 {
buffer_2_global[l_472] = l_473;
}
}
let l_474 = u32(3) / u32(4);
let l_475 = u32(16) * l_474;
let l_476 = l_3 + l_475;
let l_477 = l_476 * u32(4);
let l_478 = u32(3) % u32(4);
let l_479 = l_477 + l_478;
let l_480 = l_5 + l_479;
let l_481 = u32(0) / u32(4);
let l_482 = u32(16) * l_481;
let l_483 = l_4 + l_482;
let l_484 = l_483 * u32(4);
let l_485 = u32(0) % u32(4);
let l_486 = l_484 + l_485;
let l_487 = l_6 + l_486;
let l_488 = l_480 < l_0;
let l_489 = l_487 < l_2;
let l_490 = l_488 && l_489;
if l_490 {
let l_491 = workgroup_id.z * l_0;
let l_492 = l_491 + l_480;
let l_493 = l_492 * l_2;
let l_494 = l_493 + l_487;
let l_495 = a_18[u32(12)];
let l_633 = info.static_meta[u32(2)];
let l_634 = l_633 * u32(1);
let l_635 = l_494 < l_634;
if l_635 {
buffer_2_global[l_494] = l_495;
}
}
let l_496 = u32(1) / u32(4);
let l_497 = u32(16) * l_496;
let l_498 = l_4 + l_497;
let l_499 = l_498 * u32(4);
let l_500 = u32(1) % u32(4);
let l_501 = l_499 + l_500;
let l_502 = l_6 + l_501;
let l_503 = l_480 < l_0;
let l_504 = l_502 < l_2;
let l_505 = l_503 && l_504;
if l_505 {
let l_506 = workgroup_id.z * l_0;
let l_507 = l_506 + l_480;
let l_508 = l_507 * l_2;
let l_509 = l_508 + l_502;
let l_510 = a_18[u32(13)];
let l_636 = info.static_meta[u32(2)];
let l_637 = l_636 * u32(1);
let l_638 = l_509 < l_637;
if l_638 {
buffer_2_global[l_509] = l_510;
}
}
let l_511 = u32(2) / u32(4);
let l_512 = u32(16) * l_511;
let l_513 = l_4 + l_512;
let l_514 = l_513 * u32(4);
let l_515 = u32(2) % u32(4);
let l_516 = l_514 + l_515;
let l_517 = l_6 + l_516;
let l_518 = l_480 < l_0;
let l_519 = l_517 < l_2;
let l_520 = l_518 && l_519;
if l_520 {
let l_521 = workgroup_id.z * l_0;
let l_522 = l_521 + l_480;
let l_523 = l_522 * l_2;
let l_524 = l_523 + l_517;
let l_525 = a_18[u32(14)];
let l_639 = info.static_meta[u32(2)];
let l_640 = l_639 * u32(1);
let l_641 = l_524 < l_640;
if l_641 {
buffer_2_global[l_524] = l_525;
}
}
let l_526 = u32(3) / u32(4);
let l_527 = u32(16) * l_526;
let l_528 = l_4 + l_527;
let l_529 = l_528 * u32(4);
let l_530 = u32(3) % u32(4);
let l_531 = l_529 + l_530;
let l_532 = l_6 + l_531;
let l_533 = l_480 < l_0;
let l_534 = l_532 < l_2;
let l_535 = l_533 && l_534;
if l_535 {
let l_536 = workgroup_id.z * l_0;
let l_537 = l_536 + l_480;
let l_538 = l_537 * l_2;
let l_539 = l_538 + l_532;
let l_540 = a_18[u32(15)];
let l_642 = info.static_meta[u32(2)];
let l_643 = l_642 * u32(1);
let l_644 = l_539 < l_643;
if l_644 {
buffer_2_global[l_539] = l_540;
}
}
}
// ==== launch 0: finish_rows_a_f32_o_f32 (sigmoid_loss), cube_dim 64x1x1
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
   scalars_u32: array<u32, 2>,
   static_meta: array<u32, 14>,
   dynamic_meta: array<u32>,
}

@group(0)
@binding(4)
var<storage, read> info: info_st;

var<workgroup> shared_memory_1: array<f32, 64>;

const WORKGROUP_SIZE_X = 64u;
const WORKGROUP_SIZE_Y = 1u;
const WORKGROUP_SIZE_Z = 1u;

@compute
@workgroup_size(64, 1, 1)
fn finish_rows_a_f32_o_f32(
    @builtin(local_invocation_index) local_idx: u32,
    @builtin(num_workgroups) num_workgroups: vec3<u32>,
    @builtin(workgroup_id) workgroup_id: vec3<u32>,
) {
let workgroup_id_no_axis = (u32(num_workgroups.y) * u32(num_workgroups.x) * u32(workgroup_id.z)) + (u32(num_workgroups.x) * u32(workgroup_id.y)) + u32(workgroup_id.x);
var l_mut_19: u32;
var l_mut_4: f32;
var l_mut_5: f32;
var l_mut_6: u32;
let l_0 = info.dynamic_meta[info.static_meta[u32(10)] + u32(1)];
let l_2 = workgroup_id_no_axis < info.scalars_u32[1];
if l_2 {
let l_3 = info.scalars_u32[0] + workgroup_id_no_axis;
l_mut_4 = f32(0.0);
l_mut_5 = f32(0.0);
l_mut_6 = local_idx;
loop {
let l_7 = l_mut_6 < l_0;
let l_8 = !l_7;
if l_8 {
break;
}
let l_9 = workgroup_id_no_axis * l_0;
let l_10 = l_9 + l_mut_6;
let l_63 = info.static_meta[u32(0)];
let l_64 = l_63 * u32(1);
let l_65 = l_10 < l_64;
let l_66 = l_64 - u32(1);
let l_67 = min(l_10, l_66);
let l_68 = buffer_0_global[l_67];
let l_69 = select(f32(0.0), l_68, l_65);
let l_11 = l_69;
let l_12 = info.dynamic_meta[info.static_meta[u32(12)] + u32(0)];
let l_13 = l_3 * l_12;
let l_14 = info.dynamic_meta[info.static_meta[u32(12)] + u32(1)];
let l_15 = l_mut_6 * l_14;
let l_16 = l_13 + l_15;
let l_70 = info.static_meta[u32(1)];
let l_71 = l_70 * u32(1);
let l_72 = l_16 < l_71;
let l_73 = l_71 - u32(1);
let l_74 = min(l_16, l_73);
let l_75 = buffer_1_global[l_74];
let l_76 = select(f32(0.0), l_75, l_72);
let l_17 = l_76;
let l_18 = l_11 * l_17;
l_mut_5 = l_mut_5 + l_18;
l_mut_6 = l_mut_6 + u32(64);
}
shared_memory_1[local_idx] = l_mut_5;
workgroupBarrier();
l_mut_19 = u32(32);
loop {
let l_20 = l_mut_19 > u32(0);
let l_21 = !l_20;
if l_21 {
break;
}
let l_22 = local_idx < l_mut_19;
if l_22 {
let l_23 = local_idx + l_mut_19;
let l_24 = shared_memory_1[l_23];
let l_25 = shared_memory_1[local_idx];
let l_26 = l_25 + l_24;
shared_memory_1[local_idx] = l_26;
}
workgroupBarrier();
l_mut_19 = l_mut_19 / u32(2);
}
let l_27 = shared_memory_1[u32(0)];
workgroupBarrier();
let l_49 = info.static_meta[u32(2)];
let l_50 = l_49 * u32(1);
let l_51 = l_3 < l_50;
let l_52 = l_50 - u32(1);
let l_53 = min(l_3, l_52);
let l_54 = buffer_2_global[l_53];
let l_55 = select(f32(0.0), l_54, l_51);
let l_28 = l_55;
let l_56 = info.static_meta[u32(2)];
let l_57 = l_56 * u32(1);
let l_58 = l_3 < l_57;
let l_59 = l_57 - u32(1);
let l_60 = min(l_3, l_59);
let l_61 = buffer_2_global[l_60];
let l_62 = select(f32(0.0), l_61, l_58);
let l_29 = l_62;
let l_30 = l_28 * l_29;
let l_31 = l_27 / l_30;
l_mut_4 = l_31;
l_mut_19 = local_idx;
loop {
let l_32 = l_mut_19 < l_0;
let l_33 = !l_32;
if l_33 {
break;
}
let l_34 = workgroup_id_no_axis * l_0;
let l_35 = l_34 + l_mut_19;
let l_77 = info.static_meta[u32(0)];
let l_78 = l_77 * u32(1);
let l_79 = l_35 < l_78;
let l_80 = l_78 - u32(1);
let l_81 = min(l_35, l_80);
let l_82 = buffer_0_global[l_81];
let l_83 = select(f32(0.0), l_82, l_79);
let l_36 = l_83;
l_mut_5 = l_36;
let l_37 = info.dynamic_meta[info.static_meta[u32(12)] + u32(0)];
let l_38 = l_3 * l_37;
let l_39 = info.dynamic_meta[info.static_meta[u32(12)] + u32(1)];
let l_40 = l_mut_19 * l_39;
let l_41 = l_38 + l_40;
let l_84 = info.static_meta[u32(1)];
let l_85 = l_84 * u32(1);
let l_86 = l_41 < l_85;
let l_87 = l_85 - u32(1);
let l_88 = min(l_41, l_87);
let l_89 = buffer_1_global[l_88];
let l_90 = select(f32(0.0), l_89, l_86);
let l_42 = l_90;
let l_43 = l_42 * l_mut_4;
l_mut_5 = l_mut_5 - l_43;
let l_44 = info.dynamic_meta[info.static_meta[u32(13)] + u32(0)];
let l_45 = l_3 * l_44;
let l_46 = info.dynamic_meta[info.static_meta[u32(13)] + u32(1)];
let l_47 = l_mut_19 * l_46;
let l_48 = l_45 + l_47;
let l_91 = info.static_meta[u32(3)];
let l_92 = l_91 * u32(1);
let l_93 = l_48 < l_92;
if l_93 {
buffer_3_global[l_48] = l_mut_5;
}
l_mut_19 = l_mut_19 + u32(64);
}
}
}
// ==== launch 0: matmul_kernel_c_f32_a_f32_b_f32_h_f32_o_f32 (sigmoid_loss), cube_dim 256x1x1
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
   static_meta: array<u32, 16>,
   dynamic_meta: array<u32>,
}

@group(0)
@binding(3)
var<storage, read> info: info_st;

var<workgroup> shared_memory_19: array<vec4<f32>, 544>;

const WORKGROUP_SIZE_X = 256u;
const WORKGROUP_SIZE_Y = 1u;
const WORKGROUP_SIZE_Z = 1u;

@compute
@workgroup_size(256, 1, 1)
fn matmul_kernel_c_f32_a_f32_b_f32_h_f32_o_f32(
    @builtin(local_invocation_index) local_idx: u32,
    @builtin(workgroup_id) workgroup_id: vec3<u32>,
) {
var a_18: array<f32, 16>;

var a_22: array<vec4<f32>, 1>;

var a_23: array<vec4<f32>, 1>;

var a_167: array<vec4<f32>, 1>;

var l_mut_29: u32;
var l_mut_30: u32;
var l_mut_34: vec4<f32>;
var l_mut_35: vec4<f32>;
var l_mut_39: f32;
var l_mut_7: u32;
var l_mut_8: u32;
var l_mut_92: u32;
var l_mut_93: u32;
var l_mut_9: u32;
let l_0 = info.dynamic_meta[info.static_meta[u32(9)] + u32(0)];
let l_1 = info.dynamic_meta[info.static_meta[u32(9)] + u32(1)];
let l_2 = info.dynamic_meta[info.static_meta[u32(10)] + u32(1)];
let l_3 = local_idx / u32(16);
let l_4 = local_idx % u32(16);
let l_5 = workgroup_id.y * u32(64);
let l_6 = workgroup_id.x * u32(64);
l_mut_7 = workgroup_id.z;
l_mut_8 = u32(0);
l_mut_7 = workgroup_id.z;
l_mut_9 = u32(0);
let l_10 = info.dynamic_meta[info.static_meta[u32(12)] + u32(0)];
let l_11 = info.dynamic_meta[info.static_meta[u32(12)] + u32(1)];
let l_12 = info.dynamic_meta[info.static_meta[u32(13)] + u32(0)];
let l_13 = info.dynamic_meta[info.static_meta[u32(13)] + u32(1)];
let l_14 = info.dynamic_meta[info.static_meta[u32(12)] + u32(1)];
let l_15 = l_14 == u32(1);
let l_16 = info.dynamic_meta[info.static_meta[u32(13)] + u32(0)];
let l_17 = l_16 == u32(1);
let l_20 = local_idx / u32(16);
let l_21 = local_idx % u32(16);
a_18[u32(0)] = f32(0.0);
a_18[u32(1)] = f32(0.0);
a_18[u32(2)] = f32(0.0);
a_18[u32(3)] = f32(0.0);
a_18[u32(4)] = f32(0.0);
a_18[u32(5)] = f32(0.0);
a_18[u32(6)] = f32(0.0);
a_18[u32(7)] = f32(0.0);
a_18[u32(8)] = f32(0.0);
a_18[u32(9)] = f32(0.0);
a_18[u32(10)] = f32(0.0);
a_18[u32(11)] = f32(0.0);
a_18[u32(12)] = f32(0.0);
a_18[u32(13)] = f32(0.0);
a_18[u32(14)] = f32(0.0);
a_18[u32(15)] = f32(0.0);
l_mut_7 = u32(0);
loop {
let l_24 = l_mut_7 < l_1;
let l_25 = !l_24;
if l_25 {
break;
}
let l_26 = local_idx + u32(0);
if l_15 {
let l_27 = l_26 / u32(16);
let l_28 = l_26 % u32(16);
l_mut_29 = l_27;
l_mut_30 = l_28;
} else {
let l_31 = l_26 % u32(16);
let l_32 = l_26 / u32(16);
l_mut_29 = l_31;
l_mut_30 = l_32;
}
let l_33 = vec4<f32>(f32(0.0));
l_mut_34 = l_33;
l_mut_35 = l_mut_34;
let l_36 = l_mut_29 * u32(4);
let l_37 = l_5 + l_36;
let l_38 = l_37 + u32(0);
l_mut_39 = f32(0.0);
let l_40 = l_38 < l_0;
let l_41 = l_mut_7 + l_mut_30;
let l_42 = l_41 < l_1;
let l_43 = l_40 && l_42;
if l_43 {
let l_44 = l_38 * l_10;
let l_45 = l_mut_8 + l_44;
let l_46 = l_mut_7 + l_mut_30;
let l_47 = l_46 * l_11;
let l_48 = l_45 + l_47;
let l_541 = info.static_meta[u32(0)];
let l_542 = l_541 * u32(1);
let l_543 = l_48 < l_542;
let l_544 = l_542 - u32(1);
let l_545 = min(l_48, l_544);
let l_546 = buffer_0_global[l_545];
let l_547 = select(f32(0.0), l_546, l_543);
let l_49 = l_547;
l_mut_39 = l_49;
}
l_mut_35[u32(0)] = l_mut_39;
let l_50 = l_mut_29 * u32(4);
let l_51 = l_5 + l_50;
let l_52 = l_51 + u32(1);
l_mut_39 = f32(0.0);
let l_53 = l_52 < l_0;
let l_54 = l_mut_7 + l_mut_30;
let l_55 = l_54 < l_1;
let l_56 = l_53 && l_55;
if l_56 {
let l_57 = l_52 * l_10;
let l_58 = l_mut_8 + l_57;
let l_59 = l_mut_7 + l_mut_30;
let l_60 = l_59 * l_11;
let l_61 = l_58 + l_60;
let l_548 = info.static_meta[u32(0)];
let l_549 = l_548 * u32(1);
let l_550 = l_61 < l_549;
let l_551 = l_549 - u32(1);
let l_552 = min(l_61, l_551);
let l_553 = buffer_0_global[l_552];
let l_554 = select(f32(0.0), l_553, l_550);
let l_62 = l_554;
l_mut_39 = l_62;
}
l_mut_35[u32(1)] = l_mut_39;
let l_63 = l_mut_29 * u32(4);
let l_64 = l_5 + l_63;
let l_65 = l_64 + u32(2);
l_mut_39 = f32(0.0);
let l_66 = l_65 < l_0;
let l_67 = l_mut_7 + l_mut_30;
let l_68 = l_67 < l_1;
let l_69 = l_66 && l_68;
if l_69 {
let l_70 = l_65 * l_10;
let l_71 = l_mut_8 + l_70;
let l_72 = l_mut_7 + l_mut_30;
let l_73 = l_72 * l_11;
let l_74 = l_71 + l_73;
let l_555 = info.static_meta[u32(0)];
let l_556 = l_555 * u32(1);
let l_557 = l_74 < l_556;
let l_558 = l_556 - u32(1);
let l_559 = min(l_74, l_558);
let l_560 = buffer_0_global[l_559];
let l_561 = select(f32(0.0), l_560, l_557);
let l_75 = l_561;
l_mut_39 = l_75;
}
l_mut_35[u32(2)] = l_mut_39;
let l_76 = l_mut_29 * u32(4);
let l_77 = l_5 + l_76;
let l_78 = l_77 + u32(3);
l_mut_39 = f32(0.0);
let l_79 = l_78 < l_0;
let l_80 = l_mut_7 + l_mut_30;
let l_81 = l_80 < l_1;
let l_82 = l_79 && l_81;
if l_82 {
let l_83 = l_78 * l_10;
let l_84 = l_mut_8 + l_83;
let l_85 = l_mut_7 + l_mut_30;
let l_86 = l_85 * l_11;
let l_87 = l_84 + l_86;
let l_562 = info.static_meta[u32(0)];
let l_563 = l_562 * u32(1);
let l_564 = l_87 < l_563;
let l_565 = l_563 - u32(1);
let l_566 = min(l_87, l_565);
let l_567 = buffer_0_global[l_566];
let l_568 = select(f32(0.0), l_567, l_564);
let l_88 = l_568;
l_mut_39 = l_88;
}
l_mut_35[u32(3)] = l_mut_39;
a_22[u32(0)] = l_mut_35;
let l_89 = local_idx + u32(0);
if l_17 {
let l_90 = l_89 / u32(16);
let l_91 = l_89 % u32(16);
l_mut_92 = l_90;
l_mut_93 = l_91;
} else {
let l_94 = l_89 % u32(16);
let l_95 = l_89 / u32(16);
l_mut_92 = l_94;
l_mut_93 = l_95;
}
let l_96 = vec4<f32>(f32(0.0));
l_mut_35 = l_96;
l_mut_34 = l_mut_35;
let l_97 = l_mut_92 * u32(4);
let l_98 = l_6 + l_97;
let l_99 = l_98 + u32(0);
l_mut_39 = f32(0.0);
let l_100 = l_99 < l_2;
let l_101 = l_mut_7 + l_mut_93;
let l_102 = l_101 < l_1;
let l_103 = l_100 && l_102;
if l_103 {
let l_104 = l_mut_7 + l_mut_93;
let l_105 = l_104 * l_12;
let l_106 = l_mut_9 + l_105;
let l_107 = l_99 * l_13;
let l_108 = l_106 + l_107;
let l_569 = info.static_meta[u32(1)];
let l_570 = l_569 * u32(1);
let l_571 = l_108 < l_570;
let l_572 = l_570 - u32(1);
let l_573 = min(l_108, l_572);
let l_574 = buffer_1_global[l_573];
let l_575 = select(f32(0.0), l_574, l_571);
let l_109 = l_575;
l_mut_39 = l_109;
}
l_mut_34[u32(0)] = l_mut_39;
let l_110 = l_mut_92 * u32(4);
let l_111 = l_6 + l_110;
let l_112 = l_111 + u32(1);
l_mut_39 = f32(0.0);
let l_113 = l_112 < l_2;
let l_114 = l_mut_7 + l_mut_93;
let l_115 = l_114 < l_1;
let l_116 = l_113 && l_115;
if l_116 {
let l_117 = l_mut_7 + l_mut_93;
let l_118 = l_117 * l_12;
let l_119 = l_mut_9 + l_118;
let l_120 = l_112 * l_13;
let l_121 = l_119 + l_120;
let l_576 = info.static_meta[u32(1)];
let l_577 = l_576 * u32(1);
let l_578 = l_121 < l_577;
let l_579 = l_577 - u32(1);
let l_580 = min(l_121, l_579);
let l_581 = buffer_1_global[l_580];
let l_582 = select(f32(0.0), l_581, l_578);
let l_122 = l_582;
l_mut_39 = l_122;
}
l_mut_34[u32(1)] = l_mut_39;
let l_123 = l_mut_92 * u32(4);
let l_124 = l_6 + l_123;
let l_125 = l_124 + u32(2);
l_mut_39 = f32(0.0);
let l_126 = l_125 < l_2;
let l_127 = l_mut_7 + l_mut_93;
let l_128 = l_127 < l_1;
let l_129 = l_126 && l_128;
if l_129 {
let l_130 = l_mut_7 + l_mut_93;
let l_131 = l_130 * l_12;
let l_132 = l_mut_9 + l_131;
let l_133 = l_125 * l_13;
let l_134 = l_132 + l_133;
let l_583 = info.static_meta[u32(1)];
let l_584 = l_583 * u32(1);
let l_585 = l_134 < l_584;
let l_586 = l_584 - u32(1);
let l_587 = min(l_134, l_586);
let l_588 = buffer_1_global[l_587];
let l_589 = select(f32(0.0), l_588, l_585);
let l_135 = l_589;
l_mut_39 = l_135;
}
l_mut_34[u32(2)] = l_mut_39;
let l_136 = l_mut_92 * u32(4);
let l_137 = l_6 + l_136;
let l_138 = l_137 + u32(3);
l_mut_39 = f32(0.0);
let l_139 = l_138 < l_2;
let l_140 = l_mut_7 + l_mut_93;
let l_141 = l_140 < l_1;
let l_142 = l_139 && l_141;
if l_142 {
let l_143 = l_mut_7 + l_mut_93;
let l_144 = l_143 * l_12;
let l_145 = l_mut_9 + l_144;
let l_146 = l_138 * l_13;
let l_147 = l_145 + l_146;
let l_590 = info.static_meta[u32(1)];
let l_591 = l_590 * u32(1);
let l_592 = l_147 < l_591;
let l_593 = l_591 - u32(1);
let l_594 = min(l_147, l_593);
let l_595 = buffer_1_global[l_594];
let l_596 = select(f32(0.0), l_595, l_592);
let l_148 = l_596;
l_mut_39 = l_148;
}
l_mut_34[u32(3)] = l_mut_39;
a_23[u32(0)] = l_mut_34;
let l_149 = local_idx + u32(0);
if l_15 {
let l_150 = l_149 / u32(16);
let l_151 = l_149 % u32(16);
l_mut_93 = l_150;
l_mut_92 = l_151;
} else {
let l_152 = l_149 % u32(16);
let l_153 = l_149 / u32(16);
l_mut_93 = l_152;
l_mut_92 = l_153;
}
let l_154 = l_mut_92 * u32(17);
let l_155 = l_154 + l_mut_93;
let l_156 = a_22[u32(0)];
shared_memory_19[l_155] = l_156;
let l_157 = local_idx + u32(0);
if l_17 {
let l_158 = l_157 / u32(16);
let l_159 = l_157 % u32(16);
l_mut_30 = l_158;
l_mut_29 = l_159;
} else {
let l_160 = l_157 % u32(16);
let l_161 = l_157 / u32(16);
l_mut_30 = l_160;
l_mut_29 = l_161;
}
let l_162 = l_mut_29 * u32(17);
let l_163 = u32(272) + l_162;
let l_164 = l_163 + l_mut_30;
let l_165 = a_23[u32(0)];
shared_memory_19[l_164] = l_165;
workgroupBarrier();

for (var l_mut_166: u32 = u32(0); l_mut_166 < u32(16); l_mut_166++) {
let l_168 = l_mut_166 * u32(17);
let l_169 = u32(272) + l_168;
let l_170 = l_169 + l_21;
let l_171 = l_170 + u32(0);
let l_172 = shared_memory_19[l_171];
a_167[u32(0)] = l_172;
let l_173 = l_mut_166 * u32(17);
let l_174 = l_173 + l_20;
let l_175 = l_174 + u32(0);
let l_176 = shared_memory_19[l_175];
let l_177 = l_176[u32(0)];
let l_178 = a_167[u32(0)];
let l_179 = l_178[u32(0)];
let l_180 = l_177 * l_179;
let l_181 = a_18[u32(0)];
let l_182 = l_181 + l_180;
a_18[u32(0)] = l_182;
let l_183 = l_176[u32(0)];
let l_184 = a_167[u32(0)];
let l_185 = l_184[u32(1)];
let l_186 = l_183 * l_185;
let l_187 = a_18[u32(1)];
let l_188 = l_187 + l_186;
a_18[u32(1)] = l_188;
let l_189 = l_176[u32(0)];
let l_190 = a_167[u32(0)];
let l_191 = l_190[u32(2)];
let l_192 = l_189 * l_191;
let l_193 = a_18[u32(2)];
let l_194 = l_193 + l_192;
a_18[u32(2)] = l_194;
let l_195 = l_176[u32(0)];
let l_196 = a_167[u32(0)];
let l_197 = l_196[u32(3)];
let l_198 = l_195 * l_197;
let l_199 = a_18[u32(3)];
let l_200 = l_199 + l_198;
a_18[u32(3)] = l_200;
let l_201 = l_176[u32(1)];
let l_202 = a_167[u32(0)];
let l_203 = l_202[u32(0)];
let l_204 = l_201 * l_203;
let l_205 = a_18[u32(4)];
let l_206 = l_205 + l_204;
a_18[u32(4)] = l_206;
let l_207 = l_176[u32(1)];
let l_208 = a_167[u32(0)];
let l_209 = l_208[u32(1)];
let l_210 = l_207 * l_209;
let l_211 = a_18[u32(5)];
let l_212 = l_211 + l_210;
a_18[u32(5)] = l_212;
let l_213 = l_176[u32(1)];
let l_214 = a_167[u32(0)];
let l_215 = l_214[u32(2)];
let l_216 = l_213 * l_215;
let l_217 = a_18[u32(6)];
let l_218 = l_217 + l_216;
a_18[u32(6)] = l_218;
let l_219 = l_176[u32(1)];
let l_220 = a_167[u32(0)];
let l_221 = l_220[u32(3)];
let l_222 = l_219 * l_221;
let l_223 = a_18[u32(7)];
let l_224 = l_223 + l_222;
a_18[u32(7)] = l_224;
let l_225 = l_176[u32(2)];
let l_226 = a_167[u32(0)];
let l_227 = l_226[u32(0)];
let l_228 = l_225 * l_227;
let l_229 = a_18[u32(8)];
let l_230 = l_229 + l_228;
a_18[u32(8)] = l_230;
let l_231 = l_176[u32(2)];
let l_232 = a_167[u32(0)];
let l_233 = l_232[u32(1)];
let l_234 = l_231 * l_233;
let l_235 = a_18[u32(9)];
let l_236 = l_235 + l_234;
a_18[u32(9)] = l_236;
let l_237 = l_176[u32(2)];
let l_238 = a_167[u32(0)];
let l_239 = l_238[u32(2)];
let l_240 = l_237 * l_239;
let l_241 = a_18[u32(10)];
let l_242 = l_241 + l_240;
a_18[u32(10)] = l_242;
let l_243 = l_176[u32(2)];
let l_244 = a_167[u32(0)];
let l_245 = l_244[u32(3)];
let l_246 = l_243 * l_245;
let l_247 = a_18[u32(11)];
let l_248 = l_247 + l_246;
a_18[u32(11)] = l_248;
let l_249 = l_176[u32(3)];
let l_250 = a_167[u32(0)];
let l_251 = l_250[u32(0)];
let l_252 = l_249 * l_251;
let l_253 = a_18[u32(12)];
let l_254 = l_253 + l_252;
a_18[u32(12)] = l_254;
let l_255 = l_176[u32(3)];
let l_256 = a_167[u32(0)];
let l_257 = l_256[u32(1)];
let l_258 = l_255 * l_257;
let l_259 = a_18[u32(13)];
let l_260 = l_259 + l_258;
a_18[u32(13)] = l_260;
let l_261 = l_176[u32(3)];
let l_262 = a_167[u32(0)];
let l_263 = l_262[u32(2)];
let l_264 = l_261 * l_263;
let l_265 = a_18[u32(14)];
let l_266 = l_265 + l_264;
a_18[u32(14)] = l_266;
let l_267 = l_176[u32(3)];
let l_268 = a_167[u32(0)];
let l_269 = l_268[u32(3)];
let l_270 = l_267 * l_269;
let l_271 = a_18[u32(15)];
let l_272 = l_271 + l_270;
a_18[u32(15)] = l_272;
}
workgroupBarrier();
l_mut_7 = l_mut_7 + u32(16);
}
let l_273 = u32(0) / u32(4);
let l_274 = u32(16) * l_273;
let l_275 = l_3 + l_274;
let l_276 = l_275 * u32(4);
let l_277 = u32(0) % u32(4);
let l_278 = l_276 + l_277;
let l_279 = l_5 + l_278;
let l_280 = u32(0) / u32(4);
let l_281 = u32(16) * l_280;
let l_282 = l_4 + l_281;
let l_283 = l_282 * u32(4);
let l_284 = u32(0) % u32(4);
let l_285 = l_283 + l_284;
let l_286 = l_6 + l_285;
let l_287 = l_279 < l_0;
let l_288 = l_286 < l_2;
let l_289 = l_287 && l_288;
if l_289 {
let l_290 = workgroup_id.z * l_0;
let l_291 = l_290 + l_279;
let l_292 = l_291 * l_2;
let l_293 = l_292 + l_286;
let l_294 = a_18[u32(0)];
let l_597 = info.static_meta[u32(2)];
let l_598 = l_597 * u32(1);
let l_599 = l_293 < l_598;
if l_599 {
buffer_2_global[l_293] = l_294;
}
}
let l_295 = u32(1) / u32(4);
let l_296 = u32(16) * l_295;
let l_297 = l_4 + l_296;
let l_298 = l_297 * u32(4);
let l_299 = u32(1) % u32(4);
let l_300 = l_298 + l_299;
let l_301 = l_6 + l_300;
let l_302 = l_279 < l_0;
let l_303 = l_301 < l_2;
let l_304 = l_302 && l_303;
if l_304 {
let l_305 = workgroup_id.z * l_0;
let l_306 = l_305 + l_279;
let l_307 = l_306 * l_2;
let l_308 = l_307 + l_301;
let l_309 = a_18[u32(1)];
let l_600 = info.static_meta[u32(2)];
let l_601 = l_600 * u32(1);
let l_602 = l_308 < l_601;
if l_602 {
buffer_2_global[l_308] = l_309;
}
}
let l_310 = u32(2) / u32(4);
let l_311 = u32(16) * l_310;
let l_312 = l_4 + l_311;
let l_313 = l_312 * u32(4);
let l_314 = u32(2) % u32(4);
let l_315 = l_313 + l_314;
let l_316 = l_6 + l_315;
let l_317 = l_279 < l_0;
let l_318 = l_316 < l_2;
let l_319 = l_317 && l_318;
if l_319 {
let l_320 = workgroup_id.z * l_0;
let l_321 = l_320 + l_279;
let l_322 = l_321 * l_2;
let l_323 = l_322 + l_316;
let l_324 = a_18[u32(2)];
let l_603 = info.static_meta[u32(2)];
let l_604 = l_603 * u32(1);
let l_605 = l_323 < l_604;
if l_605 {
buffer_2_global[l_323] = l_324;
}
}
let l_325 = u32(3) / u32(4);
let l_326 = u32(16) * l_325;
let l_327 = l_4 + l_326;
let l_328 = l_327 * u32(4);
let l_329 = u32(3) % u32(4);
let l_330 = l_328 + l_329;
let l_331 = l_6 + l_330;
let l_332 = l_279 < l_0;
let l_333 = l_331 < l_2;
let l_334 = l_332 && l_333;
if l_334 {
let l_335 = workgroup_id.z * l_0;
let l_336 = l_335 + l_279;
let l_337 = l_336 * l_2;
let l_338 = l_337 + l_331;
let l_339 = a_18[u32(3)];
let l_606 = info.static_meta[u32(2)];
let l_607 = l_606 * u32(1);
let l_608 = l_338 < l_607;
if l_608 {
buffer_2_global[l_338] = l_339;
}
}
let l_340 = u32(1) / u32(4);
let l_341 = u32(16) * l_340;
let l_342 = l_3 + l_341;
let l_343 = l_342 * u32(4);
let l_344 = u32(1) % u32(4);
let l_345 = l_343 + l_344;
let l_346 = l_5 + l_345;
let l_347 = u32(0) / u32(4);
let l_348 = u32(16) * l_347;
let l_349 = l_4 + l_348;
let l_350 = l_349 * u32(4);
let l_351 = u32(0) % u32(4);
let l_352 = l_350 + l_351;
let l_353 = l_6 + l_352;
let l_354 = l_346 < l_0;
let l_355 = l_353 < l_2;
let l_356 = l_354 && l_355;
if l_356 {
let l_357 = workgroup_id.z * l_0;
let l_358 = l_357 + l_346;
let l_359 = l_358 * l_2;
let l_360 = l_359 + l_353;
let l_361 = a_18[u32(4)];
let l_609 = info.static_meta[u32(2)];
let l_610 = l_609 * u32(1);
let l_611 = l_360 < l_610;
if l_611 {
buffer_2_global[l_360] = l_361;
}
}
let l_362 = u32(1) / u32(4);
let l_363 = u32(16) * l_362;
let l_364 = l_4 + l_363;
let l_365 = l_364 * u32(4);
let l_366 = u32(1) % u32(4);
let l_367 = l_365 + l_366;
let l_368 = l_6 + l_367;
let l_369 = l_346 < l_0;
let l_370 = l_368 < l_2;
let l_371 = l_369 && l_370;
if l_371 {
let l_372 = workgroup_id.z * l_0;
let l_373 = l_372 + l_346;
let l_374 = l_373 * l_2;
let l_375 = l_374 + l_368;
let l_376 = a_18[u32(5)];
let l_612 = info.static_meta[u32(2)];
let l_613 = l_612 * u32(1);
let l_614 = l_375 < l_613;
if l_614 {
buffer_2_global[l_375] = l_376;
}
}
let l_377 = u32(2) / u32(4);
let l_378 = u32(16) * l_377;
let l_379 = l_4 + l_378;
let l_380 = l_379 * u32(4);
let l_381 = u32(2) % u32(4);
let l_382 = l_380 + l_381;
let l_383 = l_6 + l_382;
let l_384 = l_346 < l_0;
let l_385 = l_383 < l_2;
let l_386 = l_384 && l_385;
if l_386 {
let l_387 = workgroup_id.z * l_0;
let l_388 = l_387 + l_346;
let l_389 = l_388 * l_2;
let l_390 = l_389 + l_383;
let l_391 = a_18[u32(6)];
let l_615 = info.static_meta[u32(2)];
let l_616 = l_615 * u32(1);
let l_617 = l_390 < l_616;
if l_617 {
buffer_2_global[l_390] = l_391;
}
}
let l_392 = u32(3) / u32(4);
let l_393 = u32(16) * l_392;
let l_394 = l_4 + l_393;
let l_395 = l_394 * u32(4);
let l_396 = u32(3) % u32(4);
let l_397 = l_395 + l_396;
let l_398 = l_6 + l_397;
let l_399 = l_346 < l_0;
let l_400 = l_398 < l_2;
let l_401 = l_399 && l_400;
if l_401 {
let l_402 = workgroup_id.z * l_0;
let l_403 = l_402 + l_346;
let l_404 = l_403 * l_2;
let l_405 = l_404 + l_398;
let l_406 = a_18[u32(7)];
let l_618 = info.static_meta[u32(2)];
let l_619 = l_618 * u32(1);
let l_620 = l_405 < l_619;
if l_620 {
buffer_2_global[l_405] = l_406;
}
}
let l_407 = u32(2) / u32(4);
let l_408 = u32(16) * l_407;
let l_409 = l_3 + l_408;
let l_410 = l_409 * u32(4);
let l_411 = u32(2) % u32(4);
let l_412 = l_410 + l_411;
let l_413 = l_5 + l_412;
let l_414 = u32(0) / u32(4);
let l_415 = u32(16) * l_414;
let l_416 = l_4 + l_415;
let l_417 = l_416 * u32(4);
let l_418 = u32(0) % u32(4);
let l_419 = l_417 + l_418;
let l_420 = l_6 + l_419;
let l_421 = l_413 < l_0;
let l_422 = l_420 < l_2;
let l_423 = l_421 && l_422;
if l_423 {
let l_424 = workgroup_id.z * l_0;
let l_425 = l_424 + l_413;
let l_426 = l_425 * l_2;
let l_427 = l_426 + l_420;
let l_428 = a_18[u32(8)];
let l_621 = info.static_meta[u32(2)];
let l_622 = l_621 * u32(1);
let l_623 = l_427 < l_622;
if l_623 {
buffer_2_global[l_427] = l_428;
}
}
let l_429 = u32(1) / u32(4);
let l_430 = u32(16) * l_429;
let l_431 = l_4 + l_430;
let l_432 = l_431 * u32(4);
let l_433 = u32(1) % u32(4);
let l_434 = l_432 + l_433;
let l_435 = l_6 + l_434;
let l_436 = l_413 < l_0;
let l_437 = l_435 < l_2;
let l_438 = l_436 && l_437;
if l_438 {
let l_439 = workgroup_id.z * l_0;
let l_440 = l_439 + l_413;
let l_441 = l_440 * l_2;
let l_442 = l_441 + l_435;
let l_443 = a_18[u32(9)];
let l_624 = info.static_meta[u32(2)];
let l_625 = l_624 * u32(1);
let l_626 = l_442 < l_625;
if l_626 {
buffer_2_global[l_442] = l_443;
}
}
let l_444 = u32(2) / u32(4);
let l_445 = u32(16) * l_444;
let l_446 = l_4 + l_445;
let l_447 = l_446 * u32(4);
let l_448 = u32(2) % u32(4);
let l_449 = l_447 + l_448;
let l_450 = l_6 + l_449;
let l_451 = l_413 < l_0;
let l_452 = l_450 < l_2;
let l_453 = l_451 && l_452;
if l_453 {
let l_454 = workgroup_id.z * l_0;
let l_455 = l_454 + l_413;
let l_456 = l_455 * l_2;
let l_457 = l_456 + l_450;
let l_458 = a_18[u32(10)];
let l_627 = info.static_meta[u32(2)];
let l_628 = l_627 * u32(1);
let l_629 = l_457 < l_628;
if l_629 {
buffer_2_global[l_457] = l_458;
}
}
let l_459 = u32(3) / u32(4);
let l_460 = u32(16) * l_459;
let l_461 = l_4 + l_460;
let l_462 = l_461 * u32(4);
let l_463 = u32(3) % u32(4);
let l_464 = l_462 + l_463;
let l_465 = l_6 + l_464;
let l_466 = l_413 < l_0;
let l_467 = l_465 < l_2;
let l_468 = l_466 && l_467;
if l_468 {
let l_469 = workgroup_id.z * l_0;
let l_470 = l_469 + l_413;
let l_471 = l_470 * l_2;
let l_472 = l_471 + l_465;
let l_473 = a_18[u32(11)];
let l_630 = info.static_meta[u32(2)];
let l_631 = l_630 * u32(1);
let l_632 = l_472 < l_631;
if l_632 {
buffer_2_global[l_472] = l_473;
}
}
let l_474 = u32(3) / u32(4);
let l_475 = u32(16) * l_474;
let l_476 = l_3 + l_475;
let l_477 = l_476 * u32(4);
let l_478 = u32(3) % u32(4);
let l_479 = l_477 + l_478;
let l_480 = l_5 + l_479;
let l_481 = u32(0) / u32(4);
let l_482 = u32(16) * l_481;
let l_483 = l_4 + l_482;
let l_484 = l_483 * u32(4);
let l_485 = u32(0) % u32(4);
let l_486 = l_484 + l_485;
let l_487 = l_6 + l_486;
let l_488 = l_480 < l_0;
let l_489 = l_487 < l_2;
let l_490 = l_488 && l_489;
if l_490 {
let l_491 = workgroup_id.z * l_0;
let l_492 = l_491 + l_480;
let l_493 = l_492 * l_2;
let l_494 = l_493 + l_487;
let l_495 = a_18[u32(12)];
let l_633 = info.static_meta[u32(2)];
let l_634 = l_633 * u32(1);
let l_635 = l_494 < l_634;
if l_635 {
buffer_2_global[l_494] = l_495;
}
}
let l_496 = u32(1) / u32(4);
let l_497 = u32(16) * l_496;
let l_498 = l_4 + l_497;
let l_499 = l_498 * u32(4);
let l_500 = u32(1) % u32(4);
let l_501 = l_499 + l_500;
let l_502 = l_6 + l_501;
let l_503 = l_480 < l_0;
let l_504 = l_502 < l_2;
let l_505 = l_503 && l_504;
if l_505 {
let l_506 = workgroup_id.z * l_0;
let l_507 = l_506 + l_480;
let l_508 = l_507 * l_2;
let l_509 = l_508 + l_502;
let l_510 = a_18[u32(13)];
let l_636 = info.static_meta[u32(2)];
let l_637 = l_636 * u32(1);
let l_638 = l_509 < l_637;
if l_638 {
buffer_2_global[l_509] = l_510;
}
}
let l_511 = u32(2) / u32(4);
let l_512 = u32(16) * l_511;
let l_513 = l_4 + l_512;
let l_514 = l_513 * u32(4);
let l_515 = u32(2) % u32(4);
let l_516 = l_514 + l_515;
let l_517 = l_6 + l_516;
let l_518 = l_480 < l_0;
let l_519 = l_517 < l_2;
let l_520 = l_518 && l_519;
if l_520 {
let l_521 = workgroup_id.z * l_0;
let l_522 = l_521 + l_480;
let l_523 = l_522 * l_2;
let l_524 = l_523 + l_517;
let l_525 = a_18[u32(14)];
let l_639 = info.static_meta[u32(2)];
let l_640 = l_639 * u32(1);
let l_641 = l_524 < l_640;
if l_641 {
buffer_2_global[l_524] = l_525;
}
}
let l_526 = u32(3) / u32(4);
let l_527 = u32(16) * l_526;
let l_528 = l_4 + l_527;
let l_529 = l_528 * u32(4);
let l_530 = u32(3) % u32(4);
let l_531 = l_529 + l_530;
let l_532 = l_6 + l_531;
let l_533 = l_480 < l_0;
let l_534 = l_532 < l_2;
let l_535 = l_533 && l_534;
if l_535 {
let l_536 = workgroup_id.z * l_0;
let l_537 = l_536 + l_480;
let l_538 = l_537 * l_2;
let l_539 = l_538 + l_532;
let l_540 = a_18[u32(15)];
let l_642 = info.static_meta[u32(2)];
let l_643 = l_642 * u32(1);
let l_644 = l_539 < l_643;
if l_644 {
buffer_2_global[l_539] = l_540;
}
}
}
// ==== launch 0: finish_rows_a_f32_o_f32 (sigmoid_loss), cube_dim 64x1x1
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
   scalars_u32: array<u32, 2>,
   static_meta: array<u32, 14>,
   dynamic_meta: array<u32>,
}

@group(0)
@binding(4)
var<storage, read> info: info_st;

var<workgroup> shared_memory_1: array<f32, 64>;

const WORKGROUP_SIZE_X = 64u;
const WORKGROUP_SIZE_Y = 1u;
const WORKGROUP_SIZE_Z = 1u;

@compute
@workgroup_size(64, 1, 1)
fn finish_rows_a_f32_o_f32(
    @builtin(local_invocation_index) local_idx: u32,
    @builtin(num_workgroups) num_workgroups: vec3<u32>,
    @builtin(workgroup_id) workgroup_id: vec3<u32>,
) {
let workgroup_id_no_axis = (u32(num_workgroups.y) * u32(num_workgroups.x) * u32(workgroup_id.z)) + (u32(num_workgroups.x) * u32(workgroup_id.y)) + u32(workgroup_id.x);
var l_mut_19: u32;
var l_mut_4: f32;
var l_mut_5: f32;
var l_mut_6: u32;
let l_0 = info.dynamic_meta[info.static_meta[u32(10)] + u32(1)];
let l_2 = workgroup_id_no_axis < info.scalars_u32[1];
if l_2 {
let l_3 = info.scalars_u32[0] + workgroup_id_no_axis;
l_mut_4 = f32(0.0);
l_mut_5 = f32(0.0);
l_mut_6 = local_idx;
loop {
let l_7 = l_mut_6 < l_0;
let l_8 = !l_7;
if l_8 {
break;
}
let l_9 = workgroup_id_no_axis * l_0;
let l_10 = l_9 + l_mut_6;
let l_63 = info.static_meta[u32(0)];
let l_64 = l_63 * u32(1);
let l_65 = l_10 < l_64;
let l_66 = l_64 - u32(1);
let l_67 = min(l_10, l_66);
let l_68 = buffer_0_global[l_67];
let l_69 = select(f32(0.0), l_68, l_65);
let l_11 = l_69;
let l_12 = info.dynamic_meta[info.static_meta[u32(12)] + u32(0)];
let l_13 = l_3 * l_12;
let l_14 = info.dynamic_meta[info.static_meta[u32(12)] + u32(1)];
let l_15 = l_mut_6 * l_14;
let l_16 = l_13 + l_15;
let l_70 = info.static_meta[u32(1)];
let l_71 = l_70 * u32(1);
let l_72 = l_16 < l_71;
let l_73 = l_71 - u32(1);
let l_74 = min(l_16, l_73);
let l_75 = buffer_1_global[l_74];
let l_76 = select(f32(0.0), l_75, l_72);
let l_17 = l_76;
let l_18 = l_11 * l_17;
l_mut_5 = l_mut_5 + l_18;
l_mut_6 = l_mut_6 + u32(64);
}
shared_memory_1[local_idx] = l_mut_5;
workgroupBarrier();
l_mut_19 = u32(32);
loop {
let l_20 = l_mut_19 > u32(0);
let l_21 = !l_20;
if l_21 {
break;
}
let l_22 = local_idx < l_mut_19;
if l_22 {
let l_23 = local_idx + l_mut_19;
let l_24 = shared_memory_1[l_23];
let l_25 = shared_memory_1[local_idx];
let l_26 = l_25 + l_24;
shared_memory_1[local_idx] = l_26;
}
workgroupBarrier();
l_mut_19 = l_mut_19 / u32(2);
}
let l_27 = shared_memory_1[u32(0)];
workgroupBarrier();
let l_49 = info.static_meta[u32(2)];
let l_50 = l_49 * u32(1);
let l_51 = l_3 < l_50;
let l_52 = l_50 - u32(1);
let l_53 = min(l_3, l_52);
let l_54 = buffer_2_global[l_53];
let l_55 = select(f32(0.0), l_54, l_51);
let l_28 = l_55;
let l_56 = info.static_meta[u32(2)];
let l_57 = l_56 * u32(1);
let l_58 = l_3 < l_57;
let l_59 = l_57 - u32(1);
let l_60 = min(l_3, l_59);
let l_61 = buffer_2_global[l_60];
let l_62 = select(f32(0.0), l_61, l_58);
let l_29 = l_62;
let l_30 = l_28 * l_29;
let l_31 = l_27 / l_30;
l_mut_4 = l_31;
l_mut_19 = local_idx;
loop {
let l_32 = l_mut_19 < l_0;
let l_33 = !l_32;
if l_33 {
break;
}
let l_34 = workgroup_id_no_axis * l_0;
let l_35 = l_34 + l_mut_19;
let l_77 = info.static_meta[u32(0)];
let l_78 = l_77 * u32(1);
let l_79 = l_35 < l_78;
let l_80 = l_78 - u32(1);
let l_81 = min(l_35, l_80);
let l_82 = buffer_0_global[l_81];
let l_83 = select(f32(0.0), l_82, l_79);
let l_36 = l_83;
l_mut_5 = l_36;
let l_37 = info.dynamic_meta[info.static_meta[u32(12)] + u32(0)];
let l_38 = l_3 * l_37;
let l_39 = info.dynamic_meta[info.static_meta[u32(12)] + u32(1)];
let l_40 = l_mut_19 * l_39;
let l_41 = l_38 + l_40;
let l_84 = info.static_meta[u32(1)];
let l_85 = l_84 * u32(1);
let l_86 = l_41 < l_85;
let l_87 = l_85 - u32(1);
let l_88 = min(l_41, l_87);
let l_89 = buffer_1_global[l_88];
let l_90 = select(f32(0.0), l_89, l_86);
let l_42 = l_90;
let l_43 = l_42 * l_mut_4;
l_mut_5 = l_mut_5 - l_43;
let l_44 = info.dynamic_meta[info.static_meta[u32(13)] + u32(0)];
let l_45 = l_3 * l_44;
let l_46 = info.dynamic_meta[info.static_meta[u32(13)] + u32(1)];
let l_47 = l_mut_19 * l_46;
let l_48 = l_45 + l_47;
let l_91 = info.static_meta[u32(3)];
let l_92 = l_91 * u32(1);
let l_93 = l_48 < l_92;
if l_93 {
buffer_3_global[l_48] = l_mut_5;
}
l_mut_19 = l_mut_19 + u32(64);
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

var<workgroup> shared_memory_23: array<f32, 32>;

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
let l_9 = info.dynamic_meta[info.static_meta[u32(6)] + u32(2)];
let l_10 = l_mut_7 % l_9;
let l_11 = info.dynamic_meta[info.static_meta[u32(8)] + u32(2)];
let l_12 = l_10 * l_11;
l_mut_8 = l_mut_8 + l_12;
l_mut_7 = l_mut_7 / l_9;
let l_13 = info.dynamic_meta[info.static_meta[u32(6)] + u32(1)];
let l_14 = l_mut_7 % l_13;
let l_15 = info.dynamic_meta[info.static_meta[u32(8)] + u32(1)];
let l_16 = l_14 * l_15;
l_mut_8 = l_mut_8 + l_16;
l_mut_7 = l_mut_7 / l_13;
let l_17 = info.dynamic_meta[info.static_meta[u32(6)] + u32(0)];
let l_18 = l_mut_7 % l_17;
let l_19 = info.dynamic_meta[info.static_meta[u32(8)] + u32(0)];
let l_20 = l_18 * l_19;
l_mut_8 = l_mut_8 + l_20;
l_mut_7 = l_mut_7 / l_17;
let l_33 = info.static_meta[u32(0)];
let l_34 = l_33 * u32(1);
let l_35 = l_mut_8 < l_34;
let l_36 = l_34 - u32(1);
let l_37 = min(l_mut_8, l_36);
let l_38 = buffer_0_global[l_37];
let l_39 = select(f32(0.0), l_38, l_35);
let l_21 = l_39;
let l_22 = l_mut_1 + l_21;
l_mut_1 = l_22;
l_mut_2 = l_mut_2 + u32(32);
}
shared_memory_23[local_idx] = l_mut_1;
workgroupBarrier();
l_mut_8 = u32(16);
loop {
let l_24 = l_mut_8 > u32(0);
let l_25 = !l_24;
if l_25 {
break;
}
let l_26 = local_idx < l_mut_8;
if l_26 {
let l_27 = local_idx + l_mut_8;
let l_28 = shared_memory_23[l_27];
let l_29 = shared_memory_23[local_idx];
let l_30 = l_29 + l_28;
shared_memory_23[local_idx] = l_30;
}
workgroupBarrier();
l_mut_8 = l_mut_8 / u32(2);
}
let l_31 = shared_memory_23[u32(0)];
workgroupBarrier();
l_mut_1 = l_31;
let l_32 = local_idx == u32(0);
if l_32 {
let l_40 = info.static_meta[u32(1)];
let l_41 = l_40 * u32(1);
let l_42 = workgroup_id_no_axis < l_41;
if l_42 {
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
