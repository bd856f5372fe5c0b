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

float l_mut_1363;
float l_mut_311;
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
const uint32 l_1377 = info.static_meta[uint32(0)];
const uint32 l_1378 = l_1377 * uint32(1);
const bool l_1379 = l_57 < l_1378;
const uint32 l_1380 = l_1378 - uint32(1);
const uint32 l_1381 = min(l_57, l_1380);
const float l_1382 = buffer_0[l_1381];
const float l_1383 = (l_1379) ? l_1382 : float(0.0);
const float l_58 = l_1383;
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
const uint32 l_1384 = info.static_meta[uint32(0)];
const uint32 l_1385 = l_1384 * uint32(1);
const bool l_1386 = l_70 < l_1385;
const uint32 l_1387 = l_1385 - uint32(1);
const uint32 l_1388 = min(l_70, l_1387);
const float l_1389 = buffer_0[l_1388];
const float l_1390 = (l_1386) ? l_1389 : float(0.0);
const float l_71 = l_1390;
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
const uint32 l_1391 = info.static_meta[uint32(0)];
const uint32 l_1392 = l_1391 * uint32(1);
const bool l_1393 = l_83 < l_1392;
const uint32 l_1394 = l_1392 - uint32(1);
const uint32 l_1395 = min(l_83, l_1394);
const float l_1396 = buffer_0[l_1395];
const float l_1397 = (l_1393) ? l_1396 : float(0.0);
const float l_84 = l_1397;
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
const uint32 l_1398 = info.static_meta[uint32(0)];
const uint32 l_1399 = l_1398 * uint32(1);
const bool l_1400 = l_96 < l_1399;
const uint32 l_1401 = l_1399 - uint32(1);
const uint32 l_1402 = min(l_96, l_1401);
const float l_1403 = buffer_0[l_1402];
const float l_1404 = (l_1400) ? l_1403 : float(0.0);
const float l_97 = l_1404;
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
const uint32 l_1405 = info.static_meta[uint32(1)];
const uint32 l_1406 = l_1405 * uint32(1);
const bool l_1407 = l_117 < l_1406;
const uint32 l_1408 = l_1406 - uint32(1);
const uint32 l_1409 = min(l_117, l_1408);
const float l_1410 = buffer_1[l_1409];
const float l_1411 = (l_1407) ? l_1410 : float(0.0);
const float l_118 = l_1411;
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
const uint32 l_1412 = info.static_meta[uint32(1)];
const uint32 l_1413 = l_1412 * uint32(1);
const bool l_1414 = l_130 < l_1413;
const uint32 l_1415 = l_1413 - uint32(1);
const uint32 l_1416 = min(l_130, l_1415);
const float l_1417 = buffer_1[l_1416];
const float l_1418 = (l_1414) ? l_1417 : float(0.0);
const float l_131 = l_1418;
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
const uint32 l_1419 = info.static_meta[uint32(1)];
const uint32 l_1420 = l_1419 * uint32(1);
const bool l_1421 = l_143 < l_1420;
const uint32 l_1422 = l_1420 - uint32(1);
const uint32 l_1423 = min(l_143, l_1422);
const float l_1424 = buffer_1[l_1423];
const float l_1425 = (l_1421) ? l_1424 : float(0.0);
const float l_144 = l_1425;
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
const uint32 l_1426 = info.static_meta[uint32(1)];
const uint32 l_1427 = l_1426 * uint32(1);
const bool l_1428 = l_156 < l_1427;
const uint32 l_1429 = l_1427 - uint32(1);
const uint32 l_1430 = min(l_156, l_1429);
const float l_1431 = buffer_1[l_1430];
const float l_1432 = (l_1428) ? l_1431 : float(0.0);
const float l_157 = l_1432;
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
const uint32 l_282 = l_8 + uint32(0);
const uint32 l_283 = l_282 * uint32(4);
const uint32 l_284 = l_6 + l_283;
const uint32 l_285 = l_284 + uint32(0);
const uint32 l_286 = l_9 + uint32(0);
const uint32 l_287 = l_286 * uint32(4);
const uint32 l_288 = l_mut_17 + l_287;
const uint32 l_289 = l_288 + uint32(0);
const bool l_290 = l_285 < l_7;
const bool l_291 = l_289 < l_1;
const bool l_292 = l_290 && l_291;
if (l_292) {
const float l_293 = l_arr_12[uint32(0)];
const float l_294 = info.scalars_float[0] * l_293;
l_mut_48 = l_294;
const uint32 l_1433 = info.static_meta[uint32(2)];
const uint32 l_1434 = l_1433 * uint32(1);
const bool l_1435 = l_285 < l_1434;
const uint32 l_1436 = l_1434 - uint32(1);
const uint32 l_1437 = min(l_285, l_1436);
const float l_1438 = buffer_2[l_1437];
const float l_1439 = (l_1435) ? l_1438 : float(0.0);
const float l_295 = l_1439;
const uint32 l_1440 = info.static_meta[uint32(3)];
const uint32 l_1441 = l_1440 * uint32(1);
const bool l_1442 = l_289 < l_1441;
const uint32 l_1443 = l_1441 - uint32(1);
const uint32 l_1444 = min(l_289, l_1443);
const float l_1445 = buffer_3[l_1444];
const float l_1446 = (l_1442) ? l_1445 : float(0.0);
const float l_296 = l_1446;
const float l_297 = l_295 * l_296;
l_mut_48 = l_mut_48 / l_297;
const uint32 l_298 = l_285 + info.scalars_uint32[0];
const uint32 l_299 = l_289 + info.scalars_uint32[1];
const bool l_300 = l_298 == l_299;
const float l_301 = (l_300) ? float(1.0) : float(-1.0);
const float l_302 = l_mut_48 + info.scalars_float[1];
const float l_303 = l_301 * l_302;
const float l_304 = min(l_303, float(0.0));
const float l_305 = abs(l_303);
const float l_306 = -l_305;
const float l_307 = exp(l_306);
const float l_308 = float(2.0) + l_307;
const float l_309 = l_307 / l_308;
const float l_310 = l_309 * l_309;
l_mut_311 = float(0.05882352963089943);
const float l_312 = l_310 * l_mut_311;
const float l_313 = float(0.06666667014360428) + l_312;
l_mut_311 = l_313;
const float l_314 = l_310 * l_mut_311;
const float l_315 = float(0.07692307978868484) + l_314;
l_mut_311 = l_315;
const float l_316 = l_310 * l_mut_311;
const float l_317 = float(0.09090909361839294) + l_316;
l_mut_311 = l_317;
const float l_318 = l_310 * l_mut_311;
const float l_319 = float(0.1111111119389534) + l_318;
l_mut_311 = l_319;
const float l_320 = l_310 * l_mut_311;
const float l_321 = float(0.1428571492433548) + l_320;
l_mut_311 = l_321;
const float l_322 = l_310 * l_mut_311;
const float l_323 = float(0.20000000298023224) + l_322;
l_mut_311 = l_323;
const float l_324 = l_310 * l_mut_311;
const float l_325 = float(0.3333333432674408) + l_324;
l_mut_311 = l_325;
const float l_326 = l_310 * l_mut_311;
const float l_327 = float(1.0) + l_326;
l_mut_311 = l_327;
const float l_328 = float(2.0) * l_309;
const float l_329 = l_328 * l_mut_311;
const float l_330 = l_304 - l_329;
const float l_331 = l_arr_13[uint32(0)];
const float l_332 = l_331 + l_330;
l_arr_13[uint32(0)] = l_332;
const float l_333 = -info.scalars_float[3];
const float l_334 = l_333 * l_301;
const float l_335 = l_301 * l_302;
const float l_336 = exp(l_335);
const float l_337 = float(1.0) + l_336;
const float l_338 = l_334 / l_337;
const float l_339 = l_338 * l_mut_48;
const float l_340 = l_arr_14[uint32(0)];
const float l_341 = l_340 + l_339;
l_arr_14[uint32(0)] = l_341;
const float l_342 = l_arr_15[uint32(0)];
const float l_343 = l_342 + l_338;
l_arr_15[uint32(0)] = l_343;
const float l_344 = info.scalars_float[0] * l_338;
l_mut_311 = l_344;
const uint32 l_1447 = info.static_meta[uint32(2)];
const uint32 l_1448 = l_1447 * uint32(1);
const bool l_1449 = l_285 < l_1448;
const uint32 l_1450 = l_1448 - uint32(1);
const uint32 l_1451 = min(l_285, l_1450);
const float l_1452 = buffer_2[l_1451];
const float l_1453 = (l_1449) ? l_1452 : float(0.0);
const float l_345 = l_1453;
const uint32 l_1454 = info.static_meta[uint32(3)];
const uint32 l_1455 = l_1454 * uint32(1);
const bool l_1456 = l_289 < l_1455;
const uint32 l_1457 = l_1455 - uint32(1);
const uint32 l_1458 = min(l_289, l_1457);
const float l_1459 = buffer_3[l_1458];
const float l_1460 = (l_1456) ? l_1459 : float(0.0);
const float l_346 = l_1460;
const float l_347 = l_345 * l_346;
l_mut_311 = l_mut_311 / l_347;
const uint32 l_348 = l_285 - info.scalars_uint32[2];
const uint32 l_349 = l_348 * l_1;
const uint32 l_350 = l_349 + l_289;
const uint32 l_1461 = info.static_meta[uint32(4)];
const uint32 l_1462 = l_1461 * uint32(1);
const bool l_1463 = l_350 < l_1462;
if (l_1463) {
buffer_4[l_350] = l_mut_311;
}
}
const uint32 l_351 = l_9 + uint32(0);
const uint32 l_352 = l_351 * uint32(4);
const uint32 l_353 = l_mut_17 + l_352;
const uint32 l_354 = l_353 + uint32(1);
const bool l_355 = l_285 < l_7;
const bool l_356 = l_354 < l_1;
const bool l_357 = l_355 && l_356;
if (l_357) {
const float l_358 = l_arr_12[uint32(1)];
const float l_359 = info.scalars_float[0] * l_358;
l_mut_311 = l_359;
const uint32 l_1464 = info.static_meta[uint32(2)];
const uint32 l_1465 = l_1464 * uint32(1);
const bool l_1466 = l_285 < l_1465;
const uint32 l_1467 = l_1465 - uint32(1);
const uint32 l_1468 = min(l_285, l_1467);
const float l_1469 = buffer_2[l_1468];
const float l_1470 = (l_1466) ? l_1469 : float(0.0);
const float l_360 = l_1470;
const uint32 l_1471 = info.static_meta[uint32(3)];
const uint32 l_1472 = l_1471 * uint32(1);
const bool l_1473 = l_354 < l_1472;
const uint32 l_1474 = l_1472 - uint32(1);
const uint32 l_1475 = min(l_354, l_1474);
const float l_1476 = buffer_3[l_1475];
const float l_1477 = (l_1473) ? l_1476 : float(0.0);
const float l_361 = l_1477;
const float l_362 = l_360 * l_361;
l_mut_311 = l_mut_311 / l_362;
const uint32 l_363 = l_285 + info.scalars_uint32[0];
const uint32 l_364 = l_354 + info.scalars_uint32[1];
const bool l_365 = l_363 == l_364;
const float l_366 = (l_365) ? float(1.0) : float(-1.0);
const float l_367 = l_mut_311 + info.scalars_float[1];
const float l_368 = l_366 * l_367;
const float l_369 = min(l_368, float(0.0));
const float l_370 = abs(l_368);
const float l_371 = -l_370;
const float l_372 = exp(l_371);
const float l_373 = float(2.0) + l_372;
const float l_374 = l_372 / l_373;
const float l_375 = l_374 * l_374;
l_mut_48 = float(0.05882352963089943);
const float l_376 = l_375 * l_mut_48;
const float l_377 = float(0.06666667014360428) + l_376;
l_mut_48 = l_377;
const float l_378 = l_375 * l_mut_48;
const float l_379 = float(0.07692307978868484) + l_378;
l_mut_48 = l_379;
const float l_380 = l_375 * l_mut_48;
const float l_381 = float(0.09090909361839294) + l_380;
l_mut_48 = l_381;
const float l_382 = l_375 * l_mut_48;
const float l_383 = float(0.1111111119389534) + l_382;
l_mut_48 = l_383;
const float l_384 = l_375 * l_mut_48;
const float l_385 = float(0.1428571492433548) + l_384;
l_mut_48 = l_385;
const float l_386 = l_375 * l_mut_48;
const float l_387 = float(0.20000000298023224) + l_386;
l_mut_48 = l_387;
const float l_388 = l_375 * l_mut_48;
const float l_389 = float(0.3333333432674408) + l_388;
l_mut_48 = l_389;
const float l_390 = l_375 * l_mut_48;
const float l_391 = float(1.0) + l_390;
l_mut_48 = l_391;
const float l_392 = float(2.0) * l_374;
const float l_393 = l_392 * l_mut_48;
const float l_394 = l_369 - l_393;
const float l_395 = l_arr_13[uint32(0)];
const float l_396 = l_395 + l_394;
l_arr_13[uint32(0)] = l_396;
const float l_397 = -info.scalars_float[3];
const float l_398 = l_397 * l_366;
const float l_399 = l_366 * l_367;
const float l_400 = exp(l_399);
const float l_401 = float(1.0) + l_400;
const float l_402 = l_398 / l_401;
const float l_403 = l_402 * l_mut_311;
const float l_404 = l_arr_14[uint32(0)];
const float l_405 = l_404 + l_403;
l_arr_14[uint32(0)] = l_405;
const float l_406 = l_arr_15[uint32(0)];
const float l_407 = l_406 + l_402;
l_arr_15[uint32(0)] = l_407;
const float l_408 = info.scalars_float[0] * l_402;
l_mut_311 = l_408;
const uint32 l_1478 = info.static_meta[uint32(2)];
const uint32 l_1479 = l_1478 * uint32(1);
const bool l_1480 = l_285 < l_1479;
const uint32 l_1481 = l_1479 - uint32(1);
const uint32 l_1482 = min(l_285, l_1481);
const float l_1483 = buffer_2[l_1482];
const float l_1484 = (l_1480) ? l_1483 : float(0.0);
const float l_409 = l_1484;
const uint32 l_1485 = info.static_meta[uint32(3)];
const uint32 l_1486 = l_1485 * uint32(1);
const bool l_1487 = l_354 < l_1486;
const uint32 l_1488 = l_1486 - uint32(1);
const uint32 l_1489 = min(l_354, l_1488);
const float l_1490 = buffer_3[l_1489];
const float l_1491 = (l_1487) ? l_1490 : float(0.0);
const float l_410 = l_1491;
const float l_411 = l_409 * l_410;
l_mut_311 = l_mut_311 / l_411;
const uint32 l_412 = l_285 - info.scalars_uint32[2];
const uint32 l_413 = l_412 * l_1;
const uint32 l_414 = l_413 + l_354;
const uint32 l_1492 = info.static_meta[uint32(4)];
const uint32 l_1493 = l_1492 * uint32(1);
const bool l_1494 = l_414 < l_1493;
if (l_1494) {
buffer_4[l_414] = l_mut_311;
}
}
const uint32 l_415 = l_9 + uint32(0);
const uint32 l_416 = l_415 * uint32(4);
const uint32 l_417 = l_mut_17 + l_416;
const uint32 l_418 = l_417 + uint32(2);
const bool l_419 = l_285 < l_7;
const bool l_420 = l_418 < l_1;
const bool l_421 = l_419 && l_420;
if (l_421) {
const float l_422 = l_arr_12[uint32(2)];
const float l_423 = info.scalars_float[0] * l_422;
l_mut_311 = l_423;
const uint32 l_1495 = info.static_meta[uint32(2)];
const uint32 l_1496 = l_1495 * uint32(1);
const bool l_1497 = l_285 < l_1496;
const uint32 l_1498 = l_1496 - uint32(1);
const uint32 l_1499 = min(l_285, l_1498);
const float l_1500 = buffer_2[l_1499];
const float l_1501 = (l_1497) ? l_1500 : float(0.0);
const float l_424 = l_1501;
const uint32 l_1502 = info.static_meta[uint32(3)];
const uint32 l_1503 = l_1502 * uint32(1);
const bool l_1504 = l_418 < l_1503;
const uint32 l_1505 = l_1503 - uint32(1);
const uint32 l_1506 = min(l_418, l_1505);
const float l_1507 = buffer_3[l_1506];
const float l_1508 = (l_1504) ? l_1507 : float(0.0);
const float l_425 = l_1508;
const float l_426 = l_424 * l_425;
l_mut_311 = l_mut_311 / l_426;
const uint32 l_427 = l_285 + info.scalars_uint32[0];
const uint32 l_428 = l_418 + info.scalars_uint32[1];
const bool l_429 = l_427 == l_428;
const float l_430 = (l_429) ? float(1.0) : float(-1.0);
const float l_431 = l_mut_311 + info.scalars_float[1];
const float l_432 = l_430 * l_431;
const float l_433 = min(l_432, float(0.0));
const float l_434 = abs(l_432);
const float l_435 = -l_434;
const float l_436 = exp(l_435);
const float l_437 = float(2.0) + l_436;
const float l_438 = l_436 / l_437;
const float l_439 = l_438 * l_438;
l_mut_48 = float(0.05882352963089943);
const float l_440 = l_439 * l_mut_48;
const float l_441 = float(0.06666667014360428) + l_440;
l_mut_48 = l_441;
const float l_442 = l_439 * l_mut_48;
const float l_443 = float(0.07692307978868484) + l_442;
l_mut_48 = l_443;
const float l_444 = l_439 * l_mut_48;
const float l_445 = float(0.09090909361839294) + l_444;
l_mut_48 = l_445;
const float l_446 = l_439 * l_mut_48;
const float l_447 = float(0.1111111119389534) + l_446;
l_mut_48 = l_447;
const float l_448 = l_439 * l_mut_48;
const float l_449 = float(0.1428571492433548) + l_448;
l_mut_48 = l_449;
const float l_450 = l_439 * l_mut_48;
const float l_451 = float(0.20000000298023224) + l_450;
l_mut_48 = l_451;
const float l_452 = l_439 * l_mut_48;
const float l_453 = float(0.3333333432674408) + l_452;
l_mut_48 = l_453;
const float l_454 = l_439 * l_mut_48;
const float l_455 = float(1.0) + l_454;
l_mut_48 = l_455;
const float l_456 = float(2.0) * l_438;
const float l_457 = l_456 * l_mut_48;
const float l_458 = l_433 - l_457;
const float l_459 = l_arr_13[uint32(0)];
const float l_460 = l_459 + l_458;
l_arr_13[uint32(0)] = l_460;
const float l_461 = -info.scalars_float[3];
const float l_462 = l_461 * l_430;
const float l_463 = l_430 * l_431;
const float l_464 = exp(l_463);
const float l_465 = float(1.0) + l_464;
const float l_466 = l_462 / l_465;
const float l_467 = l_466 * l_mut_311;
const float l_468 = l_arr_14[uint32(0)];
const float l_469 = l_468 + l_467;
l_arr_14[uint32(0)] = l_469;
const float l_470 = l_arr_15[uint32(0)];
const float l_471 = l_470 + l_466;
l_arr_15[uint32(0)] = l_471;
const float l_472 = info.scalars_float[0] * l_466;
l_mut_311 = l_472;
const uint32 l_1509 = info.static_meta[uint32(2)];
const uint32 l_1510 = l_1509 * uint32(1);
const bool l_1511 = l_285 < l_1510;
const uint32 l_1512 = l_1510 - uint32(1);
const uint32 l_1513 = min(l_285, l_1512);
const float l_1514 = buffer_2[l_1513];
const float l_1515 = (l_1511) ? l_1514 : float(0.0);
const float l_473 = l_1515;
const uint32 l_1516 = info.static_meta[uint32(3)];
const uint32 l_1517 = l_1516 * uint32(1);
const bool l_1518 = l_418 < l_1517;
const uint32 l_1519 = l_1517 - uint32(1);
const uint32 l_1520 = min(l_418, l_1519);
const float l_1521 = buffer_3[l_1520];
const float l_1522 = (l_1518) ? l_1521 : float(0.0);
const float l_474 = l_1522;
const float l_475 = l_473 * l_474;
l_mut_311 = l_mut_311 / l_475;
const uint32 l_476 = l_285 - info.scalars_uint32[2];
const uint32 l_477 = l_476 * l_1;
const uint32 l_478 = l_477 + l_418;
const uint32 l_1523 = info.static_meta[uint32(4)];
const uint32 l_1524 = l_1523 * uint32(1);
const bool l_1525 = l_478 < l_1524;
if (l_1525) {
buffer_4[l_478] = l_mut_311;
}
}
const uint32 l_479 = l_9 + uint32(0);
const uint32 l_480 = l_479 * uint32(4);
const uint32 l_481 = l_mut_17 + l_480;
const uint32 l_482 = l_481 + uint32(3);
const bool l_483 = l_285 < l_7;
const bool l_484 = l_482 < l_1;
const bool l_485 = l_483 && l_484;
if (l_485) {
const float l_486 = l_arr_12[uint32(3)];
const float l_487 = info.scalars_float[0] * l_486;
l_mut_311 = l_487;
const uint32 l_1526 = info.static_meta[uint32(2)];
const uint32 l_1527 = l_1526 * uint32(1);
const bool l_1528 = l_285 < l_1527;
const uint32 l_1529 = l_1527 - uint32(1);
const uint32 l_1530 = min(l_285, l_1529);
const float l_1531 = buffer_2[l_1530];
const float l_1532 = (l_1528) ? l_1531 : float(0.0);
const float l_488 = l_1532;
const uint32 l_1533 = info.static_meta[uint32(3)];
const uint32 l_1534 = l_1533 * uint32(1);
const bool l_1535 = l_482 < l_1534;
const uint32 l_1536 = l_1534 - uint32(1);
const uint32 l_1537 = min(l_482, l_1536);
const float l_1538 = buffer_3[l_1537];
const float l_1539 = (l_1535) ? l_1538 : float(0.0);
const float l_489 = l_1539;
const float l_490 = l_488 * l_489;
l_mut_311 = l_mut_311 / l_490;
const uint32 l_491 = l_285 + info.scalars_uint32[0];
const uint32 l_492 = l_482 + info.scalars_uint32[1];
const bool l_493 = l_491 == l_492;
const float l_494 = (l_493) ? float(1.0) : float(-1.0);
const float l_495 = l_mut_311 + info.scalars_float[1];
const float l_496 = l_494 * l_495;
const float l_497 = min(l_496, float(0.0));
const float l_498 = abs(l_496);
const float l_499 = -l_498;
const float l_500 = exp(l_499);
const float l_501 = float(2.0) + l_500;
const float l_502 = l_500 / l_501;
const float l_503 = l_502 * l_502;
l_mut_48 = float(0.05882352963089943);
const float l_504 = l_503 * l_mut_48;
const float l_505 = float(0.06666667014360428) + l_504;
l_mut_48 = l_505;
const float l_506 = l_503 * l_mut_48;
const float l_507 = float(0.07692307978868484) + l_506;
l_mut_48 = l_507;
const float l_508 = l_503 * l_mut_48;
const float l_509 = float(0.09090909361839294) + l_508;
l_mut_48 = l_509;
const float l_510 = l_503 * l_mut_48;
const float l_511 = float(0.1111111119389534) + l_510;
l_mut_48 = l_511;
const float l_512 = l_503 * l_mut_48;
const float l_513 = float(0.1428571492433548) + l_512;
l_mut_48 = l_513;
const float l_514 = l_503 * l_mut_48;
const float l_515 = float(0.20000000298023224) + l_514;
l_mut_48 = l_515;
const float l_516 = l_503 * l_mut_48;
const float l_517 = float(0.3333333432674408) + l_516;
l_mut_48 = l_517;
const float l_518 = l_503 * l_mut_48;
const float l_519 = float(1.0) + l_518;
l_mut_48 = l_519;
const float l_520 = float(2.0) * l_502;
const float l_521 = l_520 * l_mut_48;
const float l_522 = l_497 - l_521;
const float l_523 = l_arr_13[uint32(0)];
const float l_524 = l_523 + l_522;
l_arr_13[uint32(0)] = l_524;
const float l_525 = -info.scalars_float[3];
const float l_526 = l_525 * l_494;
const float l_527 = l_494 * l_495;
const float l_528 = exp(l_527);
const float l_529 = float(1.0) + l_528;
const float l_530 = l_526 / l_529;
const float l_531 = l_530 * l_mut_311;
const float l_532 = l_arr_14[uint32(0)];
const float l_533 = l_532 + l_531;
l_arr_14[uint32(0)] = l_533;
const float l_534 = l_arr_15[uint32(0)];
const float l_535 = l_534 + l_530;
l_arr_15[uint32(0)] = l_535;
const float l_536 = info.scalars_float[0] * l_530;
l_mut_311 = l_536;
const uint32 l_1540 = info.static_meta[uint32(2)];
const uint32 l_1541 = l_1540 * uint32(1);
const bool l_1542 = l_285 < l_1541;
const uint32 l_1543 = l_1541 - uint32(1);
const uint32 l_1544 = min(l_285, l_1543);
const float l_1545 = buffer_2[l_1544];
const float l_1546 = (l_1542) ? l_1545 : float(0.0);
const float l_537 = l_1546;
const uint32 l_1547 = info.static_meta[uint32(3)];
const uint32 l_1548 = l_1547 * uint32(1);
const bool l_1549 = l_482 < l_1548;
const uint32 l_1550 = l_1548 - uint32(1);
const uint32 l_1551 = min(l_482, l_1550);
const float l_1552 = buffer_3[l_1551];
const float l_1553 = (l_1549) ? l_1552 : float(0.0);
const float l_538 = l_1553;
const float l_539 = l_537 * l_538;
l_mut_311 = l_mut_311 / l_539;
const uint32 l_540 = l_285 - info.scalars_uint32[2];
const uint32 l_541 = l_540 * l_1;
const uint32 l_542 = l_541 + l_482;
const uint32 l_1554 = info.static_meta[uint32(4)];
const uint32 l_1555 = l_1554 * uint32(1);
const bool l_1556 = l_542 < l_1555;
if (l_1556) {
buffer_4[l_542] = l_mut_311;
}
}
const uint32 l_543 = l_8 + uint32(0);
const uint32 l_544 = l_543 * uint32(4);
const uint32 l_545 = l_6 + l_544;
const uint32 l_546 = l_545 + uint32(1);
const uint32 l_547 = l_9 + uint32(0);
const uint32 l_548 = l_547 * uint32(4);
const uint32 l_549 = l_mut_17 + l_548;
const uint32 l_550 = l_549 + uint32(0);
const bool l_551 = l_546 < l_7;
const bool l_552 = l_550 < l_1;
const bool l_553 = l_551 && l_552;
if (l_553) {
const float l_554 = l_arr_12[uint32(4)];
const float l_555 = info.scalars_float[0] * l_554;
l_mut_311 = l_555;
const uint32 l_1557 = info.static_meta[uint32(2)];
const uint32 l_1558 = l_1557 * uint32(1);
const bool l_1559 = l_546 < l_1558;
const uint32 l_1560 = l_1558 - uint32(1);
const uint32 l_1561 = min(l_546, l_1560);
const float l_1562 = buffer_2[l_1561];
const float l_1563 = (l_1559) ? l_1562 : float(0.0);
const float l_556 = l_1563;
const uint32 l_1564 = info.static_meta[uint32(3)];
const uint32 l_1565 = l_1564 * uint32(1);
const bool l_1566 = l_550 < l_1565;
const uint32 l_1567 = l_1565 - uint32(1);
const uint32 l_1568 = min(l_550, l_1567);
const float l_1569 = buffer_3[l_1568];
const float l_1570 = (l_1566) ? l_1569 : float(0.0);
const float l_557 = l_1570;
const float l_558 = l_556 * l_557;
l_mut_311 = l_mut_311 / l_558;
const uint32 l_559 = l_546 + info.scalars_uint32[0];
const uint32 l_560 = l_550 + info.scalars_uint32[1];
const bool l_561 = l_559 == l_560;
const float l_562 = (l_561) ? float(1.0) : float(-1.0);
const float l_563 = l_mut_311 + info.scalars_float[1];
const float l_564 = l_562 * l_563;
const float l_565 = min(l_564, float(0.0));
const float l_566 = abs(l_564);
const float l_567 = -l_566;
const float l_568 = exp(l_567);
const float l_569 = float(2.0) + l_568;
const float l_570 = l_568 / l_569;
const float l_571 = l_570 * l_570;
l_mut_48 = float(0.05882352963089943);
const float l_572 = l_571 * l_mut_48;
const float l_573 = float(0.06666667014360428) + l_572;
l_mut_48 = l_573;
const float l_574 = l_571 * l_mut_48;
const float l_575 = float(0.07692307978868484) + l_574;
l_mut_48 = l_575;
const float l_576 = l_571 * l_mut_48;
const float l_577 = float(0.09090909361839294) + l_576;
l_mut_48 = l_577;
const float l_578 = l_571 * l_mut_48;
const float l_579 = float(0.1111111119389534) + l_578;
l_mut_48 = l_579;
const float l_580 = l_571 * l_mut_48;
const float l_581 = float(0.1428571492433548) + l_580;
l_mut_48 = l_581;
const float l_582 = l_571 * l_mut_48;
const float l_583 = float(0.20000000298023224) + l_582;
l_mut_48 = l_583;
const float l_584 = l_571 * l_mut_48;
const float l_585 = float(0.3333333432674408) + l_584;
l_mut_48 = l_585;
const float l_586 = l_571 * l_mut_48;
const float l_587 = float(1.0) + l_586;
l_mut_48 = l_587;
const float l_588 = float(2.0) * l_570;
const float l_589 = l_588 * l_mut_48;
const float l_590 = l_565 - l_589;
const float l_591 = l_arr_13[uint32(1)];
const float l_592 = l_591 + l_590;
l_arr_13[uint32(1)] = l_592;
const float l_593 = -info.scalars_float[3];
const float l_594 = l_593 * l_562;
const float l_595 = l_562 * l_563;
const float l_596 = exp(l_595);
const float l_597 = float(1.0) + l_596;
const float l_598 = l_594 / l_597;
const float l_599 = l_598 * l_mut_311;
const float l_600 = l_arr_14[uint32(1)];
const float l_601 = l_600 + l_599;
l_arr_14[uint32(1)] = l_601;
const float l_602 = l_arr_15[uint32(1)];
const float l_603 = l_602 + l_598;
l_arr_15[uint32(1)] = l_603;
const float l_604 = info.scalars_float[0] * l_598;
l_mut_311 = l_604;
const uint32 l_1571 = info.static_meta[uint32(2)];
const uint32 l_1572 = l_1571 * uint32(1);
const bool l_1573 = l_546 < l_1572;
const uint32 l_1574 = l_1572 - uint32(1);
const uint32 l_1575 = min(l_546, l_1574);
const float l_1576 = buffer_2[l_1575];
const float l_1577 = (l_1573) ? l_1576 : float(0.0);
const float l_605 = l_1577;
const uint32 l_1578 = info.static_meta[uint32(3)];
const uint32 l_1579 = l_1578 * uint32(1);
const bool l_1580 = l_550 < l_1579;
const uint32 l_1581 = l_1579 - uint32(1);
const uint32 l_1582 = min(l_550, l_1581);
const float l_1583 = buffer_3[l_1582];
const float l_1584 = (l_1580) ? l_1583 : float(0.0);
const float l_606 = l_1584;
const float l_607 = l_605 * l_606;
l_mut_311 = l_mut_311 / l_607;
const uint32 l_608 = l_546 - info.scalars_uint32[2];
const uint32 l_609 = l_608 * l_1;
const uint32 l_610 = l_609 + l_550;
const uint32 l_1585 = info.static_meta[uint32(4)];
const uint32 l_1586 = l_1585 * uint32(1);
const bool l_1587 = l_610 < l_1586;
if (l_1587) {
buffer_4[l_610] = l_mut_311;
}
}
const uint32 l_611 = l_9 + uint32(0);
const uint32 l_612 = l_611 * uint32(4);
const uint32 l_613 = l_mut_17 + l_612;
const uint32 l_614 = l_613 + uint32(1);
const bool l_615 = l_546 < l_7;
const bool l_616 = l_614 < l_1;
const bool l_617 = l_615 && l_616;
if (l_617) {
const float l_618 = l_arr_12[uint32(5)];
const float l_619 = info.scalars_float[0] * l_618;
l_mut_311 = l_619;
const uint32 l_1588 = info.static_meta[uint32(2)];
const uint32 l_1589 = l_1588 * uint32(1);
const bool l_1590 = l_546 < l_1589;
const uint32 l_1591 = l_1589 - uint32(1);
const uint32 l_1592 = min(l_546, l_1591);
const float l_1593 = buffer_2[l_1592];
const float l_1594 = (l_1590) ? l_1593 : float(0.0);
const float l_620 = l_1594;
const uint32 l_1595 = info.static_meta[uint32(3)];
const uint32 l_1596 = l_1595 * uint32(1);
const bool l_1597 = l_614 < l_1596;
const uint32 l_1598 = l_1596 - uint32(1);
const uint32 l_1599 = min(l_614, l_1598);
const float l_1600 = buffer_3[l_1599];
const float l_1601 = (l_1597) ? l_1600 : float(0.0);
const float l_621 = l_1601;
const float l_622 = l_620 * l_621;
l_mut_311 = l_mut_311 / l_622;
const uint32 l_623 = l_546 + info.scalars_uint32[0];
const uint32 l_624 = l_614 + info.scalars_uint32[1];
const bool l_625 = l_623 == l_624;
const float l_626 = (l_625) ? float(1.0) : float(-1.0);
const float l_627 = l_mut_311 + info.scalars_float[1];
const float l_628 = l_626 * l_627;
const float l_629 = min(l_628, float(0.0));
const float l_630 = abs(l_628);
const float l_631 = -l_630;
const float l_632 = exp(l_631);
const float l_633 = float(2.0) + l_632;
const float l_634 = l_632 / l_633;
const float l_635 = l_634 * l_634;
l_mut_48 = float(0.05882352963089943);
const float l_636 = l_635 * l_mut_48;
const float l_637 = float(0.06666667014360428) + l_636;
l_mut_48 = l_637;
const float l_638 = l_635 * l_mut_48;
const float l_639 = float(0.07692307978868484) + l_638;
l_mut_48 = l_639;
const float l_640 = l_635 * l_mut_48;
const float l_641 = float(0.09090909361839294) + l_640;
l_mut_48 = l_641;
const float l_642 = l_635 * l_mut_48;
const float l_643 = float(0.1111111119389534) + l_642;
l_mut_48 = l_643;
const float l_644 = l_635 * l_mut_48;
const float l_645 = float(0.1428571492433548) + l_644;
l_mut_48 = l_645;
const float l_646 = l_635 * l_mut_48;
const float l_647 = float(0.20000000298023224) + l_646;
l_mut_48 = l_647;
const float l_648 = l_635 * l_mut_48;
const float l_649 = float(0.3333333432674408) + l_648;
l_mut_48 = l_649;
const float l_650 = l_635 * l_mut_48;
const float l_651 = float(1.0) + l_650;
l_mut_48 = l_651;
const float l_652 = float(2.0) * l_634;
const float l_653 = l_652 * l_mut_48;
const float l_654 = l_629 - l_653;
const float l_655 = l_arr_13[uint32(1)];
const float l_656 = l_655 + l_654;
l_arr_13[uint32(1)] = l_656;
const float l_657 = -info.scalars_float[3];
const float l_658 = l_657 * l_626;
const float l_659 = l_626 * l_627;
const float l_660 = exp(l_659);
const float l_661 = float(1.0) + l_660;
const float l_662 = l_658 / l_661;
const float l_663 = l_662 * l_mut_311;
const float l_664 = l_arr_14[uint32(1)];
const float l_665 = l_664 + l_663;
l_arr_14[uint32(1)] = l_665;
const float l_666 = l_arr_15[uint32(1)];
const float l_667 = l_666 + l_662;
l_arr_15[uint32(1)] = l_667;
const float l_668 = info.scalars_float[0] * l_662;
l_mut_311 = l_668;
const uint32 l_1602 = info.static_meta[uint32(2)];
const uint32 l_1603 = l_1602 * uint32(1);
const bool l_1604 = l_546 < l_1603;
const uint32 l_1605 = l_1603 - uint32(1);
const uint32 l_1606 = min(l_546, l_1605);
const float l_1607 = buffer_2[l_1606];
const float l_1608 = (l_1604) ? l_1607 : float(0.0);
const float l_669 = l_1608;
const uint32 l_1609 = info.static_meta[uint32(3)];
const uint32 l_1610 = l_1609 * uint32(1);
const bool l_1611 = l_614 < l_1610;
const uint32 l_1612 = l_1610 - uint32(1);
const uint32 l_1613 = min(l_614, l_1612);
const float l_1614 = buffer_3[l_1613];
const float l_1615 = (l_1611) ? l_1614 : float(0.0);
const float l_670 = l_1615;
const float l_671 = l_669 * l_670;
l_mut_311 = l_mut_311 / l_671;
const uint32 l_672 = l_546 - info.scalars_uint32[2];
const uint32 l_673 = l_672 * l_1;
const uint32 l_674 = l_673 + l_614;
const uint32 l_1616 = info.static_meta[uint32(4)];
const uint32 l_1617 = l_1616 * uint32(1);
const bool l_1618 = l_674 < l_1617;
if (l_1618) {
buffer_4[l_674] = l_mut_311;
}
}
const uint32 l_675 = l_9 + uint32(0);
const uint32 l_676 = l_675 * uint32(4);
const uint32 l_677 = l_mut_17 + l_676;
const uint32 l_678 = l_677 + uint32(2);
const bool l_679 = l_546 < l_7;
const bool l_680 = l_678 < l_1;
const bool l_681 = l_679 && l_680;
if (l_681) {
const float l_682 = l_arr_12[uint32(6)];
const float l_683 = info.scalars_float[0] * l_682;
l_mut_311 = l_683;
const uint32 l_1619 = info.static_meta[uint32(2)];
const uint32 l_1620 = l_1619 * uint32(1);
const bool l_1621 = l_546 < l_1620;
const uint32 l_1622 = l_1620 - uint32(1);
const uint32 l_1623 = min(l_546, l_1622);
const float l_1624 = buffer_2[l_1623];
const float l_1625 = (l_1621) ? l_1624 : float(0.0);
const float l_684 = l_1625;
const uint32 l_1626 = info.static_meta[uint32(3)];
const uint32 l_1627 = l_1626 * uint32(1);
const bool l_1628 = l_678 < l_1627;
const uint32 l_1629 = l_1627 - uint32(1);
const uint32 l_1630 = min(l_678, l_1629);
const float l_1631 = buffer_3[l_1630];
const float l_1632 = (l_1628) ? l_1631 : float(0.0);
const float l_685 = l_1632;
const float l_686 = l_684 * l_685;
l_mut_311 = l_mut_311 / l_686;
const uint32 l_687 = l_546 + info.scalars_uint32[0];
const uint32 l_688 = l_678 + info.scalars_uint32[1];
const bool l_689 = l_687 == l_688;
const float l_690 = (l_689) ? float(1.0) : float(-1.0);
const float l_691 = l_mut_311 + info.scalars_float[1];
const float l_692 = l_690 * l_691;
const float l_693 = min(l_692, float(0.0));
const float l_694 = abs(l_692);
const float l_695 = -l_694;
const float l_696 = exp(l_695);
const float l_697 = float(2.0) + l_696;
const float l_698 = l_696 / l_697;
const float l_699 = l_698 * l_698;
l_mut_48 = float(0.05882352963089943);
const float l_700 = l_699 * l_mut_48;
const float l_701 = float(0.06666667014360428) + l_700;
l_mut_48 = l_701;
const float l_702 = l_699 * l_mut_48;
const float l_703 = float(0.07692307978868484) + l_702;
l_mut_48 = l_703;
const float l_704 = l_699 * l_mut_48;
const float l_705 = float(0.09090909361839294) + l_704;
l_mut_48 = l_705;
const float l_706 = l_699 * l_mut_48;
const float l_707 = float(0.1111111119389534) + l_706;
l_mut_48 = l_707;
const float l_708 = l_699 * l_mut_48;
const float l_709 = float(0.1428571492433548) + l_708;
l_mut_48 = l_709;
const float l_710 = l_699 * l_mut_48;
const float l_711 = float(0.20000000298023224) + l_710;
l_mut_48 = l_711;
const float l_712 = l_699 * l_mut_48;
const float l_713 = float(0.3333333432674408) + l_712;
l_mut_48 = l_713;
const float l_714 = l_699 * l_mut_48;
const float l_715 = float(1.0) + l_714;
l_mut_48 = l_715;
const float l_716 = float(2.0) * l_698;
const float l_717 = l_716 * l_mut_48;
const float l_718 = l_693 - l_717;
const float l_719 = l_arr_13[uint32(1)];
const float l_720 = l_719 + l_718;
l_arr_13[uint32(1)] = l_720;
const float l_721 = -info.scalars_float[3];
const float l_722 = l_721 * l_690;
const float l_723 = l_690 * l_691;
const float l_724 = exp(l_723);
const float l_725 = float(1.0) + l_724;
const float l_726 = l_722 / l_725;
const float l_727 = l_726 * l_mut_311;
const float l_728 = l_arr_14[uint32(1)];
const float l_729 = l_728 + l_727;
l_arr_14[uint32(1)] = l_729;
const float l_730 = l_arr_15[uint32(1)];
const float l_731 = l_730 + l_726;
l_arr_15[uint32(1)] = l_731;
const float l_732 = info.scalars_float[0] * l_726;
l_mut_311 = l_732;
const uint32 l_1633 = info.static_meta[uint32(2)];
const uint32 l_1634 = l_1633 * uint32(1);
const bool l_1635 = l_546 < l_1634;
const uint32 l_1636 = l_1634 - uint32(1);
const uint32 l_1637 = min(l_546, l_1636);
const float l_1638 = buffer_2[l_1637];
const float l_1639 = (l_1635) ? l_1638 : float(0.0);
const float l_733 = l_1639;
const uint32 l_1640 = info.static_meta[uint32(3)];
const uint32 l_1641 = l_1640 * uint32(1);
const bool l_1642 = l_678 < l_1641;
const uint32 l_1643 = l_1641 - uint32(1);
const uint32 l_1644 = min(l_678, l_1643);
const float l_1645 = buffer_3[l_1644];
const float l_1646 = (l_1642) ? l_1645 : float(0.0);
const float l_734 = l_1646;
const float l_735 = l_733 * l_734;
l_mut_311 = l_mut_311 / l_735;
const uint32 l_736 = l_546 - info.scalars_uint32[2];
const uint32 l_737 = l_736 * l_1;
const uint32 l_738 = l_737 + l_678;
const uint32 l_1647 = info.static_meta[uint32(4)];
const uint32 l_1648 = l_1647 * uint32(1);
const bool l_1649 = l_738 < l_1648;
if (l_1649) {
buffer_4[l_738] = l_mut_311;
}
}
const uint32 l_739 = l_9 + uint32(0);
const uint32 l_740 = l_739 * uint32(4);
const uint32 l_741 = l_mut_17 + l_740;
const uint32 l_742 = l_741 + uint32(3);
const bool l_743 = l_546 < l_7;
const bool l_744 = l_742 < l_1;
const bool l_745 = l_743 && l_744;
if (l_745) {
const float l_746 = l_arr_12[uint32(7)];
const float l_747 = info.scalars_float[0] * l_746;
l_mut_311 = l_747;
const uint32 l_1650 = info.static_meta[uint32(2)];
const uint32 l_1651 = l_1650 * uint32(1);
const bool l_1652 = l_546 < l_1651;
const uint32 l_1653 = l_1651 - uint32(1);
const uint32 l_1654 = min(l_546, l_1653);
const float l_1655 = buffer_2[l_1654];
const float l_1656 = (l_1652) ? l_1655 : float(0.0);
const float l_748 = l_1656;
const uint32 l_1657 = info.static_meta[uint32(3)];
const uint32 l_1658 = l_1657 * uint32(1);
const bool l_1659 = l_742 < l_1658;
const uint32 l_1660 = l_1658 - uint32(1);
const uint32 l_1661 = min(l_742, l_1660);
const float l_1662 = buffer_3[l_1661];
const float l_1663 = (l_1659) ? l_1662 : float(0.0);
const float l_749 = l_1663;
const float l_750 = l_748 * l_749;
l_mut_311 = l_mut_311 / l_750;
const uint32 l_751 = l_546 + info.scalars_uint32[0];
const uint32 l_752 = l_742 + info.scalars_uint32[1];
const bool l_753 = l_751 == l_752;
const float l_754 = (l_753) ? float(1.0) : float(-1.0);
const float l_755 = l_mut_311 + info.scalars_float[1];
const float l_756 = l_754 * l_755;
const float l_757 = min(l_756, float(0.0));
const float l_758 = abs(l_756);
const float l_759 = -l_758;
const float l_760 = exp(l_759);
const float l_761 = float(2.0) + l_760;
const float l_762 = l_760 / l_761;
const float l_763 = l_762 * l_762;
l_mut_48 = float(0.05882352963089943);
const float l_764 = l_763 * l_mut_48;
const float l_765 = float(0.06666667014360428) + l_764;
l_mut_48 = l_765;
const float l_766 = l_763 * l_mut_48;
const float l_767 = float(0.07692307978868484) + l_766;
l_mut_48 = l_767;
const float l_768 = l_763 * l_mut_48;
const float l_769 = float(0.09090909361839294) + l_768;
l_mut_48 = l_769;
const float l_770 = l_763 * l_mut_48;
const float l_771 = float(0.1111111119389534) + l_770;
l_mut_48 = l_771;
const float l_772 = l_763 * l_mut_48;
const float l_773 = float(0.1428571492433548) + l_772;
l_mut_48 = l_773;
const float l_774 = l_763 * l_mut_48;
const float l_775 = float(0.20000000298023224) + l_774;
l_mut_48 = l_775;
const float l_776 = l_763 * l_mut_48;
const float l_777 = float(0.3333333432674408) + l_776;
l_mut_48 = l_777;
const float l_778 = l_763 * l_mut_48;
const float l_779 = float(1.0) + l_778;
l_mut_48 = l_779;
const float l_780 = float(2.0) * l_762;
const float l_781 = l_780 * l_mut_48;
const float l_782 = l_757 - l_781;
const float l_783 = l_arr_13[uint32(1)];
const float l_784 = l_783 + l_782;
l_arr_13[uint32(1)] = l_784;
const float l_785 = -info.scalars_float[3];
const float l_786 = l_785 * l_754;
const float l_787 = l_754 * l_755;
const float l_788 = exp(l_787);
const float l_789 = float(1.0) + l_788;
const float l_790 = l_786 / l_789;
const float l_791 = l_790 * l_mut_311;
const float l_792 = l_arr_14[uint32(1)];
const float l_793 = l_792 + l_791;
l_arr_14[uint32(1)] = l_793;
const float l_794 = l_arr_15[uint32(1)];
const float l_795 = l_794 + l_790;
l_arr_15[uint32(1)] = l_795;
const float l_796 = info.scalars_float[0] * l_790;
l_mut_311 = l_796;
const uint32 l_1664 = info.static_meta[uint32(2)];
const uint32 l_1665 = l_1664 * uint32(1);
const bool l_1666 = l_546 < l_1665;
const uint32 l_1667 = l_1665 - uint32(1);
const uint32 l_1668 = min(l_546, l_1667);
const float l_1669 = buffer_2[l_1668];
const float l_1670 = (l_1666) ? l_1669 : float(0.0);
const float l_797 = l_1670;
const uint32 l_1671 = info.static_meta[uint32(3)];
const uint32 l_1672 = l_1671 * uint32(1);
const bool l_1673 = l_742 < l_1672;
const uint32 l_1674 = l_1672 - uint32(1);
const uint32 l_1675 = min(l_742, l_1674);
const float l_1676 = buffer_3[l_1675];
const float l_1677 = (l_1673) ? l_1676 : float(0.0);
const float l_798 = l_1677;
const float l_799 = l_797 * l_798;
l_mut_311 = l_mut_311 / l_799;
const uint32 l_800 = l_546 - info.scalars_uint32[2];
const uint32 l_801 = l_800 * l_1;
const uint32 l_802 = l_801 + l_742;
const uint32 l_1678 = info.static_meta[uint32(4)];
const uint32 l_1679 = l_1678 * uint32(1);
const bool l_1680 = l_802 < l_1679;
if (l_1680) {
buffer_4[l_802] = l_mut_311;
}
}
const uint32 l_803 = l_8 + uint32(0);
const uint32 l_804 = l_803 * uint32(4);
const uint32 l_805 = l_6 + l_804;
const uint32 l_806 = l_805 + uint32(2);
const uint32 l_807 = l_9 + uint32(0);
const uint32 l_808 = l_807 * uint32(4);
const uint32 l_809 = l_mut_17 + l_808;
const uint32 l_810 = l_809 + uint32(0);
const bool l_811 = l_806 < l_7;
const bool l_812 = l_810 < l_1;
const bool l_813 = l_811 && l_812;
if (l_813) {
const float l_814 = l_arr_12[uint32(8)];
const float l_815 = info.scalars_float[0] * l_814;
l_mut_311 = l_815;
const uint32 l_1681 = info.static_meta[uint32(2)];
const uint32 l_1682 = l_1681 * uint32(1);
const bool l_1683 = l_806 < l_1682;
const uint32 l_1684 = l_1682 - uint32(1);
const uint32 l_1685 = min(l_806, l_1684);
const float l_1686 = buffer_2[l_1685];
const float l_1687 = (l_1683) ? l_1686 : float(0.0);
const float l_816 = l_1687;
const uint32 l_1688 = info.static_meta[uint32(3)];
const uint32 l_1689 = l_1688 * uint32(1);
const bool l_1690 = l_810 < l_1689;
const uint32 l_1691 = l_1689 - uint32(1);
const uint32 l_1692 = min(l_810, l_1691);
const float l_1693 = buffer_3[l_1692];
const float l_1694 = (l_1690) ? l_1693 : float(0.0);
const float l_817 = l_1694;
const float l_818 = l_816 * l_817;
l_mut_311 = l_mut_311 / l_818;
const uint32 l_819 = l_806 + info.scalars_uint32[0];
const uint32 l_820 = l_810 + info.scalars_uint32[1];
const bool l_821 = l_819 == l_820;
const float l_822 = (l_821) ? float(1.0) : float(-1.0);
const float l_823 = l_mut_311 + info.scalars_float[1];
const float l_824 = l_822 * l_823;
const float l_825 = min(l_824, float(0.0));
const float l_826 = abs(l_824);
const float l_827 = -l_826;
const float l_828 = exp(l_827);
const float l_829 = float(2.0) + l_828;
const float l_830 = l_828 / l_829;
const float l_831 = l_830 * l_830;
l_mut_48 = float(0.05882352963089943);
const float l_832 = l_831 * l_mut_48;
const float l_833 = float(0.06666667014360428) + l_832;
l_mut_48 = l_833;
const float l_834 = l_831 * l_mut_48;
const float l_835 = float(0.07692307978868484) + l_834;
l_mut_48 = l_835;
const float l_836 = l_831 * l_mut_48;
const float l_837 = float(0.09090909361839294) + l_836;
l_mut_48 = l_837;
const float l_838 = l_831 * l_mut_48;
const float l_839 = float(0.1111111119389534) + l_838;
l_mut_48 = l_839;
const float l_840 = l_831 * l_mut_48;
const float l_841 = float(0.1428571492433548) + l_840;
l_mut_48 = l_841;
const float l_842 = l_831 * l_mut_48;
const float l_843 = float(0.20000000298023224) + l_842;
l_mut_48 = l_843;
const float l_844 = l_831 * l_mut_48;
const float l_845 = float(0.3333333432674408) + l_844;
l_mut_48 = l_845;
const float l_846 = l_831 * l_mut_48;
const float l_847 = float(1.0) + l_846;
l_mut_48 = l_847;
const float l_848 = float(2.0) * l_830;
const float l_849 = l_848 * l_mut_48;
const float l_850 = l_825 - l_849;
const float l_851 = l_arr_13[uint32(2)];
const float l_852 = l_851 + l_850;
l_arr_13[uint32(2)] = l_852;
const float l_853 = -info.scalars_float[3];
const float l_854 = l_853 * l_822;
const float l_855 = l_822 * l_823;
const float l_856 = exp(l_855);
const float l_857 = float(1.0) + l_856;
const float l_858 = l_854 / l_857;
const float l_859 = l_858 * l_mut_311;
const float l_860 = l_arr_14[uint32(2)];
const float l_861 = l_860 + l_859;
l_arr_14[uint32(2)] = l_861;
const float l_862 = l_arr_15[uint32(2)];
const float l_863 = l_862 + l_858;
l_arr_15[uint32(2)] = l_863;
const float l_864 = info.scalars_float[0] * l_858;
l_mut_311 = l_864;
const uint32 l_1695 = info.static_meta[uint32(2)];
const uint32 l_1696 = l_1695 * uint32(1);
const bool l_1697 = l_806 < l_1696;
const uint32 l_1698 = l_1696 - uint32(1);
const uint32 l_1699 = min(l_806, l_1698);
const float l_1700 = buffer_2[l_1699];
const float l_1701 = (l_1697) ? l_1700 : float(0.0);
const float l_865 = l_1701;
const uint32 l_1702 = info.static_meta[uint32(3)];
const uint32 l_1703 = l_1702 * uint32(1);
const bool l_1704 = l_810 < l_1703;
const uint32 l_1705 = l_1703 - uint32(1);
const uint32 l_1706 = min(l_810, l_1705);
const float l_1707 = buffer_3[l_1706];
const float l_1708 = (l_1704) ? l_1707 : float(0.0);
const float l_866 = l_1708;
const float l_867 = l_865 * l_866;
l_mut_311 = l_mut_311 / l_867;
const uint32 l_868 = l_806 - info.scalars_uint32[2];
const uint32 l_869 = l_868 * l_1;
const uint32 l_870 = l_869 + l_810;
const uint32 l_1709 = info.static_meta[uint32(4)];
const uint32 l_1710 = l_1709 * uint32(1);
const bool l_1711 = l_870 < l_1710;
if (l_1711) {
buffer_4[l_870] = l_mut_311;
}
}
const uint32 l_871 = l_9 + uint32(0);
const uint32 l_872 = l_871 * uint32(4);
const uint32 l_873 = l_mut_17 + l_872;
const uint32 l_874 = l_873 + uint32(1);
const bool l_875 = l_806 < l_7;
const bool l_876 = l_874 < l_1;
const bool l_877 = l_875 && l_876;
if (l_877) {
const float l_878 = l_arr_12[uint32(9)];
const float l_879 = info.scalars_float[0] * l_878;
l_mut_311 = l_879;
const uint32 l_1712 = info.static_meta[uint32(2)];
const uint32 l_1713 = l_1712 * uint32(1);
const bool l_1714 = l_806 < l_1713;
const uint32 l_1715 = l_1713 - uint32(1);
const uint32 l_1716 = min(l_806, l_1715);
const float l_1717 = buffer_2[l_1716];
const float l_1718 = (l_1714) ? l_1717 : float(0.0);
const float l_880 = l_1718;
const uint32 l_1719 = info.static_meta[uint32(3)];
const uint32 l_1720 = l_1719 * uint32(1);
const bool l_1721 = l_874 < l_1720;
const uint32 l_1722 = l_1720 - uint32(1);
const uint32 l_1723 = min(l_874, l_1722);
const float l_1724 = buffer_3[l_1723];
const float l_1725 = (l_1721) ? l_1724 : float(0.0);
const float l_881 = l_1725;
const float l_882 = l_880 * l_881;
l_mut_311 = l_mut_311 / l_882;
const uint32 l_883 = l_806 + info.scalars_uint32[0];
const uint32 l_884 = l_874 + info.scalars_uint32[1];
const bool l_885 = l_883 == l_884;
const float l_886 = (l_885) ? float(1.0) : float(-1.0);
const float l_887 = l_mut_311 + info.scalars_float[1];
const float l_888 = l_886 * l_887;
const float l_889 = min(l_888, float(0.0));
const float l_890 = abs(l_888);
const float l_891 = -l_890;
const float l_892 = exp(l_891);
const float l_893 = float(2.0) + l_892;
const float l_894 = l_892 / l_893;
const float l_895 = l_894 * l_894;
l_mut_48 = float(0.05882352963089943);
const float l_896 = l_895 * l_mut_48;
const float l_897 = float(0.06666667014360428) + l_896;
l_mut_48 = l_897;
const float l_898 = l_895 * l_mut_48;
const float l_899 = float(0.07692307978868484) + l_898;
l_mut_48 = l_899;
const float l_900 = l_895 * l_mut_48;
const float l_901 = float(0.09090909361839294) + l_900;
l_mut_48 = l_901;
const float l_902 = l_895 * l_mut_48;
const float l_903 = float(0.1111111119389534) + l_902;
l_mut_48 = l_903;
const float l_904 = l_895 * l_mut_48;
const float l_905 = float(0.1428571492433548) + l_904;
l_mut_48 = l_905;
const float l_906 = l_895 * l_mut_48;
const float l_907 = float(0.20000000298023224) + l_906;
l_mut_48 = l_907;
const float l_908 = l_895 * l_mut_48;
const float l_909 = float(0.3333333432674408) + l_908;
l_mut_48 = l_909;
const float l_910 = l_895 * l_mut_48;
const float l_911 = float(1.0) + l_910;
l_mut_48 = l_911;
const float l_912 = float(2.0) * l_894;
const float l_913 = l_912 * l_mut_48;
const float l_914 = l_889 - l_913;
const float l_915 = l_arr_13[uint32(2)];
const float l_916 = l_915 + l_914;
l_arr_13[uint32(2)] = l_916;
const float l_917 = -info.scalars_float[3];
const float l_918 = l_917 * l_886;
const float l_919 = l_886 * l_887;
const float l_920 = exp(l_919);
const float l_921 = float(1.0) + l_920;
const float l_922 = l_918 / l_921;
const float l_923 = l_922 * l_mut_311;
const float l_924 = l_arr_14[uint32(2)];
const float l_925 = l_924 + l_923;
l_arr_14[uint32(2)] = l_925;
const float l_926 = l_arr_15[uint32(2)];
const float l_927 = l_926 + l_922;
l_arr_15[uint32(2)] = l_927;
const float l_928 = info.scalars_float[0] * l_922;
l_mut_311 = l_928;
const uint32 l_1726 = info.static_meta[uint32(2)];
const uint32 l_1727 = l_1726 * uint32(1);
const bool l_1728 = l_806 < l_1727;
const uint32 l_1729 = l_1727 - uint32(1);
const uint32 l_1730 = min(l_806, l_1729);
const float l_1731 = buffer_2[l_1730];
const float l_1732 = (l_1728) ? l_1731 : float(0.0);
const float l_929 = l_1732;
const uint32 l_1733 = info.static_meta[uint32(3)];
const uint32 l_1734 = l_1733 * uint32(1);
const bool l_1735 = l_874 < l_1734;
const uint32 l_1736 = l_1734 - uint32(1);
const uint32 l_1737 = min(l_874, l_1736);
const float l_1738 = buffer_3[l_1737];
const float l_1739 = (l_1735) ? l_1738 : float(0.0);
const float l_930 = l_1739;
const float l_931 = l_929 * l_930;
l_mut_311 = l_mut_311 / l_931;
const uint32 l_932 = l_806 - info.scalars_uint32[2];
const uint32 l_933 = l_932 * l_1;
const uint32 l_934 = l_933 + l_874;
const uint32 l_1740 = info.static_meta[uint32(4)];
const uint32 l_1741 = l_1740 * uint32(1);
const bool l_1742 = l_934 < l_1741;
if (l_1742) {
buffer_4[l_934] = l_mut_311;
}
}
const uint32 l_935 = l_9 + uint32(0);
const uint32 l_936 = l_935 * uint32(4);
const uint32 l_937 = l_mut_17 + l_936;
const uint32 l_938 = l_937 + uint32(2);
const bool l_939 = l_806 < l_7;
const bool l_940 = l_938 < l_1;
const bool l_941 = l_939 && l_940;
if (l_941) {
const float l_942 = l_arr_12[uint32(10)];
const float l_943 = info.scalars_float[0] * l_942;
l_mut_311 = l_943;
const uint32 l_1743 = info.static_meta[uint32(2)];
const uint32 l_1744 = l_1743 * uint32(1);
const bool l_1745 = l_806 < l_1744;
const uint32 l_1746 = l_1744 - uint32(1);
const uint32 l_1747 = min(l_806, l_1746);
const float l_1748 = buffer_2[l_1747];
const float l_1749 = (l_1745) ? l_1748 : float(0.0);
const float l_944 = l_1749;
const uint32 l_1750 = info.static_meta[uint32(3)];
const uint32 l_1751 = l_1750 * uint32(1);
const bool l_1752 = l_938 < l_1751;
const uint32 l_1753 = l_1751 - uint32(1);
const uint32 l_1754 = min(l_938, l_1753);
const float l_1755 = buffer_3[l_1754];
const float l_1756 = (l_1752) ? l_1755 : float(0.0);
const float l_945 = l_1756;
const float l_946 = l_944 * l_945;
l_mut_311 = l_mut_311 / l_946;
const uint32 l_947 = l_806 + info.scalars_uint32[0];
const uint32 l_948 = l_938 + info.scalars_uint32[1];
const bool l_949 = l_947 == l_948;
const float l_950 = (l_949) ? float(1.0) : float(-1.0);
const float l_951 = l_mut_311 + info.scalars_float[1];
const float l_952 = l_950 * l_951;
const float l_953 = min(l_952, float(0.0));
const float l_954 = abs(l_952);
const float l_955 = -l_954;
const float l_956 = exp(l_955);
const float l_957 = float(2.0) + l_956;
const float l_958 = l_956 / l_957;
const float l_959 = l_958 * l_958;
l_mut_48 = float(0.05882352963089943);
const float l_960 = l_959 * l_mut_48;
const float l_961 = float(0.06666667014360428) + l_960;
l_mut_48 = l_961;
const float l_962 = l_959 * l_mut_48;
const float l_963 = float(0.07692307978868484) + l_962;
l_mut_48 = l_963;
const float l_964 = l_959 * l_mut_48;
const float l_965 = float(0.09090909361839294) + l_964;
l_mut_48 = l_965;
const float l_966 = l_959 * l_mut_48;
const float l_967 = float(0.1111111119389534) + l_966;
l_mut_48 = l_967;
const float l_968 = l_959 * l_mut_48;
const float l_969 = float(0.1428571492433548) + l_968;
l_mut_48 = l_969;
const float l_970 = l_959 * l_mut_48;
const float l_971 = float(0.20000000298023224) + l_970;
l_mut_48 = l_971;
const float l_972 = l_959 * l_mut_48;
const float l_973 = float(0.3333333432674408) + l_972;
l_mut_48 = l_973;
const float l_974 = l_959 * l_mut_48;
const float l_975 = float(1.0) + l_974;
l_mut_48 = l_975;
const float l_976 = float(2.0) * l_958;
const float l_977 = l_976 * l_mut_48;
const float l_978 = l_953 - l_977;
const float l_979 = l_arr_13[uint32(2)];
const float l_980 = l_979 + l_978;
l_arr_13[uint32(2)] = l_980;
const float l_981 = -info.scalars_float[3];
const float l_982 = l_981 * l_950;
const float l_983 = l_950 * l_951;
const float l_984 = exp(l_983);
const float l_985 = float(1.0) + l_984;
const float l_986 = l_982 / l_985;
const float l_987 = l_986 * l_mut_311;
const float l_988 = l_arr_14[uint32(2)];
const float l_989 = l_988 + l_987;
l_arr_14[uint32(2)] = l_989;
const float l_990 = l_arr_15[uint32(2)];
const float l_991 = l_990 + l_986;
l_arr_15[uint32(2)] = l_991;
const float l_992 = info.scalars_float[0] * l_986;
l_mut_311 = l_992;
const uint32 l_1757 = info.static_meta[uint32(2)];
const uint32 l_1758 = l_1757 * uint32(1);
const bool l_1759 = l_806 < l_1758;
const uint32 l_1760 = l_1758 - uint32(1);
const uint32 l_1761 = min(l_806, l_1760);
const float l_1762 = buffer_2[l_1761];
const float l_1763 = (l_1759) ? l_1762 : float(0.0);
const float l_993 = l_1763;
const uint32 l_1764 = info.static_meta[uint32(3)];
const uint32 l_1765 = l_1764 * uint32(1);
const bool l_1766 = l_938 < l_1765;
const uint32 l_1767 = l_1765 - uint32(1);
const uint32 l_1768 = min(l_938, l_1767);
const float l_1769 = buffer_3[l_1768];
const float l_1770 = (l_1766) ? l_1769 : float(0.0);
const float l_994 = l_1770;
const float l_995 = l_993 * l_994;
l_mut_311 = l_mut_311 / l_995;
const uint32 l_996 = l_806 - info.scalars_uint32[2];
const uint32 l_997 = l_996 * l_1;
const uint32 l_998 = l_997 + l_938;
const uint32 l_1771 = info.static_meta[uint32(4)];
const uint32 l_1772 = l_1771 * uint32(1);
const bool l_1773 = l_998 < l_1772;
if (l_1773) {
buffer_4[l_998] = l_mut_311;
}
}
const uint32 l_999 = l_9 + uint32(0);
const uint32 l_1000 = l_999 * uint32(4);
const uint32 l_1001 = l_mut_17 + l_1000;
const uint32 l_1002 = l_1001 + uint32(3);
const bool l_1003 = l_806 < l_7;
const bool l_1004 = l_1002 < l_1;
const bool l_1005 = l_1003 && l_1004;
if (l_1005) {
const float l_1006 = l_arr_12[uint32(11)];
const float l_1007 = info.scalars_float[0] * l_1006;
l_mut_311 = l_1007;
const uint32 l_1774 = info.static_meta[uint32(2)];
const uint32 l_1775 = l_1774 * uint32(1);
const bool l_1776 = l_806 < l_1775;
const uint32 l_1777 = l_1775 - uint32(1);
const uint32 l_1778 = min(l_806, l_1777);
const float l_1779 = buffer_2[l_1778];
const float l_1780 = (l_1776) ? l_1779 : float(0.0);
const float l_1008 = l_1780;
const uint32 l_1781 = info.static_meta[uint32(3)];
const uint32 l_1782 = l_1781 * uint32(1);
const bool l_1783 = l_1002 < l_1782;
const uint32 l_1784 = l_1782 - uint32(1);
const uint32 l_1785 = min(l_1002, l_1784);
const float l_1786 = buffer_3[l_1785];
const float l_1787 = (l_1783) ? l_1786 : float(0.0);
const float l_1009 = l_1787;
const float l_1010 = l_1008 * l_1009;
l_mut_311 = l_mut_311 / l_1010;
const uint32 l_1011 = l_806 + info.scalars_uint32[0];
const uint32 l_1012 = l_1002 + info.scalars_uint32[1];
const bool l_1013 = l_1011 == l_1012;
const float l_1014 = (l_1013) ? float(1.0) : float(-1.0);
const float l_1015 = l_mut_311 + info.scalars_float[1];
const float l_1016 = l_1014 * l_1015;
const float l_1017 = min(l_1016, float(0.0));
const float l_1018 = abs(l_1016);
const float l_1019 = -l_1018;
const float l_1020 = exp(l_1019);
const float l_1021 = float(2.0) + l_1020;
const float l_1022 = l_1020 / l_1021;
const float l_1023 = l_1022 * l_1022;
l_mut_48 = float(0.05882352963089943);
const float l_1024 = l_1023 * l_mut_48;
const float l_1025 = float(0.06666667014360428) + l_1024;
l_mut_48 = l_1025;
const float l_1026 = l_1023 * l_mut_48;
const float l_1027 = float(0.07692307978868484) + l_1026;
l_mut_48 = l_1027;
const float l_1028 = l_1023 * l_mut_48;
const float l_1029 = float(0.09090909361839294) + l_1028;
l_mut_48 = l_1029;
const float l_1030 = l_1023 * l_mut_48;
const float l_1031 = float(0.1111111119389534) + l_1030;
l_mut_48 = l_1031;
const float l_1032 = l_1023 * l_mut_48;
const float l_1033 = float(0.1428571492433548) + l_1032;
l_mut_48 = l_1033;
const float l_1034 = l_1023 * l_mut_48;
const float l_1035 = float(0.20000000298023224) + l_1034;
l_mut_48 = l_1035;
const float l_1036 = l_1023 * l_mut_48;
const float l_1037 = float(0.3333333432674408) + l_1036;
l_mut_48 = l_1037;
const float l_1038 = l_1023 * l_mut_48;
const float l_1039 = float(1.0) + l_1038;
l_mut_48 = l_1039;
const float l_1040 = float(2.0) * l_1022;
const float l_1041 = l_1040 * l_mut_48;
const float l_1042 = l_1017 - l_1041;
const float l_1043 = l_arr_13[uint32(2)];
const float l_1044 = l_1043 + l_1042;
l_arr_13[uint32(2)] = l_1044;
const float l_1045 = -info.scalars_float[3];
const float l_1046 = l_1045 * l_1014;
const float l_1047 = l_1014 * l_1015;
const float l_1048 = exp(l_1047);
const float l_1049 = float(1.0) + l_1048;
const float l_1050 = l_1046 / l_1049;
const float l_1051 = l_1050 * l_mut_311;
const float l_1052 = l_arr_14[uint32(2)];
const float l_1053 = l_1052 + l_1051;
l_arr_14[uint32(2)] = l_1053;
const float l_1054 = l_arr_15[uint32(2)];
const float l_1055 = l_1054 + l_1050;
l_arr_15[uint32(2)] = l_1055;
const float l_1056 = info.scalars_float[0] * l_1050;
l_mut_311 = l_1056;
const uint32 l_1788 = info.static_meta[uint32(2)];
const uint32 l_1789 = l_1788 * uint32(1);
const bool l_1790 = l_806 < l_1789;
const uint32 l_1791 = l_1789 - uint32(1);
const uint32 l_1792 = min(l_806, l_1791);
const float l_1793 = buffer_2[l_1792];
const float l_1794 = (l_1790) ? l_1793 : float(0.0);
const float l_1057 = l_1794;
const uint32 l_1795 = info.static_meta[uint32(3)];
const uint32 l_1796 = l_1795 * uint32(1);
const bool l_1797 = l_1002 < l_1796;
const uint32 l_1798 = l_1796 - uint32(1);
const uint32 l_1799 = min(l_1002, l_1798);
const float l_1800 = buffer_3[l_1799];
const float l_1801 = (l_1797) ? l_1800 : float(0.0);
const float l_1058 = l_1801;
const float l_1059 = l_1057 * l_1058;
l_mut_311 = l_mut_311 / l_1059;
const uint32 l_1060 = l_806 - info.scalars_uint32[2];
const uint32 l_1061 = l_1060 * l_1;
const uint32 l_1062 = l_1061 + l_1002;
const uint32 l_1802 = info.static_meta[uint32(4)];
const uint32 l_1803 = l_1802 * uint32(1);
const bool l_1804 = l_1062 < l_1803;
if (l_1804) {
buffer_4[l_1062] = l_mut_311;
}
}
const uint32 l_1063 = l_8 + uint32(0);
const uint32 l_1064 = l_1063 * uint32(4);
const uint32 l_1065 = l_6 + l_1064;
const uint32 l_1066 = l_1065 + uint32(3);
const uint32 l_1067 = l_9 + uint32(0);
const uint32 l_1068 = l_1067 * uint32(4);
const uint32 l_1069 = l_mut_17 + l_1068;
const uint32 l_1070 = l_1069 + uint32(0);
const bool l_1071 = l_1066 < l_7;
const bool l_1072 = l_1070 < l_1;
const bool l_1073 = l_1071 && l_1072;
if (l_1073) {
const float l_1074 = l_arr_12[uint32(12)];
const float l_1075 = info.scalars_float[0] * l_1074;
l_mut_311 = l_1075;
const uint32 l_1805 = info.static_meta[uint32(2)];
const uint32 l_1806 = l_1805 * uint32(1);
const bool l_1807 = l_1066 < l_1806;
const uint32 l_1808 = l_1806 - uint32(1);
const uint32 l_1809 = min(l_1066, l_1808);
const float l_1810 = buffer_2[l_1809];
const float l_1811 = (l_1807) ? l_1810 : float(0.0);
const float l_1076 = l_1811;
const uint32 l_1812 = info.static_meta[uint32(3)];
const uint32 l_1813 = l_1812 * uint32(1);
const bool l_1814 = l_1070 < l_1813;
const uint32 l_1815 = l_1813 - uint32(1);
const uint32 l_1816 = min(l_1070, l_1815);
const float l_1817 = buffer_3[l_1816];
const float l_1818 = (l_1814) ? l_1817 : float(0.0);
const float l_1077 = l_1818;
const float l_1078 = l_1076 * l_1077;
l_mut_311 = l_mut_311 / l_1078;
const uint32 l_1079 = l_1066 + info.scalars_uint32[0];
const uint32 l_1080 = l_1070 + info.scalars_uint32[1];
const bool l_1081 = l_1079 == l_1080;
const float l_1082 = (l_1081) ? float(1.0) : float(-1.0);
const float l_1083 = l_mut_311 + info.scalars_float[1];
const float l_1084 = l_1082 * l_1083;
const float l_1085 = min(l_1084, float(0.0));
const float l_1086 = abs(l_1084);
const float l_1087 = -l_1086;
const float l_1088 = exp(l_1087);
const float l_1089 = float(2.0) + l_1088;
const float l_1090 = l_1088 / l_1089;
const float l_1091 = l_1090 * l_1090;
l_mut_48 = float(0.05882352963089943);
const float l_1092 = l_1091 * l_mut_48;
const float l_1093 = float(0.06666667014360428) + l_1092;
l_mut_48 = l_1093;
const float l_1094 = l_1091 * l_mut_48;
const float l_1095 = float(0.07692307978868484) + l_1094;
l_mut_48 = l_1095;
const float l_1096 = l_1091 * l_mut_48;
const float l_1097 = float(0.09090909361839294) + l_1096;
l_mut_48 = l_1097;
const float l_1098 = l_1091 * l_mut_48;
const float l_1099 = float(0.1111111119389534) + l_1098;
l_mut_48 = l_1099;
const float l_1100 = l_1091 * l_mut_48;
const float l_1101 = float(0.1428571492433548) + l_1100;
l_mut_48 = l_1101;
const float l_1102 = l_1091 * l_mut_48;
const float l_1103 = float(0.20000000298023224) + l_1102;
l_mut_48 = l_1103;
const float l_1104 = l_1091 * l_mut_48;
const float l_1105 = float(0.3333333432674408) + l_1104;
l_mut_48 = l_1105;
const float l_1106 = l_1091 * l_mut_48;
const float l_1107 = float(1.0) + l_1106;
l_mut_48 = l_1107;
const float l_1108 = float(2.0) * l_1090;
const float l_1109 = l_1108 * l_mut_48;
const float l_1110 = l_1085 - l_1109;
const float l_1111 = l_arr_13[uint32(3)];
const float l_1112 = l_1111 + l_1110;
l_arr_13[uint32(3)] = l_1112;
const float l_1113 = -info.scalars_float[3];
const float l_1114 = l_1113 * l_1082;
const float l_1115 = l_1082 * l_1083;
const float l_1116 = exp(l_1115);
const float l_1117 = float(1.0) + l_1116;
const float l_1118 = l_1114 / l_1117;
const float l_1119 = l_1118 * l_mut_311;
const float l_1120 = l_arr_14[uint32(3)];
const float l_1121 = l_1120 + l_1119;
l_arr_14[uint32(3)] = l_1121;
const float l_1122 = l_arr_15[uint32(3)];
const float l_1123 = l_1122 + l_1118;
l_arr_15[uint32(3)] = l_1123;
const float l_1124 = info.scalars_float[0] * l_1118;
l_mut_311 = l_1124;
const uint32 l_1819 = info.static_meta[uint32(2)];
const uint32 l_1820 = l_1819 * uint32(1);
const bool l_1821 = l_1066 < l_1820;
const uint32 l_1822 = l_1820 - uint32(1);
const uint32 l_1823 = min(l_1066, l_1822);
const float l_1824 = buffer_2[l_1823];
const float l_1825 = (l_1821) ? l_1824 : float(0.0);
const float l_1125 = l_1825;
const uint32 l_1826 = info.static_meta[uint32(3)];
const uint32 l_1827 = l_1826 * uint32(1);
const bool l_1828 = l_1070 < l_1827;
const uint32 l_1829 = l_1827 - uint32(1);
const uint32 l_1830 = min(l_1070, l_1829);
const float l_1831 = buffer_3[l_1830];
const float l_1832 = (l_1828) ? l_1831 : float(0.0);
const float l_1126 = l_1832;
const float l_1127 = l_1125 * l_1126;
l_mut_311 = l_mut_311 / l_1127;
const uint32 l_1128 = l_1066 - info.scalars_uint32[2];
const uint32 l_1129 = l_1128 * l_1;
const uint32 l_1130 = l_1129 + l_1070;
const uint32 l_1833 = info.static_meta[uint32(4)];
const uint32 l_1834 = l_1833 * uint32(1);
const bool l_1835 = l_1130 < l_1834;
if (l_1835) {
buffer_4[l_1130] = l_mut_311;
}
}
const uint32 l_1131 = l_9 + uint32(0);
const uint32 l_1132 = l_1131 * uint32(4);
const uint32 l_1133 = l_mut_17 + l_1132;
const uint32 l_1134 = l_1133 + uint32(1);
const bool l_1135 = l_1066 < l_7;
const bool l_1136 = l_1134 < l_1;
const bool l_1137 = l_1135 && l_1136;
if (l_1137) {
const float l_1138 = l_arr_12[uint32(13)];
const float l_1139 = info.scalars_float[0] * l_1138;
l_mut_311 = l_1139;
const uint32 l_1836 = info.static_meta[uint32(2)];
const uint32 l_1837 = l_1836 * uint32(1);
const bool l_1838 = l_1066 < l_1837;
const uint32 l_1839 = l_1837 - uint32(1);
const uint32 l_1840 = min(l_1066, l_1839);
const float l_1841 = buffer_2[l_1840];
const float l_1842 = (l_1838) ? l_1841 : float(0.0);
const float l_1140 = l_1842;
const uint32 l_1843 = info.static_meta[uint32(3)];
const uint32 l_1844 = l_1843 * uint32(1);
const bool l_1845 = l_1134 < l_1844;
const uint32 l_1846 = l_1844 - uint32(1);
const uint32 l_1847 = min(l_1134, l_1846);
const float l_1848 = buffer_3[l_1847];
const float l_1849 = (l_1845) ? l_1848 : float(0.0);
const float l_1141 = l_1849;
const float l_1142 = l_1140 * l_1141;
l_mut_311 = l_mut_311 / l_1142;
const uint32 l_1143 = l_1066 + info.scalars_uint32[0];
const uint32 l_1144 = l_1134 + info.scalars_uint32[1];
const bool l_1145 = l_1143 == l_1144;
const float l_1146 = (l_1145) ? float(1.0) : float(-1.0);
const float l_1147 = l_mut_311 + info.scalars_float[1];
const float l_1148 = l_1146 * l_1147;
const float l_1149 = min(l_1148, float(0.0));
const float l_1150 = abs(l_1148);
const float l_1151 = -l_1150;
const float l_1152 = exp(l_1151);
const float l_1153 = float(2.0) + l_1152;
const float l_1154 = l_1152 / l_1153;
const float l_1155 = l_1154 * l_1154;
l_mut_48 = float(0.05882352963089943);
const float l_1156 = l_1155 * l_mut_48;
const float l_1157 = float(0.06666667014360428) + l_1156;
l_mut_48 = l_1157;
const float l_1158 = l_1155 * l_mut_48;
const float l_1159 = float(0.07692307978868484) + l_1158;
l_mut_48 = l_1159;
const float l_1160 = l_1155 * l_mut_48;
const float l_1161 = float(0.09090909361839294) + l_1160;
l_mut_48 = l_1161;
const float l_1162 = l_1155 * l_mut_48;
const float l_1163 = float(0.1111111119389534) + l_1162;
l_mut_48 = l_1163;
const float l_1164 = l_1155 * l_mut_48;
const float l_1165 = float(0.1428571492433548) + l_1164;
l_mut_48 = l_1165;
const float l_1166 = l_1155 * l_mut_48;
const float l_1167 = float(0.20000000298023224) + l_1166;
l_mut_48 = l_1167;
const float l_1168 = l_1155 * l_mut_48;
const float l_1169 = float(0.3333333432674408) + l_1168;
l_mut_48 = l_1169;
const float l_1170 = l_1155 * l_mut_48;
const float l_1171 = float(1.0) + l_1170;
l_mut_48 = l_1171;
const float l_1172 = float(2.0) * l_1154;
const float l_1173 = l_1172 * l_mut_48;
const float l_1174 = l_1149 - l_1173;
const float l_1175 = l_arr_13[uint32(3)];
const float l_1176 = l_1175 + l_1174;
l_arr_13[uint32(3)] = l_1176;
const float l_1177 = -info.scalars_float[3];
const float l_1178 = l_1177 * l_1146;
const float l_1179 = l_1146 * l_1147;
const float l_1180 = exp(l_1179);
const float l_1181 = float(1.0) + l_1180;
const float l_1182 = l_1178 / l_1181;
const float l_1183 = l_1182 * l_mut_311;
const float l_1184 = l_arr_14[uint32(3)];
const float l_1185 = l_1184 + l_1183;
l_arr_14[uint32(3)] = l_1185;
const float l_1186 = l_arr_15[uint32(3)];
const float l_1187 = l_1186 + l_1182;
l_arr_15[uint32(3)] = l_1187;
const float l_1188 = info.scalars_float[0] * l_1182;
l_mut_311 = l_1188;
const uint32 l_1850 = info.static_meta[uint32(2)];
const uint32 l_1851 = l_1850 * uint32(1);
const bool l_1852 = l_1066 < l_1851;
const uint32 l_1853 = l_1851 - uint32(1);
const uint32 l_1854 = min(l_1066, l_1853);
const float l_1855 = buffer_2[l_1854];
const float l_1856 = (l_1852) ? l_1855 : float(0.0);
const float l_1189 = l_1856;
const uint32 l_1857 = info.static_meta[uint32(3)];
const uint32 l_1858 = l_1857 * uint32(1);
const bool l_1859 = l_1134 < l_1858;
const uint32 l_1860 = l_1858 - uint32(1);
const uint32 l_1861 = min(l_1134, l_1860);
const float l_1862 = buffer_3[l_1861];
const float l_1863 = (l_1859) ? l_1862 : float(0.0);
const float l_1190 = l_1863;
const float l_1191 = l_1189 * l_1190;
l_mut_311 = l_mut_311 / l_1191;
const uint32 l_1192 = l_1066 - info.scalars_uint32[2];
const uint32 l_1193 = l_1192 * l_1;
const uint32 l_1194 = l_1193 + l_1134;
const uint32 l_1864 = info.static_meta[uint32(4)];
const uint32 l_1865 = l_1864 * uint32(1);
const bool l_1866 = l_1194 < l_1865;
if (l_1866) {
buffer_4[l_1194] = l_mut_311;
}
}
const uint32 l_1195 = l_9 + uint32(0);
const uint32 l_1196 = l_1195 * uint32(4);
const uint32 l_1197 = l_mut_17 + l_1196;
const uint32 l_1198 = l_1197 + uint32(2);
const bool l_1199 = l_1066 < l_7;
const bool l_1200 = l_1198 < l_1;
const bool l_1201 = l_1199 && l_1200;
if (l_1201) {
const float l_1202 = l_arr_12[uint32(14)];
const float l_1203 = info.scalars_float[0] * l_1202;
l_mut_311 = l_1203;
const uint32 l_1867 = info.static_meta[uint32(2)];
const uint32 l_1868 = l_1867 * uint32(1);
const bool l_1869 = l_1066 < l_1868;
const uint32 l_1870 = l_1868 - uint32(1);
const uint32 l_1871 = min(l_1066, l_1870);
const float l_1872 = buffer_2[l_1871];
const float l_1873 = (l_1869) ? l_1872 : float(0.0);
const float l_1204 = l_1873;
const uint32 l_1874 = info.static_meta[uint32(3)];
const uint32 l_1875 = l_1874 * uint32(1);
const bool l_1876 = l_1198 < l_1875;
const uint32 l_1877 = l_1875 - uint32(1);
const uint32 l_1878 = min(l_1198, l_1877);
const float l_1879 = buffer_3[l_1878];
const float l_1880 = (l_1876) ? l_1879 : float(0.0);
const float l_1205 = l_1880;
const float l_1206 = l_1204 * l_1205;
l_mut_311 = l_mut_311 / l_1206;
const uint32 l_1207 = l_1066 + info.scalars_uint32[0];
const uint32 l_1208 = l_1198 + info.scalars_uint32[1];
const bool l_1209 = l_1207 == l_1208;
const float l_1210 = (l_1209) ? float(1.0) : float(-1.0);
const float l_1211 = l_mut_311 + info.scalars_float[1];
const float l_1212 = l_1210 * l_1211;
const float l_1213 = min(l_1212, float(0.0));
const float l_1214 = abs(l_1212);
const float l_1215 = -l_1214;
const float l_1216 = exp(l_1215);
const float l_1217 = float(2.0) + l_1216;
const float l_1218 = l_1216 / l_1217;
const float l_1219 = l_1218 * l_1218;
l_mut_48 = float(0.05882352963089943);
const float l_1220 = l_1219 * l_mut_48;
const float l_1221 = float(0.06666667014360428) + l_1220;
l_mut_48 = l_1221;
const float l_1222 = l_1219 * l_mut_48;
const float l_1223 = float(0.07692307978868484) + l_1222;
l_mut_48 = l_1223;
const float l_1224 = l_1219 * l_mut_48;
const float l_1225 = float(0.09090909361839294) + l_1224;
l_mut_48 = l_1225;
const float l_1226 = l_1219 * l_mut_48;
const float l_1227 = float(0.1111111119389534) + l_1226;
l_mut_48 = l_1227;
const float l_1228 = l_1219 * l_mut_48;
const float l_1229 = float(0.1428571492433548) + l_1228;
l_mut_48 = l_1229;
const float l_1230 = l_1219 * l_mut_48;
const float l_1231 = float(0.20000000298023224) + l_1230;
l_mut_48 = l_1231;
const float l_1232 = l_1219 * l_mut_48;
const float l_1233 = float(0.3333333432674408) + l_1232;
l_mut_48 = l_1233;
const float l_1234 = l_1219 * l_mut_48;
const float l_1235 = float(1.0) + l_1234;
l_mut_48 = l_1235;
const float l_1236 = float(2.0) * l_1218;
const float l_1237 = l_1236 * l_mut_48;
const float l_1238 = l_1213 - l_1237;
const float l_1239 = l_arr_13[uint32(3)];
const float l_1240 = l_1239 + l_1238;
l_arr_13[uint32(3)] = l_1240;
const float l_1241 = -info.scalars_float[3];
const float l_1242 = l_1241 * l_1210;
const float l_1243 = l_1210 * l_1211;
const float l_1244 = exp(l_1243);
const float l_1245 = float(1.0) + l_1244;
const float l_1246 = l_1242 / l_1245;
const float l_1247 = l_1246 * l_mut_311;
const float l_1248 = l_arr_14[uint32(3)];
const float l_1249 = l_1248 + l_1247;
l_arr_14[uint32(3)] = l_1249;
const float l_1250 = l_arr_15[uint32(3)];
const float l_1251 = l_1250 + l_1246;
l_arr_15[uint32(3)] = l_1251;
const float l_1252 = info.scalars_float[0] * l_1246;
l_mut_311 = l_1252;
const uint32 l_1881 = info.static_meta[uint32(2)];
const uint32 l_1882 = l_1881 * uint32(1);
const bool l_1883 = l_1066 < l_1882;
const uint32 l_1884 = l_1882 - uint32(1);
const uint32 l_1885 = min(l_1066, l_1884);
const float l_1886 = buffer_2[l_1885];
const float l_1887 = (l_1883) ? l_1886 : float(0.0);
const float l_1253 = l_1887;
const uint32 l_1888 = info.static_meta[uint32(3)];
const uint32 l_1889 = l_1888 * uint32(1);
const bool l_1890 = l_1198 < l_1889;
const uint32 l_1891 = l_1889 - uint32(1);
const uint32 l_1892 = min(l_1198, l_1891);
const float l_1893 = buffer_3[l_1892];
const float l_1894 = (l_1890) ? l_1893 : float(0.0);
const float l_1254 = l_1894;
const float l_1255 = l_1253 * l_1254;
l_mut_311 = l_mut_311 / l_1255;
const uint32 l_1256 = l_1066 - info.scalars_uint32[2];
const uint32 l_1257 = l_1256 * l_1;
const uint32 l_1258 = l_1257 + l_1198;
const uint32 l_1895 = info.static_meta[uint32(4)];
const uint32 l_1896 = l_1895 * uint32(1);
const bool l_1897 = l_1258 < l_1896;
if (l_1897) {
buffer_4[l_1258] = l_mut_311;
}
}
const uint32 l_1259 = l_9 + uint32(0);
const uint32 l_1260 = l_1259 * uint32(4);
const uint32 l_1261 = l_mut_17 + l_1260;
const uint32 l_1262 = l_1261 + uint32(3);
const bool l_1263 = l_1066 < l_7;
const bool l_1264 = l_1262 < l_1;
const bool l_1265 = l_1263 && l_1264;
if (l_1265) {
const float l_1266 = l_arr_12[uint32(15)];
const float l_1267 = info.scalars_float[0] * l_1266;
l_mut_311 = l_1267;
const uint32 l_1898 = info.static_meta[uint32(2)];
const uint32 l_1899 = l_1898 * uint32(1);
const bool l_1900 = l_1066 < l_1899;
const uint32 l_1901 = l_1899 - uint32(1);
const uint32 l_1902 = min(l_1066, l_1901);
const float l_1903 = buffer_2[l_1902];
const float l_1904 = (l_1900) ? l_1903 : float(0.0);
const float l_1268 = l_1904;
const uint32 l_1905 = info.static_meta[uint32(3)];
const uint32 l_1906 = l_1905 * uint32(1);
const bool l_1907 = l_1262 < l_1906;
const uint32 l_1908 = l_1906 - uint32(1);
const uint32 l_1909 = min(l_1262, l_1908);
const float l_1910 = buffer_3[l_1909];
const float l_1911 = (l_1907) ? l_1910 : float(0.0);
const float l_1269 = l_1911;
const float l_1270 = l_1268 * l_1269;
l_mut_311 = l_mut_311 / l_1270;
const uint32 l_1271 = l_1066 + info.scalars_uint32[0];
const uint32 l_1272 = l_1262 + info.scalars_uint32[1];
const bool l_1273 = l_1271 == l_1272;
const float l_1274 = (l_1273) ? float(1.0) : float(-1.0);
const float l_1275 = l_mut_311 + info.scalars_float[1];
const float l_1276 = l_1274 * l_1275;
const float l_1277 = min(l_1276, float(0.0));
const float l_1278 = abs(l_1276);
const float l_1279 = -l_1278;
const float l_1280 = exp(l_1279);
const float l_1281 = float(2.0) + l_1280;
const float l_1282 = l_1280 / l_1281;
const float l_1283 = l_1282 * l_1282;
l_mut_48 = float(0.05882352963089943);
const float l_1284 = l_1283 * l_mut_48;
const float l_1285 = float(0.06666667014360428) + l_1284;
l_mut_48 = l_1285;
const float l_1286 = l_1283 * l_mut_48;
const float l_1287 = float(0.07692307978868484) + l_1286;
l_mut_48 = l_1287;
const float l_1288 = l_1283 * l_mut_48;
const float l_1289 = float(0.09090909361839294) + l_1288;
l_mut_48 = l_1289;
const float l_1290 = l_1283 * l_mut_48;
const float l_1291 = float(0.1111111119389534) + l_1290;
l_mut_48 = l_1291;
const float l_1292 = l_1283 * l_mut_48;
const float l_1293 = float(0.1428571492433548) + l_1292;
l_mut_48 = l_1293;
const float l_1294 = l_1283 * l_mut_48;
const float l_1295 = float(0.20000000298023224) + l_1294;
l_mut_48 = l_1295;
const float l_1296 = l_1283 * l_mut_48;
const float l_1297 = float(0.3333333432674408) + l_1296;
l_mut_48 = l_1297;
const float l_1298 = l_1283 * l_mut_48;
const float l_1299 = float(1.0) + l_1298;
l_mut_48 = l_1299;
const float l_1300 = float(2.0) * l_1282;
const float l_1301 = l_1300 * l_mut_48;
const float l_1302 = l_1277 - l_1301;
const float l_1303 = l_arr_13[uint32(3)];
const float l_1304 = l_1303 + l_1302;
l_arr_13[uint32(3)] = l_1304;
const float l_1305 = -info.scalars_float[3];
const float l_1306 = l_1305 * l_1274;
const float l_1307 = l_1274 * l_1275;
const float l_1308 = exp(l_1307);
const float l_1309 = float(1.0) + l_1308;
const float l_1310 = l_1306 / l_1309;
const float l_1311 = l_1310 * l_mut_311;
const float l_1312 = l_arr_14[uint32(3)];
const float l_1313 = l_1312 + l_1311;
l_arr_14[uint32(3)] = l_1313;
const float l_1314 = l_arr_15[uint32(3)];
const float l_1315 = l_1314 + l_1310;
l_arr_15[uint32(3)] = l_1315;
const float l_1316 = info.scalars_float[0] * l_1310;
l_mut_311 = l_1316;
const uint32 l_1912 = info.static_meta[uint32(2)];
const uint32 l_1913 = l_1912 * uint32(1);
const bool l_1914 = l_1066 < l_1913;
const uint32 l_1915 = l_1913 - uint32(1);
const uint32 l_1916 = min(l_1066, l_1915);
const float l_1917 = buffer_2[l_1916];
const float l_1918 = (l_1914) ? l_1917 : float(0.0);
const float l_1317 = l_1918;
const uint32 l_1919 = info.static_meta[uint32(3)];
const uint32 l_1920 = l_1919 * uint32(1);
const bool l_1921 = l_1262 < l_1920;
const uint32 l_1922 = l_1920 - uint32(1);
const uint32 l_1923 = min(l_1262, l_1922);
const float l_1924 = buffer_3[l_1923];
const float l_1925 = (l_1921) ? l_1924 : float(0.0);
const float l_1318 = l_1925;
const float l_1319 = l_1317 * l_1318;
l_mut_311 = l_mut_311 / l_1319;
const uint32 l_1320 = l_1066 - info.scalars_uint32[2];
const uint32 l_1321 = l_1320 * l_1;
const uint32 l_1322 = l_1321 + l_1262;
const uint32 l_1926 = info.static_meta[uint32(4)];
const uint32 l_1927 = l_1926 * uint32(1);
const bool l_1928 = l_1322 < l_1927;
if (l_1928) {
buffer_4[l_1322] = l_mut_311;
}
}
const uint32 l_1323 = info.scalars_uint32[4] * uint32(64);
l_mut_17 = l_mut_17 + l_1323;
}
const float_4 l_1324 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
l_mut_44 = l_1324;
l_mut_43 = l_mut_44;
const float l_1325 = l_arr_13[uint32(0)];
l_mut_43.i_0 = l_1325;
const float l_1326 = l_arr_14[uint32(0)];
l_mut_43.i_1 = l_1326;
const float l_1327 = l_arr_15[uint32(0)];
l_mut_43.i_2 = l_1327;
l_mut_43.i_3 = float(0.0);
const uint32 l_1328 = l_8 + uint32(0);
const uint32 l_1329 = l_1328 * uint32(4);
const uint32 l_1330 = l_1329 + uint32(0);
const uint32 l_1331 = l_1330 * uint32(16);
const uint32 l_1332 = l_1331 + l_9;
shared_memory_10[l_1332] = l_mut_43;
const float_4 l_1333 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
l_mut_44 = l_1333;
l_mut_43 = l_mut_44;
const float l_1334 = l_arr_13[uint32(1)];
l_mut_43.i_0 = l_1334;
const float l_1335 = l_arr_14[uint32(1)];
l_mut_43.i_1 = l_1335;
const float l_1336 = l_arr_15[uint32(1)];
l_mut_43.i_2 = l_1336;
l_mut_43.i_3 = float(0.0);
const uint32 l_1337 = l_8 + uint32(0);
const uint32 l_1338 = l_1337 * uint32(4);
const uint32 l_1339 = l_1338 + uint32(1);
const uint32 l_1340 = l_1339 * uint32(16);
const uint32 l_1341 = l_1340 + l_9;
shared_memory_10[l_1341] = l_mut_43;
const float_4 l_1342 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
l_mut_44 = l_1342;
l_mut_43 = l_mut_44;
const float l_1343 = l_arr_13[uint32(2)];
l_mut_43.i_0 = l_1343;
const float l_1344 = l_arr_14[uint32(2)];
l_mut_43.i_1 = l_1344;
const float l_1345 = l_arr_15[uint32(2)];
l_mut_43.i_2 = l_1345;
l_mut_43.i_3 = float(0.0);
const uint32 l_1346 = l_8 + uint32(0);
const uint32 l_1347 = l_1346 * uint32(4);
const uint32 l_1348 = l_1347 + uint32(2);
const uint32 l_1349 = l_1348 * uint32(16);
const uint32 l_1350 = l_1349 + l_9;
shared_memory_10[l_1350] = l_mut_43;
const float_4 l_1351 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
l_mut_44 = l_1351;
l_mut_43 = l_mut_44;
const float l_1352 = l_arr_13[uint32(3)];
l_mut_43.i_0 = l_1352;
const float l_1353 = l_arr_14[uint32(3)];
l_mut_43.i_1 = l_1353;
const float l_1354 = l_arr_15[uint32(3)];
l_mut_43.i_2 = l_1354;
l_mut_43.i_3 = float(0.0);
const uint32 l_1355 = l_8 + uint32(0);
const uint32 l_1356 = l_1355 * uint32(4);
const uint32 l_1357 = l_1356 + uint32(3);
const uint32 l_1358 = l_1357 * uint32(16);
const uint32 l_1359 = l_1358 + l_9;
shared_memory_10[l_1359] = l_mut_43;
__syncthreads();

const bool l_1360 = threadIdxGlobal < uint32(64);
if (l_1360) {
const uint32 l_1361 = l_6 + threadIdxGlobal;
const bool l_1362 = l_1361 < l_7;
if (l_1362) {
l_mut_311 = float(0.0);
l_mut_48 = float(0.0);
l_mut_1363 = float(0.0);

for (uint32 l_mut_1364 = uint32(0); l_mut_1364 < uint32(16); ++l_mut_1364) {
const uint32 l_1365 = threadIdxGlobal * uint32(16);
const uint32 l_1366 = l_1365 + l_mut_1364;
const float_4 l_1367 = shared_memory_10[l_1366];
const float l_1368 = l_1367.i_0;
l_mut_311 = l_mut_311 + l_1368;
const float l_1369 = l_1367.i_1;
l_mut_48 = l_mut_48 + l_1369;
const float l_1370 = l_1367.i_2;
l_mut_1363 = l_mut_1363 + l_1370;
}
const uint32 l_1371 = l_1361 * info.scalars_uint32[4];
const uint32 l_1372 = l_1371 + l_3;
const float l_1373 = info.scalars_float[2] * l_mut_311;
const uint32 l_1929 = info.static_meta[uint32(5)];
const uint32 l_1930 = l_1929 * uint32(1);
const bool l_1931 = l_1372 < l_1930;
if (l_1931) {
buffer_5[l_1372] = l_1373;
}
const uint32 l_1374 = uint32(2) * l_1372;
const uint32 l_1932 = info.static_meta[uint32(6)];
const uint32 l_1933 = l_1932 * uint32(1);
const bool l_1934 = l_1374 < l_1933;
if (l_1934) {
buffer_6[l_1374] = l_mut_48;
}
const uint32 l_1375 = uint32(2) * l_1372;
const uint32 l_1376 = l_1375 + uint32(1);
const uint32 l_1935 = info.static_meta[uint32(6)];
const uint32 l_1936 = l_1935 * uint32(1);
const bool l_1937 = l_1376 < l_1936;
if (l_1937) {
buffer_6[l_1376] = l_mut_1363;
}
}
}
}

}
// ==== launch 0: matmul_vec_kernel_c_f32_a_f32_b_f32_h_f32_o_f32 (sigmoid_loss), cube_dim 256x1x1
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


extern "C" __global__ void __launch_bounds__(256)matmul_vec_kernel_c_f32_a_f32_b_f32_h_f32_o_f32 (
    const float* __restrict__ buffer_0, const float* __restrict__ buffer_1, float* buffer_2, const uint32* __restrict__ dynamic_meta, const __grid_constant__ info_st info
) {
uint32 threadIdxGlobal = threadIdx.x + threadIdx.y * blockDim.x + threadIdx.z * (blockDim.x * blockDim.y);
extern __shared__ __align__(16) uint8 dynamic_shared_mem[];
// Shared array size: 544, 8704 bytes
float_4 *shared_memory_18 = reinterpret_cast<float_4*>(&dynamic_shared_mem[0]);
float l_arr_19[16];

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
l_arr_19[uint32(0)] = float(0.0);
l_arr_19[uint32(1)] = float(0.0);
l_arr_19[uint32(2)] = float(0.0);
l_arr_19[uint32(3)] = float(0.0);
l_arr_19[uint32(4)] = float(0.0);
l_arr_19[uint32(5)] = float(0.0);
l_arr_19[uint32(6)] = float(0.0);
l_arr_19[uint32(7)] = float(0.0);
l_arr_19[uint32(8)] = float(0.0);
l_arr_19[uint32(9)] = float(0.0);
l_arr_19[uint32(10)] = float(0.0);
l_arr_19[uint32(11)] = float(0.0);
l_arr_19[uint32(12)] = float(0.0);
l_arr_19[uint32(13)] = float(0.0);
l_arr_19[uint32(14)] = float(0.0);
l_arr_19[uint32(15)] = float(0.0);
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
const uint32 l_481 = info.static_meta[uint32(0)];
const uint32 l_482 = l_481 * uint32(1);
const bool l_483 = l_48 < l_482;
const uint32 l_484 = l_482 - uint32(1);
const uint32 l_485 = min(l_48, l_484);
const float l_486 = buffer_0[l_485];
const float l_487 = (l_483) ? l_486 : float(0.0);
const float l_49 = l_487;
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
const uint32 l_488 = info.static_meta[uint32(0)];
const uint32 l_489 = l_488 * uint32(1);
const bool l_490 = l_61 < l_489;
const uint32 l_491 = l_489 - uint32(1);
const uint32 l_492 = min(l_61, l_491);
const float l_493 = buffer_0[l_492];
const float l_494 = (l_490) ? l_493 : float(0.0);
const float l_62 = l_494;
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
const uint32 l_495 = info.static_meta[uint32(0)];
const uint32 l_496 = l_495 * uint32(1);
const bool l_497 = l_74 < l_496;
const uint32 l_498 = l_496 - uint32(1);
const uint32 l_499 = min(l_74, l_498);
const float l_500 = buffer_0[l_499];
const float l_501 = (l_497) ? l_500 : float(0.0);
const float l_75 = l_501;
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
const uint32 l_502 = info.static_meta[uint32(0)];
const uint32 l_503 = l_502 * uint32(1);
const bool l_504 = l_87 < l_503;
const uint32 l_505 = l_503 - uint32(1);
const uint32 l_506 = min(l_87, l_505);
const float l_507 = buffer_0[l_506];
const float l_508 = (l_504) ? l_507 : float(0.0);
const float l_88 = l_508;
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
const uint32 l_509 = info.static_meta[uint32(1)];
const uint32 l_510 = l_509 * uint32(1);
const bool l_511 = l_108 < l_510;
const uint32 l_512 = l_510 - uint32(1);
const uint32 l_513 = min(l_108, l_512);
const float l_514 = buffer_1[l_513];
const float l_515 = (l_511) ? l_514 : float(0.0);
const float l_109 = l_515;
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
const uint32 l_516 = info.static_meta[uint32(1)];
const uint32 l_517 = l_516 * uint32(1);
const bool l_518 = l_121 < l_517;
const uint32 l_519 = l_517 - uint32(1);
const uint32 l_520 = min(l_121, l_519);
const float l_521 = buffer_1[l_520];
const float l_522 = (l_518) ? l_521 : float(0.0);
const float l_122 = l_522;
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
const uint32 l_523 = info.static_meta[uint32(1)];
const uint32 l_524 = l_523 * uint32(1);
const bool l_525 = l_134 < l_524;
const uint32 l_526 = l_524 - uint32(1);
const uint32 l_527 = min(l_134, l_526);
const float l_528 = buffer_1[l_527];
const float l_529 = (l_525) ? l_528 : float(0.0);
const float l_135 = l_529;
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
const uint32 l_530 = info.static_meta[uint32(1)];
const uint32 l_531 = l_530 * uint32(1);
const bool l_532 = l_147 < l_531;
const uint32 l_533 = l_531 - uint32(1);
const uint32 l_534 = min(l_147, l_533);
const float l_535 = buffer_1[l_534];
const float l_536 = (l_532) ? l_535 : float(0.0);
const float l_148 = l_536;
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
shared_memory_18[l_155] = reinterpret_cast< float_4 const&>(l_156);
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
shared_memory_18[l_164] = reinterpret_cast< float_4 const&>(l_165);
__syncthreads();


for (uint32 l_mut_166 = uint32(0); l_mut_166 < uint32(16); ++l_mut_166) {
const uint32 l_168 = l_mut_166 * uint32(17);
const uint32 l_169 = uint32(272) + l_168;
const uint32 l_170 = l_169 + l_21;
const uint32 l_171 = l_170 + uint32(0);
const float_4 l_172 = shared_memory_18[l_171];
l_arr_167[uint32(0)] = reinterpret_cast< float_4 const&>(l_172);
const uint32 l_173 = l_mut_166 * uint32(17);
const uint32 l_174 = l_173 + l_20;
const uint32 l_175 = l_174 + uint32(0);
const float_4 l_176 = shared_memory_18[l_175];
const float l_177 = l_176.i_0;
const float_4 l_178 = l_arr_167[uint32(0)];
const float l_179 = l_178.i_0;
const float l_180 = l_177 * l_179;
const float l_181 = l_arr_19[uint32(0)];
const float l_182 = l_181 + l_180;
l_arr_19[uint32(0)] = l_182;
const float l_183 = l_176.i_0;
const float_4 l_184 = l_arr_167[uint32(0)];
const float l_185 = l_184.i_1;
const float l_186 = l_183 * l_185;
const float l_187 = l_arr_19[uint32(1)];
const float l_188 = l_187 + l_186;
l_arr_19[uint32(1)] = l_188;
const float l_189 = l_176.i_0;
const float_4 l_190 = l_arr_167[uint32(0)];
const float l_191 = l_190.i_2;
const float l_192 = l_189 * l_191;
const float l_193 = l_arr_19[uint32(2)];
const float l_194 = l_193 + l_192;
l_arr_19[uint32(2)] = l_194;
const float l_195 = l_176.i_0;
const float_4 l_196 = l_arr_167[uint32(0)];
const float l_197 = l_196.i_3;
const float l_198 = l_195 * l_197;
const float l_199 = l_arr_19[uint32(3)];
const float l_200 = l_199 + l_198;
l_arr_19[uint32(3)] = l_200;
const float l_201 = l_176.i_1;
const float_4 l_202 = l_arr_167[uint32(0)];
const float l_203 = l_202.i_0;
const float l_204 = l_201 * l_203;
const float l_205 = l_arr_19[uint32(4)];
const float l_206 = l_205 + l_204;
l_arr_19[uint32(4)] = l_206;
const float l_207 = l_176.i_1;
const float_4 l_208 = l_arr_167[uint32(0)];
const float l_209 = l_208.i_1;
const float l_210 = l_207 * l_209;
const float l_211 = l_arr_19[uint32(5)];
const float l_212 = l_211 + l_210;
l_arr_19[uint32(5)] = l_212;
const float l_213 = l_176.i_1;
const float_4 l_214 = l_arr_167[uint32(0)];
const float l_215 = l_214.i_2;
const float l_216 = l_213 * l_215;
const float l_217 = l_arr_19[uint32(6)];
const float l_218 = l_217 + l_216;
l_arr_19[uint32(6)] = l_218;
const float l_219 = l_176.i_1;
const float_4 l_220 = l_arr_167[uint32(0)];
const float l_221 = l_220.i_3;
const float l_222 = l_219 * l_221;
const float l_223 = l_arr_19[uint32(7)];
const float l_224 = l_223 + l_222;
l_arr_19[uint32(7)] = l_224;
const float l_225 = l_176.i_2;
const float_4 l_226 = l_arr_167[uint32(0)];
const float l_227 = l_226.i_0;
const float l_228 = l_225 * l_227;
const float l_229 = l_arr_19[uint32(8)];
const float l_230 = l_229 + l_228;
l_arr_19[uint32(8)] = l_230;
const float l_231 = l_176.i_2;
const float_4 l_232 = l_arr_167[uint32(0)];
const float l_233 = l_232.i_1;
const float l_234 = l_231 * l_233;
const float l_235 = l_arr_19[uint32(9)];
const float l_236 = l_235 + l_234;
l_arr_19[uint32(9)] = l_236;
const float l_237 = l_176.i_2;
const float_4 l_238 = l_arr_167[uint32(0)];
const float l_239 = l_238.i_2;
const float l_240 = l_237 * l_239;
const float l_241 = l_arr_19[uint32(10)];
const float l_242 = l_241 + l_240;
l_arr_19[uint32(10)] = l_242;
const float l_243 = l_176.i_2;
const float_4 l_244 = l_arr_167[uint32(0)];
const float l_245 = l_244.i_3;
const float l_246 = l_243 * l_245;
const float l_247 = l_arr_19[uint32(11)];
const float l_248 = l_247 + l_246;
l_arr_19[uint32(11)] = l_248;
const float l_249 = l_176.i_3;
const float_4 l_250 = l_arr_167[uint32(0)];
const float l_251 = l_250.i_0;
const float l_252 = l_249 * l_251;
const float l_253 = l_arr_19[uint32(12)];
const float l_254 = l_253 + l_252;
l_arr_19[uint32(12)] = l_254;
const float l_255 = l_176.i_3;
const float_4 l_256 = l_arr_167[uint32(0)];
const float l_257 = l_256.i_1;
const float l_258 = l_255 * l_257;
const float l_259 = l_arr_19[uint32(13)];
const float l_260 = l_259 + l_258;
l_arr_19[uint32(13)] = l_260;
const float l_261 = l_176.i_3;
const float_4 l_262 = l_arr_167[uint32(0)];
const float l_263 = l_262.i_2;
const float l_264 = l_261 * l_263;
const float l_265 = l_arr_19[uint32(14)];
const float l_266 = l_265 + l_264;
l_arr_19[uint32(14)] = l_266;
const float l_267 = l_176.i_3;
const float_4 l_268 = l_arr_167[uint32(0)];
const float l_269 = l_268.i_3;
const float l_270 = l_267 * l_269;
const float l_271 = l_arr_19[uint32(15)];
const float l_272 = l_271 + l_270;
l_arr_19[uint32(15)] = l_272;
}
__syncthreads();

l_mut_7 = l_mut_7 + uint32(16);
}
const uint32 l_273 = l_3 + uint32(0);
const uint32 l_274 = l_273 * uint32(4);
const uint32 l_275 = l_5 + l_274;
const uint32 l_276 = l_275 + uint32(0);
const uint32 l_277 = l_4 + uint32(0);
const uint32 l_278 = l_277 * uint32(4);
const uint32 l_279 = l_6 + l_278;
const uint32 l_280 = l_279 + uint32(0);
const bool l_281 = l_276 < l_0;
const bool l_282 = l_280 < l_2;
const bool l_283 = l_281 && l_282;
if (l_283) {
const uint32 l_284 = blockIdx.z * l_0;
const uint32 l_285 = l_284 + l_276;
const uint32 l_286 = l_285 * l_2;
const uint32 l_287 = l_286 + l_280;
const float l_288 = l_arr_19[uint32(0)];
const uint32 l_537 = info.static_meta[uint32(2)];
const uint32 l_538 = l_537 * uint32(1);
const bool l_539 = l_287 < l_538;
if (l_539) {
buffer_2[l_287] = l_288;
}
}
const uint32 l_289 = l_4 + uint32(0);
const uint32 l_290 = l_289 * uint32(4);
const uint32 l_291 = l_6 + l_290;
const uint32 l_292 = l_291 + uint32(1);
const bool l_293 = l_276 < l_0;
const bool l_294 = l_292 < l_2;
const bool l_295 = l_293 && l_294;
if (l_295) {
const uint32 l_296 = blockIdx.z * l_0;
const uint32 l_297 = l_296 + l_276;
const uint32 l_298 = l_297 * l_2;
const uint32 l_299 = l_298 + l_292;
const float l_300 = l_arr_19[uint32(1)];
const uint32 l_540 = info.static_meta[uint32(2)];
const uint32 l_541 = l_540 * uint32(1);
const bool l_542 = l_299 < l_541;
if (l_542) {
buffer_2[l_299] = l_300;
}
}
const uint32 l_301 = l_4 + uint32(0);
const uint32 l_302 = l_301 * uint32(4);
const uint32 l_303 = l_6 + l_302;
const uint32 l_304 = l_303 + uint32(2);
const bool l_305 = l_276 < l_0;
const bool l_306 = l_304 < l_2;
const bool l_307 = l_305 && l_306;
if (l_307) {
const uint32 l_308 = blockIdx.z * l_0;
const uint32 l_309 = l_308 + l_276;
const uint32 l_310 = l_309 * l_2;
const uint32 l_311 = l_310 + l_304;
const float l_312 = l_arr_19[uint32(2)];
const uint32 l_543 = info.static_meta[uint32(2)];
const uint32 l_544 = l_543 * uint32(1);
const bool l_545 = l_311 < l_544;
if (l_545) {
buffer_2[l_311] = l_312;
}
}
const uint32 l_313 = l_4 + uint32(0);
const uint32 l_314 = l_313 * uint32(4);
const uint32 l_315 = l_6 + l_314;
const uint32 l_316 = l_315 + uint32(3);
const bool l_317 = l_276 < l_0;
const bool l_318 = l_316 < l_2;
const bool l_319 = l_317 && l_318;
if (l_319) {
const uint32 l_320 = blockIdx.z * l_0;
const uint32 l_321 = l_320 + l_276;
const uint32 l_322 = l_321 * l_2;
const uint32 l_323 = l_322 + l_316;
const float l_324 = l_arr_19[uint32(3)];
const uint32 l_546 = info.static_meta[uint32(2)];
const uint32 l_547 = l_546 * uint32(1);
const bool l_548 = l_323 < l_547;
if (l_548) {
buffer_2[l_323] = l_324;
}
}
const uint32 l_325 = l_3 + uint32(0);
const uint32 l_326 = l_325 * uint32(4);
const uint32 l_327 = l_5 + l_326;
const uint32 l_328 = l_327 + uint32(1);
const uint32 l_329 = l_4 + uint32(0);
const uint32 l_330 = l_329 * uint32(4);
const uint32 l_331 = l_6 + l_330;
const uint32 l_332 = l_331 + uint32(0);
const bool l_333 = l_328 < l_0;
const bool l_334 = l_332 < l_2;
const bool l_335 = l_333 && l_334;
if (l_335) {
const uint32 l_336 = blockIdx.z * l_0;
const uint32 l_337 = l_336 + l_328;
const uint32 l_338 = l_337 * l_2;
const uint32 l_339 = l_338 + l_332;
const float l_340 = l_arr_19[uint32(4)];
const uint32 l_549 = info.static_meta[uint32(2)];
const uint32 l_550 = l_549 * uint32(1);
const bool l_551 = l_339 < l_550;
if (l_551) {
buffer_2[l_339] = l_340;
}
}
const uint32 l_341 = l_4 + uint32(0);
const uint32 l_342 = l_341 * uint32(4);
const uint32 l_343 = l_6 + l_342;
const uint32 l_344 = l_343 + uint32(1);
const bool l_345 = l_328 < l_0;
const bool l_346 = l_344 < l_2;
const bool l_347 = l_345 && l_346;
if (l_347) {
const uint32 l_348 = blockIdx.z * l_0;
const uint32 l_349 = l_348 + l_328;
const uint32 l_350 = l_349 * l_2;
const uint32 l_351 = l_350 + l_344;
const float l_352 = l_arr_19[uint32(5)];
const uint32 l_552 = info.static_meta[uint32(2)];
const uint32 l_553 = l_552 * uint32(1);
const bool l_554 = l_351 < l_553;
if (l_554) {
buffer_2[l_351] = l_352;
}
}
const uint32 l_353 = l_4 + uint32(0);
const uint32 l_354 = l_353 * uint32(4);
const uint32 l_355 = l_6 + l_354;
const uint32 l_356 = l_355 + uint32(2);
const bool l_357 = l_328 < l_0;
const bool l_358 = l_356 < l_2;
const bool l_359 = l_357 && l_358;
if (l_359) {
const uint32 l_360 = blockIdx.z * l_0;
const uint32 l_361 = l_360 + l_328;
const uint32 l_362 = l_361 * l_2;
const uint32 l_363 = l_362 + l_356;
const float l_364 = l_arr_19[uint32(6)];
const uint32 l_555 = info.static_meta[uint32(2)];
const uint32 l_556 = l_555 * uint32(1);
const bool l_557 = l_363 < l_556;
if (l_557) {
buffer_2[l_363] = l_364;
}
}
const uint32 l_365 = l_4 + uint32(0);
const uint32 l_366 = l_365 * uint32(4);
const uint32 l_367 = l_6 + l_366;
const uint32 l_368 = l_367 + uint32(3);
const bool l_369 = l_328 < l_0;
const bool l_370 = l_368 < l_2;
const bool l_371 = l_369 && l_370;
if (l_371) {
const uint32 l_372 = blockIdx.z * l_0;
const uint32 l_373 = l_372 + l_328;
const uint32 l_374 = l_373 * l_2;
const uint32 l_375 = l_374 + l_368;
const float l_376 = l_arr_19[uint32(7)];
const uint32 l_558 = info.static_meta[uint32(2)];
const uint32 l_559 = l_558 * uint32(1);
const bool l_560 = l_375 < l_559;
if (l_560) {
buffer_2[l_375] = l_376;
}
}
const uint32 l_377 = l_3 + uint32(0);
const uint32 l_378 = l_377 * uint32(4);
const uint32 l_379 = l_5 + l_378;
const uint32 l_380 = l_379 + uint32(2);
const uint32 l_381 = l_4 + uint32(0);
const uint32 l_382 = l_381 * uint32(4);
const uint32 l_383 = l_6 + l_382;
const uint32 l_384 = l_383 + uint32(0);
const bool l_385 = l_380 < l_0;
const bool l_386 = l_384 < l_2;
const bool l_387 = l_385 && l_386;
if (l_387) {
const uint32 l_388 = blockIdx.z * l_0;
const uint32 l_389 = l_388 + l_380;
const uint32 l_390 = l_389 * l_2;
const uint32 l_391 = l_390 + l_384;
const float l_392 = l_arr_19[uint32(8)];
const uint32 l_561 = info.static_meta[uint32(2)];
const uint32 l_562 = l_561 * uint32(1);
const bool l_563 = l_391 < l_562;
if (l_563) {
buffer_2[l_391] = l_392;
}
}
const uint32 l_393 = l_4 + uint32(0);
const uint32 l_394 = l_393 * uint32(4);
const uint32 l_395 = l_6 + l_394;
const uint32 l_396 = l_395 + uint32(1);
const bool l_397 = l_380 < l_0;
const bool l_398 = l_396 < l_2;
const bool l_399 = l_397 && l_398;
if (l_399) {
const uint32 l_400 = blockIdx.z * l_0;
const uint32 l_401 = l_400 + l_380;
const uint32 l_402 = l_401 * l_2;
const uint32 l_403 = l_402 + l_396;
const float l_404 = l_arr_19[uint32(9)];
const uint32 l_564 = info.static_meta[uint32(2)];
const uint32 l_565 = l_564 * uint32(1);
const bool l_566 = l_403 < l_565;
if (l_566) {
buffer_2[l_403] = l_404;
}
}
const uint32 l_405 = l_4 + uint32(0);
const uint32 l_406 = l_405 * uint32(4);
const uint32 l_407 = l_6 + l_406;
const uint32 l_408 = l_407 + uint32(2);
const bool l_409 = l_380 < l_0;
const bool l_410 = l_408 < l_2;
const bool l_411 = l_409 && l_410;
if (l_411) {
const uint32 l_412 = blockIdx.z * l_0;
const uint32 l_413 = l_412 + l_380;
const uint32 l_414 = l_413 * l_2;
const uint32 l_415 = l_414 + l_408;
const float l_416 = l_arr_19[uint32(10)];
const uint32 l_567 = info.static_meta[uint32(2)];
const uint32 l_568 = l_567 * uint32(1);
const bool l_569 = l_415 < l_568;
if (l_569) {
buffer_2[l_415] = l_416;
}
}
const uint32 l_417 = l_4 + uint32(0);
const uint32 l_418 = l_417 * uint32(4);
const uint32 l_419 = l_6 + l_418;
const uint32 l_420 = l_419 + uint32(3);
const bool l_421 = l_380 < l_0;
const bool l_422 = l_420 < l_2;
const bool l_423 = l_421 && l_422;
if (l_423) {
const uint32 l_424 = blockIdx.z * l_0;
const uint32 l_425 = l_424 + l_380;
const uint32 l_426 = l_425 * l_2;
const uint32 l_427 = l_426 + l_420;
const float l_428 = l_arr_19[uint32(11)];
const uint32 l_570 = info.static_meta[uint32(2)];
const uint32 l_571 = l_570 * uint32(1);
const bool l_572 = l_427 < l_571;
if (l_572) {
buffer_2[l_427] = l_428;
}
}
const uint32 l_429 = l_3 + uint32(0);
const uint32 l_430 = l_429 * uint32(4);
const uint32 l_431 = l_5 + l_430;
const uint32 l_432 = l_431 + uint32(3);
const uint32 l_433 = l_4 + uint32(0);
const uint32 l_434 = l_433 * uint32(4);
const uint32 l_435 = l_6 + l_434;
const uint32 l_436 = l_435 + uint32(0);
const bool l_437 = l_432 < l_0;
const bool l_438 = l_436 < l_2;
const bool l_439 = l_437 && l_438;
if (l_439) {
const uint32 l_440 = blockIdx.z * l_0;
const uint32 l_441 = l_440 + l_432;
const uint32 l_442 = l_441 * l_2;
const uint32 l_443 = l_442 + l_436;
const float l_444 = l_arr_19[uint32(12)];
const uint32 l_573 = info.static_meta[uint32(2)];
const uint32 l_574 = l_573 * uint32(1);
const bool l_575 = l_443 < l_574;
if (l_575) {
buffer_2[l_443] = l_444;
}
}
const uint32 l_445 = l_4 + uint32(0);
const uint32 l_446 = l_445 * uint32(4);
const uint32 l_447 = l_6 + l_446;
const uint32 l_448 = l_447 + uint32(1);
const bool l_449 = l_432 < l_0;
const bool l_450 = l_448 < l_2;
const bool l_451 = l_449 && l_450;
if (l_451) {
const uint32 l_452 = blockIdx.z * l_0;
const uint32 l_453 = l_452 + l_432;
const uint32 l_454 = l_453 * l_2;
const uint32 l_455 = l_454 + l_448;
const float l_456 = l_arr_19[uint32(13)];
const uint32 l_576 = info.static_meta[uint32(2)];
const uint32 l_577 = l_576 * uint32(1);
const bool l_578 = l_455 < l_577;
if (l_578) {
buffer_2[l_455] = l_456;
}
}
const uint32 l_457 = l_4 + uint32(0);
const uint32 l_458 = l_457 * uint32(4);
const uint32 l_459 = l_6 + l_458;
const uint32 l_460 = l_459 + uint32(2);
const bool l_461 = l_432 < l_0;
const bool l_462 = l_460 < l_2;
const bool l_463 = l_461 && l_462;
if (l_463) {
const uint32 l_464 = blockIdx.z * l_0;
const uint32 l_465 = l_464 + l_432;
const uint32 l_466 = l_465 * l_2;
const uint32 l_467 = l_466 + l_460;
const float l_468 = l_arr_19[uint32(14)];
const uint32 l_579 = info.static_meta[uint32(2)];
const uint32 l_580 = l_579 * uint32(1);
const bool l_581 = l_467 < l_580;
if (l_581) {
buffer_2[l_467] = l_468;
}
}
const uint32 l_469 = l_4 + uint32(0);
const uint32 l_470 = l_469 * uint32(4);
const uint32 l_471 = l_6 + l_470;
const uint32 l_472 = l_471 + uint32(3);
const bool l_473 = l_432 < l_0;
const bool l_474 = l_472 < l_2;
const bool l_475 = l_473 && l_474;
if (l_475) {
const uint32 l_476 = blockIdx.z * l_0;
const uint32 l_477 = l_476 + l_432;
const uint32 l_478 = l_477 * l_2;
const uint32 l_479 = l_478 + l_472;
const float l_480 = l_arr_19[uint32(15)];
const uint32 l_582 = info.static_meta[uint32(2)];
const uint32 l_583 = l_582 * uint32(1);
const bool l_584 = l_479 < l_583;
if (l_584) {
buffer_2[l_479] = l_480;
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
// ==== launch 0: matmul_vec_kernel_c_f32_a_f32_b_f32_h_f32_o_f32 (sigmoid_loss), cube_dim 256x1x1
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


extern "C" __global__ void __launch_bounds__(256)matmul_vec_kernel_c_f32_a_f32_b_f32_h_f32_o_f32 (
    const float* __restrict__ buffer_0, const float* __restrict__ buffer_1, float* buffer_2, const uint32* __restrict__ dynamic_meta, const __grid_constant__ info_st info
) {
uint32 threadIdxGlobal = threadIdx.x + threadIdx.y * blockDim.x + threadIdx.z * (blockDim.x * blockDim.y);
extern __shared__ __align__(16) uint8 dynamic_shared_mem[];
// Shared array size: 544, 8704 bytes
float_4 *shared_memory_18 = reinterpret_cast<float_4*>(&dynamic_shared_mem[0]);
float l_arr_19[16];

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
l_arr_19[uint32(0)] = float(0.0);
l_arr_19[uint32(1)] = float(0.0);
l_arr_19[uint32(2)] = float(0.0);
l_arr_19[uint32(3)] = float(0.0);
l_arr_19[uint32(4)] = float(0.0);
l_arr_19[uint32(5)] = float(0.0);
l_arr_19[uint32(6)] = float(0.0);
l_arr_19[uint32(7)] = float(0.0);
l_arr_19[uint32(8)] = float(0.0);
l_arr_19[uint32(9)] = float(0.0);
l_arr_19[uint32(10)] = float(0.0);
l_arr_19[uint32(11)] = float(0.0);
l_arr_19[uint32(12)] = float(0.0);
l_arr_19[uint32(13)] = float(0.0);
l_arr_19[uint32(14)] = float(0.0);
l_arr_19[uint32(15)] = float(0.0);
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
const uint32 l_481 = info.static_meta[uint32(0)];
const uint32 l_482 = l_481 * uint32(1);
const bool l_483 = l_48 < l_482;
const uint32 l_484 = l_482 - uint32(1);
const uint32 l_485 = min(l_48, l_484);
const float l_486 = buffer_0[l_485];
const float l_487 = (l_483) ? l_486 : float(0.0);
const float l_49 = l_487;
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
const uint32 l_488 = info.static_meta[uint32(0)];
const uint32 l_489 = l_488 * uint32(1);
const bool l_490 = l_61 < l_489;
const uint32 l_491 = l_489 - uint32(1);
const uint32 l_492 = min(l_61, l_491);
const float l_493 = buffer_0[l_492];
const float l_494 = (l_490) ? l_493 : float(0.0);
const float l_62 = l_494;
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
const uint32 l_495 = info.static_meta[uint32(0)];
const uint32 l_496 = l_495 * uint32(1);
const bool l_497 = l_74 < l_496;
const uint32 l_498 = l_496 - uint32(1);
const uint32 l_499 = min(l_74, l_498);
const float l_500 = buffer_0[l_499];
const float l_501 = (l_497) ? l_500 : float(0.0);
const float l_75 = l_501;
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
const uint32 l_502 = info.static_meta[uint32(0)];
const uint32 l_503 = l_502 * uint32(1);
const bool l_504 = l_87 < l_503;
const uint32 l_505 = l_503 - uint32(1);
const uint32 l_506 = min(l_87, l_505);
const float l_507 = buffer_0[l_506];
const float l_508 = (l_504) ? l_507 : float(0.0);
const float l_88 = l_508;
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
const uint32 l_509 = info.static_meta[uint32(1)];
const uint32 l_510 = l_509 * uint32(1);
const bool l_511 = l_108 < l_510;
const uint32 l_512 = l_510 - uint32(1);
const uint32 l_513 = min(l_108, l_512);
const float l_514 = buffer_1[l_513];
const float l_515 = (l_511) ? l_514 : float(0.0);
const float l_109 = l_515;
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
const uint32 l_516 = info.static_meta[uint32(1)];
const uint32 l_517 = l_516 * uint32(1);
const bool l_518 = l_121 < l_517;
const uint32 l_519 = l_517 - uint32(1);
const uint32 l_520 = min(l_121, l_519);
const float l_521 = buffer_1[l_520];
const float l_522 = (l_518) ? l_521 : float(0.0);
const float l_122 = l_522;
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
const uint32 l_523 = info.static_meta[uint32(1)];
const uint32 l_524 = l_523 * uint32(1);
const bool l_525 = l_134 < l_524;
const uint32 l_526 = l_524 - uint32(1);
const uint32 l_527 = min(l_134, l_526);
const float l_528 = buffer_1[l_527];
const float l_529 = (l_525) ? l_528 : float(0.0);
const float l_135 = l_529;
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
const uint32 l_530 = info.static_meta[uint32(1)];
const uint32 l_531 = l_530 * uint32(1);
const bool l_532 = l_147 < l_531;
const uint32 l_533 = l_531 - uint32(1);
const uint32 l_534 = min(l_147, l_533);
const float l_535 = buffer_1[l_534];
const float l_536 = (l_532) ? l_535 : float(0.0);
const float l_148 = l_536;
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
shared_memory_18[l_155] = reinterpret_cast< float_4 const&>(l_156);
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
shared_memory_18[l_164] = reinterpret_cast< float_4 const&>(l_165);
__syncthreads();


for (uint32 l_mut_166 = uint32(0); l_mut_166 < uint32(16); ++l_mut_166) {
const uint32 l_168 = l_mut_166 * uint32(17);
const uint32 l_169 = uint32(272) + l_168;
const uint32 l_170 = l_169 + l_21;
const uint32 l_171 = l_170 + uint32(0);
const float_4 l_172 = shared_memory_18[l_171];
l_arr_167[uint32(0)] = reinterpret_cast< float_4 const&>(l_172);
const uint32 l_173 = l_mut_166 * uint32(17);
const uint32 l_174 = l_173 + l_20;
const uint32 l_175 = l_174 + uint32(0);
const float_4 l_176 = shared_memory_18[l_175];
const float l_177 = l_176.i_0;
const float_4 l_178 = l_arr_167[uint32(0)];
const float l_179 = l_178.i_0;
const float l_180 = l_177 * l_179;
const float l_181 = l_arr_19[uint32(0)];
const float l_182 = l_181 + l_180;
l_arr_19[uint32(0)] = l_182;
const float l_183 = l_176.i_0;
const float_4 l_184 = l_arr_167[uint32(0)];
const float l_185 = l_184.i_1;
const float l_186 = l_183 * l_185;
const float l_187 = l_arr_19[uint32(1)];
const float l_188 = l_187 + l_186;
l_arr_19[uint32(1)] = l_188;
const float l_189 = l_176.i_0;
const float_4 l_190 = l_arr_167[uint32(0)];
const float l_191 = l_190.i_2;
const float l_192 = l_189 * l_191;
const float l_193 = l_arr_19[uint32(2)];
const float l_194 = l_193 + l_192;
l_arr_19[uint32(2)] = l_194;
const float l_195 = l_176.i_0;
const float_4 l_196 = l_arr_167[uint32(0)];
const float l_197 = l_196.i_3;
const float l_198 = l_195 * l_197;
const float l_199 = l_arr_19[uint32(3)];
const float l_200 = l_199 + l_198;
l_arr_19[uint32(3)] = l_200;
const float l_201 = l_176.i_1;
const float_4 l_202 = l_arr_167[uint32(0)];
const float l_203 = l_202.i_0;
const float l_204 = l_201 * l_203;
const float l_205 = l_arr_19[uint32(4)];
const float l_206 = l_205 + l_204;
l_arr_19[uint32(4)] = l_206;
const float l_207 = l_176.i_1;
const float_4 l_208 = l_arr_167[uint32(0)];
const float l_209 = l_208.i_1;
const float l_210 = l_207 * l_209;
const float l_211 = l_arr_19[uint32(5)];
const float l_212 = l_211 + l_210;
l_arr_19[uint32(5)] = l_212;
const float l_213 = l_176.i_1;
const float_4 l_214 = l_arr_167[uint32(0)];
const float l_215 = l_214.i_2;
const float l_216 = l_213 * l_215;
const float l_217 = l_arr_19[uint32(6)];
const float l_218 = l_217 + l_216;
l_arr_19[uint32(6)] = l_218;
const float l_219 = l_176.i_1;
const float_4 l_220 = l_arr_167[uint32(0)];
const float l_221 = l_220.i_3;
const float l_222 = l_219 * l_221;
const float l_223 = l_arr_19[uint32(7)];
const float l_224 = l_223 + l_222;
l_arr_19[uint32(7)] = l_224;
const float l_225 = l_176.i_2;
const float_4 l_226 = l_arr_167[uint32(0)];
const float l_227 = l_226.i_0;
const float l_228 = l_225 * l_227;
const float l_229 = l_arr_19[uint32(8)];
const float l_230 = l_229 + l_228;
l_arr_19[uint32(8)] = l_230;
const float l_231 = l_176.i_2;
const float_4 l_232 = l_arr_167[uint32(0)];
const float l_233 = l_232.i_1;
const float l_234 = l_231 * l_233;
const float l_235 = l_arr_19[uint32(9)];
const float l_236 = l_235 + l_234;
l_arr_19[uint32(9)] = l_236;
const float l_237 = l_176.i_2;
const float_4 l_238 = l_arr_167[uint32(0)];
const float l_239 = l_238.i_2;
const float l_240 = l_237 * l_239;
const float l_241 = l_arr_19[uint32(10)];
const float l_242 = l_241 + l_240;
l_arr_19[uint32(10)] = l_242;
const float l_243 = l_176.i_2;
const float_4 l_244 = l_arr_167[uint32(0)];
const float l_245 = l_244.i_3;
const float l_246 = l_243 * l_245;
const float l_247 = l_arr_19[uint32(11)];
const float l_248 = l_247 + l_246;
l_arr_19[uint32(11)] = l_248;
const float l_249 = l_176.i_3;
const float_4 l_250 = l_arr_167[uint32(0)];
const float l_251 = l_250.i_0;
const float l_252 = l_249 * l_251;
const float l_253 = l_arr_19[uint32(12)];
const float l_254 = l_253 + l_252;
l_arr_19[uint32(12)] = l_254;
const float l_255 = l_176.i_3;
const float_4 l_256 = l_arr_167[uint32(0)];
const float l_257 = l_256.i_1;
const float l_258 = l_255 * l_257;
const float l_259 = l_arr_19[uint32(13)];
const float l_260 = l_259 + l_258;
l_arr_19[uint32(13)] = l_260;
const float l_261 = l_176.i_3;
const float_4 l_262 = l_arr_167[uint32(0)];
const float l_263 = l_262.i_2;
const float l_264 = l_261 * l_263;
const float l_265 = l_arr_19[uint32(14)];
const float l_266 = l_265 + l_264;
l_arr_19[uint32(14)] = l_266;
const float l_267 = l_176.i_3;
const float_4 l_268 = l_arr_167[uint32(0)];
const float l_269 = l_268.i_3;
const float l_270 = l_267 * l_269;
const float l_271 = l_arr_19[uint32(15)];
const float l_272 = l_271 + l_270;
l_arr_19[uint32(15)] = l_272;
}
__syncthreads();

l_mut_7 = l_mut_7 + uint32(16);
}
const uint32 l_273 = l_3 + uint32(0);
const uint32 l_274 = l_273 * uint32(4);
const uint32 l_275 = l_5 + l_274;
const uint32 l_276 = l_275 + uint32(0);
const uint32 l_277 = l_4 + uint32(0);
const uint32 l_278 = l_277 * uint32(4);
const uint32 l_279 = l_6 + l_278;
const uint32 l_280 = l_279 + uint32(0);
const bool l_281 = l_276 < l_0;
const bool l_282 = l_280 < l_2;
const bool l_283 = l_281 && l_282;
if (l_283) {
const uint32 l_284 = blockIdx.z * l_0;
const uint32 l_285 = l_284 + l_276;
const uint32 l_286 = l_285 * l_2;
const uint32 l_287 = l_286 + l_280;
const float l_288 = l_arr_19[uint32(0)];
const uint32 l_537 = info.static_meta[uint32(2)];
const uint32 l_538 = l_537 * uint32(1);
const bool l_539 = l_287 < l_538;
if (l_539) {
buffer_2[l_287] = l_288;
}
}
const uint32 l_289 = l_4 + uint32(0);
const uint32 l_290 = l_289 * uint32(4);
const uint32 l_291 = l_6 + l_290;
const uint32 l_292 = l_291 + uint32(1);
const bool l_293 = l_276 < l_0;
const bool l_294 = l_292 < l_2;
const bool l_295 = l_293 && l_294;
if (l_295) {
const uint32 l_296 = blockIdx.z * l_0;
const uint32 l_297 = l_296 + l_276;
const uint32 l_298 = l_297 * l_2;
const uint32 l_299 = l_298 + l_292;
const float l_300 = l_arr_19[uint32(1)];
const uint32 l_540 = info.static_meta[uint32(2)];
const uint32 l_541 = l_540 * uint32(1);
const bool l_542 = l_299 < l_541;
if (l_542) {
buffer_2[l_299] = l_300;
}
}
const uint32 l_301 = l_4 + uint32(0);
const uint32 l_302 = l_301 * uint32(4);
const uint32 l_303 = l_6 + l_302;
const uint32 l_304 = l_303 + uint32(2);
const bool l_305 = l_276 < l_0;
const bool l_306 = l_304 < l_2;
const bool l_307 = l_305 && l_306;
if (l_307) {
const uint32 l_308 = blockIdx.z * l_0;
const uint32 l_309 = l_308 + l_276;
const uint32 l_310 = l_309 * l_2;
const uint32 l_311 = l_310 + l_304;
const float l_312 = l_arr_19[uint32(2)];
const uint32 l_543 = info.static_meta[uint32(2)];
const uint32 l_544 = l_543 * uint32(1);
const bool l_545 = l_311 < l_544;
if (l_545) {
buffer_2[l_311] = l_312;
}
}
const uint32 l_313 = l_4 + uint32(0);
const uint32 l_314 = l_313 * uint32(4);
const uint32 l_315 = l_6 + l_314;
const uint32 l_316 = l_315 + uint32(3);
const bool l_317 = l_276 < l_0;
const bool l_318 = l_316 < l_2;
const bool l_319 = l_317 && l_318;
if (l_319) {
const uint32 l_320 = blockIdx.z * l_0;
const uint32 l_321 = l_320 + l_276;
const uint32 l_322 = l_321 * l_2;
const uint32 l_323 = l_322 + l_316;
const float l_324 = l_arr_19[uint32(3)];
const uint32 l_546 = info.static_meta[uint32(2)];
const uint32 l_547 = l_546 * uint32(1);
const bool l_548 = l_323 < l_547;
if (l_548) {
buffer_2[l_323] = l_324;
}
}
const uint32 l_325 = l_3 + uint32(0);
const uint32 l_326 = l_325 * uint32(4);
const uint32 l_327 = l_5 + l_326;
const uint32 l_328 = l_327 + uint32(1);
const uint32 l_329 = l_4 + uint32(0);
const uint32 l_330 = l_329 * uint32(4);
const uint32 l_331 = l_6 + l_330;
const uint32 l_332 = l_331 + uint32(0);
const bool l_333 = l_328 < l_0;
const bool l_334 = l_332 < l_2;
const bool l_335 = l_333 && l_334;
if (l_335) {
const uint32 l_336 = blockIdx.z * l_0;
const uint32 l_337 = l_336 + l_328;
const uint32 l_338 = l_337 * l_2;
const uint32 l_339 = l_338 + l_332;
const float l_340 = l_arr_19[uint32(4)];
const uint32 l_549 = info.static_meta[uint32(2)];
const uint32 l_550 = l_549 * uint32(1);
const bool l_551 = l_339 < l_550;
if (l_551) {
buffer_2[l_339] = l_340;
}
}
const uint32 l_341 = l_4 + uint32(0);
const uint32 l_342 = l_341 * uint32(4);
const uint32 l_343 = l_6 + l_342;
const uint32 l_344 = l_343 + uint32(1);
const bool l_345 = l_328 < l_0;
const bool l_346 = l_344 < l_2;
const bool l_347 = l_345 && l_346;
if (l_347) {
const uint32 l_348 = blockIdx.z * l_0;
const uint32 l_349 = l_348 + l_328;
const uint32 l_350 = l_349 * l_2;
const uint32 l_351 = l_350 + l_344;
const float l_352 = l_arr_19[uint32(5)];
const uint32 l_552 = info.static_meta[uint32(2)];
const uint32 l_553 = l_552 * uint32(1);
const bool l_554 = l_351 < l_553;
if (l_554) {
buffer_2[l_351] = l_352;
}
}
const uint32 l_353 = l_4 + uint32(0);
const uint32 l_354 = l_353 * uint32(4);
const uint32 l_355 = l_6 + l_354;
const uint32 l_356 = l_355 + uint32(2);
const bool l_357 = l_328 < l_0;
const bool l_358 = l_356 < l_2;
const bool l_359 = l_357 && l_358;
if (l_359) {
const uint32 l_360 = blockIdx.z * l_0;
const uint32 l_361 = l_360 + l_328;
const uint32 l_362 = l_361 * l_2;
const uint32 l_363 = l_362 + l_356;
const float l_364 = l_arr_19[uint32(6)];
const uint32 l_555 = info.static_meta[uint32(2)];
const uint32 l_556 = l_555 * uint32(1);
const bool l_557 = l_363 < l_556;
if (l_557) {
buffer_2[l_363] = l_364;
}
}
const uint32 l_365 = l_4 + uint32(0);
const uint32 l_366 = l_365 * uint32(4);
const uint32 l_367 = l_6 + l_366;
const uint32 l_368 = l_367 + uint32(3);
const bool l_369 = l_328 < l_0;
const bool l_370 = l_368 < l_2;
const bool l_371 = l_369 && l_370;
if (l_371) {
const uint32 l_372 = blockIdx.z * l_0;
const uint32 l_373 = l_372 + l_328;
const uint32 l_374 = l_373 * l_2;
const uint32 l_375 = l_374 + l_368;
const float l_376 = l_arr_19[uint32(7)];
const uint32 l_558 = info.static_meta[uint32(2)];
const uint32 l_559 = l_558 * uint32(1);
const bool l_560 = l_375 < l_559;
if (l_560) {
buffer_2[l_375] = l_376;
}
}
const uint32 l_377 = l_3 + uint32(0);
const uint32 l_378 = l_377 * uint32(4);
const uint32 l_379 = l_5 + l_378;
const uint32 l_380 = l_379 + uint32(2);
const uint32 l_381 = l_4 + uint32(0);
const uint32 l_382 = l_381 * uint32(4);
const uint32 l_383 = l_6 + l_382;
const uint32 l_384 = l_383 + uint32(0);
const bool l_385 = l_380 < l_0;
const bool l_386 = l_384 < l_2;
const bool l_387 = l_385 && l_386;
if (l_387) {
const uint32 l_388 = blockIdx.z * l_0;
const uint32 l_389 = l_388 + l_380;
const uint32 l_390 = l_389 * l_2;
const uint32 l_391 = l_390 + l_384;
const float l_392 = l_arr_19[uint32(8)];
const uint32 l_561 = info.static_meta[uint32(2)];
const uint32 l_562 = l_561 * uint32(1);
const bool l_563 = l_391 < l_562;
if (l_563) {
buffer_2[l_391] = l_392;
}
}
const uint32 l_393 = l_4 + uint32(0);
const uint32 l_394 = l_393 * uint32(4);
const uint32 l_395 = l_6 + l_394;
const uint32 l_396 = l_395 + uint32(1);
const bool l_397 = l_380 < l_0;
const bool l_398 = l_396 < l_2;
const bool l_399 = l_397 && l_398;
if (l_399) {
const uint32 l_400 = blockIdx.z * l_0;
const uint32 l_401 = l_400 + l_380;
const uint32 l_402 = l_401 * l_2;
const uint32 l_403 = l_402 + l_396;
const float l_404 = l_arr_19[uint32(9)];
const uint32 l_564 = info.static_meta[uint32(2)];
const uint32 l_565 = l_564 * uint32(1);
const bool l_566 = l_403 < l_565;
if (l_566) {
buffer_2[l_403] = l_404;
}
}
const uint32 l_405 = l_4 + uint32(0);
const uint32 l_406 = l_405 * uint32(4);
const uint32 l_407 = l_6 + l_406;
const uint32 l_408 = l_407 + uint32(2);
const bool l_409 = l_380 < l_0;
const bool l_410 = l_408 < l_2;
const bool l_411 = l_409 && l_410;
if (l_411) {
const uint32 l_412 = blockIdx.z * l_0;
const uint32 l_413 = l_412 + l_380;
const uint32 l_414 = l_413 * l_2;
const uint32 l_415 = l_414 + l_408;
const float l_416 = l_arr_19[uint32(10)];
const uint32 l_567 = info.static_meta[uint32(2)];
const uint32 l_568 = l_567 * uint32(1);
const bool l_569 = l_415 < l_568;
if (l_569) {
buffer_2[l_415] = l_416;
}
}
const uint32 l_417 = l_4 + uint32(0);
const uint32 l_418 = l_417 * uint32(4);
const uint32 l_419 = l_6 + l_418;
const uint32 l_420 = l_419 + uint32(3);
const bool l_421 = l_380 < l_0;
const bool l_422 = l_420 < l_2;
const bool l_423 = l_421 && l_422;
if (l_423) {
const uint32 l_424 = blockIdx.z * l_0;
const uint32 l_425 = l_424 + l_380;
const uint32 l_426 = l_425 * l_2;
const uint32 l_427 = l_426 + l_420;
const float l_428 = l_arr_19[uint32(11)];
const uint32 l_570 = info.static_meta[uint32(2)];
const uint32 l_571 = l_570 * uint32(1);
const bool l_572 = l_427 < l_571;
if (l_572) {
buffer_2[l_427] = l_428;
}
}
const uint32 l_429 = l_3 + uint32(0);
const uint32 l_430 = l_429 * uint32(4);
const uint32 l_431 = l_5 + l_430;
const uint32 l_432 = l_431 + uint32(3);
const uint32 l_433 = l_4 + uint32(0);
const uint32 l_434 = l_433 * uint32(4);
const uint32 l_435 = l_6 + l_434;
const uint32 l_436 = l_435 + uint32(0);
const bool l_437 = l_432 < l_0;
const bool l_438 = l_436 < l_2;
const bool l_439 = l_437 && l_438;
if (l_439) {
const uint32 l_440 = blockIdx.z * l_0;
const uint32 l_441 = l_440 + l_432;
const uint32 l_442 = l_441 * l_2;
const uint32 l_443 = l_442 + l_436;
const float l_444 = l_arr_19[uint32(12)];
const uint32 l_573 = info.static_meta[uint32(2)];
const uint32 l_574 = l_573 * uint32(1);
const bool l_575 = l_443 < l_574;
if (l_575) {
buffer_2[l_443] = l_444;
}
}
const uint32 l_445 = l_4 + uint32(0);
const uint32 l_446 = l_445 * uint32(4);
const uint32 l_447 = l_6 + l_446;
const uint32 l_448 = l_447 + uint32(1);
const bool l_449 = l_432 < l_0;
const bool l_450 = l_448 < l_2;
const bool l_451 = l_449 && l_450;
if (l_451) {
const uint32 l_452 = blockIdx.z * l_0;
const uint32 l_453 = l_452 + l_432;
const uint32 l_454 = l_453 * l_2;
const uint32 l_455 = l_454 + l_448;
const float l_456 = l_arr_19[uint32(13)];
const uint32 l_576 = info.static_meta[uint32(2)];
const uint32 l_577 = l_576 * uint32(1);
const bool l_578 = l_455 < l_577;
if (l_578) {
buffer_2[l_455] = l_456;
}
}
const uint32 l_457 = l_4 + uint32(0);
const uint32 l_458 = l_457 * uint32(4);
const uint32 l_459 = l_6 + l_458;
const uint32 l_460 = l_459 + uint32(2);
const bool l_461 = l_432 < l_0;
const bool l_462 = l_460 < l_2;
const bool l_463 = l_461 && l_462;
if (l_463) {
const uint32 l_464 = blockIdx.z * l_0;
const uint32 l_465 = l_464 + l_432;
const uint32 l_466 = l_465 * l_2;
const uint32 l_467 = l_466 + l_460;
const float l_468 = l_arr_19[uint32(14)];
const uint32 l_579 = info.static_meta[uint32(2)];
const uint32 l_580 = l_579 * uint32(1);
const bool l_581 = l_467 < l_580;
if (l_581) {
buffer_2[l_467] = l_468;
}
}
const uint32 l_469 = l_4 + uint32(0);
const uint32 l_470 = l_469 * uint32(4);
const uint32 l_471 = l_6 + l_470;
const uint32 l_472 = l_471 + uint32(3);
const bool l_473 = l_432 < l_0;
const bool l_474 = l_472 < l_2;
const bool l_475 = l_473 && l_474;
if (l_475) {
const uint32 l_476 = blockIdx.z * l_0;
const uint32 l_477 = l_476 + l_432;
const uint32 l_478 = l_477 * l_2;
const uint32 l_479 = l_478 + l_472;
const float l_480 = l_arr_19[uint32(15)];
const uint32 l_582 = info.static_meta[uint32(2)];
const uint32 l_583 = l_582 * uint32(1);
const bool l_584 = l_479 < l_583;
if (l_584) {
buffer_2[l_479] = l_480;
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
