//! `decompose()`: rewrites the composite ops into primitives with the same meaning.
//!
//! Rewrites: softmax, layer_norm, rms_norm, l2_normalize, rope, sigmoid_loss and
//! packed_attention; every other node is copied. The new graph has the same inputs,
//! parameters and output names.
//!
//! Precision: each expansion computes in f32 (half-precision operands are cast up on
//! entry and the result cast back), as every kernel accumulates half types in f32. The
//! attributes that become constants (`eps`, an explicit attention `scale`, the rope `base`)
//! are therefore rounded to f32; `1/√D` and the rope frequencies are computed in the graph
//! so they are exact where f32 allows.
//!
//! Packed attention becomes one dense `[Tq, Tk]` visibility mask, shared by all heads and
//! built from `iota` and comparisons against `cu_seqlens`, then masked matmul-softmax-matmul
//! with GQA through broadcast batch dims. It needs a static head dim. `cu_seqlens` are
//! not validated here (a graph cannot fail); [`crate::eval()`] of the original op does.

use crate::{AttnPart, DType, Dim, Graph, IrError, LossOptions, MaskKind, NodeId, Op, Shape};

type R = Result<NodeId, IrError>;

/// A new graph with every composite op of `g` rewritten into primitives.
pub fn decompose(g: &Graph) -> Result<Graph, IrError> {
    crate::verify(g)?;
    let mut out = Graph::new();
    let mut map: Vec<NodeId> = Vec::with_capacity(g.len());
    for id in g.ids() {
        let ins: Vec<NodeId> = g.node(id).inputs.iter().map(|i| map[i.index()]).collect();
        map.push(decompose_node(&mut out, g, id, &ins)?);
    }
    for o in g.outputs() {
        out.set_output(&o.name, map[o.node.index()]);
    }
    Ok(out)
}

/// Adds node `id` of `src` to `out`, its inputs already mapped to `ins` (ids of `out`);
/// a composite becomes primitives. Returns the id of its value in `out`.
pub fn decompose_node(out: &mut Graph, src: &Graph, id: NodeId, ins: &[NodeId]) -> R {
    let node = src.node(id);
    if node.op.is_source() {
        return out.add_source(node.op.clone(), node.ty.clone());
    }
    if !node.op.is_composite() {
        return out.push(node.op.clone(), ins);
    }
    let y = expand(out, &node.op, ins).map_err(|e| not_decomposable(id, &node.op, e))?;
    debug_assert_eq!(out.ty(y), &node.ty, "{} expands to another type", node.op);
    Ok(y)
}

fn not_decomposable(node: NodeId, op: &Op, e: IrError) -> IrError {
    match e {
        IrError::NotDecomposable { reason, .. } => {
            IrError::NotDecomposable { node, op: op.name().into(), reason }
        }
        e => IrError::NotDecomposable {
            node,
            op: op.name().into(),
            reason: format!("expansion failed: {e}"),
        },
    }
}

fn unsupported(op: &Op, reason: &str) -> IrError {
    IrError::NotDecomposable {
        node: NodeId(0), // replaced by `not_decomposable` with the source node
        op: op.name().into(),
        reason: reason.into(),
    }
}

/// One composite: up-cast to f32, expand, cast back.
fn expand(g: &mut Graph, op: &Op, ins: &[NodeId]) -> R {
    let dtype = g.ty(ins[0]).dtype;
    let x: Vec<NodeId> = ins.iter().map(|&i| up(g, i)).collect::<Result<_, _>>()?;
    let y = match op {
        Op::Softmax { axis } => softmax(g, x[0], *axis)?,
        Op::LayerNorm { eps } => layer_norm(g, x[0], x[1], x[2], eps.0)?,
        Op::RmsNorm { eps, add_one } => rms_norm(g, x[0], x[1], eps.0, *add_one)?,
        Op::L2Normalize { eps } => l2_normalize(g, x[0], eps.0)?,
        Op::Rope { base } => rope(g, x[0], ins[1], base.0)?,
        Op::SigmoidLoss { part, normalize, positives, denom } => {
            if part.is_grad() {
                return Err(unsupported(op, "sigmoid loss gradients have no primitive expansion"));
            }
            let opts = LossOptions { normalize: *normalize, positives: *positives, denom: *denom };
            return sigmoid_loss(g, &x, &opts);
        }
        Op::SegmentMask { mask, window } => {
            // Only the token counts of q and k matter: no head dim, no casts.
            let a = Attention { mask: *mask, scale: None, window: *window, head_dim: 0 };
            return a.visibility(g, ins[0], ins[1], &ins[2..]);
        }
        Op::PackedAttention { mask, scale, window, part } => {
            let head_dim = g.ty(x[0]).shape.dim(2).as_static();
            let head_dim = head_dim.ok_or_else(|| unsupported(op, "the head dim is dynamic"))?;
            let a = Attention { mask: *mask, scale: scale.map(|s| s.0), window: *window, head_dim };
            let meta = &ins[3..mask.forward_arity()];
            match part {
                AttnPart::Out => a.expand(g, &x[..3], meta)?,
                AttnPart::Lse => return a.lse(g, &x[..3], meta), // f32 already
                AttnPart::Dq | AttnPart::Dkv => {
                    return Err(unsupported(op, "attention gradients have no primitive expansion"))
                }
            }
        }
        _ => unreachable!("expand is called on composites only"),
    };
    down(g, y, dtype)
}

/// Float operands to f32; integer operands (positions, cu_seqlens) unchanged.
fn up(g: &mut Graph, x: NodeId) -> R {
    match g.ty(x).dtype {
        DType::F16 | DType::BF16 => g.cast(x, DType::F32),
        _ => Ok(x),
    }
}

fn down(g: &mut Graph, y: NodeId, dtype: DType) -> R {
    if g.ty(y).dtype == dtype {
        Ok(y)
    } else {
        g.cast(y, dtype)
    }
}

fn last_axis(g: &Graph, x: NodeId) -> usize {
    g.ty(x).shape.rank() - 1
}

fn softmax(g: &mut Graph, x: NodeId, axis: usize) -> R {
    let m = g.max(x, &[axis], true)?;
    let e = g.sub(x, m)?;
    let e = g.exp(e)?;
    let s = g.sum(e, &[axis], true)?;
    g.div(e, s)
}

/// `x · rsqrt(r + eps)` where `r` is computed from `x` by the caller.
fn scale_by_rsqrt(g: &mut Graph, x: NodeId, r: NodeId, eps: f64) -> R {
    let eps = g.scalar(DType::F32, eps)?;
    let r = g.add(r, eps)?;
    let r = g.rsqrt(r)?;
    g.mul(x, r)
}

fn layer_norm(g: &mut Graph, x: NodeId, w: NodeId, b: NodeId, eps: f64) -> R {
    let c = last_axis(g, x);
    let mu = g.mean(x, &[c], true)?;
    let xc = g.sub(x, mu)?;
    let sq = g.square(xc)?;
    let var = g.mean(sq, &[c], true)?;
    let y = scale_by_rsqrt(g, xc, var, eps)?;
    let y = g.mul(y, w)?;
    g.add(y, b)
}

fn rms_norm(g: &mut Graph, x: NodeId, w: NodeId, eps: f64, add_one: bool) -> R {
    let c = last_axis(g, x);
    let sq = g.square(x)?;
    let ms = g.mean(sq, &[c], true)?;
    let y = scale_by_rsqrt(g, x, ms, eps)?;
    let w = if add_one {
        let one = g.scalar(DType::F32, 1.0)?;
        g.add(one, w)?
    } else {
        w
    };
    g.mul(y, w)
}

fn l2_normalize(g: &mut Graph, x: NodeId, eps: f64) -> R {
    let c = last_axis(g, x);
    let sq = g.square(x)?;
    let ss = g.sum(sq, &[c], true)?;
    scale_by_rsqrt(g, x, ss, eps)
}

/// Rotate-half: `[x1 cos − x2 sin, x2 cos + x1 sin]` with `x1, x2` the halves of D.
fn rope(g: &mut Graph, x: NodeId, positions: NodeId, base: f64) -> R {
    let d = g.ty(x).shape.dim(2).as_static().expect("rope's head dim is static by typing");
    let x1 = g.slice(x, 2, 0, d / 2)?;
    let x2 = g.slice(x, 2, d / 2, d)?;
    let (cos, sin) = rope_angles(g, x1, positions, base, d)?;
    let (a, b) = (g.mul(x1, cos)?, g.mul(x2, sin)?);
    let lo = g.sub(a, b)?;
    let (a, b) = (g.mul(x2, cos)?, g.mul(x1, sin)?);
    let hi = g.add(a, b)?;
    g.concat(&[lo, hi], 2)
}

/// `cos θ`, `sin θ` over `like`'s shape `[T, H, D/2]`: `θ_i = pos · base^(−2i/D)`.
fn rope_angles(
    g: &mut Graph,
    like: NodeId,
    positions: NodeId,
    base: f64,
    d: usize,
) -> Result<(NodeId, NodeId), IrError> {
    let i = g.iota(like, 2, DType::F32)?;
    let e = g.scale(i, -2.0)?;
    let dd = g.scalar(DType::F32, d as f64)?;
    let e = g.div(e, dd)?;
    let b = g.scalar(DType::F32, base)?;
    let inv_freq = g.pow(b, e)?;
    let t = g.ty(positions).shape.dim(0).clone();
    let p = g.cast(positions, DType::F32)?;
    let p = g.reshape(p, Shape(vec![t, Dim::Static(1), Dim::Static(1)]))?;
    let theta = g.mul(p, inv_freq)?;
    Ok((g.cos(theta)?, g.sin(theta)?))
}

/// `-(1/N) Σ_i Σ_j logσ(z_ij (e^t'·x_i·y_j + b))` with `z` = ±1 from an iota diagonal.
/// `x̂ = x/‖x‖` row-wise (no epsilon, as the op defines) when `normalize`.
fn loss_rows(g: &mut Graph, x: NodeId, normalize: bool) -> R {
    if normalize {
        l2_normalize(g, x, 0.0)
    } else {
        Ok(x)
    }
}

fn sigmoid_loss(g: &mut Graph, x: &[NodeId], opts: &LossOptions) -> R {
    let (xh, yh) = (loss_rows(g, x[0], opts.normalize)?, loss_rows(g, x[1], opts.normalize)?);
    let xy = g.matmul_t(xh, yh, false, true)?;
    let t = g.exp(x[2])?;
    let logits = g.mul(t, xy)?;
    let logits = g.add(logits, x[3])?;
    let zl = match opts.positives {
        None => g.neg(logits)?,
        Some(k) => {
            let (r, c) = (g.iota(logits, 0, DType::I32)?, g.iota(logits, 1, DType::I32)?);
            let r = if k == 0 {
                r
            } else {
                let k = g.scalar(DType::I32, k as f64)?;
                g.add(r, k)?
            };
            let positive = g.eq(r, c)?;
            let (pos, neg) = (g.scalar(DType::F32, 1.0)?, g.scalar(DType::F32, -1.0)?);
            let z = g.select(positive, pos, neg)?;
            g.mul(z, logits)?
        }
    };
    let ls = g.logsigmoid(zl)?;
    let rows = g.sum(ls, &[1], false)?;
    let m = match opts.denom {
        None => g.mean(rows, &[0], false)?,
        Some(d) => {
            let s = g.sum(rows, &[0], false)?;
            let d = g.scalar(DType::F32, d as f64)?;
            g.div(s, d)?
        }
    };
    g.neg(m)
}

/// A packed attention node's attributes, for its expansion.
struct Attention {
    mask: MaskKind,
    scale: Option<f64>,
    window: Option<usize>,
    head_dim: usize,
}

/// Per-token segment facts of a packed tensor: all i32 `[T]`.
struct Tokens {
    /// Segment index.
    seg: NodeId,
    /// Index within the segment.
    local: NodeId,
}

impl Attention {
    /// `x`: q, k, v (f32); `meta`: cu_seqlens_q, cu_seqlens_k (, prefix_lens).
    fn expand(&self, g: &mut Graph, x: &[NodeId], meta: &[NodeId]) -> R {
        let visible = self.visibility(g, x[0], x[1], meta)?;
        let (hq, hk) = (static_dim(g, x[0], 1), static_dim(g, x[1], 1));
        let scores = self.scores(g, x[0], x[1], hk, hq / hk)?;
        let p = masked_softmax(g, scores, visible)?;
        let v = kv_heads(g, x[2])?;
        let o = g.matmul(p, v)?; // [Hk, G, Tq, D]
        let o = g.permute(o, &[2, 0, 1, 3])?;
        let t = g.ty(x[0]).shape.dim(0).clone();
        g.reshape(o, Shape(vec![t, Dim::Static(hq), Dim::Static(self.head_dim)]))
    }

    /// The log-sum-exp of each query's visible scaled scores, f32 `[Hq, Tq]` (`-inf` where
    /// a query sees no key).
    fn lse(&self, g: &mut Graph, x: &[NodeId], meta: &[NodeId]) -> R {
        let visible = self.visibility(g, x[0], x[1], meta)?;
        let (hq, hk) = (static_dim(g, x[0], 1), static_dim(g, x[1], 1));
        let scores = self.scores(g, x[0], x[1], hk, hq / hk)?;
        let hidden = g.scalar(DType::F32, f64::NEG_INFINITY)?;
        let s = g.select(visible, scores, hidden)?;
        let m = g.max(s, &[3], true)?;
        // A fully hidden row has m = -inf; shift by a finite value there so no inf - inf.
        let finite = g.scalar(DType::F32, -1e30)?;
        let shift = g.maximum(m, finite)?;
        let e = g.sub(s, shift)?;
        let e = g.exp(e)?;
        let sum = g.sum(e, &[3], true)?;
        let l = g.log(sum)?;
        let l = g.add(l, shift)?; // [Hk, G, Tq, 1]
        let t = g.ty(x[0]).shape.dim(0).clone();
        g.reshape(l, Shape(vec![Dim::Static(hq), t]))
    }

    /// Scaled `q·kᵀ` as `[Hk, G, Tq, Tk]`: query head `h` is `(h / G, h % G)`, so the kv
    /// head is shared by broadcasting the batch dim of size 1.
    fn scores(&self, g: &mut Graph, q: NodeId, k: NodeId, hk: usize, group: usize) -> R {
        let t = g.ty(q).shape.dim(0).clone();
        let shape = Shape(vec![t, hk.into(), group.into(), self.head_dim.into()]);
        let q = g.reshape(q, shape)?;
        let q = g.permute(q, &[1, 2, 0, 3])?;
        let k = kv_heads(g, k)?;
        let s = g.matmul_t(q, k, false, true)?;
        let scale = match self.scale {
            Some(s) => g.scalar(DType::F32, s)?,
            None => {
                let d = g.scalar(DType::F32, self.head_dim as f64)?;
                g.rsqrt(d)?
            }
        };
        g.mul(s, scale)
    }

    /// u8 `[Tq, Tk]`: 1 where query token `t` may see key token `u`.
    fn visibility(&self, g: &mut Graph, q: NodeId, k: NodeId, meta: &[NodeId]) -> R {
        let (cu_q, cu_k) = (meta[0], meta[1]);
        let (tq, tk) = (tokens(g, q, cu_q)?, tokens(g, k, cu_k)?);
        let diag = aligned_diagonal(g, &tq, cu_q, cu_k)?;
        let (seg_q, seg_k) = (column(g, tq.seg)?, row(g, tk.seg)?);
        let (diag, j) = (column(g, diag)?, row(g, tk.local)?);
        let mut vis = g.eq(seg_q, seg_k)?;
        if let Some(rule) = self.mask_rule(g, j, diag, tq.seg, meta.get(2).copied())? {
            vis = g.minimum(vis, rule)?;
        }
        if let Some(w) = self.window {
            let w = g.scalar(DType::I32, w as f64)?;
            let oldest = g.sub(diag, w)?;
            let recent = g.gt(j, oldest)?;
            vis = g.minimum(vis, recent)?;
        }
        Ok(vis)
    }

    /// The causal or prefix-LM rule as u8 `[Tq, Tk]`; `None` for the full mask.
    fn mask_rule(
        &self,
        g: &mut Graph,
        j: NodeId,
        diag: NodeId,
        seg_q: NodeId,
        prefix_lens: Option<NodeId>,
    ) -> Result<Option<NodeId>, IrError> {
        if self.mask == MaskKind::Full {
            return Ok(None);
        }
        let causal = g.le(j, diag)?;
        match prefix_lens {
            Some(prefix) if self.mask == MaskKind::PrefixLm => {
                let p = g.gather(prefix, seg_q, 0)?;
                let p = column(g, p)?;
                let in_prefix = g.lt(j, p)?;
                g.maximum(in_prefix, causal).map(Some)
            }
            _ => Ok(Some(causal)),
        }
    }
}

/// `i + Lk − Lq` per query token: the diagonal aligned to the end of the segment, so
/// query `i` is causal over keys `j ≤ i + Lk − Lq`.
fn aligned_diagonal(g: &mut Graph, tq: &Tokens, cu_q: NodeId, cu_k: NodeId) -> R {
    let lq = seg_len(g, cu_q, tq.seg)?;
    let lk = seg_len(g, cu_k, tq.seg)?;
    let diag = g.add(tq.local, lk)?;
    g.sub(diag, lq)
}

fn static_dim(g: &Graph, x: NodeId, axis: usize) -> usize {
    g.ty(x).shape.dim(axis).as_static().expect("head counts are static by typing")
}

/// k or v `[Tk, Hk, D]` as `[Hk, 1, Tk, D]`.
fn kv_heads(g: &mut Graph, x: NodeId) -> R {
    let s = g.ty(x).shape.clone();
    let k = g.permute(x, &[1, 0, 2])?;
    let shape = Shape(vec![s.dim(1).clone(), Dim::Static(1), s.dim(0).clone(), s.dim(2).clone()]);
    g.reshape(k, shape)
}

/// Softmax over the last axis of `scores` restricted to `visible`; a row with no visible
/// key gives zeros. Hidden scores become a large negative number rather than −∞, so an
/// empty row stays finite; then its sum is 0 and `max(sum, 1)` keeps `0 / 1` (a row with a
/// visible key has sum ≥ 1: its maximum contributes `e^0`).
fn masked_softmax(g: &mut Graph, scores: NodeId, visible: NodeId) -> R {
    let hidden = g.scalar(DType::F32, -1e30)?;
    let s = g.select(visible, scores, hidden)?;
    let m = g.max(s, &[3], true)?;
    let e = g.sub(s, m)?;
    let e = g.exp(e)?;
    let zero = g.scalar(DType::F32, 0.0)?;
    let e = g.select(visible, e, zero)?;
    let sum = g.sum(e, &[3], true)?;
    let one = g.scalar(DType::F32, 1.0)?;
    let sum = g.maximum(sum, one)?;
    g.div(e, sum)
}

/// Segment index and index within the segment of every token of `x [T, ...]`.
fn tokens(g: &mut Graph, x: NodeId, cu: NodeId) -> Result<Tokens, IrError> {
    let t = g.ty(x).shape.dim(0).clone();
    let mut first = x;
    for axis in 1..g.ty(x).shape.rank() {
        first = g.slice(first, axis, 0, 1)?;
    }
    let pos = g.iota(first, 0, DType::I32)?;
    let pos = g.reshape(pos, Shape(vec![t]))?;
    // seg(t) = #{s : cu[s] ≤ t} − 1 picks the last segment starting at or before t,
    // which skips empty segments.
    let (pos_col, cu_row) = (column(g, pos)?, row(g, cu)?);
    let started = g.ge(pos_col, cu_row)?;
    let started = g.cast(started, DType::I32)?;
    let count = g.sum(started, &[1], false)?;
    let one = g.scalar(DType::I32, 1.0)?;
    let seg = g.sub(count, one)?;
    let start = g.gather(cu, seg, 0)?;
    let local = g.sub(pos, start)?;
    Ok(Tokens { seg, local })
}

/// `cu[seg + 1] − cu[seg]` for each token.
fn seg_len(g: &mut Graph, cu: NodeId, seg: NodeId) -> R {
    let one = g.scalar(DType::I32, 1.0)?;
    let next = g.add(seg, one)?;
    let end = g.gather(cu, next, 0)?;
    let start = g.gather(cu, seg, 0)?;
    g.sub(end, start)
}

/// `[n]` as `[n, 1]`.
fn column(g: &mut Graph, x: NodeId) -> R {
    let n = g.ty(x).shape.dim(0).clone();
    g.reshape(x, Shape(vec![n, Dim::Static(1)]))
}

/// `[n]` as `[1, n]`.
fn row(g: &mut Graph, x: NodeId) -> R {
    let n = g.ty(x).shape.dim(0).clone();
    g.reshape(x, Shape(vec![Dim::Static(1), n]))
}
