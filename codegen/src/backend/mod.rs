//! Backends: a small trait, device discovery and selection.
//!
//! Choice: `PACKFUSE_DEVICE=cpu|vulkan|cuda` overrides; otherwise the best available
//! (cuda, then vulkan, then cpu). A named backend that is not there is an error saying why,
//! never a silent fallback.

pub mod cpu;

use std::collections::HashMap;
use std::fmt;
use std::sync::Arc;

use packfuse_ir::Tensor;
use packfuse_kernels::KernelSpec;

use crate::cache::KernelCache;
use crate::plan::Plan;
use crate::CodegenError;

/// A kernel built for one backend.
pub trait CompiledKernel: Send + Sync {
    /// The spec it was built from.
    fn spec(&self) -> &KernelSpec;
}

/// A place plans run.
pub trait Backend: Send + Sync {
    /// Short name: `cpu`, `vulkan`, `cuda`.
    fn name(&self) -> &'static str;
    /// Builds one kernel (the JIT step).
    fn compile_kernel(&self, spec: &KernelSpec) -> Result<Arc<dyn CompiledKernel>, CodegenError>;
    /// Runs a plan whose kernels were built by this backend; returns the outputs in order.
    fn execute(
        &self,
        plan: &Plan,
        kernels: &[Arc<dyn CompiledKernel>],
        inputs: &HashMap<String, Tensor>,
    ) -> Result<Vec<Tensor>, CodegenError>;
    /// This backend's process-wide kernel cache.
    fn cache(&self) -> &KernelCache<dyn CompiledKernel>;
}

/// The kinds of device packfuse knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DeviceKind {
    /// Native Rust on the host CPU.
    Cpu,
    /// Vulkan through CubeCL (SPIR-V).
    Vulkan,
    /// CUDA through CubeCL (NVRTC).
    Cuda,
}

impl DeviceKind {
    /// Every kind, best first.
    pub const PREFERENCE: [DeviceKind; 3] = [DeviceKind::Cuda, DeviceKind::Vulkan, DeviceKind::Cpu];

    /// The name used by `PACKFUSE_DEVICE` and `--device`.
    pub fn name(self) -> &'static str {
        match self {
            DeviceKind::Cpu => "cpu",
            DeviceKind::Vulkan => "vulkan",
            DeviceKind::Cuda => "cuda",
        }
    }

    /// Parses a device name.
    pub fn parse(s: &str) -> Result<DeviceKind, CodegenError> {
        DeviceKind::PREFERENCE
            .into_iter()
            .find(|d| d.name() == s.trim().to_ascii_lowercase())
            .ok_or_else(|| CodegenError::UnknownDevice(s.to_string()))
    }
}

impl fmt::Display for DeviceKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Whether a device kind can be used here, and why (not).
#[derive(Clone, Debug)]
pub struct DeviceReport {
    /// The kind.
    pub kind: DeviceKind,
    /// Usable now.
    pub available: bool,
    /// What was found, or why it is missing.
    pub detail: String,
}

/// Probes every device kind. Never panics, whatever the machine lacks.
pub fn devices() -> Vec<DeviceReport> {
    DeviceKind::PREFERENCE.into_iter().map(probe).collect()
}

fn probe(kind: DeviceKind) -> DeviceReport {
    let (available, detail) = match kind {
        DeviceKind::Cpu => (true, cpu::describe()),
        DeviceKind::Vulkan | DeviceKind::Cuda => (
            false,
            "not compiled into this build: the CubeCL backends are not part of packfuse yet"
                .to_string(),
        ),
    };
    DeviceReport { kind, available, detail }
}

/// The backend for `kind`, or why it cannot be had.
pub fn backend(kind: DeviceKind) -> Result<Arc<dyn Backend>, CodegenError> {
    let r = probe(kind);
    if !r.available {
        return Err(CodegenError::DeviceUnavailable {
            backend: kind.name().into(),
            reason: r.detail,
        });
    }
    match kind {
        DeviceKind::Cpu => Ok(cpu::CpuBackend::shared()),
        other => Err(CodegenError::DeviceUnavailable {
            backend: other.name().into(),
            reason: "no implementation".into(),
        }),
    }
}

/// The device named by `name`, else by `PACKFUSE_DEVICE`, else the best available.
pub fn select(name: Option<&str>) -> Result<Arc<dyn Backend>, CodegenError> {
    match name.map(str::to_string).or(crate::knobs::Knobs::from_env().device) {
        Some(n) => backend(DeviceKind::parse(&n)?),
        None => {
            let best =
                devices().into_iter().find(|r| r.available).map_or(DeviceKind::Cpu, |r| r.kind);
            backend(best)
        }
    }
}
