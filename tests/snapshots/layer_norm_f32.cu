// ==== launch 0: row_kernel_x_f32_w_f32_b_f32_o_f32 (layer_norm), cube_dim 64x1x1
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
uint32 scalars_uint32[2];uint32 static_meta[20];
};


extern "C" __global__ void __launch_bounds__(64)row_kernel_x_f32_w_f32_b_f32_o_f32 (
    const float* __restrict__ buffer_0, const float* __restrict__ buffer_1, const float* __restrict__ buffer_2, float* buffer_3, const uint32* __restrict__ dynamic_meta, const __grid_constant__ info_st info
) {
uint32 threadIdxGlobal = threadIdx.x + threadIdx.y * blockDim.x + threadIdx.z * (blockDim.x * blockDim.y);
uint32 blockIdxGlobal = (blockIdx.z * gridDim.y * gridDim.x) + (blockIdx.y * gridDim.x) + blockIdx.x;
extern __shared__ __align__(4) uint8 dynamic_shared_mem[];
// Shared array size: 64, 256 bytes
float *shared_memory_15 = reinterpret_cast<float*>(&dynamic_shared_mem[0]);
float l_mut_17;
uint32 l_mut_1;
uint32 l_mut_2;
uint32 l_mut_7;
const bool l_0 = blockIdxGlobal < info.scalars_uint32[0];
if (l_0) {
l_mut_1 = blockIdxGlobal;
l_mut_2 = uint32(0);
const uint32 l_3 = dynamic_meta[info.static_meta[uint32(12)] + uint32(0)];
const uint32 l_4 = l_mut_1 % l_3;
const uint32 l_5 = dynamic_meta[info.static_meta[uint32(16)] + uint32(0)];
const uint32 l_6 = l_4 * l_5;
l_mut_2 = l_mut_2 + l_6;
l_mut_1 = l_mut_1 / l_3;
l_mut_1 = blockIdxGlobal;
l_mut_7 = uint32(0);
const uint32 l_8 = dynamic_meta[info.static_meta[uint32(15)] + uint32(0)];
const uint32 l_9 = l_mut_1 % l_8;
const uint32 l_10 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_11 = l_9 * l_10;
l_mut_7 = l_mut_7 + l_11;
l_mut_1 = l_mut_1 / l_8;
const uint32 l_12 = dynamic_meta[info.static_meta[uint32(16)] + uint32(1)];
const uint32 l_13 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_14 = dynamic_meta[info.static_meta[uint32(12)] + uint32(1)];
const float l_16 = float(l_14);
l_mut_17 = float(0.0);
l_mut_1 = threadIdxGlobal;
while (true) {
const bool l_18 = l_mut_1 < l_14;
const bool l_19 = !l_18;
if (l_19) {
break;}
const uint32 l_20 = l_mut_1 * l_12;
const uint32 l_21 = l_mut_2 + l_20;
const uint32 l_69 = info.static_meta[uint32(0)];
const uint32 l_70 = l_69 * uint32(1);
const bool l_71 = l_21 < l_70;
const uint32 l_72 = l_70 - uint32(1);
const uint32 l_73 = min(l_21, l_72);
const float l_74 = buffer_0[l_73];
const float l_75 = (l_71) ? l_74 : float(0.0);
const float l_22 = l_75;
const float l_23 = l_22 - float(0.0);
l_mut_17 = l_mut_17 + l_23;
l_mut_1 = l_mut_1 + uint32(64);
}
shared_memory_15[threadIdxGlobal] = l_mut_17;
__syncthreads();

l_mut_1 = uint32(32);
while (true) {
const bool l_24 = l_mut_1 > uint32(0);
const bool l_25 = !l_24;
if (l_25) {
break;}
const bool l_26 = threadIdxGlobal < l_mut_1;
if (l_26) {
const uint32 l_27 = threadIdxGlobal + l_mut_1;
const float l_28 = shared_memory_15[l_27];
const float l_29 = shared_memory_15[threadIdxGlobal];
const float l_30 = l_29 + l_28;
shared_memory_15[threadIdxGlobal] = l_30;
}
__syncthreads();

l_mut_1 = l_mut_1 / uint32(2);
}
const float l_31 = shared_memory_15[uint32(0)];
__syncthreads();

const float l_32 = l_31 / l_16;
l_mut_17 = float(0.0);
l_mut_1 = threadIdxGlobal;
while (true) {
const bool l_33 = l_mut_1 < l_14;
const bool l_34 = !l_33;
if (l_34) {
break;}
const uint32 l_35 = l_mut_1 * l_12;
const uint32 l_36 = l_mut_2 + l_35;
const uint32 l_76 = info.static_meta[uint32(0)];
const uint32 l_77 = l_76 * uint32(1);
const bool l_78 = l_36 < l_77;
const uint32 l_79 = l_77 - uint32(1);
const uint32 l_80 = min(l_36, l_79);
const float l_81 = buffer_0[l_80];
const float l_82 = (l_78) ? l_81 : float(0.0);
const float l_37 = l_82;
const float l_38 = l_37 - l_32;
const float l_39 = l_38 * l_38;
l_mut_17 = l_mut_17 + l_39;
l_mut_1 = l_mut_1 + uint32(64);
}
shared_memory_15[threadIdxGlobal] = l_mut_17;
__syncthreads();

l_mut_1 = uint32(32);
while (true) {
const bool l_40 = l_mut_1 > uint32(0);
const bool l_41 = !l_40;
if (l_41) {
break;}
const bool l_42 = threadIdxGlobal < l_mut_1;
if (l_42) {
const uint32 l_43 = threadIdxGlobal + l_mut_1;
const float l_44 = shared_memory_15[l_43];
const float l_45 = shared_memory_15[threadIdxGlobal];
const float l_46 = l_45 + l_44;
shared_memory_15[threadIdxGlobal] = l_46;
}
__syncthreads();

l_mut_1 = l_mut_1 / uint32(2);
}
const float l_47 = shared_memory_15[uint32(0)];
__syncthreads();

const float l_48 = l_47 / l_16;
const float l_49 = l_48 + info.scalars_float[0];
const float l_50 = sqrt(l_49);
const float l_51 = float(1.0) / l_50;
l_mut_1 = threadIdxGlobal;
while (true) {
const bool l_52 = l_mut_1 < l_14;
const bool l_53 = !l_52;
if (l_53) {
break;}
const uint32 l_54 = l_mut_1 * l_12;
const uint32 l_55 = l_mut_2 + l_54;
const uint32 l_83 = info.static_meta[uint32(0)];
const uint32 l_84 = l_83 * uint32(1);
const bool l_85 = l_55 < l_84;
const uint32 l_86 = l_84 - uint32(1);
const uint32 l_87 = min(l_55, l_86);
const float l_88 = buffer_0[l_87];
const float l_89 = (l_85) ? l_88 : float(0.0);
const float l_56 = l_89;
const float l_57 = l_56 - l_32;
const float l_58 = l_57 * l_51;
const uint32 l_59 = dynamic_meta[info.static_meta[uint32(17)] + uint32(0)];
const uint32 l_60 = l_mut_1 * l_59;
const uint32 l_90 = info.static_meta[uint32(1)];
const uint32 l_91 = l_90 * uint32(1);
const bool l_92 = l_60 < l_91;
const uint32 l_93 = l_91 - uint32(1);
const uint32 l_94 = min(l_60, l_93);
const float l_95 = buffer_1[l_94];
const float l_96 = (l_92) ? l_95 : float(0.0);
const float l_61 = l_96;
const float l_62 = l_58 * l_61;
const uint32 l_63 = dynamic_meta[info.static_meta[uint32(18)] + uint32(0)];
const uint32 l_64 = l_mut_1 * l_63;
const uint32 l_97 = info.static_meta[uint32(2)];
const uint32 l_98 = l_97 * uint32(1);
const bool l_99 = l_64 < l_98;
const uint32 l_100 = l_98 - uint32(1);
const uint32 l_101 = min(l_64, l_100);
const float l_102 = buffer_2[l_101];
const float l_103 = (l_99) ? l_102 : float(0.0);
const float l_65 = l_103;
const float l_66 = l_62 + l_65;
const uint32 l_67 = l_mut_1 * l_13;
const uint32 l_68 = l_mut_7 + l_67;
const uint32 l_104 = info.static_meta[uint32(3)];
const uint32 l_105 = l_104 * uint32(1);
const bool l_106 = l_68 < l_105;
if (l_106) {
buffer_3[l_68] = l_66;
}
l_mut_1 = l_mut_1 + uint32(64);
}
}

}
