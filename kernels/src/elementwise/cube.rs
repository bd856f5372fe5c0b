//! The fused elementwise `#[cube]` kernel: one kernel definition whose body is the
//! [`EwProgram`] unrolled at JIT time, so every distinct program compiles (and is cached)
//! as its own straight-line kernel.
//!
//! Inputs are grouped by storage type into four sequences (f32, one half type, i32, u8),
//! because a CubeCL sequence holds one type; [`EwPlan`] records where each program input
//! sits. Values are computed in `C` (f32, or f64 for programs touching i32 on devices with
//! f64, as the CPU does) and every input is read through its strides from the output's
//! linear position.

use cubecl::prelude::*;
use packfuse_ir::{BinaryOp, DType, UnaryOp};

use super::{EwProgram, Instr};
use crate::cube::{storage_type, unsupported, DeviceTensor, Target};
use crate::error::{bad, KernelError};

const K: &str = "elementwise";
/// Units per cube of the elementwise kernels.
const CUBE: u32 = 256;

/// Where one program input is read from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Src {
    /// Entry of the f32 sequence.
    F32(usize),
    /// Entry of the half (f16 or bf16) sequence.
    Half(usize),
    /// Entry of the i32 sequence.
    I32(usize),
    /// Entry of the u8 sequence.
    U8(usize),
    /// The value the caller computed in the kernel (a matmul epilogue's product).
    Acc,
}

/// A program input: its source and whether it is dense at the output's shape (then the
/// strided index computation is skipped).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct InputPlan {
    /// Sequence entry.
    pub src: Src,
    /// Dense row-major at the output shape.
    pub dense: bool,
}

/// The compile-time form of a program: the steps, where each input lives, and the rank of
/// the output (the unroll length of index computations).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct EwPlan {
    /// Steps of the program.
    pub program: EwProgram,
    /// One entry per program input.
    pub inputs: Vec<InputPlan>,
    /// Rank of the output.
    pub rank: usize,
}

/// Inputs of a program, grouped by storage type (a CubeCL sequence holds one type).
#[derive(CubeType, CubeLaunch)]
pub(crate) struct EwInputs<E: Float> {
    /// f32 inputs.
    pub f: Sequence<Tensor<f32>>,
    /// f16 or bf16 inputs.
    pub h: Sequence<Tensor<E>>,
    /// i32 inputs.
    pub i: Sequence<Tensor<i32>>,
    /// u8 inputs.
    pub u: Sequence<Tensor<u8>>,
}

/// Buffer offset of the element at row-major position `pos` of `t`'s shape.
#[cube]
pub(crate) fn strided_offset<T: CubePrimitive>(
    t: &Tensor<T>,
    pos: usize,
    #[comptime] rank: usize,
) -> usize {
    let mut rem = pos;
    let mut off = 0;
    #[unroll]
    for i in 0..rank {
        let d = comptime!(rank - 1 - i);
        let n = t.shape(d);
        off += (rem % n) * t.stride(d);
        rem /= n;
    }
    off
}

#[cube]
fn load_one<T: CubePrimitive, C: Float>(
    t: &Tensor<T>,
    pos: usize,
    #[comptime] dense: bool,
    #[comptime] rank: usize,
) -> C {
    if comptime!(dense) {
        C::cast_from(t[pos])
    } else {
        C::cast_from(t[strided_offset::<T>(t, pos, rank)])
    }
}

#[cube]
fn load_input<C: Float, H: Float>(
    ins: &EwInputs<H>,
    pos: usize,
    acc: C,
    #[comptime] input: InputPlan,
    #[comptime] rank: usize,
) -> C {
    let dense = comptime!(input.dense);
    match comptime!(input.src) {
        Src::F32(k) => load_one::<f32, C>(&ins.f[k], pos, dense, rank),
        Src::Half(k) => load_one::<H, C>(&ins.h[k], pos, dense, rank),
        Src::I32(k) => load_one::<i32, C>(&ins.i[k], pos, dense, rank),
        Src::U8(k) => load_one::<u8, C>(&ins.u[k], pos, dense, rank),
        Src::Acc => acc,
    }
}

/// `σ(x)` without overflow: `e^-|x|` never overflows.
#[cube]
pub(crate) fn sigmoid<C: Float>(x: C) -> C {
    let e = (-x.abs()).exp();
    let s = C::new(1.0) / (C::new(1.0) + e);
    select(x >= C::new(0.0), s, e * s)
}

/// `tanh x` via `1 − 2/(e^{2|x|} + 1)` with the sign restored (exact limits, no overflow),
/// and the odd series near 0 where that form cancels.
#[cube]
pub(crate) fn tanh_stable<C: Float>(x: C) -> C {
    let a = x.abs();
    let big = C::new(1.0) - C::new(2.0) / ((C::new(2.0) * a).exp() + C::new(1.0));
    let x2 = x * x;
    let series = C::new(2.0 / 15.0) - x2 * C::new(17.0 / 315.0);
    let small = x * (C::new(1.0) + x2 * (C::new(-1.0 / 3.0) + x2 * series));
    let signed = select(x < C::new(0.0), -big, big);
    select(a < C::new(0.0625), small, signed)
}

#[cube]
fn unary<C: Float>(x: C, #[comptime] op: UnaryOp) -> C {
    match op {
        UnaryOp::Neg => -x,
        UnaryOp::Abs => x.abs(),
        UnaryOp::Exp => x.exp(),
        UnaryOp::Log => x.ln(),
        UnaryOp::Sqrt => x.sqrt(),
        UnaryOp::Rsqrt => C::new(1.0) / x.sqrt(),
        UnaryOp::Recip => C::new(1.0) / x,
        UnaryOp::Square => x * x,
        UnaryOp::Tanh => tanh_stable::<C>(x),
        UnaryOp::Sigmoid => sigmoid::<C>(x),
        UnaryOp::LogSigmoid => min(x, C::new(0.0)) - (-x.abs()).exp().log1p(),
        UnaryOp::Relu => max(x, C::new(0.0)),
        UnaryOp::Gelu => {
            C::new(0.5) * x * (C::new(1.0) + (x * C::new(std::f32::consts::FRAC_1_SQRT_2)).erf())
        }
        UnaryOp::GeluTanh => {
            let inner = C::new(0.797_884_6) * (x + C::new(0.044715) * x * x * x);
            C::new(0.5) * x * (C::new(1.0) + tanh_stable::<C>(inner))
        }
        UnaryOp::Silu => x * sigmoid::<C>(x),
        UnaryOp::Sin => x.sin(),
        UnaryOp::Cos => x.cos(),
    }
}

#[cube]
fn flag<C: Float>(c: bool) -> C {
    select(c, C::new(1.0), C::new(0.0))
}

#[cube]
fn binary<C: Float>(a: C, b: C, #[comptime] op: BinaryOp) -> C {
    match op {
        BinaryOp::Add => a + b,
        BinaryOp::Sub => a - b,
        BinaryOp::Mul => a * b,
        BinaryOp::Div => a / b,
        BinaryOp::Max => max(a, b),
        BinaryOp::Min => min(a, b),
        BinaryOp::Pow => a.powf(b),
        BinaryOp::Lt => flag::<C>(a < b),
        BinaryOp::Le => flag::<C>(a <= b),
        BinaryOp::Gt => flag::<C>(a > b),
        BinaryOp::Ge => flag::<C>(a >= b),
        BinaryOp::Eq => flag::<C>(a == b),
        BinaryOp::Ne => flag::<C>(a != b),
    }
}

/// Truncates and saturates like the IR's integer rounding (NaN becomes 0).
#[cube]
#[allow(clippy::eq_op)]
fn to_int<C: Float>(x: C, #[comptime] lo: f32, #[comptime] hi: f32) -> C {
    let t = clamp(x.trunc(), C::new(lo), C::new(hi));
    // NaN is the only value unequal to itself.
    select(x != x, C::new(0.0), t)
}

/// Rounds `x` to the values `dtype` can hold (`DType::round`).
#[cube]
pub(crate) fn round_to<C: Float>(x: C, #[comptime] dtype: DType) -> C {
    match dtype {
        DType::F32 => C::cast_from(f32::cast_from(x)),
        DType::F16 => C::cast_from(half::f16::cast_from(x)),
        DType::BF16 => C::cast_from(half::bf16::cast_from(x)),
        DType::I32 => to_int::<C>(x, comptime!(i32::MIN as f32), comptime!(i32::MAX as f32)),
        DType::U8 => to_int::<C>(x, 0.0, 255.0),
    }
}

#[cube]
fn step<C: Float, H: Float>(
    ins: &EwInputs<H>,
    regs: &Sequence<C>,
    pos: usize,
    acc: C,
    #[comptime] instr: Instr,
    #[comptime] plan: EwPlan,
) -> C {
    match instr {
        Instr::Input(k) => {
            load_input::<C, H>(ins, pos, acc, comptime!(plan.inputs[k]), comptime!(plan.rank))
        }
        Instr::Const(bits) => C::new(comptime!(f64::from_bits(bits) as f32)),
        Instr::Unary(op, a) => unary::<C>(*regs.index(a), op),
        Instr::Binary(op, a, b) => binary::<C>(*regs.index(a), *regs.index(b), op),
        Instr::Select(c, a, b) => {
            select(*regs.index(c) != C::new(0.0), *regs.index(a), *regs.index(b))
        }
        Instr::Cast(to, a) => round_to::<C>(*regs.index(a), to),
    }
}

/// Runs the program at output position `pos`; `acc` is the value of [`Src::Acc`] inputs.
#[cube]
pub(crate) fn eval_program<C: Float, H: Float>(
    ins: &EwInputs<H>,
    pos: usize,
    acc: C,
    #[comptime] plan: EwPlan,
) -> C {
    let mut regs = Sequence::<C>::new();
    let n = comptime!(plan.program.steps.len());
    #[unroll]
    for i in 0..n {
        let s = comptime!(plan.program.steps[i].clone());
        let v =
            step::<C, H>(ins, &regs, pos, acc, comptime!(s.instr.clone()), comptime!(plan.clone()));
        let int = comptime!(
            matches!(s.dtype, DType::I32 | DType::U8) && !matches!(s.instr, Instr::Cast(..))
        );
        if int {
            regs.push(round_to::<C>(v, comptime!(s.dtype)));
        } else {
            regs.push(v);
        }
    }
    *regs.index(comptime!(n - 1))
}

#[cube(launch)]
fn ew_kernel<C: Float, H: Float, O: Numeric>(
    ins: &EwInputs<H>,
    out: &mut Tensor<O>,
    numel: usize,
    #[comptime] plan: EwPlan,
    #[define(C, H, O)] _types: [StorageType; 3],
) {
    let pos = ABSOLUTE_POS;
    if pos < numel {
        out[pos] = O::cast_from(eval_program::<C, H>(ins, pos, C::new(0.0), plan));
    }
}

/// Device tensors grouped for [`EwInputs`], and the plan entry of each.
pub(crate) struct Grouped<R: Runtime, E: Float> {
    /// The launch argument.
    pub arg: EwInputsLaunch<E, R>,
    /// One entry per program input.
    pub inputs: Vec<InputPlan>,
    /// The half type in use (f32 when none: the sequence is then empty).
    pub half: DType,
}

/// Sorts `args` (broadcast to `out_shape` where their shapes differ) into the four typed
/// sequences.
pub(crate) fn group<R: Runtime, E: Float>(
    kernel: &'static str,
    target: &Target,
    args: &[DeviceTensor],
    out_shape: &[usize],
) -> Result<Grouped<R, E>, KernelError> {
    let (mut f, mut h, mut i, mut u) = (
        (SequenceArg::new(), 0),
        (SequenceArg::new(), 0),
        (SequenceArg::new(), 0),
        (SequenceArg::new(), 0),
    );
    let mut half: Option<DType> = None;
    let mut inputs = Vec::with_capacity(args.len());
    for a in args {
        let Some(a) = a.broadcast_to(out_shape) else {
            let msg = format!("input shape {:?} does not broadcast to {out_shape:?}", a.shape);
            return Err(bad(kernel, msg));
        };
        let a = &a;
        let src = match a.dtype {
            DType::F32 => Src::F32(push(&mut f, a)),
            DType::I32 => Src::I32(push(&mut i, a)),
            DType::U8 => Src::U8(push(&mut u, a)),
            d => {
                if half.is_some_and(|x| x != d) {
                    return Err(unsupported(kernel, target, "both f16 and bf16 inputs"));
                }
                half = Some(d);
                Src::Half(push(&mut h, a))
            }
        };
        inputs.push(InputPlan { src, dense: a.is_contiguous() });
    }
    let arg = EwInputsLaunch::new(f.0, h.0, i.0, u.0);
    Ok(Grouped { arg, inputs, half: half.unwrap_or(DType::F32) })
}

fn push<R: Runtime, T: CubePrimitive>(
    seq: &mut (SequenceArg<R, Tensor<T>>, usize),
    a: &DeviceTensor,
) -> usize {
    seq.0.push(a.arg());
    seq.1 += 1;
    seq.1 - 1
}

/// Checks the program against its arguments and the target, before any launch.
pub fn validate(
    kernel: &'static str,
    target: &Target,
    program: &EwProgram,
    args: &[DeviceTensor],
) -> Result<(), KernelError> {
    if program.steps.is_empty() {
        return Err(bad(kernel, "empty program"));
    }
    if args.len() != program.inputs.len() {
        let msg = format!("{} arguments for {} program inputs", args.len(), program.inputs.len());
        return Err(bad(kernel, msg));
    }
    if let Some((k, a)) = args.iter().enumerate().find(|(k, a)| a.dtype != program.inputs[*k]) {
        let msg = format!("input {k} is {}, the program expects {}", a.dtype, program.inputs[k]);
        return Err(bad(kernel, msg));
    }
    let steps = program.steps.iter().map(|s| s.dtype);
    let casts = program.steps.iter().filter_map(|s| match s.instr {
        Instr::Cast(d, _) => Some(d),
        _ => None,
    });
    target.check_dtypes(kernel, program.inputs.iter().copied().chain(steps).chain(casts))
}

/// Launches `program` over `out`'s elements.
pub fn launch<R: Runtime>(
    client: &ComputeClient<R>,
    target: &Target,
    program: &EwProgram,
    args: &[DeviceTensor],
    out: &DeviceTensor,
) -> Result<(), KernelError> {
    validate(K, target, program, args)?;
    if out.dtype != program.out_dtype() {
        return Err(bad(
            K,
            format!("output is {}, the program gives {}", out.dtype, program.out_dtype()),
        ));
    }
    let numel = out.numel();
    if numel == 0 {
        return Ok(());
    }
    let g = group::<R, ew_kernel::H>(K, target, args, &out.shape)?;
    let plan = EwPlan { program: program.clone(), inputs: g.inputs, rank: out.shape.len() };
    // f64 keeps integer programs exact, as on the CPU; without it f32 is exact to 2^24.
    let c = if program.needs_f64() && target.f64 && F64_COMPUTE {
        f64_type()
    } else {
        storage_type(DType::F32)
    };
    let types = [c, storage_type(g.half), storage_type(out.dtype)];
    ew_kernel::launch::<R>(
        client,
        target.grid(numel.div_ceil(CUBE as usize)),
        CubeDim::new_1d(CUBE),
        g.arg,
        out.arg(),
        numel,
        plan,
        types,
    );
    Ok(())
}

/// The f64 storage type (not a packfuse dtype: compute only).
pub fn f64_type() -> StorageType {
    f64::as_type_native_unchecked().storage_type()
}

/// Whether integer programs compute in f64 where the device has it. Off: on lavapipe the f64
/// path gave wrong results for programs mixing i32 casts, comparisons and `select` (found by
/// the GPU property tests); f32 is exact for integers up to 2^24, which covers indices.
pub(crate) const F64_COMPUTE: bool = false;
