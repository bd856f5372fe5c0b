//! SigLIP's sigmoid loss on the CPU: argument checks and the entry points (the tiled sweep
//! is in [`tiles`], the device kernels in [`cube`]). One sweep computes any set of parts —
//! the loss, `dx`, `dy` and the scalar gradients — from logit tiles made once each, so the
//! `N × M` matrix never exists; peak extra memory is `O((N + M)·D)` (f32 copies of half or
//! normalised inputs, f32 gradients of half outputs before they are stored) plus one tile
//! per worker.
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
/// the IR op (`Op::SigmoidLoss`). The same sweep as [`cpu_parts`]: a lone part costs one
/// `N·M·D` product for the logits and one more for each row gradient.
pub fn cpu(
    opts: &LossOptions,
    part: LossPart,
    args: &[Arg],
    out: &mut TensorData,
) -> Result<(), KernelError> {
    cpu_parts(opts, &[part], args, &mut [out])
}

/// Computes several parts at once under `opts`, `outs[k]` receiving `parts[k]`, in one
/// sweep over the logit tiles ([`tiles::sweep`]): three `N·M·D` products whatever the
/// parts, where separate launches take one for the loss and the scalars and two for each
/// row gradient. `args` = x, y, t_prime, bias, dloss (`dloss` is read only for gradients).
pub fn cpu_parts(
    opts: &LossOptions,
    parts: &[LossPart],
    args: &[Arg],
    outs: &mut [&mut TensorData],
) -> Result<(), KernelError> {
    if parts.len() != outs.len() {
        return Err(bad(K, format!("{} parts but {} outputs", parts.len(), outs.len())));
    }
    if parts.iter().any(|p| p.is_grad()) && args.len() < 5 {
        return Err(bad(K, "a gradient part needs dloss after x, y, t_prime, bias"));
    }
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
    let dloss = args.get(4).and_then(|a| a.to_f64().first().copied()).unwrap_or(f64::NAN);
    let scale = (dloss / den) as f32;
    let at = |part| parts.iter().position(|&q| q == part);
    let (ix, iy) = (at(LossPart::Dx), at(LossPart::Dy));
    // Row gradients go straight into f32 outputs; half outputs through an f32 buffer.
    let mut gx = staging(ix.map(|k| &*outs[k]), n * d);
    let mut gy = staging(iy.map(|k| &*outs[k]), m * d);
    let sums = {
        let (ox, oy) = two_mut(outs, ix, iy);
        let dx = gx.as_deref_mut().or_else(|| ox.map(f32_data));
        let dy = gy.as_deref_mut().or_else(|| oy.map(f32_data));
        tiles::sweep(&p, scale, dx, dy)
    };
    for (k, part) in parts.iter().enumerate() {
        let out = &mut *outs[k];
        match part {
            LossPart::Loss => store_f32(out, 0, &[(-sums.loss / den) as f32]),
            LossPart::DScalars => store_f32(out, 0, &[sums.dt as f32, sums.db as f32]),
            LossPart::Dx => finish_grad(out, gx.as_deref_mut(), &x, &nx, d),
            LossPart::Dy => finish_grad(out, gy.as_deref_mut(), &y, &ny, d),
        }
    }
    Ok(())
}

/// An f32 buffer for a row gradient whose output is not f32 (`None` when the output is
/// f32 and is written in place, or absent).
fn staging(out: Option<&TensorData>, len: usize) -> Option<Vec<f32>> {
    out.filter(|o| !matches!(o, TensorData::F32(_))).map(|_| vec![0f32; len])
}

/// The f32 data of an output that [`staging`] let through.
fn f32_data(o: &mut TensorData) -> &mut [f32] {
    match o {
        TensorData::F32(v) => v,
        _ => unreachable!("non-f32 outputs are staged"),
    }
}

/// Mutable borrows of `outs[a]` and `outs[b]` (distinct indices) at once.
fn two_mut<'a>(
    outs: &'a mut [&mut TensorData],
    a: Option<usize>,
    b: Option<usize>,
) -> (Option<&'a mut TensorData>, Option<&'a mut TensorData>) {
    let mut refs: Vec<Option<&'a mut TensorData>> =
        outs.iter_mut().map(|o| Some(&mut **o)).collect();
    let ra = a.and_then(|k| refs[k].take());
    let rb = b.and_then(|k| refs[k].take());
    (ra, rb)
}

/// Turns the gradient of the normalised rows into that of the raw rows, in place (f32
/// output) or from `staged` into `out`.
fn finish_grad(
    out: &mut TensorData,
    staged: Option<&mut [f32]>,
    xh: &[f32],
    norms: &[f32],
    d: usize,
) {
    match staged {
        Some(g) => {
            unnormalize(g, xh, norms, d);
            store_f32(out, 0, g);
        }
        None => unnormalize(f32_data(out), xh, norms, d),
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
