//! Packed attention (forward, log-sum-exp, gradients) against the float64 reference
//! (`packfuse_ir::eval_f64`), on the CPU and on the GPU backend when one is present.
//!
//! Error measure: per output, `max |got − want| / max |want|` (normwise relative error;
//! `-inf` log-sum-exp entries of queries that see no key must match exactly). Tolerances
//! from the attention issue: f32 forward ≤ 1e-4, gradients ≤ 1e-3, f16/bf16 ≤ 2e-2.

mod common;

use std::collections::HashMap;

use packfuse::codegen::{CodegenError, Engine};
use packfuse::ir::{eval_f64, shape, AttnPart, DType, Graph, MaskKind, Tensor};
use packfuse::kernels::KernelError;
use packfuse::models::packing::SplitMix64;

/// Deterministic inputs from the project's SplitMix64.
struct Rng(SplitMix64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0.next_u64()
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// Uniform in [-1, 1).
    fn signed(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 52) as f64 - 1.0
    }

    fn values(&mut self, n: usize, mag: f64) -> Vec<f64> {
        (0..n).map(|_| self.signed() * mag).collect()
    }
}

/// One attention problem.
#[derive(Clone, Debug)]
struct Case {
    mask: MaskKind,
    window: Option<usize>,
    scale: Option<f64>,
    hq: usize,
    hk: usize,
    d: usize,
    dtype: DType,
    /// Query and key lengths per segment.
    lens: Vec<(usize, usize)>,
    prefix: Vec<usize>,
    seed: u64,
}

fn cumsum(xs: impl Iterator<Item = usize>) -> Vec<i32> {
    let mut cu = vec![0i32];
    for x in xs {
        cu.push(cu.last().unwrap() + x as i32);
    }
    cu
}

impl Case {
    /// Segments of random lengths up to `max_len`, including empty and one-token ones.
    fn random(mask: MaskKind, d: usize, dtype: DType, max_len: usize, seed: u64) -> Case {
        let mut rng = Rng(SplitMix64(seed));
        let mut lens: Vec<(usize, usize)> = vec![(0, 0), (1, 1)];
        for _ in 0..3 {
            let l = 2 + rng.below(max_len - 1);
            lens.push((l, l));
        }
        lens.push((0, 0));
        let prefix = lens.iter().map(|&(_, lk)| rng.below(lk + 1)).collect();
        Case { mask, window: None, scale: None, hq: 4, hk: 2, d, dtype, lens, prefix, seed }
    }

    fn tq(&self) -> usize {
        self.lens.iter().map(|l| l.0).sum()
    }

    fn tk(&self) -> usize {
        self.lens.iter().map(|l| l.1).sum()
    }

    /// The graph: forward out and lse, and the three gradients for `dout`.
    fn graph(&self, backward: bool) -> Graph {
        let mut g = Graph::new();
        let dt = self.dtype;
        let q = g.input("q", dt, shape!["Tq", self.hq, self.d]).unwrap();
        let k = g.input("k", dt, shape!["Tk", self.hk, self.d]).unwrap();
        let v = g.input("v", dt, shape!["Tk", self.hk, self.d]).unwrap();
        let cq = g.input("cu_seqlens_q", DType::I32, shape!["B1"]).unwrap();
        let ck = g.input("cu_seqlens_k", DType::I32, shape!["B1"]).unwrap();
        let mut fwd = vec![q, k, v, cq, ck];
        if self.mask == MaskKind::PrefixLm {
            fwd.push(g.input("prefix_lens", DType::I32, shape!["B"]).unwrap());
        }
        let part = |g: &mut Graph, p| {
            g.packed_attention_part(p, &fwd, self.mask, self.scale, self.window).unwrap()
        };
        let out = part(&mut g, AttnPart::Out);
        let lse = part(&mut g, AttnPart::Lse);
        g.set_output("out", out);
        g.set_output("lse", lse);
        if backward {
            let dout = g.input("dout", dt, shape!["Tq", self.hq, self.d]).unwrap();
            let grads = g
                .packed_attention_backward(&fwd, out, dout, lse, self.mask, self.scale, self.window)
                .unwrap();
            for (name, x) in ["dq", "dk", "dv"].iter().zip(grads) {
                g.set_output(name, x);
            }
        }
        g
    }

    fn inputs(&self) -> HashMap<String, Tensor> {
        let mut rng = Rng(SplitMix64(self.seed ^ 0x5eed));
        let (tq, tk) = (self.tq(), self.tk());
        let t = |shape: &[usize], rng: &mut Rng, mag: f64| {
            let n = shape.iter().product();
            Tensor::from_f64(self.dtype, shape, &rng.values(n, mag)).unwrap()
        };
        let mut m = HashMap::new();
        // Magnitude 2 makes the scores spread over several units, so softmax is not flat.
        m.insert("q".into(), t(&[tq, self.hq, self.d], &mut rng, 2.0));
        m.insert("k".into(), t(&[tk, self.hk, self.d], &mut rng, 2.0));
        m.insert("v".into(), t(&[tk, self.hk, self.d], &mut rng, 1.0));
        m.insert("dout".into(), t(&[tq, self.hq, self.d], &mut rng, 1.0));
        let b1 = self.lens.len() + 1;
        let cq = cumsum(self.lens.iter().map(|l| l.0));
        let ck = cumsum(self.lens.iter().map(|l| l.1));
        m.insert("cu_seqlens_q".into(), Tensor::from_i32(&[b1], cq));
        m.insert("cu_seqlens_k".into(), Tensor::from_i32(&[b1], ck));
        let prefix = self.prefix.iter().map(|&p| p as i32).collect();
        m.insert("prefix_lens".into(), Tensor::from_i32(&[b1 - 1], prefix));
        m
    }
}

/// Normwise relative error of `got` against `want`; `-inf` must match `-inf`.
fn rel_error(got: &[f64], want: &[f64]) -> Result<f64, String> {
    let scale = want.iter().filter(|w| w.is_finite()).fold(0f64, |m, w| m.max(w.abs()));
    let mut worst = 0f64;
    for (i, (&g, &w)) in got.iter().zip(want).enumerate() {
        if !w.is_finite() || !g.is_finite() {
            if g != w {
                return Err(format!("[{i}]: got {g}, want {w}"));
            }
            continue;
        }
        worst = worst.max((g - w).abs() / scale.max(1e-30));
    }
    Ok(worst)
}

/// Runs `case` on `engine` and checks every output; `Ok(false)` when the engine does not
/// support it (said on stderr). Vulkan has a kernel for every part, so there an
/// `Unsupported` fails (dtypes the device lacks never get here: `run_all` skips them).
fn check(engine: &Engine, case: &Case, backward: bool) -> Result<bool, String> {
    let g = case.graph(backward);
    let inputs = case.inputs();
    let exe = engine.compile(&g).map_err(|e| format!("compile: {e}"))?;
    let got = match exe.run(&inputs) {
        Err(CodegenError::Kernel { source: KernelError::Unsupported { .. }, .. })
            if !common::strict(engine) =>
        {
            return Ok(false);
        }
        other => other.map_err(|e| format!("run: {e}"))?,
    };
    let want = eval_f64(&g, &inputs).map_err(|e| format!("reference: {e}"))?;
    let half = case.dtype != DType::F32;
    for ((o, w), c) in g.outputs().iter().zip(&want).zip(&got) {
        let tol = match (half, o.name.as_str()) {
            (true, _) => 2e-2,
            (false, "out" | "lse") => 1e-4,
            (false, _) => 1e-3,
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
    common::engines("attention")
}

/// Runs every case on every engine, collecting failures; prints what was skipped.
fn run_all(cases: &[Case], backward: bool) {
    let mut failures = Vec::new();
    for engine in engines() {
        let mut skipped = Vec::new();
        for c in cases {
            if !engine.supports(c.dtype) {
                skipped.push(format!("{} (device lacks it)", c.dtype));
                continue;
            }
            match check(&engine, c, backward) {
                Ok(true) => {}
                Ok(false) => skipped.push(format!("{:?} d={} {}", c.mask, c.d, c.dtype)),
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

const MASKS: [MaskKind; 3] = [MaskKind::Full, MaskKind::Causal, MaskKind::PrefixLm];
const HEAD_DIMS: [usize; 5] = [64, 72, 80, 128, 256];

/// Every mask × head dim × dtype, forward and backward, random segment lengths with 0 and 1.
#[test]
fn every_mask_head_dim_and_dtype_matches_the_reference() {
    let mut cases = Vec::new();
    let mut seed = 1;
    for mask in MASKS {
        for d in HEAD_DIMS {
            for dtype in [DType::F32, DType::F16, DType::BF16] {
                seed += 1;
                cases.push(Case::random(mask, d, dtype, 40, seed));
            }
        }
    }
    run_all(&cases, true);
}

/// Sliding windows, explicit scales, MQA (one kv head) and segments longer than one tile.
#[test]
fn windows_scales_and_long_segments() {
    let mut cases = Vec::new();
    for (i, mask) in MASKS.into_iter().enumerate() {
        let mut c = Case::random(mask, 64, DType::F32, 150, 100 + i as u64);
        c.window = Some(37);
        cases.push(c);
        let mut c = Case::random(mask, 80, DType::F32, 150, 200 + i as u64);
        c.scale = Some(0.05);
        c.hq = 6;
        c.hk = 1;
        cases.push(c);
    }
    run_all(&cases, true);
}

/// Query and key segments of different lengths: the MAP pooling head (one query per
/// segment) and decoding (a few new queries against a longer KV cache).
#[test]
fn map_pooling_and_decoding_segments() {
    let mut rng = Rng(SplitMix64(7));
    let mut cases = Vec::new();
    for mask in MASKS {
        // MAP head: cu_seqlens_q = [0, 1, ..., B].
        let mut c = Case::random(mask, 72, DType::F32, 90, 300);
        c.lens = (0..5).map(|_| (1, 1 + rng.below(90))).collect();
        c.prefix = c.lens.iter().map(|l| rng.below(l.1 + 1)).collect();
        cases.push(c.clone());
        // Decoding: 1 to 3 new tokens against a cache of up to 100 (and one empty cache).
        c.lens = (0..4).map(|_| (1 + rng.below(3), 3 + rng.below(100))).collect();
        c.lens.push((2, 0));
        c.prefix = c.lens.iter().map(|l| rng.below(l.1 + 1)).collect();
        cases.push(c);
    }
    run_all(&cases, true);
}

/// A long packed batch: T = 4096 tokens in many segments, forward only.
#[test]
fn four_thousand_tokens() {
    let mut rng = Rng(SplitMix64(11));
    let mut lens = Vec::new();
    let mut t = 0;
    while t < 4096 {
        let l = (1 + rng.below(120)).min(4096 - t);
        lens.push((l, l));
        t += l;
    }
    for mask in [MaskKind::Full, MaskKind::Causal] {
        let mut c = Case::random(mask, 64, DType::F32, 10, 400);
        c.hq = 2;
        c.hk = 1;
        c.prefix = lens.iter().map(|_| 0).collect();
        c.lens = lens.clone();
        run_all(&[c], false);
    }
}

/// Packed attention equals running each segment alone (cu_seqlens = [0, L]).
#[test]
fn packed_equals_each_segment_alone() {
    for mask in MASKS {
        let c = Case::random(mask, 64, DType::F32, 70, 500);
        let exe = Engine::cpu().compile(&c.graph(true)).unwrap();
        let inputs = c.inputs();
        let packed = exe.run(&inputs).unwrap();
        let (mut q0, mut k0) = (0, 0);
        for (b, &(lq, lk)) in c.lens.iter().enumerate() {
            let mut one = c.clone();
            one.lens = vec![(lq, lk)];
            one.prefix = vec![c.prefix[b]];
            let mut ins = HashMap::new();
            for (name, t, rows) in [("q", q0, lq), ("dout", q0, lq), ("k", k0, lk), ("v", k0, lk)] {
                let x = &inputs[name];
                let row = x.shape()[1] * x.shape()[2];
                let vals = x.to_f64_vec()[t * row..(t + rows) * row].to_vec();
                let shape = [rows, x.shape()[1], x.shape()[2]];
                ins.insert(name.to_string(), Tensor::from_f64(DType::F32, &shape, &vals).unwrap());
            }
            ins.insert("cu_seqlens_q".into(), Tensor::from_i32(&[2], vec![0, lq as i32]));
            ins.insert("cu_seqlens_k".into(), Tensor::from_i32(&[2], vec![0, lk as i32]));
            ins.insert("prefix_lens".into(), Tensor::from_i32(&[1], vec![c.prefix[b] as i32]));
            let alone = exe.run(&ins).unwrap();
            // out, lse, dq over query rows; dk, dv over key rows.
            for (i, (p, a)) in packed.iter().zip(&alone).enumerate() {
                let pv = p.to_f64_vec();
                let got: Vec<f64> = match i {
                    1 => {
                        // lse [Hq, Tq]: the segment's columns of each head row.
                        let tq = c.tq();
                        (0..c.hq).flat_map(|h| pv[h * tq + q0..h * tq + q0 + lq].to_vec()).collect()
                    }
                    0 | 2 => {
                        let row = c.hq * c.d;
                        pv[q0 * row..(q0 + lq) * row].to_vec()
                    }
                    _ => {
                        let row = c.hk * c.d;
                        pv[k0 * row..(k0 + lk) * row].to_vec()
                    }
                };
                let err = rel_error(&got, &a.to_f64_vec()).unwrap();
                assert!(err <= 1e-5, "{mask:?} segment {b} output {i}: error {err:e}");
            }
            q0 += lq;
            k0 += lk;
        }
    }
}

/// Bad segment data is a clear error before any launch; so are bad head counts and dims
/// (at graph construction, which is before compile).
#[test]
fn bad_arguments_are_clear_errors() {
    let c = Case::random(MaskKind::PrefixLm, 64, DType::F32, 20, 600);
    let exe = Engine::cpu().compile(&c.graph(true)).unwrap();
    let good = c.inputs();
    let cq = good["cu_seqlens_q"].to_f64_vec();
    let b1 = cq.len();
    let t = *cq.last().unwrap() as i32;
    let mut decreasing: Vec<i32> = cq.iter().map(|&x| x as i32).collect();
    decreasing.swap(3, 4);
    let bad_cu: [(Vec<i32>, &str); 3] = [
        (decreasing, "decreases"),
        ([vec![0; b1 - 1], vec![t + 5]].concat(), "must end at"),
        ([vec![0; b1 - 1], vec![t - 1]].concat(), "must end at"),
    ];
    for (cu, why) in bad_cu {
        let mut ins = good.clone();
        ins.insert("cu_seqlens_q".into(), Tensor::from_i32(&[b1], cu.clone()));
        let e = exe.run(&ins).unwrap_err().to_string();
        assert!(e.contains(why) && e.contains("cu_seqlens_q"), "{cu:?}: {e}");
    }
    // A prefix longer than its segment.
    let mut ins = good.clone();
    let mut p: Vec<i32> = c.prefix.iter().map(|&p| p as i32).collect();
    p[2] = c.lens[2].1 as i32 + 1;
    ins.insert("prefix_lens".into(), Tensor::from_i32(&[p.len()], p));
    let e = exe.run(&ins).unwrap_err().to_string();
    assert!(e.contains("prefix_lens[2]") && e.contains("outside"), "{e}");

    // Heads and head dims are checked when the graph is built.
    let mut g = Graph::new();
    let q = g.input("q", DType::F32, shape!["T", 6, 64]).unwrap();
    let k = g.input("k", DType::F32, shape!["T", 4, 64]).unwrap();
    let cu = g.input("cu", DType::I32, shape!["B1"]).unwrap();
    let e = g.packed_attention(q, k, k, cu, cu, None, MaskKind::Full, None).unwrap_err();
    assert!(e.to_string().contains("divide query heads"), "{e}");
    let q = g.input("q2", DType::F32, shape!["T", 4, 320]).unwrap();
    let e = g.packed_attention(q, q, q, cu, cu, None, MaskKind::Full, None).unwrap_err();
    assert!(e.to_string().contains("head dim 320 is not supported"), "{e}");
    // A gradient with an lse of the wrong shape.
    let q = g.input("q3", DType::F32, shape!["T", 4, 64]).unwrap();
    let bad_lse = g.input("lse", DType::F32, shape!["T", 4]).unwrap();
    let e = g
        .packed_attention_backward(&[q, q, q, cu, cu], q, q, bad_lse, MaskKind::Full, None, None)
        .unwrap_err();
    assert!(e.to_string().contains("lse must be f32 [4, Tq]"), "{e}");
}
