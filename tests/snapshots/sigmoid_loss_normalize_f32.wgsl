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
// ==== launch 0: loss_tiles_x_f32_y_f32 (sigmoid_loss), cube_dim 256x1x1
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

var<workgroup> shared_memory_6: array<f32, 2176>;

const WORKGROUP_SIZE_X = 256u;
const WORKGROUP_SIZE_Y = 1u;
const WORKGROUP_SIZE_Z = 1u;

@compute
@workgroup_size(256, 1, 1)
fn loss_tiles_x_f32_y_f32(
    @builtin(local_invocation_index) local_idx: u32,
    @builtin(num_workgroups) num_workgroups: vec3<u32>,
    @builtin(workgroup_id) workgroup_id: vec3<u32>,
) {
var a_8: array<f32, 4>;

var a_9: array<f32, 4>;

var a_7: array<f32, 16>;

let workgroup_id_no_axis = (u32(num_workgroups.y) * u32(num_workgroups.x) * u32(workgroup_id.z)) + (u32(num_workgroups.x) * u32(workgroup_id.y)) + u32(workgroup_id.x);
var l_mut_10: u32;
var l_mut_13: u32;
var l_mut_16: u32;
var l_mut_24: f32;
var l_mut_25: f32;
let l_0 = info.dynamic_meta[info.static_meta[u32(12)] + u32(0)];
let l_1 = info.dynamic_meta[info.static_meta[u32(13)] + u32(0)];
let l_2 = info.dynamic_meta[info.static_meta[u32(12)] + u32(1)];
let l_3 = workgroup_id_no_axis * u32(64);
let l_4 = local_idx / u32(16);
let l_5 = local_idx % u32(16);
a_8[u32(0)] = f32(0.0);
a_9[u32(0)] = f32(0.0);
a_8[u32(1)] = f32(0.0);
a_9[u32(1)] = f32(0.0);
a_8[u32(2)] = f32(0.0);
a_9[u32(2)] = f32(0.0);
a_8[u32(3)] = f32(0.0);
a_9[u32(3)] = f32(0.0);
l_mut_10 = u32(0);
loop {
let l_11 = l_mut_10 < l_1;
let l_12 = !l_11;
if l_12 {
break;
}
a_7[u32(0)] = f32(0.0);
a_7[u32(1)] = f32(0.0);
a_7[u32(2)] = f32(0.0);
a_7[u32(3)] = f32(0.0);
a_7[u32(4)] = f32(0.0);
a_7[u32(5)] = f32(0.0);
a_7[u32(6)] = f32(0.0);
a_7[u32(7)] = f32(0.0);
a_7[u32(8)] = f32(0.0);
a_7[u32(9)] = f32(0.0);
a_7[u32(10)] = f32(0.0);
a_7[u32(11)] = f32(0.0);
a_7[u32(12)] = f32(0.0);
a_7[u32(13)] = f32(0.0);
a_7[u32(14)] = f32(0.0);
a_7[u32(15)] = f32(0.0);
l_mut_13 = u32(0);
loop {
let l_14 = l_mut_13 < l_2;
let l_15 = !l_14;
if l_15 {
break;
}
l_mut_16 = local_idx;
loop {
let l_17 = l_mut_16 < u32(1024);
let l_18 = !l_17;
if l_18 {
break;
}
let l_19 = l_mut_16 / u32(16);
let l_20 = l_mut_16 % u32(16);
let l_21 = l_mut_13 + l_20;
let l_22 = l_3 + l_19;
let l_23 = l_mut_10 + l_19;
l_mut_24 = f32(0.0);
l_mut_25 = f32(0.0);
let l_26 = l_22 < l_0;
let l_27 = l_21 < l_2;
let l_28 = l_26 && l_27;
if l_28 {
let l_29 = info.dynamic_meta[info.static_meta[u32(14)] + u32(0)];
let l_30 = l_22 * l_29;
let l_31 = info.dynamic_meta[info.static_meta[u32(14)] + u32(1)];
let l_32 = l_21 * l_31;
let l_33 = l_30 + l_32;
let l_952 = info.static_meta[u32(0)];
let l_953 = l_952 * u32(1);
let l_954 = l_33 < l_953;
let l_955 = l_953 - u32(1);
let l_956 = min(l_33, l_955);
let l_957 = buffer_0_global[l_956];
let l_958 = select(f32(0.0), l_957, l_954);
let l_34 = l_958;
l_mut_24 = l_34;
}
let l_35 = l_23 < l_1;
let l_36 = l_21 < l_2;
let l_37 = l_35 && l_36;
if l_37 {
let l_38 = info.dynamic_meta[info.static_meta[u32(15)] + u32(0)];
let l_39 = l_23 * l_38;
let l_40 = info.dynamic_meta[info.static_meta[u32(15)] + u32(1)];
let l_41 = l_21 * l_40;
let l_42 = l_39 + l_41;
let l_959 = info.static_meta[u32(1)];
let l_960 = l_959 * u32(1);
let l_961 = l_42 < l_960;
let l_962 = l_960 - u32(1);
let l_963 = min(l_42, l_962);
let l_964 = buffer_1_global[l_963];
let l_965 = select(f32(0.0), l_964, l_961);
let l_43 = l_965;
l_mut_25 = l_43;
}
let l_44 = l_19 * u32(17);
let l_45 = l_mut_16 % u32(16);
let l_46 = l_44 + l_45;
shared_memory_6[l_46] = l_mut_24;
let l_47 = l_19 * u32(17);
let l_48 = u32(1088) + l_47;
let l_49 = l_mut_16 % u32(16);
let l_50 = l_48 + l_49;
shared_memory_6[l_50] = l_mut_25;
l_mut_16 = l_mut_16 + u32(256);
}
workgroupBarrier();

for (var l_mut_51: u32 = u32(0); l_mut_51 < u32(16); l_mut_51++) {
let l_52 = l_4 + u32(0);
let l_53 = l_52 * u32(17);
let l_54 = l_53 + l_mut_51;
let l_55 = shared_memory_6[l_54];
let l_56 = l_5 + u32(0);
let l_57 = l_56 * u32(17);
let l_58 = u32(1088) + l_57;
let l_59 = l_58 + l_mut_51;
let l_60 = shared_memory_6[l_59];
let l_61 = l_55 * l_60;
let l_62 = a_7[u32(0)];
let l_63 = l_62 + l_61;
a_7[u32(0)] = l_63;
let l_64 = l_5 + u32(16);
let l_65 = l_64 * u32(17);
let l_66 = u32(1088) + l_65;
let l_67 = l_66 + l_mut_51;
let l_68 = shared_memory_6[l_67];
let l_69 = l_55 * l_68;
let l_70 = a_7[u32(1)];
let l_71 = l_70 + l_69;
a_7[u32(1)] = l_71;
let l_72 = l_5 + u32(32);
let l_73 = l_72 * u32(17);
let l_74 = u32(1088) + l_73;
let l_75 = l_74 + l_mut_51;
let l_76 = shared_memory_6[l_75];
let l_77 = l_55 * l_76;
let l_78 = a_7[u32(2)];
let l_79 = l_78 + l_77;
a_7[u32(2)] = l_79;
let l_80 = l_5 + u32(48);
let l_81 = l_80 * u32(17);
let l_82 = u32(1088) + l_81;
let l_83 = l_82 + l_mut_51;
let l_84 = shared_memory_6[l_83];
let l_85 = l_55 * l_84;
let l_86 = a_7[u32(3)];
let l_87 = l_86 + l_85;
a_7[u32(3)] = l_87;
let l_88 = l_4 + u32(16);
let l_89 = l_88 * u32(17);
let l_90 = l_89 + l_mut_51;
let l_91 = shared_memory_6[l_90];
let l_92 = l_5 + u32(0);
let l_93 = l_92 * u32(17);
let l_94 = u32(1088) + l_93;
let l_95 = l_94 + l_mut_51;
let l_96 = shared_memory_6[l_95];
let l_97 = l_91 * l_96;
let l_98 = a_7[u32(4)];
let l_99 = l_98 + l_97;
a_7[u32(4)] = l_99;
let l_100 = l_5 + u32(16);
let l_101 = l_100 * u32(17);
let l_102 = u32(1088) + l_101;
let l_103 = l_102 + l_mut_51;
let l_104 = shared_memory_6[l_103];
let l_105 = l_91 * l_104;
let l_106 = a_7[u32(5)];
let l_107 = l_106 + l_105;
a_7[u32(5)] = l_107;
let l_108 = l_5 + u32(32);
let l_109 = l_108 * u32(17);
let l_110 = u32(1088) + l_109;
let l_111 = l_110 + l_mut_51;
let l_112 = shared_memory_6[l_111];
let l_113 = l_91 * l_112;
let l_114 = a_7[u32(6)];
let l_115 = l_114 + l_113;
a_7[u32(6)] = l_115;
let l_116 = l_5 + u32(48);
let l_117 = l_116 * u32(17);
let l_118 = u32(1088) + l_117;
let l_119 = l_118 + l_mut_51;
let l_120 = shared_memory_6[l_119];
let l_121 = l_91 * l_120;
let l_122 = a_7[u32(7)];
let l_123 = l_122 + l_121;
a_7[u32(7)] = l_123;
let l_124 = l_4 + u32(32);
let l_125 = l_124 * u32(17);
let l_126 = l_125 + l_mut_51;
let l_127 = shared_memory_6[l_126];
let l_128 = l_5 + u32(0);
let l_129 = l_128 * u32(17);
let l_130 = u32(1088) + l_129;
let l_131 = l_130 + l_mut_51;
let l_132 = shared_memory_6[l_131];
let l_133 = l_127 * l_132;
let l_134 = a_7[u32(8)];
let l_135 = l_134 + l_133;
a_7[u32(8)] = l_135;
let l_136 = l_5 + u32(16);
let l_137 = l_136 * u32(17);
let l_138 = u32(1088) + l_137;
let l_139 = l_138 + l_mut_51;
let l_140 = shared_memory_6[l_139];
let l_141 = l_127 * l_140;
let l_142 = a_7[u32(9)];
let l_143 = l_142 + l_141;
a_7[u32(9)] = l_143;
let l_144 = l_5 + u32(32);
let l_145 = l_144 * u32(17);
let l_146 = u32(1088) + l_145;
let l_147 = l_146 + l_mut_51;
let l_148 = shared_memory_6[l_147];
let l_149 = l_127 * l_148;
let l_150 = a_7[u32(10)];
let l_151 = l_150 + l_149;
a_7[u32(10)] = l_151;
let l_152 = l_5 + u32(48);
let l_153 = l_152 * u32(17);
let l_154 = u32(1088) + l_153;
let l_155 = l_154 + l_mut_51;
let l_156 = shared_memory_6[l_155];
let l_157 = l_127 * l_156;
let l_158 = a_7[u32(11)];
let l_159 = l_158 + l_157;
a_7[u32(11)] = l_159;
let l_160 = l_4 + u32(48);
let l_161 = l_160 * u32(17);
let l_162 = l_161 + l_mut_51;
let l_163 = shared_memory_6[l_162];
let l_164 = l_5 + u32(0);
let l_165 = l_164 * u32(17);
let l_166 = u32(1088) + l_165;
let l_167 = l_166 + l_mut_51;
let l_168 = shared_memory_6[l_167];
let l_169 = l_163 * l_168;
let l_170 = a_7[u32(12)];
let l_171 = l_170 + l_169;
a_7[u32(12)] = l_171;
let l_172 = l_5 + u32(16);
let l_173 = l_172 * u32(17);
let l_174 = u32(1088) + l_173;
let l_175 = l_174 + l_mut_51;
let l_176 = shared_memory_6[l_175];
let l_177 = l_163 * l_176;
let l_178 = a_7[u32(13)];
let l_179 = l_178 + l_177;
a_7[u32(13)] = l_179;
let l_180 = l_5 + u32(32);
let l_181 = l_180 * u32(17);
let l_182 = u32(1088) + l_181;
let l_183 = l_182 + l_mut_51;
let l_184 = shared_memory_6[l_183];
let l_185 = l_163 * l_184;
let l_186 = a_7[u32(14)];
let l_187 = l_186 + l_185;
a_7[u32(14)] = l_187;
let l_188 = l_5 + u32(48);
let l_189 = l_188 * u32(17);
let l_190 = u32(1088) + l_189;
let l_191 = l_190 + l_mut_51;
let l_192 = shared_memory_6[l_191];
let l_193 = l_163 * l_192;
let l_194 = a_7[u32(15)];
let l_195 = l_194 + l_193;
a_7[u32(15)] = l_195;
}
workgroupBarrier();
l_mut_13 = l_mut_13 + u32(16);
}
let l_196 = l_3 + l_4;
let l_197 = l_196 + u32(0);
let l_198 = l_mut_10 + l_5;
let l_199 = l_198 + u32(0);
let l_200 = l_197 < l_0;
let l_201 = l_199 < l_1;
let l_202 = l_200 && l_201;
if l_202 {
let l_203 = a_7[u32(0)];
let l_204 = info.scalars_f32[0] * l_203;
l_mut_25 = l_204;
let l_966 = info.static_meta[u32(2)];
let l_967 = l_966 * u32(1);
let l_968 = l_197 < l_967;
let l_969 = l_967 - u32(1);
let l_970 = min(l_197, l_969);
let l_971 = buffer_2_global[l_970];
let l_972 = select(f32(0.0), l_971, l_968);
let l_205 = l_972;
let l_973 = info.static_meta[u32(3)];
let l_974 = l_973 * u32(1);
let l_975 = l_199 < l_974;
let l_976 = l_974 - u32(1);
let l_977 = min(l_199, l_976);
let l_978 = buffer_3_global[l_977];
let l_979 = select(f32(0.0), l_978, l_975);
let l_206 = l_979;
let l_207 = l_205 * l_206;
l_mut_25 = l_mut_25 / l_207;
let l_208 = l_197 + info.scalars_u32[0];
let l_209 = l_199 + info.scalars_u32[1];
let l_210 = l_208 == l_209;
let l_211 = select(f32(-1.0), f32(1.0), l_210);
let l_212 = l_mut_25 + info.scalars_f32[1];
let l_213 = l_211 * l_212;
let l_214 = min(l_213, f32(0.0));
let l_215 = abs(l_213);
let l_216 = -l_215;
let l_217 = exp(l_216);
let l_218 = f32(2.0) + l_217;
let l_219 = l_217 / l_218;
let l_220 = l_219 * l_219;
l_mut_24 = f32(0.05882352963089943);
let l_221 = l_220 * l_mut_24;
let l_222 = f32(0.06666667014360428) + l_221;
l_mut_24 = l_222;
let l_223 = l_220 * l_mut_24;
let l_224 = f32(0.07692307978868484) + l_223;
l_mut_24 = l_224;
let l_225 = l_220 * l_mut_24;
let l_226 = f32(0.09090909361839294) + l_225;
l_mut_24 = l_226;
let l_227 = l_220 * l_mut_24;
let l_228 = f32(0.1111111119389534) + l_227;
l_mut_24 = l_228;
let l_229 = l_220 * l_mut_24;
let l_230 = f32(0.1428571492433548) + l_229;
l_mut_24 = l_230;
let l_231 = l_220 * l_mut_24;
let l_232 = f32(0.20000000298023224) + l_231;
l_mut_24 = l_232;
let l_233 = l_220 * l_mut_24;
let l_234 = f32(0.3333333432674408) + l_233;
l_mut_24 = l_234;
let l_235 = l_220 * l_mut_24;
let l_236 = f32(1.0) + l_235;
l_mut_24 = l_236;
let l_237 = f32(2.0) * l_219;
let l_238 = l_237 * l_mut_24;
let l_239 = l_214 - l_238;
let l_240 = a_8[u32(0)];
let l_241 = l_240 + l_239;
a_8[u32(0)] = l_241;
}
let l_242 = l_mut_10 + l_5;
let l_243 = l_242 + u32(16);
let l_244 = l_197 < l_0;
let l_245 = l_243 < l_1;
let l_246 = l_244 && l_245;
if l_246 {
let l_247 = a_7[u32(1)];
let l_248 = info.scalars_f32[0] * l_247;
l_mut_25 = l_248;
let l_980 = info.static_meta[u32(2)];
let l_981 = l_980 * u32(1);
let l_982 = l_197 < l_981;
let l_983 = l_981 - u32(1);
let l_984 = min(l_197, l_983);
let l_985 = buffer_2_global[l_984];
let l_986 = select(f32(0.0), l_985, l_982);
let l_249 = l_986;
let l_987 = info.static_meta[u32(3)];
let l_988 = l_987 * u32(1);
let l_989 = l_243 < l_988;
let l_990 = l_988 - u32(1);
let l_991 = min(l_243, l_990);
let l_992 = buffer_3_global[l_991];
let l_993 = select(f32(0.0), l_992, l_989);
let l_250 = l_993;
let l_251 = l_249 * l_250;
l_mut_25 = l_mut_25 / l_251;
let l_252 = l_197 + info.scalars_u32[0];
let l_253 = l_243 + info.scalars_u32[1];
let l_254 = l_252 == l_253;
let l_255 = select(f32(-1.0), f32(1.0), l_254);
let l_256 = l_mut_25 + info.scalars_f32[1];
let l_257 = l_255 * l_256;
let l_258 = min(l_257, f32(0.0));
let l_259 = abs(l_257);
let l_260 = -l_259;
let l_261 = exp(l_260);
let l_262 = f32(2.0) + l_261;
let l_263 = l_261 / l_262;
let l_264 = l_263 * l_263;
l_mut_24 = f32(0.05882352963089943);
let l_265 = l_264 * l_mut_24;
let l_266 = f32(0.06666667014360428) + l_265;
l_mut_24 = l_266;
let l_267 = l_264 * l_mut_24;
let l_268 = f32(0.07692307978868484) + l_267;
l_mut_24 = l_268;
let l_269 = l_264 * l_mut_24;
let l_270 = f32(0.09090909361839294) + l_269;
l_mut_24 = l_270;
let l_271 = l_264 * l_mut_24;
let l_272 = f32(0.1111111119389534) + l_271;
l_mut_24 = l_272;
let l_273 = l_264 * l_mut_24;
let l_274 = f32(0.1428571492433548) + l_273;
l_mut_24 = l_274;
let l_275 = l_264 * l_mut_24;
let l_276 = f32(0.20000000298023224) + l_275;
l_mut_24 = l_276;
let l_277 = l_264 * l_mut_24;
let l_278 = f32(0.3333333432674408) + l_277;
l_mut_24 = l_278;
let l_279 = l_264 * l_mut_24;
let l_280 = f32(1.0) + l_279;
l_mut_24 = l_280;
let l_281 = f32(2.0) * l_263;
let l_282 = l_281 * l_mut_24;
let l_283 = l_258 - l_282;
let l_284 = a_8[u32(0)];
let l_285 = l_284 + l_283;
a_8[u32(0)] = l_285;
}
let l_286 = l_mut_10 + l_5;
let l_287 = l_286 + u32(32);
let l_288 = l_197 < l_0;
let l_289 = l_287 < l_1;
let l_290 = l_288 && l_289;
if l_290 {
let l_291 = a_7[u32(2)];
let l_292 = info.scalars_f32[0] * l_291;
l_mut_25 = l_292;
let l_994 = info.static_meta[u32(2)];
let l_995 = l_994 * u32(1);
let l_996 = l_197 < l_995;
let l_997 = l_995 - u32(1);
let l_998 = min(l_197, l_997);
let l_999 = buffer_2_global[l_998];
let l_1000 = select(f32(0.0), l_999, l_996);
let l_293 = l_1000;
let l_1001 = info.static_meta[u32(3)];
let l_1002 = l_1001 * u32(1);
let l_1003 = l_287 < l_1002;
let l_1004 = l_1002 - u32(1);
let l_1005 = min(l_287, l_1004);
let l_1006 = buffer_3_global[l_1005];
let l_1007 = select(f32(0.0), l_1006, l_1003);
let l_294 = l_1007;
let l_295 = l_293 * l_294;
l_mut_25 = l_mut_25 / l_295;
let l_296 = l_197 + info.scalars_u32[0];
let l_297 = l_287 + info.scalars_u32[1];
let l_298 = l_296 == l_297;
let l_299 = select(f32(-1.0), f32(1.0), l_298);
let l_300 = l_mut_25 + info.scalars_f32[1];
let l_301 = l_299 * l_300;
let l_302 = min(l_301, f32(0.0));
let l_303 = abs(l_301);
let l_304 = -l_303;
let l_305 = exp(l_304);
let l_306 = f32(2.0) + l_305;
let l_307 = l_305 / l_306;
let l_308 = l_307 * l_307;
l_mut_24 = f32(0.05882352963089943);
let l_309 = l_308 * l_mut_24;
let l_310 = f32(0.06666667014360428) + l_309;
l_mut_24 = l_310;
let l_311 = l_308 * l_mut_24;
let l_312 = f32(0.07692307978868484) + l_311;
l_mut_24 = l_312;
let l_313 = l_308 * l_mut_24;
let l_314 = f32(0.09090909361839294) + l_313;
l_mut_24 = l_314;
let l_315 = l_308 * l_mut_24;
let l_316 = f32(0.1111111119389534) + l_315;
l_mut_24 = l_316;
let l_317 = l_308 * l_mut_24;
let l_318 = f32(0.1428571492433548) + l_317;
l_mut_24 = l_318;
let l_319 = l_308 * l_mut_24;
let l_320 = f32(0.20000000298023224) + l_319;
l_mut_24 = l_320;
let l_321 = l_308 * l_mut_24;
let l_322 = f32(0.3333333432674408) + l_321;
l_mut_24 = l_322;
let l_323 = l_308 * l_mut_24;
let l_324 = f32(1.0) + l_323;
l_mut_24 = l_324;
let l_325 = f32(2.0) * l_307;
let l_326 = l_325 * l_mut_24;
let l_327 = l_302 - l_326;
let l_328 = a_8[u32(0)];
let l_329 = l_328 + l_327;
a_8[u32(0)] = l_329;
}
let l_330 = l_mut_10 + l_5;
let l_331 = l_330 + u32(48);
let l_332 = l_197 < l_0;
let l_333 = l_331 < l_1;
let l_334 = l_332 && l_333;
if l_334 {
let l_335 = a_7[u32(3)];
let l_336 = info.scalars_f32[0] * l_335;
l_mut_25 = l_336;
let l_1008 = info.static_meta[u32(2)];
let l_1009 = l_1008 * u32(1);
let l_1010 = l_197 < l_1009;
let l_1011 = l_1009 - u32(1);
let l_1012 = min(l_197, l_1011);
let l_1013 = buffer_2_global[l_1012];
let l_1014 = select(f32(0.0), l_1013, l_1010);
let l_337 = l_1014;
let l_1015 = info.static_meta[u32(3)];
let l_1016 = l_1015 * u32(1);
let l_1017 = l_331 < l_1016;
let l_1018 = l_1016 - u32(1);
let l_1019 = min(l_331, l_1018);
let l_1020 = buffer_3_global[l_1019];
let l_1021 = select(f32(0.0), l_1020, l_1017);
let l_338 = l_1021;
let l_339 = l_337 * l_338;
l_mut_25 = l_mut_25 / l_339;
let l_340 = l_197 + info.scalars_u32[0];
let l_341 = l_331 + info.scalars_u32[1];
let l_342 = l_340 == l_341;
let l_343 = select(f32(-1.0), f32(1.0), l_342);
let l_344 = l_mut_25 + info.scalars_f32[1];
let l_345 = l_343 * l_344;
let l_346 = min(l_345, f32(0.0));
let l_347 = abs(l_345);
let l_348 = -l_347;
let l_349 = exp(l_348);
let l_350 = f32(2.0) + l_349;
let l_351 = l_349 / l_350;
let l_352 = l_351 * l_351;
l_mut_24 = f32(0.05882352963089943);
let l_353 = l_352 * l_mut_24;
let l_354 = f32(0.06666667014360428) + l_353;
l_mut_24 = l_354;
let l_355 = l_352 * l_mut_24;
let l_356 = f32(0.07692307978868484) + l_355;
l_mut_24 = l_356;
let l_357 = l_352 * l_mut_24;
let l_358 = f32(0.09090909361839294) + l_357;
l_mut_24 = l_358;
let l_359 = l_352 * l_mut_24;
let l_360 = f32(0.1111111119389534) + l_359;
l_mut_24 = l_360;
let l_361 = l_352 * l_mut_24;
let l_362 = f32(0.1428571492433548) + l_361;
l_mut_24 = l_362;
let l_363 = l_352 * l_mut_24;
let l_364 = f32(0.20000000298023224) + l_363;
l_mut_24 = l_364;
let l_365 = l_352 * l_mut_24;
let l_366 = f32(0.3333333432674408) + l_365;
l_mut_24 = l_366;
let l_367 = l_352 * l_mut_24;
let l_368 = f32(1.0) + l_367;
l_mut_24 = l_368;
let l_369 = f32(2.0) * l_351;
let l_370 = l_369 * l_mut_24;
let l_371 = l_346 - l_370;
let l_372 = a_8[u32(0)];
let l_373 = l_372 + l_371;
a_8[u32(0)] = l_373;
}
let l_374 = l_3 + l_4;
let l_375 = l_374 + u32(16);
let l_376 = l_mut_10 + l_5;
let l_377 = l_376 + u32(0);
let l_378 = l_375 < l_0;
let l_379 = l_377 < l_1;
let l_380 = l_378 && l_379;
if l_380 {
let l_381 = a_7[u32(4)];
let l_382 = info.scalars_f32[0] * l_381;
l_mut_25 = l_382;
let l_1022 = info.static_meta[u32(2)];
let l_1023 = l_1022 * u32(1);
let l_1024 = l_375 < l_1023;
let l_1025 = l_1023 - u32(1);
let l_1026 = min(l_375, l_1025);
let l_1027 = buffer_2_global[l_1026];
let l_1028 = select(f32(0.0), l_1027, l_1024);
let l_383 = l_1028;
let l_1029 = info.static_meta[u32(3)];
let l_1030 = l_1029 * u32(1);
let l_1031 = l_377 < l_1030;
let l_1032 = l_1030 - u32(1);
let l_1033 = min(l_377, l_1032);
let l_1034 = buffer_3_global[l_1033];
let l_1035 = select(f32(0.0), l_1034, l_1031);
let l_384 = l_1035;
let l_385 = l_383 * l_384;
l_mut_25 = l_mut_25 / l_385;
let l_386 = l_375 + info.scalars_u32[0];
let l_387 = l_377 + info.scalars_u32[1];
let l_388 = l_386 == l_387;
let l_389 = select(f32(-1.0), f32(1.0), l_388);
let l_390 = l_mut_25 + info.scalars_f32[1];
let l_391 = l_389 * l_390;
let l_392 = min(l_391, f32(0.0));
let l_393 = abs(l_391);
let l_394 = -l_393;
let l_395 = exp(l_394);
let l_396 = f32(2.0) + l_395;
let l_397 = l_395 / l_396;
let l_398 = l_397 * l_397;
l_mut_24 = f32(0.05882352963089943);
let l_399 = l_398 * l_mut_24;
let l_400 = f32(0.06666667014360428) + l_399;
l_mut_24 = l_400;
let l_401 = l_398 * l_mut_24;
let l_402 = f32(0.07692307978868484) + l_401;
l_mut_24 = l_402;
let l_403 = l_398 * l_mut_24;
let l_404 = f32(0.09090909361839294) + l_403;
l_mut_24 = l_404;
let l_405 = l_398 * l_mut_24;
let l_406 = f32(0.1111111119389534) + l_405;
l_mut_24 = l_406;
let l_407 = l_398 * l_mut_24;
let l_408 = f32(0.1428571492433548) + l_407;
l_mut_24 = l_408;
let l_409 = l_398 * l_mut_24;
let l_410 = f32(0.20000000298023224) + l_409;
l_mut_24 = l_410;
let l_411 = l_398 * l_mut_24;
let l_412 = f32(0.3333333432674408) + l_411;
l_mut_24 = l_412;
let l_413 = l_398 * l_mut_24;
let l_414 = f32(1.0) + l_413;
l_mut_24 = l_414;
let l_415 = f32(2.0) * l_397;
let l_416 = l_415 * l_mut_24;
let l_417 = l_392 - l_416;
let l_418 = a_8[u32(1)];
let l_419 = l_418 + l_417;
a_8[u32(1)] = l_419;
}
let l_420 = l_mut_10 + l_5;
let l_421 = l_420 + u32(16);
let l_422 = l_375 < l_0;
let l_423 = l_421 < l_1;
let l_424 = l_422 && l_423;
if l_424 {
let l_425 = a_7[u32(5)];
let l_426 = info.scalars_f32[0] * l_425;
l_mut_25 = l_426;
let l_1036 = info.static_meta[u32(2)];
let l_1037 = l_1036 * u32(1);
let l_1038 = l_375 < l_1037;
let l_1039 = l_1037 - u32(1);
let l_1040 = min(l_375, l_1039);
let l_1041 = buffer_2_global[l_1040];
let l_1042 = select(f32(0.0), l_1041, l_1038);
let l_427 = l_1042;
let l_1043 = info.static_meta[u32(3)];
let l_1044 = l_1043 * u32(1);
let l_1045 = l_421 < l_1044;
let l_1046 = l_1044 - u32(1);
let l_1047 = min(l_421, l_1046);
let l_1048 = buffer_3_global[l_1047];
let l_1049 = select(f32(0.0), l_1048, l_1045);
let l_428 = l_1049;
let l_429 = l_427 * l_428;
l_mut_25 = l_mut_25 / l_429;
let l_430 = l_375 + info.scalars_u32[0];
let l_431 = l_421 + info.scalars_u32[1];
let l_432 = l_430 == l_431;
let l_433 = select(f32(-1.0), f32(1.0), l_432);
let l_434 = l_mut_25 + info.scalars_f32[1];
let l_435 = l_433 * l_434;
let l_436 = min(l_435, f32(0.0));
let l_437 = abs(l_435);
let l_438 = -l_437;
let l_439 = exp(l_438);
let l_440 = f32(2.0) + l_439;
let l_441 = l_439 / l_440;
let l_442 = l_441 * l_441;
l_mut_24 = f32(0.05882352963089943);
let l_443 = l_442 * l_mut_24;
let l_444 = f32(0.06666667014360428) + l_443;
l_mut_24 = l_444;
let l_445 = l_442 * l_mut_24;
let l_446 = f32(0.07692307978868484) + l_445;
l_mut_24 = l_446;
let l_447 = l_442 * l_mut_24;
let l_448 = f32(0.09090909361839294) + l_447;
l_mut_24 = l_448;
let l_449 = l_442 * l_mut_24;
let l_450 = f32(0.1111111119389534) + l_449;
l_mut_24 = l_450;
let l_451 = l_442 * l_mut_24;
let l_452 = f32(0.1428571492433548) + l_451;
l_mut_24 = l_452;
let l_453 = l_442 * l_mut_24;
let l_454 = f32(0.20000000298023224) + l_453;
l_mut_24 = l_454;
let l_455 = l_442 * l_mut_24;
let l_456 = f32(0.3333333432674408) + l_455;
l_mut_24 = l_456;
let l_457 = l_442 * l_mut_24;
let l_458 = f32(1.0) + l_457;
l_mut_24 = l_458;
let l_459 = f32(2.0) * l_441;
let l_460 = l_459 * l_mut_24;
let l_461 = l_436 - l_460;
let l_462 = a_8[u32(1)];
let l_463 = l_462 + l_461;
a_8[u32(1)] = l_463;
}
let l_464 = l_mut_10 + l_5;
let l_465 = l_464 + u32(32);
let l_466 = l_375 < l_0;
let l_467 = l_465 < l_1;
let l_468 = l_466 && l_467;
if l_468 {
let l_469 = a_7[u32(6)];
let l_470 = info.scalars_f32[0] * l_469;
l_mut_25 = l_470;
let l_1050 = info.static_meta[u32(2)];
let l_1051 = l_1050 * u32(1);
let l_1052 = l_375 < l_1051;
let l_1053 = l_1051 - u32(1);
let l_1054 = min(l_375, l_1053);
let l_1055 = buffer_2_global[l_1054];
let l_1056 = select(f32(0.0), l_1055, l_1052);
let l_471 = l_1056;
let l_1057 = info.static_meta[u32(3)];
let l_1058 = l_1057 * u32(1);
let l_1059 = l_465 < l_1058;
let l_1060 = l_1058 - u32(1);
let l_1061 = min(l_465, l_1060);
let l_1062 = buffer_3_global[l_1061];
let l_1063 = select(f32(0.0), l_1062, l_1059);
let l_472 = l_1063;
let l_473 = l_471 * l_472;
l_mut_25 = l_mut_25 / l_473;
let l_474 = l_375 + info.scalars_u32[0];
let l_475 = l_465 + info.scalars_u32[1];
let l_476 = l_474 == l_475;
let l_477 = select(f32(-1.0), f32(1.0), l_476);
let l_478 = l_mut_25 + info.scalars_f32[1];
let l_479 = l_477 * l_478;
let l_480 = min(l_479, f32(0.0));
let l_481 = abs(l_479);
let l_482 = -l_481;
let l_483 = exp(l_482);
let l_484 = f32(2.0) + l_483;
let l_485 = l_483 / l_484;
let l_486 = l_485 * l_485;
l_mut_24 = f32(0.05882352963089943);
let l_487 = l_486 * l_mut_24;
let l_488 = f32(0.06666667014360428) + l_487;
l_mut_24 = l_488;
let l_489 = l_486 * l_mut_24;
let l_490 = f32(0.07692307978868484) + l_489;
l_mut_24 = l_490;
let l_491 = l_486 * l_mut_24;
let l_492 = f32(0.09090909361839294) + l_491;
l_mut_24 = l_492;
let l_493 = l_486 * l_mut_24;
let l_494 = f32(0.1111111119389534) + l_493;
l_mut_24 = l_494;
let l_495 = l_486 * l_mut_24;
let l_496 = f32(0.1428571492433548) + l_495;
l_mut_24 = l_496;
let l_497 = l_486 * l_mut_24;
let l_498 = f32(0.20000000298023224) + l_497;
l_mut_24 = l_498;
let l_499 = l_486 * l_mut_24;
let l_500 = f32(0.3333333432674408) + l_499;
l_mut_24 = l_500;
let l_501 = l_486 * l_mut_24;
let l_502 = f32(1.0) + l_501;
l_mut_24 = l_502;
let l_503 = f32(2.0) * l_485;
let l_504 = l_503 * l_mut_24;
let l_505 = l_480 - l_504;
let l_506 = a_8[u32(1)];
let l_507 = l_506 + l_505;
a_8[u32(1)] = l_507;
}
let l_508 = l_mut_10 + l_5;
let l_509 = l_508 + u32(48);
let l_510 = l_375 < l_0;
let l_511 = l_509 < l_1;
let l_512 = l_510 && l_511;
if l_512 {
let l_513 = a_7[u32(7)];
let l_514 = info.scalars_f32[0] * l_513;
l_mut_25 = l_514;
let l_1064 = info.static_meta[u32(2)];
let l_1065 = l_1064 * u32(1);
let l_1066 = l_375 < l_1065;
let l_1067 = l_1065 - u32(1);
let l_1068 = min(l_375, l_1067);
let l_1069 = buffer_2_global[l_1068];
let l_1070 = select(f32(0.0), l_1069, l_1066);
let l_515 = l_1070;
let l_1071 = info.static_meta[u32(3)];
let l_1072 = l_1071 * u32(1);
let l_1073 = l_509 < l_1072;
let l_1074 = l_1072 - u32(1);
let l_1075 = min(l_509, l_1074);
let l_1076 = buffer_3_global[l_1075];
let l_1077 = select(f32(0.0), l_1076, l_1073);
let l_516 = l_1077;
let l_517 = l_515 * l_516;
l_mut_25 = l_mut_25 / l_517;
let l_518 = l_375 + info.scalars_u32[0];
let l_519 = l_509 + info.scalars_u32[1];
let l_520 = l_518 == l_519;
let l_521 = select(f32(-1.0), f32(1.0), l_520);
let l_522 = l_mut_25 + info.scalars_f32[1];
let l_523 = l_521 * l_522;
let l_524 = min(l_523, f32(0.0));
let l_525 = abs(l_523);
let l_526 = -l_525;
let l_527 = exp(l_526);
let l_528 = f32(2.0) + l_527;
let l_529 = l_527 / l_528;
let l_530 = l_529 * l_529;
l_mut_24 = f32(0.05882352963089943);
let l_531 = l_530 * l_mut_24;
let l_532 = f32(0.06666667014360428) + l_531;
l_mut_24 = l_532;
let l_533 = l_530 * l_mut_24;
let l_534 = f32(0.07692307978868484) + l_533;
l_mut_24 = l_534;
let l_535 = l_530 * l_mut_24;
let l_536 = f32(0.09090909361839294) + l_535;
l_mut_24 = l_536;
let l_537 = l_530 * l_mut_24;
let l_538 = f32(0.1111111119389534) + l_537;
l_mut_24 = l_538;
let l_539 = l_530 * l_mut_24;
let l_540 = f32(0.1428571492433548) + l_539;
l_mut_24 = l_540;
let l_541 = l_530 * l_mut_24;
let l_542 = f32(0.20000000298023224) + l_541;
l_mut_24 = l_542;
let l_543 = l_530 * l_mut_24;
let l_544 = f32(0.3333333432674408) + l_543;
l_mut_24 = l_544;
let l_545 = l_530 * l_mut_24;
let l_546 = f32(1.0) + l_545;
l_mut_24 = l_546;
let l_547 = f32(2.0) * l_529;
let l_548 = l_547 * l_mut_24;
let l_549 = l_524 - l_548;
let l_550 = a_8[u32(1)];
let l_551 = l_550 + l_549;
a_8[u32(1)] = l_551;
}
let l_552 = l_3 + l_4;
let l_553 = l_552 + u32(32);
let l_554 = l_mut_10 + l_5;
let l_555 = l_554 + u32(0);
let l_556 = l_553 < l_0;
let l_557 = l_555 < l_1;
let l_558 = l_556 && l_557;
if l_558 {
let l_559 = a_7[u32(8)];
let l_560 = info.scalars_f32[0] * l_559;
l_mut_25 = l_560;
let l_1078 = info.static_meta[u32(2)];
let l_1079 = l_1078 * u32(1);
let l_1080 = l_553 < l_1079;
let l_1081 = l_1079 - u32(1);
let l_1082 = min(l_553, l_1081);
let l_1083 = buffer_2_global[l_1082];
let l_1084 = select(f32(0.0), l_1083, l_1080);
let l_561 = l_1084;
let l_1085 = info.static_meta[u32(3)];
let l_1086 = l_1085 * u32(1);
let l_1087 = l_555 < l_1086;
let l_1088 = l_1086 - u32(1);
let l_1089 = min(l_555, l_1088);
let l_1090 = buffer_3_global[l_1089];
let l_1091 = select(f32(0.0), l_1090, l_1087);
let l_562 = l_1091;
let l_563 = l_561 * l_562;
l_mut_25 = l_mut_25 / l_563;
let l_564 = l_553 + info.scalars_u32[0];
let l_565 = l_555 + info.scalars_u32[1];
let l_566 = l_564 == l_565;
let l_567 = select(f32(-1.0), f32(1.0), l_566);
let l_568 = l_mut_25 + info.scalars_f32[1];
let l_569 = l_567 * l_568;
let l_570 = min(l_569, f32(0.0));
let l_571 = abs(l_569);
let l_572 = -l_571;
let l_573 = exp(l_572);
let l_574 = f32(2.0) + l_573;
let l_575 = l_573 / l_574;
let l_576 = l_575 * l_575;
l_mut_24 = f32(0.05882352963089943);
let l_577 = l_576 * l_mut_24;
let l_578 = f32(0.06666667014360428) + l_577;
l_mut_24 = l_578;
let l_579 = l_576 * l_mut_24;
let l_580 = f32(0.07692307978868484) + l_579;
l_mut_24 = l_580;
let l_581 = l_576 * l_mut_24;
let l_582 = f32(0.09090909361839294) + l_581;
l_mut_24 = l_582;
let l_583 = l_576 * l_mut_24;
let l_584 = f32(0.1111111119389534) + l_583;
l_mut_24 = l_584;
let l_585 = l_576 * l_mut_24;
let l_586 = f32(0.1428571492433548) + l_585;
l_mut_24 = l_586;
let l_587 = l_576 * l_mut_24;
let l_588 = f32(0.20000000298023224) + l_587;
l_mut_24 = l_588;
let l_589 = l_576 * l_mut_24;
let l_590 = f32(0.3333333432674408) + l_589;
l_mut_24 = l_590;
let l_591 = l_576 * l_mut_24;
let l_592 = f32(1.0) + l_591;
l_mut_24 = l_592;
let l_593 = f32(2.0) * l_575;
let l_594 = l_593 * l_mut_24;
let l_595 = l_570 - l_594;
let l_596 = a_8[u32(2)];
let l_597 = l_596 + l_595;
a_8[u32(2)] = l_597;
}
let l_598 = l_mut_10 + l_5;
let l_599 = l_598 + u32(16);
let l_600 = l_553 < l_0;
let l_601 = l_599 < l_1;
let l_602 = l_600 && l_601;
if l_602 {
let l_603 = a_7[u32(9)];
let l_604 = info.scalars_f32[0] * l_603;
l_mut_25 = l_604;
let l_1092 = info.static_meta[u32(2)];
let l_1093 = l_1092 * u32(1);
let l_1094 = l_553 < l_1093;
let l_1095 = l_1093 - u32(1);
let l_1096 = min(l_553, l_1095);
let l_1097 = buffer_2_global[l_1096];
let l_1098 = select(f32(0.0), l_1097, l_1094);
let l_605 = l_1098;
let l_1099 = info.static_meta[u32(3)];
let l_1100 = l_1099 * u32(1);
let l_1101 = l_599 < l_1100;
let l_1102 = l_1100 - u32(1);
let l_1103 = min(l_599, l_1102);
let l_1104 = buffer_3_global[l_1103];
let l_1105 = select(f32(0.0), l_1104, l_1101);
let l_606 = l_1105;
let l_607 = l_605 * l_606;
l_mut_25 = l_mut_25 / l_607;
let l_608 = l_553 + info.scalars_u32[0];
let l_609 = l_599 + info.scalars_u32[1];
let l_610 = l_608 == l_609;
let l_611 = select(f32(-1.0), f32(1.0), l_610);
let l_612 = l_mut_25 + info.scalars_f32[1];
let l_613 = l_611 * l_612;
let l_614 = min(l_613, f32(0.0));
let l_615 = abs(l_613);
let l_616 = -l_615;
let l_617 = exp(l_616);
let l_618 = f32(2.0) + l_617;
let l_619 = l_617 / l_618;
let l_620 = l_619 * l_619;
l_mut_24 = f32(0.05882352963089943);
let l_621 = l_620 * l_mut_24;
let l_622 = f32(0.06666667014360428) + l_621;
l_mut_24 = l_622;
let l_623 = l_620 * l_mut_24;
let l_624 = f32(0.07692307978868484) + l_623;
l_mut_24 = l_624;
let l_625 = l_620 * l_mut_24;
let l_626 = f32(0.09090909361839294) + l_625;
l_mut_24 = l_626;
let l_627 = l_620 * l_mut_24;
let l_628 = f32(0.1111111119389534) + l_627;
l_mut_24 = l_628;
let l_629 = l_620 * l_mut_24;
let l_630 = f32(0.1428571492433548) + l_629;
l_mut_24 = l_630;
let l_631 = l_620 * l_mut_24;
let l_632 = f32(0.20000000298023224) + l_631;
l_mut_24 = l_632;
let l_633 = l_620 * l_mut_24;
let l_634 = f32(0.3333333432674408) + l_633;
l_mut_24 = l_634;
let l_635 = l_620 * l_mut_24;
let l_636 = f32(1.0) + l_635;
l_mut_24 = l_636;
let l_637 = f32(2.0) * l_619;
let l_638 = l_637 * l_mut_24;
let l_639 = l_614 - l_638;
let l_640 = a_8[u32(2)];
let l_641 = l_640 + l_639;
a_8[u32(2)] = l_641;
}
let l_642 = l_mut_10 + l_5;
let l_643 = l_642 + u32(32);
let l_644 = l_553 < l_0;
let l_645 = l_643 < l_1;
let l_646 = l_644 && l_645;
if l_646 {
let l_647 = a_7[u32(10)];
let l_648 = info.scalars_f32[0] * l_647;
l_mut_25 = l_648;
let l_1106 = info.static_meta[u32(2)];
let l_1107 = l_1106 * u32(1);
let l_1108 = l_553 < l_1107;
let l_1109 = l_1107 - u32(1);
let l_1110 = min(l_553, l_1109);
let l_1111 = buffer_2_global[l_1110];
let l_1112 = select(f32(0.0), l_1111, l_1108);
let l_649 = l_1112;
let l_1113 = info.static_meta[u32(3)];
let l_1114 = l_1113 * u32(1);
let l_1115 = l_643 < l_1114;
let l_1116 = l_1114 - u32(1);
let l_1117 = min(l_643, l_1116);
let l_1118 = buffer_3_global[l_1117];
let l_1119 = select(f32(0.0), l_1118, l_1115);
let l_650 = l_1119;
let l_651 = l_649 * l_650;
l_mut_25 = l_mut_25 / l_651;
let l_652 = l_553 + info.scalars_u32[0];
let l_653 = l_643 + info.scalars_u32[1];
let l_654 = l_652 == l_653;
let l_655 = select(f32(-1.0), f32(1.0), l_654);
let l_656 = l_mut_25 + info.scalars_f32[1];
let l_657 = l_655 * l_656;
let l_658 = min(l_657, f32(0.0));
let l_659 = abs(l_657);
let l_660 = -l_659;
let l_661 = exp(l_660);
let l_662 = f32(2.0) + l_661;
let l_663 = l_661 / l_662;
let l_664 = l_663 * l_663;
l_mut_24 = f32(0.05882352963089943);
let l_665 = l_664 * l_mut_24;
let l_666 = f32(0.06666667014360428) + l_665;
l_mut_24 = l_666;
let l_667 = l_664 * l_mut_24;
let l_668 = f32(0.07692307978868484) + l_667;
l_mut_24 = l_668;
let l_669 = l_664 * l_mut_24;
let l_670 = f32(0.09090909361839294) + l_669;
l_mut_24 = l_670;
let l_671 = l_664 * l_mut_24;
let l_672 = f32(0.1111111119389534) + l_671;
l_mut_24 = l_672;
let l_673 = l_664 * l_mut_24;
let l_674 = f32(0.1428571492433548) + l_673;
l_mut_24 = l_674;
let l_675 = l_664 * l_mut_24;
let l_676 = f32(0.20000000298023224) + l_675;
l_mut_24 = l_676;
let l_677 = l_664 * l_mut_24;
let l_678 = f32(0.3333333432674408) + l_677;
l_mut_24 = l_678;
let l_679 = l_664 * l_mut_24;
let l_680 = f32(1.0) + l_679;
l_mut_24 = l_680;
let l_681 = f32(2.0) * l_663;
let l_682 = l_681 * l_mut_24;
let l_683 = l_658 - l_682;
let l_684 = a_8[u32(2)];
let l_685 = l_684 + l_683;
a_8[u32(2)] = l_685;
}
let l_686 = l_mut_10 + l_5;
let l_687 = l_686 + u32(48);
let l_688 = l_553 < l_0;
let l_689 = l_687 < l_1;
let l_690 = l_688 && l_689;
if l_690 {
let l_691 = a_7[u32(11)];
let l_692 = info.scalars_f32[0] * l_691;
l_mut_25 = l_692;
let l_1120 = info.static_meta[u32(2)];
let l_1121 = l_1120 * u32(1);
let l_1122 = l_553 < l_1121;
let l_1123 = l_1121 - u32(1);
let l_1124 = min(l_553, l_1123);
let l_1125 = buffer_2_global[l_1124];
let l_1126 = select(f32(0.0), l_1125, l_1122);
let l_693 = l_1126;
let l_1127 = info.static_meta[u32(3)];
let l_1128 = l_1127 * u32(1);
let l_1129 = l_687 < l_1128;
let l_1130 = l_1128 - u32(1);
let l_1131 = min(l_687, l_1130);
let l_1132 = buffer_3_global[l_1131];
let l_1133 = select(f32(0.0), l_1132, l_1129);
let l_694 = l_1133;
let l_695 = l_693 * l_694;
l_mut_25 = l_mut_25 / l_695;
let l_696 = l_553 + info.scalars_u32[0];
let l_697 = l_687 + info.scalars_u32[1];
let l_698 = l_696 == l_697;
let l_699 = select(f32(-1.0), f32(1.0), l_698);
let l_700 = l_mut_25 + info.scalars_f32[1];
let l_701 = l_699 * l_700;
let l_702 = min(l_701, f32(0.0));
let l_703 = abs(l_701);
let l_704 = -l_703;
let l_705 = exp(l_704);
let l_706 = f32(2.0) + l_705;
let l_707 = l_705 / l_706;
let l_708 = l_707 * l_707;
l_mut_24 = f32(0.05882352963089943);
let l_709 = l_708 * l_mut_24;
let l_710 = f32(0.06666667014360428) + l_709;
l_mut_24 = l_710;
let l_711 = l_708 * l_mut_24;
let l_712 = f32(0.07692307978868484) + l_711;
l_mut_24 = l_712;
let l_713 = l_708 * l_mut_24;
let l_714 = f32(0.09090909361839294) + l_713;
l_mut_24 = l_714;
let l_715 = l_708 * l_mut_24;
let l_716 = f32(0.1111111119389534) + l_715;
l_mut_24 = l_716;
let l_717 = l_708 * l_mut_24;
let l_718 = f32(0.1428571492433548) + l_717;
l_mut_24 = l_718;
let l_719 = l_708 * l_mut_24;
let l_720 = f32(0.20000000298023224) + l_719;
l_mut_24 = l_720;
let l_721 = l_708 * l_mut_24;
let l_722 = f32(0.3333333432674408) + l_721;
l_mut_24 = l_722;
let l_723 = l_708 * l_mut_24;
let l_724 = f32(1.0) + l_723;
l_mut_24 = l_724;
let l_725 = f32(2.0) * l_707;
let l_726 = l_725 * l_mut_24;
let l_727 = l_702 - l_726;
let l_728 = a_8[u32(2)];
let l_729 = l_728 + l_727;
a_8[u32(2)] = l_729;
}
let l_730 = l_3 + l_4;
let l_731 = l_730 + u32(48);
let l_732 = l_mut_10 + l_5;
let l_733 = l_732 + u32(0);
let l_734 = l_731 < l_0;
let l_735 = l_733 < l_1;
let l_736 = l_734 && l_735;
if l_736 {
let l_737 = a_7[u32(12)];
let l_738 = info.scalars_f32[0] * l_737;
l_mut_25 = l_738;
let l_1134 = info.static_meta[u32(2)];
let l_1135 = l_1134 * u32(1);
let l_1136 = l_731 < l_1135;
let l_1137 = l_1135 - u32(1);
let l_1138 = min(l_731, l_1137);
let l_1139 = buffer_2_global[l_1138];
let l_1140 = select(f32(0.0), l_1139, l_1136);
let l_739 = l_1140;
let l_1141 = info.static_meta[u32(3)];
let l_1142 = l_1141 * u32(1);
let l_1143 = l_733 < l_1142;
let l_1144 = l_1142 - u32(1);
let l_1145 = min(l_733, l_1144);
let l_1146 = buffer_3_global[l_1145];
let l_1147 = select(f32(0.0), l_1146, l_1143);
let l_740 = l_1147;
let l_741 = l_739 * l_740;
l_mut_25 = l_mut_25 / l_741;
let l_742 = l_731 + info.scalars_u32[0];
let l_743 = l_733 + info.scalars_u32[1];
let l_744 = l_742 == l_743;
let l_745 = select(f32(-1.0), f32(1.0), l_744);
let l_746 = l_mut_25 + info.scalars_f32[1];
let l_747 = l_745 * l_746;
let l_748 = min(l_747, f32(0.0));
let l_749 = abs(l_747);
let l_750 = -l_749;
let l_751 = exp(l_750);
let l_752 = f32(2.0) + l_751;
let l_753 = l_751 / l_752;
let l_754 = l_753 * l_753;
l_mut_24 = f32(0.05882352963089943);
let l_755 = l_754 * l_mut_24;
let l_756 = f32(0.06666667014360428) + l_755;
l_mut_24 = l_756;
let l_757 = l_754 * l_mut_24;
let l_758 = f32(0.07692307978868484) + l_757;
l_mut_24 = l_758;
let l_759 = l_754 * l_mut_24;
let l_760 = f32(0.09090909361839294) + l_759;
l_mut_24 = l_760;
let l_761 = l_754 * l_mut_24;
let l_762 = f32(0.1111111119389534) + l_761;
l_mut_24 = l_762;
let l_763 = l_754 * l_mut_24;
let l_764 = f32(0.1428571492433548) + l_763;
l_mut_24 = l_764;
let l_765 = l_754 * l_mut_24;
let l_766 = f32(0.20000000298023224) + l_765;
l_mut_24 = l_766;
let l_767 = l_754 * l_mut_24;
let l_768 = f32(0.3333333432674408) + l_767;
l_mut_24 = l_768;
let l_769 = l_754 * l_mut_24;
let l_770 = f32(1.0) + l_769;
l_mut_24 = l_770;
let l_771 = f32(2.0) * l_753;
let l_772 = l_771 * l_mut_24;
let l_773 = l_748 - l_772;
let l_774 = a_8[u32(3)];
let l_775 = l_774 + l_773;
a_8[u32(3)] = l_775;
}
let l_776 = l_mut_10 + l_5;
let l_777 = l_776 + u32(16);
let l_778 = l_731 < l_0;
let l_779 = l_777 < l_1;
let l_780 = l_778 && l_779;
if l_780 {
let l_781 = a_7[u32(13)];
let l_782 = info.scalars_f32[0] * l_781;
l_mut_25 = l_782;
let l_1148 = info.static_meta[u32(2)];
let l_1149 = l_1148 * u32(1);
let l_1150 = l_731 < l_1149;
let l_1151 = l_1149 - u32(1);
let l_1152 = min(l_731, l_1151);
let l_1153 = buffer_2_global[l_1152];
let l_1154 = select(f32(0.0), l_1153, l_1150);
let l_783 = l_1154;
let l_1155 = info.static_meta[u32(3)];
let l_1156 = l_1155 * u32(1);
let l_1157 = l_777 < l_1156;
let l_1158 = l_1156 - u32(1);
let l_1159 = min(l_777, l_1158);
let l_1160 = buffer_3_global[l_1159];
let l_1161 = select(f32(0.0), l_1160, l_1157);
let l_784 = l_1161;
let l_785 = l_783 * l_784;
l_mut_25 = l_mut_25 / l_785;
let l_786 = l_731 + info.scalars_u32[0];
let l_787 = l_777 + info.scalars_u32[1];
let l_788 = l_786 == l_787;
let l_789 = select(f32(-1.0), f32(1.0), l_788);
let l_790 = l_mut_25 + info.scalars_f32[1];
let l_791 = l_789 * l_790;
let l_792 = min(l_791, f32(0.0));
let l_793 = abs(l_791);
let l_794 = -l_793;
let l_795 = exp(l_794);
let l_796 = f32(2.0) + l_795;
let l_797 = l_795 / l_796;
let l_798 = l_797 * l_797;
l_mut_24 = f32(0.05882352963089943);
let l_799 = l_798 * l_mut_24;
let l_800 = f32(0.06666667014360428) + l_799;
l_mut_24 = l_800;
let l_801 = l_798 * l_mut_24;
let l_802 = f32(0.07692307978868484) + l_801;
l_mut_24 = l_802;
let l_803 = l_798 * l_mut_24;
let l_804 = f32(0.09090909361839294) + l_803;
l_mut_24 = l_804;
let l_805 = l_798 * l_mut_24;
let l_806 = f32(0.1111111119389534) + l_805;
l_mut_24 = l_806;
let l_807 = l_798 * l_mut_24;
let l_808 = f32(0.1428571492433548) + l_807;
l_mut_24 = l_808;
let l_809 = l_798 * l_mut_24;
let l_810 = f32(0.20000000298023224) + l_809;
l_mut_24 = l_810;
let l_811 = l_798 * l_mut_24;
let l_812 = f32(0.3333333432674408) + l_811;
l_mut_24 = l_812;
let l_813 = l_798 * l_mut_24;
let l_814 = f32(1.0) + l_813;
l_mut_24 = l_814;
let l_815 = f32(2.0) * l_797;
let l_816 = l_815 * l_mut_24;
let l_817 = l_792 - l_816;
let l_818 = a_8[u32(3)];
let l_819 = l_818 + l_817;
a_8[u32(3)] = l_819;
}
let l_820 = l_mut_10 + l_5;
let l_821 = l_820 + u32(32);
let l_822 = l_731 < l_0;
let l_823 = l_821 < l_1;
let l_824 = l_822 && l_823;
if l_824 {
let l_825 = a_7[u32(14)];
let l_826 = info.scalars_f32[0] * l_825;
l_mut_25 = l_826;
let l_1162 = info.static_meta[u32(2)];
let l_1163 = l_1162 * u32(1);
let l_1164 = l_731 < l_1163;
let l_1165 = l_1163 - u32(1);
let l_1166 = min(l_731, l_1165);
let l_1167 = buffer_2_global[l_1166];
let l_1168 = select(f32(0.0), l_1167, l_1164);
let l_827 = l_1168;
let l_1169 = info.static_meta[u32(3)];
let l_1170 = l_1169 * u32(1);
let l_1171 = l_821 < l_1170;
let l_1172 = l_1170 - u32(1);
let l_1173 = min(l_821, l_1172);
let l_1174 = buffer_3_global[l_1173];
let l_1175 = select(f32(0.0), l_1174, l_1171);
let l_828 = l_1175;
let l_829 = l_827 * l_828;
l_mut_25 = l_mut_25 / l_829;
let l_830 = l_731 + info.scalars_u32[0];
let l_831 = l_821 + info.scalars_u32[1];
let l_832 = l_830 == l_831;
let l_833 = select(f32(-1.0), f32(1.0), l_832);
let l_834 = l_mut_25 + info.scalars_f32[1];
let l_835 = l_833 * l_834;
let l_836 = min(l_835, f32(0.0));
let l_837 = abs(l_835);
let l_838 = -l_837;
let l_839 = exp(l_838);
let l_840 = f32(2.0) + l_839;
let l_841 = l_839 / l_840;
let l_842 = l_841 * l_841;
l_mut_24 = f32(0.05882352963089943);
let l_843 = l_842 * l_mut_24;
let l_844 = f32(0.06666667014360428) + l_843;
l_mut_24 = l_844;
let l_845 = l_842 * l_mut_24;
let l_846 = f32(0.07692307978868484) + l_845;
l_mut_24 = l_846;
let l_847 = l_842 * l_mut_24;
let l_848 = f32(0.09090909361839294) + l_847;
l_mut_24 = l_848;
let l_849 = l_842 * l_mut_24;
let l_850 = f32(0.1111111119389534) + l_849;
l_mut_24 = l_850;
let l_851 = l_842 * l_mut_24;
let l_852 = f32(0.1428571492433548) + l_851;
l_mut_24 = l_852;
let l_853 = l_842 * l_mut_24;
let l_854 = f32(0.20000000298023224) + l_853;
l_mut_24 = l_854;
let l_855 = l_842 * l_mut_24;
let l_856 = f32(0.3333333432674408) + l_855;
l_mut_24 = l_856;
let l_857 = l_842 * l_mut_24;
let l_858 = f32(1.0) + l_857;
l_mut_24 = l_858;
let l_859 = f32(2.0) * l_841;
let l_860 = l_859 * l_mut_24;
let l_861 = l_836 - l_860;
let l_862 = a_8[u32(3)];
let l_863 = l_862 + l_861;
a_8[u32(3)] = l_863;
}
let l_864 = l_mut_10 + l_5;
let l_865 = l_864 + u32(48);
let l_866 = l_731 < l_0;
let l_867 = l_865 < l_1;
let l_868 = l_866 && l_867;
if l_868 {
let l_869 = a_7[u32(15)];
let l_870 = info.scalars_f32[0] * l_869;
l_mut_25 = l_870;
let l_1176 = info.static_meta[u32(2)];
let l_1177 = l_1176 * u32(1);
let l_1178 = l_731 < l_1177;
let l_1179 = l_1177 - u32(1);
let l_1180 = min(l_731, l_1179);
let l_1181 = buffer_2_global[l_1180];
let l_1182 = select(f32(0.0), l_1181, l_1178);
let l_871 = l_1182;
let l_1183 = info.static_meta[u32(3)];
let l_1184 = l_1183 * u32(1);
let l_1185 = l_865 < l_1184;
let l_1186 = l_1184 - u32(1);
let l_1187 = min(l_865, l_1186);
let l_1188 = buffer_3_global[l_1187];
let l_1189 = select(f32(0.0), l_1188, l_1185);
let l_872 = l_1189;
let l_873 = l_871 * l_872;
l_mut_25 = l_mut_25 / l_873;
let l_874 = l_731 + info.scalars_u32[0];
let l_875 = l_865 + info.scalars_u32[1];
let l_876 = l_874 == l_875;
let l_877 = select(f32(-1.0), f32(1.0), l_876);
let l_878 = l_mut_25 + info.scalars_f32[1];
let l_879 = l_877 * l_878;
let l_880 = min(l_879, f32(0.0));
let l_881 = abs(l_879);
let l_882 = -l_881;
let l_883 = exp(l_882);
let l_884 = f32(2.0) + l_883;
let l_885 = l_883 / l_884;
let l_886 = l_885 * l_885;
l_mut_24 = f32(0.05882352963089943);
let l_887 = l_886 * l_mut_24;
let l_888 = f32(0.06666667014360428) + l_887;
l_mut_24 = l_888;
let l_889 = l_886 * l_mut_24;
let l_890 = f32(0.07692307978868484) + l_889;
l_mut_24 = l_890;
let l_891 = l_886 * l_mut_24;
let l_892 = f32(0.09090909361839294) + l_891;
l_mut_24 = l_892;
let l_893 = l_886 * l_mut_24;
let l_894 = f32(0.1111111119389534) + l_893;
l_mut_24 = l_894;
let l_895 = l_886 * l_mut_24;
let l_896 = f32(0.1428571492433548) + l_895;
l_mut_24 = l_896;
let l_897 = l_886 * l_mut_24;
let l_898 = f32(0.20000000298023224) + l_897;
l_mut_24 = l_898;
let l_899 = l_886 * l_mut_24;
let l_900 = f32(0.3333333432674408) + l_899;
l_mut_24 = l_900;
let l_901 = l_886 * l_mut_24;
let l_902 = f32(1.0) + l_901;
l_mut_24 = l_902;
let l_903 = f32(2.0) * l_885;
let l_904 = l_903 * l_mut_24;
let l_905 = l_880 - l_904;
let l_906 = a_8[u32(3)];
let l_907 = l_906 + l_905;
a_8[u32(3)] = l_907;
}
l_mut_10 = l_mut_10 + u32(64);
}
let l_908 = l_4 + u32(0);
let l_909 = l_908 * u32(16);
let l_910 = l_909 + l_5;
let l_911 = a_8[u32(0)];
shared_memory_6[l_910] = l_911;
let l_912 = l_908 * u32(16);
let l_913 = u32(1024) + l_912;
let l_914 = l_913 + l_5;
let l_915 = a_9[u32(0)];
shared_memory_6[l_914] = l_915;
let l_916 = l_4 + u32(16);
let l_917 = l_916 * u32(16);
let l_918 = l_917 + l_5;
let l_919 = a_8[u32(1)];
shared_memory_6[l_918] = l_919;
let l_920 = l_916 * u32(16);
let l_921 = u32(1024) + l_920;
let l_922 = l_921 + l_5;
let l_923 = a_9[u32(1)];
shared_memory_6[l_922] = l_923;
let l_924 = l_4 + u32(32);
let l_925 = l_924 * u32(16);
let l_926 = l_925 + l_5;
let l_927 = a_8[u32(2)];
shared_memory_6[l_926] = l_927;
let l_928 = l_924 * u32(16);
let l_929 = u32(1024) + l_928;
let l_930 = l_929 + l_5;
let l_931 = a_9[u32(2)];
shared_memory_6[l_930] = l_931;
let l_932 = l_4 + u32(48);
let l_933 = l_932 * u32(16);
let l_934 = l_933 + l_5;
let l_935 = a_8[u32(3)];
shared_memory_6[l_934] = l_935;
let l_936 = l_932 * u32(16);
let l_937 = u32(1024) + l_936;
let l_938 = l_937 + l_5;
let l_939 = a_9[u32(3)];
shared_memory_6[l_938] = l_939;
workgroupBarrier();
let l_940 = local_idx < u32(64);
if l_940 {
let l_941 = l_3 + local_idx;
let l_942 = l_941 < l_0;
if l_942 {
l_mut_25 = f32(0.0);
l_mut_24 = f32(0.0);

for (var l_mut_943: u32 = u32(0); l_mut_943 < u32(16); l_mut_943++) {
let l_944 = local_idx * u32(16);
let l_945 = l_944 + l_mut_943;
let l_946 = shared_memory_6[l_945];
l_mut_25 = l_mut_25 + l_946;
let l_947 = local_idx * u32(16);
let l_948 = u32(1024) + l_947;
let l_949 = l_948 + l_mut_943;
let l_950 = shared_memory_6[l_949];
l_mut_24 = l_mut_24 + l_950;
}
let l_951 = info.scalars_f32[2] * l_mut_25;
let l_1190 = info.static_meta[u32(4)];
let l_1191 = l_1190 * u32(1);
let l_1192 = l_941 < l_1191;
if l_1192 {
buffer_4_global[l_941] = l_951;
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
// ==== launch 0: loss_tiles_x_f32_y_f32 (sigmoid_loss), cube_dim 256x1x1
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

var<workgroup> shared_memory_6: array<f32, 2176>;

const WORKGROUP_SIZE_X = 256u;
const WORKGROUP_SIZE_Y = 1u;
const WORKGROUP_SIZE_Z = 1u;

@compute
@workgroup_size(256, 1, 1)
fn loss_tiles_x_f32_y_f32(
    @builtin(local_invocation_index) local_idx: u32,
    @builtin(num_workgroups) num_workgroups: vec3<u32>,
    @builtin(workgroup_id) workgroup_id: vec3<u32>,
) {
var a_8: array<f32, 4>;

var a_9: array<f32, 4>;

var a_7: array<f32, 16>;

let workgroup_id_no_axis = (u32(num_workgroups.y) * u32(num_workgroups.x) * u32(workgroup_id.z)) + (u32(num_workgroups.x) * u32(workgroup_id.y)) + u32(workgroup_id.x);
var l_mut_10: u32;
var l_mut_13: u32;
var l_mut_16: u32;
var l_mut_24: f32;
var l_mut_25: f32;
let l_0 = info.dynamic_meta[info.static_meta[u32(12)] + u32(0)];
let l_1 = info.dynamic_meta[info.static_meta[u32(13)] + u32(0)];
let l_2 = info.dynamic_meta[info.static_meta[u32(12)] + u32(1)];
let l_3 = workgroup_id_no_axis * u32(64);
let l_4 = local_idx / u32(16);
let l_5 = local_idx % u32(16);
a_8[u32(0)] = f32(0.0);
a_9[u32(0)] = f32(0.0);
a_8[u32(1)] = f32(0.0);
a_9[u32(1)] = f32(0.0);
a_8[u32(2)] = f32(0.0);
a_9[u32(2)] = f32(0.0);
a_8[u32(3)] = f32(0.0);
a_9[u32(3)] = f32(0.0);
l_mut_10 = u32(0);
loop {
let l_11 = l_mut_10 < l_1;
let l_12 = !l_11;
if l_12 {
break;
}
a_7[u32(0)] = f32(0.0);
a_7[u32(1)] = f32(0.0);
a_7[u32(2)] = f32(0.0);
a_7[u32(3)] = f32(0.0);
a_7[u32(4)] = f32(0.0);
a_7[u32(5)] = f32(0.0);
a_7[u32(6)] = f32(0.0);
a_7[u32(7)] = f32(0.0);
a_7[u32(8)] = f32(0.0);
a_7[u32(9)] = f32(0.0);
a_7[u32(10)] = f32(0.0);
a_7[u32(11)] = f32(0.0);
a_7[u32(12)] = f32(0.0);
a_7[u32(13)] = f32(0.0);
a_7[u32(14)] = f32(0.0);
a_7[u32(15)] = f32(0.0);
l_mut_13 = u32(0);
loop {
let l_14 = l_mut_13 < l_2;
let l_15 = !l_14;
if l_15 {
break;
}
l_mut_16 = local_idx;
loop {
let l_17 = l_mut_16 < u32(1024);
let l_18 = !l_17;
if l_18 {
break;
}
let l_19 = l_mut_16 / u32(16);
let l_20 = l_mut_16 % u32(16);
let l_21 = l_mut_13 + l_20;
let l_22 = l_3 + l_19;
let l_23 = l_mut_10 + l_19;
l_mut_24 = f32(0.0);
l_mut_25 = f32(0.0);
let l_26 = l_22 < l_0;
let l_27 = l_21 < l_2;
let l_28 = l_26 && l_27;
if l_28 {
let l_29 = info.dynamic_meta[info.static_meta[u32(14)] + u32(0)];
let l_30 = l_22 * l_29;
let l_31 = info.dynamic_meta[info.static_meta[u32(14)] + u32(1)];
let l_32 = l_21 * l_31;
let l_33 = l_30 + l_32;
let l_666 = info.static_meta[u32(0)];
let l_667 = l_666 * u32(1);
let l_668 = l_33 < l_667;
let l_669 = l_667 - u32(1);
let l_670 = min(l_33, l_669);
let l_671 = buffer_0_global[l_670];
let l_672 = select(f32(0.0), l_671, l_668);
let l_34 = l_672;
l_mut_24 = l_34;
}
let l_35 = l_23 < l_1;
let l_36 = l_21 < l_2;
let l_37 = l_35 && l_36;
if l_37 {
let l_38 = info.dynamic_meta[info.static_meta[u32(15)] + u32(0)];
let l_39 = l_23 * l_38;
let l_40 = info.dynamic_meta[info.static_meta[u32(15)] + u32(1)];
let l_41 = l_21 * l_40;
let l_42 = l_39 + l_41;
let l_673 = info.static_meta[u32(1)];
let l_674 = l_673 * u32(1);
let l_675 = l_42 < l_674;
let l_676 = l_674 - u32(1);
let l_677 = min(l_42, l_676);
let l_678 = buffer_1_global[l_677];
let l_679 = select(f32(0.0), l_678, l_675);
let l_43 = l_679;
l_mut_25 = l_43;
}
let l_44 = l_19 * u32(17);
let l_45 = l_mut_16 % u32(16);
let l_46 = l_44 + l_45;
shared_memory_6[l_46] = l_mut_24;
let l_47 = l_19 * u32(17);
let l_48 = u32(1088) + l_47;
let l_49 = l_mut_16 % u32(16);
let l_50 = l_48 + l_49;
shared_memory_6[l_50] = l_mut_25;
l_mut_16 = l_mut_16 + u32(256);
}
workgroupBarrier();

for (var l_mut_51: u32 = u32(0); l_mut_51 < u32(16); l_mut_51++) {
let l_52 = l_4 + u32(0);
let l_53 = l_52 * u32(17);
let l_54 = l_53 + l_mut_51;
let l_55 = shared_memory_6[l_54];
let l_56 = l_5 + u32(0);
let l_57 = l_56 * u32(17);
let l_58 = u32(1088) + l_57;
let l_59 = l_58 + l_mut_51;
let l_60 = shared_memory_6[l_59];
let l_61 = l_55 * l_60;
let l_62 = a_7[u32(0)];
let l_63 = l_62 + l_61;
a_7[u32(0)] = l_63;
let l_64 = l_5 + u32(16);
let l_65 = l_64 * u32(17);
let l_66 = u32(1088) + l_65;
let l_67 = l_66 + l_mut_51;
let l_68 = shared_memory_6[l_67];
let l_69 = l_55 * l_68;
let l_70 = a_7[u32(1)];
let l_71 = l_70 + l_69;
a_7[u32(1)] = l_71;
let l_72 = l_5 + u32(32);
let l_73 = l_72 * u32(17);
let l_74 = u32(1088) + l_73;
let l_75 = l_74 + l_mut_51;
let l_76 = shared_memory_6[l_75];
let l_77 = l_55 * l_76;
let l_78 = a_7[u32(2)];
let l_79 = l_78 + l_77;
a_7[u32(2)] = l_79;
let l_80 = l_5 + u32(48);
let l_81 = l_80 * u32(17);
let l_82 = u32(1088) + l_81;
let l_83 = l_82 + l_mut_51;
let l_84 = shared_memory_6[l_83];
let l_85 = l_55 * l_84;
let l_86 = a_7[u32(3)];
let l_87 = l_86 + l_85;
a_7[u32(3)] = l_87;
let l_88 = l_4 + u32(16);
let l_89 = l_88 * u32(17);
let l_90 = l_89 + l_mut_51;
let l_91 = shared_memory_6[l_90];
let l_92 = l_5 + u32(0);
let l_93 = l_92 * u32(17);
let l_94 = u32(1088) + l_93;
let l_95 = l_94 + l_mut_51;
let l_96 = shared_memory_6[l_95];
let l_97 = l_91 * l_96;
let l_98 = a_7[u32(4)];
let l_99 = l_98 + l_97;
a_7[u32(4)] = l_99;
let l_100 = l_5 + u32(16);
let l_101 = l_100 * u32(17);
let l_102 = u32(1088) + l_101;
let l_103 = l_102 + l_mut_51;
let l_104 = shared_memory_6[l_103];
let l_105 = l_91 * l_104;
let l_106 = a_7[u32(5)];
let l_107 = l_106 + l_105;
a_7[u32(5)] = l_107;
let l_108 = l_5 + u32(32);
let l_109 = l_108 * u32(17);
let l_110 = u32(1088) + l_109;
let l_111 = l_110 + l_mut_51;
let l_112 = shared_memory_6[l_111];
let l_113 = l_91 * l_112;
let l_114 = a_7[u32(6)];
let l_115 = l_114 + l_113;
a_7[u32(6)] = l_115;
let l_116 = l_5 + u32(48);
let l_117 = l_116 * u32(17);
let l_118 = u32(1088) + l_117;
let l_119 = l_118 + l_mut_51;
let l_120 = shared_memory_6[l_119];
let l_121 = l_91 * l_120;
let l_122 = a_7[u32(7)];
let l_123 = l_122 + l_121;
a_7[u32(7)] = l_123;
let l_124 = l_4 + u32(32);
let l_125 = l_124 * u32(17);
let l_126 = l_125 + l_mut_51;
let l_127 = shared_memory_6[l_126];
let l_128 = l_5 + u32(0);
let l_129 = l_128 * u32(17);
let l_130 = u32(1088) + l_129;
let l_131 = l_130 + l_mut_51;
let l_132 = shared_memory_6[l_131];
let l_133 = l_127 * l_132;
let l_134 = a_7[u32(8)];
let l_135 = l_134 + l_133;
a_7[u32(8)] = l_135;
let l_136 = l_5 + u32(16);
let l_137 = l_136 * u32(17);
let l_138 = u32(1088) + l_137;
let l_139 = l_138 + l_mut_51;
let l_140 = shared_memory_6[l_139];
let l_141 = l_127 * l_140;
let l_142 = a_7[u32(9)];
let l_143 = l_142 + l_141;
a_7[u32(9)] = l_143;
let l_144 = l_5 + u32(32);
let l_145 = l_144 * u32(17);
let l_146 = u32(1088) + l_145;
let l_147 = l_146 + l_mut_51;
let l_148 = shared_memory_6[l_147];
let l_149 = l_127 * l_148;
let l_150 = a_7[u32(10)];
let l_151 = l_150 + l_149;
a_7[u32(10)] = l_151;
let l_152 = l_5 + u32(48);
let l_153 = l_152 * u32(17);
let l_154 = u32(1088) + l_153;
let l_155 = l_154 + l_mut_51;
let l_156 = shared_memory_6[l_155];
let l_157 = l_127 * l_156;
let l_158 = a_7[u32(11)];
let l_159 = l_158 + l_157;
a_7[u32(11)] = l_159;
let l_160 = l_4 + u32(48);
let l_161 = l_160 * u32(17);
let l_162 = l_161 + l_mut_51;
let l_163 = shared_memory_6[l_162];
let l_164 = l_5 + u32(0);
let l_165 = l_164 * u32(17);
let l_166 = u32(1088) + l_165;
let l_167 = l_166 + l_mut_51;
let l_168 = shared_memory_6[l_167];
let l_169 = l_163 * l_168;
let l_170 = a_7[u32(12)];
let l_171 = l_170 + l_169;
a_7[u32(12)] = l_171;
let l_172 = l_5 + u32(16);
let l_173 = l_172 * u32(17);
let l_174 = u32(1088) + l_173;
let l_175 = l_174 + l_mut_51;
let l_176 = shared_memory_6[l_175];
let l_177 = l_163 * l_176;
let l_178 = a_7[u32(13)];
let l_179 = l_178 + l_177;
a_7[u32(13)] = l_179;
let l_180 = l_5 + u32(32);
let l_181 = l_180 * u32(17);
let l_182 = u32(1088) + l_181;
let l_183 = l_182 + l_mut_51;
let l_184 = shared_memory_6[l_183];
let l_185 = l_163 * l_184;
let l_186 = a_7[u32(14)];
let l_187 = l_186 + l_185;
a_7[u32(14)] = l_187;
let l_188 = l_5 + u32(48);
let l_189 = l_188 * u32(17);
let l_190 = u32(1088) + l_189;
let l_191 = l_190 + l_mut_51;
let l_192 = shared_memory_6[l_191];
let l_193 = l_163 * l_192;
let l_194 = a_7[u32(15)];
let l_195 = l_194 + l_193;
a_7[u32(15)] = l_195;
}
workgroupBarrier();
l_mut_13 = l_mut_13 + u32(16);
}
let l_196 = l_3 + l_4;
let l_197 = l_196 + u32(0);
let l_198 = l_mut_10 + l_5;
let l_199 = l_198 + u32(0);
let l_200 = l_197 < l_0;
let l_201 = l_199 < l_1;
let l_202 = l_200 && l_201;
if l_202 {
let l_203 = a_7[u32(0)];
let l_204 = info.scalars_f32[0] * l_203;
l_mut_25 = l_204;
let l_680 = info.static_meta[u32(2)];
let l_681 = l_680 * u32(1);
let l_682 = l_197 < l_681;
let l_683 = l_681 - u32(1);
let l_684 = min(l_197, l_683);
let l_685 = buffer_2_global[l_684];
let l_686 = select(f32(0.0), l_685, l_682);
let l_205 = l_686;
let l_687 = info.static_meta[u32(3)];
let l_688 = l_687 * u32(1);
let l_689 = l_199 < l_688;
let l_690 = l_688 - u32(1);
let l_691 = min(l_199, l_690);
let l_692 = buffer_3_global[l_691];
let l_693 = select(f32(0.0), l_692, l_689);
let l_206 = l_693;
let l_207 = l_205 * l_206;
l_mut_25 = l_mut_25 / l_207;
let l_208 = l_197 + info.scalars_u32[0];
let l_209 = l_199 + info.scalars_u32[1];
let l_210 = l_208 == l_209;
let l_211 = select(f32(-1.0), f32(1.0), l_210);
let l_212 = l_mut_25 + info.scalars_f32[1];
let l_213 = -info.scalars_f32[2];
let l_214 = l_213 * l_211;
let l_215 = l_211 * l_212;
let l_216 = exp(l_215);
let l_217 = f32(1.0) + l_216;
let l_218 = l_214 / l_217;
let l_219 = l_218 * l_mut_25;
let l_220 = a_8[u32(0)];
let l_221 = l_220 + l_219;
a_8[u32(0)] = l_221;
let l_222 = a_9[u32(0)];
let l_223 = l_222 + l_218;
a_9[u32(0)] = l_223;
}
let l_224 = l_mut_10 + l_5;
let l_225 = l_224 + u32(16);
let l_226 = l_197 < l_0;
let l_227 = l_225 < l_1;
let l_228 = l_226 && l_227;
if l_228 {
let l_229 = a_7[u32(1)];
let l_230 = info.scalars_f32[0] * l_229;
l_mut_25 = l_230;
let l_694 = info.static_meta[u32(2)];
let l_695 = l_694 * u32(1);
let l_696 = l_197 < l_695;
let l_697 = l_695 - u32(1);
let l_698 = min(l_197, l_697);
let l_699 = buffer_2_global[l_698];
let l_700 = select(f32(0.0), l_699, l_696);
let l_231 = l_700;
let l_701 = info.static_meta[u32(3)];
let l_702 = l_701 * u32(1);
let l_703 = l_225 < l_702;
let l_704 = l_702 - u32(1);
let l_705 = min(l_225, l_704);
let l_706 = buffer_3_global[l_705];
let l_707 = select(f32(0.0), l_706, l_703);
let l_232 = l_707;
let l_233 = l_231 * l_232;
l_mut_25 = l_mut_25 / l_233;
let l_234 = l_197 + info.scalars_u32[0];
let l_235 = l_225 + info.scalars_u32[1];
let l_236 = l_234 == l_235;
let l_237 = select(f32(-1.0), f32(1.0), l_236);
let l_238 = l_mut_25 + info.scalars_f32[1];
let l_239 = -info.scalars_f32[2];
let l_240 = l_239 * l_237;
let l_241 = l_237 * l_238;
let l_242 = exp(l_241);
let l_243 = f32(1.0) + l_242;
let l_244 = l_240 / l_243;
let l_245 = l_244 * l_mut_25;
let l_246 = a_8[u32(0)];
let l_247 = l_246 + l_245;
a_8[u32(0)] = l_247;
let l_248 = a_9[u32(0)];
let l_249 = l_248 + l_244;
a_9[u32(0)] = l_249;
}
let l_250 = l_mut_10 + l_5;
let l_251 = l_250 + u32(32);
let l_252 = l_197 < l_0;
let l_253 = l_251 < l_1;
let l_254 = l_252 && l_253;
if l_254 {
let l_255 = a_7[u32(2)];
let l_256 = info.scalars_f32[0] * l_255;
l_mut_25 = l_256;
let l_708 = info.static_meta[u32(2)];
let l_709 = l_708 * u32(1);
let l_710 = l_197 < l_709;
let l_711 = l_709 - u32(1);
let l_712 = min(l_197, l_711);
let l_713 = buffer_2_global[l_712];
let l_714 = select(f32(0.0), l_713, l_710);
let l_257 = l_714;
let l_715 = info.static_meta[u32(3)];
let l_716 = l_715 * u32(1);
let l_717 = l_251 < l_716;
let l_718 = l_716 - u32(1);
let l_719 = min(l_251, l_718);
let l_720 = buffer_3_global[l_719];
let l_721 = select(f32(0.0), l_720, l_717);
let l_258 = l_721;
let l_259 = l_257 * l_258;
l_mut_25 = l_mut_25 / l_259;
let l_260 = l_197 + info.scalars_u32[0];
let l_261 = l_251 + info.scalars_u32[1];
let l_262 = l_260 == l_261;
let l_263 = select(f32(-1.0), f32(1.0), l_262);
let l_264 = l_mut_25 + info.scalars_f32[1];
let l_265 = -info.scalars_f32[2];
let l_266 = l_265 * l_263;
let l_267 = l_263 * l_264;
let l_268 = exp(l_267);
let l_269 = f32(1.0) + l_268;
let l_270 = l_266 / l_269;
let l_271 = l_270 * l_mut_25;
let l_272 = a_8[u32(0)];
let l_273 = l_272 + l_271;
a_8[u32(0)] = l_273;
let l_274 = a_9[u32(0)];
let l_275 = l_274 + l_270;
a_9[u32(0)] = l_275;
}
let l_276 = l_mut_10 + l_5;
let l_277 = l_276 + u32(48);
let l_278 = l_197 < l_0;
let l_279 = l_277 < l_1;
let l_280 = l_278 && l_279;
if l_280 {
let l_281 = a_7[u32(3)];
let l_282 = info.scalars_f32[0] * l_281;
l_mut_25 = l_282;
let l_722 = info.static_meta[u32(2)];
let l_723 = l_722 * u32(1);
let l_724 = l_197 < l_723;
let l_725 = l_723 - u32(1);
let l_726 = min(l_197, l_725);
let l_727 = buffer_2_global[l_726];
let l_728 = select(f32(0.0), l_727, l_724);
let l_283 = l_728;
let l_729 = info.static_meta[u32(3)];
let l_730 = l_729 * u32(1);
let l_731 = l_277 < l_730;
let l_732 = l_730 - u32(1);
let l_733 = min(l_277, l_732);
let l_734 = buffer_3_global[l_733];
let l_735 = select(f32(0.0), l_734, l_731);
let l_284 = l_735;
let l_285 = l_283 * l_284;
l_mut_25 = l_mut_25 / l_285;
let l_286 = l_197 + info.scalars_u32[0];
let l_287 = l_277 + info.scalars_u32[1];
let l_288 = l_286 == l_287;
let l_289 = select(f32(-1.0), f32(1.0), l_288);
let l_290 = l_mut_25 + info.scalars_f32[1];
let l_291 = -info.scalars_f32[2];
let l_292 = l_291 * l_289;
let l_293 = l_289 * l_290;
let l_294 = exp(l_293);
let l_295 = f32(1.0) + l_294;
let l_296 = l_292 / l_295;
let l_297 = l_296 * l_mut_25;
let l_298 = a_8[u32(0)];
let l_299 = l_298 + l_297;
a_8[u32(0)] = l_299;
let l_300 = a_9[u32(0)];
let l_301 = l_300 + l_296;
a_9[u32(0)] = l_301;
}
let l_302 = l_3 + l_4;
let l_303 = l_302 + u32(16);
let l_304 = l_mut_10 + l_5;
let l_305 = l_304 + u32(0);
let l_306 = l_303 < l_0;
let l_307 = l_305 < l_1;
let l_308 = l_306 && l_307;
if l_308 {
let l_309 = a_7[u32(4)];
let l_310 = info.scalars_f32[0] * l_309;
l_mut_25 = l_310;
let l_736 = info.static_meta[u32(2)];
let l_737 = l_736 * u32(1);
let l_738 = l_303 < l_737;
let l_739 = l_737 - u32(1);
let l_740 = min(l_303, l_739);
let l_741 = buffer_2_global[l_740];
let l_742 = select(f32(0.0), l_741, l_738);
let l_311 = l_742;
let l_743 = info.static_meta[u32(3)];
let l_744 = l_743 * u32(1);
let l_745 = l_305 < l_744;
let l_746 = l_744 - u32(1);
let l_747 = min(l_305, l_746);
let l_748 = buffer_3_global[l_747];
let l_749 = select(f32(0.0), l_748, l_745);
let l_312 = l_749;
let l_313 = l_311 * l_312;
l_mut_25 = l_mut_25 / l_313;
let l_314 = l_303 + info.scalars_u32[0];
let l_315 = l_305 + info.scalars_u32[1];
let l_316 = l_314 == l_315;
let l_317 = select(f32(-1.0), f32(1.0), l_316);
let l_318 = l_mut_25 + info.scalars_f32[1];
let l_319 = -info.scalars_f32[2];
let l_320 = l_319 * l_317;
let l_321 = l_317 * l_318;
let l_322 = exp(l_321);
let l_323 = f32(1.0) + l_322;
let l_324 = l_320 / l_323;
let l_325 = l_324 * l_mut_25;
let l_326 = a_8[u32(1)];
let l_327 = l_326 + l_325;
a_8[u32(1)] = l_327;
let l_328 = a_9[u32(1)];
let l_329 = l_328 + l_324;
a_9[u32(1)] = l_329;
}
let l_330 = l_mut_10 + l_5;
let l_331 = l_330 + u32(16);
let l_332 = l_303 < l_0;
let l_333 = l_331 < l_1;
let l_334 = l_332 && l_333;
if l_334 {
let l_335 = a_7[u32(5)];
let l_336 = info.scalars_f32[0] * l_335;
l_mut_25 = l_336;
let l_750 = info.static_meta[u32(2)];
let l_751 = l_750 * u32(1);
let l_752 = l_303 < l_751;
let l_753 = l_751 - u32(1);
let l_754 = min(l_303, l_753);
let l_755 = buffer_2_global[l_754];
let l_756 = select(f32(0.0), l_755, l_752);
let l_337 = l_756;
let l_757 = info.static_meta[u32(3)];
let l_758 = l_757 * u32(1);
let l_759 = l_331 < l_758;
let l_760 = l_758 - u32(1);
let l_761 = min(l_331, l_760);
let l_762 = buffer_3_global[l_761];
let l_763 = select(f32(0.0), l_762, l_759);
let l_338 = l_763;
let l_339 = l_337 * l_338;
l_mut_25 = l_mut_25 / l_339;
let l_340 = l_303 + info.scalars_u32[0];
let l_341 = l_331 + info.scalars_u32[1];
let l_342 = l_340 == l_341;
let l_343 = select(f32(-1.0), f32(1.0), l_342);
let l_344 = l_mut_25 + info.scalars_f32[1];
let l_345 = -info.scalars_f32[2];
let l_346 = l_345 * l_343;
let l_347 = l_343 * l_344;
let l_348 = exp(l_347);
let l_349 = f32(1.0) + l_348;
let l_350 = l_346 / l_349;
let l_351 = l_350 * l_mut_25;
let l_352 = a_8[u32(1)];
let l_353 = l_352 + l_351;
a_8[u32(1)] = l_353;
let l_354 = a_9[u32(1)];
let l_355 = l_354 + l_350;
a_9[u32(1)] = l_355;
}
let l_356 = l_mut_10 + l_5;
let l_357 = l_356 + u32(32);
let l_358 = l_303 < l_0;
let l_359 = l_357 < l_1;
let l_360 = l_358 && l_359;
if l_360 {
let l_361 = a_7[u32(6)];
let l_362 = info.scalars_f32[0] * l_361;
l_mut_25 = l_362;
let l_764 = info.static_meta[u32(2)];
let l_765 = l_764 * u32(1);
let l_766 = l_303 < l_765;
let l_767 = l_765 - u32(1);
let l_768 = min(l_303, l_767);
let l_769 = buffer_2_global[l_768];
let l_770 = select(f32(0.0), l_769, l_766);
let l_363 = l_770;
let l_771 = info.static_meta[u32(3)];
let l_772 = l_771 * u32(1);
let l_773 = l_357 < l_772;
let l_774 = l_772 - u32(1);
let l_775 = min(l_357, l_774);
let l_776 = buffer_3_global[l_775];
let l_777 = select(f32(0.0), l_776, l_773);
let l_364 = l_777;
let l_365 = l_363 * l_364;
l_mut_25 = l_mut_25 / l_365;
let l_366 = l_303 + info.scalars_u32[0];
let l_367 = l_357 + info.scalars_u32[1];
let l_368 = l_366 == l_367;
let l_369 = select(f32(-1.0), f32(1.0), l_368);
let l_370 = l_mut_25 + info.scalars_f32[1];
let l_371 = -info.scalars_f32[2];
let l_372 = l_371 * l_369;
let l_373 = l_369 * l_370;
let l_374 = exp(l_373);
let l_375 = f32(1.0) + l_374;
let l_376 = l_372 / l_375;
let l_377 = l_376 * l_mut_25;
let l_378 = a_8[u32(1)];
let l_379 = l_378 + l_377;
a_8[u32(1)] = l_379;
let l_380 = a_9[u32(1)];
let l_381 = l_380 + l_376;
a_9[u32(1)] = l_381;
}
let l_382 = l_mut_10 + l_5;
let l_383 = l_382 + u32(48);
let l_384 = l_303 < l_0;
let l_385 = l_383 < l_1;
let l_386 = l_384 && l_385;
if l_386 {
let l_387 = a_7[u32(7)];
let l_388 = info.scalars_f32[0] * l_387;
l_mut_25 = l_388;
let l_778 = info.static_meta[u32(2)];
let l_779 = l_778 * u32(1);
let l_780 = l_303 < l_779;
let l_781 = l_779 - u32(1);
let l_782 = min(l_303, l_781);
let l_783 = buffer_2_global[l_782];
let l_784 = select(f32(0.0), l_783, l_780);
let l_389 = l_784;
let l_785 = info.static_meta[u32(3)];
let l_786 = l_785 * u32(1);
let l_787 = l_383 < l_786;
let l_788 = l_786 - u32(1);
let l_789 = min(l_383, l_788);
let l_790 = buffer_3_global[l_789];
let l_791 = select(f32(0.0), l_790, l_787);
let l_390 = l_791;
let l_391 = l_389 * l_390;
l_mut_25 = l_mut_25 / l_391;
let l_392 = l_303 + info.scalars_u32[0];
let l_393 = l_383 + info.scalars_u32[1];
let l_394 = l_392 == l_393;
let l_395 = select(f32(-1.0), f32(1.0), l_394);
let l_396 = l_mut_25 + info.scalars_f32[1];
let l_397 = -info.scalars_f32[2];
let l_398 = l_397 * l_395;
let l_399 = l_395 * l_396;
let l_400 = exp(l_399);
let l_401 = f32(1.0) + l_400;
let l_402 = l_398 / l_401;
let l_403 = l_402 * l_mut_25;
let l_404 = a_8[u32(1)];
let l_405 = l_404 + l_403;
a_8[u32(1)] = l_405;
let l_406 = a_9[u32(1)];
let l_407 = l_406 + l_402;
a_9[u32(1)] = l_407;
}
let l_408 = l_3 + l_4;
let l_409 = l_408 + u32(32);
let l_410 = l_mut_10 + l_5;
let l_411 = l_410 + u32(0);
let l_412 = l_409 < l_0;
let l_413 = l_411 < l_1;
let l_414 = l_412 && l_413;
if l_414 {
let l_415 = a_7[u32(8)];
let l_416 = info.scalars_f32[0] * l_415;
l_mut_25 = l_416;
let l_792 = info.static_meta[u32(2)];
let l_793 = l_792 * u32(1);
let l_794 = l_409 < l_793;
let l_795 = l_793 - u32(1);
let l_796 = min(l_409, l_795);
let l_797 = buffer_2_global[l_796];
let l_798 = select(f32(0.0), l_797, l_794);
let l_417 = l_798;
let l_799 = info.static_meta[u32(3)];
let l_800 = l_799 * u32(1);
let l_801 = l_411 < l_800;
let l_802 = l_800 - u32(1);
let l_803 = min(l_411, l_802);
let l_804 = buffer_3_global[l_803];
let l_805 = select(f32(0.0), l_804, l_801);
let l_418 = l_805;
let l_419 = l_417 * l_418;
l_mut_25 = l_mut_25 / l_419;
let l_420 = l_409 + info.scalars_u32[0];
let l_421 = l_411 + info.scalars_u32[1];
let l_422 = l_420 == l_421;
let l_423 = select(f32(-1.0), f32(1.0), l_422);
let l_424 = l_mut_25 + info.scalars_f32[1];
let l_425 = -info.scalars_f32[2];
let l_426 = l_425 * l_423;
let l_427 = l_423 * l_424;
let l_428 = exp(l_427);
let l_429 = f32(1.0) + l_428;
let l_430 = l_426 / l_429;
let l_431 = l_430 * l_mut_25;
let l_432 = a_8[u32(2)];
let l_433 = l_432 + l_431;
a_8[u32(2)] = l_433;
let l_434 = a_9[u32(2)];
let l_435 = l_434 + l_430;
a_9[u32(2)] = l_435;
}
let l_436 = l_mut_10 + l_5;
let l_437 = l_436 + u32(16);
let l_438 = l_409 < l_0;
let l_439 = l_437 < l_1;
let l_440 = l_438 && l_439;
if l_440 {
let l_441 = a_7[u32(9)];
let l_442 = info.scalars_f32[0] * l_441;
l_mut_25 = l_442;
let l_806 = info.static_meta[u32(2)];
let l_807 = l_806 * u32(1);
let l_808 = l_409 < l_807;
let l_809 = l_807 - u32(1);
let l_810 = min(l_409, l_809);
let l_811 = buffer_2_global[l_810];
let l_812 = select(f32(0.0), l_811, l_808);
let l_443 = l_812;
let l_813 = info.static_meta[u32(3)];
let l_814 = l_813 * u32(1);
let l_815 = l_437 < l_814;
let l_816 = l_814 - u32(1);
let l_817 = min(l_437, l_816);
let l_818 = buffer_3_global[l_817];
let l_819 = select(f32(0.0), l_818, l_815);
let l_444 = l_819;
let l_445 = l_443 * l_444;
l_mut_25 = l_mut_25 / l_445;
let l_446 = l_409 + info.scalars_u32[0];
let l_447 = l_437 + info.scalars_u32[1];
let l_448 = l_446 == l_447;
let l_449 = select(f32(-1.0), f32(1.0), l_448);
let l_450 = l_mut_25 + info.scalars_f32[1];
let l_451 = -info.scalars_f32[2];
let l_452 = l_451 * l_449;
let l_453 = l_449 * l_450;
let l_454 = exp(l_453);
let l_455 = f32(1.0) + l_454;
let l_456 = l_452 / l_455;
let l_457 = l_456 * l_mut_25;
let l_458 = a_8[u32(2)];
let l_459 = l_458 + l_457;
a_8[u32(2)] = l_459;
let l_460 = a_9[u32(2)];
let l_461 = l_460 + l_456;
a_9[u32(2)] = l_461;
}
let l_462 = l_mut_10 + l_5;
let l_463 = l_462 + u32(32);
let l_464 = l_409 < l_0;
let l_465 = l_463 < l_1;
let l_466 = l_464 && l_465;
if l_466 {
let l_467 = a_7[u32(10)];
let l_468 = info.scalars_f32[0] * l_467;
l_mut_25 = l_468;
let l_820 = info.static_meta[u32(2)];
let l_821 = l_820 * u32(1);
let l_822 = l_409 < l_821;
let l_823 = l_821 - u32(1);
let l_824 = min(l_409, l_823);
let l_825 = buffer_2_global[l_824];
let l_826 = select(f32(0.0), l_825, l_822);
let l_469 = l_826;
let l_827 = info.static_meta[u32(3)];
let l_828 = l_827 * u32(1);
let l_829 = l_463 < l_828;
let l_830 = l_828 - u32(1);
let l_831 = min(l_463, l_830);
let l_832 = buffer_3_global[l_831];
let l_833 = select(f32(0.0), l_832, l_829);
let l_470 = l_833;
let l_471 = l_469 * l_470;
l_mut_25 = l_mut_25 / l_471;
let l_472 = l_409 + info.scalars_u32[0];
let l_473 = l_463 + info.scalars_u32[1];
let l_474 = l_472 == l_473;
let l_475 = select(f32(-1.0), f32(1.0), l_474);
let l_476 = l_mut_25 + info.scalars_f32[1];
let l_477 = -info.scalars_f32[2];
let l_478 = l_477 * l_475;
let l_479 = l_475 * l_476;
let l_480 = exp(l_479);
let l_481 = f32(1.0) + l_480;
let l_482 = l_478 / l_481;
let l_483 = l_482 * l_mut_25;
let l_484 = a_8[u32(2)];
let l_485 = l_484 + l_483;
a_8[u32(2)] = l_485;
let l_486 = a_9[u32(2)];
let l_487 = l_486 + l_482;
a_9[u32(2)] = l_487;
}
let l_488 = l_mut_10 + l_5;
let l_489 = l_488 + u32(48);
let l_490 = l_409 < l_0;
let l_491 = l_489 < l_1;
let l_492 = l_490 && l_491;
if l_492 {
let l_493 = a_7[u32(11)];
let l_494 = info.scalars_f32[0] * l_493;
l_mut_25 = l_494;
let l_834 = info.static_meta[u32(2)];
let l_835 = l_834 * u32(1);
let l_836 = l_409 < l_835;
let l_837 = l_835 - u32(1);
let l_838 = min(l_409, l_837);
let l_839 = buffer_2_global[l_838];
let l_840 = select(f32(0.0), l_839, l_836);
let l_495 = l_840;
let l_841 = info.static_meta[u32(3)];
let l_842 = l_841 * u32(1);
let l_843 = l_489 < l_842;
let l_844 = l_842 - u32(1);
let l_845 = min(l_489, l_844);
let l_846 = buffer_3_global[l_845];
let l_847 = select(f32(0.0), l_846, l_843);
let l_496 = l_847;
let l_497 = l_495 * l_496;
l_mut_25 = l_mut_25 / l_497;
let l_498 = l_409 + info.scalars_u32[0];
let l_499 = l_489 + info.scalars_u32[1];
let l_500 = l_498 == l_499;
let l_501 = select(f32(-1.0), f32(1.0), l_500);
let l_502 = l_mut_25 + info.scalars_f32[1];
let l_503 = -info.scalars_f32[2];
let l_504 = l_503 * l_501;
let l_505 = l_501 * l_502;
let l_506 = exp(l_505);
let l_507 = f32(1.0) + l_506;
let l_508 = l_504 / l_507;
let l_509 = l_508 * l_mut_25;
let l_510 = a_8[u32(2)];
let l_511 = l_510 + l_509;
a_8[u32(2)] = l_511;
let l_512 = a_9[u32(2)];
let l_513 = l_512 + l_508;
a_9[u32(2)] = l_513;
}
let l_514 = l_3 + l_4;
let l_515 = l_514 + u32(48);
let l_516 = l_mut_10 + l_5;
let l_517 = l_516 + u32(0);
let l_518 = l_515 < l_0;
let l_519 = l_517 < l_1;
let l_520 = l_518 && l_519;
if l_520 {
let l_521 = a_7[u32(12)];
let l_522 = info.scalars_f32[0] * l_521;
l_mut_25 = l_522;
let l_848 = info.static_meta[u32(2)];
let l_849 = l_848 * u32(1);
let l_850 = l_515 < l_849;
let l_851 = l_849 - u32(1);
let l_852 = min(l_515, l_851);
let l_853 = buffer_2_global[l_852];
let l_854 = select(f32(0.0), l_853, l_850);
let l_523 = l_854;
let l_855 = info.static_meta[u32(3)];
let l_856 = l_855 * u32(1);
let l_857 = l_517 < l_856;
let l_858 = l_856 - u32(1);
let l_859 = min(l_517, l_858);
let l_860 = buffer_3_global[l_859];
let l_861 = select(f32(0.0), l_860, l_857);
let l_524 = l_861;
let l_525 = l_523 * l_524;
l_mut_25 = l_mut_25 / l_525;
let l_526 = l_515 + info.scalars_u32[0];
let l_527 = l_517 + info.scalars_u32[1];
let l_528 = l_526 == l_527;
let l_529 = select(f32(-1.0), f32(1.0), l_528);
let l_530 = l_mut_25 + info.scalars_f32[1];
let l_531 = -info.scalars_f32[2];
let l_532 = l_531 * l_529;
let l_533 = l_529 * l_530;
let l_534 = exp(l_533);
let l_535 = f32(1.0) + l_534;
let l_536 = l_532 / l_535;
let l_537 = l_536 * l_mut_25;
let l_538 = a_8[u32(3)];
let l_539 = l_538 + l_537;
a_8[u32(3)] = l_539;
let l_540 = a_9[u32(3)];
let l_541 = l_540 + l_536;
a_9[u32(3)] = l_541;
}
let l_542 = l_mut_10 + l_5;
let l_543 = l_542 + u32(16);
let l_544 = l_515 < l_0;
let l_545 = l_543 < l_1;
let l_546 = l_544 && l_545;
if l_546 {
let l_547 = a_7[u32(13)];
let l_548 = info.scalars_f32[0] * l_547;
l_mut_25 = l_548;
let l_862 = info.static_meta[u32(2)];
let l_863 = l_862 * u32(1);
let l_864 = l_515 < l_863;
let l_865 = l_863 - u32(1);
let l_866 = min(l_515, l_865);
let l_867 = buffer_2_global[l_866];
let l_868 = select(f32(0.0), l_867, l_864);
let l_549 = l_868;
let l_869 = info.static_meta[u32(3)];
let l_870 = l_869 * u32(1);
let l_871 = l_543 < l_870;
let l_872 = l_870 - u32(1);
let l_873 = min(l_543, l_872);
let l_874 = buffer_3_global[l_873];
let l_875 = select(f32(0.0), l_874, l_871);
let l_550 = l_875;
let l_551 = l_549 * l_550;
l_mut_25 = l_mut_25 / l_551;
let l_552 = l_515 + info.scalars_u32[0];
let l_553 = l_543 + info.scalars_u32[1];
let l_554 = l_552 == l_553;
let l_555 = select(f32(-1.0), f32(1.0), l_554);
let l_556 = l_mut_25 + info.scalars_f32[1];
let l_557 = -info.scalars_f32[2];
let l_558 = l_557 * l_555;
let l_559 = l_555 * l_556;
let l_560 = exp(l_559);
let l_561 = f32(1.0) + l_560;
let l_562 = l_558 / l_561;
let l_563 = l_562 * l_mut_25;
let l_564 = a_8[u32(3)];
let l_565 = l_564 + l_563;
a_8[u32(3)] = l_565;
let l_566 = a_9[u32(3)];
let l_567 = l_566 + l_562;
a_9[u32(3)] = l_567;
}
let l_568 = l_mut_10 + l_5;
let l_569 = l_568 + u32(32);
let l_570 = l_515 < l_0;
let l_571 = l_569 < l_1;
let l_572 = l_570 && l_571;
if l_572 {
let l_573 = a_7[u32(14)];
let l_574 = info.scalars_f32[0] * l_573;
l_mut_25 = l_574;
let l_876 = info.static_meta[u32(2)];
let l_877 = l_876 * u32(1);
let l_878 = l_515 < l_877;
let l_879 = l_877 - u32(1);
let l_880 = min(l_515, l_879);
let l_881 = buffer_2_global[l_880];
let l_882 = select(f32(0.0), l_881, l_878);
let l_575 = l_882;
let l_883 = info.static_meta[u32(3)];
let l_884 = l_883 * u32(1);
let l_885 = l_569 < l_884;
let l_886 = l_884 - u32(1);
let l_887 = min(l_569, l_886);
let l_888 = buffer_3_global[l_887];
let l_889 = select(f32(0.0), l_888, l_885);
let l_576 = l_889;
let l_577 = l_575 * l_576;
l_mut_25 = l_mut_25 / l_577;
let l_578 = l_515 + info.scalars_u32[0];
let l_579 = l_569 + info.scalars_u32[1];
let l_580 = l_578 == l_579;
let l_581 = select(f32(-1.0), f32(1.0), l_580);
let l_582 = l_mut_25 + info.scalars_f32[1];
let l_583 = -info.scalars_f32[2];
let l_584 = l_583 * l_581;
let l_585 = l_581 * l_582;
let l_586 = exp(l_585);
let l_587 = f32(1.0) + l_586;
let l_588 = l_584 / l_587;
let l_589 = l_588 * l_mut_25;
let l_590 = a_8[u32(3)];
let l_591 = l_590 + l_589;
a_8[u32(3)] = l_591;
let l_592 = a_9[u32(3)];
let l_593 = l_592 + l_588;
a_9[u32(3)] = l_593;
}
let l_594 = l_mut_10 + l_5;
let l_595 = l_594 + u32(48);
let l_596 = l_515 < l_0;
let l_597 = l_595 < l_1;
let l_598 = l_596 && l_597;
if l_598 {
let l_599 = a_7[u32(15)];
let l_600 = info.scalars_f32[0] * l_599;
l_mut_25 = l_600;
let l_890 = info.static_meta[u32(2)];
let l_891 = l_890 * u32(1);
let l_892 = l_515 < l_891;
let l_893 = l_891 - u32(1);
let l_894 = min(l_515, l_893);
let l_895 = buffer_2_global[l_894];
let l_896 = select(f32(0.0), l_895, l_892);
let l_601 = l_896;
let l_897 = info.static_meta[u32(3)];
let l_898 = l_897 * u32(1);
let l_899 = l_595 < l_898;
let l_900 = l_898 - u32(1);
let l_901 = min(l_595, l_900);
let l_902 = buffer_3_global[l_901];
let l_903 = select(f32(0.0), l_902, l_899);
let l_602 = l_903;
let l_603 = l_601 * l_602;
l_mut_25 = l_mut_25 / l_603;
let l_604 = l_515 + info.scalars_u32[0];
let l_605 = l_595 + info.scalars_u32[1];
let l_606 = l_604 == l_605;
let l_607 = select(f32(-1.0), f32(1.0), l_606);
let l_608 = l_mut_25 + info.scalars_f32[1];
let l_609 = -info.scalars_f32[2];
let l_610 = l_609 * l_607;
let l_611 = l_607 * l_608;
let l_612 = exp(l_611);
let l_613 = f32(1.0) + l_612;
let l_614 = l_610 / l_613;
let l_615 = l_614 * l_mut_25;
let l_616 = a_8[u32(3)];
let l_617 = l_616 + l_615;
a_8[u32(3)] = l_617;
let l_618 = a_9[u32(3)];
let l_619 = l_618 + l_614;
a_9[u32(3)] = l_619;
}
l_mut_10 = l_mut_10 + u32(64);
}
let l_620 = l_4 + u32(0);
let l_621 = l_620 * u32(16);
let l_622 = l_621 + l_5;
let l_623 = a_8[u32(0)];
shared_memory_6[l_622] = l_623;
let l_624 = l_620 * u32(16);
let l_625 = u32(1024) + l_624;
let l_626 = l_625 + l_5;
let l_627 = a_9[u32(0)];
shared_memory_6[l_626] = l_627;
let l_628 = l_4 + u32(16);
let l_629 = l_628 * u32(16);
let l_630 = l_629 + l_5;
let l_631 = a_8[u32(1)];
shared_memory_6[l_630] = l_631;
let l_632 = l_628 * u32(16);
let l_633 = u32(1024) + l_632;
let l_634 = l_633 + l_5;
let l_635 = a_9[u32(1)];
shared_memory_6[l_634] = l_635;
let l_636 = l_4 + u32(32);
let l_637 = l_636 * u32(16);
let l_638 = l_637 + l_5;
let l_639 = a_8[u32(2)];
shared_memory_6[l_638] = l_639;
let l_640 = l_636 * u32(16);
let l_641 = u32(1024) + l_640;
let l_642 = l_641 + l_5;
let l_643 = a_9[u32(2)];
shared_memory_6[l_642] = l_643;
let l_644 = l_4 + u32(48);
let l_645 = l_644 * u32(16);
let l_646 = l_645 + l_5;
let l_647 = a_8[u32(3)];
shared_memory_6[l_646] = l_647;
let l_648 = l_644 * u32(16);
let l_649 = u32(1024) + l_648;
let l_650 = l_649 + l_5;
let l_651 = a_9[u32(3)];
shared_memory_6[l_650] = l_651;
workgroupBarrier();
let l_652 = local_idx < u32(64);
if l_652 {
let l_653 = l_3 + local_idx;
let l_654 = l_653 < l_0;
if l_654 {
l_mut_25 = f32(0.0);
l_mut_24 = f32(0.0);

for (var l_mut_655: u32 = u32(0); l_mut_655 < u32(16); l_mut_655++) {
let l_656 = local_idx * u32(16);
let l_657 = l_656 + l_mut_655;
let l_658 = shared_memory_6[l_657];
l_mut_25 = l_mut_25 + l_658;
let l_659 = local_idx * u32(16);
let l_660 = u32(1024) + l_659;
let l_661 = l_660 + l_mut_655;
let l_662 = shared_memory_6[l_661];
l_mut_24 = l_mut_24 + l_662;
}
let l_663 = u32(2) * l_653;
let l_904 = info.static_meta[u32(4)];
let l_905 = l_904 * u32(1);
let l_906 = l_663 < l_905;
if l_906 {
buffer_4_global[l_663] = l_mut_25;
}
let l_664 = u32(2) * l_653;
let l_665 = l_664 + u32(1);
let l_907 = info.static_meta[u32(4)];
let l_908 = l_907 * u32(1);
let l_909 = l_665 < l_908;
if l_909 {
buffer_4_global[l_665] = l_mut_24;
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
