//! The sigmoid-loss fusion pass: SigLIP's loss written unfused becomes one `sigmoid_loss`
//! launch with the same value; near misses are left alone. And the lowering of the loss
//! with its gradients: one launch for all parts, on the CPU and Vulkan.

mod common;

use std::collections::HashMap;

use common::values;
use packfuse_codegen::pipeline::{compile_to_plan, optimize};
use packfuse_codegen::Engine;
use packfuse_ir::decompose::decompose;
use packfuse_ir::{eval_f64, shape, DType, Graph, LossOptions, LossPart, NodeId, Tensor};

const N: usize = 9;
const D: usize = 16;

/// How the sign matrix `z` is written.
#[derive(Clone, Copy, Debug)]
enum Sign {
    /// `select(eq(iota₀ + k, iota₁), 1, −1)`.
    Iota(i64),
    /// `select(eq(iota₀ + k, iota₁), −1, 1)`: the wrong signs (a near miss).
    IotaSwapped,
    /// A constant `[N, N]` matrix: `2·eye − 1`, built as constant arithmetic.
    EyeArithmetic,
    /// A constant matrix with one extra +1 (a near miss).
    ConstantWrong,
    /// `−l`: every pair negative.
    AllNegative,
}

/// How the sum is scaled.
#[derive(Clone, Copy, Debug)]
enum Scale {
    /// `−mean(Σ_j ls, axis 0)`: SigLIP's `−1/N`.
    NegMeanRows,
    /// `Σ_ij ls · c` in one reduce.
    Times(f64),
    /// `−(Σ_i Σ_j ls) / d`.
    NegDiv(f64),
}

/// How the unfused graph is written.
#[derive(Clone, Copy, Debug)]
struct Style {
    sign: Sign,
    scale: Scale,
    /// Both rows L2-normalised with this epsilon first.
    normalize: Option<f64>,
    /// `T` as `exp(t')` (true) or the constant `e^{t'}` (false).
    exp: bool,
    /// `logσ(z·T·s + b)`: the bias added after the sign (a near miss).
    bias_after_sign: bool,
}

const STYLE: Style = Style {
    sign: Sign::Iota(0),
    scale: Scale::NegMeanRows,
    normalize: None,
    exp: true,
    bias_after_sign: false,
};
const T_PRIME: f64 = 1.3;

/// `c · Σ_ij logσ(z_ij (T·x̂·ŷᵀ + b))` as primitives.
fn unfused(st: Style) -> Graph {
    let mut g = Graph::new();
    let x = g.input("x", DType::F32, shape![N, D]).unwrap();
    let y = g.input("y", DType::F32, shape![N, D]).unwrap();
    let t = g.input("t_prime", DType::F32, shape![]).unwrap();
    let b = g.input("bias", DType::F32, shape![1]).unwrap();
    let (xh, yh) = match st.normalize {
        Some(eps) => (g.l2_normalize(x, eps).unwrap(), g.l2_normalize(y, eps).unwrap()),
        None => (x, y),
    };
    let s = g.matmul_t(xh, yh, false, true).unwrap();
    let temp = match st.exp {
        true => g.exp(t).unwrap(),
        false => g.scalar(DType::F32, T_PRIME.exp()).unwrap(),
    };
    let l = g.mul(s, temp).unwrap();
    let l = if st.bias_after_sign { l } else { g.add(b, l).unwrap() };
    let zl = match st.sign {
        Sign::AllNegative => g.neg(l).unwrap(),
        sign => {
            let z = sign_matrix(&mut g, l, sign);
            g.mul(l, z).unwrap()
        }
    };
    let zl = if st.bias_after_sign { g.add(zl, b).unwrap() } else { zl };
    let ls = g.logsigmoid(zl).unwrap();
    let loss = match st.scale {
        Scale::NegMeanRows => {
            let rows = g.sum(ls, &[1], false).unwrap();
            let m = g.mean(rows, &[0], false).unwrap();
            g.neg(m).unwrap()
        }
        Scale::Times(c) => {
            let s = g.sum(ls, &[0, 1], false).unwrap();
            let c = g.scalar(DType::F32, c).unwrap();
            g.mul(c, s).unwrap()
        }
        Scale::NegDiv(d) => {
            let s = g.sum(ls, &[1], false).unwrap();
            let s = g.sum(s, &[0], false).unwrap();
            let d = g.scalar(DType::F32, d).unwrap();
            let s = g.div(s, d).unwrap();
            g.neg(s).unwrap()
        }
    };
    g.set_output("loss", loss);
    g
}

fn sign_matrix(g: &mut Graph, l: NodeId, sign: Sign) -> NodeId {
    let iota_eq = |g: &mut Graph, k: i64| {
        let r = g.iota(l, 0, DType::I32).unwrap();
        let k = g.scalar(DType::I32, k as f64).unwrap();
        let r = g.add(r, k).unwrap();
        let c = g.iota(l, 1, DType::I32).unwrap();
        g.eq(r, c).unwrap()
    };
    let (one, minus) = (g.scalar(DType::F32, 1.0).unwrap(), g.scalar(DType::F32, -1.0).unwrap());
    match sign {
        Sign::Iota(k) => {
            let p = iota_eq(g, k);
            g.select(p, one, minus).unwrap()
        }
        Sign::IotaSwapped => {
            let p = iota_eq(g, 0);
            g.select(p, minus, one).unwrap()
        }
        Sign::EyeArithmetic | Sign::ConstantWrong => {
            let mut eye = vec![0.0; N * N];
            (0..N).for_each(|i| eye[i * N + i] = 1.0);
            if let Sign::ConstantWrong = sign {
                eye[1] = 1.0;
            }
            let eye = g.constant(DType::F32, &[N, N], &eye).unwrap();
            let two = g.scalar(DType::F32, 2.0).unwrap();
            let e2 = g.mul(two, eye).unwrap();
            g.sub(e2, one).unwrap()
        }
        Sign::AllNegative => unreachable!("no sign matrix"),
    }
}

fn inputs() -> HashMap<String, Tensor> {
    let f = |seed| Tensor::from_f64(DType::F32, &[N, D], &values(seed, N * D)).unwrap();
    HashMap::from([
        ("x".to_string(), f(1)),
        ("y".to_string(), f(2)),
        ("t_prime".to_string(), Tensor::from_f64(DType::F32, &[], &[T_PRIME]).unwrap()),
        ("bias".to_string(), Tensor::from_f64(DType::F32, &[1], &[-2.0]).unwrap()),
    ])
}

fn count(g: &Graph, name: &str) -> usize {
    g.nodes().iter().filter(|n| n.op.name() == name).count()
}

/// The compiled graph's loss on the CPU against the f64 evaluation of `g` as written.
fn check_value(g: &Graph) {
    let ins = inputs();
    let got = Engine::cpu().compile(g).unwrap().run(&ins).unwrap()[0].to_f64_vec()[0];
    let want = eval_f64(g, &ins).unwrap()[0].iter().copied().next().unwrap();
    assert!((got - want).abs() <= 1e-5 * want.abs().max(1.0), "got {got}, want {want}\n{g}");
}

#[test]
fn unfused_loss_becomes_one_sigmoid_loss_launch() {
    let styles = [
        STYLE,
        Style { sign: Sign::Iota(2), ..STYLE },
        Style { sign: Sign::Iota(-3), scale: Scale::Times(-1.0 / 7.0), ..STYLE },
        Style { sign: Sign::EyeArithmetic, exp: false, ..STYLE },
        Style { sign: Sign::AllNegative, scale: Scale::NegDiv(12.0), ..STYLE },
        Style { normalize: Some(0.0), ..STYLE },
        // With an epsilon the fused normalisation lacks, the normalised rows are the
        // op's inputs (normalize off): still exact.
        Style { normalize: Some(1e-6), ..STYLE },
    ];
    for st in styles {
        let g = unfused(st);
        let opt = optimize(&g).unwrap();
        assert_eq!(count(&opt, "sigmoid_loss"), 1, "{st:?}\n{opt}");
        assert_eq!(count(&opt, "logsigmoid") + count(&opt, "matmul"), 0, "{st:?}\n{opt}");
        let plan = compile_to_plan(&g).unwrap();
        // The epsilon normalisations stay two launches of their own.
        let launches = if st.normalize.is_some_and(|e| e > 0.0) { 3 } else { 1 };
        assert_eq!(plan.launches.len(), launches, "{st:?}\n{plan}");
        check_value(&g);
    }
}

#[test]
fn near_misses_are_left_unfused() {
    let styles = [
        Style { sign: Sign::IotaSwapped, ..STYLE },
        Style { sign: Sign::ConstantWrong, ..STYLE },
        // +1/N: the sign of the scale is wrong.
        Style { scale: Scale::Times(1.0 / N as f64), ..STYLE },
        // −1/(N + ½): no whole divisor.
        Style { scale: Scale::NegDiv(N as f64 + 0.5), ..STYLE },
        Style { bias_after_sign: true, ..STYLE },
    ];
    for st in styles {
        let g = unfused(st);
        let opt = optimize(&g).unwrap();
        assert_eq!(count(&opt, "sigmoid_loss"), 0, "{st:?}\n{opt}");
        check_value(&g);
    }
}

#[test]
fn the_decomposed_op_is_fused_back() {
    // (decompose writes the normalisation as primitives, which the pass does not match)
    for opts in [
        LossOptions::default(),
        LossOptions { positives: Some(1), denom: Some(40), ..LossOptions::default() },
        LossOptions { positives: None, ..LossOptions::default() },
    ] {
        let mut g = Graph::new();
        let x = g.input("x", DType::F32, shape![N, D]).unwrap();
        let y = g.input("y", DType::F32, shape![N, D]).unwrap();
        let t = g.input("t_prime", DType::F32, shape![]).unwrap();
        let b = g.input("bias", DType::F32, shape![1]).unwrap();
        let loss = g.sigmoid_loss_opts(LossPart::Loss, &[x, y, t, b], opts).unwrap();
        g.set_output("loss", loss);
        let unfused = decompose(&g).unwrap();
        assert_eq!(count(&unfused, "sigmoid_loss"), 0, "{unfused}");
        let opt = optimize(&unfused).unwrap();
        assert_eq!(count(&opt, "sigmoid_loss"), 1, "{opts:?}\n{opt}");
        let fused = opt.nodes().iter().find(|n| n.op.name() == "sigmoid_loss").unwrap();
        assert_eq!(fused.op, g.node(loss).op, "{opts:?}");
        check_value(&unfused);
    }
}

/// The loss and its backward as the CLI builds them (`dloss` a constant made after the
/// loss node): one launch writes all five results, equal to the f64 reference on every
/// engine present.
#[test]
fn loss_and_gradients_are_one_launch() {
    let mut engines = vec![Engine::cpu()];
    match Engine::new(Some("vulkan")) {
        Ok(e) => engines.push(e),
        Err(e) if std::env::var("PACKFUSE_REQUIRE_VULKAN").is_ok_and(|v| v == "1") => {
            panic!("vulkan was required: {e}")
        }
        Err(e) => eprintln!("SKIPPED vulkan: {e}"),
    }
    for opts in [
        LossOptions::default(),
        LossOptions { normalize: true, positives: Some(-2), denom: Some(5) },
        LossOptions { positives: None, ..LossOptions::default() },
    ] {
        let mut g = Graph::new();
        let x = g.input("x", DType::F32, shape!["N", D]).unwrap();
        let y = g.input("y", DType::F32, shape!["N", D]).unwrap();
        let t = g.input("t_prime", DType::F32, shape![]).unwrap();
        let b = g.input("bias", DType::F32, shape![1]).unwrap();
        let fwd = [x, y, t, b];
        let loss = g.sigmoid_loss_opts(LossPart::Loss, &fwd, opts).unwrap();
        g.set_output("loss", loss);
        let dloss = g.scalar(DType::F32, 0.75).unwrap();
        let grads = g.sigmoid_loss_backward(&fwd, dloss, opts).unwrap();
        for (name, id) in ["dx", "dy", "dt", "db"].into_iter().zip(grads) {
            g.set_output(name, id);
        }
        let plan = compile_to_plan(&g).unwrap();
        let loss_launches = plan.launches.iter().filter(|l| l.kernel.family() == "sigmoid_loss");
        assert_eq!(loss_launches.count(), 1, "{plan}");
        assert_eq!(plan.launches[0].also.len(), 3, "{plan}");
        let ins = inputs();
        let want = eval_f64(&g, &ins).unwrap();
        for e in &engines {
            let got = e.compile(&g).unwrap().run(&ins).unwrap();
            for (k, (w, t)) in want.iter().zip(&got).enumerate() {
                let t = t.to_f64_vec();
                let scale = w.iter().fold(1e-3f64, |m, v| m.max(v.abs()));
                let err = w.iter().zip(&t).fold(0f64, |m, (a, b)| m.max((a - b).abs()));
                assert!(
                    err <= 1e-5 * scale,
                    "{} output {k} {opts:?}: {err} vs {scale}",
                    e.device()
                );
            }
        }
    }
}
