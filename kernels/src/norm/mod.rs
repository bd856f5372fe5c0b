//! Row-wise normalisations: softmax (any axis), layer_norm, rms_norm, l2_normalize.
//! Each row is read once into f32, statistics are accumulated in f64, and the row is
//! written once.

pub mod cube;

use packfuse_ir::TensorData;
use rayon::prelude::*;

use crate::elem::store_f32;
use crate::layout::View;
use crate::math::{exp_f32, sum_f64, sum_sq_f64, widest_simd};
use crate::Arg;

/// Which normalisation a row gets.
#[derive(Clone, Copy, Debug)]
pub enum RowOp<'a> {
    /// `e^(x-max) / Σ`
    Softmax,
    /// `(x-μ)/√(σ²+eps)·w + b`
    LayerNorm {
        /// eps
        eps: f64,
        /// weight
        w: &'a [f32],
        /// bias
        b: &'a [f32],
    },
    /// `x/√(mean x²+eps)·w` (or `·(1+w)`)
    RmsNorm {
        /// eps
        eps: f64,
        /// weight
        w: &'a [f32],
        /// Gemma's `1 + w`
        add_one: bool,
    },
    /// `x/√(Σx²+eps)`
    L2 {
        /// eps
        eps: f64,
    },
}

/// Applies `op` along `axis` of `x`, writing `out` row-major in `x`'s shape.
pub fn cpu(op: RowOp, axis: usize, x: &Arg, out: &mut TensorData) {
    let shape = x.shape().to_vec();
    let rank = shape.len();
    let mut perm: Vec<usize> = (0..rank).filter(|&a| a != axis).collect();
    perm.push(axis);
    let moved = Arg { data: x.data, view: x.view.permute(&perm) };
    let c = shape[axis];
    let src = moved.to_f32();
    if let (true, TensorData::F32(o)) = (axis + 1 == rank, &mut *out) {
        // Rows already last and an f32 output: each row is copied once, into its place in
        // `out`, and normalised there while in cache.
        if c > 0 {
            let rows = o[..src.len()].par_chunks_mut(c).zip(src.par_chunks(c));
            rows.for_each(|(row, x)| {
                row.copy_from_slice(x);
                apply(op, row);
            });
        }
        return;
    }
    let mut rows = src.into_owned();
    if c > 0 {
        rows.par_chunks_mut(c).for_each(|row| apply(op, row));
    }
    if axis + 1 == rank {
        store_f32(out, 0, &rows);
    } else {
        let back = View::contiguous(&shape).permute(&perm);
        let mut idx = Vec::new();
        back.indices(0, rows.len(), &mut idx);
        let mut ordered = vec![0f32; rows.len()];
        for (&i, &v) in idx.iter().zip(&rows) {
            ordered[i] = v;
        }
        store_f32(out, 0, &ordered);
    }
}

widest_simd! {
    fn apply(op: RowOp, row: &mut [f32]) = apply_body;
}

#[inline(always)]
fn apply_body(op: RowOp, row: &mut [f32]) {
    let n = row.len() as f64;
    match op {
        RowOp::Softmax => {
            let m = row.iter().copied().fold(f32::NEG_INFINITY, f32::max);
            row.iter_mut().for_each(|v| *v = exp_f32(*v - m));
            let inv = (1.0 / sum_f64(row)) as f32;
            row.iter_mut().for_each(|v| *v *= inv);
        }
        RowOp::LayerNorm { eps, w, b } => {
            let mean = sum_f64(row) / n;
            // Centre on the f32 mean, then correct: Σ(x−μ)² = Σ(x−c)² − n(c−μ)².
            let c = mean as f32;
            let var = (sum_sq_f64(row, c) / n - (c as f64 - mean).powi(2)).max(0.0);
            let inv = (1.0 / (var + eps).sqrt()) as f32;
            for ((v, &w), &b) in row.iter_mut().zip(w).zip(b) {
                *v = (*v - c) * inv * w + b;
            }
        }
        RowOp::RmsNorm { eps, w, add_one } => {
            let ms = sum_sq_f64(row, 0.0) / n;
            let inv = (1.0 / (ms + eps).sqrt()) as f32;
            let off = if add_one { 1.0 } else { 0.0 };
            for (v, &w) in row.iter_mut().zip(w) {
                *v = *v * inv * (off + w);
            }
        }
        RowOp::L2 { eps } => {
            let inv = (1.0 / (sum_sq_f64(row, 0.0) + eps).sqrt()) as f32;
            row.iter_mut().for_each(|v| *v *= inv);
        }
    }
}
