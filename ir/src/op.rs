//! The operation set. Each variant documents its inputs and typing rule; [`crate::infer`]
//! implements the rules and [`crate::eval()`] the meaning.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::hash::{Hash, Hasher};

use crate::{DType, Graph, Shape};

/// An f64 that compares and hashes by its bits, so ops carrying one (eps, scale) can be
/// deduplicated structurally. In JSON a finite value is a number and a non-finite one the
/// string `"inf"`, `"-inf"` or `"nan"` (JSON numbers cannot hold them; a `-inf` mask fill
/// must survive a round trip).
#[derive(Clone, Copy, Debug)]
pub struct F64(pub f64);

impl Serialize for F64 {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.0 {
            x if x.is_finite() => s.serialize_f64(x),
            x if x.is_nan() => s.serialize_str("nan"),
            x if x > 0.0 => s.serialize_str("inf"),
            _ => s.serialize_str("-inf"),
        }
    }
}

impl<'de> Deserialize<'de> for F64 {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<F64, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Repr {
            Num(f64),
            Text(String),
        }
        match Repr::deserialize(d)? {
            Repr::Num(x) => Ok(F64(x)),
            Repr::Text(t) => match t.as_str() {
                "inf" => Ok(F64(f64::INFINITY)),
                "-inf" => Ok(F64(f64::NEG_INFINITY)),
                "nan" => Ok(F64(f64::NAN)),
                other => Err(serde::de::Error::custom(format!(
                    "expected a number, \"inf\", \"-inf\" or \"nan\", got {other:?}"
                ))),
            },
        }
    }
}

impl PartialEq for F64 {
    fn eq(&self, other: &Self) -> bool {
        self.0.to_bits() == other.0.to_bits()
    }
}
impl Eq for F64 {}
impl Hash for F64 {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.0.to_bits().hash(state)
    }
}

/// One-input elementwise functions. All but `Neg` and `Abs` need a float input; the
/// output has the input's type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UnaryOp {
    /// `-x`
    Neg,
    /// `|x|`
    Abs,
    /// `e^x`
    Exp,
    /// natural logarithm
    Log,
    /// `√x`
    Sqrt,
    /// `1/√x`
    Rsqrt,
    /// `1/x`
    Recip,
    /// `x²`
    Square,
    /// hyperbolic tangent
    Tanh,
    /// `1/(1+e^-x)`
    Sigmoid,
    /// `log σ(x)`, computed stably as `min(x,0) - log1p(e^-|x|)`
    LogSigmoid,
    /// `max(x, 0)`
    Relu,
    /// exact GELU, `x·Φ(x)`
    Gelu,
    /// GELU with the tanh approximation (`gelu_pytorch_tanh`)
    GeluTanh,
    /// `x·σ(x)`
    Silu,
    /// sine
    Sin,
    /// cosine
    Cos,
}

impl UnaryOp {
    /// Every unary op.
    pub const ALL: [UnaryOp; 17] = [
        UnaryOp::Neg,
        UnaryOp::Abs,
        UnaryOp::Exp,
        UnaryOp::Log,
        UnaryOp::Sqrt,
        UnaryOp::Rsqrt,
        UnaryOp::Recip,
        UnaryOp::Square,
        UnaryOp::Tanh,
        UnaryOp::Sigmoid,
        UnaryOp::LogSigmoid,
        UnaryOp::Relu,
        UnaryOp::Gelu,
        UnaryOp::GeluTanh,
        UnaryOp::Silu,
        UnaryOp::Sin,
        UnaryOp::Cos,
    ];

    /// True when the op is defined on integers too.
    pub fn allows_int(self) -> bool {
        matches!(self, UnaryOp::Neg | UnaryOp::Abs)
    }

    /// The name in the text form.
    pub fn name(self) -> &'static str {
        match self {
            UnaryOp::Neg => "neg",
            UnaryOp::Abs => "abs",
            UnaryOp::Exp => "exp",
            UnaryOp::Log => "log",
            UnaryOp::Sqrt => "sqrt",
            UnaryOp::Rsqrt => "rsqrt",
            UnaryOp::Recip => "recip",
            UnaryOp::Square => "square",
            UnaryOp::Tanh => "tanh",
            UnaryOp::Sigmoid => "sigmoid",
            UnaryOp::LogSigmoid => "logsigmoid",
            UnaryOp::Relu => "relu",
            UnaryOp::Gelu => "gelu",
            UnaryOp::GeluTanh => "gelu_tanh",
            UnaryOp::Silu => "silu",
            UnaryOp::Sin => "sin",
            UnaryOp::Cos => "cos",
        }
    }

    /// The function in f64 (the reference semantics).
    pub fn apply_f64(self, x: f64) -> f64 {
        match self {
            UnaryOp::Neg => -x,
            UnaryOp::Abs => x.abs(),
            UnaryOp::Exp => x.exp(),
            UnaryOp::Log => x.ln(),
            UnaryOp::Sqrt => x.sqrt(),
            UnaryOp::Rsqrt => 1.0 / x.sqrt(),
            UnaryOp::Recip => 1.0 / x,
            UnaryOp::Square => x * x,
            UnaryOp::Tanh => x.tanh(),
            UnaryOp::Sigmoid => sigmoid_f64(x),
            UnaryOp::LogSigmoid => x.min(0.0) - (-x.abs()).exp().ln_1p(),
            UnaryOp::Relu => x.max(0.0),
            UnaryOp::Gelu => 0.5 * x * (1.0 + erf_f64(x / std::f64::consts::SQRT_2)),
            UnaryOp::GeluTanh => {
                let c = (2.0 / std::f64::consts::PI).sqrt();
                0.5 * x * (1.0 + (c * (x + 0.044715 * x * x * x)).tanh())
            }
            UnaryOp::Silu => x * sigmoid_f64(x),
            UnaryOp::Sin => x.sin(),
            UnaryOp::Cos => x.cos(),
        }
    }
}

fn sigmoid_f64(x: f64) -> f64 {
    if x >= 0.0 {
        1.0 / (1.0 + (-x).exp())
    } else {
        let e = x.exp();
        e / (1.0 + e)
    }
}

/// The error function, to double precision (W. J. Cody's rational approximations
/// are overkill here; this is Abramowitz–Stegun 7.1.26 refined by one Newton step on
/// the series, accurate to about 1e-12 over the real line).
pub fn erf_f64(x: f64) -> f64 {
    // Series for small |x|, continued fraction via erfc for large |x|.
    let ax = x.abs();
    let r = if ax < 2.5 {
        // Maclaurin series: erf x = 2/√π Σ (-1)^n x^(2n+1) / (n! (2n+1))
        let mut term = ax;
        let mut sum = ax;
        let x2 = ax * ax;
        let mut n = 0.0;
        while term.abs() > 1e-17 * sum.abs() {
            n += 1.0;
            term *= -x2 / n;
            sum += term / (2.0 * n + 1.0);
        }
        sum * 2.0 / std::f64::consts::PI.sqrt()
    } else {
        // Lentz continued fraction for erfc.
        let x2 = ax * ax;
        let mut f = ax;
        let mut c = ax;
        let mut d = 0.0;
        let tiny = 1e-300;
        for k in 1..200 {
            let a = k as f64 / 2.0;
            d = ax + a * d;
            d = if d.abs() < tiny { tiny } else { d };
            c = ax + a / c;
            c = if c.abs() < tiny { tiny } else { c };
            d = 1.0 / d;
            let delta = c * d;
            f *= delta;
            if (delta - 1.0).abs() < 1e-16 {
                break;
            }
        }
        1.0 - (-x2).exp() / (f * std::f64::consts::PI.sqrt())
    };
    if x < 0.0 {
        -r
    } else {
        r
    }
}

/// Two-input elementwise functions with numpy broadcasting. Both inputs have one dtype;
/// arithmetic keeps it, comparisons give `u8` (0 or 1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BinaryOp {
    /// `a + b`
    Add,
    /// `a - b`
    Sub,
    /// `a * b`
    Mul,
    /// `a / b` (integer division truncates)
    Div,
    /// `max(a, b)`
    Max,
    /// `min(a, b)`
    Min,
    /// `a^b` (float only)
    Pow,
    /// `a < b`
    Lt,
    /// `a <= b`
    Le,
    /// `a > b`
    Gt,
    /// `a >= b`
    Ge,
    /// `a == b`
    Eq,
    /// `a != b`
    Ne,
}

impl BinaryOp {
    /// Every binary op.
    pub const ALL: [BinaryOp; 13] = [
        BinaryOp::Add,
        BinaryOp::Sub,
        BinaryOp::Mul,
        BinaryOp::Div,
        BinaryOp::Max,
        BinaryOp::Min,
        BinaryOp::Pow,
        BinaryOp::Lt,
        BinaryOp::Le,
        BinaryOp::Gt,
        BinaryOp::Ge,
        BinaryOp::Eq,
        BinaryOp::Ne,
    ];

    /// True for the comparisons, whose result is `u8`.
    pub fn is_comparison(self) -> bool {
        matches!(
            self,
            BinaryOp::Lt | BinaryOp::Le | BinaryOp::Gt | BinaryOp::Ge | BinaryOp::Eq | BinaryOp::Ne
        )
    }

    /// The name in the text form.
    pub fn name(self) -> &'static str {
        match self {
            BinaryOp::Add => "add",
            BinaryOp::Sub => "sub",
            BinaryOp::Mul => "mul",
            BinaryOp::Div => "div",
            BinaryOp::Max => "max",
            BinaryOp::Min => "min",
            BinaryOp::Pow => "pow",
            BinaryOp::Lt => "lt",
            BinaryOp::Le => "le",
            BinaryOp::Gt => "gt",
            BinaryOp::Ge => "ge",
            BinaryOp::Eq => "eq",
            BinaryOp::Ne => "ne",
        }
    }

    /// The function in f64 (the reference semantics; integer division is done by the
    /// caller after rounding, see [`crate::eval()`]).
    pub fn apply_f64(self, a: f64, b: f64) -> f64 {
        let t = |c: bool| if c { 1.0 } else { 0.0 };
        match self {
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
}

/// Reductions over a set of axes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReduceOp {
    /// Σ
    Sum,
    /// maximum
    Max,
    /// minimum
    Min,
    /// arithmetic mean
    Mean,
}

impl ReduceOp {
    /// The name in the text form.
    pub fn name(self) -> &'static str {
        match self {
            ReduceOp::Sum => "sum",
            ReduceOp::Max => "max",
            ReduceOp::Min => "min",
            ReduceOp::Mean => "mean",
        }
    }
}

/// Which keys a query of a packed segment may see.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MaskKind {
    /// Every key of the query's segment (block-diagonal).
    Full,
    /// Keys at or before the query. With `L_q ≠ L_k` the diagonal is aligned to the end of
    /// the segment (query `i` sees keys `≤ i + L_k − L_q`), as for decoding with a KV cache.
    Causal,
    /// Causal, plus every key of the segment's prefix (`prefix_lens[b]` tokens).
    PrefixLm,
}

/// The largest head dim packed attention takes (Gemma's 256); 72 (SigLIP So400m), 80 and
/// other sizes below it are fine.
pub const MAX_HEAD_DIM: usize = 256;

/// Which result of packed attention a [`Op::PackedAttention`] node computes. The forward
/// parts read `q, k, v, cu_seqlens_q, cu_seqlens_k[, prefix_lens]`; the gradient parts read
/// those and then `out, dout, lse` (the forward's results and the output gradient),
/// FlashAttention-2 style: the score matrix is recomputed from `lse`, never stored.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AttnPart {
    /// The attention output `[Tq, Hq, D]`, the dtype of `q`.
    #[default]
    Out,
    /// The natural log-sum-exp of each query's scaled scores: f32 `[Hq, Tq]`; `-inf` for a
    /// query that sees no key.
    Lse,
    /// `∂L/∂q`: `[Tq, Hq, D]`, the dtype of `q`.
    Dq,
    /// `∂L/∂k` and `∂L/∂v` stacked: `[2, Tk, Hk, D]`, the dtype of `k` (index 0 is `dk`).
    Dkv,
}

impl AttnPart {
    /// The name in the text form.
    pub fn name(self) -> &'static str {
        match self {
            AttnPart::Out => "out",
            AttnPart::Lse => "lse",
            AttnPart::Dq => "dq",
            AttnPart::Dkv => "dkv",
        }
    }

    /// True for the plain forward output (the default, omitted from text and JSON).
    pub fn is_out(&self) -> bool {
        *self == AttnPart::Out
    }

    /// True for the gradient parts, which read `out, dout, lse` after the forward inputs.
    pub fn is_grad(self) -> bool {
        matches!(self, AttnPart::Dq | AttnPart::Dkv)
    }
}

impl MaskKind {
    /// How many inputs the forward reads under this mask (5, or 6 with `prefix_lens`).
    pub fn forward_arity(self) -> usize {
        if self == MaskKind::PrefixLm {
            6
        } else {
            5
        }
    }

    /// The name in the text form and on the command line.
    pub fn name(self) -> &'static str {
        match self {
            MaskKind::Full => "full",
            MaskKind::Causal => "causal",
            MaskKind::PrefixLm => "prefix_lm",
        }
    }
}

/// Which result of the sigmoid loss a [`Op::SigmoidLoss`] node computes. The loss reads
/// `x, y, t_prime, bias`; the gradient parts read those and then `dloss` (f32 `[]` or `[1]`,
/// the upstream gradient of the loss). Each part recomputes the logits tile by tile, so
/// the `N × M` matrix never exists.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LossPart {
    /// The loss: f32 `[]`.
    #[default]
    Loss,
    /// `∂L/∂x · dloss`: `[N, D]`, the dtype of `x`.
    Dx,
    /// `∂L/∂y · dloss`: `[M, D]`, the dtype of `y`.
    Dy,
    /// `(∂L/∂t', ∂L/∂b) · dloss`: f32 `[2]`.
    #[serde(rename = "dscalars")]
    DScalars,
}

impl LossPart {
    /// The name in the text form.
    pub fn name(self) -> &'static str {
        match self {
            LossPart::Loss => "loss",
            LossPart::Dx => "dx",
            LossPart::Dy => "dy",
            LossPart::DScalars => "dscalars",
        }
    }

    /// True for the loss itself (the default, omitted from text and JSON).
    pub fn is_loss(&self) -> bool {
        *self == LossPart::Loss
    }

    /// True for the gradient parts, which read `dloss` after the forward inputs.
    pub fn is_grad(self) -> bool {
        self != LossPart::Loss
    }
}

/// The options of [`Op::SigmoidLoss`] other than the part, in one value for the builder and
/// the kernels. The default is SigLIP's loss: no normalisation, positives on the diagonal,
/// divided by `N`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct LossOptions {
    /// L2-normalise the rows of `x` and `y` first (no epsilon; a zero row is an error).
    pub normalize: bool,
    /// `Some(k)`: the positive pairs are `j = i + k`; `None`: every pair is negative (an
    /// off-diagonal block of the chunked loss).
    pub positives: Option<i64>,
    /// The divisor; `None` means `N` (the rows of `x`).
    pub denom: Option<u64>,
}

impl Default for LossOptions {
    fn default() -> Self {
        LossOptions { normalize: false, positives: Some(0), denom: None }
    }
}

impl LossOptions {
    /// The divisor for `n` rows of `x`.
    pub fn denom_for(&self, n: usize) -> f64 {
        self.denom.map_or(n as f64, |d| d as f64)
    }

    /// `z_ij`: +1 for a positive pair, −1 otherwise.
    #[inline]
    pub fn sign(&self, i: usize, j: usize) -> f64 {
        match self.positives {
            Some(k) if j as i64 == i as i64 + k => 1.0,
            _ => -1.0,
        }
    }
}

fn diagonal() -> Option<i64> {
    Some(0)
}

fn is_diagonal(p: &Option<i64>) -> bool {
    *p == Some(0)
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// A constant's values, stored as f64 and rounded to the node's dtype.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ConstValue(pub Vec<F64>);

impl ConstValue {
    /// The values as f64.
    pub fn values(&self) -> impl Iterator<Item = f64> + '_ {
        self.0.iter().map(|v| v.0)
    }
}

/// How many times an [`Op::Recurse`] body runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Times {
    /// A count fixed in the graph (at least 1).
    Static(u32),
    /// A count read at run time from the node's last input, an i32 scalar `[]` (at least 1;
    /// a smaller value is a run-time error). The plan does not change with it.
    Input,
}

impl Times {
    /// Checks a count `r` for a `recurse` node with `max_times`: at least 1 and at most
    /// `max_times`. The error text is shared by the reference interpreter and the
    /// executors, so every backend reports a bad count the same way.
    pub fn check_count(r: i64, max_times: Option<u32>) -> Result<u32, String> {
        if r < 1 {
            return Err(format!("times must be at least 1, got {r}"));
        }
        match max_times {
            Some(m) if r > i64::from(m) => Err(format!(
                "times {r} is above max_times {m} (the body's per-iteration tables have {m} rows)"
            )),
            _ => u32::try_from(r).map_err(|_| format!("times {r} does not fit in u32")),
        }
    }
}

impl fmt::Display for Times {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Times::Static(n) => write!(f, "{n}"),
            Times::Input => f.write_str("input"),
        }
    }
}

/// An operation. The doc of each variant gives its inputs (in order) and its typing rule.
/// Axes are non-negative and counted from the outermost dimension.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum Op {
    // ---- sources -------------------------------------------------------------------
    /// A run-time input, bound by name. No inputs; the node's type is declared.
    Input {
        /// Name the caller binds.
        name: String,
    },
    /// A weight, bound by name like an input but expected to stay fixed across runs.
    Parameter {
        /// Name the caller binds (Hugging Face parameter names in `models`).
        name: String,
    },
    /// A literal. No inputs; the node's shape must be static with as many elements as
    /// `value` holds.
    Constant {
        /// Values, row-major.
        value: ConstValue,
    },
    /// `iota[i] = index of i along axis`. One input, whose shape (not data) it takes;
    /// output dtype `dtype`. Lets masks be built over dynamic dims.
    Iota {
        /// Axis whose index is produced.
        axis: usize,
        /// Output dtype.
        dtype: DType,
    },

    // ---- elementwise ---------------------------------------------------------------
    /// `f(x)`: one input, same type out (float, or int for `neg`/`abs`).
    Unary {
        /// The function.
        f: UnaryOp,
    },
    /// `f(a, b)`: two inputs of one dtype, shapes broadcast; `u8` out for comparisons.
    Binary {
        /// The function.
        f: BinaryOp,
    },
    /// Converts to `to`: one input, its shape out.
    Cast {
        /// Target dtype.
        to: DType,
    },
    /// `cond ? a : b`: inputs `cond` (u8), `a`, `b` (one dtype); the three shapes broadcast.
    Select,

    // ---- reductions ----------------------------------------------------------------
    /// Reduces `axes` of the one input (float or i32). With `keep_dims` the reduced axes
    /// stay as size 1. `mean` needs a float input.
    Reduce {
        /// The reduction.
        f: ReduceOp,
        /// Distinct axes, each `< rank`.
        axes: Vec<usize>,
        /// Keep reduced axes as size 1.
        keep_dims: bool,
    },

    // ---- contraction ---------------------------------------------------------------
    /// Batched matrix product. Inputs `a [..., M, K]`, `b [..., K, N]` after the optional
    /// transposes of their last two axes; both rank ≥ 2, same float dtype; batch dims
    /// broadcast. Out `[batch..., M, N]`, accumulated in f32 (f64 in the reference).
    #[serde(rename = "matmul")]
    MatMul {
        /// Use `aᵀ` (swap a's last two axes).
        transpose_a: bool,
        /// Use `bᵀ` (swap b's last two axes): `x Wᵀ` for PyTorch-layout weights.
        transpose_b: bool,
    },

    // ---- data movement -------------------------------------------------------------
    /// Same elements, new shape. One input; the element counts must agree (static
    /// product and the multiset of dynamic names).
    Reshape {
        /// Target shape.
        shape: Shape,
    },
    /// Reorders axes: `out.dim(i) = in.dim(perm[i])`. `perm` is a permutation of `0..rank`.
    Permute {
        /// The permutation.
        perm: Vec<usize>,
    },
    /// Broadcasts the one input to `shape` (numpy rules; the result must equal `shape`).
    Broadcast {
        /// Target shape.
        shape: Shape,
    },
    /// `x[start..end]` along `axis` (static bounds, `start ≤ end ≤ dim`).
    Slice {
        /// Axis sliced.
        axis: usize,
        /// First index kept.
        start: usize,
        /// One past the last index kept.
        end: usize,
    },
    /// Joins ≥ 1 inputs of one dtype along `axis`; other dims equal; the axis must be
    /// static in every input.
    Concat {
        /// Axis joined.
        axis: usize,
    },
    /// `out[.., j.., ..] = data[.., idx[j..], ..]`: inputs `data`, `indices` (i32).
    /// Out shape `data[..axis] ++ indices ++ data[axis+1..]`. Out-of-range indices are
    /// a run-time error.
    Gather {
        /// Axis of `data` indexed.
        axis: usize,
    },

    // ---- composites (keep their meaning for the fuser; `decompose()` gives primitives)
    /// Softmax along `axis`: one float input, same type out.
    Softmax {
        /// Normalised axis.
        axis: usize,
    },
    /// LayerNorm over the last axis: inputs `x [..., C]`, `weight [C]`, `bias [C]`.
    LayerNorm {
        /// Added to the variance.
        eps: F64,
    },
    /// RMSNorm over the last axis: inputs `x [..., C]`, `weight [C]`;
    /// `x/√(mean(x²)+eps) · (w, or 1+w when add_one — Gemma's convention)`.
    RmsNorm {
        /// Added to the mean square.
        eps: F64,
        /// Scale by `1 + w` instead of `w`.
        add_one: bool,
    },
    /// `x / √(Σx² + eps)` over the last axis: one float input, same type out.
    L2Normalize {
        /// Added under the root.
        eps: F64,
    },
    /// Rotary position embedding, rotate-half layout (Llama/Gemma): inputs
    /// `x [T, H, D]` (D even), `positions` i32 `[T]`; same type as `x` out.
    /// `θ_i = pos · base^(-2i/D)`; `out[:D/2] = x1 cos − x2 sin`, `out[D/2:] = x2 cos + x1 sin`.
    Rope {
        /// Frequency base (10 000 for Gemma).
        base: F64,
    },
    /// Attention over packed variable-length segments. Inputs `q [Tq, Hq, D]`,
    /// `k [Tk, Hk, D]`, `v [Tk, Hk, D]` (one float dtype, `Hk` divides `Hq`),
    /// `cu_seqlens_q` i32 `[B+1]`, `cu_seqlens_k` i32 `[B+1]`, and for `prefix_lm`
    /// `prefix_lens` i32 `[B]`. Out `[Tq, Hq, D]`. Query segment `b` attends key segment
    /// `b` only, under `mask`, optionally only the `window` most recent keys.
    /// `part` selects the result (see [`AttnPart`]): the output (default), its log-sum-exp,
    /// or a gradient (then `out`, `dout` and `lse` follow the inputs above).
    PackedAttention {
        /// Which keys a query sees within its segment.
        mask: MaskKind,
        /// Softmax scale; `None` means `1/√D`.
        scale: Option<F64>,
        /// Sliding window: a query sees keys at most `window − 1` positions back.
        window: Option<usize>,
        /// Which result.
        #[serde(default, skip_serializing_if = "AttnPart::is_out")]
        part: AttnPart,
    },
    /// Which keys each query of packed segments sees, as a dense u8 `[Tq, Tk]` (1 = visible):
    /// the mask [`Op::PackedAttention`] applies, for graphs that write attention unfused
    /// (`softmax(select(mask, scale·q·kᵀ, −inf))·v`), which the compiler rewrites into the
    /// fused op. Inputs `q [Tq, ...]` and `k [Tk, ...]` (only their first dims are read, like
    /// [`Op::Iota`]), `cu_seqlens_q`, `cu_seqlens_k` i32 `[B+1]`, and for `prefix_lm`
    /// `prefix_lens` i32 `[B]`.
    SegmentMask {
        /// Which keys a query sees within its segment.
        mask: MaskKind,
        /// Sliding window, as in [`Op::PackedAttention`].
        window: Option<usize>,
    },
    /// SigLIP's sigmoid loss. Inputs `x [N, D]`, `y [M, D]`, `t_prime` and `bias` (shape
    /// `[]` or `[1]`), one float dtype, and for the gradient parts `dloss` (f32 `[]` or
    /// `[1]`). `L = -(1/denom) Σ_ij logσ(z_ij (e^t'·x̂_i·ŷ_j + b))` with `x̂ = x/‖x‖` row-wise
    /// under `normalize` (else `x̂ = x`), `z_ij = +1` where `j = i + k` for `positives =
    /// Some(k)` and −1 elsewhere. With the default diagonal (`Some(0)`) `N` must equal `M`.
    /// `part` selects the result (see [`LossPart`]): the loss, f32 `[]` (default), or a
    /// gradient. Every attribute is omitted from text and JSON at its default, so
    /// `{"op": "sigmoid_loss"}` is SigLIP's loss.
    SigmoidLoss {
        /// Which result.
        #[serde(default, skip_serializing_if = "LossPart::is_loss")]
        part: LossPart,
        /// L2-normalise the rows of `x` and `y` (no epsilon; a zero row is a run-time error).
        #[serde(default, skip_serializing_if = "is_false")]
        normalize: bool,
        /// Positive pairs `j = i + k`; `None`: none (a pure-negative block).
        #[serde(default = "diagonal", skip_serializing_if = "is_diagonal")]
        positives: Option<i64>,
        /// The divisor; `None` means `N`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        denom: Option<u64>,
    },

    // ---- control -------------------------------------------------------------------
    /// A block applied `times` times to its own output, with shared weights (RINS).
    /// `body` is a self-contained graph: its nodes reference only body nodes, it has no
    /// `Parameter`s (weights come in as invariant inputs), and exactly one output. Its
    /// `Input` nodes other than `index`, in body order, bind to this node's inputs in
    /// order: the first is the carried state (replaced by the body's output after each
    /// iteration), the rest are invariant (the same outer value every iteration). With
    /// `times = input` one more input follows: the count, an i32 scalar `[]`. Typing: each
    /// input has its body input's type, the body output has the carried type, and so does
    /// the result; `index` names an i32 `[]` body input; `times` is at most `max_times`.
    Recurse {
        /// The block.
        body: Box<Graph>,
        /// How many times it runs.
        times: Times,
        /// The body input that holds the iteration index, an i32 `[]`: 0 in the first
        /// iteration, `times − 1` in the last. It binds to no input of this node (the
        /// executor fills it), so a body can gather per-iteration weights (RINS adapters).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        index: Option<String>,
        /// The largest count allowed, for a body whose per-iteration tables have this many
        /// rows: a larger static count is a typing error, a larger run-time count a run-time
        /// error (checked before the first iteration).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        max_times: Option<u32>,
    },
}

impl Op {
    /// The op's name in the text form and in errors.
    pub fn name(&self) -> &'static str {
        match self {
            Op::Input { .. } => "input",
            Op::Parameter { .. } => "parameter",
            Op::Constant { .. } => "constant",
            Op::Iota { .. } => "iota",
            Op::Unary { f } => f.name(),
            Op::Binary { f } => f.name(),
            Op::Cast { .. } => "cast",
            Op::Select => "select",
            Op::Reduce { f, .. } => match f {
                ReduceOp::Sum => "reduce_sum",
                ReduceOp::Max => "reduce_max",
                ReduceOp::Min => "reduce_min",
                ReduceOp::Mean => "reduce_mean",
            },
            Op::MatMul { .. } => "matmul",
            Op::Reshape { .. } => "reshape",
            Op::Permute { .. } => "permute",
            Op::Broadcast { .. } => "broadcast",
            Op::Slice { .. } => "slice",
            Op::Concat { .. } => "concat",
            Op::Gather { .. } => "gather",
            Op::Softmax { .. } => "softmax",
            Op::LayerNorm { .. } => "layer_norm",
            Op::RmsNorm { .. } => "rms_norm",
            Op::L2Normalize { .. } => "l2_normalize",
            Op::Rope { .. } => "rope",
            Op::PackedAttention { .. } => "packed_attention",
            Op::SegmentMask { .. } => "segment_mask",
            Op::SigmoidLoss { .. } => "sigmoid_loss",
            Op::Recurse { .. } => "recurse",
        }
    }

    /// True for ops without inputs whose value comes from outside or from the op itself.
    pub fn is_source(&self) -> bool {
        matches!(self, Op::Input { .. } | Op::Parameter { .. } | Op::Constant { .. })
    }

    /// True for the pointwise ops that elementwise fusion may merge.
    pub fn is_elementwise(&self) -> bool {
        matches!(self, Op::Unary { .. } | Op::Binary { .. } | Op::Cast { .. } | Op::Select)
    }

    /// True for composite ops that [`crate::decompose()`] can expand.
    pub fn is_composite(&self) -> bool {
        matches!(
            self,
            Op::Softmax { .. }
                | Op::LayerNorm { .. }
                | Op::RmsNorm { .. }
                | Op::L2Normalize { .. }
                | Op::Rope { .. }
                | Op::PackedAttention { .. }
                | Op::SegmentMask { .. }
                | Op::SigmoidLoss { .. }
        )
    }

    /// The attributes in the text form, e.g. `{axes=[1], keep_dims}`; empty if none.
    pub fn attrs(&self) -> String {
        let list: Vec<String> = match self {
            Op::Input { name } | Op::Parameter { name } => vec![format!("{name:?}")],
            Op::Constant { value } => {
                let v: Vec<String> = value.values().take(8).map(|x| format!("{x}")).collect();
                let more = if value.0.len() > 8 { ", ..." } else { "" };
                vec![format!("[{}{more}]", v.join(", "))]
            }
            Op::Iota { axis, dtype } => vec![format!("axis={axis}"), format!("dtype={dtype}")],
            Op::Cast { to } => vec![format!("to={to}")],
            Op::Reduce { axes, keep_dims, .. } => {
                let mut a = vec![format!("axes={axes:?}")];
                if *keep_dims {
                    a.push("keep_dims".into());
                }
                a
            }
            Op::MatMul { transpose_a, transpose_b } => {
                [(*transpose_a, "transpose_a"), (*transpose_b, "transpose_b")]
                    .iter()
                    .filter(|(on, _)| *on)
                    .map(|(_, n)| n.to_string())
                    .collect()
            }
            Op::Reshape { shape } | Op::Broadcast { shape } => vec![format!("shape={shape}")],
            Op::Permute { perm } => vec![format!("perm={perm:?}")],
            Op::Slice { axis, start, end } => {
                vec![format!("axis={axis}"), format!("{start}..{end}")]
            }
            Op::Concat { axis } | Op::Gather { axis } | Op::Softmax { axis } => {
                vec![format!("axis={axis}")]
            }
            Op::LayerNorm { eps } | Op::L2Normalize { eps } => vec![format!("eps={}", eps.0)],
            Op::RmsNorm { eps, add_one } => {
                let mut a = vec![format!("eps={}", eps.0)];
                if *add_one {
                    a.push("add_one".into());
                }
                a
            }
            Op::Rope { base } => vec![format!("base={}", base.0)],
            Op::PackedAttention { mask, scale, window, part } => {
                let mut a = vec![format!("mask={}", mask.name())];
                if !part.is_out() {
                    a.push(format!("part={}", part.name()));
                }
                if let Some(s) = scale {
                    a.push(format!("scale={}", s.0));
                }
                if let Some(w) = window {
                    a.push(format!("window={w}"));
                }
                a
            }
            Op::SegmentMask { mask, window } => {
                let mut a = vec![format!("mask={}", mask.name())];
                a.extend(window.map(|w| format!("window={w}")));
                a
            }
            Op::SigmoidLoss { part, normalize, positives, denom } => {
                let mut a = Vec::new();
                if !part.is_loss() {
                    a.push(format!("part={}", part.name()));
                }
                if *normalize {
                    a.push("normalize".into());
                }
                match positives {
                    Some(0) => {}
                    Some(k) => a.push(format!("positives={k}")),
                    None => a.push("positives=none".into()),
                }
                a.extend(denom.map(|d| format!("denom={d}")));
                a
            }
            // The body is printed by the graph's text form, indented under the node.
            Op::Recurse { times, index, max_times, .. } => {
                let mut a = vec![format!("times={times}")];
                a.extend(index.as_ref().map(|i| format!("index={i:?}")));
                a.extend(max_times.map(|m| format!("max_times={m}")));
                a
            }
            Op::Unary { .. } | Op::Binary { .. } | Op::Select => vec![],
        };
        if list.is_empty() {
            String::new()
        } else {
            format!(" {{{}}}", list.join(", "))
        }
    }
}

impl fmt::Display for Op {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}", self.name(), self.attrs())
    }
}

/// Ops whose result dtype is a float are the ones fusion treats as arithmetic;
/// this helper names the dtype rule shared by unary ops.
pub fn unary_accepts(f: UnaryOp, dtype: DType) -> bool {
    dtype.is_float() || (f.allows_int() && dtype == DType::I32)
}
