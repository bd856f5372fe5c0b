// ==== launch 0: ew_kernel_c_f32_h_f32_o_f32 (elementwise), cube_dim 256x1x1
@group(0)
@binding(0)
var<storage, read_write> buffer_0_global: array<f32>;

@group(0)
@binding(1)
var<storage, read_write> buffer_1_global: array<f32>;

@group(0)
@binding(2)
var<storage, read_write> buffer_2_global: array<f32>;

struct info_st {
   scalars_u32: array<u32, 2>,
   static_meta: array<u32, 16>,
   dynamic_meta: array<u32>,
}

@group(0)
@binding(3)
var<storage, read> info: info_st;

const WORKGROUP_SIZE_X = 256u;
const WORKGROUP_SIZE_Y = 1u;
const WORKGROUP_SIZE_Z = 1u;

@compute
@workgroup_size(256, 1, 1)
fn ew_kernel_c_f32_h_f32_o_f32(
    @builtin(global_invocation_id) global_id: vec3<u32>,
    @builtin(num_workgroups) num_workgroups: vec3<u32>,
) {
let id = (u32(global_id.z) * u32(num_workgroups.x) * u32(WORKGROUP_SIZE_X) * u32(num_workgroups.y) * u32(WORKGROUP_SIZE_Y)) + (u32(global_id.y) * u32(num_workgroups.x) * u32(WORKGROUP_SIZE_X)) + u32(global_id.x);

var l_mut_2: u32;
var l_mut_3: u32;
let l_0 = id < info.scalars_u32[0];
if l_0 {
let l_43 = info.static_meta[u32(0)];
let l_44 = l_43 * u32(1);
let l_45 = id < l_44;
let l_46 = l_44 - u32(1);
let l_47 = min(id, l_46);
let l_48 = buffer_0_global[l_47];
let l_49 = select(f32(0.0), l_48, l_45);
let l_1 = l_49;
l_mut_2 = id;
l_mut_3 = u32(0);
let l_4 = info.dynamic_meta[info.static_meta[u32(10)] + u32(1)];
let l_5 = l_mut_2 % l_4;
let l_6 = info.dynamic_meta[info.static_meta[u32(13)] + u32(1)];
let l_7 = l_5 * l_6;
l_mut_3 = l_mut_3 + l_7;
l_mut_2 = l_mut_2 / l_4;
let l_8 = info.dynamic_meta[info.static_meta[u32(10)] + u32(0)];
let l_9 = l_mut_2 % l_8;
let l_10 = info.dynamic_meta[info.static_meta[u32(13)] + u32(0)];
let l_11 = l_9 * l_10;
l_mut_3 = l_mut_3 + l_11;
l_mut_2 = l_mut_2 / l_8;
let l_50 = info.static_meta[u32(1)];
let l_51 = l_50 * u32(1);
let l_52 = l_mut_3 < l_51;
let l_53 = l_51 - u32(1);
let l_54 = min(l_mut_3, l_53);
let l_55 = buffer_1_global[l_54];
let l_56 = select(f32(0.0), l_55, l_52);
let l_12 = l_56;
let l_13 = exp(l_1);
let l_14 = l_13 * l_12;
let l_15 = l_14 + l_1;
let l_16 = f32(0.044714998453855515) * l_15;
let l_17 = l_16 * l_15;
let l_18 = l_17 * l_15;
let l_19 = l_15 + l_18;
let l_20 = f32(0.7978845834732056) * l_19;
let l_21 = f32(0.5) * l_15;
let l_22 = abs(l_20);
let l_23 = f32(2.0) * l_22;
let l_24 = exp(l_23);
let l_25 = l_24 + f32(1.0);
let l_26 = f32(2.0) / l_25;
let l_27 = f32(1.0) - l_26;
let l_28 = l_20 * l_20;
let l_29 = l_28 * f32(0.05396825447678566);
let l_30 = f32(0.13333334028720856) - l_29;
let l_31 = l_28 * l_30;
let l_32 = f32(-0.3333333432674408) + l_31;
let l_33 = l_28 * l_32;
let l_34 = f32(1.0) + l_33;
let l_35 = l_20 * l_34;
let l_36 = l_20 < f32(0.0);
let l_37 = -l_27;
let l_38 = select(l_27, l_37, l_36);
let l_39 = l_22 < f32(0.0625);
let l_40 = select(l_38, l_35, l_39);
let l_41 = f32(1.0) + l_40;
let l_42 = l_21 * l_41;
let l_57 = info.static_meta[u32(2)];
let l_58 = l_57 * u32(1);
let l_59 = id < l_58;
if l_59 {
buffer_2_global[id] = l_42;
}
}
}
