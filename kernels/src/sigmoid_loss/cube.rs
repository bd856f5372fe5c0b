//! SigLIP's sigmoid loss on the device, every part and option; the `N × M` logits never
//! exist. The problem is that of the CPU ([`super::tiles`]): `l_ij = t·x̂_i·ŷ_j + b`,
//! `z_ij = +1` where `j = i + k`. `dy` is the row gradient of the transposed problem (`y`
//! against `x`, positives at `j = i − k`), as on the CPU.
//!
//! Kernels (f32 arithmetic, inputs read as their type):
//! - `row_norms` (only with `normalize`): `‖x_i‖` per row, one cube per row;
//! - `loss_tiles`: one cube per 64 rows, tiled like a matrix product (shared-memory
//!   staging, a 4 × 4 register block of logits per unit); the row's `Σ_j logσ(z l)` (or, for
//!   the scalar gradients, the pair `Σ_j G (l − b)`, `Σ_j G`) goes to an `[N]` (`[N, 2]`)
//!   buffer that the reduce kernel sums (two-stage);
//! - `grad_tiles`: one cube per 64 rows; per 64-column tile the logits are computed as
//!   in `loss_tiles`, `G_ij` goes to shared memory, then `t·Σ_j G_ij ŷ_j` is added to an
//!   f32 `[rows, D]` accumulator (`O(N·D)`): the units form 4 groups of 64 lanes, a lane
//!   takes every 64th embedding element and its group's 16 rows, so each `ŷ_j` element is
//!   read 4 times per tile rather than 64; the end applies the normalisation's chain rule
//!   and stores the gradient in its dtype.
//!
//! Checks before any loss kernel runs, as on the CPU: shapes, an empty batch, non-finite `t'`
//! or `b` (read back: two scalars). With `normalize` the norms are computed on the device
//! and read back (`N + M` floats, never the embeddings) so that a zero row is an error before
//! the loss kernels. Without data (emission on the null runtime) made-up scalars and no norm
//! check stand in: the kernels do not depend on those values.

use cubecl::prelude::*;
use packfuse_ir::{DType, LossOptions, LossPart, ReduceOp};

use crate::cube::{download, expect_args, storage_type, unsupported, DeviceTensor, Target};
use crate::error::{bad, KernelError};
use crate::matmul::cube::staged_products;
use crate::norm::cube::block_reduce;
use crate::Arg;

const K: &str = "sigmoid_loss";
/// Units per cube (row norms).
const BLOCK: usize = 64;
/// The loss kernel's cube: `TILE_SIDE²` units, each `TILE_REG²` logits of a square tile of
/// `TILE_SIDE·TILE_REG` rows and columns, staged `TILE_DEPTH` embedding elements at a time.
const TILE_SIDE: usize = 16;
/// See [`TILE_SIDE`].
const TILE_REG: usize = 4;
/// See [`TILE_SIDE`].
const TILE_DEPTH: usize = 16;

/// `z_ij`: row `i`'s positive column is the `j` with `i + pi == j + pj` (offsets instead of
/// a signed `k`, so the index arithmetic stays unsigned; `pi = M` means no positive).
#[cube]
fn sign(i: usize, j: usize, pi: usize, pj: usize) -> f32 {
    select(i + pi == j + pj, 1.0f32, -1.0f32)
}

/// `log(1 + u)` for `u = e^{−|s|} ∈ [0, 1]`, without `log`: CubeCL's `log1p` becomes
/// `log(1 + u)` on SPIR-V (lavapipe gives 0 below `u ≈ 6e-8`, which loses the whole loss
/// when every logit is large, and the relative error grows as `u` shrinks). Instead
/// `log1p(u) = 2·atanh(w)`, `w = u/(2 + u) ≤ 1/3`, by its series to `w¹⁷` (truncation
/// `< 2e-10` relative), accurate for every `u` in range.
#[cube]
fn log1p_unit(u: f32) -> f32 {
    let w = u / (2.0 + u);
    let w2 = w * w;
    let mut p = 0.05882353f32;
    p = 0.06666667f32 + w2 * p;
    p = 0.07692308f32 + w2 * p;
    p = 0.09090909f32 + w2 * p;
    p = 0.11111111f32 + w2 * p;
    p = 0.14285715f32 + w2 * p;
    p = 0.2f32 + w2 * p;
    p = 0.33333334f32 + w2 * p;
    p = 1.0 + w2 * p;
    2.0 * w * p
}

/// `t·â_i·b̂_j` from the raw dot product `a_i·b_j`: the logit without the bias (so `dt'`
/// sees no cancellation against `b`).
#[cube]
#[allow(clippy::too_many_arguments)]
fn tile_logit(
    dot: f32,
    i: usize,
    j: usize,
    na: &Array<f32>,
    nb: &Array<f32>,
    t: f32,
    #[comptime] normalize: bool,
) -> f32 {
    let mut tl = t * dot;
    if comptime!(normalize) {
        tl /= na[i] * nb[j];
    }
    tl
}

/// The dot products `a_i·b_j` of this unit's `reg × reg` block of the square tile whose
/// first row is `i0` and first column `j0`, into `acc` (overwritten): rows
/// `i0 + ty + side·r`, columns `j0 + tx + side·c`, at `acc[r·reg + c]`, for unit
/// `ty·side + tx` of a `side × side` cube. `depth`-deep slices of the tile's rows of `a`
/// and `b` are staged in `smem` (at least `2·side·reg·(depth + 1)` floats; rows padded by
/// one so the column reads hit distinct banks) with coalesced reads, out-of-range rows and
/// elements as zeros. Every unit of the cube must call it (it has barriers); `smem` is free
/// again when it returns.
#[cube]
#[allow(clippy::too_many_arguments)]
fn logit_block<X: Float, Y: Float>(
    a: &Tensor<X>,
    b: &Tensor<Y>,
    i0: usize,
    j0: usize,
    smem: &mut SharedMemory<f32>,
    acc: &mut Array<f32>,
    #[comptime] side: usize,
    #[comptime] reg: usize,
    #[comptime] depth: usize,
) {
    let (n, m, d) = (a.shape(0), b.shape(0), a.shape(1));
    let span = comptime!(side * reg);
    let pad = comptime!(depth + 1);
    let units = comptime!(side * side);
    let unit = UNIT_POS as usize;
    let ty = unit / side;
    let tx = unit % side;
    #[unroll]
    for q in 0..comptime!(reg * reg) {
        acc[q] = 0.0;
    }
    let mut d0 = 0usize;
    while d0 < d {
        let mut q = unit;
        while q < span * depth {
            let r = q / depth;
            let e = d0 + q % depth;
            let (ia, jb) = (i0 + r, j0 + r);
            let mut va = 0.0f32;
            let mut vb = 0.0f32;
            if ia < n && e < d {
                va = f32::cast_from(a[ia * a.stride(0) + e * a.stride(1)]);
            }
            if jb < m && e < d {
                vb = f32::cast_from(b[jb * b.stride(0) + e * b.stride(1)]);
            }
            smem[r * pad + q % depth] = va;
            smem[span * pad + r * pad + q % depth] = vb;
            q += units;
        }
        sync_cube();
        staged_products(smem, acc, ty, tx, side, reg, depth);
        sync_cube();
        d0 += depth;
    }
}

/// `‖x_i‖` into `norms[i]`, one cube per row.
#[cube(launch)]
fn row_norms<X: Float>(
    x: &Tensor<X>,
    norms: &mut Array<f32>,
    #[comptime] block: usize,
    #[define(X)] _t: StorageType,
) {
    let i = CUBE_POS;
    if i < x.shape(0) {
        let mut s = 0.0f32;
        let mut e = UNIT_POS as usize;
        while e < x.shape(1) {
            let v = f32::cast_from(x[i * x.stride(0) + e * x.stride(1)]);
            s += v * v;
            e += block;
        }
        let mut smem = SharedMemory::<f32>::new(block);
        let total = block_reduce(&mut smem, s, block, false);
        if UNIT_POS == 0 {
            norms[i] = total.sqrt();
        }
    }
}

/// Row sums: `scale·Σ_j logσ(z l)` into `rows[i]`, or with `scalars` the pair
/// `(Σ_j G (l − b), Σ_j G)` into `rows[2i..2i+2]`, `G = −scale·z·σ(−z l)`.
///
/// Tiled like a matrix product: a cube of `side × side` units owns `side·reg` rows and
/// walks every column tile of the same width. Per tile, `depth`-deep slices of `a`'s and
/// `b`'s rows are staged in shared memory with coalesced reads (rows padded by one float,
/// so the column reads hit distinct banks); each unit accumulates a `reg × reg` block of
/// dot products in registers (rows `ty + side·r`, columns `tx + side·c`), then turns it
/// into loss terms summed per row. The row sums are combined across the `side` units of a
/// row through shared memory at the end. Every barrier is reached by all units (the loop
/// bounds are uniform per cube).
#[cube(launch)]
#[allow(clippy::too_many_arguments)]
fn loss_tiles<X: Float, Y: Float>(
    a: &Tensor<X>,
    b: &Tensor<Y>,
    na: &Array<f32>,
    nb: &Array<f32>,
    rows: &mut Array<f32>,
    t: f32,
    bias: f32,
    scale: f32,
    pi: usize,
    pj: usize,
    #[comptime] side: usize,
    #[comptime] reg: usize,
    #[comptime] depth: usize,
    #[comptime] normalize: bool,
    #[comptime] scalars: bool,
    #[define(X, Y)] _types: [StorageType; 2],
) {
    let n = a.shape(0);
    let m = b.shape(0);
    let span = comptime!(side * reg);
    let i0 = CUBE_POS * span;
    let unit = UNIT_POS as usize;
    let ty = unit / side;
    let tx = unit % side;
    // The staging of `logit_block`; reused for the row sums at the end.
    let mut smem = SharedMemory::<f32>::new(comptime!(2 * span * (depth + 1)));
    let mut acc = Array::<f32>::new(comptime!(reg * reg));
    let mut sum0 = Array::<f32>::new(reg);
    let mut sum1 = Array::<f32>::new(reg);
    #[unroll]
    for r in 0..reg {
        sum0[r] = 0.0;
        sum1[r] = 0.0;
    }
    let mut j0 = 0usize;
    while j0 < m {
        logit_block::<X, Y>(a, b, i0, j0, &mut smem, &mut acc, side, reg, depth);
        #[unroll]
        for r in 0..reg {
            let i = i0 + ty + side * r;
            #[unroll]
            for c in 0..reg {
                let j = j0 + tx + side * c;
                if i < n && j < m {
                    let tl = tile_logit(acc[r * reg + c], i, j, na, nb, t, normalize);
                    let z = sign(i, j, pi, pj);
                    let l = tl + bias;
                    if comptime!(scalars) {
                        // σ(−z l) = 1/(1 + e^{z l}): e^{z l} may overflow to inf, giving 0.
                        let g = -scale * z / (1.0 + (z * l).exp());
                        sum0[r] += g * tl;
                        sum1[r] += g;
                    } else {
                        let s = z * l;
                        sum0[r] += min(s, 0.0) - log1p_unit((-s.abs()).exp());
                    }
                }
            }
        }
        j0 += span;
    }
    // The last barrier of the loop (or none: m ≥ 1 makes one pass) freed `smem`.
    #[unroll]
    for r in 0..reg {
        let row = ty + side * r;
        smem[row * side + tx] = sum0[r];
        smem[span * side + row * side + tx] = sum1[r];
    }
    sync_cube();
    if unit < span {
        let i = i0 + unit;
        if i < n {
            let mut s0 = 0.0f32;
            let mut s1 = 0.0f32;
            for c in 0..side {
                s0 += smem[unit * side + c];
                s1 += smem[span * side + unit * side + c];
            }
            if comptime!(scalars) {
                rows[2 * i] = s0;
                rows[2 * i + 1] = s1;
            } else {
                rows[i] = scale * s0;
            }
        }
    }
}

/// The gradient of the rows of `a`: `dâ_i = t·Σ_j G_ij b̂_j`, then with `normalize`
/// `da_i = (dâ_i − â_i (â_i·dâ_i)) / ‖a_i‖`, stored into `out` (`acc`: f32 scratch
/// `[rows, D]`, rows `i0..i0 + side·reg` touched only by cube `i0 / (side·reg)`).
///
/// A cube owns `side·reg` rows, like [`loss_tiles`]: per column tile it computes the
/// logits the same way (staged slices, a register block per unit), stores `G` for the
/// tile in shared memory, and then adds `t·G·b̂` for the tile to its rows of `acc`, one
/// unit per (row, embedding element) with reads of `b` coalesced along the embedding.
#[cube(launch)]
#[allow(clippy::too_many_arguments)]
fn grad_tiles<X: Float, Y: Float, O: Float>(
    a: &Tensor<X>,
    b: &Tensor<Y>,
    na: &Array<f32>,
    nb: &Array<f32>,
    acc: &mut Array<f32>,
    out: &mut Tensor<O>,
    t: f32,
    bias: f32,
    scale: f32,
    pi: usize,
    pj: usize,
    #[comptime] side: usize,
    #[comptime] reg: usize,
    #[comptime] depth: usize,
    #[comptime] normalize: bool,
    #[define(X, Y, O)] _types: [StorageType; 3],
) {
    let n = a.shape(0);
    let m = b.shape(0);
    let d = a.shape(1);
    let span = comptime!(side * reg);
    let units = comptime!(side * side);
    let i0 = CUBE_POS * span;
    let unit = UNIT_POS as usize;
    let ty = unit / side;
    let tx = unit % side;
    // The staging of `logit_block` (2·span·(depth + 1) floats), then the G tile (span²,
    // the larger).
    let mut smem = SharedMemory::<f32>::new(comptime!(if 2 * span * (depth + 1) > span * span {
        2 * span * (depth + 1)
    } else {
        span * span
    }));
    let mut lg = Array::<f32>::new(comptime!(reg * reg));
    // The zeroing, the updates (each (row, element) pair by one unit) and the final read of
    // `acc` are separated by barriers: the staging's, and the one ending each column tile.
    for r in 0..span {
        if i0 + r < n {
            let mut e = unit;
            while e < d {
                acc[(i0 + r) * d + e] = 0.0;
                e += units;
            }
        }
    }
    let mut j0 = 0usize;
    while j0 < m {
        logit_block::<X, Y>(a, b, i0, j0, &mut smem, &mut lg, side, reg, depth);
        #[unroll]
        for r in 0..reg {
            let i = i0 + ty + side * r;
            #[unroll]
            for c in 0..reg {
                let j = j0 + tx + side * c;
                let mut g = 0.0f32;
                if i < n && j < m {
                    let tl = tile_logit(lg[r * reg + c], i, j, na, nb, t, normalize);
                    let z = sign(i, j, pi, pj);
                    g = -scale * z / (1.0 + (z * (tl + bias)).exp());
                    if comptime!(normalize) {
                        // b̂_j = b_j / ‖b_j‖: the raw row is read below.
                        g /= nb[j];
                    }
                }
                smem[(ty + side * r) * span + tx + side * c] = g;
            }
        }
        sync_cube();
        // `acc[rows, e] += t · G · y[j0.., e]`: the cube's units split into groups of
        // `span` lanes; a lane takes elements `e` in steps of `span`, and its group's
        // `span / groups` rows: each `y` element is read once per group (not once per
        // row), and each row's sums stay in registers across the tile's columns.
        let cols = min(span, m - j0);
        // `side / reg` groups (4 of 64 lanes for the 16 × 4 tiles), each `reg²` rows.
        let per = comptime!(reg * reg);
        let lane = unit % span;
        let r0 = (unit / span) * per;
        let mut sums = Array::<f32>::new(per);
        let mut e = lane;
        while e < d {
            #[unroll]
            for q in 0..per {
                sums[q] = 0.0;
            }
            // Unrolled with a guard, not `for c in 0..cols`: through SPIR-V (cubecl 0.10,
            // lavapipe) a run-time-bounded loop at this depth corrupted the state after it,
            // and every later loop ran one iteration (docs/cubecl-0.10-notes.md).
            #[unroll]
            for c in 0..span {
                if c < cols {
                    let yv = f32::cast_from(b[(j0 + c) * b.stride(0) + e * b.stride(1)]);
                    #[unroll]
                    for q in 0..per {
                        sums[q] += smem[(r0 + q) * span + c] * yv;
                    }
                }
            }
            #[unroll]
            for q in 0..per {
                if i0 + r0 + q < n {
                    acc[(i0 + r0 + q) * d + e] += t * sums[q];
                }
            }
            e += span;
        }
        sync_cube();
        j0 += span;
    }
    if comptime!(normalize) {
        // â_i·dâ_i, one unit per row (O(D) each, once), into smem[r].
        if unit < span {
            let i = i0 + unit;
            let mut p = 0.0f32;
            if i < n {
                for e in 0..d {
                    p += acc[i * d + e] * f32::cast_from(a[i * a.stride(0) + e * a.stride(1)]);
                }
                p /= na[i];
            }
            smem[unit] = p;
        }
        sync_cube();
    }
    for r in 0..span {
        let i = i0 + r;
        if i < n {
            let mut e = unit;
            while e < d {
                let mut v = acc[i * d + e];
                if comptime!(normalize) {
                    let ah = f32::cast_from(a[i * a.stride(0) + e * a.stride(1)]) / na[i];
                    v = (v - ah * smem[r]) / na[i];
                }
                out[i * out.stride(0) + e * out.stride(1)] = O::cast_from(v);
                e += units;
            }
        }
    }
}

/// The first element of a scalar tensor, on the host.
fn scalar<R: Runtime>(client: &ComputeClient<R>, t: &DeviceTensor) -> Result<f64, KernelError> {
    let data = download(client, &t.handle, t.dtype, 1)?;
    Arg::new(&data, &[1]).to_f64().first().copied().ok_or_else(|| bad(K, "empty scalar"))
}

/// Launches `part` of the loss under `opts`; `args` = x, y, t_prime, bias[, dloss] as in
/// the IR op. Reads back `t'`, `b`, `dloss` (and the row norms under `normalize`) to check
/// them before the loss kernels.
pub fn launch<R: Runtime>(
    client: &ComputeClient<R>,
    target: &Target,
    opts: &LossOptions,
    part: LossPart,
    args: &[DeviceTensor],
    out: &DeviceTensor,
) -> Result<(), KernelError> {
    launch_with(client, target, opts, part, args, out, true)
}

/// [`launch`] on a device that holds no data (emission): `t' = b = 0`, `dloss = 1` and no
/// norm check stand in for the values it would read back; the kernels are those of a run.
pub fn launch_without_data<R: Runtime>(
    client: &ComputeClient<R>,
    target: &Target,
    opts: &LossOptions,
    part: LossPart,
    args: &[DeviceTensor],
    out: &DeviceTensor,
) -> Result<(), KernelError> {
    launch_with(client, target, opts, part, args, out, false)
}

/// A norm buffer and its length.
type Norms = (cubecl::server::Handle, usize);

/// What every kernel of one launch shares.
struct Plan<'a> {
    /// Rows of the gradient's side and the other side (`x`, `y`; swapped for `dy`).
    a: &'a DeviceTensor,
    b: &'a DeviceTensor,
    /// Their norms (a one-element placeholder without `normalize`).
    na: Norms,
    nb: Norms,
    t: f32,
    bias: f32,
    scale: f32,
    pi: usize,
    pj: usize,
    normalize: bool,
}

/// The checks, then the launches of `part`.
fn launch_with<R: Runtime>(
    client: &ComputeClient<R>,
    target: &Target,
    opts: &LossOptions,
    part: LossPart,
    args: &[DeviceTensor],
    out: &DeviceTensor,
    with_data: bool,
) -> Result<(), KernelError> {
    let (x, y) = check_args(target, opts, part, args, out)?;
    let [tp, b, dloss] =
        if with_data { read_scalars(client, part, args)? } else { [0.0, 0.0, 1.0] };
    let den = opts.denom_for(x.shape[0]);
    let (nx, ny) = norms(client, target, opts.normalize, x, y, with_data)?;
    let mut plan = Plan {
        a: x,
        b: y,
        na: nx,
        nb: ny,
        t: tp.exp() as f32,
        bias: b as f32,
        scale: (dloss / den) as f32,
        pi: 0,
        pj: 0,
        normalize: opts.normalize,
    };
    let mut k = opts.positives;
    if part == LossPart::Dy {
        std::mem::swap(&mut plan.a, &mut plan.b);
        std::mem::swap(&mut plan.na, &mut plan.nb);
        k = k.map(|k| -k);
    }
    let (rows, cols, d) = (plan.a.shape[0], plan.b.shape[0], plan.a.shape[1]);
    // Clamped, so that `i + pi` and `j + pj` stay small (device indexes may be 32-bit): an
    // offset past the last row or column means no positive, like `None`.
    (plan.pi, plan.pj) = match k {
        Some(k) if k >= 0 => ((k as u64).min(cols as u64) as usize, 0),
        Some(k) => (0, k.unsigned_abs().min(rows as u64) as usize),
        None => (cols, 0),
    };
    match part {
        LossPart::Loss => {
            plan.scale = (-1.0 / den) as f32;
            let sums = partials(client, target, &plan, false);
            let sums = DeviceTensor::contiguous(sums, &[rows], DType::F32);
            crate::reduce::cube::launch(client, target, ReduceOp::Sum, &[0], &[sums], out)
        }
        LossPart::DScalars => {
            let sums = partials(client, target, &plan, true);
            let sums = DeviceTensor::contiguous(sums, &[rows, 2], DType::F32);
            crate::reduce::cube::launch(client, target, ReduceOp::Sum, &[0], &[sums], out)
        }
        LossPart::Dx | LossPart::Dy => {
            let acc = client.empty((rows * d).max(1) * 4);
            let (a, b) = (plan.a, plan.b);
            grad_tiles::launch::<R>(
                client,
                target.grid(rows.div_ceil(TILE_SIDE * TILE_REG)),
                CubeDim::new_1d((TILE_SIDE * TILE_SIDE) as u32),
                a.arg(),
                b.arg(),
                array(&plan.na),
                array(&plan.nb),
                // SAFETY: allocated just above for rows·d f32 values (at least one).
                unsafe { ArrayArg::from_raw_parts(acc, (rows * d).max(1)) },
                out.arg(),
                plan.t,
                plan.bias,
                plan.scale,
                plan.pi,
                plan.pj,
                TILE_SIDE,
                TILE_REG,
                TILE_DEPTH,
                plan.normalize,
                [storage_type(a.dtype), storage_type(b.dtype), storage_type(out.dtype)],
            );
            Ok(())
        }
    }
}

/// Argument count, dtypes, shapes and the output size, as the CPU checks them; `(x, y)`.
fn check_args<'a>(
    target: &Target,
    opts: &LossOptions,
    part: LossPart,
    args: &'a [DeviceTensor],
    out: &DeviceTensor,
) -> Result<(&'a DeviceTensor, &'a DeviceTensor), KernelError> {
    expect_args(K, args, if part == LossPart::Loss { 4 } else { 5 })?;
    let (x, y) = (&args[0], &args[1]);
    target.check_dtypes(K, [x.dtype, y.dtype, out.dtype])?;
    if !x.dtype.is_float() || !y.dtype.is_float() || !out.dtype.is_float() {
        return Err(unsupported(K, target, "integer embeddings or output"));
    }
    check_shapes(opts, &x.shape, &y.shape)?;
    let (n, m, d) = (x.shape[0], y.shape[0], x.shape[1]);
    let want = match part {
        LossPart::Loss => 1,
        LossPart::Dx => n * d,
        LossPart::Dy => m * d,
        LossPart::DScalars => 2,
    };
    if out.numel() != want {
        let reason = format!("{} output {:?}, expected {want} elements", part.name(), out.shape);
        return Err(bad(K, reason));
    }
    Ok((x, y))
}

/// `[t', b, dloss]` read back (`dloss = 1` for the loss); `t'` and `b` must be finite.
fn read_scalars<R: Runtime>(
    client: &ComputeClient<R>,
    part: LossPart,
    args: &[DeviceTensor],
) -> Result<[f64; 3], KernelError> {
    let (tp, b) = (scalar(client, &args[2])?, scalar(client, &args[3])?);
    if !tp.is_finite() || !b.is_finite() {
        return Err(bad(K, format!("t_prime = {tp} and bias = {b} must be finite")));
    }
    let dloss = if part == LossPart::Loss { 1.0 } else { scalar(client, &args[4])? };
    Ok([tp, b, dloss])
}

/// The array argument of a norm buffer.
fn array<R: Runtime>((handle, len): &Norms) -> ArrayArg<R> {
    // SAFETY: `len` is the number of f32 values the buffer was allocated for.
    unsafe { ArrayArg::from_raw_parts(handle.clone(), *len) }
}

/// The per-row sums of [`loss_tiles`] (`[rows]`, or `[rows, 2]` for the scalar gradients).
fn partials<R: Runtime>(
    client: &ComputeClient<R>,
    target: &Target,
    p: &Plan,
    scalars: bool,
) -> cubecl::server::Handle {
    let rows = p.a.shape[0];
    let len = if scalars { 2 * rows } else { rows };
    let sums = client.empty(len * 4);
    loss_tiles::launch::<R>(
        client,
        target.grid(rows.div_ceil(TILE_SIDE * TILE_REG)),
        CubeDim::new_1d((TILE_SIDE * TILE_SIDE) as u32),
        p.a.arg(),
        p.b.arg(),
        array(&p.na),
        array(&p.nb),
        // SAFETY: the buffer was just allocated for `len` f32 values.
        unsafe { ArrayArg::from_raw_parts(sums.clone(), len) },
        p.t,
        p.bias,
        p.scale,
        p.pi,
        p.pj,
        TILE_SIDE,
        TILE_REG,
        TILE_DEPTH,
        p.normalize,
        scalars,
        [storage_type(p.a.dtype), storage_type(p.b.dtype)],
    );
    sums
}

/// The row norms of `x` and `y` under `normalize` (checked on the host: a zero or
/// non-finite norm is an error naming the row, as on the CPU); one-element placeholders
/// otherwise.
fn norms<R: Runtime>(
    client: &ComputeClient<R>,
    target: &Target,
    normalize: bool,
    x: &DeviceTensor,
    y: &DeviceTensor,
    with_data: bool,
) -> Result<(Norms, Norms), KernelError> {
    if !normalize {
        let one = || (client.create_from_slice(f32::as_bytes(&[1.0])), 1);
        return Ok((one(), one()));
    }
    let one = |t: &DeviceTensor, what: &str| -> Result<Norms, KernelError> {
        let rows = t.shape[0];
        let h = client.empty(rows * 4);
        row_norms::launch::<R>(
            client,
            target.grid(rows),
            CubeDim::new_1d(BLOCK as u32),
            t.arg(),
            // SAFETY: the buffer was just allocated for `rows` f32 values.
            unsafe { ArrayArg::from_raw_parts(h.clone(), rows) },
            BLOCK,
            storage_type(t.dtype),
        );
        if with_data {
            let v = Arg::new(&download(client, &h, DType::F32, rows)?, &[rows]).to_f64();
            if let Some(i) = v.iter().position(|&r| r == 0.0 || !r.is_finite()) {
                return Err(bad(
                    K,
                    format!("row {i} of {what} has norm {} and cannot be normalised", v[i]),
                ));
            }
        }
        Ok((h, rows))
    };
    Ok((one(x, "x")?, one(y, "y")?))
}

/// Rank, dims and the diagonal rule (the CPU's checks: a spec alone is not trusted).
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
