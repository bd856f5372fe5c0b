//! The reference interpreter against hand-computed values and obviously-correct loops, and
//! `decompose` against the interpreter.

use std::collections::HashMap;

use packfuse_ir::{
    decompose, eval, eval_f64, shape, verify, AttnPart, BinaryOp, DType, Graph, IrError, MaskKind,
    NodeId, Op, Shape, Tensor, TensorData, UnaryOp, F64,
};
use proptest::prelude::*;

type Ins = HashMap<String, Tensor>;

fn ins(pairs: Vec<(&str, Tensor)>) -> Ins {
    pairs.into_iter().map(|(n, t)| (n.to_string(), t)).collect()
}

fn f32s(shape: &[usize], v: &[f64]) -> Tensor {
    Tensor::from_f64(DType::F32, shape, v).unwrap()
}

fn i32s(shape: &[usize], v: &[i32]) -> Tensor {
    Tensor::from_i32(shape, v.to_vec())
}

/// The flattened value and shape of output `i`.
fn out(g: &Graph, inputs: &Ins, i: usize) -> (Vec<f64>, Vec<usize>) {
    let v = eval_f64(g, inputs).unwrap().swap_remove(i);
    (v.iter().copied().collect(), v.shape().to_vec())
}

fn close(a: f64, b: f64, tol: f64) -> bool {
    a == b || (a.is_nan() && b.is_nan()) || (a - b).abs() <= tol * (1.0 + a.abs().max(b.abs()))
}

#[track_caller]
fn assert_close(got: &[f64], want: &[f64], tol: f64) {
    assert_eq!(got.len(), want.len(), "lengths differ: {got:?} vs {want:?}");
    for (i, (g, w)) in got.iter().zip(want).enumerate() {
        assert!(close(*g, *w, tol), "element {i}: got {g}, want {w}\n got {got:?}\nwant {want:?}");
    }
}

/// A tiny deterministic generator of f32-representable values in [-1, 1).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> f64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        let u = (self.0 >> 11) as f64 / (1u64 << 53) as f64;
        (2.0 * u - 1.0) as f32 as f64
    }

    fn vals(&mut self, n: usize) -> Vec<f64> {
        (0..n).map(|_| self.next()).collect()
    }

    fn tensor(&mut self, shape: &[usize]) -> Tensor {
        f32s(shape, &self.vals(shape.iter().product()))
    }
}

// ---- elementwise ---------------------------------------------------------------------

#[test]
fn binary_broadcasts_and_comparisons_give_u8() {
    let mut g = Graph::new();
    let a = g.input("a", DType::F32, shape![2, 3]).unwrap();
    let b = g.input("b", DType::F32, shape![3]).unwrap();
    let (s, c, m) = (g.sub(a, b).unwrap(), g.lt(a, b).unwrap(), g.maximum(a, b).unwrap());
    let d = g.div(a, b).unwrap();
    for (n, id) in [("s", s), ("c", c), ("m", m), ("d", d)] {
        g.set_output(n, id);
    }
    let i = ins(vec![
        ("a", f32s(&[2, 3], &[1., 2., 3., 4., 5., 6.])),
        ("b", f32s(&[3], &[3., 2., 1.])),
    ]);
    assert_eq!(out(&g, &i, 0), (vec![-2., 0., 2., 1., 3., 5.], vec![2, 3]));
    assert_eq!(out(&g, &i, 1).0, vec![1., 0., 0., 0., 0., 0.]);
    assert_eq!(out(&g, &i, 2).0, vec![3., 2., 3., 4., 5., 6.]);
    assert_close(&out(&g, &i, 3).0, &[1. / 3., 1., 3., 4. / 3., 2.5, 6.], 1e-15);
    let t = eval(&g, &i).unwrap();
    assert_eq!(t[1].data(), &TensorData::U8(vec![1, 0, 0, 0, 0, 0]));
    assert_eq!(t[0].shape(), &[2, 3]);
}

#[test]
fn unary_ops_match_their_definitions() {
    let xs = [0.25, 1.0, 2.0];
    let mut g = Graph::new();
    let x = g.input("x", DType::F32, shape![3]).unwrap();
    for f in UnaryOp::ALL {
        let y = g.unary(f, x).unwrap();
        g.set_output(f.name(), y);
    }
    let got = eval_f64(&g, &ins(vec![("x", f32s(&[3], &xs))])).unwrap();
    for (f, v) in UnaryOp::ALL.iter().zip(&got) {
        let want: Vec<f64> = xs.iter().map(|&x| f.apply_f64(x)).collect();
        assert_close(v.as_slice().unwrap(), &want, 0.0);
    }
    // A few values checked by hand.
    let at = |f: UnaryOp, x: f64| f.apply_f64(x);
    assert!(close(at(UnaryOp::Gelu, 1.0), 0.841_344_746_068_542_9, 1e-12));
    assert!(close(at(UnaryOp::GeluTanh, 1.0), 0.841_191_990_608_276_8, 1e-12));
    assert!(close(at(UnaryOp::Silu, 1.0), 0.731_058_578_630_004_9, 1e-15));
    assert_eq!(at(UnaryOp::LogSigmoid, -1000.0), -1000.0);
    assert_eq!(at(UnaryOp::Sigmoid, 0.0), 0.5);
}

#[test]
fn integer_results_truncate_and_saturate() {
    let mut g = Graph::new();
    let a = g.input("a", DType::I32, shape![4]).unwrap();
    let b = g.input("b", DType::I32, shape![4]).unwrap();
    let d = g.div(a, b).unwrap();
    let m = g.mul(a, b).unwrap();
    let n = g.neg(a).unwrap();
    g.set_output("d", d);
    g.set_output("m", m);
    g.set_output("n", n);
    let big = i32::MAX;
    let i = ins(vec![("a", i32s(&[4], &[-7, 7, 5, big])), ("b", i32s(&[4], &[2, 2, 0, 2]))]);
    assert_eq!(out(&g, &i, 0).0, vec![-3., 3., big as f64, big as f64 / 2. - 0.5]);
    assert_eq!(out(&g, &i, 1).0, vec![-14., 14., 0., big as f64]);
    assert_eq!(out(&g, &i, 2).0, vec![7., -7., -5., -(big as f64)]);
    assert_eq!(eval(&g, &i).unwrap()[0].as_i32().unwrap(), &[-3, 3, big, big / 2]);
}

#[test]
fn cast_rounds_to_the_target_dtype() {
    let mut g = Graph::new();
    let x = g.input("x", DType::F32, shape![4]).unwrap();
    for to in [DType::F16, DType::BF16, DType::I32, DType::U8] {
        let y = g.cast(x, to).unwrap();
        g.set_output(to.name(), y);
    }
    let xs = [0.1, -2.7, 2.7, 300.0];
    let i = ins(vec![("x", f32s(&[4], &xs))]);
    let x32: Vec<f64> = xs.iter().map(|&v| v as f32 as f64).collect();
    let h: Vec<f64> = x32.iter().map(|&v| half::f16::from_f64(v).to_f64()).collect();
    assert_eq!(out(&g, &i, 0).0, h);
    assert_eq!(out(&g, &i, 0).0[0], 0.099_975_585_937_5);
    let b: Vec<f64> = x32.iter().map(|&v| half::bf16::from_f64(v).to_f64()).collect();
    assert_eq!(out(&g, &i, 1).0, b);
    assert_eq!(out(&g, &i, 2).0, vec![0., -2., 2., 300.]);
    assert_eq!(out(&g, &i, 3).0, vec![0., 0., 2., 255.]);
}

#[test]
fn float_results_are_not_rounded_between_ops() {
    let mut g = Graph::new();
    let x = g.input("x", DType::F16, shape![1]).unwrap();
    let three = g.scalar(DType::F16, 3.0).unwrap();
    let y = g.div(x, three).unwrap();
    g.set_output("y", y);
    let i = ins(vec![("x", Tensor::from_f64(DType::F16, &[1], &[1.0]).unwrap())]);
    assert_eq!(out(&g, &i, 0).0, vec![1.0 / 3.0]);
    let t = eval(&g, &i).unwrap();
    assert_eq!(t[0].dtype(), DType::F16);
    assert_eq!(t[0].to_f64_vec(), vec![half::f16::from_f64(1.0 / 3.0).to_f64()]);
}

#[test]
fn select_broadcasts_its_three_operands() {
    let mut g = Graph::new();
    let c = g.input("c", DType::U8, shape![2, 1]).unwrap();
    let a = g.input("a", DType::F32, shape![2, 2]).unwrap();
    let b = g.scalar(DType::F32, -1.0).unwrap();
    let s = g.select(c, a, b).unwrap();
    g.set_output("s", s);
    let cond = Tensor::new(vec![2, 1], TensorData::U8(vec![1, 0])).unwrap();
    let i = ins(vec![("c", cond), ("a", f32s(&[2, 2], &[1., 2., 3., 4.]))]);
    assert_eq!(out(&g, &i, 0), (vec![1., 2., -1., -1.], vec![2, 2]));
}

// ---- reductions and contraction ------------------------------------------------------

#[test]
fn reductions_over_several_axes() {
    let mut g = Graph::new();
    let x = g.input("x", DType::F32, shape![2, 3, 2]).unwrap();
    let outs = [
        g.sum(x, &[0, 2], true).unwrap(),
        g.max(x, &[1], false).unwrap(),
        g.mean(x, &[2], false).unwrap(),
        g.reduce(packfuse_ir::ReduceOp::Min, x, &[0, 1, 2], false).unwrap(),
    ];
    for (k, id) in outs.iter().enumerate() {
        g.set_output(&format!("o{k}"), *id);
    }
    let xs: Vec<f64> = (0..12).map(|v| ((v * 7) % 12) as f64).collect();
    let at = |i: usize, j: usize, k: usize| xs[i * 6 + j * 2 + k];
    let i = ins(vec![("x", f32s(&[2, 3, 2], &xs))]);
    let sum: Vec<f64> =
        (0..3).map(|j| at(0, j, 0) + at(0, j, 1) + at(1, j, 0) + at(1, j, 1)).collect();
    assert_eq!(out(&g, &i, 0), (sum, vec![1, 3, 1]));
    let max: Vec<f64> =
        (0..4).map(|ik| (0..3).map(|j| at(ik / 2, j, ik % 2)).fold(f64::MIN, f64::max)).collect();
    assert_eq!(out(&g, &i, 1), (max, vec![2, 2]));
    let mean: Vec<f64> = (0..6).map(|ij| (xs[2 * ij] + xs[2 * ij + 1]) / 2.0).collect();
    assert_eq!(out(&g, &i, 2), (mean, vec![2, 3]));
    assert_eq!(out(&g, &i, 3), (vec![0.0], vec![]));
}

/// `a [.., M, K] · b [.., K, N]` by three loops, batch dims given explicitly.
fn matmul_loops(
    a: &[f64],
    b: &[f64],
    batch: usize,
    m: usize,
    k: usize,
    n: usize,
    b_batched: bool,
) -> Vec<f64> {
    let mut o = vec![0.0; batch * m * n];
    for z in 0..batch {
        let bz = if b_batched { z } else { 0 };
        for i in 0..m {
            for j in 0..n {
                o[(z * m + i) * n + j] =
                    (0..k).map(|l| a[(z * m + i) * k + l] * b[(bz * k + l) * n + j]).sum();
            }
        }
    }
    o
}

/// Row-major transpose of the last two axes of `[batch, r, c]`.
fn transpose(x: &[f64], batch: usize, r: usize, c: usize) -> Vec<f64> {
    let mut o = vec![0.0; x.len()];
    for z in 0..batch {
        for i in 0..r {
            for j in 0..c {
                o[(z * c + j) * r + i] = x[(z * r + i) * c + j];
            }
        }
    }
    o
}

#[test]
fn matmul_broadcasts_batch_dims_and_transposes() {
    let mut rng = Rng(7);
    let (av, bv) = (rng.vals(12), rng.vals(12));
    let mut g = Graph::new();
    let a = g.input("a", DType::F32, shape![2, 2, 3]).unwrap();
    let b = g.input("b", DType::F32, shape![3, 4]).unwrap();
    let at = g.input("at", DType::F32, shape![2, 3, 2]).unwrap();
    let bt = g.input("bt", DType::F32, shape![1, 4, 3]).unwrap();
    let plain = g.matmul(a, b).unwrap();
    let both = g.matmul_t(at, bt, true, true).unwrap();
    g.set_output("plain", plain);
    g.set_output("both", both);
    let i = ins(vec![
        ("a", f32s(&[2, 2, 3], &av)),
        ("b", f32s(&[3, 4], &bv)),
        ("at", f32s(&[2, 3, 2], &transpose(&av, 2, 2, 3))),
        ("bt", f32s(&[1, 4, 3], &transpose(&bv, 1, 3, 4))),
    ]);
    let want = matmul_loops(&av, &bv, 2, 2, 3, 4, false);
    let (p, ps) = out(&g, &i, 0);
    assert_eq!(ps, vec![2, 2, 4]);
    assert_close(&p, &want, 1e-15);
    let (t, ts) = out(&g, &i, 1);
    assert_eq!(ts, vec![2, 2, 4]);
    assert_close(&t, &want, 1e-15);
}

// ---- data movement -------------------------------------------------------------------

#[test]
fn data_movement_ops() {
    let mut g = Graph::new();
    let x = g.input("x", DType::F32, shape![2, 3]).unwrap();
    let idx = g.input("idx", DType::I32, shape![2, 2]).unwrap();
    let outs = [
        g.reshape(x, shape![3, 2]).unwrap(),
        g.permute(x, &[1, 0]).unwrap(),
        g.slice(x, 1, 1, 3).unwrap(),
        g.concat(&[x, x], 0).unwrap(),
        g.iota(x, 1, DType::I32).unwrap(),
        g.gather(x, idx, 1).unwrap(),
    ];
    let row = g.slice(x, 0, 1, 2).unwrap();
    let bc = g.broadcast(row, shape![3, 3]).unwrap();
    for (k, id) in outs.iter().chain([&bc]).enumerate() {
        g.set_output(&format!("o{k}"), *id);
    }
    let xs = [1., 2., 3., 4., 5., 6.];
    let i = ins(vec![("x", f32s(&[2, 3], &xs)), ("idx", i32s(&[2, 2], &[2, 0, 1, 1]))]);
    assert_eq!(out(&g, &i, 0), (xs.to_vec(), vec![3, 2]));
    assert_eq!(out(&g, &i, 1), (vec![1., 4., 2., 5., 3., 6.], vec![3, 2]));
    assert_eq!(out(&g, &i, 2), (vec![2., 3., 5., 6.], vec![2, 2]));
    assert_eq!(out(&g, &i, 3), ([xs, xs].concat(), vec![4, 3]));
    assert_eq!(out(&g, &i, 4), (vec![0., 1., 2., 0., 1., 2.], vec![2, 3]));
    let gathered = vec![3., 1., 2., 2., 6., 4., 5., 5.];
    assert_eq!(out(&g, &i, 5), (gathered, vec![2, 2, 2]));
    assert_eq!(out(&g, &i, 6), ([4., 5., 6.].repeat(3), vec![3, 3]));
}

#[test]
fn dynamic_dims_bind_from_inputs() {
    let mut g = Graph::new();
    let x = g.input("x", DType::F32, shape!["T", 4]).unwrap();
    let r = g.reshape(x, shape!["T", 2, 2]).unwrap();
    let s = g.scalar(DType::F32, 1.0).unwrap();
    let b = g.broadcast(s, shape!["T", 2]).unwrap();
    g.set_output("r", r);
    g.set_output("b", b);
    let xs: Vec<f64> = (0..12).map(f64::from).collect();
    let i = ins(vec![("x", f32s(&[3, 4], &xs))]);
    assert_eq!(out(&g, &i, 0), (xs, vec![3, 2, 2]));
    assert_eq!(out(&g, &i, 1), (vec![1.0; 6], vec![3, 2]));
}

#[test]
fn gather_out_of_range_names_the_node() {
    for bad in [3, -1] {
        let mut g = Graph::new();
        let x = g.input("x", DType::F32, shape![3]).unwrap();
        let idx = g.input("idx", DType::I32, shape![2]).unwrap();
        let y = g.gather(x, idx, 0).unwrap();
        g.set_output("y", y);
        let i = ins(vec![("x", f32s(&[3], &[1., 2., 3.])), ("idx", i32s(&[2], &[0, bad]))]);
        let e = eval_f64(&g, &i).unwrap_err();
        assert!(matches!(e, IrError::Eval { .. }), "{e}");
        assert_eq!(e.node(), Some(y));
        let msg = e.to_string();
        assert!(msg.contains("%2") && msg.contains(&bad.to_string()), "{msg}");
    }
}

#[test]
fn only_the_nodes_the_outputs_need_are_evaluated() {
    let mut g = Graph::new();
    let x = g.input("x", DType::F32, shape![2]).unwrap();
    let unused = g.input("unused", DType::I32, shape![1]).unwrap();
    let _bad = g.gather(x, unused, 0).unwrap();
    let y = g.neg(x).unwrap();
    g.set_output("y", y);
    assert_eq!(out(&g, &ins(vec![("x", f32s(&[2], &[1., 2.]))]), 0).0, vec![-1., -2.]);
    // Supplied but unneeded inputs still have to match their declaration.
    let i = ins(vec![("x", f32s(&[2], &[1., 2.])), ("unused", i32s(&[1], &[9]))]);
    assert_eq!(out(&g, &i, 0).0, vec![-1., -2.]);
}

#[test]
fn input_errors() {
    let mut g = Graph::new();
    let x = g.input("x", DType::F32, shape!["T", 2]).unwrap();
    let y = g.param("y", DType::F32, shape!["T"]).unwrap();
    let s = g.sum(x, &[1], false).unwrap();
    let z = g.add(s, y).unwrap();
    g.set_output("z", z);
    let x3 = f32s(&[3, 2], &[0.; 6]);
    let e = eval_f64(&g, &ins(vec![("x", x3.clone())])).unwrap_err();
    assert!(matches!(&e, IrError::MissingInput { name, .. } if name == "y"), "{e}");
    let e = eval_f64(&g, &ins(vec![("x", x3.clone()), ("y", i32s(&[3], &[0; 3]))])).unwrap_err();
    assert!(matches!(&e, IrError::InputMismatch { name, .. } if name == "y"), "{e}");
    let e = eval_f64(&g, &ins(vec![("x", f32s(&[3, 3], &[0.; 9])), ("y", f32s(&[3], &[0.; 3]))]));
    assert!(matches!(e, Err(IrError::InputMismatch { name, .. }) if name == "x"));
    let e = eval_f64(&g, &ins(vec![("x", x3.clone()), ("y", f32s(&[4], &[0.; 4]))])).unwrap_err();
    assert!(matches!(&e, IrError::InputMismatch { .. }), "{e}");
    assert!(e.to_string().contains("T = 4 here, 3 in another input"), "{e}");
    let ok = eval_f64(&g, &ins(vec![("x", x3), ("y", f32s(&[3], &[1., 2., 3.]))])).unwrap();
    assert_eq!(ok[0].iter().copied().collect::<Vec<_>>(), vec![1., 2., 3.]);
}

// ---- composites by hand --------------------------------------------------------------

#[test]
fn softmax_by_hand() {
    let mut g = Graph::new();
    let x = g.input("x", DType::F32, shape![2, 3]).unwrap();
    let s1 = g.softmax(x, 1).unwrap();
    let s0 = g.softmax(x, 0).unwrap();
    g.set_output("s1", s1);
    g.set_output("s0", s0);
    let (l2, l3) = (2f64.ln(), 3f64.ln());
    let i = ins(vec![("x", f32s(&[2, 3], &[0., l2, l3, 1000., 1000., 1000.]))]);
    let r = |v: f64| v as f32 as f64;
    let e = |v: f64| r(v).exp();
    let z = 1.0 + e(l2) + e(l3);
    let third = 1.0 / 3.0;
    assert_close(&out(&g, &i, 0).0, &[1.0 / z, e(l2) / z, e(l3) / z, third, third, third], 1e-15);
    assert_close(&out(&g, &i, 1).0, &[0., 0., 0., 1., 1., 1.], 1e-15);
}

#[test]
fn norms_by_hand() {
    let mut g = Graph::new();
    let x = g.input("x", DType::F32, shape![1, 3]).unwrap();
    let w = g.param("w", DType::F32, shape![3]).unwrap();
    let b = g.param("b", DType::F32, shape![3]).unwrap();
    let v = g.input("v", DType::F32, shape![2]).unwrap();
    let outs = [
        g.layer_norm(x, w, b, 0.0).unwrap(),
        g.rms_norm(x, w, 0.0, false).unwrap(),
        g.rms_norm(x, w, 0.0, true).unwrap(),
        g.l2_normalize(v, 0.0).unwrap(),
        g.l2_normalize(v, 11.0).unwrap(),
    ];
    for (k, id) in outs.iter().enumerate() {
        g.set_output(&format!("o{k}"), *id);
    }
    let i = ins(vec![
        ("x", f32s(&[1, 3], &[1., 2., 3.])),
        ("w", f32s(&[3], &[1., 2., 0.5])),
        ("b", f32s(&[3], &[0., 1., 0.])),
        ("v", f32s(&[2], &[3., 4.])),
    ]);
    let sd = (2f64 / 3.0).sqrt();
    assert_close(&out(&g, &i, 0).0, &[-1. / sd, 1., 0.5 / sd], 1e-15);
    let rms = (14f64 / 3.0).sqrt();
    assert_close(&out(&g, &i, 1).0, &[1. / rms, 4. / rms, 1.5 / rms], 1e-15);
    assert_close(&out(&g, &i, 2).0, &[2. / rms, 6. / rms, 4.5 / rms], 1e-15);
    assert_close(&out(&g, &i, 3).0, &[0.6, 0.8], 1e-15);
    assert_close(&out(&g, &i, 4).0, &[0.5, 4.0 / 6.0], 1e-15);
}

#[test]
fn rope_by_hand() {
    let mut g = Graph::new();
    let x = g.input("x", DType::F32, shape!["T", 1, 4]).unwrap();
    let p = g.input("p", DType::I32, shape!["T"]).unwrap();
    let y = g.rope(x, p, 100.0).unwrap();
    g.set_output("y", y);
    let xs = [1., 2., 3., 4., 1., 2., 3., 4.];
    let i = ins(vec![("x", f32s(&[2, 1, 4], &xs)), ("p", i32s(&[2], &[0, 3]))]);
    // θ_0 = pos, θ_1 = pos / 10 (base 100, D 4).
    let (c0, s0, c1, s1) = (3f64.cos(), 3f64.sin(), 0.3f64.cos(), 0.3f64.sin());
    let want = [1., 2., 3., 4., c0 - 3. * s0, 2. * c1 - 4. * s1, 3. * c0 + s0, 4. * c1 + 2. * s1];
    assert_close(&out(&g, &i, 0).0, &want, 1e-15);
}

#[test]
fn sigmoid_loss_by_loops() {
    let mut rng = Rng(11);
    let (n, d) = (3, 2);
    let (x, y) = (rng.vals(n * d), rng.vals(n * d));
    let mut g = Graph::new();
    let xi = g.input("x", DType::F32, shape![n, d]).unwrap();
    let yi = g.input("y", DType::F32, shape![n, d]).unwrap();
    let t = g.param("t", DType::F32, shape![1]).unwrap();
    let b = g.param("b", DType::F32, shape![]).unwrap();
    let l = g.sigmoid_loss(xi, yi, t, b).unwrap();
    g.set_output("loss", l);
    let (tp, bias) = (0.5, -2.0);
    let i = ins(vec![
        ("x", f32s(&[n, d], &x)),
        ("y", f32s(&[n, d], &y)),
        ("t", f32s(&[1], &[tp])),
        ("b", f32s(&[], &[bias])),
    ]);
    let mut want = 0.0;
    for r in 0..n {
        for c in 0..n {
            let dot: f64 = (0..d).map(|k| x[r * d + k] * y[c * d + k]).sum();
            let z = if r == c { 1.0 } else { -1.0 };
            let u = z * (tp.exp() * dot + bias);
            want += (1.0 + (-u).exp()).ln() / n as f64; // -log σ(u)
        }
    }
    let (got, shape) = out(&g, &i, 0);
    assert_eq!(shape, Vec::<usize>::new());
    assert_close(&got, &[want], 1e-14);
    assert_eq!(eval(&g, &i).unwrap()[0].dtype(), DType::F32);
}

// ---- packed attention ----------------------------------------------------------------

/// One attention problem: segment lengths, heads, mask.
#[derive(Clone, Debug)]
struct Attn {
    lq: Vec<usize>,
    lk: Vec<usize>,
    hq: usize,
    hk: usize,
    d: usize,
    mask: MaskKind,
    window: Option<usize>,
    prefix: Vec<usize>,
    scale: Option<f64>,
}

impl Attn {
    fn new(lq: &[usize], lk: &[usize], mask: MaskKind) -> Attn {
        Attn {
            lq: lq.to_vec(),
            lk: lk.to_vec(),
            hq: 2,
            hk: 2,
            d: 4,
            mask,
            window: None,
            prefix: vec![0; lq.len()],
            scale: None,
        }
    }

    fn graph(&self, dtype: DType) -> (Graph, NodeId) {
        self.graph_part(dtype, AttnPart::Out)
    }

    fn graph_part(&self, dtype: DType, part: AttnPart) -> (Graph, NodeId) {
        let mut g = Graph::new();
        let q = g.input("q", dtype, shape!["Tq", self.hq, self.d]).unwrap();
        let k = g.input("k", dtype, shape!["Tk", self.hk, self.d]).unwrap();
        let v = g.input("v", dtype, shape!["Tk", self.hk, self.d]).unwrap();
        let cq = g.input("cu_q", DType::I32, shape!["S"]).unwrap();
        let ck = g.input("cu_k", DType::I32, shape!["S"]).unwrap();
        let mut inputs = vec![q, k, v, cq, ck];
        if self.mask == MaskKind::PrefixLm {
            inputs.push(g.input("prefix", DType::I32, shape!["B"]).unwrap());
        }
        let op = Op::PackedAttention {
            mask: self.mask,
            scale: self.scale.map(F64),
            window: self.window,
            part,
        };
        let o = g.push(op, &inputs).unwrap();
        g.set_output("o", o);
        (g, o)
    }

    fn inputs(&self, rng: &mut Rng, dtype: DType) -> Ins {
        let (tq, tk) = (self.lq.iter().sum::<usize>(), self.lk.iter().sum::<usize>());
        let t = |rng: &mut Rng, n: usize, h: usize| {
            let v = rng.vals(n * h * self.d);
            Tensor::from_f64(dtype, &[n, h, self.d], &v).unwrap()
        };
        ins(vec![
            ("q", t(rng, tq, self.hq)),
            ("k", t(rng, tk, self.hk)),
            ("v", t(rng, tk, self.hk)),
            ("cu_q", cu(&self.lq)),
            ("cu_k", cu(&self.lk)),
            (
                "prefix",
                i32s(
                    &[self.prefix.len()],
                    &self.prefix.iter().map(|&p| p as i32).collect::<Vec<_>>(),
                ),
            ),
        ])
    }

    /// Dense attention over each segment separately, the mask written as a distance:
    /// a key is `dist = (i + Lk − Lq) − j` places before the query's aligned position.
    fn dense(&self, i: &Ins) -> Vec<f64> {
        let (q, k, v) = (i["q"].to_f64_vec(), i["k"].to_f64_vec(), i["v"].to_f64_vec());
        let (hq, hk, d) = (self.hq, self.hk, self.d);
        let mut o = vec![0.0; q.len()];
        let scale = self.scale.unwrap_or(1.0 / (d as f64).sqrt());
        let (mut q0, mut k0) = (0, 0);
        for (b, (&lq, &lk)) in self.lq.iter().zip(&self.lk).enumerate() {
            for qi in 0..lq {
                for h in 0..hq {
                    let kh = h * hk / hq;
                    let mut w = Vec::new();
                    for j in 0..lk {
                        let dist = (qi + lk) as i64 - lq as i64 - j as i64;
                        let sees = match self.mask {
                            MaskKind::Full => true,
                            MaskKind::Causal => dist >= 0,
                            MaskKind::PrefixLm => dist >= 0 || j < self.prefix[b],
                        } && self.window.is_none_or(|win| dist < win as i64);
                        if sees {
                            let s: f64 = (0..d)
                                .map(|x| {
                                    q[((q0 + qi) * hq + h) * d + x]
                                        * k[((k0 + j) * hk + kh) * d + x]
                                })
                                .sum();
                            w.push((j, s * scale));
                        }
                    }
                    let m = w.iter().map(|p| p.1).fold(f64::NEG_INFINITY, f64::max);
                    let z: f64 = w.iter().map(|p| (p.1 - m).exp()).sum();
                    for x in 0..d {
                        o[((q0 + qi) * hq + h) * d + x] = w
                            .iter()
                            .map(|&(j, s)| (s - m).exp() / z * v[((k0 + j) * hk + kh) * d + x])
                            .sum();
                    }
                }
            }
            q0 += lq;
            k0 += lk;
        }
        o
    }
}

fn cu(lens: &[usize]) -> Tensor {
    let mut c = vec![0i32];
    for &l in lens {
        c.push(c.last().unwrap() + l as i32);
    }
    i32s(&[c.len()], &c)
}

/// eval == dense per-segment loops, and eval(decompose) == eval.
fn check_attention(a: &Attn, seed: u64) {
    let (g, _) = a.graph(DType::F32);
    let i = a.inputs(&mut Rng(seed), DType::F32);
    let got = out(&g, &i, 0).0;
    assert_close(&got, &a.dense(&i), 1e-12);
    let dg = decompose(&g).unwrap();
    assert_close(&out(&dg, &i, 0).0, &got, 1e-9);
    // The log-sum-exp part, against its own expansion; -inf where a query sees no key.
    let (gl, _) = a.graph_part(DType::F32, AttnPart::Lse);
    let want = out(&gl, &i, 0).0;
    let got = out(&decompose(&gl).unwrap(), &i, 0).0;
    assert_eq!(want.len(), got.len());
    for (w, g) in want.iter().zip(&got) {
        if w.is_infinite() {
            assert_eq!(w, g, "lse {want:?} vs decomposed {got:?}");
        } else {
            assert!((w - g).abs() <= 1e-6 * (1.0 + w.abs()), "lse {want:?} vs decomposed {got:?}");
        }
    }
}

#[test]
fn attention_by_hand() {
    // One segment of two tokens, D = 1, causal: scores of query 1 are [0, ln 3].
    let mut a = Attn::new(&[2], &[2], MaskKind::Causal);
    (a.hq, a.hk, a.d) = (1, 1, 1);
    let (g, _) = a.graph(DType::F32);
    let l3 = 3f64.ln() as f32 as f64;
    let i = ins(vec![
        ("q", f32s(&[2, 1, 1], &[1., 1.])),
        ("k", f32s(&[2, 1, 1], &[0., l3])),
        ("v", f32s(&[2, 1, 1], &[10., 20.])),
        ("cu_q", i32s(&[2], &[0, 2])),
        ("cu_k", i32s(&[2], &[0, 2])),
    ]);
    let w = l3.exp() / (1.0 + l3.exp());
    assert_close(&out(&g, &i, 0).0, &[10., 10. * (1. - w) + 20. * w], 1e-15);
}

#[test]
fn attention_matches_dense_for_every_mask() {
    let lens = [3, 0, 1, 4];
    for (n, mask) in [MaskKind::Full, MaskKind::Causal, MaskKind::PrefixLm].into_iter().enumerate()
    {
        let mut a = Attn::new(&lens, &lens, mask);
        a.prefix = vec![2, 0, 1, 0];
        check_attention(&a, 100 + n as u64);
        a.window = Some(2);
        check_attention(&a, 200 + n as u64);
    }
}

#[test]
fn attention_gqa_mqa_and_explicit_scale() {
    for (hq, hk) in [(4, 2), (3, 1), (4, 4)] {
        let mut a = Attn::new(&[2, 1, 3], &[2, 1, 3], MaskKind::Causal);
        (a.hq, a.hk, a.scale) = (hq, hk, Some(0.125));
        check_attention(&a, hq as u64 * 10 + hk as u64);
    }
}

#[test]
fn attention_cross_segments_and_kv_cache() {
    // MAP head: one query per segment over its keys.
    check_attention(&Attn::new(&[1, 1, 1], &[3, 0, 2], MaskKind::Full), 1);
    // Decoding: the diagonal is aligned to the end of the key segment.
    check_attention(&Attn::new(&[2, 1], &[4, 3], MaskKind::Causal), 2);
    let mut a = Attn::new(&[2, 1], &[4, 3], MaskKind::PrefixLm);
    a.prefix = vec![1, 3];
    check_attention(&a, 3);
}

#[test]
fn attention_rows_without_visible_keys_are_zero() {
    // Lq > Lk, causal: query 0 sees j ≤ 0 + 1 − 3 < 0, nothing.
    let a = Attn::new(&[3], &[1], MaskKind::Causal);
    let (g, _) = a.graph(DType::F32);
    let i = a.inputs(&mut Rng(5), DType::F32);
    let got = out(&g, &i, 0).0;
    assert!(got[..2 * 2 * 4].iter().all(|&v| v == 0.0), "{got:?}");
    assert!(got[2 * 2 * 4..].iter().any(|&v| v != 0.0));
    check_attention(&a, 5);
}

#[test]
fn attention_rejects_bad_cu_seqlens() {
    let a = Attn::new(&[2, 2], &[2, 2], MaskKind::PrefixLm);
    let (g, o) = a.graph(DType::F32);
    let base = a.inputs(&mut Rng(9), DType::F32);
    let cases: [(&str, Tensor, &str); 6] = [
        ("cu_q", i32s(&[3], &[1, 2, 4]), "[1, 2, 4] must start at 0"),
        ("cu_q", i32s(&[3], &[0, 3, 2]), "[0, 3, 2] decreases at index 2"),
        ("cu_k", i32s(&[3], &[0, 2, 3]), "[0, 2, 3] must end at the token count 4"),
        ("prefix", i32s(&[2], &[1, 3]), "prefix_lens[1] = 3"),
        ("prefix", i32s(&[2], &[-1, 0]), "prefix_lens[0] = -1"),
        ("prefix", i32s(&[3], &[0, 0, 0]), "prefix_lens = [0, 0, 0] needs 2 entries"),
    ];
    for (name, t, want) in cases {
        let mut i = base.clone();
        i.insert(name.into(), t);
        let e = eval_f64(&g, &i).unwrap_err();
        assert!(matches!(e, IrError::Eval { .. }), "{e}");
        assert_eq!(e.node(), Some(o));
        assert!(e.to_string().contains(want), "{e} should contain {want:?}");
    }
}

// ---- decompose -----------------------------------------------------------------------

/// Checks that `decompose(g)` has only primitives, the same inputs and outputs, and the
/// same values as `g` on `i`.
#[track_caller]
fn check_decompose(g: &Graph, i: &Ins, tol: f64) {
    let d = decompose(g).unwrap();
    verify(&d).unwrap();
    assert!(d.nodes().iter().all(|n| !n.op.is_composite()), "{d}");
    let names = |g: &Graph| {
        g.bound_names().iter().map(|(n, _, t)| (n.to_string(), (*t).clone())).collect::<Vec<_>>()
    };
    assert_eq!(names(&d), names(g));
    let outs = |g: &Graph| {
        g.outputs().iter().map(|o| (o.name.clone(), g.ty(o.node).clone())).collect::<Vec<_>>()
    };
    assert_eq!(outs(&d), outs(g));
    let (want, got) = (eval_f64(g, i).unwrap(), eval_f64(&d, i).unwrap());
    for (w, v) in want.iter().zip(&got) {
        assert_eq!(w.shape(), v.shape());
        assert_close(v.as_slice().unwrap(), w.as_slice().unwrap(), tol);
    }
}

/// A graph with one composite of every kind but attention over f32 or f16 inputs.
fn composites_graph(dtype: DType) -> Graph {
    let mut g = Graph::new();
    let x = g.input("x", dtype, shape!["T", 2, 8]).unwrap();
    let w = g.param("w", dtype, shape![8]).unwrap();
    let b = g.param("b", dtype, shape![8]).unwrap();
    let p = g.input("pos", DType::I32, shape!["T"]).unwrap();
    let y = g.input("y", dtype, shape![5, 8]).unwrap();
    let t = g.param("t", dtype, shape![]).unwrap();
    let bias = g.param("bias", dtype, shape![1]).unwrap();
    let outs = [
        g.softmax(x, 1).unwrap(),
        g.softmax(x, 2).unwrap(),
        g.layer_norm(x, w, b, 1e-5).unwrap(),
        g.rms_norm(x, w, 1e-6, false).unwrap(),
        g.rms_norm(x, w, 1e-6, true).unwrap(),
        g.l2_normalize(x, 1e-6).unwrap(),
        g.rope(x, p, 10_000.0).unwrap(),
        g.sigmoid_loss(y, y, t, bias).unwrap(),
    ];
    let z = g.l2_normalize(y, 0.0).unwrap();
    let loss = g.sigmoid_loss(z, y, t, bias).unwrap();
    for (k, id) in outs.iter().chain([&loss]).enumerate() {
        g.set_output(&format!("o{k}"), *id);
    }
    g
}

fn composites_inputs(rng: &mut Rng, dtype: DType) -> Ins {
    let t = |rng: &mut Rng, shape: &[usize]| {
        Tensor::from_f64(dtype, shape, &rng.vals(shape.iter().product())).unwrap()
    };
    ins(vec![
        ("x", t(rng, &[3, 2, 8])),
        ("w", t(rng, &[8])),
        ("b", t(rng, &[8])),
        ("pos", i32s(&[3], &[0, 7, 1234])),
        ("y", t(rng, &[5, 8])),
        ("t", t(rng, &[])),
        ("bias", t(rng, &[1])),
    ])
}

#[test]
fn decompose_keeps_the_meaning_of_every_composite() {
    let g = composites_graph(DType::F32);
    for seed in 1..4 {
        check_decompose(&g, &composites_inputs(&mut Rng(seed), DType::F32), 1e-9);
    }
}

#[test]
fn decompose_half_precision_computes_in_f32() {
    let g = composites_graph(DType::F16);
    let d = decompose(&g).unwrap();
    assert!(d.nodes().iter().any(|n| n.op == Op::Cast { to: DType::F32 }));
    // The decomposed graph rounds its results to f16; the reference does not.
    check_decompose(&g, &composites_inputs(&mut Rng(3), DType::F16), 2e-3);
}

#[test]
fn decompose_attention_for_every_mask_and_layout() {
    let mut a = Attn::new(&[3, 0, 1, 4], &[3, 0, 1, 4], MaskKind::Full);
    a.prefix = vec![2, 0, 1, 4];
    for mask in [MaskKind::Full, MaskKind::Causal, MaskKind::PrefixLm] {
        for window in [None, Some(1), Some(3)] {
            for (hq, hk) in [(2, 2), (4, 1)] {
                (a.mask, a.window, a.hq, a.hk) = (mask, window, hq, hk);
                check_attention(&a, 42);
            }
        }
    }
    let mut f16 = Attn::new(&[2, 3], &[4, 3], MaskKind::Causal);
    f16.hq = 4;
    let (g, _) = f16.graph(DType::F16);
    check_decompose(&g, &f16.inputs(&mut Rng(8), DType::F16), 2e-3);
}

#[test]
fn attention_head_dim_must_be_static() {
    let mut g = Graph::new();
    let q = g.input("q", DType::F32, shape!["T", 2, "D"]).unwrap();
    let cu = g.input("cu", DType::I32, shape!["S"]).unwrap();
    let e = g.packed_attention(q, q, q, cu, cu, None, MaskKind::Full, None).unwrap_err();
    assert!(e.to_string().contains("head dim must be static"), "{e}");
}

#[test]
fn decompose_names_an_attention_gradient() {
    let mut g = Graph::new();
    let q = g.input("q", DType::F32, shape!["T", 2, 4]).unwrap();
    let cu = g.input("cu", DType::I32, shape!["S"]).unwrap();
    let fwd = [q, q, q, cu, cu];
    let lse = g.packed_attention_part(AttnPart::Lse, &fwd, MaskKind::Full, None, None).unwrap();
    let [dq, ..] =
        g.packed_attention_backward(&fwd, q, q, lse, MaskKind::Full, None, None).unwrap();
    g.set_output("dq", dq);
    let e = decompose(&g).unwrap_err();
    assert!(matches!(e, IrError::NotDecomposable { .. }), "{e}");
    assert_eq!(e.node(), Some(dq));
    assert!(e.to_string().contains("gradients"), "{e}");
}

#[test]
fn decompose_copies_primitives_unchanged() {
    let mut g = Graph::new();
    let x = g.input("x", DType::F32, shape![2]).unwrap();
    let y = g.binary(BinaryOp::Mul, x, x).unwrap();
    g.set_output("y", y);
    assert_eq!(decompose(&g).unwrap(), g);
}

fn lens_strategy() -> impl Strategy<Value = Vec<(usize, usize)>> {
    prop::collection::vec((0usize..4, 0usize..4), 1..4)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn decomposed_attention_equals_eval(
        lens in lens_strategy(),
        cross in any::<bool>(),
        mask in prop::sample::select(vec![MaskKind::Full, MaskKind::Causal, MaskKind::PrefixLm]),
        window in prop::option::of(1usize..4),
        heads in prop::sample::select(vec![(1usize, 1usize), (2, 1), (2, 2), (4, 2)]),
        seed in 1u64..1000,
    ) {
        let lq: Vec<usize> = lens.iter().map(|l| l.0).collect();
        let lk: Vec<usize> = if cross { lens.iter().map(|l| l.1).collect() } else { lq.clone() };
        let mut a = Attn::new(&lq, &lk, mask);
        a.prefix = lk.iter().map(|&l| (seed as usize) % (l + 1)).collect();
        (a.window, a.hq, a.hk) = (window, heads.0, heads.1);
        check_attention(&a, seed);
    }
}

#[test]
fn vit_block_decomposes_to_the_same_values() {
    let (c, h) = (8, 2);
    let mut g = Graph::new();
    let x = g.input("x", DType::F32, shape!["T", c]).unwrap();
    let cu = g.input("cu", DType::I32, shape!["S"]).unwrap();
    let p = |g: &mut Graph, name: &str, s: Shape| g.param(name, DType::F32, s).unwrap();
    let (lw, lb) = (p(&mut g, "ln.w", shape![c]), p(&mut g, "ln.b", shape![c]));
    let wqkv: Vec<NodeId> = ["q", "k", "v"].iter().map(|n| p(&mut g, n, shape![c, c])).collect();
    let hx = g.layer_norm(x, lw, lb, 1e-6).unwrap();
    let qkv: Vec<NodeId> = wqkv
        .iter()
        .map(|&w| {
            let y = g.linear(hx, w, None).unwrap();
            g.reshape(y, shape!["T", h, c / h]).unwrap()
        })
        .collect();
    let a = g.packed_attention(qkv[0], qkv[1], qkv[2], cu, cu, None, MaskKind::Full, None).unwrap();
    let a = g.reshape(a, shape!["T", c]).unwrap();
    let a = g.gelu_tanh(a).unwrap();
    let y = g.add(x, a).unwrap();
    g.set_output("y", y);
    let mut rng = Rng(77);
    let mut i = ins(vec![("x", rng.tensor(&[6, c])), ("cu", i32s(&[3], &[0, 2, 6]))]);
    for n in ["ln.w", "ln.b", "q", "k", "v"] {
        let s: &[usize] = if n.starts_with("ln") { &[c] } else { &[c, c] };
        i.insert(n.into(), rng.tensor(s));
    }
    check_decompose(&g, &i, 1e-9);
}

#[test]
fn unary_and_binary_eval_agree_with_apply() {
    // Every binary op against BinaryOp::apply_f64 on a grid, comparisons as u8.
    let a: Vec<f64> = vec![-2., -0.5, 0., 0.5, 3.];
    let mut g = Graph::new();
    let x = g.input("x", DType::F32, shape![5, 1]).unwrap();
    let y = g.input("y", DType::F32, shape![1, 5]).unwrap();
    for f in BinaryOp::ALL {
        let z = g.binary(f, x, y).unwrap();
        g.set_output(f.name(), z);
    }
    let i = ins(vec![("x", f32s(&[5, 1], &a)), ("y", f32s(&[1, 5], &a))]);
    let got = eval_f64(&g, &i).unwrap();
    for (f, v) in BinaryOp::ALL.iter().zip(&got) {
        let want: Vec<f64> =
            a.iter().flat_map(|&p| a.iter().map(move |&q| f.apply_f64(p, q))).collect();
        assert_close(v.as_slice().unwrap(), &want, 0.0);
    }
}
