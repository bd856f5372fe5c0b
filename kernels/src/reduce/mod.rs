//! Reductions over any set of axes (sum, max, min, mean), accumulated in f64 on the CPU.

pub mod cube;

use packfuse_ir::{ReduceOp, TensorData};
use rayon::prelude::*;

use crate::elem::Elem;
use crate::{with_slice, Arg};

/// Reduces `axes` of `x`; `out` holds one element per kept position (row-major).
pub fn cpu(op: ReduceOp, axes: &[usize], x: &Arg, out: &mut TensorData) {
    let rank = x.shape().len();
    let kept: Vec<usize> = (0..rank).filter(|a| !axes.contains(a)).collect();
    let perm: Vec<usize> = kept.iter().chain(axes.iter()).copied().collect();
    let view = x.view.permute(&perm);
    let r: usize = axes.iter().map(|&a| x.shape()[a]).product();
    with_slice!(x.data, s => with_slice!(out, o => {
        o.par_iter_mut().enumerate().for_each_init(Vec::new, |idx, (i, d)| {
            view.indices(i * r, r, idx);
            *d = Elem::from_f64(fold(op, idx.iter().map(|&j| s[j].to_f64()), r));
        })
    }))
}

/// Folds `n` values with `op` (mean divides by `n`).
pub fn fold(op: ReduceOp, vals: impl Iterator<Item = f64>, n: usize) -> f64 {
    match op {
        ReduceOp::Sum => vals.sum(),
        ReduceOp::Mean => vals.sum::<f64>() / n as f64,
        ReduceOp::Max => vals.fold(f64::NEG_INFINITY, f64::max),
        ReduceOp::Min => vals.fold(f64::INFINITY, f64::min),
    }
}
