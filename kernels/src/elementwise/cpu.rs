//! CPU execution of [`EwProgram`]s: the output is cut into chunks run in parallel; inside a
//! chunk each step runs over a small register array that stays in L1, so a chain of any
//! length reads its inputs and writes its output once.

use packfuse_ir::{BinaryOp, DType, TensorData, UnaryOp};
use rayon::prelude::*;

use super::{EwProgram, Instr};
use crate::elem::Elem;
use crate::math::{exp_f32, tanh_f32};
use crate::{with_slice, Arg};

/// Elements per register array.
const LANES: usize = 256;
/// Elements per parallel task.
const TASK: usize = 32 * LANES;

/// Values a program computes in: f32 normally, f64 when integers must stay exact.
trait Num: Copy + Send + Sync + Default + 'static {
    fn from_f64(v: f64) -> Self;
    fn to_f64(self) -> f64;
    fn load<E: Elem>(e: E) -> Self;
    /// `dst[i] = op(src[i])`, with the match on `op` outside the loop.
    fn unary(op: UnaryOp, src: &[Self], dst: &mut [Self]);
    /// `dst[i] = op(a[i], b[i])`, with the match on `op` outside the loop.
    fn binary(op: BinaryOp, a: &[Self], b: &[Self], dst: &mut [Self]);
}

impl Num for f64 {
    fn from_f64(v: f64) -> Self {
        v
    }
    fn to_f64(self) -> f64 {
        self
    }
    fn load<E: Elem>(e: E) -> Self {
        e.to_f64()
    }
    fn unary(op: UnaryOp, src: &[f64], dst: &mut [f64]) {
        for (d, &x) in dst.iter_mut().zip(src) {
            *d = op.apply_f64(x);
        }
    }
    fn binary(op: BinaryOp, a: &[f64], b: &[f64], dst: &mut [f64]) {
        for ((d, &x), &y) in dst.iter_mut().zip(a).zip(b) {
            *d = op.apply_f64(x, y);
        }
    }
}

impl Num for f32 {
    fn from_f64(v: f64) -> Self {
        v as f32
    }
    fn to_f64(self) -> f64 {
        self as f64
    }
    fn load<E: Elem>(e: E) -> Self {
        e.to_f32()
    }
    fn unary(op: UnaryOp, src: &[f32], dst: &mut [f32]) {
        macro_rules! each {
            ($($op:ident)*) => {
                match op {
                    $(UnaryOp::$op => {
                        for (d, &x) in dst.iter_mut().zip(src) {
                            *d = unary_f32(UnaryOp::$op, x);
                        }
                    })*
                }
            };
        }
        each!(Neg Abs Exp Log Sqrt Rsqrt Recip Square Tanh Sigmoid LogSigmoid Relu Gelu GeluTanh Silu Sin Cos)
    }
    fn binary(op: BinaryOp, a: &[f32], b: &[f32], dst: &mut [f32]) {
        macro_rules! each {
            ($($op:ident)*) => {
                match op {
                    $(BinaryOp::$op => {
                        for ((d, &x), &y) in dst.iter_mut().zip(a).zip(b) {
                            *d = binary_f32(BinaryOp::$op, x, y);
                        }
                    })*
                }
            };
        }
        each!(Add Sub Mul Div Max Min Pow Lt Le Gt Ge Eq Ne)
    }
}

/// The f32 version of each unary op (the f64 definitions in the IR are the reference).
#[inline(always)]
pub fn unary_f32(op: UnaryOp, x: f32) -> f32 {
    match op {
        UnaryOp::Neg => -x,
        UnaryOp::Abs => x.abs(),
        UnaryOp::Exp => exp_f32(x),
        UnaryOp::Log => x.ln(),
        UnaryOp::Sqrt => x.sqrt(),
        UnaryOp::Rsqrt => 1.0 / x.sqrt(),
        UnaryOp::Recip => 1.0 / x,
        UnaryOp::Square => x * x,
        UnaryOp::Tanh => tanh_f32(x),
        UnaryOp::Sigmoid => sigmoid_f32(x),
        UnaryOp::LogSigmoid => x.min(0.0) - (-x.abs()).exp().ln_1p(),
        UnaryOp::Relu => x.max(0.0),
        UnaryOp::Gelu => UnaryOp::Gelu.apply_f64(x as f64) as f32,
        UnaryOp::GeluTanh => {
            const C: f32 = 0.797_884_6; // √(2/π)
            0.5 * x * (1.0 + tanh_f32(C * (x + 0.044715 * x * x * x)))
        }
        UnaryOp::Silu => x * sigmoid_f32(x),
        UnaryOp::Sin => x.sin(),
        UnaryOp::Cos => x.cos(),
    }
}

/// `σ(x)` without overflow for large |x|.
#[inline(always)]
pub fn sigmoid_f32(x: f32) -> f32 {
    // e^-|x| never overflows; the two branches are selects, so this vectorises.
    let e = exp_f32(-x.abs());
    let s = 1.0 / (1.0 + e);
    if x >= 0.0 {
        s
    } else {
        e * s
    }
}

#[inline(always)]
fn binary_f32(op: BinaryOp, a: f32, b: f32) -> f32 {
    let t = |c: bool| if c { 1.0 } else { 0.0 };
    match op {
        BinaryOp::Add => a + b,
        BinaryOp::Sub => a - b,
        BinaryOp::Mul => a * b,
        BinaryOp::Div => a / b,
        BinaryOp::Max => a.max(b),
        BinaryOp::Min => a.min(b),
        BinaryOp::Pow => a.powf(b),
        BinaryOp::Lt => t(a < b),
        BinaryOp::Le => t(a <= b),
        BinaryOp::Gt => t(a > b),
        BinaryOp::Ge => t(a >= b),
        BinaryOp::Eq => t(a == b),
        BinaryOp::Ne => t(a != b),
    }
}

/// Runs `p` over inputs whose views all have the output's shape; writes `out`, which
/// holds `numel` elements of the program's output dtype.
pub fn run(p: &EwProgram, args: &[Arg], out: &mut TensorData) {
    if p.needs_f64() {
        run_typed::<f64>(p, args, out)
    } else {
        run_typed::<f32>(p, args, out)
    }
}

fn run_typed<N: Num>(p: &EwProgram, args: &[Arg], out: &mut TensorData) {
    with_slice!(out, o => {
        o.par_chunks_mut(TASK).enumerate().for_each(|(t, task)| {
            let mut regs = vec![N::default(); p.steps.len() * LANES];
            let mut idx = Vec::with_capacity(LANES);
            for (c, lane) in task.chunks_mut(LANES).enumerate() {
                let start = t * TASK + c * LANES;
                eval_chunk(p, args, start, lane.len(), &mut regs, &mut idx);
                let res = &regs[(p.steps.len() - 1) * LANES..];
                for (d, v) in lane.iter_mut().zip(res) {
                    *d = Elem::from_f64(v.to_f64());
                }
            }
        })
    })
}

fn eval_chunk<N: Num>(
    p: &EwProgram,
    args: &[Arg],
    start: usize,
    len: usize,
    regs: &mut [N],
    idx: &mut Vec<usize>,
) {
    for (i, step) in p.steps.iter().enumerate() {
        let (done, rest) = regs.split_at_mut(i * LANES);
        let r = &mut rest[..len];
        let reg = |k: usize| &done[k * LANES..k * LANES + len];
        match &step.instr {
            Instr::Input(k) => load(&args[*k], start, r, idx),
            Instr::Const(bits) => r.fill(N::from_f64(f64::from_bits(*bits))),
            Instr::Unary(op, a) => N::unary(*op, reg(*a), r),
            Instr::Binary(op, a, b) => N::binary(*op, reg(*a), reg(*b), r),
            Instr::Select(c, a, b) => {
                for (((d, &c), &x), &y) in r.iter_mut().zip(reg(*c)).zip(reg(*a)).zip(reg(*b)) {
                    *d = if c.to_f64() != 0.0 { x } else { y };
                }
            }
            Instr::Cast(to, a) => {
                for (d, &x) in r.iter_mut().zip(reg(*a)) {
                    *d = N::from_f64(to.round(x.to_f64()));
                }
            }
        }
        if matches!(step.dtype, DType::I32 | DType::U8) && !matches!(step.instr, Instr::Cast(..)) {
            for d in r.iter_mut() {
                *d = N::from_f64(step.dtype.round(d.to_f64()));
            }
        }
    }
}

fn load<N: Num>(arg: &Arg, start: usize, r: &mut [N], idx: &mut Vec<usize>) {
    let v = &arg.view;
    with_slice!(arg.data, s => {
        if v.is_contiguous() {
            let (base, n) = (v.offset + start, r.len());
            for (d, &x) in r.iter_mut().zip(&s[base..base + n]) {
                *d = N::load(x);
            }
        } else {
            v.indices(start, r.len(), idx);
            for (d, &i) in r.iter_mut().zip(idx.iter()) {
                *d = N::load(s[i]);
            }
        }
    })
}
