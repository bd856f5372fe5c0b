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

struct __align__(16) float_4 {
    float i_0;
    float i_1;
    float i_2;
    float i_3;
};
struct info_st {
    float scalars_float[4];
uint32 scalars_uint32[6];uint32 static_meta[20];
};


extern "C" __global__ void __launch_bounds__(256)chunk_tiles_x_f32_y_f32 (
    const float* __restrict__ buffer_0, const float* __restrict__ buffer_1, const float* __restrict__ buffer_2, const float* __restrict__ buffer_3, float* buffer_4, float* buffer_5, float* buffer_6, const uint32* __restrict__ dynamic_meta, const __grid_constant__ info_st info
) {
uint32 threadIdxGlobal = threadIdx.x + threadIdx.y * blockDim.x + threadIdx.z * (blockDim.x * blockDim.y);
uint32 blockIdxGlobal = (blockIdx.z * gridDim.y * gridDim.x) + (blockIdx.y * gridDim.x) + blockIdx.x;
extern __shared__ __align__(16) uint8 dynamic_shared_mem[];
// Shared array size: 1024, 16384 bytes
float_4 *shared_memory_10 = reinterpret_cast<float_4*>(&dynamic_shared_mem[0]);
float l_arr_13[4];

float l_arr_14[4];

float l_arr_15[4];

float l_arr_12[16];

float_4 l_arr_30[1];

float_4 l_arr_31[1];

float_4 l_arr_176[1];

float l_mut_1435;
float l_mut_317;
float l_mut_48;
float_4 l_mut_43;
float_4 l_mut_44;
uint32 l_mut_101;
uint32 l_mut_102;
uint32 l_mut_17;
uint32 l_mut_32;
uint32 l_mut_38;
uint32 l_mut_39;
const uint32 l_0 = dynamic_meta[info.static_meta[uint32(16)] + uint32(0)];
const uint32 l_1 = dynamic_meta[info.static_meta[uint32(17)] + uint32(0)];
const uint32 l_2 = dynamic_meta[info.static_meta[uint32(16)] + uint32(1)];
const uint32 l_3 = blockIdxGlobal % info.scalars_uint32[4];
const uint32 l_4 = blockIdxGlobal / info.scalars_uint32[4];
const uint32 l_5 = l_4 * uint32(64);
const uint32 l_6 = info.scalars_uint32[2] + l_5;
const uint32 l_7 = info.scalars_uint32[2] + info.scalars_uint32[3];
const uint32 l_8 = threadIdxGlobal / uint32(16);
const uint32 l_9 = threadIdxGlobal % uint32(16);
const bool l_11 = l_6 < l_7;
if (l_11) {
l_arr_13[uint32(0)] = float(0.0);
l_arr_14[uint32(0)] = float(0.0);
l_arr_15[uint32(0)] = float(0.0);
l_arr_13[uint32(1)] = float(0.0);
l_arr_14[uint32(1)] = float(0.0);
l_arr_15[uint32(1)] = float(0.0);
l_arr_13[uint32(2)] = float(0.0);
l_arr_14[uint32(2)] = float(0.0);
l_arr_15[uint32(2)] = float(0.0);
l_arr_13[uint32(3)] = float(0.0);
l_arr_14[uint32(3)] = float(0.0);
l_arr_15[uint32(3)] = float(0.0);
const uint32 l_16 = l_3 * uint32(64);
l_mut_17 = l_16;
while (true) {
const bool l_18 = l_mut_17 < l_1;
const bool l_19 = !l_18;
if (l_19) {
break;}
const uint32 l_20 = dynamic_meta[info.static_meta[uint32(18)] + uint32(0)];
const uint32 l_21 = dynamic_meta[info.static_meta[uint32(18)] + uint32(1)];
const uint32 l_22 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const uint32 l_23 = dynamic_meta[info.static_meta[uint32(19)] + uint32(0)];
const uint32 l_24 = dynamic_meta[info.static_meta[uint32(18)] + uint32(1)];
const bool l_25 = l_24 == uint32(1);
const uint32 l_26 = dynamic_meta[info.static_meta[uint32(19)] + uint32(1)];
const bool l_27 = l_26 == uint32(1);
const uint32 l_28 = threadIdxGlobal / uint32(16);
const uint32 l_29 = threadIdxGlobal % uint32(16);
l_arr_12[uint32(0)] = float(0.0);
l_arr_12[uint32(1)] = float(0.0);
l_arr_12[uint32(2)] = float(0.0);
l_arr_12[uint32(3)] = float(0.0);
l_arr_12[uint32(4)] = float(0.0);
l_arr_12[uint32(5)] = float(0.0);
l_arr_12[uint32(6)] = float(0.0);
l_arr_12[uint32(7)] = float(0.0);
l_arr_12[uint32(8)] = float(0.0);
l_arr_12[uint32(9)] = float(0.0);
l_arr_12[uint32(10)] = float(0.0);
l_arr_12[uint32(11)] = float(0.0);
l_arr_12[uint32(12)] = float(0.0);
l_arr_12[uint32(13)] = float(0.0);
l_arr_12[uint32(14)] = float(0.0);
l_arr_12[uint32(15)] = float(0.0);
l_mut_32 = uint32(0);
while (true) {
const bool l_33 = l_mut_32 < l_2;
const bool l_34 = !l_33;
if (l_34) {
break;}
const uint32 l_35 = threadIdxGlobal + uint32(0);
if (l_25) {
const uint32 l_36 = l_35 / uint32(16);
const uint32 l_37 = l_35 % uint32(16);
l_mut_38 = l_36;
l_mut_39 = l_37;
} else {
const uint32 l_40 = l_35 % uint32(16);
const uint32 l_41 = l_35 / uint32(16);
l_mut_38 = l_40;
l_mut_39 = l_41;
}
const float_4 l_42 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
l_mut_43 = l_42;
l_mut_44 = l_mut_43;
const uint32 l_45 = l_mut_38 * uint32(4);
const uint32 l_46 = l_6 + l_45;
const uint32 l_47 = l_46 + uint32(0);
l_mut_48 = float(0.0);
const bool l_49 = l_47 < l_0;
const uint32 l_50 = l_mut_32 + l_mut_39;
const bool l_51 = l_50 < l_2;
const bool l_52 = l_49 && l_51;
if (l_52) {
const uint32 l_53 = l_47 * l_20;
const uint32 l_54 = uint32(0) + l_53;
const uint32 l_55 = l_mut_32 + l_mut_39;
const uint32 l_56 = l_55 * l_21;
const uint32 l_57 = l_54 + l_56;
const uint32 l_1449 = info.static_meta[uint32(0)];
const uint32 l_1450 = l_1449 * uint32(1);
const bool l_1451 = l_57 < l_1450;
const uint32 l_1452 = l_1450 - uint32(1);
const uint32 l_1453 = min(l_57, l_1452);
const float l_1454 = buffer_0[l_1453];
const float l_1455 = (l_1451) ? l_1454 : float(0.0);
const float l_58 = l_1455;
l_mut_48 = l_58;
}
l_mut_44.i_0 = l_mut_48;
const uint32 l_59 = l_mut_38 * uint32(4);
const uint32 l_60 = l_6 + l_59;
const uint32 l_61 = l_60 + uint32(1);
l_mut_48 = float(0.0);
const bool l_62 = l_61 < l_0;
const uint32 l_63 = l_mut_32 + l_mut_39;
const bool l_64 = l_63 < l_2;
const bool l_65 = l_62 && l_64;
if (l_65) {
const uint32 l_66 = l_61 * l_20;
const uint32 l_67 = uint32(0) + l_66;
const uint32 l_68 = l_mut_32 + l_mut_39;
const uint32 l_69 = l_68 * l_21;
const uint32 l_70 = l_67 + l_69;
const uint32 l_1456 = info.static_meta[uint32(0)];
const uint32 l_1457 = l_1456 * uint32(1);
const bool l_1458 = l_70 < l_1457;
const uint32 l_1459 = l_1457 - uint32(1);
const uint32 l_1460 = min(l_70, l_1459);
const float l_1461 = buffer_0[l_1460];
const float l_1462 = (l_1458) ? l_1461 : float(0.0);
const float l_71 = l_1462;
l_mut_48 = l_71;
}
l_mut_44.i_1 = l_mut_48;
const uint32 l_72 = l_mut_38 * uint32(4);
const uint32 l_73 = l_6 + l_72;
const uint32 l_74 = l_73 + uint32(2);
l_mut_48 = float(0.0);
const bool l_75 = l_74 < l_0;
const uint32 l_76 = l_mut_32 + l_mut_39;
const bool l_77 = l_76 < l_2;
const bool l_78 = l_75 && l_77;
if (l_78) {
const uint32 l_79 = l_74 * l_20;
const uint32 l_80 = uint32(0) + l_79;
const uint32 l_81 = l_mut_32 + l_mut_39;
const uint32 l_82 = l_81 * l_21;
const uint32 l_83 = l_80 + l_82;
const uint32 l_1463 = info.static_meta[uint32(0)];
const uint32 l_1464 = l_1463 * uint32(1);
const bool l_1465 = l_83 < l_1464;
const uint32 l_1466 = l_1464 - uint32(1);
const uint32 l_1467 = min(l_83, l_1466);
const float l_1468 = buffer_0[l_1467];
const float l_1469 = (l_1465) ? l_1468 : float(0.0);
const float l_84 = l_1469;
l_mut_48 = l_84;
}
l_mut_44.i_2 = l_mut_48;
const uint32 l_85 = l_mut_38 * uint32(4);
const uint32 l_86 = l_6 + l_85;
const uint32 l_87 = l_86 + uint32(3);
l_mut_48 = float(0.0);
const bool l_88 = l_87 < l_0;
const uint32 l_89 = l_mut_32 + l_mut_39;
const bool l_90 = l_89 < l_2;
const bool l_91 = l_88 && l_90;
if (l_91) {
const uint32 l_92 = l_87 * l_20;
const uint32 l_93 = uint32(0) + l_92;
const uint32 l_94 = l_mut_32 + l_mut_39;
const uint32 l_95 = l_94 * l_21;
const uint32 l_96 = l_93 + l_95;
const uint32 l_1470 = info.static_meta[uint32(0)];
const uint32 l_1471 = l_1470 * uint32(1);
const bool l_1472 = l_96 < l_1471;
const uint32 l_1473 = l_1471 - uint32(1);
const uint32 l_1474 = min(l_96, l_1473);
const float l_1475 = buffer_0[l_1474];
const float l_1476 = (l_1472) ? l_1475 : float(0.0);
const float l_97 = l_1476;
l_mut_48 = l_97;
}
l_mut_44.i_3 = l_mut_48;
l_arr_30[uint32(0)] = l_mut_44;
const uint32 l_98 = threadIdxGlobal + uint32(0);
if (l_27) {
const uint32 l_99 = l_98 / uint32(16);
const uint32 l_100 = l_98 % uint32(16);
l_mut_101 = l_99;
l_mut_102 = l_100;
} else {
const uint32 l_103 = l_98 % uint32(16);
const uint32 l_104 = l_98 / uint32(16);
l_mut_101 = l_103;
l_mut_102 = l_104;
}
const float_4 l_105 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
l_mut_44 = l_105;
l_mut_43 = l_mut_44;
const uint32 l_106 = l_mut_101 * uint32(4);
const uint32 l_107 = l_mut_17 + l_106;
const uint32 l_108 = l_107 + uint32(0);
l_mut_48 = float(0.0);
const bool l_109 = l_108 < l_1;
const uint32 l_110 = l_mut_32 + l_mut_102;
const bool l_111 = l_110 < l_2;
const bool l_112 = l_109 && l_111;
if (l_112) {
const uint32 l_113 = l_mut_32 + l_mut_102;
const uint32 l_114 = l_113 * l_22;
const uint32 l_115 = uint32(0) + l_114;
const uint32 l_116 = l_108 * l_23;
const uint32 l_117 = l_115 + l_116;
const uint32 l_1477 = info.static_meta[uint32(1)];
const uint32 l_1478 = l_1477 * uint32(1);
const bool l_1479 = l_117 < l_1478;
const uint32 l_1480 = l_1478 - uint32(1);
const uint32 l_1481 = min(l_117, l_1480);
const float l_1482 = buffer_1[l_1481];
const float l_1483 = (l_1479) ? l_1482 : float(0.0);
const float l_118 = l_1483;
l_mut_48 = l_118;
}
l_mut_43.i_0 = l_mut_48;
const uint32 l_119 = l_mut_101 * uint32(4);
const uint32 l_120 = l_mut_17 + l_119;
const uint32 l_121 = l_120 + uint32(1);
l_mut_48 = float(0.0);
const bool l_122 = l_121 < l_1;
const uint32 l_123 = l_mut_32 + l_mut_102;
const bool l_124 = l_123 < l_2;
const bool l_125 = l_122 && l_124;
if (l_125) {
const uint32 l_126 = l_mut_32 + l_mut_102;
const uint32 l_127 = l_126 * l_22;
const uint32 l_128 = uint32(0) + l_127;
const uint32 l_129 = l_121 * l_23;
const uint32 l_130 = l_128 + l_129;
const uint32 l_1484 = info.static_meta[uint32(1)];
const uint32 l_1485 = l_1484 * uint32(1);
const bool l_1486 = l_130 < l_1485;
const uint32 l_1487 = l_1485 - uint32(1);
const uint32 l_1488 = min(l_130, l_1487);
const float l_1489 = buffer_1[l_1488];
const float l_1490 = (l_1486) ? l_1489 : float(0.0);
const float l_131 = l_1490;
l_mut_48 = l_131;
}
l_mut_43.i_1 = l_mut_48;
const uint32 l_132 = l_mut_101 * uint32(4);
const uint32 l_133 = l_mut_17 + l_132;
const uint32 l_134 = l_133 + uint32(2);
l_mut_48 = float(0.0);
const bool l_135 = l_134 < l_1;
const uint32 l_136 = l_mut_32 + l_mut_102;
const bool l_137 = l_136 < l_2;
const bool l_138 = l_135 && l_137;
if (l_138) {
const uint32 l_139 = l_mut_32 + l_mut_102;
const uint32 l_140 = l_139 * l_22;
const uint32 l_141 = uint32(0) + l_140;
const uint32 l_142 = l_134 * l_23;
const uint32 l_143 = l_141 + l_142;
const uint32 l_1491 = info.static_meta[uint32(1)];
const uint32 l_1492 = l_1491 * uint32(1);
const bool l_1493 = l_143 < l_1492;
const uint32 l_1494 = l_1492 - uint32(1);
const uint32 l_1495 = min(l_143, l_1494);
const float l_1496 = buffer_1[l_1495];
const float l_1497 = (l_1493) ? l_1496 : float(0.0);
const float l_144 = l_1497;
l_mut_48 = l_144;
}
l_mut_43.i_2 = l_mut_48;
const uint32 l_145 = l_mut_101 * uint32(4);
const uint32 l_146 = l_mut_17 + l_145;
const uint32 l_147 = l_146 + uint32(3);
l_mut_48 = float(0.0);
const bool l_148 = l_147 < l_1;
const uint32 l_149 = l_mut_32 + l_mut_102;
const bool l_150 = l_149 < l_2;
const bool l_151 = l_148 && l_150;
if (l_151) {
const uint32 l_152 = l_mut_32 + l_mut_102;
const uint32 l_153 = l_152 * l_22;
const uint32 l_154 = uint32(0) + l_153;
const uint32 l_155 = l_147 * l_23;
const uint32 l_156 = l_154 + l_155;
const uint32 l_1498 = info.static_meta[uint32(1)];
const uint32 l_1499 = l_1498 * uint32(1);
const bool l_1500 = l_156 < l_1499;
const uint32 l_1501 = l_1499 - uint32(1);
const uint32 l_1502 = min(l_156, l_1501);
const float l_1503 = buffer_1[l_1502];
const float l_1504 = (l_1500) ? l_1503 : float(0.0);
const float l_157 = l_1504;
l_mut_48 = l_157;
}
l_mut_43.i_3 = l_mut_48;
l_arr_31[uint32(0)] = l_mut_43;
const uint32 l_158 = threadIdxGlobal + uint32(0);
if (l_25) {
const uint32 l_159 = l_158 / uint32(16);
const uint32 l_160 = l_158 % uint32(16);
l_mut_102 = l_159;
l_mut_101 = l_160;
} else {
const uint32 l_161 = l_158 % uint32(16);
const uint32 l_162 = l_158 / uint32(16);
l_mut_102 = l_161;
l_mut_101 = l_162;
}
const uint32 l_163 = l_mut_101 * uint32(17);
const uint32 l_164 = l_163 + l_mut_102;
const float_4 l_165 = l_arr_30[uint32(0)];
shared_memory_10[l_164] = reinterpret_cast< float_4 const&>(l_165);
const uint32 l_166 = threadIdxGlobal + uint32(0);
if (l_27) {
const uint32 l_167 = l_166 / uint32(16);
const uint32 l_168 = l_166 % uint32(16);
l_mut_39 = l_167;
l_mut_38 = l_168;
} else {
const uint32 l_169 = l_166 % uint32(16);
const uint32 l_170 = l_166 / uint32(16);
l_mut_39 = l_169;
l_mut_38 = l_170;
}
const uint32 l_171 = l_mut_38 * uint32(17);
const uint32 l_172 = uint32(272) + l_171;
const uint32 l_173 = l_172 + l_mut_39;
const float_4 l_174 = l_arr_31[uint32(0)];
shared_memory_10[l_173] = reinterpret_cast< float_4 const&>(l_174);
__syncthreads();


for (uint32 l_mut_175 = uint32(0); l_mut_175 < uint32(16); ++l_mut_175) {
const uint32 l_177 = l_mut_175 * uint32(17);
const uint32 l_178 = uint32(272) + l_177;
const uint32 l_179 = l_178 + l_29;
const uint32 l_180 = l_179 + uint32(0);
const float_4 l_181 = shared_memory_10[l_180];
l_arr_176[uint32(0)] = reinterpret_cast< float_4 const&>(l_181);
const uint32 l_182 = l_mut_175 * uint32(17);
const uint32 l_183 = l_182 + l_28;
const uint32 l_184 = l_183 + uint32(0);
const float_4 l_185 = shared_memory_10[l_184];
const float l_186 = l_185.i_0;
const float_4 l_187 = l_arr_176[uint32(0)];
const float l_188 = l_187.i_0;
const float l_189 = l_186 * l_188;
const float l_190 = l_arr_12[uint32(0)];
const float l_191 = l_190 + l_189;
l_arr_12[uint32(0)] = l_191;
const float l_192 = l_185.i_0;
const float_4 l_193 = l_arr_176[uint32(0)];
const float l_194 = l_193.i_1;
const float l_195 = l_192 * l_194;
const float l_196 = l_arr_12[uint32(1)];
const float l_197 = l_196 + l_195;
l_arr_12[uint32(1)] = l_197;
const float l_198 = l_185.i_0;
const float_4 l_199 = l_arr_176[uint32(0)];
const float l_200 = l_199.i_2;
const float l_201 = l_198 * l_200;
const float l_202 = l_arr_12[uint32(2)];
const float l_203 = l_202 + l_201;
l_arr_12[uint32(2)] = l_203;
const float l_204 = l_185.i_0;
const float_4 l_205 = l_arr_176[uint32(0)];
const float l_206 = l_205.i_3;
const float l_207 = l_204 * l_206;
const float l_208 = l_arr_12[uint32(3)];
const float l_209 = l_208 + l_207;
l_arr_12[uint32(3)] = l_209;
const float l_210 = l_185.i_1;
const float_4 l_211 = l_arr_176[uint32(0)];
const float l_212 = l_211.i_0;
const float l_213 = l_210 * l_212;
const float l_214 = l_arr_12[uint32(4)];
const float l_215 = l_214 + l_213;
l_arr_12[uint32(4)] = l_215;
const float l_216 = l_185.i_1;
const float_4 l_217 = l_arr_176[uint32(0)];
const float l_218 = l_217.i_1;
const float l_219 = l_216 * l_218;
const float l_220 = l_arr_12[uint32(5)];
const float l_221 = l_220 + l_219;
l_arr_12[uint32(5)] = l_221;
const float l_222 = l_185.i_1;
const float_4 l_223 = l_arr_176[uint32(0)];
const float l_224 = l_223.i_2;
const float l_225 = l_222 * l_224;
const float l_226 = l_arr_12[uint32(6)];
const float l_227 = l_226 + l_225;
l_arr_12[uint32(6)] = l_227;
const float l_228 = l_185.i_1;
const float_4 l_229 = l_arr_176[uint32(0)];
const float l_230 = l_229.i_3;
const float l_231 = l_228 * l_230;
const float l_232 = l_arr_12[uint32(7)];
const float l_233 = l_232 + l_231;
l_arr_12[uint32(7)] = l_233;
const float l_234 = l_185.i_2;
const float_4 l_235 = l_arr_176[uint32(0)];
const float l_236 = l_235.i_0;
const float l_237 = l_234 * l_236;
const float l_238 = l_arr_12[uint32(8)];
const float l_239 = l_238 + l_237;
l_arr_12[uint32(8)] = l_239;
const float l_240 = l_185.i_2;
const float_4 l_241 = l_arr_176[uint32(0)];
const float l_242 = l_241.i_1;
const float l_243 = l_240 * l_242;
const float l_244 = l_arr_12[uint32(9)];
const float l_245 = l_244 + l_243;
l_arr_12[uint32(9)] = l_245;
const float l_246 = l_185.i_2;
const float_4 l_247 = l_arr_176[uint32(0)];
const float l_248 = l_247.i_2;
const float l_249 = l_246 * l_248;
const float l_250 = l_arr_12[uint32(10)];
const float l_251 = l_250 + l_249;
l_arr_12[uint32(10)] = l_251;
const float l_252 = l_185.i_2;
const float_4 l_253 = l_arr_176[uint32(0)];
const float l_254 = l_253.i_3;
const float l_255 = l_252 * l_254;
const float l_256 = l_arr_12[uint32(11)];
const float l_257 = l_256 + l_255;
l_arr_12[uint32(11)] = l_257;
const float l_258 = l_185.i_3;
const float_4 l_259 = l_arr_176[uint32(0)];
const float l_260 = l_259.i_0;
const float l_261 = l_258 * l_260;
const float l_262 = l_arr_12[uint32(12)];
const float l_263 = l_262 + l_261;
l_arr_12[uint32(12)] = l_263;
const float l_264 = l_185.i_3;
const float_4 l_265 = l_arr_176[uint32(0)];
const float l_266 = l_265.i_1;
const float l_267 = l_264 * l_266;
const float l_268 = l_arr_12[uint32(13)];
const float l_269 = l_268 + l_267;
l_arr_12[uint32(13)] = l_269;
const float l_270 = l_185.i_3;
const float_4 l_271 = l_arr_176[uint32(0)];
const float l_272 = l_271.i_2;
const float l_273 = l_270 * l_272;
const float l_274 = l_arr_12[uint32(14)];
const float l_275 = l_274 + l_273;
l_arr_12[uint32(14)] = l_275;
const float l_276 = l_185.i_3;
const float_4 l_277 = l_arr_176[uint32(0)];
const float l_278 = l_277.i_3;
const float l_279 = l_276 * l_278;
const float l_280 = l_arr_12[uint32(15)];
const float l_281 = l_280 + l_279;
l_arr_12[uint32(15)] = l_281;
}
__syncthreads();

l_mut_32 = l_mut_32 + uint32(16);
}
const uint32 l_282 = uint32(0) / uint32(4);
const uint32 l_283 = uint32(16) * l_282;
const uint32 l_284 = l_8 + l_283;
const uint32 l_285 = l_284 * uint32(4);
const uint32 l_286 = uint32(0) % uint32(4);
const uint32 l_287 = l_285 + l_286;
const uint32 l_288 = l_6 + l_287;
const uint32 l_289 = uint32(0) / uint32(4);
const uint32 l_290 = uint32(16) * l_289;
const uint32 l_291 = l_9 + l_290;
const uint32 l_292 = l_291 * uint32(4);
const uint32 l_293 = uint32(0) % uint32(4);
const uint32 l_294 = l_292 + l_293;
const uint32 l_295 = l_mut_17 + l_294;
const bool l_296 = l_288 < l_7;
const bool l_297 = l_295 < l_1;
const bool l_298 = l_296 && l_297;
if (l_298) {
const float l_299 = l_arr_12[uint32(0)];
const float l_300 = info.scalars_float[0] * l_299;
l_mut_48 = l_300;
const uint32 l_1505 = info.static_meta[uint32(2)];
const uint32 l_1506 = l_1505 * uint32(1);
const bool l_1507 = l_288 < l_1506;
const uint32 l_1508 = l_1506 - uint32(1);
const uint32 l_1509 = min(l_288, l_1508);
const float l_1510 = buffer_2[l_1509];
const float l_1511 = (l_1507) ? l_1510 : float(0.0);
const float l_301 = l_1511;
const uint32 l_1512 = info.static_meta[uint32(3)];
const uint32 l_1513 = l_1512 * uint32(1);
const bool l_1514 = l_295 < l_1513;
const uint32 l_1515 = l_1513 - uint32(1);
const uint32 l_1516 = min(l_295, l_1515);
const float l_1517 = buffer_3[l_1516];
const float l_1518 = (l_1514) ? l_1517 : float(0.0);
const float l_302 = l_1518;
const float l_303 = l_301 * l_302;
l_mut_48 = l_mut_48 / l_303;
const uint32 l_304 = l_288 + info.scalars_uint32[0];
const uint32 l_305 = l_295 + info.scalars_uint32[1];
const bool l_306 = l_304 == l_305;
const float l_307 = (l_306) ? float(1.0) : float(-1.0);
const float l_308 = l_mut_48 + info.scalars_float[1];
const float l_309 = l_307 * l_308;
const float l_310 = min(l_309, float(0.0));
const float l_311 = abs(l_309);
const float l_312 = -l_311;
const float l_313 = exp(l_312);
const float l_314 = float(2.0) + l_313;
const float l_315 = l_313 / l_314;
const float l_316 = l_315 * l_315;
l_mut_317 = float(0.05882352963089943);
const float l_318 = l_316 * l_mut_317;
const float l_319 = float(0.06666667014360428) + l_318;
l_mut_317 = l_319;
const float l_320 = l_316 * l_mut_317;
const float l_321 = float(0.07692307978868484) + l_320;
l_mut_317 = l_321;
const float l_322 = l_316 * l_mut_317;
const float l_323 = float(0.09090909361839294) + l_322;
l_mut_317 = l_323;
const float l_324 = l_316 * l_mut_317;
const float l_325 = float(0.1111111119389534) + l_324;
l_mut_317 = l_325;
const float l_326 = l_316 * l_mut_317;
const float l_327 = float(0.1428571492433548) + l_326;
l_mut_317 = l_327;
const float l_328 = l_316 * l_mut_317;
const float l_329 = float(0.20000000298023224) + l_328;
l_mut_317 = l_329;
const float l_330 = l_316 * l_mut_317;
const float l_331 = float(0.3333333432674408) + l_330;
l_mut_317 = l_331;
const float l_332 = l_316 * l_mut_317;
const float l_333 = float(1.0) + l_332;
l_mut_317 = l_333;
const float l_334 = float(2.0) * l_315;
const float l_335 = l_334 * l_mut_317;
const float l_336 = l_310 - l_335;
const float l_337 = l_arr_13[uint32(0)];
const float l_338 = l_337 + l_336;
l_arr_13[uint32(0)] = l_338;
const float l_339 = -info.scalars_float[3];
const float l_340 = l_339 * l_307;
const float l_341 = l_307 * l_308;
const float l_342 = exp(l_341);
const float l_343 = float(1.0) + l_342;
const float l_344 = l_340 / l_343;
const float l_345 = l_344 * l_mut_48;
const float l_346 = l_arr_14[uint32(0)];
const float l_347 = l_346 + l_345;
l_arr_14[uint32(0)] = l_347;
const float l_348 = l_arr_15[uint32(0)];
const float l_349 = l_348 + l_344;
l_arr_15[uint32(0)] = l_349;
const float l_350 = info.scalars_float[0] * l_344;
l_mut_317 = l_350;
const uint32 l_1519 = info.static_meta[uint32(2)];
const uint32 l_1520 = l_1519 * uint32(1);
const bool l_1521 = l_288 < l_1520;
const uint32 l_1522 = l_1520 - uint32(1);
const uint32 l_1523 = min(l_288, l_1522);
const float l_1524 = buffer_2[l_1523];
const float l_1525 = (l_1521) ? l_1524 : float(0.0);
const float l_351 = l_1525;
const uint32 l_1526 = info.static_meta[uint32(3)];
const uint32 l_1527 = l_1526 * uint32(1);
const bool l_1528 = l_295 < l_1527;
const uint32 l_1529 = l_1527 - uint32(1);
const uint32 l_1530 = min(l_295, l_1529);
const float l_1531 = buffer_3[l_1530];
const float l_1532 = (l_1528) ? l_1531 : float(0.0);
const float l_352 = l_1532;
const float l_353 = l_351 * l_352;
l_mut_317 = l_mut_317 / l_353;
const uint32 l_354 = l_288 - info.scalars_uint32[2];
const uint32 l_355 = l_354 * l_1;
const uint32 l_356 = l_355 + l_295;
const uint32 l_1533 = info.static_meta[uint32(4)];
const uint32 l_1534 = l_1533 * uint32(1);
const bool l_1535 = l_356 < l_1534;
if (l_1535) {
buffer_4[l_356] = l_mut_317;
}
}
const uint32 l_357 = uint32(1) / uint32(4);
const uint32 l_358 = uint32(16) * l_357;
const uint32 l_359 = l_9 + l_358;
const uint32 l_360 = l_359 * uint32(4);
const uint32 l_361 = uint32(1) % uint32(4);
const uint32 l_362 = l_360 + l_361;
const uint32 l_363 = l_mut_17 + l_362;
const bool l_364 = l_288 < l_7;
const bool l_365 = l_363 < l_1;
const bool l_366 = l_364 && l_365;
if (l_366) {
const float l_367 = l_arr_12[uint32(1)];
const float l_368 = info.scalars_float[0] * l_367;
l_mut_317 = l_368;
const uint32 l_1536 = info.static_meta[uint32(2)];
const uint32 l_1537 = l_1536 * uint32(1);
const bool l_1538 = l_288 < l_1537;
const uint32 l_1539 = l_1537 - uint32(1);
const uint32 l_1540 = min(l_288, l_1539);
const float l_1541 = buffer_2[l_1540];
const float l_1542 = (l_1538) ? l_1541 : float(0.0);
const float l_369 = l_1542;
const uint32 l_1543 = info.static_meta[uint32(3)];
const uint32 l_1544 = l_1543 * uint32(1);
const bool l_1545 = l_363 < l_1544;
const uint32 l_1546 = l_1544 - uint32(1);
const uint32 l_1547 = min(l_363, l_1546);
const float l_1548 = buffer_3[l_1547];
const float l_1549 = (l_1545) ? l_1548 : float(0.0);
const float l_370 = l_1549;
const float l_371 = l_369 * l_370;
l_mut_317 = l_mut_317 / l_371;
const uint32 l_372 = l_288 + info.scalars_uint32[0];
const uint32 l_373 = l_363 + info.scalars_uint32[1];
const bool l_374 = l_372 == l_373;
const float l_375 = (l_374) ? float(1.0) : float(-1.0);
const float l_376 = l_mut_317 + info.scalars_float[1];
const float l_377 = l_375 * l_376;
const float l_378 = min(l_377, float(0.0));
const float l_379 = abs(l_377);
const float l_380 = -l_379;
const float l_381 = exp(l_380);
const float l_382 = float(2.0) + l_381;
const float l_383 = l_381 / l_382;
const float l_384 = l_383 * l_383;
l_mut_48 = float(0.05882352963089943);
const float l_385 = l_384 * l_mut_48;
const float l_386 = float(0.06666667014360428) + l_385;
l_mut_48 = l_386;
const float l_387 = l_384 * l_mut_48;
const float l_388 = float(0.07692307978868484) + l_387;
l_mut_48 = l_388;
const float l_389 = l_384 * l_mut_48;
const float l_390 = float(0.09090909361839294) + l_389;
l_mut_48 = l_390;
const float l_391 = l_384 * l_mut_48;
const float l_392 = float(0.1111111119389534) + l_391;
l_mut_48 = l_392;
const float l_393 = l_384 * l_mut_48;
const float l_394 = float(0.1428571492433548) + l_393;
l_mut_48 = l_394;
const float l_395 = l_384 * l_mut_48;
const float l_396 = float(0.20000000298023224) + l_395;
l_mut_48 = l_396;
const float l_397 = l_384 * l_mut_48;
const float l_398 = float(0.3333333432674408) + l_397;
l_mut_48 = l_398;
const float l_399 = l_384 * l_mut_48;
const float l_400 = float(1.0) + l_399;
l_mut_48 = l_400;
const float l_401 = float(2.0) * l_383;
const float l_402 = l_401 * l_mut_48;
const float l_403 = l_378 - l_402;
const float l_404 = l_arr_13[uint32(0)];
const float l_405 = l_404 + l_403;
l_arr_13[uint32(0)] = l_405;
const float l_406 = -info.scalars_float[3];
const float l_407 = l_406 * l_375;
const float l_408 = l_375 * l_376;
const float l_409 = exp(l_408);
const float l_410 = float(1.0) + l_409;
const float l_411 = l_407 / l_410;
const float l_412 = l_411 * l_mut_317;
const float l_413 = l_arr_14[uint32(0)];
const float l_414 = l_413 + l_412;
l_arr_14[uint32(0)] = l_414;
const float l_415 = l_arr_15[uint32(0)];
const float l_416 = l_415 + l_411;
l_arr_15[uint32(0)] = l_416;
const float l_417 = info.scalars_float[0] * l_411;
l_mut_317 = l_417;
const uint32 l_1550 = info.static_meta[uint32(2)];
const uint32 l_1551 = l_1550 * uint32(1);
const bool l_1552 = l_288 < l_1551;
const uint32 l_1553 = l_1551 - uint32(1);
const uint32 l_1554 = min(l_288, l_1553);
const float l_1555 = buffer_2[l_1554];
const float l_1556 = (l_1552) ? l_1555 : float(0.0);
const float l_418 = l_1556;
const uint32 l_1557 = info.static_meta[uint32(3)];
const uint32 l_1558 = l_1557 * uint32(1);
const bool l_1559 = l_363 < l_1558;
const uint32 l_1560 = l_1558 - uint32(1);
const uint32 l_1561 = min(l_363, l_1560);
const float l_1562 = buffer_3[l_1561];
const float l_1563 = (l_1559) ? l_1562 : float(0.0);
const float l_419 = l_1563;
const float l_420 = l_418 * l_419;
l_mut_317 = l_mut_317 / l_420;
const uint32 l_421 = l_288 - info.scalars_uint32[2];
const uint32 l_422 = l_421 * l_1;
const uint32 l_423 = l_422 + l_363;
const uint32 l_1564 = info.static_meta[uint32(4)];
const uint32 l_1565 = l_1564 * uint32(1);
const bool l_1566 = l_423 < l_1565;
if (l_1566) {
buffer_4[l_423] = l_mut_317;
}
}
const uint32 l_424 = uint32(2) / uint32(4);
const uint32 l_425 = uint32(16) * l_424;
const uint32 l_426 = l_9 + l_425;
const uint32 l_427 = l_426 * uint32(4);
const uint32 l_428 = uint32(2) % uint32(4);
const uint32 l_429 = l_427 + l_428;
const uint32 l_430 = l_mut_17 + l_429;
const bool l_431 = l_288 < l_7;
const bool l_432 = l_430 < l_1;
const bool l_433 = l_431 && l_432;
if (l_433) {
const float l_434 = l_arr_12[uint32(2)];
const float l_435 = info.scalars_float[0] * l_434;
l_mut_317 = l_435;
const uint32 l_1567 = info.static_meta[uint32(2)];
const uint32 l_1568 = l_1567 * uint32(1);
const bool l_1569 = l_288 < l_1568;
const uint32 l_1570 = l_1568 - uint32(1);
const uint32 l_1571 = min(l_288, l_1570);
const float l_1572 = buffer_2[l_1571];
const float l_1573 = (l_1569) ? l_1572 : float(0.0);
const float l_436 = l_1573;
const uint32 l_1574 = info.static_meta[uint32(3)];
const uint32 l_1575 = l_1574 * uint32(1);
const bool l_1576 = l_430 < l_1575;
const uint32 l_1577 = l_1575 - uint32(1);
const uint32 l_1578 = min(l_430, l_1577);
const float l_1579 = buffer_3[l_1578];
const float l_1580 = (l_1576) ? l_1579 : float(0.0);
const float l_437 = l_1580;
const float l_438 = l_436 * l_437;
l_mut_317 = l_mut_317 / l_438;
const uint32 l_439 = l_288 + info.scalars_uint32[0];
const uint32 l_440 = l_430 + info.scalars_uint32[1];
const bool l_441 = l_439 == l_440;
const float l_442 = (l_441) ? float(1.0) : float(-1.0);
const float l_443 = l_mut_317 + info.scalars_float[1];
const float l_444 = l_442 * l_443;
const float l_445 = min(l_444, float(0.0));
const float l_446 = abs(l_444);
const float l_447 = -l_446;
const float l_448 = exp(l_447);
const float l_449 = float(2.0) + l_448;
const float l_450 = l_448 / l_449;
const float l_451 = l_450 * l_450;
l_mut_48 = float(0.05882352963089943);
const float l_452 = l_451 * l_mut_48;
const float l_453 = float(0.06666667014360428) + l_452;
l_mut_48 = l_453;
const float l_454 = l_451 * l_mut_48;
const float l_455 = float(0.07692307978868484) + l_454;
l_mut_48 = l_455;
const float l_456 = l_451 * l_mut_48;
const float l_457 = float(0.09090909361839294) + l_456;
l_mut_48 = l_457;
const float l_458 = l_451 * l_mut_48;
const float l_459 = float(0.1111111119389534) + l_458;
l_mut_48 = l_459;
const float l_460 = l_451 * l_mut_48;
const float l_461 = float(0.1428571492433548) + l_460;
l_mut_48 = l_461;
const float l_462 = l_451 * l_mut_48;
const float l_463 = float(0.20000000298023224) + l_462;
l_mut_48 = l_463;
const float l_464 = l_451 * l_mut_48;
const float l_465 = float(0.3333333432674408) + l_464;
l_mut_48 = l_465;
const float l_466 = l_451 * l_mut_48;
const float l_467 = float(1.0) + l_466;
l_mut_48 = l_467;
const float l_468 = float(2.0) * l_450;
const float l_469 = l_468 * l_mut_48;
const float l_470 = l_445 - l_469;
const float l_471 = l_arr_13[uint32(0)];
const float l_472 = l_471 + l_470;
l_arr_13[uint32(0)] = l_472;
const float l_473 = -info.scalars_float[3];
const float l_474 = l_473 * l_442;
const float l_475 = l_442 * l_443;
const float l_476 = exp(l_475);
const float l_477 = float(1.0) + l_476;
const float l_478 = l_474 / l_477;
const float l_479 = l_478 * l_mut_317;
const float l_480 = l_arr_14[uint32(0)];
const float l_481 = l_480 + l_479;
l_arr_14[uint32(0)] = l_481;
const float l_482 = l_arr_15[uint32(0)];
const float l_483 = l_482 + l_478;
l_arr_15[uint32(0)] = l_483;
const float l_484 = info.scalars_float[0] * l_478;
l_mut_317 = l_484;
const uint32 l_1581 = info.static_meta[uint32(2)];
const uint32 l_1582 = l_1581 * uint32(1);
const bool l_1583 = l_288 < l_1582;
const uint32 l_1584 = l_1582 - uint32(1);
const uint32 l_1585 = min(l_288, l_1584);
const float l_1586 = buffer_2[l_1585];
const float l_1587 = (l_1583) ? l_1586 : float(0.0);
const float l_485 = l_1587;
const uint32 l_1588 = info.static_meta[uint32(3)];
const uint32 l_1589 = l_1588 * uint32(1);
const bool l_1590 = l_430 < l_1589;
const uint32 l_1591 = l_1589 - uint32(1);
const uint32 l_1592 = min(l_430, l_1591);
const float l_1593 = buffer_3[l_1592];
const float l_1594 = (l_1590) ? l_1593 : float(0.0);
const float l_486 = l_1594;
const float l_487 = l_485 * l_486;
l_mut_317 = l_mut_317 / l_487;
const uint32 l_488 = l_288 - info.scalars_uint32[2];
const uint32 l_489 = l_488 * l_1;
const uint32 l_490 = l_489 + l_430;
const uint32 l_1595 = info.static_meta[uint32(4)];
const uint32 l_1596 = l_1595 * uint32(1);
const bool l_1597 = l_490 < l_1596;
if (l_1597) {
buffer_4[l_490] = l_mut_317;
}
}
const uint32 l_491 = uint32(3) / uint32(4);
const uint32 l_492 = uint32(16) * l_491;
const uint32 l_493 = l_9 + l_492;
const uint32 l_494 = l_493 * uint32(4);
const uint32 l_495 = uint32(3) % uint32(4);
const uint32 l_496 = l_494 + l_495;
const uint32 l_497 = l_mut_17 + l_496;
const bool l_498 = l_288 < l_7;
const bool l_499 = l_497 < l_1;
const bool l_500 = l_498 && l_499;
if (l_500) {
const float l_501 = l_arr_12[uint32(3)];
const float l_502 = info.scalars_float[0] * l_501;
l_mut_317 = l_502;
const uint32 l_1598 = info.static_meta[uint32(2)];
const uint32 l_1599 = l_1598 * uint32(1);
const bool l_1600 = l_288 < l_1599;
const uint32 l_1601 = l_1599 - uint32(1);
const uint32 l_1602 = min(l_288, l_1601);
const float l_1603 = buffer_2[l_1602];
const float l_1604 = (l_1600) ? l_1603 : float(0.0);
const float l_503 = l_1604;
const uint32 l_1605 = info.static_meta[uint32(3)];
const uint32 l_1606 = l_1605 * uint32(1);
const bool l_1607 = l_497 < l_1606;
const uint32 l_1608 = l_1606 - uint32(1);
const uint32 l_1609 = min(l_497, l_1608);
const float l_1610 = buffer_3[l_1609];
const float l_1611 = (l_1607) ? l_1610 : float(0.0);
const float l_504 = l_1611;
const float l_505 = l_503 * l_504;
l_mut_317 = l_mut_317 / l_505;
const uint32 l_506 = l_288 + info.scalars_uint32[0];
const uint32 l_507 = l_497 + info.scalars_uint32[1];
const bool l_508 = l_506 == l_507;
const float l_509 = (l_508) ? float(1.0) : float(-1.0);
const float l_510 = l_mut_317 + info.scalars_float[1];
const float l_511 = l_509 * l_510;
const float l_512 = min(l_511, float(0.0));
const float l_513 = abs(l_511);
const float l_514 = -l_513;
const float l_515 = exp(l_514);
const float l_516 = float(2.0) + l_515;
const float l_517 = l_515 / l_516;
const float l_518 = l_517 * l_517;
l_mut_48 = float(0.05882352963089943);
const float l_519 = l_518 * l_mut_48;
const float l_520 = float(0.06666667014360428) + l_519;
l_mut_48 = l_520;
const float l_521 = l_518 * l_mut_48;
const float l_522 = float(0.07692307978868484) + l_521;
l_mut_48 = l_522;
const float l_523 = l_518 * l_mut_48;
const float l_524 = float(0.09090909361839294) + l_523;
l_mut_48 = l_524;
const float l_525 = l_518 * l_mut_48;
const float l_526 = float(0.1111111119389534) + l_525;
l_mut_48 = l_526;
const float l_527 = l_518 * l_mut_48;
const float l_528 = float(0.1428571492433548) + l_527;
l_mut_48 = l_528;
const float l_529 = l_518 * l_mut_48;
const float l_530 = float(0.20000000298023224) + l_529;
l_mut_48 = l_530;
const float l_531 = l_518 * l_mut_48;
const float l_532 = float(0.3333333432674408) + l_531;
l_mut_48 = l_532;
const float l_533 = l_518 * l_mut_48;
const float l_534 = float(1.0) + l_533;
l_mut_48 = l_534;
const float l_535 = float(2.0) * l_517;
const float l_536 = l_535 * l_mut_48;
const float l_537 = l_512 - l_536;
const float l_538 = l_arr_13[uint32(0)];
const float l_539 = l_538 + l_537;
l_arr_13[uint32(0)] = l_539;
const float l_540 = -info.scalars_float[3];
const float l_541 = l_540 * l_509;
const float l_542 = l_509 * l_510;
const float l_543 = exp(l_542);
const float l_544 = float(1.0) + l_543;
const float l_545 = l_541 / l_544;
const float l_546 = l_545 * l_mut_317;
const float l_547 = l_arr_14[uint32(0)];
const float l_548 = l_547 + l_546;
l_arr_14[uint32(0)] = l_548;
const float l_549 = l_arr_15[uint32(0)];
const float l_550 = l_549 + l_545;
l_arr_15[uint32(0)] = l_550;
const float l_551 = info.scalars_float[0] * l_545;
l_mut_317 = l_551;
const uint32 l_1612 = info.static_meta[uint32(2)];
const uint32 l_1613 = l_1612 * uint32(1);
const bool l_1614 = l_288 < l_1613;
const uint32 l_1615 = l_1613 - uint32(1);
const uint32 l_1616 = min(l_288, l_1615);
const float l_1617 = buffer_2[l_1616];
const float l_1618 = (l_1614) ? l_1617 : float(0.0);
const float l_552 = l_1618;
const uint32 l_1619 = info.static_meta[uint32(3)];
const uint32 l_1620 = l_1619 * uint32(1);
const bool l_1621 = l_497 < l_1620;
const uint32 l_1622 = l_1620 - uint32(1);
const uint32 l_1623 = min(l_497, l_1622);
const float l_1624 = buffer_3[l_1623];
const float l_1625 = (l_1621) ? l_1624 : float(0.0);
const float l_553 = l_1625;
const float l_554 = l_552 * l_553;
l_mut_317 = l_mut_317 / l_554;
const uint32 l_555 = l_288 - info.scalars_uint32[2];
const uint32 l_556 = l_555 * l_1;
const uint32 l_557 = l_556 + l_497;
const uint32 l_1626 = info.static_meta[uint32(4)];
const uint32 l_1627 = l_1626 * uint32(1);
const bool l_1628 = l_557 < l_1627;
if (l_1628) {
buffer_4[l_557] = l_mut_317;
}
}
const uint32 l_558 = uint32(1) / uint32(4);
const uint32 l_559 = uint32(16) * l_558;
const uint32 l_560 = l_8 + l_559;
const uint32 l_561 = l_560 * uint32(4);
const uint32 l_562 = uint32(1) % uint32(4);
const uint32 l_563 = l_561 + l_562;
const uint32 l_564 = l_6 + l_563;
const uint32 l_565 = uint32(0) / uint32(4);
const uint32 l_566 = uint32(16) * l_565;
const uint32 l_567 = l_9 + l_566;
const uint32 l_568 = l_567 * uint32(4);
const uint32 l_569 = uint32(0) % uint32(4);
const uint32 l_570 = l_568 + l_569;
const uint32 l_571 = l_mut_17 + l_570;
const bool l_572 = l_564 < l_7;
const bool l_573 = l_571 < l_1;
const bool l_574 = l_572 && l_573;
if (l_574) {
const float l_575 = l_arr_12[uint32(4)];
const float l_576 = info.scalars_float[0] * l_575;
l_mut_317 = l_576;
const uint32 l_1629 = info.static_meta[uint32(2)];
const uint32 l_1630 = l_1629 * uint32(1);
const bool l_1631 = l_564 < l_1630;
const uint32 l_1632 = l_1630 - uint32(1);
const uint32 l_1633 = min(l_564, l_1632);
const float l_1634 = buffer_2[l_1633];
const float l_1635 = (l_1631) ? l_1634 : float(0.0);
const float l_577 = l_1635;
const uint32 l_1636 = info.static_meta[uint32(3)];
const uint32 l_1637 = l_1636 * uint32(1);
const bool l_1638 = l_571 < l_1637;
const uint32 l_1639 = l_1637 - uint32(1);
const uint32 l_1640 = min(l_571, l_1639);
const float l_1641 = buffer_3[l_1640];
const float l_1642 = (l_1638) ? l_1641 : float(0.0);
const float l_578 = l_1642;
const float l_579 = l_577 * l_578;
l_mut_317 = l_mut_317 / l_579;
const uint32 l_580 = l_564 + info.scalars_uint32[0];
const uint32 l_581 = l_571 + info.scalars_uint32[1];
const bool l_582 = l_580 == l_581;
const float l_583 = (l_582) ? float(1.0) : float(-1.0);
const float l_584 = l_mut_317 + info.scalars_float[1];
const float l_585 = l_583 * l_584;
const float l_586 = min(l_585, float(0.0));
const float l_587 = abs(l_585);
const float l_588 = -l_587;
const float l_589 = exp(l_588);
const float l_590 = float(2.0) + l_589;
const float l_591 = l_589 / l_590;
const float l_592 = l_591 * l_591;
l_mut_48 = float(0.05882352963089943);
const float l_593 = l_592 * l_mut_48;
const float l_594 = float(0.06666667014360428) + l_593;
l_mut_48 = l_594;
const float l_595 = l_592 * l_mut_48;
const float l_596 = float(0.07692307978868484) + l_595;
l_mut_48 = l_596;
const float l_597 = l_592 * l_mut_48;
const float l_598 = float(0.09090909361839294) + l_597;
l_mut_48 = l_598;
const float l_599 = l_592 * l_mut_48;
const float l_600 = float(0.1111111119389534) + l_599;
l_mut_48 = l_600;
const float l_601 = l_592 * l_mut_48;
const float l_602 = float(0.1428571492433548) + l_601;
l_mut_48 = l_602;
const float l_603 = l_592 * l_mut_48;
const float l_604 = float(0.20000000298023224) + l_603;
l_mut_48 = l_604;
const float l_605 = l_592 * l_mut_48;
const float l_606 = float(0.3333333432674408) + l_605;
l_mut_48 = l_606;
const float l_607 = l_592 * l_mut_48;
const float l_608 = float(1.0) + l_607;
l_mut_48 = l_608;
const float l_609 = float(2.0) * l_591;
const float l_610 = l_609 * l_mut_48;
const float l_611 = l_586 - l_610;
const float l_612 = l_arr_13[uint32(1)];
const float l_613 = l_612 + l_611;
l_arr_13[uint32(1)] = l_613;
const float l_614 = -info.scalars_float[3];
const float l_615 = l_614 * l_583;
const float l_616 = l_583 * l_584;
const float l_617 = exp(l_616);
const float l_618 = float(1.0) + l_617;
const float l_619 = l_615 / l_618;
const float l_620 = l_619 * l_mut_317;
const float l_621 = l_arr_14[uint32(1)];
const float l_622 = l_621 + l_620;
l_arr_14[uint32(1)] = l_622;
const float l_623 = l_arr_15[uint32(1)];
const float l_624 = l_623 + l_619;
l_arr_15[uint32(1)] = l_624;
const float l_625 = info.scalars_float[0] * l_619;
l_mut_317 = l_625;
const uint32 l_1643 = info.static_meta[uint32(2)];
const uint32 l_1644 = l_1643 * uint32(1);
const bool l_1645 = l_564 < l_1644;
const uint32 l_1646 = l_1644 - uint32(1);
const uint32 l_1647 = min(l_564, l_1646);
const float l_1648 = buffer_2[l_1647];
const float l_1649 = (l_1645) ? l_1648 : float(0.0);
const float l_626 = l_1649;
const uint32 l_1650 = info.static_meta[uint32(3)];
const uint32 l_1651 = l_1650 * uint32(1);
const bool l_1652 = l_571 < l_1651;
const uint32 l_1653 = l_1651 - uint32(1);
const uint32 l_1654 = min(l_571, l_1653);
const float l_1655 = buffer_3[l_1654];
const float l_1656 = (l_1652) ? l_1655 : float(0.0);
const float l_627 = l_1656;
const float l_628 = l_626 * l_627;
l_mut_317 = l_mut_317 / l_628;
const uint32 l_629 = l_564 - info.scalars_uint32[2];
const uint32 l_630 = l_629 * l_1;
const uint32 l_631 = l_630 + l_571;
const uint32 l_1657 = info.static_meta[uint32(4)];
const uint32 l_1658 = l_1657 * uint32(1);
const bool l_1659 = l_631 < l_1658;
if (l_1659) {
buffer_4[l_631] = l_mut_317;
}
}
const uint32 l_632 = uint32(1) / uint32(4);
const uint32 l_633 = uint32(16) * l_632;
const uint32 l_634 = l_9 + l_633;
const uint32 l_635 = l_634 * uint32(4);
const uint32 l_636 = uint32(1) % uint32(4);
const uint32 l_637 = l_635 + l_636;
const uint32 l_638 = l_mut_17 + l_637;
const bool l_639 = l_564 < l_7;
const bool l_640 = l_638 < l_1;
const bool l_641 = l_639 && l_640;
if (l_641) {
const float l_642 = l_arr_12[uint32(5)];
const float l_643 = info.scalars_float[0] * l_642;
l_mut_317 = l_643;
const uint32 l_1660 = info.static_meta[uint32(2)];
const uint32 l_1661 = l_1660 * uint32(1);
const bool l_1662 = l_564 < l_1661;
const uint32 l_1663 = l_1661 - uint32(1);
const uint32 l_1664 = min(l_564, l_1663);
const float l_1665 = buffer_2[l_1664];
const float l_1666 = (l_1662) ? l_1665 : float(0.0);
const float l_644 = l_1666;
const uint32 l_1667 = info.static_meta[uint32(3)];
const uint32 l_1668 = l_1667 * uint32(1);
const bool l_1669 = l_638 < l_1668;
const uint32 l_1670 = l_1668 - uint32(1);
const uint32 l_1671 = min(l_638, l_1670);
const float l_1672 = buffer_3[l_1671];
const float l_1673 = (l_1669) ? l_1672 : float(0.0);
const float l_645 = l_1673;
const float l_646 = l_644 * l_645;
l_mut_317 = l_mut_317 / l_646;
const uint32 l_647 = l_564 + info.scalars_uint32[0];
const uint32 l_648 = l_638 + info.scalars_uint32[1];
const bool l_649 = l_647 == l_648;
const float l_650 = (l_649) ? float(1.0) : float(-1.0);
const float l_651 = l_mut_317 + info.scalars_float[1];
const float l_652 = l_650 * l_651;
const float l_653 = min(l_652, float(0.0));
const float l_654 = abs(l_652);
const float l_655 = -l_654;
const float l_656 = exp(l_655);
const float l_657 = float(2.0) + l_656;
const float l_658 = l_656 / l_657;
const float l_659 = l_658 * l_658;
l_mut_48 = float(0.05882352963089943);
const float l_660 = l_659 * l_mut_48;
const float l_661 = float(0.06666667014360428) + l_660;
l_mut_48 = l_661;
const float l_662 = l_659 * l_mut_48;
const float l_663 = float(0.07692307978868484) + l_662;
l_mut_48 = l_663;
const float l_664 = l_659 * l_mut_48;
const float l_665 = float(0.09090909361839294) + l_664;
l_mut_48 = l_665;
const float l_666 = l_659 * l_mut_48;
const float l_667 = float(0.1111111119389534) + l_666;
l_mut_48 = l_667;
const float l_668 = l_659 * l_mut_48;
const float l_669 = float(0.1428571492433548) + l_668;
l_mut_48 = l_669;
const float l_670 = l_659 * l_mut_48;
const float l_671 = float(0.20000000298023224) + l_670;
l_mut_48 = l_671;
const float l_672 = l_659 * l_mut_48;
const float l_673 = float(0.3333333432674408) + l_672;
l_mut_48 = l_673;
const float l_674 = l_659 * l_mut_48;
const float l_675 = float(1.0) + l_674;
l_mut_48 = l_675;
const float l_676 = float(2.0) * l_658;
const float l_677 = l_676 * l_mut_48;
const float l_678 = l_653 - l_677;
const float l_679 = l_arr_13[uint32(1)];
const float l_680 = l_679 + l_678;
l_arr_13[uint32(1)] = l_680;
const float l_681 = -info.scalars_float[3];
const float l_682 = l_681 * l_650;
const float l_683 = l_650 * l_651;
const float l_684 = exp(l_683);
const float l_685 = float(1.0) + l_684;
const float l_686 = l_682 / l_685;
const float l_687 = l_686 * l_mut_317;
const float l_688 = l_arr_14[uint32(1)];
const float l_689 = l_688 + l_687;
l_arr_14[uint32(1)] = l_689;
const float l_690 = l_arr_15[uint32(1)];
const float l_691 = l_690 + l_686;
l_arr_15[uint32(1)] = l_691;
const float l_692 = info.scalars_float[0] * l_686;
l_mut_317 = l_692;
const uint32 l_1674 = info.static_meta[uint32(2)];
const uint32 l_1675 = l_1674 * uint32(1);
const bool l_1676 = l_564 < l_1675;
const uint32 l_1677 = l_1675 - uint32(1);
const uint32 l_1678 = min(l_564, l_1677);
const float l_1679 = buffer_2[l_1678];
const float l_1680 = (l_1676) ? l_1679 : float(0.0);
const float l_693 = l_1680;
const uint32 l_1681 = info.static_meta[uint32(3)];
const uint32 l_1682 = l_1681 * uint32(1);
const bool l_1683 = l_638 < l_1682;
const uint32 l_1684 = l_1682 - uint32(1);
const uint32 l_1685 = min(l_638, l_1684);
const float l_1686 = buffer_3[l_1685];
const float l_1687 = (l_1683) ? l_1686 : float(0.0);
const float l_694 = l_1687;
const float l_695 = l_693 * l_694;
l_mut_317 = l_mut_317 / l_695;
const uint32 l_696 = l_564 - info.scalars_uint32[2];
const uint32 l_697 = l_696 * l_1;
const uint32 l_698 = l_697 + l_638;
const uint32 l_1688 = info.static_meta[uint32(4)];
const uint32 l_1689 = l_1688 * uint32(1);
const bool l_1690 = l_698 < l_1689;
if (l_1690) {
buffer_4[l_698] = l_mut_317;
}
}
const uint32 l_699 = uint32(2) / uint32(4);
const uint32 l_700 = uint32(16) * l_699;
const uint32 l_701 = l_9 + l_700;
const uint32 l_702 = l_701 * uint32(4);
const uint32 l_703 = uint32(2) % uint32(4);
const uint32 l_704 = l_702 + l_703;
const uint32 l_705 = l_mut_17 + l_704;
const bool l_706 = l_564 < l_7;
const bool l_707 = l_705 < l_1;
const bool l_708 = l_706 && l_707;
if (l_708) {
const float l_709 = l_arr_12[uint32(6)];
const float l_710 = info.scalars_float[0] * l_709;
l_mut_317 = l_710;
const uint32 l_1691 = info.static_meta[uint32(2)];
const uint32 l_1692 = l_1691 * uint32(1);
const bool l_1693 = l_564 < l_1692;
const uint32 l_1694 = l_1692 - uint32(1);
const uint32 l_1695 = min(l_564, l_1694);
const float l_1696 = buffer_2[l_1695];
const float l_1697 = (l_1693) ? l_1696 : float(0.0);
const float l_711 = l_1697;
const uint32 l_1698 = info.static_meta[uint32(3)];
const uint32 l_1699 = l_1698 * uint32(1);
const bool l_1700 = l_705 < l_1699;
const uint32 l_1701 = l_1699 - uint32(1);
const uint32 l_1702 = min(l_705, l_1701);
const float l_1703 = buffer_3[l_1702];
const float l_1704 = (l_1700) ? l_1703 : float(0.0);
const float l_712 = l_1704;
const float l_713 = l_711 * l_712;
l_mut_317 = l_mut_317 / l_713;
const uint32 l_714 = l_564 + info.scalars_uint32[0];
const uint32 l_715 = l_705 + info.scalars_uint32[1];
const bool l_716 = l_714 == l_715;
const float l_717 = (l_716) ? float(1.0) : float(-1.0);
const float l_718 = l_mut_317 + info.scalars_float[1];
const float l_719 = l_717 * l_718;
const float l_720 = min(l_719, float(0.0));
const float l_721 = abs(l_719);
const float l_722 = -l_721;
const float l_723 = exp(l_722);
const float l_724 = float(2.0) + l_723;
const float l_725 = l_723 / l_724;
const float l_726 = l_725 * l_725;
l_mut_48 = float(0.05882352963089943);
const float l_727 = l_726 * l_mut_48;
const float l_728 = float(0.06666667014360428) + l_727;
l_mut_48 = l_728;
const float l_729 = l_726 * l_mut_48;
const float l_730 = float(0.07692307978868484) + l_729;
l_mut_48 = l_730;
const float l_731 = l_726 * l_mut_48;
const float l_732 = float(0.09090909361839294) + l_731;
l_mut_48 = l_732;
const float l_733 = l_726 * l_mut_48;
const float l_734 = float(0.1111111119389534) + l_733;
l_mut_48 = l_734;
const float l_735 = l_726 * l_mut_48;
const float l_736 = float(0.1428571492433548) + l_735;
l_mut_48 = l_736;
const float l_737 = l_726 * l_mut_48;
const float l_738 = float(0.20000000298023224) + l_737;
l_mut_48 = l_738;
const float l_739 = l_726 * l_mut_48;
const float l_740 = float(0.3333333432674408) + l_739;
l_mut_48 = l_740;
const float l_741 = l_726 * l_mut_48;
const float l_742 = float(1.0) + l_741;
l_mut_48 = l_742;
const float l_743 = float(2.0) * l_725;
const float l_744 = l_743 * l_mut_48;
const float l_745 = l_720 - l_744;
const float l_746 = l_arr_13[uint32(1)];
const float l_747 = l_746 + l_745;
l_arr_13[uint32(1)] = l_747;
const float l_748 = -info.scalars_float[3];
const float l_749 = l_748 * l_717;
const float l_750 = l_717 * l_718;
const float l_751 = exp(l_750);
const float l_752 = float(1.0) + l_751;
const float l_753 = l_749 / l_752;
const float l_754 = l_753 * l_mut_317;
const float l_755 = l_arr_14[uint32(1)];
const float l_756 = l_755 + l_754;
l_arr_14[uint32(1)] = l_756;
const float l_757 = l_arr_15[uint32(1)];
const float l_758 = l_757 + l_753;
l_arr_15[uint32(1)] = l_758;
const float l_759 = info.scalars_float[0] * l_753;
l_mut_317 = l_759;
const uint32 l_1705 = info.static_meta[uint32(2)];
const uint32 l_1706 = l_1705 * uint32(1);
const bool l_1707 = l_564 < l_1706;
const uint32 l_1708 = l_1706 - uint32(1);
const uint32 l_1709 = min(l_564, l_1708);
const float l_1710 = buffer_2[l_1709];
const float l_1711 = (l_1707) ? l_1710 : float(0.0);
const float l_760 = l_1711;
const uint32 l_1712 = info.static_meta[uint32(3)];
const uint32 l_1713 = l_1712 * uint32(1);
const bool l_1714 = l_705 < l_1713;
const uint32 l_1715 = l_1713 - uint32(1);
const uint32 l_1716 = min(l_705, l_1715);
const float l_1717 = buffer_3[l_1716];
const float l_1718 = (l_1714) ? l_1717 : float(0.0);
const float l_761 = l_1718;
const float l_762 = l_760 * l_761;
l_mut_317 = l_mut_317 / l_762;
const uint32 l_763 = l_564 - info.scalars_uint32[2];
const uint32 l_764 = l_763 * l_1;
const uint32 l_765 = l_764 + l_705;
const uint32 l_1719 = info.static_meta[uint32(4)];
const uint32 l_1720 = l_1719 * uint32(1);
const bool l_1721 = l_765 < l_1720;
if (l_1721) {
buffer_4[l_765] = l_mut_317;
}
}
const uint32 l_766 = uint32(3) / uint32(4);
const uint32 l_767 = uint32(16) * l_766;
const uint32 l_768 = l_9 + l_767;
const uint32 l_769 = l_768 * uint32(4);
const uint32 l_770 = uint32(3) % uint32(4);
const uint32 l_771 = l_769 + l_770;
const uint32 l_772 = l_mut_17 + l_771;
const bool l_773 = l_564 < l_7;
const bool l_774 = l_772 < l_1;
const bool l_775 = l_773 && l_774;
if (l_775) {
const float l_776 = l_arr_12[uint32(7)];
const float l_777 = info.scalars_float[0] * l_776;
l_mut_317 = l_777;
const uint32 l_1722 = info.static_meta[uint32(2)];
const uint32 l_1723 = l_1722 * uint32(1);
const bool l_1724 = l_564 < l_1723;
const uint32 l_1725 = l_1723 - uint32(1);
const uint32 l_1726 = min(l_564, l_1725);
const float l_1727 = buffer_2[l_1726];
const float l_1728 = (l_1724) ? l_1727 : float(0.0);
const float l_778 = l_1728;
const uint32 l_1729 = info.static_meta[uint32(3)];
const uint32 l_1730 = l_1729 * uint32(1);
const bool l_1731 = l_772 < l_1730;
const uint32 l_1732 = l_1730 - uint32(1);
const uint32 l_1733 = min(l_772, l_1732);
const float l_1734 = buffer_3[l_1733];
const float l_1735 = (l_1731) ? l_1734 : float(0.0);
const float l_779 = l_1735;
const float l_780 = l_778 * l_779;
l_mut_317 = l_mut_317 / l_780;
const uint32 l_781 = l_564 + info.scalars_uint32[0];
const uint32 l_782 = l_772 + info.scalars_uint32[1];
const bool l_783 = l_781 == l_782;
const float l_784 = (l_783) ? float(1.0) : float(-1.0);
const float l_785 = l_mut_317 + info.scalars_float[1];
const float l_786 = l_784 * l_785;
const float l_787 = min(l_786, float(0.0));
const float l_788 = abs(l_786);
const float l_789 = -l_788;
const float l_790 = exp(l_789);
const float l_791 = float(2.0) + l_790;
const float l_792 = l_790 / l_791;
const float l_793 = l_792 * l_792;
l_mut_48 = float(0.05882352963089943);
const float l_794 = l_793 * l_mut_48;
const float l_795 = float(0.06666667014360428) + l_794;
l_mut_48 = l_795;
const float l_796 = l_793 * l_mut_48;
const float l_797 = float(0.07692307978868484) + l_796;
l_mut_48 = l_797;
const float l_798 = l_793 * l_mut_48;
const float l_799 = float(0.09090909361839294) + l_798;
l_mut_48 = l_799;
const float l_800 = l_793 * l_mut_48;
const float l_801 = float(0.1111111119389534) + l_800;
l_mut_48 = l_801;
const float l_802 = l_793 * l_mut_48;
const float l_803 = float(0.1428571492433548) + l_802;
l_mut_48 = l_803;
const float l_804 = l_793 * l_mut_48;
const float l_805 = float(0.20000000298023224) + l_804;
l_mut_48 = l_805;
const float l_806 = l_793 * l_mut_48;
const float l_807 = float(0.3333333432674408) + l_806;
l_mut_48 = l_807;
const float l_808 = l_793 * l_mut_48;
const float l_809 = float(1.0) + l_808;
l_mut_48 = l_809;
const float l_810 = float(2.0) * l_792;
const float l_811 = l_810 * l_mut_48;
const float l_812 = l_787 - l_811;
const float l_813 = l_arr_13[uint32(1)];
const float l_814 = l_813 + l_812;
l_arr_13[uint32(1)] = l_814;
const float l_815 = -info.scalars_float[3];
const float l_816 = l_815 * l_784;
const float l_817 = l_784 * l_785;
const float l_818 = exp(l_817);
const float l_819 = float(1.0) + l_818;
const float l_820 = l_816 / l_819;
const float l_821 = l_820 * l_mut_317;
const float l_822 = l_arr_14[uint32(1)];
const float l_823 = l_822 + l_821;
l_arr_14[uint32(1)] = l_823;
const float l_824 = l_arr_15[uint32(1)];
const float l_825 = l_824 + l_820;
l_arr_15[uint32(1)] = l_825;
const float l_826 = info.scalars_float[0] * l_820;
l_mut_317 = l_826;
const uint32 l_1736 = info.static_meta[uint32(2)];
const uint32 l_1737 = l_1736 * uint32(1);
const bool l_1738 = l_564 < l_1737;
const uint32 l_1739 = l_1737 - uint32(1);
const uint32 l_1740 = min(l_564, l_1739);
const float l_1741 = buffer_2[l_1740];
const float l_1742 = (l_1738) ? l_1741 : float(0.0);
const float l_827 = l_1742;
const uint32 l_1743 = info.static_meta[uint32(3)];
const uint32 l_1744 = l_1743 * uint32(1);
const bool l_1745 = l_772 < l_1744;
const uint32 l_1746 = l_1744 - uint32(1);
const uint32 l_1747 = min(l_772, l_1746);
const float l_1748 = buffer_3[l_1747];
const float l_1749 = (l_1745) ? l_1748 : float(0.0);
const float l_828 = l_1749;
const float l_829 = l_827 * l_828;
l_mut_317 = l_mut_317 / l_829;
const uint32 l_830 = l_564 - info.scalars_uint32[2];
const uint32 l_831 = l_830 * l_1;
const uint32 l_832 = l_831 + l_772;
const uint32 l_1750 = info.static_meta[uint32(4)];
const uint32 l_1751 = l_1750 * uint32(1);
const bool l_1752 = l_832 < l_1751;
if (l_1752) {
buffer_4[l_832] = l_mut_317;
}
}
const uint32 l_833 = uint32(2) / uint32(4);
const uint32 l_834 = uint32(16) * l_833;
const uint32 l_835 = l_8 + l_834;
const uint32 l_836 = l_835 * uint32(4);
const uint32 l_837 = uint32(2) % uint32(4);
const uint32 l_838 = l_836 + l_837;
const uint32 l_839 = l_6 + l_838;
const uint32 l_840 = uint32(0) / uint32(4);
const uint32 l_841 = uint32(16) * l_840;
const uint32 l_842 = l_9 + l_841;
const uint32 l_843 = l_842 * uint32(4);
const uint32 l_844 = uint32(0) % uint32(4);
const uint32 l_845 = l_843 + l_844;
const uint32 l_846 = l_mut_17 + l_845;
const bool l_847 = l_839 < l_7;
const bool l_848 = l_846 < l_1;
const bool l_849 = l_847 && l_848;
if (l_849) {
const float l_850 = l_arr_12[uint32(8)];
const float l_851 = info.scalars_float[0] * l_850;
l_mut_317 = l_851;
const uint32 l_1753 = info.static_meta[uint32(2)];
const uint32 l_1754 = l_1753 * uint32(1);
const bool l_1755 = l_839 < l_1754;
const uint32 l_1756 = l_1754 - uint32(1);
const uint32 l_1757 = min(l_839, l_1756);
const float l_1758 = buffer_2[l_1757];
const float l_1759 = (l_1755) ? l_1758 : float(0.0);
const float l_852 = l_1759;
const uint32 l_1760 = info.static_meta[uint32(3)];
const uint32 l_1761 = l_1760 * uint32(1);
const bool l_1762 = l_846 < l_1761;
const uint32 l_1763 = l_1761 - uint32(1);
const uint32 l_1764 = min(l_846, l_1763);
const float l_1765 = buffer_3[l_1764];
const float l_1766 = (l_1762) ? l_1765 : float(0.0);
const float l_853 = l_1766;
const float l_854 = l_852 * l_853;
l_mut_317 = l_mut_317 / l_854;
const uint32 l_855 = l_839 + info.scalars_uint32[0];
const uint32 l_856 = l_846 + info.scalars_uint32[1];
const bool l_857 = l_855 == l_856;
const float l_858 = (l_857) ? float(1.0) : float(-1.0);
const float l_859 = l_mut_317 + info.scalars_float[1];
const float l_860 = l_858 * l_859;
const float l_861 = min(l_860, float(0.0));
const float l_862 = abs(l_860);
const float l_863 = -l_862;
const float l_864 = exp(l_863);
const float l_865 = float(2.0) + l_864;
const float l_866 = l_864 / l_865;
const float l_867 = l_866 * l_866;
l_mut_48 = float(0.05882352963089943);
const float l_868 = l_867 * l_mut_48;
const float l_869 = float(0.06666667014360428) + l_868;
l_mut_48 = l_869;
const float l_870 = l_867 * l_mut_48;
const float l_871 = float(0.07692307978868484) + l_870;
l_mut_48 = l_871;
const float l_872 = l_867 * l_mut_48;
const float l_873 = float(0.09090909361839294) + l_872;
l_mut_48 = l_873;
const float l_874 = l_867 * l_mut_48;
const float l_875 = float(0.1111111119389534) + l_874;
l_mut_48 = l_875;
const float l_876 = l_867 * l_mut_48;
const float l_877 = float(0.1428571492433548) + l_876;
l_mut_48 = l_877;
const float l_878 = l_867 * l_mut_48;
const float l_879 = float(0.20000000298023224) + l_878;
l_mut_48 = l_879;
const float l_880 = l_867 * l_mut_48;
const float l_881 = float(0.3333333432674408) + l_880;
l_mut_48 = l_881;
const float l_882 = l_867 * l_mut_48;
const float l_883 = float(1.0) + l_882;
l_mut_48 = l_883;
const float l_884 = float(2.0) * l_866;
const float l_885 = l_884 * l_mut_48;
const float l_886 = l_861 - l_885;
const float l_887 = l_arr_13[uint32(2)];
const float l_888 = l_887 + l_886;
l_arr_13[uint32(2)] = l_888;
const float l_889 = -info.scalars_float[3];
const float l_890 = l_889 * l_858;
const float l_891 = l_858 * l_859;
const float l_892 = exp(l_891);
const float l_893 = float(1.0) + l_892;
const float l_894 = l_890 / l_893;
const float l_895 = l_894 * l_mut_317;
const float l_896 = l_arr_14[uint32(2)];
const float l_897 = l_896 + l_895;
l_arr_14[uint32(2)] = l_897;
const float l_898 = l_arr_15[uint32(2)];
const float l_899 = l_898 + l_894;
l_arr_15[uint32(2)] = l_899;
const float l_900 = info.scalars_float[0] * l_894;
l_mut_317 = l_900;
const uint32 l_1767 = info.static_meta[uint32(2)];
const uint32 l_1768 = l_1767 * uint32(1);
const bool l_1769 = l_839 < l_1768;
const uint32 l_1770 = l_1768 - uint32(1);
const uint32 l_1771 = min(l_839, l_1770);
const float l_1772 = buffer_2[l_1771];
const float l_1773 = (l_1769) ? l_1772 : float(0.0);
const float l_901 = l_1773;
const uint32 l_1774 = info.static_meta[uint32(3)];
const uint32 l_1775 = l_1774 * uint32(1);
const bool l_1776 = l_846 < l_1775;
const uint32 l_1777 = l_1775 - uint32(1);
const uint32 l_1778 = min(l_846, l_1777);
const float l_1779 = buffer_3[l_1778];
const float l_1780 = (l_1776) ? l_1779 : float(0.0);
const float l_902 = l_1780;
const float l_903 = l_901 * l_902;
l_mut_317 = l_mut_317 / l_903;
const uint32 l_904 = l_839 - info.scalars_uint32[2];
const uint32 l_905 = l_904 * l_1;
const uint32 l_906 = l_905 + l_846;
const uint32 l_1781 = info.static_meta[uint32(4)];
const uint32 l_1782 = l_1781 * uint32(1);
const bool l_1783 = l_906 < l_1782;
if (l_1783) {
buffer_4[l_906] = l_mut_317;
}
}
const uint32 l_907 = uint32(1) / uint32(4);
const uint32 l_908 = uint32(16) * l_907;
const uint32 l_909 = l_9 + l_908;
const uint32 l_910 = l_909 * uint32(4);
const uint32 l_911 = uint32(1) % uint32(4);
const uint32 l_912 = l_910 + l_911;
const uint32 l_913 = l_mut_17 + l_912;
const bool l_914 = l_839 < l_7;
const bool l_915 = l_913 < l_1;
const bool l_916 = l_914 && l_915;
if (l_916) {
const float l_917 = l_arr_12[uint32(9)];
const float l_918 = info.scalars_float[0] * l_917;
l_mut_317 = l_918;
const uint32 l_1784 = info.static_meta[uint32(2)];
const uint32 l_1785 = l_1784 * uint32(1);
const bool l_1786 = l_839 < l_1785;
const uint32 l_1787 = l_1785 - uint32(1);
const uint32 l_1788 = min(l_839, l_1787);
const float l_1789 = buffer_2[l_1788];
const float l_1790 = (l_1786) ? l_1789 : float(0.0);
const float l_919 = l_1790;
const uint32 l_1791 = info.static_meta[uint32(3)];
const uint32 l_1792 = l_1791 * uint32(1);
const bool l_1793 = l_913 < l_1792;
const uint32 l_1794 = l_1792 - uint32(1);
const uint32 l_1795 = min(l_913, l_1794);
const float l_1796 = buffer_3[l_1795];
const float l_1797 = (l_1793) ? l_1796 : float(0.0);
const float l_920 = l_1797;
const float l_921 = l_919 * l_920;
l_mut_317 = l_mut_317 / l_921;
const uint32 l_922 = l_839 + info.scalars_uint32[0];
const uint32 l_923 = l_913 + info.scalars_uint32[1];
const bool l_924 = l_922 == l_923;
const float l_925 = (l_924) ? float(1.0) : float(-1.0);
const float l_926 = l_mut_317 + info.scalars_float[1];
const float l_927 = l_925 * l_926;
const float l_928 = min(l_927, float(0.0));
const float l_929 = abs(l_927);
const float l_930 = -l_929;
const float l_931 = exp(l_930);
const float l_932 = float(2.0) + l_931;
const float l_933 = l_931 / l_932;
const float l_934 = l_933 * l_933;
l_mut_48 = float(0.05882352963089943);
const float l_935 = l_934 * l_mut_48;
const float l_936 = float(0.06666667014360428) + l_935;
l_mut_48 = l_936;
const float l_937 = l_934 * l_mut_48;
const float l_938 = float(0.07692307978868484) + l_937;
l_mut_48 = l_938;
const float l_939 = l_934 * l_mut_48;
const float l_940 = float(0.09090909361839294) + l_939;
l_mut_48 = l_940;
const float l_941 = l_934 * l_mut_48;
const float l_942 = float(0.1111111119389534) + l_941;
l_mut_48 = l_942;
const float l_943 = l_934 * l_mut_48;
const float l_944 = float(0.1428571492433548) + l_943;
l_mut_48 = l_944;
const float l_945 = l_934 * l_mut_48;
const float l_946 = float(0.20000000298023224) + l_945;
l_mut_48 = l_946;
const float l_947 = l_934 * l_mut_48;
const float l_948 = float(0.3333333432674408) + l_947;
l_mut_48 = l_948;
const float l_949 = l_934 * l_mut_48;
const float l_950 = float(1.0) + l_949;
l_mut_48 = l_950;
const float l_951 = float(2.0) * l_933;
const float l_952 = l_951 * l_mut_48;
const float l_953 = l_928 - l_952;
const float l_954 = l_arr_13[uint32(2)];
const float l_955 = l_954 + l_953;
l_arr_13[uint32(2)] = l_955;
const float l_956 = -info.scalars_float[3];
const float l_957 = l_956 * l_925;
const float l_958 = l_925 * l_926;
const float l_959 = exp(l_958);
const float l_960 = float(1.0) + l_959;
const float l_961 = l_957 / l_960;
const float l_962 = l_961 * l_mut_317;
const float l_963 = l_arr_14[uint32(2)];
const float l_964 = l_963 + l_962;
l_arr_14[uint32(2)] = l_964;
const float l_965 = l_arr_15[uint32(2)];
const float l_966 = l_965 + l_961;
l_arr_15[uint32(2)] = l_966;
const float l_967 = info.scalars_float[0] * l_961;
l_mut_317 = l_967;
const uint32 l_1798 = info.static_meta[uint32(2)];
const uint32 l_1799 = l_1798 * uint32(1);
const bool l_1800 = l_839 < l_1799;
const uint32 l_1801 = l_1799 - uint32(1);
const uint32 l_1802 = min(l_839, l_1801);
const float l_1803 = buffer_2[l_1802];
const float l_1804 = (l_1800) ? l_1803 : float(0.0);
const float l_968 = l_1804;
const uint32 l_1805 = info.static_meta[uint32(3)];
const uint32 l_1806 = l_1805 * uint32(1);
const bool l_1807 = l_913 < l_1806;
const uint32 l_1808 = l_1806 - uint32(1);
const uint32 l_1809 = min(l_913, l_1808);
const float l_1810 = buffer_3[l_1809];
const float l_1811 = (l_1807) ? l_1810 : float(0.0);
const float l_969 = l_1811;
const float l_970 = l_968 * l_969;
l_mut_317 = l_mut_317 / l_970;
const uint32 l_971 = l_839 - info.scalars_uint32[2];
const uint32 l_972 = l_971 * l_1;
const uint32 l_973 = l_972 + l_913;
const uint32 l_1812 = info.static_meta[uint32(4)];
const uint32 l_1813 = l_1812 * uint32(1);
const bool l_1814 = l_973 < l_1813;
if (l_1814) {
buffer_4[l_973] = l_mut_317;
}
}
const uint32 l_974 = uint32(2) / uint32(4);
const uint32 l_975 = uint32(16) * l_974;
const uint32 l_976 = l_9 + l_975;
const uint32 l_977 = l_976 * uint32(4);
const uint32 l_978 = uint32(2) % uint32(4);
const uint32 l_979 = l_977 + l_978;
const uint32 l_980 = l_mut_17 + l_979;
const bool l_981 = l_839 < l_7;
const bool l_982 = l_980 < l_1;
const bool l_983 = l_981 && l_982;
if (l_983) {
const float l_984 = l_arr_12[uint32(10)];
const float l_985 = info.scalars_float[0] * l_984;
l_mut_317 = l_985;
const uint32 l_1815 = info.static_meta[uint32(2)];
const uint32 l_1816 = l_1815 * uint32(1);
const bool l_1817 = l_839 < l_1816;
const uint32 l_1818 = l_1816 - uint32(1);
const uint32 l_1819 = min(l_839, l_1818);
const float l_1820 = buffer_2[l_1819];
const float l_1821 = (l_1817) ? l_1820 : float(0.0);
const float l_986 = l_1821;
const uint32 l_1822 = info.static_meta[uint32(3)];
const uint32 l_1823 = l_1822 * uint32(1);
const bool l_1824 = l_980 < l_1823;
const uint32 l_1825 = l_1823 - uint32(1);
const uint32 l_1826 = min(l_980, l_1825);
const float l_1827 = buffer_3[l_1826];
const float l_1828 = (l_1824) ? l_1827 : float(0.0);
const float l_987 = l_1828;
const float l_988 = l_986 * l_987;
l_mut_317 = l_mut_317 / l_988;
const uint32 l_989 = l_839 + info.scalars_uint32[0];
const uint32 l_990 = l_980 + info.scalars_uint32[1];
const bool l_991 = l_989 == l_990;
const float l_992 = (l_991) ? float(1.0) : float(-1.0);
const float l_993 = l_mut_317 + info.scalars_float[1];
const float l_994 = l_992 * l_993;
const float l_995 = min(l_994, float(0.0));
const float l_996 = abs(l_994);
const float l_997 = -l_996;
const float l_998 = exp(l_997);
const float l_999 = float(2.0) + l_998;
const float l_1000 = l_998 / l_999;
const float l_1001 = l_1000 * l_1000;
l_mut_48 = float(0.05882352963089943);
const float l_1002 = l_1001 * l_mut_48;
const float l_1003 = float(0.06666667014360428) + l_1002;
l_mut_48 = l_1003;
const float l_1004 = l_1001 * l_mut_48;
const float l_1005 = float(0.07692307978868484) + l_1004;
l_mut_48 = l_1005;
const float l_1006 = l_1001 * l_mut_48;
const float l_1007 = float(0.09090909361839294) + l_1006;
l_mut_48 = l_1007;
const float l_1008 = l_1001 * l_mut_48;
const float l_1009 = float(0.1111111119389534) + l_1008;
l_mut_48 = l_1009;
const float l_1010 = l_1001 * l_mut_48;
const float l_1011 = float(0.1428571492433548) + l_1010;
l_mut_48 = l_1011;
const float l_1012 = l_1001 * l_mut_48;
const float l_1013 = float(0.20000000298023224) + l_1012;
l_mut_48 = l_1013;
const float l_1014 = l_1001 * l_mut_48;
const float l_1015 = float(0.3333333432674408) + l_1014;
l_mut_48 = l_1015;
const float l_1016 = l_1001 * l_mut_48;
const float l_1017 = float(1.0) + l_1016;
l_mut_48 = l_1017;
const float l_1018 = float(2.0) * l_1000;
const float l_1019 = l_1018 * l_mut_48;
const float l_1020 = l_995 - l_1019;
const float l_1021 = l_arr_13[uint32(2)];
const float l_1022 = l_1021 + l_1020;
l_arr_13[uint32(2)] = l_1022;
const float l_1023 = -info.scalars_float[3];
const float l_1024 = l_1023 * l_992;
const float l_1025 = l_992 * l_993;
const float l_1026 = exp(l_1025);
const float l_1027 = float(1.0) + l_1026;
const float l_1028 = l_1024 / l_1027;
const float l_1029 = l_1028 * l_mut_317;
const float l_1030 = l_arr_14[uint32(2)];
const float l_1031 = l_1030 + l_1029;
l_arr_14[uint32(2)] = l_1031;
const float l_1032 = l_arr_15[uint32(2)];
const float l_1033 = l_1032 + l_1028;
l_arr_15[uint32(2)] = l_1033;
const float l_1034 = info.scalars_float[0] * l_1028;
l_mut_317 = l_1034;
const uint32 l_1829 = info.static_meta[uint32(2)];
const uint32 l_1830 = l_1829 * uint32(1);
const bool l_1831 = l_839 < l_1830;
const uint32 l_1832 = l_1830 - uint32(1);
const uint32 l_1833 = min(l_839, l_1832);
const float l_1834 = buffer_2[l_1833];
const float l_1835 = (l_1831) ? l_1834 : float(0.0);
const float l_1035 = l_1835;
const uint32 l_1836 = info.static_meta[uint32(3)];
const uint32 l_1837 = l_1836 * uint32(1);
const bool l_1838 = l_980 < l_1837;
const uint32 l_1839 = l_1837 - uint32(1);
const uint32 l_1840 = min(l_980, l_1839);
const float l_1841 = buffer_3[l_1840];
const float l_1842 = (l_1838) ? l_1841 : float(0.0);
const float l_1036 = l_1842;
const float l_1037 = l_1035 * l_1036;
l_mut_317 = l_mut_317 / l_1037;
const uint32 l_1038 = l_839 - info.scalars_uint32[2];
const uint32 l_1039 = l_1038 * l_1;
const uint32 l_1040 = l_1039 + l_980;
const uint32 l_1843 = info.static_meta[uint32(4)];
const uint32 l_1844 = l_1843 * uint32(1);
const bool l_1845 = l_1040 < l_1844;
if (l_1845) {
buffer_4[l_1040] = l_mut_317;
}
}
const uint32 l_1041 = uint32(3) / uint32(4);
const uint32 l_1042 = uint32(16) * l_1041;
const uint32 l_1043 = l_9 + l_1042;
const uint32 l_1044 = l_1043 * uint32(4);
const uint32 l_1045 = uint32(3) % uint32(4);
const uint32 l_1046 = l_1044 + l_1045;
const uint32 l_1047 = l_mut_17 + l_1046;
const bool l_1048 = l_839 < l_7;
const bool l_1049 = l_1047 < l_1;
const bool l_1050 = l_1048 && l_1049;
if (l_1050) {
const float l_1051 = l_arr_12[uint32(11)];
const float l_1052 = info.scalars_float[0] * l_1051;
l_mut_317 = l_1052;
const uint32 l_1846 = info.static_meta[uint32(2)];
const uint32 l_1847 = l_1846 * uint32(1);
const bool l_1848 = l_839 < l_1847;
const uint32 l_1849 = l_1847 - uint32(1);
const uint32 l_1850 = min(l_839, l_1849);
const float l_1851 = buffer_2[l_1850];
const float l_1852 = (l_1848) ? l_1851 : float(0.0);
const float l_1053 = l_1852;
const uint32 l_1853 = info.static_meta[uint32(3)];
const uint32 l_1854 = l_1853 * uint32(1);
const bool l_1855 = l_1047 < l_1854;
const uint32 l_1856 = l_1854 - uint32(1);
const uint32 l_1857 = min(l_1047, l_1856);
const float l_1858 = buffer_3[l_1857];
const float l_1859 = (l_1855) ? l_1858 : float(0.0);
const float l_1054 = l_1859;
const float l_1055 = l_1053 * l_1054;
l_mut_317 = l_mut_317 / l_1055;
const uint32 l_1056 = l_839 + info.scalars_uint32[0];
const uint32 l_1057 = l_1047 + info.scalars_uint32[1];
const bool l_1058 = l_1056 == l_1057;
const float l_1059 = (l_1058) ? float(1.0) : float(-1.0);
const float l_1060 = l_mut_317 + info.scalars_float[1];
const float l_1061 = l_1059 * l_1060;
const float l_1062 = min(l_1061, float(0.0));
const float l_1063 = abs(l_1061);
const float l_1064 = -l_1063;
const float l_1065 = exp(l_1064);
const float l_1066 = float(2.0) + l_1065;
const float l_1067 = l_1065 / l_1066;
const float l_1068 = l_1067 * l_1067;
l_mut_48 = float(0.05882352963089943);
const float l_1069 = l_1068 * l_mut_48;
const float l_1070 = float(0.06666667014360428) + l_1069;
l_mut_48 = l_1070;
const float l_1071 = l_1068 * l_mut_48;
const float l_1072 = float(0.07692307978868484) + l_1071;
l_mut_48 = l_1072;
const float l_1073 = l_1068 * l_mut_48;
const float l_1074 = float(0.09090909361839294) + l_1073;
l_mut_48 = l_1074;
const float l_1075 = l_1068 * l_mut_48;
const float l_1076 = float(0.1111111119389534) + l_1075;
l_mut_48 = l_1076;
const float l_1077 = l_1068 * l_mut_48;
const float l_1078 = float(0.1428571492433548) + l_1077;
l_mut_48 = l_1078;
const float l_1079 = l_1068 * l_mut_48;
const float l_1080 = float(0.20000000298023224) + l_1079;
l_mut_48 = l_1080;
const float l_1081 = l_1068 * l_mut_48;
const float l_1082 = float(0.3333333432674408) + l_1081;
l_mut_48 = l_1082;
const float l_1083 = l_1068 * l_mut_48;
const float l_1084 = float(1.0) + l_1083;
l_mut_48 = l_1084;
const float l_1085 = float(2.0) * l_1067;
const float l_1086 = l_1085 * l_mut_48;
const float l_1087 = l_1062 - l_1086;
const float l_1088 = l_arr_13[uint32(2)];
const float l_1089 = l_1088 + l_1087;
l_arr_13[uint32(2)] = l_1089;
const float l_1090 = -info.scalars_float[3];
const float l_1091 = l_1090 * l_1059;
const float l_1092 = l_1059 * l_1060;
const float l_1093 = exp(l_1092);
const float l_1094 = float(1.0) + l_1093;
const float l_1095 = l_1091 / l_1094;
const float l_1096 = l_1095 * l_mut_317;
const float l_1097 = l_arr_14[uint32(2)];
const float l_1098 = l_1097 + l_1096;
l_arr_14[uint32(2)] = l_1098;
const float l_1099 = l_arr_15[uint32(2)];
const float l_1100 = l_1099 + l_1095;
l_arr_15[uint32(2)] = l_1100;
const float l_1101 = info.scalars_float[0] * l_1095;
l_mut_317 = l_1101;
const uint32 l_1860 = info.static_meta[uint32(2)];
const uint32 l_1861 = l_1860 * uint32(1);
const bool l_1862 = l_839 < l_1861;
const uint32 l_1863 = l_1861 - uint32(1);
const uint32 l_1864 = min(l_839, l_1863);
const float l_1865 = buffer_2[l_1864];
const float l_1866 = (l_1862) ? l_1865 : float(0.0);
const float l_1102 = l_1866;
const uint32 l_1867 = info.static_meta[uint32(3)];
const uint32 l_1868 = l_1867 * uint32(1);
const bool l_1869 = l_1047 < l_1868;
const uint32 l_1870 = l_1868 - uint32(1);
const uint32 l_1871 = min(l_1047, l_1870);
const float l_1872 = buffer_3[l_1871];
const float l_1873 = (l_1869) ? l_1872 : float(0.0);
const float l_1103 = l_1873;
const float l_1104 = l_1102 * l_1103;
l_mut_317 = l_mut_317 / l_1104;
const uint32 l_1105 = l_839 - info.scalars_uint32[2];
const uint32 l_1106 = l_1105 * l_1;
const uint32 l_1107 = l_1106 + l_1047;
const uint32 l_1874 = info.static_meta[uint32(4)];
const uint32 l_1875 = l_1874 * uint32(1);
const bool l_1876 = l_1107 < l_1875;
if (l_1876) {
buffer_4[l_1107] = l_mut_317;
}
}
const uint32 l_1108 = uint32(3) / uint32(4);
const uint32 l_1109 = uint32(16) * l_1108;
const uint32 l_1110 = l_8 + l_1109;
const uint32 l_1111 = l_1110 * uint32(4);
const uint32 l_1112 = uint32(3) % uint32(4);
const uint32 l_1113 = l_1111 + l_1112;
const uint32 l_1114 = l_6 + l_1113;
const uint32 l_1115 = uint32(0) / uint32(4);
const uint32 l_1116 = uint32(16) * l_1115;
const uint32 l_1117 = l_9 + l_1116;
const uint32 l_1118 = l_1117 * uint32(4);
const uint32 l_1119 = uint32(0) % uint32(4);
const uint32 l_1120 = l_1118 + l_1119;
const uint32 l_1121 = l_mut_17 + l_1120;
const bool l_1122 = l_1114 < l_7;
const bool l_1123 = l_1121 < l_1;
const bool l_1124 = l_1122 && l_1123;
if (l_1124) {
const float l_1125 = l_arr_12[uint32(12)];
const float l_1126 = info.scalars_float[0] * l_1125;
l_mut_317 = l_1126;
const uint32 l_1877 = info.static_meta[uint32(2)];
const uint32 l_1878 = l_1877 * uint32(1);
const bool l_1879 = l_1114 < l_1878;
const uint32 l_1880 = l_1878 - uint32(1);
const uint32 l_1881 = min(l_1114, l_1880);
const float l_1882 = buffer_2[l_1881];
const float l_1883 = (l_1879) ? l_1882 : float(0.0);
const float l_1127 = l_1883;
const uint32 l_1884 = info.static_meta[uint32(3)];
const uint32 l_1885 = l_1884 * uint32(1);
const bool l_1886 = l_1121 < l_1885;
const uint32 l_1887 = l_1885 - uint32(1);
const uint32 l_1888 = min(l_1121, l_1887);
const float l_1889 = buffer_3[l_1888];
const float l_1890 = (l_1886) ? l_1889 : float(0.0);
const float l_1128 = l_1890;
const float l_1129 = l_1127 * l_1128;
l_mut_317 = l_mut_317 / l_1129;
const uint32 l_1130 = l_1114 + info.scalars_uint32[0];
const uint32 l_1131 = l_1121 + info.scalars_uint32[1];
const bool l_1132 = l_1130 == l_1131;
const float l_1133 = (l_1132) ? float(1.0) : float(-1.0);
const float l_1134 = l_mut_317 + info.scalars_float[1];
const float l_1135 = l_1133 * l_1134;
const float l_1136 = min(l_1135, float(0.0));
const float l_1137 = abs(l_1135);
const float l_1138 = -l_1137;
const float l_1139 = exp(l_1138);
const float l_1140 = float(2.0) + l_1139;
const float l_1141 = l_1139 / l_1140;
const float l_1142 = l_1141 * l_1141;
l_mut_48 = float(0.05882352963089943);
const float l_1143 = l_1142 * l_mut_48;
const float l_1144 = float(0.06666667014360428) + l_1143;
l_mut_48 = l_1144;
const float l_1145 = l_1142 * l_mut_48;
const float l_1146 = float(0.07692307978868484) + l_1145;
l_mut_48 = l_1146;
const float l_1147 = l_1142 * l_mut_48;
const float l_1148 = float(0.09090909361839294) + l_1147;
l_mut_48 = l_1148;
const float l_1149 = l_1142 * l_mut_48;
const float l_1150 = float(0.1111111119389534) + l_1149;
l_mut_48 = l_1150;
const float l_1151 = l_1142 * l_mut_48;
const float l_1152 = float(0.1428571492433548) + l_1151;
l_mut_48 = l_1152;
const float l_1153 = l_1142 * l_mut_48;
const float l_1154 = float(0.20000000298023224) + l_1153;
l_mut_48 = l_1154;
const float l_1155 = l_1142 * l_mut_48;
const float l_1156 = float(0.3333333432674408) + l_1155;
l_mut_48 = l_1156;
const float l_1157 = l_1142 * l_mut_48;
const float l_1158 = float(1.0) + l_1157;
l_mut_48 = l_1158;
const float l_1159 = float(2.0) * l_1141;
const float l_1160 = l_1159 * l_mut_48;
const float l_1161 = l_1136 - l_1160;
const float l_1162 = l_arr_13[uint32(3)];
const float l_1163 = l_1162 + l_1161;
l_arr_13[uint32(3)] = l_1163;
const float l_1164 = -info.scalars_float[3];
const float l_1165 = l_1164 * l_1133;
const float l_1166 = l_1133 * l_1134;
const float l_1167 = exp(l_1166);
const float l_1168 = float(1.0) + l_1167;
const float l_1169 = l_1165 / l_1168;
const float l_1170 = l_1169 * l_mut_317;
const float l_1171 = l_arr_14[uint32(3)];
const float l_1172 = l_1171 + l_1170;
l_arr_14[uint32(3)] = l_1172;
const float l_1173 = l_arr_15[uint32(3)];
const float l_1174 = l_1173 + l_1169;
l_arr_15[uint32(3)] = l_1174;
const float l_1175 = info.scalars_float[0] * l_1169;
l_mut_317 = l_1175;
const uint32 l_1891 = info.static_meta[uint32(2)];
const uint32 l_1892 = l_1891 * uint32(1);
const bool l_1893 = l_1114 < l_1892;
const uint32 l_1894 = l_1892 - uint32(1);
const uint32 l_1895 = min(l_1114, l_1894);
const float l_1896 = buffer_2[l_1895];
const float l_1897 = (l_1893) ? l_1896 : float(0.0);
const float l_1176 = l_1897;
const uint32 l_1898 = info.static_meta[uint32(3)];
const uint32 l_1899 = l_1898 * uint32(1);
const bool l_1900 = l_1121 < l_1899;
const uint32 l_1901 = l_1899 - uint32(1);
const uint32 l_1902 = min(l_1121, l_1901);
const float l_1903 = buffer_3[l_1902];
const float l_1904 = (l_1900) ? l_1903 : float(0.0);
const float l_1177 = l_1904;
const float l_1178 = l_1176 * l_1177;
l_mut_317 = l_mut_317 / l_1178;
const uint32 l_1179 = l_1114 - info.scalars_uint32[2];
const uint32 l_1180 = l_1179 * l_1;
const uint32 l_1181 = l_1180 + l_1121;
const uint32 l_1905 = info.static_meta[uint32(4)];
const uint32 l_1906 = l_1905 * uint32(1);
const bool l_1907 = l_1181 < l_1906;
if (l_1907) {
buffer_4[l_1181] = l_mut_317;
}
}
const uint32 l_1182 = uint32(1) / uint32(4);
const uint32 l_1183 = uint32(16) * l_1182;
const uint32 l_1184 = l_9 + l_1183;
const uint32 l_1185 = l_1184 * uint32(4);
const uint32 l_1186 = uint32(1) % uint32(4);
const uint32 l_1187 = l_1185 + l_1186;
const uint32 l_1188 = l_mut_17 + l_1187;
const bool l_1189 = l_1114 < l_7;
const bool l_1190 = l_1188 < l_1;
const bool l_1191 = l_1189 && l_1190;
if (l_1191) {
const float l_1192 = l_arr_12[uint32(13)];
const float l_1193 = info.scalars_float[0] * l_1192;
l_mut_317 = l_1193;
const uint32 l_1908 = info.static_meta[uint32(2)];
const uint32 l_1909 = l_1908 * uint32(1);
const bool l_1910 = l_1114 < l_1909;
const uint32 l_1911 = l_1909 - uint32(1);
const uint32 l_1912 = min(l_1114, l_1911);
const float l_1913 = buffer_2[l_1912];
const float l_1914 = (l_1910) ? l_1913 : float(0.0);
const float l_1194 = l_1914;
const uint32 l_1915 = info.static_meta[uint32(3)];
const uint32 l_1916 = l_1915 * uint32(1);
const bool l_1917 = l_1188 < l_1916;
const uint32 l_1918 = l_1916 - uint32(1);
const uint32 l_1919 = min(l_1188, l_1918);
const float l_1920 = buffer_3[l_1919];
const float l_1921 = (l_1917) ? l_1920 : float(0.0);
const float l_1195 = l_1921;
const float l_1196 = l_1194 * l_1195;
l_mut_317 = l_mut_317 / l_1196;
const uint32 l_1197 = l_1114 + info.scalars_uint32[0];
const uint32 l_1198 = l_1188 + info.scalars_uint32[1];
const bool l_1199 = l_1197 == l_1198;
const float l_1200 = (l_1199) ? float(1.0) : float(-1.0);
const float l_1201 = l_mut_317 + info.scalars_float[1];
const float l_1202 = l_1200 * l_1201;
const float l_1203 = min(l_1202, float(0.0));
const float l_1204 = abs(l_1202);
const float l_1205 = -l_1204;
const float l_1206 = exp(l_1205);
const float l_1207 = float(2.0) + l_1206;
const float l_1208 = l_1206 / l_1207;
const float l_1209 = l_1208 * l_1208;
l_mut_48 = float(0.05882352963089943);
const float l_1210 = l_1209 * l_mut_48;
const float l_1211 = float(0.06666667014360428) + l_1210;
l_mut_48 = l_1211;
const float l_1212 = l_1209 * l_mut_48;
const float l_1213 = float(0.07692307978868484) + l_1212;
l_mut_48 = l_1213;
const float l_1214 = l_1209 * l_mut_48;
const float l_1215 = float(0.09090909361839294) + l_1214;
l_mut_48 = l_1215;
const float l_1216 = l_1209 * l_mut_48;
const float l_1217 = float(0.1111111119389534) + l_1216;
l_mut_48 = l_1217;
const float l_1218 = l_1209 * l_mut_48;
const float l_1219 = float(0.1428571492433548) + l_1218;
l_mut_48 = l_1219;
const float l_1220 = l_1209 * l_mut_48;
const float l_1221 = float(0.20000000298023224) + l_1220;
l_mut_48 = l_1221;
const float l_1222 = l_1209 * l_mut_48;
const float l_1223 = float(0.3333333432674408) + l_1222;
l_mut_48 = l_1223;
const float l_1224 = l_1209 * l_mut_48;
const float l_1225 = float(1.0) + l_1224;
l_mut_48 = l_1225;
const float l_1226 = float(2.0) * l_1208;
const float l_1227 = l_1226 * l_mut_48;
const float l_1228 = l_1203 - l_1227;
const float l_1229 = l_arr_13[uint32(3)];
const float l_1230 = l_1229 + l_1228;
l_arr_13[uint32(3)] = l_1230;
const float l_1231 = -info.scalars_float[3];
const float l_1232 = l_1231 * l_1200;
const float l_1233 = l_1200 * l_1201;
const float l_1234 = exp(l_1233);
const float l_1235 = float(1.0) + l_1234;
const float l_1236 = l_1232 / l_1235;
const float l_1237 = l_1236 * l_mut_317;
const float l_1238 = l_arr_14[uint32(3)];
const float l_1239 = l_1238 + l_1237;
l_arr_14[uint32(3)] = l_1239;
const float l_1240 = l_arr_15[uint32(3)];
const float l_1241 = l_1240 + l_1236;
l_arr_15[uint32(3)] = l_1241;
const float l_1242 = info.scalars_float[0] * l_1236;
l_mut_317 = l_1242;
const uint32 l_1922 = info.static_meta[uint32(2)];
const uint32 l_1923 = l_1922 * uint32(1);
const bool l_1924 = l_1114 < l_1923;
const uint32 l_1925 = l_1923 - uint32(1);
const uint32 l_1926 = min(l_1114, l_1925);
const float l_1927 = buffer_2[l_1926];
const float l_1928 = (l_1924) ? l_1927 : float(0.0);
const float l_1243 = l_1928;
const uint32 l_1929 = info.static_meta[uint32(3)];
const uint32 l_1930 = l_1929 * uint32(1);
const bool l_1931 = l_1188 < l_1930;
const uint32 l_1932 = l_1930 - uint32(1);
const uint32 l_1933 = min(l_1188, l_1932);
const float l_1934 = buffer_3[l_1933];
const float l_1935 = (l_1931) ? l_1934 : float(0.0);
const float l_1244 = l_1935;
const float l_1245 = l_1243 * l_1244;
l_mut_317 = l_mut_317 / l_1245;
const uint32 l_1246 = l_1114 - info.scalars_uint32[2];
const uint32 l_1247 = l_1246 * l_1;
const uint32 l_1248 = l_1247 + l_1188;
const uint32 l_1936 = info.static_meta[uint32(4)];
const uint32 l_1937 = l_1936 * uint32(1);
const bool l_1938 = l_1248 < l_1937;
if (l_1938) {
buffer_4[l_1248] = l_mut_317;
}
}
const uint32 l_1249 = uint32(2) / uint32(4);
const uint32 l_1250 = uint32(16) * l_1249;
const uint32 l_1251 = l_9 + l_1250;
const uint32 l_1252 = l_1251 * uint32(4);
const uint32 l_1253 = uint32(2) % uint32(4);
const uint32 l_1254 = l_1252 + l_1253;
const uint32 l_1255 = l_mut_17 + l_1254;
const bool l_1256 = l_1114 < l_7;
const bool l_1257 = l_1255 < l_1;
const bool l_1258 = l_1256 && l_1257;
if (l_1258) {
const float l_1259 = l_arr_12[uint32(14)];
const float l_1260 = info.scalars_float[0] * l_1259;
l_mut_317 = l_1260;
const uint32 l_1939 = info.static_meta[uint32(2)];
const uint32 l_1940 = l_1939 * uint32(1);
const bool l_1941 = l_1114 < l_1940;
const uint32 l_1942 = l_1940 - uint32(1);
const uint32 l_1943 = min(l_1114, l_1942);
const float l_1944 = buffer_2[l_1943];
const float l_1945 = (l_1941) ? l_1944 : float(0.0);
const float l_1261 = l_1945;
const uint32 l_1946 = info.static_meta[uint32(3)];
const uint32 l_1947 = l_1946 * uint32(1);
const bool l_1948 = l_1255 < l_1947;
const uint32 l_1949 = l_1947 - uint32(1);
const uint32 l_1950 = min(l_1255, l_1949);
const float l_1951 = buffer_3[l_1950];
const float l_1952 = (l_1948) ? l_1951 : float(0.0);
const float l_1262 = l_1952;
const float l_1263 = l_1261 * l_1262;
l_mut_317 = l_mut_317 / l_1263;
const uint32 l_1264 = l_1114 + info.scalars_uint32[0];
const uint32 l_1265 = l_1255 + info.scalars_uint32[1];
const bool l_1266 = l_1264 == l_1265;
const float l_1267 = (l_1266) ? float(1.0) : float(-1.0);
const float l_1268 = l_mut_317 + info.scalars_float[1];
const float l_1269 = l_1267 * l_1268;
const float l_1270 = min(l_1269, float(0.0));
const float l_1271 = abs(l_1269);
const float l_1272 = -l_1271;
const float l_1273 = exp(l_1272);
const float l_1274 = float(2.0) + l_1273;
const float l_1275 = l_1273 / l_1274;
const float l_1276 = l_1275 * l_1275;
l_mut_48 = float(0.05882352963089943);
const float l_1277 = l_1276 * l_mut_48;
const float l_1278 = float(0.06666667014360428) + l_1277;
l_mut_48 = l_1278;
const float l_1279 = l_1276 * l_mut_48;
const float l_1280 = float(0.07692307978868484) + l_1279;
l_mut_48 = l_1280;
const float l_1281 = l_1276 * l_mut_48;
const float l_1282 = float(0.09090909361839294) + l_1281;
l_mut_48 = l_1282;
const float l_1283 = l_1276 * l_mut_48;
const float l_1284 = float(0.1111111119389534) + l_1283;
l_mut_48 = l_1284;
const float l_1285 = l_1276 * l_mut_48;
const float l_1286 = float(0.1428571492433548) + l_1285;
l_mut_48 = l_1286;
const float l_1287 = l_1276 * l_mut_48;
const float l_1288 = float(0.20000000298023224) + l_1287;
l_mut_48 = l_1288;
const float l_1289 = l_1276 * l_mut_48;
const float l_1290 = float(0.3333333432674408) + l_1289;
l_mut_48 = l_1290;
const float l_1291 = l_1276 * l_mut_48;
const float l_1292 = float(1.0) + l_1291;
l_mut_48 = l_1292;
const float l_1293 = float(2.0) * l_1275;
const float l_1294 = l_1293 * l_mut_48;
const float l_1295 = l_1270 - l_1294;
const float l_1296 = l_arr_13[uint32(3)];
const float l_1297 = l_1296 + l_1295;
l_arr_13[uint32(3)] = l_1297;
const float l_1298 = -info.scalars_float[3];
const float l_1299 = l_1298 * l_1267;
const float l_1300 = l_1267 * l_1268;
const float l_1301 = exp(l_1300);
const float l_1302 = float(1.0) + l_1301;
const float l_1303 = l_1299 / l_1302;
const float l_1304 = l_1303 * l_mut_317;
const float l_1305 = l_arr_14[uint32(3)];
const float l_1306 = l_1305 + l_1304;
l_arr_14[uint32(3)] = l_1306;
const float l_1307 = l_arr_15[uint32(3)];
const float l_1308 = l_1307 + l_1303;
l_arr_15[uint32(3)] = l_1308;
const float l_1309 = info.scalars_float[0] * l_1303;
l_mut_317 = l_1309;
const uint32 l_1953 = info.static_meta[uint32(2)];
const uint32 l_1954 = l_1953 * uint32(1);
const bool l_1955 = l_1114 < l_1954;
const uint32 l_1956 = l_1954 - uint32(1);
const uint32 l_1957 = min(l_1114, l_1956);
const float l_1958 = buffer_2[l_1957];
const float l_1959 = (l_1955) ? l_1958 : float(0.0);
const float l_1310 = l_1959;
const uint32 l_1960 = info.static_meta[uint32(3)];
const uint32 l_1961 = l_1960 * uint32(1);
const bool l_1962 = l_1255 < l_1961;
const uint32 l_1963 = l_1961 - uint32(1);
const uint32 l_1964 = min(l_1255, l_1963);
const float l_1965 = buffer_3[l_1964];
const float l_1966 = (l_1962) ? l_1965 : float(0.0);
const float l_1311 = l_1966;
const float l_1312 = l_1310 * l_1311;
l_mut_317 = l_mut_317 / l_1312;
const uint32 l_1313 = l_1114 - info.scalars_uint32[2];
const uint32 l_1314 = l_1313 * l_1;
const uint32 l_1315 = l_1314 + l_1255;
const uint32 l_1967 = info.static_meta[uint32(4)];
const uint32 l_1968 = l_1967 * uint32(1);
const bool l_1969 = l_1315 < l_1968;
if (l_1969) {
buffer_4[l_1315] = l_mut_317;
}
}
const uint32 l_1316 = uint32(3) / uint32(4);
const uint32 l_1317 = uint32(16) * l_1316;
const uint32 l_1318 = l_9 + l_1317;
const uint32 l_1319 = l_1318 * uint32(4);
const uint32 l_1320 = uint32(3) % uint32(4);
const uint32 l_1321 = l_1319 + l_1320;
const uint32 l_1322 = l_mut_17 + l_1321;
const bool l_1323 = l_1114 < l_7;
const bool l_1324 = l_1322 < l_1;
const bool l_1325 = l_1323 && l_1324;
if (l_1325) {
const float l_1326 = l_arr_12[uint32(15)];
const float l_1327 = info.scalars_float[0] * l_1326;
l_mut_317 = l_1327;
const uint32 l_1970 = info.static_meta[uint32(2)];
const uint32 l_1971 = l_1970 * uint32(1);
const bool l_1972 = l_1114 < l_1971;
const uint32 l_1973 = l_1971 - uint32(1);
const uint32 l_1974 = min(l_1114, l_1973);
const float l_1975 = buffer_2[l_1974];
const float l_1976 = (l_1972) ? l_1975 : float(0.0);
const float l_1328 = l_1976;
const uint32 l_1977 = info.static_meta[uint32(3)];
const uint32 l_1978 = l_1977 * uint32(1);
const bool l_1979 = l_1322 < l_1978;
const uint32 l_1980 = l_1978 - uint32(1);
const uint32 l_1981 = min(l_1322, l_1980);
const float l_1982 = buffer_3[l_1981];
const float l_1983 = (l_1979) ? l_1982 : float(0.0);
const float l_1329 = l_1983;
const float l_1330 = l_1328 * l_1329;
l_mut_317 = l_mut_317 / l_1330;
const uint32 l_1331 = l_1114 + info.scalars_uint32[0];
const uint32 l_1332 = l_1322 + info.scalars_uint32[1];
const bool l_1333 = l_1331 == l_1332;
const float l_1334 = (l_1333) ? float(1.0) : float(-1.0);
const float l_1335 = l_mut_317 + info.scalars_float[1];
const float l_1336 = l_1334 * l_1335;
const float l_1337 = min(l_1336, float(0.0));
const float l_1338 = abs(l_1336);
const float l_1339 = -l_1338;
const float l_1340 = exp(l_1339);
const float l_1341 = float(2.0) + l_1340;
const float l_1342 = l_1340 / l_1341;
const float l_1343 = l_1342 * l_1342;
l_mut_48 = float(0.05882352963089943);
const float l_1344 = l_1343 * l_mut_48;
const float l_1345 = float(0.06666667014360428) + l_1344;
l_mut_48 = l_1345;
const float l_1346 = l_1343 * l_mut_48;
const float l_1347 = float(0.07692307978868484) + l_1346;
l_mut_48 = l_1347;
const float l_1348 = l_1343 * l_mut_48;
const float l_1349 = float(0.09090909361839294) + l_1348;
l_mut_48 = l_1349;
const float l_1350 = l_1343 * l_mut_48;
const float l_1351 = float(0.1111111119389534) + l_1350;
l_mut_48 = l_1351;
const float l_1352 = l_1343 * l_mut_48;
const float l_1353 = float(0.1428571492433548) + l_1352;
l_mut_48 = l_1353;
const float l_1354 = l_1343 * l_mut_48;
const float l_1355 = float(0.20000000298023224) + l_1354;
l_mut_48 = l_1355;
const float l_1356 = l_1343 * l_mut_48;
const float l_1357 = float(0.3333333432674408) + l_1356;
l_mut_48 = l_1357;
const float l_1358 = l_1343 * l_mut_48;
const float l_1359 = float(1.0) + l_1358;
l_mut_48 = l_1359;
const float l_1360 = float(2.0) * l_1342;
const float l_1361 = l_1360 * l_mut_48;
const float l_1362 = l_1337 - l_1361;
const float l_1363 = l_arr_13[uint32(3)];
const float l_1364 = l_1363 + l_1362;
l_arr_13[uint32(3)] = l_1364;
const float l_1365 = -info.scalars_float[3];
const float l_1366 = l_1365 * l_1334;
const float l_1367 = l_1334 * l_1335;
const float l_1368 = exp(l_1367);
const float l_1369 = float(1.0) + l_1368;
const float l_1370 = l_1366 / l_1369;
const float l_1371 = l_1370 * l_mut_317;
const float l_1372 = l_arr_14[uint32(3)];
const float l_1373 = l_1372 + l_1371;
l_arr_14[uint32(3)] = l_1373;
const float l_1374 = l_arr_15[uint32(3)];
const float l_1375 = l_1374 + l_1370;
l_arr_15[uint32(3)] = l_1375;
const float l_1376 = info.scalars_float[0] * l_1370;
l_mut_317 = l_1376;
const uint32 l_1984 = info.static_meta[uint32(2)];
const uint32 l_1985 = l_1984 * uint32(1);
const bool l_1986 = l_1114 < l_1985;
const uint32 l_1987 = l_1985 - uint32(1);
const uint32 l_1988 = min(l_1114, l_1987);
const float l_1989 = buffer_2[l_1988];
const float l_1990 = (l_1986) ? l_1989 : float(0.0);
const float l_1377 = l_1990;
const uint32 l_1991 = info.static_meta[uint32(3)];
const uint32 l_1992 = l_1991 * uint32(1);
const bool l_1993 = l_1322 < l_1992;
const uint32 l_1994 = l_1992 - uint32(1);
const uint32 l_1995 = min(l_1322, l_1994);
const float l_1996 = buffer_3[l_1995];
const float l_1997 = (l_1993) ? l_1996 : float(0.0);
const float l_1378 = l_1997;
const float l_1379 = l_1377 * l_1378;
l_mut_317 = l_mut_317 / l_1379;
const uint32 l_1380 = l_1114 - info.scalars_uint32[2];
const uint32 l_1381 = l_1380 * l_1;
const uint32 l_1382 = l_1381 + l_1322;
const uint32 l_1998 = info.static_meta[uint32(4)];
const uint32 l_1999 = l_1998 * uint32(1);
const bool l_2000 = l_1382 < l_1999;
if (l_2000) {
buffer_4[l_1382] = l_mut_317;
}
}
const uint32 l_1383 = info.scalars_uint32[4] * uint32(64);
l_mut_17 = l_mut_17 + l_1383;
}
const float_4 l_1384 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
l_mut_44 = l_1384;
l_mut_43 = l_mut_44;
const float l_1385 = l_arr_13[uint32(0)];
l_mut_43.i_0 = l_1385;
const float l_1386 = l_arr_14[uint32(0)];
l_mut_43.i_1 = l_1386;
const float l_1387 = l_arr_15[uint32(0)];
l_mut_43.i_2 = l_1387;
l_mut_43.i_3 = float(0.0);
const uint32 l_1388 = uint32(0) / uint32(4);
const uint32 l_1389 = uint32(16) * l_1388;
const uint32 l_1390 = l_8 + l_1389;
const uint32 l_1391 = l_1390 * uint32(4);
const uint32 l_1392 = uint32(0) % uint32(4);
const uint32 l_1393 = l_1391 + l_1392;
const uint32 l_1394 = l_1393 * uint32(16);
const uint32 l_1395 = l_1394 + l_9;
shared_memory_10[l_1395] = l_mut_43;
const float_4 l_1396 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
l_mut_44 = l_1396;
l_mut_43 = l_mut_44;
const float l_1397 = l_arr_13[uint32(1)];
l_mut_43.i_0 = l_1397;
const float l_1398 = l_arr_14[uint32(1)];
l_mut_43.i_1 = l_1398;
const float l_1399 = l_arr_15[uint32(1)];
l_mut_43.i_2 = l_1399;
l_mut_43.i_3 = float(0.0);
const uint32 l_1400 = uint32(1) / uint32(4);
const uint32 l_1401 = uint32(16) * l_1400;
const uint32 l_1402 = l_8 + l_1401;
const uint32 l_1403 = l_1402 * uint32(4);
const uint32 l_1404 = uint32(1) % uint32(4);
const uint32 l_1405 = l_1403 + l_1404;
const uint32 l_1406 = l_1405 * uint32(16);
const uint32 l_1407 = l_1406 + l_9;
shared_memory_10[l_1407] = l_mut_43;
const float_4 l_1408 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
l_mut_44 = l_1408;
l_mut_43 = l_mut_44;
const float l_1409 = l_arr_13[uint32(2)];
l_mut_43.i_0 = l_1409;
const float l_1410 = l_arr_14[uint32(2)];
l_mut_43.i_1 = l_1410;
const float l_1411 = l_arr_15[uint32(2)];
l_mut_43.i_2 = l_1411;
l_mut_43.i_3 = float(0.0);
const uint32 l_1412 = uint32(2) / uint32(4);
const uint32 l_1413 = uint32(16) * l_1412;
const uint32 l_1414 = l_8 + l_1413;
const uint32 l_1415 = l_1414 * uint32(4);
const uint32 l_1416 = uint32(2) % uint32(4);
const uint32 l_1417 = l_1415 + l_1416;
const uint32 l_1418 = l_1417 * uint32(16);
const uint32 l_1419 = l_1418 + l_9;
shared_memory_10[l_1419] = l_mut_43;
const float_4 l_1420 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
l_mut_44 = l_1420;
l_mut_43 = l_mut_44;
const float l_1421 = l_arr_13[uint32(3)];
l_mut_43.i_0 = l_1421;
const float l_1422 = l_arr_14[uint32(3)];
l_mut_43.i_1 = l_1422;
const float l_1423 = l_arr_15[uint32(3)];
l_mut_43.i_2 = l_1423;
l_mut_43.i_3 = float(0.0);
const uint32 l_1424 = uint32(3) / uint32(4);
const uint32 l_1425 = uint32(16) * l_1424;
const uint32 l_1426 = l_8 + l_1425;
const uint32 l_1427 = l_1426 * uint32(4);
const uint32 l_1428 = uint32(3) % uint32(4);
const uint32 l_1429 = l_1427 + l_1428;
const uint32 l_1430 = l_1429 * uint32(16);
const uint32 l_1431 = l_1430 + l_9;
shared_memory_10[l_1431] = l_mut_43;
__syncthreads();

const bool l_1432 = threadIdxGlobal < uint32(64);
if (l_1432) {
const uint32 l_1433 = l_6 + threadIdxGlobal;
const bool l_1434 = l_1433 < l_7;
if (l_1434) {
l_mut_317 = float(0.0);
l_mut_48 = float(0.0);
l_mut_1435 = float(0.0);

for (uint32 l_mut_1436 = uint32(0); l_mut_1436 < uint32(16); ++l_mut_1436) {
const uint32 l_1437 = threadIdxGlobal * uint32(16);
const uint32 l_1438 = l_1437 + l_mut_1436;
const float_4 l_1439 = shared_memory_10[l_1438];
const float l_1440 = l_1439.i_0;
l_mut_317 = l_mut_317 + l_1440;
const float l_1441 = l_1439.i_1;
l_mut_48 = l_mut_48 + l_1441;
const float l_1442 = l_1439.i_2;
l_mut_1435 = l_mut_1435 + l_1442;
}
const uint32 l_1443 = l_1433 * info.scalars_uint32[4];
const uint32 l_1444 = l_1443 + l_3;
const float l_1445 = info.scalars_float[2] * l_mut_317;
const uint32 l_2001 = info.static_meta[uint32(5)];
const uint32 l_2002 = l_2001 * uint32(1);
const bool l_2003 = l_1444 < l_2002;
if (l_2003) {
buffer_5[l_1444] = l_1445;
}
const uint32 l_1446 = uint32(2) * l_1444;
const uint32 l_2004 = info.static_meta[uint32(6)];
const uint32 l_2005 = l_2004 * uint32(1);
const bool l_2006 = l_1446 < l_2005;
if (l_2006) {
buffer_6[l_1446] = l_mut_48;
}
const uint32 l_1447 = uint32(2) * l_1444;
const uint32 l_1448 = l_1447 + uint32(1);
const uint32 l_2007 = info.static_meta[uint32(6)];
const uint32 l_2008 = l_2007 * uint32(1);
const bool l_2009 = l_1448 < l_2008;
if (l_2009) {
buffer_6[l_1448] = l_mut_1435;
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

struct __align__(16) float_4 {
    float i_0;
    float i_1;
    float i_2;
    float i_3;
};
struct info_st {
    uint32 static_meta[16];
};


extern "C" __global__ void __launch_bounds__(256)matmul_kernel_c_f32_a_f32_b_f32_h_f32_o_f32 (
    const float* __restrict__ buffer_0, const float* __restrict__ buffer_1, float* buffer_2, const uint32* __restrict__ dynamic_meta, const __grid_constant__ info_st info
) {
uint32 threadIdxGlobal = threadIdx.x + threadIdx.y * blockDim.x + threadIdx.z * (blockDim.x * blockDim.y);
extern __shared__ __align__(16) uint8 dynamic_shared_mem[];
// Shared array size: 544, 8704 bytes
float_4 *shared_memory_19 = reinterpret_cast<float_4*>(&dynamic_shared_mem[0]);
float l_arr_18[16];

float_4 l_arr_22[1];

float_4 l_arr_23[1];

float_4 l_arr_167[1];

float l_mut_39;
float_4 l_mut_34;
float_4 l_mut_35;
uint32 l_mut_29;
uint32 l_mut_30;
uint32 l_mut_7;
uint32 l_mut_8;
uint32 l_mut_92;
uint32 l_mut_93;
uint32 l_mut_9;
const uint32 l_0 = dynamic_meta[info.static_meta[uint32(9)] + uint32(0)];
const uint32 l_1 = dynamic_meta[info.static_meta[uint32(9)] + uint32(1)];
const uint32 l_2 = dynamic_meta[info.static_meta[uint32(10)] + uint32(1)];
const uint32 l_3 = threadIdxGlobal / uint32(16);
const uint32 l_4 = threadIdxGlobal % uint32(16);
const uint32 l_5 = blockIdx.y * uint32(64);
const uint32 l_6 = blockIdx.x * uint32(64);
l_mut_7 = blockIdx.z;
l_mut_8 = uint32(0);
l_mut_7 = blockIdx.z;
l_mut_9 = uint32(0);
const uint32 l_10 = dynamic_meta[info.static_meta[uint32(12)] + uint32(0)];
const uint32 l_11 = dynamic_meta[info.static_meta[uint32(12)] + uint32(1)];
const uint32 l_12 = dynamic_meta[info.static_meta[uint32(13)] + uint32(0)];
const uint32 l_13 = dynamic_meta[info.static_meta[uint32(13)] + uint32(1)];
const uint32 l_14 = dynamic_meta[info.static_meta[uint32(12)] + uint32(1)];
const bool l_15 = l_14 == uint32(1);
const uint32 l_16 = dynamic_meta[info.static_meta[uint32(13)] + uint32(0)];
const bool l_17 = l_16 == uint32(1);
const uint32 l_20 = threadIdxGlobal / uint32(16);
const uint32 l_21 = threadIdxGlobal % uint32(16);
l_arr_18[uint32(0)] = float(0.0);
l_arr_18[uint32(1)] = float(0.0);
l_arr_18[uint32(2)] = float(0.0);
l_arr_18[uint32(3)] = float(0.0);
l_arr_18[uint32(4)] = float(0.0);
l_arr_18[uint32(5)] = float(0.0);
l_arr_18[uint32(6)] = float(0.0);
l_arr_18[uint32(7)] = float(0.0);
l_arr_18[uint32(8)] = float(0.0);
l_arr_18[uint32(9)] = float(0.0);
l_arr_18[uint32(10)] = float(0.0);
l_arr_18[uint32(11)] = float(0.0);
l_arr_18[uint32(12)] = float(0.0);
l_arr_18[uint32(13)] = float(0.0);
l_arr_18[uint32(14)] = float(0.0);
l_arr_18[uint32(15)] = float(0.0);
l_mut_7 = uint32(0);
while (true) {
const bool l_24 = l_mut_7 < l_1;
const bool l_25 = !l_24;
if (l_25) {
break;}
const uint32 l_26 = threadIdxGlobal + uint32(0);
if (l_15) {
const uint32 l_27 = l_26 / uint32(16);
const uint32 l_28 = l_26 % uint32(16);
l_mut_29 = l_27;
l_mut_30 = l_28;
} else {
const uint32 l_31 = l_26 % uint32(16);
const uint32 l_32 = l_26 / uint32(16);
l_mut_29 = l_31;
l_mut_30 = l_32;
}
const float_4 l_33 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
l_mut_34 = l_33;
l_mut_35 = l_mut_34;
const uint32 l_36 = l_mut_29 * uint32(4);
const uint32 l_37 = l_5 + l_36;
const uint32 l_38 = l_37 + uint32(0);
l_mut_39 = float(0.0);
const bool l_40 = l_38 < l_0;
const uint32 l_41 = l_mut_7 + l_mut_30;
const bool l_42 = l_41 < l_1;
const bool l_43 = l_40 && l_42;
if (l_43) {
const uint32 l_44 = l_38 * l_10;
const uint32 l_45 = l_mut_8 + l_44;
const uint32 l_46 = l_mut_7 + l_mut_30;
const uint32 l_47 = l_46 * l_11;
const uint32 l_48 = l_45 + l_47;
const uint32 l_541 = info.static_meta[uint32(0)];
const uint32 l_542 = l_541 * uint32(1);
const bool l_543 = l_48 < l_542;
const uint32 l_544 = l_542 - uint32(1);
const uint32 l_545 = min(l_48, l_544);
const float l_546 = buffer_0[l_545];
const float l_547 = (l_543) ? l_546 : float(0.0);
const float l_49 = l_547;
l_mut_39 = l_49;
}
l_mut_35.i_0 = l_mut_39;
const uint32 l_50 = l_mut_29 * uint32(4);
const uint32 l_51 = l_5 + l_50;
const uint32 l_52 = l_51 + uint32(1);
l_mut_39 = float(0.0);
const bool l_53 = l_52 < l_0;
const uint32 l_54 = l_mut_7 + l_mut_30;
const bool l_55 = l_54 < l_1;
const bool l_56 = l_53 && l_55;
if (l_56) {
const uint32 l_57 = l_52 * l_10;
const uint32 l_58 = l_mut_8 + l_57;
const uint32 l_59 = l_mut_7 + l_mut_30;
const uint32 l_60 = l_59 * l_11;
const uint32 l_61 = l_58 + l_60;
const uint32 l_548 = info.static_meta[uint32(0)];
const uint32 l_549 = l_548 * uint32(1);
const bool l_550 = l_61 < l_549;
const uint32 l_551 = l_549 - uint32(1);
const uint32 l_552 = min(l_61, l_551);
const float l_553 = buffer_0[l_552];
const float l_554 = (l_550) ? l_553 : float(0.0);
const float l_62 = l_554;
l_mut_39 = l_62;
}
l_mut_35.i_1 = l_mut_39;
const uint32 l_63 = l_mut_29 * uint32(4);
const uint32 l_64 = l_5 + l_63;
const uint32 l_65 = l_64 + uint32(2);
l_mut_39 = float(0.0);
const bool l_66 = l_65 < l_0;
const uint32 l_67 = l_mut_7 + l_mut_30;
const bool l_68 = l_67 < l_1;
const bool l_69 = l_66 && l_68;
if (l_69) {
const uint32 l_70 = l_65 * l_10;
const uint32 l_71 = l_mut_8 + l_70;
const uint32 l_72 = l_mut_7 + l_mut_30;
const uint32 l_73 = l_72 * l_11;
const uint32 l_74 = l_71 + l_73;
const uint32 l_555 = info.static_meta[uint32(0)];
const uint32 l_556 = l_555 * uint32(1);
const bool l_557 = l_74 < l_556;
const uint32 l_558 = l_556 - uint32(1);
const uint32 l_559 = min(l_74, l_558);
const float l_560 = buffer_0[l_559];
const float l_561 = (l_557) ? l_560 : float(0.0);
const float l_75 = l_561;
l_mut_39 = l_75;
}
l_mut_35.i_2 = l_mut_39;
const uint32 l_76 = l_mut_29 * uint32(4);
const uint32 l_77 = l_5 + l_76;
const uint32 l_78 = l_77 + uint32(3);
l_mut_39 = float(0.0);
const bool l_79 = l_78 < l_0;
const uint32 l_80 = l_mut_7 + l_mut_30;
const bool l_81 = l_80 < l_1;
const bool l_82 = l_79 && l_81;
if (l_82) {
const uint32 l_83 = l_78 * l_10;
const uint32 l_84 = l_mut_8 + l_83;
const uint32 l_85 = l_mut_7 + l_mut_30;
const uint32 l_86 = l_85 * l_11;
const uint32 l_87 = l_84 + l_86;
const uint32 l_562 = info.static_meta[uint32(0)];
const uint32 l_563 = l_562 * uint32(1);
const bool l_564 = l_87 < l_563;
const uint32 l_565 = l_563 - uint32(1);
const uint32 l_566 = min(l_87, l_565);
const float l_567 = buffer_0[l_566];
const float l_568 = (l_564) ? l_567 : float(0.0);
const float l_88 = l_568;
l_mut_39 = l_88;
}
l_mut_35.i_3 = l_mut_39;
l_arr_22[uint32(0)] = l_mut_35;
const uint32 l_89 = threadIdxGlobal + uint32(0);
if (l_17) {
const uint32 l_90 = l_89 / uint32(16);
const uint32 l_91 = l_89 % uint32(16);
l_mut_92 = l_90;
l_mut_93 = l_91;
} else {
const uint32 l_94 = l_89 % uint32(16);
const uint32 l_95 = l_89 / uint32(16);
l_mut_92 = l_94;
l_mut_93 = l_95;
}
const float_4 l_96 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
l_mut_35 = l_96;
l_mut_34 = l_mut_35;
const uint32 l_97 = l_mut_92 * uint32(4);
const uint32 l_98 = l_6 + l_97;
const uint32 l_99 = l_98 + uint32(0);
l_mut_39 = float(0.0);
const bool l_100 = l_99 < l_2;
const uint32 l_101 = l_mut_7 + l_mut_93;
const bool l_102 = l_101 < l_1;
const bool l_103 = l_100 && l_102;
if (l_103) {
const uint32 l_104 = l_mut_7 + l_mut_93;
const uint32 l_105 = l_104 * l_12;
const uint32 l_106 = l_mut_9 + l_105;
const uint32 l_107 = l_99 * l_13;
const uint32 l_108 = l_106 + l_107;
const uint32 l_569 = info.static_meta[uint32(1)];
const uint32 l_570 = l_569 * uint32(1);
const bool l_571 = l_108 < l_570;
const uint32 l_572 = l_570 - uint32(1);
const uint32 l_573 = min(l_108, l_572);
const float l_574 = buffer_1[l_573];
const float l_575 = (l_571) ? l_574 : float(0.0);
const float l_109 = l_575;
l_mut_39 = l_109;
}
l_mut_34.i_0 = l_mut_39;
const uint32 l_110 = l_mut_92 * uint32(4);
const uint32 l_111 = l_6 + l_110;
const uint32 l_112 = l_111 + uint32(1);
l_mut_39 = float(0.0);
const bool l_113 = l_112 < l_2;
const uint32 l_114 = l_mut_7 + l_mut_93;
const bool l_115 = l_114 < l_1;
const bool l_116 = l_113 && l_115;
if (l_116) {
const uint32 l_117 = l_mut_7 + l_mut_93;
const uint32 l_118 = l_117 * l_12;
const uint32 l_119 = l_mut_9 + l_118;
const uint32 l_120 = l_112 * l_13;
const uint32 l_121 = l_119 + l_120;
const uint32 l_576 = info.static_meta[uint32(1)];
const uint32 l_577 = l_576 * uint32(1);
const bool l_578 = l_121 < l_577;
const uint32 l_579 = l_577 - uint32(1);
const uint32 l_580 = min(l_121, l_579);
const float l_581 = buffer_1[l_580];
const float l_582 = (l_578) ? l_581 : float(0.0);
const float l_122 = l_582;
l_mut_39 = l_122;
}
l_mut_34.i_1 = l_mut_39;
const uint32 l_123 = l_mut_92 * uint32(4);
const uint32 l_124 = l_6 + l_123;
const uint32 l_125 = l_124 + uint32(2);
l_mut_39 = float(0.0);
const bool l_126 = l_125 < l_2;
const uint32 l_127 = l_mut_7 + l_mut_93;
const bool l_128 = l_127 < l_1;
const bool l_129 = l_126 && l_128;
if (l_129) {
const uint32 l_130 = l_mut_7 + l_mut_93;
const uint32 l_131 = l_130 * l_12;
const uint32 l_132 = l_mut_9 + l_131;
const uint32 l_133 = l_125 * l_13;
const uint32 l_134 = l_132 + l_133;
const uint32 l_583 = info.static_meta[uint32(1)];
const uint32 l_584 = l_583 * uint32(1);
const bool l_585 = l_134 < l_584;
const uint32 l_586 = l_584 - uint32(1);
const uint32 l_587 = min(l_134, l_586);
const float l_588 = buffer_1[l_587];
const float l_589 = (l_585) ? l_588 : float(0.0);
const float l_135 = l_589;
l_mut_39 = l_135;
}
l_mut_34.i_2 = l_mut_39;
const uint32 l_136 = l_mut_92 * uint32(4);
const uint32 l_137 = l_6 + l_136;
const uint32 l_138 = l_137 + uint32(3);
l_mut_39 = float(0.0);
const bool l_139 = l_138 < l_2;
const uint32 l_140 = l_mut_7 + l_mut_93;
const bool l_141 = l_140 < l_1;
const bool l_142 = l_139 && l_141;
if (l_142) {
const uint32 l_143 = l_mut_7 + l_mut_93;
const uint32 l_144 = l_143 * l_12;
const uint32 l_145 = l_mut_9 + l_144;
const uint32 l_146 = l_138 * l_13;
const uint32 l_147 = l_145 + l_146;
const uint32 l_590 = info.static_meta[uint32(1)];
const uint32 l_591 = l_590 * uint32(1);
const bool l_592 = l_147 < l_591;
const uint32 l_593 = l_591 - uint32(1);
const uint32 l_594 = min(l_147, l_593);
const float l_595 = buffer_1[l_594];
const float l_596 = (l_592) ? l_595 : float(0.0);
const float l_148 = l_596;
l_mut_39 = l_148;
}
l_mut_34.i_3 = l_mut_39;
l_arr_23[uint32(0)] = l_mut_34;
const uint32 l_149 = threadIdxGlobal + uint32(0);
if (l_15) {
const uint32 l_150 = l_149 / uint32(16);
const uint32 l_151 = l_149 % uint32(16);
l_mut_93 = l_150;
l_mut_92 = l_151;
} else {
const uint32 l_152 = l_149 % uint32(16);
const uint32 l_153 = l_149 / uint32(16);
l_mut_93 = l_152;
l_mut_92 = l_153;
}
const uint32 l_154 = l_mut_92 * uint32(17);
const uint32 l_155 = l_154 + l_mut_93;
const float_4 l_156 = l_arr_22[uint32(0)];
shared_memory_19[l_155] = reinterpret_cast< float_4 const&>(l_156);
const uint32 l_157 = threadIdxGlobal + uint32(0);
if (l_17) {
const uint32 l_158 = l_157 / uint32(16);
const uint32 l_159 = l_157 % uint32(16);
l_mut_30 = l_158;
l_mut_29 = l_159;
} else {
const uint32 l_160 = l_157 % uint32(16);
const uint32 l_161 = l_157 / uint32(16);
l_mut_30 = l_160;
l_mut_29 = l_161;
}
const uint32 l_162 = l_mut_29 * uint32(17);
const uint32 l_163 = uint32(272) + l_162;
const uint32 l_164 = l_163 + l_mut_30;
const float_4 l_165 = l_arr_23[uint32(0)];
shared_memory_19[l_164] = reinterpret_cast< float_4 const&>(l_165);
__syncthreads();


for (uint32 l_mut_166 = uint32(0); l_mut_166 < uint32(16); ++l_mut_166) {
const uint32 l_168 = l_mut_166 * uint32(17);
const uint32 l_169 = uint32(272) + l_168;
const uint32 l_170 = l_169 + l_21;
const uint32 l_171 = l_170 + uint32(0);
const float_4 l_172 = shared_memory_19[l_171];
l_arr_167[uint32(0)] = reinterpret_cast< float_4 const&>(l_172);
const uint32 l_173 = l_mut_166 * uint32(17);
const uint32 l_174 = l_173 + l_20;
const uint32 l_175 = l_174 + uint32(0);
const float_4 l_176 = shared_memory_19[l_175];
const float l_177 = l_176.i_0;
const float_4 l_178 = l_arr_167[uint32(0)];
const float l_179 = l_178.i_0;
const float l_180 = l_177 * l_179;
const float l_181 = l_arr_18[uint32(0)];
const float l_182 = l_181 + l_180;
l_arr_18[uint32(0)] = l_182;
const float l_183 = l_176.i_0;
const float_4 l_184 = l_arr_167[uint32(0)];
const float l_185 = l_184.i_1;
const float l_186 = l_183 * l_185;
const float l_187 = l_arr_18[uint32(1)];
const float l_188 = l_187 + l_186;
l_arr_18[uint32(1)] = l_188;
const float l_189 = l_176.i_0;
const float_4 l_190 = l_arr_167[uint32(0)];
const float l_191 = l_190.i_2;
const float l_192 = l_189 * l_191;
const float l_193 = l_arr_18[uint32(2)];
const float l_194 = l_193 + l_192;
l_arr_18[uint32(2)] = l_194;
const float l_195 = l_176.i_0;
const float_4 l_196 = l_arr_167[uint32(0)];
const float l_197 = l_196.i_3;
const float l_198 = l_195 * l_197;
const float l_199 = l_arr_18[uint32(3)];
const float l_200 = l_199 + l_198;
l_arr_18[uint32(3)] = l_200;
const float l_201 = l_176.i_1;
const float_4 l_202 = l_arr_167[uint32(0)];
const float l_203 = l_202.i_0;
const float l_204 = l_201 * l_203;
const float l_205 = l_arr_18[uint32(4)];
const float l_206 = l_205 + l_204;
l_arr_18[uint32(4)] = l_206;
const float l_207 = l_176.i_1;
const float_4 l_208 = l_arr_167[uint32(0)];
const float l_209 = l_208.i_1;
const float l_210 = l_207 * l_209;
const float l_211 = l_arr_18[uint32(5)];
const float l_212 = l_211 + l_210;
l_arr_18[uint32(5)] = l_212;
const float l_213 = l_176.i_1;
const float_4 l_214 = l_arr_167[uint32(0)];
const float l_215 = l_214.i_2;
const float l_216 = l_213 * l_215;
const float l_217 = l_arr_18[uint32(6)];
const float l_218 = l_217 + l_216;
l_arr_18[uint32(6)] = l_218;
const float l_219 = l_176.i_1;
const float_4 l_220 = l_arr_167[uint32(0)];
const float l_221 = l_220.i_3;
const float l_222 = l_219 * l_221;
const float l_223 = l_arr_18[uint32(7)];
const float l_224 = l_223 + l_222;
l_arr_18[uint32(7)] = l_224;
const float l_225 = l_176.i_2;
const float_4 l_226 = l_arr_167[uint32(0)];
const float l_227 = l_226.i_0;
const float l_228 = l_225 * l_227;
const float l_229 = l_arr_18[uint32(8)];
const float l_230 = l_229 + l_228;
l_arr_18[uint32(8)] = l_230;
const float l_231 = l_176.i_2;
const float_4 l_232 = l_arr_167[uint32(0)];
const float l_233 = l_232.i_1;
const float l_234 = l_231 * l_233;
const float l_235 = l_arr_18[uint32(9)];
const float l_236 = l_235 + l_234;
l_arr_18[uint32(9)] = l_236;
const float l_237 = l_176.i_2;
const float_4 l_238 = l_arr_167[uint32(0)];
const float l_239 = l_238.i_2;
const float l_240 = l_237 * l_239;
const float l_241 = l_arr_18[uint32(10)];
const float l_242 = l_241 + l_240;
l_arr_18[uint32(10)] = l_242;
const float l_243 = l_176.i_2;
const float_4 l_244 = l_arr_167[uint32(0)];
const float l_245 = l_244.i_3;
const float l_246 = l_243 * l_245;
const float l_247 = l_arr_18[uint32(11)];
const float l_248 = l_247 + l_246;
l_arr_18[uint32(11)] = l_248;
const float l_249 = l_176.i_3;
const float_4 l_250 = l_arr_167[uint32(0)];
const float l_251 = l_250.i_0;
const float l_252 = l_249 * l_251;
const float l_253 = l_arr_18[uint32(12)];
const float l_254 = l_253 + l_252;
l_arr_18[uint32(12)] = l_254;
const float l_255 = l_176.i_3;
const float_4 l_256 = l_arr_167[uint32(0)];
const float l_257 = l_256.i_1;
const float l_258 = l_255 * l_257;
const float l_259 = l_arr_18[uint32(13)];
const float l_260 = l_259 + l_258;
l_arr_18[uint32(13)] = l_260;
const float l_261 = l_176.i_3;
const float_4 l_262 = l_arr_167[uint32(0)];
const float l_263 = l_262.i_2;
const float l_264 = l_261 * l_263;
const float l_265 = l_arr_18[uint32(14)];
const float l_266 = l_265 + l_264;
l_arr_18[uint32(14)] = l_266;
const float l_267 = l_176.i_3;
const float_4 l_268 = l_arr_167[uint32(0)];
const float l_269 = l_268.i_3;
const float l_270 = l_267 * l_269;
const float l_271 = l_arr_18[uint32(15)];
const float l_272 = l_271 + l_270;
l_arr_18[uint32(15)] = l_272;
}
__syncthreads();

l_mut_7 = l_mut_7 + uint32(16);
}
const uint32 l_273 = uint32(0) / uint32(4);
const uint32 l_274 = uint32(16) * l_273;
const uint32 l_275 = l_3 + l_274;
const uint32 l_276 = l_275 * uint32(4);
const uint32 l_277 = uint32(0) % uint32(4);
const uint32 l_278 = l_276 + l_277;
const uint32 l_279 = l_5 + l_278;
const uint32 l_280 = uint32(0) / uint32(4);
const uint32 l_281 = uint32(16) * l_280;
const uint32 l_282 = l_4 + l_281;
const uint32 l_283 = l_282 * uint32(4);
const uint32 l_284 = uint32(0) % uint32(4);
const uint32 l_285 = l_283 + l_284;
const uint32 l_286 = l_6 + l_285;
const bool l_287 = l_279 < l_0;
const bool l_288 = l_286 < l_2;
const bool l_289 = l_287 && l_288;
if (l_289) {
const uint32 l_290 = blockIdx.z * l_0;
const uint32 l_291 = l_290 + l_279;
const uint32 l_292 = l_291 * l_2;
const uint32 l_293 = l_292 + l_286;
const float l_294 = l_arr_18[uint32(0)];
const uint32 l_597 = info.static_meta[uint32(2)];
const uint32 l_598 = l_597 * uint32(1);
const bool l_599 = l_293 < l_598;
if (l_599) {
buffer_2[l_293] = l_294;
}
}
const uint32 l_295 = uint32(1) / uint32(4);
const uint32 l_296 = uint32(16) * l_295;
const uint32 l_297 = l_4 + l_296;
const uint32 l_298 = l_297 * uint32(4);
const uint32 l_299 = uint32(1) % uint32(4);
const uint32 l_300 = l_298 + l_299;
const uint32 l_301 = l_6 + l_300;
const bool l_302 = l_279 < l_0;
const bool l_303 = l_301 < l_2;
const bool l_304 = l_302 && l_303;
if (l_304) {
const uint32 l_305 = blockIdx.z * l_0;
const uint32 l_306 = l_305 + l_279;
const uint32 l_307 = l_306 * l_2;
const uint32 l_308 = l_307 + l_301;
const float l_309 = l_arr_18[uint32(1)];
const uint32 l_600 = info.static_meta[uint32(2)];
const uint32 l_601 = l_600 * uint32(1);
const bool l_602 = l_308 < l_601;
if (l_602) {
buffer_2[l_308] = l_309;
}
}
const uint32 l_310 = uint32(2) / uint32(4);
const uint32 l_311 = uint32(16) * l_310;
const uint32 l_312 = l_4 + l_311;
const uint32 l_313 = l_312 * uint32(4);
const uint32 l_314 = uint32(2) % uint32(4);
const uint32 l_315 = l_313 + l_314;
const uint32 l_316 = l_6 + l_315;
const bool l_317 = l_279 < l_0;
const bool l_318 = l_316 < l_2;
const bool l_319 = l_317 && l_318;
if (l_319) {
const uint32 l_320 = blockIdx.z * l_0;
const uint32 l_321 = l_320 + l_279;
const uint32 l_322 = l_321 * l_2;
const uint32 l_323 = l_322 + l_316;
const float l_324 = l_arr_18[uint32(2)];
const uint32 l_603 = info.static_meta[uint32(2)];
const uint32 l_604 = l_603 * uint32(1);
const bool l_605 = l_323 < l_604;
if (l_605) {
buffer_2[l_323] = l_324;
}
}
const uint32 l_325 = uint32(3) / uint32(4);
const uint32 l_326 = uint32(16) * l_325;
const uint32 l_327 = l_4 + l_326;
const uint32 l_328 = l_327 * uint32(4);
const uint32 l_329 = uint32(3) % uint32(4);
const uint32 l_330 = l_328 + l_329;
const uint32 l_331 = l_6 + l_330;
const bool l_332 = l_279 < l_0;
const bool l_333 = l_331 < l_2;
const bool l_334 = l_332 && l_333;
if (l_334) {
const uint32 l_335 = blockIdx.z * l_0;
const uint32 l_336 = l_335 + l_279;
const uint32 l_337 = l_336 * l_2;
const uint32 l_338 = l_337 + l_331;
const float l_339 = l_arr_18[uint32(3)];
const uint32 l_606 = info.static_meta[uint32(2)];
const uint32 l_607 = l_606 * uint32(1);
const bool l_608 = l_338 < l_607;
if (l_608) {
buffer_2[l_338] = l_339;
}
}
const uint32 l_340 = uint32(1) / uint32(4);
const uint32 l_341 = uint32(16) * l_340;
const uint32 l_342 = l_3 + l_341;
const uint32 l_343 = l_342 * uint32(4);
const uint32 l_344 = uint32(1) % uint32(4);
const uint32 l_345 = l_343 + l_344;
const uint32 l_346 = l_5 + l_345;
const uint32 l_347 = uint32(0) / uint32(4);
const uint32 l_348 = uint32(16) * l_347;
const uint32 l_349 = l_4 + l_348;
const uint32 l_350 = l_349 * uint32(4);
const uint32 l_351 = uint32(0) % uint32(4);
const uint32 l_352 = l_350 + l_351;
const uint32 l_353 = l_6 + l_352;
const bool l_354 = l_346 < l_0;
const bool l_355 = l_353 < l_2;
const bool l_356 = l_354 && l_355;
if (l_356) {
const uint32 l_357 = blockIdx.z * l_0;
const uint32 l_358 = l_357 + l_346;
const uint32 l_359 = l_358 * l_2;
const uint32 l_360 = l_359 + l_353;
const float l_361 = l_arr_18[uint32(4)];
const uint32 l_609 = info.static_meta[uint32(2)];
const uint32 l_610 = l_609 * uint32(1);
const bool l_611 = l_360 < l_610;
if (l_611) {
buffer_2[l_360] = l_361;
}
}
const uint32 l_362 = uint32(1) / uint32(4);
const uint32 l_363 = uint32(16) * l_362;
const uint32 l_364 = l_4 + l_363;
const uint32 l_365 = l_364 * uint32(4);
const uint32 l_366 = uint32(1) % uint32(4);
const uint32 l_367 = l_365 + l_366;
const uint32 l_368 = l_6 + l_367;
const bool l_369 = l_346 < l_0;
const bool l_370 = l_368 < l_2;
const bool l_371 = l_369 && l_370;
if (l_371) {
const uint32 l_372 = blockIdx.z * l_0;
const uint32 l_373 = l_372 + l_346;
const uint32 l_374 = l_373 * l_2;
const uint32 l_375 = l_374 + l_368;
const float l_376 = l_arr_18[uint32(5)];
const uint32 l_612 = info.static_meta[uint32(2)];
const uint32 l_613 = l_612 * uint32(1);
const bool l_614 = l_375 < l_613;
if (l_614) {
buffer_2[l_375] = l_376;
}
}
const uint32 l_377 = uint32(2) / uint32(4);
const uint32 l_378 = uint32(16) * l_377;
const uint32 l_379 = l_4 + l_378;
const uint32 l_380 = l_379 * uint32(4);
const uint32 l_381 = uint32(2) % uint32(4);
const uint32 l_382 = l_380 + l_381;
const uint32 l_383 = l_6 + l_382;
const bool l_384 = l_346 < l_0;
const bool l_385 = l_383 < l_2;
const bool l_386 = l_384 && l_385;
if (l_386) {
const uint32 l_387 = blockIdx.z * l_0;
const uint32 l_388 = l_387 + l_346;
const uint32 l_389 = l_388 * l_2;
const uint32 l_390 = l_389 + l_383;
const float l_391 = l_arr_18[uint32(6)];
const uint32 l_615 = info.static_meta[uint32(2)];
const uint32 l_616 = l_615 * uint32(1);
const bool l_617 = l_390 < l_616;
if (l_617) {
buffer_2[l_390] = l_391;
}
}
const uint32 l_392 = uint32(3) / uint32(4);
const uint32 l_393 = uint32(16) * l_392;
const uint32 l_394 = l_4 + l_393;
const uint32 l_395 = l_394 * uint32(4);
const uint32 l_396 = uint32(3) % uint32(4);
const uint32 l_397 = l_395 + l_396;
const uint32 l_398 = l_6 + l_397;
const bool l_399 = l_346 < l_0;
const bool l_400 = l_398 < l_2;
const bool l_401 = l_399 && l_400;
if (l_401) {
const uint32 l_402 = blockIdx.z * l_0;
const uint32 l_403 = l_402 + l_346;
const uint32 l_404 = l_403 * l_2;
const uint32 l_405 = l_404 + l_398;
const float l_406 = l_arr_18[uint32(7)];
const uint32 l_618 = info.static_meta[uint32(2)];
const uint32 l_619 = l_618 * uint32(1);
const bool l_620 = l_405 < l_619;
if (l_620) {
buffer_2[l_405] = l_406;
}
}
const uint32 l_407 = uint32(2) / uint32(4);
const uint32 l_408 = uint32(16) * l_407;
const uint32 l_409 = l_3 + l_408;
const uint32 l_410 = l_409 * uint32(4);
const uint32 l_411 = uint32(2) % uint32(4);
const uint32 l_412 = l_410 + l_411;
const uint32 l_413 = l_5 + l_412;
const uint32 l_414 = uint32(0) / uint32(4);
const uint32 l_415 = uint32(16) * l_414;
const uint32 l_416 = l_4 + l_415;
const uint32 l_417 = l_416 * uint32(4);
const uint32 l_418 = uint32(0) % uint32(4);
const uint32 l_419 = l_417 + l_418;
const uint32 l_420 = l_6 + l_419;
const bool l_421 = l_413 < l_0;
const bool l_422 = l_420 < l_2;
const bool l_423 = l_421 && l_422;
if (l_423) {
const uint32 l_424 = blockIdx.z * l_0;
const uint32 l_425 = l_424 + l_413;
const uint32 l_426 = l_425 * l_2;
const uint32 l_427 = l_426 + l_420;
const float l_428 = l_arr_18[uint32(8)];
const uint32 l_621 = info.static_meta[uint32(2)];
const uint32 l_622 = l_621 * uint32(1);
const bool l_623 = l_427 < l_622;
if (l_623) {
buffer_2[l_427] = l_428;
}
}
const uint32 l_429 = uint32(1) / uint32(4);
const uint32 l_430 = uint32(16) * l_429;
const uint32 l_431 = l_4 + l_430;
const uint32 l_432 = l_431 * uint32(4);
const uint32 l_433 = uint32(1) % uint32(4);
const uint32 l_434 = l_432 + l_433;
const uint32 l_435 = l_6 + l_434;
const bool l_436 = l_413 < l_0;
const bool l_437 = l_435 < l_2;
const bool l_438 = l_436 && l_437;
if (l_438) {
const uint32 l_439 = blockIdx.z * l_0;
const uint32 l_440 = l_439 + l_413;
const uint32 l_441 = l_440 * l_2;
const uint32 l_442 = l_441 + l_435;
const float l_443 = l_arr_18[uint32(9)];
const uint32 l_624 = info.static_meta[uint32(2)];
const uint32 l_625 = l_624 * uint32(1);
const bool l_626 = l_442 < l_625;
if (l_626) {
buffer_2[l_442] = l_443;
}
}
const uint32 l_444 = uint32(2) / uint32(4);
const uint32 l_445 = uint32(16) * l_444;
const uint32 l_446 = l_4 + l_445;
const uint32 l_447 = l_446 * uint32(4);
const uint32 l_448 = uint32(2) % uint32(4);
const uint32 l_449 = l_447 + l_448;
const uint32 l_450 = l_6 + l_449;
const bool l_451 = l_413 < l_0;
const bool l_452 = l_450 < l_2;
const bool l_453 = l_451 && l_452;
if (l_453) {
const uint32 l_454 = blockIdx.z * l_0;
const uint32 l_455 = l_454 + l_413;
const uint32 l_456 = l_455 * l_2;
const uint32 l_457 = l_456 + l_450;
const float l_458 = l_arr_18[uint32(10)];
const uint32 l_627 = info.static_meta[uint32(2)];
const uint32 l_628 = l_627 * uint32(1);
const bool l_629 = l_457 < l_628;
if (l_629) {
buffer_2[l_457] = l_458;
}
}
const uint32 l_459 = uint32(3) / uint32(4);
const uint32 l_460 = uint32(16) * l_459;
const uint32 l_461 = l_4 + l_460;
const uint32 l_462 = l_461 * uint32(4);
const uint32 l_463 = uint32(3) % uint32(4);
const uint32 l_464 = l_462 + l_463;
const uint32 l_465 = l_6 + l_464;
const bool l_466 = l_413 < l_0;
const bool l_467 = l_465 < l_2;
const bool l_468 = l_466 && l_467;
if (l_468) {
const uint32 l_469 = blockIdx.z * l_0;
const uint32 l_470 = l_469 + l_413;
const uint32 l_471 = l_470 * l_2;
const uint32 l_472 = l_471 + l_465;
const float l_473 = l_arr_18[uint32(11)];
const uint32 l_630 = info.static_meta[uint32(2)];
const uint32 l_631 = l_630 * uint32(1);
const bool l_632 = l_472 < l_631;
if (l_632) {
buffer_2[l_472] = l_473;
}
}
const uint32 l_474 = uint32(3) / uint32(4);
const uint32 l_475 = uint32(16) * l_474;
const uint32 l_476 = l_3 + l_475;
const uint32 l_477 = l_476 * uint32(4);
const uint32 l_478 = uint32(3) % uint32(4);
const uint32 l_479 = l_477 + l_478;
const uint32 l_480 = l_5 + l_479;
const uint32 l_481 = uint32(0) / uint32(4);
const uint32 l_482 = uint32(16) * l_481;
const uint32 l_483 = l_4 + l_482;
const uint32 l_484 = l_483 * uint32(4);
const uint32 l_485 = uint32(0) % uint32(4);
const uint32 l_486 = l_484 + l_485;
const uint32 l_487 = l_6 + l_486;
const bool l_488 = l_480 < l_0;
const bool l_489 = l_487 < l_2;
const bool l_490 = l_488 && l_489;
if (l_490) {
const uint32 l_491 = blockIdx.z * l_0;
const uint32 l_492 = l_491 + l_480;
const uint32 l_493 = l_492 * l_2;
const uint32 l_494 = l_493 + l_487;
const float l_495 = l_arr_18[uint32(12)];
const uint32 l_633 = info.static_meta[uint32(2)];
const uint32 l_634 = l_633 * uint32(1);
const bool l_635 = l_494 < l_634;
if (l_635) {
buffer_2[l_494] = l_495;
}
}
const uint32 l_496 = uint32(1) / uint32(4);
const uint32 l_497 = uint32(16) * l_496;
const uint32 l_498 = l_4 + l_497;
const uint32 l_499 = l_498 * uint32(4);
const uint32 l_500 = uint32(1) % uint32(4);
const uint32 l_501 = l_499 + l_500;
const uint32 l_502 = l_6 + l_501;
const bool l_503 = l_480 < l_0;
const bool l_504 = l_502 < l_2;
const bool l_505 = l_503 && l_504;
if (l_505) {
const uint32 l_506 = blockIdx.z * l_0;
const uint32 l_507 = l_506 + l_480;
const uint32 l_508 = l_507 * l_2;
const uint32 l_509 = l_508 + l_502;
const float l_510 = l_arr_18[uint32(13)];
const uint32 l_636 = info.static_meta[uint32(2)];
const uint32 l_637 = l_636 * uint32(1);
const bool l_638 = l_509 < l_637;
if (l_638) {
buffer_2[l_509] = l_510;
}
}
const uint32 l_511 = uint32(2) / uint32(4);
const uint32 l_512 = uint32(16) * l_511;
const uint32 l_513 = l_4 + l_512;
const uint32 l_514 = l_513 * uint32(4);
const uint32 l_515 = uint32(2) % uint32(4);
const uint32 l_516 = l_514 + l_515;
const uint32 l_517 = l_6 + l_516;
const bool l_518 = l_480 < l_0;
const bool l_519 = l_517 < l_2;
const bool l_520 = l_518 && l_519;
if (l_520) {
const uint32 l_521 = blockIdx.z * l_0;
const uint32 l_522 = l_521 + l_480;
const uint32 l_523 = l_522 * l_2;
const uint32 l_524 = l_523 + l_517;
const float l_525 = l_arr_18[uint32(14)];
const uint32 l_639 = info.static_meta[uint32(2)];
const uint32 l_640 = l_639 * uint32(1);
const bool l_641 = l_524 < l_640;
if (l_641) {
buffer_2[l_524] = l_525;
}
}
const uint32 l_526 = uint32(3) / uint32(4);
const uint32 l_527 = uint32(16) * l_526;
const uint32 l_528 = l_4 + l_527;
const uint32 l_529 = l_528 * uint32(4);
const uint32 l_530 = uint32(3) % uint32(4);
const uint32 l_531 = l_529 + l_530;
const uint32 l_532 = l_6 + l_531;
const bool l_533 = l_480 < l_0;
const bool l_534 = l_532 < l_2;
const bool l_535 = l_533 && l_534;
if (l_535) {
const uint32 l_536 = blockIdx.z * l_0;
const uint32 l_537 = l_536 + l_480;
const uint32 l_538 = l_537 * l_2;
const uint32 l_539 = l_538 + l_532;
const float l_540 = l_arr_18[uint32(15)];
const uint32 l_642 = info.static_meta[uint32(2)];
const uint32 l_643 = l_642 * uint32(1);
const bool l_644 = l_539 < l_643;
if (l_644) {
buffer_2[l_539] = l_540;
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

struct __align__(16) float_4 {
    float i_0;
    float i_1;
    float i_2;
    float i_3;
};
struct info_st {
    uint32 static_meta[16];
};


extern "C" __global__ void __launch_bounds__(256)matmul_kernel_c_f32_a_f32_b_f32_h_f32_o_f32 (
    const float* __restrict__ buffer_0, const float* __restrict__ buffer_1, float* buffer_2, const uint32* __restrict__ dynamic_meta, const __grid_constant__ info_st info
) {
uint32 threadIdxGlobal = threadIdx.x + threadIdx.y * blockDim.x + threadIdx.z * (blockDim.x * blockDim.y);
extern __shared__ __align__(16) uint8 dynamic_shared_mem[];
// Shared array size: 544, 8704 bytes
float_4 *shared_memory_19 = reinterpret_cast<float_4*>(&dynamic_shared_mem[0]);
float l_arr_18[16];

float_4 l_arr_22[1];

float_4 l_arr_23[1];

float_4 l_arr_167[1];

float l_mut_39;
float_4 l_mut_34;
float_4 l_mut_35;
uint32 l_mut_29;
uint32 l_mut_30;
uint32 l_mut_7;
uint32 l_mut_8;
uint32 l_mut_92;
uint32 l_mut_93;
uint32 l_mut_9;
const uint32 l_0 = dynamic_meta[info.static_meta[uint32(9)] + uint32(0)];
const uint32 l_1 = dynamic_meta[info.static_meta[uint32(9)] + uint32(1)];
const uint32 l_2 = dynamic_meta[info.static_meta[uint32(10)] + uint32(1)];
const uint32 l_3 = threadIdxGlobal / uint32(16);
const uint32 l_4 = threadIdxGlobal % uint32(16);
const uint32 l_5 = blockIdx.y * uint32(64);
const uint32 l_6 = blockIdx.x * uint32(64);
l_mut_7 = blockIdx.z;
l_mut_8 = uint32(0);
l_mut_7 = blockIdx.z;
l_mut_9 = uint32(0);
const uint32 l_10 = dynamic_meta[info.static_meta[uint32(12)] + uint32(0)];
const uint32 l_11 = dynamic_meta[info.static_meta[uint32(12)] + uint32(1)];
const uint32 l_12 = dynamic_meta[info.static_meta[uint32(13)] + uint32(0)];
const uint32 l_13 = dynamic_meta[info.static_meta[uint32(13)] + uint32(1)];
const uint32 l_14 = dynamic_meta[info.static_meta[uint32(12)] + uint32(1)];
const bool l_15 = l_14 == uint32(1);
const uint32 l_16 = dynamic_meta[info.static_meta[uint32(13)] + uint32(0)];
const bool l_17 = l_16 == uint32(1);
const uint32 l_20 = threadIdxGlobal / uint32(16);
const uint32 l_21 = threadIdxGlobal % uint32(16);
l_arr_18[uint32(0)] = float(0.0);
l_arr_18[uint32(1)] = float(0.0);
l_arr_18[uint32(2)] = float(0.0);
l_arr_18[uint32(3)] = float(0.0);
l_arr_18[uint32(4)] = float(0.0);
l_arr_18[uint32(5)] = float(0.0);
l_arr_18[uint32(6)] = float(0.0);
l_arr_18[uint32(7)] = float(0.0);
l_arr_18[uint32(8)] = float(0.0);
l_arr_18[uint32(9)] = float(0.0);
l_arr_18[uint32(10)] = float(0.0);
l_arr_18[uint32(11)] = float(0.0);
l_arr_18[uint32(12)] = float(0.0);
l_arr_18[uint32(13)] = float(0.0);
l_arr_18[uint32(14)] = float(0.0);
l_arr_18[uint32(15)] = float(0.0);
l_mut_7 = uint32(0);
while (true) {
const bool l_24 = l_mut_7 < l_1;
const bool l_25 = !l_24;
if (l_25) {
break;}
const uint32 l_26 = threadIdxGlobal + uint32(0);
if (l_15) {
const uint32 l_27 = l_26 / uint32(16);
const uint32 l_28 = l_26 % uint32(16);
l_mut_29 = l_27;
l_mut_30 = l_28;
} else {
const uint32 l_31 = l_26 % uint32(16);
const uint32 l_32 = l_26 / uint32(16);
l_mut_29 = l_31;
l_mut_30 = l_32;
}
const float_4 l_33 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
l_mut_34 = l_33;
l_mut_35 = l_mut_34;
const uint32 l_36 = l_mut_29 * uint32(4);
const uint32 l_37 = l_5 + l_36;
const uint32 l_38 = l_37 + uint32(0);
l_mut_39 = float(0.0);
const bool l_40 = l_38 < l_0;
const uint32 l_41 = l_mut_7 + l_mut_30;
const bool l_42 = l_41 < l_1;
const bool l_43 = l_40 && l_42;
if (l_43) {
const uint32 l_44 = l_38 * l_10;
const uint32 l_45 = l_mut_8 + l_44;
const uint32 l_46 = l_mut_7 + l_mut_30;
const uint32 l_47 = l_46 * l_11;
const uint32 l_48 = l_45 + l_47;
const uint32 l_541 = info.static_meta[uint32(0)];
const uint32 l_542 = l_541 * uint32(1);
const bool l_543 = l_48 < l_542;
const uint32 l_544 = l_542 - uint32(1);
const uint32 l_545 = min(l_48, l_544);
const float l_546 = buffer_0[l_545];
const float l_547 = (l_543) ? l_546 : float(0.0);
const float l_49 = l_547;
l_mut_39 = l_49;
}
l_mut_35.i_0 = l_mut_39;
const uint32 l_50 = l_mut_29 * uint32(4);
const uint32 l_51 = l_5 + l_50;
const uint32 l_52 = l_51 + uint32(1);
l_mut_39 = float(0.0);
const bool l_53 = l_52 < l_0;
const uint32 l_54 = l_mut_7 + l_mut_30;
const bool l_55 = l_54 < l_1;
const bool l_56 = l_53 && l_55;
if (l_56) {
const uint32 l_57 = l_52 * l_10;
const uint32 l_58 = l_mut_8 + l_57;
const uint32 l_59 = l_mut_7 + l_mut_30;
const uint32 l_60 = l_59 * l_11;
const uint32 l_61 = l_58 + l_60;
const uint32 l_548 = info.static_meta[uint32(0)];
const uint32 l_549 = l_548 * uint32(1);
const bool l_550 = l_61 < l_549;
const uint32 l_551 = l_549 - uint32(1);
const uint32 l_552 = min(l_61, l_551);
const float l_553 = buffer_0[l_552];
const float l_554 = (l_550) ? l_553 : float(0.0);
const float l_62 = l_554;
l_mut_39 = l_62;
}
l_mut_35.i_1 = l_mut_39;
const uint32 l_63 = l_mut_29 * uint32(4);
const uint32 l_64 = l_5 + l_63;
const uint32 l_65 = l_64 + uint32(2);
l_mut_39 = float(0.0);
const bool l_66 = l_65 < l_0;
const uint32 l_67 = l_mut_7 + l_mut_30;
const bool l_68 = l_67 < l_1;
const bool l_69 = l_66 && l_68;
if (l_69) {
const uint32 l_70 = l_65 * l_10;
const uint32 l_71 = l_mut_8 + l_70;
const uint32 l_72 = l_mut_7 + l_mut_30;
const uint32 l_73 = l_72 * l_11;
const uint32 l_74 = l_71 + l_73;
const uint32 l_555 = info.static_meta[uint32(0)];
const uint32 l_556 = l_555 * uint32(1);
const bool l_557 = l_74 < l_556;
const uint32 l_558 = l_556 - uint32(1);
const uint32 l_559 = min(l_74, l_558);
const float l_560 = buffer_0[l_559];
const float l_561 = (l_557) ? l_560 : float(0.0);
const float l_75 = l_561;
l_mut_39 = l_75;
}
l_mut_35.i_2 = l_mut_39;
const uint32 l_76 = l_mut_29 * uint32(4);
const uint32 l_77 = l_5 + l_76;
const uint32 l_78 = l_77 + uint32(3);
l_mut_39 = float(0.0);
const bool l_79 = l_78 < l_0;
const uint32 l_80 = l_mut_7 + l_mut_30;
const bool l_81 = l_80 < l_1;
const bool l_82 = l_79 && l_81;
if (l_82) {
const uint32 l_83 = l_78 * l_10;
const uint32 l_84 = l_mut_8 + l_83;
const uint32 l_85 = l_mut_7 + l_mut_30;
const uint32 l_86 = l_85 * l_11;
const uint32 l_87 = l_84 + l_86;
const uint32 l_562 = info.static_meta[uint32(0)];
const uint32 l_563 = l_562 * uint32(1);
const bool l_564 = l_87 < l_563;
const uint32 l_565 = l_563 - uint32(1);
const uint32 l_566 = min(l_87, l_565);
const float l_567 = buffer_0[l_566];
const float l_568 = (l_564) ? l_567 : float(0.0);
const float l_88 = l_568;
l_mut_39 = l_88;
}
l_mut_35.i_3 = l_mut_39;
l_arr_22[uint32(0)] = l_mut_35;
const uint32 l_89 = threadIdxGlobal + uint32(0);
if (l_17) {
const uint32 l_90 = l_89 / uint32(16);
const uint32 l_91 = l_89 % uint32(16);
l_mut_92 = l_90;
l_mut_93 = l_91;
} else {
const uint32 l_94 = l_89 % uint32(16);
const uint32 l_95 = l_89 / uint32(16);
l_mut_92 = l_94;
l_mut_93 = l_95;
}
const float_4 l_96 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
l_mut_35 = l_96;
l_mut_34 = l_mut_35;
const uint32 l_97 = l_mut_92 * uint32(4);
const uint32 l_98 = l_6 + l_97;
const uint32 l_99 = l_98 + uint32(0);
l_mut_39 = float(0.0);
const bool l_100 = l_99 < l_2;
const uint32 l_101 = l_mut_7 + l_mut_93;
const bool l_102 = l_101 < l_1;
const bool l_103 = l_100 && l_102;
if (l_103) {
const uint32 l_104 = l_mut_7 + l_mut_93;
const uint32 l_105 = l_104 * l_12;
const uint32 l_106 = l_mut_9 + l_105;
const uint32 l_107 = l_99 * l_13;
const uint32 l_108 = l_106 + l_107;
const uint32 l_569 = info.static_meta[uint32(1)];
const uint32 l_570 = l_569 * uint32(1);
const bool l_571 = l_108 < l_570;
const uint32 l_572 = l_570 - uint32(1);
const uint32 l_573 = min(l_108, l_572);
const float l_574 = buffer_1[l_573];
const float l_575 = (l_571) ? l_574 : float(0.0);
const float l_109 = l_575;
l_mut_39 = l_109;
}
l_mut_34.i_0 = l_mut_39;
const uint32 l_110 = l_mut_92 * uint32(4);
const uint32 l_111 = l_6 + l_110;
const uint32 l_112 = l_111 + uint32(1);
l_mut_39 = float(0.0);
const bool l_113 = l_112 < l_2;
const uint32 l_114 = l_mut_7 + l_mut_93;
const bool l_115 = l_114 < l_1;
const bool l_116 = l_113 && l_115;
if (l_116) {
const uint32 l_117 = l_mut_7 + l_mut_93;
const uint32 l_118 = l_117 * l_12;
const uint32 l_119 = l_mut_9 + l_118;
const uint32 l_120 = l_112 * l_13;
const uint32 l_121 = l_119 + l_120;
const uint32 l_576 = info.static_meta[uint32(1)];
const uint32 l_577 = l_576 * uint32(1);
const bool l_578 = l_121 < l_577;
const uint32 l_579 = l_577 - uint32(1);
const uint32 l_580 = min(l_121, l_579);
const float l_581 = buffer_1[l_580];
const float l_582 = (l_578) ? l_581 : float(0.0);
const float l_122 = l_582;
l_mut_39 = l_122;
}
l_mut_34.i_1 = l_mut_39;
const uint32 l_123 = l_mut_92 * uint32(4);
const uint32 l_124 = l_6 + l_123;
const uint32 l_125 = l_124 + uint32(2);
l_mut_39 = float(0.0);
const bool l_126 = l_125 < l_2;
const uint32 l_127 = l_mut_7 + l_mut_93;
const bool l_128 = l_127 < l_1;
const bool l_129 = l_126 && l_128;
if (l_129) {
const uint32 l_130 = l_mut_7 + l_mut_93;
const uint32 l_131 = l_130 * l_12;
const uint32 l_132 = l_mut_9 + l_131;
const uint32 l_133 = l_125 * l_13;
const uint32 l_134 = l_132 + l_133;
const uint32 l_583 = info.static_meta[uint32(1)];
const uint32 l_584 = l_583 * uint32(1);
const bool l_585 = l_134 < l_584;
const uint32 l_586 = l_584 - uint32(1);
const uint32 l_587 = min(l_134, l_586);
const float l_588 = buffer_1[l_587];
const float l_589 = (l_585) ? l_588 : float(0.0);
const float l_135 = l_589;
l_mut_39 = l_135;
}
l_mut_34.i_2 = l_mut_39;
const uint32 l_136 = l_mut_92 * uint32(4);
const uint32 l_137 = l_6 + l_136;
const uint32 l_138 = l_137 + uint32(3);
l_mut_39 = float(0.0);
const bool l_139 = l_138 < l_2;
const uint32 l_140 = l_mut_7 + l_mut_93;
const bool l_141 = l_140 < l_1;
const bool l_142 = l_139 && l_141;
if (l_142) {
const uint32 l_143 = l_mut_7 + l_mut_93;
const uint32 l_144 = l_143 * l_12;
const uint32 l_145 = l_mut_9 + l_144;
const uint32 l_146 = l_138 * l_13;
const uint32 l_147 = l_145 + l_146;
const uint32 l_590 = info.static_meta[uint32(1)];
const uint32 l_591 = l_590 * uint32(1);
const bool l_592 = l_147 < l_591;
const uint32 l_593 = l_591 - uint32(1);
const uint32 l_594 = min(l_147, l_593);
const float l_595 = buffer_1[l_594];
const float l_596 = (l_592) ? l_595 : float(0.0);
const float l_148 = l_596;
l_mut_39 = l_148;
}
l_mut_34.i_3 = l_mut_39;
l_arr_23[uint32(0)] = l_mut_34;
const uint32 l_149 = threadIdxGlobal + uint32(0);
if (l_15) {
const uint32 l_150 = l_149 / uint32(16);
const uint32 l_151 = l_149 % uint32(16);
l_mut_93 = l_150;
l_mut_92 = l_151;
} else {
const uint32 l_152 = l_149 % uint32(16);
const uint32 l_153 = l_149 / uint32(16);
l_mut_93 = l_152;
l_mut_92 = l_153;
}
const uint32 l_154 = l_mut_92 * uint32(17);
const uint32 l_155 = l_154 + l_mut_93;
const float_4 l_156 = l_arr_22[uint32(0)];
shared_memory_19[l_155] = reinterpret_cast< float_4 const&>(l_156);
const uint32 l_157 = threadIdxGlobal + uint32(0);
if (l_17) {
const uint32 l_158 = l_157 / uint32(16);
const uint32 l_159 = l_157 % uint32(16);
l_mut_30 = l_158;
l_mut_29 = l_159;
} else {
const uint32 l_160 = l_157 % uint32(16);
const uint32 l_161 = l_157 / uint32(16);
l_mut_30 = l_160;
l_mut_29 = l_161;
}
const uint32 l_162 = l_mut_29 * uint32(17);
const uint32 l_163 = uint32(272) + l_162;
const uint32 l_164 = l_163 + l_mut_30;
const float_4 l_165 = l_arr_23[uint32(0)];
shared_memory_19[l_164] = reinterpret_cast< float_4 const&>(l_165);
__syncthreads();


for (uint32 l_mut_166 = uint32(0); l_mut_166 < uint32(16); ++l_mut_166) {
const uint32 l_168 = l_mut_166 * uint32(17);
const uint32 l_169 = uint32(272) + l_168;
const uint32 l_170 = l_169 + l_21;
const uint32 l_171 = l_170 + uint32(0);
const float_4 l_172 = shared_memory_19[l_171];
l_arr_167[uint32(0)] = reinterpret_cast< float_4 const&>(l_172);
const uint32 l_173 = l_mut_166 * uint32(17);
const uint32 l_174 = l_173 + l_20;
const uint32 l_175 = l_174 + uint32(0);
const float_4 l_176 = shared_memory_19[l_175];
const float l_177 = l_176.i_0;
const float_4 l_178 = l_arr_167[uint32(0)];
const float l_179 = l_178.i_0;
const float l_180 = l_177 * l_179;
const float l_181 = l_arr_18[uint32(0)];
const float l_182 = l_181 + l_180;
l_arr_18[uint32(0)] = l_182;
const float l_183 = l_176.i_0;
const float_4 l_184 = l_arr_167[uint32(0)];
const float l_185 = l_184.i_1;
const float l_186 = l_183 * l_185;
const float l_187 = l_arr_18[uint32(1)];
const float l_188 = l_187 + l_186;
l_arr_18[uint32(1)] = l_188;
const float l_189 = l_176.i_0;
const float_4 l_190 = l_arr_167[uint32(0)];
const float l_191 = l_190.i_2;
const float l_192 = l_189 * l_191;
const float l_193 = l_arr_18[uint32(2)];
const float l_194 = l_193 + l_192;
l_arr_18[uint32(2)] = l_194;
const float l_195 = l_176.i_0;
const float_4 l_196 = l_arr_167[uint32(0)];
const float l_197 = l_196.i_3;
const float l_198 = l_195 * l_197;
const float l_199 = l_arr_18[uint32(3)];
const float l_200 = l_199 + l_198;
l_arr_18[uint32(3)] = l_200;
const float l_201 = l_176.i_1;
const float_4 l_202 = l_arr_167[uint32(0)];
const float l_203 = l_202.i_0;
const float l_204 = l_201 * l_203;
const float l_205 = l_arr_18[uint32(4)];
const float l_206 = l_205 + l_204;
l_arr_18[uint32(4)] = l_206;
const float l_207 = l_176.i_1;
const float_4 l_208 = l_arr_167[uint32(0)];
const float l_209 = l_208.i_1;
const float l_210 = l_207 * l_209;
const float l_211 = l_arr_18[uint32(5)];
const float l_212 = l_211 + l_210;
l_arr_18[uint32(5)] = l_212;
const float l_213 = l_176.i_1;
const float_4 l_214 = l_arr_167[uint32(0)];
const float l_215 = l_214.i_2;
const float l_216 = l_213 * l_215;
const float l_217 = l_arr_18[uint32(6)];
const float l_218 = l_217 + l_216;
l_arr_18[uint32(6)] = l_218;
const float l_219 = l_176.i_1;
const float_4 l_220 = l_arr_167[uint32(0)];
const float l_221 = l_220.i_3;
const float l_222 = l_219 * l_221;
const float l_223 = l_arr_18[uint32(7)];
const float l_224 = l_223 + l_222;
l_arr_18[uint32(7)] = l_224;
const float l_225 = l_176.i_2;
const float_4 l_226 = l_arr_167[uint32(0)];
const float l_227 = l_226.i_0;
const float l_228 = l_225 * l_227;
const float l_229 = l_arr_18[uint32(8)];
const float l_230 = l_229 + l_228;
l_arr_18[uint32(8)] = l_230;
const float l_231 = l_176.i_2;
const float_4 l_232 = l_arr_167[uint32(0)];
const float l_233 = l_232.i_1;
const float l_234 = l_231 * l_233;
const float l_235 = l_arr_18[uint32(9)];
const float l_236 = l_235 + l_234;
l_arr_18[uint32(9)] = l_236;
const float l_237 = l_176.i_2;
const float_4 l_238 = l_arr_167[uint32(0)];
const float l_239 = l_238.i_2;
const float l_240 = l_237 * l_239;
const float l_241 = l_arr_18[uint32(10)];
const float l_242 = l_241 + l_240;
l_arr_18[uint32(10)] = l_242;
const float l_243 = l_176.i_2;
const float_4 l_244 = l_arr_167[uint32(0)];
const float l_245 = l_244.i_3;
const float l_246 = l_243 * l_245;
const float l_247 = l_arr_18[uint32(11)];
const float l_248 = l_247 + l_246;
l_arr_18[uint32(11)] = l_248;
const float l_249 = l_176.i_3;
const float_4 l_250 = l_arr_167[uint32(0)];
const float l_251 = l_250.i_0;
const float l_252 = l_249 * l_251;
const float l_253 = l_arr_18[uint32(12)];
const float l_254 = l_253 + l_252;
l_arr_18[uint32(12)] = l_254;
const float l_255 = l_176.i_3;
const float_4 l_256 = l_arr_167[uint32(0)];
const float l_257 = l_256.i_1;
const float l_258 = l_255 * l_257;
const float l_259 = l_arr_18[uint32(13)];
const float l_260 = l_259 + l_258;
l_arr_18[uint32(13)] = l_260;
const float l_261 = l_176.i_3;
const float_4 l_262 = l_arr_167[uint32(0)];
const float l_263 = l_262.i_2;
const float l_264 = l_261 * l_263;
const float l_265 = l_arr_18[uint32(14)];
const float l_266 = l_265 + l_264;
l_arr_18[uint32(14)] = l_266;
const float l_267 = l_176.i_3;
const float_4 l_268 = l_arr_167[uint32(0)];
const float l_269 = l_268.i_3;
const float l_270 = l_267 * l_269;
const float l_271 = l_arr_18[uint32(15)];
const float l_272 = l_271 + l_270;
l_arr_18[uint32(15)] = l_272;
}
__syncthreads();

l_mut_7 = l_mut_7 + uint32(16);
}
const uint32 l_273 = uint32(0) / uint32(4);
const uint32 l_274 = uint32(16) * l_273;
const uint32 l_275 = l_3 + l_274;
const uint32 l_276 = l_275 * uint32(4);
const uint32 l_277 = uint32(0) % uint32(4);
const uint32 l_278 = l_276 + l_277;
const uint32 l_279 = l_5 + l_278;
const uint32 l_280 = uint32(0) / uint32(4);
const uint32 l_281 = uint32(16) * l_280;
const uint32 l_282 = l_4 + l_281;
const uint32 l_283 = l_282 * uint32(4);
const uint32 l_284 = uint32(0) % uint32(4);
const uint32 l_285 = l_283 + l_284;
const uint32 l_286 = l_6 + l_285;
const bool l_287 = l_279 < l_0;
const bool l_288 = l_286 < l_2;
const bool l_289 = l_287 && l_288;
if (l_289) {
const uint32 l_290 = blockIdx.z * l_0;
const uint32 l_291 = l_290 + l_279;
const uint32 l_292 = l_291 * l_2;
const uint32 l_293 = l_292 + l_286;
const float l_294 = l_arr_18[uint32(0)];
const uint32 l_597 = info.static_meta[uint32(2)];
const uint32 l_598 = l_597 * uint32(1);
const bool l_599 = l_293 < l_598;
if (l_599) {
buffer_2[l_293] = l_294;
}
}
const uint32 l_295 = uint32(1) / uint32(4);
const uint32 l_296 = uint32(16) * l_295;
const uint32 l_297 = l_4 + l_296;
const uint32 l_298 = l_297 * uint32(4);
const uint32 l_299 = uint32(1) % uint32(4);
const uint32 l_300 = l_298 + l_299;
const uint32 l_301 = l_6 + l_300;
const bool l_302 = l_279 < l_0;
const bool l_303 = l_301 < l_2;
const bool l_304 = l_302 && l_303;
if (l_304) {
const uint32 l_305 = blockIdx.z * l_0;
const uint32 l_306 = l_305 + l_279;
const uint32 l_307 = l_306 * l_2;
const uint32 l_308 = l_307 + l_301;
const float l_309 = l_arr_18[uint32(1)];
const uint32 l_600 = info.static_meta[uint32(2)];
const uint32 l_601 = l_600 * uint32(1);
const bool l_602 = l_308 < l_601;
if (l_602) {
buffer_2[l_308] = l_309;
}
}
const uint32 l_310 = uint32(2) / uint32(4);
const uint32 l_311 = uint32(16) * l_310;
const uint32 l_312 = l_4 + l_311;
const uint32 l_313 = l_312 * uint32(4);
const uint32 l_314 = uint32(2) % uint32(4);
const uint32 l_315 = l_313 + l_314;
const uint32 l_316 = l_6 + l_315;
const bool l_317 = l_279 < l_0;
const bool l_318 = l_316 < l_2;
const bool l_319 = l_317 && l_318;
if (l_319) {
const uint32 l_320 = blockIdx.z * l_0;
const uint32 l_321 = l_320 + l_279;
const uint32 l_322 = l_321 * l_2;
const uint32 l_323 = l_322 + l_316;
const float l_324 = l_arr_18[uint32(2)];
const uint32 l_603 = info.static_meta[uint32(2)];
const uint32 l_604 = l_603 * uint32(1);
const bool l_605 = l_323 < l_604;
if (l_605) {
buffer_2[l_323] = l_324;
}
}
const uint32 l_325 = uint32(3) / uint32(4);
const uint32 l_326 = uint32(16) * l_325;
const uint32 l_327 = l_4 + l_326;
const uint32 l_328 = l_327 * uint32(4);
const uint32 l_329 = uint32(3) % uint32(4);
const uint32 l_330 = l_328 + l_329;
const uint32 l_331 = l_6 + l_330;
const bool l_332 = l_279 < l_0;
const bool l_333 = l_331 < l_2;
const bool l_334 = l_332 && l_333;
if (l_334) {
const uint32 l_335 = blockIdx.z * l_0;
const uint32 l_336 = l_335 + l_279;
const uint32 l_337 = l_336 * l_2;
const uint32 l_338 = l_337 + l_331;
const float l_339 = l_arr_18[uint32(3)];
const uint32 l_606 = info.static_meta[uint32(2)];
const uint32 l_607 = l_606 * uint32(1);
const bool l_608 = l_338 < l_607;
if (l_608) {
buffer_2[l_338] = l_339;
}
}
const uint32 l_340 = uint32(1) / uint32(4);
const uint32 l_341 = uint32(16) * l_340;
const uint32 l_342 = l_3 + l_341;
const uint32 l_343 = l_342 * uint32(4);
const uint32 l_344 = uint32(1) % uint32(4);
const uint32 l_345 = l_343 + l_344;
const uint32 l_346 = l_5 + l_345;
const uint32 l_347 = uint32(0) / uint32(4);
const uint32 l_348 = uint32(16) * l_347;
const uint32 l_349 = l_4 + l_348;
const uint32 l_350 = l_349 * uint32(4);
const uint32 l_351 = uint32(0) % uint32(4);
const uint32 l_352 = l_350 + l_351;
const uint32 l_353 = l_6 + l_352;
const bool l_354 = l_346 < l_0;
const bool l_355 = l_353 < l_2;
const bool l_356 = l_354 && l_355;
if (l_356) {
const uint32 l_357 = blockIdx.z * l_0;
const uint32 l_358 = l_357 + l_346;
const uint32 l_359 = l_358 * l_2;
const uint32 l_360 = l_359 + l_353;
const float l_361 = l_arr_18[uint32(4)];
const uint32 l_609 = info.static_meta[uint32(2)];
const uint32 l_610 = l_609 * uint32(1);
const bool l_611 = l_360 < l_610;
if (l_611) {
buffer_2[l_360] = l_361;
}
}
const uint32 l_362 = uint32(1) / uint32(4);
const uint32 l_363 = uint32(16) * l_362;
const uint32 l_364 = l_4 + l_363;
const uint32 l_365 = l_364 * uint32(4);
const uint32 l_366 = uint32(1) % uint32(4);
const uint32 l_367 = l_365 + l_366;
const uint32 l_368 = l_6 + l_367;
const bool l_369 = l_346 < l_0;
const bool l_370 = l_368 < l_2;
const bool l_371 = l_369 && l_370;
if (l_371) {
const uint32 l_372 = blockIdx.z * l_0;
const uint32 l_373 = l_372 + l_346;
const uint32 l_374 = l_373 * l_2;
const uint32 l_375 = l_374 + l_368;
const float l_376 = l_arr_18[uint32(5)];
const uint32 l_612 = info.static_meta[uint32(2)];
const uint32 l_613 = l_612 * uint32(1);
const bool l_614 = l_375 < l_613;
if (l_614) {
buffer_2[l_375] = l_376;
}
}
const uint32 l_377 = uint32(2) / uint32(4);
const uint32 l_378 = uint32(16) * l_377;
const uint32 l_379 = l_4 + l_378;
const uint32 l_380 = l_379 * uint32(4);
const uint32 l_381 = uint32(2) % uint32(4);
const uint32 l_382 = l_380 + l_381;
const uint32 l_383 = l_6 + l_382;
const bool l_384 = l_346 < l_0;
const bool l_385 = l_383 < l_2;
const bool l_386 = l_384 && l_385;
if (l_386) {
const uint32 l_387 = blockIdx.z * l_0;
const uint32 l_388 = l_387 + l_346;
const uint32 l_389 = l_388 * l_2;
const uint32 l_390 = l_389 + l_383;
const float l_391 = l_arr_18[uint32(6)];
const uint32 l_615 = info.static_meta[uint32(2)];
const uint32 l_616 = l_615 * uint32(1);
const bool l_617 = l_390 < l_616;
if (l_617) {
buffer_2[l_390] = l_391;
}
}
const uint32 l_392 = uint32(3) / uint32(4);
const uint32 l_393 = uint32(16) * l_392;
const uint32 l_394 = l_4 + l_393;
const uint32 l_395 = l_394 * uint32(4);
const uint32 l_396 = uint32(3) % uint32(4);
const uint32 l_397 = l_395 + l_396;
const uint32 l_398 = l_6 + l_397;
const bool l_399 = l_346 < l_0;
const bool l_400 = l_398 < l_2;
const bool l_401 = l_399 && l_400;
if (l_401) {
const uint32 l_402 = blockIdx.z * l_0;
const uint32 l_403 = l_402 + l_346;
const uint32 l_404 = l_403 * l_2;
const uint32 l_405 = l_404 + l_398;
const float l_406 = l_arr_18[uint32(7)];
const uint32 l_618 = info.static_meta[uint32(2)];
const uint32 l_619 = l_618 * uint32(1);
const bool l_620 = l_405 < l_619;
if (l_620) {
buffer_2[l_405] = l_406;
}
}
const uint32 l_407 = uint32(2) / uint32(4);
const uint32 l_408 = uint32(16) * l_407;
const uint32 l_409 = l_3 + l_408;
const uint32 l_410 = l_409 * uint32(4);
const uint32 l_411 = uint32(2) % uint32(4);
const uint32 l_412 = l_410 + l_411;
const uint32 l_413 = l_5 + l_412;
const uint32 l_414 = uint32(0) / uint32(4);
const uint32 l_415 = uint32(16) * l_414;
const uint32 l_416 = l_4 + l_415;
const uint32 l_417 = l_416 * uint32(4);
const uint32 l_418 = uint32(0) % uint32(4);
const uint32 l_419 = l_417 + l_418;
const uint32 l_420 = l_6 + l_419;
const bool l_421 = l_413 < l_0;
const bool l_422 = l_420 < l_2;
const bool l_423 = l_421 && l_422;
if (l_423) {
const uint32 l_424 = blockIdx.z * l_0;
const uint32 l_425 = l_424 + l_413;
const uint32 l_426 = l_425 * l_2;
const uint32 l_427 = l_426 + l_420;
const float l_428 = l_arr_18[uint32(8)];
const uint32 l_621 = info.static_meta[uint32(2)];
const uint32 l_622 = l_621 * uint32(1);
const bool l_623 = l_427 < l_622;
if (l_623) {
buffer_2[l_427] = l_428;
}
}
const uint32 l_429 = uint32(1) / uint32(4);
const uint32 l_430 = uint32(16) * l_429;
const uint32 l_431 = l_4 + l_430;
const uint32 l_432 = l_431 * uint32(4);
const uint32 l_433 = uint32(1) % uint32(4);
const uint32 l_434 = l_432 + l_433;
const uint32 l_435 = l_6 + l_434;
const bool l_436 = l_413 < l_0;
const bool l_437 = l_435 < l_2;
const bool l_438 = l_436 && l_437;
if (l_438) {
const uint32 l_439 = blockIdx.z * l_0;
const uint32 l_440 = l_439 + l_413;
const uint32 l_441 = l_440 * l_2;
const uint32 l_442 = l_441 + l_435;
const float l_443 = l_arr_18[uint32(9)];
const uint32 l_624 = info.static_meta[uint32(2)];
const uint32 l_625 = l_624 * uint32(1);
const bool l_626 = l_442 < l_625;
if (l_626) {
buffer_2[l_442] = l_443;
}
}
const uint32 l_444 = uint32(2) / uint32(4);
const uint32 l_445 = uint32(16) * l_444;
const uint32 l_446 = l_4 + l_445;
const uint32 l_447 = l_446 * uint32(4);
const uint32 l_448 = uint32(2) % uint32(4);
const uint32 l_449 = l_447 + l_448;
const uint32 l_450 = l_6 + l_449;
const bool l_451 = l_413 < l_0;
const bool l_452 = l_450 < l_2;
const bool l_453 = l_451 && l_452;
if (l_453) {
const uint32 l_454 = blockIdx.z * l_0;
const uint32 l_455 = l_454 + l_413;
const uint32 l_456 = l_455 * l_2;
const uint32 l_457 = l_456 + l_450;
const float l_458 = l_arr_18[uint32(10)];
const uint32 l_627 = info.static_meta[uint32(2)];
const uint32 l_628 = l_627 * uint32(1);
const bool l_629 = l_457 < l_628;
if (l_629) {
buffer_2[l_457] = l_458;
}
}
const uint32 l_459 = uint32(3) / uint32(4);
const uint32 l_460 = uint32(16) * l_459;
const uint32 l_461 = l_4 + l_460;
const uint32 l_462 = l_461 * uint32(4);
const uint32 l_463 = uint32(3) % uint32(4);
const uint32 l_464 = l_462 + l_463;
const uint32 l_465 = l_6 + l_464;
const bool l_466 = l_413 < l_0;
const bool l_467 = l_465 < l_2;
const bool l_468 = l_466 && l_467;
if (l_468) {
const uint32 l_469 = blockIdx.z * l_0;
const uint32 l_470 = l_469 + l_413;
const uint32 l_471 = l_470 * l_2;
const uint32 l_472 = l_471 + l_465;
const float l_473 = l_arr_18[uint32(11)];
const uint32 l_630 = info.static_meta[uint32(2)];
const uint32 l_631 = l_630 * uint32(1);
const bool l_632 = l_472 < l_631;
if (l_632) {
buffer_2[l_472] = l_473;
}
}
const uint32 l_474 = uint32(3) / uint32(4);
const uint32 l_475 = uint32(16) * l_474;
const uint32 l_476 = l_3 + l_475;
const uint32 l_477 = l_476 * uint32(4);
const uint32 l_478 = uint32(3) % uint32(4);
const uint32 l_479 = l_477 + l_478;
const uint32 l_480 = l_5 + l_479;
const uint32 l_481 = uint32(0) / uint32(4);
const uint32 l_482 = uint32(16) * l_481;
const uint32 l_483 = l_4 + l_482;
const uint32 l_484 = l_483 * uint32(4);
const uint32 l_485 = uint32(0) % uint32(4);
const uint32 l_486 = l_484 + l_485;
const uint32 l_487 = l_6 + l_486;
const bool l_488 = l_480 < l_0;
const bool l_489 = l_487 < l_2;
const bool l_490 = l_488 && l_489;
if (l_490) {
const uint32 l_491 = blockIdx.z * l_0;
const uint32 l_492 = l_491 + l_480;
const uint32 l_493 = l_492 * l_2;
const uint32 l_494 = l_493 + l_487;
const float l_495 = l_arr_18[uint32(12)];
const uint32 l_633 = info.static_meta[uint32(2)];
const uint32 l_634 = l_633 * uint32(1);
const bool l_635 = l_494 < l_634;
if (l_635) {
buffer_2[l_494] = l_495;
}
}
const uint32 l_496 = uint32(1) / uint32(4);
const uint32 l_497 = uint32(16) * l_496;
const uint32 l_498 = l_4 + l_497;
const uint32 l_499 = l_498 * uint32(4);
const uint32 l_500 = uint32(1) % uint32(4);
const uint32 l_501 = l_499 + l_500;
const uint32 l_502 = l_6 + l_501;
const bool l_503 = l_480 < l_0;
const bool l_504 = l_502 < l_2;
const bool l_505 = l_503 && l_504;
if (l_505) {
const uint32 l_506 = blockIdx.z * l_0;
const uint32 l_507 = l_506 + l_480;
const uint32 l_508 = l_507 * l_2;
const uint32 l_509 = l_508 + l_502;
const float l_510 = l_arr_18[uint32(13)];
const uint32 l_636 = info.static_meta[uint32(2)];
const uint32 l_637 = l_636 * uint32(1);
const bool l_638 = l_509 < l_637;
if (l_638) {
buffer_2[l_509] = l_510;
}
}
const uint32 l_511 = uint32(2) / uint32(4);
const uint32 l_512 = uint32(16) * l_511;
const uint32 l_513 = l_4 + l_512;
const uint32 l_514 = l_513 * uint32(4);
const uint32 l_515 = uint32(2) % uint32(4);
const uint32 l_516 = l_514 + l_515;
const uint32 l_517 = l_6 + l_516;
const bool l_518 = l_480 < l_0;
const bool l_519 = l_517 < l_2;
const bool l_520 = l_518 && l_519;
if (l_520) {
const uint32 l_521 = blockIdx.z * l_0;
const uint32 l_522 = l_521 + l_480;
const uint32 l_523 = l_522 * l_2;
const uint32 l_524 = l_523 + l_517;
const float l_525 = l_arr_18[uint32(14)];
const uint32 l_639 = info.static_meta[uint32(2)];
const uint32 l_640 = l_639 * uint32(1);
const bool l_641 = l_524 < l_640;
if (l_641) {
buffer_2[l_524] = l_525;
}
}
const uint32 l_526 = uint32(3) / uint32(4);
const uint32 l_527 = uint32(16) * l_526;
const uint32 l_528 = l_4 + l_527;
const uint32 l_529 = l_528 * uint32(4);
const uint32 l_530 = uint32(3) % uint32(4);
const uint32 l_531 = l_529 + l_530;
const uint32 l_532 = l_6 + l_531;
const bool l_533 = l_480 < l_0;
const bool l_534 = l_532 < l_2;
const bool l_535 = l_533 && l_534;
if (l_535) {
const uint32 l_536 = blockIdx.z * l_0;
const uint32 l_537 = l_536 + l_480;
const uint32 l_538 = l_537 * l_2;
const uint32 l_539 = l_538 + l_532;
const float l_540 = l_arr_18[uint32(15)];
const uint32 l_642 = info.static_meta[uint32(2)];
const uint32 l_643 = l_642 * uint32(1);
const bool l_644 = l_539 < l_643;
if (l_644) {
buffer_2[l_539] = l_540;
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
