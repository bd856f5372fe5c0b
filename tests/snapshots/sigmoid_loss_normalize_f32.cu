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
// ==== launch 0: loss_tiles_x_f32_y_f32 (sigmoid_loss), cube_dim 256x1x1
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
uint32 scalars_uint32[2];uint32 static_meta[16];
};


extern "C" __global__ void __launch_bounds__(256)loss_tiles_x_f32_y_f32 (
    const float* __restrict__ buffer_0, const float* __restrict__ buffer_1, const float* __restrict__ buffer_2, const float* __restrict__ buffer_3, float* buffer_4, const uint32* __restrict__ dynamic_meta, const __grid_constant__ info_st info
) {
uint32 threadIdxGlobal = threadIdx.x + threadIdx.y * blockDim.x + threadIdx.z * (blockDim.x * blockDim.y);
uint32 blockIdxGlobal = (blockIdx.z * gridDim.y * gridDim.x) + (blockIdx.y * gridDim.x) + blockIdx.x;
extern __shared__ __align__(4) uint8 dynamic_shared_mem[];
// Shared array size: 2176, 8704 bytes
float *shared_memory_5 = reinterpret_cast<float*>(&dynamic_shared_mem[0]);
float l_arr_7[4];

float l_arr_8[4];

float l_arr_6[16];

float l_mut_28;
float l_mut_29;
uint32 l_mut_17;
uint32 l_mut_20;
uint32 l_mut_9;
const uint32 l_0 = dynamic_meta[info.static_meta[uint32(12)] + uint32(0)];
const uint32 l_1 = dynamic_meta[info.static_meta[uint32(13)] + uint32(0)];
const uint32 l_2 = blockIdxGlobal * uint32(64);
const uint32 l_3 = threadIdxGlobal / uint32(16);
const uint32 l_4 = threadIdxGlobal % uint32(16);
l_arr_7[uint32(0)] = float(0.0);
l_arr_8[uint32(0)] = float(0.0);
l_arr_7[uint32(1)] = float(0.0);
l_arr_8[uint32(1)] = float(0.0);
l_arr_7[uint32(2)] = float(0.0);
l_arr_8[uint32(2)] = float(0.0);
l_arr_7[uint32(3)] = float(0.0);
l_arr_8[uint32(3)] = float(0.0);
l_mut_9 = uint32(0);
while (true) {
const bool l_10 = l_mut_9 < l_1;
const bool l_11 = !l_10;
if (l_11) {
break;}
const uint32 l_12 = dynamic_meta[info.static_meta[uint32(12)] + uint32(0)];
const uint32 l_13 = dynamic_meta[info.static_meta[uint32(13)] + uint32(0)];
const uint32 l_14 = dynamic_meta[info.static_meta[uint32(12)] + uint32(1)];
const uint32 l_15 = threadIdxGlobal / uint32(16);
const uint32 l_16 = threadIdxGlobal % uint32(16);
l_arr_6[uint32(0)] = float(0.0);
l_arr_6[uint32(1)] = float(0.0);
l_arr_6[uint32(2)] = float(0.0);
l_arr_6[uint32(3)] = float(0.0);
l_arr_6[uint32(4)] = float(0.0);
l_arr_6[uint32(5)] = float(0.0);
l_arr_6[uint32(6)] = float(0.0);
l_arr_6[uint32(7)] = float(0.0);
l_arr_6[uint32(8)] = float(0.0);
l_arr_6[uint32(9)] = float(0.0);
l_arr_6[uint32(10)] = float(0.0);
l_arr_6[uint32(11)] = float(0.0);
l_arr_6[uint32(12)] = float(0.0);
l_arr_6[uint32(13)] = float(0.0);
l_arr_6[uint32(14)] = float(0.0);
l_arr_6[uint32(15)] = float(0.0);
l_mut_17 = uint32(0);
while (true) {
const bool l_18 = l_mut_17 < l_14;
const bool l_19 = !l_18;
if (l_19) {
break;}
l_mut_20 = threadIdxGlobal;
while (true) {
const bool l_21 = l_mut_20 < uint32(1024);
const bool l_22 = !l_21;
if (l_22) {
break;}
const uint32 l_23 = l_mut_20 / uint32(16);
const uint32 l_24 = l_mut_20 % uint32(16);
const uint32 l_25 = l_mut_17 + l_24;
const uint32 l_26 = l_2 + l_23;
const uint32 l_27 = l_mut_9 + l_23;
l_mut_28 = float(0.0);
l_mut_29 = float(0.0);
const bool l_30 = l_26 < l_12;
const bool l_31 = l_25 < l_14;
const bool l_32 = l_30 && l_31;
if (l_32) {
const uint32 l_33 = dynamic_meta[info.static_meta[uint32(14)] + uint32(0)];
const uint32 l_34 = l_26 * l_33;
const uint32 l_35 = dynamic_meta[info.static_meta[uint32(14)] + uint32(1)];
const uint32 l_36 = l_25 * l_35;
const uint32 l_37 = l_34 + l_36;
const uint32 l_956 = info.static_meta[uint32(0)];
const uint32 l_957 = l_956 * uint32(1);
const bool l_958 = l_37 < l_957;
const uint32 l_959 = l_957 - uint32(1);
const uint32 l_960 = min(l_37, l_959);
const float l_961 = buffer_0[l_960];
const float l_962 = (l_958) ? l_961 : float(0.0);
const float l_38 = l_962;
l_mut_28 = l_38;
}
const bool l_39 = l_27 < l_13;
const bool l_40 = l_25 < l_14;
const bool l_41 = l_39 && l_40;
if (l_41) {
const uint32 l_42 = dynamic_meta[info.static_meta[uint32(15)] + uint32(0)];
const uint32 l_43 = l_27 * l_42;
const uint32 l_44 = dynamic_meta[info.static_meta[uint32(15)] + uint32(1)];
const uint32 l_45 = l_25 * l_44;
const uint32 l_46 = l_43 + l_45;
const uint32 l_963 = info.static_meta[uint32(1)];
const uint32 l_964 = l_963 * uint32(1);
const bool l_965 = l_46 < l_964;
const uint32 l_966 = l_964 - uint32(1);
const uint32 l_967 = min(l_46, l_966);
const float l_968 = buffer_1[l_967];
const float l_969 = (l_965) ? l_968 : float(0.0);
const float l_47 = l_969;
l_mut_29 = l_47;
}
const uint32 l_48 = l_23 * uint32(17);
const uint32 l_49 = l_mut_20 % uint32(16);
const uint32 l_50 = l_48 + l_49;
shared_memory_5[l_50] = l_mut_28;
const uint32 l_51 = l_23 * uint32(17);
const uint32 l_52 = uint32(1088) + l_51;
const uint32 l_53 = l_mut_20 % uint32(16);
const uint32 l_54 = l_52 + l_53;
shared_memory_5[l_54] = l_mut_29;
l_mut_20 = l_mut_20 + uint32(256);
}
__syncthreads();


for (uint32 l_mut_55 = uint32(0); l_mut_55 < uint32(16); ++l_mut_55) {
const uint32 l_56 = l_15 + uint32(0);
const uint32 l_57 = l_56 * uint32(17);
const uint32 l_58 = l_57 + l_mut_55;
const float l_59 = shared_memory_5[l_58];
const uint32 l_60 = l_16 + uint32(0);
const uint32 l_61 = l_60 * uint32(17);
const uint32 l_62 = uint32(1088) + l_61;
const uint32 l_63 = l_62 + l_mut_55;
const float l_64 = shared_memory_5[l_63];
const float l_65 = l_59 * l_64;
const float l_66 = l_arr_6[uint32(0)];
const float l_67 = l_66 + l_65;
l_arr_6[uint32(0)] = l_67;
const uint32 l_68 = l_16 + uint32(16);
const uint32 l_69 = l_68 * uint32(17);
const uint32 l_70 = uint32(1088) + l_69;
const uint32 l_71 = l_70 + l_mut_55;
const float l_72 = shared_memory_5[l_71];
const float l_73 = l_59 * l_72;
const float l_74 = l_arr_6[uint32(1)];
const float l_75 = l_74 + l_73;
l_arr_6[uint32(1)] = l_75;
const uint32 l_76 = l_16 + uint32(32);
const uint32 l_77 = l_76 * uint32(17);
const uint32 l_78 = uint32(1088) + l_77;
const uint32 l_79 = l_78 + l_mut_55;
const float l_80 = shared_memory_5[l_79];
const float l_81 = l_59 * l_80;
const float l_82 = l_arr_6[uint32(2)];
const float l_83 = l_82 + l_81;
l_arr_6[uint32(2)] = l_83;
const uint32 l_84 = l_16 + uint32(48);
const uint32 l_85 = l_84 * uint32(17);
const uint32 l_86 = uint32(1088) + l_85;
const uint32 l_87 = l_86 + l_mut_55;
const float l_88 = shared_memory_5[l_87];
const float l_89 = l_59 * l_88;
const float l_90 = l_arr_6[uint32(3)];
const float l_91 = l_90 + l_89;
l_arr_6[uint32(3)] = l_91;
const uint32 l_92 = l_15 + uint32(16);
const uint32 l_93 = l_92 * uint32(17);
const uint32 l_94 = l_93 + l_mut_55;
const float l_95 = shared_memory_5[l_94];
const uint32 l_96 = l_16 + uint32(0);
const uint32 l_97 = l_96 * uint32(17);
const uint32 l_98 = uint32(1088) + l_97;
const uint32 l_99 = l_98 + l_mut_55;
const float l_100 = shared_memory_5[l_99];
const float l_101 = l_95 * l_100;
const float l_102 = l_arr_6[uint32(4)];
const float l_103 = l_102 + l_101;
l_arr_6[uint32(4)] = l_103;
const uint32 l_104 = l_16 + uint32(16);
const uint32 l_105 = l_104 * uint32(17);
const uint32 l_106 = uint32(1088) + l_105;
const uint32 l_107 = l_106 + l_mut_55;
const float l_108 = shared_memory_5[l_107];
const float l_109 = l_95 * l_108;
const float l_110 = l_arr_6[uint32(5)];
const float l_111 = l_110 + l_109;
l_arr_6[uint32(5)] = l_111;
const uint32 l_112 = l_16 + uint32(32);
const uint32 l_113 = l_112 * uint32(17);
const uint32 l_114 = uint32(1088) + l_113;
const uint32 l_115 = l_114 + l_mut_55;
const float l_116 = shared_memory_5[l_115];
const float l_117 = l_95 * l_116;
const float l_118 = l_arr_6[uint32(6)];
const float l_119 = l_118 + l_117;
l_arr_6[uint32(6)] = l_119;
const uint32 l_120 = l_16 + uint32(48);
const uint32 l_121 = l_120 * uint32(17);
const uint32 l_122 = uint32(1088) + l_121;
const uint32 l_123 = l_122 + l_mut_55;
const float l_124 = shared_memory_5[l_123];
const float l_125 = l_95 * l_124;
const float l_126 = l_arr_6[uint32(7)];
const float l_127 = l_126 + l_125;
l_arr_6[uint32(7)] = l_127;
const uint32 l_128 = l_15 + uint32(32);
const uint32 l_129 = l_128 * uint32(17);
const uint32 l_130 = l_129 + l_mut_55;
const float l_131 = shared_memory_5[l_130];
const uint32 l_132 = l_16 + uint32(0);
const uint32 l_133 = l_132 * uint32(17);
const uint32 l_134 = uint32(1088) + l_133;
const uint32 l_135 = l_134 + l_mut_55;
const float l_136 = shared_memory_5[l_135];
const float l_137 = l_131 * l_136;
const float l_138 = l_arr_6[uint32(8)];
const float l_139 = l_138 + l_137;
l_arr_6[uint32(8)] = l_139;
const uint32 l_140 = l_16 + uint32(16);
const uint32 l_141 = l_140 * uint32(17);
const uint32 l_142 = uint32(1088) + l_141;
const uint32 l_143 = l_142 + l_mut_55;
const float l_144 = shared_memory_5[l_143];
const float l_145 = l_131 * l_144;
const float l_146 = l_arr_6[uint32(9)];
const float l_147 = l_146 + l_145;
l_arr_6[uint32(9)] = l_147;
const uint32 l_148 = l_16 + uint32(32);
const uint32 l_149 = l_148 * uint32(17);
const uint32 l_150 = uint32(1088) + l_149;
const uint32 l_151 = l_150 + l_mut_55;
const float l_152 = shared_memory_5[l_151];
const float l_153 = l_131 * l_152;
const float l_154 = l_arr_6[uint32(10)];
const float l_155 = l_154 + l_153;
l_arr_6[uint32(10)] = l_155;
const uint32 l_156 = l_16 + uint32(48);
const uint32 l_157 = l_156 * uint32(17);
const uint32 l_158 = uint32(1088) + l_157;
const uint32 l_159 = l_158 + l_mut_55;
const float l_160 = shared_memory_5[l_159];
const float l_161 = l_131 * l_160;
const float l_162 = l_arr_6[uint32(11)];
const float l_163 = l_162 + l_161;
l_arr_6[uint32(11)] = l_163;
const uint32 l_164 = l_15 + uint32(48);
const uint32 l_165 = l_164 * uint32(17);
const uint32 l_166 = l_165 + l_mut_55;
const float l_167 = shared_memory_5[l_166];
const uint32 l_168 = l_16 + uint32(0);
const uint32 l_169 = l_168 * uint32(17);
const uint32 l_170 = uint32(1088) + l_169;
const uint32 l_171 = l_170 + l_mut_55;
const float l_172 = shared_memory_5[l_171];
const float l_173 = l_167 * l_172;
const float l_174 = l_arr_6[uint32(12)];
const float l_175 = l_174 + l_173;
l_arr_6[uint32(12)] = l_175;
const uint32 l_176 = l_16 + uint32(16);
const uint32 l_177 = l_176 * uint32(17);
const uint32 l_178 = uint32(1088) + l_177;
const uint32 l_179 = l_178 + l_mut_55;
const float l_180 = shared_memory_5[l_179];
const float l_181 = l_167 * l_180;
const float l_182 = l_arr_6[uint32(13)];
const float l_183 = l_182 + l_181;
l_arr_6[uint32(13)] = l_183;
const uint32 l_184 = l_16 + uint32(32);
const uint32 l_185 = l_184 * uint32(17);
const uint32 l_186 = uint32(1088) + l_185;
const uint32 l_187 = l_186 + l_mut_55;
const float l_188 = shared_memory_5[l_187];
const float l_189 = l_167 * l_188;
const float l_190 = l_arr_6[uint32(14)];
const float l_191 = l_190 + l_189;
l_arr_6[uint32(14)] = l_191;
const uint32 l_192 = l_16 + uint32(48);
const uint32 l_193 = l_192 * uint32(17);
const uint32 l_194 = uint32(1088) + l_193;
const uint32 l_195 = l_194 + l_mut_55;
const float l_196 = shared_memory_5[l_195];
const float l_197 = l_167 * l_196;
const float l_198 = l_arr_6[uint32(15)];
const float l_199 = l_198 + l_197;
l_arr_6[uint32(15)] = l_199;
}
__syncthreads();

l_mut_17 = l_mut_17 + uint32(16);
}
const uint32 l_200 = l_2 + l_3;
const uint32 l_201 = l_200 + uint32(0);
const uint32 l_202 = l_mut_9 + l_4;
const uint32 l_203 = l_202 + uint32(0);
const bool l_204 = l_201 < l_0;
const bool l_205 = l_203 < l_1;
const bool l_206 = l_204 && l_205;
if (l_206) {
const float l_207 = l_arr_6[uint32(0)];
const float l_208 = info.scalars_float[0] * l_207;
l_mut_29 = l_208;
const uint32 l_970 = info.static_meta[uint32(2)];
const uint32 l_971 = l_970 * uint32(1);
const bool l_972 = l_201 < l_971;
const uint32 l_973 = l_971 - uint32(1);
const uint32 l_974 = min(l_201, l_973);
const float l_975 = buffer_2[l_974];
const float l_976 = (l_972) ? l_975 : float(0.0);
const float l_209 = l_976;
const uint32 l_977 = info.static_meta[uint32(3)];
const uint32 l_978 = l_977 * uint32(1);
const bool l_979 = l_203 < l_978;
const uint32 l_980 = l_978 - uint32(1);
const uint32 l_981 = min(l_203, l_980);
const float l_982 = buffer_3[l_981];
const float l_983 = (l_979) ? l_982 : float(0.0);
const float l_210 = l_983;
const float l_211 = l_209 * l_210;
l_mut_29 = l_mut_29 / l_211;
const uint32 l_212 = l_201 + info.scalars_uint32[0];
const uint32 l_213 = l_203 + info.scalars_uint32[1];
const bool l_214 = l_212 == l_213;
const float l_215 = (l_214) ? float(1.0) : float(-1.0);
const float l_216 = l_mut_29 + info.scalars_float[1];
const float l_217 = l_215 * l_216;
const float l_218 = min(l_217, float(0.0));
const float l_219 = abs(l_217);
const float l_220 = -l_219;
const float l_221 = exp(l_220);
const float l_222 = float(2.0) + l_221;
const float l_223 = l_221 / l_222;
const float l_224 = l_223 * l_223;
l_mut_28 = float(0.05882352963089943);
const float l_225 = l_224 * l_mut_28;
const float l_226 = float(0.06666667014360428) + l_225;
l_mut_28 = l_226;
const float l_227 = l_224 * l_mut_28;
const float l_228 = float(0.07692307978868484) + l_227;
l_mut_28 = l_228;
const float l_229 = l_224 * l_mut_28;
const float l_230 = float(0.09090909361839294) + l_229;
l_mut_28 = l_230;
const float l_231 = l_224 * l_mut_28;
const float l_232 = float(0.1111111119389534) + l_231;
l_mut_28 = l_232;
const float l_233 = l_224 * l_mut_28;
const float l_234 = float(0.1428571492433548) + l_233;
l_mut_28 = l_234;
const float l_235 = l_224 * l_mut_28;
const float l_236 = float(0.20000000298023224) + l_235;
l_mut_28 = l_236;
const float l_237 = l_224 * l_mut_28;
const float l_238 = float(0.3333333432674408) + l_237;
l_mut_28 = l_238;
const float l_239 = l_224 * l_mut_28;
const float l_240 = float(1.0) + l_239;
l_mut_28 = l_240;
const float l_241 = float(2.0) * l_223;
const float l_242 = l_241 * l_mut_28;
const float l_243 = l_218 - l_242;
const float l_244 = l_arr_7[uint32(0)];
const float l_245 = l_244 + l_243;
l_arr_7[uint32(0)] = l_245;
}
const uint32 l_246 = l_mut_9 + l_4;
const uint32 l_247 = l_246 + uint32(16);
const bool l_248 = l_201 < l_0;
const bool l_249 = l_247 < l_1;
const bool l_250 = l_248 && l_249;
if (l_250) {
const float l_251 = l_arr_6[uint32(1)];
const float l_252 = info.scalars_float[0] * l_251;
l_mut_29 = l_252;
const uint32 l_984 = info.static_meta[uint32(2)];
const uint32 l_985 = l_984 * uint32(1);
const bool l_986 = l_201 < l_985;
const uint32 l_987 = l_985 - uint32(1);
const uint32 l_988 = min(l_201, l_987);
const float l_989 = buffer_2[l_988];
const float l_990 = (l_986) ? l_989 : float(0.0);
const float l_253 = l_990;
const uint32 l_991 = info.static_meta[uint32(3)];
const uint32 l_992 = l_991 * uint32(1);
const bool l_993 = l_247 < l_992;
const uint32 l_994 = l_992 - uint32(1);
const uint32 l_995 = min(l_247, l_994);
const float l_996 = buffer_3[l_995];
const float l_997 = (l_993) ? l_996 : float(0.0);
const float l_254 = l_997;
const float l_255 = l_253 * l_254;
l_mut_29 = l_mut_29 / l_255;
const uint32 l_256 = l_201 + info.scalars_uint32[0];
const uint32 l_257 = l_247 + info.scalars_uint32[1];
const bool l_258 = l_256 == l_257;
const float l_259 = (l_258) ? float(1.0) : float(-1.0);
const float l_260 = l_mut_29 + info.scalars_float[1];
const float l_261 = l_259 * l_260;
const float l_262 = min(l_261, float(0.0));
const float l_263 = abs(l_261);
const float l_264 = -l_263;
const float l_265 = exp(l_264);
const float l_266 = float(2.0) + l_265;
const float l_267 = l_265 / l_266;
const float l_268 = l_267 * l_267;
l_mut_28 = float(0.05882352963089943);
const float l_269 = l_268 * l_mut_28;
const float l_270 = float(0.06666667014360428) + l_269;
l_mut_28 = l_270;
const float l_271 = l_268 * l_mut_28;
const float l_272 = float(0.07692307978868484) + l_271;
l_mut_28 = l_272;
const float l_273 = l_268 * l_mut_28;
const float l_274 = float(0.09090909361839294) + l_273;
l_mut_28 = l_274;
const float l_275 = l_268 * l_mut_28;
const float l_276 = float(0.1111111119389534) + l_275;
l_mut_28 = l_276;
const float l_277 = l_268 * l_mut_28;
const float l_278 = float(0.1428571492433548) + l_277;
l_mut_28 = l_278;
const float l_279 = l_268 * l_mut_28;
const float l_280 = float(0.20000000298023224) + l_279;
l_mut_28 = l_280;
const float l_281 = l_268 * l_mut_28;
const float l_282 = float(0.3333333432674408) + l_281;
l_mut_28 = l_282;
const float l_283 = l_268 * l_mut_28;
const float l_284 = float(1.0) + l_283;
l_mut_28 = l_284;
const float l_285 = float(2.0) * l_267;
const float l_286 = l_285 * l_mut_28;
const float l_287 = l_262 - l_286;
const float l_288 = l_arr_7[uint32(0)];
const float l_289 = l_288 + l_287;
l_arr_7[uint32(0)] = l_289;
}
const uint32 l_290 = l_mut_9 + l_4;
const uint32 l_291 = l_290 + uint32(32);
const bool l_292 = l_201 < l_0;
const bool l_293 = l_291 < l_1;
const bool l_294 = l_292 && l_293;
if (l_294) {
const float l_295 = l_arr_6[uint32(2)];
const float l_296 = info.scalars_float[0] * l_295;
l_mut_29 = l_296;
const uint32 l_998 = info.static_meta[uint32(2)];
const uint32 l_999 = l_998 * uint32(1);
const bool l_1000 = l_201 < l_999;
const uint32 l_1001 = l_999 - uint32(1);
const uint32 l_1002 = min(l_201, l_1001);
const float l_1003 = buffer_2[l_1002];
const float l_1004 = (l_1000) ? l_1003 : float(0.0);
const float l_297 = l_1004;
const uint32 l_1005 = info.static_meta[uint32(3)];
const uint32 l_1006 = l_1005 * uint32(1);
const bool l_1007 = l_291 < l_1006;
const uint32 l_1008 = l_1006 - uint32(1);
const uint32 l_1009 = min(l_291, l_1008);
const float l_1010 = buffer_3[l_1009];
const float l_1011 = (l_1007) ? l_1010 : float(0.0);
const float l_298 = l_1011;
const float l_299 = l_297 * l_298;
l_mut_29 = l_mut_29 / l_299;
const uint32 l_300 = l_201 + info.scalars_uint32[0];
const uint32 l_301 = l_291 + info.scalars_uint32[1];
const bool l_302 = l_300 == l_301;
const float l_303 = (l_302) ? float(1.0) : float(-1.0);
const float l_304 = l_mut_29 + info.scalars_float[1];
const float l_305 = l_303 * l_304;
const float l_306 = min(l_305, float(0.0));
const float l_307 = abs(l_305);
const float l_308 = -l_307;
const float l_309 = exp(l_308);
const float l_310 = float(2.0) + l_309;
const float l_311 = l_309 / l_310;
const float l_312 = l_311 * l_311;
l_mut_28 = float(0.05882352963089943);
const float l_313 = l_312 * l_mut_28;
const float l_314 = float(0.06666667014360428) + l_313;
l_mut_28 = l_314;
const float l_315 = l_312 * l_mut_28;
const float l_316 = float(0.07692307978868484) + l_315;
l_mut_28 = l_316;
const float l_317 = l_312 * l_mut_28;
const float l_318 = float(0.09090909361839294) + l_317;
l_mut_28 = l_318;
const float l_319 = l_312 * l_mut_28;
const float l_320 = float(0.1111111119389534) + l_319;
l_mut_28 = l_320;
const float l_321 = l_312 * l_mut_28;
const float l_322 = float(0.1428571492433548) + l_321;
l_mut_28 = l_322;
const float l_323 = l_312 * l_mut_28;
const float l_324 = float(0.20000000298023224) + l_323;
l_mut_28 = l_324;
const float l_325 = l_312 * l_mut_28;
const float l_326 = float(0.3333333432674408) + l_325;
l_mut_28 = l_326;
const float l_327 = l_312 * l_mut_28;
const float l_328 = float(1.0) + l_327;
l_mut_28 = l_328;
const float l_329 = float(2.0) * l_311;
const float l_330 = l_329 * l_mut_28;
const float l_331 = l_306 - l_330;
const float l_332 = l_arr_7[uint32(0)];
const float l_333 = l_332 + l_331;
l_arr_7[uint32(0)] = l_333;
}
const uint32 l_334 = l_mut_9 + l_4;
const uint32 l_335 = l_334 + uint32(48);
const bool l_336 = l_201 < l_0;
const bool l_337 = l_335 < l_1;
const bool l_338 = l_336 && l_337;
if (l_338) {
const float l_339 = l_arr_6[uint32(3)];
const float l_340 = info.scalars_float[0] * l_339;
l_mut_29 = l_340;
const uint32 l_1012 = info.static_meta[uint32(2)];
const uint32 l_1013 = l_1012 * uint32(1);
const bool l_1014 = l_201 < l_1013;
const uint32 l_1015 = l_1013 - uint32(1);
const uint32 l_1016 = min(l_201, l_1015);
const float l_1017 = buffer_2[l_1016];
const float l_1018 = (l_1014) ? l_1017 : float(0.0);
const float l_341 = l_1018;
const uint32 l_1019 = info.static_meta[uint32(3)];
const uint32 l_1020 = l_1019 * uint32(1);
const bool l_1021 = l_335 < l_1020;
const uint32 l_1022 = l_1020 - uint32(1);
const uint32 l_1023 = min(l_335, l_1022);
const float l_1024 = buffer_3[l_1023];
const float l_1025 = (l_1021) ? l_1024 : float(0.0);
const float l_342 = l_1025;
const float l_343 = l_341 * l_342;
l_mut_29 = l_mut_29 / l_343;
const uint32 l_344 = l_201 + info.scalars_uint32[0];
const uint32 l_345 = l_335 + info.scalars_uint32[1];
const bool l_346 = l_344 == l_345;
const float l_347 = (l_346) ? float(1.0) : float(-1.0);
const float l_348 = l_mut_29 + info.scalars_float[1];
const float l_349 = l_347 * l_348;
const float l_350 = min(l_349, float(0.0));
const float l_351 = abs(l_349);
const float l_352 = -l_351;
const float l_353 = exp(l_352);
const float l_354 = float(2.0) + l_353;
const float l_355 = l_353 / l_354;
const float l_356 = l_355 * l_355;
l_mut_28 = float(0.05882352963089943);
const float l_357 = l_356 * l_mut_28;
const float l_358 = float(0.06666667014360428) + l_357;
l_mut_28 = l_358;
const float l_359 = l_356 * l_mut_28;
const float l_360 = float(0.07692307978868484) + l_359;
l_mut_28 = l_360;
const float l_361 = l_356 * l_mut_28;
const float l_362 = float(0.09090909361839294) + l_361;
l_mut_28 = l_362;
const float l_363 = l_356 * l_mut_28;
const float l_364 = float(0.1111111119389534) + l_363;
l_mut_28 = l_364;
const float l_365 = l_356 * l_mut_28;
const float l_366 = float(0.1428571492433548) + l_365;
l_mut_28 = l_366;
const float l_367 = l_356 * l_mut_28;
const float l_368 = float(0.20000000298023224) + l_367;
l_mut_28 = l_368;
const float l_369 = l_356 * l_mut_28;
const float l_370 = float(0.3333333432674408) + l_369;
l_mut_28 = l_370;
const float l_371 = l_356 * l_mut_28;
const float l_372 = float(1.0) + l_371;
l_mut_28 = l_372;
const float l_373 = float(2.0) * l_355;
const float l_374 = l_373 * l_mut_28;
const float l_375 = l_350 - l_374;
const float l_376 = l_arr_7[uint32(0)];
const float l_377 = l_376 + l_375;
l_arr_7[uint32(0)] = l_377;
}
const uint32 l_378 = l_2 + l_3;
const uint32 l_379 = l_378 + uint32(16);
const uint32 l_380 = l_mut_9 + l_4;
const uint32 l_381 = l_380 + uint32(0);
const bool l_382 = l_379 < l_0;
const bool l_383 = l_381 < l_1;
const bool l_384 = l_382 && l_383;
if (l_384) {
const float l_385 = l_arr_6[uint32(4)];
const float l_386 = info.scalars_float[0] * l_385;
l_mut_29 = l_386;
const uint32 l_1026 = info.static_meta[uint32(2)];
const uint32 l_1027 = l_1026 * uint32(1);
const bool l_1028 = l_379 < l_1027;
const uint32 l_1029 = l_1027 - uint32(1);
const uint32 l_1030 = min(l_379, l_1029);
const float l_1031 = buffer_2[l_1030];
const float l_1032 = (l_1028) ? l_1031 : float(0.0);
const float l_387 = l_1032;
const uint32 l_1033 = info.static_meta[uint32(3)];
const uint32 l_1034 = l_1033 * uint32(1);
const bool l_1035 = l_381 < l_1034;
const uint32 l_1036 = l_1034 - uint32(1);
const uint32 l_1037 = min(l_381, l_1036);
const float l_1038 = buffer_3[l_1037];
const float l_1039 = (l_1035) ? l_1038 : float(0.0);
const float l_388 = l_1039;
const float l_389 = l_387 * l_388;
l_mut_29 = l_mut_29 / l_389;
const uint32 l_390 = l_379 + info.scalars_uint32[0];
const uint32 l_391 = l_381 + info.scalars_uint32[1];
const bool l_392 = l_390 == l_391;
const float l_393 = (l_392) ? float(1.0) : float(-1.0);
const float l_394 = l_mut_29 + info.scalars_float[1];
const float l_395 = l_393 * l_394;
const float l_396 = min(l_395, float(0.0));
const float l_397 = abs(l_395);
const float l_398 = -l_397;
const float l_399 = exp(l_398);
const float l_400 = float(2.0) + l_399;
const float l_401 = l_399 / l_400;
const float l_402 = l_401 * l_401;
l_mut_28 = float(0.05882352963089943);
const float l_403 = l_402 * l_mut_28;
const float l_404 = float(0.06666667014360428) + l_403;
l_mut_28 = l_404;
const float l_405 = l_402 * l_mut_28;
const float l_406 = float(0.07692307978868484) + l_405;
l_mut_28 = l_406;
const float l_407 = l_402 * l_mut_28;
const float l_408 = float(0.09090909361839294) + l_407;
l_mut_28 = l_408;
const float l_409 = l_402 * l_mut_28;
const float l_410 = float(0.1111111119389534) + l_409;
l_mut_28 = l_410;
const float l_411 = l_402 * l_mut_28;
const float l_412 = float(0.1428571492433548) + l_411;
l_mut_28 = l_412;
const float l_413 = l_402 * l_mut_28;
const float l_414 = float(0.20000000298023224) + l_413;
l_mut_28 = l_414;
const float l_415 = l_402 * l_mut_28;
const float l_416 = float(0.3333333432674408) + l_415;
l_mut_28 = l_416;
const float l_417 = l_402 * l_mut_28;
const float l_418 = float(1.0) + l_417;
l_mut_28 = l_418;
const float l_419 = float(2.0) * l_401;
const float l_420 = l_419 * l_mut_28;
const float l_421 = l_396 - l_420;
const float l_422 = l_arr_7[uint32(1)];
const float l_423 = l_422 + l_421;
l_arr_7[uint32(1)] = l_423;
}
const uint32 l_424 = l_mut_9 + l_4;
const uint32 l_425 = l_424 + uint32(16);
const bool l_426 = l_379 < l_0;
const bool l_427 = l_425 < l_1;
const bool l_428 = l_426 && l_427;
if (l_428) {
const float l_429 = l_arr_6[uint32(5)];
const float l_430 = info.scalars_float[0] * l_429;
l_mut_29 = l_430;
const uint32 l_1040 = info.static_meta[uint32(2)];
const uint32 l_1041 = l_1040 * uint32(1);
const bool l_1042 = l_379 < l_1041;
const uint32 l_1043 = l_1041 - uint32(1);
const uint32 l_1044 = min(l_379, l_1043);
const float l_1045 = buffer_2[l_1044];
const float l_1046 = (l_1042) ? l_1045 : float(0.0);
const float l_431 = l_1046;
const uint32 l_1047 = info.static_meta[uint32(3)];
const uint32 l_1048 = l_1047 * uint32(1);
const bool l_1049 = l_425 < l_1048;
const uint32 l_1050 = l_1048 - uint32(1);
const uint32 l_1051 = min(l_425, l_1050);
const float l_1052 = buffer_3[l_1051];
const float l_1053 = (l_1049) ? l_1052 : float(0.0);
const float l_432 = l_1053;
const float l_433 = l_431 * l_432;
l_mut_29 = l_mut_29 / l_433;
const uint32 l_434 = l_379 + info.scalars_uint32[0];
const uint32 l_435 = l_425 + info.scalars_uint32[1];
const bool l_436 = l_434 == l_435;
const float l_437 = (l_436) ? float(1.0) : float(-1.0);
const float l_438 = l_mut_29 + info.scalars_float[1];
const float l_439 = l_437 * l_438;
const float l_440 = min(l_439, float(0.0));
const float l_441 = abs(l_439);
const float l_442 = -l_441;
const float l_443 = exp(l_442);
const float l_444 = float(2.0) + l_443;
const float l_445 = l_443 / l_444;
const float l_446 = l_445 * l_445;
l_mut_28 = float(0.05882352963089943);
const float l_447 = l_446 * l_mut_28;
const float l_448 = float(0.06666667014360428) + l_447;
l_mut_28 = l_448;
const float l_449 = l_446 * l_mut_28;
const float l_450 = float(0.07692307978868484) + l_449;
l_mut_28 = l_450;
const float l_451 = l_446 * l_mut_28;
const float l_452 = float(0.09090909361839294) + l_451;
l_mut_28 = l_452;
const float l_453 = l_446 * l_mut_28;
const float l_454 = float(0.1111111119389534) + l_453;
l_mut_28 = l_454;
const float l_455 = l_446 * l_mut_28;
const float l_456 = float(0.1428571492433548) + l_455;
l_mut_28 = l_456;
const float l_457 = l_446 * l_mut_28;
const float l_458 = float(0.20000000298023224) + l_457;
l_mut_28 = l_458;
const float l_459 = l_446 * l_mut_28;
const float l_460 = float(0.3333333432674408) + l_459;
l_mut_28 = l_460;
const float l_461 = l_446 * l_mut_28;
const float l_462 = float(1.0) + l_461;
l_mut_28 = l_462;
const float l_463 = float(2.0) * l_445;
const float l_464 = l_463 * l_mut_28;
const float l_465 = l_440 - l_464;
const float l_466 = l_arr_7[uint32(1)];
const float l_467 = l_466 + l_465;
l_arr_7[uint32(1)] = l_467;
}
const uint32 l_468 = l_mut_9 + l_4;
const uint32 l_469 = l_468 + uint32(32);
const bool l_470 = l_379 < l_0;
const bool l_471 = l_469 < l_1;
const bool l_472 = l_470 && l_471;
if (l_472) {
const float l_473 = l_arr_6[uint32(6)];
const float l_474 = info.scalars_float[0] * l_473;
l_mut_29 = l_474;
const uint32 l_1054 = info.static_meta[uint32(2)];
const uint32 l_1055 = l_1054 * uint32(1);
const bool l_1056 = l_379 < l_1055;
const uint32 l_1057 = l_1055 - uint32(1);
const uint32 l_1058 = min(l_379, l_1057);
const float l_1059 = buffer_2[l_1058];
const float l_1060 = (l_1056) ? l_1059 : float(0.0);
const float l_475 = l_1060;
const uint32 l_1061 = info.static_meta[uint32(3)];
const uint32 l_1062 = l_1061 * uint32(1);
const bool l_1063 = l_469 < l_1062;
const uint32 l_1064 = l_1062 - uint32(1);
const uint32 l_1065 = min(l_469, l_1064);
const float l_1066 = buffer_3[l_1065];
const float l_1067 = (l_1063) ? l_1066 : float(0.0);
const float l_476 = l_1067;
const float l_477 = l_475 * l_476;
l_mut_29 = l_mut_29 / l_477;
const uint32 l_478 = l_379 + info.scalars_uint32[0];
const uint32 l_479 = l_469 + info.scalars_uint32[1];
const bool l_480 = l_478 == l_479;
const float l_481 = (l_480) ? float(1.0) : float(-1.0);
const float l_482 = l_mut_29 + info.scalars_float[1];
const float l_483 = l_481 * l_482;
const float l_484 = min(l_483, float(0.0));
const float l_485 = abs(l_483);
const float l_486 = -l_485;
const float l_487 = exp(l_486);
const float l_488 = float(2.0) + l_487;
const float l_489 = l_487 / l_488;
const float l_490 = l_489 * l_489;
l_mut_28 = float(0.05882352963089943);
const float l_491 = l_490 * l_mut_28;
const float l_492 = float(0.06666667014360428) + l_491;
l_mut_28 = l_492;
const float l_493 = l_490 * l_mut_28;
const float l_494 = float(0.07692307978868484) + l_493;
l_mut_28 = l_494;
const float l_495 = l_490 * l_mut_28;
const float l_496 = float(0.09090909361839294) + l_495;
l_mut_28 = l_496;
const float l_497 = l_490 * l_mut_28;
const float l_498 = float(0.1111111119389534) + l_497;
l_mut_28 = l_498;
const float l_499 = l_490 * l_mut_28;
const float l_500 = float(0.1428571492433548) + l_499;
l_mut_28 = l_500;
const float l_501 = l_490 * l_mut_28;
const float l_502 = float(0.20000000298023224) + l_501;
l_mut_28 = l_502;
const float l_503 = l_490 * l_mut_28;
const float l_504 = float(0.3333333432674408) + l_503;
l_mut_28 = l_504;
const float l_505 = l_490 * l_mut_28;
const float l_506 = float(1.0) + l_505;
l_mut_28 = l_506;
const float l_507 = float(2.0) * l_489;
const float l_508 = l_507 * l_mut_28;
const float l_509 = l_484 - l_508;
const float l_510 = l_arr_7[uint32(1)];
const float l_511 = l_510 + l_509;
l_arr_7[uint32(1)] = l_511;
}
const uint32 l_512 = l_mut_9 + l_4;
const uint32 l_513 = l_512 + uint32(48);
const bool l_514 = l_379 < l_0;
const bool l_515 = l_513 < l_1;
const bool l_516 = l_514 && l_515;
if (l_516) {
const float l_517 = l_arr_6[uint32(7)];
const float l_518 = info.scalars_float[0] * l_517;
l_mut_29 = l_518;
const uint32 l_1068 = info.static_meta[uint32(2)];
const uint32 l_1069 = l_1068 * uint32(1);
const bool l_1070 = l_379 < l_1069;
const uint32 l_1071 = l_1069 - uint32(1);
const uint32 l_1072 = min(l_379, l_1071);
const float l_1073 = buffer_2[l_1072];
const float l_1074 = (l_1070) ? l_1073 : float(0.0);
const float l_519 = l_1074;
const uint32 l_1075 = info.static_meta[uint32(3)];
const uint32 l_1076 = l_1075 * uint32(1);
const bool l_1077 = l_513 < l_1076;
const uint32 l_1078 = l_1076 - uint32(1);
const uint32 l_1079 = min(l_513, l_1078);
const float l_1080 = buffer_3[l_1079];
const float l_1081 = (l_1077) ? l_1080 : float(0.0);
const float l_520 = l_1081;
const float l_521 = l_519 * l_520;
l_mut_29 = l_mut_29 / l_521;
const uint32 l_522 = l_379 + info.scalars_uint32[0];
const uint32 l_523 = l_513 + info.scalars_uint32[1];
const bool l_524 = l_522 == l_523;
const float l_525 = (l_524) ? float(1.0) : float(-1.0);
const float l_526 = l_mut_29 + info.scalars_float[1];
const float l_527 = l_525 * l_526;
const float l_528 = min(l_527, float(0.0));
const float l_529 = abs(l_527);
const float l_530 = -l_529;
const float l_531 = exp(l_530);
const float l_532 = float(2.0) + l_531;
const float l_533 = l_531 / l_532;
const float l_534 = l_533 * l_533;
l_mut_28 = float(0.05882352963089943);
const float l_535 = l_534 * l_mut_28;
const float l_536 = float(0.06666667014360428) + l_535;
l_mut_28 = l_536;
const float l_537 = l_534 * l_mut_28;
const float l_538 = float(0.07692307978868484) + l_537;
l_mut_28 = l_538;
const float l_539 = l_534 * l_mut_28;
const float l_540 = float(0.09090909361839294) + l_539;
l_mut_28 = l_540;
const float l_541 = l_534 * l_mut_28;
const float l_542 = float(0.1111111119389534) + l_541;
l_mut_28 = l_542;
const float l_543 = l_534 * l_mut_28;
const float l_544 = float(0.1428571492433548) + l_543;
l_mut_28 = l_544;
const float l_545 = l_534 * l_mut_28;
const float l_546 = float(0.20000000298023224) + l_545;
l_mut_28 = l_546;
const float l_547 = l_534 * l_mut_28;
const float l_548 = float(0.3333333432674408) + l_547;
l_mut_28 = l_548;
const float l_549 = l_534 * l_mut_28;
const float l_550 = float(1.0) + l_549;
l_mut_28 = l_550;
const float l_551 = float(2.0) * l_533;
const float l_552 = l_551 * l_mut_28;
const float l_553 = l_528 - l_552;
const float l_554 = l_arr_7[uint32(1)];
const float l_555 = l_554 + l_553;
l_arr_7[uint32(1)] = l_555;
}
const uint32 l_556 = l_2 + l_3;
const uint32 l_557 = l_556 + uint32(32);
const uint32 l_558 = l_mut_9 + l_4;
const uint32 l_559 = l_558 + uint32(0);
const bool l_560 = l_557 < l_0;
const bool l_561 = l_559 < l_1;
const bool l_562 = l_560 && l_561;
if (l_562) {
const float l_563 = l_arr_6[uint32(8)];
const float l_564 = info.scalars_float[0] * l_563;
l_mut_29 = l_564;
const uint32 l_1082 = info.static_meta[uint32(2)];
const uint32 l_1083 = l_1082 * uint32(1);
const bool l_1084 = l_557 < l_1083;
const uint32 l_1085 = l_1083 - uint32(1);
const uint32 l_1086 = min(l_557, l_1085);
const float l_1087 = buffer_2[l_1086];
const float l_1088 = (l_1084) ? l_1087 : float(0.0);
const float l_565 = l_1088;
const uint32 l_1089 = info.static_meta[uint32(3)];
const uint32 l_1090 = l_1089 * uint32(1);
const bool l_1091 = l_559 < l_1090;
const uint32 l_1092 = l_1090 - uint32(1);
const uint32 l_1093 = min(l_559, l_1092);
const float l_1094 = buffer_3[l_1093];
const float l_1095 = (l_1091) ? l_1094 : float(0.0);
const float l_566 = l_1095;
const float l_567 = l_565 * l_566;
l_mut_29 = l_mut_29 / l_567;
const uint32 l_568 = l_557 + info.scalars_uint32[0];
const uint32 l_569 = l_559 + info.scalars_uint32[1];
const bool l_570 = l_568 == l_569;
const float l_571 = (l_570) ? float(1.0) : float(-1.0);
const float l_572 = l_mut_29 + info.scalars_float[1];
const float l_573 = l_571 * l_572;
const float l_574 = min(l_573, float(0.0));
const float l_575 = abs(l_573);
const float l_576 = -l_575;
const float l_577 = exp(l_576);
const float l_578 = float(2.0) + l_577;
const float l_579 = l_577 / l_578;
const float l_580 = l_579 * l_579;
l_mut_28 = float(0.05882352963089943);
const float l_581 = l_580 * l_mut_28;
const float l_582 = float(0.06666667014360428) + l_581;
l_mut_28 = l_582;
const float l_583 = l_580 * l_mut_28;
const float l_584 = float(0.07692307978868484) + l_583;
l_mut_28 = l_584;
const float l_585 = l_580 * l_mut_28;
const float l_586 = float(0.09090909361839294) + l_585;
l_mut_28 = l_586;
const float l_587 = l_580 * l_mut_28;
const float l_588 = float(0.1111111119389534) + l_587;
l_mut_28 = l_588;
const float l_589 = l_580 * l_mut_28;
const float l_590 = float(0.1428571492433548) + l_589;
l_mut_28 = l_590;
const float l_591 = l_580 * l_mut_28;
const float l_592 = float(0.20000000298023224) + l_591;
l_mut_28 = l_592;
const float l_593 = l_580 * l_mut_28;
const float l_594 = float(0.3333333432674408) + l_593;
l_mut_28 = l_594;
const float l_595 = l_580 * l_mut_28;
const float l_596 = float(1.0) + l_595;
l_mut_28 = l_596;
const float l_597 = float(2.0) * l_579;
const float l_598 = l_597 * l_mut_28;
const float l_599 = l_574 - l_598;
const float l_600 = l_arr_7[uint32(2)];
const float l_601 = l_600 + l_599;
l_arr_7[uint32(2)] = l_601;
}
const uint32 l_602 = l_mut_9 + l_4;
const uint32 l_603 = l_602 + uint32(16);
const bool l_604 = l_557 < l_0;
const bool l_605 = l_603 < l_1;
const bool l_606 = l_604 && l_605;
if (l_606) {
const float l_607 = l_arr_6[uint32(9)];
const float l_608 = info.scalars_float[0] * l_607;
l_mut_29 = l_608;
const uint32 l_1096 = info.static_meta[uint32(2)];
const uint32 l_1097 = l_1096 * uint32(1);
const bool l_1098 = l_557 < l_1097;
const uint32 l_1099 = l_1097 - uint32(1);
const uint32 l_1100 = min(l_557, l_1099);
const float l_1101 = buffer_2[l_1100];
const float l_1102 = (l_1098) ? l_1101 : float(0.0);
const float l_609 = l_1102;
const uint32 l_1103 = info.static_meta[uint32(3)];
const uint32 l_1104 = l_1103 * uint32(1);
const bool l_1105 = l_603 < l_1104;
const uint32 l_1106 = l_1104 - uint32(1);
const uint32 l_1107 = min(l_603, l_1106);
const float l_1108 = buffer_3[l_1107];
const float l_1109 = (l_1105) ? l_1108 : float(0.0);
const float l_610 = l_1109;
const float l_611 = l_609 * l_610;
l_mut_29 = l_mut_29 / l_611;
const uint32 l_612 = l_557 + info.scalars_uint32[0];
const uint32 l_613 = l_603 + info.scalars_uint32[1];
const bool l_614 = l_612 == l_613;
const float l_615 = (l_614) ? float(1.0) : float(-1.0);
const float l_616 = l_mut_29 + info.scalars_float[1];
const float l_617 = l_615 * l_616;
const float l_618 = min(l_617, float(0.0));
const float l_619 = abs(l_617);
const float l_620 = -l_619;
const float l_621 = exp(l_620);
const float l_622 = float(2.0) + l_621;
const float l_623 = l_621 / l_622;
const float l_624 = l_623 * l_623;
l_mut_28 = float(0.05882352963089943);
const float l_625 = l_624 * l_mut_28;
const float l_626 = float(0.06666667014360428) + l_625;
l_mut_28 = l_626;
const float l_627 = l_624 * l_mut_28;
const float l_628 = float(0.07692307978868484) + l_627;
l_mut_28 = l_628;
const float l_629 = l_624 * l_mut_28;
const float l_630 = float(0.09090909361839294) + l_629;
l_mut_28 = l_630;
const float l_631 = l_624 * l_mut_28;
const float l_632 = float(0.1111111119389534) + l_631;
l_mut_28 = l_632;
const float l_633 = l_624 * l_mut_28;
const float l_634 = float(0.1428571492433548) + l_633;
l_mut_28 = l_634;
const float l_635 = l_624 * l_mut_28;
const float l_636 = float(0.20000000298023224) + l_635;
l_mut_28 = l_636;
const float l_637 = l_624 * l_mut_28;
const float l_638 = float(0.3333333432674408) + l_637;
l_mut_28 = l_638;
const float l_639 = l_624 * l_mut_28;
const float l_640 = float(1.0) + l_639;
l_mut_28 = l_640;
const float l_641 = float(2.0) * l_623;
const float l_642 = l_641 * l_mut_28;
const float l_643 = l_618 - l_642;
const float l_644 = l_arr_7[uint32(2)];
const float l_645 = l_644 + l_643;
l_arr_7[uint32(2)] = l_645;
}
const uint32 l_646 = l_mut_9 + l_4;
const uint32 l_647 = l_646 + uint32(32);
const bool l_648 = l_557 < l_0;
const bool l_649 = l_647 < l_1;
const bool l_650 = l_648 && l_649;
if (l_650) {
const float l_651 = l_arr_6[uint32(10)];
const float l_652 = info.scalars_float[0] * l_651;
l_mut_29 = l_652;
const uint32 l_1110 = info.static_meta[uint32(2)];
const uint32 l_1111 = l_1110 * uint32(1);
const bool l_1112 = l_557 < l_1111;
const uint32 l_1113 = l_1111 - uint32(1);
const uint32 l_1114 = min(l_557, l_1113);
const float l_1115 = buffer_2[l_1114];
const float l_1116 = (l_1112) ? l_1115 : float(0.0);
const float l_653 = l_1116;
const uint32 l_1117 = info.static_meta[uint32(3)];
const uint32 l_1118 = l_1117 * uint32(1);
const bool l_1119 = l_647 < l_1118;
const uint32 l_1120 = l_1118 - uint32(1);
const uint32 l_1121 = min(l_647, l_1120);
const float l_1122 = buffer_3[l_1121];
const float l_1123 = (l_1119) ? l_1122 : float(0.0);
const float l_654 = l_1123;
const float l_655 = l_653 * l_654;
l_mut_29 = l_mut_29 / l_655;
const uint32 l_656 = l_557 + info.scalars_uint32[0];
const uint32 l_657 = l_647 + info.scalars_uint32[1];
const bool l_658 = l_656 == l_657;
const float l_659 = (l_658) ? float(1.0) : float(-1.0);
const float l_660 = l_mut_29 + info.scalars_float[1];
const float l_661 = l_659 * l_660;
const float l_662 = min(l_661, float(0.0));
const float l_663 = abs(l_661);
const float l_664 = -l_663;
const float l_665 = exp(l_664);
const float l_666 = float(2.0) + l_665;
const float l_667 = l_665 / l_666;
const float l_668 = l_667 * l_667;
l_mut_28 = float(0.05882352963089943);
const float l_669 = l_668 * l_mut_28;
const float l_670 = float(0.06666667014360428) + l_669;
l_mut_28 = l_670;
const float l_671 = l_668 * l_mut_28;
const float l_672 = float(0.07692307978868484) + l_671;
l_mut_28 = l_672;
const float l_673 = l_668 * l_mut_28;
const float l_674 = float(0.09090909361839294) + l_673;
l_mut_28 = l_674;
const float l_675 = l_668 * l_mut_28;
const float l_676 = float(0.1111111119389534) + l_675;
l_mut_28 = l_676;
const float l_677 = l_668 * l_mut_28;
const float l_678 = float(0.1428571492433548) + l_677;
l_mut_28 = l_678;
const float l_679 = l_668 * l_mut_28;
const float l_680 = float(0.20000000298023224) + l_679;
l_mut_28 = l_680;
const float l_681 = l_668 * l_mut_28;
const float l_682 = float(0.3333333432674408) + l_681;
l_mut_28 = l_682;
const float l_683 = l_668 * l_mut_28;
const float l_684 = float(1.0) + l_683;
l_mut_28 = l_684;
const float l_685 = float(2.0) * l_667;
const float l_686 = l_685 * l_mut_28;
const float l_687 = l_662 - l_686;
const float l_688 = l_arr_7[uint32(2)];
const float l_689 = l_688 + l_687;
l_arr_7[uint32(2)] = l_689;
}
const uint32 l_690 = l_mut_9 + l_4;
const uint32 l_691 = l_690 + uint32(48);
const bool l_692 = l_557 < l_0;
const bool l_693 = l_691 < l_1;
const bool l_694 = l_692 && l_693;
if (l_694) {
const float l_695 = l_arr_6[uint32(11)];
const float l_696 = info.scalars_float[0] * l_695;
l_mut_29 = l_696;
const uint32 l_1124 = info.static_meta[uint32(2)];
const uint32 l_1125 = l_1124 * uint32(1);
const bool l_1126 = l_557 < l_1125;
const uint32 l_1127 = l_1125 - uint32(1);
const uint32 l_1128 = min(l_557, l_1127);
const float l_1129 = buffer_2[l_1128];
const float l_1130 = (l_1126) ? l_1129 : float(0.0);
const float l_697 = l_1130;
const uint32 l_1131 = info.static_meta[uint32(3)];
const uint32 l_1132 = l_1131 * uint32(1);
const bool l_1133 = l_691 < l_1132;
const uint32 l_1134 = l_1132 - uint32(1);
const uint32 l_1135 = min(l_691, l_1134);
const float l_1136 = buffer_3[l_1135];
const float l_1137 = (l_1133) ? l_1136 : float(0.0);
const float l_698 = l_1137;
const float l_699 = l_697 * l_698;
l_mut_29 = l_mut_29 / l_699;
const uint32 l_700 = l_557 + info.scalars_uint32[0];
const uint32 l_701 = l_691 + info.scalars_uint32[1];
const bool l_702 = l_700 == l_701;
const float l_703 = (l_702) ? float(1.0) : float(-1.0);
const float l_704 = l_mut_29 + info.scalars_float[1];
const float l_705 = l_703 * l_704;
const float l_706 = min(l_705, float(0.0));
const float l_707 = abs(l_705);
const float l_708 = -l_707;
const float l_709 = exp(l_708);
const float l_710 = float(2.0) + l_709;
const float l_711 = l_709 / l_710;
const float l_712 = l_711 * l_711;
l_mut_28 = float(0.05882352963089943);
const float l_713 = l_712 * l_mut_28;
const float l_714 = float(0.06666667014360428) + l_713;
l_mut_28 = l_714;
const float l_715 = l_712 * l_mut_28;
const float l_716 = float(0.07692307978868484) + l_715;
l_mut_28 = l_716;
const float l_717 = l_712 * l_mut_28;
const float l_718 = float(0.09090909361839294) + l_717;
l_mut_28 = l_718;
const float l_719 = l_712 * l_mut_28;
const float l_720 = float(0.1111111119389534) + l_719;
l_mut_28 = l_720;
const float l_721 = l_712 * l_mut_28;
const float l_722 = float(0.1428571492433548) + l_721;
l_mut_28 = l_722;
const float l_723 = l_712 * l_mut_28;
const float l_724 = float(0.20000000298023224) + l_723;
l_mut_28 = l_724;
const float l_725 = l_712 * l_mut_28;
const float l_726 = float(0.3333333432674408) + l_725;
l_mut_28 = l_726;
const float l_727 = l_712 * l_mut_28;
const float l_728 = float(1.0) + l_727;
l_mut_28 = l_728;
const float l_729 = float(2.0) * l_711;
const float l_730 = l_729 * l_mut_28;
const float l_731 = l_706 - l_730;
const float l_732 = l_arr_7[uint32(2)];
const float l_733 = l_732 + l_731;
l_arr_7[uint32(2)] = l_733;
}
const uint32 l_734 = l_2 + l_3;
const uint32 l_735 = l_734 + uint32(48);
const uint32 l_736 = l_mut_9 + l_4;
const uint32 l_737 = l_736 + uint32(0);
const bool l_738 = l_735 < l_0;
const bool l_739 = l_737 < l_1;
const bool l_740 = l_738 && l_739;
if (l_740) {
const float l_741 = l_arr_6[uint32(12)];
const float l_742 = info.scalars_float[0] * l_741;
l_mut_29 = l_742;
const uint32 l_1138 = info.static_meta[uint32(2)];
const uint32 l_1139 = l_1138 * uint32(1);
const bool l_1140 = l_735 < l_1139;
const uint32 l_1141 = l_1139 - uint32(1);
const uint32 l_1142 = min(l_735, l_1141);
const float l_1143 = buffer_2[l_1142];
const float l_1144 = (l_1140) ? l_1143 : float(0.0);
const float l_743 = l_1144;
const uint32 l_1145 = info.static_meta[uint32(3)];
const uint32 l_1146 = l_1145 * uint32(1);
const bool l_1147 = l_737 < l_1146;
const uint32 l_1148 = l_1146 - uint32(1);
const uint32 l_1149 = min(l_737, l_1148);
const float l_1150 = buffer_3[l_1149];
const float l_1151 = (l_1147) ? l_1150 : float(0.0);
const float l_744 = l_1151;
const float l_745 = l_743 * l_744;
l_mut_29 = l_mut_29 / l_745;
const uint32 l_746 = l_735 + info.scalars_uint32[0];
const uint32 l_747 = l_737 + info.scalars_uint32[1];
const bool l_748 = l_746 == l_747;
const float l_749 = (l_748) ? float(1.0) : float(-1.0);
const float l_750 = l_mut_29 + info.scalars_float[1];
const float l_751 = l_749 * l_750;
const float l_752 = min(l_751, float(0.0));
const float l_753 = abs(l_751);
const float l_754 = -l_753;
const float l_755 = exp(l_754);
const float l_756 = float(2.0) + l_755;
const float l_757 = l_755 / l_756;
const float l_758 = l_757 * l_757;
l_mut_28 = float(0.05882352963089943);
const float l_759 = l_758 * l_mut_28;
const float l_760 = float(0.06666667014360428) + l_759;
l_mut_28 = l_760;
const float l_761 = l_758 * l_mut_28;
const float l_762 = float(0.07692307978868484) + l_761;
l_mut_28 = l_762;
const float l_763 = l_758 * l_mut_28;
const float l_764 = float(0.09090909361839294) + l_763;
l_mut_28 = l_764;
const float l_765 = l_758 * l_mut_28;
const float l_766 = float(0.1111111119389534) + l_765;
l_mut_28 = l_766;
const float l_767 = l_758 * l_mut_28;
const float l_768 = float(0.1428571492433548) + l_767;
l_mut_28 = l_768;
const float l_769 = l_758 * l_mut_28;
const float l_770 = float(0.20000000298023224) + l_769;
l_mut_28 = l_770;
const float l_771 = l_758 * l_mut_28;
const float l_772 = float(0.3333333432674408) + l_771;
l_mut_28 = l_772;
const float l_773 = l_758 * l_mut_28;
const float l_774 = float(1.0) + l_773;
l_mut_28 = l_774;
const float l_775 = float(2.0) * l_757;
const float l_776 = l_775 * l_mut_28;
const float l_777 = l_752 - l_776;
const float l_778 = l_arr_7[uint32(3)];
const float l_779 = l_778 + l_777;
l_arr_7[uint32(3)] = l_779;
}
const uint32 l_780 = l_mut_9 + l_4;
const uint32 l_781 = l_780 + uint32(16);
const bool l_782 = l_735 < l_0;
const bool l_783 = l_781 < l_1;
const bool l_784 = l_782 && l_783;
if (l_784) {
const float l_785 = l_arr_6[uint32(13)];
const float l_786 = info.scalars_float[0] * l_785;
l_mut_29 = l_786;
const uint32 l_1152 = info.static_meta[uint32(2)];
const uint32 l_1153 = l_1152 * uint32(1);
const bool l_1154 = l_735 < l_1153;
const uint32 l_1155 = l_1153 - uint32(1);
const uint32 l_1156 = min(l_735, l_1155);
const float l_1157 = buffer_2[l_1156];
const float l_1158 = (l_1154) ? l_1157 : float(0.0);
const float l_787 = l_1158;
const uint32 l_1159 = info.static_meta[uint32(3)];
const uint32 l_1160 = l_1159 * uint32(1);
const bool l_1161 = l_781 < l_1160;
const uint32 l_1162 = l_1160 - uint32(1);
const uint32 l_1163 = min(l_781, l_1162);
const float l_1164 = buffer_3[l_1163];
const float l_1165 = (l_1161) ? l_1164 : float(0.0);
const float l_788 = l_1165;
const float l_789 = l_787 * l_788;
l_mut_29 = l_mut_29 / l_789;
const uint32 l_790 = l_735 + info.scalars_uint32[0];
const uint32 l_791 = l_781 + info.scalars_uint32[1];
const bool l_792 = l_790 == l_791;
const float l_793 = (l_792) ? float(1.0) : float(-1.0);
const float l_794 = l_mut_29 + info.scalars_float[1];
const float l_795 = l_793 * l_794;
const float l_796 = min(l_795, float(0.0));
const float l_797 = abs(l_795);
const float l_798 = -l_797;
const float l_799 = exp(l_798);
const float l_800 = float(2.0) + l_799;
const float l_801 = l_799 / l_800;
const float l_802 = l_801 * l_801;
l_mut_28 = float(0.05882352963089943);
const float l_803 = l_802 * l_mut_28;
const float l_804 = float(0.06666667014360428) + l_803;
l_mut_28 = l_804;
const float l_805 = l_802 * l_mut_28;
const float l_806 = float(0.07692307978868484) + l_805;
l_mut_28 = l_806;
const float l_807 = l_802 * l_mut_28;
const float l_808 = float(0.09090909361839294) + l_807;
l_mut_28 = l_808;
const float l_809 = l_802 * l_mut_28;
const float l_810 = float(0.1111111119389534) + l_809;
l_mut_28 = l_810;
const float l_811 = l_802 * l_mut_28;
const float l_812 = float(0.1428571492433548) + l_811;
l_mut_28 = l_812;
const float l_813 = l_802 * l_mut_28;
const float l_814 = float(0.20000000298023224) + l_813;
l_mut_28 = l_814;
const float l_815 = l_802 * l_mut_28;
const float l_816 = float(0.3333333432674408) + l_815;
l_mut_28 = l_816;
const float l_817 = l_802 * l_mut_28;
const float l_818 = float(1.0) + l_817;
l_mut_28 = l_818;
const float l_819 = float(2.0) * l_801;
const float l_820 = l_819 * l_mut_28;
const float l_821 = l_796 - l_820;
const float l_822 = l_arr_7[uint32(3)];
const float l_823 = l_822 + l_821;
l_arr_7[uint32(3)] = l_823;
}
const uint32 l_824 = l_mut_9 + l_4;
const uint32 l_825 = l_824 + uint32(32);
const bool l_826 = l_735 < l_0;
const bool l_827 = l_825 < l_1;
const bool l_828 = l_826 && l_827;
if (l_828) {
const float l_829 = l_arr_6[uint32(14)];
const float l_830 = info.scalars_float[0] * l_829;
l_mut_29 = l_830;
const uint32 l_1166 = info.static_meta[uint32(2)];
const uint32 l_1167 = l_1166 * uint32(1);
const bool l_1168 = l_735 < l_1167;
const uint32 l_1169 = l_1167 - uint32(1);
const uint32 l_1170 = min(l_735, l_1169);
const float l_1171 = buffer_2[l_1170];
const float l_1172 = (l_1168) ? l_1171 : float(0.0);
const float l_831 = l_1172;
const uint32 l_1173 = info.static_meta[uint32(3)];
const uint32 l_1174 = l_1173 * uint32(1);
const bool l_1175 = l_825 < l_1174;
const uint32 l_1176 = l_1174 - uint32(1);
const uint32 l_1177 = min(l_825, l_1176);
const float l_1178 = buffer_3[l_1177];
const float l_1179 = (l_1175) ? l_1178 : float(0.0);
const float l_832 = l_1179;
const float l_833 = l_831 * l_832;
l_mut_29 = l_mut_29 / l_833;
const uint32 l_834 = l_735 + info.scalars_uint32[0];
const uint32 l_835 = l_825 + info.scalars_uint32[1];
const bool l_836 = l_834 == l_835;
const float l_837 = (l_836) ? float(1.0) : float(-1.0);
const float l_838 = l_mut_29 + info.scalars_float[1];
const float l_839 = l_837 * l_838;
const float l_840 = min(l_839, float(0.0));
const float l_841 = abs(l_839);
const float l_842 = -l_841;
const float l_843 = exp(l_842);
const float l_844 = float(2.0) + l_843;
const float l_845 = l_843 / l_844;
const float l_846 = l_845 * l_845;
l_mut_28 = float(0.05882352963089943);
const float l_847 = l_846 * l_mut_28;
const float l_848 = float(0.06666667014360428) + l_847;
l_mut_28 = l_848;
const float l_849 = l_846 * l_mut_28;
const float l_850 = float(0.07692307978868484) + l_849;
l_mut_28 = l_850;
const float l_851 = l_846 * l_mut_28;
const float l_852 = float(0.09090909361839294) + l_851;
l_mut_28 = l_852;
const float l_853 = l_846 * l_mut_28;
const float l_854 = float(0.1111111119389534) + l_853;
l_mut_28 = l_854;
const float l_855 = l_846 * l_mut_28;
const float l_856 = float(0.1428571492433548) + l_855;
l_mut_28 = l_856;
const float l_857 = l_846 * l_mut_28;
const float l_858 = float(0.20000000298023224) + l_857;
l_mut_28 = l_858;
const float l_859 = l_846 * l_mut_28;
const float l_860 = float(0.3333333432674408) + l_859;
l_mut_28 = l_860;
const float l_861 = l_846 * l_mut_28;
const float l_862 = float(1.0) + l_861;
l_mut_28 = l_862;
const float l_863 = float(2.0) * l_845;
const float l_864 = l_863 * l_mut_28;
const float l_865 = l_840 - l_864;
const float l_866 = l_arr_7[uint32(3)];
const float l_867 = l_866 + l_865;
l_arr_7[uint32(3)] = l_867;
}
const uint32 l_868 = l_mut_9 + l_4;
const uint32 l_869 = l_868 + uint32(48);
const bool l_870 = l_735 < l_0;
const bool l_871 = l_869 < l_1;
const bool l_872 = l_870 && l_871;
if (l_872) {
const float l_873 = l_arr_6[uint32(15)];
const float l_874 = info.scalars_float[0] * l_873;
l_mut_29 = l_874;
const uint32 l_1180 = info.static_meta[uint32(2)];
const uint32 l_1181 = l_1180 * uint32(1);
const bool l_1182 = l_735 < l_1181;
const uint32 l_1183 = l_1181 - uint32(1);
const uint32 l_1184 = min(l_735, l_1183);
const float l_1185 = buffer_2[l_1184];
const float l_1186 = (l_1182) ? l_1185 : float(0.0);
const float l_875 = l_1186;
const uint32 l_1187 = info.static_meta[uint32(3)];
const uint32 l_1188 = l_1187 * uint32(1);
const bool l_1189 = l_869 < l_1188;
const uint32 l_1190 = l_1188 - uint32(1);
const uint32 l_1191 = min(l_869, l_1190);
const float l_1192 = buffer_3[l_1191];
const float l_1193 = (l_1189) ? l_1192 : float(0.0);
const float l_876 = l_1193;
const float l_877 = l_875 * l_876;
l_mut_29 = l_mut_29 / l_877;
const uint32 l_878 = l_735 + info.scalars_uint32[0];
const uint32 l_879 = l_869 + info.scalars_uint32[1];
const bool l_880 = l_878 == l_879;
const float l_881 = (l_880) ? float(1.0) : float(-1.0);
const float l_882 = l_mut_29 + info.scalars_float[1];
const float l_883 = l_881 * l_882;
const float l_884 = min(l_883, float(0.0));
const float l_885 = abs(l_883);
const float l_886 = -l_885;
const float l_887 = exp(l_886);
const float l_888 = float(2.0) + l_887;
const float l_889 = l_887 / l_888;
const float l_890 = l_889 * l_889;
l_mut_28 = float(0.05882352963089943);
const float l_891 = l_890 * l_mut_28;
const float l_892 = float(0.06666667014360428) + l_891;
l_mut_28 = l_892;
const float l_893 = l_890 * l_mut_28;
const float l_894 = float(0.07692307978868484) + l_893;
l_mut_28 = l_894;
const float l_895 = l_890 * l_mut_28;
const float l_896 = float(0.09090909361839294) + l_895;
l_mut_28 = l_896;
const float l_897 = l_890 * l_mut_28;
const float l_898 = float(0.1111111119389534) + l_897;
l_mut_28 = l_898;
const float l_899 = l_890 * l_mut_28;
const float l_900 = float(0.1428571492433548) + l_899;
l_mut_28 = l_900;
const float l_901 = l_890 * l_mut_28;
const float l_902 = float(0.20000000298023224) + l_901;
l_mut_28 = l_902;
const float l_903 = l_890 * l_mut_28;
const float l_904 = float(0.3333333432674408) + l_903;
l_mut_28 = l_904;
const float l_905 = l_890 * l_mut_28;
const float l_906 = float(1.0) + l_905;
l_mut_28 = l_906;
const float l_907 = float(2.0) * l_889;
const float l_908 = l_907 * l_mut_28;
const float l_909 = l_884 - l_908;
const float l_910 = l_arr_7[uint32(3)];
const float l_911 = l_910 + l_909;
l_arr_7[uint32(3)] = l_911;
}
l_mut_9 = l_mut_9 + uint32(64);
}
const uint32 l_912 = l_3 + uint32(0);
const uint32 l_913 = l_912 * uint32(16);
const uint32 l_914 = l_913 + l_4;
const float l_915 = l_arr_7[uint32(0)];
shared_memory_5[l_914] = l_915;
const uint32 l_916 = l_912 * uint32(16);
const uint32 l_917 = uint32(1024) + l_916;
const uint32 l_918 = l_917 + l_4;
const float l_919 = l_arr_8[uint32(0)];
shared_memory_5[l_918] = l_919;
const uint32 l_920 = l_3 + uint32(16);
const uint32 l_921 = l_920 * uint32(16);
const uint32 l_922 = l_921 + l_4;
const float l_923 = l_arr_7[uint32(1)];
shared_memory_5[l_922] = l_923;
const uint32 l_924 = l_920 * uint32(16);
const uint32 l_925 = uint32(1024) + l_924;
const uint32 l_926 = l_925 + l_4;
const float l_927 = l_arr_8[uint32(1)];
shared_memory_5[l_926] = l_927;
const uint32 l_928 = l_3 + uint32(32);
const uint32 l_929 = l_928 * uint32(16);
const uint32 l_930 = l_929 + l_4;
const float l_931 = l_arr_7[uint32(2)];
shared_memory_5[l_930] = l_931;
const uint32 l_932 = l_928 * uint32(16);
const uint32 l_933 = uint32(1024) + l_932;
const uint32 l_934 = l_933 + l_4;
const float l_935 = l_arr_8[uint32(2)];
shared_memory_5[l_934] = l_935;
const uint32 l_936 = l_3 + uint32(48);
const uint32 l_937 = l_936 * uint32(16);
const uint32 l_938 = l_937 + l_4;
const float l_939 = l_arr_7[uint32(3)];
shared_memory_5[l_938] = l_939;
const uint32 l_940 = l_936 * uint32(16);
const uint32 l_941 = uint32(1024) + l_940;
const uint32 l_942 = l_941 + l_4;
const float l_943 = l_arr_8[uint32(3)];
shared_memory_5[l_942] = l_943;
__syncthreads();

const bool l_944 = threadIdxGlobal < uint32(64);
if (l_944) {
const uint32 l_945 = l_2 + threadIdxGlobal;
const bool l_946 = l_945 < l_0;
if (l_946) {
l_mut_29 = float(0.0);
l_mut_28 = float(0.0);

for (uint32 l_mut_947 = uint32(0); l_mut_947 < uint32(16); ++l_mut_947) {
const uint32 l_948 = threadIdxGlobal * uint32(16);
const uint32 l_949 = l_948 + l_mut_947;
const float l_950 = shared_memory_5[l_949];
l_mut_29 = l_mut_29 + l_950;
const uint32 l_951 = threadIdxGlobal * uint32(16);
const uint32 l_952 = uint32(1024) + l_951;
const uint32 l_953 = l_952 + l_mut_947;
const float l_954 = shared_memory_5[l_953];
l_mut_28 = l_mut_28 + l_954;
}
const float l_955 = info.scalars_float[2] * l_mut_29;
const uint32 l_1194 = info.static_meta[uint32(4)];
const uint32 l_1195 = l_1194 * uint32(1);
const bool l_1196 = l_945 < l_1195;
if (l_1196) {
buffer_4[l_945] = l_955;
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
float *shared_memory_15 = reinterpret_cast<float*>(&dynamic_shared_mem[0]);
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
const uint32 l_9 = dynamic_meta[info.static_meta[uint32(6)] + uint32(0)];
const uint32 l_10 = l_mut_7 % l_9;
const uint32 l_11 = dynamic_meta[info.static_meta[uint32(8)] + uint32(0)];
const uint32 l_12 = l_10 * l_11;
l_mut_8 = l_mut_8 + l_12;
l_mut_7 = l_mut_7 / l_9;
const uint32 l_25 = info.static_meta[uint32(0)];
const uint32 l_26 = l_25 * uint32(1);
const bool l_27 = l_mut_8 < l_26;
const uint32 l_28 = l_26 - uint32(1);
const uint32 l_29 = min(l_mut_8, l_28);
const float l_30 = buffer_0[l_29];
const float l_31 = (l_27) ? l_30 : float(0.0);
const float l_13 = l_31;
const float l_14 = l_mut_1 + l_13;
l_mut_1 = l_14;
l_mut_2 = l_mut_2 + uint32(32);
}
shared_memory_15[threadIdxGlobal] = l_mut_1;
__syncthreads();

l_mut_8 = uint32(16);
while (true) {
const bool l_16 = l_mut_8 > uint32(0);
const bool l_17 = !l_16;
if (l_17) {
break;}
const bool l_18 = threadIdxGlobal < l_mut_8;
if (l_18) {
const uint32 l_19 = threadIdxGlobal + l_mut_8;
const float l_20 = shared_memory_15[l_19];
const float l_21 = shared_memory_15[threadIdxGlobal];
const float l_22 = l_21 + l_20;
shared_memory_15[threadIdxGlobal] = l_22;
}
__syncthreads();

l_mut_8 = l_mut_8 / uint32(2);
}
const float l_23 = shared_memory_15[uint32(0)];
__syncthreads();

l_mut_1 = l_23;
const bool l_24 = threadIdxGlobal == uint32(0);
if (l_24) {
const uint32 l_32 = info.static_meta[uint32(1)];
const uint32 l_33 = l_32 * uint32(1);
const bool l_34 = blockIdxGlobal < l_33;
if (l_34) {
buffer_1[blockIdxGlobal] = l_mut_1;
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
// ==== launch 0: grad_tiles_x_f32_y_f32_o_f32 (sigmoid_loss), cube_dim 256x1x1
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
uint32 scalars_uint32[2];uint32 static_meta[22];
};


extern "C" __global__ void __launch_bounds__(256)grad_tiles_x_f32_y_f32_o_f32 (
    const float* __restrict__ buffer_0, const float* __restrict__ buffer_1, const float* __restrict__ buffer_2, const float* __restrict__ buffer_3, float* buffer_4, float* buffer_5, const uint32* __restrict__ dynamic_meta, const __grid_constant__ info_st info
) {
uint32 threadIdxGlobal = threadIdx.x + threadIdx.y * blockDim.x + threadIdx.z * (blockDim.x * blockDim.y);
uint32 blockIdxGlobal = (blockIdx.z * gridDim.y * gridDim.x) + (blockIdx.y * gridDim.x) + blockIdx.x;
extern __shared__ __align__(4) uint8 dynamic_shared_mem[];
// Shared array size: 4096, 16384 bytes
float *shared_memory_6 = reinterpret_cast<float*>(&dynamic_shared_mem[0]);
float l_arr_7[16];

float l_mut_35;
float l_mut_36;
uint32 l_mut_11;
uint32 l_mut_24;
uint32 l_mut_27;
const uint32 l_0 = dynamic_meta[info.static_meta[uint32(15)] + uint32(0)];
const uint32 l_1 = dynamic_meta[info.static_meta[uint32(16)] + uint32(0)];
const uint32 l_2 = dynamic_meta[info.static_meta[uint32(15)] + uint32(1)];
const uint32 l_3 = blockIdxGlobal * uint32(64);
const uint32 l_4 = threadIdxGlobal / uint32(16);
const uint32 l_5 = threadIdxGlobal % uint32(16);

for (uint32 l_mut_8 = uint32(0); l_mut_8 < uint32(64); ++l_mut_8) {
const uint32 l_9 = l_3 + l_mut_8;
const bool l_10 = l_9 < l_0;
if (l_10) {
l_mut_11 = threadIdxGlobal;
while (true) {
const bool l_12 = l_mut_11 < l_2;
const bool l_13 = !l_12;
if (l_13) {
break;}
const uint32 l_14 = l_3 + l_mut_8;
const uint32 l_15 = l_14 * l_2;
const uint32 l_16 = l_15 + l_mut_11;
const uint32 l_1453 = info.static_meta[uint32(4)];
const uint32 l_1454 = l_1453 * uint32(1);
const bool l_1455 = l_16 < l_1454;
if (l_1455) {
buffer_4[l_16] = float(0.0);
}
l_mut_11 = l_mut_11 + uint32(256);
}
}
}
l_mut_11 = uint32(0);
while (true) {
const bool l_17 = l_mut_11 < l_1;
const bool l_18 = !l_17;
if (l_18) {
break;}
const uint32 l_19 = dynamic_meta[info.static_meta[uint32(15)] + uint32(0)];
const uint32 l_20 = dynamic_meta[info.static_meta[uint32(16)] + uint32(0)];
const uint32 l_21 = dynamic_meta[info.static_meta[uint32(15)] + uint32(1)];
const uint32 l_22 = threadIdxGlobal / uint32(16);
const uint32 l_23 = threadIdxGlobal % uint32(16);
l_arr_7[uint32(0)] = float(0.0);
l_arr_7[uint32(1)] = float(0.0);
l_arr_7[uint32(2)] = float(0.0);
l_arr_7[uint32(3)] = float(0.0);
l_arr_7[uint32(4)] = float(0.0);
l_arr_7[uint32(5)] = float(0.0);
l_arr_7[uint32(6)] = float(0.0);
l_arr_7[uint32(7)] = float(0.0);
l_arr_7[uint32(8)] = float(0.0);
l_arr_7[uint32(9)] = float(0.0);
l_arr_7[uint32(10)] = float(0.0);
l_arr_7[uint32(11)] = float(0.0);
l_arr_7[uint32(12)] = float(0.0);
l_arr_7[uint32(13)] = float(0.0);
l_arr_7[uint32(14)] = float(0.0);
l_arr_7[uint32(15)] = float(0.0);
l_mut_24 = uint32(0);
while (true) {
const bool l_25 = l_mut_24 < l_21;
const bool l_26 = !l_25;
if (l_26) {
break;}
l_mut_27 = threadIdxGlobal;
while (true) {
const bool l_28 = l_mut_27 < uint32(1024);
const bool l_29 = !l_28;
if (l_29) {
break;}
const uint32 l_30 = l_mut_27 / uint32(16);
const uint32 l_31 = l_mut_27 % uint32(16);
const uint32 l_32 = l_mut_24 + l_31;
const uint32 l_33 = l_3 + l_30;
const uint32 l_34 = l_mut_11 + l_30;
l_mut_35 = float(0.0);
l_mut_36 = float(0.0);
const bool l_37 = l_33 < l_19;
const bool l_38 = l_32 < l_21;
const bool l_39 = l_37 && l_38;
if (l_39) {
const uint32 l_40 = dynamic_meta[info.static_meta[uint32(18)] + uint32(0)];
const uint32 l_41 = l_33 * l_40;
const uint32 l_42 = dynamic_meta[info.static_meta[uint32(18)] + uint32(1)];
const uint32 l_43 = l_32 * l_42;
const uint32 l_44 = l_41 + l_43;
const uint32 l_1456 = info.static_meta[uint32(0)];
const uint32 l_1457 = l_1456 * uint32(1);
const bool l_1458 = l_44 < l_1457;
const uint32 l_1459 = l_1457 - uint32(1);
const uint32 l_1460 = min(l_44, l_1459);
const float l_1461 = buffer_0[l_1460];
const float l_1462 = (l_1458) ? l_1461 : float(0.0);
const float l_45 = l_1462;
l_mut_35 = l_45;
}
const bool l_46 = l_34 < l_20;
const bool l_47 = l_32 < l_21;
const bool l_48 = l_46 && l_47;
if (l_48) {
const uint32 l_49 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_50 = l_34 * l_49;
const uint32 l_51 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_52 = l_32 * l_51;
const uint32 l_53 = l_50 + l_52;
const uint32 l_1463 = info.static_meta[uint32(1)];
const uint32 l_1464 = l_1463 * uint32(1);
const bool l_1465 = l_53 < l_1464;
const uint32 l_1466 = l_1464 - uint32(1);
const uint32 l_1467 = min(l_53, l_1466);
const float l_1468 = buffer_1[l_1467];
const float l_1469 = (l_1465) ? l_1468 : float(0.0);
const float l_54 = l_1469;
l_mut_36 = l_54;
}
const uint32 l_55 = l_30 * uint32(17);
const uint32 l_56 = l_mut_27 % uint32(16);
const uint32 l_57 = l_55 + l_56;
shared_memory_6[l_57] = l_mut_35;
const uint32 l_58 = l_30 * uint32(17);
const uint32 l_59 = uint32(1088) + l_58;
const uint32 l_60 = l_mut_27 % uint32(16);
const uint32 l_61 = l_59 + l_60;
shared_memory_6[l_61] = l_mut_36;
l_mut_27 = l_mut_27 + uint32(256);
}
__syncthreads();


for (uint32 l_mut_62 = uint32(0); l_mut_62 < uint32(16); ++l_mut_62) {
const uint32 l_63 = l_22 + uint32(0);
const uint32 l_64 = l_63 * uint32(17);
const uint32 l_65 = l_64 + l_mut_62;
const float l_66 = shared_memory_6[l_65];
const uint32 l_67 = l_23 + uint32(0);
const uint32 l_68 = l_67 * uint32(17);
const uint32 l_69 = uint32(1088) + l_68;
const uint32 l_70 = l_69 + l_mut_62;
const float l_71 = shared_memory_6[l_70];
const float l_72 = l_66 * l_71;
const float l_73 = l_arr_7[uint32(0)];
const float l_74 = l_73 + l_72;
l_arr_7[uint32(0)] = l_74;
const uint32 l_75 = l_23 + uint32(16);
const uint32 l_76 = l_75 * uint32(17);
const uint32 l_77 = uint32(1088) + l_76;
const uint32 l_78 = l_77 + l_mut_62;
const float l_79 = shared_memory_6[l_78];
const float l_80 = l_66 * l_79;
const float l_81 = l_arr_7[uint32(1)];
const float l_82 = l_81 + l_80;
l_arr_7[uint32(1)] = l_82;
const uint32 l_83 = l_23 + uint32(32);
const uint32 l_84 = l_83 * uint32(17);
const uint32 l_85 = uint32(1088) + l_84;
const uint32 l_86 = l_85 + l_mut_62;
const float l_87 = shared_memory_6[l_86];
const float l_88 = l_66 * l_87;
const float l_89 = l_arr_7[uint32(2)];
const float l_90 = l_89 + l_88;
l_arr_7[uint32(2)] = l_90;
const uint32 l_91 = l_23 + uint32(48);
const uint32 l_92 = l_91 * uint32(17);
const uint32 l_93 = uint32(1088) + l_92;
const uint32 l_94 = l_93 + l_mut_62;
const float l_95 = shared_memory_6[l_94];
const float l_96 = l_66 * l_95;
const float l_97 = l_arr_7[uint32(3)];
const float l_98 = l_97 + l_96;
l_arr_7[uint32(3)] = l_98;
const uint32 l_99 = l_22 + uint32(16);
const uint32 l_100 = l_99 * uint32(17);
const uint32 l_101 = l_100 + l_mut_62;
const float l_102 = shared_memory_6[l_101];
const uint32 l_103 = l_23 + uint32(0);
const uint32 l_104 = l_103 * uint32(17);
const uint32 l_105 = uint32(1088) + l_104;
const uint32 l_106 = l_105 + l_mut_62;
const float l_107 = shared_memory_6[l_106];
const float l_108 = l_102 * l_107;
const float l_109 = l_arr_7[uint32(4)];
const float l_110 = l_109 + l_108;
l_arr_7[uint32(4)] = l_110;
const uint32 l_111 = l_23 + uint32(16);
const uint32 l_112 = l_111 * uint32(17);
const uint32 l_113 = uint32(1088) + l_112;
const uint32 l_114 = l_113 + l_mut_62;
const float l_115 = shared_memory_6[l_114];
const float l_116 = l_102 * l_115;
const float l_117 = l_arr_7[uint32(5)];
const float l_118 = l_117 + l_116;
l_arr_7[uint32(5)] = l_118;
const uint32 l_119 = l_23 + uint32(32);
const uint32 l_120 = l_119 * uint32(17);
const uint32 l_121 = uint32(1088) + l_120;
const uint32 l_122 = l_121 + l_mut_62;
const float l_123 = shared_memory_6[l_122];
const float l_124 = l_102 * l_123;
const float l_125 = l_arr_7[uint32(6)];
const float l_126 = l_125 + l_124;
l_arr_7[uint32(6)] = l_126;
const uint32 l_127 = l_23 + uint32(48);
const uint32 l_128 = l_127 * uint32(17);
const uint32 l_129 = uint32(1088) + l_128;
const uint32 l_130 = l_129 + l_mut_62;
const float l_131 = shared_memory_6[l_130];
const float l_132 = l_102 * l_131;
const float l_133 = l_arr_7[uint32(7)];
const float l_134 = l_133 + l_132;
l_arr_7[uint32(7)] = l_134;
const uint32 l_135 = l_22 + uint32(32);
const uint32 l_136 = l_135 * uint32(17);
const uint32 l_137 = l_136 + l_mut_62;
const float l_138 = shared_memory_6[l_137];
const uint32 l_139 = l_23 + uint32(0);
const uint32 l_140 = l_139 * uint32(17);
const uint32 l_141 = uint32(1088) + l_140;
const uint32 l_142 = l_141 + l_mut_62;
const float l_143 = shared_memory_6[l_142];
const float l_144 = l_138 * l_143;
const float l_145 = l_arr_7[uint32(8)];
const float l_146 = l_145 + l_144;
l_arr_7[uint32(8)] = l_146;
const uint32 l_147 = l_23 + uint32(16);
const uint32 l_148 = l_147 * uint32(17);
const uint32 l_149 = uint32(1088) + l_148;
const uint32 l_150 = l_149 + l_mut_62;
const float l_151 = shared_memory_6[l_150];
const float l_152 = l_138 * l_151;
const float l_153 = l_arr_7[uint32(9)];
const float l_154 = l_153 + l_152;
l_arr_7[uint32(9)] = l_154;
const uint32 l_155 = l_23 + uint32(32);
const uint32 l_156 = l_155 * uint32(17);
const uint32 l_157 = uint32(1088) + l_156;
const uint32 l_158 = l_157 + l_mut_62;
const float l_159 = shared_memory_6[l_158];
const float l_160 = l_138 * l_159;
const float l_161 = l_arr_7[uint32(10)];
const float l_162 = l_161 + l_160;
l_arr_7[uint32(10)] = l_162;
const uint32 l_163 = l_23 + uint32(48);
const uint32 l_164 = l_163 * uint32(17);
const uint32 l_165 = uint32(1088) + l_164;
const uint32 l_166 = l_165 + l_mut_62;
const float l_167 = shared_memory_6[l_166];
const float l_168 = l_138 * l_167;
const float l_169 = l_arr_7[uint32(11)];
const float l_170 = l_169 + l_168;
l_arr_7[uint32(11)] = l_170;
const uint32 l_171 = l_22 + uint32(48);
const uint32 l_172 = l_171 * uint32(17);
const uint32 l_173 = l_172 + l_mut_62;
const float l_174 = shared_memory_6[l_173];
const uint32 l_175 = l_23 + uint32(0);
const uint32 l_176 = l_175 * uint32(17);
const uint32 l_177 = uint32(1088) + l_176;
const uint32 l_178 = l_177 + l_mut_62;
const float l_179 = shared_memory_6[l_178];
const float l_180 = l_174 * l_179;
const float l_181 = l_arr_7[uint32(12)];
const float l_182 = l_181 + l_180;
l_arr_7[uint32(12)] = l_182;
const uint32 l_183 = l_23 + uint32(16);
const uint32 l_184 = l_183 * uint32(17);
const uint32 l_185 = uint32(1088) + l_184;
const uint32 l_186 = l_185 + l_mut_62;
const float l_187 = shared_memory_6[l_186];
const float l_188 = l_174 * l_187;
const float l_189 = l_arr_7[uint32(13)];
const float l_190 = l_189 + l_188;
l_arr_7[uint32(13)] = l_190;
const uint32 l_191 = l_23 + uint32(32);
const uint32 l_192 = l_191 * uint32(17);
const uint32 l_193 = uint32(1088) + l_192;
const uint32 l_194 = l_193 + l_mut_62;
const float l_195 = shared_memory_6[l_194];
const float l_196 = l_174 * l_195;
const float l_197 = l_arr_7[uint32(14)];
const float l_198 = l_197 + l_196;
l_arr_7[uint32(14)] = l_198;
const uint32 l_199 = l_23 + uint32(48);
const uint32 l_200 = l_199 * uint32(17);
const uint32 l_201 = uint32(1088) + l_200;
const uint32 l_202 = l_201 + l_mut_62;
const float l_203 = shared_memory_6[l_202];
const float l_204 = l_174 * l_203;
const float l_205 = l_arr_7[uint32(15)];
const float l_206 = l_205 + l_204;
l_arr_7[uint32(15)] = l_206;
}
__syncthreads();

l_mut_24 = l_mut_24 + uint32(16);
}
const uint32 l_207 = l_3 + l_4;
const uint32 l_208 = l_207 + uint32(0);
const uint32 l_209 = l_mut_11 + l_5;
const uint32 l_210 = l_209 + uint32(0);
l_mut_36 = float(0.0);
const bool l_211 = l_208 < l_0;
const bool l_212 = l_210 < l_1;
const bool l_213 = l_211 && l_212;
if (l_213) {
const float l_214 = l_arr_7[uint32(0)];
const float l_215 = info.scalars_float[0] * l_214;
l_mut_35 = l_215;
const uint32 l_1470 = info.static_meta[uint32(2)];
const uint32 l_1471 = l_1470 * uint32(1);
const bool l_1472 = l_208 < l_1471;
const uint32 l_1473 = l_1471 - uint32(1);
const uint32 l_1474 = min(l_208, l_1473);
const float l_1475 = buffer_2[l_1474];
const float l_1476 = (l_1472) ? l_1475 : float(0.0);
const float l_216 = l_1476;
const uint32 l_1477 = info.static_meta[uint32(3)];
const uint32 l_1478 = l_1477 * uint32(1);
const bool l_1479 = l_210 < l_1478;
const uint32 l_1480 = l_1478 - uint32(1);
const uint32 l_1481 = min(l_210, l_1480);
const float l_1482 = buffer_3[l_1481];
const float l_1483 = (l_1479) ? l_1482 : float(0.0);
const float l_217 = l_1483;
const float l_218 = l_216 * l_217;
l_mut_35 = l_mut_35 / l_218;
const uint32 l_219 = l_208 + info.scalars_uint32[0];
const uint32 l_220 = l_210 + info.scalars_uint32[1];
const bool l_221 = l_219 == l_220;
const float l_222 = (l_221) ? float(1.0) : float(-1.0);
const float l_223 = -info.scalars_float[2];
const float l_224 = l_223 * l_222;
const float l_225 = l_mut_35 + info.scalars_float[1];
const float l_226 = l_222 * l_225;
const float l_227 = exp(l_226);
const float l_228 = float(1.0) + l_227;
const float l_229 = l_224 / l_228;
l_mut_36 = l_229;
const uint32 l_1484 = info.static_meta[uint32(3)];
const uint32 l_1485 = l_1484 * uint32(1);
const bool l_1486 = l_210 < l_1485;
const uint32 l_1487 = l_1485 - uint32(1);
const uint32 l_1488 = min(l_210, l_1487);
const float l_1489 = buffer_3[l_1488];
const float l_1490 = (l_1486) ? l_1489 : float(0.0);
const float l_230 = l_1490;
l_mut_36 = l_mut_36 / l_230;
}
const uint32 l_231 = l_4 + uint32(0);
const uint32 l_232 = l_231 * uint32(64);
const uint32 l_233 = l_232 + l_5;
const uint32 l_234 = l_233 + uint32(0);
shared_memory_6[l_234] = l_mut_36;
const uint32 l_235 = l_mut_11 + l_5;
const uint32 l_236 = l_235 + uint32(16);
l_mut_36 = float(0.0);
const bool l_237 = l_208 < l_0;
const bool l_238 = l_236 < l_1;
const bool l_239 = l_237 && l_238;
if (l_239) {
const float l_240 = l_arr_7[uint32(1)];
const float l_241 = info.scalars_float[0] * l_240;
l_mut_35 = l_241;
const uint32 l_1491 = info.static_meta[uint32(2)];
const uint32 l_1492 = l_1491 * uint32(1);
const bool l_1493 = l_208 < l_1492;
const uint32 l_1494 = l_1492 - uint32(1);
const uint32 l_1495 = min(l_208, l_1494);
const float l_1496 = buffer_2[l_1495];
const float l_1497 = (l_1493) ? l_1496 : float(0.0);
const float l_242 = l_1497;
const uint32 l_1498 = info.static_meta[uint32(3)];
const uint32 l_1499 = l_1498 * uint32(1);
const bool l_1500 = l_236 < l_1499;
const uint32 l_1501 = l_1499 - uint32(1);
const uint32 l_1502 = min(l_236, l_1501);
const float l_1503 = buffer_3[l_1502];
const float l_1504 = (l_1500) ? l_1503 : float(0.0);
const float l_243 = l_1504;
const float l_244 = l_242 * l_243;
l_mut_35 = l_mut_35 / l_244;
const uint32 l_245 = l_208 + info.scalars_uint32[0];
const uint32 l_246 = l_236 + info.scalars_uint32[1];
const bool l_247 = l_245 == l_246;
const float l_248 = (l_247) ? float(1.0) : float(-1.0);
const float l_249 = -info.scalars_float[2];
const float l_250 = l_249 * l_248;
const float l_251 = l_mut_35 + info.scalars_float[1];
const float l_252 = l_248 * l_251;
const float l_253 = exp(l_252);
const float l_254 = float(1.0) + l_253;
const float l_255 = l_250 / l_254;
l_mut_36 = l_255;
const uint32 l_1505 = info.static_meta[uint32(3)];
const uint32 l_1506 = l_1505 * uint32(1);
const bool l_1507 = l_236 < l_1506;
const uint32 l_1508 = l_1506 - uint32(1);
const uint32 l_1509 = min(l_236, l_1508);
const float l_1510 = buffer_3[l_1509];
const float l_1511 = (l_1507) ? l_1510 : float(0.0);
const float l_256 = l_1511;
l_mut_36 = l_mut_36 / l_256;
}
const uint32 l_257 = l_4 + uint32(0);
const uint32 l_258 = l_257 * uint32(64);
const uint32 l_259 = l_258 + l_5;
const uint32 l_260 = l_259 + uint32(16);
shared_memory_6[l_260] = l_mut_36;
const uint32 l_261 = l_mut_11 + l_5;
const uint32 l_262 = l_261 + uint32(32);
l_mut_36 = float(0.0);
const bool l_263 = l_208 < l_0;
const bool l_264 = l_262 < l_1;
const bool l_265 = l_263 && l_264;
if (l_265) {
const float l_266 = l_arr_7[uint32(2)];
const float l_267 = info.scalars_float[0] * l_266;
l_mut_35 = l_267;
const uint32 l_1512 = info.static_meta[uint32(2)];
const uint32 l_1513 = l_1512 * uint32(1);
const bool l_1514 = l_208 < l_1513;
const uint32 l_1515 = l_1513 - uint32(1);
const uint32 l_1516 = min(l_208, l_1515);
const float l_1517 = buffer_2[l_1516];
const float l_1518 = (l_1514) ? l_1517 : float(0.0);
const float l_268 = l_1518;
const uint32 l_1519 = info.static_meta[uint32(3)];
const uint32 l_1520 = l_1519 * uint32(1);
const bool l_1521 = l_262 < l_1520;
const uint32 l_1522 = l_1520 - uint32(1);
const uint32 l_1523 = min(l_262, l_1522);
const float l_1524 = buffer_3[l_1523];
const float l_1525 = (l_1521) ? l_1524 : float(0.0);
const float l_269 = l_1525;
const float l_270 = l_268 * l_269;
l_mut_35 = l_mut_35 / l_270;
const uint32 l_271 = l_208 + info.scalars_uint32[0];
const uint32 l_272 = l_262 + info.scalars_uint32[1];
const bool l_273 = l_271 == l_272;
const float l_274 = (l_273) ? float(1.0) : float(-1.0);
const float l_275 = -info.scalars_float[2];
const float l_276 = l_275 * l_274;
const float l_277 = l_mut_35 + info.scalars_float[1];
const float l_278 = l_274 * l_277;
const float l_279 = exp(l_278);
const float l_280 = float(1.0) + l_279;
const float l_281 = l_276 / l_280;
l_mut_36 = l_281;
const uint32 l_1526 = info.static_meta[uint32(3)];
const uint32 l_1527 = l_1526 * uint32(1);
const bool l_1528 = l_262 < l_1527;
const uint32 l_1529 = l_1527 - uint32(1);
const uint32 l_1530 = min(l_262, l_1529);
const float l_1531 = buffer_3[l_1530];
const float l_1532 = (l_1528) ? l_1531 : float(0.0);
const float l_282 = l_1532;
l_mut_36 = l_mut_36 / l_282;
}
const uint32 l_283 = l_4 + uint32(0);
const uint32 l_284 = l_283 * uint32(64);
const uint32 l_285 = l_284 + l_5;
const uint32 l_286 = l_285 + uint32(32);
shared_memory_6[l_286] = l_mut_36;
const uint32 l_287 = l_mut_11 + l_5;
const uint32 l_288 = l_287 + uint32(48);
l_mut_36 = float(0.0);
const bool l_289 = l_208 < l_0;
const bool l_290 = l_288 < l_1;
const bool l_291 = l_289 && l_290;
if (l_291) {
const float l_292 = l_arr_7[uint32(3)];
const float l_293 = info.scalars_float[0] * l_292;
l_mut_35 = l_293;
const uint32 l_1533 = info.static_meta[uint32(2)];
const uint32 l_1534 = l_1533 * uint32(1);
const bool l_1535 = l_208 < l_1534;
const uint32 l_1536 = l_1534 - uint32(1);
const uint32 l_1537 = min(l_208, l_1536);
const float l_1538 = buffer_2[l_1537];
const float l_1539 = (l_1535) ? l_1538 : float(0.0);
const float l_294 = l_1539;
const uint32 l_1540 = info.static_meta[uint32(3)];
const uint32 l_1541 = l_1540 * uint32(1);
const bool l_1542 = l_288 < l_1541;
const uint32 l_1543 = l_1541 - uint32(1);
const uint32 l_1544 = min(l_288, l_1543);
const float l_1545 = buffer_3[l_1544];
const float l_1546 = (l_1542) ? l_1545 : float(0.0);
const float l_295 = l_1546;
const float l_296 = l_294 * l_295;
l_mut_35 = l_mut_35 / l_296;
const uint32 l_297 = l_208 + info.scalars_uint32[0];
const uint32 l_298 = l_288 + info.scalars_uint32[1];
const bool l_299 = l_297 == l_298;
const float l_300 = (l_299) ? float(1.0) : float(-1.0);
const float l_301 = -info.scalars_float[2];
const float l_302 = l_301 * l_300;
const float l_303 = l_mut_35 + info.scalars_float[1];
const float l_304 = l_300 * l_303;
const float l_305 = exp(l_304);
const float l_306 = float(1.0) + l_305;
const float l_307 = l_302 / l_306;
l_mut_36 = l_307;
const uint32 l_1547 = info.static_meta[uint32(3)];
const uint32 l_1548 = l_1547 * uint32(1);
const bool l_1549 = l_288 < l_1548;
const uint32 l_1550 = l_1548 - uint32(1);
const uint32 l_1551 = min(l_288, l_1550);
const float l_1552 = buffer_3[l_1551];
const float l_1553 = (l_1549) ? l_1552 : float(0.0);
const float l_308 = l_1553;
l_mut_36 = l_mut_36 / l_308;
}
const uint32 l_309 = l_4 + uint32(0);
const uint32 l_310 = l_309 * uint32(64);
const uint32 l_311 = l_310 + l_5;
const uint32 l_312 = l_311 + uint32(48);
shared_memory_6[l_312] = l_mut_36;
const uint32 l_313 = l_3 + l_4;
const uint32 l_314 = l_313 + uint32(16);
const uint32 l_315 = l_mut_11 + l_5;
const uint32 l_316 = l_315 + uint32(0);
l_mut_36 = float(0.0);
const bool l_317 = l_314 < l_0;
const bool l_318 = l_316 < l_1;
const bool l_319 = l_317 && l_318;
if (l_319) {
const float l_320 = l_arr_7[uint32(4)];
const float l_321 = info.scalars_float[0] * l_320;
l_mut_35 = l_321;
const uint32 l_1554 = info.static_meta[uint32(2)];
const uint32 l_1555 = l_1554 * uint32(1);
const bool l_1556 = l_314 < l_1555;
const uint32 l_1557 = l_1555 - uint32(1);
const uint32 l_1558 = min(l_314, l_1557);
const float l_1559 = buffer_2[l_1558];
const float l_1560 = (l_1556) ? l_1559 : float(0.0);
const float l_322 = l_1560;
const uint32 l_1561 = info.static_meta[uint32(3)];
const uint32 l_1562 = l_1561 * uint32(1);
const bool l_1563 = l_316 < l_1562;
const uint32 l_1564 = l_1562 - uint32(1);
const uint32 l_1565 = min(l_316, l_1564);
const float l_1566 = buffer_3[l_1565];
const float l_1567 = (l_1563) ? l_1566 : float(0.0);
const float l_323 = l_1567;
const float l_324 = l_322 * l_323;
l_mut_35 = l_mut_35 / l_324;
const uint32 l_325 = l_314 + info.scalars_uint32[0];
const uint32 l_326 = l_316 + info.scalars_uint32[1];
const bool l_327 = l_325 == l_326;
const float l_328 = (l_327) ? float(1.0) : float(-1.0);
const float l_329 = -info.scalars_float[2];
const float l_330 = l_329 * l_328;
const float l_331 = l_mut_35 + info.scalars_float[1];
const float l_332 = l_328 * l_331;
const float l_333 = exp(l_332);
const float l_334 = float(1.0) + l_333;
const float l_335 = l_330 / l_334;
l_mut_36 = l_335;
const uint32 l_1568 = info.static_meta[uint32(3)];
const uint32 l_1569 = l_1568 * uint32(1);
const bool l_1570 = l_316 < l_1569;
const uint32 l_1571 = l_1569 - uint32(1);
const uint32 l_1572 = min(l_316, l_1571);
const float l_1573 = buffer_3[l_1572];
const float l_1574 = (l_1570) ? l_1573 : float(0.0);
const float l_336 = l_1574;
l_mut_36 = l_mut_36 / l_336;
}
const uint32 l_337 = l_4 + uint32(16);
const uint32 l_338 = l_337 * uint32(64);
const uint32 l_339 = l_338 + l_5;
const uint32 l_340 = l_339 + uint32(0);
shared_memory_6[l_340] = l_mut_36;
const uint32 l_341 = l_mut_11 + l_5;
const uint32 l_342 = l_341 + uint32(16);
l_mut_36 = float(0.0);
const bool l_343 = l_314 < l_0;
const bool l_344 = l_342 < l_1;
const bool l_345 = l_343 && l_344;
if (l_345) {
const float l_346 = l_arr_7[uint32(5)];
const float l_347 = info.scalars_float[0] * l_346;
l_mut_35 = l_347;
const uint32 l_1575 = info.static_meta[uint32(2)];
const uint32 l_1576 = l_1575 * uint32(1);
const bool l_1577 = l_314 < l_1576;
const uint32 l_1578 = l_1576 - uint32(1);
const uint32 l_1579 = min(l_314, l_1578);
const float l_1580 = buffer_2[l_1579];
const float l_1581 = (l_1577) ? l_1580 : float(0.0);
const float l_348 = l_1581;
const uint32 l_1582 = info.static_meta[uint32(3)];
const uint32 l_1583 = l_1582 * uint32(1);
const bool l_1584 = l_342 < l_1583;
const uint32 l_1585 = l_1583 - uint32(1);
const uint32 l_1586 = min(l_342, l_1585);
const float l_1587 = buffer_3[l_1586];
const float l_1588 = (l_1584) ? l_1587 : float(0.0);
const float l_349 = l_1588;
const float l_350 = l_348 * l_349;
l_mut_35 = l_mut_35 / l_350;
const uint32 l_351 = l_314 + info.scalars_uint32[0];
const uint32 l_352 = l_342 + info.scalars_uint32[1];
const bool l_353 = l_351 == l_352;
const float l_354 = (l_353) ? float(1.0) : float(-1.0);
const float l_355 = -info.scalars_float[2];
const float l_356 = l_355 * l_354;
const float l_357 = l_mut_35 + info.scalars_float[1];
const float l_358 = l_354 * l_357;
const float l_359 = exp(l_358);
const float l_360 = float(1.0) + l_359;
const float l_361 = l_356 / l_360;
l_mut_36 = l_361;
const uint32 l_1589 = info.static_meta[uint32(3)];
const uint32 l_1590 = l_1589 * uint32(1);
const bool l_1591 = l_342 < l_1590;
const uint32 l_1592 = l_1590 - uint32(1);
const uint32 l_1593 = min(l_342, l_1592);
const float l_1594 = buffer_3[l_1593];
const float l_1595 = (l_1591) ? l_1594 : float(0.0);
const float l_362 = l_1595;
l_mut_36 = l_mut_36 / l_362;
}
const uint32 l_363 = l_4 + uint32(16);
const uint32 l_364 = l_363 * uint32(64);
const uint32 l_365 = l_364 + l_5;
const uint32 l_366 = l_365 + uint32(16);
shared_memory_6[l_366] = l_mut_36;
const uint32 l_367 = l_mut_11 + l_5;
const uint32 l_368 = l_367 + uint32(32);
l_mut_36 = float(0.0);
const bool l_369 = l_314 < l_0;
const bool l_370 = l_368 < l_1;
const bool l_371 = l_369 && l_370;
if (l_371) {
const float l_372 = l_arr_7[uint32(6)];
const float l_373 = info.scalars_float[0] * l_372;
l_mut_35 = l_373;
const uint32 l_1596 = info.static_meta[uint32(2)];
const uint32 l_1597 = l_1596 * uint32(1);
const bool l_1598 = l_314 < l_1597;
const uint32 l_1599 = l_1597 - uint32(1);
const uint32 l_1600 = min(l_314, l_1599);
const float l_1601 = buffer_2[l_1600];
const float l_1602 = (l_1598) ? l_1601 : float(0.0);
const float l_374 = l_1602;
const uint32 l_1603 = info.static_meta[uint32(3)];
const uint32 l_1604 = l_1603 * uint32(1);
const bool l_1605 = l_368 < l_1604;
const uint32 l_1606 = l_1604 - uint32(1);
const uint32 l_1607 = min(l_368, l_1606);
const float l_1608 = buffer_3[l_1607];
const float l_1609 = (l_1605) ? l_1608 : float(0.0);
const float l_375 = l_1609;
const float l_376 = l_374 * l_375;
l_mut_35 = l_mut_35 / l_376;
const uint32 l_377 = l_314 + info.scalars_uint32[0];
const uint32 l_378 = l_368 + info.scalars_uint32[1];
const bool l_379 = l_377 == l_378;
const float l_380 = (l_379) ? float(1.0) : float(-1.0);
const float l_381 = -info.scalars_float[2];
const float l_382 = l_381 * l_380;
const float l_383 = l_mut_35 + info.scalars_float[1];
const float l_384 = l_380 * l_383;
const float l_385 = exp(l_384);
const float l_386 = float(1.0) + l_385;
const float l_387 = l_382 / l_386;
l_mut_36 = l_387;
const uint32 l_1610 = info.static_meta[uint32(3)];
const uint32 l_1611 = l_1610 * uint32(1);
const bool l_1612 = l_368 < l_1611;
const uint32 l_1613 = l_1611 - uint32(1);
const uint32 l_1614 = min(l_368, l_1613);
const float l_1615 = buffer_3[l_1614];
const float l_1616 = (l_1612) ? l_1615 : float(0.0);
const float l_388 = l_1616;
l_mut_36 = l_mut_36 / l_388;
}
const uint32 l_389 = l_4 + uint32(16);
const uint32 l_390 = l_389 * uint32(64);
const uint32 l_391 = l_390 + l_5;
const uint32 l_392 = l_391 + uint32(32);
shared_memory_6[l_392] = l_mut_36;
const uint32 l_393 = l_mut_11 + l_5;
const uint32 l_394 = l_393 + uint32(48);
l_mut_36 = float(0.0);
const bool l_395 = l_314 < l_0;
const bool l_396 = l_394 < l_1;
const bool l_397 = l_395 && l_396;
if (l_397) {
const float l_398 = l_arr_7[uint32(7)];
const float l_399 = info.scalars_float[0] * l_398;
l_mut_35 = l_399;
const uint32 l_1617 = info.static_meta[uint32(2)];
const uint32 l_1618 = l_1617 * uint32(1);
const bool l_1619 = l_314 < l_1618;
const uint32 l_1620 = l_1618 - uint32(1);
const uint32 l_1621 = min(l_314, l_1620);
const float l_1622 = buffer_2[l_1621];
const float l_1623 = (l_1619) ? l_1622 : float(0.0);
const float l_400 = l_1623;
const uint32 l_1624 = info.static_meta[uint32(3)];
const uint32 l_1625 = l_1624 * uint32(1);
const bool l_1626 = l_394 < l_1625;
const uint32 l_1627 = l_1625 - uint32(1);
const uint32 l_1628 = min(l_394, l_1627);
const float l_1629 = buffer_3[l_1628];
const float l_1630 = (l_1626) ? l_1629 : float(0.0);
const float l_401 = l_1630;
const float l_402 = l_400 * l_401;
l_mut_35 = l_mut_35 / l_402;
const uint32 l_403 = l_314 + info.scalars_uint32[0];
const uint32 l_404 = l_394 + info.scalars_uint32[1];
const bool l_405 = l_403 == l_404;
const float l_406 = (l_405) ? float(1.0) : float(-1.0);
const float l_407 = -info.scalars_float[2];
const float l_408 = l_407 * l_406;
const float l_409 = l_mut_35 + info.scalars_float[1];
const float l_410 = l_406 * l_409;
const float l_411 = exp(l_410);
const float l_412 = float(1.0) + l_411;
const float l_413 = l_408 / l_412;
l_mut_36 = l_413;
const uint32 l_1631 = info.static_meta[uint32(3)];
const uint32 l_1632 = l_1631 * uint32(1);
const bool l_1633 = l_394 < l_1632;
const uint32 l_1634 = l_1632 - uint32(1);
const uint32 l_1635 = min(l_394, l_1634);
const float l_1636 = buffer_3[l_1635];
const float l_1637 = (l_1633) ? l_1636 : float(0.0);
const float l_414 = l_1637;
l_mut_36 = l_mut_36 / l_414;
}
const uint32 l_415 = l_4 + uint32(16);
const uint32 l_416 = l_415 * uint32(64);
const uint32 l_417 = l_416 + l_5;
const uint32 l_418 = l_417 + uint32(48);
shared_memory_6[l_418] = l_mut_36;
const uint32 l_419 = l_3 + l_4;
const uint32 l_420 = l_419 + uint32(32);
const uint32 l_421 = l_mut_11 + l_5;
const uint32 l_422 = l_421 + uint32(0);
l_mut_36 = float(0.0);
const bool l_423 = l_420 < l_0;
const bool l_424 = l_422 < l_1;
const bool l_425 = l_423 && l_424;
if (l_425) {
const float l_426 = l_arr_7[uint32(8)];
const float l_427 = info.scalars_float[0] * l_426;
l_mut_35 = l_427;
const uint32 l_1638 = info.static_meta[uint32(2)];
const uint32 l_1639 = l_1638 * uint32(1);
const bool l_1640 = l_420 < l_1639;
const uint32 l_1641 = l_1639 - uint32(1);
const uint32 l_1642 = min(l_420, l_1641);
const float l_1643 = buffer_2[l_1642];
const float l_1644 = (l_1640) ? l_1643 : float(0.0);
const float l_428 = l_1644;
const uint32 l_1645 = info.static_meta[uint32(3)];
const uint32 l_1646 = l_1645 * uint32(1);
const bool l_1647 = l_422 < l_1646;
const uint32 l_1648 = l_1646 - uint32(1);
const uint32 l_1649 = min(l_422, l_1648);
const float l_1650 = buffer_3[l_1649];
const float l_1651 = (l_1647) ? l_1650 : float(0.0);
const float l_429 = l_1651;
const float l_430 = l_428 * l_429;
l_mut_35 = l_mut_35 / l_430;
const uint32 l_431 = l_420 + info.scalars_uint32[0];
const uint32 l_432 = l_422 + info.scalars_uint32[1];
const bool l_433 = l_431 == l_432;
const float l_434 = (l_433) ? float(1.0) : float(-1.0);
const float l_435 = -info.scalars_float[2];
const float l_436 = l_435 * l_434;
const float l_437 = l_mut_35 + info.scalars_float[1];
const float l_438 = l_434 * l_437;
const float l_439 = exp(l_438);
const float l_440 = float(1.0) + l_439;
const float l_441 = l_436 / l_440;
l_mut_36 = l_441;
const uint32 l_1652 = info.static_meta[uint32(3)];
const uint32 l_1653 = l_1652 * uint32(1);
const bool l_1654 = l_422 < l_1653;
const uint32 l_1655 = l_1653 - uint32(1);
const uint32 l_1656 = min(l_422, l_1655);
const float l_1657 = buffer_3[l_1656];
const float l_1658 = (l_1654) ? l_1657 : float(0.0);
const float l_442 = l_1658;
l_mut_36 = l_mut_36 / l_442;
}
const uint32 l_443 = l_4 + uint32(32);
const uint32 l_444 = l_443 * uint32(64);
const uint32 l_445 = l_444 + l_5;
const uint32 l_446 = l_445 + uint32(0);
shared_memory_6[l_446] = l_mut_36;
const uint32 l_447 = l_mut_11 + l_5;
const uint32 l_448 = l_447 + uint32(16);
l_mut_36 = float(0.0);
const bool l_449 = l_420 < l_0;
const bool l_450 = l_448 < l_1;
const bool l_451 = l_449 && l_450;
if (l_451) {
const float l_452 = l_arr_7[uint32(9)];
const float l_453 = info.scalars_float[0] * l_452;
l_mut_35 = l_453;
const uint32 l_1659 = info.static_meta[uint32(2)];
const uint32 l_1660 = l_1659 * uint32(1);
const bool l_1661 = l_420 < l_1660;
const uint32 l_1662 = l_1660 - uint32(1);
const uint32 l_1663 = min(l_420, l_1662);
const float l_1664 = buffer_2[l_1663];
const float l_1665 = (l_1661) ? l_1664 : float(0.0);
const float l_454 = l_1665;
const uint32 l_1666 = info.static_meta[uint32(3)];
const uint32 l_1667 = l_1666 * uint32(1);
const bool l_1668 = l_448 < l_1667;
const uint32 l_1669 = l_1667 - uint32(1);
const uint32 l_1670 = min(l_448, l_1669);
const float l_1671 = buffer_3[l_1670];
const float l_1672 = (l_1668) ? l_1671 : float(0.0);
const float l_455 = l_1672;
const float l_456 = l_454 * l_455;
l_mut_35 = l_mut_35 / l_456;
const uint32 l_457 = l_420 + info.scalars_uint32[0];
const uint32 l_458 = l_448 + info.scalars_uint32[1];
const bool l_459 = l_457 == l_458;
const float l_460 = (l_459) ? float(1.0) : float(-1.0);
const float l_461 = -info.scalars_float[2];
const float l_462 = l_461 * l_460;
const float l_463 = l_mut_35 + info.scalars_float[1];
const float l_464 = l_460 * l_463;
const float l_465 = exp(l_464);
const float l_466 = float(1.0) + l_465;
const float l_467 = l_462 / l_466;
l_mut_36 = l_467;
const uint32 l_1673 = info.static_meta[uint32(3)];
const uint32 l_1674 = l_1673 * uint32(1);
const bool l_1675 = l_448 < l_1674;
const uint32 l_1676 = l_1674 - uint32(1);
const uint32 l_1677 = min(l_448, l_1676);
const float l_1678 = buffer_3[l_1677];
const float l_1679 = (l_1675) ? l_1678 : float(0.0);
const float l_468 = l_1679;
l_mut_36 = l_mut_36 / l_468;
}
const uint32 l_469 = l_4 + uint32(32);
const uint32 l_470 = l_469 * uint32(64);
const uint32 l_471 = l_470 + l_5;
const uint32 l_472 = l_471 + uint32(16);
shared_memory_6[l_472] = l_mut_36;
const uint32 l_473 = l_mut_11 + l_5;
const uint32 l_474 = l_473 + uint32(32);
l_mut_36 = float(0.0);
const bool l_475 = l_420 < l_0;
const bool l_476 = l_474 < l_1;
const bool l_477 = l_475 && l_476;
if (l_477) {
const float l_478 = l_arr_7[uint32(10)];
const float l_479 = info.scalars_float[0] * l_478;
l_mut_35 = l_479;
const uint32 l_1680 = info.static_meta[uint32(2)];
const uint32 l_1681 = l_1680 * uint32(1);
const bool l_1682 = l_420 < l_1681;
const uint32 l_1683 = l_1681 - uint32(1);
const uint32 l_1684 = min(l_420, l_1683);
const float l_1685 = buffer_2[l_1684];
const float l_1686 = (l_1682) ? l_1685 : float(0.0);
const float l_480 = l_1686;
const uint32 l_1687 = info.static_meta[uint32(3)];
const uint32 l_1688 = l_1687 * uint32(1);
const bool l_1689 = l_474 < l_1688;
const uint32 l_1690 = l_1688 - uint32(1);
const uint32 l_1691 = min(l_474, l_1690);
const float l_1692 = buffer_3[l_1691];
const float l_1693 = (l_1689) ? l_1692 : float(0.0);
const float l_481 = l_1693;
const float l_482 = l_480 * l_481;
l_mut_35 = l_mut_35 / l_482;
const uint32 l_483 = l_420 + info.scalars_uint32[0];
const uint32 l_484 = l_474 + info.scalars_uint32[1];
const bool l_485 = l_483 == l_484;
const float l_486 = (l_485) ? float(1.0) : float(-1.0);
const float l_487 = -info.scalars_float[2];
const float l_488 = l_487 * l_486;
const float l_489 = l_mut_35 + info.scalars_float[1];
const float l_490 = l_486 * l_489;
const float l_491 = exp(l_490);
const float l_492 = float(1.0) + l_491;
const float l_493 = l_488 / l_492;
l_mut_36 = l_493;
const uint32 l_1694 = info.static_meta[uint32(3)];
const uint32 l_1695 = l_1694 * uint32(1);
const bool l_1696 = l_474 < l_1695;
const uint32 l_1697 = l_1695 - uint32(1);
const uint32 l_1698 = min(l_474, l_1697);
const float l_1699 = buffer_3[l_1698];
const float l_1700 = (l_1696) ? l_1699 : float(0.0);
const float l_494 = l_1700;
l_mut_36 = l_mut_36 / l_494;
}
const uint32 l_495 = l_4 + uint32(32);
const uint32 l_496 = l_495 * uint32(64);
const uint32 l_497 = l_496 + l_5;
const uint32 l_498 = l_497 + uint32(32);
shared_memory_6[l_498] = l_mut_36;
const uint32 l_499 = l_mut_11 + l_5;
const uint32 l_500 = l_499 + uint32(48);
l_mut_36 = float(0.0);
const bool l_501 = l_420 < l_0;
const bool l_502 = l_500 < l_1;
const bool l_503 = l_501 && l_502;
if (l_503) {
const float l_504 = l_arr_7[uint32(11)];
const float l_505 = info.scalars_float[0] * l_504;
l_mut_35 = l_505;
const uint32 l_1701 = info.static_meta[uint32(2)];
const uint32 l_1702 = l_1701 * uint32(1);
const bool l_1703 = l_420 < l_1702;
const uint32 l_1704 = l_1702 - uint32(1);
const uint32 l_1705 = min(l_420, l_1704);
const float l_1706 = buffer_2[l_1705];
const float l_1707 = (l_1703) ? l_1706 : float(0.0);
const float l_506 = l_1707;
const uint32 l_1708 = info.static_meta[uint32(3)];
const uint32 l_1709 = l_1708 * uint32(1);
const bool l_1710 = l_500 < l_1709;
const uint32 l_1711 = l_1709 - uint32(1);
const uint32 l_1712 = min(l_500, l_1711);
const float l_1713 = buffer_3[l_1712];
const float l_1714 = (l_1710) ? l_1713 : float(0.0);
const float l_507 = l_1714;
const float l_508 = l_506 * l_507;
l_mut_35 = l_mut_35 / l_508;
const uint32 l_509 = l_420 + info.scalars_uint32[0];
const uint32 l_510 = l_500 + info.scalars_uint32[1];
const bool l_511 = l_509 == l_510;
const float l_512 = (l_511) ? float(1.0) : float(-1.0);
const float l_513 = -info.scalars_float[2];
const float l_514 = l_513 * l_512;
const float l_515 = l_mut_35 + info.scalars_float[1];
const float l_516 = l_512 * l_515;
const float l_517 = exp(l_516);
const float l_518 = float(1.0) + l_517;
const float l_519 = l_514 / l_518;
l_mut_36 = l_519;
const uint32 l_1715 = info.static_meta[uint32(3)];
const uint32 l_1716 = l_1715 * uint32(1);
const bool l_1717 = l_500 < l_1716;
const uint32 l_1718 = l_1716 - uint32(1);
const uint32 l_1719 = min(l_500, l_1718);
const float l_1720 = buffer_3[l_1719];
const float l_1721 = (l_1717) ? l_1720 : float(0.0);
const float l_520 = l_1721;
l_mut_36 = l_mut_36 / l_520;
}
const uint32 l_521 = l_4 + uint32(32);
const uint32 l_522 = l_521 * uint32(64);
const uint32 l_523 = l_522 + l_5;
const uint32 l_524 = l_523 + uint32(48);
shared_memory_6[l_524] = l_mut_36;
const uint32 l_525 = l_3 + l_4;
const uint32 l_526 = l_525 + uint32(48);
const uint32 l_527 = l_mut_11 + l_5;
const uint32 l_528 = l_527 + uint32(0);
l_mut_36 = float(0.0);
const bool l_529 = l_526 < l_0;
const bool l_530 = l_528 < l_1;
const bool l_531 = l_529 && l_530;
if (l_531) {
const float l_532 = l_arr_7[uint32(12)];
const float l_533 = info.scalars_float[0] * l_532;
l_mut_35 = l_533;
const uint32 l_1722 = info.static_meta[uint32(2)];
const uint32 l_1723 = l_1722 * uint32(1);
const bool l_1724 = l_526 < l_1723;
const uint32 l_1725 = l_1723 - uint32(1);
const uint32 l_1726 = min(l_526, l_1725);
const float l_1727 = buffer_2[l_1726];
const float l_1728 = (l_1724) ? l_1727 : float(0.0);
const float l_534 = l_1728;
const uint32 l_1729 = info.static_meta[uint32(3)];
const uint32 l_1730 = l_1729 * uint32(1);
const bool l_1731 = l_528 < l_1730;
const uint32 l_1732 = l_1730 - uint32(1);
const uint32 l_1733 = min(l_528, l_1732);
const float l_1734 = buffer_3[l_1733];
const float l_1735 = (l_1731) ? l_1734 : float(0.0);
const float l_535 = l_1735;
const float l_536 = l_534 * l_535;
l_mut_35 = l_mut_35 / l_536;
const uint32 l_537 = l_526 + info.scalars_uint32[0];
const uint32 l_538 = l_528 + info.scalars_uint32[1];
const bool l_539 = l_537 == l_538;
const float l_540 = (l_539) ? float(1.0) : float(-1.0);
const float l_541 = -info.scalars_float[2];
const float l_542 = l_541 * l_540;
const float l_543 = l_mut_35 + info.scalars_float[1];
const float l_544 = l_540 * l_543;
const float l_545 = exp(l_544);
const float l_546 = float(1.0) + l_545;
const float l_547 = l_542 / l_546;
l_mut_36 = l_547;
const uint32 l_1736 = info.static_meta[uint32(3)];
const uint32 l_1737 = l_1736 * uint32(1);
const bool l_1738 = l_528 < l_1737;
const uint32 l_1739 = l_1737 - uint32(1);
const uint32 l_1740 = min(l_528, l_1739);
const float l_1741 = buffer_3[l_1740];
const float l_1742 = (l_1738) ? l_1741 : float(0.0);
const float l_548 = l_1742;
l_mut_36 = l_mut_36 / l_548;
}
const uint32 l_549 = l_4 + uint32(48);
const uint32 l_550 = l_549 * uint32(64);
const uint32 l_551 = l_550 + l_5;
const uint32 l_552 = l_551 + uint32(0);
shared_memory_6[l_552] = l_mut_36;
const uint32 l_553 = l_mut_11 + l_5;
const uint32 l_554 = l_553 + uint32(16);
l_mut_36 = float(0.0);
const bool l_555 = l_526 < l_0;
const bool l_556 = l_554 < l_1;
const bool l_557 = l_555 && l_556;
if (l_557) {
const float l_558 = l_arr_7[uint32(13)];
const float l_559 = info.scalars_float[0] * l_558;
l_mut_35 = l_559;
const uint32 l_1743 = info.static_meta[uint32(2)];
const uint32 l_1744 = l_1743 * uint32(1);
const bool l_1745 = l_526 < l_1744;
const uint32 l_1746 = l_1744 - uint32(1);
const uint32 l_1747 = min(l_526, l_1746);
const float l_1748 = buffer_2[l_1747];
const float l_1749 = (l_1745) ? l_1748 : float(0.0);
const float l_560 = l_1749;
const uint32 l_1750 = info.static_meta[uint32(3)];
const uint32 l_1751 = l_1750 * uint32(1);
const bool l_1752 = l_554 < l_1751;
const uint32 l_1753 = l_1751 - uint32(1);
const uint32 l_1754 = min(l_554, l_1753);
const float l_1755 = buffer_3[l_1754];
const float l_1756 = (l_1752) ? l_1755 : float(0.0);
const float l_561 = l_1756;
const float l_562 = l_560 * l_561;
l_mut_35 = l_mut_35 / l_562;
const uint32 l_563 = l_526 + info.scalars_uint32[0];
const uint32 l_564 = l_554 + info.scalars_uint32[1];
const bool l_565 = l_563 == l_564;
const float l_566 = (l_565) ? float(1.0) : float(-1.0);
const float l_567 = -info.scalars_float[2];
const float l_568 = l_567 * l_566;
const float l_569 = l_mut_35 + info.scalars_float[1];
const float l_570 = l_566 * l_569;
const float l_571 = exp(l_570);
const float l_572 = float(1.0) + l_571;
const float l_573 = l_568 / l_572;
l_mut_36 = l_573;
const uint32 l_1757 = info.static_meta[uint32(3)];
const uint32 l_1758 = l_1757 * uint32(1);
const bool l_1759 = l_554 < l_1758;
const uint32 l_1760 = l_1758 - uint32(1);
const uint32 l_1761 = min(l_554, l_1760);
const float l_1762 = buffer_3[l_1761];
const float l_1763 = (l_1759) ? l_1762 : float(0.0);
const float l_574 = l_1763;
l_mut_36 = l_mut_36 / l_574;
}
const uint32 l_575 = l_4 + uint32(48);
const uint32 l_576 = l_575 * uint32(64);
const uint32 l_577 = l_576 + l_5;
const uint32 l_578 = l_577 + uint32(16);
shared_memory_6[l_578] = l_mut_36;
const uint32 l_579 = l_mut_11 + l_5;
const uint32 l_580 = l_579 + uint32(32);
l_mut_36 = float(0.0);
const bool l_581 = l_526 < l_0;
const bool l_582 = l_580 < l_1;
const bool l_583 = l_581 && l_582;
if (l_583) {
const float l_584 = l_arr_7[uint32(14)];
const float l_585 = info.scalars_float[0] * l_584;
l_mut_35 = l_585;
const uint32 l_1764 = info.static_meta[uint32(2)];
const uint32 l_1765 = l_1764 * uint32(1);
const bool l_1766 = l_526 < l_1765;
const uint32 l_1767 = l_1765 - uint32(1);
const uint32 l_1768 = min(l_526, l_1767);
const float l_1769 = buffer_2[l_1768];
const float l_1770 = (l_1766) ? l_1769 : float(0.0);
const float l_586 = l_1770;
const uint32 l_1771 = info.static_meta[uint32(3)];
const uint32 l_1772 = l_1771 * uint32(1);
const bool l_1773 = l_580 < l_1772;
const uint32 l_1774 = l_1772 - uint32(1);
const uint32 l_1775 = min(l_580, l_1774);
const float l_1776 = buffer_3[l_1775];
const float l_1777 = (l_1773) ? l_1776 : float(0.0);
const float l_587 = l_1777;
const float l_588 = l_586 * l_587;
l_mut_35 = l_mut_35 / l_588;
const uint32 l_589 = l_526 + info.scalars_uint32[0];
const uint32 l_590 = l_580 + info.scalars_uint32[1];
const bool l_591 = l_589 == l_590;
const float l_592 = (l_591) ? float(1.0) : float(-1.0);
const float l_593 = -info.scalars_float[2];
const float l_594 = l_593 * l_592;
const float l_595 = l_mut_35 + info.scalars_float[1];
const float l_596 = l_592 * l_595;
const float l_597 = exp(l_596);
const float l_598 = float(1.0) + l_597;
const float l_599 = l_594 / l_598;
l_mut_36 = l_599;
const uint32 l_1778 = info.static_meta[uint32(3)];
const uint32 l_1779 = l_1778 * uint32(1);
const bool l_1780 = l_580 < l_1779;
const uint32 l_1781 = l_1779 - uint32(1);
const uint32 l_1782 = min(l_580, l_1781);
const float l_1783 = buffer_3[l_1782];
const float l_1784 = (l_1780) ? l_1783 : float(0.0);
const float l_600 = l_1784;
l_mut_36 = l_mut_36 / l_600;
}
const uint32 l_601 = l_4 + uint32(48);
const uint32 l_602 = l_601 * uint32(64);
const uint32 l_603 = l_602 + l_5;
const uint32 l_604 = l_603 + uint32(32);
shared_memory_6[l_604] = l_mut_36;
const uint32 l_605 = l_mut_11 + l_5;
const uint32 l_606 = l_605 + uint32(48);
l_mut_36 = float(0.0);
const bool l_607 = l_526 < l_0;
const bool l_608 = l_606 < l_1;
const bool l_609 = l_607 && l_608;
if (l_609) {
const float l_610 = l_arr_7[uint32(15)];
const float l_611 = info.scalars_float[0] * l_610;
l_mut_35 = l_611;
const uint32 l_1785 = info.static_meta[uint32(2)];
const uint32 l_1786 = l_1785 * uint32(1);
const bool l_1787 = l_526 < l_1786;
const uint32 l_1788 = l_1786 - uint32(1);
const uint32 l_1789 = min(l_526, l_1788);
const float l_1790 = buffer_2[l_1789];
const float l_1791 = (l_1787) ? l_1790 : float(0.0);
const float l_612 = l_1791;
const uint32 l_1792 = info.static_meta[uint32(3)];
const uint32 l_1793 = l_1792 * uint32(1);
const bool l_1794 = l_606 < l_1793;
const uint32 l_1795 = l_1793 - uint32(1);
const uint32 l_1796 = min(l_606, l_1795);
const float l_1797 = buffer_3[l_1796];
const float l_1798 = (l_1794) ? l_1797 : float(0.0);
const float l_613 = l_1798;
const float l_614 = l_612 * l_613;
l_mut_35 = l_mut_35 / l_614;
const uint32 l_615 = l_526 + info.scalars_uint32[0];
const uint32 l_616 = l_606 + info.scalars_uint32[1];
const bool l_617 = l_615 == l_616;
const float l_618 = (l_617) ? float(1.0) : float(-1.0);
const float l_619 = -info.scalars_float[2];
const float l_620 = l_619 * l_618;
const float l_621 = l_mut_35 + info.scalars_float[1];
const float l_622 = l_618 * l_621;
const float l_623 = exp(l_622);
const float l_624 = float(1.0) + l_623;
const float l_625 = l_620 / l_624;
l_mut_36 = l_625;
const uint32 l_1799 = info.static_meta[uint32(3)];
const uint32 l_1800 = l_1799 * uint32(1);
const bool l_1801 = l_606 < l_1800;
const uint32 l_1802 = l_1800 - uint32(1);
const uint32 l_1803 = min(l_606, l_1802);
const float l_1804 = buffer_3[l_1803];
const float l_1805 = (l_1801) ? l_1804 : float(0.0);
const float l_626 = l_1805;
l_mut_36 = l_mut_36 / l_626;
}
const uint32 l_627 = l_4 + uint32(48);
const uint32 l_628 = l_627 * uint32(64);
const uint32 l_629 = l_628 + l_5;
const uint32 l_630 = l_629 + uint32(48);
shared_memory_6[l_630] = l_mut_36;
__syncthreads();

const uint32 l_631 = l_1 - l_mut_11;
const uint32 l_632 = min(uint32(64), l_631);

for (uint32 l_mut_633 = uint32(0); l_mut_633 < uint32(64); ++l_mut_633) {
const uint32 l_634 = l_3 + l_mut_633;
const bool l_635 = l_634 < l_0;
if (l_635) {
l_mut_27 = threadIdxGlobal;
while (true) {
const bool l_636 = l_mut_27 < l_2;
const bool l_637 = !l_636;
if (l_637) {
break;}
l_mut_36 = float(0.0);
const bool l_638 = uint32(0) < l_632;
if (l_638) {
const uint32 l_639 = l_mut_633 * uint32(64);
const uint32 l_640 = l_639 + uint32(0);
const float l_641 = shared_memory_6[l_640];
const uint32 l_642 = l_mut_11 + uint32(0);
const uint32 l_643 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_644 = l_642 * l_643;
const uint32 l_645 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_646 = l_mut_27 * l_645;
const uint32 l_647 = l_644 + l_646;
const uint32 l_1816 = info.static_meta[uint32(1)];
const uint32 l_1817 = l_1816 * uint32(1);
const bool l_1818 = l_647 < l_1817;
const uint32 l_1819 = l_1817 - uint32(1);
const uint32 l_1820 = min(l_647, l_1819);
const float l_1821 = buffer_1[l_1820];
const float l_1822 = (l_1818) ? l_1821 : float(0.0);
const float l_648 = l_1822;
const float l_649 = l_641 * l_648;
l_mut_36 = l_mut_36 + l_649;
}
const bool l_650 = uint32(1) < l_632;
if (l_650) {
const uint32 l_651 = l_mut_633 * uint32(64);
const uint32 l_652 = l_651 + uint32(1);
const float l_653 = shared_memory_6[l_652];
const uint32 l_654 = l_mut_11 + uint32(1);
const uint32 l_655 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_656 = l_654 * l_655;
const uint32 l_657 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_658 = l_mut_27 * l_657;
const uint32 l_659 = l_656 + l_658;
const uint32 l_1823 = info.static_meta[uint32(1)];
const uint32 l_1824 = l_1823 * uint32(1);
const bool l_1825 = l_659 < l_1824;
const uint32 l_1826 = l_1824 - uint32(1);
const uint32 l_1827 = min(l_659, l_1826);
const float l_1828 = buffer_1[l_1827];
const float l_1829 = (l_1825) ? l_1828 : float(0.0);
const float l_660 = l_1829;
const float l_661 = l_653 * l_660;
l_mut_36 = l_mut_36 + l_661;
}
const bool l_662 = uint32(2) < l_632;
if (l_662) {
const uint32 l_663 = l_mut_633 * uint32(64);
const uint32 l_664 = l_663 + uint32(2);
const float l_665 = shared_memory_6[l_664];
const uint32 l_666 = l_mut_11 + uint32(2);
const uint32 l_667 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_668 = l_666 * l_667;
const uint32 l_669 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_670 = l_mut_27 * l_669;
const uint32 l_671 = l_668 + l_670;
const uint32 l_1830 = info.static_meta[uint32(1)];
const uint32 l_1831 = l_1830 * uint32(1);
const bool l_1832 = l_671 < l_1831;
const uint32 l_1833 = l_1831 - uint32(1);
const uint32 l_1834 = min(l_671, l_1833);
const float l_1835 = buffer_1[l_1834];
const float l_1836 = (l_1832) ? l_1835 : float(0.0);
const float l_672 = l_1836;
const float l_673 = l_665 * l_672;
l_mut_36 = l_mut_36 + l_673;
}
const bool l_674 = uint32(3) < l_632;
if (l_674) {
const uint32 l_675 = l_mut_633 * uint32(64);
const uint32 l_676 = l_675 + uint32(3);
const float l_677 = shared_memory_6[l_676];
const uint32 l_678 = l_mut_11 + uint32(3);
const uint32 l_679 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_680 = l_678 * l_679;
const uint32 l_681 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_682 = l_mut_27 * l_681;
const uint32 l_683 = l_680 + l_682;
const uint32 l_1837 = info.static_meta[uint32(1)];
const uint32 l_1838 = l_1837 * uint32(1);
const bool l_1839 = l_683 < l_1838;
const uint32 l_1840 = l_1838 - uint32(1);
const uint32 l_1841 = min(l_683, l_1840);
const float l_1842 = buffer_1[l_1841];
const float l_1843 = (l_1839) ? l_1842 : float(0.0);
const float l_684 = l_1843;
const float l_685 = l_677 * l_684;
l_mut_36 = l_mut_36 + l_685;
}
const bool l_686 = uint32(4) < l_632;
if (l_686) {
const uint32 l_687 = l_mut_633 * uint32(64);
const uint32 l_688 = l_687 + uint32(4);
const float l_689 = shared_memory_6[l_688];
const uint32 l_690 = l_mut_11 + uint32(4);
const uint32 l_691 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_692 = l_690 * l_691;
const uint32 l_693 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_694 = l_mut_27 * l_693;
const uint32 l_695 = l_692 + l_694;
const uint32 l_1844 = info.static_meta[uint32(1)];
const uint32 l_1845 = l_1844 * uint32(1);
const bool l_1846 = l_695 < l_1845;
const uint32 l_1847 = l_1845 - uint32(1);
const uint32 l_1848 = min(l_695, l_1847);
const float l_1849 = buffer_1[l_1848];
const float l_1850 = (l_1846) ? l_1849 : float(0.0);
const float l_696 = l_1850;
const float l_697 = l_689 * l_696;
l_mut_36 = l_mut_36 + l_697;
}
const bool l_698 = uint32(5) < l_632;
if (l_698) {
const uint32 l_699 = l_mut_633 * uint32(64);
const uint32 l_700 = l_699 + uint32(5);
const float l_701 = shared_memory_6[l_700];
const uint32 l_702 = l_mut_11 + uint32(5);
const uint32 l_703 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_704 = l_702 * l_703;
const uint32 l_705 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_706 = l_mut_27 * l_705;
const uint32 l_707 = l_704 + l_706;
const uint32 l_1851 = info.static_meta[uint32(1)];
const uint32 l_1852 = l_1851 * uint32(1);
const bool l_1853 = l_707 < l_1852;
const uint32 l_1854 = l_1852 - uint32(1);
const uint32 l_1855 = min(l_707, l_1854);
const float l_1856 = buffer_1[l_1855];
const float l_1857 = (l_1853) ? l_1856 : float(0.0);
const float l_708 = l_1857;
const float l_709 = l_701 * l_708;
l_mut_36 = l_mut_36 + l_709;
}
const bool l_710 = uint32(6) < l_632;
if (l_710) {
const uint32 l_711 = l_mut_633 * uint32(64);
const uint32 l_712 = l_711 + uint32(6);
const float l_713 = shared_memory_6[l_712];
const uint32 l_714 = l_mut_11 + uint32(6);
const uint32 l_715 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_716 = l_714 * l_715;
const uint32 l_717 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_718 = l_mut_27 * l_717;
const uint32 l_719 = l_716 + l_718;
const uint32 l_1858 = info.static_meta[uint32(1)];
const uint32 l_1859 = l_1858 * uint32(1);
const bool l_1860 = l_719 < l_1859;
const uint32 l_1861 = l_1859 - uint32(1);
const uint32 l_1862 = min(l_719, l_1861);
const float l_1863 = buffer_1[l_1862];
const float l_1864 = (l_1860) ? l_1863 : float(0.0);
const float l_720 = l_1864;
const float l_721 = l_713 * l_720;
l_mut_36 = l_mut_36 + l_721;
}
const bool l_722 = uint32(7) < l_632;
if (l_722) {
const uint32 l_723 = l_mut_633 * uint32(64);
const uint32 l_724 = l_723 + uint32(7);
const float l_725 = shared_memory_6[l_724];
const uint32 l_726 = l_mut_11 + uint32(7);
const uint32 l_727 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_728 = l_726 * l_727;
const uint32 l_729 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_730 = l_mut_27 * l_729;
const uint32 l_731 = l_728 + l_730;
const uint32 l_1865 = info.static_meta[uint32(1)];
const uint32 l_1866 = l_1865 * uint32(1);
const bool l_1867 = l_731 < l_1866;
const uint32 l_1868 = l_1866 - uint32(1);
const uint32 l_1869 = min(l_731, l_1868);
const float l_1870 = buffer_1[l_1869];
const float l_1871 = (l_1867) ? l_1870 : float(0.0);
const float l_732 = l_1871;
const float l_733 = l_725 * l_732;
l_mut_36 = l_mut_36 + l_733;
}
const bool l_734 = uint32(8) < l_632;
if (l_734) {
const uint32 l_735 = l_mut_633 * uint32(64);
const uint32 l_736 = l_735 + uint32(8);
const float l_737 = shared_memory_6[l_736];
const uint32 l_738 = l_mut_11 + uint32(8);
const uint32 l_739 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_740 = l_738 * l_739;
const uint32 l_741 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_742 = l_mut_27 * l_741;
const uint32 l_743 = l_740 + l_742;
const uint32 l_1872 = info.static_meta[uint32(1)];
const uint32 l_1873 = l_1872 * uint32(1);
const bool l_1874 = l_743 < l_1873;
const uint32 l_1875 = l_1873 - uint32(1);
const uint32 l_1876 = min(l_743, l_1875);
const float l_1877 = buffer_1[l_1876];
const float l_1878 = (l_1874) ? l_1877 : float(0.0);
const float l_744 = l_1878;
const float l_745 = l_737 * l_744;
l_mut_36 = l_mut_36 + l_745;
}
const bool l_746 = uint32(9) < l_632;
if (l_746) {
const uint32 l_747 = l_mut_633 * uint32(64);
const uint32 l_748 = l_747 + uint32(9);
const float l_749 = shared_memory_6[l_748];
const uint32 l_750 = l_mut_11 + uint32(9);
const uint32 l_751 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_752 = l_750 * l_751;
const uint32 l_753 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_754 = l_mut_27 * l_753;
const uint32 l_755 = l_752 + l_754;
const uint32 l_1879 = info.static_meta[uint32(1)];
const uint32 l_1880 = l_1879 * uint32(1);
const bool l_1881 = l_755 < l_1880;
const uint32 l_1882 = l_1880 - uint32(1);
const uint32 l_1883 = min(l_755, l_1882);
const float l_1884 = buffer_1[l_1883];
const float l_1885 = (l_1881) ? l_1884 : float(0.0);
const float l_756 = l_1885;
const float l_757 = l_749 * l_756;
l_mut_36 = l_mut_36 + l_757;
}
const bool l_758 = uint32(10) < l_632;
if (l_758) {
const uint32 l_759 = l_mut_633 * uint32(64);
const uint32 l_760 = l_759 + uint32(10);
const float l_761 = shared_memory_6[l_760];
const uint32 l_762 = l_mut_11 + uint32(10);
const uint32 l_763 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_764 = l_762 * l_763;
const uint32 l_765 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_766 = l_mut_27 * l_765;
const uint32 l_767 = l_764 + l_766;
const uint32 l_1886 = info.static_meta[uint32(1)];
const uint32 l_1887 = l_1886 * uint32(1);
const bool l_1888 = l_767 < l_1887;
const uint32 l_1889 = l_1887 - uint32(1);
const uint32 l_1890 = min(l_767, l_1889);
const float l_1891 = buffer_1[l_1890];
const float l_1892 = (l_1888) ? l_1891 : float(0.0);
const float l_768 = l_1892;
const float l_769 = l_761 * l_768;
l_mut_36 = l_mut_36 + l_769;
}
const bool l_770 = uint32(11) < l_632;
if (l_770) {
const uint32 l_771 = l_mut_633 * uint32(64);
const uint32 l_772 = l_771 + uint32(11);
const float l_773 = shared_memory_6[l_772];
const uint32 l_774 = l_mut_11 + uint32(11);
const uint32 l_775 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_776 = l_774 * l_775;
const uint32 l_777 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_778 = l_mut_27 * l_777;
const uint32 l_779 = l_776 + l_778;
const uint32 l_1893 = info.static_meta[uint32(1)];
const uint32 l_1894 = l_1893 * uint32(1);
const bool l_1895 = l_779 < l_1894;
const uint32 l_1896 = l_1894 - uint32(1);
const uint32 l_1897 = min(l_779, l_1896);
const float l_1898 = buffer_1[l_1897];
const float l_1899 = (l_1895) ? l_1898 : float(0.0);
const float l_780 = l_1899;
const float l_781 = l_773 * l_780;
l_mut_36 = l_mut_36 + l_781;
}
const bool l_782 = uint32(12) < l_632;
if (l_782) {
const uint32 l_783 = l_mut_633 * uint32(64);
const uint32 l_784 = l_783 + uint32(12);
const float l_785 = shared_memory_6[l_784];
const uint32 l_786 = l_mut_11 + uint32(12);
const uint32 l_787 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_788 = l_786 * l_787;
const uint32 l_789 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_790 = l_mut_27 * l_789;
const uint32 l_791 = l_788 + l_790;
const uint32 l_1900 = info.static_meta[uint32(1)];
const uint32 l_1901 = l_1900 * uint32(1);
const bool l_1902 = l_791 < l_1901;
const uint32 l_1903 = l_1901 - uint32(1);
const uint32 l_1904 = min(l_791, l_1903);
const float l_1905 = buffer_1[l_1904];
const float l_1906 = (l_1902) ? l_1905 : float(0.0);
const float l_792 = l_1906;
const float l_793 = l_785 * l_792;
l_mut_36 = l_mut_36 + l_793;
}
const bool l_794 = uint32(13) < l_632;
if (l_794) {
const uint32 l_795 = l_mut_633 * uint32(64);
const uint32 l_796 = l_795 + uint32(13);
const float l_797 = shared_memory_6[l_796];
const uint32 l_798 = l_mut_11 + uint32(13);
const uint32 l_799 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_800 = l_798 * l_799;
const uint32 l_801 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_802 = l_mut_27 * l_801;
const uint32 l_803 = l_800 + l_802;
const uint32 l_1907 = info.static_meta[uint32(1)];
const uint32 l_1908 = l_1907 * uint32(1);
const bool l_1909 = l_803 < l_1908;
const uint32 l_1910 = l_1908 - uint32(1);
const uint32 l_1911 = min(l_803, l_1910);
const float l_1912 = buffer_1[l_1911];
const float l_1913 = (l_1909) ? l_1912 : float(0.0);
const float l_804 = l_1913;
const float l_805 = l_797 * l_804;
l_mut_36 = l_mut_36 + l_805;
}
const bool l_806 = uint32(14) < l_632;
if (l_806) {
const uint32 l_807 = l_mut_633 * uint32(64);
const uint32 l_808 = l_807 + uint32(14);
const float l_809 = shared_memory_6[l_808];
const uint32 l_810 = l_mut_11 + uint32(14);
const uint32 l_811 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_812 = l_810 * l_811;
const uint32 l_813 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_814 = l_mut_27 * l_813;
const uint32 l_815 = l_812 + l_814;
const uint32 l_1914 = info.static_meta[uint32(1)];
const uint32 l_1915 = l_1914 * uint32(1);
const bool l_1916 = l_815 < l_1915;
const uint32 l_1917 = l_1915 - uint32(1);
const uint32 l_1918 = min(l_815, l_1917);
const float l_1919 = buffer_1[l_1918];
const float l_1920 = (l_1916) ? l_1919 : float(0.0);
const float l_816 = l_1920;
const float l_817 = l_809 * l_816;
l_mut_36 = l_mut_36 + l_817;
}
const bool l_818 = uint32(15) < l_632;
if (l_818) {
const uint32 l_819 = l_mut_633 * uint32(64);
const uint32 l_820 = l_819 + uint32(15);
const float l_821 = shared_memory_6[l_820];
const uint32 l_822 = l_mut_11 + uint32(15);
const uint32 l_823 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_824 = l_822 * l_823;
const uint32 l_825 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_826 = l_mut_27 * l_825;
const uint32 l_827 = l_824 + l_826;
const uint32 l_1921 = info.static_meta[uint32(1)];
const uint32 l_1922 = l_1921 * uint32(1);
const bool l_1923 = l_827 < l_1922;
const uint32 l_1924 = l_1922 - uint32(1);
const uint32 l_1925 = min(l_827, l_1924);
const float l_1926 = buffer_1[l_1925];
const float l_1927 = (l_1923) ? l_1926 : float(0.0);
const float l_828 = l_1927;
const float l_829 = l_821 * l_828;
l_mut_36 = l_mut_36 + l_829;
}
const bool l_830 = uint32(16) < l_632;
if (l_830) {
const uint32 l_831 = l_mut_633 * uint32(64);
const uint32 l_832 = l_831 + uint32(16);
const float l_833 = shared_memory_6[l_832];
const uint32 l_834 = l_mut_11 + uint32(16);
const uint32 l_835 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_836 = l_834 * l_835;
const uint32 l_837 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_838 = l_mut_27 * l_837;
const uint32 l_839 = l_836 + l_838;
const uint32 l_1928 = info.static_meta[uint32(1)];
const uint32 l_1929 = l_1928 * uint32(1);
const bool l_1930 = l_839 < l_1929;
const uint32 l_1931 = l_1929 - uint32(1);
const uint32 l_1932 = min(l_839, l_1931);
const float l_1933 = buffer_1[l_1932];
const float l_1934 = (l_1930) ? l_1933 : float(0.0);
const float l_840 = l_1934;
const float l_841 = l_833 * l_840;
l_mut_36 = l_mut_36 + l_841;
}
const bool l_842 = uint32(17) < l_632;
if (l_842) {
const uint32 l_843 = l_mut_633 * uint32(64);
const uint32 l_844 = l_843 + uint32(17);
const float l_845 = shared_memory_6[l_844];
const uint32 l_846 = l_mut_11 + uint32(17);
const uint32 l_847 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_848 = l_846 * l_847;
const uint32 l_849 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_850 = l_mut_27 * l_849;
const uint32 l_851 = l_848 + l_850;
const uint32 l_1935 = info.static_meta[uint32(1)];
const uint32 l_1936 = l_1935 * uint32(1);
const bool l_1937 = l_851 < l_1936;
const uint32 l_1938 = l_1936 - uint32(1);
const uint32 l_1939 = min(l_851, l_1938);
const float l_1940 = buffer_1[l_1939];
const float l_1941 = (l_1937) ? l_1940 : float(0.0);
const float l_852 = l_1941;
const float l_853 = l_845 * l_852;
l_mut_36 = l_mut_36 + l_853;
}
const bool l_854 = uint32(18) < l_632;
if (l_854) {
const uint32 l_855 = l_mut_633 * uint32(64);
const uint32 l_856 = l_855 + uint32(18);
const float l_857 = shared_memory_6[l_856];
const uint32 l_858 = l_mut_11 + uint32(18);
const uint32 l_859 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_860 = l_858 * l_859;
const uint32 l_861 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_862 = l_mut_27 * l_861;
const uint32 l_863 = l_860 + l_862;
const uint32 l_1942 = info.static_meta[uint32(1)];
const uint32 l_1943 = l_1942 * uint32(1);
const bool l_1944 = l_863 < l_1943;
const uint32 l_1945 = l_1943 - uint32(1);
const uint32 l_1946 = min(l_863, l_1945);
const float l_1947 = buffer_1[l_1946];
const float l_1948 = (l_1944) ? l_1947 : float(0.0);
const float l_864 = l_1948;
const float l_865 = l_857 * l_864;
l_mut_36 = l_mut_36 + l_865;
}
const bool l_866 = uint32(19) < l_632;
if (l_866) {
const uint32 l_867 = l_mut_633 * uint32(64);
const uint32 l_868 = l_867 + uint32(19);
const float l_869 = shared_memory_6[l_868];
const uint32 l_870 = l_mut_11 + uint32(19);
const uint32 l_871 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_872 = l_870 * l_871;
const uint32 l_873 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_874 = l_mut_27 * l_873;
const uint32 l_875 = l_872 + l_874;
const uint32 l_1949 = info.static_meta[uint32(1)];
const uint32 l_1950 = l_1949 * uint32(1);
const bool l_1951 = l_875 < l_1950;
const uint32 l_1952 = l_1950 - uint32(1);
const uint32 l_1953 = min(l_875, l_1952);
const float l_1954 = buffer_1[l_1953];
const float l_1955 = (l_1951) ? l_1954 : float(0.0);
const float l_876 = l_1955;
const float l_877 = l_869 * l_876;
l_mut_36 = l_mut_36 + l_877;
}
const bool l_878 = uint32(20) < l_632;
if (l_878) {
const uint32 l_879 = l_mut_633 * uint32(64);
const uint32 l_880 = l_879 + uint32(20);
const float l_881 = shared_memory_6[l_880];
const uint32 l_882 = l_mut_11 + uint32(20);
const uint32 l_883 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_884 = l_882 * l_883;
const uint32 l_885 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_886 = l_mut_27 * l_885;
const uint32 l_887 = l_884 + l_886;
const uint32 l_1956 = info.static_meta[uint32(1)];
const uint32 l_1957 = l_1956 * uint32(1);
const bool l_1958 = l_887 < l_1957;
const uint32 l_1959 = l_1957 - uint32(1);
const uint32 l_1960 = min(l_887, l_1959);
const float l_1961 = buffer_1[l_1960];
const float l_1962 = (l_1958) ? l_1961 : float(0.0);
const float l_888 = l_1962;
const float l_889 = l_881 * l_888;
l_mut_36 = l_mut_36 + l_889;
}
const bool l_890 = uint32(21) < l_632;
if (l_890) {
const uint32 l_891 = l_mut_633 * uint32(64);
const uint32 l_892 = l_891 + uint32(21);
const float l_893 = shared_memory_6[l_892];
const uint32 l_894 = l_mut_11 + uint32(21);
const uint32 l_895 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_896 = l_894 * l_895;
const uint32 l_897 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_898 = l_mut_27 * l_897;
const uint32 l_899 = l_896 + l_898;
const uint32 l_1963 = info.static_meta[uint32(1)];
const uint32 l_1964 = l_1963 * uint32(1);
const bool l_1965 = l_899 < l_1964;
const uint32 l_1966 = l_1964 - uint32(1);
const uint32 l_1967 = min(l_899, l_1966);
const float l_1968 = buffer_1[l_1967];
const float l_1969 = (l_1965) ? l_1968 : float(0.0);
const float l_900 = l_1969;
const float l_901 = l_893 * l_900;
l_mut_36 = l_mut_36 + l_901;
}
const bool l_902 = uint32(22) < l_632;
if (l_902) {
const uint32 l_903 = l_mut_633 * uint32(64);
const uint32 l_904 = l_903 + uint32(22);
const float l_905 = shared_memory_6[l_904];
const uint32 l_906 = l_mut_11 + uint32(22);
const uint32 l_907 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_908 = l_906 * l_907;
const uint32 l_909 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_910 = l_mut_27 * l_909;
const uint32 l_911 = l_908 + l_910;
const uint32 l_1970 = info.static_meta[uint32(1)];
const uint32 l_1971 = l_1970 * uint32(1);
const bool l_1972 = l_911 < l_1971;
const uint32 l_1973 = l_1971 - uint32(1);
const uint32 l_1974 = min(l_911, l_1973);
const float l_1975 = buffer_1[l_1974];
const float l_1976 = (l_1972) ? l_1975 : float(0.0);
const float l_912 = l_1976;
const float l_913 = l_905 * l_912;
l_mut_36 = l_mut_36 + l_913;
}
const bool l_914 = uint32(23) < l_632;
if (l_914) {
const uint32 l_915 = l_mut_633 * uint32(64);
const uint32 l_916 = l_915 + uint32(23);
const float l_917 = shared_memory_6[l_916];
const uint32 l_918 = l_mut_11 + uint32(23);
const uint32 l_919 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_920 = l_918 * l_919;
const uint32 l_921 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_922 = l_mut_27 * l_921;
const uint32 l_923 = l_920 + l_922;
const uint32 l_1977 = info.static_meta[uint32(1)];
const uint32 l_1978 = l_1977 * uint32(1);
const bool l_1979 = l_923 < l_1978;
const uint32 l_1980 = l_1978 - uint32(1);
const uint32 l_1981 = min(l_923, l_1980);
const float l_1982 = buffer_1[l_1981];
const float l_1983 = (l_1979) ? l_1982 : float(0.0);
const float l_924 = l_1983;
const float l_925 = l_917 * l_924;
l_mut_36 = l_mut_36 + l_925;
}
const bool l_926 = uint32(24) < l_632;
if (l_926) {
const uint32 l_927 = l_mut_633 * uint32(64);
const uint32 l_928 = l_927 + uint32(24);
const float l_929 = shared_memory_6[l_928];
const uint32 l_930 = l_mut_11 + uint32(24);
const uint32 l_931 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_932 = l_930 * l_931;
const uint32 l_933 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_934 = l_mut_27 * l_933;
const uint32 l_935 = l_932 + l_934;
const uint32 l_1984 = info.static_meta[uint32(1)];
const uint32 l_1985 = l_1984 * uint32(1);
const bool l_1986 = l_935 < l_1985;
const uint32 l_1987 = l_1985 - uint32(1);
const uint32 l_1988 = min(l_935, l_1987);
const float l_1989 = buffer_1[l_1988];
const float l_1990 = (l_1986) ? l_1989 : float(0.0);
const float l_936 = l_1990;
const float l_937 = l_929 * l_936;
l_mut_36 = l_mut_36 + l_937;
}
const bool l_938 = uint32(25) < l_632;
if (l_938) {
const uint32 l_939 = l_mut_633 * uint32(64);
const uint32 l_940 = l_939 + uint32(25);
const float l_941 = shared_memory_6[l_940];
const uint32 l_942 = l_mut_11 + uint32(25);
const uint32 l_943 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_944 = l_942 * l_943;
const uint32 l_945 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_946 = l_mut_27 * l_945;
const uint32 l_947 = l_944 + l_946;
const uint32 l_1991 = info.static_meta[uint32(1)];
const uint32 l_1992 = l_1991 * uint32(1);
const bool l_1993 = l_947 < l_1992;
const uint32 l_1994 = l_1992 - uint32(1);
const uint32 l_1995 = min(l_947, l_1994);
const float l_1996 = buffer_1[l_1995];
const float l_1997 = (l_1993) ? l_1996 : float(0.0);
const float l_948 = l_1997;
const float l_949 = l_941 * l_948;
l_mut_36 = l_mut_36 + l_949;
}
const bool l_950 = uint32(26) < l_632;
if (l_950) {
const uint32 l_951 = l_mut_633 * uint32(64);
const uint32 l_952 = l_951 + uint32(26);
const float l_953 = shared_memory_6[l_952];
const uint32 l_954 = l_mut_11 + uint32(26);
const uint32 l_955 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_956 = l_954 * l_955;
const uint32 l_957 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_958 = l_mut_27 * l_957;
const uint32 l_959 = l_956 + l_958;
const uint32 l_1998 = info.static_meta[uint32(1)];
const uint32 l_1999 = l_1998 * uint32(1);
const bool l_2000 = l_959 < l_1999;
const uint32 l_2001 = l_1999 - uint32(1);
const uint32 l_2002 = min(l_959, l_2001);
const float l_2003 = buffer_1[l_2002];
const float l_2004 = (l_2000) ? l_2003 : float(0.0);
const float l_960 = l_2004;
const float l_961 = l_953 * l_960;
l_mut_36 = l_mut_36 + l_961;
}
const bool l_962 = uint32(27) < l_632;
if (l_962) {
const uint32 l_963 = l_mut_633 * uint32(64);
const uint32 l_964 = l_963 + uint32(27);
const float l_965 = shared_memory_6[l_964];
const uint32 l_966 = l_mut_11 + uint32(27);
const uint32 l_967 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_968 = l_966 * l_967;
const uint32 l_969 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_970 = l_mut_27 * l_969;
const uint32 l_971 = l_968 + l_970;
const uint32 l_2005 = info.static_meta[uint32(1)];
const uint32 l_2006 = l_2005 * uint32(1);
const bool l_2007 = l_971 < l_2006;
const uint32 l_2008 = l_2006 - uint32(1);
const uint32 l_2009 = min(l_971, l_2008);
const float l_2010 = buffer_1[l_2009];
const float l_2011 = (l_2007) ? l_2010 : float(0.0);
const float l_972 = l_2011;
const float l_973 = l_965 * l_972;
l_mut_36 = l_mut_36 + l_973;
}
const bool l_974 = uint32(28) < l_632;
if (l_974) {
const uint32 l_975 = l_mut_633 * uint32(64);
const uint32 l_976 = l_975 + uint32(28);
const float l_977 = shared_memory_6[l_976];
const uint32 l_978 = l_mut_11 + uint32(28);
const uint32 l_979 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_980 = l_978 * l_979;
const uint32 l_981 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_982 = l_mut_27 * l_981;
const uint32 l_983 = l_980 + l_982;
const uint32 l_2012 = info.static_meta[uint32(1)];
const uint32 l_2013 = l_2012 * uint32(1);
const bool l_2014 = l_983 < l_2013;
const uint32 l_2015 = l_2013 - uint32(1);
const uint32 l_2016 = min(l_983, l_2015);
const float l_2017 = buffer_1[l_2016];
const float l_2018 = (l_2014) ? l_2017 : float(0.0);
const float l_984 = l_2018;
const float l_985 = l_977 * l_984;
l_mut_36 = l_mut_36 + l_985;
}
const bool l_986 = uint32(29) < l_632;
if (l_986) {
const uint32 l_987 = l_mut_633 * uint32(64);
const uint32 l_988 = l_987 + uint32(29);
const float l_989 = shared_memory_6[l_988];
const uint32 l_990 = l_mut_11 + uint32(29);
const uint32 l_991 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_992 = l_990 * l_991;
const uint32 l_993 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_994 = l_mut_27 * l_993;
const uint32 l_995 = l_992 + l_994;
const uint32 l_2019 = info.static_meta[uint32(1)];
const uint32 l_2020 = l_2019 * uint32(1);
const bool l_2021 = l_995 < l_2020;
const uint32 l_2022 = l_2020 - uint32(1);
const uint32 l_2023 = min(l_995, l_2022);
const float l_2024 = buffer_1[l_2023];
const float l_2025 = (l_2021) ? l_2024 : float(0.0);
const float l_996 = l_2025;
const float l_997 = l_989 * l_996;
l_mut_36 = l_mut_36 + l_997;
}
const bool l_998 = uint32(30) < l_632;
if (l_998) {
const uint32 l_999 = l_mut_633 * uint32(64);
const uint32 l_1000 = l_999 + uint32(30);
const float l_1001 = shared_memory_6[l_1000];
const uint32 l_1002 = l_mut_11 + uint32(30);
const uint32 l_1003 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_1004 = l_1002 * l_1003;
const uint32 l_1005 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_1006 = l_mut_27 * l_1005;
const uint32 l_1007 = l_1004 + l_1006;
const uint32 l_2026 = info.static_meta[uint32(1)];
const uint32 l_2027 = l_2026 * uint32(1);
const bool l_2028 = l_1007 < l_2027;
const uint32 l_2029 = l_2027 - uint32(1);
const uint32 l_2030 = min(l_1007, l_2029);
const float l_2031 = buffer_1[l_2030];
const float l_2032 = (l_2028) ? l_2031 : float(0.0);
const float l_1008 = l_2032;
const float l_1009 = l_1001 * l_1008;
l_mut_36 = l_mut_36 + l_1009;
}
const bool l_1010 = uint32(31) < l_632;
if (l_1010) {
const uint32 l_1011 = l_mut_633 * uint32(64);
const uint32 l_1012 = l_1011 + uint32(31);
const float l_1013 = shared_memory_6[l_1012];
const uint32 l_1014 = l_mut_11 + uint32(31);
const uint32 l_1015 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_1016 = l_1014 * l_1015;
const uint32 l_1017 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_1018 = l_mut_27 * l_1017;
const uint32 l_1019 = l_1016 + l_1018;
const uint32 l_2033 = info.static_meta[uint32(1)];
const uint32 l_2034 = l_2033 * uint32(1);
const bool l_2035 = l_1019 < l_2034;
const uint32 l_2036 = l_2034 - uint32(1);
const uint32 l_2037 = min(l_1019, l_2036);
const float l_2038 = buffer_1[l_2037];
const float l_2039 = (l_2035) ? l_2038 : float(0.0);
const float l_1020 = l_2039;
const float l_1021 = l_1013 * l_1020;
l_mut_36 = l_mut_36 + l_1021;
}
const bool l_1022 = uint32(32) < l_632;
if (l_1022) {
const uint32 l_1023 = l_mut_633 * uint32(64);
const uint32 l_1024 = l_1023 + uint32(32);
const float l_1025 = shared_memory_6[l_1024];
const uint32 l_1026 = l_mut_11 + uint32(32);
const uint32 l_1027 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_1028 = l_1026 * l_1027;
const uint32 l_1029 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_1030 = l_mut_27 * l_1029;
const uint32 l_1031 = l_1028 + l_1030;
const uint32 l_2040 = info.static_meta[uint32(1)];
const uint32 l_2041 = l_2040 * uint32(1);
const bool l_2042 = l_1031 < l_2041;
const uint32 l_2043 = l_2041 - uint32(1);
const uint32 l_2044 = min(l_1031, l_2043);
const float l_2045 = buffer_1[l_2044];
const float l_2046 = (l_2042) ? l_2045 : float(0.0);
const float l_1032 = l_2046;
const float l_1033 = l_1025 * l_1032;
l_mut_36 = l_mut_36 + l_1033;
}
const bool l_1034 = uint32(33) < l_632;
if (l_1034) {
const uint32 l_1035 = l_mut_633 * uint32(64);
const uint32 l_1036 = l_1035 + uint32(33);
const float l_1037 = shared_memory_6[l_1036];
const uint32 l_1038 = l_mut_11 + uint32(33);
const uint32 l_1039 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_1040 = l_1038 * l_1039;
const uint32 l_1041 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_1042 = l_mut_27 * l_1041;
const uint32 l_1043 = l_1040 + l_1042;
const uint32 l_2047 = info.static_meta[uint32(1)];
const uint32 l_2048 = l_2047 * uint32(1);
const bool l_2049 = l_1043 < l_2048;
const uint32 l_2050 = l_2048 - uint32(1);
const uint32 l_2051 = min(l_1043, l_2050);
const float l_2052 = buffer_1[l_2051];
const float l_2053 = (l_2049) ? l_2052 : float(0.0);
const float l_1044 = l_2053;
const float l_1045 = l_1037 * l_1044;
l_mut_36 = l_mut_36 + l_1045;
}
const bool l_1046 = uint32(34) < l_632;
if (l_1046) {
const uint32 l_1047 = l_mut_633 * uint32(64);
const uint32 l_1048 = l_1047 + uint32(34);
const float l_1049 = shared_memory_6[l_1048];
const uint32 l_1050 = l_mut_11 + uint32(34);
const uint32 l_1051 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_1052 = l_1050 * l_1051;
const uint32 l_1053 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_1054 = l_mut_27 * l_1053;
const uint32 l_1055 = l_1052 + l_1054;
const uint32 l_2054 = info.static_meta[uint32(1)];
const uint32 l_2055 = l_2054 * uint32(1);
const bool l_2056 = l_1055 < l_2055;
const uint32 l_2057 = l_2055 - uint32(1);
const uint32 l_2058 = min(l_1055, l_2057);
const float l_2059 = buffer_1[l_2058];
const float l_2060 = (l_2056) ? l_2059 : float(0.0);
const float l_1056 = l_2060;
const float l_1057 = l_1049 * l_1056;
l_mut_36 = l_mut_36 + l_1057;
}
const bool l_1058 = uint32(35) < l_632;
if (l_1058) {
const uint32 l_1059 = l_mut_633 * uint32(64);
const uint32 l_1060 = l_1059 + uint32(35);
const float l_1061 = shared_memory_6[l_1060];
const uint32 l_1062 = l_mut_11 + uint32(35);
const uint32 l_1063 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_1064 = l_1062 * l_1063;
const uint32 l_1065 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_1066 = l_mut_27 * l_1065;
const uint32 l_1067 = l_1064 + l_1066;
const uint32 l_2061 = info.static_meta[uint32(1)];
const uint32 l_2062 = l_2061 * uint32(1);
const bool l_2063 = l_1067 < l_2062;
const uint32 l_2064 = l_2062 - uint32(1);
const uint32 l_2065 = min(l_1067, l_2064);
const float l_2066 = buffer_1[l_2065];
const float l_2067 = (l_2063) ? l_2066 : float(0.0);
const float l_1068 = l_2067;
const float l_1069 = l_1061 * l_1068;
l_mut_36 = l_mut_36 + l_1069;
}
const bool l_1070 = uint32(36) < l_632;
if (l_1070) {
const uint32 l_1071 = l_mut_633 * uint32(64);
const uint32 l_1072 = l_1071 + uint32(36);
const float l_1073 = shared_memory_6[l_1072];
const uint32 l_1074 = l_mut_11 + uint32(36);
const uint32 l_1075 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_1076 = l_1074 * l_1075;
const uint32 l_1077 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_1078 = l_mut_27 * l_1077;
const uint32 l_1079 = l_1076 + l_1078;
const uint32 l_2068 = info.static_meta[uint32(1)];
const uint32 l_2069 = l_2068 * uint32(1);
const bool l_2070 = l_1079 < l_2069;
const uint32 l_2071 = l_2069 - uint32(1);
const uint32 l_2072 = min(l_1079, l_2071);
const float l_2073 = buffer_1[l_2072];
const float l_2074 = (l_2070) ? l_2073 : float(0.0);
const float l_1080 = l_2074;
const float l_1081 = l_1073 * l_1080;
l_mut_36 = l_mut_36 + l_1081;
}
const bool l_1082 = uint32(37) < l_632;
if (l_1082) {
const uint32 l_1083 = l_mut_633 * uint32(64);
const uint32 l_1084 = l_1083 + uint32(37);
const float l_1085 = shared_memory_6[l_1084];
const uint32 l_1086 = l_mut_11 + uint32(37);
const uint32 l_1087 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_1088 = l_1086 * l_1087;
const uint32 l_1089 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_1090 = l_mut_27 * l_1089;
const uint32 l_1091 = l_1088 + l_1090;
const uint32 l_2075 = info.static_meta[uint32(1)];
const uint32 l_2076 = l_2075 * uint32(1);
const bool l_2077 = l_1091 < l_2076;
const uint32 l_2078 = l_2076 - uint32(1);
const uint32 l_2079 = min(l_1091, l_2078);
const float l_2080 = buffer_1[l_2079];
const float l_2081 = (l_2077) ? l_2080 : float(0.0);
const float l_1092 = l_2081;
const float l_1093 = l_1085 * l_1092;
l_mut_36 = l_mut_36 + l_1093;
}
const bool l_1094 = uint32(38) < l_632;
if (l_1094) {
const uint32 l_1095 = l_mut_633 * uint32(64);
const uint32 l_1096 = l_1095 + uint32(38);
const float l_1097 = shared_memory_6[l_1096];
const uint32 l_1098 = l_mut_11 + uint32(38);
const uint32 l_1099 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_1100 = l_1098 * l_1099;
const uint32 l_1101 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_1102 = l_mut_27 * l_1101;
const uint32 l_1103 = l_1100 + l_1102;
const uint32 l_2082 = info.static_meta[uint32(1)];
const uint32 l_2083 = l_2082 * uint32(1);
const bool l_2084 = l_1103 < l_2083;
const uint32 l_2085 = l_2083 - uint32(1);
const uint32 l_2086 = min(l_1103, l_2085);
const float l_2087 = buffer_1[l_2086];
const float l_2088 = (l_2084) ? l_2087 : float(0.0);
const float l_1104 = l_2088;
const float l_1105 = l_1097 * l_1104;
l_mut_36 = l_mut_36 + l_1105;
}
const bool l_1106 = uint32(39) < l_632;
if (l_1106) {
const uint32 l_1107 = l_mut_633 * uint32(64);
const uint32 l_1108 = l_1107 + uint32(39);
const float l_1109 = shared_memory_6[l_1108];
const uint32 l_1110 = l_mut_11 + uint32(39);
const uint32 l_1111 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_1112 = l_1110 * l_1111;
const uint32 l_1113 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_1114 = l_mut_27 * l_1113;
const uint32 l_1115 = l_1112 + l_1114;
const uint32 l_2089 = info.static_meta[uint32(1)];
const uint32 l_2090 = l_2089 * uint32(1);
const bool l_2091 = l_1115 < l_2090;
const uint32 l_2092 = l_2090 - uint32(1);
const uint32 l_2093 = min(l_1115, l_2092);
const float l_2094 = buffer_1[l_2093];
const float l_2095 = (l_2091) ? l_2094 : float(0.0);
const float l_1116 = l_2095;
const float l_1117 = l_1109 * l_1116;
l_mut_36 = l_mut_36 + l_1117;
}
const bool l_1118 = uint32(40) < l_632;
if (l_1118) {
const uint32 l_1119 = l_mut_633 * uint32(64);
const uint32 l_1120 = l_1119 + uint32(40);
const float l_1121 = shared_memory_6[l_1120];
const uint32 l_1122 = l_mut_11 + uint32(40);
const uint32 l_1123 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_1124 = l_1122 * l_1123;
const uint32 l_1125 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_1126 = l_mut_27 * l_1125;
const uint32 l_1127 = l_1124 + l_1126;
const uint32 l_2096 = info.static_meta[uint32(1)];
const uint32 l_2097 = l_2096 * uint32(1);
const bool l_2098 = l_1127 < l_2097;
const uint32 l_2099 = l_2097 - uint32(1);
const uint32 l_2100 = min(l_1127, l_2099);
const float l_2101 = buffer_1[l_2100];
const float l_2102 = (l_2098) ? l_2101 : float(0.0);
const float l_1128 = l_2102;
const float l_1129 = l_1121 * l_1128;
l_mut_36 = l_mut_36 + l_1129;
}
const bool l_1130 = uint32(41) < l_632;
if (l_1130) {
const uint32 l_1131 = l_mut_633 * uint32(64);
const uint32 l_1132 = l_1131 + uint32(41);
const float l_1133 = shared_memory_6[l_1132];
const uint32 l_1134 = l_mut_11 + uint32(41);
const uint32 l_1135 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_1136 = l_1134 * l_1135;
const uint32 l_1137 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_1138 = l_mut_27 * l_1137;
const uint32 l_1139 = l_1136 + l_1138;
const uint32 l_2103 = info.static_meta[uint32(1)];
const uint32 l_2104 = l_2103 * uint32(1);
const bool l_2105 = l_1139 < l_2104;
const uint32 l_2106 = l_2104 - uint32(1);
const uint32 l_2107 = min(l_1139, l_2106);
const float l_2108 = buffer_1[l_2107];
const float l_2109 = (l_2105) ? l_2108 : float(0.0);
const float l_1140 = l_2109;
const float l_1141 = l_1133 * l_1140;
l_mut_36 = l_mut_36 + l_1141;
}
const bool l_1142 = uint32(42) < l_632;
if (l_1142) {
const uint32 l_1143 = l_mut_633 * uint32(64);
const uint32 l_1144 = l_1143 + uint32(42);
const float l_1145 = shared_memory_6[l_1144];
const uint32 l_1146 = l_mut_11 + uint32(42);
const uint32 l_1147 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_1148 = l_1146 * l_1147;
const uint32 l_1149 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_1150 = l_mut_27 * l_1149;
const uint32 l_1151 = l_1148 + l_1150;
const uint32 l_2110 = info.static_meta[uint32(1)];
const uint32 l_2111 = l_2110 * uint32(1);
const bool l_2112 = l_1151 < l_2111;
const uint32 l_2113 = l_2111 - uint32(1);
const uint32 l_2114 = min(l_1151, l_2113);
const float l_2115 = buffer_1[l_2114];
const float l_2116 = (l_2112) ? l_2115 : float(0.0);
const float l_1152 = l_2116;
const float l_1153 = l_1145 * l_1152;
l_mut_36 = l_mut_36 + l_1153;
}
const bool l_1154 = uint32(43) < l_632;
if (l_1154) {
const uint32 l_1155 = l_mut_633 * uint32(64);
const uint32 l_1156 = l_1155 + uint32(43);
const float l_1157 = shared_memory_6[l_1156];
const uint32 l_1158 = l_mut_11 + uint32(43);
const uint32 l_1159 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_1160 = l_1158 * l_1159;
const uint32 l_1161 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_1162 = l_mut_27 * l_1161;
const uint32 l_1163 = l_1160 + l_1162;
const uint32 l_2117 = info.static_meta[uint32(1)];
const uint32 l_2118 = l_2117 * uint32(1);
const bool l_2119 = l_1163 < l_2118;
const uint32 l_2120 = l_2118 - uint32(1);
const uint32 l_2121 = min(l_1163, l_2120);
const float l_2122 = buffer_1[l_2121];
const float l_2123 = (l_2119) ? l_2122 : float(0.0);
const float l_1164 = l_2123;
const float l_1165 = l_1157 * l_1164;
l_mut_36 = l_mut_36 + l_1165;
}
const bool l_1166 = uint32(44) < l_632;
if (l_1166) {
const uint32 l_1167 = l_mut_633 * uint32(64);
const uint32 l_1168 = l_1167 + uint32(44);
const float l_1169 = shared_memory_6[l_1168];
const uint32 l_1170 = l_mut_11 + uint32(44);
const uint32 l_1171 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_1172 = l_1170 * l_1171;
const uint32 l_1173 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_1174 = l_mut_27 * l_1173;
const uint32 l_1175 = l_1172 + l_1174;
const uint32 l_2124 = info.static_meta[uint32(1)];
const uint32 l_2125 = l_2124 * uint32(1);
const bool l_2126 = l_1175 < l_2125;
const uint32 l_2127 = l_2125 - uint32(1);
const uint32 l_2128 = min(l_1175, l_2127);
const float l_2129 = buffer_1[l_2128];
const float l_2130 = (l_2126) ? l_2129 : float(0.0);
const float l_1176 = l_2130;
const float l_1177 = l_1169 * l_1176;
l_mut_36 = l_mut_36 + l_1177;
}
const bool l_1178 = uint32(45) < l_632;
if (l_1178) {
const uint32 l_1179 = l_mut_633 * uint32(64);
const uint32 l_1180 = l_1179 + uint32(45);
const float l_1181 = shared_memory_6[l_1180];
const uint32 l_1182 = l_mut_11 + uint32(45);
const uint32 l_1183 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_1184 = l_1182 * l_1183;
const uint32 l_1185 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_1186 = l_mut_27 * l_1185;
const uint32 l_1187 = l_1184 + l_1186;
const uint32 l_2131 = info.static_meta[uint32(1)];
const uint32 l_2132 = l_2131 * uint32(1);
const bool l_2133 = l_1187 < l_2132;
const uint32 l_2134 = l_2132 - uint32(1);
const uint32 l_2135 = min(l_1187, l_2134);
const float l_2136 = buffer_1[l_2135];
const float l_2137 = (l_2133) ? l_2136 : float(0.0);
const float l_1188 = l_2137;
const float l_1189 = l_1181 * l_1188;
l_mut_36 = l_mut_36 + l_1189;
}
const bool l_1190 = uint32(46) < l_632;
if (l_1190) {
const uint32 l_1191 = l_mut_633 * uint32(64);
const uint32 l_1192 = l_1191 + uint32(46);
const float l_1193 = shared_memory_6[l_1192];
const uint32 l_1194 = l_mut_11 + uint32(46);
const uint32 l_1195 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_1196 = l_1194 * l_1195;
const uint32 l_1197 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_1198 = l_mut_27 * l_1197;
const uint32 l_1199 = l_1196 + l_1198;
const uint32 l_2138 = info.static_meta[uint32(1)];
const uint32 l_2139 = l_2138 * uint32(1);
const bool l_2140 = l_1199 < l_2139;
const uint32 l_2141 = l_2139 - uint32(1);
const uint32 l_2142 = min(l_1199, l_2141);
const float l_2143 = buffer_1[l_2142];
const float l_2144 = (l_2140) ? l_2143 : float(0.0);
const float l_1200 = l_2144;
const float l_1201 = l_1193 * l_1200;
l_mut_36 = l_mut_36 + l_1201;
}
const bool l_1202 = uint32(47) < l_632;
if (l_1202) {
const uint32 l_1203 = l_mut_633 * uint32(64);
const uint32 l_1204 = l_1203 + uint32(47);
const float l_1205 = shared_memory_6[l_1204];
const uint32 l_1206 = l_mut_11 + uint32(47);
const uint32 l_1207 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_1208 = l_1206 * l_1207;
const uint32 l_1209 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_1210 = l_mut_27 * l_1209;
const uint32 l_1211 = l_1208 + l_1210;
const uint32 l_2145 = info.static_meta[uint32(1)];
const uint32 l_2146 = l_2145 * uint32(1);
const bool l_2147 = l_1211 < l_2146;
const uint32 l_2148 = l_2146 - uint32(1);
const uint32 l_2149 = min(l_1211, l_2148);
const float l_2150 = buffer_1[l_2149];
const float l_2151 = (l_2147) ? l_2150 : float(0.0);
const float l_1212 = l_2151;
const float l_1213 = l_1205 * l_1212;
l_mut_36 = l_mut_36 + l_1213;
}
const bool l_1214 = uint32(48) < l_632;
if (l_1214) {
const uint32 l_1215 = l_mut_633 * uint32(64);
const uint32 l_1216 = l_1215 + uint32(48);
const float l_1217 = shared_memory_6[l_1216];
const uint32 l_1218 = l_mut_11 + uint32(48);
const uint32 l_1219 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_1220 = l_1218 * l_1219;
const uint32 l_1221 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_1222 = l_mut_27 * l_1221;
const uint32 l_1223 = l_1220 + l_1222;
const uint32 l_2152 = info.static_meta[uint32(1)];
const uint32 l_2153 = l_2152 * uint32(1);
const bool l_2154 = l_1223 < l_2153;
const uint32 l_2155 = l_2153 - uint32(1);
const uint32 l_2156 = min(l_1223, l_2155);
const float l_2157 = buffer_1[l_2156];
const float l_2158 = (l_2154) ? l_2157 : float(0.0);
const float l_1224 = l_2158;
const float l_1225 = l_1217 * l_1224;
l_mut_36 = l_mut_36 + l_1225;
}
const bool l_1226 = uint32(49) < l_632;
if (l_1226) {
const uint32 l_1227 = l_mut_633 * uint32(64);
const uint32 l_1228 = l_1227 + uint32(49);
const float l_1229 = shared_memory_6[l_1228];
const uint32 l_1230 = l_mut_11 + uint32(49);
const uint32 l_1231 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_1232 = l_1230 * l_1231;
const uint32 l_1233 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_1234 = l_mut_27 * l_1233;
const uint32 l_1235 = l_1232 + l_1234;
const uint32 l_2159 = info.static_meta[uint32(1)];
const uint32 l_2160 = l_2159 * uint32(1);
const bool l_2161 = l_1235 < l_2160;
const uint32 l_2162 = l_2160 - uint32(1);
const uint32 l_2163 = min(l_1235, l_2162);
const float l_2164 = buffer_1[l_2163];
const float l_2165 = (l_2161) ? l_2164 : float(0.0);
const float l_1236 = l_2165;
const float l_1237 = l_1229 * l_1236;
l_mut_36 = l_mut_36 + l_1237;
}
const bool l_1238 = uint32(50) < l_632;
if (l_1238) {
const uint32 l_1239 = l_mut_633 * uint32(64);
const uint32 l_1240 = l_1239 + uint32(50);
const float l_1241 = shared_memory_6[l_1240];
const uint32 l_1242 = l_mut_11 + uint32(50);
const uint32 l_1243 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_1244 = l_1242 * l_1243;
const uint32 l_1245 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_1246 = l_mut_27 * l_1245;
const uint32 l_1247 = l_1244 + l_1246;
const uint32 l_2166 = info.static_meta[uint32(1)];
const uint32 l_2167 = l_2166 * uint32(1);
const bool l_2168 = l_1247 < l_2167;
const uint32 l_2169 = l_2167 - uint32(1);
const uint32 l_2170 = min(l_1247, l_2169);
const float l_2171 = buffer_1[l_2170];
const float l_2172 = (l_2168) ? l_2171 : float(0.0);
const float l_1248 = l_2172;
const float l_1249 = l_1241 * l_1248;
l_mut_36 = l_mut_36 + l_1249;
}
const bool l_1250 = uint32(51) < l_632;
if (l_1250) {
const uint32 l_1251 = l_mut_633 * uint32(64);
const uint32 l_1252 = l_1251 + uint32(51);
const float l_1253 = shared_memory_6[l_1252];
const uint32 l_1254 = l_mut_11 + uint32(51);
const uint32 l_1255 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_1256 = l_1254 * l_1255;
const uint32 l_1257 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_1258 = l_mut_27 * l_1257;
const uint32 l_1259 = l_1256 + l_1258;
const uint32 l_2173 = info.static_meta[uint32(1)];
const uint32 l_2174 = l_2173 * uint32(1);
const bool l_2175 = l_1259 < l_2174;
const uint32 l_2176 = l_2174 - uint32(1);
const uint32 l_2177 = min(l_1259, l_2176);
const float l_2178 = buffer_1[l_2177];
const float l_2179 = (l_2175) ? l_2178 : float(0.0);
const float l_1260 = l_2179;
const float l_1261 = l_1253 * l_1260;
l_mut_36 = l_mut_36 + l_1261;
}
const bool l_1262 = uint32(52) < l_632;
if (l_1262) {
const uint32 l_1263 = l_mut_633 * uint32(64);
const uint32 l_1264 = l_1263 + uint32(52);
const float l_1265 = shared_memory_6[l_1264];
const uint32 l_1266 = l_mut_11 + uint32(52);
const uint32 l_1267 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_1268 = l_1266 * l_1267;
const uint32 l_1269 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_1270 = l_mut_27 * l_1269;
const uint32 l_1271 = l_1268 + l_1270;
const uint32 l_2180 = info.static_meta[uint32(1)];
const uint32 l_2181 = l_2180 * uint32(1);
const bool l_2182 = l_1271 < l_2181;
const uint32 l_2183 = l_2181 - uint32(1);
const uint32 l_2184 = min(l_1271, l_2183);
const float l_2185 = buffer_1[l_2184];
const float l_2186 = (l_2182) ? l_2185 : float(0.0);
const float l_1272 = l_2186;
const float l_1273 = l_1265 * l_1272;
l_mut_36 = l_mut_36 + l_1273;
}
const bool l_1274 = uint32(53) < l_632;
if (l_1274) {
const uint32 l_1275 = l_mut_633 * uint32(64);
const uint32 l_1276 = l_1275 + uint32(53);
const float l_1277 = shared_memory_6[l_1276];
const uint32 l_1278 = l_mut_11 + uint32(53);
const uint32 l_1279 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_1280 = l_1278 * l_1279;
const uint32 l_1281 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_1282 = l_mut_27 * l_1281;
const uint32 l_1283 = l_1280 + l_1282;
const uint32 l_2187 = info.static_meta[uint32(1)];
const uint32 l_2188 = l_2187 * uint32(1);
const bool l_2189 = l_1283 < l_2188;
const uint32 l_2190 = l_2188 - uint32(1);
const uint32 l_2191 = min(l_1283, l_2190);
const float l_2192 = buffer_1[l_2191];
const float l_2193 = (l_2189) ? l_2192 : float(0.0);
const float l_1284 = l_2193;
const float l_1285 = l_1277 * l_1284;
l_mut_36 = l_mut_36 + l_1285;
}
const bool l_1286 = uint32(54) < l_632;
if (l_1286) {
const uint32 l_1287 = l_mut_633 * uint32(64);
const uint32 l_1288 = l_1287 + uint32(54);
const float l_1289 = shared_memory_6[l_1288];
const uint32 l_1290 = l_mut_11 + uint32(54);
const uint32 l_1291 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_1292 = l_1290 * l_1291;
const uint32 l_1293 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_1294 = l_mut_27 * l_1293;
const uint32 l_1295 = l_1292 + l_1294;
const uint32 l_2194 = info.static_meta[uint32(1)];
const uint32 l_2195 = l_2194 * uint32(1);
const bool l_2196 = l_1295 < l_2195;
const uint32 l_2197 = l_2195 - uint32(1);
const uint32 l_2198 = min(l_1295, l_2197);
const float l_2199 = buffer_1[l_2198];
const float l_2200 = (l_2196) ? l_2199 : float(0.0);
const float l_1296 = l_2200;
const float l_1297 = l_1289 * l_1296;
l_mut_36 = l_mut_36 + l_1297;
}
const bool l_1298 = uint32(55) < l_632;
if (l_1298) {
const uint32 l_1299 = l_mut_633 * uint32(64);
const uint32 l_1300 = l_1299 + uint32(55);
const float l_1301 = shared_memory_6[l_1300];
const uint32 l_1302 = l_mut_11 + uint32(55);
const uint32 l_1303 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_1304 = l_1302 * l_1303;
const uint32 l_1305 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_1306 = l_mut_27 * l_1305;
const uint32 l_1307 = l_1304 + l_1306;
const uint32 l_2201 = info.static_meta[uint32(1)];
const uint32 l_2202 = l_2201 * uint32(1);
const bool l_2203 = l_1307 < l_2202;
const uint32 l_2204 = l_2202 - uint32(1);
const uint32 l_2205 = min(l_1307, l_2204);
const float l_2206 = buffer_1[l_2205];
const float l_2207 = (l_2203) ? l_2206 : float(0.0);
const float l_1308 = l_2207;
const float l_1309 = l_1301 * l_1308;
l_mut_36 = l_mut_36 + l_1309;
}
const bool l_1310 = uint32(56) < l_632;
if (l_1310) {
const uint32 l_1311 = l_mut_633 * uint32(64);
const uint32 l_1312 = l_1311 + uint32(56);
const float l_1313 = shared_memory_6[l_1312];
const uint32 l_1314 = l_mut_11 + uint32(56);
const uint32 l_1315 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_1316 = l_1314 * l_1315;
const uint32 l_1317 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_1318 = l_mut_27 * l_1317;
const uint32 l_1319 = l_1316 + l_1318;
const uint32 l_2208 = info.static_meta[uint32(1)];
const uint32 l_2209 = l_2208 * uint32(1);
const bool l_2210 = l_1319 < l_2209;
const uint32 l_2211 = l_2209 - uint32(1);
const uint32 l_2212 = min(l_1319, l_2211);
const float l_2213 = buffer_1[l_2212];
const float l_2214 = (l_2210) ? l_2213 : float(0.0);
const float l_1320 = l_2214;
const float l_1321 = l_1313 * l_1320;
l_mut_36 = l_mut_36 + l_1321;
}
const bool l_1322 = uint32(57) < l_632;
if (l_1322) {
const uint32 l_1323 = l_mut_633 * uint32(64);
const uint32 l_1324 = l_1323 + uint32(57);
const float l_1325 = shared_memory_6[l_1324];
const uint32 l_1326 = l_mut_11 + uint32(57);
const uint32 l_1327 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_1328 = l_1326 * l_1327;
const uint32 l_1329 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_1330 = l_mut_27 * l_1329;
const uint32 l_1331 = l_1328 + l_1330;
const uint32 l_2215 = info.static_meta[uint32(1)];
const uint32 l_2216 = l_2215 * uint32(1);
const bool l_2217 = l_1331 < l_2216;
const uint32 l_2218 = l_2216 - uint32(1);
const uint32 l_2219 = min(l_1331, l_2218);
const float l_2220 = buffer_1[l_2219];
const float l_2221 = (l_2217) ? l_2220 : float(0.0);
const float l_1332 = l_2221;
const float l_1333 = l_1325 * l_1332;
l_mut_36 = l_mut_36 + l_1333;
}
const bool l_1334 = uint32(58) < l_632;
if (l_1334) {
const uint32 l_1335 = l_mut_633 * uint32(64);
const uint32 l_1336 = l_1335 + uint32(58);
const float l_1337 = shared_memory_6[l_1336];
const uint32 l_1338 = l_mut_11 + uint32(58);
const uint32 l_1339 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_1340 = l_1338 * l_1339;
const uint32 l_1341 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_1342 = l_mut_27 * l_1341;
const uint32 l_1343 = l_1340 + l_1342;
const uint32 l_2222 = info.static_meta[uint32(1)];
const uint32 l_2223 = l_2222 * uint32(1);
const bool l_2224 = l_1343 < l_2223;
const uint32 l_2225 = l_2223 - uint32(1);
const uint32 l_2226 = min(l_1343, l_2225);
const float l_2227 = buffer_1[l_2226];
const float l_2228 = (l_2224) ? l_2227 : float(0.0);
const float l_1344 = l_2228;
const float l_1345 = l_1337 * l_1344;
l_mut_36 = l_mut_36 + l_1345;
}
const bool l_1346 = uint32(59) < l_632;
if (l_1346) {
const uint32 l_1347 = l_mut_633 * uint32(64);
const uint32 l_1348 = l_1347 + uint32(59);
const float l_1349 = shared_memory_6[l_1348];
const uint32 l_1350 = l_mut_11 + uint32(59);
const uint32 l_1351 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_1352 = l_1350 * l_1351;
const uint32 l_1353 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_1354 = l_mut_27 * l_1353;
const uint32 l_1355 = l_1352 + l_1354;
const uint32 l_2229 = info.static_meta[uint32(1)];
const uint32 l_2230 = l_2229 * uint32(1);
const bool l_2231 = l_1355 < l_2230;
const uint32 l_2232 = l_2230 - uint32(1);
const uint32 l_2233 = min(l_1355, l_2232);
const float l_2234 = buffer_1[l_2233];
const float l_2235 = (l_2231) ? l_2234 : float(0.0);
const float l_1356 = l_2235;
const float l_1357 = l_1349 * l_1356;
l_mut_36 = l_mut_36 + l_1357;
}
const bool l_1358 = uint32(60) < l_632;
if (l_1358) {
const uint32 l_1359 = l_mut_633 * uint32(64);
const uint32 l_1360 = l_1359 + uint32(60);
const float l_1361 = shared_memory_6[l_1360];
const uint32 l_1362 = l_mut_11 + uint32(60);
const uint32 l_1363 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_1364 = l_1362 * l_1363;
const uint32 l_1365 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_1366 = l_mut_27 * l_1365;
const uint32 l_1367 = l_1364 + l_1366;
const uint32 l_2236 = info.static_meta[uint32(1)];
const uint32 l_2237 = l_2236 * uint32(1);
const bool l_2238 = l_1367 < l_2237;
const uint32 l_2239 = l_2237 - uint32(1);
const uint32 l_2240 = min(l_1367, l_2239);
const float l_2241 = buffer_1[l_2240];
const float l_2242 = (l_2238) ? l_2241 : float(0.0);
const float l_1368 = l_2242;
const float l_1369 = l_1361 * l_1368;
l_mut_36 = l_mut_36 + l_1369;
}
const bool l_1370 = uint32(61) < l_632;
if (l_1370) {
const uint32 l_1371 = l_mut_633 * uint32(64);
const uint32 l_1372 = l_1371 + uint32(61);
const float l_1373 = shared_memory_6[l_1372];
const uint32 l_1374 = l_mut_11 + uint32(61);
const uint32 l_1375 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_1376 = l_1374 * l_1375;
const uint32 l_1377 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_1378 = l_mut_27 * l_1377;
const uint32 l_1379 = l_1376 + l_1378;
const uint32 l_2243 = info.static_meta[uint32(1)];
const uint32 l_2244 = l_2243 * uint32(1);
const bool l_2245 = l_1379 < l_2244;
const uint32 l_2246 = l_2244 - uint32(1);
const uint32 l_2247 = min(l_1379, l_2246);
const float l_2248 = buffer_1[l_2247];
const float l_2249 = (l_2245) ? l_2248 : float(0.0);
const float l_1380 = l_2249;
const float l_1381 = l_1373 * l_1380;
l_mut_36 = l_mut_36 + l_1381;
}
const bool l_1382 = uint32(62) < l_632;
if (l_1382) {
const uint32 l_1383 = l_mut_633 * uint32(64);
const uint32 l_1384 = l_1383 + uint32(62);
const float l_1385 = shared_memory_6[l_1384];
const uint32 l_1386 = l_mut_11 + uint32(62);
const uint32 l_1387 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_1388 = l_1386 * l_1387;
const uint32 l_1389 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_1390 = l_mut_27 * l_1389;
const uint32 l_1391 = l_1388 + l_1390;
const uint32 l_2250 = info.static_meta[uint32(1)];
const uint32 l_2251 = l_2250 * uint32(1);
const bool l_2252 = l_1391 < l_2251;
const uint32 l_2253 = l_2251 - uint32(1);
const uint32 l_2254 = min(l_1391, l_2253);
const float l_2255 = buffer_1[l_2254];
const float l_2256 = (l_2252) ? l_2255 : float(0.0);
const float l_1392 = l_2256;
const float l_1393 = l_1385 * l_1392;
l_mut_36 = l_mut_36 + l_1393;
}
const bool l_1394 = uint32(63) < l_632;
if (l_1394) {
const uint32 l_1395 = l_mut_633 * uint32(64);
const uint32 l_1396 = l_1395 + uint32(63);
const float l_1397 = shared_memory_6[l_1396];
const uint32 l_1398 = l_mut_11 + uint32(63);
const uint32 l_1399 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_1400 = l_1398 * l_1399;
const uint32 l_1401 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_1402 = l_mut_27 * l_1401;
const uint32 l_1403 = l_1400 + l_1402;
const uint32 l_2257 = info.static_meta[uint32(1)];
const uint32 l_2258 = l_2257 * uint32(1);
const bool l_2259 = l_1403 < l_2258;
const uint32 l_2260 = l_2258 - uint32(1);
const uint32 l_2261 = min(l_1403, l_2260);
const float l_2262 = buffer_1[l_2261];
const float l_2263 = (l_2259) ? l_2262 : float(0.0);
const float l_1404 = l_2263;
const float l_1405 = l_1397 * l_1404;
l_mut_36 = l_mut_36 + l_1405;
}
const uint32 l_1406 = l_3 + l_mut_633;
const uint32 l_1407 = l_1406 * l_2;
const uint32 l_1408 = l_1407 + l_mut_27;
const float l_1409 = info.scalars_float[0] * l_mut_36;
const uint32 l_1806 = info.static_meta[uint32(4)];
const uint32 l_1807 = l_1806 * uint32(1);
const bool l_1808 = l_1408 < l_1807;
const uint32 l_1809 = l_1807 - uint32(1);
const uint32 l_1810 = min(l_1408, l_1809);
const float l_1811 = buffer_4[l_1810];
const float l_1812 = (l_1808) ? l_1811 : float(0.0);
const float l_1410 = l_1812;
const float l_1411 = l_1410 + l_1409;
const uint32 l_1813 = info.static_meta[uint32(4)];
const uint32 l_1814 = l_1813 * uint32(1);
const bool l_1815 = l_1408 < l_1814;
if (l_1815) {
buffer_4[l_1408] = l_1411;
}
l_mut_27 = l_mut_27 + uint32(256);
}
}
}
__syncthreads();

l_mut_11 = l_mut_11 + uint32(64);
}
const bool l_1412 = threadIdxGlobal < uint32(64);
if (l_1412) {
const uint32 l_1413 = l_3 + threadIdxGlobal;
l_mut_36 = float(0.0);
const bool l_1414 = l_1413 < l_0;
if (l_1414) {

for (uint32 l_mut_1415 = uint32(0); l_mut_1415 < l_2; ++l_mut_1415) {
const uint32 l_1416 = l_1413 * l_2;
const uint32 l_1417 = l_1416 + l_mut_1415;
const uint32 l_2271 = info.static_meta[uint32(4)];
const uint32 l_2272 = l_2271 * uint32(1);
const bool l_2273 = l_1417 < l_2272;
const uint32 l_2274 = l_2272 - uint32(1);
const uint32 l_2275 = min(l_1417, l_2274);
const float l_2276 = buffer_4[l_2275];
const float l_2277 = (l_2273) ? l_2276 : float(0.0);
const float l_1418 = l_2277;
const uint32 l_1419 = dynamic_meta[info.static_meta[uint32(18)] + uint32(0)];
const uint32 l_1420 = l_1413 * l_1419;
const uint32 l_1421 = dynamic_meta[info.static_meta[uint32(18)] + uint32(1)];
const uint32 l_1422 = l_mut_1415 * l_1421;
const uint32 l_1423 = l_1420 + l_1422;
const uint32 l_2278 = info.static_meta[uint32(0)];
const uint32 l_2279 = l_2278 * uint32(1);
const bool l_2280 = l_1423 < l_2279;
const uint32 l_2281 = l_2279 - uint32(1);
const uint32 l_2282 = min(l_1423, l_2281);
const float l_2283 = buffer_0[l_2282];
const float l_2284 = (l_2280) ? l_2283 : float(0.0);
const float l_1424 = l_2284;
const float l_1425 = l_1418 * l_1424;
l_mut_36 = l_mut_36 + l_1425;
}
const uint32 l_2264 = info.static_meta[uint32(2)];
const uint32 l_2265 = l_2264 * uint32(1);
const bool l_2266 = l_1413 < l_2265;
const uint32 l_2267 = l_2265 - uint32(1);
const uint32 l_2268 = min(l_1413, l_2267);
const float l_2269 = buffer_2[l_2268];
const float l_2270 = (l_2266) ? l_2269 : float(0.0);
const float l_1426 = l_2270;
l_mut_36 = l_mut_36 / l_1426;
}
shared_memory_6[threadIdxGlobal] = l_mut_36;
}
__syncthreads();


for (uint32 l_mut_1427 = uint32(0); l_mut_1427 < uint32(64); ++l_mut_1427) {
const uint32 l_1428 = l_3 + l_mut_1427;
const bool l_1429 = l_1428 < l_0;
if (l_1429) {
l_mut_27 = threadIdxGlobal;
while (true) {
const bool l_1430 = l_mut_27 < l_2;
const bool l_1431 = !l_1430;
if (l_1431) {
break;}
const uint32 l_1432 = l_1428 * l_2;
const uint32 l_1433 = l_1432 + l_mut_27;
const uint32 l_2285 = info.static_meta[uint32(4)];
const uint32 l_2286 = l_2285 * uint32(1);
const bool l_2287 = l_1433 < l_2286;
const uint32 l_2288 = l_2286 - uint32(1);
const uint32 l_2289 = min(l_1433, l_2288);
const float l_2290 = buffer_4[l_2289];
const float l_2291 = (l_2287) ? l_2290 : float(0.0);
const float l_1434 = l_2291;
l_mut_36 = l_1434;
const uint32 l_1435 = dynamic_meta[info.static_meta[uint32(18)] + uint32(0)];
const uint32 l_1436 = l_1428 * l_1435;
const uint32 l_1437 = dynamic_meta[info.static_meta[uint32(18)] + uint32(1)];
const uint32 l_1438 = l_mut_27 * l_1437;
const uint32 l_1439 = l_1436 + l_1438;
const uint32 l_2292 = info.static_meta[uint32(0)];
const uint32 l_2293 = l_2292 * uint32(1);
const bool l_2294 = l_1439 < l_2293;
const uint32 l_2295 = l_2293 - uint32(1);
const uint32 l_2296 = min(l_1439, l_2295);
const float l_2297 = buffer_0[l_2296];
const float l_2298 = (l_2294) ? l_2297 : float(0.0);
const float l_1440 = l_2298;
const uint32 l_2299 = info.static_meta[uint32(2)];
const uint32 l_2300 = l_2299 * uint32(1);
const bool l_2301 = l_1428 < l_2300;
const uint32 l_2302 = l_2300 - uint32(1);
const uint32 l_2303 = min(l_1428, l_2302);
const float l_2304 = buffer_2[l_2303];
const float l_2305 = (l_2301) ? l_2304 : float(0.0);
const float l_1441 = l_2305;
const float l_1442 = l_1440 / l_1441;
const float l_1443 = shared_memory_6[l_mut_1427];
const float l_1444 = l_1442 * l_1443;
const float l_1445 = l_mut_36 - l_1444;
const uint32 l_2306 = info.static_meta[uint32(2)];
const uint32 l_2307 = l_2306 * uint32(1);
const bool l_2308 = l_1428 < l_2307;
const uint32 l_2309 = l_2307 - uint32(1);
const uint32 l_2310 = min(l_1428, l_2309);
const float l_2311 = buffer_2[l_2310];
const float l_2312 = (l_2308) ? l_2311 : float(0.0);
const float l_1446 = l_2312;
const float l_1447 = l_1445 / l_1446;
l_mut_36 = l_1447;
const uint32 l_1448 = dynamic_meta[info.static_meta[uint32(20)] + uint32(0)];
const uint32 l_1449 = l_1428 * l_1448;
const uint32 l_1450 = dynamic_meta[info.static_meta[uint32(20)] + uint32(1)];
const uint32 l_1451 = l_mut_27 * l_1450;
const uint32 l_1452 = l_1449 + l_1451;
const uint32 l_2313 = info.static_meta[uint32(5)];
const uint32 l_2314 = l_2313 * uint32(1);
const bool l_2315 = l_1452 < l_2314;
if (l_2315) {
buffer_5[l_1452] = l_mut_36;
}
l_mut_27 = l_mut_27 + uint32(256);
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
// ==== launch 0: grad_tiles_x_f32_y_f32_o_f32 (sigmoid_loss), cube_dim 256x1x1
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
uint32 scalars_uint32[2];uint32 static_meta[22];
};


extern "C" __global__ void __launch_bounds__(256)grad_tiles_x_f32_y_f32_o_f32 (
    const float* __restrict__ buffer_0, const float* __restrict__ buffer_1, const float* __restrict__ buffer_2, const float* __restrict__ buffer_3, float* buffer_4, float* buffer_5, const uint32* __restrict__ dynamic_meta, const __grid_constant__ info_st info
) {
uint32 threadIdxGlobal = threadIdx.x + threadIdx.y * blockDim.x + threadIdx.z * (blockDim.x * blockDim.y);
uint32 blockIdxGlobal = (blockIdx.z * gridDim.y * gridDim.x) + (blockIdx.y * gridDim.x) + blockIdx.x;
extern __shared__ __align__(4) uint8 dynamic_shared_mem[];
// Shared array size: 4096, 16384 bytes
float *shared_memory_6 = reinterpret_cast<float*>(&dynamic_shared_mem[0]);
float l_arr_7[16];

float l_mut_35;
float l_mut_36;
uint32 l_mut_11;
uint32 l_mut_24;
uint32 l_mut_27;
const uint32 l_0 = dynamic_meta[info.static_meta[uint32(15)] + uint32(0)];
const uint32 l_1 = dynamic_meta[info.static_meta[uint32(16)] + uint32(0)];
const uint32 l_2 = dynamic_meta[info.static_meta[uint32(15)] + uint32(1)];
const uint32 l_3 = blockIdxGlobal * uint32(64);
const uint32 l_4 = threadIdxGlobal / uint32(16);
const uint32 l_5 = threadIdxGlobal % uint32(16);

for (uint32 l_mut_8 = uint32(0); l_mut_8 < uint32(64); ++l_mut_8) {
const uint32 l_9 = l_3 + l_mut_8;
const bool l_10 = l_9 < l_0;
if (l_10) {
l_mut_11 = threadIdxGlobal;
while (true) {
const bool l_12 = l_mut_11 < l_2;
const bool l_13 = !l_12;
if (l_13) {
break;}
const uint32 l_14 = l_3 + l_mut_8;
const uint32 l_15 = l_14 * l_2;
const uint32 l_16 = l_15 + l_mut_11;
const uint32 l_1453 = info.static_meta[uint32(4)];
const uint32 l_1454 = l_1453 * uint32(1);
const bool l_1455 = l_16 < l_1454;
if (l_1455) {
buffer_4[l_16] = float(0.0);
}
l_mut_11 = l_mut_11 + uint32(256);
}
}
}
l_mut_11 = uint32(0);
while (true) {
const bool l_17 = l_mut_11 < l_1;
const bool l_18 = !l_17;
if (l_18) {
break;}
const uint32 l_19 = dynamic_meta[info.static_meta[uint32(15)] + uint32(0)];
const uint32 l_20 = dynamic_meta[info.static_meta[uint32(16)] + uint32(0)];
const uint32 l_21 = dynamic_meta[info.static_meta[uint32(15)] + uint32(1)];
const uint32 l_22 = threadIdxGlobal / uint32(16);
const uint32 l_23 = threadIdxGlobal % uint32(16);
l_arr_7[uint32(0)] = float(0.0);
l_arr_7[uint32(1)] = float(0.0);
l_arr_7[uint32(2)] = float(0.0);
l_arr_7[uint32(3)] = float(0.0);
l_arr_7[uint32(4)] = float(0.0);
l_arr_7[uint32(5)] = float(0.0);
l_arr_7[uint32(6)] = float(0.0);
l_arr_7[uint32(7)] = float(0.0);
l_arr_7[uint32(8)] = float(0.0);
l_arr_7[uint32(9)] = float(0.0);
l_arr_7[uint32(10)] = float(0.0);
l_arr_7[uint32(11)] = float(0.0);
l_arr_7[uint32(12)] = float(0.0);
l_arr_7[uint32(13)] = float(0.0);
l_arr_7[uint32(14)] = float(0.0);
l_arr_7[uint32(15)] = float(0.0);
l_mut_24 = uint32(0);
while (true) {
const bool l_25 = l_mut_24 < l_21;
const bool l_26 = !l_25;
if (l_26) {
break;}
l_mut_27 = threadIdxGlobal;
while (true) {
const bool l_28 = l_mut_27 < uint32(1024);
const bool l_29 = !l_28;
if (l_29) {
break;}
const uint32 l_30 = l_mut_27 / uint32(16);
const uint32 l_31 = l_mut_27 % uint32(16);
const uint32 l_32 = l_mut_24 + l_31;
const uint32 l_33 = l_3 + l_30;
const uint32 l_34 = l_mut_11 + l_30;
l_mut_35 = float(0.0);
l_mut_36 = float(0.0);
const bool l_37 = l_33 < l_19;
const bool l_38 = l_32 < l_21;
const bool l_39 = l_37 && l_38;
if (l_39) {
const uint32 l_40 = dynamic_meta[info.static_meta[uint32(18)] + uint32(0)];
const uint32 l_41 = l_33 * l_40;
const uint32 l_42 = dynamic_meta[info.static_meta[uint32(18)] + uint32(1)];
const uint32 l_43 = l_32 * l_42;
const uint32 l_44 = l_41 + l_43;
const uint32 l_1456 = info.static_meta[uint32(0)];
const uint32 l_1457 = l_1456 * uint32(1);
const bool l_1458 = l_44 < l_1457;
const uint32 l_1459 = l_1457 - uint32(1);
const uint32 l_1460 = min(l_44, l_1459);
const float l_1461 = buffer_0[l_1460];
const float l_1462 = (l_1458) ? l_1461 : float(0.0);
const float l_45 = l_1462;
l_mut_35 = l_45;
}
const bool l_46 = l_34 < l_20;
const bool l_47 = l_32 < l_21;
const bool l_48 = l_46 && l_47;
if (l_48) {
const uint32 l_49 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_50 = l_34 * l_49;
const uint32 l_51 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_52 = l_32 * l_51;
const uint32 l_53 = l_50 + l_52;
const uint32 l_1463 = info.static_meta[uint32(1)];
const uint32 l_1464 = l_1463 * uint32(1);
const bool l_1465 = l_53 < l_1464;
const uint32 l_1466 = l_1464 - uint32(1);
const uint32 l_1467 = min(l_53, l_1466);
const float l_1468 = buffer_1[l_1467];
const float l_1469 = (l_1465) ? l_1468 : float(0.0);
const float l_54 = l_1469;
l_mut_36 = l_54;
}
const uint32 l_55 = l_30 * uint32(17);
const uint32 l_56 = l_mut_27 % uint32(16);
const uint32 l_57 = l_55 + l_56;
shared_memory_6[l_57] = l_mut_35;
const uint32 l_58 = l_30 * uint32(17);
const uint32 l_59 = uint32(1088) + l_58;
const uint32 l_60 = l_mut_27 % uint32(16);
const uint32 l_61 = l_59 + l_60;
shared_memory_6[l_61] = l_mut_36;
l_mut_27 = l_mut_27 + uint32(256);
}
__syncthreads();


for (uint32 l_mut_62 = uint32(0); l_mut_62 < uint32(16); ++l_mut_62) {
const uint32 l_63 = l_22 + uint32(0);
const uint32 l_64 = l_63 * uint32(17);
const uint32 l_65 = l_64 + l_mut_62;
const float l_66 = shared_memory_6[l_65];
const uint32 l_67 = l_23 + uint32(0);
const uint32 l_68 = l_67 * uint32(17);
const uint32 l_69 = uint32(1088) + l_68;
const uint32 l_70 = l_69 + l_mut_62;
const float l_71 = shared_memory_6[l_70];
const float l_72 = l_66 * l_71;
const float l_73 = l_arr_7[uint32(0)];
const float l_74 = l_73 + l_72;
l_arr_7[uint32(0)] = l_74;
const uint32 l_75 = l_23 + uint32(16);
const uint32 l_76 = l_75 * uint32(17);
const uint32 l_77 = uint32(1088) + l_76;
const uint32 l_78 = l_77 + l_mut_62;
const float l_79 = shared_memory_6[l_78];
const float l_80 = l_66 * l_79;
const float l_81 = l_arr_7[uint32(1)];
const float l_82 = l_81 + l_80;
l_arr_7[uint32(1)] = l_82;
const uint32 l_83 = l_23 + uint32(32);
const uint32 l_84 = l_83 * uint32(17);
const uint32 l_85 = uint32(1088) + l_84;
const uint32 l_86 = l_85 + l_mut_62;
const float l_87 = shared_memory_6[l_86];
const float l_88 = l_66 * l_87;
const float l_89 = l_arr_7[uint32(2)];
const float l_90 = l_89 + l_88;
l_arr_7[uint32(2)] = l_90;
const uint32 l_91 = l_23 + uint32(48);
const uint32 l_92 = l_91 * uint32(17);
const uint32 l_93 = uint32(1088) + l_92;
const uint32 l_94 = l_93 + l_mut_62;
const float l_95 = shared_memory_6[l_94];
const float l_96 = l_66 * l_95;
const float l_97 = l_arr_7[uint32(3)];
const float l_98 = l_97 + l_96;
l_arr_7[uint32(3)] = l_98;
const uint32 l_99 = l_22 + uint32(16);
const uint32 l_100 = l_99 * uint32(17);
const uint32 l_101 = l_100 + l_mut_62;
const float l_102 = shared_memory_6[l_101];
const uint32 l_103 = l_23 + uint32(0);
const uint32 l_104 = l_103 * uint32(17);
const uint32 l_105 = uint32(1088) + l_104;
const uint32 l_106 = l_105 + l_mut_62;
const float l_107 = shared_memory_6[l_106];
const float l_108 = l_102 * l_107;
const float l_109 = l_arr_7[uint32(4)];
const float l_110 = l_109 + l_108;
l_arr_7[uint32(4)] = l_110;
const uint32 l_111 = l_23 + uint32(16);
const uint32 l_112 = l_111 * uint32(17);
const uint32 l_113 = uint32(1088) + l_112;
const uint32 l_114 = l_113 + l_mut_62;
const float l_115 = shared_memory_6[l_114];
const float l_116 = l_102 * l_115;
const float l_117 = l_arr_7[uint32(5)];
const float l_118 = l_117 + l_116;
l_arr_7[uint32(5)] = l_118;
const uint32 l_119 = l_23 + uint32(32);
const uint32 l_120 = l_119 * uint32(17);
const uint32 l_121 = uint32(1088) + l_120;
const uint32 l_122 = l_121 + l_mut_62;
const float l_123 = shared_memory_6[l_122];
const float l_124 = l_102 * l_123;
const float l_125 = l_arr_7[uint32(6)];
const float l_126 = l_125 + l_124;
l_arr_7[uint32(6)] = l_126;
const uint32 l_127 = l_23 + uint32(48);
const uint32 l_128 = l_127 * uint32(17);
const uint32 l_129 = uint32(1088) + l_128;
const uint32 l_130 = l_129 + l_mut_62;
const float l_131 = shared_memory_6[l_130];
const float l_132 = l_102 * l_131;
const float l_133 = l_arr_7[uint32(7)];
const float l_134 = l_133 + l_132;
l_arr_7[uint32(7)] = l_134;
const uint32 l_135 = l_22 + uint32(32);
const uint32 l_136 = l_135 * uint32(17);
const uint32 l_137 = l_136 + l_mut_62;
const float l_138 = shared_memory_6[l_137];
const uint32 l_139 = l_23 + uint32(0);
const uint32 l_140 = l_139 * uint32(17);
const uint32 l_141 = uint32(1088) + l_140;
const uint32 l_142 = l_141 + l_mut_62;
const float l_143 = shared_memory_6[l_142];
const float l_144 = l_138 * l_143;
const float l_145 = l_arr_7[uint32(8)];
const float l_146 = l_145 + l_144;
l_arr_7[uint32(8)] = l_146;
const uint32 l_147 = l_23 + uint32(16);
const uint32 l_148 = l_147 * uint32(17);
const uint32 l_149 = uint32(1088) + l_148;
const uint32 l_150 = l_149 + l_mut_62;
const float l_151 = shared_memory_6[l_150];
const float l_152 = l_138 * l_151;
const float l_153 = l_arr_7[uint32(9)];
const float l_154 = l_153 + l_152;
l_arr_7[uint32(9)] = l_154;
const uint32 l_155 = l_23 + uint32(32);
const uint32 l_156 = l_155 * uint32(17);
const uint32 l_157 = uint32(1088) + l_156;
const uint32 l_158 = l_157 + l_mut_62;
const float l_159 = shared_memory_6[l_158];
const float l_160 = l_138 * l_159;
const float l_161 = l_arr_7[uint32(10)];
const float l_162 = l_161 + l_160;
l_arr_7[uint32(10)] = l_162;
const uint32 l_163 = l_23 + uint32(48);
const uint32 l_164 = l_163 * uint32(17);
const uint32 l_165 = uint32(1088) + l_164;
const uint32 l_166 = l_165 + l_mut_62;
const float l_167 = shared_memory_6[l_166];
const float l_168 = l_138 * l_167;
const float l_169 = l_arr_7[uint32(11)];
const float l_170 = l_169 + l_168;
l_arr_7[uint32(11)] = l_170;
const uint32 l_171 = l_22 + uint32(48);
const uint32 l_172 = l_171 * uint32(17);
const uint32 l_173 = l_172 + l_mut_62;
const float l_174 = shared_memory_6[l_173];
const uint32 l_175 = l_23 + uint32(0);
const uint32 l_176 = l_175 * uint32(17);
const uint32 l_177 = uint32(1088) + l_176;
const uint32 l_178 = l_177 + l_mut_62;
const float l_179 = shared_memory_6[l_178];
const float l_180 = l_174 * l_179;
const float l_181 = l_arr_7[uint32(12)];
const float l_182 = l_181 + l_180;
l_arr_7[uint32(12)] = l_182;
const uint32 l_183 = l_23 + uint32(16);
const uint32 l_184 = l_183 * uint32(17);
const uint32 l_185 = uint32(1088) + l_184;
const uint32 l_186 = l_185 + l_mut_62;
const float l_187 = shared_memory_6[l_186];
const float l_188 = l_174 * l_187;
const float l_189 = l_arr_7[uint32(13)];
const float l_190 = l_189 + l_188;
l_arr_7[uint32(13)] = l_190;
const uint32 l_191 = l_23 + uint32(32);
const uint32 l_192 = l_191 * uint32(17);
const uint32 l_193 = uint32(1088) + l_192;
const uint32 l_194 = l_193 + l_mut_62;
const float l_195 = shared_memory_6[l_194];
const float l_196 = l_174 * l_195;
const float l_197 = l_arr_7[uint32(14)];
const float l_198 = l_197 + l_196;
l_arr_7[uint32(14)] = l_198;
const uint32 l_199 = l_23 + uint32(48);
const uint32 l_200 = l_199 * uint32(17);
const uint32 l_201 = uint32(1088) + l_200;
const uint32 l_202 = l_201 + l_mut_62;
const float l_203 = shared_memory_6[l_202];
const float l_204 = l_174 * l_203;
const float l_205 = l_arr_7[uint32(15)];
const float l_206 = l_205 + l_204;
l_arr_7[uint32(15)] = l_206;
}
__syncthreads();

l_mut_24 = l_mut_24 + uint32(16);
}
const uint32 l_207 = l_3 + l_4;
const uint32 l_208 = l_207 + uint32(0);
const uint32 l_209 = l_mut_11 + l_5;
const uint32 l_210 = l_209 + uint32(0);
l_mut_36 = float(0.0);
const bool l_211 = l_208 < l_0;
const bool l_212 = l_210 < l_1;
const bool l_213 = l_211 && l_212;
if (l_213) {
const float l_214 = l_arr_7[uint32(0)];
const float l_215 = info.scalars_float[0] * l_214;
l_mut_35 = l_215;
const uint32 l_1470 = info.static_meta[uint32(2)];
const uint32 l_1471 = l_1470 * uint32(1);
const bool l_1472 = l_208 < l_1471;
const uint32 l_1473 = l_1471 - uint32(1);
const uint32 l_1474 = min(l_208, l_1473);
const float l_1475 = buffer_2[l_1474];
const float l_1476 = (l_1472) ? l_1475 : float(0.0);
const float l_216 = l_1476;
const uint32 l_1477 = info.static_meta[uint32(3)];
const uint32 l_1478 = l_1477 * uint32(1);
const bool l_1479 = l_210 < l_1478;
const uint32 l_1480 = l_1478 - uint32(1);
const uint32 l_1481 = min(l_210, l_1480);
const float l_1482 = buffer_3[l_1481];
const float l_1483 = (l_1479) ? l_1482 : float(0.0);
const float l_217 = l_1483;
const float l_218 = l_216 * l_217;
l_mut_35 = l_mut_35 / l_218;
const uint32 l_219 = l_208 + info.scalars_uint32[0];
const uint32 l_220 = l_210 + info.scalars_uint32[1];
const bool l_221 = l_219 == l_220;
const float l_222 = (l_221) ? float(1.0) : float(-1.0);
const float l_223 = -info.scalars_float[2];
const float l_224 = l_223 * l_222;
const float l_225 = l_mut_35 + info.scalars_float[1];
const float l_226 = l_222 * l_225;
const float l_227 = exp(l_226);
const float l_228 = float(1.0) + l_227;
const float l_229 = l_224 / l_228;
l_mut_36 = l_229;
const uint32 l_1484 = info.static_meta[uint32(3)];
const uint32 l_1485 = l_1484 * uint32(1);
const bool l_1486 = l_210 < l_1485;
const uint32 l_1487 = l_1485 - uint32(1);
const uint32 l_1488 = min(l_210, l_1487);
const float l_1489 = buffer_3[l_1488];
const float l_1490 = (l_1486) ? l_1489 : float(0.0);
const float l_230 = l_1490;
l_mut_36 = l_mut_36 / l_230;
}
const uint32 l_231 = l_4 + uint32(0);
const uint32 l_232 = l_231 * uint32(64);
const uint32 l_233 = l_232 + l_5;
const uint32 l_234 = l_233 + uint32(0);
shared_memory_6[l_234] = l_mut_36;
const uint32 l_235 = l_mut_11 + l_5;
const uint32 l_236 = l_235 + uint32(16);
l_mut_36 = float(0.0);
const bool l_237 = l_208 < l_0;
const bool l_238 = l_236 < l_1;
const bool l_239 = l_237 && l_238;
if (l_239) {
const float l_240 = l_arr_7[uint32(1)];
const float l_241 = info.scalars_float[0] * l_240;
l_mut_35 = l_241;
const uint32 l_1491 = info.static_meta[uint32(2)];
const uint32 l_1492 = l_1491 * uint32(1);
const bool l_1493 = l_208 < l_1492;
const uint32 l_1494 = l_1492 - uint32(1);
const uint32 l_1495 = min(l_208, l_1494);
const float l_1496 = buffer_2[l_1495];
const float l_1497 = (l_1493) ? l_1496 : float(0.0);
const float l_242 = l_1497;
const uint32 l_1498 = info.static_meta[uint32(3)];
const uint32 l_1499 = l_1498 * uint32(1);
const bool l_1500 = l_236 < l_1499;
const uint32 l_1501 = l_1499 - uint32(1);
const uint32 l_1502 = min(l_236, l_1501);
const float l_1503 = buffer_3[l_1502];
const float l_1504 = (l_1500) ? l_1503 : float(0.0);
const float l_243 = l_1504;
const float l_244 = l_242 * l_243;
l_mut_35 = l_mut_35 / l_244;
const uint32 l_245 = l_208 + info.scalars_uint32[0];
const uint32 l_246 = l_236 + info.scalars_uint32[1];
const bool l_247 = l_245 == l_246;
const float l_248 = (l_247) ? float(1.0) : float(-1.0);
const float l_249 = -info.scalars_float[2];
const float l_250 = l_249 * l_248;
const float l_251 = l_mut_35 + info.scalars_float[1];
const float l_252 = l_248 * l_251;
const float l_253 = exp(l_252);
const float l_254 = float(1.0) + l_253;
const float l_255 = l_250 / l_254;
l_mut_36 = l_255;
const uint32 l_1505 = info.static_meta[uint32(3)];
const uint32 l_1506 = l_1505 * uint32(1);
const bool l_1507 = l_236 < l_1506;
const uint32 l_1508 = l_1506 - uint32(1);
const uint32 l_1509 = min(l_236, l_1508);
const float l_1510 = buffer_3[l_1509];
const float l_1511 = (l_1507) ? l_1510 : float(0.0);
const float l_256 = l_1511;
l_mut_36 = l_mut_36 / l_256;
}
const uint32 l_257 = l_4 + uint32(0);
const uint32 l_258 = l_257 * uint32(64);
const uint32 l_259 = l_258 + l_5;
const uint32 l_260 = l_259 + uint32(16);
shared_memory_6[l_260] = l_mut_36;
const uint32 l_261 = l_mut_11 + l_5;
const uint32 l_262 = l_261 + uint32(32);
l_mut_36 = float(0.0);
const bool l_263 = l_208 < l_0;
const bool l_264 = l_262 < l_1;
const bool l_265 = l_263 && l_264;
if (l_265) {
const float l_266 = l_arr_7[uint32(2)];
const float l_267 = info.scalars_float[0] * l_266;
l_mut_35 = l_267;
const uint32 l_1512 = info.static_meta[uint32(2)];
const uint32 l_1513 = l_1512 * uint32(1);
const bool l_1514 = l_208 < l_1513;
const uint32 l_1515 = l_1513 - uint32(1);
const uint32 l_1516 = min(l_208, l_1515);
const float l_1517 = buffer_2[l_1516];
const float l_1518 = (l_1514) ? l_1517 : float(0.0);
const float l_268 = l_1518;
const uint32 l_1519 = info.static_meta[uint32(3)];
const uint32 l_1520 = l_1519 * uint32(1);
const bool l_1521 = l_262 < l_1520;
const uint32 l_1522 = l_1520 - uint32(1);
const uint32 l_1523 = min(l_262, l_1522);
const float l_1524 = buffer_3[l_1523];
const float l_1525 = (l_1521) ? l_1524 : float(0.0);
const float l_269 = l_1525;
const float l_270 = l_268 * l_269;
l_mut_35 = l_mut_35 / l_270;
const uint32 l_271 = l_208 + info.scalars_uint32[0];
const uint32 l_272 = l_262 + info.scalars_uint32[1];
const bool l_273 = l_271 == l_272;
const float l_274 = (l_273) ? float(1.0) : float(-1.0);
const float l_275 = -info.scalars_float[2];
const float l_276 = l_275 * l_274;
const float l_277 = l_mut_35 + info.scalars_float[1];
const float l_278 = l_274 * l_277;
const float l_279 = exp(l_278);
const float l_280 = float(1.0) + l_279;
const float l_281 = l_276 / l_280;
l_mut_36 = l_281;
const uint32 l_1526 = info.static_meta[uint32(3)];
const uint32 l_1527 = l_1526 * uint32(1);
const bool l_1528 = l_262 < l_1527;
const uint32 l_1529 = l_1527 - uint32(1);
const uint32 l_1530 = min(l_262, l_1529);
const float l_1531 = buffer_3[l_1530];
const float l_1532 = (l_1528) ? l_1531 : float(0.0);
const float l_282 = l_1532;
l_mut_36 = l_mut_36 / l_282;
}
const uint32 l_283 = l_4 + uint32(0);
const uint32 l_284 = l_283 * uint32(64);
const uint32 l_285 = l_284 + l_5;
const uint32 l_286 = l_285 + uint32(32);
shared_memory_6[l_286] = l_mut_36;
const uint32 l_287 = l_mut_11 + l_5;
const uint32 l_288 = l_287 + uint32(48);
l_mut_36 = float(0.0);
const bool l_289 = l_208 < l_0;
const bool l_290 = l_288 < l_1;
const bool l_291 = l_289 && l_290;
if (l_291) {
const float l_292 = l_arr_7[uint32(3)];
const float l_293 = info.scalars_float[0] * l_292;
l_mut_35 = l_293;
const uint32 l_1533 = info.static_meta[uint32(2)];
const uint32 l_1534 = l_1533 * uint32(1);
const bool l_1535 = l_208 < l_1534;
const uint32 l_1536 = l_1534 - uint32(1);
const uint32 l_1537 = min(l_208, l_1536);
const float l_1538 = buffer_2[l_1537];
const float l_1539 = (l_1535) ? l_1538 : float(0.0);
const float l_294 = l_1539;
const uint32 l_1540 = info.static_meta[uint32(3)];
const uint32 l_1541 = l_1540 * uint32(1);
const bool l_1542 = l_288 < l_1541;
const uint32 l_1543 = l_1541 - uint32(1);
const uint32 l_1544 = min(l_288, l_1543);
const float l_1545 = buffer_3[l_1544];
const float l_1546 = (l_1542) ? l_1545 : float(0.0);
const float l_295 = l_1546;
const float l_296 = l_294 * l_295;
l_mut_35 = l_mut_35 / l_296;
const uint32 l_297 = l_208 + info.scalars_uint32[0];
const uint32 l_298 = l_288 + info.scalars_uint32[1];
const bool l_299 = l_297 == l_298;
const float l_300 = (l_299) ? float(1.0) : float(-1.0);
const float l_301 = -info.scalars_float[2];
const float l_302 = l_301 * l_300;
const float l_303 = l_mut_35 + info.scalars_float[1];
const float l_304 = l_300 * l_303;
const float l_305 = exp(l_304);
const float l_306 = float(1.0) + l_305;
const float l_307 = l_302 / l_306;
l_mut_36 = l_307;
const uint32 l_1547 = info.static_meta[uint32(3)];
const uint32 l_1548 = l_1547 * uint32(1);
const bool l_1549 = l_288 < l_1548;
const uint32 l_1550 = l_1548 - uint32(1);
const uint32 l_1551 = min(l_288, l_1550);
const float l_1552 = buffer_3[l_1551];
const float l_1553 = (l_1549) ? l_1552 : float(0.0);
const float l_308 = l_1553;
l_mut_36 = l_mut_36 / l_308;
}
const uint32 l_309 = l_4 + uint32(0);
const uint32 l_310 = l_309 * uint32(64);
const uint32 l_311 = l_310 + l_5;
const uint32 l_312 = l_311 + uint32(48);
shared_memory_6[l_312] = l_mut_36;
const uint32 l_313 = l_3 + l_4;
const uint32 l_314 = l_313 + uint32(16);
const uint32 l_315 = l_mut_11 + l_5;
const uint32 l_316 = l_315 + uint32(0);
l_mut_36 = float(0.0);
const bool l_317 = l_314 < l_0;
const bool l_318 = l_316 < l_1;
const bool l_319 = l_317 && l_318;
if (l_319) {
const float l_320 = l_arr_7[uint32(4)];
const float l_321 = info.scalars_float[0] * l_320;
l_mut_35 = l_321;
const uint32 l_1554 = info.static_meta[uint32(2)];
const uint32 l_1555 = l_1554 * uint32(1);
const bool l_1556 = l_314 < l_1555;
const uint32 l_1557 = l_1555 - uint32(1);
const uint32 l_1558 = min(l_314, l_1557);
const float l_1559 = buffer_2[l_1558];
const float l_1560 = (l_1556) ? l_1559 : float(0.0);
const float l_322 = l_1560;
const uint32 l_1561 = info.static_meta[uint32(3)];
const uint32 l_1562 = l_1561 * uint32(1);
const bool l_1563 = l_316 < l_1562;
const uint32 l_1564 = l_1562 - uint32(1);
const uint32 l_1565 = min(l_316, l_1564);
const float l_1566 = buffer_3[l_1565];
const float l_1567 = (l_1563) ? l_1566 : float(0.0);
const float l_323 = l_1567;
const float l_324 = l_322 * l_323;
l_mut_35 = l_mut_35 / l_324;
const uint32 l_325 = l_314 + info.scalars_uint32[0];
const uint32 l_326 = l_316 + info.scalars_uint32[1];
const bool l_327 = l_325 == l_326;
const float l_328 = (l_327) ? float(1.0) : float(-1.0);
const float l_329 = -info.scalars_float[2];
const float l_330 = l_329 * l_328;
const float l_331 = l_mut_35 + info.scalars_float[1];
const float l_332 = l_328 * l_331;
const float l_333 = exp(l_332);
const float l_334 = float(1.0) + l_333;
const float l_335 = l_330 / l_334;
l_mut_36 = l_335;
const uint32 l_1568 = info.static_meta[uint32(3)];
const uint32 l_1569 = l_1568 * uint32(1);
const bool l_1570 = l_316 < l_1569;
const uint32 l_1571 = l_1569 - uint32(1);
const uint32 l_1572 = min(l_316, l_1571);
const float l_1573 = buffer_3[l_1572];
const float l_1574 = (l_1570) ? l_1573 : float(0.0);
const float l_336 = l_1574;
l_mut_36 = l_mut_36 / l_336;
}
const uint32 l_337 = l_4 + uint32(16);
const uint32 l_338 = l_337 * uint32(64);
const uint32 l_339 = l_338 + l_5;
const uint32 l_340 = l_339 + uint32(0);
shared_memory_6[l_340] = l_mut_36;
const uint32 l_341 = l_mut_11 + l_5;
const uint32 l_342 = l_341 + uint32(16);
l_mut_36 = float(0.0);
const bool l_343 = l_314 < l_0;
const bool l_344 = l_342 < l_1;
const bool l_345 = l_343 && l_344;
if (l_345) {
const float l_346 = l_arr_7[uint32(5)];
const float l_347 = info.scalars_float[0] * l_346;
l_mut_35 = l_347;
const uint32 l_1575 = info.static_meta[uint32(2)];
const uint32 l_1576 = l_1575 * uint32(1);
const bool l_1577 = l_314 < l_1576;
const uint32 l_1578 = l_1576 - uint32(1);
const uint32 l_1579 = min(l_314, l_1578);
const float l_1580 = buffer_2[l_1579];
const float l_1581 = (l_1577) ? l_1580 : float(0.0);
const float l_348 = l_1581;
const uint32 l_1582 = info.static_meta[uint32(3)];
const uint32 l_1583 = l_1582 * uint32(1);
const bool l_1584 = l_342 < l_1583;
const uint32 l_1585 = l_1583 - uint32(1);
const uint32 l_1586 = min(l_342, l_1585);
const float l_1587 = buffer_3[l_1586];
const float l_1588 = (l_1584) ? l_1587 : float(0.0);
const float l_349 = l_1588;
const float l_350 = l_348 * l_349;
l_mut_35 = l_mut_35 / l_350;
const uint32 l_351 = l_314 + info.scalars_uint32[0];
const uint32 l_352 = l_342 + info.scalars_uint32[1];
const bool l_353 = l_351 == l_352;
const float l_354 = (l_353) ? float(1.0) : float(-1.0);
const float l_355 = -info.scalars_float[2];
const float l_356 = l_355 * l_354;
const float l_357 = l_mut_35 + info.scalars_float[1];
const float l_358 = l_354 * l_357;
const float l_359 = exp(l_358);
const float l_360 = float(1.0) + l_359;
const float l_361 = l_356 / l_360;
l_mut_36 = l_361;
const uint32 l_1589 = info.static_meta[uint32(3)];
const uint32 l_1590 = l_1589 * uint32(1);
const bool l_1591 = l_342 < l_1590;
const uint32 l_1592 = l_1590 - uint32(1);
const uint32 l_1593 = min(l_342, l_1592);
const float l_1594 = buffer_3[l_1593];
const float l_1595 = (l_1591) ? l_1594 : float(0.0);
const float l_362 = l_1595;
l_mut_36 = l_mut_36 / l_362;
}
const uint32 l_363 = l_4 + uint32(16);
const uint32 l_364 = l_363 * uint32(64);
const uint32 l_365 = l_364 + l_5;
const uint32 l_366 = l_365 + uint32(16);
shared_memory_6[l_366] = l_mut_36;
const uint32 l_367 = l_mut_11 + l_5;
const uint32 l_368 = l_367 + uint32(32);
l_mut_36 = float(0.0);
const bool l_369 = l_314 < l_0;
const bool l_370 = l_368 < l_1;
const bool l_371 = l_369 && l_370;
if (l_371) {
const float l_372 = l_arr_7[uint32(6)];
const float l_373 = info.scalars_float[0] * l_372;
l_mut_35 = l_373;
const uint32 l_1596 = info.static_meta[uint32(2)];
const uint32 l_1597 = l_1596 * uint32(1);
const bool l_1598 = l_314 < l_1597;
const uint32 l_1599 = l_1597 - uint32(1);
const uint32 l_1600 = min(l_314, l_1599);
const float l_1601 = buffer_2[l_1600];
const float l_1602 = (l_1598) ? l_1601 : float(0.0);
const float l_374 = l_1602;
const uint32 l_1603 = info.static_meta[uint32(3)];
const uint32 l_1604 = l_1603 * uint32(1);
const bool l_1605 = l_368 < l_1604;
const uint32 l_1606 = l_1604 - uint32(1);
const uint32 l_1607 = min(l_368, l_1606);
const float l_1608 = buffer_3[l_1607];
const float l_1609 = (l_1605) ? l_1608 : float(0.0);
const float l_375 = l_1609;
const float l_376 = l_374 * l_375;
l_mut_35 = l_mut_35 / l_376;
const uint32 l_377 = l_314 + info.scalars_uint32[0];
const uint32 l_378 = l_368 + info.scalars_uint32[1];
const bool l_379 = l_377 == l_378;
const float l_380 = (l_379) ? float(1.0) : float(-1.0);
const float l_381 = -info.scalars_float[2];
const float l_382 = l_381 * l_380;
const float l_383 = l_mut_35 + info.scalars_float[1];
const float l_384 = l_380 * l_383;
const float l_385 = exp(l_384);
const float l_386 = float(1.0) + l_385;
const float l_387 = l_382 / l_386;
l_mut_36 = l_387;
const uint32 l_1610 = info.static_meta[uint32(3)];
const uint32 l_1611 = l_1610 * uint32(1);
const bool l_1612 = l_368 < l_1611;
const uint32 l_1613 = l_1611 - uint32(1);
const uint32 l_1614 = min(l_368, l_1613);
const float l_1615 = buffer_3[l_1614];
const float l_1616 = (l_1612) ? l_1615 : float(0.0);
const float l_388 = l_1616;
l_mut_36 = l_mut_36 / l_388;
}
const uint32 l_389 = l_4 + uint32(16);
const uint32 l_390 = l_389 * uint32(64);
const uint32 l_391 = l_390 + l_5;
const uint32 l_392 = l_391 + uint32(32);
shared_memory_6[l_392] = l_mut_36;
const uint32 l_393 = l_mut_11 + l_5;
const uint32 l_394 = l_393 + uint32(48);
l_mut_36 = float(0.0);
const bool l_395 = l_314 < l_0;
const bool l_396 = l_394 < l_1;
const bool l_397 = l_395 && l_396;
if (l_397) {
const float l_398 = l_arr_7[uint32(7)];
const float l_399 = info.scalars_float[0] * l_398;
l_mut_35 = l_399;
const uint32 l_1617 = info.static_meta[uint32(2)];
const uint32 l_1618 = l_1617 * uint32(1);
const bool l_1619 = l_314 < l_1618;
const uint32 l_1620 = l_1618 - uint32(1);
const uint32 l_1621 = min(l_314, l_1620);
const float l_1622 = buffer_2[l_1621];
const float l_1623 = (l_1619) ? l_1622 : float(0.0);
const float l_400 = l_1623;
const uint32 l_1624 = info.static_meta[uint32(3)];
const uint32 l_1625 = l_1624 * uint32(1);
const bool l_1626 = l_394 < l_1625;
const uint32 l_1627 = l_1625 - uint32(1);
const uint32 l_1628 = min(l_394, l_1627);
const float l_1629 = buffer_3[l_1628];
const float l_1630 = (l_1626) ? l_1629 : float(0.0);
const float l_401 = l_1630;
const float l_402 = l_400 * l_401;
l_mut_35 = l_mut_35 / l_402;
const uint32 l_403 = l_314 + info.scalars_uint32[0];
const uint32 l_404 = l_394 + info.scalars_uint32[1];
const bool l_405 = l_403 == l_404;
const float l_406 = (l_405) ? float(1.0) : float(-1.0);
const float l_407 = -info.scalars_float[2];
const float l_408 = l_407 * l_406;
const float l_409 = l_mut_35 + info.scalars_float[1];
const float l_410 = l_406 * l_409;
const float l_411 = exp(l_410);
const float l_412 = float(1.0) + l_411;
const float l_413 = l_408 / l_412;
l_mut_36 = l_413;
const uint32 l_1631 = info.static_meta[uint32(3)];
const uint32 l_1632 = l_1631 * uint32(1);
const bool l_1633 = l_394 < l_1632;
const uint32 l_1634 = l_1632 - uint32(1);
const uint32 l_1635 = min(l_394, l_1634);
const float l_1636 = buffer_3[l_1635];
const float l_1637 = (l_1633) ? l_1636 : float(0.0);
const float l_414 = l_1637;
l_mut_36 = l_mut_36 / l_414;
}
const uint32 l_415 = l_4 + uint32(16);
const uint32 l_416 = l_415 * uint32(64);
const uint32 l_417 = l_416 + l_5;
const uint32 l_418 = l_417 + uint32(48);
shared_memory_6[l_418] = l_mut_36;
const uint32 l_419 = l_3 + l_4;
const uint32 l_420 = l_419 + uint32(32);
const uint32 l_421 = l_mut_11 + l_5;
const uint32 l_422 = l_421 + uint32(0);
l_mut_36 = float(0.0);
const bool l_423 = l_420 < l_0;
const bool l_424 = l_422 < l_1;
const bool l_425 = l_423 && l_424;
if (l_425) {
const float l_426 = l_arr_7[uint32(8)];
const float l_427 = info.scalars_float[0] * l_426;
l_mut_35 = l_427;
const uint32 l_1638 = info.static_meta[uint32(2)];
const uint32 l_1639 = l_1638 * uint32(1);
const bool l_1640 = l_420 < l_1639;
const uint32 l_1641 = l_1639 - uint32(1);
const uint32 l_1642 = min(l_420, l_1641);
const float l_1643 = buffer_2[l_1642];
const float l_1644 = (l_1640) ? l_1643 : float(0.0);
const float l_428 = l_1644;
const uint32 l_1645 = info.static_meta[uint32(3)];
const uint32 l_1646 = l_1645 * uint32(1);
const bool l_1647 = l_422 < l_1646;
const uint32 l_1648 = l_1646 - uint32(1);
const uint32 l_1649 = min(l_422, l_1648);
const float l_1650 = buffer_3[l_1649];
const float l_1651 = (l_1647) ? l_1650 : float(0.0);
const float l_429 = l_1651;
const float l_430 = l_428 * l_429;
l_mut_35 = l_mut_35 / l_430;
const uint32 l_431 = l_420 + info.scalars_uint32[0];
const uint32 l_432 = l_422 + info.scalars_uint32[1];
const bool l_433 = l_431 == l_432;
const float l_434 = (l_433) ? float(1.0) : float(-1.0);
const float l_435 = -info.scalars_float[2];
const float l_436 = l_435 * l_434;
const float l_437 = l_mut_35 + info.scalars_float[1];
const float l_438 = l_434 * l_437;
const float l_439 = exp(l_438);
const float l_440 = float(1.0) + l_439;
const float l_441 = l_436 / l_440;
l_mut_36 = l_441;
const uint32 l_1652 = info.static_meta[uint32(3)];
const uint32 l_1653 = l_1652 * uint32(1);
const bool l_1654 = l_422 < l_1653;
const uint32 l_1655 = l_1653 - uint32(1);
const uint32 l_1656 = min(l_422, l_1655);
const float l_1657 = buffer_3[l_1656];
const float l_1658 = (l_1654) ? l_1657 : float(0.0);
const float l_442 = l_1658;
l_mut_36 = l_mut_36 / l_442;
}
const uint32 l_443 = l_4 + uint32(32);
const uint32 l_444 = l_443 * uint32(64);
const uint32 l_445 = l_444 + l_5;
const uint32 l_446 = l_445 + uint32(0);
shared_memory_6[l_446] = l_mut_36;
const uint32 l_447 = l_mut_11 + l_5;
const uint32 l_448 = l_447 + uint32(16);
l_mut_36 = float(0.0);
const bool l_449 = l_420 < l_0;
const bool l_450 = l_448 < l_1;
const bool l_451 = l_449 && l_450;
if (l_451) {
const float l_452 = l_arr_7[uint32(9)];
const float l_453 = info.scalars_float[0] * l_452;
l_mut_35 = l_453;
const uint32 l_1659 = info.static_meta[uint32(2)];
const uint32 l_1660 = l_1659 * uint32(1);
const bool l_1661 = l_420 < l_1660;
const uint32 l_1662 = l_1660 - uint32(1);
const uint32 l_1663 = min(l_420, l_1662);
const float l_1664 = buffer_2[l_1663];
const float l_1665 = (l_1661) ? l_1664 : float(0.0);
const float l_454 = l_1665;
const uint32 l_1666 = info.static_meta[uint32(3)];
const uint32 l_1667 = l_1666 * uint32(1);
const bool l_1668 = l_448 < l_1667;
const uint32 l_1669 = l_1667 - uint32(1);
const uint32 l_1670 = min(l_448, l_1669);
const float l_1671 = buffer_3[l_1670];
const float l_1672 = (l_1668) ? l_1671 : float(0.0);
const float l_455 = l_1672;
const float l_456 = l_454 * l_455;
l_mut_35 = l_mut_35 / l_456;
const uint32 l_457 = l_420 + info.scalars_uint32[0];
const uint32 l_458 = l_448 + info.scalars_uint32[1];
const bool l_459 = l_457 == l_458;
const float l_460 = (l_459) ? float(1.0) : float(-1.0);
const float l_461 = -info.scalars_float[2];
const float l_462 = l_461 * l_460;
const float l_463 = l_mut_35 + info.scalars_float[1];
const float l_464 = l_460 * l_463;
const float l_465 = exp(l_464);
const float l_466 = float(1.0) + l_465;
const float l_467 = l_462 / l_466;
l_mut_36 = l_467;
const uint32 l_1673 = info.static_meta[uint32(3)];
const uint32 l_1674 = l_1673 * uint32(1);
const bool l_1675 = l_448 < l_1674;
const uint32 l_1676 = l_1674 - uint32(1);
const uint32 l_1677 = min(l_448, l_1676);
const float l_1678 = buffer_3[l_1677];
const float l_1679 = (l_1675) ? l_1678 : float(0.0);
const float l_468 = l_1679;
l_mut_36 = l_mut_36 / l_468;
}
const uint32 l_469 = l_4 + uint32(32);
const uint32 l_470 = l_469 * uint32(64);
const uint32 l_471 = l_470 + l_5;
const uint32 l_472 = l_471 + uint32(16);
shared_memory_6[l_472] = l_mut_36;
const uint32 l_473 = l_mut_11 + l_5;
const uint32 l_474 = l_473 + uint32(32);
l_mut_36 = float(0.0);
const bool l_475 = l_420 < l_0;
const bool l_476 = l_474 < l_1;
const bool l_477 = l_475 && l_476;
if (l_477) {
const float l_478 = l_arr_7[uint32(10)];
const float l_479 = info.scalars_float[0] * l_478;
l_mut_35 = l_479;
const uint32 l_1680 = info.static_meta[uint32(2)];
const uint32 l_1681 = l_1680 * uint32(1);
const bool l_1682 = l_420 < l_1681;
const uint32 l_1683 = l_1681 - uint32(1);
const uint32 l_1684 = min(l_420, l_1683);
const float l_1685 = buffer_2[l_1684];
const float l_1686 = (l_1682) ? l_1685 : float(0.0);
const float l_480 = l_1686;
const uint32 l_1687 = info.static_meta[uint32(3)];
const uint32 l_1688 = l_1687 * uint32(1);
const bool l_1689 = l_474 < l_1688;
const uint32 l_1690 = l_1688 - uint32(1);
const uint32 l_1691 = min(l_474, l_1690);
const float l_1692 = buffer_3[l_1691];
const float l_1693 = (l_1689) ? l_1692 : float(0.0);
const float l_481 = l_1693;
const float l_482 = l_480 * l_481;
l_mut_35 = l_mut_35 / l_482;
const uint32 l_483 = l_420 + info.scalars_uint32[0];
const uint32 l_484 = l_474 + info.scalars_uint32[1];
const bool l_485 = l_483 == l_484;
const float l_486 = (l_485) ? float(1.0) : float(-1.0);
const float l_487 = -info.scalars_float[2];
const float l_488 = l_487 * l_486;
const float l_489 = l_mut_35 + info.scalars_float[1];
const float l_490 = l_486 * l_489;
const float l_491 = exp(l_490);
const float l_492 = float(1.0) + l_491;
const float l_493 = l_488 / l_492;
l_mut_36 = l_493;
const uint32 l_1694 = info.static_meta[uint32(3)];
const uint32 l_1695 = l_1694 * uint32(1);
const bool l_1696 = l_474 < l_1695;
const uint32 l_1697 = l_1695 - uint32(1);
const uint32 l_1698 = min(l_474, l_1697);
const float l_1699 = buffer_3[l_1698];
const float l_1700 = (l_1696) ? l_1699 : float(0.0);
const float l_494 = l_1700;
l_mut_36 = l_mut_36 / l_494;
}
const uint32 l_495 = l_4 + uint32(32);
const uint32 l_496 = l_495 * uint32(64);
const uint32 l_497 = l_496 + l_5;
const uint32 l_498 = l_497 + uint32(32);
shared_memory_6[l_498] = l_mut_36;
const uint32 l_499 = l_mut_11 + l_5;
const uint32 l_500 = l_499 + uint32(48);
l_mut_36 = float(0.0);
const bool l_501 = l_420 < l_0;
const bool l_502 = l_500 < l_1;
const bool l_503 = l_501 && l_502;
if (l_503) {
const float l_504 = l_arr_7[uint32(11)];
const float l_505 = info.scalars_float[0] * l_504;
l_mut_35 = l_505;
const uint32 l_1701 = info.static_meta[uint32(2)];
const uint32 l_1702 = l_1701 * uint32(1);
const bool l_1703 = l_420 < l_1702;
const uint32 l_1704 = l_1702 - uint32(1);
const uint32 l_1705 = min(l_420, l_1704);
const float l_1706 = buffer_2[l_1705];
const float l_1707 = (l_1703) ? l_1706 : float(0.0);
const float l_506 = l_1707;
const uint32 l_1708 = info.static_meta[uint32(3)];
const uint32 l_1709 = l_1708 * uint32(1);
const bool l_1710 = l_500 < l_1709;
const uint32 l_1711 = l_1709 - uint32(1);
const uint32 l_1712 = min(l_500, l_1711);
const float l_1713 = buffer_3[l_1712];
const float l_1714 = (l_1710) ? l_1713 : float(0.0);
const float l_507 = l_1714;
const float l_508 = l_506 * l_507;
l_mut_35 = l_mut_35 / l_508;
const uint32 l_509 = l_420 + info.scalars_uint32[0];
const uint32 l_510 = l_500 + info.scalars_uint32[1];
const bool l_511 = l_509 == l_510;
const float l_512 = (l_511) ? float(1.0) : float(-1.0);
const float l_513 = -info.scalars_float[2];
const float l_514 = l_513 * l_512;
const float l_515 = l_mut_35 + info.scalars_float[1];
const float l_516 = l_512 * l_515;
const float l_517 = exp(l_516);
const float l_518 = float(1.0) + l_517;
const float l_519 = l_514 / l_518;
l_mut_36 = l_519;
const uint32 l_1715 = info.static_meta[uint32(3)];
const uint32 l_1716 = l_1715 * uint32(1);
const bool l_1717 = l_500 < l_1716;
const uint32 l_1718 = l_1716 - uint32(1);
const uint32 l_1719 = min(l_500, l_1718);
const float l_1720 = buffer_3[l_1719];
const float l_1721 = (l_1717) ? l_1720 : float(0.0);
const float l_520 = l_1721;
l_mut_36 = l_mut_36 / l_520;
}
const uint32 l_521 = l_4 + uint32(32);
const uint32 l_522 = l_521 * uint32(64);
const uint32 l_523 = l_522 + l_5;
const uint32 l_524 = l_523 + uint32(48);
shared_memory_6[l_524] = l_mut_36;
const uint32 l_525 = l_3 + l_4;
const uint32 l_526 = l_525 + uint32(48);
const uint32 l_527 = l_mut_11 + l_5;
const uint32 l_528 = l_527 + uint32(0);
l_mut_36 = float(0.0);
const bool l_529 = l_526 < l_0;
const bool l_530 = l_528 < l_1;
const bool l_531 = l_529 && l_530;
if (l_531) {
const float l_532 = l_arr_7[uint32(12)];
const float l_533 = info.scalars_float[0] * l_532;
l_mut_35 = l_533;
const uint32 l_1722 = info.static_meta[uint32(2)];
const uint32 l_1723 = l_1722 * uint32(1);
const bool l_1724 = l_526 < l_1723;
const uint32 l_1725 = l_1723 - uint32(1);
const uint32 l_1726 = min(l_526, l_1725);
const float l_1727 = buffer_2[l_1726];
const float l_1728 = (l_1724) ? l_1727 : float(0.0);
const float l_534 = l_1728;
const uint32 l_1729 = info.static_meta[uint32(3)];
const uint32 l_1730 = l_1729 * uint32(1);
const bool l_1731 = l_528 < l_1730;
const uint32 l_1732 = l_1730 - uint32(1);
const uint32 l_1733 = min(l_528, l_1732);
const float l_1734 = buffer_3[l_1733];
const float l_1735 = (l_1731) ? l_1734 : float(0.0);
const float l_535 = l_1735;
const float l_536 = l_534 * l_535;
l_mut_35 = l_mut_35 / l_536;
const uint32 l_537 = l_526 + info.scalars_uint32[0];
const uint32 l_538 = l_528 + info.scalars_uint32[1];
const bool l_539 = l_537 == l_538;
const float l_540 = (l_539) ? float(1.0) : float(-1.0);
const float l_541 = -info.scalars_float[2];
const float l_542 = l_541 * l_540;
const float l_543 = l_mut_35 + info.scalars_float[1];
const float l_544 = l_540 * l_543;
const float l_545 = exp(l_544);
const float l_546 = float(1.0) + l_545;
const float l_547 = l_542 / l_546;
l_mut_36 = l_547;
const uint32 l_1736 = info.static_meta[uint32(3)];
const uint32 l_1737 = l_1736 * uint32(1);
const bool l_1738 = l_528 < l_1737;
const uint32 l_1739 = l_1737 - uint32(1);
const uint32 l_1740 = min(l_528, l_1739);
const float l_1741 = buffer_3[l_1740];
const float l_1742 = (l_1738) ? l_1741 : float(0.0);
const float l_548 = l_1742;
l_mut_36 = l_mut_36 / l_548;
}
const uint32 l_549 = l_4 + uint32(48);
const uint32 l_550 = l_549 * uint32(64);
const uint32 l_551 = l_550 + l_5;
const uint32 l_552 = l_551 + uint32(0);
shared_memory_6[l_552] = l_mut_36;
const uint32 l_553 = l_mut_11 + l_5;
const uint32 l_554 = l_553 + uint32(16);
l_mut_36 = float(0.0);
const bool l_555 = l_526 < l_0;
const bool l_556 = l_554 < l_1;
const bool l_557 = l_555 && l_556;
if (l_557) {
const float l_558 = l_arr_7[uint32(13)];
const float l_559 = info.scalars_float[0] * l_558;
l_mut_35 = l_559;
const uint32 l_1743 = info.static_meta[uint32(2)];
const uint32 l_1744 = l_1743 * uint32(1);
const bool l_1745 = l_526 < l_1744;
const uint32 l_1746 = l_1744 - uint32(1);
const uint32 l_1747 = min(l_526, l_1746);
const float l_1748 = buffer_2[l_1747];
const float l_1749 = (l_1745) ? l_1748 : float(0.0);
const float l_560 = l_1749;
const uint32 l_1750 = info.static_meta[uint32(3)];
const uint32 l_1751 = l_1750 * uint32(1);
const bool l_1752 = l_554 < l_1751;
const uint32 l_1753 = l_1751 - uint32(1);
const uint32 l_1754 = min(l_554, l_1753);
const float l_1755 = buffer_3[l_1754];
const float l_1756 = (l_1752) ? l_1755 : float(0.0);
const float l_561 = l_1756;
const float l_562 = l_560 * l_561;
l_mut_35 = l_mut_35 / l_562;
const uint32 l_563 = l_526 + info.scalars_uint32[0];
const uint32 l_564 = l_554 + info.scalars_uint32[1];
const bool l_565 = l_563 == l_564;
const float l_566 = (l_565) ? float(1.0) : float(-1.0);
const float l_567 = -info.scalars_float[2];
const float l_568 = l_567 * l_566;
const float l_569 = l_mut_35 + info.scalars_float[1];
const float l_570 = l_566 * l_569;
const float l_571 = exp(l_570);
const float l_572 = float(1.0) + l_571;
const float l_573 = l_568 / l_572;
l_mut_36 = l_573;
const uint32 l_1757 = info.static_meta[uint32(3)];
const uint32 l_1758 = l_1757 * uint32(1);
const bool l_1759 = l_554 < l_1758;
const uint32 l_1760 = l_1758 - uint32(1);
const uint32 l_1761 = min(l_554, l_1760);
const float l_1762 = buffer_3[l_1761];
const float l_1763 = (l_1759) ? l_1762 : float(0.0);
const float l_574 = l_1763;
l_mut_36 = l_mut_36 / l_574;
}
const uint32 l_575 = l_4 + uint32(48);
const uint32 l_576 = l_575 * uint32(64);
const uint32 l_577 = l_576 + l_5;
const uint32 l_578 = l_577 + uint32(16);
shared_memory_6[l_578] = l_mut_36;
const uint32 l_579 = l_mut_11 + l_5;
const uint32 l_580 = l_579 + uint32(32);
l_mut_36 = float(0.0);
const bool l_581 = l_526 < l_0;
const bool l_582 = l_580 < l_1;
const bool l_583 = l_581 && l_582;
if (l_583) {
const float l_584 = l_arr_7[uint32(14)];
const float l_585 = info.scalars_float[0] * l_584;
l_mut_35 = l_585;
const uint32 l_1764 = info.static_meta[uint32(2)];
const uint32 l_1765 = l_1764 * uint32(1);
const bool l_1766 = l_526 < l_1765;
const uint32 l_1767 = l_1765 - uint32(1);
const uint32 l_1768 = min(l_526, l_1767);
const float l_1769 = buffer_2[l_1768];
const float l_1770 = (l_1766) ? l_1769 : float(0.0);
const float l_586 = l_1770;
const uint32 l_1771 = info.static_meta[uint32(3)];
const uint32 l_1772 = l_1771 * uint32(1);
const bool l_1773 = l_580 < l_1772;
const uint32 l_1774 = l_1772 - uint32(1);
const uint32 l_1775 = min(l_580, l_1774);
const float l_1776 = buffer_3[l_1775];
const float l_1777 = (l_1773) ? l_1776 : float(0.0);
const float l_587 = l_1777;
const float l_588 = l_586 * l_587;
l_mut_35 = l_mut_35 / l_588;
const uint32 l_589 = l_526 + info.scalars_uint32[0];
const uint32 l_590 = l_580 + info.scalars_uint32[1];
const bool l_591 = l_589 == l_590;
const float l_592 = (l_591) ? float(1.0) : float(-1.0);
const float l_593 = -info.scalars_float[2];
const float l_594 = l_593 * l_592;
const float l_595 = l_mut_35 + info.scalars_float[1];
const float l_596 = l_592 * l_595;
const float l_597 = exp(l_596);
const float l_598 = float(1.0) + l_597;
const float l_599 = l_594 / l_598;
l_mut_36 = l_599;
const uint32 l_1778 = info.static_meta[uint32(3)];
const uint32 l_1779 = l_1778 * uint32(1);
const bool l_1780 = l_580 < l_1779;
const uint32 l_1781 = l_1779 - uint32(1);
const uint32 l_1782 = min(l_580, l_1781);
const float l_1783 = buffer_3[l_1782];
const float l_1784 = (l_1780) ? l_1783 : float(0.0);
const float l_600 = l_1784;
l_mut_36 = l_mut_36 / l_600;
}
const uint32 l_601 = l_4 + uint32(48);
const uint32 l_602 = l_601 * uint32(64);
const uint32 l_603 = l_602 + l_5;
const uint32 l_604 = l_603 + uint32(32);
shared_memory_6[l_604] = l_mut_36;
const uint32 l_605 = l_mut_11 + l_5;
const uint32 l_606 = l_605 + uint32(48);
l_mut_36 = float(0.0);
const bool l_607 = l_526 < l_0;
const bool l_608 = l_606 < l_1;
const bool l_609 = l_607 && l_608;
if (l_609) {
const float l_610 = l_arr_7[uint32(15)];
const float l_611 = info.scalars_float[0] * l_610;
l_mut_35 = l_611;
const uint32 l_1785 = info.static_meta[uint32(2)];
const uint32 l_1786 = l_1785 * uint32(1);
const bool l_1787 = l_526 < l_1786;
const uint32 l_1788 = l_1786 - uint32(1);
const uint32 l_1789 = min(l_526, l_1788);
const float l_1790 = buffer_2[l_1789];
const float l_1791 = (l_1787) ? l_1790 : float(0.0);
const float l_612 = l_1791;
const uint32 l_1792 = info.static_meta[uint32(3)];
const uint32 l_1793 = l_1792 * uint32(1);
const bool l_1794 = l_606 < l_1793;
const uint32 l_1795 = l_1793 - uint32(1);
const uint32 l_1796 = min(l_606, l_1795);
const float l_1797 = buffer_3[l_1796];
const float l_1798 = (l_1794) ? l_1797 : float(0.0);
const float l_613 = l_1798;
const float l_614 = l_612 * l_613;
l_mut_35 = l_mut_35 / l_614;
const uint32 l_615 = l_526 + info.scalars_uint32[0];
const uint32 l_616 = l_606 + info.scalars_uint32[1];
const bool l_617 = l_615 == l_616;
const float l_618 = (l_617) ? float(1.0) : float(-1.0);
const float l_619 = -info.scalars_float[2];
const float l_620 = l_619 * l_618;
const float l_621 = l_mut_35 + info.scalars_float[1];
const float l_622 = l_618 * l_621;
const float l_623 = exp(l_622);
const float l_624 = float(1.0) + l_623;
const float l_625 = l_620 / l_624;
l_mut_36 = l_625;
const uint32 l_1799 = info.static_meta[uint32(3)];
const uint32 l_1800 = l_1799 * uint32(1);
const bool l_1801 = l_606 < l_1800;
const uint32 l_1802 = l_1800 - uint32(1);
const uint32 l_1803 = min(l_606, l_1802);
const float l_1804 = buffer_3[l_1803];
const float l_1805 = (l_1801) ? l_1804 : float(0.0);
const float l_626 = l_1805;
l_mut_36 = l_mut_36 / l_626;
}
const uint32 l_627 = l_4 + uint32(48);
const uint32 l_628 = l_627 * uint32(64);
const uint32 l_629 = l_628 + l_5;
const uint32 l_630 = l_629 + uint32(48);
shared_memory_6[l_630] = l_mut_36;
__syncthreads();

const uint32 l_631 = l_1 - l_mut_11;
const uint32 l_632 = min(uint32(64), l_631);

for (uint32 l_mut_633 = uint32(0); l_mut_633 < uint32(64); ++l_mut_633) {
const uint32 l_634 = l_3 + l_mut_633;
const bool l_635 = l_634 < l_0;
if (l_635) {
l_mut_27 = threadIdxGlobal;
while (true) {
const bool l_636 = l_mut_27 < l_2;
const bool l_637 = !l_636;
if (l_637) {
break;}
l_mut_36 = float(0.0);
const bool l_638 = uint32(0) < l_632;
if (l_638) {
const uint32 l_639 = l_mut_633 * uint32(64);
const uint32 l_640 = l_639 + uint32(0);
const float l_641 = shared_memory_6[l_640];
const uint32 l_642 = l_mut_11 + uint32(0);
const uint32 l_643 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_644 = l_642 * l_643;
const uint32 l_645 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_646 = l_mut_27 * l_645;
const uint32 l_647 = l_644 + l_646;
const uint32 l_1816 = info.static_meta[uint32(1)];
const uint32 l_1817 = l_1816 * uint32(1);
const bool l_1818 = l_647 < l_1817;
const uint32 l_1819 = l_1817 - uint32(1);
const uint32 l_1820 = min(l_647, l_1819);
const float l_1821 = buffer_1[l_1820];
const float l_1822 = (l_1818) ? l_1821 : float(0.0);
const float l_648 = l_1822;
const float l_649 = l_641 * l_648;
l_mut_36 = l_mut_36 + l_649;
}
const bool l_650 = uint32(1) < l_632;
if (l_650) {
const uint32 l_651 = l_mut_633 * uint32(64);
const uint32 l_652 = l_651 + uint32(1);
const float l_653 = shared_memory_6[l_652];
const uint32 l_654 = l_mut_11 + uint32(1);
const uint32 l_655 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_656 = l_654 * l_655;
const uint32 l_657 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_658 = l_mut_27 * l_657;
const uint32 l_659 = l_656 + l_658;
const uint32 l_1823 = info.static_meta[uint32(1)];
const uint32 l_1824 = l_1823 * uint32(1);
const bool l_1825 = l_659 < l_1824;
const uint32 l_1826 = l_1824 - uint32(1);
const uint32 l_1827 = min(l_659, l_1826);
const float l_1828 = buffer_1[l_1827];
const float l_1829 = (l_1825) ? l_1828 : float(0.0);
const float l_660 = l_1829;
const float l_661 = l_653 * l_660;
l_mut_36 = l_mut_36 + l_661;
}
const bool l_662 = uint32(2) < l_632;
if (l_662) {
const uint32 l_663 = l_mut_633 * uint32(64);
const uint32 l_664 = l_663 + uint32(2);
const float l_665 = shared_memory_6[l_664];
const uint32 l_666 = l_mut_11 + uint32(2);
const uint32 l_667 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_668 = l_666 * l_667;
const uint32 l_669 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_670 = l_mut_27 * l_669;
const uint32 l_671 = l_668 + l_670;
const uint32 l_1830 = info.static_meta[uint32(1)];
const uint32 l_1831 = l_1830 * uint32(1);
const bool l_1832 = l_671 < l_1831;
const uint32 l_1833 = l_1831 - uint32(1);
const uint32 l_1834 = min(l_671, l_1833);
const float l_1835 = buffer_1[l_1834];
const float l_1836 = (l_1832) ? l_1835 : float(0.0);
const float l_672 = l_1836;
const float l_673 = l_665 * l_672;
l_mut_36 = l_mut_36 + l_673;
}
const bool l_674 = uint32(3) < l_632;
if (l_674) {
const uint32 l_675 = l_mut_633 * uint32(64);
const uint32 l_676 = l_675 + uint32(3);
const float l_677 = shared_memory_6[l_676];
const uint32 l_678 = l_mut_11 + uint32(3);
const uint32 l_679 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_680 = l_678 * l_679;
const uint32 l_681 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_682 = l_mut_27 * l_681;
const uint32 l_683 = l_680 + l_682;
const uint32 l_1837 = info.static_meta[uint32(1)];
const uint32 l_1838 = l_1837 * uint32(1);
const bool l_1839 = l_683 < l_1838;
const uint32 l_1840 = l_1838 - uint32(1);
const uint32 l_1841 = min(l_683, l_1840);
const float l_1842 = buffer_1[l_1841];
const float l_1843 = (l_1839) ? l_1842 : float(0.0);
const float l_684 = l_1843;
const float l_685 = l_677 * l_684;
l_mut_36 = l_mut_36 + l_685;
}
const bool l_686 = uint32(4) < l_632;
if (l_686) {
const uint32 l_687 = l_mut_633 * uint32(64);
const uint32 l_688 = l_687 + uint32(4);
const float l_689 = shared_memory_6[l_688];
const uint32 l_690 = l_mut_11 + uint32(4);
const uint32 l_691 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_692 = l_690 * l_691;
const uint32 l_693 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_694 = l_mut_27 * l_693;
const uint32 l_695 = l_692 + l_694;
const uint32 l_1844 = info.static_meta[uint32(1)];
const uint32 l_1845 = l_1844 * uint32(1);
const bool l_1846 = l_695 < l_1845;
const uint32 l_1847 = l_1845 - uint32(1);
const uint32 l_1848 = min(l_695, l_1847);
const float l_1849 = buffer_1[l_1848];
const float l_1850 = (l_1846) ? l_1849 : float(0.0);
const float l_696 = l_1850;
const float l_697 = l_689 * l_696;
l_mut_36 = l_mut_36 + l_697;
}
const bool l_698 = uint32(5) < l_632;
if (l_698) {
const uint32 l_699 = l_mut_633 * uint32(64);
const uint32 l_700 = l_699 + uint32(5);
const float l_701 = shared_memory_6[l_700];
const uint32 l_702 = l_mut_11 + uint32(5);
const uint32 l_703 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_704 = l_702 * l_703;
const uint32 l_705 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_706 = l_mut_27 * l_705;
const uint32 l_707 = l_704 + l_706;
const uint32 l_1851 = info.static_meta[uint32(1)];
const uint32 l_1852 = l_1851 * uint32(1);
const bool l_1853 = l_707 < l_1852;
const uint32 l_1854 = l_1852 - uint32(1);
const uint32 l_1855 = min(l_707, l_1854);
const float l_1856 = buffer_1[l_1855];
const float l_1857 = (l_1853) ? l_1856 : float(0.0);
const float l_708 = l_1857;
const float l_709 = l_701 * l_708;
l_mut_36 = l_mut_36 + l_709;
}
const bool l_710 = uint32(6) < l_632;
if (l_710) {
const uint32 l_711 = l_mut_633 * uint32(64);
const uint32 l_712 = l_711 + uint32(6);
const float l_713 = shared_memory_6[l_712];
const uint32 l_714 = l_mut_11 + uint32(6);
const uint32 l_715 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_716 = l_714 * l_715;
const uint32 l_717 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_718 = l_mut_27 * l_717;
const uint32 l_719 = l_716 + l_718;
const uint32 l_1858 = info.static_meta[uint32(1)];
const uint32 l_1859 = l_1858 * uint32(1);
const bool l_1860 = l_719 < l_1859;
const uint32 l_1861 = l_1859 - uint32(1);
const uint32 l_1862 = min(l_719, l_1861);
const float l_1863 = buffer_1[l_1862];
const float l_1864 = (l_1860) ? l_1863 : float(0.0);
const float l_720 = l_1864;
const float l_721 = l_713 * l_720;
l_mut_36 = l_mut_36 + l_721;
}
const bool l_722 = uint32(7) < l_632;
if (l_722) {
const uint32 l_723 = l_mut_633 * uint32(64);
const uint32 l_724 = l_723 + uint32(7);
const float l_725 = shared_memory_6[l_724];
const uint32 l_726 = l_mut_11 + uint32(7);
const uint32 l_727 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_728 = l_726 * l_727;
const uint32 l_729 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_730 = l_mut_27 * l_729;
const uint32 l_731 = l_728 + l_730;
const uint32 l_1865 = info.static_meta[uint32(1)];
const uint32 l_1866 = l_1865 * uint32(1);
const bool l_1867 = l_731 < l_1866;
const uint32 l_1868 = l_1866 - uint32(1);
const uint32 l_1869 = min(l_731, l_1868);
const float l_1870 = buffer_1[l_1869];
const float l_1871 = (l_1867) ? l_1870 : float(0.0);
const float l_732 = l_1871;
const float l_733 = l_725 * l_732;
l_mut_36 = l_mut_36 + l_733;
}
const bool l_734 = uint32(8) < l_632;
if (l_734) {
const uint32 l_735 = l_mut_633 * uint32(64);
const uint32 l_736 = l_735 + uint32(8);
const float l_737 = shared_memory_6[l_736];
const uint32 l_738 = l_mut_11 + uint32(8);
const uint32 l_739 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_740 = l_738 * l_739;
const uint32 l_741 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_742 = l_mut_27 * l_741;
const uint32 l_743 = l_740 + l_742;
const uint32 l_1872 = info.static_meta[uint32(1)];
const uint32 l_1873 = l_1872 * uint32(1);
const bool l_1874 = l_743 < l_1873;
const uint32 l_1875 = l_1873 - uint32(1);
const uint32 l_1876 = min(l_743, l_1875);
const float l_1877 = buffer_1[l_1876];
const float l_1878 = (l_1874) ? l_1877 : float(0.0);
const float l_744 = l_1878;
const float l_745 = l_737 * l_744;
l_mut_36 = l_mut_36 + l_745;
}
const bool l_746 = uint32(9) < l_632;
if (l_746) {
const uint32 l_747 = l_mut_633 * uint32(64);
const uint32 l_748 = l_747 + uint32(9);
const float l_749 = shared_memory_6[l_748];
const uint32 l_750 = l_mut_11 + uint32(9);
const uint32 l_751 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_752 = l_750 * l_751;
const uint32 l_753 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_754 = l_mut_27 * l_753;
const uint32 l_755 = l_752 + l_754;
const uint32 l_1879 = info.static_meta[uint32(1)];
const uint32 l_1880 = l_1879 * uint32(1);
const bool l_1881 = l_755 < l_1880;
const uint32 l_1882 = l_1880 - uint32(1);
const uint32 l_1883 = min(l_755, l_1882);
const float l_1884 = buffer_1[l_1883];
const float l_1885 = (l_1881) ? l_1884 : float(0.0);
const float l_756 = l_1885;
const float l_757 = l_749 * l_756;
l_mut_36 = l_mut_36 + l_757;
}
const bool l_758 = uint32(10) < l_632;
if (l_758) {
const uint32 l_759 = l_mut_633 * uint32(64);
const uint32 l_760 = l_759 + uint32(10);
const float l_761 = shared_memory_6[l_760];
const uint32 l_762 = l_mut_11 + uint32(10);
const uint32 l_763 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_764 = l_762 * l_763;
const uint32 l_765 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_766 = l_mut_27 * l_765;
const uint32 l_767 = l_764 + l_766;
const uint32 l_1886 = info.static_meta[uint32(1)];
const uint32 l_1887 = l_1886 * uint32(1);
const bool l_1888 = l_767 < l_1887;
const uint32 l_1889 = l_1887 - uint32(1);
const uint32 l_1890 = min(l_767, l_1889);
const float l_1891 = buffer_1[l_1890];
const float l_1892 = (l_1888) ? l_1891 : float(0.0);
const float l_768 = l_1892;
const float l_769 = l_761 * l_768;
l_mut_36 = l_mut_36 + l_769;
}
const bool l_770 = uint32(11) < l_632;
if (l_770) {
const uint32 l_771 = l_mut_633 * uint32(64);
const uint32 l_772 = l_771 + uint32(11);
const float l_773 = shared_memory_6[l_772];
const uint32 l_774 = l_mut_11 + uint32(11);
const uint32 l_775 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_776 = l_774 * l_775;
const uint32 l_777 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_778 = l_mut_27 * l_777;
const uint32 l_779 = l_776 + l_778;
const uint32 l_1893 = info.static_meta[uint32(1)];
const uint32 l_1894 = l_1893 * uint32(1);
const bool l_1895 = l_779 < l_1894;
const uint32 l_1896 = l_1894 - uint32(1);
const uint32 l_1897 = min(l_779, l_1896);
const float l_1898 = buffer_1[l_1897];
const float l_1899 = (l_1895) ? l_1898 : float(0.0);
const float l_780 = l_1899;
const float l_781 = l_773 * l_780;
l_mut_36 = l_mut_36 + l_781;
}
const bool l_782 = uint32(12) < l_632;
if (l_782) {
const uint32 l_783 = l_mut_633 * uint32(64);
const uint32 l_784 = l_783 + uint32(12);
const float l_785 = shared_memory_6[l_784];
const uint32 l_786 = l_mut_11 + uint32(12);
const uint32 l_787 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_788 = l_786 * l_787;
const uint32 l_789 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_790 = l_mut_27 * l_789;
const uint32 l_791 = l_788 + l_790;
const uint32 l_1900 = info.static_meta[uint32(1)];
const uint32 l_1901 = l_1900 * uint32(1);
const bool l_1902 = l_791 < l_1901;
const uint32 l_1903 = l_1901 - uint32(1);
const uint32 l_1904 = min(l_791, l_1903);
const float l_1905 = buffer_1[l_1904];
const float l_1906 = (l_1902) ? l_1905 : float(0.0);
const float l_792 = l_1906;
const float l_793 = l_785 * l_792;
l_mut_36 = l_mut_36 + l_793;
}
const bool l_794 = uint32(13) < l_632;
if (l_794) {
const uint32 l_795 = l_mut_633 * uint32(64);
const uint32 l_796 = l_795 + uint32(13);
const float l_797 = shared_memory_6[l_796];
const uint32 l_798 = l_mut_11 + uint32(13);
const uint32 l_799 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_800 = l_798 * l_799;
const uint32 l_801 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_802 = l_mut_27 * l_801;
const uint32 l_803 = l_800 + l_802;
const uint32 l_1907 = info.static_meta[uint32(1)];
const uint32 l_1908 = l_1907 * uint32(1);
const bool l_1909 = l_803 < l_1908;
const uint32 l_1910 = l_1908 - uint32(1);
const uint32 l_1911 = min(l_803, l_1910);
const float l_1912 = buffer_1[l_1911];
const float l_1913 = (l_1909) ? l_1912 : float(0.0);
const float l_804 = l_1913;
const float l_805 = l_797 * l_804;
l_mut_36 = l_mut_36 + l_805;
}
const bool l_806 = uint32(14) < l_632;
if (l_806) {
const uint32 l_807 = l_mut_633 * uint32(64);
const uint32 l_808 = l_807 + uint32(14);
const float l_809 = shared_memory_6[l_808];
const uint32 l_810 = l_mut_11 + uint32(14);
const uint32 l_811 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_812 = l_810 * l_811;
const uint32 l_813 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_814 = l_mut_27 * l_813;
const uint32 l_815 = l_812 + l_814;
const uint32 l_1914 = info.static_meta[uint32(1)];
const uint32 l_1915 = l_1914 * uint32(1);
const bool l_1916 = l_815 < l_1915;
const uint32 l_1917 = l_1915 - uint32(1);
const uint32 l_1918 = min(l_815, l_1917);
const float l_1919 = buffer_1[l_1918];
const float l_1920 = (l_1916) ? l_1919 : float(0.0);
const float l_816 = l_1920;
const float l_817 = l_809 * l_816;
l_mut_36 = l_mut_36 + l_817;
}
const bool l_818 = uint32(15) < l_632;
if (l_818) {
const uint32 l_819 = l_mut_633 * uint32(64);
const uint32 l_820 = l_819 + uint32(15);
const float l_821 = shared_memory_6[l_820];
const uint32 l_822 = l_mut_11 + uint32(15);
const uint32 l_823 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_824 = l_822 * l_823;
const uint32 l_825 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_826 = l_mut_27 * l_825;
const uint32 l_827 = l_824 + l_826;
const uint32 l_1921 = info.static_meta[uint32(1)];
const uint32 l_1922 = l_1921 * uint32(1);
const bool l_1923 = l_827 < l_1922;
const uint32 l_1924 = l_1922 - uint32(1);
const uint32 l_1925 = min(l_827, l_1924);
const float l_1926 = buffer_1[l_1925];
const float l_1927 = (l_1923) ? l_1926 : float(0.0);
const float l_828 = l_1927;
const float l_829 = l_821 * l_828;
l_mut_36 = l_mut_36 + l_829;
}
const bool l_830 = uint32(16) < l_632;
if (l_830) {
const uint32 l_831 = l_mut_633 * uint32(64);
const uint32 l_832 = l_831 + uint32(16);
const float l_833 = shared_memory_6[l_832];
const uint32 l_834 = l_mut_11 + uint32(16);
const uint32 l_835 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_836 = l_834 * l_835;
const uint32 l_837 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_838 = l_mut_27 * l_837;
const uint32 l_839 = l_836 + l_838;
const uint32 l_1928 = info.static_meta[uint32(1)];
const uint32 l_1929 = l_1928 * uint32(1);
const bool l_1930 = l_839 < l_1929;
const uint32 l_1931 = l_1929 - uint32(1);
const uint32 l_1932 = min(l_839, l_1931);
const float l_1933 = buffer_1[l_1932];
const float l_1934 = (l_1930) ? l_1933 : float(0.0);
const float l_840 = l_1934;
const float l_841 = l_833 * l_840;
l_mut_36 = l_mut_36 + l_841;
}
const bool l_842 = uint32(17) < l_632;
if (l_842) {
const uint32 l_843 = l_mut_633 * uint32(64);
const uint32 l_844 = l_843 + uint32(17);
const float l_845 = shared_memory_6[l_844];
const uint32 l_846 = l_mut_11 + uint32(17);
const uint32 l_847 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_848 = l_846 * l_847;
const uint32 l_849 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_850 = l_mut_27 * l_849;
const uint32 l_851 = l_848 + l_850;
const uint32 l_1935 = info.static_meta[uint32(1)];
const uint32 l_1936 = l_1935 * uint32(1);
const bool l_1937 = l_851 < l_1936;
const uint32 l_1938 = l_1936 - uint32(1);
const uint32 l_1939 = min(l_851, l_1938);
const float l_1940 = buffer_1[l_1939];
const float l_1941 = (l_1937) ? l_1940 : float(0.0);
const float l_852 = l_1941;
const float l_853 = l_845 * l_852;
l_mut_36 = l_mut_36 + l_853;
}
const bool l_854 = uint32(18) < l_632;
if (l_854) {
const uint32 l_855 = l_mut_633 * uint32(64);
const uint32 l_856 = l_855 + uint32(18);
const float l_857 = shared_memory_6[l_856];
const uint32 l_858 = l_mut_11 + uint32(18);
const uint32 l_859 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_860 = l_858 * l_859;
const uint32 l_861 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_862 = l_mut_27 * l_861;
const uint32 l_863 = l_860 + l_862;
const uint32 l_1942 = info.static_meta[uint32(1)];
const uint32 l_1943 = l_1942 * uint32(1);
const bool l_1944 = l_863 < l_1943;
const uint32 l_1945 = l_1943 - uint32(1);
const uint32 l_1946 = min(l_863, l_1945);
const float l_1947 = buffer_1[l_1946];
const float l_1948 = (l_1944) ? l_1947 : float(0.0);
const float l_864 = l_1948;
const float l_865 = l_857 * l_864;
l_mut_36 = l_mut_36 + l_865;
}
const bool l_866 = uint32(19) < l_632;
if (l_866) {
const uint32 l_867 = l_mut_633 * uint32(64);
const uint32 l_868 = l_867 + uint32(19);
const float l_869 = shared_memory_6[l_868];
const uint32 l_870 = l_mut_11 + uint32(19);
const uint32 l_871 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_872 = l_870 * l_871;
const uint32 l_873 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_874 = l_mut_27 * l_873;
const uint32 l_875 = l_872 + l_874;
const uint32 l_1949 = info.static_meta[uint32(1)];
const uint32 l_1950 = l_1949 * uint32(1);
const bool l_1951 = l_875 < l_1950;
const uint32 l_1952 = l_1950 - uint32(1);
const uint32 l_1953 = min(l_875, l_1952);
const float l_1954 = buffer_1[l_1953];
const float l_1955 = (l_1951) ? l_1954 : float(0.0);
const float l_876 = l_1955;
const float l_877 = l_869 * l_876;
l_mut_36 = l_mut_36 + l_877;
}
const bool l_878 = uint32(20) < l_632;
if (l_878) {
const uint32 l_879 = l_mut_633 * uint32(64);
const uint32 l_880 = l_879 + uint32(20);
const float l_881 = shared_memory_6[l_880];
const uint32 l_882 = l_mut_11 + uint32(20);
const uint32 l_883 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_884 = l_882 * l_883;
const uint32 l_885 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_886 = l_mut_27 * l_885;
const uint32 l_887 = l_884 + l_886;
const uint32 l_1956 = info.static_meta[uint32(1)];
const uint32 l_1957 = l_1956 * uint32(1);
const bool l_1958 = l_887 < l_1957;
const uint32 l_1959 = l_1957 - uint32(1);
const uint32 l_1960 = min(l_887, l_1959);
const float l_1961 = buffer_1[l_1960];
const float l_1962 = (l_1958) ? l_1961 : float(0.0);
const float l_888 = l_1962;
const float l_889 = l_881 * l_888;
l_mut_36 = l_mut_36 + l_889;
}
const bool l_890 = uint32(21) < l_632;
if (l_890) {
const uint32 l_891 = l_mut_633 * uint32(64);
const uint32 l_892 = l_891 + uint32(21);
const float l_893 = shared_memory_6[l_892];
const uint32 l_894 = l_mut_11 + uint32(21);
const uint32 l_895 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_896 = l_894 * l_895;
const uint32 l_897 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_898 = l_mut_27 * l_897;
const uint32 l_899 = l_896 + l_898;
const uint32 l_1963 = info.static_meta[uint32(1)];
const uint32 l_1964 = l_1963 * uint32(1);
const bool l_1965 = l_899 < l_1964;
const uint32 l_1966 = l_1964 - uint32(1);
const uint32 l_1967 = min(l_899, l_1966);
const float l_1968 = buffer_1[l_1967];
const float l_1969 = (l_1965) ? l_1968 : float(0.0);
const float l_900 = l_1969;
const float l_901 = l_893 * l_900;
l_mut_36 = l_mut_36 + l_901;
}
const bool l_902 = uint32(22) < l_632;
if (l_902) {
const uint32 l_903 = l_mut_633 * uint32(64);
const uint32 l_904 = l_903 + uint32(22);
const float l_905 = shared_memory_6[l_904];
const uint32 l_906 = l_mut_11 + uint32(22);
const uint32 l_907 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_908 = l_906 * l_907;
const uint32 l_909 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_910 = l_mut_27 * l_909;
const uint32 l_911 = l_908 + l_910;
const uint32 l_1970 = info.static_meta[uint32(1)];
const uint32 l_1971 = l_1970 * uint32(1);
const bool l_1972 = l_911 < l_1971;
const uint32 l_1973 = l_1971 - uint32(1);
const uint32 l_1974 = min(l_911, l_1973);
const float l_1975 = buffer_1[l_1974];
const float l_1976 = (l_1972) ? l_1975 : float(0.0);
const float l_912 = l_1976;
const float l_913 = l_905 * l_912;
l_mut_36 = l_mut_36 + l_913;
}
const bool l_914 = uint32(23) < l_632;
if (l_914) {
const uint32 l_915 = l_mut_633 * uint32(64);
const uint32 l_916 = l_915 + uint32(23);
const float l_917 = shared_memory_6[l_916];
const uint32 l_918 = l_mut_11 + uint32(23);
const uint32 l_919 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_920 = l_918 * l_919;
const uint32 l_921 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_922 = l_mut_27 * l_921;
const uint32 l_923 = l_920 + l_922;
const uint32 l_1977 = info.static_meta[uint32(1)];
const uint32 l_1978 = l_1977 * uint32(1);
const bool l_1979 = l_923 < l_1978;
const uint32 l_1980 = l_1978 - uint32(1);
const uint32 l_1981 = min(l_923, l_1980);
const float l_1982 = buffer_1[l_1981];
const float l_1983 = (l_1979) ? l_1982 : float(0.0);
const float l_924 = l_1983;
const float l_925 = l_917 * l_924;
l_mut_36 = l_mut_36 + l_925;
}
const bool l_926 = uint32(24) < l_632;
if (l_926) {
const uint32 l_927 = l_mut_633 * uint32(64);
const uint32 l_928 = l_927 + uint32(24);
const float l_929 = shared_memory_6[l_928];
const uint32 l_930 = l_mut_11 + uint32(24);
const uint32 l_931 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_932 = l_930 * l_931;
const uint32 l_933 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_934 = l_mut_27 * l_933;
const uint32 l_935 = l_932 + l_934;
const uint32 l_1984 = info.static_meta[uint32(1)];
const uint32 l_1985 = l_1984 * uint32(1);
const bool l_1986 = l_935 < l_1985;
const uint32 l_1987 = l_1985 - uint32(1);
const uint32 l_1988 = min(l_935, l_1987);
const float l_1989 = buffer_1[l_1988];
const float l_1990 = (l_1986) ? l_1989 : float(0.0);
const float l_936 = l_1990;
const float l_937 = l_929 * l_936;
l_mut_36 = l_mut_36 + l_937;
}
const bool l_938 = uint32(25) < l_632;
if (l_938) {
const uint32 l_939 = l_mut_633 * uint32(64);
const uint32 l_940 = l_939 + uint32(25);
const float l_941 = shared_memory_6[l_940];
const uint32 l_942 = l_mut_11 + uint32(25);
const uint32 l_943 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_944 = l_942 * l_943;
const uint32 l_945 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_946 = l_mut_27 * l_945;
const uint32 l_947 = l_944 + l_946;
const uint32 l_1991 = info.static_meta[uint32(1)];
const uint32 l_1992 = l_1991 * uint32(1);
const bool l_1993 = l_947 < l_1992;
const uint32 l_1994 = l_1992 - uint32(1);
const uint32 l_1995 = min(l_947, l_1994);
const float l_1996 = buffer_1[l_1995];
const float l_1997 = (l_1993) ? l_1996 : float(0.0);
const float l_948 = l_1997;
const float l_949 = l_941 * l_948;
l_mut_36 = l_mut_36 + l_949;
}
const bool l_950 = uint32(26) < l_632;
if (l_950) {
const uint32 l_951 = l_mut_633 * uint32(64);
const uint32 l_952 = l_951 + uint32(26);
const float l_953 = shared_memory_6[l_952];
const uint32 l_954 = l_mut_11 + uint32(26);
const uint32 l_955 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_956 = l_954 * l_955;
const uint32 l_957 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_958 = l_mut_27 * l_957;
const uint32 l_959 = l_956 + l_958;
const uint32 l_1998 = info.static_meta[uint32(1)];
const uint32 l_1999 = l_1998 * uint32(1);
const bool l_2000 = l_959 < l_1999;
const uint32 l_2001 = l_1999 - uint32(1);
const uint32 l_2002 = min(l_959, l_2001);
const float l_2003 = buffer_1[l_2002];
const float l_2004 = (l_2000) ? l_2003 : float(0.0);
const float l_960 = l_2004;
const float l_961 = l_953 * l_960;
l_mut_36 = l_mut_36 + l_961;
}
const bool l_962 = uint32(27) < l_632;
if (l_962) {
const uint32 l_963 = l_mut_633 * uint32(64);
const uint32 l_964 = l_963 + uint32(27);
const float l_965 = shared_memory_6[l_964];
const uint32 l_966 = l_mut_11 + uint32(27);
const uint32 l_967 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_968 = l_966 * l_967;
const uint32 l_969 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_970 = l_mut_27 * l_969;
const uint32 l_971 = l_968 + l_970;
const uint32 l_2005 = info.static_meta[uint32(1)];
const uint32 l_2006 = l_2005 * uint32(1);
const bool l_2007 = l_971 < l_2006;
const uint32 l_2008 = l_2006 - uint32(1);
const uint32 l_2009 = min(l_971, l_2008);
const float l_2010 = buffer_1[l_2009];
const float l_2011 = (l_2007) ? l_2010 : float(0.0);
const float l_972 = l_2011;
const float l_973 = l_965 * l_972;
l_mut_36 = l_mut_36 + l_973;
}
const bool l_974 = uint32(28) < l_632;
if (l_974) {
const uint32 l_975 = l_mut_633 * uint32(64);
const uint32 l_976 = l_975 + uint32(28);
const float l_977 = shared_memory_6[l_976];
const uint32 l_978 = l_mut_11 + uint32(28);
const uint32 l_979 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_980 = l_978 * l_979;
const uint32 l_981 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_982 = l_mut_27 * l_981;
const uint32 l_983 = l_980 + l_982;
const uint32 l_2012 = info.static_meta[uint32(1)];
const uint32 l_2013 = l_2012 * uint32(1);
const bool l_2014 = l_983 < l_2013;
const uint32 l_2015 = l_2013 - uint32(1);
const uint32 l_2016 = min(l_983, l_2015);
const float l_2017 = buffer_1[l_2016];
const float l_2018 = (l_2014) ? l_2017 : float(0.0);
const float l_984 = l_2018;
const float l_985 = l_977 * l_984;
l_mut_36 = l_mut_36 + l_985;
}
const bool l_986 = uint32(29) < l_632;
if (l_986) {
const uint32 l_987 = l_mut_633 * uint32(64);
const uint32 l_988 = l_987 + uint32(29);
const float l_989 = shared_memory_6[l_988];
const uint32 l_990 = l_mut_11 + uint32(29);
const uint32 l_991 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_992 = l_990 * l_991;
const uint32 l_993 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_994 = l_mut_27 * l_993;
const uint32 l_995 = l_992 + l_994;
const uint32 l_2019 = info.static_meta[uint32(1)];
const uint32 l_2020 = l_2019 * uint32(1);
const bool l_2021 = l_995 < l_2020;
const uint32 l_2022 = l_2020 - uint32(1);
const uint32 l_2023 = min(l_995, l_2022);
const float l_2024 = buffer_1[l_2023];
const float l_2025 = (l_2021) ? l_2024 : float(0.0);
const float l_996 = l_2025;
const float l_997 = l_989 * l_996;
l_mut_36 = l_mut_36 + l_997;
}
const bool l_998 = uint32(30) < l_632;
if (l_998) {
const uint32 l_999 = l_mut_633 * uint32(64);
const uint32 l_1000 = l_999 + uint32(30);
const float l_1001 = shared_memory_6[l_1000];
const uint32 l_1002 = l_mut_11 + uint32(30);
const uint32 l_1003 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_1004 = l_1002 * l_1003;
const uint32 l_1005 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_1006 = l_mut_27 * l_1005;
const uint32 l_1007 = l_1004 + l_1006;
const uint32 l_2026 = info.static_meta[uint32(1)];
const uint32 l_2027 = l_2026 * uint32(1);
const bool l_2028 = l_1007 < l_2027;
const uint32 l_2029 = l_2027 - uint32(1);
const uint32 l_2030 = min(l_1007, l_2029);
const float l_2031 = buffer_1[l_2030];
const float l_2032 = (l_2028) ? l_2031 : float(0.0);
const float l_1008 = l_2032;
const float l_1009 = l_1001 * l_1008;
l_mut_36 = l_mut_36 + l_1009;
}
const bool l_1010 = uint32(31) < l_632;
if (l_1010) {
const uint32 l_1011 = l_mut_633 * uint32(64);
const uint32 l_1012 = l_1011 + uint32(31);
const float l_1013 = shared_memory_6[l_1012];
const uint32 l_1014 = l_mut_11 + uint32(31);
const uint32 l_1015 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_1016 = l_1014 * l_1015;
const uint32 l_1017 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_1018 = l_mut_27 * l_1017;
const uint32 l_1019 = l_1016 + l_1018;
const uint32 l_2033 = info.static_meta[uint32(1)];
const uint32 l_2034 = l_2033 * uint32(1);
const bool l_2035 = l_1019 < l_2034;
const uint32 l_2036 = l_2034 - uint32(1);
const uint32 l_2037 = min(l_1019, l_2036);
const float l_2038 = buffer_1[l_2037];
const float l_2039 = (l_2035) ? l_2038 : float(0.0);
const float l_1020 = l_2039;
const float l_1021 = l_1013 * l_1020;
l_mut_36 = l_mut_36 + l_1021;
}
const bool l_1022 = uint32(32) < l_632;
if (l_1022) {
const uint32 l_1023 = l_mut_633 * uint32(64);
const uint32 l_1024 = l_1023 + uint32(32);
const float l_1025 = shared_memory_6[l_1024];
const uint32 l_1026 = l_mut_11 + uint32(32);
const uint32 l_1027 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_1028 = l_1026 * l_1027;
const uint32 l_1029 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_1030 = l_mut_27 * l_1029;
const uint32 l_1031 = l_1028 + l_1030;
const uint32 l_2040 = info.static_meta[uint32(1)];
const uint32 l_2041 = l_2040 * uint32(1);
const bool l_2042 = l_1031 < l_2041;
const uint32 l_2043 = l_2041 - uint32(1);
const uint32 l_2044 = min(l_1031, l_2043);
const float l_2045 = buffer_1[l_2044];
const float l_2046 = (l_2042) ? l_2045 : float(0.0);
const float l_1032 = l_2046;
const float l_1033 = l_1025 * l_1032;
l_mut_36 = l_mut_36 + l_1033;
}
const bool l_1034 = uint32(33) < l_632;
if (l_1034) {
const uint32 l_1035 = l_mut_633 * uint32(64);
const uint32 l_1036 = l_1035 + uint32(33);
const float l_1037 = shared_memory_6[l_1036];
const uint32 l_1038 = l_mut_11 + uint32(33);
const uint32 l_1039 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_1040 = l_1038 * l_1039;
const uint32 l_1041 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_1042 = l_mut_27 * l_1041;
const uint32 l_1043 = l_1040 + l_1042;
const uint32 l_2047 = info.static_meta[uint32(1)];
const uint32 l_2048 = l_2047 * uint32(1);
const bool l_2049 = l_1043 < l_2048;
const uint32 l_2050 = l_2048 - uint32(1);
const uint32 l_2051 = min(l_1043, l_2050);
const float l_2052 = buffer_1[l_2051];
const float l_2053 = (l_2049) ? l_2052 : float(0.0);
const float l_1044 = l_2053;
const float l_1045 = l_1037 * l_1044;
l_mut_36 = l_mut_36 + l_1045;
}
const bool l_1046 = uint32(34) < l_632;
if (l_1046) {
const uint32 l_1047 = l_mut_633 * uint32(64);
const uint32 l_1048 = l_1047 + uint32(34);
const float l_1049 = shared_memory_6[l_1048];
const uint32 l_1050 = l_mut_11 + uint32(34);
const uint32 l_1051 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_1052 = l_1050 * l_1051;
const uint32 l_1053 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_1054 = l_mut_27 * l_1053;
const uint32 l_1055 = l_1052 + l_1054;
const uint32 l_2054 = info.static_meta[uint32(1)];
const uint32 l_2055 = l_2054 * uint32(1);
const bool l_2056 = l_1055 < l_2055;
const uint32 l_2057 = l_2055 - uint32(1);
const uint32 l_2058 = min(l_1055, l_2057);
const float l_2059 = buffer_1[l_2058];
const float l_2060 = (l_2056) ? l_2059 : float(0.0);
const float l_1056 = l_2060;
const float l_1057 = l_1049 * l_1056;
l_mut_36 = l_mut_36 + l_1057;
}
const bool l_1058 = uint32(35) < l_632;
if (l_1058) {
const uint32 l_1059 = l_mut_633 * uint32(64);
const uint32 l_1060 = l_1059 + uint32(35);
const float l_1061 = shared_memory_6[l_1060];
const uint32 l_1062 = l_mut_11 + uint32(35);
const uint32 l_1063 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_1064 = l_1062 * l_1063;
const uint32 l_1065 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_1066 = l_mut_27 * l_1065;
const uint32 l_1067 = l_1064 + l_1066;
const uint32 l_2061 = info.static_meta[uint32(1)];
const uint32 l_2062 = l_2061 * uint32(1);
const bool l_2063 = l_1067 < l_2062;
const uint32 l_2064 = l_2062 - uint32(1);
const uint32 l_2065 = min(l_1067, l_2064);
const float l_2066 = buffer_1[l_2065];
const float l_2067 = (l_2063) ? l_2066 : float(0.0);
const float l_1068 = l_2067;
const float l_1069 = l_1061 * l_1068;
l_mut_36 = l_mut_36 + l_1069;
}
const bool l_1070 = uint32(36) < l_632;
if (l_1070) {
const uint32 l_1071 = l_mut_633 * uint32(64);
const uint32 l_1072 = l_1071 + uint32(36);
const float l_1073 = shared_memory_6[l_1072];
const uint32 l_1074 = l_mut_11 + uint32(36);
const uint32 l_1075 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_1076 = l_1074 * l_1075;
const uint32 l_1077 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_1078 = l_mut_27 * l_1077;
const uint32 l_1079 = l_1076 + l_1078;
const uint32 l_2068 = info.static_meta[uint32(1)];
const uint32 l_2069 = l_2068 * uint32(1);
const bool l_2070 = l_1079 < l_2069;
const uint32 l_2071 = l_2069 - uint32(1);
const uint32 l_2072 = min(l_1079, l_2071);
const float l_2073 = buffer_1[l_2072];
const float l_2074 = (l_2070) ? l_2073 : float(0.0);
const float l_1080 = l_2074;
const float l_1081 = l_1073 * l_1080;
l_mut_36 = l_mut_36 + l_1081;
}
const bool l_1082 = uint32(37) < l_632;
if (l_1082) {
const uint32 l_1083 = l_mut_633 * uint32(64);
const uint32 l_1084 = l_1083 + uint32(37);
const float l_1085 = shared_memory_6[l_1084];
const uint32 l_1086 = l_mut_11 + uint32(37);
const uint32 l_1087 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_1088 = l_1086 * l_1087;
const uint32 l_1089 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_1090 = l_mut_27 * l_1089;
const uint32 l_1091 = l_1088 + l_1090;
const uint32 l_2075 = info.static_meta[uint32(1)];
const uint32 l_2076 = l_2075 * uint32(1);
const bool l_2077 = l_1091 < l_2076;
const uint32 l_2078 = l_2076 - uint32(1);
const uint32 l_2079 = min(l_1091, l_2078);
const float l_2080 = buffer_1[l_2079];
const float l_2081 = (l_2077) ? l_2080 : float(0.0);
const float l_1092 = l_2081;
const float l_1093 = l_1085 * l_1092;
l_mut_36 = l_mut_36 + l_1093;
}
const bool l_1094 = uint32(38) < l_632;
if (l_1094) {
const uint32 l_1095 = l_mut_633 * uint32(64);
const uint32 l_1096 = l_1095 + uint32(38);
const float l_1097 = shared_memory_6[l_1096];
const uint32 l_1098 = l_mut_11 + uint32(38);
const uint32 l_1099 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_1100 = l_1098 * l_1099;
const uint32 l_1101 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_1102 = l_mut_27 * l_1101;
const uint32 l_1103 = l_1100 + l_1102;
const uint32 l_2082 = info.static_meta[uint32(1)];
const uint32 l_2083 = l_2082 * uint32(1);
const bool l_2084 = l_1103 < l_2083;
const uint32 l_2085 = l_2083 - uint32(1);
const uint32 l_2086 = min(l_1103, l_2085);
const float l_2087 = buffer_1[l_2086];
const float l_2088 = (l_2084) ? l_2087 : float(0.0);
const float l_1104 = l_2088;
const float l_1105 = l_1097 * l_1104;
l_mut_36 = l_mut_36 + l_1105;
}
const bool l_1106 = uint32(39) < l_632;
if (l_1106) {
const uint32 l_1107 = l_mut_633 * uint32(64);
const uint32 l_1108 = l_1107 + uint32(39);
const float l_1109 = shared_memory_6[l_1108];
const uint32 l_1110 = l_mut_11 + uint32(39);
const uint32 l_1111 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_1112 = l_1110 * l_1111;
const uint32 l_1113 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_1114 = l_mut_27 * l_1113;
const uint32 l_1115 = l_1112 + l_1114;
const uint32 l_2089 = info.static_meta[uint32(1)];
const uint32 l_2090 = l_2089 * uint32(1);
const bool l_2091 = l_1115 < l_2090;
const uint32 l_2092 = l_2090 - uint32(1);
const uint32 l_2093 = min(l_1115, l_2092);
const float l_2094 = buffer_1[l_2093];
const float l_2095 = (l_2091) ? l_2094 : float(0.0);
const float l_1116 = l_2095;
const float l_1117 = l_1109 * l_1116;
l_mut_36 = l_mut_36 + l_1117;
}
const bool l_1118 = uint32(40) < l_632;
if (l_1118) {
const uint32 l_1119 = l_mut_633 * uint32(64);
const uint32 l_1120 = l_1119 + uint32(40);
const float l_1121 = shared_memory_6[l_1120];
const uint32 l_1122 = l_mut_11 + uint32(40);
const uint32 l_1123 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_1124 = l_1122 * l_1123;
const uint32 l_1125 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_1126 = l_mut_27 * l_1125;
const uint32 l_1127 = l_1124 + l_1126;
const uint32 l_2096 = info.static_meta[uint32(1)];
const uint32 l_2097 = l_2096 * uint32(1);
const bool l_2098 = l_1127 < l_2097;
const uint32 l_2099 = l_2097 - uint32(1);
const uint32 l_2100 = min(l_1127, l_2099);
const float l_2101 = buffer_1[l_2100];
const float l_2102 = (l_2098) ? l_2101 : float(0.0);
const float l_1128 = l_2102;
const float l_1129 = l_1121 * l_1128;
l_mut_36 = l_mut_36 + l_1129;
}
const bool l_1130 = uint32(41) < l_632;
if (l_1130) {
const uint32 l_1131 = l_mut_633 * uint32(64);
const uint32 l_1132 = l_1131 + uint32(41);
const float l_1133 = shared_memory_6[l_1132];
const uint32 l_1134 = l_mut_11 + uint32(41);
const uint32 l_1135 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_1136 = l_1134 * l_1135;
const uint32 l_1137 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_1138 = l_mut_27 * l_1137;
const uint32 l_1139 = l_1136 + l_1138;
const uint32 l_2103 = info.static_meta[uint32(1)];
const uint32 l_2104 = l_2103 * uint32(1);
const bool l_2105 = l_1139 < l_2104;
const uint32 l_2106 = l_2104 - uint32(1);
const uint32 l_2107 = min(l_1139, l_2106);
const float l_2108 = buffer_1[l_2107];
const float l_2109 = (l_2105) ? l_2108 : float(0.0);
const float l_1140 = l_2109;
const float l_1141 = l_1133 * l_1140;
l_mut_36 = l_mut_36 + l_1141;
}
const bool l_1142 = uint32(42) < l_632;
if (l_1142) {
const uint32 l_1143 = l_mut_633 * uint32(64);
const uint32 l_1144 = l_1143 + uint32(42);
const float l_1145 = shared_memory_6[l_1144];
const uint32 l_1146 = l_mut_11 + uint32(42);
const uint32 l_1147 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_1148 = l_1146 * l_1147;
const uint32 l_1149 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_1150 = l_mut_27 * l_1149;
const uint32 l_1151 = l_1148 + l_1150;
const uint32 l_2110 = info.static_meta[uint32(1)];
const uint32 l_2111 = l_2110 * uint32(1);
const bool l_2112 = l_1151 < l_2111;
const uint32 l_2113 = l_2111 - uint32(1);
const uint32 l_2114 = min(l_1151, l_2113);
const float l_2115 = buffer_1[l_2114];
const float l_2116 = (l_2112) ? l_2115 : float(0.0);
const float l_1152 = l_2116;
const float l_1153 = l_1145 * l_1152;
l_mut_36 = l_mut_36 + l_1153;
}
const bool l_1154 = uint32(43) < l_632;
if (l_1154) {
const uint32 l_1155 = l_mut_633 * uint32(64);
const uint32 l_1156 = l_1155 + uint32(43);
const float l_1157 = shared_memory_6[l_1156];
const uint32 l_1158 = l_mut_11 + uint32(43);
const uint32 l_1159 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_1160 = l_1158 * l_1159;
const uint32 l_1161 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_1162 = l_mut_27 * l_1161;
const uint32 l_1163 = l_1160 + l_1162;
const uint32 l_2117 = info.static_meta[uint32(1)];
const uint32 l_2118 = l_2117 * uint32(1);
const bool l_2119 = l_1163 < l_2118;
const uint32 l_2120 = l_2118 - uint32(1);
const uint32 l_2121 = min(l_1163, l_2120);
const float l_2122 = buffer_1[l_2121];
const float l_2123 = (l_2119) ? l_2122 : float(0.0);
const float l_1164 = l_2123;
const float l_1165 = l_1157 * l_1164;
l_mut_36 = l_mut_36 + l_1165;
}
const bool l_1166 = uint32(44) < l_632;
if (l_1166) {
const uint32 l_1167 = l_mut_633 * uint32(64);
const uint32 l_1168 = l_1167 + uint32(44);
const float l_1169 = shared_memory_6[l_1168];
const uint32 l_1170 = l_mut_11 + uint32(44);
const uint32 l_1171 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_1172 = l_1170 * l_1171;
const uint32 l_1173 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_1174 = l_mut_27 * l_1173;
const uint32 l_1175 = l_1172 + l_1174;
const uint32 l_2124 = info.static_meta[uint32(1)];
const uint32 l_2125 = l_2124 * uint32(1);
const bool l_2126 = l_1175 < l_2125;
const uint32 l_2127 = l_2125 - uint32(1);
const uint32 l_2128 = min(l_1175, l_2127);
const float l_2129 = buffer_1[l_2128];
const float l_2130 = (l_2126) ? l_2129 : float(0.0);
const float l_1176 = l_2130;
const float l_1177 = l_1169 * l_1176;
l_mut_36 = l_mut_36 + l_1177;
}
const bool l_1178 = uint32(45) < l_632;
if (l_1178) {
const uint32 l_1179 = l_mut_633 * uint32(64);
const uint32 l_1180 = l_1179 + uint32(45);
const float l_1181 = shared_memory_6[l_1180];
const uint32 l_1182 = l_mut_11 + uint32(45);
const uint32 l_1183 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_1184 = l_1182 * l_1183;
const uint32 l_1185 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_1186 = l_mut_27 * l_1185;
const uint32 l_1187 = l_1184 + l_1186;
const uint32 l_2131 = info.static_meta[uint32(1)];
const uint32 l_2132 = l_2131 * uint32(1);
const bool l_2133 = l_1187 < l_2132;
const uint32 l_2134 = l_2132 - uint32(1);
const uint32 l_2135 = min(l_1187, l_2134);
const float l_2136 = buffer_1[l_2135];
const float l_2137 = (l_2133) ? l_2136 : float(0.0);
const float l_1188 = l_2137;
const float l_1189 = l_1181 * l_1188;
l_mut_36 = l_mut_36 + l_1189;
}
const bool l_1190 = uint32(46) < l_632;
if (l_1190) {
const uint32 l_1191 = l_mut_633 * uint32(64);
const uint32 l_1192 = l_1191 + uint32(46);
const float l_1193 = shared_memory_6[l_1192];
const uint32 l_1194 = l_mut_11 + uint32(46);
const uint32 l_1195 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_1196 = l_1194 * l_1195;
const uint32 l_1197 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_1198 = l_mut_27 * l_1197;
const uint32 l_1199 = l_1196 + l_1198;
const uint32 l_2138 = info.static_meta[uint32(1)];
const uint32 l_2139 = l_2138 * uint32(1);
const bool l_2140 = l_1199 < l_2139;
const uint32 l_2141 = l_2139 - uint32(1);
const uint32 l_2142 = min(l_1199, l_2141);
const float l_2143 = buffer_1[l_2142];
const float l_2144 = (l_2140) ? l_2143 : float(0.0);
const float l_1200 = l_2144;
const float l_1201 = l_1193 * l_1200;
l_mut_36 = l_mut_36 + l_1201;
}
const bool l_1202 = uint32(47) < l_632;
if (l_1202) {
const uint32 l_1203 = l_mut_633 * uint32(64);
const uint32 l_1204 = l_1203 + uint32(47);
const float l_1205 = shared_memory_6[l_1204];
const uint32 l_1206 = l_mut_11 + uint32(47);
const uint32 l_1207 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_1208 = l_1206 * l_1207;
const uint32 l_1209 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_1210 = l_mut_27 * l_1209;
const uint32 l_1211 = l_1208 + l_1210;
const uint32 l_2145 = info.static_meta[uint32(1)];
const uint32 l_2146 = l_2145 * uint32(1);
const bool l_2147 = l_1211 < l_2146;
const uint32 l_2148 = l_2146 - uint32(1);
const uint32 l_2149 = min(l_1211, l_2148);
const float l_2150 = buffer_1[l_2149];
const float l_2151 = (l_2147) ? l_2150 : float(0.0);
const float l_1212 = l_2151;
const float l_1213 = l_1205 * l_1212;
l_mut_36 = l_mut_36 + l_1213;
}
const bool l_1214 = uint32(48) < l_632;
if (l_1214) {
const uint32 l_1215 = l_mut_633 * uint32(64);
const uint32 l_1216 = l_1215 + uint32(48);
const float l_1217 = shared_memory_6[l_1216];
const uint32 l_1218 = l_mut_11 + uint32(48);
const uint32 l_1219 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_1220 = l_1218 * l_1219;
const uint32 l_1221 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_1222 = l_mut_27 * l_1221;
const uint32 l_1223 = l_1220 + l_1222;
const uint32 l_2152 = info.static_meta[uint32(1)];
const uint32 l_2153 = l_2152 * uint32(1);
const bool l_2154 = l_1223 < l_2153;
const uint32 l_2155 = l_2153 - uint32(1);
const uint32 l_2156 = min(l_1223, l_2155);
const float l_2157 = buffer_1[l_2156];
const float l_2158 = (l_2154) ? l_2157 : float(0.0);
const float l_1224 = l_2158;
const float l_1225 = l_1217 * l_1224;
l_mut_36 = l_mut_36 + l_1225;
}
const bool l_1226 = uint32(49) < l_632;
if (l_1226) {
const uint32 l_1227 = l_mut_633 * uint32(64);
const uint32 l_1228 = l_1227 + uint32(49);
const float l_1229 = shared_memory_6[l_1228];
const uint32 l_1230 = l_mut_11 + uint32(49);
const uint32 l_1231 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_1232 = l_1230 * l_1231;
const uint32 l_1233 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_1234 = l_mut_27 * l_1233;
const uint32 l_1235 = l_1232 + l_1234;
const uint32 l_2159 = info.static_meta[uint32(1)];
const uint32 l_2160 = l_2159 * uint32(1);
const bool l_2161 = l_1235 < l_2160;
const uint32 l_2162 = l_2160 - uint32(1);
const uint32 l_2163 = min(l_1235, l_2162);
const float l_2164 = buffer_1[l_2163];
const float l_2165 = (l_2161) ? l_2164 : float(0.0);
const float l_1236 = l_2165;
const float l_1237 = l_1229 * l_1236;
l_mut_36 = l_mut_36 + l_1237;
}
const bool l_1238 = uint32(50) < l_632;
if (l_1238) {
const uint32 l_1239 = l_mut_633 * uint32(64);
const uint32 l_1240 = l_1239 + uint32(50);
const float l_1241 = shared_memory_6[l_1240];
const uint32 l_1242 = l_mut_11 + uint32(50);
const uint32 l_1243 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_1244 = l_1242 * l_1243;
const uint32 l_1245 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_1246 = l_mut_27 * l_1245;
const uint32 l_1247 = l_1244 + l_1246;
const uint32 l_2166 = info.static_meta[uint32(1)];
const uint32 l_2167 = l_2166 * uint32(1);
const bool l_2168 = l_1247 < l_2167;
const uint32 l_2169 = l_2167 - uint32(1);
const uint32 l_2170 = min(l_1247, l_2169);
const float l_2171 = buffer_1[l_2170];
const float l_2172 = (l_2168) ? l_2171 : float(0.0);
const float l_1248 = l_2172;
const float l_1249 = l_1241 * l_1248;
l_mut_36 = l_mut_36 + l_1249;
}
const bool l_1250 = uint32(51) < l_632;
if (l_1250) {
const uint32 l_1251 = l_mut_633 * uint32(64);
const uint32 l_1252 = l_1251 + uint32(51);
const float l_1253 = shared_memory_6[l_1252];
const uint32 l_1254 = l_mut_11 + uint32(51);
const uint32 l_1255 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_1256 = l_1254 * l_1255;
const uint32 l_1257 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_1258 = l_mut_27 * l_1257;
const uint32 l_1259 = l_1256 + l_1258;
const uint32 l_2173 = info.static_meta[uint32(1)];
const uint32 l_2174 = l_2173 * uint32(1);
const bool l_2175 = l_1259 < l_2174;
const uint32 l_2176 = l_2174 - uint32(1);
const uint32 l_2177 = min(l_1259, l_2176);
const float l_2178 = buffer_1[l_2177];
const float l_2179 = (l_2175) ? l_2178 : float(0.0);
const float l_1260 = l_2179;
const float l_1261 = l_1253 * l_1260;
l_mut_36 = l_mut_36 + l_1261;
}
const bool l_1262 = uint32(52) < l_632;
if (l_1262) {
const uint32 l_1263 = l_mut_633 * uint32(64);
const uint32 l_1264 = l_1263 + uint32(52);
const float l_1265 = shared_memory_6[l_1264];
const uint32 l_1266 = l_mut_11 + uint32(52);
const uint32 l_1267 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_1268 = l_1266 * l_1267;
const uint32 l_1269 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_1270 = l_mut_27 * l_1269;
const uint32 l_1271 = l_1268 + l_1270;
const uint32 l_2180 = info.static_meta[uint32(1)];
const uint32 l_2181 = l_2180 * uint32(1);
const bool l_2182 = l_1271 < l_2181;
const uint32 l_2183 = l_2181 - uint32(1);
const uint32 l_2184 = min(l_1271, l_2183);
const float l_2185 = buffer_1[l_2184];
const float l_2186 = (l_2182) ? l_2185 : float(0.0);
const float l_1272 = l_2186;
const float l_1273 = l_1265 * l_1272;
l_mut_36 = l_mut_36 + l_1273;
}
const bool l_1274 = uint32(53) < l_632;
if (l_1274) {
const uint32 l_1275 = l_mut_633 * uint32(64);
const uint32 l_1276 = l_1275 + uint32(53);
const float l_1277 = shared_memory_6[l_1276];
const uint32 l_1278 = l_mut_11 + uint32(53);
const uint32 l_1279 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_1280 = l_1278 * l_1279;
const uint32 l_1281 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_1282 = l_mut_27 * l_1281;
const uint32 l_1283 = l_1280 + l_1282;
const uint32 l_2187 = info.static_meta[uint32(1)];
const uint32 l_2188 = l_2187 * uint32(1);
const bool l_2189 = l_1283 < l_2188;
const uint32 l_2190 = l_2188 - uint32(1);
const uint32 l_2191 = min(l_1283, l_2190);
const float l_2192 = buffer_1[l_2191];
const float l_2193 = (l_2189) ? l_2192 : float(0.0);
const float l_1284 = l_2193;
const float l_1285 = l_1277 * l_1284;
l_mut_36 = l_mut_36 + l_1285;
}
const bool l_1286 = uint32(54) < l_632;
if (l_1286) {
const uint32 l_1287 = l_mut_633 * uint32(64);
const uint32 l_1288 = l_1287 + uint32(54);
const float l_1289 = shared_memory_6[l_1288];
const uint32 l_1290 = l_mut_11 + uint32(54);
const uint32 l_1291 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_1292 = l_1290 * l_1291;
const uint32 l_1293 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_1294 = l_mut_27 * l_1293;
const uint32 l_1295 = l_1292 + l_1294;
const uint32 l_2194 = info.static_meta[uint32(1)];
const uint32 l_2195 = l_2194 * uint32(1);
const bool l_2196 = l_1295 < l_2195;
const uint32 l_2197 = l_2195 - uint32(1);
const uint32 l_2198 = min(l_1295, l_2197);
const float l_2199 = buffer_1[l_2198];
const float l_2200 = (l_2196) ? l_2199 : float(0.0);
const float l_1296 = l_2200;
const float l_1297 = l_1289 * l_1296;
l_mut_36 = l_mut_36 + l_1297;
}
const bool l_1298 = uint32(55) < l_632;
if (l_1298) {
const uint32 l_1299 = l_mut_633 * uint32(64);
const uint32 l_1300 = l_1299 + uint32(55);
const float l_1301 = shared_memory_6[l_1300];
const uint32 l_1302 = l_mut_11 + uint32(55);
const uint32 l_1303 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_1304 = l_1302 * l_1303;
const uint32 l_1305 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_1306 = l_mut_27 * l_1305;
const uint32 l_1307 = l_1304 + l_1306;
const uint32 l_2201 = info.static_meta[uint32(1)];
const uint32 l_2202 = l_2201 * uint32(1);
const bool l_2203 = l_1307 < l_2202;
const uint32 l_2204 = l_2202 - uint32(1);
const uint32 l_2205 = min(l_1307, l_2204);
const float l_2206 = buffer_1[l_2205];
const float l_2207 = (l_2203) ? l_2206 : float(0.0);
const float l_1308 = l_2207;
const float l_1309 = l_1301 * l_1308;
l_mut_36 = l_mut_36 + l_1309;
}
const bool l_1310 = uint32(56) < l_632;
if (l_1310) {
const uint32 l_1311 = l_mut_633 * uint32(64);
const uint32 l_1312 = l_1311 + uint32(56);
const float l_1313 = shared_memory_6[l_1312];
const uint32 l_1314 = l_mut_11 + uint32(56);
const uint32 l_1315 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_1316 = l_1314 * l_1315;
const uint32 l_1317 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_1318 = l_mut_27 * l_1317;
const uint32 l_1319 = l_1316 + l_1318;
const uint32 l_2208 = info.static_meta[uint32(1)];
const uint32 l_2209 = l_2208 * uint32(1);
const bool l_2210 = l_1319 < l_2209;
const uint32 l_2211 = l_2209 - uint32(1);
const uint32 l_2212 = min(l_1319, l_2211);
const float l_2213 = buffer_1[l_2212];
const float l_2214 = (l_2210) ? l_2213 : float(0.0);
const float l_1320 = l_2214;
const float l_1321 = l_1313 * l_1320;
l_mut_36 = l_mut_36 + l_1321;
}
const bool l_1322 = uint32(57) < l_632;
if (l_1322) {
const uint32 l_1323 = l_mut_633 * uint32(64);
const uint32 l_1324 = l_1323 + uint32(57);
const float l_1325 = shared_memory_6[l_1324];
const uint32 l_1326 = l_mut_11 + uint32(57);
const uint32 l_1327 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_1328 = l_1326 * l_1327;
const uint32 l_1329 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_1330 = l_mut_27 * l_1329;
const uint32 l_1331 = l_1328 + l_1330;
const uint32 l_2215 = info.static_meta[uint32(1)];
const uint32 l_2216 = l_2215 * uint32(1);
const bool l_2217 = l_1331 < l_2216;
const uint32 l_2218 = l_2216 - uint32(1);
const uint32 l_2219 = min(l_1331, l_2218);
const float l_2220 = buffer_1[l_2219];
const float l_2221 = (l_2217) ? l_2220 : float(0.0);
const float l_1332 = l_2221;
const float l_1333 = l_1325 * l_1332;
l_mut_36 = l_mut_36 + l_1333;
}
const bool l_1334 = uint32(58) < l_632;
if (l_1334) {
const uint32 l_1335 = l_mut_633 * uint32(64);
const uint32 l_1336 = l_1335 + uint32(58);
const float l_1337 = shared_memory_6[l_1336];
const uint32 l_1338 = l_mut_11 + uint32(58);
const uint32 l_1339 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_1340 = l_1338 * l_1339;
const uint32 l_1341 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_1342 = l_mut_27 * l_1341;
const uint32 l_1343 = l_1340 + l_1342;
const uint32 l_2222 = info.static_meta[uint32(1)];
const uint32 l_2223 = l_2222 * uint32(1);
const bool l_2224 = l_1343 < l_2223;
const uint32 l_2225 = l_2223 - uint32(1);
const uint32 l_2226 = min(l_1343, l_2225);
const float l_2227 = buffer_1[l_2226];
const float l_2228 = (l_2224) ? l_2227 : float(0.0);
const float l_1344 = l_2228;
const float l_1345 = l_1337 * l_1344;
l_mut_36 = l_mut_36 + l_1345;
}
const bool l_1346 = uint32(59) < l_632;
if (l_1346) {
const uint32 l_1347 = l_mut_633 * uint32(64);
const uint32 l_1348 = l_1347 + uint32(59);
const float l_1349 = shared_memory_6[l_1348];
const uint32 l_1350 = l_mut_11 + uint32(59);
const uint32 l_1351 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_1352 = l_1350 * l_1351;
const uint32 l_1353 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_1354 = l_mut_27 * l_1353;
const uint32 l_1355 = l_1352 + l_1354;
const uint32 l_2229 = info.static_meta[uint32(1)];
const uint32 l_2230 = l_2229 * uint32(1);
const bool l_2231 = l_1355 < l_2230;
const uint32 l_2232 = l_2230 - uint32(1);
const uint32 l_2233 = min(l_1355, l_2232);
const float l_2234 = buffer_1[l_2233];
const float l_2235 = (l_2231) ? l_2234 : float(0.0);
const float l_1356 = l_2235;
const float l_1357 = l_1349 * l_1356;
l_mut_36 = l_mut_36 + l_1357;
}
const bool l_1358 = uint32(60) < l_632;
if (l_1358) {
const uint32 l_1359 = l_mut_633 * uint32(64);
const uint32 l_1360 = l_1359 + uint32(60);
const float l_1361 = shared_memory_6[l_1360];
const uint32 l_1362 = l_mut_11 + uint32(60);
const uint32 l_1363 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_1364 = l_1362 * l_1363;
const uint32 l_1365 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_1366 = l_mut_27 * l_1365;
const uint32 l_1367 = l_1364 + l_1366;
const uint32 l_2236 = info.static_meta[uint32(1)];
const uint32 l_2237 = l_2236 * uint32(1);
const bool l_2238 = l_1367 < l_2237;
const uint32 l_2239 = l_2237 - uint32(1);
const uint32 l_2240 = min(l_1367, l_2239);
const float l_2241 = buffer_1[l_2240];
const float l_2242 = (l_2238) ? l_2241 : float(0.0);
const float l_1368 = l_2242;
const float l_1369 = l_1361 * l_1368;
l_mut_36 = l_mut_36 + l_1369;
}
const bool l_1370 = uint32(61) < l_632;
if (l_1370) {
const uint32 l_1371 = l_mut_633 * uint32(64);
const uint32 l_1372 = l_1371 + uint32(61);
const float l_1373 = shared_memory_6[l_1372];
const uint32 l_1374 = l_mut_11 + uint32(61);
const uint32 l_1375 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_1376 = l_1374 * l_1375;
const uint32 l_1377 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_1378 = l_mut_27 * l_1377;
const uint32 l_1379 = l_1376 + l_1378;
const uint32 l_2243 = info.static_meta[uint32(1)];
const uint32 l_2244 = l_2243 * uint32(1);
const bool l_2245 = l_1379 < l_2244;
const uint32 l_2246 = l_2244 - uint32(1);
const uint32 l_2247 = min(l_1379, l_2246);
const float l_2248 = buffer_1[l_2247];
const float l_2249 = (l_2245) ? l_2248 : float(0.0);
const float l_1380 = l_2249;
const float l_1381 = l_1373 * l_1380;
l_mut_36 = l_mut_36 + l_1381;
}
const bool l_1382 = uint32(62) < l_632;
if (l_1382) {
const uint32 l_1383 = l_mut_633 * uint32(64);
const uint32 l_1384 = l_1383 + uint32(62);
const float l_1385 = shared_memory_6[l_1384];
const uint32 l_1386 = l_mut_11 + uint32(62);
const uint32 l_1387 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_1388 = l_1386 * l_1387;
const uint32 l_1389 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_1390 = l_mut_27 * l_1389;
const uint32 l_1391 = l_1388 + l_1390;
const uint32 l_2250 = info.static_meta[uint32(1)];
const uint32 l_2251 = l_2250 * uint32(1);
const bool l_2252 = l_1391 < l_2251;
const uint32 l_2253 = l_2251 - uint32(1);
const uint32 l_2254 = min(l_1391, l_2253);
const float l_2255 = buffer_1[l_2254];
const float l_2256 = (l_2252) ? l_2255 : float(0.0);
const float l_1392 = l_2256;
const float l_1393 = l_1385 * l_1392;
l_mut_36 = l_mut_36 + l_1393;
}
const bool l_1394 = uint32(63) < l_632;
if (l_1394) {
const uint32 l_1395 = l_mut_633 * uint32(64);
const uint32 l_1396 = l_1395 + uint32(63);
const float l_1397 = shared_memory_6[l_1396];
const uint32 l_1398 = l_mut_11 + uint32(63);
const uint32 l_1399 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_1400 = l_1398 * l_1399;
const uint32 l_1401 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_1402 = l_mut_27 * l_1401;
const uint32 l_1403 = l_1400 + l_1402;
const uint32 l_2257 = info.static_meta[uint32(1)];
const uint32 l_2258 = l_2257 * uint32(1);
const bool l_2259 = l_1403 < l_2258;
const uint32 l_2260 = l_2258 - uint32(1);
const uint32 l_2261 = min(l_1403, l_2260);
const float l_2262 = buffer_1[l_2261];
const float l_2263 = (l_2259) ? l_2262 : float(0.0);
const float l_1404 = l_2263;
const float l_1405 = l_1397 * l_1404;
l_mut_36 = l_mut_36 + l_1405;
}
const uint32 l_1406 = l_3 + l_mut_633;
const uint32 l_1407 = l_1406 * l_2;
const uint32 l_1408 = l_1407 + l_mut_27;
const float l_1409 = info.scalars_float[0] * l_mut_36;
const uint32 l_1806 = info.static_meta[uint32(4)];
const uint32 l_1807 = l_1806 * uint32(1);
const bool l_1808 = l_1408 < l_1807;
const uint32 l_1809 = l_1807 - uint32(1);
const uint32 l_1810 = min(l_1408, l_1809);
const float l_1811 = buffer_4[l_1810];
const float l_1812 = (l_1808) ? l_1811 : float(0.0);
const float l_1410 = l_1812;
const float l_1411 = l_1410 + l_1409;
const uint32 l_1813 = info.static_meta[uint32(4)];
const uint32 l_1814 = l_1813 * uint32(1);
const bool l_1815 = l_1408 < l_1814;
if (l_1815) {
buffer_4[l_1408] = l_1411;
}
l_mut_27 = l_mut_27 + uint32(256);
}
}
}
__syncthreads();

l_mut_11 = l_mut_11 + uint32(64);
}
const bool l_1412 = threadIdxGlobal < uint32(64);
if (l_1412) {
const uint32 l_1413 = l_3 + threadIdxGlobal;
l_mut_36 = float(0.0);
const bool l_1414 = l_1413 < l_0;
if (l_1414) {

for (uint32 l_mut_1415 = uint32(0); l_mut_1415 < l_2; ++l_mut_1415) {
const uint32 l_1416 = l_1413 * l_2;
const uint32 l_1417 = l_1416 + l_mut_1415;
const uint32 l_2271 = info.static_meta[uint32(4)];
const uint32 l_2272 = l_2271 * uint32(1);
const bool l_2273 = l_1417 < l_2272;
const uint32 l_2274 = l_2272 - uint32(1);
const uint32 l_2275 = min(l_1417, l_2274);
const float l_2276 = buffer_4[l_2275];
const float l_2277 = (l_2273) ? l_2276 : float(0.0);
const float l_1418 = l_2277;
const uint32 l_1419 = dynamic_meta[info.static_meta[uint32(18)] + uint32(0)];
const uint32 l_1420 = l_1413 * l_1419;
const uint32 l_1421 = dynamic_meta[info.static_meta[uint32(18)] + uint32(1)];
const uint32 l_1422 = l_mut_1415 * l_1421;
const uint32 l_1423 = l_1420 + l_1422;
const uint32 l_2278 = info.static_meta[uint32(0)];
const uint32 l_2279 = l_2278 * uint32(1);
const bool l_2280 = l_1423 < l_2279;
const uint32 l_2281 = l_2279 - uint32(1);
const uint32 l_2282 = min(l_1423, l_2281);
const float l_2283 = buffer_0[l_2282];
const float l_2284 = (l_2280) ? l_2283 : float(0.0);
const float l_1424 = l_2284;
const float l_1425 = l_1418 * l_1424;
l_mut_36 = l_mut_36 + l_1425;
}
const uint32 l_2264 = info.static_meta[uint32(2)];
const uint32 l_2265 = l_2264 * uint32(1);
const bool l_2266 = l_1413 < l_2265;
const uint32 l_2267 = l_2265 - uint32(1);
const uint32 l_2268 = min(l_1413, l_2267);
const float l_2269 = buffer_2[l_2268];
const float l_2270 = (l_2266) ? l_2269 : float(0.0);
const float l_1426 = l_2270;
l_mut_36 = l_mut_36 / l_1426;
}
shared_memory_6[threadIdxGlobal] = l_mut_36;
}
__syncthreads();


for (uint32 l_mut_1427 = uint32(0); l_mut_1427 < uint32(64); ++l_mut_1427) {
const uint32 l_1428 = l_3 + l_mut_1427;
const bool l_1429 = l_1428 < l_0;
if (l_1429) {
l_mut_27 = threadIdxGlobal;
while (true) {
const bool l_1430 = l_mut_27 < l_2;
const bool l_1431 = !l_1430;
if (l_1431) {
break;}
const uint32 l_1432 = l_1428 * l_2;
const uint32 l_1433 = l_1432 + l_mut_27;
const uint32 l_2285 = info.static_meta[uint32(4)];
const uint32 l_2286 = l_2285 * uint32(1);
const bool l_2287 = l_1433 < l_2286;
const uint32 l_2288 = l_2286 - uint32(1);
const uint32 l_2289 = min(l_1433, l_2288);
const float l_2290 = buffer_4[l_2289];
const float l_2291 = (l_2287) ? l_2290 : float(0.0);
const float l_1434 = l_2291;
l_mut_36 = l_1434;
const uint32 l_1435 = dynamic_meta[info.static_meta[uint32(18)] + uint32(0)];
const uint32 l_1436 = l_1428 * l_1435;
const uint32 l_1437 = dynamic_meta[info.static_meta[uint32(18)] + uint32(1)];
const uint32 l_1438 = l_mut_27 * l_1437;
const uint32 l_1439 = l_1436 + l_1438;
const uint32 l_2292 = info.static_meta[uint32(0)];
const uint32 l_2293 = l_2292 * uint32(1);
const bool l_2294 = l_1439 < l_2293;
const uint32 l_2295 = l_2293 - uint32(1);
const uint32 l_2296 = min(l_1439, l_2295);
const float l_2297 = buffer_0[l_2296];
const float l_2298 = (l_2294) ? l_2297 : float(0.0);
const float l_1440 = l_2298;
const uint32 l_2299 = info.static_meta[uint32(2)];
const uint32 l_2300 = l_2299 * uint32(1);
const bool l_2301 = l_1428 < l_2300;
const uint32 l_2302 = l_2300 - uint32(1);
const uint32 l_2303 = min(l_1428, l_2302);
const float l_2304 = buffer_2[l_2303];
const float l_2305 = (l_2301) ? l_2304 : float(0.0);
const float l_1441 = l_2305;
const float l_1442 = l_1440 / l_1441;
const float l_1443 = shared_memory_6[l_mut_1427];
const float l_1444 = l_1442 * l_1443;
const float l_1445 = l_mut_36 - l_1444;
const uint32 l_2306 = info.static_meta[uint32(2)];
const uint32 l_2307 = l_2306 * uint32(1);
const bool l_2308 = l_1428 < l_2307;
const uint32 l_2309 = l_2307 - uint32(1);
const uint32 l_2310 = min(l_1428, l_2309);
const float l_2311 = buffer_2[l_2310];
const float l_2312 = (l_2308) ? l_2311 : float(0.0);
const float l_1446 = l_2312;
const float l_1447 = l_1445 / l_1446;
l_mut_36 = l_1447;
const uint32 l_1448 = dynamic_meta[info.static_meta[uint32(20)] + uint32(0)];
const uint32 l_1449 = l_1428 * l_1448;
const uint32 l_1450 = dynamic_meta[info.static_meta[uint32(20)] + uint32(1)];
const uint32 l_1451 = l_mut_27 * l_1450;
const uint32 l_1452 = l_1449 + l_1451;
const uint32 l_2313 = info.static_meta[uint32(5)];
const uint32 l_2314 = l_2313 * uint32(1);
const bool l_2315 = l_1452 < l_2314;
if (l_2315) {
buffer_5[l_1452] = l_mut_36;
}
l_mut_27 = l_mut_27 + uint32(256);
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
// ==== launch 0: loss_tiles_x_f32_y_f32 (sigmoid_loss), cube_dim 256x1x1
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
uint32 scalars_uint32[2];uint32 static_meta[16];
};


extern "C" __global__ void __launch_bounds__(256)loss_tiles_x_f32_y_f32 (
    const float* __restrict__ buffer_0, const float* __restrict__ buffer_1, const float* __restrict__ buffer_2, const float* __restrict__ buffer_3, float* buffer_4, const uint32* __restrict__ dynamic_meta, const __grid_constant__ info_st info
) {
uint32 threadIdxGlobal = threadIdx.x + threadIdx.y * blockDim.x + threadIdx.z * (blockDim.x * blockDim.y);
uint32 blockIdxGlobal = (blockIdx.z * gridDim.y * gridDim.x) + (blockIdx.y * gridDim.x) + blockIdx.x;
extern __shared__ __align__(4) uint8 dynamic_shared_mem[];
// Shared array size: 2176, 8704 bytes
float *shared_memory_5 = reinterpret_cast<float*>(&dynamic_shared_mem[0]);
float l_arr_7[4];

float l_arr_8[4];

float l_arr_6[16];

float l_mut_28;
float l_mut_29;
uint32 l_mut_17;
uint32 l_mut_20;
uint32 l_mut_9;
const uint32 l_0 = dynamic_meta[info.static_meta[uint32(12)] + uint32(0)];
const uint32 l_1 = dynamic_meta[info.static_meta[uint32(13)] + uint32(0)];
const uint32 l_2 = blockIdxGlobal * uint32(64);
const uint32 l_3 = threadIdxGlobal / uint32(16);
const uint32 l_4 = threadIdxGlobal % uint32(16);
l_arr_7[uint32(0)] = float(0.0);
l_arr_8[uint32(0)] = float(0.0);
l_arr_7[uint32(1)] = float(0.0);
l_arr_8[uint32(1)] = float(0.0);
l_arr_7[uint32(2)] = float(0.0);
l_arr_8[uint32(2)] = float(0.0);
l_arr_7[uint32(3)] = float(0.0);
l_arr_8[uint32(3)] = float(0.0);
l_mut_9 = uint32(0);
while (true) {
const bool l_10 = l_mut_9 < l_1;
const bool l_11 = !l_10;
if (l_11) {
break;}
const uint32 l_12 = dynamic_meta[info.static_meta[uint32(12)] + uint32(0)];
const uint32 l_13 = dynamic_meta[info.static_meta[uint32(13)] + uint32(0)];
const uint32 l_14 = dynamic_meta[info.static_meta[uint32(12)] + uint32(1)];
const uint32 l_15 = threadIdxGlobal / uint32(16);
const uint32 l_16 = threadIdxGlobal % uint32(16);
l_arr_6[uint32(0)] = float(0.0);
l_arr_6[uint32(1)] = float(0.0);
l_arr_6[uint32(2)] = float(0.0);
l_arr_6[uint32(3)] = float(0.0);
l_arr_6[uint32(4)] = float(0.0);
l_arr_6[uint32(5)] = float(0.0);
l_arr_6[uint32(6)] = float(0.0);
l_arr_6[uint32(7)] = float(0.0);
l_arr_6[uint32(8)] = float(0.0);
l_arr_6[uint32(9)] = float(0.0);
l_arr_6[uint32(10)] = float(0.0);
l_arr_6[uint32(11)] = float(0.0);
l_arr_6[uint32(12)] = float(0.0);
l_arr_6[uint32(13)] = float(0.0);
l_arr_6[uint32(14)] = float(0.0);
l_arr_6[uint32(15)] = float(0.0);
l_mut_17 = uint32(0);
while (true) {
const bool l_18 = l_mut_17 < l_14;
const bool l_19 = !l_18;
if (l_19) {
break;}
l_mut_20 = threadIdxGlobal;
while (true) {
const bool l_21 = l_mut_20 < uint32(1024);
const bool l_22 = !l_21;
if (l_22) {
break;}
const uint32 l_23 = l_mut_20 / uint32(16);
const uint32 l_24 = l_mut_20 % uint32(16);
const uint32 l_25 = l_mut_17 + l_24;
const uint32 l_26 = l_2 + l_23;
const uint32 l_27 = l_mut_9 + l_23;
l_mut_28 = float(0.0);
l_mut_29 = float(0.0);
const bool l_30 = l_26 < l_12;
const bool l_31 = l_25 < l_14;
const bool l_32 = l_30 && l_31;
if (l_32) {
const uint32 l_33 = dynamic_meta[info.static_meta[uint32(14)] + uint32(0)];
const uint32 l_34 = l_26 * l_33;
const uint32 l_35 = dynamic_meta[info.static_meta[uint32(14)] + uint32(1)];
const uint32 l_36 = l_25 * l_35;
const uint32 l_37 = l_34 + l_36;
const uint32 l_670 = info.static_meta[uint32(0)];
const uint32 l_671 = l_670 * uint32(1);
const bool l_672 = l_37 < l_671;
const uint32 l_673 = l_671 - uint32(1);
const uint32 l_674 = min(l_37, l_673);
const float l_675 = buffer_0[l_674];
const float l_676 = (l_672) ? l_675 : float(0.0);
const float l_38 = l_676;
l_mut_28 = l_38;
}
const bool l_39 = l_27 < l_13;
const bool l_40 = l_25 < l_14;
const bool l_41 = l_39 && l_40;
if (l_41) {
const uint32 l_42 = dynamic_meta[info.static_meta[uint32(15)] + uint32(0)];
const uint32 l_43 = l_27 * l_42;
const uint32 l_44 = dynamic_meta[info.static_meta[uint32(15)] + uint32(1)];
const uint32 l_45 = l_25 * l_44;
const uint32 l_46 = l_43 + l_45;
const uint32 l_677 = info.static_meta[uint32(1)];
const uint32 l_678 = l_677 * uint32(1);
const bool l_679 = l_46 < l_678;
const uint32 l_680 = l_678 - uint32(1);
const uint32 l_681 = min(l_46, l_680);
const float l_682 = buffer_1[l_681];
const float l_683 = (l_679) ? l_682 : float(0.0);
const float l_47 = l_683;
l_mut_29 = l_47;
}
const uint32 l_48 = l_23 * uint32(17);
const uint32 l_49 = l_mut_20 % uint32(16);
const uint32 l_50 = l_48 + l_49;
shared_memory_5[l_50] = l_mut_28;
const uint32 l_51 = l_23 * uint32(17);
const uint32 l_52 = uint32(1088) + l_51;
const uint32 l_53 = l_mut_20 % uint32(16);
const uint32 l_54 = l_52 + l_53;
shared_memory_5[l_54] = l_mut_29;
l_mut_20 = l_mut_20 + uint32(256);
}
__syncthreads();


for (uint32 l_mut_55 = uint32(0); l_mut_55 < uint32(16); ++l_mut_55) {
const uint32 l_56 = l_15 + uint32(0);
const uint32 l_57 = l_56 * uint32(17);
const uint32 l_58 = l_57 + l_mut_55;
const float l_59 = shared_memory_5[l_58];
const uint32 l_60 = l_16 + uint32(0);
const uint32 l_61 = l_60 * uint32(17);
const uint32 l_62 = uint32(1088) + l_61;
const uint32 l_63 = l_62 + l_mut_55;
const float l_64 = shared_memory_5[l_63];
const float l_65 = l_59 * l_64;
const float l_66 = l_arr_6[uint32(0)];
const float l_67 = l_66 + l_65;
l_arr_6[uint32(0)] = l_67;
const uint32 l_68 = l_16 + uint32(16);
const uint32 l_69 = l_68 * uint32(17);
const uint32 l_70 = uint32(1088) + l_69;
const uint32 l_71 = l_70 + l_mut_55;
const float l_72 = shared_memory_5[l_71];
const float l_73 = l_59 * l_72;
const float l_74 = l_arr_6[uint32(1)];
const float l_75 = l_74 + l_73;
l_arr_6[uint32(1)] = l_75;
const uint32 l_76 = l_16 + uint32(32);
const uint32 l_77 = l_76 * uint32(17);
const uint32 l_78 = uint32(1088) + l_77;
const uint32 l_79 = l_78 + l_mut_55;
const float l_80 = shared_memory_5[l_79];
const float l_81 = l_59 * l_80;
const float l_82 = l_arr_6[uint32(2)];
const float l_83 = l_82 + l_81;
l_arr_6[uint32(2)] = l_83;
const uint32 l_84 = l_16 + uint32(48);
const uint32 l_85 = l_84 * uint32(17);
const uint32 l_86 = uint32(1088) + l_85;
const uint32 l_87 = l_86 + l_mut_55;
const float l_88 = shared_memory_5[l_87];
const float l_89 = l_59 * l_88;
const float l_90 = l_arr_6[uint32(3)];
const float l_91 = l_90 + l_89;
l_arr_6[uint32(3)] = l_91;
const uint32 l_92 = l_15 + uint32(16);
const uint32 l_93 = l_92 * uint32(17);
const uint32 l_94 = l_93 + l_mut_55;
const float l_95 = shared_memory_5[l_94];
const uint32 l_96 = l_16 + uint32(0);
const uint32 l_97 = l_96 * uint32(17);
const uint32 l_98 = uint32(1088) + l_97;
const uint32 l_99 = l_98 + l_mut_55;
const float l_100 = shared_memory_5[l_99];
const float l_101 = l_95 * l_100;
const float l_102 = l_arr_6[uint32(4)];
const float l_103 = l_102 + l_101;
l_arr_6[uint32(4)] = l_103;
const uint32 l_104 = l_16 + uint32(16);
const uint32 l_105 = l_104 * uint32(17);
const uint32 l_106 = uint32(1088) + l_105;
const uint32 l_107 = l_106 + l_mut_55;
const float l_108 = shared_memory_5[l_107];
const float l_109 = l_95 * l_108;
const float l_110 = l_arr_6[uint32(5)];
const float l_111 = l_110 + l_109;
l_arr_6[uint32(5)] = l_111;
const uint32 l_112 = l_16 + uint32(32);
const uint32 l_113 = l_112 * uint32(17);
const uint32 l_114 = uint32(1088) + l_113;
const uint32 l_115 = l_114 + l_mut_55;
const float l_116 = shared_memory_5[l_115];
const float l_117 = l_95 * l_116;
const float l_118 = l_arr_6[uint32(6)];
const float l_119 = l_118 + l_117;
l_arr_6[uint32(6)] = l_119;
const uint32 l_120 = l_16 + uint32(48);
const uint32 l_121 = l_120 * uint32(17);
const uint32 l_122 = uint32(1088) + l_121;
const uint32 l_123 = l_122 + l_mut_55;
const float l_124 = shared_memory_5[l_123];
const float l_125 = l_95 * l_124;
const float l_126 = l_arr_6[uint32(7)];
const float l_127 = l_126 + l_125;
l_arr_6[uint32(7)] = l_127;
const uint32 l_128 = l_15 + uint32(32);
const uint32 l_129 = l_128 * uint32(17);
const uint32 l_130 = l_129 + l_mut_55;
const float l_131 = shared_memory_5[l_130];
const uint32 l_132 = l_16 + uint32(0);
const uint32 l_133 = l_132 * uint32(17);
const uint32 l_134 = uint32(1088) + l_133;
const uint32 l_135 = l_134 + l_mut_55;
const float l_136 = shared_memory_5[l_135];
const float l_137 = l_131 * l_136;
const float l_138 = l_arr_6[uint32(8)];
const float l_139 = l_138 + l_137;
l_arr_6[uint32(8)] = l_139;
const uint32 l_140 = l_16 + uint32(16);
const uint32 l_141 = l_140 * uint32(17);
const uint32 l_142 = uint32(1088) + l_141;
const uint32 l_143 = l_142 + l_mut_55;
const float l_144 = shared_memory_5[l_143];
const float l_145 = l_131 * l_144;
const float l_146 = l_arr_6[uint32(9)];
const float l_147 = l_146 + l_145;
l_arr_6[uint32(9)] = l_147;
const uint32 l_148 = l_16 + uint32(32);
const uint32 l_149 = l_148 * uint32(17);
const uint32 l_150 = uint32(1088) + l_149;
const uint32 l_151 = l_150 + l_mut_55;
const float l_152 = shared_memory_5[l_151];
const float l_153 = l_131 * l_152;
const float l_154 = l_arr_6[uint32(10)];
const float l_155 = l_154 + l_153;
l_arr_6[uint32(10)] = l_155;
const uint32 l_156 = l_16 + uint32(48);
const uint32 l_157 = l_156 * uint32(17);
const uint32 l_158 = uint32(1088) + l_157;
const uint32 l_159 = l_158 + l_mut_55;
const float l_160 = shared_memory_5[l_159];
const float l_161 = l_131 * l_160;
const float l_162 = l_arr_6[uint32(11)];
const float l_163 = l_162 + l_161;
l_arr_6[uint32(11)] = l_163;
const uint32 l_164 = l_15 + uint32(48);
const uint32 l_165 = l_164 * uint32(17);
const uint32 l_166 = l_165 + l_mut_55;
const float l_167 = shared_memory_5[l_166];
const uint32 l_168 = l_16 + uint32(0);
const uint32 l_169 = l_168 * uint32(17);
const uint32 l_170 = uint32(1088) + l_169;
const uint32 l_171 = l_170 + l_mut_55;
const float l_172 = shared_memory_5[l_171];
const float l_173 = l_167 * l_172;
const float l_174 = l_arr_6[uint32(12)];
const float l_175 = l_174 + l_173;
l_arr_6[uint32(12)] = l_175;
const uint32 l_176 = l_16 + uint32(16);
const uint32 l_177 = l_176 * uint32(17);
const uint32 l_178 = uint32(1088) + l_177;
const uint32 l_179 = l_178 + l_mut_55;
const float l_180 = shared_memory_5[l_179];
const float l_181 = l_167 * l_180;
const float l_182 = l_arr_6[uint32(13)];
const float l_183 = l_182 + l_181;
l_arr_6[uint32(13)] = l_183;
const uint32 l_184 = l_16 + uint32(32);
const uint32 l_185 = l_184 * uint32(17);
const uint32 l_186 = uint32(1088) + l_185;
const uint32 l_187 = l_186 + l_mut_55;
const float l_188 = shared_memory_5[l_187];
const float l_189 = l_167 * l_188;
const float l_190 = l_arr_6[uint32(14)];
const float l_191 = l_190 + l_189;
l_arr_6[uint32(14)] = l_191;
const uint32 l_192 = l_16 + uint32(48);
const uint32 l_193 = l_192 * uint32(17);
const uint32 l_194 = uint32(1088) + l_193;
const uint32 l_195 = l_194 + l_mut_55;
const float l_196 = shared_memory_5[l_195];
const float l_197 = l_167 * l_196;
const float l_198 = l_arr_6[uint32(15)];
const float l_199 = l_198 + l_197;
l_arr_6[uint32(15)] = l_199;
}
__syncthreads();

l_mut_17 = l_mut_17 + uint32(16);
}
const uint32 l_200 = l_2 + l_3;
const uint32 l_201 = l_200 + uint32(0);
const uint32 l_202 = l_mut_9 + l_4;
const uint32 l_203 = l_202 + uint32(0);
const bool l_204 = l_201 < l_0;
const bool l_205 = l_203 < l_1;
const bool l_206 = l_204 && l_205;
if (l_206) {
const float l_207 = l_arr_6[uint32(0)];
const float l_208 = info.scalars_float[0] * l_207;
l_mut_29 = l_208;
const uint32 l_684 = info.static_meta[uint32(2)];
const uint32 l_685 = l_684 * uint32(1);
const bool l_686 = l_201 < l_685;
const uint32 l_687 = l_685 - uint32(1);
const uint32 l_688 = min(l_201, l_687);
const float l_689 = buffer_2[l_688];
const float l_690 = (l_686) ? l_689 : float(0.0);
const float l_209 = l_690;
const uint32 l_691 = info.static_meta[uint32(3)];
const uint32 l_692 = l_691 * uint32(1);
const bool l_693 = l_203 < l_692;
const uint32 l_694 = l_692 - uint32(1);
const uint32 l_695 = min(l_203, l_694);
const float l_696 = buffer_3[l_695];
const float l_697 = (l_693) ? l_696 : float(0.0);
const float l_210 = l_697;
const float l_211 = l_209 * l_210;
l_mut_29 = l_mut_29 / l_211;
const uint32 l_212 = l_201 + info.scalars_uint32[0];
const uint32 l_213 = l_203 + info.scalars_uint32[1];
const bool l_214 = l_212 == l_213;
const float l_215 = (l_214) ? float(1.0) : float(-1.0);
const float l_216 = l_mut_29 + info.scalars_float[1];
const float l_217 = -info.scalars_float[2];
const float l_218 = l_217 * l_215;
const float l_219 = l_215 * l_216;
const float l_220 = exp(l_219);
const float l_221 = float(1.0) + l_220;
const float l_222 = l_218 / l_221;
const float l_223 = l_222 * l_mut_29;
const float l_224 = l_arr_7[uint32(0)];
const float l_225 = l_224 + l_223;
l_arr_7[uint32(0)] = l_225;
const float l_226 = l_arr_8[uint32(0)];
const float l_227 = l_226 + l_222;
l_arr_8[uint32(0)] = l_227;
}
const uint32 l_228 = l_mut_9 + l_4;
const uint32 l_229 = l_228 + uint32(16);
const bool l_230 = l_201 < l_0;
const bool l_231 = l_229 < l_1;
const bool l_232 = l_230 && l_231;
if (l_232) {
const float l_233 = l_arr_6[uint32(1)];
const float l_234 = info.scalars_float[0] * l_233;
l_mut_29 = l_234;
const uint32 l_698 = info.static_meta[uint32(2)];
const uint32 l_699 = l_698 * uint32(1);
const bool l_700 = l_201 < l_699;
const uint32 l_701 = l_699 - uint32(1);
const uint32 l_702 = min(l_201, l_701);
const float l_703 = buffer_2[l_702];
const float l_704 = (l_700) ? l_703 : float(0.0);
const float l_235 = l_704;
const uint32 l_705 = info.static_meta[uint32(3)];
const uint32 l_706 = l_705 * uint32(1);
const bool l_707 = l_229 < l_706;
const uint32 l_708 = l_706 - uint32(1);
const uint32 l_709 = min(l_229, l_708);
const float l_710 = buffer_3[l_709];
const float l_711 = (l_707) ? l_710 : float(0.0);
const float l_236 = l_711;
const float l_237 = l_235 * l_236;
l_mut_29 = l_mut_29 / l_237;
const uint32 l_238 = l_201 + info.scalars_uint32[0];
const uint32 l_239 = l_229 + info.scalars_uint32[1];
const bool l_240 = l_238 == l_239;
const float l_241 = (l_240) ? float(1.0) : float(-1.0);
const float l_242 = l_mut_29 + info.scalars_float[1];
const float l_243 = -info.scalars_float[2];
const float l_244 = l_243 * l_241;
const float l_245 = l_241 * l_242;
const float l_246 = exp(l_245);
const float l_247 = float(1.0) + l_246;
const float l_248 = l_244 / l_247;
const float l_249 = l_248 * l_mut_29;
const float l_250 = l_arr_7[uint32(0)];
const float l_251 = l_250 + l_249;
l_arr_7[uint32(0)] = l_251;
const float l_252 = l_arr_8[uint32(0)];
const float l_253 = l_252 + l_248;
l_arr_8[uint32(0)] = l_253;
}
const uint32 l_254 = l_mut_9 + l_4;
const uint32 l_255 = l_254 + uint32(32);
const bool l_256 = l_201 < l_0;
const bool l_257 = l_255 < l_1;
const bool l_258 = l_256 && l_257;
if (l_258) {
const float l_259 = l_arr_6[uint32(2)];
const float l_260 = info.scalars_float[0] * l_259;
l_mut_29 = l_260;
const uint32 l_712 = info.static_meta[uint32(2)];
const uint32 l_713 = l_712 * uint32(1);
const bool l_714 = l_201 < l_713;
const uint32 l_715 = l_713 - uint32(1);
const uint32 l_716 = min(l_201, l_715);
const float l_717 = buffer_2[l_716];
const float l_718 = (l_714) ? l_717 : float(0.0);
const float l_261 = l_718;
const uint32 l_719 = info.static_meta[uint32(3)];
const uint32 l_720 = l_719 * uint32(1);
const bool l_721 = l_255 < l_720;
const uint32 l_722 = l_720 - uint32(1);
const uint32 l_723 = min(l_255, l_722);
const float l_724 = buffer_3[l_723];
const float l_725 = (l_721) ? l_724 : float(0.0);
const float l_262 = l_725;
const float l_263 = l_261 * l_262;
l_mut_29 = l_mut_29 / l_263;
const uint32 l_264 = l_201 + info.scalars_uint32[0];
const uint32 l_265 = l_255 + info.scalars_uint32[1];
const bool l_266 = l_264 == l_265;
const float l_267 = (l_266) ? float(1.0) : float(-1.0);
const float l_268 = l_mut_29 + info.scalars_float[1];
const float l_269 = -info.scalars_float[2];
const float l_270 = l_269 * l_267;
const float l_271 = l_267 * l_268;
const float l_272 = exp(l_271);
const float l_273 = float(1.0) + l_272;
const float l_274 = l_270 / l_273;
const float l_275 = l_274 * l_mut_29;
const float l_276 = l_arr_7[uint32(0)];
const float l_277 = l_276 + l_275;
l_arr_7[uint32(0)] = l_277;
const float l_278 = l_arr_8[uint32(0)];
const float l_279 = l_278 + l_274;
l_arr_8[uint32(0)] = l_279;
}
const uint32 l_280 = l_mut_9 + l_4;
const uint32 l_281 = l_280 + uint32(48);
const bool l_282 = l_201 < l_0;
const bool l_283 = l_281 < l_1;
const bool l_284 = l_282 && l_283;
if (l_284) {
const float l_285 = l_arr_6[uint32(3)];
const float l_286 = info.scalars_float[0] * l_285;
l_mut_29 = l_286;
const uint32 l_726 = info.static_meta[uint32(2)];
const uint32 l_727 = l_726 * uint32(1);
const bool l_728 = l_201 < l_727;
const uint32 l_729 = l_727 - uint32(1);
const uint32 l_730 = min(l_201, l_729);
const float l_731 = buffer_2[l_730];
const float l_732 = (l_728) ? l_731 : float(0.0);
const float l_287 = l_732;
const uint32 l_733 = info.static_meta[uint32(3)];
const uint32 l_734 = l_733 * uint32(1);
const bool l_735 = l_281 < l_734;
const uint32 l_736 = l_734 - uint32(1);
const uint32 l_737 = min(l_281, l_736);
const float l_738 = buffer_3[l_737];
const float l_739 = (l_735) ? l_738 : float(0.0);
const float l_288 = l_739;
const float l_289 = l_287 * l_288;
l_mut_29 = l_mut_29 / l_289;
const uint32 l_290 = l_201 + info.scalars_uint32[0];
const uint32 l_291 = l_281 + info.scalars_uint32[1];
const bool l_292 = l_290 == l_291;
const float l_293 = (l_292) ? float(1.0) : float(-1.0);
const float l_294 = l_mut_29 + info.scalars_float[1];
const float l_295 = -info.scalars_float[2];
const float l_296 = l_295 * l_293;
const float l_297 = l_293 * l_294;
const float l_298 = exp(l_297);
const float l_299 = float(1.0) + l_298;
const float l_300 = l_296 / l_299;
const float l_301 = l_300 * l_mut_29;
const float l_302 = l_arr_7[uint32(0)];
const float l_303 = l_302 + l_301;
l_arr_7[uint32(0)] = l_303;
const float l_304 = l_arr_8[uint32(0)];
const float l_305 = l_304 + l_300;
l_arr_8[uint32(0)] = l_305;
}
const uint32 l_306 = l_2 + l_3;
const uint32 l_307 = l_306 + uint32(16);
const uint32 l_308 = l_mut_9 + l_4;
const uint32 l_309 = l_308 + uint32(0);
const bool l_310 = l_307 < l_0;
const bool l_311 = l_309 < l_1;
const bool l_312 = l_310 && l_311;
if (l_312) {
const float l_313 = l_arr_6[uint32(4)];
const float l_314 = info.scalars_float[0] * l_313;
l_mut_29 = l_314;
const uint32 l_740 = info.static_meta[uint32(2)];
const uint32 l_741 = l_740 * uint32(1);
const bool l_742 = l_307 < l_741;
const uint32 l_743 = l_741 - uint32(1);
const uint32 l_744 = min(l_307, l_743);
const float l_745 = buffer_2[l_744];
const float l_746 = (l_742) ? l_745 : float(0.0);
const float l_315 = l_746;
const uint32 l_747 = info.static_meta[uint32(3)];
const uint32 l_748 = l_747 * uint32(1);
const bool l_749 = l_309 < l_748;
const uint32 l_750 = l_748 - uint32(1);
const uint32 l_751 = min(l_309, l_750);
const float l_752 = buffer_3[l_751];
const float l_753 = (l_749) ? l_752 : float(0.0);
const float l_316 = l_753;
const float l_317 = l_315 * l_316;
l_mut_29 = l_mut_29 / l_317;
const uint32 l_318 = l_307 + info.scalars_uint32[0];
const uint32 l_319 = l_309 + info.scalars_uint32[1];
const bool l_320 = l_318 == l_319;
const float l_321 = (l_320) ? float(1.0) : float(-1.0);
const float l_322 = l_mut_29 + info.scalars_float[1];
const float l_323 = -info.scalars_float[2];
const float l_324 = l_323 * l_321;
const float l_325 = l_321 * l_322;
const float l_326 = exp(l_325);
const float l_327 = float(1.0) + l_326;
const float l_328 = l_324 / l_327;
const float l_329 = l_328 * l_mut_29;
const float l_330 = l_arr_7[uint32(1)];
const float l_331 = l_330 + l_329;
l_arr_7[uint32(1)] = l_331;
const float l_332 = l_arr_8[uint32(1)];
const float l_333 = l_332 + l_328;
l_arr_8[uint32(1)] = l_333;
}
const uint32 l_334 = l_mut_9 + l_4;
const uint32 l_335 = l_334 + uint32(16);
const bool l_336 = l_307 < l_0;
const bool l_337 = l_335 < l_1;
const bool l_338 = l_336 && l_337;
if (l_338) {
const float l_339 = l_arr_6[uint32(5)];
const float l_340 = info.scalars_float[0] * l_339;
l_mut_29 = l_340;
const uint32 l_754 = info.static_meta[uint32(2)];
const uint32 l_755 = l_754 * uint32(1);
const bool l_756 = l_307 < l_755;
const uint32 l_757 = l_755 - uint32(1);
const uint32 l_758 = min(l_307, l_757);
const float l_759 = buffer_2[l_758];
const float l_760 = (l_756) ? l_759 : float(0.0);
const float l_341 = l_760;
const uint32 l_761 = info.static_meta[uint32(3)];
const uint32 l_762 = l_761 * uint32(1);
const bool l_763 = l_335 < l_762;
const uint32 l_764 = l_762 - uint32(1);
const uint32 l_765 = min(l_335, l_764);
const float l_766 = buffer_3[l_765];
const float l_767 = (l_763) ? l_766 : float(0.0);
const float l_342 = l_767;
const float l_343 = l_341 * l_342;
l_mut_29 = l_mut_29 / l_343;
const uint32 l_344 = l_307 + info.scalars_uint32[0];
const uint32 l_345 = l_335 + info.scalars_uint32[1];
const bool l_346 = l_344 == l_345;
const float l_347 = (l_346) ? float(1.0) : float(-1.0);
const float l_348 = l_mut_29 + info.scalars_float[1];
const float l_349 = -info.scalars_float[2];
const float l_350 = l_349 * l_347;
const float l_351 = l_347 * l_348;
const float l_352 = exp(l_351);
const float l_353 = float(1.0) + l_352;
const float l_354 = l_350 / l_353;
const float l_355 = l_354 * l_mut_29;
const float l_356 = l_arr_7[uint32(1)];
const float l_357 = l_356 + l_355;
l_arr_7[uint32(1)] = l_357;
const float l_358 = l_arr_8[uint32(1)];
const float l_359 = l_358 + l_354;
l_arr_8[uint32(1)] = l_359;
}
const uint32 l_360 = l_mut_9 + l_4;
const uint32 l_361 = l_360 + uint32(32);
const bool l_362 = l_307 < l_0;
const bool l_363 = l_361 < l_1;
const bool l_364 = l_362 && l_363;
if (l_364) {
const float l_365 = l_arr_6[uint32(6)];
const float l_366 = info.scalars_float[0] * l_365;
l_mut_29 = l_366;
const uint32 l_768 = info.static_meta[uint32(2)];
const uint32 l_769 = l_768 * uint32(1);
const bool l_770 = l_307 < l_769;
const uint32 l_771 = l_769 - uint32(1);
const uint32 l_772 = min(l_307, l_771);
const float l_773 = buffer_2[l_772];
const float l_774 = (l_770) ? l_773 : float(0.0);
const float l_367 = l_774;
const uint32 l_775 = info.static_meta[uint32(3)];
const uint32 l_776 = l_775 * uint32(1);
const bool l_777 = l_361 < l_776;
const uint32 l_778 = l_776 - uint32(1);
const uint32 l_779 = min(l_361, l_778);
const float l_780 = buffer_3[l_779];
const float l_781 = (l_777) ? l_780 : float(0.0);
const float l_368 = l_781;
const float l_369 = l_367 * l_368;
l_mut_29 = l_mut_29 / l_369;
const uint32 l_370 = l_307 + info.scalars_uint32[0];
const uint32 l_371 = l_361 + info.scalars_uint32[1];
const bool l_372 = l_370 == l_371;
const float l_373 = (l_372) ? float(1.0) : float(-1.0);
const float l_374 = l_mut_29 + info.scalars_float[1];
const float l_375 = -info.scalars_float[2];
const float l_376 = l_375 * l_373;
const float l_377 = l_373 * l_374;
const float l_378 = exp(l_377);
const float l_379 = float(1.0) + l_378;
const float l_380 = l_376 / l_379;
const float l_381 = l_380 * l_mut_29;
const float l_382 = l_arr_7[uint32(1)];
const float l_383 = l_382 + l_381;
l_arr_7[uint32(1)] = l_383;
const float l_384 = l_arr_8[uint32(1)];
const float l_385 = l_384 + l_380;
l_arr_8[uint32(1)] = l_385;
}
const uint32 l_386 = l_mut_9 + l_4;
const uint32 l_387 = l_386 + uint32(48);
const bool l_388 = l_307 < l_0;
const bool l_389 = l_387 < l_1;
const bool l_390 = l_388 && l_389;
if (l_390) {
const float l_391 = l_arr_6[uint32(7)];
const float l_392 = info.scalars_float[0] * l_391;
l_mut_29 = l_392;
const uint32 l_782 = info.static_meta[uint32(2)];
const uint32 l_783 = l_782 * uint32(1);
const bool l_784 = l_307 < l_783;
const uint32 l_785 = l_783 - uint32(1);
const uint32 l_786 = min(l_307, l_785);
const float l_787 = buffer_2[l_786];
const float l_788 = (l_784) ? l_787 : float(0.0);
const float l_393 = l_788;
const uint32 l_789 = info.static_meta[uint32(3)];
const uint32 l_790 = l_789 * uint32(1);
const bool l_791 = l_387 < l_790;
const uint32 l_792 = l_790 - uint32(1);
const uint32 l_793 = min(l_387, l_792);
const float l_794 = buffer_3[l_793];
const float l_795 = (l_791) ? l_794 : float(0.0);
const float l_394 = l_795;
const float l_395 = l_393 * l_394;
l_mut_29 = l_mut_29 / l_395;
const uint32 l_396 = l_307 + info.scalars_uint32[0];
const uint32 l_397 = l_387 + info.scalars_uint32[1];
const bool l_398 = l_396 == l_397;
const float l_399 = (l_398) ? float(1.0) : float(-1.0);
const float l_400 = l_mut_29 + info.scalars_float[1];
const float l_401 = -info.scalars_float[2];
const float l_402 = l_401 * l_399;
const float l_403 = l_399 * l_400;
const float l_404 = exp(l_403);
const float l_405 = float(1.0) + l_404;
const float l_406 = l_402 / l_405;
const float l_407 = l_406 * l_mut_29;
const float l_408 = l_arr_7[uint32(1)];
const float l_409 = l_408 + l_407;
l_arr_7[uint32(1)] = l_409;
const float l_410 = l_arr_8[uint32(1)];
const float l_411 = l_410 + l_406;
l_arr_8[uint32(1)] = l_411;
}
const uint32 l_412 = l_2 + l_3;
const uint32 l_413 = l_412 + uint32(32);
const uint32 l_414 = l_mut_9 + l_4;
const uint32 l_415 = l_414 + uint32(0);
const bool l_416 = l_413 < l_0;
const bool l_417 = l_415 < l_1;
const bool l_418 = l_416 && l_417;
if (l_418) {
const float l_419 = l_arr_6[uint32(8)];
const float l_420 = info.scalars_float[0] * l_419;
l_mut_29 = l_420;
const uint32 l_796 = info.static_meta[uint32(2)];
const uint32 l_797 = l_796 * uint32(1);
const bool l_798 = l_413 < l_797;
const uint32 l_799 = l_797 - uint32(1);
const uint32 l_800 = min(l_413, l_799);
const float l_801 = buffer_2[l_800];
const float l_802 = (l_798) ? l_801 : float(0.0);
const float l_421 = l_802;
const uint32 l_803 = info.static_meta[uint32(3)];
const uint32 l_804 = l_803 * uint32(1);
const bool l_805 = l_415 < l_804;
const uint32 l_806 = l_804 - uint32(1);
const uint32 l_807 = min(l_415, l_806);
const float l_808 = buffer_3[l_807];
const float l_809 = (l_805) ? l_808 : float(0.0);
const float l_422 = l_809;
const float l_423 = l_421 * l_422;
l_mut_29 = l_mut_29 / l_423;
const uint32 l_424 = l_413 + info.scalars_uint32[0];
const uint32 l_425 = l_415 + info.scalars_uint32[1];
const bool l_426 = l_424 == l_425;
const float l_427 = (l_426) ? float(1.0) : float(-1.0);
const float l_428 = l_mut_29 + info.scalars_float[1];
const float l_429 = -info.scalars_float[2];
const float l_430 = l_429 * l_427;
const float l_431 = l_427 * l_428;
const float l_432 = exp(l_431);
const float l_433 = float(1.0) + l_432;
const float l_434 = l_430 / l_433;
const float l_435 = l_434 * l_mut_29;
const float l_436 = l_arr_7[uint32(2)];
const float l_437 = l_436 + l_435;
l_arr_7[uint32(2)] = l_437;
const float l_438 = l_arr_8[uint32(2)];
const float l_439 = l_438 + l_434;
l_arr_8[uint32(2)] = l_439;
}
const uint32 l_440 = l_mut_9 + l_4;
const uint32 l_441 = l_440 + uint32(16);
const bool l_442 = l_413 < l_0;
const bool l_443 = l_441 < l_1;
const bool l_444 = l_442 && l_443;
if (l_444) {
const float l_445 = l_arr_6[uint32(9)];
const float l_446 = info.scalars_float[0] * l_445;
l_mut_29 = l_446;
const uint32 l_810 = info.static_meta[uint32(2)];
const uint32 l_811 = l_810 * uint32(1);
const bool l_812 = l_413 < l_811;
const uint32 l_813 = l_811 - uint32(1);
const uint32 l_814 = min(l_413, l_813);
const float l_815 = buffer_2[l_814];
const float l_816 = (l_812) ? l_815 : float(0.0);
const float l_447 = l_816;
const uint32 l_817 = info.static_meta[uint32(3)];
const uint32 l_818 = l_817 * uint32(1);
const bool l_819 = l_441 < l_818;
const uint32 l_820 = l_818 - uint32(1);
const uint32 l_821 = min(l_441, l_820);
const float l_822 = buffer_3[l_821];
const float l_823 = (l_819) ? l_822 : float(0.0);
const float l_448 = l_823;
const float l_449 = l_447 * l_448;
l_mut_29 = l_mut_29 / l_449;
const uint32 l_450 = l_413 + info.scalars_uint32[0];
const uint32 l_451 = l_441 + info.scalars_uint32[1];
const bool l_452 = l_450 == l_451;
const float l_453 = (l_452) ? float(1.0) : float(-1.0);
const float l_454 = l_mut_29 + info.scalars_float[1];
const float l_455 = -info.scalars_float[2];
const float l_456 = l_455 * l_453;
const float l_457 = l_453 * l_454;
const float l_458 = exp(l_457);
const float l_459 = float(1.0) + l_458;
const float l_460 = l_456 / l_459;
const float l_461 = l_460 * l_mut_29;
const float l_462 = l_arr_7[uint32(2)];
const float l_463 = l_462 + l_461;
l_arr_7[uint32(2)] = l_463;
const float l_464 = l_arr_8[uint32(2)];
const float l_465 = l_464 + l_460;
l_arr_8[uint32(2)] = l_465;
}
const uint32 l_466 = l_mut_9 + l_4;
const uint32 l_467 = l_466 + uint32(32);
const bool l_468 = l_413 < l_0;
const bool l_469 = l_467 < l_1;
const bool l_470 = l_468 && l_469;
if (l_470) {
const float l_471 = l_arr_6[uint32(10)];
const float l_472 = info.scalars_float[0] * l_471;
l_mut_29 = l_472;
const uint32 l_824 = info.static_meta[uint32(2)];
const uint32 l_825 = l_824 * uint32(1);
const bool l_826 = l_413 < l_825;
const uint32 l_827 = l_825 - uint32(1);
const uint32 l_828 = min(l_413, l_827);
const float l_829 = buffer_2[l_828];
const float l_830 = (l_826) ? l_829 : float(0.0);
const float l_473 = l_830;
const uint32 l_831 = info.static_meta[uint32(3)];
const uint32 l_832 = l_831 * uint32(1);
const bool l_833 = l_467 < l_832;
const uint32 l_834 = l_832 - uint32(1);
const uint32 l_835 = min(l_467, l_834);
const float l_836 = buffer_3[l_835];
const float l_837 = (l_833) ? l_836 : float(0.0);
const float l_474 = l_837;
const float l_475 = l_473 * l_474;
l_mut_29 = l_mut_29 / l_475;
const uint32 l_476 = l_413 + info.scalars_uint32[0];
const uint32 l_477 = l_467 + info.scalars_uint32[1];
const bool l_478 = l_476 == l_477;
const float l_479 = (l_478) ? float(1.0) : float(-1.0);
const float l_480 = l_mut_29 + info.scalars_float[1];
const float l_481 = -info.scalars_float[2];
const float l_482 = l_481 * l_479;
const float l_483 = l_479 * l_480;
const float l_484 = exp(l_483);
const float l_485 = float(1.0) + l_484;
const float l_486 = l_482 / l_485;
const float l_487 = l_486 * l_mut_29;
const float l_488 = l_arr_7[uint32(2)];
const float l_489 = l_488 + l_487;
l_arr_7[uint32(2)] = l_489;
const float l_490 = l_arr_8[uint32(2)];
const float l_491 = l_490 + l_486;
l_arr_8[uint32(2)] = l_491;
}
const uint32 l_492 = l_mut_9 + l_4;
const uint32 l_493 = l_492 + uint32(48);
const bool l_494 = l_413 < l_0;
const bool l_495 = l_493 < l_1;
const bool l_496 = l_494 && l_495;
if (l_496) {
const float l_497 = l_arr_6[uint32(11)];
const float l_498 = info.scalars_float[0] * l_497;
l_mut_29 = l_498;
const uint32 l_838 = info.static_meta[uint32(2)];
const uint32 l_839 = l_838 * uint32(1);
const bool l_840 = l_413 < l_839;
const uint32 l_841 = l_839 - uint32(1);
const uint32 l_842 = min(l_413, l_841);
const float l_843 = buffer_2[l_842];
const float l_844 = (l_840) ? l_843 : float(0.0);
const float l_499 = l_844;
const uint32 l_845 = info.static_meta[uint32(3)];
const uint32 l_846 = l_845 * uint32(1);
const bool l_847 = l_493 < l_846;
const uint32 l_848 = l_846 - uint32(1);
const uint32 l_849 = min(l_493, l_848);
const float l_850 = buffer_3[l_849];
const float l_851 = (l_847) ? l_850 : float(0.0);
const float l_500 = l_851;
const float l_501 = l_499 * l_500;
l_mut_29 = l_mut_29 / l_501;
const uint32 l_502 = l_413 + info.scalars_uint32[0];
const uint32 l_503 = l_493 + info.scalars_uint32[1];
const bool l_504 = l_502 == l_503;
const float l_505 = (l_504) ? float(1.0) : float(-1.0);
const float l_506 = l_mut_29 + info.scalars_float[1];
const float l_507 = -info.scalars_float[2];
const float l_508 = l_507 * l_505;
const float l_509 = l_505 * l_506;
const float l_510 = exp(l_509);
const float l_511 = float(1.0) + l_510;
const float l_512 = l_508 / l_511;
const float l_513 = l_512 * l_mut_29;
const float l_514 = l_arr_7[uint32(2)];
const float l_515 = l_514 + l_513;
l_arr_7[uint32(2)] = l_515;
const float l_516 = l_arr_8[uint32(2)];
const float l_517 = l_516 + l_512;
l_arr_8[uint32(2)] = l_517;
}
const uint32 l_518 = l_2 + l_3;
const uint32 l_519 = l_518 + uint32(48);
const uint32 l_520 = l_mut_9 + l_4;
const uint32 l_521 = l_520 + uint32(0);
const bool l_522 = l_519 < l_0;
const bool l_523 = l_521 < l_1;
const bool l_524 = l_522 && l_523;
if (l_524) {
const float l_525 = l_arr_6[uint32(12)];
const float l_526 = info.scalars_float[0] * l_525;
l_mut_29 = l_526;
const uint32 l_852 = info.static_meta[uint32(2)];
const uint32 l_853 = l_852 * uint32(1);
const bool l_854 = l_519 < l_853;
const uint32 l_855 = l_853 - uint32(1);
const uint32 l_856 = min(l_519, l_855);
const float l_857 = buffer_2[l_856];
const float l_858 = (l_854) ? l_857 : float(0.0);
const float l_527 = l_858;
const uint32 l_859 = info.static_meta[uint32(3)];
const uint32 l_860 = l_859 * uint32(1);
const bool l_861 = l_521 < l_860;
const uint32 l_862 = l_860 - uint32(1);
const uint32 l_863 = min(l_521, l_862);
const float l_864 = buffer_3[l_863];
const float l_865 = (l_861) ? l_864 : float(0.0);
const float l_528 = l_865;
const float l_529 = l_527 * l_528;
l_mut_29 = l_mut_29 / l_529;
const uint32 l_530 = l_519 + info.scalars_uint32[0];
const uint32 l_531 = l_521 + info.scalars_uint32[1];
const bool l_532 = l_530 == l_531;
const float l_533 = (l_532) ? float(1.0) : float(-1.0);
const float l_534 = l_mut_29 + info.scalars_float[1];
const float l_535 = -info.scalars_float[2];
const float l_536 = l_535 * l_533;
const float l_537 = l_533 * l_534;
const float l_538 = exp(l_537);
const float l_539 = float(1.0) + l_538;
const float l_540 = l_536 / l_539;
const float l_541 = l_540 * l_mut_29;
const float l_542 = l_arr_7[uint32(3)];
const float l_543 = l_542 + l_541;
l_arr_7[uint32(3)] = l_543;
const float l_544 = l_arr_8[uint32(3)];
const float l_545 = l_544 + l_540;
l_arr_8[uint32(3)] = l_545;
}
const uint32 l_546 = l_mut_9 + l_4;
const uint32 l_547 = l_546 + uint32(16);
const bool l_548 = l_519 < l_0;
const bool l_549 = l_547 < l_1;
const bool l_550 = l_548 && l_549;
if (l_550) {
const float l_551 = l_arr_6[uint32(13)];
const float l_552 = info.scalars_float[0] * l_551;
l_mut_29 = l_552;
const uint32 l_866 = info.static_meta[uint32(2)];
const uint32 l_867 = l_866 * uint32(1);
const bool l_868 = l_519 < l_867;
const uint32 l_869 = l_867 - uint32(1);
const uint32 l_870 = min(l_519, l_869);
const float l_871 = buffer_2[l_870];
const float l_872 = (l_868) ? l_871 : float(0.0);
const float l_553 = l_872;
const uint32 l_873 = info.static_meta[uint32(3)];
const uint32 l_874 = l_873 * uint32(1);
const bool l_875 = l_547 < l_874;
const uint32 l_876 = l_874 - uint32(1);
const uint32 l_877 = min(l_547, l_876);
const float l_878 = buffer_3[l_877];
const float l_879 = (l_875) ? l_878 : float(0.0);
const float l_554 = l_879;
const float l_555 = l_553 * l_554;
l_mut_29 = l_mut_29 / l_555;
const uint32 l_556 = l_519 + info.scalars_uint32[0];
const uint32 l_557 = l_547 + info.scalars_uint32[1];
const bool l_558 = l_556 == l_557;
const float l_559 = (l_558) ? float(1.0) : float(-1.0);
const float l_560 = l_mut_29 + info.scalars_float[1];
const float l_561 = -info.scalars_float[2];
const float l_562 = l_561 * l_559;
const float l_563 = l_559 * l_560;
const float l_564 = exp(l_563);
const float l_565 = float(1.0) + l_564;
const float l_566 = l_562 / l_565;
const float l_567 = l_566 * l_mut_29;
const float l_568 = l_arr_7[uint32(3)];
const float l_569 = l_568 + l_567;
l_arr_7[uint32(3)] = l_569;
const float l_570 = l_arr_8[uint32(3)];
const float l_571 = l_570 + l_566;
l_arr_8[uint32(3)] = l_571;
}
const uint32 l_572 = l_mut_9 + l_4;
const uint32 l_573 = l_572 + uint32(32);
const bool l_574 = l_519 < l_0;
const bool l_575 = l_573 < l_1;
const bool l_576 = l_574 && l_575;
if (l_576) {
const float l_577 = l_arr_6[uint32(14)];
const float l_578 = info.scalars_float[0] * l_577;
l_mut_29 = l_578;
const uint32 l_880 = info.static_meta[uint32(2)];
const uint32 l_881 = l_880 * uint32(1);
const bool l_882 = l_519 < l_881;
const uint32 l_883 = l_881 - uint32(1);
const uint32 l_884 = min(l_519, l_883);
const float l_885 = buffer_2[l_884];
const float l_886 = (l_882) ? l_885 : float(0.0);
const float l_579 = l_886;
const uint32 l_887 = info.static_meta[uint32(3)];
const uint32 l_888 = l_887 * uint32(1);
const bool l_889 = l_573 < l_888;
const uint32 l_890 = l_888 - uint32(1);
const uint32 l_891 = min(l_573, l_890);
const float l_892 = buffer_3[l_891];
const float l_893 = (l_889) ? l_892 : float(0.0);
const float l_580 = l_893;
const float l_581 = l_579 * l_580;
l_mut_29 = l_mut_29 / l_581;
const uint32 l_582 = l_519 + info.scalars_uint32[0];
const uint32 l_583 = l_573 + info.scalars_uint32[1];
const bool l_584 = l_582 == l_583;
const float l_585 = (l_584) ? float(1.0) : float(-1.0);
const float l_586 = l_mut_29 + info.scalars_float[1];
const float l_587 = -info.scalars_float[2];
const float l_588 = l_587 * l_585;
const float l_589 = l_585 * l_586;
const float l_590 = exp(l_589);
const float l_591 = float(1.0) + l_590;
const float l_592 = l_588 / l_591;
const float l_593 = l_592 * l_mut_29;
const float l_594 = l_arr_7[uint32(3)];
const float l_595 = l_594 + l_593;
l_arr_7[uint32(3)] = l_595;
const float l_596 = l_arr_8[uint32(3)];
const float l_597 = l_596 + l_592;
l_arr_8[uint32(3)] = l_597;
}
const uint32 l_598 = l_mut_9 + l_4;
const uint32 l_599 = l_598 + uint32(48);
const bool l_600 = l_519 < l_0;
const bool l_601 = l_599 < l_1;
const bool l_602 = l_600 && l_601;
if (l_602) {
const float l_603 = l_arr_6[uint32(15)];
const float l_604 = info.scalars_float[0] * l_603;
l_mut_29 = l_604;
const uint32 l_894 = info.static_meta[uint32(2)];
const uint32 l_895 = l_894 * uint32(1);
const bool l_896 = l_519 < l_895;
const uint32 l_897 = l_895 - uint32(1);
const uint32 l_898 = min(l_519, l_897);
const float l_899 = buffer_2[l_898];
const float l_900 = (l_896) ? l_899 : float(0.0);
const float l_605 = l_900;
const uint32 l_901 = info.static_meta[uint32(3)];
const uint32 l_902 = l_901 * uint32(1);
const bool l_903 = l_599 < l_902;
const uint32 l_904 = l_902 - uint32(1);
const uint32 l_905 = min(l_599, l_904);
const float l_906 = buffer_3[l_905];
const float l_907 = (l_903) ? l_906 : float(0.0);
const float l_606 = l_907;
const float l_607 = l_605 * l_606;
l_mut_29 = l_mut_29 / l_607;
const uint32 l_608 = l_519 + info.scalars_uint32[0];
const uint32 l_609 = l_599 + info.scalars_uint32[1];
const bool l_610 = l_608 == l_609;
const float l_611 = (l_610) ? float(1.0) : float(-1.0);
const float l_612 = l_mut_29 + info.scalars_float[1];
const float l_613 = -info.scalars_float[2];
const float l_614 = l_613 * l_611;
const float l_615 = l_611 * l_612;
const float l_616 = exp(l_615);
const float l_617 = float(1.0) + l_616;
const float l_618 = l_614 / l_617;
const float l_619 = l_618 * l_mut_29;
const float l_620 = l_arr_7[uint32(3)];
const float l_621 = l_620 + l_619;
l_arr_7[uint32(3)] = l_621;
const float l_622 = l_arr_8[uint32(3)];
const float l_623 = l_622 + l_618;
l_arr_8[uint32(3)] = l_623;
}
l_mut_9 = l_mut_9 + uint32(64);
}
const uint32 l_624 = l_3 + uint32(0);
const uint32 l_625 = l_624 * uint32(16);
const uint32 l_626 = l_625 + l_4;
const float l_627 = l_arr_7[uint32(0)];
shared_memory_5[l_626] = l_627;
const uint32 l_628 = l_624 * uint32(16);
const uint32 l_629 = uint32(1024) + l_628;
const uint32 l_630 = l_629 + l_4;
const float l_631 = l_arr_8[uint32(0)];
shared_memory_5[l_630] = l_631;
const uint32 l_632 = l_3 + uint32(16);
const uint32 l_633 = l_632 * uint32(16);
const uint32 l_634 = l_633 + l_4;
const float l_635 = l_arr_7[uint32(1)];
shared_memory_5[l_634] = l_635;
const uint32 l_636 = l_632 * uint32(16);
const uint32 l_637 = uint32(1024) + l_636;
const uint32 l_638 = l_637 + l_4;
const float l_639 = l_arr_8[uint32(1)];
shared_memory_5[l_638] = l_639;
const uint32 l_640 = l_3 + uint32(32);
const uint32 l_641 = l_640 * uint32(16);
const uint32 l_642 = l_641 + l_4;
const float l_643 = l_arr_7[uint32(2)];
shared_memory_5[l_642] = l_643;
const uint32 l_644 = l_640 * uint32(16);
const uint32 l_645 = uint32(1024) + l_644;
const uint32 l_646 = l_645 + l_4;
const float l_647 = l_arr_8[uint32(2)];
shared_memory_5[l_646] = l_647;
const uint32 l_648 = l_3 + uint32(48);
const uint32 l_649 = l_648 * uint32(16);
const uint32 l_650 = l_649 + l_4;
const float l_651 = l_arr_7[uint32(3)];
shared_memory_5[l_650] = l_651;
const uint32 l_652 = l_648 * uint32(16);
const uint32 l_653 = uint32(1024) + l_652;
const uint32 l_654 = l_653 + l_4;
const float l_655 = l_arr_8[uint32(3)];
shared_memory_5[l_654] = l_655;
__syncthreads();

const bool l_656 = threadIdxGlobal < uint32(64);
if (l_656) {
const uint32 l_657 = l_2 + threadIdxGlobal;
const bool l_658 = l_657 < l_0;
if (l_658) {
l_mut_29 = float(0.0);
l_mut_28 = float(0.0);

for (uint32 l_mut_659 = uint32(0); l_mut_659 < uint32(16); ++l_mut_659) {
const uint32 l_660 = threadIdxGlobal * uint32(16);
const uint32 l_661 = l_660 + l_mut_659;
const float l_662 = shared_memory_5[l_661];
l_mut_29 = l_mut_29 + l_662;
const uint32 l_663 = threadIdxGlobal * uint32(16);
const uint32 l_664 = uint32(1024) + l_663;
const uint32 l_665 = l_664 + l_mut_659;
const float l_666 = shared_memory_5[l_665];
l_mut_28 = l_mut_28 + l_666;
}
const uint32 l_667 = uint32(2) * l_657;
const uint32 l_908 = info.static_meta[uint32(4)];
const uint32 l_909 = l_908 * uint32(1);
const bool l_910 = l_667 < l_909;
if (l_910) {
buffer_4[l_667] = l_mut_29;
}
const uint32 l_668 = uint32(2) * l_657;
const uint32 l_669 = l_668 + uint32(1);
const uint32 l_911 = info.static_meta[uint32(4)];
const uint32 l_912 = l_911 * uint32(1);
const bool l_913 = l_669 < l_912;
if (l_913) {
buffer_4[l_669] = l_mut_28;
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
