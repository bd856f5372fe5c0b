//! The builder API: one method per op on [`Graph`], each type-checked on the spot.
//!
//! ```
//! use packfuse_ir::{shape, DType, Graph};
//! let mut g = Graph::new();
//! let x = g.input("x", DType::F32, shape!["T", 64]).unwrap();
//! let w = g.param("w", DType::F32, shape![32, 64]).unwrap();
//! let y = g.linear(x, w, None).unwrap();
//! let y = g.gelu_tanh(y).unwrap();
//! g.set_output("y", y);
//! assert_eq!(g.ty(y).to_string(), "f32[T, 32]");
//! ```

use crate::{
    AttnPart, BinaryOp, ConstValue, DType, Graph, IrError, LossOptions, LossPart, MaskKind, NodeId,
    Op, ReduceOp, Shape, TensorType, Times, UnaryOp, F64,
};

type R = Result<NodeId, IrError>;

macro_rules! unary_methods {
    ($($name:ident => $f:ident),* $(,)?) => {$(
        #[doc = concat!("Elementwise `", stringify!($name), "`.")]
        pub fn $name(&mut self, x: NodeId) -> R {
            self.unary(UnaryOp::$f, x)
        }
    )*};
}

macro_rules! binary_methods {
    ($($name:ident => $f:ident),* $(,)?) => {$(
        #[doc = concat!("Elementwise `", stringify!($name), "` with broadcasting.")]
        pub fn $name(&mut self, a: NodeId, b: NodeId) -> R {
            self.binary(BinaryOp::$f, a, b)
        }
    )*};
}

impl Graph {
    /// A run-time input named `name`.
    pub fn input(&mut self, name: &str, dtype: DType, shape: Shape) -> R {
        let op = Op::Input { name: name.into() };
        self.add_source(op, TensorType::new(dtype, shape))
    }

    /// A weight named `name`.
    pub fn param(&mut self, name: &str, dtype: DType, shape: Shape) -> R {
        let op = Op::Parameter { name: name.into() };
        self.add_source(op, TensorType::new(dtype, shape))
    }

    /// A constant tensor of static `shape`.
    pub fn constant(&mut self, dtype: DType, shape: &[usize], values: &[f64]) -> R {
        let value = ConstValue(values.iter().map(|&v| F64(dtype.round(v))).collect());
        let ty = TensorType::new(dtype, Shape::from_static(shape));
        self.add_source(Op::Constant { value }, ty)
    }

    /// A scalar constant (shape `[]`), broadcast by the elementwise ops that use it.
    pub fn scalar(&mut self, dtype: DType, v: f64) -> R {
        self.constant(dtype, &[], &[v])
    }

    /// A scalar constant of `like`'s dtype.
    pub fn scalar_like(&mut self, like: NodeId, v: f64) -> R {
        let d = self.ty(like).dtype;
        self.scalar(d, v)
    }

    /// The index along `axis` over `like`'s shape.
    pub fn iota(&mut self, like: NodeId, axis: usize, dtype: DType) -> R {
        self.push(Op::Iota { axis, dtype }, &[like])
    }

    /// Elementwise `f(x)`.
    pub fn unary(&mut self, f: UnaryOp, x: NodeId) -> R {
        self.push(Op::Unary { f }, &[x])
    }

    /// Elementwise `f(a, b)` with broadcasting.
    pub fn binary(&mut self, f: BinaryOp, a: NodeId, b: NodeId) -> R {
        self.push(Op::Binary { f }, &[a, b])
    }

    unary_methods! {
        neg => Neg, abs => Abs, exp => Exp, log => Log, sqrt => Sqrt, rsqrt => Rsqrt,
        recip => Recip, square => Square, tanh => Tanh, sigmoid => Sigmoid,
        logsigmoid => LogSigmoid, relu => Relu, gelu => Gelu, gelu_tanh => GeluTanh,
        silu => Silu, sin => Sin, cos => Cos,
    }

    binary_methods! {
        add => Add, sub => Sub, mul => Mul, div => Div, maximum => Max, minimum => Min,
        pow => Pow, lt => Lt, le => Le, gt => Gt, ge => Ge, eq => Eq, ne => Ne,
    }

    /// `x * s` for a scalar `s` of x's dtype.
    pub fn scale(&mut self, x: NodeId, s: f64) -> R {
        let c = self.scalar_like(x, s)?;
        self.mul(x, c)
    }

    /// Converts `x` to `to`.
    pub fn cast(&mut self, x: NodeId, to: DType) -> R {
        self.push(Op::Cast { to }, &[x])
    }

    /// `cond ? a : b`.
    pub fn select(&mut self, cond: NodeId, a: NodeId, b: NodeId) -> R {
        self.push(Op::Select, &[cond, a, b])
    }

    /// Reduction `f` over `axes`.
    pub fn reduce(&mut self, f: ReduceOp, x: NodeId, axes: &[usize], keep_dims: bool) -> R {
        let op = Op::Reduce { f, axes: axes.to_vec(), keep_dims };
        self.push(op, &[x])
    }

    /// Σ over `axes`.
    pub fn sum(&mut self, x: NodeId, axes: &[usize], keep_dims: bool) -> R {
        self.reduce(ReduceOp::Sum, x, axes, keep_dims)
    }

    /// Mean over `axes`.
    pub fn mean(&mut self, x: NodeId, axes: &[usize], keep_dims: bool) -> R {
        self.reduce(ReduceOp::Mean, x, axes, keep_dims)
    }

    /// Maximum over `axes`.
    pub fn max(&mut self, x: NodeId, axes: &[usize], keep_dims: bool) -> R {
        self.reduce(ReduceOp::Max, x, axes, keep_dims)
    }

    /// Batched matrix product with optional transposes.
    pub fn matmul_t(&mut self, a: NodeId, b: NodeId, transpose_a: bool, transpose_b: bool) -> R {
        let op = Op::MatMul { transpose_a, transpose_b };
        self.push(op, &[a, b])
    }

    /// `a · b`.
    pub fn matmul(&mut self, a: NodeId, b: NodeId) -> R {
        self.matmul_t(a, b, false, false)
    }

    /// A PyTorch linear layer: `x Wᵀ (+ b)` with `W` stored `(out, in)`.
    pub fn linear(&mut self, x: NodeId, w: NodeId, b: Option<NodeId>) -> R {
        let y = self.matmul_t(x, w, false, true)?;
        match b {
            Some(b) => self.push(Op::Binary { f: BinaryOp::Add }, &[y, b]),
            None => Ok(y),
        }
    }

    /// Same elements, new shape.
    pub fn reshape(&mut self, x: NodeId, shape: Shape) -> R {
        self.push(Op::Reshape { shape }, &[x])
    }

    /// Reorders axes.
    pub fn permute(&mut self, x: NodeId, perm: &[usize]) -> R {
        self.push(Op::Permute { perm: perm.to_vec() }, &[x])
    }

    /// Swaps the last two axes.
    pub fn transpose(&mut self, x: NodeId) -> R {
        let r = self.ty(x).shape.rank();
        let mut perm: Vec<usize> = (0..r).collect();
        if r >= 2 {
            perm.swap(r - 2, r - 1);
        }
        self.permute(x, &perm)
    }

    /// Broadcasts to `shape`.
    pub fn broadcast(&mut self, x: NodeId, shape: Shape) -> R {
        self.push(Op::Broadcast { shape }, &[x])
    }

    /// `x[start..end]` along `axis`.
    pub fn slice(&mut self, x: NodeId, axis: usize, start: usize, end: usize) -> R {
        self.push(Op::Slice { axis, start, end }, &[x])
    }

    /// Joins along `axis`.
    pub fn concat(&mut self, xs: &[NodeId], axis: usize) -> R {
        self.push(Op::Concat { axis }, xs)
    }

    /// Rows (or slices along `axis`) of `data` picked by i32 `indices`.
    pub fn gather(&mut self, data: NodeId, indices: NodeId, axis: usize) -> R {
        self.push(Op::Gather { axis }, &[data, indices])
    }

    /// Softmax along `axis`.
    pub fn softmax(&mut self, x: NodeId, axis: usize) -> R {
        self.push(Op::Softmax { axis }, &[x])
    }

    /// LayerNorm over the last axis.
    pub fn layer_norm(&mut self, x: NodeId, w: NodeId, b: NodeId, eps: f64) -> R {
        self.push(Op::LayerNorm { eps: F64(eps) }, &[x, w, b])
    }

    /// RMSNorm over the last axis (`add_one`: Gemma's `1 + w`).
    pub fn rms_norm(&mut self, x: NodeId, w: NodeId, eps: f64, add_one: bool) -> R {
        self.push(Op::RmsNorm { eps: F64(eps), add_one }, &[x, w])
    }

    /// L2 normalisation over the last axis.
    pub fn l2_normalize(&mut self, x: NodeId, eps: f64) -> R {
        self.push(Op::L2Normalize { eps: F64(eps) }, &[x])
    }

    /// Rotary position embedding of `x [T, H, D]` at i32 `positions [T]`.
    pub fn rope(&mut self, x: NodeId, positions: NodeId, base: f64) -> R {
        self.push(Op::Rope { base: F64(base) }, &[x, positions])
    }

    /// Packed-sequence attention (see [`Op::PackedAttention`]); `prefix_lens` is required
    /// exactly for [`MaskKind::PrefixLm`].
    #[allow(clippy::too_many_arguments)]
    pub fn packed_attention(
        &mut self,
        q: NodeId,
        k: NodeId,
        v: NodeId,
        cu_seqlens_q: NodeId,
        cu_seqlens_k: NodeId,
        prefix_lens: Option<NodeId>,
        mask: MaskKind,
        scale: Option<f64>,
    ) -> R {
        let mut ins = vec![q, k, v, cu_seqlens_q, cu_seqlens_k];
        ins.extend(prefix_lens);
        let op =
            Op::PackedAttention { mask, scale: scale.map(F64), window: None, part: AttnPart::Out };
        self.push(op, &ins)
    }

    /// One part of packed attention (see [`AttnPart`] for what `inputs` holds), with
    /// every attribute given.
    pub fn packed_attention_part(
        &mut self,
        part: AttnPart,
        inputs: &[NodeId],
        mask: MaskKind,
        scale: Option<f64>,
        window: Option<usize>,
    ) -> R {
        self.push(Op::PackedAttention { mask, scale: scale.map(F64), window, part }, inputs)
    }

    /// The gradients `[dq, dk, dv]` of packed attention, given the forward's inputs `fwd`
    /// (`q, k, v, cu_seqlens_q, cu_seqlens_k[, prefix_lens]`), its output `out`, its
    /// log-sum-exp `lse` and the output gradient `dout`. Two kernels: `dq`, and `dk`, `dv`
    /// together (sliced from one `[2, Tk, Hk, D]` result without a copy).
    #[allow(clippy::too_many_arguments)]
    pub fn packed_attention_backward(
        &mut self,
        fwd: &[NodeId],
        out: NodeId,
        dout: NodeId,
        lse: NodeId,
        mask: MaskKind,
        scale: Option<f64>,
        window: Option<usize>,
    ) -> Result<[NodeId; 3], IrError> {
        let mut ins = fwd.to_vec();
        ins.extend([out, dout, lse]);
        let dq = self.packed_attention_part(AttnPart::Dq, &ins, mask, scale, window)?;
        let dkv = self.packed_attention_part(AttnPart::Dkv, &ins, mask, scale, window)?;
        let kv_shape = self.ty(fwd[1]).shape.clone();
        let mut grads = [dq, dq, dq];
        for (i, g) in grads.iter_mut().enumerate().skip(1) {
            let part = self.slice(dkv, 0, i - 1, i)?;
            *g = self.reshape(part, kv_shape.clone())?;
        }
        Ok(grads)
    }

    /// The u8 `[Tq, Tk]` visibility mask of packed segments (see [`Op::SegmentMask`]);
    /// `prefix_lens` is required exactly for [`MaskKind::PrefixLm`].
    #[allow(clippy::too_many_arguments)]
    pub fn segment_mask(
        &mut self,
        q: NodeId,
        k: NodeId,
        cu_seqlens_q: NodeId,
        cu_seqlens_k: NodeId,
        prefix_lens: Option<NodeId>,
        mask: MaskKind,
        window: Option<usize>,
    ) -> R {
        let mut ins = vec![q, k, cu_seqlens_q, cu_seqlens_k];
        ins.extend(prefix_lens);
        self.push(Op::SegmentMask { mask, window }, &ins)
    }

    /// SigLIP sigmoid loss of `x [N, D]`, `y [N, D]`, `t_prime`, `bias` (the default
    /// [`LossOptions`]).
    pub fn sigmoid_loss(&mut self, x: NodeId, y: NodeId, t_prime: NodeId, bias: NodeId) -> R {
        self.sigmoid_loss_opts(LossPart::Loss, &[x, y, t_prime, bias], LossOptions::default())
    }

    /// One part of the sigmoid loss (see [`LossPart`] for what `inputs` holds: `x, y,
    /// t_prime, bias`, then `dloss` for a gradient) under `opts`.
    pub fn sigmoid_loss_opts(&mut self, part: LossPart, inputs: &[NodeId], opts: LossOptions) -> R {
        let LossOptions { normalize, positives, denom } = opts;
        self.push(Op::SigmoidLoss { part, normalize, positives, denom }, inputs)
    }

    /// The gradients `[dx, dy, dt', db]` of the sigmoid loss of `fwd` (`x, y, t_prime,
    /// bias`) for the upstream gradient `dloss` (f32 `[]` or `[1]`). Three nodes: `dx`,
    /// `dy`, and both scalars together (`dt'`, `db` are sliced from one f32 `[2]`, reshaped to
    /// the shapes of `t_prime` and `bias` and cast to their dtype). Codegen runs them, and
    /// the loss of the same inputs, as one launch: one sweep over the logit tiles.
    pub fn sigmoid_loss_backward(
        &mut self,
        fwd: &[NodeId],
        dloss: NodeId,
        opts: LossOptions,
    ) -> Result<[NodeId; 4], IrError> {
        let mut ins = fwd.to_vec();
        ins.push(dloss);
        let dx = self.sigmoid_loss_opts(LossPart::Dx, &ins, opts)?;
        let dy = self.sigmoid_loss_opts(LossPart::Dy, &ins, opts)?;
        let ds = self.sigmoid_loss_opts(LossPart::DScalars, &ins, opts)?;
        let mut grads = [dx, dy, dx, dx];
        for (i, g) in grads.iter_mut().enumerate().skip(2) {
            let ty = self.ty(fwd[i]).clone();
            let part = self.slice(ds, 0, i - 2, i - 1)?;
            let part = self.reshape(part, ty.shape)?;
            *g = if ty.dtype == DType::F32 { part } else { self.cast(part, ty.dtype)? };
        }
        Ok(grads)
    }

    /// `body` applied `times` times to `carried`, with `invariants` bound to the body's
    /// other inputs (see [`Op::Recurse`]); with [`Times::Input`], `count` is the i32 `[]`
    /// node holding the count (ignored otherwise).
    pub fn recurse(
        &mut self,
        body: Graph,
        times: Times,
        carried: NodeId,
        invariants: &[NodeId],
        count: Option<NodeId>,
    ) -> R {
        let op = Op::Recurse { body: Box::new(body), times, index: None, max_times: None };
        self.recurse_op(op, carried, invariants, count)
    }

    /// [`Graph::recurse`] for an `Op::Recurse` built by the caller (with an iteration
    /// `index` or a `max_times`): `carried`, then `invariants`, then `count` for
    /// [`Times::Input`].
    pub fn recurse_op(
        &mut self,
        op: Op,
        carried: NodeId,
        invariants: &[NodeId],
        count: Option<NodeId>,
    ) -> R {
        let mut ins = vec![carried];
        ins.extend_from_slice(invariants);
        if matches!(op, Op::Recurse { times: Times::Input, .. }) {
            ins.extend(count);
        }
        self.push(op, &ins)
    }
}
