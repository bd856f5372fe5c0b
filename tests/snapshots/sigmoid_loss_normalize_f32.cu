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
float *shared_memory_6 = reinterpret_cast<float*>(&dynamic_shared_mem[0]);
float l_arr_8[4];

float l_arr_9[4];

float l_arr_7[16];

float l_mut_24;
float l_mut_25;
uint32 l_mut_10;
uint32 l_mut_13;
uint32 l_mut_16;
const uint32 l_0 = dynamic_meta[info.static_meta[uint32(12)] + uint32(0)];
const uint32 l_1 = dynamic_meta[info.static_meta[uint32(13)] + uint32(0)];
const uint32 l_2 = dynamic_meta[info.static_meta[uint32(12)] + uint32(1)];
const uint32 l_3 = blockIdxGlobal * uint32(64);
const uint32 l_4 = threadIdxGlobal / uint32(16);
const uint32 l_5 = threadIdxGlobal % uint32(16);
l_arr_8[uint32(0)] = float(0.0);
l_arr_9[uint32(0)] = float(0.0);
l_arr_8[uint32(1)] = float(0.0);
l_arr_9[uint32(1)] = float(0.0);
l_arr_8[uint32(2)] = float(0.0);
l_arr_9[uint32(2)] = float(0.0);
l_arr_8[uint32(3)] = float(0.0);
l_arr_9[uint32(3)] = float(0.0);
l_mut_10 = uint32(0);
while (true) {
const bool l_11 = l_mut_10 < l_1;
const bool l_12 = !l_11;
if (l_12) {
break;}
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
l_mut_13 = uint32(0);
while (true) {
const bool l_14 = l_mut_13 < l_2;
const bool l_15 = !l_14;
if (l_15) {
break;}
l_mut_16 = threadIdxGlobal;
while (true) {
const bool l_17 = l_mut_16 < uint32(1024);
const bool l_18 = !l_17;
if (l_18) {
break;}
const uint32 l_19 = l_mut_16 / uint32(16);
const uint32 l_20 = l_mut_16 % uint32(16);
const uint32 l_21 = l_mut_13 + l_20;
const uint32 l_22 = l_3 + l_19;
const uint32 l_23 = l_mut_10 + l_19;
l_mut_24 = float(0.0);
l_mut_25 = float(0.0);
const bool l_26 = l_22 < l_0;
const bool l_27 = l_21 < l_2;
const bool l_28 = l_26 && l_27;
if (l_28) {
const uint32 l_29 = dynamic_meta[info.static_meta[uint32(14)] + uint32(0)];
const uint32 l_30 = l_22 * l_29;
const uint32 l_31 = dynamic_meta[info.static_meta[uint32(14)] + uint32(1)];
const uint32 l_32 = l_21 * l_31;
const uint32 l_33 = l_30 + l_32;
const uint32 l_952 = info.static_meta[uint32(0)];
const uint32 l_953 = l_952 * uint32(1);
const bool l_954 = l_33 < l_953;
const uint32 l_955 = l_953 - uint32(1);
const uint32 l_956 = min(l_33, l_955);
const float l_957 = buffer_0[l_956];
const float l_958 = (l_954) ? l_957 : float(0.0);
const float l_34 = l_958;
l_mut_24 = l_34;
}
const bool l_35 = l_23 < l_1;
const bool l_36 = l_21 < l_2;
const bool l_37 = l_35 && l_36;
if (l_37) {
const uint32 l_38 = dynamic_meta[info.static_meta[uint32(15)] + uint32(0)];
const uint32 l_39 = l_23 * l_38;
const uint32 l_40 = dynamic_meta[info.static_meta[uint32(15)] + uint32(1)];
const uint32 l_41 = l_21 * l_40;
const uint32 l_42 = l_39 + l_41;
const uint32 l_959 = info.static_meta[uint32(1)];
const uint32 l_960 = l_959 * uint32(1);
const bool l_961 = l_42 < l_960;
const uint32 l_962 = l_960 - uint32(1);
const uint32 l_963 = min(l_42, l_962);
const float l_964 = buffer_1[l_963];
const float l_965 = (l_961) ? l_964 : float(0.0);
const float l_43 = l_965;
l_mut_25 = l_43;
}
const uint32 l_44 = l_19 * uint32(17);
const uint32 l_45 = l_mut_16 % uint32(16);
const uint32 l_46 = l_44 + l_45;
shared_memory_6[l_46] = l_mut_24;
const uint32 l_47 = l_19 * uint32(17);
const uint32 l_48 = uint32(1088) + l_47;
const uint32 l_49 = l_mut_16 % uint32(16);
const uint32 l_50 = l_48 + l_49;
shared_memory_6[l_50] = l_mut_25;
l_mut_16 = l_mut_16 + uint32(256);
}
__syncthreads();


for (uint32 l_mut_51 = uint32(0); l_mut_51 < uint32(16); ++l_mut_51) {
const uint32 l_52 = l_4 + uint32(0);
const uint32 l_53 = l_52 * uint32(17);
const uint32 l_54 = l_53 + l_mut_51;
const float l_55 = shared_memory_6[l_54];
const uint32 l_56 = l_5 + uint32(0);
const uint32 l_57 = l_56 * uint32(17);
const uint32 l_58 = uint32(1088) + l_57;
const uint32 l_59 = l_58 + l_mut_51;
const float l_60 = shared_memory_6[l_59];
const float l_61 = l_55 * l_60;
const float l_62 = l_arr_7[uint32(0)];
const float l_63 = l_62 + l_61;
l_arr_7[uint32(0)] = l_63;
const uint32 l_64 = l_5 + uint32(16);
const uint32 l_65 = l_64 * uint32(17);
const uint32 l_66 = uint32(1088) + l_65;
const uint32 l_67 = l_66 + l_mut_51;
const float l_68 = shared_memory_6[l_67];
const float l_69 = l_55 * l_68;
const float l_70 = l_arr_7[uint32(1)];
const float l_71 = l_70 + l_69;
l_arr_7[uint32(1)] = l_71;
const uint32 l_72 = l_5 + uint32(32);
const uint32 l_73 = l_72 * uint32(17);
const uint32 l_74 = uint32(1088) + l_73;
const uint32 l_75 = l_74 + l_mut_51;
const float l_76 = shared_memory_6[l_75];
const float l_77 = l_55 * l_76;
const float l_78 = l_arr_7[uint32(2)];
const float l_79 = l_78 + l_77;
l_arr_7[uint32(2)] = l_79;
const uint32 l_80 = l_5 + uint32(48);
const uint32 l_81 = l_80 * uint32(17);
const uint32 l_82 = uint32(1088) + l_81;
const uint32 l_83 = l_82 + l_mut_51;
const float l_84 = shared_memory_6[l_83];
const float l_85 = l_55 * l_84;
const float l_86 = l_arr_7[uint32(3)];
const float l_87 = l_86 + l_85;
l_arr_7[uint32(3)] = l_87;
const uint32 l_88 = l_4 + uint32(16);
const uint32 l_89 = l_88 * uint32(17);
const uint32 l_90 = l_89 + l_mut_51;
const float l_91 = shared_memory_6[l_90];
const uint32 l_92 = l_5 + uint32(0);
const uint32 l_93 = l_92 * uint32(17);
const uint32 l_94 = uint32(1088) + l_93;
const uint32 l_95 = l_94 + l_mut_51;
const float l_96 = shared_memory_6[l_95];
const float l_97 = l_91 * l_96;
const float l_98 = l_arr_7[uint32(4)];
const float l_99 = l_98 + l_97;
l_arr_7[uint32(4)] = l_99;
const uint32 l_100 = l_5 + uint32(16);
const uint32 l_101 = l_100 * uint32(17);
const uint32 l_102 = uint32(1088) + l_101;
const uint32 l_103 = l_102 + l_mut_51;
const float l_104 = shared_memory_6[l_103];
const float l_105 = l_91 * l_104;
const float l_106 = l_arr_7[uint32(5)];
const float l_107 = l_106 + l_105;
l_arr_7[uint32(5)] = l_107;
const uint32 l_108 = l_5 + uint32(32);
const uint32 l_109 = l_108 * uint32(17);
const uint32 l_110 = uint32(1088) + l_109;
const uint32 l_111 = l_110 + l_mut_51;
const float l_112 = shared_memory_6[l_111];
const float l_113 = l_91 * l_112;
const float l_114 = l_arr_7[uint32(6)];
const float l_115 = l_114 + l_113;
l_arr_7[uint32(6)] = l_115;
const uint32 l_116 = l_5 + uint32(48);
const uint32 l_117 = l_116 * uint32(17);
const uint32 l_118 = uint32(1088) + l_117;
const uint32 l_119 = l_118 + l_mut_51;
const float l_120 = shared_memory_6[l_119];
const float l_121 = l_91 * l_120;
const float l_122 = l_arr_7[uint32(7)];
const float l_123 = l_122 + l_121;
l_arr_7[uint32(7)] = l_123;
const uint32 l_124 = l_4 + uint32(32);
const uint32 l_125 = l_124 * uint32(17);
const uint32 l_126 = l_125 + l_mut_51;
const float l_127 = shared_memory_6[l_126];
const uint32 l_128 = l_5 + uint32(0);
const uint32 l_129 = l_128 * uint32(17);
const uint32 l_130 = uint32(1088) + l_129;
const uint32 l_131 = l_130 + l_mut_51;
const float l_132 = shared_memory_6[l_131];
const float l_133 = l_127 * l_132;
const float l_134 = l_arr_7[uint32(8)];
const float l_135 = l_134 + l_133;
l_arr_7[uint32(8)] = l_135;
const uint32 l_136 = l_5 + uint32(16);
const uint32 l_137 = l_136 * uint32(17);
const uint32 l_138 = uint32(1088) + l_137;
const uint32 l_139 = l_138 + l_mut_51;
const float l_140 = shared_memory_6[l_139];
const float l_141 = l_127 * l_140;
const float l_142 = l_arr_7[uint32(9)];
const float l_143 = l_142 + l_141;
l_arr_7[uint32(9)] = l_143;
const uint32 l_144 = l_5 + uint32(32);
const uint32 l_145 = l_144 * uint32(17);
const uint32 l_146 = uint32(1088) + l_145;
const uint32 l_147 = l_146 + l_mut_51;
const float l_148 = shared_memory_6[l_147];
const float l_149 = l_127 * l_148;
const float l_150 = l_arr_7[uint32(10)];
const float l_151 = l_150 + l_149;
l_arr_7[uint32(10)] = l_151;
const uint32 l_152 = l_5 + uint32(48);
const uint32 l_153 = l_152 * uint32(17);
const uint32 l_154 = uint32(1088) + l_153;
const uint32 l_155 = l_154 + l_mut_51;
const float l_156 = shared_memory_6[l_155];
const float l_157 = l_127 * l_156;
const float l_158 = l_arr_7[uint32(11)];
const float l_159 = l_158 + l_157;
l_arr_7[uint32(11)] = l_159;
const uint32 l_160 = l_4 + uint32(48);
const uint32 l_161 = l_160 * uint32(17);
const uint32 l_162 = l_161 + l_mut_51;
const float l_163 = shared_memory_6[l_162];
const uint32 l_164 = l_5 + uint32(0);
const uint32 l_165 = l_164 * uint32(17);
const uint32 l_166 = uint32(1088) + l_165;
const uint32 l_167 = l_166 + l_mut_51;
const float l_168 = shared_memory_6[l_167];
const float l_169 = l_163 * l_168;
const float l_170 = l_arr_7[uint32(12)];
const float l_171 = l_170 + l_169;
l_arr_7[uint32(12)] = l_171;
const uint32 l_172 = l_5 + uint32(16);
const uint32 l_173 = l_172 * uint32(17);
const uint32 l_174 = uint32(1088) + l_173;
const uint32 l_175 = l_174 + l_mut_51;
const float l_176 = shared_memory_6[l_175];
const float l_177 = l_163 * l_176;
const float l_178 = l_arr_7[uint32(13)];
const float l_179 = l_178 + l_177;
l_arr_7[uint32(13)] = l_179;
const uint32 l_180 = l_5 + uint32(32);
const uint32 l_181 = l_180 * uint32(17);
const uint32 l_182 = uint32(1088) + l_181;
const uint32 l_183 = l_182 + l_mut_51;
const float l_184 = shared_memory_6[l_183];
const float l_185 = l_163 * l_184;
const float l_186 = l_arr_7[uint32(14)];
const float l_187 = l_186 + l_185;
l_arr_7[uint32(14)] = l_187;
const uint32 l_188 = l_5 + uint32(48);
const uint32 l_189 = l_188 * uint32(17);
const uint32 l_190 = uint32(1088) + l_189;
const uint32 l_191 = l_190 + l_mut_51;
const float l_192 = shared_memory_6[l_191];
const float l_193 = l_163 * l_192;
const float l_194 = l_arr_7[uint32(15)];
const float l_195 = l_194 + l_193;
l_arr_7[uint32(15)] = l_195;
}
__syncthreads();

l_mut_13 = l_mut_13 + uint32(16);
}
const uint32 l_196 = l_3 + l_4;
const uint32 l_197 = l_196 + uint32(0);
const uint32 l_198 = l_mut_10 + l_5;
const uint32 l_199 = l_198 + uint32(0);
const bool l_200 = l_197 < l_0;
const bool l_201 = l_199 < l_1;
const bool l_202 = l_200 && l_201;
if (l_202) {
const float l_203 = l_arr_7[uint32(0)];
const float l_204 = info.scalars_float[0] * l_203;
l_mut_25 = l_204;
const uint32 l_966 = info.static_meta[uint32(2)];
const uint32 l_967 = l_966 * uint32(1);
const bool l_968 = l_197 < l_967;
const uint32 l_969 = l_967 - uint32(1);
const uint32 l_970 = min(l_197, l_969);
const float l_971 = buffer_2[l_970];
const float l_972 = (l_968) ? l_971 : float(0.0);
const float l_205 = l_972;
const uint32 l_973 = info.static_meta[uint32(3)];
const uint32 l_974 = l_973 * uint32(1);
const bool l_975 = l_199 < l_974;
const uint32 l_976 = l_974 - uint32(1);
const uint32 l_977 = min(l_199, l_976);
const float l_978 = buffer_3[l_977];
const float l_979 = (l_975) ? l_978 : float(0.0);
const float l_206 = l_979;
const float l_207 = l_205 * l_206;
l_mut_25 = l_mut_25 / l_207;
const uint32 l_208 = l_197 + info.scalars_uint32[0];
const uint32 l_209 = l_199 + info.scalars_uint32[1];
const bool l_210 = l_208 == l_209;
const float l_211 = (l_210) ? float(1.0) : float(-1.0);
const float l_212 = l_mut_25 + info.scalars_float[1];
const float l_213 = l_211 * l_212;
const float l_214 = min(l_213, float(0.0));
const float l_215 = abs(l_213);
const float l_216 = -l_215;
const float l_217 = exp(l_216);
const float l_218 = float(2.0) + l_217;
const float l_219 = l_217 / l_218;
const float l_220 = l_219 * l_219;
l_mut_24 = float(0.05882352963089943);
const float l_221 = l_220 * l_mut_24;
const float l_222 = float(0.06666667014360428) + l_221;
l_mut_24 = l_222;
const float l_223 = l_220 * l_mut_24;
const float l_224 = float(0.07692307978868484) + l_223;
l_mut_24 = l_224;
const float l_225 = l_220 * l_mut_24;
const float l_226 = float(0.09090909361839294) + l_225;
l_mut_24 = l_226;
const float l_227 = l_220 * l_mut_24;
const float l_228 = float(0.1111111119389534) + l_227;
l_mut_24 = l_228;
const float l_229 = l_220 * l_mut_24;
const float l_230 = float(0.1428571492433548) + l_229;
l_mut_24 = l_230;
const float l_231 = l_220 * l_mut_24;
const float l_232 = float(0.20000000298023224) + l_231;
l_mut_24 = l_232;
const float l_233 = l_220 * l_mut_24;
const float l_234 = float(0.3333333432674408) + l_233;
l_mut_24 = l_234;
const float l_235 = l_220 * l_mut_24;
const float l_236 = float(1.0) + l_235;
l_mut_24 = l_236;
const float l_237 = float(2.0) * l_219;
const float l_238 = l_237 * l_mut_24;
const float l_239 = l_214 - l_238;
const float l_240 = l_arr_8[uint32(0)];
const float l_241 = l_240 + l_239;
l_arr_8[uint32(0)] = l_241;
}
const uint32 l_242 = l_mut_10 + l_5;
const uint32 l_243 = l_242 + uint32(16);
const bool l_244 = l_197 < l_0;
const bool l_245 = l_243 < l_1;
const bool l_246 = l_244 && l_245;
if (l_246) {
const float l_247 = l_arr_7[uint32(1)];
const float l_248 = info.scalars_float[0] * l_247;
l_mut_25 = l_248;
const uint32 l_980 = info.static_meta[uint32(2)];
const uint32 l_981 = l_980 * uint32(1);
const bool l_982 = l_197 < l_981;
const uint32 l_983 = l_981 - uint32(1);
const uint32 l_984 = min(l_197, l_983);
const float l_985 = buffer_2[l_984];
const float l_986 = (l_982) ? l_985 : float(0.0);
const float l_249 = l_986;
const uint32 l_987 = info.static_meta[uint32(3)];
const uint32 l_988 = l_987 * uint32(1);
const bool l_989 = l_243 < l_988;
const uint32 l_990 = l_988 - uint32(1);
const uint32 l_991 = min(l_243, l_990);
const float l_992 = buffer_3[l_991];
const float l_993 = (l_989) ? l_992 : float(0.0);
const float l_250 = l_993;
const float l_251 = l_249 * l_250;
l_mut_25 = l_mut_25 / l_251;
const uint32 l_252 = l_197 + info.scalars_uint32[0];
const uint32 l_253 = l_243 + info.scalars_uint32[1];
const bool l_254 = l_252 == l_253;
const float l_255 = (l_254) ? float(1.0) : float(-1.0);
const float l_256 = l_mut_25 + info.scalars_float[1];
const float l_257 = l_255 * l_256;
const float l_258 = min(l_257, float(0.0));
const float l_259 = abs(l_257);
const float l_260 = -l_259;
const float l_261 = exp(l_260);
const float l_262 = float(2.0) + l_261;
const float l_263 = l_261 / l_262;
const float l_264 = l_263 * l_263;
l_mut_24 = float(0.05882352963089943);
const float l_265 = l_264 * l_mut_24;
const float l_266 = float(0.06666667014360428) + l_265;
l_mut_24 = l_266;
const float l_267 = l_264 * l_mut_24;
const float l_268 = float(0.07692307978868484) + l_267;
l_mut_24 = l_268;
const float l_269 = l_264 * l_mut_24;
const float l_270 = float(0.09090909361839294) + l_269;
l_mut_24 = l_270;
const float l_271 = l_264 * l_mut_24;
const float l_272 = float(0.1111111119389534) + l_271;
l_mut_24 = l_272;
const float l_273 = l_264 * l_mut_24;
const float l_274 = float(0.1428571492433548) + l_273;
l_mut_24 = l_274;
const float l_275 = l_264 * l_mut_24;
const float l_276 = float(0.20000000298023224) + l_275;
l_mut_24 = l_276;
const float l_277 = l_264 * l_mut_24;
const float l_278 = float(0.3333333432674408) + l_277;
l_mut_24 = l_278;
const float l_279 = l_264 * l_mut_24;
const float l_280 = float(1.0) + l_279;
l_mut_24 = l_280;
const float l_281 = float(2.0) * l_263;
const float l_282 = l_281 * l_mut_24;
const float l_283 = l_258 - l_282;
const float l_284 = l_arr_8[uint32(0)];
const float l_285 = l_284 + l_283;
l_arr_8[uint32(0)] = l_285;
}
const uint32 l_286 = l_mut_10 + l_5;
const uint32 l_287 = l_286 + uint32(32);
const bool l_288 = l_197 < l_0;
const bool l_289 = l_287 < l_1;
const bool l_290 = l_288 && l_289;
if (l_290) {
const float l_291 = l_arr_7[uint32(2)];
const float l_292 = info.scalars_float[0] * l_291;
l_mut_25 = l_292;
const uint32 l_994 = info.static_meta[uint32(2)];
const uint32 l_995 = l_994 * uint32(1);
const bool l_996 = l_197 < l_995;
const uint32 l_997 = l_995 - uint32(1);
const uint32 l_998 = min(l_197, l_997);
const float l_999 = buffer_2[l_998];
const float l_1000 = (l_996) ? l_999 : float(0.0);
const float l_293 = l_1000;
const uint32 l_1001 = info.static_meta[uint32(3)];
const uint32 l_1002 = l_1001 * uint32(1);
const bool l_1003 = l_287 < l_1002;
const uint32 l_1004 = l_1002 - uint32(1);
const uint32 l_1005 = min(l_287, l_1004);
const float l_1006 = buffer_3[l_1005];
const float l_1007 = (l_1003) ? l_1006 : float(0.0);
const float l_294 = l_1007;
const float l_295 = l_293 * l_294;
l_mut_25 = l_mut_25 / l_295;
const uint32 l_296 = l_197 + info.scalars_uint32[0];
const uint32 l_297 = l_287 + info.scalars_uint32[1];
const bool l_298 = l_296 == l_297;
const float l_299 = (l_298) ? float(1.0) : float(-1.0);
const float l_300 = l_mut_25 + info.scalars_float[1];
const float l_301 = l_299 * l_300;
const float l_302 = min(l_301, float(0.0));
const float l_303 = abs(l_301);
const float l_304 = -l_303;
const float l_305 = exp(l_304);
const float l_306 = float(2.0) + l_305;
const float l_307 = l_305 / l_306;
const float l_308 = l_307 * l_307;
l_mut_24 = float(0.05882352963089943);
const float l_309 = l_308 * l_mut_24;
const float l_310 = float(0.06666667014360428) + l_309;
l_mut_24 = l_310;
const float l_311 = l_308 * l_mut_24;
const float l_312 = float(0.07692307978868484) + l_311;
l_mut_24 = l_312;
const float l_313 = l_308 * l_mut_24;
const float l_314 = float(0.09090909361839294) + l_313;
l_mut_24 = l_314;
const float l_315 = l_308 * l_mut_24;
const float l_316 = float(0.1111111119389534) + l_315;
l_mut_24 = l_316;
const float l_317 = l_308 * l_mut_24;
const float l_318 = float(0.1428571492433548) + l_317;
l_mut_24 = l_318;
const float l_319 = l_308 * l_mut_24;
const float l_320 = float(0.20000000298023224) + l_319;
l_mut_24 = l_320;
const float l_321 = l_308 * l_mut_24;
const float l_322 = float(0.3333333432674408) + l_321;
l_mut_24 = l_322;
const float l_323 = l_308 * l_mut_24;
const float l_324 = float(1.0) + l_323;
l_mut_24 = l_324;
const float l_325 = float(2.0) * l_307;
const float l_326 = l_325 * l_mut_24;
const float l_327 = l_302 - l_326;
const float l_328 = l_arr_8[uint32(0)];
const float l_329 = l_328 + l_327;
l_arr_8[uint32(0)] = l_329;
}
const uint32 l_330 = l_mut_10 + l_5;
const uint32 l_331 = l_330 + uint32(48);
const bool l_332 = l_197 < l_0;
const bool l_333 = l_331 < l_1;
const bool l_334 = l_332 && l_333;
if (l_334) {
const float l_335 = l_arr_7[uint32(3)];
const float l_336 = info.scalars_float[0] * l_335;
l_mut_25 = l_336;
const uint32 l_1008 = info.static_meta[uint32(2)];
const uint32 l_1009 = l_1008 * uint32(1);
const bool l_1010 = l_197 < l_1009;
const uint32 l_1011 = l_1009 - uint32(1);
const uint32 l_1012 = min(l_197, l_1011);
const float l_1013 = buffer_2[l_1012];
const float l_1014 = (l_1010) ? l_1013 : float(0.0);
const float l_337 = l_1014;
const uint32 l_1015 = info.static_meta[uint32(3)];
const uint32 l_1016 = l_1015 * uint32(1);
const bool l_1017 = l_331 < l_1016;
const uint32 l_1018 = l_1016 - uint32(1);
const uint32 l_1019 = min(l_331, l_1018);
const float l_1020 = buffer_3[l_1019];
const float l_1021 = (l_1017) ? l_1020 : float(0.0);
const float l_338 = l_1021;
const float l_339 = l_337 * l_338;
l_mut_25 = l_mut_25 / l_339;
const uint32 l_340 = l_197 + info.scalars_uint32[0];
const uint32 l_341 = l_331 + info.scalars_uint32[1];
const bool l_342 = l_340 == l_341;
const float l_343 = (l_342) ? float(1.0) : float(-1.0);
const float l_344 = l_mut_25 + info.scalars_float[1];
const float l_345 = l_343 * l_344;
const float l_346 = min(l_345, float(0.0));
const float l_347 = abs(l_345);
const float l_348 = -l_347;
const float l_349 = exp(l_348);
const float l_350 = float(2.0) + l_349;
const float l_351 = l_349 / l_350;
const float l_352 = l_351 * l_351;
l_mut_24 = float(0.05882352963089943);
const float l_353 = l_352 * l_mut_24;
const float l_354 = float(0.06666667014360428) + l_353;
l_mut_24 = l_354;
const float l_355 = l_352 * l_mut_24;
const float l_356 = float(0.07692307978868484) + l_355;
l_mut_24 = l_356;
const float l_357 = l_352 * l_mut_24;
const float l_358 = float(0.09090909361839294) + l_357;
l_mut_24 = l_358;
const float l_359 = l_352 * l_mut_24;
const float l_360 = float(0.1111111119389534) + l_359;
l_mut_24 = l_360;
const float l_361 = l_352 * l_mut_24;
const float l_362 = float(0.1428571492433548) + l_361;
l_mut_24 = l_362;
const float l_363 = l_352 * l_mut_24;
const float l_364 = float(0.20000000298023224) + l_363;
l_mut_24 = l_364;
const float l_365 = l_352 * l_mut_24;
const float l_366 = float(0.3333333432674408) + l_365;
l_mut_24 = l_366;
const float l_367 = l_352 * l_mut_24;
const float l_368 = float(1.0) + l_367;
l_mut_24 = l_368;
const float l_369 = float(2.0) * l_351;
const float l_370 = l_369 * l_mut_24;
const float l_371 = l_346 - l_370;
const float l_372 = l_arr_8[uint32(0)];
const float l_373 = l_372 + l_371;
l_arr_8[uint32(0)] = l_373;
}
const uint32 l_374 = l_3 + l_4;
const uint32 l_375 = l_374 + uint32(16);
const uint32 l_376 = l_mut_10 + l_5;
const uint32 l_377 = l_376 + uint32(0);
const bool l_378 = l_375 < l_0;
const bool l_379 = l_377 < l_1;
const bool l_380 = l_378 && l_379;
if (l_380) {
const float l_381 = l_arr_7[uint32(4)];
const float l_382 = info.scalars_float[0] * l_381;
l_mut_25 = l_382;
const uint32 l_1022 = info.static_meta[uint32(2)];
const uint32 l_1023 = l_1022 * uint32(1);
const bool l_1024 = l_375 < l_1023;
const uint32 l_1025 = l_1023 - uint32(1);
const uint32 l_1026 = min(l_375, l_1025);
const float l_1027 = buffer_2[l_1026];
const float l_1028 = (l_1024) ? l_1027 : float(0.0);
const float l_383 = l_1028;
const uint32 l_1029 = info.static_meta[uint32(3)];
const uint32 l_1030 = l_1029 * uint32(1);
const bool l_1031 = l_377 < l_1030;
const uint32 l_1032 = l_1030 - uint32(1);
const uint32 l_1033 = min(l_377, l_1032);
const float l_1034 = buffer_3[l_1033];
const float l_1035 = (l_1031) ? l_1034 : float(0.0);
const float l_384 = l_1035;
const float l_385 = l_383 * l_384;
l_mut_25 = l_mut_25 / l_385;
const uint32 l_386 = l_375 + info.scalars_uint32[0];
const uint32 l_387 = l_377 + info.scalars_uint32[1];
const bool l_388 = l_386 == l_387;
const float l_389 = (l_388) ? float(1.0) : float(-1.0);
const float l_390 = l_mut_25 + info.scalars_float[1];
const float l_391 = l_389 * l_390;
const float l_392 = min(l_391, float(0.0));
const float l_393 = abs(l_391);
const float l_394 = -l_393;
const float l_395 = exp(l_394);
const float l_396 = float(2.0) + l_395;
const float l_397 = l_395 / l_396;
const float l_398 = l_397 * l_397;
l_mut_24 = float(0.05882352963089943);
const float l_399 = l_398 * l_mut_24;
const float l_400 = float(0.06666667014360428) + l_399;
l_mut_24 = l_400;
const float l_401 = l_398 * l_mut_24;
const float l_402 = float(0.07692307978868484) + l_401;
l_mut_24 = l_402;
const float l_403 = l_398 * l_mut_24;
const float l_404 = float(0.09090909361839294) + l_403;
l_mut_24 = l_404;
const float l_405 = l_398 * l_mut_24;
const float l_406 = float(0.1111111119389534) + l_405;
l_mut_24 = l_406;
const float l_407 = l_398 * l_mut_24;
const float l_408 = float(0.1428571492433548) + l_407;
l_mut_24 = l_408;
const float l_409 = l_398 * l_mut_24;
const float l_410 = float(0.20000000298023224) + l_409;
l_mut_24 = l_410;
const float l_411 = l_398 * l_mut_24;
const float l_412 = float(0.3333333432674408) + l_411;
l_mut_24 = l_412;
const float l_413 = l_398 * l_mut_24;
const float l_414 = float(1.0) + l_413;
l_mut_24 = l_414;
const float l_415 = float(2.0) * l_397;
const float l_416 = l_415 * l_mut_24;
const float l_417 = l_392 - l_416;
const float l_418 = l_arr_8[uint32(1)];
const float l_419 = l_418 + l_417;
l_arr_8[uint32(1)] = l_419;
}
const uint32 l_420 = l_mut_10 + l_5;
const uint32 l_421 = l_420 + uint32(16);
const bool l_422 = l_375 < l_0;
const bool l_423 = l_421 < l_1;
const bool l_424 = l_422 && l_423;
if (l_424) {
const float l_425 = l_arr_7[uint32(5)];
const float l_426 = info.scalars_float[0] * l_425;
l_mut_25 = l_426;
const uint32 l_1036 = info.static_meta[uint32(2)];
const uint32 l_1037 = l_1036 * uint32(1);
const bool l_1038 = l_375 < l_1037;
const uint32 l_1039 = l_1037 - uint32(1);
const uint32 l_1040 = min(l_375, l_1039);
const float l_1041 = buffer_2[l_1040];
const float l_1042 = (l_1038) ? l_1041 : float(0.0);
const float l_427 = l_1042;
const uint32 l_1043 = info.static_meta[uint32(3)];
const uint32 l_1044 = l_1043 * uint32(1);
const bool l_1045 = l_421 < l_1044;
const uint32 l_1046 = l_1044 - uint32(1);
const uint32 l_1047 = min(l_421, l_1046);
const float l_1048 = buffer_3[l_1047];
const float l_1049 = (l_1045) ? l_1048 : float(0.0);
const float l_428 = l_1049;
const float l_429 = l_427 * l_428;
l_mut_25 = l_mut_25 / l_429;
const uint32 l_430 = l_375 + info.scalars_uint32[0];
const uint32 l_431 = l_421 + info.scalars_uint32[1];
const bool l_432 = l_430 == l_431;
const float l_433 = (l_432) ? float(1.0) : float(-1.0);
const float l_434 = l_mut_25 + info.scalars_float[1];
const float l_435 = l_433 * l_434;
const float l_436 = min(l_435, float(0.0));
const float l_437 = abs(l_435);
const float l_438 = -l_437;
const float l_439 = exp(l_438);
const float l_440 = float(2.0) + l_439;
const float l_441 = l_439 / l_440;
const float l_442 = l_441 * l_441;
l_mut_24 = float(0.05882352963089943);
const float l_443 = l_442 * l_mut_24;
const float l_444 = float(0.06666667014360428) + l_443;
l_mut_24 = l_444;
const float l_445 = l_442 * l_mut_24;
const float l_446 = float(0.07692307978868484) + l_445;
l_mut_24 = l_446;
const float l_447 = l_442 * l_mut_24;
const float l_448 = float(0.09090909361839294) + l_447;
l_mut_24 = l_448;
const float l_449 = l_442 * l_mut_24;
const float l_450 = float(0.1111111119389534) + l_449;
l_mut_24 = l_450;
const float l_451 = l_442 * l_mut_24;
const float l_452 = float(0.1428571492433548) + l_451;
l_mut_24 = l_452;
const float l_453 = l_442 * l_mut_24;
const float l_454 = float(0.20000000298023224) + l_453;
l_mut_24 = l_454;
const float l_455 = l_442 * l_mut_24;
const float l_456 = float(0.3333333432674408) + l_455;
l_mut_24 = l_456;
const float l_457 = l_442 * l_mut_24;
const float l_458 = float(1.0) + l_457;
l_mut_24 = l_458;
const float l_459 = float(2.0) * l_441;
const float l_460 = l_459 * l_mut_24;
const float l_461 = l_436 - l_460;
const float l_462 = l_arr_8[uint32(1)];
const float l_463 = l_462 + l_461;
l_arr_8[uint32(1)] = l_463;
}
const uint32 l_464 = l_mut_10 + l_5;
const uint32 l_465 = l_464 + uint32(32);
const bool l_466 = l_375 < l_0;
const bool l_467 = l_465 < l_1;
const bool l_468 = l_466 && l_467;
if (l_468) {
const float l_469 = l_arr_7[uint32(6)];
const float l_470 = info.scalars_float[0] * l_469;
l_mut_25 = l_470;
const uint32 l_1050 = info.static_meta[uint32(2)];
const uint32 l_1051 = l_1050 * uint32(1);
const bool l_1052 = l_375 < l_1051;
const uint32 l_1053 = l_1051 - uint32(1);
const uint32 l_1054 = min(l_375, l_1053);
const float l_1055 = buffer_2[l_1054];
const float l_1056 = (l_1052) ? l_1055 : float(0.0);
const float l_471 = l_1056;
const uint32 l_1057 = info.static_meta[uint32(3)];
const uint32 l_1058 = l_1057 * uint32(1);
const bool l_1059 = l_465 < l_1058;
const uint32 l_1060 = l_1058 - uint32(1);
const uint32 l_1061 = min(l_465, l_1060);
const float l_1062 = buffer_3[l_1061];
const float l_1063 = (l_1059) ? l_1062 : float(0.0);
const float l_472 = l_1063;
const float l_473 = l_471 * l_472;
l_mut_25 = l_mut_25 / l_473;
const uint32 l_474 = l_375 + info.scalars_uint32[0];
const uint32 l_475 = l_465 + info.scalars_uint32[1];
const bool l_476 = l_474 == l_475;
const float l_477 = (l_476) ? float(1.0) : float(-1.0);
const float l_478 = l_mut_25 + info.scalars_float[1];
const float l_479 = l_477 * l_478;
const float l_480 = min(l_479, float(0.0));
const float l_481 = abs(l_479);
const float l_482 = -l_481;
const float l_483 = exp(l_482);
const float l_484 = float(2.0) + l_483;
const float l_485 = l_483 / l_484;
const float l_486 = l_485 * l_485;
l_mut_24 = float(0.05882352963089943);
const float l_487 = l_486 * l_mut_24;
const float l_488 = float(0.06666667014360428) + l_487;
l_mut_24 = l_488;
const float l_489 = l_486 * l_mut_24;
const float l_490 = float(0.07692307978868484) + l_489;
l_mut_24 = l_490;
const float l_491 = l_486 * l_mut_24;
const float l_492 = float(0.09090909361839294) + l_491;
l_mut_24 = l_492;
const float l_493 = l_486 * l_mut_24;
const float l_494 = float(0.1111111119389534) + l_493;
l_mut_24 = l_494;
const float l_495 = l_486 * l_mut_24;
const float l_496 = float(0.1428571492433548) + l_495;
l_mut_24 = l_496;
const float l_497 = l_486 * l_mut_24;
const float l_498 = float(0.20000000298023224) + l_497;
l_mut_24 = l_498;
const float l_499 = l_486 * l_mut_24;
const float l_500 = float(0.3333333432674408) + l_499;
l_mut_24 = l_500;
const float l_501 = l_486 * l_mut_24;
const float l_502 = float(1.0) + l_501;
l_mut_24 = l_502;
const float l_503 = float(2.0) * l_485;
const float l_504 = l_503 * l_mut_24;
const float l_505 = l_480 - l_504;
const float l_506 = l_arr_8[uint32(1)];
const float l_507 = l_506 + l_505;
l_arr_8[uint32(1)] = l_507;
}
const uint32 l_508 = l_mut_10 + l_5;
const uint32 l_509 = l_508 + uint32(48);
const bool l_510 = l_375 < l_0;
const bool l_511 = l_509 < l_1;
const bool l_512 = l_510 && l_511;
if (l_512) {
const float l_513 = l_arr_7[uint32(7)];
const float l_514 = info.scalars_float[0] * l_513;
l_mut_25 = l_514;
const uint32 l_1064 = info.static_meta[uint32(2)];
const uint32 l_1065 = l_1064 * uint32(1);
const bool l_1066 = l_375 < l_1065;
const uint32 l_1067 = l_1065 - uint32(1);
const uint32 l_1068 = min(l_375, l_1067);
const float l_1069 = buffer_2[l_1068];
const float l_1070 = (l_1066) ? l_1069 : float(0.0);
const float l_515 = l_1070;
const uint32 l_1071 = info.static_meta[uint32(3)];
const uint32 l_1072 = l_1071 * uint32(1);
const bool l_1073 = l_509 < l_1072;
const uint32 l_1074 = l_1072 - uint32(1);
const uint32 l_1075 = min(l_509, l_1074);
const float l_1076 = buffer_3[l_1075];
const float l_1077 = (l_1073) ? l_1076 : float(0.0);
const float l_516 = l_1077;
const float l_517 = l_515 * l_516;
l_mut_25 = l_mut_25 / l_517;
const uint32 l_518 = l_375 + info.scalars_uint32[0];
const uint32 l_519 = l_509 + info.scalars_uint32[1];
const bool l_520 = l_518 == l_519;
const float l_521 = (l_520) ? float(1.0) : float(-1.0);
const float l_522 = l_mut_25 + info.scalars_float[1];
const float l_523 = l_521 * l_522;
const float l_524 = min(l_523, float(0.0));
const float l_525 = abs(l_523);
const float l_526 = -l_525;
const float l_527 = exp(l_526);
const float l_528 = float(2.0) + l_527;
const float l_529 = l_527 / l_528;
const float l_530 = l_529 * l_529;
l_mut_24 = float(0.05882352963089943);
const float l_531 = l_530 * l_mut_24;
const float l_532 = float(0.06666667014360428) + l_531;
l_mut_24 = l_532;
const float l_533 = l_530 * l_mut_24;
const float l_534 = float(0.07692307978868484) + l_533;
l_mut_24 = l_534;
const float l_535 = l_530 * l_mut_24;
const float l_536 = float(0.09090909361839294) + l_535;
l_mut_24 = l_536;
const float l_537 = l_530 * l_mut_24;
const float l_538 = float(0.1111111119389534) + l_537;
l_mut_24 = l_538;
const float l_539 = l_530 * l_mut_24;
const float l_540 = float(0.1428571492433548) + l_539;
l_mut_24 = l_540;
const float l_541 = l_530 * l_mut_24;
const float l_542 = float(0.20000000298023224) + l_541;
l_mut_24 = l_542;
const float l_543 = l_530 * l_mut_24;
const float l_544 = float(0.3333333432674408) + l_543;
l_mut_24 = l_544;
const float l_545 = l_530 * l_mut_24;
const float l_546 = float(1.0) + l_545;
l_mut_24 = l_546;
const float l_547 = float(2.0) * l_529;
const float l_548 = l_547 * l_mut_24;
const float l_549 = l_524 - l_548;
const float l_550 = l_arr_8[uint32(1)];
const float l_551 = l_550 + l_549;
l_arr_8[uint32(1)] = l_551;
}
const uint32 l_552 = l_3 + l_4;
const uint32 l_553 = l_552 + uint32(32);
const uint32 l_554 = l_mut_10 + l_5;
const uint32 l_555 = l_554 + uint32(0);
const bool l_556 = l_553 < l_0;
const bool l_557 = l_555 < l_1;
const bool l_558 = l_556 && l_557;
if (l_558) {
const float l_559 = l_arr_7[uint32(8)];
const float l_560 = info.scalars_float[0] * l_559;
l_mut_25 = l_560;
const uint32 l_1078 = info.static_meta[uint32(2)];
const uint32 l_1079 = l_1078 * uint32(1);
const bool l_1080 = l_553 < l_1079;
const uint32 l_1081 = l_1079 - uint32(1);
const uint32 l_1082 = min(l_553, l_1081);
const float l_1083 = buffer_2[l_1082];
const float l_1084 = (l_1080) ? l_1083 : float(0.0);
const float l_561 = l_1084;
const uint32 l_1085 = info.static_meta[uint32(3)];
const uint32 l_1086 = l_1085 * uint32(1);
const bool l_1087 = l_555 < l_1086;
const uint32 l_1088 = l_1086 - uint32(1);
const uint32 l_1089 = min(l_555, l_1088);
const float l_1090 = buffer_3[l_1089];
const float l_1091 = (l_1087) ? l_1090 : float(0.0);
const float l_562 = l_1091;
const float l_563 = l_561 * l_562;
l_mut_25 = l_mut_25 / l_563;
const uint32 l_564 = l_553 + info.scalars_uint32[0];
const uint32 l_565 = l_555 + info.scalars_uint32[1];
const bool l_566 = l_564 == l_565;
const float l_567 = (l_566) ? float(1.0) : float(-1.0);
const float l_568 = l_mut_25 + info.scalars_float[1];
const float l_569 = l_567 * l_568;
const float l_570 = min(l_569, float(0.0));
const float l_571 = abs(l_569);
const float l_572 = -l_571;
const float l_573 = exp(l_572);
const float l_574 = float(2.0) + l_573;
const float l_575 = l_573 / l_574;
const float l_576 = l_575 * l_575;
l_mut_24 = float(0.05882352963089943);
const float l_577 = l_576 * l_mut_24;
const float l_578 = float(0.06666667014360428) + l_577;
l_mut_24 = l_578;
const float l_579 = l_576 * l_mut_24;
const float l_580 = float(0.07692307978868484) + l_579;
l_mut_24 = l_580;
const float l_581 = l_576 * l_mut_24;
const float l_582 = float(0.09090909361839294) + l_581;
l_mut_24 = l_582;
const float l_583 = l_576 * l_mut_24;
const float l_584 = float(0.1111111119389534) + l_583;
l_mut_24 = l_584;
const float l_585 = l_576 * l_mut_24;
const float l_586 = float(0.1428571492433548) + l_585;
l_mut_24 = l_586;
const float l_587 = l_576 * l_mut_24;
const float l_588 = float(0.20000000298023224) + l_587;
l_mut_24 = l_588;
const float l_589 = l_576 * l_mut_24;
const float l_590 = float(0.3333333432674408) + l_589;
l_mut_24 = l_590;
const float l_591 = l_576 * l_mut_24;
const float l_592 = float(1.0) + l_591;
l_mut_24 = l_592;
const float l_593 = float(2.0) * l_575;
const float l_594 = l_593 * l_mut_24;
const float l_595 = l_570 - l_594;
const float l_596 = l_arr_8[uint32(2)];
const float l_597 = l_596 + l_595;
l_arr_8[uint32(2)] = l_597;
}
const uint32 l_598 = l_mut_10 + l_5;
const uint32 l_599 = l_598 + uint32(16);
const bool l_600 = l_553 < l_0;
const bool l_601 = l_599 < l_1;
const bool l_602 = l_600 && l_601;
if (l_602) {
const float l_603 = l_arr_7[uint32(9)];
const float l_604 = info.scalars_float[0] * l_603;
l_mut_25 = l_604;
const uint32 l_1092 = info.static_meta[uint32(2)];
const uint32 l_1093 = l_1092 * uint32(1);
const bool l_1094 = l_553 < l_1093;
const uint32 l_1095 = l_1093 - uint32(1);
const uint32 l_1096 = min(l_553, l_1095);
const float l_1097 = buffer_2[l_1096];
const float l_1098 = (l_1094) ? l_1097 : float(0.0);
const float l_605 = l_1098;
const uint32 l_1099 = info.static_meta[uint32(3)];
const uint32 l_1100 = l_1099 * uint32(1);
const bool l_1101 = l_599 < l_1100;
const uint32 l_1102 = l_1100 - uint32(1);
const uint32 l_1103 = min(l_599, l_1102);
const float l_1104 = buffer_3[l_1103];
const float l_1105 = (l_1101) ? l_1104 : float(0.0);
const float l_606 = l_1105;
const float l_607 = l_605 * l_606;
l_mut_25 = l_mut_25 / l_607;
const uint32 l_608 = l_553 + info.scalars_uint32[0];
const uint32 l_609 = l_599 + info.scalars_uint32[1];
const bool l_610 = l_608 == l_609;
const float l_611 = (l_610) ? float(1.0) : float(-1.0);
const float l_612 = l_mut_25 + info.scalars_float[1];
const float l_613 = l_611 * l_612;
const float l_614 = min(l_613, float(0.0));
const float l_615 = abs(l_613);
const float l_616 = -l_615;
const float l_617 = exp(l_616);
const float l_618 = float(2.0) + l_617;
const float l_619 = l_617 / l_618;
const float l_620 = l_619 * l_619;
l_mut_24 = float(0.05882352963089943);
const float l_621 = l_620 * l_mut_24;
const float l_622 = float(0.06666667014360428) + l_621;
l_mut_24 = l_622;
const float l_623 = l_620 * l_mut_24;
const float l_624 = float(0.07692307978868484) + l_623;
l_mut_24 = l_624;
const float l_625 = l_620 * l_mut_24;
const float l_626 = float(0.09090909361839294) + l_625;
l_mut_24 = l_626;
const float l_627 = l_620 * l_mut_24;
const float l_628 = float(0.1111111119389534) + l_627;
l_mut_24 = l_628;
const float l_629 = l_620 * l_mut_24;
const float l_630 = float(0.1428571492433548) + l_629;
l_mut_24 = l_630;
const float l_631 = l_620 * l_mut_24;
const float l_632 = float(0.20000000298023224) + l_631;
l_mut_24 = l_632;
const float l_633 = l_620 * l_mut_24;
const float l_634 = float(0.3333333432674408) + l_633;
l_mut_24 = l_634;
const float l_635 = l_620 * l_mut_24;
const float l_636 = float(1.0) + l_635;
l_mut_24 = l_636;
const float l_637 = float(2.0) * l_619;
const float l_638 = l_637 * l_mut_24;
const float l_639 = l_614 - l_638;
const float l_640 = l_arr_8[uint32(2)];
const float l_641 = l_640 + l_639;
l_arr_8[uint32(2)] = l_641;
}
const uint32 l_642 = l_mut_10 + l_5;
const uint32 l_643 = l_642 + uint32(32);
const bool l_644 = l_553 < l_0;
const bool l_645 = l_643 < l_1;
const bool l_646 = l_644 && l_645;
if (l_646) {
const float l_647 = l_arr_7[uint32(10)];
const float l_648 = info.scalars_float[0] * l_647;
l_mut_25 = l_648;
const uint32 l_1106 = info.static_meta[uint32(2)];
const uint32 l_1107 = l_1106 * uint32(1);
const bool l_1108 = l_553 < l_1107;
const uint32 l_1109 = l_1107 - uint32(1);
const uint32 l_1110 = min(l_553, l_1109);
const float l_1111 = buffer_2[l_1110];
const float l_1112 = (l_1108) ? l_1111 : float(0.0);
const float l_649 = l_1112;
const uint32 l_1113 = info.static_meta[uint32(3)];
const uint32 l_1114 = l_1113 * uint32(1);
const bool l_1115 = l_643 < l_1114;
const uint32 l_1116 = l_1114 - uint32(1);
const uint32 l_1117 = min(l_643, l_1116);
const float l_1118 = buffer_3[l_1117];
const float l_1119 = (l_1115) ? l_1118 : float(0.0);
const float l_650 = l_1119;
const float l_651 = l_649 * l_650;
l_mut_25 = l_mut_25 / l_651;
const uint32 l_652 = l_553 + info.scalars_uint32[0];
const uint32 l_653 = l_643 + info.scalars_uint32[1];
const bool l_654 = l_652 == l_653;
const float l_655 = (l_654) ? float(1.0) : float(-1.0);
const float l_656 = l_mut_25 + info.scalars_float[1];
const float l_657 = l_655 * l_656;
const float l_658 = min(l_657, float(0.0));
const float l_659 = abs(l_657);
const float l_660 = -l_659;
const float l_661 = exp(l_660);
const float l_662 = float(2.0) + l_661;
const float l_663 = l_661 / l_662;
const float l_664 = l_663 * l_663;
l_mut_24 = float(0.05882352963089943);
const float l_665 = l_664 * l_mut_24;
const float l_666 = float(0.06666667014360428) + l_665;
l_mut_24 = l_666;
const float l_667 = l_664 * l_mut_24;
const float l_668 = float(0.07692307978868484) + l_667;
l_mut_24 = l_668;
const float l_669 = l_664 * l_mut_24;
const float l_670 = float(0.09090909361839294) + l_669;
l_mut_24 = l_670;
const float l_671 = l_664 * l_mut_24;
const float l_672 = float(0.1111111119389534) + l_671;
l_mut_24 = l_672;
const float l_673 = l_664 * l_mut_24;
const float l_674 = float(0.1428571492433548) + l_673;
l_mut_24 = l_674;
const float l_675 = l_664 * l_mut_24;
const float l_676 = float(0.20000000298023224) + l_675;
l_mut_24 = l_676;
const float l_677 = l_664 * l_mut_24;
const float l_678 = float(0.3333333432674408) + l_677;
l_mut_24 = l_678;
const float l_679 = l_664 * l_mut_24;
const float l_680 = float(1.0) + l_679;
l_mut_24 = l_680;
const float l_681 = float(2.0) * l_663;
const float l_682 = l_681 * l_mut_24;
const float l_683 = l_658 - l_682;
const float l_684 = l_arr_8[uint32(2)];
const float l_685 = l_684 + l_683;
l_arr_8[uint32(2)] = l_685;
}
const uint32 l_686 = l_mut_10 + l_5;
const uint32 l_687 = l_686 + uint32(48);
const bool l_688 = l_553 < l_0;
const bool l_689 = l_687 < l_1;
const bool l_690 = l_688 && l_689;
if (l_690) {
const float l_691 = l_arr_7[uint32(11)];
const float l_692 = info.scalars_float[0] * l_691;
l_mut_25 = l_692;
const uint32 l_1120 = info.static_meta[uint32(2)];
const uint32 l_1121 = l_1120 * uint32(1);
const bool l_1122 = l_553 < l_1121;
const uint32 l_1123 = l_1121 - uint32(1);
const uint32 l_1124 = min(l_553, l_1123);
const float l_1125 = buffer_2[l_1124];
const float l_1126 = (l_1122) ? l_1125 : float(0.0);
const float l_693 = l_1126;
const uint32 l_1127 = info.static_meta[uint32(3)];
const uint32 l_1128 = l_1127 * uint32(1);
const bool l_1129 = l_687 < l_1128;
const uint32 l_1130 = l_1128 - uint32(1);
const uint32 l_1131 = min(l_687, l_1130);
const float l_1132 = buffer_3[l_1131];
const float l_1133 = (l_1129) ? l_1132 : float(0.0);
const float l_694 = l_1133;
const float l_695 = l_693 * l_694;
l_mut_25 = l_mut_25 / l_695;
const uint32 l_696 = l_553 + info.scalars_uint32[0];
const uint32 l_697 = l_687 + info.scalars_uint32[1];
const bool l_698 = l_696 == l_697;
const float l_699 = (l_698) ? float(1.0) : float(-1.0);
const float l_700 = l_mut_25 + info.scalars_float[1];
const float l_701 = l_699 * l_700;
const float l_702 = min(l_701, float(0.0));
const float l_703 = abs(l_701);
const float l_704 = -l_703;
const float l_705 = exp(l_704);
const float l_706 = float(2.0) + l_705;
const float l_707 = l_705 / l_706;
const float l_708 = l_707 * l_707;
l_mut_24 = float(0.05882352963089943);
const float l_709 = l_708 * l_mut_24;
const float l_710 = float(0.06666667014360428) + l_709;
l_mut_24 = l_710;
const float l_711 = l_708 * l_mut_24;
const float l_712 = float(0.07692307978868484) + l_711;
l_mut_24 = l_712;
const float l_713 = l_708 * l_mut_24;
const float l_714 = float(0.09090909361839294) + l_713;
l_mut_24 = l_714;
const float l_715 = l_708 * l_mut_24;
const float l_716 = float(0.1111111119389534) + l_715;
l_mut_24 = l_716;
const float l_717 = l_708 * l_mut_24;
const float l_718 = float(0.1428571492433548) + l_717;
l_mut_24 = l_718;
const float l_719 = l_708 * l_mut_24;
const float l_720 = float(0.20000000298023224) + l_719;
l_mut_24 = l_720;
const float l_721 = l_708 * l_mut_24;
const float l_722 = float(0.3333333432674408) + l_721;
l_mut_24 = l_722;
const float l_723 = l_708 * l_mut_24;
const float l_724 = float(1.0) + l_723;
l_mut_24 = l_724;
const float l_725 = float(2.0) * l_707;
const float l_726 = l_725 * l_mut_24;
const float l_727 = l_702 - l_726;
const float l_728 = l_arr_8[uint32(2)];
const float l_729 = l_728 + l_727;
l_arr_8[uint32(2)] = l_729;
}
const uint32 l_730 = l_3 + l_4;
const uint32 l_731 = l_730 + uint32(48);
const uint32 l_732 = l_mut_10 + l_5;
const uint32 l_733 = l_732 + uint32(0);
const bool l_734 = l_731 < l_0;
const bool l_735 = l_733 < l_1;
const bool l_736 = l_734 && l_735;
if (l_736) {
const float l_737 = l_arr_7[uint32(12)];
const float l_738 = info.scalars_float[0] * l_737;
l_mut_25 = l_738;
const uint32 l_1134 = info.static_meta[uint32(2)];
const uint32 l_1135 = l_1134 * uint32(1);
const bool l_1136 = l_731 < l_1135;
const uint32 l_1137 = l_1135 - uint32(1);
const uint32 l_1138 = min(l_731, l_1137);
const float l_1139 = buffer_2[l_1138];
const float l_1140 = (l_1136) ? l_1139 : float(0.0);
const float l_739 = l_1140;
const uint32 l_1141 = info.static_meta[uint32(3)];
const uint32 l_1142 = l_1141 * uint32(1);
const bool l_1143 = l_733 < l_1142;
const uint32 l_1144 = l_1142 - uint32(1);
const uint32 l_1145 = min(l_733, l_1144);
const float l_1146 = buffer_3[l_1145];
const float l_1147 = (l_1143) ? l_1146 : float(0.0);
const float l_740 = l_1147;
const float l_741 = l_739 * l_740;
l_mut_25 = l_mut_25 / l_741;
const uint32 l_742 = l_731 + info.scalars_uint32[0];
const uint32 l_743 = l_733 + info.scalars_uint32[1];
const bool l_744 = l_742 == l_743;
const float l_745 = (l_744) ? float(1.0) : float(-1.0);
const float l_746 = l_mut_25 + info.scalars_float[1];
const float l_747 = l_745 * l_746;
const float l_748 = min(l_747, float(0.0));
const float l_749 = abs(l_747);
const float l_750 = -l_749;
const float l_751 = exp(l_750);
const float l_752 = float(2.0) + l_751;
const float l_753 = l_751 / l_752;
const float l_754 = l_753 * l_753;
l_mut_24 = float(0.05882352963089943);
const float l_755 = l_754 * l_mut_24;
const float l_756 = float(0.06666667014360428) + l_755;
l_mut_24 = l_756;
const float l_757 = l_754 * l_mut_24;
const float l_758 = float(0.07692307978868484) + l_757;
l_mut_24 = l_758;
const float l_759 = l_754 * l_mut_24;
const float l_760 = float(0.09090909361839294) + l_759;
l_mut_24 = l_760;
const float l_761 = l_754 * l_mut_24;
const float l_762 = float(0.1111111119389534) + l_761;
l_mut_24 = l_762;
const float l_763 = l_754 * l_mut_24;
const float l_764 = float(0.1428571492433548) + l_763;
l_mut_24 = l_764;
const float l_765 = l_754 * l_mut_24;
const float l_766 = float(0.20000000298023224) + l_765;
l_mut_24 = l_766;
const float l_767 = l_754 * l_mut_24;
const float l_768 = float(0.3333333432674408) + l_767;
l_mut_24 = l_768;
const float l_769 = l_754 * l_mut_24;
const float l_770 = float(1.0) + l_769;
l_mut_24 = l_770;
const float l_771 = float(2.0) * l_753;
const float l_772 = l_771 * l_mut_24;
const float l_773 = l_748 - l_772;
const float l_774 = l_arr_8[uint32(3)];
const float l_775 = l_774 + l_773;
l_arr_8[uint32(3)] = l_775;
}
const uint32 l_776 = l_mut_10 + l_5;
const uint32 l_777 = l_776 + uint32(16);
const bool l_778 = l_731 < l_0;
const bool l_779 = l_777 < l_1;
const bool l_780 = l_778 && l_779;
if (l_780) {
const float l_781 = l_arr_7[uint32(13)];
const float l_782 = info.scalars_float[0] * l_781;
l_mut_25 = l_782;
const uint32 l_1148 = info.static_meta[uint32(2)];
const uint32 l_1149 = l_1148 * uint32(1);
const bool l_1150 = l_731 < l_1149;
const uint32 l_1151 = l_1149 - uint32(1);
const uint32 l_1152 = min(l_731, l_1151);
const float l_1153 = buffer_2[l_1152];
const float l_1154 = (l_1150) ? l_1153 : float(0.0);
const float l_783 = l_1154;
const uint32 l_1155 = info.static_meta[uint32(3)];
const uint32 l_1156 = l_1155 * uint32(1);
const bool l_1157 = l_777 < l_1156;
const uint32 l_1158 = l_1156 - uint32(1);
const uint32 l_1159 = min(l_777, l_1158);
const float l_1160 = buffer_3[l_1159];
const float l_1161 = (l_1157) ? l_1160 : float(0.0);
const float l_784 = l_1161;
const float l_785 = l_783 * l_784;
l_mut_25 = l_mut_25 / l_785;
const uint32 l_786 = l_731 + info.scalars_uint32[0];
const uint32 l_787 = l_777 + info.scalars_uint32[1];
const bool l_788 = l_786 == l_787;
const float l_789 = (l_788) ? float(1.0) : float(-1.0);
const float l_790 = l_mut_25 + info.scalars_float[1];
const float l_791 = l_789 * l_790;
const float l_792 = min(l_791, float(0.0));
const float l_793 = abs(l_791);
const float l_794 = -l_793;
const float l_795 = exp(l_794);
const float l_796 = float(2.0) + l_795;
const float l_797 = l_795 / l_796;
const float l_798 = l_797 * l_797;
l_mut_24 = float(0.05882352963089943);
const float l_799 = l_798 * l_mut_24;
const float l_800 = float(0.06666667014360428) + l_799;
l_mut_24 = l_800;
const float l_801 = l_798 * l_mut_24;
const float l_802 = float(0.07692307978868484) + l_801;
l_mut_24 = l_802;
const float l_803 = l_798 * l_mut_24;
const float l_804 = float(0.09090909361839294) + l_803;
l_mut_24 = l_804;
const float l_805 = l_798 * l_mut_24;
const float l_806 = float(0.1111111119389534) + l_805;
l_mut_24 = l_806;
const float l_807 = l_798 * l_mut_24;
const float l_808 = float(0.1428571492433548) + l_807;
l_mut_24 = l_808;
const float l_809 = l_798 * l_mut_24;
const float l_810 = float(0.20000000298023224) + l_809;
l_mut_24 = l_810;
const float l_811 = l_798 * l_mut_24;
const float l_812 = float(0.3333333432674408) + l_811;
l_mut_24 = l_812;
const float l_813 = l_798 * l_mut_24;
const float l_814 = float(1.0) + l_813;
l_mut_24 = l_814;
const float l_815 = float(2.0) * l_797;
const float l_816 = l_815 * l_mut_24;
const float l_817 = l_792 - l_816;
const float l_818 = l_arr_8[uint32(3)];
const float l_819 = l_818 + l_817;
l_arr_8[uint32(3)] = l_819;
}
const uint32 l_820 = l_mut_10 + l_5;
const uint32 l_821 = l_820 + uint32(32);
const bool l_822 = l_731 < l_0;
const bool l_823 = l_821 < l_1;
const bool l_824 = l_822 && l_823;
if (l_824) {
const float l_825 = l_arr_7[uint32(14)];
const float l_826 = info.scalars_float[0] * l_825;
l_mut_25 = l_826;
const uint32 l_1162 = info.static_meta[uint32(2)];
const uint32 l_1163 = l_1162 * uint32(1);
const bool l_1164 = l_731 < l_1163;
const uint32 l_1165 = l_1163 - uint32(1);
const uint32 l_1166 = min(l_731, l_1165);
const float l_1167 = buffer_2[l_1166];
const float l_1168 = (l_1164) ? l_1167 : float(0.0);
const float l_827 = l_1168;
const uint32 l_1169 = info.static_meta[uint32(3)];
const uint32 l_1170 = l_1169 * uint32(1);
const bool l_1171 = l_821 < l_1170;
const uint32 l_1172 = l_1170 - uint32(1);
const uint32 l_1173 = min(l_821, l_1172);
const float l_1174 = buffer_3[l_1173];
const float l_1175 = (l_1171) ? l_1174 : float(0.0);
const float l_828 = l_1175;
const float l_829 = l_827 * l_828;
l_mut_25 = l_mut_25 / l_829;
const uint32 l_830 = l_731 + info.scalars_uint32[0];
const uint32 l_831 = l_821 + info.scalars_uint32[1];
const bool l_832 = l_830 == l_831;
const float l_833 = (l_832) ? float(1.0) : float(-1.0);
const float l_834 = l_mut_25 + info.scalars_float[1];
const float l_835 = l_833 * l_834;
const float l_836 = min(l_835, float(0.0));
const float l_837 = abs(l_835);
const float l_838 = -l_837;
const float l_839 = exp(l_838);
const float l_840 = float(2.0) + l_839;
const float l_841 = l_839 / l_840;
const float l_842 = l_841 * l_841;
l_mut_24 = float(0.05882352963089943);
const float l_843 = l_842 * l_mut_24;
const float l_844 = float(0.06666667014360428) + l_843;
l_mut_24 = l_844;
const float l_845 = l_842 * l_mut_24;
const float l_846 = float(0.07692307978868484) + l_845;
l_mut_24 = l_846;
const float l_847 = l_842 * l_mut_24;
const float l_848 = float(0.09090909361839294) + l_847;
l_mut_24 = l_848;
const float l_849 = l_842 * l_mut_24;
const float l_850 = float(0.1111111119389534) + l_849;
l_mut_24 = l_850;
const float l_851 = l_842 * l_mut_24;
const float l_852 = float(0.1428571492433548) + l_851;
l_mut_24 = l_852;
const float l_853 = l_842 * l_mut_24;
const float l_854 = float(0.20000000298023224) + l_853;
l_mut_24 = l_854;
const float l_855 = l_842 * l_mut_24;
const float l_856 = float(0.3333333432674408) + l_855;
l_mut_24 = l_856;
const float l_857 = l_842 * l_mut_24;
const float l_858 = float(1.0) + l_857;
l_mut_24 = l_858;
const float l_859 = float(2.0) * l_841;
const float l_860 = l_859 * l_mut_24;
const float l_861 = l_836 - l_860;
const float l_862 = l_arr_8[uint32(3)];
const float l_863 = l_862 + l_861;
l_arr_8[uint32(3)] = l_863;
}
const uint32 l_864 = l_mut_10 + l_5;
const uint32 l_865 = l_864 + uint32(48);
const bool l_866 = l_731 < l_0;
const bool l_867 = l_865 < l_1;
const bool l_868 = l_866 && l_867;
if (l_868) {
const float l_869 = l_arr_7[uint32(15)];
const float l_870 = info.scalars_float[0] * l_869;
l_mut_25 = l_870;
const uint32 l_1176 = info.static_meta[uint32(2)];
const uint32 l_1177 = l_1176 * uint32(1);
const bool l_1178 = l_731 < l_1177;
const uint32 l_1179 = l_1177 - uint32(1);
const uint32 l_1180 = min(l_731, l_1179);
const float l_1181 = buffer_2[l_1180];
const float l_1182 = (l_1178) ? l_1181 : float(0.0);
const float l_871 = l_1182;
const uint32 l_1183 = info.static_meta[uint32(3)];
const uint32 l_1184 = l_1183 * uint32(1);
const bool l_1185 = l_865 < l_1184;
const uint32 l_1186 = l_1184 - uint32(1);
const uint32 l_1187 = min(l_865, l_1186);
const float l_1188 = buffer_3[l_1187];
const float l_1189 = (l_1185) ? l_1188 : float(0.0);
const float l_872 = l_1189;
const float l_873 = l_871 * l_872;
l_mut_25 = l_mut_25 / l_873;
const uint32 l_874 = l_731 + info.scalars_uint32[0];
const uint32 l_875 = l_865 + info.scalars_uint32[1];
const bool l_876 = l_874 == l_875;
const float l_877 = (l_876) ? float(1.0) : float(-1.0);
const float l_878 = l_mut_25 + info.scalars_float[1];
const float l_879 = l_877 * l_878;
const float l_880 = min(l_879, float(0.0));
const float l_881 = abs(l_879);
const float l_882 = -l_881;
const float l_883 = exp(l_882);
const float l_884 = float(2.0) + l_883;
const float l_885 = l_883 / l_884;
const float l_886 = l_885 * l_885;
l_mut_24 = float(0.05882352963089943);
const float l_887 = l_886 * l_mut_24;
const float l_888 = float(0.06666667014360428) + l_887;
l_mut_24 = l_888;
const float l_889 = l_886 * l_mut_24;
const float l_890 = float(0.07692307978868484) + l_889;
l_mut_24 = l_890;
const float l_891 = l_886 * l_mut_24;
const float l_892 = float(0.09090909361839294) + l_891;
l_mut_24 = l_892;
const float l_893 = l_886 * l_mut_24;
const float l_894 = float(0.1111111119389534) + l_893;
l_mut_24 = l_894;
const float l_895 = l_886 * l_mut_24;
const float l_896 = float(0.1428571492433548) + l_895;
l_mut_24 = l_896;
const float l_897 = l_886 * l_mut_24;
const float l_898 = float(0.20000000298023224) + l_897;
l_mut_24 = l_898;
const float l_899 = l_886 * l_mut_24;
const float l_900 = float(0.3333333432674408) + l_899;
l_mut_24 = l_900;
const float l_901 = l_886 * l_mut_24;
const float l_902 = float(1.0) + l_901;
l_mut_24 = l_902;
const float l_903 = float(2.0) * l_885;
const float l_904 = l_903 * l_mut_24;
const float l_905 = l_880 - l_904;
const float l_906 = l_arr_8[uint32(3)];
const float l_907 = l_906 + l_905;
l_arr_8[uint32(3)] = l_907;
}
l_mut_10 = l_mut_10 + uint32(64);
}
const uint32 l_908 = l_4 + uint32(0);
const uint32 l_909 = l_908 * uint32(16);
const uint32 l_910 = l_909 + l_5;
const float l_911 = l_arr_8[uint32(0)];
shared_memory_6[l_910] = l_911;
const uint32 l_912 = l_908 * uint32(16);
const uint32 l_913 = uint32(1024) + l_912;
const uint32 l_914 = l_913 + l_5;
const float l_915 = l_arr_9[uint32(0)];
shared_memory_6[l_914] = l_915;
const uint32 l_916 = l_4 + uint32(16);
const uint32 l_917 = l_916 * uint32(16);
const uint32 l_918 = l_917 + l_5;
const float l_919 = l_arr_8[uint32(1)];
shared_memory_6[l_918] = l_919;
const uint32 l_920 = l_916 * uint32(16);
const uint32 l_921 = uint32(1024) + l_920;
const uint32 l_922 = l_921 + l_5;
const float l_923 = l_arr_9[uint32(1)];
shared_memory_6[l_922] = l_923;
const uint32 l_924 = l_4 + uint32(32);
const uint32 l_925 = l_924 * uint32(16);
const uint32 l_926 = l_925 + l_5;
const float l_927 = l_arr_8[uint32(2)];
shared_memory_6[l_926] = l_927;
const uint32 l_928 = l_924 * uint32(16);
const uint32 l_929 = uint32(1024) + l_928;
const uint32 l_930 = l_929 + l_5;
const float l_931 = l_arr_9[uint32(2)];
shared_memory_6[l_930] = l_931;
const uint32 l_932 = l_4 + uint32(48);
const uint32 l_933 = l_932 * uint32(16);
const uint32 l_934 = l_933 + l_5;
const float l_935 = l_arr_8[uint32(3)];
shared_memory_6[l_934] = l_935;
const uint32 l_936 = l_932 * uint32(16);
const uint32 l_937 = uint32(1024) + l_936;
const uint32 l_938 = l_937 + l_5;
const float l_939 = l_arr_9[uint32(3)];
shared_memory_6[l_938] = l_939;
__syncthreads();

const bool l_940 = threadIdxGlobal < uint32(64);
if (l_940) {
const uint32 l_941 = l_3 + threadIdxGlobal;
const bool l_942 = l_941 < l_0;
if (l_942) {
l_mut_25 = float(0.0);
l_mut_24 = float(0.0);

for (uint32 l_mut_943 = uint32(0); l_mut_943 < uint32(16); ++l_mut_943) {
const uint32 l_944 = threadIdxGlobal * uint32(16);
const uint32 l_945 = l_944 + l_mut_943;
const float l_946 = shared_memory_6[l_945];
l_mut_25 = l_mut_25 + l_946;
const uint32 l_947 = threadIdxGlobal * uint32(16);
const uint32 l_948 = uint32(1024) + l_947;
const uint32 l_949 = l_948 + l_mut_943;
const float l_950 = shared_memory_6[l_949];
l_mut_24 = l_mut_24 + l_950;
}
const float l_951 = info.scalars_float[2] * l_mut_25;
const uint32 l_1190 = info.static_meta[uint32(4)];
const uint32 l_1191 = l_1190 * uint32(1);
const bool l_1192 = l_941 < l_1191;
if (l_1192) {
buffer_4[l_941] = l_951;
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
// ==== launch 0: row_grad_x_f32_y_f32_o_f32 (sigmoid_loss), cube_dim 64x1x1
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


extern "C" __global__ void __launch_bounds__(64)row_grad_x_f32_y_f32_o_f32 (
    const float* __restrict__ buffer_0, const float* __restrict__ buffer_1, const float* __restrict__ buffer_2, const float* __restrict__ buffer_3, float* buffer_4, float* buffer_5, const uint32* __restrict__ dynamic_meta, const __grid_constant__ info_st info
) {
uint32 threadIdxGlobal = threadIdx.x + threadIdx.y * blockDim.x + threadIdx.z * (blockDim.x * blockDim.y);
uint32 blockIdxGlobal = (blockIdx.z * gridDim.y * gridDim.x) + (blockIdx.y * gridDim.x) + blockIdx.x;
extern __shared__ __align__(4) uint8 dynamic_shared_mem[];
// Shared array size: 64, 256 bytes
float *shared_memory_9 = reinterpret_cast<float*>(&dynamic_shared_mem[0]);
float l_mut_14;
float l_mut_17;
uint32 l_mut_10;
uint32 l_mut_50;
uint32 l_mut_5;
uint32 l_mut_78;
const uint32 l_0 = dynamic_meta[info.static_meta[uint32(15)] + uint32(0)];
const bool l_1 = blockIdxGlobal < l_0;
if (l_1) {
const uint32 l_2 = dynamic_meta[info.static_meta[uint32(16)] + uint32(0)];
const uint32 l_3 = dynamic_meta[info.static_meta[uint32(15)] + uint32(1)];
const uint32 l_4 = blockIdxGlobal * l_3;
l_mut_5 = threadIdxGlobal;
while (true) {
const bool l_6 = l_mut_5 < l_3;
const bool l_7 = !l_6;
if (l_7) {
break;}
const uint32 l_8 = l_4 + l_mut_5;
const uint32 l_117 = info.static_meta[uint32(4)];
const uint32 l_118 = l_117 * uint32(1);
const bool l_119 = l_8 < l_118;
if (l_119) {
buffer_4[l_8] = float(0.0);
}
l_mut_5 = l_mut_5 + uint32(64);
}
l_mut_10 = uint32(0);
while (true) {
const bool l_11 = l_mut_10 < l_2;
const bool l_12 = !l_11;
if (l_12) {
break;}
const uint32 l_13 = l_mut_10 + threadIdxGlobal;
l_mut_14 = float(0.0);
const bool l_15 = l_13 < l_2;
if (l_15) {
const uint32 l_16 = dynamic_meta[info.static_meta[uint32(15)] + uint32(1)];
l_mut_17 = float(0.0);

for (uint32 l_mut_18 = uint32(0); l_mut_18 < l_16; ++l_mut_18) {
const uint32 l_19 = dynamic_meta[info.static_meta[uint32(18)] + uint32(0)];
const uint32 l_20 = blockIdxGlobal * l_19;
const uint32 l_21 = dynamic_meta[info.static_meta[uint32(18)] + uint32(1)];
const uint32 l_22 = l_mut_18 * l_21;
const uint32 l_23 = l_20 + l_22;
const uint32 l_141 = info.static_meta[uint32(0)];
const uint32 l_142 = l_141 * uint32(1);
const bool l_143 = l_23 < l_142;
const uint32 l_144 = l_142 - uint32(1);
const uint32 l_145 = min(l_23, l_144);
const float l_146 = buffer_0[l_145];
const float l_147 = (l_143) ? l_146 : float(0.0);
const float l_24 = l_147;
const uint32 l_25 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_26 = l_13 * l_25;
const uint32 l_27 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_28 = l_mut_18 * l_27;
const uint32 l_29 = l_26 + l_28;
const uint32 l_148 = info.static_meta[uint32(1)];
const uint32 l_149 = l_148 * uint32(1);
const bool l_150 = l_29 < l_149;
const uint32 l_151 = l_149 - uint32(1);
const uint32 l_152 = min(l_29, l_151);
const float l_153 = buffer_1[l_152];
const float l_154 = (l_150) ? l_153 : float(0.0);
const float l_30 = l_154;
const float l_31 = l_24 * l_30;
l_mut_17 = l_mut_17 + l_31;
}
const float l_32 = info.scalars_float[0] * l_mut_17;
l_mut_17 = l_32;
const uint32 l_120 = info.static_meta[uint32(2)];
const uint32 l_121 = l_120 * uint32(1);
const bool l_122 = blockIdxGlobal < l_121;
const uint32 l_123 = l_121 - uint32(1);
const uint32 l_124 = min(blockIdxGlobal, l_123);
const float l_125 = buffer_2[l_124];
const float l_126 = (l_122) ? l_125 : float(0.0);
const float l_33 = l_126;
const uint32 l_127 = info.static_meta[uint32(3)];
const uint32 l_128 = l_127 * uint32(1);
const bool l_129 = l_13 < l_128;
const uint32 l_130 = l_128 - uint32(1);
const uint32 l_131 = min(l_13, l_130);
const float l_132 = buffer_3[l_131];
const float l_133 = (l_129) ? l_132 : float(0.0);
const float l_34 = l_133;
const float l_35 = l_33 * l_34;
l_mut_17 = l_mut_17 / l_35;
const uint32 l_36 = blockIdxGlobal + info.scalars_uint32[0];
const uint32 l_37 = l_13 + info.scalars_uint32[1];
const bool l_38 = l_36 == l_37;
const float l_39 = (l_38) ? float(1.0) : float(-1.0);
const float l_40 = -info.scalars_float[2];
const float l_41 = l_40 * l_39;
const float l_42 = l_mut_17 + info.scalars_float[1];
const float l_43 = l_39 * l_42;
const float l_44 = exp(l_43);
const float l_45 = float(1.0) + l_44;
const float l_46 = l_41 / l_45;
l_mut_14 = l_46;
const uint32 l_134 = info.static_meta[uint32(3)];
const uint32 l_135 = l_134 * uint32(1);
const bool l_136 = l_13 < l_135;
const uint32 l_137 = l_135 - uint32(1);
const uint32 l_138 = min(l_13, l_137);
const float l_139 = buffer_3[l_138];
const float l_140 = (l_136) ? l_139 : float(0.0);
const float l_47 = l_140;
l_mut_14 = l_mut_14 / l_47;
}
shared_memory_9[threadIdxGlobal] = l_mut_14;
__syncthreads();

const uint32 l_48 = l_2 - l_mut_10;
const uint32 l_49 = min(uint32(64), l_48);
l_mut_50 = threadIdxGlobal;
while (true) {
const bool l_51 = l_mut_50 < l_3;
const bool l_52 = !l_51;
if (l_52) {
break;}
l_mut_17 = float(0.0);

for (uint32 l_mut_53 = uint32(0); l_mut_53 < l_49; ++l_mut_53) {
const float l_54 = shared_memory_9[l_mut_53];
const uint32 l_55 = l_mut_10 + l_mut_53;
const uint32 l_56 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_57 = l_55 * l_56;
const uint32 l_58 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_59 = l_mut_50 * l_58;
const uint32 l_60 = l_57 + l_59;
const uint32 l_165 = info.static_meta[uint32(1)];
const uint32 l_166 = l_165 * uint32(1);
const bool l_167 = l_60 < l_166;
const uint32 l_168 = l_166 - uint32(1);
const uint32 l_169 = min(l_60, l_168);
const float l_170 = buffer_1[l_169];
const float l_171 = (l_167) ? l_170 : float(0.0);
const float l_61 = l_171;
const float l_62 = l_54 * l_61;
l_mut_17 = l_mut_17 + l_62;
}
const uint32 l_63 = l_4 + l_mut_50;
const float l_64 = info.scalars_float[0] * l_mut_17;
const uint32 l_155 = info.static_meta[uint32(4)];
const uint32 l_156 = l_155 * uint32(1);
const bool l_157 = l_63 < l_156;
const uint32 l_158 = l_156 - uint32(1);
const uint32 l_159 = min(l_63, l_158);
const float l_160 = buffer_4[l_159];
const float l_161 = (l_157) ? l_160 : float(0.0);
const float l_65 = l_161;
const float l_66 = l_65 + l_64;
const uint32 l_162 = info.static_meta[uint32(4)];
const uint32 l_163 = l_162 * uint32(1);
const bool l_164 = l_63 < l_163;
if (l_164) {
buffer_4[l_63] = l_66;
}
l_mut_50 = l_mut_50 + uint32(64);
}
__syncthreads();

l_mut_10 = l_mut_10 + uint32(64);
}
l_mut_17 = float(0.0);
l_mut_14 = float(0.0);
l_mut_50 = threadIdxGlobal;
while (true) {
const bool l_67 = l_mut_50 < l_3;
const bool l_68 = !l_67;
if (l_68) {
break;}
const uint32 l_69 = l_4 + l_mut_50;
const uint32 l_172 = info.static_meta[uint32(4)];
const uint32 l_173 = l_172 * uint32(1);
const bool l_174 = l_69 < l_173;
const uint32 l_175 = l_173 - uint32(1);
const uint32 l_176 = min(l_69, l_175);
const float l_177 = buffer_4[l_176];
const float l_178 = (l_174) ? l_177 : float(0.0);
const float l_70 = l_178;
const uint32 l_71 = dynamic_meta[info.static_meta[uint32(18)] + uint32(0)];
const uint32 l_72 = blockIdxGlobal * l_71;
const uint32 l_73 = dynamic_meta[info.static_meta[uint32(18)] + uint32(1)];
const uint32 l_74 = l_mut_50 * l_73;
const uint32 l_75 = l_72 + l_74;
const uint32 l_179 = info.static_meta[uint32(0)];
const uint32 l_180 = l_179 * uint32(1);
const bool l_181 = l_75 < l_180;
const uint32 l_182 = l_180 - uint32(1);
const uint32 l_183 = min(l_75, l_182);
const float l_184 = buffer_0[l_183];
const float l_185 = (l_181) ? l_184 : float(0.0);
const float l_76 = l_185;
const float l_77 = l_70 * l_76;
l_mut_14 = l_mut_14 + l_77;
l_mut_50 = l_mut_50 + uint32(64);
}
shared_memory_9[threadIdxGlobal] = l_mut_14;
__syncthreads();

l_mut_78 = uint32(32);
while (true) {
const bool l_79 = l_mut_78 > uint32(0);
const bool l_80 = !l_79;
if (l_80) {
break;}
const bool l_81 = threadIdxGlobal < l_mut_78;
if (l_81) {
const uint32 l_82 = threadIdxGlobal + l_mut_78;
const float l_83 = shared_memory_9[l_82];
const float l_84 = shared_memory_9[threadIdxGlobal];
const float l_85 = l_84 + l_83;
shared_memory_9[threadIdxGlobal] = l_85;
}
__syncthreads();

l_mut_78 = l_mut_78 / uint32(2);
}
const float l_86 = shared_memory_9[uint32(0)];
__syncthreads();

const uint32 l_110 = info.static_meta[uint32(2)];
const uint32 l_111 = l_110 * uint32(1);
const bool l_112 = blockIdxGlobal < l_111;
const uint32 l_113 = l_111 - uint32(1);
const uint32 l_114 = min(blockIdxGlobal, l_113);
const float l_115 = buffer_2[l_114];
const float l_116 = (l_112) ? l_115 : float(0.0);
const float l_87 = l_116;
const float l_88 = l_86 / l_87;
l_mut_17 = l_88;
l_mut_78 = threadIdxGlobal;
while (true) {
const bool l_89 = l_mut_78 < l_3;
const bool l_90 = !l_89;
if (l_90) {
break;}
const uint32 l_91 = l_4 + l_mut_78;
const uint32 l_186 = info.static_meta[uint32(4)];
const uint32 l_187 = l_186 * uint32(1);
const bool l_188 = l_91 < l_187;
const uint32 l_189 = l_187 - uint32(1);
const uint32 l_190 = min(l_91, l_189);
const float l_191 = buffer_4[l_190];
const float l_192 = (l_188) ? l_191 : float(0.0);
const float l_92 = l_192;
l_mut_14 = l_92;
const uint32 l_93 = dynamic_meta[info.static_meta[uint32(18)] + uint32(0)];
const uint32 l_94 = blockIdxGlobal * l_93;
const uint32 l_95 = dynamic_meta[info.static_meta[uint32(18)] + uint32(1)];
const uint32 l_96 = l_mut_78 * l_95;
const uint32 l_97 = l_94 + l_96;
const uint32 l_193 = info.static_meta[uint32(0)];
const uint32 l_194 = l_193 * uint32(1);
const bool l_195 = l_97 < l_194;
const uint32 l_196 = l_194 - uint32(1);
const uint32 l_197 = min(l_97, l_196);
const float l_198 = buffer_0[l_197];
const float l_199 = (l_195) ? l_198 : float(0.0);
const float l_98 = l_199;
const uint32 l_200 = info.static_meta[uint32(2)];
const uint32 l_201 = l_200 * uint32(1);
const bool l_202 = blockIdxGlobal < l_201;
const uint32 l_203 = l_201 - uint32(1);
const uint32 l_204 = min(blockIdxGlobal, l_203);
const float l_205 = buffer_2[l_204];
const float l_206 = (l_202) ? l_205 : float(0.0);
const float l_99 = l_206;
const float l_100 = l_98 / l_99;
const float l_101 = l_100 * l_mut_17;
const float l_102 = l_mut_14 - l_101;
const uint32 l_207 = info.static_meta[uint32(2)];
const uint32 l_208 = l_207 * uint32(1);
const bool l_209 = blockIdxGlobal < l_208;
const uint32 l_210 = l_208 - uint32(1);
const uint32 l_211 = min(blockIdxGlobal, l_210);
const float l_212 = buffer_2[l_211];
const float l_213 = (l_209) ? l_212 : float(0.0);
const float l_103 = l_213;
const float l_104 = l_102 / l_103;
l_mut_14 = l_104;
const uint32 l_105 = dynamic_meta[info.static_meta[uint32(20)] + uint32(0)];
const uint32 l_106 = blockIdxGlobal * l_105;
const uint32 l_107 = dynamic_meta[info.static_meta[uint32(20)] + uint32(1)];
const uint32 l_108 = l_mut_78 * l_107;
const uint32 l_109 = l_106 + l_108;
const uint32 l_214 = info.static_meta[uint32(5)];
const uint32 l_215 = l_214 * uint32(1);
const bool l_216 = l_109 < l_215;
if (l_216) {
buffer_5[l_109] = l_mut_14;
}
l_mut_78 = l_mut_78 + uint32(64);
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
// ==== launch 0: row_grad_x_f32_y_f32_o_f32 (sigmoid_loss), cube_dim 64x1x1
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


extern "C" __global__ void __launch_bounds__(64)row_grad_x_f32_y_f32_o_f32 (
    const float* __restrict__ buffer_0, const float* __restrict__ buffer_1, const float* __restrict__ buffer_2, const float* __restrict__ buffer_3, float* buffer_4, float* buffer_5, const uint32* __restrict__ dynamic_meta, const __grid_constant__ info_st info
) {
uint32 threadIdxGlobal = threadIdx.x + threadIdx.y * blockDim.x + threadIdx.z * (blockDim.x * blockDim.y);
uint32 blockIdxGlobal = (blockIdx.z * gridDim.y * gridDim.x) + (blockIdx.y * gridDim.x) + blockIdx.x;
extern __shared__ __align__(4) uint8 dynamic_shared_mem[];
// Shared array size: 64, 256 bytes
float *shared_memory_9 = reinterpret_cast<float*>(&dynamic_shared_mem[0]);
float l_mut_14;
float l_mut_17;
uint32 l_mut_10;
uint32 l_mut_50;
uint32 l_mut_5;
uint32 l_mut_78;
const uint32 l_0 = dynamic_meta[info.static_meta[uint32(15)] + uint32(0)];
const bool l_1 = blockIdxGlobal < l_0;
if (l_1) {
const uint32 l_2 = dynamic_meta[info.static_meta[uint32(16)] + uint32(0)];
const uint32 l_3 = dynamic_meta[info.static_meta[uint32(15)] + uint32(1)];
const uint32 l_4 = blockIdxGlobal * l_3;
l_mut_5 = threadIdxGlobal;
while (true) {
const bool l_6 = l_mut_5 < l_3;
const bool l_7 = !l_6;
if (l_7) {
break;}
const uint32 l_8 = l_4 + l_mut_5;
const uint32 l_117 = info.static_meta[uint32(4)];
const uint32 l_118 = l_117 * uint32(1);
const bool l_119 = l_8 < l_118;
if (l_119) {
buffer_4[l_8] = float(0.0);
}
l_mut_5 = l_mut_5 + uint32(64);
}
l_mut_10 = uint32(0);
while (true) {
const bool l_11 = l_mut_10 < l_2;
const bool l_12 = !l_11;
if (l_12) {
break;}
const uint32 l_13 = l_mut_10 + threadIdxGlobal;
l_mut_14 = float(0.0);
const bool l_15 = l_13 < l_2;
if (l_15) {
const uint32 l_16 = dynamic_meta[info.static_meta[uint32(15)] + uint32(1)];
l_mut_17 = float(0.0);

for (uint32 l_mut_18 = uint32(0); l_mut_18 < l_16; ++l_mut_18) {
const uint32 l_19 = dynamic_meta[info.static_meta[uint32(18)] + uint32(0)];
const uint32 l_20 = blockIdxGlobal * l_19;
const uint32 l_21 = dynamic_meta[info.static_meta[uint32(18)] + uint32(1)];
const uint32 l_22 = l_mut_18 * l_21;
const uint32 l_23 = l_20 + l_22;
const uint32 l_141 = info.static_meta[uint32(0)];
const uint32 l_142 = l_141 * uint32(1);
const bool l_143 = l_23 < l_142;
const uint32 l_144 = l_142 - uint32(1);
const uint32 l_145 = min(l_23, l_144);
const float l_146 = buffer_0[l_145];
const float l_147 = (l_143) ? l_146 : float(0.0);
const float l_24 = l_147;
const uint32 l_25 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_26 = l_13 * l_25;
const uint32 l_27 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_28 = l_mut_18 * l_27;
const uint32 l_29 = l_26 + l_28;
const uint32 l_148 = info.static_meta[uint32(1)];
const uint32 l_149 = l_148 * uint32(1);
const bool l_150 = l_29 < l_149;
const uint32 l_151 = l_149 - uint32(1);
const uint32 l_152 = min(l_29, l_151);
const float l_153 = buffer_1[l_152];
const float l_154 = (l_150) ? l_153 : float(0.0);
const float l_30 = l_154;
const float l_31 = l_24 * l_30;
l_mut_17 = l_mut_17 + l_31;
}
const float l_32 = info.scalars_float[0] * l_mut_17;
l_mut_17 = l_32;
const uint32 l_120 = info.static_meta[uint32(2)];
const uint32 l_121 = l_120 * uint32(1);
const bool l_122 = blockIdxGlobal < l_121;
const uint32 l_123 = l_121 - uint32(1);
const uint32 l_124 = min(blockIdxGlobal, l_123);
const float l_125 = buffer_2[l_124];
const float l_126 = (l_122) ? l_125 : float(0.0);
const float l_33 = l_126;
const uint32 l_127 = info.static_meta[uint32(3)];
const uint32 l_128 = l_127 * uint32(1);
const bool l_129 = l_13 < l_128;
const uint32 l_130 = l_128 - uint32(1);
const uint32 l_131 = min(l_13, l_130);
const float l_132 = buffer_3[l_131];
const float l_133 = (l_129) ? l_132 : float(0.0);
const float l_34 = l_133;
const float l_35 = l_33 * l_34;
l_mut_17 = l_mut_17 / l_35;
const uint32 l_36 = blockIdxGlobal + info.scalars_uint32[0];
const uint32 l_37 = l_13 + info.scalars_uint32[1];
const bool l_38 = l_36 == l_37;
const float l_39 = (l_38) ? float(1.0) : float(-1.0);
const float l_40 = -info.scalars_float[2];
const float l_41 = l_40 * l_39;
const float l_42 = l_mut_17 + info.scalars_float[1];
const float l_43 = l_39 * l_42;
const float l_44 = exp(l_43);
const float l_45 = float(1.0) + l_44;
const float l_46 = l_41 / l_45;
l_mut_14 = l_46;
const uint32 l_134 = info.static_meta[uint32(3)];
const uint32 l_135 = l_134 * uint32(1);
const bool l_136 = l_13 < l_135;
const uint32 l_137 = l_135 - uint32(1);
const uint32 l_138 = min(l_13, l_137);
const float l_139 = buffer_3[l_138];
const float l_140 = (l_136) ? l_139 : float(0.0);
const float l_47 = l_140;
l_mut_14 = l_mut_14 / l_47;
}
shared_memory_9[threadIdxGlobal] = l_mut_14;
__syncthreads();

const uint32 l_48 = l_2 - l_mut_10;
const uint32 l_49 = min(uint32(64), l_48);
l_mut_50 = threadIdxGlobal;
while (true) {
const bool l_51 = l_mut_50 < l_3;
const bool l_52 = !l_51;
if (l_52) {
break;}
l_mut_17 = float(0.0);

for (uint32 l_mut_53 = uint32(0); l_mut_53 < l_49; ++l_mut_53) {
const float l_54 = shared_memory_9[l_mut_53];
const uint32 l_55 = l_mut_10 + l_mut_53;
const uint32 l_56 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_57 = l_55 * l_56;
const uint32 l_58 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_59 = l_mut_50 * l_58;
const uint32 l_60 = l_57 + l_59;
const uint32 l_165 = info.static_meta[uint32(1)];
const uint32 l_166 = l_165 * uint32(1);
const bool l_167 = l_60 < l_166;
const uint32 l_168 = l_166 - uint32(1);
const uint32 l_169 = min(l_60, l_168);
const float l_170 = buffer_1[l_169];
const float l_171 = (l_167) ? l_170 : float(0.0);
const float l_61 = l_171;
const float l_62 = l_54 * l_61;
l_mut_17 = l_mut_17 + l_62;
}
const uint32 l_63 = l_4 + l_mut_50;
const float l_64 = info.scalars_float[0] * l_mut_17;
const uint32 l_155 = info.static_meta[uint32(4)];
const uint32 l_156 = l_155 * uint32(1);
const bool l_157 = l_63 < l_156;
const uint32 l_158 = l_156 - uint32(1);
const uint32 l_159 = min(l_63, l_158);
const float l_160 = buffer_4[l_159];
const float l_161 = (l_157) ? l_160 : float(0.0);
const float l_65 = l_161;
const float l_66 = l_65 + l_64;
const uint32 l_162 = info.static_meta[uint32(4)];
const uint32 l_163 = l_162 * uint32(1);
const bool l_164 = l_63 < l_163;
if (l_164) {
buffer_4[l_63] = l_66;
}
l_mut_50 = l_mut_50 + uint32(64);
}
__syncthreads();

l_mut_10 = l_mut_10 + uint32(64);
}
l_mut_17 = float(0.0);
l_mut_14 = float(0.0);
l_mut_50 = threadIdxGlobal;
while (true) {
const bool l_67 = l_mut_50 < l_3;
const bool l_68 = !l_67;
if (l_68) {
break;}
const uint32 l_69 = l_4 + l_mut_50;
const uint32 l_172 = info.static_meta[uint32(4)];
const uint32 l_173 = l_172 * uint32(1);
const bool l_174 = l_69 < l_173;
const uint32 l_175 = l_173 - uint32(1);
const uint32 l_176 = min(l_69, l_175);
const float l_177 = buffer_4[l_176];
const float l_178 = (l_174) ? l_177 : float(0.0);
const float l_70 = l_178;
const uint32 l_71 = dynamic_meta[info.static_meta[uint32(18)] + uint32(0)];
const uint32 l_72 = blockIdxGlobal * l_71;
const uint32 l_73 = dynamic_meta[info.static_meta[uint32(18)] + uint32(1)];
const uint32 l_74 = l_mut_50 * l_73;
const uint32 l_75 = l_72 + l_74;
const uint32 l_179 = info.static_meta[uint32(0)];
const uint32 l_180 = l_179 * uint32(1);
const bool l_181 = l_75 < l_180;
const uint32 l_182 = l_180 - uint32(1);
const uint32 l_183 = min(l_75, l_182);
const float l_184 = buffer_0[l_183];
const float l_185 = (l_181) ? l_184 : float(0.0);
const float l_76 = l_185;
const float l_77 = l_70 * l_76;
l_mut_14 = l_mut_14 + l_77;
l_mut_50 = l_mut_50 + uint32(64);
}
shared_memory_9[threadIdxGlobal] = l_mut_14;
__syncthreads();

l_mut_78 = uint32(32);
while (true) {
const bool l_79 = l_mut_78 > uint32(0);
const bool l_80 = !l_79;
if (l_80) {
break;}
const bool l_81 = threadIdxGlobal < l_mut_78;
if (l_81) {
const uint32 l_82 = threadIdxGlobal + l_mut_78;
const float l_83 = shared_memory_9[l_82];
const float l_84 = shared_memory_9[threadIdxGlobal];
const float l_85 = l_84 + l_83;
shared_memory_9[threadIdxGlobal] = l_85;
}
__syncthreads();

l_mut_78 = l_mut_78 / uint32(2);
}
const float l_86 = shared_memory_9[uint32(0)];
__syncthreads();

const uint32 l_110 = info.static_meta[uint32(2)];
const uint32 l_111 = l_110 * uint32(1);
const bool l_112 = blockIdxGlobal < l_111;
const uint32 l_113 = l_111 - uint32(1);
const uint32 l_114 = min(blockIdxGlobal, l_113);
const float l_115 = buffer_2[l_114];
const float l_116 = (l_112) ? l_115 : float(0.0);
const float l_87 = l_116;
const float l_88 = l_86 / l_87;
l_mut_17 = l_88;
l_mut_78 = threadIdxGlobal;
while (true) {
const bool l_89 = l_mut_78 < l_3;
const bool l_90 = !l_89;
if (l_90) {
break;}
const uint32 l_91 = l_4 + l_mut_78;
const uint32 l_186 = info.static_meta[uint32(4)];
const uint32 l_187 = l_186 * uint32(1);
const bool l_188 = l_91 < l_187;
const uint32 l_189 = l_187 - uint32(1);
const uint32 l_190 = min(l_91, l_189);
const float l_191 = buffer_4[l_190];
const float l_192 = (l_188) ? l_191 : float(0.0);
const float l_92 = l_192;
l_mut_14 = l_92;
const uint32 l_93 = dynamic_meta[info.static_meta[uint32(18)] + uint32(0)];
const uint32 l_94 = blockIdxGlobal * l_93;
const uint32 l_95 = dynamic_meta[info.static_meta[uint32(18)] + uint32(1)];
const uint32 l_96 = l_mut_78 * l_95;
const uint32 l_97 = l_94 + l_96;
const uint32 l_193 = info.static_meta[uint32(0)];
const uint32 l_194 = l_193 * uint32(1);
const bool l_195 = l_97 < l_194;
const uint32 l_196 = l_194 - uint32(1);
const uint32 l_197 = min(l_97, l_196);
const float l_198 = buffer_0[l_197];
const float l_199 = (l_195) ? l_198 : float(0.0);
const float l_98 = l_199;
const uint32 l_200 = info.static_meta[uint32(2)];
const uint32 l_201 = l_200 * uint32(1);
const bool l_202 = blockIdxGlobal < l_201;
const uint32 l_203 = l_201 - uint32(1);
const uint32 l_204 = min(blockIdxGlobal, l_203);
const float l_205 = buffer_2[l_204];
const float l_206 = (l_202) ? l_205 : float(0.0);
const float l_99 = l_206;
const float l_100 = l_98 / l_99;
const float l_101 = l_100 * l_mut_17;
const float l_102 = l_mut_14 - l_101;
const uint32 l_207 = info.static_meta[uint32(2)];
const uint32 l_208 = l_207 * uint32(1);
const bool l_209 = blockIdxGlobal < l_208;
const uint32 l_210 = l_208 - uint32(1);
const uint32 l_211 = min(blockIdxGlobal, l_210);
const float l_212 = buffer_2[l_211];
const float l_213 = (l_209) ? l_212 : float(0.0);
const float l_103 = l_213;
const float l_104 = l_102 / l_103;
l_mut_14 = l_104;
const uint32 l_105 = dynamic_meta[info.static_meta[uint32(20)] + uint32(0)];
const uint32 l_106 = blockIdxGlobal * l_105;
const uint32 l_107 = dynamic_meta[info.static_meta[uint32(20)] + uint32(1)];
const uint32 l_108 = l_mut_78 * l_107;
const uint32 l_109 = l_106 + l_108;
const uint32 l_214 = info.static_meta[uint32(5)];
const uint32 l_215 = l_214 * uint32(1);
const bool l_216 = l_109 < l_215;
if (l_216) {
buffer_5[l_109] = l_mut_14;
}
l_mut_78 = l_mut_78 + uint32(64);
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
float *shared_memory_6 = reinterpret_cast<float*>(&dynamic_shared_mem[0]);
float l_arr_8[4];

float l_arr_9[4];

float l_arr_7[16];

float l_mut_24;
float l_mut_25;
uint32 l_mut_10;
uint32 l_mut_13;
uint32 l_mut_16;
const uint32 l_0 = dynamic_meta[info.static_meta[uint32(12)] + uint32(0)];
const uint32 l_1 = dynamic_meta[info.static_meta[uint32(13)] + uint32(0)];
const uint32 l_2 = dynamic_meta[info.static_meta[uint32(12)] + uint32(1)];
const uint32 l_3 = blockIdxGlobal * uint32(64);
const uint32 l_4 = threadIdxGlobal / uint32(16);
const uint32 l_5 = threadIdxGlobal % uint32(16);
l_arr_8[uint32(0)] = float(0.0);
l_arr_9[uint32(0)] = float(0.0);
l_arr_8[uint32(1)] = float(0.0);
l_arr_9[uint32(1)] = float(0.0);
l_arr_8[uint32(2)] = float(0.0);
l_arr_9[uint32(2)] = float(0.0);
l_arr_8[uint32(3)] = float(0.0);
l_arr_9[uint32(3)] = float(0.0);
l_mut_10 = uint32(0);
while (true) {
const bool l_11 = l_mut_10 < l_1;
const bool l_12 = !l_11;
if (l_12) {
break;}
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
l_mut_13 = uint32(0);
while (true) {
const bool l_14 = l_mut_13 < l_2;
const bool l_15 = !l_14;
if (l_15) {
break;}
l_mut_16 = threadIdxGlobal;
while (true) {
const bool l_17 = l_mut_16 < uint32(1024);
const bool l_18 = !l_17;
if (l_18) {
break;}
const uint32 l_19 = l_mut_16 / uint32(16);
const uint32 l_20 = l_mut_16 % uint32(16);
const uint32 l_21 = l_mut_13 + l_20;
const uint32 l_22 = l_3 + l_19;
const uint32 l_23 = l_mut_10 + l_19;
l_mut_24 = float(0.0);
l_mut_25 = float(0.0);
const bool l_26 = l_22 < l_0;
const bool l_27 = l_21 < l_2;
const bool l_28 = l_26 && l_27;
if (l_28) {
const uint32 l_29 = dynamic_meta[info.static_meta[uint32(14)] + uint32(0)];
const uint32 l_30 = l_22 * l_29;
const uint32 l_31 = dynamic_meta[info.static_meta[uint32(14)] + uint32(1)];
const uint32 l_32 = l_21 * l_31;
const uint32 l_33 = l_30 + l_32;
const uint32 l_666 = info.static_meta[uint32(0)];
const uint32 l_667 = l_666 * uint32(1);
const bool l_668 = l_33 < l_667;
const uint32 l_669 = l_667 - uint32(1);
const uint32 l_670 = min(l_33, l_669);
const float l_671 = buffer_0[l_670];
const float l_672 = (l_668) ? l_671 : float(0.0);
const float l_34 = l_672;
l_mut_24 = l_34;
}
const bool l_35 = l_23 < l_1;
const bool l_36 = l_21 < l_2;
const bool l_37 = l_35 && l_36;
if (l_37) {
const uint32 l_38 = dynamic_meta[info.static_meta[uint32(15)] + uint32(0)];
const uint32 l_39 = l_23 * l_38;
const uint32 l_40 = dynamic_meta[info.static_meta[uint32(15)] + uint32(1)];
const uint32 l_41 = l_21 * l_40;
const uint32 l_42 = l_39 + l_41;
const uint32 l_673 = info.static_meta[uint32(1)];
const uint32 l_674 = l_673 * uint32(1);
const bool l_675 = l_42 < l_674;
const uint32 l_676 = l_674 - uint32(1);
const uint32 l_677 = min(l_42, l_676);
const float l_678 = buffer_1[l_677];
const float l_679 = (l_675) ? l_678 : float(0.0);
const float l_43 = l_679;
l_mut_25 = l_43;
}
const uint32 l_44 = l_19 * uint32(17);
const uint32 l_45 = l_mut_16 % uint32(16);
const uint32 l_46 = l_44 + l_45;
shared_memory_6[l_46] = l_mut_24;
const uint32 l_47 = l_19 * uint32(17);
const uint32 l_48 = uint32(1088) + l_47;
const uint32 l_49 = l_mut_16 % uint32(16);
const uint32 l_50 = l_48 + l_49;
shared_memory_6[l_50] = l_mut_25;
l_mut_16 = l_mut_16 + uint32(256);
}
__syncthreads();


for (uint32 l_mut_51 = uint32(0); l_mut_51 < uint32(16); ++l_mut_51) {
const uint32 l_52 = l_4 + uint32(0);
const uint32 l_53 = l_52 * uint32(17);
const uint32 l_54 = l_53 + l_mut_51;
const float l_55 = shared_memory_6[l_54];
const uint32 l_56 = l_5 + uint32(0);
const uint32 l_57 = l_56 * uint32(17);
const uint32 l_58 = uint32(1088) + l_57;
const uint32 l_59 = l_58 + l_mut_51;
const float l_60 = shared_memory_6[l_59];
const float l_61 = l_55 * l_60;
const float l_62 = l_arr_7[uint32(0)];
const float l_63 = l_62 + l_61;
l_arr_7[uint32(0)] = l_63;
const uint32 l_64 = l_5 + uint32(16);
const uint32 l_65 = l_64 * uint32(17);
const uint32 l_66 = uint32(1088) + l_65;
const uint32 l_67 = l_66 + l_mut_51;
const float l_68 = shared_memory_6[l_67];
const float l_69 = l_55 * l_68;
const float l_70 = l_arr_7[uint32(1)];
const float l_71 = l_70 + l_69;
l_arr_7[uint32(1)] = l_71;
const uint32 l_72 = l_5 + uint32(32);
const uint32 l_73 = l_72 * uint32(17);
const uint32 l_74 = uint32(1088) + l_73;
const uint32 l_75 = l_74 + l_mut_51;
const float l_76 = shared_memory_6[l_75];
const float l_77 = l_55 * l_76;
const float l_78 = l_arr_7[uint32(2)];
const float l_79 = l_78 + l_77;
l_arr_7[uint32(2)] = l_79;
const uint32 l_80 = l_5 + uint32(48);
const uint32 l_81 = l_80 * uint32(17);
const uint32 l_82 = uint32(1088) + l_81;
const uint32 l_83 = l_82 + l_mut_51;
const float l_84 = shared_memory_6[l_83];
const float l_85 = l_55 * l_84;
const float l_86 = l_arr_7[uint32(3)];
const float l_87 = l_86 + l_85;
l_arr_7[uint32(3)] = l_87;
const uint32 l_88 = l_4 + uint32(16);
const uint32 l_89 = l_88 * uint32(17);
const uint32 l_90 = l_89 + l_mut_51;
const float l_91 = shared_memory_6[l_90];
const uint32 l_92 = l_5 + uint32(0);
const uint32 l_93 = l_92 * uint32(17);
const uint32 l_94 = uint32(1088) + l_93;
const uint32 l_95 = l_94 + l_mut_51;
const float l_96 = shared_memory_6[l_95];
const float l_97 = l_91 * l_96;
const float l_98 = l_arr_7[uint32(4)];
const float l_99 = l_98 + l_97;
l_arr_7[uint32(4)] = l_99;
const uint32 l_100 = l_5 + uint32(16);
const uint32 l_101 = l_100 * uint32(17);
const uint32 l_102 = uint32(1088) + l_101;
const uint32 l_103 = l_102 + l_mut_51;
const float l_104 = shared_memory_6[l_103];
const float l_105 = l_91 * l_104;
const float l_106 = l_arr_7[uint32(5)];
const float l_107 = l_106 + l_105;
l_arr_7[uint32(5)] = l_107;
const uint32 l_108 = l_5 + uint32(32);
const uint32 l_109 = l_108 * uint32(17);
const uint32 l_110 = uint32(1088) + l_109;
const uint32 l_111 = l_110 + l_mut_51;
const float l_112 = shared_memory_6[l_111];
const float l_113 = l_91 * l_112;
const float l_114 = l_arr_7[uint32(6)];
const float l_115 = l_114 + l_113;
l_arr_7[uint32(6)] = l_115;
const uint32 l_116 = l_5 + uint32(48);
const uint32 l_117 = l_116 * uint32(17);
const uint32 l_118 = uint32(1088) + l_117;
const uint32 l_119 = l_118 + l_mut_51;
const float l_120 = shared_memory_6[l_119];
const float l_121 = l_91 * l_120;
const float l_122 = l_arr_7[uint32(7)];
const float l_123 = l_122 + l_121;
l_arr_7[uint32(7)] = l_123;
const uint32 l_124 = l_4 + uint32(32);
const uint32 l_125 = l_124 * uint32(17);
const uint32 l_126 = l_125 + l_mut_51;
const float l_127 = shared_memory_6[l_126];
const uint32 l_128 = l_5 + uint32(0);
const uint32 l_129 = l_128 * uint32(17);
const uint32 l_130 = uint32(1088) + l_129;
const uint32 l_131 = l_130 + l_mut_51;
const float l_132 = shared_memory_6[l_131];
const float l_133 = l_127 * l_132;
const float l_134 = l_arr_7[uint32(8)];
const float l_135 = l_134 + l_133;
l_arr_7[uint32(8)] = l_135;
const uint32 l_136 = l_5 + uint32(16);
const uint32 l_137 = l_136 * uint32(17);
const uint32 l_138 = uint32(1088) + l_137;
const uint32 l_139 = l_138 + l_mut_51;
const float l_140 = shared_memory_6[l_139];
const float l_141 = l_127 * l_140;
const float l_142 = l_arr_7[uint32(9)];
const float l_143 = l_142 + l_141;
l_arr_7[uint32(9)] = l_143;
const uint32 l_144 = l_5 + uint32(32);
const uint32 l_145 = l_144 * uint32(17);
const uint32 l_146 = uint32(1088) + l_145;
const uint32 l_147 = l_146 + l_mut_51;
const float l_148 = shared_memory_6[l_147];
const float l_149 = l_127 * l_148;
const float l_150 = l_arr_7[uint32(10)];
const float l_151 = l_150 + l_149;
l_arr_7[uint32(10)] = l_151;
const uint32 l_152 = l_5 + uint32(48);
const uint32 l_153 = l_152 * uint32(17);
const uint32 l_154 = uint32(1088) + l_153;
const uint32 l_155 = l_154 + l_mut_51;
const float l_156 = shared_memory_6[l_155];
const float l_157 = l_127 * l_156;
const float l_158 = l_arr_7[uint32(11)];
const float l_159 = l_158 + l_157;
l_arr_7[uint32(11)] = l_159;
const uint32 l_160 = l_4 + uint32(48);
const uint32 l_161 = l_160 * uint32(17);
const uint32 l_162 = l_161 + l_mut_51;
const float l_163 = shared_memory_6[l_162];
const uint32 l_164 = l_5 + uint32(0);
const uint32 l_165 = l_164 * uint32(17);
const uint32 l_166 = uint32(1088) + l_165;
const uint32 l_167 = l_166 + l_mut_51;
const float l_168 = shared_memory_6[l_167];
const float l_169 = l_163 * l_168;
const float l_170 = l_arr_7[uint32(12)];
const float l_171 = l_170 + l_169;
l_arr_7[uint32(12)] = l_171;
const uint32 l_172 = l_5 + uint32(16);
const uint32 l_173 = l_172 * uint32(17);
const uint32 l_174 = uint32(1088) + l_173;
const uint32 l_175 = l_174 + l_mut_51;
const float l_176 = shared_memory_6[l_175];
const float l_177 = l_163 * l_176;
const float l_178 = l_arr_7[uint32(13)];
const float l_179 = l_178 + l_177;
l_arr_7[uint32(13)] = l_179;
const uint32 l_180 = l_5 + uint32(32);
const uint32 l_181 = l_180 * uint32(17);
const uint32 l_182 = uint32(1088) + l_181;
const uint32 l_183 = l_182 + l_mut_51;
const float l_184 = shared_memory_6[l_183];
const float l_185 = l_163 * l_184;
const float l_186 = l_arr_7[uint32(14)];
const float l_187 = l_186 + l_185;
l_arr_7[uint32(14)] = l_187;
const uint32 l_188 = l_5 + uint32(48);
const uint32 l_189 = l_188 * uint32(17);
const uint32 l_190 = uint32(1088) + l_189;
const uint32 l_191 = l_190 + l_mut_51;
const float l_192 = shared_memory_6[l_191];
const float l_193 = l_163 * l_192;
const float l_194 = l_arr_7[uint32(15)];
const float l_195 = l_194 + l_193;
l_arr_7[uint32(15)] = l_195;
}
__syncthreads();

l_mut_13 = l_mut_13 + uint32(16);
}
const uint32 l_196 = l_3 + l_4;
const uint32 l_197 = l_196 + uint32(0);
const uint32 l_198 = l_mut_10 + l_5;
const uint32 l_199 = l_198 + uint32(0);
const bool l_200 = l_197 < l_0;
const bool l_201 = l_199 < l_1;
const bool l_202 = l_200 && l_201;
if (l_202) {
const float l_203 = l_arr_7[uint32(0)];
const float l_204 = info.scalars_float[0] * l_203;
l_mut_25 = l_204;
const uint32 l_680 = info.static_meta[uint32(2)];
const uint32 l_681 = l_680 * uint32(1);
const bool l_682 = l_197 < l_681;
const uint32 l_683 = l_681 - uint32(1);
const uint32 l_684 = min(l_197, l_683);
const float l_685 = buffer_2[l_684];
const float l_686 = (l_682) ? l_685 : float(0.0);
const float l_205 = l_686;
const uint32 l_687 = info.static_meta[uint32(3)];
const uint32 l_688 = l_687 * uint32(1);
const bool l_689 = l_199 < l_688;
const uint32 l_690 = l_688 - uint32(1);
const uint32 l_691 = min(l_199, l_690);
const float l_692 = buffer_3[l_691];
const float l_693 = (l_689) ? l_692 : float(0.0);
const float l_206 = l_693;
const float l_207 = l_205 * l_206;
l_mut_25 = l_mut_25 / l_207;
const uint32 l_208 = l_197 + info.scalars_uint32[0];
const uint32 l_209 = l_199 + info.scalars_uint32[1];
const bool l_210 = l_208 == l_209;
const float l_211 = (l_210) ? float(1.0) : float(-1.0);
const float l_212 = l_mut_25 + info.scalars_float[1];
const float l_213 = -info.scalars_float[2];
const float l_214 = l_213 * l_211;
const float l_215 = l_211 * l_212;
const float l_216 = exp(l_215);
const float l_217 = float(1.0) + l_216;
const float l_218 = l_214 / l_217;
const float l_219 = l_218 * l_mut_25;
const float l_220 = l_arr_8[uint32(0)];
const float l_221 = l_220 + l_219;
l_arr_8[uint32(0)] = l_221;
const float l_222 = l_arr_9[uint32(0)];
const float l_223 = l_222 + l_218;
l_arr_9[uint32(0)] = l_223;
}
const uint32 l_224 = l_mut_10 + l_5;
const uint32 l_225 = l_224 + uint32(16);
const bool l_226 = l_197 < l_0;
const bool l_227 = l_225 < l_1;
const bool l_228 = l_226 && l_227;
if (l_228) {
const float l_229 = l_arr_7[uint32(1)];
const float l_230 = info.scalars_float[0] * l_229;
l_mut_25 = l_230;
const uint32 l_694 = info.static_meta[uint32(2)];
const uint32 l_695 = l_694 * uint32(1);
const bool l_696 = l_197 < l_695;
const uint32 l_697 = l_695 - uint32(1);
const uint32 l_698 = min(l_197, l_697);
const float l_699 = buffer_2[l_698];
const float l_700 = (l_696) ? l_699 : float(0.0);
const float l_231 = l_700;
const uint32 l_701 = info.static_meta[uint32(3)];
const uint32 l_702 = l_701 * uint32(1);
const bool l_703 = l_225 < l_702;
const uint32 l_704 = l_702 - uint32(1);
const uint32 l_705 = min(l_225, l_704);
const float l_706 = buffer_3[l_705];
const float l_707 = (l_703) ? l_706 : float(0.0);
const float l_232 = l_707;
const float l_233 = l_231 * l_232;
l_mut_25 = l_mut_25 / l_233;
const uint32 l_234 = l_197 + info.scalars_uint32[0];
const uint32 l_235 = l_225 + info.scalars_uint32[1];
const bool l_236 = l_234 == l_235;
const float l_237 = (l_236) ? float(1.0) : float(-1.0);
const float l_238 = l_mut_25 + info.scalars_float[1];
const float l_239 = -info.scalars_float[2];
const float l_240 = l_239 * l_237;
const float l_241 = l_237 * l_238;
const float l_242 = exp(l_241);
const float l_243 = float(1.0) + l_242;
const float l_244 = l_240 / l_243;
const float l_245 = l_244 * l_mut_25;
const float l_246 = l_arr_8[uint32(0)];
const float l_247 = l_246 + l_245;
l_arr_8[uint32(0)] = l_247;
const float l_248 = l_arr_9[uint32(0)];
const float l_249 = l_248 + l_244;
l_arr_9[uint32(0)] = l_249;
}
const uint32 l_250 = l_mut_10 + l_5;
const uint32 l_251 = l_250 + uint32(32);
const bool l_252 = l_197 < l_0;
const bool l_253 = l_251 < l_1;
const bool l_254 = l_252 && l_253;
if (l_254) {
const float l_255 = l_arr_7[uint32(2)];
const float l_256 = info.scalars_float[0] * l_255;
l_mut_25 = l_256;
const uint32 l_708 = info.static_meta[uint32(2)];
const uint32 l_709 = l_708 * uint32(1);
const bool l_710 = l_197 < l_709;
const uint32 l_711 = l_709 - uint32(1);
const uint32 l_712 = min(l_197, l_711);
const float l_713 = buffer_2[l_712];
const float l_714 = (l_710) ? l_713 : float(0.0);
const float l_257 = l_714;
const uint32 l_715 = info.static_meta[uint32(3)];
const uint32 l_716 = l_715 * uint32(1);
const bool l_717 = l_251 < l_716;
const uint32 l_718 = l_716 - uint32(1);
const uint32 l_719 = min(l_251, l_718);
const float l_720 = buffer_3[l_719];
const float l_721 = (l_717) ? l_720 : float(0.0);
const float l_258 = l_721;
const float l_259 = l_257 * l_258;
l_mut_25 = l_mut_25 / l_259;
const uint32 l_260 = l_197 + info.scalars_uint32[0];
const uint32 l_261 = l_251 + info.scalars_uint32[1];
const bool l_262 = l_260 == l_261;
const float l_263 = (l_262) ? float(1.0) : float(-1.0);
const float l_264 = l_mut_25 + info.scalars_float[1];
const float l_265 = -info.scalars_float[2];
const float l_266 = l_265 * l_263;
const float l_267 = l_263 * l_264;
const float l_268 = exp(l_267);
const float l_269 = float(1.0) + l_268;
const float l_270 = l_266 / l_269;
const float l_271 = l_270 * l_mut_25;
const float l_272 = l_arr_8[uint32(0)];
const float l_273 = l_272 + l_271;
l_arr_8[uint32(0)] = l_273;
const float l_274 = l_arr_9[uint32(0)];
const float l_275 = l_274 + l_270;
l_arr_9[uint32(0)] = l_275;
}
const uint32 l_276 = l_mut_10 + l_5;
const uint32 l_277 = l_276 + uint32(48);
const bool l_278 = l_197 < l_0;
const bool l_279 = l_277 < l_1;
const bool l_280 = l_278 && l_279;
if (l_280) {
const float l_281 = l_arr_7[uint32(3)];
const float l_282 = info.scalars_float[0] * l_281;
l_mut_25 = l_282;
const uint32 l_722 = info.static_meta[uint32(2)];
const uint32 l_723 = l_722 * uint32(1);
const bool l_724 = l_197 < l_723;
const uint32 l_725 = l_723 - uint32(1);
const uint32 l_726 = min(l_197, l_725);
const float l_727 = buffer_2[l_726];
const float l_728 = (l_724) ? l_727 : float(0.0);
const float l_283 = l_728;
const uint32 l_729 = info.static_meta[uint32(3)];
const uint32 l_730 = l_729 * uint32(1);
const bool l_731 = l_277 < l_730;
const uint32 l_732 = l_730 - uint32(1);
const uint32 l_733 = min(l_277, l_732);
const float l_734 = buffer_3[l_733];
const float l_735 = (l_731) ? l_734 : float(0.0);
const float l_284 = l_735;
const float l_285 = l_283 * l_284;
l_mut_25 = l_mut_25 / l_285;
const uint32 l_286 = l_197 + info.scalars_uint32[0];
const uint32 l_287 = l_277 + info.scalars_uint32[1];
const bool l_288 = l_286 == l_287;
const float l_289 = (l_288) ? float(1.0) : float(-1.0);
const float l_290 = l_mut_25 + info.scalars_float[1];
const float l_291 = -info.scalars_float[2];
const float l_292 = l_291 * l_289;
const float l_293 = l_289 * l_290;
const float l_294 = exp(l_293);
const float l_295 = float(1.0) + l_294;
const float l_296 = l_292 / l_295;
const float l_297 = l_296 * l_mut_25;
const float l_298 = l_arr_8[uint32(0)];
const float l_299 = l_298 + l_297;
l_arr_8[uint32(0)] = l_299;
const float l_300 = l_arr_9[uint32(0)];
const float l_301 = l_300 + l_296;
l_arr_9[uint32(0)] = l_301;
}
const uint32 l_302 = l_3 + l_4;
const uint32 l_303 = l_302 + uint32(16);
const uint32 l_304 = l_mut_10 + l_5;
const uint32 l_305 = l_304 + uint32(0);
const bool l_306 = l_303 < l_0;
const bool l_307 = l_305 < l_1;
const bool l_308 = l_306 && l_307;
if (l_308) {
const float l_309 = l_arr_7[uint32(4)];
const float l_310 = info.scalars_float[0] * l_309;
l_mut_25 = l_310;
const uint32 l_736 = info.static_meta[uint32(2)];
const uint32 l_737 = l_736 * uint32(1);
const bool l_738 = l_303 < l_737;
const uint32 l_739 = l_737 - uint32(1);
const uint32 l_740 = min(l_303, l_739);
const float l_741 = buffer_2[l_740];
const float l_742 = (l_738) ? l_741 : float(0.0);
const float l_311 = l_742;
const uint32 l_743 = info.static_meta[uint32(3)];
const uint32 l_744 = l_743 * uint32(1);
const bool l_745 = l_305 < l_744;
const uint32 l_746 = l_744 - uint32(1);
const uint32 l_747 = min(l_305, l_746);
const float l_748 = buffer_3[l_747];
const float l_749 = (l_745) ? l_748 : float(0.0);
const float l_312 = l_749;
const float l_313 = l_311 * l_312;
l_mut_25 = l_mut_25 / l_313;
const uint32 l_314 = l_303 + info.scalars_uint32[0];
const uint32 l_315 = l_305 + info.scalars_uint32[1];
const bool l_316 = l_314 == l_315;
const float l_317 = (l_316) ? float(1.0) : float(-1.0);
const float l_318 = l_mut_25 + info.scalars_float[1];
const float l_319 = -info.scalars_float[2];
const float l_320 = l_319 * l_317;
const float l_321 = l_317 * l_318;
const float l_322 = exp(l_321);
const float l_323 = float(1.0) + l_322;
const float l_324 = l_320 / l_323;
const float l_325 = l_324 * l_mut_25;
const float l_326 = l_arr_8[uint32(1)];
const float l_327 = l_326 + l_325;
l_arr_8[uint32(1)] = l_327;
const float l_328 = l_arr_9[uint32(1)];
const float l_329 = l_328 + l_324;
l_arr_9[uint32(1)] = l_329;
}
const uint32 l_330 = l_mut_10 + l_5;
const uint32 l_331 = l_330 + uint32(16);
const bool l_332 = l_303 < l_0;
const bool l_333 = l_331 < l_1;
const bool l_334 = l_332 && l_333;
if (l_334) {
const float l_335 = l_arr_7[uint32(5)];
const float l_336 = info.scalars_float[0] * l_335;
l_mut_25 = l_336;
const uint32 l_750 = info.static_meta[uint32(2)];
const uint32 l_751 = l_750 * uint32(1);
const bool l_752 = l_303 < l_751;
const uint32 l_753 = l_751 - uint32(1);
const uint32 l_754 = min(l_303, l_753);
const float l_755 = buffer_2[l_754];
const float l_756 = (l_752) ? l_755 : float(0.0);
const float l_337 = l_756;
const uint32 l_757 = info.static_meta[uint32(3)];
const uint32 l_758 = l_757 * uint32(1);
const bool l_759 = l_331 < l_758;
const uint32 l_760 = l_758 - uint32(1);
const uint32 l_761 = min(l_331, l_760);
const float l_762 = buffer_3[l_761];
const float l_763 = (l_759) ? l_762 : float(0.0);
const float l_338 = l_763;
const float l_339 = l_337 * l_338;
l_mut_25 = l_mut_25 / l_339;
const uint32 l_340 = l_303 + info.scalars_uint32[0];
const uint32 l_341 = l_331 + info.scalars_uint32[1];
const bool l_342 = l_340 == l_341;
const float l_343 = (l_342) ? float(1.0) : float(-1.0);
const float l_344 = l_mut_25 + info.scalars_float[1];
const float l_345 = -info.scalars_float[2];
const float l_346 = l_345 * l_343;
const float l_347 = l_343 * l_344;
const float l_348 = exp(l_347);
const float l_349 = float(1.0) + l_348;
const float l_350 = l_346 / l_349;
const float l_351 = l_350 * l_mut_25;
const float l_352 = l_arr_8[uint32(1)];
const float l_353 = l_352 + l_351;
l_arr_8[uint32(1)] = l_353;
const float l_354 = l_arr_9[uint32(1)];
const float l_355 = l_354 + l_350;
l_arr_9[uint32(1)] = l_355;
}
const uint32 l_356 = l_mut_10 + l_5;
const uint32 l_357 = l_356 + uint32(32);
const bool l_358 = l_303 < l_0;
const bool l_359 = l_357 < l_1;
const bool l_360 = l_358 && l_359;
if (l_360) {
const float l_361 = l_arr_7[uint32(6)];
const float l_362 = info.scalars_float[0] * l_361;
l_mut_25 = l_362;
const uint32 l_764 = info.static_meta[uint32(2)];
const uint32 l_765 = l_764 * uint32(1);
const bool l_766 = l_303 < l_765;
const uint32 l_767 = l_765 - uint32(1);
const uint32 l_768 = min(l_303, l_767);
const float l_769 = buffer_2[l_768];
const float l_770 = (l_766) ? l_769 : float(0.0);
const float l_363 = l_770;
const uint32 l_771 = info.static_meta[uint32(3)];
const uint32 l_772 = l_771 * uint32(1);
const bool l_773 = l_357 < l_772;
const uint32 l_774 = l_772 - uint32(1);
const uint32 l_775 = min(l_357, l_774);
const float l_776 = buffer_3[l_775];
const float l_777 = (l_773) ? l_776 : float(0.0);
const float l_364 = l_777;
const float l_365 = l_363 * l_364;
l_mut_25 = l_mut_25 / l_365;
const uint32 l_366 = l_303 + info.scalars_uint32[0];
const uint32 l_367 = l_357 + info.scalars_uint32[1];
const bool l_368 = l_366 == l_367;
const float l_369 = (l_368) ? float(1.0) : float(-1.0);
const float l_370 = l_mut_25 + info.scalars_float[1];
const float l_371 = -info.scalars_float[2];
const float l_372 = l_371 * l_369;
const float l_373 = l_369 * l_370;
const float l_374 = exp(l_373);
const float l_375 = float(1.0) + l_374;
const float l_376 = l_372 / l_375;
const float l_377 = l_376 * l_mut_25;
const float l_378 = l_arr_8[uint32(1)];
const float l_379 = l_378 + l_377;
l_arr_8[uint32(1)] = l_379;
const float l_380 = l_arr_9[uint32(1)];
const float l_381 = l_380 + l_376;
l_arr_9[uint32(1)] = l_381;
}
const uint32 l_382 = l_mut_10 + l_5;
const uint32 l_383 = l_382 + uint32(48);
const bool l_384 = l_303 < l_0;
const bool l_385 = l_383 < l_1;
const bool l_386 = l_384 && l_385;
if (l_386) {
const float l_387 = l_arr_7[uint32(7)];
const float l_388 = info.scalars_float[0] * l_387;
l_mut_25 = l_388;
const uint32 l_778 = info.static_meta[uint32(2)];
const uint32 l_779 = l_778 * uint32(1);
const bool l_780 = l_303 < l_779;
const uint32 l_781 = l_779 - uint32(1);
const uint32 l_782 = min(l_303, l_781);
const float l_783 = buffer_2[l_782];
const float l_784 = (l_780) ? l_783 : float(0.0);
const float l_389 = l_784;
const uint32 l_785 = info.static_meta[uint32(3)];
const uint32 l_786 = l_785 * uint32(1);
const bool l_787 = l_383 < l_786;
const uint32 l_788 = l_786 - uint32(1);
const uint32 l_789 = min(l_383, l_788);
const float l_790 = buffer_3[l_789];
const float l_791 = (l_787) ? l_790 : float(0.0);
const float l_390 = l_791;
const float l_391 = l_389 * l_390;
l_mut_25 = l_mut_25 / l_391;
const uint32 l_392 = l_303 + info.scalars_uint32[0];
const uint32 l_393 = l_383 + info.scalars_uint32[1];
const bool l_394 = l_392 == l_393;
const float l_395 = (l_394) ? float(1.0) : float(-1.0);
const float l_396 = l_mut_25 + info.scalars_float[1];
const float l_397 = -info.scalars_float[2];
const float l_398 = l_397 * l_395;
const float l_399 = l_395 * l_396;
const float l_400 = exp(l_399);
const float l_401 = float(1.0) + l_400;
const float l_402 = l_398 / l_401;
const float l_403 = l_402 * l_mut_25;
const float l_404 = l_arr_8[uint32(1)];
const float l_405 = l_404 + l_403;
l_arr_8[uint32(1)] = l_405;
const float l_406 = l_arr_9[uint32(1)];
const float l_407 = l_406 + l_402;
l_arr_9[uint32(1)] = l_407;
}
const uint32 l_408 = l_3 + l_4;
const uint32 l_409 = l_408 + uint32(32);
const uint32 l_410 = l_mut_10 + l_5;
const uint32 l_411 = l_410 + uint32(0);
const bool l_412 = l_409 < l_0;
const bool l_413 = l_411 < l_1;
const bool l_414 = l_412 && l_413;
if (l_414) {
const float l_415 = l_arr_7[uint32(8)];
const float l_416 = info.scalars_float[0] * l_415;
l_mut_25 = l_416;
const uint32 l_792 = info.static_meta[uint32(2)];
const uint32 l_793 = l_792 * uint32(1);
const bool l_794 = l_409 < l_793;
const uint32 l_795 = l_793 - uint32(1);
const uint32 l_796 = min(l_409, l_795);
const float l_797 = buffer_2[l_796];
const float l_798 = (l_794) ? l_797 : float(0.0);
const float l_417 = l_798;
const uint32 l_799 = info.static_meta[uint32(3)];
const uint32 l_800 = l_799 * uint32(1);
const bool l_801 = l_411 < l_800;
const uint32 l_802 = l_800 - uint32(1);
const uint32 l_803 = min(l_411, l_802);
const float l_804 = buffer_3[l_803];
const float l_805 = (l_801) ? l_804 : float(0.0);
const float l_418 = l_805;
const float l_419 = l_417 * l_418;
l_mut_25 = l_mut_25 / l_419;
const uint32 l_420 = l_409 + info.scalars_uint32[0];
const uint32 l_421 = l_411 + info.scalars_uint32[1];
const bool l_422 = l_420 == l_421;
const float l_423 = (l_422) ? float(1.0) : float(-1.0);
const float l_424 = l_mut_25 + info.scalars_float[1];
const float l_425 = -info.scalars_float[2];
const float l_426 = l_425 * l_423;
const float l_427 = l_423 * l_424;
const float l_428 = exp(l_427);
const float l_429 = float(1.0) + l_428;
const float l_430 = l_426 / l_429;
const float l_431 = l_430 * l_mut_25;
const float l_432 = l_arr_8[uint32(2)];
const float l_433 = l_432 + l_431;
l_arr_8[uint32(2)] = l_433;
const float l_434 = l_arr_9[uint32(2)];
const float l_435 = l_434 + l_430;
l_arr_9[uint32(2)] = l_435;
}
const uint32 l_436 = l_mut_10 + l_5;
const uint32 l_437 = l_436 + uint32(16);
const bool l_438 = l_409 < l_0;
const bool l_439 = l_437 < l_1;
const bool l_440 = l_438 && l_439;
if (l_440) {
const float l_441 = l_arr_7[uint32(9)];
const float l_442 = info.scalars_float[0] * l_441;
l_mut_25 = l_442;
const uint32 l_806 = info.static_meta[uint32(2)];
const uint32 l_807 = l_806 * uint32(1);
const bool l_808 = l_409 < l_807;
const uint32 l_809 = l_807 - uint32(1);
const uint32 l_810 = min(l_409, l_809);
const float l_811 = buffer_2[l_810];
const float l_812 = (l_808) ? l_811 : float(0.0);
const float l_443 = l_812;
const uint32 l_813 = info.static_meta[uint32(3)];
const uint32 l_814 = l_813 * uint32(1);
const bool l_815 = l_437 < l_814;
const uint32 l_816 = l_814 - uint32(1);
const uint32 l_817 = min(l_437, l_816);
const float l_818 = buffer_3[l_817];
const float l_819 = (l_815) ? l_818 : float(0.0);
const float l_444 = l_819;
const float l_445 = l_443 * l_444;
l_mut_25 = l_mut_25 / l_445;
const uint32 l_446 = l_409 + info.scalars_uint32[0];
const uint32 l_447 = l_437 + info.scalars_uint32[1];
const bool l_448 = l_446 == l_447;
const float l_449 = (l_448) ? float(1.0) : float(-1.0);
const float l_450 = l_mut_25 + info.scalars_float[1];
const float l_451 = -info.scalars_float[2];
const float l_452 = l_451 * l_449;
const float l_453 = l_449 * l_450;
const float l_454 = exp(l_453);
const float l_455 = float(1.0) + l_454;
const float l_456 = l_452 / l_455;
const float l_457 = l_456 * l_mut_25;
const float l_458 = l_arr_8[uint32(2)];
const float l_459 = l_458 + l_457;
l_arr_8[uint32(2)] = l_459;
const float l_460 = l_arr_9[uint32(2)];
const float l_461 = l_460 + l_456;
l_arr_9[uint32(2)] = l_461;
}
const uint32 l_462 = l_mut_10 + l_5;
const uint32 l_463 = l_462 + uint32(32);
const bool l_464 = l_409 < l_0;
const bool l_465 = l_463 < l_1;
const bool l_466 = l_464 && l_465;
if (l_466) {
const float l_467 = l_arr_7[uint32(10)];
const float l_468 = info.scalars_float[0] * l_467;
l_mut_25 = l_468;
const uint32 l_820 = info.static_meta[uint32(2)];
const uint32 l_821 = l_820 * uint32(1);
const bool l_822 = l_409 < l_821;
const uint32 l_823 = l_821 - uint32(1);
const uint32 l_824 = min(l_409, l_823);
const float l_825 = buffer_2[l_824];
const float l_826 = (l_822) ? l_825 : float(0.0);
const float l_469 = l_826;
const uint32 l_827 = info.static_meta[uint32(3)];
const uint32 l_828 = l_827 * uint32(1);
const bool l_829 = l_463 < l_828;
const uint32 l_830 = l_828 - uint32(1);
const uint32 l_831 = min(l_463, l_830);
const float l_832 = buffer_3[l_831];
const float l_833 = (l_829) ? l_832 : float(0.0);
const float l_470 = l_833;
const float l_471 = l_469 * l_470;
l_mut_25 = l_mut_25 / l_471;
const uint32 l_472 = l_409 + info.scalars_uint32[0];
const uint32 l_473 = l_463 + info.scalars_uint32[1];
const bool l_474 = l_472 == l_473;
const float l_475 = (l_474) ? float(1.0) : float(-1.0);
const float l_476 = l_mut_25 + info.scalars_float[1];
const float l_477 = -info.scalars_float[2];
const float l_478 = l_477 * l_475;
const float l_479 = l_475 * l_476;
const float l_480 = exp(l_479);
const float l_481 = float(1.0) + l_480;
const float l_482 = l_478 / l_481;
const float l_483 = l_482 * l_mut_25;
const float l_484 = l_arr_8[uint32(2)];
const float l_485 = l_484 + l_483;
l_arr_8[uint32(2)] = l_485;
const float l_486 = l_arr_9[uint32(2)];
const float l_487 = l_486 + l_482;
l_arr_9[uint32(2)] = l_487;
}
const uint32 l_488 = l_mut_10 + l_5;
const uint32 l_489 = l_488 + uint32(48);
const bool l_490 = l_409 < l_0;
const bool l_491 = l_489 < l_1;
const bool l_492 = l_490 && l_491;
if (l_492) {
const float l_493 = l_arr_7[uint32(11)];
const float l_494 = info.scalars_float[0] * l_493;
l_mut_25 = l_494;
const uint32 l_834 = info.static_meta[uint32(2)];
const uint32 l_835 = l_834 * uint32(1);
const bool l_836 = l_409 < l_835;
const uint32 l_837 = l_835 - uint32(1);
const uint32 l_838 = min(l_409, l_837);
const float l_839 = buffer_2[l_838];
const float l_840 = (l_836) ? l_839 : float(0.0);
const float l_495 = l_840;
const uint32 l_841 = info.static_meta[uint32(3)];
const uint32 l_842 = l_841 * uint32(1);
const bool l_843 = l_489 < l_842;
const uint32 l_844 = l_842 - uint32(1);
const uint32 l_845 = min(l_489, l_844);
const float l_846 = buffer_3[l_845];
const float l_847 = (l_843) ? l_846 : float(0.0);
const float l_496 = l_847;
const float l_497 = l_495 * l_496;
l_mut_25 = l_mut_25 / l_497;
const uint32 l_498 = l_409 + info.scalars_uint32[0];
const uint32 l_499 = l_489 + info.scalars_uint32[1];
const bool l_500 = l_498 == l_499;
const float l_501 = (l_500) ? float(1.0) : float(-1.0);
const float l_502 = l_mut_25 + info.scalars_float[1];
const float l_503 = -info.scalars_float[2];
const float l_504 = l_503 * l_501;
const float l_505 = l_501 * l_502;
const float l_506 = exp(l_505);
const float l_507 = float(1.0) + l_506;
const float l_508 = l_504 / l_507;
const float l_509 = l_508 * l_mut_25;
const float l_510 = l_arr_8[uint32(2)];
const float l_511 = l_510 + l_509;
l_arr_8[uint32(2)] = l_511;
const float l_512 = l_arr_9[uint32(2)];
const float l_513 = l_512 + l_508;
l_arr_9[uint32(2)] = l_513;
}
const uint32 l_514 = l_3 + l_4;
const uint32 l_515 = l_514 + uint32(48);
const uint32 l_516 = l_mut_10 + l_5;
const uint32 l_517 = l_516 + uint32(0);
const bool l_518 = l_515 < l_0;
const bool l_519 = l_517 < l_1;
const bool l_520 = l_518 && l_519;
if (l_520) {
const float l_521 = l_arr_7[uint32(12)];
const float l_522 = info.scalars_float[0] * l_521;
l_mut_25 = l_522;
const uint32 l_848 = info.static_meta[uint32(2)];
const uint32 l_849 = l_848 * uint32(1);
const bool l_850 = l_515 < l_849;
const uint32 l_851 = l_849 - uint32(1);
const uint32 l_852 = min(l_515, l_851);
const float l_853 = buffer_2[l_852];
const float l_854 = (l_850) ? l_853 : float(0.0);
const float l_523 = l_854;
const uint32 l_855 = info.static_meta[uint32(3)];
const uint32 l_856 = l_855 * uint32(1);
const bool l_857 = l_517 < l_856;
const uint32 l_858 = l_856 - uint32(1);
const uint32 l_859 = min(l_517, l_858);
const float l_860 = buffer_3[l_859];
const float l_861 = (l_857) ? l_860 : float(0.0);
const float l_524 = l_861;
const float l_525 = l_523 * l_524;
l_mut_25 = l_mut_25 / l_525;
const uint32 l_526 = l_515 + info.scalars_uint32[0];
const uint32 l_527 = l_517 + info.scalars_uint32[1];
const bool l_528 = l_526 == l_527;
const float l_529 = (l_528) ? float(1.0) : float(-1.0);
const float l_530 = l_mut_25 + info.scalars_float[1];
const float l_531 = -info.scalars_float[2];
const float l_532 = l_531 * l_529;
const float l_533 = l_529 * l_530;
const float l_534 = exp(l_533);
const float l_535 = float(1.0) + l_534;
const float l_536 = l_532 / l_535;
const float l_537 = l_536 * l_mut_25;
const float l_538 = l_arr_8[uint32(3)];
const float l_539 = l_538 + l_537;
l_arr_8[uint32(3)] = l_539;
const float l_540 = l_arr_9[uint32(3)];
const float l_541 = l_540 + l_536;
l_arr_9[uint32(3)] = l_541;
}
const uint32 l_542 = l_mut_10 + l_5;
const uint32 l_543 = l_542 + uint32(16);
const bool l_544 = l_515 < l_0;
const bool l_545 = l_543 < l_1;
const bool l_546 = l_544 && l_545;
if (l_546) {
const float l_547 = l_arr_7[uint32(13)];
const float l_548 = info.scalars_float[0] * l_547;
l_mut_25 = l_548;
const uint32 l_862 = info.static_meta[uint32(2)];
const uint32 l_863 = l_862 * uint32(1);
const bool l_864 = l_515 < l_863;
const uint32 l_865 = l_863 - uint32(1);
const uint32 l_866 = min(l_515, l_865);
const float l_867 = buffer_2[l_866];
const float l_868 = (l_864) ? l_867 : float(0.0);
const float l_549 = l_868;
const uint32 l_869 = info.static_meta[uint32(3)];
const uint32 l_870 = l_869 * uint32(1);
const bool l_871 = l_543 < l_870;
const uint32 l_872 = l_870 - uint32(1);
const uint32 l_873 = min(l_543, l_872);
const float l_874 = buffer_3[l_873];
const float l_875 = (l_871) ? l_874 : float(0.0);
const float l_550 = l_875;
const float l_551 = l_549 * l_550;
l_mut_25 = l_mut_25 / l_551;
const uint32 l_552 = l_515 + info.scalars_uint32[0];
const uint32 l_553 = l_543 + info.scalars_uint32[1];
const bool l_554 = l_552 == l_553;
const float l_555 = (l_554) ? float(1.0) : float(-1.0);
const float l_556 = l_mut_25 + info.scalars_float[1];
const float l_557 = -info.scalars_float[2];
const float l_558 = l_557 * l_555;
const float l_559 = l_555 * l_556;
const float l_560 = exp(l_559);
const float l_561 = float(1.0) + l_560;
const float l_562 = l_558 / l_561;
const float l_563 = l_562 * l_mut_25;
const float l_564 = l_arr_8[uint32(3)];
const float l_565 = l_564 + l_563;
l_arr_8[uint32(3)] = l_565;
const float l_566 = l_arr_9[uint32(3)];
const float l_567 = l_566 + l_562;
l_arr_9[uint32(3)] = l_567;
}
const uint32 l_568 = l_mut_10 + l_5;
const uint32 l_569 = l_568 + uint32(32);
const bool l_570 = l_515 < l_0;
const bool l_571 = l_569 < l_1;
const bool l_572 = l_570 && l_571;
if (l_572) {
const float l_573 = l_arr_7[uint32(14)];
const float l_574 = info.scalars_float[0] * l_573;
l_mut_25 = l_574;
const uint32 l_876 = info.static_meta[uint32(2)];
const uint32 l_877 = l_876 * uint32(1);
const bool l_878 = l_515 < l_877;
const uint32 l_879 = l_877 - uint32(1);
const uint32 l_880 = min(l_515, l_879);
const float l_881 = buffer_2[l_880];
const float l_882 = (l_878) ? l_881 : float(0.0);
const float l_575 = l_882;
const uint32 l_883 = info.static_meta[uint32(3)];
const uint32 l_884 = l_883 * uint32(1);
const bool l_885 = l_569 < l_884;
const uint32 l_886 = l_884 - uint32(1);
const uint32 l_887 = min(l_569, l_886);
const float l_888 = buffer_3[l_887];
const float l_889 = (l_885) ? l_888 : float(0.0);
const float l_576 = l_889;
const float l_577 = l_575 * l_576;
l_mut_25 = l_mut_25 / l_577;
const uint32 l_578 = l_515 + info.scalars_uint32[0];
const uint32 l_579 = l_569 + info.scalars_uint32[1];
const bool l_580 = l_578 == l_579;
const float l_581 = (l_580) ? float(1.0) : float(-1.0);
const float l_582 = l_mut_25 + info.scalars_float[1];
const float l_583 = -info.scalars_float[2];
const float l_584 = l_583 * l_581;
const float l_585 = l_581 * l_582;
const float l_586 = exp(l_585);
const float l_587 = float(1.0) + l_586;
const float l_588 = l_584 / l_587;
const float l_589 = l_588 * l_mut_25;
const float l_590 = l_arr_8[uint32(3)];
const float l_591 = l_590 + l_589;
l_arr_8[uint32(3)] = l_591;
const float l_592 = l_arr_9[uint32(3)];
const float l_593 = l_592 + l_588;
l_arr_9[uint32(3)] = l_593;
}
const uint32 l_594 = l_mut_10 + l_5;
const uint32 l_595 = l_594 + uint32(48);
const bool l_596 = l_515 < l_0;
const bool l_597 = l_595 < l_1;
const bool l_598 = l_596 && l_597;
if (l_598) {
const float l_599 = l_arr_7[uint32(15)];
const float l_600 = info.scalars_float[0] * l_599;
l_mut_25 = l_600;
const uint32 l_890 = info.static_meta[uint32(2)];
const uint32 l_891 = l_890 * uint32(1);
const bool l_892 = l_515 < l_891;
const uint32 l_893 = l_891 - uint32(1);
const uint32 l_894 = min(l_515, l_893);
const float l_895 = buffer_2[l_894];
const float l_896 = (l_892) ? l_895 : float(0.0);
const float l_601 = l_896;
const uint32 l_897 = info.static_meta[uint32(3)];
const uint32 l_898 = l_897 * uint32(1);
const bool l_899 = l_595 < l_898;
const uint32 l_900 = l_898 - uint32(1);
const uint32 l_901 = min(l_595, l_900);
const float l_902 = buffer_3[l_901];
const float l_903 = (l_899) ? l_902 : float(0.0);
const float l_602 = l_903;
const float l_603 = l_601 * l_602;
l_mut_25 = l_mut_25 / l_603;
const uint32 l_604 = l_515 + info.scalars_uint32[0];
const uint32 l_605 = l_595 + info.scalars_uint32[1];
const bool l_606 = l_604 == l_605;
const float l_607 = (l_606) ? float(1.0) : float(-1.0);
const float l_608 = l_mut_25 + info.scalars_float[1];
const float l_609 = -info.scalars_float[2];
const float l_610 = l_609 * l_607;
const float l_611 = l_607 * l_608;
const float l_612 = exp(l_611);
const float l_613 = float(1.0) + l_612;
const float l_614 = l_610 / l_613;
const float l_615 = l_614 * l_mut_25;
const float l_616 = l_arr_8[uint32(3)];
const float l_617 = l_616 + l_615;
l_arr_8[uint32(3)] = l_617;
const float l_618 = l_arr_9[uint32(3)];
const float l_619 = l_618 + l_614;
l_arr_9[uint32(3)] = l_619;
}
l_mut_10 = l_mut_10 + uint32(64);
}
const uint32 l_620 = l_4 + uint32(0);
const uint32 l_621 = l_620 * uint32(16);
const uint32 l_622 = l_621 + l_5;
const float l_623 = l_arr_8[uint32(0)];
shared_memory_6[l_622] = l_623;
const uint32 l_624 = l_620 * uint32(16);
const uint32 l_625 = uint32(1024) + l_624;
const uint32 l_626 = l_625 + l_5;
const float l_627 = l_arr_9[uint32(0)];
shared_memory_6[l_626] = l_627;
const uint32 l_628 = l_4 + uint32(16);
const uint32 l_629 = l_628 * uint32(16);
const uint32 l_630 = l_629 + l_5;
const float l_631 = l_arr_8[uint32(1)];
shared_memory_6[l_630] = l_631;
const uint32 l_632 = l_628 * uint32(16);
const uint32 l_633 = uint32(1024) + l_632;
const uint32 l_634 = l_633 + l_5;
const float l_635 = l_arr_9[uint32(1)];
shared_memory_6[l_634] = l_635;
const uint32 l_636 = l_4 + uint32(32);
const uint32 l_637 = l_636 * uint32(16);
const uint32 l_638 = l_637 + l_5;
const float l_639 = l_arr_8[uint32(2)];
shared_memory_6[l_638] = l_639;
const uint32 l_640 = l_636 * uint32(16);
const uint32 l_641 = uint32(1024) + l_640;
const uint32 l_642 = l_641 + l_5;
const float l_643 = l_arr_9[uint32(2)];
shared_memory_6[l_642] = l_643;
const uint32 l_644 = l_4 + uint32(48);
const uint32 l_645 = l_644 * uint32(16);
const uint32 l_646 = l_645 + l_5;
const float l_647 = l_arr_8[uint32(3)];
shared_memory_6[l_646] = l_647;
const uint32 l_648 = l_644 * uint32(16);
const uint32 l_649 = uint32(1024) + l_648;
const uint32 l_650 = l_649 + l_5;
const float l_651 = l_arr_9[uint32(3)];
shared_memory_6[l_650] = l_651;
__syncthreads();

const bool l_652 = threadIdxGlobal < uint32(64);
if (l_652) {
const uint32 l_653 = l_3 + threadIdxGlobal;
const bool l_654 = l_653 < l_0;
if (l_654) {
l_mut_25 = float(0.0);
l_mut_24 = float(0.0);

for (uint32 l_mut_655 = uint32(0); l_mut_655 < uint32(16); ++l_mut_655) {
const uint32 l_656 = threadIdxGlobal * uint32(16);
const uint32 l_657 = l_656 + l_mut_655;
const float l_658 = shared_memory_6[l_657];
l_mut_25 = l_mut_25 + l_658;
const uint32 l_659 = threadIdxGlobal * uint32(16);
const uint32 l_660 = uint32(1024) + l_659;
const uint32 l_661 = l_660 + l_mut_655;
const float l_662 = shared_memory_6[l_661];
l_mut_24 = l_mut_24 + l_662;
}
const uint32 l_663 = uint32(2) * l_653;
const uint32 l_904 = info.static_meta[uint32(4)];
const uint32 l_905 = l_904 * uint32(1);
const bool l_906 = l_663 < l_905;
if (l_906) {
buffer_4[l_663] = l_mut_25;
}
const uint32 l_664 = uint32(2) * l_653;
const uint32 l_665 = l_664 + uint32(1);
const uint32 l_907 = info.static_meta[uint32(4)];
const uint32 l_908 = l_907 * uint32(1);
const bool l_909 = l_665 < l_908;
if (l_909) {
buffer_4[l_665] = l_mut_24;
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
