//! RINS with per-iteration linear adapters through the compiler: a `Recurse` whose body
//! reads its iteration index equals r unrolled copies, each with its own adapter, on every
//! present backend (on Vulkan the state stays on the device); a run-time count above
//! `r_max` is an error; the RINS ViT with adapters at their initial values equals plain
//! RINS.

mod common;

use common::max_diff;

use std::collections::HashMap;

use packfuse::codegen::Engine;
use packfuse::ir::{eval, shape, DType, Graph, NodeId, Op, Shape, Tensor, Times};
use packfuse::models::rins::{
    adapter_init, vit_rins, RinsConfig, ADAPTER_BIAS, ADAPTER_WEIGHT, ITERATION,
};
use packfuse::models::vit::{encoder_layer, PackedInputs, VitConfig};

const C: usize = 8;
const R_MAX: u32 = 6;

/// The shared block: `x + gelu_tanh(layer_norm(x)·W1ᵀ)·W2ᵀ`.
fn block(g: &mut Graph, x: NodeId, p: &[NodeId]) -> NodeId {
    let h = g.layer_norm(x, p[0], p[1], 1e-6).unwrap();
    let h = g.matmul_t(h, p[2], false, true).unwrap();
    let h = g.gelu_tanh(h).unwrap();
    let h = g.matmul_t(h, p[3], false, true).unwrap();
    g.add(x, h).unwrap()
}

fn param_types() -> Vec<(&'static str, Vec<usize>)> {
    let r = R_MAX as usize;
    vec![
        ("ln_w", vec![C]),
        ("ln_b", vec![C]),
        ("w1", vec![2 * C, C]),
        ("w2", vec![C, 2 * C]),
        ("adapter_w", vec![r, C, C]),
        ("adapter_b", vec![r, C]),
    ]
}

fn declare(g: &mut Graph, as_inputs: bool) -> Vec<NodeId> {
    let f = |g: &mut Graph, n: &str, s: &[usize]| match as_inputs {
        true => g.input(n, DType::F32, Shape::from_static(s)),
        false => g.param(n, DType::F32, Shape::from_static(s)),
    };
    param_types().iter().map(|(n, s)| f(g, n, s).unwrap()).collect()
}

/// The body: the block, then iteration `i`'s adapter `x·Aᵢᵀ + aᵢ` (rows gathered by the
/// index).
fn body() -> Graph {
    let mut g = Graph::new();
    let x = g.input("x", DType::F32, shape!["T", C]).unwrap();
    let p = declare(&mut g, true);
    let i = g.input("i", DType::I32, shape![]).unwrap();
    let y = block(&mut g, x, &p);
    let w = g.gather(p[4], i, 0).unwrap();
    let b = g.gather(p[5], i, 0).unwrap();
    let y = g.linear(y, w, Some(b)).unwrap();
    g.set_output("y", y);
    g
}

fn recursed(times: Times) -> Graph {
    let mut g = Graph::new();
    let x = g.input("x", DType::F32, shape!["T", C]).unwrap();
    let p = declare(&mut g, false);
    let r = g.input("r", DType::I32, shape![]).unwrap();
    let op = Op::Recurse {
        body: Box::new(body()),
        times,
        index: Some("i".into()),
        max_times: Some(R_MAX),
    };
    let y = g.recurse_op(op, x, &p, Some(r)).unwrap();
    g.set_output("y", y);
    g
}

/// Copy `k` applies the block, then adapter `k` (its rows sliced statically).
fn unrolled(r: usize) -> Graph {
    let mut g = Graph::new();
    let mut x = g.input("x", DType::F32, shape!["T", C]).unwrap();
    let p = declare(&mut g, false);
    for k in 0..r {
        x = block(&mut g, x, &p);
        let w = g.slice(p[4], 0, k, k + 1).unwrap();
        let w = g.reshape(w, shape![C, C]).unwrap();
        let b = g.slice(p[5], 0, k, k + 1).unwrap();
        let b = g.reshape(b, shape![C]).unwrap();
        x = g.linear(x, w, Some(b)).unwrap();
    }
    g.set_output("y", x);
    g
}

fn inputs(t: usize, r: i32) -> HashMap<String, Tensor> {
    common::recurse_inputs(t, C, r, &param_types())
}

fn engines() -> Vec<Engine> {
    common::engines("RINS adapter")
}

#[test]
fn adapted_recurse_equals_unrolled_copies_on_every_backend() {
    for engine in engines() {
        let dynamic = engine.compile(&recursed(Times::Input)).unwrap();
        for r in 1..=R_MAX {
            let ins = inputs(5, r as i32);
            let want = eval(&unrolled(r as usize), &ins).unwrap();
            let fixed = engine.compile(&recursed(Times::Static(r))).unwrap();
            let unrolled_run = engine.compile(&unrolled(r as usize)).unwrap().run(&ins).unwrap();
            for (what, exe) in [("static", &fixed), ("run-time", &dynamic)] {
                let got = exe.run(&ins).unwrap();
                let d = max_diff(&got[0], &want[0]);
                assert!(d < 1e-4, "{} r={r} {what}: {d} from the reference", engine.device());
                let d = max_diff(&got[0], &unrolled_run[0]);
                assert!(d < 1e-5, "{} r={r} {what}: {d} from unrolled", engine.device());
            }
        }
        // The adapters matter: with every copy using adapter 0 the result differs.
        let ins = inputs(5, 3);
        let mut same = ins.clone();
        let w = same["adapter_w"].to_f32_vec();
        let first = (0..w.len()).map(|k| w[k % (C * C)]).collect();
        same.insert("adapter_w".into(), Tensor::from_f32(&[R_MAX as usize, C, C], first));
        let d = max_diff(&dynamic.run(&ins).unwrap()[0], &dynamic.run(&same).unwrap()[0]);
        assert!(d > 1e-3, "{}: per-iteration adapters made no difference ({d})", engine.device());
    }
}

#[test]
fn a_run_time_count_above_r_max_is_an_error() {
    for engine in engines() {
        let exe = engine.compile(&recursed(Times::Input)).unwrap();
        for r in [R_MAX as i32 + 1, 40] {
            let err = exe.run(&inputs(4, r)).unwrap_err().to_string();
            let want = format!("times {r} is above max_times {R_MAX}");
            assert!(err.contains(&want), "{}: {err}", engine.device());
        }
        assert!(exe.run(&inputs(4, R_MAX as i32)).is_ok());
    }
}

#[test]
fn a_static_count_above_r_max_is_a_graph_error() {
    let c = VitConfig::tiny();
    let rins = RinsConfig::new(1, Times::Static(5)).with_adapters(4);
    let err = vit_rins(&c, 2, &rins).unwrap_err().to_string();
    assert!(err.contains("times 5 is above max_times 4"), "{err}");
}

/// Random values for every bound name of `g` (`hidden_states` with 6 tokens in two
/// images), the adapters from `adapters` when given.
fn vit_inputs(g: &Graph, adapters: Option<&[(String, Tensor)]>) -> HashMap<String, Tensor> {
    let c = VitConfig::tiny();
    let mut ins: HashMap<String, Tensor> = HashMap::new();
    for (k, (name, _, ty)) in g.bound_names().into_iter().enumerate() {
        let dims = match name {
            "hidden_states" => vec![6, c.hidden],
            _ => ty.shape.as_static().unwrap_or_default(),
        };
        let n = dims.iter().product();
        let v = (0..n).map(|i| (i as f32 * 0.37 + k as f32).sin() * 0.3).collect();
        ins.insert(name.to_string(), Tensor::from_f32(&dims, v));
    }
    ins.insert("cu_seqlens".into(), Tensor::from_i32(&[3], vec![0, 2, 6]));
    for (n, t) in adapters.unwrap_or_default() {
        ins.insert(n.clone(), t.clone());
    }
    ins
}

/// The RINS ViT (tiny layer, A = 2 layers, B = 1) with adapters equals the encoder with
/// A's layers written out r times, each copy followed by its own adapter, on every backend.
#[test]
fn vit_rins_with_adapters_equals_the_unrolled_encoder() {
    let c = VitConfig::tiny();
    let r_max = 3;
    for engine in engines() {
        let dynamic = RinsConfig::new(2, Times::Input).with_adapters(r_max);
        let dynamic = engine.compile(&vit_rins(&c, 3, &dynamic).unwrap()).unwrap();
        for r in 1..=r_max {
            let mut g = Graph::new();
            let inp = PackedInputs::declare(&mut g, &c).unwrap();
            let mut x = inp.x;
            for k in 0..r as usize {
                for i in 0..2 {
                    let p = format!("encoder.layers.{i}.");
                    x = encoder_layer(&mut g, &c, &p, x, inp.cu_seqlens).unwrap();
                }
                x = static_adapter(&mut g, &c, r_max, x, k);
            }
            x = encoder_layer(&mut g, &c, "encoder.layers.2.", x, inp.cu_seqlens).unwrap();
            g.set_output("out", x);
            let mut ins = vit_inputs(&g, None);
            ins.insert("rins_times".into(), Tensor::from_i32(&[], vec![r as i32]));
            let want = engine.compile(&g).unwrap().run(&ins).unwrap();
            let rins = RinsConfig::new(2, Times::Static(r)).with_adapters(r_max);
            let fixed = engine.compile(&vit_rins(&c, 3, &rins).unwrap()).unwrap();
            let dev = engine.device();
            let d = max_diff(&fixed.run(&ins).unwrap()[0], &want[0]);
            assert!(d < 1e-5, "{dev} r = {r}: {d}");
            let d = max_diff(&dynamic.run(&ins).unwrap()[0], &want[0]);
            assert!(d < 1e-5, "{dev} r = {r} (run-time count): {d}");
        }
    }
}

/// Adapter `k` with its rows sliced out statically (what the gather on the index picks).
fn static_adapter(g: &mut Graph, c: &VitConfig, r_max: u32, x: NodeId, k: usize) -> NodeId {
    let (r, d) = (r_max as usize, c.hidden);
    let w = g.param(ADAPTER_WEIGHT, c.dtype, shape![r, d, d]).unwrap();
    let b = g.param(ADAPTER_BIAS, c.dtype, shape![r, d]).unwrap();
    let w = g.slice(w, 0, k, k + 1).unwrap();
    let w = g.reshape(w, shape![d, d]).unwrap();
    let b = g.slice(b, 0, k, k + 1).unwrap();
    let b = g.reshape(b, shape![d]).unwrap();
    g.linear(x, w, Some(b)).unwrap()
}

/// At initialisation (identity weights, zero biases) the adapted model is plain RINS.
#[test]
fn adapters_at_init_leave_the_model_unchanged() {
    let c = VitConfig::tiny();
    let init = adapter_init(&c, 4);
    assert_eq!(init[0].1.shape(), &[4, c.hidden, c.hidden]);
    assert_eq!(init[1].1.shape(), &[4, c.hidden]);
    for engine in engines() {
        let plain = vit_rins(&c, 3, &RinsConfig::new(2, Times::Input)).unwrap();
        let adapted = vit_rins(&c, 3, &RinsConfig::new(2, Times::Input).with_adapters(4)).unwrap();
        let plain = engine.compile(&plain).unwrap();
        let exe = engine.compile(&adapted).unwrap();
        for r in [1, 4] {
            let mut ins = vit_inputs(&adapted, Some(&init[..]));
            ins.insert("rins_times".into(), Tensor::from_i32(&[], vec![r]));
            let d = max_diff(&exe.run(&ins).unwrap()[0], &plain.run(&ins).unwrap()[0]);
            assert!(d < 1e-5, "{} r = {r}: {d}", engine.device());
        }
    }
    // The iteration index is filled by the executor: it is no graph input.
    let adapted = vit_rins(&c, 3, &RinsConfig::new(2, Times::Input).with_adapters(4)).unwrap();
    assert!(adapted.bound_names().iter().all(|(n, ..)| *n != ITERATION));
}
