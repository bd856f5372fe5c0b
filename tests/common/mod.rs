//! Helpers shared by the integration tests (each test file that needs them says `mod common;`).
#![allow(dead_code)] // each test binary uses its own subset

use packfuse::{Engine, Tensor};

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
