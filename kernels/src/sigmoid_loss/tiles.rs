//! The tiled CPU loops of the sigmoid loss. Each `BM × BN` tile of logits is computed with
//! `gemm` (`t · x̂_blk · ŷ_tileᵀ`) into a buffer private to the worker and consumed at once:
//! summed into the loss, turned into the gradient tile `G`, or summed into the scalar
//! gradients. The `N × M` matrix never exists; the extra memory is one tile (and one `BM × D`
//! gradient block) per worker.
//!
//! Work is split over row blocks of `x̂`; no two workers write the same memory, so the
//! results do not depend on scheduling. `dy` is the row gradient of the transposed problem
//! (`y` against `x`, positives at `i = j + k`), so it needs no reduction across workers.
//!
//! Reductions are two-stage: a tile row is summed in f32 (at most `BN` terms), row sums
//! and block sums in f64.

use rayon::prelude::*;

use crate::math::exp_f32;

/// Rows of `x̂` per tile (and per work item).
const BM: usize = 64;
/// Columns (rows of `ŷ`) per tile.
const BN: usize = 256;

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

    /// Calls `neg` on every element of a tile row but the positive one, which goes to `pos`:
    /// the inner loop has no branch, so it vectorises.
    #[inline(always)]
    fn split_row<T>(
        &self,
        row: &mut [T],
        i: usize,
        j0: usize,
        mut neg: impl FnMut(&mut T),
        pos: impl FnOnce(&mut T),
    ) {
        match self.positive_in(i, j0, row.len()) {
            None => row.iter_mut().for_each(neg),
            Some(c) => {
                let (before, rest) = row.split_at_mut(c);
                before.iter_mut().for_each(&mut neg);
                rest[1..].iter_mut().for_each(&mut neg);
                pos(&mut rest[0]);
            }
        }
    }

    /// The same problem with `x` and `y` swapped: its row gradient is `dy`.
    pub fn transposed(&self) -> Problem<'_> {
        Problem {
            x: self.y,
            y: self.x,
            n: self.m,
            m: self.n,
            positives: self.positives.map(|k| -k),
            ..*self
        }
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

    /// Row blocks of `x̂`: `(first row, rows)`.
    fn row_blocks(&self) -> Vec<(usize, usize)> {
        (0..self.n).step_by(BM).map(|i0| (i0, BM.min(self.n - i0))).collect()
    }

    /// Column tiles of `ŷ`.
    fn col_tiles(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        (0..self.m).step_by(BN).map(|j0| (j0, BN.min(self.m - j0)))
    }
}

/// `Σ_ij logσ(z_ij l_ij)` (not yet scaled by `−1/denom`).
pub fn loss_sum(p: &Problem) -> f64 {
    let blocks: Vec<f64> = p
        .row_blocks()
        .into_par_iter()
        .map(|(i0, bm)| {
            let mut tile = vec![0f32; BM * BN];
            let mut rows = vec![0f64; bm];
            for (j0, bn) in p.col_tiles() {
                p.logits(&mut tile, i0, bm, j0, bn);
                for (r, row) in tile.chunks_exact_mut(bn).take(bm).enumerate() {
                    let mut acc = 0f32;
                    let mut pos = 0f32;
                    p.split_row(
                        row,
                        i0 + r,
                        j0,
                        |tl| acc += logsigmoid(-(*tl + p.b)),
                        |tl| pos = logsigmoid(*tl + p.b),
                    );
                    rows[r] += acc as f64 + pos as f64;
                }
            }
            rows.iter().sum()
        })
        .collect();
    blocks.iter().sum()
}

/// `(Σ G_ij (l_ij − b), Σ G_ij)` for `G_ij = −scale·z_ij·σ(−z_ij·l_ij)`.
pub fn scalar_grads(p: &Problem, scale: f32) -> [f64; 2] {
    let blocks: Vec<[f64; 2]> = p
        .row_blocks()
        .into_par_iter()
        .map(|(i0, bm)| {
            let mut tile = vec![0f32; BM * BN];
            let mut acc = [0f64; 2];
            for (j0, bn) in p.col_tiles() {
                p.logits(&mut tile, i0, bm, j0, bn);
                for (r, row) in tile.chunks_exact_mut(bn).take(bm).enumerate() {
                    // The tile holds l − b as computed: no cancellation against b.
                    let (mut dt, mut db) = (0f32, 0f32);
                    let mut pos = [0f32; 2];
                    p.split_row(
                        row,
                        i0 + r,
                        j0,
                        |tl| {
                            let g = grad(-1.0, *tl + p.b, scale);
                            dt += g * *tl;
                            db += g;
                        },
                        |tl| {
                            let g = grad(1.0, *tl + p.b, scale);
                            pos = [g * *tl, g];
                        },
                    );
                    acc[0] += dt as f64 + pos[0] as f64;
                    acc[1] += db as f64 + pos[1] as f64;
                }
            }
            acc
        })
        .collect();
    blocks.iter().fold([0.0; 2], |a, b| [a[0] + b[0], a[1] + b[1]])
}

/// `∂/∂x̂ = t·G·ŷ` for `G_ij = −scale·z_ij·σ(−z_ij·l_ij)` into `out` (`[n, d]` row-major).
pub fn row_grad(p: &Problem, scale: f32, out: &mut [f32]) {
    let d = p.d;
    assert_eq!(out.len(), p.n * d, "row gradient size");
    if d == 0 {
        return;
    }
    out.par_chunks_mut(BM * d).enumerate().for_each(|(blk, dst)| {
        dst.fill(0.0);
        let (i0, bm) = (blk * BM, dst.len() / d);
        let mut tile = vec![0f32; BM * BN];
        for (j0, bn) in p.col_tiles() {
            p.logits(&mut tile, i0, bm, j0, bn);
            for (r, row) in tile.chunks_exact_mut(bn).take(bm).enumerate() {
                let (neg, pos) = (
                    |v: &mut f32| *v = grad(-1.0, *v + p.b, scale),
                    |v: &mut f32| *v = grad(1.0, *v + p.b, scale),
                );
                p.split_row(row, i0 + r, j0, neg, pos);
            }
            let yt = &p.y[j0 * d..(j0 + bn) * d];
            mm(dst, bm, d, bn, (&tile[..bm * bn], bn, 1), (yt, d, 1), p.t, true);
        }
    });
}

/// `log σ(s)`, stably: `min(s, 0) − log1p(e^{−|s|})`.
#[inline(always)]
fn logsigmoid(s: f32) -> f32 {
    s.min(0.0) - exp_f32(-s.abs()).ln_1p()
}

/// `−scale·z·σ(−z·l)`; `σ(u) = 1/(1 + e^{−u})` cannot overflow (`exp_f32` saturates).
#[inline(always)]
fn grad(z: f32, l: f32, scale: f32) -> f32 {
    -scale * z / (1.0 + exp_f32(z * l))
}

/// A strided operand: `(data, row stride, column stride)`.
type Operand<'a> = (&'a [f32], usize, usize);

/// `dst[m×n] = (acc ? dst : 0) + beta · a[m×k] · b[k×n]`, `dst` dense with row stride `n`,
/// single-threaded (the callers parallelise over row blocks). The same BLAS-style call as
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
