// ==== launch 0: row_norms_x_f32 (sigmoid_loss), cube_dim 64x1x1
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
    uint32 static_meta[8];
};


extern "C" __global__ void __launch_bounds__(64)row_norms_x_f32 (
    const float* __restrict__ buffer_0, float* buffer_1, const uint32* __restrict__ dynamic_meta, const __grid_constant__ info_st info
) {
uint32 threadIdxGlobal = threadIdx.x + threadIdx.y * blockDim.x + threadIdx.z * (blockDim.x * blockDim.y);
uint32 blockIdxGlobal = (blockIdx.z * gridDim.y * gridDim.x) + (blockIdx.y * gridDim.x) + blockIdx.x;
extern __shared__ __align__(4) uint8 dynamic_shared_mem[];
// Shared array size: 64, 256 bytes
float *shared_memory_14 = reinterpret_cast<float*>(&dynamic_shared_mem[0]);
float l_mut_2;
uint32 l_mut_15;
uint32 l_mut_3;
const uint32 l_0 = dynamic_meta[info.static_meta[uint32(5)] + uint32(0)];
const bool l_1 = blockIdxGlobal < l_0;
if (l_1) {
l_mut_2 = float(0.0);
l_mut_3 = threadIdxGlobal;
while (true) {
const uint32 l_4 = dynamic_meta[info.static_meta[uint32(5)] + uint32(1)];
const bool l_5 = l_mut_3 < l_4;
const bool l_6 = !l_5;
if (l_6) {
break;}
const uint32 l_7 = dynamic_meta[info.static_meta[uint32(6)] + uint32(0)];
const uint32 l_8 = blockIdxGlobal * l_7;
const uint32 l_9 = dynamic_meta[info.static_meta[uint32(6)] + uint32(1)];
const uint32 l_10 = l_mut_3 * l_9;
const uint32 l_11 = l_8 + l_10;
const uint32 l_26 = info.static_meta[uint32(0)];
const uint32 l_27 = l_26 * uint32(1);
const bool l_28 = l_11 < l_27;
const uint32 l_29 = l_27 - uint32(1);
const uint32 l_30 = min(l_11, l_29);
const float l_31 = buffer_0[l_30];
const float l_32 = (l_28) ? l_31 : float(0.0);
const float l_12 = l_32;
const float l_13 = l_12 * l_12;
l_mut_2 = l_mut_2 + l_13;
l_mut_3 = l_mut_3 + uint32(64);
}
shared_memory_14[threadIdxGlobal] = l_mut_2;
__syncthreads();

l_mut_15 = uint32(32);
while (true) {
const bool l_16 = l_mut_15 > uint32(0);
const bool l_17 = !l_16;
if (l_17) {
break;}
const bool l_18 = threadIdxGlobal < l_mut_15;
if (l_18) {
const uint32 l_19 = threadIdxGlobal + l_mut_15;
const float l_20 = shared_memory_14[l_19];
const float l_21 = shared_memory_14[threadIdxGlobal];
const float l_22 = l_21 + l_20;
shared_memory_14[threadIdxGlobal] = l_22;
}
__syncthreads();

l_mut_15 = l_mut_15 / uint32(2);
}
const float l_23 = shared_memory_14[uint32(0)];
__syncthreads();

const bool l_24 = threadIdxGlobal == uint32(0);
if (l_24) {
const float l_25 = sqrt(l_23);
const uint32 l_33 = info.static_meta[uint32(1)];
const uint32 l_34 = l_33 * uint32(1);
const bool l_35 = blockIdxGlobal < l_34;
if (l_35) {
buffer_1[blockIdxGlobal] = l_25;
}
}
}

}
// ==== launch 0: row_norms_x_f32 (sigmoid_loss), cube_dim 64x1x1
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
    uint32 static_meta[8];
};


extern "C" __global__ void __launch_bounds__(64)row_norms_x_f32 (
    const float* __restrict__ buffer_0, float* buffer_1, const uint32* __restrict__ dynamic_meta, const __grid_constant__ info_st info
) {
uint32 threadIdxGlobal = threadIdx.x + threadIdx.y * blockDim.x + threadIdx.z * (blockDim.x * blockDim.y);
uint32 blockIdxGlobal = (blockIdx.z * gridDim.y * gridDim.x) + (blockIdx.y * gridDim.x) + blockIdx.x;
extern __shared__ __align__(4) uint8 dynamic_shared_mem[];
// Shared array size: 64, 256 bytes
float *shared_memory_14 = reinterpret_cast<float*>(&dynamic_shared_mem[0]);
float l_mut_2;
uint32 l_mut_15;
uint32 l_mut_3;
const uint32 l_0 = dynamic_meta[info.static_meta[uint32(5)] + uint32(0)];
const bool l_1 = blockIdxGlobal < l_0;
if (l_1) {
l_mut_2 = float(0.0);
l_mut_3 = threadIdxGlobal;
while (true) {
const uint32 l_4 = dynamic_meta[info.static_meta[uint32(5)] + uint32(1)];
const bool l_5 = l_mut_3 < l_4;
const bool l_6 = !l_5;
if (l_6) {
break;}
const uint32 l_7 = dynamic_meta[info.static_meta[uint32(6)] + uint32(0)];
const uint32 l_8 = blockIdxGlobal * l_7;
const uint32 l_9 = dynamic_meta[info.static_meta[uint32(6)] + uint32(1)];
const uint32 l_10 = l_mut_3 * l_9;
const uint32 l_11 = l_8 + l_10;
const uint32 l_26 = info.static_meta[uint32(0)];
const uint32 l_27 = l_26 * uint32(1);
const bool l_28 = l_11 < l_27;
const uint32 l_29 = l_27 - uint32(1);
const uint32 l_30 = min(l_11, l_29);
const float l_31 = buffer_0[l_30];
const float l_32 = (l_28) ? l_31 : float(0.0);
const float l_12 = l_32;
const float l_13 = l_12 * l_12;
l_mut_2 = l_mut_2 + l_13;
l_mut_3 = l_mut_3 + uint32(64);
}
shared_memory_14[threadIdxGlobal] = l_mut_2;
__syncthreads();

l_mut_15 = uint32(32);
while (true) {
const bool l_16 = l_mut_15 > uint32(0);
const bool l_17 = !l_16;
if (l_17) {
break;}
const bool l_18 = threadIdxGlobal < l_mut_15;
if (l_18) {
const uint32 l_19 = threadIdxGlobal + l_mut_15;
const float l_20 = shared_memory_14[l_19];
const float l_21 = shared_memory_14[threadIdxGlobal];
const float l_22 = l_21 + l_20;
shared_memory_14[threadIdxGlobal] = l_22;
}
__syncthreads();

l_mut_15 = l_mut_15 / uint32(2);
}
const float l_23 = shared_memory_14[uint32(0)];
__syncthreads();

const bool l_24 = threadIdxGlobal == uint32(0);
if (l_24) {
const float l_25 = sqrt(l_23);
const uint32 l_33 = info.static_meta[uint32(1)];
const uint32 l_34 = l_33 * uint32(1);
const bool l_35 = blockIdxGlobal < l_34;
if (l_35) {
buffer_1[blockIdxGlobal] = l_25;
}
}
}

}
// ==== launch 0: chunk_tiles_x_f32_y_f32 (sigmoid_loss), cube_dim 256x1x1
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
    float scalars_float[4];
uint32 scalars_uint32[6];uint32 static_meta[20];
};


extern "C" __global__ void __launch_bounds__(256)chunk_tiles_x_f32_y_f32 (
    const float* __restrict__ buffer_0, const float* __restrict__ buffer_1, const float* __restrict__ buffer_2, const float* __restrict__ buffer_3, float* buffer_4, float* buffer_5, float* buffer_6, const uint32* __restrict__ dynamic_meta, const __grid_constant__ info_st info
) {
uint32 threadIdxGlobal = threadIdx.x + threadIdx.y * blockDim.x + threadIdx.z * (blockDim.x * blockDim.y);
uint32 blockIdxGlobal = (blockIdx.z * gridDim.y * gridDim.x) + (blockIdx.y * gridDim.x) + blockIdx.x;
extern __shared__ __align__(4) uint8 dynamic_shared_mem[];
// Shared array size: 3072, 12288 bytes
float *shared_memory_8 = reinterpret_cast<float*>(&dynamic_shared_mem[0]);
float l_arr_11[4];

float l_arr_12[4];

float l_arr_13[4];

float l_arr_10[16];

float l_mut_1258;
float l_mut_34;
float l_mut_35;
uint32 l_mut_15;
uint32 l_mut_23;
uint32 l_mut_26;
const uint32 l_0 = dynamic_meta[info.static_meta[uint32(17)] + uint32(0)];
const uint32 l_1 = blockIdxGlobal % info.scalars_uint32[4];
const uint32 l_2 = blockIdxGlobal / info.scalars_uint32[4];
const uint32 l_3 = l_2 * uint32(64);
const uint32 l_4 = info.scalars_uint32[2] + l_3;
const uint32 l_5 = info.scalars_uint32[2] + info.scalars_uint32[3];
const uint32 l_6 = threadIdxGlobal / uint32(16);
const uint32 l_7 = threadIdxGlobal % uint32(16);
const bool l_9 = l_4 < l_5;
if (l_9) {
l_arr_11[uint32(0)] = float(0.0);
l_arr_12[uint32(0)] = float(0.0);
l_arr_13[uint32(0)] = float(0.0);
l_arr_11[uint32(1)] = float(0.0);
l_arr_12[uint32(1)] = float(0.0);
l_arr_13[uint32(1)] = float(0.0);
l_arr_11[uint32(2)] = float(0.0);
l_arr_12[uint32(2)] = float(0.0);
l_arr_13[uint32(2)] = float(0.0);
l_arr_11[uint32(3)] = float(0.0);
l_arr_12[uint32(3)] = float(0.0);
l_arr_13[uint32(3)] = float(0.0);
const uint32 l_14 = l_1 * uint32(64);
l_mut_15 = l_14;
while (true) {
const bool l_16 = l_mut_15 < l_0;
const bool l_17 = !l_16;
if (l_17) {
break;}
const uint32 l_18 = dynamic_meta[info.static_meta[uint32(16)] + uint32(0)];
const uint32 l_19 = dynamic_meta[info.static_meta[uint32(17)] + uint32(0)];
const uint32 l_20 = dynamic_meta[info.static_meta[uint32(16)] + uint32(1)];
const uint32 l_21 = threadIdxGlobal / uint32(16);
const uint32 l_22 = threadIdxGlobal % uint32(16);
l_arr_10[uint32(0)] = float(0.0);
l_arr_10[uint32(1)] = float(0.0);
l_arr_10[uint32(2)] = float(0.0);
l_arr_10[uint32(3)] = float(0.0);
l_arr_10[uint32(4)] = float(0.0);
l_arr_10[uint32(5)] = float(0.0);
l_arr_10[uint32(6)] = float(0.0);
l_arr_10[uint32(7)] = float(0.0);
l_arr_10[uint32(8)] = float(0.0);
l_arr_10[uint32(9)] = float(0.0);
l_arr_10[uint32(10)] = float(0.0);
l_arr_10[uint32(11)] = float(0.0);
l_arr_10[uint32(12)] = float(0.0);
l_arr_10[uint32(13)] = float(0.0);
l_arr_10[uint32(14)] = float(0.0);
l_arr_10[uint32(15)] = float(0.0);
l_mut_23 = uint32(0);
while (true) {
const bool l_24 = l_mut_23 < l_20;
const bool l_25 = !l_24;
if (l_25) {
break;}
l_mut_26 = threadIdxGlobal;
while (true) {
const bool l_27 = l_mut_26 < uint32(1024);
const bool l_28 = !l_27;
if (l_28) {
break;}
const uint32 l_29 = l_mut_26 / uint32(16);
const uint32 l_30 = l_mut_26 % uint32(16);
const uint32 l_31 = l_mut_23 + l_30;
const uint32 l_32 = l_4 + l_29;
const uint32 l_33 = l_mut_15 + l_29;
l_mut_34 = float(0.0);
l_mut_35 = float(0.0);
const bool l_36 = l_32 < l_18;
const bool l_37 = l_31 < l_20;
const bool l_38 = l_36 && l_37;
if (l_38) {
const uint32 l_39 = dynamic_meta[info.static_meta[uint32(18)] + uint32(0)];
const uint32 l_40 = l_32 * l_39;
const uint32 l_41 = dynamic_meta[info.static_meta[uint32(18)] + uint32(1)];
const uint32 l_42 = l_31 * l_41;
const uint32 l_43 = l_40 + l_42;
const uint32 l_1277 = info.static_meta[uint32(0)];
const uint32 l_1278 = l_1277 * uint32(1);
const bool l_1279 = l_43 < l_1278;
const uint32 l_1280 = l_1278 - uint32(1);
const uint32 l_1281 = min(l_43, l_1280);
const float l_1282 = buffer_0[l_1281];
const float l_1283 = (l_1279) ? l_1282 : float(0.0);
const float l_44 = l_1283;
l_mut_34 = l_44;
}
const bool l_45 = l_33 < l_19;
const bool l_46 = l_31 < l_20;
const bool l_47 = l_45 && l_46;
if (l_47) {
const uint32 l_48 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_49 = l_33 * l_48;
const uint32 l_50 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_51 = l_31 * l_50;
const uint32 l_52 = l_49 + l_51;
const uint32 l_1284 = info.static_meta[uint32(1)];
const uint32 l_1285 = l_1284 * uint32(1);
const bool l_1286 = l_52 < l_1285;
const uint32 l_1287 = l_1285 - uint32(1);
const uint32 l_1288 = min(l_52, l_1287);
const float l_1289 = buffer_1[l_1288];
const float l_1290 = (l_1286) ? l_1289 : float(0.0);
const float l_53 = l_1290;
l_mut_35 = l_53;
}
const uint32 l_54 = l_29 * uint32(17);
const uint32 l_55 = l_mut_26 % uint32(16);
const uint32 l_56 = l_54 + l_55;
shared_memory_8[l_56] = l_mut_34;
const uint32 l_57 = l_29 * uint32(17);
const uint32 l_58 = uint32(1088) + l_57;
const uint32 l_59 = l_mut_26 % uint32(16);
const uint32 l_60 = l_58 + l_59;
shared_memory_8[l_60] = l_mut_35;
l_mut_26 = l_mut_26 + uint32(256);
}
__syncthreads();


for (uint32 l_mut_61 = uint32(0); l_mut_61 < uint32(16); ++l_mut_61) {
const uint32 l_62 = l_21 + uint32(0);
const uint32 l_63 = l_62 * uint32(17);
const uint32 l_64 = l_63 + l_mut_61;
const float l_65 = shared_memory_8[l_64];
const uint32 l_66 = l_22 + uint32(0);
const uint32 l_67 = l_66 * uint32(17);
const uint32 l_68 = uint32(1088) + l_67;
const uint32 l_69 = l_68 + l_mut_61;
const float l_70 = shared_memory_8[l_69];
const float l_71 = l_65 * l_70;
const float l_72 = l_arr_10[uint32(0)];
const float l_73 = l_72 + l_71;
l_arr_10[uint32(0)] = l_73;
const uint32 l_74 = l_22 + uint32(16);
const uint32 l_75 = l_74 * uint32(17);
const uint32 l_76 = uint32(1088) + l_75;
const uint32 l_77 = l_76 + l_mut_61;
const float l_78 = shared_memory_8[l_77];
const float l_79 = l_65 * l_78;
const float l_80 = l_arr_10[uint32(1)];
const float l_81 = l_80 + l_79;
l_arr_10[uint32(1)] = l_81;
const uint32 l_82 = l_22 + uint32(32);
const uint32 l_83 = l_82 * uint32(17);
const uint32 l_84 = uint32(1088) + l_83;
const uint32 l_85 = l_84 + l_mut_61;
const float l_86 = shared_memory_8[l_85];
const float l_87 = l_65 * l_86;
const float l_88 = l_arr_10[uint32(2)];
const float l_89 = l_88 + l_87;
l_arr_10[uint32(2)] = l_89;
const uint32 l_90 = l_22 + uint32(48);
const uint32 l_91 = l_90 * uint32(17);
const uint32 l_92 = uint32(1088) + l_91;
const uint32 l_93 = l_92 + l_mut_61;
const float l_94 = shared_memory_8[l_93];
const float l_95 = l_65 * l_94;
const float l_96 = l_arr_10[uint32(3)];
const float l_97 = l_96 + l_95;
l_arr_10[uint32(3)] = l_97;
const uint32 l_98 = l_21 + uint32(16);
const uint32 l_99 = l_98 * uint32(17);
const uint32 l_100 = l_99 + l_mut_61;
const float l_101 = shared_memory_8[l_100];
const uint32 l_102 = l_22 + uint32(0);
const uint32 l_103 = l_102 * uint32(17);
const uint32 l_104 = uint32(1088) + l_103;
const uint32 l_105 = l_104 + l_mut_61;
const float l_106 = shared_memory_8[l_105];
const float l_107 = l_101 * l_106;
const float l_108 = l_arr_10[uint32(4)];
const float l_109 = l_108 + l_107;
l_arr_10[uint32(4)] = l_109;
const uint32 l_110 = l_22 + uint32(16);
const uint32 l_111 = l_110 * uint32(17);
const uint32 l_112 = uint32(1088) + l_111;
const uint32 l_113 = l_112 + l_mut_61;
const float l_114 = shared_memory_8[l_113];
const float l_115 = l_101 * l_114;
const float l_116 = l_arr_10[uint32(5)];
const float l_117 = l_116 + l_115;
l_arr_10[uint32(5)] = l_117;
const uint32 l_118 = l_22 + uint32(32);
const uint32 l_119 = l_118 * uint32(17);
const uint32 l_120 = uint32(1088) + l_119;
const uint32 l_121 = l_120 + l_mut_61;
const float l_122 = shared_memory_8[l_121];
const float l_123 = l_101 * l_122;
const float l_124 = l_arr_10[uint32(6)];
const float l_125 = l_124 + l_123;
l_arr_10[uint32(6)] = l_125;
const uint32 l_126 = l_22 + uint32(48);
const uint32 l_127 = l_126 * uint32(17);
const uint32 l_128 = uint32(1088) + l_127;
const uint32 l_129 = l_128 + l_mut_61;
const float l_130 = shared_memory_8[l_129];
const float l_131 = l_101 * l_130;
const float l_132 = l_arr_10[uint32(7)];
const float l_133 = l_132 + l_131;
l_arr_10[uint32(7)] = l_133;
const uint32 l_134 = l_21 + uint32(32);
const uint32 l_135 = l_134 * uint32(17);
const uint32 l_136 = l_135 + l_mut_61;
const float l_137 = shared_memory_8[l_136];
const uint32 l_138 = l_22 + uint32(0);
const uint32 l_139 = l_138 * uint32(17);
const uint32 l_140 = uint32(1088) + l_139;
const uint32 l_141 = l_140 + l_mut_61;
const float l_142 = shared_memory_8[l_141];
const float l_143 = l_137 * l_142;
const float l_144 = l_arr_10[uint32(8)];
const float l_145 = l_144 + l_143;
l_arr_10[uint32(8)] = l_145;
const uint32 l_146 = l_22 + uint32(16);
const uint32 l_147 = l_146 * uint32(17);
const uint32 l_148 = uint32(1088) + l_147;
const uint32 l_149 = l_148 + l_mut_61;
const float l_150 = shared_memory_8[l_149];
const float l_151 = l_137 * l_150;
const float l_152 = l_arr_10[uint32(9)];
const float l_153 = l_152 + l_151;
l_arr_10[uint32(9)] = l_153;
const uint32 l_154 = l_22 + uint32(32);
const uint32 l_155 = l_154 * uint32(17);
const uint32 l_156 = uint32(1088) + l_155;
const uint32 l_157 = l_156 + l_mut_61;
const float l_158 = shared_memory_8[l_157];
const float l_159 = l_137 * l_158;
const float l_160 = l_arr_10[uint32(10)];
const float l_161 = l_160 + l_159;
l_arr_10[uint32(10)] = l_161;
const uint32 l_162 = l_22 + uint32(48);
const uint32 l_163 = l_162 * uint32(17);
const uint32 l_164 = uint32(1088) + l_163;
const uint32 l_165 = l_164 + l_mut_61;
const float l_166 = shared_memory_8[l_165];
const float l_167 = l_137 * l_166;
const float l_168 = l_arr_10[uint32(11)];
const float l_169 = l_168 + l_167;
l_arr_10[uint32(11)] = l_169;
const uint32 l_170 = l_21 + uint32(48);
const uint32 l_171 = l_170 * uint32(17);
const uint32 l_172 = l_171 + l_mut_61;
const float l_173 = shared_memory_8[l_172];
const uint32 l_174 = l_22 + uint32(0);
const uint32 l_175 = l_174 * uint32(17);
const uint32 l_176 = uint32(1088) + l_175;
const uint32 l_177 = l_176 + l_mut_61;
const float l_178 = shared_memory_8[l_177];
const float l_179 = l_173 * l_178;
const float l_180 = l_arr_10[uint32(12)];
const float l_181 = l_180 + l_179;
l_arr_10[uint32(12)] = l_181;
const uint32 l_182 = l_22 + uint32(16);
const uint32 l_183 = l_182 * uint32(17);
const uint32 l_184 = uint32(1088) + l_183;
const uint32 l_185 = l_184 + l_mut_61;
const float l_186 = shared_memory_8[l_185];
const float l_187 = l_173 * l_186;
const float l_188 = l_arr_10[uint32(13)];
const float l_189 = l_188 + l_187;
l_arr_10[uint32(13)] = l_189;
const uint32 l_190 = l_22 + uint32(32);
const uint32 l_191 = l_190 * uint32(17);
const uint32 l_192 = uint32(1088) + l_191;
const uint32 l_193 = l_192 + l_mut_61;
const float l_194 = shared_memory_8[l_193];
const float l_195 = l_173 * l_194;
const float l_196 = l_arr_10[uint32(14)];
const float l_197 = l_196 + l_195;
l_arr_10[uint32(14)] = l_197;
const uint32 l_198 = l_22 + uint32(48);
const uint32 l_199 = l_198 * uint32(17);
const uint32 l_200 = uint32(1088) + l_199;
const uint32 l_201 = l_200 + l_mut_61;
const float l_202 = shared_memory_8[l_201];
const float l_203 = l_173 * l_202;
const float l_204 = l_arr_10[uint32(15)];
const float l_205 = l_204 + l_203;
l_arr_10[uint32(15)] = l_205;
}
__syncthreads();

l_mut_23 = l_mut_23 + uint32(16);
}
const uint32 l_206 = l_4 + l_6;
const uint32 l_207 = l_206 + uint32(0);
const uint32 l_208 = l_mut_15 + l_7;
const uint32 l_209 = l_208 + uint32(0);
const bool l_210 = l_207 < l_5;
const bool l_211 = l_209 < l_0;
const bool l_212 = l_210 && l_211;
if (l_212) {
const float l_213 = l_arr_10[uint32(0)];
const float l_214 = info.scalars_float[0] * l_213;
l_mut_35 = l_214;
const uint32 l_1291 = info.static_meta[uint32(2)];
const uint32 l_1292 = l_1291 * uint32(1);
const bool l_1293 = l_207 < l_1292;
const uint32 l_1294 = l_1292 - uint32(1);
const uint32 l_1295 = min(l_207, l_1294);
const float l_1296 = buffer_2[l_1295];
const float l_1297 = (l_1293) ? l_1296 : float(0.0);
const float l_215 = l_1297;
const uint32 l_1298 = info.static_meta[uint32(3)];
const uint32 l_1299 = l_1298 * uint32(1);
const bool l_1300 = l_209 < l_1299;
const uint32 l_1301 = l_1299 - uint32(1);
const uint32 l_1302 = min(l_209, l_1301);
const float l_1303 = buffer_3[l_1302];
const float l_1304 = (l_1300) ? l_1303 : float(0.0);
const float l_216 = l_1304;
const float l_217 = l_215 * l_216;
l_mut_35 = l_mut_35 / l_217;
const uint32 l_218 = l_207 + info.scalars_uint32[0];
const uint32 l_219 = l_209 + info.scalars_uint32[1];
const bool l_220 = l_218 == l_219;
const float l_221 = (l_220) ? float(1.0) : float(-1.0);
const float l_222 = l_mut_35 + info.scalars_float[1];
const float l_223 = l_221 * l_222;
const float l_224 = min(l_223, float(0.0));
const float l_225 = abs(l_223);
const float l_226 = -l_225;
const float l_227 = exp(l_226);
const float l_228 = float(2.0) + l_227;
const float l_229 = l_227 / l_228;
const float l_230 = l_229 * l_229;
l_mut_34 = float(0.05882352963089943);
const float l_231 = l_230 * l_mut_34;
const float l_232 = float(0.06666667014360428) + l_231;
l_mut_34 = l_232;
const float l_233 = l_230 * l_mut_34;
const float l_234 = float(0.07692307978868484) + l_233;
l_mut_34 = l_234;
const float l_235 = l_230 * l_mut_34;
const float l_236 = float(0.09090909361839294) + l_235;
l_mut_34 = l_236;
const float l_237 = l_230 * l_mut_34;
const float l_238 = float(0.1111111119389534) + l_237;
l_mut_34 = l_238;
const float l_239 = l_230 * l_mut_34;
const float l_240 = float(0.1428571492433548) + l_239;
l_mut_34 = l_240;
const float l_241 = l_230 * l_mut_34;
const float l_242 = float(0.20000000298023224) + l_241;
l_mut_34 = l_242;
const float l_243 = l_230 * l_mut_34;
const float l_244 = float(0.3333333432674408) + l_243;
l_mut_34 = l_244;
const float l_245 = l_230 * l_mut_34;
const float l_246 = float(1.0) + l_245;
l_mut_34 = l_246;
const float l_247 = float(2.0) * l_229;
const float l_248 = l_247 * l_mut_34;
const float l_249 = l_224 - l_248;
const float l_250 = l_arr_11[uint32(0)];
const float l_251 = l_250 + l_249;
l_arr_11[uint32(0)] = l_251;
const float l_252 = -info.scalars_float[3];
const float l_253 = l_252 * l_221;
const float l_254 = l_221 * l_222;
const float l_255 = exp(l_254);
const float l_256 = float(1.0) + l_255;
const float l_257 = l_253 / l_256;
const float l_258 = l_257 * l_mut_35;
const float l_259 = l_arr_12[uint32(0)];
const float l_260 = l_259 + l_258;
l_arr_12[uint32(0)] = l_260;
const float l_261 = l_arr_13[uint32(0)];
const float l_262 = l_261 + l_257;
l_arr_13[uint32(0)] = l_262;
const float l_263 = info.scalars_float[0] * l_257;
l_mut_35 = l_263;
const uint32 l_1305 = info.static_meta[uint32(2)];
const uint32 l_1306 = l_1305 * uint32(1);
const bool l_1307 = l_207 < l_1306;
const uint32 l_1308 = l_1306 - uint32(1);
const uint32 l_1309 = min(l_207, l_1308);
const float l_1310 = buffer_2[l_1309];
const float l_1311 = (l_1307) ? l_1310 : float(0.0);
const float l_264 = l_1311;
const uint32 l_1312 = info.static_meta[uint32(3)];
const uint32 l_1313 = l_1312 * uint32(1);
const bool l_1314 = l_209 < l_1313;
const uint32 l_1315 = l_1313 - uint32(1);
const uint32 l_1316 = min(l_209, l_1315);
const float l_1317 = buffer_3[l_1316];
const float l_1318 = (l_1314) ? l_1317 : float(0.0);
const float l_265 = l_1318;
const float l_266 = l_264 * l_265;
l_mut_35 = l_mut_35 / l_266;
const uint32 l_267 = l_207 - info.scalars_uint32[2];
const uint32 l_268 = l_267 * l_0;
const uint32 l_269 = l_268 + l_209;
const uint32 l_1319 = info.static_meta[uint32(4)];
const uint32 l_1320 = l_1319 * uint32(1);
const bool l_1321 = l_269 < l_1320;
if (l_1321) {
buffer_4[l_269] = l_mut_35;
}
}
const uint32 l_270 = l_mut_15 + l_7;
const uint32 l_271 = l_270 + uint32(16);
const bool l_272 = l_207 < l_5;
const bool l_273 = l_271 < l_0;
const bool l_274 = l_272 && l_273;
if (l_274) {
const float l_275 = l_arr_10[uint32(1)];
const float l_276 = info.scalars_float[0] * l_275;
l_mut_35 = l_276;
const uint32 l_1322 = info.static_meta[uint32(2)];
const uint32 l_1323 = l_1322 * uint32(1);
const bool l_1324 = l_207 < l_1323;
const uint32 l_1325 = l_1323 - uint32(1);
const uint32 l_1326 = min(l_207, l_1325);
const float l_1327 = buffer_2[l_1326];
const float l_1328 = (l_1324) ? l_1327 : float(0.0);
const float l_277 = l_1328;
const uint32 l_1329 = info.static_meta[uint32(3)];
const uint32 l_1330 = l_1329 * uint32(1);
const bool l_1331 = l_271 < l_1330;
const uint32 l_1332 = l_1330 - uint32(1);
const uint32 l_1333 = min(l_271, l_1332);
const float l_1334 = buffer_3[l_1333];
const float l_1335 = (l_1331) ? l_1334 : float(0.0);
const float l_278 = l_1335;
const float l_279 = l_277 * l_278;
l_mut_35 = l_mut_35 / l_279;
const uint32 l_280 = l_207 + info.scalars_uint32[0];
const uint32 l_281 = l_271 + info.scalars_uint32[1];
const bool l_282 = l_280 == l_281;
const float l_283 = (l_282) ? float(1.0) : float(-1.0);
const float l_284 = l_mut_35 + info.scalars_float[1];
const float l_285 = l_283 * l_284;
const float l_286 = min(l_285, float(0.0));
const float l_287 = abs(l_285);
const float l_288 = -l_287;
const float l_289 = exp(l_288);
const float l_290 = float(2.0) + l_289;
const float l_291 = l_289 / l_290;
const float l_292 = l_291 * l_291;
l_mut_34 = float(0.05882352963089943);
const float l_293 = l_292 * l_mut_34;
const float l_294 = float(0.06666667014360428) + l_293;
l_mut_34 = l_294;
const float l_295 = l_292 * l_mut_34;
const float l_296 = float(0.07692307978868484) + l_295;
l_mut_34 = l_296;
const float l_297 = l_292 * l_mut_34;
const float l_298 = float(0.09090909361839294) + l_297;
l_mut_34 = l_298;
const float l_299 = l_292 * l_mut_34;
const float l_300 = float(0.1111111119389534) + l_299;
l_mut_34 = l_300;
const float l_301 = l_292 * l_mut_34;
const float l_302 = float(0.1428571492433548) + l_301;
l_mut_34 = l_302;
const float l_303 = l_292 * l_mut_34;
const float l_304 = float(0.20000000298023224) + l_303;
l_mut_34 = l_304;
const float l_305 = l_292 * l_mut_34;
const float l_306 = float(0.3333333432674408) + l_305;
l_mut_34 = l_306;
const float l_307 = l_292 * l_mut_34;
const float l_308 = float(1.0) + l_307;
l_mut_34 = l_308;
const float l_309 = float(2.0) * l_291;
const float l_310 = l_309 * l_mut_34;
const float l_311 = l_286 - l_310;
const float l_312 = l_arr_11[uint32(0)];
const float l_313 = l_312 + l_311;
l_arr_11[uint32(0)] = l_313;
const float l_314 = -info.scalars_float[3];
const float l_315 = l_314 * l_283;
const float l_316 = l_283 * l_284;
const float l_317 = exp(l_316);
const float l_318 = float(1.0) + l_317;
const float l_319 = l_315 / l_318;
const float l_320 = l_319 * l_mut_35;
const float l_321 = l_arr_12[uint32(0)];
const float l_322 = l_321 + l_320;
l_arr_12[uint32(0)] = l_322;
const float l_323 = l_arr_13[uint32(0)];
const float l_324 = l_323 + l_319;
l_arr_13[uint32(0)] = l_324;
const float l_325 = info.scalars_float[0] * l_319;
l_mut_35 = l_325;
const uint32 l_1336 = info.static_meta[uint32(2)];
const uint32 l_1337 = l_1336 * uint32(1);
const bool l_1338 = l_207 < l_1337;
const uint32 l_1339 = l_1337 - uint32(1);
const uint32 l_1340 = min(l_207, l_1339);
const float l_1341 = buffer_2[l_1340];
const float l_1342 = (l_1338) ? l_1341 : float(0.0);
const float l_326 = l_1342;
const uint32 l_1343 = info.static_meta[uint32(3)];
const uint32 l_1344 = l_1343 * uint32(1);
const bool l_1345 = l_271 < l_1344;
const uint32 l_1346 = l_1344 - uint32(1);
const uint32 l_1347 = min(l_271, l_1346);
const float l_1348 = buffer_3[l_1347];
const float l_1349 = (l_1345) ? l_1348 : float(0.0);
const float l_327 = l_1349;
const float l_328 = l_326 * l_327;
l_mut_35 = l_mut_35 / l_328;
const uint32 l_329 = l_207 - info.scalars_uint32[2];
const uint32 l_330 = l_329 * l_0;
const uint32 l_331 = l_330 + l_271;
const uint32 l_1350 = info.static_meta[uint32(4)];
const uint32 l_1351 = l_1350 * uint32(1);
const bool l_1352 = l_331 < l_1351;
if (l_1352) {
buffer_4[l_331] = l_mut_35;
}
}
const uint32 l_332 = l_mut_15 + l_7;
const uint32 l_333 = l_332 + uint32(32);
const bool l_334 = l_207 < l_5;
const bool l_335 = l_333 < l_0;
const bool l_336 = l_334 && l_335;
if (l_336) {
const float l_337 = l_arr_10[uint32(2)];
const float l_338 = info.scalars_float[0] * l_337;
l_mut_35 = l_338;
const uint32 l_1353 = info.static_meta[uint32(2)];
const uint32 l_1354 = l_1353 * uint32(1);
const bool l_1355 = l_207 < l_1354;
const uint32 l_1356 = l_1354 - uint32(1);
const uint32 l_1357 = min(l_207, l_1356);
const float l_1358 = buffer_2[l_1357];
const float l_1359 = (l_1355) ? l_1358 : float(0.0);
const float l_339 = l_1359;
const uint32 l_1360 = info.static_meta[uint32(3)];
const uint32 l_1361 = l_1360 * uint32(1);
const bool l_1362 = l_333 < l_1361;
const uint32 l_1363 = l_1361 - uint32(1);
const uint32 l_1364 = min(l_333, l_1363);
const float l_1365 = buffer_3[l_1364];
const float l_1366 = (l_1362) ? l_1365 : float(0.0);
const float l_340 = l_1366;
const float l_341 = l_339 * l_340;
l_mut_35 = l_mut_35 / l_341;
const uint32 l_342 = l_207 + info.scalars_uint32[0];
const uint32 l_343 = l_333 + info.scalars_uint32[1];
const bool l_344 = l_342 == l_343;
const float l_345 = (l_344) ? float(1.0) : float(-1.0);
const float l_346 = l_mut_35 + info.scalars_float[1];
const float l_347 = l_345 * l_346;
const float l_348 = min(l_347, float(0.0));
const float l_349 = abs(l_347);
const float l_350 = -l_349;
const float l_351 = exp(l_350);
const float l_352 = float(2.0) + l_351;
const float l_353 = l_351 / l_352;
const float l_354 = l_353 * l_353;
l_mut_34 = float(0.05882352963089943);
const float l_355 = l_354 * l_mut_34;
const float l_356 = float(0.06666667014360428) + l_355;
l_mut_34 = l_356;
const float l_357 = l_354 * l_mut_34;
const float l_358 = float(0.07692307978868484) + l_357;
l_mut_34 = l_358;
const float l_359 = l_354 * l_mut_34;
const float l_360 = float(0.09090909361839294) + l_359;
l_mut_34 = l_360;
const float l_361 = l_354 * l_mut_34;
const float l_362 = float(0.1111111119389534) + l_361;
l_mut_34 = l_362;
const float l_363 = l_354 * l_mut_34;
const float l_364 = float(0.1428571492433548) + l_363;
l_mut_34 = l_364;
const float l_365 = l_354 * l_mut_34;
const float l_366 = float(0.20000000298023224) + l_365;
l_mut_34 = l_366;
const float l_367 = l_354 * l_mut_34;
const float l_368 = float(0.3333333432674408) + l_367;
l_mut_34 = l_368;
const float l_369 = l_354 * l_mut_34;
const float l_370 = float(1.0) + l_369;
l_mut_34 = l_370;
const float l_371 = float(2.0) * l_353;
const float l_372 = l_371 * l_mut_34;
const float l_373 = l_348 - l_372;
const float l_374 = l_arr_11[uint32(0)];
const float l_375 = l_374 + l_373;
l_arr_11[uint32(0)] = l_375;
const float l_376 = -info.scalars_float[3];
const float l_377 = l_376 * l_345;
const float l_378 = l_345 * l_346;
const float l_379 = exp(l_378);
const float l_380 = float(1.0) + l_379;
const float l_381 = l_377 / l_380;
const float l_382 = l_381 * l_mut_35;
const float l_383 = l_arr_12[uint32(0)];
const float l_384 = l_383 + l_382;
l_arr_12[uint32(0)] = l_384;
const float l_385 = l_arr_13[uint32(0)];
const float l_386 = l_385 + l_381;
l_arr_13[uint32(0)] = l_386;
const float l_387 = info.scalars_float[0] * l_381;
l_mut_35 = l_387;
const uint32 l_1367 = info.static_meta[uint32(2)];
const uint32 l_1368 = l_1367 * uint32(1);
const bool l_1369 = l_207 < l_1368;
const uint32 l_1370 = l_1368 - uint32(1);
const uint32 l_1371 = min(l_207, l_1370);
const float l_1372 = buffer_2[l_1371];
const float l_1373 = (l_1369) ? l_1372 : float(0.0);
const float l_388 = l_1373;
const uint32 l_1374 = info.static_meta[uint32(3)];
const uint32 l_1375 = l_1374 * uint32(1);
const bool l_1376 = l_333 < l_1375;
const uint32 l_1377 = l_1375 - uint32(1);
const uint32 l_1378 = min(l_333, l_1377);
const float l_1379 = buffer_3[l_1378];
const float l_1380 = (l_1376) ? l_1379 : float(0.0);
const float l_389 = l_1380;
const float l_390 = l_388 * l_389;
l_mut_35 = l_mut_35 / l_390;
const uint32 l_391 = l_207 - info.scalars_uint32[2];
const uint32 l_392 = l_391 * l_0;
const uint32 l_393 = l_392 + l_333;
const uint32 l_1381 = info.static_meta[uint32(4)];
const uint32 l_1382 = l_1381 * uint32(1);
const bool l_1383 = l_393 < l_1382;
if (l_1383) {
buffer_4[l_393] = l_mut_35;
}
}
const uint32 l_394 = l_mut_15 + l_7;
const uint32 l_395 = l_394 + uint32(48);
const bool l_396 = l_207 < l_5;
const bool l_397 = l_395 < l_0;
const bool l_398 = l_396 && l_397;
if (l_398) {
const float l_399 = l_arr_10[uint32(3)];
const float l_400 = info.scalars_float[0] * l_399;
l_mut_35 = l_400;
const uint32 l_1384 = info.static_meta[uint32(2)];
const uint32 l_1385 = l_1384 * uint32(1);
const bool l_1386 = l_207 < l_1385;
const uint32 l_1387 = l_1385 - uint32(1);
const uint32 l_1388 = min(l_207, l_1387);
const float l_1389 = buffer_2[l_1388];
const float l_1390 = (l_1386) ? l_1389 : float(0.0);
const float l_401 = l_1390;
const uint32 l_1391 = info.static_meta[uint32(3)];
const uint32 l_1392 = l_1391 * uint32(1);
const bool l_1393 = l_395 < l_1392;
const uint32 l_1394 = l_1392 - uint32(1);
const uint32 l_1395 = min(l_395, l_1394);
const float l_1396 = buffer_3[l_1395];
const float l_1397 = (l_1393) ? l_1396 : float(0.0);
const float l_402 = l_1397;
const float l_403 = l_401 * l_402;
l_mut_35 = l_mut_35 / l_403;
const uint32 l_404 = l_207 + info.scalars_uint32[0];
const uint32 l_405 = l_395 + info.scalars_uint32[1];
const bool l_406 = l_404 == l_405;
const float l_407 = (l_406) ? float(1.0) : float(-1.0);
const float l_408 = l_mut_35 + info.scalars_float[1];
const float l_409 = l_407 * l_408;
const float l_410 = min(l_409, float(0.0));
const float l_411 = abs(l_409);
const float l_412 = -l_411;
const float l_413 = exp(l_412);
const float l_414 = float(2.0) + l_413;
const float l_415 = l_413 / l_414;
const float l_416 = l_415 * l_415;
l_mut_34 = float(0.05882352963089943);
const float l_417 = l_416 * l_mut_34;
const float l_418 = float(0.06666667014360428) + l_417;
l_mut_34 = l_418;
const float l_419 = l_416 * l_mut_34;
const float l_420 = float(0.07692307978868484) + l_419;
l_mut_34 = l_420;
const float l_421 = l_416 * l_mut_34;
const float l_422 = float(0.09090909361839294) + l_421;
l_mut_34 = l_422;
const float l_423 = l_416 * l_mut_34;
const float l_424 = float(0.1111111119389534) + l_423;
l_mut_34 = l_424;
const float l_425 = l_416 * l_mut_34;
const float l_426 = float(0.1428571492433548) + l_425;
l_mut_34 = l_426;
const float l_427 = l_416 * l_mut_34;
const float l_428 = float(0.20000000298023224) + l_427;
l_mut_34 = l_428;
const float l_429 = l_416 * l_mut_34;
const float l_430 = float(0.3333333432674408) + l_429;
l_mut_34 = l_430;
const float l_431 = l_416 * l_mut_34;
const float l_432 = float(1.0) + l_431;
l_mut_34 = l_432;
const float l_433 = float(2.0) * l_415;
const float l_434 = l_433 * l_mut_34;
const float l_435 = l_410 - l_434;
const float l_436 = l_arr_11[uint32(0)];
const float l_437 = l_436 + l_435;
l_arr_11[uint32(0)] = l_437;
const float l_438 = -info.scalars_float[3];
const float l_439 = l_438 * l_407;
const float l_440 = l_407 * l_408;
const float l_441 = exp(l_440);
const float l_442 = float(1.0) + l_441;
const float l_443 = l_439 / l_442;
const float l_444 = l_443 * l_mut_35;
const float l_445 = l_arr_12[uint32(0)];
const float l_446 = l_445 + l_444;
l_arr_12[uint32(0)] = l_446;
const float l_447 = l_arr_13[uint32(0)];
const float l_448 = l_447 + l_443;
l_arr_13[uint32(0)] = l_448;
const float l_449 = info.scalars_float[0] * l_443;
l_mut_35 = l_449;
const uint32 l_1398 = info.static_meta[uint32(2)];
const uint32 l_1399 = l_1398 * uint32(1);
const bool l_1400 = l_207 < l_1399;
const uint32 l_1401 = l_1399 - uint32(1);
const uint32 l_1402 = min(l_207, l_1401);
const float l_1403 = buffer_2[l_1402];
const float l_1404 = (l_1400) ? l_1403 : float(0.0);
const float l_450 = l_1404;
const uint32 l_1405 = info.static_meta[uint32(3)];
const uint32 l_1406 = l_1405 * uint32(1);
const bool l_1407 = l_395 < l_1406;
const uint32 l_1408 = l_1406 - uint32(1);
const uint32 l_1409 = min(l_395, l_1408);
const float l_1410 = buffer_3[l_1409];
const float l_1411 = (l_1407) ? l_1410 : float(0.0);
const float l_451 = l_1411;
const float l_452 = l_450 * l_451;
l_mut_35 = l_mut_35 / l_452;
const uint32 l_453 = l_207 - info.scalars_uint32[2];
const uint32 l_454 = l_453 * l_0;
const uint32 l_455 = l_454 + l_395;
const uint32 l_1412 = info.static_meta[uint32(4)];
const uint32 l_1413 = l_1412 * uint32(1);
const bool l_1414 = l_455 < l_1413;
if (l_1414) {
buffer_4[l_455] = l_mut_35;
}
}
const uint32 l_456 = l_4 + l_6;
const uint32 l_457 = l_456 + uint32(16);
const uint32 l_458 = l_mut_15 + l_7;
const uint32 l_459 = l_458 + uint32(0);
const bool l_460 = l_457 < l_5;
const bool l_461 = l_459 < l_0;
const bool l_462 = l_460 && l_461;
if (l_462) {
const float l_463 = l_arr_10[uint32(4)];
const float l_464 = info.scalars_float[0] * l_463;
l_mut_35 = l_464;
const uint32 l_1415 = info.static_meta[uint32(2)];
const uint32 l_1416 = l_1415 * uint32(1);
const bool l_1417 = l_457 < l_1416;
const uint32 l_1418 = l_1416 - uint32(1);
const uint32 l_1419 = min(l_457, l_1418);
const float l_1420 = buffer_2[l_1419];
const float l_1421 = (l_1417) ? l_1420 : float(0.0);
const float l_465 = l_1421;
const uint32 l_1422 = info.static_meta[uint32(3)];
const uint32 l_1423 = l_1422 * uint32(1);
const bool l_1424 = l_459 < l_1423;
const uint32 l_1425 = l_1423 - uint32(1);
const uint32 l_1426 = min(l_459, l_1425);
const float l_1427 = buffer_3[l_1426];
const float l_1428 = (l_1424) ? l_1427 : float(0.0);
const float l_466 = l_1428;
const float l_467 = l_465 * l_466;
l_mut_35 = l_mut_35 / l_467;
const uint32 l_468 = l_457 + info.scalars_uint32[0];
const uint32 l_469 = l_459 + info.scalars_uint32[1];
const bool l_470 = l_468 == l_469;
const float l_471 = (l_470) ? float(1.0) : float(-1.0);
const float l_472 = l_mut_35 + info.scalars_float[1];
const float l_473 = l_471 * l_472;
const float l_474 = min(l_473, float(0.0));
const float l_475 = abs(l_473);
const float l_476 = -l_475;
const float l_477 = exp(l_476);
const float l_478 = float(2.0) + l_477;
const float l_479 = l_477 / l_478;
const float l_480 = l_479 * l_479;
l_mut_34 = float(0.05882352963089943);
const float l_481 = l_480 * l_mut_34;
const float l_482 = float(0.06666667014360428) + l_481;
l_mut_34 = l_482;
const float l_483 = l_480 * l_mut_34;
const float l_484 = float(0.07692307978868484) + l_483;
l_mut_34 = l_484;
const float l_485 = l_480 * l_mut_34;
const float l_486 = float(0.09090909361839294) + l_485;
l_mut_34 = l_486;
const float l_487 = l_480 * l_mut_34;
const float l_488 = float(0.1111111119389534) + l_487;
l_mut_34 = l_488;
const float l_489 = l_480 * l_mut_34;
const float l_490 = float(0.1428571492433548) + l_489;
l_mut_34 = l_490;
const float l_491 = l_480 * l_mut_34;
const float l_492 = float(0.20000000298023224) + l_491;
l_mut_34 = l_492;
const float l_493 = l_480 * l_mut_34;
const float l_494 = float(0.3333333432674408) + l_493;
l_mut_34 = l_494;
const float l_495 = l_480 * l_mut_34;
const float l_496 = float(1.0) + l_495;
l_mut_34 = l_496;
const float l_497 = float(2.0) * l_479;
const float l_498 = l_497 * l_mut_34;
const float l_499 = l_474 - l_498;
const float l_500 = l_arr_11[uint32(1)];
const float l_501 = l_500 + l_499;
l_arr_11[uint32(1)] = l_501;
const float l_502 = -info.scalars_float[3];
const float l_503 = l_502 * l_471;
const float l_504 = l_471 * l_472;
const float l_505 = exp(l_504);
const float l_506 = float(1.0) + l_505;
const float l_507 = l_503 / l_506;
const float l_508 = l_507 * l_mut_35;
const float l_509 = l_arr_12[uint32(1)];
const float l_510 = l_509 + l_508;
l_arr_12[uint32(1)] = l_510;
const float l_511 = l_arr_13[uint32(1)];
const float l_512 = l_511 + l_507;
l_arr_13[uint32(1)] = l_512;
const float l_513 = info.scalars_float[0] * l_507;
l_mut_35 = l_513;
const uint32 l_1429 = info.static_meta[uint32(2)];
const uint32 l_1430 = l_1429 * uint32(1);
const bool l_1431 = l_457 < l_1430;
const uint32 l_1432 = l_1430 - uint32(1);
const uint32 l_1433 = min(l_457, l_1432);
const float l_1434 = buffer_2[l_1433];
const float l_1435 = (l_1431) ? l_1434 : float(0.0);
const float l_514 = l_1435;
const uint32 l_1436 = info.static_meta[uint32(3)];
const uint32 l_1437 = l_1436 * uint32(1);
const bool l_1438 = l_459 < l_1437;
const uint32 l_1439 = l_1437 - uint32(1);
const uint32 l_1440 = min(l_459, l_1439);
const float l_1441 = buffer_3[l_1440];
const float l_1442 = (l_1438) ? l_1441 : float(0.0);
const float l_515 = l_1442;
const float l_516 = l_514 * l_515;
l_mut_35 = l_mut_35 / l_516;
const uint32 l_517 = l_457 - info.scalars_uint32[2];
const uint32 l_518 = l_517 * l_0;
const uint32 l_519 = l_518 + l_459;
const uint32 l_1443 = info.static_meta[uint32(4)];
const uint32 l_1444 = l_1443 * uint32(1);
const bool l_1445 = l_519 < l_1444;
if (l_1445) {
buffer_4[l_519] = l_mut_35;
}
}
const uint32 l_520 = l_mut_15 + l_7;
const uint32 l_521 = l_520 + uint32(16);
const bool l_522 = l_457 < l_5;
const bool l_523 = l_521 < l_0;
const bool l_524 = l_522 && l_523;
if (l_524) {
const float l_525 = l_arr_10[uint32(5)];
const float l_526 = info.scalars_float[0] * l_525;
l_mut_35 = l_526;
const uint32 l_1446 = info.static_meta[uint32(2)];
const uint32 l_1447 = l_1446 * uint32(1);
const bool l_1448 = l_457 < l_1447;
const uint32 l_1449 = l_1447 - uint32(1);
const uint32 l_1450 = min(l_457, l_1449);
const float l_1451 = buffer_2[l_1450];
const float l_1452 = (l_1448) ? l_1451 : float(0.0);
const float l_527 = l_1452;
const uint32 l_1453 = info.static_meta[uint32(3)];
const uint32 l_1454 = l_1453 * uint32(1);
const bool l_1455 = l_521 < l_1454;
const uint32 l_1456 = l_1454 - uint32(1);
const uint32 l_1457 = min(l_521, l_1456);
const float l_1458 = buffer_3[l_1457];
const float l_1459 = (l_1455) ? l_1458 : float(0.0);
const float l_528 = l_1459;
const float l_529 = l_527 * l_528;
l_mut_35 = l_mut_35 / l_529;
const uint32 l_530 = l_457 + info.scalars_uint32[0];
const uint32 l_531 = l_521 + info.scalars_uint32[1];
const bool l_532 = l_530 == l_531;
const float l_533 = (l_532) ? float(1.0) : float(-1.0);
const float l_534 = l_mut_35 + info.scalars_float[1];
const float l_535 = l_533 * l_534;
const float l_536 = min(l_535, float(0.0));
const float l_537 = abs(l_535);
const float l_538 = -l_537;
const float l_539 = exp(l_538);
const float l_540 = float(2.0) + l_539;
const float l_541 = l_539 / l_540;
const float l_542 = l_541 * l_541;
l_mut_34 = float(0.05882352963089943);
const float l_543 = l_542 * l_mut_34;
const float l_544 = float(0.06666667014360428) + l_543;
l_mut_34 = l_544;
const float l_545 = l_542 * l_mut_34;
const float l_546 = float(0.07692307978868484) + l_545;
l_mut_34 = l_546;
const float l_547 = l_542 * l_mut_34;
const float l_548 = float(0.09090909361839294) + l_547;
l_mut_34 = l_548;
const float l_549 = l_542 * l_mut_34;
const float l_550 = float(0.1111111119389534) + l_549;
l_mut_34 = l_550;
const float l_551 = l_542 * l_mut_34;
const float l_552 = float(0.1428571492433548) + l_551;
l_mut_34 = l_552;
const float l_553 = l_542 * l_mut_34;
const float l_554 = float(0.20000000298023224) + l_553;
l_mut_34 = l_554;
const float l_555 = l_542 * l_mut_34;
const float l_556 = float(0.3333333432674408) + l_555;
l_mut_34 = l_556;
const float l_557 = l_542 * l_mut_34;
const float l_558 = float(1.0) + l_557;
l_mut_34 = l_558;
const float l_559 = float(2.0) * l_541;
const float l_560 = l_559 * l_mut_34;
const float l_561 = l_536 - l_560;
const float l_562 = l_arr_11[uint32(1)];
const float l_563 = l_562 + l_561;
l_arr_11[uint32(1)] = l_563;
const float l_564 = -info.scalars_float[3];
const float l_565 = l_564 * l_533;
const float l_566 = l_533 * l_534;
const float l_567 = exp(l_566);
const float l_568 = float(1.0) + l_567;
const float l_569 = l_565 / l_568;
const float l_570 = l_569 * l_mut_35;
const float l_571 = l_arr_12[uint32(1)];
const float l_572 = l_571 + l_570;
l_arr_12[uint32(1)] = l_572;
const float l_573 = l_arr_13[uint32(1)];
const float l_574 = l_573 + l_569;
l_arr_13[uint32(1)] = l_574;
const float l_575 = info.scalars_float[0] * l_569;
l_mut_35 = l_575;
const uint32 l_1460 = info.static_meta[uint32(2)];
const uint32 l_1461 = l_1460 * uint32(1);
const bool l_1462 = l_457 < l_1461;
const uint32 l_1463 = l_1461 - uint32(1);
const uint32 l_1464 = min(l_457, l_1463);
const float l_1465 = buffer_2[l_1464];
const float l_1466 = (l_1462) ? l_1465 : float(0.0);
const float l_576 = l_1466;
const uint32 l_1467 = info.static_meta[uint32(3)];
const uint32 l_1468 = l_1467 * uint32(1);
const bool l_1469 = l_521 < l_1468;
const uint32 l_1470 = l_1468 - uint32(1);
const uint32 l_1471 = min(l_521, l_1470);
const float l_1472 = buffer_3[l_1471];
const float l_1473 = (l_1469) ? l_1472 : float(0.0);
const float l_577 = l_1473;
const float l_578 = l_576 * l_577;
l_mut_35 = l_mut_35 / l_578;
const uint32 l_579 = l_457 - info.scalars_uint32[2];
const uint32 l_580 = l_579 * l_0;
const uint32 l_581 = l_580 + l_521;
const uint32 l_1474 = info.static_meta[uint32(4)];
const uint32 l_1475 = l_1474 * uint32(1);
const bool l_1476 = l_581 < l_1475;
if (l_1476) {
buffer_4[l_581] = l_mut_35;
}
}
const uint32 l_582 = l_mut_15 + l_7;
const uint32 l_583 = l_582 + uint32(32);
const bool l_584 = l_457 < l_5;
const bool l_585 = l_583 < l_0;
const bool l_586 = l_584 && l_585;
if (l_586) {
const float l_587 = l_arr_10[uint32(6)];
const float l_588 = info.scalars_float[0] * l_587;
l_mut_35 = l_588;
const uint32 l_1477 = info.static_meta[uint32(2)];
const uint32 l_1478 = l_1477 * uint32(1);
const bool l_1479 = l_457 < l_1478;
const uint32 l_1480 = l_1478 - uint32(1);
const uint32 l_1481 = min(l_457, l_1480);
const float l_1482 = buffer_2[l_1481];
const float l_1483 = (l_1479) ? l_1482 : float(0.0);
const float l_589 = l_1483;
const uint32 l_1484 = info.static_meta[uint32(3)];
const uint32 l_1485 = l_1484 * uint32(1);
const bool l_1486 = l_583 < l_1485;
const uint32 l_1487 = l_1485 - uint32(1);
const uint32 l_1488 = min(l_583, l_1487);
const float l_1489 = buffer_3[l_1488];
const float l_1490 = (l_1486) ? l_1489 : float(0.0);
const float l_590 = l_1490;
const float l_591 = l_589 * l_590;
l_mut_35 = l_mut_35 / l_591;
const uint32 l_592 = l_457 + info.scalars_uint32[0];
const uint32 l_593 = l_583 + info.scalars_uint32[1];
const bool l_594 = l_592 == l_593;
const float l_595 = (l_594) ? float(1.0) : float(-1.0);
const float l_596 = l_mut_35 + info.scalars_float[1];
const float l_597 = l_595 * l_596;
const float l_598 = min(l_597, float(0.0));
const float l_599 = abs(l_597);
const float l_600 = -l_599;
const float l_601 = exp(l_600);
const float l_602 = float(2.0) + l_601;
const float l_603 = l_601 / l_602;
const float l_604 = l_603 * l_603;
l_mut_34 = float(0.05882352963089943);
const float l_605 = l_604 * l_mut_34;
const float l_606 = float(0.06666667014360428) + l_605;
l_mut_34 = l_606;
const float l_607 = l_604 * l_mut_34;
const float l_608 = float(0.07692307978868484) + l_607;
l_mut_34 = l_608;
const float l_609 = l_604 * l_mut_34;
const float l_610 = float(0.09090909361839294) + l_609;
l_mut_34 = l_610;
const float l_611 = l_604 * l_mut_34;
const float l_612 = float(0.1111111119389534) + l_611;
l_mut_34 = l_612;
const float l_613 = l_604 * l_mut_34;
const float l_614 = float(0.1428571492433548) + l_613;
l_mut_34 = l_614;
const float l_615 = l_604 * l_mut_34;
const float l_616 = float(0.20000000298023224) + l_615;
l_mut_34 = l_616;
const float l_617 = l_604 * l_mut_34;
const float l_618 = float(0.3333333432674408) + l_617;
l_mut_34 = l_618;
const float l_619 = l_604 * l_mut_34;
const float l_620 = float(1.0) + l_619;
l_mut_34 = l_620;
const float l_621 = float(2.0) * l_603;
const float l_622 = l_621 * l_mut_34;
const float l_623 = l_598 - l_622;
const float l_624 = l_arr_11[uint32(1)];
const float l_625 = l_624 + l_623;
l_arr_11[uint32(1)] = l_625;
const float l_626 = -info.scalars_float[3];
const float l_627 = l_626 * l_595;
const float l_628 = l_595 * l_596;
const float l_629 = exp(l_628);
const float l_630 = float(1.0) + l_629;
const float l_631 = l_627 / l_630;
const float l_632 = l_631 * l_mut_35;
const float l_633 = l_arr_12[uint32(1)];
const float l_634 = l_633 + l_632;
l_arr_12[uint32(1)] = l_634;
const float l_635 = l_arr_13[uint32(1)];
const float l_636 = l_635 + l_631;
l_arr_13[uint32(1)] = l_636;
const float l_637 = info.scalars_float[0] * l_631;
l_mut_35 = l_637;
const uint32 l_1491 = info.static_meta[uint32(2)];
const uint32 l_1492 = l_1491 * uint32(1);
const bool l_1493 = l_457 < l_1492;
const uint32 l_1494 = l_1492 - uint32(1);
const uint32 l_1495 = min(l_457, l_1494);
const float l_1496 = buffer_2[l_1495];
const float l_1497 = (l_1493) ? l_1496 : float(0.0);
const float l_638 = l_1497;
const uint32 l_1498 = info.static_meta[uint32(3)];
const uint32 l_1499 = l_1498 * uint32(1);
const bool l_1500 = l_583 < l_1499;
const uint32 l_1501 = l_1499 - uint32(1);
const uint32 l_1502 = min(l_583, l_1501);
const float l_1503 = buffer_3[l_1502];
const float l_1504 = (l_1500) ? l_1503 : float(0.0);
const float l_639 = l_1504;
const float l_640 = l_638 * l_639;
l_mut_35 = l_mut_35 / l_640;
const uint32 l_641 = l_457 - info.scalars_uint32[2];
const uint32 l_642 = l_641 * l_0;
const uint32 l_643 = l_642 + l_583;
const uint32 l_1505 = info.static_meta[uint32(4)];
const uint32 l_1506 = l_1505 * uint32(1);
const bool l_1507 = l_643 < l_1506;
if (l_1507) {
buffer_4[l_643] = l_mut_35;
}
}
const uint32 l_644 = l_mut_15 + l_7;
const uint32 l_645 = l_644 + uint32(48);
const bool l_646 = l_457 < l_5;
const bool l_647 = l_645 < l_0;
const bool l_648 = l_646 && l_647;
if (l_648) {
const float l_649 = l_arr_10[uint32(7)];
const float l_650 = info.scalars_float[0] * l_649;
l_mut_35 = l_650;
const uint32 l_1508 = info.static_meta[uint32(2)];
const uint32 l_1509 = l_1508 * uint32(1);
const bool l_1510 = l_457 < l_1509;
const uint32 l_1511 = l_1509 - uint32(1);
const uint32 l_1512 = min(l_457, l_1511);
const float l_1513 = buffer_2[l_1512];
const float l_1514 = (l_1510) ? l_1513 : float(0.0);
const float l_651 = l_1514;
const uint32 l_1515 = info.static_meta[uint32(3)];
const uint32 l_1516 = l_1515 * uint32(1);
const bool l_1517 = l_645 < l_1516;
const uint32 l_1518 = l_1516 - uint32(1);
const uint32 l_1519 = min(l_645, l_1518);
const float l_1520 = buffer_3[l_1519];
const float l_1521 = (l_1517) ? l_1520 : float(0.0);
const float l_652 = l_1521;
const float l_653 = l_651 * l_652;
l_mut_35 = l_mut_35 / l_653;
const uint32 l_654 = l_457 + info.scalars_uint32[0];
const uint32 l_655 = l_645 + info.scalars_uint32[1];
const bool l_656 = l_654 == l_655;
const float l_657 = (l_656) ? float(1.0) : float(-1.0);
const float l_658 = l_mut_35 + info.scalars_float[1];
const float l_659 = l_657 * l_658;
const float l_660 = min(l_659, float(0.0));
const float l_661 = abs(l_659);
const float l_662 = -l_661;
const float l_663 = exp(l_662);
const float l_664 = float(2.0) + l_663;
const float l_665 = l_663 / l_664;
const float l_666 = l_665 * l_665;
l_mut_34 = float(0.05882352963089943);
const float l_667 = l_666 * l_mut_34;
const float l_668 = float(0.06666667014360428) + l_667;
l_mut_34 = l_668;
const float l_669 = l_666 * l_mut_34;
const float l_670 = float(0.07692307978868484) + l_669;
l_mut_34 = l_670;
const float l_671 = l_666 * l_mut_34;
const float l_672 = float(0.09090909361839294) + l_671;
l_mut_34 = l_672;
const float l_673 = l_666 * l_mut_34;
const float l_674 = float(0.1111111119389534) + l_673;
l_mut_34 = l_674;
const float l_675 = l_666 * l_mut_34;
const float l_676 = float(0.1428571492433548) + l_675;
l_mut_34 = l_676;
const float l_677 = l_666 * l_mut_34;
const float l_678 = float(0.20000000298023224) + l_677;
l_mut_34 = l_678;
const float l_679 = l_666 * l_mut_34;
const float l_680 = float(0.3333333432674408) + l_679;
l_mut_34 = l_680;
const float l_681 = l_666 * l_mut_34;
const float l_682 = float(1.0) + l_681;
l_mut_34 = l_682;
const float l_683 = float(2.0) * l_665;
const float l_684 = l_683 * l_mut_34;
const float l_685 = l_660 - l_684;
const float l_686 = l_arr_11[uint32(1)];
const float l_687 = l_686 + l_685;
l_arr_11[uint32(1)] = l_687;
const float l_688 = -info.scalars_float[3];
const float l_689 = l_688 * l_657;
const float l_690 = l_657 * l_658;
const float l_691 = exp(l_690);
const float l_692 = float(1.0) + l_691;
const float l_693 = l_689 / l_692;
const float l_694 = l_693 * l_mut_35;
const float l_695 = l_arr_12[uint32(1)];
const float l_696 = l_695 + l_694;
l_arr_12[uint32(1)] = l_696;
const float l_697 = l_arr_13[uint32(1)];
const float l_698 = l_697 + l_693;
l_arr_13[uint32(1)] = l_698;
const float l_699 = info.scalars_float[0] * l_693;
l_mut_35 = l_699;
const uint32 l_1522 = info.static_meta[uint32(2)];
const uint32 l_1523 = l_1522 * uint32(1);
const bool l_1524 = l_457 < l_1523;
const uint32 l_1525 = l_1523 - uint32(1);
const uint32 l_1526 = min(l_457, l_1525);
const float l_1527 = buffer_2[l_1526];
const float l_1528 = (l_1524) ? l_1527 : float(0.0);
const float l_700 = l_1528;
const uint32 l_1529 = info.static_meta[uint32(3)];
const uint32 l_1530 = l_1529 * uint32(1);
const bool l_1531 = l_645 < l_1530;
const uint32 l_1532 = l_1530 - uint32(1);
const uint32 l_1533 = min(l_645, l_1532);
const float l_1534 = buffer_3[l_1533];
const float l_1535 = (l_1531) ? l_1534 : float(0.0);
const float l_701 = l_1535;
const float l_702 = l_700 * l_701;
l_mut_35 = l_mut_35 / l_702;
const uint32 l_703 = l_457 - info.scalars_uint32[2];
const uint32 l_704 = l_703 * l_0;
const uint32 l_705 = l_704 + l_645;
const uint32 l_1536 = info.static_meta[uint32(4)];
const uint32 l_1537 = l_1536 * uint32(1);
const bool l_1538 = l_705 < l_1537;
if (l_1538) {
buffer_4[l_705] = l_mut_35;
}
}
const uint32 l_706 = l_4 + l_6;
const uint32 l_707 = l_706 + uint32(32);
const uint32 l_708 = l_mut_15 + l_7;
const uint32 l_709 = l_708 + uint32(0);
const bool l_710 = l_707 < l_5;
const bool l_711 = l_709 < l_0;
const bool l_712 = l_710 && l_711;
if (l_712) {
const float l_713 = l_arr_10[uint32(8)];
const float l_714 = info.scalars_float[0] * l_713;
l_mut_35 = l_714;
const uint32 l_1539 = info.static_meta[uint32(2)];
const uint32 l_1540 = l_1539 * uint32(1);
const bool l_1541 = l_707 < l_1540;
const uint32 l_1542 = l_1540 - uint32(1);
const uint32 l_1543 = min(l_707, l_1542);
const float l_1544 = buffer_2[l_1543];
const float l_1545 = (l_1541) ? l_1544 : float(0.0);
const float l_715 = l_1545;
const uint32 l_1546 = info.static_meta[uint32(3)];
const uint32 l_1547 = l_1546 * uint32(1);
const bool l_1548 = l_709 < l_1547;
const uint32 l_1549 = l_1547 - uint32(1);
const uint32 l_1550 = min(l_709, l_1549);
const float l_1551 = buffer_3[l_1550];
const float l_1552 = (l_1548) ? l_1551 : float(0.0);
const float l_716 = l_1552;
const float l_717 = l_715 * l_716;
l_mut_35 = l_mut_35 / l_717;
const uint32 l_718 = l_707 + info.scalars_uint32[0];
const uint32 l_719 = l_709 + info.scalars_uint32[1];
const bool l_720 = l_718 == l_719;
const float l_721 = (l_720) ? float(1.0) : float(-1.0);
const float l_722 = l_mut_35 + info.scalars_float[1];
const float l_723 = l_721 * l_722;
const float l_724 = min(l_723, float(0.0));
const float l_725 = abs(l_723);
const float l_726 = -l_725;
const float l_727 = exp(l_726);
const float l_728 = float(2.0) + l_727;
const float l_729 = l_727 / l_728;
const float l_730 = l_729 * l_729;
l_mut_34 = float(0.05882352963089943);
const float l_731 = l_730 * l_mut_34;
const float l_732 = float(0.06666667014360428) + l_731;
l_mut_34 = l_732;
const float l_733 = l_730 * l_mut_34;
const float l_734 = float(0.07692307978868484) + l_733;
l_mut_34 = l_734;
const float l_735 = l_730 * l_mut_34;
const float l_736 = float(0.09090909361839294) + l_735;
l_mut_34 = l_736;
const float l_737 = l_730 * l_mut_34;
const float l_738 = float(0.1111111119389534) + l_737;
l_mut_34 = l_738;
const float l_739 = l_730 * l_mut_34;
const float l_740 = float(0.1428571492433548) + l_739;
l_mut_34 = l_740;
const float l_741 = l_730 * l_mut_34;
const float l_742 = float(0.20000000298023224) + l_741;
l_mut_34 = l_742;
const float l_743 = l_730 * l_mut_34;
const float l_744 = float(0.3333333432674408) + l_743;
l_mut_34 = l_744;
const float l_745 = l_730 * l_mut_34;
const float l_746 = float(1.0) + l_745;
l_mut_34 = l_746;
const float l_747 = float(2.0) * l_729;
const float l_748 = l_747 * l_mut_34;
const float l_749 = l_724 - l_748;
const float l_750 = l_arr_11[uint32(2)];
const float l_751 = l_750 + l_749;
l_arr_11[uint32(2)] = l_751;
const float l_752 = -info.scalars_float[3];
const float l_753 = l_752 * l_721;
const float l_754 = l_721 * l_722;
const float l_755 = exp(l_754);
const float l_756 = float(1.0) + l_755;
const float l_757 = l_753 / l_756;
const float l_758 = l_757 * l_mut_35;
const float l_759 = l_arr_12[uint32(2)];
const float l_760 = l_759 + l_758;
l_arr_12[uint32(2)] = l_760;
const float l_761 = l_arr_13[uint32(2)];
const float l_762 = l_761 + l_757;
l_arr_13[uint32(2)] = l_762;
const float l_763 = info.scalars_float[0] * l_757;
l_mut_35 = l_763;
const uint32 l_1553 = info.static_meta[uint32(2)];
const uint32 l_1554 = l_1553 * uint32(1);
const bool l_1555 = l_707 < l_1554;
const uint32 l_1556 = l_1554 - uint32(1);
const uint32 l_1557 = min(l_707, l_1556);
const float l_1558 = buffer_2[l_1557];
const float l_1559 = (l_1555) ? l_1558 : float(0.0);
const float l_764 = l_1559;
const uint32 l_1560 = info.static_meta[uint32(3)];
const uint32 l_1561 = l_1560 * uint32(1);
const bool l_1562 = l_709 < l_1561;
const uint32 l_1563 = l_1561 - uint32(1);
const uint32 l_1564 = min(l_709, l_1563);
const float l_1565 = buffer_3[l_1564];
const float l_1566 = (l_1562) ? l_1565 : float(0.0);
const float l_765 = l_1566;
const float l_766 = l_764 * l_765;
l_mut_35 = l_mut_35 / l_766;
const uint32 l_767 = l_707 - info.scalars_uint32[2];
const uint32 l_768 = l_767 * l_0;
const uint32 l_769 = l_768 + l_709;
const uint32 l_1567 = info.static_meta[uint32(4)];
const uint32 l_1568 = l_1567 * uint32(1);
const bool l_1569 = l_769 < l_1568;
if (l_1569) {
buffer_4[l_769] = l_mut_35;
}
}
const uint32 l_770 = l_mut_15 + l_7;
const uint32 l_771 = l_770 + uint32(16);
const bool l_772 = l_707 < l_5;
const bool l_773 = l_771 < l_0;
const bool l_774 = l_772 && l_773;
if (l_774) {
const float l_775 = l_arr_10[uint32(9)];
const float l_776 = info.scalars_float[0] * l_775;
l_mut_35 = l_776;
const uint32 l_1570 = info.static_meta[uint32(2)];
const uint32 l_1571 = l_1570 * uint32(1);
const bool l_1572 = l_707 < l_1571;
const uint32 l_1573 = l_1571 - uint32(1);
const uint32 l_1574 = min(l_707, l_1573);
const float l_1575 = buffer_2[l_1574];
const float l_1576 = (l_1572) ? l_1575 : float(0.0);
const float l_777 = l_1576;
const uint32 l_1577 = info.static_meta[uint32(3)];
const uint32 l_1578 = l_1577 * uint32(1);
const bool l_1579 = l_771 < l_1578;
const uint32 l_1580 = l_1578 - uint32(1);
const uint32 l_1581 = min(l_771, l_1580);
const float l_1582 = buffer_3[l_1581];
const float l_1583 = (l_1579) ? l_1582 : float(0.0);
const float l_778 = l_1583;
const float l_779 = l_777 * l_778;
l_mut_35 = l_mut_35 / l_779;
const uint32 l_780 = l_707 + info.scalars_uint32[0];
const uint32 l_781 = l_771 + info.scalars_uint32[1];
const bool l_782 = l_780 == l_781;
const float l_783 = (l_782) ? float(1.0) : float(-1.0);
const float l_784 = l_mut_35 + info.scalars_float[1];
const float l_785 = l_783 * l_784;
const float l_786 = min(l_785, float(0.0));
const float l_787 = abs(l_785);
const float l_788 = -l_787;
const float l_789 = exp(l_788);
const float l_790 = float(2.0) + l_789;
const float l_791 = l_789 / l_790;
const float l_792 = l_791 * l_791;
l_mut_34 = float(0.05882352963089943);
const float l_793 = l_792 * l_mut_34;
const float l_794 = float(0.06666667014360428) + l_793;
l_mut_34 = l_794;
const float l_795 = l_792 * l_mut_34;
const float l_796 = float(0.07692307978868484) + l_795;
l_mut_34 = l_796;
const float l_797 = l_792 * l_mut_34;
const float l_798 = float(0.09090909361839294) + l_797;
l_mut_34 = l_798;
const float l_799 = l_792 * l_mut_34;
const float l_800 = float(0.1111111119389534) + l_799;
l_mut_34 = l_800;
const float l_801 = l_792 * l_mut_34;
const float l_802 = float(0.1428571492433548) + l_801;
l_mut_34 = l_802;
const float l_803 = l_792 * l_mut_34;
const float l_804 = float(0.20000000298023224) + l_803;
l_mut_34 = l_804;
const float l_805 = l_792 * l_mut_34;
const float l_806 = float(0.3333333432674408) + l_805;
l_mut_34 = l_806;
const float l_807 = l_792 * l_mut_34;
const float l_808 = float(1.0) + l_807;
l_mut_34 = l_808;
const float l_809 = float(2.0) * l_791;
const float l_810 = l_809 * l_mut_34;
const float l_811 = l_786 - l_810;
const float l_812 = l_arr_11[uint32(2)];
const float l_813 = l_812 + l_811;
l_arr_11[uint32(2)] = l_813;
const float l_814 = -info.scalars_float[3];
const float l_815 = l_814 * l_783;
const float l_816 = l_783 * l_784;
const float l_817 = exp(l_816);
const float l_818 = float(1.0) + l_817;
const float l_819 = l_815 / l_818;
const float l_820 = l_819 * l_mut_35;
const float l_821 = l_arr_12[uint32(2)];
const float l_822 = l_821 + l_820;
l_arr_12[uint32(2)] = l_822;
const float l_823 = l_arr_13[uint32(2)];
const float l_824 = l_823 + l_819;
l_arr_13[uint32(2)] = l_824;
const float l_825 = info.scalars_float[0] * l_819;
l_mut_35 = l_825;
const uint32 l_1584 = info.static_meta[uint32(2)];
const uint32 l_1585 = l_1584 * uint32(1);
const bool l_1586 = l_707 < l_1585;
const uint32 l_1587 = l_1585 - uint32(1);
const uint32 l_1588 = min(l_707, l_1587);
const float l_1589 = buffer_2[l_1588];
const float l_1590 = (l_1586) ? l_1589 : float(0.0);
const float l_826 = l_1590;
const uint32 l_1591 = info.static_meta[uint32(3)];
const uint32 l_1592 = l_1591 * uint32(1);
const bool l_1593 = l_771 < l_1592;
const uint32 l_1594 = l_1592 - uint32(1);
const uint32 l_1595 = min(l_771, l_1594);
const float l_1596 = buffer_3[l_1595];
const float l_1597 = (l_1593) ? l_1596 : float(0.0);
const float l_827 = l_1597;
const float l_828 = l_826 * l_827;
l_mut_35 = l_mut_35 / l_828;
const uint32 l_829 = l_707 - info.scalars_uint32[2];
const uint32 l_830 = l_829 * l_0;
const uint32 l_831 = l_830 + l_771;
const uint32 l_1598 = info.static_meta[uint32(4)];
const uint32 l_1599 = l_1598 * uint32(1);
const bool l_1600 = l_831 < l_1599;
if (l_1600) {
buffer_4[l_831] = l_mut_35;
}
}
const uint32 l_832 = l_mut_15 + l_7;
const uint32 l_833 = l_832 + uint32(32);
const bool l_834 = l_707 < l_5;
const bool l_835 = l_833 < l_0;
const bool l_836 = l_834 && l_835;
if (l_836) {
const float l_837 = l_arr_10[uint32(10)];
const float l_838 = info.scalars_float[0] * l_837;
l_mut_35 = l_838;
const uint32 l_1601 = info.static_meta[uint32(2)];
const uint32 l_1602 = l_1601 * uint32(1);
const bool l_1603 = l_707 < l_1602;
const uint32 l_1604 = l_1602 - uint32(1);
const uint32 l_1605 = min(l_707, l_1604);
const float l_1606 = buffer_2[l_1605];
const float l_1607 = (l_1603) ? l_1606 : float(0.0);
const float l_839 = l_1607;
const uint32 l_1608 = info.static_meta[uint32(3)];
const uint32 l_1609 = l_1608 * uint32(1);
const bool l_1610 = l_833 < l_1609;
const uint32 l_1611 = l_1609 - uint32(1);
const uint32 l_1612 = min(l_833, l_1611);
const float l_1613 = buffer_3[l_1612];
const float l_1614 = (l_1610) ? l_1613 : float(0.0);
const float l_840 = l_1614;
const float l_841 = l_839 * l_840;
l_mut_35 = l_mut_35 / l_841;
const uint32 l_842 = l_707 + info.scalars_uint32[0];
const uint32 l_843 = l_833 + info.scalars_uint32[1];
const bool l_844 = l_842 == l_843;
const float l_845 = (l_844) ? float(1.0) : float(-1.0);
const float l_846 = l_mut_35 + info.scalars_float[1];
const float l_847 = l_845 * l_846;
const float l_848 = min(l_847, float(0.0));
const float l_849 = abs(l_847);
const float l_850 = -l_849;
const float l_851 = exp(l_850);
const float l_852 = float(2.0) + l_851;
const float l_853 = l_851 / l_852;
const float l_854 = l_853 * l_853;
l_mut_34 = float(0.05882352963089943);
const float l_855 = l_854 * l_mut_34;
const float l_856 = float(0.06666667014360428) + l_855;
l_mut_34 = l_856;
const float l_857 = l_854 * l_mut_34;
const float l_858 = float(0.07692307978868484) + l_857;
l_mut_34 = l_858;
const float l_859 = l_854 * l_mut_34;
const float l_860 = float(0.09090909361839294) + l_859;
l_mut_34 = l_860;
const float l_861 = l_854 * l_mut_34;
const float l_862 = float(0.1111111119389534) + l_861;
l_mut_34 = l_862;
const float l_863 = l_854 * l_mut_34;
const float l_864 = float(0.1428571492433548) + l_863;
l_mut_34 = l_864;
const float l_865 = l_854 * l_mut_34;
const float l_866 = float(0.20000000298023224) + l_865;
l_mut_34 = l_866;
const float l_867 = l_854 * l_mut_34;
const float l_868 = float(0.3333333432674408) + l_867;
l_mut_34 = l_868;
const float l_869 = l_854 * l_mut_34;
const float l_870 = float(1.0) + l_869;
l_mut_34 = l_870;
const float l_871 = float(2.0) * l_853;
const float l_872 = l_871 * l_mut_34;
const float l_873 = l_848 - l_872;
const float l_874 = l_arr_11[uint32(2)];
const float l_875 = l_874 + l_873;
l_arr_11[uint32(2)] = l_875;
const float l_876 = -info.scalars_float[3];
const float l_877 = l_876 * l_845;
const float l_878 = l_845 * l_846;
const float l_879 = exp(l_878);
const float l_880 = float(1.0) + l_879;
const float l_881 = l_877 / l_880;
const float l_882 = l_881 * l_mut_35;
const float l_883 = l_arr_12[uint32(2)];
const float l_884 = l_883 + l_882;
l_arr_12[uint32(2)] = l_884;
const float l_885 = l_arr_13[uint32(2)];
const float l_886 = l_885 + l_881;
l_arr_13[uint32(2)] = l_886;
const float l_887 = info.scalars_float[0] * l_881;
l_mut_35 = l_887;
const uint32 l_1615 = info.static_meta[uint32(2)];
const uint32 l_1616 = l_1615 * uint32(1);
const bool l_1617 = l_707 < l_1616;
const uint32 l_1618 = l_1616 - uint32(1);
const uint32 l_1619 = min(l_707, l_1618);
const float l_1620 = buffer_2[l_1619];
const float l_1621 = (l_1617) ? l_1620 : float(0.0);
const float l_888 = l_1621;
const uint32 l_1622 = info.static_meta[uint32(3)];
const uint32 l_1623 = l_1622 * uint32(1);
const bool l_1624 = l_833 < l_1623;
const uint32 l_1625 = l_1623 - uint32(1);
const uint32 l_1626 = min(l_833, l_1625);
const float l_1627 = buffer_3[l_1626];
const float l_1628 = (l_1624) ? l_1627 : float(0.0);
const float l_889 = l_1628;
const float l_890 = l_888 * l_889;
l_mut_35 = l_mut_35 / l_890;
const uint32 l_891 = l_707 - info.scalars_uint32[2];
const uint32 l_892 = l_891 * l_0;
const uint32 l_893 = l_892 + l_833;
const uint32 l_1629 = info.static_meta[uint32(4)];
const uint32 l_1630 = l_1629 * uint32(1);
const bool l_1631 = l_893 < l_1630;
if (l_1631) {
buffer_4[l_893] = l_mut_35;
}
}
const uint32 l_894 = l_mut_15 + l_7;
const uint32 l_895 = l_894 + uint32(48);
const bool l_896 = l_707 < l_5;
const bool l_897 = l_895 < l_0;
const bool l_898 = l_896 && l_897;
if (l_898) {
const float l_899 = l_arr_10[uint32(11)];
const float l_900 = info.scalars_float[0] * l_899;
l_mut_35 = l_900;
const uint32 l_1632 = info.static_meta[uint32(2)];
const uint32 l_1633 = l_1632 * uint32(1);
const bool l_1634 = l_707 < l_1633;
const uint32 l_1635 = l_1633 - uint32(1);
const uint32 l_1636 = min(l_707, l_1635);
const float l_1637 = buffer_2[l_1636];
const float l_1638 = (l_1634) ? l_1637 : float(0.0);
const float l_901 = l_1638;
const uint32 l_1639 = info.static_meta[uint32(3)];
const uint32 l_1640 = l_1639 * uint32(1);
const bool l_1641 = l_895 < l_1640;
const uint32 l_1642 = l_1640 - uint32(1);
const uint32 l_1643 = min(l_895, l_1642);
const float l_1644 = buffer_3[l_1643];
const float l_1645 = (l_1641) ? l_1644 : float(0.0);
const float l_902 = l_1645;
const float l_903 = l_901 * l_902;
l_mut_35 = l_mut_35 / l_903;
const uint32 l_904 = l_707 + info.scalars_uint32[0];
const uint32 l_905 = l_895 + info.scalars_uint32[1];
const bool l_906 = l_904 == l_905;
const float l_907 = (l_906) ? float(1.0) : float(-1.0);
const float l_908 = l_mut_35 + info.scalars_float[1];
const float l_909 = l_907 * l_908;
const float l_910 = min(l_909, float(0.0));
const float l_911 = abs(l_909);
const float l_912 = -l_911;
const float l_913 = exp(l_912);
const float l_914 = float(2.0) + l_913;
const float l_915 = l_913 / l_914;
const float l_916 = l_915 * l_915;
l_mut_34 = float(0.05882352963089943);
const float l_917 = l_916 * l_mut_34;
const float l_918 = float(0.06666667014360428) + l_917;
l_mut_34 = l_918;
const float l_919 = l_916 * l_mut_34;
const float l_920 = float(0.07692307978868484) + l_919;
l_mut_34 = l_920;
const float l_921 = l_916 * l_mut_34;
const float l_922 = float(0.09090909361839294) + l_921;
l_mut_34 = l_922;
const float l_923 = l_916 * l_mut_34;
const float l_924 = float(0.1111111119389534) + l_923;
l_mut_34 = l_924;
const float l_925 = l_916 * l_mut_34;
const float l_926 = float(0.1428571492433548) + l_925;
l_mut_34 = l_926;
const float l_927 = l_916 * l_mut_34;
const float l_928 = float(0.20000000298023224) + l_927;
l_mut_34 = l_928;
const float l_929 = l_916 * l_mut_34;
const float l_930 = float(0.3333333432674408) + l_929;
l_mut_34 = l_930;
const float l_931 = l_916 * l_mut_34;
const float l_932 = float(1.0) + l_931;
l_mut_34 = l_932;
const float l_933 = float(2.0) * l_915;
const float l_934 = l_933 * l_mut_34;
const float l_935 = l_910 - l_934;
const float l_936 = l_arr_11[uint32(2)];
const float l_937 = l_936 + l_935;
l_arr_11[uint32(2)] = l_937;
const float l_938 = -info.scalars_float[3];
const float l_939 = l_938 * l_907;
const float l_940 = l_907 * l_908;
const float l_941 = exp(l_940);
const float l_942 = float(1.0) + l_941;
const float l_943 = l_939 / l_942;
const float l_944 = l_943 * l_mut_35;
const float l_945 = l_arr_12[uint32(2)];
const float l_946 = l_945 + l_944;
l_arr_12[uint32(2)] = l_946;
const float l_947 = l_arr_13[uint32(2)];
const float l_948 = l_947 + l_943;
l_arr_13[uint32(2)] = l_948;
const float l_949 = info.scalars_float[0] * l_943;
l_mut_35 = l_949;
const uint32 l_1646 = info.static_meta[uint32(2)];
const uint32 l_1647 = l_1646 * uint32(1);
const bool l_1648 = l_707 < l_1647;
const uint32 l_1649 = l_1647 - uint32(1);
const uint32 l_1650 = min(l_707, l_1649);
const float l_1651 = buffer_2[l_1650];
const float l_1652 = (l_1648) ? l_1651 : float(0.0);
const float l_950 = l_1652;
const uint32 l_1653 = info.static_meta[uint32(3)];
const uint32 l_1654 = l_1653 * uint32(1);
const bool l_1655 = l_895 < l_1654;
const uint32 l_1656 = l_1654 - uint32(1);
const uint32 l_1657 = min(l_895, l_1656);
const float l_1658 = buffer_3[l_1657];
const float l_1659 = (l_1655) ? l_1658 : float(0.0);
const float l_951 = l_1659;
const float l_952 = l_950 * l_951;
l_mut_35 = l_mut_35 / l_952;
const uint32 l_953 = l_707 - info.scalars_uint32[2];
const uint32 l_954 = l_953 * l_0;
const uint32 l_955 = l_954 + l_895;
const uint32 l_1660 = info.static_meta[uint32(4)];
const uint32 l_1661 = l_1660 * uint32(1);
const bool l_1662 = l_955 < l_1661;
if (l_1662) {
buffer_4[l_955] = l_mut_35;
}
}
const uint32 l_956 = l_4 + l_6;
const uint32 l_957 = l_956 + uint32(48);
const uint32 l_958 = l_mut_15 + l_7;
const uint32 l_959 = l_958 + uint32(0);
const bool l_960 = l_957 < l_5;
const bool l_961 = l_959 < l_0;
const bool l_962 = l_960 && l_961;
if (l_962) {
const float l_963 = l_arr_10[uint32(12)];
const float l_964 = info.scalars_float[0] * l_963;
l_mut_35 = l_964;
const uint32 l_1663 = info.static_meta[uint32(2)];
const uint32 l_1664 = l_1663 * uint32(1);
const bool l_1665 = l_957 < l_1664;
const uint32 l_1666 = l_1664 - uint32(1);
const uint32 l_1667 = min(l_957, l_1666);
const float l_1668 = buffer_2[l_1667];
const float l_1669 = (l_1665) ? l_1668 : float(0.0);
const float l_965 = l_1669;
const uint32 l_1670 = info.static_meta[uint32(3)];
const uint32 l_1671 = l_1670 * uint32(1);
const bool l_1672 = l_959 < l_1671;
const uint32 l_1673 = l_1671 - uint32(1);
const uint32 l_1674 = min(l_959, l_1673);
const float l_1675 = buffer_3[l_1674];
const float l_1676 = (l_1672) ? l_1675 : float(0.0);
const float l_966 = l_1676;
const float l_967 = l_965 * l_966;
l_mut_35 = l_mut_35 / l_967;
const uint32 l_968 = l_957 + info.scalars_uint32[0];
const uint32 l_969 = l_959 + info.scalars_uint32[1];
const bool l_970 = l_968 == l_969;
const float l_971 = (l_970) ? float(1.0) : float(-1.0);
const float l_972 = l_mut_35 + info.scalars_float[1];
const float l_973 = l_971 * l_972;
const float l_974 = min(l_973, float(0.0));
const float l_975 = abs(l_973);
const float l_976 = -l_975;
const float l_977 = exp(l_976);
const float l_978 = float(2.0) + l_977;
const float l_979 = l_977 / l_978;
const float l_980 = l_979 * l_979;
l_mut_34 = float(0.05882352963089943);
const float l_981 = l_980 * l_mut_34;
const float l_982 = float(0.06666667014360428) + l_981;
l_mut_34 = l_982;
const float l_983 = l_980 * l_mut_34;
const float l_984 = float(0.07692307978868484) + l_983;
l_mut_34 = l_984;
const float l_985 = l_980 * l_mut_34;
const float l_986 = float(0.09090909361839294) + l_985;
l_mut_34 = l_986;
const float l_987 = l_980 * l_mut_34;
const float l_988 = float(0.1111111119389534) + l_987;
l_mut_34 = l_988;
const float l_989 = l_980 * l_mut_34;
const float l_990 = float(0.1428571492433548) + l_989;
l_mut_34 = l_990;
const float l_991 = l_980 * l_mut_34;
const float l_992 = float(0.20000000298023224) + l_991;
l_mut_34 = l_992;
const float l_993 = l_980 * l_mut_34;
const float l_994 = float(0.3333333432674408) + l_993;
l_mut_34 = l_994;
const float l_995 = l_980 * l_mut_34;
const float l_996 = float(1.0) + l_995;
l_mut_34 = l_996;
const float l_997 = float(2.0) * l_979;
const float l_998 = l_997 * l_mut_34;
const float l_999 = l_974 - l_998;
const float l_1000 = l_arr_11[uint32(3)];
const float l_1001 = l_1000 + l_999;
l_arr_11[uint32(3)] = l_1001;
const float l_1002 = -info.scalars_float[3];
const float l_1003 = l_1002 * l_971;
const float l_1004 = l_971 * l_972;
const float l_1005 = exp(l_1004);
const float l_1006 = float(1.0) + l_1005;
const float l_1007 = l_1003 / l_1006;
const float l_1008 = l_1007 * l_mut_35;
const float l_1009 = l_arr_12[uint32(3)];
const float l_1010 = l_1009 + l_1008;
l_arr_12[uint32(3)] = l_1010;
const float l_1011 = l_arr_13[uint32(3)];
const float l_1012 = l_1011 + l_1007;
l_arr_13[uint32(3)] = l_1012;
const float l_1013 = info.scalars_float[0] * l_1007;
l_mut_35 = l_1013;
const uint32 l_1677 = info.static_meta[uint32(2)];
const uint32 l_1678 = l_1677 * uint32(1);
const bool l_1679 = l_957 < l_1678;
const uint32 l_1680 = l_1678 - uint32(1);
const uint32 l_1681 = min(l_957, l_1680);
const float l_1682 = buffer_2[l_1681];
const float l_1683 = (l_1679) ? l_1682 : float(0.0);
const float l_1014 = l_1683;
const uint32 l_1684 = info.static_meta[uint32(3)];
const uint32 l_1685 = l_1684 * uint32(1);
const bool l_1686 = l_959 < l_1685;
const uint32 l_1687 = l_1685 - uint32(1);
const uint32 l_1688 = min(l_959, l_1687);
const float l_1689 = buffer_3[l_1688];
const float l_1690 = (l_1686) ? l_1689 : float(0.0);
const float l_1015 = l_1690;
const float l_1016 = l_1014 * l_1015;
l_mut_35 = l_mut_35 / l_1016;
const uint32 l_1017 = l_957 - info.scalars_uint32[2];
const uint32 l_1018 = l_1017 * l_0;
const uint32 l_1019 = l_1018 + l_959;
const uint32 l_1691 = info.static_meta[uint32(4)];
const uint32 l_1692 = l_1691 * uint32(1);
const bool l_1693 = l_1019 < l_1692;
if (l_1693) {
buffer_4[l_1019] = l_mut_35;
}
}
const uint32 l_1020 = l_mut_15 + l_7;
const uint32 l_1021 = l_1020 + uint32(16);
const bool l_1022 = l_957 < l_5;
const bool l_1023 = l_1021 < l_0;
const bool l_1024 = l_1022 && l_1023;
if (l_1024) {
const float l_1025 = l_arr_10[uint32(13)];
const float l_1026 = info.scalars_float[0] * l_1025;
l_mut_35 = l_1026;
const uint32 l_1694 = info.static_meta[uint32(2)];
const uint32 l_1695 = l_1694 * uint32(1);
const bool l_1696 = l_957 < l_1695;
const uint32 l_1697 = l_1695 - uint32(1);
const uint32 l_1698 = min(l_957, l_1697);
const float l_1699 = buffer_2[l_1698];
const float l_1700 = (l_1696) ? l_1699 : float(0.0);
const float l_1027 = l_1700;
const uint32 l_1701 = info.static_meta[uint32(3)];
const uint32 l_1702 = l_1701 * uint32(1);
const bool l_1703 = l_1021 < l_1702;
const uint32 l_1704 = l_1702 - uint32(1);
const uint32 l_1705 = min(l_1021, l_1704);
const float l_1706 = buffer_3[l_1705];
const float l_1707 = (l_1703) ? l_1706 : float(0.0);
const float l_1028 = l_1707;
const float l_1029 = l_1027 * l_1028;
l_mut_35 = l_mut_35 / l_1029;
const uint32 l_1030 = l_957 + info.scalars_uint32[0];
const uint32 l_1031 = l_1021 + info.scalars_uint32[1];
const bool l_1032 = l_1030 == l_1031;
const float l_1033 = (l_1032) ? float(1.0) : float(-1.0);
const float l_1034 = l_mut_35 + info.scalars_float[1];
const float l_1035 = l_1033 * l_1034;
const float l_1036 = min(l_1035, float(0.0));
const float l_1037 = abs(l_1035);
const float l_1038 = -l_1037;
const float l_1039 = exp(l_1038);
const float l_1040 = float(2.0) + l_1039;
const float l_1041 = l_1039 / l_1040;
const float l_1042 = l_1041 * l_1041;
l_mut_34 = float(0.05882352963089943);
const float l_1043 = l_1042 * l_mut_34;
const float l_1044 = float(0.06666667014360428) + l_1043;
l_mut_34 = l_1044;
const float l_1045 = l_1042 * l_mut_34;
const float l_1046 = float(0.07692307978868484) + l_1045;
l_mut_34 = l_1046;
const float l_1047 = l_1042 * l_mut_34;
const float l_1048 = float(0.09090909361839294) + l_1047;
l_mut_34 = l_1048;
const float l_1049 = l_1042 * l_mut_34;
const float l_1050 = float(0.1111111119389534) + l_1049;
l_mut_34 = l_1050;
const float l_1051 = l_1042 * l_mut_34;
const float l_1052 = float(0.1428571492433548) + l_1051;
l_mut_34 = l_1052;
const float l_1053 = l_1042 * l_mut_34;
const float l_1054 = float(0.20000000298023224) + l_1053;
l_mut_34 = l_1054;
const float l_1055 = l_1042 * l_mut_34;
const float l_1056 = float(0.3333333432674408) + l_1055;
l_mut_34 = l_1056;
const float l_1057 = l_1042 * l_mut_34;
const float l_1058 = float(1.0) + l_1057;
l_mut_34 = l_1058;
const float l_1059 = float(2.0) * l_1041;
const float l_1060 = l_1059 * l_mut_34;
const float l_1061 = l_1036 - l_1060;
const float l_1062 = l_arr_11[uint32(3)];
const float l_1063 = l_1062 + l_1061;
l_arr_11[uint32(3)] = l_1063;
const float l_1064 = -info.scalars_float[3];
const float l_1065 = l_1064 * l_1033;
const float l_1066 = l_1033 * l_1034;
const float l_1067 = exp(l_1066);
const float l_1068 = float(1.0) + l_1067;
const float l_1069 = l_1065 / l_1068;
const float l_1070 = l_1069 * l_mut_35;
const float l_1071 = l_arr_12[uint32(3)];
const float l_1072 = l_1071 + l_1070;
l_arr_12[uint32(3)] = l_1072;
const float l_1073 = l_arr_13[uint32(3)];
const float l_1074 = l_1073 + l_1069;
l_arr_13[uint32(3)] = l_1074;
const float l_1075 = info.scalars_float[0] * l_1069;
l_mut_35 = l_1075;
const uint32 l_1708 = info.static_meta[uint32(2)];
const uint32 l_1709 = l_1708 * uint32(1);
const bool l_1710 = l_957 < l_1709;
const uint32 l_1711 = l_1709 - uint32(1);
const uint32 l_1712 = min(l_957, l_1711);
const float l_1713 = buffer_2[l_1712];
const float l_1714 = (l_1710) ? l_1713 : float(0.0);
const float l_1076 = l_1714;
const uint32 l_1715 = info.static_meta[uint32(3)];
const uint32 l_1716 = l_1715 * uint32(1);
const bool l_1717 = l_1021 < l_1716;
const uint32 l_1718 = l_1716 - uint32(1);
const uint32 l_1719 = min(l_1021, l_1718);
const float l_1720 = buffer_3[l_1719];
const float l_1721 = (l_1717) ? l_1720 : float(0.0);
const float l_1077 = l_1721;
const float l_1078 = l_1076 * l_1077;
l_mut_35 = l_mut_35 / l_1078;
const uint32 l_1079 = l_957 - info.scalars_uint32[2];
const uint32 l_1080 = l_1079 * l_0;
const uint32 l_1081 = l_1080 + l_1021;
const uint32 l_1722 = info.static_meta[uint32(4)];
const uint32 l_1723 = l_1722 * uint32(1);
const bool l_1724 = l_1081 < l_1723;
if (l_1724) {
buffer_4[l_1081] = l_mut_35;
}
}
const uint32 l_1082 = l_mut_15 + l_7;
const uint32 l_1083 = l_1082 + uint32(32);
const bool l_1084 = l_957 < l_5;
const bool l_1085 = l_1083 < l_0;
const bool l_1086 = l_1084 && l_1085;
if (l_1086) {
const float l_1087 = l_arr_10[uint32(14)];
const float l_1088 = info.scalars_float[0] * l_1087;
l_mut_35 = l_1088;
const uint32 l_1725 = info.static_meta[uint32(2)];
const uint32 l_1726 = l_1725 * uint32(1);
const bool l_1727 = l_957 < l_1726;
const uint32 l_1728 = l_1726 - uint32(1);
const uint32 l_1729 = min(l_957, l_1728);
const float l_1730 = buffer_2[l_1729];
const float l_1731 = (l_1727) ? l_1730 : float(0.0);
const float l_1089 = l_1731;
const uint32 l_1732 = info.static_meta[uint32(3)];
const uint32 l_1733 = l_1732 * uint32(1);
const bool l_1734 = l_1083 < l_1733;
const uint32 l_1735 = l_1733 - uint32(1);
const uint32 l_1736 = min(l_1083, l_1735);
const float l_1737 = buffer_3[l_1736];
const float l_1738 = (l_1734) ? l_1737 : float(0.0);
const float l_1090 = l_1738;
const float l_1091 = l_1089 * l_1090;
l_mut_35 = l_mut_35 / l_1091;
const uint32 l_1092 = l_957 + info.scalars_uint32[0];
const uint32 l_1093 = l_1083 + info.scalars_uint32[1];
const bool l_1094 = l_1092 == l_1093;
const float l_1095 = (l_1094) ? float(1.0) : float(-1.0);
const float l_1096 = l_mut_35 + info.scalars_float[1];
const float l_1097 = l_1095 * l_1096;
const float l_1098 = min(l_1097, float(0.0));
const float l_1099 = abs(l_1097);
const float l_1100 = -l_1099;
const float l_1101 = exp(l_1100);
const float l_1102 = float(2.0) + l_1101;
const float l_1103 = l_1101 / l_1102;
const float l_1104 = l_1103 * l_1103;
l_mut_34 = float(0.05882352963089943);
const float l_1105 = l_1104 * l_mut_34;
const float l_1106 = float(0.06666667014360428) + l_1105;
l_mut_34 = l_1106;
const float l_1107 = l_1104 * l_mut_34;
const float l_1108 = float(0.07692307978868484) + l_1107;
l_mut_34 = l_1108;
const float l_1109 = l_1104 * l_mut_34;
const float l_1110 = float(0.09090909361839294) + l_1109;
l_mut_34 = l_1110;
const float l_1111 = l_1104 * l_mut_34;
const float l_1112 = float(0.1111111119389534) + l_1111;
l_mut_34 = l_1112;
const float l_1113 = l_1104 * l_mut_34;
const float l_1114 = float(0.1428571492433548) + l_1113;
l_mut_34 = l_1114;
const float l_1115 = l_1104 * l_mut_34;
const float l_1116 = float(0.20000000298023224) + l_1115;
l_mut_34 = l_1116;
const float l_1117 = l_1104 * l_mut_34;
const float l_1118 = float(0.3333333432674408) + l_1117;
l_mut_34 = l_1118;
const float l_1119 = l_1104 * l_mut_34;
const float l_1120 = float(1.0) + l_1119;
l_mut_34 = l_1120;
const float l_1121 = float(2.0) * l_1103;
const float l_1122 = l_1121 * l_mut_34;
const float l_1123 = l_1098 - l_1122;
const float l_1124 = l_arr_11[uint32(3)];
const float l_1125 = l_1124 + l_1123;
l_arr_11[uint32(3)] = l_1125;
const float l_1126 = -info.scalars_float[3];
const float l_1127 = l_1126 * l_1095;
const float l_1128 = l_1095 * l_1096;
const float l_1129 = exp(l_1128);
const float l_1130 = float(1.0) + l_1129;
const float l_1131 = l_1127 / l_1130;
const float l_1132 = l_1131 * l_mut_35;
const float l_1133 = l_arr_12[uint32(3)];
const float l_1134 = l_1133 + l_1132;
l_arr_12[uint32(3)] = l_1134;
const float l_1135 = l_arr_13[uint32(3)];
const float l_1136 = l_1135 + l_1131;
l_arr_13[uint32(3)] = l_1136;
const float l_1137 = info.scalars_float[0] * l_1131;
l_mut_35 = l_1137;
const uint32 l_1739 = info.static_meta[uint32(2)];
const uint32 l_1740 = l_1739 * uint32(1);
const bool l_1741 = l_957 < l_1740;
const uint32 l_1742 = l_1740 - uint32(1);
const uint32 l_1743 = min(l_957, l_1742);
const float l_1744 = buffer_2[l_1743];
const float l_1745 = (l_1741) ? l_1744 : float(0.0);
const float l_1138 = l_1745;
const uint32 l_1746 = info.static_meta[uint32(3)];
const uint32 l_1747 = l_1746 * uint32(1);
const bool l_1748 = l_1083 < l_1747;
const uint32 l_1749 = l_1747 - uint32(1);
const uint32 l_1750 = min(l_1083, l_1749);
const float l_1751 = buffer_3[l_1750];
const float l_1752 = (l_1748) ? l_1751 : float(0.0);
const float l_1139 = l_1752;
const float l_1140 = l_1138 * l_1139;
l_mut_35 = l_mut_35 / l_1140;
const uint32 l_1141 = l_957 - info.scalars_uint32[2];
const uint32 l_1142 = l_1141 * l_0;
const uint32 l_1143 = l_1142 + l_1083;
const uint32 l_1753 = info.static_meta[uint32(4)];
const uint32 l_1754 = l_1753 * uint32(1);
const bool l_1755 = l_1143 < l_1754;
if (l_1755) {
buffer_4[l_1143] = l_mut_35;
}
}
const uint32 l_1144 = l_mut_15 + l_7;
const uint32 l_1145 = l_1144 + uint32(48);
const bool l_1146 = l_957 < l_5;
const bool l_1147 = l_1145 < l_0;
const bool l_1148 = l_1146 && l_1147;
if (l_1148) {
const float l_1149 = l_arr_10[uint32(15)];
const float l_1150 = info.scalars_float[0] * l_1149;
l_mut_35 = l_1150;
const uint32 l_1756 = info.static_meta[uint32(2)];
const uint32 l_1757 = l_1756 * uint32(1);
const bool l_1758 = l_957 < l_1757;
const uint32 l_1759 = l_1757 - uint32(1);
const uint32 l_1760 = min(l_957, l_1759);
const float l_1761 = buffer_2[l_1760];
const float l_1762 = (l_1758) ? l_1761 : float(0.0);
const float l_1151 = l_1762;
const uint32 l_1763 = info.static_meta[uint32(3)];
const uint32 l_1764 = l_1763 * uint32(1);
const bool l_1765 = l_1145 < l_1764;
const uint32 l_1766 = l_1764 - uint32(1);
const uint32 l_1767 = min(l_1145, l_1766);
const float l_1768 = buffer_3[l_1767];
const float l_1769 = (l_1765) ? l_1768 : float(0.0);
const float l_1152 = l_1769;
const float l_1153 = l_1151 * l_1152;
l_mut_35 = l_mut_35 / l_1153;
const uint32 l_1154 = l_957 + info.scalars_uint32[0];
const uint32 l_1155 = l_1145 + info.scalars_uint32[1];
const bool l_1156 = l_1154 == l_1155;
const float l_1157 = (l_1156) ? float(1.0) : float(-1.0);
const float l_1158 = l_mut_35 + info.scalars_float[1];
const float l_1159 = l_1157 * l_1158;
const float l_1160 = min(l_1159, float(0.0));
const float l_1161 = abs(l_1159);
const float l_1162 = -l_1161;
const float l_1163 = exp(l_1162);
const float l_1164 = float(2.0) + l_1163;
const float l_1165 = l_1163 / l_1164;
const float l_1166 = l_1165 * l_1165;
l_mut_34 = float(0.05882352963089943);
const float l_1167 = l_1166 * l_mut_34;
const float l_1168 = float(0.06666667014360428) + l_1167;
l_mut_34 = l_1168;
const float l_1169 = l_1166 * l_mut_34;
const float l_1170 = float(0.07692307978868484) + l_1169;
l_mut_34 = l_1170;
const float l_1171 = l_1166 * l_mut_34;
const float l_1172 = float(0.09090909361839294) + l_1171;
l_mut_34 = l_1172;
const float l_1173 = l_1166 * l_mut_34;
const float l_1174 = float(0.1111111119389534) + l_1173;
l_mut_34 = l_1174;
const float l_1175 = l_1166 * l_mut_34;
const float l_1176 = float(0.1428571492433548) + l_1175;
l_mut_34 = l_1176;
const float l_1177 = l_1166 * l_mut_34;
const float l_1178 = float(0.20000000298023224) + l_1177;
l_mut_34 = l_1178;
const float l_1179 = l_1166 * l_mut_34;
const float l_1180 = float(0.3333333432674408) + l_1179;
l_mut_34 = l_1180;
const float l_1181 = l_1166 * l_mut_34;
const float l_1182 = float(1.0) + l_1181;
l_mut_34 = l_1182;
const float l_1183 = float(2.0) * l_1165;
const float l_1184 = l_1183 * l_mut_34;
const float l_1185 = l_1160 - l_1184;
const float l_1186 = l_arr_11[uint32(3)];
const float l_1187 = l_1186 + l_1185;
l_arr_11[uint32(3)] = l_1187;
const float l_1188 = -info.scalars_float[3];
const float l_1189 = l_1188 * l_1157;
const float l_1190 = l_1157 * l_1158;
const float l_1191 = exp(l_1190);
const float l_1192 = float(1.0) + l_1191;
const float l_1193 = l_1189 / l_1192;
const float l_1194 = l_1193 * l_mut_35;
const float l_1195 = l_arr_12[uint32(3)];
const float l_1196 = l_1195 + l_1194;
l_arr_12[uint32(3)] = l_1196;
const float l_1197 = l_arr_13[uint32(3)];
const float l_1198 = l_1197 + l_1193;
l_arr_13[uint32(3)] = l_1198;
const float l_1199 = info.scalars_float[0] * l_1193;
l_mut_35 = l_1199;
const uint32 l_1770 = info.static_meta[uint32(2)];
const uint32 l_1771 = l_1770 * uint32(1);
const bool l_1772 = l_957 < l_1771;
const uint32 l_1773 = l_1771 - uint32(1);
const uint32 l_1774 = min(l_957, l_1773);
const float l_1775 = buffer_2[l_1774];
const float l_1776 = (l_1772) ? l_1775 : float(0.0);
const float l_1200 = l_1776;
const uint32 l_1777 = info.static_meta[uint32(3)];
const uint32 l_1778 = l_1777 * uint32(1);
const bool l_1779 = l_1145 < l_1778;
const uint32 l_1780 = l_1778 - uint32(1);
const uint32 l_1781 = min(l_1145, l_1780);
const float l_1782 = buffer_3[l_1781];
const float l_1783 = (l_1779) ? l_1782 : float(0.0);
const float l_1201 = l_1783;
const float l_1202 = l_1200 * l_1201;
l_mut_35 = l_mut_35 / l_1202;
const uint32 l_1203 = l_957 - info.scalars_uint32[2];
const uint32 l_1204 = l_1203 * l_0;
const uint32 l_1205 = l_1204 + l_1145;
const uint32 l_1784 = info.static_meta[uint32(4)];
const uint32 l_1785 = l_1784 * uint32(1);
const bool l_1786 = l_1205 < l_1785;
if (l_1786) {
buffer_4[l_1205] = l_mut_35;
}
}
const uint32 l_1206 = info.scalars_uint32[4] * uint32(64);
l_mut_15 = l_mut_15 + l_1206;
}
const uint32 l_1207 = l_6 + uint32(0);
const uint32 l_1208 = l_1207 * uint32(16);
const uint32 l_1209 = l_1208 + l_7;
const float l_1210 = l_arr_11[uint32(0)];
shared_memory_8[l_1209] = l_1210;
const uint32 l_1211 = l_1207 * uint32(16);
const uint32 l_1212 = uint32(1024) + l_1211;
const uint32 l_1213 = l_1212 + l_7;
const float l_1214 = l_arr_12[uint32(0)];
shared_memory_8[l_1213] = l_1214;
const uint32 l_1215 = l_1207 * uint32(16);
const uint32 l_1216 = uint32(2048) + l_1215;
const uint32 l_1217 = l_1216 + l_7;
const float l_1218 = l_arr_13[uint32(0)];
shared_memory_8[l_1217] = l_1218;
const uint32 l_1219 = l_6 + uint32(16);
const uint32 l_1220 = l_1219 * uint32(16);
const uint32 l_1221 = l_1220 + l_7;
const float l_1222 = l_arr_11[uint32(1)];
shared_memory_8[l_1221] = l_1222;
const uint32 l_1223 = l_1219 * uint32(16);
const uint32 l_1224 = uint32(1024) + l_1223;
const uint32 l_1225 = l_1224 + l_7;
const float l_1226 = l_arr_12[uint32(1)];
shared_memory_8[l_1225] = l_1226;
const uint32 l_1227 = l_1219 * uint32(16);
const uint32 l_1228 = uint32(2048) + l_1227;
const uint32 l_1229 = l_1228 + l_7;
const float l_1230 = l_arr_13[uint32(1)];
shared_memory_8[l_1229] = l_1230;
const uint32 l_1231 = l_6 + uint32(32);
const uint32 l_1232 = l_1231 * uint32(16);
const uint32 l_1233 = l_1232 + l_7;
const float l_1234 = l_arr_11[uint32(2)];
shared_memory_8[l_1233] = l_1234;
const uint32 l_1235 = l_1231 * uint32(16);
const uint32 l_1236 = uint32(1024) + l_1235;
const uint32 l_1237 = l_1236 + l_7;
const float l_1238 = l_arr_12[uint32(2)];
shared_memory_8[l_1237] = l_1238;
const uint32 l_1239 = l_1231 * uint32(16);
const uint32 l_1240 = uint32(2048) + l_1239;
const uint32 l_1241 = l_1240 + l_7;
const float l_1242 = l_arr_13[uint32(2)];
shared_memory_8[l_1241] = l_1242;
const uint32 l_1243 = l_6 + uint32(48);
const uint32 l_1244 = l_1243 * uint32(16);
const uint32 l_1245 = l_1244 + l_7;
const float l_1246 = l_arr_11[uint32(3)];
shared_memory_8[l_1245] = l_1246;
const uint32 l_1247 = l_1243 * uint32(16);
const uint32 l_1248 = uint32(1024) + l_1247;
const uint32 l_1249 = l_1248 + l_7;
const float l_1250 = l_arr_12[uint32(3)];
shared_memory_8[l_1249] = l_1250;
const uint32 l_1251 = l_1243 * uint32(16);
const uint32 l_1252 = uint32(2048) + l_1251;
const uint32 l_1253 = l_1252 + l_7;
const float l_1254 = l_arr_13[uint32(3)];
shared_memory_8[l_1253] = l_1254;
__syncthreads();

const bool l_1255 = threadIdxGlobal < uint32(64);
if (l_1255) {
const uint32 l_1256 = l_4 + threadIdxGlobal;
const bool l_1257 = l_1256 < l_5;
if (l_1257) {
l_mut_35 = float(0.0);
l_mut_34 = float(0.0);
l_mut_1258 = float(0.0);

for (uint32 l_mut_1259 = uint32(0); l_mut_1259 < uint32(16); ++l_mut_1259) {
const uint32 l_1260 = threadIdxGlobal * uint32(16);
const uint32 l_1261 = l_1260 + l_mut_1259;
const float l_1262 = shared_memory_8[l_1261];
l_mut_35 = l_mut_35 + l_1262;
const uint32 l_1263 = threadIdxGlobal * uint32(16);
const uint32 l_1264 = uint32(1024) + l_1263;
const uint32 l_1265 = l_1264 + l_mut_1259;
const float l_1266 = shared_memory_8[l_1265];
l_mut_34 = l_mut_34 + l_1266;
const uint32 l_1267 = threadIdxGlobal * uint32(16);
const uint32 l_1268 = uint32(2048) + l_1267;
const uint32 l_1269 = l_1268 + l_mut_1259;
const float l_1270 = shared_memory_8[l_1269];
l_mut_1258 = l_mut_1258 + l_1270;
}
const uint32 l_1271 = l_1256 * info.scalars_uint32[4];
const uint32 l_1272 = l_1271 + l_1;
const float l_1273 = info.scalars_float[2] * l_mut_35;
const uint32 l_1787 = info.static_meta[uint32(5)];
const uint32 l_1788 = l_1787 * uint32(1);
const bool l_1789 = l_1272 < l_1788;
if (l_1789) {
buffer_5[l_1272] = l_1273;
}
const uint32 l_1274 = uint32(2) * l_1272;
const uint32 l_1790 = info.static_meta[uint32(6)];
const uint32 l_1791 = l_1790 * uint32(1);
const bool l_1792 = l_1274 < l_1791;
if (l_1792) {
buffer_6[l_1274] = l_mut_34;
}
const uint32 l_1275 = uint32(2) * l_1272;
const uint32 l_1276 = l_1275 + uint32(1);
const uint32 l_1793 = info.static_meta[uint32(6)];
const uint32 l_1794 = l_1793 * uint32(1);
const bool l_1795 = l_1276 < l_1794;
if (l_1795) {
buffer_6[l_1276] = l_mut_1258;
}
}
}
}

}
// ==== launch 0: matmul_kernel_c_f32_a_f32_b_f32_h_f32_o_f32 (sigmoid_loss), cube_dim 256x1x1
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
    uint32 static_meta[16];
};


extern "C" __global__ void __launch_bounds__(256)matmul_kernel_c_f32_a_f32_b_f32_h_f32_o_f32 (
    const float* __restrict__ buffer_0, const float* __restrict__ buffer_1, float* buffer_2, const uint32* __restrict__ dynamic_meta, const __grid_constant__ info_st info
) {
uint32 threadIdxGlobal = threadIdx.x + threadIdx.y * blockDim.x + threadIdx.z * (blockDim.x * blockDim.y);
extern __shared__ __align__(4) uint8 dynamic_shared_mem[];
// Shared array size: 2176, 8704 bytes
float *shared_memory_14 = reinterpret_cast<float*>(&dynamic_shared_mem[0]);
float l_arr_15[16];

float l_arr_16[4];

float l_arr_17[4];

float l_mut_29;
uint32 l_mut_11;
uint32 l_mut_12;
uint32 l_mut_13;
uint32 l_mut_25;
uint32 l_mut_26;
uint32 l_mut_44;
uint32 l_mut_45;
const uint32 l_0 = dynamic_meta[info.static_meta[uint32(9)] + uint32(0)];
const uint32 l_1 = dynamic_meta[info.static_meta[uint32(9)] + uint32(1)];
const uint32 l_2 = dynamic_meta[info.static_meta[uint32(10)] + uint32(1)];
const uint32 l_3 = dynamic_meta[info.static_meta[uint32(12)] + uint32(0)];
const uint32 l_4 = dynamic_meta[info.static_meta[uint32(12)] + uint32(1)];
const uint32 l_5 = dynamic_meta[info.static_meta[uint32(13)] + uint32(0)];
const uint32 l_6 = dynamic_meta[info.static_meta[uint32(13)] + uint32(1)];
const uint32 l_7 = threadIdxGlobal / uint32(16);
const uint32 l_8 = threadIdxGlobal % uint32(16);
const uint32 l_9 = blockIdx.y * uint32(64);
const uint32 l_10 = blockIdx.x * uint32(64);
l_mut_11 = blockIdx.z;
l_mut_12 = uint32(0);
l_mut_11 = blockIdx.z;
l_mut_13 = uint32(0);
l_arr_15[uint32(0)] = float(0.0);
l_arr_15[uint32(1)] = float(0.0);
l_arr_15[uint32(2)] = float(0.0);
l_arr_15[uint32(3)] = float(0.0);
l_arr_15[uint32(4)] = float(0.0);
l_arr_15[uint32(5)] = float(0.0);
l_arr_15[uint32(6)] = float(0.0);
l_arr_15[uint32(7)] = float(0.0);
l_arr_15[uint32(8)] = float(0.0);
l_arr_15[uint32(9)] = float(0.0);
l_arr_15[uint32(10)] = float(0.0);
l_arr_15[uint32(11)] = float(0.0);
l_arr_15[uint32(12)] = float(0.0);
l_arr_15[uint32(13)] = float(0.0);
l_arr_15[uint32(14)] = float(0.0);
l_arr_15[uint32(15)] = float(0.0);
const bool l_18 = l_4 == uint32(1);
const bool l_19 = l_5 == uint32(1);
l_mut_11 = uint32(0);
while (true) {
const bool l_20 = l_mut_11 < l_1;
const bool l_21 = !l_20;
if (l_21) {
break;}
const uint32 l_22 = threadIdxGlobal + uint32(0);
if (l_18) {
const uint32 l_23 = l_22 / uint32(16);
const uint32 l_24 = l_22 % uint32(16);
l_mut_25 = l_23;
l_mut_26 = l_24;
} else {
const uint32 l_27 = l_22 % uint32(64);
const uint32 l_28 = l_22 / uint32(64);
l_mut_25 = l_27;
l_mut_26 = l_28;
}
l_mut_29 = float(0.0);
const uint32 l_30 = l_9 + l_mut_25;
const bool l_31 = l_30 < l_0;
const uint32 l_32 = l_mut_11 + l_mut_26;
const bool l_33 = l_32 < l_1;
const bool l_34 = l_31 && l_33;
if (l_34) {
const uint32 l_35 = l_9 + l_mut_25;
const uint32 l_36 = l_35 * l_3;
const uint32 l_37 = l_mut_12 + l_36;
const uint32 l_38 = l_mut_11 + l_mut_26;
const uint32 l_39 = l_38 * l_4;
const uint32 l_40 = l_37 + l_39;
const uint32 l_536 = info.static_meta[uint32(0)];
const uint32 l_537 = l_536 * uint32(1);
const bool l_538 = l_40 < l_537;
const uint32 l_539 = l_537 - uint32(1);
const uint32 l_540 = min(l_40, l_539);
const float l_541 = buffer_0[l_540];
const float l_542 = (l_538) ? l_541 : float(0.0);
const float l_41 = l_542;
l_mut_29 = l_41;
}
l_arr_16[uint32(0)] = l_mut_29;
if (l_19) {
const uint32 l_42 = l_22 / uint32(16);
const uint32 l_43 = l_22 % uint32(16);
l_mut_44 = l_42;
l_mut_45 = l_43;
} else {
const uint32 l_46 = l_22 % uint32(64);
const uint32 l_47 = l_22 / uint32(64);
l_mut_44 = l_46;
l_mut_45 = l_47;
}
l_mut_29 = float(0.0);
const uint32 l_48 = l_10 + l_mut_44;
const bool l_49 = l_48 < l_2;
const uint32 l_50 = l_mut_11 + l_mut_45;
const bool l_51 = l_50 < l_1;
const bool l_52 = l_49 && l_51;
if (l_52) {
const uint32 l_53 = l_mut_11 + l_mut_45;
const uint32 l_54 = l_53 * l_5;
const uint32 l_55 = l_mut_13 + l_54;
const uint32 l_56 = l_10 + l_mut_44;
const uint32 l_57 = l_56 * l_6;
const uint32 l_58 = l_55 + l_57;
const uint32 l_543 = info.static_meta[uint32(1)];
const uint32 l_544 = l_543 * uint32(1);
const bool l_545 = l_58 < l_544;
const uint32 l_546 = l_544 - uint32(1);
const uint32 l_547 = min(l_58, l_546);
const float l_548 = buffer_1[l_547];
const float l_549 = (l_545) ? l_548 : float(0.0);
const float l_59 = l_549;
l_mut_29 = l_59;
}
l_arr_17[uint32(0)] = l_mut_29;
const uint32 l_60 = threadIdxGlobal + uint32(256);
if (l_18) {
const uint32 l_61 = l_60 / uint32(16);
const uint32 l_62 = l_60 % uint32(16);
l_mut_45 = l_61;
l_mut_44 = l_62;
} else {
const uint32 l_63 = l_60 % uint32(64);
const uint32 l_64 = l_60 / uint32(64);
l_mut_45 = l_63;
l_mut_44 = l_64;
}
l_mut_29 = float(0.0);
const uint32 l_65 = l_9 + l_mut_45;
const bool l_66 = l_65 < l_0;
const uint32 l_67 = l_mut_11 + l_mut_44;
const bool l_68 = l_67 < l_1;
const bool l_69 = l_66 && l_68;
if (l_69) {
const uint32 l_70 = l_9 + l_mut_45;
const uint32 l_71 = l_70 * l_3;
const uint32 l_72 = l_mut_12 + l_71;
const uint32 l_73 = l_mut_11 + l_mut_44;
const uint32 l_74 = l_73 * l_4;
const uint32 l_75 = l_72 + l_74;
const uint32 l_550 = info.static_meta[uint32(0)];
const uint32 l_551 = l_550 * uint32(1);
const bool l_552 = l_75 < l_551;
const uint32 l_553 = l_551 - uint32(1);
const uint32 l_554 = min(l_75, l_553);
const float l_555 = buffer_0[l_554];
const float l_556 = (l_552) ? l_555 : float(0.0);
const float l_76 = l_556;
l_mut_29 = l_76;
}
l_arr_16[uint32(1)] = l_mut_29;
if (l_19) {
const uint32 l_77 = l_60 / uint32(16);
const uint32 l_78 = l_60 % uint32(16);
l_mut_26 = l_77;
l_mut_25 = l_78;
} else {
const uint32 l_79 = l_60 % uint32(64);
const uint32 l_80 = l_60 / uint32(64);
l_mut_26 = l_79;
l_mut_25 = l_80;
}
l_mut_29 = float(0.0);
const uint32 l_81 = l_10 + l_mut_26;
const bool l_82 = l_81 < l_2;
const uint32 l_83 = l_mut_11 + l_mut_25;
const bool l_84 = l_83 < l_1;
const bool l_85 = l_82 && l_84;
if (l_85) {
const uint32 l_86 = l_mut_11 + l_mut_25;
const uint32 l_87 = l_86 * l_5;
const uint32 l_88 = l_mut_13 + l_87;
const uint32 l_89 = l_10 + l_mut_26;
const uint32 l_90 = l_89 * l_6;
const uint32 l_91 = l_88 + l_90;
const uint32 l_557 = info.static_meta[uint32(1)];
const uint32 l_558 = l_557 * uint32(1);
const bool l_559 = l_91 < l_558;
const uint32 l_560 = l_558 - uint32(1);
const uint32 l_561 = min(l_91, l_560);
const float l_562 = buffer_1[l_561];
const float l_563 = (l_559) ? l_562 : float(0.0);
const float l_92 = l_563;
l_mut_29 = l_92;
}
l_arr_17[uint32(1)] = l_mut_29;
const uint32 l_93 = threadIdxGlobal + uint32(512);
if (l_18) {
const uint32 l_94 = l_93 / uint32(16);
const uint32 l_95 = l_93 % uint32(16);
l_mut_45 = l_94;
l_mut_44 = l_95;
} else {
const uint32 l_96 = l_93 % uint32(64);
const uint32 l_97 = l_93 / uint32(64);
l_mut_45 = l_96;
l_mut_44 = l_97;
}
l_mut_29 = float(0.0);
const uint32 l_98 = l_9 + l_mut_45;
const bool l_99 = l_98 < l_0;
const uint32 l_100 = l_mut_11 + l_mut_44;
const bool l_101 = l_100 < l_1;
const bool l_102 = l_99 && l_101;
if (l_102) {
const uint32 l_103 = l_9 + l_mut_45;
const uint32 l_104 = l_103 * l_3;
const uint32 l_105 = l_mut_12 + l_104;
const uint32 l_106 = l_mut_11 + l_mut_44;
const uint32 l_107 = l_106 * l_4;
const uint32 l_108 = l_105 + l_107;
const uint32 l_564 = info.static_meta[uint32(0)];
const uint32 l_565 = l_564 * uint32(1);
const bool l_566 = l_108 < l_565;
const uint32 l_567 = l_565 - uint32(1);
const uint32 l_568 = min(l_108, l_567);
const float l_569 = buffer_0[l_568];
const float l_570 = (l_566) ? l_569 : float(0.0);
const float l_109 = l_570;
l_mut_29 = l_109;
}
l_arr_16[uint32(2)] = l_mut_29;
if (l_19) {
const uint32 l_110 = l_93 / uint32(16);
const uint32 l_111 = l_93 % uint32(16);
l_mut_26 = l_110;
l_mut_25 = l_111;
} else {
const uint32 l_112 = l_93 % uint32(64);
const uint32 l_113 = l_93 / uint32(64);
l_mut_26 = l_112;
l_mut_25 = l_113;
}
l_mut_29 = float(0.0);
const uint32 l_114 = l_10 + l_mut_26;
const bool l_115 = l_114 < l_2;
const uint32 l_116 = l_mut_11 + l_mut_25;
const bool l_117 = l_116 < l_1;
const bool l_118 = l_115 && l_117;
if (l_118) {
const uint32 l_119 = l_mut_11 + l_mut_25;
const uint32 l_120 = l_119 * l_5;
const uint32 l_121 = l_mut_13 + l_120;
const uint32 l_122 = l_10 + l_mut_26;
const uint32 l_123 = l_122 * l_6;
const uint32 l_124 = l_121 + l_123;
const uint32 l_571 = info.static_meta[uint32(1)];
const uint32 l_572 = l_571 * uint32(1);
const bool l_573 = l_124 < l_572;
const uint32 l_574 = l_572 - uint32(1);
const uint32 l_575 = min(l_124, l_574);
const float l_576 = buffer_1[l_575];
const float l_577 = (l_573) ? l_576 : float(0.0);
const float l_125 = l_577;
l_mut_29 = l_125;
}
l_arr_17[uint32(2)] = l_mut_29;
const uint32 l_126 = threadIdxGlobal + uint32(768);
if (l_18) {
const uint32 l_127 = l_126 / uint32(16);
const uint32 l_128 = l_126 % uint32(16);
l_mut_45 = l_127;
l_mut_44 = l_128;
} else {
const uint32 l_129 = l_126 % uint32(64);
const uint32 l_130 = l_126 / uint32(64);
l_mut_45 = l_129;
l_mut_44 = l_130;
}
l_mut_29 = float(0.0);
const uint32 l_131 = l_9 + l_mut_45;
const bool l_132 = l_131 < l_0;
const uint32 l_133 = l_mut_11 + l_mut_44;
const bool l_134 = l_133 < l_1;
const bool l_135 = l_132 && l_134;
if (l_135) {
const uint32 l_136 = l_9 + l_mut_45;
const uint32 l_137 = l_136 * l_3;
const uint32 l_138 = l_mut_12 + l_137;
const uint32 l_139 = l_mut_11 + l_mut_44;
const uint32 l_140 = l_139 * l_4;
const uint32 l_141 = l_138 + l_140;
const uint32 l_578 = info.static_meta[uint32(0)];
const uint32 l_579 = l_578 * uint32(1);
const bool l_580 = l_141 < l_579;
const uint32 l_581 = l_579 - uint32(1);
const uint32 l_582 = min(l_141, l_581);
const float l_583 = buffer_0[l_582];
const float l_584 = (l_580) ? l_583 : float(0.0);
const float l_142 = l_584;
l_mut_29 = l_142;
}
l_arr_16[uint32(3)] = l_mut_29;
if (l_19) {
const uint32 l_143 = l_126 / uint32(16);
const uint32 l_144 = l_126 % uint32(16);
l_mut_26 = l_143;
l_mut_25 = l_144;
} else {
const uint32 l_145 = l_126 % uint32(64);
const uint32 l_146 = l_126 / uint32(64);
l_mut_26 = l_145;
l_mut_25 = l_146;
}
l_mut_29 = float(0.0);
const uint32 l_147 = l_10 + l_mut_26;
const bool l_148 = l_147 < l_2;
const uint32 l_149 = l_mut_11 + l_mut_25;
const bool l_150 = l_149 < l_1;
const bool l_151 = l_148 && l_150;
if (l_151) {
const uint32 l_152 = l_mut_11 + l_mut_25;
const uint32 l_153 = l_152 * l_5;
const uint32 l_154 = l_mut_13 + l_153;
const uint32 l_155 = l_10 + l_mut_26;
const uint32 l_156 = l_155 * l_6;
const uint32 l_157 = l_154 + l_156;
const uint32 l_585 = info.static_meta[uint32(1)];
const uint32 l_586 = l_585 * uint32(1);
const bool l_587 = l_157 < l_586;
const uint32 l_588 = l_586 - uint32(1);
const uint32 l_589 = min(l_157, l_588);
const float l_590 = buffer_1[l_589];
const float l_591 = (l_587) ? l_590 : float(0.0);
const float l_158 = l_591;
l_mut_29 = l_158;
}
l_arr_17[uint32(3)] = l_mut_29;
const uint32 l_159 = threadIdxGlobal + uint32(0);
if (l_18) {
const uint32 l_160 = l_159 / uint32(16);
const uint32 l_161 = l_159 % uint32(16);
l_mut_45 = l_160;
l_mut_44 = l_161;
} else {
const uint32 l_162 = l_159 % uint32(64);
const uint32 l_163 = l_159 / uint32(64);
l_mut_45 = l_162;
l_mut_44 = l_163;
}
const uint32 l_164 = l_mut_45 * uint32(17);
const uint32 l_165 = l_164 + l_mut_44;
const float l_166 = l_arr_16[uint32(0)];
shared_memory_14[l_165] = l_166;
if (l_19) {
const uint32 l_167 = l_159 / uint32(16);
const uint32 l_168 = l_159 % uint32(16);
l_mut_26 = l_167;
l_mut_25 = l_168;
} else {
const uint32 l_169 = l_159 % uint32(64);
const uint32 l_170 = l_159 / uint32(64);
l_mut_26 = l_169;
l_mut_25 = l_170;
}
const uint32 l_171 = l_mut_26 * uint32(17);
const uint32 l_172 = uint32(1088) + l_171;
const uint32 l_173 = l_172 + l_mut_25;
const float l_174 = l_arr_17[uint32(0)];
shared_memory_14[l_173] = l_174;
const uint32 l_175 = threadIdxGlobal + uint32(256);
if (l_18) {
const uint32 l_176 = l_175 / uint32(16);
const uint32 l_177 = l_175 % uint32(16);
l_mut_45 = l_176;
l_mut_44 = l_177;
} else {
const uint32 l_178 = l_175 % uint32(64);
const uint32 l_179 = l_175 / uint32(64);
l_mut_45 = l_178;
l_mut_44 = l_179;
}
const uint32 l_180 = l_mut_45 * uint32(17);
const uint32 l_181 = l_180 + l_mut_44;
const float l_182 = l_arr_16[uint32(1)];
shared_memory_14[l_181] = l_182;
if (l_19) {
const uint32 l_183 = l_175 / uint32(16);
const uint32 l_184 = l_175 % uint32(16);
l_mut_26 = l_183;
l_mut_25 = l_184;
} else {
const uint32 l_185 = l_175 % uint32(64);
const uint32 l_186 = l_175 / uint32(64);
l_mut_26 = l_185;
l_mut_25 = l_186;
}
const uint32 l_187 = l_mut_26 * uint32(17);
const uint32 l_188 = uint32(1088) + l_187;
const uint32 l_189 = l_188 + l_mut_25;
const float l_190 = l_arr_17[uint32(1)];
shared_memory_14[l_189] = l_190;
const uint32 l_191 = threadIdxGlobal + uint32(512);
if (l_18) {
const uint32 l_192 = l_191 / uint32(16);
const uint32 l_193 = l_191 % uint32(16);
l_mut_45 = l_192;
l_mut_44 = l_193;
} else {
const uint32 l_194 = l_191 % uint32(64);
const uint32 l_195 = l_191 / uint32(64);
l_mut_45 = l_194;
l_mut_44 = l_195;
}
const uint32 l_196 = l_mut_45 * uint32(17);
const uint32 l_197 = l_196 + l_mut_44;
const float l_198 = l_arr_16[uint32(2)];
shared_memory_14[l_197] = l_198;
if (l_19) {
const uint32 l_199 = l_191 / uint32(16);
const uint32 l_200 = l_191 % uint32(16);
l_mut_26 = l_199;
l_mut_25 = l_200;
} else {
const uint32 l_201 = l_191 % uint32(64);
const uint32 l_202 = l_191 / uint32(64);
l_mut_26 = l_201;
l_mut_25 = l_202;
}
const uint32 l_203 = l_mut_26 * uint32(17);
const uint32 l_204 = uint32(1088) + l_203;
const uint32 l_205 = l_204 + l_mut_25;
const float l_206 = l_arr_17[uint32(2)];
shared_memory_14[l_205] = l_206;
const uint32 l_207 = threadIdxGlobal + uint32(768);
if (l_18) {
const uint32 l_208 = l_207 / uint32(16);
const uint32 l_209 = l_207 % uint32(16);
l_mut_45 = l_208;
l_mut_44 = l_209;
} else {
const uint32 l_210 = l_207 % uint32(64);
const uint32 l_211 = l_207 / uint32(64);
l_mut_45 = l_210;
l_mut_44 = l_211;
}
const uint32 l_212 = l_mut_45 * uint32(17);
const uint32 l_213 = l_212 + l_mut_44;
const float l_214 = l_arr_16[uint32(3)];
shared_memory_14[l_213] = l_214;
if (l_19) {
const uint32 l_215 = l_207 / uint32(16);
const uint32 l_216 = l_207 % uint32(16);
l_mut_26 = l_215;
l_mut_25 = l_216;
} else {
const uint32 l_217 = l_207 % uint32(64);
const uint32 l_218 = l_207 / uint32(64);
l_mut_26 = l_217;
l_mut_25 = l_218;
}
const uint32 l_219 = l_mut_26 * uint32(17);
const uint32 l_220 = uint32(1088) + l_219;
const uint32 l_221 = l_220 + l_mut_25;
const float l_222 = l_arr_17[uint32(3)];
shared_memory_14[l_221] = l_222;
__syncthreads();


for (uint32 l_mut_223 = uint32(0); l_mut_223 < uint32(16); ++l_mut_223) {
const uint32 l_224 = l_7 + uint32(0);
const uint32 l_225 = l_224 * uint32(17);
const uint32 l_226 = l_225 + l_mut_223;
const float l_227 = shared_memory_14[l_226];
const uint32 l_228 = l_8 + uint32(0);
const uint32 l_229 = l_228 * uint32(17);
const uint32 l_230 = uint32(1088) + l_229;
const uint32 l_231 = l_230 + l_mut_223;
const float l_232 = shared_memory_14[l_231];
const float l_233 = l_227 * l_232;
const float l_234 = l_arr_15[uint32(0)];
const float l_235 = l_234 + l_233;
l_arr_15[uint32(0)] = l_235;
const uint32 l_236 = l_8 + uint32(16);
const uint32 l_237 = l_236 * uint32(17);
const uint32 l_238 = uint32(1088) + l_237;
const uint32 l_239 = l_238 + l_mut_223;
const float l_240 = shared_memory_14[l_239];
const float l_241 = l_227 * l_240;
const float l_242 = l_arr_15[uint32(1)];
const float l_243 = l_242 + l_241;
l_arr_15[uint32(1)] = l_243;
const uint32 l_244 = l_8 + uint32(32);
const uint32 l_245 = l_244 * uint32(17);
const uint32 l_246 = uint32(1088) + l_245;
const uint32 l_247 = l_246 + l_mut_223;
const float l_248 = shared_memory_14[l_247];
const float l_249 = l_227 * l_248;
const float l_250 = l_arr_15[uint32(2)];
const float l_251 = l_250 + l_249;
l_arr_15[uint32(2)] = l_251;
const uint32 l_252 = l_8 + uint32(48);
const uint32 l_253 = l_252 * uint32(17);
const uint32 l_254 = uint32(1088) + l_253;
const uint32 l_255 = l_254 + l_mut_223;
const float l_256 = shared_memory_14[l_255];
const float l_257 = l_227 * l_256;
const float l_258 = l_arr_15[uint32(3)];
const float l_259 = l_258 + l_257;
l_arr_15[uint32(3)] = l_259;
const uint32 l_260 = l_7 + uint32(16);
const uint32 l_261 = l_260 * uint32(17);
const uint32 l_262 = l_261 + l_mut_223;
const float l_263 = shared_memory_14[l_262];
const uint32 l_264 = l_8 + uint32(0);
const uint32 l_265 = l_264 * uint32(17);
const uint32 l_266 = uint32(1088) + l_265;
const uint32 l_267 = l_266 + l_mut_223;
const float l_268 = shared_memory_14[l_267];
const float l_269 = l_263 * l_268;
const float l_270 = l_arr_15[uint32(4)];
const float l_271 = l_270 + l_269;
l_arr_15[uint32(4)] = l_271;
const uint32 l_272 = l_8 + uint32(16);
const uint32 l_273 = l_272 * uint32(17);
const uint32 l_274 = uint32(1088) + l_273;
const uint32 l_275 = l_274 + l_mut_223;
const float l_276 = shared_memory_14[l_275];
const float l_277 = l_263 * l_276;
const float l_278 = l_arr_15[uint32(5)];
const float l_279 = l_278 + l_277;
l_arr_15[uint32(5)] = l_279;
const uint32 l_280 = l_8 + uint32(32);
const uint32 l_281 = l_280 * uint32(17);
const uint32 l_282 = uint32(1088) + l_281;
const uint32 l_283 = l_282 + l_mut_223;
const float l_284 = shared_memory_14[l_283];
const float l_285 = l_263 * l_284;
const float l_286 = l_arr_15[uint32(6)];
const float l_287 = l_286 + l_285;
l_arr_15[uint32(6)] = l_287;
const uint32 l_288 = l_8 + uint32(48);
const uint32 l_289 = l_288 * uint32(17);
const uint32 l_290 = uint32(1088) + l_289;
const uint32 l_291 = l_290 + l_mut_223;
const float l_292 = shared_memory_14[l_291];
const float l_293 = l_263 * l_292;
const float l_294 = l_arr_15[uint32(7)];
const float l_295 = l_294 + l_293;
l_arr_15[uint32(7)] = l_295;
const uint32 l_296 = l_7 + uint32(32);
const uint32 l_297 = l_296 * uint32(17);
const uint32 l_298 = l_297 + l_mut_223;
const float l_299 = shared_memory_14[l_298];
const uint32 l_300 = l_8 + uint32(0);
const uint32 l_301 = l_300 * uint32(17);
const uint32 l_302 = uint32(1088) + l_301;
const uint32 l_303 = l_302 + l_mut_223;
const float l_304 = shared_memory_14[l_303];
const float l_305 = l_299 * l_304;
const float l_306 = l_arr_15[uint32(8)];
const float l_307 = l_306 + l_305;
l_arr_15[uint32(8)] = l_307;
const uint32 l_308 = l_8 + uint32(16);
const uint32 l_309 = l_308 * uint32(17);
const uint32 l_310 = uint32(1088) + l_309;
const uint32 l_311 = l_310 + l_mut_223;
const float l_312 = shared_memory_14[l_311];
const float l_313 = l_299 * l_312;
const float l_314 = l_arr_15[uint32(9)];
const float l_315 = l_314 + l_313;
l_arr_15[uint32(9)] = l_315;
const uint32 l_316 = l_8 + uint32(32);
const uint32 l_317 = l_316 * uint32(17);
const uint32 l_318 = uint32(1088) + l_317;
const uint32 l_319 = l_318 + l_mut_223;
const float l_320 = shared_memory_14[l_319];
const float l_321 = l_299 * l_320;
const float l_322 = l_arr_15[uint32(10)];
const float l_323 = l_322 + l_321;
l_arr_15[uint32(10)] = l_323;
const uint32 l_324 = l_8 + uint32(48);
const uint32 l_325 = l_324 * uint32(17);
const uint32 l_326 = uint32(1088) + l_325;
const uint32 l_327 = l_326 + l_mut_223;
const float l_328 = shared_memory_14[l_327];
const float l_329 = l_299 * l_328;
const float l_330 = l_arr_15[uint32(11)];
const float l_331 = l_330 + l_329;
l_arr_15[uint32(11)] = l_331;
const uint32 l_332 = l_7 + uint32(48);
const uint32 l_333 = l_332 * uint32(17);
const uint32 l_334 = l_333 + l_mut_223;
const float l_335 = shared_memory_14[l_334];
const uint32 l_336 = l_8 + uint32(0);
const uint32 l_337 = l_336 * uint32(17);
const uint32 l_338 = uint32(1088) + l_337;
const uint32 l_339 = l_338 + l_mut_223;
const float l_340 = shared_memory_14[l_339];
const float l_341 = l_335 * l_340;
const float l_342 = l_arr_15[uint32(12)];
const float l_343 = l_342 + l_341;
l_arr_15[uint32(12)] = l_343;
const uint32 l_344 = l_8 + uint32(16);
const uint32 l_345 = l_344 * uint32(17);
const uint32 l_346 = uint32(1088) + l_345;
const uint32 l_347 = l_346 + l_mut_223;
const float l_348 = shared_memory_14[l_347];
const float l_349 = l_335 * l_348;
const float l_350 = l_arr_15[uint32(13)];
const float l_351 = l_350 + l_349;
l_arr_15[uint32(13)] = l_351;
const uint32 l_352 = l_8 + uint32(32);
const uint32 l_353 = l_352 * uint32(17);
const uint32 l_354 = uint32(1088) + l_353;
const uint32 l_355 = l_354 + l_mut_223;
const float l_356 = shared_memory_14[l_355];
const float l_357 = l_335 * l_356;
const float l_358 = l_arr_15[uint32(14)];
const float l_359 = l_358 + l_357;
l_arr_15[uint32(14)] = l_359;
const uint32 l_360 = l_8 + uint32(48);
const uint32 l_361 = l_360 * uint32(17);
const uint32 l_362 = uint32(1088) + l_361;
const uint32 l_363 = l_362 + l_mut_223;
const float l_364 = shared_memory_14[l_363];
const float l_365 = l_335 * l_364;
const float l_366 = l_arr_15[uint32(15)];
const float l_367 = l_366 + l_365;
l_arr_15[uint32(15)] = l_367;
}
__syncthreads();

l_mut_11 = l_mut_11 + uint32(16);
}
const uint32 l_368 = l_9 + l_7;
const uint32 l_369 = l_368 + uint32(0);
const uint32 l_370 = l_10 + l_8;
const uint32 l_371 = l_370 + uint32(0);
const bool l_372 = l_369 < l_0;
const bool l_373 = l_371 < l_2;
const bool l_374 = l_372 && l_373;
if (l_374) {
const uint32 l_375 = blockIdx.z * l_0;
const uint32 l_376 = l_375 + l_369;
const uint32 l_377 = l_376 * l_2;
const uint32 l_378 = l_377 + l_371;
const float l_379 = l_arr_15[uint32(0)];
const uint32 l_592 = info.static_meta[uint32(2)];
const uint32 l_593 = l_592 * uint32(1);
const bool l_594 = l_378 < l_593;
if (l_594) {
buffer_2[l_378] = l_379;
}
}
const uint32 l_380 = l_10 + l_8;
const uint32 l_381 = l_380 + uint32(16);
const bool l_382 = l_369 < l_0;
const bool l_383 = l_381 < l_2;
const bool l_384 = l_382 && l_383;
if (l_384) {
const uint32 l_385 = blockIdx.z * l_0;
const uint32 l_386 = l_385 + l_369;
const uint32 l_387 = l_386 * l_2;
const uint32 l_388 = l_387 + l_381;
const float l_389 = l_arr_15[uint32(1)];
const uint32 l_595 = info.static_meta[uint32(2)];
const uint32 l_596 = l_595 * uint32(1);
const bool l_597 = l_388 < l_596;
if (l_597) {
buffer_2[l_388] = l_389;
}
}
const uint32 l_390 = l_10 + l_8;
const uint32 l_391 = l_390 + uint32(32);
const bool l_392 = l_369 < l_0;
const bool l_393 = l_391 < l_2;
const bool l_394 = l_392 && l_393;
if (l_394) {
const uint32 l_395 = blockIdx.z * l_0;
const uint32 l_396 = l_395 + l_369;
const uint32 l_397 = l_396 * l_2;
const uint32 l_398 = l_397 + l_391;
const float l_399 = l_arr_15[uint32(2)];
const uint32 l_598 = info.static_meta[uint32(2)];
const uint32 l_599 = l_598 * uint32(1);
const bool l_600 = l_398 < l_599;
if (l_600) {
buffer_2[l_398] = l_399;
}
}
const uint32 l_400 = l_10 + l_8;
const uint32 l_401 = l_400 + uint32(48);
const bool l_402 = l_369 < l_0;
const bool l_403 = l_401 < l_2;
const bool l_404 = l_402 && l_403;
if (l_404) {
const uint32 l_405 = blockIdx.z * l_0;
const uint32 l_406 = l_405 + l_369;
const uint32 l_407 = l_406 * l_2;
const uint32 l_408 = l_407 + l_401;
const float l_409 = l_arr_15[uint32(3)];
const uint32 l_601 = info.static_meta[uint32(2)];
const uint32 l_602 = l_601 * uint32(1);
const bool l_603 = l_408 < l_602;
if (l_603) {
buffer_2[l_408] = l_409;
}
}
const uint32 l_410 = l_9 + l_7;
const uint32 l_411 = l_410 + uint32(16);
const uint32 l_412 = l_10 + l_8;
const uint32 l_413 = l_412 + uint32(0);
const bool l_414 = l_411 < l_0;
const bool l_415 = l_413 < l_2;
const bool l_416 = l_414 && l_415;
if (l_416) {
const uint32 l_417 = blockIdx.z * l_0;
const uint32 l_418 = l_417 + l_411;
const uint32 l_419 = l_418 * l_2;
const uint32 l_420 = l_419 + l_413;
const float l_421 = l_arr_15[uint32(4)];
const uint32 l_604 = info.static_meta[uint32(2)];
const uint32 l_605 = l_604 * uint32(1);
const bool l_606 = l_420 < l_605;
if (l_606) {
buffer_2[l_420] = l_421;
}
}
const uint32 l_422 = l_10 + l_8;
const uint32 l_423 = l_422 + uint32(16);
const bool l_424 = l_411 < l_0;
const bool l_425 = l_423 < l_2;
const bool l_426 = l_424 && l_425;
if (l_426) {
const uint32 l_427 = blockIdx.z * l_0;
const uint32 l_428 = l_427 + l_411;
const uint32 l_429 = l_428 * l_2;
const uint32 l_430 = l_429 + l_423;
const float l_431 = l_arr_15[uint32(5)];
const uint32 l_607 = info.static_meta[uint32(2)];
const uint32 l_608 = l_607 * uint32(1);
const bool l_609 = l_430 < l_608;
if (l_609) {
buffer_2[l_430] = l_431;
}
}
const uint32 l_432 = l_10 + l_8;
const uint32 l_433 = l_432 + uint32(32);
const bool l_434 = l_411 < l_0;
const bool l_435 = l_433 < l_2;
const bool l_436 = l_434 && l_435;
if (l_436) {
const uint32 l_437 = blockIdx.z * l_0;
const uint32 l_438 = l_437 + l_411;
const uint32 l_439 = l_438 * l_2;
const uint32 l_440 = l_439 + l_433;
const float l_441 = l_arr_15[uint32(6)];
const uint32 l_610 = info.static_meta[uint32(2)];
const uint32 l_611 = l_610 * uint32(1);
const bool l_612 = l_440 < l_611;
if (l_612) {
buffer_2[l_440] = l_441;
}
}
const uint32 l_442 = l_10 + l_8;
const uint32 l_443 = l_442 + uint32(48);
const bool l_444 = l_411 < l_0;
const bool l_445 = l_443 < l_2;
const bool l_446 = l_444 && l_445;
if (l_446) {
const uint32 l_447 = blockIdx.z * l_0;
const uint32 l_448 = l_447 + l_411;
const uint32 l_449 = l_448 * l_2;
const uint32 l_450 = l_449 + l_443;
const float l_451 = l_arr_15[uint32(7)];
const uint32 l_613 = info.static_meta[uint32(2)];
const uint32 l_614 = l_613 * uint32(1);
const bool l_615 = l_450 < l_614;
if (l_615) {
buffer_2[l_450] = l_451;
}
}
const uint32 l_452 = l_9 + l_7;
const uint32 l_453 = l_452 + uint32(32);
const uint32 l_454 = l_10 + l_8;
const uint32 l_455 = l_454 + uint32(0);
const bool l_456 = l_453 < l_0;
const bool l_457 = l_455 < l_2;
const bool l_458 = l_456 && l_457;
if (l_458) {
const uint32 l_459 = blockIdx.z * l_0;
const uint32 l_460 = l_459 + l_453;
const uint32 l_461 = l_460 * l_2;
const uint32 l_462 = l_461 + l_455;
const float l_463 = l_arr_15[uint32(8)];
const uint32 l_616 = info.static_meta[uint32(2)];
const uint32 l_617 = l_616 * uint32(1);
const bool l_618 = l_462 < l_617;
if (l_618) {
buffer_2[l_462] = l_463;
}
}
const uint32 l_464 = l_10 + l_8;
const uint32 l_465 = l_464 + uint32(16);
const bool l_466 = l_453 < l_0;
const bool l_467 = l_465 < l_2;
const bool l_468 = l_466 && l_467;
if (l_468) {
const uint32 l_469 = blockIdx.z * l_0;
const uint32 l_470 = l_469 + l_453;
const uint32 l_471 = l_470 * l_2;
const uint32 l_472 = l_471 + l_465;
const float l_473 = l_arr_15[uint32(9)];
const uint32 l_619 = info.static_meta[uint32(2)];
const uint32 l_620 = l_619 * uint32(1);
const bool l_621 = l_472 < l_620;
if (l_621) {
buffer_2[l_472] = l_473;
}
}
const uint32 l_474 = l_10 + l_8;
const uint32 l_475 = l_474 + uint32(32);
const bool l_476 = l_453 < l_0;
const bool l_477 = l_475 < l_2;
const bool l_478 = l_476 && l_477;
if (l_478) {
const uint32 l_479 = blockIdx.z * l_0;
const uint32 l_480 = l_479 + l_453;
const uint32 l_481 = l_480 * l_2;
const uint32 l_482 = l_481 + l_475;
const float l_483 = l_arr_15[uint32(10)];
const uint32 l_622 = info.static_meta[uint32(2)];
const uint32 l_623 = l_622 * uint32(1);
const bool l_624 = l_482 < l_623;
if (l_624) {
buffer_2[l_482] = l_483;
}
}
const uint32 l_484 = l_10 + l_8;
const uint32 l_485 = l_484 + uint32(48);
const bool l_486 = l_453 < l_0;
const bool l_487 = l_485 < l_2;
const bool l_488 = l_486 && l_487;
if (l_488) {
const uint32 l_489 = blockIdx.z * l_0;
const uint32 l_490 = l_489 + l_453;
const uint32 l_491 = l_490 * l_2;
const uint32 l_492 = l_491 + l_485;
const float l_493 = l_arr_15[uint32(11)];
const uint32 l_625 = info.static_meta[uint32(2)];
const uint32 l_626 = l_625 * uint32(1);
const bool l_627 = l_492 < l_626;
if (l_627) {
buffer_2[l_492] = l_493;
}
}
const uint32 l_494 = l_9 + l_7;
const uint32 l_495 = l_494 + uint32(48);
const uint32 l_496 = l_10 + l_8;
const uint32 l_497 = l_496 + uint32(0);
const bool l_498 = l_495 < l_0;
const bool l_499 = l_497 < l_2;
const bool l_500 = l_498 && l_499;
if (l_500) {
const uint32 l_501 = blockIdx.z * l_0;
const uint32 l_502 = l_501 + l_495;
const uint32 l_503 = l_502 * l_2;
const uint32 l_504 = l_503 + l_497;
const float l_505 = l_arr_15[uint32(12)];
const uint32 l_628 = info.static_meta[uint32(2)];
const uint32 l_629 = l_628 * uint32(1);
const bool l_630 = l_504 < l_629;
if (l_630) {
buffer_2[l_504] = l_505;
}
}
const uint32 l_506 = l_10 + l_8;
const uint32 l_507 = l_506 + uint32(16);
const bool l_508 = l_495 < l_0;
const bool l_509 = l_507 < l_2;
const bool l_510 = l_508 && l_509;
if (l_510) {
const uint32 l_511 = blockIdx.z * l_0;
const uint32 l_512 = l_511 + l_495;
const uint32 l_513 = l_512 * l_2;
const uint32 l_514 = l_513 + l_507;
const float l_515 = l_arr_15[uint32(13)];
const uint32 l_631 = info.static_meta[uint32(2)];
const uint32 l_632 = l_631 * uint32(1);
const bool l_633 = l_514 < l_632;
if (l_633) {
buffer_2[l_514] = l_515;
}
}
const uint32 l_516 = l_10 + l_8;
const uint32 l_517 = l_516 + uint32(32);
const bool l_518 = l_495 < l_0;
const bool l_519 = l_517 < l_2;
const bool l_520 = l_518 && l_519;
if (l_520) {
const uint32 l_521 = blockIdx.z * l_0;
const uint32 l_522 = l_521 + l_495;
const uint32 l_523 = l_522 * l_2;
const uint32 l_524 = l_523 + l_517;
const float l_525 = l_arr_15[uint32(14)];
const uint32 l_634 = info.static_meta[uint32(2)];
const uint32 l_635 = l_634 * uint32(1);
const bool l_636 = l_524 < l_635;
if (l_636) {
buffer_2[l_524] = l_525;
}
}
const uint32 l_526 = l_10 + l_8;
const uint32 l_527 = l_526 + uint32(48);
const bool l_528 = l_495 < l_0;
const bool l_529 = l_527 < l_2;
const bool l_530 = l_528 && l_529;
if (l_530) {
const uint32 l_531 = blockIdx.z * l_0;
const uint32 l_532 = l_531 + l_495;
const uint32 l_533 = l_532 * l_2;
const uint32 l_534 = l_533 + l_527;
const float l_535 = l_arr_15[uint32(15)];
const uint32 l_637 = info.static_meta[uint32(2)];
const uint32 l_638 = l_637 * uint32(1);
const bool l_639 = l_534 < l_638;
if (l_639) {
buffer_2[l_534] = l_535;
}
}

}
// ==== launch 0: finish_rows_a_f32_o_f32 (sigmoid_loss), cube_dim 64x1x1
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
    uint32 scalars_uint32[2];uint32 static_meta[14];
};


extern "C" __global__ void __launch_bounds__(64)finish_rows_a_f32_o_f32 (
    const float* __restrict__ buffer_0, const float* __restrict__ buffer_1, const float* __restrict__ buffer_2, float* buffer_3, const uint32* __restrict__ dynamic_meta, const __grid_constant__ info_st info
) {
uint32 threadIdxGlobal = threadIdx.x + threadIdx.y * blockDim.x + threadIdx.z * (blockDim.x * blockDim.y);
uint32 blockIdxGlobal = (blockIdx.z * gridDim.y * gridDim.x) + (blockIdx.y * gridDim.x) + blockIdx.x;
extern __shared__ __align__(4) uint8 dynamic_shared_mem[];
// Shared array size: 64, 256 bytes
float *shared_memory_1 = reinterpret_cast<float*>(&dynamic_shared_mem[0]);
float l_mut_4;
float l_mut_5;
uint32 l_mut_19;
uint32 l_mut_6;
const uint32 l_0 = dynamic_meta[info.static_meta[uint32(10)] + uint32(1)];
const bool l_2 = blockIdxGlobal < info.scalars_uint32[1];
if (l_2) {
const uint32 l_3 = info.scalars_uint32[0] + blockIdxGlobal;
l_mut_4 = float(0.0);
l_mut_5 = float(0.0);
l_mut_6 = threadIdxGlobal;
while (true) {
const bool l_7 = l_mut_6 < l_0;
const bool l_8 = !l_7;
if (l_8) {
break;}
const uint32 l_9 = blockIdxGlobal * l_0;
const uint32 l_10 = l_9 + l_mut_6;
const uint32 l_63 = info.static_meta[uint32(0)];
const uint32 l_64 = l_63 * uint32(1);
const bool l_65 = l_10 < l_64;
const uint32 l_66 = l_64 - uint32(1);
const uint32 l_67 = min(l_10, l_66);
const float l_68 = buffer_0[l_67];
const float l_69 = (l_65) ? l_68 : float(0.0);
const float l_11 = l_69;
const uint32 l_12 = dynamic_meta[info.static_meta[uint32(12)] + uint32(0)];
const uint32 l_13 = l_3 * l_12;
const uint32 l_14 = dynamic_meta[info.static_meta[uint32(12)] + uint32(1)];
const uint32 l_15 = l_mut_6 * l_14;
const uint32 l_16 = l_13 + l_15;
const uint32 l_70 = info.static_meta[uint32(1)];
const uint32 l_71 = l_70 * uint32(1);
const bool l_72 = l_16 < l_71;
const uint32 l_73 = l_71 - uint32(1);
const uint32 l_74 = min(l_16, l_73);
const float l_75 = buffer_1[l_74];
const float l_76 = (l_72) ? l_75 : float(0.0);
const float l_17 = l_76;
const float l_18 = l_11 * l_17;
l_mut_5 = l_mut_5 + l_18;
l_mut_6 = l_mut_6 + uint32(64);
}
shared_memory_1[threadIdxGlobal] = l_mut_5;
__syncthreads();

l_mut_19 = uint32(32);
while (true) {
const bool l_20 = l_mut_19 > uint32(0);
const bool l_21 = !l_20;
if (l_21) {
break;}
const bool l_22 = threadIdxGlobal < l_mut_19;
if (l_22) {
const uint32 l_23 = threadIdxGlobal + l_mut_19;
const float l_24 = shared_memory_1[l_23];
const float l_25 = shared_memory_1[threadIdxGlobal];
const float l_26 = l_25 + l_24;
shared_memory_1[threadIdxGlobal] = l_26;
}
__syncthreads();

l_mut_19 = l_mut_19 / uint32(2);
}
const float l_27 = shared_memory_1[uint32(0)];
__syncthreads();

const uint32 l_49 = info.static_meta[uint32(2)];
const uint32 l_50 = l_49 * uint32(1);
const bool l_51 = l_3 < l_50;
const uint32 l_52 = l_50 - uint32(1);
const uint32 l_53 = min(l_3, l_52);
const float l_54 = buffer_2[l_53];
const float l_55 = (l_51) ? l_54 : float(0.0);
const float l_28 = l_55;
const uint32 l_56 = info.static_meta[uint32(2)];
const uint32 l_57 = l_56 * uint32(1);
const bool l_58 = l_3 < l_57;
const uint32 l_59 = l_57 - uint32(1);
const uint32 l_60 = min(l_3, l_59);
const float l_61 = buffer_2[l_60];
const float l_62 = (l_58) ? l_61 : float(0.0);
const float l_29 = l_62;
const float l_30 = l_28 * l_29;
const float l_31 = l_27 / l_30;
l_mut_4 = l_31;
l_mut_19 = threadIdxGlobal;
while (true) {
const bool l_32 = l_mut_19 < l_0;
const bool l_33 = !l_32;
if (l_33) {
break;}
const uint32 l_34 = blockIdxGlobal * l_0;
const uint32 l_35 = l_34 + l_mut_19;
const uint32 l_77 = info.static_meta[uint32(0)];
const uint32 l_78 = l_77 * uint32(1);
const bool l_79 = l_35 < l_78;
const uint32 l_80 = l_78 - uint32(1);
const uint32 l_81 = min(l_35, l_80);
const float l_82 = buffer_0[l_81];
const float l_83 = (l_79) ? l_82 : float(0.0);
const float l_36 = l_83;
l_mut_5 = l_36;
const uint32 l_37 = dynamic_meta[info.static_meta[uint32(12)] + uint32(0)];
const uint32 l_38 = l_3 * l_37;
const uint32 l_39 = dynamic_meta[info.static_meta[uint32(12)] + uint32(1)];
const uint32 l_40 = l_mut_19 * l_39;
const uint32 l_41 = l_38 + l_40;
const uint32 l_84 = info.static_meta[uint32(1)];
const uint32 l_85 = l_84 * uint32(1);
const bool l_86 = l_41 < l_85;
const uint32 l_87 = l_85 - uint32(1);
const uint32 l_88 = min(l_41, l_87);
const float l_89 = buffer_1[l_88];
const float l_90 = (l_86) ? l_89 : float(0.0);
const float l_42 = l_90;
const float l_43 = l_42 * l_mut_4;
l_mut_5 = l_mut_5 - l_43;
const uint32 l_44 = dynamic_meta[info.static_meta[uint32(13)] + uint32(0)];
const uint32 l_45 = l_3 * l_44;
const uint32 l_46 = dynamic_meta[info.static_meta[uint32(13)] + uint32(1)];
const uint32 l_47 = l_mut_19 * l_46;
const uint32 l_48 = l_45 + l_47;
const uint32 l_91 = info.static_meta[uint32(3)];
const uint32 l_92 = l_91 * uint32(1);
const bool l_93 = l_48 < l_92;
if (l_93) {
buffer_3[l_48] = l_mut_5;
}
l_mut_19 = l_mut_19 + uint32(64);
}
}

}
// ==== launch 0: matmul_kernel_c_f32_a_f32_b_f32_h_f32_o_f32 (sigmoid_loss), cube_dim 256x1x1
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
    uint32 static_meta[16];
};


extern "C" __global__ void __launch_bounds__(256)matmul_kernel_c_f32_a_f32_b_f32_h_f32_o_f32 (
    const float* __restrict__ buffer_0, const float* __restrict__ buffer_1, float* buffer_2, const uint32* __restrict__ dynamic_meta, const __grid_constant__ info_st info
) {
uint32 threadIdxGlobal = threadIdx.x + threadIdx.y * blockDim.x + threadIdx.z * (blockDim.x * blockDim.y);
extern __shared__ __align__(4) uint8 dynamic_shared_mem[];
// Shared array size: 2176, 8704 bytes
float *shared_memory_14 = reinterpret_cast<float*>(&dynamic_shared_mem[0]);
float l_arr_15[16];

float l_arr_16[4];

float l_arr_17[4];

float l_mut_29;
uint32 l_mut_11;
uint32 l_mut_12;
uint32 l_mut_13;
uint32 l_mut_25;
uint32 l_mut_26;
uint32 l_mut_44;
uint32 l_mut_45;
const uint32 l_0 = dynamic_meta[info.static_meta[uint32(9)] + uint32(0)];
const uint32 l_1 = dynamic_meta[info.static_meta[uint32(9)] + uint32(1)];
const uint32 l_2 = dynamic_meta[info.static_meta[uint32(10)] + uint32(1)];
const uint32 l_3 = dynamic_meta[info.static_meta[uint32(12)] + uint32(0)];
const uint32 l_4 = dynamic_meta[info.static_meta[uint32(12)] + uint32(1)];
const uint32 l_5 = dynamic_meta[info.static_meta[uint32(13)] + uint32(0)];
const uint32 l_6 = dynamic_meta[info.static_meta[uint32(13)] + uint32(1)];
const uint32 l_7 = threadIdxGlobal / uint32(16);
const uint32 l_8 = threadIdxGlobal % uint32(16);
const uint32 l_9 = blockIdx.y * uint32(64);
const uint32 l_10 = blockIdx.x * uint32(64);
l_mut_11 = blockIdx.z;
l_mut_12 = uint32(0);
l_mut_11 = blockIdx.z;
l_mut_13 = uint32(0);
l_arr_15[uint32(0)] = float(0.0);
l_arr_15[uint32(1)] = float(0.0);
l_arr_15[uint32(2)] = float(0.0);
l_arr_15[uint32(3)] = float(0.0);
l_arr_15[uint32(4)] = float(0.0);
l_arr_15[uint32(5)] = float(0.0);
l_arr_15[uint32(6)] = float(0.0);
l_arr_15[uint32(7)] = float(0.0);
l_arr_15[uint32(8)] = float(0.0);
l_arr_15[uint32(9)] = float(0.0);
l_arr_15[uint32(10)] = float(0.0);
l_arr_15[uint32(11)] = float(0.0);
l_arr_15[uint32(12)] = float(0.0);
l_arr_15[uint32(13)] = float(0.0);
l_arr_15[uint32(14)] = float(0.0);
l_arr_15[uint32(15)] = float(0.0);
const bool l_18 = l_4 == uint32(1);
const bool l_19 = l_5 == uint32(1);
l_mut_11 = uint32(0);
while (true) {
const bool l_20 = l_mut_11 < l_1;
const bool l_21 = !l_20;
if (l_21) {
break;}
const uint32 l_22 = threadIdxGlobal + uint32(0);
if (l_18) {
const uint32 l_23 = l_22 / uint32(16);
const uint32 l_24 = l_22 % uint32(16);
l_mut_25 = l_23;
l_mut_26 = l_24;
} else {
const uint32 l_27 = l_22 % uint32(64);
const uint32 l_28 = l_22 / uint32(64);
l_mut_25 = l_27;
l_mut_26 = l_28;
}
l_mut_29 = float(0.0);
const uint32 l_30 = l_9 + l_mut_25;
const bool l_31 = l_30 < l_0;
const uint32 l_32 = l_mut_11 + l_mut_26;
const bool l_33 = l_32 < l_1;
const bool l_34 = l_31 && l_33;
if (l_34) {
const uint32 l_35 = l_9 + l_mut_25;
const uint32 l_36 = l_35 * l_3;
const uint32 l_37 = l_mut_12 + l_36;
const uint32 l_38 = l_mut_11 + l_mut_26;
const uint32 l_39 = l_38 * l_4;
const uint32 l_40 = l_37 + l_39;
const uint32 l_536 = info.static_meta[uint32(0)];
const uint32 l_537 = l_536 * uint32(1);
const bool l_538 = l_40 < l_537;
const uint32 l_539 = l_537 - uint32(1);
const uint32 l_540 = min(l_40, l_539);
const float l_541 = buffer_0[l_540];
const float l_542 = (l_538) ? l_541 : float(0.0);
const float l_41 = l_542;
l_mut_29 = l_41;
}
l_arr_16[uint32(0)] = l_mut_29;
if (l_19) {
const uint32 l_42 = l_22 / uint32(16);
const uint32 l_43 = l_22 % uint32(16);
l_mut_44 = l_42;
l_mut_45 = l_43;
} else {
const uint32 l_46 = l_22 % uint32(64);
const uint32 l_47 = l_22 / uint32(64);
l_mut_44 = l_46;
l_mut_45 = l_47;
}
l_mut_29 = float(0.0);
const uint32 l_48 = l_10 + l_mut_44;
const bool l_49 = l_48 < l_2;
const uint32 l_50 = l_mut_11 + l_mut_45;
const bool l_51 = l_50 < l_1;
const bool l_52 = l_49 && l_51;
if (l_52) {
const uint32 l_53 = l_mut_11 + l_mut_45;
const uint32 l_54 = l_53 * l_5;
const uint32 l_55 = l_mut_13 + l_54;
const uint32 l_56 = l_10 + l_mut_44;
const uint32 l_57 = l_56 * l_6;
const uint32 l_58 = l_55 + l_57;
const uint32 l_543 = info.static_meta[uint32(1)];
const uint32 l_544 = l_543 * uint32(1);
const bool l_545 = l_58 < l_544;
const uint32 l_546 = l_544 - uint32(1);
const uint32 l_547 = min(l_58, l_546);
const float l_548 = buffer_1[l_547];
const float l_549 = (l_545) ? l_548 : float(0.0);
const float l_59 = l_549;
l_mut_29 = l_59;
}
l_arr_17[uint32(0)] = l_mut_29;
const uint32 l_60 = threadIdxGlobal + uint32(256);
if (l_18) {
const uint32 l_61 = l_60 / uint32(16);
const uint32 l_62 = l_60 % uint32(16);
l_mut_45 = l_61;
l_mut_44 = l_62;
} else {
const uint32 l_63 = l_60 % uint32(64);
const uint32 l_64 = l_60 / uint32(64);
l_mut_45 = l_63;
l_mut_44 = l_64;
}
l_mut_29 = float(0.0);
const uint32 l_65 = l_9 + l_mut_45;
const bool l_66 = l_65 < l_0;
const uint32 l_67 = l_mut_11 + l_mut_44;
const bool l_68 = l_67 < l_1;
const bool l_69 = l_66 && l_68;
if (l_69) {
const uint32 l_70 = l_9 + l_mut_45;
const uint32 l_71 = l_70 * l_3;
const uint32 l_72 = l_mut_12 + l_71;
const uint32 l_73 = l_mut_11 + l_mut_44;
const uint32 l_74 = l_73 * l_4;
const uint32 l_75 = l_72 + l_74;
const uint32 l_550 = info.static_meta[uint32(0)];
const uint32 l_551 = l_550 * uint32(1);
const bool l_552 = l_75 < l_551;
const uint32 l_553 = l_551 - uint32(1);
const uint32 l_554 = min(l_75, l_553);
const float l_555 = buffer_0[l_554];
const float l_556 = (l_552) ? l_555 : float(0.0);
const float l_76 = l_556;
l_mut_29 = l_76;
}
l_arr_16[uint32(1)] = l_mut_29;
if (l_19) {
const uint32 l_77 = l_60 / uint32(16);
const uint32 l_78 = l_60 % uint32(16);
l_mut_26 = l_77;
l_mut_25 = l_78;
} else {
const uint32 l_79 = l_60 % uint32(64);
const uint32 l_80 = l_60 / uint32(64);
l_mut_26 = l_79;
l_mut_25 = l_80;
}
l_mut_29 = float(0.0);
const uint32 l_81 = l_10 + l_mut_26;
const bool l_82 = l_81 < l_2;
const uint32 l_83 = l_mut_11 + l_mut_25;
const bool l_84 = l_83 < l_1;
const bool l_85 = l_82 && l_84;
if (l_85) {
const uint32 l_86 = l_mut_11 + l_mut_25;
const uint32 l_87 = l_86 * l_5;
const uint32 l_88 = l_mut_13 + l_87;
const uint32 l_89 = l_10 + l_mut_26;
const uint32 l_90 = l_89 * l_6;
const uint32 l_91 = l_88 + l_90;
const uint32 l_557 = info.static_meta[uint32(1)];
const uint32 l_558 = l_557 * uint32(1);
const bool l_559 = l_91 < l_558;
const uint32 l_560 = l_558 - uint32(1);
const uint32 l_561 = min(l_91, l_560);
const float l_562 = buffer_1[l_561];
const float l_563 = (l_559) ? l_562 : float(0.0);
const float l_92 = l_563;
l_mut_29 = l_92;
}
l_arr_17[uint32(1)] = l_mut_29;
const uint32 l_93 = threadIdxGlobal + uint32(512);
if (l_18) {
const uint32 l_94 = l_93 / uint32(16);
const uint32 l_95 = l_93 % uint32(16);
l_mut_45 = l_94;
l_mut_44 = l_95;
} else {
const uint32 l_96 = l_93 % uint32(64);
const uint32 l_97 = l_93 / uint32(64);
l_mut_45 = l_96;
l_mut_44 = l_97;
}
l_mut_29 = float(0.0);
const uint32 l_98 = l_9 + l_mut_45;
const bool l_99 = l_98 < l_0;
const uint32 l_100 = l_mut_11 + l_mut_44;
const bool l_101 = l_100 < l_1;
const bool l_102 = l_99 && l_101;
if (l_102) {
const uint32 l_103 = l_9 + l_mut_45;
const uint32 l_104 = l_103 * l_3;
const uint32 l_105 = l_mut_12 + l_104;
const uint32 l_106 = l_mut_11 + l_mut_44;
const uint32 l_107 = l_106 * l_4;
const uint32 l_108 = l_105 + l_107;
const uint32 l_564 = info.static_meta[uint32(0)];
const uint32 l_565 = l_564 * uint32(1);
const bool l_566 = l_108 < l_565;
const uint32 l_567 = l_565 - uint32(1);
const uint32 l_568 = min(l_108, l_567);
const float l_569 = buffer_0[l_568];
const float l_570 = (l_566) ? l_569 : float(0.0);
const float l_109 = l_570;
l_mut_29 = l_109;
}
l_arr_16[uint32(2)] = l_mut_29;
if (l_19) {
const uint32 l_110 = l_93 / uint32(16);
const uint32 l_111 = l_93 % uint32(16);
l_mut_26 = l_110;
l_mut_25 = l_111;
} else {
const uint32 l_112 = l_93 % uint32(64);
const uint32 l_113 = l_93 / uint32(64);
l_mut_26 = l_112;
l_mut_25 = l_113;
}
l_mut_29 = float(0.0);
const uint32 l_114 = l_10 + l_mut_26;
const bool l_115 = l_114 < l_2;
const uint32 l_116 = l_mut_11 + l_mut_25;
const bool l_117 = l_116 < l_1;
const bool l_118 = l_115 && l_117;
if (l_118) {
const uint32 l_119 = l_mut_11 + l_mut_25;
const uint32 l_120 = l_119 * l_5;
const uint32 l_121 = l_mut_13 + l_120;
const uint32 l_122 = l_10 + l_mut_26;
const uint32 l_123 = l_122 * l_6;
const uint32 l_124 = l_121 + l_123;
const uint32 l_571 = info.static_meta[uint32(1)];
const uint32 l_572 = l_571 * uint32(1);
const bool l_573 = l_124 < l_572;
const uint32 l_574 = l_572 - uint32(1);
const uint32 l_575 = min(l_124, l_574);
const float l_576 = buffer_1[l_575];
const float l_577 = (l_573) ? l_576 : float(0.0);
const float l_125 = l_577;
l_mut_29 = l_125;
}
l_arr_17[uint32(2)] = l_mut_29;
const uint32 l_126 = threadIdxGlobal + uint32(768);
if (l_18) {
const uint32 l_127 = l_126 / uint32(16);
const uint32 l_128 = l_126 % uint32(16);
l_mut_45 = l_127;
l_mut_44 = l_128;
} else {
const uint32 l_129 = l_126 % uint32(64);
const uint32 l_130 = l_126 / uint32(64);
l_mut_45 = l_129;
l_mut_44 = l_130;
}
l_mut_29 = float(0.0);
const uint32 l_131 = l_9 + l_mut_45;
const bool l_132 = l_131 < l_0;
const uint32 l_133 = l_mut_11 + l_mut_44;
const bool l_134 = l_133 < l_1;
const bool l_135 = l_132 && l_134;
if (l_135) {
const uint32 l_136 = l_9 + l_mut_45;
const uint32 l_137 = l_136 * l_3;
const uint32 l_138 = l_mut_12 + l_137;
const uint32 l_139 = l_mut_11 + l_mut_44;
const uint32 l_140 = l_139 * l_4;
const uint32 l_141 = l_138 + l_140;
const uint32 l_578 = info.static_meta[uint32(0)];
const uint32 l_579 = l_578 * uint32(1);
const bool l_580 = l_141 < l_579;
const uint32 l_581 = l_579 - uint32(1);
const uint32 l_582 = min(l_141, l_581);
const float l_583 = buffer_0[l_582];
const float l_584 = (l_580) ? l_583 : float(0.0);
const float l_142 = l_584;
l_mut_29 = l_142;
}
l_arr_16[uint32(3)] = l_mut_29;
if (l_19) {
const uint32 l_143 = l_126 / uint32(16);
const uint32 l_144 = l_126 % uint32(16);
l_mut_26 = l_143;
l_mut_25 = l_144;
} else {
const uint32 l_145 = l_126 % uint32(64);
const uint32 l_146 = l_126 / uint32(64);
l_mut_26 = l_145;
l_mut_25 = l_146;
}
l_mut_29 = float(0.0);
const uint32 l_147 = l_10 + l_mut_26;
const bool l_148 = l_147 < l_2;
const uint32 l_149 = l_mut_11 + l_mut_25;
const bool l_150 = l_149 < l_1;
const bool l_151 = l_148 && l_150;
if (l_151) {
const uint32 l_152 = l_mut_11 + l_mut_25;
const uint32 l_153 = l_152 * l_5;
const uint32 l_154 = l_mut_13 + l_153;
const uint32 l_155 = l_10 + l_mut_26;
const uint32 l_156 = l_155 * l_6;
const uint32 l_157 = l_154 + l_156;
const uint32 l_585 = info.static_meta[uint32(1)];
const uint32 l_586 = l_585 * uint32(1);
const bool l_587 = l_157 < l_586;
const uint32 l_588 = l_586 - uint32(1);
const uint32 l_589 = min(l_157, l_588);
const float l_590 = buffer_1[l_589];
const float l_591 = (l_587) ? l_590 : float(0.0);
const float l_158 = l_591;
l_mut_29 = l_158;
}
l_arr_17[uint32(3)] = l_mut_29;
const uint32 l_159 = threadIdxGlobal + uint32(0);
if (l_18) {
const uint32 l_160 = l_159 / uint32(16);
const uint32 l_161 = l_159 % uint32(16);
l_mut_45 = l_160;
l_mut_44 = l_161;
} else {
const uint32 l_162 = l_159 % uint32(64);
const uint32 l_163 = l_159 / uint32(64);
l_mut_45 = l_162;
l_mut_44 = l_163;
}
const uint32 l_164 = l_mut_45 * uint32(17);
const uint32 l_165 = l_164 + l_mut_44;
const float l_166 = l_arr_16[uint32(0)];
shared_memory_14[l_165] = l_166;
if (l_19) {
const uint32 l_167 = l_159 / uint32(16);
const uint32 l_168 = l_159 % uint32(16);
l_mut_26 = l_167;
l_mut_25 = l_168;
} else {
const uint32 l_169 = l_159 % uint32(64);
const uint32 l_170 = l_159 / uint32(64);
l_mut_26 = l_169;
l_mut_25 = l_170;
}
const uint32 l_171 = l_mut_26 * uint32(17);
const uint32 l_172 = uint32(1088) + l_171;
const uint32 l_173 = l_172 + l_mut_25;
const float l_174 = l_arr_17[uint32(0)];
shared_memory_14[l_173] = l_174;
const uint32 l_175 = threadIdxGlobal + uint32(256);
if (l_18) {
const uint32 l_176 = l_175 / uint32(16);
const uint32 l_177 = l_175 % uint32(16);
l_mut_45 = l_176;
l_mut_44 = l_177;
} else {
const uint32 l_178 = l_175 % uint32(64);
const uint32 l_179 = l_175 / uint32(64);
l_mut_45 = l_178;
l_mut_44 = l_179;
}
const uint32 l_180 = l_mut_45 * uint32(17);
const uint32 l_181 = l_180 + l_mut_44;
const float l_182 = l_arr_16[uint32(1)];
shared_memory_14[l_181] = l_182;
if (l_19) {
const uint32 l_183 = l_175 / uint32(16);
const uint32 l_184 = l_175 % uint32(16);
l_mut_26 = l_183;
l_mut_25 = l_184;
} else {
const uint32 l_185 = l_175 % uint32(64);
const uint32 l_186 = l_175 / uint32(64);
l_mut_26 = l_185;
l_mut_25 = l_186;
}
const uint32 l_187 = l_mut_26 * uint32(17);
const uint32 l_188 = uint32(1088) + l_187;
const uint32 l_189 = l_188 + l_mut_25;
const float l_190 = l_arr_17[uint32(1)];
shared_memory_14[l_189] = l_190;
const uint32 l_191 = threadIdxGlobal + uint32(512);
if (l_18) {
const uint32 l_192 = l_191 / uint32(16);
const uint32 l_193 = l_191 % uint32(16);
l_mut_45 = l_192;
l_mut_44 = l_193;
} else {
const uint32 l_194 = l_191 % uint32(64);
const uint32 l_195 = l_191 / uint32(64);
l_mut_45 = l_194;
l_mut_44 = l_195;
}
const uint32 l_196 = l_mut_45 * uint32(17);
const uint32 l_197 = l_196 + l_mut_44;
const float l_198 = l_arr_16[uint32(2)];
shared_memory_14[l_197] = l_198;
if (l_19) {
const uint32 l_199 = l_191 / uint32(16);
const uint32 l_200 = l_191 % uint32(16);
l_mut_26 = l_199;
l_mut_25 = l_200;
} else {
const uint32 l_201 = l_191 % uint32(64);
const uint32 l_202 = l_191 / uint32(64);
l_mut_26 = l_201;
l_mut_25 = l_202;
}
const uint32 l_203 = l_mut_26 * uint32(17);
const uint32 l_204 = uint32(1088) + l_203;
const uint32 l_205 = l_204 + l_mut_25;
const float l_206 = l_arr_17[uint32(2)];
shared_memory_14[l_205] = l_206;
const uint32 l_207 = threadIdxGlobal + uint32(768);
if (l_18) {
const uint32 l_208 = l_207 / uint32(16);
const uint32 l_209 = l_207 % uint32(16);
l_mut_45 = l_208;
l_mut_44 = l_209;
} else {
const uint32 l_210 = l_207 % uint32(64);
const uint32 l_211 = l_207 / uint32(64);
l_mut_45 = l_210;
l_mut_44 = l_211;
}
const uint32 l_212 = l_mut_45 * uint32(17);
const uint32 l_213 = l_212 + l_mut_44;
const float l_214 = l_arr_16[uint32(3)];
shared_memory_14[l_213] = l_214;
if (l_19) {
const uint32 l_215 = l_207 / uint32(16);
const uint32 l_216 = l_207 % uint32(16);
l_mut_26 = l_215;
l_mut_25 = l_216;
} else {
const uint32 l_217 = l_207 % uint32(64);
const uint32 l_218 = l_207 / uint32(64);
l_mut_26 = l_217;
l_mut_25 = l_218;
}
const uint32 l_219 = l_mut_26 * uint32(17);
const uint32 l_220 = uint32(1088) + l_219;
const uint32 l_221 = l_220 + l_mut_25;
const float l_222 = l_arr_17[uint32(3)];
shared_memory_14[l_221] = l_222;
__syncthreads();


for (uint32 l_mut_223 = uint32(0); l_mut_223 < uint32(16); ++l_mut_223) {
const uint32 l_224 = l_7 + uint32(0);
const uint32 l_225 = l_224 * uint32(17);
const uint32 l_226 = l_225 + l_mut_223;
const float l_227 = shared_memory_14[l_226];
const uint32 l_228 = l_8 + uint32(0);
const uint32 l_229 = l_228 * uint32(17);
const uint32 l_230 = uint32(1088) + l_229;
const uint32 l_231 = l_230 + l_mut_223;
const float l_232 = shared_memory_14[l_231];
const float l_233 = l_227 * l_232;
const float l_234 = l_arr_15[uint32(0)];
const float l_235 = l_234 + l_233;
l_arr_15[uint32(0)] = l_235;
const uint32 l_236 = l_8 + uint32(16);
const uint32 l_237 = l_236 * uint32(17);
const uint32 l_238 = uint32(1088) + l_237;
const uint32 l_239 = l_238 + l_mut_223;
const float l_240 = shared_memory_14[l_239];
const float l_241 = l_227 * l_240;
const float l_242 = l_arr_15[uint32(1)];
const float l_243 = l_242 + l_241;
l_arr_15[uint32(1)] = l_243;
const uint32 l_244 = l_8 + uint32(32);
const uint32 l_245 = l_244 * uint32(17);
const uint32 l_246 = uint32(1088) + l_245;
const uint32 l_247 = l_246 + l_mut_223;
const float l_248 = shared_memory_14[l_247];
const float l_249 = l_227 * l_248;
const float l_250 = l_arr_15[uint32(2)];
const float l_251 = l_250 + l_249;
l_arr_15[uint32(2)] = l_251;
const uint32 l_252 = l_8 + uint32(48);
const uint32 l_253 = l_252 * uint32(17);
const uint32 l_254 = uint32(1088) + l_253;
const uint32 l_255 = l_254 + l_mut_223;
const float l_256 = shared_memory_14[l_255];
const float l_257 = l_227 * l_256;
const float l_258 = l_arr_15[uint32(3)];
const float l_259 = l_258 + l_257;
l_arr_15[uint32(3)] = l_259;
const uint32 l_260 = l_7 + uint32(16);
const uint32 l_261 = l_260 * uint32(17);
const uint32 l_262 = l_261 + l_mut_223;
const float l_263 = shared_memory_14[l_262];
const uint32 l_264 = l_8 + uint32(0);
const uint32 l_265 = l_264 * uint32(17);
const uint32 l_266 = uint32(1088) + l_265;
const uint32 l_267 = l_266 + l_mut_223;
const float l_268 = shared_memory_14[l_267];
const float l_269 = l_263 * l_268;
const float l_270 = l_arr_15[uint32(4)];
const float l_271 = l_270 + l_269;
l_arr_15[uint32(4)] = l_271;
const uint32 l_272 = l_8 + uint32(16);
const uint32 l_273 = l_272 * uint32(17);
const uint32 l_274 = uint32(1088) + l_273;
const uint32 l_275 = l_274 + l_mut_223;
const float l_276 = shared_memory_14[l_275];
const float l_277 = l_263 * l_276;
const float l_278 = l_arr_15[uint32(5)];
const float l_279 = l_278 + l_277;
l_arr_15[uint32(5)] = l_279;
const uint32 l_280 = l_8 + uint32(32);
const uint32 l_281 = l_280 * uint32(17);
const uint32 l_282 = uint32(1088) + l_281;
const uint32 l_283 = l_282 + l_mut_223;
const float l_284 = shared_memory_14[l_283];
const float l_285 = l_263 * l_284;
const float l_286 = l_arr_15[uint32(6)];
const float l_287 = l_286 + l_285;
l_arr_15[uint32(6)] = l_287;
const uint32 l_288 = l_8 + uint32(48);
const uint32 l_289 = l_288 * uint32(17);
const uint32 l_290 = uint32(1088) + l_289;
const uint32 l_291 = l_290 + l_mut_223;
const float l_292 = shared_memory_14[l_291];
const float l_293 = l_263 * l_292;
const float l_294 = l_arr_15[uint32(7)];
const float l_295 = l_294 + l_293;
l_arr_15[uint32(7)] = l_295;
const uint32 l_296 = l_7 + uint32(32);
const uint32 l_297 = l_296 * uint32(17);
const uint32 l_298 = l_297 + l_mut_223;
const float l_299 = shared_memory_14[l_298];
const uint32 l_300 = l_8 + uint32(0);
const uint32 l_301 = l_300 * uint32(17);
const uint32 l_302 = uint32(1088) + l_301;
const uint32 l_303 = l_302 + l_mut_223;
const float l_304 = shared_memory_14[l_303];
const float l_305 = l_299 * l_304;
const float l_306 = l_arr_15[uint32(8)];
const float l_307 = l_306 + l_305;
l_arr_15[uint32(8)] = l_307;
const uint32 l_308 = l_8 + uint32(16);
const uint32 l_309 = l_308 * uint32(17);
const uint32 l_310 = uint32(1088) + l_309;
const uint32 l_311 = l_310 + l_mut_223;
const float l_312 = shared_memory_14[l_311];
const float l_313 = l_299 * l_312;
const float l_314 = l_arr_15[uint32(9)];
const float l_315 = l_314 + l_313;
l_arr_15[uint32(9)] = l_315;
const uint32 l_316 = l_8 + uint32(32);
const uint32 l_317 = l_316 * uint32(17);
const uint32 l_318 = uint32(1088) + l_317;
const uint32 l_319 = l_318 + l_mut_223;
const float l_320 = shared_memory_14[l_319];
const float l_321 = l_299 * l_320;
const float l_322 = l_arr_15[uint32(10)];
const float l_323 = l_322 + l_321;
l_arr_15[uint32(10)] = l_323;
const uint32 l_324 = l_8 + uint32(48);
const uint32 l_325 = l_324 * uint32(17);
const uint32 l_326 = uint32(1088) + l_325;
const uint32 l_327 = l_326 + l_mut_223;
const float l_328 = shared_memory_14[l_327];
const float l_329 = l_299 * l_328;
const float l_330 = l_arr_15[uint32(11)];
const float l_331 = l_330 + l_329;
l_arr_15[uint32(11)] = l_331;
const uint32 l_332 = l_7 + uint32(48);
const uint32 l_333 = l_332 * uint32(17);
const uint32 l_334 = l_333 + l_mut_223;
const float l_335 = shared_memory_14[l_334];
const uint32 l_336 = l_8 + uint32(0);
const uint32 l_337 = l_336 * uint32(17);
const uint32 l_338 = uint32(1088) + l_337;
const uint32 l_339 = l_338 + l_mut_223;
const float l_340 = shared_memory_14[l_339];
const float l_341 = l_335 * l_340;
const float l_342 = l_arr_15[uint32(12)];
const float l_343 = l_342 + l_341;
l_arr_15[uint32(12)] = l_343;
const uint32 l_344 = l_8 + uint32(16);
const uint32 l_345 = l_344 * uint32(17);
const uint32 l_346 = uint32(1088) + l_345;
const uint32 l_347 = l_346 + l_mut_223;
const float l_348 = shared_memory_14[l_347];
const float l_349 = l_335 * l_348;
const float l_350 = l_arr_15[uint32(13)];
const float l_351 = l_350 + l_349;
l_arr_15[uint32(13)] = l_351;
const uint32 l_352 = l_8 + uint32(32);
const uint32 l_353 = l_352 * uint32(17);
const uint32 l_354 = uint32(1088) + l_353;
const uint32 l_355 = l_354 + l_mut_223;
const float l_356 = shared_memory_14[l_355];
const float l_357 = l_335 * l_356;
const float l_358 = l_arr_15[uint32(14)];
const float l_359 = l_358 + l_357;
l_arr_15[uint32(14)] = l_359;
const uint32 l_360 = l_8 + uint32(48);
const uint32 l_361 = l_360 * uint32(17);
const uint32 l_362 = uint32(1088) + l_361;
const uint32 l_363 = l_362 + l_mut_223;
const float l_364 = shared_memory_14[l_363];
const float l_365 = l_335 * l_364;
const float l_366 = l_arr_15[uint32(15)];
const float l_367 = l_366 + l_365;
l_arr_15[uint32(15)] = l_367;
}
__syncthreads();

l_mut_11 = l_mut_11 + uint32(16);
}
const uint32 l_368 = l_9 + l_7;
const uint32 l_369 = l_368 + uint32(0);
const uint32 l_370 = l_10 + l_8;
const uint32 l_371 = l_370 + uint32(0);
const bool l_372 = l_369 < l_0;
const bool l_373 = l_371 < l_2;
const bool l_374 = l_372 && l_373;
if (l_374) {
const uint32 l_375 = blockIdx.z * l_0;
const uint32 l_376 = l_375 + l_369;
const uint32 l_377 = l_376 * l_2;
const uint32 l_378 = l_377 + l_371;
const float l_379 = l_arr_15[uint32(0)];
const uint32 l_592 = info.static_meta[uint32(2)];
const uint32 l_593 = l_592 * uint32(1);
const bool l_594 = l_378 < l_593;
if (l_594) {
buffer_2[l_378] = l_379;
}
}
const uint32 l_380 = l_10 + l_8;
const uint32 l_381 = l_380 + uint32(16);
const bool l_382 = l_369 < l_0;
const bool l_383 = l_381 < l_2;
const bool l_384 = l_382 && l_383;
if (l_384) {
const uint32 l_385 = blockIdx.z * l_0;
const uint32 l_386 = l_385 + l_369;
const uint32 l_387 = l_386 * l_2;
const uint32 l_388 = l_387 + l_381;
const float l_389 = l_arr_15[uint32(1)];
const uint32 l_595 = info.static_meta[uint32(2)];
const uint32 l_596 = l_595 * uint32(1);
const bool l_597 = l_388 < l_596;
if (l_597) {
buffer_2[l_388] = l_389;
}
}
const uint32 l_390 = l_10 + l_8;
const uint32 l_391 = l_390 + uint32(32);
const bool l_392 = l_369 < l_0;
const bool l_393 = l_391 < l_2;
const bool l_394 = l_392 && l_393;
if (l_394) {
const uint32 l_395 = blockIdx.z * l_0;
const uint32 l_396 = l_395 + l_369;
const uint32 l_397 = l_396 * l_2;
const uint32 l_398 = l_397 + l_391;
const float l_399 = l_arr_15[uint32(2)];
const uint32 l_598 = info.static_meta[uint32(2)];
const uint32 l_599 = l_598 * uint32(1);
const bool l_600 = l_398 < l_599;
if (l_600) {
buffer_2[l_398] = l_399;
}
}
const uint32 l_400 = l_10 + l_8;
const uint32 l_401 = l_400 + uint32(48);
const bool l_402 = l_369 < l_0;
const bool l_403 = l_401 < l_2;
const bool l_404 = l_402 && l_403;
if (l_404) {
const uint32 l_405 = blockIdx.z * l_0;
const uint32 l_406 = l_405 + l_369;
const uint32 l_407 = l_406 * l_2;
const uint32 l_408 = l_407 + l_401;
const float l_409 = l_arr_15[uint32(3)];
const uint32 l_601 = info.static_meta[uint32(2)];
const uint32 l_602 = l_601 * uint32(1);
const bool l_603 = l_408 < l_602;
if (l_603) {
buffer_2[l_408] = l_409;
}
}
const uint32 l_410 = l_9 + l_7;
const uint32 l_411 = l_410 + uint32(16);
const uint32 l_412 = l_10 + l_8;
const uint32 l_413 = l_412 + uint32(0);
const bool l_414 = l_411 < l_0;
const bool l_415 = l_413 < l_2;
const bool l_416 = l_414 && l_415;
if (l_416) {
const uint32 l_417 = blockIdx.z * l_0;
const uint32 l_418 = l_417 + l_411;
const uint32 l_419 = l_418 * l_2;
const uint32 l_420 = l_419 + l_413;
const float l_421 = l_arr_15[uint32(4)];
const uint32 l_604 = info.static_meta[uint32(2)];
const uint32 l_605 = l_604 * uint32(1);
const bool l_606 = l_420 < l_605;
if (l_606) {
buffer_2[l_420] = l_421;
}
}
const uint32 l_422 = l_10 + l_8;
const uint32 l_423 = l_422 + uint32(16);
const bool l_424 = l_411 < l_0;
const bool l_425 = l_423 < l_2;
const bool l_426 = l_424 && l_425;
if (l_426) {
const uint32 l_427 = blockIdx.z * l_0;
const uint32 l_428 = l_427 + l_411;
const uint32 l_429 = l_428 * l_2;
const uint32 l_430 = l_429 + l_423;
const float l_431 = l_arr_15[uint32(5)];
const uint32 l_607 = info.static_meta[uint32(2)];
const uint32 l_608 = l_607 * uint32(1);
const bool l_609 = l_430 < l_608;
if (l_609) {
buffer_2[l_430] = l_431;
}
}
const uint32 l_432 = l_10 + l_8;
const uint32 l_433 = l_432 + uint32(32);
const bool l_434 = l_411 < l_0;
const bool l_435 = l_433 < l_2;
const bool l_436 = l_434 && l_435;
if (l_436) {
const uint32 l_437 = blockIdx.z * l_0;
const uint32 l_438 = l_437 + l_411;
const uint32 l_439 = l_438 * l_2;
const uint32 l_440 = l_439 + l_433;
const float l_441 = l_arr_15[uint32(6)];
const uint32 l_610 = info.static_meta[uint32(2)];
const uint32 l_611 = l_610 * uint32(1);
const bool l_612 = l_440 < l_611;
if (l_612) {
buffer_2[l_440] = l_441;
}
}
const uint32 l_442 = l_10 + l_8;
const uint32 l_443 = l_442 + uint32(48);
const bool l_444 = l_411 < l_0;
const bool l_445 = l_443 < l_2;
const bool l_446 = l_444 && l_445;
if (l_446) {
const uint32 l_447 = blockIdx.z * l_0;
const uint32 l_448 = l_447 + l_411;
const uint32 l_449 = l_448 * l_2;
const uint32 l_450 = l_449 + l_443;
const float l_451 = l_arr_15[uint32(7)];
const uint32 l_613 = info.static_meta[uint32(2)];
const uint32 l_614 = l_613 * uint32(1);
const bool l_615 = l_450 < l_614;
if (l_615) {
buffer_2[l_450] = l_451;
}
}
const uint32 l_452 = l_9 + l_7;
const uint32 l_453 = l_452 + uint32(32);
const uint32 l_454 = l_10 + l_8;
const uint32 l_455 = l_454 + uint32(0);
const bool l_456 = l_453 < l_0;
const bool l_457 = l_455 < l_2;
const bool l_458 = l_456 && l_457;
if (l_458) {
const uint32 l_459 = blockIdx.z * l_0;
const uint32 l_460 = l_459 + l_453;
const uint32 l_461 = l_460 * l_2;
const uint32 l_462 = l_461 + l_455;
const float l_463 = l_arr_15[uint32(8)];
const uint32 l_616 = info.static_meta[uint32(2)];
const uint32 l_617 = l_616 * uint32(1);
const bool l_618 = l_462 < l_617;
if (l_618) {
buffer_2[l_462] = l_463;
}
}
const uint32 l_464 = l_10 + l_8;
const uint32 l_465 = l_464 + uint32(16);
const bool l_466 = l_453 < l_0;
const bool l_467 = l_465 < l_2;
const bool l_468 = l_466 && l_467;
if (l_468) {
const uint32 l_469 = blockIdx.z * l_0;
const uint32 l_470 = l_469 + l_453;
const uint32 l_471 = l_470 * l_2;
const uint32 l_472 = l_471 + l_465;
const float l_473 = l_arr_15[uint32(9)];
const uint32 l_619 = info.static_meta[uint32(2)];
const uint32 l_620 = l_619 * uint32(1);
const bool l_621 = l_472 < l_620;
if (l_621) {
buffer_2[l_472] = l_473;
}
}
const uint32 l_474 = l_10 + l_8;
const uint32 l_475 = l_474 + uint32(32);
const bool l_476 = l_453 < l_0;
const bool l_477 = l_475 < l_2;
const bool l_478 = l_476 && l_477;
if (l_478) {
const uint32 l_479 = blockIdx.z * l_0;
const uint32 l_480 = l_479 + l_453;
const uint32 l_481 = l_480 * l_2;
const uint32 l_482 = l_481 + l_475;
const float l_483 = l_arr_15[uint32(10)];
const uint32 l_622 = info.static_meta[uint32(2)];
const uint32 l_623 = l_622 * uint32(1);
const bool l_624 = l_482 < l_623;
if (l_624) {
buffer_2[l_482] = l_483;
}
}
const uint32 l_484 = l_10 + l_8;
const uint32 l_485 = l_484 + uint32(48);
const bool l_486 = l_453 < l_0;
const bool l_487 = l_485 < l_2;
const bool l_488 = l_486 && l_487;
if (l_488) {
const uint32 l_489 = blockIdx.z * l_0;
const uint32 l_490 = l_489 + l_453;
const uint32 l_491 = l_490 * l_2;
const uint32 l_492 = l_491 + l_485;
const float l_493 = l_arr_15[uint32(11)];
const uint32 l_625 = info.static_meta[uint32(2)];
const uint32 l_626 = l_625 * uint32(1);
const bool l_627 = l_492 < l_626;
if (l_627) {
buffer_2[l_492] = l_493;
}
}
const uint32 l_494 = l_9 + l_7;
const uint32 l_495 = l_494 + uint32(48);
const uint32 l_496 = l_10 + l_8;
const uint32 l_497 = l_496 + uint32(0);
const bool l_498 = l_495 < l_0;
const bool l_499 = l_497 < l_2;
const bool l_500 = l_498 && l_499;
if (l_500) {
const uint32 l_501 = blockIdx.z * l_0;
const uint32 l_502 = l_501 + l_495;
const uint32 l_503 = l_502 * l_2;
const uint32 l_504 = l_503 + l_497;
const float l_505 = l_arr_15[uint32(12)];
const uint32 l_628 = info.static_meta[uint32(2)];
const uint32 l_629 = l_628 * uint32(1);
const bool l_630 = l_504 < l_629;
if (l_630) {
buffer_2[l_504] = l_505;
}
}
const uint32 l_506 = l_10 + l_8;
const uint32 l_507 = l_506 + uint32(16);
const bool l_508 = l_495 < l_0;
const bool l_509 = l_507 < l_2;
const bool l_510 = l_508 && l_509;
if (l_510) {
const uint32 l_511 = blockIdx.z * l_0;
const uint32 l_512 = l_511 + l_495;
const uint32 l_513 = l_512 * l_2;
const uint32 l_514 = l_513 + l_507;
const float l_515 = l_arr_15[uint32(13)];
const uint32 l_631 = info.static_meta[uint32(2)];
const uint32 l_632 = l_631 * uint32(1);
const bool l_633 = l_514 < l_632;
if (l_633) {
buffer_2[l_514] = l_515;
}
}
const uint32 l_516 = l_10 + l_8;
const uint32 l_517 = l_516 + uint32(32);
const bool l_518 = l_495 < l_0;
const bool l_519 = l_517 < l_2;
const bool l_520 = l_518 && l_519;
if (l_520) {
const uint32 l_521 = blockIdx.z * l_0;
const uint32 l_522 = l_521 + l_495;
const uint32 l_523 = l_522 * l_2;
const uint32 l_524 = l_523 + l_517;
const float l_525 = l_arr_15[uint32(14)];
const uint32 l_634 = info.static_meta[uint32(2)];
const uint32 l_635 = l_634 * uint32(1);
const bool l_636 = l_524 < l_635;
if (l_636) {
buffer_2[l_524] = l_525;
}
}
const uint32 l_526 = l_10 + l_8;
const uint32 l_527 = l_526 + uint32(48);
const bool l_528 = l_495 < l_0;
const bool l_529 = l_527 < l_2;
const bool l_530 = l_528 && l_529;
if (l_530) {
const uint32 l_531 = blockIdx.z * l_0;
const uint32 l_532 = l_531 + l_495;
const uint32 l_533 = l_532 * l_2;
const uint32 l_534 = l_533 + l_527;
const float l_535 = l_arr_15[uint32(15)];
const uint32 l_637 = info.static_meta[uint32(2)];
const uint32 l_638 = l_637 * uint32(1);
const bool l_639 = l_534 < l_638;
if (l_639) {
buffer_2[l_534] = l_535;
}
}

}
// ==== launch 0: finish_rows_a_f32_o_f32 (sigmoid_loss), cube_dim 64x1x1
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
    uint32 scalars_uint32[2];uint32 static_meta[14];
};


extern "C" __global__ void __launch_bounds__(64)finish_rows_a_f32_o_f32 (
    const float* __restrict__ buffer_0, const float* __restrict__ buffer_1, const float* __restrict__ buffer_2, float* buffer_3, const uint32* __restrict__ dynamic_meta, const __grid_constant__ info_st info
) {
uint32 threadIdxGlobal = threadIdx.x + threadIdx.y * blockDim.x + threadIdx.z * (blockDim.x * blockDim.y);
uint32 blockIdxGlobal = (blockIdx.z * gridDim.y * gridDim.x) + (blockIdx.y * gridDim.x) + blockIdx.x;
extern __shared__ __align__(4) uint8 dynamic_shared_mem[];
// Shared array size: 64, 256 bytes
float *shared_memory_1 = reinterpret_cast<float*>(&dynamic_shared_mem[0]);
float l_mut_4;
float l_mut_5;
uint32 l_mut_19;
uint32 l_mut_6;
const uint32 l_0 = dynamic_meta[info.static_meta[uint32(10)] + uint32(1)];
const bool l_2 = blockIdxGlobal < info.scalars_uint32[1];
if (l_2) {
const uint32 l_3 = info.scalars_uint32[0] + blockIdxGlobal;
l_mut_4 = float(0.0);
l_mut_5 = float(0.0);
l_mut_6 = threadIdxGlobal;
while (true) {
const bool l_7 = l_mut_6 < l_0;
const bool l_8 = !l_7;
if (l_8) {
break;}
const uint32 l_9 = blockIdxGlobal * l_0;
const uint32 l_10 = l_9 + l_mut_6;
const uint32 l_63 = info.static_meta[uint32(0)];
const uint32 l_64 = l_63 * uint32(1);
const bool l_65 = l_10 < l_64;
const uint32 l_66 = l_64 - uint32(1);
const uint32 l_67 = min(l_10, l_66);
const float l_68 = buffer_0[l_67];
const float l_69 = (l_65) ? l_68 : float(0.0);
const float l_11 = l_69;
const uint32 l_12 = dynamic_meta[info.static_meta[uint32(12)] + uint32(0)];
const uint32 l_13 = l_3 * l_12;
const uint32 l_14 = dynamic_meta[info.static_meta[uint32(12)] + uint32(1)];
const uint32 l_15 = l_mut_6 * l_14;
const uint32 l_16 = l_13 + l_15;
const uint32 l_70 = info.static_meta[uint32(1)];
const uint32 l_71 = l_70 * uint32(1);
const bool l_72 = l_16 < l_71;
const uint32 l_73 = l_71 - uint32(1);
const uint32 l_74 = min(l_16, l_73);
const float l_75 = buffer_1[l_74];
const float l_76 = (l_72) ? l_75 : float(0.0);
const float l_17 = l_76;
const float l_18 = l_11 * l_17;
l_mut_5 = l_mut_5 + l_18;
l_mut_6 = l_mut_6 + uint32(64);
}
shared_memory_1[threadIdxGlobal] = l_mut_5;
__syncthreads();

l_mut_19 = uint32(32);
while (true) {
const bool l_20 = l_mut_19 > uint32(0);
const bool l_21 = !l_20;
if (l_21) {
break;}
const bool l_22 = threadIdxGlobal < l_mut_19;
if (l_22) {
const uint32 l_23 = threadIdxGlobal + l_mut_19;
const float l_24 = shared_memory_1[l_23];
const float l_25 = shared_memory_1[threadIdxGlobal];
const float l_26 = l_25 + l_24;
shared_memory_1[threadIdxGlobal] = l_26;
}
__syncthreads();

l_mut_19 = l_mut_19 / uint32(2);
}
const float l_27 = shared_memory_1[uint32(0)];
__syncthreads();

const uint32 l_49 = info.static_meta[uint32(2)];
const uint32 l_50 = l_49 * uint32(1);
const bool l_51 = l_3 < l_50;
const uint32 l_52 = l_50 - uint32(1);
const uint32 l_53 = min(l_3, l_52);
const float l_54 = buffer_2[l_53];
const float l_55 = (l_51) ? l_54 : float(0.0);
const float l_28 = l_55;
const uint32 l_56 = info.static_meta[uint32(2)];
const uint32 l_57 = l_56 * uint32(1);
const bool l_58 = l_3 < l_57;
const uint32 l_59 = l_57 - uint32(1);
const uint32 l_60 = min(l_3, l_59);
const float l_61 = buffer_2[l_60];
const float l_62 = (l_58) ? l_61 : float(0.0);
const float l_29 = l_62;
const float l_30 = l_28 * l_29;
const float l_31 = l_27 / l_30;
l_mut_4 = l_31;
l_mut_19 = threadIdxGlobal;
while (true) {
const bool l_32 = l_mut_19 < l_0;
const bool l_33 = !l_32;
if (l_33) {
break;}
const uint32 l_34 = blockIdxGlobal * l_0;
const uint32 l_35 = l_34 + l_mut_19;
const uint32 l_77 = info.static_meta[uint32(0)];
const uint32 l_78 = l_77 * uint32(1);
const bool l_79 = l_35 < l_78;
const uint32 l_80 = l_78 - uint32(1);
const uint32 l_81 = min(l_35, l_80);
const float l_82 = buffer_0[l_81];
const float l_83 = (l_79) ? l_82 : float(0.0);
const float l_36 = l_83;
l_mut_5 = l_36;
const uint32 l_37 = dynamic_meta[info.static_meta[uint32(12)] + uint32(0)];
const uint32 l_38 = l_3 * l_37;
const uint32 l_39 = dynamic_meta[info.static_meta[uint32(12)] + uint32(1)];
const uint32 l_40 = l_mut_19 * l_39;
const uint32 l_41 = l_38 + l_40;
const uint32 l_84 = info.static_meta[uint32(1)];
const uint32 l_85 = l_84 * uint32(1);
const bool l_86 = l_41 < l_85;
const uint32 l_87 = l_85 - uint32(1);
const uint32 l_88 = min(l_41, l_87);
const float l_89 = buffer_1[l_88];
const float l_90 = (l_86) ? l_89 : float(0.0);
const float l_42 = l_90;
const float l_43 = l_42 * l_mut_4;
l_mut_5 = l_mut_5 - l_43;
const uint32 l_44 = dynamic_meta[info.static_meta[uint32(13)] + uint32(0)];
const uint32 l_45 = l_3 * l_44;
const uint32 l_46 = dynamic_meta[info.static_meta[uint32(13)] + uint32(1)];
const uint32 l_47 = l_mut_19 * l_46;
const uint32 l_48 = l_45 + l_47;
const uint32 l_91 = info.static_meta[uint32(3)];
const uint32 l_92 = l_91 * uint32(1);
const bool l_93 = l_48 < l_92;
if (l_93) {
buffer_3[l_48] = l_mut_5;
}
l_mut_19 = l_mut_19 + uint32(64);
}
}

}
// ==== launch 0: reduce_kernel_x_f32_o_f32 (sigmoid_loss), cube_dim 32x1x1
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


extern "C" __global__ void __launch_bounds__(32)reduce_kernel_x_f32_o_f32 (
    const float* __restrict__ buffer_0, float* buffer_1, const uint32* __restrict__ dynamic_meta, const __grid_constant__ info_st info
) {
uint32 threadIdxGlobal = threadIdx.x + threadIdx.y * blockDim.x + threadIdx.z * (blockDim.x * blockDim.y);
uint32 blockIdxGlobal = (blockIdx.z * gridDim.y * gridDim.x) + (blockIdx.y * gridDim.x) + blockIdx.x;
extern __shared__ __align__(4) uint8 dynamic_shared_mem[];
// Shared array size: 32, 128 bytes
float *shared_memory_19 = reinterpret_cast<float*>(&dynamic_shared_mem[0]);
float l_mut_1;
uint32 l_mut_2;
uint32 l_mut_7;
uint32 l_mut_8;
const bool l_0 = blockIdxGlobal < info.scalars_uint32[1];
if (l_0) {
l_mut_1 = float(0.0);
l_mut_2 = threadIdxGlobal;
while (true) {
const bool l_3 = l_mut_2 < info.scalars_uint32[0];
const bool l_4 = !l_3;
if (l_4) {
break;}
const uint32 l_5 = blockIdxGlobal * info.scalars_uint32[0];
const uint32 l_6 = l_5 + l_mut_2;
l_mut_7 = l_6;
l_mut_8 = uint32(0);
const uint32 l_9 = dynamic_meta[info.static_meta[uint32(6)] + uint32(1)];
const uint32 l_10 = l_mut_7 % l_9;
const uint32 l_11 = dynamic_meta[info.static_meta[uint32(8)] + uint32(1)];
const uint32 l_12 = l_10 * l_11;
l_mut_8 = l_mut_8 + l_12;
l_mut_7 = l_mut_7 / l_9;
const uint32 l_13 = dynamic_meta[info.static_meta[uint32(6)] + uint32(0)];
const uint32 l_14 = l_mut_7 % l_13;
const uint32 l_15 = dynamic_meta[info.static_meta[uint32(8)] + uint32(0)];
const uint32 l_16 = l_14 * l_15;
l_mut_8 = l_mut_8 + l_16;
l_mut_7 = l_mut_7 / l_13;
const uint32 l_29 = info.static_meta[uint32(0)];
const uint32 l_30 = l_29 * uint32(1);
const bool l_31 = l_mut_8 < l_30;
const uint32 l_32 = l_30 - uint32(1);
const uint32 l_33 = min(l_mut_8, l_32);
const float l_34 = buffer_0[l_33];
const float l_35 = (l_31) ? l_34 : float(0.0);
const float l_17 = l_35;
const float l_18 = l_mut_1 + l_17;
l_mut_1 = l_18;
l_mut_2 = l_mut_2 + uint32(32);
}
shared_memory_19[threadIdxGlobal] = l_mut_1;
__syncthreads();

l_mut_8 = uint32(16);
while (true) {
const bool l_20 = l_mut_8 > uint32(0);
const bool l_21 = !l_20;
if (l_21) {
break;}
const bool l_22 = threadIdxGlobal < l_mut_8;
if (l_22) {
const uint32 l_23 = threadIdxGlobal + l_mut_8;
const float l_24 = shared_memory_19[l_23];
const float l_25 = shared_memory_19[threadIdxGlobal];
const float l_26 = l_25 + l_24;
shared_memory_19[threadIdxGlobal] = l_26;
}
__syncthreads();

l_mut_8 = l_mut_8 / uint32(2);
}
const float l_27 = shared_memory_19[uint32(0)];
__syncthreads();

l_mut_1 = l_27;
const bool l_28 = threadIdxGlobal == uint32(0);
if (l_28) {
const uint32 l_36 = info.static_meta[uint32(1)];
const uint32 l_37 = l_36 * uint32(1);
const bool l_38 = blockIdxGlobal < l_37;
if (l_38) {
buffer_1[blockIdxGlobal] = l_mut_1;
}
}
}

}
// ==== launch 0: reduce_kernel_x_f32_o_f32 (sigmoid_loss), cube_dim 32x1x1
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


extern "C" __global__ void __launch_bounds__(32)reduce_kernel_x_f32_o_f32 (
    const float* __restrict__ buffer_0, float* buffer_1, const uint32* __restrict__ dynamic_meta, const __grid_constant__ info_st info
) {
uint32 threadIdxGlobal = threadIdx.x + threadIdx.y * blockDim.x + threadIdx.z * (blockDim.x * blockDim.y);
uint32 blockIdxGlobal = (blockIdx.z * gridDim.y * gridDim.x) + (blockIdx.y * gridDim.x) + blockIdx.x;
extern __shared__ __align__(4) uint8 dynamic_shared_mem[];
// Shared array size: 32, 128 bytes
float *shared_memory_23 = reinterpret_cast<float*>(&dynamic_shared_mem[0]);
float l_mut_1;
uint32 l_mut_2;
uint32 l_mut_7;
uint32 l_mut_8;
const bool l_0 = blockIdxGlobal < info.scalars_uint32[1];
if (l_0) {
l_mut_1 = float(0.0);
l_mut_2 = threadIdxGlobal;
while (true) {
const bool l_3 = l_mut_2 < info.scalars_uint32[0];
const bool l_4 = !l_3;
if (l_4) {
break;}
const uint32 l_5 = blockIdxGlobal * info.scalars_uint32[0];
const uint32 l_6 = l_5 + l_mut_2;
l_mut_7 = l_6;
l_mut_8 = uint32(0);
const uint32 l_9 = dynamic_meta[info.static_meta[uint32(6)] + uint32(2)];
const uint32 l_10 = l_mut_7 % l_9;
const uint32 l_11 = dynamic_meta[info.static_meta[uint32(8)] + uint32(2)];
const uint32 l_12 = l_10 * l_11;
l_mut_8 = l_mut_8 + l_12;
l_mut_7 = l_mut_7 / l_9;
const uint32 l_13 = dynamic_meta[info.static_meta[uint32(6)] + uint32(1)];
const uint32 l_14 = l_mut_7 % l_13;
const uint32 l_15 = dynamic_meta[info.static_meta[uint32(8)] + uint32(1)];
const uint32 l_16 = l_14 * l_15;
l_mut_8 = l_mut_8 + l_16;
l_mut_7 = l_mut_7 / l_13;
const uint32 l_17 = dynamic_meta[info.static_meta[uint32(6)] + uint32(0)];
const uint32 l_18 = l_mut_7 % l_17;
const uint32 l_19 = dynamic_meta[info.static_meta[uint32(8)] + uint32(0)];
const uint32 l_20 = l_18 * l_19;
l_mut_8 = l_mut_8 + l_20;
l_mut_7 = l_mut_7 / l_17;
const uint32 l_33 = info.static_meta[uint32(0)];
const uint32 l_34 = l_33 * uint32(1);
const bool l_35 = l_mut_8 < l_34;
const uint32 l_36 = l_34 - uint32(1);
const uint32 l_37 = min(l_mut_8, l_36);
const float l_38 = buffer_0[l_37];
const float l_39 = (l_35) ? l_38 : float(0.0);
const float l_21 = l_39;
const float l_22 = l_mut_1 + l_21;
l_mut_1 = l_22;
l_mut_2 = l_mut_2 + uint32(32);
}
shared_memory_23[threadIdxGlobal] = l_mut_1;
__syncthreads();

l_mut_8 = uint32(16);
while (true) {
const bool l_24 = l_mut_8 > uint32(0);
const bool l_25 = !l_24;
if (l_25) {
break;}
const bool l_26 = threadIdxGlobal < l_mut_8;
if (l_26) {
const uint32 l_27 = threadIdxGlobal + l_mut_8;
const float l_28 = shared_memory_23[l_27];
const float l_29 = shared_memory_23[threadIdxGlobal];
const float l_30 = l_29 + l_28;
shared_memory_23[threadIdxGlobal] = l_30;
}
__syncthreads();

l_mut_8 = l_mut_8 / uint32(2);
}
const float l_31 = shared_memory_23[uint32(0)];
__syncthreads();

l_mut_1 = l_31;
const bool l_32 = threadIdxGlobal == uint32(0);
if (l_32) {
const uint32 l_40 = info.static_meta[uint32(1)];
const uint32 l_41 = l_40 * uint32(1);
const bool l_42 = blockIdxGlobal < l_41;
if (l_42) {
buffer_1[blockIdxGlobal] = l_mut_1;
}
}
}

}
// ==== launch 1: ew_kernel_c_f32_h_f32_o_f32 (elementwise), cube_dim 256x1x1
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
// ==== launch 2: copy_kernel_t_f32 (elementwise), cube_dim 256x1x1
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
const uint32 l_3 = dynamic_meta[info.static_meta[uint32(6)] + uint32(0)];
const uint32 l_4 = l_mut_1 % l_3;
const uint32 l_5 = dynamic_meta[info.static_meta[uint32(8)] + uint32(0)];
const uint32 l_6 = l_4 * l_5;
l_mut_2 = l_mut_2 + l_6;
l_mut_1 = l_mut_1 / l_3;
const uint32 l_7 = info.scalars_uint32[0] + l_mut_2;
const uint32 l_10 = info.static_meta[uint32(0)];
const uint32 l_11 = l_10 * uint32(1);
const bool l_12 = l_7 < l_11;
const uint32 l_13 = l_11 - uint32(1);
const uint32 l_14 = min(l_7, l_13);
const float l_15 = buffer_0[l_14];
const float l_16 = (l_12) ? l_15 : float(0.0);
const float l_8 = l_16;
const uint32 l_9 = info.scalars_uint32[1] + idxGlobal;
const uint32 l_17 = info.static_meta[uint32(1)];
const uint32 l_18 = l_17 * uint32(1);
const bool l_19 = l_9 < l_18;
if (l_19) {
buffer_1[l_9] = l_8;
}
}

}
// ==== launch 2: ew_kernel_c_f32_h_f32_o_f32 (elementwise), cube_dim 256x1x1
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
// ==== launch 3: ew_kernel_c_f32_h_f32_o_f32 (elementwise), cube_dim 256x1x1
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
