//! Reductions over any set of axes on the device: the input view is permuted so the kept
//! axes come first and the reduced ones last, then one cube reduces each output element
//! through a shared-memory tree, accumulating in f32.

use cubecl::prelude::*;
use packfuse_ir::ReduceOp;

use crate::cube::{expect_args, storage_type, DeviceTensor, Target};
use crate::elementwise::cube::strided_offset;
use crate::error::{bad, KernelError};
use crate::norm::cube::{block_reduce, neg_infinity};

const K: &str = "reduce";

/// The reduction (compile-time).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Fold {
    Sum,
    Max,
    Min,
}

#[cube]
fn combine(a: f32, b: f32, #[comptime] fold: Fold) -> f32 {
    match fold {
        Fold::Sum => a + b,
        Fold::Max => max(a, b),
        Fold::Min => min(a, b),
    }
}

#[cube(launch)]
#[allow(clippy::too_many_arguments)]
fn reduce_kernel<X: Numeric, O: Numeric>(
    x: &Tensor<X>,
    out: &mut Tensor<O>,
    r: usize,
    outputs: usize,
    #[comptime] fold: Fold,
    #[comptime] mean: bool,
    #[comptime] rank: usize,
    #[comptime] block: usize,
    #[define(X, O)] _types: [StorageType; 2],
) {
    let o = CUBE_POS;
    // Uniform per cube: every unit reaches the barriers in `block_reduce` or none does.
    if o < outputs {
        // The min fold runs as a max of negated values, so one shared tree serves both.
        let neg = comptime!(fold == Fold::Min);
        // −∞ from its bits: the literal would not compile with NVRTC (see `neg_infinity`).
        let mut acc = 0.0f32;
        if comptime!(fold != Fold::Sum) {
            acc = neg_infinity();
        }
        let mut e = UNIT_POS as usize;
        while e < r {
            let v = f32::cast_from(x[strided_offset::<X>(x, o * r + e, rank)]);
            if comptime!(neg) {
                acc = combine(acc, -v, Fold::Max);
            } else {
                acc = combine(acc, v, fold);
            }
            e += block;
        }
        let mut smem = SharedMemory::<f32>::new(block);
        let mut total = block_reduce(&mut smem, acc, block, comptime!(fold != Fold::Sum));
        if comptime!(neg) {
            total = -total;
        }
        if comptime!(mean) {
            total /= f32::cast_from(r as u32);
        }
        if UNIT_POS == 0 {
            out[o] = O::cast_from(total);
        }
    }
}

/// Reduces `axes` of `args[0]` into `out` (the kept axes, row-major).
pub fn launch<R: Runtime>(
    client: &ComputeClient<R>,
    target: &Target,
    op: ReduceOp,
    axes: &[usize],
    args: &[DeviceTensor],
    out: &DeviceTensor,
) -> Result<(), KernelError> {
    expect_args(K, args, 1)?;
    let x = &args[0];
    target.check_dtypes(K, [x.dtype, out.dtype])?;
    let rank = x.shape.len();
    if axes.iter().any(|&a| a >= rank) {
        return Err(bad(K, format!("axes {axes:?} of a rank-{rank} input")));
    }
    let kept: Vec<usize> = (0..rank).filter(|a| !axes.contains(a)).collect();
    let perm: Vec<usize> = kept.iter().chain(axes.iter()).copied().collect();
    let r: usize = axes.iter().map(|&a| x.shape[a]).product();
    let outputs: usize = kept.iter().map(|&a| x.shape[a]).product();
    if outputs != out.numel() {
        return Err(bad(K, format!("{outputs} results for an output of {:?}", out.shape)));
    }
    if outputs == 0 {
        return Ok(());
    }
    let (fold, mean) = match op {
        ReduceOp::Sum => (Fold::Sum, false),
        ReduceOp::Mean => (Fold::Sum, true),
        ReduceOp::Max => (Fold::Max, false),
        ReduceOp::Min => (Fold::Min, false),
    };
    let block = r.next_power_of_two().clamp(32, 256);
    reduce_kernel::launch::<R>(
        client,
        target.grid(outputs),
        CubeDim::new_1d(block as u32),
        x.permute(&perm).arg(),
        out.arg(),
        r,
        outputs,
        fold,
        mean,
        rank,
        block,
        [storage_type(x.dtype), storage_type(out.dtype)],
    );
    Ok(())
}
