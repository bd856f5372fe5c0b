// ==== launch 0: forward_kernel_q_f32_kv_f32_o_f32 (attention), cube_dim 256x1x1
#include <cuda_runtime.h>
typedef unsigned int uint;
typedef unsigned char uint8;
typedef unsigned short uint16;
typedef unsigned int uint32;
typedef unsigned long long int uint64;
typedef signed char int8;
typedef signed short int16;
typedef signed int int32;
typedef signed long long int int64;

struct info_st {
    float scalars_float[2];
uint32 scalars_uint32[2];uint32 static_meta[22];
};


extern "C" __global__ void __launch_bounds__(256)forward_kernel_q_f32_kv_f32_o_f32 (
    const float* __restrict__ buffer_0, const float* __restrict__ buffer_1, const float* __restrict__ buffer_2, const int32* __restrict__ buffer_3, float* buffer_4, const uint32* __restrict__ dynamic_meta, const __grid_constant__ info_st info
) {
uint32 threadIdxGlobal = threadIdx.x + threadIdx.y * blockDim.x + threadIdx.z * (blockDim.x * blockDim.y);
uint32 blockIdxGlobal = (blockIdx.z * gridDim.y * gridDim.x) + (blockIdx.y * gridDim.x) + blockIdx.x;
extern __shared__ __align__(4) uint8 dynamic_shared_mem[];
// Shared array size: 7520, 30080 bytes
float *shared_memory_40 = reinterpret_cast<float*>(&dynamic_shared_mem[0]);
float l_arr_68[8];

float l_arr_69[4];

float l_mut_148;
float l_mut_272;
float l_mut_66;
float l_mut_67;
uint32 l_mut_25;
uint32 l_mut_26;
uint32 l_mut_70;
const bool l_0 = blockIdxGlobal < info.scalars_uint32[0];
if (l_0) {
const uint32 l_1 = dynamic_meta[info.static_meta[uint32(14)] + uint32(0)];
const uint32 l_2 = dynamic_meta[info.static_meta[uint32(14)] + uint32(1)];
const uint32 l_3 = dynamic_meta[info.static_meta[uint32(14)] + uint32(2)];
const uint32 l_4 = blockIdxGlobal / l_2;
const uint32 l_5 = blockIdxGlobal % l_2;
const uint32 l_6 = dynamic_meta[info.static_meta[uint32(15)] + uint32(1)];
const uint32 l_7 = l_2 / l_6;
const uint32 l_8 = l_5 / l_7;
const uint32 l_9 = l_4 * uint32(32);
const uint32 l_10 = threadIdxGlobal / uint32(8);
const uint32 l_11 = threadIdxGlobal % uint32(8);
const uint32 l_12 = l_9 + l_10;
const bool l_13 = l_12 < l_1;
const uint32 l_14 = (l_13) ? l_12 : uint32(0);
const uint32 l_15 = uint32(2) * l_14;
const uint32 l_437 = info.static_meta[uint32(3)];
const uint32 l_438 = l_437 * uint32(1);
const bool l_439 = l_15 < l_438;
const uint32 l_440 = l_438 - uint32(1);
const uint32 l_441 = min(l_15, l_440);
const int32 l_442 = buffer_3[l_441];
const int32 l_443 = (l_439) ? l_442 : int32(0);
const int32 l_16 = l_443;
const uint32 l_17 = uint32(l_16);
const uint32 l_18 = (l_13) ? l_17 : uint32(0);
const uint32 l_19 = uint32(2) * l_14;
const uint32 l_20 = l_19 + uint32(1);
const uint32 l_444 = info.static_meta[uint32(3)];
const uint32 l_445 = l_444 * uint32(1);
const bool l_446 = l_20 < l_445;
const uint32 l_447 = l_445 - uint32(1);
const uint32 l_448 = min(l_20, l_447);
const int32 l_449 = buffer_3[l_448];
const int32 l_450 = (l_446) ? l_449 : int32(0);
const int32 l_21 = l_450;
const uint32 l_22 = uint32(l_21);
const uint32 l_23 = (l_13) ? l_22 : uint32(0);
const uint32 l_24 = dynamic_meta[info.static_meta[uint32(15)] + uint32(0)];
l_mut_25 = l_24;
l_mut_26 = uint32(0);

for (uint32 l_mut_27 = uint32(0); l_mut_27 < uint32(32); ++l_mut_27) {
const uint32 l_28 = l_9 + l_mut_27;
const bool l_29 = l_28 < l_1;
if (l_29) {
const uint32 l_30 = uint32(2) * l_28;
const uint32 l_451 = info.static_meta[uint32(3)];
const uint32 l_452 = l_451 * uint32(1);
const bool l_453 = l_30 < l_452;
const uint32 l_454 = l_452 - uint32(1);
const uint32 l_455 = min(l_30, l_454);
const int32 l_456 = buffer_3[l_455];
const int32 l_457 = (l_453) ? l_456 : int32(0);
const int32 l_31 = l_457;
const uint32 l_32 = uint32(l_31);
const uint32 l_33 = uint32(2) * l_28;
const uint32 l_34 = l_33 + uint32(1);
const uint32 l_458 = info.static_meta[uint32(3)];
const uint32 l_459 = l_458 * uint32(1);
const bool l_460 = l_34 < l_459;
const uint32 l_461 = l_459 - uint32(1);
const uint32 l_462 = min(l_34, l_461);
const int32 l_463 = buffer_3[l_462];
const int32 l_464 = (l_460) ? l_463 : int32(0);
const int32 l_35 = l_464;
const uint32 l_36 = uint32(l_35);
const bool l_37 = l_32 < l_36;
if (l_37) {
const uint32 l_38 = min(l_mut_25, l_32);
l_mut_25 = l_38;
const uint32 l_39 = max(l_mut_26, l_36);
l_mut_26 = l_39;
}
}
}

for (uint32 l_mut_41 = uint32(0); l_mut_41 < uint32(8); ++l_mut_41) {
const uint32 l_42 = l_mut_41 * uint32(256);
const uint32 l_43 = threadIdxGlobal + l_42;
const uint32 l_44 = l_43 / uint32(64);
const uint32 l_45 = l_43 % uint32(64);
const uint32 l_46 = l_9 + l_44;
const bool l_47 = l_46 < l_1;
const bool l_48 = l_45 < l_3;
const bool l_49 = l_47 && l_48;
const uint32 l_50 = l_9 + l_44;
const uint32 l_51 = (l_49) ? l_50 : uint32(0);
const uint32 l_52 = (l_49) ? l_45 : uint32(0);
const uint32 l_53 = dynamic_meta[info.static_meta[uint32(18)] + uint32(0)];
const uint32 l_54 = l_51 * l_53;
const uint32 l_55 = dynamic_meta[info.static_meta[uint32(18)] + uint32(1)];
const uint32 l_56 = l_5 * l_55;
const uint32 l_57 = l_54 + l_56;
const uint32 l_58 = dynamic_meta[info.static_meta[uint32(18)] + uint32(2)];
const uint32 l_59 = l_52 * l_58;
const uint32 l_60 = l_57 + l_59;
const uint32 l_465 = info.static_meta[uint32(0)];
const uint32 l_466 = l_465 * uint32(1);
const bool l_467 = l_60 < l_466;
const uint32 l_468 = l_466 - uint32(1);
const uint32 l_469 = min(l_60, l_468);
const float l_470 = buffer_0[l_469];
const float l_471 = (l_467) ? l_470 : float(0.0);
const float l_61 = l_471;
const float l_62 = (l_49) ? l_61 : float(0.0);
const uint32 l_63 = l_44 * uint32(65);
const uint32 l_64 = l_63 + l_45;
const float l_65 = l_62 * info.scalars_float[0];
shared_memory_40[l_64] = l_65;
}
l_mut_66 = float(-3.4028234663852886e38);
l_mut_67 = float(0.0);
l_arr_68[uint32(0)] = float(0.0);
l_arr_68[uint32(1)] = float(0.0);
l_arr_68[uint32(2)] = float(0.0);
l_arr_68[uint32(3)] = float(0.0);
l_arr_68[uint32(4)] = float(0.0);
l_arr_68[uint32(5)] = float(0.0);
l_arr_68[uint32(6)] = float(0.0);
l_arr_68[uint32(7)] = float(0.0);
l_mut_70 = l_mut_25;
while (true) {
const bool l_71 = l_mut_70 < l_mut_26;
const bool l_72 = !l_71;
if (l_72) {
break;}

for (uint32 l_mut_73 = uint32(0); l_mut_73 < uint32(8); ++l_mut_73) {
const uint32 l_74 = l_mut_73 * uint32(256);
const uint32 l_75 = threadIdxGlobal + l_74;
const uint32 l_76 = l_75 / uint32(64);
const uint32 l_77 = l_75 % uint32(64);
const uint32 l_78 = l_mut_70 + l_76;
const bool l_79 = l_78 < l_mut_26;
const bool l_80 = l_77 < l_3;
const bool l_81 = l_79 && l_80;
const uint32 l_82 = l_mut_70 + l_76;
const uint32 l_83 = (l_81) ? l_82 : uint32(0);
const uint32 l_84 = l_76 * uint32(65);
const uint32 l_85 = uint32(2080) + l_84;
const uint32 l_86 = l_85 + l_77;
const uint32 l_87 = (l_81) ? l_77 : uint32(0);
const uint32 l_88 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_89 = l_83 * l_88;
const uint32 l_90 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_91 = l_8 * l_90;
const uint32 l_92 = l_89 + l_91;
const uint32 l_93 = dynamic_meta[info.static_meta[uint32(19)] + uint32(2)];
const uint32 l_94 = l_87 * l_93;
const uint32 l_95 = l_92 + l_94;
const uint32 l_472 = info.static_meta[uint32(1)];
const uint32 l_473 = l_472 * uint32(1);
const bool l_474 = l_95 < l_473;
const uint32 l_475 = l_473 - uint32(1);
const uint32 l_476 = min(l_95, l_475);
const float l_477 = buffer_1[l_476];
const float l_478 = (l_474) ? l_477 : float(0.0);
const float l_96 = l_478;
const float l_97 = (l_81) ? l_96 : float(0.0);
shared_memory_40[l_86] = l_97;
const uint32 l_98 = l_76 * uint32(64);
const uint32 l_99 = uint32(4160) + l_98;
const uint32 l_100 = l_99 + l_77;
const uint32 l_101 = (l_81) ? l_77 : uint32(0);
const uint32 l_102 = dynamic_meta[info.static_meta[uint32(20)] + uint32(0)];
const uint32 l_103 = l_83 * l_102;
const uint32 l_104 = dynamic_meta[info.static_meta[uint32(20)] + uint32(1)];
const uint32 l_105 = l_8 * l_104;
const uint32 l_106 = l_103 + l_105;
const uint32 l_107 = dynamic_meta[info.static_meta[uint32(20)] + uint32(2)];
const uint32 l_108 = l_101 * l_107;
const uint32 l_109 = l_106 + l_108;
const uint32 l_479 = info.static_meta[uint32(2)];
const uint32 l_480 = l_479 * uint32(1);
const bool l_481 = l_109 < l_480;
const uint32 l_482 = l_480 - uint32(1);
const uint32 l_483 = min(l_109, l_482);
const float l_484 = buffer_2[l_483];
const float l_485 = (l_481) ? l_484 : float(0.0);
const float l_110 = l_485;
const float l_111 = (l_81) ? l_110 : float(0.0);
shared_memory_40[l_100] = l_111;
}
__syncthreads();

l_arr_69[uint32(0)] = float(0.0);
l_arr_69[uint32(1)] = float(0.0);
l_arr_69[uint32(2)] = float(0.0);
l_arr_69[uint32(3)] = float(0.0);

for (uint32 l_mut_112 = uint32(0); l_mut_112 < l_3; ++l_mut_112) {
const uint32 l_113 = l_10 * uint32(65);
const uint32 l_114 = l_113 + l_mut_112;
const float l_115 = shared_memory_40[l_114];
const uint32 l_116 = l_11 + uint32(0);
const uint32 l_117 = l_116 * uint32(65);
const uint32 l_118 = uint32(2080) + l_117;
const uint32 l_119 = l_118 + l_mut_112;
const float l_120 = shared_memory_40[l_119];
const float l_121 = l_115 * l_120;
const float l_122 = l_arr_69[uint32(0)];
const float l_123 = l_122 + l_121;
l_arr_69[uint32(0)] = l_123;
const uint32 l_124 = l_11 + uint32(8);
const uint32 l_125 = l_124 * uint32(65);
const uint32 l_126 = uint32(2080) + l_125;
const uint32 l_127 = l_126 + l_mut_112;
const float l_128 = shared_memory_40[l_127];
const float l_129 = l_115 * l_128;
const float l_130 = l_arr_69[uint32(1)];
const float l_131 = l_130 + l_129;
l_arr_69[uint32(1)] = l_131;
const uint32 l_132 = l_11 + uint32(16);
const uint32 l_133 = l_132 * uint32(65);
const uint32 l_134 = uint32(2080) + l_133;
const uint32 l_135 = l_134 + l_mut_112;
const float l_136 = shared_memory_40[l_135];
const float l_137 = l_115 * l_136;
const float l_138 = l_arr_69[uint32(2)];
const float l_139 = l_138 + l_137;
l_arr_69[uint32(2)] = l_139;
const uint32 l_140 = l_11 + uint32(24);
const uint32 l_141 = l_140 * uint32(65);
const uint32 l_142 = uint32(2080) + l_141;
const uint32 l_143 = l_142 + l_mut_112;
const float l_144 = shared_memory_40[l_143];
const float l_145 = l_115 * l_144;
const float l_146 = l_arr_69[uint32(3)];
const float l_147 = l_146 + l_145;
l_arr_69[uint32(3)] = l_147;
}
l_mut_148 = float(-3.4028234663852886e38);
const uint32 l_149 = l_mut_70 + l_11;
const uint32 l_150 = l_149 + uint32(0);
const bool l_151 = l_150 >= l_18;
const bool l_152 = l_150 < l_23;
const bool l_153 = l_151 && l_152;
const float l_154 = l_arr_69[uint32(0)];
const float l_155 = (l_153) ? l_154 : float(-3.4028234663852886e38);
l_arr_69[uint32(0)] = l_155;
const float l_156 = max(l_mut_148, l_155);
l_mut_148 = l_156;
const uint32 l_157 = l_mut_70 + l_11;
const uint32 l_158 = l_157 + uint32(8);
const bool l_159 = l_158 >= l_18;
const bool l_160 = l_158 < l_23;
const bool l_161 = l_159 && l_160;
const float l_162 = l_arr_69[uint32(1)];
const float l_163 = (l_161) ? l_162 : float(-3.4028234663852886e38);
l_arr_69[uint32(1)] = l_163;
const float l_164 = max(l_mut_148, l_163);
l_mut_148 = l_164;
const uint32 l_165 = l_mut_70 + l_11;
const uint32 l_166 = l_165 + uint32(16);
const bool l_167 = l_166 >= l_18;
const bool l_168 = l_166 < l_23;
const bool l_169 = l_167 && l_168;
const float l_170 = l_arr_69[uint32(2)];
const float l_171 = (l_169) ? l_170 : float(-3.4028234663852886e38);
l_arr_69[uint32(2)] = l_171;
const float l_172 = max(l_mut_148, l_171);
l_mut_148 = l_172;
const uint32 l_173 = l_mut_70 + l_11;
const uint32 l_174 = l_173 + uint32(24);
const bool l_175 = l_174 >= l_18;
const bool l_176 = l_174 < l_23;
const bool l_177 = l_175 && l_176;
const float l_178 = l_arr_69[uint32(3)];
const float l_179 = (l_177) ? l_178 : float(-3.4028234663852886e38);
l_arr_69[uint32(3)] = l_179;
const float l_180 = max(l_mut_148, l_179);
l_mut_148 = l_180;
const uint32 l_181 = uint32(7264) + threadIdxGlobal;
shared_memory_40[l_181] = l_mut_148;
__syncthreads();

l_mut_148 = l_mut_66;
const uint32 l_182 = l_10 * uint32(8);
const uint32 l_183 = uint32(7264) + l_182;
const uint32 l_184 = l_183 + uint32(0);
const float l_185 = shared_memory_40[l_184];
const float l_186 = max(l_mut_148, l_185);
l_mut_148 = l_186;
const uint32 l_187 = l_10 * uint32(8);
const uint32 l_188 = uint32(7264) + l_187;
const uint32 l_189 = l_188 + uint32(1);
const float l_190 = shared_memory_40[l_189];
const float l_191 = max(l_mut_148, l_190);
l_mut_148 = l_191;
const uint32 l_192 = l_10 * uint32(8);
const uint32 l_193 = uint32(7264) + l_192;
const uint32 l_194 = l_193 + uint32(2);
const float l_195 = shared_memory_40[l_194];
const float l_196 = max(l_mut_148, l_195);
l_mut_148 = l_196;
const uint32 l_197 = l_10 * uint32(8);
const uint32 l_198 = uint32(7264) + l_197;
const uint32 l_199 = l_198 + uint32(3);
const float l_200 = shared_memory_40[l_199];
const float l_201 = max(l_mut_148, l_200);
l_mut_148 = l_201;
const uint32 l_202 = l_10 * uint32(8);
const uint32 l_203 = uint32(7264) + l_202;
const uint32 l_204 = l_203 + uint32(4);
const float l_205 = shared_memory_40[l_204];
const float l_206 = max(l_mut_148, l_205);
l_mut_148 = l_206;
const uint32 l_207 = l_10 * uint32(8);
const uint32 l_208 = uint32(7264) + l_207;
const uint32 l_209 = l_208 + uint32(5);
const float l_210 = shared_memory_40[l_209];
const float l_211 = max(l_mut_148, l_210);
l_mut_148 = l_211;
const uint32 l_212 = l_10 * uint32(8);
const uint32 l_213 = uint32(7264) + l_212;
const uint32 l_214 = l_213 + uint32(6);
const float l_215 = shared_memory_40[l_214];
const float l_216 = max(l_mut_148, l_215);
l_mut_148 = l_216;
const uint32 l_217 = l_10 * uint32(8);
const uint32 l_218 = uint32(7264) + l_217;
const uint32 l_219 = l_218 + uint32(7);
const float l_220 = shared_memory_40[l_219];
const float l_221 = max(l_mut_148, l_220);
l_mut_148 = l_221;
const uint32 l_222 = l_11 + uint32(0);
const uint32 l_223 = l_mut_70 + l_222;
const bool l_224 = l_223 >= l_18;
const bool l_225 = l_223 < l_23;
const bool l_226 = l_224 && l_225;
const float l_227 = l_arr_69[uint32(0)];
const float l_228 = l_227 - l_mut_148;
const float l_229 = exp(l_228);
const float l_230 = (l_226) ? l_229 : float(0.0);
const uint32 l_231 = l_10 * uint32(33);
const uint32 l_232 = uint32(6208) + l_231;
const uint32 l_233 = l_232 + l_222;
shared_memory_40[l_233] = l_230;
const uint32 l_234 = l_11 + uint32(8);
const uint32 l_235 = l_mut_70 + l_234;
const bool l_236 = l_235 >= l_18;
const bool l_237 = l_235 < l_23;
const bool l_238 = l_236 && l_237;
const float l_239 = l_arr_69[uint32(1)];
const float l_240 = l_239 - l_mut_148;
const float l_241 = exp(l_240);
const float l_242 = (l_238) ? l_241 : float(0.0);
const uint32 l_243 = l_10 * uint32(33);
const uint32 l_244 = uint32(6208) + l_243;
const uint32 l_245 = l_244 + l_234;
shared_memory_40[l_245] = l_242;
const uint32 l_246 = l_11 + uint32(16);
const uint32 l_247 = l_mut_70 + l_246;
const bool l_248 = l_247 >= l_18;
const bool l_249 = l_247 < l_23;
const bool l_250 = l_248 && l_249;
const float l_251 = l_arr_69[uint32(2)];
const float l_252 = l_251 - l_mut_148;
const float l_253 = exp(l_252);
const float l_254 = (l_250) ? l_253 : float(0.0);
const uint32 l_255 = l_10 * uint32(33);
const uint32 l_256 = uint32(6208) + l_255;
const uint32 l_257 = l_256 + l_246;
shared_memory_40[l_257] = l_254;
const uint32 l_258 = l_11 + uint32(24);
const uint32 l_259 = l_mut_70 + l_258;
const bool l_260 = l_259 >= l_18;
const bool l_261 = l_259 < l_23;
const bool l_262 = l_260 && l_261;
const float l_263 = l_arr_69[uint32(3)];
const float l_264 = l_263 - l_mut_148;
const float l_265 = exp(l_264);
const float l_266 = (l_262) ? l_265 : float(0.0);
const uint32 l_267 = l_10 * uint32(33);
const uint32 l_268 = uint32(6208) + l_267;
const uint32 l_269 = l_268 + l_258;
shared_memory_40[l_269] = l_266;
__syncthreads();

const float l_270 = l_mut_66 - l_mut_148;
const float l_271 = exp(l_270);
l_mut_272 = float(0.0);
const float l_273 = l_arr_68[uint32(0)];
const float l_274 = l_273 * l_271;
l_arr_68[uint32(0)] = l_274;
const float l_275 = l_arr_68[uint32(1)];
const float l_276 = l_275 * l_271;
l_arr_68[uint32(1)] = l_276;
const float l_277 = l_arr_68[uint32(2)];
const float l_278 = l_277 * l_271;
l_arr_68[uint32(2)] = l_278;
const float l_279 = l_arr_68[uint32(3)];
const float l_280 = l_279 * l_271;
l_arr_68[uint32(3)] = l_280;
const float l_281 = l_arr_68[uint32(4)];
const float l_282 = l_281 * l_271;
l_arr_68[uint32(4)] = l_282;
const float l_283 = l_arr_68[uint32(5)];
const float l_284 = l_283 * l_271;
l_arr_68[uint32(5)] = l_284;
const float l_285 = l_arr_68[uint32(6)];
const float l_286 = l_285 * l_271;
l_arr_68[uint32(6)] = l_286;
const float l_287 = l_arr_68[uint32(7)];
const float l_288 = l_287 * l_271;
l_arr_68[uint32(7)] = l_288;

for (uint32 l_mut_289 = uint32(0); l_mut_289 < uint32(32); ++l_mut_289) {
const uint32 l_290 = l_10 * uint32(33);
const uint32 l_291 = uint32(6208) + l_290;
const uint32 l_292 = l_291 + l_mut_289;
const float l_293 = shared_memory_40[l_292];
l_mut_272 = l_mut_272 + l_293;
const uint32 l_294 = l_mut_289 * uint32(64);
const uint32 l_295 = uint32(4160) + l_294;
const uint32 l_296 = l_295 + l_11;
const uint32 l_297 = l_296 + uint32(0);
const float l_298 = shared_memory_40[l_297];
const float l_299 = l_293 * l_298;
const float l_300 = l_arr_68[uint32(0)];
const float l_301 = l_300 + l_299;
l_arr_68[uint32(0)] = l_301;
const uint32 l_302 = l_mut_289 * uint32(64);
const uint32 l_303 = uint32(4160) + l_302;
const uint32 l_304 = l_303 + l_11;
const uint32 l_305 = l_304 + uint32(8);
const float l_306 = shared_memory_40[l_305];
const float l_307 = l_293 * l_306;
const float l_308 = l_arr_68[uint32(1)];
const float l_309 = l_308 + l_307;
l_arr_68[uint32(1)] = l_309;
const uint32 l_310 = l_mut_289 * uint32(64);
const uint32 l_311 = uint32(4160) + l_310;
const uint32 l_312 = l_311 + l_11;
const uint32 l_313 = l_312 + uint32(16);
const float l_314 = shared_memory_40[l_313];
const float l_315 = l_293 * l_314;
const float l_316 = l_arr_68[uint32(2)];
const float l_317 = l_316 + l_315;
l_arr_68[uint32(2)] = l_317;
const uint32 l_318 = l_mut_289 * uint32(64);
const uint32 l_319 = uint32(4160) + l_318;
const uint32 l_320 = l_319 + l_11;
const uint32 l_321 = l_320 + uint32(24);
const float l_322 = shared_memory_40[l_321];
const float l_323 = l_293 * l_322;
const float l_324 = l_arr_68[uint32(3)];
const float l_325 = l_324 + l_323;
l_arr_68[uint32(3)] = l_325;
const uint32 l_326 = l_mut_289 * uint32(64);
const uint32 l_327 = uint32(4160) + l_326;
const uint32 l_328 = l_327 + l_11;
const uint32 l_329 = l_328 + uint32(32);
const float l_330 = shared_memory_40[l_329];
const float l_331 = l_293 * l_330;
const float l_332 = l_arr_68[uint32(4)];
const float l_333 = l_332 + l_331;
l_arr_68[uint32(4)] = l_333;
const uint32 l_334 = l_mut_289 * uint32(64);
const uint32 l_335 = uint32(4160) + l_334;
const uint32 l_336 = l_335 + l_11;
const uint32 l_337 = l_336 + uint32(40);
const float l_338 = shared_memory_40[l_337];
const float l_339 = l_293 * l_338;
const float l_340 = l_arr_68[uint32(5)];
const float l_341 = l_340 + l_339;
l_arr_68[uint32(5)] = l_341;
const uint32 l_342 = l_mut_289 * uint32(64);
const uint32 l_343 = uint32(4160) + l_342;
const uint32 l_344 = l_343 + l_11;
const uint32 l_345 = l_344 + uint32(48);
const float l_346 = shared_memory_40[l_345];
const float l_347 = l_293 * l_346;
const float l_348 = l_arr_68[uint32(6)];
const float l_349 = l_348 + l_347;
l_arr_68[uint32(6)] = l_349;
const uint32 l_350 = l_mut_289 * uint32(64);
const uint32 l_351 = uint32(4160) + l_350;
const uint32 l_352 = l_351 + l_11;
const uint32 l_353 = l_352 + uint32(56);
const float l_354 = shared_memory_40[l_353];
const float l_355 = l_293 * l_354;
const float l_356 = l_arr_68[uint32(7)];
const float l_357 = l_356 + l_355;
l_arr_68[uint32(7)] = l_357;
}
const float l_358 = l_mut_67 * l_271;
const float l_359 = l_358 + l_mut_272;
l_mut_67 = l_359;
l_mut_66 = l_mut_148;
__syncthreads();

l_mut_70 = l_mut_70 + uint32(32);
}
if (l_13) {
const uint32 l_360 = dynamic_meta[info.static_meta[uint32(21)] + uint32(0)];
const uint32 l_361 = l_12 * l_360;
const uint32 l_362 = dynamic_meta[info.static_meta[uint32(21)] + uint32(1)];
const uint32 l_363 = l_5 * l_362;
const uint32 l_364 = l_361 + l_363;
const uint32 l_365 = l_11 + uint32(0);
const bool l_366 = l_365 < l_3;
if (l_366) {
const uint32 l_367 = dynamic_meta[info.static_meta[uint32(21)] + uint32(2)];
const uint32 l_368 = l_365 * l_367;
const uint32 l_369 = l_364 + l_368;
const bool l_370 = l_mut_67 > float(0.0);
const float l_371 = l_arr_68[uint32(0)];
const float l_372 = l_371 / l_mut_67;
const float l_373 = (l_370) ? l_372 : info.scalars_float[1];
const uint32 l_486 = info.static_meta[uint32(4)];
const uint32 l_487 = l_486 * uint32(1);
const bool l_488 = l_369 < l_487;
if (l_488) {
buffer_4[l_369] = l_373;
}
}
const uint32 l_374 = l_11 + uint32(8);
const bool l_375 = l_374 < l_3;
if (l_375) {
const uint32 l_376 = dynamic_meta[info.static_meta[uint32(21)] + uint32(2)];
const uint32 l_377 = l_374 * l_376;
const uint32 l_378 = l_364 + l_377;
const bool l_379 = l_mut_67 > float(0.0);
const float l_380 = l_arr_68[uint32(1)];
const float l_381 = l_380 / l_mut_67;
const float l_382 = (l_379) ? l_381 : info.scalars_float[1];
const uint32 l_489 = info.static_meta[uint32(4)];
const uint32 l_490 = l_489 * uint32(1);
const bool l_491 = l_378 < l_490;
if (l_491) {
buffer_4[l_378] = l_382;
}
}
const uint32 l_383 = l_11 + uint32(16);
const bool l_384 = l_383 < l_3;
if (l_384) {
const uint32 l_385 = dynamic_meta[info.static_meta[uint32(21)] + uint32(2)];
const uint32 l_386 = l_383 * l_385;
const uint32 l_387 = l_364 + l_386;
const bool l_388 = l_mut_67 > float(0.0);
const float l_389 = l_arr_68[uint32(2)];
const float l_390 = l_389 / l_mut_67;
const float l_391 = (l_388) ? l_390 : info.scalars_float[1];
const uint32 l_492 = info.static_meta[uint32(4)];
const uint32 l_493 = l_492 * uint32(1);
const bool l_494 = l_387 < l_493;
if (l_494) {
buffer_4[l_387] = l_391;
}
}
const uint32 l_392 = l_11 + uint32(24);
const bool l_393 = l_392 < l_3;
if (l_393) {
const uint32 l_394 = dynamic_meta[info.static_meta[uint32(21)] + uint32(2)];
const uint32 l_395 = l_392 * l_394;
const uint32 l_396 = l_364 + l_395;
const bool l_397 = l_mut_67 > float(0.0);
const float l_398 = l_arr_68[uint32(3)];
const float l_399 = l_398 / l_mut_67;
const float l_400 = (l_397) ? l_399 : info.scalars_float[1];
const uint32 l_495 = info.static_meta[uint32(4)];
const uint32 l_496 = l_495 * uint32(1);
const bool l_497 = l_396 < l_496;
if (l_497) {
buffer_4[l_396] = l_400;
}
}
const uint32 l_401 = l_11 + uint32(32);
const bool l_402 = l_401 < l_3;
if (l_402) {
const uint32 l_403 = dynamic_meta[info.static_meta[uint32(21)] + uint32(2)];
const uint32 l_404 = l_401 * l_403;
const uint32 l_405 = l_364 + l_404;
const bool l_406 = l_mut_67 > float(0.0);
const float l_407 = l_arr_68[uint32(4)];
const float l_408 = l_407 / l_mut_67;
const float l_409 = (l_406) ? l_408 : info.scalars_float[1];
const uint32 l_498 = info.static_meta[uint32(4)];
const uint32 l_499 = l_498 * uint32(1);
const bool l_500 = l_405 < l_499;
if (l_500) {
buffer_4[l_405] = l_409;
}
}
const uint32 l_410 = l_11 + uint32(40);
const bool l_411 = l_410 < l_3;
if (l_411) {
const uint32 l_412 = dynamic_meta[info.static_meta[uint32(21)] + uint32(2)];
const uint32 l_413 = l_410 * l_412;
const uint32 l_414 = l_364 + l_413;
const bool l_415 = l_mut_67 > float(0.0);
const float l_416 = l_arr_68[uint32(5)];
const float l_417 = l_416 / l_mut_67;
const float l_418 = (l_415) ? l_417 : info.scalars_float[1];
const uint32 l_501 = info.static_meta[uint32(4)];
const uint32 l_502 = l_501 * uint32(1);
const bool l_503 = l_414 < l_502;
if (l_503) {
buffer_4[l_414] = l_418;
}
}
const uint32 l_419 = l_11 + uint32(48);
const bool l_420 = l_419 < l_3;
if (l_420) {
const uint32 l_421 = dynamic_meta[info.static_meta[uint32(21)] + uint32(2)];
const uint32 l_422 = l_419 * l_421;
const uint32 l_423 = l_364 + l_422;
const bool l_424 = l_mut_67 > float(0.0);
const float l_425 = l_arr_68[uint32(6)];
const float l_426 = l_425 / l_mut_67;
const float l_427 = (l_424) ? l_426 : info.scalars_float[1];
const uint32 l_504 = info.static_meta[uint32(4)];
const uint32 l_505 = l_504 * uint32(1);
const bool l_506 = l_423 < l_505;
if (l_506) {
buffer_4[l_423] = l_427;
}
}
const uint32 l_428 = l_11 + uint32(56);
const bool l_429 = l_428 < l_3;
if (l_429) {
const uint32 l_430 = dynamic_meta[info.static_meta[uint32(21)] + uint32(2)];
const uint32 l_431 = l_428 * l_430;
const uint32 l_432 = l_364 + l_431;
const bool l_433 = l_mut_67 > float(0.0);
const float l_434 = l_arr_68[uint32(7)];
const float l_435 = l_434 / l_mut_67;
const float l_436 = (l_433) ? l_435 : info.scalars_float[1];
const uint32 l_507 = info.static_meta[uint32(4)];
const uint32 l_508 = l_507 * uint32(1);
const bool l_509 = l_432 < l_508;
if (l_509) {
buffer_4[l_432] = l_436;
}
}
}
}

}
// ==== launch 1: forward_kernel_q_f32_kv_f32_o_f32 (attention), cube_dim 256x1x1
#include <cuda_runtime.h>
typedef unsigned int uint;
typedef unsigned char uint8;
typedef unsigned short uint16;
typedef unsigned int uint32;
typedef unsigned long long int uint64;
typedef signed char int8;
typedef signed short int16;
typedef signed int int32;
typedef signed long long int int64;

struct info_st {
    float scalars_float[2];
uint32 scalars_uint32[2];uint32 static_meta[22];
};


extern "C" __global__ void __launch_bounds__(256)forward_kernel_q_f32_kv_f32_o_f32 (
    const float* __restrict__ buffer_0, const float* __restrict__ buffer_1, const float* __restrict__ buffer_2, const int32* __restrict__ buffer_3, float* buffer_4, const uint32* __restrict__ dynamic_meta, const __grid_constant__ info_st info
) {
uint32 threadIdxGlobal = threadIdx.x + threadIdx.y * blockDim.x + threadIdx.z * (blockDim.x * blockDim.y);
uint32 blockIdxGlobal = (blockIdx.z * gridDim.y * gridDim.x) + (blockIdx.y * gridDim.x) + blockIdx.x;
extern __shared__ __align__(4) uint8 dynamic_shared_mem[];
// Shared array size: 7520, 30080 bytes
float *shared_memory_40 = reinterpret_cast<float*>(&dynamic_shared_mem[0]);
float l_arr_68[8];

float l_arr_69[4];

float l_mut_134;
float l_mut_258;
float l_mut_66;
float l_mut_67;
uint32 l_mut_25;
uint32 l_mut_26;
uint32 l_mut_70;
const bool l_0 = blockIdxGlobal < info.scalars_uint32[0];
if (l_0) {
const uint32 l_1 = dynamic_meta[info.static_meta[uint32(14)] + uint32(0)];
const uint32 l_2 = dynamic_meta[info.static_meta[uint32(14)] + uint32(1)];
const uint32 l_3 = dynamic_meta[info.static_meta[uint32(14)] + uint32(2)];
const uint32 l_4 = blockIdxGlobal / l_2;
const uint32 l_5 = blockIdxGlobal % l_2;
const uint32 l_6 = dynamic_meta[info.static_meta[uint32(15)] + uint32(1)];
const uint32 l_7 = l_2 / l_6;
const uint32 l_8 = l_5 / l_7;
const uint32 l_9 = l_4 * uint32(32);
const uint32 l_10 = threadIdxGlobal / uint32(8);
const uint32 l_11 = threadIdxGlobal % uint32(8);
const uint32 l_12 = l_9 + l_10;
const bool l_13 = l_12 < l_1;
const uint32 l_14 = (l_13) ? l_12 : uint32(0);
const uint32 l_15 = uint32(2) * l_14;
const uint32 l_277 = info.static_meta[uint32(3)];
const uint32 l_278 = l_277 * uint32(1);
const bool l_279 = l_15 < l_278;
const uint32 l_280 = l_278 - uint32(1);
const uint32 l_281 = min(l_15, l_280);
const int32 l_282 = buffer_3[l_281];
const int32 l_283 = (l_279) ? l_282 : int32(0);
const int32 l_16 = l_283;
const uint32 l_17 = uint32(l_16);
const uint32 l_18 = (l_13) ? l_17 : uint32(0);
const uint32 l_19 = uint32(2) * l_14;
const uint32 l_20 = l_19 + uint32(1);
const uint32 l_284 = info.static_meta[uint32(3)];
const uint32 l_285 = l_284 * uint32(1);
const bool l_286 = l_20 < l_285;
const uint32 l_287 = l_285 - uint32(1);
const uint32 l_288 = min(l_20, l_287);
const int32 l_289 = buffer_3[l_288];
const int32 l_290 = (l_286) ? l_289 : int32(0);
const int32 l_21 = l_290;
const uint32 l_22 = uint32(l_21);
const uint32 l_23 = (l_13) ? l_22 : uint32(0);
const uint32 l_24 = dynamic_meta[info.static_meta[uint32(15)] + uint32(0)];
l_mut_25 = l_24;
l_mut_26 = uint32(0);

for (uint32 l_mut_27 = uint32(0); l_mut_27 < uint32(32); ++l_mut_27) {
const uint32 l_28 = l_9 + l_mut_27;
const bool l_29 = l_28 < l_1;
if (l_29) {
const uint32 l_30 = uint32(2) * l_28;
const uint32 l_291 = info.static_meta[uint32(3)];
const uint32 l_292 = l_291 * uint32(1);
const bool l_293 = l_30 < l_292;
const uint32 l_294 = l_292 - uint32(1);
const uint32 l_295 = min(l_30, l_294);
const int32 l_296 = buffer_3[l_295];
const int32 l_297 = (l_293) ? l_296 : int32(0);
const int32 l_31 = l_297;
const uint32 l_32 = uint32(l_31);
const uint32 l_33 = uint32(2) * l_28;
const uint32 l_34 = l_33 + uint32(1);
const uint32 l_298 = info.static_meta[uint32(3)];
const uint32 l_299 = l_298 * uint32(1);
const bool l_300 = l_34 < l_299;
const uint32 l_301 = l_299 - uint32(1);
const uint32 l_302 = min(l_34, l_301);
const int32 l_303 = buffer_3[l_302];
const int32 l_304 = (l_300) ? l_303 : int32(0);
const int32 l_35 = l_304;
const uint32 l_36 = uint32(l_35);
const bool l_37 = l_32 < l_36;
if (l_37) {
const uint32 l_38 = min(l_mut_25, l_32);
l_mut_25 = l_38;
const uint32 l_39 = max(l_mut_26, l_36);
l_mut_26 = l_39;
}
}
}

for (uint32 l_mut_41 = uint32(0); l_mut_41 < uint32(8); ++l_mut_41) {
const uint32 l_42 = l_mut_41 * uint32(256);
const uint32 l_43 = threadIdxGlobal + l_42;
const uint32 l_44 = l_43 / uint32(64);
const uint32 l_45 = l_43 % uint32(64);
const uint32 l_46 = l_9 + l_44;
const bool l_47 = l_46 < l_1;
const bool l_48 = l_45 < l_3;
const bool l_49 = l_47 && l_48;
const uint32 l_50 = l_9 + l_44;
const uint32 l_51 = (l_49) ? l_50 : uint32(0);
const uint32 l_52 = (l_49) ? l_45 : uint32(0);
const uint32 l_53 = dynamic_meta[info.static_meta[uint32(18)] + uint32(0)];
const uint32 l_54 = l_51 * l_53;
const uint32 l_55 = dynamic_meta[info.static_meta[uint32(18)] + uint32(1)];
const uint32 l_56 = l_5 * l_55;
const uint32 l_57 = l_54 + l_56;
const uint32 l_58 = dynamic_meta[info.static_meta[uint32(18)] + uint32(2)];
const uint32 l_59 = l_52 * l_58;
const uint32 l_60 = l_57 + l_59;
const uint32 l_305 = info.static_meta[uint32(0)];
const uint32 l_306 = l_305 * uint32(1);
const bool l_307 = l_60 < l_306;
const uint32 l_308 = l_306 - uint32(1);
const uint32 l_309 = min(l_60, l_308);
const float l_310 = buffer_0[l_309];
const float l_311 = (l_307) ? l_310 : float(0.0);
const float l_61 = l_311;
const float l_62 = (l_49) ? l_61 : float(0.0);
const uint32 l_63 = l_44 * uint32(65);
const uint32 l_64 = l_63 + l_45;
const float l_65 = l_62 * info.scalars_float[0];
shared_memory_40[l_64] = l_65;
}
l_mut_66 = float(-3.4028234663852886e38);
l_mut_67 = float(0.0);
l_arr_68[uint32(0)] = float(0.0);
l_arr_68[uint32(1)] = float(0.0);
l_arr_68[uint32(2)] = float(0.0);
l_arr_68[uint32(3)] = float(0.0);
l_arr_68[uint32(4)] = float(0.0);
l_arr_68[uint32(5)] = float(0.0);
l_arr_68[uint32(6)] = float(0.0);
l_arr_68[uint32(7)] = float(0.0);
l_mut_70 = l_mut_25;
while (true) {
const bool l_71 = l_mut_70 < l_mut_26;
const bool l_72 = !l_71;
if (l_72) {
break;}

for (uint32 l_mut_73 = uint32(0); l_mut_73 < uint32(8); ++l_mut_73) {
const uint32 l_74 = l_mut_73 * uint32(256);
const uint32 l_75 = threadIdxGlobal + l_74;
const uint32 l_76 = l_75 / uint32(64);
const uint32 l_77 = l_75 % uint32(64);
const uint32 l_78 = l_mut_70 + l_76;
const bool l_79 = l_78 < l_mut_26;
const bool l_80 = l_77 < l_3;
const bool l_81 = l_79 && l_80;
const uint32 l_82 = l_mut_70 + l_76;
const uint32 l_83 = (l_81) ? l_82 : uint32(0);
const uint32 l_84 = l_76 * uint32(65);
const uint32 l_85 = uint32(2080) + l_84;
const uint32 l_86 = l_85 + l_77;
const uint32 l_87 = (l_81) ? l_77 : uint32(0);
const uint32 l_88 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_89 = l_83 * l_88;
const uint32 l_90 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_91 = l_8 * l_90;
const uint32 l_92 = l_89 + l_91;
const uint32 l_93 = dynamic_meta[info.static_meta[uint32(19)] + uint32(2)];
const uint32 l_94 = l_87 * l_93;
const uint32 l_95 = l_92 + l_94;
const uint32 l_312 = info.static_meta[uint32(1)];
const uint32 l_313 = l_312 * uint32(1);
const bool l_314 = l_95 < l_313;
const uint32 l_315 = l_313 - uint32(1);
const uint32 l_316 = min(l_95, l_315);
const float l_317 = buffer_1[l_316];
const float l_318 = (l_314) ? l_317 : float(0.0);
const float l_96 = l_318;
const float l_97 = (l_81) ? l_96 : float(0.0);
shared_memory_40[l_86] = l_97;
}
__syncthreads();

l_arr_69[uint32(0)] = float(0.0);
l_arr_69[uint32(1)] = float(0.0);
l_arr_69[uint32(2)] = float(0.0);
l_arr_69[uint32(3)] = float(0.0);

for (uint32 l_mut_98 = uint32(0); l_mut_98 < l_3; ++l_mut_98) {
const uint32 l_99 = l_10 * uint32(65);
const uint32 l_100 = l_99 + l_mut_98;
const float l_101 = shared_memory_40[l_100];
const uint32 l_102 = l_11 + uint32(0);
const uint32 l_103 = l_102 * uint32(65);
const uint32 l_104 = uint32(2080) + l_103;
const uint32 l_105 = l_104 + l_mut_98;
const float l_106 = shared_memory_40[l_105];
const float l_107 = l_101 * l_106;
const float l_108 = l_arr_69[uint32(0)];
const float l_109 = l_108 + l_107;
l_arr_69[uint32(0)] = l_109;
const uint32 l_110 = l_11 + uint32(8);
const uint32 l_111 = l_110 * uint32(65);
const uint32 l_112 = uint32(2080) + l_111;
const uint32 l_113 = l_112 + l_mut_98;
const float l_114 = shared_memory_40[l_113];
const float l_115 = l_101 * l_114;
const float l_116 = l_arr_69[uint32(1)];
const float l_117 = l_116 + l_115;
l_arr_69[uint32(1)] = l_117;
const uint32 l_118 = l_11 + uint32(16);
const uint32 l_119 = l_118 * uint32(65);
const uint32 l_120 = uint32(2080) + l_119;
const uint32 l_121 = l_120 + l_mut_98;
const float l_122 = shared_memory_40[l_121];
const float l_123 = l_101 * l_122;
const float l_124 = l_arr_69[uint32(2)];
const float l_125 = l_124 + l_123;
l_arr_69[uint32(2)] = l_125;
const uint32 l_126 = l_11 + uint32(24);
const uint32 l_127 = l_126 * uint32(65);
const uint32 l_128 = uint32(2080) + l_127;
const uint32 l_129 = l_128 + l_mut_98;
const float l_130 = shared_memory_40[l_129];
const float l_131 = l_101 * l_130;
const float l_132 = l_arr_69[uint32(3)];
const float l_133 = l_132 + l_131;
l_arr_69[uint32(3)] = l_133;
}
l_mut_134 = float(-3.4028234663852886e38);
const uint32 l_135 = l_mut_70 + l_11;
const uint32 l_136 = l_135 + uint32(0);
const bool l_137 = l_136 >= l_18;
const bool l_138 = l_136 < l_23;
const bool l_139 = l_137 && l_138;
const float l_140 = l_arr_69[uint32(0)];
const float l_141 = (l_139) ? l_140 : float(-3.4028234663852886e38);
l_arr_69[uint32(0)] = l_141;
const float l_142 = max(l_mut_134, l_141);
l_mut_134 = l_142;
const uint32 l_143 = l_mut_70 + l_11;
const uint32 l_144 = l_143 + uint32(8);
const bool l_145 = l_144 >= l_18;
const bool l_146 = l_144 < l_23;
const bool l_147 = l_145 && l_146;
const float l_148 = l_arr_69[uint32(1)];
const float l_149 = (l_147) ? l_148 : float(-3.4028234663852886e38);
l_arr_69[uint32(1)] = l_149;
const float l_150 = max(l_mut_134, l_149);
l_mut_134 = l_150;
const uint32 l_151 = l_mut_70 + l_11;
const uint32 l_152 = l_151 + uint32(16);
const bool l_153 = l_152 >= l_18;
const bool l_154 = l_152 < l_23;
const bool l_155 = l_153 && l_154;
const float l_156 = l_arr_69[uint32(2)];
const float l_157 = (l_155) ? l_156 : float(-3.4028234663852886e38);
l_arr_69[uint32(2)] = l_157;
const float l_158 = max(l_mut_134, l_157);
l_mut_134 = l_158;
const uint32 l_159 = l_mut_70 + l_11;
const uint32 l_160 = l_159 + uint32(24);
const bool l_161 = l_160 >= l_18;
const bool l_162 = l_160 < l_23;
const bool l_163 = l_161 && l_162;
const float l_164 = l_arr_69[uint32(3)];
const float l_165 = (l_163) ? l_164 : float(-3.4028234663852886e38);
l_arr_69[uint32(3)] = l_165;
const float l_166 = max(l_mut_134, l_165);
l_mut_134 = l_166;
const uint32 l_167 = uint32(7264) + threadIdxGlobal;
shared_memory_40[l_167] = l_mut_134;
__syncthreads();

l_mut_134 = l_mut_66;
const uint32 l_168 = l_10 * uint32(8);
const uint32 l_169 = uint32(7264) + l_168;
const uint32 l_170 = l_169 + uint32(0);
const float l_171 = shared_memory_40[l_170];
const float l_172 = max(l_mut_134, l_171);
l_mut_134 = l_172;
const uint32 l_173 = l_10 * uint32(8);
const uint32 l_174 = uint32(7264) + l_173;
const uint32 l_175 = l_174 + uint32(1);
const float l_176 = shared_memory_40[l_175];
const float l_177 = max(l_mut_134, l_176);
l_mut_134 = l_177;
const uint32 l_178 = l_10 * uint32(8);
const uint32 l_179 = uint32(7264) + l_178;
const uint32 l_180 = l_179 + uint32(2);
const float l_181 = shared_memory_40[l_180];
const float l_182 = max(l_mut_134, l_181);
l_mut_134 = l_182;
const uint32 l_183 = l_10 * uint32(8);
const uint32 l_184 = uint32(7264) + l_183;
const uint32 l_185 = l_184 + uint32(3);
const float l_186 = shared_memory_40[l_185];
const float l_187 = max(l_mut_134, l_186);
l_mut_134 = l_187;
const uint32 l_188 = l_10 * uint32(8);
const uint32 l_189 = uint32(7264) + l_188;
const uint32 l_190 = l_189 + uint32(4);
const float l_191 = shared_memory_40[l_190];
const float l_192 = max(l_mut_134, l_191);
l_mut_134 = l_192;
const uint32 l_193 = l_10 * uint32(8);
const uint32 l_194 = uint32(7264) + l_193;
const uint32 l_195 = l_194 + uint32(5);
const float l_196 = shared_memory_40[l_195];
const float l_197 = max(l_mut_134, l_196);
l_mut_134 = l_197;
const uint32 l_198 = l_10 * uint32(8);
const uint32 l_199 = uint32(7264) + l_198;
const uint32 l_200 = l_199 + uint32(6);
const float l_201 = shared_memory_40[l_200];
const float l_202 = max(l_mut_134, l_201);
l_mut_134 = l_202;
const uint32 l_203 = l_10 * uint32(8);
const uint32 l_204 = uint32(7264) + l_203;
const uint32 l_205 = l_204 + uint32(7);
const float l_206 = shared_memory_40[l_205];
const float l_207 = max(l_mut_134, l_206);
l_mut_134 = l_207;
const uint32 l_208 = l_11 + uint32(0);
const uint32 l_209 = l_mut_70 + l_208;
const bool l_210 = l_209 >= l_18;
const bool l_211 = l_209 < l_23;
const bool l_212 = l_210 && l_211;
const float l_213 = l_arr_69[uint32(0)];
const float l_214 = l_213 - l_mut_134;
const float l_215 = exp(l_214);
const float l_216 = (l_212) ? l_215 : float(0.0);
const uint32 l_217 = l_10 * uint32(33);
const uint32 l_218 = uint32(6208) + l_217;
const uint32 l_219 = l_218 + l_208;
shared_memory_40[l_219] = l_216;
const uint32 l_220 = l_11 + uint32(8);
const uint32 l_221 = l_mut_70 + l_220;
const bool l_222 = l_221 >= l_18;
const bool l_223 = l_221 < l_23;
const bool l_224 = l_222 && l_223;
const float l_225 = l_arr_69[uint32(1)];
const float l_226 = l_225 - l_mut_134;
const float l_227 = exp(l_226);
const float l_228 = (l_224) ? l_227 : float(0.0);
const uint32 l_229 = l_10 * uint32(33);
const uint32 l_230 = uint32(6208) + l_229;
const uint32 l_231 = l_230 + l_220;
shared_memory_40[l_231] = l_228;
const uint32 l_232 = l_11 + uint32(16);
const uint32 l_233 = l_mut_70 + l_232;
const bool l_234 = l_233 >= l_18;
const bool l_235 = l_233 < l_23;
const bool l_236 = l_234 && l_235;
const float l_237 = l_arr_69[uint32(2)];
const float l_238 = l_237 - l_mut_134;
const float l_239 = exp(l_238);
const float l_240 = (l_236) ? l_239 : float(0.0);
const uint32 l_241 = l_10 * uint32(33);
const uint32 l_242 = uint32(6208) + l_241;
const uint32 l_243 = l_242 + l_232;
shared_memory_40[l_243] = l_240;
const uint32 l_244 = l_11 + uint32(24);
const uint32 l_245 = l_mut_70 + l_244;
const bool l_246 = l_245 >= l_18;
const bool l_247 = l_245 < l_23;
const bool l_248 = l_246 && l_247;
const float l_249 = l_arr_69[uint32(3)];
const float l_250 = l_249 - l_mut_134;
const float l_251 = exp(l_250);
const float l_252 = (l_248) ? l_251 : float(0.0);
const uint32 l_253 = l_10 * uint32(33);
const uint32 l_254 = uint32(6208) + l_253;
const uint32 l_255 = l_254 + l_244;
shared_memory_40[l_255] = l_252;
__syncthreads();

const float l_256 = l_mut_66 - l_mut_134;
const float l_257 = exp(l_256);
l_mut_258 = float(0.0);

for (uint32 l_mut_259 = uint32(0); l_mut_259 < uint32(32); ++l_mut_259) {
const uint32 l_260 = l_10 * uint32(33);
const uint32 l_261 = uint32(6208) + l_260;
const uint32 l_262 = l_261 + l_mut_259;
const float l_263 = shared_memory_40[l_262];
l_mut_258 = l_mut_258 + l_263;
}
const float l_264 = l_mut_67 * l_257;
const float l_265 = l_264 + l_mut_258;
l_mut_67 = l_265;
l_mut_66 = l_mut_134;
__syncthreads();

l_mut_70 = l_mut_70 + uint32(32);
}
const bool l_266 = l_11 == uint32(0);
const bool l_267 = l_13 && l_266;
if (l_267) {
const uint32 l_268 = dynamic_meta[info.static_meta[uint32(21)] + uint32(0)];
const uint32 l_269 = l_5 * l_268;
const uint32 l_270 = dynamic_meta[info.static_meta[uint32(21)] + uint32(1)];
const uint32 l_271 = l_12 * l_270;
const uint32 l_272 = l_269 + l_271;
const bool l_273 = l_mut_67 > float(0.0);
const float l_274 = log(l_mut_67);
const float l_275 = l_mut_66 + l_274;
const float l_276 = (l_273) ? l_275 : info.scalars_float[1];
const uint32 l_319 = info.static_meta[uint32(4)];
const uint32 l_320 = l_319 * uint32(1);
const bool l_321 = l_272 < l_320;
if (l_321) {
buffer_4[l_272] = l_276;
}
}
}

}
// ==== launch 2: delta_kernel_g_f32 (attention), cube_dim 128x1x1
#include <cuda_runtime.h>
typedef unsigned int uint;
typedef unsigned char uint8;
typedef unsigned short uint16;
typedef unsigned int uint32;
typedef unsigned long long int uint64;
typedef signed char int8;
typedef signed short int16;
typedef signed int int32;
typedef signed long long int int64;

struct info_st {
    uint32 scalars_uint32[2];uint32 static_meta[12];
};


extern "C" __global__ void __launch_bounds__(128)delta_kernel_g_f32 (
    const float* __restrict__ buffer_0, const float* __restrict__ buffer_1, float* buffer_2, const uint32* __restrict__ dynamic_meta, const __grid_constant__ info_st info
) {
uint3 absoluteIdx = make_uint3(
    blockIdx.x * blockDim.x + threadIdx.x,
    blockIdx.y * blockDim.y + threadIdx.y,
    blockIdx.z * blockDim.z + threadIdx.z
);
uint32 idxGlobal = (
                absoluteIdx.z * gridDim.x * blockDim.x * gridDim.y * blockDim.y)
                + (absoluteIdx.y * gridDim.x * blockDim.x)
                + absoluteIdx.x;
float l_mut_4;
const bool l_0 = idxGlobal < info.scalars_uint32[0];
if (l_0) {
const uint32 l_1 = dynamic_meta[info.static_meta[uint32(8)] + uint32(1)];
const uint32 l_2 = idxGlobal / l_1;
const uint32 l_3 = idxGlobal % l_1;
l_mut_4 = float(0.0);
const uint32 l_5 = dynamic_meta[info.static_meta[uint32(8)] + uint32(2)];

for (uint32 l_mut_6 = uint32(0); l_mut_6 < l_5; ++l_mut_6) {
const uint32 l_7 = dynamic_meta[info.static_meta[uint32(10)] + uint32(0)];
const uint32 l_8 = l_2 * l_7;
const uint32 l_9 = dynamic_meta[info.static_meta[uint32(10)] + uint32(1)];
const uint32 l_10 = l_3 * l_9;
const uint32 l_11 = l_8 + l_10;
const uint32 l_12 = dynamic_meta[info.static_meta[uint32(10)] + uint32(2)];
const uint32 l_13 = l_mut_6 * l_12;
const uint32 l_14 = l_11 + l_13;
const uint32 l_32 = info.static_meta[uint32(0)];
const uint32 l_33 = l_32 * uint32(1);
const bool l_34 = l_14 < l_33;
const uint32 l_35 = l_33 - uint32(1);
const uint32 l_36 = min(l_14, l_35);
const float l_37 = buffer_0[l_36];
const float l_38 = (l_34) ? l_37 : float(0.0);
const float l_15 = l_38;
const uint32 l_16 = dynamic_meta[info.static_meta[uint32(11)] + uint32(0)];
const uint32 l_17 = l_2 * l_16;
const uint32 l_18 = dynamic_meta[info.static_meta[uint32(11)] + uint32(1)];
const uint32 l_19 = l_3 * l_18;
const uint32 l_20 = l_17 + l_19;
const uint32 l_21 = dynamic_meta[info.static_meta[uint32(11)] + uint32(2)];
const uint32 l_22 = l_mut_6 * l_21;
const uint32 l_23 = l_20 + l_22;
const uint32 l_39 = info.static_meta[uint32(1)];
const uint32 l_40 = l_39 * uint32(1);
const bool l_41 = l_23 < l_40;
const uint32 l_42 = l_40 - uint32(1);
const uint32 l_43 = min(l_23, l_42);
const float l_44 = buffer_1[l_43];
const float l_45 = (l_41) ? l_44 : float(0.0);
const float l_24 = l_45;
const float l_25 = l_15 * l_24;
l_mut_4 = l_mut_4 + l_25;
}
const uint32 l_26 = dynamic_meta[info.static_meta[uint32(8)] + uint32(0)];
const uint32 l_27 = l_3 * l_26;
const uint32 l_28 = l_27 + l_2;
const uint32 l_29 = info.static_meta[uint32(2)];
const uint32 l_30 = l_29 * uint32(1);
const bool l_31 = l_28 < l_30;
if (l_31) {
buffer_2[l_28] = l_mut_4;
}
}

}
// ==== launch 2: dq_kernel_q_f32_kv_f32_g_f32_o_f32 (attention), cube_dim 64x1x1
#include <cuda_runtime.h>
typedef unsigned int uint;
typedef unsigned char uint8;
typedef unsigned short uint16;
typedef unsigned int uint32;
typedef unsigned long long int uint64;
typedef signed char int8;
typedef signed short int16;
typedef signed int int32;
typedef signed long long int int64;

struct info_st {
    float scalars_float[2];
uint32 scalars_uint32[2];uint32 static_meta[34];
};


extern "C" __global__ void __launch_bounds__(64)dq_kernel_q_f32_kv_f32_g_f32_o_f32 (
    const float* __restrict__ buffer_0, const float* __restrict__ buffer_1, const float* __restrict__ buffer_2, const float* __restrict__ buffer_3, const float* __restrict__ buffer_4, const float* __restrict__ buffer_5, const int32* __restrict__ buffer_6, float* buffer_7, const uint32* __restrict__ dynamic_meta, const __grid_constant__ info_st info
) {
uint32 threadIdxGlobal = threadIdx.x + threadIdx.y * blockDim.x + threadIdx.z * (blockDim.x * blockDim.y);
uint32 blockIdxGlobal = (blockIdx.z * gridDim.y * gridDim.x) + (blockIdx.y * gridDim.x) + blockIdx.x;
extern __shared__ __align__(4) uint8 dynamic_shared_mem[];
// Shared array size: 192, 768 bytes
float *shared_memory_10 = reinterpret_cast<float*>(&dynamic_shared_mem[0]);
float l_mut_50;
float l_mut_57;
float l_mut_58;
uint32 l_mut_51;
const bool l_0 = blockIdxGlobal < info.scalars_uint32[0];
if (l_0) {
const uint32 l_1 = dynamic_meta[info.static_meta[uint32(22)] + uint32(0)];
const uint32 l_2 = dynamic_meta[info.static_meta[uint32(22)] + uint32(1)];
const uint32 l_3 = dynamic_meta[info.static_meta[uint32(22)] + uint32(2)];
const uint32 l_4 = blockIdxGlobal / l_2;
const uint32 l_5 = blockIdxGlobal % l_2;
const uint32 l_6 = dynamic_meta[info.static_meta[uint32(23)] + uint32(1)];
const uint32 l_7 = l_2 / l_6;
const uint32 l_8 = l_5 / l_7;
const bool l_9 = threadIdxGlobal < l_3;
const uint32 l_11 = (l_9) ? threadIdxGlobal : uint32(0);
const uint32 l_12 = dynamic_meta[info.static_meta[uint32(28)] + uint32(0)];
const uint32 l_13 = l_4 * l_12;
const uint32 l_14 = dynamic_meta[info.static_meta[uint32(28)] + uint32(1)];
const uint32 l_15 = l_5 * l_14;
const uint32 l_16 = l_13 + l_15;
const uint32 l_17 = dynamic_meta[info.static_meta[uint32(28)] + uint32(2)];
const uint32 l_18 = l_11 * l_17;
const uint32 l_19 = l_16 + l_18;
const uint32 l_115 = info.static_meta[uint32(0)];
const uint32 l_116 = l_115 * uint32(1);
const bool l_117 = l_19 < l_116;
const uint32 l_118 = l_116 - uint32(1);
const uint32 l_119 = min(l_19, l_118);
const float l_120 = buffer_0[l_119];
const float l_121 = (l_117) ? l_120 : float(0.0);
const float l_20 = l_121;
const float l_21 = (l_9) ? l_20 : float(0.0);
shared_memory_10[threadIdxGlobal] = l_21;
const uint32 l_22 = uint32(64) + threadIdxGlobal;
const uint32 l_23 = (l_9) ? threadIdxGlobal : uint32(0);
const uint32 l_24 = dynamic_meta[info.static_meta[uint32(31)] + uint32(0)];
const uint32 l_25 = l_4 * l_24;
const uint32 l_26 = dynamic_meta[info.static_meta[uint32(31)] + uint32(1)];
const uint32 l_27 = l_5 * l_26;
const uint32 l_28 = l_25 + l_27;
const uint32 l_29 = dynamic_meta[info.static_meta[uint32(31)] + uint32(2)];
const uint32 l_30 = l_23 * l_29;
const uint32 l_31 = l_28 + l_30;
const uint32 l_122 = info.static_meta[uint32(3)];
const uint32 l_123 = l_122 * uint32(1);
const bool l_124 = l_31 < l_123;
const uint32 l_125 = l_123 - uint32(1);
const uint32 l_126 = min(l_31, l_125);
const float l_127 = buffer_3[l_126];
const float l_128 = (l_124) ? l_127 : float(0.0);
const float l_32 = l_128;
const float l_33 = (l_9) ? l_32 : float(0.0);
shared_memory_10[l_22] = l_33;
__syncthreads();

const uint32 l_34 = dynamic_meta[info.static_meta[uint32(32)] + uint32(0)];
const uint32 l_35 = l_5 * l_34;
const uint32 l_36 = dynamic_meta[info.static_meta[uint32(32)] + uint32(1)];
const uint32 l_37 = l_4 * l_36;
const uint32 l_38 = l_35 + l_37;
const uint32 l_129 = info.static_meta[uint32(4)];
const uint32 l_130 = l_129 * uint32(1);
const bool l_131 = l_38 < l_130;
const uint32 l_132 = l_130 - uint32(1);
const uint32 l_133 = min(l_38, l_132);
const float l_134 = buffer_4[l_133];
const float l_135 = (l_131) ? l_134 : float(0.0);
const float l_39 = l_135;
const uint32 l_40 = l_5 * l_1;
const uint32 l_41 = l_40 + l_4;
const uint32 l_136 = info.static_meta[uint32(5)];
const uint32 l_137 = l_136 * uint32(1);
const bool l_138 = l_41 < l_137;
const uint32 l_139 = l_137 - uint32(1);
const uint32 l_140 = min(l_41, l_139);
const float l_141 = buffer_5[l_140];
const float l_142 = (l_138) ? l_141 : float(0.0);
const float l_42 = l_142;
const uint32 l_43 = uint32(2) * l_4;
const uint32 l_143 = info.static_meta[uint32(6)];
const uint32 l_144 = l_143 * uint32(1);
const bool l_145 = l_43 < l_144;
const uint32 l_146 = l_144 - uint32(1);
const uint32 l_147 = min(l_43, l_146);
const int32 l_148 = buffer_6[l_147];
const int32 l_149 = (l_145) ? l_148 : int32(0);
const int32 l_44 = l_149;
const uint32 l_45 = uint32(l_44);
const uint32 l_46 = uint32(2) * l_4;
const uint32 l_47 = l_46 + uint32(1);
const uint32 l_150 = info.static_meta[uint32(6)];
const uint32 l_151 = l_150 * uint32(1);
const bool l_152 = l_47 < l_151;
const uint32 l_153 = l_151 - uint32(1);
const uint32 l_154 = min(l_47, l_153);
const int32 l_155 = buffer_6[l_154];
const int32 l_156 = (l_152) ? l_155 : int32(0);
const int32 l_48 = l_156;
const uint32 l_49 = uint32(l_48);
l_mut_50 = float(0.0);
l_mut_51 = l_45;
while (true) {
const bool l_52 = l_mut_51 < l_49;
const bool l_53 = !l_52;
if (l_53) {
break;}
const uint32 l_54 = l_mut_51 + threadIdxGlobal;
const bool l_55 = l_54 < l_49;
const uint32 l_56 = (l_55) ? l_54 : l_45;
l_mut_57 = float(0.0);
l_mut_58 = float(0.0);

for (uint32 l_mut_59 = uint32(0); l_mut_59 < l_3; ++l_mut_59) {
const float l_60 = shared_memory_10[l_mut_59];
const uint32 l_61 = dynamic_meta[info.static_meta[uint32(29)] + uint32(0)];
const uint32 l_62 = l_56 * l_61;
const uint32 l_63 = dynamic_meta[info.static_meta[uint32(29)] + uint32(1)];
const uint32 l_64 = l_8 * l_63;
const uint32 l_65 = l_62 + l_64;
const uint32 l_66 = dynamic_meta[info.static_meta[uint32(29)] + uint32(2)];
const uint32 l_67 = l_mut_59 * l_66;
const uint32 l_68 = l_65 + l_67;
const uint32 l_157 = info.static_meta[uint32(1)];
const uint32 l_158 = l_157 * uint32(1);
const bool l_159 = l_68 < l_158;
const uint32 l_160 = l_158 - uint32(1);
const uint32 l_161 = min(l_68, l_160);
const float l_162 = buffer_1[l_161];
const float l_163 = (l_159) ? l_162 : float(0.0);
const float l_69 = l_163;
const float l_70 = l_60 * l_69;
l_mut_57 = l_mut_57 + l_70;
const uint32 l_71 = uint32(64) + l_mut_59;
const float l_72 = shared_memory_10[l_71];
const uint32 l_73 = dynamic_meta[info.static_meta[uint32(30)] + uint32(0)];
const uint32 l_74 = l_56 * l_73;
const uint32 l_75 = dynamic_meta[info.static_meta[uint32(30)] + uint32(1)];
const uint32 l_76 = l_8 * l_75;
const uint32 l_77 = l_74 + l_76;
const uint32 l_78 = dynamic_meta[info.static_meta[uint32(30)] + uint32(2)];
const uint32 l_79 = l_mut_59 * l_78;
const uint32 l_80 = l_77 + l_79;
const uint32 l_164 = info.static_meta[uint32(2)];
const uint32 l_165 = l_164 * uint32(1);
const bool l_166 = l_80 < l_165;
const uint32 l_167 = l_165 - uint32(1);
const uint32 l_168 = min(l_80, l_167);
const float l_169 = buffer_2[l_168];
const float l_170 = (l_166) ? l_169 : float(0.0);
const float l_81 = l_170;
const float l_82 = l_72 * l_81;
l_mut_58 = l_mut_58 + l_82;
}
const float l_83 = l_mut_57 * info.scalars_float[0];
const bool l_84 = l_39 > float(-3.4028234663852886e38);
const float l_85 = l_83 - l_39;
const float l_86 = exp(l_85);
const float l_87 = (l_84) ? l_86 : float(0.0);
const uint32 l_88 = uint32(128) + threadIdxGlobal;
const float l_89 = l_mut_58 - l_42;
const float l_90 = l_87 * l_89;
const float l_91 = (l_55) ? l_90 : float(0.0);
shared_memory_10[l_88] = l_91;
__syncthreads();

const uint32 l_92 = l_49 - l_mut_51;
const uint32 l_93 = min(uint32(64), l_92);
l_mut_58 = float(0.0);

for (uint32 l_mut_94 = uint32(0); l_mut_94 < l_93; ++l_mut_94) {
const uint32 l_95 = uint32(128) + l_mut_94;
const float l_96 = shared_memory_10[l_95];
const uint32 l_97 = l_mut_51 + l_mut_94;
const uint32 l_98 = (l_9) ? threadIdxGlobal : uint32(0);
const uint32 l_99 = dynamic_meta[info.static_meta[uint32(29)] + uint32(0)];
const uint32 l_100 = l_97 * l_99;
const uint32 l_101 = dynamic_meta[info.static_meta[uint32(29)] + uint32(1)];
const uint32 l_102 = l_8 * l_101;
const uint32 l_103 = l_100 + l_102;
const uint32 l_104 = dynamic_meta[info.static_meta[uint32(29)] + uint32(2)];
const uint32 l_105 = l_98 * l_104;
const uint32 l_106 = l_103 + l_105;
const uint32 l_171 = info.static_meta[uint32(1)];
const uint32 l_172 = l_171 * uint32(1);
const bool l_173 = l_106 < l_172;
const uint32 l_174 = l_172 - uint32(1);
const uint32 l_175 = min(l_106, l_174);
const float l_176 = buffer_1[l_175];
const float l_177 = (l_173) ? l_176 : float(0.0);
const float l_107 = l_177;
const float l_108 = (l_9) ? l_107 : float(0.0);
const float l_109 = l_96 * l_108;
l_mut_58 = l_mut_58 + l_109;
}
l_mut_50 = l_mut_50 + l_mut_58;
__syncthreads();

l_mut_51 = l_mut_51 + uint32(64);
}
if (l_9) {
const uint32 l_110 = l_4 * l_2;
const uint32 l_111 = l_110 + l_5;
const uint32 l_112 = l_111 * l_3;
const uint32 l_113 = l_112 + threadIdxGlobal;
const float l_114 = l_mut_50 * info.scalars_float[0];
const uint32 l_178 = info.static_meta[uint32(7)];
const uint32 l_179 = l_178 * uint32(1);
const bool l_180 = l_113 < l_179;
if (l_180) {
buffer_7[l_113] = l_114;
}
}
}

}
// ==== launch 3: delta_kernel_g_f32 (attention), cube_dim 128x1x1
#include <cuda_runtime.h>
typedef unsigned int uint;
typedef unsigned char uint8;
typedef unsigned short uint16;
typedef unsigned int uint32;
typedef unsigned long long int uint64;
typedef signed char int8;
typedef signed short int16;
typedef signed int int32;
typedef signed long long int int64;

struct info_st {
    uint32 scalars_uint32[2];uint32 static_meta[12];
};


extern "C" __global__ void __launch_bounds__(128)delta_kernel_g_f32 (
    const float* __restrict__ buffer_0, const float* __restrict__ buffer_1, float* buffer_2, const uint32* __restrict__ dynamic_meta, const __grid_constant__ info_st info
) {
uint3 absoluteIdx = make_uint3(
    blockIdx.x * blockDim.x + threadIdx.x,
    blockIdx.y * blockDim.y + threadIdx.y,
    blockIdx.z * blockDim.z + threadIdx.z
);
uint32 idxGlobal = (
                absoluteIdx.z * gridDim.x * blockDim.x * gridDim.y * blockDim.y)
                + (absoluteIdx.y * gridDim.x * blockDim.x)
                + absoluteIdx.x;
float l_mut_4;
const bool l_0 = idxGlobal < info.scalars_uint32[0];
if (l_0) {
const uint32 l_1 = dynamic_meta[info.static_meta[uint32(8)] + uint32(1)];
const uint32 l_2 = idxGlobal / l_1;
const uint32 l_3 = idxGlobal % l_1;
l_mut_4 = float(0.0);
const uint32 l_5 = dynamic_meta[info.static_meta[uint32(8)] + uint32(2)];

for (uint32 l_mut_6 = uint32(0); l_mut_6 < l_5; ++l_mut_6) {
const uint32 l_7 = dynamic_meta[info.static_meta[uint32(10)] + uint32(0)];
const uint32 l_8 = l_2 * l_7;
const uint32 l_9 = dynamic_meta[info.static_meta[uint32(10)] + uint32(1)];
const uint32 l_10 = l_3 * l_9;
const uint32 l_11 = l_8 + l_10;
const uint32 l_12 = dynamic_meta[info.static_meta[uint32(10)] + uint32(2)];
const uint32 l_13 = l_mut_6 * l_12;
const uint32 l_14 = l_11 + l_13;
const uint32 l_32 = info.static_meta[uint32(0)];
const uint32 l_33 = l_32 * uint32(1);
const bool l_34 = l_14 < l_33;
const uint32 l_35 = l_33 - uint32(1);
const uint32 l_36 = min(l_14, l_35);
const float l_37 = buffer_0[l_36];
const float l_38 = (l_34) ? l_37 : float(0.0);
const float l_15 = l_38;
const uint32 l_16 = dynamic_meta[info.static_meta[uint32(11)] + uint32(0)];
const uint32 l_17 = l_2 * l_16;
const uint32 l_18 = dynamic_meta[info.static_meta[uint32(11)] + uint32(1)];
const uint32 l_19 = l_3 * l_18;
const uint32 l_20 = l_17 + l_19;
const uint32 l_21 = dynamic_meta[info.static_meta[uint32(11)] + uint32(2)];
const uint32 l_22 = l_mut_6 * l_21;
const uint32 l_23 = l_20 + l_22;
const uint32 l_39 = info.static_meta[uint32(1)];
const uint32 l_40 = l_39 * uint32(1);
const bool l_41 = l_23 < l_40;
const uint32 l_42 = l_40 - uint32(1);
const uint32 l_43 = min(l_23, l_42);
const float l_44 = buffer_1[l_43];
const float l_45 = (l_41) ? l_44 : float(0.0);
const float l_24 = l_45;
const float l_25 = l_15 * l_24;
l_mut_4 = l_mut_4 + l_25;
}
const uint32 l_26 = dynamic_meta[info.static_meta[uint32(8)] + uint32(0)];
const uint32 l_27 = l_3 * l_26;
const uint32 l_28 = l_27 + l_2;
const uint32 l_29 = info.static_meta[uint32(2)];
const uint32 l_30 = l_29 * uint32(1);
const bool l_31 = l_28 < l_30;
if (l_31) {
buffer_2[l_28] = l_mut_4;
}
}

}
// ==== launch 3: dkv_kernel_q_f32_kv_f32_g_f32_o_f32 (attention), cube_dim 64x1x1
#include <cuda_runtime.h>
typedef unsigned int uint;
typedef unsigned char uint8;
typedef unsigned short uint16;
typedef unsigned int uint32;
typedef unsigned long long int uint64;
typedef signed char int8;
typedef signed short int16;
typedef signed int int32;
typedef signed long long int int64;

struct info_st {
    float scalars_float[2];
uint32 scalars_uint32[2];uint32 static_meta[34];
};


extern "C" __global__ void __launch_bounds__(64)dkv_kernel_q_f32_kv_f32_g_f32_o_f32 (
    const float* __restrict__ buffer_0, const float* __restrict__ buffer_1, const float* __restrict__ buffer_2, const float* __restrict__ buffer_3, const float* __restrict__ buffer_4, const float* __restrict__ buffer_5, const int32* __restrict__ buffer_6, float* buffer_7, const uint32* __restrict__ dynamic_meta, const __grid_constant__ info_st info
) {
uint32 threadIdxGlobal = threadIdx.x + threadIdx.y * blockDim.x + threadIdx.z * (blockDim.x * blockDim.y);
uint32 blockIdxGlobal = (blockIdx.z * gridDim.y * gridDim.x) + (blockIdx.y * gridDim.x) + blockIdx.x;
extern __shared__ __align__(4) uint8 dynamic_shared_mem[];
// Shared array size: 256, 1024 bytes
float *shared_memory_10 = reinterpret_cast<float*>(&dynamic_shared_mem[0]);
float l_mut_41;
float l_mut_42;
float l_mut_53;
float l_mut_54;
uint32 l_mut_47;
const bool l_0 = blockIdxGlobal < info.scalars_uint32[0];
if (l_0) {
const uint32 l_1 = dynamic_meta[info.static_meta[uint32(23)] + uint32(0)];
const uint32 l_2 = dynamic_meta[info.static_meta[uint32(23)] + uint32(1)];
const uint32 l_3 = dynamic_meta[info.static_meta[uint32(23)] + uint32(2)];
const uint32 l_4 = dynamic_meta[info.static_meta[uint32(22)] + uint32(0)];
const uint32 l_5 = dynamic_meta[info.static_meta[uint32(22)] + uint32(1)];
const uint32 l_6 = blockIdxGlobal / l_2;
const uint32 l_7 = blockIdxGlobal % l_2;
const uint32 l_8 = l_5 / l_2;
const bool l_9 = threadIdxGlobal < l_3;
const uint32 l_11 = (l_9) ? threadIdxGlobal : uint32(0);
const uint32 l_12 = dynamic_meta[info.static_meta[uint32(29)] + uint32(0)];
const uint32 l_13 = l_6 * l_12;
const uint32 l_14 = dynamic_meta[info.static_meta[uint32(29)] + uint32(1)];
const uint32 l_15 = l_7 * l_14;
const uint32 l_16 = l_13 + l_15;
const uint32 l_17 = dynamic_meta[info.static_meta[uint32(29)] + uint32(2)];
const uint32 l_18 = l_11 * l_17;
const uint32 l_19 = l_16 + l_18;
const uint32 l_140 = info.static_meta[uint32(1)];
const uint32 l_141 = l_140 * uint32(1);
const bool l_142 = l_19 < l_141;
const uint32 l_143 = l_141 - uint32(1);
const uint32 l_144 = min(l_19, l_143);
const float l_145 = buffer_1[l_144];
const float l_146 = (l_142) ? l_145 : float(0.0);
const float l_20 = l_146;
const float l_21 = (l_9) ? l_20 : float(0.0);
shared_memory_10[threadIdxGlobal] = l_21;
const uint32 l_22 = uint32(64) + threadIdxGlobal;
const uint32 l_23 = (l_9) ? threadIdxGlobal : uint32(0);
const uint32 l_24 = dynamic_meta[info.static_meta[uint32(30)] + uint32(0)];
const uint32 l_25 = l_6 * l_24;
const uint32 l_26 = dynamic_meta[info.static_meta[uint32(30)] + uint32(1)];
const uint32 l_27 = l_7 * l_26;
const uint32 l_28 = l_25 + l_27;
const uint32 l_29 = dynamic_meta[info.static_meta[uint32(30)] + uint32(2)];
const uint32 l_30 = l_23 * l_29;
const uint32 l_31 = l_28 + l_30;
const uint32 l_147 = info.static_meta[uint32(2)];
const uint32 l_148 = l_147 * uint32(1);
const bool l_149 = l_31 < l_148;
const uint32 l_150 = l_148 - uint32(1);
const uint32 l_151 = min(l_31, l_150);
const float l_152 = buffer_2[l_151];
const float l_153 = (l_149) ? l_152 : float(0.0);
const float l_32 = l_153;
const float l_33 = (l_9) ? l_32 : float(0.0);
shared_memory_10[l_22] = l_33;
__syncthreads();

const uint32 l_34 = uint32(2) * l_6;
const uint32 l_154 = info.static_meta[uint32(6)];
const uint32 l_155 = l_154 * uint32(1);
const bool l_156 = l_34 < l_155;
const uint32 l_157 = l_155 - uint32(1);
const uint32 l_158 = min(l_34, l_157);
const int32 l_159 = buffer_6[l_158];
const int32 l_160 = (l_156) ? l_159 : int32(0);
const int32 l_35 = l_160;
const uint32 l_36 = uint32(l_35);
const uint32 l_37 = uint32(2) * l_6;
const uint32 l_38 = l_37 + uint32(1);
const uint32 l_161 = info.static_meta[uint32(6)];
const uint32 l_162 = l_161 * uint32(1);
const bool l_163 = l_38 < l_162;
const uint32 l_164 = l_162 - uint32(1);
const uint32 l_165 = min(l_38, l_164);
const int32 l_166 = buffer_6[l_165];
const int32 l_167 = (l_163) ? l_166 : int32(0);
const int32 l_39 = l_167;
const uint32 l_40 = uint32(l_39);
l_mut_41 = float(0.0);
l_mut_42 = float(0.0);
const uint32 l_43 = l_7 * l_8;
const uint32 l_44 = l_7 + uint32(1);
const uint32 l_45 = l_44 * l_8;

for (uint32 l_mut_46 = l_43; l_mut_46 < l_45; ++l_mut_46) {
l_mut_47 = l_36;
while (true) {
const bool l_48 = l_mut_47 < l_40;
const bool l_49 = !l_48;
if (l_49) {
break;}
const uint32 l_50 = l_mut_47 + threadIdxGlobal;
const bool l_51 = l_50 < l_40;
const uint32 l_52 = (l_51) ? l_50 : l_36;
l_mut_53 = float(0.0);
l_mut_54 = float(0.0);

for (uint32 l_mut_55 = uint32(0); l_mut_55 < l_3; ++l_mut_55) {
const float l_56 = shared_memory_10[l_mut_55];
const uint32 l_57 = dynamic_meta[info.static_meta[uint32(28)] + uint32(0)];
const uint32 l_58 = l_52 * l_57;
const uint32 l_59 = dynamic_meta[info.static_meta[uint32(28)] + uint32(1)];
const uint32 l_60 = l_mut_46 * l_59;
const uint32 l_61 = l_58 + l_60;
const uint32 l_62 = dynamic_meta[info.static_meta[uint32(28)] + uint32(2)];
const uint32 l_63 = l_mut_55 * l_62;
const uint32 l_64 = l_61 + l_63;
const uint32 l_182 = info.static_meta[uint32(0)];
const uint32 l_183 = l_182 * uint32(1);
const bool l_184 = l_64 < l_183;
const uint32 l_185 = l_183 - uint32(1);
const uint32 l_186 = min(l_64, l_185);
const float l_187 = buffer_0[l_186];
const float l_188 = (l_184) ? l_187 : float(0.0);
const float l_65 = l_188;
const float l_66 = l_56 * l_65;
l_mut_53 = l_mut_53 + l_66;
const uint32 l_67 = uint32(64) + l_mut_55;
const float l_68 = shared_memory_10[l_67];
const uint32 l_69 = dynamic_meta[info.static_meta[uint32(31)] + uint32(0)];
const uint32 l_70 = l_52 * l_69;
const uint32 l_71 = dynamic_meta[info.static_meta[uint32(31)] + uint32(1)];
const uint32 l_72 = l_mut_46 * l_71;
const uint32 l_73 = l_70 + l_72;
const uint32 l_74 = dynamic_meta[info.static_meta[uint32(31)] + uint32(2)];
const uint32 l_75 = l_mut_55 * l_74;
const uint32 l_76 = l_73 + l_75;
const uint32 l_189 = info.static_meta[uint32(3)];
const uint32 l_190 = l_189 * uint32(1);
const bool l_191 = l_76 < l_190;
const uint32 l_192 = l_190 - uint32(1);
const uint32 l_193 = min(l_76, l_192);
const float l_194 = buffer_3[l_193];
const float l_195 = (l_191) ? l_194 : float(0.0);
const float l_77 = l_195;
const float l_78 = l_68 * l_77;
l_mut_54 = l_mut_54 + l_78;
}
const float l_79 = l_mut_53 * info.scalars_float[0];
const uint32 l_80 = dynamic_meta[info.static_meta[uint32(32)] + uint32(0)];
const uint32 l_81 = l_mut_46 * l_80;
const uint32 l_82 = dynamic_meta[info.static_meta[uint32(32)] + uint32(1)];
const uint32 l_83 = l_52 * l_82;
const uint32 l_84 = l_81 + l_83;
const uint32 l_168 = info.static_meta[uint32(4)];
const uint32 l_169 = l_168 * uint32(1);
const bool l_170 = l_84 < l_169;
const uint32 l_171 = l_169 - uint32(1);
const uint32 l_172 = min(l_84, l_171);
const float l_173 = buffer_4[l_172];
const float l_174 = (l_170) ? l_173 : float(0.0);
const float l_85 = l_174;
const bool l_86 = l_85 > float(-3.4028234663852886e38);
const float l_87 = l_79 - l_85;
const float l_88 = exp(l_87);
const float l_89 = (l_86) ? l_88 : float(0.0);
const uint32 l_90 = uint32(128) + threadIdxGlobal;
const float l_91 = (l_51) ? l_89 : float(0.0);
shared_memory_10[l_90] = l_91;
const uint32 l_92 = uint32(192) + threadIdxGlobal;
const uint32 l_93 = l_mut_46 * l_4;
const uint32 l_94 = l_93 + l_52;
const uint32 l_175 = info.static_meta[uint32(5)];
const uint32 l_176 = l_175 * uint32(1);
const bool l_177 = l_94 < l_176;
const uint32 l_178 = l_176 - uint32(1);
const uint32 l_179 = min(l_94, l_178);
const float l_180 = buffer_5[l_179];
const float l_181 = (l_177) ? l_180 : float(0.0);
const float l_95 = l_181;
const float l_96 = l_mut_54 - l_95;
const float l_97 = l_89 * l_96;
const float l_98 = (l_51) ? l_97 : float(0.0);
shared_memory_10[l_92] = l_98;
__syncthreads();

const uint32 l_99 = l_40 - l_mut_47;
const uint32 l_100 = min(uint32(64), l_99);

for (uint32 l_mut_101 = uint32(0); l_mut_101 < l_100; ++l_mut_101) {
const uint32 l_102 = uint32(128) + l_mut_101;
const float l_103 = shared_memory_10[l_102];
const uint32 l_104 = l_mut_47 + l_mut_101;
const uint32 l_105 = (l_9) ? threadIdxGlobal : uint32(0);
const uint32 l_106 = dynamic_meta[info.static_meta[uint32(31)] + uint32(0)];
const uint32 l_107 = l_104 * l_106;
const uint32 l_108 = dynamic_meta[info.static_meta[uint32(31)] + uint32(1)];
const uint32 l_109 = l_mut_46 * l_108;
const uint32 l_110 = l_107 + l_109;
const uint32 l_111 = dynamic_meta[info.static_meta[uint32(31)] + uint32(2)];
const uint32 l_112 = l_105 * l_111;
const uint32 l_113 = l_110 + l_112;
const uint32 l_196 = info.static_meta[uint32(3)];
const uint32 l_197 = l_196 * uint32(1);
const bool l_198 = l_113 < l_197;
const uint32 l_199 = l_197 - uint32(1);
const uint32 l_200 = min(l_113, l_199);
const float l_201 = buffer_3[l_200];
const float l_202 = (l_198) ? l_201 : float(0.0);
const float l_114 = l_202;
const float l_115 = (l_9) ? l_114 : float(0.0);
const float l_116 = l_103 * l_115;
l_mut_42 = l_mut_42 + l_116;
const uint32 l_117 = uint32(192) + l_mut_101;
const float l_118 = shared_memory_10[l_117];
const uint32 l_119 = l_mut_47 + l_mut_101;
const uint32 l_120 = (l_9) ? threadIdxGlobal : uint32(0);
const uint32 l_121 = dynamic_meta[info.static_meta[uint32(28)] + uint32(0)];
const uint32 l_122 = l_119 * l_121;
const uint32 l_123 = dynamic_meta[info.static_meta[uint32(28)] + uint32(1)];
const uint32 l_124 = l_mut_46 * l_123;
const uint32 l_125 = l_122 + l_124;
const uint32 l_126 = dynamic_meta[info.static_meta[uint32(28)] + uint32(2)];
const uint32 l_127 = l_120 * l_126;
const uint32 l_128 = l_125 + l_127;
const uint32 l_203 = info.static_meta[uint32(0)];
const uint32 l_204 = l_203 * uint32(1);
const bool l_205 = l_128 < l_204;
const uint32 l_206 = l_204 - uint32(1);
const uint32 l_207 = min(l_128, l_206);
const float l_208 = buffer_0[l_207];
const float l_209 = (l_205) ? l_208 : float(0.0);
const float l_129 = l_209;
const float l_130 = (l_9) ? l_129 : float(0.0);
const float l_131 = l_118 * l_130;
l_mut_41 = l_mut_41 + l_131;
}
__syncthreads();

l_mut_47 = l_mut_47 + uint32(64);
}
}
if (l_9) {
const uint32 l_132 = l_6 * l_2;
const uint32 l_133 = l_132 + l_7;
const uint32 l_134 = l_133 * l_3;
const uint32 l_135 = l_134 + threadIdxGlobal;
const float l_136 = l_mut_41 * info.scalars_float[0];
const uint32 l_210 = info.static_meta[uint32(7)];
const uint32 l_211 = l_210 * uint32(1);
const bool l_212 = l_135 < l_211;
if (l_212) {
buffer_7[l_135] = l_136;
}
const uint32 l_137 = l_1 * l_2;
const uint32 l_138 = l_137 * l_3;
const uint32 l_139 = l_138 + l_135;
const uint32 l_213 = info.static_meta[uint32(7)];
const uint32 l_214 = l_213 * uint32(1);
const bool l_215 = l_139 < l_214;
if (l_215) {
buffer_7[l_139] = l_mut_42;
}
}
}

}
// ==== launch 4: ew_kernel_c_f32_h_f32_o_f32 (elementwise), cube_dim 256x1x1
#include <cuda_runtime.h>
typedef unsigned int uint;
typedef unsigned char uint8;
typedef unsigned short uint16;
typedef unsigned int uint32;
typedef unsigned long long int uint64;
typedef signed char int8;
typedef signed short int16;
typedef signed int int32;
typedef signed long long int int64;

struct info_st {
    uint32 scalars_uint32[2];uint32 static_meta[10];
};


extern "C" __global__ void __launch_bounds__(256)ew_kernel_c_f32_h_f32_o_f32 (
    const float* __restrict__ buffer_0, float* buffer_1, const uint32* __restrict__ dynamic_meta, const __grid_constant__ info_st info
) {
uint3 absoluteIdx = make_uint3(
    blockIdx.x * blockDim.x + threadIdx.x,
    blockIdx.y * blockDim.y + threadIdx.y,
    blockIdx.z * blockDim.z + threadIdx.z
);
uint32 idxGlobal = (
                absoluteIdx.z * gridDim.x * blockDim.x * gridDim.y * blockDim.y)
                + (absoluteIdx.y * gridDim.x * blockDim.x)
                + absoluteIdx.x;
const bool l_0 = idxGlobal < info.scalars_uint32[0];
if (l_0) {
const uint32 l_2 = info.static_meta[uint32(0)];
const uint32 l_3 = l_2 * uint32(1);
const bool l_4 = idxGlobal < l_3;
const uint32 l_5 = l_3 - uint32(1);
const uint32 l_6 = min(idxGlobal, l_5);
const float l_7 = buffer_0[l_6];
const float l_8 = (l_4) ? l_7 : float(0.0);
const float l_1 = l_8;
const uint32 l_9 = info.static_meta[uint32(1)];
const uint32 l_10 = l_9 * uint32(1);
const bool l_11 = idxGlobal < l_10;
if (l_11) {
buffer_1[idxGlobal] = l_1;
}
}

}
// ==== launch 5: copy_kernel_t_f32 (elementwise), cube_dim 256x1x1
#include <cuda_runtime.h>
typedef unsigned int uint;
typedef unsigned char uint8;
typedef unsigned short uint16;
typedef unsigned int uint32;
typedef unsigned long long int uint64;
typedef signed char int8;
typedef signed short int16;
typedef signed int int32;
typedef signed long long int int64;

struct info_st {
    uint32 scalars_uint32[4];uint32 static_meta[10];
};


extern "C" __global__ void __launch_bounds__(256)copy_kernel_t_f32 (
    const float* __restrict__ buffer_0, float* buffer_1, const uint32* __restrict__ dynamic_meta, const __grid_constant__ info_st info
) {
uint3 absoluteIdx = make_uint3(
    blockIdx.x * blockDim.x + threadIdx.x,
    blockIdx.y * blockDim.y + threadIdx.y,
    blockIdx.z * blockDim.z + threadIdx.z
);
uint32 idxGlobal = (
                absoluteIdx.z * gridDim.x * blockDim.x * gridDim.y * blockDim.y)
                + (absoluteIdx.y * gridDim.x * blockDim.x)
                + absoluteIdx.x;
uint32 l_mut_1;
uint32 l_mut_2;
const bool l_0 = idxGlobal < info.scalars_uint32[2];
if (l_0) {
l_mut_1 = idxGlobal;
l_mut_2 = uint32(0);
const uint32 l_3 = dynamic_meta[info.static_meta[uint32(6)] + uint32(3)];
const uint32 l_4 = l_mut_1 % l_3;
const uint32 l_5 = dynamic_meta[info.static_meta[uint32(8)] + uint32(3)];
const uint32 l_6 = l_4 * l_5;
l_mut_2 = l_mut_2 + l_6;
l_mut_1 = l_mut_1 / l_3;
const uint32 l_7 = dynamic_meta[info.static_meta[uint32(6)] + uint32(2)];
const uint32 l_8 = l_mut_1 % l_7;
const uint32 l_9 = dynamic_meta[info.static_meta[uint32(8)] + uint32(2)];
const uint32 l_10 = l_8 * l_9;
l_mut_2 = l_mut_2 + l_10;
l_mut_1 = l_mut_1 / l_7;
const uint32 l_11 = dynamic_meta[info.static_meta[uint32(6)] + uint32(1)];
const uint32 l_12 = l_mut_1 % l_11;
const uint32 l_13 = dynamic_meta[info.static_meta[uint32(8)] + uint32(1)];
const uint32 l_14 = l_12 * l_13;
l_mut_2 = l_mut_2 + l_14;
l_mut_1 = l_mut_1 / l_11;
const uint32 l_15 = dynamic_meta[info.static_meta[uint32(6)] + uint32(0)];
const uint32 l_16 = l_mut_1 % l_15;
const uint32 l_17 = dynamic_meta[info.static_meta[uint32(8)] + uint32(0)];
const uint32 l_18 = l_16 * l_17;
l_mut_2 = l_mut_2 + l_18;
l_mut_1 = l_mut_1 / l_15;
const uint32 l_19 = info.scalars_uint32[0] + l_mut_2;
const uint32 l_22 = info.static_meta[uint32(0)];
const uint32 l_23 = l_22 * uint32(1);
const bool l_24 = l_19 < l_23;
const uint32 l_25 = l_23 - uint32(1);
const uint32 l_26 = min(l_19, l_25);
const float l_27 = buffer_0[l_26];
const float l_28 = (l_24) ? l_27 : float(0.0);
const float l_20 = l_28;
const uint32 l_21 = info.scalars_uint32[1] + idxGlobal;
const uint32 l_29 = info.static_meta[uint32(1)];
const uint32 l_30 = l_29 * uint32(1);
const bool l_31 = l_21 < l_30;
if (l_31) {
buffer_1[l_21] = l_20;
}
}

}
// ==== launch 5: ew_kernel_c_f32_h_f32_o_f32 (elementwise), cube_dim 256x1x1
#include <cuda_runtime.h>
typedef unsigned int uint;
typedef unsigned char uint8;
typedef unsigned short uint16;
typedef unsigned int uint32;
typedef unsigned long long int uint64;
typedef signed char int8;
typedef signed short int16;
typedef signed int int32;
typedef signed long long int int64;

struct info_st {
    uint32 scalars_uint32[2];uint32 static_meta[10];
};


extern "C" __global__ void __launch_bounds__(256)ew_kernel_c_f32_h_f32_o_f32 (
    const float* __restrict__ buffer_0, float* buffer_1, const uint32* __restrict__ dynamic_meta, const __grid_constant__ info_st info
) {
uint3 absoluteIdx = make_uint3(
    blockIdx.x * blockDim.x + threadIdx.x,
    blockIdx.y * blockDim.y + threadIdx.y,
    blockIdx.z * blockDim.z + threadIdx.z
);
uint32 idxGlobal = (
                absoluteIdx.z * gridDim.x * blockDim.x * gridDim.y * blockDim.y)
                + (absoluteIdx.y * gridDim.x * blockDim.x)
                + absoluteIdx.x;
const bool l_0 = idxGlobal < info.scalars_uint32[0];
if (l_0) {
const uint32 l_2 = info.static_meta[uint32(0)];
const uint32 l_3 = l_2 * uint32(1);
const bool l_4 = idxGlobal < l_3;
const uint32 l_5 = l_3 - uint32(1);
const uint32 l_6 = min(idxGlobal, l_5);
const float l_7 = buffer_0[l_6];
const float l_8 = (l_4) ? l_7 : float(0.0);
const float l_1 = l_8;
const uint32 l_9 = info.static_meta[uint32(1)];
const uint32 l_10 = l_9 * uint32(1);
const bool l_11 = idxGlobal < l_10;
if (l_11) {
buffer_1[idxGlobal] = l_1;
}
}

}
// ==== launch 6: ew_kernel_c_f32_h_f32_o_f32 (elementwise), cube_dim 256x1x1
#include <cuda_runtime.h>
typedef unsigned int uint;
typedef unsigned char uint8;
typedef unsigned short uint16;
typedef unsigned int uint32;
typedef unsigned long long int uint64;
typedef signed char int8;
typedef signed short int16;
typedef signed int int32;
typedef signed long long int int64;

struct info_st {
    uint32 scalars_uint32[2];uint32 static_meta[10];
};


extern "C" __global__ void __launch_bounds__(256)ew_kernel_c_f32_h_f32_o_f32 (
    const float* __restrict__ buffer_0, float* buffer_1, const uint32* __restrict__ dynamic_meta, const __grid_constant__ info_st info
) {
uint3 absoluteIdx = make_uint3(
    blockIdx.x * blockDim.x + threadIdx.x,
    blockIdx.y * blockDim.y + threadIdx.y,
    blockIdx.z * blockDim.z + threadIdx.z
);
uint32 idxGlobal = (
                absoluteIdx.z * gridDim.x * blockDim.x * gridDim.y * blockDim.y)
                + (absoluteIdx.y * gridDim.x * blockDim.x)
                + absoluteIdx.x;
const bool l_0 = idxGlobal < info.scalars_uint32[0];
if (l_0) {
const uint32 l_2 = info.static_meta[uint32(0)];
const uint32 l_3 = l_2 * uint32(1);
const bool l_4 = idxGlobal < l_3;
const uint32 l_5 = l_3 - uint32(1);
const uint32 l_6 = min(idxGlobal, l_5);
const float l_7 = buffer_0[l_6];
const float l_8 = (l_4) ? l_7 : float(0.0);
const float l_1 = l_8;
const uint32 l_9 = info.static_meta[uint32(1)];
const uint32 l_10 = l_9 * uint32(1);
const bool l_11 = idxGlobal < l_10;
if (l_11) {
buffer_1[idxGlobal] = l_1;
}
}

}
// ==== launch 7: ew_kernel_c_f32_h_f32_o_f32 (elementwise), cube_dim 256x1x1
#include <cuda_runtime.h>
typedef unsigned int uint;
typedef unsigned char uint8;
typedef unsigned short uint16;
typedef unsigned int uint32;
typedef unsigned long long int uint64;
typedef signed char int8;
typedef signed short int16;
typedef signed int int32;
typedef signed long long int int64;

struct info_st {
    uint32 scalars_uint32[2];uint32 static_meta[10];
};


extern "C" __global__ void __launch_bounds__(256)ew_kernel_c_f32_h_f32_o_f32 (
    const float* __restrict__ buffer_0, float* buffer_1, const uint32* __restrict__ dynamic_meta, const __grid_constant__ info_st info
) {
uint3 absoluteIdx = make_uint3(
    blockIdx.x * blockDim.x + threadIdx.x,
    blockIdx.y * blockDim.y + threadIdx.y,
    blockIdx.z * blockDim.z + threadIdx.z
);
uint32 idxGlobal = (
                absoluteIdx.z * gridDim.x * blockDim.x * gridDim.y * blockDim.y)
                + (absoluteIdx.y * gridDim.x * blockDim.x)
                + absoluteIdx.x;
const bool l_0 = idxGlobal < info.scalars_uint32[0];
if (l_0) {
const uint32 l_2 = info.static_meta[uint32(0)];
const uint32 l_3 = l_2 * uint32(1);
const bool l_4 = idxGlobal < l_3;
const uint32 l_5 = l_3 - uint32(1);
const uint32 l_6 = min(idxGlobal, l_5);
const float l_7 = buffer_0[l_6];
const float l_8 = (l_4) ? l_7 : float(0.0);
const float l_1 = l_8;
const uint32 l_9 = info.static_meta[uint32(1)];
const uint32 l_10 = l_9 * uint32(1);
const bool l_11 = idxGlobal < l_10;
if (l_11) {
buffer_1[idxGlobal] = l_1;
}
}

}
