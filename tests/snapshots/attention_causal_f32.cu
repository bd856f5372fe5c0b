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
// Shared array size: 64, 256 bytes
float *shared_memory_18 = reinterpret_cast<float*>(&dynamic_shared_mem[0]);
// Shared array size: 64, 256 bytes
float *shared_memory_17 = reinterpret_cast<float*>(&dynamic_shared_mem[512]);
// Shared array size: 64, 256 bytes
float *shared_memory_16 = reinterpret_cast<float*>(&dynamic_shared_mem[256]);
float l_mut_34;
float l_mut_35;
float l_mut_36;
float l_mut_45;
uint32 l_mut_37;
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
const uint32 l_105 = info.static_meta[uint32(3)];
const uint32 l_106 = l_105 * uint32(1);
const bool l_107 = l_9 < l_106;
const uint32 l_108 = l_106 - uint32(1);
const uint32 l_109 = min(l_9, l_108);
const int32 l_110 = buffer_3[l_109];
const int32 l_111 = (l_107) ? l_110 : int32(0);
const int32 l_10 = l_111;
const uint32 l_11 = uint32(l_10);
const uint32 l_12 = uint32(2) * l_3;
const uint32 l_13 = l_12 + uint32(1);
const uint32 l_112 = info.static_meta[uint32(3)];
const uint32 l_113 = l_112 * uint32(1);
const bool l_114 = l_13 < l_113;
const uint32 l_115 = l_113 - uint32(1);
const uint32 l_116 = min(l_13, l_115);
const int32 l_117 = buffer_3[l_116];
const int32 l_118 = (l_114) ? l_117 : int32(0);
const int32 l_14 = l_118;
const uint32 l_15 = uint32(l_14);
const uint32 l_19 = (l_8) ? threadIdxGlobal : uint32(0);
const uint32 l_20 = dynamic_meta[info.static_meta[uint32(18)] + uint32(0)];
const uint32 l_21 = l_3 * l_20;
const uint32 l_22 = dynamic_meta[info.static_meta[uint32(18)] + uint32(1)];
const uint32 l_23 = l_4 * l_22;
const uint32 l_24 = l_21 + l_23;
const uint32 l_25 = dynamic_meta[info.static_meta[uint32(18)] + uint32(2)];
const uint32 l_26 = l_19 * l_25;
const uint32 l_27 = l_24 + l_26;
const uint32 l_119 = info.static_meta[uint32(0)];
const uint32 l_120 = l_119 * uint32(1);
const bool l_121 = l_27 < l_120;
const uint32 l_122 = l_120 - uint32(1);
const uint32 l_123 = min(l_27, l_122);
const float l_124 = buffer_0[l_123];
const float l_125 = (l_121) ? l_124 : float(0.0);
const float l_28 = l_125;
const float l_29 = (l_8) ? l_28 : float(0.0);
shared_memory_16[threadIdxGlobal] = l_29;
__syncthreads();

const uint32 l_30 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_31 = dynamic_meta[info.static_meta[uint32(19)] + uint32(2)];
const uint32 l_32 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_33 = l_7 * l_32;
l_mut_34 = float(-3.4028234663852886e38);
l_mut_35 = float(0.0);
l_mut_36 = float(0.0);
l_mut_37 = l_11;
while (true) {
const bool l_38 = l_mut_37 < l_15;
const bool l_39 = !l_38;
if (l_39) {
break;}
const uint32 l_40 = l_mut_37 + threadIdxGlobal;
const bool l_41 = l_40 < l_15;
const uint32 l_42 = (l_41) ? l_40 : l_11;
const uint32 l_43 = l_42 * l_30;
const uint32 l_44 = l_43 + l_33;
l_mut_45 = float(0.0);

for (uint32 l_mut_46 = uint32(0); l_mut_46 < l_2; ++l_mut_46) {
const float l_47 = shared_memory_16[l_mut_46];
const uint32 l_48 = l_mut_46 * l_31;
const uint32 l_49 = l_44 + l_48;
const uint32 l_126 = info.static_meta[uint32(1)];
const uint32 l_127 = l_126 * uint32(1);
const bool l_128 = l_49 < l_127;
const uint32 l_129 = l_127 - uint32(1);
const uint32 l_130 = min(l_49, l_129);
const float l_131 = buffer_1[l_130];
const float l_132 = (l_128) ? l_131 : float(0.0);
const float l_50 = l_132;
const float l_51 = l_47 * l_50;
l_mut_45 = l_mut_45 + l_51;
}
const float l_52 = l_mut_45 * info.scalars_float[0];
const float l_53 = (l_41) ? l_52 : float(-3.4028234663852886e38);
shared_memory_18[threadIdxGlobal] = l_53;
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
const float l_59 = shared_memory_18[l_58];
const float l_60 = shared_memory_18[threadIdxGlobal];
const float l_61 = max(l_60, l_59);
shared_memory_18[threadIdxGlobal] = l_61;
}
__syncthreads();

l_mut_54 = l_mut_54 / uint32(2);
}
const float l_62 = shared_memory_18[uint32(0)];
__syncthreads();

const float l_63 = max(l_mut_34, l_62);
const float l_64 = l_53 - l_63;
const float l_65 = exp(l_64);
const float l_66 = (l_41) ? l_65 : float(0.0);
shared_memory_17[threadIdxGlobal] = l_66;
shared_memory_18[threadIdxGlobal] = l_66;
__syncthreads();

l_mut_54 = uint32(32);
while (true) {
const bool l_67 = l_mut_54 > uint32(0);
const bool l_68 = !l_67;
if (l_68) {
break;}
const bool l_69 = threadIdxGlobal < l_mut_54;
if (l_69) {
const uint32 l_70 = threadIdxGlobal + l_mut_54;
const float l_71 = shared_memory_18[l_70];
const float l_72 = shared_memory_18[threadIdxGlobal];
const float l_73 = l_72 + l_71;
shared_memory_18[threadIdxGlobal] = l_73;
}
__syncthreads();

l_mut_54 = l_mut_54 / uint32(2);
}
const float l_74 = shared_memory_18[uint32(0)];
__syncthreads();

const float l_75 = l_mut_34 - l_63;
const float l_76 = exp(l_75);
const float l_77 = l_mut_35 * l_76;
const float l_78 = l_77 + l_74;
l_mut_35 = l_78;
const uint32 l_79 = l_15 - l_mut_37;
const uint32 l_80 = min(uint32(64), l_79);
l_mut_45 = float(0.0);

for (uint32 l_mut_81 = uint32(0); l_mut_81 < l_80; ++l_mut_81) {
const float l_82 = shared_memory_17[l_mut_81];
const uint32 l_83 = l_mut_37 + l_mut_81;
const uint32 l_84 = (l_8) ? threadIdxGlobal : uint32(0);
const uint32 l_85 = dynamic_meta[info.static_meta[uint32(20)] + uint32(0)];
const uint32 l_86 = l_83 * l_85;
const uint32 l_87 = dynamic_meta[info.static_meta[uint32(20)] + uint32(1)];
const uint32 l_88 = l_7 * l_87;
const uint32 l_89 = l_86 + l_88;
const uint32 l_90 = dynamic_meta[info.static_meta[uint32(20)] + uint32(2)];
const uint32 l_91 = l_84 * l_90;
const uint32 l_92 = l_89 + l_91;
const uint32 l_133 = info.static_meta[uint32(2)];
const uint32 l_134 = l_133 * uint32(1);
const bool l_135 = l_92 < l_134;
const uint32 l_136 = l_134 - uint32(1);
const uint32 l_137 = min(l_92, l_136);
const float l_138 = buffer_2[l_137];
const float l_139 = (l_135) ? l_138 : float(0.0);
const float l_93 = l_139;
const float l_94 = (l_8) ? l_93 : float(0.0);
const float l_95 = l_82 * l_94;
l_mut_45 = l_mut_45 + l_95;
}
const float l_96 = l_mut_36 * l_76;
const float l_97 = l_96 + l_mut_45;
l_mut_36 = l_97;
l_mut_34 = l_63;
__syncthreads();

l_mut_37 = l_mut_37 + uint32(64);
}
if (l_8) {
const uint32 l_98 = l_3 * l_1;
const uint32 l_99 = l_98 + l_4;
const uint32 l_100 = l_99 * l_2;
const uint32 l_101 = l_100 + threadIdxGlobal;
const bool l_102 = l_mut_35 > float(0.0);
const float l_103 = l_mut_36 / l_mut_35;
const float l_104 = (l_102) ? l_103 : info.scalars_float[1];
const uint32 l_140 = info.static_meta[uint32(4)];
const uint32 l_141 = l_140 * uint32(1);
const bool l_142 = l_101 < l_141;
if (l_142) {
buffer_4[l_101] = l_104;
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
// Shared array size: 64, 256 bytes
float *shared_memory_16 = reinterpret_cast<float*>(&dynamic_shared_mem[512]);
// Shared array size: 64, 256 bytes
float *shared_memory_18 = reinterpret_cast<float*>(&dynamic_shared_mem[0]);
// Shared array size: 64, 256 bytes
float *shared_memory_17 = reinterpret_cast<float*>(&dynamic_shared_mem[256]);
float l_mut_34;
float l_mut_35;
float l_mut_36;
float l_mut_45;
uint32 l_mut_37;
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
const uint32 l_87 = info.static_meta[uint32(3)];
const uint32 l_88 = l_87 * uint32(1);
const bool l_89 = l_9 < l_88;
const uint32 l_90 = l_88 - uint32(1);
const uint32 l_91 = min(l_9, l_90);
const int32 l_92 = buffer_3[l_91];
const int32 l_93 = (l_89) ? l_92 : int32(0);
const int32 l_10 = l_93;
const uint32 l_11 = uint32(l_10);
const uint32 l_12 = uint32(2) * l_3;
const uint32 l_13 = l_12 + uint32(1);
const uint32 l_94 = info.static_meta[uint32(3)];
const uint32 l_95 = l_94 * uint32(1);
const bool l_96 = l_13 < l_95;
const uint32 l_97 = l_95 - uint32(1);
const uint32 l_98 = min(l_13, l_97);
const int32 l_99 = buffer_3[l_98];
const int32 l_100 = (l_96) ? l_99 : int32(0);
const int32 l_14 = l_100;
const uint32 l_15 = uint32(l_14);
const uint32 l_19 = (l_8) ? threadIdxGlobal : uint32(0);
const uint32 l_20 = dynamic_meta[info.static_meta[uint32(18)] + uint32(0)];
const uint32 l_21 = l_3 * l_20;
const uint32 l_22 = dynamic_meta[info.static_meta[uint32(18)] + uint32(1)];
const uint32 l_23 = l_4 * l_22;
const uint32 l_24 = l_21 + l_23;
const uint32 l_25 = dynamic_meta[info.static_meta[uint32(18)] + uint32(2)];
const uint32 l_26 = l_19 * l_25;
const uint32 l_27 = l_24 + l_26;
const uint32 l_101 = info.static_meta[uint32(0)];
const uint32 l_102 = l_101 * uint32(1);
const bool l_103 = l_27 < l_102;
const uint32 l_104 = l_102 - uint32(1);
const uint32 l_105 = min(l_27, l_104);
const float l_106 = buffer_0[l_105];
const float l_107 = (l_103) ? l_106 : float(0.0);
const float l_28 = l_107;
const float l_29 = (l_8) ? l_28 : float(0.0);
shared_memory_16[threadIdxGlobal] = l_29;
__syncthreads();

const uint32 l_30 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_31 = dynamic_meta[info.static_meta[uint32(19)] + uint32(2)];
const uint32 l_32 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_33 = l_7 * l_32;
l_mut_34 = float(-3.4028234663852886e38);
l_mut_35 = float(0.0);
l_mut_36 = float(0.0);
l_mut_37 = l_11;
while (true) {
const bool l_38 = l_mut_37 < l_15;
const bool l_39 = !l_38;
if (l_39) {
break;}
const uint32 l_40 = l_mut_37 + threadIdxGlobal;
const bool l_41 = l_40 < l_15;
const uint32 l_42 = (l_41) ? l_40 : l_11;
const uint32 l_43 = l_42 * l_30;
const uint32 l_44 = l_43 + l_33;
l_mut_45 = float(0.0);

for (uint32 l_mut_46 = uint32(0); l_mut_46 < l_2; ++l_mut_46) {
const float l_47 = shared_memory_16[l_mut_46];
const uint32 l_48 = l_mut_46 * l_31;
const uint32 l_49 = l_44 + l_48;
const uint32 l_108 = info.static_meta[uint32(1)];
const uint32 l_109 = l_108 * uint32(1);
const bool l_110 = l_49 < l_109;
const uint32 l_111 = l_109 - uint32(1);
const uint32 l_112 = min(l_49, l_111);
const float l_113 = buffer_1[l_112];
const float l_114 = (l_110) ? l_113 : float(0.0);
const float l_50 = l_114;
const float l_51 = l_47 * l_50;
l_mut_45 = l_mut_45 + l_51;
}
const float l_52 = l_mut_45 * info.scalars_float[0];
const float l_53 = (l_41) ? l_52 : float(-3.4028234663852886e38);
shared_memory_18[threadIdxGlobal] = l_53;
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
const float l_59 = shared_memory_18[l_58];
const float l_60 = shared_memory_18[threadIdxGlobal];
const float l_61 = max(l_60, l_59);
shared_memory_18[threadIdxGlobal] = l_61;
}
__syncthreads();

l_mut_54 = l_mut_54 / uint32(2);
}
const float l_62 = shared_memory_18[uint32(0)];
__syncthreads();

const float l_63 = max(l_mut_34, l_62);
const float l_64 = l_53 - l_63;
const float l_65 = exp(l_64);
const float l_66 = (l_41) ? l_65 : float(0.0);
shared_memory_17[threadIdxGlobal] = l_66;
shared_memory_18[threadIdxGlobal] = l_66;
__syncthreads();

l_mut_54 = uint32(32);
while (true) {
const bool l_67 = l_mut_54 > uint32(0);
const bool l_68 = !l_67;
if (l_68) {
break;}
const bool l_69 = threadIdxGlobal < l_mut_54;
if (l_69) {
const uint32 l_70 = threadIdxGlobal + l_mut_54;
const float l_71 = shared_memory_18[l_70];
const float l_72 = shared_memory_18[threadIdxGlobal];
const float l_73 = l_72 + l_71;
shared_memory_18[threadIdxGlobal] = l_73;
}
__syncthreads();

l_mut_54 = l_mut_54 / uint32(2);
}
const float l_74 = shared_memory_18[uint32(0)];
__syncthreads();

const float l_75 = l_mut_34 - l_63;
const float l_76 = exp(l_75);
const float l_77 = l_mut_35 * l_76;
const float l_78 = l_77 + l_74;
l_mut_35 = l_78;
l_mut_34 = l_63;
__syncthreads();

l_mut_37 = l_mut_37 + uint32(64);
}
const bool l_79 = threadIdxGlobal == uint32(0);
if (l_79) {
const uint32 l_80 = dynamic_meta[info.static_meta[uint32(14)] + uint32(0)];
const uint32 l_81 = l_4 * l_80;
const uint32 l_82 = l_81 + l_3;
const bool l_83 = l_mut_35 > float(0.0);
const float l_84 = log(l_mut_35);
const float l_85 = l_mut_34 + l_84;
const float l_86 = (l_83) ? l_85 : info.scalars_float[1];
const uint32 l_115 = info.static_meta[uint32(4)];
const uint32 l_116 = l_115 * uint32(1);
const bool l_117 = l_82 < l_116;
if (l_117) {
buffer_4[l_82] = l_86;
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
// Shared array size: 128, 512 bytes
float *shared_memory_48 = reinterpret_cast<float*>(&dynamic_shared_mem[0]);
float l_mut_49;
uint32 l_mut_76;
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
const uint32 l_10 = (l_9) ? threadIdxGlobal : uint32(0);
const uint32 l_11 = dynamic_meta[info.static_meta[uint32(28)] + uint32(0)];
const uint32 l_12 = l_4 * l_11;
const uint32 l_13 = dynamic_meta[info.static_meta[uint32(28)] + uint32(1)];
const uint32 l_14 = l_5 * l_13;
const uint32 l_15 = l_12 + l_14;
const uint32 l_16 = dynamic_meta[info.static_meta[uint32(28)] + uint32(2)];
const uint32 l_17 = l_10 * l_16;
const uint32 l_18 = l_15 + l_17;
const uint32 l_105 = info.static_meta[uint32(0)];
const uint32 l_106 = l_105 * uint32(1);
const bool l_107 = l_18 < l_106;
const uint32 l_108 = l_106 - uint32(1);
const uint32 l_109 = min(l_18, l_108);
const float l_110 = buffer_0[l_109];
const float l_111 = (l_107) ? l_110 : float(0.0);
const float l_19 = l_111;
const float l_20 = (l_9) ? l_19 : float(0.0);
const uint32 l_21 = (l_9) ? threadIdxGlobal : uint32(0);
const uint32 l_22 = dynamic_meta[info.static_meta[uint32(31)] + uint32(0)];
const uint32 l_23 = l_4 * l_22;
const uint32 l_24 = dynamic_meta[info.static_meta[uint32(31)] + uint32(1)];
const uint32 l_25 = l_5 * l_24;
const uint32 l_26 = l_23 + l_25;
const uint32 l_27 = dynamic_meta[info.static_meta[uint32(31)] + uint32(2)];
const uint32 l_28 = l_21 * l_27;
const uint32 l_29 = l_26 + l_28;
const uint32 l_112 = info.static_meta[uint32(3)];
const uint32 l_113 = l_112 * uint32(1);
const bool l_114 = l_29 < l_113;
const uint32 l_115 = l_113 - uint32(1);
const uint32 l_116 = min(l_29, l_115);
const float l_117 = buffer_3[l_116];
const float l_118 = (l_114) ? l_117 : float(0.0);
const float l_30 = l_118;
const float l_31 = (l_9) ? l_30 : float(0.0);
const uint32 l_32 = dynamic_meta[info.static_meta[uint32(32)] + uint32(0)];
const uint32 l_33 = l_5 * l_32;
const uint32 l_34 = dynamic_meta[info.static_meta[uint32(32)] + uint32(1)];
const uint32 l_35 = l_4 * l_34;
const uint32 l_36 = l_33 + l_35;
const uint32 l_119 = info.static_meta[uint32(4)];
const uint32 l_120 = l_119 * uint32(1);
const bool l_121 = l_36 < l_120;
const uint32 l_122 = l_120 - uint32(1);
const uint32 l_123 = min(l_36, l_122);
const float l_124 = buffer_4[l_123];
const float l_125 = (l_121) ? l_124 : float(0.0);
const float l_37 = l_125;
const uint32 l_38 = l_5 * l_1;
const uint32 l_39 = l_38 + l_4;
const uint32 l_126 = info.static_meta[uint32(5)];
const uint32 l_127 = l_126 * uint32(1);
const bool l_128 = l_39 < l_127;
const uint32 l_129 = l_127 - uint32(1);
const uint32 l_130 = min(l_39, l_129);
const float l_131 = buffer_5[l_130];
const float l_132 = (l_128) ? l_131 : float(0.0);
const float l_40 = l_132;
const uint32 l_41 = uint32(2) * l_4;
const uint32 l_133 = info.static_meta[uint32(6)];
const uint32 l_134 = l_133 * uint32(1);
const bool l_135 = l_41 < l_134;
const uint32 l_136 = l_134 - uint32(1);
const uint32 l_137 = min(l_41, l_136);
const int32 l_138 = buffer_6[l_137];
const int32 l_139 = (l_135) ? l_138 : int32(0);
const int32 l_42 = l_139;
const uint32 l_43 = uint32(l_42);
const uint32 l_44 = uint32(2) * l_4;
const uint32 l_45 = l_44 + uint32(1);
const uint32 l_140 = info.static_meta[uint32(6)];
const uint32 l_141 = l_140 * uint32(1);
const bool l_142 = l_45 < l_141;
const uint32 l_143 = l_141 - uint32(1);
const uint32 l_144 = min(l_45, l_143);
const int32 l_145 = buffer_6[l_144];
const int32 l_146 = (l_142) ? l_145 : int32(0);
const int32 l_46 = l_146;
const uint32 l_47 = uint32(l_46);
l_mut_49 = float(0.0);

for (uint32 l_mut_50 = l_43; l_mut_50 < l_47; ++l_mut_50) {
const uint32 l_51 = (l_9) ? threadIdxGlobal : uint32(0);
const uint32 l_52 = dynamic_meta[info.static_meta[uint32(29)] + uint32(0)];
const uint32 l_53 = l_mut_50 * l_52;
const uint32 l_54 = dynamic_meta[info.static_meta[uint32(29)] + uint32(1)];
const uint32 l_55 = l_8 * l_54;
const uint32 l_56 = l_53 + l_55;
const uint32 l_57 = dynamic_meta[info.static_meta[uint32(29)] + uint32(2)];
const uint32 l_58 = l_51 * l_57;
const uint32 l_59 = l_56 + l_58;
const uint32 l_147 = info.static_meta[uint32(1)];
const uint32 l_148 = l_147 * uint32(1);
const bool l_149 = l_59 < l_148;
const uint32 l_150 = l_148 - uint32(1);
const uint32 l_151 = min(l_59, l_150);
const float l_152 = buffer_1[l_151];
const float l_153 = (l_149) ? l_152 : float(0.0);
const float l_60 = l_153;
const float l_61 = (l_9) ? l_60 : float(0.0);
const uint32 l_62 = (l_9) ? threadIdxGlobal : uint32(0);
const uint32 l_63 = dynamic_meta[info.static_meta[uint32(30)] + uint32(0)];
const uint32 l_64 = l_mut_50 * l_63;
const uint32 l_65 = dynamic_meta[info.static_meta[uint32(30)] + uint32(1)];
const uint32 l_66 = l_8 * l_65;
const uint32 l_67 = l_64 + l_66;
const uint32 l_68 = dynamic_meta[info.static_meta[uint32(30)] + uint32(2)];
const uint32 l_69 = l_62 * l_68;
const uint32 l_70 = l_67 + l_69;
const uint32 l_154 = info.static_meta[uint32(2)];
const uint32 l_155 = l_154 * uint32(1);
const bool l_156 = l_70 < l_155;
const uint32 l_157 = l_155 - uint32(1);
const uint32 l_158 = min(l_70, l_157);
const float l_159 = buffer_2[l_158];
const float l_160 = (l_156) ? l_159 : float(0.0);
const float l_71 = l_160;
const float l_72 = (l_9) ? l_71 : float(0.0);
const float l_73 = l_20 * l_61;
const float l_74 = l_31 * l_72;
shared_memory_48[threadIdxGlobal] = l_73;
const uint32 l_75 = threadIdxGlobal + uint32(64);
shared_memory_48[l_75] = l_74;
__syncthreads();

l_mut_76 = uint32(32);
while (true) {
const bool l_77 = l_mut_76 > uint32(0);
const bool l_78 = !l_77;
if (l_78) {
break;}
const bool l_79 = threadIdxGlobal < l_mut_76;
if (l_79) {
const uint32 l_80 = threadIdxGlobal + l_mut_76;
const float l_81 = shared_memory_48[l_80];
const uint32 l_82 = threadIdxGlobal + uint32(64);
const uint32 l_83 = l_82 + l_mut_76;
const float l_84 = shared_memory_48[l_83];
const float l_85 = shared_memory_48[threadIdxGlobal];
const float l_86 = l_85 + l_81;
shared_memory_48[threadIdxGlobal] = l_86;
const uint32 l_87 = threadIdxGlobal + uint32(64);
const float l_88 = shared_memory_48[l_87];
const float l_89 = l_88 + l_84;
shared_memory_48[l_87] = l_89;
}
__syncthreads();

l_mut_76 = l_mut_76 / uint32(2);
}
const float l_90 = shared_memory_48[uint32(0)];
const float l_91 = shared_memory_48[uint32(64)];
__syncthreads();

const float l_92 = l_90 * info.scalars_float[0];
const bool l_93 = l_37 > float(-3.4028234663852886e38);
const float l_94 = l_92 - l_37;
const float l_95 = exp(l_94);
const float l_96 = (l_93) ? l_95 : float(0.0);
const float l_97 = l_91 - l_40;
const float l_98 = l_96 * l_97;
const float l_99 = l_98 * l_61;
l_mut_49 = l_mut_49 + l_99;
}
if (l_9) {
const uint32 l_100 = l_4 * l_2;
const uint32 l_101 = l_100 + l_5;
const uint32 l_102 = l_101 * l_3;
const uint32 l_103 = l_102 + threadIdxGlobal;
const float l_104 = l_mut_49 * info.scalars_float[0];
const uint32 l_161 = info.static_meta[uint32(7)];
const uint32 l_162 = l_161 * uint32(1);
const bool l_163 = l_103 < l_162;
if (l_163) {
buffer_7[l_103] = l_104;
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
// Shared array size: 128, 512 bytes
float *shared_memory_39 = reinterpret_cast<float*>(&dynamic_shared_mem[0]);
float l_mut_40;
float l_mut_41;
uint32 l_mut_72;
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
const uint32 l_10 = (l_9) ? threadIdxGlobal : uint32(0);
const uint32 l_11 = dynamic_meta[info.static_meta[uint32(29)] + uint32(0)];
const uint32 l_12 = l_6 * l_11;
const uint32 l_13 = dynamic_meta[info.static_meta[uint32(29)] + uint32(1)];
const uint32 l_14 = l_7 * l_13;
const uint32 l_15 = l_12 + l_14;
const uint32 l_16 = dynamic_meta[info.static_meta[uint32(29)] + uint32(2)];
const uint32 l_17 = l_10 * l_16;
const uint32 l_18 = l_15 + l_17;
const uint32 l_114 = info.static_meta[uint32(1)];
const uint32 l_115 = l_114 * uint32(1);
const bool l_116 = l_18 < l_115;
const uint32 l_117 = l_115 - uint32(1);
const uint32 l_118 = min(l_18, l_117);
const float l_119 = buffer_1[l_118];
const float l_120 = (l_116) ? l_119 : float(0.0);
const float l_19 = l_120;
const float l_20 = (l_9) ? l_19 : float(0.0);
const uint32 l_21 = (l_9) ? threadIdxGlobal : uint32(0);
const uint32 l_22 = dynamic_meta[info.static_meta[uint32(30)] + uint32(0)];
const uint32 l_23 = l_6 * l_22;
const uint32 l_24 = dynamic_meta[info.static_meta[uint32(30)] + uint32(1)];
const uint32 l_25 = l_7 * l_24;
const uint32 l_26 = l_23 + l_25;
const uint32 l_27 = dynamic_meta[info.static_meta[uint32(30)] + uint32(2)];
const uint32 l_28 = l_21 * l_27;
const uint32 l_29 = l_26 + l_28;
const uint32 l_121 = info.static_meta[uint32(2)];
const uint32 l_122 = l_121 * uint32(1);
const bool l_123 = l_29 < l_122;
const uint32 l_124 = l_122 - uint32(1);
const uint32 l_125 = min(l_29, l_124);
const float l_126 = buffer_2[l_125];
const float l_127 = (l_123) ? l_126 : float(0.0);
const float l_30 = l_127;
const float l_31 = (l_9) ? l_30 : float(0.0);
const uint32 l_32 = uint32(2) * l_6;
const uint32 l_128 = info.static_meta[uint32(6)];
const uint32 l_129 = l_128 * uint32(1);
const bool l_130 = l_32 < l_129;
const uint32 l_131 = l_129 - uint32(1);
const uint32 l_132 = min(l_32, l_131);
const int32 l_133 = buffer_6[l_132];
const int32 l_134 = (l_130) ? l_133 : int32(0);
const int32 l_33 = l_134;
const uint32 l_34 = uint32(l_33);
const uint32 l_35 = uint32(2) * l_6;
const uint32 l_36 = l_35 + uint32(1);
const uint32 l_135 = info.static_meta[uint32(6)];
const uint32 l_136 = l_135 * uint32(1);
const bool l_137 = l_36 < l_136;
const uint32 l_138 = l_136 - uint32(1);
const uint32 l_139 = min(l_36, l_138);
const int32 l_140 = buffer_6[l_139];
const int32 l_141 = (l_137) ? l_140 : int32(0);
const int32 l_37 = l_141;
const uint32 l_38 = uint32(l_37);
l_mut_40 = float(0.0);
l_mut_41 = float(0.0);
const uint32 l_42 = l_7 * l_8;
const uint32 l_43 = l_7 + uint32(1);
const uint32 l_44 = l_43 * l_8;

for (uint32 l_mut_45 = l_42; l_mut_45 < l_44; ++l_mut_45) {

for (uint32 l_mut_46 = l_34; l_mut_46 < l_38; ++l_mut_46) {
const uint32 l_47 = (l_9) ? threadIdxGlobal : uint32(0);
const uint32 l_48 = dynamic_meta[info.static_meta[uint32(28)] + uint32(0)];
const uint32 l_49 = l_mut_46 * l_48;
const uint32 l_50 = dynamic_meta[info.static_meta[uint32(28)] + uint32(1)];
const uint32 l_51 = l_mut_45 * l_50;
const uint32 l_52 = l_49 + l_51;
const uint32 l_53 = dynamic_meta[info.static_meta[uint32(28)] + uint32(2)];
const uint32 l_54 = l_47 * l_53;
const uint32 l_55 = l_52 + l_54;
const uint32 l_142 = info.static_meta[uint32(0)];
const uint32 l_143 = l_142 * uint32(1);
const bool l_144 = l_55 < l_143;
const uint32 l_145 = l_143 - uint32(1);
const uint32 l_146 = min(l_55, l_145);
const float l_147 = buffer_0[l_146];
const float l_148 = (l_144) ? l_147 : float(0.0);
const float l_56 = l_148;
const float l_57 = (l_9) ? l_56 : float(0.0);
const uint32 l_58 = (l_9) ? threadIdxGlobal : uint32(0);
const uint32 l_59 = dynamic_meta[info.static_meta[uint32(31)] + uint32(0)];
const uint32 l_60 = l_mut_46 * l_59;
const uint32 l_61 = dynamic_meta[info.static_meta[uint32(31)] + uint32(1)];
const uint32 l_62 = l_mut_45 * l_61;
const uint32 l_63 = l_60 + l_62;
const uint32 l_64 = dynamic_meta[info.static_meta[uint32(31)] + uint32(2)];
const uint32 l_65 = l_58 * l_64;
const uint32 l_66 = l_63 + l_65;
const uint32 l_149 = info.static_meta[uint32(3)];
const uint32 l_150 = l_149 * uint32(1);
const bool l_151 = l_66 < l_150;
const uint32 l_152 = l_150 - uint32(1);
const uint32 l_153 = min(l_66, l_152);
const float l_154 = buffer_3[l_153];
const float l_155 = (l_151) ? l_154 : float(0.0);
const float l_67 = l_155;
const float l_68 = (l_9) ? l_67 : float(0.0);
const float l_69 = l_57 * l_20;
const float l_70 = l_68 * l_31;
shared_memory_39[threadIdxGlobal] = l_69;
const uint32 l_71 = threadIdxGlobal + uint32(64);
shared_memory_39[l_71] = l_70;
__syncthreads();

l_mut_72 = uint32(32);
while (true) {
const bool l_73 = l_mut_72 > uint32(0);
const bool l_74 = !l_73;
if (l_74) {
break;}
const bool l_75 = threadIdxGlobal < l_mut_72;
if (l_75) {
const uint32 l_76 = threadIdxGlobal + l_mut_72;
const float l_77 = shared_memory_39[l_76];
const uint32 l_78 = threadIdxGlobal + uint32(64);
const uint32 l_79 = l_78 + l_mut_72;
const float l_80 = shared_memory_39[l_79];
const float l_81 = shared_memory_39[threadIdxGlobal];
const float l_82 = l_81 + l_77;
shared_memory_39[threadIdxGlobal] = l_82;
const uint32 l_83 = threadIdxGlobal + uint32(64);
const float l_84 = shared_memory_39[l_83];
const float l_85 = l_84 + l_80;
shared_memory_39[l_83] = l_85;
}
__syncthreads();

l_mut_72 = l_mut_72 / uint32(2);
}
const float l_86 = shared_memory_39[uint32(0)];
const float l_87 = shared_memory_39[uint32(64)];
__syncthreads();

const float l_88 = l_86 * info.scalars_float[0];
const uint32 l_89 = dynamic_meta[info.static_meta[uint32(32)] + uint32(0)];
const uint32 l_90 = l_mut_45 * l_89;
const uint32 l_91 = dynamic_meta[info.static_meta[uint32(32)] + uint32(1)];
const uint32 l_92 = l_mut_46 * l_91;
const uint32 l_93 = l_90 + l_92;
const uint32 l_156 = info.static_meta[uint32(4)];
const uint32 l_157 = l_156 * uint32(1);
const bool l_158 = l_93 < l_157;
const uint32 l_159 = l_157 - uint32(1);
const uint32 l_160 = min(l_93, l_159);
const float l_161 = buffer_4[l_160];
const float l_162 = (l_158) ? l_161 : float(0.0);
const float l_94 = l_162;
const bool l_95 = l_94 > float(-3.4028234663852886e38);
const float l_96 = l_88 - l_94;
const float l_97 = exp(l_96);
const float l_98 = (l_95) ? l_97 : float(0.0);
const float l_99 = l_98 * l_68;
l_mut_41 = l_mut_41 + l_99;
const uint32 l_100 = l_mut_45 * l_4;
const uint32 l_101 = l_100 + l_mut_46;
const uint32 l_163 = info.static_meta[uint32(5)];
const uint32 l_164 = l_163 * uint32(1);
const bool l_165 = l_101 < l_164;
const uint32 l_166 = l_164 - uint32(1);
const uint32 l_167 = min(l_101, l_166);
const float l_168 = buffer_5[l_167];
const float l_169 = (l_165) ? l_168 : float(0.0);
const float l_102 = l_169;
const float l_103 = l_87 - l_102;
const float l_104 = l_98 * l_103;
const float l_105 = l_104 * l_57;
l_mut_40 = l_mut_40 + l_105;
}
}
if (l_9) {
const uint32 l_106 = l_6 * l_2;
const uint32 l_107 = l_106 + l_7;
const uint32 l_108 = l_107 * l_3;
const uint32 l_109 = l_108 + threadIdxGlobal;
const float l_110 = l_mut_40 * info.scalars_float[0];
const uint32 l_170 = info.static_meta[uint32(7)];
const uint32 l_171 = l_170 * uint32(1);
const bool l_172 = l_109 < l_171;
if (l_172) {
buffer_7[l_109] = l_110;
}
const uint32 l_111 = l_1 * l_2;
const uint32 l_112 = l_111 * l_3;
const uint32 l_113 = l_112 + l_109;
const uint32 l_173 = info.static_meta[uint32(7)];
const uint32 l_174 = l_173 * uint32(1);
const bool l_175 = l_113 < l_174;
if (l_175) {
buffer_7[l_113] = l_mut_41;
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
