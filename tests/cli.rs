//! The `packfuse` command line as outside checks use it: the built binary, its stdout, its
//! one-line errors and its safetensors files.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};

use packfuse::io;
use packfuse::{shape, DType, Graph, Tensor};

fn packfuse(args: &[&str]) -> Output {
    packfuse_env(args, &[])
}

/// Runs the binary with `PACKFUSE_DEVICE` cleared (tests choose the device themselves).
fn packfuse_env(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_packfuse"));
    cmd.args(args).env_remove("PACKFUSE_DEVICE");
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("the packfuse binary runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn assert_ok(o: &Output) -> String {
    assert!(o.status.success(), "exit {:?}, stderr:\n{}", o.status.code(), stderr(o));
    stdout(o)
}

/// A failure reported the way every failure must be: exit code 1, exactly one stderr line
/// starting with `error:`, no panic. Returns that line.
fn assert_one_line_error(o: &Output) -> String {
    let err = stderr(o);
    assert_eq!(o.status.code(), Some(1), "stderr:\n{err}");
    assert!(!err.contains("panicked"), "panic:\n{err}");
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 1, "expected one line, got:\n{err}");
    assert!(lines[0].starts_with("error: "), "{err}");
    lines[0].to_string()
}

/// A fresh path in this test binary's scratch folder.
fn scratch(name: &str) -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("cli");
    std::fs::create_dir_all(&dir).expect("scratch folder");
    let n = N.fetch_add(1, Ordering::Relaxed);
    dir.join(format!("{}-{n}-{name}", std::process::id()))
}

fn write_tensors(name: &str, tensors: &[(&str, Tensor)]) -> PathBuf {
    let path = scratch(name);
    let map: BTreeMap<String, Tensor> =
        tensors.iter().map(|(n, t)| (n.to_string(), t.clone())).collect();
    io::save(&map, &path).expect("write inputs");
    path
}

/// Runs `packfuse op <op> --inputs <tensors> --out <tmp> <extra>`, returning the process
/// output and the output path.
fn run_op(op: &str, tensors: &[(&str, Tensor)], extra: &[&str]) -> (Output, PathBuf) {
    let inputs = write_tensors(&format!("{op}-in.safetensors"), tensors);
    let out = scratch(&format!("{op}-out.safetensors"));
    let mut args =
        vec!["op", op, "--inputs", inputs.to_str().unwrap(), "--out", out.to_str().unwrap()];
    args.extend_from_slice(extra);
    (packfuse(&args), out)
}

/// Runs an op that must succeed; returns its output tensors.
fn op_ok(op: &str, tensors: &[(&str, Tensor)], extra: &[&str]) -> BTreeMap<String, Tensor> {
    let (o, out) = run_op(op, tensors, extra);
    assert_ok(&o);
    io::load(&out).expect("outputs are readable")
}

fn assert_close(got: &[f64], want: &[f64], tol: f64) {
    assert_eq!(got.len(), want.len());
    for (i, (g, w)) in got.iter().zip(want).enumerate() {
        assert!((g - w).abs() <= tol * (1.0 + w.abs()), "element {i}: got {g}, want {w}");
    }
}

fn f32s(shape: &[usize], v: &[f32]) -> Tensor {
    Tensor::from_f32(shape, v.to_vec())
}

/// Parses `kernels: N compiled: M cache_hits: H`.
fn parse_stats(line: &str) -> (usize, usize, usize) {
    let parts: Vec<&str> = line.split_whitespace().collect();
    assert_eq!(parts.len(), 6, "stats line {line:?}");
    assert_eq!(
        [parts[0], parts[2], parts[4]],
        ["kernels:", "compiled:", "cache_hits:"],
        "{line:?}"
    );
    let n = |s: &str| s.parse::<usize>().unwrap_or_else(|_| panic!("number in {line:?}"));
    (n(parts[1]), n(parts[3]), n(parts[5]))
}

// ---- devices ---------------------------------------------------------------------------

#[test]
fn devices_lists_every_kind() {
    let out = assert_ok(&packfuse(&["devices"]));
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 3, "{out}");
    for kind in ["cuda", "vulkan", "cpu"] {
        assert!(lines.iter().any(|l| l.starts_with(kind)), "{kind} missing:\n{out}");
    }
    let cpu = lines.iter().find(|l| l.starts_with("cpu")).unwrap();
    assert!(cpu.split_whitespace().nth(1) == Some("yes"), "{cpu}");
}

#[test]
fn an_unavailable_device_is_listed_and_refused_by_op() {
    let env = [("PACKFUSE_DEVICE", "cuda")];
    let out = assert_ok(&packfuse_env(&["devices"], &env));
    let cuda = out.lines().find(|l| l.starts_with("cuda")).expect("a cuda line");
    if cuda.split_whitespace().nth(1) == Some("yes") {
        return; // a machine with CUDA: nothing to refuse
    }
    let inputs = write_tensors("dev.safetensors", &[("x", f32s(&[2], &[1.0, 2.0]))]);
    let out = scratch("dev-out.safetensors");
    let args =
        ["op", "softmax", "--inputs", inputs.to_str().unwrap(), "--out", out.to_str().unwrap()];
    let line = assert_one_line_error(&packfuse_env(&args, &env));
    assert!(line.contains("cuda") && line.contains("not available"), "{line}");
    let line = assert_one_line_error(&packfuse(&["bench", "--quick", "--device", "cuda"]));
    assert!(line.contains("cuda"), "{line}");
}

#[test]
fn an_unknown_device_is_an_error() {
    let line = assert_one_line_error(&packfuse(&[
        "compile",
        "--builtin",
        "vit_block",
        "--emit",
        "plan",
        "--device",
        "tpu",
    ]));
    assert!(line.contains("tpu"), "{line}");
}

// ---- compile ---------------------------------------------------------------------------

#[test]
fn compile_emits_ir_and_plan() {
    let ir = assert_ok(&packfuse(&["compile", "--builtin", "vit_block", "--emit", "ir"]));
    assert!(ir.starts_with("graph {"), "{ir}");
    assert!(ir.contains("packed_attention") && ir.contains("output \"out\""), "{ir}");
    let plan = assert_ok(&packfuse(&["compile", "--builtin", "vit_block", "--emit", "plan"]));
    assert!(plan.starts_with("plan {"), "{plan}");
    assert!(plan.contains("attention") && plan.contains("output \"out\""), "{plan}");
}

/// A SigLIP 2 preset is a builtin: the whole model (both towers, the logits), compiled to a
/// plan with the preset's sizes (So400m/14 at 384²: 27×27 patches of 14 pixels).
#[test]
fn compile_siglip_preset_builtins() {
    let plan =
        assert_ok(&packfuse(&["compile", "--builtin", "siglip2-so400m14-384", "--emit", "plan"]));
    for out in ["image_embeds", "text_embeds", "logits_per_image", "logits_per_text"] {
        assert!(plan.contains(&format!("output \"{out}\"")), "no {out} in the plan");
    }
    let ir = assert_ok(&packfuse(&["compile", "--builtin", "siglip2-b16-naflex", "--emit", "ir"]));
    assert!(ir.contains("vision_model.embeddings.position_embedding.weight"), "{ir}");
    let unknown = assert_one_line_error(&packfuse(&["compile", "--builtin", "siglip2-b16-999"]));
    assert!(unknown.contains("siglip2-so400m16-naflex"), "the error lists the presets: {unknown}");
}

#[test]
fn compile_stats_line_and_cache() {
    let out = assert_ok(&packfuse(&[
        "compile",
        "--builtin",
        "vit_block",
        "--emit",
        "plan",
        "--stats",
        "--repeat",
        "2",
    ]));
    let stats: Vec<&str> = out.lines().filter(|l| l.starts_with("kernels:")).collect();
    assert_eq!(stats.len(), 2, "{out}");
    let (k1, c1, h1) = parse_stats(stats[0]);
    let (k2, c2, h2) = parse_stats(stats[1]);
    assert_eq!(c1 + h1, k1, "{}", stats[0]);
    assert!(c1 > 0, "the first compile builds kernels: {}", stats[0]);
    assert_eq!((k2, c2, h2), (k1, 0, k1), "the second compile is all cache hits: {}", stats[1]);
    assert!(k1 <= 10, "vit_block needs {k1} kernels, more than 10");
}

#[test]
fn compile_stats_after_ir() {
    let out = assert_ok(&packfuse(&["compile", "--builtin", "vit_block_tiny", "--stats"]));
    let last = out.lines().last().unwrap();
    parse_stats(last);
}

/// `disk_cache: off|hit|miss|rebuilt compile_ms: T`, the line before the kernels line.
fn parse_disk_line(out: &str) -> (String, f64) {
    let line = out.lines().find(|l| l.starts_with("disk_cache:")).expect("a disk_cache line");
    let parts: Vec<&str> = line.split_whitespace().collect();
    assert_eq!(parts.len(), 4, "{line:?}");
    assert_eq!([parts[0], parts[2]], ["disk_cache:", "compile_ms:"], "{line:?}");
    let ms = parts[3].parse().unwrap_or_else(|_| panic!("a number in {line:?}"));
    (parts[1].to_string(), ms)
}

/// With `PACKFUSE_CACHE_DIR`, a second process finds the plan on disk (the same plan, the
/// same kernel counts: kernels are built per process); a damaged entry is rebuilt, said
/// once on stderr. An empty `PACKFUSE_CACHE_DIR` is no cache.
#[test]
fn compile_with_the_disk_cache_across_processes() {
    let dir = scratch("plan-cache");
    let run = |dir: &str| {
        let args = ["compile", "--builtin", "vit_block_tiny", "--emit", "plan", "--stats"];
        packfuse_env(&args, &[("PACKFUSE_CACHE_DIR", dir)])
    };
    let cold = assert_ok(&run(dir.to_str().unwrap()));
    let warm = assert_ok(&run(dir.to_str().unwrap()));
    assert_eq!(parse_disk_line(&cold).0, "miss", "{cold}");
    assert_eq!(parse_disk_line(&warm).0, "hit", "{warm}");
    let plan = |out: &str| out.split("disk_cache:").next().unwrap().to_string();
    assert_eq!(plan(&cold), plan(&warm));
    let stats = |out: &str| parse_stats(out.lines().last().unwrap());
    assert_eq!(stats(&cold), stats(&warm));

    let entry = std::fs::read_dir(&dir).unwrap().next().unwrap().unwrap().path();
    std::fs::write(&entry, "garbage").unwrap();
    let o = run(dir.to_str().unwrap());
    let rebuilt = assert_ok(&o);
    assert_eq!(parse_disk_line(&rebuilt).0, "rebuilt", "{rebuilt}");
    assert_eq!(plan(&rebuilt), plan(&cold));
    let err = stderr(&o);
    assert!(err.lines().count() == 1 && err.contains("rebuilt"), "{err}");

    let off = assert_ok(&run(""));
    assert_eq!(parse_disk_line(&off).0, "off", "{off}");
}

#[test]
fn compile_reads_a_graph_file() {
    let mut g = Graph::new();
    let x = g.input("x", DType::F32, shape!["T", 8]).unwrap();
    let y = g.softmax(x, 1).unwrap();
    g.set_output("y", y);
    let path = scratch("graph.json");
    std::fs::write(&path, g.to_json()).unwrap();
    let out = assert_ok(&packfuse(&["compile", "--graph", path.to_str().unwrap(), "--emit", "ir"]));
    assert_eq!(out.trim_end(), g.to_string());
    let out =
        assert_ok(&packfuse(&["compile", path.to_str().unwrap(), "--emit", "plan", "--stats"]));
    assert!(out.starts_with("plan {"), "{out}");
}

#[test]
fn compile_bad_graph_files_are_one_line_errors() {
    let missing = scratch("does-not-exist.json");
    let line = assert_one_line_error(&packfuse(&["compile", "--graph", missing.to_str().unwrap()]));
    assert!(line.contains("does-not-exist.json"), "{line}");

    let malformed = scratch("malformed.json");
    std::fs::write(&malformed, "{\"nodes\": [ {\"op\": \"input\",\n oops").unwrap();
    let line =
        assert_one_line_error(&packfuse(&["compile", "--graph", malformed.to_str().unwrap()]));
    assert!(line.contains("malformed.json"), "{line}");

    let not_json = scratch("binary.json");
    std::fs::write(&not_json, [0xff, 0xfe, 0x00, 0x12]).unwrap();
    assert_one_line_error(&packfuse(&["compile", "--graph", not_json.to_str().unwrap()]));

    let unknown = assert_one_line_error(&packfuse(&["compile", "--builtin", "no_such_graph"]));
    assert!(unknown.contains("vit_block"), "the error lists the builtins: {unknown}");
}

#[test]
fn compile_a_graph_that_fails_verify() {
    let mut g = Graph::new();
    let a = g.input("a", DType::F32, shape![2, 3]).unwrap();
    let b = g.input("b", DType::F32, shape![3, 4]).unwrap();
    let y = g.matmul(a, b).unwrap();
    g.set_output("y", y);
    // Declare b as [5, 4]: the matmul's inner dims no longer agree.
    let mut json: serde_json::Value = serde_json::from_str(&g.to_json()).unwrap();
    json["nodes"][1]["type"]["shape"] = serde_json::json!([5, 4]);
    let path = scratch("unverified.json");
    std::fs::write(&path, json.to_string()).unwrap();
    for emit in ["ir", "plan"] {
        let line = assert_one_line_error(&packfuse(&[
            "compile",
            "--graph",
            path.to_str().unwrap(),
            "--emit",
            emit,
        ]));
        assert!(line.contains("%2") && line.contains("matmul"), "names the node: {line}");
    }
}

#[test]
fn usage_errors_exit_with_code_2() {
    for bad in [["--scale", "nan"], ["--scale", "inf"], ["--mask", "diagonal"]] {
        let mut args = vec!["op", "attention", "--inputs", "x", "--out", "y"];
        args.extend(bad);
        let o = packfuse(&args);
        assert_eq!(o.status.code(), Some(2), "{bad:?}: {}", stderr(&o));
    }
    let o = packfuse(&["op", "layer-norm", "--inputs", "x", "--out", "y", "--eps", "-1"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let o = packfuse(&["compile"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(!stderr(&o).contains("panicked"));
    let o = packfuse(&["op", "softmax"]);
    assert_eq!(o.status.code(), Some(2));
    let o = packfuse(&["no-such-command"]);
    assert_eq!(o.status.code(), Some(2));
}

// ---- op: values --------------------------------------------------------------------------

#[test]
fn op_softmax_round_trip() {
    let x = [1.0f32, 2.0, 3.0, 0.0, 0.0, -1.0];
    let out = op_ok("softmax", &[("x", f32s(&[2, 3], &x))], &[]);
    let y = &out["out"];
    assert_eq!((y.dtype(), y.shape()), (DType::F32, &[2usize, 3][..]));
    let mut want = Vec::new();
    for row in x.chunks(3) {
        let m = row.iter().fold(f64::MIN, |m, &v| m.max(v as f64));
        let e: Vec<f64> = row.iter().map(|&v| (v as f64 - m).exp()).collect();
        let s: f64 = e.iter().sum();
        want.extend(e.iter().map(|v| v / s));
    }
    assert_close(&y.to_f64_vec(), &want, 1e-6);

    // Along the first axis: each column sums to one.
    let out = op_ok("softmax", &[("x", f32s(&[2, 3], &x))], &["--axis", "0"]);
    let y = out["out"].to_f64_vec();
    for c in 0..3 {
        let (a, b) = ((x[c] as f64).exp(), (x[3 + c] as f64).exp());
        assert_close(&[y[c], y[3 + c]], &[a / (a + b), b / (a + b)], 1e-6);
    }
}

#[test]
fn op_softmax_in_bf16() {
    let x = [0.5f32, -1.0, 2.0, 0.25];
    let out = op_ok("softmax", &[("x", f32s(&[4], &x))], &["--dtype", "bf16"]);
    let y = &out["out"];
    assert_eq!(y.dtype(), DType::BF16);
    let e: Vec<f64> = x.iter().map(|&v| DType::BF16.round(v as f64).exp()).collect();
    let s: f64 = e.iter().sum();
    let want: Vec<f64> = e.iter().map(|v| v / s).collect();
    assert_close(&y.to_f64_vec(), &want, 1e-2);
}

#[test]
fn op_matmul_values() {
    let a = f32s(&[2, 3], &[1.0, 2.0, 3.0, 4.0, 5.0, 6.0]);
    let b = f32s(&[3, 2], &[7.0, 8.0, 9.0, 10.0, 11.0, 12.0]);
    let out = op_ok("matmul", &[("a", a), ("b", b)], &[]);
    assert_eq!(out["out"].shape(), &[2, 2]);
    assert_close(&out["out"].to_f64_vec(), &[58.0, 64.0, 139.0, 154.0], 1e-6);
}

#[test]
fn op_repeat_prints_the_median_time() {
    let a = f32s(&[2, 3], &[1.0, 2.0, 3.0, 4.0, 5.0, 6.0]);
    let b = f32s(&[3, 2], &[7.0, 8.0, 9.0, 10.0, 11.0, 12.0]);
    let (o, out) = run_op("matmul", &[("a", a), ("b", b)], &["--repeat", "3", "--device", "cpu"]);
    let text = assert_ok(&o);
    let line = text.lines().find(|l| l.starts_with("time on cpu: median ")).unwrap_or_else(|| {
        panic!("no timing line in {text:?}");
    });
    assert!(line.ends_with("over 3 runs (host transfers included)"), "{line}");
    // The written outputs are those of the first run, unchanged by the timed ones.
    let out = io::load(&out).expect("outputs are readable");
    assert_close(&out["out"].to_f64_vec(), &[58.0, 64.0, 139.0, 154.0], 1e-6);
}

/// Whether `packfuse devices` finds Vulkan; without it, `test` is said on stderr as
/// skipped, unless `PACKFUSE_REQUIRE_VULKAN=1` makes that a failure.
fn vulkan_here(test: &str) -> bool {
    let devices = assert_ok(&packfuse(&["devices"]));
    let vulkan = devices.lines().find(|l| l.starts_with("vulkan")).expect("a vulkan line");
    if vulkan.split_whitespace().nth(1) == Some("yes") {
        return true;
    }
    assert!(
        std::env::var("PACKFUSE_REQUIRE_VULKAN").map_or(true, |v| v != "1"),
        "vulkan was required: {vulkan}"
    );
    eprintln!("SKIPPED {test}: {vulkan}");
    false
}

/// On a device, `--repeat` also prints the most its memory pools held after a run: at least
/// the inputs and the output, which live on the device while the plan runs. On the CPU
/// there is no such line. `PACKFUSE_PROFILE=host` adds its line to each device run.
/// Skipped (said on stderr) without Vulkan, unless
/// `PACKFUSE_REQUIRE_VULKAN=1`.
#[test]
fn op_repeat_on_a_device_prints_its_memory() {
    let (m, k, n) = (64, 256, 128);
    let a = f32s(&[m, k], &vec![0.5; m * k]);
    let b = f32s(&[k, n], &vec![0.25; k * n]);
    let (o, _) = run_op(
        "matmul",
        &[("a", a.clone()), ("b", b.clone())],
        &["--repeat", "2", "--device", "cpu"],
    );
    assert!(!assert_ok(&o).contains("device memory"), "the CPU has no device memory");
    if !vulkan_here("op_repeat_on_a_device_prints_its_memory") {
        return;
    }
    let (o, _) = run_op("matmul", &[("a", a), ("b", b)], &["--repeat", "2", "--device", "vulkan"]);
    let text = assert_ok(&o);
    let line = text.lines().find(|l| l.starts_with("device memory: max ")).unwrap_or_else(|| {
        panic!("no device memory line in {text:?}");
    });
    let mib: Vec<f64> = line.split_whitespace().filter_map(|w| w.parse().ok()).collect();
    let [reserved, in_use] = mib[..] else { panic!("two sizes expected: {line}") };
    let held = ((m * k + k * n + m * n) * 4) as f64 / (1 << 20) as f64;
    assert!(
        reserved >= in_use && reserved + 0.05 >= held,
        "{line} (inputs and output: {held:.2} MiB)"
    );
    // PACKFUSE_PROFILE=host: one line a run (the first and the timed one), on stderr.
    let two = |v: f32| f32s(&[2, 2], &[v; 4]);
    let inputs = write_tensors("host-in.safetensors", &[("a", two(1.0)), ("b", two(2.0))]);
    let out = scratch("host-out.safetensors");
    let (i, o) = (inputs.to_str().unwrap(), out.to_str().unwrap());
    let args = ["op", "matmul", "--inputs", i, "--out", o, "--device", "vulkan", "--repeat", "1"];
    let run = packfuse_env(&args, &[("PACKFUSE_PROFILE", "host")]);
    assert_ok(&run);
    let err = stderr(&run);
    let lines: Vec<&str> =
        err.lines().filter(|l| l.starts_with("profile (host): 1 launches issued in ")).collect();
    assert_eq!(lines.len(), 2, "{err}");
    assert!(lines.iter().all(|l| l.contains("the outputs were back")), "{err}");
}

#[test]
fn packfuse_profile_prints_where_each_run_spent_its_time() {
    let a = f32s(&[2, 3], &[1.0, 2.0, 3.0, 4.0, 5.0, 6.0]);
    let b = f32s(&[3, 2], &[7.0, 8.0, 9.0, 10.0, 11.0, 12.0]);
    let inputs = write_tensors("profile-in.safetensors", &[("a", a), ("b", b)]);
    let out = scratch("profile-out.safetensors");
    let args =
        ["op", "matmul", "--inputs", inputs.to_str().unwrap(), "--out", out.to_str().unwrap()];
    let args: Vec<&str> = args.into_iter().chain(["--device", "cpu", "--repeat", "2"]).collect();
    let o = packfuse_env(&args, &[("PACKFUSE_PROFILE", "1")]);
    assert_ok(&o);
    let err = stderr(&o);
    // One table per run (the first run and two timed ones), each a header and its rows.
    let headers: Vec<&str> = err.lines().filter(|l| l.starts_with("profile: ")).collect();
    assert_eq!(headers.len(), 3, "{err}");
    assert!(headers[0].starts_with("profile: 1 launches, "), "{err}");
    let row =
        err.lines().find(|l| l.contains("matmul -> [2, 2]")).unwrap_or_else(|| panic!("{err}"));
    assert!(row.contains("100.0%") && row.contains(" 1x "), "{row}");
    // Off by default and with PACKFUSE_PROFILE=0.
    for env in [&[][..], &[("PACKFUSE_PROFILE", "0")][..]] {
        let o = packfuse_env(&args, env);
        assert_ok(&o);
        assert!(!stderr(&o).contains("profile:"), "{}", stderr(&o));
    }
}

#[test]
fn op_norms_and_gelu_values() {
    let x = [1.0f32, 2.0, 3.0, 4.0, -1.0, 0.0, 1.0, 2.0];
    let w = [0.5f32, 1.0, 1.5, 2.0];
    let b = [0.0f32, 0.1, 0.2, 0.3];
    let eps = 1e-6;
    let mut ln = Vec::new();
    let mut rms = Vec::new();
    for row in x.chunks(4) {
        let row: Vec<f64> = row.iter().map(|&v| v as f64).collect();
        let mean = row.iter().sum::<f64>() / 4.0;
        let var = row.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / 4.0;
        let ms = row.iter().map(|v| v * v).sum::<f64>() / 4.0;
        for i in 0..4 {
            ln.push((row[i] - mean) / (var + eps).sqrt() * w[i] as f64 + b[i] as f64);
            rms.push(row[i] / (ms + eps).sqrt() * (1.0 + w[i] as f64));
        }
    }
    let t = |v: &[f32], s: &[usize]| f32s(s, v);
    let out = op_ok(
        "layer-norm",
        &[("x", t(&x, &[2, 4])), ("weight", t(&w, &[4])), ("bias", t(&b, &[4]))],
        &[],
    );
    assert_close(&out["out"].to_f64_vec(), &ln, 1e-5);
    let out = op_ok("rms-norm", &[("x", t(&x, &[2, 4])), ("weight", t(&w, &[4]))], &["--add-one"]);
    assert_close(&out["out"].to_f64_vec(), &rms, 1e-5);

    let out = op_ok("gelu-tanh", &[("x", t(&x, &[8]))], &[]);
    let gelu: Vec<f64> = x
        .iter()
        .map(|&v| {
            let v = v as f64;
            let k = (2.0 / std::f64::consts::PI).sqrt();
            0.5 * v * (1.0 + (k * (v + 0.044715 * v * v * v)).tanh())
        })
        .collect();
    assert_close(&out["out"].to_f64_vec(), &gelu, 1e-5);
}

#[test]
fn op_sigmoid_loss_value() {
    let x = [0.6f32, 0.8, 1.0, 0.0];
    let y = [1.0f32, 0.0, 0.0, 1.0];
    let (tp, bias) = (1.0f32, -2.0f32);
    let mut want = 0.0;
    for i in 0..2 {
        for j in 0..2 {
            let dot: f64 = (0..2).map(|k| x[2 * i + k] as f64 * y[2 * j + k] as f64).sum();
            let z = if i == j { 1.0 } else { -1.0 };
            let logit = (tp as f64).exp() * dot + bias as f64;
            want -= -(1.0 + (-z * logit).exp()).ln() / 2.0;
        }
    }
    let out = op_ok(
        "sigmoid-loss",
        &[
            ("img_emb", f32s(&[2, 2], &x)),
            ("txt_emb", f32s(&[2, 2], &y)),
            ("t_prime", f32s(&[], &[tp])),
            ("bias", f32s(&[1], &[bias])),
        ],
        &[],
    );
    assert_close(&out["loss"].to_f64_vec(), &[want], 1e-5);
}

/// Attention of each segment separately, written out by hand: `q [Tq, Hq, D]`,
/// `k`, `v [Tk, Hk, D]`, query head `h` reads kv head `h / (Hq / Hk)`; `causal` aligns the
/// diagonal to the end of the segment.
#[allow(clippy::too_many_arguments)]
fn attention_reference(
    q: &[f32],
    k: &[f32],
    v: &[f32],
    (hq, hk, d): (usize, usize, usize),
    cu_q: &[i32],
    cu_k: &[i32],
    causal: bool,
    scale: f64,
) -> Vec<f64> {
    let tq = q.len() / (hq * d);
    let mut out = vec![0.0; tq * hq * d];
    for s in 0..cu_q.len() - 1 {
        let (q0, q1) = (cu_q[s] as usize, cu_q[s + 1] as usize);
        let (k0, k1) = (cu_k[s] as usize, cu_k[s + 1] as usize);
        let (lq, lk) = (q1 - q0, k1 - k0);
        for h in 0..hq {
            let kh = h / (hq / hk);
            for i in 0..lq {
                let visible = |j: usize| !causal || j + lq <= i + lk;
                let qi = &q[((q0 + i) * hq + h) * d..][..d];
                let logits: Vec<f64> = (0..lk)
                    .map(|j| {
                        let kj = &k[((k0 + j) * hk + kh) * d..][..d];
                        qi.iter().zip(kj).map(|(a, b)| *a as f64 * *b as f64).sum::<f64>() * scale
                    })
                    .collect();
                let m = (0..lk).filter(|&j| visible(j)).map(|j| logits[j]).fold(f64::MIN, f64::max);
                let p: Vec<f64> =
                    (0..lk).map(|j| if visible(j) { (logits[j] - m).exp() } else { 0.0 }).collect();
                let sum: f64 = p.iter().sum();
                for c in 0..d {
                    let acc: f64 =
                        (0..lk).map(|j| p[j] * v[((k0 + j) * hk + kh) * d + c] as f64).sum();
                    out[((q0 + i) * hq + h) * d + c] = acc / sum;
                }
            }
        }
    }
    out
}

fn pattern(n: usize, seed: u32) -> Vec<f32> {
    (0..n)
        .map(|i| (((i as u32).wrapping_mul(2_654_435_761) ^ seed) % 1000) as f32 / 500.0 - 1.0)
        .collect()
}

#[test]
fn op_attention_matches_a_per_segment_reference() {
    let (hq, hk, d) = (2, 1, 4);
    let cu = [0i32, 3, 4, 9];
    let t = 9;
    let (q, k, v) = (pattern(t * hq * d, 1), pattern(t * hk * d, 2), pattern(t * hk * d, 3));
    let tensors = [
        ("q", f32s(&[t, hq, d], &q)),
        ("k", f32s(&[t, hk, d], &k)),
        ("v", f32s(&[t, hk, d], &v)),
        ("cu_seqlens", Tensor::from_i32(&[4], cu.to_vec())),
    ];
    let scale = 1.0 / (d as f64).sqrt();
    let full = attention_reference(&q, &k, &v, (hq, hk, d), &cu, &cu, false, scale);
    let out = op_ok("attention", &tensors, &[]);
    assert_eq!(out["out"].shape(), &[t, hq, d]);
    assert_close(&out["out"].to_f64_vec(), &full, 1e-5);

    let causal = attention_reference(&q, &k, &v, (hq, hk, d), &cu, &cu, true, 0.3);
    let out = op_ok("attention", &tensors, &["--mask", "causal", "--scale", "0.3"]);
    assert_close(&out["out"].to_f64_vec(), &causal, 1e-5);
}

#[test]
fn op_attention_with_separate_query_and_key_segments() {
    // One query per segment (a pooling head) over segments of 2, 3 and 1 keys.
    let (hq, hk, d) = (2, 2, 3);
    let (cu_q, cu_k) = ([0i32, 1, 2, 3], [0i32, 2, 5, 6]);
    let (q, k, v) = (pattern(3 * hq * d, 4), pattern(6 * hk * d, 5), pattern(6 * hk * d, 6));
    let tensors = [
        ("q", f32s(&[3, hq, d], &q)),
        ("k", f32s(&[6, hk, d], &k)),
        ("v", f32s(&[6, hk, d], &v)),
        ("cu_seqlens_q", Tensor::from_i32(&[4], cu_q.to_vec())),
        ("cu_seqlens_k", Tensor::from_i32(&[4], cu_k.to_vec())),
    ];
    let want = attention_reference(&q, &k, &v, (hq, hk, d), &cu_q, &cu_k, false, 1.0 / 3f64.sqrt());
    let out = op_ok("attention", &tensors, &[]);
    assert_close(&out["out"].to_f64_vec(), &want, 1e-5);
}

/// `--backward` writes out, lse, dq, dk, dv; a few gradient entries are checked against
/// central differences of `Σ dout ∘ out` computed by the CLI's own forward.
#[test]
fn op_attention_backward_matches_finite_differences() {
    let (hq, hk, d) = (2, 1, 4);
    let cu = [0i32, 3, 4, 9];
    let t = 9;
    let (q, k, v) = (pattern(t * hq * d, 7), pattern(t * hk * d, 8), pattern(t * hk * d, 9));
    let dout = pattern(t * hq * d, 10);
    let tensors = |q: &[f32], k: &[f32], v: &[f32]| {
        vec![
            ("q", f32s(&[t, hq, d], q)),
            ("k", f32s(&[t, hk, d], k)),
            ("v", f32s(&[t, hk, d], v)),
            ("dout", f32s(&[t, hq, d], &dout)),
            ("cu_seqlens", Tensor::from_i32(&[4], cu.to_vec())),
            ("prefix_lens", Tensor::from_i32(&[3], vec![2, 0, 3])),
        ]
    };
    let args = ["--mask", "prefix-lm", "--backward"];
    let out = op_ok("attention", &tensors(&q, &k, &v), &args);
    let names: Vec<&str> = out.keys().map(String::as_str).collect();
    assert_eq!(names, ["dk", "dq", "dv", "lse", "out"]);
    assert_eq!(out["lse"].shape(), &[hq, t]);
    assert_eq!(out["dk"].shape(), &[t, hk, d]);
    let loss = |q: &[f32], k: &[f32], v: &[f32]| -> f64 {
        let o = op_ok("attention", &tensors(q, k, v), &["--mask", "prefix-lm"]);
        o["out"].to_f64_vec().iter().zip(&dout).map(|(o, g)| o * *g as f64).sum()
    };
    let h = 1e-2f32;
    for (which, idx) in [("dq", 5), ("dk", 6), ("dv", 13)] {
        let mut inputs = [q.clone(), k.clone(), v.clone()];
        let slot = ["dq", "dk", "dv"].iter().position(|&n| n == which).unwrap();
        inputs[slot][idx] += h;
        let up = loss(&inputs[0], &inputs[1], &inputs[2]);
        inputs[slot][idx] -= 2.0 * h;
        let down = loss(&inputs[0], &inputs[1], &inputs[2]);
        let numeric = (up - down) / (2.0 * h as f64);
        let analytic = out[which].to_f64_vec()[idx];
        assert!(
            (numeric - analytic).abs() <= 1e-2 * (1.0 + analytic.abs()),
            "{which}[{idx}]: analytic {analytic}, numeric {numeric}"
        );
    }
    // Without dout, --backward names the missing tensor.
    let mut no_dout = tensors(&q, &k, &v);
    no_dout.retain(|(n, _)| *n != "dout");
    let (o, _) = run_op("attention", &no_dout, &args);
    let line = assert_one_line_error(&o);
    assert!(line.contains("\"dout\""), "{line}");
}

/// `--backward` (with and without `--normalize`) writes loss, d_img_emb, d_txt_emb,
/// d_t_prime, d_bias; a few entries of each are checked against central differences of the
/// loss computed by the CLI's own forward (in f64 inputs' f32 form).
#[test]
fn op_sigmoid_loss_backward_matches_finite_differences() {
    let (n, d) = (5, 3);
    let (x, y) = (pattern(n * d, 21), pattern(n * d, 22));
    let tensors = |x: &[f32], y: &[f32], tp: f32, b: f32| {
        vec![
            ("img_emb", f32s(&[n, d], x)),
            ("txt_emb", f32s(&[n, d], y)),
            ("t_prime", f32s(&[], &[tp])),
            ("bias", f32s(&[1], &[b])),
        ]
    };
    let (tp, b) = (0.7f32, -1.5f32);
    for flags in [&["--backward"][..], &["--backward", "--normalize"][..]] {
        let fwd_flags: Vec<&str> = flags.iter().copied().filter(|f| *f != "--backward").collect();
        let out = op_ok("sigmoid-loss", &tensors(&x, &y, tp, b), flags);
        let names: Vec<&str> = out.keys().map(String::as_str).collect();
        assert_eq!(names, ["d_bias", "d_img_emb", "d_t_prime", "d_txt_emb", "loss"]);
        assert_eq!(out["d_img_emb"].shape(), &[n, d]);
        assert_eq!(out["d_t_prime"].shape(), &[] as &[usize]);
        assert_eq!(out["d_bias"].shape(), &[1]);
        let loss = |x: &[f32], y: &[f32], tp: f32, b: f32| -> f64 {
            op_ok("sigmoid-loss", &tensors(x, y, tp, b), &fwd_flags)["loss"].to_f64_vec()[0]
        };
        let h = 1e-2f32;
        let central = |f: &dyn Fn(f32) -> f64| (f(h) - f(-h)) / (2.0 * h as f64);
        let mut checks: Vec<(&str, f64, f64)> = Vec::new();
        for idx in [0, 7, 14] {
            let dx = central(&|e| {
                let mut x2 = x.clone();
                x2[idx] += e;
                loss(&x2, &y, tp, b)
            });
            checks.push(("d_img_emb", dx, out["d_img_emb"].to_f64_vec()[idx]));
            let dy = central(&|e| {
                let mut y2 = y.clone();
                y2[idx] += e;
                loss(&x, &y2, tp, b)
            });
            checks.push(("d_txt_emb", dy, out["d_txt_emb"].to_f64_vec()[idx]));
        }
        checks.push((
            "d_t_prime",
            central(&|e| loss(&x, &y, tp + e, b)),
            out["d_t_prime"].to_f64_vec()[0],
        ));
        checks.push((
            "d_bias",
            central(&|e| loss(&x, &y, tp, b + e)),
            out["d_bias"].to_f64_vec()[0],
        ));
        for (name, numeric, analytic) in checks {
            assert!(
                (numeric - analytic).abs() <= 1e-2 * (1e-2 + analytic.abs()),
                "{flags:?} {name}: analytic {analytic}, numeric {numeric}"
            );
        }
    }
    // A zero row under --normalize is a one-line error naming the row.
    let mut zero = x.clone();
    zero[2 * d..3 * d].fill(0.0);
    let (o, _) = run_op("sigmoid-loss", &tensors(&zero, &y, tp, b), &["--normalize"]);
    let line = assert_one_line_error(&o);
    assert!(line.contains("row 2 of x"), "{line}");
}

// ---- op: bad input -----------------------------------------------------------------------

#[test]
fn op_missing_tensor() {
    let (o, _) = run_op("matmul", &[("a", f32s(&[2, 2], &[1.0; 4]))], &[]);
    let line = assert_one_line_error(&o);
    assert!(line.contains("\"b\""), "{line}");
    let (o, _) = run_op("attention", &[("q", f32s(&[1, 1, 2], &[1.0; 2]))], &[]);
    assert!(assert_one_line_error(&o).contains("\"k\""));
}

#[test]
fn op_inputs_file_problems() {
    let good = write_tensors("good.safetensors", &[("x", f32s(&[4], &[1.0, 2.0, 3.0, 4.0]))]);
    let bytes = std::fs::read(&good).unwrap();
    for cut in [0, 5, 8, 20, bytes.len() / 2, bytes.len() - 1] {
        let truncated = scratch("truncated.safetensors");
        std::fs::write(&truncated, &bytes[..cut]).unwrap();
        let out = scratch("never.safetensors");
        let args = [
            "op",
            "softmax",
            "--inputs",
            truncated.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ];
        let line = assert_one_line_error(&packfuse(&args));
        assert!(line.contains("truncated.safetensors"), "{line}");
        assert!(!out.exists(), "no output is written on error");
    }
    let missing = scratch("absent.safetensors");
    let args = ["op", "softmax", "--inputs", missing.to_str().unwrap(), "--out", "/dev/null"];
    assert!(assert_one_line_error(&packfuse(&args)).contains("absent.safetensors"));
}

#[test]
fn op_wrong_dtype() {
    let (o, _) = run_op(
        "matmul",
        &[("a", Tensor::from_i32(&[2, 2], vec![1; 4])), ("b", f32s(&[2, 2], &[1.0; 4]))],
        &[],
    );
    let line = assert_one_line_error(&o);
    assert!(line.contains("\"a\"") && line.contains("i32"), "{line}");

    let cu_f32 = [
        ("q", f32s(&[2, 1, 2], &[1.0; 4])),
        ("k", f32s(&[2, 1, 2], &[1.0; 4])),
        ("v", f32s(&[2, 1, 2], &[1.0; 4])),
        ("cu_seqlens", f32s(&[2], &[0.0, 2.0])),
    ];
    let (o, _) = run_op("attention", &cu_f32, &[]);
    let line = assert_one_line_error(&o);
    assert!(line.contains("cu_seqlens") && line.contains("i32"), "{line}");

    let mixed = [("a", f32s(&[2, 2], &[1.0; 4])), ("b", f32s(&[2, 2], &[1.0; 4]).cast(DType::F16))];
    let (o, _) = run_op("matmul", &mixed, &[]);
    assert!(assert_one_line_error(&o).contains("--dtype"));
    let out = op_ok("matmul", &mixed, &["--dtype", "f32"]);
    assert_close(&out["out"].to_f64_vec(), &[2.0; 4], 0.0);
}

#[test]
fn op_wrong_shape() {
    let (o, _) =
        run_op("matmul", &[("a", f32s(&[2, 3], &[1.0; 6])), ("b", f32s(&[4, 2], &[1.0; 8]))], &[]);
    let line = assert_one_line_error(&o);
    assert!(
        line.contains("matmul") && line.contains("[2, 3]") && line.contains("[4, 2]"),
        "{line}"
    );

    let (o, _) =
        run_op("matmul", &[("a", f32s(&[3], &[1.0; 3])), ("b", f32s(&[3, 1], &[1.0; 3]))], &[]);
    assert!(assert_one_line_error(&o).contains("\"a\""));

    let rank2_q = [
        ("q", f32s(&[2, 2], &[1.0; 4])),
        ("k", f32s(&[2, 1, 2], &[1.0; 4])),
        ("v", f32s(&[2, 1, 2], &[1.0; 4])),
        ("cu_seqlens", Tensor::from_i32(&[2], vec![0, 2])),
    ];
    let (o, _) = run_op("attention", &rank2_q, &[]);
    assert!(assert_one_line_error(&o).contains("\"q\""));

    let (o, _) = run_op(
        "layer-norm",
        &[
            ("x", f32s(&[2, 3], &[1.0; 6])),
            ("weight", f32s(&[4], &[1.0; 4])),
            ("bias", f32s(&[3], &[0.0; 3])),
        ],
        &[],
    );
    assert_one_line_error(&o);

    let (o, _) = run_op("softmax", &[("x", f32s(&[2, 3], &[1.0; 6]))], &["--axis", "2"]);
    assert!(assert_one_line_error(&o).contains("--axis"));
}

#[test]
fn op_bad_run_time_data() {
    // cu_seqlens ends past the tokens: the kernel refuses, the CLI reports one line.
    let bad_cu = [
        ("q", f32s(&[2, 1, 2], &[1.0; 4])),
        ("k", f32s(&[2, 1, 2], &[1.0; 4])),
        ("v", f32s(&[2, 1, 2], &[1.0; 4])),
        ("cu_seqlens", Tensor::from_i32(&[2], vec![0, 7])),
    ];
    let (o, _) = run_op("attention", &bad_cu, &[]);
    assert_one_line_error(&o);

    let (o, _) = run_op("attention", &bad_cu, &["--mask", "prefix-lm"]);
    assert!(assert_one_line_error(&o).contains("prefix_lens"));
}

/// An op, its input tensors and its extra arguments.
type OpCase<'a> = (&'a str, Vec<(&'a str, Tensor)>, Vec<&'a str>);

/// Odd but well-formed files: each run either succeeds or fails with one line, never panics.
#[test]
fn op_odd_inputs_never_panic() {
    let qkv = |t: usize, h: usize, d: usize| f32s(&[t, h, d], &pattern(t * h * d, 9));
    let cu = |v: &[i32]| Tensor::from_i32(&[v.len()], v.to_vec());
    let attention = |q: Tensor, k: Tensor, v: Tensor, c: Tensor| {
        vec![("q", q), ("k", k), ("v", v), ("cu_seqlens", c)]
    };
    let cases: Vec<OpCase> = vec![
        ("attention", attention(qkv(3, 2, 4), qkv(3, 2, 4), qkv(3, 2, 4), cu(&[0, -1, 3])), vec![]),
        ("attention", attention(qkv(3, 2, 4), qkv(3, 2, 4), qkv(3, 2, 4), cu(&[0, 3, 2])), vec![]),
        ("attention", attention(qkv(3, 2, 4), qkv(3, 2, 4), qkv(3, 2, 4), cu(&[1, 3])), vec![]),
        ("attention", attention(qkv(3, 2, 4), qkv(3, 2, 4), qkv(3, 2, 4), cu(&[])), vec![]),
        ("attention", attention(qkv(3, 2, 4), qkv(3, 2, 4), qkv(3, 2, 4), cu(&[0])), vec![]),
        ("attention", attention(qkv(0, 2, 4), qkv(0, 2, 4), qkv(0, 2, 4), cu(&[0, 0])), vec![]),
        ("attention", attention(qkv(3, 3, 4), qkv(3, 2, 4), qkv(3, 2, 4), cu(&[0, 3])), vec![]),
        ("attention", attention(qkv(3, 2, 4), qkv(3, 2, 5), qkv(3, 2, 5), cu(&[0, 3])), vec![]),
        ("attention", attention(qkv(3, 2, 4), qkv(3, 2, 4), qkv(2, 2, 4), cu(&[0, 3])), vec![]),
        (
            "attention",
            [
                attention(qkv(3, 2, 4), qkv(3, 2, 4), qkv(3, 2, 4), cu(&[0, 3])),
                vec![("prefix_lens", cu(&[7]))],
            ]
            .concat(),
            vec!["--mask", "prefix-lm"],
        ),
        (
            "attention",
            [
                attention(qkv(3, 2, 4), qkv(3, 2, 4), qkv(3, 2, 4), cu(&[0, 3])),
                vec![("prefix_lens", cu(&[-2, 1]))],
            ]
            .concat(),
            vec!["--mask", "prefix-lm"],
        ),
        ("softmax", vec![("x", f32s(&[], &[1.0]))], vec![]),
        ("softmax", vec![("x", f32s(&[0, 3], &[]))], vec![]),
        ("softmax", vec![("x", f32s(&[2], &[f32::INFINITY, f32::NAN]))], vec![]),
        ("matmul", vec![("a", f32s(&[0, 3], &[])), ("b", f32s(&[3, 0], &[]))], vec![]),
        ("matmul", vec![("a", f32s(&[2, 0], &[])), ("b", f32s(&[0, 2], &[]))], vec![]),
        (
            "matmul",
            vec![("a", f32s(&[2, 2, 2], &[1.0; 8])), ("b", f32s(&[3, 2, 2], &[1.0; 12]))],
            vec![],
        ),
        (
            "layer-norm",
            vec![("x", f32s(&[2, 0], &[])), ("weight", f32s(&[0], &[])), ("bias", f32s(&[0], &[]))],
            vec![],
        ),
        (
            "rms-norm",
            vec![("x", f32s(&[1, 2], &[0.0; 2])), ("weight", f32s(&[2], &[1.0; 2]))],
            vec!["--eps", "0"],
        ),
        ("gelu-tanh", vec![("x", Tensor::from_i32(&[2], vec![1, 2]))], vec![]),
        ("gelu-tanh", vec![("x", f32s(&[], &[3.0]))], vec![]),
        (
            "sigmoid-loss",
            vec![
                ("img_emb", f32s(&[0, 2], &[])),
                ("txt_emb", f32s(&[0, 2], &[])),
                ("t_prime", f32s(&[], &[1.0])),
                ("bias", f32s(&[], &[0.0])),
            ],
            vec![],
        ),
        (
            "sigmoid-loss",
            vec![
                ("img_emb", f32s(&[2, 2], &[1.0; 4])),
                ("txt_emb", f32s(&[3, 2], &[1.0; 6])),
                ("t_prime", f32s(&[2], &[1.0, 1.0])),
                ("bias", f32s(&[], &[0.0])),
            ],
            vec![],
        ),
    ];
    for (i, (op, tensors, extra)) in cases.iter().enumerate() {
        let (o, _) = run_op(op, tensors, extra);
        if !o.status.success() {
            let err = stderr(&o);
            assert!(!err.contains("panicked"), "case {i} ({op}) panicked:\n{err}");
            assert_eq!(o.status.code(), Some(1), "case {i} ({op}):\n{err}");
            assert_eq!(err.lines().count(), 1, "case {i} ({op}):\n{err}");
        }
    }
}

// ---- bench -------------------------------------------------------------------------------

#[test]
fn bench_quick_prints_the_table_and_passes() {
    let out = assert_ok(&packfuse(&["bench", "--quick"]));
    let header = out.lines().find(|l| l.starts_with("op ")).expect("a header row");
    for col in ["shape", "device", "median", "rate", "max err", "checked"] {
        assert!(header.contains(col), "{header}");
    }
    // Rows: every line between the header and the summary.
    let rows: Vec<&str> = out
        .lines()
        .skip_while(|l| !l.starts_with("op "))
        .skip(1)
        .take_while(|l| !l.starts_with("all "))
        .collect();
    assert!(rows.len() >= 7, "{out}");
    for r in &rows {
        assert!(r.contains(" cpu "), "{r}");
        assert!(r.contains("GFLOP/s") || r.contains("GB/s"), "{r}");
    }
    for op in
        ["matmul", "elementwise", "layer_norm", "softmax", "attention", "sigmoid_loss", "vit_block"]
    {
        assert!(rows.iter().any(|r| r.starts_with(op)), "no {op} row:\n{out}");
    }
    assert!(out.trim_end().ends_with("within tolerance"), "{out}");
}

/// On a device the bench keeps each case's inputs there (uploaded once), says so, and every
/// case still matches the reference. Skipped (said on stderr) without Vulkan, unless
/// `PACKFUSE_REQUIRE_VULKAN=1`.
#[test]
fn bench_on_a_device_keeps_the_inputs_there() {
    if !vulkan_here("bench_on_a_device_keeps_the_inputs_there") {
        return;
    }
    let out = assert_ok(&packfuse(&["bench", "--quick", "--device", "vulkan"]));
    assert!(out.contains("the inputs stay on the device (uploaded once)"), "{out}");
    // The header says which kernel made the products (`PACKFUSE_MATMUL`).
    assert!(out.lines().any(|l| l.starts_with("device matrix products: ")), "{out}");
    assert!(out.lines().any(|l| l.starts_with("vit_block") && l.contains(" vulkan ")), "{out}");
    let last = out.trim_end().lines().last().unwrap_or_default();
    assert!(last.starts_with("all ") && last.contains("cases within tolerance"), "{out}");
}

#[test]
fn bench_fails_when_an_error_exceeds_the_tolerance() {
    let o = packfuse(&["bench", "--quick", "--max-err", "0"]);
    let line = assert_one_line_error(&o);
    assert!(line.contains("bench cases failed"), "{line}");
    assert!(stdout(&o).contains("FAILED"), "the table marks the failing rows");
}
