//! SigLIP's sigmoid loss on the device: one cube per row `i` of logits, units over the
//! columns `j`, each computing its dot products serially; the N×N logits never exist.
//! Row losses (already scaled by `−1/N`) go to a small buffer that the reduce kernel sums.
//!
//! Only SigLIP's loss itself runs here for now: the gradient parts and the options
//! (`normalize`, a positive offset or none, `denom`) are `KernelError::Unsupported` on the
//! device, and run on the CPU backend.

use cubecl::prelude::*;
use packfuse_ir::{DType, LossOptions, LossPart, ReduceOp};

use crate::cube::{download, expect_args, storage_type, unsupported, DeviceTensor, Target};
use crate::error::{bad, KernelError};
use crate::norm::cube::block_reduce;
use crate::Arg;

const K: &str = "sigmoid_loss";
/// Units per cube.
const BLOCK: usize = 64;

#[cube(launch)]
#[allow(clippy::too_many_arguments)]
fn sigmoid_loss_rows<X: Float, Y: Float>(
    x: &Tensor<X>,
    y: &Tensor<Y>,
    rows: &mut Array<f32>,
    t: f32,
    b: f32,
    n: usize,
    #[comptime] block: usize,
    #[define(X, Y)] _types: [StorageType; 2],
) {
    let i = CUBE_POS;
    // Uniform per cube: every unit reaches the barriers in `block_reduce` or none does.
    if i < n {
        let d = x.shape(1);
        let mut acc = 0.0f32;
        let mut j = UNIT_POS as usize;
        while j < n {
            let mut dot = 0.0f32;
            for e in 0..d {
                let xv = f32::cast_from(x[i * x.stride(0) + e * x.stride(1)]);
                dot += xv * f32::cast_from(y[j * y.stride(0) + e * y.stride(1)]);
            }
            let s = select(i == j, 1.0f32, -1.0f32) * (t * dot + b);
            acc += min(s, 0.0) - (-s.abs()).exp().log1p();
            j += block;
        }
        let mut smem = SharedMemory::<f32>::new(block);
        let total = block_reduce(&mut smem, acc, block, false);
        if UNIT_POS == 0 {
            rows[i] = -total / f32::cast_from(n as u32);
        }
    }
}

/// The first element of a scalar tensor, on the host.
fn scalar<R: Runtime>(client: &ComputeClient<R>, t: &DeviceTensor) -> Result<f64, KernelError> {
    let data = download(client, &t.handle, t.dtype, 1)?;
    Arg::new(&data, &[1]).to_f64().first().copied().ok_or_else(|| bad(K, "empty scalar"))
}

/// Launches the loss; `args` = x, y, t_prime, bias; `out` holds one element. Any other
/// part or non-default options are [`KernelError::Unsupported`] (no device kernel yet).
pub fn launch<R: Runtime>(
    client: &ComputeClient<R>,
    target: &Target,
    opts: &LossOptions,
    part: LossPart,
    args: &[DeviceTensor],
    out: &DeviceTensor,
) -> Result<(), KernelError> {
    if part != LossPart::Loss {
        return Err(unsupported(K, target, format!("the {} part (gradients)", part.name())));
    }
    if *opts != LossOptions::default() {
        return Err(unsupported(K, target, format!("options {opts:?}")));
    }
    expect_args(K, args, 4)?;
    let (x, y) = (&args[0], &args[1]);
    target.check_dtypes(K, [x.dtype, y.dtype, out.dtype])?;
    if !x.dtype.is_float() || !y.dtype.is_float() {
        return Err(unsupported(K, target, "integer embeddings"));
    }
    if x.shape.len() != 2 || x.shape != y.shape {
        return Err(bad(K, format!("x {:?}, y {:?}", x.shape, y.shape)));
    }
    let n = x.shape[0];
    if n == 0 {
        return Err(bad(K, "empty batch (N = 0)"));
    }
    let (tp, b) = (scalar(client, &args[2])?, scalar(client, &args[3])?);
    if !tp.is_finite() || !b.is_finite() {
        return Err(bad(K, format!("t_prime = {tp} and bias = {b} must be finite")));
    }
    let rows = client.empty(n * 4);
    sigmoid_loss_rows::launch::<R>(
        client,
        target.grid(n),
        CubeDim::new_1d(BLOCK as u32),
        x.arg(),
        y.arg(),
        // SAFETY: the buffer was just allocated for n f32 values.
        unsafe { ArrayArg::from_raw_parts(rows.clone(), n) },
        tp.exp() as f32,
        b as f32,
        n,
        BLOCK,
        [storage_type(x.dtype), storage_type(y.dtype)],
    );
    let rows = DeviceTensor::contiguous(rows, &[n], DType::F32);
    crate::reduce::cube::launch(client, target, ReduceOp::Sum, &[0], &[rows], out)
}
