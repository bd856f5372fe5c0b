//! SigLIP's sigmoid loss on the CPU: argument checks and the entry point (the tiled loops
//! are in [`tiles`], the device kernel in [`cube`]). Every part — the loss, `dx`, `dy` and
//! the scalar gradients — recomputes the logits tile by tile, so the `N × M` matrix never
//! exists; peak extra memory is `O((N + M)·D)` (f32 copies of half or normalised inputs,
//! the `[N, D]` gradient before it is stored) plus one tile per worker.
//!
//! Bad data is an error before any arithmetic: an empty batch, a non-finite `t'` or `b`, a
//! zero row under `normalize`.

pub mod cube;
pub mod tiles;

use std::borrow::Cow;

use packfuse_ir::{LossOptions, LossPart, TensorData};

use crate::elem::store_f32;
use crate::error::{bad, KernelError};
use crate::Arg;

const K: &str = "sigmoid_loss";

/// Computes `part` of the loss under `opts`; `args` = x, y, t_prime, bias[, dloss] as in
/// the IR op (`Op::SigmoidLoss`).
pub fn cpu(
    opts: &LossOptions,
    part: LossPart,
    args: &[Arg],
    out: &mut TensorData,
) -> Result<(), KernelError> {
    let (xs, ys) = (args[0].shape(), args[1].shape());
    let (n, m, d) = (xs[0], ys[0], xs[1]);
    check_shapes(opts, xs, ys)?;
    let (tp, b) = scalars(&args[2], &args[3])?;
    let (x, y) = (args[0].to_f32(), args[1].to_f32());
    let (x, nx) = normalized(x, d, opts.normalize, "x")?;
    let (y, ny) = normalized(y, d, opts.normalize, "y")?;
    let p = tiles::Problem {
        x: &x,
        y: &y,
        n,
        m,
        d,
        t: tp.exp() as f32,
        b: b as f32,
        positives: opts.positives,
    };
    let den = opts.denom_for(n);
    if part == LossPart::Loss {
        store_f32(out, 0, &[(-tiles::loss_sum(&p) / den) as f32]);
        return Ok(());
    }
    let scale = (args[4].to_f64().first().copied().unwrap_or(f64::NAN) / den) as f32;
    match part {
        LossPart::Loss => unreachable!("handled above"),
        LossPart::Dx => row_grad(&p, scale, &x, &nx, out),
        LossPart::Dy => row_grad(&p.transposed(), scale, &y, &ny, out),
        LossPart::DScalars => {
            let [dt, db] = tiles::scalar_grads(&p, scale);
            store_f32(out, 0, &[dt as f32, db as f32]);
        }
    }
    Ok(())
}

/// The row gradient of `p` (of its `x`, normalised rows `xh` with norms `norms`) into
/// `out`: written in place when `out` is f32, so the extra memory stays one tile per
/// worker; half outputs go through one f32 buffer.
fn row_grad(p: &tiles::Problem, scale: f32, xh: &[f32], norms: &[f32], out: &mut TensorData) {
    if let TensorData::F32(o) = out {
        tiles::row_grad(p, scale, o);
        unnormalize(o, xh, norms, p.d);
    } else {
        let mut g = vec![0f32; p.n * p.d];
        tiles::row_grad(p, scale, &mut g);
        unnormalize(&mut g, xh, norms, p.d);
        store_f32(out, 0, &g);
    }
}

/// Rank, dims and the diagonal rule (typing checks them too; kernels launched from a spec
/// alone must not trust it).
fn check_shapes(opts: &LossOptions, xs: &[usize], ys: &[usize]) -> Result<(), KernelError> {
    if xs.len() != 2 || ys.len() != 2 || xs[1] != ys[1] {
        return Err(bad(K, format!("x {xs:?} and y {ys:?} must be [N, D] and [M, D]")));
    }
    if xs[0] == 0 || ys[0] == 0 {
        return Err(bad(K, format!("empty batch (N = {}, M = {})", xs[0], ys[0])));
    }
    if opts.positives == Some(0) && xs[0] != ys[0] {
        return Err(bad(
            K,
            format!("N = {} and M = {} differ with diagonal positives", xs[0], ys[0]),
        ));
    }
    Ok(())
}

/// `t'` and `b` as f64, both finite.
fn scalars(t_prime: &Arg, bias: &Arg) -> Result<(f64, f64), KernelError> {
    let first = |a: &Arg| a.to_f64().first().copied().unwrap_or(f64::NAN);
    let (tp, b) = (first(t_prime), first(bias));
    if !tp.is_finite() || !b.is_finite() {
        return Err(bad(K, format!("t_prime = {tp} and bias = {b} must be finite")));
    }
    Ok((tp, b))
}

/// The rows of `x` (`[rows, d]`), divided by their norms when `normalize` (then also the
/// norms). A zero (or non-finite) norm is an error naming the row.
fn normalized<'a>(
    x: Cow<'a, [f32]>,
    d: usize,
    normalize: bool,
    what: &str,
) -> Result<(Cow<'a, [f32]>, Vec<f32>), KernelError> {
    if !normalize || d == 0 {
        return Ok((x, Vec::new()));
    }
    let norms: Vec<f32> = x
        .chunks_exact(d)
        .map(|r| r.iter().map(|&v| v as f64 * v as f64).sum::<f64>().sqrt() as f32)
        .collect();
    if let Some(i) = norms.iter().position(|&r| r == 0.0 || !r.is_finite()) {
        return Err(bad(
            K,
            format!("row {i} of {what} has norm {} and cannot be normalised", norms[i]),
        ));
    }
    let mut xh = x.into_owned();
    for (row, &r) in xh.chunks_exact_mut(d).zip(&norms) {
        row.iter_mut().for_each(|v| *v /= r);
    }
    Ok((Cow::Owned(xh), norms))
}

/// The gradient of the raw rows from `dxh`, that of the normalised rows `xh`:
/// `dx = (dx̂ − x̂ (x̂·dx̂)) / ‖x‖` (unchanged without norms).
fn unnormalize(dxh: &mut [f32], xh: &[f32], norms: &[f32], d: usize) {
    if norms.is_empty() {
        return;
    }
    for ((g, x), &r) in dxh.chunks_exact_mut(d).zip(xh.chunks_exact(d)).zip(norms) {
        let p: f64 = g.iter().zip(x).map(|(&g, &x)| g as f64 * x as f64).sum();
        g.iter_mut().zip(x).for_each(|(g, &x)| *g = ((*g as f64 - x as f64 * p) / r as f64) as f32);
    }
}
