//! Sigmoid-loss fusion: finds SigLIP's loss written unfused and rewrites it into one
//! `sigmoid_loss` node, so the `N × M` logits are never materialised.
//!
//! The pattern (`x [N, D]`, `y [M, D]`; `t'` and `b` of shape `[]` or `[1]`; a scalar may
//! reach a binary op through broadcasts and reshapes):
//!
//! ```text
//! s  = matmul(x̂, ŷ, transpose_b)        x̂ = x, ŷ = y; or both l2_normalize(·, eps = 0);
//!                                         matmul(x̂, permute(ŷ, [1, 0])) too
//! l  = s · T + b                          either operand order; T = exp(t'), or a positive
//!                                         scalar constant c (then t' = ln c)
//! zl = z · l  |  −l                       z = +1 where j = i + k, −1 elsewhere: select(eq(
//!                                         iota₀ [+ k₀], iota₁ [+ k₁]), 1, −1) or a constant
//!                                         matrix of ±1; −l: every pair negative
//! ls = logsigmoid(zl)
//! L  = c · Σ_ij ls                        sums and means over both axes (one reduce or
//!                                         two), with neg, mul and div by scalar constants
//!                                         on the way; c must be −1/N (a mean over the N
//!                                         rows) or −1/d for a whole number d
//! ```
//!
//! becomes `sigmoid_loss(x, y, t', b)` with `normalize`, `positives` (`Some(k)`, or `None`
//! for `−l`) and `denom` (`None` for −1/N with `N` the rows of `x`, else `Some(d)`), cast to
//! `L`'s dtype if that is not f32. Only `L` is replaced; intermediates other nodes still
//! read stay (dead code elimination sweeps the rest).
//!
//! Steps, for each rank-0 node in order:
//! 1. peel scalar factors and reductions off `L` down to a `logsigmoid` (`peel`); the
//!    reductions must cover both axes, and the factor with the means' counts gives `denom`;
//! 2. split `zl` into the sign matrix and `l` (`sign_offset` finds `k`);
//! 3. split `l` into `b`, `T` and the product, and the product into its operands;
//! 4. emit the op. If it does not type (say `t'` and `x` differ in dtype), the node is kept
//!    as written: a near miss is never an error.
//!
//! `l2_normalize` with a non-zero epsilon is not folded into the op (whose normalisation
//! has none, so the two differ for tiny rows): it stays a node of its own, and the
//! normalised rows become the op's `x` and `y`.

use packfuse_ir::{BinaryOp, DType, Dim, Graph, IrError, NodeId, Op, ReduceOp, UnaryOp};

/// The graph with unfused sigmoid losses rewritten to `sigmoid_loss` nodes.
pub fn run(g: &Graph) -> Result<Graph, IrError> {
    super::rebuild(g, |out, id, _, remap| {
        Ok(match_loss(g, id).and_then(|m| rewrite(out, g, id, &m, remap)))
    })
}

/// A matched loss, in ids of the source graph.
struct Match {
    x: NodeId,
    y: NodeId,
    /// `t'`, or the constant `T` whose log it is.
    temp: Temp,
    b: NodeId,
    normalize: bool,
    positives: Option<i64>,
    denom: Option<u64>,
}

/// How the temperature is given.
enum Temp {
    /// `exp(t')` of this node.
    Exp(NodeId),
    /// A positive constant `T`: `t' = ln T`.
    Const(f64),
}

fn match_loss(g: &Graph, root: NodeId) -> Option<Match> {
    if g.ty(root).shape.rank() != 0 {
        return None;
    }
    let peeled = peel(g, root)?;
    let ls = g.node(peeled.ls);
    let zl = ls.inputs[0];
    let (l, positives) = split_sign(g, zl)?;
    let (prod, temp, b) = split_logits(g, l)?;
    let (x, y, normalize) = split_product(g, prod)?;
    let lt = &g.ty(l).shape;
    let (xs, ys) = (&g.ty(x).shape, &g.ty(y).shape);
    if lt.rank() != 2 || lt.dim(0) != xs.dim(0) || lt.dim(1) != ys.dim(0) {
        return None;
    }
    let denom = denom(&peeled, xs.dim(0), lt)?;
    Some(Match { x, y, temp, b, normalize, positives, denom })
}

/// `L = factor · reduce…(logsigmoid(..))`, read from the root down.
struct Peeled {
    /// The logsigmoid node.
    ls: NodeId,
    /// The product of the scalar factors.
    factor: f64,
    /// Axes of the `[N, M]` logsigmoid averaged (not just summed) on the way.
    mean_axes: Vec<usize>,
}

/// Step 1: scalar factors and reductions down to the logsigmoid; `None` unless the
/// reductions remove both axes (with `keep_dims` off).
fn peel(g: &Graph, root: NodeId) -> Option<Peeled> {
    let mut id = root;
    let mut factor = 1.0;
    let mut reduces: Vec<(ReduceOp, Vec<usize>)> = Vec::new();
    loop {
        let n = g.node(id);
        match &n.op {
            Op::Unary { f: UnaryOp::Neg } => factor = -factor,
            Op::Binary { f: BinaryOp::Mul } => {
                let (other, c) = scalar_operand(g, n.inputs[0], n.inputs[1])?;
                factor *= c;
                id = other;
                continue;
            }
            Op::Binary { f: BinaryOp::Div } => {
                let c = scalar_constant(g, n.inputs[1]).filter(|&c| c != 0.0 && c.is_finite())?;
                factor /= c;
            }
            Op::Reduce { f: f @ (ReduceOp::Sum | ReduceOp::Mean), axes, keep_dims: false } => {
                reduces.push((*f, axes.clone()));
            }
            Op::Unary { f: UnaryOp::LogSigmoid } => break,
            _ => return None,
        }
        id = n.inputs[0];
    }
    if g.ty(id).shape.rank() != 2 {
        return None;
    }
    // Bottom-up: map each reduce's axes back to the logsigmoid's.
    let mut remaining = vec![0usize, 1];
    let mut mean_axes = Vec::new();
    for (f, axes) in reduces.iter().rev() {
        let orig: Vec<usize> =
            axes.iter().map(|&a| remaining.get(a).copied()).collect::<Option<_>>()?;
        if *f == ReduceOp::Mean {
            mean_axes.extend(&orig);
        }
        remaining.retain(|a| !orig.contains(a));
    }
    remaining.is_empty().then_some(Peeled { ls: id, factor, mean_axes })
}

/// The divisor of the fused op for `L = factor · Σ / Π(mean counts)`, which must equal
/// `−Σ / denom`: `None` (N) when the counts are the rows `n` of `x` and the factor −1;
/// otherwise the whole number `−Π(counts) / factor` (counts static).
fn denom(p: &Peeled, n: &Dim, shape: &packfuse_ir::Shape) -> Option<Option<u64>> {
    let dims: Vec<&Dim> = p.mean_axes.iter().map(|&a| shape.dim(a)).collect();
    if p.factor == -1.0 && dims.len() == 1 && dims[0] == n {
        return Some(None);
    }
    let count: usize = dims.iter().map(|d| d.as_static()).product::<Option<usize>>()?;
    let d = -(count as f64) / p.factor;
    let r = d.round();
    // Constants stored in f32 hold 1/d to about 6e-8.
    let whole = d.is_finite() && r >= 1.0 && (d - r).abs() <= 1e-6 * r;
    whole.then_some(Some(r as u64))
}

/// Step 2: `zl` as `(l, positives)`: `z · l` (either order) or `−l` (no positive pair).
fn split_sign(g: &Graph, zl: NodeId) -> Option<(NodeId, Option<i64>)> {
    let n = g.node(zl);
    match n.op {
        Op::Unary { f: UnaryOp::Neg } => Some((n.inputs[0], None)),
        Op::Binary { f: BinaryOp::Mul } => {
            let (a, b) = (n.inputs[0], n.inputs[1]);
            let same = |z: NodeId, l: NodeId| g.ty(z).shape == g.ty(l).shape;
            if let Some(k) = same(a, b).then(|| sign_offset(g, a)).flatten() {
                return Some((b, k));
            }
            let k = same(b, a).then(|| sign_offset(g, b)).flatten()?;
            Some((a, k))
        }
        _ => None,
    }
}

/// The positive offset of a sign matrix `z` (`+1` exactly where `j = i + k`, `−1`
/// elsewhere): `Some(Some(k))`; `Some(None)` for all −1; `None` if `z` is no sign matrix.
fn sign_offset(g: &Graph, z: NodeId) -> Option<Option<i64>> {
    let n = g.node(z);
    match &n.op {
        Op::Select => {
            let (c, a, b) = (n.inputs[0], n.inputs[1], n.inputs[2]);
            if scalar_constant(g, a)? != 1.0 || scalar_constant(g, b)? != -1.0 {
                return None;
            }
            let cond = g.node(c);
            let Op::Binary { f: BinaryOp::Eq } = cond.op else { return None };
            let (p, q) = (affine_iota(g, cond.inputs[0])?, affine_iota(g, cond.inputs[1])?);
            // i + k₀ == j + k₁  ⇔  j = i + (k₀ − k₁)
            match (p, q) {
                ((0, k0), (1, k1)) | ((1, k1), (0, k0)) => Some(Some(k0 - k1)),
                _ => None,
            }
        }
        Op::Constant { value } => {
            let s = g.ty(z).shape.as_static()?;
            let [rows, cols] = s.as_slice() else { return None };
            constant_offset(value.values(), *rows, *cols)
        }
        _ => None,
    }
}

/// `(axis, k)` for `iota(axis) [+ k]` with an integer constant `k` (either order), or
/// `iota − k`.
fn affine_iota(g: &Graph, id: NodeId) -> Option<(usize, i64)> {
    let n = g.node(id);
    let int = |c: f64| (c.fract() == 0.0 && c.abs() < 1e15).then_some(c as i64);
    match &n.op {
        Op::Iota { axis, .. } if g.ty(id).shape.rank() == 2 => Some((*axis, 0)),
        Op::Binary { f: BinaryOp::Add } => {
            let (other, c) = scalar_operand(g, n.inputs[0], n.inputs[1])?;
            let (axis, k) = affine_iota(g, other)?;
            Some((axis, k + int(c)?))
        }
        Op::Binary { f: BinaryOp::Sub } => {
            let c = int(scalar_constant(g, n.inputs[1])?)?;
            let (axis, k) = affine_iota(g, n.inputs[0])?;
            Some((axis, k - c))
        }
        _ => None,
    }
}

/// The offset of a `rows × cols` constant of ±1 (see [`sign_offset`]): every +1 on one
/// diagonal `j = i + k`, and every cell of that diagonal +1.
fn constant_offset(
    vals: impl Iterator<Item = f64>,
    rows: usize,
    cols: usize,
) -> Option<Option<i64>> {
    let (mut k, mut plus) = (None, 0usize);
    for (idx, v) in vals.enumerate() {
        let (i, j) = ((idx / cols) as i64, (idx % cols) as i64);
        if v == 1.0 {
            plus += 1;
            if *k.get_or_insert(j - i) != j - i {
                return None;
            }
        } else if v != -1.0 {
            return None;
        }
    }
    let Some(k) = k else { return Some(None) };
    let cells = (0..rows as i64).filter(|i| (0..cols as i64).contains(&(i + k))).count();
    (plus == cells).then_some(Some(k))
}

/// Step 3: `l = s · T + b` as `(s, T, b)`.
fn split_logits(g: &Graph, l: NodeId) -> Option<(NodeId, Temp, NodeId)> {
    let n = g.node(l);
    let Op::Binary { f: BinaryOp::Add } = n.op else { return None };
    let (a, b) = (n.inputs[0], n.inputs[1]);
    let (scaled, bias) = if is_scalar(g, b) { (a, b) } else { (b, a) };
    if !is_scalar(g, bias) {
        return None;
    }
    let m = g.node(scaled);
    let Op::Binary { f: BinaryOp::Mul } = m.op else { return None };
    let (p, q) = (m.inputs[0], m.inputs[1]);
    let (prod, t) = if is_scalar(g, q) { (p, q) } else { (q, p) };
    let t = strip_views(g, t);
    let temp = match g.node(t).op {
        Op::Unary { f: UnaryOp::Exp } if is_scalar(g, g.node(t).inputs[0]) => {
            Temp::Exp(strip_views(g, g.node(t).inputs[0]))
        }
        _ => Temp::Const(scalar_constant(g, t).filter(|&c| c > 0.0 && c.is_finite())?),
    };
    Some((prod, temp, strip_views(g, bias)))
}

/// `(x, y, normalize)` from `matmul(x̂, ŷ, transpose_b)` or `matmul(x̂, permute(ŷ))`.
fn split_product(g: &Graph, prod: NodeId) -> Option<(NodeId, NodeId, bool)> {
    let n = g.node(prod);
    let (xh, yh) = match n.op {
        Op::MatMul { transpose_a: false, transpose_b: true } => (n.inputs[0], n.inputs[1]),
        Op::MatMul { transpose_a: false, transpose_b: false } => {
            let p = g.node(n.inputs[1]);
            match &p.op {
                Op::Permute { perm } if perm.as_slice() == [1, 0] => (n.inputs[0], p.inputs[0]),
                _ => return None,
            }
        }
        _ => return None,
    };
    if g.ty(xh).shape.rank() != 2 || g.ty(yh).shape.rank() != 2 {
        return None;
    }
    let unnormalized = |id: NodeId| match g.node(id).op {
        Op::L2Normalize { eps } if eps.0 == 0.0 => Some(g.node(id).inputs[0]),
        _ => None,
    };
    match (unnormalized(xh), unnormalized(yh)) {
        (Some(x), Some(y)) => Some((x, y, true)),
        (None, None) => Some((xh, yh, false)),
        _ => None,
    }
}

/// Step 4: the fused node standing for `root`, or `None` if it does not type.
fn rewrite(
    out: &mut Graph,
    g: &Graph,
    root: NodeId,
    m: &Match,
    remap: &[NodeId],
) -> Option<NodeId> {
    let r = |id: NodeId| remap[id.index()];
    let dtype = g.ty(m.x).dtype;
    let tp = match m.temp {
        Temp::Exp(t) => r(t),
        Temp::Const(c) => out.scalar(dtype, c.ln()).ok()?,
    };
    let op = Op::SigmoidLoss {
        part: packfuse_ir::LossPart::Loss,
        normalize: m.normalize,
        positives: m.positives,
        denom: m.denom,
    };
    let loss = out.push(op, &[r(m.x), r(m.y), tp, r(m.b)]).ok()?;
    match g.ty(root).dtype {
        DType::F32 => Some(loss),
        d => out.cast(loss, d).ok(),
    }
}

/// `(other, c)` when one of `a`, `b` is a scalar constant `c` (the other is returned).
fn scalar_operand(g: &Graph, a: NodeId, b: NodeId) -> Option<(NodeId, f64)> {
    match (scalar_constant(g, a), scalar_constant(g, b)) {
        (_, Some(c)) => Some((a, c)),
        (Some(c), _) => Some((b, c)),
        _ => None,
    }
}

/// The value of a constant whose elements are all equal, through broadcasts and reshapes.
fn scalar_constant(g: &Graph, id: NodeId) -> Option<f64> {
    let Op::Constant { value } = &g.node(strip_views(g, id)).op else { return None };
    let mut vals = value.values();
    let first = vals.next()?;
    vals.all(|v| v == first).then_some(first)
}

/// True for a node of one element (`[]`, `[1]`, …) under its broadcasts and reshapes.
fn is_scalar(g: &Graph, id: NodeId) -> bool {
    g.ty(strip_views(g, id)).shape.static_numel() == Some(1)
}

/// `id` under its broadcasts and reshapes.
fn strip_views(g: &Graph, mut id: NodeId) -> NodeId {
    while let Op::Broadcast { .. } | Op::Reshape { .. } = g.node(id).op {
        id = g.node(id).inputs[0];
    }
    id
}
