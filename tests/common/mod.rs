//! Helpers shared by the integration tests (each test file that needs them says `mod common;`).
#![allow(dead_code)] // each test binary uses its own subset

use std::collections::{BTreeMap, HashMap};

use packfuse::codegen::Overlay;
use packfuse::{Engine, Graph, Tensor};

/// The engines a numeric suite runs on: the CPU, then Vulkan (lavapipe in CI; its absence
/// is a failure under `PACKFUSE_REQUIRE_VULKAN=1`, else said on stderr as SKIPPED), then
/// CUDA when `PACKFUSE_DEVICE=cuda` names it (on the GPU machine: then its absence fails).
/// `suite` names the tests in the skip message.
pub fn engines(suite: &str) -> Vec<Engine> {
    let mut v = vec![Engine::cpu().without_disk_cache()];
    let required = std::env::var("PACKFUSE_REQUIRE_VULKAN").is_ok_and(|v| v == "1");
    match Engine::new(Some("vulkan")) {
        Ok(e) => v.push(e.without_disk_cache()),
        Err(e) if required => panic!("vulkan was required: {e}"),
        Err(e) => eprintln!("SKIPPED vulkan {suite} tests: {e}"),
    }
    if std::env::var("PACKFUSE_DEVICE").is_ok_and(|d| d == "cuda") {
        match Engine::new(Some("cuda")) {
            Ok(e) => v.push(e.without_disk_cache()),
            Err(e) => panic!("PACKFUSE_DEVICE=cuda, but cuda is not there: {e}"),
        }
    }
    v
}

/// True on a device backend whose kernels must cover everything (an `Unsupported` there is
/// a failure, not a skip).
pub fn strict(engine: &Engine) -> bool {
    matches!(engine.device(), "vulkan" | "cuda")
}

/// Largest elementwise |a − b| (shapes must agree).
pub fn max_diff(a: &Tensor, b: &Tensor) -> f32 {
    assert_eq!(a.shape(), b.shape());
    a.to_f32_vec().iter().zip(b.to_f32_vec()).map(|(x, y)| (x - y).abs()).fold(0.0, f32::max)
}

/// The inputs of a recurse test graph: `x [t, c]`, the run-time count `r` (rank 0) and each
/// of `params` (name, shape), filled with smooth values `sin(0.61·i + k) / 2` (`k` differs per
/// tensor so no two are alike).
pub fn recurse_inputs(
    t: usize,
    c: usize,
    r: i32,
    params: &[(&str, Vec<usize>)],
) -> HashMap<String, Tensor> {
    let vals = |n: usize, k: f32| (0..n).map(|i| (i as f32 * 0.61 + k).sin() * 0.5).collect();
    let mut m = HashMap::from([
        ("x".to_string(), Tensor::from_f32(&[t, c], vals(t * c, 0.3))),
        ("r".to_string(), Tensor::from_i32(&[], vec![r])),
    ]);
    for (k, (n, s)) in params.iter().enumerate() {
        let len = s.iter().product();
        m.insert(n.to_string(), Tensor::from_f32(s, vals(len, k as f32 + 1.0)));
    }
    m
}

/// Compiles `g` on `engine` and runs it on `feed` over `weights` (a model's inputs and its
/// parameters); returns the outputs by name. Panics, naming the device, on any error.
pub fn run_model(
    engine: &Engine,
    g: &Graph,
    feed: &HashMap<String, Tensor>,
    weights: &HashMap<String, Tensor>,
) -> BTreeMap<String, Tensor> {
    let exe = engine.compile(g).unwrap_or_else(|e| panic!("compile on {}: {e}", engine.device()));
    let outs = exe
        .run_from(&Overlay(feed, weights))
        .unwrap_or_else(|e| panic!("run on {}: {e}", engine.device()));
    exe.output_names().map(str::to_string).zip(outs).collect()
}

/// A path under the system temp dir, unique to this process and call, removed (file or
/// folder, whichever it became) when dropped, so that a test leaves nothing behind, pass or
/// fail (a panic unwinds through the drop).
pub struct TempPath(std::path::PathBuf);

impl TempPath {
    /// A path that does not exist yet, ending in `name` (keep an extension there).
    pub fn new(name: &str) -> TempPath {
        static CALLS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = CALLS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let p = std::env::temp_dir().join(format!("packfuse-{}-{n}-{name}", std::process::id()));
        let t = TempPath(p);
        t.remove();
        t
    }

    /// A new empty folder.
    pub fn dir(name: &str) -> TempPath {
        let t = TempPath::new(name);
        std::fs::create_dir_all(&t.0).expect("a folder in the temp dir");
        t
    }

    fn remove(&self) {
        let _ = std::fs::remove_dir_all(&self.0);
        let _ = std::fs::remove_file(&self.0);
    }
}

impl std::ops::Deref for TempPath {
    type Target = std::path::Path;
    fn deref(&self) -> &std::path::Path {
        &self.0
    }
}

impl AsRef<std::path::Path> for TempPath {
    fn as_ref(&self) -> &std::path::Path {
        &self.0
    }
}

impl Drop for TempPath {
    fn drop(&mut self) {
        self.remove();
    }
}
