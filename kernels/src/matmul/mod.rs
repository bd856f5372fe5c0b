//! Batched matrix products through the `gemm` crate, with an optional fused elementwise
//! epilogue: one launch, and on an f32 output the epilogue runs in place over the product
//! once `gemm` has written it (a second pass over the output, but no buffer of its own;
//! `gemm` has no hook to apply it tile by tile, and cutting the product into row blocks
//! to keep them in cache would re-pack the whole of `b` for every block).
//!
//! Half-precision operands are widened to f32 once; accumulation is always f32.

pub mod cube;
pub mod cubek;

use std::borrow::Cow;

use gemm::Parallelism;
use packfuse_ir::TensorData;
use rayon::prelude::*;

use crate::elementwise::{cpu as ew, EwProgram};
use crate::layout::View;
use crate::Arg;

/// Geometry of one batched product, from the operand shapes.
#[derive(Clone, Debug)]
pub struct Dims {
    /// Rows of the result.
    pub m: usize,
    /// Columns of the result.
    pub n: usize,
    /// Contraction length.
    pub k: usize,
    /// Broadcast batch shape of the result.
    pub batch: Vec<usize>,
}

impl Dims {
    /// The geometry of `a · b` with optional transposes (shapes already type-checked).
    pub fn of(a: &[usize], b: &[usize], ta: bool, tb: bool) -> Dims {
        let (ra, rb) = (a.len(), b.len());
        let (m, k) = if ta { (a[ra - 1], a[ra - 2]) } else { (a[ra - 2], a[ra - 1]) };
        let n = if tb { b[rb - 2] } else { b[rb - 1] };
        let batch = broadcast(&a[..ra - 2], &b[..rb - 2]);
        Dims { m, n, k, batch }
    }
}

fn broadcast(a: &[usize], b: &[usize]) -> Vec<usize> {
    let r = a.len().max(b.len());
    (0..r)
        .map(|i| {
            let x = (i + a.len()).checked_sub(r).map_or(1, |j| a[j]);
            let y = (i + b.len()).checked_sub(r).map_or(1, |j| b[j]);
            x.max(y)
        })
        .collect()
}

/// `out = epilogue(a·b, extra...)`; `args` are `a`, `b`, then the epilogue's other inputs
/// (whose views the caller broadcast to the output shape).
///
/// An f32 output receives the product directly and the epilogue then runs over it in
/// place ([`ew::run_in_place`]); only a half-precision or integer output needs an f32
/// accumulator of its own. An f32 operand whose matrices have a unit stride along either
/// axis (dense, or a transposed view of dense data) is read where it lies, strides and
/// all; any other operand is gathered densely first.
pub fn cpu(ta: bool, tb: bool, epilogue: Option<&EwProgram>, args: &[Arg], out: &mut TensorData) {
    let d = Dims::of(args[0].shape(), args[1].shape(), ta, tb);
    let (a, b) = (Operand::of(&args[0], ta, &d.batch), Operand::of(&args[1], tb, &d.batch));
    let mut shape = d.batch.clone();
    shape.extend([d.m, d.n]);
    if let TensorData::F32(c) = out {
        gemm_batched(&d, &a, &b, c);
        if let Some(prog) = epilogue {
            ew::run_in_place(prog, 0, &args[2..], out);
        }
        return;
    }
    let mut acc = vec![0.0; shape.iter().product()];
    gemm_batched(&d, &a, &b, &mut acc);
    let acc = TensorData::F32(acc);
    let mut ew_args = vec![Arg::new(&acc, &shape)];
    ew_args.extend(args[2..].iter().cloned());
    let prog =
        epilogue.cloned().unwrap_or_else(|| EwProgram::copy(packfuse_ir::DType::F32, out.dtype()));
    ew::run(&prog, &ew_args, out);
}

/// One operand as `gemm` reads it: f32 elements, where each result matrix's operand
/// starts, and the strides of element (row, column) of the operand *as multiplied*
/// (after its transpose flag).
struct Operand<'a> {
    data: Cow<'a, [f32]>,
    offsets: Vec<usize>,
    row_stride: isize,
    col_stride: isize,
}

impl<'a> Operand<'a> {
    /// `arg` (transposed when `t`) for a product whose broadcast batch shape is `batch`.
    fn of(arg: &Arg<'a>, t: bool, batch: &[usize]) -> Operand<'a> {
        let v = &arg.view;
        let r = v.shape.len();
        let (s0, s1) = (v.strides[r - 2], v.strides[r - 1]);
        let direct = matches!(arg.data, TensorData::F32(_))
            && v.strides.iter().all(|&s| s >= 0)
            && (s0 == 1 || s1 == 1 || v.shape[r - 2] <= 1 || v.shape[r - 1] <= 1);
        let (data, view) = match arg.data {
            TensorData::F32(x) if direct => (Cow::Borrowed(&x[..]), v.clone()),
            _ => (arg.to_f32(), View::contiguous(&v.shape)),
        };
        let (s0, s1) = (view.strides[r - 2], view.strides[r - 1]);
        let (row_stride, col_stride) = if t { (s1, s0) } else { (s0, s1) };
        let lead = View {
            shape: view.shape[..r - 2].to_vec(),
            strides: view.strides[..r - 2].to_vec(),
            offset: view.offset,
        }
        .broadcast_to(batch);
        let offsets = (0..batch.iter().product()).map(|i| lead.index_of(i)).collect();
        Operand { data, offsets, row_stride, col_stride }
    }
}

fn gemm_batched(d: &Dims, a: &Operand, b: &Operand, c: &mut [f32]) {
    let mn = d.m * d.n;
    if mn == 0 {
        return;
    }
    let threads = rayon::current_num_threads();
    let par_batches = a.offsets.len() >= threads;
    let run = |i: usize, ci: &mut [f32]| {
        if d.k == 0 {
            ci.fill(0.0);
            return;
        }
        let par = if par_batches { Parallelism::None } else { Parallelism::Rayon(threads) };
        // SAFETY: each operand's offsets and strides address only elements of its buffer
        // (its view was resolved against that buffer's shape, and shapes were type-checked),
        // and `ci` is m×n row-major.
        unsafe {
            gemm::gemm(
                d.m,
                d.n,
                d.k,
                ci.as_mut_ptr(),
                1,
                d.n as isize,
                false,
                a.data[a.offsets[i]..].as_ptr(),
                a.col_stride,
                a.row_stride,
                b.data[b.offsets[i]..].as_ptr(),
                b.col_stride,
                b.row_stride,
                0.0,
                1.0,
                false,
                false,
                false,
                par,
            )
        }
    };
    if par_batches {
        c.par_chunks_mut(mn).enumerate().for_each(|(i, ci)| run(i, ci));
    } else {
        c.chunks_mut(mn).enumerate().for_each(|(i, ci)| run(i, ci));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(n: usize, seed: u32) -> Vec<f32> {
        (0..n as u32)
            .map(|i| ((i.wrapping_mul(2654435761) ^ seed) % 97) as f32 / 48.0 - 1.0)
            .collect()
    }

    /// The product of one batch's operands, in f64, from any views: the reference.
    fn reference(a: &Arg, b: &Arg, ta: bool, tb: bool) -> Vec<f64> {
        let d = Dims::of(a.shape(), b.shape(), ta, tb);
        let (av, bv) = (a.to_f64(), b.to_f64());
        // Where each batch's matrix starts in a dense copy of an operand of shape `s`.
        let offsets = |s: &[usize]| {
            let (r, batches) = (s.len(), d.batch.iter().product());
            let (lead, mat) =
                (View::contiguous(&s[..r - 2]).broadcast_to(&d.batch), s[r - 2] * s[r - 1]);
            (0..batches).map(move |i| lead.index_of(i) * mat)
        };
        let mut out = Vec::new();
        for (oa, ob) in offsets(a.shape()).zip(offsets(b.shape())) {
            for i in 0..d.m {
                for j in 0..d.n {
                    out.push(
                        (0..d.k)
                            .map(|kk| {
                                let x =
                                    if ta { av[oa + kk * d.m + i] } else { av[oa + i * d.k + kk] };
                                let y =
                                    if tb { bv[ob + j * d.k + kk] } else { bv[ob + kk * d.n + j] };
                                x * y
                            })
                            .sum(),
                    );
                }
            }
        }
        out
    }

    fn check(a: Arg, b: Arg, ta: bool, tb: bool) {
        let want = reference(&a, &b, ta, tb);
        let mut out = TensorData::F32(vec![0.0; want.len()]);
        cpu(ta, tb, None, &[a, b], &mut out);
        let TensorData::F32(got) = out else { unreachable!() };
        for (g, w) in got.iter().zip(&want) {
            assert!((*g as f64 - w).abs() < 1e-4, "{g} vs {w}");
        }
    }

    #[test]
    fn strided_operands_are_read_in_place_and_give_the_gathered_product() {
        // b [n=5, k=7] held as its [7, 5] transpose, then viewed back (strides (1, 5)).
        let bt = TensorData::F32(values(35, 1));
        let b = Arg { data: &bt, view: View::contiguous(&[7, 5]).permute(&[1, 0]) };
        let ad = TensorData::F32(values(6 * 7, 2));
        for (ta, a_view) in
            [(false, View::contiguous(&[6, 7])), (true, View::contiguous(&[6, 7]).permute(&[1, 0]))]
        {
            let a = Arg { data: &ad, view: a_view };
            check(a.clone(), b.clone(), ta, true);
            assert!(matches!(Operand::of(&b, true, &[]).data, Cow::Borrowed(_)));
        }
        // Batched, both operands permuted, one broadcast over the batch, one sliced.
        let xd = TensorData::F32(values(3 * 4 * 9, 3));
        let x = Arg { data: &xd, view: View::contiguous(&[4, 3, 9]).permute(&[1, 0, 2]) };
        let yd = TensorData::F32(values(2 * 9 * 6, 4));
        let y = Arg { data: &yd, view: View::contiguous(&[2, 9, 6]).slice(0, 1, 2) };
        check(x.clone(), y.clone(), false, false);
        let yt = Arg { data: &yd, view: View::contiguous(&[2, 6, 9]).slice(0, 1, 2) };
        check(x, yt, false, true);
        // Neither axis of unit stride (every other column): gathered, same product.
        let wd = TensorData::F32(values(9 * 10, 5));
        let w =
            Arg { data: &wd, view: View { shape: vec![9, 5], strides: vec![10, 2], offset: 0 } };
        assert!(matches!(Operand::of(&w, false, &[]).data, Cow::Owned(_)));
        let ad2 = TensorData::F32(values(3 * 9, 6));
        check(Arg::new(&ad2, &[3, 9]), w, false, false);
    }
}
