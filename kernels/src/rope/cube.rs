//! Rotary embedding on the device (rotate-half layout). The angle table is built on the
//! host in f64 from the positions read back (as the CPU does), so large positions lose no
//! accuracy to an f32 `θ`; the kernel only rotates.

use cubecl::prelude::*;
use packfuse_ir::TensorData;

use crate::cube::{expect_args, storage_type, upload, DeviceTensor, Target};
use crate::error::{bad, KernelError};
use crate::movement::cube::read_i32;

const K: &str = "rope";
/// Units per cube.
const CUBE: u32 = 256;

#[cube(launch)]
fn rope_kernel<X: Float, O: Float>(
    x: &Tensor<X>,
    table: &Array<f32>,
    out: &mut Tensor<O>,
    numel: usize,
    #[define(X, O)] _types: [StorageType; 2],
) {
    let pos = ABSOLUTE_POS;
    if pos < numel {
        let (heads, d) = (x.shape(1), x.shape(2));
        let half = d / 2;
        let i = pos % d;
        let t = pos / d / heads;
        let base = t * x.stride(0) + (pos / d % heads) * x.stride(1);
        let xi = f32::cast_from(x[base + i * x.stride(2)]);
        let mut y = xi;
        if i < 2 * half {
            let (lo, hi) = (i < half, i >= half);
            let pair = select(lo, i + half, i - select(hi, half, 0));
            let other = f32::cast_from(x[base + pair * x.stride(2)]);
            let k = (t * half + select(lo, i, pair)) * 2;
            let (cos, sin) = (table[k], table[k + 1]);
            y = select(lo, xi * cos - other * sin, xi * cos + other * sin);
        }
        out[pos] = O::cast_from(y);
    }
}

/// `(cos θ, sin θ)` per (token, pair), θ = p · base^(−2i/D), in f64.
fn table(base: f64, positions: &[i32], d: usize) -> Vec<f32> {
    let half = d / 2;
    let mut t = Vec::with_capacity(positions.len() * half * 2);
    for &p in positions {
        for i in 0..half {
            let theta = p as f64 * base.powf(-2.0 * i as f64 / d as f64);
            t.extend([theta.cos() as f32, theta.sin() as f32]);
        }
    }
    t
}

/// Launches the rotation; `args` = x `[T, H, D]`, positions `[T]`.
pub fn launch<R: Runtime>(
    client: &ComputeClient<R>,
    target: &Target,
    base: f64,
    args: &[DeviceTensor],
    out: &DeviceTensor,
) -> Result<(), KernelError> {
    launch_with(client, target, base, args, out, true)
}

/// [`launch`] without reading the positions back (all taken as 0): the same kernel, for
/// source emission on a runtime that holds no data.
pub fn launch_without_data<R: Runtime>(
    client: &ComputeClient<R>,
    target: &Target,
    base: f64,
    args: &[DeviceTensor],
    out: &DeviceTensor,
) -> Result<(), KernelError> {
    launch_with(client, target, base, args, out, false)
}

fn launch_with<R: Runtime>(
    client: &ComputeClient<R>,
    target: &Target,
    base: f64,
    args: &[DeviceTensor],
    out: &DeviceTensor,
    read_positions: bool,
) -> Result<(), KernelError> {
    expect_args(K, args, 2)?;
    let x = &args[0];
    target.check_dtypes(K, [x.dtype, out.dtype])?;
    if x.shape.len() != 3 || out.shape != x.shape || !x.dtype.is_float() || !out.dtype.is_float() {
        return Err(bad(
            K,
            format!("x {} {:?} into {} {:?}", x.dtype, x.shape, out.dtype, out.shape),
        ));
    }
    let positions =
        if read_positions { read_i32(client, &args[1])? } else { vec![0; args[1].numel()] };
    if positions.len() != x.shape[0] {
        return Err(bad(K, format!("{} positions for {} tokens", positions.len(), x.shape[0])));
    }
    let numel = x.numel();
    if numel == 0 {
        return Ok(());
    }
    let tab = table(base, &positions, x.shape[2]);
    let len = tab.len().max(1);
    let tab = upload(client, &TensorData::F32(if tab.is_empty() { vec![0.0] } else { tab }));
    rope_kernel::launch::<R>(
        client,
        target.grid(numel.div_ceil(CUBE as usize)),
        CubeDim::new_1d(CUBE),
        x.arg(),
        // SAFETY: the table was just uploaded with `len` f32 values.
        unsafe { ArrayArg::from_raw_parts(tab, len) },
        out.arg(),
        numel,
        [storage_type(x.dtype), storage_type(out.dtype)],
    );
    Ok(())
}
