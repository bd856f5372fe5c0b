//! The sigmoid loss (loss, dx, dy, dt', db) against the float64 reference
//! (`packfuse_ir::eval_f64`), on the CPU and on the GPU backend when one is present (every
//! part and option on both; an `Unsupported` on vulkan is a failure).
//!
//! Error measure: per output, `max |got − want| / max |want|` (normwise relative error).
//! Tolerances from the issue: f32 loss ≤ 1e-5, f32 gradients ≤ 1e-4, f16/bf16 ≤ 2e-2.
//!
//! The reference materialises the `N × M` logits in f64 (through ndarray's matrix product,
//! which the optimised dependency profile keeps fast), so every size of the grid,
//! N = 1000 × D = 1152 included, runs in the debug test profile.

mod common;

use std::collections::HashMap;

use packfuse::codegen::{CodegenError, Engine};
use packfuse::ir::{
    decompose, eval_f64, shape, DType, Graph, LossOptions, LossPart, Shape, Tensor,
};
use packfuse::kernels::KernelError;
use packfuse::models::packing::SplitMix64;

/// Deterministic inputs from the project's SplitMix64.
struct Rng(SplitMix64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0.next_u64()
    }

    /// Uniform in [-1, 1).
    fn signed(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 52) as f64 - 1.0
    }
}

/// One sigmoid-loss problem.
#[derive(Clone, Debug)]
struct Case {
    n: usize,
    m: usize,
    d: usize,
    dtype: DType,
    opts: LossOptions,
    t_prime: f64,
    bias: f64,
    /// Scale of the embedding entries.
    mag: f64,
    /// Make `y_i` close to `x_{i+k}`'s partner (`y_j ≈ x_{j−k}`), so positive logits are
    /// large, as in a trained model.
    aligned: bool,
    seed: u64,
}

impl Case {
    fn new(n: usize, d: usize, dtype: DType, seed: u64) -> Case {
        Case {
            n,
            m: n,
            d,
            dtype,
            opts: LossOptions::default(),
            t_prime: 10f64.ln(),
            bias: -10.0,
            mag: 1.0 / (d as f64).sqrt(),
            aligned: true,
            seed,
        }
    }

    /// The loss, and with `backward` its four gradients (for `dloss`).
    fn graph(&self, backward: bool) -> Graph {
        let mut g = Graph::new();
        let dt = self.dtype;
        let x = g.input("x", dt, shape!["N", self.d]).unwrap();
        let y_rows = if self.m == self.n && self.opts.positives == Some(0) {
            shape!["N", self.d]
        } else {
            shape!["M", self.d]
        };
        let y = g.input("y", dt, y_rows).unwrap();
        let t = g.input("t_prime", dt, Shape::scalar()).unwrap();
        let b = g.input("bias", dt, shape![1]).unwrap();
        let dloss = g.input("dloss", DType::F32, Shape::scalar()).unwrap();
        let fwd = [x, y, t, b];
        let loss = g.sigmoid_loss_opts(LossPart::Loss, &fwd, self.opts).unwrap();
        g.set_output("loss", loss);
        if !backward {
            return g;
        }
        let grads = g.sigmoid_loss_backward(&fwd, dloss, self.opts).unwrap();
        for (name, id) in ["dx", "dy", "dt", "db"].into_iter().zip(grads) {
            g.set_output(name, id);
        }
        g
    }

    fn inputs(&self) -> HashMap<String, Tensor> {
        let mut rng = Rng(SplitMix64(self.seed));
        let (n, m, d) = (self.n, self.m, self.d);
        let x: Vec<f64> = (0..n * d).map(|_| rng.signed() * self.mag).collect();
        let k = self.opts.positives.unwrap_or(0);
        let y: Vec<f64> = (0..m * d)
            .map(|e| {
                let (j, c) = (e / d, e % d);
                let i = j as i64 - k;
                let noise = rng.signed() * self.mag;
                match (self.aligned, i) {
                    (true, i) if (0..n as i64).contains(&i) => x[i as usize * d + c] + 0.5 * noise,
                    _ => noise,
                }
            })
            .collect();
        let dt = self.dtype;
        let mut map = HashMap::new();
        map.insert("x".into(), Tensor::from_f64(dt, &[n, d], &x).unwrap());
        map.insert("y".into(), Tensor::from_f64(dt, &[m, d], &y).unwrap());
        map.insert("t_prime".into(), Tensor::from_f64(dt, &[], &[self.t_prime]).unwrap());
        map.insert("bias".into(), Tensor::from_f64(dt, &[1], &[self.bias]).unwrap());
        map.insert("dloss".into(), Tensor::from_f64(DType::F32, &[], &[0.75]).unwrap());
        map
    }
}

/// Normwise relative error of `got` against `want`; any non-finite value fails.
fn rel_error(got: &[f64], want: &[f64]) -> Result<f64, String> {
    let scale = want.iter().fold(0f64, |m, w| m.max(w.abs()));
    let mut worst = 0f64;
    for (i, (&g, &w)) in got.iter().zip(want).enumerate() {
        if !g.is_finite() || !w.is_finite() {
            return Err(format!("[{i}]: got {g}, want {w}"));
        }
        worst = worst.max((g - w).abs() / scale.max(1e-30));
    }
    Ok(worst)
}

/// Runs `case` on `engine` and checks every output; `Ok(false)` when the engine has no
/// kernel for it (said on stderr by the caller). Vulkan has a kernel for every part and
/// option, so there an `Unsupported` fails (dtypes the device lacks never get here:
/// `run_all` skips them).
fn check(engine: &Engine, case: &Case, backward: bool) -> Result<bool, String> {
    let g = case.graph(backward);
    let inputs = case.inputs();
    let exe = engine.compile(&g).map_err(|e| format!("compile: {e}"))?;
    let got = match exe.run(&inputs) {
        Err(CodegenError::Kernel { source: KernelError::Unsupported { .. }, .. })
            if !common::strict(engine) =>
        {
            return Ok(false)
        }
        other => other.map_err(|e| format!("run: {e}"))?,
    };
    let want = eval_f64(&g, &inputs).map_err(|e| format!("reference: {e}"))?;
    let half = case.dtype != DType::F32;
    for ((o, w), c) in g.outputs().iter().zip(&want).zip(&got) {
        let tol = match (half, o.name.as_str()) {
            (true, _) => 2e-2,
            (false, "loss") => 1e-5,
            (false, _) => 1e-4,
        };
        let want: Vec<f64> = w.iter().copied().collect();
        let err = rel_error(&c.to_f64_vec(), &want).map_err(|e| format!("{}{e}", o.name))?;
        if err > tol {
            return Err(format!("{} on {}: error {err:e} > {tol:e}", o.name, engine.device()));
        }
    }
    Ok(true)
}

fn engines() -> Vec<Engine> {
    common::engines("sigmoid loss")
}

/// Runs every case on every engine, collecting failures; prints what was skipped. On a
/// device backend other than vulkan, where the gradients are unsupported the loss alone is
/// checked (and skipped too where that is unsupported).
fn run_all(cases: &[Case]) {
    let mut failures = Vec::new();
    for engine in engines() {
        let mut skipped = Vec::new();
        for c in cases {
            if !engine.supports(c.dtype) {
                skipped.push(format!("{} (device lacks it)", c.dtype));
                continue;
            }
            let o = &c.opts;
            let what = || {
                format!("n={} m={} d={} {} {o:?}", c.n, c.m, c.d, c.dtype)
                    .replace("LossOptions ", "")
            };
            // The device kernel computes each dot product serially: on a software device
            // (lavapipe) the largest sizes take a minute each, so they run on the CPU only
            // unless PACKFUSE_SLOW_TESTS=1 asks for them.
            let slow_ok = std::env::var("PACKFUSE_SLOW_TESTS").is_ok_and(|v| v == "1");
            if engine.device() == "vulkan" && c.n * c.m * c.d > 256 * 256 * 1152 && !slow_ok {
                skipped.push(format!("{} (slow on a software device)", what()));
                continue;
            }
            match check(&engine, c, true) {
                Ok(true) => {}
                Ok(false) if engine.device() == "cpu" => {
                    failures.push(format!("{c:?}: the CPU has every part"))
                }
                Ok(false) => match check(&engine, c, false) {
                    Ok(true) => skipped.push(format!("gradients {}", what())),
                    Ok(false) => skipped.push(format!("loss and gradients {}", what())),
                    Err(e) => failures.push(format!("{c:?}: loss only: {e}")),
                },
                Err(e) => failures.push(format!("{c:?}: {e}")),
            }
        }
        if !skipped.is_empty() {
            skipped.dedup();
            eprintln!("SKIPPED on {}: {}", engine.device(), skipped.join(", "));
        }
    }
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures.join("\n"));
}

/// The grid: N in {1, 7, 256, 1000} × D in {32, 64, 768, 1152}, f32, default options.
#[test]
fn every_size_matches_the_reference() {
    let mut cases = Vec::new();
    for (i, n) in [1, 7, 256, 1000].into_iter().enumerate() {
        for (j, d) in [32, 64, 768, 1152].into_iter().enumerate() {
            cases.push(Case::new(n, d, DType::F32, (10 * i + j) as u64));
        }
    }
    run_all(&cases);
}

/// Extreme logits, `|t·s + b|` up to 150: `t = 100` with normalised, aligned embeddings and
/// `b = ±50`, at sizes across the grid; no inf or NaN anywhere, f32 tolerances unchanged.
#[test]
fn extreme_logits_stay_finite_and_accurate() {
    let mut cases = Vec::new();
    for (i, (n, d)) in [(7, 32), (256, 768), (1000, 64)].into_iter().enumerate() {
        for (k, bias) in [-50.0, 50.0].into_iter().enumerate() {
            let mut c = Case::new(n, d, DType::F32, 100 + (2 * i + k) as u64);
            c.t_prime = 100f64.ln();
            c.bias = bias;
            c.opts.normalize = true;
            cases.push(c.clone());
            // Unnormalised large embeddings: logits in the thousands.
            c.opts.normalize = false;
            c.mag = 4.0 / (d as f64).sqrt();
            c.t_prime = 2.0;
            cases.push(c);
        }
    }
    run_all(&cases);
}

/// Normalisation on and off, positives absent or at an offset (positive and negative),
/// `N ≠ M` in block mode, an explicit denominator.
#[test]
fn options_match_the_reference() {
    let mut cases = Vec::new();
    let mut seed = 200;
    let blocks =
        [(7, 7, Some(0)), (7, 12, Some(3)), (300, 260, Some(-40)), (5, 9, None), (260, 300, None)];
    for (n, m, positives) in blocks {
        for normalize in [false, true] {
            for denom in [None, Some(1000)] {
                seed += 1;
                let mut c = Case::new(n, 64, DType::F32, seed);
                c.m = m;
                c.opts = LossOptions { normalize, positives, denom };
                c.mag = 1.0; // not unit rows, so the normalisation matters
                c.t_prime = 1.0;
                c.bias = -3.0;
                cases.push(c);
            }
        }
    }
    run_all(&cases);
}

/// f16 and bf16 embeddings (f32 math inside), with and without normalisation.
#[test]
fn half_precision_matches_the_reference() {
    let mut cases = Vec::new();
    for (i, dtype) in [DType::F16, DType::BF16].into_iter().enumerate() {
        for (j, (n, d)) in [(7, 64), (256, 768)].into_iter().enumerate() {
            for normalize in [false, true] {
                let mut c = Case::new(n, d, dtype, 300 + (4 * i + 2 * j) as u64);
                c.opts.normalize = normalize;
                cases.push(c);
            }
        }
    }
    run_all(&cases);
}

/// The loss of every option set equals its primitive expansion (`decompose`), evaluated by
/// the reference; the gradient parts have no expansion and say so.
#[test]
fn decompose_matches_the_fused_loss() {
    for (positives, normalize, denom, m) in
        [(Some(0), false, None, 6), (Some(2), true, None, 9), (None, true, Some(40), 4)]
    {
        let mut c = Case::new(6, 16, DType::F32, 400);
        c.m = m;
        c.opts = LossOptions { normalize, positives, denom };
        let g = c.graph(false);
        let inputs = c.inputs();
        let fused = eval_f64(&g, &inputs).unwrap();
        let plain = eval_f64(&decompose(&g).unwrap(), &inputs).unwrap();
        let (a, b) = (fused[0].iter().next().unwrap(), plain[0].iter().next().unwrap());
        assert!((a - b).abs() <= 1e-5 * a.abs(), "{:?}: fused {a}, decomposed {b}", c.opts);
    }
    let e = decompose(&Case::new(4, 8, DType::F32, 1).graph(true)).unwrap_err().to_string();
    assert!(e.contains("gradients have no primitive expansion"), "{e}");
}

/// The default op is `{"op": "sigmoid_loss"}` in JSON and bare in text; options and parts
/// round-trip and show in the text form.
#[test]
fn json_and_text_forms() {
    let c = Case::new(4, 8, DType::F32, 1);
    let g = c.graph(false);
    let json = g.to_json();
    assert!(json.contains("\"op\": \"sigmoid_loss\",\n      \"inputs\""), "{json}");
    assert!(!json.contains("positives") && !json.contains("part"), "{json}");
    let mut c = c;
    c.m = 6;
    c.opts = LossOptions { normalize: true, positives: None, denom: Some(9) };
    let g = c.graph(true);
    let back = Graph::from_json(&g.to_json()).unwrap();
    assert_eq!(back, g);
    let text = g.to_string();
    for want in ["part=dx", "part=dscalars", "normalize, positives=none, denom=9"] {
        assert!(text.contains(want), "{want} in {text}");
    }
}

/// Bad input: typing errors when the graph is built, data errors when it runs, in the
/// kernel and in the reference alike.
#[test]
fn bad_inputs_are_clear_errors() {
    // N ≠ M with positives on the diagonal; D mismatch; a bad t_prime shape.
    let mut g = Graph::new();
    let x = g.input("x", DType::F32, shape![4, 8]).unwrap();
    let y5 = g.input("y5", DType::F32, shape![5, 8]).unwrap();
    let y9 = g.input("y9", DType::F32, shape![4, 9]).unwrap();
    let t = g.input("t", DType::F32, Shape::scalar()).unwrap();
    let v = g.input("v", DType::F32, shape![2]).unwrap();
    let e = g.sigmoid_loss(x, y5, t, t).unwrap_err().to_string();
    assert!(e.contains("N = 4") && e.contains("M = 5") && e.contains("diagonal"), "{e}");
    let e = g.sigmoid_loss(x, y9, t, t).unwrap_err().to_string();
    assert!(e.contains("embedding dims differ (D = 8 vs 9)"), "{e}");
    let e = g.sigmoid_loss(x, x, v, t).unwrap_err().to_string();
    assert!(e.contains("t_prime and bias must be [] or [1]"), "{e}");
    // Block mode takes N ≠ M.
    let block = LossOptions { positives: None, ..LossOptions::default() };
    g.sigmoid_loss_opts(LossPart::Loss, &[x, y5, t, t], block).unwrap();
    let zero = LossOptions { denom: Some(0), ..LossOptions::default() };
    let e = g.sigmoid_loss_opts(LossPart::Loss, &[x, x, t, t], zero).unwrap_err().to_string();
    assert!(e.contains("denom must be > 0"), "{e}");

    // Run-time data: non-finite t' or b, an empty batch, a zero row under normalize.
    let mut c = Case::new(5, 8, DType::F32, 7);
    c.opts.normalize = true;
    let g = c.graph(true);
    let exe = Engine::cpu().compile(&g).unwrap();
    let good = c.inputs();
    let expect_err = |ins: &HashMap<String, Tensor>, want: &[&str]| {
        let e = exe.run(ins).unwrap_err().to_string();
        let r = eval_f64(&g, ins).unwrap_err().to_string();
        for w in want {
            assert!(e.contains(w), "kernel: {w:?} in {e}");
            assert!(r.contains(w), "reference: {w:?} in {r}");
        }
    };
    for (name, v) in
        [("t_prime", f64::NAN), ("bias", f64::INFINITY), ("t_prime", f64::NEG_INFINITY)]
    {
        let mut ins = good.clone();
        let shape = good[name].shape().to_vec();
        ins.insert(name.into(), Tensor::from_f64(DType::F32, &shape, &[v]).unwrap());
        expect_err(&ins, &["must be finite"]);
    }
    let mut ins = good.clone();
    ins.insert("x".into(), Tensor::from_f64(DType::F32, &[0, 8], &[]).unwrap());
    ins.insert("y".into(), Tensor::from_f64(DType::F32, &[0, 8], &[]).unwrap());
    expect_err(&ins, &["empty batch"]);
    let mut x = good["x"].to_f64_vec();
    x[3 * 8..4 * 8].fill(0.0);
    let mut ins = good.clone();
    ins.insert("x".into(), Tensor::from_f64(DType::F32, &[5, 8], &x).unwrap());
    expect_err(&ins, &["row 3 of x", "cannot be normalised"]);
    // Without normalize a zero row is fine.
    c.opts.normalize = false;
    let g = c.graph(true);
    Engine::cpu().compile(&g).unwrap().run(&ins).unwrap();
}
