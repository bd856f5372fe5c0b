//! Attention fusion: finds attention written unfused over a packed-segment mask and
//! rewrites it into one `packed_attention` node, so the `[H, Tq, Tk]` scores are never
//! materialised.
//!
//! The pattern, with heads as the batch dim (`qh [H, Tq, D]`, `kh`, `vh [Hk, Tk, D]` where
//! `Hk` is `H` or 1):
//!
//! ```text
//! s = matmul(qh, kh, transpose_b)          [H, Tq, Tk]
//! s = s · c  |  c · s  |  s / c            c a scalar constant (absent: scale 1)
//! s = select(m, s, NEG)                    m = segment_mask(..), maybe broadcast or reshaped;
//!                                          NEG a constant ≤ -1e4 (or -inf)
//! p = softmax(s, axis = 2)
//! o = matmul(p, vh)                        [H, Tq, D]
//! ```
//!
//! becomes `permute(packed_attention(permute(qh), permute(kh), permute(vh), cu_q, cu_k
//! [, prefix]), [1, 0, 2])`; the permutes are views, not copies. Only `o` is replaced:
//! intermediate values other nodes still read stay (dead code elimination sweeps the rest).
//!
//! One deliberate difference: a query that sees no key (possible with `L_q ≠ L_k` or a
//! window) gets zeros from the fused op, where the unfused softmax of a fully masked row
//! is NaN (NEG = -inf) or a uniform average (finite NEG).
//!
//! Permutes of permutes are composed on the way (an identity disappears), so the fused op
//! reads and writes the tokens-first tensors of the usual layout without copies.
//!
//! Then every remaining `segment_mask` (one whose attention did not match) is expanded
//! into primitives by [`packfuse_ir::decompose::decompose_node`], as no kernel computes it.

use packfuse_ir::decompose::decompose_node;
use packfuse_ir::{AttnPart, BinaryOp, Graph, IrError, MaskKind, NodeId, Op, F64};

/// Scores below this count as "masked out" in the select.
const NEG_LIMIT: f64 = -1e4;

/// The graph with unfused attention over segment masks rewritten to `packed_attention`, and
/// the other segment masks expanded.
pub fn run(g: &Graph) -> Result<Graph, IrError> {
    super::rebuild(g, |out, id, ins, remap| {
        Ok(Some(if let Some(m) = match_attention(g, id) {
            rewrite(out, &m, remap)?
        } else if let Op::SegmentMask { .. } = g.node(id).op {
            decompose_node(out, g, id, ins)?
        } else if let Op::Permute { perm } = &g.node(id).op {
            permute(out, ins[0], perm)?
        } else {
            return Ok(None);
        }))
    })
}

/// A matched pattern, in ids of the source graph.
struct Match {
    q: NodeId,
    k: NodeId,
    v: NodeId,
    /// The segment mask's kind and window.
    mask: MaskKind,
    window: Option<usize>,
    /// Its `cu_seqlens_q, cu_seqlens_k[, prefix_lens]`.
    meta: Vec<NodeId>,
    scale: f64,
}

/// The scalar value of a constant node whose elements are all equal.
fn scalar_constant(g: &Graph, id: NodeId) -> Option<f64> {
    let Op::Constant { value } = &g.node(id).op else { return None };
    let mut vals = value.values();
    let first = vals.next()?;
    vals.all(|v| v == first || (v.is_nan() && first.is_nan())).then_some(first)
}

/// `segment_mask`, possibly through broadcasts and reshapes.
fn segment_mask_under_views(g: &Graph, mut id: NodeId) -> Option<NodeId> {
    loop {
        match g.node(id).op {
            Op::SegmentMask { .. } => return Some(id),
            Op::Broadcast { .. } | Op::Reshape { .. } => id = g.node(id).inputs[0],
            _ => return None,
        }
    }
}

fn match_attention(g: &Graph, o: NodeId) -> Option<Match> {
    let node = g.node(o);
    let Op::MatMul { transpose_a: false, transpose_b: false } = node.op else { return None };
    let (p, v) = (node.inputs[0], node.inputs[1]);
    let Op::Softmax { axis: 2 } = g.node(p).op else { return None };
    let masked = g.node(p).inputs[0];
    let (Op::Select, [m, scaled, neg]) = (&g.node(masked).op, g.node(masked).inputs.as_slice())
    else {
        return None;
    };
    if scalar_constant(g, *neg).is_none_or(|x| x > NEG_LIMIT) {
        return None;
    }
    let mask = segment_mask_under_views(g, *m)?;
    let (scores, scale) = split_scale(g, *scaled);
    let Op::MatMul { transpose_a: false, transpose_b: true } = g.node(scores).op else {
        return None;
    };
    let (q, k) = (g.node(scores).inputs[0], g.node(scores).inputs[1]);
    if !shapes_fit(g, q, k, v, mask, o) {
        return None;
    }
    let Op::SegmentMask { mask: kind, window } = g.node(mask).op else { return None };
    let meta = g.node(mask).inputs[2..].to_vec();
    Some(Match { q, k, v, mask: kind, window, meta, scale })
}

/// `(s, c)` for `s · c`, `c · s` or `s / c` with a scalar constant `c`; else `(x, 1)`.
fn split_scale(g: &Graph, x: NodeId) -> (NodeId, f64) {
    let n = g.node(x);
    let Op::Binary { f } = n.op else { return (x, 1.0) };
    let (a, b) = (n.inputs[0], n.inputs[1]);
    match (f, scalar_constant(g, a), scalar_constant(g, b)) {
        (BinaryOp::Mul, _, Some(c)) if c.is_finite() => (a, c),
        (BinaryOp::Mul, Some(c), _) if c.is_finite() => (b, c),
        (BinaryOp::Div, _, Some(c)) if c.is_finite() && c != 0.0 => (a, 1.0 / c),
        _ => (x, 1.0),
    }
}

/// Rank-3 heads-first operands whose sizes agree with the mask and the output, one float
/// dtype, static heads (`Hk` = `H` or 1) and a supported head dim.
fn shapes_fit(g: &Graph, q: NodeId, k: NodeId, v: NodeId, mask: NodeId, o: NodeId) -> bool {
    let (tq, tk, tv) = (g.ty(q), g.ty(k), g.ty(v));
    if [tq, tk, tv].iter().any(|t| t.shape.rank() != 3 || t.dtype != tq.dtype) {
        return false;
    }
    if !tq.dtype.is_float() || g.ty(o).shape != tq.shape {
        return false;
    }
    let (qs, ks, vs) = (&tq.shape, &tk.shape, &tv.shape);
    let (Some(h), Some(hk), Some(d)) =
        (qs.dim(0).as_static(), ks.dim(0).as_static(), qs.dim(2).as_static())
    else {
        return false;
    };
    let heads_ok = (hk == h || hk == 1) && vs.dim(0) == ks.dim(0);
    let dims_ok = ks.dim(2) == qs.dim(2) && vs.dim(2) == qs.dim(2) && vs.dim(1) == ks.dim(1);
    let mask_shape = &g.ty(mask).shape;
    let mask_ok = mask_shape.dim(0) == qs.dim(1) && mask_shape.dim(1) == ks.dim(1);
    heads_ok && dims_ok && mask_ok && (1..=packfuse_ir::MAX_HEAD_DIM).contains(&d)
}

/// Emits the fused replacement of a match into `out`; returns the node standing for `o`.
fn rewrite(out: &mut Graph, m: &Match, remap: &[NodeId]) -> Result<NodeId, IrError> {
    let r = |id: NodeId| remap[id.index()];
    let tokens_first = |out: &mut Graph, x: NodeId| permute(out, r(x), &[1, 0, 2]);
    let (q, k, v) = (tokens_first(out, m.q)?, tokens_first(out, m.k)?, tokens_first(out, m.v)?);
    let mut ins = vec![q, k, v];
    ins.extend(m.meta.iter().map(|&i| r(i)));
    let op = Op::PackedAttention {
        mask: m.mask,
        scale: Some(F64(m.scale)),
        window: m.window,
        part: AttnPart::Out,
    };
    let a = out.push(op, &ins)?;
    permute(out, a, &[1, 0, 2])
}

/// `permute(x, perm)`, composed with a permute that produced `x`; the identity is no node.
/// (Attention written heads-first is permuted on the way in and out; the rewrite undoes
/// both, so the fused op reads and writes tokens-first tensors directly.)
fn permute(out: &mut Graph, x: NodeId, perm: &[usize]) -> Result<NodeId, IrError> {
    let (src, perm) = match &out.node(x).op {
        Op::Permute { perm: inner } => {
            (out.node(x).inputs[0], perm.iter().map(|&p| inner[p]).collect::<Vec<_>>())
        }
        _ => (x, perm.to_vec()),
    };
    if perm.iter().enumerate().all(|(i, &p)| i == p) {
        Ok(src)
    } else {
        out.permute(src, &perm)
    }
}
