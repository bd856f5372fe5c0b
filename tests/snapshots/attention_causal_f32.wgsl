// ==== launch 0: forward_kernel_q_f32_kv_f32_o_f32 (attention), cube_dim 256x1x1
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

var<workgroup> shared_memory_40: array<f32, 7520>;

const WORKGROUP_SIZE_X = 256u;
const WORKGROUP_SIZE_Y = 1u;
const WORKGROUP_SIZE_Z = 1u;

@compute
@workgroup_size(256, 1, 1)
fn forward_kernel_q_f32_kv_f32_o_f32(
    @builtin(local_invocation_index) local_idx: u32,
    @builtin(num_workgroups) num_workgroups: vec3<u32>,
    @builtin(workgroup_id) workgroup_id: vec3<u32>,
) {
var a_68: array<f32, 8>;

var a_69: array<f32, 4>;

let workgroup_id_no_axis = (u32(num_workgroups.y) * u32(num_workgroups.x) * u32(workgroup_id.z)) + (u32(num_workgroups.x) * u32(workgroup_id.y)) + u32(workgroup_id.x);
var l_mut_148: f32;
var l_mut_25: u32;
var l_mut_26: u32;
var l_mut_272: f32;
var l_mut_66: f32;
var l_mut_67: f32;
var l_mut_70: u32;
let l_0 = workgroup_id_no_axis < info.scalars_u32[0];
if l_0 {
let l_1 = info.dynamic_meta[info.static_meta[u32(14)] + u32(0)];
let l_2 = info.dynamic_meta[info.static_meta[u32(14)] + u32(1)];
let l_3 = info.dynamic_meta[info.static_meta[u32(14)] + u32(2)];
let l_4 = workgroup_id_no_axis / l_2;
let l_5 = workgroup_id_no_axis % l_2;
let l_6 = info.dynamic_meta[info.static_meta[u32(15)] + u32(1)];
let l_7 = l_2 / l_6;
let l_8 = l_5 / l_7;
let l_9 = l_4 * u32(32);
let l_10 = local_idx / u32(8);
let l_11 = local_idx % u32(8);
let l_12 = l_9 + l_10;
let l_13 = l_12 < l_1;
let l_14 = select(u32(0), l_12, l_13);
let l_15 = u32(2) * l_14;
let l_437 = info.static_meta[u32(3)];
let l_438 = l_437 * u32(1);
let l_439 = l_15 < l_438;
let l_440 = l_438 - u32(1);
let l_441 = min(l_15, l_440);
let l_442 = buffer_3_global[l_441];
let l_443 = select(i32(0), l_442, l_439);
let l_16 = l_443;
let l_17 = u32(l_16);
let l_18 = select(u32(0), l_17, l_13);
let l_19 = u32(2) * l_14;
let l_20 = l_19 + u32(1);
let l_444 = info.static_meta[u32(3)];
let l_445 = l_444 * u32(1);
let l_446 = l_20 < l_445;
let l_447 = l_445 - u32(1);
let l_448 = min(l_20, l_447);
let l_449 = buffer_3_global[l_448];
let l_450 = select(i32(0), l_449, l_446);
let l_21 = l_450;
let l_22 = u32(l_21);
let l_23 = select(u32(0), l_22, l_13);
let l_24 = info.dynamic_meta[info.static_meta[u32(15)] + u32(0)];
l_mut_25 = l_24;
l_mut_26 = u32(0);

for (var l_mut_27: u32 = u32(0); l_mut_27 < u32(32); l_mut_27++) {
let l_28 = l_9 + l_mut_27;
let l_29 = l_28 < l_1;
if l_29 {
let l_30 = u32(2) * l_28;
let l_451 = info.static_meta[u32(3)];
let l_452 = l_451 * u32(1);
let l_453 = l_30 < l_452;
let l_454 = l_452 - u32(1);
let l_455 = min(l_30, l_454);
let l_456 = buffer_3_global[l_455];
let l_457 = select(i32(0), l_456, l_453);
let l_31 = l_457;
let l_32 = u32(l_31);
let l_33 = u32(2) * l_28;
let l_34 = l_33 + u32(1);
let l_458 = info.static_meta[u32(3)];
let l_459 = l_458 * u32(1);
let l_460 = l_34 < l_459;
let l_461 = l_459 - u32(1);
let l_462 = min(l_34, l_461);
let l_463 = buffer_3_global[l_462];
let l_464 = select(i32(0), l_463, l_460);
let l_35 = l_464;
let l_36 = u32(l_35);
let l_37 = l_32 < l_36;
if l_37 {
let l_38 = min(l_mut_25, l_32);
l_mut_25 = l_38;
let l_39 = max(l_mut_26, l_36);
l_mut_26 = l_39;
}
}
}

for (var l_mut_41: u32 = u32(0); l_mut_41 < u32(8); l_mut_41++) {
let l_42 = l_mut_41 * u32(256);
let l_43 = local_idx + l_42;
let l_44 = l_43 / u32(64);
let l_45 = l_43 % u32(64);
let l_46 = l_9 + l_44;
let l_47 = l_46 < l_1;
let l_48 = l_45 < l_3;
let l_49 = l_47 && l_48;
let l_50 = l_9 + l_44;
let l_51 = select(u32(0), l_50, l_49);
let l_52 = select(u32(0), l_45, l_49);
let l_53 = info.dynamic_meta[info.static_meta[u32(18)] + u32(0)];
let l_54 = l_51 * l_53;
let l_55 = info.dynamic_meta[info.static_meta[u32(18)] + u32(1)];
let l_56 = l_5 * l_55;
let l_57 = l_54 + l_56;
let l_58 = info.dynamic_meta[info.static_meta[u32(18)] + u32(2)];
let l_59 = l_52 * l_58;
let l_60 = l_57 + l_59;
let l_465 = info.static_meta[u32(0)];
let l_466 = l_465 * u32(1);
let l_467 = l_60 < l_466;
let l_468 = l_466 - u32(1);
let l_469 = min(l_60, l_468);
let l_470 = buffer_0_global[l_469];
let l_471 = select(f32(0.0), l_470, l_467);
let l_61 = l_471;
let l_62 = select(f32(0.0), l_61, l_49);
let l_63 = l_44 * u32(65);
let l_64 = l_63 + l_45;
let l_65 = l_62 * info.scalars_f32[0];
shared_memory_40[l_64] = l_65;
}
l_mut_66 = f32(-3.4028234663852886e38);
l_mut_67 = f32(0.0);
a_68[u32(0)] = f32(0.0);
a_68[u32(1)] = f32(0.0);
a_68[u32(2)] = f32(0.0);
a_68[u32(3)] = f32(0.0);
a_68[u32(4)] = f32(0.0);
a_68[u32(5)] = f32(0.0);
a_68[u32(6)] = f32(0.0);
a_68[u32(7)] = f32(0.0);
l_mut_70 = l_mut_25;
loop {
let l_71 = l_mut_70 < l_mut_26;
let l_72 = !l_71;
if l_72 {
break;
}

for (var l_mut_73: u32 = u32(0); l_mut_73 < u32(8); l_mut_73++) {
let l_74 = l_mut_73 * u32(256);
let l_75 = local_idx + l_74;
let l_76 = l_75 / u32(64);
let l_77 = l_75 % u32(64);
let l_78 = l_mut_70 + l_76;
let l_79 = l_78 < l_mut_26;
let l_80 = l_77 < l_3;
let l_81 = l_79 && l_80;
let l_82 = l_mut_70 + l_76;
let l_83 = select(u32(0), l_82, l_81);
let l_84 = l_76 * u32(65);
let l_85 = u32(2080) + l_84;
let l_86 = l_85 + l_77;
let l_87 = select(u32(0), l_77, l_81);
let l_88 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_89 = l_83 * l_88;
let l_90 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_91 = l_8 * l_90;
let l_92 = l_89 + l_91;
let l_93 = info.dynamic_meta[info.static_meta[u32(19)] + u32(2)];
let l_94 = l_87 * l_93;
let l_95 = l_92 + l_94;
let l_472 = info.static_meta[u32(1)];
let l_473 = l_472 * u32(1);
let l_474 = l_95 < l_473;
let l_475 = l_473 - u32(1);
let l_476 = min(l_95, l_475);
let l_477 = buffer_1_global[l_476];
let l_478 = select(f32(0.0), l_477, l_474);
let l_96 = l_478;
let l_97 = select(f32(0.0), l_96, l_81);
shared_memory_40[l_86] = l_97;
let l_98 = l_76 * u32(64);
let l_99 = u32(4160) + l_98;
let l_100 = l_99 + l_77;
let l_101 = select(u32(0), l_77, l_81);
let l_102 = info.dynamic_meta[info.static_meta[u32(20)] + u32(0)];
let l_103 = l_83 * l_102;
let l_104 = info.dynamic_meta[info.static_meta[u32(20)] + u32(1)];
let l_105 = l_8 * l_104;
let l_106 = l_103 + l_105;
let l_107 = info.dynamic_meta[info.static_meta[u32(20)] + u32(2)];
let l_108 = l_101 * l_107;
let l_109 = l_106 + l_108;
let l_479 = info.static_meta[u32(2)];
let l_480 = l_479 * u32(1);
let l_481 = l_109 < l_480;
let l_482 = l_480 - u32(1);
let l_483 = min(l_109, l_482);
let l_484 = buffer_2_global[l_483];
let l_485 = select(f32(0.0), l_484, l_481);
let l_110 = l_485;
let l_111 = select(f32(0.0), l_110, l_81);
shared_memory_40[l_100] = l_111;
}
workgroupBarrier();
a_69[u32(0)] = f32(0.0);
a_69[u32(1)] = f32(0.0);
a_69[u32(2)] = f32(0.0);
a_69[u32(3)] = f32(0.0);

for (var l_mut_112: u32 = u32(0); l_mut_112 < l_3; l_mut_112++) {
let l_113 = l_10 * u32(65);
let l_114 = l_113 + l_mut_112;
let l_115 = shared_memory_40[l_114];
let l_116 = l_11 + u32(0);
let l_117 = l_116 * u32(65);
let l_118 = u32(2080) + l_117;
let l_119 = l_118 + l_mut_112;
let l_120 = shared_memory_40[l_119];
let l_121 = l_115 * l_120;
let l_122 = a_69[u32(0)];
let l_123 = l_122 + l_121;
a_69[u32(0)] = l_123;
let l_124 = l_11 + u32(8);
let l_125 = l_124 * u32(65);
let l_126 = u32(2080) + l_125;
let l_127 = l_126 + l_mut_112;
let l_128 = shared_memory_40[l_127];
let l_129 = l_115 * l_128;
let l_130 = a_69[u32(1)];
let l_131 = l_130 + l_129;
a_69[u32(1)] = l_131;
let l_132 = l_11 + u32(16);
let l_133 = l_132 * u32(65);
let l_134 = u32(2080) + l_133;
let l_135 = l_134 + l_mut_112;
let l_136 = shared_memory_40[l_135];
let l_137 = l_115 * l_136;
let l_138 = a_69[u32(2)];
let l_139 = l_138 + l_137;
a_69[u32(2)] = l_139;
let l_140 = l_11 + u32(24);
let l_141 = l_140 * u32(65);
let l_142 = u32(2080) + l_141;
let l_143 = l_142 + l_mut_112;
let l_144 = shared_memory_40[l_143];
let l_145 = l_115 * l_144;
let l_146 = a_69[u32(3)];
let l_147 = l_146 + l_145;
a_69[u32(3)] = l_147;
}
l_mut_148 = f32(-3.4028234663852886e38);
let l_149 = l_mut_70 + l_11;
let l_150 = l_149 + u32(0);
let l_151 = l_150 >= l_18;
let l_152 = l_150 < l_23;
let l_153 = l_151 && l_152;
let l_154 = a_69[u32(0)];
let l_155 = select(f32(-3.4028234663852886e38), l_154, l_153);
a_69[u32(0)] = l_155;
let l_156 = max(l_mut_148, l_155);
l_mut_148 = l_156;
let l_157 = l_mut_70 + l_11;
let l_158 = l_157 + u32(8);
let l_159 = l_158 >= l_18;
let l_160 = l_158 < l_23;
let l_161 = l_159 && l_160;
let l_162 = a_69[u32(1)];
let l_163 = select(f32(-3.4028234663852886e38), l_162, l_161);
a_69[u32(1)] = l_163;
let l_164 = max(l_mut_148, l_163);
l_mut_148 = l_164;
let l_165 = l_mut_70 + l_11;
let l_166 = l_165 + u32(16);
let l_167 = l_166 >= l_18;
let l_168 = l_166 < l_23;
let l_169 = l_167 && l_168;
let l_170 = a_69[u32(2)];
let l_171 = select(f32(-3.4028234663852886e38), l_170, l_169);
a_69[u32(2)] = l_171;
let l_172 = max(l_mut_148, l_171);
l_mut_148 = l_172;
let l_173 = l_mut_70 + l_11;
let l_174 = l_173 + u32(24);
let l_175 = l_174 >= l_18;
let l_176 = l_174 < l_23;
let l_177 = l_175 && l_176;
let l_178 = a_69[u32(3)];
let l_179 = select(f32(-3.4028234663852886e38), l_178, l_177);
a_69[u32(3)] = l_179;
let l_180 = max(l_mut_148, l_179);
l_mut_148 = l_180;
let l_181 = u32(7264) + local_idx;
shared_memory_40[l_181] = l_mut_148;
workgroupBarrier();
l_mut_148 = l_mut_66;
let l_182 = l_10 * u32(8);
let l_183 = u32(7264) + l_182;
let l_184 = l_183 + u32(0);
let l_185 = shared_memory_40[l_184];
let l_186 = max(l_mut_148, l_185);
l_mut_148 = l_186;
let l_187 = l_10 * u32(8);
let l_188 = u32(7264) + l_187;
let l_189 = l_188 + u32(1);
let l_190 = shared_memory_40[l_189];
let l_191 = max(l_mut_148, l_190);
l_mut_148 = l_191;
let l_192 = l_10 * u32(8);
let l_193 = u32(7264) + l_192;
let l_194 = l_193 + u32(2);
let l_195 = shared_memory_40[l_194];
let l_196 = max(l_mut_148, l_195);
l_mut_148 = l_196;
let l_197 = l_10 * u32(8);
let l_198 = u32(7264) + l_197;
let l_199 = l_198 + u32(3);
let l_200 = shared_memory_40[l_199];
let l_201 = max(l_mut_148, l_200);
l_mut_148 = l_201;
let l_202 = l_10 * u32(8);
let l_203 = u32(7264) + l_202;
let l_204 = l_203 + u32(4);
let l_205 = shared_memory_40[l_204];
let l_206 = max(l_mut_148, l_205);
l_mut_148 = l_206;
let l_207 = l_10 * u32(8);
let l_208 = u32(7264) + l_207;
let l_209 = l_208 + u32(5);
let l_210 = shared_memory_40[l_209];
let l_211 = max(l_mut_148, l_210);
l_mut_148 = l_211;
let l_212 = l_10 * u32(8);
let l_213 = u32(7264) + l_212;
let l_214 = l_213 + u32(6);
let l_215 = shared_memory_40[l_214];
let l_216 = max(l_mut_148, l_215);
l_mut_148 = l_216;
let l_217 = l_10 * u32(8);
let l_218 = u32(7264) + l_217;
let l_219 = l_218 + u32(7);
let l_220 = shared_memory_40[l_219];
let l_221 = max(l_mut_148, l_220);
l_mut_148 = l_221;
let l_222 = l_11 + u32(0);
let l_223 = l_mut_70 + l_222;
let l_224 = l_223 >= l_18;
let l_225 = l_223 < l_23;
let l_226 = l_224 && l_225;
let l_227 = a_69[u32(0)];
let l_228 = l_227 - l_mut_148;
let l_229 = exp(l_228);
let l_230 = select(f32(0.0), l_229, l_226);
let l_231 = l_10 * u32(33);
let l_232 = u32(6208) + l_231;
let l_233 = l_232 + l_222;
shared_memory_40[l_233] = l_230;
let l_234 = l_11 + u32(8);
let l_235 = l_mut_70 + l_234;
let l_236 = l_235 >= l_18;
let l_237 = l_235 < l_23;
let l_238 = l_236 && l_237;
let l_239 = a_69[u32(1)];
let l_240 = l_239 - l_mut_148;
let l_241 = exp(l_240);
let l_242 = select(f32(0.0), l_241, l_238);
let l_243 = l_10 * u32(33);
let l_244 = u32(6208) + l_243;
let l_245 = l_244 + l_234;
shared_memory_40[l_245] = l_242;
let l_246 = l_11 + u32(16);
let l_247 = l_mut_70 + l_246;
let l_248 = l_247 >= l_18;
let l_249 = l_247 < l_23;
let l_250 = l_248 && l_249;
let l_251 = a_69[u32(2)];
let l_252 = l_251 - l_mut_148;
let l_253 = exp(l_252);
let l_254 = select(f32(0.0), l_253, l_250);
let l_255 = l_10 * u32(33);
let l_256 = u32(6208) + l_255;
let l_257 = l_256 + l_246;
shared_memory_40[l_257] = l_254;
let l_258 = l_11 + u32(24);
let l_259 = l_mut_70 + l_258;
let l_260 = l_259 >= l_18;
let l_261 = l_259 < l_23;
let l_262 = l_260 && l_261;
let l_263 = a_69[u32(3)];
let l_264 = l_263 - l_mut_148;
let l_265 = exp(l_264);
let l_266 = select(f32(0.0), l_265, l_262);
let l_267 = l_10 * u32(33);
let l_268 = u32(6208) + l_267;
let l_269 = l_268 + l_258;
shared_memory_40[l_269] = l_266;
workgroupBarrier();
let l_270 = l_mut_66 - l_mut_148;
let l_271 = exp(l_270);
l_mut_272 = f32(0.0);
let l_273 = a_68[u32(0)];
let l_274 = l_273 * l_271;
a_68[u32(0)] = l_274;
let l_275 = a_68[u32(1)];
let l_276 = l_275 * l_271;
a_68[u32(1)] = l_276;
let l_277 = a_68[u32(2)];
let l_278 = l_277 * l_271;
a_68[u32(2)] = l_278;
let l_279 = a_68[u32(3)];
let l_280 = l_279 * l_271;
a_68[u32(3)] = l_280;
let l_281 = a_68[u32(4)];
let l_282 = l_281 * l_271;
a_68[u32(4)] = l_282;
let l_283 = a_68[u32(5)];
let l_284 = l_283 * l_271;
a_68[u32(5)] = l_284;
let l_285 = a_68[u32(6)];
let l_286 = l_285 * l_271;
a_68[u32(6)] = l_286;
let l_287 = a_68[u32(7)];
let l_288 = l_287 * l_271;
a_68[u32(7)] = l_288;

for (var l_mut_289: u32 = u32(0); l_mut_289 < u32(32); l_mut_289++) {
let l_290 = l_10 * u32(33);
let l_291 = u32(6208) + l_290;
let l_292 = l_291 + l_mut_289;
let l_293 = shared_memory_40[l_292];
l_mut_272 = l_mut_272 + l_293;
let l_294 = l_mut_289 * u32(64);
let l_295 = u32(4160) + l_294;
let l_296 = l_295 + l_11;
let l_297 = l_296 + u32(0);
let l_298 = shared_memory_40[l_297];
let l_299 = l_293 * l_298;
let l_300 = a_68[u32(0)];
let l_301 = l_300 + l_299;
a_68[u32(0)] = l_301;
let l_302 = l_mut_289 * u32(64);
let l_303 = u32(4160) + l_302;
let l_304 = l_303 + l_11;
let l_305 = l_304 + u32(8);
let l_306 = shared_memory_40[l_305];
let l_307 = l_293 * l_306;
let l_308 = a_68[u32(1)];
let l_309 = l_308 + l_307;
a_68[u32(1)] = l_309;
let l_310 = l_mut_289 * u32(64);
let l_311 = u32(4160) + l_310;
let l_312 = l_311 + l_11;
let l_313 = l_312 + u32(16);
let l_314 = shared_memory_40[l_313];
let l_315 = l_293 * l_314;
let l_316 = a_68[u32(2)];
let l_317 = l_316 + l_315;
a_68[u32(2)] = l_317;
let l_318 = l_mut_289 * u32(64);
let l_319 = u32(4160) + l_318;
let l_320 = l_319 + l_11;
let l_321 = l_320 + u32(24);
let l_322 = shared_memory_40[l_321];
let l_323 = l_293 * l_322;
let l_324 = a_68[u32(3)];
let l_325 = l_324 + l_323;
a_68[u32(3)] = l_325;
let l_326 = l_mut_289 * u32(64);
let l_327 = u32(4160) + l_326;
let l_328 = l_327 + l_11;
let l_329 = l_328 + u32(32);
let l_330 = shared_memory_40[l_329];
let l_331 = l_293 * l_330;
let l_332 = a_68[u32(4)];
let l_333 = l_332 + l_331;
a_68[u32(4)] = l_333;
let l_334 = l_mut_289 * u32(64);
let l_335 = u32(4160) + l_334;
let l_336 = l_335 + l_11;
let l_337 = l_336 + u32(40);
let l_338 = shared_memory_40[l_337];
let l_339 = l_293 * l_338;
let l_340 = a_68[u32(5)];
let l_341 = l_340 + l_339;
a_68[u32(5)] = l_341;
let l_342 = l_mut_289 * u32(64);
let l_343 = u32(4160) + l_342;
let l_344 = l_343 + l_11;
let l_345 = l_344 + u32(48);
let l_346 = shared_memory_40[l_345];
let l_347 = l_293 * l_346;
let l_348 = a_68[u32(6)];
let l_349 = l_348 + l_347;
a_68[u32(6)] = l_349;
let l_350 = l_mut_289 * u32(64);
let l_351 = u32(4160) + l_350;
let l_352 = l_351 + l_11;
let l_353 = l_352 + u32(56);
let l_354 = shared_memory_40[l_353];
let l_355 = l_293 * l_354;
let l_356 = a_68[u32(7)];
let l_357 = l_356 + l_355;
a_68[u32(7)] = l_357;
}
let l_358 = l_mut_67 * l_271;
let l_359 = l_358 + l_mut_272;
l_mut_67 = l_359;
l_mut_66 = l_mut_148;
workgroupBarrier();
l_mut_70 = l_mut_70 + u32(32);
}
if l_13 {
let l_360 = info.dynamic_meta[info.static_meta[u32(21)] + u32(0)];
let l_361 = l_12 * l_360;
let l_362 = info.dynamic_meta[info.static_meta[u32(21)] + u32(1)];
let l_363 = l_5 * l_362;
let l_364 = l_361 + l_363;
let l_365 = l_11 + u32(0);
let l_366 = l_365 < l_3;
if l_366 {
let l_367 = info.dynamic_meta[info.static_meta[u32(21)] + u32(2)];
let l_368 = l_365 * l_367;
let l_369 = l_364 + l_368;
let l_370 = l_mut_67 > f32(0.0);
let l_371 = a_68[u32(0)];
let l_372 = l_371 / l_mut_67;
let l_373 = select(info.scalars_f32[1], l_372, l_370);
let l_486 = info.static_meta[u32(4)];
let l_487 = l_486 * u32(1);
let l_488 = l_369 < l_487;
if l_488 {
buffer_4_global[l_369] = l_373;
}
}
let l_374 = l_11 + u32(8);
let l_375 = l_374 < l_3;
if l_375 {
let l_376 = info.dynamic_meta[info.static_meta[u32(21)] + u32(2)];
let l_377 = l_374 * l_376;
let l_378 = l_364 + l_377;
let l_379 = l_mut_67 > f32(0.0);
let l_380 = a_68[u32(1)];
let l_381 = l_380 / l_mut_67;
let l_382 = select(info.scalars_f32[1], l_381, l_379);
let l_489 = info.static_meta[u32(4)];
let l_490 = l_489 * u32(1);
let l_491 = l_378 < l_490;
if l_491 {
buffer_4_global[l_378] = l_382;
}
}
let l_383 = l_11 + u32(16);
let l_384 = l_383 < l_3;
if l_384 {
let l_385 = info.dynamic_meta[info.static_meta[u32(21)] + u32(2)];
let l_386 = l_383 * l_385;
let l_387 = l_364 + l_386;
let l_388 = l_mut_67 > f32(0.0);
let l_389 = a_68[u32(2)];
let l_390 = l_389 / l_mut_67;
let l_391 = select(info.scalars_f32[1], l_390, l_388);
let l_492 = info.static_meta[u32(4)];
let l_493 = l_492 * u32(1);
let l_494 = l_387 < l_493;
if l_494 {
buffer_4_global[l_387] = l_391;
}
}
let l_392 = l_11 + u32(24);
let l_393 = l_392 < l_3;
if l_393 {
let l_394 = info.dynamic_meta[info.static_meta[u32(21)] + u32(2)];
let l_395 = l_392 * l_394;
let l_396 = l_364 + l_395;
let l_397 = l_mut_67 > f32(0.0);
let l_398 = a_68[u32(3)];
let l_399 = l_398 / l_mut_67;
let l_400 = select(info.scalars_f32[1], l_399, l_397);
let l_495 = info.static_meta[u32(4)];
let l_496 = l_495 * u32(1);
let l_497 = l_396 < l_496;
if l_497 {
buffer_4_global[l_396] = l_400;
}
}
let l_401 = l_11 + u32(32);
let l_402 = l_401 < l_3;
if l_402 {
let l_403 = info.dynamic_meta[info.static_meta[u32(21)] + u32(2)];
let l_404 = l_401 * l_403;
let l_405 = l_364 + l_404;
let l_406 = l_mut_67 > f32(0.0);
let l_407 = a_68[u32(4)];
let l_408 = l_407 / l_mut_67;
let l_409 = select(info.scalars_f32[1], l_408, l_406);
let l_498 = info.static_meta[u32(4)];
let l_499 = l_498 * u32(1);
let l_500 = l_405 < l_499;
if l_500 {
buffer_4_global[l_405] = l_409;
}
}
let l_410 = l_11 + u32(40);
let l_411 = l_410 < l_3;
if l_411 {
let l_412 = info.dynamic_meta[info.static_meta[u32(21)] + u32(2)];
let l_413 = l_410 * l_412;
let l_414 = l_364 + l_413;
let l_415 = l_mut_67 > f32(0.0);
let l_416 = a_68[u32(5)];
let l_417 = l_416 / l_mut_67;
let l_418 = select(info.scalars_f32[1], l_417, l_415);
let l_501 = info.static_meta[u32(4)];
let l_502 = l_501 * u32(1);
let l_503 = l_414 < l_502;
if l_503 {
buffer_4_global[l_414] = l_418;
}
}
let l_419 = l_11 + u32(48);
let l_420 = l_419 < l_3;
if l_420 {
let l_421 = info.dynamic_meta[info.static_meta[u32(21)] + u32(2)];
let l_422 = l_419 * l_421;
let l_423 = l_364 + l_422;
let l_424 = l_mut_67 > f32(0.0);
let l_425 = a_68[u32(6)];
let l_426 = l_425 / l_mut_67;
let l_427 = select(info.scalars_f32[1], l_426, l_424);
let l_504 = info.static_meta[u32(4)];
let l_505 = l_504 * u32(1);
let l_506 = l_423 < l_505;
if l_506 {
buffer_4_global[l_423] = l_427;
}
}
let l_428 = l_11 + u32(56);
let l_429 = l_428 < l_3;
if l_429 {
let l_430 = info.dynamic_meta[info.static_meta[u32(21)] + u32(2)];
let l_431 = l_428 * l_430;
let l_432 = l_364 + l_431;
let l_433 = l_mut_67 > f32(0.0);
let l_434 = a_68[u32(7)];
let l_435 = l_434 / l_mut_67;
let l_436 = select(info.scalars_f32[1], l_435, l_433);
let l_507 = info.static_meta[u32(4)];
let l_508 = l_507 * u32(1);
let l_509 = l_432 < l_508;
if l_509 {
buffer_4_global[l_432] = l_436;
}
}
}
}
}
// ==== launch 1: forward_kernel_q_f32_kv_f32_o_f32 (attention), cube_dim 256x1x1
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

var<workgroup> shared_memory_40: array<f32, 7520>;

const WORKGROUP_SIZE_X = 256u;
const WORKGROUP_SIZE_Y = 1u;
const WORKGROUP_SIZE_Z = 1u;

@compute
@workgroup_size(256, 1, 1)
fn forward_kernel_q_f32_kv_f32_o_f32(
    @builtin(local_invocation_index) local_idx: u32,
    @builtin(num_workgroups) num_workgroups: vec3<u32>,
    @builtin(workgroup_id) workgroup_id: vec3<u32>,
) {
var a_68: array<f32, 8>;

var a_69: array<f32, 4>;

let workgroup_id_no_axis = (u32(num_workgroups.y) * u32(num_workgroups.x) * u32(workgroup_id.z)) + (u32(num_workgroups.x) * u32(workgroup_id.y)) + u32(workgroup_id.x);
var l_mut_134: f32;
var l_mut_258: f32;
var l_mut_25: u32;
var l_mut_26: u32;
var l_mut_66: f32;
var l_mut_67: f32;
var l_mut_70: u32;
let l_0 = workgroup_id_no_axis < info.scalars_u32[0];
if l_0 {
let l_1 = info.dynamic_meta[info.static_meta[u32(14)] + u32(0)];
let l_2 = info.dynamic_meta[info.static_meta[u32(14)] + u32(1)];
let l_3 = info.dynamic_meta[info.static_meta[u32(14)] + u32(2)];
let l_4 = workgroup_id_no_axis / l_2;
let l_5 = workgroup_id_no_axis % l_2;
let l_6 = info.dynamic_meta[info.static_meta[u32(15)] + u32(1)];
let l_7 = l_2 / l_6;
let l_8 = l_5 / l_7;
let l_9 = l_4 * u32(32);
let l_10 = local_idx / u32(8);
let l_11 = local_idx % u32(8);
let l_12 = l_9 + l_10;
let l_13 = l_12 < l_1;
let l_14 = select(u32(0), l_12, l_13);
let l_15 = u32(2) * l_14;
let l_277 = info.static_meta[u32(3)];
let l_278 = l_277 * u32(1);
let l_279 = l_15 < l_278;
let l_280 = l_278 - u32(1);
let l_281 = min(l_15, l_280);
let l_282 = buffer_3_global[l_281];
let l_283 = select(i32(0), l_282, l_279);
let l_16 = l_283;
let l_17 = u32(l_16);
let l_18 = select(u32(0), l_17, l_13);
let l_19 = u32(2) * l_14;
let l_20 = l_19 + u32(1);
let l_284 = info.static_meta[u32(3)];
let l_285 = l_284 * u32(1);
let l_286 = l_20 < l_285;
let l_287 = l_285 - u32(1);
let l_288 = min(l_20, l_287);
let l_289 = buffer_3_global[l_288];
let l_290 = select(i32(0), l_289, l_286);
let l_21 = l_290;
let l_22 = u32(l_21);
let l_23 = select(u32(0), l_22, l_13);
let l_24 = info.dynamic_meta[info.static_meta[u32(15)] + u32(0)];
l_mut_25 = l_24;
l_mut_26 = u32(0);

for (var l_mut_27: u32 = u32(0); l_mut_27 < u32(32); l_mut_27++) {
let l_28 = l_9 + l_mut_27;
let l_29 = l_28 < l_1;
if l_29 {
let l_30 = u32(2) * l_28;
let l_291 = info.static_meta[u32(3)];
let l_292 = l_291 * u32(1);
let l_293 = l_30 < l_292;
let l_294 = l_292 - u32(1);
let l_295 = min(l_30, l_294);
let l_296 = buffer_3_global[l_295];
let l_297 = select(i32(0), l_296, l_293);
let l_31 = l_297;
let l_32 = u32(l_31);
let l_33 = u32(2) * l_28;
let l_34 = l_33 + u32(1);
let l_298 = info.static_meta[u32(3)];
let l_299 = l_298 * u32(1);
let l_300 = l_34 < l_299;
let l_301 = l_299 - u32(1);
let l_302 = min(l_34, l_301);
let l_303 = buffer_3_global[l_302];
let l_304 = select(i32(0), l_303, l_300);
let l_35 = l_304;
let l_36 = u32(l_35);
let l_37 = l_32 < l_36;
if l_37 {
let l_38 = min(l_mut_25, l_32);
l_mut_25 = l_38;
let l_39 = max(l_mut_26, l_36);
l_mut_26 = l_39;
}
}
}

for (var l_mut_41: u32 = u32(0); l_mut_41 < u32(8); l_mut_41++) {
let l_42 = l_mut_41 * u32(256);
let l_43 = local_idx + l_42;
let l_44 = l_43 / u32(64);
let l_45 = l_43 % u32(64);
let l_46 = l_9 + l_44;
let l_47 = l_46 < l_1;
let l_48 = l_45 < l_3;
let l_49 = l_47 && l_48;
let l_50 = l_9 + l_44;
let l_51 = select(u32(0), l_50, l_49);
let l_52 = select(u32(0), l_45, l_49);
let l_53 = info.dynamic_meta[info.static_meta[u32(18)] + u32(0)];
let l_54 = l_51 * l_53;
let l_55 = info.dynamic_meta[info.static_meta[u32(18)] + u32(1)];
let l_56 = l_5 * l_55;
let l_57 = l_54 + l_56;
let l_58 = info.dynamic_meta[info.static_meta[u32(18)] + u32(2)];
let l_59 = l_52 * l_58;
let l_60 = l_57 + l_59;
let l_305 = info.static_meta[u32(0)];
let l_306 = l_305 * u32(1);
let l_307 = l_60 < l_306;
let l_308 = l_306 - u32(1);
let l_309 = min(l_60, l_308);
let l_310 = buffer_0_global[l_309];
let l_311 = select(f32(0.0), l_310, l_307);
let l_61 = l_311;
let l_62 = select(f32(0.0), l_61, l_49);
let l_63 = l_44 * u32(65);
let l_64 = l_63 + l_45;
let l_65 = l_62 * info.scalars_f32[0];
shared_memory_40[l_64] = l_65;
}
l_mut_66 = f32(-3.4028234663852886e38);
l_mut_67 = f32(0.0);
a_68[u32(0)] = f32(0.0);
a_68[u32(1)] = f32(0.0);
a_68[u32(2)] = f32(0.0);
a_68[u32(3)] = f32(0.0);
a_68[u32(4)] = f32(0.0);
a_68[u32(5)] = f32(0.0);
a_68[u32(6)] = f32(0.0);
a_68[u32(7)] = f32(0.0);
l_mut_70 = l_mut_25;
loop {
let l_71 = l_mut_70 < l_mut_26;
let l_72 = !l_71;
if l_72 {
break;
}

for (var l_mut_73: u32 = u32(0); l_mut_73 < u32(8); l_mut_73++) {
let l_74 = l_mut_73 * u32(256);
let l_75 = local_idx + l_74;
let l_76 = l_75 / u32(64);
let l_77 = l_75 % u32(64);
let l_78 = l_mut_70 + l_76;
let l_79 = l_78 < l_mut_26;
let l_80 = l_77 < l_3;
let l_81 = l_79 && l_80;
let l_82 = l_mut_70 + l_76;
let l_83 = select(u32(0), l_82, l_81);
let l_84 = l_76 * u32(65);
let l_85 = u32(2080) + l_84;
let l_86 = l_85 + l_77;
let l_87 = select(u32(0), l_77, l_81);
let l_88 = info.dynamic_meta[info.static_meta[u32(19)] + u32(0)];
let l_89 = l_83 * l_88;
let l_90 = info.dynamic_meta[info.static_meta[u32(19)] + u32(1)];
let l_91 = l_8 * l_90;
let l_92 = l_89 + l_91;
let l_93 = info.dynamic_meta[info.static_meta[u32(19)] + u32(2)];
let l_94 = l_87 * l_93;
let l_95 = l_92 + l_94;
let l_312 = info.static_meta[u32(1)];
let l_313 = l_312 * u32(1);
let l_314 = l_95 < l_313;
let l_315 = l_313 - u32(1);
let l_316 = min(l_95, l_315);
let l_317 = buffer_1_global[l_316];
let l_318 = select(f32(0.0), l_317, l_314);
let l_96 = l_318;
let l_97 = select(f32(0.0), l_96, l_81);
shared_memory_40[l_86] = l_97;
}
workgroupBarrier();
a_69[u32(0)] = f32(0.0);
a_69[u32(1)] = f32(0.0);
a_69[u32(2)] = f32(0.0);
a_69[u32(3)] = f32(0.0);

for (var l_mut_98: u32 = u32(0); l_mut_98 < l_3; l_mut_98++) {
let l_99 = l_10 * u32(65);
let l_100 = l_99 + l_mut_98;
let l_101 = shared_memory_40[l_100];
let l_102 = l_11 + u32(0);
let l_103 = l_102 * u32(65);
let l_104 = u32(2080) + l_103;
let l_105 = l_104 + l_mut_98;
let l_106 = shared_memory_40[l_105];
let l_107 = l_101 * l_106;
let l_108 = a_69[u32(0)];
let l_109 = l_108 + l_107;
a_69[u32(0)] = l_109;
let l_110 = l_11 + u32(8);
let l_111 = l_110 * u32(65);
let l_112 = u32(2080) + l_111;
let l_113 = l_112 + l_mut_98;
let l_114 = shared_memory_40[l_113];
let l_115 = l_101 * l_114;
let l_116 = a_69[u32(1)];
let l_117 = l_116 + l_115;
a_69[u32(1)] = l_117;
let l_118 = l_11 + u32(16);
let l_119 = l_118 * u32(65);
let l_120 = u32(2080) + l_119;
let l_121 = l_120 + l_mut_98;
let l_122 = shared_memory_40[l_121];
let l_123 = l_101 * l_122;
let l_124 = a_69[u32(2)];
let l_125 = l_124 + l_123;
a_69[u32(2)] = l_125;
let l_126 = l_11 + u32(24);
let l_127 = l_126 * u32(65);
let l_128 = u32(2080) + l_127;
let l_129 = l_128 + l_mut_98;
let l_130 = shared_memory_40[l_129];
let l_131 = l_101 * l_130;
let l_132 = a_69[u32(3)];
let l_133 = l_132 + l_131;
a_69[u32(3)] = l_133;
}
l_mut_134 = f32(-3.4028234663852886e38);
let l_135 = l_mut_70 + l_11;
let l_136 = l_135 + u32(0);
let l_137 = l_136 >= l_18;
let l_138 = l_136 < l_23;
let l_139 = l_137 && l_138;
let l_140 = a_69[u32(0)];
let l_141 = select(f32(-3.4028234663852886e38), l_140, l_139);
a_69[u32(0)] = l_141;
let l_142 = max(l_mut_134, l_141);
l_mut_134 = l_142;
let l_143 = l_mut_70 + l_11;
let l_144 = l_143 + u32(8);
let l_145 = l_144 >= l_18;
let l_146 = l_144 < l_23;
let l_147 = l_145 && l_146;
let l_148 = a_69[u32(1)];
let l_149 = select(f32(-3.4028234663852886e38), l_148, l_147);
a_69[u32(1)] = l_149;
let l_150 = max(l_mut_134, l_149);
l_mut_134 = l_150;
let l_151 = l_mut_70 + l_11;
let l_152 = l_151 + u32(16);
let l_153 = l_152 >= l_18;
let l_154 = l_152 < l_23;
let l_155 = l_153 && l_154;
let l_156 = a_69[u32(2)];
let l_157 = select(f32(-3.4028234663852886e38), l_156, l_155);
a_69[u32(2)] = l_157;
let l_158 = max(l_mut_134, l_157);
l_mut_134 = l_158;
let l_159 = l_mut_70 + l_11;
let l_160 = l_159 + u32(24);
let l_161 = l_160 >= l_18;
let l_162 = l_160 < l_23;
let l_163 = l_161 && l_162;
let l_164 = a_69[u32(3)];
let l_165 = select(f32(-3.4028234663852886e38), l_164, l_163);
a_69[u32(3)] = l_165;
let l_166 = max(l_mut_134, l_165);
l_mut_134 = l_166;
let l_167 = u32(7264) + local_idx;
shared_memory_40[l_167] = l_mut_134;
workgroupBarrier();
l_mut_134 = l_mut_66;
let l_168 = l_10 * u32(8);
let l_169 = u32(7264) + l_168;
let l_170 = l_169 + u32(0);
let l_171 = shared_memory_40[l_170];
let l_172 = max(l_mut_134, l_171);
l_mut_134 = l_172;
let l_173 = l_10 * u32(8);
let l_174 = u32(7264) + l_173;
let l_175 = l_174 + u32(1);
let l_176 = shared_memory_40[l_175];
let l_177 = max(l_mut_134, l_176);
l_mut_134 = l_177;
let l_178 = l_10 * u32(8);
let l_179 = u32(7264) + l_178;
let l_180 = l_179 + u32(2);
let l_181 = shared_memory_40[l_180];
let l_182 = max(l_mut_134, l_181);
l_mut_134 = l_182;
let l_183 = l_10 * u32(8);
let l_184 = u32(7264) + l_183;
let l_185 = l_184 + u32(3);
let l_186 = shared_memory_40[l_185];
let l_187 = max(l_mut_134, l_186);
l_mut_134 = l_187;
let l_188 = l_10 * u32(8);
let l_189 = u32(7264) + l_188;
let l_190 = l_189 + u32(4);
let l_191 = shared_memory_40[l_190];
let l_192 = max(l_mut_134, l_191);
l_mut_134 = l_192;
let l_193 = l_10 * u32(8);
let l_194 = u32(7264) + l_193;
let l_195 = l_194 + u32(5);
let l_196 = shared_memory_40[l_195];
let l_197 = max(l_mut_134, l_196);
l_mut_134 = l_197;
let l_198 = l_10 * u32(8);
let l_199 = u32(7264) + l_198;
let l_200 = l_199 + u32(6);
let l_201 = shared_memory_40[l_200];
let l_202 = max(l_mut_134, l_201);
l_mut_134 = l_202;
let l_203 = l_10 * u32(8);
let l_204 = u32(7264) + l_203;
let l_205 = l_204 + u32(7);
let l_206 = shared_memory_40[l_205];
let l_207 = max(l_mut_134, l_206);
l_mut_134 = l_207;
let l_208 = l_11 + u32(0);
let l_209 = l_mut_70 + l_208;
let l_210 = l_209 >= l_18;
let l_211 = l_209 < l_23;
let l_212 = l_210 && l_211;
let l_213 = a_69[u32(0)];
let l_214 = l_213 - l_mut_134;
let l_215 = exp(l_214);
let l_216 = select(f32(0.0), l_215, l_212);
let l_217 = l_10 * u32(33);
let l_218 = u32(6208) + l_217;
let l_219 = l_218 + l_208;
shared_memory_40[l_219] = l_216;
let l_220 = l_11 + u32(8);
let l_221 = l_mut_70 + l_220;
let l_222 = l_221 >= l_18;
let l_223 = l_221 < l_23;
let l_224 = l_222 && l_223;
let l_225 = a_69[u32(1)];
let l_226 = l_225 - l_mut_134;
let l_227 = exp(l_226);
let l_228 = select(f32(0.0), l_227, l_224);
let l_229 = l_10 * u32(33);
let l_230 = u32(6208) + l_229;
let l_231 = l_230 + l_220;
shared_memory_40[l_231] = l_228;
let l_232 = l_11 + u32(16);
let l_233 = l_mut_70 + l_232;
let l_234 = l_233 >= l_18;
let l_235 = l_233 < l_23;
let l_236 = l_234 && l_235;
let l_237 = a_69[u32(2)];
let l_238 = l_237 - l_mut_134;
let l_239 = exp(l_238);
let l_240 = select(f32(0.0), l_239, l_236);
let l_241 = l_10 * u32(33);
let l_242 = u32(6208) + l_241;
let l_243 = l_242 + l_232;
shared_memory_40[l_243] = l_240;
let l_244 = l_11 + u32(24);
let l_245 = l_mut_70 + l_244;
let l_246 = l_245 >= l_18;
let l_247 = l_245 < l_23;
let l_248 = l_246 && l_247;
let l_249 = a_69[u32(3)];
let l_250 = l_249 - l_mut_134;
let l_251 = exp(l_250);
let l_252 = select(f32(0.0), l_251, l_248);
let l_253 = l_10 * u32(33);
let l_254 = u32(6208) + l_253;
let l_255 = l_254 + l_244;
shared_memory_40[l_255] = l_252;
workgroupBarrier();
let l_256 = l_mut_66 - l_mut_134;
let l_257 = exp(l_256);
l_mut_258 = f32(0.0);

for (var l_mut_259: u32 = u32(0); l_mut_259 < u32(32); l_mut_259++) {
let l_260 = l_10 * u32(33);
let l_261 = u32(6208) + l_260;
let l_262 = l_261 + l_mut_259;
let l_263 = shared_memory_40[l_262];
l_mut_258 = l_mut_258 + l_263;
}
let l_264 = l_mut_67 * l_257;
let l_265 = l_264 + l_mut_258;
l_mut_67 = l_265;
l_mut_66 = l_mut_134;
workgroupBarrier();
l_mut_70 = l_mut_70 + u32(32);
}
let l_266 = l_11 == u32(0);
let l_267 = l_13 && l_266;
if l_267 {
let l_268 = info.dynamic_meta[info.static_meta[u32(21)] + u32(0)];
let l_269 = l_5 * l_268;
let l_270 = info.dynamic_meta[info.static_meta[u32(21)] + u32(1)];
let l_271 = l_12 * l_270;
let l_272 = l_269 + l_271;
let l_273 = l_mut_67 > f32(0.0);
let l_274 = log(l_mut_67);
let l_275 = l_mut_66 + l_274;
let l_276 = select(info.scalars_f32[1], l_275, l_273);
let l_319 = info.static_meta[u32(4)];
let l_320 = l_319 * u32(1);
let l_321 = l_272 < l_320;
if l_321 {
buffer_4_global[l_272] = l_276;
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
