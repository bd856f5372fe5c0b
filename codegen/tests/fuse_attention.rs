//! The attention fusion pass: unfused attention over a `segment_mask` becomes one
//! `packed_attention` launch with the same values; near misses are left alone.

mod common;

use std::collections::HashMap;

use common::values;
use packfuse_codegen::pipeline::{compile_to_plan, optimize};
use packfuse_codegen::Engine;
use packfuse_ir::{eval_f64, shape, DType, Graph, MaskKind, NodeId, Op, Tensor};

const H: usize = 4;
const D: usize = 16;

/// How the unfused graph is written.
#[derive(Clone, Copy)]
struct Style {
    mask: MaskKind,
    window: Option<usize>,
    /// Key/value heads: `H` or 1.
    hk: usize,
    /// The masked-out fill.
    fill: f64,
    /// `Some(c)`: scores multiplied by `c`; `None`: divided by `√D`.
    scale: Option<f64>,
    softmax_axis: usize,
}

impl Style {
    fn new(mask: MaskKind) -> Style {
        Style { mask, window: None, hk: H, fill: f64::NEG_INFINITY, scale: None, softmax_axis: 2 }
    }
}

/// `softmax(select(segment_mask, scale · qh·khᵀ, fill)) · vh`, heads first, then back to
/// tokens first.
fn unfused(st: Style) -> Graph {
    let mut g = Graph::new();
    let q = g.input("q", DType::F32, shape!["T", H, D]).unwrap();
    let k = g.input("k", DType::F32, shape!["T", st.hk, D]).unwrap();
    let v = g.input("v", DType::F32, shape!["T", st.hk, D]).unwrap();
    let cu = g.input("cu_seqlens", DType::I32, shape!["B1"]).unwrap();
    let prefix = (st.mask == MaskKind::PrefixLm)
        .then(|| g.input("prefix_lens", DType::I32, shape!["B"]).unwrap());
    let heads_first = |g: &mut Graph, x: NodeId| g.permute(x, &[1, 0, 2]).unwrap();
    let (qh, kh, vh) = (heads_first(&mut g, q), heads_first(&mut g, k), heads_first(&mut g, v));
    let s = g.matmul_t(qh, kh, false, true).unwrap();
    let s = match st.scale {
        Some(c) => {
            let c = g.scalar(DType::F32, c).unwrap();
            g.mul(s, c).unwrap()
        }
        None => {
            let c = g.scalar(DType::F32, (D as f64).sqrt()).unwrap();
            g.div(s, c).unwrap()
        }
    };
    let m = g.segment_mask(q, k, cu, cu, prefix, st.mask, st.window).unwrap();
    let fill = g.scalar(DType::F32, st.fill).unwrap();
    let s = g.select(m, s, fill).unwrap();
    let p = g.softmax(s, st.softmax_axis).unwrap();
    let o = g.matmul(p, vh).unwrap();
    let o = g.permute(o, &[1, 0, 2]).unwrap();
    g.set_output("o", o);
    g
}

fn inputs(st: Style, lens: &[usize]) -> HashMap<String, Tensor> {
    let t: usize = lens.iter().sum();
    let mut cu = vec![0i32];
    for &l in lens {
        cu.push(cu.last().unwrap() + l as i32);
    }
    let prefix = lens.iter().map(|&l| l.min(2) as i32).collect();
    let f = |seed, h| Tensor::from_f64(DType::F32, &[t, h, D], &values(seed, t * h * D)).unwrap();
    HashMap::from([
        ("q".to_string(), f(1, H)),
        ("k".to_string(), f(2, st.hk)),
        ("v".to_string(), f(3, st.hk)),
        ("cu_seqlens".to_string(), Tensor::from_i32(&[lens.len() + 1], cu)),
        ("prefix_lens".to_string(), Tensor::from_i32(&[lens.len()], prefix)),
    ])
}

fn count(g: &Graph, name: &str) -> usize {
    g.nodes().iter().filter(|n| n.op.name() == name).count()
}

#[test]
fn unfused_attention_becomes_one_packed_attention_launch() {
    let lens = [5, 1, 9, 3];
    let mut styles = Vec::new();
    for mask in [MaskKind::Full, MaskKind::Causal, MaskKind::PrefixLm] {
        styles.push(Style::new(mask));
        styles.push(Style { hk: 1, scale: Some(0.3), fill: -1e9, ..Style::new(mask) });
        styles.push(Style { window: Some(2), ..Style::new(mask) });
    }
    for st in styles {
        let g = unfused(st);
        let opt = optimize(&g).unwrap();
        assert_eq!(count(&opt, "packed_attention"), 1, "{opt}");
        assert_eq!(count(&opt, "softmax") + count(&opt, "segment_mask"), 0, "{opt}");
        let plan = compile_to_plan(&g).unwrap();
        assert_eq!(plan.launches.len(), 1, "{plan}");
        let ins = inputs(st, &lens);
        let got = Engine::cpu().compile(&g).unwrap().run(&ins).unwrap();
        let want = eval_f64(&g, &ins).unwrap();
        let w: Vec<f64> = want[0].iter().copied().collect();
        let scale = w.iter().fold(0f64, |m, x| m.max(x.abs()));
        for (i, (a, b)) in got[0].to_f64_vec().iter().zip(&w).enumerate() {
            assert!((a - b).abs() <= 1e-5 * scale, "{:?} [{i}]: {a} vs {b}", st.mask);
        }
    }
}

#[test]
fn near_misses_are_not_rewritten_and_still_compute() {
    let misses = [
        // Masked-out scores filled with 0 are not "masked": softmax still sees them.
        Style { fill: 0.0, ..Style::new(MaskKind::Causal) },
        // Softmax over queries, not keys.
        Style { softmax_axis: 1, ..Style::new(MaskKind::Full) },
    ];
    for st in misses {
        let g = unfused(st);
        let opt = optimize(&g).unwrap();
        assert_eq!(count(&opt, "packed_attention"), 0, "{opt}");
        // The segment mask had no kernel: it was expanded into primitives.
        assert_eq!(count(&opt, "segment_mask"), 0, "{opt}");
        let ins = inputs(st, &[4, 3]);
        let got = Engine::cpu().compile(&g).unwrap().run(&ins).unwrap();
        let want = eval_f64(&g, &ins).unwrap();
        for (a, b) in got[0].to_f64_vec().iter().zip(want[0].iter()) {
            assert!((a - b).abs() <= 1e-5 * (1.0 + b.abs()), "{a} vs {b}");
        }
    }
}

/// A segment mask on its own is an ordinary (expanded) computation.
#[test]
fn a_segment_mask_alone_is_expanded() {
    let mut g = Graph::new();
    let q = g.input("q", DType::F32, shape!["T", 2]).unwrap();
    let cu = g.input("cu_seqlens", DType::I32, shape!["B1"]).unwrap();
    let m = g.segment_mask(q, q, cu, cu, None, MaskKind::Causal, None).unwrap();
    g.set_output("m", m);
    assert!(optimize(&g).unwrap().nodes().iter().all(|n| !matches!(n.op, Op::SegmentMask { .. })));
    let ins = HashMap::from([
        ("q".to_string(), Tensor::from_f32(&[5, 2], vec![0.0; 10])),
        ("cu_seqlens".to_string(), Tensor::from_i32(&[3], vec![0, 2, 5])),
    ]);
    let got = Engine::cpu().compile(&g).unwrap().run(&ins).unwrap();
    #[rustfmt::skip]
    let want = [
        1, 0, 0, 0, 0,
        1, 1, 0, 0, 0,
        0, 0, 1, 0, 0,
        0, 0, 1, 1, 0,
        0, 0, 1, 1, 1,
    ];
    let got: Vec<i64> = got[0].to_f64_vec().iter().map(|&x| x as i64).collect();
    assert_eq!(got, want);
}
