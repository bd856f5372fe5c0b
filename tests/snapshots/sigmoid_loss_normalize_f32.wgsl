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

var<workgroup> shared_memory_5: array<f32, 2176>;

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
var a_7: array<f32, 4>;

var a_8: array<f32, 4>;

var a_6: array<f32, 16>;

let workgroup_id_no_axis = (u32(num_workgroups.y) * u32(num_workgroups.x) * u32(workgroup_id.z)) + (u32(num_workgroups.x) * u32(workgroup_id.y)) + u32(workgroup_id.x);
var l_mut_17: u32;
var l_mut_20: u32;
var l_mut_28: f32;
var l_mut_29: f32;
var l_mut_9: u32;
let l_0 = info.dynamic_meta[info.static_meta[u32(12)] + u32(0)];
let l_1 = info.dynamic_meta[info.static_meta[u32(13)] + u32(0)];
let l_2 = workgroup_id_no_axis * u32(64);
let l_3 = local_idx / u32(16);
let l_4 = local_idx % u32(16);
a_7[u32(0)] = f32(0.0);
a_8[u32(0)] = f32(0.0);
a_7[u32(1)] = f32(0.0);
a_8[u32(1)] = f32(0.0);
a_7[u32(2)] = f32(0.0);
a_8[u32(2)] = f32(0.0);
a_7[u32(3)] = f32(0.0);
a_8[u32(3)] = f32(0.0);
l_mut_9 = u32(0);
loop {
let l_10 = l_mut_9 < l_1;
let l_11 = !l_10;
if l_11 {
break;
}
let l_12 = info.dynamic_meta[info.static_meta[u32(12)] + u32(0)];
let l_13 = info.dynamic_meta[info.static_meta[u32(13)] + u32(0)];
let l_14 = info.dynamic_meta[info.static_meta[u32(12)] + u32(1)];
let l_15 = local_idx / u32(16);
let l_16 = local_idx % u32(16);
a_6[u32(0)] = f32(0.0);
a_6[u32(1)] = f32(0.0);
a_6[u32(2)] = f32(0.0);
a_6[u32(3)] = f32(0.0);
a_6[u32(4)] = f32(0.0);
a_6[u32(5)] = f32(0.0);
a_6[u32(6)] = f32(0.0);
a_6[u32(7)] = f32(0.0);
a_6[u32(8)] = f32(0.0);
a_6[u32(9)] = f32(0.0);
a_6[u32(10)] = f32(0.0);
a_6[u32(11)] = f32(0.0);
a_6[u32(12)] = f32(0.0);
a_6[u32(13)] = f32(0.0);
a_6[u32(14)] = f32(0.0);
a_6[u32(15)] = f32(0.0);
l_mut_17 = u32(0);
loop {
let l_18 = l_mut_17 < l_14;
let l_19 = !l_18;
if l_19 {
break;
}
l_mut_20 = local_idx;
loop {
let l_21 = l_mut_20 < u32(1024);
let l_22 = !l_21;
if l_22 {
break;
}
let l_23 = l_mut_20 / u32(16);
let l_24 = l_mut_20 % u32(16);
let l_25 = l_mut_17 + l_24;
let l_26 = l_2 + l_23;
let l_27 = l_mut_9 + l_23;
l_mut_28 = f32(0.0);
l_mut_29 = f32(0.0);
let l_30 = l_26 < l_12;
let l_31 = l_25 < l_14;
let l_32 = l_30 && l_31;
if l_32 {
let l_33 = info.dynamic_meta[info.static_meta[u32(14)] + u32(0)];
let l_34 = l_26 * l_33;
let l_35 = info.dynamic_meta[info.static_meta[u32(14)] + u32(1)];
let l_36 = l_25 * l_35;
let l_37 = l_34 + l_36;
let l_956 = info.static_meta[u32(0)];
let l_957 = l_956 * u32(1);
let l_958 = l_37 < l_957;
let l_959 = l_957 - u32(1);
let l_960 = min(l_37, l_959);
let l_961 = buffer_0_global[l_960];
let l_962 = select(f32(0.0), l_961, l_958);
let l_38 = l_962;
l_mut_28 = l_38;
}
let l_39 = l_27 < l_13;
let l_40 = l_25 < l_14;
let l_41 = l_39 && l_40;
if l_41 {
let l_42 = info.dynamic_meta[info.static_meta[u32(15)] + u32(0)];
let l_43 = l_27 * l_42;
let l_44 = info.dynamic_meta[info.static_meta[u32(15)] + u32(1)];
let l_45 = l_25 * l_44;
let l_46 = l_43 + l_45;
let l_963 = info.static_meta[u32(1)];
let l_964 = l_963 * u32(1);
let l_965 = l_46 < l_964;
let l_966 = l_964 - u32(1);
let l_967 = min(l_46, l_966);
let l_968 = buffer_1_global[l_967];
let l_969 = select(f32(0.0), l_968, l_965);
let l_47 = l_969;
l_mut_29 = l_47;
}
let l_48 = l_23 * u32(17);
let l_49 = l_mut_20 % u32(16);
let l_50 = l_48 + l_49;
shared_memory_5[l_50] = l_mut_28;
let l_51 = l_23 * u32(17);
let l_52 = u32(1088) + l_51;
let l_53 = l_mut_20 % u32(16);
let l_54 = l_52 + l_53;
shared_memory_5[l_54] = l_mut_29;
l_mut_20 = l_mut_20 + u32(256);
}
workgroupBarrier();

for (var l_mut_55: u32 = u32(0); l_mut_55 < u32(16); l_mut_55++) {
let l_56 = l_15 + u32(0);
let l_57 = l_56 * u32(17);
let l_58 = l_57 + l_mut_55;
let l_59 = shared_memory_5[l_58];
let l_60 = l_16 + u32(0);
let l_61 = l_60 * u32(17);
let l_62 = u32(1088) + l_61;
let l_63 = l_62 + l_mut_55;
let l_64 = shared_memory_5[l_63];
let l_65 = l_59 * l_64;
let l_66 = a_6[u32(0)];
let l_67 = l_66 + l_65;
a_6[u32(0)] = l_67;
let l_68 = l_16 + u32(16);
let l_69 = l_68 * u32(17);
let l_70 = u32(1088) + l_69;
let l_71 = l_70 + l_mut_55;
let l_72 = shared_memory_5[l_71];
let l_73 = l_59 * l_72;
let l_74 = a_6[u32(1)];
let l_75 = l_74 + l_73;
a_6[u32(1)] = l_75;
let l_76 = l_16 + u32(32);
let l_77 = l_76 * u32(17);
let l_78 = u32(1088) + l_77;
let l_79 = l_78 + l_mut_55;
let l_80 = shared_memory_5[l_79];
let l_81 = l_59 * l_80;
let l_82 = a_6[u32(2)];
let l_83 = l_82 + l_81;
a_6[u32(2)] = l_83;
let l_84 = l_16 + u32(48);
let l_85 = l_84 * u32(17);
let l_86 = u32(1088) + l_85;
let l_87 = l_86 + l_mut_55;
let l_88 = shared_memory_5[l_87];
let l_89 = l_59 * l_88;
let l_90 = a_6[u32(3)];
let l_91 = l_90 + l_89;
a_6[u32(3)] = l_91;
let l_92 = l_15 + u32(16);
let l_93 = l_92 * u32(17);
let l_94 = l_93 + l_mut_55;
let l_95 = shared_memory_5[l_94];
let l_96 = l_16 + u32(0);
let l_97 = l_96 * u32(17);
let l_98 = u32(1088) + l_97;
let l_99 = l_98 + l_mut_55;
let l_100 = shared_memory_5[l_99];
let l_101 = l_95 * l_100;
let l_102 = a_6[u32(4)];
let l_103 = l_102 + l_101;
a_6[u32(4)] = l_103;
let l_104 = l_16 + u32(16);
let l_105 = l_104 * u32(17);
let l_106 = u32(1088) + l_105;
let l_107 = l_106 + l_mut_55;
let l_108 = shared_memory_5[l_107];
let l_109 = l_95 * l_108;
let l_110 = a_6[u32(5)];
let l_111 = l_110 + l_109;
a_6[u32(5)] = l_111;
let l_112 = l_16 + u32(32);
let l_113 = l_112 * u32(17);
let l_114 = u32(1088) + l_113;
let l_115 = l_114 + l_mut_55;
let l_116 = shared_memory_5[l_115];
let l_117 = l_95 * l_116;
let l_118 = a_6[u32(6)];
let l_119 = l_118 + l_117;
a_6[u32(6)] = l_119;
let l_120 = l_16 + u32(48);
let l_121 = l_120 * u32(17);
let l_122 = u32(1088) + l_121;
let l_123 = l_122 + l_mut_55;
let l_124 = shared_memory_5[l_123];
let l_125 = l_95 * l_124;
let l_126 = a_6[u32(7)];
let l_127 = l_126 + l_125;
a_6[u32(7)] = l_127;
let l_128 = l_15 + u32(32);
let l_129 = l_128 * u32(17);
let l_130 = l_129 + l_mut_55;
let l_131 = shared_memory_5[l_130];
let l_132 = l_16 + u32(0);
let l_133 = l_132 * u32(17);
let l_134 = u32(1088) + l_133;
let l_135 = l_134 + l_mut_55;
let l_136 = shared_memory_5[l_135];
let l_137 = l_131 * l_136;
let l_138 = a_6[u32(8)];
let l_139 = l_138 + l_137;
a_6[u32(8)] = l_139;
let l_140 = l_16 + u32(16);
let l_141 = l_140 * u32(17);
let l_142 = u32(1088) + l_141;
let l_143 = l_142 + l_mut_55;
let l_144 = shared_memory_5[l_143];
let l_145 = l_131 * l_144;
let l_146 = a_6[u32(9)];
let l_147 = l_146 + l_145;
a_6[u32(9)] = l_147;
let l_148 = l_16 + u32(32);
let l_149 = l_148 * u32(17);
let l_150 = u32(1088) + l_149;
let l_151 = l_150 + l_mut_55;
let l_152 = shared_memory_5[l_151];
let l_153 = l_131 * l_152;
let l_154 = a_6[u32(10)];
let l_155 = l_154 + l_153;
a_6[u32(10)] = l_155;
let l_156 = l_16 + u32(48);
let l_157 = l_156 * u32(17);
let l_158 = u32(1088) + l_157;
let l_159 = l_158 + l_mut_55;
let l_160 = shared_memory_5[l_159];
let l_161 = l_131 * l_160;
let l_162 = a_6[u32(11)];
let l_163 = l_162 + l_161;
a_6[u32(11)] = l_163;
let l_164 = l_15 + u32(48);
let l_165 = l_164 * u32(17);
let l_166 = l_165 + l_mut_55;
let l_167 = shared_memory_5[l_166];
let l_168 = l_16 + u32(0);
let l_169 = l_168 * u32(17);
let l_170 = u32(1088) + l_169;
let l_171 = l_170 + l_mut_55;
let l_172 = shared_memory_5[l_171];
let l_173 = l_167 * l_172;
let l_174 = a_6[u32(12)];
let l_175 = l_174 + l_173;
a_6[u32(12)] = l_175;
let l_176 = l_16 + u32(16);
let l_177 = l_176 * u32(17);
let l_178 = u32(1088) + l_177;
let l_179 = l_178 + l_mut_55;
let l_180 = shared_memory_5[l_179];
let l_181 = l_167 * l_180;
let l_182 = a_6[u32(13)];
let l_183 = l_182 + l_181;
a_6[u32(13)] = l_183;
let l_184 = l_16 + u32(32);
let l_185 = l_184 * u32(17);
let l_186 = u32(1088) + l_185;
let l_187 = l_186 + l_mut_55;
let l_188 = shared_memory_5[l_187];
let l_189 = l_167 * l_188;
let l_190 = a_6[u32(14)];
let l_191 = l_190 + l_189;
a_6[u32(14)] = l_191;
let l_192 = l_16 + u32(48);
let l_193 = l_192 * u32(17);
let l_194 = u32(1088) + l_193;
let l_195 = l_194 + l_mut_55;
let l_196 = shared_memory_5[l_195];
let l_197 = l_167 * l_196;
let l_198 = a_6[u32(15)];
let l_199 = l_198 + l_197;
a_6[u32(15)] = l_199;
}
workgroupBarrier();
l_mut_17 = l_mut_17 + u32(16);
}
let l_200 = l_2 + l_3;
let l_201 = l_200 + u32(0);
let l_202 = l_mut_9 + l_4;
let l_203 = l_202 + u32(0);
let l_204 = l_201 < l_0;
let l_205 = l_203 < l_1;
let l_206 = l_204 && l_205;
if l_206 {
let l_207 = a_6[u32(0)];
let l_208 = info.scalars_f32[0] * l_207;
l_mut_29 = l_208;
let l_970 = info.static_meta[u32(2)];
let l_971 = l_970 * u32(1);
let l_972 = l_201 < l_971;
let l_973 = l_971 - u32(1);
let l_974 = min(l_201, l_973);
let l_975 = buffer_2_global[l_974];
let l_976 = select(f32(0.0), l_975, l_972);
let l_209 = l_976;
let l_977 = info.static_meta[u32(3)];
let l_978 = l_977 * u32(1);
let l_979 = l_203 < l_978;
let l_980 = l_978 - u32(1);
let l_981 = min(l_203, l_980);
let l_982 = buffer_3_global[l_981];
let l_983 = select(f32(0.0), l_982, l_979);
let l_210 = l_983;
let l_211 = l_209 * l_210;
l_mut_29 = l_mut_29 / l_211;
let l_212 = l_201 + info.scalars_u32[0];
let l_213 = l_203 + info.scalars_u32[1];
let l_214 = l_212 == l_213;
let l_215 = select(f32(-1.0), f32(1.0), l_214);
let l_216 = l_mut_29 + info.scalars_f32[1];
let l_217 = l_215 * l_216;
let l_218 = min(l_217, f32(0.0));
let l_219 = abs(l_217);
let l_220 = -l_219;
let l_221 = exp(l_220);
let l_222 = f32(2.0) + l_221;
let l_223 = l_221 / l_222;
let l_224 = l_223 * l_223;
l_mut_28 = f32(0.05882352963089943);
let l_225 = l_224 * l_mut_28;
let l_226 = f32(0.06666667014360428) + l_225;
l_mut_28 = l_226;
let l_227 = l_224 * l_mut_28;
let l_228 = f32(0.07692307978868484) + l_227;
l_mut_28 = l_228;
let l_229 = l_224 * l_mut_28;
let l_230 = f32(0.09090909361839294) + l_229;
l_mut_28 = l_230;
let l_231 = l_224 * l_mut_28;
let l_232 = f32(0.1111111119389534) + l_231;
l_mut_28 = l_232;
let l_233 = l_224 * l_mut_28;
let l_234 = f32(0.1428571492433548) + l_233;
l_mut_28 = l_234;
let l_235 = l_224 * l_mut_28;
let l_236 = f32(0.20000000298023224) + l_235;
l_mut_28 = l_236;
let l_237 = l_224 * l_mut_28;
let l_238 = f32(0.3333333432674408) + l_237;
l_mut_28 = l_238;
let l_239 = l_224 * l_mut_28;
let l_240 = f32(1.0) + l_239;
l_mut_28 = l_240;
let l_241 = f32(2.0) * l_223;
let l_242 = l_241 * l_mut_28;
let l_243 = l_218 - l_242;
let l_244 = a_7[u32(0)];
let l_245 = l_244 + l_243;
a_7[u32(0)] = l_245;
}
let l_246 = l_mut_9 + l_4;
let l_247 = l_246 + u32(16);
let l_248 = l_201 < l_0;
let l_249 = l_247 < l_1;
let l_250 = l_248 && l_249;
if l_250 {
let l_251 = a_6[u32(1)];
let l_252 = info.scalars_f32[0] * l_251;
l_mut_29 = l_252;
let l_984 = info.static_meta[u32(2)];
let l_985 = l_984 * u32(1);
let l_986 = l_201 < l_985;
let l_987 = l_985 - u32(1);
let l_988 = min(l_201, l_987);
let l_989 = buffer_2_global[l_988];
let l_990 = select(f32(0.0), l_989, l_986);
let l_253 = l_990;
let l_991 = info.static_meta[u32(3)];
let l_992 = l_991 * u32(1);
let l_993 = l_247 < l_992;
let l_994 = l_992 - u32(1);
let l_995 = min(l_247, l_994);
let l_996 = buffer_3_global[l_995];
let l_997 = select(f32(0.0), l_996, l_993);
let l_254 = l_997;
let l_255 = l_253 * l_254;
l_mut_29 = l_mut_29 / l_255;
let l_256 = l_201 + info.scalars_u32[0];
let l_257 = l_247 + info.scalars_u32[1];
let l_258 = l_256 == l_257;
let l_259 = select(f32(-1.0), f32(1.0), l_258);
let l_260 = l_mut_29 + info.scalars_f32[1];
let l_261 = l_259 * l_260;
let l_262 = min(l_261, f32(0.0));
let l_263 = abs(l_261);
let l_264 = -l_263;
let l_265 = exp(l_264);
let l_266 = f32(2.0) + l_265;
let l_267 = l_265 / l_266;
let l_268 = l_267 * l_267;
l_mut_28 = f32(0.05882352963089943);
let l_269 = l_268 * l_mut_28;
let l_270 = f32(0.06666667014360428) + l_269;
l_mut_28 = l_270;
let l_271 = l_268 * l_mut_28;
let l_272 = f32(0.07692307978868484) + l_271;
l_mut_28 = l_272;
let l_273 = l_268 * l_mut_28;
let l_274 = f32(0.09090909361839294) + l_273;
l_mut_28 = l_274;
let l_275 = l_268 * l_mut_28;
let l_276 = f32(0.1111111119389534) + l_275;
l_mut_28 = l_276;
let l_277 = l_268 * l_mut_28;
let l_278 = f32(0.1428571492433548) + l_277;
l_mut_28 = l_278;
let l_279 = l_268 * l_mut_28;
let l_280 = f32(0.20000000298023224) + l_279;
l_mut_28 = l_280;
let l_281 = l_268 * l_mut_28;
let l_282 = f32(0.3333333432674408) + l_281;
l_mut_28 = l_282;
let l_283 = l_268 * l_mut_28;
let l_284 = f32(1.0) + l_283;
l_mut_28 = l_284;
let l_285 = f32(2.0) * l_267;
let l_286 = l_285 * l_mut_28;
let l_287 = l_262 - l_286;
let l_288 = a_7[u32(0)];
let l_289 = l_288 + l_287;
a_7[u32(0)] = l_289;
}
let l_290 = l_mut_9 + l_4;
let l_291 = l_290 + u32(32);
let l_292 = l_201 < l_0;
let l_293 = l_291 < l_1;
let l_294 = l_292 && l_293;
if l_294 {
let l_295 = a_6[u32(2)];
let l_296 = info.scalars_f32[0] * l_295;
l_mut_29 = l_296;
let l_998 = info.static_meta[u32(2)];
let l_999 = l_998 * u32(1);
let l_1000 = l_201 < l_999;
let l_1001 = l_999 - u32(1);
let l_1002 = min(l_201, l_1001);
let l_1003 = buffer_2_global[l_1002];
let l_1004 = select(f32(0.0), l_1003, l_1000);
let l_297 = l_1004;
let l_1005 = info.static_meta[u32(3)];
let l_1006 = l_1005 * u32(1);
let l_1007 = l_291 < l_1006;
let l_1008 = l_1006 - u32(1);
let l_1009 = min(l_291, l_1008);
let l_1010 = buffer_3_global[l_1009];
let l_1011 = select(f32(0.0), l_1010, l_1007);
let l_298 = l_1011;
let l_299 = l_297 * l_298;
l_mut_29 = l_mut_29 / l_299;
let l_300 = l_201 + info.scalars_u32[0];
let l_301 = l_291 + info.scalars_u32[1];
let l_302 = l_300 == l_301;
let l_303 = select(f32(-1.0), f32(1.0), l_302);
let l_304 = l_mut_29 + info.scalars_f32[1];
let l_305 = l_303 * l_304;
let l_306 = min(l_305, f32(0.0));
let l_307 = abs(l_305);
let l_308 = -l_307;
let l_309 = exp(l_308);
let l_310 = f32(2.0) + l_309;
let l_311 = l_309 / l_310;
let l_312 = l_311 * l_311;
l_mut_28 = f32(0.05882352963089943);
let l_313 = l_312 * l_mut_28;
let l_314 = f32(0.06666667014360428) + l_313;
l_mut_28 = l_314;
let l_315 = l_312 * l_mut_28;
let l_316 = f32(0.07692307978868484) + l_315;
l_mut_28 = l_316;
let l_317 = l_312 * l_mut_28;
let l_318 = f32(0.09090909361839294) + l_317;
l_mut_28 = l_318;
let l_319 = l_312 * l_mut_28;
let l_320 = f32(0.1111111119389534) + l_319;
l_mut_28 = l_320;
let l_321 = l_312 * l_mut_28;
let l_322 = f32(0.1428571492433548) + l_321;
l_mut_28 = l_322;
let l_323 = l_312 * l_mut_28;
let l_324 = f32(0.20000000298023224) + l_323;
l_mut_28 = l_324;
let l_325 = l_312 * l_mut_28;
let l_326 = f32(0.3333333432674408) + l_325;
l_mut_28 = l_326;
let l_327 = l_312 * l_mut_28;
let l_328 = f32(1.0) + l_327;
l_mut_28 = l_328;
let l_329 = f32(2.0) * l_311;
let l_330 = l_329 * l_mut_28;
let l_331 = l_306 - l_330;
let l_332 = a_7[u32(0)];
let l_333 = l_332 + l_331;
a_7[u32(0)] = l_333;
}
let l_334 = l_mut_9 + l_4;
let l_335 = l_334 + u32(48);
let l_336 = l_201 < l_0;
let l_337 = l_335 < l_1;
let l_338 = l_336 && l_337;
if l_338 {
let l_339 = a_6[u32(3)];
let l_340 = info.scalars_f32[0] * l_339;
l_mut_29 = l_340;
let l_1012 = info.static_meta[u32(2)];
let l_1013 = l_1012 * u32(1);
let l_1014 = l_201 < l_1013;
let l_1015 = l_1013 - u32(1);
let l_1016 = min(l_201, l_1015);
let l_1017 = buffer_2_global[l_1016];
let l_1018 = select(f32(0.0), l_1017, l_1014);
let l_341 = l_1018;
let l_1019 = info.static_meta[u32(3)];
let l_1020 = l_1019 * u32(1);
let l_1021 = l_335 < l_1020;
let l_1022 = l_1020 - u32(1);
let l_1023 = min(l_335, l_1022);
let l_1024 = buffer_3_global[l_1023];
let l_1025 = select(f32(0.0), l_1024, l_1021);
let l_342 = l_1025;
let l_343 = l_341 * l_342;
l_mut_29 = l_mut_29 / l_343;
let l_344 = l_201 + info.scalars_u32[0];
let l_345 = l_335 + info.scalars_u32[1];
let l_346 = l_344 == l_345;
let l_347 = select(f32(-1.0), f32(1.0), l_346);
let l_348 = l_mut_29 + info.scalars_f32[1];
let l_349 = l_347 * l_348;
let l_350 = min(l_349, f32(0.0));
let l_351 = abs(l_349);
let l_352 = -l_351;
let l_353 = exp(l_352);
let l_354 = f32(2.0) + l_353;
let l_355 = l_353 / l_354;
let l_356 = l_355 * l_355;
l_mut_28 = f32(0.05882352963089943);
let l_357 = l_356 * l_mut_28;
let l_358 = f32(0.06666667014360428) + l_357;
l_mut_28 = l_358;
let l_359 = l_356 * l_mut_28;
let l_360 = f32(0.07692307978868484) + l_359;
l_mut_28 = l_360;
let l_361 = l_356 * l_mut_28;
let l_362 = f32(0.09090909361839294) + l_361;
l_mut_28 = l_362;
let l_363 = l_356 * l_mut_28;
let l_364 = f32(0.1111111119389534) + l_363;
l_mut_28 = l_364;
let l_365 = l_356 * l_mut_28;
let l_366 = f32(0.1428571492433548) + l_365;
l_mut_28 = l_366;
let l_367 = l_356 * l_mut_28;
let l_368 = f32(0.20000000298023224) + l_367;
l_mut_28 = l_368;
let l_369 = l_356 * l_mut_28;
let l_370 = f32(0.3333333432674408) + l_369;
l_mut_28 = l_370;
let l_371 = l_356 * l_mut_28;
let l_372 = f32(1.0) + l_371;
l_mut_28 = l_372;
let l_373 = f32(2.0) * l_355;
let l_374 = l_373 * l_mut_28;
let l_375 = l_350 - l_374;
let l_376 = a_7[u32(0)];
let l_377 = l_376 + l_375;
a_7[u32(0)] = l_377;
}
let l_378 = l_2 + l_3;
let l_379 = l_378 + u32(16);
let l_380 = l_mut_9 + l_4;
let l_381 = l_380 + u32(0);
let l_382 = l_379 < l_0;
let l_383 = l_381 < l_1;
let l_384 = l_382 && l_383;
if l_384 {
let l_385 = a_6[u32(4)];
let l_386 = info.scalars_f32[0] * l_385;
l_mut_29 = l_386;
let l_1026 = info.static_meta[u32(2)];
let l_1027 = l_1026 * u32(1);
let l_1028 = l_379 < l_1027;
let l_1029 = l_1027 - u32(1);
let l_1030 = min(l_379, l_1029);
let l_1031 = buffer_2_global[l_1030];
let l_1032 = select(f32(0.0), l_1031, l_1028);
let l_387 = l_1032;
let l_1033 = info.static_meta[u32(3)];
let l_1034 = l_1033 * u32(1);
let l_1035 = l_381 < l_1034;
let l_1036 = l_1034 - u32(1);
let l_1037 = min(l_381, l_1036);
let l_1038 = buffer_3_global[l_1037];
let l_1039 = select(f32(0.0), l_1038, l_1035);
let l_388 = l_1039;
let l_389 = l_387 * l_388;
l_mut_29 = l_mut_29 / l_389;
let l_390 = l_379 + info.scalars_u32[0];
let l_391 = l_381 + info.scalars_u32[1];
let l_392 = l_390 == l_391;
let l_393 = select(f32(-1.0), f32(1.0), l_392);
let l_394 = l_mut_29 + info.scalars_f32[1];
let l_395 = l_393 * l_394;
let l_396 = min(l_395, f32(0.0));
let l_397 = abs(l_395);
let l_398 = -l_397;
let l_399 = exp(l_398);
let l_400 = f32(2.0) + l_399;
let l_401 = l_399 / l_400;
let l_402 = l_401 * l_401;
l_mut_28 = f32(0.05882352963089943);
let l_403 = l_402 * l_mut_28;
let l_404 = f32(0.06666667014360428) + l_403;
l_mut_28 = l_404;
let l_405 = l_402 * l_mut_28;
let l_406 = f32(0.07692307978868484) + l_405;
l_mut_28 = l_406;
let l_407 = l_402 * l_mut_28;
let l_408 = f32(0.09090909361839294) + l_407;
l_mut_28 = l_408;
let l_409 = l_402 * l_mut_28;
let l_410 = f32(0.1111111119389534) + l_409;
l_mut_28 = l_410;
let l_411 = l_402 * l_mut_28;
let l_412 = f32(0.1428571492433548) + l_411;
l_mut_28 = l_412;
let l_413 = l_402 * l_mut_28;
let l_414 = f32(0.20000000298023224) + l_413;
l_mut_28 = l_414;
let l_415 = l_402 * l_mut_28;
let l_416 = f32(0.3333333432674408) + l_415;
l_mut_28 = l_416;
let l_417 = l_402 * l_mut_28;
let l_418 = f32(1.0) + l_417;
l_mut_28 = l_418;
let l_419 = f32(2.0) * l_401;
let l_420 = l_419 * l_mut_28;
let l_421 = l_396 - l_420;
let l_422 = a_7[u32(1)];
let l_423 = l_422 + l_421;
a_7[u32(1)] = l_423;
}
let l_424 = l_mut_9 + l_4;
let l_425 = l_424 + u32(16);
let l_426 = l_379 < l_0;
let l_427 = l_425 < l_1;
let l_428 = l_426 && l_427;
if l_428 {
let l_429 = a_6[u32(5)];
let l_430 = info.scalars_f32[0] * l_429;
l_mut_29 = l_430;
let l_1040 = info.static_meta[u32(2)];
let l_1041 = l_1040 * u32(1);
let l_1042 = l_379 < l_1041;
let l_1043 = l_1041 - u32(1);
let l_1044 = min(l_379, l_1043);
let l_1045 = buffer_2_global[l_1044];
let l_1046 = select(f32(0.0), l_1045, l_1042);
let l_431 = l_1046;
let l_1047 = info.static_meta[u32(3)];
let l_1048 = l_1047 * u32(1);
let l_1049 = l_425 < l_1048;
let l_1050 = l_1048 - u32(1);
let l_1051 = min(l_425, l_1050);
let l_1052 = buffer_3_global[l_1051];
let l_1053 = select(f32(0.0), l_1052, l_1049);
let l_432 = l_1053;
let l_433 = l_431 * l_432;
l_mut_29 = l_mut_29 / l_433;
let l_434 = l_379 + info.scalars_u32[0];
let l_435 = l_425 + info.scalars_u32[1];
let l_436 = l_434 == l_435;
let l_437 = select(f32(-1.0), f32(1.0), l_436);
let l_438 = l_mut_29 + info.scalars_f32[1];
let l_439 = l_437 * l_438;
let l_440 = min(l_439, f32(0.0));
let l_441 = abs(l_439);
let l_442 = -l_441;
let l_443 = exp(l_442);
let l_444 = f32(2.0) + l_443;
let l_445 = l_443 / l_444;
let l_446 = l_445 * l_445;
l_mut_28 = f32(0.05882352963089943);
let l_447 = l_446 * l_mut_28;
let l_448 = f32(0.06666667014360428) + l_447;
l_mut_28 = l_448;
let l_449 = l_446 * l_mut_28;
let l_450 = f32(0.07692307978868484) + l_449;
l_mut_28 = l_450;
let l_451 = l_446 * l_mut_28;
let l_452 = f32(0.09090909361839294) + l_451;
l_mut_28 = l_452;
let l_453 = l_446 * l_mut_28;
let l_454 = f32(0.1111111119389534) + l_453;
l_mut_28 = l_454;
let l_455 = l_446 * l_mut_28;
let l_456 = f32(0.1428571492433548) + l_455;
l_mut_28 = l_456;
let l_457 = l_446 * l_mut_28;
let l_458 = f32(0.20000000298023224) + l_457;
l_mut_28 = l_458;
let l_459 = l_446 * l_mut_28;
let l_460 = f32(0.3333333432674408) + l_459;
l_mut_28 = l_460;
let l_461 = l_446 * l_mut_28;
let l_462 = f32(1.0) + l_461;
l_mut_28 = l_462;
let l_463 = f32(2.0) * l_445;
let l_464 = l_463 * l_mut_28;
let l_465 = l_440 - l_464;
let l_466 = a_7[u32(1)];
let l_467 = l_466 + l_465;
a_7[u32(1)] = l_467;
}
let l_468 = l_mut_9 + l_4;
let l_469 = l_468 + u32(32);
let l_470 = l_379 < l_0;
let l_471 = l_469 < l_1;
let l_472 = l_470 && l_471;
if l_472 {
let l_473 = a_6[u32(6)];
let l_474 = info.scalars_f32[0] * l_473;
l_mut_29 = l_474;
let l_1054 = info.static_meta[u32(2)];
let l_1055 = l_1054 * u32(1);
let l_1056 = l_379 < l_1055;
let l_1057 = l_1055 - u32(1);
let l_1058 = min(l_379, l_1057);
let l_1059 = buffer_2_global[l_1058];
let l_1060 = select(f32(0.0), l_1059, l_1056);
let l_475 = l_1060;
let l_1061 = info.static_meta[u32(3)];
let l_1062 = l_1061 * u32(1);
let l_1063 = l_469 < l_1062;
let l_1064 = l_1062 - u32(1);
let l_1065 = min(l_469, l_1064);
let l_1066 = buffer_3_global[l_1065];
let l_1067 = select(f32(0.0), l_1066, l_1063);
let l_476 = l_1067;
let l_477 = l_475 * l_476;
l_mut_29 = l_mut_29 / l_477;
let l_478 = l_379 + info.scalars_u32[0];
let l_479 = l_469 + info.scalars_u32[1];
let l_480 = l_478 == l_479;
let l_481 = select(f32(-1.0), f32(1.0), l_480);
let l_482 = l_mut_29 + info.scalars_f32[1];
let l_483 = l_481 * l_482;
let l_484 = min(l_483, f32(0.0));
let l_485 = abs(l_483);
let l_486 = -l_485;
let l_487 = exp(l_486);
let l_488 = f32(2.0) + l_487;
let l_489 = l_487 / l_488;
let l_490 = l_489 * l_489;
l_mut_28 = f32(0.05882352963089943);
let l_491 = l_490 * l_mut_28;
let l_492 = f32(0.06666667014360428) + l_491;
l_mut_28 = l_492;
let l_493 = l_490 * l_mut_28;
let l_494 = f32(0.07692307978868484) + l_493;
l_mut_28 = l_494;
let l_495 = l_490 * l_mut_28;
let l_496 = f32(0.09090909361839294) + l_495;
l_mut_28 = l_496;
let l_497 = l_490 * l_mut_28;
let l_498 = f32(0.1111111119389534) + l_497;
l_mut_28 = l_498;
let l_499 = l_490 * l_mut_28;
let l_500 = f32(0.1428571492433548) + l_499;
l_mut_28 = l_500;
let l_501 = l_490 * l_mut_28;
let l_502 = f32(0.20000000298023224) + l_501;
l_mut_28 = l_502;
let l_503 = l_490 * l_mut_28;
let l_504 = f32(0.3333333432674408) + l_503;
l_mut_28 = l_504;
let l_505 = l_490 * l_mut_28;
let l_506 = f32(1.0) + l_505;
l_mut_28 = l_506;
let l_507 = f32(2.0) * l_489;
let l_508 = l_507 * l_mut_28;
let l_509 = l_484 - l_508;
let l_510 = a_7[u32(1)];
let l_511 = l_510 + l_509;
a_7[u32(1)] = l_511;
}
let l_512 = l_mut_9 + l_4;
let l_513 = l_512 + u32(48);
let l_514 = l_379 < l_0;
let l_515 = l_513 < l_1;
let l_516 = l_514 && l_515;
if l_516 {
let l_517 = a_6[u32(7)];
let l_518 = info.scalars_f32[0] * l_517;
l_mut_29 = l_518;
let l_1068 = info.static_meta[u32(2)];
let l_1069 = l_1068 * u32(1);
let l_1070 = l_379 < l_1069;
let l_1071 = l_1069 - u32(1);
let l_1072 = min(l_379, l_1071);
let l_1073 = buffer_2_global[l_1072];
let l_1074 = select(f32(0.0), l_1073, l_1070);
let l_519 = l_1074;
let l_1075 = info.static_meta[u32(3)];
let l_1076 = l_1075 * u32(1);
let l_1077 = l_513 < l_1076;
let l_1078 = l_1076 - u32(1);
let l_1079 = min(l_513, l_1078);
let l_1080 = buffer_3_global[l_1079];
let l_1081 = select(f32(0.0), l_1080, l_1077);
let l_520 = l_1081;
let l_521 = l_519 * l_520;
l_mut_29 = l_mut_29 / l_521;
let l_522 = l_379 + info.scalars_u32[0];
let l_523 = l_513 + info.scalars_u32[1];
let l_524 = l_522 == l_523;
let l_525 = select(f32(-1.0), f32(1.0), l_524);
let l_526 = l_mut_29 + info.scalars_f32[1];
let l_527 = l_525 * l_526;
let l_528 = min(l_527, f32(0.0));
let l_529 = abs(l_527);
let l_530 = -l_529;
let l_531 = exp(l_530);
let l_532 = f32(2.0) + l_531;
let l_533 = l_531 / l_532;
let l_534 = l_533 * l_533;
l_mut_28 = f32(0.05882352963089943);
let l_535 = l_534 * l_mut_28;
let l_536 = f32(0.06666667014360428) + l_535;
l_mut_28 = l_536;
let l_537 = l_534 * l_mut_28;
let l_538 = f32(0.07692307978868484) + l_537;
l_mut_28 = l_538;
let l_539 = l_534 * l_mut_28;
let l_540 = f32(0.09090909361839294) + l_539;
l_mut_28 = l_540;
let l_541 = l_534 * l_mut_28;
let l_542 = f32(0.1111111119389534) + l_541;
l_mut_28 = l_542;
let l_543 = l_534 * l_mut_28;
let l_544 = f32(0.1428571492433548) + l_543;
l_mut_28 = l_544;
let l_545 = l_534 * l_mut_28;
let l_546 = f32(0.20000000298023224) + l_545;
l_mut_28 = l_546;
let l_547 = l_534 * l_mut_28;
let l_548 = f32(0.3333333432674408) + l_547;
l_mut_28 = l_548;
let l_549 = l_534 * l_mut_28;
let l_550 = f32(1.0) + l_549;
l_mut_28 = l_550;
let l_551 = f32(2.0) * l_533;
let l_552 = l_551 * l_mut_28;
let l_553 = l_528 - l_552;
let l_554 = a_7[u32(1)];
let l_555 = l_554 + l_553;
a_7[u32(1)] = l_555;
}
let l_556 = l_2 + l_3;
let l_557 = l_556 + u32(32);
let l_558 = l_mut_9 + l_4;
let l_559 = l_558 + u32(0);
let l_560 = l_557 < l_0;
let l_561 = l_559 < l_1;
let l_562 = l_560 && l_561;
if l_562 {
let l_563 = a_6[u32(8)];
let l_564 = info.scalars_f32[0] * l_563;
l_mut_29 = l_564;
let l_1082 = info.static_meta[u32(2)];
let l_1083 = l_1082 * u32(1);
let l_1084 = l_557 < l_1083;
let l_1085 = l_1083 - u32(1);
let l_1086 = min(l_557, l_1085);
let l_1087 = buffer_2_global[l_1086];
let l_1088 = select(f32(0.0), l_1087, l_1084);
let l_565 = l_1088;
let l_1089 = info.static_meta[u32(3)];
let l_1090 = l_1089 * u32(1);
let l_1091 = l_559 < l_1090;
let l_1092 = l_1090 - u32(1);
let l_1093 = min(l_559, l_1092);
let l_1094 = buffer_3_global[l_1093];
let l_1095 = select(f32(0.0), l_1094, l_1091);
let l_566 = l_1095;
let l_567 = l_565 * l_566;
l_mut_29 = l_mut_29 / l_567;
let l_568 = l_557 + info.scalars_u32[0];
let l_569 = l_559 + info.scalars_u32[1];
let l_570 = l_568 == l_569;
let l_571 = select(f32(-1.0), f32(1.0), l_570);
let l_572 = l_mut_29 + info.scalars_f32[1];
let l_573 = l_571 * l_572;
let l_574 = min(l_573, f32(0.0));
let l_575 = abs(l_573);
let l_576 = -l_575;
let l_577 = exp(l_576);
let l_578 = f32(2.0) + l_577;
let l_579 = l_577 / l_578;
let l_580 = l_579 * l_579;
l_mut_28 = f32(0.05882352963089943);
let l_581 = l_580 * l_mut_28;
let l_582 = f32(0.06666667014360428) + l_581;
l_mut_28 = l_582;
let l_583 = l_580 * l_mut_28;
let l_584 = f32(0.07692307978868484) + l_583;
l_mut_28 = l_584;
let l_585 = l_580 * l_mut_28;
let l_586 = f32(0.09090909361839294) + l_585;
l_mut_28 = l_586;
let l_587 = l_580 * l_mut_28;
let l_588 = f32(0.1111111119389534) + l_587;
l_mut_28 = l_588;
let l_589 = l_580 * l_mut_28;
let l_590 = f32(0.1428571492433548) + l_589;
l_mut_28 = l_590;
let l_591 = l_580 * l_mut_28;
let l_592 = f32(0.20000000298023224) + l_591;
l_mut_28 = l_592;
let l_593 = l_580 * l_mut_28;
let l_594 = f32(0.3333333432674408) + l_593;
l_mut_28 = l_594;
let l_595 = l_580 * l_mut_28;
let l_596 = f32(1.0) + l_595;
l_mut_28 = l_596;
let l_597 = f32(2.0) * l_579;
let l_598 = l_597 * l_mut_28;
let l_599 = l_574 - l_598;
let l_600 = a_7[u32(2)];
let l_601 = l_600 + l_599;
a_7[u32(2)] = l_601;
}
let l_602 = l_mut_9 + l_4;
let l_603 = l_602 + u32(16);
let l_604 = l_557 < l_0;
let l_605 = l_603 < l_1;
let l_606 = l_604 && l_605;
if l_606 {
let l_607 = a_6[u32(9)];
let l_608 = info.scalars_f32[0] * l_607;
l_mut_29 = l_608;
let l_1096 = info.static_meta[u32(2)];
let l_1097 = l_1096 * u32(1);
let l_1098 = l_557 < l_1097;
let l_1099 = l_1097 - u32(1);
let l_1100 = min(l_557, l_1099);
let l_1101 = buffer_2_global[l_1100];
let l_1102 = select(f32(0.0), l_1101, l_1098);
let l_609 = l_1102;
let l_1103 = info.static_meta[u32(3)];
let l_1104 = l_1103 * u32(1);
let l_1105 = l_603 < l_1104;
let l_1106 = l_1104 - u32(1);
let l_1107 = min(l_603, l_1106);
let l_1108 = buffer_3_global[l_1107];
let l_1109 = select(f32(0.0), l_1108, l_1105);
let l_610 = l_1109;
let l_611 = l_609 * l_610;
l_mut_29 = l_mut_29 / l_611;
let l_612 = l_557 + info.scalars_u32[0];
let l_613 = l_603 + info.scalars_u32[1];
let l_614 = l_612 == l_613;
let l_615 = select(f32(-1.0), f32(1.0), l_614);
let l_616 = l_mut_29 + info.scalars_f32[1];
let l_617 = l_615 * l_616;
let l_618 = min(l_617, f32(0.0));
let l_619 = abs(l_617);
let l_620 = -l_619;
let l_621 = exp(l_620);
let l_622 = f32(2.0) + l_621;
let l_623 = l_621 / l_622;
let l_624 = l_623 * l_623;
l_mut_28 = f32(0.05882352963089943);
let l_625 = l_624 * l_mut_28;
let l_626 = f32(0.06666667014360428) + l_625;
l_mut_28 = l_626;
let l_627 = l_624 * l_mut_28;
let l_628 = f32(0.07692307978868484) + l_627;
l_mut_28 = l_628;
let l_629 = l_624 * l_mut_28;
let l_630 = f32(0.09090909361839294) + l_629;
l_mut_28 = l_630;
let l_631 = l_624 * l_mut_28;
let l_632 = f32(0.1111111119389534) + l_631;
l_mut_28 = l_632;
let l_633 = l_624 * l_mut_28;
let l_634 = f32(0.1428571492433548) + l_633;
l_mut_28 = l_634;
let l_635 = l_624 * l_mut_28;
let l_636 = f32(0.20000000298023224) + l_635;
l_mut_28 = l_636;
let l_637 = l_624 * l_mut_28;
let l_638 = f32(0.3333333432674408) + l_637;
l_mut_28 = l_638;
let l_639 = l_624 * l_mut_28;
let l_640 = f32(1.0) + l_639;
l_mut_28 = l_640;
let l_641 = f32(2.0) * l_623;
let l_642 = l_641 * l_mut_28;
let l_643 = l_618 - l_642;
let l_644 = a_7[u32(2)];
let l_645 = l_644 + l_643;
a_7[u32(2)] = l_645;
}
let l_646 = l_mut_9 + l_4;
let l_647 = l_646 + u32(32);
let l_648 = l_557 < l_0;
let l_649 = l_647 < l_1;
let l_650 = l_648 && l_649;
if l_650 {
let l_651 = a_6[u32(10)];
let l_652 = info.scalars_f32[0] * l_651;
l_mut_29 = l_652;
let l_1110 = info.static_meta[u32(2)];
let l_1111 = l_1110 * u32(1);
let l_1112 = l_557 < l_1111;
let l_1113 = l_1111 - u32(1);
let l_1114 = min(l_557, l_1113);
let l_1115 = buffer_2_global[l_1114];
let l_1116 = select(f32(0.0), l_1115, l_1112);
let l_653 = l_1116;
let l_1117 = info.static_meta[u32(3)];
let l_1118 = l_1117 * u32(1);
let l_1119 = l_647 < l_1118;
let l_1120 = l_1118 - u32(1);
let l_1121 = min(l_647, l_1120);
let l_1122 = buffer_3_global[l_1121];
let l_1123 = select(f32(0.0), l_1122, l_1119);
let l_654 = l_1123;
let l_655 = l_653 * l_654;
l_mut_29 = l_mut_29 / l_655;
let l_656 = l_557 + info.scalars_u32[0];
let l_657 = l_647 + info.scalars_u32[1];
let l_658 = l_656 == l_657;
let l_659 = select(f32(-1.0), f32(1.0), l_658);
let l_660 = l_mut_29 + info.scalars_f32[1];
let l_661 = l_659 * l_660;
let l_662 = min(l_661, f32(0.0));
let l_663 = abs(l_661);
let l_664 = -l_663;
let l_665 = exp(l_664);
let l_666 = f32(2.0) + l_665;
let l_667 = l_665 / l_666;
let l_668 = l_667 * l_667;
l_mut_28 = f32(0.05882352963089943);
let l_669 = l_668 * l_mut_28;
let l_670 = f32(0.06666667014360428) + l_669;
l_mut_28 = l_670;
let l_671 = l_668 * l_mut_28;
let l_672 = f32(0.07692307978868484) + l_671;
l_mut_28 = l_672;
let l_673 = l_668 * l_mut_28;
let l_674 = f32(0.09090909361839294) + l_673;
l_mut_28 = l_674;
let l_675 = l_668 * l_mut_28;
let l_676 = f32(0.1111111119389534) + l_675;
l_mut_28 = l_676;
let l_677 = l_668 * l_mut_28;
let l_678 = f32(0.1428571492433548) + l_677;
l_mut_28 = l_678;
let l_679 = l_668 * l_mut_28;
let l_680 = f32(0.20000000298023224) + l_679;
l_mut_28 = l_680;
let l_681 = l_668 * l_mut_28;
let l_682 = f32(0.3333333432674408) + l_681;
l_mut_28 = l_682;
let l_683 = l_668 * l_mut_28;
let l_684 = f32(1.0) + l_683;
l_mut_28 = l_684;
let l_685 = f32(2.0) * l_667;
let l_686 = l_685 * l_mut_28;
let l_687 = l_662 - l_686;
let l_688 = a_7[u32(2)];
let l_689 = l_688 + l_687;
a_7[u32(2)] = l_689;
}
let l_690 = l_mut_9 + l_4;
let l_691 = l_690 + u32(48);
let l_692 = l_557 < l_0;
let l_693 = l_691 < l_1;
let l_694 = l_692 && l_693;
if l_694 {
let l_695 = a_6[u32(11)];
let l_696 = info.scalars_f32[0] * l_695;
l_mut_29 = l_696;
let l_1124 = info.static_meta[u32(2)];
let l_1125 = l_1124 * u32(1);
let l_1126 = l_557 < l_1125;
let l_1127 = l_1125 - u32(1);
let l_1128 = min(l_557, l_1127);
let l_1129 = buffer_2_global[l_1128];
let l_1130 = select(f32(0.0), l_1129, l_1126);
let l_697 = l_1130;
let l_1131 = info.static_meta[u32(3)];
let l_1132 = l_1131 * u32(1);
let l_1133 = l_691 < l_1132;
let l_1134 = l_1132 - u32(1);
let l_1135 = min(l_691, l_1134);
let l_1136 = buffer_3_global[l_1135];
let l_1137 = select(f32(0.0), l_1136, l_1133);
let l_698 = l_1137;
let l_699 = l_697 * l_698;
l_mut_29 = l_mut_29 / l_699;
let l_700 = l_557 + info.scalars_u32[0];
let l_701 = l_691 + info.scalars_u32[1];
let l_702 = l_700 == l_701;
let l_703 = select(f32(-1.0), f32(1.0), l_702);
let l_704 = l_mut_29 + info.scalars_f32[1];
let l_705 = l_703 * l_704;
let l_706 = min(l_705, f32(0.0));
let l_707 = abs(l_705);
let l_708 = -l_707;
let l_709 = exp(l_708);
let l_710 = f32(2.0) + l_709;
let l_711 = l_709 / l_710;
let l_712 = l_711 * l_711;
l_mut_28 = f32(0.05882352963089943);
let l_713 = l_712 * l_mut_28;
let l_714 = f32(0.06666667014360428) + l_713;
l_mut_28 = l_714;
let l_715 = l_712 * l_mut_28;
let l_716 = f32(0.07692307978868484) + l_715;
l_mut_28 = l_716;
let l_717 = l_712 * l_mut_28;
let l_718 = f32(0.09090909361839294) + l_717;
l_mut_28 = l_718;
let l_719 = l_712 * l_mut_28;
let l_720 = f32(0.1111111119389534) + l_719;
l_mut_28 = l_720;
let l_721 = l_712 * l_mut_28;
let l_722 = f32(0.1428571492433548) + l_721;
l_mut_28 = l_722;
let l_723 = l_712 * l_mut_28;
let l_724 = f32(0.20000000298023224) + l_723;
l_mut_28 = l_724;
let l_725 = l_712 * l_mut_28;
let l_726 = f32(0.3333333432674408) + l_725;
l_mut_28 = l_726;
let l_727 = l_712 * l_mut_28;
let l_728 = f32(1.0) + l_727;
l_mut_28 = l_728;
let l_729 = f32(2.0) * l_711;
let l_730 = l_729 * l_mut_28;
let l_731 = l_706 - l_730;
let l_732 = a_7[u32(2)];
let l_733 = l_732 + l_731;
a_7[u32(2)] = l_733;
}
let l_734 = l_2 + l_3;
let l_735 = l_734 + u32(48);
let l_736 = l_mut_9 + l_4;
let l_737 = l_736 + u32(0);
let l_738 = l_735 < l_0;
let l_739 = l_737 < l_1;
let l_740 = l_738 && l_739;
if l_740 {
let l_741 = a_6[u32(12)];
let l_742 = info.scalars_f32[0] * l_741;
l_mut_29 = l_742;
let l_1138 = info.static_meta[u32(2)];
let l_1139 = l_1138 * u32(1);
let l_1140 = l_735 < l_1139;
let l_1141 = l_1139 - u32(1);
let l_1142 = min(l_735, l_1141);
let l_1143 = buffer_2_global[l_1142];
let l_1144 = select(f32(0.0), l_1143, l_1140);
let l_743 = l_1144;
let l_1145 = info.static_meta[u32(3)];
let l_1146 = l_1145 * u32(1);
let l_1147 = l_737 < l_1146;
let l_1148 = l_1146 - u32(1);
let l_1149 = min(l_737, l_1148);
let l_1150 = buffer_3_global[l_1149];
let l_1151 = select(f32(0.0), l_1150, l_1147);
let l_744 = l_1151;
let l_745 = l_743 * l_744;
l_mut_29 = l_mut_29 / l_745;
let l_746 = l_735 + info.scalars_u32[0];
let l_747 = l_737 + info.scalars_u32[1];
let l_748 = l_746 == l_747;
let l_749 = select(f32(-1.0), f32(1.0), l_748);
let l_750 = l_mut_29 + info.scalars_f32[1];
let l_751 = l_749 * l_750;
let l_752 = min(l_751, f32(0.0));
let l_753 = abs(l_751);
let l_754 = -l_753;
let l_755 = exp(l_754);
let l_756 = f32(2.0) + l_755;
let l_757 = l_755 / l_756;
let l_758 = l_757 * l_757;
l_mut_28 = f32(0.05882352963089943);
let l_759 = l_758 * l_mut_28;
let l_760 = f32(0.06666667014360428) + l_759;
l_mut_28 = l_760;
let l_761 = l_758 * l_mut_28;
let l_762 = f32(0.07692307978868484) + l_761;
l_mut_28 = l_762;
let l_763 = l_758 * l_mut_28;
let l_764 = f32(0.09090909361839294) + l_763;
l_mut_28 = l_764;
let l_765 = l_758 * l_mut_28;
let l_766 = f32(0.1111111119389534) + l_765;
l_mut_28 = l_766;
let l_767 = l_758 * l_mut_28;
let l_768 = f32(0.1428571492433548) + l_767;
l_mut_28 = l_768;
let l_769 = l_758 * l_mut_28;
let l_770 = f32(0.20000000298023224) + l_769;
l_mut_28 = l_770;
let l_771 = l_758 * l_mut_28;
let l_772 = f32(0.3333333432674408) + l_771;
l_mut_28 = l_772;
let l_773 = l_758 * l_mut_28;
let l_774 = f32(1.0) + l_773;
l_mut_28 = l_774;
let l_775 = f32(2.0) * l_757;
let l_776 = l_775 * l_mut_28;
let l_777 = l_752 - l_776;
let l_778 = a_7[u32(3)];
let l_779 = l_778 + l_777;
a_7[u32(3)] = l_779;
}
let l_780 = l_mut_9 + l_4;
let l_781 = l_780 + u32(16);
let l_782 = l_735 < l_0;
let l_783 = l_781 < l_1;
let l_784 = l_782 && l_783;
if l_784 {
let l_785 = a_6[u32(13)];
let l_786 = info.scalars_f32[0] * l_785;
l_mut_29 = l_786;
let l_1152 = info.static_meta[u32(2)];
let l_1153 = l_1152 * u32(1);
let l_1154 = l_735 < l_1153;
let l_1155 = l_1153 - u32(1);
let l_1156 = min(l_735, l_1155);
let l_1157 = buffer_2_global[l_1156];
let l_1158 = select(f32(0.0), l_1157, l_1154);
let l_787 = l_1158;
let l_1159 = info.static_meta[u32(3)];
let l_1160 = l_1159 * u32(1);
let l_1161 = l_781 < l_1160;
let l_1162 = l_1160 - u32(1);
let l_1163 = min(l_781, l_1162);
let l_1164 = buffer_3_global[l_1163];
let l_1165 = select(f32(0.0), l_1164, l_1161);
let l_788 = l_1165;
let l_789 = l_787 * l_788;
l_mut_29 = l_mut_29 / l_789;
let l_790 = l_735 + info.scalars_u32[0];
let l_791 = l_781 + info.scalars_u32[1];
let l_792 = l_790 == l_791;
let l_793 = select(f32(-1.0), f32(1.0), l_792);
let l_794 = l_mut_29 + info.scalars_f32[1];
let l_795 = l_793 * l_794;
let l_796 = min(l_795, f32(0.0));
let l_797 = abs(l_795);
let l_798 = -l_797;
let l_799 = exp(l_798);
let l_800 = f32(2.0) + l_799;
let l_801 = l_799 / l_800;
let l_802 = l_801 * l_801;
l_mut_28 = f32(0.05882352963089943);
let l_803 = l_802 * l_mut_28;
let l_804 = f32(0.06666667014360428) + l_803;
l_mut_28 = l_804;
let l_805 = l_802 * l_mut_28;
let l_806 = f32(0.07692307978868484) + l_805;
l_mut_28 = l_806;
let l_807 = l_802 * l_mut_28;
let l_808 = f32(0.09090909361839294) + l_807;
l_mut_28 = l_808;
let l_809 = l_802 * l_mut_28;
let l_810 = f32(0.1111111119389534) + l_809;
l_mut_28 = l_810;
let l_811 = l_802 * l_mut_28;
let l_812 = f32(0.1428571492433548) + l_811;
l_mut_28 = l_812;
let l_813 = l_802 * l_mut_28;
let l_814 = f32(0.20000000298023224) + l_813;
l_mut_28 = l_814;
let l_815 = l_802 * l_mut_28;
let l_816 = f32(0.3333333432674408) + l_815;
l_mut_28 = l_816;
let l_817 = l_802 * l_mut_28;
let l_818 = f32(1.0) + l_817;
l_mut_28 = l_818;
let l_819 = f32(2.0) * l_801;
let l_820 = l_819 * l_mut_28;
let l_821 = l_796 - l_820;
let l_822 = a_7[u32(3)];
let l_823 = l_822 + l_821;
a_7[u32(3)] = l_823;
}
let l_824 = l_mut_9 + l_4;
let l_825 = l_824 + u32(32);
let l_826 = l_735 < l_0;
let l_827 = l_825 < l_1;
let l_828 = l_826 && l_827;
if l_828 {
let l_829 = a_6[u32(14)];
let l_830 = info.scalars_f32[0] * l_829;
l_mut_29 = l_830;
let l_1166 = info.static_meta[u32(2)];
let l_1167 = l_1166 * u32(1);
let l_1168 = l_735 < l_1167;
let l_1169 = l_1167 - u32(1);
let l_1170 = min(l_735, l_1169);
let l_1171 = buffer_2_global[l_1170];
let l_1172 = select(f32(0.0), l_1171, l_1168);
let l_831 = l_1172;
let l_1173 = info.static_meta[u32(3)];
let l_1174 = l_1173 * u32(1);
let l_1175 = l_825 < l_1174;
let l_1176 = l_1174 - u32(1);
let l_1177 = min(l_825, l_1176);
let l_1178 = buffer_3_global[l_1177];
let l_1179 = select(f32(0.0), l_1178, l_1175);
let l_832 = l_1179;
let l_833 = l_831 * l_832;
l_mut_29 = l_mut_29 / l_833;
let l_834 = l_735 + info.scalars_u32[0];
let l_835 = l_825 + info.scalars_u32[1];
let l_836 = l_834 == l_835;
let l_837 = select(f32(-1.0), f32(1.0), l_836);
let l_838 = l_mut_29 + info.scalars_f32[1];
let l_839 = l_837 * l_838;
let l_840 = min(l_839, f32(0.0));
let l_841 = abs(l_839);
let l_842 = -l_841;
let l_843 = exp(l_842);
let l_844 = f32(2.0) + l_843;
let l_845 = l_843 / l_844;
let l_846 = l_845 * l_845;
l_mut_28 = f32(0.05882352963089943);
let l_847 = l_846 * l_mut_28;
let l_848 = f32(0.06666667014360428) + l_847;
l_mut_28 = l_848;
let l_849 = l_846 * l_mut_28;
let l_850 = f32(0.07692307978868484) + l_849;
l_mut_28 = l_850;
let l_851 = l_846 * l_mut_28;
let l_852 = f32(0.09090909361839294) + l_851;
l_mut_28 = l_852;
let l_853 = l_846 * l_mut_28;
let l_854 = f32(0.1111111119389534) + l_853;
l_mut_28 = l_854;
let l_855 = l_846 * l_mut_28;
let l_856 = f32(0.1428571492433548) + l_855;
l_mut_28 = l_856;
let l_857 = l_846 * l_mut_28;
let l_858 = f32(0.20000000298023224) + l_857;
l_mut_28 = l_858;
let l_859 = l_846 * l_mut_28;
let l_860 = f32(0.3333333432674408) + l_859;
l_mut_28 = l_860;
let l_861 = l_846 * l_mut_28;
let l_862 = f32(1.0) + l_861;
l_mut_28 = l_862;
let l_863 = f32(2.0) * l_845;
let l_864 = l_863 * l_mut_28;
let l_865 = l_840 - l_864;
let l_866 = a_7[u32(3)];
let l_867 = l_866 + l_865;
a_7[u32(3)] = l_867;
}
let l_868 = l_mut_9 + l_4;
let l_869 = l_868 + u32(48);
let l_870 = l_735 < l_0;
let l_871 = l_869 < l_1;
let l_872 = l_870 && l_871;
if l_872 {
let l_873 = a_6[u32(15)];
let l_874 = info.scalars_f32[0] * l_873;
l_mut_29 = l_874;
let l_1180 = info.static_meta[u32(2)];
let l_1181 = l_1180 * u32(1);
let l_1182 = l_735 < l_1181;
let l_1183 = l_1181 - u32(1);
let l_1184 = min(l_735, l_1183);
let l_1185 = buffer_2_global[l_1184];
let l_1186 = select(f32(0.0), l_1185, l_1182);
let l_875 = l_1186;
let l_1187 = info.static_meta[u32(3)];
let l_1188 = l_1187 * u32(1);
let l_1189 = l_869 < l_1188;
let l_1190 = l_1188 - u32(1);
let l_1191 = min(l_869, l_1190);
let l_1192 = buffer_3_global[l_1191];
let l_1193 = select(f32(0.0), l_1192, l_1189);
let l_876 = l_1193;
let l_877 = l_875 * l_876;
l_mut_29 = l_mut_29 / l_877;
let l_878 = l_735 + info.scalars_u32[0];
let l_879 = l_869 + info.scalars_u32[1];
let l_880 = l_878 == l_879;
let l_881 = select(f32(-1.0), f32(1.0), l_880);
let l_882 = l_mut_29 + info.scalars_f32[1];
let l_883 = l_881 * l_882;
let l_884 = min(l_883, f32(0.0));
let l_885 = abs(l_883);
let l_886 = -l_885;
let l_887 = exp(l_886);
let l_888 = f32(2.0) + l_887;
let l_889 = l_887 / l_888;
let l_890 = l_889 * l_889;
l_mut_28 = f32(0.05882352963089943);
let l_891 = l_890 * l_mut_28;
let l_892 = f32(0.06666667014360428) + l_891;
l_mut_28 = l_892;
let l_893 = l_890 * l_mut_28;
let l_894 = f32(0.07692307978868484) + l_893;
l_mut_28 = l_894;
let l_895 = l_890 * l_mut_28;
let l_896 = f32(0.09090909361839294) + l_895;
l_mut_28 = l_896;
let l_897 = l_890 * l_mut_28;
let l_898 = f32(0.1111111119389534) + l_897;
l_mut_28 = l_898;
let l_899 = l_890 * l_mut_28;
let l_900 = f32(0.1428571492433548) + l_899;
l_mut_28 = l_900;
let l_901 = l_890 * l_mut_28;
let l_902 = f32(0.20000000298023224) + l_901;
l_mut_28 = l_902;
let l_903 = l_890 * l_mut_28;
let l_904 = f32(0.3333333432674408) + l_903;
l_mut_28 = l_904;
let l_905 = l_890 * l_mut_28;
let l_906 = f32(1.0) + l_905;
l_mut_28 = l_906;
let l_907 = f32(2.0) * l_889;
let l_908 = l_907 * l_mut_28;
let l_909 = l_884 - l_908;
let l_910 = a_7[u32(3)];
let l_911 = l_910 + l_909;
a_7[u32(3)] = l_911;
}
l_mut_9 = l_mut_9 + u32(64);
}
let l_912 = l_3 + u32(0);
let l_913 = l_912 * u32(16);
let l_914 = l_913 + l_4;
let l_915 = a_7[u32(0)];
shared_memory_5[l_914] = l_915;
let l_916 = l_912 * u32(16);
let l_917 = u32(1024) + l_916;
let l_918 = l_917 + l_4;
let l_919 = a_8[u32(0)];
shared_memory_5[l_918] = l_919;
let l_920 = l_3 + u32(16);
let l_921 = l_920 * u32(16);
let l_922 = l_921 + l_4;
let l_923 = a_7[u32(1)];
shared_memory_5[l_922] = l_923;
let l_924 = l_920 * u32(16);
let l_925 = u32(1024) + l_924;
let l_926 = l_925 + l_4;
let l_927 = a_8[u32(1)];
shared_memory_5[l_926] = l_927;
let l_928 = l_3 + u32(32);
let l_929 = l_928 * u32(16);
let l_930 = l_929 + l_4;
let l_931 = a_7[u32(2)];
shared_memory_5[l_930] = l_931;
let l_932 = l_928 * u32(16);
let l_933 = u32(1024) + l_932;
let l_934 = l_933 + l_4;
let l_935 = a_8[u32(2)];
shared_memory_5[l_934] = l_935;
let l_936 = l_3 + u32(48);
let l_937 = l_936 * u32(16);
let l_938 = l_937 + l_4;
let l_939 = a_7[u32(3)];
shared_memory_5[l_938] = l_939;
let l_940 = l_936 * u32(16);
let l_941 = u32(1024) + l_940;
let l_942 = l_941 + l_4;
let l_943 = a_8[u32(3)];
shared_memory_5[l_942] = l_943;
workgroupBarrier();
let l_944 = local_idx < u32(64);
if l_944 {
let l_945 = l_2 + local_idx;
let l_946 = l_945 < l_0;
if l_946 {
l_mut_29 = f32(0.0);
l_mut_28 = f32(0.0);

for (var l_mut_947: u32 = u32(0); l_mut_947 < u32(16); l_mut_947++) {
let l_948 = local_idx * u32(16);
let l_949 = l_948 + l_mut_947;
let l_950 = shared_memory_5[l_949];
l_mut_29 = l_mut_29 + l_950;
let l_951 = local_idx * u32(16);
let l_952 = u32(1024) + l_951;
let l_953 = l_952 + l_mut_947;
let l_954 = shared_memory_5[l_953];
l_mut_28 = l_mut_28 + l_954;
}
let l_955 = info.scalars_f32[2] * l_mut_29;
let l_1194 = info.static_meta[u32(4)];
let l_1195 = l_1194 * u32(1);
let l_1196 = l_945 < l_1195;
if l_1196 {
buffer_4_global[l_945] = l_955;
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
// ==== launch 0: grad_tiles_x_f32_y_f32_o_f32 (sigmoid_loss), cube_dim 256x1x1
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

var<workgroup> shared_memory_6: array<f32, 4096>;

const WORKGROUP_SIZE_X = 256u;
const WORKGROUP_SIZE_Y = 1u;
const WORKGROUP_SIZE_Z = 1u;

@compute
@workgroup_size(256, 1, 1)
fn grad_tiles_x_f32_y_f32_o_f32(
    @builtin(local_invocation_index) local_idx: u32,
    @builtin(num_workgroups) num_workgroups: vec3<u32>,
    @builtin(workgroup_id) workgroup_id: vec3<u32>,
) {
var a_7: array<f32, 16>;

let workgroup_id_no_axis = (u32(num_workgroups.y) * u32(num_workgroups.x) * u32(workgroup_id.z)) + (u32(num_workgroups.x) * u32(workgroup_id.y)) + u32(workgroup_id.x);
var l_mut_11: u32;
var l_mut_24: u32;
var l_mut_27: u32;
var l_mut_35: f32;
var l_mut_36: f32;
let l_0 = info.dynamic_meta[info.static_meta[u32(15)] + u32(0)];
let l_1 = info.dynamic_meta[info.static_meta[u32(16)] + u32(0)];
let l_2 = info.dynamic_meta[info.static_meta[u32(15)] + u32(1)];
let l_3 = workgroup_id_no_axis * u32(64);
let l_4 = local_idx / u32(16);
let l_5 = local_idx % u32(16);

for (var l_mut_8: u32 = u32(0); l_mut_8 < u32(64); l_mut_8++) {
let l_9 = l_3 + l_mut_8;
let l_10 = l_9 < l_0;
if l_10 {
l_mut_11 = local_idx;
loop {
let l_12 = l_mut_11 < l_2;
let l_13 = !l_12;
if l_13 {
break;
}
let l_14 = l_3 + l_mut_8;
let l_15 = l_14 * l_2;
let l_16 = l_15 + l_mut_11;
let l_1453 = info.static_meta[u32(4)];
let l_1454 = l_1453 * u32(1);
let l_1455 = l_16 < l_1454;
if l_1455 {
buffer_4_global[l_16] = f32(0.0);
}
l_mut_11 = l_mut_11 + u32(256);
}
}
}
l_mut_11 = u32(0);
loop {
let l_17 = l_mut_11 < l_1;
let l_18 = !l_17;
if l_18 {
break;
}
let l_19 = info.dynamic_meta[info.static_meta[u32(15)] + u32(0)];
let l_20 = info.dynamic_meta[info.static_meta[u32(16)] + u32(0)];
let l_21 = info.dynamic_meta[info.static_meta[u32(15)] + u32(1)];
let l_22 = local_idx / u32(16);
let l_23 = local_idx % u32(16);
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
l_mut_24 = u32(0);
loop {
let l_25 = l_mut_24 < l_21;
let l_26 = !l_25;
if l_26 {
break;
}
l_mut_27 = local_idx;
loop {
let l_28 = l_mut_27 < u32(1024);
let l_29 = !l_28;
if l_29 {
break;
}
let l_30 = l_mut_27 / u32(16);
let l_31 = l_mut_27 % u32(16);
let l_32 = l_mut_24 + l_31;
let l_33 = l_3 + l_30;
let l_34 = l_mut_11 + l_30;
l_mut_35 = f32(0.0);
l_mut_36 = f32(0.0);
let l_37 = l_33 < l_19;
let l_38 = l_32 < l_21;
let l_39 = l_37 && l_38;
if l_39 {
let l_40 = info.dynamic_meta[info.static_meta[u32(18)] + u32(0)];
let l_41 = l_33 * l_40;
let l_42 = info.dynamic_meta[info.static_meta[u32(18)] + u32(1)];
let l_43 = l_32 * l_42;
let l_44 = l_41 + l_43;
let l_1456 = info.static_meta[u32(0)];
let l_1457 = l_1456 * u32(1);
let l_1458 = l_44 < l_1457;
let l_1459 = l_1457 - u32(1);
let l_1460 = min(l_44, l_1459);
let l_1461 = buffer_0_global[l_1460];
let l_1462 = select(f32(0.0), l_1461, l_1458);
let l_45 = l_1462;
l_mut_35 = l_45;
}
let l_46 = l_34 < l_20;
let l_47 = l_32 < l_21;
let l_48 = l_46 && l_47;
if l_48 {
let l_49 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_50 = l_34 * l_49;
let l_51 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_52 = l_32 * l_51;
let l_53 = l_50 + l_52;
let l_1463 = info.static_meta[u32(1)];
let l_1464 = l_1463 * u32(1);
let l_1465 = l_53 < l_1464;
let l_1466 = l_1464 - u32(1);
let l_1467 = min(l_53, l_1466);
let l_1468 = buffer_1_global[l_1467];
let l_1469 = select(f32(0.0), l_1468, l_1465);
let l_54 = l_1469;
l_mut_36 = l_54;
}
let l_55 = l_30 * u32(17);
let l_56 = l_mut_27 % u32(16);
let l_57 = l_55 + l_56;
shared_memory_6[l_57] = l_mut_35;
let l_58 = l_30 * u32(17);
let l_59 = u32(1088) + l_58;
let l_60 = l_mut_27 % u32(16);
let l_61 = l_59 + l_60;
shared_memory_6[l_61] = l_mut_36;
l_mut_27 = l_mut_27 + u32(256);
}
workgroupBarrier();

for (var l_mut_62: u32 = u32(0); l_mut_62 < u32(16); l_mut_62++) {
let l_63 = l_22 + u32(0);
let l_64 = l_63 * u32(17);
let l_65 = l_64 + l_mut_62;
let l_66 = shared_memory_6[l_65];
let l_67 = l_23 + u32(0);
let l_68 = l_67 * u32(17);
let l_69 = u32(1088) + l_68;
let l_70 = l_69 + l_mut_62;
let l_71 = shared_memory_6[l_70];
let l_72 = l_66 * l_71;
let l_73 = a_7[u32(0)];
let l_74 = l_73 + l_72;
a_7[u32(0)] = l_74;
let l_75 = l_23 + u32(16);
let l_76 = l_75 * u32(17);
let l_77 = u32(1088) + l_76;
let l_78 = l_77 + l_mut_62;
let l_79 = shared_memory_6[l_78];
let l_80 = l_66 * l_79;
let l_81 = a_7[u32(1)];
let l_82 = l_81 + l_80;
a_7[u32(1)] = l_82;
let l_83 = l_23 + u32(32);
let l_84 = l_83 * u32(17);
let l_85 = u32(1088) + l_84;
let l_86 = l_85 + l_mut_62;
let l_87 = shared_memory_6[l_86];
let l_88 = l_66 * l_87;
let l_89 = a_7[u32(2)];
let l_90 = l_89 + l_88;
a_7[u32(2)] = l_90;
let l_91 = l_23 + u32(48);
let l_92 = l_91 * u32(17);
let l_93 = u32(1088) + l_92;
let l_94 = l_93 + l_mut_62;
let l_95 = shared_memory_6[l_94];
let l_96 = l_66 * l_95;
let l_97 = a_7[u32(3)];
let l_98 = l_97 + l_96;
a_7[u32(3)] = l_98;
let l_99 = l_22 + u32(16);
let l_100 = l_99 * u32(17);
let l_101 = l_100 + l_mut_62;
let l_102 = shared_memory_6[l_101];
let l_103 = l_23 + u32(0);
let l_104 = l_103 * u32(17);
let l_105 = u32(1088) + l_104;
let l_106 = l_105 + l_mut_62;
let l_107 = shared_memory_6[l_106];
let l_108 = l_102 * l_107;
let l_109 = a_7[u32(4)];
let l_110 = l_109 + l_108;
a_7[u32(4)] = l_110;
let l_111 = l_23 + u32(16);
let l_112 = l_111 * u32(17);
let l_113 = u32(1088) + l_112;
let l_114 = l_113 + l_mut_62;
let l_115 = shared_memory_6[l_114];
let l_116 = l_102 * l_115;
let l_117 = a_7[u32(5)];
let l_118 = l_117 + l_116;
a_7[u32(5)] = l_118;
let l_119 = l_23 + u32(32);
let l_120 = l_119 * u32(17);
let l_121 = u32(1088) + l_120;
let l_122 = l_121 + l_mut_62;
let l_123 = shared_memory_6[l_122];
let l_124 = l_102 * l_123;
let l_125 = a_7[u32(6)];
let l_126 = l_125 + l_124;
a_7[u32(6)] = l_126;
let l_127 = l_23 + u32(48);
let l_128 = l_127 * u32(17);
let l_129 = u32(1088) + l_128;
let l_130 = l_129 + l_mut_62;
let l_131 = shared_memory_6[l_130];
let l_132 = l_102 * l_131;
let l_133 = a_7[u32(7)];
let l_134 = l_133 + l_132;
a_7[u32(7)] = l_134;
let l_135 = l_22 + u32(32);
let l_136 = l_135 * u32(17);
let l_137 = l_136 + l_mut_62;
let l_138 = shared_memory_6[l_137];
let l_139 = l_23 + u32(0);
let l_140 = l_139 * u32(17);
let l_141 = u32(1088) + l_140;
let l_142 = l_141 + l_mut_62;
let l_143 = shared_memory_6[l_142];
let l_144 = l_138 * l_143;
let l_145 = a_7[u32(8)];
let l_146 = l_145 + l_144;
a_7[u32(8)] = l_146;
let l_147 = l_23 + u32(16);
let l_148 = l_147 * u32(17);
let l_149 = u32(1088) + l_148;
let l_150 = l_149 + l_mut_62;
let l_151 = shared_memory_6[l_150];
let l_152 = l_138 * l_151;
let l_153 = a_7[u32(9)];
let l_154 = l_153 + l_152;
a_7[u32(9)] = l_154;
let l_155 = l_23 + u32(32);
let l_156 = l_155 * u32(17);
let l_157 = u32(1088) + l_156;
let l_158 = l_157 + l_mut_62;
let l_159 = shared_memory_6[l_158];
let l_160 = l_138 * l_159;
let l_161 = a_7[u32(10)];
let l_162 = l_161 + l_160;
a_7[u32(10)] = l_162;
let l_163 = l_23 + u32(48);
let l_164 = l_163 * u32(17);
let l_165 = u32(1088) + l_164;
let l_166 = l_165 + l_mut_62;
let l_167 = shared_memory_6[l_166];
let l_168 = l_138 * l_167;
let l_169 = a_7[u32(11)];
let l_170 = l_169 + l_168;
a_7[u32(11)] = l_170;
let l_171 = l_22 + u32(48);
let l_172 = l_171 * u32(17);
let l_173 = l_172 + l_mut_62;
let l_174 = shared_memory_6[l_173];
let l_175 = l_23 + u32(0);
let l_176 = l_175 * u32(17);
let l_177 = u32(1088) + l_176;
let l_178 = l_177 + l_mut_62;
let l_179 = shared_memory_6[l_178];
let l_180 = l_174 * l_179;
let l_181 = a_7[u32(12)];
let l_182 = l_181 + l_180;
a_7[u32(12)] = l_182;
let l_183 = l_23 + u32(16);
let l_184 = l_183 * u32(17);
let l_185 = u32(1088) + l_184;
let l_186 = l_185 + l_mut_62;
let l_187 = shared_memory_6[l_186];
let l_188 = l_174 * l_187;
let l_189 = a_7[u32(13)];
let l_190 = l_189 + l_188;
a_7[u32(13)] = l_190;
let l_191 = l_23 + u32(32);
let l_192 = l_191 * u32(17);
let l_193 = u32(1088) + l_192;
let l_194 = l_193 + l_mut_62;
let l_195 = shared_memory_6[l_194];
let l_196 = l_174 * l_195;
let l_197 = a_7[u32(14)];
let l_198 = l_197 + l_196;
a_7[u32(14)] = l_198;
let l_199 = l_23 + u32(48);
let l_200 = l_199 * u32(17);
let l_201 = u32(1088) + l_200;
let l_202 = l_201 + l_mut_62;
let l_203 = shared_memory_6[l_202];
let l_204 = l_174 * l_203;
let l_205 = a_7[u32(15)];
let l_206 = l_205 + l_204;
a_7[u32(15)] = l_206;
}
workgroupBarrier();
l_mut_24 = l_mut_24 + u32(16);
}
let l_207 = l_3 + l_4;
let l_208 = l_207 + u32(0);
let l_209 = l_mut_11 + l_5;
let l_210 = l_209 + u32(0);
l_mut_36 = f32(0.0);
let l_211 = l_208 < l_0;
let l_212 = l_210 < l_1;
let l_213 = l_211 && l_212;
if l_213 {
let l_214 = a_7[u32(0)];
let l_215 = info.scalars_f32[0] * l_214;
l_mut_35 = l_215;
let l_1470 = info.static_meta[u32(2)];
let l_1471 = l_1470 * u32(1);
let l_1472 = l_208 < l_1471;
let l_1473 = l_1471 - u32(1);
let l_1474 = min(l_208, l_1473);
let l_1475 = buffer_2_global[l_1474];
let l_1476 = select(f32(0.0), l_1475, l_1472);
let l_216 = l_1476;
let l_1477 = info.static_meta[u32(3)];
let l_1478 = l_1477 * u32(1);
let l_1479 = l_210 < l_1478;
let l_1480 = l_1478 - u32(1);
let l_1481 = min(l_210, l_1480);
let l_1482 = buffer_3_global[l_1481];
let l_1483 = select(f32(0.0), l_1482, l_1479);
let l_217 = l_1483;
let l_218 = l_216 * l_217;
l_mut_35 = l_mut_35 / l_218;
let l_219 = l_208 + info.scalars_u32[0];
let l_220 = l_210 + info.scalars_u32[1];
let l_221 = l_219 == l_220;
let l_222 = select(f32(-1.0), f32(1.0), l_221);
let l_223 = -info.scalars_f32[2];
let l_224 = l_223 * l_222;
let l_225 = l_mut_35 + info.scalars_f32[1];
let l_226 = l_222 * l_225;
let l_227 = exp(l_226);
let l_228 = f32(1.0) + l_227;
let l_229 = l_224 / l_228;
l_mut_36 = l_229;
let l_1484 = info.static_meta[u32(3)];
let l_1485 = l_1484 * u32(1);
let l_1486 = l_210 < l_1485;
let l_1487 = l_1485 - u32(1);
let l_1488 = min(l_210, l_1487);
let l_1489 = buffer_3_global[l_1488];
let l_1490 = select(f32(0.0), l_1489, l_1486);
let l_230 = l_1490;
l_mut_36 = l_mut_36 / l_230;
}
let l_231 = l_4 + u32(0);
let l_232 = l_231 * u32(64);
let l_233 = l_232 + l_5;
let l_234 = l_233 + u32(0);
shared_memory_6[l_234] = l_mut_36;
let l_235 = l_mut_11 + l_5;
let l_236 = l_235 + u32(16);
l_mut_36 = f32(0.0);
let l_237 = l_208 < l_0;
let l_238 = l_236 < l_1;
let l_239 = l_237 && l_238;
if l_239 {
let l_240 = a_7[u32(1)];
let l_241 = info.scalars_f32[0] * l_240;
l_mut_35 = l_241;
let l_1491 = info.static_meta[u32(2)];
let l_1492 = l_1491 * u32(1);
let l_1493 = l_208 < l_1492;
let l_1494 = l_1492 - u32(1);
let l_1495 = min(l_208, l_1494);
let l_1496 = buffer_2_global[l_1495];
let l_1497 = select(f32(0.0), l_1496, l_1493);
let l_242 = l_1497;
let l_1498 = info.static_meta[u32(3)];
let l_1499 = l_1498 * u32(1);
let l_1500 = l_236 < l_1499;
let l_1501 = l_1499 - u32(1);
let l_1502 = min(l_236, l_1501);
let l_1503 = buffer_3_global[l_1502];
let l_1504 = select(f32(0.0), l_1503, l_1500);
let l_243 = l_1504;
let l_244 = l_242 * l_243;
l_mut_35 = l_mut_35 / l_244;
let l_245 = l_208 + info.scalars_u32[0];
let l_246 = l_236 + info.scalars_u32[1];
let l_247 = l_245 == l_246;
let l_248 = select(f32(-1.0), f32(1.0), l_247);
let l_249 = -info.scalars_f32[2];
let l_250 = l_249 * l_248;
let l_251 = l_mut_35 + info.scalars_f32[1];
let l_252 = l_248 * l_251;
let l_253 = exp(l_252);
let l_254 = f32(1.0) + l_253;
let l_255 = l_250 / l_254;
l_mut_36 = l_255;
let l_1505 = info.static_meta[u32(3)];
let l_1506 = l_1505 * u32(1);
let l_1507 = l_236 < l_1506;
let l_1508 = l_1506 - u32(1);
let l_1509 = min(l_236, l_1508);
let l_1510 = buffer_3_global[l_1509];
let l_1511 = select(f32(0.0), l_1510, l_1507);
let l_256 = l_1511;
l_mut_36 = l_mut_36 / l_256;
}
let l_257 = l_4 + u32(0);
let l_258 = l_257 * u32(64);
let l_259 = l_258 + l_5;
let l_260 = l_259 + u32(16);
shared_memory_6[l_260] = l_mut_36;
let l_261 = l_mut_11 + l_5;
let l_262 = l_261 + u32(32);
l_mut_36 = f32(0.0);
let l_263 = l_208 < l_0;
let l_264 = l_262 < l_1;
let l_265 = l_263 && l_264;
if l_265 {
let l_266 = a_7[u32(2)];
let l_267 = info.scalars_f32[0] * l_266;
l_mut_35 = l_267;
let l_1512 = info.static_meta[u32(2)];
let l_1513 = l_1512 * u32(1);
let l_1514 = l_208 < l_1513;
let l_1515 = l_1513 - u32(1);
let l_1516 = min(l_208, l_1515);
let l_1517 = buffer_2_global[l_1516];
let l_1518 = select(f32(0.0), l_1517, l_1514);
let l_268 = l_1518;
let l_1519 = info.static_meta[u32(3)];
let l_1520 = l_1519 * u32(1);
let l_1521 = l_262 < l_1520;
let l_1522 = l_1520 - u32(1);
let l_1523 = min(l_262, l_1522);
let l_1524 = buffer_3_global[l_1523];
let l_1525 = select(f32(0.0), l_1524, l_1521);
let l_269 = l_1525;
let l_270 = l_268 * l_269;
l_mut_35 = l_mut_35 / l_270;
let l_271 = l_208 + info.scalars_u32[0];
let l_272 = l_262 + info.scalars_u32[1];
let l_273 = l_271 == l_272;
let l_274 = select(f32(-1.0), f32(1.0), l_273);
let l_275 = -info.scalars_f32[2];
let l_276 = l_275 * l_274;
let l_277 = l_mut_35 + info.scalars_f32[1];
let l_278 = l_274 * l_277;
let l_279 = exp(l_278);
let l_280 = f32(1.0) + l_279;
let l_281 = l_276 / l_280;
l_mut_36 = l_281;
let l_1526 = info.static_meta[u32(3)];
let l_1527 = l_1526 * u32(1);
let l_1528 = l_262 < l_1527;
let l_1529 = l_1527 - u32(1);
let l_1530 = min(l_262, l_1529);
let l_1531 = buffer_3_global[l_1530];
let l_1532 = select(f32(0.0), l_1531, l_1528);
let l_282 = l_1532;
l_mut_36 = l_mut_36 / l_282;
}
let l_283 = l_4 + u32(0);
let l_284 = l_283 * u32(64);
let l_285 = l_284 + l_5;
let l_286 = l_285 + u32(32);
shared_memory_6[l_286] = l_mut_36;
let l_287 = l_mut_11 + l_5;
let l_288 = l_287 + u32(48);
l_mut_36 = f32(0.0);
let l_289 = l_208 < l_0;
let l_290 = l_288 < l_1;
let l_291 = l_289 && l_290;
if l_291 {
let l_292 = a_7[u32(3)];
let l_293 = info.scalars_f32[0] * l_292;
l_mut_35 = l_293;
let l_1533 = info.static_meta[u32(2)];
let l_1534 = l_1533 * u32(1);
let l_1535 = l_208 < l_1534;
let l_1536 = l_1534 - u32(1);
let l_1537 = min(l_208, l_1536);
let l_1538 = buffer_2_global[l_1537];
let l_1539 = select(f32(0.0), l_1538, l_1535);
let l_294 = l_1539;
let l_1540 = info.static_meta[u32(3)];
let l_1541 = l_1540 * u32(1);
let l_1542 = l_288 < l_1541;
let l_1543 = l_1541 - u32(1);
let l_1544 = min(l_288, l_1543);
let l_1545 = buffer_3_global[l_1544];
let l_1546 = select(f32(0.0), l_1545, l_1542);
let l_295 = l_1546;
let l_296 = l_294 * l_295;
l_mut_35 = l_mut_35 / l_296;
let l_297 = l_208 + info.scalars_u32[0];
let l_298 = l_288 + info.scalars_u32[1];
let l_299 = l_297 == l_298;
let l_300 = select(f32(-1.0), f32(1.0), l_299);
let l_301 = -info.scalars_f32[2];
let l_302 = l_301 * l_300;
let l_303 = l_mut_35 + info.scalars_f32[1];
let l_304 = l_300 * l_303;
let l_305 = exp(l_304);
let l_306 = f32(1.0) + l_305;
let l_307 = l_302 / l_306;
l_mut_36 = l_307;
let l_1547 = info.static_meta[u32(3)];
let l_1548 = l_1547 * u32(1);
let l_1549 = l_288 < l_1548;
let l_1550 = l_1548 - u32(1);
let l_1551 = min(l_288, l_1550);
let l_1552 = buffer_3_global[l_1551];
let l_1553 = select(f32(0.0), l_1552, l_1549);
let l_308 = l_1553;
l_mut_36 = l_mut_36 / l_308;
}
let l_309 = l_4 + u32(0);
let l_310 = l_309 * u32(64);
let l_311 = l_310 + l_5;
let l_312 = l_311 + u32(48);
shared_memory_6[l_312] = l_mut_36;
let l_313 = l_3 + l_4;
let l_314 = l_313 + u32(16);
let l_315 = l_mut_11 + l_5;
let l_316 = l_315 + u32(0);
l_mut_36 = f32(0.0);
let l_317 = l_314 < l_0;
let l_318 = l_316 < l_1;
let l_319 = l_317 && l_318;
if l_319 {
let l_320 = a_7[u32(4)];
let l_321 = info.scalars_f32[0] * l_320;
l_mut_35 = l_321;
let l_1554 = info.static_meta[u32(2)];
let l_1555 = l_1554 * u32(1);
let l_1556 = l_314 < l_1555;
let l_1557 = l_1555 - u32(1);
let l_1558 = min(l_314, l_1557);
let l_1559 = buffer_2_global[l_1558];
let l_1560 = select(f32(0.0), l_1559, l_1556);
let l_322 = l_1560;
let l_1561 = info.static_meta[u32(3)];
let l_1562 = l_1561 * u32(1);
let l_1563 = l_316 < l_1562;
let l_1564 = l_1562 - u32(1);
let l_1565 = min(l_316, l_1564);
let l_1566 = buffer_3_global[l_1565];
let l_1567 = select(f32(0.0), l_1566, l_1563);
let l_323 = l_1567;
let l_324 = l_322 * l_323;
l_mut_35 = l_mut_35 / l_324;
let l_325 = l_314 + info.scalars_u32[0];
let l_326 = l_316 + info.scalars_u32[1];
let l_327 = l_325 == l_326;
let l_328 = select(f32(-1.0), f32(1.0), l_327);
let l_329 = -info.scalars_f32[2];
let l_330 = l_329 * l_328;
let l_331 = l_mut_35 + info.scalars_f32[1];
let l_332 = l_328 * l_331;
let l_333 = exp(l_332);
let l_334 = f32(1.0) + l_333;
let l_335 = l_330 / l_334;
l_mut_36 = l_335;
let l_1568 = info.static_meta[u32(3)];
let l_1569 = l_1568 * u32(1);
let l_1570 = l_316 < l_1569;
let l_1571 = l_1569 - u32(1);
let l_1572 = min(l_316, l_1571);
let l_1573 = buffer_3_global[l_1572];
let l_1574 = select(f32(0.0), l_1573, l_1570);
let l_336 = l_1574;
l_mut_36 = l_mut_36 / l_336;
}
let l_337 = l_4 + u32(16);
let l_338 = l_337 * u32(64);
let l_339 = l_338 + l_5;
let l_340 = l_339 + u32(0);
shared_memory_6[l_340] = l_mut_36;
let l_341 = l_mut_11 + l_5;
let l_342 = l_341 + u32(16);
l_mut_36 = f32(0.0);
let l_343 = l_314 < l_0;
let l_344 = l_342 < l_1;
let l_345 = l_343 && l_344;
if l_345 {
let l_346 = a_7[u32(5)];
let l_347 = info.scalars_f32[0] * l_346;
l_mut_35 = l_347;
let l_1575 = info.static_meta[u32(2)];
let l_1576 = l_1575 * u32(1);
let l_1577 = l_314 < l_1576;
let l_1578 = l_1576 - u32(1);
let l_1579 = min(l_314, l_1578);
let l_1580 = buffer_2_global[l_1579];
let l_1581 = select(f32(0.0), l_1580, l_1577);
let l_348 = l_1581;
let l_1582 = info.static_meta[u32(3)];
let l_1583 = l_1582 * u32(1);
let l_1584 = l_342 < l_1583;
let l_1585 = l_1583 - u32(1);
let l_1586 = min(l_342, l_1585);
let l_1587 = buffer_3_global[l_1586];
let l_1588 = select(f32(0.0), l_1587, l_1584);
let l_349 = l_1588;
let l_350 = l_348 * l_349;
l_mut_35 = l_mut_35 / l_350;
let l_351 = l_314 + info.scalars_u32[0];
let l_352 = l_342 + info.scalars_u32[1];
let l_353 = l_351 == l_352;
let l_354 = select(f32(-1.0), f32(1.0), l_353);
let l_355 = -info.scalars_f32[2];
let l_356 = l_355 * l_354;
let l_357 = l_mut_35 + info.scalars_f32[1];
let l_358 = l_354 * l_357;
let l_359 = exp(l_358);
let l_360 = f32(1.0) + l_359;
let l_361 = l_356 / l_360;
l_mut_36 = l_361;
let l_1589 = info.static_meta[u32(3)];
let l_1590 = l_1589 * u32(1);
let l_1591 = l_342 < l_1590;
let l_1592 = l_1590 - u32(1);
let l_1593 = min(l_342, l_1592);
let l_1594 = buffer_3_global[l_1593];
let l_1595 = select(f32(0.0), l_1594, l_1591);
let l_362 = l_1595;
l_mut_36 = l_mut_36 / l_362;
}
let l_363 = l_4 + u32(16);
let l_364 = l_363 * u32(64);
let l_365 = l_364 + l_5;
let l_366 = l_365 + u32(16);
shared_memory_6[l_366] = l_mut_36;
let l_367 = l_mut_11 + l_5;
let l_368 = l_367 + u32(32);
l_mut_36 = f32(0.0);
let l_369 = l_314 < l_0;
let l_370 = l_368 < l_1;
let l_371 = l_369 && l_370;
if l_371 {
let l_372 = a_7[u32(6)];
let l_373 = info.scalars_f32[0] * l_372;
l_mut_35 = l_373;
let l_1596 = info.static_meta[u32(2)];
let l_1597 = l_1596 * u32(1);
let l_1598 = l_314 < l_1597;
let l_1599 = l_1597 - u32(1);
let l_1600 = min(l_314, l_1599);
let l_1601 = buffer_2_global[l_1600];
let l_1602 = select(f32(0.0), l_1601, l_1598);
let l_374 = l_1602;
let l_1603 = info.static_meta[u32(3)];
let l_1604 = l_1603 * u32(1);
let l_1605 = l_368 < l_1604;
let l_1606 = l_1604 - u32(1);
let l_1607 = min(l_368, l_1606);
let l_1608 = buffer_3_global[l_1607];
let l_1609 = select(f32(0.0), l_1608, l_1605);
let l_375 = l_1609;
let l_376 = l_374 * l_375;
l_mut_35 = l_mut_35 / l_376;
let l_377 = l_314 + info.scalars_u32[0];
let l_378 = l_368 + info.scalars_u32[1];
let l_379 = l_377 == l_378;
let l_380 = select(f32(-1.0), f32(1.0), l_379);
let l_381 = -info.scalars_f32[2];
let l_382 = l_381 * l_380;
let l_383 = l_mut_35 + info.scalars_f32[1];
let l_384 = l_380 * l_383;
let l_385 = exp(l_384);
let l_386 = f32(1.0) + l_385;
let l_387 = l_382 / l_386;
l_mut_36 = l_387;
let l_1610 = info.static_meta[u32(3)];
let l_1611 = l_1610 * u32(1);
let l_1612 = l_368 < l_1611;
let l_1613 = l_1611 - u32(1);
let l_1614 = min(l_368, l_1613);
let l_1615 = buffer_3_global[l_1614];
let l_1616 = select(f32(0.0), l_1615, l_1612);
let l_388 = l_1616;
l_mut_36 = l_mut_36 / l_388;
}
let l_389 = l_4 + u32(16);
let l_390 = l_389 * u32(64);
let l_391 = l_390 + l_5;
let l_392 = l_391 + u32(32);
shared_memory_6[l_392] = l_mut_36;
let l_393 = l_mut_11 + l_5;
let l_394 = l_393 + u32(48);
l_mut_36 = f32(0.0);
let l_395 = l_314 < l_0;
let l_396 = l_394 < l_1;
let l_397 = l_395 && l_396;
if l_397 {
let l_398 = a_7[u32(7)];
let l_399 = info.scalars_f32[0] * l_398;
l_mut_35 = l_399;
let l_1617 = info.static_meta[u32(2)];
let l_1618 = l_1617 * u32(1);
let l_1619 = l_314 < l_1618;
let l_1620 = l_1618 - u32(1);
let l_1621 = min(l_314, l_1620);
let l_1622 = buffer_2_global[l_1621];
let l_1623 = select(f32(0.0), l_1622, l_1619);
let l_400 = l_1623;
let l_1624 = info.static_meta[u32(3)];
let l_1625 = l_1624 * u32(1);
let l_1626 = l_394 < l_1625;
let l_1627 = l_1625 - u32(1);
let l_1628 = min(l_394, l_1627);
let l_1629 = buffer_3_global[l_1628];
let l_1630 = select(f32(0.0), l_1629, l_1626);
let l_401 = l_1630;
let l_402 = l_400 * l_401;
l_mut_35 = l_mut_35 / l_402;
let l_403 = l_314 + info.scalars_u32[0];
let l_404 = l_394 + info.scalars_u32[1];
let l_405 = l_403 == l_404;
let l_406 = select(f32(-1.0), f32(1.0), l_405);
let l_407 = -info.scalars_f32[2];
let l_408 = l_407 * l_406;
let l_409 = l_mut_35 + info.scalars_f32[1];
let l_410 = l_406 * l_409;
let l_411 = exp(l_410);
let l_412 = f32(1.0) + l_411;
let l_413 = l_408 / l_412;
l_mut_36 = l_413;
let l_1631 = info.static_meta[u32(3)];
let l_1632 = l_1631 * u32(1);
let l_1633 = l_394 < l_1632;
let l_1634 = l_1632 - u32(1);
let l_1635 = min(l_394, l_1634);
let l_1636 = buffer_3_global[l_1635];
let l_1637 = select(f32(0.0), l_1636, l_1633);
let l_414 = l_1637;
l_mut_36 = l_mut_36 / l_414;
}
let l_415 = l_4 + u32(16);
let l_416 = l_415 * u32(64);
let l_417 = l_416 + l_5;
let l_418 = l_417 + u32(48);
shared_memory_6[l_418] = l_mut_36;
let l_419 = l_3 + l_4;
let l_420 = l_419 + u32(32);
let l_421 = l_mut_11 + l_5;
let l_422 = l_421 + u32(0);
l_mut_36 = f32(0.0);
let l_423 = l_420 < l_0;
let l_424 = l_422 < l_1;
let l_425 = l_423 && l_424;
if l_425 {
let l_426 = a_7[u32(8)];
let l_427 = info.scalars_f32[0] * l_426;
l_mut_35 = l_427;
let l_1638 = info.static_meta[u32(2)];
let l_1639 = l_1638 * u32(1);
let l_1640 = l_420 < l_1639;
let l_1641 = l_1639 - u32(1);
let l_1642 = min(l_420, l_1641);
let l_1643 = buffer_2_global[l_1642];
let l_1644 = select(f32(0.0), l_1643, l_1640);
let l_428 = l_1644;
let l_1645 = info.static_meta[u32(3)];
let l_1646 = l_1645 * u32(1);
let l_1647 = l_422 < l_1646;
let l_1648 = l_1646 - u32(1);
let l_1649 = min(l_422, l_1648);
let l_1650 = buffer_3_global[l_1649];
let l_1651 = select(f32(0.0), l_1650, l_1647);
let l_429 = l_1651;
let l_430 = l_428 * l_429;
l_mut_35 = l_mut_35 / l_430;
let l_431 = l_420 + info.scalars_u32[0];
let l_432 = l_422 + info.scalars_u32[1];
let l_433 = l_431 == l_432;
let l_434 = select(f32(-1.0), f32(1.0), l_433);
let l_435 = -info.scalars_f32[2];
let l_436 = l_435 * l_434;
let l_437 = l_mut_35 + info.scalars_f32[1];
let l_438 = l_434 * l_437;
let l_439 = exp(l_438);
let l_440 = f32(1.0) + l_439;
let l_441 = l_436 / l_440;
l_mut_36 = l_441;
let l_1652 = info.static_meta[u32(3)];
let l_1653 = l_1652 * u32(1);
let l_1654 = l_422 < l_1653;
let l_1655 = l_1653 - u32(1);
let l_1656 = min(l_422, l_1655);
let l_1657 = buffer_3_global[l_1656];
let l_1658 = select(f32(0.0), l_1657, l_1654);
let l_442 = l_1658;
l_mut_36 = l_mut_36 / l_442;
}
let l_443 = l_4 + u32(32);
let l_444 = l_443 * u32(64);
let l_445 = l_444 + l_5;
let l_446 = l_445 + u32(0);
shared_memory_6[l_446] = l_mut_36;
let l_447 = l_mut_11 + l_5;
let l_448 = l_447 + u32(16);
l_mut_36 = f32(0.0);
let l_449 = l_420 < l_0;
let l_450 = l_448 < l_1;
let l_451 = l_449 && l_450;
if l_451 {
let l_452 = a_7[u32(9)];
let l_453 = info.scalars_f32[0] * l_452;
l_mut_35 = l_453;
let l_1659 = info.static_meta[u32(2)];
let l_1660 = l_1659 * u32(1);
let l_1661 = l_420 < l_1660;
let l_1662 = l_1660 - u32(1);
let l_1663 = min(l_420, l_1662);
let l_1664 = buffer_2_global[l_1663];
let l_1665 = select(f32(0.0), l_1664, l_1661);
let l_454 = l_1665;
let l_1666 = info.static_meta[u32(3)];
let l_1667 = l_1666 * u32(1);
let l_1668 = l_448 < l_1667;
let l_1669 = l_1667 - u32(1);
let l_1670 = min(l_448, l_1669);
let l_1671 = buffer_3_global[l_1670];
let l_1672 = select(f32(0.0), l_1671, l_1668);
let l_455 = l_1672;
let l_456 = l_454 * l_455;
l_mut_35 = l_mut_35 / l_456;
let l_457 = l_420 + info.scalars_u32[0];
let l_458 = l_448 + info.scalars_u32[1];
let l_459 = l_457 == l_458;
let l_460 = select(f32(-1.0), f32(1.0), l_459);
let l_461 = -info.scalars_f32[2];
let l_462 = l_461 * l_460;
let l_463 = l_mut_35 + info.scalars_f32[1];
let l_464 = l_460 * l_463;
let l_465 = exp(l_464);
let l_466 = f32(1.0) + l_465;
let l_467 = l_462 / l_466;
l_mut_36 = l_467;
let l_1673 = info.static_meta[u32(3)];
let l_1674 = l_1673 * u32(1);
let l_1675 = l_448 < l_1674;
let l_1676 = l_1674 - u32(1);
let l_1677 = min(l_448, l_1676);
let l_1678 = buffer_3_global[l_1677];
let l_1679 = select(f32(0.0), l_1678, l_1675);
let l_468 = l_1679;
l_mut_36 = l_mut_36 / l_468;
}
let l_469 = l_4 + u32(32);
let l_470 = l_469 * u32(64);
let l_471 = l_470 + l_5;
let l_472 = l_471 + u32(16);
shared_memory_6[l_472] = l_mut_36;
let l_473 = l_mut_11 + l_5;
let l_474 = l_473 + u32(32);
l_mut_36 = f32(0.0);
let l_475 = l_420 < l_0;
let l_476 = l_474 < l_1;
let l_477 = l_475 && l_476;
if l_477 {
let l_478 = a_7[u32(10)];
let l_479 = info.scalars_f32[0] * l_478;
l_mut_35 = l_479;
let l_1680 = info.static_meta[u32(2)];
let l_1681 = l_1680 * u32(1);
let l_1682 = l_420 < l_1681;
let l_1683 = l_1681 - u32(1);
let l_1684 = min(l_420, l_1683);
let l_1685 = buffer_2_global[l_1684];
let l_1686 = select(f32(0.0), l_1685, l_1682);
let l_480 = l_1686;
let l_1687 = info.static_meta[u32(3)];
let l_1688 = l_1687 * u32(1);
let l_1689 = l_474 < l_1688;
let l_1690 = l_1688 - u32(1);
let l_1691 = min(l_474, l_1690);
let l_1692 = buffer_3_global[l_1691];
let l_1693 = select(f32(0.0), l_1692, l_1689);
let l_481 = l_1693;
let l_482 = l_480 * l_481;
l_mut_35 = l_mut_35 / l_482;
let l_483 = l_420 + info.scalars_u32[0];
let l_484 = l_474 + info.scalars_u32[1];
let l_485 = l_483 == l_484;
let l_486 = select(f32(-1.0), f32(1.0), l_485);
let l_487 = -info.scalars_f32[2];
let l_488 = l_487 * l_486;
let l_489 = l_mut_35 + info.scalars_f32[1];
let l_490 = l_486 * l_489;
let l_491 = exp(l_490);
let l_492 = f32(1.0) + l_491;
let l_493 = l_488 / l_492;
l_mut_36 = l_493;
let l_1694 = info.static_meta[u32(3)];
let l_1695 = l_1694 * u32(1);
let l_1696 = l_474 < l_1695;
let l_1697 = l_1695 - u32(1);
let l_1698 = min(l_474, l_1697);
let l_1699 = buffer_3_global[l_1698];
let l_1700 = select(f32(0.0), l_1699, l_1696);
let l_494 = l_1700;
l_mut_36 = l_mut_36 / l_494;
}
let l_495 = l_4 + u32(32);
let l_496 = l_495 * u32(64);
let l_497 = l_496 + l_5;
let l_498 = l_497 + u32(32);
shared_memory_6[l_498] = l_mut_36;
let l_499 = l_mut_11 + l_5;
let l_500 = l_499 + u32(48);
l_mut_36 = f32(0.0);
let l_501 = l_420 < l_0;
let l_502 = l_500 < l_1;
let l_503 = l_501 && l_502;
if l_503 {
let l_504 = a_7[u32(11)];
let l_505 = info.scalars_f32[0] * l_504;
l_mut_35 = l_505;
let l_1701 = info.static_meta[u32(2)];
let l_1702 = l_1701 * u32(1);
let l_1703 = l_420 < l_1702;
let l_1704 = l_1702 - u32(1);
let l_1705 = min(l_420, l_1704);
let l_1706 = buffer_2_global[l_1705];
let l_1707 = select(f32(0.0), l_1706, l_1703);
let l_506 = l_1707;
let l_1708 = info.static_meta[u32(3)];
let l_1709 = l_1708 * u32(1);
let l_1710 = l_500 < l_1709;
let l_1711 = l_1709 - u32(1);
let l_1712 = min(l_500, l_1711);
let l_1713 = buffer_3_global[l_1712];
let l_1714 = select(f32(0.0), l_1713, l_1710);
let l_507 = l_1714;
let l_508 = l_506 * l_507;
l_mut_35 = l_mut_35 / l_508;
let l_509 = l_420 + info.scalars_u32[0];
let l_510 = l_500 + info.scalars_u32[1];
let l_511 = l_509 == l_510;
let l_512 = select(f32(-1.0), f32(1.0), l_511);
let l_513 = -info.scalars_f32[2];
let l_514 = l_513 * l_512;
let l_515 = l_mut_35 + info.scalars_f32[1];
let l_516 = l_512 * l_515;
let l_517 = exp(l_516);
let l_518 = f32(1.0) + l_517;
let l_519 = l_514 / l_518;
l_mut_36 = l_519;
let l_1715 = info.static_meta[u32(3)];
let l_1716 = l_1715 * u32(1);
let l_1717 = l_500 < l_1716;
let l_1718 = l_1716 - u32(1);
let l_1719 = min(l_500, l_1718);
let l_1720 = buffer_3_global[l_1719];
let l_1721 = select(f32(0.0), l_1720, l_1717);
let l_520 = l_1721;
l_mut_36 = l_mut_36 / l_520;
}
let l_521 = l_4 + u32(32);
let l_522 = l_521 * u32(64);
let l_523 = l_522 + l_5;
let l_524 = l_523 + u32(48);
shared_memory_6[l_524] = l_mut_36;
let l_525 = l_3 + l_4;
let l_526 = l_525 + u32(48);
let l_527 = l_mut_11 + l_5;
let l_528 = l_527 + u32(0);
l_mut_36 = f32(0.0);
let l_529 = l_526 < l_0;
let l_530 = l_528 < l_1;
let l_531 = l_529 && l_530;
if l_531 {
let l_532 = a_7[u32(12)];
let l_533 = info.scalars_f32[0] * l_532;
l_mut_35 = l_533;
let l_1722 = info.static_meta[u32(2)];
let l_1723 = l_1722 * u32(1);
let l_1724 = l_526 < l_1723;
let l_1725 = l_1723 - u32(1);
let l_1726 = min(l_526, l_1725);
let l_1727 = buffer_2_global[l_1726];
let l_1728 = select(f32(0.0), l_1727, l_1724);
let l_534 = l_1728;
let l_1729 = info.static_meta[u32(3)];
let l_1730 = l_1729 * u32(1);
let l_1731 = l_528 < l_1730;
let l_1732 = l_1730 - u32(1);
let l_1733 = min(l_528, l_1732);
let l_1734 = buffer_3_global[l_1733];
let l_1735 = select(f32(0.0), l_1734, l_1731);
let l_535 = l_1735;
let l_536 = l_534 * l_535;
l_mut_35 = l_mut_35 / l_536;
let l_537 = l_526 + info.scalars_u32[0];
let l_538 = l_528 + info.scalars_u32[1];
let l_539 = l_537 == l_538;
let l_540 = select(f32(-1.0), f32(1.0), l_539);
let l_541 = -info.scalars_f32[2];
let l_542 = l_541 * l_540;
let l_543 = l_mut_35 + info.scalars_f32[1];
let l_544 = l_540 * l_543;
let l_545 = exp(l_544);
let l_546 = f32(1.0) + l_545;
let l_547 = l_542 / l_546;
l_mut_36 = l_547;
let l_1736 = info.static_meta[u32(3)];
let l_1737 = l_1736 * u32(1);
let l_1738 = l_528 < l_1737;
let l_1739 = l_1737 - u32(1);
let l_1740 = min(l_528, l_1739);
let l_1741 = buffer_3_global[l_1740];
let l_1742 = select(f32(0.0), l_1741, l_1738);
let l_548 = l_1742;
l_mut_36 = l_mut_36 / l_548;
}
let l_549 = l_4 + u32(48);
let l_550 = l_549 * u32(64);
let l_551 = l_550 + l_5;
let l_552 = l_551 + u32(0);
shared_memory_6[l_552] = l_mut_36;
let l_553 = l_mut_11 + l_5;
let l_554 = l_553 + u32(16);
l_mut_36 = f32(0.0);
let l_555 = l_526 < l_0;
let l_556 = l_554 < l_1;
let l_557 = l_555 && l_556;
if l_557 {
let l_558 = a_7[u32(13)];
let l_559 = info.scalars_f32[0] * l_558;
l_mut_35 = l_559;
let l_1743 = info.static_meta[u32(2)];
let l_1744 = l_1743 * u32(1);
let l_1745 = l_526 < l_1744;
let l_1746 = l_1744 - u32(1);
let l_1747 = min(l_526, l_1746);
let l_1748 = buffer_2_global[l_1747];
let l_1749 = select(f32(0.0), l_1748, l_1745);
let l_560 = l_1749;
let l_1750 = info.static_meta[u32(3)];
let l_1751 = l_1750 * u32(1);
let l_1752 = l_554 < l_1751;
let l_1753 = l_1751 - u32(1);
let l_1754 = min(l_554, l_1753);
let l_1755 = buffer_3_global[l_1754];
let l_1756 = select(f32(0.0), l_1755, l_1752);
let l_561 = l_1756;
let l_562 = l_560 * l_561;
l_mut_35 = l_mut_35 / l_562;
let l_563 = l_526 + info.scalars_u32[0];
let l_564 = l_554 + info.scalars_u32[1];
let l_565 = l_563 == l_564;
let l_566 = select(f32(-1.0), f32(1.0), l_565);
let l_567 = -info.scalars_f32[2];
let l_568 = l_567 * l_566;
let l_569 = l_mut_35 + info.scalars_f32[1];
let l_570 = l_566 * l_569;
let l_571 = exp(l_570);
let l_572 = f32(1.0) + l_571;
let l_573 = l_568 / l_572;
l_mut_36 = l_573;
let l_1757 = info.static_meta[u32(3)];
let l_1758 = l_1757 * u32(1);
let l_1759 = l_554 < l_1758;
let l_1760 = l_1758 - u32(1);
let l_1761 = min(l_554, l_1760);
let l_1762 = buffer_3_global[l_1761];
let l_1763 = select(f32(0.0), l_1762, l_1759);
let l_574 = l_1763;
l_mut_36 = l_mut_36 / l_574;
}
let l_575 = l_4 + u32(48);
let l_576 = l_575 * u32(64);
let l_577 = l_576 + l_5;
let l_578 = l_577 + u32(16);
shared_memory_6[l_578] = l_mut_36;
let l_579 = l_mut_11 + l_5;
let l_580 = l_579 + u32(32);
l_mut_36 = f32(0.0);
let l_581 = l_526 < l_0;
let l_582 = l_580 < l_1;
let l_583 = l_581 && l_582;
if l_583 {
let l_584 = a_7[u32(14)];
let l_585 = info.scalars_f32[0] * l_584;
l_mut_35 = l_585;
let l_1764 = info.static_meta[u32(2)];
let l_1765 = l_1764 * u32(1);
let l_1766 = l_526 < l_1765;
let l_1767 = l_1765 - u32(1);
let l_1768 = min(l_526, l_1767);
let l_1769 = buffer_2_global[l_1768];
let l_1770 = select(f32(0.0), l_1769, l_1766);
let l_586 = l_1770;
let l_1771 = info.static_meta[u32(3)];
let l_1772 = l_1771 * u32(1);
let l_1773 = l_580 < l_1772;
let l_1774 = l_1772 - u32(1);
let l_1775 = min(l_580, l_1774);
let l_1776 = buffer_3_global[l_1775];
let l_1777 = select(f32(0.0), l_1776, l_1773);
let l_587 = l_1777;
let l_588 = l_586 * l_587;
l_mut_35 = l_mut_35 / l_588;
let l_589 = l_526 + info.scalars_u32[0];
let l_590 = l_580 + info.scalars_u32[1];
let l_591 = l_589 == l_590;
let l_592 = select(f32(-1.0), f32(1.0), l_591);
let l_593 = -info.scalars_f32[2];
let l_594 = l_593 * l_592;
let l_595 = l_mut_35 + info.scalars_f32[1];
let l_596 = l_592 * l_595;
let l_597 = exp(l_596);
let l_598 = f32(1.0) + l_597;
let l_599 = l_594 / l_598;
l_mut_36 = l_599;
let l_1778 = info.static_meta[u32(3)];
let l_1779 = l_1778 * u32(1);
let l_1780 = l_580 < l_1779;
let l_1781 = l_1779 - u32(1);
let l_1782 = min(l_580, l_1781);
let l_1783 = buffer_3_global[l_1782];
let l_1784 = select(f32(0.0), l_1783, l_1780);
let l_600 = l_1784;
l_mut_36 = l_mut_36 / l_600;
}
let l_601 = l_4 + u32(48);
let l_602 = l_601 * u32(64);
let l_603 = l_602 + l_5;
let l_604 = l_603 + u32(32);
shared_memory_6[l_604] = l_mut_36;
let l_605 = l_mut_11 + l_5;
let l_606 = l_605 + u32(48);
l_mut_36 = f32(0.0);
let l_607 = l_526 < l_0;
let l_608 = l_606 < l_1;
let l_609 = l_607 && l_608;
if l_609 {
let l_610 = a_7[u32(15)];
let l_611 = info.scalars_f32[0] * l_610;
l_mut_35 = l_611;
let l_1785 = info.static_meta[u32(2)];
let l_1786 = l_1785 * u32(1);
let l_1787 = l_526 < l_1786;
let l_1788 = l_1786 - u32(1);
let l_1789 = min(l_526, l_1788);
let l_1790 = buffer_2_global[l_1789];
let l_1791 = select(f32(0.0), l_1790, l_1787);
let l_612 = l_1791;
let l_1792 = info.static_meta[u32(3)];
let l_1793 = l_1792 * u32(1);
let l_1794 = l_606 < l_1793;
let l_1795 = l_1793 - u32(1);
let l_1796 = min(l_606, l_1795);
let l_1797 = buffer_3_global[l_1796];
let l_1798 = select(f32(0.0), l_1797, l_1794);
let l_613 = l_1798;
let l_614 = l_612 * l_613;
l_mut_35 = l_mut_35 / l_614;
let l_615 = l_526 + info.scalars_u32[0];
let l_616 = l_606 + info.scalars_u32[1];
let l_617 = l_615 == l_616;
let l_618 = select(f32(-1.0), f32(1.0), l_617);
let l_619 = -info.scalars_f32[2];
let l_620 = l_619 * l_618;
let l_621 = l_mut_35 + info.scalars_f32[1];
let l_622 = l_618 * l_621;
let l_623 = exp(l_622);
let l_624 = f32(1.0) + l_623;
let l_625 = l_620 / l_624;
l_mut_36 = l_625;
let l_1799 = info.static_meta[u32(3)];
let l_1800 = l_1799 * u32(1);
let l_1801 = l_606 < l_1800;
let l_1802 = l_1800 - u32(1);
let l_1803 = min(l_606, l_1802);
let l_1804 = buffer_3_global[l_1803];
let l_1805 = select(f32(0.0), l_1804, l_1801);
let l_626 = l_1805;
l_mut_36 = l_mut_36 / l_626;
}
let l_627 = l_4 + u32(48);
let l_628 = l_627 * u32(64);
let l_629 = l_628 + l_5;
let l_630 = l_629 + u32(48);
shared_memory_6[l_630] = l_mut_36;
workgroupBarrier();
let l_631 = l_1 - l_mut_11;
let l_632 = min(u32(64), l_631);

for (var l_mut_633: u32 = u32(0); l_mut_633 < u32(64); l_mut_633++) {
let l_634 = l_3 + l_mut_633;
let l_635 = l_634 < l_0;
if l_635 {
l_mut_27 = local_idx;
loop {
let l_636 = l_mut_27 < l_2;
let l_637 = !l_636;
if l_637 {
break;
}
l_mut_36 = f32(0.0);
let l_638 = u32(0) < l_632;
if l_638 {
let l_639 = l_mut_633 * u32(64);
let l_640 = l_639 + u32(0);
let l_641 = shared_memory_6[l_640];
let l_642 = l_mut_11 + u32(0);
let l_643 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_644 = l_642 * l_643;
let l_645 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_646 = l_mut_27 * l_645;
let l_647 = l_644 + l_646;
let l_1816 = info.static_meta[u32(1)];
let l_1817 = l_1816 * u32(1);
let l_1818 = l_647 < l_1817;
let l_1819 = l_1817 - u32(1);
let l_1820 = min(l_647, l_1819);
let l_1821 = buffer_1_global[l_1820];
let l_1822 = select(f32(0.0), l_1821, l_1818);
let l_648 = l_1822;
let l_649 = l_641 * l_648;
l_mut_36 = l_mut_36 + l_649;
}
let l_650 = u32(1) < l_632;
if l_650 {
let l_651 = l_mut_633 * u32(64);
let l_652 = l_651 + u32(1);
let l_653 = shared_memory_6[l_652];
let l_654 = l_mut_11 + u32(1);
let l_655 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_656 = l_654 * l_655;
let l_657 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_658 = l_mut_27 * l_657;
let l_659 = l_656 + l_658;
let l_1823 = info.static_meta[u32(1)];
let l_1824 = l_1823 * u32(1);
let l_1825 = l_659 < l_1824;
let l_1826 = l_1824 - u32(1);
let l_1827 = min(l_659, l_1826);
let l_1828 = buffer_1_global[l_1827];
let l_1829 = select(f32(0.0), l_1828, l_1825);
let l_660 = l_1829;
let l_661 = l_653 * l_660;
l_mut_36 = l_mut_36 + l_661;
}
let l_662 = u32(2) < l_632;
if l_662 {
let l_663 = l_mut_633 * u32(64);
let l_664 = l_663 + u32(2);
let l_665 = shared_memory_6[l_664];
let l_666 = l_mut_11 + u32(2);
let l_667 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_668 = l_666 * l_667;
let l_669 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_670 = l_mut_27 * l_669;
let l_671 = l_668 + l_670;
let l_1830 = info.static_meta[u32(1)];
let l_1831 = l_1830 * u32(1);
let l_1832 = l_671 < l_1831;
let l_1833 = l_1831 - u32(1);
let l_1834 = min(l_671, l_1833);
let l_1835 = buffer_1_global[l_1834];
let l_1836 = select(f32(0.0), l_1835, l_1832);
let l_672 = l_1836;
let l_673 = l_665 * l_672;
l_mut_36 = l_mut_36 + l_673;
}
let l_674 = u32(3) < l_632;
if l_674 {
let l_675 = l_mut_633 * u32(64);
let l_676 = l_675 + u32(3);
let l_677 = shared_memory_6[l_676];
let l_678 = l_mut_11 + u32(3);
let l_679 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_680 = l_678 * l_679;
let l_681 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_682 = l_mut_27 * l_681;
let l_683 = l_680 + l_682;
let l_1837 = info.static_meta[u32(1)];
let l_1838 = l_1837 * u32(1);
let l_1839 = l_683 < l_1838;
let l_1840 = l_1838 - u32(1);
let l_1841 = min(l_683, l_1840);
let l_1842 = buffer_1_global[l_1841];
let l_1843 = select(f32(0.0), l_1842, l_1839);
let l_684 = l_1843;
let l_685 = l_677 * l_684;
l_mut_36 = l_mut_36 + l_685;
}
let l_686 = u32(4) < l_632;
if l_686 {
let l_687 = l_mut_633 * u32(64);
let l_688 = l_687 + u32(4);
let l_689 = shared_memory_6[l_688];
let l_690 = l_mut_11 + u32(4);
let l_691 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_692 = l_690 * l_691;
let l_693 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_694 = l_mut_27 * l_693;
let l_695 = l_692 + l_694;
let l_1844 = info.static_meta[u32(1)];
let l_1845 = l_1844 * u32(1);
let l_1846 = l_695 < l_1845;
let l_1847 = l_1845 - u32(1);
let l_1848 = min(l_695, l_1847);
let l_1849 = buffer_1_global[l_1848];
let l_1850 = select(f32(0.0), l_1849, l_1846);
let l_696 = l_1850;
let l_697 = l_689 * l_696;
l_mut_36 = l_mut_36 + l_697;
}
let l_698 = u32(5) < l_632;
if l_698 {
let l_699 = l_mut_633 * u32(64);
let l_700 = l_699 + u32(5);
let l_701 = shared_memory_6[l_700];
let l_702 = l_mut_11 + u32(5);
let l_703 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_704 = l_702 * l_703;
let l_705 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_706 = l_mut_27 * l_705;
let l_707 = l_704 + l_706;
let l_1851 = info.static_meta[u32(1)];
let l_1852 = l_1851 * u32(1);
let l_1853 = l_707 < l_1852;
let l_1854 = l_1852 - u32(1);
let l_1855 = min(l_707, l_1854);
let l_1856 = buffer_1_global[l_1855];
let l_1857 = select(f32(0.0), l_1856, l_1853);
let l_708 = l_1857;
let l_709 = l_701 * l_708;
l_mut_36 = l_mut_36 + l_709;
}
let l_710 = u32(6) < l_632;
if l_710 {
let l_711 = l_mut_633 * u32(64);
let l_712 = l_711 + u32(6);
let l_713 = shared_memory_6[l_712];
let l_714 = l_mut_11 + u32(6);
let l_715 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_716 = l_714 * l_715;
let l_717 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_718 = l_mut_27 * l_717;
let l_719 = l_716 + l_718;
let l_1858 = info.static_meta[u32(1)];
let l_1859 = l_1858 * u32(1);
let l_1860 = l_719 < l_1859;
let l_1861 = l_1859 - u32(1);
let l_1862 = min(l_719, l_1861);
let l_1863 = buffer_1_global[l_1862];
let l_1864 = select(f32(0.0), l_1863, l_1860);
let l_720 = l_1864;
let l_721 = l_713 * l_720;
l_mut_36 = l_mut_36 + l_721;
}
let l_722 = u32(7) < l_632;
if l_722 {
let l_723 = l_mut_633 * u32(64);
let l_724 = l_723 + u32(7);
let l_725 = shared_memory_6[l_724];
let l_726 = l_mut_11 + u32(7);
let l_727 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_728 = l_726 * l_727;
let l_729 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_730 = l_mut_27 * l_729;
let l_731 = l_728 + l_730;
let l_1865 = info.static_meta[u32(1)];
let l_1866 = l_1865 * u32(1);
let l_1867 = l_731 < l_1866;
let l_1868 = l_1866 - u32(1);
let l_1869 = min(l_731, l_1868);
let l_1870 = buffer_1_global[l_1869];
let l_1871 = select(f32(0.0), l_1870, l_1867);
let l_732 = l_1871;
let l_733 = l_725 * l_732;
l_mut_36 = l_mut_36 + l_733;
}
let l_734 = u32(8) < l_632;
if l_734 {
let l_735 = l_mut_633 * u32(64);
let l_736 = l_735 + u32(8);
let l_737 = shared_memory_6[l_736];
let l_738 = l_mut_11 + u32(8);
let l_739 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_740 = l_738 * l_739;
let l_741 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_742 = l_mut_27 * l_741;
let l_743 = l_740 + l_742;
let l_1872 = info.static_meta[u32(1)];
let l_1873 = l_1872 * u32(1);
let l_1874 = l_743 < l_1873;
let l_1875 = l_1873 - u32(1);
let l_1876 = min(l_743, l_1875);
let l_1877 = buffer_1_global[l_1876];
let l_1878 = select(f32(0.0), l_1877, l_1874);
let l_744 = l_1878;
let l_745 = l_737 * l_744;
l_mut_36 = l_mut_36 + l_745;
}
let l_746 = u32(9) < l_632;
if l_746 {
let l_747 = l_mut_633 * u32(64);
let l_748 = l_747 + u32(9);
let l_749 = shared_memory_6[l_748];
let l_750 = l_mut_11 + u32(9);
let l_751 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_752 = l_750 * l_751;
let l_753 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_754 = l_mut_27 * l_753;
let l_755 = l_752 + l_754;
let l_1879 = info.static_meta[u32(1)];
let l_1880 = l_1879 * u32(1);
let l_1881 = l_755 < l_1880;
let l_1882 = l_1880 - u32(1);
let l_1883 = min(l_755, l_1882);
let l_1884 = buffer_1_global[l_1883];
let l_1885 = select(f32(0.0), l_1884, l_1881);
let l_756 = l_1885;
let l_757 = l_749 * l_756;
l_mut_36 = l_mut_36 + l_757;
}
let l_758 = u32(10) < l_632;
if l_758 {
let l_759 = l_mut_633 * u32(64);
let l_760 = l_759 + u32(10);
let l_761 = shared_memory_6[l_760];
let l_762 = l_mut_11 + u32(10);
let l_763 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_764 = l_762 * l_763;
let l_765 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_766 = l_mut_27 * l_765;
let l_767 = l_764 + l_766;
let l_1886 = info.static_meta[u32(1)];
let l_1887 = l_1886 * u32(1);
let l_1888 = l_767 < l_1887;
let l_1889 = l_1887 - u32(1);
let l_1890 = min(l_767, l_1889);
let l_1891 = buffer_1_global[l_1890];
let l_1892 = select(f32(0.0), l_1891, l_1888);
let l_768 = l_1892;
let l_769 = l_761 * l_768;
l_mut_36 = l_mut_36 + l_769;
}
let l_770 = u32(11) < l_632;
if l_770 {
let l_771 = l_mut_633 * u32(64);
let l_772 = l_771 + u32(11);
let l_773 = shared_memory_6[l_772];
let l_774 = l_mut_11 + u32(11);
let l_775 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_776 = l_774 * l_775;
let l_777 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_778 = l_mut_27 * l_777;
let l_779 = l_776 + l_778;
let l_1893 = info.static_meta[u32(1)];
let l_1894 = l_1893 * u32(1);
let l_1895 = l_779 < l_1894;
let l_1896 = l_1894 - u32(1);
let l_1897 = min(l_779, l_1896);
let l_1898 = buffer_1_global[l_1897];
let l_1899 = select(f32(0.0), l_1898, l_1895);
let l_780 = l_1899;
let l_781 = l_773 * l_780;
l_mut_36 = l_mut_36 + l_781;
}
let l_782 = u32(12) < l_632;
if l_782 {
let l_783 = l_mut_633 * u32(64);
let l_784 = l_783 + u32(12);
let l_785 = shared_memory_6[l_784];
let l_786 = l_mut_11 + u32(12);
let l_787 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_788 = l_786 * l_787;
let l_789 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_790 = l_mut_27 * l_789;
let l_791 = l_788 + l_790;
let l_1900 = info.static_meta[u32(1)];
let l_1901 = l_1900 * u32(1);
let l_1902 = l_791 < l_1901;
let l_1903 = l_1901 - u32(1);
let l_1904 = min(l_791, l_1903);
let l_1905 = buffer_1_global[l_1904];
let l_1906 = select(f32(0.0), l_1905, l_1902);
let l_792 = l_1906;
let l_793 = l_785 * l_792;
l_mut_36 = l_mut_36 + l_793;
}
let l_794 = u32(13) < l_632;
if l_794 {
let l_795 = l_mut_633 * u32(64);
let l_796 = l_795 + u32(13);
let l_797 = shared_memory_6[l_796];
let l_798 = l_mut_11 + u32(13);
let l_799 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_800 = l_798 * l_799;
let l_801 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_802 = l_mut_27 * l_801;
let l_803 = l_800 + l_802;
let l_1907 = info.static_meta[u32(1)];
let l_1908 = l_1907 * u32(1);
let l_1909 = l_803 < l_1908;
let l_1910 = l_1908 - u32(1);
let l_1911 = min(l_803, l_1910);
let l_1912 = buffer_1_global[l_1911];
let l_1913 = select(f32(0.0), l_1912, l_1909);
let l_804 = l_1913;
let l_805 = l_797 * l_804;
l_mut_36 = l_mut_36 + l_805;
}
let l_806 = u32(14) < l_632;
if l_806 {
let l_807 = l_mut_633 * u32(64);
let l_808 = l_807 + u32(14);
let l_809 = shared_memory_6[l_808];
let l_810 = l_mut_11 + u32(14);
let l_811 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_812 = l_810 * l_811;
let l_813 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_814 = l_mut_27 * l_813;
let l_815 = l_812 + l_814;
let l_1914 = info.static_meta[u32(1)];
let l_1915 = l_1914 * u32(1);
let l_1916 = l_815 < l_1915;
let l_1917 = l_1915 - u32(1);
let l_1918 = min(l_815, l_1917);
let l_1919 = buffer_1_global[l_1918];
let l_1920 = select(f32(0.0), l_1919, l_1916);
let l_816 = l_1920;
let l_817 = l_809 * l_816;
l_mut_36 = l_mut_36 + l_817;
}
let l_818 = u32(15) < l_632;
if l_818 {
let l_819 = l_mut_633 * u32(64);
let l_820 = l_819 + u32(15);
let l_821 = shared_memory_6[l_820];
let l_822 = l_mut_11 + u32(15);
let l_823 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_824 = l_822 * l_823;
let l_825 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_826 = l_mut_27 * l_825;
let l_827 = l_824 + l_826;
let l_1921 = info.static_meta[u32(1)];
let l_1922 = l_1921 * u32(1);
let l_1923 = l_827 < l_1922;
let l_1924 = l_1922 - u32(1);
let l_1925 = min(l_827, l_1924);
let l_1926 = buffer_1_global[l_1925];
let l_1927 = select(f32(0.0), l_1926, l_1923);
let l_828 = l_1927;
let l_829 = l_821 * l_828;
l_mut_36 = l_mut_36 + l_829;
}
let l_830 = u32(16) < l_632;
if l_830 {
let l_831 = l_mut_633 * u32(64);
let l_832 = l_831 + u32(16);
let l_833 = shared_memory_6[l_832];
let l_834 = l_mut_11 + u32(16);
let l_835 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_836 = l_834 * l_835;
let l_837 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_838 = l_mut_27 * l_837;
let l_839 = l_836 + l_838;
let l_1928 = info.static_meta[u32(1)];
let l_1929 = l_1928 * u32(1);
let l_1930 = l_839 < l_1929;
let l_1931 = l_1929 - u32(1);
let l_1932 = min(l_839, l_1931);
let l_1933 = buffer_1_global[l_1932];
let l_1934 = select(f32(0.0), l_1933, l_1930);
let l_840 = l_1934;
let l_841 = l_833 * l_840;
l_mut_36 = l_mut_36 + l_841;
}
let l_842 = u32(17) < l_632;
if l_842 {
let l_843 = l_mut_633 * u32(64);
let l_844 = l_843 + u32(17);
let l_845 = shared_memory_6[l_844];
let l_846 = l_mut_11 + u32(17);
let l_847 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_848 = l_846 * l_847;
let l_849 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_850 = l_mut_27 * l_849;
let l_851 = l_848 + l_850;
let l_1935 = info.static_meta[u32(1)];
let l_1936 = l_1935 * u32(1);
let l_1937 = l_851 < l_1936;
let l_1938 = l_1936 - u32(1);
let l_1939 = min(l_851, l_1938);
let l_1940 = buffer_1_global[l_1939];
let l_1941 = select(f32(0.0), l_1940, l_1937);
let l_852 = l_1941;
let l_853 = l_845 * l_852;
l_mut_36 = l_mut_36 + l_853;
}
let l_854 = u32(18) < l_632;
if l_854 {
let l_855 = l_mut_633 * u32(64);
let l_856 = l_855 + u32(18);
let l_857 = shared_memory_6[l_856];
let l_858 = l_mut_11 + u32(18);
let l_859 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_860 = l_858 * l_859;
let l_861 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_862 = l_mut_27 * l_861;
let l_863 = l_860 + l_862;
let l_1942 = info.static_meta[u32(1)];
let l_1943 = l_1942 * u32(1);
let l_1944 = l_863 < l_1943;
let l_1945 = l_1943 - u32(1);
let l_1946 = min(l_863, l_1945);
let l_1947 = buffer_1_global[l_1946];
let l_1948 = select(f32(0.0), l_1947, l_1944);
let l_864 = l_1948;
let l_865 = l_857 * l_864;
l_mut_36 = l_mut_36 + l_865;
}
let l_866 = u32(19) < l_632;
if l_866 {
let l_867 = l_mut_633 * u32(64);
let l_868 = l_867 + u32(19);
let l_869 = shared_memory_6[l_868];
let l_870 = l_mut_11 + u32(19);
let l_871 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_872 = l_870 * l_871;
let l_873 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_874 = l_mut_27 * l_873;
let l_875 = l_872 + l_874;
let l_1949 = info.static_meta[u32(1)];
let l_1950 = l_1949 * u32(1);
let l_1951 = l_875 < l_1950;
let l_1952 = l_1950 - u32(1);
let l_1953 = min(l_875, l_1952);
let l_1954 = buffer_1_global[l_1953];
let l_1955 = select(f32(0.0), l_1954, l_1951);
let l_876 = l_1955;
let l_877 = l_869 * l_876;
l_mut_36 = l_mut_36 + l_877;
}
let l_878 = u32(20) < l_632;
if l_878 {
let l_879 = l_mut_633 * u32(64);
let l_880 = l_879 + u32(20);
let l_881 = shared_memory_6[l_880];
let l_882 = l_mut_11 + u32(20);
let l_883 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_884 = l_882 * l_883;
let l_885 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_886 = l_mut_27 * l_885;
let l_887 = l_884 + l_886;
let l_1956 = info.static_meta[u32(1)];
let l_1957 = l_1956 * u32(1);
let l_1958 = l_887 < l_1957;
let l_1959 = l_1957 - u32(1);
let l_1960 = min(l_887, l_1959);
let l_1961 = buffer_1_global[l_1960];
let l_1962 = select(f32(0.0), l_1961, l_1958);
let l_888 = l_1962;
let l_889 = l_881 * l_888;
l_mut_36 = l_mut_36 + l_889;
}
let l_890 = u32(21) < l_632;
if l_890 {
let l_891 = l_mut_633 * u32(64);
let l_892 = l_891 + u32(21);
let l_893 = shared_memory_6[l_892];
let l_894 = l_mut_11 + u32(21);
let l_895 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_896 = l_894 * l_895;
let l_897 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_898 = l_mut_27 * l_897;
let l_899 = l_896 + l_898;
let l_1963 = info.static_meta[u32(1)];
let l_1964 = l_1963 * u32(1);
let l_1965 = l_899 < l_1964;
let l_1966 = l_1964 - u32(1);
let l_1967 = min(l_899, l_1966);
let l_1968 = buffer_1_global[l_1967];
let l_1969 = select(f32(0.0), l_1968, l_1965);
let l_900 = l_1969;
let l_901 = l_893 * l_900;
l_mut_36 = l_mut_36 + l_901;
}
let l_902 = u32(22) < l_632;
if l_902 {
let l_903 = l_mut_633 * u32(64);
let l_904 = l_903 + u32(22);
let l_905 = shared_memory_6[l_904];
let l_906 = l_mut_11 + u32(22);
let l_907 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_908 = l_906 * l_907;
let l_909 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_910 = l_mut_27 * l_909;
let l_911 = l_908 + l_910;
let l_1970 = info.static_meta[u32(1)];
let l_1971 = l_1970 * u32(1);
let l_1972 = l_911 < l_1971;
let l_1973 = l_1971 - u32(1);
let l_1974 = min(l_911, l_1973);
let l_1975 = buffer_1_global[l_1974];
let l_1976 = select(f32(0.0), l_1975, l_1972);
let l_912 = l_1976;
let l_913 = l_905 * l_912;
l_mut_36 = l_mut_36 + l_913;
}
let l_914 = u32(23) < l_632;
if l_914 {
let l_915 = l_mut_633 * u32(64);
let l_916 = l_915 + u32(23);
let l_917 = shared_memory_6[l_916];
let l_918 = l_mut_11 + u32(23);
let l_919 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_920 = l_918 * l_919;
let l_921 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_922 = l_mut_27 * l_921;
let l_923 = l_920 + l_922;
let l_1977 = info.static_meta[u32(1)];
let l_1978 = l_1977 * u32(1);
let l_1979 = l_923 < l_1978;
let l_1980 = l_1978 - u32(1);
let l_1981 = min(l_923, l_1980);
let l_1982 = buffer_1_global[l_1981];
let l_1983 = select(f32(0.0), l_1982, l_1979);
let l_924 = l_1983;
let l_925 = l_917 * l_924;
l_mut_36 = l_mut_36 + l_925;
}
let l_926 = u32(24) < l_632;
if l_926 {
let l_927 = l_mut_633 * u32(64);
let l_928 = l_927 + u32(24);
let l_929 = shared_memory_6[l_928];
let l_930 = l_mut_11 + u32(24);
let l_931 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_932 = l_930 * l_931;
let l_933 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_934 = l_mut_27 * l_933;
let l_935 = l_932 + l_934;
let l_1984 = info.static_meta[u32(1)];
let l_1985 = l_1984 * u32(1);
let l_1986 = l_935 < l_1985;
let l_1987 = l_1985 - u32(1);
let l_1988 = min(l_935, l_1987);
let l_1989 = buffer_1_global[l_1988];
let l_1990 = select(f32(0.0), l_1989, l_1986);
let l_936 = l_1990;
let l_937 = l_929 * l_936;
l_mut_36 = l_mut_36 + l_937;
}
let l_938 = u32(25) < l_632;
if l_938 {
let l_939 = l_mut_633 * u32(64);
let l_940 = l_939 + u32(25);
let l_941 = shared_memory_6[l_940];
let l_942 = l_mut_11 + u32(25);
let l_943 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_944 = l_942 * l_943;
let l_945 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_946 = l_mut_27 * l_945;
let l_947 = l_944 + l_946;
let l_1991 = info.static_meta[u32(1)];
let l_1992 = l_1991 * u32(1);
let l_1993 = l_947 < l_1992;
let l_1994 = l_1992 - u32(1);
let l_1995 = min(l_947, l_1994);
let l_1996 = buffer_1_global[l_1995];
let l_1997 = select(f32(0.0), l_1996, l_1993);
let l_948 = l_1997;
let l_949 = l_941 * l_948;
l_mut_36 = l_mut_36 + l_949;
}
let l_950 = u32(26) < l_632;
if l_950 {
let l_951 = l_mut_633 * u32(64);
let l_952 = l_951 + u32(26);
let l_953 = shared_memory_6[l_952];
let l_954 = l_mut_11 + u32(26);
let l_955 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_956 = l_954 * l_955;
let l_957 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_958 = l_mut_27 * l_957;
let l_959 = l_956 + l_958;
let l_1998 = info.static_meta[u32(1)];
let l_1999 = l_1998 * u32(1);
let l_2000 = l_959 < l_1999;
let l_2001 = l_1999 - u32(1);
let l_2002 = min(l_959, l_2001);
let l_2003 = buffer_1_global[l_2002];
let l_2004 = select(f32(0.0), l_2003, l_2000);
let l_960 = l_2004;
let l_961 = l_953 * l_960;
l_mut_36 = l_mut_36 + l_961;
}
let l_962 = u32(27) < l_632;
if l_962 {
let l_963 = l_mut_633 * u32(64);
let l_964 = l_963 + u32(27);
let l_965 = shared_memory_6[l_964];
let l_966 = l_mut_11 + u32(27);
let l_967 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_968 = l_966 * l_967;
let l_969 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_970 = l_mut_27 * l_969;
let l_971 = l_968 + l_970;
let l_2005 = info.static_meta[u32(1)];
let l_2006 = l_2005 * u32(1);
let l_2007 = l_971 < l_2006;
let l_2008 = l_2006 - u32(1);
let l_2009 = min(l_971, l_2008);
let l_2010 = buffer_1_global[l_2009];
let l_2011 = select(f32(0.0), l_2010, l_2007);
let l_972 = l_2011;
let l_973 = l_965 * l_972;
l_mut_36 = l_mut_36 + l_973;
}
let l_974 = u32(28) < l_632;
if l_974 {
let l_975 = l_mut_633 * u32(64);
let l_976 = l_975 + u32(28);
let l_977 = shared_memory_6[l_976];
let l_978 = l_mut_11 + u32(28);
let l_979 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_980 = l_978 * l_979;
let l_981 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_982 = l_mut_27 * l_981;
let l_983 = l_980 + l_982;
let l_2012 = info.static_meta[u32(1)];
let l_2013 = l_2012 * u32(1);
let l_2014 = l_983 < l_2013;
let l_2015 = l_2013 - u32(1);
let l_2016 = min(l_983, l_2015);
let l_2017 = buffer_1_global[l_2016];
let l_2018 = select(f32(0.0), l_2017, l_2014);
let l_984 = l_2018;
let l_985 = l_977 * l_984;
l_mut_36 = l_mut_36 + l_985;
}
let l_986 = u32(29) < l_632;
if l_986 {
let l_987 = l_mut_633 * u32(64);
let l_988 = l_987 + u32(29);
let l_989 = shared_memory_6[l_988];
let l_990 = l_mut_11 + u32(29);
let l_991 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_992 = l_990 * l_991;
let l_993 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_994 = l_mut_27 * l_993;
let l_995 = l_992 + l_994;
let l_2019 = info.static_meta[u32(1)];
let l_2020 = l_2019 * u32(1);
let l_2021 = l_995 < l_2020;
let l_2022 = l_2020 - u32(1);
let l_2023 = min(l_995, l_2022);
let l_2024 = buffer_1_global[l_2023];
let l_2025 = select(f32(0.0), l_2024, l_2021);
let l_996 = l_2025;
let l_997 = l_989 * l_996;
l_mut_36 = l_mut_36 + l_997;
}
let l_998 = u32(30) < l_632;
if l_998 {
let l_999 = l_mut_633 * u32(64);
let l_1000 = l_999 + u32(30);
let l_1001 = shared_memory_6[l_1000];
let l_1002 = l_mut_11 + u32(30);
let l_1003 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_1004 = l_1002 * l_1003;
let l_1005 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_1006 = l_mut_27 * l_1005;
let l_1007 = l_1004 + l_1006;
let l_2026 = info.static_meta[u32(1)];
let l_2027 = l_2026 * u32(1);
let l_2028 = l_1007 < l_2027;
let l_2029 = l_2027 - u32(1);
let l_2030 = min(l_1007, l_2029);
let l_2031 = buffer_1_global[l_2030];
let l_2032 = select(f32(0.0), l_2031, l_2028);
let l_1008 = l_2032;
let l_1009 = l_1001 * l_1008;
l_mut_36 = l_mut_36 + l_1009;
}
let l_1010 = u32(31) < l_632;
if l_1010 {
let l_1011 = l_mut_633 * u32(64);
let l_1012 = l_1011 + u32(31);
let l_1013 = shared_memory_6[l_1012];
let l_1014 = l_mut_11 + u32(31);
let l_1015 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_1016 = l_1014 * l_1015;
let l_1017 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_1018 = l_mut_27 * l_1017;
let l_1019 = l_1016 + l_1018;
let l_2033 = info.static_meta[u32(1)];
let l_2034 = l_2033 * u32(1);
let l_2035 = l_1019 < l_2034;
let l_2036 = l_2034 - u32(1);
let l_2037 = min(l_1019, l_2036);
let l_2038 = buffer_1_global[l_2037];
let l_2039 = select(f32(0.0), l_2038, l_2035);
let l_1020 = l_2039;
let l_1021 = l_1013 * l_1020;
l_mut_36 = l_mut_36 + l_1021;
}
let l_1022 = u32(32) < l_632;
if l_1022 {
let l_1023 = l_mut_633 * u32(64);
let l_1024 = l_1023 + u32(32);
let l_1025 = shared_memory_6[l_1024];
let l_1026 = l_mut_11 + u32(32);
let l_1027 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_1028 = l_1026 * l_1027;
let l_1029 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_1030 = l_mut_27 * l_1029;
let l_1031 = l_1028 + l_1030;
let l_2040 = info.static_meta[u32(1)];
let l_2041 = l_2040 * u32(1);
let l_2042 = l_1031 < l_2041;
let l_2043 = l_2041 - u32(1);
let l_2044 = min(l_1031, l_2043);
let l_2045 = buffer_1_global[l_2044];
let l_2046 = select(f32(0.0), l_2045, l_2042);
let l_1032 = l_2046;
let l_1033 = l_1025 * l_1032;
l_mut_36 = l_mut_36 + l_1033;
}
let l_1034 = u32(33) < l_632;
if l_1034 {
let l_1035 = l_mut_633 * u32(64);
let l_1036 = l_1035 + u32(33);
let l_1037 = shared_memory_6[l_1036];
let l_1038 = l_mut_11 + u32(33);
let l_1039 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_1040 = l_1038 * l_1039;
let l_1041 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_1042 = l_mut_27 * l_1041;
let l_1043 = l_1040 + l_1042;
let l_2047 = info.static_meta[u32(1)];
let l_2048 = l_2047 * u32(1);
let l_2049 = l_1043 < l_2048;
let l_2050 = l_2048 - u32(1);
let l_2051 = min(l_1043, l_2050);
let l_2052 = buffer_1_global[l_2051];
let l_2053 = select(f32(0.0), l_2052, l_2049);
let l_1044 = l_2053;
let l_1045 = l_1037 * l_1044;
l_mut_36 = l_mut_36 + l_1045;
}
let l_1046 = u32(34) < l_632;
if l_1046 {
let l_1047 = l_mut_633 * u32(64);
let l_1048 = l_1047 + u32(34);
let l_1049 = shared_memory_6[l_1048];
let l_1050 = l_mut_11 + u32(34);
let l_1051 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_1052 = l_1050 * l_1051;
let l_1053 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_1054 = l_mut_27 * l_1053;
let l_1055 = l_1052 + l_1054;
let l_2054 = info.static_meta[u32(1)];
let l_2055 = l_2054 * u32(1);
let l_2056 = l_1055 < l_2055;
let l_2057 = l_2055 - u32(1);
let l_2058 = min(l_1055, l_2057);
let l_2059 = buffer_1_global[l_2058];
let l_2060 = select(f32(0.0), l_2059, l_2056);
let l_1056 = l_2060;
let l_1057 = l_1049 * l_1056;
l_mut_36 = l_mut_36 + l_1057;
}
let l_1058 = u32(35) < l_632;
if l_1058 {
let l_1059 = l_mut_633 * u32(64);
let l_1060 = l_1059 + u32(35);
let l_1061 = shared_memory_6[l_1060];
let l_1062 = l_mut_11 + u32(35);
let l_1063 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_1064 = l_1062 * l_1063;
let l_1065 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_1066 = l_mut_27 * l_1065;
let l_1067 = l_1064 + l_1066;
let l_2061 = info.static_meta[u32(1)];
let l_2062 = l_2061 * u32(1);
let l_2063 = l_1067 < l_2062;
let l_2064 = l_2062 - u32(1);
let l_2065 = min(l_1067, l_2064);
let l_2066 = buffer_1_global[l_2065];
let l_2067 = select(f32(0.0), l_2066, l_2063);
let l_1068 = l_2067;
let l_1069 = l_1061 * l_1068;
l_mut_36 = l_mut_36 + l_1069;
}
let l_1070 = u32(36) < l_632;
if l_1070 {
let l_1071 = l_mut_633 * u32(64);
let l_1072 = l_1071 + u32(36);
let l_1073 = shared_memory_6[l_1072];
let l_1074 = l_mut_11 + u32(36);
let l_1075 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_1076 = l_1074 * l_1075;
let l_1077 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_1078 = l_mut_27 * l_1077;
let l_1079 = l_1076 + l_1078;
let l_2068 = info.static_meta[u32(1)];
let l_2069 = l_2068 * u32(1);
let l_2070 = l_1079 < l_2069;
let l_2071 = l_2069 - u32(1);
let l_2072 = min(l_1079, l_2071);
let l_2073 = buffer_1_global[l_2072];
let l_2074 = select(f32(0.0), l_2073, l_2070);
let l_1080 = l_2074;
let l_1081 = l_1073 * l_1080;
l_mut_36 = l_mut_36 + l_1081;
}
let l_1082 = u32(37) < l_632;
if l_1082 {
let l_1083 = l_mut_633 * u32(64);
let l_1084 = l_1083 + u32(37);
let l_1085 = shared_memory_6[l_1084];
let l_1086 = l_mut_11 + u32(37);
let l_1087 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_1088 = l_1086 * l_1087;
let l_1089 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_1090 = l_mut_27 * l_1089;
let l_1091 = l_1088 + l_1090;
let l_2075 = info.static_meta[u32(1)];
let l_2076 = l_2075 * u32(1);
let l_2077 = l_1091 < l_2076;
let l_2078 = l_2076 - u32(1);
let l_2079 = min(l_1091, l_2078);
let l_2080 = buffer_1_global[l_2079];
let l_2081 = select(f32(0.0), l_2080, l_2077);
let l_1092 = l_2081;
let l_1093 = l_1085 * l_1092;
l_mut_36 = l_mut_36 + l_1093;
}
let l_1094 = u32(38) < l_632;
if l_1094 {
let l_1095 = l_mut_633 * u32(64);
let l_1096 = l_1095 + u32(38);
let l_1097 = shared_memory_6[l_1096];
let l_1098 = l_mut_11 + u32(38);
let l_1099 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_1100 = l_1098 * l_1099;
let l_1101 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_1102 = l_mut_27 * l_1101;
let l_1103 = l_1100 + l_1102;
let l_2082 = info.static_meta[u32(1)];
let l_2083 = l_2082 * u32(1);
let l_2084 = l_1103 < l_2083;
let l_2085 = l_2083 - u32(1);
let l_2086 = min(l_1103, l_2085);
let l_2087 = buffer_1_global[l_2086];
let l_2088 = select(f32(0.0), l_2087, l_2084);
let l_1104 = l_2088;
let l_1105 = l_1097 * l_1104;
l_mut_36 = l_mut_36 + l_1105;
}
let l_1106 = u32(39) < l_632;
if l_1106 {
let l_1107 = l_mut_633 * u32(64);
let l_1108 = l_1107 + u32(39);
let l_1109 = shared_memory_6[l_1108];
let l_1110 = l_mut_11 + u32(39);
let l_1111 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_1112 = l_1110 * l_1111;
let l_1113 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_1114 = l_mut_27 * l_1113;
let l_1115 = l_1112 + l_1114;
let l_2089 = info.static_meta[u32(1)];
let l_2090 = l_2089 * u32(1);
let l_2091 = l_1115 < l_2090;
let l_2092 = l_2090 - u32(1);
let l_2093 = min(l_1115, l_2092);
let l_2094 = buffer_1_global[l_2093];
let l_2095 = select(f32(0.0), l_2094, l_2091);
let l_1116 = l_2095;
let l_1117 = l_1109 * l_1116;
l_mut_36 = l_mut_36 + l_1117;
}
let l_1118 = u32(40) < l_632;
if l_1118 {
let l_1119 = l_mut_633 * u32(64);
let l_1120 = l_1119 + u32(40);
let l_1121 = shared_memory_6[l_1120];
let l_1122 = l_mut_11 + u32(40);
let l_1123 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_1124 = l_1122 * l_1123;
let l_1125 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_1126 = l_mut_27 * l_1125;
let l_1127 = l_1124 + l_1126;
let l_2096 = info.static_meta[u32(1)];
let l_2097 = l_2096 * u32(1);
let l_2098 = l_1127 < l_2097;
let l_2099 = l_2097 - u32(1);
let l_2100 = min(l_1127, l_2099);
let l_2101 = buffer_1_global[l_2100];
let l_2102 = select(f32(0.0), l_2101, l_2098);
let l_1128 = l_2102;
let l_1129 = l_1121 * l_1128;
l_mut_36 = l_mut_36 + l_1129;
}
let l_1130 = u32(41) < l_632;
if l_1130 {
let l_1131 = l_mut_633 * u32(64);
let l_1132 = l_1131 + u32(41);
let l_1133 = shared_memory_6[l_1132];
let l_1134 = l_mut_11 + u32(41);
let l_1135 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_1136 = l_1134 * l_1135;
let l_1137 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_1138 = l_mut_27 * l_1137;
let l_1139 = l_1136 + l_1138;
let l_2103 = info.static_meta[u32(1)];
let l_2104 = l_2103 * u32(1);
let l_2105 = l_1139 < l_2104;
let l_2106 = l_2104 - u32(1);
let l_2107 = min(l_1139, l_2106);
let l_2108 = buffer_1_global[l_2107];
let l_2109 = select(f32(0.0), l_2108, l_2105);
let l_1140 = l_2109;
let l_1141 = l_1133 * l_1140;
l_mut_36 = l_mut_36 + l_1141;
}
let l_1142 = u32(42) < l_632;
if l_1142 {
let l_1143 = l_mut_633 * u32(64);
let l_1144 = l_1143 + u32(42);
let l_1145 = shared_memory_6[l_1144];
let l_1146 = l_mut_11 + u32(42);
let l_1147 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_1148 = l_1146 * l_1147;
let l_1149 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_1150 = l_mut_27 * l_1149;
let l_1151 = l_1148 + l_1150;
let l_2110 = info.static_meta[u32(1)];
let l_2111 = l_2110 * u32(1);
let l_2112 = l_1151 < l_2111;
let l_2113 = l_2111 - u32(1);
let l_2114 = min(l_1151, l_2113);
let l_2115 = buffer_1_global[l_2114];
let l_2116 = select(f32(0.0), l_2115, l_2112);
let l_1152 = l_2116;
let l_1153 = l_1145 * l_1152;
l_mut_36 = l_mut_36 + l_1153;
}
let l_1154 = u32(43) < l_632;
if l_1154 {
let l_1155 = l_mut_633 * u32(64);
let l_1156 = l_1155 + u32(43);
let l_1157 = shared_memory_6[l_1156];
let l_1158 = l_mut_11 + u32(43);
let l_1159 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_1160 = l_1158 * l_1159;
let l_1161 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_1162 = l_mut_27 * l_1161;
let l_1163 = l_1160 + l_1162;
let l_2117 = info.static_meta[u32(1)];
let l_2118 = l_2117 * u32(1);
let l_2119 = l_1163 < l_2118;
let l_2120 = l_2118 - u32(1);
let l_2121 = min(l_1163, l_2120);
let l_2122 = buffer_1_global[l_2121];
let l_2123 = select(f32(0.0), l_2122, l_2119);
let l_1164 = l_2123;
let l_1165 = l_1157 * l_1164;
l_mut_36 = l_mut_36 + l_1165;
}
let l_1166 = u32(44) < l_632;
if l_1166 {
let l_1167 = l_mut_633 * u32(64);
let l_1168 = l_1167 + u32(44);
let l_1169 = shared_memory_6[l_1168];
let l_1170 = l_mut_11 + u32(44);
let l_1171 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_1172 = l_1170 * l_1171;
let l_1173 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_1174 = l_mut_27 * l_1173;
let l_1175 = l_1172 + l_1174;
let l_2124 = info.static_meta[u32(1)];
let l_2125 = l_2124 * u32(1);
let l_2126 = l_1175 < l_2125;
let l_2127 = l_2125 - u32(1);
let l_2128 = min(l_1175, l_2127);
let l_2129 = buffer_1_global[l_2128];
let l_2130 = select(f32(0.0), l_2129, l_2126);
let l_1176 = l_2130;
let l_1177 = l_1169 * l_1176;
l_mut_36 = l_mut_36 + l_1177;
}
let l_1178 = u32(45) < l_632;
if l_1178 {
let l_1179 = l_mut_633 * u32(64);
let l_1180 = l_1179 + u32(45);
let l_1181 = shared_memory_6[l_1180];
let l_1182 = l_mut_11 + u32(45);
let l_1183 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_1184 = l_1182 * l_1183;
let l_1185 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_1186 = l_mut_27 * l_1185;
let l_1187 = l_1184 + l_1186;
let l_2131 = info.static_meta[u32(1)];
let l_2132 = l_2131 * u32(1);
let l_2133 = l_1187 < l_2132;
let l_2134 = l_2132 - u32(1);
let l_2135 = min(l_1187, l_2134);
let l_2136 = buffer_1_global[l_2135];
let l_2137 = select(f32(0.0), l_2136, l_2133);
let l_1188 = l_2137;
let l_1189 = l_1181 * l_1188;
l_mut_36 = l_mut_36 + l_1189;
}
let l_1190 = u32(46) < l_632;
if l_1190 {
let l_1191 = l_mut_633 * u32(64);
let l_1192 = l_1191 + u32(46);
let l_1193 = shared_memory_6[l_1192];
let l_1194 = l_mut_11 + u32(46);
let l_1195 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_1196 = l_1194 * l_1195;
let l_1197 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_1198 = l_mut_27 * l_1197;
let l_1199 = l_1196 + l_1198;
let l_2138 = info.static_meta[u32(1)];
let l_2139 = l_2138 * u32(1);
let l_2140 = l_1199 < l_2139;
let l_2141 = l_2139 - u32(1);
let l_2142 = min(l_1199, l_2141);
let l_2143 = buffer_1_global[l_2142];
let l_2144 = select(f32(0.0), l_2143, l_2140);
let l_1200 = l_2144;
let l_1201 = l_1193 * l_1200;
l_mut_36 = l_mut_36 + l_1201;
}
let l_1202 = u32(47) < l_632;
if l_1202 {
let l_1203 = l_mut_633 * u32(64);
let l_1204 = l_1203 + u32(47);
let l_1205 = shared_memory_6[l_1204];
let l_1206 = l_mut_11 + u32(47);
let l_1207 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_1208 = l_1206 * l_1207;
let l_1209 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_1210 = l_mut_27 * l_1209;
let l_1211 = l_1208 + l_1210;
let l_2145 = info.static_meta[u32(1)];
let l_2146 = l_2145 * u32(1);
let l_2147 = l_1211 < l_2146;
let l_2148 = l_2146 - u32(1);
let l_2149 = min(l_1211, l_2148);
let l_2150 = buffer_1_global[l_2149];
let l_2151 = select(f32(0.0), l_2150, l_2147);
let l_1212 = l_2151;
let l_1213 = l_1205 * l_1212;
l_mut_36 = l_mut_36 + l_1213;
}
let l_1214 = u32(48) < l_632;
if l_1214 {
let l_1215 = l_mut_633 * u32(64);
let l_1216 = l_1215 + u32(48);
let l_1217 = shared_memory_6[l_1216];
let l_1218 = l_mut_11 + u32(48);
let l_1219 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_1220 = l_1218 * l_1219;
let l_1221 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_1222 = l_mut_27 * l_1221;
let l_1223 = l_1220 + l_1222;
let l_2152 = info.static_meta[u32(1)];
let l_2153 = l_2152 * u32(1);
let l_2154 = l_1223 < l_2153;
let l_2155 = l_2153 - u32(1);
let l_2156 = min(l_1223, l_2155);
let l_2157 = buffer_1_global[l_2156];
let l_2158 = select(f32(0.0), l_2157, l_2154);
let l_1224 = l_2158;
let l_1225 = l_1217 * l_1224;
l_mut_36 = l_mut_36 + l_1225;
}
let l_1226 = u32(49) < l_632;
if l_1226 {
let l_1227 = l_mut_633 * u32(64);
let l_1228 = l_1227 + u32(49);
let l_1229 = shared_memory_6[l_1228];
let l_1230 = l_mut_11 + u32(49);
let l_1231 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_1232 = l_1230 * l_1231;
let l_1233 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_1234 = l_mut_27 * l_1233;
let l_1235 = l_1232 + l_1234;
let l_2159 = info.static_meta[u32(1)];
let l_2160 = l_2159 * u32(1);
let l_2161 = l_1235 < l_2160;
let l_2162 = l_2160 - u32(1);
let l_2163 = min(l_1235, l_2162);
let l_2164 = buffer_1_global[l_2163];
let l_2165 = select(f32(0.0), l_2164, l_2161);
let l_1236 = l_2165;
let l_1237 = l_1229 * l_1236;
l_mut_36 = l_mut_36 + l_1237;
}
let l_1238 = u32(50) < l_632;
if l_1238 {
let l_1239 = l_mut_633 * u32(64);
let l_1240 = l_1239 + u32(50);
let l_1241 = shared_memory_6[l_1240];
let l_1242 = l_mut_11 + u32(50);
let l_1243 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_1244 = l_1242 * l_1243;
let l_1245 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_1246 = l_mut_27 * l_1245;
let l_1247 = l_1244 + l_1246;
let l_2166 = info.static_meta[u32(1)];
let l_2167 = l_2166 * u32(1);
let l_2168 = l_1247 < l_2167;
let l_2169 = l_2167 - u32(1);
let l_2170 = min(l_1247, l_2169);
let l_2171 = buffer_1_global[l_2170];
let l_2172 = select(f32(0.0), l_2171, l_2168);
let l_1248 = l_2172;
let l_1249 = l_1241 * l_1248;
l_mut_36 = l_mut_36 + l_1249;
}
let l_1250 = u32(51) < l_632;
if l_1250 {
let l_1251 = l_mut_633 * u32(64);
let l_1252 = l_1251 + u32(51);
let l_1253 = shared_memory_6[l_1252];
let l_1254 = l_mut_11 + u32(51);
let l_1255 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_1256 = l_1254 * l_1255;
let l_1257 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_1258 = l_mut_27 * l_1257;
let l_1259 = l_1256 + l_1258;
let l_2173 = info.static_meta[u32(1)];
let l_2174 = l_2173 * u32(1);
let l_2175 = l_1259 < l_2174;
let l_2176 = l_2174 - u32(1);
let l_2177 = min(l_1259, l_2176);
let l_2178 = buffer_1_global[l_2177];
let l_2179 = select(f32(0.0), l_2178, l_2175);
let l_1260 = l_2179;
let l_1261 = l_1253 * l_1260;
l_mut_36 = l_mut_36 + l_1261;
}
let l_1262 = u32(52) < l_632;
if l_1262 {
let l_1263 = l_mut_633 * u32(64);
let l_1264 = l_1263 + u32(52);
let l_1265 = shared_memory_6[l_1264];
let l_1266 = l_mut_11 + u32(52);
let l_1267 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_1268 = l_1266 * l_1267;
let l_1269 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_1270 = l_mut_27 * l_1269;
let l_1271 = l_1268 + l_1270;
let l_2180 = info.static_meta[u32(1)];
let l_2181 = l_2180 * u32(1);
let l_2182 = l_1271 < l_2181;
let l_2183 = l_2181 - u32(1);
let l_2184 = min(l_1271, l_2183);
let l_2185 = buffer_1_global[l_2184];
let l_2186 = select(f32(0.0), l_2185, l_2182);
let l_1272 = l_2186;
let l_1273 = l_1265 * l_1272;
l_mut_36 = l_mut_36 + l_1273;
}
let l_1274 = u32(53) < l_632;
if l_1274 {
let l_1275 = l_mut_633 * u32(64);
let l_1276 = l_1275 + u32(53);
let l_1277 = shared_memory_6[l_1276];
let l_1278 = l_mut_11 + u32(53);
let l_1279 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_1280 = l_1278 * l_1279;
let l_1281 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_1282 = l_mut_27 * l_1281;
let l_1283 = l_1280 + l_1282;
let l_2187 = info.static_meta[u32(1)];
let l_2188 = l_2187 * u32(1);
let l_2189 = l_1283 < l_2188;
let l_2190 = l_2188 - u32(1);
let l_2191 = min(l_1283, l_2190);
let l_2192 = buffer_1_global[l_2191];
let l_2193 = select(f32(0.0), l_2192, l_2189);
let l_1284 = l_2193;
let l_1285 = l_1277 * l_1284;
l_mut_36 = l_mut_36 + l_1285;
}
let l_1286 = u32(54) < l_632;
if l_1286 {
let l_1287 = l_mut_633 * u32(64);
let l_1288 = l_1287 + u32(54);
let l_1289 = shared_memory_6[l_1288];
let l_1290 = l_mut_11 + u32(54);
let l_1291 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_1292 = l_1290 * l_1291;
let l_1293 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_1294 = l_mut_27 * l_1293;
let l_1295 = l_1292 + l_1294;
let l_2194 = info.static_meta[u32(1)];
let l_2195 = l_2194 * u32(1);
let l_2196 = l_1295 < l_2195;
let l_2197 = l_2195 - u32(1);
let l_2198 = min(l_1295, l_2197);
let l_2199 = buffer_1_global[l_2198];
let l_2200 = select(f32(0.0), l_2199, l_2196);
let l_1296 = l_2200;
let l_1297 = l_1289 * l_1296;
l_mut_36 = l_mut_36 + l_1297;
}
let l_1298 = u32(55) < l_632;
if l_1298 {
let l_1299 = l_mut_633 * u32(64);
let l_1300 = l_1299 + u32(55);
let l_1301 = shared_memory_6[l_1300];
let l_1302 = l_mut_11 + u32(55);
let l_1303 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_1304 = l_1302 * l_1303;
let l_1305 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_1306 = l_mut_27 * l_1305;
let l_1307 = l_1304 + l_1306;
let l_2201 = info.static_meta[u32(1)];
let l_2202 = l_2201 * u32(1);
let l_2203 = l_1307 < l_2202;
let l_2204 = l_2202 - u32(1);
let l_2205 = min(l_1307, l_2204);
let l_2206 = buffer_1_global[l_2205];
let l_2207 = select(f32(0.0), l_2206, l_2203);
let l_1308 = l_2207;
let l_1309 = l_1301 * l_1308;
l_mut_36 = l_mut_36 + l_1309;
}
let l_1310 = u32(56) < l_632;
if l_1310 {
let l_1311 = l_mut_633 * u32(64);
let l_1312 = l_1311 + u32(56);
let l_1313 = shared_memory_6[l_1312];
let l_1314 = l_mut_11 + u32(56);
let l_1315 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_1316 = l_1314 * l_1315;
let l_1317 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_1318 = l_mut_27 * l_1317;
let l_1319 = l_1316 + l_1318;
let l_2208 = info.static_meta[u32(1)];
let l_2209 = l_2208 * u32(1);
let l_2210 = l_1319 < l_2209;
let l_2211 = l_2209 - u32(1);
let l_2212 = min(l_1319, l_2211);
let l_2213 = buffer_1_global[l_2212];
let l_2214 = select(f32(0.0), l_2213, l_2210);
let l_1320 = l_2214;
let l_1321 = l_1313 * l_1320;
l_mut_36 = l_mut_36 + l_1321;
}
let l_1322 = u32(57) < l_632;
if l_1322 {
let l_1323 = l_mut_633 * u32(64);
let l_1324 = l_1323 + u32(57);
let l_1325 = shared_memory_6[l_1324];
let l_1326 = l_mut_11 + u32(57);
let l_1327 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_1328 = l_1326 * l_1327;
let l_1329 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_1330 = l_mut_27 * l_1329;
let l_1331 = l_1328 + l_1330;
let l_2215 = info.static_meta[u32(1)];
let l_2216 = l_2215 * u32(1);
let l_2217 = l_1331 < l_2216;
let l_2218 = l_2216 - u32(1);
let l_2219 = min(l_1331, l_2218);
let l_2220 = buffer_1_global[l_2219];
let l_2221 = select(f32(0.0), l_2220, l_2217);
let l_1332 = l_2221;
let l_1333 = l_1325 * l_1332;
l_mut_36 = l_mut_36 + l_1333;
}
let l_1334 = u32(58) < l_632;
if l_1334 {
let l_1335 = l_mut_633 * u32(64);
let l_1336 = l_1335 + u32(58);
let l_1337 = shared_memory_6[l_1336];
let l_1338 = l_mut_11 + u32(58);
let l_1339 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_1340 = l_1338 * l_1339;
let l_1341 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_1342 = l_mut_27 * l_1341;
let l_1343 = l_1340 + l_1342;
let l_2222 = info.static_meta[u32(1)];
let l_2223 = l_2222 * u32(1);
let l_2224 = l_1343 < l_2223;
let l_2225 = l_2223 - u32(1);
let l_2226 = min(l_1343, l_2225);
let l_2227 = buffer_1_global[l_2226];
let l_2228 = select(f32(0.0), l_2227, l_2224);
let l_1344 = l_2228;
let l_1345 = l_1337 * l_1344;
l_mut_36 = l_mut_36 + l_1345;
}
let l_1346 = u32(59) < l_632;
if l_1346 {
let l_1347 = l_mut_633 * u32(64);
let l_1348 = l_1347 + u32(59);
let l_1349 = shared_memory_6[l_1348];
let l_1350 = l_mut_11 + u32(59);
let l_1351 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_1352 = l_1350 * l_1351;
let l_1353 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_1354 = l_mut_27 * l_1353;
let l_1355 = l_1352 + l_1354;
let l_2229 = info.static_meta[u32(1)];
let l_2230 = l_2229 * u32(1);
let l_2231 = l_1355 < l_2230;
let l_2232 = l_2230 - u32(1);
let l_2233 = min(l_1355, l_2232);
let l_2234 = buffer_1_global[l_2233];
let l_2235 = select(f32(0.0), l_2234, l_2231);
let l_1356 = l_2235;
let l_1357 = l_1349 * l_1356;
l_mut_36 = l_mut_36 + l_1357;
}
let l_1358 = u32(60) < l_632;
if l_1358 {
let l_1359 = l_mut_633 * u32(64);
let l_1360 = l_1359 + u32(60);
let l_1361 = shared_memory_6[l_1360];
let l_1362 = l_mut_11 + u32(60);
let l_1363 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_1364 = l_1362 * l_1363;
let l_1365 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_1366 = l_mut_27 * l_1365;
let l_1367 = l_1364 + l_1366;
let l_2236 = info.static_meta[u32(1)];
let l_2237 = l_2236 * u32(1);
let l_2238 = l_1367 < l_2237;
let l_2239 = l_2237 - u32(1);
let l_2240 = min(l_1367, l_2239);
let l_2241 = buffer_1_global[l_2240];
let l_2242 = select(f32(0.0), l_2241, l_2238);
let l_1368 = l_2242;
let l_1369 = l_1361 * l_1368;
l_mut_36 = l_mut_36 + l_1369;
}
let l_1370 = u32(61) < l_632;
if l_1370 {
let l_1371 = l_mut_633 * u32(64);
let l_1372 = l_1371 + u32(61);
let l_1373 = shared_memory_6[l_1372];
let l_1374 = l_mut_11 + u32(61);
let l_1375 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_1376 = l_1374 * l_1375;
let l_1377 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_1378 = l_mut_27 * l_1377;
let l_1379 = l_1376 + l_1378;
let l_2243 = info.static_meta[u32(1)];
let l_2244 = l_2243 * u32(1);
let l_2245 = l_1379 < l_2244;
let l_2246 = l_2244 - u32(1);
let l_2247 = min(l_1379, l_2246);
let l_2248 = buffer_1_global[l_2247];
let l_2249 = select(f32(0.0), l_2248, l_2245);
let l_1380 = l_2249;
let l_1381 = l_1373 * l_1380;
l_mut_36 = l_mut_36 + l_1381;
}
let l_1382 = u32(62) < l_632;
if l_1382 {
let l_1383 = l_mut_633 * u32(64);
let l_1384 = l_1383 + u32(62);
let l_1385 = shared_memory_6[l_1384];
let l_1386 = l_mut_11 + u32(62);
let l_1387 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_1388 = l_1386 * l_1387;
let l_1389 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_1390 = l_mut_27 * l_1389;
let l_1391 = l_1388 + l_1390;
let l_2250 = info.static_meta[u32(1)];
let l_2251 = l_2250 * u32(1);
let l_2252 = l_1391 < l_2251;
let l_2253 = l_2251 - u32(1);
let l_2254 = min(l_1391, l_2253);
let l_2255 = buffer_1_global[l_2254];
let l_2256 = select(f32(0.0), l_2255, l_2252);
let l_1392 = l_2256;
let l_1393 = l_1385 * l_1392;
l_mut_36 = l_mut_36 + l_1393;
}
let l_1394 = u32(63) < l_632;
if l_1394 {
let l_1395 = l_mut_633 * u32(64);
let l_1396 = l_1395 + u32(63);
let l_1397 = shared_memory_6[l_1396];
let l_1398 = l_mut_11 + u32(63);
let l_1399 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_1400 = l_1398 * l_1399;
let l_1401 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_1402 = l_mut_27 * l_1401;
let l_1403 = l_1400 + l_1402;
let l_2257 = info.static_meta[u32(1)];
let l_2258 = l_2257 * u32(1);
let l_2259 = l_1403 < l_2258;
let l_2260 = l_2258 - u32(1);
let l_2261 = min(l_1403, l_2260);
let l_2262 = buffer_1_global[l_2261];
let l_2263 = select(f32(0.0), l_2262, l_2259);
let l_1404 = l_2263;
let l_1405 = l_1397 * l_1404;
l_mut_36 = l_mut_36 + l_1405;
}
let l_1406 = l_3 + l_mut_633;
let l_1407 = l_1406 * l_2;
let l_1408 = l_1407 + l_mut_27;
let l_1409 = info.scalars_f32[0] * l_mut_36;
let l_1806 = info.static_meta[u32(4)];
let l_1807 = l_1806 * u32(1);
let l_1808 = l_1408 < l_1807;
let l_1809 = l_1807 - u32(1);
let l_1810 = min(l_1408, l_1809);
let l_1811 = buffer_4_global[l_1810];
let l_1812 = select(f32(0.0), l_1811, l_1808);
let l_1410 = l_1812;
let l_1411 = l_1410 + l_1409;
let l_1813 = info.static_meta[u32(4)];
let l_1814 = l_1813 * u32(1);
let l_1815 = l_1408 < l_1814;
if l_1815 {
buffer_4_global[l_1408] = l_1411;
}
l_mut_27 = l_mut_27 + u32(256);
}
}
}
workgroupBarrier();
l_mut_11 = l_mut_11 + u32(64);
}
let l_1412 = local_idx < u32(64);
if l_1412 {
let l_1413 = l_3 + local_idx;
l_mut_36 = f32(0.0);
let l_1414 = l_1413 < l_0;
if l_1414 {

for (var l_mut_1415: u32 = u32(0); l_mut_1415 < l_2; l_mut_1415++) {
let l_1416 = l_1413 * l_2;
let l_1417 = l_1416 + l_mut_1415;
let l_2271 = info.static_meta[u32(4)];
let l_2272 = l_2271 * u32(1);
let l_2273 = l_1417 < l_2272;
let l_2274 = l_2272 - u32(1);
let l_2275 = min(l_1417, l_2274);
let l_2276 = buffer_4_global[l_2275];
let l_2277 = select(f32(0.0), l_2276, l_2273);
let l_1418 = l_2277;
let l_1419 = info.dynamic_meta[info.static_meta[u32(18)] + u32(0)];
let l_1420 = l_1413 * l_1419;
let l_1421 = info.dynamic_meta[info.static_meta[u32(18)] + u32(1)];
let l_1422 = l_mut_1415 * l_1421;
let l_1423 = l_1420 + l_1422;
let l_2278 = info.static_meta[u32(0)];
let l_2279 = l_2278 * u32(1);
let l_2280 = l_1423 < l_2279;
let l_2281 = l_2279 - u32(1);
let l_2282 = min(l_1423, l_2281);
let l_2283 = buffer_0_global[l_2282];
let l_2284 = select(f32(0.0), l_2283, l_2280);
let l_1424 = l_2284;
let l_1425 = l_1418 * l_1424;
l_mut_36 = l_mut_36 + l_1425;
}
let l_2264 = info.static_meta[u32(2)];
let l_2265 = l_2264 * u32(1);
let l_2266 = l_1413 < l_2265;
let l_2267 = l_2265 - u32(1);
let l_2268 = min(l_1413, l_2267);
let l_2269 = buffer_2_global[l_2268];
let l_2270 = select(f32(0.0), l_2269, l_2266);
let l_1426 = l_2270;
l_mut_36 = l_mut_36 / l_1426;
}
shared_memory_6[local_idx] = l_mut_36;
}
workgroupBarrier();

for (var l_mut_1427: u32 = u32(0); l_mut_1427 < u32(64); l_mut_1427++) {
let l_1428 = l_3 + l_mut_1427;
let l_1429 = l_1428 < l_0;
if l_1429 {
l_mut_27 = local_idx;
loop {
let l_1430 = l_mut_27 < l_2;
let l_1431 = !l_1430;
if l_1431 {
break;
}
let l_1432 = l_1428 * l_2;
let l_1433 = l_1432 + l_mut_27;
let l_2285 = info.static_meta[u32(4)];
let l_2286 = l_2285 * u32(1);
let l_2287 = l_1433 < l_2286;
let l_2288 = l_2286 - u32(1);
let l_2289 = min(l_1433, l_2288);
let l_2290 = buffer_4_global[l_2289];
let l_2291 = select(f32(0.0), l_2290, l_2287);
let l_1434 = l_2291;
l_mut_36 = l_1434;
let l_1435 = info.dynamic_meta[info.static_meta[u32(18)] + u32(0)];
let l_1436 = l_1428 * l_1435;
let l_1437 = info.dynamic_meta[info.static_meta[u32(18)] + u32(1)];
let l_1438 = l_mut_27 * l_1437;
let l_1439 = l_1436 + l_1438;
let l_2292 = info.static_meta[u32(0)];
let l_2293 = l_2292 * u32(1);
let l_2294 = l_1439 < l_2293;
let l_2295 = l_2293 - u32(1);
let l_2296 = min(l_1439, l_2295);
let l_2297 = buffer_0_global[l_2296];
let l_2298 = select(f32(0.0), l_2297, l_2294);
let l_1440 = l_2298;
let l_2299 = info.static_meta[u32(2)];
let l_2300 = l_2299 * u32(1);
let l_2301 = l_1428 < l_2300;
let l_2302 = l_2300 - u32(1);
let l_2303 = min(l_1428, l_2302);
let l_2304 = buffer_2_global[l_2303];
let l_2305 = select(f32(0.0), l_2304, l_2301);
let l_1441 = l_2305;
let l_1442 = l_1440 / l_1441;
let l_1443 = shared_memory_6[l_mut_1427];
let l_1444 = l_1442 * l_1443;
let l_1445 = l_mut_36 - l_1444;
let l_2306 = info.static_meta[u32(2)];
let l_2307 = l_2306 * u32(1);
let l_2308 = l_1428 < l_2307;
let l_2309 = l_2307 - u32(1);
let l_2310 = min(l_1428, l_2309);
let l_2311 = buffer_2_global[l_2310];
let l_2312 = select(f32(0.0), l_2311, l_2308);
let l_1446 = l_2312;
let l_1447 = l_1445 / l_1446;
l_mut_36 = l_1447;
let l_1448 = info.dynamic_meta[info.static_meta[u32(20)] + u32(0)];
let l_1449 = l_1428 * l_1448;
let l_1450 = info.dynamic_meta[info.static_meta[u32(20)] + u32(1)];
let l_1451 = l_mut_27 * l_1450;
let l_1452 = l_1449 + l_1451;
let l_2313 = info.static_meta[u32(5)];
let l_2314 = l_2313 * u32(1);
let l_2315 = l_1452 < l_2314;
if l_2315 {
buffer_5_global[l_1452] = l_mut_36;
}
l_mut_27 = l_mut_27 + u32(256);
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
// ==== launch 0: grad_tiles_x_f32_y_f32_o_f32 (sigmoid_loss), cube_dim 256x1x1
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

var<workgroup> shared_memory_6: array<f32, 4096>;

const WORKGROUP_SIZE_X = 256u;
const WORKGROUP_SIZE_Y = 1u;
const WORKGROUP_SIZE_Z = 1u;

@compute
@workgroup_size(256, 1, 1)
fn grad_tiles_x_f32_y_f32_o_f32(
    @builtin(local_invocation_index) local_idx: u32,
    @builtin(num_workgroups) num_workgroups: vec3<u32>,
    @builtin(workgroup_id) workgroup_id: vec3<u32>,
) {
var a_7: array<f32, 16>;

let workgroup_id_no_axis = (u32(num_workgroups.y) * u32(num_workgroups.x) * u32(workgroup_id.z)) + (u32(num_workgroups.x) * u32(workgroup_id.y)) + u32(workgroup_id.x);
var l_mut_11: u32;
var l_mut_24: u32;
var l_mut_27: u32;
var l_mut_35: f32;
var l_mut_36: f32;
let l_0 = info.dynamic_meta[info.static_meta[u32(15)] + u32(0)];
let l_1 = info.dynamic_meta[info.static_meta[u32(16)] + u32(0)];
let l_2 = info.dynamic_meta[info.static_meta[u32(15)] + u32(1)];
let l_3 = workgroup_id_no_axis * u32(64);
let l_4 = local_idx / u32(16);
let l_5 = local_idx % u32(16);

for (var l_mut_8: u32 = u32(0); l_mut_8 < u32(64); l_mut_8++) {
let l_9 = l_3 + l_mut_8;
let l_10 = l_9 < l_0;
if l_10 {
l_mut_11 = local_idx;
loop {
let l_12 = l_mut_11 < l_2;
let l_13 = !l_12;
if l_13 {
break;
}
let l_14 = l_3 + l_mut_8;
let l_15 = l_14 * l_2;
let l_16 = l_15 + l_mut_11;
let l_1453 = info.static_meta[u32(4)];
let l_1454 = l_1453 * u32(1);
let l_1455 = l_16 < l_1454;
if l_1455 {
buffer_4_global[l_16] = f32(0.0);
}
l_mut_11 = l_mut_11 + u32(256);
}
}
}
l_mut_11 = u32(0);
loop {
let l_17 = l_mut_11 < l_1;
let l_18 = !l_17;
if l_18 {
break;
}
let l_19 = info.dynamic_meta[info.static_meta[u32(15)] + u32(0)];
let l_20 = info.dynamic_meta[info.static_meta[u32(16)] + u32(0)];
let l_21 = info.dynamic_meta[info.static_meta[u32(15)] + u32(1)];
let l_22 = local_idx / u32(16);
let l_23 = local_idx % u32(16);
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
l_mut_24 = u32(0);
loop {
let l_25 = l_mut_24 < l_21;
let l_26 = !l_25;
if l_26 {
break;
}
l_mut_27 = local_idx;
loop {
let l_28 = l_mut_27 < u32(1024);
let l_29 = !l_28;
if l_29 {
break;
}
let l_30 = l_mut_27 / u32(16);
let l_31 = l_mut_27 % u32(16);
let l_32 = l_mut_24 + l_31;
let l_33 = l_3 + l_30;
let l_34 = l_mut_11 + l_30;
l_mut_35 = f32(0.0);
l_mut_36 = f32(0.0);
let l_37 = l_33 < l_19;
let l_38 = l_32 < l_21;
let l_39 = l_37 && l_38;
if l_39 {
let l_40 = info.dynamic_meta[info.static_meta[u32(18)] + u32(0)];
let l_41 = l_33 * l_40;
let l_42 = info.dynamic_meta[info.static_meta[u32(18)] + u32(1)];
let l_43 = l_32 * l_42;
let l_44 = l_41 + l_43;
let l_1456 = info.static_meta[u32(0)];
let l_1457 = l_1456 * u32(1);
let l_1458 = l_44 < l_1457;
let l_1459 = l_1457 - u32(1);
let l_1460 = min(l_44, l_1459);
let l_1461 = buffer_0_global[l_1460];
let l_1462 = select(f32(0.0), l_1461, l_1458);
let l_45 = l_1462;
l_mut_35 = l_45;
}
let l_46 = l_34 < l_20;
let l_47 = l_32 < l_21;
let l_48 = l_46 && l_47;
if l_48 {
let l_49 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_50 = l_34 * l_49;
let l_51 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_52 = l_32 * l_51;
let l_53 = l_50 + l_52;
let l_1463 = info.static_meta[u32(1)];
let l_1464 = l_1463 * u32(1);
let l_1465 = l_53 < l_1464;
let l_1466 = l_1464 - u32(1);
let l_1467 = min(l_53, l_1466);
let l_1468 = buffer_1_global[l_1467];
let l_1469 = select(f32(0.0), l_1468, l_1465);
let l_54 = l_1469;
l_mut_36 = l_54;
}
let l_55 = l_30 * u32(17);
let l_56 = l_mut_27 % u32(16);
let l_57 = l_55 + l_56;
shared_memory_6[l_57] = l_mut_35;
let l_58 = l_30 * u32(17);
let l_59 = u32(1088) + l_58;
let l_60 = l_mut_27 % u32(16);
let l_61 = l_59 + l_60;
shared_memory_6[l_61] = l_mut_36;
l_mut_27 = l_mut_27 + u32(256);
}
workgroupBarrier();

for (var l_mut_62: u32 = u32(0); l_mut_62 < u32(16); l_mut_62++) {
let l_63 = l_22 + u32(0);
let l_64 = l_63 * u32(17);
let l_65 = l_64 + l_mut_62;
let l_66 = shared_memory_6[l_65];
let l_67 = l_23 + u32(0);
let l_68 = l_67 * u32(17);
let l_69 = u32(1088) + l_68;
let l_70 = l_69 + l_mut_62;
let l_71 = shared_memory_6[l_70];
let l_72 = l_66 * l_71;
let l_73 = a_7[u32(0)];
let l_74 = l_73 + l_72;
a_7[u32(0)] = l_74;
let l_75 = l_23 + u32(16);
let l_76 = l_75 * u32(17);
let l_77 = u32(1088) + l_76;
let l_78 = l_77 + l_mut_62;
let l_79 = shared_memory_6[l_78];
let l_80 = l_66 * l_79;
let l_81 = a_7[u32(1)];
let l_82 = l_81 + l_80;
a_7[u32(1)] = l_82;
let l_83 = l_23 + u32(32);
let l_84 = l_83 * u32(17);
let l_85 = u32(1088) + l_84;
let l_86 = l_85 + l_mut_62;
let l_87 = shared_memory_6[l_86];
let l_88 = l_66 * l_87;
let l_89 = a_7[u32(2)];
let l_90 = l_89 + l_88;
a_7[u32(2)] = l_90;
let l_91 = l_23 + u32(48);
let l_92 = l_91 * u32(17);
let l_93 = u32(1088) + l_92;
let l_94 = l_93 + l_mut_62;
let l_95 = shared_memory_6[l_94];
let l_96 = l_66 * l_95;
let l_97 = a_7[u32(3)];
let l_98 = l_97 + l_96;
a_7[u32(3)] = l_98;
let l_99 = l_22 + u32(16);
let l_100 = l_99 * u32(17);
let l_101 = l_100 + l_mut_62;
let l_102 = shared_memory_6[l_101];
let l_103 = l_23 + u32(0);
let l_104 = l_103 * u32(17);
let l_105 = u32(1088) + l_104;
let l_106 = l_105 + l_mut_62;
let l_107 = shared_memory_6[l_106];
let l_108 = l_102 * l_107;
let l_109 = a_7[u32(4)];
let l_110 = l_109 + l_108;
a_7[u32(4)] = l_110;
let l_111 = l_23 + u32(16);
let l_112 = l_111 * u32(17);
let l_113 = u32(1088) + l_112;
let l_114 = l_113 + l_mut_62;
let l_115 = shared_memory_6[l_114];
let l_116 = l_102 * l_115;
let l_117 = a_7[u32(5)];
let l_118 = l_117 + l_116;
a_7[u32(5)] = l_118;
let l_119 = l_23 + u32(32);
let l_120 = l_119 * u32(17);
let l_121 = u32(1088) + l_120;
let l_122 = l_121 + l_mut_62;
let l_123 = shared_memory_6[l_122];
let l_124 = l_102 * l_123;
let l_125 = a_7[u32(6)];
let l_126 = l_125 + l_124;
a_7[u32(6)] = l_126;
let l_127 = l_23 + u32(48);
let l_128 = l_127 * u32(17);
let l_129 = u32(1088) + l_128;
let l_130 = l_129 + l_mut_62;
let l_131 = shared_memory_6[l_130];
let l_132 = l_102 * l_131;
let l_133 = a_7[u32(7)];
let l_134 = l_133 + l_132;
a_7[u32(7)] = l_134;
let l_135 = l_22 + u32(32);
let l_136 = l_135 * u32(17);
let l_137 = l_136 + l_mut_62;
let l_138 = shared_memory_6[l_137];
let l_139 = l_23 + u32(0);
let l_140 = l_139 * u32(17);
let l_141 = u32(1088) + l_140;
let l_142 = l_141 + l_mut_62;
let l_143 = shared_memory_6[l_142];
let l_144 = l_138 * l_143;
let l_145 = a_7[u32(8)];
let l_146 = l_145 + l_144;
a_7[u32(8)] = l_146;
let l_147 = l_23 + u32(16);
let l_148 = l_147 * u32(17);
let l_149 = u32(1088) + l_148;
let l_150 = l_149 + l_mut_62;
let l_151 = shared_memory_6[l_150];
let l_152 = l_138 * l_151;
let l_153 = a_7[u32(9)];
let l_154 = l_153 + l_152;
a_7[u32(9)] = l_154;
let l_155 = l_23 + u32(32);
let l_156 = l_155 * u32(17);
let l_157 = u32(1088) + l_156;
let l_158 = l_157 + l_mut_62;
let l_159 = shared_memory_6[l_158];
let l_160 = l_138 * l_159;
let l_161 = a_7[u32(10)];
let l_162 = l_161 + l_160;
a_7[u32(10)] = l_162;
let l_163 = l_23 + u32(48);
let l_164 = l_163 * u32(17);
let l_165 = u32(1088) + l_164;
let l_166 = l_165 + l_mut_62;
let l_167 = shared_memory_6[l_166];
let l_168 = l_138 * l_167;
let l_169 = a_7[u32(11)];
let l_170 = l_169 + l_168;
a_7[u32(11)] = l_170;
let l_171 = l_22 + u32(48);
let l_172 = l_171 * u32(17);
let l_173 = l_172 + l_mut_62;
let l_174 = shared_memory_6[l_173];
let l_175 = l_23 + u32(0);
let l_176 = l_175 * u32(17);
let l_177 = u32(1088) + l_176;
let l_178 = l_177 + l_mut_62;
let l_179 = shared_memory_6[l_178];
let l_180 = l_174 * l_179;
let l_181 = a_7[u32(12)];
let l_182 = l_181 + l_180;
a_7[u32(12)] = l_182;
let l_183 = l_23 + u32(16);
let l_184 = l_183 * u32(17);
let l_185 = u32(1088) + l_184;
let l_186 = l_185 + l_mut_62;
let l_187 = shared_memory_6[l_186];
let l_188 = l_174 * l_187;
let l_189 = a_7[u32(13)];
let l_190 = l_189 + l_188;
a_7[u32(13)] = l_190;
let l_191 = l_23 + u32(32);
let l_192 = l_191 * u32(17);
let l_193 = u32(1088) + l_192;
let l_194 = l_193 + l_mut_62;
let l_195 = shared_memory_6[l_194];
let l_196 = l_174 * l_195;
let l_197 = a_7[u32(14)];
let l_198 = l_197 + l_196;
a_7[u32(14)] = l_198;
let l_199 = l_23 + u32(48);
let l_200 = l_199 * u32(17);
let l_201 = u32(1088) + l_200;
let l_202 = l_201 + l_mut_62;
let l_203 = shared_memory_6[l_202];
let l_204 = l_174 * l_203;
let l_205 = a_7[u32(15)];
let l_206 = l_205 + l_204;
a_7[u32(15)] = l_206;
}
workgroupBarrier();
l_mut_24 = l_mut_24 + u32(16);
}
let l_207 = l_3 + l_4;
let l_208 = l_207 + u32(0);
let l_209 = l_mut_11 + l_5;
let l_210 = l_209 + u32(0);
l_mut_36 = f32(0.0);
let l_211 = l_208 < l_0;
let l_212 = l_210 < l_1;
let l_213 = l_211 && l_212;
if l_213 {
let l_214 = a_7[u32(0)];
let l_215 = info.scalars_f32[0] * l_214;
l_mut_35 = l_215;
let l_1470 = info.static_meta[u32(2)];
let l_1471 = l_1470 * u32(1);
let l_1472 = l_208 < l_1471;
let l_1473 = l_1471 - u32(1);
let l_1474 = min(l_208, l_1473);
let l_1475 = buffer_2_global[l_1474];
let l_1476 = select(f32(0.0), l_1475, l_1472);
let l_216 = l_1476;
let l_1477 = info.static_meta[u32(3)];
let l_1478 = l_1477 * u32(1);
let l_1479 = l_210 < l_1478;
let l_1480 = l_1478 - u32(1);
let l_1481 = min(l_210, l_1480);
let l_1482 = buffer_3_global[l_1481];
let l_1483 = select(f32(0.0), l_1482, l_1479);
let l_217 = l_1483;
let l_218 = l_216 * l_217;
l_mut_35 = l_mut_35 / l_218;
let l_219 = l_208 + info.scalars_u32[0];
let l_220 = l_210 + info.scalars_u32[1];
let l_221 = l_219 == l_220;
let l_222 = select(f32(-1.0), f32(1.0), l_221);
let l_223 = -info.scalars_f32[2];
let l_224 = l_223 * l_222;
let l_225 = l_mut_35 + info.scalars_f32[1];
let l_226 = l_222 * l_225;
let l_227 = exp(l_226);
let l_228 = f32(1.0) + l_227;
let l_229 = l_224 / l_228;
l_mut_36 = l_229;
let l_1484 = info.static_meta[u32(3)];
let l_1485 = l_1484 * u32(1);
let l_1486 = l_210 < l_1485;
let l_1487 = l_1485 - u32(1);
let l_1488 = min(l_210, l_1487);
let l_1489 = buffer_3_global[l_1488];
let l_1490 = select(f32(0.0), l_1489, l_1486);
let l_230 = l_1490;
l_mut_36 = l_mut_36 / l_230;
}
let l_231 = l_4 + u32(0);
let l_232 = l_231 * u32(64);
let l_233 = l_232 + l_5;
let l_234 = l_233 + u32(0);
shared_memory_6[l_234] = l_mut_36;
let l_235 = l_mut_11 + l_5;
let l_236 = l_235 + u32(16);
l_mut_36 = f32(0.0);
let l_237 = l_208 < l_0;
let l_238 = l_236 < l_1;
let l_239 = l_237 && l_238;
if l_239 {
let l_240 = a_7[u32(1)];
let l_241 = info.scalars_f32[0] * l_240;
l_mut_35 = l_241;
let l_1491 = info.static_meta[u32(2)];
let l_1492 = l_1491 * u32(1);
let l_1493 = l_208 < l_1492;
let l_1494 = l_1492 - u32(1);
let l_1495 = min(l_208, l_1494);
let l_1496 = buffer_2_global[l_1495];
let l_1497 = select(f32(0.0), l_1496, l_1493);
let l_242 = l_1497;
let l_1498 = info.static_meta[u32(3)];
let l_1499 = l_1498 * u32(1);
let l_1500 = l_236 < l_1499;
let l_1501 = l_1499 - u32(1);
let l_1502 = min(l_236, l_1501);
let l_1503 = buffer_3_global[l_1502];
let l_1504 = select(f32(0.0), l_1503, l_1500);
let l_243 = l_1504;
let l_244 = l_242 * l_243;
l_mut_35 = l_mut_35 / l_244;
let l_245 = l_208 + info.scalars_u32[0];
let l_246 = l_236 + info.scalars_u32[1];
let l_247 = l_245 == l_246;
let l_248 = select(f32(-1.0), f32(1.0), l_247);
let l_249 = -info.scalars_f32[2];
let l_250 = l_249 * l_248;
let l_251 = l_mut_35 + info.scalars_f32[1];
let l_252 = l_248 * l_251;
let l_253 = exp(l_252);
let l_254 = f32(1.0) + l_253;
let l_255 = l_250 / l_254;
l_mut_36 = l_255;
let l_1505 = info.static_meta[u32(3)];
let l_1506 = l_1505 * u32(1);
let l_1507 = l_236 < l_1506;
let l_1508 = l_1506 - u32(1);
let l_1509 = min(l_236, l_1508);
let l_1510 = buffer_3_global[l_1509];
let l_1511 = select(f32(0.0), l_1510, l_1507);
let l_256 = l_1511;
l_mut_36 = l_mut_36 / l_256;
}
let l_257 = l_4 + u32(0);
let l_258 = l_257 * u32(64);
let l_259 = l_258 + l_5;
let l_260 = l_259 + u32(16);
shared_memory_6[l_260] = l_mut_36;
let l_261 = l_mut_11 + l_5;
let l_262 = l_261 + u32(32);
l_mut_36 = f32(0.0);
let l_263 = l_208 < l_0;
let l_264 = l_262 < l_1;
let l_265 = l_263 && l_264;
if l_265 {
let l_266 = a_7[u32(2)];
let l_267 = info.scalars_f32[0] * l_266;
l_mut_35 = l_267;
let l_1512 = info.static_meta[u32(2)];
let l_1513 = l_1512 * u32(1);
let l_1514 = l_208 < l_1513;
let l_1515 = l_1513 - u32(1);
let l_1516 = min(l_208, l_1515);
let l_1517 = buffer_2_global[l_1516];
let l_1518 = select(f32(0.0), l_1517, l_1514);
let l_268 = l_1518;
let l_1519 = info.static_meta[u32(3)];
let l_1520 = l_1519 * u32(1);
let l_1521 = l_262 < l_1520;
let l_1522 = l_1520 - u32(1);
let l_1523 = min(l_262, l_1522);
let l_1524 = buffer_3_global[l_1523];
let l_1525 = select(f32(0.0), l_1524, l_1521);
let l_269 = l_1525;
let l_270 = l_268 * l_269;
l_mut_35 = l_mut_35 / l_270;
let l_271 = l_208 + info.scalars_u32[0];
let l_272 = l_262 + info.scalars_u32[1];
let l_273 = l_271 == l_272;
let l_274 = select(f32(-1.0), f32(1.0), l_273);
let l_275 = -info.scalars_f32[2];
let l_276 = l_275 * l_274;
let l_277 = l_mut_35 + info.scalars_f32[1];
let l_278 = l_274 * l_277;
let l_279 = exp(l_278);
let l_280 = f32(1.0) + l_279;
let l_281 = l_276 / l_280;
l_mut_36 = l_281;
let l_1526 = info.static_meta[u32(3)];
let l_1527 = l_1526 * u32(1);
let l_1528 = l_262 < l_1527;
let l_1529 = l_1527 - u32(1);
let l_1530 = min(l_262, l_1529);
let l_1531 = buffer_3_global[l_1530];
let l_1532 = select(f32(0.0), l_1531, l_1528);
let l_282 = l_1532;
l_mut_36 = l_mut_36 / l_282;
}
let l_283 = l_4 + u32(0);
let l_284 = l_283 * u32(64);
let l_285 = l_284 + l_5;
let l_286 = l_285 + u32(32);
shared_memory_6[l_286] = l_mut_36;
let l_287 = l_mut_11 + l_5;
let l_288 = l_287 + u32(48);
l_mut_36 = f32(0.0);
let l_289 = l_208 < l_0;
let l_290 = l_288 < l_1;
let l_291 = l_289 && l_290;
if l_291 {
let l_292 = a_7[u32(3)];
let l_293 = info.scalars_f32[0] * l_292;
l_mut_35 = l_293;
let l_1533 = info.static_meta[u32(2)];
let l_1534 = l_1533 * u32(1);
let l_1535 = l_208 < l_1534;
let l_1536 = l_1534 - u32(1);
let l_1537 = min(l_208, l_1536);
let l_1538 = buffer_2_global[l_1537];
let l_1539 = select(f32(0.0), l_1538, l_1535);
let l_294 = l_1539;
let l_1540 = info.static_meta[u32(3)];
let l_1541 = l_1540 * u32(1);
let l_1542 = l_288 < l_1541;
let l_1543 = l_1541 - u32(1);
let l_1544 = min(l_288, l_1543);
let l_1545 = buffer_3_global[l_1544];
let l_1546 = select(f32(0.0), l_1545, l_1542);
let l_295 = l_1546;
let l_296 = l_294 * l_295;
l_mut_35 = l_mut_35 / l_296;
let l_297 = l_208 + info.scalars_u32[0];
let l_298 = l_288 + info.scalars_u32[1];
let l_299 = l_297 == l_298;
let l_300 = select(f32(-1.0), f32(1.0), l_299);
let l_301 = -info.scalars_f32[2];
let l_302 = l_301 * l_300;
let l_303 = l_mut_35 + info.scalars_f32[1];
let l_304 = l_300 * l_303;
let l_305 = exp(l_304);
let l_306 = f32(1.0) + l_305;
let l_307 = l_302 / l_306;
l_mut_36 = l_307;
let l_1547 = info.static_meta[u32(3)];
let l_1548 = l_1547 * u32(1);
let l_1549 = l_288 < l_1548;
let l_1550 = l_1548 - u32(1);
let l_1551 = min(l_288, l_1550);
let l_1552 = buffer_3_global[l_1551];
let l_1553 = select(f32(0.0), l_1552, l_1549);
let l_308 = l_1553;
l_mut_36 = l_mut_36 / l_308;
}
let l_309 = l_4 + u32(0);
let l_310 = l_309 * u32(64);
let l_311 = l_310 + l_5;
let l_312 = l_311 + u32(48);
shared_memory_6[l_312] = l_mut_36;
let l_313 = l_3 + l_4;
let l_314 = l_313 + u32(16);
let l_315 = l_mut_11 + l_5;
let l_316 = l_315 + u32(0);
l_mut_36 = f32(0.0);
let l_317 = l_314 < l_0;
let l_318 = l_316 < l_1;
let l_319 = l_317 && l_318;
if l_319 {
let l_320 = a_7[u32(4)];
let l_321 = info.scalars_f32[0] * l_320;
l_mut_35 = l_321;
let l_1554 = info.static_meta[u32(2)];
let l_1555 = l_1554 * u32(1);
let l_1556 = l_314 < l_1555;
let l_1557 = l_1555 - u32(1);
let l_1558 = min(l_314, l_1557);
let l_1559 = buffer_2_global[l_1558];
let l_1560 = select(f32(0.0), l_1559, l_1556);
let l_322 = l_1560;
let l_1561 = info.static_meta[u32(3)];
let l_1562 = l_1561 * u32(1);
let l_1563 = l_316 < l_1562;
let l_1564 = l_1562 - u32(1);
let l_1565 = min(l_316, l_1564);
let l_1566 = buffer_3_global[l_1565];
let l_1567 = select(f32(0.0), l_1566, l_1563);
let l_323 = l_1567;
let l_324 = l_322 * l_323;
l_mut_35 = l_mut_35 / l_324;
let l_325 = l_314 + info.scalars_u32[0];
let l_326 = l_316 + info.scalars_u32[1];
let l_327 = l_325 == l_326;
let l_328 = select(f32(-1.0), f32(1.0), l_327);
let l_329 = -info.scalars_f32[2];
let l_330 = l_329 * l_328;
let l_331 = l_mut_35 + info.scalars_f32[1];
let l_332 = l_328 * l_331;
let l_333 = exp(l_332);
let l_334 = f32(1.0) + l_333;
let l_335 = l_330 / l_334;
l_mut_36 = l_335;
let l_1568 = info.static_meta[u32(3)];
let l_1569 = l_1568 * u32(1);
let l_1570 = l_316 < l_1569;
let l_1571 = l_1569 - u32(1);
let l_1572 = min(l_316, l_1571);
let l_1573 = buffer_3_global[l_1572];
let l_1574 = select(f32(0.0), l_1573, l_1570);
let l_336 = l_1574;
l_mut_36 = l_mut_36 / l_336;
}
let l_337 = l_4 + u32(16);
let l_338 = l_337 * u32(64);
let l_339 = l_338 + l_5;
let l_340 = l_339 + u32(0);
shared_memory_6[l_340] = l_mut_36;
let l_341 = l_mut_11 + l_5;
let l_342 = l_341 + u32(16);
l_mut_36 = f32(0.0);
let l_343 = l_314 < l_0;
let l_344 = l_342 < l_1;
let l_345 = l_343 && l_344;
if l_345 {
let l_346 = a_7[u32(5)];
let l_347 = info.scalars_f32[0] * l_346;
l_mut_35 = l_347;
let l_1575 = info.static_meta[u32(2)];
let l_1576 = l_1575 * u32(1);
let l_1577 = l_314 < l_1576;
let l_1578 = l_1576 - u32(1);
let l_1579 = min(l_314, l_1578);
let l_1580 = buffer_2_global[l_1579];
let l_1581 = select(f32(0.0), l_1580, l_1577);
let l_348 = l_1581;
let l_1582 = info.static_meta[u32(3)];
let l_1583 = l_1582 * u32(1);
let l_1584 = l_342 < l_1583;
let l_1585 = l_1583 - u32(1);
let l_1586 = min(l_342, l_1585);
let l_1587 = buffer_3_global[l_1586];
let l_1588 = select(f32(0.0), l_1587, l_1584);
let l_349 = l_1588;
let l_350 = l_348 * l_349;
l_mut_35 = l_mut_35 / l_350;
let l_351 = l_314 + info.scalars_u32[0];
let l_352 = l_342 + info.scalars_u32[1];
let l_353 = l_351 == l_352;
let l_354 = select(f32(-1.0), f32(1.0), l_353);
let l_355 = -info.scalars_f32[2];
let l_356 = l_355 * l_354;
let l_357 = l_mut_35 + info.scalars_f32[1];
let l_358 = l_354 * l_357;
let l_359 = exp(l_358);
let l_360 = f32(1.0) + l_359;
let l_361 = l_356 / l_360;
l_mut_36 = l_361;
let l_1589 = info.static_meta[u32(3)];
let l_1590 = l_1589 * u32(1);
let l_1591 = l_342 < l_1590;
let l_1592 = l_1590 - u32(1);
let l_1593 = min(l_342, l_1592);
let l_1594 = buffer_3_global[l_1593];
let l_1595 = select(f32(0.0), l_1594, l_1591);
let l_362 = l_1595;
l_mut_36 = l_mut_36 / l_362;
}
let l_363 = l_4 + u32(16);
let l_364 = l_363 * u32(64);
let l_365 = l_364 + l_5;
let l_366 = l_365 + u32(16);
shared_memory_6[l_366] = l_mut_36;
let l_367 = l_mut_11 + l_5;
let l_368 = l_367 + u32(32);
l_mut_36 = f32(0.0);
let l_369 = l_314 < l_0;
let l_370 = l_368 < l_1;
let l_371 = l_369 && l_370;
if l_371 {
let l_372 = a_7[u32(6)];
let l_373 = info.scalars_f32[0] * l_372;
l_mut_35 = l_373;
let l_1596 = info.static_meta[u32(2)];
let l_1597 = l_1596 * u32(1);
let l_1598 = l_314 < l_1597;
let l_1599 = l_1597 - u32(1);
let l_1600 = min(l_314, l_1599);
let l_1601 = buffer_2_global[l_1600];
let l_1602 = select(f32(0.0), l_1601, l_1598);
let l_374 = l_1602;
let l_1603 = info.static_meta[u32(3)];
let l_1604 = l_1603 * u32(1);
let l_1605 = l_368 < l_1604;
let l_1606 = l_1604 - u32(1);
let l_1607 = min(l_368, l_1606);
let l_1608 = buffer_3_global[l_1607];
let l_1609 = select(f32(0.0), l_1608, l_1605);
let l_375 = l_1609;
let l_376 = l_374 * l_375;
l_mut_35 = l_mut_35 / l_376;
let l_377 = l_314 + info.scalars_u32[0];
let l_378 = l_368 + info.scalars_u32[1];
let l_379 = l_377 == l_378;
let l_380 = select(f32(-1.0), f32(1.0), l_379);
let l_381 = -info.scalars_f32[2];
let l_382 = l_381 * l_380;
let l_383 = l_mut_35 + info.scalars_f32[1];
let l_384 = l_380 * l_383;
let l_385 = exp(l_384);
let l_386 = f32(1.0) + l_385;
let l_387 = l_382 / l_386;
l_mut_36 = l_387;
let l_1610 = info.static_meta[u32(3)];
let l_1611 = l_1610 * u32(1);
let l_1612 = l_368 < l_1611;
let l_1613 = l_1611 - u32(1);
let l_1614 = min(l_368, l_1613);
let l_1615 = buffer_3_global[l_1614];
let l_1616 = select(f32(0.0), l_1615, l_1612);
let l_388 = l_1616;
l_mut_36 = l_mut_36 / l_388;
}
let l_389 = l_4 + u32(16);
let l_390 = l_389 * u32(64);
let l_391 = l_390 + l_5;
let l_392 = l_391 + u32(32);
shared_memory_6[l_392] = l_mut_36;
let l_393 = l_mut_11 + l_5;
let l_394 = l_393 + u32(48);
l_mut_36 = f32(0.0);
let l_395 = l_314 < l_0;
let l_396 = l_394 < l_1;
let l_397 = l_395 && l_396;
if l_397 {
let l_398 = a_7[u32(7)];
let l_399 = info.scalars_f32[0] * l_398;
l_mut_35 = l_399;
let l_1617 = info.static_meta[u32(2)];
let l_1618 = l_1617 * u32(1);
let l_1619 = l_314 < l_1618;
let l_1620 = l_1618 - u32(1);
let l_1621 = min(l_314, l_1620);
let l_1622 = buffer_2_global[l_1621];
let l_1623 = select(f32(0.0), l_1622, l_1619);
let l_400 = l_1623;
let l_1624 = info.static_meta[u32(3)];
let l_1625 = l_1624 * u32(1);
let l_1626 = l_394 < l_1625;
let l_1627 = l_1625 - u32(1);
let l_1628 = min(l_394, l_1627);
let l_1629 = buffer_3_global[l_1628];
let l_1630 = select(f32(0.0), l_1629, l_1626);
let l_401 = l_1630;
let l_402 = l_400 * l_401;
l_mut_35 = l_mut_35 / l_402;
let l_403 = l_314 + info.scalars_u32[0];
let l_404 = l_394 + info.scalars_u32[1];
let l_405 = l_403 == l_404;
let l_406 = select(f32(-1.0), f32(1.0), l_405);
let l_407 = -info.scalars_f32[2];
let l_408 = l_407 * l_406;
let l_409 = l_mut_35 + info.scalars_f32[1];
let l_410 = l_406 * l_409;
let l_411 = exp(l_410);
let l_412 = f32(1.0) + l_411;
let l_413 = l_408 / l_412;
l_mut_36 = l_413;
let l_1631 = info.static_meta[u32(3)];
let l_1632 = l_1631 * u32(1);
let l_1633 = l_394 < l_1632;
let l_1634 = l_1632 - u32(1);
let l_1635 = min(l_394, l_1634);
let l_1636 = buffer_3_global[l_1635];
let l_1637 = select(f32(0.0), l_1636, l_1633);
let l_414 = l_1637;
l_mut_36 = l_mut_36 / l_414;
}
let l_415 = l_4 + u32(16);
let l_416 = l_415 * u32(64);
let l_417 = l_416 + l_5;
let l_418 = l_417 + u32(48);
shared_memory_6[l_418] = l_mut_36;
let l_419 = l_3 + l_4;
let l_420 = l_419 + u32(32);
let l_421 = l_mut_11 + l_5;
let l_422 = l_421 + u32(0);
l_mut_36 = f32(0.0);
let l_423 = l_420 < l_0;
let l_424 = l_422 < l_1;
let l_425 = l_423 && l_424;
if l_425 {
let l_426 = a_7[u32(8)];
let l_427 = info.scalars_f32[0] * l_426;
l_mut_35 = l_427;
let l_1638 = info.static_meta[u32(2)];
let l_1639 = l_1638 * u32(1);
let l_1640 = l_420 < l_1639;
let l_1641 = l_1639 - u32(1);
let l_1642 = min(l_420, l_1641);
let l_1643 = buffer_2_global[l_1642];
let l_1644 = select(f32(0.0), l_1643, l_1640);
let l_428 = l_1644;
let l_1645 = info.static_meta[u32(3)];
let l_1646 = l_1645 * u32(1);
let l_1647 = l_422 < l_1646;
let l_1648 = l_1646 - u32(1);
let l_1649 = min(l_422, l_1648);
let l_1650 = buffer_3_global[l_1649];
let l_1651 = select(f32(0.0), l_1650, l_1647);
let l_429 = l_1651;
let l_430 = l_428 * l_429;
l_mut_35 = l_mut_35 / l_430;
let l_431 = l_420 + info.scalars_u32[0];
let l_432 = l_422 + info.scalars_u32[1];
let l_433 = l_431 == l_432;
let l_434 = select(f32(-1.0), f32(1.0), l_433);
let l_435 = -info.scalars_f32[2];
let l_436 = l_435 * l_434;
let l_437 = l_mut_35 + info.scalars_f32[1];
let l_438 = l_434 * l_437;
let l_439 = exp(l_438);
let l_440 = f32(1.0) + l_439;
let l_441 = l_436 / l_440;
l_mut_36 = l_441;
let l_1652 = info.static_meta[u32(3)];
let l_1653 = l_1652 * u32(1);
let l_1654 = l_422 < l_1653;
let l_1655 = l_1653 - u32(1);
let l_1656 = min(l_422, l_1655);
let l_1657 = buffer_3_global[l_1656];
let l_1658 = select(f32(0.0), l_1657, l_1654);
let l_442 = l_1658;
l_mut_36 = l_mut_36 / l_442;
}
let l_443 = l_4 + u32(32);
let l_444 = l_443 * u32(64);
let l_445 = l_444 + l_5;
let l_446 = l_445 + u32(0);
shared_memory_6[l_446] = l_mut_36;
let l_447 = l_mut_11 + l_5;
let l_448 = l_447 + u32(16);
l_mut_36 = f32(0.0);
let l_449 = l_420 < l_0;
let l_450 = l_448 < l_1;
let l_451 = l_449 && l_450;
if l_451 {
let l_452 = a_7[u32(9)];
let l_453 = info.scalars_f32[0] * l_452;
l_mut_35 = l_453;
let l_1659 = info.static_meta[u32(2)];
let l_1660 = l_1659 * u32(1);
let l_1661 = l_420 < l_1660;
let l_1662 = l_1660 - u32(1);
let l_1663 = min(l_420, l_1662);
let l_1664 = buffer_2_global[l_1663];
let l_1665 = select(f32(0.0), l_1664, l_1661);
let l_454 = l_1665;
let l_1666 = info.static_meta[u32(3)];
let l_1667 = l_1666 * u32(1);
let l_1668 = l_448 < l_1667;
let l_1669 = l_1667 - u32(1);
let l_1670 = min(l_448, l_1669);
let l_1671 = buffer_3_global[l_1670];
let l_1672 = select(f32(0.0), l_1671, l_1668);
let l_455 = l_1672;
let l_456 = l_454 * l_455;
l_mut_35 = l_mut_35 / l_456;
let l_457 = l_420 + info.scalars_u32[0];
let l_458 = l_448 + info.scalars_u32[1];
let l_459 = l_457 == l_458;
let l_460 = select(f32(-1.0), f32(1.0), l_459);
let l_461 = -info.scalars_f32[2];
let l_462 = l_461 * l_460;
let l_463 = l_mut_35 + info.scalars_f32[1];
let l_464 = l_460 * l_463;
let l_465 = exp(l_464);
let l_466 = f32(1.0) + l_465;
let l_467 = l_462 / l_466;
l_mut_36 = l_467;
let l_1673 = info.static_meta[u32(3)];
let l_1674 = l_1673 * u32(1);
let l_1675 = l_448 < l_1674;
let l_1676 = l_1674 - u32(1);
let l_1677 = min(l_448, l_1676);
let l_1678 = buffer_3_global[l_1677];
let l_1679 = select(f32(0.0), l_1678, l_1675);
let l_468 = l_1679;
l_mut_36 = l_mut_36 / l_468;
}
let l_469 = l_4 + u32(32);
let l_470 = l_469 * u32(64);
let l_471 = l_470 + l_5;
let l_472 = l_471 + u32(16);
shared_memory_6[l_472] = l_mut_36;
let l_473 = l_mut_11 + l_5;
let l_474 = l_473 + u32(32);
l_mut_36 = f32(0.0);
let l_475 = l_420 < l_0;
let l_476 = l_474 < l_1;
let l_477 = l_475 && l_476;
if l_477 {
let l_478 = a_7[u32(10)];
let l_479 = info.scalars_f32[0] * l_478;
l_mut_35 = l_479;
let l_1680 = info.static_meta[u32(2)];
let l_1681 = l_1680 * u32(1);
let l_1682 = l_420 < l_1681;
let l_1683 = l_1681 - u32(1);
let l_1684 = min(l_420, l_1683);
let l_1685 = buffer_2_global[l_1684];
let l_1686 = select(f32(0.0), l_1685, l_1682);
let l_480 = l_1686;
let l_1687 = info.static_meta[u32(3)];
let l_1688 = l_1687 * u32(1);
let l_1689 = l_474 < l_1688;
let l_1690 = l_1688 - u32(1);
let l_1691 = min(l_474, l_1690);
let l_1692 = buffer_3_global[l_1691];
let l_1693 = select(f32(0.0), l_1692, l_1689);
let l_481 = l_1693;
let l_482 = l_480 * l_481;
l_mut_35 = l_mut_35 / l_482;
let l_483 = l_420 + info.scalars_u32[0];
let l_484 = l_474 + info.scalars_u32[1];
let l_485 = l_483 == l_484;
let l_486 = select(f32(-1.0), f32(1.0), l_485);
let l_487 = -info.scalars_f32[2];
let l_488 = l_487 * l_486;
let l_489 = l_mut_35 + info.scalars_f32[1];
let l_490 = l_486 * l_489;
let l_491 = exp(l_490);
let l_492 = f32(1.0) + l_491;
let l_493 = l_488 / l_492;
l_mut_36 = l_493;
let l_1694 = info.static_meta[u32(3)];
let l_1695 = l_1694 * u32(1);
let l_1696 = l_474 < l_1695;
let l_1697 = l_1695 - u32(1);
let l_1698 = min(l_474, l_1697);
let l_1699 = buffer_3_global[l_1698];
let l_1700 = select(f32(0.0), l_1699, l_1696);
let l_494 = l_1700;
l_mut_36 = l_mut_36 / l_494;
}
let l_495 = l_4 + u32(32);
let l_496 = l_495 * u32(64);
let l_497 = l_496 + l_5;
let l_498 = l_497 + u32(32);
shared_memory_6[l_498] = l_mut_36;
let l_499 = l_mut_11 + l_5;
let l_500 = l_499 + u32(48);
l_mut_36 = f32(0.0);
let l_501 = l_420 < l_0;
let l_502 = l_500 < l_1;
let l_503 = l_501 && l_502;
if l_503 {
let l_504 = a_7[u32(11)];
let l_505 = info.scalars_f32[0] * l_504;
l_mut_35 = l_505;
let l_1701 = info.static_meta[u32(2)];
let l_1702 = l_1701 * u32(1);
let l_1703 = l_420 < l_1702;
let l_1704 = l_1702 - u32(1);
let l_1705 = min(l_420, l_1704);
let l_1706 = buffer_2_global[l_1705];
let l_1707 = select(f32(0.0), l_1706, l_1703);
let l_506 = l_1707;
let l_1708 = info.static_meta[u32(3)];
let l_1709 = l_1708 * u32(1);
let l_1710 = l_500 < l_1709;
let l_1711 = l_1709 - u32(1);
let l_1712 = min(l_500, l_1711);
let l_1713 = buffer_3_global[l_1712];
let l_1714 = select(f32(0.0), l_1713, l_1710);
let l_507 = l_1714;
let l_508 = l_506 * l_507;
l_mut_35 = l_mut_35 / l_508;
let l_509 = l_420 + info.scalars_u32[0];
let l_510 = l_500 + info.scalars_u32[1];
let l_511 = l_509 == l_510;
let l_512 = select(f32(-1.0), f32(1.0), l_511);
let l_513 = -info.scalars_f32[2];
let l_514 = l_513 * l_512;
let l_515 = l_mut_35 + info.scalars_f32[1];
let l_516 = l_512 * l_515;
let l_517 = exp(l_516);
let l_518 = f32(1.0) + l_517;
let l_519 = l_514 / l_518;
l_mut_36 = l_519;
let l_1715 = info.static_meta[u32(3)];
let l_1716 = l_1715 * u32(1);
let l_1717 = l_500 < l_1716;
let l_1718 = l_1716 - u32(1);
let l_1719 = min(l_500, l_1718);
let l_1720 = buffer_3_global[l_1719];
let l_1721 = select(f32(0.0), l_1720, l_1717);
let l_520 = l_1721;
l_mut_36 = l_mut_36 / l_520;
}
let l_521 = l_4 + u32(32);
let l_522 = l_521 * u32(64);
let l_523 = l_522 + l_5;
let l_524 = l_523 + u32(48);
shared_memory_6[l_524] = l_mut_36;
let l_525 = l_3 + l_4;
let l_526 = l_525 + u32(48);
let l_527 = l_mut_11 + l_5;
let l_528 = l_527 + u32(0);
l_mut_36 = f32(0.0);
let l_529 = l_526 < l_0;
let l_530 = l_528 < l_1;
let l_531 = l_529 && l_530;
if l_531 {
let l_532 = a_7[u32(12)];
let l_533 = info.scalars_f32[0] * l_532;
l_mut_35 = l_533;
let l_1722 = info.static_meta[u32(2)];
let l_1723 = l_1722 * u32(1);
let l_1724 = l_526 < l_1723;
let l_1725 = l_1723 - u32(1);
let l_1726 = min(l_526, l_1725);
let l_1727 = buffer_2_global[l_1726];
let l_1728 = select(f32(0.0), l_1727, l_1724);
let l_534 = l_1728;
let l_1729 = info.static_meta[u32(3)];
let l_1730 = l_1729 * u32(1);
let l_1731 = l_528 < l_1730;
let l_1732 = l_1730 - u32(1);
let l_1733 = min(l_528, l_1732);
let l_1734 = buffer_3_global[l_1733];
let l_1735 = select(f32(0.0), l_1734, l_1731);
let l_535 = l_1735;
let l_536 = l_534 * l_535;
l_mut_35 = l_mut_35 / l_536;
let l_537 = l_526 + info.scalars_u32[0];
let l_538 = l_528 + info.scalars_u32[1];
let l_539 = l_537 == l_538;
let l_540 = select(f32(-1.0), f32(1.0), l_539);
let l_541 = -info.scalars_f32[2];
let l_542 = l_541 * l_540;
let l_543 = l_mut_35 + info.scalars_f32[1];
let l_544 = l_540 * l_543;
let l_545 = exp(l_544);
let l_546 = f32(1.0) + l_545;
let l_547 = l_542 / l_546;
l_mut_36 = l_547;
let l_1736 = info.static_meta[u32(3)];
let l_1737 = l_1736 * u32(1);
let l_1738 = l_528 < l_1737;
let l_1739 = l_1737 - u32(1);
let l_1740 = min(l_528, l_1739);
let l_1741 = buffer_3_global[l_1740];
let l_1742 = select(f32(0.0), l_1741, l_1738);
let l_548 = l_1742;
l_mut_36 = l_mut_36 / l_548;
}
let l_549 = l_4 + u32(48);
let l_550 = l_549 * u32(64);
let l_551 = l_550 + l_5;
let l_552 = l_551 + u32(0);
shared_memory_6[l_552] = l_mut_36;
let l_553 = l_mut_11 + l_5;
let l_554 = l_553 + u32(16);
l_mut_36 = f32(0.0);
let l_555 = l_526 < l_0;
let l_556 = l_554 < l_1;
let l_557 = l_555 && l_556;
if l_557 {
let l_558 = a_7[u32(13)];
let l_559 = info.scalars_f32[0] * l_558;
l_mut_35 = l_559;
let l_1743 = info.static_meta[u32(2)];
let l_1744 = l_1743 * u32(1);
let l_1745 = l_526 < l_1744;
let l_1746 = l_1744 - u32(1);
let l_1747 = min(l_526, l_1746);
let l_1748 = buffer_2_global[l_1747];
let l_1749 = select(f32(0.0), l_1748, l_1745);
let l_560 = l_1749;
let l_1750 = info.static_meta[u32(3)];
let l_1751 = l_1750 * u32(1);
let l_1752 = l_554 < l_1751;
let l_1753 = l_1751 - u32(1);
let l_1754 = min(l_554, l_1753);
let l_1755 = buffer_3_global[l_1754];
let l_1756 = select(f32(0.0), l_1755, l_1752);
let l_561 = l_1756;
let l_562 = l_560 * l_561;
l_mut_35 = l_mut_35 / l_562;
let l_563 = l_526 + info.scalars_u32[0];
let l_564 = l_554 + info.scalars_u32[1];
let l_565 = l_563 == l_564;
let l_566 = select(f32(-1.0), f32(1.0), l_565);
let l_567 = -info.scalars_f32[2];
let l_568 = l_567 * l_566;
let l_569 = l_mut_35 + info.scalars_f32[1];
let l_570 = l_566 * l_569;
let l_571 = exp(l_570);
let l_572 = f32(1.0) + l_571;
let l_573 = l_568 / l_572;
l_mut_36 = l_573;
let l_1757 = info.static_meta[u32(3)];
let l_1758 = l_1757 * u32(1);
let l_1759 = l_554 < l_1758;
let l_1760 = l_1758 - u32(1);
let l_1761 = min(l_554, l_1760);
let l_1762 = buffer_3_global[l_1761];
let l_1763 = select(f32(0.0), l_1762, l_1759);
let l_574 = l_1763;
l_mut_36 = l_mut_36 / l_574;
}
let l_575 = l_4 + u32(48);
let l_576 = l_575 * u32(64);
let l_577 = l_576 + l_5;
let l_578 = l_577 + u32(16);
shared_memory_6[l_578] = l_mut_36;
let l_579 = l_mut_11 + l_5;
let l_580 = l_579 + u32(32);
l_mut_36 = f32(0.0);
let l_581 = l_526 < l_0;
let l_582 = l_580 < l_1;
let l_583 = l_581 && l_582;
if l_583 {
let l_584 = a_7[u32(14)];
let l_585 = info.scalars_f32[0] * l_584;
l_mut_35 = l_585;
let l_1764 = info.static_meta[u32(2)];
let l_1765 = l_1764 * u32(1);
let l_1766 = l_526 < l_1765;
let l_1767 = l_1765 - u32(1);
let l_1768 = min(l_526, l_1767);
let l_1769 = buffer_2_global[l_1768];
let l_1770 = select(f32(0.0), l_1769, l_1766);
let l_586 = l_1770;
let l_1771 = info.static_meta[u32(3)];
let l_1772 = l_1771 * u32(1);
let l_1773 = l_580 < l_1772;
let l_1774 = l_1772 - u32(1);
let l_1775 = min(l_580, l_1774);
let l_1776 = buffer_3_global[l_1775];
let l_1777 = select(f32(0.0), l_1776, l_1773);
let l_587 = l_1777;
let l_588 = l_586 * l_587;
l_mut_35 = l_mut_35 / l_588;
let l_589 = l_526 + info.scalars_u32[0];
let l_590 = l_580 + info.scalars_u32[1];
let l_591 = l_589 == l_590;
let l_592 = select(f32(-1.0), f32(1.0), l_591);
let l_593 = -info.scalars_f32[2];
let l_594 = l_593 * l_592;
let l_595 = l_mut_35 + info.scalars_f32[1];
let l_596 = l_592 * l_595;
let l_597 = exp(l_596);
let l_598 = f32(1.0) + l_597;
let l_599 = l_594 / l_598;
l_mut_36 = l_599;
let l_1778 = info.static_meta[u32(3)];
let l_1779 = l_1778 * u32(1);
let l_1780 = l_580 < l_1779;
let l_1781 = l_1779 - u32(1);
let l_1782 = min(l_580, l_1781);
let l_1783 = buffer_3_global[l_1782];
let l_1784 = select(f32(0.0), l_1783, l_1780);
let l_600 = l_1784;
l_mut_36 = l_mut_36 / l_600;
}
let l_601 = l_4 + u32(48);
let l_602 = l_601 * u32(64);
let l_603 = l_602 + l_5;
let l_604 = l_603 + u32(32);
shared_memory_6[l_604] = l_mut_36;
let l_605 = l_mut_11 + l_5;
let l_606 = l_605 + u32(48);
l_mut_36 = f32(0.0);
let l_607 = l_526 < l_0;
let l_608 = l_606 < l_1;
let l_609 = l_607 && l_608;
if l_609 {
let l_610 = a_7[u32(15)];
let l_611 = info.scalars_f32[0] * l_610;
l_mut_35 = l_611;
let l_1785 = info.static_meta[u32(2)];
let l_1786 = l_1785 * u32(1);
let l_1787 = l_526 < l_1786;
let l_1788 = l_1786 - u32(1);
let l_1789 = min(l_526, l_1788);
let l_1790 = buffer_2_global[l_1789];
let l_1791 = select(f32(0.0), l_1790, l_1787);
let l_612 = l_1791;
let l_1792 = info.static_meta[u32(3)];
let l_1793 = l_1792 * u32(1);
let l_1794 = l_606 < l_1793;
let l_1795 = l_1793 - u32(1);
let l_1796 = min(l_606, l_1795);
let l_1797 = buffer_3_global[l_1796];
let l_1798 = select(f32(0.0), l_1797, l_1794);
let l_613 = l_1798;
let l_614 = l_612 * l_613;
l_mut_35 = l_mut_35 / l_614;
let l_615 = l_526 + info.scalars_u32[0];
let l_616 = l_606 + info.scalars_u32[1];
let l_617 = l_615 == l_616;
let l_618 = select(f32(-1.0), f32(1.0), l_617);
let l_619 = -info.scalars_f32[2];
let l_620 = l_619 * l_618;
let l_621 = l_mut_35 + info.scalars_f32[1];
let l_622 = l_618 * l_621;
let l_623 = exp(l_622);
let l_624 = f32(1.0) + l_623;
let l_625 = l_620 / l_624;
l_mut_36 = l_625;
let l_1799 = info.static_meta[u32(3)];
let l_1800 = l_1799 * u32(1);
let l_1801 = l_606 < l_1800;
let l_1802 = l_1800 - u32(1);
let l_1803 = min(l_606, l_1802);
let l_1804 = buffer_3_global[l_1803];
let l_1805 = select(f32(0.0), l_1804, l_1801);
let l_626 = l_1805;
l_mut_36 = l_mut_36 / l_626;
}
let l_627 = l_4 + u32(48);
let l_628 = l_627 * u32(64);
let l_629 = l_628 + l_5;
let l_630 = l_629 + u32(48);
shared_memory_6[l_630] = l_mut_36;
workgroupBarrier();
let l_631 = l_1 - l_mut_11;
let l_632 = min(u32(64), l_631);

for (var l_mut_633: u32 = u32(0); l_mut_633 < u32(64); l_mut_633++) {
let l_634 = l_3 + l_mut_633;
let l_635 = l_634 < l_0;
if l_635 {
l_mut_27 = local_idx;
loop {
let l_636 = l_mut_27 < l_2;
let l_637 = !l_636;
if l_637 {
break;
}
l_mut_36 = f32(0.0);
let l_638 = u32(0) < l_632;
if l_638 {
let l_639 = l_mut_633 * u32(64);
let l_640 = l_639 + u32(0);
let l_641 = shared_memory_6[l_640];
let l_642 = l_mut_11 + u32(0);
let l_643 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_644 = l_642 * l_643;
let l_645 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_646 = l_mut_27 * l_645;
let l_647 = l_644 + l_646;
let l_1816 = info.static_meta[u32(1)];
let l_1817 = l_1816 * u32(1);
let l_1818 = l_647 < l_1817;
let l_1819 = l_1817 - u32(1);
let l_1820 = min(l_647, l_1819);
let l_1821 = buffer_1_global[l_1820];
let l_1822 = select(f32(0.0), l_1821, l_1818);
let l_648 = l_1822;
let l_649 = l_641 * l_648;
l_mut_36 = l_mut_36 + l_649;
}
let l_650 = u32(1) < l_632;
if l_650 {
let l_651 = l_mut_633 * u32(64);
let l_652 = l_651 + u32(1);
let l_653 = shared_memory_6[l_652];
let l_654 = l_mut_11 + u32(1);
let l_655 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_656 = l_654 * l_655;
let l_657 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_658 = l_mut_27 * l_657;
let l_659 = l_656 + l_658;
let l_1823 = info.static_meta[u32(1)];
let l_1824 = l_1823 * u32(1);
let l_1825 = l_659 < l_1824;
let l_1826 = l_1824 - u32(1);
let l_1827 = min(l_659, l_1826);
let l_1828 = buffer_1_global[l_1827];
let l_1829 = select(f32(0.0), l_1828, l_1825);
let l_660 = l_1829;
let l_661 = l_653 * l_660;
l_mut_36 = l_mut_36 + l_661;
}
let l_662 = u32(2) < l_632;
if l_662 {
let l_663 = l_mut_633 * u32(64);
let l_664 = l_663 + u32(2);
let l_665 = shared_memory_6[l_664];
let l_666 = l_mut_11 + u32(2);
let l_667 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_668 = l_666 * l_667;
let l_669 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_670 = l_mut_27 * l_669;
let l_671 = l_668 + l_670;
let l_1830 = info.static_meta[u32(1)];
let l_1831 = l_1830 * u32(1);
let l_1832 = l_671 < l_1831;
let l_1833 = l_1831 - u32(1);
let l_1834 = min(l_671, l_1833);
let l_1835 = buffer_1_global[l_1834];
let l_1836 = select(f32(0.0), l_1835, l_1832);
let l_672 = l_1836;
let l_673 = l_665 * l_672;
l_mut_36 = l_mut_36 + l_673;
}
let l_674 = u32(3) < l_632;
if l_674 {
let l_675 = l_mut_633 * u32(64);
let l_676 = l_675 + u32(3);
let l_677 = shared_memory_6[l_676];
let l_678 = l_mut_11 + u32(3);
let l_679 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_680 = l_678 * l_679;
let l_681 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_682 = l_mut_27 * l_681;
let l_683 = l_680 + l_682;
let l_1837 = info.static_meta[u32(1)];
let l_1838 = l_1837 * u32(1);
let l_1839 = l_683 < l_1838;
let l_1840 = l_1838 - u32(1);
let l_1841 = min(l_683, l_1840);
let l_1842 = buffer_1_global[l_1841];
let l_1843 = select(f32(0.0), l_1842, l_1839);
let l_684 = l_1843;
let l_685 = l_677 * l_684;
l_mut_36 = l_mut_36 + l_685;
}
let l_686 = u32(4) < l_632;
if l_686 {
let l_687 = l_mut_633 * u32(64);
let l_688 = l_687 + u32(4);
let l_689 = shared_memory_6[l_688];
let l_690 = l_mut_11 + u32(4);
let l_691 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_692 = l_690 * l_691;
let l_693 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_694 = l_mut_27 * l_693;
let l_695 = l_692 + l_694;
let l_1844 = info.static_meta[u32(1)];
let l_1845 = l_1844 * u32(1);
let l_1846 = l_695 < l_1845;
let l_1847 = l_1845 - u32(1);
let l_1848 = min(l_695, l_1847);
let l_1849 = buffer_1_global[l_1848];
let l_1850 = select(f32(0.0), l_1849, l_1846);
let l_696 = l_1850;
let l_697 = l_689 * l_696;
l_mut_36 = l_mut_36 + l_697;
}
let l_698 = u32(5) < l_632;
if l_698 {
let l_699 = l_mut_633 * u32(64);
let l_700 = l_699 + u32(5);
let l_701 = shared_memory_6[l_700];
let l_702 = l_mut_11 + u32(5);
let l_703 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_704 = l_702 * l_703;
let l_705 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_706 = l_mut_27 * l_705;
let l_707 = l_704 + l_706;
let l_1851 = info.static_meta[u32(1)];
let l_1852 = l_1851 * u32(1);
let l_1853 = l_707 < l_1852;
let l_1854 = l_1852 - u32(1);
let l_1855 = min(l_707, l_1854);
let l_1856 = buffer_1_global[l_1855];
let l_1857 = select(f32(0.0), l_1856, l_1853);
let l_708 = l_1857;
let l_709 = l_701 * l_708;
l_mut_36 = l_mut_36 + l_709;
}
let l_710 = u32(6) < l_632;
if l_710 {
let l_711 = l_mut_633 * u32(64);
let l_712 = l_711 + u32(6);
let l_713 = shared_memory_6[l_712];
let l_714 = l_mut_11 + u32(6);
let l_715 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_716 = l_714 * l_715;
let l_717 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_718 = l_mut_27 * l_717;
let l_719 = l_716 + l_718;
let l_1858 = info.static_meta[u32(1)];
let l_1859 = l_1858 * u32(1);
let l_1860 = l_719 < l_1859;
let l_1861 = l_1859 - u32(1);
let l_1862 = min(l_719, l_1861);
let l_1863 = buffer_1_global[l_1862];
let l_1864 = select(f32(0.0), l_1863, l_1860);
let l_720 = l_1864;
let l_721 = l_713 * l_720;
l_mut_36 = l_mut_36 + l_721;
}
let l_722 = u32(7) < l_632;
if l_722 {
let l_723 = l_mut_633 * u32(64);
let l_724 = l_723 + u32(7);
let l_725 = shared_memory_6[l_724];
let l_726 = l_mut_11 + u32(7);
let l_727 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_728 = l_726 * l_727;
let l_729 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_730 = l_mut_27 * l_729;
let l_731 = l_728 + l_730;
let l_1865 = info.static_meta[u32(1)];
let l_1866 = l_1865 * u32(1);
let l_1867 = l_731 < l_1866;
let l_1868 = l_1866 - u32(1);
let l_1869 = min(l_731, l_1868);
let l_1870 = buffer_1_global[l_1869];
let l_1871 = select(f32(0.0), l_1870, l_1867);
let l_732 = l_1871;
let l_733 = l_725 * l_732;
l_mut_36 = l_mut_36 + l_733;
}
let l_734 = u32(8) < l_632;
if l_734 {
let l_735 = l_mut_633 * u32(64);
let l_736 = l_735 + u32(8);
let l_737 = shared_memory_6[l_736];
let l_738 = l_mut_11 + u32(8);
let l_739 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_740 = l_738 * l_739;
let l_741 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_742 = l_mut_27 * l_741;
let l_743 = l_740 + l_742;
let l_1872 = info.static_meta[u32(1)];
let l_1873 = l_1872 * u32(1);
let l_1874 = l_743 < l_1873;
let l_1875 = l_1873 - u32(1);
let l_1876 = min(l_743, l_1875);
let l_1877 = buffer_1_global[l_1876];
let l_1878 = select(f32(0.0), l_1877, l_1874);
let l_744 = l_1878;
let l_745 = l_737 * l_744;
l_mut_36 = l_mut_36 + l_745;
}
let l_746 = u32(9) < l_632;
if l_746 {
let l_747 = l_mut_633 * u32(64);
let l_748 = l_747 + u32(9);
let l_749 = shared_memory_6[l_748];
let l_750 = l_mut_11 + u32(9);
let l_751 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_752 = l_750 * l_751;
let l_753 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_754 = l_mut_27 * l_753;
let l_755 = l_752 + l_754;
let l_1879 = info.static_meta[u32(1)];
let l_1880 = l_1879 * u32(1);
let l_1881 = l_755 < l_1880;
let l_1882 = l_1880 - u32(1);
let l_1883 = min(l_755, l_1882);
let l_1884 = buffer_1_global[l_1883];
let l_1885 = select(f32(0.0), l_1884, l_1881);
let l_756 = l_1885;
let l_757 = l_749 * l_756;
l_mut_36 = l_mut_36 + l_757;
}
let l_758 = u32(10) < l_632;
if l_758 {
let l_759 = l_mut_633 * u32(64);
let l_760 = l_759 + u32(10);
let l_761 = shared_memory_6[l_760];
let l_762 = l_mut_11 + u32(10);
let l_763 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_764 = l_762 * l_763;
let l_765 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_766 = l_mut_27 * l_765;
let l_767 = l_764 + l_766;
let l_1886 = info.static_meta[u32(1)];
let l_1887 = l_1886 * u32(1);
let l_1888 = l_767 < l_1887;
let l_1889 = l_1887 - u32(1);
let l_1890 = min(l_767, l_1889);
let l_1891 = buffer_1_global[l_1890];
let l_1892 = select(f32(0.0), l_1891, l_1888);
let l_768 = l_1892;
let l_769 = l_761 * l_768;
l_mut_36 = l_mut_36 + l_769;
}
let l_770 = u32(11) < l_632;
if l_770 {
let l_771 = l_mut_633 * u32(64);
let l_772 = l_771 + u32(11);
let l_773 = shared_memory_6[l_772];
let l_774 = l_mut_11 + u32(11);
let l_775 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_776 = l_774 * l_775;
let l_777 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_778 = l_mut_27 * l_777;
let l_779 = l_776 + l_778;
let l_1893 = info.static_meta[u32(1)];
let l_1894 = l_1893 * u32(1);
let l_1895 = l_779 < l_1894;
let l_1896 = l_1894 - u32(1);
let l_1897 = min(l_779, l_1896);
let l_1898 = buffer_1_global[l_1897];
let l_1899 = select(f32(0.0), l_1898, l_1895);
let l_780 = l_1899;
let l_781 = l_773 * l_780;
l_mut_36 = l_mut_36 + l_781;
}
let l_782 = u32(12) < l_632;
if l_782 {
let l_783 = l_mut_633 * u32(64);
let l_784 = l_783 + u32(12);
let l_785 = shared_memory_6[l_784];
let l_786 = l_mut_11 + u32(12);
let l_787 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_788 = l_786 * l_787;
let l_789 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_790 = l_mut_27 * l_789;
let l_791 = l_788 + l_790;
let l_1900 = info.static_meta[u32(1)];
let l_1901 = l_1900 * u32(1);
let l_1902 = l_791 < l_1901;
let l_1903 = l_1901 - u32(1);
let l_1904 = min(l_791, l_1903);
let l_1905 = buffer_1_global[l_1904];
let l_1906 = select(f32(0.0), l_1905, l_1902);
let l_792 = l_1906;
let l_793 = l_785 * l_792;
l_mut_36 = l_mut_36 + l_793;
}
let l_794 = u32(13) < l_632;
if l_794 {
let l_795 = l_mut_633 * u32(64);
let l_796 = l_795 + u32(13);
let l_797 = shared_memory_6[l_796];
let l_798 = l_mut_11 + u32(13);
let l_799 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_800 = l_798 * l_799;
let l_801 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_802 = l_mut_27 * l_801;
let l_803 = l_800 + l_802;
let l_1907 = info.static_meta[u32(1)];
let l_1908 = l_1907 * u32(1);
let l_1909 = l_803 < l_1908;
let l_1910 = l_1908 - u32(1);
let l_1911 = min(l_803, l_1910);
let l_1912 = buffer_1_global[l_1911];
let l_1913 = select(f32(0.0), l_1912, l_1909);
let l_804 = l_1913;
let l_805 = l_797 * l_804;
l_mut_36 = l_mut_36 + l_805;
}
let l_806 = u32(14) < l_632;
if l_806 {
let l_807 = l_mut_633 * u32(64);
let l_808 = l_807 + u32(14);
let l_809 = shared_memory_6[l_808];
let l_810 = l_mut_11 + u32(14);
let l_811 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_812 = l_810 * l_811;
let l_813 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_814 = l_mut_27 * l_813;
let l_815 = l_812 + l_814;
let l_1914 = info.static_meta[u32(1)];
let l_1915 = l_1914 * u32(1);
let l_1916 = l_815 < l_1915;
let l_1917 = l_1915 - u32(1);
let l_1918 = min(l_815, l_1917);
let l_1919 = buffer_1_global[l_1918];
let l_1920 = select(f32(0.0), l_1919, l_1916);
let l_816 = l_1920;
let l_817 = l_809 * l_816;
l_mut_36 = l_mut_36 + l_817;
}
let l_818 = u32(15) < l_632;
if l_818 {
let l_819 = l_mut_633 * u32(64);
let l_820 = l_819 + u32(15);
let l_821 = shared_memory_6[l_820];
let l_822 = l_mut_11 + u32(15);
let l_823 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_824 = l_822 * l_823;
let l_825 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_826 = l_mut_27 * l_825;
let l_827 = l_824 + l_826;
let l_1921 = info.static_meta[u32(1)];
let l_1922 = l_1921 * u32(1);
let l_1923 = l_827 < l_1922;
let l_1924 = l_1922 - u32(1);
let l_1925 = min(l_827, l_1924);
let l_1926 = buffer_1_global[l_1925];
let l_1927 = select(f32(0.0), l_1926, l_1923);
let l_828 = l_1927;
let l_829 = l_821 * l_828;
l_mut_36 = l_mut_36 + l_829;
}
let l_830 = u32(16) < l_632;
if l_830 {
let l_831 = l_mut_633 * u32(64);
let l_832 = l_831 + u32(16);
let l_833 = shared_memory_6[l_832];
let l_834 = l_mut_11 + u32(16);
let l_835 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_836 = l_834 * l_835;
let l_837 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_838 = l_mut_27 * l_837;
let l_839 = l_836 + l_838;
let l_1928 = info.static_meta[u32(1)];
let l_1929 = l_1928 * u32(1);
let l_1930 = l_839 < l_1929;
let l_1931 = l_1929 - u32(1);
let l_1932 = min(l_839, l_1931);
let l_1933 = buffer_1_global[l_1932];
let l_1934 = select(f32(0.0), l_1933, l_1930);
let l_840 = l_1934;
let l_841 = l_833 * l_840;
l_mut_36 = l_mut_36 + l_841;
}
let l_842 = u32(17) < l_632;
if l_842 {
let l_843 = l_mut_633 * u32(64);
let l_844 = l_843 + u32(17);
let l_845 = shared_memory_6[l_844];
let l_846 = l_mut_11 + u32(17);
let l_847 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_848 = l_846 * l_847;
let l_849 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_850 = l_mut_27 * l_849;
let l_851 = l_848 + l_850;
let l_1935 = info.static_meta[u32(1)];
let l_1936 = l_1935 * u32(1);
let l_1937 = l_851 < l_1936;
let l_1938 = l_1936 - u32(1);
let l_1939 = min(l_851, l_1938);
let l_1940 = buffer_1_global[l_1939];
let l_1941 = select(f32(0.0), l_1940, l_1937);
let l_852 = l_1941;
let l_853 = l_845 * l_852;
l_mut_36 = l_mut_36 + l_853;
}
let l_854 = u32(18) < l_632;
if l_854 {
let l_855 = l_mut_633 * u32(64);
let l_856 = l_855 + u32(18);
let l_857 = shared_memory_6[l_856];
let l_858 = l_mut_11 + u32(18);
let l_859 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_860 = l_858 * l_859;
let l_861 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_862 = l_mut_27 * l_861;
let l_863 = l_860 + l_862;
let l_1942 = info.static_meta[u32(1)];
let l_1943 = l_1942 * u32(1);
let l_1944 = l_863 < l_1943;
let l_1945 = l_1943 - u32(1);
let l_1946 = min(l_863, l_1945);
let l_1947 = buffer_1_global[l_1946];
let l_1948 = select(f32(0.0), l_1947, l_1944);
let l_864 = l_1948;
let l_865 = l_857 * l_864;
l_mut_36 = l_mut_36 + l_865;
}
let l_866 = u32(19) < l_632;
if l_866 {
let l_867 = l_mut_633 * u32(64);
let l_868 = l_867 + u32(19);
let l_869 = shared_memory_6[l_868];
let l_870 = l_mut_11 + u32(19);
let l_871 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_872 = l_870 * l_871;
let l_873 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_874 = l_mut_27 * l_873;
let l_875 = l_872 + l_874;
let l_1949 = info.static_meta[u32(1)];
let l_1950 = l_1949 * u32(1);
let l_1951 = l_875 < l_1950;
let l_1952 = l_1950 - u32(1);
let l_1953 = min(l_875, l_1952);
let l_1954 = buffer_1_global[l_1953];
let l_1955 = select(f32(0.0), l_1954, l_1951);
let l_876 = l_1955;
let l_877 = l_869 * l_876;
l_mut_36 = l_mut_36 + l_877;
}
let l_878 = u32(20) < l_632;
if l_878 {
let l_879 = l_mut_633 * u32(64);
let l_880 = l_879 + u32(20);
let l_881 = shared_memory_6[l_880];
let l_882 = l_mut_11 + u32(20);
let l_883 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_884 = l_882 * l_883;
let l_885 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_886 = l_mut_27 * l_885;
let l_887 = l_884 + l_886;
let l_1956 = info.static_meta[u32(1)];
let l_1957 = l_1956 * u32(1);
let l_1958 = l_887 < l_1957;
let l_1959 = l_1957 - u32(1);
let l_1960 = min(l_887, l_1959);
let l_1961 = buffer_1_global[l_1960];
let l_1962 = select(f32(0.0), l_1961, l_1958);
let l_888 = l_1962;
let l_889 = l_881 * l_888;
l_mut_36 = l_mut_36 + l_889;
}
let l_890 = u32(21) < l_632;
if l_890 {
let l_891 = l_mut_633 * u32(64);
let l_892 = l_891 + u32(21);
let l_893 = shared_memory_6[l_892];
let l_894 = l_mut_11 + u32(21);
let l_895 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_896 = l_894 * l_895;
let l_897 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_898 = l_mut_27 * l_897;
let l_899 = l_896 + l_898;
let l_1963 = info.static_meta[u32(1)];
let l_1964 = l_1963 * u32(1);
let l_1965 = l_899 < l_1964;
let l_1966 = l_1964 - u32(1);
let l_1967 = min(l_899, l_1966);
let l_1968 = buffer_1_global[l_1967];
let l_1969 = select(f32(0.0), l_1968, l_1965);
let l_900 = l_1969;
let l_901 = l_893 * l_900;
l_mut_36 = l_mut_36 + l_901;
}
let l_902 = u32(22) < l_632;
if l_902 {
let l_903 = l_mut_633 * u32(64);
let l_904 = l_903 + u32(22);
let l_905 = shared_memory_6[l_904];
let l_906 = l_mut_11 + u32(22);
let l_907 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_908 = l_906 * l_907;
let l_909 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_910 = l_mut_27 * l_909;
let l_911 = l_908 + l_910;
let l_1970 = info.static_meta[u32(1)];
let l_1971 = l_1970 * u32(1);
let l_1972 = l_911 < l_1971;
let l_1973 = l_1971 - u32(1);
let l_1974 = min(l_911, l_1973);
let l_1975 = buffer_1_global[l_1974];
let l_1976 = select(f32(0.0), l_1975, l_1972);
let l_912 = l_1976;
let l_913 = l_905 * l_912;
l_mut_36 = l_mut_36 + l_913;
}
let l_914 = u32(23) < l_632;
if l_914 {
let l_915 = l_mut_633 * u32(64);
let l_916 = l_915 + u32(23);
let l_917 = shared_memory_6[l_916];
let l_918 = l_mut_11 + u32(23);
let l_919 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_920 = l_918 * l_919;
let l_921 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_922 = l_mut_27 * l_921;
let l_923 = l_920 + l_922;
let l_1977 = info.static_meta[u32(1)];
let l_1978 = l_1977 * u32(1);
let l_1979 = l_923 < l_1978;
let l_1980 = l_1978 - u32(1);
let l_1981 = min(l_923, l_1980);
let l_1982 = buffer_1_global[l_1981];
let l_1983 = select(f32(0.0), l_1982, l_1979);
let l_924 = l_1983;
let l_925 = l_917 * l_924;
l_mut_36 = l_mut_36 + l_925;
}
let l_926 = u32(24) < l_632;
if l_926 {
let l_927 = l_mut_633 * u32(64);
let l_928 = l_927 + u32(24);
let l_929 = shared_memory_6[l_928];
let l_930 = l_mut_11 + u32(24);
let l_931 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_932 = l_930 * l_931;
let l_933 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_934 = l_mut_27 * l_933;
let l_935 = l_932 + l_934;
let l_1984 = info.static_meta[u32(1)];
let l_1985 = l_1984 * u32(1);
let l_1986 = l_935 < l_1985;
let l_1987 = l_1985 - u32(1);
let l_1988 = min(l_935, l_1987);
let l_1989 = buffer_1_global[l_1988];
let l_1990 = select(f32(0.0), l_1989, l_1986);
let l_936 = l_1990;
let l_937 = l_929 * l_936;
l_mut_36 = l_mut_36 + l_937;
}
let l_938 = u32(25) < l_632;
if l_938 {
let l_939 = l_mut_633 * u32(64);
let l_940 = l_939 + u32(25);
let l_941 = shared_memory_6[l_940];
let l_942 = l_mut_11 + u32(25);
let l_943 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_944 = l_942 * l_943;
let l_945 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_946 = l_mut_27 * l_945;
let l_947 = l_944 + l_946;
let l_1991 = info.static_meta[u32(1)];
let l_1992 = l_1991 * u32(1);
let l_1993 = l_947 < l_1992;
let l_1994 = l_1992 - u32(1);
let l_1995 = min(l_947, l_1994);
let l_1996 = buffer_1_global[l_1995];
let l_1997 = select(f32(0.0), l_1996, l_1993);
let l_948 = l_1997;
let l_949 = l_941 * l_948;
l_mut_36 = l_mut_36 + l_949;
}
let l_950 = u32(26) < l_632;
if l_950 {
let l_951 = l_mut_633 * u32(64);
let l_952 = l_951 + u32(26);
let l_953 = shared_memory_6[l_952];
let l_954 = l_mut_11 + u32(26);
let l_955 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_956 = l_954 * l_955;
let l_957 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_958 = l_mut_27 * l_957;
let l_959 = l_956 + l_958;
let l_1998 = info.static_meta[u32(1)];
let l_1999 = l_1998 * u32(1);
let l_2000 = l_959 < l_1999;
let l_2001 = l_1999 - u32(1);
let l_2002 = min(l_959, l_2001);
let l_2003 = buffer_1_global[l_2002];
let l_2004 = select(f32(0.0), l_2003, l_2000);
let l_960 = l_2004;
let l_961 = l_953 * l_960;
l_mut_36 = l_mut_36 + l_961;
}
let l_962 = u32(27) < l_632;
if l_962 {
let l_963 = l_mut_633 * u32(64);
let l_964 = l_963 + u32(27);
let l_965 = shared_memory_6[l_964];
let l_966 = l_mut_11 + u32(27);
let l_967 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_968 = l_966 * l_967;
let l_969 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_970 = l_mut_27 * l_969;
let l_971 = l_968 + l_970;
let l_2005 = info.static_meta[u32(1)];
let l_2006 = l_2005 * u32(1);
let l_2007 = l_971 < l_2006;
let l_2008 = l_2006 - u32(1);
let l_2009 = min(l_971, l_2008);
let l_2010 = buffer_1_global[l_2009];
let l_2011 = select(f32(0.0), l_2010, l_2007);
let l_972 = l_2011;
let l_973 = l_965 * l_972;
l_mut_36 = l_mut_36 + l_973;
}
let l_974 = u32(28) < l_632;
if l_974 {
let l_975 = l_mut_633 * u32(64);
let l_976 = l_975 + u32(28);
let l_977 = shared_memory_6[l_976];
let l_978 = l_mut_11 + u32(28);
let l_979 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_980 = l_978 * l_979;
let l_981 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_982 = l_mut_27 * l_981;
let l_983 = l_980 + l_982;
let l_2012 = info.static_meta[u32(1)];
let l_2013 = l_2012 * u32(1);
let l_2014 = l_983 < l_2013;
let l_2015 = l_2013 - u32(1);
let l_2016 = min(l_983, l_2015);
let l_2017 = buffer_1_global[l_2016];
let l_2018 = select(f32(0.0), l_2017, l_2014);
let l_984 = l_2018;
let l_985 = l_977 * l_984;
l_mut_36 = l_mut_36 + l_985;
}
let l_986 = u32(29) < l_632;
if l_986 {
let l_987 = l_mut_633 * u32(64);
let l_988 = l_987 + u32(29);
let l_989 = shared_memory_6[l_988];
let l_990 = l_mut_11 + u32(29);
let l_991 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_992 = l_990 * l_991;
let l_993 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_994 = l_mut_27 * l_993;
let l_995 = l_992 + l_994;
let l_2019 = info.static_meta[u32(1)];
let l_2020 = l_2019 * u32(1);
let l_2021 = l_995 < l_2020;
let l_2022 = l_2020 - u32(1);
let l_2023 = min(l_995, l_2022);
let l_2024 = buffer_1_global[l_2023];
let l_2025 = select(f32(0.0), l_2024, l_2021);
let l_996 = l_2025;
let l_997 = l_989 * l_996;
l_mut_36 = l_mut_36 + l_997;
}
let l_998 = u32(30) < l_632;
if l_998 {
let l_999 = l_mut_633 * u32(64);
let l_1000 = l_999 + u32(30);
let l_1001 = shared_memory_6[l_1000];
let l_1002 = l_mut_11 + u32(30);
let l_1003 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_1004 = l_1002 * l_1003;
let l_1005 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_1006 = l_mut_27 * l_1005;
let l_1007 = l_1004 + l_1006;
let l_2026 = info.static_meta[u32(1)];
let l_2027 = l_2026 * u32(1);
let l_2028 = l_1007 < l_2027;
let l_2029 = l_2027 - u32(1);
let l_2030 = min(l_1007, l_2029);
let l_2031 = buffer_1_global[l_2030];
let l_2032 = select(f32(0.0), l_2031, l_2028);
let l_1008 = l_2032;
let l_1009 = l_1001 * l_1008;
l_mut_36 = l_mut_36 + l_1009;
}
let l_1010 = u32(31) < l_632;
if l_1010 {
let l_1011 = l_mut_633 * u32(64);
let l_1012 = l_1011 + u32(31);
let l_1013 = shared_memory_6[l_1012];
let l_1014 = l_mut_11 + u32(31);
let l_1015 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_1016 = l_1014 * l_1015;
let l_1017 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_1018 = l_mut_27 * l_1017;
let l_1019 = l_1016 + l_1018;
let l_2033 = info.static_meta[u32(1)];
let l_2034 = l_2033 * u32(1);
let l_2035 = l_1019 < l_2034;
let l_2036 = l_2034 - u32(1);
let l_2037 = min(l_1019, l_2036);
let l_2038 = buffer_1_global[l_2037];
let l_2039 = select(f32(0.0), l_2038, l_2035);
let l_1020 = l_2039;
let l_1021 = l_1013 * l_1020;
l_mut_36 = l_mut_36 + l_1021;
}
let l_1022 = u32(32) < l_632;
if l_1022 {
let l_1023 = l_mut_633 * u32(64);
let l_1024 = l_1023 + u32(32);
let l_1025 = shared_memory_6[l_1024];
let l_1026 = l_mut_11 + u32(32);
let l_1027 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_1028 = l_1026 * l_1027;
let l_1029 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_1030 = l_mut_27 * l_1029;
let l_1031 = l_1028 + l_1030;
let l_2040 = info.static_meta[u32(1)];
let l_2041 = l_2040 * u32(1);
let l_2042 = l_1031 < l_2041;
let l_2043 = l_2041 - u32(1);
let l_2044 = min(l_1031, l_2043);
let l_2045 = buffer_1_global[l_2044];
let l_2046 = select(f32(0.0), l_2045, l_2042);
let l_1032 = l_2046;
let l_1033 = l_1025 * l_1032;
l_mut_36 = l_mut_36 + l_1033;
}
let l_1034 = u32(33) < l_632;
if l_1034 {
let l_1035 = l_mut_633 * u32(64);
let l_1036 = l_1035 + u32(33);
let l_1037 = shared_memory_6[l_1036];
let l_1038 = l_mut_11 + u32(33);
let l_1039 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_1040 = l_1038 * l_1039;
let l_1041 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_1042 = l_mut_27 * l_1041;
let l_1043 = l_1040 + l_1042;
let l_2047 = info.static_meta[u32(1)];
let l_2048 = l_2047 * u32(1);
let l_2049 = l_1043 < l_2048;
let l_2050 = l_2048 - u32(1);
let l_2051 = min(l_1043, l_2050);
let l_2052 = buffer_1_global[l_2051];
let l_2053 = select(f32(0.0), l_2052, l_2049);
let l_1044 = l_2053;
let l_1045 = l_1037 * l_1044;
l_mut_36 = l_mut_36 + l_1045;
}
let l_1046 = u32(34) < l_632;
if l_1046 {
let l_1047 = l_mut_633 * u32(64);
let l_1048 = l_1047 + u32(34);
let l_1049 = shared_memory_6[l_1048];
let l_1050 = l_mut_11 + u32(34);
let l_1051 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_1052 = l_1050 * l_1051;
let l_1053 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_1054 = l_mut_27 * l_1053;
let l_1055 = l_1052 + l_1054;
let l_2054 = info.static_meta[u32(1)];
let l_2055 = l_2054 * u32(1);
let l_2056 = l_1055 < l_2055;
let l_2057 = l_2055 - u32(1);
let l_2058 = min(l_1055, l_2057);
let l_2059 = buffer_1_global[l_2058];
let l_2060 = select(f32(0.0), l_2059, l_2056);
let l_1056 = l_2060;
let l_1057 = l_1049 * l_1056;
l_mut_36 = l_mut_36 + l_1057;
}
let l_1058 = u32(35) < l_632;
if l_1058 {
let l_1059 = l_mut_633 * u32(64);
let l_1060 = l_1059 + u32(35);
let l_1061 = shared_memory_6[l_1060];
let l_1062 = l_mut_11 + u32(35);
let l_1063 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_1064 = l_1062 * l_1063;
let l_1065 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_1066 = l_mut_27 * l_1065;
let l_1067 = l_1064 + l_1066;
let l_2061 = info.static_meta[u32(1)];
let l_2062 = l_2061 * u32(1);
let l_2063 = l_1067 < l_2062;
let l_2064 = l_2062 - u32(1);
let l_2065 = min(l_1067, l_2064);
let l_2066 = buffer_1_global[l_2065];
let l_2067 = select(f32(0.0), l_2066, l_2063);
let l_1068 = l_2067;
let l_1069 = l_1061 * l_1068;
l_mut_36 = l_mut_36 + l_1069;
}
let l_1070 = u32(36) < l_632;
if l_1070 {
let l_1071 = l_mut_633 * u32(64);
let l_1072 = l_1071 + u32(36);
let l_1073 = shared_memory_6[l_1072];
let l_1074 = l_mut_11 + u32(36);
let l_1075 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_1076 = l_1074 * l_1075;
let l_1077 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_1078 = l_mut_27 * l_1077;
let l_1079 = l_1076 + l_1078;
let l_2068 = info.static_meta[u32(1)];
let l_2069 = l_2068 * u32(1);
let l_2070 = l_1079 < l_2069;
let l_2071 = l_2069 - u32(1);
let l_2072 = min(l_1079, l_2071);
let l_2073 = buffer_1_global[l_2072];
let l_2074 = select(f32(0.0), l_2073, l_2070);
let l_1080 = l_2074;
let l_1081 = l_1073 * l_1080;
l_mut_36 = l_mut_36 + l_1081;
}
let l_1082 = u32(37) < l_632;
if l_1082 {
let l_1083 = l_mut_633 * u32(64);
let l_1084 = l_1083 + u32(37);
let l_1085 = shared_memory_6[l_1084];
let l_1086 = l_mut_11 + u32(37);
let l_1087 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_1088 = l_1086 * l_1087;
let l_1089 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_1090 = l_mut_27 * l_1089;
let l_1091 = l_1088 + l_1090;
let l_2075 = info.static_meta[u32(1)];
let l_2076 = l_2075 * u32(1);
let l_2077 = l_1091 < l_2076;
let l_2078 = l_2076 - u32(1);
let l_2079 = min(l_1091, l_2078);
let l_2080 = buffer_1_global[l_2079];
let l_2081 = select(f32(0.0), l_2080, l_2077);
let l_1092 = l_2081;
let l_1093 = l_1085 * l_1092;
l_mut_36 = l_mut_36 + l_1093;
}
let l_1094 = u32(38) < l_632;
if l_1094 {
let l_1095 = l_mut_633 * u32(64);
let l_1096 = l_1095 + u32(38);
let l_1097 = shared_memory_6[l_1096];
let l_1098 = l_mut_11 + u32(38);
let l_1099 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_1100 = l_1098 * l_1099;
let l_1101 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_1102 = l_mut_27 * l_1101;
let l_1103 = l_1100 + l_1102;
let l_2082 = info.static_meta[u32(1)];
let l_2083 = l_2082 * u32(1);
let l_2084 = l_1103 < l_2083;
let l_2085 = l_2083 - u32(1);
let l_2086 = min(l_1103, l_2085);
let l_2087 = buffer_1_global[l_2086];
let l_2088 = select(f32(0.0), l_2087, l_2084);
let l_1104 = l_2088;
let l_1105 = l_1097 * l_1104;
l_mut_36 = l_mut_36 + l_1105;
}
let l_1106 = u32(39) < l_632;
if l_1106 {
let l_1107 = l_mut_633 * u32(64);
let l_1108 = l_1107 + u32(39);
let l_1109 = shared_memory_6[l_1108];
let l_1110 = l_mut_11 + u32(39);
let l_1111 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_1112 = l_1110 * l_1111;
let l_1113 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_1114 = l_mut_27 * l_1113;
let l_1115 = l_1112 + l_1114;
let l_2089 = info.static_meta[u32(1)];
let l_2090 = l_2089 * u32(1);
let l_2091 = l_1115 < l_2090;
let l_2092 = l_2090 - u32(1);
let l_2093 = min(l_1115, l_2092);
let l_2094 = buffer_1_global[l_2093];
let l_2095 = select(f32(0.0), l_2094, l_2091);
let l_1116 = l_2095;
let l_1117 = l_1109 * l_1116;
l_mut_36 = l_mut_36 + l_1117;
}
let l_1118 = u32(40) < l_632;
if l_1118 {
let l_1119 = l_mut_633 * u32(64);
let l_1120 = l_1119 + u32(40);
let l_1121 = shared_memory_6[l_1120];
let l_1122 = l_mut_11 + u32(40);
let l_1123 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_1124 = l_1122 * l_1123;
let l_1125 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_1126 = l_mut_27 * l_1125;
let l_1127 = l_1124 + l_1126;
let l_2096 = info.static_meta[u32(1)];
let l_2097 = l_2096 * u32(1);
let l_2098 = l_1127 < l_2097;
let l_2099 = l_2097 - u32(1);
let l_2100 = min(l_1127, l_2099);
let l_2101 = buffer_1_global[l_2100];
let l_2102 = select(f32(0.0), l_2101, l_2098);
let l_1128 = l_2102;
let l_1129 = l_1121 * l_1128;
l_mut_36 = l_mut_36 + l_1129;
}
let l_1130 = u32(41) < l_632;
if l_1130 {
let l_1131 = l_mut_633 * u32(64);
let l_1132 = l_1131 + u32(41);
let l_1133 = shared_memory_6[l_1132];
let l_1134 = l_mut_11 + u32(41);
let l_1135 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_1136 = l_1134 * l_1135;
let l_1137 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_1138 = l_mut_27 * l_1137;
let l_1139 = l_1136 + l_1138;
let l_2103 = info.static_meta[u32(1)];
let l_2104 = l_2103 * u32(1);
let l_2105 = l_1139 < l_2104;
let l_2106 = l_2104 - u32(1);
let l_2107 = min(l_1139, l_2106);
let l_2108 = buffer_1_global[l_2107];
let l_2109 = select(f32(0.0), l_2108, l_2105);
let l_1140 = l_2109;
let l_1141 = l_1133 * l_1140;
l_mut_36 = l_mut_36 + l_1141;
}
let l_1142 = u32(42) < l_632;
if l_1142 {
let l_1143 = l_mut_633 * u32(64);
let l_1144 = l_1143 + u32(42);
let l_1145 = shared_memory_6[l_1144];
let l_1146 = l_mut_11 + u32(42);
let l_1147 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_1148 = l_1146 * l_1147;
let l_1149 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_1150 = l_mut_27 * l_1149;
let l_1151 = l_1148 + l_1150;
let l_2110 = info.static_meta[u32(1)];
let l_2111 = l_2110 * u32(1);
let l_2112 = l_1151 < l_2111;
let l_2113 = l_2111 - u32(1);
let l_2114 = min(l_1151, l_2113);
let l_2115 = buffer_1_global[l_2114];
let l_2116 = select(f32(0.0), l_2115, l_2112);
let l_1152 = l_2116;
let l_1153 = l_1145 * l_1152;
l_mut_36 = l_mut_36 + l_1153;
}
let l_1154 = u32(43) < l_632;
if l_1154 {
let l_1155 = l_mut_633 * u32(64);
let l_1156 = l_1155 + u32(43);
let l_1157 = shared_memory_6[l_1156];
let l_1158 = l_mut_11 + u32(43);
let l_1159 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_1160 = l_1158 * l_1159;
let l_1161 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_1162 = l_mut_27 * l_1161;
let l_1163 = l_1160 + l_1162;
let l_2117 = info.static_meta[u32(1)];
let l_2118 = l_2117 * u32(1);
let l_2119 = l_1163 < l_2118;
let l_2120 = l_2118 - u32(1);
let l_2121 = min(l_1163, l_2120);
let l_2122 = buffer_1_global[l_2121];
let l_2123 = select(f32(0.0), l_2122, l_2119);
let l_1164 = l_2123;
let l_1165 = l_1157 * l_1164;
l_mut_36 = l_mut_36 + l_1165;
}
let l_1166 = u32(44) < l_632;
if l_1166 {
let l_1167 = l_mut_633 * u32(64);
let l_1168 = l_1167 + u32(44);
let l_1169 = shared_memory_6[l_1168];
let l_1170 = l_mut_11 + u32(44);
let l_1171 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_1172 = l_1170 * l_1171;
let l_1173 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_1174 = l_mut_27 * l_1173;
let l_1175 = l_1172 + l_1174;
let l_2124 = info.static_meta[u32(1)];
let l_2125 = l_2124 * u32(1);
let l_2126 = l_1175 < l_2125;
let l_2127 = l_2125 - u32(1);
let l_2128 = min(l_1175, l_2127);
let l_2129 = buffer_1_global[l_2128];
let l_2130 = select(f32(0.0), l_2129, l_2126);
let l_1176 = l_2130;
let l_1177 = l_1169 * l_1176;
l_mut_36 = l_mut_36 + l_1177;
}
let l_1178 = u32(45) < l_632;
if l_1178 {
let l_1179 = l_mut_633 * u32(64);
let l_1180 = l_1179 + u32(45);
let l_1181 = shared_memory_6[l_1180];
let l_1182 = l_mut_11 + u32(45);
let l_1183 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_1184 = l_1182 * l_1183;
let l_1185 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_1186 = l_mut_27 * l_1185;
let l_1187 = l_1184 + l_1186;
let l_2131 = info.static_meta[u32(1)];
let l_2132 = l_2131 * u32(1);
let l_2133 = l_1187 < l_2132;
let l_2134 = l_2132 - u32(1);
let l_2135 = min(l_1187, l_2134);
let l_2136 = buffer_1_global[l_2135];
let l_2137 = select(f32(0.0), l_2136, l_2133);
let l_1188 = l_2137;
let l_1189 = l_1181 * l_1188;
l_mut_36 = l_mut_36 + l_1189;
}
let l_1190 = u32(46) < l_632;
if l_1190 {
let l_1191 = l_mut_633 * u32(64);
let l_1192 = l_1191 + u32(46);
let l_1193 = shared_memory_6[l_1192];
let l_1194 = l_mut_11 + u32(46);
let l_1195 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_1196 = l_1194 * l_1195;
let l_1197 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_1198 = l_mut_27 * l_1197;
let l_1199 = l_1196 + l_1198;
let l_2138 = info.static_meta[u32(1)];
let l_2139 = l_2138 * u32(1);
let l_2140 = l_1199 < l_2139;
let l_2141 = l_2139 - u32(1);
let l_2142 = min(l_1199, l_2141);
let l_2143 = buffer_1_global[l_2142];
let l_2144 = select(f32(0.0), l_2143, l_2140);
let l_1200 = l_2144;
let l_1201 = l_1193 * l_1200;
l_mut_36 = l_mut_36 + l_1201;
}
let l_1202 = u32(47) < l_632;
if l_1202 {
let l_1203 = l_mut_633 * u32(64);
let l_1204 = l_1203 + u32(47);
let l_1205 = shared_memory_6[l_1204];
let l_1206 = l_mut_11 + u32(47);
let l_1207 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_1208 = l_1206 * l_1207;
let l_1209 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_1210 = l_mut_27 * l_1209;
let l_1211 = l_1208 + l_1210;
let l_2145 = info.static_meta[u32(1)];
let l_2146 = l_2145 * u32(1);
let l_2147 = l_1211 < l_2146;
let l_2148 = l_2146 - u32(1);
let l_2149 = min(l_1211, l_2148);
let l_2150 = buffer_1_global[l_2149];
let l_2151 = select(f32(0.0), l_2150, l_2147);
let l_1212 = l_2151;
let l_1213 = l_1205 * l_1212;
l_mut_36 = l_mut_36 + l_1213;
}
let l_1214 = u32(48) < l_632;
if l_1214 {
let l_1215 = l_mut_633 * u32(64);
let l_1216 = l_1215 + u32(48);
let l_1217 = shared_memory_6[l_1216];
let l_1218 = l_mut_11 + u32(48);
let l_1219 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_1220 = l_1218 * l_1219;
let l_1221 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_1222 = l_mut_27 * l_1221;
let l_1223 = l_1220 + l_1222;
let l_2152 = info.static_meta[u32(1)];
let l_2153 = l_2152 * u32(1);
let l_2154 = l_1223 < l_2153;
let l_2155 = l_2153 - u32(1);
let l_2156 = min(l_1223, l_2155);
let l_2157 = buffer_1_global[l_2156];
let l_2158 = select(f32(0.0), l_2157, l_2154);
let l_1224 = l_2158;
let l_1225 = l_1217 * l_1224;
l_mut_36 = l_mut_36 + l_1225;
}
let l_1226 = u32(49) < l_632;
if l_1226 {
let l_1227 = l_mut_633 * u32(64);
let l_1228 = l_1227 + u32(49);
let l_1229 = shared_memory_6[l_1228];
let l_1230 = l_mut_11 + u32(49);
let l_1231 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_1232 = l_1230 * l_1231;
let l_1233 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_1234 = l_mut_27 * l_1233;
let l_1235 = l_1232 + l_1234;
let l_2159 = info.static_meta[u32(1)];
let l_2160 = l_2159 * u32(1);
let l_2161 = l_1235 < l_2160;
let l_2162 = l_2160 - u32(1);
let l_2163 = min(l_1235, l_2162);
let l_2164 = buffer_1_global[l_2163];
let l_2165 = select(f32(0.0), l_2164, l_2161);
let l_1236 = l_2165;
let l_1237 = l_1229 * l_1236;
l_mut_36 = l_mut_36 + l_1237;
}
let l_1238 = u32(50) < l_632;
if l_1238 {
let l_1239 = l_mut_633 * u32(64);
let l_1240 = l_1239 + u32(50);
let l_1241 = shared_memory_6[l_1240];
let l_1242 = l_mut_11 + u32(50);
let l_1243 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_1244 = l_1242 * l_1243;
let l_1245 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_1246 = l_mut_27 * l_1245;
let l_1247 = l_1244 + l_1246;
let l_2166 = info.static_meta[u32(1)];
let l_2167 = l_2166 * u32(1);
let l_2168 = l_1247 < l_2167;
let l_2169 = l_2167 - u32(1);
let l_2170 = min(l_1247, l_2169);
let l_2171 = buffer_1_global[l_2170];
let l_2172 = select(f32(0.0), l_2171, l_2168);
let l_1248 = l_2172;
let l_1249 = l_1241 * l_1248;
l_mut_36 = l_mut_36 + l_1249;
}
let l_1250 = u32(51) < l_632;
if l_1250 {
let l_1251 = l_mut_633 * u32(64);
let l_1252 = l_1251 + u32(51);
let l_1253 = shared_memory_6[l_1252];
let l_1254 = l_mut_11 + u32(51);
let l_1255 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_1256 = l_1254 * l_1255;
let l_1257 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_1258 = l_mut_27 * l_1257;
let l_1259 = l_1256 + l_1258;
let l_2173 = info.static_meta[u32(1)];
let l_2174 = l_2173 * u32(1);
let l_2175 = l_1259 < l_2174;
let l_2176 = l_2174 - u32(1);
let l_2177 = min(l_1259, l_2176);
let l_2178 = buffer_1_global[l_2177];
let l_2179 = select(f32(0.0), l_2178, l_2175);
let l_1260 = l_2179;
let l_1261 = l_1253 * l_1260;
l_mut_36 = l_mut_36 + l_1261;
}
let l_1262 = u32(52) < l_632;
if l_1262 {
let l_1263 = l_mut_633 * u32(64);
let l_1264 = l_1263 + u32(52);
let l_1265 = shared_memory_6[l_1264];
let l_1266 = l_mut_11 + u32(52);
let l_1267 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_1268 = l_1266 * l_1267;
let l_1269 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_1270 = l_mut_27 * l_1269;
let l_1271 = l_1268 + l_1270;
let l_2180 = info.static_meta[u32(1)];
let l_2181 = l_2180 * u32(1);
let l_2182 = l_1271 < l_2181;
let l_2183 = l_2181 - u32(1);
let l_2184 = min(l_1271, l_2183);
let l_2185 = buffer_1_global[l_2184];
let l_2186 = select(f32(0.0), l_2185, l_2182);
let l_1272 = l_2186;
let l_1273 = l_1265 * l_1272;
l_mut_36 = l_mut_36 + l_1273;
}
let l_1274 = u32(53) < l_632;
if l_1274 {
let l_1275 = l_mut_633 * u32(64);
let l_1276 = l_1275 + u32(53);
let l_1277 = shared_memory_6[l_1276];
let l_1278 = l_mut_11 + u32(53);
let l_1279 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_1280 = l_1278 * l_1279;
let l_1281 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_1282 = l_mut_27 * l_1281;
let l_1283 = l_1280 + l_1282;
let l_2187 = info.static_meta[u32(1)];
let l_2188 = l_2187 * u32(1);
let l_2189 = l_1283 < l_2188;
let l_2190 = l_2188 - u32(1);
let l_2191 = min(l_1283, l_2190);
let l_2192 = buffer_1_global[l_2191];
let l_2193 = select(f32(0.0), l_2192, l_2189);
let l_1284 = l_2193;
let l_1285 = l_1277 * l_1284;
l_mut_36 = l_mut_36 + l_1285;
}
let l_1286 = u32(54) < l_632;
if l_1286 {
let l_1287 = l_mut_633 * u32(64);
let l_1288 = l_1287 + u32(54);
let l_1289 = shared_memory_6[l_1288];
let l_1290 = l_mut_11 + u32(54);
let l_1291 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_1292 = l_1290 * l_1291;
let l_1293 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_1294 = l_mut_27 * l_1293;
let l_1295 = l_1292 + l_1294;
let l_2194 = info.static_meta[u32(1)];
let l_2195 = l_2194 * u32(1);
let l_2196 = l_1295 < l_2195;
let l_2197 = l_2195 - u32(1);
let l_2198 = min(l_1295, l_2197);
let l_2199 = buffer_1_global[l_2198];
let l_2200 = select(f32(0.0), l_2199, l_2196);
let l_1296 = l_2200;
let l_1297 = l_1289 * l_1296;
l_mut_36 = l_mut_36 + l_1297;
}
let l_1298 = u32(55) < l_632;
if l_1298 {
let l_1299 = l_mut_633 * u32(64);
let l_1300 = l_1299 + u32(55);
let l_1301 = shared_memory_6[l_1300];
let l_1302 = l_mut_11 + u32(55);
let l_1303 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_1304 = l_1302 * l_1303;
let l_1305 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_1306 = l_mut_27 * l_1305;
let l_1307 = l_1304 + l_1306;
let l_2201 = info.static_meta[u32(1)];
let l_2202 = l_2201 * u32(1);
let l_2203 = l_1307 < l_2202;
let l_2204 = l_2202 - u32(1);
let l_2205 = min(l_1307, l_2204);
let l_2206 = buffer_1_global[l_2205];
let l_2207 = select(f32(0.0), l_2206, l_2203);
let l_1308 = l_2207;
let l_1309 = l_1301 * l_1308;
l_mut_36 = l_mut_36 + l_1309;
}
let l_1310 = u32(56) < l_632;
if l_1310 {
let l_1311 = l_mut_633 * u32(64);
let l_1312 = l_1311 + u32(56);
let l_1313 = shared_memory_6[l_1312];
let l_1314 = l_mut_11 + u32(56);
let l_1315 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_1316 = l_1314 * l_1315;
let l_1317 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_1318 = l_mut_27 * l_1317;
let l_1319 = l_1316 + l_1318;
let l_2208 = info.static_meta[u32(1)];
let l_2209 = l_2208 * u32(1);
let l_2210 = l_1319 < l_2209;
let l_2211 = l_2209 - u32(1);
let l_2212 = min(l_1319, l_2211);
let l_2213 = buffer_1_global[l_2212];
let l_2214 = select(f32(0.0), l_2213, l_2210);
let l_1320 = l_2214;
let l_1321 = l_1313 * l_1320;
l_mut_36 = l_mut_36 + l_1321;
}
let l_1322 = u32(57) < l_632;
if l_1322 {
let l_1323 = l_mut_633 * u32(64);
let l_1324 = l_1323 + u32(57);
let l_1325 = shared_memory_6[l_1324];
let l_1326 = l_mut_11 + u32(57);
let l_1327 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_1328 = l_1326 * l_1327;
let l_1329 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_1330 = l_mut_27 * l_1329;
let l_1331 = l_1328 + l_1330;
let l_2215 = info.static_meta[u32(1)];
let l_2216 = l_2215 * u32(1);
let l_2217 = l_1331 < l_2216;
let l_2218 = l_2216 - u32(1);
let l_2219 = min(l_1331, l_2218);
let l_2220 = buffer_1_global[l_2219];
let l_2221 = select(f32(0.0), l_2220, l_2217);
let l_1332 = l_2221;
let l_1333 = l_1325 * l_1332;
l_mut_36 = l_mut_36 + l_1333;
}
let l_1334 = u32(58) < l_632;
if l_1334 {
let l_1335 = l_mut_633 * u32(64);
let l_1336 = l_1335 + u32(58);
let l_1337 = shared_memory_6[l_1336];
let l_1338 = l_mut_11 + u32(58);
let l_1339 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_1340 = l_1338 * l_1339;
let l_1341 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_1342 = l_mut_27 * l_1341;
let l_1343 = l_1340 + l_1342;
let l_2222 = info.static_meta[u32(1)];
let l_2223 = l_2222 * u32(1);
let l_2224 = l_1343 < l_2223;
let l_2225 = l_2223 - u32(1);
let l_2226 = min(l_1343, l_2225);
let l_2227 = buffer_1_global[l_2226];
let l_2228 = select(f32(0.0), l_2227, l_2224);
let l_1344 = l_2228;
let l_1345 = l_1337 * l_1344;
l_mut_36 = l_mut_36 + l_1345;
}
let l_1346 = u32(59) < l_632;
if l_1346 {
let l_1347 = l_mut_633 * u32(64);
let l_1348 = l_1347 + u32(59);
let l_1349 = shared_memory_6[l_1348];
let l_1350 = l_mut_11 + u32(59);
let l_1351 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_1352 = l_1350 * l_1351;
let l_1353 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_1354 = l_mut_27 * l_1353;
let l_1355 = l_1352 + l_1354;
let l_2229 = info.static_meta[u32(1)];
let l_2230 = l_2229 * u32(1);
let l_2231 = l_1355 < l_2230;
let l_2232 = l_2230 - u32(1);
let l_2233 = min(l_1355, l_2232);
let l_2234 = buffer_1_global[l_2233];
let l_2235 = select(f32(0.0), l_2234, l_2231);
let l_1356 = l_2235;
let l_1357 = l_1349 * l_1356;
l_mut_36 = l_mut_36 + l_1357;
}
let l_1358 = u32(60) < l_632;
if l_1358 {
let l_1359 = l_mut_633 * u32(64);
let l_1360 = l_1359 + u32(60);
let l_1361 = shared_memory_6[l_1360];
let l_1362 = l_mut_11 + u32(60);
let l_1363 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_1364 = l_1362 * l_1363;
let l_1365 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_1366 = l_mut_27 * l_1365;
let l_1367 = l_1364 + l_1366;
let l_2236 = info.static_meta[u32(1)];
let l_2237 = l_2236 * u32(1);
let l_2238 = l_1367 < l_2237;
let l_2239 = l_2237 - u32(1);
let l_2240 = min(l_1367, l_2239);
let l_2241 = buffer_1_global[l_2240];
let l_2242 = select(f32(0.0), l_2241, l_2238);
let l_1368 = l_2242;
let l_1369 = l_1361 * l_1368;
l_mut_36 = l_mut_36 + l_1369;
}
let l_1370 = u32(61) < l_632;
if l_1370 {
let l_1371 = l_mut_633 * u32(64);
let l_1372 = l_1371 + u32(61);
let l_1373 = shared_memory_6[l_1372];
let l_1374 = l_mut_11 + u32(61);
let l_1375 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_1376 = l_1374 * l_1375;
let l_1377 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_1378 = l_mut_27 * l_1377;
let l_1379 = l_1376 + l_1378;
let l_2243 = info.static_meta[u32(1)];
let l_2244 = l_2243 * u32(1);
let l_2245 = l_1379 < l_2244;
let l_2246 = l_2244 - u32(1);
let l_2247 = min(l_1379, l_2246);
let l_2248 = buffer_1_global[l_2247];
let l_2249 = select(f32(0.0), l_2248, l_2245);
let l_1380 = l_2249;
let l_1381 = l_1373 * l_1380;
l_mut_36 = l_mut_36 + l_1381;
}
let l_1382 = u32(62) < l_632;
if l_1382 {
let l_1383 = l_mut_633 * u32(64);
let l_1384 = l_1383 + u32(62);
let l_1385 = shared_memory_6[l_1384];
let l_1386 = l_mut_11 + u32(62);
let l_1387 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_1388 = l_1386 * l_1387;
let l_1389 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_1390 = l_mut_27 * l_1389;
let l_1391 = l_1388 + l_1390;
let l_2250 = info.static_meta[u32(1)];
let l_2251 = l_2250 * u32(1);
let l_2252 = l_1391 < l_2251;
let l_2253 = l_2251 - u32(1);
let l_2254 = min(l_1391, l_2253);
let l_2255 = buffer_1_global[l_2254];
let l_2256 = select(f32(0.0), l_2255, l_2252);
let l_1392 = l_2256;
let l_1393 = l_1385 * l_1392;
l_mut_36 = l_mut_36 + l_1393;
}
let l_1394 = u32(63) < l_632;
if l_1394 {
let l_1395 = l_mut_633 * u32(64);
let l_1396 = l_1395 + u32(63);
let l_1397 = shared_memory_6[l_1396];
let l_1398 = l_mut_11 + u32(63);
let l_1399 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_1400 = l_1398 * l_1399;
let l_1401 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_1402 = l_mut_27 * l_1401;
let l_1403 = l_1400 + l_1402;
let l_2257 = info.static_meta[u32(1)];
let l_2258 = l_2257 * u32(1);
let l_2259 = l_1403 < l_2258;
let l_2260 = l_2258 - u32(1);
let l_2261 = min(l_1403, l_2260);
let l_2262 = buffer_1_global[l_2261];
let l_2263 = select(f32(0.0), l_2262, l_2259);
let l_1404 = l_2263;
let l_1405 = l_1397 * l_1404;
l_mut_36 = l_mut_36 + l_1405;
}
let l_1406 = l_3 + l_mut_633;
let l_1407 = l_1406 * l_2;
let l_1408 = l_1407 + l_mut_27;
let l_1409 = info.scalars_f32[0] * l_mut_36;
let l_1806 = info.static_meta[u32(4)];
let l_1807 = l_1806 * u32(1);
let l_1808 = l_1408 < l_1807;
let l_1809 = l_1807 - u32(1);
let l_1810 = min(l_1408, l_1809);
let l_1811 = buffer_4_global[l_1810];
let l_1812 = select(f32(0.0), l_1811, l_1808);
let l_1410 = l_1812;
let l_1411 = l_1410 + l_1409;
let l_1813 = info.static_meta[u32(4)];
let l_1814 = l_1813 * u32(1);
let l_1815 = l_1408 < l_1814;
if l_1815 {
buffer_4_global[l_1408] = l_1411;
}
l_mut_27 = l_mut_27 + u32(256);
}
}
}
workgroupBarrier();
l_mut_11 = l_mut_11 + u32(64);
}
let l_1412 = local_idx < u32(64);
if l_1412 {
let l_1413 = l_3 + local_idx;
l_mut_36 = f32(0.0);
let l_1414 = l_1413 < l_0;
if l_1414 {

for (var l_mut_1415: u32 = u32(0); l_mut_1415 < l_2; l_mut_1415++) {
let l_1416 = l_1413 * l_2;
let l_1417 = l_1416 + l_mut_1415;
let l_2271 = info.static_meta[u32(4)];
let l_2272 = l_2271 * u32(1);
let l_2273 = l_1417 < l_2272;
let l_2274 = l_2272 - u32(1);
let l_2275 = min(l_1417, l_2274);
let l_2276 = buffer_4_global[l_2275];
let l_2277 = select(f32(0.0), l_2276, l_2273);
let l_1418 = l_2277;
let l_1419 = info.dynamic_meta[info.static_meta[u32(18)] + u32(0)];
let l_1420 = l_1413 * l_1419;
let l_1421 = info.dynamic_meta[info.static_meta[u32(18)] + u32(1)];
let l_1422 = l_mut_1415 * l_1421;
let l_1423 = l_1420 + l_1422;
let l_2278 = info.static_meta[u32(0)];
let l_2279 = l_2278 * u32(1);
let l_2280 = l_1423 < l_2279;
let l_2281 = l_2279 - u32(1);
let l_2282 = min(l_1423, l_2281);
let l_2283 = buffer_0_global[l_2282];
let l_2284 = select(f32(0.0), l_2283, l_2280);
let l_1424 = l_2284;
let l_1425 = l_1418 * l_1424;
l_mut_36 = l_mut_36 + l_1425;
}
let l_2264 = info.static_meta[u32(2)];
let l_2265 = l_2264 * u32(1);
let l_2266 = l_1413 < l_2265;
let l_2267 = l_2265 - u32(1);
let l_2268 = min(l_1413, l_2267);
let l_2269 = buffer_2_global[l_2268];
let l_2270 = select(f32(0.0), l_2269, l_2266);
let l_1426 = l_2270;
l_mut_36 = l_mut_36 / l_1426;
}
shared_memory_6[local_idx] = l_mut_36;
}
workgroupBarrier();

for (var l_mut_1427: u32 = u32(0); l_mut_1427 < u32(64); l_mut_1427++) {
let l_1428 = l_3 + l_mut_1427;
let l_1429 = l_1428 < l_0;
if l_1429 {
l_mut_27 = local_idx;
loop {
let l_1430 = l_mut_27 < l_2;
let l_1431 = !l_1430;
if l_1431 {
break;
}
let l_1432 = l_1428 * l_2;
let l_1433 = l_1432 + l_mut_27;
let l_2285 = info.static_meta[u32(4)];
let l_2286 = l_2285 * u32(1);
let l_2287 = l_1433 < l_2286;
let l_2288 = l_2286 - u32(1);
let l_2289 = min(l_1433, l_2288);
let l_2290 = buffer_4_global[l_2289];
let l_2291 = select(f32(0.0), l_2290, l_2287);
let l_1434 = l_2291;
l_mut_36 = l_1434;
let l_1435 = info.dynamic_meta[info.static_meta[u32(18)] + u32(0)];
let l_1436 = l_1428 * l_1435;
let l_1437 = info.dynamic_meta[info.static_meta[u32(18)] + u32(1)];
let l_1438 = l_mut_27 * l_1437;
let l_1439 = l_1436 + l_1438;
let l_2292 = info.static_meta[u32(0)];
let l_2293 = l_2292 * u32(1);
let l_2294 = l_1439 < l_2293;
let l_2295 = l_2293 - u32(1);
let l_2296 = min(l_1439, l_2295);
let l_2297 = buffer_0_global[l_2296];
let l_2298 = select(f32(0.0), l_2297, l_2294);
let l_1440 = l_2298;
let l_2299 = info.static_meta[u32(2)];
let l_2300 = l_2299 * u32(1);
let l_2301 = l_1428 < l_2300;
let l_2302 = l_2300 - u32(1);
let l_2303 = min(l_1428, l_2302);
let l_2304 = buffer_2_global[l_2303];
let l_2305 = select(f32(0.0), l_2304, l_2301);
let l_1441 = l_2305;
let l_1442 = l_1440 / l_1441;
let l_1443 = shared_memory_6[l_mut_1427];
let l_1444 = l_1442 * l_1443;
let l_1445 = l_mut_36 - l_1444;
let l_2306 = info.static_meta[u32(2)];
let l_2307 = l_2306 * u32(1);
let l_2308 = l_1428 < l_2307;
let l_2309 = l_2307 - u32(1);
let l_2310 = min(l_1428, l_2309);
let l_2311 = buffer_2_global[l_2310];
let l_2312 = select(f32(0.0), l_2311, l_2308);
let l_1446 = l_2312;
let l_1447 = l_1445 / l_1446;
l_mut_36 = l_1447;
let l_1448 = info.dynamic_meta[info.static_meta[u32(20)] + u32(0)];
let l_1449 = l_1428 * l_1448;
let l_1450 = info.dynamic_meta[info.static_meta[u32(20)] + u32(1)];
let l_1451 = l_mut_27 * l_1450;
let l_1452 = l_1449 + l_1451;
let l_2313 = info.static_meta[u32(5)];
let l_2314 = l_2313 * u32(1);
let l_2315 = l_1452 < l_2314;
if l_2315 {
buffer_5_global[l_1452] = l_mut_36;
}
l_mut_27 = l_mut_27 + u32(256);
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

var<workgroup> shared_memory_5: array<f32, 2176>;

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
var a_7: array<f32, 4>;

var a_8: array<f32, 4>;

var a_6: array<f32, 16>;

let workgroup_id_no_axis = (u32(num_workgroups.y) * u32(num_workgroups.x) * u32(workgroup_id.z)) + (u32(num_workgroups.x) * u32(workgroup_id.y)) + u32(workgroup_id.x);
var l_mut_17: u32;
var l_mut_20: u32;
var l_mut_28: f32;
var l_mut_29: f32;
var l_mut_9: u32;
let l_0 = info.dynamic_meta[info.static_meta[u32(12)] + u32(0)];
let l_1 = info.dynamic_meta[info.static_meta[u32(13)] + u32(0)];
let l_2 = workgroup_id_no_axis * u32(64);
let l_3 = local_idx / u32(16);
let l_4 = local_idx % u32(16);
a_7[u32(0)] = f32(0.0);
a_8[u32(0)] = f32(0.0);
a_7[u32(1)] = f32(0.0);
a_8[u32(1)] = f32(0.0);
a_7[u32(2)] = f32(0.0);
a_8[u32(2)] = f32(0.0);
a_7[u32(3)] = f32(0.0);
a_8[u32(3)] = f32(0.0);
l_mut_9 = u32(0);
loop {
let l_10 = l_mut_9 < l_1;
let l_11 = !l_10;
if l_11 {
break;
}
let l_12 = info.dynamic_meta[info.static_meta[u32(12)] + u32(0)];
let l_13 = info.dynamic_meta[info.static_meta[u32(13)] + u32(0)];
let l_14 = info.dynamic_meta[info.static_meta[u32(12)] + u32(1)];
let l_15 = local_idx / u32(16);
let l_16 = local_idx % u32(16);
a_6[u32(0)] = f32(0.0);
a_6[u32(1)] = f32(0.0);
a_6[u32(2)] = f32(0.0);
a_6[u32(3)] = f32(0.0);
a_6[u32(4)] = f32(0.0);
a_6[u32(5)] = f32(0.0);
a_6[u32(6)] = f32(0.0);
a_6[u32(7)] = f32(0.0);
a_6[u32(8)] = f32(0.0);
a_6[u32(9)] = f32(0.0);
a_6[u32(10)] = f32(0.0);
a_6[u32(11)] = f32(0.0);
a_6[u32(12)] = f32(0.0);
a_6[u32(13)] = f32(0.0);
a_6[u32(14)] = f32(0.0);
a_6[u32(15)] = f32(0.0);
l_mut_17 = u32(0);
loop {
let l_18 = l_mut_17 < l_14;
let l_19 = !l_18;
if l_19 {
break;
}
l_mut_20 = local_idx;
loop {
let l_21 = l_mut_20 < u32(1024);
let l_22 = !l_21;
if l_22 {
break;
}
let l_23 = l_mut_20 / u32(16);
let l_24 = l_mut_20 % u32(16);
let l_25 = l_mut_17 + l_24;
let l_26 = l_2 + l_23;
let l_27 = l_mut_9 + l_23;
l_mut_28 = f32(0.0);
l_mut_29 = f32(0.0);
let l_30 = l_26 < l_12;
let l_31 = l_25 < l_14;
let l_32 = l_30 && l_31;
if l_32 {
let l_33 = info.dynamic_meta[info.static_meta[u32(14)] + u32(0)];
let l_34 = l_26 * l_33;
let l_35 = info.dynamic_meta[info.static_meta[u32(14)] + u32(1)];
let l_36 = l_25 * l_35;
let l_37 = l_34 + l_36;
let l_670 = info.static_meta[u32(0)];
let l_671 = l_670 * u32(1);
let l_672 = l_37 < l_671;
let l_673 = l_671 - u32(1);
let l_674 = min(l_37, l_673);
let l_675 = buffer_0_global[l_674];
let l_676 = select(f32(0.0), l_675, l_672);
let l_38 = l_676;
l_mut_28 = l_38;
}
let l_39 = l_27 < l_13;
let l_40 = l_25 < l_14;
let l_41 = l_39 && l_40;
if l_41 {
let l_42 = info.dynamic_meta[info.static_meta[u32(15)] + u32(0)];
let l_43 = l_27 * l_42;
let l_44 = info.dynamic_meta[info.static_meta[u32(15)] + u32(1)];
let l_45 = l_25 * l_44;
let l_46 = l_43 + l_45;
let l_677 = info.static_meta[u32(1)];
let l_678 = l_677 * u32(1);
let l_679 = l_46 < l_678;
let l_680 = l_678 - u32(1);
let l_681 = min(l_46, l_680);
let l_682 = buffer_1_global[l_681];
let l_683 = select(f32(0.0), l_682, l_679);
let l_47 = l_683;
l_mut_29 = l_47;
}
let l_48 = l_23 * u32(17);
let l_49 = l_mut_20 % u32(16);
let l_50 = l_48 + l_49;
shared_memory_5[l_50] = l_mut_28;
let l_51 = l_23 * u32(17);
let l_52 = u32(1088) + l_51;
let l_53 = l_mut_20 % u32(16);
let l_54 = l_52 + l_53;
shared_memory_5[l_54] = l_mut_29;
l_mut_20 = l_mut_20 + u32(256);
}
workgroupBarrier();

for (var l_mut_55: u32 = u32(0); l_mut_55 < u32(16); l_mut_55++) {
let l_56 = l_15 + u32(0);
let l_57 = l_56 * u32(17);
let l_58 = l_57 + l_mut_55;
let l_59 = shared_memory_5[l_58];
let l_60 = l_16 + u32(0);
let l_61 = l_60 * u32(17);
let l_62 = u32(1088) + l_61;
let l_63 = l_62 + l_mut_55;
let l_64 = shared_memory_5[l_63];
let l_65 = l_59 * l_64;
let l_66 = a_6[u32(0)];
let l_67 = l_66 + l_65;
a_6[u32(0)] = l_67;
let l_68 = l_16 + u32(16);
let l_69 = l_68 * u32(17);
let l_70 = u32(1088) + l_69;
let l_71 = l_70 + l_mut_55;
let l_72 = shared_memory_5[l_71];
let l_73 = l_59 * l_72;
let l_74 = a_6[u32(1)];
let l_75 = l_74 + l_73;
a_6[u32(1)] = l_75;
let l_76 = l_16 + u32(32);
let l_77 = l_76 * u32(17);
let l_78 = u32(1088) + l_77;
let l_79 = l_78 + l_mut_55;
let l_80 = shared_memory_5[l_79];
let l_81 = l_59 * l_80;
let l_82 = a_6[u32(2)];
let l_83 = l_82 + l_81;
a_6[u32(2)] = l_83;
let l_84 = l_16 + u32(48);
let l_85 = l_84 * u32(17);
let l_86 = u32(1088) + l_85;
let l_87 = l_86 + l_mut_55;
let l_88 = shared_memory_5[l_87];
let l_89 = l_59 * l_88;
let l_90 = a_6[u32(3)];
let l_91 = l_90 + l_89;
a_6[u32(3)] = l_91;
let l_92 = l_15 + u32(16);
let l_93 = l_92 * u32(17);
let l_94 = l_93 + l_mut_55;
let l_95 = shared_memory_5[l_94];
let l_96 = l_16 + u32(0);
let l_97 = l_96 * u32(17);
let l_98 = u32(1088) + l_97;
let l_99 = l_98 + l_mut_55;
let l_100 = shared_memory_5[l_99];
let l_101 = l_95 * l_100;
let l_102 = a_6[u32(4)];
let l_103 = l_102 + l_101;
a_6[u32(4)] = l_103;
let l_104 = l_16 + u32(16);
let l_105 = l_104 * u32(17);
let l_106 = u32(1088) + l_105;
let l_107 = l_106 + l_mut_55;
let l_108 = shared_memory_5[l_107];
let l_109 = l_95 * l_108;
let l_110 = a_6[u32(5)];
let l_111 = l_110 + l_109;
a_6[u32(5)] = l_111;
let l_112 = l_16 + u32(32);
let l_113 = l_112 * u32(17);
let l_114 = u32(1088) + l_113;
let l_115 = l_114 + l_mut_55;
let l_116 = shared_memory_5[l_115];
let l_117 = l_95 * l_116;
let l_118 = a_6[u32(6)];
let l_119 = l_118 + l_117;
a_6[u32(6)] = l_119;
let l_120 = l_16 + u32(48);
let l_121 = l_120 * u32(17);
let l_122 = u32(1088) + l_121;
let l_123 = l_122 + l_mut_55;
let l_124 = shared_memory_5[l_123];
let l_125 = l_95 * l_124;
let l_126 = a_6[u32(7)];
let l_127 = l_126 + l_125;
a_6[u32(7)] = l_127;
let l_128 = l_15 + u32(32);
let l_129 = l_128 * u32(17);
let l_130 = l_129 + l_mut_55;
let l_131 = shared_memory_5[l_130];
let l_132 = l_16 + u32(0);
let l_133 = l_132 * u32(17);
let l_134 = u32(1088) + l_133;
let l_135 = l_134 + l_mut_55;
let l_136 = shared_memory_5[l_135];
let l_137 = l_131 * l_136;
let l_138 = a_6[u32(8)];
let l_139 = l_138 + l_137;
a_6[u32(8)] = l_139;
let l_140 = l_16 + u32(16);
let l_141 = l_140 * u32(17);
let l_142 = u32(1088) + l_141;
let l_143 = l_142 + l_mut_55;
let l_144 = shared_memory_5[l_143];
let l_145 = l_131 * l_144;
let l_146 = a_6[u32(9)];
let l_147 = l_146 + l_145;
a_6[u32(9)] = l_147;
let l_148 = l_16 + u32(32);
let l_149 = l_148 * u32(17);
let l_150 = u32(1088) + l_149;
let l_151 = l_150 + l_mut_55;
let l_152 = shared_memory_5[l_151];
let l_153 = l_131 * l_152;
let l_154 = a_6[u32(10)];
let l_155 = l_154 + l_153;
a_6[u32(10)] = l_155;
let l_156 = l_16 + u32(48);
let l_157 = l_156 * u32(17);
let l_158 = u32(1088) + l_157;
let l_159 = l_158 + l_mut_55;
let l_160 = shared_memory_5[l_159];
let l_161 = l_131 * l_160;
let l_162 = a_6[u32(11)];
let l_163 = l_162 + l_161;
a_6[u32(11)] = l_163;
let l_164 = l_15 + u32(48);
let l_165 = l_164 * u32(17);
let l_166 = l_165 + l_mut_55;
let l_167 = shared_memory_5[l_166];
let l_168 = l_16 + u32(0);
let l_169 = l_168 * u32(17);
let l_170 = u32(1088) + l_169;
let l_171 = l_170 + l_mut_55;
let l_172 = shared_memory_5[l_171];
let l_173 = l_167 * l_172;
let l_174 = a_6[u32(12)];
let l_175 = l_174 + l_173;
a_6[u32(12)] = l_175;
let l_176 = l_16 + u32(16);
let l_177 = l_176 * u32(17);
let l_178 = u32(1088) + l_177;
let l_179 = l_178 + l_mut_55;
let l_180 = shared_memory_5[l_179];
let l_181 = l_167 * l_180;
let l_182 = a_6[u32(13)];
let l_183 = l_182 + l_181;
a_6[u32(13)] = l_183;
let l_184 = l_16 + u32(32);
let l_185 = l_184 * u32(17);
let l_186 = u32(1088) + l_185;
let l_187 = l_186 + l_mut_55;
let l_188 = shared_memory_5[l_187];
let l_189 = l_167 * l_188;
let l_190 = a_6[u32(14)];
let l_191 = l_190 + l_189;
a_6[u32(14)] = l_191;
let l_192 = l_16 + u32(48);
let l_193 = l_192 * u32(17);
let l_194 = u32(1088) + l_193;
let l_195 = l_194 + l_mut_55;
let l_196 = shared_memory_5[l_195];
let l_197 = l_167 * l_196;
let l_198 = a_6[u32(15)];
let l_199 = l_198 + l_197;
a_6[u32(15)] = l_199;
}
workgroupBarrier();
l_mut_17 = l_mut_17 + u32(16);
}
let l_200 = l_2 + l_3;
let l_201 = l_200 + u32(0);
let l_202 = l_mut_9 + l_4;
let l_203 = l_202 + u32(0);
let l_204 = l_201 < l_0;
let l_205 = l_203 < l_1;
let l_206 = l_204 && l_205;
if l_206 {
let l_207 = a_6[u32(0)];
let l_208 = info.scalars_f32[0] * l_207;
l_mut_29 = l_208;
let l_684 = info.static_meta[u32(2)];
let l_685 = l_684 * u32(1);
let l_686 = l_201 < l_685;
let l_687 = l_685 - u32(1);
let l_688 = min(l_201, l_687);
let l_689 = buffer_2_global[l_688];
let l_690 = select(f32(0.0), l_689, l_686);
let l_209 = l_690;
let l_691 = info.static_meta[u32(3)];
let l_692 = l_691 * u32(1);
let l_693 = l_203 < l_692;
let l_694 = l_692 - u32(1);
let l_695 = min(l_203, l_694);
let l_696 = buffer_3_global[l_695];
let l_697 = select(f32(0.0), l_696, l_693);
let l_210 = l_697;
let l_211 = l_209 * l_210;
l_mut_29 = l_mut_29 / l_211;
let l_212 = l_201 + info.scalars_u32[0];
let l_213 = l_203 + info.scalars_u32[1];
let l_214 = l_212 == l_213;
let l_215 = select(f32(-1.0), f32(1.0), l_214);
let l_216 = l_mut_29 + info.scalars_f32[1];
let l_217 = -info.scalars_f32[2];
let l_218 = l_217 * l_215;
let l_219 = l_215 * l_216;
let l_220 = exp(l_219);
let l_221 = f32(1.0) + l_220;
let l_222 = l_218 / l_221;
let l_223 = l_222 * l_mut_29;
let l_224 = a_7[u32(0)];
let l_225 = l_224 + l_223;
a_7[u32(0)] = l_225;
let l_226 = a_8[u32(0)];
let l_227 = l_226 + l_222;
a_8[u32(0)] = l_227;
}
let l_228 = l_mut_9 + l_4;
let l_229 = l_228 + u32(16);
let l_230 = l_201 < l_0;
let l_231 = l_229 < l_1;
let l_232 = l_230 && l_231;
if l_232 {
let l_233 = a_6[u32(1)];
let l_234 = info.scalars_f32[0] * l_233;
l_mut_29 = l_234;
let l_698 = info.static_meta[u32(2)];
let l_699 = l_698 * u32(1);
let l_700 = l_201 < l_699;
let l_701 = l_699 - u32(1);
let l_702 = min(l_201, l_701);
let l_703 = buffer_2_global[l_702];
let l_704 = select(f32(0.0), l_703, l_700);
let l_235 = l_704;
let l_705 = info.static_meta[u32(3)];
let l_706 = l_705 * u32(1);
let l_707 = l_229 < l_706;
let l_708 = l_706 - u32(1);
let l_709 = min(l_229, l_708);
let l_710 = buffer_3_global[l_709];
let l_711 = select(f32(0.0), l_710, l_707);
let l_236 = l_711;
let l_237 = l_235 * l_236;
l_mut_29 = l_mut_29 / l_237;
let l_238 = l_201 + info.scalars_u32[0];
let l_239 = l_229 + info.scalars_u32[1];
let l_240 = l_238 == l_239;
let l_241 = select(f32(-1.0), f32(1.0), l_240);
let l_242 = l_mut_29 + info.scalars_f32[1];
let l_243 = -info.scalars_f32[2];
let l_244 = l_243 * l_241;
let l_245 = l_241 * l_242;
let l_246 = exp(l_245);
let l_247 = f32(1.0) + l_246;
let l_248 = l_244 / l_247;
let l_249 = l_248 * l_mut_29;
let l_250 = a_7[u32(0)];
let l_251 = l_250 + l_249;
a_7[u32(0)] = l_251;
let l_252 = a_8[u32(0)];
let l_253 = l_252 + l_248;
a_8[u32(0)] = l_253;
}
let l_254 = l_mut_9 + l_4;
let l_255 = l_254 + u32(32);
let l_256 = l_201 < l_0;
let l_257 = l_255 < l_1;
let l_258 = l_256 && l_257;
if l_258 {
let l_259 = a_6[u32(2)];
let l_260 = info.scalars_f32[0] * l_259;
l_mut_29 = l_260;
let l_712 = info.static_meta[u32(2)];
let l_713 = l_712 * u32(1);
let l_714 = l_201 < l_713;
let l_715 = l_713 - u32(1);
let l_716 = min(l_201, l_715);
let l_717 = buffer_2_global[l_716];
let l_718 = select(f32(0.0), l_717, l_714);
let l_261 = l_718;
let l_719 = info.static_meta[u32(3)];
let l_720 = l_719 * u32(1);
let l_721 = l_255 < l_720;
let l_722 = l_720 - u32(1);
let l_723 = min(l_255, l_722);
let l_724 = buffer_3_global[l_723];
let l_725 = select(f32(0.0), l_724, l_721);
let l_262 = l_725;
let l_263 = l_261 * l_262;
l_mut_29 = l_mut_29 / l_263;
let l_264 = l_201 + info.scalars_u32[0];
let l_265 = l_255 + info.scalars_u32[1];
let l_266 = l_264 == l_265;
let l_267 = select(f32(-1.0), f32(1.0), l_266);
let l_268 = l_mut_29 + info.scalars_f32[1];
let l_269 = -info.scalars_f32[2];
let l_270 = l_269 * l_267;
let l_271 = l_267 * l_268;
let l_272 = exp(l_271);
let l_273 = f32(1.0) + l_272;
let l_274 = l_270 / l_273;
let l_275 = l_274 * l_mut_29;
let l_276 = a_7[u32(0)];
let l_277 = l_276 + l_275;
a_7[u32(0)] = l_277;
let l_278 = a_8[u32(0)];
let l_279 = l_278 + l_274;
a_8[u32(0)] = l_279;
}
let l_280 = l_mut_9 + l_4;
let l_281 = l_280 + u32(48);
let l_282 = l_201 < l_0;
let l_283 = l_281 < l_1;
let l_284 = l_282 && l_283;
if l_284 {
let l_285 = a_6[u32(3)];
let l_286 = info.scalars_f32[0] * l_285;
l_mut_29 = l_286;
let l_726 = info.static_meta[u32(2)];
let l_727 = l_726 * u32(1);
let l_728 = l_201 < l_727;
let l_729 = l_727 - u32(1);
let l_730 = min(l_201, l_729);
let l_731 = buffer_2_global[l_730];
let l_732 = select(f32(0.0), l_731, l_728);
let l_287 = l_732;
let l_733 = info.static_meta[u32(3)];
let l_734 = l_733 * u32(1);
let l_735 = l_281 < l_734;
let l_736 = l_734 - u32(1);
let l_737 = min(l_281, l_736);
let l_738 = buffer_3_global[l_737];
let l_739 = select(f32(0.0), l_738, l_735);
let l_288 = l_739;
let l_289 = l_287 * l_288;
l_mut_29 = l_mut_29 / l_289;
let l_290 = l_201 + info.scalars_u32[0];
let l_291 = l_281 + info.scalars_u32[1];
let l_292 = l_290 == l_291;
let l_293 = select(f32(-1.0), f32(1.0), l_292);
let l_294 = l_mut_29 + info.scalars_f32[1];
let l_295 = -info.scalars_f32[2];
let l_296 = l_295 * l_293;
let l_297 = l_293 * l_294;
let l_298 = exp(l_297);
let l_299 = f32(1.0) + l_298;
let l_300 = l_296 / l_299;
let l_301 = l_300 * l_mut_29;
let l_302 = a_7[u32(0)];
let l_303 = l_302 + l_301;
a_7[u32(0)] = l_303;
let l_304 = a_8[u32(0)];
let l_305 = l_304 + l_300;
a_8[u32(0)] = l_305;
}
let l_306 = l_2 + l_3;
let l_307 = l_306 + u32(16);
let l_308 = l_mut_9 + l_4;
let l_309 = l_308 + u32(0);
let l_310 = l_307 < l_0;
let l_311 = l_309 < l_1;
let l_312 = l_310 && l_311;
if l_312 {
let l_313 = a_6[u32(4)];
let l_314 = info.scalars_f32[0] * l_313;
l_mut_29 = l_314;
let l_740 = info.static_meta[u32(2)];
let l_741 = l_740 * u32(1);
let l_742 = l_307 < l_741;
let l_743 = l_741 - u32(1);
let l_744 = min(l_307, l_743);
let l_745 = buffer_2_global[l_744];
let l_746 = select(f32(0.0), l_745, l_742);
let l_315 = l_746;
let l_747 = info.static_meta[u32(3)];
let l_748 = l_747 * u32(1);
let l_749 = l_309 < l_748;
let l_750 = l_748 - u32(1);
let l_751 = min(l_309, l_750);
let l_752 = buffer_3_global[l_751];
let l_753 = select(f32(0.0), l_752, l_749);
let l_316 = l_753;
let l_317 = l_315 * l_316;
l_mut_29 = l_mut_29 / l_317;
let l_318 = l_307 + info.scalars_u32[0];
let l_319 = l_309 + info.scalars_u32[1];
let l_320 = l_318 == l_319;
let l_321 = select(f32(-1.0), f32(1.0), l_320);
let l_322 = l_mut_29 + info.scalars_f32[1];
let l_323 = -info.scalars_f32[2];
let l_324 = l_323 * l_321;
let l_325 = l_321 * l_322;
let l_326 = exp(l_325);
let l_327 = f32(1.0) + l_326;
let l_328 = l_324 / l_327;
let l_329 = l_328 * l_mut_29;
let l_330 = a_7[u32(1)];
let l_331 = l_330 + l_329;
a_7[u32(1)] = l_331;
let l_332 = a_8[u32(1)];
let l_333 = l_332 + l_328;
a_8[u32(1)] = l_333;
}
let l_334 = l_mut_9 + l_4;
let l_335 = l_334 + u32(16);
let l_336 = l_307 < l_0;
let l_337 = l_335 < l_1;
let l_338 = l_336 && l_337;
if l_338 {
let l_339 = a_6[u32(5)];
let l_340 = info.scalars_f32[0] * l_339;
l_mut_29 = l_340;
let l_754 = info.static_meta[u32(2)];
let l_755 = l_754 * u32(1);
let l_756 = l_307 < l_755;
let l_757 = l_755 - u32(1);
let l_758 = min(l_307, l_757);
let l_759 = buffer_2_global[l_758];
let l_760 = select(f32(0.0), l_759, l_756);
let l_341 = l_760;
let l_761 = info.static_meta[u32(3)];
let l_762 = l_761 * u32(1);
let l_763 = l_335 < l_762;
let l_764 = l_762 - u32(1);
let l_765 = min(l_335, l_764);
let l_766 = buffer_3_global[l_765];
let l_767 = select(f32(0.0), l_766, l_763);
let l_342 = l_767;
let l_343 = l_341 * l_342;
l_mut_29 = l_mut_29 / l_343;
let l_344 = l_307 + info.scalars_u32[0];
let l_345 = l_335 + info.scalars_u32[1];
let l_346 = l_344 == l_345;
let l_347 = select(f32(-1.0), f32(1.0), l_346);
let l_348 = l_mut_29 + info.scalars_f32[1];
let l_349 = -info.scalars_f32[2];
let l_350 = l_349 * l_347;
let l_351 = l_347 * l_348;
let l_352 = exp(l_351);
let l_353 = f32(1.0) + l_352;
let l_354 = l_350 / l_353;
let l_355 = l_354 * l_mut_29;
let l_356 = a_7[u32(1)];
let l_357 = l_356 + l_355;
a_7[u32(1)] = l_357;
let l_358 = a_8[u32(1)];
let l_359 = l_358 + l_354;
a_8[u32(1)] = l_359;
}
let l_360 = l_mut_9 + l_4;
let l_361 = l_360 + u32(32);
let l_362 = l_307 < l_0;
let l_363 = l_361 < l_1;
let l_364 = l_362 && l_363;
if l_364 {
let l_365 = a_6[u32(6)];
let l_366 = info.scalars_f32[0] * l_365;
l_mut_29 = l_366;
let l_768 = info.static_meta[u32(2)];
let l_769 = l_768 * u32(1);
let l_770 = l_307 < l_769;
let l_771 = l_769 - u32(1);
let l_772 = min(l_307, l_771);
let l_773 = buffer_2_global[l_772];
let l_774 = select(f32(0.0), l_773, l_770);
let l_367 = l_774;
let l_775 = info.static_meta[u32(3)];
let l_776 = l_775 * u32(1);
let l_777 = l_361 < l_776;
let l_778 = l_776 - u32(1);
let l_779 = min(l_361, l_778);
let l_780 = buffer_3_global[l_779];
let l_781 = select(f32(0.0), l_780, l_777);
let l_368 = l_781;
let l_369 = l_367 * l_368;
l_mut_29 = l_mut_29 / l_369;
let l_370 = l_307 + info.scalars_u32[0];
let l_371 = l_361 + info.scalars_u32[1];
let l_372 = l_370 == l_371;
let l_373 = select(f32(-1.0), f32(1.0), l_372);
let l_374 = l_mut_29 + info.scalars_f32[1];
let l_375 = -info.scalars_f32[2];
let l_376 = l_375 * l_373;
let l_377 = l_373 * l_374;
let l_378 = exp(l_377);
let l_379 = f32(1.0) + l_378;
let l_380 = l_376 / l_379;
let l_381 = l_380 * l_mut_29;
let l_382 = a_7[u32(1)];
let l_383 = l_382 + l_381;
a_7[u32(1)] = l_383;
let l_384 = a_8[u32(1)];
let l_385 = l_384 + l_380;
a_8[u32(1)] = l_385;
}
let l_386 = l_mut_9 + l_4;
let l_387 = l_386 + u32(48);
let l_388 = l_307 < l_0;
let l_389 = l_387 < l_1;
let l_390 = l_388 && l_389;
if l_390 {
let l_391 = a_6[u32(7)];
let l_392 = info.scalars_f32[0] * l_391;
l_mut_29 = l_392;
let l_782 = info.static_meta[u32(2)];
let l_783 = l_782 * u32(1);
let l_784 = l_307 < l_783;
let l_785 = l_783 - u32(1);
let l_786 = min(l_307, l_785);
let l_787 = buffer_2_global[l_786];
let l_788 = select(f32(0.0), l_787, l_784);
let l_393 = l_788;
let l_789 = info.static_meta[u32(3)];
let l_790 = l_789 * u32(1);
let l_791 = l_387 < l_790;
let l_792 = l_790 - u32(1);
let l_793 = min(l_387, l_792);
let l_794 = buffer_3_global[l_793];
let l_795 = select(f32(0.0), l_794, l_791);
let l_394 = l_795;
let l_395 = l_393 * l_394;
l_mut_29 = l_mut_29 / l_395;
let l_396 = l_307 + info.scalars_u32[0];
let l_397 = l_387 + info.scalars_u32[1];
let l_398 = l_396 == l_397;
let l_399 = select(f32(-1.0), f32(1.0), l_398);
let l_400 = l_mut_29 + info.scalars_f32[1];
let l_401 = -info.scalars_f32[2];
let l_402 = l_401 * l_399;
let l_403 = l_399 * l_400;
let l_404 = exp(l_403);
let l_405 = f32(1.0) + l_404;
let l_406 = l_402 / l_405;
let l_407 = l_406 * l_mut_29;
let l_408 = a_7[u32(1)];
let l_409 = l_408 + l_407;
a_7[u32(1)] = l_409;
let l_410 = a_8[u32(1)];
let l_411 = l_410 + l_406;
a_8[u32(1)] = l_411;
}
let l_412 = l_2 + l_3;
let l_413 = l_412 + u32(32);
let l_414 = l_mut_9 + l_4;
let l_415 = l_414 + u32(0);
let l_416 = l_413 < l_0;
let l_417 = l_415 < l_1;
let l_418 = l_416 && l_417;
if l_418 {
let l_419 = a_6[u32(8)];
let l_420 = info.scalars_f32[0] * l_419;
l_mut_29 = l_420;
let l_796 = info.static_meta[u32(2)];
let l_797 = l_796 * u32(1);
let l_798 = l_413 < l_797;
let l_799 = l_797 - u32(1);
let l_800 = min(l_413, l_799);
let l_801 = buffer_2_global[l_800];
let l_802 = select(f32(0.0), l_801, l_798);
let l_421 = l_802;
let l_803 = info.static_meta[u32(3)];
let l_804 = l_803 * u32(1);
let l_805 = l_415 < l_804;
let l_806 = l_804 - u32(1);
let l_807 = min(l_415, l_806);
let l_808 = buffer_3_global[l_807];
let l_809 = select(f32(0.0), l_808, l_805);
let l_422 = l_809;
let l_423 = l_421 * l_422;
l_mut_29 = l_mut_29 / l_423;
let l_424 = l_413 + info.scalars_u32[0];
let l_425 = l_415 + info.scalars_u32[1];
let l_426 = l_424 == l_425;
let l_427 = select(f32(-1.0), f32(1.0), l_426);
let l_428 = l_mut_29 + info.scalars_f32[1];
let l_429 = -info.scalars_f32[2];
let l_430 = l_429 * l_427;
let l_431 = l_427 * l_428;
let l_432 = exp(l_431);
let l_433 = f32(1.0) + l_432;
let l_434 = l_430 / l_433;
let l_435 = l_434 * l_mut_29;
let l_436 = a_7[u32(2)];
let l_437 = l_436 + l_435;
a_7[u32(2)] = l_437;
let l_438 = a_8[u32(2)];
let l_439 = l_438 + l_434;
a_8[u32(2)] = l_439;
}
let l_440 = l_mut_9 + l_4;
let l_441 = l_440 + u32(16);
let l_442 = l_413 < l_0;
let l_443 = l_441 < l_1;
let l_444 = l_442 && l_443;
if l_444 {
let l_445 = a_6[u32(9)];
let l_446 = info.scalars_f32[0] * l_445;
l_mut_29 = l_446;
let l_810 = info.static_meta[u32(2)];
let l_811 = l_810 * u32(1);
let l_812 = l_413 < l_811;
let l_813 = l_811 - u32(1);
let l_814 = min(l_413, l_813);
let l_815 = buffer_2_global[l_814];
let l_816 = select(f32(0.0), l_815, l_812);
let l_447 = l_816;
let l_817 = info.static_meta[u32(3)];
let l_818 = l_817 * u32(1);
let l_819 = l_441 < l_818;
let l_820 = l_818 - u32(1);
let l_821 = min(l_441, l_820);
let l_822 = buffer_3_global[l_821];
let l_823 = select(f32(0.0), l_822, l_819);
let l_448 = l_823;
let l_449 = l_447 * l_448;
l_mut_29 = l_mut_29 / l_449;
let l_450 = l_413 + info.scalars_u32[0];
let l_451 = l_441 + info.scalars_u32[1];
let l_452 = l_450 == l_451;
let l_453 = select(f32(-1.0), f32(1.0), l_452);
let l_454 = l_mut_29 + info.scalars_f32[1];
let l_455 = -info.scalars_f32[2];
let l_456 = l_455 * l_453;
let l_457 = l_453 * l_454;
let l_458 = exp(l_457);
let l_459 = f32(1.0) + l_458;
let l_460 = l_456 / l_459;
let l_461 = l_460 * l_mut_29;
let l_462 = a_7[u32(2)];
let l_463 = l_462 + l_461;
a_7[u32(2)] = l_463;
let l_464 = a_8[u32(2)];
let l_465 = l_464 + l_460;
a_8[u32(2)] = l_465;
}
let l_466 = l_mut_9 + l_4;
let l_467 = l_466 + u32(32);
let l_468 = l_413 < l_0;
let l_469 = l_467 < l_1;
let l_470 = l_468 && l_469;
if l_470 {
let l_471 = a_6[u32(10)];
let l_472 = info.scalars_f32[0] * l_471;
l_mut_29 = l_472;
let l_824 = info.static_meta[u32(2)];
let l_825 = l_824 * u32(1);
let l_826 = l_413 < l_825;
let l_827 = l_825 - u32(1);
let l_828 = min(l_413, l_827);
let l_829 = buffer_2_global[l_828];
let l_830 = select(f32(0.0), l_829, l_826);
let l_473 = l_830;
let l_831 = info.static_meta[u32(3)];
let l_832 = l_831 * u32(1);
let l_833 = l_467 < l_832;
let l_834 = l_832 - u32(1);
let l_835 = min(l_467, l_834);
let l_836 = buffer_3_global[l_835];
let l_837 = select(f32(0.0), l_836, l_833);
let l_474 = l_837;
let l_475 = l_473 * l_474;
l_mut_29 = l_mut_29 / l_475;
let l_476 = l_413 + info.scalars_u32[0];
let l_477 = l_467 + info.scalars_u32[1];
let l_478 = l_476 == l_477;
let l_479 = select(f32(-1.0), f32(1.0), l_478);
let l_480 = l_mut_29 + info.scalars_f32[1];
let l_481 = -info.scalars_f32[2];
let l_482 = l_481 * l_479;
let l_483 = l_479 * l_480;
let l_484 = exp(l_483);
let l_485 = f32(1.0) + l_484;
let l_486 = l_482 / l_485;
let l_487 = l_486 * l_mut_29;
let l_488 = a_7[u32(2)];
let l_489 = l_488 + l_487;
a_7[u32(2)] = l_489;
let l_490 = a_8[u32(2)];
let l_491 = l_490 + l_486;
a_8[u32(2)] = l_491;
}
let l_492 = l_mut_9 + l_4;
let l_493 = l_492 + u32(48);
let l_494 = l_413 < l_0;
let l_495 = l_493 < l_1;
let l_496 = l_494 && l_495;
if l_496 {
let l_497 = a_6[u32(11)];
let l_498 = info.scalars_f32[0] * l_497;
l_mut_29 = l_498;
let l_838 = info.static_meta[u32(2)];
let l_839 = l_838 * u32(1);
let l_840 = l_413 < l_839;
let l_841 = l_839 - u32(1);
let l_842 = min(l_413, l_841);
let l_843 = buffer_2_global[l_842];
let l_844 = select(f32(0.0), l_843, l_840);
let l_499 = l_844;
let l_845 = info.static_meta[u32(3)];
let l_846 = l_845 * u32(1);
let l_847 = l_493 < l_846;
let l_848 = l_846 - u32(1);
let l_849 = min(l_493, l_848);
let l_850 = buffer_3_global[l_849];
let l_851 = select(f32(0.0), l_850, l_847);
let l_500 = l_851;
let l_501 = l_499 * l_500;
l_mut_29 = l_mut_29 / l_501;
let l_502 = l_413 + info.scalars_u32[0];
let l_503 = l_493 + info.scalars_u32[1];
let l_504 = l_502 == l_503;
let l_505 = select(f32(-1.0), f32(1.0), l_504);
let l_506 = l_mut_29 + info.scalars_f32[1];
let l_507 = -info.scalars_f32[2];
let l_508 = l_507 * l_505;
let l_509 = l_505 * l_506;
let l_510 = exp(l_509);
let l_511 = f32(1.0) + l_510;
let l_512 = l_508 / l_511;
let l_513 = l_512 * l_mut_29;
let l_514 = a_7[u32(2)];
let l_515 = l_514 + l_513;
a_7[u32(2)] = l_515;
let l_516 = a_8[u32(2)];
let l_517 = l_516 + l_512;
a_8[u32(2)] = l_517;
}
let l_518 = l_2 + l_3;
let l_519 = l_518 + u32(48);
let l_520 = l_mut_9 + l_4;
let l_521 = l_520 + u32(0);
let l_522 = l_519 < l_0;
let l_523 = l_521 < l_1;
let l_524 = l_522 && l_523;
if l_524 {
let l_525 = a_6[u32(12)];
let l_526 = info.scalars_f32[0] * l_525;
l_mut_29 = l_526;
let l_852 = info.static_meta[u32(2)];
let l_853 = l_852 * u32(1);
let l_854 = l_519 < l_853;
let l_855 = l_853 - u32(1);
let l_856 = min(l_519, l_855);
let l_857 = buffer_2_global[l_856];
let l_858 = select(f32(0.0), l_857, l_854);
let l_527 = l_858;
let l_859 = info.static_meta[u32(3)];
let l_860 = l_859 * u32(1);
let l_861 = l_521 < l_860;
let l_862 = l_860 - u32(1);
let l_863 = min(l_521, l_862);
let l_864 = buffer_3_global[l_863];
let l_865 = select(f32(0.0), l_864, l_861);
let l_528 = l_865;
let l_529 = l_527 * l_528;
l_mut_29 = l_mut_29 / l_529;
let l_530 = l_519 + info.scalars_u32[0];
let l_531 = l_521 + info.scalars_u32[1];
let l_532 = l_530 == l_531;
let l_533 = select(f32(-1.0), f32(1.0), l_532);
let l_534 = l_mut_29 + info.scalars_f32[1];
let l_535 = -info.scalars_f32[2];
let l_536 = l_535 * l_533;
let l_537 = l_533 * l_534;
let l_538 = exp(l_537);
let l_539 = f32(1.0) + l_538;
let l_540 = l_536 / l_539;
let l_541 = l_540 * l_mut_29;
let l_542 = a_7[u32(3)];
let l_543 = l_542 + l_541;
a_7[u32(3)] = l_543;
let l_544 = a_8[u32(3)];
let l_545 = l_544 + l_540;
a_8[u32(3)] = l_545;
}
let l_546 = l_mut_9 + l_4;
let l_547 = l_546 + u32(16);
let l_548 = l_519 < l_0;
let l_549 = l_547 < l_1;
let l_550 = l_548 && l_549;
if l_550 {
let l_551 = a_6[u32(13)];
let l_552 = info.scalars_f32[0] * l_551;
l_mut_29 = l_552;
let l_866 = info.static_meta[u32(2)];
let l_867 = l_866 * u32(1);
let l_868 = l_519 < l_867;
let l_869 = l_867 - u32(1);
let l_870 = min(l_519, l_869);
let l_871 = buffer_2_global[l_870];
let l_872 = select(f32(0.0), l_871, l_868);
let l_553 = l_872;
let l_873 = info.static_meta[u32(3)];
let l_874 = l_873 * u32(1);
let l_875 = l_547 < l_874;
let l_876 = l_874 - u32(1);
let l_877 = min(l_547, l_876);
let l_878 = buffer_3_global[l_877];
let l_879 = select(f32(0.0), l_878, l_875);
let l_554 = l_879;
let l_555 = l_553 * l_554;
l_mut_29 = l_mut_29 / l_555;
let l_556 = l_519 + info.scalars_u32[0];
let l_557 = l_547 + info.scalars_u32[1];
let l_558 = l_556 == l_557;
let l_559 = select(f32(-1.0), f32(1.0), l_558);
let l_560 = l_mut_29 + info.scalars_f32[1];
let l_561 = -info.scalars_f32[2];
let l_562 = l_561 * l_559;
let l_563 = l_559 * l_560;
let l_564 = exp(l_563);
let l_565 = f32(1.0) + l_564;
let l_566 = l_562 / l_565;
let l_567 = l_566 * l_mut_29;
let l_568 = a_7[u32(3)];
let l_569 = l_568 + l_567;
a_7[u32(3)] = l_569;
let l_570 = a_8[u32(3)];
let l_571 = l_570 + l_566;
a_8[u32(3)] = l_571;
}
let l_572 = l_mut_9 + l_4;
let l_573 = l_572 + u32(32);
let l_574 = l_519 < l_0;
let l_575 = l_573 < l_1;
let l_576 = l_574 && l_575;
if l_576 {
let l_577 = a_6[u32(14)];
let l_578 = info.scalars_f32[0] * l_577;
l_mut_29 = l_578;
let l_880 = info.static_meta[u32(2)];
let l_881 = l_880 * u32(1);
let l_882 = l_519 < l_881;
let l_883 = l_881 - u32(1);
let l_884 = min(l_519, l_883);
let l_885 = buffer_2_global[l_884];
let l_886 = select(f32(0.0), l_885, l_882);
let l_579 = l_886;
let l_887 = info.static_meta[u32(3)];
let l_888 = l_887 * u32(1);
let l_889 = l_573 < l_888;
let l_890 = l_888 - u32(1);
let l_891 = min(l_573, l_890);
let l_892 = buffer_3_global[l_891];
let l_893 = select(f32(0.0), l_892, l_889);
let l_580 = l_893;
let l_581 = l_579 * l_580;
l_mut_29 = l_mut_29 / l_581;
let l_582 = l_519 + info.scalars_u32[0];
let l_583 = l_573 + info.scalars_u32[1];
let l_584 = l_582 == l_583;
let l_585 = select(f32(-1.0), f32(1.0), l_584);
let l_586 = l_mut_29 + info.scalars_f32[1];
let l_587 = -info.scalars_f32[2];
let l_588 = l_587 * l_585;
let l_589 = l_585 * l_586;
let l_590 = exp(l_589);
let l_591 = f32(1.0) + l_590;
let l_592 = l_588 / l_591;
let l_593 = l_592 * l_mut_29;
let l_594 = a_7[u32(3)];
let l_595 = l_594 + l_593;
a_7[u32(3)] = l_595;
let l_596 = a_8[u32(3)];
let l_597 = l_596 + l_592;
a_8[u32(3)] = l_597;
}
let l_598 = l_mut_9 + l_4;
let l_599 = l_598 + u32(48);
let l_600 = l_519 < l_0;
let l_601 = l_599 < l_1;
let l_602 = l_600 && l_601;
if l_602 {
let l_603 = a_6[u32(15)];
let l_604 = info.scalars_f32[0] * l_603;
l_mut_29 = l_604;
let l_894 = info.static_meta[u32(2)];
let l_895 = l_894 * u32(1);
let l_896 = l_519 < l_895;
let l_897 = l_895 - u32(1);
let l_898 = min(l_519, l_897);
let l_899 = buffer_2_global[l_898];
let l_900 = select(f32(0.0), l_899, l_896);
let l_605 = l_900;
let l_901 = info.static_meta[u32(3)];
let l_902 = l_901 * u32(1);
let l_903 = l_599 < l_902;
let l_904 = l_902 - u32(1);
let l_905 = min(l_599, l_904);
let l_906 = buffer_3_global[l_905];
let l_907 = select(f32(0.0), l_906, l_903);
let l_606 = l_907;
let l_607 = l_605 * l_606;
l_mut_29 = l_mut_29 / l_607;
let l_608 = l_519 + info.scalars_u32[0];
let l_609 = l_599 + info.scalars_u32[1];
let l_610 = l_608 == l_609;
let l_611 = select(f32(-1.0), f32(1.0), l_610);
let l_612 = l_mut_29 + info.scalars_f32[1];
let l_613 = -info.scalars_f32[2];
let l_614 = l_613 * l_611;
let l_615 = l_611 * l_612;
let l_616 = exp(l_615);
let l_617 = f32(1.0) + l_616;
let l_618 = l_614 / l_617;
let l_619 = l_618 * l_mut_29;
let l_620 = a_7[u32(3)];
let l_621 = l_620 + l_619;
a_7[u32(3)] = l_621;
let l_622 = a_8[u32(3)];
let l_623 = l_622 + l_618;
a_8[u32(3)] = l_623;
}
l_mut_9 = l_mut_9 + u32(64);
}
let l_624 = l_3 + u32(0);
let l_625 = l_624 * u32(16);
let l_626 = l_625 + l_4;
let l_627 = a_7[u32(0)];
shared_memory_5[l_626] = l_627;
let l_628 = l_624 * u32(16);
let l_629 = u32(1024) + l_628;
let l_630 = l_629 + l_4;
let l_631 = a_8[u32(0)];
shared_memory_5[l_630] = l_631;
let l_632 = l_3 + u32(16);
let l_633 = l_632 * u32(16);
let l_634 = l_633 + l_4;
let l_635 = a_7[u32(1)];
shared_memory_5[l_634] = l_635;
let l_636 = l_632 * u32(16);
let l_637 = u32(1024) + l_636;
let l_638 = l_637 + l_4;
let l_639 = a_8[u32(1)];
shared_memory_5[l_638] = l_639;
let l_640 = l_3 + u32(32);
let l_641 = l_640 * u32(16);
let l_642 = l_641 + l_4;
let l_643 = a_7[u32(2)];
shared_memory_5[l_642] = l_643;
let l_644 = l_640 * u32(16);
let l_645 = u32(1024) + l_644;
let l_646 = l_645 + l_4;
let l_647 = a_8[u32(2)];
shared_memory_5[l_646] = l_647;
let l_648 = l_3 + u32(48);
let l_649 = l_648 * u32(16);
let l_650 = l_649 + l_4;
let l_651 = a_7[u32(3)];
shared_memory_5[l_650] = l_651;
let l_652 = l_648 * u32(16);
let l_653 = u32(1024) + l_652;
let l_654 = l_653 + l_4;
let l_655 = a_8[u32(3)];
shared_memory_5[l_654] = l_655;
workgroupBarrier();
let l_656 = local_idx < u32(64);
if l_656 {
let l_657 = l_2 + local_idx;
let l_658 = l_657 < l_0;
if l_658 {
l_mut_29 = f32(0.0);
l_mut_28 = f32(0.0);

for (var l_mut_659: u32 = u32(0); l_mut_659 < u32(16); l_mut_659++) {
let l_660 = local_idx * u32(16);
let l_661 = l_660 + l_mut_659;
let l_662 = shared_memory_5[l_661];
l_mut_29 = l_mut_29 + l_662;
let l_663 = local_idx * u32(16);
let l_664 = u32(1024) + l_663;
let l_665 = l_664 + l_mut_659;
let l_666 = shared_memory_5[l_665];
l_mut_28 = l_mut_28 + l_666;
}
let l_667 = u32(2) * l_657;
let l_908 = info.static_meta[u32(4)];
let l_909 = l_908 * u32(1);
let l_910 = l_667 < l_909;
if l_910 {
buffer_4_global[l_667] = l_mut_29;
}
let l_668 = u32(2) * l_657;
let l_669 = l_668 + u32(1);
let l_911 = info.static_meta[u32(4)];
let l_912 = l_911 * u32(1);
let l_913 = l_669 < l_912;
if l_913 {
buffer_4_global[l_669] = l_mut_28;
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
