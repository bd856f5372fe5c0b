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
// ==== launch 0: loss_rows_x_f32_y_f32 (sigmoid_loss), cube_dim 64x1x1
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


extern "C" __global__ void __launch_bounds__(64)loss_rows_x_f32_y_f32 (
    const float* __restrict__ buffer_0, const float* __restrict__ buffer_1, const float* __restrict__ buffer_2, const float* __restrict__ buffer_3, float* buffer_4, const uint32* __restrict__ dynamic_meta, const __grid_constant__ info_st info
) {
uint32 threadIdxGlobal = threadIdx.x + threadIdx.y * blockDim.x + threadIdx.z * (blockDim.x * blockDim.y);
uint32 blockIdxGlobal = (blockIdx.z * gridDim.y * gridDim.x) + (blockIdx.y * gridDim.x) + blockIdx.x;
extern __shared__ __align__(4) uint8 dynamic_shared_mem[];
// Shared array size: 64, 256 bytes
float *shared_memory_61 = reinterpret_cast<float*>(&dynamic_shared_mem[0]);
float l_mut_3;
float l_mut_41;
float l_mut_4;
float l_mut_9;
uint32 l_mut_5;
uint32 l_mut_62;
const uint32 l_0 = dynamic_meta[info.static_meta[uint32(12)] + uint32(0)];
const bool l_1 = blockIdxGlobal < l_0;
if (l_1) {
const uint32 l_2 = dynamic_meta[info.static_meta[uint32(13)] + uint32(0)];
l_mut_3 = float(0.0);
l_mut_4 = float(0.0);
l_mut_5 = threadIdxGlobal;
while (true) {
const bool l_6 = l_mut_5 < l_2;
const bool l_7 = !l_6;
if (l_7) {
break;}
const uint32 l_8 = dynamic_meta[info.static_meta[uint32(12)] + uint32(1)];
l_mut_9 = float(0.0);

for (uint32 l_mut_10 = uint32(0); l_mut_10 < l_8; ++l_mut_10) {
const uint32 l_11 = dynamic_meta[info.static_meta[uint32(14)] + uint32(0)];
const uint32 l_12 = blockIdxGlobal * l_11;
const uint32 l_13 = dynamic_meta[info.static_meta[uint32(14)] + uint32(1)];
const uint32 l_14 = l_mut_10 * l_13;
const uint32 l_15 = l_12 + l_14;
const uint32 l_87 = info.static_meta[uint32(0)];
const uint32 l_88 = l_87 * uint32(1);
const bool l_89 = l_15 < l_88;
const uint32 l_90 = l_88 - uint32(1);
const uint32 l_91 = min(l_15, l_90);
const float l_92 = buffer_0[l_91];
const float l_93 = (l_89) ? l_92 : float(0.0);
const float l_16 = l_93;
const uint32 l_17 = dynamic_meta[info.static_meta[uint32(15)] + uint32(0)];
const uint32 l_18 = l_mut_5 * l_17;
const uint32 l_19 = dynamic_meta[info.static_meta[uint32(15)] + uint32(1)];
const uint32 l_20 = l_mut_10 * l_19;
const uint32 l_21 = l_18 + l_20;
const uint32 l_94 = info.static_meta[uint32(1)];
const uint32 l_95 = l_94 * uint32(1);
const bool l_96 = l_21 < l_95;
const uint32 l_97 = l_95 - uint32(1);
const uint32 l_98 = min(l_21, l_97);
const float l_99 = buffer_1[l_98];
const float l_100 = (l_96) ? l_99 : float(0.0);
const float l_22 = l_100;
const float l_23 = l_16 * l_22;
l_mut_9 = l_mut_9 + l_23;
}
const float l_24 = info.scalars_float[0] * l_mut_9;
l_mut_9 = l_24;
const uint32 l_73 = info.static_meta[uint32(2)];
const uint32 l_74 = l_73 * uint32(1);
const bool l_75 = blockIdxGlobal < l_74;
const uint32 l_76 = l_74 - uint32(1);
const uint32 l_77 = min(blockIdxGlobal, l_76);
const float l_78 = buffer_2[l_77];
const float l_79 = (l_75) ? l_78 : float(0.0);
const float l_25 = l_79;
const uint32 l_80 = info.static_meta[uint32(3)];
const uint32 l_81 = l_80 * uint32(1);
const bool l_82 = l_mut_5 < l_81;
const uint32 l_83 = l_81 - uint32(1);
const uint32 l_84 = min(l_mut_5, l_83);
const float l_85 = buffer_3[l_84];
const float l_86 = (l_82) ? l_85 : float(0.0);
const float l_26 = l_86;
const float l_27 = l_25 * l_26;
l_mut_9 = l_mut_9 / l_27;
const uint32 l_28 = blockIdxGlobal + info.scalars_uint32[0];
const uint32 l_29 = l_mut_5 + info.scalars_uint32[1];
const bool l_30 = l_28 == l_29;
const float l_31 = (l_30) ? float(1.0) : float(-1.0);
const float l_32 = l_mut_9 + info.scalars_float[1];
const float l_33 = l_31 * l_32;
const float l_34 = min(l_33, float(0.0));
const float l_35 = abs(l_33);
const float l_36 = -l_35;
const float l_37 = exp(l_36);
const float l_38 = float(2.0) + l_37;
const float l_39 = l_37 / l_38;
const float l_40 = l_39 * l_39;
l_mut_41 = float(0.05882352963089943);
const float l_42 = l_40 * l_mut_41;
const float l_43 = float(0.06666667014360428) + l_42;
l_mut_41 = l_43;
const float l_44 = l_40 * l_mut_41;
const float l_45 = float(0.07692307978868484) + l_44;
l_mut_41 = l_45;
const float l_46 = l_40 * l_mut_41;
const float l_47 = float(0.09090909361839294) + l_46;
l_mut_41 = l_47;
const float l_48 = l_40 * l_mut_41;
const float l_49 = float(0.1111111119389534) + l_48;
l_mut_41 = l_49;
const float l_50 = l_40 * l_mut_41;
const float l_51 = float(0.1428571492433548) + l_50;
l_mut_41 = l_51;
const float l_52 = l_40 * l_mut_41;
const float l_53 = float(0.20000000298023224) + l_52;
l_mut_41 = l_53;
const float l_54 = l_40 * l_mut_41;
const float l_55 = float(0.3333333432674408) + l_54;
l_mut_41 = l_55;
const float l_56 = l_40 * l_mut_41;
const float l_57 = float(1.0) + l_56;
l_mut_41 = l_57;
const float l_58 = float(2.0) * l_39;
const float l_59 = l_58 * l_mut_41;
const float l_60 = l_34 - l_59;
l_mut_3 = l_mut_3 + l_60;
l_mut_5 = l_mut_5 + uint32(64);
}
shared_memory_61[threadIdxGlobal] = l_mut_3;
__syncthreads();

l_mut_62 = uint32(32);
while (true) {
const bool l_63 = l_mut_62 > uint32(0);
const bool l_64 = !l_63;
if (l_64) {
break;}
const bool l_65 = threadIdxGlobal < l_mut_62;
if (l_65) {
const uint32 l_66 = threadIdxGlobal + l_mut_62;
const float l_67 = shared_memory_61[l_66];
const float l_68 = shared_memory_61[threadIdxGlobal];
const float l_69 = l_68 + l_67;
shared_memory_61[threadIdxGlobal] = l_69;
}
__syncthreads();

l_mut_62 = l_mut_62 / uint32(2);
}
const float l_70 = shared_memory_61[uint32(0)];
__syncthreads();

const bool l_71 = threadIdxGlobal == uint32(0);
if (l_71) {
const float l_72 = info.scalars_float[2] * l_70;
const uint32 l_101 = info.static_meta[uint32(4)];
const uint32 l_102 = l_101 * uint32(1);
const bool l_103 = blockIdxGlobal < l_102;
if (l_103) {
buffer_4[blockIdxGlobal] = l_72;
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
// ==== launch 0: loss_rows_x_f32_y_f32 (sigmoid_loss), cube_dim 64x1x1
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


extern "C" __global__ void __launch_bounds__(64)loss_rows_x_f32_y_f32 (
    const float* __restrict__ buffer_0, const float* __restrict__ buffer_1, const float* __restrict__ buffer_2, const float* __restrict__ buffer_3, float* buffer_4, const uint32* __restrict__ dynamic_meta, const __grid_constant__ info_st info
) {
uint32 threadIdxGlobal = threadIdx.x + threadIdx.y * blockDim.x + threadIdx.z * (blockDim.x * blockDim.y);
uint32 blockIdxGlobal = (blockIdx.z * gridDim.y * gridDim.x) + (blockIdx.y * gridDim.x) + blockIdx.x;
extern __shared__ __align__(4) uint8 dynamic_shared_mem[];
// Shared array size: 64, 256 bytes
float *shared_memory_40 = reinterpret_cast<float*>(&dynamic_shared_mem[0]);
float l_mut_3;
float l_mut_4;
float l_mut_9;
uint32 l_mut_41;
uint32 l_mut_5;
const uint32 l_0 = dynamic_meta[info.static_meta[uint32(12)] + uint32(0)];
const bool l_1 = blockIdxGlobal < l_0;
if (l_1) {
const uint32 l_2 = dynamic_meta[info.static_meta[uint32(13)] + uint32(0)];
l_mut_3 = float(0.0);
l_mut_4 = float(0.0);
l_mut_5 = threadIdxGlobal;
while (true) {
const bool l_6 = l_mut_5 < l_2;
const bool l_7 = !l_6;
if (l_7) {
break;}
const uint32 l_8 = dynamic_meta[info.static_meta[uint32(12)] + uint32(1)];
l_mut_9 = float(0.0);

for (uint32 l_mut_10 = uint32(0); l_mut_10 < l_8; ++l_mut_10) {
const uint32 l_11 = dynamic_meta[info.static_meta[uint32(14)] + uint32(0)];
const uint32 l_12 = blockIdxGlobal * l_11;
const uint32 l_13 = dynamic_meta[info.static_meta[uint32(14)] + uint32(1)];
const uint32 l_14 = l_mut_10 * l_13;
const uint32 l_15 = l_12 + l_14;
const uint32 l_76 = info.static_meta[uint32(0)];
const uint32 l_77 = l_76 * uint32(1);
const bool l_78 = l_15 < l_77;
const uint32 l_79 = l_77 - uint32(1);
const uint32 l_80 = min(l_15, l_79);
const float l_81 = buffer_0[l_80];
const float l_82 = (l_78) ? l_81 : float(0.0);
const float l_16 = l_82;
const uint32 l_17 = dynamic_meta[info.static_meta[uint32(15)] + uint32(0)];
const uint32 l_18 = l_mut_5 * l_17;
const uint32 l_19 = dynamic_meta[info.static_meta[uint32(15)] + uint32(1)];
const uint32 l_20 = l_mut_10 * l_19;
const uint32 l_21 = l_18 + l_20;
const uint32 l_83 = info.static_meta[uint32(1)];
const uint32 l_84 = l_83 * uint32(1);
const bool l_85 = l_21 < l_84;
const uint32 l_86 = l_84 - uint32(1);
const uint32 l_87 = min(l_21, l_86);
const float l_88 = buffer_1[l_87];
const float l_89 = (l_85) ? l_88 : float(0.0);
const float l_22 = l_89;
const float l_23 = l_16 * l_22;
l_mut_9 = l_mut_9 + l_23;
}
const float l_24 = info.scalars_float[0] * l_mut_9;
l_mut_9 = l_24;
const uint32 l_62 = info.static_meta[uint32(2)];
const uint32 l_63 = l_62 * uint32(1);
const bool l_64 = blockIdxGlobal < l_63;
const uint32 l_65 = l_63 - uint32(1);
const uint32 l_66 = min(blockIdxGlobal, l_65);
const float l_67 = buffer_2[l_66];
const float l_68 = (l_64) ? l_67 : float(0.0);
const float l_25 = l_68;
const uint32 l_69 = info.static_meta[uint32(3)];
const uint32 l_70 = l_69 * uint32(1);
const bool l_71 = l_mut_5 < l_70;
const uint32 l_72 = l_70 - uint32(1);
const uint32 l_73 = min(l_mut_5, l_72);
const float l_74 = buffer_3[l_73];
const float l_75 = (l_71) ? l_74 : float(0.0);
const float l_26 = l_75;
const float l_27 = l_25 * l_26;
l_mut_9 = l_mut_9 / l_27;
const uint32 l_28 = blockIdxGlobal + info.scalars_uint32[0];
const uint32 l_29 = l_mut_5 + info.scalars_uint32[1];
const bool l_30 = l_28 == l_29;
const float l_31 = (l_30) ? float(1.0) : float(-1.0);
const float l_32 = l_mut_9 + info.scalars_float[1];
const float l_33 = -info.scalars_float[2];
const float l_34 = l_33 * l_31;
const float l_35 = l_31 * l_32;
const float l_36 = exp(l_35);
const float l_37 = float(1.0) + l_36;
const float l_38 = l_34 / l_37;
const float l_39 = l_38 * l_mut_9;
l_mut_3 = l_mut_3 + l_39;
l_mut_4 = l_mut_4 + l_38;
l_mut_5 = l_mut_5 + uint32(64);
}
shared_memory_40[threadIdxGlobal] = l_mut_3;
__syncthreads();

l_mut_41 = uint32(32);
while (true) {
const bool l_42 = l_mut_41 > uint32(0);
const bool l_43 = !l_42;
if (l_43) {
break;}
const bool l_44 = threadIdxGlobal < l_mut_41;
if (l_44) {
const uint32 l_45 = threadIdxGlobal + l_mut_41;
const float l_46 = shared_memory_40[l_45];
const float l_47 = shared_memory_40[threadIdxGlobal];
const float l_48 = l_47 + l_46;
shared_memory_40[threadIdxGlobal] = l_48;
}
__syncthreads();

l_mut_41 = l_mut_41 / uint32(2);
}
const float l_49 = shared_memory_40[uint32(0)];
__syncthreads();

shared_memory_40[threadIdxGlobal] = l_mut_4;
__syncthreads();

l_mut_41 = uint32(32);
while (true) {
const bool l_50 = l_mut_41 > uint32(0);
const bool l_51 = !l_50;
if (l_51) {
break;}
const bool l_52 = threadIdxGlobal < l_mut_41;
if (l_52) {
const uint32 l_53 = threadIdxGlobal + l_mut_41;
const float l_54 = shared_memory_40[l_53];
const float l_55 = shared_memory_40[threadIdxGlobal];
const float l_56 = l_55 + l_54;
shared_memory_40[threadIdxGlobal] = l_56;
}
__syncthreads();

l_mut_41 = l_mut_41 / uint32(2);
}
const float l_57 = shared_memory_40[uint32(0)];
__syncthreads();

const bool l_58 = threadIdxGlobal == uint32(0);
if (l_58) {
const uint32 l_59 = uint32(2) * blockIdxGlobal;
const uint32 l_90 = info.static_meta[uint32(4)];
const uint32 l_91 = l_90 * uint32(1);
const bool l_92 = l_59 < l_91;
if (l_92) {
buffer_4[l_59] = l_49;
}
const uint32 l_60 = uint32(2) * blockIdxGlobal;
const uint32 l_61 = l_60 + uint32(1);
const uint32 l_93 = info.static_meta[uint32(4)];
const uint32 l_94 = l_93 * uint32(1);
const bool l_95 = l_61 < l_94;
if (l_95) {
buffer_4[l_61] = l_57;
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
