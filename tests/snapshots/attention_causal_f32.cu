// ==== launch 0: forward_kernel_q_f32_kv_f32_o_f32 (attention), cube_dim 64x1x1
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


extern "C" __global__ void __launch_bounds__(64)forward_kernel_q_f32_kv_f32_o_f32 (
    const float* __restrict__ buffer_0, const float* __restrict__ buffer_1, const float* __restrict__ buffer_2, const int32* __restrict__ buffer_3, float* buffer_4, const uint32* __restrict__ dynamic_meta, const __grid_constant__ info_st info
) {
uint32 threadIdxGlobal = threadIdx.x + threadIdx.y * blockDim.x + threadIdx.z * (blockDim.x * blockDim.y);
uint32 blockIdxGlobal = (blockIdx.z * gridDim.y * gridDim.x) + (blockIdx.y * gridDim.x) + blockIdx.x;
extern __shared__ __align__(4) uint8 dynamic_shared_mem[];
// Shared array size: 192, 768 bytes
float *shared_memory_16 = reinterpret_cast<float*>(&dynamic_shared_mem[0]);
float l_mut_29;
float l_mut_30;
float l_mut_31;
float l_mut_38;
uint32 l_mut_32;
uint32 l_mut_54;
const bool l_0 = blockIdxGlobal < info.scalars_uint32[0];
if (l_0) {
const uint32 l_1 = dynamic_meta[info.static_meta[uint32(14)] + uint32(1)];
const uint32 l_2 = dynamic_meta[info.static_meta[uint32(14)] + uint32(2)];
const uint32 l_3 = blockIdxGlobal / l_1;
const uint32 l_4 = blockIdxGlobal % l_1;
const uint32 l_5 = dynamic_meta[info.static_meta[uint32(15)] + uint32(1)];
const uint32 l_6 = l_1 / l_5;
const uint32 l_7 = l_4 / l_6;
const bool l_8 = threadIdxGlobal < l_2;
const uint32 l_9 = uint32(2) * l_3;
const uint32 l_107 = info.static_meta[uint32(3)];
const uint32 l_108 = l_107 * uint32(1);
const bool l_109 = l_9 < l_108;
const uint32 l_110 = l_108 - uint32(1);
const uint32 l_111 = min(l_9, l_110);
const int32 l_112 = buffer_3[l_111];
const int32 l_113 = (l_109) ? l_112 : int32(0);
const int32 l_10 = l_113;
const uint32 l_11 = uint32(l_10);
const uint32 l_12 = uint32(2) * l_3;
const uint32 l_13 = l_12 + uint32(1);
const uint32 l_114 = info.static_meta[uint32(3)];
const uint32 l_115 = l_114 * uint32(1);
const bool l_116 = l_13 < l_115;
const uint32 l_117 = l_115 - uint32(1);
const uint32 l_118 = min(l_13, l_117);
const int32 l_119 = buffer_3[l_118];
const int32 l_120 = (l_116) ? l_119 : int32(0);
const int32 l_14 = l_120;
const uint32 l_15 = uint32(l_14);
const uint32 l_17 = uint32(64) + threadIdxGlobal;
const uint32 l_18 = (l_8) ? threadIdxGlobal : uint32(0);
const uint32 l_19 = dynamic_meta[info.static_meta[uint32(18)] + uint32(0)];
const uint32 l_20 = l_3 * l_19;
const uint32 l_21 = dynamic_meta[info.static_meta[uint32(18)] + uint32(1)];
const uint32 l_22 = l_4 * l_21;
const uint32 l_23 = l_20 + l_22;
const uint32 l_24 = dynamic_meta[info.static_meta[uint32(18)] + uint32(2)];
const uint32 l_25 = l_18 * l_24;
const uint32 l_26 = l_23 + l_25;
const uint32 l_121 = info.static_meta[uint32(0)];
const uint32 l_122 = l_121 * uint32(1);
const bool l_123 = l_26 < l_122;
const uint32 l_124 = l_122 - uint32(1);
const uint32 l_125 = min(l_26, l_124);
const float l_126 = buffer_0[l_125];
const float l_127 = (l_123) ? l_126 : float(0.0);
const float l_27 = l_127;
const float l_28 = (l_8) ? l_27 : float(0.0);
shared_memory_16[l_17] = l_28;
__syncthreads();

l_mut_29 = float(-3.4028234663852886e38);
l_mut_30 = float(0.0);
l_mut_31 = float(0.0);
l_mut_32 = l_11;
while (true) {
const bool l_33 = l_mut_32 < l_15;
const bool l_34 = !l_33;
if (l_34) {
break;}
const uint32 l_35 = l_mut_32 + threadIdxGlobal;
const bool l_36 = l_35 < l_15;
const uint32 l_37 = (l_36) ? l_35 : l_11;
l_mut_38 = float(0.0);

for (uint32 l_mut_39 = uint32(0); l_mut_39 < l_2; ++l_mut_39) {
const uint32 l_40 = uint32(64) + l_mut_39;
const float l_41 = shared_memory_16[l_40];
const uint32 l_42 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_43 = l_37 * l_42;
const uint32 l_44 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_45 = l_7 * l_44;
const uint32 l_46 = l_43 + l_45;
const uint32 l_47 = dynamic_meta[info.static_meta[uint32(19)] + uint32(2)];
const uint32 l_48 = l_mut_39 * l_47;
const uint32 l_49 = l_46 + l_48;
const uint32 l_128 = info.static_meta[uint32(1)];
const uint32 l_129 = l_128 * uint32(1);
const bool l_130 = l_49 < l_129;
const uint32 l_131 = l_129 - uint32(1);
const uint32 l_132 = min(l_49, l_131);
const float l_133 = buffer_1[l_132];
const float l_134 = (l_130) ? l_133 : float(0.0);
const float l_50 = l_134;
const float l_51 = l_41 * l_50;
l_mut_38 = l_mut_38 + l_51;
}
const float l_52 = l_mut_38 * info.scalars_float[0];
const float l_53 = (l_36) ? l_52 : float(-3.4028234663852886e38);
shared_memory_16[threadIdxGlobal] = l_53;
__syncthreads();

l_mut_54 = uint32(32);
while (true) {
const bool l_55 = l_mut_54 > uint32(0);
const bool l_56 = !l_55;
if (l_56) {
break;}
const bool l_57 = threadIdxGlobal < l_mut_54;
if (l_57) {
const uint32 l_58 = threadIdxGlobal + l_mut_54;
const float l_59 = shared_memory_16[l_58];
const float l_60 = shared_memory_16[threadIdxGlobal];
const float l_61 = max(l_60, l_59);
shared_memory_16[threadIdxGlobal] = l_61;
}
__syncthreads();

l_mut_54 = l_mut_54 / uint32(2);
}
const float l_62 = shared_memory_16[uint32(0)];
__syncthreads();

const float l_63 = max(l_mut_29, l_62);
const float l_64 = l_53 - l_63;
const float l_65 = exp(l_64);
const float l_66 = (l_36) ? l_65 : float(0.0);
const uint32 l_67 = uint32(128) + threadIdxGlobal;
shared_memory_16[l_67] = l_66;
shared_memory_16[threadIdxGlobal] = l_66;
__syncthreads();

l_mut_54 = uint32(32);
while (true) {
const bool l_68 = l_mut_54 > uint32(0);
const bool l_69 = !l_68;
if (l_69) {
break;}
const bool l_70 = threadIdxGlobal < l_mut_54;
if (l_70) {
const uint32 l_71 = threadIdxGlobal + l_mut_54;
const float l_72 = shared_memory_16[l_71];
const float l_73 = shared_memory_16[threadIdxGlobal];
const float l_74 = l_73 + l_72;
shared_memory_16[threadIdxGlobal] = l_74;
}
__syncthreads();

l_mut_54 = l_mut_54 / uint32(2);
}
const float l_75 = shared_memory_16[uint32(0)];
__syncthreads();

const float l_76 = l_mut_29 - l_63;
const float l_77 = exp(l_76);
const float l_78 = l_mut_30 * l_77;
const float l_79 = l_78 + l_75;
l_mut_30 = l_79;
const uint32 l_80 = l_15 - l_mut_32;
const uint32 l_81 = min(uint32(64), l_80);
l_mut_38 = float(0.0);

for (uint32 l_mut_82 = uint32(0); l_mut_82 < l_81; ++l_mut_82) {
const uint32 l_83 = uint32(128) + l_mut_82;
const float l_84 = shared_memory_16[l_83];
const uint32 l_85 = l_mut_32 + l_mut_82;
const uint32 l_86 = (l_8) ? threadIdxGlobal : uint32(0);
const uint32 l_87 = dynamic_meta[info.static_meta[uint32(20)] + uint32(0)];
const uint32 l_88 = l_85 * l_87;
const uint32 l_89 = dynamic_meta[info.static_meta[uint32(20)] + uint32(1)];
const uint32 l_90 = l_7 * l_89;
const uint32 l_91 = l_88 + l_90;
const uint32 l_92 = dynamic_meta[info.static_meta[uint32(20)] + uint32(2)];
const uint32 l_93 = l_86 * l_92;
const uint32 l_94 = l_91 + l_93;
const uint32 l_135 = info.static_meta[uint32(2)];
const uint32 l_136 = l_135 * uint32(1);
const bool l_137 = l_94 < l_136;
const uint32 l_138 = l_136 - uint32(1);
const uint32 l_139 = min(l_94, l_138);
const float l_140 = buffer_2[l_139];
const float l_141 = (l_137) ? l_140 : float(0.0);
const float l_95 = l_141;
const float l_96 = (l_8) ? l_95 : float(0.0);
const float l_97 = l_84 * l_96;
l_mut_38 = l_mut_38 + l_97;
}
const float l_98 = l_mut_31 * l_77;
const float l_99 = l_98 + l_mut_38;
l_mut_31 = l_99;
l_mut_29 = l_63;
__syncthreads();

l_mut_32 = l_mut_32 + uint32(64);
}
if (l_8) {
const uint32 l_100 = l_3 * l_1;
const uint32 l_101 = l_100 + l_4;
const uint32 l_102 = l_101 * l_2;
const uint32 l_103 = l_102 + threadIdxGlobal;
const bool l_104 = l_mut_30 > float(0.0);
const float l_105 = l_mut_31 / l_mut_30;
const float l_106 = (l_104) ? l_105 : info.scalars_float[1];
const uint32 l_142 = info.static_meta[uint32(4)];
const uint32 l_143 = l_142 * uint32(1);
const bool l_144 = l_103 < l_143;
if (l_144) {
buffer_4[l_103] = l_106;
}
}
}

}
// ==== launch 1: forward_kernel_q_f32_kv_f32_o_f32 (attention), cube_dim 64x1x1
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


extern "C" __global__ void __launch_bounds__(64)forward_kernel_q_f32_kv_f32_o_f32 (
    const float* __restrict__ buffer_0, const float* __restrict__ buffer_1, const float* __restrict__ buffer_2, const int32* __restrict__ buffer_3, float* buffer_4, const uint32* __restrict__ dynamic_meta, const __grid_constant__ info_st info
) {
uint32 threadIdxGlobal = threadIdx.x + threadIdx.y * blockDim.x + threadIdx.z * (blockDim.x * blockDim.y);
uint32 blockIdxGlobal = (blockIdx.z * gridDim.y * gridDim.x) + (blockIdx.y * gridDim.x) + blockIdx.x;
extern __shared__ __align__(4) uint8 dynamic_shared_mem[];
// Shared array size: 192, 768 bytes
float *shared_memory_16 = reinterpret_cast<float*>(&dynamic_shared_mem[0]);
float l_mut_29;
float l_mut_30;
float l_mut_31;
float l_mut_38;
uint32 l_mut_32;
uint32 l_mut_54;
const bool l_0 = blockIdxGlobal < info.scalars_uint32[0];
if (l_0) {
const uint32 l_1 = dynamic_meta[info.static_meta[uint32(14)] + uint32(1)];
const uint32 l_2 = dynamic_meta[info.static_meta[uint32(14)] + uint32(2)];
const uint32 l_3 = blockIdxGlobal / l_1;
const uint32 l_4 = blockIdxGlobal % l_1;
const uint32 l_5 = dynamic_meta[info.static_meta[uint32(15)] + uint32(1)];
const uint32 l_6 = l_1 / l_5;
const uint32 l_7 = l_4 / l_6;
const bool l_8 = threadIdxGlobal < l_2;
const uint32 l_9 = uint32(2) * l_3;
const uint32 l_88 = info.static_meta[uint32(3)];
const uint32 l_89 = l_88 * uint32(1);
const bool l_90 = l_9 < l_89;
const uint32 l_91 = l_89 - uint32(1);
const uint32 l_92 = min(l_9, l_91);
const int32 l_93 = buffer_3[l_92];
const int32 l_94 = (l_90) ? l_93 : int32(0);
const int32 l_10 = l_94;
const uint32 l_11 = uint32(l_10);
const uint32 l_12 = uint32(2) * l_3;
const uint32 l_13 = l_12 + uint32(1);
const uint32 l_95 = info.static_meta[uint32(3)];
const uint32 l_96 = l_95 * uint32(1);
const bool l_97 = l_13 < l_96;
const uint32 l_98 = l_96 - uint32(1);
const uint32 l_99 = min(l_13, l_98);
const int32 l_100 = buffer_3[l_99];
const int32 l_101 = (l_97) ? l_100 : int32(0);
const int32 l_14 = l_101;
const uint32 l_15 = uint32(l_14);
const uint32 l_17 = uint32(64) + threadIdxGlobal;
const uint32 l_18 = (l_8) ? threadIdxGlobal : uint32(0);
const uint32 l_19 = dynamic_meta[info.static_meta[uint32(18)] + uint32(0)];
const uint32 l_20 = l_3 * l_19;
const uint32 l_21 = dynamic_meta[info.static_meta[uint32(18)] + uint32(1)];
const uint32 l_22 = l_4 * l_21;
const uint32 l_23 = l_20 + l_22;
const uint32 l_24 = dynamic_meta[info.static_meta[uint32(18)] + uint32(2)];
const uint32 l_25 = l_18 * l_24;
const uint32 l_26 = l_23 + l_25;
const uint32 l_102 = info.static_meta[uint32(0)];
const uint32 l_103 = l_102 * uint32(1);
const bool l_104 = l_26 < l_103;
const uint32 l_105 = l_103 - uint32(1);
const uint32 l_106 = min(l_26, l_105);
const float l_107 = buffer_0[l_106];
const float l_108 = (l_104) ? l_107 : float(0.0);
const float l_27 = l_108;
const float l_28 = (l_8) ? l_27 : float(0.0);
shared_memory_16[l_17] = l_28;
__syncthreads();

l_mut_29 = float(-3.4028234663852886e38);
l_mut_30 = float(0.0);
l_mut_31 = float(0.0);
l_mut_32 = l_11;
while (true) {
const bool l_33 = l_mut_32 < l_15;
const bool l_34 = !l_33;
if (l_34) {
break;}
const uint32 l_35 = l_mut_32 + threadIdxGlobal;
const bool l_36 = l_35 < l_15;
const uint32 l_37 = (l_36) ? l_35 : l_11;
l_mut_38 = float(0.0);

for (uint32 l_mut_39 = uint32(0); l_mut_39 < l_2; ++l_mut_39) {
const uint32 l_40 = uint32(64) + l_mut_39;
const float l_41 = shared_memory_16[l_40];
const uint32 l_42 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_43 = l_37 * l_42;
const uint32 l_44 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_45 = l_7 * l_44;
const uint32 l_46 = l_43 + l_45;
const uint32 l_47 = dynamic_meta[info.static_meta[uint32(19)] + uint32(2)];
const uint32 l_48 = l_mut_39 * l_47;
const uint32 l_49 = l_46 + l_48;
const uint32 l_109 = info.static_meta[uint32(1)];
const uint32 l_110 = l_109 * uint32(1);
const bool l_111 = l_49 < l_110;
const uint32 l_112 = l_110 - uint32(1);
const uint32 l_113 = min(l_49, l_112);
const float l_114 = buffer_1[l_113];
const float l_115 = (l_111) ? l_114 : float(0.0);
const float l_50 = l_115;
const float l_51 = l_41 * l_50;
l_mut_38 = l_mut_38 + l_51;
}
const float l_52 = l_mut_38 * info.scalars_float[0];
const float l_53 = (l_36) ? l_52 : float(-3.4028234663852886e38);
shared_memory_16[threadIdxGlobal] = l_53;
__syncthreads();

l_mut_54 = uint32(32);
while (true) {
const bool l_55 = l_mut_54 > uint32(0);
const bool l_56 = !l_55;
if (l_56) {
break;}
const bool l_57 = threadIdxGlobal < l_mut_54;
if (l_57) {
const uint32 l_58 = threadIdxGlobal + l_mut_54;
const float l_59 = shared_memory_16[l_58];
const float l_60 = shared_memory_16[threadIdxGlobal];
const float l_61 = max(l_60, l_59);
shared_memory_16[threadIdxGlobal] = l_61;
}
__syncthreads();

l_mut_54 = l_mut_54 / uint32(2);
}
const float l_62 = shared_memory_16[uint32(0)];
__syncthreads();

const float l_63 = max(l_mut_29, l_62);
const float l_64 = l_53 - l_63;
const float l_65 = exp(l_64);
const float l_66 = (l_36) ? l_65 : float(0.0);
const uint32 l_67 = uint32(128) + threadIdxGlobal;
shared_memory_16[l_67] = l_66;
shared_memory_16[threadIdxGlobal] = l_66;
__syncthreads();

l_mut_54 = uint32(32);
while (true) {
const bool l_68 = l_mut_54 > uint32(0);
const bool l_69 = !l_68;
if (l_69) {
break;}
const bool l_70 = threadIdxGlobal < l_mut_54;
if (l_70) {
const uint32 l_71 = threadIdxGlobal + l_mut_54;
const float l_72 = shared_memory_16[l_71];
const float l_73 = shared_memory_16[threadIdxGlobal];
const float l_74 = l_73 + l_72;
shared_memory_16[threadIdxGlobal] = l_74;
}
__syncthreads();

l_mut_54 = l_mut_54 / uint32(2);
}
const float l_75 = shared_memory_16[uint32(0)];
__syncthreads();

const float l_76 = l_mut_29 - l_63;
const float l_77 = exp(l_76);
const float l_78 = l_mut_30 * l_77;
const float l_79 = l_78 + l_75;
l_mut_30 = l_79;
l_mut_29 = l_63;
__syncthreads();

l_mut_32 = l_mut_32 + uint32(64);
}
const bool l_80 = threadIdxGlobal == uint32(0);
if (l_80) {
const uint32 l_81 = dynamic_meta[info.static_meta[uint32(14)] + uint32(0)];
const uint32 l_82 = l_4 * l_81;
const uint32 l_83 = l_82 + l_3;
const bool l_84 = l_mut_30 > float(0.0);
const float l_85 = log(l_mut_30);
const float l_86 = l_mut_29 + l_85;
const float l_87 = (l_84) ? l_86 : info.scalars_float[1];
const uint32 l_116 = info.static_meta[uint32(4)];
const uint32 l_117 = l_116 * uint32(1);
const bool l_118 = l_83 < l_117;
if (l_118) {
buffer_4[l_83] = l_87;
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
