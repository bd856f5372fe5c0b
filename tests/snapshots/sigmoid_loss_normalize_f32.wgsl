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
var l_mut_1363: f32;
var l_mut_17: u32;
var l_mut_311: f32;
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
let l_1377 = info.static_meta[u32(0)];
let l_1378 = l_1377 * u32(1);
let l_1379 = l_57 < l_1378;
let l_1380 = l_1378 - u32(1);
let l_1381 = min(l_57, l_1380);
let l_1382 = buffer_0_global[l_1381];
let l_1383 = select(f32(0.0), l_1382, l_1379);
let l_58 = l_1383;
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
let l_1384 = info.static_meta[u32(0)];
let l_1385 = l_1384 * u32(1);
let l_1386 = l_70 < l_1385;
let l_1387 = l_1385 - u32(1);
let l_1388 = min(l_70, l_1387);
let l_1389 = buffer_0_global[l_1388];
let l_1390 = select(f32(0.0), l_1389, l_1386);
let l_71 = l_1390;
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
let l_1391 = info.static_meta[u32(0)];
let l_1392 = l_1391 * u32(1);
let l_1393 = l_83 < l_1392;
let l_1394 = l_1392 - u32(1);
let l_1395 = min(l_83, l_1394);
let l_1396 = buffer_0_global[l_1395];
let l_1397 = select(f32(0.0), l_1396, l_1393);
let l_84 = l_1397;
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
let l_1398 = info.static_meta[u32(0)];
let l_1399 = l_1398 * u32(1);
let l_1400 = l_96 < l_1399;
let l_1401 = l_1399 - u32(1);
let l_1402 = min(l_96, l_1401);
let l_1403 = buffer_0_global[l_1402];
let l_1404 = select(f32(0.0), l_1403, l_1400);
let l_97 = l_1404;
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
let l_1405 = info.static_meta[u32(1)];
let l_1406 = l_1405 * u32(1);
let l_1407 = l_117 < l_1406;
let l_1408 = l_1406 - u32(1);
let l_1409 = min(l_117, l_1408);
let l_1410 = buffer_1_global[l_1409];
let l_1411 = select(f32(0.0), l_1410, l_1407);
let l_118 = l_1411;
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
let l_1412 = info.static_meta[u32(1)];
let l_1413 = l_1412 * u32(1);
let l_1414 = l_130 < l_1413;
let l_1415 = l_1413 - u32(1);
let l_1416 = min(l_130, l_1415);
let l_1417 = buffer_1_global[l_1416];
let l_1418 = select(f32(0.0), l_1417, l_1414);
let l_131 = l_1418;
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
let l_1419 = info.static_meta[u32(1)];
let l_1420 = l_1419 * u32(1);
let l_1421 = l_143 < l_1420;
let l_1422 = l_1420 - u32(1);
let l_1423 = min(l_143, l_1422);
let l_1424 = buffer_1_global[l_1423];
let l_1425 = select(f32(0.0), l_1424, l_1421);
let l_144 = l_1425;
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
let l_1426 = info.static_meta[u32(1)];
let l_1427 = l_1426 * u32(1);
let l_1428 = l_156 < l_1427;
let l_1429 = l_1427 - u32(1);
let l_1430 = min(l_156, l_1429);
let l_1431 = buffer_1_global[l_1430];
let l_1432 = select(f32(0.0), l_1431, l_1428);
let l_157 = l_1432;
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
let l_282 = l_8 + u32(0);
let l_283 = l_282 * u32(4);
let l_284 = l_6 + l_283;
let l_285 = l_284 + u32(0);
let l_286 = l_9 + u32(0);
let l_287 = l_286 * u32(4);
let l_288 = l_mut_17 + l_287;
let l_289 = l_288 + u32(0);
let l_290 = l_285 < l_7;
let l_291 = l_289 < l_1;
let l_292 = l_290 && l_291;
if l_292 {
let l_293 = a_12[u32(0)];
let l_294 = info.scalars_f32[0] * l_293;
l_mut_48 = l_294;
let l_1433 = info.static_meta[u32(2)];
let l_1434 = l_1433 * u32(1);
let l_1435 = l_285 < l_1434;
let l_1436 = l_1434 - u32(1);
let l_1437 = min(l_285, l_1436);
let l_1438 = buffer_2_global[l_1437];
let l_1439 = select(f32(0.0), l_1438, l_1435);
let l_295 = l_1439;
let l_1440 = info.static_meta[u32(3)];
let l_1441 = l_1440 * u32(1);
let l_1442 = l_289 < l_1441;
let l_1443 = l_1441 - u32(1);
let l_1444 = min(l_289, l_1443);
let l_1445 = buffer_3_global[l_1444];
let l_1446 = select(f32(0.0), l_1445, l_1442);
let l_296 = l_1446;
let l_297 = l_295 * l_296;
l_mut_48 = l_mut_48 / l_297;
let l_298 = l_285 + info.scalars_u32[0];
let l_299 = l_289 + info.scalars_u32[1];
let l_300 = l_298 == l_299;
let l_301 = select(f32(-1.0), f32(1.0), l_300);
let l_302 = l_mut_48 + info.scalars_f32[1];
let l_303 = l_301 * l_302;
let l_304 = min(l_303, f32(0.0));
let l_305 = abs(l_303);
let l_306 = -l_305;
let l_307 = exp(l_306);
let l_308 = f32(2.0) + l_307;
let l_309 = l_307 / l_308;
let l_310 = l_309 * l_309;
l_mut_311 = f32(0.05882352963089943);
let l_312 = l_310 * l_mut_311;
let l_313 = f32(0.06666667014360428) + l_312;
l_mut_311 = l_313;
let l_314 = l_310 * l_mut_311;
let l_315 = f32(0.07692307978868484) + l_314;
l_mut_311 = l_315;
let l_316 = l_310 * l_mut_311;
let l_317 = f32(0.09090909361839294) + l_316;
l_mut_311 = l_317;
let l_318 = l_310 * l_mut_311;
let l_319 = f32(0.1111111119389534) + l_318;
l_mut_311 = l_319;
let l_320 = l_310 * l_mut_311;
let l_321 = f32(0.1428571492433548) + l_320;
l_mut_311 = l_321;
let l_322 = l_310 * l_mut_311;
let l_323 = f32(0.20000000298023224) + l_322;
l_mut_311 = l_323;
let l_324 = l_310 * l_mut_311;
let l_325 = f32(0.3333333432674408) + l_324;
l_mut_311 = l_325;
let l_326 = l_310 * l_mut_311;
let l_327 = f32(1.0) + l_326;
l_mut_311 = l_327;
let l_328 = f32(2.0) * l_309;
let l_329 = l_328 * l_mut_311;
let l_330 = l_304 - l_329;
let l_331 = a_13[u32(0)];
let l_332 = l_331 + l_330;
a_13[u32(0)] = l_332;
let l_333 = -info.scalars_f32[3];
let l_334 = l_333 * l_301;
let l_335 = l_301 * l_302;
let l_336 = exp(l_335);
let l_337 = f32(1.0) + l_336;
let l_338 = l_334 / l_337;
let l_339 = l_338 * l_mut_48;
let l_340 = a_14[u32(0)];
let l_341 = l_340 + l_339;
a_14[u32(0)] = l_341;
let l_342 = a_15[u32(0)];
let l_343 = l_342 + l_338;
a_15[u32(0)] = l_343;
let l_344 = info.scalars_f32[0] * l_338;
l_mut_311 = l_344;
let l_1447 = info.static_meta[u32(2)];
let l_1448 = l_1447 * u32(1);
let l_1449 = l_285 < l_1448;
let l_1450 = l_1448 - u32(1);
let l_1451 = min(l_285, l_1450);
let l_1452 = buffer_2_global[l_1451];
let l_1453 = select(f32(0.0), l_1452, l_1449);
let l_345 = l_1453;
let l_1454 = info.static_meta[u32(3)];
let l_1455 = l_1454 * u32(1);
let l_1456 = l_289 < l_1455;
let l_1457 = l_1455 - u32(1);
let l_1458 = min(l_289, l_1457);
let l_1459 = buffer_3_global[l_1458];
let l_1460 = select(f32(0.0), l_1459, l_1456);
let l_346 = l_1460;
let l_347 = l_345 * l_346;
l_mut_311 = l_mut_311 / l_347;
let l_348 = l_285 - info.scalars_u32[2];
let l_349 = l_348 * l_1;
let l_350 = l_349 + l_289;
let l_1461 = info.static_meta[u32(4)];
let l_1462 = l_1461 * u32(1);
let l_1463 = l_350 < l_1462;
if l_1463 {
buffer_4_global[l_350] = l_mut_311;
}
}
let l_351 = l_9 + u32(0);
let l_352 = l_351 * u32(4);
let l_353 = l_mut_17 + l_352;
let l_354 = l_353 + u32(1);
let l_355 = l_285 < l_7;
let l_356 = l_354 < l_1;
let l_357 = l_355 && l_356;
if l_357 {
let l_358 = a_12[u32(1)];
let l_359 = info.scalars_f32[0] * l_358;
l_mut_311 = l_359;
let l_1464 = info.static_meta[u32(2)];
let l_1465 = l_1464 * u32(1);
let l_1466 = l_285 < l_1465;
let l_1467 = l_1465 - u32(1);
let l_1468 = min(l_285, l_1467);
let l_1469 = buffer_2_global[l_1468];
let l_1470 = select(f32(0.0), l_1469, l_1466);
let l_360 = l_1470;
let l_1471 = info.static_meta[u32(3)];
let l_1472 = l_1471 * u32(1);
let l_1473 = l_354 < l_1472;
let l_1474 = l_1472 - u32(1);
let l_1475 = min(l_354, l_1474);
let l_1476 = buffer_3_global[l_1475];
let l_1477 = select(f32(0.0), l_1476, l_1473);
let l_361 = l_1477;
let l_362 = l_360 * l_361;
l_mut_311 = l_mut_311 / l_362;
let l_363 = l_285 + info.scalars_u32[0];
let l_364 = l_354 + info.scalars_u32[1];
let l_365 = l_363 == l_364;
let l_366 = select(f32(-1.0), f32(1.0), l_365);
let l_367 = l_mut_311 + info.scalars_f32[1];
let l_368 = l_366 * l_367;
let l_369 = min(l_368, f32(0.0));
let l_370 = abs(l_368);
let l_371 = -l_370;
let l_372 = exp(l_371);
let l_373 = f32(2.0) + l_372;
let l_374 = l_372 / l_373;
let l_375 = l_374 * l_374;
l_mut_48 = f32(0.05882352963089943);
let l_376 = l_375 * l_mut_48;
let l_377 = f32(0.06666667014360428) + l_376;
l_mut_48 = l_377;
let l_378 = l_375 * l_mut_48;
let l_379 = f32(0.07692307978868484) + l_378;
l_mut_48 = l_379;
let l_380 = l_375 * l_mut_48;
let l_381 = f32(0.09090909361839294) + l_380;
l_mut_48 = l_381;
let l_382 = l_375 * l_mut_48;
let l_383 = f32(0.1111111119389534) + l_382;
l_mut_48 = l_383;
let l_384 = l_375 * l_mut_48;
let l_385 = f32(0.1428571492433548) + l_384;
l_mut_48 = l_385;
let l_386 = l_375 * l_mut_48;
let l_387 = f32(0.20000000298023224) + l_386;
l_mut_48 = l_387;
let l_388 = l_375 * l_mut_48;
let l_389 = f32(0.3333333432674408) + l_388;
l_mut_48 = l_389;
let l_390 = l_375 * l_mut_48;
let l_391 = f32(1.0) + l_390;
l_mut_48 = l_391;
let l_392 = f32(2.0) * l_374;
let l_393 = l_392 * l_mut_48;
let l_394 = l_369 - l_393;
let l_395 = a_13[u32(0)];
let l_396 = l_395 + l_394;
a_13[u32(0)] = l_396;
let l_397 = -info.scalars_f32[3];
let l_398 = l_397 * l_366;
let l_399 = l_366 * l_367;
let l_400 = exp(l_399);
let l_401 = f32(1.0) + l_400;
let l_402 = l_398 / l_401;
let l_403 = l_402 * l_mut_311;
let l_404 = a_14[u32(0)];
let l_405 = l_404 + l_403;
a_14[u32(0)] = l_405;
let l_406 = a_15[u32(0)];
let l_407 = l_406 + l_402;
a_15[u32(0)] = l_407;
let l_408 = info.scalars_f32[0] * l_402;
l_mut_311 = l_408;
let l_1478 = info.static_meta[u32(2)];
let l_1479 = l_1478 * u32(1);
let l_1480 = l_285 < l_1479;
let l_1481 = l_1479 - u32(1);
let l_1482 = min(l_285, l_1481);
let l_1483 = buffer_2_global[l_1482];
let l_1484 = select(f32(0.0), l_1483, l_1480);
let l_409 = l_1484;
let l_1485 = info.static_meta[u32(3)];
let l_1486 = l_1485 * u32(1);
let l_1487 = l_354 < l_1486;
let l_1488 = l_1486 - u32(1);
let l_1489 = min(l_354, l_1488);
let l_1490 = buffer_3_global[l_1489];
let l_1491 = select(f32(0.0), l_1490, l_1487);
let l_410 = l_1491;
let l_411 = l_409 * l_410;
l_mut_311 = l_mut_311 / l_411;
let l_412 = l_285 - info.scalars_u32[2];
let l_413 = l_412 * l_1;
let l_414 = l_413 + l_354;
let l_1492 = info.static_meta[u32(4)];
let l_1493 = l_1492 * u32(1);
let l_1494 = l_414 < l_1493;
if l_1494 {
buffer_4_global[l_414] = l_mut_311;
}
}
let l_415 = l_9 + u32(0);
let l_416 = l_415 * u32(4);
let l_417 = l_mut_17 + l_416;
let l_418 = l_417 + u32(2);
let l_419 = l_285 < l_7;
let l_420 = l_418 < l_1;
let l_421 = l_419 && l_420;
if l_421 {
let l_422 = a_12[u32(2)];
let l_423 = info.scalars_f32[0] * l_422;
l_mut_311 = l_423;
let l_1495 = info.static_meta[u32(2)];
let l_1496 = l_1495 * u32(1);
let l_1497 = l_285 < l_1496;
let l_1498 = l_1496 - u32(1);
let l_1499 = min(l_285, l_1498);
let l_1500 = buffer_2_global[l_1499];
let l_1501 = select(f32(0.0), l_1500, l_1497);
let l_424 = l_1501;
let l_1502 = info.static_meta[u32(3)];
let l_1503 = l_1502 * u32(1);
let l_1504 = l_418 < l_1503;
let l_1505 = l_1503 - u32(1);
let l_1506 = min(l_418, l_1505);
let l_1507 = buffer_3_global[l_1506];
let l_1508 = select(f32(0.0), l_1507, l_1504);
let l_425 = l_1508;
let l_426 = l_424 * l_425;
l_mut_311 = l_mut_311 / l_426;
let l_427 = l_285 + info.scalars_u32[0];
let l_428 = l_418 + info.scalars_u32[1];
let l_429 = l_427 == l_428;
let l_430 = select(f32(-1.0), f32(1.0), l_429);
let l_431 = l_mut_311 + info.scalars_f32[1];
let l_432 = l_430 * l_431;
let l_433 = min(l_432, f32(0.0));
let l_434 = abs(l_432);
let l_435 = -l_434;
let l_436 = exp(l_435);
let l_437 = f32(2.0) + l_436;
let l_438 = l_436 / l_437;
let l_439 = l_438 * l_438;
l_mut_48 = f32(0.05882352963089943);
let l_440 = l_439 * l_mut_48;
let l_441 = f32(0.06666667014360428) + l_440;
l_mut_48 = l_441;
let l_442 = l_439 * l_mut_48;
let l_443 = f32(0.07692307978868484) + l_442;
l_mut_48 = l_443;
let l_444 = l_439 * l_mut_48;
let l_445 = f32(0.09090909361839294) + l_444;
l_mut_48 = l_445;
let l_446 = l_439 * l_mut_48;
let l_447 = f32(0.1111111119389534) + l_446;
l_mut_48 = l_447;
let l_448 = l_439 * l_mut_48;
let l_449 = f32(0.1428571492433548) + l_448;
l_mut_48 = l_449;
let l_450 = l_439 * l_mut_48;
let l_451 = f32(0.20000000298023224) + l_450;
l_mut_48 = l_451;
let l_452 = l_439 * l_mut_48;
let l_453 = f32(0.3333333432674408) + l_452;
l_mut_48 = l_453;
let l_454 = l_439 * l_mut_48;
let l_455 = f32(1.0) + l_454;
l_mut_48 = l_455;
let l_456 = f32(2.0) * l_438;
let l_457 = l_456 * l_mut_48;
let l_458 = l_433 - l_457;
let l_459 = a_13[u32(0)];
let l_460 = l_459 + l_458;
a_13[u32(0)] = l_460;
let l_461 = -info.scalars_f32[3];
let l_462 = l_461 * l_430;
let l_463 = l_430 * l_431;
let l_464 = exp(l_463);
let l_465 = f32(1.0) + l_464;
let l_466 = l_462 / l_465;
let l_467 = l_466 * l_mut_311;
let l_468 = a_14[u32(0)];
let l_469 = l_468 + l_467;
a_14[u32(0)] = l_469;
let l_470 = a_15[u32(0)];
let l_471 = l_470 + l_466;
a_15[u32(0)] = l_471;
let l_472 = info.scalars_f32[0] * l_466;
l_mut_311 = l_472;
let l_1509 = info.static_meta[u32(2)];
let l_1510 = l_1509 * u32(1);
let l_1511 = l_285 < l_1510;
let l_1512 = l_1510 - u32(1);
let l_1513 = min(l_285, l_1512);
let l_1514 = buffer_2_global[l_1513];
let l_1515 = select(f32(0.0), l_1514, l_1511);
let l_473 = l_1515;
let l_1516 = info.static_meta[u32(3)];
let l_1517 = l_1516 * u32(1);
let l_1518 = l_418 < l_1517;
let l_1519 = l_1517 - u32(1);
let l_1520 = min(l_418, l_1519);
let l_1521 = buffer_3_global[l_1520];
let l_1522 = select(f32(0.0), l_1521, l_1518);
let l_474 = l_1522;
let l_475 = l_473 * l_474;
l_mut_311 = l_mut_311 / l_475;
let l_476 = l_285 - info.scalars_u32[2];
let l_477 = l_476 * l_1;
let l_478 = l_477 + l_418;
let l_1523 = info.static_meta[u32(4)];
let l_1524 = l_1523 * u32(1);
let l_1525 = l_478 < l_1524;
if l_1525 {
buffer_4_global[l_478] = l_mut_311;
}
}
let l_479 = l_9 + u32(0);
let l_480 = l_479 * u32(4);
let l_481 = l_mut_17 + l_480;
let l_482 = l_481 + u32(3);
let l_483 = l_285 < l_7;
let l_484 = l_482 < l_1;
let l_485 = l_483 && l_484;
if l_485 {
let l_486 = a_12[u32(3)];
let l_487 = info.scalars_f32[0] * l_486;
l_mut_311 = l_487;
let l_1526 = info.static_meta[u32(2)];
let l_1527 = l_1526 * u32(1);
let l_1528 = l_285 < l_1527;
let l_1529 = l_1527 - u32(1);
let l_1530 = min(l_285, l_1529);
let l_1531 = buffer_2_global[l_1530];
let l_1532 = select(f32(0.0), l_1531, l_1528);
let l_488 = l_1532;
let l_1533 = info.static_meta[u32(3)];
let l_1534 = l_1533 * u32(1);
let l_1535 = l_482 < l_1534;
let l_1536 = l_1534 - u32(1);
let l_1537 = min(l_482, l_1536);
let l_1538 = buffer_3_global[l_1537];
let l_1539 = select(f32(0.0), l_1538, l_1535);
let l_489 = l_1539;
let l_490 = l_488 * l_489;
l_mut_311 = l_mut_311 / l_490;
let l_491 = l_285 + info.scalars_u32[0];
let l_492 = l_482 + info.scalars_u32[1];
let l_493 = l_491 == l_492;
let l_494 = select(f32(-1.0), f32(1.0), l_493);
let l_495 = l_mut_311 + info.scalars_f32[1];
let l_496 = l_494 * l_495;
let l_497 = min(l_496, f32(0.0));
let l_498 = abs(l_496);
let l_499 = -l_498;
let l_500 = exp(l_499);
let l_501 = f32(2.0) + l_500;
let l_502 = l_500 / l_501;
let l_503 = l_502 * l_502;
l_mut_48 = f32(0.05882352963089943);
let l_504 = l_503 * l_mut_48;
let l_505 = f32(0.06666667014360428) + l_504;
l_mut_48 = l_505;
let l_506 = l_503 * l_mut_48;
let l_507 = f32(0.07692307978868484) + l_506;
l_mut_48 = l_507;
let l_508 = l_503 * l_mut_48;
let l_509 = f32(0.09090909361839294) + l_508;
l_mut_48 = l_509;
let l_510 = l_503 * l_mut_48;
let l_511 = f32(0.1111111119389534) + l_510;
l_mut_48 = l_511;
let l_512 = l_503 * l_mut_48;
let l_513 = f32(0.1428571492433548) + l_512;
l_mut_48 = l_513;
let l_514 = l_503 * l_mut_48;
let l_515 = f32(0.20000000298023224) + l_514;
l_mut_48 = l_515;
let l_516 = l_503 * l_mut_48;
let l_517 = f32(0.3333333432674408) + l_516;
l_mut_48 = l_517;
let l_518 = l_503 * l_mut_48;
let l_519 = f32(1.0) + l_518;
l_mut_48 = l_519;
let l_520 = f32(2.0) * l_502;
let l_521 = l_520 * l_mut_48;
let l_522 = l_497 - l_521;
let l_523 = a_13[u32(0)];
let l_524 = l_523 + l_522;
a_13[u32(0)] = l_524;
let l_525 = -info.scalars_f32[3];
let l_526 = l_525 * l_494;
let l_527 = l_494 * l_495;
let l_528 = exp(l_527);
let l_529 = f32(1.0) + l_528;
let l_530 = l_526 / l_529;
let l_531 = l_530 * l_mut_311;
let l_532 = a_14[u32(0)];
let l_533 = l_532 + l_531;
a_14[u32(0)] = l_533;
let l_534 = a_15[u32(0)];
let l_535 = l_534 + l_530;
a_15[u32(0)] = l_535;
let l_536 = info.scalars_f32[0] * l_530;
l_mut_311 = l_536;
let l_1540 = info.static_meta[u32(2)];
let l_1541 = l_1540 * u32(1);
let l_1542 = l_285 < l_1541;
let l_1543 = l_1541 - u32(1);
let l_1544 = min(l_285, l_1543);
let l_1545 = buffer_2_global[l_1544];
let l_1546 = select(f32(0.0), l_1545, l_1542);
let l_537 = l_1546;
let l_1547 = info.static_meta[u32(3)];
let l_1548 = l_1547 * u32(1);
let l_1549 = l_482 < l_1548;
let l_1550 = l_1548 - u32(1);
let l_1551 = min(l_482, l_1550);
let l_1552 = buffer_3_global[l_1551];
let l_1553 = select(f32(0.0), l_1552, l_1549);
let l_538 = l_1553;
let l_539 = l_537 * l_538;
l_mut_311 = l_mut_311 / l_539;
let l_540 = l_285 - info.scalars_u32[2];
let l_541 = l_540 * l_1;
let l_542 = l_541 + l_482;
let l_1554 = info.static_meta[u32(4)];
let l_1555 = l_1554 * u32(1);
let l_1556 = l_542 < l_1555;
if l_1556 {
buffer_4_global[l_542] = l_mut_311;
}
}
let l_543 = l_8 + u32(0);
let l_544 = l_543 * u32(4);
let l_545 = l_6 + l_544;
let l_546 = l_545 + u32(1);
let l_547 = l_9 + u32(0);
let l_548 = l_547 * u32(4);
let l_549 = l_mut_17 + l_548;
let l_550 = l_549 + u32(0);
let l_551 = l_546 < l_7;
let l_552 = l_550 < l_1;
let l_553 = l_551 && l_552;
if l_553 {
let l_554 = a_12[u32(4)];
let l_555 = info.scalars_f32[0] * l_554;
l_mut_311 = l_555;
let l_1557 = info.static_meta[u32(2)];
let l_1558 = l_1557 * u32(1);
let l_1559 = l_546 < l_1558;
let l_1560 = l_1558 - u32(1);
let l_1561 = min(l_546, l_1560);
let l_1562 = buffer_2_global[l_1561];
let l_1563 = select(f32(0.0), l_1562, l_1559);
let l_556 = l_1563;
let l_1564 = info.static_meta[u32(3)];
let l_1565 = l_1564 * u32(1);
let l_1566 = l_550 < l_1565;
let l_1567 = l_1565 - u32(1);
let l_1568 = min(l_550, l_1567);
let l_1569 = buffer_3_global[l_1568];
let l_1570 = select(f32(0.0), l_1569, l_1566);
let l_557 = l_1570;
let l_558 = l_556 * l_557;
l_mut_311 = l_mut_311 / l_558;
let l_559 = l_546 + info.scalars_u32[0];
let l_560 = l_550 + info.scalars_u32[1];
let l_561 = l_559 == l_560;
let l_562 = select(f32(-1.0), f32(1.0), l_561);
let l_563 = l_mut_311 + info.scalars_f32[1];
let l_564 = l_562 * l_563;
let l_565 = min(l_564, f32(0.0));
let l_566 = abs(l_564);
let l_567 = -l_566;
let l_568 = exp(l_567);
let l_569 = f32(2.0) + l_568;
let l_570 = l_568 / l_569;
let l_571 = l_570 * l_570;
l_mut_48 = f32(0.05882352963089943);
let l_572 = l_571 * l_mut_48;
let l_573 = f32(0.06666667014360428) + l_572;
l_mut_48 = l_573;
let l_574 = l_571 * l_mut_48;
let l_575 = f32(0.07692307978868484) + l_574;
l_mut_48 = l_575;
let l_576 = l_571 * l_mut_48;
let l_577 = f32(0.09090909361839294) + l_576;
l_mut_48 = l_577;
let l_578 = l_571 * l_mut_48;
let l_579 = f32(0.1111111119389534) + l_578;
l_mut_48 = l_579;
let l_580 = l_571 * l_mut_48;
let l_581 = f32(0.1428571492433548) + l_580;
l_mut_48 = l_581;
let l_582 = l_571 * l_mut_48;
let l_583 = f32(0.20000000298023224) + l_582;
l_mut_48 = l_583;
let l_584 = l_571 * l_mut_48;
let l_585 = f32(0.3333333432674408) + l_584;
l_mut_48 = l_585;
let l_586 = l_571 * l_mut_48;
let l_587 = f32(1.0) + l_586;
l_mut_48 = l_587;
let l_588 = f32(2.0) * l_570;
let l_589 = l_588 * l_mut_48;
let l_590 = l_565 - l_589;
let l_591 = a_13[u32(1)];
let l_592 = l_591 + l_590;
a_13[u32(1)] = l_592;
let l_593 = -info.scalars_f32[3];
let l_594 = l_593 * l_562;
let l_595 = l_562 * l_563;
let l_596 = exp(l_595);
let l_597 = f32(1.0) + l_596;
let l_598 = l_594 / l_597;
let l_599 = l_598 * l_mut_311;
let l_600 = a_14[u32(1)];
let l_601 = l_600 + l_599;
a_14[u32(1)] = l_601;
let l_602 = a_15[u32(1)];
let l_603 = l_602 + l_598;
a_15[u32(1)] = l_603;
let l_604 = info.scalars_f32[0] * l_598;
l_mut_311 = l_604;
let l_1571 = info.static_meta[u32(2)];
let l_1572 = l_1571 * u32(1);
let l_1573 = l_546 < l_1572;
let l_1574 = l_1572 - u32(1);
let l_1575 = min(l_546, l_1574);
let l_1576 = buffer_2_global[l_1575];
let l_1577 = select(f32(0.0), l_1576, l_1573);
let l_605 = l_1577;
let l_1578 = info.static_meta[u32(3)];
let l_1579 = l_1578 * u32(1);
let l_1580 = l_550 < l_1579;
let l_1581 = l_1579 - u32(1);
let l_1582 = min(l_550, l_1581);
let l_1583 = buffer_3_global[l_1582];
let l_1584 = select(f32(0.0), l_1583, l_1580);
let l_606 = l_1584;
let l_607 = l_605 * l_606;
l_mut_311 = l_mut_311 / l_607;
let l_608 = l_546 - info.scalars_u32[2];
let l_609 = l_608 * l_1;
let l_610 = l_609 + l_550;
let l_1585 = info.static_meta[u32(4)];
let l_1586 = l_1585 * u32(1);
let l_1587 = l_610 < l_1586;
if l_1587 {
buffer_4_global[l_610] = l_mut_311;
}
}
let l_611 = l_9 + u32(0);
let l_612 = l_611 * u32(4);
let l_613 = l_mut_17 + l_612;
let l_614 = l_613 + u32(1);
let l_615 = l_546 < l_7;
let l_616 = l_614 < l_1;
let l_617 = l_615 && l_616;
if l_617 {
let l_618 = a_12[u32(5)];
let l_619 = info.scalars_f32[0] * l_618;
l_mut_311 = l_619;
let l_1588 = info.static_meta[u32(2)];
let l_1589 = l_1588 * u32(1);
let l_1590 = l_546 < l_1589;
let l_1591 = l_1589 - u32(1);
let l_1592 = min(l_546, l_1591);
let l_1593 = buffer_2_global[l_1592];
let l_1594 = select(f32(0.0), l_1593, l_1590);
let l_620 = l_1594;
let l_1595 = info.static_meta[u32(3)];
let l_1596 = l_1595 * u32(1);
let l_1597 = l_614 < l_1596;
let l_1598 = l_1596 - u32(1);
let l_1599 = min(l_614, l_1598);
let l_1600 = buffer_3_global[l_1599];
let l_1601 = select(f32(0.0), l_1600, l_1597);
let l_621 = l_1601;
let l_622 = l_620 * l_621;
l_mut_311 = l_mut_311 / l_622;
let l_623 = l_546 + info.scalars_u32[0];
let l_624 = l_614 + info.scalars_u32[1];
let l_625 = l_623 == l_624;
let l_626 = select(f32(-1.0), f32(1.0), l_625);
let l_627 = l_mut_311 + info.scalars_f32[1];
let l_628 = l_626 * l_627;
let l_629 = min(l_628, f32(0.0));
let l_630 = abs(l_628);
let l_631 = -l_630;
let l_632 = exp(l_631);
let l_633 = f32(2.0) + l_632;
let l_634 = l_632 / l_633;
let l_635 = l_634 * l_634;
l_mut_48 = f32(0.05882352963089943);
let l_636 = l_635 * l_mut_48;
let l_637 = f32(0.06666667014360428) + l_636;
l_mut_48 = l_637;
let l_638 = l_635 * l_mut_48;
let l_639 = f32(0.07692307978868484) + l_638;
l_mut_48 = l_639;
let l_640 = l_635 * l_mut_48;
let l_641 = f32(0.09090909361839294) + l_640;
l_mut_48 = l_641;
let l_642 = l_635 * l_mut_48;
let l_643 = f32(0.1111111119389534) + l_642;
l_mut_48 = l_643;
let l_644 = l_635 * l_mut_48;
let l_645 = f32(0.1428571492433548) + l_644;
l_mut_48 = l_645;
let l_646 = l_635 * l_mut_48;
let l_647 = f32(0.20000000298023224) + l_646;
l_mut_48 = l_647;
let l_648 = l_635 * l_mut_48;
let l_649 = f32(0.3333333432674408) + l_648;
l_mut_48 = l_649;
let l_650 = l_635 * l_mut_48;
let l_651 = f32(1.0) + l_650;
l_mut_48 = l_651;
let l_652 = f32(2.0) * l_634;
let l_653 = l_652 * l_mut_48;
let l_654 = l_629 - l_653;
let l_655 = a_13[u32(1)];
let l_656 = l_655 + l_654;
a_13[u32(1)] = l_656;
let l_657 = -info.scalars_f32[3];
let l_658 = l_657 * l_626;
let l_659 = l_626 * l_627;
let l_660 = exp(l_659);
let l_661 = f32(1.0) + l_660;
let l_662 = l_658 / l_661;
let l_663 = l_662 * l_mut_311;
let l_664 = a_14[u32(1)];
let l_665 = l_664 + l_663;
a_14[u32(1)] = l_665;
let l_666 = a_15[u32(1)];
let l_667 = l_666 + l_662;
a_15[u32(1)] = l_667;
let l_668 = info.scalars_f32[0] * l_662;
l_mut_311 = l_668;
let l_1602 = info.static_meta[u32(2)];
let l_1603 = l_1602 * u32(1);
let l_1604 = l_546 < l_1603;
let l_1605 = l_1603 - u32(1);
let l_1606 = min(l_546, l_1605);
let l_1607 = buffer_2_global[l_1606];
let l_1608 = select(f32(0.0), l_1607, l_1604);
let l_669 = l_1608;
let l_1609 = info.static_meta[u32(3)];
let l_1610 = l_1609 * u32(1);
let l_1611 = l_614 < l_1610;
let l_1612 = l_1610 - u32(1);
let l_1613 = min(l_614, l_1612);
let l_1614 = buffer_3_global[l_1613];
let l_1615 = select(f32(0.0), l_1614, l_1611);
let l_670 = l_1615;
let l_671 = l_669 * l_670;
l_mut_311 = l_mut_311 / l_671;
let l_672 = l_546 - info.scalars_u32[2];
let l_673 = l_672 * l_1;
let l_674 = l_673 + l_614;
let l_1616 = info.static_meta[u32(4)];
let l_1617 = l_1616 * u32(1);
let l_1618 = l_674 < l_1617;
if l_1618 {
buffer_4_global[l_674] = l_mut_311;
}
}
let l_675 = l_9 + u32(0);
let l_676 = l_675 * u32(4);
let l_677 = l_mut_17 + l_676;
let l_678 = l_677 + u32(2);
let l_679 = l_546 < l_7;
let l_680 = l_678 < l_1;
let l_681 = l_679 && l_680;
if l_681 {
let l_682 = a_12[u32(6)];
let l_683 = info.scalars_f32[0] * l_682;
l_mut_311 = l_683;
let l_1619 = info.static_meta[u32(2)];
let l_1620 = l_1619 * u32(1);
let l_1621 = l_546 < l_1620;
let l_1622 = l_1620 - u32(1);
let l_1623 = min(l_546, l_1622);
let l_1624 = buffer_2_global[l_1623];
let l_1625 = select(f32(0.0), l_1624, l_1621);
let l_684 = l_1625;
let l_1626 = info.static_meta[u32(3)];
let l_1627 = l_1626 * u32(1);
let l_1628 = l_678 < l_1627;
let l_1629 = l_1627 - u32(1);
let l_1630 = min(l_678, l_1629);
let l_1631 = buffer_3_global[l_1630];
let l_1632 = select(f32(0.0), l_1631, l_1628);
let l_685 = l_1632;
let l_686 = l_684 * l_685;
l_mut_311 = l_mut_311 / l_686;
let l_687 = l_546 + info.scalars_u32[0];
let l_688 = l_678 + info.scalars_u32[1];
let l_689 = l_687 == l_688;
let l_690 = select(f32(-1.0), f32(1.0), l_689);
let l_691 = l_mut_311 + info.scalars_f32[1];
let l_692 = l_690 * l_691;
let l_693 = min(l_692, f32(0.0));
let l_694 = abs(l_692);
let l_695 = -l_694;
let l_696 = exp(l_695);
let l_697 = f32(2.0) + l_696;
let l_698 = l_696 / l_697;
let l_699 = l_698 * l_698;
l_mut_48 = f32(0.05882352963089943);
let l_700 = l_699 * l_mut_48;
let l_701 = f32(0.06666667014360428) + l_700;
l_mut_48 = l_701;
let l_702 = l_699 * l_mut_48;
let l_703 = f32(0.07692307978868484) + l_702;
l_mut_48 = l_703;
let l_704 = l_699 * l_mut_48;
let l_705 = f32(0.09090909361839294) + l_704;
l_mut_48 = l_705;
let l_706 = l_699 * l_mut_48;
let l_707 = f32(0.1111111119389534) + l_706;
l_mut_48 = l_707;
let l_708 = l_699 * l_mut_48;
let l_709 = f32(0.1428571492433548) + l_708;
l_mut_48 = l_709;
let l_710 = l_699 * l_mut_48;
let l_711 = f32(0.20000000298023224) + l_710;
l_mut_48 = l_711;
let l_712 = l_699 * l_mut_48;
let l_713 = f32(0.3333333432674408) + l_712;
l_mut_48 = l_713;
let l_714 = l_699 * l_mut_48;
let l_715 = f32(1.0) + l_714;
l_mut_48 = l_715;
let l_716 = f32(2.0) * l_698;
let l_717 = l_716 * l_mut_48;
let l_718 = l_693 - l_717;
let l_719 = a_13[u32(1)];
let l_720 = l_719 + l_718;
a_13[u32(1)] = l_720;
let l_721 = -info.scalars_f32[3];
let l_722 = l_721 * l_690;
let l_723 = l_690 * l_691;
let l_724 = exp(l_723);
let l_725 = f32(1.0) + l_724;
let l_726 = l_722 / l_725;
let l_727 = l_726 * l_mut_311;
let l_728 = a_14[u32(1)];
let l_729 = l_728 + l_727;
a_14[u32(1)] = l_729;
let l_730 = a_15[u32(1)];
let l_731 = l_730 + l_726;
a_15[u32(1)] = l_731;
let l_732 = info.scalars_f32[0] * l_726;
l_mut_311 = l_732;
let l_1633 = info.static_meta[u32(2)];
let l_1634 = l_1633 * u32(1);
let l_1635 = l_546 < l_1634;
let l_1636 = l_1634 - u32(1);
let l_1637 = min(l_546, l_1636);
let l_1638 = buffer_2_global[l_1637];
let l_1639 = select(f32(0.0), l_1638, l_1635);
let l_733 = l_1639;
let l_1640 = info.static_meta[u32(3)];
let l_1641 = l_1640 * u32(1);
let l_1642 = l_678 < l_1641;
let l_1643 = l_1641 - u32(1);
let l_1644 = min(l_678, l_1643);
let l_1645 = buffer_3_global[l_1644];
let l_1646 = select(f32(0.0), l_1645, l_1642);
let l_734 = l_1646;
let l_735 = l_733 * l_734;
l_mut_311 = l_mut_311 / l_735;
let l_736 = l_546 - info.scalars_u32[2];
let l_737 = l_736 * l_1;
let l_738 = l_737 + l_678;
let l_1647 = info.static_meta[u32(4)];
let l_1648 = l_1647 * u32(1);
let l_1649 = l_738 < l_1648;
if l_1649 {
buffer_4_global[l_738] = l_mut_311;
}
}
let l_739 = l_9 + u32(0);
let l_740 = l_739 * u32(4);
let l_741 = l_mut_17 + l_740;
let l_742 = l_741 + u32(3);
let l_743 = l_546 < l_7;
let l_744 = l_742 < l_1;
let l_745 = l_743 && l_744;
if l_745 {
let l_746 = a_12[u32(7)];
let l_747 = info.scalars_f32[0] * l_746;
l_mut_311 = l_747;
let l_1650 = info.static_meta[u32(2)];
let l_1651 = l_1650 * u32(1);
let l_1652 = l_546 < l_1651;
let l_1653 = l_1651 - u32(1);
let l_1654 = min(l_546, l_1653);
let l_1655 = buffer_2_global[l_1654];
let l_1656 = select(f32(0.0), l_1655, l_1652);
let l_748 = l_1656;
let l_1657 = info.static_meta[u32(3)];
let l_1658 = l_1657 * u32(1);
let l_1659 = l_742 < l_1658;
let l_1660 = l_1658 - u32(1);
let l_1661 = min(l_742, l_1660);
let l_1662 = buffer_3_global[l_1661];
let l_1663 = select(f32(0.0), l_1662, l_1659);
let l_749 = l_1663;
let l_750 = l_748 * l_749;
l_mut_311 = l_mut_311 / l_750;
let l_751 = l_546 + info.scalars_u32[0];
let l_752 = l_742 + info.scalars_u32[1];
let l_753 = l_751 == l_752;
let l_754 = select(f32(-1.0), f32(1.0), l_753);
let l_755 = l_mut_311 + info.scalars_f32[1];
let l_756 = l_754 * l_755;
let l_757 = min(l_756, f32(0.0));
let l_758 = abs(l_756);
let l_759 = -l_758;
let l_760 = exp(l_759);
let l_761 = f32(2.0) + l_760;
let l_762 = l_760 / l_761;
let l_763 = l_762 * l_762;
l_mut_48 = f32(0.05882352963089943);
let l_764 = l_763 * l_mut_48;
let l_765 = f32(0.06666667014360428) + l_764;
l_mut_48 = l_765;
let l_766 = l_763 * l_mut_48;
let l_767 = f32(0.07692307978868484) + l_766;
l_mut_48 = l_767;
let l_768 = l_763 * l_mut_48;
let l_769 = f32(0.09090909361839294) + l_768;
l_mut_48 = l_769;
let l_770 = l_763 * l_mut_48;
let l_771 = f32(0.1111111119389534) + l_770;
l_mut_48 = l_771;
let l_772 = l_763 * l_mut_48;
let l_773 = f32(0.1428571492433548) + l_772;
l_mut_48 = l_773;
let l_774 = l_763 * l_mut_48;
let l_775 = f32(0.20000000298023224) + l_774;
l_mut_48 = l_775;
let l_776 = l_763 * l_mut_48;
let l_777 = f32(0.3333333432674408) + l_776;
l_mut_48 = l_777;
let l_778 = l_763 * l_mut_48;
let l_779 = f32(1.0) + l_778;
l_mut_48 = l_779;
let l_780 = f32(2.0) * l_762;
let l_781 = l_780 * l_mut_48;
let l_782 = l_757 - l_781;
let l_783 = a_13[u32(1)];
let l_784 = l_783 + l_782;
a_13[u32(1)] = l_784;
let l_785 = -info.scalars_f32[3];
let l_786 = l_785 * l_754;
let l_787 = l_754 * l_755;
let l_788 = exp(l_787);
let l_789 = f32(1.0) + l_788;
let l_790 = l_786 / l_789;
let l_791 = l_790 * l_mut_311;
let l_792 = a_14[u32(1)];
let l_793 = l_792 + l_791;
a_14[u32(1)] = l_793;
let l_794 = a_15[u32(1)];
let l_795 = l_794 + l_790;
a_15[u32(1)] = l_795;
let l_796 = info.scalars_f32[0] * l_790;
l_mut_311 = l_796;
let l_1664 = info.static_meta[u32(2)];
let l_1665 = l_1664 * u32(1);
let l_1666 = l_546 < l_1665;
let l_1667 = l_1665 - u32(1);
let l_1668 = min(l_546, l_1667);
let l_1669 = buffer_2_global[l_1668];
let l_1670 = select(f32(0.0), l_1669, l_1666);
let l_797 = l_1670;
let l_1671 = info.static_meta[u32(3)];
let l_1672 = l_1671 * u32(1);
let l_1673 = l_742 < l_1672;
let l_1674 = l_1672 - u32(1);
let l_1675 = min(l_742, l_1674);
let l_1676 = buffer_3_global[l_1675];
let l_1677 = select(f32(0.0), l_1676, l_1673);
let l_798 = l_1677;
let l_799 = l_797 * l_798;
l_mut_311 = l_mut_311 / l_799;
let l_800 = l_546 - info.scalars_u32[2];
let l_801 = l_800 * l_1;
let l_802 = l_801 + l_742;
let l_1678 = info.static_meta[u32(4)];
let l_1679 = l_1678 * u32(1);
let l_1680 = l_802 < l_1679;
if l_1680 {
buffer_4_global[l_802] = l_mut_311;
}
}
let l_803 = l_8 + u32(0);
let l_804 = l_803 * u32(4);
let l_805 = l_6 + l_804;
let l_806 = l_805 + u32(2);
let l_807 = l_9 + u32(0);
let l_808 = l_807 * u32(4);
let l_809 = l_mut_17 + l_808;
let l_810 = l_809 + u32(0);
let l_811 = l_806 < l_7;
let l_812 = l_810 < l_1;
let l_813 = l_811 && l_812;
if l_813 {
let l_814 = a_12[u32(8)];
let l_815 = info.scalars_f32[0] * l_814;
l_mut_311 = l_815;
let l_1681 = info.static_meta[u32(2)];
let l_1682 = l_1681 * u32(1);
let l_1683 = l_806 < l_1682;
let l_1684 = l_1682 - u32(1);
let l_1685 = min(l_806, l_1684);
let l_1686 = buffer_2_global[l_1685];
let l_1687 = select(f32(0.0), l_1686, l_1683);
let l_816 = l_1687;
let l_1688 = info.static_meta[u32(3)];
let l_1689 = l_1688 * u32(1);
let l_1690 = l_810 < l_1689;
let l_1691 = l_1689 - u32(1);
let l_1692 = min(l_810, l_1691);
let l_1693 = buffer_3_global[l_1692];
let l_1694 = select(f32(0.0), l_1693, l_1690);
let l_817 = l_1694;
let l_818 = l_816 * l_817;
l_mut_311 = l_mut_311 / l_818;
let l_819 = l_806 + info.scalars_u32[0];
let l_820 = l_810 + info.scalars_u32[1];
let l_821 = l_819 == l_820;
let l_822 = select(f32(-1.0), f32(1.0), l_821);
let l_823 = l_mut_311 + info.scalars_f32[1];
let l_824 = l_822 * l_823;
let l_825 = min(l_824, f32(0.0));
let l_826 = abs(l_824);
let l_827 = -l_826;
let l_828 = exp(l_827);
let l_829 = f32(2.0) + l_828;
let l_830 = l_828 / l_829;
let l_831 = l_830 * l_830;
l_mut_48 = f32(0.05882352963089943);
let l_832 = l_831 * l_mut_48;
let l_833 = f32(0.06666667014360428) + l_832;
l_mut_48 = l_833;
let l_834 = l_831 * l_mut_48;
let l_835 = f32(0.07692307978868484) + l_834;
l_mut_48 = l_835;
let l_836 = l_831 * l_mut_48;
let l_837 = f32(0.09090909361839294) + l_836;
l_mut_48 = l_837;
let l_838 = l_831 * l_mut_48;
let l_839 = f32(0.1111111119389534) + l_838;
l_mut_48 = l_839;
let l_840 = l_831 * l_mut_48;
let l_841 = f32(0.1428571492433548) + l_840;
l_mut_48 = l_841;
let l_842 = l_831 * l_mut_48;
let l_843 = f32(0.20000000298023224) + l_842;
l_mut_48 = l_843;
let l_844 = l_831 * l_mut_48;
let l_845 = f32(0.3333333432674408) + l_844;
l_mut_48 = l_845;
let l_846 = l_831 * l_mut_48;
let l_847 = f32(1.0) + l_846;
l_mut_48 = l_847;
let l_848 = f32(2.0) * l_830;
let l_849 = l_848 * l_mut_48;
let l_850 = l_825 - l_849;
let l_851 = a_13[u32(2)];
let l_852 = l_851 + l_850;
a_13[u32(2)] = l_852;
let l_853 = -info.scalars_f32[3];
let l_854 = l_853 * l_822;
let l_855 = l_822 * l_823;
let l_856 = exp(l_855);
let l_857 = f32(1.0) + l_856;
let l_858 = l_854 / l_857;
let l_859 = l_858 * l_mut_311;
let l_860 = a_14[u32(2)];
let l_861 = l_860 + l_859;
a_14[u32(2)] = l_861;
let l_862 = a_15[u32(2)];
let l_863 = l_862 + l_858;
a_15[u32(2)] = l_863;
let l_864 = info.scalars_f32[0] * l_858;
l_mut_311 = l_864;
let l_1695 = info.static_meta[u32(2)];
let l_1696 = l_1695 * u32(1);
let l_1697 = l_806 < l_1696;
let l_1698 = l_1696 - u32(1);
let l_1699 = min(l_806, l_1698);
let l_1700 = buffer_2_global[l_1699];
let l_1701 = select(f32(0.0), l_1700, l_1697);
let l_865 = l_1701;
let l_1702 = info.static_meta[u32(3)];
let l_1703 = l_1702 * u32(1);
let l_1704 = l_810 < l_1703;
let l_1705 = l_1703 - u32(1);
let l_1706 = min(l_810, l_1705);
let l_1707 = buffer_3_global[l_1706];
let l_1708 = select(f32(0.0), l_1707, l_1704);
let l_866 = l_1708;
let l_867 = l_865 * l_866;
l_mut_311 = l_mut_311 / l_867;
let l_868 = l_806 - info.scalars_u32[2];
let l_869 = l_868 * l_1;
let l_870 = l_869 + l_810;
let l_1709 = info.static_meta[u32(4)];
let l_1710 = l_1709 * u32(1);
let l_1711 = l_870 < l_1710;
if l_1711 {
buffer_4_global[l_870] = l_mut_311;
}
}
let l_871 = l_9 + u32(0);
let l_872 = l_871 * u32(4);
let l_873 = l_mut_17 + l_872;
let l_874 = l_873 + u32(1);
let l_875 = l_806 < l_7;
let l_876 = l_874 < l_1;
let l_877 = l_875 && l_876;
if l_877 {
let l_878 = a_12[u32(9)];
let l_879 = info.scalars_f32[0] * l_878;
l_mut_311 = l_879;
let l_1712 = info.static_meta[u32(2)];
let l_1713 = l_1712 * u32(1);
let l_1714 = l_806 < l_1713;
let l_1715 = l_1713 - u32(1);
let l_1716 = min(l_806, l_1715);
let l_1717 = buffer_2_global[l_1716];
let l_1718 = select(f32(0.0), l_1717, l_1714);
let l_880 = l_1718;
let l_1719 = info.static_meta[u32(3)];
let l_1720 = l_1719 * u32(1);
let l_1721 = l_874 < l_1720;
let l_1722 = l_1720 - u32(1);
let l_1723 = min(l_874, l_1722);
let l_1724 = buffer_3_global[l_1723];
let l_1725 = select(f32(0.0), l_1724, l_1721);
let l_881 = l_1725;
let l_882 = l_880 * l_881;
l_mut_311 = l_mut_311 / l_882;
let l_883 = l_806 + info.scalars_u32[0];
let l_884 = l_874 + info.scalars_u32[1];
let l_885 = l_883 == l_884;
let l_886 = select(f32(-1.0), f32(1.0), l_885);
let l_887 = l_mut_311 + info.scalars_f32[1];
let l_888 = l_886 * l_887;
let l_889 = min(l_888, f32(0.0));
let l_890 = abs(l_888);
let l_891 = -l_890;
let l_892 = exp(l_891);
let l_893 = f32(2.0) + l_892;
let l_894 = l_892 / l_893;
let l_895 = l_894 * l_894;
l_mut_48 = f32(0.05882352963089943);
let l_896 = l_895 * l_mut_48;
let l_897 = f32(0.06666667014360428) + l_896;
l_mut_48 = l_897;
let l_898 = l_895 * l_mut_48;
let l_899 = f32(0.07692307978868484) + l_898;
l_mut_48 = l_899;
let l_900 = l_895 * l_mut_48;
let l_901 = f32(0.09090909361839294) + l_900;
l_mut_48 = l_901;
let l_902 = l_895 * l_mut_48;
let l_903 = f32(0.1111111119389534) + l_902;
l_mut_48 = l_903;
let l_904 = l_895 * l_mut_48;
let l_905 = f32(0.1428571492433548) + l_904;
l_mut_48 = l_905;
let l_906 = l_895 * l_mut_48;
let l_907 = f32(0.20000000298023224) + l_906;
l_mut_48 = l_907;
let l_908 = l_895 * l_mut_48;
let l_909 = f32(0.3333333432674408) + l_908;
l_mut_48 = l_909;
let l_910 = l_895 * l_mut_48;
let l_911 = f32(1.0) + l_910;
l_mut_48 = l_911;
let l_912 = f32(2.0) * l_894;
let l_913 = l_912 * l_mut_48;
let l_914 = l_889 - l_913;
let l_915 = a_13[u32(2)];
let l_916 = l_915 + l_914;
a_13[u32(2)] = l_916;
let l_917 = -info.scalars_f32[3];
let l_918 = l_917 * l_886;
let l_919 = l_886 * l_887;
let l_920 = exp(l_919);
let l_921 = f32(1.0) + l_920;
let l_922 = l_918 / l_921;
let l_923 = l_922 * l_mut_311;
let l_924 = a_14[u32(2)];
let l_925 = l_924 + l_923;
a_14[u32(2)] = l_925;
let l_926 = a_15[u32(2)];
let l_927 = l_926 + l_922;
a_15[u32(2)] = l_927;
let l_928 = info.scalars_f32[0] * l_922;
l_mut_311 = l_928;
let l_1726 = info.static_meta[u32(2)];
let l_1727 = l_1726 * u32(1);
let l_1728 = l_806 < l_1727;
let l_1729 = l_1727 - u32(1);
let l_1730 = min(l_806, l_1729);
let l_1731 = buffer_2_global[l_1730];
let l_1732 = select(f32(0.0), l_1731, l_1728);
let l_929 = l_1732;
let l_1733 = info.static_meta[u32(3)];
let l_1734 = l_1733 * u32(1);
let l_1735 = l_874 < l_1734;
let l_1736 = l_1734 - u32(1);
let l_1737 = min(l_874, l_1736);
let l_1738 = buffer_3_global[l_1737];
let l_1739 = select(f32(0.0), l_1738, l_1735);
let l_930 = l_1739;
let l_931 = l_929 * l_930;
l_mut_311 = l_mut_311 / l_931;
let l_932 = l_806 - info.scalars_u32[2];
let l_933 = l_932 * l_1;
let l_934 = l_933 + l_874;
let l_1740 = info.static_meta[u32(4)];
let l_1741 = l_1740 * u32(1);
let l_1742 = l_934 < l_1741;
if l_1742 {
buffer_4_global[l_934] = l_mut_311;
}
}
let l_935 = l_9 + u32(0);
let l_936 = l_935 * u32(4);
let l_937 = l_mut_17 + l_936;
let l_938 = l_937 + u32(2);
let l_939 = l_806 < l_7;
let l_940 = l_938 < l_1;
let l_941 = l_939 && l_940;
if l_941 {
let l_942 = a_12[u32(10)];
let l_943 = info.scalars_f32[0] * l_942;
l_mut_311 = l_943;
let l_1743 = info.static_meta[u32(2)];
let l_1744 = l_1743 * u32(1);
let l_1745 = l_806 < l_1744;
let l_1746 = l_1744 - u32(1);
let l_1747 = min(l_806, l_1746);
let l_1748 = buffer_2_global[l_1747];
let l_1749 = select(f32(0.0), l_1748, l_1745);
let l_944 = l_1749;
let l_1750 = info.static_meta[u32(3)];
let l_1751 = l_1750 * u32(1);
let l_1752 = l_938 < l_1751;
let l_1753 = l_1751 - u32(1);
let l_1754 = min(l_938, l_1753);
let l_1755 = buffer_3_global[l_1754];
let l_1756 = select(f32(0.0), l_1755, l_1752);
let l_945 = l_1756;
let l_946 = l_944 * l_945;
l_mut_311 = l_mut_311 / l_946;
let l_947 = l_806 + info.scalars_u32[0];
let l_948 = l_938 + info.scalars_u32[1];
let l_949 = l_947 == l_948;
let l_950 = select(f32(-1.0), f32(1.0), l_949);
let l_951 = l_mut_311 + info.scalars_f32[1];
let l_952 = l_950 * l_951;
let l_953 = min(l_952, f32(0.0));
let l_954 = abs(l_952);
let l_955 = -l_954;
let l_956 = exp(l_955);
let l_957 = f32(2.0) + l_956;
let l_958 = l_956 / l_957;
let l_959 = l_958 * l_958;
l_mut_48 = f32(0.05882352963089943);
let l_960 = l_959 * l_mut_48;
let l_961 = f32(0.06666667014360428) + l_960;
l_mut_48 = l_961;
let l_962 = l_959 * l_mut_48;
let l_963 = f32(0.07692307978868484) + l_962;
l_mut_48 = l_963;
let l_964 = l_959 * l_mut_48;
let l_965 = f32(0.09090909361839294) + l_964;
l_mut_48 = l_965;
let l_966 = l_959 * l_mut_48;
let l_967 = f32(0.1111111119389534) + l_966;
l_mut_48 = l_967;
let l_968 = l_959 * l_mut_48;
let l_969 = f32(0.1428571492433548) + l_968;
l_mut_48 = l_969;
let l_970 = l_959 * l_mut_48;
let l_971 = f32(0.20000000298023224) + l_970;
l_mut_48 = l_971;
let l_972 = l_959 * l_mut_48;
let l_973 = f32(0.3333333432674408) + l_972;
l_mut_48 = l_973;
let l_974 = l_959 * l_mut_48;
let l_975 = f32(1.0) + l_974;
l_mut_48 = l_975;
let l_976 = f32(2.0) * l_958;
let l_977 = l_976 * l_mut_48;
let l_978 = l_953 - l_977;
let l_979 = a_13[u32(2)];
let l_980 = l_979 + l_978;
a_13[u32(2)] = l_980;
let l_981 = -info.scalars_f32[3];
let l_982 = l_981 * l_950;
let l_983 = l_950 * l_951;
let l_984 = exp(l_983);
let l_985 = f32(1.0) + l_984;
let l_986 = l_982 / l_985;
let l_987 = l_986 * l_mut_311;
let l_988 = a_14[u32(2)];
let l_989 = l_988 + l_987;
a_14[u32(2)] = l_989;
let l_990 = a_15[u32(2)];
let l_991 = l_990 + l_986;
a_15[u32(2)] = l_991;
let l_992 = info.scalars_f32[0] * l_986;
l_mut_311 = l_992;
let l_1757 = info.static_meta[u32(2)];
let l_1758 = l_1757 * u32(1);
let l_1759 = l_806 < l_1758;
let l_1760 = l_1758 - u32(1);
let l_1761 = min(l_806, l_1760);
let l_1762 = buffer_2_global[l_1761];
let l_1763 = select(f32(0.0), l_1762, l_1759);
let l_993 = l_1763;
let l_1764 = info.static_meta[u32(3)];
let l_1765 = l_1764 * u32(1);
let l_1766 = l_938 < l_1765;
let l_1767 = l_1765 - u32(1);
let l_1768 = min(l_938, l_1767);
let l_1769 = buffer_3_global[l_1768];
let l_1770 = select(f32(0.0), l_1769, l_1766);
let l_994 = l_1770;
let l_995 = l_993 * l_994;
l_mut_311 = l_mut_311 / l_995;
let l_996 = l_806 - info.scalars_u32[2];
let l_997 = l_996 * l_1;
let l_998 = l_997 + l_938;
let l_1771 = info.static_meta[u32(4)];
let l_1772 = l_1771 * u32(1);
let l_1773 = l_998 < l_1772;
if l_1773 {
buffer_4_global[l_998] = l_mut_311;
}
}
let l_999 = l_9 + u32(0);
let l_1000 = l_999 * u32(4);
let l_1001 = l_mut_17 + l_1000;
let l_1002 = l_1001 + u32(3);
let l_1003 = l_806 < l_7;
let l_1004 = l_1002 < l_1;
let l_1005 = l_1003 && l_1004;
if l_1005 {
let l_1006 = a_12[u32(11)];
let l_1007 = info.scalars_f32[0] * l_1006;
l_mut_311 = l_1007;
let l_1774 = info.static_meta[u32(2)];
let l_1775 = l_1774 * u32(1);
let l_1776 = l_806 < l_1775;
let l_1777 = l_1775 - u32(1);
let l_1778 = min(l_806, l_1777);
let l_1779 = buffer_2_global[l_1778];
let l_1780 = select(f32(0.0), l_1779, l_1776);
let l_1008 = l_1780;
let l_1781 = info.static_meta[u32(3)];
let l_1782 = l_1781 * u32(1);
let l_1783 = l_1002 < l_1782;
let l_1784 = l_1782 - u32(1);
let l_1785 = min(l_1002, l_1784);
let l_1786 = buffer_3_global[l_1785];
let l_1787 = select(f32(0.0), l_1786, l_1783);
let l_1009 = l_1787;
let l_1010 = l_1008 * l_1009;
l_mut_311 = l_mut_311 / l_1010;
let l_1011 = l_806 + info.scalars_u32[0];
let l_1012 = l_1002 + info.scalars_u32[1];
let l_1013 = l_1011 == l_1012;
let l_1014 = select(f32(-1.0), f32(1.0), l_1013);
let l_1015 = l_mut_311 + info.scalars_f32[1];
let l_1016 = l_1014 * l_1015;
let l_1017 = min(l_1016, f32(0.0));
let l_1018 = abs(l_1016);
let l_1019 = -l_1018;
let l_1020 = exp(l_1019);
let l_1021 = f32(2.0) + l_1020;
let l_1022 = l_1020 / l_1021;
let l_1023 = l_1022 * l_1022;
l_mut_48 = f32(0.05882352963089943);
let l_1024 = l_1023 * l_mut_48;
let l_1025 = f32(0.06666667014360428) + l_1024;
l_mut_48 = l_1025;
let l_1026 = l_1023 * l_mut_48;
let l_1027 = f32(0.07692307978868484) + l_1026;
l_mut_48 = l_1027;
let l_1028 = l_1023 * l_mut_48;
let l_1029 = f32(0.09090909361839294) + l_1028;
l_mut_48 = l_1029;
let l_1030 = l_1023 * l_mut_48;
let l_1031 = f32(0.1111111119389534) + l_1030;
l_mut_48 = l_1031;
let l_1032 = l_1023 * l_mut_48;
let l_1033 = f32(0.1428571492433548) + l_1032;
l_mut_48 = l_1033;
let l_1034 = l_1023 * l_mut_48;
let l_1035 = f32(0.20000000298023224) + l_1034;
l_mut_48 = l_1035;
let l_1036 = l_1023 * l_mut_48;
let l_1037 = f32(0.3333333432674408) + l_1036;
l_mut_48 = l_1037;
let l_1038 = l_1023 * l_mut_48;
let l_1039 = f32(1.0) + l_1038;
l_mut_48 = l_1039;
let l_1040 = f32(2.0) * l_1022;
let l_1041 = l_1040 * l_mut_48;
let l_1042 = l_1017 - l_1041;
let l_1043 = a_13[u32(2)];
let l_1044 = l_1043 + l_1042;
a_13[u32(2)] = l_1044;
let l_1045 = -info.scalars_f32[3];
let l_1046 = l_1045 * l_1014;
let l_1047 = l_1014 * l_1015;
let l_1048 = exp(l_1047);
let l_1049 = f32(1.0) + l_1048;
let l_1050 = l_1046 / l_1049;
let l_1051 = l_1050 * l_mut_311;
let l_1052 = a_14[u32(2)];
let l_1053 = l_1052 + l_1051;
a_14[u32(2)] = l_1053;
let l_1054 = a_15[u32(2)];
let l_1055 = l_1054 + l_1050;
a_15[u32(2)] = l_1055;
let l_1056 = info.scalars_f32[0] * l_1050;
l_mut_311 = l_1056;
let l_1788 = info.static_meta[u32(2)];
let l_1789 = l_1788 * u32(1);
let l_1790 = l_806 < l_1789;
let l_1791 = l_1789 - u32(1);
let l_1792 = min(l_806, l_1791);
let l_1793 = buffer_2_global[l_1792];
let l_1794 = select(f32(0.0), l_1793, l_1790);
let l_1057 = l_1794;
let l_1795 = info.static_meta[u32(3)];
let l_1796 = l_1795 * u32(1);
let l_1797 = l_1002 < l_1796;
let l_1798 = l_1796 - u32(1);
let l_1799 = min(l_1002, l_1798);
let l_1800 = buffer_3_global[l_1799];
let l_1801 = select(f32(0.0), l_1800, l_1797);
let l_1058 = l_1801;
let l_1059 = l_1057 * l_1058;
l_mut_311 = l_mut_311 / l_1059;
let l_1060 = l_806 - info.scalars_u32[2];
let l_1061 = l_1060 * l_1;
let l_1062 = l_1061 + l_1002;
let l_1802 = info.static_meta[u32(4)];
let l_1803 = l_1802 * u32(1);
let l_1804 = l_1062 < l_1803;
if l_1804 {
buffer_4_global[l_1062] = l_mut_311;
}
}
let l_1063 = l_8 + u32(0);
let l_1064 = l_1063 * u32(4);
let l_1065 = l_6 + l_1064;
let l_1066 = l_1065 + u32(3);
let l_1067 = l_9 + u32(0);
let l_1068 = l_1067 * u32(4);
let l_1069 = l_mut_17 + l_1068;
let l_1070 = l_1069 + u32(0);
let l_1071 = l_1066 < l_7;
let l_1072 = l_1070 < l_1;
let l_1073 = l_1071 && l_1072;
if l_1073 {
let l_1074 = a_12[u32(12)];
let l_1075 = info.scalars_f32[0] * l_1074;
l_mut_311 = l_1075;
let l_1805 = info.static_meta[u32(2)];
let l_1806 = l_1805 * u32(1);
let l_1807 = l_1066 < l_1806;
let l_1808 = l_1806 - u32(1);
let l_1809 = min(l_1066, l_1808);
let l_1810 = buffer_2_global[l_1809];
let l_1811 = select(f32(0.0), l_1810, l_1807);
let l_1076 = l_1811;
let l_1812 = info.static_meta[u32(3)];
let l_1813 = l_1812 * u32(1);
let l_1814 = l_1070 < l_1813;
let l_1815 = l_1813 - u32(1);
let l_1816 = min(l_1070, l_1815);
let l_1817 = buffer_3_global[l_1816];
let l_1818 = select(f32(0.0), l_1817, l_1814);
let l_1077 = l_1818;
let l_1078 = l_1076 * l_1077;
l_mut_311 = l_mut_311 / l_1078;
let l_1079 = l_1066 + info.scalars_u32[0];
let l_1080 = l_1070 + info.scalars_u32[1];
let l_1081 = l_1079 == l_1080;
let l_1082 = select(f32(-1.0), f32(1.0), l_1081);
let l_1083 = l_mut_311 + info.scalars_f32[1];
let l_1084 = l_1082 * l_1083;
let l_1085 = min(l_1084, f32(0.0));
let l_1086 = abs(l_1084);
let l_1087 = -l_1086;
let l_1088 = exp(l_1087);
let l_1089 = f32(2.0) + l_1088;
let l_1090 = l_1088 / l_1089;
let l_1091 = l_1090 * l_1090;
l_mut_48 = f32(0.05882352963089943);
let l_1092 = l_1091 * l_mut_48;
let l_1093 = f32(0.06666667014360428) + l_1092;
l_mut_48 = l_1093;
let l_1094 = l_1091 * l_mut_48;
let l_1095 = f32(0.07692307978868484) + l_1094;
l_mut_48 = l_1095;
let l_1096 = l_1091 * l_mut_48;
let l_1097 = f32(0.09090909361839294) + l_1096;
l_mut_48 = l_1097;
let l_1098 = l_1091 * l_mut_48;
let l_1099 = f32(0.1111111119389534) + l_1098;
l_mut_48 = l_1099;
let l_1100 = l_1091 * l_mut_48;
let l_1101 = f32(0.1428571492433548) + l_1100;
l_mut_48 = l_1101;
let l_1102 = l_1091 * l_mut_48;
let l_1103 = f32(0.20000000298023224) + l_1102;
l_mut_48 = l_1103;
let l_1104 = l_1091 * l_mut_48;
let l_1105 = f32(0.3333333432674408) + l_1104;
l_mut_48 = l_1105;
let l_1106 = l_1091 * l_mut_48;
let l_1107 = f32(1.0) + l_1106;
l_mut_48 = l_1107;
let l_1108 = f32(2.0) * l_1090;
let l_1109 = l_1108 * l_mut_48;
let l_1110 = l_1085 - l_1109;
let l_1111 = a_13[u32(3)];
let l_1112 = l_1111 + l_1110;
a_13[u32(3)] = l_1112;
let l_1113 = -info.scalars_f32[3];
let l_1114 = l_1113 * l_1082;
let l_1115 = l_1082 * l_1083;
let l_1116 = exp(l_1115);
let l_1117 = f32(1.0) + l_1116;
let l_1118 = l_1114 / l_1117;
let l_1119 = l_1118 * l_mut_311;
let l_1120 = a_14[u32(3)];
let l_1121 = l_1120 + l_1119;
a_14[u32(3)] = l_1121;
let l_1122 = a_15[u32(3)];
let l_1123 = l_1122 + l_1118;
a_15[u32(3)] = l_1123;
let l_1124 = info.scalars_f32[0] * l_1118;
l_mut_311 = l_1124;
let l_1819 = info.static_meta[u32(2)];
let l_1820 = l_1819 * u32(1);
let l_1821 = l_1066 < l_1820;
let l_1822 = l_1820 - u32(1);
let l_1823 = min(l_1066, l_1822);
let l_1824 = buffer_2_global[l_1823];
let l_1825 = select(f32(0.0), l_1824, l_1821);
let l_1125 = l_1825;
let l_1826 = info.static_meta[u32(3)];
let l_1827 = l_1826 * u32(1);
let l_1828 = l_1070 < l_1827;
let l_1829 = l_1827 - u32(1);
let l_1830 = min(l_1070, l_1829);
let l_1831 = buffer_3_global[l_1830];
let l_1832 = select(f32(0.0), l_1831, l_1828);
let l_1126 = l_1832;
let l_1127 = l_1125 * l_1126;
l_mut_311 = l_mut_311 / l_1127;
let l_1128 = l_1066 - info.scalars_u32[2];
let l_1129 = l_1128 * l_1;
let l_1130 = l_1129 + l_1070;
let l_1833 = info.static_meta[u32(4)];
let l_1834 = l_1833 * u32(1);
let l_1835 = l_1130 < l_1834;
if l_1835 {
buffer_4_global[l_1130] = l_mut_311;
}
}
let l_1131 = l_9 + u32(0);
let l_1132 = l_1131 * u32(4);
let l_1133 = l_mut_17 + l_1132;
let l_1134 = l_1133 + u32(1);
let l_1135 = l_1066 < l_7;
let l_1136 = l_1134 < l_1;
let l_1137 = l_1135 && l_1136;
if l_1137 {
let l_1138 = a_12[u32(13)];
let l_1139 = info.scalars_f32[0] * l_1138;
l_mut_311 = l_1139;
let l_1836 = info.static_meta[u32(2)];
let l_1837 = l_1836 * u32(1);
let l_1838 = l_1066 < l_1837;
let l_1839 = l_1837 - u32(1);
let l_1840 = min(l_1066, l_1839);
let l_1841 = buffer_2_global[l_1840];
let l_1842 = select(f32(0.0), l_1841, l_1838);
let l_1140 = l_1842;
let l_1843 = info.static_meta[u32(3)];
let l_1844 = l_1843 * u32(1);
let l_1845 = l_1134 < l_1844;
let l_1846 = l_1844 - u32(1);
let l_1847 = min(l_1134, l_1846);
let l_1848 = buffer_3_global[l_1847];
let l_1849 = select(f32(0.0), l_1848, l_1845);
let l_1141 = l_1849;
let l_1142 = l_1140 * l_1141;
l_mut_311 = l_mut_311 / l_1142;
let l_1143 = l_1066 + info.scalars_u32[0];
let l_1144 = l_1134 + info.scalars_u32[1];
let l_1145 = l_1143 == l_1144;
let l_1146 = select(f32(-1.0), f32(1.0), l_1145);
let l_1147 = l_mut_311 + info.scalars_f32[1];
let l_1148 = l_1146 * l_1147;
let l_1149 = min(l_1148, f32(0.0));
let l_1150 = abs(l_1148);
let l_1151 = -l_1150;
let l_1152 = exp(l_1151);
let l_1153 = f32(2.0) + l_1152;
let l_1154 = l_1152 / l_1153;
let l_1155 = l_1154 * l_1154;
l_mut_48 = f32(0.05882352963089943);
let l_1156 = l_1155 * l_mut_48;
let l_1157 = f32(0.06666667014360428) + l_1156;
l_mut_48 = l_1157;
let l_1158 = l_1155 * l_mut_48;
let l_1159 = f32(0.07692307978868484) + l_1158;
l_mut_48 = l_1159;
let l_1160 = l_1155 * l_mut_48;
let l_1161 = f32(0.09090909361839294) + l_1160;
l_mut_48 = l_1161;
let l_1162 = l_1155 * l_mut_48;
let l_1163 = f32(0.1111111119389534) + l_1162;
l_mut_48 = l_1163;
let l_1164 = l_1155 * l_mut_48;
let l_1165 = f32(0.1428571492433548) + l_1164;
l_mut_48 = l_1165;
let l_1166 = l_1155 * l_mut_48;
let l_1167 = f32(0.20000000298023224) + l_1166;
l_mut_48 = l_1167;
let l_1168 = l_1155 * l_mut_48;
let l_1169 = f32(0.3333333432674408) + l_1168;
l_mut_48 = l_1169;
let l_1170 = l_1155 * l_mut_48;
let l_1171 = f32(1.0) + l_1170;
l_mut_48 = l_1171;
let l_1172 = f32(2.0) * l_1154;
let l_1173 = l_1172 * l_mut_48;
let l_1174 = l_1149 - l_1173;
let l_1175 = a_13[u32(3)];
let l_1176 = l_1175 + l_1174;
a_13[u32(3)] = l_1176;
let l_1177 = -info.scalars_f32[3];
let l_1178 = l_1177 * l_1146;
let l_1179 = l_1146 * l_1147;
let l_1180 = exp(l_1179);
let l_1181 = f32(1.0) + l_1180;
let l_1182 = l_1178 / l_1181;
let l_1183 = l_1182 * l_mut_311;
let l_1184 = a_14[u32(3)];
let l_1185 = l_1184 + l_1183;
a_14[u32(3)] = l_1185;
let l_1186 = a_15[u32(3)];
let l_1187 = l_1186 + l_1182;
a_15[u32(3)] = l_1187;
let l_1188 = info.scalars_f32[0] * l_1182;
l_mut_311 = l_1188;
let l_1850 = info.static_meta[u32(2)];
let l_1851 = l_1850 * u32(1);
let l_1852 = l_1066 < l_1851;
let l_1853 = l_1851 - u32(1);
let l_1854 = min(l_1066, l_1853);
let l_1855 = buffer_2_global[l_1854];
let l_1856 = select(f32(0.0), l_1855, l_1852);
let l_1189 = l_1856;
let l_1857 = info.static_meta[u32(3)];
let l_1858 = l_1857 * u32(1);
let l_1859 = l_1134 < l_1858;
let l_1860 = l_1858 - u32(1);
let l_1861 = min(l_1134, l_1860);
let l_1862 = buffer_3_global[l_1861];
let l_1863 = select(f32(0.0), l_1862, l_1859);
let l_1190 = l_1863;
let l_1191 = l_1189 * l_1190;
l_mut_311 = l_mut_311 / l_1191;
let l_1192 = l_1066 - info.scalars_u32[2];
let l_1193 = l_1192 * l_1;
let l_1194 = l_1193 + l_1134;
let l_1864 = info.static_meta[u32(4)];
let l_1865 = l_1864 * u32(1);
let l_1866 = l_1194 < l_1865;
if l_1866 {
buffer_4_global[l_1194] = l_mut_311;
}
}
let l_1195 = l_9 + u32(0);
let l_1196 = l_1195 * u32(4);
let l_1197 = l_mut_17 + l_1196;
let l_1198 = l_1197 + u32(2);
let l_1199 = l_1066 < l_7;
let l_1200 = l_1198 < l_1;
let l_1201 = l_1199 && l_1200;
if l_1201 {
let l_1202 = a_12[u32(14)];
let l_1203 = info.scalars_f32[0] * l_1202;
l_mut_311 = l_1203;
let l_1867 = info.static_meta[u32(2)];
let l_1868 = l_1867 * u32(1);
let l_1869 = l_1066 < l_1868;
let l_1870 = l_1868 - u32(1);
let l_1871 = min(l_1066, l_1870);
let l_1872 = buffer_2_global[l_1871];
let l_1873 = select(f32(0.0), l_1872, l_1869);
let l_1204 = l_1873;
let l_1874 = info.static_meta[u32(3)];
let l_1875 = l_1874 * u32(1);
let l_1876 = l_1198 < l_1875;
let l_1877 = l_1875 - u32(1);
let l_1878 = min(l_1198, l_1877);
let l_1879 = buffer_3_global[l_1878];
let l_1880 = select(f32(0.0), l_1879, l_1876);
let l_1205 = l_1880;
let l_1206 = l_1204 * l_1205;
l_mut_311 = l_mut_311 / l_1206;
let l_1207 = l_1066 + info.scalars_u32[0];
let l_1208 = l_1198 + info.scalars_u32[1];
let l_1209 = l_1207 == l_1208;
let l_1210 = select(f32(-1.0), f32(1.0), l_1209);
let l_1211 = l_mut_311 + info.scalars_f32[1];
let l_1212 = l_1210 * l_1211;
let l_1213 = min(l_1212, f32(0.0));
let l_1214 = abs(l_1212);
let l_1215 = -l_1214;
let l_1216 = exp(l_1215);
let l_1217 = f32(2.0) + l_1216;
let l_1218 = l_1216 / l_1217;
let l_1219 = l_1218 * l_1218;
l_mut_48 = f32(0.05882352963089943);
let l_1220 = l_1219 * l_mut_48;
let l_1221 = f32(0.06666667014360428) + l_1220;
l_mut_48 = l_1221;
let l_1222 = l_1219 * l_mut_48;
let l_1223 = f32(0.07692307978868484) + l_1222;
l_mut_48 = l_1223;
let l_1224 = l_1219 * l_mut_48;
let l_1225 = f32(0.09090909361839294) + l_1224;
l_mut_48 = l_1225;
let l_1226 = l_1219 * l_mut_48;
let l_1227 = f32(0.1111111119389534) + l_1226;
l_mut_48 = l_1227;
let l_1228 = l_1219 * l_mut_48;
let l_1229 = f32(0.1428571492433548) + l_1228;
l_mut_48 = l_1229;
let l_1230 = l_1219 * l_mut_48;
let l_1231 = f32(0.20000000298023224) + l_1230;
l_mut_48 = l_1231;
let l_1232 = l_1219 * l_mut_48;
let l_1233 = f32(0.3333333432674408) + l_1232;
l_mut_48 = l_1233;
let l_1234 = l_1219 * l_mut_48;
let l_1235 = f32(1.0) + l_1234;
l_mut_48 = l_1235;
let l_1236 = f32(2.0) * l_1218;
let l_1237 = l_1236 * l_mut_48;
let l_1238 = l_1213 - l_1237;
let l_1239 = a_13[u32(3)];
let l_1240 = l_1239 + l_1238;
a_13[u32(3)] = l_1240;
let l_1241 = -info.scalars_f32[3];
let l_1242 = l_1241 * l_1210;
let l_1243 = l_1210 * l_1211;
let l_1244 = exp(l_1243);
let l_1245 = f32(1.0) + l_1244;
let l_1246 = l_1242 / l_1245;
let l_1247 = l_1246 * l_mut_311;
let l_1248 = a_14[u32(3)];
let l_1249 = l_1248 + l_1247;
a_14[u32(3)] = l_1249;
let l_1250 = a_15[u32(3)];
let l_1251 = l_1250 + l_1246;
a_15[u32(3)] = l_1251;
let l_1252 = info.scalars_f32[0] * l_1246;
l_mut_311 = l_1252;
let l_1881 = info.static_meta[u32(2)];
let l_1882 = l_1881 * u32(1);
let l_1883 = l_1066 < l_1882;
let l_1884 = l_1882 - u32(1);
let l_1885 = min(l_1066, l_1884);
let l_1886 = buffer_2_global[l_1885];
let l_1887 = select(f32(0.0), l_1886, l_1883);
let l_1253 = l_1887;
let l_1888 = info.static_meta[u32(3)];
let l_1889 = l_1888 * u32(1);
let l_1890 = l_1198 < l_1889;
let l_1891 = l_1889 - u32(1);
let l_1892 = min(l_1198, l_1891);
let l_1893 = buffer_3_global[l_1892];
let l_1894 = select(f32(0.0), l_1893, l_1890);
let l_1254 = l_1894;
let l_1255 = l_1253 * l_1254;
l_mut_311 = l_mut_311 / l_1255;
let l_1256 = l_1066 - info.scalars_u32[2];
let l_1257 = l_1256 * l_1;
let l_1258 = l_1257 + l_1198;
let l_1895 = info.static_meta[u32(4)];
let l_1896 = l_1895 * u32(1);
let l_1897 = l_1258 < l_1896;
if l_1897 {
buffer_4_global[l_1258] = l_mut_311;
}
}
let l_1259 = l_9 + u32(0);
let l_1260 = l_1259 * u32(4);
let l_1261 = l_mut_17 + l_1260;
let l_1262 = l_1261 + u32(3);
let l_1263 = l_1066 < l_7;
let l_1264 = l_1262 < l_1;
let l_1265 = l_1263 && l_1264;
if l_1265 {
let l_1266 = a_12[u32(15)];
let l_1267 = info.scalars_f32[0] * l_1266;
l_mut_311 = l_1267;
let l_1898 = info.static_meta[u32(2)];
let l_1899 = l_1898 * u32(1);
let l_1900 = l_1066 < l_1899;
let l_1901 = l_1899 - u32(1);
let l_1902 = min(l_1066, l_1901);
let l_1903 = buffer_2_global[l_1902];
let l_1904 = select(f32(0.0), l_1903, l_1900);
let l_1268 = l_1904;
let l_1905 = info.static_meta[u32(3)];
let l_1906 = l_1905 * u32(1);
let l_1907 = l_1262 < l_1906;
let l_1908 = l_1906 - u32(1);
let l_1909 = min(l_1262, l_1908);
let l_1910 = buffer_3_global[l_1909];
let l_1911 = select(f32(0.0), l_1910, l_1907);
let l_1269 = l_1911;
let l_1270 = l_1268 * l_1269;
l_mut_311 = l_mut_311 / l_1270;
let l_1271 = l_1066 + info.scalars_u32[0];
let l_1272 = l_1262 + info.scalars_u32[1];
let l_1273 = l_1271 == l_1272;
let l_1274 = select(f32(-1.0), f32(1.0), l_1273);
let l_1275 = l_mut_311 + info.scalars_f32[1];
let l_1276 = l_1274 * l_1275;
let l_1277 = min(l_1276, f32(0.0));
let l_1278 = abs(l_1276);
let l_1279 = -l_1278;
let l_1280 = exp(l_1279);
let l_1281 = f32(2.0) + l_1280;
let l_1282 = l_1280 / l_1281;
let l_1283 = l_1282 * l_1282;
l_mut_48 = f32(0.05882352963089943);
let l_1284 = l_1283 * l_mut_48;
let l_1285 = f32(0.06666667014360428) + l_1284;
l_mut_48 = l_1285;
let l_1286 = l_1283 * l_mut_48;
let l_1287 = f32(0.07692307978868484) + l_1286;
l_mut_48 = l_1287;
let l_1288 = l_1283 * l_mut_48;
let l_1289 = f32(0.09090909361839294) + l_1288;
l_mut_48 = l_1289;
let l_1290 = l_1283 * l_mut_48;
let l_1291 = f32(0.1111111119389534) + l_1290;
l_mut_48 = l_1291;
let l_1292 = l_1283 * l_mut_48;
let l_1293 = f32(0.1428571492433548) + l_1292;
l_mut_48 = l_1293;
let l_1294 = l_1283 * l_mut_48;
let l_1295 = f32(0.20000000298023224) + l_1294;
l_mut_48 = l_1295;
let l_1296 = l_1283 * l_mut_48;
let l_1297 = f32(0.3333333432674408) + l_1296;
l_mut_48 = l_1297;
let l_1298 = l_1283 * l_mut_48;
let l_1299 = f32(1.0) + l_1298;
l_mut_48 = l_1299;
let l_1300 = f32(2.0) * l_1282;
let l_1301 = l_1300 * l_mut_48;
let l_1302 = l_1277 - l_1301;
let l_1303 = a_13[u32(3)];
let l_1304 = l_1303 + l_1302;
a_13[u32(3)] = l_1304;
let l_1305 = -info.scalars_f32[3];
let l_1306 = l_1305 * l_1274;
let l_1307 = l_1274 * l_1275;
let l_1308 = exp(l_1307);
let l_1309 = f32(1.0) + l_1308;
let l_1310 = l_1306 / l_1309;
let l_1311 = l_1310 * l_mut_311;
let l_1312 = a_14[u32(3)];
let l_1313 = l_1312 + l_1311;
a_14[u32(3)] = l_1313;
let l_1314 = a_15[u32(3)];
let l_1315 = l_1314 + l_1310;
a_15[u32(3)] = l_1315;
let l_1316 = info.scalars_f32[0] * l_1310;
l_mut_311 = l_1316;
let l_1912 = info.static_meta[u32(2)];
let l_1913 = l_1912 * u32(1);
let l_1914 = l_1066 < l_1913;
let l_1915 = l_1913 - u32(1);
let l_1916 = min(l_1066, l_1915);
let l_1917 = buffer_2_global[l_1916];
let l_1918 = select(f32(0.0), l_1917, l_1914);
let l_1317 = l_1918;
let l_1919 = info.static_meta[u32(3)];
let l_1920 = l_1919 * u32(1);
let l_1921 = l_1262 < l_1920;
let l_1922 = l_1920 - u32(1);
let l_1923 = min(l_1262, l_1922);
let l_1924 = buffer_3_global[l_1923];
let l_1925 = select(f32(0.0), l_1924, l_1921);
let l_1318 = l_1925;
let l_1319 = l_1317 * l_1318;
l_mut_311 = l_mut_311 / l_1319;
let l_1320 = l_1066 - info.scalars_u32[2];
let l_1321 = l_1320 * l_1;
let l_1322 = l_1321 + l_1262;
let l_1926 = info.static_meta[u32(4)];
let l_1927 = l_1926 * u32(1);
let l_1928 = l_1322 < l_1927;
if l_1928 {
buffer_4_global[l_1322] = l_mut_311;
}
}
let l_1323 = info.scalars_u32[4] * u32(64);
l_mut_17 = l_mut_17 + l_1323;
}
let l_1324 = vec4<f32>(f32(0.0));
l_mut_44 = l_1324;
l_mut_43 = l_mut_44;
let l_1325 = a_13[u32(0)];
l_mut_43[u32(0)] = l_1325;
let l_1326 = a_14[u32(0)];
l_mut_43[u32(1)] = l_1326;
let l_1327 = a_15[u32(0)];
l_mut_43[u32(2)] = l_1327;
l_mut_43[u32(3)] = f32(0.0);
let l_1328 = l_8 + u32(0);
let l_1329 = l_1328 * u32(4);
let l_1330 = l_1329 + u32(0);
let l_1331 = l_1330 * u32(16);
let l_1332 = l_1331 + l_9;
shared_memory_10[l_1332] = l_mut_43;
let l_1333 = vec4<f32>(f32(0.0));
l_mut_44 = l_1333;
l_mut_43 = l_mut_44;
let l_1334 = a_13[u32(1)];
l_mut_43[u32(0)] = l_1334;
let l_1335 = a_14[u32(1)];
l_mut_43[u32(1)] = l_1335;
let l_1336 = a_15[u32(1)];
l_mut_43[u32(2)] = l_1336;
l_mut_43[u32(3)] = f32(0.0);
let l_1337 = l_8 + u32(0);
let l_1338 = l_1337 * u32(4);
let l_1339 = l_1338 + u32(1);
let l_1340 = l_1339 * u32(16);
let l_1341 = l_1340 + l_9;
shared_memory_10[l_1341] = l_mut_43;
let l_1342 = vec4<f32>(f32(0.0));
l_mut_44 = l_1342;
l_mut_43 = l_mut_44;
let l_1343 = a_13[u32(2)];
l_mut_43[u32(0)] = l_1343;
let l_1344 = a_14[u32(2)];
l_mut_43[u32(1)] = l_1344;
let l_1345 = a_15[u32(2)];
l_mut_43[u32(2)] = l_1345;
l_mut_43[u32(3)] = f32(0.0);
let l_1346 = l_8 + u32(0);
let l_1347 = l_1346 * u32(4);
let l_1348 = l_1347 + u32(2);
let l_1349 = l_1348 * u32(16);
let l_1350 = l_1349 + l_9;
shared_memory_10[l_1350] = l_mut_43;
let l_1351 = vec4<f32>(f32(0.0));
l_mut_44 = l_1351;
l_mut_43 = l_mut_44;
let l_1352 = a_13[u32(3)];
l_mut_43[u32(0)] = l_1352;
let l_1353 = a_14[u32(3)];
l_mut_43[u32(1)] = l_1353;
let l_1354 = a_15[u32(3)];
l_mut_43[u32(2)] = l_1354;
l_mut_43[u32(3)] = f32(0.0);
let l_1355 = l_8 + u32(0);
let l_1356 = l_1355 * u32(4);
let l_1357 = l_1356 + u32(3);
let l_1358 = l_1357 * u32(16);
let l_1359 = l_1358 + l_9;
shared_memory_10[l_1359] = l_mut_43;
workgroupBarrier();
let l_1360 = local_idx < u32(64);
if l_1360 {
let l_1361 = l_6 + local_idx;
let l_1362 = l_1361 < l_7;
if l_1362 {
l_mut_311 = f32(0.0);
l_mut_48 = f32(0.0);
l_mut_1363 = f32(0.0);

for (var l_mut_1364: u32 = u32(0); l_mut_1364 < u32(16); l_mut_1364++) {
let l_1365 = local_idx * u32(16);
let l_1366 = l_1365 + l_mut_1364;
let l_1367 = shared_memory_10[l_1366];
let l_1368 = l_1367[u32(0)];
l_mut_311 = l_mut_311 + l_1368;
let l_1369 = l_1367[u32(1)];
l_mut_48 = l_mut_48 + l_1369;
let l_1370 = l_1367[u32(2)];
l_mut_1363 = l_mut_1363 + l_1370;
}
let l_1371 = l_1361 * info.scalars_u32[4];
let l_1372 = l_1371 + l_3;
let l_1373 = info.scalars_f32[2] * l_mut_311;
let l_1929 = info.static_meta[u32(5)];
let l_1930 = l_1929 * u32(1);
let l_1931 = l_1372 < l_1930;
if l_1931 {
buffer_5_global[l_1372] = l_1373;
}
let l_1374 = u32(2) * l_1372;
let l_1932 = info.static_meta[u32(6)];
let l_1933 = l_1932 * u32(1);
let l_1934 = l_1374 < l_1933;
if l_1934 {
buffer_6_global[l_1374] = l_mut_48;
}
let l_1375 = u32(2) * l_1372;
let l_1376 = l_1375 + u32(1);
let l_1935 = info.static_meta[u32(6)];
let l_1936 = l_1935 * u32(1);
let l_1937 = l_1376 < l_1936;
if l_1937 {
buffer_6_global[l_1376] = l_mut_1363;
}
}
}
}
}
// ==== launch 0: matmul_vec_kernel_c_f32_a_f32_b_f32_h_f32_o_f32 (sigmoid_loss), cube_dim 256x1x1
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

var<workgroup> shared_memory_18: array<vec4<f32>, 544>;

const WORKGROUP_SIZE_X = 256u;
const WORKGROUP_SIZE_Y = 1u;
const WORKGROUP_SIZE_Z = 1u;

@compute
@workgroup_size(256, 1, 1)
fn matmul_vec_kernel_c_f32_a_f32_b_f32_h_f32_o_f32(
    @builtin(local_invocation_index) local_idx: u32,
    @builtin(workgroup_id) workgroup_id: vec3<u32>,
) {
var a_19: array<f32, 16>;

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
a_19[u32(0)] = f32(0.0);
a_19[u32(1)] = f32(0.0);
a_19[u32(2)] = f32(0.0);
a_19[u32(3)] = f32(0.0);
a_19[u32(4)] = f32(0.0);
a_19[u32(5)] = f32(0.0);
a_19[u32(6)] = f32(0.0);
a_19[u32(7)] = f32(0.0);
a_19[u32(8)] = f32(0.0);
a_19[u32(9)] = f32(0.0);
a_19[u32(10)] = f32(0.0);
a_19[u32(11)] = f32(0.0);
a_19[u32(12)] = f32(0.0);
a_19[u32(13)] = f32(0.0);
a_19[u32(14)] = f32(0.0);
a_19[u32(15)] = f32(0.0);
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
let l_481 = info.static_meta[u32(0)];
let l_482 = l_481 * u32(1);
let l_483 = l_48 < l_482;
let l_484 = l_482 - u32(1);
let l_485 = min(l_48, l_484);
let l_486 = buffer_0_global[l_485];
let l_487 = select(f32(0.0), l_486, l_483);
let l_49 = l_487;
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
let l_488 = info.static_meta[u32(0)];
let l_489 = l_488 * u32(1);
let l_490 = l_61 < l_489;
let l_491 = l_489 - u32(1);
let l_492 = min(l_61, l_491);
let l_493 = buffer_0_global[l_492];
let l_494 = select(f32(0.0), l_493, l_490);
let l_62 = l_494;
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
let l_495 = info.static_meta[u32(0)];
let l_496 = l_495 * u32(1);
let l_497 = l_74 < l_496;
let l_498 = l_496 - u32(1);
let l_499 = min(l_74, l_498);
let l_500 = buffer_0_global[l_499];
let l_501 = select(f32(0.0), l_500, l_497);
let l_75 = l_501;
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
let l_502 = info.static_meta[u32(0)];
let l_503 = l_502 * u32(1);
let l_504 = l_87 < l_503;
let l_505 = l_503 - u32(1);
let l_506 = min(l_87, l_505);
let l_507 = buffer_0_global[l_506];
let l_508 = select(f32(0.0), l_507, l_504);
let l_88 = l_508;
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
let l_509 = info.static_meta[u32(1)];
let l_510 = l_509 * u32(1);
let l_511 = l_108 < l_510;
let l_512 = l_510 - u32(1);
let l_513 = min(l_108, l_512);
let l_514 = buffer_1_global[l_513];
let l_515 = select(f32(0.0), l_514, l_511);
let l_109 = l_515;
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
let l_516 = info.static_meta[u32(1)];
let l_517 = l_516 * u32(1);
let l_518 = l_121 < l_517;
let l_519 = l_517 - u32(1);
let l_520 = min(l_121, l_519);
let l_521 = buffer_1_global[l_520];
let l_522 = select(f32(0.0), l_521, l_518);
let l_122 = l_522;
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
let l_523 = info.static_meta[u32(1)];
let l_524 = l_523 * u32(1);
let l_525 = l_134 < l_524;
let l_526 = l_524 - u32(1);
let l_527 = min(l_134, l_526);
let l_528 = buffer_1_global[l_527];
let l_529 = select(f32(0.0), l_528, l_525);
let l_135 = l_529;
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
let l_530 = info.static_meta[u32(1)];
let l_531 = l_530 * u32(1);
let l_532 = l_147 < l_531;
let l_533 = l_531 - u32(1);
let l_534 = min(l_147, l_533);
let l_535 = buffer_1_global[l_534];
let l_536 = select(f32(0.0), l_535, l_532);
let l_148 = l_536;
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
shared_memory_18[l_155] = l_156;
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
shared_memory_18[l_164] = l_165;
workgroupBarrier();

for (var l_mut_166: u32 = u32(0); l_mut_166 < u32(16); l_mut_166++) {
let l_168 = l_mut_166 * u32(17);
let l_169 = u32(272) + l_168;
let l_170 = l_169 + l_21;
let l_171 = l_170 + u32(0);
let l_172 = shared_memory_18[l_171];
a_167[u32(0)] = l_172;
let l_173 = l_mut_166 * u32(17);
let l_174 = l_173 + l_20;
let l_175 = l_174 + u32(0);
let l_176 = shared_memory_18[l_175];
let l_177 = l_176[u32(0)];
let l_178 = a_167[u32(0)];
let l_179 = l_178[u32(0)];
let l_180 = l_177 * l_179;
let l_181 = a_19[u32(0)];
let l_182 = l_181 + l_180;
a_19[u32(0)] = l_182;
let l_183 = l_176[u32(0)];
let l_184 = a_167[u32(0)];
let l_185 = l_184[u32(1)];
let l_186 = l_183 * l_185;
let l_187 = a_19[u32(1)];
let l_188 = l_187 + l_186;
a_19[u32(1)] = l_188;
let l_189 = l_176[u32(0)];
let l_190 = a_167[u32(0)];
let l_191 = l_190[u32(2)];
let l_192 = l_189 * l_191;
let l_193 = a_19[u32(2)];
let l_194 = l_193 + l_192;
a_19[u32(2)] = l_194;
let l_195 = l_176[u32(0)];
let l_196 = a_167[u32(0)];
let l_197 = l_196[u32(3)];
let l_198 = l_195 * l_197;
let l_199 = a_19[u32(3)];
let l_200 = l_199 + l_198;
a_19[u32(3)] = l_200;
let l_201 = l_176[u32(1)];
let l_202 = a_167[u32(0)];
let l_203 = l_202[u32(0)];
let l_204 = l_201 * l_203;
let l_205 = a_19[u32(4)];
let l_206 = l_205 + l_204;
a_19[u32(4)] = l_206;
let l_207 = l_176[u32(1)];
let l_208 = a_167[u32(0)];
let l_209 = l_208[u32(1)];
let l_210 = l_207 * l_209;
let l_211 = a_19[u32(5)];
let l_212 = l_211 + l_210;
a_19[u32(5)] = l_212;
let l_213 = l_176[u32(1)];
let l_214 = a_167[u32(0)];
let l_215 = l_214[u32(2)];
let l_216 = l_213 * l_215;
let l_217 = a_19[u32(6)];
let l_218 = l_217 + l_216;
a_19[u32(6)] = l_218;
let l_219 = l_176[u32(1)];
let l_220 = a_167[u32(0)];
let l_221 = l_220[u32(3)];
let l_222 = l_219 * l_221;
let l_223 = a_19[u32(7)];
let l_224 = l_223 + l_222;
a_19[u32(7)] = l_224;
let l_225 = l_176[u32(2)];
let l_226 = a_167[u32(0)];
let l_227 = l_226[u32(0)];
let l_228 = l_225 * l_227;
let l_229 = a_19[u32(8)];
let l_230 = l_229 + l_228;
a_19[u32(8)] = l_230;
let l_231 = l_176[u32(2)];
let l_232 = a_167[u32(0)];
let l_233 = l_232[u32(1)];
let l_234 = l_231 * l_233;
let l_235 = a_19[u32(9)];
let l_236 = l_235 + l_234;
a_19[u32(9)] = l_236;
let l_237 = l_176[u32(2)];
let l_238 = a_167[u32(0)];
let l_239 = l_238[u32(2)];
let l_240 = l_237 * l_239;
let l_241 = a_19[u32(10)];
let l_242 = l_241 + l_240;
a_19[u32(10)] = l_242;
let l_243 = l_176[u32(2)];
let l_244 = a_167[u32(0)];
let l_245 = l_244[u32(3)];
let l_246 = l_243 * l_245;
let l_247 = a_19[u32(11)];
let l_248 = l_247 + l_246;
a_19[u32(11)] = l_248;
let l_249 = l_176[u32(3)];
let l_250 = a_167[u32(0)];
let l_251 = l_250[u32(0)];
let l_252 = l_249 * l_251;
let l_253 = a_19[u32(12)];
let l_254 = l_253 + l_252;
a_19[u32(12)] = l_254;
let l_255 = l_176[u32(3)];
let l_256 = a_167[u32(0)];
let l_257 = l_256[u32(1)];
let l_258 = l_255 * l_257;
let l_259 = a_19[u32(13)];
let l_260 = l_259 + l_258;
a_19[u32(13)] = l_260;
let l_261 = l_176[u32(3)];
let l_262 = a_167[u32(0)];
let l_263 = l_262[u32(2)];
let l_264 = l_261 * l_263;
let l_265 = a_19[u32(14)];
let l_266 = l_265 + l_264;
a_19[u32(14)] = l_266;
let l_267 = l_176[u32(3)];
let l_268 = a_167[u32(0)];
let l_269 = l_268[u32(3)];
let l_270 = l_267 * l_269;
let l_271 = a_19[u32(15)];
let l_272 = l_271 + l_270;
a_19[u32(15)] = l_272;
}
workgroupBarrier();
l_mut_7 = l_mut_7 + u32(16);
}
let l_273 = l_3 + u32(0);
let l_274 = l_273 * u32(4);
let l_275 = l_5 + l_274;
let l_276 = l_275 + u32(0);
let l_277 = l_4 + u32(0);
let l_278 = l_277 * u32(4);
let l_279 = l_6 + l_278;
let l_280 = l_279 + u32(0);
let l_281 = l_276 < l_0;
let l_282 = l_280 < l_2;
let l_283 = l_281 && l_282;
if l_283 {
let l_284 = workgroup_id.z * l_0;
let l_285 = l_284 + l_276;
let l_286 = l_285 * l_2;
let l_287 = l_286 + l_280;
let l_288 = a_19[u32(0)];
let l_537 = info.static_meta[u32(2)];
let l_538 = l_537 * u32(1);
let l_539 = l_287 < l_538;
if l_539 {
buffer_2_global[l_287] = l_288;
}
}
let l_289 = l_4 + u32(0);
let l_290 = l_289 * u32(4);
let l_291 = l_6 + l_290;
let l_292 = l_291 + u32(1);
let l_293 = l_276 < l_0;
let l_294 = l_292 < l_2;
let l_295 = l_293 && l_294;
if l_295 {
let l_296 = workgroup_id.z * l_0;
let l_297 = l_296 + l_276;
let l_298 = l_297 * l_2;
let l_299 = l_298 + l_292;
let l_300 = a_19[u32(1)];
let l_540 = info.static_meta[u32(2)];
let l_541 = l_540 * u32(1);
let l_542 = l_299 < l_541;
if l_542 {
buffer_2_global[l_299] = l_300;
}
}
let l_301 = l_4 + u32(0);
let l_302 = l_301 * u32(4);
let l_303 = l_6 + l_302;
let l_304 = l_303 + u32(2);
let l_305 = l_276 < l_0;
let l_306 = l_304 < l_2;
let l_307 = l_305 && l_306;
if l_307 {
let l_308 = workgroup_id.z * l_0;
let l_309 = l_308 + l_276;
let l_310 = l_309 * l_2;
let l_311 = l_310 + l_304;
let l_312 = a_19[u32(2)];
let l_543 = info.static_meta[u32(2)];
let l_544 = l_543 * u32(1);
let l_545 = l_311 < l_544;
if l_545 {
buffer_2_global[l_311] = l_312;
}
}
let l_313 = l_4 + u32(0);
let l_314 = l_313 * u32(4);
let l_315 = l_6 + l_314;
let l_316 = l_315 + u32(3);
let l_317 = l_276 < l_0;
let l_318 = l_316 < l_2;
let l_319 = l_317 && l_318;
if l_319 {
let l_320 = workgroup_id.z * l_0;
let l_321 = l_320 + l_276;
let l_322 = l_321 * l_2;
let l_323 = l_322 + l_316;
let l_324 = a_19[u32(3)];
let l_546 = info.static_meta[u32(2)];
let l_547 = l_546 * u32(1);
let l_548 = l_323 < l_547;
if l_548 {
buffer_2_global[l_323] = l_324;
}
}
let l_325 = l_3 + u32(0);
let l_326 = l_325 * u32(4);
let l_327 = l_5 + l_326;
let l_328 = l_327 + u32(1);
let l_329 = l_4 + u32(0);
let l_330 = l_329 * u32(4);
let l_331 = l_6 + l_330;
let l_332 = l_331 + u32(0);
let l_333 = l_328 < l_0;
let l_334 = l_332 < l_2;
let l_335 = l_333 && l_334;
if l_335 {
let l_336 = workgroup_id.z * l_0;
let l_337 = l_336 + l_328;
let l_338 = l_337 * l_2;
let l_339 = l_338 + l_332;
let l_340 = a_19[u32(4)];
let l_549 = info.static_meta[u32(2)];
let l_550 = l_549 * u32(1);
let l_551 = l_339 < l_550;
if l_551 {
buffer_2_global[l_339] = l_340;
}
}
let l_341 = l_4 + u32(0);
let l_342 = l_341 * u32(4);
let l_343 = l_6 + l_342;
let l_344 = l_343 + u32(1);
let l_345 = l_328 < l_0;
let l_346 = l_344 < l_2;
let l_347 = l_345 && l_346;
if l_347 {
let l_348 = workgroup_id.z * l_0;
let l_349 = l_348 + l_328;
let l_350 = l_349 * l_2;
let l_351 = l_350 + l_344;
let l_352 = a_19[u32(5)];
let l_552 = info.static_meta[u32(2)];
let l_553 = l_552 * u32(1);
let l_554 = l_351 < l_553;
if l_554 {
buffer_2_global[l_351] = l_352;
}
}
let l_353 = l_4 + u32(0);
let l_354 = l_353 * u32(4);
let l_355 = l_6 + l_354;
let l_356 = l_355 + u32(2);
let l_357 = l_328 < l_0;
let l_358 = l_356 < l_2;
let l_359 = l_357 && l_358;
if l_359 {
let l_360 = workgroup_id.z * l_0;
let l_361 = l_360 + l_328;
let l_362 = l_361 * l_2;
let l_363 = l_362 + l_356;
let l_364 = a_19[u32(6)];
let l_555 = info.static_meta[u32(2)];
let l_556 = l_555 * u32(1);
let l_557 = l_363 < l_556;
if l_557 {
buffer_2_global[l_363] = l_364;
}
}
let l_365 = l_4 + u32(0);
let l_366 = l_365 * u32(4);
let l_367 = l_6 + l_366;
let l_368 = l_367 + u32(3);
let l_369 = l_328 < l_0;
let l_370 = l_368 < l_2;
let l_371 = l_369 && l_370;
if l_371 {
let l_372 = workgroup_id.z * l_0;
let l_373 = l_372 + l_328;
let l_374 = l_373 * l_2;
let l_375 = l_374 + l_368;
let l_376 = a_19[u32(7)];
let l_558 = info.static_meta[u32(2)];
let l_559 = l_558 * u32(1);
let l_560 = l_375 < l_559;
if l_560 {
buffer_2_global[l_375] = l_376;
}
}
let l_377 = l_3 + u32(0);
let l_378 = l_377 * u32(4);
let l_379 = l_5 + l_378;
let l_380 = l_379 + u32(2);
let l_381 = l_4 + u32(0);
let l_382 = l_381 * u32(4);
let l_383 = l_6 + l_382;
let l_384 = l_383 + u32(0);
let l_385 = l_380 < l_0;
let l_386 = l_384 < l_2;
let l_387 = l_385 && l_386;
if l_387 {
let l_388 = workgroup_id.z * l_0;
let l_389 = l_388 + l_380;
let l_390 = l_389 * l_2;
let l_391 = l_390 + l_384;
let l_392 = a_19[u32(8)];
let l_561 = info.static_meta[u32(2)];
let l_562 = l_561 * u32(1);
let l_563 = l_391 < l_562;
if l_563 {
buffer_2_global[l_391] = l_392;
}
}
let l_393 = l_4 + u32(0);
let l_394 = l_393 * u32(4);
let l_395 = l_6 + l_394;
let l_396 = l_395 + u32(1);
let l_397 = l_380 < l_0;
let l_398 = l_396 < l_2;
let l_399 = l_397 && l_398;
if l_399 {
let l_400 = workgroup_id.z * l_0;
let l_401 = l_400 + l_380;
let l_402 = l_401 * l_2;
let l_403 = l_402 + l_396;
let l_404 = a_19[u32(9)];
let l_564 = info.static_meta[u32(2)];
let l_565 = l_564 * u32(1);
let l_566 = l_403 < l_565;
if l_566 {
buffer_2_global[l_403] = l_404;
}
}
let l_405 = l_4 + u32(0);
let l_406 = l_405 * u32(4);
let l_407 = l_6 + l_406;
let l_408 = l_407 + u32(2);
let l_409 = l_380 < l_0;
let l_410 = l_408 < l_2;
let l_411 = l_409 && l_410;
if l_411 {
let l_412 = workgroup_id.z * l_0;
let l_413 = l_412 + l_380;
let l_414 = l_413 * l_2;
let l_415 = l_414 + l_408;
let l_416 = a_19[u32(10)];
let l_567 = info.static_meta[u32(2)];
let l_568 = l_567 * u32(1);
let l_569 = l_415 < l_568;
if l_569 {
buffer_2_global[l_415] = l_416;
}
}
let l_417 = l_4 + u32(0);
let l_418 = l_417 * u32(4);
let l_419 = l_6 + l_418;
let l_420 = l_419 + u32(3);
let l_421 = l_380 < l_0;
let l_422 = l_420 < l_2;
let l_423 = l_421 && l_422;
if l_423 {
let l_424 = workgroup_id.z * l_0;
let l_425 = l_424 + l_380;
let l_426 = l_425 * l_2;
let l_427 = l_426 + l_420;
let l_428 = a_19[u32(11)];
let l_570 = info.static_meta[u32(2)];
let l_571 = l_570 * u32(1);
let l_572 = l_427 < l_571;
if l_572 {
buffer_2_global[l_427] = l_428;
}
}
let l_429 = l_3 + u32(0);
let l_430 = l_429 * u32(4);
let l_431 = l_5 + l_430;
let l_432 = l_431 + u32(3);
let l_433 = l_4 + u32(0);
let l_434 = l_433 * u32(4);
let l_435 = l_6 + l_434;
let l_436 = l_435 + u32(0);
let l_437 = l_432 < l_0;
let l_438 = l_436 < l_2;
let l_439 = l_437 && l_438;
if l_439 {
let l_440 = workgroup_id.z * l_0;
let l_441 = l_440 + l_432;
let l_442 = l_441 * l_2;
let l_443 = l_442 + l_436;
let l_444 = a_19[u32(12)];
let l_573 = info.static_meta[u32(2)];
let l_574 = l_573 * u32(1);
let l_575 = l_443 < l_574;
if l_575 {
buffer_2_global[l_443] = l_444;
}
}
let l_445 = l_4 + u32(0);
let l_446 = l_445 * u32(4);
let l_447 = l_6 + l_446;
let l_448 = l_447 + u32(1);
let l_449 = l_432 < l_0;
let l_450 = l_448 < l_2;
let l_451 = l_449 && l_450;
if l_451 {
let l_452 = workgroup_id.z * l_0;
let l_453 = l_452 + l_432;
let l_454 = l_453 * l_2;
let l_455 = l_454 + l_448;
let l_456 = a_19[u32(13)];
let l_576 = info.static_meta[u32(2)];
let l_577 = l_576 * u32(1);
let l_578 = l_455 < l_577;
if l_578 {
buffer_2_global[l_455] = l_456;
}
}
let l_457 = l_4 + u32(0);
let l_458 = l_457 * u32(4);
let l_459 = l_6 + l_458;
let l_460 = l_459 + u32(2);
let l_461 = l_432 < l_0;
let l_462 = l_460 < l_2;
let l_463 = l_461 && l_462;
if l_463 {
let l_464 = workgroup_id.z * l_0;
let l_465 = l_464 + l_432;
let l_466 = l_465 * l_2;
let l_467 = l_466 + l_460;
let l_468 = a_19[u32(14)];
let l_579 = info.static_meta[u32(2)];
let l_580 = l_579 * u32(1);
let l_581 = l_467 < l_580;
if l_581 {
buffer_2_global[l_467] = l_468;
}
}
let l_469 = l_4 + u32(0);
let l_470 = l_469 * u32(4);
let l_471 = l_6 + l_470;
let l_472 = l_471 + u32(3);
let l_473 = l_432 < l_0;
let l_474 = l_472 < l_2;
let l_475 = l_473 && l_474;
if l_475 {
let l_476 = workgroup_id.z * l_0;
let l_477 = l_476 + l_432;
let l_478 = l_477 * l_2;
let l_479 = l_478 + l_472;
let l_480 = a_19[u32(15)];
let l_582 = info.static_meta[u32(2)];
let l_583 = l_582 * u32(1);
let l_584 = l_479 < l_583;
if l_584 {
buffer_2_global[l_479] = l_480;
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
// ==== launch 0: matmul_vec_kernel_c_f32_a_f32_b_f32_h_f32_o_f32 (sigmoid_loss), cube_dim 256x1x1
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

var<workgroup> shared_memory_18: array<vec4<f32>, 544>;

const WORKGROUP_SIZE_X = 256u;
const WORKGROUP_SIZE_Y = 1u;
const WORKGROUP_SIZE_Z = 1u;

@compute
@workgroup_size(256, 1, 1)
fn matmul_vec_kernel_c_f32_a_f32_b_f32_h_f32_o_f32(
    @builtin(local_invocation_index) local_idx: u32,
    @builtin(workgroup_id) workgroup_id: vec3<u32>,
) {
var a_19: array<f32, 16>;

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
a_19[u32(0)] = f32(0.0);
a_19[u32(1)] = f32(0.0);
a_19[u32(2)] = f32(0.0);
a_19[u32(3)] = f32(0.0);
a_19[u32(4)] = f32(0.0);
a_19[u32(5)] = f32(0.0);
a_19[u32(6)] = f32(0.0);
a_19[u32(7)] = f32(0.0);
a_19[u32(8)] = f32(0.0);
a_19[u32(9)] = f32(0.0);
a_19[u32(10)] = f32(0.0);
a_19[u32(11)] = f32(0.0);
a_19[u32(12)] = f32(0.0);
a_19[u32(13)] = f32(0.0);
a_19[u32(14)] = f32(0.0);
a_19[u32(15)] = f32(0.0);
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
let l_481 = info.static_meta[u32(0)];
let l_482 = l_481 * u32(1);
let l_483 = l_48 < l_482;
let l_484 = l_482 - u32(1);
let l_485 = min(l_48, l_484);
let l_486 = buffer_0_global[l_485];
let l_487 = select(f32(0.0), l_486, l_483);
let l_49 = l_487;
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
let l_488 = info.static_meta[u32(0)];
let l_489 = l_488 * u32(1);
let l_490 = l_61 < l_489;
let l_491 = l_489 - u32(1);
let l_492 = min(l_61, l_491);
let l_493 = buffer_0_global[l_492];
let l_494 = select(f32(0.0), l_493, l_490);
let l_62 = l_494;
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
let l_495 = info.static_meta[u32(0)];
let l_496 = l_495 * u32(1);
let l_497 = l_74 < l_496;
let l_498 = l_496 - u32(1);
let l_499 = min(l_74, l_498);
let l_500 = buffer_0_global[l_499];
let l_501 = select(f32(0.0), l_500, l_497);
let l_75 = l_501;
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
let l_502 = info.static_meta[u32(0)];
let l_503 = l_502 * u32(1);
let l_504 = l_87 < l_503;
let l_505 = l_503 - u32(1);
let l_506 = min(l_87, l_505);
let l_507 = buffer_0_global[l_506];
let l_508 = select(f32(0.0), l_507, l_504);
let l_88 = l_508;
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
let l_509 = info.static_meta[u32(1)];
let l_510 = l_509 * u32(1);
let l_511 = l_108 < l_510;
let l_512 = l_510 - u32(1);
let l_513 = min(l_108, l_512);
let l_514 = buffer_1_global[l_513];
let l_515 = select(f32(0.0), l_514, l_511);
let l_109 = l_515;
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
let l_516 = info.static_meta[u32(1)];
let l_517 = l_516 * u32(1);
let l_518 = l_121 < l_517;
let l_519 = l_517 - u32(1);
let l_520 = min(l_121, l_519);
let l_521 = buffer_1_global[l_520];
let l_522 = select(f32(0.0), l_521, l_518);
let l_122 = l_522;
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
let l_523 = info.static_meta[u32(1)];
let l_524 = l_523 * u32(1);
let l_525 = l_134 < l_524;
let l_526 = l_524 - u32(1);
let l_527 = min(l_134, l_526);
let l_528 = buffer_1_global[l_527];
let l_529 = select(f32(0.0), l_528, l_525);
let l_135 = l_529;
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
let l_530 = info.static_meta[u32(1)];
let l_531 = l_530 * u32(1);
let l_532 = l_147 < l_531;
let l_533 = l_531 - u32(1);
let l_534 = min(l_147, l_533);
let l_535 = buffer_1_global[l_534];
let l_536 = select(f32(0.0), l_535, l_532);
let l_148 = l_536;
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
shared_memory_18[l_155] = l_156;
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
shared_memory_18[l_164] = l_165;
workgroupBarrier();

for (var l_mut_166: u32 = u32(0); l_mut_166 < u32(16); l_mut_166++) {
let l_168 = l_mut_166 * u32(17);
let l_169 = u32(272) + l_168;
let l_170 = l_169 + l_21;
let l_171 = l_170 + u32(0);
let l_172 = shared_memory_18[l_171];
a_167[u32(0)] = l_172;
let l_173 = l_mut_166 * u32(17);
let l_174 = l_173 + l_20;
let l_175 = l_174 + u32(0);
let l_176 = shared_memory_18[l_175];
let l_177 = l_176[u32(0)];
let l_178 = a_167[u32(0)];
let l_179 = l_178[u32(0)];
let l_180 = l_177 * l_179;
let l_181 = a_19[u32(0)];
let l_182 = l_181 + l_180;
a_19[u32(0)] = l_182;
let l_183 = l_176[u32(0)];
let l_184 = a_167[u32(0)];
let l_185 = l_184[u32(1)];
let l_186 = l_183 * l_185;
let l_187 = a_19[u32(1)];
let l_188 = l_187 + l_186;
a_19[u32(1)] = l_188;
let l_189 = l_176[u32(0)];
let l_190 = a_167[u32(0)];
let l_191 = l_190[u32(2)];
let l_192 = l_189 * l_191;
let l_193 = a_19[u32(2)];
let l_194 = l_193 + l_192;
a_19[u32(2)] = l_194;
let l_195 = l_176[u32(0)];
let l_196 = a_167[u32(0)];
let l_197 = l_196[u32(3)];
let l_198 = l_195 * l_197;
let l_199 = a_19[u32(3)];
let l_200 = l_199 + l_198;
a_19[u32(3)] = l_200;
let l_201 = l_176[u32(1)];
let l_202 = a_167[u32(0)];
let l_203 = l_202[u32(0)];
let l_204 = l_201 * l_203;
let l_205 = a_19[u32(4)];
let l_206 = l_205 + l_204;
a_19[u32(4)] = l_206;
let l_207 = l_176[u32(1)];
let l_208 = a_167[u32(0)];
let l_209 = l_208[u32(1)];
let l_210 = l_207 * l_209;
let l_211 = a_19[u32(5)];
let l_212 = l_211 + l_210;
a_19[u32(5)] = l_212;
let l_213 = l_176[u32(1)];
let l_214 = a_167[u32(0)];
let l_215 = l_214[u32(2)];
let l_216 = l_213 * l_215;
let l_217 = a_19[u32(6)];
let l_218 = l_217 + l_216;
a_19[u32(6)] = l_218;
let l_219 = l_176[u32(1)];
let l_220 = a_167[u32(0)];
let l_221 = l_220[u32(3)];
let l_222 = l_219 * l_221;
let l_223 = a_19[u32(7)];
let l_224 = l_223 + l_222;
a_19[u32(7)] = l_224;
let l_225 = l_176[u32(2)];
let l_226 = a_167[u32(0)];
let l_227 = l_226[u32(0)];
let l_228 = l_225 * l_227;
let l_229 = a_19[u32(8)];
let l_230 = l_229 + l_228;
a_19[u32(8)] = l_230;
let l_231 = l_176[u32(2)];
let l_232 = a_167[u32(0)];
let l_233 = l_232[u32(1)];
let l_234 = l_231 * l_233;
let l_235 = a_19[u32(9)];
let l_236 = l_235 + l_234;
a_19[u32(9)] = l_236;
let l_237 = l_176[u32(2)];
let l_238 = a_167[u32(0)];
let l_239 = l_238[u32(2)];
let l_240 = l_237 * l_239;
let l_241 = a_19[u32(10)];
let l_242 = l_241 + l_240;
a_19[u32(10)] = l_242;
let l_243 = l_176[u32(2)];
let l_244 = a_167[u32(0)];
let l_245 = l_244[u32(3)];
let l_246 = l_243 * l_245;
let l_247 = a_19[u32(11)];
let l_248 = l_247 + l_246;
a_19[u32(11)] = l_248;
let l_249 = l_176[u32(3)];
let l_250 = a_167[u32(0)];
let l_251 = l_250[u32(0)];
let l_252 = l_249 * l_251;
let l_253 = a_19[u32(12)];
let l_254 = l_253 + l_252;
a_19[u32(12)] = l_254;
let l_255 = l_176[u32(3)];
let l_256 = a_167[u32(0)];
let l_257 = l_256[u32(1)];
let l_258 = l_255 * l_257;
let l_259 = a_19[u32(13)];
let l_260 = l_259 + l_258;
a_19[u32(13)] = l_260;
let l_261 = l_176[u32(3)];
let l_262 = a_167[u32(0)];
let l_263 = l_262[u32(2)];
let l_264 = l_261 * l_263;
let l_265 = a_19[u32(14)];
let l_266 = l_265 + l_264;
a_19[u32(14)] = l_266;
let l_267 = l_176[u32(3)];
let l_268 = a_167[u32(0)];
let l_269 = l_268[u32(3)];
let l_270 = l_267 * l_269;
let l_271 = a_19[u32(15)];
let l_272 = l_271 + l_270;
a_19[u32(15)] = l_272;
}
workgroupBarrier();
l_mut_7 = l_mut_7 + u32(16);
}
let l_273 = l_3 + u32(0);
let l_274 = l_273 * u32(4);
let l_275 = l_5 + l_274;
let l_276 = l_275 + u32(0);
let l_277 = l_4 + u32(0);
let l_278 = l_277 * u32(4);
let l_279 = l_6 + l_278;
let l_280 = l_279 + u32(0);
let l_281 = l_276 < l_0;
let l_282 = l_280 < l_2;
let l_283 = l_281 && l_282;
if l_283 {
let l_284 = workgroup_id.z * l_0;
let l_285 = l_284 + l_276;
let l_286 = l_285 * l_2;
let l_287 = l_286 + l_280;
let l_288 = a_19[u32(0)];
let l_537 = info.static_meta[u32(2)];
let l_538 = l_537 * u32(1);
let l_539 = l_287 < l_538;
if l_539 {
buffer_2_global[l_287] = l_288;
}
}
let l_289 = l_4 + u32(0);
let l_290 = l_289 * u32(4);
let l_291 = l_6 + l_290;
let l_292 = l_291 + u32(1);
let l_293 = l_276 < l_0;
let l_294 = l_292 < l_2;
let l_295 = l_293 && l_294;
if l_295 {
let l_296 = workgroup_id.z * l_0;
let l_297 = l_296 + l_276;
let l_298 = l_297 * l_2;
let l_299 = l_298 + l_292;
let l_300 = a_19[u32(1)];
let l_540 = info.static_meta[u32(2)];
let l_541 = l_540 * u32(1);
let l_542 = l_299 < l_541;
if l_542 {
buffer_2_global[l_299] = l_300;
}
}
let l_301 = l_4 + u32(0);
let l_302 = l_301 * u32(4);
let l_303 = l_6 + l_302;
let l_304 = l_303 + u32(2);
let l_305 = l_276 < l_0;
let l_306 = l_304 < l_2;
let l_307 = l_305 && l_306;
if l_307 {
let l_308 = workgroup_id.z * l_0;
let l_309 = l_308 + l_276;
let l_310 = l_309 * l_2;
let l_311 = l_310 + l_304;
let l_312 = a_19[u32(2)];
let l_543 = info.static_meta[u32(2)];
let l_544 = l_543 * u32(1);
let l_545 = l_311 < l_544;
if l_545 {
buffer_2_global[l_311] = l_312;
}
}
let l_313 = l_4 + u32(0);
let l_314 = l_313 * u32(4);
let l_315 = l_6 + l_314;
let l_316 = l_315 + u32(3);
let l_317 = l_276 < l_0;
let l_318 = l_316 < l_2;
let l_319 = l_317 && l_318;
if l_319 {
let l_320 = workgroup_id.z * l_0;
let l_321 = l_320 + l_276;
let l_322 = l_321 * l_2;
let l_323 = l_322 + l_316;
let l_324 = a_19[u32(3)];
let l_546 = info.static_meta[u32(2)];
let l_547 = l_546 * u32(1);
let l_548 = l_323 < l_547;
if l_548 {
buffer_2_global[l_323] = l_324;
}
}
let l_325 = l_3 + u32(0);
let l_326 = l_325 * u32(4);
let l_327 = l_5 + l_326;
let l_328 = l_327 + u32(1);
let l_329 = l_4 + u32(0);
let l_330 = l_329 * u32(4);
let l_331 = l_6 + l_330;
let l_332 = l_331 + u32(0);
let l_333 = l_328 < l_0;
let l_334 = l_332 < l_2;
let l_335 = l_333 && l_334;
if l_335 {
let l_336 = workgroup_id.z * l_0;
let l_337 = l_336 + l_328;
let l_338 = l_337 * l_2;
let l_339 = l_338 + l_332;
let l_340 = a_19[u32(4)];
let l_549 = info.static_meta[u32(2)];
let l_550 = l_549 * u32(1);
let l_551 = l_339 < l_550;
if l_551 {
buffer_2_global[l_339] = l_340;
}
}
let l_341 = l_4 + u32(0);
let l_342 = l_341 * u32(4);
let l_343 = l_6 + l_342;
let l_344 = l_343 + u32(1);
let l_345 = l_328 < l_0;
let l_346 = l_344 < l_2;
let l_347 = l_345 && l_346;
if l_347 {
let l_348 = workgroup_id.z * l_0;
let l_349 = l_348 + l_328;
let l_350 = l_349 * l_2;
let l_351 = l_350 + l_344;
let l_352 = a_19[u32(5)];
let l_552 = info.static_meta[u32(2)];
let l_553 = l_552 * u32(1);
let l_554 = l_351 < l_553;
if l_554 {
buffer_2_global[l_351] = l_352;
}
}
let l_353 = l_4 + u32(0);
let l_354 = l_353 * u32(4);
let l_355 = l_6 + l_354;
let l_356 = l_355 + u32(2);
let l_357 = l_328 < l_0;
let l_358 = l_356 < l_2;
let l_359 = l_357 && l_358;
if l_359 {
let l_360 = workgroup_id.z * l_0;
let l_361 = l_360 + l_328;
let l_362 = l_361 * l_2;
let l_363 = l_362 + l_356;
let l_364 = a_19[u32(6)];
let l_555 = info.static_meta[u32(2)];
let l_556 = l_555 * u32(1);
let l_557 = l_363 < l_556;
if l_557 {
buffer_2_global[l_363] = l_364;
}
}
let l_365 = l_4 + u32(0);
let l_366 = l_365 * u32(4);
let l_367 = l_6 + l_366;
let l_368 = l_367 + u32(3);
let l_369 = l_328 < l_0;
let l_370 = l_368 < l_2;
let l_371 = l_369 && l_370;
if l_371 {
let l_372 = workgroup_id.z * l_0;
let l_373 = l_372 + l_328;
let l_374 = l_373 * l_2;
let l_375 = l_374 + l_368;
let l_376 = a_19[u32(7)];
let l_558 = info.static_meta[u32(2)];
let l_559 = l_558 * u32(1);
let l_560 = l_375 < l_559;
if l_560 {
buffer_2_global[l_375] = l_376;
}
}
let l_377 = l_3 + u32(0);
let l_378 = l_377 * u32(4);
let l_379 = l_5 + l_378;
let l_380 = l_379 + u32(2);
let l_381 = l_4 + u32(0);
let l_382 = l_381 * u32(4);
let l_383 = l_6 + l_382;
let l_384 = l_383 + u32(0);
let l_385 = l_380 < l_0;
let l_386 = l_384 < l_2;
let l_387 = l_385 && l_386;
if l_387 {
let l_388 = workgroup_id.z * l_0;
let l_389 = l_388 + l_380;
let l_390 = l_389 * l_2;
let l_391 = l_390 + l_384;
let l_392 = a_19[u32(8)];
let l_561 = info.static_meta[u32(2)];
let l_562 = l_561 * u32(1);
let l_563 = l_391 < l_562;
if l_563 {
buffer_2_global[l_391] = l_392;
}
}
let l_393 = l_4 + u32(0);
let l_394 = l_393 * u32(4);
let l_395 = l_6 + l_394;
let l_396 = l_395 + u32(1);
let l_397 = l_380 < l_0;
let l_398 = l_396 < l_2;
let l_399 = l_397 && l_398;
if l_399 {
let l_400 = workgroup_id.z * l_0;
let l_401 = l_400 + l_380;
let l_402 = l_401 * l_2;
let l_403 = l_402 + l_396;
let l_404 = a_19[u32(9)];
let l_564 = info.static_meta[u32(2)];
let l_565 = l_564 * u32(1);
let l_566 = l_403 < l_565;
if l_566 {
buffer_2_global[l_403] = l_404;
}
}
let l_405 = l_4 + u32(0);
let l_406 = l_405 * u32(4);
let l_407 = l_6 + l_406;
let l_408 = l_407 + u32(2);
let l_409 = l_380 < l_0;
let l_410 = l_408 < l_2;
let l_411 = l_409 && l_410;
if l_411 {
let l_412 = workgroup_id.z * l_0;
let l_413 = l_412 + l_380;
let l_414 = l_413 * l_2;
let l_415 = l_414 + l_408;
let l_416 = a_19[u32(10)];
let l_567 = info.static_meta[u32(2)];
let l_568 = l_567 * u32(1);
let l_569 = l_415 < l_568;
if l_569 {
buffer_2_global[l_415] = l_416;
}
}
let l_417 = l_4 + u32(0);
let l_418 = l_417 * u32(4);
let l_419 = l_6 + l_418;
let l_420 = l_419 + u32(3);
let l_421 = l_380 < l_0;
let l_422 = l_420 < l_2;
let l_423 = l_421 && l_422;
if l_423 {
let l_424 = workgroup_id.z * l_0;
let l_425 = l_424 + l_380;
let l_426 = l_425 * l_2;
let l_427 = l_426 + l_420;
let l_428 = a_19[u32(11)];
let l_570 = info.static_meta[u32(2)];
let l_571 = l_570 * u32(1);
let l_572 = l_427 < l_571;
if l_572 {
buffer_2_global[l_427] = l_428;
}
}
let l_429 = l_3 + u32(0);
let l_430 = l_429 * u32(4);
let l_431 = l_5 + l_430;
let l_432 = l_431 + u32(3);
let l_433 = l_4 + u32(0);
let l_434 = l_433 * u32(4);
let l_435 = l_6 + l_434;
let l_436 = l_435 + u32(0);
let l_437 = l_432 < l_0;
let l_438 = l_436 < l_2;
let l_439 = l_437 && l_438;
if l_439 {
let l_440 = workgroup_id.z * l_0;
let l_441 = l_440 + l_432;
let l_442 = l_441 * l_2;
let l_443 = l_442 + l_436;
let l_444 = a_19[u32(12)];
let l_573 = info.static_meta[u32(2)];
let l_574 = l_573 * u32(1);
let l_575 = l_443 < l_574;
if l_575 {
buffer_2_global[l_443] = l_444;
}
}
let l_445 = l_4 + u32(0);
let l_446 = l_445 * u32(4);
let l_447 = l_6 + l_446;
let l_448 = l_447 + u32(1);
let l_449 = l_432 < l_0;
let l_450 = l_448 < l_2;
let l_451 = l_449 && l_450;
if l_451 {
let l_452 = workgroup_id.z * l_0;
let l_453 = l_452 + l_432;
let l_454 = l_453 * l_2;
let l_455 = l_454 + l_448;
let l_456 = a_19[u32(13)];
let l_576 = info.static_meta[u32(2)];
let l_577 = l_576 * u32(1);
let l_578 = l_455 < l_577;
if l_578 {
buffer_2_global[l_455] = l_456;
}
}
let l_457 = l_4 + u32(0);
let l_458 = l_457 * u32(4);
let l_459 = l_6 + l_458;
let l_460 = l_459 + u32(2);
let l_461 = l_432 < l_0;
let l_462 = l_460 < l_2;
let l_463 = l_461 && l_462;
if l_463 {
let l_464 = workgroup_id.z * l_0;
let l_465 = l_464 + l_432;
let l_466 = l_465 * l_2;
let l_467 = l_466 + l_460;
let l_468 = a_19[u32(14)];
let l_579 = info.static_meta[u32(2)];
let l_580 = l_579 * u32(1);
let l_581 = l_467 < l_580;
if l_581 {
buffer_2_global[l_467] = l_468;
}
}
let l_469 = l_4 + u32(0);
let l_470 = l_469 * u32(4);
let l_471 = l_6 + l_470;
let l_472 = l_471 + u32(3);
let l_473 = l_432 < l_0;
let l_474 = l_472 < l_2;
let l_475 = l_473 && l_474;
if l_475 {
let l_476 = workgroup_id.z * l_0;
let l_477 = l_476 + l_432;
let l_478 = l_477 * l_2;
let l_479 = l_478 + l_472;
let l_480 = a_19[u32(15)];
let l_582 = info.static_meta[u32(2)];
let l_583 = l_582 * u32(1);
let l_584 = l_479 < l_583;
if l_584 {
buffer_2_global[l_479] = l_480;
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
