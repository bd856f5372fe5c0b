//! Type inference: the typing rule of every op (documented on [`Op`]'s variants).

use crate::op::unary_accepts;
use crate::{DType, Dim, Op, Shape, TensorType, TypeError};

fn arity(types: &[&TensorType], n: usize) -> Result<(), TypeError> {
    if types.len() == n {
        Ok(())
    } else {
        Err(TypeError::Arity { expected: n.to_string(), got: types.len() })
    }
}

fn dtype_err(reason: &str, types: &[&TensorType]) -> TypeError {
    TypeError::DType { reason: reason.into(), got: types.iter().map(|t| t.dtype).collect() }
}

fn shape_err(reason: &str, types: &[&TensorType]) -> TypeError {
    TypeError::Shape {
        reason: reason.into(),
        shapes: types.iter().map(|t| t.shape.clone()).collect(),
    }
}

fn check_axis(axis: usize, rank: usize) -> Result<(), TypeError> {
    if axis < rank {
        Ok(())
    } else {
        Err(TypeError::Axis { axis, rank })
    }
}

fn same_dtype(types: &[&TensorType]) -> Result<DType, TypeError> {
    let d = types[0].dtype;
    if types.iter().all(|t| t.dtype == d) {
        Ok(d)
    } else {
        Err(dtype_err("inputs must share one dtype", types))
    }
}

fn float_dtype(types: &[&TensorType]) -> Result<DType, TypeError> {
    let d = same_dtype(types)?;
    if d.is_float() {
        Ok(d)
    } else {
        Err(dtype_err("inputs must be float", types))
    }
}

fn require(types: &[&TensorType], i: usize, dtype: DType, what: &str) -> Result<(), TypeError> {
    if types[i].dtype == dtype {
        Ok(())
    } else {
        Err(dtype_err(&format!("{what} must be {dtype}"), types))
    }
}

/// Checks a source op against its declared type.
pub fn check_source(op: &Op, ty: &TensorType) -> Result<(), TypeError> {
    match op {
        Op::Input { name } | Op::Parameter { name } if name.is_empty() => {
            Err(TypeError::Attr("name must not be empty".into()))
        }
        Op::Constant { value } => match ty.shape.static_numel() {
            Some(n) if n == value.0.len() => Ok(()),
            Some(n) => Err(TypeError::Attr(format!(
                "constant of shape {} needs {n} values, has {}",
                ty.shape,
                value.0.len()
            ))),
            None => Err(TypeError::Attr(format!("constant shape {} must be static", ty.shape))),
        },
        Op::Input { .. } | Op::Parameter { .. } => Ok(()),
        _ => Err(TypeError::Attr(format!("{} is not a source op", op.name()))),
    }
}

/// The result type of `op` applied to inputs of `types`.
pub fn infer(op: &Op, types: &[&TensorType]) -> Result<TensorType, TypeError> {
    match op {
        Op::Input { .. } | Op::Parameter { .. } | Op::Constant { .. } => {
            Err(TypeError::Attr(format!("{} takes its type from the node", op.name())))
        }
        Op::Iota { axis, dtype } => {
            arity(types, 1)?;
            check_axis(*axis, types[0].shape.rank())?;
            Ok(TensorType::new(*dtype, types[0].shape.clone()))
        }
        Op::Unary { f } => {
            arity(types, 1)?;
            if !unary_accepts(*f, types[0].dtype) {
                return Err(dtype_err(&format!("{} needs a float input", f.name()), types));
            }
            Ok(types[0].clone())
        }
        Op::Binary { f } => {
            arity(types, 2)?;
            let d = same_dtype(types)?;
            if *f == crate::BinaryOp::Pow && !d.is_float() {
                return Err(dtype_err("pow needs float inputs", types));
            }
            let shape = types[0]
                .shape
                .broadcast(&types[1].shape)
                .ok_or_else(|| shape_err("shapes do not broadcast", types))?;
            let dtype = if f.is_comparison() { DType::U8 } else { d };
            Ok(TensorType::new(dtype, shape))
        }
        Op::Cast { to } => {
            arity(types, 1)?;
            Ok(TensorType::new(*to, types[0].shape.clone()))
        }
        Op::Select => {
            arity(types, 3)?;
            require(types, 0, DType::U8, "the condition")?;
            let d = same_dtype(&types[1..])?;
            let shape = types[0]
                .shape
                .broadcast(&types[1].shape)
                .and_then(|s| s.broadcast(&types[2].shape))
                .ok_or_else(|| shape_err("shapes do not broadcast", types))?;
            Ok(TensorType::new(d, shape))
        }
        Op::Reduce { f, axes, keep_dims } => infer_reduce(*f, axes, *keep_dims, types),
        Op::MatMul { transpose_a, transpose_b } => infer_matmul(*transpose_a, *transpose_b, types),
        Op::Reshape { shape } => {
            arity(types, 1)?;
            if types[0].shape.symbolic_numel() != shape.symbolic_numel() {
                return Err(TypeError::ReshapeSize {
                    from: types[0].shape.clone(),
                    to: shape.clone(),
                });
            }
            Ok(TensorType::new(types[0].dtype, shape.clone()))
        }
        Op::Permute { perm } => {
            arity(types, 1)?;
            let rank = types[0].shape.rank();
            let mut seen = vec![false; rank];
            for &p in perm {
                check_axis(p, rank)?;
                if std::mem::replace(&mut seen[p], true) {
                    return Err(TypeError::Attr(format!("{perm:?} repeats axis {p}")));
                }
            }
            if perm.len() != rank {
                return Err(TypeError::Attr(format!(
                    "permutation {perm:?} has {} axes, input has rank {rank}",
                    perm.len()
                )));
            }
            let dims = perm.iter().map(|&p| types[0].shape.dim(p).clone()).collect();
            Ok(TensorType::new(types[0].dtype, Shape(dims)))
        }
        Op::Broadcast { shape } => {
            arity(types, 1)?;
            match types[0].shape.broadcast(shape) {
                Some(s) if &s == shape => Ok(TensorType::new(types[0].dtype, shape.clone())),
                _ => Err(TypeError::Shape {
                    reason: "cannot broadcast to the target".into(),
                    shapes: vec![types[0].shape.clone(), shape.clone()],
                }),
            }
        }
        Op::Slice { axis, start, end } => {
            arity(types, 1)?;
            check_axis(*axis, types[0].shape.rank())?;
            let dim = types[0].shape.dim(*axis);
            let ok = start <= end && dim.as_static().is_none_or(|d| *end <= d);
            if !ok {
                return Err(TypeError::Attr(format!(
                    "slice {start}..{end} out of bounds for axis {axis} of size {dim}"
                )));
            }
            let mut dims = types[0].shape.0.clone();
            dims[*axis] = Dim::Static(end - start);
            Ok(TensorType::new(types[0].dtype, Shape(dims)))
        }
        Op::Concat { axis } => infer_concat(*axis, types),
        Op::Gather { axis } => {
            arity(types, 2)?;
            check_axis(*axis, types[0].shape.rank())?;
            require(types, 1, DType::I32, "indices")?;
            let d = &types[0].shape.0;
            let mut dims = d[..*axis].to_vec();
            dims.extend(types[1].shape.0.iter().cloned());
            dims.extend(d[axis + 1..].iter().cloned());
            Ok(TensorType::new(types[0].dtype, Shape(dims)))
        }
        Op::Softmax { axis } => {
            arity(types, 1)?;
            float_dtype(types)?;
            check_axis(*axis, types[0].shape.rank())?;
            Ok(types[0].clone())
        }
        Op::LayerNorm { .. } => infer_norm(types, 3),
        Op::RmsNorm { .. } => infer_norm(types, 2),
        Op::L2Normalize { .. } => {
            arity(types, 1)?;
            float_dtype(types)?;
            if types[0].shape.rank() == 0 {
                return Err(TypeError::Axis { axis: 0, rank: 0 });
            }
            Ok(types[0].clone())
        }
        Op::Rope { .. } => infer_rope(types),
        Op::PackedAttention { mask, part, .. } => infer_attention(*mask, *part, types),
        Op::SegmentMask { mask, .. } => infer_segment_mask(*mask, types),
        Op::SigmoidLoss { part, positives, denom, .. } => {
            infer_sigmoid_loss(*part, *positives, *denom, types)
        }
        Op::Recurse { body, times, index, max_times } => {
            check_recurse_attrs(body, *times, index.as_deref(), *max_times)?;
            infer_recurse(body, *times, index.as_deref(), types)
        }
    }
}

/// The attributes of [`Op::Recurse`]: a static count in `1..=max_times`, `max_times ≥ 1`,
/// and an `index` that names an i32 `[]` input of the body.
fn check_recurse_attrs(
    body: &crate::Graph,
    times: crate::Times,
    index: Option<&str>,
    max_times: Option<u32>,
) -> Result<(), TypeError> {
    if max_times == Some(0) {
        return Err(TypeError::Attr("max_times must be at least 1, got 0".into()));
    }
    if let crate::Times::Static(n) = times {
        crate::Times::check_count(i64::from(n), max_times).map_err(TypeError::Attr)?;
    }
    let Some(name) = index else { return Ok(()) };
    let Some((_, id)) = body.input_nodes().into_iter().find(|(n, _)| *n == name) else {
        return Err(TypeError::Attr(format!("the body has no input {name:?} to hold the index")));
    };
    let t = body.ty(id);
    if t.dtype != DType::I32 || t.shape.rank() != 0 {
        return Err(TypeError::Attr(format!("index input {name:?} must be i32 [], got {t}")));
    }
    Ok(())
}

/// The typing rule of [`Op::Recurse`]: the body verifies on its own and reads nothing from
/// outside but its declared inputs; the inputs match them; the output matches the carried.
fn infer_recurse(
    body: &crate::Graph,
    times: crate::Times,
    index: Option<&str>,
    types: &[&TensorType],
) -> Result<TensorType, TypeError> {
    crate::verify(body).map_err(|e| TypeError::Body(Box::new(e)))?;
    if let Some((name, id, _)) = body
        .bound_names()
        .into_iter()
        .find(|(_, id, _)| matches!(body.node(*id).op, Op::Parameter { .. }))
    {
        return Err(TypeError::Attr(format!(
            "body node {id} reads parameter {name:?} from outside without declaring it: \
             pass it as an invariant input (an `input` of the body)"
        )));
    }
    let [out] = body.outputs() else {
        let n = body.outputs().len();
        return Err(TypeError::Attr(format!("the body must have exactly 1 output, has {n}")));
    };
    let declared = body.input_nodes_except(index);
    let Some(&(carried_name, carried)) = declared.first() else {
        return Err(TypeError::Attr("the body has no input to carry".into()));
    };
    let count = usize::from(times == crate::Times::Input);
    arity(types, declared.len() + count)?;
    for (k, (name, id)) in declared.iter().enumerate() {
        if types[k] != body.ty(*id) {
            return Err(TypeError::Attr(format!(
                "input {k} is {} but body input {name:?} is {}",
                types[k],
                body.ty(*id)
            )));
        }
    }
    if count == 1 {
        let t = types[declared.len()];
        if t.dtype != DType::I32 || t.shape.rank() != 0 {
            return Err(TypeError::Attr(format!("times input must be i32 [], got {t}")));
        }
    }
    let (got, want) = (body.ty(out.node), body.ty(carried));
    if got != want {
        return Err(TypeError::Attr(format!(
            "body output {:?} is {got} but the carried input {carried_name:?} is {want}",
            out.name
        )));
    }
    Ok(want.clone())
}

fn infer_reduce(
    f: crate::ReduceOp,
    axes: &[usize],
    keep_dims: bool,
    types: &[&TensorType],
) -> Result<TensorType, TypeError> {
    arity(types, 1)?;
    let t = types[0];
    let ok_dtype = t.dtype.is_float() || (t.dtype == DType::I32 && f != crate::ReduceOp::Mean);
    if !ok_dtype {
        return Err(dtype_err(&format!("reduce_{} input dtype", f.name()), types));
    }
    if axes.is_empty() {
        return Err(TypeError::Attr("reduction needs at least one axis".into()));
    }
    let rank = t.shape.rank();
    let mut seen = vec![false; rank];
    for &a in axes {
        check_axis(a, rank)?;
        if std::mem::replace(&mut seen[a], true) {
            return Err(TypeError::Attr(format!("axes {axes:?} repeat axis {a}")));
        }
    }
    let dims = t
        .shape
        .0
        .iter()
        .enumerate()
        .filter_map(|(i, d)| match (seen[i], keep_dims) {
            (false, _) => Some(d.clone()),
            (true, true) => Some(Dim::Static(1)),
            (true, false) => None,
        })
        .collect();
    Ok(TensorType::new(t.dtype, Shape(dims)))
}

/// The (rows, cols) of a matmul operand after its optional transpose.
fn mat_dims(s: &Shape, transpose: bool) -> (Dim, Dim) {
    let r = s.rank();
    let (a, b) = (s.dim(r - 2).clone(), s.dim(r - 1).clone());
    if transpose {
        (b, a)
    } else {
        (a, b)
    }
}

fn infer_matmul(ta: bool, tb: bool, types: &[&TensorType]) -> Result<TensorType, TypeError> {
    arity(types, 2)?;
    let d = float_dtype(types)?;
    let (a, b) = (&types[0].shape, &types[1].shape);
    if a.rank() < 2 || b.rank() < 2 {
        return Err(shape_err("matmul operands need rank >= 2", types));
    }
    let (m, ka) = mat_dims(a, ta);
    let (kb, n) = mat_dims(b, tb);
    if ka != kb {
        return Err(shape_err(&format!("inner dimensions differ ({ka} vs {kb})"), types));
    }
    let batch_a = Shape(a.0[..a.rank() - 2].to_vec());
    let batch_b = Shape(b.0[..b.rank() - 2].to_vec());
    let mut batch = batch_a
        .broadcast(&batch_b)
        .ok_or_else(|| shape_err("batch dimensions do not broadcast", types))?;
    batch.0.push(m);
    batch.0.push(n);
    Ok(TensorType::new(d, batch))
}

fn infer_concat(axis: usize, types: &[&TensorType]) -> Result<TensorType, TypeError> {
    if types.is_empty() {
        return Err(TypeError::Arity { expected: "at least 1".into(), got: 0 });
    }
    let d = same_dtype(types)?;
    let rank = types[0].shape.rank();
    check_axis(axis, rank)?;
    let mut total = 0;
    for t in types {
        if t.shape.rank() != rank {
            return Err(shape_err("inputs must share one rank", types));
        }
        for (i, (x, y)) in t.shape.0.iter().zip(&types[0].shape.0).enumerate() {
            if i != axis && x != y {
                return Err(shape_err(
                    &format!("dimension {i} differs outside the concat axis"),
                    types,
                ));
            }
        }
        total += t
            .shape
            .dim(axis)
            .as_static()
            .ok_or_else(|| shape_err("the concat axis must be static in every input", types))?;
    }
    let mut dims = types[0].shape.0.clone();
    dims[axis] = Dim::Static(total);
    Ok(TensorType::new(d, Shape(dims)))
}

fn infer_norm(types: &[&TensorType], n: usize) -> Result<TensorType, TypeError> {
    arity(types, n)?;
    float_dtype(types)?;
    let x = &types[0].shape;
    let Some(c) = x.0.last() else {
        return Err(shape_err("input needs rank >= 1", types));
    };
    for t in &types[1..] {
        if t.shape.0.as_slice() != [c.clone()] {
            return Err(shape_err(&format!("weight and bias must have shape [{c}]"), types));
        }
    }
    Ok(types[0].clone())
}

fn infer_rope(types: &[&TensorType]) -> Result<TensorType, TypeError> {
    arity(types, 2)?;
    float_dtype(&types[..1])?;
    require(types, 1, DType::I32, "positions")?;
    let x = &types[0].shape;
    if x.rank() != 3 || types[1].shape.rank() != 1 || types[1].shape.dim(0) != x.dim(0) {
        return Err(shape_err("rope needs x [T, H, D] and positions [T]", types));
    }
    if x.dim(2).as_static().is_none_or(|d| d % 2 != 0) {
        return Err(shape_err("rope needs a static, even head dim", types));
    }
    Ok(types[0].clone())
}

fn infer_attention(
    mask: crate::MaskKind,
    part: crate::AttnPart,
    types: &[&TensorType],
) -> Result<TensorType, TypeError> {
    use crate::{AttnPart, MAX_HEAD_DIM};
    let fwd = mask.forward_arity();
    arity(types, if part.is_grad() { fwd + 3 } else { fwd })?;
    let dtype = float_dtype(&types[..3])?;
    for i in 3..fwd {
        require(types, i, DType::I32, "cu_seqlens and prefix_lens")?;
    }
    let (q, k, v) = (&types[0].shape, &types[1].shape, &types[2].shape);
    if q.rank() != 3 || k.rank() != 3 || k != v {
        return Err(shape_err("attention needs q [Tq, Hq, D], k and v [Tk, Hk, D]", &types[..3]));
    }
    if q.dim(2) != k.dim(2) {
        return Err(shape_err("q and k head dims differ", &types[..3]));
    }
    match q.dim(2).as_static() {
        Some(d) if (1..=MAX_HEAD_DIM).contains(&d) => {}
        Some(d) => {
            return Err(shape_err(
                &format!("head dim {d} is not supported (1 to {MAX_HEAD_DIM})"),
                &types[..3],
            ))
        }
        None => return Err(shape_err("the head dim must be static", &types[..3])),
    }
    let hq = match (q.dim(1).as_static(), k.dim(1).as_static()) {
        (Some(hq), Some(hk)) if hk > 0 && hq % hk == 0 => hq,
        _ => return Err(shape_err("kv heads must be static and divide query heads", &types[..3])),
    };
    let (cq, ck) = (&types[3].shape, &types[4].shape);
    if cq.rank() != 1 || cq != ck {
        return Err(shape_err("cu_seqlens_q and cu_seqlens_k must both be [B+1]", &types[3..5]));
    }
    if fwd == 6 && types[5].shape.rank() != 1 {
        return Err(shape_err("prefix_lens must be [B]", &types[5..]));
    }
    let tq = q.dim(0).clone();
    let lse = TensorType::new(DType::F32, Shape(vec![Dim::Static(hq), tq]));
    if part.is_grad() {
        let (out, dout, l) = (types[fwd], types[fwd + 1], types[fwd + 2]);
        if out.dtype != dtype || dout.dtype != dtype || out.shape != *q || dout.shape != *q {
            return Err(shape_err("out and dout must have the type of q", &types[fwd..]));
        }
        if *l != lse {
            return Err(shape_err(
                &format!("lse must be f32 [{hq}, Tq] (the forward's lse part)"),
                &types[fwd..],
            ));
        }
    }
    Ok(match part {
        AttnPart::Out | AttnPart::Dq => types[0].clone(),
        AttnPart::Lse => lse,
        AttnPart::Dkv => {
            let mut dims = vec![Dim::Static(2)];
            dims.extend(k.dims().iter().cloned());
            TensorType::new(dtype, Shape(dims))
        }
    })
}

fn infer_segment_mask(
    mask: crate::MaskKind,
    types: &[&TensorType],
) -> Result<TensorType, TypeError> {
    arity(types, mask.forward_arity() - 1)?; // no v
    if types[0].shape.rank() == 0 || types[1].shape.rank() == 0 {
        return Err(shape_err("q and k need a token axis first", &types[..2]));
    }
    for i in 2..types.len() {
        require(types, i, DType::I32, "cu_seqlens and prefix_lens")?;
    }
    let (cq, ck) = (&types[2].shape, &types[3].shape);
    if cq.rank() != 1 || cq != ck {
        return Err(shape_err("cu_seqlens_q and cu_seqlens_k must both be [B+1]", &types[2..4]));
    }
    if types.len() == 5 && types[4].shape.rank() != 1 {
        return Err(shape_err("prefix_lens must be [B]", &types[4..]));
    }
    let dims = vec![types[0].shape.dim(0).clone(), types[1].shape.dim(0).clone()];
    Ok(TensorType::new(DType::U8, Shape(dims)))
}

fn infer_sigmoid_loss(
    part: crate::LossPart,
    positives: Option<i64>,
    denom: Option<u64>,
    types: &[&TensorType],
) -> Result<TensorType, TypeError> {
    use crate::LossPart;
    arity(types, if part.is_grad() { 5 } else { 4 })?;
    let dtype = float_dtype(&types[..4])?;
    let (x, y) = (&types[0].shape, &types[1].shape);
    if x.rank() != 2 || y.rank() != 2 {
        return Err(shape_err("x and y must be [N, D] and [M, D]", &types[..2]));
    }
    if x.dim(1) != y.dim(1) {
        let why = format!("x and y embedding dims differ (D = {} vs {})", x.dim(1), y.dim(1));
        return Err(shape_err(&why, &types[..2]));
    }
    if positives == Some(0) && x.dim(0) != y.dim(0) {
        let why = format!(
            "N = {} rows of x and M = {} rows of y differ, but positives on the diagonal need N = M \
             (set positives to an offset or none for a block of the chunked loss)",
            x.dim(0),
            y.dim(0)
        );
        return Err(shape_err(&why, &types[..2]));
    }
    if denom == Some(0) {
        return Err(TypeError::Attr("sigmoid_loss denom must be > 0".into()));
    }
    let scalar = |t: &TensorType| t.shape.rank() == 0 || t.shape.0.as_slice() == [Dim::Static(1)];
    if !scalar(types[2]) || !scalar(types[3]) {
        return Err(shape_err("t_prime and bias must be [] or [1]", &types[2..4]));
    }
    if part.is_grad() && (types[4].dtype != DType::F32 || !scalar(types[4])) {
        return Err(shape_err("dloss must be f32 [] or [1]", &types[4..]));
    }
    Ok(match part {
        LossPart::Loss => TensorType::new(DType::F32, Shape::scalar()),
        LossPart::Dx => TensorType::new(dtype, x.clone()),
        LossPart::Dy => TensorType::new(dtype, y.clone()),
        LossPart::DScalars => TensorType::new(DType::F32, Shape::from_static(&[2])),
    })
}
