//! The float64 reference interpreter: slow, obvious, and the oracle for every backend's
//! tests.
//!
//! Semantics, beyond what each [`Op`] variant documents:
//! - every value is an `f64` array; results of float ops are *not* rounded to their dtype
//!   (the reference is the exact function), except that [`Op::Cast`] rounds with
//!   [`DType::round`];
//! - results of integer dtype (`i32`, `u8`) are rounded with [`DType::round`] after every
//!   op, so `i32` division truncates toward zero and overflow saturates;
//! - composites (softmax, norms, rope, attention, sigmoid loss) are computed directly, not
//!   through [`crate::decompose()`], so the two can be checked against each other;
//! - only the nodes the outputs need are evaluated, and only their inputs must be bound.
//!
//! Bad data (an out-of-range gather index, malformed `cu_seqlens`) is an
//! [`IrError::Eval`] naming the node, never a panic.

use std::collections::HashMap;

use ndarray::{s, ArrayD, ArrayViewD, Axis, Ix3, IxDyn, Zip};

use crate::{
    AttnPart, BinaryOp, Bindings, DType, Dim, Graph, IrError, LossOptions, LossPart, MaskKind,
    NodeId, Op, ReduceOp, Shape, Tensor, UnaryOp,
};

type A = ArrayD<f64>;

/// Evaluates `g`, returning the values of its outputs (in [`Graph::outputs`] order)
/// converted to each output node's dtype.
pub fn eval(g: &Graph, inputs: &HashMap<String, Tensor>) -> Result<Vec<Tensor>, IrError> {
    let values = eval_f64(g, inputs)?;
    Ok(g.outputs().iter().zip(values).map(|(o, v)| to_tensor(g.ty(o.node).dtype, &v)).collect())
}

/// Evaluates `g` in f64, returning the values of its outputs in [`Graph::outputs`] order,
/// each in standard (row-major) layout.
///
/// `Input` and `Parameter` nodes are bound by name from `inputs`. A missing name is
/// [`IrError::MissingInput`]; a tensor of another dtype or shape than declared (a dynamic
/// dim must bind to one size across all inputs) is [`IrError::InputMismatch`].
pub fn eval_f64(g: &Graph, inputs: &HashMap<String, Tensor>) -> Result<Vec<A>, IrError> {
    crate::verify(g)?;
    let live = live_nodes(g);
    let bindings = bind_inputs(g, &live, inputs)?;
    let mut values: Vec<Option<A>> = vec![None; g.len()];
    for id in g.ids().filter(|id| live[id.index()]) {
        let args: Vec<&A> = g.node(id).inputs.iter().map(|i| value(&values, *i)).collect();
        let ctx = Ctx { g, id, inputs, arrays: None, bindings: &bindings };
        values[id.index()] = Some(ctx.eval_node(&args)?);
    }
    let standard = |id: NodeId| value(&values, id).as_standard_layout().into_owned();
    Ok(g.outputs().iter().map(|o| standard(o.node)).collect())
}

fn value(values: &[Option<A>], id: NodeId) -> &A {
    values[id.index()].as_ref().expect("inputs of a live node are live and come first")
}

fn to_tensor(dtype: DType, v: &A) -> Tensor {
    let flat: Vec<f64> = v.iter().copied().collect();
    Tensor::from_f64(dtype, v.shape(), &flat).expect("an array's shape matches its data")
}

/// Which nodes the outputs depend on.
fn live_nodes(g: &Graph) -> Vec<bool> {
    let mut live = vec![false; g.len()];
    for o in g.outputs() {
        live[o.node.index()] = true;
    }
    for n in (0..g.len()).rev() {
        if live[n] {
            for i in &g.nodes()[n].inputs {
                live[i.index()] = true;
            }
        }
    }
    live
}

/// Checks every supplied tensor the graph declares and binds the dynamic dims; a live
/// input that is not supplied is an error.
fn bind_inputs(
    g: &Graph,
    live: &[bool],
    inputs: &HashMap<String, Tensor>,
) -> Result<Bindings, IrError> {
    let mut bindings = Bindings::new();
    for (name, id, ty) in g.bound_names() {
        match inputs.get(name) {
            Some(t) => bind_one(name, ty, t, &mut bindings)?,
            None if live[id.index()] => {
                return Err(IrError::MissingInput { name: name.into(), ty: ty.clone() })
            }
            None => {}
        }
    }
    Ok(bindings)
}

fn bind_one(
    name: &str,
    ty: &crate::TensorType,
    t: &Tensor,
    bindings: &mut Bindings,
) -> Result<(), IrError> {
    let mismatch = |why: String| IrError::InputMismatch {
        name: name.into(),
        expected: ty.clone(),
        got: format!("{}{:?}{why}", t.dtype(), t.shape()),
    };
    if t.dtype() != ty.dtype || t.shape().len() != ty.shape.rank() {
        return Err(mismatch(String::new()));
    }
    for (dim, &size) in ty.shape.dims().iter().zip(t.shape()) {
        match dim {
            Dim::Static(n) if *n != size => return Err(mismatch(String::new())),
            Dim::Static(_) => {}
            Dim::Dyn(d) => match bindings.get(d) {
                Some(&b) if b != size => {
                    return Err(mismatch(format!(" ({d} = {size} here, {b} in another input)")))
                }
                _ => {
                    bindings.insert(d.clone(), size);
                }
            },
        }
    }
    Ok(())
}

/// What evaluating one node needs besides its argument values.
struct Ctx<'a> {
    g: &'a Graph,
    id: NodeId,
    inputs: &'a HashMap<String, Tensor>,
    /// f64 values bound to `Input` names (a `recurse` body's inputs), looked up first.
    arrays: Option<&'a HashMap<String, A>>,
    bindings: &'a Bindings,
}

/// One iteration of a (verified) `recurse` body on f64 arguments, bound to its `Input`
/// nodes in order; dynamic dims bind from the argument shapes.
fn eval_body(body: &Graph, declared: &[(&str, NodeId)], args: Vec<A>) -> Result<A, IrError> {
    let mut bindings = Bindings::new();
    let mut arrays = HashMap::new();
    for ((name, id), v) in declared.iter().zip(args) {
        for (dim, &n) in body.ty(*id).shape.dims().iter().zip(v.shape()) {
            if let Dim::Dyn(d) = dim {
                bindings.insert(d.clone(), n);
            }
        }
        arrays.insert(name.to_string(), v);
    }
    let live = live_nodes(body);
    let empty = HashMap::new();
    let mut values: Vec<Option<A>> = vec![None; body.len()];
    for id in body.ids().filter(|id| live[id.index()]) {
        let args: Vec<&A> = body.node(id).inputs.iter().map(|i| value(&values, *i)).collect();
        let ctx = Ctx { g: body, id, inputs: &empty, arrays: Some(&arrays), bindings: &bindings };
        values[id.index()] = Some(ctx.eval_node(&args)?);
    }
    Ok(value(&values, body.outputs()[0].node).clone())
}

impl Ctx<'_> {
    fn err(&self, reason: String) -> IrError {
        IrError::Eval { node: self.id, op: self.g.node(self.id).op.name().into(), reason }
    }

    /// One node; a `match` over every op, each family in its own helper.
    fn eval_node(&self, a: &[&A]) -> Result<A, IrError> {
        let node = self.g.node(self.id);
        let v = match &node.op {
            Op::Input { name } | Op::Parameter { name } => self.bound(name)?,
            Op::Constant { value } => {
                let values = value.values().map(|v| node.ty.dtype.round(v)).collect();
                self.array(&node.ty.shape, values)?
            }
            Op::Iota { axis, .. } => A::from_shape_fn(a[0].raw_dim(), |ix| ix[*axis] as f64),
            Op::Unary { f } => a[0].mapv(|x| f.apply_f64(x)),
            Op::Binary { f } => self.binary(*f, a[0], a[1])?,
            Op::Cast { to } => a[0].mapv(|x| to.round(x)),
            Op::Select => self.select(a[0], a[1], a[2])?,
            Op::Reduce { f, axes, keep_dims } => reduce(*f, a[0], axes, *keep_dims),
            Op::MatMul { transpose_a, transpose_b } => {
                self.matmul(a[0], a[1], *transpose_a, *transpose_b)?
            }
            Op::Reshape { shape } => self.array(shape, a[0].iter().copied().collect())?,
            Op::Permute { perm } => a[0].view().permuted_axes(perm.clone()).to_owned(),
            Op::Broadcast { shape } => self.broadcast(a[0], &self.resolve(shape)?)?.to_owned(),
            Op::Slice { axis, start, end } => self.slice(a[0], *axis, *start, *end)?,
            Op::Concat { axis } => self.concat(a, *axis)?,
            Op::Gather { axis } => self.gather(a[0], a[1], *axis)?,
            Op::Softmax { axis } => map_lanes(a[0], *axis, softmax),
            Op::LayerNorm { eps } => layer_norm(a[0], a[1], a[2], eps.0),
            Op::RmsNorm { eps, add_one } => rms_norm(a[0], a[1], eps.0, *add_one),
            Op::L2Normalize { eps } => map_lanes(a[0], a[0].ndim() - 1, |x| l2_normalize(x, eps.0)),
            Op::Rope { base } => rope(a[0], a[1], base.0),
            Op::PackedAttention { mask, scale, window, part } => {
                self.attention(a, *mask, scale.map(|s| s.0), *window, *part)?
            }
            Op::SegmentMask { mask, window } => {
                let segs = self.segments(a, 2, *mask)?;
                let (tq, tk) = (a[0].shape()[0], a[1].shape()[0]);
                let mut m = A::zeros(IxDyn(&[tq, tk]));
                let rule = MaskRule { mask: *mask, window: *window };
                for (t, keys) in (0..segs.count()).flat_map(|b| segs.visible_keys(b, &rule)) {
                    keys.iter().for_each(|&u| m[[t, u]] = 1.0);
                }
                m
            }
            Op::SigmoidLoss { part, normalize, positives, denom } => {
                let opts =
                    LossOptions { normalize: *normalize, positives: *positives, denom: *denom };
                self.sigmoid_loss(a, *part, &opts)?
            }
            Op::Recurse { body, times, index, max_times } => {
                self.recurse(body, *times, index.as_deref(), *max_times, a)?
            }
        };
        Ok(round_int(node.ty.dtype, v))
    }

    /// `r` applications of `body`, carrying its output into its first input (and the
    /// iteration number into its `index` input). Values stay in f64 between iterations, as
    /// they would in `r` unrolled copies.
    fn recurse(
        &self,
        body: &Graph,
        times: crate::Times,
        index: Option<&str>,
        max_times: Option<u32>,
        a: &[&A],
    ) -> Result<A, IrError> {
        let mut declared = body.input_nodes_except(index);
        let n = declared.len();
        let r = match times {
            crate::Times::Static(n) => i64::from(n),
            crate::Times::Input => a[n].iter().next().map_or(0, |&x| x as i64),
        };
        let r = crate::Times::check_count(r, max_times).map_err(|e| self.err(e))?;
        declared.extend(body.input_nodes().into_iter().filter(|(name, _)| Some(*name) == index));
        let mut state = a[0].clone();
        for i in 0..r {
            let mut args: Vec<A> = vec![state];
            args.extend(a[1..n].iter().map(|x| (*x).clone()));
            args.push(A::from_elem(IxDyn(&[]), f64::from(i)));
            state = eval_body(body, &declared, args)?;
        }
        Ok(state)
    }

    fn bound(&self, name: &str) -> Result<A, IrError> {
        if let Some(v) = self.arrays.and_then(|m| m.get(name)) {
            return Ok(v.clone());
        }
        let t = &self.inputs[name]; // bind_inputs checked every live name
        A::from_shape_vec(IxDyn(t.shape()), t.to_f64_vec()).map_err(|e| self.err(e.to_string()))
    }

    /// The concrete sizes of `shape` under the input bindings.
    fn resolve(&self, shape: &Shape) -> Result<Vec<usize>, IrError> {
        shape
            .resolve(self.bindings)
            .map_err(|d| self.err(format!("dimension {d} is not bound by any input")))
    }

    /// Row-major `values` under `shape` (resolved).
    fn array(&self, shape: &Shape, values: Vec<f64>) -> Result<A, IrError> {
        let dims = self.resolve(shape)?;
        let n = values.len();
        A::from_shape_vec(IxDyn(&dims), values)
            .map_err(|_| self.err(format!("{n} elements do not fill shape {dims:?}")))
    }

    fn broadcast<'x>(&self, x: &'x A, dims: &[usize]) -> Result<ArrayViewD<'x, f64>, IrError> {
        x.broadcast(IxDyn(dims))
            .ok_or_else(|| self.err(format!("cannot broadcast {:?} to {dims:?}", x.shape())))
    }

    fn broadcast_shape(&self, shapes: &[&[usize]]) -> Result<Vec<usize>, IrError> {
        shapes
            .iter()
            .try_fold(Vec::new(), |acc, s| broadcast_dims(&acc, s))
            .ok_or_else(|| self.err(format!("shapes {shapes:?} do not broadcast")))
    }

    fn binary(&self, f: BinaryOp, a: &A, b: &A) -> Result<A, IrError> {
        let dims = self.broadcast_shape(&[a.shape(), b.shape()])?;
        let (a, b) = (self.broadcast(a, &dims)?, self.broadcast(b, &dims)?);
        Ok(Zip::from(&a).and(&b).map_collect(|&x, &y| f.apply_f64(x, y)))
    }

    fn select(&self, c: &A, a: &A, b: &A) -> Result<A, IrError> {
        let dims = self.broadcast_shape(&[c.shape(), a.shape(), b.shape()])?;
        let c = self.broadcast(c, &dims)?;
        let (a, b) = (self.broadcast(a, &dims)?, self.broadcast(b, &dims)?);
        Ok(Zip::from(&c).and(&a).and(&b).map_collect(|&c, &x, &y| if c != 0.0 { x } else { y }))
    }

    /// Batched `a · b` with broadcast batch dims, accumulated in f64.
    fn matmul(&self, a: &A, b: &A, ta: bool, tb: bool) -> Result<A, IrError> {
        let (a, b) = (last_two(a, ta), last_two(b, tb));
        let (ra, rb) = (a.ndim(), b.ndim());
        let (m, k, n) = (a.shape()[ra - 2], a.shape()[ra - 1], b.shape()[rb - 1]);
        if b.shape()[rb - 2] != k {
            return Err(self.err(format!("inner dims differ: {:?} · {:?}", a.shape(), b.shape())));
        }
        let batch = self.broadcast_shape(&[&a.shape()[..ra - 2], &b.shape()[..rb - 2]])?;
        let a3 = self.batched(&a, &batch, [m, k])?;
        let b3 = self.batched(&b, &batch, [k, n])?;
        let mut out = Vec::with_capacity(a3.len_of(Axis(0)) * m * n);
        for (x, y) in a3.outer_iter().zip(b3.outer_iter()) {
            out.extend(x.dot(&y).iter());
        }
        let dims: Vec<usize> = batch.iter().copied().chain([m, n]).collect();
        Ok(A::from_shape_vec(IxDyn(&dims), out).expect("sizes agree"))
    }

    /// `x` broadcast to `batch ++ mat` and flattened to `[Π batch, mat...]`.
    fn batched(
        &self,
        x: &ArrayViewD<f64>,
        batch: &[usize],
        mat: [usize; 2],
    ) -> Result<ndarray::Array3<f64>, IrError> {
        let dims: Vec<usize> = batch.iter().copied().chain(mat).collect();
        let view = x
            .broadcast(IxDyn(&dims))
            .ok_or_else(|| self.err(format!("cannot broadcast {:?} to {dims:?}", x.shape())))?;
        let flat: Vec<f64> = view.iter().copied().collect();
        let nb = batch.iter().product();
        Ok(ndarray::Array3::from_shape_vec([nb, mat[0], mat[1]], flat).expect("sizes agree"))
    }

    fn slice(&self, x: &A, axis: usize, start: usize, end: usize) -> Result<A, IrError> {
        let len = x.len_of(Axis(axis));
        if end > len {
            return Err(self.err(format!("slice {start}..{end} of axis {axis} of size {len}")));
        }
        Ok(x.slice_axis(Axis(axis), (start..end).into()).to_owned())
    }

    fn concat(&self, a: &[&A], axis: usize) -> Result<A, IrError> {
        let views: Vec<ArrayViewD<f64>> = a.iter().map(|x| x.view()).collect();
        ndarray::concatenate(Axis(axis), &views).map_err(|e| self.err(e.to_string()))
    }

    fn gather(&self, data: &A, idx: &A, axis: usize) -> Result<A, IrError> {
        let len = data.len_of(Axis(axis));
        let picks = idx
            .iter()
            .map(|&i| match i {
                i if i >= 0.0 && (i as usize) < len => Ok(i as usize),
                i => Err(self.err(format!("index {i} out of range for axis {axis} of size {len}"))),
            })
            .collect::<Result<Vec<usize>, IrError>>()?;
        let picked = data.select(Axis(axis), &picks);
        let s = data.shape();
        let dims: Vec<usize> =
            s[..axis].iter().chain(idx.shape()).chain(&s[axis + 1..]).copied().collect();
        Ok(A::from_shape_vec(IxDyn(&dims), picked.iter().copied().collect()).expect("sizes agree"))
    }
}

/// Numpy broadcast of two concrete shapes.
fn broadcast_dims(a: &[usize], b: &[usize]) -> Option<Vec<usize>> {
    let r = a.len().max(b.len());
    let at = |s: &[usize], i: usize| {
        if i + s.len() >= r {
            s[i + s.len() - r]
        } else {
            1
        }
    };
    (0..r)
        .map(|i| match (at(a, i), at(b, i)) {
            (x, y) if x == y || y == 1 => Some(x),
            (1, y) => Some(y),
            _ => None,
        })
        .collect()
}

fn round_int(dtype: DType, v: A) -> A {
    if dtype.is_float() {
        v
    } else {
        v.mapv(|x| dtype.round(x))
    }
}

/// A view of `x` with its last two axes swapped when `transpose`.
fn last_two(x: &A, transpose: bool) -> ArrayViewD<'_, f64> {
    let mut v = x.view();
    if transpose {
        let r = v.ndim();
        v.swap_axes(r - 2, r - 1);
    }
    v
}

fn reduce(f: ReduceOp, x: &A, axes: &[usize], keep_dims: bool) -> A {
    let mut sorted = axes.to_vec();
    sorted.sort_unstable_by(|a, b| b.cmp(a));
    let mut v = x.clone();
    let mut count = 1;
    for &ax in &sorted {
        count *= v.len_of(Axis(ax));
        v = match f {
            ReduceOp::Sum | ReduceOp::Mean => v.fold_axis(Axis(ax), 0.0, |a, b| a + b),
            ReduceOp::Max => v.fold_axis(Axis(ax), f64::NEG_INFINITY, |a, b| a.max(*b)),
            ReduceOp::Min => v.fold_axis(Axis(ax), f64::INFINITY, |a, b| a.min(*b)),
        };
    }
    if f == ReduceOp::Mean {
        v.mapv_inplace(|s| s / count as f64);
    }
    if keep_dims {
        for &ax in sorted.iter().rev() {
            v.insert_axis_inplace(Axis(ax));
        }
    }
    v
}

/// Applies `f` to every 1-D lane of `x` along `axis`.
fn map_lanes(x: &A, axis: usize, f: impl Fn(&[f64]) -> Vec<f64>) -> A {
    let mut out = x.clone();
    for mut lane in out.lanes_mut(Axis(axis)) {
        let v: Vec<f64> = lane.iter().copied().collect();
        for (o, r) in lane.iter_mut().zip(f(&v)) {
            *o = r;
        }
    }
    out
}

fn softmax(x: &[f64]) -> Vec<f64> {
    let m = x.iter().fold(f64::NEG_INFINITY, |a, &b| a.max(b));
    let e: Vec<f64> = x.iter().map(|v| (v - m).exp()).collect();
    let s: f64 = e.iter().sum();
    e.iter().map(|v| v / s).collect()
}

fn mean(x: impl Iterator<Item = f64>, n: usize) -> f64 {
    x.sum::<f64>() / n as f64
}

fn layer_norm(x: &A, w: &A, b: &A, eps: f64) -> A {
    let (w, b): (Vec<f64>, Vec<f64>) = (w.iter().copied().collect(), b.iter().copied().collect());
    map_lanes(x, x.ndim() - 1, |v| {
        let mu = mean(v.iter().copied(), v.len());
        let var = mean(v.iter().map(|x| (x - mu) * (x - mu)), v.len());
        let r = (var + eps).sqrt();
        v.iter().zip(&w).zip(&b).map(|((x, w), b)| (x - mu) / r * w + b).collect()
    })
}

fn rms_norm(x: &A, w: &A, eps: f64, add_one: bool) -> A {
    let w: Vec<f64> = w.iter().map(|&w| if add_one { 1.0 + w } else { w }).collect();
    map_lanes(x, x.ndim() - 1, |v| {
        let r = (mean(v.iter().map(|x| x * x), v.len()) + eps).sqrt();
        v.iter().zip(&w).map(|(x, w)| x / r * w).collect()
    })
}

fn l2_normalize(v: &[f64], eps: f64) -> Vec<f64> {
    let r = (v.iter().map(|x| x * x).sum::<f64>() + eps).sqrt();
    v.iter().map(|x| x / r).collect()
}

/// Rotate-half rotary embedding of `x [T, H, D]` at `positions [T]`.
fn rope(x: &A, positions: &A, base: f64) -> A {
    let (t, h, d) = (x.shape()[0], x.shape()[1], x.shape()[2]);
    let half = d / 2;
    let mut out = x.clone();
    for (ti, &pos) in positions.iter().enumerate().take(t) {
        for i in 0..half {
            let theta = pos * base.powf((i as f64 * -2.0) / d as f64);
            let (sin, cos) = (theta.sin(), theta.cos());
            for hi in 0..h {
                let (x1, x2) = (x[[ti, hi, i]], x[[ti, hi, i + half]]);
                out[[ti, hi, i]] = x1 * cos - x2 * sin;
                out[[ti, hi, i + half]] = x2 * cos + x1 * sin;
            }
        }
    }
    out
}

// ---- sigmoid loss ------------------------------------------------------------------

impl Ctx<'_> {
    /// One part of the sigmoid loss of `a` = x, y, t_prime, bias[, dloss]. The logits are
    /// materialised here (the reference is obvious, not frugal); the gradients follow
    /// `G_ij = −(dloss/denom)·z_ij·σ(−z_ij·l_ij)`, `dx̂ = t·G·ŷ`, `dŷ = t·Gᵀ·x̂`,
    /// `dt' = Σ G_ij (l_ij − b)`, `db = Σ G_ij`, then the chain through the normalisation.
    fn sigmoid_loss(&self, a: &[&A], part: LossPart, opts: &LossOptions) -> Result<A, IrError> {
        let (x, y) = (matrix(a[0]), matrix(a[1]));
        let (n, m) = (x.nrows(), y.nrows());
        if n == 0 || m == 0 {
            return Err(self.err(format!("empty batch (N = {n}, M = {m})")));
        }
        let tp = a[2].iter().next().copied().unwrap_or(f64::NAN);
        let b = a[3].iter().next().copied().unwrap_or(f64::NAN);
        if !tp.is_finite() || !b.is_finite() {
            return Err(self.err(format!("t_prime = {tp} and bias = {b} must be finite")));
        }
        let (xh, nx) = self.normalized(x, opts.normalize, "x")?;
        let (yh, ny) = self.normalized(y, opts.normalize, "y")?;
        let t = tp.exp();
        let logits = xh.dot(&yh.t()).mapv(|s| t * s + b);
        let den = opts.denom_for(n);
        let z = |i: usize, j: usize| opts.sign(i, j);
        if part == LossPart::Loss {
            let ls = ndarray::Array2::from_shape_fn((n, m), |(i, j)| {
                UnaryOp::LogSigmoid.apply_f64(z(i, j) * logits[[i, j]])
            });
            return Ok(ndarray::arr0(-ls.sum() / den).into_dyn());
        }
        let dloss = a[4].iter().next().copied().unwrap_or(f64::NAN);
        let grad = ndarray::Array2::from_shape_fn((n, m), |(i, j)| {
            let zij = z(i, j);
            -(dloss / den) * zij * UnaryOp::Sigmoid.apply_f64(-zij * logits[[i, j]])
        });
        Ok(match part {
            LossPart::Loss => unreachable!("handled above"),
            LossPart::Dx => unnormalize(&xh, grad.dot(&yh) * t, &nx).into_dyn(),
            LossPart::Dy => unnormalize(&yh, grad.t().dot(&xh) * t, &ny).into_dyn(),
            LossPart::DScalars => {
                let dt: f64 = grad.iter().zip(&logits).map(|(g, l)| g * (l - b)).sum();
                ndarray::arr1(&[dt, grad.sum()]).into_dyn()
            }
        })
    }

    /// The rows of `x`, divided by their norms when `normalize` (then also the norms);
    /// a zero row is an error naming it.
    fn normalized(
        &self,
        x: ndarray::Array2<f64>,
        normalize: bool,
        what: &str,
    ) -> Result<(ndarray::Array2<f64>, Option<Vec<f64>>), IrError> {
        if !normalize {
            return Ok((x, None));
        }
        let norms: Vec<f64> = x.rows().into_iter().map(|r| r.dot(&r).sqrt()).collect();
        if let Some(i) = norms.iter().position(|&r| r == 0.0 || !r.is_finite()) {
            return Err(self
                .err(format!("row {i} of {what} has norm {} and cannot be normalised", norms[i])));
        }
        let mut x = x;
        for (mut row, r) in x.rows_mut().into_iter().zip(&norms) {
            row /= *r;
        }
        Ok((x, Some(norms)))
    }
}

/// A 2-D copy of `x`.
fn matrix(x: &A) -> ndarray::Array2<f64> {
    x.view().into_dimensionality::<ndarray::Ix2>().expect("typing makes it [N, D]").to_owned()
}

/// The gradient of the raw rows from that of the normalised rows `xh`:
/// `dx = (dx̂ − x̂ (x̂·dx̂)) / ‖x‖`; unchanged without normalisation.
fn unnormalize(
    xh: &ndarray::Array2<f64>,
    mut d: ndarray::Array2<f64>,
    norms: &Option<Vec<f64>>,
) -> ndarray::Array2<f64> {
    let Some(norms) = norms else { return d };
    for ((mut drow, xrow), r) in d.rows_mut().into_iter().zip(xh.rows()).zip(norms) {
        let p = xrow.dot(&drow);
        drow.zip_mut_with(&xrow, |g, &x| *g = (*g - x * p) / r);
    }
    d
}

// ---- packed attention -------------------------------------------------------------

/// Validated segment boundaries of one packed attention call.
struct Segments {
    q: Vec<usize>,
    k: Vec<usize>,
    prefix: Option<Vec<usize>>,
}

impl Segments {
    fn count(&self) -> usize {
        self.q.len() - 1
    }

    /// Each query token of segment `b` with the key tokens it sees.
    fn visible_keys(&self, b: usize, rule: &MaskRule) -> Vec<(usize, Vec<usize>)> {
        let (q0, lq) = (self.q[b], self.q[b + 1] - self.q[b]);
        let (k0, lk) = (self.k[b], self.k[b + 1] - self.k[b]);
        let prefix = self.prefix.as_ref().map_or(0, |p| p[b]);
        let keys = |i: usize| {
            (0..lk).filter(|&j| rule.visible(i, j, lq, lk, prefix)).map(|j| k0 + j).collect()
        };
        (0..lq).map(|i| (q0 + i, keys(i))).collect()
    }
}

/// Which keys (0-based within segment `b`) query `i` sees.
struct MaskRule {
    mask: MaskKind,
    window: Option<usize>,
}

impl MaskRule {
    /// `lq`, `lk`: segment lengths; `prefix`: this segment's prefix length.
    fn visible(&self, i: usize, j: usize, lq: usize, lk: usize, prefix: usize) -> bool {
        let (i, j) = (i as i64, j as i64);
        let diag = i + lk as i64 - lq as i64;
        let rule = match self.mask {
            MaskKind::Full => true,
            MaskKind::Causal => j <= diag,
            MaskKind::PrefixLm => j < prefix as i64 || j <= diag,
        };
        rule && self.window.is_none_or(|w| j > diag - w as i64)
    }
}

impl Ctx<'_> {
    fn attention(
        &self,
        a: &[&A],
        mask: MaskKind,
        scale: Option<f64>,
        window: Option<usize>,
        part: AttnPart,
    ) -> Result<A, IrError> {
        let segs = self.segments(a, 3, mask)?;
        let q = a[0].view().into_dimensionality::<Ix3>();
        let q = q.map_err(|e| self.err(e.to_string()))?;
        let (tq, heads, dim) = (q.shape()[0], q.shape()[1], q.shape()[2]);
        let scale = scale.unwrap_or(1.0 / (dim as f64).sqrt());
        let group = heads / a[1].shape()[1];
        let rule = MaskRule { mask, window };
        let dout = part.is_grad().then(|| a[mask.forward_arity() + 1]);
        let mut res = match part {
            AttnPart::Out | AttnPart::Dq => A::zeros(IxDyn(&[tq, heads, dim])),
            AttnPart::Lse => A::zeros(IxDyn(&[heads, tq])),
            AttnPart::Dkv => A::zeros(IxDyn(&[2, a[1].shape()[0], a[1].shape()[1], dim])),
        };
        for (t, keys) in (0..segs.count()).flat_map(|b| segs.visible_keys(b, &rule)) {
            for h in 0..heads {
                let kh = h / group;
                let r = attend_row(q.slice(s![t, h, ..]), a[1], a[2], kh, &keys, scale);
                match part {
                    AttnPart::Out => {
                        res.slice_mut(s![t, h, ..]).assign(&ndarray::Array1::from(r.out));
                    }
                    AttnPart::Lse => res[[h, t]] = r.lse,
                    AttnPart::Dq | AttnPart::Dkv => {
                        let dout = dout.expect("gradient parts read dout");
                        let dout: Vec<f64> = (0..dim).map(|d| dout[[t, h, d]]).collect();
                        // D = dout·out; dS_j = p_j (dout·v_j − D).
                        let big_d: f64 = dout.iter().zip(&r.out).map(|(x, y)| x * y).sum();
                        for (&j, &p) in keys.iter().zip(&r.p) {
                            let dp: f64 = (0..dim).map(|d| dout[d] * a[2][[j, kh, d]]).sum();
                            let ds = p * (dp - big_d) * scale;
                            for d in 0..dim {
                                if part == AttnPart::Dq {
                                    res[[t, h, d]] += ds * a[1][[j, kh, d]];
                                } else {
                                    res[[0, j, kh, d]] += ds * q[[t, h, d]];
                                    res[[1, j, kh, d]] += p * dout[d];
                                }
                            }
                        }
                    }
                }
            }
        }
        Ok(res)
    }

    /// The segments of q `a[0]` and k `a[1]`, from `cu_seqlens_q`, `cu_seqlens_k` and
    /// `prefix_lens` at `a[meta..]`.
    fn segments(&self, a: &[&A], meta: usize, mask: MaskKind) -> Result<Segments, IrError> {
        let q = self.cu_seqlens(a[meta], a[0].shape()[0], "cu_seqlens_q")?;
        let k = self.cu_seqlens(a[meta + 1], a[1].shape()[0], "cu_seqlens_k")?;
        if q.len() != k.len() {
            return Err(
                self.err(format!("cu_seqlens_q = {q:?} and cu_seqlens_k = {k:?} differ in length"))
            );
        }
        let prefix =
            (mask == MaskKind::PrefixLm).then(|| self.prefix_lens(a[meta + 2], &k)).transpose()?;
        Ok(Segments { q, k, prefix })
    }

    fn cu_seqlens(&self, x: &A, total: usize, what: &str) -> Result<Vec<usize>, IrError> {
        let v: Vec<i64> = x.iter().map(|&c| c as i64).collect();
        let bad = |why: String| self.err(format!("{what} = {v:?} {why}"));
        if v.first() != Some(&0) {
            return Err(bad("must start at 0".into()));
        }
        if let Some(i) = v.windows(2).position(|w| w[1] < w[0]) {
            return Err(bad(format!("decreases at index {}", i + 1)));
        }
        if v.last() != Some(&(total as i64)) {
            return Err(bad(format!("must end at the token count {total}")));
        }
        Ok(v.iter().map(|&c| c as usize).collect())
    }

    fn prefix_lens(&self, p: &A, cu_k: &[usize]) -> Result<Vec<usize>, IrError> {
        let v: Vec<i64> = p.iter().map(|&c| c as i64).collect();
        if v.len() + 1 != cu_k.len() {
            return Err(
                self.err(format!("prefix_lens = {v:?} needs {} entries (B)", cu_k.len() - 1))
            );
        }
        for (b, &p) in v.iter().enumerate() {
            let lk = (cu_k[b + 1] - cu_k[b]) as i64;
            if p < 0 || p > lk {
                return Err(self.err(format!(
                    "prefix_lens[{b}] = {p} is outside 0..={lk}, the length of key segment {b}"
                )));
            }
        }
        Ok(v.iter().map(|&p| p as usize).collect())
    }
}

/// One query row of attention: its probabilities over `keys`, output and log-sum-exp.
struct AttnRow {
    p: Vec<f64>,
    out: Vec<f64>,
    lse: f64,
}

/// `softmax(scale · q·kⱼ) · vⱼ` over the visible `keys` (absolute indices) of kv head `kh`;
/// zeros and `lse = -inf` when no key is visible.
fn attend_row(
    q: ndarray::ArrayView1<f64>,
    k: &A,
    v: &A,
    kh: usize,
    keys: &[usize],
    scale: f64,
) -> AttnRow {
    let dim = q.len();
    let scores: Vec<f64> = keys
        .iter()
        .map(|&j| q.iter().enumerate().map(|(d, x)| x * k[[j, kh, d]]).sum::<f64>() * scale)
        .collect();
    let m = scores.iter().fold(f64::NEG_INFINITY, |a, &b| a.max(b));
    let lse = if keys.is_empty() {
        f64::NEG_INFINITY
    } else {
        m + scores.iter().map(|s| (s - m).exp()).sum::<f64>().ln()
    };
    let p = softmax(&scores);
    let out =
        (0..dim).map(|d| keys.iter().zip(&p).map(|(&j, p)| p * v[[j, kh, d]]).sum()).collect();
    AttnRow { p, out, lse }
}
