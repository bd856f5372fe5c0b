//! Batched matrix products through the `gemm` crate, with an optional fused elementwise
//! epilogue applied while the result is still in cache-sized tiles of the output.
//!
//! Half-precision operands are widened to f32 once; accumulation is always f32.

pub mod cube;

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
/// accumulator of its own.
pub fn cpu(ta: bool, tb: bool, epilogue: Option<&EwProgram>, args: &[Arg], out: &mut TensorData) {
    let d = Dims::of(args[0].shape(), args[1].shape(), ta, tb);
    let (a, b) = (args[0].to_f32(), args[1].to_f32());
    let mut shape = d.batch.clone();
    shape.extend([d.m, d.n]);
    if let TensorData::F32(c) = out {
        gemm_batched(&d, ta, tb, &a, args[0].shape(), &b, args[1].shape(), c);
        if let Some(prog) = epilogue {
            ew::run_in_place(prog, 0, &args[2..], out);
        }
        return;
    }
    let mut acc = vec![0.0; shape.iter().product()];
    gemm_batched(&d, ta, tb, &a, args[0].shape(), &b, args[1].shape(), &mut acc);
    let acc = TensorData::F32(acc);
    let mut ew_args = vec![Arg::new(&acc, &shape)];
    ew_args.extend(args[2..].iter().cloned());
    let prog =
        epilogue.cloned().unwrap_or_else(|| EwProgram::copy(packfuse_ir::DType::F32, out.dtype()));
    ew::run(&prog, &ew_args, out);
}

/// Offsets (in elements) of each result matrix's operands, broadcasting batch dims.
fn batch_offsets(batch: &[usize], op_shape: &[usize]) -> Vec<usize> {
    let r = op_shape.len();
    let mat = op_shape[r - 2] * op_shape[r - 1];
    let v = View::contiguous(&op_shape[..r - 2]).broadcast_to(batch);
    (0..batch.iter().product()).map(|i| v.index_of(i) * mat).collect()
}

#[allow(clippy::too_many_arguments)]
fn gemm_batched(
    d: &Dims,
    ta: bool,
    tb: bool,
    a: &[f32],
    a_shape: &[usize],
    b: &[f32],
    b_shape: &[usize],
    c: &mut [f32],
) {
    let (oa, ob) = (batch_offsets(&d.batch, a_shape), batch_offsets(&d.batch, b_shape));
    // a is stored [.., m, k] (or [.., k, m] when transposed): strides of element (i, kk).
    let (a_rs, a_cs) = if ta { (1, d.m as isize) } else { (d.k as isize, 1) };
    let (b_rs, b_cs) = if tb { (1, d.k as isize) } else { (d.n as isize, 1) };
    let mn = d.m * d.n;
    if mn == 0 {
        return;
    }
    let threads = rayon::current_num_threads();
    let par_batches = oa.len() >= threads;
    let run = |i: usize, ci: &mut [f32]| {
        if d.k == 0 {
            ci.fill(0.0);
            return;
        }
        let par = if par_batches { Parallelism::None } else { Parallelism::Rayon(threads) };
        // SAFETY: the operand slices hold every element the strides address (shapes were
        // type-checked and the buffers sized from them), and `ci` is m×n row-major.
        unsafe {
            gemm::gemm(
                d.m,
                d.n,
                d.k,
                ci.as_mut_ptr(),
                1,
                d.n as isize,
                false,
                a[oa[i]..].as_ptr(),
                a_cs,
                a_rs,
                b[ob[i]..].as_ptr(),
                b_cs,
                b_rs,
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
