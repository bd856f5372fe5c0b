//! `Op::Recurse`: typing errors, text and JSON forms, and the reference meaning (r
//! applications equal r unrolled copies).

use std::collections::HashMap;

use packfuse_ir::{
    eval, shape, verify, DType, Graph, IrError, Node, NodeId, Op, Output, Tensor, TensorType,
    Times, TypeError,
};

/// `x ↦ tanh(x·W) + b`: carried `x [T, 4]`, invariants `w [4, 4]`, `b [4]`.
fn body() -> Graph {
    let mut g = Graph::new();
    let x = g.input("x", DType::F32, shape!["T", 4]).unwrap();
    let w = g.input("w", DType::F32, shape![4, 4]).unwrap();
    let b = g.input("b", DType::F32, shape![4]).unwrap();
    let y = g.matmul(x, w).unwrap();
    let y = g.tanh(y).unwrap();
    let y = g.add(y, b).unwrap();
    g.set_output("y", y);
    g
}

fn outer(times: Times) -> Result<Graph, IrError> {
    let mut g = Graph::new();
    let x = g.input("x", DType::F32, shape!["T", 4])?;
    let w = g.param("w", DType::F32, shape![4, 4])?;
    let b = g.param("b", DType::F32, shape![4])?;
    let r = g.input("r", DType::I32, shape![])?;
    let y = g.recurse(body(), times, x, &[w, b], Some(r))?;
    g.set_output("y", y);
    Ok(g)
}

fn unrolled(r: usize) -> Graph {
    let mut g = Graph::new();
    let mut x = g.input("x", DType::F32, shape!["T", 4]).unwrap();
    let w = g.param("w", DType::F32, shape![4, 4]).unwrap();
    let b = g.param("b", DType::F32, shape![4]).unwrap();
    for _ in 0..r {
        let y = g.matmul(x, w).unwrap();
        let y = g.tanh(y).unwrap();
        x = g.add(y, b).unwrap();
    }
    g.set_output("y", x);
    g
}

fn inputs(r: i32) -> HashMap<String, Tensor> {
    let vals = |n: usize, k: f32| (0..n).map(|i| ((i as f32 * 0.37 + k).sin()) * 0.8).collect();
    HashMap::from([
        ("x".to_string(), Tensor::from_f32(&[3, 4], vals(12, 0.1))),
        ("w".to_string(), Tensor::from_f32(&[4, 4], vals(16, 1.3))),
        ("b".to_string(), Tensor::from_f32(&[4], vals(4, 2.9))),
        ("r".to_string(), Tensor::from_i32(&[], vec![r])),
    ])
}

#[test]
fn recurse_equals_unrolled_copies() {
    for r in 1..=6u32 {
        let want = eval(&unrolled(r as usize), &inputs(r as i32)).unwrap();
        for times in [Times::Static(r), Times::Input] {
            let got = eval(&outer(times).unwrap(), &inputs(r as i32)).unwrap();
            assert_eq!(got, want, "r = {r}, {times:?}");
        }
    }
}

#[test]
fn text_and_json_forms() {
    let g = outer(Times::Static(3)).unwrap();
    let text = g.to_string();
    assert!(text.contains("recurse(%0, %1, %2) {times=3} : f32[T, 4] {"), "{text}");
    assert!(text.contains("\n    %3 = matmul(%0, %1) : f32[T, 4]\n"), "{text}");
    let back = Graph::from_json(&g.to_json()).unwrap();
    assert_eq!(back, g);
    let g = outer(Times::Input).unwrap();
    assert!(g.to_string().contains("{times=input}"));
    assert_eq!(Graph::from_json(&g.to_json()).unwrap(), g);
}

fn body_error(e: IrError) -> String {
    match e {
        IrError::Type { op, source, .. } => {
            assert_eq!(op, "recurse");
            source.to_string()
        }
        other => panic!("expected a type error on the recurse node, got {other}"),
    }
}

#[test]
fn times_zero_is_an_error() {
    let msg = body_error(outer(Times::Static(0)).unwrap_err());
    assert_eq!(msg, "times must be at least 1, got 0");
    let mut ins = inputs(0);
    let err = eval(&outer(Times::Input).unwrap(), &ins).unwrap_err();
    assert!(err.to_string().contains("times must be at least 1, got 0"), "{err}");
    ins.insert("r".into(), Tensor::from_i32(&[], vec![-2]));
    assert!(eval(&outer(Times::Input).unwrap(), &ins).is_err());
}

#[test]
fn body_output_type_must_match_the_carried_input() {
    let mut b = Graph::new();
    let x = b.input("x", DType::F32, shape!["T", 4]).unwrap();
    let y = b.sum(x, &[1], false).unwrap();
    b.set_output("y", y);
    let mut g = Graph::new();
    let x = g.input("x", DType::F32, shape!["T", 4]).unwrap();
    let msg = body_error(g.recurse(b, Times::Static(2), x, &[], None).unwrap_err());
    assert_eq!(msg, "body output \"y\" is f32[T] but the carried input \"x\" is f32[T, 4]");
}

#[test]
fn body_parameters_are_undeclared_outside_reads() {
    let mut b = Graph::new();
    let x = b.input("x", DType::F32, shape!["T", 4]).unwrap();
    let w = b.param("w", DType::F32, shape![4, 4]).unwrap();
    let y = b.matmul(x, w).unwrap();
    b.set_output("y", y);
    let mut g = Graph::new();
    let x = g.input("x", DType::F32, shape!["T", 4]).unwrap();
    let msg = body_error(g.recurse(b, Times::Static(2), x, &[], None).unwrap_err());
    assert!(msg.contains("reads parameter \"w\" from outside without declaring it"), "{msg}");
}

#[test]
fn body_nodes_reference_only_body_nodes() {
    // A body (as JSON would give it) whose matmul reads %5: an outer node, not a body node.
    let t = TensorType::new(DType::F32, shape![2, 2]);
    let b = Graph::from_parts(
        vec![
            Node { op: Op::Input { name: "x".into() }, inputs: vec![], ty: t.clone() },
            Node {
                op: Op::MatMul { transpose_a: false, transpose_b: false },
                inputs: vec![NodeId(0), NodeId(5)],
                ty: t.clone(),
            },
        ],
        vec![Output { name: "y".into(), node: NodeId(1) }],
    );
    let g = Graph::from_parts(
        vec![
            Node { op: Op::Input { name: "x".into() }, inputs: vec![], ty: t.clone() },
            Node {
                op: Op::Recurse {
                    body: Box::new(b),
                    times: Times::Static(2),
                    index: None,
                    max_times: None,
                },
                inputs: vec![NodeId(0)],
                ty: t,
            },
        ],
        vec![Output { name: "y".into(), node: NodeId(1) }],
    );
    let err = verify(&g).unwrap_err();
    let IrError::Type { source: TypeError::Body(inner), .. } = &err else {
        panic!("expected a body error, got {err}")
    };
    assert!(matches!(**inner, IrError::DanglingInput { input: NodeId(5), .. }), "{inner}");
    assert!(err.to_string().contains("input %5 does not exist"), "{err}");
}

#[test]
fn wrong_invariant_type_and_arity() {
    let mut g = Graph::new();
    let x = g.input("x", DType::F32, shape!["T", 4]).unwrap();
    let w = g.param("w", DType::F32, shape![4, 5]).unwrap();
    let b = g.param("b", DType::F32, shape![4]).unwrap();
    let msg = body_error(g.recurse(body(), Times::Static(2), x, &[w, b], None).unwrap_err());
    assert_eq!(msg, "input 1 is f32[4, 5] but body input \"w\" is f32[4, 4]");
    let msg = body_error(g.recurse(body(), Times::Static(2), x, &[b], None).unwrap_err());
    assert!(msg.contains("expects 3 inputs, got 2"), "{msg}");
}

// ---- the iteration index -------------------------------------------------------------

const R_MAX: u32 = 6;

/// `x ↦ tanh(x·W) + b + s[i]`: like [`body`], plus row `i` of a per-iteration table `s
/// [R_MAX, 4]`, `i` being the iteration index (declared between the invariants, to show
/// that its position among the body inputs does not matter).
fn indexed_body() -> Graph {
    let mut g = Graph::new();
    let x = g.input("x", DType::F32, shape!["T", 4]).unwrap();
    let w = g.input("w", DType::F32, shape![4, 4]).unwrap();
    let i = g.input("i", DType::I32, shape![]).unwrap();
    let b = g.input("b", DType::F32, shape![4]).unwrap();
    let s = g.input("s", DType::F32, shape![R_MAX as usize, 4]).unwrap();
    let y = g.matmul(x, w).unwrap();
    let y = g.tanh(y).unwrap();
    let y = g.add(y, b).unwrap();
    let row = g.gather(s, i, 0).unwrap();
    let y = g.add(y, row).unwrap();
    g.set_output("y", y);
    g
}

fn indexed_op(times: Times, max_times: Option<u32>) -> Op {
    Op::Recurse { body: Box::new(indexed_body()), times, index: Some("i".into()), max_times }
}

fn indexed_outer(times: Times, max_times: Option<u32>) -> Result<Graph, IrError> {
    let mut g = Graph::new();
    let x = g.input("x", DType::F32, shape!["T", 4])?;
    let w = g.param("w", DType::F32, shape![4, 4])?;
    let b = g.param("b", DType::F32, shape![4])?;
    let s = g.param("s", DType::F32, shape![R_MAX as usize, 4])?;
    let r = g.input("r", DType::I32, shape![])?;
    let y = g.recurse_op(indexed_op(times, max_times), x, &[w, b, s], Some(r))?;
    g.set_output("y", y);
    Ok(g)
}

/// The unrolled meaning: copy `k` adds row `k` of `s`, sliced statically.
fn indexed_unrolled(r: usize) -> Graph {
    let mut g = Graph::new();
    let mut x = g.input("x", DType::F32, shape!["T", 4]).unwrap();
    let w = g.param("w", DType::F32, shape![4, 4]).unwrap();
    let b = g.param("b", DType::F32, shape![4]).unwrap();
    let s = g.param("s", DType::F32, shape![R_MAX as usize, 4]).unwrap();
    for k in 0..r {
        let y = g.matmul(x, w).unwrap();
        let y = g.tanh(y).unwrap();
        let y = g.add(y, b).unwrap();
        let row = g.slice(s, 0, k, k + 1).unwrap();
        let row = g.reshape(row, shape![4]).unwrap();
        x = g.add(y, row).unwrap();
    }
    g.set_output("y", x);
    g
}

fn indexed_inputs(r: i32) -> HashMap<String, Tensor> {
    let mut m = inputs(r);
    let rows = (0..R_MAX as usize * 4).map(|k| (k as f32 * 0.71).cos()).collect();
    m.insert("s".into(), Tensor::from_f32(&[R_MAX as usize, 4], rows));
    m
}

#[test]
fn the_index_input_counts_iterations_from_zero() {
    for r in 1..=R_MAX {
        let ins = indexed_inputs(r as i32);
        let want = eval(&indexed_unrolled(r as usize), &ins).unwrap();
        for times in [Times::Static(r), Times::Input] {
            for max in [None, Some(R_MAX)] {
                let got = eval(&indexed_outer(times, max).unwrap(), &ins).unwrap();
                assert_eq!(got, want, "r = {r}, {times:?}, max_times {max:?}");
            }
        }
    }
    // The index is what distinguishes the copies: without it every copy adds row 0.
    let ins = indexed_inputs(2);
    let first_row_twice = {
        let mut m = ins.clone();
        let s = m["s"].to_f32_vec();
        let rows: Vec<f32> = (0..R_MAX as usize * 4).map(|k| s[k % 4]).collect();
        m.insert("s".into(), Tensor::from_f32(&[R_MAX as usize, 4], rows));
        eval(&indexed_unrolled(2), &m).unwrap()
    };
    assert_ne!(
        eval(&indexed_outer(Times::Static(2), None).unwrap(), &ins).unwrap(),
        first_row_twice
    );
}

#[test]
fn a_count_above_max_times_is_an_error() {
    let msg = body_error(indexed_outer(Times::Static(R_MAX + 1), Some(R_MAX)).unwrap_err());
    assert_eq!(msg, "times 7 is above max_times 6 (the body's per-iteration tables have 6 rows)");
    let msg = body_error(indexed_outer(Times::Static(2), Some(0)).unwrap_err());
    assert_eq!(msg, "max_times must be at least 1, got 0");
    let g = indexed_outer(Times::Input, Some(R_MAX)).unwrap();
    let err = eval(&g, &indexed_inputs(R_MAX as i32 + 1)).unwrap_err().to_string();
    assert!(err.contains("times 7 is above max_times 6"), "{err}");
}

#[test]
fn the_index_must_name_an_i32_scalar_body_input() {
    let mut g = Graph::new();
    let x = g.input("x", DType::F32, shape!["T", 4]).unwrap();
    let w = g.param("w", DType::F32, shape![4, 4]).unwrap();
    let b = g.param("b", DType::F32, shape![4]).unwrap();
    let op = |index: &str| Op::Recurse {
        body: Box::new(body()),
        times: Times::Static(2),
        index: Some(index.into()),
        max_times: None,
    };
    let msg = body_error(g.recurse_op(op("k"), x, &[w, b], None).unwrap_err());
    assert_eq!(msg, "the body has no input \"k\" to hold the index");
    let msg = body_error(g.recurse_op(op("b"), x, &[w], None).unwrap_err());
    assert_eq!(msg, "index input \"b\" must be i32 [], got f32[4]");
}

#[test]
fn index_and_max_times_in_text_and_json() {
    let g = indexed_outer(Times::Input, Some(R_MAX)).unwrap();
    let text = g.to_string();
    assert!(text.contains("{times=input, index=\"i\", max_times=6}"), "{text}");
    assert_eq!(Graph::from_json(&g.to_json()).unwrap(), g);
    // Without them the JSON is what it was before they existed.
    let plain = outer(Times::Static(2)).unwrap().to_json();
    assert!(!plain.contains("index") && !plain.contains("max_times"), "{plain}");
}
