//! SigLIP's sigmoid loss on the device, every part and option; the `N × M` logits never
//! exist. The problem is that of the CPU ([`super::tiles`]): `l_ij = t·x̂_i·ŷ_j + b`,
//! `z_ij = +1` where `j = i + k`.
//!
//! All the parts a launch asks for come from one sweep over the logit tiles
//! ([`launch_parts`]); the rows of `x` are taken in chunks so that the gradients' matrix
//! `H = t·G` (`G_ij = ∂L/∂l_ij`) exists one chunk of rows at a time (128 MiB by default,
//! [`CHUNK_BYTES`]). Kernels (f32 arithmetic, inputs read as their type):
//! - `row_norms` (only with `normalize`): `‖x_i‖` per row, one cube per row;
//! - `chunk_tiles`: a cube per (64-row tile of the chunk, group of column tiles), tiled
//!   like a matrix product (shared-memory staging, a 4 × 4 register block of logits per
//!   unit); the logits become the loss's partial row sums, the scalar gradients' pairs
//!   `Σ_j G (l − b)`, `Σ_j G`, and the chunk's rows of `H` (under `PACKFUSE_MATMUL=cubek-*` the chunk's dot products come from cubek's matrix
//!   product, written into `H`'s buffer, and `chunk_tiles` reads them there instead of
//!   making them: [`crate::matmul::cubek`]);
//! - the device matrix product ([`crate::matmul::cube`]): `dx` rows `= H·y`, and `dy +=
//!   Hᵀ·x_chunk` (its epilogue adds the previous chunks' sum);
//! - `finish_rows`: the normalisation's chain rule and the store in the output dtype;
//! - the reduce kernel sums the partial row sums (two-stage).
//!
//! Forward and backward together are three `N·M·D` products, the count of a
//! materialised implementation (the backward before this took four logit passes and two
//! gradient products, one launch per part).
//!
//! Checks before any loss kernel runs, as on the CPU: shapes, an empty batch, non-finite `t'`
//! or `b` (read back: two scalars). With `normalize` the norms are computed on the device
//! and read back (`N + M` floats, never the embeddings) so that a zero row is an error before
//! the loss kernels. Without data (emission on the null runtime) made-up scalars and no norm
//! check stand in: the kernels do not depend on those values.

use cubecl::prelude::*;
use packfuse_ir::{BinaryOp, DType, LossOptions, LossPart, ReduceOp};

use crate::cube::{
    download, expect_args, storage_type, unsupported, upload_bytes, DeviceTensor, Target,
};
use crate::elementwise::{EwProgram, Instr, Step};
use crate::error::{bad, KernelError};
use crate::matmul::cube::{owned, vec_smem_len, vec_tile, Slices, Tiling, V4};
use crate::matmul::cubek::Provider;
use crate::norm::cube::block_reduce;
use crate::Arg;

const K: &str = "sigmoid_loss";
/// Units per cube (row norms).
const BLOCK: usize = 64;
/// The logit tiles' blocking ([`chunk_tiles`]): the device matrix product's default, 256
/// units with 4×4 logits each of a 64×64 tile, staged in vectors of 4.
const TILING: Tiling = Tiling::DEFAULT;

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

/// One row chunk's logit tiles, consumed in place: rows `i0..i0 + rows` of `a` against
/// every row of `b`. Cube `q` takes the `span` rows of tile `q / groups` of the chunk and
/// the column tiles `q % groups`, `q % groups + groups`, ... (so every row's sum has
/// `groups` partial sums, whatever `M`). Per tile the logits are computed as the device
/// matrix product computes a tile ([`vec_tile`]: `k`-major staging in vectors of 4, a
/// register block per unit) and then turned into:
/// - with `loss`: `loss_scale·Σ_j logσ(z l)` into `sums[i·groups + g]`;
/// - with `scalars`: `(Σ_j G (l − b), Σ_j G)` into `pairs[2(i·groups + g)..]`,
///   `G = −grad_scale·z·σ(−z l)`;
/// - with `grads`: `H_ij = t·G_ij` (divided by `‖a_i‖·‖b_j‖` under `normalize`) into
///   `h[(i − i0)·M + j]`, the chunk's rows of the matrix both row gradients are products
///   of (`dâ = ‖a‖·H·b`, `db̂ = ‖b‖·Hᵀ·a`, [`finish_rows`]).
///
/// The row sums are combined across the `side` units sharing a row through shared memory
/// at the end. Every barrier is reached by all units (the loop bounds are uniform per cube).
#[cube(launch)]
#[allow(clippy::too_many_arguments)]
fn chunk_tiles<X: Float, Y: Float>(
    a: &Tensor<X>,
    b: &Tensor<Y>,
    na: &Array<f32>,
    nb: &Array<f32>,
    h: &mut Array<f32>,
    sums: &mut Array<f32>,
    pairs: &mut Array<f32>,
    t: f32,
    bias: f32,
    loss_scale: f32,
    grad_scale: f32,
    pi: usize,
    pj: usize,
    i0: usize,
    rows: usize,
    groups: usize,
    #[comptime] tiling: Tiling,
    #[comptime] normalize: bool,
    #[comptime] loss: bool,
    #[comptime] scalars: bool,
    #[comptime] grads: bool,
    #[comptime] precomputed: bool,
    #[define(X, Y)] _types: [StorageType; 2],
) {
    let (side, reg) = (tiling.side, tiling.reg);
    let span = comptime!(tiling.side * tiling.reg);
    let (n, m, d) = (a.shape(0), b.shape(0), a.shape(1));
    let cube = CUBE_POS;
    let g = cube % groups;
    let r0 = i0 + (cube / groups) * span;
    let end = i0 + rows;
    let unit = UNIT_POS as usize;
    let ty = unit / side;
    let tx = unit % side;
    // The staging of `vec_tile`; reused for the row sums at the end (a vector per row and
    // unit along it).
    let mut smem = SharedMemory::<V4>::new(comptime!(if vec_smem_len(tiling)
        > tiling.side * tiling.side * tiling.reg
    {
        vec_smem_len(tiling)
    } else {
        tiling.side * tiling.side * tiling.reg
    }));
    // Cubes past the chunk's tiles (a grid rounded up to its shape) do nothing: uniform.
    if r0 < end {
        let mut acc = Array::<f32>::new(comptime!(tiling.reg * tiling.reg));
        let mut sum0 = Array::<f32>::new(reg);
        let mut sum1 = Array::<f32>::new(reg);
        let mut sum2 = Array::<f32>::new(reg);
        #[unroll]
        for r in 0..reg {
            sum0[r] = 0.0;
            sum1[r] = 0.0;
            sum2[r] = 0.0;
        }
        let mut j0 = g * span;
        while j0 < m {
            // Logits `a·bᵀ`: B's depth runs along b's rows.
            let sl = Slices {
                a_off: 0,
                b_off: 0,
                m: n,
                n: m,
                k: d,
                a_sm: a.stride(0),
                a_sk: a.stride(1),
                b_sk: b.stride(1),
                b_sn: b.stride(0),
                i0: r0,
                j0,
                a_k_fast: a.stride(1) == 1,
                b_k_fast: b.stride(1) == 1,
            };
            if comptime!(!precomputed) {
                vec_tile::<X, Y>(a, b, sl, &mut smem, &mut acc, tiling);
            }
            #[unroll]
            for r in 0..reg {
                let i = r0 + owned(ty, r, side);
                #[unroll]
                for c in 0..reg {
                    let j = j0 + owned(tx, c, side);
                    if i < end && j < m {
                        // Under `precomputed` the dot product is in `h` already (a product
                        // launched before this kernel); the unit overwrites it with `H`.
                        let dot = if comptime!(precomputed) {
                            h[(i - i0) * m + j]
                        } else {
                            acc[r * reg + c]
                        };
                        let tl = tile_logit(dot, i, j, na, nb, t, normalize);
                        let z = sign(i, j, pi, pj);
                        let l = tl + bias;
                        if comptime!(loss) {
                            let s = z * l;
                            sum0[r] += min(s, 0.0) - log1p_unit((-s.abs()).exp());
                        }
                        if comptime!(scalars || grads) {
                            // σ(−z l) = 1/(1 + e^{z l}): e^{z l} may overflow to inf, giving 0.
                            let gv = -grad_scale * z / (1.0 + (z * l).exp());
                            if comptime!(scalars) {
                                sum1[r] += gv * tl;
                                sum2[r] += gv;
                            }
                            if comptime!(grads) {
                                let mut hv = t * gv;
                                if comptime!(normalize) {
                                    hv /= na[i] * nb[j];
                                }
                                h[(i - i0) * m + j] = hv;
                            }
                        }
                    }
                }
            }
            j0 += groups * span;
        }
        if comptime!(loss || scalars) {
            // `vec_tile` ends on a barrier, so `smem` is free (every group has a tile);
            // with `precomputed` nothing used it.
            #[unroll]
            for r in 0..reg {
                let mut q = V4::empty();
                q[0] = sum0[r];
                q[1] = sum1[r];
                q[2] = sum2[r];
                q[3] = 0.0;
                smem[owned(ty, r, side) * side + tx] = q;
            }
            sync_cube();
            if unit < span {
                let i = r0 + unit;
                if i < end {
                    let mut s0 = 0.0f32;
                    let mut s1 = 0.0f32;
                    let mut s2 = 0.0f32;
                    for c in 0..side {
                        let q = smem[unit * side + c];
                        s0 += q[0];
                        s1 += q[1];
                        s2 += q[2];
                    }
                    let q = i * groups + g;
                    if comptime!(loss) {
                        sums[q] = loss_scale * s0;
                    }
                    if comptime!(scalars) {
                        pairs[2 * q] = s1;
                        pairs[2 * q + 1] = s2;
                    }
                }
            }
        }
    }
}

/// A row gradient from its product `p` (f32 `[rows, D]`, rows `row0..row0 + rows` of the
/// side `a`): `out_i = p_i`, or under `normalize` the chain rule through `â = a/‖a‖`,
/// `out_i = p_i − â_i (â_i·p_i)` (`p_i` is `dâ_i/‖a_i‖`: [`chunk_tiles`] divided `H` by
/// both norms), stored in `out`'s dtype. One cube of `block` units per row.
#[cube(launch)]
#[allow(clippy::too_many_arguments)]
fn finish_rows<A: Float, O: Float>(
    p: &Array<f32>,
    a: &Tensor<A>,
    na: &Array<f32>,
    out: &mut Tensor<O>,
    row0: usize,
    rows: usize,
    #[comptime] block: usize,
    #[comptime] normalize: bool,
    #[define(A, O)] _types: [StorageType; 2],
) {
    let r = CUBE_POS;
    let d = a.shape(1);
    let mut smem = SharedMemory::<f32>::new(block);
    if r < rows {
        let i = row0 + r;
        let mut dot = 0.0f32;
        if comptime!(normalize) {
            let mut s = 0.0f32;
            let mut e = UNIT_POS as usize;
            while e < d {
                s += p[r * d + e] * f32::cast_from(a[i * a.stride(0) + e * a.stride(1)]);
                e += block;
            }
            dot = block_reduce(&mut smem, s, block, false) / (na[i] * na[i]);
        }
        let mut e = UNIT_POS as usize;
        while e < d {
            let mut v = p[r * d + e];
            if comptime!(normalize) {
                v -= f32::cast_from(a[i * a.stride(0) + e * a.stride(1)]) * dot;
            }
            out[i * out.stride(0) + e * out.stride(1)] = O::cast_from(v);
            e += block;
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
/// them before the loss kernels. [`launch_parts`] with one part.
pub fn launch<R: Runtime>(
    client: &ComputeClient<R>,
    target: &Target,
    opts: &LossOptions,
    part: LossPart,
    args: &[DeviceTensor],
    out: &DeviceTensor,
) -> Result<(), KernelError> {
    launch_parts(client, target, opts, &[part], args, std::slice::from_ref(out), true)
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
    launch_parts(client, target, opts, &[part], args, std::slice::from_ref(out), false)
}

/// Bytes of the `H` chunk (`chunk_tiles`) when `PACKFUSE_LOSS_CHUNK_MIB` does not say:
/// 128 MiB, an eighth of the logits at N = M = 16384 (and lavapipe's largest buffer).
pub const CHUNK_BYTES: usize = 128 << 20;

/// Rows of `x` per chunk of the gradients' `H` matrix: all `n` when `n·m` f32 values fit
/// `budget` bytes, else the most that fit, in multiples of 256 rows (at least 256), so that
/// a chunk's first row of `x` lies at an offset every device accepts for a binding (256
/// rows of a 2-byte type are a multiple of 512 bytes).
pub fn chunk_rows(n: usize, m: usize, budget: usize) -> usize {
    let fit = budget / (4 * m.max(1));
    if fit >= n {
        n
    } else {
        (fit / 256 * 256).max(256)
    }
}

/// The budget `PACKFUSE_LOSS_CHUNK_MIB` names (read once), else [`CHUNK_BYTES`]; a value
/// that is not a positive integer is said on stderr and ignored. For measuring.
fn chunk_budget() -> usize {
    static B: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    *B.get_or_init(|| match std::env::var("PACKFUSE_LOSS_CHUNK_MIB") {
        Err(_) => CHUNK_BYTES,
        Ok(v) => match v.parse::<usize>() {
            Ok(mib) if mib > 0 => mib << 20,
            _ => {
                eprintln!("PACKFUSE_LOSS_CHUNK_MIB={v:?} is not a positive integer: using 128");
                CHUNK_BYTES
            }
        },
    })
}

/// Launches every part in `parts` under `opts`, `outs[k]` receiving `parts[k]`; `args` =
/// x, y, t_prime, bias[, dloss] (`dloss` only when a gradient is asked for). `with_data:
/// false` launches as [`launch_without_data`] does. The rows of `x` are taken in chunks
/// ([`chunk_rows`] of them under `PACKFUSE_LOSS_CHUNK_MIB`, default [`CHUNK_BYTES`]).
pub fn launch_parts<R: Runtime>(
    client: &ComputeClient<R>,
    target: &Target,
    opts: &LossOptions,
    parts: &[LossPart],
    args: &[DeviceTensor],
    outs: &[DeviceTensor],
    with_data: bool,
) -> Result<(), KernelError> {
    let rows = match (args.first(), args.get(1)) {
        (Some(x), Some(y)) if x.shape.len() == 2 && y.shape.len() == 2 => {
            chunk_rows(x.shape[0], y.shape[0], chunk_budget())
        }
        _ => 1,
    };
    launch_parts_in_chunks(client, target, opts, parts, args, outs, with_data, rows)
}

/// [`launch_parts`] with `chunk` rows of `x` per chunk of `H` (rounded up to a multiple
/// of 256; at least N, or no row gradient asked for: one chunk). All parts come from one
/// sweep over the logit tiles per chunk:
///
/// 1. `chunk_tiles` makes the chunk's logits once and turns them into the loss's and the
///    scalar gradients' partial row sums and, when a row gradient is asked for, the
///    chunk's rows of `H = t·G` (f32, `chunk × M`);
/// 2. `dx` for the chunk's rows is the matrix product `H·y` ([`crate::matmul::cube`]),
///    finished by `finish_rows`; `dy` accumulates `Hᵀ·x_chunk` over the chunks (the
///    product's epilogue adds the previous sum), finished once at the end;
/// 3. the partial sums are reduced to the loss and `(dt', db)` ([`crate::reduce::cube`]).
///
/// So the forward and backward together cost three `N·M·D` products (the logits once, then
/// `dx` and `dy`), as a materialised implementation does, and never hold `N × M` values:
/// the extra device memory is `H`'s chunk, `O((N + M)·D)` for the gradients' f32 sums and
/// `O(N)` partial sums.
#[allow(clippy::too_many_arguments)]
pub fn launch_parts_in_chunks<R: Runtime>(
    client: &ComputeClient<R>,
    target: &Target,
    opts: &LossOptions,
    parts: &[LossPart],
    args: &[DeviceTensor],
    outs: &[DeviceTensor],
    with_data: bool,
    chunk: usize,
) -> Result<(), KernelError> {
    let grads = parts.iter().any(|p| p.is_grad());
    let (x, y) = check_args(target, opts, parts, args, outs)?;
    let [tp, b, dloss] =
        if with_data { read_scalars(client, grads, args)? } else { [0.0, 0.0, 1.0] };
    let (n, m, d) = (x.shape[0], y.shape[0], x.shape[1]);
    // Under `PACKFUSE_MATMUL=cubek-*` the logits come from cubek's product into `H`'s chunk
    // (then turned into `H` in place), so that buffer exists even without a gradient.
    let cubek = match Provider::from_env() {
        Provider::Cubek(r) if x.dtype == y.dtype => Some(r),
        _ => None,
    };
    // Without a row gradient (and without cubek) there is no `H` to bound: one chunk.
    let bounded = grads || cubek.is_some();
    let chunk = if !bounded || chunk >= n { n } else { chunk.div_ceil(256).max(1) * 256 };
    let den = opts.denom_for(n);
    let (nx, ny) = norms(client, target, opts.normalize, x, y, with_data)?;
    // Clamped, so that `i + pi` and `j + pj` stay small (device indexes may be 32-bit): an
    // offset past the last row or column means no positive, like `None`.
    let (pi, pj) = match opts.positives {
        Some(k) if k >= 0 => ((k as u64).min(m as u64) as usize, 0),
        Some(k) => (0, k.unsigned_abs().min(n as u64) as usize),
        None => (m, 0),
    };
    let want = |p: LossPart| parts.contains(&p);
    let (loss, scalars) = (want(LossPart::Loss), want(LossPart::DScalars));
    let (want_dx, want_dy) = (want(LossPart::Dx), want(LossPart::Dy));
    let span = TILING.span();
    let groups = m.div_ceil(span).min(MAX_GROUPS);
    // f32 buffers and their lengths (one value when unused).
    let f32s = |len: usize| -> F32s { (client.empty(len.max(1) * 4), len.max(1)) };
    let sums = f32s(if loss { n * groups } else { 1 });
    let pairs = f32s(if scalars { 2 * n * groups } else { 1 });
    let h = f32s(if bounded { chunk * m } else { 1 });
    let dx_rows = f32s(if want_dx { chunk * d } else { 1 });
    // dy's running sum, and the buffer the next chunk's product writes (swapped each time).
    let mut dy_sum = f32s(if want_dy { m * d } else { 1 });
    let mut dy_next = f32s(if want_dy && n > chunk { m * d } else { 1 });
    let xy_types = [storage_type(x.dtype), storage_type(y.dtype)];
    let mut i0 = 0;
    while i0 < n {
        let rows = chunk.min(n - i0);
        let hc = DeviceTensor::contiguous(h.0.clone(), &[rows, m], DType::F32);
        // The logits' dot products by cubek, when it takes them (else `chunk_tiles` makes
        // them itself).
        let precomputed = match cubek {
            Some(routine) => {
                let yt = y.restrided(vec![d, m], vec![y.strides[1], y.strides[0]]);
                let ops = (&rows_of(x, i0, rows), &yt);
                crate::matmul::cubek::launch(client, target, routine, ops, None, &[], &hc)?
            }
            None => false,
        };
        chunk_tiles::launch::<R>(
            client,
            target.grid(groups * rows.div_ceil(span)),
            CubeDim::new_1d((TILING.side * TILING.side) as u32),
            x.arg(),
            y.arg(),
            array(&nx),
            array(&ny),
            array(&h),
            array(&sums),
            array(&pairs),
            tp.exp() as f32,
            b as f32,
            (-1.0 / den) as f32,
            (dloss / den) as f32,
            pi,
            pj,
            i0,
            rows,
            groups,
            TILING,
            opts.normalize,
            loss,
            scalars,
            grads,
            precomputed,
            xy_types,
        );
        if want_dx {
            let p = DeviceTensor::contiguous(dx_rows.0.clone(), &[rows, d], DType::F32);
            crate::matmul::cube::launch(
                client,
                target,
                (false, false),
                None,
                &[hc.clone(), y.clone()],
                &p,
            )?;
            finish(
                client,
                target,
                &p,
                x,
                &nx,
                out_for(parts, outs, LossPart::Dx),
                i0,
                opts.normalize,
            );
        }
        if want_dy {
            let xc = rows_of(x, i0, rows);
            // The first chunk's product is the sum so far; each later one adds the sum in
            // its epilogue and writes the other buffer.
            let dense = |b: &F32s| DeviceTensor::contiguous(b.0.clone(), &[m, d], DType::F32);
            let mut mm = vec![hc, xc];
            let (epilogue, into) = if i0 == 0 {
                (None, dense(&dy_sum))
            } else {
                mm.push(dense(&dy_sum));
                (Some(&*ADD_PREVIOUS), dense(&dy_next))
            };
            crate::matmul::cube::launch(client, target, (true, false), epilogue, &mm, &into)?;
            if i0 > 0 {
                std::mem::swap(&mut dy_sum, &mut dy_next);
            }
        }
        i0 += rows;
    }
    if want_dy {
        let p = DeviceTensor::contiguous(dy_sum.0, &[m, d], DType::F32);
        finish(client, target, &p, y, &ny, out_for(parts, outs, LossPart::Dy), 0, opts.normalize);
    }
    if loss {
        let s = DeviceTensor::contiguous(sums.0, &[n, groups], DType::F32);
        let out = out_for(parts, outs, LossPart::Loss);
        crate::reduce::cube::launch(client, target, ReduceOp::Sum, &[0, 1], &[s], out)?;
    }
    if scalars {
        let s = DeviceTensor::contiguous(pairs.0, &[n, groups, 2], DType::F32);
        let out = out_for(parts, outs, LossPart::DScalars);
        crate::reduce::cube::launch(client, target, ReduceOp::Sum, &[0, 1], &[s], out)?;
    }
    Ok(())
}

/// Column groups per row tile in [`chunk_tiles`] (at most): the number of partial sums a row
/// gets, and the factor of parallelism over a grid of only row tiles.
const MAX_GROUPS: usize = 32;

/// The epilogue `product + previous` that accumulates `dy` over the chunks.
static ADD_PREVIOUS: std::sync::LazyLock<EwProgram> = std::sync::LazyLock::new(|| EwProgram {
    steps: vec![
        Step { instr: Instr::Input(0), dtype: DType::F32 },
        Step { instr: Instr::Input(1), dtype: DType::F32 },
        Step { instr: Instr::Binary(BinaryOp::Add, 0, 1), dtype: DType::F32 },
    ],
    inputs: vec![DType::F32, DType::F32],
});

/// Rows `i0..i0 + rows` of `x` (`[N, D]`, any strides) as a tensor of their own: the
/// handle starts at row `i0`, a multiple of 256 rows ([`launch_parts_in_chunks`] rounds
/// its chunks so), an offset every device accepts for a binding.
fn rows_of(x: &DeviceTensor, i0: usize, rows: usize) -> DeviceTensor {
    let offset = (i0 * x.strides[0] * x.dtype.size_bytes()) as u64;
    DeviceTensor {
        handle: x.handle.clone().offset_start(offset),
        shape: vec![rows, x.shape[1]],
        strides: x.strides.clone(),
        dtype: x.dtype,
    }
}

/// The output that receives `part` (it is in `parts`: [`check_args`] matched them).
fn out_for<'a>(parts: &[LossPart], outs: &'a [DeviceTensor], part: LossPart) -> &'a DeviceTensor {
    &outs[parts.iter().position(|&p| p == part).expect("a part that was asked for")]
}

/// [`finish_rows`] for `p`'s rows, the rows `row0..` of the side `a` and of `out`.
#[allow(clippy::too_many_arguments)]
fn finish<R: Runtime>(
    client: &ComputeClient<R>,
    target: &Target,
    p: &DeviceTensor,
    a: &DeviceTensor,
    na: &Norms,
    out: &DeviceTensor,
    row0: usize,
    normalize: bool,
) {
    let rows = p.shape[0];
    finish_rows::launch::<R>(
        client,
        target.grid(rows),
        CubeDim::new_1d(BLOCK as u32),
        // SAFETY: `p` is a dense f32 buffer of rows·D values.
        unsafe { ArrayArg::from_raw_parts(p.handle.clone(), p.numel().max(1)) },
        a.arg(),
        array(na),
        out.arg(),
        row0,
        rows,
        BLOCK,
        normalize,
        [storage_type(a.dtype), storage_type(out.dtype)],
    );
}

/// Argument count, dtypes, shapes and the output sizes, as the CPU checks them; `(x, y)`.
fn check_args<'a>(
    target: &Target,
    opts: &LossOptions,
    parts: &[LossPart],
    args: &'a [DeviceTensor],
    outs: &[DeviceTensor],
) -> Result<(&'a DeviceTensor, &'a DeviceTensor), KernelError> {
    if parts.len() != outs.len() || parts.is_empty() {
        return Err(bad(K, format!("{} parts but {} outputs", parts.len(), outs.len())));
    }
    let grads = parts.iter().any(|p| p.is_grad());
    expect_args(K, args, if grads { 5 } else { 4 })?;
    let (x, y) = (&args[0], &args[1]);
    check_shapes(opts, &x.shape, &y.shape)?;
    let (n, m, d) = (x.shape[0], y.shape[0], x.shape[1]);
    for (k, (part, out)) in parts.iter().zip(outs).enumerate() {
        if parts[..k].contains(part) {
            return Err(bad(K, format!("{} asked for twice", part.name())));
        }
        target.check_dtypes(K, [x.dtype, y.dtype, out.dtype])?;
        if !x.dtype.is_float() || !y.dtype.is_float() || !out.dtype.is_float() {
            return Err(unsupported(K, target, "integer embeddings or output"));
        }
        let want = match part {
            LossPart::Loss => 1,
            LossPart::Dx => n * d,
            LossPart::Dy => m * d,
            LossPart::DScalars => 2,
        };
        if out.numel() != want {
            let reason =
                format!("{} output {:?}, expected {want} elements", part.name(), out.shape);
            return Err(bad(K, reason));
        }
    }
    Ok((x, y))
}

/// `[t', b, dloss]` read back (`dloss = 1` without gradients); `t'` and `b` must be finite.
fn read_scalars<R: Runtime>(
    client: &ComputeClient<R>,
    grads: bool,
    args: &[DeviceTensor],
) -> Result<[f64; 3], KernelError> {
    let (tp, b) = (scalar(client, &args[2])?, scalar(client, &args[3])?);
    if !tp.is_finite() || !b.is_finite() {
        return Err(bad(K, format!("t_prime = {tp} and bias = {b} must be finite")));
    }
    let dloss = if grads { scalar(client, &args[4])? } else { 1.0 };
    Ok([tp, b, dloss])
}

/// An f32 buffer and its length in values (norms, partial sums, scratch).
type F32s = (cubecl::server::Handle, usize);
/// A norm buffer and its length.
type Norms = F32s;

/// The array argument of an f32 buffer.
fn array<R: Runtime>((handle, len): &F32s) -> ArrayArg<R> {
    // SAFETY: `len` is the number of f32 values the buffer was allocated for.
    unsafe { ArrayArg::from_raw_parts(handle.clone(), *len) }
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
        let one = || (upload_bytes(client, f32::as_bytes(&[1.0])), 1);
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
