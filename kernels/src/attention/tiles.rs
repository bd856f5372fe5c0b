//! The tiled CPU implementation of packed attention, FlashAttention-2 style: the forward
//! (output and log-sum-exp), `dq`, and `dk`/`dv`, each over tiles of at most `BQ × BK`
//! whose score block is computed with `gemm` and consumed at once. The `Tq × Tk` score matrix never
//! exists, and only key tiles that intersect a query block's visible range are visited, so
//! the work follows the visible query-key pairs (plus at most one partly masked tile per
//! block edge), never `T²`.
//!
//! Every mask this crate knows gives each query a *contiguous* visible key range
//! ([`KeyRange`]), non-decreasing in the query index; tiles are masked only where they
//! cross a range boundary.

use rayon::prelude::*;

use super::{Options, Segments};
use std::cell::RefCell;

use crate::math::{dot, exp_f32, exp_shift_sum, softmax_step};
use packfuse_ir::MaskKind;

/// Most query rows per tile. A range longer than this is cut into equal tiles, so a
/// 196-token image is one tile, not three full ones and a 4-row remainder: `gemm` runs far
/// below its peak on slivers, and each extra key tile costs a rescale of the accumulator.
const BQ: usize = 256;
/// Most keys per tile (a `BQ × BK` score tile is 256 KiB, well inside a core's L2).
const BK: usize = 256;

thread_local! {
    /// Each worker's score tile for the forward, kept across calls: a fresh 256×256 tile is
    /// past glibc's mmap threshold, and mapping and faulting it in for every tile cost more
    /// than the softmax.
    static SCORES: RefCell<Vec<f32>> = const { RefCell::new(Vec::new()) };
}

/// `lo..hi` cut into the fewest tiles of at most `max`, of near-equal length: `(start, end)`.
fn tiles(lo: usize, hi: usize, max: usize) -> impl Iterator<Item = (usize, usize)> {
    let len = hi.saturating_sub(lo);
    let n = len.div_ceil(max).max(1);
    (0..n).map(move |t| (lo + t * len / n, lo + (t + 1) * len / n)).filter(|(a, b)| a < b)
}

/// The geometry of one attention call.
pub struct Geometry<'a> {
    /// Query heads.
    pub hq: usize,
    /// Key/value heads.
    pub hk: usize,
    /// Head dim.
    pub d: usize,
    /// Softmax scale.
    pub scale: f32,
    /// Mask options.
    pub opts: &'a Options,
    /// Validated segments.
    pub seg: &'a Segments,
}

/// The keys `lo..hi` (local to the segment) a local query sees.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KeyRange {
    /// First visible key.
    pub lo: usize,
    /// One past the last visible key.
    pub hi: usize,
}

impl Geometry<'_> {
    /// The visible key range of local query `i` in segment `b` (empty: `lo >= hi`).
    pub fn keys_of(&self, b: usize, i: usize) -> KeyRange {
        let s = self.seg;
        let (lq, lk) = (s.cu_q[b + 1] - s.cu_q[b], s.cu_k[b + 1] - s.cu_k[b]);
        let diag = (i + lk) as isize - lq as isize; // the last key seen causally
        let causal_hi = (diag + 1).clamp(0, lk as isize) as usize;
        let hi = match self.opts.mask {
            MaskKind::Full => lk,
            MaskKind::Causal => causal_hi,
            MaskKind::PrefixLm => causal_hi.max(s.prefix[b].min(lk)),
        };
        let lo = self.opts.window.map_or(0, |w| (diag - w as isize + 1).clamp(0, lk as isize));
        KeyRange { lo: lo as usize, hi }
    }

    /// The union of the key ranges of local queries `i0..i1` (ranges are monotone in `i`).
    fn keys_of_block(&self, b: usize, i0: usize, i1: usize) -> KeyRange {
        let (first, last) = (self.keys_of(b, i0), self.keys_of(b, i1 - 1));
        KeyRange { lo: first.lo, hi: last.hi }
    }

    fn lq(&self, b: usize) -> usize {
        self.seg.cu_q[b + 1] - self.seg.cu_q[b]
    }

    fn lk(&self, b: usize) -> usize {
        self.seg.cu_k[b + 1] - self.seg.cu_k[b]
    }

    fn segments(&self) -> usize {
        self.seg.cu_q.len() - 1
    }

    /// Row stride of `q`-shaped tensors.
    fn q_rs(&self) -> usize {
        self.hq * self.d
    }

    /// Row stride of `k`-shaped tensors.
    fn k_rs(&self) -> usize {
        self.hk * self.d
    }
}

/// A strided read-only matrix inside a slice: element `(r, c)` is at `off + r·rs + c·cs`.
#[derive(Clone, Copy)]
struct MatRef<'a> {
    data: &'a [f32],
    off: usize,
    rs: usize,
    cs: usize,
}

impl<'a> MatRef<'a> {
    fn new(data: &'a [f32], off: usize, rs: usize, cs: usize) -> Self {
        MatRef { data, off, rs, cs }
    }

    /// Asserts every element of an `rows × cols` window is inside the slice.
    fn check(&self, rows: usize, cols: usize) {
        if rows > 0 && cols > 0 {
            let last = self.off + (rows - 1) * self.rs + (cols - 1) * self.cs;
            assert!(last < self.data.len(), "attention tile out of bounds");
        }
    }
}

/// `dst[m×n] = (acc ? dst : 0) + beta · a[m×k] · b[k×n]`, `dst` dense row-major with row
/// stride `n`, single-threaded (the callers parallelise over tiles).
#[allow(clippy::too_many_arguments)] // a BLAS-style call
fn mm(dst: &mut [f32], m: usize, n: usize, k: usize, a: MatRef, b: MatRef, beta: f32, acc: bool) {
    assert!(dst.len() >= m * n, "attention tile out of bounds");
    a.check(m, k);
    b.check(k, n);
    if m == 0 || n == 0 {
        return;
    }
    if k == 0 {
        if !acc {
            dst[..m * n].fill(0.0);
        }
        return;
    }
    // SAFETY: the checks above bound every element the strides address in all three
    // operands; `dst` does not alias `a` or `b` (distinct borrows).
    unsafe {
        gemm::gemm(
            m,
            n,
            k,
            dst.as_mut_ptr(),
            1,
            n as isize,
            acc,
            a.data.as_ptr().add(a.off),
            a.cs as isize,
            a.rs as isize,
            b.data.as_ptr().add(b.off),
            b.cs as isize,
            b.rs as isize,
            1.0,
            beta,
            false,
            false,
            false,
            gemm::Parallelism::None,
        )
    }
}

/// One forward work item's results, for its block of query rows of one head.
struct FwdTile {
    out: Vec<f32>,
    lse: Vec<f32>,
}

/// Query blocks `(segment, head, i0, i1)` of every (segment, head); balancing is left to
/// rayon's stealing.
fn query_blocks(g: &Geometry) -> Vec<(usize, usize, usize, usize)> {
    let mut items = Vec::new();
    for b in 0..g.segments() {
        for h in 0..g.hq {
            for (i0, i1) in tiles(0, g.lq(b), BQ) {
                items.push((b, h, i0, i1));
            }
        }
    }
    items
}

/// The forward pass: attention output `[Tq, Hq, D]` (into `out` when given) and the
/// log-sum-exp `[Hq, Tq]` (into `lse` when given). Each query block writes its own rows
/// of both from the worker that computed it: no buffer of tiles, no serial copy.
pub fn forward(
    g: &Geometry,
    q: &[f32],
    k: &[f32],
    v: &[f32],
    out: Option<&mut [f32]>,
    lse: Option<&mut [f32]>,
) {
    let d = g.d;
    let tq = g.seg.cu_q[g.segments()];
    let out = out.map(|o| Disjoint::new(o, tq * g.hq * d));
    let lse = lse.map(|l| Disjoint::new(l, g.hq * tq));
    query_blocks(g).into_par_iter().for_each(|(b, h, i0, i1)| {
        let t = forward_tile(g, q, k, v, b, h, (i0, i1), out.is_some());
        let q0 = g.seg.cu_q[b];
        for (r, &l) in t.lse.iter().enumerate() {
            let row = q0 + i0 + r;
            // SAFETY (both writes): query blocks partition the (row, head) pairs of every
            // segment ([`query_blocks`]), so no two tiles write the same element, and
            // nothing reads `out` or `lse` until every tile is done.
            if let Some(lse) = &lse {
                unsafe { lse.write(h * tq + row, &[l]) };
            }
            if let Some(out) = &out {
                unsafe { out.write((row * g.hq + h) * d, &t.out[r * d..(r + 1) * d]) };
            }
        }
    });
}

/// An output slice that parallel tiles write disjoint parts of (the forward's `out` and
/// `lse`, `dq`, `dkv`), each from the worker that computed them.
struct Disjoint {
    ptr: *mut f32,
    len: usize,
}

// SAFETY: a `Disjoint` is only written through `write`, whose callers guarantee that no two
// threads write the same element and that no one reads the slice meanwhile.
unsafe impl Send for Disjoint {}
unsafe impl Sync for Disjoint {}

impl Disjoint {
    /// The first `len` elements of `s` (asserted to be there).
    fn new(s: &mut [f32], len: usize) -> Disjoint {
        assert!(s.len() >= len, "attention output of {} elements, {len} needed", s.len());
        Disjoint { ptr: s.as_mut_ptr(), len }
    }

    /// Copies `src` to elements `at..at + src.len()` (bounds asserted).
    ///
    /// # Safety
    /// No other thread writes or reads those elements while this runs.
    unsafe fn write(&self, at: usize, src: &[f32]) {
        assert!(at + src.len() <= self.len, "attention tile out of bounds");
        // SAFETY: in bounds (asserted); exclusive access to the range (the caller's promise).
        unsafe { std::ptr::copy_nonoverlapping(src.as_ptr(), self.ptr.add(at), src.len()) }
    }
}

/// Online softmax of one block of query rows against its visible key tiles.
#[allow(clippy::too_many_arguments)]
fn forward_tile(
    g: &Geometry,
    q: &[f32],
    k: &[f32],
    v: &[f32],
    b: usize,
    h: usize,
    (i0, i1): (usize, usize),
    want_out: bool,
) -> FwdTile {
    let d = g.d;
    let rows = i1 - i0;
    let (q0, k0) = (g.seg.cu_q[b], g.seg.cu_k[b]);
    let kh = h / (g.hq / g.hk);
    let qm = MatRef::new(q, ((q0 + i0) * g.hq + h) * d, g.q_rs(), 1);
    let ranges: Vec<KeyRange> = (i0..i1).map(|i| g.keys_of(b, i)).collect();
    let span = g.keys_of_block(b, i0, i1);
    let mut acc = vec![0f32; if want_out { rows * d } else { 0 }];
    let (mut m, mut l) = (vec![f32::NEG_INFINITY; rows], vec![0f32; rows]);
    let need = rows * BK.min(span.hi.saturating_sub(span.lo));
    SCORES.with_borrow_mut(|s| {
        // Every element a tile reads is first written by its `mm` (no accumulate), so the
        // scratch is grown but never cleared.
        if s.len() < need {
            s.resize(need, 0.0);
        }
        for (j0, j1) in tiles(span.lo, span.hi, BK) {
            let kn = j1 - j0;
            let base = ((k0 + j0) * g.hk + kh) * d;
            // S = scale · Q Kᵀ
            let kt = MatRef::new(k, base, 1, g.k_rs());
            mm(s, rows, kn, d, qm, kt, g.scale, false);
            for (r, range) in ranges.iter().enumerate() {
                let row = &mut s[r * kn..(r + 1) * kn];
                let (lo, hi) = (range.lo.max(j0), range.hi.min(j0 + kn));
                if lo >= hi {
                    row.fill(0.0);
                    continue;
                }
                let (lo, hi) = (lo - j0, hi - j0);
                let (m_new, sum) = softmax_step(&mut row[lo..hi], m[r]);
                let corr = exp_f32(m[r] - m_new);
                row[..lo].fill(0.0);
                row[hi..].fill(0.0);
                l[r] = l[r] * corr + sum;
                m[r] = m_new;
                if want_out && corr != 1.0 {
                    acc[r * d..(r + 1) * d].iter_mut().for_each(|x| *x *= corr);
                }
            }
            if want_out {
                // O += P V
                let pm = MatRef::new(s, 0, kn, 1);
                let vm = MatRef::new(v, base, g.k_rs(), 1);
                mm(&mut acc, rows, d, kn, pm, vm, 1.0, true);
            }
        }
    });
    let lse = m
        .iter()
        .zip(&l)
        .map(|(&m, &l)| if l > 0.0 { m + l.ln() } else { f32::NEG_INFINITY })
        .collect();
    if want_out {
        for (r, &l) in l.iter().enumerate() {
            let inv = if l > 0.0 { 1.0 / l } else { 0.0 };
            acc[r * d..(r + 1) * d].iter_mut().for_each(|x| *x *= inv);
        }
    }
    FwdTile { out: acc, lse }
}

/// The tensors the backward reads besides `q, k, v`.
pub struct Saved<'a> {
    /// The forward output `[Tq, Hq, D]`.
    pub out: &'a [f32],
    /// The output gradient `[Tq, Hq, D]`.
    pub dout: &'a [f32],
    /// The forward log-sum-exp `[Hq, Tq]`.
    pub lse: &'a [f32],
}

/// `Dᵢ = doutᵢ · outᵢ` for every query row, laid out `[Hq, Tq]` like `lse`.
fn row_dots(g: &Geometry, saved: &Saved) -> Vec<f32> {
    let tq = g.seg.cu_q[g.segments()];
    let d = g.d;
    (0..g.hq * tq)
        .into_par_iter()
        .map(|x| {
            let (h, t) = (x / tq, x % tq);
            let o = (t * g.hq + h) * d;
            dot(&saved.dout[o..o + d], &saved.out[o..o + d])
        })
        .collect()
}

/// `P = exp(S − lse)` on the visible part of each row of an `rows × kn` score tile whose
/// first key is `j0`, zero elsewhere; `ranges[r]` and `lse[r]` belong to row `r`.
fn probabilities(s: &mut [f32], kn: usize, j0: usize, ranges: &[KeyRange], lse: &[f32]) {
    for (r, range) in ranges.iter().enumerate() {
        let row = &mut s[r * kn..(r + 1) * kn];
        let (lo, hi) = (range.lo.max(j0), range.hi.min(j0 + kn));
        if lo >= hi || lse[r] == f32::NEG_INFINITY {
            row.fill(0.0);
            continue;
        }
        let (lo, hi) = (lo - j0, hi - j0);
        exp_shift_sum(&mut row[lo..hi], lse[r]);
        row[..lo].fill(0.0);
        row[hi..].fill(0.0);
    }
}

/// `dS = P ∘ (dP − D)`, in place in `dp`.
fn score_grads(dp: &mut [f32], p: &[f32], kn: usize, dvec: &[f32]) {
    for (r, &dr) in dvec.iter().enumerate() {
        let (dpr, pr) = (&mut dp[r * kn..(r + 1) * kn], &p[r * kn..(r + 1) * kn]);
        for (x, &pj) in dpr.iter_mut().zip(pr) {
            *x = pj * (*x - dr);
        }
    }
}

/// `∂L/∂q`, `[Tq, Hq, D]`, into `dq`.
pub fn backward_dq(g: &Geometry, q: &[f32], k: &[f32], v: &[f32], saved: &Saved, dq: &mut [f32]) {
    let d = g.d;
    let tq = g.seg.cu_q[g.segments()];
    let dvec = row_dots(g, saved);
    let dq = Disjoint::new(dq, tq * g.hq * d);
    query_blocks(g).into_par_iter().for_each(|(b, h, i0, i1)| {
        let rows = i1 - i0;
        let (q0, k0) = (g.seg.cu_q[b], g.seg.cu_k[b]);
        let kh = h / (g.hq / g.hk);
        let qoff = ((q0 + i0) * g.hq + h) * d;
        let qm = MatRef::new(q, qoff, g.q_rs(), 1);
        let dom = MatRef::new(saved.dout, qoff, g.q_rs(), 1);
        let ranges: Vec<KeyRange> = (i0..i1).map(|i| g.keys_of(b, i)).collect();
        let lse = &saved.lse[h * tq + q0 + i0..h * tq + q0 + i1];
        let dv = &dvec[h * tq + q0 + i0..h * tq + q0 + i1];
        let span = g.keys_of_block(b, i0, i1);
        let mut acc = vec![0f32; rows * d];
        let kmax = BK.min(span.hi.saturating_sub(span.lo));
        let (mut s, mut dp) = (vec![0f32; rows * kmax], vec![0f32; rows * kmax]);
        for (j0, j1) in tiles(span.lo, span.hi, BK) {
            let kn = j1 - j0;
            let base = ((k0 + j0) * g.hk + kh) * d;
            mm(&mut s, rows, kn, d, qm, MatRef::new(k, base, 1, g.k_rs()), g.scale, false);
            probabilities(&mut s, kn, j0, &ranges, lse);
            mm(&mut dp, rows, kn, d, dom, MatRef::new(v, base, 1, g.k_rs()), 1.0, false);
            score_grads(&mut dp, &s, kn, dv);
            // dQ += scale · dS K
            let km = MatRef::new(k, base, g.k_rs(), 1);
            mm(&mut acc, rows, d, kn, MatRef::new(&dp, 0, kn, 1), km, g.scale, true);
        }
        for (r, src) in acc.chunks_exact(d.max(1)).enumerate() {
            // SAFETY: query blocks partition the (row, head) pairs, as in [`forward`].
            unsafe { dq.write(((q0 + i0 + r) * g.hq + h) * d, src) };
        }
    });
}

/// `∂L/∂k` and `∂L/∂v` stacked, `[2, Tk, Hk, D]`, into `dkv`.
pub fn backward_dkv(g: &Geometry, q: &[f32], k: &[f32], v: &[f32], saved: &Saved, dkv: &mut [f32]) {
    let d = g.d;
    let tq = g.seg.cu_q[g.segments()];
    let tk = g.seg.cu_k[g.segments()];
    let group = g.hq / g.hk;
    let dvec = row_dots(g, saved);
    let mut items = Vec::new();
    for b in 0..g.segments() {
        for kh in 0..g.hk {
            for (j0, j1) in tiles(0, g.lk(b), BK) {
                items.push((b, kh, j0, j1));
            }
        }
    }
    let dkv = Disjoint::new(dkv, 2 * tk * g.hk * d);
    items.into_par_iter().for_each(|(b, kh, j0, j1)| {
        let kn = j1 - j0;
        let (q0, k0) = (g.seg.cu_q[b], g.seg.cu_k[b]);
        let base = ((k0 + j0) * g.hk + kh) * d;
        // The queries that see any key of j0..j1: a contiguous run, as ranges are
        // monotone in the query index.
        let ranges: Vec<KeyRange> = (0..g.lq(b)).map(|i| g.keys_of(b, i)).collect();
        let sees = |r: &KeyRange| r.lo < r.hi && r.lo < j1 && r.hi > j0;
        let first = ranges.iter().position(sees);
        let last = ranges.iter().rposition(sees);
        let (mut dk, mut dvv) = (vec![0f32; kn * d], vec![0f32; kn * d]);
        // Keys `j0..j1` of kv head `kh` into both parts (zeros where no query sees them).
        let store = |dk: &[f32], dv: &[f32]| {
            for (part, src) in [dk, dv].into_iter().enumerate() {
                for (r, row) in src.chunks_exact(d.max(1)).enumerate() {
                    let at = ((part * tk + k0 + j0 + r) * g.hk + kh) * d;
                    // SAFETY: key blocks partition the (key, kv head) pairs of every
                    // segment, so no two items write the same rows of either part.
                    unsafe { dkv.write(at, row) };
                }
            }
        };
        let (Some(first), Some(last)) = (first, last) else {
            return store(&dk, &dvv);
        };
        let qmax = BQ.min(last + 1 - first);
        let (mut s, mut dp) = (vec![0f32; qmax * kn], vec![0f32; qmax * kn]);
        for h in kh * group..(kh + 1) * group {
            for (i0, i1) in tiles(first, last + 1, BQ) {
                let rows = i1 - i0;
                let qoff = ((q0 + i0) * g.hq + h) * d;
                let qm = MatRef::new(q, qoff, g.q_rs(), 1);
                let dom = MatRef::new(saved.dout, qoff, g.q_rs(), 1);
                let lse = &saved.lse[h * tq + q0 + i0..h * tq + q0 + i1];
                let dv = &dvec[h * tq + q0 + i0..h * tq + q0 + i1];
                let kt = MatRef::new(k, base, 1, g.k_rs());
                mm(&mut s, rows, kn, d, qm, kt, g.scale, false);
                probabilities(&mut s, kn, j0, &ranges[i0..i1], lse);
                // dV += Pᵀ dO
                mm(&mut dvv, kn, d, rows, MatRef::new(&s, 0, 1, kn), dom, 1.0, true);
                let vt = MatRef::new(v, base, 1, g.k_rs());
                mm(&mut dp, rows, kn, d, dom, vt, 1.0, false);
                score_grads(&mut dp, &s, kn, dv);
                // dK += scale · dSᵀ Q
                mm(&mut dk, kn, d, rows, MatRef::new(&dp, 0, 1, kn), qm, g.scale, true);
            }
        }
        store(&dk, &dvv);
    });
}

#[cfg(test)]
mod tests {
    use super::tiles;

    #[test]
    fn tiles_cover_the_range_in_near_equal_parts_of_at_most_max() {
        for (lo, hi, max) in [(0, 196, 256), (0, 257, 256), (5, 1000, 64), (3, 3, 8), (0, 1, 1)] {
            let t: Vec<_> = tiles(lo, hi, max).collect();
            assert_eq!(t.len(), (hi - lo).div_ceil(max), "{lo}..{hi} by {max}");
            let mut at = lo;
            for &(a, b) in &t {
                assert_eq!(a, at);
                assert!(b > a && b - a <= max);
                at = b;
            }
            assert_eq!(at, hi.max(lo));
            let lens: Vec<usize> = t.iter().map(|(a, b)| b - a).collect();
            if let (Some(mn), Some(mx)) = (lens.iter().min(), lens.iter().max()) {
                assert!(mx - mn <= 1, "{lens:?}");
            }
        }
        assert_eq!(tiles(0, 196, 256).collect::<Vec<_>>(), vec![(0, 196)]);
    }
}
