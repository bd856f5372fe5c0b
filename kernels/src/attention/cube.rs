//! Packed-sequence attention on the device.
//! - `Out` and `Lse`: tiled as FlashAttention, a cube per (tile of consecutive queries,
//!   head): the query tile and each chunk of keys and values staged in shared memory with
//!   coalesced loads, 8 units per query, online softmax, the output in registers (see
//!   `forward_kernel`); the log-sum-exp is a compile-time switch of the same kernel. Head
//!   dims up to 64 take `forward_vec_kernel`, the same algorithm with the query in
//!   registers and shared memory read in vectors of 4.
//! - `Dq`: tiled as FlashAttention-2's backward, a cube per (tile of consecutive queries,
//!   head), the query tile and its output gradient staged once, keys and values in chunks:
//!   `p = exp(scale·q·k − lse)`, `dp = dout·v`, `dq += scale·p·(dp − Dᵢ)·k` (see
//!   `dq_kernel`).
//! - `Dkv`: the transpose, a cube per (tile of consecutive keys, kv head), the key and value
//!   tile staged once, the group's query heads and the span of queries that see its keys
//!   in chunks: `dv += p·dout`, `dk += scale·p·(dp − Dᵢ)·q` (see `dkv_kernel`).
//!
//! A tile may straddle segments; masking (`p = 0` outside a query's keys) keeps finite
//! results exact. A non-finite value in `q`, `k`, `v` or `dout`, though, can reach the
//! outputs of other segments that share its tile (`0·∞`), in the forward and the gradients
//! alike: keeping it out would cost a select per multiply-add.
//!
//! Both gradients first run `delta_kernel`, which writes `Dᵢ = doutᵢ·outᵢ` per
//! (head, query). Arithmetic is f32 whatever the storage type.
//!
//! Each kernel declares one `SharedMemory` and carves it by offsets: with two or more,
//! CubeCL 0.10's CUDA printer places them in an order that changes from process to process,
//! so the emitted source (and its snapshot) would not be stable.
//!
//! The masks never reach the device. `cu_seqlens` and `prefix_lens` are read back and
//! validated on the host ([`Segments::new`]), so bad segment data is an error before anything
//! is launched; the host then uploads each query's visible key range, and for `Dkv` each
//! key's run of queries, as [`Geometry::keys_of`] (the CPU kernels' rule) gives them. The
//! kernels are thus the same for every mask and window, and their grids depend only on the
//! shapes: [`launch_without_data`] launches them on a device that holds no data (the null
//! runtime behind `--emit`) with made-up segments valid for the shapes.

use cubecl::prelude::*;
use packfuse_ir::{AttnPart, DType, MaskKind, TensorData, MAX_HEAD_DIM};

use super::tiles::{Geometry, KeyRange};
use super::{check_heads, Options, Segments};
use crate::cube::{expect_args, storage_type, unsupported, upload, DeviceTensor, Target};
use crate::error::{bad, KernelError};
use crate::matmul::cube::V4;
use crate::movement::cube::read_i32;

const K: &str = "packed_attention";

/// Units per cube of [`delta_kernel`] (one row each).
const DELTA_CUBE: u32 = 128;

/// Element `d` of row `(t, h)` of a `[T, H, D]` tensor, as f32 (0 for a unit past the head dim).
#[cube]
fn load<E: Float>(x: &Tensor<E>, t: usize, h: usize, d: usize, live: bool) -> f32 {
    let dd = select(live, d, 0);
    let v = f32::cast_from(x[t * x.stride(0) + h * x.stride(1) + dd * x.stride(2)]);
    select(live, v, 0.0)
}

/// The union `lo..hi` of the visible key ranges of queries `t0..t0 + bq` (those below
/// `tq`); `(keys, 0)`, an empty range, when none sees a key. The same in every unit.
#[cube]
fn tile_keys(
    ranges: &Array<i32>,
    t0: usize,
    tq: usize,
    keys: usize,
    #[comptime] bq: usize,
) -> (usize, usize) {
    let mut lo = keys;
    let mut hi = 0usize;
    for r in 0..bq {
        let tr = t0 + r;
        if tr < tq {
            let a = ranges[2 * tr] as usize;
            let b = ranges[2 * tr + 1] as usize;
            if a < b {
                lo = min(lo, a);
                hi = max(hi, b);
            }
        }
    }
    (lo, hi)
}

/// Units per query row of [`forward_kernel`]: each scores every 8th key of a chunk and
/// keeps every 8th output dim of its query.
const ROW_UNITS: usize = 8;

/// The tile of [`forward_kernel`] for a padded head dim `dp`: (queries per cube, keys per
/// chunk). Chosen so that the shared memory (see the kernel) stays under 32 KiB, lavapipe's
/// Vulkan limit (CUDA's static limit is 48): 29.4 KiB for `dp` ≤ 64, 25.7 KiB for 128,
/// 24.6 KiB for 256.
fn forward_tile(dp: usize) -> (usize, usize) {
    if dp <= 64 {
        (32, 32)
    } else if dp <= 128 {
        (16, 16)
    } else {
        (8, 8)
    }
}

/// The forward: with `lse` false the output `[Tq, Hq, D]`, with `lse` true the log-sum-exp
/// `[Hq, Tq]` (f32). `ranges[2t..2t+2]` is query `t`'s visible keys (global indices); a
/// query that sees none gets `empty` (0, or `-inf` for the log-sum-exp).
///
/// Tiled as FlashAttention: one cube per (tile of `bq` consecutive queries, head), with
/// [`ROW_UNITS`] units per query. The query tile (times the scale) is staged in shared
/// memory once; then the keys from the first to the last one any query of the tile sees go
/// by in chunks of `bk`, each chunk's keys and values staged with coalesced loads (rows of
/// the key tile padded by one, so the units of a query read distinct banks). Each unit
/// scores its `bk / 8` keys of the chunk against its query, masked by the query's own
/// range (a tile may straddle segments: masking keeps it exact); the chunk's row maximum
/// goes through a small shared scratch; the probabilities are staged, and each unit
/// rescales and adds `p·v` for its `dp / 8` output dims, kept in registers, and sums the
/// row's probabilities. Four barriers per chunk, all uniform per cube: every unit,
/// including those of queries past `Tq`, runs the same chunks.
///
/// Shared memory, one array carved by offsets (f32): the query tile `bq × (dp + 1)`, the
/// keys `bk × (dp + 1)`, the values `bk × dp`, the probabilities `bq × (bk + 1)`, the
/// row-maximum scratch `bq × 8`.
///
/// No infinity is written as a constant here: CubeCL 0.10's CUDA printer spells it `inf`,
/// which NVRTC rejects. The running maximum starts at `f32::MIN` instead, and `-inf`
/// arrives as the run-time scalar `empty`.
#[cube(launch)]
#[allow(clippy::too_many_arguments)]
fn forward_kernel<Q: Float, KV: Float, O: Float>(
    q: &Tensor<Q>,
    k: &Tensor<KV>,
    v: &Tensor<KV>,
    ranges: &Array<i32>,
    out: &mut Tensor<O>,
    scale: f32,
    empty: f32,
    cubes: usize,
    #[comptime] lse: bool,
    #[comptime] dp: usize,
    #[comptime] bq: usize,
    #[comptime] bk: usize,
    #[define(Q, KV, O)] _types: [StorageType; 3],
) {
    let cube = CUBE_POS;
    // Uniform per cube: the barriers below are reached by all units or none.
    if cube < cubes {
        let (tq, hq, dims) = (q.shape(0), q.shape(1), q.shape(2));
        let (tile, h) = (cube / hq, cube % hq);
        let kvh = h / (hq / k.shape(1));
        let t0 = tile * bq;
        let unit = UNIT_POS as usize;
        let (qi, u) = (unit / ROW_UNITS, unit % ROW_UNITS);
        let units = comptime!(bq * ROW_UNITS);
        let t = t0 + qi;
        let active = t < tq;
        let tt = select(active, t, 0);
        let qlo = select(active, ranges[2 * tt] as usize, 0);
        let qhi = select(active, ranges[2 * tt + 1] as usize, 0);
        // The keys any query of the tile sees: the same in every unit.
        let (tlo, thi) = tile_keys(ranges, t0, tq, k.shape(0), bq);
        let row = comptime!(dp + 1);
        let prow = comptime!(bk + 1);
        let ks = comptime!(bq * (dp + 1));
        let vs = comptime!((bq + bk) * (dp + 1));
        let ps = comptime!((bq + bk) * (dp + 1) + bk * dp);
        let ms = comptime!((bq + bk) * (dp + 1) + bk * dp + bq * (bk + 1));
        let mut smem = SharedMemory::<f32>::new(comptime!(
            (bq + bk) * (dp + 1) + bk * dp + bq * (bk + 1) + bq * ROW_UNITS
        ));
        for it in 0..comptime!(dp / ROW_UNITS) {
            let i = unit + it * units;
            let (r, e) = (i / dp, i % dp);
            let live = t0 + r < tq && e < dims;
            let x = load::<Q>(q, select(live, t0 + r, 0), h, e, live);
            smem[r * row + e] = x * scale;
        }
        // Separate `let mut`s, as CubeCL takes a `mut` inside a tuple pattern for a constant.
        let mut m = f32::new(f32::MIN);
        let mut l = 0.0f32;
        let mut acc = Array::<f32>::new(comptime!(dp / ROW_UNITS));
        #[unroll]
        for j in 0..comptime!(dp / ROW_UNITS) {
            acc[j] = 0.0;
        }
        let mut s = Array::<f32>::new(comptime!(bk / ROW_UNITS));
        let mut c0 = tlo;
        while c0 < thi {
            for it in 0..comptime!(bk * dp / (bq * ROW_UNITS)) {
                let i = unit + it * units;
                let (r, e) = (i / dp, i % dp);
                let live = c0 + r < thi && e < dims;
                let key = select(live, c0 + r, 0);
                smem[ks + r * row + e] = load::<KV>(k, key, kvh, e, live);
                if comptime!(!lse) {
                    smem[vs + r * dp + e] = load::<KV>(v, key, kvh, e, live);
                }
            }
            sync_cube();
            #[unroll]
            for j in 0..comptime!(bk / ROW_UNITS) {
                s[j] = 0.0;
            }
            for e in 0..dims {
                let x = smem[qi * row + e];
                #[unroll]
                for j in 0..comptime!(bk / ROW_UNITS) {
                    s[j] += x * smem[ks + (u + j * ROW_UNITS) * row + e];
                }
            }
            let mut mx = f32::new(f32::MIN);
            #[unroll]
            for j in 0..comptime!(bk / ROW_UNITS) {
                let key = c0 + u + j * ROW_UNITS;
                let sj = select(key >= qlo && key < qhi, s[j], f32::new(f32::MIN));
                s[j] = sj;
                mx = max(mx, sj);
            }
            smem[ms + unit] = mx;
            sync_cube();
            let mut m_new = m;
            #[unroll]
            for w in 0..ROW_UNITS {
                m_new = max(m_new, smem[ms + qi * ROW_UNITS + w]);
            }
            #[unroll]
            for j in 0..comptime!(bk / ROW_UNITS) {
                let c = u + j * ROW_UNITS;
                let key = c0 + c;
                let p = select(key >= qlo && key < qhi, (s[j] - m_new).exp(), 0.0);
                smem[ps + qi * prow + c] = p;
            }
            sync_cube();
            let corr = (m - m_new).exp();
            let mut sum = 0.0f32;
            if comptime!(lse) {
                for c in 0..bk {
                    sum += smem[ps + qi * prow + c];
                }
            } else {
                #[unroll]
                for j in 0..comptime!(dp / ROW_UNITS) {
                    acc[j] *= corr;
                }
                for c in 0..bk {
                    let p = smem[ps + qi * prow + c];
                    sum += p;
                    #[unroll]
                    for j in 0..comptime!(dp / ROW_UNITS) {
                        acc[j] += p * smem[vs + c * dp + u + j * ROW_UNITS];
                    }
                }
            }
            l = l * corr + sum;
            m = m_new;
            // The chunk's keys, values and probabilities are read above before the next
            // chunk overwrites them.
            sync_cube();
            c0 += bk;
        }
        if comptime!(lse) {
            if active && u == 0 {
                let at = h * out.stride(0) + t * out.stride(1);
                out[at] = O::cast_from(select(l > 0.0, m + l.ln(), empty));
            }
        } else if active {
            let base = t * out.stride(0) + h * out.stride(1);
            #[unroll]
            for j in 0..comptime!(dp / ROW_UNITS) {
                let d = u + j * ROW_UNITS;
                if d < dims {
                    out[base + d * out.stride(2)] =
                        O::cast_from(select(l > 0.0, acc[j] / l, empty));
                }
            }
        }
    }
}

/// Queries per cube and keys per chunk of [`forward_vec_kernel`].
const VEC_TILE: usize = 32;

/// Whether head dims up to 64 take [`forward_vec_kernel`]: yes unless `PACKFUSE_ATTN_VEC=0`
/// (read once), which keeps them on [`forward_kernel`]. For measuring the two on one
/// device.
fn vec_forward() -> bool {
    static V: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *V.get_or_init(|| std::env::var("PACKFUSE_ATTN_VEC").map_or(true, |v| v != "0"))
}

/// [`forward_kernel`] for padded head dims `dp` of 32 and 64, with shared memory read in
/// vectors of 4 (one 16-byte access where the scalar kernel makes four). A cube of 256
/// units takes 32 queries of one head; unit `u` of a query's 8 keeps the query row (times
/// the scale) in registers, scores keys `4u..4u + 4` of each 32-key chunk, and accumulates
/// the output dims in the runs of 4 `u + 8j` (`j < dp / 32`).
///
/// Shared memory, one array of 4-vectors carved by offsets: the chunk's keys transposed
/// (`dp` lines of 8 vectors plus one of padding, so that the staging stores of consecutive
/// dims hit distinct banks: vector `s` of line `e` holds dim `e` of keys `4s..4s + 4`), its
/// values (`32` lines of `dp / 4` vectors), the probabilities (`32 × 8` vectors: a query's
/// 32 keys) and a vector per unit for the row maximum (lane 0). 25.6 KiB for `dp` = 64.
/// Four barriers per chunk, uniform per cube, as in [`forward_kernel`].
#[cube(launch)]
#[allow(clippy::too_many_arguments)]
fn forward_vec_kernel<Q: Float, KV: Float, O: Float>(
    q: &Tensor<Q>,
    k: &Tensor<KV>,
    v: &Tensor<KV>,
    ranges: &Array<i32>,
    out: &mut Tensor<O>,
    scale: f32,
    empty: f32,
    cubes: usize,
    #[comptime] lse: bool,
    #[comptime] dp: usize,
    #[define(Q, KV, O)] _types: [StorageType; 3],
) {
    let cube = CUBE_POS;
    // Uniform per cube: the barriers below are reached by all units or none.
    if cube < cubes {
        let bq = comptime!(VEC_TILE);
        let slots = comptime!(dp / 4);
        let runs = comptime!(dp / 32);
        let ktrow = comptime!(VEC_TILE / 4 + 1);
        let units = comptime!(VEC_TILE * ROW_UNITS);
        let vs = comptime!(dp * (VEC_TILE / 4 + 1));
        let ps = comptime!(dp * (VEC_TILE / 4 + 1) + VEC_TILE * dp / 4);
        let ms = comptime!(dp * (VEC_TILE / 4 + 1) + VEC_TILE * dp / 4 + VEC_TILE * 8);
        let (tq, hq, dims) = (q.shape(0), q.shape(1), q.shape(2));
        let (tile, h) = (cube / hq, cube % hq);
        let kvh = h / (hq / k.shape(1));
        let t0 = tile * bq;
        let unit = UNIT_POS as usize;
        let (qi, u) = (unit / ROW_UNITS, unit % ROW_UNITS);
        let t = t0 + qi;
        let active = t < tq;
        let tt = select(active, t, 0);
        let qlo = select(active, ranges[2 * tt] as usize, 0);
        let qhi = select(active, ranges[2 * tt + 1] as usize, 0);
        // The keys any query of the tile sees: the same in every unit.
        let (tlo, thi) = tile_keys(ranges, t0, tq, k.shape(0), bq);
        let mut smem = SharedMemory::<V4>::new(comptime!(
            dp * (VEC_TILE / 4 + 1) + VEC_TILE * dp / 4 + VEC_TILE * 8 + VEC_TILE * ROW_UNITS
        ));
        let mut qr = Array::<V4>::new(slots);
        #[unroll]
        for sl in 0..slots {
            let mut w = V4::empty();
            #[unroll]
            for l in 0..4usize {
                let e = sl * 4 + l;
                w[l] = load::<Q>(q, tt, h, e, active && e < dims) * scale;
            }
            qr[sl] = w;
        }
        let mut m = f32::new(f32::MIN);
        let mut l = 0.0f32;
        let mut acc = Array::<f32>::new(comptime!(dp / ROW_UNITS));
        #[unroll]
        for j in 0..comptime!(dp / ROW_UNITS) {
            acc[j] = 0.0;
        }
        let mut sc = Array::<f32>::new(4usize);
        let mut c0 = tlo;
        while c0 < thi {
            // Keys transposed: item i is dim `i % dp` of keys `4(i / dp)..`; consecutive
            // units read consecutive dims of a key row.
            #[unroll]
            for it in 0..comptime!(dp * 8 / (VEC_TILE * ROW_UNITS)) {
                let i = unit + it * units;
                let (e, kslot) = (i % dp, i / dp);
                let mut w = V4::empty();
                #[unroll]
                for x in 0..4usize {
                    let key = c0 + kslot * 4 + x;
                    let live = key < thi && e < dims;
                    w[x] = load::<KV>(k, select(live, key, 0), kvh, e, live);
                }
                smem[e * ktrow + kslot] = w;
            }
            if comptime!(!lse) {
                // Values by rows: item i is dims `4(i % slots)..` of key `i / slots`.
                #[unroll]
                for it in 0..comptime!(VEC_TILE * dp / 4 / (VEC_TILE * ROW_UNITS)) {
                    let i = unit + it * units;
                    let (ds, c) = (i % slots, i / slots);
                    let key = c0 + c;
                    let mut w = V4::empty();
                    #[unroll]
                    for x in 0..4usize {
                        let live = key < thi && ds * 4 + x < dims;
                        w[x] = load::<KV>(v, select(live, key, 0), kvh, ds * 4 + x, live);
                    }
                    smem[vs + c * slots + ds] = w;
                }
            }
            sync_cube();
            #[unroll]
            for j in 0..4usize {
                sc[j] = 0.0;
            }
            #[unroll]
            for sl in 0..slots {
                let qv = qr[sl];
                #[unroll]
                for x in 0..4usize {
                    let kt = smem[(sl * 4 + x) * ktrow + u];
                    #[unroll]
                    for j in 0..4usize {
                        sc[j] += qv[x] * kt[j];
                    }
                }
            }
            let mut mx = f32::new(f32::MIN);
            #[unroll]
            for j in 0..4usize {
                let key = c0 + u * 4 + j;
                let sj = select(key >= qlo && key < qhi, sc[j], f32::new(f32::MIN));
                sc[j] = sj;
                mx = max(mx, sj);
            }
            let mut w = V4::empty();
            w[0] = mx;
            smem[ms + unit] = w;
            sync_cube();
            let mut m_new = m;
            #[unroll]
            for r in 0..ROW_UNITS {
                m_new = max(m_new, smem[ms + qi * ROW_UNITS + r][0]);
            }
            let mut pw = V4::empty();
            #[unroll]
            for j in 0..4usize {
                let key = c0 + u * 4 + j;
                pw[j] = select(key >= qlo && key < qhi, (sc[j] - m_new).exp(), 0.0);
            }
            smem[ps + qi * 8 + u] = pw;
            sync_cube();
            let corr = (m - m_new).exp();
            let mut sum = 0.0f32;
            if comptime!(!lse) {
                #[unroll]
                for j in 0..comptime!(dp / ROW_UNITS) {
                    acc[j] *= corr;
                }
            }
            #[unroll]
            for c4 in 0..8usize {
                let pv = smem[ps + qi * 8 + c4];
                #[unroll]
                for x in 0..4usize {
                    sum += pv[x];
                    if comptime!(!lse) {
                        #[unroll]
                        for j in 0..runs {
                            let vv = smem[vs + (c4 * 4 + x) * slots + u + 8 * j];
                            #[unroll]
                            for y in 0..4usize {
                                acc[j * 4 + y] += pv[x] * vv[y];
                            }
                        }
                    }
                }
            }
            l = l * corr + sum;
            m = m_new;
            // The chunk's keys, values and probabilities are read above before the next
            // chunk overwrites them.
            sync_cube();
            c0 += bq;
        }
        if comptime!(lse) {
            if active && u == 0 {
                let at = h * out.stride(0) + t * out.stride(1);
                out[at] = O::cast_from(select(l > 0.0, m + l.ln(), empty));
            }
        } else if active {
            let base = t * out.stride(0) + h * out.stride(1);
            #[unroll]
            for j in 0..runs {
                #[unroll]
                for y in 0..4usize {
                    let d = (u + 8 * j) * 4 + y;
                    if d < dims {
                        out[base + d * out.stride(2)] =
                            O::cast_from(select(l > 0.0, acc[j * 4 + y] / l, empty));
                    }
                }
            }
        }
    }
}

/// `Dᵢ = doutᵢ · outᵢ` per (query, head) into `delta[h·Tq + t]`, one unit per row.
#[cube(launch)]
fn delta_kernel<G: Float>(
    out: &Tensor<G>,
    dout: &Tensor<G>,
    delta: &mut Array<f32>,
    rows: usize,
    #[define(G)] _types: StorageType,
) {
    let row = ABSOLUTE_POS;
    if row < rows {
        let hq = out.shape(1);
        let (t, h) = (row / hq, row % hq);
        let mut acc = 0.0f32;
        for d in 0..out.shape(2) {
            acc += load::<G>(out, t, h, d, true) * load::<G>(dout, t, h, d, true);
        }
        delta[h * out.shape(0) + t] = acc;
    }
}

/// The probability of a score given the query's log-sum-exp; 0 for a query that sees no
/// key (`lse = -inf`), as on the CPU. (`f32::MIN`, not `-inf`: see [`forward_kernel`].)
#[cube]
fn probability(s: f32, lse: f32) -> f32 {
    select(lse > f32::new(f32::MIN), (s - lse).exp(), 0.0)
}

/// The tiles of the gradient kernels for a padded head dim `dp`: for [`dq_kernel`]
/// (queries per cube, keys per chunk), for [`dkv_kernel`] (keys per cube, queries per
/// chunk). Chosen so that each kernel's shared memory (see them) stays under 32 KiB,
/// lavapipe's limit: for `dp` = 32, 20.6 and 24.8 KiB; 64: 26.5 and 28.6; 128: 24.8 and
/// 25.3; 256: 24.2 and 24.4.
fn grad_tiles(dp: usize) -> ((usize, usize), (usize, usize)) {
    match dp {
        0..=32 => ((32, 32), (32, 32)),
        33..=64 => ((32, 16), (32, 16)),
        65..=128 => ((16, 8), (16, 8)),
        _ => ((4, 8), (4, 8)),
    }
}

/// Stages rows `r0..r0 + rows` of `x` and of `y` (head `h` of each; `x` times `factor`)
/// into `smem` at `xs` and `ys`, rows padded to `dp + 1`, with 0 for rows from `end` on and
/// for dims past the head dim. The cube's `units` units share the work, consecutive units on
/// consecutive dims (coalesced loads). The gradient kernels stage their tiles this way.
#[cube]
#[allow(clippy::too_many_arguments)]
fn stage_pair<X: Float, Y: Float>(
    smem: &mut SharedMemory<f32>,
    x: &Tensor<X>,
    y: &Tensor<Y>,
    r0: usize,
    end: usize,
    h: usize,
    factor: f32,
    #[comptime] xs: usize,
    #[comptime] ys: usize,
    #[comptime] rows: usize,
    #[comptime] dp: usize,
    #[comptime] units: usize,
) {
    let row = comptime!(dp + 1);
    let dims = x.shape(2);
    for it in 0..comptime!(rows * dp / units) {
        let i = UNIT_POS as usize + it * units;
        let (r, e) = (i / dp, i % dp);
        let live = r0 + r < end && e < dims;
        let tr = select(live, r0 + r, 0);
        smem[xs + r * row + e] = load::<X>(x, tr, h, e, live) * factor;
        smem[ys + r * row + e] = load::<Y>(y, tr, h, e, live);
    }
}

/// Shared memory of [`dq_kernel`] in f32s (see its docs).
fn dq_smem(dp: usize, bq: usize, bk: usize) -> usize {
    2 * (bq + bk) * (dp + 1) + bq * (bk + 1)
}

/// Shared memory of [`dkv_kernel`] in f32s (see its docs).
fn dkv_smem(dp: usize, bk: usize, bq: usize) -> usize {
    2 * (bk + bq) * (dp + 1) + 2 * bk * (bq + 1)
}

/// `∂L/∂q`, `[Tq, Hq, D]`, tiled as FlashAttention-2's backward: one cube per (tile of `bq`
/// consecutive queries, head), [`ROW_UNITS`] units per query. The query tile (times the
/// scale) and its output gradient are staged once; then the keys any query of the tile
/// sees go by in chunks of `bk`, keys and values staged with coalesced loads. Each unit
/// takes `bk / 8` keys of its query: `p = exp(s − lse)` (0 outside the query's range) and
/// `dp = dout·v`, and leaves `p·(dp − Dᵢ)`; then each unit adds the chunk's
/// `p·(dp − Dᵢ)·k` for its `dp / 8` dims, kept in registers. Three barriers per chunk,
/// uniform per cube.
///
/// Shared memory, one array carved by offsets (f32): the query tile and its output
/// gradient `2·bq × (dp + 1)`, the keys and values `2·bk × (dp + 1)` (rows padded by one so
/// that the units of a query read distinct banks), `p·(dp − Dᵢ)` `bq × (bk + 1)`.
#[cube(launch)]
#[allow(clippy::too_many_arguments)]
fn dq_kernel<Q: Float, KV: Float, G: Float, O: Float>(
    q: &Tensor<Q>,
    k: &Tensor<KV>,
    v: &Tensor<KV>,
    dout: &Tensor<G>,
    lse: &Tensor<f32>,
    delta: &Array<f32>,
    ranges: &Array<i32>,
    dq: &mut Tensor<O>,
    scale: f32,
    cubes: usize,
    #[comptime] dp: usize,
    #[comptime] bq: usize,
    #[comptime] bk: usize,
    #[define(Q, KV, G, O)] _types: [StorageType; 4],
) {
    let cube = CUBE_POS;
    // Uniform per cube: the barriers below are reached by all units or none.
    if cube < cubes {
        let (tq, hq, dims) = (q.shape(0), q.shape(1), q.shape(2));
        let (tile, h) = (cube / hq, cube % hq);
        let kvh = h / (hq / k.shape(1));
        let t0 = tile * bq;
        let unit = UNIT_POS as usize;
        let (qi, u) = (unit / ROW_UNITS, unit % ROW_UNITS);
        let units = comptime!(bq * ROW_UNITS);
        let t = t0 + qi;
        let active = t < tq;
        let tt = select(active, t, 0);
        let qlo = select(active, ranges[2 * tt] as usize, 0);
        let qhi = select(active, ranges[2 * tt + 1] as usize, 0);
        let l = lse[h * lse.stride(0) + tt * lse.stride(1)];
        let di = delta[h * tq + tt];
        let (tlo, thi) = tile_keys(ranges, t0, tq, k.shape(0), bq);
        let row = comptime!(dp + 1);
        let gs = comptime!(bq * (dp + 1));
        let ks = comptime!(2 * bq * (dp + 1));
        let vs = comptime!((2 * bq + bk) * (dp + 1));
        let ds = comptime!(2 * (bq + bk) * (dp + 1));
        let drow = comptime!(bk + 1);
        let mut smem = SharedMemory::<f32>::new(comptime!(dq_smem(dp, bq, bk)));
        stage_pair::<Q, G>(&mut smem, q, dout, t0, tq, h, scale, 0usize, gs, bq, dp, units);
        let mut acc = Array::<f32>::new(comptime!(dp / ROW_UNITS));
        #[unroll]
        for j in 0..comptime!(dp / ROW_UNITS) {
            acc[j] = 0.0;
        }
        let mut s = Array::<f32>::new(comptime!(bk / ROW_UNITS));
        let mut g = Array::<f32>::new(comptime!(bk / ROW_UNITS));
        let mut c0 = tlo;
        while c0 < thi {
            stage_pair::<KV, KV>(&mut smem, k, v, c0, thi, kvh, 1.0, ks, vs, bk, dp, units);
            sync_cube();
            #[unroll]
            for j in 0..comptime!(bk / ROW_UNITS) {
                s[j] = 0.0;
                g[j] = 0.0;
            }
            for e in 0..dims {
                let x = smem[qi * row + e];
                let y = smem[gs + qi * row + e];
                #[unroll]
                for j in 0..comptime!(bk / ROW_UNITS) {
                    let c = u + j * ROW_UNITS;
                    s[j] += x * smem[ks + c * row + e];
                    g[j] += y * smem[vs + c * row + e];
                }
            }
            #[unroll]
            for j in 0..comptime!(bk / ROW_UNITS) {
                let c = u + j * ROW_UNITS;
                let key = c0 + c;
                let p = select(key >= qlo && key < qhi, probability(s[j], l), 0.0);
                smem[ds + qi * drow + c] = p * (g[j] - di);
            }
            sync_cube();
            for c in 0..bk {
                let w = smem[ds + qi * drow + c];
                #[unroll]
                for j in 0..comptime!(dp / ROW_UNITS) {
                    acc[j] += w * smem[ks + c * row + u + j * ROW_UNITS];
                }
            }
            // The chunk is read above before the next one overwrites it.
            sync_cube();
            c0 += bk;
        }
        if active {
            #[unroll]
            for j in 0..comptime!(dp / ROW_UNITS) {
                let d = u + j * ROW_UNITS;
                if d < dims {
                    dq[(t * hq + h) * dims + d] = O::cast_from(acc[j] * scale);
                }
            }
        }
    }
}

/// `∂L/∂k` and `∂L/∂v` stacked, `[2, Tk, Hk, D]`, tiled: one cube per (tile of `bk`
/// consecutive keys, kv head), [`ROW_UNITS`] units per key. The key and value tile is
/// staged once; then for each query head of the group, the span of queries that see the
/// tile's keys (from the least start to the greatest end of their `runs`; a query inside it
/// that sees none of them is masked) goes by in chunks of `bq`, queries and output
/// gradients staged. Each unit takes `bq / 8` queries of its key: `p` (0 unless the key is
/// in the query's range, `ranges`) and `p·(dp − Dᵢ)`; then each unit adds the chunk's
/// `p·dout` and `p·(dp − Dᵢ)·q` for its `dp / 8` dims, kept in registers. Three barriers
/// per chunk, uniform per cube.
///
/// Shared memory, one array carved by offsets (f32): keys and values `2·bk × (dp + 1)`,
/// the chunk's queries and output gradients `2·bq × (dp + 1)`, `p` and `p·(dp − Dᵢ)`
/// `2·bk × (bq + 1)`.
#[cube(launch)]
#[allow(clippy::too_many_arguments)]
fn dkv_kernel<Q: Float, KV: Float, G: Float, O: Float>(
    q: &Tensor<Q>,
    k: &Tensor<KV>,
    v: &Tensor<KV>,
    dout: &Tensor<G>,
    lse: &Tensor<f32>,
    delta: &Array<f32>,
    ranges: &Array<i32>,
    runs: &Array<i32>,
    dkv: &mut Tensor<O>,
    scale: f32,
    cubes: usize,
    #[comptime] dp: usize,
    #[comptime] bk: usize,
    #[comptime] bq: usize,
    #[define(Q, KV, G, O)] _types: [StorageType; 4],
) {
    let cube = CUBE_POS;
    // Uniform per cube: the barriers below are reached by all units or none.
    if cube < cubes {
        let (tk, hk, dims) = (k.shape(0), k.shape(1), k.shape(2));
        let (tq, hq) = (q.shape(0), q.shape(1));
        let (tile, kvh) = (cube / hk, cube % hk);
        let group = hq / hk;
        let j0 = tile * bk;
        let unit = UNIT_POS as usize;
        let (ki, u) = (unit / ROW_UNITS, unit % ROW_UNITS);
        let units = comptime!(bk * ROW_UNITS);
        let key = j0 + ki;
        let (rlo, rhi) = tile_keys(runs, j0, tk, tq, bk);
        let row = comptime!(dp + 1);
        let vs = comptime!(bk * (dp + 1));
        let qs = comptime!(2 * bk * (dp + 1));
        let gs = comptime!((2 * bk + bq) * (dp + 1));
        let ps = comptime!(2 * (bk + bq) * (dp + 1));
        let ws = comptime!(2 * (bk + bq) * (dp + 1) + bk * (bq + 1));
        let prow = comptime!(bq + 1);
        let mut smem = SharedMemory::<f32>::new(comptime!(dkv_smem(dp, bk, bq)));
        stage_pair::<KV, KV>(&mut smem, k, v, j0, tk, kvh, 1.0, 0usize, vs, bk, dp, units);
        // Separate `let mut`s: CubeCL takes a `mut` inside a tuple pattern for a constant.
        let mut dk = Array::<f32>::new(comptime!(dp / ROW_UNITS));
        let mut dv = Array::<f32>::new(comptime!(dp / ROW_UNITS));
        #[unroll]
        for j in 0..comptime!(dp / ROW_UNITS) {
            dk[j] = 0.0;
            dv[j] = 0.0;
        }
        let mut s = Array::<f32>::new(comptime!(bq / ROW_UNITS));
        let mut g = Array::<f32>::new(comptime!(bq / ROW_UNITS));
        for h in kvh * group..(kvh + 1) * group {
            let mut c0 = rlo;
            while c0 < rhi {
                stage_pair::<Q, G>(&mut smem, q, dout, c0, rhi, h, 1.0, qs, gs, bq, dp, units);
                sync_cube();
                #[unroll]
                for j in 0..comptime!(bq / ROW_UNITS) {
                    s[j] = 0.0;
                    g[j] = 0.0;
                }
                for e in 0..dims {
                    let x = smem[ki * row + e];
                    let y = smem[vs + ki * row + e];
                    #[unroll]
                    for j in 0..comptime!(bq / ROW_UNITS) {
                        let c = u + j * ROW_UNITS;
                        s[j] += x * smem[qs + c * row + e];
                        g[j] += y * smem[gs + c * row + e];
                    }
                }
                #[unroll]
                for j in 0..comptime!(bq / ROW_UNITS) {
                    let c = u + j * ROW_UNITS;
                    let t = c0 + c;
                    let live = t < rhi && key < tk;
                    let tt = select(live, t, 0);
                    let lo = ranges[2 * tt] as usize;
                    let hi = ranges[2 * tt + 1] as usize;
                    let sees = live && key >= lo && key < hi;
                    let l = lse[h * lse.stride(0) + tt * lse.stride(1)];
                    let p = select(sees, probability(s[j] * scale, l), 0.0);
                    smem[ps + ki * prow + c] = p;
                    smem[ws + ki * prow + c] = p * (g[j] - delta[h * tq + tt]);
                }
                sync_cube();
                for c in 0..bq {
                    let p = smem[ps + ki * prow + c];
                    let w = smem[ws + ki * prow + c];
                    #[unroll]
                    for j in 0..comptime!(dp / ROW_UNITS) {
                        let d = u + j * ROW_UNITS;
                        dv[j] += p * smem[gs + c * row + d];
                        dk[j] += w * smem[qs + c * row + d];
                    }
                }
                // The chunk is read above before the next one overwrites it.
                sync_cube();
                c0 += bq;
            }
        }
        if key < tk {
            #[unroll]
            for j in 0..comptime!(dp / ROW_UNITS) {
                let d = u + j * ROW_UNITS;
                if d < dims {
                    let at = (key * hk + kvh) * dims + d;
                    dkv[at] = O::cast_from(dk[j] * scale);
                    dkv[tk * hk * dims + at] = O::cast_from(dv[j]);
                }
            }
        }
    }
}

/// The sizes of one call, checked before anything is read or launched.
#[derive(Clone, Copy, Debug)]
struct Sizes {
    tq: usize,
    hq: usize,
    tk: usize,
    hk: usize,
    d: usize,
}

/// Checks arity, dtypes and shapes of `args` and `out` for `part` (see `Op::PackedAttention`).
fn check(
    target: &Target,
    mask: MaskKind,
    part: AttnPart,
    args: &[DeviceTensor],
    out: &DeviceTensor,
) -> Result<Sizes, KernelError> {
    let fwd = mask.forward_arity();
    expect_args(K, args, if part.is_grad() { fwd + 3 } else { fwd })?;
    let (q, k, v) = (&args[0], &args[1], &args[2]);
    let floats: Vec<&DeviceTensor> = match part.is_grad() {
        true => vec![q, k, v, out, &args[fwd], &args[fwd + 1]],
        false => vec![q, k, v, out],
    };
    target.check_dtypes(K, floats.iter().map(|t| t.dtype))?;
    if floats.iter().any(|t| !t.dtype.is_float()) || k.dtype != v.dtype {
        return Err(unsupported(K, target, "integer tensors or k/v of different dtypes"));
    }
    if q.shape.len() != 3 || k.shape.len() != 3 || v.shape != k.shape || q.shape[2] != k.shape[2] {
        return Err(bad(K, format!("q {:?}, k {:?}, v {:?}", q.shape, k.shape, v.shape)));
    }
    let s = Sizes { tq: q.shape[0], hq: q.shape[1], tk: k.shape[0], hk: k.shape[1], d: q.shape[2] };
    check_heads(s.hq, s.hk, s.d)?;
    if let Some(t) = args[3..fwd].iter().find(|t| t.dtype != DType::I32 || t.shape.len() != 1) {
        return Err(bad(
            K,
            format!("segment data must be i32 vectors, got {} {:?}", t.dtype, t.shape),
        ));
    }
    let want = match part {
        AttnPart::Out | AttnPart::Dq => q.shape.clone(),
        AttnPart::Lse => vec![s.hq, s.tq],
        AttnPart::Dkv => vec![2, s.tk, s.hk, s.d],
    };
    if out.shape != want || (part == AttnPart::Lse && out.dtype != DType::F32) {
        let (p, dt, sh) = (part.name(), out.dtype, &out.shape);
        return Err(bad(K, format!("the {p} part is {dt} {sh:?}, expected {want:?}")));
    }
    if part.is_grad() {
        check_saved(target, q, &args[fwd..fwd + 3], s)?;
    }
    Ok(s)
}

/// Checks what a gradient reads besides the forward's inputs: `out` and `dout` shaped like
/// `q` (one dtype), `lse` f32 `[Hq, Tq]`.
fn check_saved(
    target: &Target,
    q: &DeviceTensor,
    saved: &[DeviceTensor],
    s: Sizes,
) -> Result<(), KernelError> {
    let (o, dout, lse) = (&saved[0], &saved[1], &saved[2]);
    if o.shape != q.shape || dout.shape != q.shape || lse.shape != [s.hq, s.tq] {
        let (os, ds, ls) = (&o.shape, &dout.shape, &lse.shape);
        return Err(bad(K, format!("out {os:?}, dout {ds:?}, lse {ls:?} for q {:?}", q.shape)));
    }
    if lse.dtype != DType::F32 {
        return Err(bad(K, format!("lse must be f32, got {}", lse.dtype)));
    }
    if o.dtype != dout.dtype {
        return Err(unsupported(K, target, "out and dout of different dtypes"));
    }
    Ok(())
}

/// Reads `cu_seqlens_q`, `cu_seqlens_k` (and `prefix_lens`) back and validates them.
fn read_segments<R: Runtime>(
    client: &ComputeClient<R>,
    mask: MaskKind,
    args: &[DeviceTensor],
    s: Sizes,
) -> Result<Segments, KernelError> {
    let prefix = if mask == MaskKind::PrefixLm { Some(read_i32(client, &args[5])?) } else { None };
    let (cu_q, cu_k) = (read_i32(client, &args[3])?, read_i32(client, &args[4])?);
    Segments::new(&cu_q, &cu_k, prefix.as_deref(), s.tq, s.tk)
}

/// Launches one part of attention; `args` = q, k, v, cu_seqlens_q, cu_seqlens_k
/// [, prefix_lens][, out, dout, lse] as in the IR op.
pub fn launch<R: Runtime>(
    client: &ComputeClient<R>,
    target: &Target,
    o: &Options,
    part: AttnPart,
    args: &[DeviceTensor],
    out: &DeviceTensor,
) -> Result<(), KernelError> {
    let s = check(target, o.mask, part, args, out)?;
    let seg = read_segments(client, o.mask, args, s)?;
    enqueue(client, target, o, part, args, out, s, &seg)
}

/// [`launch`] on a device that holds no data (the null runtime behind `--emit`): nothing is
/// read back; the segments are made up from the shapes (one segment of all tokens, no
/// prefix). The kernels depend only on the spec, the dtypes, the head dim and the target,
/// so their sources are those of a run with real data; only the uploaded ranges differ.
pub fn launch_without_data<R: Runtime>(
    client: &ComputeClient<R>,
    target: &Target,
    o: &Options,
    part: AttnPart,
    args: &[DeviceTensor],
    out: &DeviceTensor,
) -> Result<(), KernelError> {
    let s = check(target, o.mask, part, args, out)?;
    let seg = Segments { cu_q: vec![0, s.tq], cu_k: vec![0, s.tk], prefix: vec![0] };
    enqueue(client, target, o, part, args, out, s, &seg)
}

/// [`launch`] with the segment tensors' values already on the host (`cu_seqlens_q`,
/// `cu_seqlens_k` and, for a prefix-LM mask, `prefix_lens`: plan inputs the caller holds).
/// Nothing is read back, so the launch does not wait for the device to finish the work
/// queued before it; the values are validated as [`launch`] validates them.
#[allow(clippy::too_many_arguments)]
pub fn launch_with_segments<R: Runtime>(
    client: &ComputeClient<R>,
    target: &Target,
    o: &Options,
    part: AttnPart,
    args: &[DeviceTensor],
    out: &DeviceTensor,
    (cu_q, cu_k): (&[i32], &[i32]),
    prefix: Option<&[i32]>,
) -> Result<(), KernelError> {
    let s = check(target, o.mask, part, args, out)?;
    if (o.mask == MaskKind::PrefixLm) != prefix.is_some() {
        return Err(bad(K, "prefix_lens are given exactly when the mask is prefix-LM"));
    }
    let seg = Segments::new(cu_q, cu_k, prefix, s.tq, s.tk)?;
    enqueue(client, target, o, part, args, out, s, &seg)
}

/// Each query's visible keys as `[first, end)` global key indices, `[Tq, 2]`.
fn query_ranges(g: &Geometry) -> Vec<i32> {
    let mut v = Vec::with_capacity(2 * g.seg.cu_q.last().copied().unwrap_or(0));
    for b in 0..g.seg.cu_q.len() - 1 {
        let k0 = g.seg.cu_k[b];
        for i in 0..g.seg.cu_q[b + 1] - g.seg.cu_q[b] {
            let r = g.keys_of(b, i);
            let hi = r.hi.max(r.lo);
            v.extend([(k0 + r.lo) as i32, (k0 + hi) as i32]);
        }
    }
    v
}

/// The queries that see each key as `[first, end)` global query indices, `[Tk, 2]`. Key
/// ranges are non-decreasing in the query index, so these queries are contiguous: those
/// whose range ends after the key, up to the first whose range starts after it.
fn key_runs(g: &Geometry) -> Vec<i32> {
    let mut v = Vec::with_capacity(2 * g.seg.cu_k.last().copied().unwrap_or(0));
    for b in 0..g.seg.cu_q.len() - 1 {
        let q0 = g.seg.cu_q[b];
        let ranges: Vec<KeyRange> = (0..g.seg.cu_q[b + 1] - q0).map(|i| g.keys_of(b, i)).collect();
        for j in 0..g.seg.cu_k[b + 1] - g.seg.cu_k[b] {
            let first = ranges.partition_point(|r| r.hi <= j);
            let end = ranges.partition_point(|r| r.lo <= j).max(first);
            v.extend([(q0 + first) as i32, (q0 + end) as i32]);
        }
    }
    v
}

/// Uploads `[first, end)` pairs as an array argument (one dummy pair when there are none:
/// wgpu cannot bind an empty buffer).
fn pairs<R: Runtime>(client: &ComputeClient<R>, mut v: Vec<i32>) -> ArrayArg<R> {
    if v.is_empty() {
        v = vec![0, 0];
    }
    let n = v.len();
    // SAFETY: the buffer was just uploaded with exactly `n` i32 values.
    unsafe { ArrayArg::from_raw_parts(upload(client, &TensorData::I32(v)), n) }
}

/// Launches the kernels of `part` for validated segments.
#[allow(clippy::too_many_arguments)]
fn enqueue<R: Runtime>(
    client: &ComputeClient<R>,
    target: &Target,
    o: &Options,
    part: AttnPart,
    args: &[DeviceTensor],
    out: &DeviceTensor,
    s: Sizes,
    seg: &Segments,
) -> Result<(), KernelError> {
    if out.numel() == 0 {
        return Ok(());
    }
    let scale = o.scale.unwrap_or(1.0 / (s.d as f64).sqrt()) as f32;
    let geometry = Geometry { hq: s.hq, hk: s.hk, d: s.d, scale, opts: o, seg };
    let block = s.d.next_power_of_two().clamp(32, MAX_HEAD_DIM);
    let call = Call { client, target, args, out, g: geometry, s, block };
    let saved = o.mask.forward_arity();
    match part {
        AttnPart::Out => call.forward(false),
        AttnPart::Lse => call.forward(true),
        AttnPart::Dq => call.dq(saved),
        AttnPart::Dkv => call.dkv(saved),
    }
    Ok(())
}

/// What every launch of one call needs.
struct Call<'a, R: Runtime> {
    client: &'a ComputeClient<R>,
    target: &'a Target,
    args: &'a [DeviceTensor],
    out: &'a DeviceTensor,
    g: Geometry<'a>,
    s: Sizes,
    /// The head dim rounded up to a power of two (at least 32): the padded head dim of the
    /// forward's and the gradients' tiles.
    block: usize,
}

impl<R: Runtime> Call<'_, R> {
    fn forward(&self, lse: bool) {
        let (q, k, v, out) = (&self.args[0], &self.args[1], &self.args[2], self.out);
        if self.block <= 64 && vec_forward() {
            let cubes = self.s.tq.div_ceil(VEC_TILE) * self.s.hq;
            forward_vec_kernel::launch::<R>(
                self.client,
                self.target.grid(cubes),
                CubeDim::new_1d((VEC_TILE * ROW_UNITS) as u32),
                q.arg(),
                k.arg(),
                v.arg(),
                pairs(self.client, query_ranges(&self.g)),
                out.arg(),
                self.g.scale,
                if lse { f32::NEG_INFINITY } else { 0.0 },
                cubes,
                lse,
                self.block,
                [q.dtype, k.dtype, out.dtype].map(storage_type),
            );
            return;
        }
        let (bq, bk) = forward_tile(self.block);
        let cubes = self.s.tq.div_ceil(bq) * self.s.hq;
        forward_kernel::launch::<R>(
            self.client,
            self.target.grid(cubes),
            CubeDim::new_1d((bq * ROW_UNITS) as u32),
            q.arg(),
            k.arg(),
            v.arg(),
            pairs(self.client, query_ranges(&self.g)),
            out.arg(),
            self.g.scale,
            if lse { f32::NEG_INFINITY } else { 0.0 },
            cubes,
            lse,
            self.block,
            bq,
            bk,
            [q.dtype, k.dtype, out.dtype].map(storage_type),
        );
    }

    /// Launches `delta_kernel` on `out` and `dout` (at `saved`, `saved + 1`) and returns its
    /// result, `[Hq, Tq]` f32.
    fn delta(&self, saved: usize) -> ArrayArg<R> {
        let (o, dout) = (&self.args[saved], &self.args[saved + 1]);
        let rows = self.s.tq * self.s.hq;
        let delta = self.client.empty(rows.max(1) * 4);
        // SAFETY (both): the buffer was just created with room for `rows.max(1)` f32 values.
        let arg = |h| unsafe { ArrayArg::from_raw_parts(h, rows.max(1)) };
        delta_kernel::launch::<R>(
            self.client,
            self.target.grid(rows.div_ceil(DELTA_CUBE as usize)),
            CubeDim::new_1d(DELTA_CUBE),
            o.arg(),
            dout.arg(),
            arg(delta.clone()),
            rows,
            storage_type(dout.dtype),
        );
        arg(delta)
    }

    /// The storage types of q, k, dout and the output (the gradients' `#[define]`s).
    fn grad_types(&self, saved: usize) -> [StorageType; 4] {
        let a = self.args;
        [a[0].dtype, a[1].dtype, a[saved + 1].dtype, self.out.dtype].map(storage_type)
    }

    fn dq(&self, saved: usize) {
        let a = self.args;
        let ((bq, bk), _) = grad_tiles(self.block);
        let cubes = self.s.tq.div_ceil(bq) * self.s.hq;
        dq_kernel::launch::<R>(
            self.client,
            self.target.grid(cubes),
            CubeDim::new_1d((bq * ROW_UNITS) as u32),
            a[0].arg(),
            a[1].arg(),
            a[2].arg(),
            a[saved + 1].arg(),
            a[saved + 2].arg(),
            self.delta(saved),
            pairs(self.client, query_ranges(&self.g)),
            self.out.arg(),
            self.g.scale,
            cubes,
            self.block,
            bq,
            bk,
            self.grad_types(saved),
        );
    }

    fn dkv(&self, saved: usize) {
        let a = self.args;
        let (_, (bk, bq)) = grad_tiles(self.block);
        let cubes = self.s.tk.div_ceil(bk) * self.s.hk;
        dkv_kernel::launch::<R>(
            self.client,
            self.target.grid(cubes),
            CubeDim::new_1d((bk * ROW_UNITS) as u32),
            a[0].arg(),
            a[1].arg(),
            a[2].arg(),
            a[saved + 1].arg(),
            a[saved + 2].arg(),
            self.delta(saved),
            pairs(self.client, query_ranges(&self.g)),
            pairs(self.client, key_runs(&self.g)),
            self.out.arg(),
            self.g.scale,
            cubes,
            self.block,
            bk,
            bq,
            self.grad_types(saved),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The gradient tiles of every padded head dim meet the kernels' assumptions: each staging
    /// loop divides evenly among the units, every unit scores at least one key (query) a
    /// chunk and owns whole dims, a cube has at most 256 units, and the shared memory fits
    /// lavapipe's 32 KiB.
    #[test]
    fn grad_tiles_fit_every_head_dim() {
        for dp in [32, 64, 128, MAX_HEAD_DIM] {
            let ((bq, bk), (kb, qb)) = grad_tiles(dp);
            assert_eq!(dp % ROW_UNITS, 0, "{dp}");
            for (rows, chunk, smem, name) in
                [(bq, bk, dq_smem(dp, bq, bk), "dq"), (kb, qb, dkv_smem(dp, kb, qb), "dkv")]
            {
                let units = rows * ROW_UNITS;
                assert!(units <= 256, "{name} {dp}: {units} units");
                assert!(chunk >= ROW_UNITS && chunk % ROW_UNITS == 0, "{name} {dp}: chunk {chunk}");
                assert_eq!((chunk * dp) % units, 0, "{name} {dp}: chunk staging");
                assert!(smem * 4 <= 32 * 1024, "{name} {dp}: {smem} f32 of shared memory");
            }
        }
    }
}
