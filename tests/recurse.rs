//! `Op::Recurse` through the compiler: r applications equal r unrolled copies on every
//! present backend, the plan (kernel count, buffer bytes) does not depend on r, the count
//! may come at run time, and a bad count is an error.

mod common;

use common::max_diff;

use std::collections::HashMap;

use packfuse::codegen::{Engine, Plan};
use packfuse::ir::{eval, shape, Bindings, DType, Graph, NodeId, Tensor, Times};

const C: usize = 8;

/// The block: `x + gelu_tanh(layer_norm(x)·W1ᵀ)·W2ᵀ · 0.5` (a constant inside the body).
fn block(g: &mut Graph, x: NodeId, p: &[NodeId]) -> NodeId {
    let h = g.layer_norm(x, p[0], p[1], 1e-6).unwrap();
    let h = g.matmul_t(h, p[2], false, true).unwrap();
    let h = g.gelu_tanh(h).unwrap();
    let h = g.matmul_t(h, p[3], false, true).unwrap();
    let h = g.scale(h, 0.5).unwrap();
    g.add(x, h).unwrap()
}

fn param_types() -> [(&'static str, Vec<usize>); 4] {
    [("ln_w", vec![C]), ("ln_b", vec![C]), ("w1", vec![2 * C, C]), ("w2", vec![C, 2 * C])]
}

fn body() -> Graph {
    let mut g = Graph::new();
    let x = g.input("x", DType::F32, shape!["T", C]).unwrap();
    let p: Vec<NodeId> = param_types()
        .iter()
        .map(|(n, s)| g.input(n, DType::F32, packfuse::ir::Shape::from_static(s)).unwrap())
        .collect();
    let y = block(&mut g, x, &p);
    g.set_output("y", y);
    g
}

fn params(g: &mut Graph) -> Vec<NodeId> {
    param_types()
        .iter()
        .map(|(n, s)| g.param(n, DType::F32, packfuse::ir::Shape::from_static(s)).unwrap())
        .collect()
}

fn recursed(times: Times) -> Graph {
    let mut g = Graph::new();
    let x = g.input("x", DType::F32, shape!["T", C]).unwrap();
    let p = params(&mut g);
    let r = g.input("r", DType::I32, shape![]).unwrap();
    let y = g.recurse(body(), times, x, &p, Some(r)).unwrap();
    g.set_output("y", y);
    g
}

fn unrolled(r: usize) -> Graph {
    let mut g = Graph::new();
    let mut x = g.input("x", DType::F32, shape!["T", C]).unwrap();
    let p = params(&mut g);
    for _ in 0..r {
        x = block(&mut g, x, &p);
    }
    g.set_output("y", x);
    g
}

fn inputs(t: usize, r: i32) -> HashMap<String, Tensor> {
    common::recurse_inputs(t, C, r, &param_types())
}

fn engines() -> Vec<Engine> {
    common::engines("recurse")
}

#[test]
fn recurse_equals_unrolled_copies_on_every_backend() {
    for engine in engines() {
        let dynamic = engine.compile(&recursed(Times::Input)).unwrap();
        for r in 1..=6u32 {
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
    }
}

fn cost(plan: &Plan, t: usize) -> usize {
    plan.slot_bytes(&Bindings::from([("T".to_string(), t)])).unwrap()
}

#[test]
fn compile_cost_does_not_depend_on_r() {
    let engine = Engine::cpu().without_disk_cache();
    let two = engine.compile(&recursed(Times::Static(2))).unwrap();
    let sixteen = engine.compile(&recursed(Times::Static(16))).unwrap();
    assert_eq!(two.stats().kernels, sixteen.stats().kernels);
    assert_eq!(cost(two.plan(), 64), cost(sixteen.plan(), 64));
    assert_eq!(two.plan().launch_count(), sixteen.plan().launch_count());
    // Unrolling, by contrast, grows with r.
    let u2 = engine.compile(&unrolled(2)).unwrap();
    let u16 = engine.compile(&unrolled(16)).unwrap();
    assert!(u16.stats().kernels > u2.stats().kernels);
    assert!(two.stats().kernels <= u2.stats().kernels + 1, "{}", two.plan());
    // And the run-time count is one plan for every r.
    let dynamic = engine.compile(&recursed(Times::Input)).unwrap();
    assert_eq!(dynamic.stats().kernels, two.stats().kernels);
}

#[test]
fn a_run_time_count_below_one_is_an_error() {
    for engine in engines() {
        let exe = engine.compile(&recursed(Times::Input)).unwrap();
        for r in [0, -3] {
            let err = exe.run(&inputs(4, r)).unwrap_err().to_string();
            assert!(err.contains(&format!("times must be at least 1, got {r}")), "{err}");
        }
    }
}

#[test]
fn plans_with_bodies_survive_the_disk_cache() {
    let dir = std::env::temp_dir().join(format!("packfuse-recurse-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let g = recursed(Times::Static(3));
    let ins = inputs(4, 3);
    let first = Engine::cpu().with_disk_cache(&dir).compile(&g).unwrap();
    let second = Engine::cpu().with_disk_cache(&dir).compile(&g).unwrap();
    assert_eq!(second.stats().disk, packfuse::codegen::DiskOutcome::Hit);
    assert_eq!(first.run(&ins).unwrap(), second.run(&ins).unwrap());
    assert_eq!(first.plan().to_string(), second.plan().to_string());
    let _ = std::fs::remove_dir_all(&dir);
}

/// The RINS ViT (tiny layer, A = 2 layers, B = 1) on the CPU equals the encoder with A's
/// layers written out r times.
#[test]
fn vit_rins_equals_the_unrolled_encoder() {
    use packfuse::models::rins::{vit_rins, RinsConfig};
    use packfuse::models::vit::{encoder_layer, PackedInputs, VitConfig};
    let c = VitConfig::tiny();
    let exe = Engine::cpu().without_disk_cache();
    let dynamic = RinsConfig::new(2, Times::Input);
    let dynamic = exe.compile(&vit_rins(&c, 3, &dynamic).unwrap()).unwrap();
    for r in 1..=3u32 {
        let mut g = Graph::new();
        let inp = PackedInputs::declare(&mut g, &c).unwrap();
        let mut x = inp.x;
        let layers = (0..r).flat_map(|_| 0..2).chain(2..3);
        for i in layers {
            x = encoder_layer(&mut g, &c, &format!("encoder.layers.{i}."), x, inp.cu_seqlens)
                .unwrap();
        }
        g.set_output("out", x);
        let mut ins: HashMap<String, Tensor> = HashMap::new();
        let vals = |n: usize, k: f32| (0..n).map(|i| (i as f32 * 0.37 + k).sin() * 0.3).collect();
        for (k, (name, _, ty)) in g.bound_names().into_iter().enumerate() {
            let dims = if name == "hidden_states" {
                vec![6, c.hidden]
            } else {
                ty.shape.as_static().unwrap_or_default()
            };
            let n = dims.iter().product();
            ins.insert(name.to_string(), Tensor::from_f32(&dims, vals(n, k as f32)));
        }
        ins.insert("cu_seqlens".into(), Tensor::from_i32(&[3], vec![0, 2, 6]));
        ins.insert("rins_times".into(), Tensor::from_i32(&[], vec![r as i32]));
        let want = exe.compile(&g).unwrap().run(&ins).unwrap();
        let rins = RinsConfig::new(2, Times::Static(r));
        let got = exe.compile(&vit_rins(&c, 3, &rins).unwrap()).unwrap().run(&ins).unwrap();
        assert!(max_diff(&got[0], &want[0]) < 1e-5, "r = {r}");
        let got = dynamic.run(&ins).unwrap();
        assert!(max_diff(&got[0], &want[0]) < 1e-5, "r = {r} (run-time count)");
    }
}

/// `packfuse compile --builtin vit_rins --times R --stats`: the same kernels and buffer
/// bytes for r = 2 and r = 16.
#[test]
fn cli_stats_do_not_depend_on_times() {
    let stats = |r: &str| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_packfuse"))
            .args(["compile", "--builtin", "vit_rins", "--times", r, "--stats"])
            .env("PACKFUSE_DEVICE", "cpu")
            .env_remove("PACKFUSE_CACHE_DIR")
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let text = String::from_utf8(out.stdout).unwrap();
        let pick = |p: &str| text.lines().find(|l| l.starts_with(p)).unwrap().to_string();
        let kernels = pick("kernels:").split_whitespace().nth(1).unwrap().to_string();
        (kernels, pick("buffer_bytes:"))
    };
    assert_eq!(stats("2"), stats("16"));
}
