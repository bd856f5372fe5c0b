// ==== launch 0: ew_kernel_c_f32_h_f32_o_f32 (elementwise), cube_dim 256x1x1
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
    uint32 scalars_uint32[2];uint32 static_meta[16];
};


extern "C" __global__ void __launch_bounds__(256)ew_kernel_c_f32_h_f32_o_f32 (
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
uint32 l_mut_2;
uint32 l_mut_3;
const bool l_0 = idxGlobal < info.scalars_uint32[0];
if (l_0) {
const uint32 l_43 = info.static_meta[uint32(0)];
const uint32 l_44 = l_43 * uint32(1);
const bool l_45 = idxGlobal < l_44;
const uint32 l_46 = l_44 - uint32(1);
const uint32 l_47 = min(idxGlobal, l_46);
const float l_48 = buffer_0[l_47];
const float l_49 = (l_45) ? l_48 : float(0.0);
const float l_1 = l_49;
l_mut_2 = idxGlobal;
l_mut_3 = uint32(0);
const uint32 l_4 = dynamic_meta[info.static_meta[uint32(10)] + uint32(1)];
const uint32 l_5 = l_mut_2 % l_4;
const uint32 l_6 = dynamic_meta[info.static_meta[uint32(13)] + uint32(1)];
const uint32 l_7 = l_5 * l_6;
l_mut_3 = l_mut_3 + l_7;
l_mut_2 = l_mut_2 / l_4;
const uint32 l_8 = dynamic_meta[info.static_meta[uint32(10)] + uint32(0)];
const uint32 l_9 = l_mut_2 % l_8;
const uint32 l_10 = dynamic_meta[info.static_meta[uint32(13)] + uint32(0)];
const uint32 l_11 = l_9 * l_10;
l_mut_3 = l_mut_3 + l_11;
l_mut_2 = l_mut_2 / l_8;
const uint32 l_50 = info.static_meta[uint32(1)];
const uint32 l_51 = l_50 * uint32(1);
const bool l_52 = l_mut_3 < l_51;
const uint32 l_53 = l_51 - uint32(1);
const uint32 l_54 = min(l_mut_3, l_53);
const float l_55 = buffer_1[l_54];
const float l_56 = (l_52) ? l_55 : float(0.0);
const float l_12 = l_56;
const float l_13 = exp(l_1);
const float l_14 = l_13 * l_12;
const float l_15 = l_14 + l_1;
const float l_16 = float(0.044714998453855515) * l_15;
const float l_17 = l_16 * l_15;
const float l_18 = l_17 * l_15;
const float l_19 = l_15 + l_18;
const float l_20 = float(0.7978845834732056) * l_19;
const float l_21 = float(0.5) * l_15;
const float l_22 = abs(l_20);
const float l_23 = float(2.0) * l_22;
const float l_24 = exp(l_23);
const float l_25 = l_24 + float(1.0);
const float l_26 = float(2.0) / l_25;
const float l_27 = float(1.0) - l_26;
const float l_28 = l_20 * l_20;
const float l_29 = l_28 * float(0.05396825447678566);
const float l_30 = float(0.13333334028720856) - l_29;
const float l_31 = l_28 * l_30;
const float l_32 = float(-0.3333333432674408) + l_31;
const float l_33 = l_28 * l_32;
const float l_34 = float(1.0) + l_33;
const float l_35 = l_20 * l_34;
const bool l_36 = l_20 < float(0.0);
const float l_37 = -l_27;
const float l_38 = (l_36) ? l_37 : l_27;
const bool l_39 = l_22 < float(0.0625);
const float l_40 = (l_39) ? l_35 : l_38;
const float l_41 = float(1.0) + l_40;
const float l_42 = l_21 * l_41;
const uint32 l_57 = info.static_meta[uint32(2)];
const uint32 l_58 = l_57 * uint32(1);
const bool l_59 = idxGlobal < l_58;
if (l_59) {
buffer_2[idxGlobal] = l_42;
}
}

}
