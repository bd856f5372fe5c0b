//! Row normalisations on the device: one cube per row, statistics reduced in f32 through a
//! shared-memory tree. Softmax along a non-last axis permutes the input and output views
//! so the axis comes last (no copy).

use cubecl::prelude::*;

use crate::cube::{expect_args, storage_type, unsupported, DeviceTensor, Target};
use crate::elementwise::cube::strided_offset;
use crate::error::{bad, KernelError};
use crate::KernelSpec;

/// Which normalisation (compile-time).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RowKind {
    /// `e^(x-max) / Σ`
    Softmax,
    /// `(x-μ)/√(σ²+eps)·w + b`
    LayerNorm,
    /// `x/√(mean x²+eps)·w` (or `·(1+w)`)
    RmsNorm {
        /// Gemma's `1 + w`.
        add_one: bool,
    },
    /// `x/√(Σx²+eps)`
    L2,
}

/// −∞ as an f32 made from its bits: a constant `f32::NEG_INFINITY` is emitted by
/// cubecl-cpp as the literal `-inf`, which NVRTC rejects ("identifier inf is undefined";
/// found by the first run on an H200), while a bit cast of a local compiles on every
/// target (`tests/nvrtc.rs` compiles the softmax and max kernels that use it).
#[cube]
#[allow(unused_mut)]
pub(crate) fn neg_infinity() -> f32 {
    // A mutable local: CUDA's bit cast (`reinterpret_cast<float&>`) needs an lvalue.
    let mut bits = 0xff80_0000u32;
    f32::reinterpret::<u32>(bits)
}

/// Sum (or max) of `v` over the cube; every unit gets the result.
#[cube]
pub(crate) fn block_reduce(
    smem: &mut SharedMemory<f32>,
    v: f32,
    #[comptime] block: usize,
    #[comptime] is_max: bool,
) -> f32 {
    let unit = UNIT_POS as usize;
    smem[unit] = v;
    sync_cube();
    let mut s = comptime!(block / 2).runtime();
    while s > 0 {
        if unit < s {
            let other = smem[unit + s];
            if comptime!(is_max) {
                smem[unit] = max(smem[unit], other);
            } else {
                smem[unit] += other;
            }
        }
        sync_cube();
        s /= 2;
    }
    let r = smem[0];
    sync_cube();
    r
}

/// Row geometry read inside the kernel: base offsets of `x` and `out`, column strides.
#[derive(CubeType, Clone, Copy)]
struct Row {
    xb: usize,
    ob: usize,
    xs: usize,
    os: usize,
    cols: usize,
}

#[cube]
fn row_sum<X: Float>(
    x: &Tensor<X>,
    r: Row,
    centre: f32,
    #[comptime] block: usize,
    #[comptime] squares: bool,
) -> f32 {
    let mut acc = 0.0f32;
    let mut c = UNIT_POS as usize;
    while c < r.cols {
        let v = f32::cast_from(x[r.xb + c * r.xs]) - centre;
        if comptime!(squares) {
            acc += v * v;
        } else {
            acc += v;
        }
        c += block;
    }
    acc
}

#[cube]
fn softmax_row<X: Float, O: Float>(
    x: &Tensor<X>,
    out: &mut Tensor<O>,
    smem: &mut SharedMemory<f32>,
    r: Row,
    #[comptime] block: usize,
) {
    let mut m = neg_infinity();
    let mut c = UNIT_POS as usize;
    while c < r.cols {
        m = max(m, f32::cast_from(x[r.xb + c * r.xs]));
        c += block;
    }
    let m = block_reduce(smem, m, block, true);
    let mut s = 0.0f32;
    let mut c = UNIT_POS as usize;
    while c < r.cols {
        s += (f32::cast_from(x[r.xb + c * r.xs]) - m).exp();
        c += block;
    }
    let inv = 1.0f32 / block_reduce(smem, s, block, false);
    let mut c = UNIT_POS as usize;
    while c < r.cols {
        out[r.ob + c * r.os] = O::cast_from((f32::cast_from(x[r.xb + c * r.xs]) - m).exp() * inv);
        c += block;
    }
}

/// Writes `(x - centre) · inv · (off + w) + b` (b only for layer norm).
#[cube]
#[allow(clippy::too_many_arguments)]
fn scale_row<X: Float, W: Float, B: Float, O: Float>(
    x: &Tensor<X>,
    w: &Tensor<W>,
    b: &Tensor<B>,
    out: &mut Tensor<O>,
    r: Row,
    centre: f32,
    inv: f32,
    #[comptime] kind: RowKind,
    #[comptime] block: usize,
) {
    let mut c = UNIT_POS as usize;
    while c < r.cols {
        let v = (f32::cast_from(x[r.xb + c * r.xs]) - centre) * inv;
        let y = match kind {
            RowKind::LayerNorm => {
                v * f32::cast_from(w[c * w.stride(0)]) + f32::cast_from(b[c * b.stride(0)])
            }
            RowKind::RmsNorm { add_one } => {
                let off = comptime!(if add_one { 1.0f32 } else { 0.0f32 });
                v * (f32::new(off) + f32::cast_from(w[c * w.stride(0)]))
            }
            _ => v,
        };
        out[r.ob + c * r.os] = O::cast_from(y);
        c += block;
    }
}

#[cube(launch)]
#[allow(clippy::too_many_arguments)]
fn row_kernel<X: Float, W: Float, B: Float, O: Float>(
    x: &Tensor<X>,
    w: &Tensor<W>,
    b: &Tensor<B>,
    out: &mut Tensor<O>,
    eps: f32,
    rows: usize,
    #[comptime] kind: RowKind,
    #[comptime] rank: usize,
    #[comptime] block: usize,
    #[define(X, W, B, O)] _types: [StorageType; 4],
) {
    let row = CUBE_POS;
    // Uniform per cube, so the barriers below are reached by all units or none.
    if row < rows {
        let last = comptime!(rank - 1);
        let r = Row {
            xb: strided_offset::<X>(x, row, last),
            ob: strided_offset::<O>(out, row, last),
            xs: x.stride(last),
            os: out.stride(last),
            cols: x.shape(last),
        };
        let mut smem = SharedMemory::<f32>::new(block);
        let n = f32::cast_from(r.cols as u32);
        match kind {
            RowKind::Softmax => softmax_row::<X, O>(x, out, &mut smem, r, block),
            RowKind::LayerNorm => {
                let mean =
                    block_reduce(&mut smem, row_sum::<X>(x, r, 0.0, block, false), block, false)
                        / n;
                let var =
                    block_reduce(&mut smem, row_sum::<X>(x, r, mean, block, true), block, false)
                        / n;
                let inv = 1.0f32 / (var + eps).sqrt();
                scale_row::<X, W, B, O>(x, w, b, out, r, mean, inv, kind, block);
            }
            RowKind::RmsNorm { .. } => {
                let ms =
                    block_reduce(&mut smem, row_sum::<X>(x, r, 0.0, block, true), block, false) / n;
                let inv = 1.0f32 / (ms + eps).sqrt();
                scale_row::<X, W, B, O>(x, w, b, out, r, 0.0, inv, kind, block);
            }
            RowKind::L2 => {
                let ss =
                    block_reduce(&mut smem, row_sum::<X>(x, r, 0.0, block, true), block, false);
                let inv = 1.0f32 / (ss + eps).sqrt();
                scale_row::<X, W, B, O>(x, w, b, out, r, 0.0, inv, kind, block);
            }
        }
    }
}

/// The kind, axis and eps of a row spec (`None` for other families).
fn row_of(spec: &KernelSpec, rank: usize) -> Option<(RowKind, usize, f64)> {
    let last = rank.saturating_sub(1);
    Some(match spec {
        KernelSpec::Softmax { axis } => (RowKind::Softmax, *axis, 0.0),
        KernelSpec::LayerNorm { eps } => (RowKind::LayerNorm, last, eps.0),
        KernelSpec::RmsNorm { eps, add_one } => {
            (RowKind::RmsNorm { add_one: *add_one }, last, eps.0)
        }
        KernelSpec::L2Normalize { eps } => (RowKind::L2, last, eps.0),
        _ => return None,
    })
}

/// Launches a row normalisation; `args` = x[, weight[, bias]].
pub fn launch<R: Runtime>(
    client: &ComputeClient<R>,
    target: &Target,
    spec: &KernelSpec,
    args: &[DeviceTensor],
    out: &DeviceTensor,
) -> Result<(), KernelError> {
    let k = spec.family();
    expect_args(k, args, 1)?;
    let x = &args[0];
    let rank = x.shape.len();
    let Some((kind, axis, eps)) = row_of(spec, rank) else {
        return Err(unsupported(k, target, "not a row normalisation"));
    };
    let n_w = match kind {
        RowKind::LayerNorm => 2,
        RowKind::RmsNorm { .. } => 1,
        _ => 0,
    };
    expect_args(k, args, 1 + n_w)?;
    let (w, b) = (&args[n_w.min(1)], &args[n_w]);
    target.check_dtypes(k, [x.dtype, w.dtype, b.dtype, out.dtype])?;
    if [x.dtype, w.dtype, b.dtype, out.dtype].iter().any(|d| !d.is_float()) {
        return Err(unsupported(k, target, "integer tensors"));
    }
    if axis >= rank || out.shape != x.shape {
        return Err(bad(k, format!("axis {axis}, input {:?}, output {:?}", x.shape, out.shape)));
    }
    let cols = x.shape[axis];
    if n_w > 0 && (w.numel() != cols || b.numel() != cols) {
        return Err(bad(k, format!("weights {:?} / {:?} for rows of {cols}", w.shape, b.shape)));
    }
    let rows = x.numel() / cols.max(1);
    if rows == 0 || cols == 0 {
        return Ok(());
    }
    let mut perm: Vec<usize> = (0..rank).filter(|&a| a != axis).collect();
    perm.push(axis);
    let (xp, op) = (x.permute(&perm), out.permute(&perm));
    let block = cols.next_power_of_two().clamp(32, 256);
    let types = [x.dtype, w.dtype, b.dtype, out.dtype].map(storage_type);
    row_kernel::launch::<R>(
        client,
        target.grid(rows),
        CubeDim::new_1d(block as u32),
        xp.arg(),
        flat(w).arg(),
        flat(b).arg(),
        op.arg(),
        eps as f32,
        rows,
        kind,
        rank,
        block,
        types,
    );
    Ok(())
}

/// A weight of any shape with `numel` elements seen as 1-D, keeping its innermost stride
/// (weights are dense or a broadcast row).
fn flat(t: &DeviceTensor) -> DeviceTensor {
    let stride = t.strides.last().copied().unwrap_or(1);
    let stride = if t.is_contiguous() { 1 } else { stride };
    t.restrided(vec![t.numel()], vec![stride])
}
