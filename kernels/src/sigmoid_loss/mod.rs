//! SigLIP's sigmoid loss on the CPU, one row of logits at a time: the N×N matrix never
//! exists. Row sums are accumulated in f64.

pub mod cube;

use packfuse_ir::TensorData;
use rayon::prelude::*;

use crate::elem::store_f32;
use crate::error::{bad, KernelError};
use crate::math::dot;
use crate::Arg;

/// `-(1/N) Σ_ij logσ(z_ij (e^t'·x_i·y_j + b))`; `args` = x, y, t_prime, bias.
pub fn cpu(args: &[Arg], out: &mut TensorData) -> Result<(), KernelError> {
    let (n, d) = (args[0].shape()[0], args[0].shape()[1]);
    if n == 0 {
        return Err(bad("sigmoid_loss", "empty batch (N = 0)"));
    }
    let (tp, b) = (args[2].to_f64()[0], args[3].to_f64()[0]);
    if !tp.is_finite() || !b.is_finite() {
        return Err(bad("sigmoid_loss", format!("t_prime = {tp} and bias = {b} must be finite")));
    }
    let (x, y) = (args[0].to_f32(), args[1].to_f32());
    let t = tp.exp();
    let total: f64 = (0..n)
        .into_par_iter()
        .map(|i| {
            let xi = &x[i * d..(i + 1) * d];
            (0..n)
                .map(|j| {
                    let z = if i == j { 1.0 } else { -1.0 };
                    let logit = t * dot(xi, &y[j * d..(j + 1) * d]) as f64 + b;
                    let s = z * logit;
                    s.min(0.0) - (-s.abs()).exp().ln_1p()
                })
                .sum::<f64>()
        })
        .sum();
    store_f32(out, 0, &[(-total / n as f64) as f32]);
    Ok(())
}
