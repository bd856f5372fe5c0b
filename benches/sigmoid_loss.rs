//! The sigmoid loss on the CPU, fused against materialised (the sigmoid-loss issue's
//! benchmark; results in `benches/RESULTS.md`).
//!
//! N = 16384 image and text embeddings, D = 768, f32, SigLIP's loss (diagonal positives,
//! no normalisation), forward and backward: the loss, `dx`, `dy`, `dt'`, `db`.
//! - `sigmoid_loss_16384x768/fused`: the `sigmoid_loss` op and its gradient parts through
//!   `Engine::cpu()`: one launch writes all four (one sweep over 256×256 logit tiles, each
//!   computed once and multiplied into its `dx` and `dy` blocks: three N²·D products).
//! - `sigmoid_loss_16384x768/materialised`: what open_clip and transformers do, written
//!   plainly below: the N×N f32 logits through one multithreaded `gemm`, the loss summed
//!   from them, the gradient `G` written over them in place, then `dx = t·G·y` and
//!   `dy = t·Gᵀ·x` through `gemm`. Same elementwise math as the fused kernel.
//!
//! Peak memory: the bench re-runs itself as a child process per implementation
//! (`SIGMOID_LOSS_BENCH_CHILD=fused|materialised`), which builds the inputs, reads its peak
//! resident set (`VmHWM` in `/proc/self/status`), runs forward + backward once and reads it
//! again: the difference is the peak extra memory of the run (outputs included, inputs not).
//! A child process per implementation keeps one's high-water mark from hiding the other's.
//!
//! `cargo bench --bench sigmoid_loss` (several minutes: sample size 10, seconds per run).

// `criterion_group!` defines an undocumented public function.
#![allow(missing_docs)]

use std::collections::HashMap;
use std::hint::black_box;
use std::time::Duration;

use criterion::Criterion;
use packfuse::ir::{LossOptions, LossPart};
use packfuse::kernels::math::exp_f32;
use packfuse::models::packing::SplitMix64;
use packfuse::{shape, DType, Engine, Executable, Graph, Shape, Tensor};
use rayon::prelude::*;

const N: usize = 16384;
const D: usize = 768;
const T_PRIME: f32 = std::f32::consts::LN_10; // SigLIP's initial temperature
const BIAS: f32 = -10.0; // SigLIP's initial bias
const CHILD: &str = "SIGMOID_LOSS_BENCH_CHILD";

/// The project's seeded generator (SplitMix64).
fn next(s: &mut u64) -> u64 {
    let mut g = SplitMix64(*s);
    let v = g.next_u64();
    *s = g.0;
    v
}

/// Unit-norm-ish rows: entries uniform in ±√(3/D).
fn embeddings(seed: u64) -> Vec<f32> {
    let mut s = seed;
    let scale = (3.0 / D as f32).sqrt();
    (0..N * D).map(|_| ((next(&mut s) >> 40) as f32 / (1u64 << 23) as f32 - 1.0) * scale).collect()
}

fn inputs() -> HashMap<String, Tensor> {
    let mut m = HashMap::new();
    m.insert("x".into(), Tensor::from_f32(&[N, D], embeddings(1)));
    m.insert("y".into(), Tensor::from_f32(&[N, D], embeddings(2)));
    m.insert("t_prime".into(), Tensor::from_f32(&[], vec![T_PRIME]));
    m.insert("bias".into(), Tensor::from_f32(&[], vec![BIAS]));
    m.insert("dloss".into(), Tensor::from_f32(&[], vec![1.0]));
    m
}

/// The loss and its four gradients, through the engine.
fn compile_fused() -> Executable {
    let mut g = Graph::new();
    let x = g.input("x", DType::F32, shape!["N", D]).unwrap();
    let y = g.input("y", DType::F32, shape!["N", D]).unwrap();
    let t = g.input("t_prime", DType::F32, Shape::scalar()).unwrap();
    let b = g.input("bias", DType::F32, Shape::scalar()).unwrap();
    let dloss = g.input("dloss", DType::F32, Shape::scalar()).unwrap();
    let opts = LossOptions::default();
    let fwd = [x, y, t, b];
    let loss = g.sigmoid_loss_opts(LossPart::Loss, &fwd, opts).unwrap();
    g.set_output("loss", loss);
    let grads = g.sigmoid_loss_backward(&fwd, dloss, opts).unwrap();
    for (name, id) in ["dx", "dy", "dt", "db"].into_iter().zip(grads) {
        g.set_output(name, id);
    }
    Engine::cpu().compile(&g).unwrap()
}

/// What the materialised implementation returns: loss, dx, dy, dt', db.
type Grads = (f32, Vec<f32>, Vec<f32>, f32, f32);

/// `dst[m×n] = beta · a · b` with `a` (`m×k`) and `b` (`k×n`) given by their row and column
/// strides, all threads.
#[allow(clippy::too_many_arguments)]
fn gemm_all(
    dst: &mut [f32],
    m: usize,
    n: usize,
    k: usize,
    a: (&[f32], usize, usize),
    b: (&[f32], usize, usize),
    beta: f32,
) {
    assert!(dst.len() == m * n && a.0.len() >= m * k && b.0.len() >= k * n);
    // SAFETY: the sizes are checked above; the three buffers are distinct borrows.
    unsafe {
        gemm::gemm(
            m,
            n,
            k,
            dst.as_mut_ptr(),
            1,
            n as isize,
            false,
            a.0.as_ptr(),
            a.2 as isize,
            a.1 as isize,
            b.0.as_ptr(),
            b.2 as isize,
            b.1 as isize,
            0.0,
            beta,
            false,
            false,
            false,
            gemm::Parallelism::Rayon(0),
        )
    }
}

/// The materialised loss and gradients: the N×N logits exist.
fn materialised(x: &[f32], y: &[f32]) -> Grads {
    let (n, d) = (N, D);
    let t = T_PRIME.exp();
    let mut s = vec![0f32; n * n]; // t·x·yᵀ (without b)
    gemm_all(&mut s, n, n, d, (x, d, 1), (y, 1, d), t);
    let logsigmoid = |v: f32| v.min(0.0) - exp_f32(-v.abs()).ln_1p();
    let loss: f64 = s
        .par_chunks(n)
        .enumerate()
        .map(|(i, row)| {
            let z = |j: usize| if i == j { 1.0 } else { -1.0 };
            row.iter().enumerate().map(|(j, &v)| logsigmoid(z(j) * (v + BIAS)) as f64).sum::<f64>()
        })
        .sum();
    let scale = 1.0 / n as f32;
    let sums: Vec<(f64, f64)> = s
        .par_chunks_mut(n)
        .enumerate()
        .map(|(i, row)| {
            let (mut dt, mut db) = (0f64, 0f64);
            for (j, v) in row.iter_mut().enumerate() {
                let z = if i == j { 1.0 } else { -1.0 };
                let g = -scale * z / (1.0 + exp_f32(z * (*v + BIAS)));
                dt += (g * *v) as f64;
                db += g as f64;
                *v = g;
            }
            (dt, db)
        })
        .collect();
    let mut dx = vec![0f32; n * d];
    gemm_all(&mut dx, n, d, n, (&s, n, 1), (y, d, 1), t);
    let mut dy = vec![0f32; n * d];
    gemm_all(&mut dy, n, d, n, (&s, 1, n), (x, d, 1), t);
    let (dt, db) = sums.iter().fold((0.0, 0.0), |a, b| (a.0 + b.0, a.1 + b.1));
    ((-loss / n as f64) as f32, dx, dy, dt as f32, db as f32)
}

/// `VmHWM` (peak resident set) of this process, in bytes.
fn peak_rss() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let kb = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        .unwrap_or(0);
    kb * 1024
}

/// One forward + backward in this process; prints the peak extra memory and checks the
/// two implementations agree on the loss.
fn child(which: &str) {
    let ins = inputs();
    let fused = (which == "fused").then(compile_fused);
    let before = peak_rss();
    let loss = match &fused {
        Some(exe) => exe.run(&ins).unwrap()[0].to_f64_vec()[0] as f32,
        None => {
            let (x, y) = (ins["x"].to_f64_vec(), ins["y"].to_f64_vec());
            let (x, y): (Vec<f32>, Vec<f32>) =
                (x.iter().map(|&v| v as f32).collect(), y.iter().map(|&v| v as f32).collect());
            let before = peak_rss();
            let out = materialised(&x, &y);
            let extra = peak_rss() - before;
            println!("PEAK_EXTRA_BYTES {which} {extra} loss {}", out.0);
            return;
        }
    };
    let extra = peak_rss() - before;
    println!("PEAK_EXTRA_BYTES {which} {extra} loss {loss}");
}

/// Runs `which` in a child process and returns its report line.
fn measure_peak(which: &str) -> String {
    let exe = std::env::current_exe().unwrap();
    let out = std::process::Command::new(exe).env(CHILD, which).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    let line = text.lines().find(|l| l.starts_with("PEAK_EXTRA_BYTES")).unwrap_or("none");
    line.to_string()
}

fn bench(c: &mut Criterion) {
    let ins = inputs();
    let exe = compile_fused();
    let (x, y) = (ins["x"].to_f64_vec(), ins["y"].to_f64_vec());
    let (x, y): (Vec<f32>, Vec<f32>) =
        (x.iter().map(|&v| v as f32).collect(), y.iter().map(|&v| v as f32).collect());
    let mut group = c.benchmark_group("sigmoid_loss_16384x768");
    group
        .sample_size(10)
        .warm_up_time(Duration::from_millis(1))
        .measurement_time(Duration::from_secs(1));
    group.sampling_mode(criterion::SamplingMode::Flat);
    group.bench_function("fused", |b| b.iter(|| black_box(exe.run(&ins).unwrap())));
    group.bench_function("materialised", |b| b.iter(|| black_box(materialised(&x, &y))));
    group.finish();
}

fn main() {
    if let Ok(which) = std::env::var(CHILD) {
        child(&which);
        return;
    }
    // Peak memory first, each in a fresh process, then the timings.
    for which in ["fused", "materialised"] {
        let line = measure_peak(which);
        println!("{line}");
        if let Some(bytes) = line.split_whitespace().nth(2).and_then(|b| b.parse::<f64>().ok()) {
            println!("  {which}: peak extra {:.1} MiB", bytes / (1024.0 * 1024.0));
        }
    }
    let mut c = Criterion::default().configure_from_args();
    bench(&mut c);
    c.final_summary();
}
