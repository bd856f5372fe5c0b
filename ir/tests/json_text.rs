//! The JSON and text forms, and structural deduplication.

use packfuse_ir::{shape, AttnPart, DType, Graph, IrError, MaskKind, NodeId, Shape};

/// A pre-LN ViT encoder block over packed tokens `x [T, C]` with segments `cu_seqlens`.
fn vit_block(c: usize, heads: usize, mlp: usize) -> Graph {
    let mut g = Graph::new();
    let x = g.input("x", DType::F32, shape!["T", c]).unwrap();
    let cu = g.input("cu_seqlens", DType::I32, shape!["S"]).unwrap();
    let p = |g: &mut Graph, name: &str, s: Shape| g.param(name, DType::F32, s).unwrap();
    let linear = |g: &mut Graph, x: NodeId, name: &str, out: usize, inp: usize| {
        let w = p(g, &format!("{name}.weight"), shape![out, inp]);
        let b = p(g, &format!("{name}.bias"), shape![out]);
        g.linear(x, w, Some(b)).unwrap()
    };
    let norm = |g: &mut Graph, x: NodeId, name: &str| {
        let w = p(g, &format!("{name}.weight"), shape![c]);
        let b = p(g, &format!("{name}.bias"), shape![c]);
        g.layer_norm(x, w, b, 1e-6).unwrap()
    };
    let h = norm(&mut g, x, "layer_norm1");
    let qkv: Vec<NodeId> = ["q_proj", "k_proj", "v_proj"]
        .iter()
        .map(|n| {
            let y = linear(&mut g, h, &format!("self_attn.{n}"), c, c);
            g.reshape(y, shape!["T", heads, c / heads]).unwrap()
        })
        .collect();
    let a = g.packed_attention(qkv[0], qkv[1], qkv[2], cu, cu, None, MaskKind::Full, None).unwrap();
    let a = g.reshape(a, shape!["T", c]).unwrap();
    let a = linear(&mut g, a, "self_attn.out_proj", c, c);
    let x = g.add(x, a).unwrap();
    let h = norm(&mut g, x, "layer_norm2");
    let h = linear(&mut g, h, "mlp.fc1", mlp, c);
    let h = g.gelu_tanh(h).unwrap();
    let h = linear(&mut g, h, "mlp.fc2", c, mlp);
    let y = g.add(x, h).unwrap();
    g.set_output("y", y);
    g
}

#[test]
fn vit_block_round_trips_through_json() {
    let g = vit_block(32, 4, 64);
    assert_eq!(g.ty(g.outputs()[0].node).to_string(), "f32[T, 32]");
    let text = g.to_json();
    let back = Graph::from_json(&text).unwrap();
    assert_eq!(back, g);
    assert_eq!(back.to_json(), text);
    assert_eq!(back.to_string(), g.to_string());
}

#[test]
fn text_form_of_a_small_graph() {
    let mut g = Graph::new();
    let x = g.input("x", DType::F32, shape!["T", 4]).unwrap();
    let w = g.param("w", DType::F32, shape![2, 4]).unwrap();
    let y = g.linear(x, w, None).unwrap();
    let c = g.constant(DType::F32, &[2], &[0.5, -1.0]).unwrap();
    let y = g.add(y, c).unwrap();
    let y = g.gelu_tanh(y).unwrap();
    let s = g.sum(y, &[1], true).unwrap();
    g.set_output("y", y);
    g.set_output("s", s);
    let want = r#"graph {
  %0 = input {"x"} : f32[T, 4]
  %1 = parameter {"w"} : f32[2, 4]
  %2 = matmul(%0, %1) {transpose_b} : f32[T, 2]
  %3 = constant {[0.5, -1]} : f32[2]
  %4 = add(%2, %3) : f32[T, 2]
  %5 = gelu_tanh(%4) : f32[T, 2]
  %6 = reduce_sum(%5) {axes=[1], keep_dims} : f32[T, 1]
  output "y" = %5
  output "s" = %6
}"#;
    assert_eq!(g.to_string(), want);
    assert_eq!(Graph::from_json(&g.to_json()).unwrap(), g);
}

#[test]
fn json_from_text_by_hand() {
    let text = r#"{
      "nodes": [
        {"op": "input", "name": "x", "type": {"dtype": "f32", "shape": ["T", 3]}},
        {"op": "softmax", "axis": 1, "inputs": [0], "type": {"dtype": "f32", "shape": ["T", 3]}}
      ],
      "outputs": [{"name": "p", "node": 1}]
    }"#;
    let g = Graph::from_json(text).unwrap();
    let mut want = Graph::new();
    let x = want.input("x", DType::F32, shape!["T", 3]).unwrap();
    let p = want.softmax(x, 1).unwrap();
    want.set_output("p", p);
    assert_eq!(g, want);
}

#[test]
fn malformed_json_is_an_error_not_a_panic() {
    let cases = [
        "",
        "{not json",
        r#"{"nodes": 3}"#,
        r#"{"nodes": [{"op": "frobnicate", "type": {"dtype": "f32", "shape": []}}]}"#,
        r#"{"nodes": [{"op": "input", "name": "x", "type": {"dtype": "f64", "shape": [2]}}]}"#,
        r#"{"nodes": [{"op": "input", "name": "x", "type": {"dtype": "f32", "shape": [-1]}}]}"#,
        r#"{"nodes": [{"op": "input", "name": "x"}]}"#,
        r#"{"nodes": [], "outputs": [{"name": "y"}]}"#,
    ];
    for text in cases {
        match Graph::from_json(text) {
            Err(IrError::Json(msg)) => assert!(!msg.is_empty()),
            other => panic!("{text:?} gave {other:?}"),
        }
    }
    let truncated = &vit_block(8, 2, 16).to_json()[..200];
    assert!(matches!(Graph::from_json(truncated), Err(IrError::Json(_))));
}

#[test]
fn well_formed_json_of_a_bad_graph_fails_verification() {
    let text = r#"{"nodes": [
        {"op": "input", "name": "x", "type": {"dtype": "f32", "shape": [2]}},
        {"op": "input", "name": "y", "type": {"dtype": "i32", "shape": [2]}},
        {"op": "binary", "f": "add", "inputs": [0, 1], "type": {"dtype": "f32", "shape": [2]}}
    ]}"#;
    let e = Graph::from_json(text).unwrap_err();
    assert!(matches!(e, IrError::Type { .. }), "{e}");
    assert_eq!(e.node(), Some(NodeId(2)));
}

#[test]
fn equal_nodes_are_one_node() {
    let mut g = Graph::new();
    let x = g.input("x", DType::F32, shape![4]).unwrap();
    assert_eq!(g.input("x", DType::F32, shape![4]).unwrap(), x);
    let a = g.exp(x).unwrap();
    let n = g.len();
    assert_eq!(g.exp(x).unwrap(), a);
    let s = g.add(a, x).unwrap();
    assert_eq!(g.add(a, x).unwrap(), s);
    assert_ne!(g.add(x, a).unwrap(), s, "operand order is part of the node");
    let c = g.scalar(DType::F32, 2.0).unwrap();
    assert_eq!(g.scalar(DType::F32, 2.0).unwrap(), c);
    assert_eq!(g.len(), n + 3);
}

#[test]
fn constants_of_other_types_are_not_merged() {
    let mut g = Graph::new();
    let f = g.scalar(DType::F32, 1.0).unwrap();
    let i = g.scalar(DType::I32, 1.0).unwrap();
    let v = g.constant(DType::F32, &[1], &[1.0]).unwrap();
    assert_ne!(f, i);
    assert_ne!(f, v);
    assert_eq!(g.ty(i).dtype, DType::I32);
    assert_eq!(g.ty(v).shape, shape![1]);
}

/// Every attention part round-trips; the default part (`out`) is omitted from JSON and text.
#[test]
fn attention_parts_round_trip() {
    let mut g = Graph::new();
    let q = g.input("q", DType::F32, shape!["T", 4, 8]).unwrap();
    let k = g.input("k", DType::F32, shape!["T", 2, 8]).unwrap();
    let cu = g.input("cu", DType::I32, shape!["S"]).unwrap();
    let p = g.input("prefix", DType::I32, shape!["B"]).unwrap();
    let fwd = [q, k, k, cu, cu, p];
    let m = MaskKind::PrefixLm;
    let out = g.packed_attention_part(AttnPart::Out, &fwd, m, Some(0.5), Some(3)).unwrap();
    let lse = g.packed_attention_part(AttnPart::Lse, &fwd, m, Some(0.5), Some(3)).unwrap();
    let [dq, dk, dv] =
        g.packed_attention_backward(&fwd, out, q, lse, m, Some(0.5), Some(3)).unwrap();
    for (n, x) in [("out", out), ("lse", lse), ("dq", dq), ("dk", dk), ("dv", dv)] {
        g.set_output(n, x);
    }
    assert_eq!(g.ty(lse).to_string(), "f32[4, T]");
    assert_eq!(g.ty(dk).to_string(), "f32[T, 2, 8]");
    let json = g.to_json();
    assert_eq!(json.matches("\"part\"").count(), 3, "{json}"); // lse, dq, dkv
    let back = Graph::from_json(&json).unwrap();
    assert_eq!(back, g);
    let text = g.to_string();
    for want in ["part=lse", "part=dq", "part=dkv", "mask=prefix_lm, scale=0.5, window=3"] {
        assert!(text.contains(want), "{want} in {text}");
    }
}

/// Non-finite constants (a `-inf` mask fill) survive the JSON round trip.
#[test]
fn non_finite_constants_round_trip() {
    let mut g = Graph::new();
    let x = g.input("x", DType::F32, shape![3]).unwrap();
    let c = g.constant(DType::F32, &[3], &[f64::NEG_INFINITY, f64::INFINITY, 1.5]).unwrap();
    let y = g.maximum(x, c).unwrap();
    g.set_output("y", y);
    let json = g.to_json();
    assert!(json.contains("\"-inf\"") && json.contains("\"inf\""), "{json}");
    assert_eq!(Graph::from_json(&json).unwrap(), g);
    let bad = json.replace("\"-inf\"", "\"minus infinity\"");
    let e = Graph::from_json(&bad).unwrap_err();
    assert!(e.to_string().contains("minus infinity"), "{e}");
}
