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

var<workgroup> shared_memory_8: array<f32, 3072>;

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
var a_11: array<f32, 4>;

var a_12: array<f32, 4>;

var a_13: array<f32, 4>;

var a_10: array<f32, 16>;

let workgroup_id_no_axis = (u32(num_workgroups.y) * u32(num_workgroups.x) * u32(workgroup_id.z)) + (u32(num_workgroups.x) * u32(workgroup_id.y)) + u32(workgroup_id.x);
var l_mut_1258: f32;
var l_mut_15: u32;
var l_mut_23: u32;
var l_mut_26: u32;
var l_mut_34: f32;
var l_mut_35: f32;
let l_0 = info.dynamic_meta[info.static_meta[u32(17)] + u32(0)];
let l_1 = workgroup_id_no_axis % info.scalars_u32[4];
let l_2 = workgroup_id_no_axis / info.scalars_u32[4];
let l_3 = l_2 * u32(64);
let l_4 = info.scalars_u32[2] + l_3;
let l_5 = info.scalars_u32[2] + info.scalars_u32[3];
let l_6 = local_idx / u32(16);
let l_7 = local_idx % u32(16);
let l_9 = l_4 < l_5;
if l_9 {
a_11[u32(0)] = f32(0.0);
a_12[u32(0)] = f32(0.0);
a_13[u32(0)] = f32(0.0);
a_11[u32(1)] = f32(0.0);
a_12[u32(1)] = f32(0.0);
a_13[u32(1)] = f32(0.0);
a_11[u32(2)] = f32(0.0);
a_12[u32(2)] = f32(0.0);
a_13[u32(2)] = f32(0.0);
a_11[u32(3)] = f32(0.0);
a_12[u32(3)] = f32(0.0);
a_13[u32(3)] = f32(0.0);
let l_14 = l_1 * u32(64);
l_mut_15 = l_14;
loop {
let l_16 = l_mut_15 < l_0;
let l_17 = !l_16;
if l_17 {
break;
}
let l_18 = info.dynamic_meta[info.static_meta[u32(16)] + u32(0)];
let l_19 = info.dynamic_meta[info.static_meta[u32(17)] + u32(0)];
let l_20 = info.dynamic_meta[info.static_meta[u32(16)] + u32(1)];
let l_21 = local_idx / u32(16);
let l_22 = local_idx % u32(16);
a_10[u32(0)] = f32(0.0);
a_10[u32(1)] = f32(0.0);
a_10[u32(2)] = f32(0.0);
a_10[u32(3)] = f32(0.0);
a_10[u32(4)] = f32(0.0);
a_10[u32(5)] = f32(0.0);
a_10[u32(6)] = f32(0.0);
a_10[u32(7)] = f32(0.0);
a_10[u32(8)] = f32(0.0);
a_10[u32(9)] = f32(0.0);
a_10[u32(10)] = f32(0.0);
a_10[u32(11)] = f32(0.0);
a_10[u32(12)] = f32(0.0);
a_10[u32(13)] = f32(0.0);
a_10[u32(14)] = f32(0.0);
a_10[u32(15)] = f32(0.0);
l_mut_23 = u32(0);
loop {
let l_24 = l_mut_23 < l_20;
let l_25 = !l_24;
if l_25 {
break;
}
l_mut_26 = local_idx;
loop {
let l_27 = l_mut_26 < u32(1024);
let l_28 = !l_27;
if l_28 {
break;
}
let l_29 = l_mut_26 / u32(16);
let l_30 = l_mut_26 % u32(16);
let l_31 = l_mut_23 + l_30;
let l_32 = l_4 + l_29;
let l_33 = l_mut_15 + l_29;
l_mut_34 = f32(0.0);
l_mut_35 = f32(0.0);
let l_36 = l_32 < l_18;
let l_37 = l_31 < l_20;
let l_38 = l_36 && l_37;
if l_38 {
let l_39 = info.dynamic_meta[info.static_meta[u32(18)] + u32(0)];
let l_40 = l_32 * l_39;
let l_41 = info.dynamic_meta[info.static_meta[u32(18)] + u32(1)];
let l_42 = l_31 * l_41;
let l_43 = l_40 + l_42;
let l_1277 = info.static_meta[u32(0)];
let l_1278 = l_1277 * u32(1);
let l_1279 = l_43 < l_1278;
let l_1280 = l_1278 - u32(1);
let l_1281 = min(l_43, l_1280);
let l_1282 = buffer_0_global[l_1281];
let l_1283 = select(f32(0.0), l_1282, l_1279);
let l_44 = l_1283;
l_mut_34 = l_44;
}
let l_45 = l_33 < l_19;
let l_46 = l_31 < l_20;
let l_47 = l_45 && l_46;
if l_47 {
let l_48 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_49 = l_33 * l_48;
let l_50 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_51 = l_31 * l_50;
let l_52 = l_49 + l_51;
let l_1284 = info.static_meta[u32(1)];
let l_1285 = l_1284 * u32(1);
let l_1286 = l_52 < l_1285;
let l_1287 = l_1285 - u32(1);
let l_1288 = min(l_52, l_1287);
let l_1289 = buffer_1_global[l_1288];
let l_1290 = select(f32(0.0), l_1289, l_1286);
let l_53 = l_1290;
l_mut_35 = l_53;
}
let l_54 = l_29 * u32(17);
let l_55 = l_mut_26 % u32(16);
let l_56 = l_54 + l_55;
shared_memory_8[l_56] = l_mut_34;
let l_57 = l_29 * u32(17);
let l_58 = u32(1088) + l_57;
let l_59 = l_mut_26 % u32(16);
let l_60 = l_58 + l_59;
shared_memory_8[l_60] = l_mut_35;
l_mut_26 = l_mut_26 + u32(256);
}
workgroupBarrier();

for (var l_mut_61: u32 = u32(0); l_mut_61 < u32(16); l_mut_61++) {
let l_62 = l_21 + u32(0);
let l_63 = l_62 * u32(17);
let l_64 = l_63 + l_mut_61;
let l_65 = shared_memory_8[l_64];
let l_66 = l_22 + u32(0);
let l_67 = l_66 * u32(17);
let l_68 = u32(1088) + l_67;
let l_69 = l_68 + l_mut_61;
let l_70 = shared_memory_8[l_69];
let l_71 = l_65 * l_70;
let l_72 = a_10[u32(0)];
let l_73 = l_72 + l_71;
a_10[u32(0)] = l_73;
let l_74 = l_22 + u32(16);
let l_75 = l_74 * u32(17);
let l_76 = u32(1088) + l_75;
let l_77 = l_76 + l_mut_61;
let l_78 = shared_memory_8[l_77];
let l_79 = l_65 * l_78;
let l_80 = a_10[u32(1)];
let l_81 = l_80 + l_79;
a_10[u32(1)] = l_81;
let l_82 = l_22 + u32(32);
let l_83 = l_82 * u32(17);
let l_84 = u32(1088) + l_83;
let l_85 = l_84 + l_mut_61;
let l_86 = shared_memory_8[l_85];
let l_87 = l_65 * l_86;
let l_88 = a_10[u32(2)];
let l_89 = l_88 + l_87;
a_10[u32(2)] = l_89;
let l_90 = l_22 + u32(48);
let l_91 = l_90 * u32(17);
let l_92 = u32(1088) + l_91;
let l_93 = l_92 + l_mut_61;
let l_94 = shared_memory_8[l_93];
let l_95 = l_65 * l_94;
let l_96 = a_10[u32(3)];
let l_97 = l_96 + l_95;
a_10[u32(3)] = l_97;
let l_98 = l_21 + u32(16);
let l_99 = l_98 * u32(17);
let l_100 = l_99 + l_mut_61;
let l_101 = shared_memory_8[l_100];
let l_102 = l_22 + u32(0);
let l_103 = l_102 * u32(17);
let l_104 = u32(1088) + l_103;
let l_105 = l_104 + l_mut_61;
let l_106 = shared_memory_8[l_105];
let l_107 = l_101 * l_106;
let l_108 = a_10[u32(4)];
let l_109 = l_108 + l_107;
a_10[u32(4)] = l_109;
let l_110 = l_22 + u32(16);
let l_111 = l_110 * u32(17);
let l_112 = u32(1088) + l_111;
let l_113 = l_112 + l_mut_61;
let l_114 = shared_memory_8[l_113];
let l_115 = l_101 * l_114;
let l_116 = a_10[u32(5)];
let l_117 = l_116 + l_115;
a_10[u32(5)] = l_117;
let l_118 = l_22 + u32(32);
let l_119 = l_118 * u32(17);
let l_120 = u32(1088) + l_119;
let l_121 = l_120 + l_mut_61;
let l_122 = shared_memory_8[l_121];
let l_123 = l_101 * l_122;
let l_124 = a_10[u32(6)];
let l_125 = l_124 + l_123;
a_10[u32(6)] = l_125;
let l_126 = l_22 + u32(48);
let l_127 = l_126 * u32(17);
let l_128 = u32(1088) + l_127;
let l_129 = l_128 + l_mut_61;
let l_130 = shared_memory_8[l_129];
let l_131 = l_101 * l_130;
let l_132 = a_10[u32(7)];
let l_133 = l_132 + l_131;
a_10[u32(7)] = l_133;
let l_134 = l_21 + u32(32);
let l_135 = l_134 * u32(17);
let l_136 = l_135 + l_mut_61;
let l_137 = shared_memory_8[l_136];
let l_138 = l_22 + u32(0);
let l_139 = l_138 * u32(17);
let l_140 = u32(1088) + l_139;
let l_141 = l_140 + l_mut_61;
let l_142 = shared_memory_8[l_141];
let l_143 = l_137 * l_142;
let l_144 = a_10[u32(8)];
let l_145 = l_144 + l_143;
a_10[u32(8)] = l_145;
let l_146 = l_22 + u32(16);
let l_147 = l_146 * u32(17);
let l_148 = u32(1088) + l_147;
let l_149 = l_148 + l_mut_61;
let l_150 = shared_memory_8[l_149];
let l_151 = l_137 * l_150;
let l_152 = a_10[u32(9)];
let l_153 = l_152 + l_151;
a_10[u32(9)] = l_153;
let l_154 = l_22 + u32(32);
let l_155 = l_154 * u32(17);
let l_156 = u32(1088) + l_155;
let l_157 = l_156 + l_mut_61;
let l_158 = shared_memory_8[l_157];
let l_159 = l_137 * l_158;
let l_160 = a_10[u32(10)];
let l_161 = l_160 + l_159;
a_10[u32(10)] = l_161;
let l_162 = l_22 + u32(48);
let l_163 = l_162 * u32(17);
let l_164 = u32(1088) + l_163;
let l_165 = l_164 + l_mut_61;
let l_166 = shared_memory_8[l_165];
let l_167 = l_137 * l_166;
let l_168 = a_10[u32(11)];
let l_169 = l_168 + l_167;
a_10[u32(11)] = l_169;
let l_170 = l_21 + u32(48);
let l_171 = l_170 * u32(17);
let l_172 = l_171 + l_mut_61;
let l_173 = shared_memory_8[l_172];
let l_174 = l_22 + u32(0);
let l_175 = l_174 * u32(17);
let l_176 = u32(1088) + l_175;
let l_177 = l_176 + l_mut_61;
let l_178 = shared_memory_8[l_177];
let l_179 = l_173 * l_178;
let l_180 = a_10[u32(12)];
let l_181 = l_180 + l_179;
a_10[u32(12)] = l_181;
let l_182 = l_22 + u32(16);
let l_183 = l_182 * u32(17);
let l_184 = u32(1088) + l_183;
let l_185 = l_184 + l_mut_61;
let l_186 = shared_memory_8[l_185];
let l_187 = l_173 * l_186;
let l_188 = a_10[u32(13)];
let l_189 = l_188 + l_187;
a_10[u32(13)] = l_189;
let l_190 = l_22 + u32(32);
let l_191 = l_190 * u32(17);
let l_192 = u32(1088) + l_191;
let l_193 = l_192 + l_mut_61;
let l_194 = shared_memory_8[l_193];
let l_195 = l_173 * l_194;
let l_196 = a_10[u32(14)];
let l_197 = l_196 + l_195;
a_10[u32(14)] = l_197;
let l_198 = l_22 + u32(48);
let l_199 = l_198 * u32(17);
let l_200 = u32(1088) + l_199;
let l_201 = l_200 + l_mut_61;
let l_202 = shared_memory_8[l_201];
let l_203 = l_173 * l_202;
let l_204 = a_10[u32(15)];
let l_205 = l_204 + l_203;
a_10[u32(15)] = l_205;
}
workgroupBarrier();
l_mut_23 = l_mut_23 + u32(16);
}
let l_206 = l_4 + l_6;
let l_207 = l_206 + u32(0);
let l_208 = l_mut_15 + l_7;
let l_209 = l_208 + u32(0);
let l_210 = l_207 < l_5;
let l_211 = l_209 < l_0;
let l_212 = l_210 && l_211;
if l_212 {
let l_213 = a_10[u32(0)];
let l_214 = info.scalars_f32[0] * l_213;
l_mut_35 = l_214;
let l_1291 = info.static_meta[u32(2)];
let l_1292 = l_1291 * u32(1);
let l_1293 = l_207 < l_1292;
let l_1294 = l_1292 - u32(1);
let l_1295 = min(l_207, l_1294);
let l_1296 = buffer_2_global[l_1295];
let l_1297 = select(f32(0.0), l_1296, l_1293);
let l_215 = l_1297;
let l_1298 = info.static_meta[u32(3)];
let l_1299 = l_1298 * u32(1);
let l_1300 = l_209 < l_1299;
let l_1301 = l_1299 - u32(1);
let l_1302 = min(l_209, l_1301);
let l_1303 = buffer_3_global[l_1302];
let l_1304 = select(f32(0.0), l_1303, l_1300);
let l_216 = l_1304;
let l_217 = l_215 * l_216;
l_mut_35 = l_mut_35 / l_217;
let l_218 = l_207 + info.scalars_u32[0];
let l_219 = l_209 + info.scalars_u32[1];
let l_220 = l_218 == l_219;
let l_221 = select(f32(-1.0), f32(1.0), l_220);
let l_222 = l_mut_35 + info.scalars_f32[1];
let l_223 = l_221 * l_222;
let l_224 = min(l_223, f32(0.0));
let l_225 = abs(l_223);
let l_226 = -l_225;
let l_227 = exp(l_226);
let l_228 = f32(2.0) + l_227;
let l_229 = l_227 / l_228;
let l_230 = l_229 * l_229;
l_mut_34 = f32(0.05882352963089943);
let l_231 = l_230 * l_mut_34;
let l_232 = f32(0.06666667014360428) + l_231;
l_mut_34 = l_232;
let l_233 = l_230 * l_mut_34;
let l_234 = f32(0.07692307978868484) + l_233;
l_mut_34 = l_234;
let l_235 = l_230 * l_mut_34;
let l_236 = f32(0.09090909361839294) + l_235;
l_mut_34 = l_236;
let l_237 = l_230 * l_mut_34;
let l_238 = f32(0.1111111119389534) + l_237;
l_mut_34 = l_238;
let l_239 = l_230 * l_mut_34;
let l_240 = f32(0.1428571492433548) + l_239;
l_mut_34 = l_240;
let l_241 = l_230 * l_mut_34;
let l_242 = f32(0.20000000298023224) + l_241;
l_mut_34 = l_242;
let l_243 = l_230 * l_mut_34;
let l_244 = f32(0.3333333432674408) + l_243;
l_mut_34 = l_244;
let l_245 = l_230 * l_mut_34;
let l_246 = f32(1.0) + l_245;
l_mut_34 = l_246;
let l_247 = f32(2.0) * l_229;
let l_248 = l_247 * l_mut_34;
let l_249 = l_224 - l_248;
let l_250 = a_11[u32(0)];
let l_251 = l_250 + l_249;
a_11[u32(0)] = l_251;
let l_252 = -info.scalars_f32[3];
let l_253 = l_252 * l_221;
let l_254 = l_221 * l_222;
let l_255 = exp(l_254);
let l_256 = f32(1.0) + l_255;
let l_257 = l_253 / l_256;
let l_258 = l_257 * l_mut_35;
let l_259 = a_12[u32(0)];
let l_260 = l_259 + l_258;
a_12[u32(0)] = l_260;
let l_261 = a_13[u32(0)];
let l_262 = l_261 + l_257;
a_13[u32(0)] = l_262;
let l_263 = info.scalars_f32[0] * l_257;
l_mut_35 = l_263;
let l_1305 = info.static_meta[u32(2)];
let l_1306 = l_1305 * u32(1);
let l_1307 = l_207 < l_1306;
let l_1308 = l_1306 - u32(1);
let l_1309 = min(l_207, l_1308);
let l_1310 = buffer_2_global[l_1309];
let l_1311 = select(f32(0.0), l_1310, l_1307);
let l_264 = l_1311;
let l_1312 = info.static_meta[u32(3)];
let l_1313 = l_1312 * u32(1);
let l_1314 = l_209 < l_1313;
let l_1315 = l_1313 - u32(1);
let l_1316 = min(l_209, l_1315);
let l_1317 = buffer_3_global[l_1316];
let l_1318 = select(f32(0.0), l_1317, l_1314);
let l_265 = l_1318;
let l_266 = l_264 * l_265;
l_mut_35 = l_mut_35 / l_266;
let l_267 = l_207 - info.scalars_u32[2];
let l_268 = l_267 * l_0;
let l_269 = l_268 + l_209;
let l_1319 = info.static_meta[u32(4)];
let l_1320 = l_1319 * u32(1);
let l_1321 = l_269 < l_1320;
if l_1321 {
buffer_4_global[l_269] = l_mut_35;
}
}
let l_270 = l_mut_15 + l_7;
let l_271 = l_270 + u32(16);
let l_272 = l_207 < l_5;
let l_273 = l_271 < l_0;
let l_274 = l_272 && l_273;
if l_274 {
let l_275 = a_10[u32(1)];
let l_276 = info.scalars_f32[0] * l_275;
l_mut_35 = l_276;
let l_1322 = info.static_meta[u32(2)];
let l_1323 = l_1322 * u32(1);
let l_1324 = l_207 < l_1323;
let l_1325 = l_1323 - u32(1);
let l_1326 = min(l_207, l_1325);
let l_1327 = buffer_2_global[l_1326];
let l_1328 = select(f32(0.0), l_1327, l_1324);
let l_277 = l_1328;
let l_1329 = info.static_meta[u32(3)];
let l_1330 = l_1329 * u32(1);
let l_1331 = l_271 < l_1330;
let l_1332 = l_1330 - u32(1);
let l_1333 = min(l_271, l_1332);
let l_1334 = buffer_3_global[l_1333];
let l_1335 = select(f32(0.0), l_1334, l_1331);
let l_278 = l_1335;
let l_279 = l_277 * l_278;
l_mut_35 = l_mut_35 / l_279;
let l_280 = l_207 + info.scalars_u32[0];
let l_281 = l_271 + info.scalars_u32[1];
let l_282 = l_280 == l_281;
let l_283 = select(f32(-1.0), f32(1.0), l_282);
let l_284 = l_mut_35 + info.scalars_f32[1];
let l_285 = l_283 * l_284;
let l_286 = min(l_285, f32(0.0));
let l_287 = abs(l_285);
let l_288 = -l_287;
let l_289 = exp(l_288);
let l_290 = f32(2.0) + l_289;
let l_291 = l_289 / l_290;
let l_292 = l_291 * l_291;
l_mut_34 = f32(0.05882352963089943);
let l_293 = l_292 * l_mut_34;
let l_294 = f32(0.06666667014360428) + l_293;
l_mut_34 = l_294;
let l_295 = l_292 * l_mut_34;
let l_296 = f32(0.07692307978868484) + l_295;
l_mut_34 = l_296;
let l_297 = l_292 * l_mut_34;
let l_298 = f32(0.09090909361839294) + l_297;
l_mut_34 = l_298;
let l_299 = l_292 * l_mut_34;
let l_300 = f32(0.1111111119389534) + l_299;
l_mut_34 = l_300;
let l_301 = l_292 * l_mut_34;
let l_302 = f32(0.1428571492433548) + l_301;
l_mut_34 = l_302;
let l_303 = l_292 * l_mut_34;
let l_304 = f32(0.20000000298023224) + l_303;
l_mut_34 = l_304;
let l_305 = l_292 * l_mut_34;
let l_306 = f32(0.3333333432674408) + l_305;
l_mut_34 = l_306;
let l_307 = l_292 * l_mut_34;
let l_308 = f32(1.0) + l_307;
l_mut_34 = l_308;
let l_309 = f32(2.0) * l_291;
let l_310 = l_309 * l_mut_34;
let l_311 = l_286 - l_310;
let l_312 = a_11[u32(0)];
let l_313 = l_312 + l_311;
a_11[u32(0)] = l_313;
let l_314 = -info.scalars_f32[3];
let l_315 = l_314 * l_283;
let l_316 = l_283 * l_284;
let l_317 = exp(l_316);
let l_318 = f32(1.0) + l_317;
let l_319 = l_315 / l_318;
let l_320 = l_319 * l_mut_35;
let l_321 = a_12[u32(0)];
let l_322 = l_321 + l_320;
a_12[u32(0)] = l_322;
let l_323 = a_13[u32(0)];
let l_324 = l_323 + l_319;
a_13[u32(0)] = l_324;
let l_325 = info.scalars_f32[0] * l_319;
l_mut_35 = l_325;
let l_1336 = info.static_meta[u32(2)];
let l_1337 = l_1336 * u32(1);
let l_1338 = l_207 < l_1337;
let l_1339 = l_1337 - u32(1);
let l_1340 = min(l_207, l_1339);
let l_1341 = buffer_2_global[l_1340];
let l_1342 = select(f32(0.0), l_1341, l_1338);
let l_326 = l_1342;
let l_1343 = info.static_meta[u32(3)];
let l_1344 = l_1343 * u32(1);
let l_1345 = l_271 < l_1344;
let l_1346 = l_1344 - u32(1);
let l_1347 = min(l_271, l_1346);
let l_1348 = buffer_3_global[l_1347];
let l_1349 = select(f32(0.0), l_1348, l_1345);
let l_327 = l_1349;
let l_328 = l_326 * l_327;
l_mut_35 = l_mut_35 / l_328;
let l_329 = l_207 - info.scalars_u32[2];
let l_330 = l_329 * l_0;
let l_331 = l_330 + l_271;
let l_1350 = info.static_meta[u32(4)];
let l_1351 = l_1350 * u32(1);
let l_1352 = l_331 < l_1351;
if l_1352 {
buffer_4_global[l_331] = l_mut_35;
}
}
let l_332 = l_mut_15 + l_7;
let l_333 = l_332 + u32(32);
let l_334 = l_207 < l_5;
let l_335 = l_333 < l_0;
let l_336 = l_334 && l_335;
if l_336 {
let l_337 = a_10[u32(2)];
let l_338 = info.scalars_f32[0] * l_337;
l_mut_35 = l_338;
let l_1353 = info.static_meta[u32(2)];
let l_1354 = l_1353 * u32(1);
let l_1355 = l_207 < l_1354;
let l_1356 = l_1354 - u32(1);
let l_1357 = min(l_207, l_1356);
let l_1358 = buffer_2_global[l_1357];
let l_1359 = select(f32(0.0), l_1358, l_1355);
let l_339 = l_1359;
let l_1360 = info.static_meta[u32(3)];
let l_1361 = l_1360 * u32(1);
let l_1362 = l_333 < l_1361;
let l_1363 = l_1361 - u32(1);
let l_1364 = min(l_333, l_1363);
let l_1365 = buffer_3_global[l_1364];
let l_1366 = select(f32(0.0), l_1365, l_1362);
let l_340 = l_1366;
let l_341 = l_339 * l_340;
l_mut_35 = l_mut_35 / l_341;
let l_342 = l_207 + info.scalars_u32[0];
let l_343 = l_333 + info.scalars_u32[1];
let l_344 = l_342 == l_343;
let l_345 = select(f32(-1.0), f32(1.0), l_344);
let l_346 = l_mut_35 + info.scalars_f32[1];
let l_347 = l_345 * l_346;
let l_348 = min(l_347, f32(0.0));
let l_349 = abs(l_347);
let l_350 = -l_349;
let l_351 = exp(l_350);
let l_352 = f32(2.0) + l_351;
let l_353 = l_351 / l_352;
let l_354 = l_353 * l_353;
l_mut_34 = f32(0.05882352963089943);
let l_355 = l_354 * l_mut_34;
let l_356 = f32(0.06666667014360428) + l_355;
l_mut_34 = l_356;
let l_357 = l_354 * l_mut_34;
let l_358 = f32(0.07692307978868484) + l_357;
l_mut_34 = l_358;
let l_359 = l_354 * l_mut_34;
let l_360 = f32(0.09090909361839294) + l_359;
l_mut_34 = l_360;
let l_361 = l_354 * l_mut_34;
let l_362 = f32(0.1111111119389534) + l_361;
l_mut_34 = l_362;
let l_363 = l_354 * l_mut_34;
let l_364 = f32(0.1428571492433548) + l_363;
l_mut_34 = l_364;
let l_365 = l_354 * l_mut_34;
let l_366 = f32(0.20000000298023224) + l_365;
l_mut_34 = l_366;
let l_367 = l_354 * l_mut_34;
let l_368 = f32(0.3333333432674408) + l_367;
l_mut_34 = l_368;
let l_369 = l_354 * l_mut_34;
let l_370 = f32(1.0) + l_369;
l_mut_34 = l_370;
let l_371 = f32(2.0) * l_353;
let l_372 = l_371 * l_mut_34;
let l_373 = l_348 - l_372;
let l_374 = a_11[u32(0)];
let l_375 = l_374 + l_373;
a_11[u32(0)] = l_375;
let l_376 = -info.scalars_f32[3];
let l_377 = l_376 * l_345;
let l_378 = l_345 * l_346;
let l_379 = exp(l_378);
let l_380 = f32(1.0) + l_379;
let l_381 = l_377 / l_380;
let l_382 = l_381 * l_mut_35;
let l_383 = a_12[u32(0)];
let l_384 = l_383 + l_382;
a_12[u32(0)] = l_384;
let l_385 = a_13[u32(0)];
let l_386 = l_385 + l_381;
a_13[u32(0)] = l_386;
let l_387 = info.scalars_f32[0] * l_381;
l_mut_35 = l_387;
let l_1367 = info.static_meta[u32(2)];
let l_1368 = l_1367 * u32(1);
let l_1369 = l_207 < l_1368;
let l_1370 = l_1368 - u32(1);
let l_1371 = min(l_207, l_1370);
let l_1372 = buffer_2_global[l_1371];
let l_1373 = select(f32(0.0), l_1372, l_1369);
let l_388 = l_1373;
let l_1374 = info.static_meta[u32(3)];
let l_1375 = l_1374 * u32(1);
let l_1376 = l_333 < l_1375;
let l_1377 = l_1375 - u32(1);
let l_1378 = min(l_333, l_1377);
let l_1379 = buffer_3_global[l_1378];
let l_1380 = select(f32(0.0), l_1379, l_1376);
let l_389 = l_1380;
let l_390 = l_388 * l_389;
l_mut_35 = l_mut_35 / l_390;
let l_391 = l_207 - info.scalars_u32[2];
let l_392 = l_391 * l_0;
let l_393 = l_392 + l_333;
let l_1381 = info.static_meta[u32(4)];
let l_1382 = l_1381 * u32(1);
let l_1383 = l_393 < l_1382;
if l_1383 {
buffer_4_global[l_393] = l_mut_35;
}
}
let l_394 = l_mut_15 + l_7;
let l_395 = l_394 + u32(48);
let l_396 = l_207 < l_5;
let l_397 = l_395 < l_0;
let l_398 = l_396 && l_397;
if l_398 {
let l_399 = a_10[u32(3)];
let l_400 = info.scalars_f32[0] * l_399;
l_mut_35 = l_400;
let l_1384 = info.static_meta[u32(2)];
let l_1385 = l_1384 * u32(1);
let l_1386 = l_207 < l_1385;
let l_1387 = l_1385 - u32(1);
let l_1388 = min(l_207, l_1387);
let l_1389 = buffer_2_global[l_1388];
let l_1390 = select(f32(0.0), l_1389, l_1386);
let l_401 = l_1390;
let l_1391 = info.static_meta[u32(3)];
let l_1392 = l_1391 * u32(1);
let l_1393 = l_395 < l_1392;
let l_1394 = l_1392 - u32(1);
let l_1395 = min(l_395, l_1394);
let l_1396 = buffer_3_global[l_1395];
let l_1397 = select(f32(0.0), l_1396, l_1393);
let l_402 = l_1397;
let l_403 = l_401 * l_402;
l_mut_35 = l_mut_35 / l_403;
let l_404 = l_207 + info.scalars_u32[0];
let l_405 = l_395 + info.scalars_u32[1];
let l_406 = l_404 == l_405;
let l_407 = select(f32(-1.0), f32(1.0), l_406);
let l_408 = l_mut_35 + info.scalars_f32[1];
let l_409 = l_407 * l_408;
let l_410 = min(l_409, f32(0.0));
let l_411 = abs(l_409);
let l_412 = -l_411;
let l_413 = exp(l_412);
let l_414 = f32(2.0) + l_413;
let l_415 = l_413 / l_414;
let l_416 = l_415 * l_415;
l_mut_34 = f32(0.05882352963089943);
let l_417 = l_416 * l_mut_34;
let l_418 = f32(0.06666667014360428) + l_417;
l_mut_34 = l_418;
let l_419 = l_416 * l_mut_34;
let l_420 = f32(0.07692307978868484) + l_419;
l_mut_34 = l_420;
let l_421 = l_416 * l_mut_34;
let l_422 = f32(0.09090909361839294) + l_421;
l_mut_34 = l_422;
let l_423 = l_416 * l_mut_34;
let l_424 = f32(0.1111111119389534) + l_423;
l_mut_34 = l_424;
let l_425 = l_416 * l_mut_34;
let l_426 = f32(0.1428571492433548) + l_425;
l_mut_34 = l_426;
let l_427 = l_416 * l_mut_34;
let l_428 = f32(0.20000000298023224) + l_427;
l_mut_34 = l_428;
let l_429 = l_416 * l_mut_34;
let l_430 = f32(0.3333333432674408) + l_429;
l_mut_34 = l_430;
let l_431 = l_416 * l_mut_34;
let l_432 = f32(1.0) + l_431;
l_mut_34 = l_432;
let l_433 = f32(2.0) * l_415;
let l_434 = l_433 * l_mut_34;
let l_435 = l_410 - l_434;
let l_436 = a_11[u32(0)];
let l_437 = l_436 + l_435;
a_11[u32(0)] = l_437;
let l_438 = -info.scalars_f32[3];
let l_439 = l_438 * l_407;
let l_440 = l_407 * l_408;
let l_441 = exp(l_440);
let l_442 = f32(1.0) + l_441;
let l_443 = l_439 / l_442;
let l_444 = l_443 * l_mut_35;
let l_445 = a_12[u32(0)];
let l_446 = l_445 + l_444;
a_12[u32(0)] = l_446;
let l_447 = a_13[u32(0)];
let l_448 = l_447 + l_443;
a_13[u32(0)] = l_448;
let l_449 = info.scalars_f32[0] * l_443;
l_mut_35 = l_449;
let l_1398 = info.static_meta[u32(2)];
let l_1399 = l_1398 * u32(1);
let l_1400 = l_207 < l_1399;
let l_1401 = l_1399 - u32(1);
let l_1402 = min(l_207, l_1401);
let l_1403 = buffer_2_global[l_1402];
let l_1404 = select(f32(0.0), l_1403, l_1400);
let l_450 = l_1404;
let l_1405 = info.static_meta[u32(3)];
let l_1406 = l_1405 * u32(1);
let l_1407 = l_395 < l_1406;
let l_1408 = l_1406 - u32(1);
let l_1409 = min(l_395, l_1408);
let l_1410 = buffer_3_global[l_1409];
let l_1411 = select(f32(0.0), l_1410, l_1407);
let l_451 = l_1411;
let l_452 = l_450 * l_451;
l_mut_35 = l_mut_35 / l_452;
let l_453 = l_207 - info.scalars_u32[2];
let l_454 = l_453 * l_0;
let l_455 = l_454 + l_395;
let l_1412 = info.static_meta[u32(4)];
let l_1413 = l_1412 * u32(1);
let l_1414 = l_455 < l_1413;
if l_1414 {
buffer_4_global[l_455] = l_mut_35;
}
}
let l_456 = l_4 + l_6;
let l_457 = l_456 + u32(16);
let l_458 = l_mut_15 + l_7;
let l_459 = l_458 + u32(0);
let l_460 = l_457 < l_5;
let l_461 = l_459 < l_0;
let l_462 = l_460 && l_461;
if l_462 {
let l_463 = a_10[u32(4)];
let l_464 = info.scalars_f32[0] * l_463;
l_mut_35 = l_464;
let l_1415 = info.static_meta[u32(2)];
let l_1416 = l_1415 * u32(1);
let l_1417 = l_457 < l_1416;
let l_1418 = l_1416 - u32(1);
let l_1419 = min(l_457, l_1418);
let l_1420 = buffer_2_global[l_1419];
let l_1421 = select(f32(0.0), l_1420, l_1417);
let l_465 = l_1421;
let l_1422 = info.static_meta[u32(3)];
let l_1423 = l_1422 * u32(1);
let l_1424 = l_459 < l_1423;
let l_1425 = l_1423 - u32(1);
let l_1426 = min(l_459, l_1425);
let l_1427 = buffer_3_global[l_1426];
let l_1428 = select(f32(0.0), l_1427, l_1424);
let l_466 = l_1428;
let l_467 = l_465 * l_466;
l_mut_35 = l_mut_35 / l_467;
let l_468 = l_457 + info.scalars_u32[0];
let l_469 = l_459 + info.scalars_u32[1];
let l_470 = l_468 == l_469;
let l_471 = select(f32(-1.0), f32(1.0), l_470);
let l_472 = l_mut_35 + info.scalars_f32[1];
let l_473 = l_471 * l_472;
let l_474 = min(l_473, f32(0.0));
let l_475 = abs(l_473);
let l_476 = -l_475;
let l_477 = exp(l_476);
let l_478 = f32(2.0) + l_477;
let l_479 = l_477 / l_478;
let l_480 = l_479 * l_479;
l_mut_34 = f32(0.05882352963089943);
let l_481 = l_480 * l_mut_34;
let l_482 = f32(0.06666667014360428) + l_481;
l_mut_34 = l_482;
let l_483 = l_480 * l_mut_34;
let l_484 = f32(0.07692307978868484) + l_483;
l_mut_34 = l_484;
let l_485 = l_480 * l_mut_34;
let l_486 = f32(0.09090909361839294) + l_485;
l_mut_34 = l_486;
let l_487 = l_480 * l_mut_34;
let l_488 = f32(0.1111111119389534) + l_487;
l_mut_34 = l_488;
let l_489 = l_480 * l_mut_34;
let l_490 = f32(0.1428571492433548) + l_489;
l_mut_34 = l_490;
let l_491 = l_480 * l_mut_34;
let l_492 = f32(0.20000000298023224) + l_491;
l_mut_34 = l_492;
let l_493 = l_480 * l_mut_34;
let l_494 = f32(0.3333333432674408) + l_493;
l_mut_34 = l_494;
let l_495 = l_480 * l_mut_34;
let l_496 = f32(1.0) + l_495;
l_mut_34 = l_496;
let l_497 = f32(2.0) * l_479;
let l_498 = l_497 * l_mut_34;
let l_499 = l_474 - l_498;
let l_500 = a_11[u32(1)];
let l_501 = l_500 + l_499;
a_11[u32(1)] = l_501;
let l_502 = -info.scalars_f32[3];
let l_503 = l_502 * l_471;
let l_504 = l_471 * l_472;
let l_505 = exp(l_504);
let l_506 = f32(1.0) + l_505;
let l_507 = l_503 / l_506;
let l_508 = l_507 * l_mut_35;
let l_509 = a_12[u32(1)];
let l_510 = l_509 + l_508;
a_12[u32(1)] = l_510;
let l_511 = a_13[u32(1)];
let l_512 = l_511 + l_507;
a_13[u32(1)] = l_512;
let l_513 = info.scalars_f32[0] * l_507;
l_mut_35 = l_513;
let l_1429 = info.static_meta[u32(2)];
let l_1430 = l_1429 * u32(1);
let l_1431 = l_457 < l_1430;
let l_1432 = l_1430 - u32(1);
let l_1433 = min(l_457, l_1432);
let l_1434 = buffer_2_global[l_1433];
let l_1435 = select(f32(0.0), l_1434, l_1431);
let l_514 = l_1435;
let l_1436 = info.static_meta[u32(3)];
let l_1437 = l_1436 * u32(1);
let l_1438 = l_459 < l_1437;
let l_1439 = l_1437 - u32(1);
let l_1440 = min(l_459, l_1439);
let l_1441 = buffer_3_global[l_1440];
let l_1442 = select(f32(0.0), l_1441, l_1438);
let l_515 = l_1442;
let l_516 = l_514 * l_515;
l_mut_35 = l_mut_35 / l_516;
let l_517 = l_457 - info.scalars_u32[2];
let l_518 = l_517 * l_0;
let l_519 = l_518 + l_459;
let l_1443 = info.static_meta[u32(4)];
let l_1444 = l_1443 * u32(1);
let l_1445 = l_519 < l_1444;
if l_1445 {
buffer_4_global[l_519] = l_mut_35;
}
}
let l_520 = l_mut_15 + l_7;
let l_521 = l_520 + u32(16);
let l_522 = l_457 < l_5;
let l_523 = l_521 < l_0;
let l_524 = l_522 && l_523;
if l_524 {
let l_525 = a_10[u32(5)];
let l_526 = info.scalars_f32[0] * l_525;
l_mut_35 = l_526;
let l_1446 = info.static_meta[u32(2)];
let l_1447 = l_1446 * u32(1);
let l_1448 = l_457 < l_1447;
let l_1449 = l_1447 - u32(1);
let l_1450 = min(l_457, l_1449);
let l_1451 = buffer_2_global[l_1450];
let l_1452 = select(f32(0.0), l_1451, l_1448);
let l_527 = l_1452;
let l_1453 = info.static_meta[u32(3)];
let l_1454 = l_1453 * u32(1);
let l_1455 = l_521 < l_1454;
let l_1456 = l_1454 - u32(1);
let l_1457 = min(l_521, l_1456);
let l_1458 = buffer_3_global[l_1457];
let l_1459 = select(f32(0.0), l_1458, l_1455);
let l_528 = l_1459;
let l_529 = l_527 * l_528;
l_mut_35 = l_mut_35 / l_529;
let l_530 = l_457 + info.scalars_u32[0];
let l_531 = l_521 + info.scalars_u32[1];
let l_532 = l_530 == l_531;
let l_533 = select(f32(-1.0), f32(1.0), l_532);
let l_534 = l_mut_35 + info.scalars_f32[1];
let l_535 = l_533 * l_534;
let l_536 = min(l_535, f32(0.0));
let l_537 = abs(l_535);
let l_538 = -l_537;
let l_539 = exp(l_538);
let l_540 = f32(2.0) + l_539;
let l_541 = l_539 / l_540;
let l_542 = l_541 * l_541;
l_mut_34 = f32(0.05882352963089943);
let l_543 = l_542 * l_mut_34;
let l_544 = f32(0.06666667014360428) + l_543;
l_mut_34 = l_544;
let l_545 = l_542 * l_mut_34;
let l_546 = f32(0.07692307978868484) + l_545;
l_mut_34 = l_546;
let l_547 = l_542 * l_mut_34;
let l_548 = f32(0.09090909361839294) + l_547;
l_mut_34 = l_548;
let l_549 = l_542 * l_mut_34;
let l_550 = f32(0.1111111119389534) + l_549;
l_mut_34 = l_550;
let l_551 = l_542 * l_mut_34;
let l_552 = f32(0.1428571492433548) + l_551;
l_mut_34 = l_552;
let l_553 = l_542 * l_mut_34;
let l_554 = f32(0.20000000298023224) + l_553;
l_mut_34 = l_554;
let l_555 = l_542 * l_mut_34;
let l_556 = f32(0.3333333432674408) + l_555;
l_mut_34 = l_556;
let l_557 = l_542 * l_mut_34;
let l_558 = f32(1.0) + l_557;
l_mut_34 = l_558;
let l_559 = f32(2.0) * l_541;
let l_560 = l_559 * l_mut_34;
let l_561 = l_536 - l_560;
let l_562 = a_11[u32(1)];
let l_563 = l_562 + l_561;
a_11[u32(1)] = l_563;
let l_564 = -info.scalars_f32[3];
let l_565 = l_564 * l_533;
let l_566 = l_533 * l_534;
let l_567 = exp(l_566);
let l_568 = f32(1.0) + l_567;
let l_569 = l_565 / l_568;
let l_570 = l_569 * l_mut_35;
let l_571 = a_12[u32(1)];
let l_572 = l_571 + l_570;
a_12[u32(1)] = l_572;
let l_573 = a_13[u32(1)];
let l_574 = l_573 + l_569;
a_13[u32(1)] = l_574;
let l_575 = info.scalars_f32[0] * l_569;
l_mut_35 = l_575;
let l_1460 = info.static_meta[u32(2)];
let l_1461 = l_1460 * u32(1);
let l_1462 = l_457 < l_1461;
let l_1463 = l_1461 - u32(1);
let l_1464 = min(l_457, l_1463);
let l_1465 = buffer_2_global[l_1464];
let l_1466 = select(f32(0.0), l_1465, l_1462);
let l_576 = l_1466;
let l_1467 = info.static_meta[u32(3)];
let l_1468 = l_1467 * u32(1);
let l_1469 = l_521 < l_1468;
let l_1470 = l_1468 - u32(1);
let l_1471 = min(l_521, l_1470);
let l_1472 = buffer_3_global[l_1471];
let l_1473 = select(f32(0.0), l_1472, l_1469);
let l_577 = l_1473;
let l_578 = l_576 * l_577;
l_mut_35 = l_mut_35 / l_578;
let l_579 = l_457 - info.scalars_u32[2];
let l_580 = l_579 * l_0;
let l_581 = l_580 + l_521;
let l_1474 = info.static_meta[u32(4)];
let l_1475 = l_1474 * u32(1);
let l_1476 = l_581 < l_1475;
if l_1476 {
buffer_4_global[l_581] = l_mut_35;
}
}
let l_582 = l_mut_15 + l_7;
let l_583 = l_582 + u32(32);
let l_584 = l_457 < l_5;
let l_585 = l_583 < l_0;
let l_586 = l_584 && l_585;
if l_586 {
let l_587 = a_10[u32(6)];
let l_588 = info.scalars_f32[0] * l_587;
l_mut_35 = l_588;
let l_1477 = info.static_meta[u32(2)];
let l_1478 = l_1477 * u32(1);
let l_1479 = l_457 < l_1478;
let l_1480 = l_1478 - u32(1);
let l_1481 = min(l_457, l_1480);
let l_1482 = buffer_2_global[l_1481];
let l_1483 = select(f32(0.0), l_1482, l_1479);
let l_589 = l_1483;
let l_1484 = info.static_meta[u32(3)];
let l_1485 = l_1484 * u32(1);
let l_1486 = l_583 < l_1485;
let l_1487 = l_1485 - u32(1);
let l_1488 = min(l_583, l_1487);
let l_1489 = buffer_3_global[l_1488];
let l_1490 = select(f32(0.0), l_1489, l_1486);
let l_590 = l_1490;
let l_591 = l_589 * l_590;
l_mut_35 = l_mut_35 / l_591;
let l_592 = l_457 + info.scalars_u32[0];
let l_593 = l_583 + info.scalars_u32[1];
let l_594 = l_592 == l_593;
let l_595 = select(f32(-1.0), f32(1.0), l_594);
let l_596 = l_mut_35 + info.scalars_f32[1];
let l_597 = l_595 * l_596;
let l_598 = min(l_597, f32(0.0));
let l_599 = abs(l_597);
let l_600 = -l_599;
let l_601 = exp(l_600);
let l_602 = f32(2.0) + l_601;
let l_603 = l_601 / l_602;
let l_604 = l_603 * l_603;
l_mut_34 = f32(0.05882352963089943);
let l_605 = l_604 * l_mut_34;
let l_606 = f32(0.06666667014360428) + l_605;
l_mut_34 = l_606;
let l_607 = l_604 * l_mut_34;
let l_608 = f32(0.07692307978868484) + l_607;
l_mut_34 = l_608;
let l_609 = l_604 * l_mut_34;
let l_610 = f32(0.09090909361839294) + l_609;
l_mut_34 = l_610;
let l_611 = l_604 * l_mut_34;
let l_612 = f32(0.1111111119389534) + l_611;
l_mut_34 = l_612;
let l_613 = l_604 * l_mut_34;
let l_614 = f32(0.1428571492433548) + l_613;
l_mut_34 = l_614;
let l_615 = l_604 * l_mut_34;
let l_616 = f32(0.20000000298023224) + l_615;
l_mut_34 = l_616;
let l_617 = l_604 * l_mut_34;
let l_618 = f32(0.3333333432674408) + l_617;
l_mut_34 = l_618;
let l_619 = l_604 * l_mut_34;
let l_620 = f32(1.0) + l_619;
l_mut_34 = l_620;
let l_621 = f32(2.0) * l_603;
let l_622 = l_621 * l_mut_34;
let l_623 = l_598 - l_622;
let l_624 = a_11[u32(1)];
let l_625 = l_624 + l_623;
a_11[u32(1)] = l_625;
let l_626 = -info.scalars_f32[3];
let l_627 = l_626 * l_595;
let l_628 = l_595 * l_596;
let l_629 = exp(l_628);
let l_630 = f32(1.0) + l_629;
let l_631 = l_627 / l_630;
let l_632 = l_631 * l_mut_35;
let l_633 = a_12[u32(1)];
let l_634 = l_633 + l_632;
a_12[u32(1)] = l_634;
let l_635 = a_13[u32(1)];
let l_636 = l_635 + l_631;
a_13[u32(1)] = l_636;
let l_637 = info.scalars_f32[0] * l_631;
l_mut_35 = l_637;
let l_1491 = info.static_meta[u32(2)];
let l_1492 = l_1491 * u32(1);
let l_1493 = l_457 < l_1492;
let l_1494 = l_1492 - u32(1);
let l_1495 = min(l_457, l_1494);
let l_1496 = buffer_2_global[l_1495];
let l_1497 = select(f32(0.0), l_1496, l_1493);
let l_638 = l_1497;
let l_1498 = info.static_meta[u32(3)];
let l_1499 = l_1498 * u32(1);
let l_1500 = l_583 < l_1499;
let l_1501 = l_1499 - u32(1);
let l_1502 = min(l_583, l_1501);
let l_1503 = buffer_3_global[l_1502];
let l_1504 = select(f32(0.0), l_1503, l_1500);
let l_639 = l_1504;
let l_640 = l_638 * l_639;
l_mut_35 = l_mut_35 / l_640;
let l_641 = l_457 - info.scalars_u32[2];
let l_642 = l_641 * l_0;
let l_643 = l_642 + l_583;
let l_1505 = info.static_meta[u32(4)];
let l_1506 = l_1505 * u32(1);
let l_1507 = l_643 < l_1506;
if l_1507 {
buffer_4_global[l_643] = l_mut_35;
}
}
let l_644 = l_mut_15 + l_7;
let l_645 = l_644 + u32(48);
let l_646 = l_457 < l_5;
let l_647 = l_645 < l_0;
let l_648 = l_646 && l_647;
if l_648 {
let l_649 = a_10[u32(7)];
let l_650 = info.scalars_f32[0] * l_649;
l_mut_35 = l_650;
let l_1508 = info.static_meta[u32(2)];
let l_1509 = l_1508 * u32(1);
let l_1510 = l_457 < l_1509;
let l_1511 = l_1509 - u32(1);
let l_1512 = min(l_457, l_1511);
let l_1513 = buffer_2_global[l_1512];
let l_1514 = select(f32(0.0), l_1513, l_1510);
let l_651 = l_1514;
let l_1515 = info.static_meta[u32(3)];
let l_1516 = l_1515 * u32(1);
let l_1517 = l_645 < l_1516;
let l_1518 = l_1516 - u32(1);
let l_1519 = min(l_645, l_1518);
let l_1520 = buffer_3_global[l_1519];
let l_1521 = select(f32(0.0), l_1520, l_1517);
let l_652 = l_1521;
let l_653 = l_651 * l_652;
l_mut_35 = l_mut_35 / l_653;
let l_654 = l_457 + info.scalars_u32[0];
let l_655 = l_645 + info.scalars_u32[1];
let l_656 = l_654 == l_655;
let l_657 = select(f32(-1.0), f32(1.0), l_656);
let l_658 = l_mut_35 + info.scalars_f32[1];
let l_659 = l_657 * l_658;
let l_660 = min(l_659, f32(0.0));
let l_661 = abs(l_659);
let l_662 = -l_661;
let l_663 = exp(l_662);
let l_664 = f32(2.0) + l_663;
let l_665 = l_663 / l_664;
let l_666 = l_665 * l_665;
l_mut_34 = f32(0.05882352963089943);
let l_667 = l_666 * l_mut_34;
let l_668 = f32(0.06666667014360428) + l_667;
l_mut_34 = l_668;
let l_669 = l_666 * l_mut_34;
let l_670 = f32(0.07692307978868484) + l_669;
l_mut_34 = l_670;
let l_671 = l_666 * l_mut_34;
let l_672 = f32(0.09090909361839294) + l_671;
l_mut_34 = l_672;
let l_673 = l_666 * l_mut_34;
let l_674 = f32(0.1111111119389534) + l_673;
l_mut_34 = l_674;
let l_675 = l_666 * l_mut_34;
let l_676 = f32(0.1428571492433548) + l_675;
l_mut_34 = l_676;
let l_677 = l_666 * l_mut_34;
let l_678 = f32(0.20000000298023224) + l_677;
l_mut_34 = l_678;
let l_679 = l_666 * l_mut_34;
let l_680 = f32(0.3333333432674408) + l_679;
l_mut_34 = l_680;
let l_681 = l_666 * l_mut_34;
let l_682 = f32(1.0) + l_681;
l_mut_34 = l_682;
let l_683 = f32(2.0) * l_665;
let l_684 = l_683 * l_mut_34;
let l_685 = l_660 - l_684;
let l_686 = a_11[u32(1)];
let l_687 = l_686 + l_685;
a_11[u32(1)] = l_687;
let l_688 = -info.scalars_f32[3];
let l_689 = l_688 * l_657;
let l_690 = l_657 * l_658;
let l_691 = exp(l_690);
let l_692 = f32(1.0) + l_691;
let l_693 = l_689 / l_692;
let l_694 = l_693 * l_mut_35;
let l_695 = a_12[u32(1)];
let l_696 = l_695 + l_694;
a_12[u32(1)] = l_696;
let l_697 = a_13[u32(1)];
let l_698 = l_697 + l_693;
a_13[u32(1)] = l_698;
let l_699 = info.scalars_f32[0] * l_693;
l_mut_35 = l_699;
let l_1522 = info.static_meta[u32(2)];
let l_1523 = l_1522 * u32(1);
let l_1524 = l_457 < l_1523;
let l_1525 = l_1523 - u32(1);
let l_1526 = min(l_457, l_1525);
let l_1527 = buffer_2_global[l_1526];
let l_1528 = select(f32(0.0), l_1527, l_1524);
let l_700 = l_1528;
let l_1529 = info.static_meta[u32(3)];
let l_1530 = l_1529 * u32(1);
let l_1531 = l_645 < l_1530;
let l_1532 = l_1530 - u32(1);
let l_1533 = min(l_645, l_1532);
let l_1534 = buffer_3_global[l_1533];
let l_1535 = select(f32(0.0), l_1534, l_1531);
let l_701 = l_1535;
let l_702 = l_700 * l_701;
l_mut_35 = l_mut_35 / l_702;
let l_703 = l_457 - info.scalars_u32[2];
let l_704 = l_703 * l_0;
let l_705 = l_704 + l_645;
let l_1536 = info.static_meta[u32(4)];
let l_1537 = l_1536 * u32(1);
let l_1538 = l_705 < l_1537;
if l_1538 {
buffer_4_global[l_705] = l_mut_35;
}
}
let l_706 = l_4 + l_6;
let l_707 = l_706 + u32(32);
let l_708 = l_mut_15 + l_7;
let l_709 = l_708 + u32(0);
let l_710 = l_707 < l_5;
let l_711 = l_709 < l_0;
let l_712 = l_710 && l_711;
if l_712 {
let l_713 = a_10[u32(8)];
let l_714 = info.scalars_f32[0] * l_713;
l_mut_35 = l_714;
let l_1539 = info.static_meta[u32(2)];
let l_1540 = l_1539 * u32(1);
let l_1541 = l_707 < l_1540;
let l_1542 = l_1540 - u32(1);
let l_1543 = min(l_707, l_1542);
let l_1544 = buffer_2_global[l_1543];
let l_1545 = select(f32(0.0), l_1544, l_1541);
let l_715 = l_1545;
let l_1546 = info.static_meta[u32(3)];
let l_1547 = l_1546 * u32(1);
let l_1548 = l_709 < l_1547;
let l_1549 = l_1547 - u32(1);
let l_1550 = min(l_709, l_1549);
let l_1551 = buffer_3_global[l_1550];
let l_1552 = select(f32(0.0), l_1551, l_1548);
let l_716 = l_1552;
let l_717 = l_715 * l_716;
l_mut_35 = l_mut_35 / l_717;
let l_718 = l_707 + info.scalars_u32[0];
let l_719 = l_709 + info.scalars_u32[1];
let l_720 = l_718 == l_719;
let l_721 = select(f32(-1.0), f32(1.0), l_720);
let l_722 = l_mut_35 + info.scalars_f32[1];
let l_723 = l_721 * l_722;
let l_724 = min(l_723, f32(0.0));
let l_725 = abs(l_723);
let l_726 = -l_725;
let l_727 = exp(l_726);
let l_728 = f32(2.0) + l_727;
let l_729 = l_727 / l_728;
let l_730 = l_729 * l_729;
l_mut_34 = f32(0.05882352963089943);
let l_731 = l_730 * l_mut_34;
let l_732 = f32(0.06666667014360428) + l_731;
l_mut_34 = l_732;
let l_733 = l_730 * l_mut_34;
let l_734 = f32(0.07692307978868484) + l_733;
l_mut_34 = l_734;
let l_735 = l_730 * l_mut_34;
let l_736 = f32(0.09090909361839294) + l_735;
l_mut_34 = l_736;
let l_737 = l_730 * l_mut_34;
let l_738 = f32(0.1111111119389534) + l_737;
l_mut_34 = l_738;
let l_739 = l_730 * l_mut_34;
let l_740 = f32(0.1428571492433548) + l_739;
l_mut_34 = l_740;
let l_741 = l_730 * l_mut_34;
let l_742 = f32(0.20000000298023224) + l_741;
l_mut_34 = l_742;
let l_743 = l_730 * l_mut_34;
let l_744 = f32(0.3333333432674408) + l_743;
l_mut_34 = l_744;
let l_745 = l_730 * l_mut_34;
let l_746 = f32(1.0) + l_745;
l_mut_34 = l_746;
let l_747 = f32(2.0) * l_729;
let l_748 = l_747 * l_mut_34;
let l_749 = l_724 - l_748;
let l_750 = a_11[u32(2)];
let l_751 = l_750 + l_749;
a_11[u32(2)] = l_751;
let l_752 = -info.scalars_f32[3];
let l_753 = l_752 * l_721;
let l_754 = l_721 * l_722;
let l_755 = exp(l_754);
let l_756 = f32(1.0) + l_755;
let l_757 = l_753 / l_756;
let l_758 = l_757 * l_mut_35;
let l_759 = a_12[u32(2)];
let l_760 = l_759 + l_758;
a_12[u32(2)] = l_760;
let l_761 = a_13[u32(2)];
let l_762 = l_761 + l_757;
a_13[u32(2)] = l_762;
let l_763 = info.scalars_f32[0] * l_757;
l_mut_35 = l_763;
let l_1553 = info.static_meta[u32(2)];
let l_1554 = l_1553 * u32(1);
let l_1555 = l_707 < l_1554;
let l_1556 = l_1554 - u32(1);
let l_1557 = min(l_707, l_1556);
let l_1558 = buffer_2_global[l_1557];
let l_1559 = select(f32(0.0), l_1558, l_1555);
let l_764 = l_1559;
let l_1560 = info.static_meta[u32(3)];
let l_1561 = l_1560 * u32(1);
let l_1562 = l_709 < l_1561;
let l_1563 = l_1561 - u32(1);
let l_1564 = min(l_709, l_1563);
let l_1565 = buffer_3_global[l_1564];
let l_1566 = select(f32(0.0), l_1565, l_1562);
let l_765 = l_1566;
let l_766 = l_764 * l_765;
l_mut_35 = l_mut_35 / l_766;
let l_767 = l_707 - info.scalars_u32[2];
let l_768 = l_767 * l_0;
let l_769 = l_768 + l_709;
let l_1567 = info.static_meta[u32(4)];
let l_1568 = l_1567 * u32(1);
let l_1569 = l_769 < l_1568;
if l_1569 {
buffer_4_global[l_769] = l_mut_35;
}
}
let l_770 = l_mut_15 + l_7;
let l_771 = l_770 + u32(16);
let l_772 = l_707 < l_5;
let l_773 = l_771 < l_0;
let l_774 = l_772 && l_773;
if l_774 {
let l_775 = a_10[u32(9)];
let l_776 = info.scalars_f32[0] * l_775;
l_mut_35 = l_776;
let l_1570 = info.static_meta[u32(2)];
let l_1571 = l_1570 * u32(1);
let l_1572 = l_707 < l_1571;
let l_1573 = l_1571 - u32(1);
let l_1574 = min(l_707, l_1573);
let l_1575 = buffer_2_global[l_1574];
let l_1576 = select(f32(0.0), l_1575, l_1572);
let l_777 = l_1576;
let l_1577 = info.static_meta[u32(3)];
let l_1578 = l_1577 * u32(1);
let l_1579 = l_771 < l_1578;
let l_1580 = l_1578 - u32(1);
let l_1581 = min(l_771, l_1580);
let l_1582 = buffer_3_global[l_1581];
let l_1583 = select(f32(0.0), l_1582, l_1579);
let l_778 = l_1583;
let l_779 = l_777 * l_778;
l_mut_35 = l_mut_35 / l_779;
let l_780 = l_707 + info.scalars_u32[0];
let l_781 = l_771 + info.scalars_u32[1];
let l_782 = l_780 == l_781;
let l_783 = select(f32(-1.0), f32(1.0), l_782);
let l_784 = l_mut_35 + info.scalars_f32[1];
let l_785 = l_783 * l_784;
let l_786 = min(l_785, f32(0.0));
let l_787 = abs(l_785);
let l_788 = -l_787;
let l_789 = exp(l_788);
let l_790 = f32(2.0) + l_789;
let l_791 = l_789 / l_790;
let l_792 = l_791 * l_791;
l_mut_34 = f32(0.05882352963089943);
let l_793 = l_792 * l_mut_34;
let l_794 = f32(0.06666667014360428) + l_793;
l_mut_34 = l_794;
let l_795 = l_792 * l_mut_34;
let l_796 = f32(0.07692307978868484) + l_795;
l_mut_34 = l_796;
let l_797 = l_792 * l_mut_34;
let l_798 = f32(0.09090909361839294) + l_797;
l_mut_34 = l_798;
let l_799 = l_792 * l_mut_34;
let l_800 = f32(0.1111111119389534) + l_799;
l_mut_34 = l_800;
let l_801 = l_792 * l_mut_34;
let l_802 = f32(0.1428571492433548) + l_801;
l_mut_34 = l_802;
let l_803 = l_792 * l_mut_34;
let l_804 = f32(0.20000000298023224) + l_803;
l_mut_34 = l_804;
let l_805 = l_792 * l_mut_34;
let l_806 = f32(0.3333333432674408) + l_805;
l_mut_34 = l_806;
let l_807 = l_792 * l_mut_34;
let l_808 = f32(1.0) + l_807;
l_mut_34 = l_808;
let l_809 = f32(2.0) * l_791;
let l_810 = l_809 * l_mut_34;
let l_811 = l_786 - l_810;
let l_812 = a_11[u32(2)];
let l_813 = l_812 + l_811;
a_11[u32(2)] = l_813;
let l_814 = -info.scalars_f32[3];
let l_815 = l_814 * l_783;
let l_816 = l_783 * l_784;
let l_817 = exp(l_816);
let l_818 = f32(1.0) + l_817;
let l_819 = l_815 / l_818;
let l_820 = l_819 * l_mut_35;
let l_821 = a_12[u32(2)];
let l_822 = l_821 + l_820;
a_12[u32(2)] = l_822;
let l_823 = a_13[u32(2)];
let l_824 = l_823 + l_819;
a_13[u32(2)] = l_824;
let l_825 = info.scalars_f32[0] * l_819;
l_mut_35 = l_825;
let l_1584 = info.static_meta[u32(2)];
let l_1585 = l_1584 * u32(1);
let l_1586 = l_707 < l_1585;
let l_1587 = l_1585 - u32(1);
let l_1588 = min(l_707, l_1587);
let l_1589 = buffer_2_global[l_1588];
let l_1590 = select(f32(0.0), l_1589, l_1586);
let l_826 = l_1590;
let l_1591 = info.static_meta[u32(3)];
let l_1592 = l_1591 * u32(1);
let l_1593 = l_771 < l_1592;
let l_1594 = l_1592 - u32(1);
let l_1595 = min(l_771, l_1594);
let l_1596 = buffer_3_global[l_1595];
let l_1597 = select(f32(0.0), l_1596, l_1593);
let l_827 = l_1597;
let l_828 = l_826 * l_827;
l_mut_35 = l_mut_35 / l_828;
let l_829 = l_707 - info.scalars_u32[2];
let l_830 = l_829 * l_0;
let l_831 = l_830 + l_771;
let l_1598 = info.static_meta[u32(4)];
let l_1599 = l_1598 * u32(1);
let l_1600 = l_831 < l_1599;
if l_1600 {
buffer_4_global[l_831] = l_mut_35;
}
}
let l_832 = l_mut_15 + l_7;
let l_833 = l_832 + u32(32);
let l_834 = l_707 < l_5;
let l_835 = l_833 < l_0;
let l_836 = l_834 && l_835;
if l_836 {
let l_837 = a_10[u32(10)];
let l_838 = info.scalars_f32[0] * l_837;
l_mut_35 = l_838;
let l_1601 = info.static_meta[u32(2)];
let l_1602 = l_1601 * u32(1);
let l_1603 = l_707 < l_1602;
let l_1604 = l_1602 - u32(1);
let l_1605 = min(l_707, l_1604);
let l_1606 = buffer_2_global[l_1605];
let l_1607 = select(f32(0.0), l_1606, l_1603);
let l_839 = l_1607;
let l_1608 = info.static_meta[u32(3)];
let l_1609 = l_1608 * u32(1);
let l_1610 = l_833 < l_1609;
let l_1611 = l_1609 - u32(1);
let l_1612 = min(l_833, l_1611);
let l_1613 = buffer_3_global[l_1612];
let l_1614 = select(f32(0.0), l_1613, l_1610);
let l_840 = l_1614;
let l_841 = l_839 * l_840;
l_mut_35 = l_mut_35 / l_841;
let l_842 = l_707 + info.scalars_u32[0];
let l_843 = l_833 + info.scalars_u32[1];
let l_844 = l_842 == l_843;
let l_845 = select(f32(-1.0), f32(1.0), l_844);
let l_846 = l_mut_35 + info.scalars_f32[1];
let l_847 = l_845 * l_846;
let l_848 = min(l_847, f32(0.0));
let l_849 = abs(l_847);
let l_850 = -l_849;
let l_851 = exp(l_850);
let l_852 = f32(2.0) + l_851;
let l_853 = l_851 / l_852;
let l_854 = l_853 * l_853;
l_mut_34 = f32(0.05882352963089943);
let l_855 = l_854 * l_mut_34;
let l_856 = f32(0.06666667014360428) + l_855;
l_mut_34 = l_856;
let l_857 = l_854 * l_mut_34;
let l_858 = f32(0.07692307978868484) + l_857;
l_mut_34 = l_858;
let l_859 = l_854 * l_mut_34;
let l_860 = f32(0.09090909361839294) + l_859;
l_mut_34 = l_860;
let l_861 = l_854 * l_mut_34;
let l_862 = f32(0.1111111119389534) + l_861;
l_mut_34 = l_862;
let l_863 = l_854 * l_mut_34;
let l_864 = f32(0.1428571492433548) + l_863;
l_mut_34 = l_864;
let l_865 = l_854 * l_mut_34;
let l_866 = f32(0.20000000298023224) + l_865;
l_mut_34 = l_866;
let l_867 = l_854 * l_mut_34;
let l_868 = f32(0.3333333432674408) + l_867;
l_mut_34 = l_868;
let l_869 = l_854 * l_mut_34;
let l_870 = f32(1.0) + l_869;
l_mut_34 = l_870;
let l_871 = f32(2.0) * l_853;
let l_872 = l_871 * l_mut_34;
let l_873 = l_848 - l_872;
let l_874 = a_11[u32(2)];
let l_875 = l_874 + l_873;
a_11[u32(2)] = l_875;
let l_876 = -info.scalars_f32[3];
let l_877 = l_876 * l_845;
let l_878 = l_845 * l_846;
let l_879 = exp(l_878);
let l_880 = f32(1.0) + l_879;
let l_881 = l_877 / l_880;
let l_882 = l_881 * l_mut_35;
let l_883 = a_12[u32(2)];
let l_884 = l_883 + l_882;
a_12[u32(2)] = l_884;
let l_885 = a_13[u32(2)];
let l_886 = l_885 + l_881;
a_13[u32(2)] = l_886;
let l_887 = info.scalars_f32[0] * l_881;
l_mut_35 = l_887;
let l_1615 = info.static_meta[u32(2)];
let l_1616 = l_1615 * u32(1);
let l_1617 = l_707 < l_1616;
let l_1618 = l_1616 - u32(1);
let l_1619 = min(l_707, l_1618);
let l_1620 = buffer_2_global[l_1619];
let l_1621 = select(f32(0.0), l_1620, l_1617);
let l_888 = l_1621;
let l_1622 = info.static_meta[u32(3)];
let l_1623 = l_1622 * u32(1);
let l_1624 = l_833 < l_1623;
let l_1625 = l_1623 - u32(1);
let l_1626 = min(l_833, l_1625);
let l_1627 = buffer_3_global[l_1626];
let l_1628 = select(f32(0.0), l_1627, l_1624);
let l_889 = l_1628;
let l_890 = l_888 * l_889;
l_mut_35 = l_mut_35 / l_890;
let l_891 = l_707 - info.scalars_u32[2];
let l_892 = l_891 * l_0;
let l_893 = l_892 + l_833;
let l_1629 = info.static_meta[u32(4)];
let l_1630 = l_1629 * u32(1);
let l_1631 = l_893 < l_1630;
if l_1631 {
buffer_4_global[l_893] = l_mut_35;
}
}
let l_894 = l_mut_15 + l_7;
let l_895 = l_894 + u32(48);
let l_896 = l_707 < l_5;
let l_897 = l_895 < l_0;
let l_898 = l_896 && l_897;
if l_898 {
let l_899 = a_10[u32(11)];
let l_900 = info.scalars_f32[0] * l_899;
l_mut_35 = l_900;
let l_1632 = info.static_meta[u32(2)];
let l_1633 = l_1632 * u32(1);
let l_1634 = l_707 < l_1633;
let l_1635 = l_1633 - u32(1);
let l_1636 = min(l_707, l_1635);
let l_1637 = buffer_2_global[l_1636];
let l_1638 = select(f32(0.0), l_1637, l_1634);
let l_901 = l_1638;
let l_1639 = info.static_meta[u32(3)];
let l_1640 = l_1639 * u32(1);
let l_1641 = l_895 < l_1640;
let l_1642 = l_1640 - u32(1);
let l_1643 = min(l_895, l_1642);
let l_1644 = buffer_3_global[l_1643];
let l_1645 = select(f32(0.0), l_1644, l_1641);
let l_902 = l_1645;
let l_903 = l_901 * l_902;
l_mut_35 = l_mut_35 / l_903;
let l_904 = l_707 + info.scalars_u32[0];
let l_905 = l_895 + info.scalars_u32[1];
let l_906 = l_904 == l_905;
let l_907 = select(f32(-1.0), f32(1.0), l_906);
let l_908 = l_mut_35 + info.scalars_f32[1];
let l_909 = l_907 * l_908;
let l_910 = min(l_909, f32(0.0));
let l_911 = abs(l_909);
let l_912 = -l_911;
let l_913 = exp(l_912);
let l_914 = f32(2.0) + l_913;
let l_915 = l_913 / l_914;
let l_916 = l_915 * l_915;
l_mut_34 = f32(0.05882352963089943);
let l_917 = l_916 * l_mut_34;
let l_918 = f32(0.06666667014360428) + l_917;
l_mut_34 = l_918;
let l_919 = l_916 * l_mut_34;
let l_920 = f32(0.07692307978868484) + l_919;
l_mut_34 = l_920;
let l_921 = l_916 * l_mut_34;
let l_922 = f32(0.09090909361839294) + l_921;
l_mut_34 = l_922;
let l_923 = l_916 * l_mut_34;
let l_924 = f32(0.1111111119389534) + l_923;
l_mut_34 = l_924;
let l_925 = l_916 * l_mut_34;
let l_926 = f32(0.1428571492433548) + l_925;
l_mut_34 = l_926;
let l_927 = l_916 * l_mut_34;
let l_928 = f32(0.20000000298023224) + l_927;
l_mut_34 = l_928;
let l_929 = l_916 * l_mut_34;
let l_930 = f32(0.3333333432674408) + l_929;
l_mut_34 = l_930;
let l_931 = l_916 * l_mut_34;
let l_932 = f32(1.0) + l_931;
l_mut_34 = l_932;
let l_933 = f32(2.0) * l_915;
let l_934 = l_933 * l_mut_34;
let l_935 = l_910 - l_934;
let l_936 = a_11[u32(2)];
let l_937 = l_936 + l_935;
a_11[u32(2)] = l_937;
let l_938 = -info.scalars_f32[3];
let l_939 = l_938 * l_907;
let l_940 = l_907 * l_908;
let l_941 = exp(l_940);
let l_942 = f32(1.0) + l_941;
let l_943 = l_939 / l_942;
let l_944 = l_943 * l_mut_35;
let l_945 = a_12[u32(2)];
let l_946 = l_945 + l_944;
a_12[u32(2)] = l_946;
let l_947 = a_13[u32(2)];
let l_948 = l_947 + l_943;
a_13[u32(2)] = l_948;
let l_949 = info.scalars_f32[0] * l_943;
l_mut_35 = l_949;
let l_1646 = info.static_meta[u32(2)];
let l_1647 = l_1646 * u32(1);
let l_1648 = l_707 < l_1647;
let l_1649 = l_1647 - u32(1);
let l_1650 = min(l_707, l_1649);
let l_1651 = buffer_2_global[l_1650];
let l_1652 = select(f32(0.0), l_1651, l_1648);
let l_950 = l_1652;
let l_1653 = info.static_meta[u32(3)];
let l_1654 = l_1653 * u32(1);
let l_1655 = l_895 < l_1654;
let l_1656 = l_1654 - u32(1);
let l_1657 = min(l_895, l_1656);
let l_1658 = buffer_3_global[l_1657];
let l_1659 = select(f32(0.0), l_1658, l_1655);
let l_951 = l_1659;
let l_952 = l_950 * l_951;
l_mut_35 = l_mut_35 / l_952;
let l_953 = l_707 - info.scalars_u32[2];
let l_954 = l_953 * l_0;
let l_955 = l_954 + l_895;
let l_1660 = info.static_meta[u32(4)];
let l_1661 = l_1660 * u32(1);
let l_1662 = l_955 < l_1661;
if l_1662 {
buffer_4_global[l_955] = l_mut_35;
}
}
let l_956 = l_4 + l_6;
let l_957 = l_956 + u32(48);
let l_958 = l_mut_15 + l_7;
let l_959 = l_958 + u32(0);
let l_960 = l_957 < l_5;
let l_961 = l_959 < l_0;
let l_962 = l_960 && l_961;
if l_962 {
let l_963 = a_10[u32(12)];
let l_964 = info.scalars_f32[0] * l_963;
l_mut_35 = l_964;
let l_1663 = info.static_meta[u32(2)];
let l_1664 = l_1663 * u32(1);
let l_1665 = l_957 < l_1664;
let l_1666 = l_1664 - u32(1);
let l_1667 = min(l_957, l_1666);
let l_1668 = buffer_2_global[l_1667];
let l_1669 = select(f32(0.0), l_1668, l_1665);
let l_965 = l_1669;
let l_1670 = info.static_meta[u32(3)];
let l_1671 = l_1670 * u32(1);
let l_1672 = l_959 < l_1671;
let l_1673 = l_1671 - u32(1);
let l_1674 = min(l_959, l_1673);
let l_1675 = buffer_3_global[l_1674];
let l_1676 = select(f32(0.0), l_1675, l_1672);
let l_966 = l_1676;
let l_967 = l_965 * l_966;
l_mut_35 = l_mut_35 / l_967;
let l_968 = l_957 + info.scalars_u32[0];
let l_969 = l_959 + info.scalars_u32[1];
let l_970 = l_968 == l_969;
let l_971 = select(f32(-1.0), f32(1.0), l_970);
let l_972 = l_mut_35 + info.scalars_f32[1];
let l_973 = l_971 * l_972;
let l_974 = min(l_973, f32(0.0));
let l_975 = abs(l_973);
let l_976 = -l_975;
let l_977 = exp(l_976);
let l_978 = f32(2.0) + l_977;
let l_979 = l_977 / l_978;
let l_980 = l_979 * l_979;
l_mut_34 = f32(0.05882352963089943);
let l_981 = l_980 * l_mut_34;
let l_982 = f32(0.06666667014360428) + l_981;
l_mut_34 = l_982;
let l_983 = l_980 * l_mut_34;
let l_984 = f32(0.07692307978868484) + l_983;
l_mut_34 = l_984;
let l_985 = l_980 * l_mut_34;
let l_986 = f32(0.09090909361839294) + l_985;
l_mut_34 = l_986;
let l_987 = l_980 * l_mut_34;
let l_988 = f32(0.1111111119389534) + l_987;
l_mut_34 = l_988;
let l_989 = l_980 * l_mut_34;
let l_990 = f32(0.1428571492433548) + l_989;
l_mut_34 = l_990;
let l_991 = l_980 * l_mut_34;
let l_992 = f32(0.20000000298023224) + l_991;
l_mut_34 = l_992;
let l_993 = l_980 * l_mut_34;
let l_994 = f32(0.3333333432674408) + l_993;
l_mut_34 = l_994;
let l_995 = l_980 * l_mut_34;
let l_996 = f32(1.0) + l_995;
l_mut_34 = l_996;
let l_997 = f32(2.0) * l_979;
let l_998 = l_997 * l_mut_34;
let l_999 = l_974 - l_998;
let l_1000 = a_11[u32(3)];
let l_1001 = l_1000 + l_999;
a_11[u32(3)] = l_1001;
let l_1002 = -info.scalars_f32[3];
let l_1003 = l_1002 * l_971;
let l_1004 = l_971 * l_972;
let l_1005 = exp(l_1004);
let l_1006 = f32(1.0) + l_1005;
let l_1007 = l_1003 / l_1006;
let l_1008 = l_1007 * l_mut_35;
let l_1009 = a_12[u32(3)];
let l_1010 = l_1009 + l_1008;
a_12[u32(3)] = l_1010;
let l_1011 = a_13[u32(3)];
let l_1012 = l_1011 + l_1007;
a_13[u32(3)] = l_1012;
let l_1013 = info.scalars_f32[0] * l_1007;
l_mut_35 = l_1013;
let l_1677 = info.static_meta[u32(2)];
let l_1678 = l_1677 * u32(1);
let l_1679 = l_957 < l_1678;
let l_1680 = l_1678 - u32(1);
let l_1681 = min(l_957, l_1680);
let l_1682 = buffer_2_global[l_1681];
let l_1683 = select(f32(0.0), l_1682, l_1679);
let l_1014 = l_1683;
let l_1684 = info.static_meta[u32(3)];
let l_1685 = l_1684 * u32(1);
let l_1686 = l_959 < l_1685;
let l_1687 = l_1685 - u32(1);
let l_1688 = min(l_959, l_1687);
let l_1689 = buffer_3_global[l_1688];
let l_1690 = select(f32(0.0), l_1689, l_1686);
let l_1015 = l_1690;
let l_1016 = l_1014 * l_1015;
l_mut_35 = l_mut_35 / l_1016;
let l_1017 = l_957 - info.scalars_u32[2];
let l_1018 = l_1017 * l_0;
let l_1019 = l_1018 + l_959;
let l_1691 = info.static_meta[u32(4)];
let l_1692 = l_1691 * u32(1);
let l_1693 = l_1019 < l_1692;
if l_1693 {
buffer_4_global[l_1019] = l_mut_35;
}
}
let l_1020 = l_mut_15 + l_7;
let l_1021 = l_1020 + u32(16);
let l_1022 = l_957 < l_5;
let l_1023 = l_1021 < l_0;
let l_1024 = l_1022 && l_1023;
if l_1024 {
let l_1025 = a_10[u32(13)];
let l_1026 = info.scalars_f32[0] * l_1025;
l_mut_35 = l_1026;
let l_1694 = info.static_meta[u32(2)];
let l_1695 = l_1694 * u32(1);
let l_1696 = l_957 < l_1695;
let l_1697 = l_1695 - u32(1);
let l_1698 = min(l_957, l_1697);
let l_1699 = buffer_2_global[l_1698];
let l_1700 = select(f32(0.0), l_1699, l_1696);
let l_1027 = l_1700;
let l_1701 = info.static_meta[u32(3)];
let l_1702 = l_1701 * u32(1);
let l_1703 = l_1021 < l_1702;
let l_1704 = l_1702 - u32(1);
let l_1705 = min(l_1021, l_1704);
let l_1706 = buffer_3_global[l_1705];
let l_1707 = select(f32(0.0), l_1706, l_1703);
let l_1028 = l_1707;
let l_1029 = l_1027 * l_1028;
l_mut_35 = l_mut_35 / l_1029;
let l_1030 = l_957 + info.scalars_u32[0];
let l_1031 = l_1021 + info.scalars_u32[1];
let l_1032 = l_1030 == l_1031;
let l_1033 = select(f32(-1.0), f32(1.0), l_1032);
let l_1034 = l_mut_35 + info.scalars_f32[1];
let l_1035 = l_1033 * l_1034;
let l_1036 = min(l_1035, f32(0.0));
let l_1037 = abs(l_1035);
let l_1038 = -l_1037;
let l_1039 = exp(l_1038);
let l_1040 = f32(2.0) + l_1039;
let l_1041 = l_1039 / l_1040;
let l_1042 = l_1041 * l_1041;
l_mut_34 = f32(0.05882352963089943);
let l_1043 = l_1042 * l_mut_34;
let l_1044 = f32(0.06666667014360428) + l_1043;
l_mut_34 = l_1044;
let l_1045 = l_1042 * l_mut_34;
let l_1046 = f32(0.07692307978868484) + l_1045;
l_mut_34 = l_1046;
let l_1047 = l_1042 * l_mut_34;
let l_1048 = f32(0.09090909361839294) + l_1047;
l_mut_34 = l_1048;
let l_1049 = l_1042 * l_mut_34;
let l_1050 = f32(0.1111111119389534) + l_1049;
l_mut_34 = l_1050;
let l_1051 = l_1042 * l_mut_34;
let l_1052 = f32(0.1428571492433548) + l_1051;
l_mut_34 = l_1052;
let l_1053 = l_1042 * l_mut_34;
let l_1054 = f32(0.20000000298023224) + l_1053;
l_mut_34 = l_1054;
let l_1055 = l_1042 * l_mut_34;
let l_1056 = f32(0.3333333432674408) + l_1055;
l_mut_34 = l_1056;
let l_1057 = l_1042 * l_mut_34;
let l_1058 = f32(1.0) + l_1057;
l_mut_34 = l_1058;
let l_1059 = f32(2.0) * l_1041;
let l_1060 = l_1059 * l_mut_34;
let l_1061 = l_1036 - l_1060;
let l_1062 = a_11[u32(3)];
let l_1063 = l_1062 + l_1061;
a_11[u32(3)] = l_1063;
let l_1064 = -info.scalars_f32[3];
let l_1065 = l_1064 * l_1033;
let l_1066 = l_1033 * l_1034;
let l_1067 = exp(l_1066);
let l_1068 = f32(1.0) + l_1067;
let l_1069 = l_1065 / l_1068;
let l_1070 = l_1069 * l_mut_35;
let l_1071 = a_12[u32(3)];
let l_1072 = l_1071 + l_1070;
a_12[u32(3)] = l_1072;
let l_1073 = a_13[u32(3)];
let l_1074 = l_1073 + l_1069;
a_13[u32(3)] = l_1074;
let l_1075 = info.scalars_f32[0] * l_1069;
l_mut_35 = l_1075;
let l_1708 = info.static_meta[u32(2)];
let l_1709 = l_1708 * u32(1);
let l_1710 = l_957 < l_1709;
let l_1711 = l_1709 - u32(1);
let l_1712 = min(l_957, l_1711);
let l_1713 = buffer_2_global[l_1712];
let l_1714 = select(f32(0.0), l_1713, l_1710);
let l_1076 = l_1714;
let l_1715 = info.static_meta[u32(3)];
let l_1716 = l_1715 * u32(1);
let l_1717 = l_1021 < l_1716;
let l_1718 = l_1716 - u32(1);
let l_1719 = min(l_1021, l_1718);
let l_1720 = buffer_3_global[l_1719];
let l_1721 = select(f32(0.0), l_1720, l_1717);
let l_1077 = l_1721;
let l_1078 = l_1076 * l_1077;
l_mut_35 = l_mut_35 / l_1078;
let l_1079 = l_957 - info.scalars_u32[2];
let l_1080 = l_1079 * l_0;
let l_1081 = l_1080 + l_1021;
let l_1722 = info.static_meta[u32(4)];
let l_1723 = l_1722 * u32(1);
let l_1724 = l_1081 < l_1723;
if l_1724 {
buffer_4_global[l_1081] = l_mut_35;
}
}
let l_1082 = l_mut_15 + l_7;
let l_1083 = l_1082 + u32(32);
let l_1084 = l_957 < l_5;
let l_1085 = l_1083 < l_0;
let l_1086 = l_1084 && l_1085;
if l_1086 {
let l_1087 = a_10[u32(14)];
let l_1088 = info.scalars_f32[0] * l_1087;
l_mut_35 = l_1088;
let l_1725 = info.static_meta[u32(2)];
let l_1726 = l_1725 * u32(1);
let l_1727 = l_957 < l_1726;
let l_1728 = l_1726 - u32(1);
let l_1729 = min(l_957, l_1728);
let l_1730 = buffer_2_global[l_1729];
let l_1731 = select(f32(0.0), l_1730, l_1727);
let l_1089 = l_1731;
let l_1732 = info.static_meta[u32(3)];
let l_1733 = l_1732 * u32(1);
let l_1734 = l_1083 < l_1733;
let l_1735 = l_1733 - u32(1);
let l_1736 = min(l_1083, l_1735);
let l_1737 = buffer_3_global[l_1736];
let l_1738 = select(f32(0.0), l_1737, l_1734);
let l_1090 = l_1738;
let l_1091 = l_1089 * l_1090;
l_mut_35 = l_mut_35 / l_1091;
let l_1092 = l_957 + info.scalars_u32[0];
let l_1093 = l_1083 + info.scalars_u32[1];
let l_1094 = l_1092 == l_1093;
let l_1095 = select(f32(-1.0), f32(1.0), l_1094);
let l_1096 = l_mut_35 + info.scalars_f32[1];
let l_1097 = l_1095 * l_1096;
let l_1098 = min(l_1097, f32(0.0));
let l_1099 = abs(l_1097);
let l_1100 = -l_1099;
let l_1101 = exp(l_1100);
let l_1102 = f32(2.0) + l_1101;
let l_1103 = l_1101 / l_1102;
let l_1104 = l_1103 * l_1103;
l_mut_34 = f32(0.05882352963089943);
let l_1105 = l_1104 * l_mut_34;
let l_1106 = f32(0.06666667014360428) + l_1105;
l_mut_34 = l_1106;
let l_1107 = l_1104 * l_mut_34;
let l_1108 = f32(0.07692307978868484) + l_1107;
l_mut_34 = l_1108;
let l_1109 = l_1104 * l_mut_34;
let l_1110 = f32(0.09090909361839294) + l_1109;
l_mut_34 = l_1110;
let l_1111 = l_1104 * l_mut_34;
let l_1112 = f32(0.1111111119389534) + l_1111;
l_mut_34 = l_1112;
let l_1113 = l_1104 * l_mut_34;
let l_1114 = f32(0.1428571492433548) + l_1113;
l_mut_34 = l_1114;
let l_1115 = l_1104 * l_mut_34;
let l_1116 = f32(0.20000000298023224) + l_1115;
l_mut_34 = l_1116;
let l_1117 = l_1104 * l_mut_34;
let l_1118 = f32(0.3333333432674408) + l_1117;
l_mut_34 = l_1118;
let l_1119 = l_1104 * l_mut_34;
let l_1120 = f32(1.0) + l_1119;
l_mut_34 = l_1120;
let l_1121 = f32(2.0) * l_1103;
let l_1122 = l_1121 * l_mut_34;
let l_1123 = l_1098 - l_1122;
let l_1124 = a_11[u32(3)];
let l_1125 = l_1124 + l_1123;
a_11[u32(3)] = l_1125;
let l_1126 = -info.scalars_f32[3];
let l_1127 = l_1126 * l_1095;
let l_1128 = l_1095 * l_1096;
let l_1129 = exp(l_1128);
let l_1130 = f32(1.0) + l_1129;
let l_1131 = l_1127 / l_1130;
let l_1132 = l_1131 * l_mut_35;
let l_1133 = a_12[u32(3)];
let l_1134 = l_1133 + l_1132;
a_12[u32(3)] = l_1134;
let l_1135 = a_13[u32(3)];
let l_1136 = l_1135 + l_1131;
a_13[u32(3)] = l_1136;
let l_1137 = info.scalars_f32[0] * l_1131;
l_mut_35 = l_1137;
let l_1739 = info.static_meta[u32(2)];
let l_1740 = l_1739 * u32(1);
let l_1741 = l_957 < l_1740;
let l_1742 = l_1740 - u32(1);
let l_1743 = min(l_957, l_1742);
let l_1744 = buffer_2_global[l_1743];
let l_1745 = select(f32(0.0), l_1744, l_1741);
let l_1138 = l_1745;
let l_1746 = info.static_meta[u32(3)];
let l_1747 = l_1746 * u32(1);
let l_1748 = l_1083 < l_1747;
let l_1749 = l_1747 - u32(1);
let l_1750 = min(l_1083, l_1749);
let l_1751 = buffer_3_global[l_1750];
let l_1752 = select(f32(0.0), l_1751, l_1748);
let l_1139 = l_1752;
let l_1140 = l_1138 * l_1139;
l_mut_35 = l_mut_35 / l_1140;
let l_1141 = l_957 - info.scalars_u32[2];
let l_1142 = l_1141 * l_0;
let l_1143 = l_1142 + l_1083;
let l_1753 = info.static_meta[u32(4)];
let l_1754 = l_1753 * u32(1);
let l_1755 = l_1143 < l_1754;
if l_1755 {
buffer_4_global[l_1143] = l_mut_35;
}
}
let l_1144 = l_mut_15 + l_7;
let l_1145 = l_1144 + u32(48);
let l_1146 = l_957 < l_5;
let l_1147 = l_1145 < l_0;
let l_1148 = l_1146 && l_1147;
if l_1148 {
let l_1149 = a_10[u32(15)];
let l_1150 = info.scalars_f32[0] * l_1149;
l_mut_35 = l_1150;
let l_1756 = info.static_meta[u32(2)];
let l_1757 = l_1756 * u32(1);
let l_1758 = l_957 < l_1757;
let l_1759 = l_1757 - u32(1);
let l_1760 = min(l_957, l_1759);
let l_1761 = buffer_2_global[l_1760];
let l_1762 = select(f32(0.0), l_1761, l_1758);
let l_1151 = l_1762;
let l_1763 = info.static_meta[u32(3)];
let l_1764 = l_1763 * u32(1);
let l_1765 = l_1145 < l_1764;
let l_1766 = l_1764 - u32(1);
let l_1767 = min(l_1145, l_1766);
let l_1768 = buffer_3_global[l_1767];
let l_1769 = select(f32(0.0), l_1768, l_1765);
let l_1152 = l_1769;
let l_1153 = l_1151 * l_1152;
l_mut_35 = l_mut_35 / l_1153;
let l_1154 = l_957 + info.scalars_u32[0];
let l_1155 = l_1145 + info.scalars_u32[1];
let l_1156 = l_1154 == l_1155;
let l_1157 = select(f32(-1.0), f32(1.0), l_1156);
let l_1158 = l_mut_35 + info.scalars_f32[1];
let l_1159 = l_1157 * l_1158;
let l_1160 = min(l_1159, f32(0.0));
let l_1161 = abs(l_1159);
let l_1162 = -l_1161;
let l_1163 = exp(l_1162);
let l_1164 = f32(2.0) + l_1163;
let l_1165 = l_1163 / l_1164;
let l_1166 = l_1165 * l_1165;
l_mut_34 = f32(0.05882352963089943);
let l_1167 = l_1166 * l_mut_34;
let l_1168 = f32(0.06666667014360428) + l_1167;
l_mut_34 = l_1168;
let l_1169 = l_1166 * l_mut_34;
let l_1170 = f32(0.07692307978868484) + l_1169;
l_mut_34 = l_1170;
let l_1171 = l_1166 * l_mut_34;
let l_1172 = f32(0.09090909361839294) + l_1171;
l_mut_34 = l_1172;
let l_1173 = l_1166 * l_mut_34;
let l_1174 = f32(0.1111111119389534) + l_1173;
l_mut_34 = l_1174;
let l_1175 = l_1166 * l_mut_34;
let l_1176 = f32(0.1428571492433548) + l_1175;
l_mut_34 = l_1176;
let l_1177 = l_1166 * l_mut_34;
let l_1178 = f32(0.20000000298023224) + l_1177;
l_mut_34 = l_1178;
let l_1179 = l_1166 * l_mut_34;
let l_1180 = f32(0.3333333432674408) + l_1179;
l_mut_34 = l_1180;
let l_1181 = l_1166 * l_mut_34;
let l_1182 = f32(1.0) + l_1181;
l_mut_34 = l_1182;
let l_1183 = f32(2.0) * l_1165;
let l_1184 = l_1183 * l_mut_34;
let l_1185 = l_1160 - l_1184;
let l_1186 = a_11[u32(3)];
let l_1187 = l_1186 + l_1185;
a_11[u32(3)] = l_1187;
let l_1188 = -info.scalars_f32[3];
let l_1189 = l_1188 * l_1157;
let l_1190 = l_1157 * l_1158;
let l_1191 = exp(l_1190);
let l_1192 = f32(1.0) + l_1191;
let l_1193 = l_1189 / l_1192;
let l_1194 = l_1193 * l_mut_35;
let l_1195 = a_12[u32(3)];
let l_1196 = l_1195 + l_1194;
a_12[u32(3)] = l_1196;
let l_1197 = a_13[u32(3)];
let l_1198 = l_1197 + l_1193;
a_13[u32(3)] = l_1198;
let l_1199 = info.scalars_f32[0] * l_1193;
l_mut_35 = l_1199;
let l_1770 = info.static_meta[u32(2)];
let l_1771 = l_1770 * u32(1);
let l_1772 = l_957 < l_1771;
let l_1773 = l_1771 - u32(1);
let l_1774 = min(l_957, l_1773);
let l_1775 = buffer_2_global[l_1774];
let l_1776 = select(f32(0.0), l_1775, l_1772);
let l_1200 = l_1776;
let l_1777 = info.static_meta[u32(3)];
let l_1778 = l_1777 * u32(1);
let l_1779 = l_1145 < l_1778;
let l_1780 = l_1778 - u32(1);
let l_1781 = min(l_1145, l_1780);
let l_1782 = buffer_3_global[l_1781];
let l_1783 = select(f32(0.0), l_1782, l_1779);
let l_1201 = l_1783;
let l_1202 = l_1200 * l_1201;
l_mut_35 = l_mut_35 / l_1202;
let l_1203 = l_957 - info.scalars_u32[2];
let l_1204 = l_1203 * l_0;
let l_1205 = l_1204 + l_1145;
let l_1784 = info.static_meta[u32(4)];
let l_1785 = l_1784 * u32(1);
let l_1786 = l_1205 < l_1785;
if l_1786 {
buffer_4_global[l_1205] = l_mut_35;
}
}
let l_1206 = info.scalars_u32[4] * u32(64);
l_mut_15 = l_mut_15 + l_1206;
}
let l_1207 = l_6 + u32(0);
let l_1208 = l_1207 * u32(16);
let l_1209 = l_1208 + l_7;
let l_1210 = a_11[u32(0)];
shared_memory_8[l_1209] = l_1210;
let l_1211 = l_1207 * u32(16);
let l_1212 = u32(1024) + l_1211;
let l_1213 = l_1212 + l_7;
let l_1214 = a_12[u32(0)];
shared_memory_8[l_1213] = l_1214;
let l_1215 = l_1207 * u32(16);
let l_1216 = u32(2048) + l_1215;
let l_1217 = l_1216 + l_7;
let l_1218 = a_13[u32(0)];
shared_memory_8[l_1217] = l_1218;
let l_1219 = l_6 + u32(16);
let l_1220 = l_1219 * u32(16);
let l_1221 = l_1220 + l_7;
let l_1222 = a_11[u32(1)];
shared_memory_8[l_1221] = l_1222;
let l_1223 = l_1219 * u32(16);
let l_1224 = u32(1024) + l_1223;
let l_1225 = l_1224 + l_7;
let l_1226 = a_12[u32(1)];
shared_memory_8[l_1225] = l_1226;
let l_1227 = l_1219 * u32(16);
let l_1228 = u32(2048) + l_1227;
let l_1229 = l_1228 + l_7;
let l_1230 = a_13[u32(1)];
shared_memory_8[l_1229] = l_1230;
let l_1231 = l_6 + u32(32);
let l_1232 = l_1231 * u32(16);
let l_1233 = l_1232 + l_7;
let l_1234 = a_11[u32(2)];
shared_memory_8[l_1233] = l_1234;
let l_1235 = l_1231 * u32(16);
let l_1236 = u32(1024) + l_1235;
let l_1237 = l_1236 + l_7;
let l_1238 = a_12[u32(2)];
shared_memory_8[l_1237] = l_1238;
let l_1239 = l_1231 * u32(16);
let l_1240 = u32(2048) + l_1239;
let l_1241 = l_1240 + l_7;
let l_1242 = a_13[u32(2)];
shared_memory_8[l_1241] = l_1242;
let l_1243 = l_6 + u32(48);
let l_1244 = l_1243 * u32(16);
let l_1245 = l_1244 + l_7;
let l_1246 = a_11[u32(3)];
shared_memory_8[l_1245] = l_1246;
let l_1247 = l_1243 * u32(16);
let l_1248 = u32(1024) + l_1247;
let l_1249 = l_1248 + l_7;
let l_1250 = a_12[u32(3)];
shared_memory_8[l_1249] = l_1250;
let l_1251 = l_1243 * u32(16);
let l_1252 = u32(2048) + l_1251;
let l_1253 = l_1252 + l_7;
let l_1254 = a_13[u32(3)];
shared_memory_8[l_1253] = l_1254;
workgroupBarrier();
let l_1255 = local_idx < u32(64);
if l_1255 {
let l_1256 = l_4 + local_idx;
let l_1257 = l_1256 < l_5;
if l_1257 {
l_mut_35 = f32(0.0);
l_mut_34 = f32(0.0);
l_mut_1258 = f32(0.0);

for (var l_mut_1259: u32 = u32(0); l_mut_1259 < u32(16); l_mut_1259++) {
let l_1260 = local_idx * u32(16);
let l_1261 = l_1260 + l_mut_1259;
let l_1262 = shared_memory_8[l_1261];
l_mut_35 = l_mut_35 + l_1262;
let l_1263 = local_idx * u32(16);
let l_1264 = u32(1024) + l_1263;
let l_1265 = l_1264 + l_mut_1259;
let l_1266 = shared_memory_8[l_1265];
l_mut_34 = l_mut_34 + l_1266;
let l_1267 = local_idx * u32(16);
let l_1268 = u32(2048) + l_1267;
let l_1269 = l_1268 + l_mut_1259;
let l_1270 = shared_memory_8[l_1269];
l_mut_1258 = l_mut_1258 + l_1270;
}
let l_1271 = l_1256 * info.scalars_u32[4];
let l_1272 = l_1271 + l_1;
let l_1273 = info.scalars_f32[2] * l_mut_35;
let l_1787 = info.static_meta[u32(5)];
let l_1788 = l_1787 * u32(1);
let l_1789 = l_1272 < l_1788;
if l_1789 {
buffer_5_global[l_1272] = l_1273;
}
let l_1274 = u32(2) * l_1272;
let l_1790 = info.static_meta[u32(6)];
let l_1791 = l_1790 * u32(1);
let l_1792 = l_1274 < l_1791;
if l_1792 {
buffer_6_global[l_1274] = l_mut_34;
}
let l_1275 = u32(2) * l_1272;
let l_1276 = l_1275 + u32(1);
let l_1793 = info.static_meta[u32(6)];
let l_1794 = l_1793 * u32(1);
let l_1795 = l_1276 < l_1794;
if l_1795 {
buffer_6_global[l_1276] = l_mut_1258;
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

var<workgroup> shared_memory_14: array<f32, 2176>;

const WORKGROUP_SIZE_X = 256u;
const WORKGROUP_SIZE_Y = 1u;
const WORKGROUP_SIZE_Z = 1u;

@compute
@workgroup_size(256, 1, 1)
fn matmul_kernel_c_f32_a_f32_b_f32_h_f32_o_f32(
    @builtin(local_invocation_index) local_idx: u32,
    @builtin(workgroup_id) workgroup_id: vec3<u32>,
) {
var a_15: array<f32, 16>;

var a_16: array<f32, 4>;

var a_17: array<f32, 4>;

var l_mut_11: u32;
var l_mut_12: u32;
var l_mut_13: u32;
var l_mut_25: u32;
var l_mut_26: u32;
var l_mut_29: f32;
var l_mut_44: u32;
var l_mut_45: u32;
let l_0 = info.dynamic_meta[info.static_meta[u32(9)] + u32(0)];
let l_1 = info.dynamic_meta[info.static_meta[u32(9)] + u32(1)];
let l_2 = info.dynamic_meta[info.static_meta[u32(10)] + u32(1)];
let l_3 = info.dynamic_meta[info.static_meta[u32(12)] + u32(0)];
let l_4 = info.dynamic_meta[info.static_meta[u32(12)] + u32(1)];
let l_5 = info.dynamic_meta[info.static_meta[u32(13)] + u32(0)];
let l_6 = info.dynamic_meta[info.static_meta[u32(13)] + u32(1)];
let l_7 = local_idx / u32(16);
let l_8 = local_idx % u32(16);
let l_9 = workgroup_id.y * u32(64);
let l_10 = workgroup_id.x * u32(64);
l_mut_11 = workgroup_id.z;
l_mut_12 = u32(0);
l_mut_11 = workgroup_id.z;
l_mut_13 = u32(0);
a_15[u32(0)] = f32(0.0);
a_15[u32(1)] = f32(0.0);
a_15[u32(2)] = f32(0.0);
a_15[u32(3)] = f32(0.0);
a_15[u32(4)] = f32(0.0);
a_15[u32(5)] = f32(0.0);
a_15[u32(6)] = f32(0.0);
a_15[u32(7)] = f32(0.0);
a_15[u32(8)] = f32(0.0);
a_15[u32(9)] = f32(0.0);
a_15[u32(10)] = f32(0.0);
a_15[u32(11)] = f32(0.0);
a_15[u32(12)] = f32(0.0);
a_15[u32(13)] = f32(0.0);
a_15[u32(14)] = f32(0.0);
a_15[u32(15)] = f32(0.0);
let l_18 = l_4 == u32(1);
let l_19 = l_5 == u32(1);
l_mut_11 = u32(0);
loop {
let l_20 = l_mut_11 < l_1;
let l_21 = !l_20;
if l_21 {
break;
}
let l_22 = local_idx + u32(0);
if l_18 {
let l_23 = l_22 / u32(16);
let l_24 = l_22 % u32(16);
l_mut_25 = l_23;
l_mut_26 = l_24;
} else {
let l_27 = l_22 % u32(64);
let l_28 = l_22 / u32(64);
l_mut_25 = l_27;
l_mut_26 = l_28;
}
l_mut_29 = f32(0.0);
let l_30 = l_9 + l_mut_25;
let l_31 = l_30 < l_0;
let l_32 = l_mut_11 + l_mut_26;
let l_33 = l_32 < l_1;
let l_34 = l_31 && l_33;
if l_34 {
let l_35 = l_9 + l_mut_25;
let l_36 = l_35 * l_3;
let l_37 = l_mut_12 + l_36;
let l_38 = l_mut_11 + l_mut_26;
let l_39 = l_38 * l_4;
let l_40 = l_37 + l_39;
let l_536 = info.static_meta[u32(0)];
let l_537 = l_536 * u32(1);
let l_538 = l_40 < l_537;
let l_539 = l_537 - u32(1);
let l_540 = min(l_40, l_539);
let l_541 = buffer_0_global[l_540];
let l_542 = select(f32(0.0), l_541, l_538);
let l_41 = l_542;
l_mut_29 = l_41;
}
a_16[u32(0)] = l_mut_29;
if l_19 {
let l_42 = l_22 / u32(16);
let l_43 = l_22 % u32(16);
l_mut_44 = l_42;
l_mut_45 = l_43;
} else {
let l_46 = l_22 % u32(64);
let l_47 = l_22 / u32(64);
l_mut_44 = l_46;
l_mut_45 = l_47;
}
l_mut_29 = f32(0.0);
let l_48 = l_10 + l_mut_44;
let l_49 = l_48 < l_2;
let l_50 = l_mut_11 + l_mut_45;
let l_51 = l_50 < l_1;
let l_52 = l_49 && l_51;
if l_52 {
let l_53 = l_mut_11 + l_mut_45;
let l_54 = l_53 * l_5;
let l_55 = l_mut_13 + l_54;
let l_56 = l_10 + l_mut_44;
let l_57 = l_56 * l_6;
let l_58 = l_55 + l_57;
let l_543 = info.static_meta[u32(1)];
let l_544 = l_543 * u32(1);
let l_545 = l_58 < l_544;
let l_546 = l_544 - u32(1);
let l_547 = min(l_58, l_546);
let l_548 = buffer_1_global[l_547];
let l_549 = select(f32(0.0), l_548, l_545);
let l_59 = l_549;
l_mut_29 = l_59;
}
a_17[u32(0)] = l_mut_29;
let l_60 = local_idx + u32(256);
if l_18 {
let l_61 = l_60 / u32(16);
let l_62 = l_60 % u32(16);
l_mut_45 = l_61;
l_mut_44 = l_62;
} else {
let l_63 = l_60 % u32(64);
let l_64 = l_60 / u32(64);
l_mut_45 = l_63;
l_mut_44 = l_64;
}
l_mut_29 = f32(0.0);
let l_65 = l_9 + l_mut_45;
let l_66 = l_65 < l_0;
let l_67 = l_mut_11 + l_mut_44;
let l_68 = l_67 < l_1;
let l_69 = l_66 && l_68;
if l_69 {
let l_70 = l_9 + l_mut_45;
let l_71 = l_70 * l_3;
let l_72 = l_mut_12 + l_71;
let l_73 = l_mut_11 + l_mut_44;
let l_74 = l_73 * l_4;
let l_75 = l_72 + l_74;
let l_550 = info.static_meta[u32(0)];
let l_551 = l_550 * u32(1);
let l_552 = l_75 < l_551;
let l_553 = l_551 - u32(1);
let l_554 = min(l_75, l_553);
let l_555 = buffer_0_global[l_554];
let l_556 = select(f32(0.0), l_555, l_552);
let l_76 = l_556;
l_mut_29 = l_76;
}
a_16[u32(1)] = l_mut_29;
if l_19 {
let l_77 = l_60 / u32(16);
let l_78 = l_60 % u32(16);
l_mut_26 = l_77;
l_mut_25 = l_78;
} else {
let l_79 = l_60 % u32(64);
let l_80 = l_60 / u32(64);
l_mut_26 = l_79;
l_mut_25 = l_80;
}
l_mut_29 = f32(0.0);
let l_81 = l_10 + l_mut_26;
let l_82 = l_81 < l_2;
let l_83 = l_mut_11 + l_mut_25;
let l_84 = l_83 < l_1;
let l_85 = l_82 && l_84;
if l_85 {
let l_86 = l_mut_11 + l_mut_25;
let l_87 = l_86 * l_5;
let l_88 = l_mut_13 + l_87;
let l_89 = l_10 + l_mut_26;
let l_90 = l_89 * l_6;
let l_91 = l_88 + l_90;
let l_557 = info.static_meta[u32(1)];
let l_558 = l_557 * u32(1);
let l_559 = l_91 < l_558;
let l_560 = l_558 - u32(1);
let l_561 = min(l_91, l_560);
let l_562 = buffer_1_global[l_561];
let l_563 = select(f32(0.0), l_562, l_559);
let l_92 = l_563;
l_mut_29 = l_92;
}
a_17[u32(1)] = l_mut_29;
let l_93 = local_idx + u32(512);
if l_18 {
let l_94 = l_93 / u32(16);
let l_95 = l_93 % u32(16);
l_mut_45 = l_94;
l_mut_44 = l_95;
} else {
let l_96 = l_93 % u32(64);
let l_97 = l_93 / u32(64);
l_mut_45 = l_96;
l_mut_44 = l_97;
}
l_mut_29 = f32(0.0);
let l_98 = l_9 + l_mut_45;
let l_99 = l_98 < l_0;
let l_100 = l_mut_11 + l_mut_44;
let l_101 = l_100 < l_1;
let l_102 = l_99 && l_101;
if l_102 {
let l_103 = l_9 + l_mut_45;
let l_104 = l_103 * l_3;
let l_105 = l_mut_12 + l_104;
let l_106 = l_mut_11 + l_mut_44;
let l_107 = l_106 * l_4;
let l_108 = l_105 + l_107;
let l_564 = info.static_meta[u32(0)];
let l_565 = l_564 * u32(1);
let l_566 = l_108 < l_565;
let l_567 = l_565 - u32(1);
let l_568 = min(l_108, l_567);
let l_569 = buffer_0_global[l_568];
let l_570 = select(f32(0.0), l_569, l_566);
let l_109 = l_570;
l_mut_29 = l_109;
}
a_16[u32(2)] = l_mut_29;
if l_19 {
let l_110 = l_93 / u32(16);
let l_111 = l_93 % u32(16);
l_mut_26 = l_110;
l_mut_25 = l_111;
} else {
let l_112 = l_93 % u32(64);
let l_113 = l_93 / u32(64);
l_mut_26 = l_112;
l_mut_25 = l_113;
}
l_mut_29 = f32(0.0);
let l_114 = l_10 + l_mut_26;
let l_115 = l_114 < l_2;
let l_116 = l_mut_11 + l_mut_25;
let l_117 = l_116 < l_1;
let l_118 = l_115 && l_117;
if l_118 {
let l_119 = l_mut_11 + l_mut_25;
let l_120 = l_119 * l_5;
let l_121 = l_mut_13 + l_120;
let l_122 = l_10 + l_mut_26;
let l_123 = l_122 * l_6;
let l_124 = l_121 + l_123;
let l_571 = info.static_meta[u32(1)];
let l_572 = l_571 * u32(1);
let l_573 = l_124 < l_572;
let l_574 = l_572 - u32(1);
let l_575 = min(l_124, l_574);
let l_576 = buffer_1_global[l_575];
let l_577 = select(f32(0.0), l_576, l_573);
let l_125 = l_577;
l_mut_29 = l_125;
}
a_17[u32(2)] = l_mut_29;
let l_126 = local_idx + u32(768);
if l_18 {
let l_127 = l_126 / u32(16);
let l_128 = l_126 % u32(16);
l_mut_45 = l_127;
l_mut_44 = l_128;
} else {
let l_129 = l_126 % u32(64);
let l_130 = l_126 / u32(64);
l_mut_45 = l_129;
l_mut_44 = l_130;
}
l_mut_29 = f32(0.0);
let l_131 = l_9 + l_mut_45;
let l_132 = l_131 < l_0;
let l_133 = l_mut_11 + l_mut_44;
let l_134 = l_133 < l_1;
let l_135 = l_132 && l_134;
if l_135 {
let l_136 = l_9 + l_mut_45;
let l_137 = l_136 * l_3;
let l_138 = l_mut_12 + l_137;
let l_139 = l_mut_11 + l_mut_44;
let l_140 = l_139 * l_4;
let l_141 = l_138 + l_140;
let l_578 = info.static_meta[u32(0)];
let l_579 = l_578 * u32(1);
let l_580 = l_141 < l_579;
let l_581 = l_579 - u32(1);
let l_582 = min(l_141, l_581);
let l_583 = buffer_0_global[l_582];
let l_584 = select(f32(0.0), l_583, l_580);
let l_142 = l_584;
l_mut_29 = l_142;
}
a_16[u32(3)] = l_mut_29;
if l_19 {
let l_143 = l_126 / u32(16);
let l_144 = l_126 % u32(16);
l_mut_26 = l_143;
l_mut_25 = l_144;
} else {
let l_145 = l_126 % u32(64);
let l_146 = l_126 / u32(64);
l_mut_26 = l_145;
l_mut_25 = l_146;
}
l_mut_29 = f32(0.0);
let l_147 = l_10 + l_mut_26;
let l_148 = l_147 < l_2;
let l_149 = l_mut_11 + l_mut_25;
let l_150 = l_149 < l_1;
let l_151 = l_148 && l_150;
if l_151 {
let l_152 = l_mut_11 + l_mut_25;
let l_153 = l_152 * l_5;
let l_154 = l_mut_13 + l_153;
let l_155 = l_10 + l_mut_26;
let l_156 = l_155 * l_6;
let l_157 = l_154 + l_156;
let l_585 = info.static_meta[u32(1)];
let l_586 = l_585 * u32(1);
let l_587 = l_157 < l_586;
let l_588 = l_586 - u32(1);
let l_589 = min(l_157, l_588);
let l_590 = buffer_1_global[l_589];
let l_591 = select(f32(0.0), l_590, l_587);
let l_158 = l_591;
l_mut_29 = l_158;
}
a_17[u32(3)] = l_mut_29;
let l_159 = local_idx + u32(0);
if l_18 {
let l_160 = l_159 / u32(16);
let l_161 = l_159 % u32(16);
l_mut_45 = l_160;
l_mut_44 = l_161;
} else {
let l_162 = l_159 % u32(64);
let l_163 = l_159 / u32(64);
l_mut_45 = l_162;
l_mut_44 = l_163;
}
let l_164 = l_mut_45 * u32(17);
let l_165 = l_164 + l_mut_44;
let l_166 = a_16[u32(0)];
shared_memory_14[l_165] = l_166;
if l_19 {
let l_167 = l_159 / u32(16);
let l_168 = l_159 % u32(16);
l_mut_26 = l_167;
l_mut_25 = l_168;
} else {
let l_169 = l_159 % u32(64);
let l_170 = l_159 / u32(64);
l_mut_26 = l_169;
l_mut_25 = l_170;
}
let l_171 = l_mut_26 * u32(17);
let l_172 = u32(1088) + l_171;
let l_173 = l_172 + l_mut_25;
let l_174 = a_17[u32(0)];
shared_memory_14[l_173] = l_174;
let l_175 = local_idx + u32(256);
if l_18 {
let l_176 = l_175 / u32(16);
let l_177 = l_175 % u32(16);
l_mut_45 = l_176;
l_mut_44 = l_177;
} else {
let l_178 = l_175 % u32(64);
let l_179 = l_175 / u32(64);
l_mut_45 = l_178;
l_mut_44 = l_179;
}
let l_180 = l_mut_45 * u32(17);
let l_181 = l_180 + l_mut_44;
let l_182 = a_16[u32(1)];
shared_memory_14[l_181] = l_182;
if l_19 {
let l_183 = l_175 / u32(16);
let l_184 = l_175 % u32(16);
l_mut_26 = l_183;
l_mut_25 = l_184;
} else {
let l_185 = l_175 % u32(64);
let l_186 = l_175 / u32(64);
l_mut_26 = l_185;
l_mut_25 = l_186;
}
let l_187 = l_mut_26 * u32(17);
let l_188 = u32(1088) + l_187;
let l_189 = l_188 + l_mut_25;
let l_190 = a_17[u32(1)];
shared_memory_14[l_189] = l_190;
let l_191 = local_idx + u32(512);
if l_18 {
let l_192 = l_191 / u32(16);
let l_193 = l_191 % u32(16);
l_mut_45 = l_192;
l_mut_44 = l_193;
} else {
let l_194 = l_191 % u32(64);
let l_195 = l_191 / u32(64);
l_mut_45 = l_194;
l_mut_44 = l_195;
}
let l_196 = l_mut_45 * u32(17);
let l_197 = l_196 + l_mut_44;
let l_198 = a_16[u32(2)];
shared_memory_14[l_197] = l_198;
if l_19 {
let l_199 = l_191 / u32(16);
let l_200 = l_191 % u32(16);
l_mut_26 = l_199;
l_mut_25 = l_200;
} else {
let l_201 = l_191 % u32(64);
let l_202 = l_191 / u32(64);
l_mut_26 = l_201;
l_mut_25 = l_202;
}
let l_203 = l_mut_26 * u32(17);
let l_204 = u32(1088) + l_203;
let l_205 = l_204 + l_mut_25;
let l_206 = a_17[u32(2)];
shared_memory_14[l_205] = l_206;
let l_207 = local_idx + u32(768);
if l_18 {
let l_208 = l_207 / u32(16);
let l_209 = l_207 % u32(16);
l_mut_45 = l_208;
l_mut_44 = l_209;
} else {
let l_210 = l_207 % u32(64);
let l_211 = l_207 / u32(64);
l_mut_45 = l_210;
l_mut_44 = l_211;
}
let l_212 = l_mut_45 * u32(17);
let l_213 = l_212 + l_mut_44;
let l_214 = a_16[u32(3)];
shared_memory_14[l_213] = l_214;
if l_19 {
let l_215 = l_207 / u32(16);
let l_216 = l_207 % u32(16);
l_mut_26 = l_215;
l_mut_25 = l_216;
} else {
let l_217 = l_207 % u32(64);
let l_218 = l_207 / u32(64);
l_mut_26 = l_217;
l_mut_25 = l_218;
}
let l_219 = l_mut_26 * u32(17);
let l_220 = u32(1088) + l_219;
let l_221 = l_220 + l_mut_25;
let l_222 = a_17[u32(3)];
shared_memory_14[l_221] = l_222;
workgroupBarrier();

for (var l_mut_223: u32 = u32(0); l_mut_223 < u32(16); l_mut_223++) {
let l_224 = l_7 + u32(0);
let l_225 = l_224 * u32(17);
let l_226 = l_225 + l_mut_223;
let l_227 = shared_memory_14[l_226];
let l_228 = l_8 + u32(0);
let l_229 = l_228 * u32(17);
let l_230 = u32(1088) + l_229;
let l_231 = l_230 + l_mut_223;
let l_232 = shared_memory_14[l_231];
let l_233 = l_227 * l_232;
let l_234 = a_15[u32(0)];
let l_235 = l_234 + l_233;
a_15[u32(0)] = l_235;
let l_236 = l_8 + u32(16);
let l_237 = l_236 * u32(17);
let l_238 = u32(1088) + l_237;
let l_239 = l_238 + l_mut_223;
let l_240 = shared_memory_14[l_239];
let l_241 = l_227 * l_240;
let l_242 = a_15[u32(1)];
let l_243 = l_242 + l_241;
a_15[u32(1)] = l_243;
let l_244 = l_8 + u32(32);
let l_245 = l_244 * u32(17);
let l_246 = u32(1088) + l_245;
let l_247 = l_246 + l_mut_223;
let l_248 = shared_memory_14[l_247];
let l_249 = l_227 * l_248;
let l_250 = a_15[u32(2)];
let l_251 = l_250 + l_249;
a_15[u32(2)] = l_251;
let l_252 = l_8 + u32(48);
let l_253 = l_252 * u32(17);
let l_254 = u32(1088) + l_253;
let l_255 = l_254 + l_mut_223;
let l_256 = shared_memory_14[l_255];
let l_257 = l_227 * l_256;
let l_258 = a_15[u32(3)];
let l_259 = l_258 + l_257;
a_15[u32(3)] = l_259;
let l_260 = l_7 + u32(16);
let l_261 = l_260 * u32(17);
let l_262 = l_261 + l_mut_223;
let l_263 = shared_memory_14[l_262];
let l_264 = l_8 + u32(0);
let l_265 = l_264 * u32(17);
let l_266 = u32(1088) + l_265;
let l_267 = l_266 + l_mut_223;
let l_268 = shared_memory_14[l_267];
let l_269 = l_263 * l_268;
let l_270 = a_15[u32(4)];
let l_271 = l_270 + l_269;
a_15[u32(4)] = l_271;
let l_272 = l_8 + u32(16);
let l_273 = l_272 * u32(17);
let l_274 = u32(1088) + l_273;
let l_275 = l_274 + l_mut_223;
let l_276 = shared_memory_14[l_275];
let l_277 = l_263 * l_276;
let l_278 = a_15[u32(5)];
let l_279 = l_278 + l_277;
a_15[u32(5)] = l_279;
let l_280 = l_8 + u32(32);
let l_281 = l_280 * u32(17);
let l_282 = u32(1088) + l_281;
let l_283 = l_282 + l_mut_223;
let l_284 = shared_memory_14[l_283];
let l_285 = l_263 * l_284;
let l_286 = a_15[u32(6)];
let l_287 = l_286 + l_285;
a_15[u32(6)] = l_287;
let l_288 = l_8 + u32(48);
let l_289 = l_288 * u32(17);
let l_290 = u32(1088) + l_289;
let l_291 = l_290 + l_mut_223;
let l_292 = shared_memory_14[l_291];
let l_293 = l_263 * l_292;
let l_294 = a_15[u32(7)];
let l_295 = l_294 + l_293;
a_15[u32(7)] = l_295;
let l_296 = l_7 + u32(32);
let l_297 = l_296 * u32(17);
let l_298 = l_297 + l_mut_223;
let l_299 = shared_memory_14[l_298];
let l_300 = l_8 + u32(0);
let l_301 = l_300 * u32(17);
let l_302 = u32(1088) + l_301;
let l_303 = l_302 + l_mut_223;
let l_304 = shared_memory_14[l_303];
let l_305 = l_299 * l_304;
let l_306 = a_15[u32(8)];
let l_307 = l_306 + l_305;
a_15[u32(8)] = l_307;
let l_308 = l_8 + u32(16);
let l_309 = l_308 * u32(17);
let l_310 = u32(1088) + l_309;
let l_311 = l_310 + l_mut_223;
let l_312 = shared_memory_14[l_311];
let l_313 = l_299 * l_312;
let l_314 = a_15[u32(9)];
let l_315 = l_314 + l_313;
a_15[u32(9)] = l_315;
let l_316 = l_8 + u32(32);
let l_317 = l_316 * u32(17);
let l_318 = u32(1088) + l_317;
let l_319 = l_318 + l_mut_223;
let l_320 = shared_memory_14[l_319];
let l_321 = l_299 * l_320;
let l_322 = a_15[u32(10)];
let l_323 = l_322 + l_321;
a_15[u32(10)] = l_323;
let l_324 = l_8 + u32(48);
let l_325 = l_324 * u32(17);
let l_326 = u32(1088) + l_325;
let l_327 = l_326 + l_mut_223;
let l_328 = shared_memory_14[l_327];
let l_329 = l_299 * l_328;
let l_330 = a_15[u32(11)];
let l_331 = l_330 + l_329;
a_15[u32(11)] = l_331;
let l_332 = l_7 + u32(48);
let l_333 = l_332 * u32(17);
let l_334 = l_333 + l_mut_223;
let l_335 = shared_memory_14[l_334];
let l_336 = l_8 + u32(0);
let l_337 = l_336 * u32(17);
let l_338 = u32(1088) + l_337;
let l_339 = l_338 + l_mut_223;
let l_340 = shared_memory_14[l_339];
let l_341 = l_335 * l_340;
let l_342 = a_15[u32(12)];
let l_343 = l_342 + l_341;
a_15[u32(12)] = l_343;
let l_344 = l_8 + u32(16);
let l_345 = l_344 * u32(17);
let l_346 = u32(1088) + l_345;
let l_347 = l_346 + l_mut_223;
let l_348 = shared_memory_14[l_347];
let l_349 = l_335 * l_348;
let l_350 = a_15[u32(13)];
let l_351 = l_350 + l_349;
a_15[u32(13)] = l_351;
let l_352 = l_8 + u32(32);
let l_353 = l_352 * u32(17);
let l_354 = u32(1088) + l_353;
let l_355 = l_354 + l_mut_223;
let l_356 = shared_memory_14[l_355];
let l_357 = l_335 * l_356;
let l_358 = a_15[u32(14)];
let l_359 = l_358 + l_357;
a_15[u32(14)] = l_359;
let l_360 = l_8 + u32(48);
let l_361 = l_360 * u32(17);
let l_362 = u32(1088) + l_361;
let l_363 = l_362 + l_mut_223;
let l_364 = shared_memory_14[l_363];
let l_365 = l_335 * l_364;
let l_366 = a_15[u32(15)];
let l_367 = l_366 + l_365;
a_15[u32(15)] = l_367;
}
workgroupBarrier();
l_mut_11 = l_mut_11 + u32(16);
}
let l_368 = l_9 + l_7;
let l_369 = l_368 + u32(0);
let l_370 = l_10 + l_8;
let l_371 = l_370 + u32(0);
let l_372 = l_369 < l_0;
let l_373 = l_371 < l_2;
let l_374 = l_372 && l_373;
if l_374 {
let l_375 = workgroup_id.z * l_0;
let l_376 = l_375 + l_369;
let l_377 = l_376 * l_2;
let l_378 = l_377 + l_371;
let l_379 = a_15[u32(0)];
let l_592 = info.static_meta[u32(2)];
let l_593 = l_592 * u32(1);
let l_594 = l_378 < l_593;
if l_594 {
buffer_2_global[l_378] = l_379;
}
}
let l_380 = l_10 + l_8;
let l_381 = l_380 + u32(16);
let l_382 = l_369 < l_0;
let l_383 = l_381 < l_2;
let l_384 = l_382 && l_383;
if l_384 {
let l_385 = workgroup_id.z * l_0;
let l_386 = l_385 + l_369;
let l_387 = l_386 * l_2;
let l_388 = l_387 + l_381;
let l_389 = a_15[u32(1)];
let l_595 = info.static_meta[u32(2)];
let l_596 = l_595 * u32(1);
let l_597 = l_388 < l_596;
if l_597 {
buffer_2_global[l_388] = l_389;
}
}
let l_390 = l_10 + l_8;
let l_391 = l_390 + u32(32);
let l_392 = l_369 < l_0;
let l_393 = l_391 < l_2;
let l_394 = l_392 && l_393;
if l_394 {
let l_395 = workgroup_id.z * l_0;
let l_396 = l_395 + l_369;
let l_397 = l_396 * l_2;
let l_398 = l_397 + l_391;
let l_399 = a_15[u32(2)];
let l_598 = info.static_meta[u32(2)];
let l_599 = l_598 * u32(1);
let l_600 = l_398 < l_599;
if l_600 {
buffer_2_global[l_398] = l_399;
}
}
let l_400 = l_10 + l_8;
let l_401 = l_400 + u32(48);
let l_402 = l_369 < l_0;
let l_403 = l_401 < l_2;
let l_404 = l_402 && l_403;
if l_404 {
let l_405 = workgroup_id.z * l_0;
let l_406 = l_405 + l_369;
let l_407 = l_406 * l_2;
let l_408 = l_407 + l_401;
let l_409 = a_15[u32(3)];
let l_601 = info.static_meta[u32(2)];
let l_602 = l_601 * u32(1);
let l_603 = l_408 < l_602;
if l_603 {
buffer_2_global[l_408] = l_409;
}
}
let l_410 = l_9 + l_7;
let l_411 = l_410 + u32(16);
let l_412 = l_10 + l_8;
let l_413 = l_412 + u32(0);
let l_414 = l_411 < l_0;
let l_415 = l_413 < l_2;
let l_416 = l_414 && l_415;
if l_416 {
let l_417 = workgroup_id.z * l_0;
let l_418 = l_417 + l_411;
let l_419 = l_418 * l_2;
let l_420 = l_419 + l_413;
let l_421 = a_15[u32(4)];
let l_604 = info.static_meta[u32(2)];
let l_605 = l_604 * u32(1);
let l_606 = l_420 < l_605;
if l_606 {
buffer_2_global[l_420] = l_421;
}
}
let l_422 = l_10 + l_8;
let l_423 = l_422 + u32(16);
let l_424 = l_411 < l_0;
let l_425 = l_423 < l_2;
let l_426 = l_424 && l_425;
if l_426 {
let l_427 = workgroup_id.z * l_0;
let l_428 = l_427 + l_411;
let l_429 = l_428 * l_2;
let l_430 = l_429 + l_423;
let l_431 = a_15[u32(5)];
let l_607 = info.static_meta[u32(2)];
let l_608 = l_607 * u32(1);
let l_609 = l_430 < l_608;
if l_609 {
buffer_2_global[l_430] = l_431;
}
}
let l_432 = l_10 + l_8;
let l_433 = l_432 + u32(32);
let l_434 = l_411 < l_0;
let l_435 = l_433 < l_2;
let l_436 = l_434 && l_435;
if l_436 {
let l_437 = workgroup_id.z * l_0;
let l_438 = l_437 + l_411;
let l_439 = l_438 * l_2;
let l_440 = l_439 + l_433;
let l_441 = a_15[u32(6)];
let l_610 = info.static_meta[u32(2)];
let l_611 = l_610 * u32(1);
let l_612 = l_440 < l_611;
if l_612 {
buffer_2_global[l_440] = l_441;
}
}
let l_442 = l_10 + l_8;
let l_443 = l_442 + u32(48);
let l_444 = l_411 < l_0;
let l_445 = l_443 < l_2;
let l_446 = l_444 && l_445;
if l_446 {
let l_447 = workgroup_id.z * l_0;
let l_448 = l_447 + l_411;
let l_449 = l_448 * l_2;
let l_450 = l_449 + l_443;
let l_451 = a_15[u32(7)];
let l_613 = info.static_meta[u32(2)];
let l_614 = l_613 * u32(1);
let l_615 = l_450 < l_614;
if l_615 {
buffer_2_global[l_450] = l_451;
}
}
let l_452 = l_9 + l_7;
let l_453 = l_452 + u32(32);
let l_454 = l_10 + l_8;
let l_455 = l_454 + u32(0);
let l_456 = l_453 < l_0;
let l_457 = l_455 < l_2;
let l_458 = l_456 && l_457;
if l_458 {
let l_459 = workgroup_id.z * l_0;
let l_460 = l_459 + l_453;
let l_461 = l_460 * l_2;
let l_462 = l_461 + l_455;
let l_463 = a_15[u32(8)];
let l_616 = info.static_meta[u32(2)];
let l_617 = l_616 * u32(1);
let l_618 = l_462 < l_617;
if l_618 {
buffer_2_global[l_462] = l_463;
}
}
let l_464 = l_10 + l_8;
let l_465 = l_464 + u32(16);
let l_466 = l_453 < l_0;
let l_467 = l_465 < l_2;
let l_468 = l_466 && l_467;
if l_468 {
let l_469 = workgroup_id.z * l_0;
let l_470 = l_469 + l_453;
let l_471 = l_470 * l_2;
let l_472 = l_471 + l_465;
let l_473 = a_15[u32(9)];
let l_619 = info.static_meta[u32(2)];
let l_620 = l_619 * u32(1);
let l_621 = l_472 < l_620;
if l_621 {
buffer_2_global[l_472] = l_473;
}
}
let l_474 = l_10 + l_8;
let l_475 = l_474 + u32(32);
let l_476 = l_453 < l_0;
let l_477 = l_475 < l_2;
let l_478 = l_476 && l_477;
if l_478 {
let l_479 = workgroup_id.z * l_0;
let l_480 = l_479 + l_453;
let l_481 = l_480 * l_2;
let l_482 = l_481 + l_475;
let l_483 = a_15[u32(10)];
let l_622 = info.static_meta[u32(2)];
let l_623 = l_622 * u32(1);
let l_624 = l_482 < l_623;
if l_624 {
buffer_2_global[l_482] = l_483;
}
}
let l_484 = l_10 + l_8;
let l_485 = l_484 + u32(48);
let l_486 = l_453 < l_0;
let l_487 = l_485 < l_2;
let l_488 = l_486 && l_487;
if l_488 {
let l_489 = workgroup_id.z * l_0;
let l_490 = l_489 + l_453;
let l_491 = l_490 * l_2;
let l_492 = l_491 + l_485;
let l_493 = a_15[u32(11)];
let l_625 = info.static_meta[u32(2)];
let l_626 = l_625 * u32(1);
let l_627 = l_492 < l_626;
if l_627 {
buffer_2_global[l_492] = l_493;
}
}
let l_494 = l_9 + l_7;
let l_495 = l_494 + u32(48);
let l_496 = l_10 + l_8;
let l_497 = l_496 + u32(0);
let l_498 = l_495 < l_0;
let l_499 = l_497 < l_2;
let l_500 = l_498 && l_499;
if l_500 {
let l_501 = workgroup_id.z * l_0;
let l_502 = l_501 + l_495;
let l_503 = l_502 * l_2;
let l_504 = l_503 + l_497;
let l_505 = a_15[u32(12)];
let l_628 = info.static_meta[u32(2)];
let l_629 = l_628 * u32(1);
let l_630 = l_504 < l_629;
if l_630 {
buffer_2_global[l_504] = l_505;
}
}
let l_506 = l_10 + l_8;
let l_507 = l_506 + u32(16);
let l_508 = l_495 < l_0;
let l_509 = l_507 < l_2;
let l_510 = l_508 && l_509;
if l_510 {
let l_511 = workgroup_id.z * l_0;
let l_512 = l_511 + l_495;
let l_513 = l_512 * l_2;
let l_514 = l_513 + l_507;
let l_515 = a_15[u32(13)];
let l_631 = info.static_meta[u32(2)];
let l_632 = l_631 * u32(1);
let l_633 = l_514 < l_632;
if l_633 {
buffer_2_global[l_514] = l_515;
}
}
let l_516 = l_10 + l_8;
let l_517 = l_516 + u32(32);
let l_518 = l_495 < l_0;
let l_519 = l_517 < l_2;
let l_520 = l_518 && l_519;
if l_520 {
let l_521 = workgroup_id.z * l_0;
let l_522 = l_521 + l_495;
let l_523 = l_522 * l_2;
let l_524 = l_523 + l_517;
let l_525 = a_15[u32(14)];
let l_634 = info.static_meta[u32(2)];
let l_635 = l_634 * u32(1);
let l_636 = l_524 < l_635;
if l_636 {
buffer_2_global[l_524] = l_525;
}
}
let l_526 = l_10 + l_8;
let l_527 = l_526 + u32(48);
let l_528 = l_495 < l_0;
let l_529 = l_527 < l_2;
let l_530 = l_528 && l_529;
if l_530 {
let l_531 = workgroup_id.z * l_0;
let l_532 = l_531 + l_495;
let l_533 = l_532 * l_2;
let l_534 = l_533 + l_527;
let l_535 = a_15[u32(15)];
let l_637 = info.static_meta[u32(2)];
let l_638 = l_637 * u32(1);
let l_639 = l_534 < l_638;
if l_639 {
buffer_2_global[l_534] = l_535;
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

var<workgroup> shared_memory_14: array<f32, 2176>;

const WORKGROUP_SIZE_X = 256u;
const WORKGROUP_SIZE_Y = 1u;
const WORKGROUP_SIZE_Z = 1u;

@compute
@workgroup_size(256, 1, 1)
fn matmul_kernel_c_f32_a_f32_b_f32_h_f32_o_f32(
    @builtin(local_invocation_index) local_idx: u32,
    @builtin(workgroup_id) workgroup_id: vec3<u32>,
) {
var a_15: array<f32, 16>;

var a_16: array<f32, 4>;

var a_17: array<f32, 4>;

var l_mut_11: u32;
var l_mut_12: u32;
var l_mut_13: u32;
var l_mut_25: u32;
var l_mut_26: u32;
var l_mut_29: f32;
var l_mut_44: u32;
var l_mut_45: u32;
let l_0 = info.dynamic_meta[info.static_meta[u32(9)] + u32(0)];
let l_1 = info.dynamic_meta[info.static_meta[u32(9)] + u32(1)];
let l_2 = info.dynamic_meta[info.static_meta[u32(10)] + u32(1)];
let l_3 = info.dynamic_meta[info.static_meta[u32(12)] + u32(0)];
let l_4 = info.dynamic_meta[info.static_meta[u32(12)] + u32(1)];
let l_5 = info.dynamic_meta[info.static_meta[u32(13)] + u32(0)];
let l_6 = info.dynamic_meta[info.static_meta[u32(13)] + u32(1)];
let l_7 = local_idx / u32(16);
let l_8 = local_idx % u32(16);
let l_9 = workgroup_id.y * u32(64);
let l_10 = workgroup_id.x * u32(64);
l_mut_11 = workgroup_id.z;
l_mut_12 = u32(0);
l_mut_11 = workgroup_id.z;
l_mut_13 = u32(0);
a_15[u32(0)] = f32(0.0);
a_15[u32(1)] = f32(0.0);
a_15[u32(2)] = f32(0.0);
a_15[u32(3)] = f32(0.0);
a_15[u32(4)] = f32(0.0);
a_15[u32(5)] = f32(0.0);
a_15[u32(6)] = f32(0.0);
a_15[u32(7)] = f32(0.0);
a_15[u32(8)] = f32(0.0);
a_15[u32(9)] = f32(0.0);
a_15[u32(10)] = f32(0.0);
a_15[u32(11)] = f32(0.0);
a_15[u32(12)] = f32(0.0);
a_15[u32(13)] = f32(0.0);
a_15[u32(14)] = f32(0.0);
a_15[u32(15)] = f32(0.0);
let l_18 = l_4 == u32(1);
let l_19 = l_5 == u32(1);
l_mut_11 = u32(0);
loop {
let l_20 = l_mut_11 < l_1;
let l_21 = !l_20;
if l_21 {
break;
}
let l_22 = local_idx + u32(0);
if l_18 {
let l_23 = l_22 / u32(16);
let l_24 = l_22 % u32(16);
l_mut_25 = l_23;
l_mut_26 = l_24;
} else {
let l_27 = l_22 % u32(64);
let l_28 = l_22 / u32(64);
l_mut_25 = l_27;
l_mut_26 = l_28;
}
l_mut_29 = f32(0.0);
let l_30 = l_9 + l_mut_25;
let l_31 = l_30 < l_0;
let l_32 = l_mut_11 + l_mut_26;
let l_33 = l_32 < l_1;
let l_34 = l_31 && l_33;
if l_34 {
let l_35 = l_9 + l_mut_25;
let l_36 = l_35 * l_3;
let l_37 = l_mut_12 + l_36;
let l_38 = l_mut_11 + l_mut_26;
let l_39 = l_38 * l_4;
let l_40 = l_37 + l_39;
let l_536 = info.static_meta[u32(0)];
let l_537 = l_536 * u32(1);
let l_538 = l_40 < l_537;
let l_539 = l_537 - u32(1);
let l_540 = min(l_40, l_539);
let l_541 = buffer_0_global[l_540];
let l_542 = select(f32(0.0), l_541, l_538);
let l_41 = l_542;
l_mut_29 = l_41;
}
a_16[u32(0)] = l_mut_29;
if l_19 {
let l_42 = l_22 / u32(16);
let l_43 = l_22 % u32(16);
l_mut_44 = l_42;
l_mut_45 = l_43;
} else {
let l_46 = l_22 % u32(64);
let l_47 = l_22 / u32(64);
l_mut_44 = l_46;
l_mut_45 = l_47;
}
l_mut_29 = f32(0.0);
let l_48 = l_10 + l_mut_44;
let l_49 = l_48 < l_2;
let l_50 = l_mut_11 + l_mut_45;
let l_51 = l_50 < l_1;
let l_52 = l_49 && l_51;
if l_52 {
let l_53 = l_mut_11 + l_mut_45;
let l_54 = l_53 * l_5;
let l_55 = l_mut_13 + l_54;
let l_56 = l_10 + l_mut_44;
let l_57 = l_56 * l_6;
let l_58 = l_55 + l_57;
let l_543 = info.static_meta[u32(1)];
let l_544 = l_543 * u32(1);
let l_545 = l_58 < l_544;
let l_546 = l_544 - u32(1);
let l_547 = min(l_58, l_546);
let l_548 = buffer_1_global[l_547];
let l_549 = select(f32(0.0), l_548, l_545);
let l_59 = l_549;
l_mut_29 = l_59;
}
a_17[u32(0)] = l_mut_29;
let l_60 = local_idx + u32(256);
if l_18 {
let l_61 = l_60 / u32(16);
let l_62 = l_60 % u32(16);
l_mut_45 = l_61;
l_mut_44 = l_62;
} else {
let l_63 = l_60 % u32(64);
let l_64 = l_60 / u32(64);
l_mut_45 = l_63;
l_mut_44 = l_64;
}
l_mut_29 = f32(0.0);
let l_65 = l_9 + l_mut_45;
let l_66 = l_65 < l_0;
let l_67 = l_mut_11 + l_mut_44;
let l_68 = l_67 < l_1;
let l_69 = l_66 && l_68;
if l_69 {
let l_70 = l_9 + l_mut_45;
let l_71 = l_70 * l_3;
let l_72 = l_mut_12 + l_71;
let l_73 = l_mut_11 + l_mut_44;
let l_74 = l_73 * l_4;
let l_75 = l_72 + l_74;
let l_550 = info.static_meta[u32(0)];
let l_551 = l_550 * u32(1);
let l_552 = l_75 < l_551;
let l_553 = l_551 - u32(1);
let l_554 = min(l_75, l_553);
let l_555 = buffer_0_global[l_554];
let l_556 = select(f32(0.0), l_555, l_552);
let l_76 = l_556;
l_mut_29 = l_76;
}
a_16[u32(1)] = l_mut_29;
if l_19 {
let l_77 = l_60 / u32(16);
let l_78 = l_60 % u32(16);
l_mut_26 = l_77;
l_mut_25 = l_78;
} else {
let l_79 = l_60 % u32(64);
let l_80 = l_60 / u32(64);
l_mut_26 = l_79;
l_mut_25 = l_80;
}
l_mut_29 = f32(0.0);
let l_81 = l_10 + l_mut_26;
let l_82 = l_81 < l_2;
let l_83 = l_mut_11 + l_mut_25;
let l_84 = l_83 < l_1;
let l_85 = l_82 && l_84;
if l_85 {
let l_86 = l_mut_11 + l_mut_25;
let l_87 = l_86 * l_5;
let l_88 = l_mut_13 + l_87;
let l_89 = l_10 + l_mut_26;
let l_90 = l_89 * l_6;
let l_91 = l_88 + l_90;
let l_557 = info.static_meta[u32(1)];
let l_558 = l_557 * u32(1);
let l_559 = l_91 < l_558;
let l_560 = l_558 - u32(1);
let l_561 = min(l_91, l_560);
let l_562 = buffer_1_global[l_561];
let l_563 = select(f32(0.0), l_562, l_559);
let l_92 = l_563;
l_mut_29 = l_92;
}
a_17[u32(1)] = l_mut_29;
let l_93 = local_idx + u32(512);
if l_18 {
let l_94 = l_93 / u32(16);
let l_95 = l_93 % u32(16);
l_mut_45 = l_94;
l_mut_44 = l_95;
} else {
let l_96 = l_93 % u32(64);
let l_97 = l_93 / u32(64);
l_mut_45 = l_96;
l_mut_44 = l_97;
}
l_mut_29 = f32(0.0);
let l_98 = l_9 + l_mut_45;
let l_99 = l_98 < l_0;
let l_100 = l_mut_11 + l_mut_44;
let l_101 = l_100 < l_1;
let l_102 = l_99 && l_101;
if l_102 {
let l_103 = l_9 + l_mut_45;
let l_104 = l_103 * l_3;
let l_105 = l_mut_12 + l_104;
let l_106 = l_mut_11 + l_mut_44;
let l_107 = l_106 * l_4;
let l_108 = l_105 + l_107;
let l_564 = info.static_meta[u32(0)];
let l_565 = l_564 * u32(1);
let l_566 = l_108 < l_565;
let l_567 = l_565 - u32(1);
let l_568 = min(l_108, l_567);
let l_569 = buffer_0_global[l_568];
let l_570 = select(f32(0.0), l_569, l_566);
let l_109 = l_570;
l_mut_29 = l_109;
}
a_16[u32(2)] = l_mut_29;
if l_19 {
let l_110 = l_93 / u32(16);
let l_111 = l_93 % u32(16);
l_mut_26 = l_110;
l_mut_25 = l_111;
} else {
let l_112 = l_93 % u32(64);
let l_113 = l_93 / u32(64);
l_mut_26 = l_112;
l_mut_25 = l_113;
}
l_mut_29 = f32(0.0);
let l_114 = l_10 + l_mut_26;
let l_115 = l_114 < l_2;
let l_116 = l_mut_11 + l_mut_25;
let l_117 = l_116 < l_1;
let l_118 = l_115 && l_117;
if l_118 {
let l_119 = l_mut_11 + l_mut_25;
let l_120 = l_119 * l_5;
let l_121 = l_mut_13 + l_120;
let l_122 = l_10 + l_mut_26;
let l_123 = l_122 * l_6;
let l_124 = l_121 + l_123;
let l_571 = info.static_meta[u32(1)];
let l_572 = l_571 * u32(1);
let l_573 = l_124 < l_572;
let l_574 = l_572 - u32(1);
let l_575 = min(l_124, l_574);
let l_576 = buffer_1_global[l_575];
let l_577 = select(f32(0.0), l_576, l_573);
let l_125 = l_577;
l_mut_29 = l_125;
}
a_17[u32(2)] = l_mut_29;
let l_126 = local_idx + u32(768);
if l_18 {
let l_127 = l_126 / u32(16);
let l_128 = l_126 % u32(16);
l_mut_45 = l_127;
l_mut_44 = l_128;
} else {
let l_129 = l_126 % u32(64);
let l_130 = l_126 / u32(64);
l_mut_45 = l_129;
l_mut_44 = l_130;
}
l_mut_29 = f32(0.0);
let l_131 = l_9 + l_mut_45;
let l_132 = l_131 < l_0;
let l_133 = l_mut_11 + l_mut_44;
let l_134 = l_133 < l_1;
let l_135 = l_132 && l_134;
if l_135 {
let l_136 = l_9 + l_mut_45;
let l_137 = l_136 * l_3;
let l_138 = l_mut_12 + l_137;
let l_139 = l_mut_11 + l_mut_44;
let l_140 = l_139 * l_4;
let l_141 = l_138 + l_140;
let l_578 = info.static_meta[u32(0)];
let l_579 = l_578 * u32(1);
let l_580 = l_141 < l_579;
let l_581 = l_579 - u32(1);
let l_582 = min(l_141, l_581);
let l_583 = buffer_0_global[l_582];
let l_584 = select(f32(0.0), l_583, l_580);
let l_142 = l_584;
l_mut_29 = l_142;
}
a_16[u32(3)] = l_mut_29;
if l_19 {
let l_143 = l_126 / u32(16);
let l_144 = l_126 % u32(16);
l_mut_26 = l_143;
l_mut_25 = l_144;
} else {
let l_145 = l_126 % u32(64);
let l_146 = l_126 / u32(64);
l_mut_26 = l_145;
l_mut_25 = l_146;
}
l_mut_29 = f32(0.0);
let l_147 = l_10 + l_mut_26;
let l_148 = l_147 < l_2;
let l_149 = l_mut_11 + l_mut_25;
let l_150 = l_149 < l_1;
let l_151 = l_148 && l_150;
if l_151 {
let l_152 = l_mut_11 + l_mut_25;
let l_153 = l_152 * l_5;
let l_154 = l_mut_13 + l_153;
let l_155 = l_10 + l_mut_26;
let l_156 = l_155 * l_6;
let l_157 = l_154 + l_156;
let l_585 = info.static_meta[u32(1)];
let l_586 = l_585 * u32(1);
let l_587 = l_157 < l_586;
let l_588 = l_586 - u32(1);
let l_589 = min(l_157, l_588);
let l_590 = buffer_1_global[l_589];
let l_591 = select(f32(0.0), l_590, l_587);
let l_158 = l_591;
l_mut_29 = l_158;
}
a_17[u32(3)] = l_mut_29;
let l_159 = local_idx + u32(0);
if l_18 {
let l_160 = l_159 / u32(16);
let l_161 = l_159 % u32(16);
l_mut_45 = l_160;
l_mut_44 = l_161;
} else {
let l_162 = l_159 % u32(64);
let l_163 = l_159 / u32(64);
l_mut_45 = l_162;
l_mut_44 = l_163;
}
let l_164 = l_mut_45 * u32(17);
let l_165 = l_164 + l_mut_44;
let l_166 = a_16[u32(0)];
shared_memory_14[l_165] = l_166;
if l_19 {
let l_167 = l_159 / u32(16);
let l_168 = l_159 % u32(16);
l_mut_26 = l_167;
l_mut_25 = l_168;
} else {
let l_169 = l_159 % u32(64);
let l_170 = l_159 / u32(64);
l_mut_26 = l_169;
l_mut_25 = l_170;
}
let l_171 = l_mut_26 * u32(17);
let l_172 = u32(1088) + l_171;
let l_173 = l_172 + l_mut_25;
let l_174 = a_17[u32(0)];
shared_memory_14[l_173] = l_174;
let l_175 = local_idx + u32(256);
if l_18 {
let l_176 = l_175 / u32(16);
let l_177 = l_175 % u32(16);
l_mut_45 = l_176;
l_mut_44 = l_177;
} else {
let l_178 = l_175 % u32(64);
let l_179 = l_175 / u32(64);
l_mut_45 = l_178;
l_mut_44 = l_179;
}
let l_180 = l_mut_45 * u32(17);
let l_181 = l_180 + l_mut_44;
let l_182 = a_16[u32(1)];
shared_memory_14[l_181] = l_182;
if l_19 {
let l_183 = l_175 / u32(16);
let l_184 = l_175 % u32(16);
l_mut_26 = l_183;
l_mut_25 = l_184;
} else {
let l_185 = l_175 % u32(64);
let l_186 = l_175 / u32(64);
l_mut_26 = l_185;
l_mut_25 = l_186;
}
let l_187 = l_mut_26 * u32(17);
let l_188 = u32(1088) + l_187;
let l_189 = l_188 + l_mut_25;
let l_190 = a_17[u32(1)];
shared_memory_14[l_189] = l_190;
let l_191 = local_idx + u32(512);
if l_18 {
let l_192 = l_191 / u32(16);
let l_193 = l_191 % u32(16);
l_mut_45 = l_192;
l_mut_44 = l_193;
} else {
let l_194 = l_191 % u32(64);
let l_195 = l_191 / u32(64);
l_mut_45 = l_194;
l_mut_44 = l_195;
}
let l_196 = l_mut_45 * u32(17);
let l_197 = l_196 + l_mut_44;
let l_198 = a_16[u32(2)];
shared_memory_14[l_197] = l_198;
if l_19 {
let l_199 = l_191 / u32(16);
let l_200 = l_191 % u32(16);
l_mut_26 = l_199;
l_mut_25 = l_200;
} else {
let l_201 = l_191 % u32(64);
let l_202 = l_191 / u32(64);
l_mut_26 = l_201;
l_mut_25 = l_202;
}
let l_203 = l_mut_26 * u32(17);
let l_204 = u32(1088) + l_203;
let l_205 = l_204 + l_mut_25;
let l_206 = a_17[u32(2)];
shared_memory_14[l_205] = l_206;
let l_207 = local_idx + u32(768);
if l_18 {
let l_208 = l_207 / u32(16);
let l_209 = l_207 % u32(16);
l_mut_45 = l_208;
l_mut_44 = l_209;
} else {
let l_210 = l_207 % u32(64);
let l_211 = l_207 / u32(64);
l_mut_45 = l_210;
l_mut_44 = l_211;
}
let l_212 = l_mut_45 * u32(17);
let l_213 = l_212 + l_mut_44;
let l_214 = a_16[u32(3)];
shared_memory_14[l_213] = l_214;
if l_19 {
let l_215 = l_207 / u32(16);
let l_216 = l_207 % u32(16);
l_mut_26 = l_215;
l_mut_25 = l_216;
} else {
let l_217 = l_207 % u32(64);
let l_218 = l_207 / u32(64);
l_mut_26 = l_217;
l_mut_25 = l_218;
}
let l_219 = l_mut_26 * u32(17);
let l_220 = u32(1088) + l_219;
let l_221 = l_220 + l_mut_25;
let l_222 = a_17[u32(3)];
shared_memory_14[l_221] = l_222;
workgroupBarrier();

for (var l_mut_223: u32 = u32(0); l_mut_223 < u32(16); l_mut_223++) {
let l_224 = l_7 + u32(0);
let l_225 = l_224 * u32(17);
let l_226 = l_225 + l_mut_223;
let l_227 = shared_memory_14[l_226];
let l_228 = l_8 + u32(0);
let l_229 = l_228 * u32(17);
let l_230 = u32(1088) + l_229;
let l_231 = l_230 + l_mut_223;
let l_232 = shared_memory_14[l_231];
let l_233 = l_227 * l_232;
let l_234 = a_15[u32(0)];
let l_235 = l_234 + l_233;
a_15[u32(0)] = l_235;
let l_236 = l_8 + u32(16);
let l_237 = l_236 * u32(17);
let l_238 = u32(1088) + l_237;
let l_239 = l_238 + l_mut_223;
let l_240 = shared_memory_14[l_239];
let l_241 = l_227 * l_240;
let l_242 = a_15[u32(1)];
let l_243 = l_242 + l_241;
a_15[u32(1)] = l_243;
let l_244 = l_8 + u32(32);
let l_245 = l_244 * u32(17);
let l_246 = u32(1088) + l_245;
let l_247 = l_246 + l_mut_223;
let l_248 = shared_memory_14[l_247];
let l_249 = l_227 * l_248;
let l_250 = a_15[u32(2)];
let l_251 = l_250 + l_249;
a_15[u32(2)] = l_251;
let l_252 = l_8 + u32(48);
let l_253 = l_252 * u32(17);
let l_254 = u32(1088) + l_253;
let l_255 = l_254 + l_mut_223;
let l_256 = shared_memory_14[l_255];
let l_257 = l_227 * l_256;
let l_258 = a_15[u32(3)];
let l_259 = l_258 + l_257;
a_15[u32(3)] = l_259;
let l_260 = l_7 + u32(16);
let l_261 = l_260 * u32(17);
let l_262 = l_261 + l_mut_223;
let l_263 = shared_memory_14[l_262];
let l_264 = l_8 + u32(0);
let l_265 = l_264 * u32(17);
let l_266 = u32(1088) + l_265;
let l_267 = l_266 + l_mut_223;
let l_268 = shared_memory_14[l_267];
let l_269 = l_263 * l_268;
let l_270 = a_15[u32(4)];
let l_271 = l_270 + l_269;
a_15[u32(4)] = l_271;
let l_272 = l_8 + u32(16);
let l_273 = l_272 * u32(17);
let l_274 = u32(1088) + l_273;
let l_275 = l_274 + l_mut_223;
let l_276 = shared_memory_14[l_275];
let l_277 = l_263 * l_276;
let l_278 = a_15[u32(5)];
let l_279 = l_278 + l_277;
a_15[u32(5)] = l_279;
let l_280 = l_8 + u32(32);
let l_281 = l_280 * u32(17);
let l_282 = u32(1088) + l_281;
let l_283 = l_282 + l_mut_223;
let l_284 = shared_memory_14[l_283];
let l_285 = l_263 * l_284;
let l_286 = a_15[u32(6)];
let l_287 = l_286 + l_285;
a_15[u32(6)] = l_287;
let l_288 = l_8 + u32(48);
let l_289 = l_288 * u32(17);
let l_290 = u32(1088) + l_289;
let l_291 = l_290 + l_mut_223;
let l_292 = shared_memory_14[l_291];
let l_293 = l_263 * l_292;
let l_294 = a_15[u32(7)];
let l_295 = l_294 + l_293;
a_15[u32(7)] = l_295;
let l_296 = l_7 + u32(32);
let l_297 = l_296 * u32(17);
let l_298 = l_297 + l_mut_223;
let l_299 = shared_memory_14[l_298];
let l_300 = l_8 + u32(0);
let l_301 = l_300 * u32(17);
let l_302 = u32(1088) + l_301;
let l_303 = l_302 + l_mut_223;
let l_304 = shared_memory_14[l_303];
let l_305 = l_299 * l_304;
let l_306 = a_15[u32(8)];
let l_307 = l_306 + l_305;
a_15[u32(8)] = l_307;
let l_308 = l_8 + u32(16);
let l_309 = l_308 * u32(17);
let l_310 = u32(1088) + l_309;
let l_311 = l_310 + l_mut_223;
let l_312 = shared_memory_14[l_311];
let l_313 = l_299 * l_312;
let l_314 = a_15[u32(9)];
let l_315 = l_314 + l_313;
a_15[u32(9)] = l_315;
let l_316 = l_8 + u32(32);
let l_317 = l_316 * u32(17);
let l_318 = u32(1088) + l_317;
let l_319 = l_318 + l_mut_223;
let l_320 = shared_memory_14[l_319];
let l_321 = l_299 * l_320;
let l_322 = a_15[u32(10)];
let l_323 = l_322 + l_321;
a_15[u32(10)] = l_323;
let l_324 = l_8 + u32(48);
let l_325 = l_324 * u32(17);
let l_326 = u32(1088) + l_325;
let l_327 = l_326 + l_mut_223;
let l_328 = shared_memory_14[l_327];
let l_329 = l_299 * l_328;
let l_330 = a_15[u32(11)];
let l_331 = l_330 + l_329;
a_15[u32(11)] = l_331;
let l_332 = l_7 + u32(48);
let l_333 = l_332 * u32(17);
let l_334 = l_333 + l_mut_223;
let l_335 = shared_memory_14[l_334];
let l_336 = l_8 + u32(0);
let l_337 = l_336 * u32(17);
let l_338 = u32(1088) + l_337;
let l_339 = l_338 + l_mut_223;
let l_340 = shared_memory_14[l_339];
let l_341 = l_335 * l_340;
let l_342 = a_15[u32(12)];
let l_343 = l_342 + l_341;
a_15[u32(12)] = l_343;
let l_344 = l_8 + u32(16);
let l_345 = l_344 * u32(17);
let l_346 = u32(1088) + l_345;
let l_347 = l_346 + l_mut_223;
let l_348 = shared_memory_14[l_347];
let l_349 = l_335 * l_348;
let l_350 = a_15[u32(13)];
let l_351 = l_350 + l_349;
a_15[u32(13)] = l_351;
let l_352 = l_8 + u32(32);
let l_353 = l_352 * u32(17);
let l_354 = u32(1088) + l_353;
let l_355 = l_354 + l_mut_223;
let l_356 = shared_memory_14[l_355];
let l_357 = l_335 * l_356;
let l_358 = a_15[u32(14)];
let l_359 = l_358 + l_357;
a_15[u32(14)] = l_359;
let l_360 = l_8 + u32(48);
let l_361 = l_360 * u32(17);
let l_362 = u32(1088) + l_361;
let l_363 = l_362 + l_mut_223;
let l_364 = shared_memory_14[l_363];
let l_365 = l_335 * l_364;
let l_366 = a_15[u32(15)];
let l_367 = l_366 + l_365;
a_15[u32(15)] = l_367;
}
workgroupBarrier();
l_mut_11 = l_mut_11 + u32(16);
}
let l_368 = l_9 + l_7;
let l_369 = l_368 + u32(0);
let l_370 = l_10 + l_8;
let l_371 = l_370 + u32(0);
let l_372 = l_369 < l_0;
let l_373 = l_371 < l_2;
let l_374 = l_372 && l_373;
if l_374 {
let l_375 = workgroup_id.z * l_0;
let l_376 = l_375 + l_369;
let l_377 = l_376 * l_2;
let l_378 = l_377 + l_371;
let l_379 = a_15[u32(0)];
let l_592 = info.static_meta[u32(2)];
let l_593 = l_592 * u32(1);
let l_594 = l_378 < l_593;
if l_594 {
buffer_2_global[l_378] = l_379;
}
}
let l_380 = l_10 + l_8;
let l_381 = l_380 + u32(16);
let l_382 = l_369 < l_0;
let l_383 = l_381 < l_2;
let l_384 = l_382 && l_383;
if l_384 {
let l_385 = workgroup_id.z * l_0;
let l_386 = l_385 + l_369;
let l_387 = l_386 * l_2;
let l_388 = l_387 + l_381;
let l_389 = a_15[u32(1)];
let l_595 = info.static_meta[u32(2)];
let l_596 = l_595 * u32(1);
let l_597 = l_388 < l_596;
if l_597 {
buffer_2_global[l_388] = l_389;
}
}
let l_390 = l_10 + l_8;
let l_391 = l_390 + u32(32);
let l_392 = l_369 < l_0;
let l_393 = l_391 < l_2;
let l_394 = l_392 && l_393;
if l_394 {
let l_395 = workgroup_id.z * l_0;
let l_396 = l_395 + l_369;
let l_397 = l_396 * l_2;
let l_398 = l_397 + l_391;
let l_399 = a_15[u32(2)];
let l_598 = info.static_meta[u32(2)];
let l_599 = l_598 * u32(1);
let l_600 = l_398 < l_599;
if l_600 {
buffer_2_global[l_398] = l_399;
}
}
let l_400 = l_10 + l_8;
let l_401 = l_400 + u32(48);
let l_402 = l_369 < l_0;
let l_403 = l_401 < l_2;
let l_404 = l_402 && l_403;
if l_404 {
let l_405 = workgroup_id.z * l_0;
let l_406 = l_405 + l_369;
let l_407 = l_406 * l_2;
let l_408 = l_407 + l_401;
let l_409 = a_15[u32(3)];
let l_601 = info.static_meta[u32(2)];
let l_602 = l_601 * u32(1);
let l_603 = l_408 < l_602;
if l_603 {
buffer_2_global[l_408] = l_409;
}
}
let l_410 = l_9 + l_7;
let l_411 = l_410 + u32(16);
let l_412 = l_10 + l_8;
let l_413 = l_412 + u32(0);
let l_414 = l_411 < l_0;
let l_415 = l_413 < l_2;
let l_416 = l_414 && l_415;
if l_416 {
let l_417 = workgroup_id.z * l_0;
let l_418 = l_417 + l_411;
let l_419 = l_418 * l_2;
let l_420 = l_419 + l_413;
let l_421 = a_15[u32(4)];
let l_604 = info.static_meta[u32(2)];
let l_605 = l_604 * u32(1);
let l_606 = l_420 < l_605;
if l_606 {
buffer_2_global[l_420] = l_421;
}
}
let l_422 = l_10 + l_8;
let l_423 = l_422 + u32(16);
let l_424 = l_411 < l_0;
let l_425 = l_423 < l_2;
let l_426 = l_424 && l_425;
if l_426 {
let l_427 = workgroup_id.z * l_0;
let l_428 = l_427 + l_411;
let l_429 = l_428 * l_2;
let l_430 = l_429 + l_423;
let l_431 = a_15[u32(5)];
let l_607 = info.static_meta[u32(2)];
let l_608 = l_607 * u32(1);
let l_609 = l_430 < l_608;
if l_609 {
buffer_2_global[l_430] = l_431;
}
}
let l_432 = l_10 + l_8;
let l_433 = l_432 + u32(32);
let l_434 = l_411 < l_0;
let l_435 = l_433 < l_2;
let l_436 = l_434 && l_435;
if l_436 {
let l_437 = workgroup_id.z * l_0;
let l_438 = l_437 + l_411;
let l_439 = l_438 * l_2;
let l_440 = l_439 + l_433;
let l_441 = a_15[u32(6)];
let l_610 = info.static_meta[u32(2)];
let l_611 = l_610 * u32(1);
let l_612 = l_440 < l_611;
if l_612 {
buffer_2_global[l_440] = l_441;
}
}
let l_442 = l_10 + l_8;
let l_443 = l_442 + u32(48);
let l_444 = l_411 < l_0;
let l_445 = l_443 < l_2;
let l_446 = l_444 && l_445;
if l_446 {
let l_447 = workgroup_id.z * l_0;
let l_448 = l_447 + l_411;
let l_449 = l_448 * l_2;
let l_450 = l_449 + l_443;
let l_451 = a_15[u32(7)];
let l_613 = info.static_meta[u32(2)];
let l_614 = l_613 * u32(1);
let l_615 = l_450 < l_614;
if l_615 {
buffer_2_global[l_450] = l_451;
}
}
let l_452 = l_9 + l_7;
let l_453 = l_452 + u32(32);
let l_454 = l_10 + l_8;
let l_455 = l_454 + u32(0);
let l_456 = l_453 < l_0;
let l_457 = l_455 < l_2;
let l_458 = l_456 && l_457;
if l_458 {
let l_459 = workgroup_id.z * l_0;
let l_460 = l_459 + l_453;
let l_461 = l_460 * l_2;
let l_462 = l_461 + l_455;
let l_463 = a_15[u32(8)];
let l_616 = info.static_meta[u32(2)];
let l_617 = l_616 * u32(1);
let l_618 = l_462 < l_617;
if l_618 {
buffer_2_global[l_462] = l_463;
}
}
let l_464 = l_10 + l_8;
let l_465 = l_464 + u32(16);
let l_466 = l_453 < l_0;
let l_467 = l_465 < l_2;
let l_468 = l_466 && l_467;
if l_468 {
let l_469 = workgroup_id.z * l_0;
let l_470 = l_469 + l_453;
let l_471 = l_470 * l_2;
let l_472 = l_471 + l_465;
let l_473 = a_15[u32(9)];
let l_619 = info.static_meta[u32(2)];
let l_620 = l_619 * u32(1);
let l_621 = l_472 < l_620;
if l_621 {
buffer_2_global[l_472] = l_473;
}
}
let l_474 = l_10 + l_8;
let l_475 = l_474 + u32(32);
let l_476 = l_453 < l_0;
let l_477 = l_475 < l_2;
let l_478 = l_476 && l_477;
if l_478 {
let l_479 = workgroup_id.z * l_0;
let l_480 = l_479 + l_453;
let l_481 = l_480 * l_2;
let l_482 = l_481 + l_475;
let l_483 = a_15[u32(10)];
let l_622 = info.static_meta[u32(2)];
let l_623 = l_622 * u32(1);
let l_624 = l_482 < l_623;
if l_624 {
buffer_2_global[l_482] = l_483;
}
}
let l_484 = l_10 + l_8;
let l_485 = l_484 + u32(48);
let l_486 = l_453 < l_0;
let l_487 = l_485 < l_2;
let l_488 = l_486 && l_487;
if l_488 {
let l_489 = workgroup_id.z * l_0;
let l_490 = l_489 + l_453;
let l_491 = l_490 * l_2;
let l_492 = l_491 + l_485;
let l_493 = a_15[u32(11)];
let l_625 = info.static_meta[u32(2)];
let l_626 = l_625 * u32(1);
let l_627 = l_492 < l_626;
if l_627 {
buffer_2_global[l_492] = l_493;
}
}
let l_494 = l_9 + l_7;
let l_495 = l_494 + u32(48);
let l_496 = l_10 + l_8;
let l_497 = l_496 + u32(0);
let l_498 = l_495 < l_0;
let l_499 = l_497 < l_2;
let l_500 = l_498 && l_499;
if l_500 {
let l_501 = workgroup_id.z * l_0;
let l_502 = l_501 + l_495;
let l_503 = l_502 * l_2;
let l_504 = l_503 + l_497;
let l_505 = a_15[u32(12)];
let l_628 = info.static_meta[u32(2)];
let l_629 = l_628 * u32(1);
let l_630 = l_504 < l_629;
if l_630 {
buffer_2_global[l_504] = l_505;
}
}
let l_506 = l_10 + l_8;
let l_507 = l_506 + u32(16);
let l_508 = l_495 < l_0;
let l_509 = l_507 < l_2;
let l_510 = l_508 && l_509;
if l_510 {
let l_511 = workgroup_id.z * l_0;
let l_512 = l_511 + l_495;
let l_513 = l_512 * l_2;
let l_514 = l_513 + l_507;
let l_515 = a_15[u32(13)];
let l_631 = info.static_meta[u32(2)];
let l_632 = l_631 * u32(1);
let l_633 = l_514 < l_632;
if l_633 {
buffer_2_global[l_514] = l_515;
}
}
let l_516 = l_10 + l_8;
let l_517 = l_516 + u32(32);
let l_518 = l_495 < l_0;
let l_519 = l_517 < l_2;
let l_520 = l_518 && l_519;
if l_520 {
let l_521 = workgroup_id.z * l_0;
let l_522 = l_521 + l_495;
let l_523 = l_522 * l_2;
let l_524 = l_523 + l_517;
let l_525 = a_15[u32(14)];
let l_634 = info.static_meta[u32(2)];
let l_635 = l_634 * u32(1);
let l_636 = l_524 < l_635;
if l_636 {
buffer_2_global[l_524] = l_525;
}
}
let l_526 = l_10 + l_8;
let l_527 = l_526 + u32(48);
let l_528 = l_495 < l_0;
let l_529 = l_527 < l_2;
let l_530 = l_528 && l_529;
if l_530 {
let l_531 = workgroup_id.z * l_0;
let l_532 = l_531 + l_495;
let l_533 = l_532 * l_2;
let l_534 = l_533 + l_527;
let l_535 = a_15[u32(15)];
let l_637 = info.static_meta[u32(2)];
let l_638 = l_637 * u32(1);
let l_639 = l_534 < l_638;
if l_639 {
buffer_2_global[l_534] = l_535;
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
