//! The tiled CPU sweep of the sigmoid loss. Each `SB × SB` tile of logits is computed with
//! `gemm` (`t · x̂_blk · ŷ_blkᵀ`) into a buffer private to the worker and consumed at once:
//! summed into the loss and the scalar gradients, turned into the gradient tile `G` in
//! place, and multiplied into the `dx` and `dy` blocks it touches (see [`sweep`] for the
//! schedule that gives every gradient block one writer at a time). The `N × M` matrix never
//! exists; the extra memory is one tile per worker.
//!
//! Reductions are two-stage: a tile row is summed in f32 over eight lanes (at most `SB`
//! terms), the positive pair, row sums and tile sums in f64.

use rayon::prelude::*;

use crate::math::exp_f32;

/// One sigmoid-loss problem: `l_ij = t·x̂_i·ŷ_j + b`, `z_ij = +1` where `j = i + k`.
pub struct Problem<'a> {
    /// `x̂` (normalised if asked), `[n, d]` row-major.
    pub x: &'a [f32],
    /// `ŷ`, `[m, d]` row-major.
    pub y: &'a [f32],
    /// Rows of `x`.
    pub n: usize,
    /// Rows of `y`.
    pub m: usize,
    /// Embedding dim.
    pub d: usize,
    /// `e^t'`.
    pub t: f32,
    /// The bias.
    pub b: f32,
    /// The positive offset `k` (`None`: no positive pair).
    pub positives: Option<i64>,
}

impl Problem<'_> {
    /// The column within a tile starting at `j0` (of `bn` columns) of row `i`'s positive
    /// pair, if it falls in the tile.
    #[inline]
    fn positive_in(&self, i: usize, j0: usize, bn: usize) -> Option<usize> {
        let c = i as i64 + self.positives? - j0 as i64;
        (0..bn as i64).contains(&c).then_some(c as usize)
    }

    /// The tile `t · x̂[i0..i0+bm] · ŷ[j0..j0+bn]ᵀ` (without `b`) into `tile` (row stride
    /// `bn`).
    fn logits(&self, tile: &mut [f32], i0: usize, bm: usize, j0: usize, bn: usize) {
        let d = self.d;
        let a = &self.x[i0 * d..(i0 + bm) * d];
        let b = &self.y[j0 * d..(j0 + bn) * d];
        // ŷ rows as columns: element (k, j) of the right operand is b[j·d + k].
        mm(tile, bm, bn, d, (a, d, 1), (b, 1, d), self.t, false);
    }
}

/// Rows of `x̂` and of `ŷ` per block of [`sweep`]: one `SB × SB` logit tile per visit.
const SB: usize = 256;

/// What [`sweep`] sums besides the row gradients: `Σ logσ(z·l)` (not yet scaled by
/// `−1/denom`) and the scalar gradients `(Σ G (l − b), Σ G)`.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Sums {
    /// `Σ_ij logσ(z_ij l_ij)`.
    pub loss: f64,
    /// `Σ_ij G_ij (l_ij − b)`, i.e. `∂L/∂t'` times `dloss`.
    pub dt: f64,
    /// `Σ_ij G_ij`, i.e. `∂L/∂b` times `dloss`.
    pub db: f64,
}

impl std::ops::AddAssign for Sums {
    fn add_assign(&mut self, o: Sums) {
        self.loss += o.loss;
        self.dt += o.dt;
        self.db += o.db;
    }
}

/// The loss and every gradient in one sweep over the logit tiles: each `SB × SB` tile is
/// computed once (`gemm`), consumed into the loss and scalar sums and turned into `G` in
/// place, then `dx̂_blk += t·G·ŷ_blk` and `dŷ_blk += t·Gᵀ·x̂_blk` (into `dx`, `dy` when
/// given, `[n, d]` and `[m, d]` row-major, overwritten). Three `N·M·D` products in all, the
/// count of the materialised computation.
///
/// Schedule: rounds over a Latin square of (row block, column block) pairs. In round `r`,
/// row block `i` meets column block `(i + r) mod P` (`P` = the larger block count), so no
/// two pairs of a round share a row block or a column block: each `dx` and `dy` block has
/// one writer per round and no reduction buffer is needed (the extra memory stays one tile
/// per worker). The pairs of a round run in parallel; sums are added in a fixed order, so
/// the result does not depend on scheduling.
pub fn sweep(p: &Problem, scale: f32, dx: Option<&mut [f32]>, dy: Option<&mut [f32]>) -> Sums {
    let d = p.d;
    let (rows, cols) = (p.n.div_ceil(SB), p.m.div_ceil(SB));
    let mut dx_blocks = blocks(dx, p.n * d, SB * d, rows);
    let mut dy_blocks = blocks(dy, p.m * d, SB * d, cols);
    let period = rows.max(cols);
    let mut total = Sums::default();
    for r in 0..period {
        let mut dys: Vec<Option<&mut [f32]>> =
            dy_blocks.iter_mut().map(|b| b.as_deref_mut()).collect();
        let work: Vec<_> = dx_blocks
            .iter_mut()
            .enumerate()
            .filter_map(|(i, dxb)| {
                let j = (i + r) % period;
                (j < cols).then(|| (i, j, dxb.as_deref_mut(), dys[j].take()))
            })
            .collect();
        let sums: Vec<Sums> = work
            .into_par_iter()
            .map(|(i, j, dxb, dyb)| p.visit(i * SB, j * SB, scale, dxb, dyb))
            .collect();
        sums.into_iter().for_each(|s| total += s);
    }
    total
}

/// `g` (zeroed, of `len` floats) cut into `count` blocks of `block` floats; `count` times
/// `None` when absent or empty.
fn blocks(
    g: Option<&mut [f32]>,
    len: usize,
    block: usize,
    count: usize,
) -> Vec<Option<&mut [f32]>> {
    match g {
        Some(g) if len > 0 => {
            assert_eq!(g.len(), len, "row gradient size");
            g.fill(0.0);
            g.chunks_mut(block).map(Some).collect()
        }
        _ => (0..count).map(|_| None).collect(),
    }
}

impl Problem<'_> {
    /// One visit of [`sweep`]: the tile of rows `i0..` and columns `j0..` (up to `SB` each).
    fn visit(
        &self,
        i0: usize,
        j0: usize,
        scale: f32,
        dx: Option<&mut [f32]>,
        dy: Option<&mut [f32]>,
    ) -> Sums {
        let (d, bm, bn) = (self.d, SB.min(self.n - i0), SB.min(self.m - j0));
        let mut tile = vec![0f32; bm * bn];
        self.logits(&mut tile, i0, bm, j0, bn);
        let mut sums = Sums::default();
        for (r, row) in tile.chunks_exact_mut(bn).enumerate() {
            let mut acc = [0f32; 3];
            let (b, s) = (self.b, scale);
            match self.positive_in(i0 + r, j0, bn) {
                None => negatives(row, b, s, &mut acc),
                Some(c) => {
                    let (before, rest) = row.split_at_mut(c);
                    negatives(before, b, s, &mut acc);
                    negatives(&mut rest[1..], b, s, &mut acc);
                    let tl = rest[0];
                    let (ls, g) = element(1.0, tl + b, s);
                    // The positive term is added in f64: it can dwarf the row's negatives.
                    sums += Sums { loss: ls as f64, dt: (g * tl) as f64, db: g as f64 };
                    rest[0] = g;
                }
            }
            sums += Sums { loss: acc[0] as f64, dt: acc[1] as f64, db: acc[2] as f64 };
        }
        if let Some(dx) = dx {
            let y = &self.y[j0 * d..(j0 + bn) * d];
            mm(dx, bm, d, bn, (&tile, bn, 1), (y, d, 1), self.t, true);
        }
        if let Some(dy) = dy {
            let x = &self.x[i0 * d..(i0 + bm) * d];
            mm(dy, bn, d, bm, (&tile, 1, bn), (x, d, 1), self.t, true);
        }
        sums
    }
}

/// Negative pairs (`z = −1`) of a tile row holding `l − b`: adds `logσ(−l)`, `G·(l − b)`
/// and `G` into `acc` and leaves `G` in place. Eight independent lanes, so the loop
/// vectorises (one running sum would be a serial dependency chain).
#[inline(always)]
fn negatives(row: &mut [f32], b: f32, scale: f32, acc: &mut [f32; 3]) {
    let mut lanes = [[0f32; 8]; 3];
    let mut chunks = row.chunks_exact_mut(8);
    for c in &mut chunks {
        for k in 0..8 {
            let tl = c[k];
            let (ls, g) = element(-1.0, tl + b, scale);
            lanes[0][k] += ls;
            lanes[1][k] += g * tl;
            lanes[2][k] += g;
            c[k] = g;
        }
    }
    for v in chunks.into_remainder() {
        let tl = *v;
        let (ls, g) = element(-1.0, tl + b, scale);
        acc[0] += ls;
        acc[1] += g * tl;
        acc[2] += g;
        *v = g;
    }
    for (a, l) in acc.iter_mut().zip(&lanes) {
        *a += l.iter().sum::<f32>();
    }
}

/// `(logσ(z·l), −scale·z·σ(−z·l))` from one exponential `e = e^{−|l|}`:
/// `logσ(z·l) = min(z·l, 0) − log1p(e)`, and `σ(−z·l)` is `1/(1 + e)` or `e/(1 + e)` by
/// the sign of `z·l`. Branch-free (the selects become blends).
#[inline(always)]
fn element(z: f32, l: f32, scale: f32) -> (f32, f32) {
    let s = z * l;
    let e = exp_f32(-l.abs());
    let inv = 1.0 / (1.0 + e);
    let sig = if s >= 0.0 { e * inv } else { inv };
    (s.min(0.0) - log1p_unit(e), -scale * z * sig)
}

/// `log(1 + u)` for `u ∈ [0, 1]` without a library call (so it vectorises):
/// `2·atanh(w)`, `w = u/(2 + u) ≤ 1/3`, by its series to `w¹⁵` (truncation below
/// `2·3⁻¹⁷/17 < 1e-9`, under an f32 ulp of the result).
#[inline(always)]
fn log1p_unit(u: f32) -> f32 {
    let w = u / (2.0 + u);
    let w2 = w * w;
    let p = 1.0 / 15.0;
    let p = 1.0 / 13.0 + w2 * p;
    let p = 1.0 / 11.0 + w2 * p;
    let p = 1.0 / 9.0 + w2 * p;
    let p = 1.0 / 7.0 + w2 * p;
    let p = 1.0 / 5.0 + w2 * p;
    let p = 1.0 / 3.0 + w2 * p;
    2.0 * w * (1.0 + w2 * p)
}

/// A strided operand: `(data, row stride, column stride)`.
type Operand<'a> = (&'a [f32], usize, usize);

/// `dst[m×n] = (acc ? dst : 0) + beta · a[m×k] · b[k×n]`, `dst` dense with row stride `n`,
/// single-threaded (the sweep parallelises over tiles). The same BLAS-style call as
/// attention's tiles.
#[allow(clippy::too_many_arguments)]
fn mm(dst: &mut [f32], m: usize, n: usize, k: usize, a: Operand, b: Operand, beta: f32, acc: bool) {
    let in_bounds = |(data, rs, cs): Operand, rows: usize, cols: usize| {
        rows == 0 || cols == 0 || (rows - 1) * rs + (cols - 1) * cs < data.len()
    };
    assert!(dst.len() >= m * n && in_bounds(a, m, k) && in_bounds(b, k, n), "tile out of bounds");
    if m == 0 || n == 0 {
        return;
    }
    if k == 0 {
        if !acc {
            dst[..m * n].fill(0.0);
        }
        return;
    }
    // SAFETY: the assertion bounds every element the strides address in all three operands;
    // `dst` does not alias `a` or `b` (distinct borrows).
    unsafe {
        gemm::gemm(
            m,
            n,
            k,
            dst.as_mut_ptr(),
            1,
            n as isize,
            acc,
            a.0.as_ptr(),
            a.2 as isize,
            a.1 as isize,
            b.0.as_ptr(),
            b.2 as isize,
            b.1 as isize,
            1.0,
            beta,
            false,
            false,
            false,
            gemm::Parallelism::None,
        )
    }
}
