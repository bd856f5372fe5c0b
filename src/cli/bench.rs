//! `packfuse bench`: the main job. Each case is compiled once for the selected device, run
//! once to warm up (that run's outputs are the ones checked), then timed; the table shows
//! the median time.
//!
//! Correctness: the float64 reference interpreter (`packfuse::eval_f64`) is slow, so for
//! the large cases it runs on a prefix of the batch (the first rows, or the first packed
//! segments, which every op here treats independently) and the same prefix of the outputs
//! is compared; the `checked` column says how much. The error is
//! `max |out - ref| / max(1, max |ref|)` over the compared elements.

use std::collections::HashMap;
use std::io::Write;
use std::time::{Duration, Instant};

use clap::Args;
use indicatif::{ProgressBar, ProgressStyle};
use packfuse::models::vit::{vit_block, VitConfig};
use packfuse::{eval_f64, shape, DType, Engine, Graph, MaskKind, Shape, Tensor};

use super::{engine, say, CliError};

#[derive(Args, Debug)]
pub struct BenchArgs {
    /// Smaller shapes and fewer runs: a smoke test of every case in a few seconds.
    #[arg(long)]
    quick: bool,
    /// Use this error tolerance for every case instead of 1e-4 (f32) and 1e-2 (f16/bf16).
    #[arg(long, value_name = "TOL")]
    max_err: Option<f64>,
}

/// Largest accepted error for f32 results; half-precision results get [`TOL_HALF`].
const TOL_F32: f64 = 1e-4;
const TOL_HALF: f64 = 1e-2;

/// How much to run: shapes and timing budget.
struct Sizes {
    matmul: usize,
    elementwise: usize,
    norm_rows: usize,
    softmax: (usize, usize),
    segments: usize,
    loss_n: usize,
    vit_segments: &'static [usize],
    /// Timed runs: at least `min_runs`, then more until `budget` or `max_runs`.
    min_runs: usize,
    max_runs: usize,
    budget: Duration,
}

const FULL: Sizes = Sizes {
    matmul: 1024,
    elementwise: 1 << 22,
    norm_rows: 8192,
    softmax: (8192, 1024),
    segments: 32,
    loss_n: 1024,
    vit_segments: &[256, 196, 144, 256, 100, 64],
    min_runs: 3,
    max_runs: 25,
    budget: Duration::from_millis(1500),
};

const QUICK: Sizes = Sizes {
    matmul: 256,
    elementwise: 1 << 18,
    norm_rows: 1024,
    softmax: (1024, 1024),
    segments: 6,
    loss_n: 256,
    vit_segments: &[64, 49, 16],
    min_runs: 2,
    max_runs: 5,
    budget: Duration::from_millis(200),
};

/// What a case does per run, for the rate column.
enum Work {
    Flops(f64),
    Bytes(f64),
}

/// One benchmark case.
struct Case {
    op: &'static str,
    shape: String,
    dtype: DType,
    graph: Graph,
    inputs: HashMap<String, Tensor>,
    /// Inputs of the reference run: the full inputs, or a prefix of the batch.
    check_inputs: HashMap<String, Tensor>,
    /// What the reference covers, e.g. `64/1024 rows`.
    checked: String,
    work: Work,
}

/// One row of the table.
struct Row {
    median: Duration,
    runs: usize,
    err: f64,
}

pub fn run(args: &BenchArgs, device: Option<&str>, out: &mut dyn Write) -> Result<(), CliError> {
    let engine = engine(device)?;
    let sizes = if args.quick { &QUICK } else { &FULL };
    let cases = cases(sizes)?;
    header(out, &engine, args)?;
    let pb = progress(cases.len());
    let mut failures = Vec::new();
    let mut skipped = 0;
    for case in &cases {
        pb.set_message(format!("{} {}", case.op, case.shape));
        if !engine.supports(case.dtype) {
            // Found by querying the device (lavapipe has no bf16), never by launching.
            skipped += 1;
            let line = format!(
                "{:<14}{:<34}{:<8}skipped: the device has no {} support",
                case.op,
                case.shape,
                engine.device(),
                case.dtype
            );
            pb.suspend(|| say(out, line))?;
            pb.inc(1);
            continue;
        }
        let line = match run_case(&engine, case, sizes) {
            Ok(row) => {
                let tol = args.max_err.unwrap_or_else(|| tolerance(case.dtype));
                let line = format_row(case, engine.device(), &row);
                if row.err > tol {
                    failures.push(format!(
                        "{} {} (error {:.1e} > {tol:.1e})",
                        case.op, case.shape, row.err
                    ));
                    format!("{line}  FAILED: error above {tol:.1e}")
                } else {
                    line
                }
            }
            Err(e) => {
                let msg = super::one_line(&e.to_string());
                failures.push(format!("{} {} ({msg})", case.op, case.shape));
                format!("{:<14}{:<34}{:<8}FAILED: {msg}", case.op, case.shape, engine.device())
            }
        };
        pb.suspend(|| say(out, line))?;
        pb.inc(1);
    }
    pb.finish_and_clear();
    if failures.is_empty() {
        let ran = cases.len() - skipped;
        let note = if skipped > 0 { format!(" ({skipped} skipped)") } else { String::new() };
        return say(out, format_args!("all {ran} cases within tolerance{note}"));
    }
    Err(CliError::Check(format!(
        "{} of {} bench cases failed: {}",
        failures.len(),
        cases.len(),
        failures.join(", ")
    )))
}

fn tolerance(d: DType) -> f64 {
    if d == DType::F32 {
        TOL_F32
    } else {
        TOL_HALF
    }
}

fn header(out: &mut dyn Write, engine: &Engine, args: &BenchArgs) -> Result<(), CliError> {
    let detail = packfuse::devices()
        .into_iter()
        .find(|r| r.kind.name() == engine.device())
        .map(|r| r.detail)
        .unwrap_or_default();
    let mode = if args.quick { "quick" } else { "full" };
    let tolerance = match args.max_err {
        Some(t) => format!("tolerance {t:.1e} (--max-err)"),
        None => format!("tolerance {TOL_F32:.0e} (f32), {TOL_HALF:.0e} (f16/bf16)"),
    };
    say(out, format_args!("packfuse bench ({mode}) on {} ({detail})", engine.device()))?;
    if engine.device() == "cpu" {
        say(out, "median: of the timed runs after one warm-up run")?;
    } else {
        say(
            out,
            "median: of the timed runs after one warm-up run; the inputs stay on the device \
             (uploaded once), the outputs are read back every run",
        )?;
        let provider = packfuse::kernels::matmul::cubek::Provider::from_env();
        say(out, format_args!("device matrix products: {provider} (PACKFUSE_MATMUL)"))?;
    }
    say(
        out,
        format_args!(
            "max err: max|out - ref| / max(1, max|ref|) against the float64 reference \
             interpreter, on the part named under 'checked'; {tolerance}"
        ),
    )?;
    say(
        out,
        format_args!(
            "{:<14}{:<34}{:<8}{:>10}  {:>15}  {:>9}  checked",
            "op", "shape", "device", "median", "rate", "max err"
        ),
    )
}

fn progress(n: usize) -> ProgressBar {
    let pb = ProgressBar::new(n as u64);
    let style = ProgressStyle::with_template("{spinner} [{bar:24}] {pos}/{len} {msg} ({elapsed})")
        .map(|s| s.progress_chars("=> "))
        .unwrap_or_else(|_| ProgressStyle::default_bar());
    pb.set_style(style);
    pb.enable_steady_tick(Duration::from_millis(200));
    pb
}

fn format_row(case: &Case, device: &str, row: &Row) -> String {
    let rate = match case.work {
        Work::Flops(f) => format!("{:.1} GFLOP/s", f / row.median.as_secs_f64() / 1e9),
        Work::Bytes(b) => format!("{:.1} GB/s", b / row.median.as_secs_f64() / 1e9),
    };
    format!(
        "{:<14}{:<34}{:<8}{:>10}  {:>15}  {:>9.1e}  {} ({} runs)",
        case.op,
        case.shape,
        device,
        fmt_duration(row.median),
        rate,
        row.err,
        case.checked,
        row.runs
    )
}

fn fmt_duration(d: Duration) -> String {
    let s = d.as_secs_f64();
    if s >= 1.0 {
        format!("{s:.2} s")
    } else if s >= 1e-3 {
        format!("{:.2} ms", s * 1e3)
    } else {
        format!("{:.1} µs", s * 1e6)
    }
}

fn run_case(engine: &Engine, case: &Case, sizes: &Sizes) -> Result<Row, CliError> {
    let exe = engine.compile(&case.graph)?;
    // On a device the inputs are uploaded once and stay there (as `packfuse model` keeps
    // weights), so the times are the kernels' and the outputs' read-back, not the uploads.
    let resident = (engine.device() != "cpu").then(|| exe.prepack(case.inputs.clone()));
    let run = || match &resident {
        Some(r) => exe.run_from(r),
        None => exe.run(&case.inputs),
    };
    let outputs = run()?;
    let mut times = Vec::new();
    let start = Instant::now();
    while times.len() < sizes.min_runs
        || (times.len() < sizes.max_runs && start.elapsed() < sizes.budget)
    {
        let t = Instant::now();
        run()?;
        times.push(t.elapsed());
    }
    times.sort();
    let reference: Vec<Vec<f64>> = eval_f64(&case.graph, &case.check_inputs)?
        .iter()
        .map(|a| a.iter().copied().collect())
        .collect();
    let err = max_error(&outputs, &reference)?;
    Ok(Row { median: times[times.len() / 2], runs: times.len(), err })
}

/// `max |out - ref| / max(1, max |ref|)` over the first elements of each output (the
/// reference covers a prefix of the batch); NaN or infinity anywhere counts as infinite.
fn max_error(outputs: &[Tensor], reference: &[Vec<f64>]) -> Result<f64, CliError> {
    let mut worst: f64 = 0.0;
    for (o, r) in outputs.iter().zip(reference) {
        let got = o.to_f64_vec();
        if got.len() < r.len() {
            return Err(CliError::Check(format!(
                "output has {} elements, the reference {}",
                got.len(),
                r.len()
            )));
        }
        let scale = r.iter().fold(1.0f64, |m, v| m.max(v.abs()));
        for (a, b) in got.iter().zip(r.iter()) {
            let d = (a - b).abs() / scale;
            worst = if d.is_finite() { worst.max(d) } else { f64::INFINITY };
        }
    }
    Ok(worst)
}

// ---- the cases -------------------------------------------------------------------------

fn cases(s: &Sizes) -> Result<Vec<Case>, CliError> {
    Ok(vec![
        matmul(s.matmul, DType::F32)?,
        matmul(s.matmul / 2, DType::BF16)?,
        elementwise_chain(s.elementwise)?,
        layer_norm(s.norm_rows, 768)?,
        softmax(s.softmax.0, s.softmax.1)?,
        attention(s.segments, 12, 64)?,
        sigmoid_loss(s.loss_n, 768)?,
        vit(s.vit_segments)?,
        vit_rins_case(s.vit_segments)?,
    ])
}

/// A deterministic uniform generator (splitmix64), so runs and machines see the same data.
struct Rng(u64);

impl Rng {
    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Uniform in `[-scale, scale)`.
    fn uniform(&mut self, scale: f32) -> f32 {
        let u = (self.next_u64() >> 40) as f32 / (1u64 << 24) as f32;
        (2.0 * u - 1.0) * scale
    }

    fn tensor(&mut self, shape: &[usize], scale: f32) -> Tensor {
        let n = shape.iter().product();
        Tensor::from_f32(shape, (0..n).map(|_| self.uniform(scale)).collect())
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }
}

/// The first `rows` entries along axis 0 of `t`.
fn rows(t: &Tensor, rows: usize) -> Tensor {
    let per: usize = t.shape()[1..].iter().product();
    let mut shape = t.shape().to_vec();
    shape[0] = rows;
    let v = t.to_f64_vec();
    Tensor::from_f64(t.dtype(), &shape, &v[..rows * per]).expect("a prefix of rows fits")
}

fn feed(pairs: Vec<(&str, Tensor)>) -> HashMap<String, Tensor> {
    pairs.into_iter().map(|(n, t)| (n.to_string(), t)).collect()
}

/// `out = a · b` with a dynamic row count, so the reference can take the first rows.
fn matmul(n: usize, dtype: DType) -> Result<Case, CliError> {
    let mut g = Graph::new();
    let a = g.input("a", dtype, shape!["M", n])?;
    let b = g.input("b", dtype, shape![n, n])?;
    let y = g.matmul(a, b)?;
    g.set_output("out", y);
    let mut rng = Rng(1);
    let (ta, tb) = (rng.tensor(&[n, n], 1.0).cast(dtype), rng.tensor(&[n, n], 1.0).cast(dtype));
    let check = 64.min(n);
    Ok(Case {
        op: "matmul",
        shape: format!("{dtype} {n}x{n}x{n}"),
        dtype,
        check_inputs: feed(vec![("a", rows(&ta, check)), ("b", tb.clone())]),
        inputs: feed(vec![("a", ta), ("b", tb)]),
        graph: g,
        checked: format!("{check}/{n} rows"),
        work: Work::Flops(2.0 * (n * n * n) as f64),
    })
}

/// Six elementwise ops that fuse into one kernel: sigmoid(gelu_tanh(x·y + 0.5) − y) · x.
fn elementwise_chain(n: usize) -> Result<Case, CliError> {
    let mut g = Graph::new();
    let x = g.input("x", DType::F32, shape!["N"])?;
    let y = g.input("y", DType::F32, shape!["N"])?;
    let h = g.mul(x, y)?;
    let c = g.scalar(DType::F32, 0.5)?;
    let h = g.add(h, c)?;
    let h = g.gelu_tanh(h)?;
    let h = g.sub(h, y)?;
    let h = g.sigmoid(h)?;
    let h = g.mul(h, x)?;
    g.set_output("out", h);
    let mut rng = Rng(2);
    let (tx, ty) = (rng.tensor(&[n], 2.0), rng.tensor(&[n], 2.0));
    let check = 65536.min(n);
    Ok(Case {
        op: "elementwise",
        shape: format!("f32 {} (6 ops fused)", count(n)),
        dtype: DType::F32,
        check_inputs: feed(vec![("x", rows(&tx, check)), ("y", rows(&ty, check))]),
        inputs: feed(vec![("x", tx), ("y", ty)]),
        graph: g,
        checked: format!("{}/{} elements", count(check), count(n)),
        work: Work::Bytes((3 * 4 * n) as f64),
    })
}

fn count(n: usize) -> String {
    if n >= 1 << 20 && n.trailing_zeros() >= 20 {
        format!("{}M", n >> 20)
    } else if n >= 1 << 10 && n.trailing_zeros() >= 10 {
        format!("{}K", n >> 10)
    } else {
        n.to_string()
    }
}

fn layer_norm(t: usize, c: usize) -> Result<Case, CliError> {
    let mut g = Graph::new();
    let x = g.input("x", DType::F32, shape!["T", c])?;
    let w = g.param("weight", DType::F32, shape![c])?;
    let b = g.param("bias", DType::F32, shape![c])?;
    let y = g.layer_norm(x, w, b, 1e-6)?;
    g.set_output("out", y);
    let mut rng = Rng(3);
    let (tx, tw, tb) = (rng.tensor(&[t, c], 3.0), rng.tensor(&[c], 1.0), rng.tensor(&[c], 1.0));
    let check = 256.min(t);
    Ok(Case {
        op: "layer_norm",
        shape: format!("f32 {t}x{c}"),
        dtype: DType::F32,
        check_inputs: feed(vec![
            ("x", rows(&tx, check)),
            ("weight", tw.clone()),
            ("bias", tb.clone()),
        ]),
        inputs: feed(vec![("x", tx), ("weight", tw), ("bias", tb)]),
        graph: g,
        checked: format!("{check}/{t} rows"),
        work: Work::Bytes((4 * (2 * t * c + 2 * c)) as f64),
    })
}

fn softmax(r: usize, c: usize) -> Result<Case, CliError> {
    let mut g = Graph::new();
    let x = g.input("x", DType::F32, shape!["R", c])?;
    let y = g.softmax(x, 1)?;
    g.set_output("out", y);
    let tx = Rng(4).tensor(&[r, c], 8.0);
    let check = 256.min(r);
    Ok(Case {
        op: "softmax",
        shape: format!("f32 {r}x{c}, last axis"),
        dtype: DType::F32,
        check_inputs: feed(vec![("x", rows(&tx, check))]),
        inputs: feed(vec![("x", tx)]),
        graph: g,
        checked: format!("{check}/{r} rows"),
        work: Work::Bytes((4 * 2 * r * c) as f64),
    })
}

/// `cu_seqlens` of the given segment lengths.
fn cu_seqlens(lens: &[usize]) -> Tensor {
    let mut cu = vec![0i32];
    for &l in lens {
        cu.push(cu.last().copied().unwrap_or(0) + l as i32);
    }
    Tensor::from_i32(&[cu.len()], cu)
}

/// NaViT-style packed self-attention: `segments` images of 16..=256 tokens in one buffer.
fn attention(segments: usize, heads: usize, hd: usize) -> Result<Case, CliError> {
    let mut rng = Rng(5);
    let lens: Vec<usize> = (0..segments).map(|_| 16 + rng.below(241)).collect();
    let t: usize = lens.iter().sum();
    let mut g = Graph::new();
    let qkv = shape!["T", heads, hd];
    let q = g.input("q", DType::F32, qkv.clone())?;
    let k = g.input("k", DType::F32, qkv.clone())?;
    let v = g.input("v", DType::F32, qkv)?;
    let cu = g.input("cu_seqlens", DType::I32, shape!["B1"])?;
    let y = g.packed_attention(q, k, v, cu, cu, None, MaskKind::Full, None)?;
    g.set_output("out", y);
    let [tq, tk, tv] = [0, 1, 2].map(|_| rng.tensor(&[t, heads, hd], 1.0));
    let check_segs = 4.min(segments);
    let ct: usize = lens[..check_segs].iter().sum();
    let flops: f64 = lens.iter().map(|&l| 4.0 * (l * l * heads * hd) as f64).sum();
    Ok(Case {
        op: "attention",
        shape: format!("f32 {segments} seg, T={t}, {heads}x{hd}"),
        dtype: DType::F32,
        check_inputs: feed(vec![
            ("q", rows(&tq, ct)),
            ("k", rows(&tk, ct)),
            ("v", rows(&tv, ct)),
            ("cu_seqlens", cu_seqlens(&lens[..check_segs])),
        ]),
        inputs: feed(vec![("q", tq), ("k", tk), ("v", tv), ("cu_seqlens", cu_seqlens(&lens))]),
        graph: g,
        checked: format!("{check_segs}/{segments} segments"),
        work: Work::Flops(flops),
    })
}

/// SigLIP's loss on L2-normalised embeddings with its initial temperature and bias.
fn sigmoid_loss(n: usize, d: usize) -> Result<Case, CliError> {
    let mut g = Graph::new();
    let x = g.input("img_emb", DType::F32, shape![n, d])?;
    let y = g.input("txt_emb", DType::F32, shape![n, d])?;
    let t = g.input("t_prime", DType::F32, Shape::scalar())?;
    let b = g.input("bias", DType::F32, Shape::scalar())?;
    let l = g.sigmoid_loss(x, y, t, b)?;
    g.set_output("loss", l);
    let mut rng = Rng(6);
    let mut normalised = || {
        let mut v = rng.tensor(&[n, d], 1.0).to_f32_vec();
        for row in v.chunks_mut(d) {
            let norm = row.iter().map(|a| a * a).sum::<f32>().sqrt().max(1e-12);
            row.iter_mut().for_each(|a| *a /= norm);
        }
        Tensor::from_f32(&[n, d], v)
    };
    let inputs = feed(vec![
        ("img_emb", normalised()),
        ("txt_emb", normalised()),
        ("t_prime", Tensor::from_f32(&[], vec![10f32.ln()])),
        ("bias", Tensor::from_f32(&[], vec![-10.0])),
    ]);
    Ok(Case {
        op: "sigmoid_loss",
        shape: format!("f32 N={n} D={d}"),
        dtype: DType::F32,
        check_inputs: inputs.clone(),
        inputs,
        graph: g,
        checked: "all".into(),
        work: Work::Flops(2.0 * (n * n * d) as f64),
    })
}

/// One pre-LN ViT-B layer (SigLIP B/16 sizes) on a packed batch of images.
fn vit(lens: &[usize]) -> Result<Case, CliError> {
    let c = VitConfig::base();
    let g = vit_block(&c)?;
    let t: usize = lens.iter().sum();
    let inputs = vit_inputs(&g, &c, lens)?;
    let check_segs = 1;
    let ct: usize = lens[..check_segs].iter().sum();
    let mut check_inputs = inputs.clone();
    check_inputs.insert("hidden_states".into(), rows(&inputs["hidden_states"], ct));
    check_inputs.insert("cu_seqlens".into(), cu_seqlens(&lens[..check_segs]));
    let h = c.hidden as f64;
    let linear = 2.0 * t as f64 * (4.0 * h * h + 2.0 * h * c.mlp as f64);
    let attn: f64 = lens.iter().map(|&l| 4.0 * (l * l) as f64 * h).sum();
    Ok(Case {
        op: "vit_block",
        shape: format!("f32 {} seg, T={t}, ViT-B", lens.len()),
        dtype: DType::F32,
        check_inputs,
        inputs,
        graph: g,
        checked: format!("{check_segs}/{} segments", lens.len()),
        work: Work::Flops(linear + attn),
    })
}

/// RINS on two ViT-B layers: layer 0 as a `Recurse` block applied twice, then layer 1
/// (three layer applications, the first two with shared weights).
fn vit_rins_case(lens: &[usize]) -> Result<Case, CliError> {
    use packfuse::models::rins::{vit_rins, RinsConfig};
    let c = VitConfig::base();
    let rins = RinsConfig::new(1, packfuse::ir::Times::Static(2));
    let mut case = vit(lens)?;
    let g = vit_rins(&c, 2, &rins)?;
    case.inputs = vit_inputs(&g, &c, lens)?;
    let ct = case.check_inputs["hidden_states"].shape()[0];
    case.check_inputs = case.inputs.clone();
    case.check_inputs.insert("hidden_states".into(), rows(&case.inputs["hidden_states"], ct));
    case.check_inputs.insert("cu_seqlens".into(), cu_seqlens(&lens[..1]));
    case.graph = g;
    case.op = "vit_rins";
    case.shape = format!("f32 {} seg, T={}, ViT-B r=2", lens.len(), lens.iter().sum::<usize>());
    if let Work::Flops(f) = case.work {
        case.work = Work::Flops(3.0 * f);
    }
    Ok(case)
}

/// Random activations and weights for every input and parameter of a ViT graph. Weights
/// are scaled like PyTorch's default init and norm weights sit around 1, so activations
/// stay O(1) through the layer.
fn vit_inputs(
    g: &Graph,
    c: &VitConfig,
    lens: &[usize],
) -> Result<HashMap<String, Tensor>, CliError> {
    let t: usize = lens.iter().sum();
    let mut rng = Rng(7);
    let mut inputs = HashMap::new();
    for (name, _, ty) in g.bound_names() {
        let value = match name {
            "hidden_states" => rng.tensor(&[t, c.hidden], 1.0),
            "cu_seqlens" => cu_seqlens(lens),
            _ => {
                let dims = ty.shape.as_static().ok_or_else(|| {
                    CliError::Input(format!(
                        "vit_block parameter {name} has a dynamic shape {}",
                        ty.shape
                    ))
                })?;
                if name.ends_with("norm1.weight") || name.ends_with("norm2.weight") {
                    let v = rng.tensor(&dims, 0.1).to_f32_vec().iter().map(|a| a + 1.0).collect();
                    Tensor::from_f32(&dims, v)
                } else {
                    let fan_in = *dims.last().unwrap_or(&1) as f32;
                    rng.tensor(&dims, 1.0 / fan_in.sqrt())
                }
            }
        };
        inputs.insert(name.to_string(), value);
    }
    Ok(inputs)
}
