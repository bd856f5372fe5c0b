// ==== launch 0: ew_kernel_c_f32_h_f16_o_f16 (elementwise), cube_dim 256x1x1
#include <cuda_runtime.h>
#include <cuda_fp16.h>
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


extern "C" __global__ void __launch_bounds__(256)ew_kernel_c_f32_h_f16_o_f16 (
    const __half* __restrict__ buffer_0, const __half* __restrict__ buffer_1, __half* buffer_2, const uint32* __restrict__ dynamic_meta, const __grid_constant__ info_st info
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
uint32 l_mut_3;
uint32 l_mut_4;
const bool l_0 = idxGlobal < info.scalars_uint32[0];
if (l_0) {
const uint32 l_46 = info.static_meta[uint32(0)];
const uint32 l_47 = l_46 * uint32(1);
const bool l_48 = idxGlobal < l_47;
const uint32 l_49 = l_47 - uint32(1);
const uint32 l_50 = min(idxGlobal, l_49);
const __half l_51 = buffer_0[l_50];
const __half l_52 = (l_48) ? l_51 : __half(0.0);
const __half l_1 = l_52;
const float l_2 = float(l_1);
l_mut_3 = idxGlobal;
l_mut_4 = uint32(0);
const uint32 l_5 = dynamic_meta[info.static_meta[uint32(10)] + uint32(1)];
const uint32 l_6 = l_mut_3 % l_5;
const uint32 l_7 = dynamic_meta[info.static_meta[uint32(13)] + uint32(1)];
const uint32 l_8 = l_6 * l_7;
l_mut_4 = l_mut_4 + l_8;
l_mut_3 = l_mut_3 / l_5;
const uint32 l_9 = dynamic_meta[info.static_meta[uint32(10)] + uint32(0)];
const uint32 l_10 = l_mut_3 % l_9;
const uint32 l_11 = dynamic_meta[info.static_meta[uint32(13)] + uint32(0)];
const uint32 l_12 = l_10 * l_11;
l_mut_4 = l_mut_4 + l_12;
l_mut_3 = l_mut_3 / l_9;
const uint32 l_53 = info.static_meta[uint32(1)];
const uint32 l_54 = l_53 * uint32(1);
const bool l_55 = l_mut_4 < l_54;
const uint32 l_56 = l_54 - uint32(1);
const uint32 l_57 = min(l_mut_4, l_56);
const __half l_58 = buffer_1[l_57];
const __half l_59 = (l_55) ? l_58 : __half(0.0);
const __half l_13 = l_59;
const float l_14 = float(l_13);
const float l_15 = exp(l_2);
const float l_16 = l_15 * l_14;
const float l_17 = l_16 + l_2;
const float l_18 = float(0.044714998453855515) * l_17;
const float l_19 = l_18 * l_17;
const float l_20 = l_19 * l_17;
const float l_21 = l_17 + l_20;
const float l_22 = float(0.7978845834732056) * l_21;
const float l_23 = float(0.5) * l_17;
const float l_24 = abs(l_22);
const float l_25 = float(2.0) * l_24;
const float l_26 = exp(l_25);
const float l_27 = l_26 + float(1.0);
const float l_28 = float(2.0) / l_27;
const float l_29 = float(1.0) - l_28;
const float l_30 = l_22 * l_22;
const float l_31 = l_30 * float(0.05396825447678566);
const float l_32 = float(0.13333334028720856) - l_31;
const float l_33 = l_30 * l_32;
const float l_34 = float(-0.3333333432674408) + l_33;
const float l_35 = l_30 * l_34;
const float l_36 = float(1.0) + l_35;
const float l_37 = l_22 * l_36;
const bool l_38 = l_22 < float(0.0);
const float l_39 = -l_29;
const float l_40 = (l_38) ? l_39 : l_29;
const bool l_41 = l_24 < float(0.0625);
const float l_42 = (l_41) ? l_37 : l_40;
const float l_43 = float(1.0) + l_42;
const float l_44 = l_23 * l_43;
const __half l_45 = __half(l_44);
const uint32 l_60 = info.static_meta[uint32(2)];
const uint32 l_61 = l_60 * uint32(1);
const bool l_62 = idxGlobal < l_61;
if (l_62) {
buffer_2[idxGlobal] = l_45;
}
}

}
