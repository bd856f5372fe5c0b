//! `verify()` on malformed graphs built from raw parts: each names the offending node, and
//! the builder refuses the same mistakes.

use packfuse_ir::{
    shape, verify, AttnPart, BinaryOp, ConstValue, DType, Graph, IrError, MaskKind, Node, NodeId,
    Op, Output, Shape, TensorType, TypeError, UnaryOp, F64,
};

fn ty(dtype: DType, shape: Shape) -> TensorType {
    TensorType::new(dtype, shape)
}

fn f32t(shape: Shape) -> TensorType {
    ty(DType::F32, shape)
}

fn input(name: &str, t: TensorType) -> Node {
    Node { op: Op::Input { name: name.into() }, inputs: vec![], ty: t }
}

fn node(op: Op, inputs: &[u32], t: TensorType) -> Node {
    Node { op, inputs: inputs.iter().map(|&i| NodeId(i)).collect(), ty: t }
}

fn add() -> Op {
    Op::Binary { f: BinaryOp::Add }
}

/// Verifies a graph whose last node is the output; returns the error, checking that it
/// names node `bad` both as `err.node()` and as `%bad` in the message.
#[track_caller]
fn verify_err(nodes: Vec<Node>, bad: u32) -> IrError {
    let last = NodeId(nodes.len() as u32 - 1);
    let g = Graph::from_parts(nodes, vec![Output { name: "y".into(), node: last }]);
    let e = verify(&g).unwrap_err();
    assert_eq!(e.node(), Some(NodeId(bad)), "{e}");
    assert!(e.to_string().contains(&format!("%{bad}")), "{e}");
    e
}

fn type_error(e: &IrError) -> &TypeError {
    match e {
        IrError::Type { source, .. } => source,
        e => panic!("expected a type error, got {e}"),
    }
}

#[test]
fn binary_dtype_mismatch() {
    let e = verify_err(
        vec![
            input("x", f32t(shape![2])),
            input("y", ty(DType::I32, shape![2])),
            node(add(), &[0, 1], f32t(shape![2])),
        ],
        2,
    );
    assert!(matches!(type_error(&e), TypeError::DType { .. }), "{e}");
    assert!(e.to_string().contains("f32, i32"), "{e}");
}

#[test]
fn shapes_not_broadcastable() {
    let e = verify_err(
        vec![
            input("x", f32t(shape![2])),
            input("y", f32t(shape![3])),
            node(add(), &[0, 1], f32t(shape![3])),
        ],
        2,
    );
    assert!(matches!(type_error(&e), TypeError::Shape { .. }), "{e}");
    assert!(e.to_string().contains("[2] vs [3]"), "{e}");
}

#[test]
fn matmul_inner_dims_differ() {
    let mm = Op::MatMul { transpose_a: false, transpose_b: false };
    let e = verify_err(
        vec![
            input("a", f32t(shape![2, 3])),
            input("b", f32t(shape![4, 5])),
            node(mm, &[0, 1], f32t(shape![2, 5])),
        ],
        2,
    );
    assert!(matches!(type_error(&e), TypeError::Shape { .. }), "{e}");
    assert!(e.to_string().contains("3 vs 4"), "{e}");
}

#[test]
fn dangling_input() {
    let neg = Op::Unary { f: UnaryOp::Neg };
    let e = verify_err(vec![input("x", f32t(shape![2])), node(neg, &[7], f32t(shape![2]))], 1);
    assert!(matches!(e, IrError::DanglingInput { input: NodeId(7), len: 2, .. }), "{e}");
}

#[test]
fn forward_reference_is_a_cycle() {
    let neg = Op::Unary { f: UnaryOp::Neg };
    let e = verify_err(
        vec![
            input("x", f32t(shape![2])),
            node(add(), &[0, 2], f32t(shape![2])),
            node(neg, &[1], f32t(shape![2])),
        ],
        1,
    );
    assert!(matches!(e, IrError::Cycle { input: NodeId(2), .. }), "{e}");
}

#[test]
fn self_reference_is_a_cycle() {
    let neg = Op::Unary { f: UnaryOp::Neg };
    let e = verify_err(vec![input("x", f32t(shape![2])), node(neg, &[1], f32t(shape![2]))], 1);
    assert!(matches!(e, IrError::Cycle { input: NodeId(1), .. }), "{e}");
}

#[test]
fn reduce_axis_out_of_range() {
    let op = Op::Reduce { f: packfuse_ir::ReduceOp::Sum, axes: vec![2], keep_dims: false };
    let e = verify_err(vec![input("x", f32t(shape![2, 3])), node(op, &[0], f32t(shape![2]))], 1);
    assert_eq!(type_error(&e), &TypeError::Axis { axis: 2, rank: 2 });
}

#[test]
fn softmax_axis_out_of_range() {
    let e = verify_err(
        vec![
            input("x", f32t(shape![2, 3])),
            node(Op::Softmax { axis: 5 }, &[0], f32t(shape![2, 3])),
        ],
        1,
    );
    assert_eq!(type_error(&e), &TypeError::Axis { axis: 5, rank: 2 });
}

#[test]
fn reshape_changes_the_size() {
    let op = Op::Reshape { shape: shape!["T", 5] };
    let e =
        verify_err(vec![input("x", f32t(shape!["T", 4])), node(op, &[0], f32t(shape!["T", 5]))], 1);
    assert!(matches!(type_error(&e), TypeError::ReshapeSize { .. }), "{e}");
    let op = Op::Reshape { shape: shape!["S", 4] };
    let e =
        verify_err(vec![input("x", f32t(shape!["T", 4])), node(op, &[0], f32t(shape!["S", 4]))], 1);
    assert!(matches!(type_error(&e), TypeError::ReshapeSize { .. }), "{e}");
}

#[test]
fn permute_not_a_permutation() {
    let op = Op::Permute { perm: vec![0, 0] };
    let e = verify_err(vec![input("x", f32t(shape![2, 3])), node(op, &[0], f32t(shape![2, 2]))], 1);
    assert!(matches!(type_error(&e), TypeError::Attr(_)), "{e}");
    let op = Op::Permute { perm: vec![1] };
    let e = verify_err(vec![input("x", f32t(shape![2, 3])), node(op, &[0], f32t(shape![3]))], 1);
    assert!(matches!(type_error(&e), TypeError::Attr(_)), "{e}");
}

#[test]
fn declared_type_differs_from_inferred() {
    let neg = Op::Unary { f: UnaryOp::Neg };
    let e = verify_err(vec![input("x", f32t(shape![2])), node(neg, &[0], f32t(shape![3]))], 1);
    assert!(matches!(e, IrError::DeclaredType { .. }), "{e}");
    assert!(e.to_string().contains("f32[3]") && e.to_string().contains("f32[2]"), "{e}");
}

#[test]
fn duplicate_input_name() {
    let e = verify_err(
        vec![
            input("x", f32t(shape![2])),
            input("x", f32t(shape![3])),
            node(add(), &[0, 0], f32t(shape![2])),
        ],
        1,
    );
    assert!(
        matches!(&e, IrError::DuplicateName { name, first: NodeId(0), .. } if name == "x"),
        "{e}"
    );
}

#[test]
fn constant_length_mismatch() {
    let c = Op::Constant { value: ConstValue(vec![F64(1.0), F64(2.0), F64(3.0)]) };
    let e = verify_err(vec![input("x", f32t(shape![2])), node(c, &[], f32t(shape![2, 2]))], 1);
    assert!(
        matches!(type_error(&e), TypeError::Attr(m) if m.contains("needs 4 values, has 3")),
        "{e}"
    );
}

#[test]
fn select_condition_not_u8() {
    let e = verify_err(
        vec![
            input("c", f32t(shape![2])),
            input("a", f32t(shape![2])),
            node(Op::Select, &[0, 1, 1], f32t(shape![2])),
        ],
        2,
    );
    assert!(
        matches!(type_error(&e), TypeError::DType { reason, .. } if reason.contains("condition")),
        "{e}"
    );
}

#[test]
fn slice_out_of_bounds() {
    let op = Op::Slice { axis: 1, start: 1, end: 4 };
    let e = verify_err(vec![input("x", f32t(shape![2, 3])), node(op, &[0], f32t(shape![2, 3]))], 1);
    assert!(matches!(type_error(&e), TypeError::Attr(m) if m.contains("1..4")), "{e}");
}

#[test]
fn attention_kv_heads_must_divide_query_heads() {
    let op = Op::PackedAttention {
        mask: MaskKind::Causal,
        scale: None,
        window: None,
        part: AttnPart::Out,
    };
    let cu = ty(DType::I32, shape!["S"]);
    let e = verify_err(
        vec![
            input("q", f32t(shape!["T", 3, 8])),
            input("k", f32t(shape!["T", 2, 8])),
            Node { op: Op::Input { name: "cu".into() }, inputs: vec![], ty: cu },
            node(op, &[0, 1, 1, 2, 2], f32t(shape!["T", 3, 8])),
        ],
        3,
    );
    assert!(
        matches!(type_error(&e), TypeError::Shape { reason, .. } if reason.contains("divide")),
        "{e}"
    );
}

#[test]
fn concat_dims_disagree() {
    let e = verify_err(
        vec![
            input("a", f32t(shape![2, 3])),
            input("b", f32t(shape![3, 3])),
            node(Op::Concat { axis: 1 }, &[0, 1], f32t(shape![2, 6])),
        ],
        2,
    );
    assert!(
        matches!(type_error(&e), TypeError::Shape { reason, .. } if reason.contains("dimension 0")),
        "{e}"
    );
}

#[test]
fn source_with_inputs_and_prefix_lm_without_prefix() {
    let c = Op::Constant { value: ConstValue(vec![F64(1.0)]) };
    let e = verify_err(vec![input("x", f32t(shape![1])), node(c, &[0], f32t(shape![1]))], 1);
    assert!(matches!(e, IrError::Type { .. }), "{e}");
    let op = Op::PackedAttention {
        mask: MaskKind::PrefixLm,
        scale: None,
        window: None,
        part: AttnPart::Out,
    };
    let e = verify_err(
        vec![
            input("q", f32t(shape!["T", 2, 8])),
            Node {
                op: Op::Input { name: "cu".into() },
                inputs: vec![],
                ty: ty(DType::I32, shape!["S"]),
            },
            node(op, &[0, 0, 0, 1, 1], f32t(shape!["T", 2, 8])),
        ],
        2,
    );
    assert!(matches!(type_error(&e), TypeError::Arity { got: 5, .. }), "{e}");
}

#[test]
fn bad_outputs() {
    let g = Graph::from_parts(
        vec![input("x", f32t(shape![2]))],
        vec![Output { name: "y".into(), node: NodeId(3) }],
    );
    let e = verify(&g).unwrap_err();
    assert!(matches!(&e, IrError::Output { name, .. } if name == "y"), "{e}");
    assert_eq!(e.node(), None);
    let o = |n: &str| Output { name: n.into(), node: NodeId(0) };
    let g = Graph::from_parts(vec![input("x", f32t(shape![2]))], vec![o("y"), o("y")]);
    assert!(matches!(verify(&g), Err(IrError::Output { .. })));
}

/// The builder refuses the same mistakes, naming the node it would have added.
#[test]
fn builder_refuses_the_same_mistakes() {
    let mut g = Graph::new();
    let x = g.input("x", DType::F32, shape![2, 3]).unwrap();
    let i = g.input("i", DType::I32, shape![2, 3]).unwrap();
    let y = g.input("y", DType::F32, shape![4, 5]).unwrap();
    let next = NodeId(g.len() as u32);
    let errs: Vec<IrError> = vec![
        g.add(x, i).unwrap_err(),
        g.add(x, y).unwrap_err(),
        g.matmul(x, y).unwrap_err(),
        g.neg(NodeId(99)).unwrap_err(),
        g.sum(x, &[2], false).unwrap_err(),
        g.softmax(x, 2).unwrap_err(),
        g.reshape(x, shape![5]).unwrap_err(),
        g.permute(x, &[1, 1]).unwrap_err(),
        g.input("x", DType::F32, shape![3]).unwrap_err(),
        g.param("x", DType::F32, shape![2, 3]).unwrap_err(),
        g.constant(DType::F32, &[2, 2], &[1.0]).unwrap_err(),
        g.select(x, x, x).unwrap_err(),
        g.slice(x, 0, 1, 3).unwrap_err(),
        g.concat(&[x, y], 0).unwrap_err(),
        g.gather(x, x, 0).unwrap_err(),
        g.exp(i).unwrap_err(),
        g.rope(x, i, 10_000.0).unwrap_err(),
        g.sigmoid_loss(x, y, x, x).unwrap_err(),
        g.layer_norm(x, x, x, 1e-5).unwrap_err(),
    ];
    assert_eq!(g.len(), next.index(), "a refused node is not added");
    for e in &errs {
        assert_eq!(e.node(), Some(next), "{e}");
        assert!(e.to_string().contains(&format!("%{}", next.0)), "{e}");
    }
    assert!(matches!(errs[3], IrError::DanglingInput { .. }));
    assert!(matches!(errs[8], IrError::DuplicateName { .. }));
    assert!(matches!(errs[9], IrError::DuplicateName { .. }));
    let q = g.input("q", DType::F32, shape!["T", 3, 8]).unwrap();
    let k = g.input("k", DType::F32, shape!["T", 2, 8]).unwrap();
    let cu = g.input("cu", DType::I32, shape!["S"]).unwrap();
    let e = g.packed_attention(q, k, k, cu, cu, None, MaskKind::Full, None).unwrap_err();
    assert!(matches!(e, IrError::Type { .. }), "{e}");
}
