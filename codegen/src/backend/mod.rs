//! Backends: a small trait, device discovery and selection.
//!
//! Choice: `PACKFUSE_DEVICE=cpu|vulkan|cuda` overrides; otherwise the best available
//! (cuda, then vulkan on a hardware adapter, then cpu; see [`best_automatic`]). A named backend that is not there is an error saying why,
//! never a silent fallback.

pub mod cpu;
pub mod cube;

use std::collections::HashMap;
use std::fmt;
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use packfuse_ir::{IrError, Tensor, Times};
use packfuse_kernels::KernelSpec;

use crate::cache::KernelCache;
use crate::engine::InputSource;
use crate::plan::{Launch, Plan, Recurse};
use crate::prepack::Resident;
use crate::CodegenError;

/// A kernel built for one backend.
pub trait CompiledKernel: Send + Sync {
    /// The spec it was built from.
    fn spec(&self) -> &KernelSpec;
}

/// Device memory as the backend's allocator sees it, in bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DeviceMemory {
    /// Held by live buffers (weights kept on the device, a plan's slots while it runs).
    pub in_use: u64,
    /// Reserved from the device by the pools, at least `in_use`. The pools keep pages for
    /// reuse and give them back only now and then, so sampled after a run this is
    /// (barring such a release) the most the run held at once, padding included.
    pub reserved: u64,
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
        inputs: &dyn InputSource,
    ) -> Result<Vec<Tensor>, CodegenError>;
    /// This backend's process-wide kernel cache.
    fn cache(&self) -> &KernelCache<dyn CompiledKernel>;
    /// True when tensors of `dtype` can be stored and computed on (queried from the device).
    fn supports(&self, _dtype: packfuse_ir::DType) -> bool {
        true
    }
    /// Bytes copied from host memory into the device's since the backend was made (0 for
    /// a backend without its own memory): uploads of inputs, constants and resident copies.
    fn uploaded_bytes(&self) -> u64 {
        0
    }
    /// What the device's memory pools hold now; `None` for a backend without its own
    /// memory (the CPU).
    fn device_memory(&self) -> Option<DeviceMemory> {
        None
    }
    /// Device copies of the tensors of `weights` that `plan` takes as inputs, for
    /// [`crate::Executable::prepack`]; none on a backend without its own memory.
    fn make_resident(
        &self,
        _plan: &Plan,
        _weights: &HashMap<String, Tensor>,
    ) -> HashMap<String, Resident> {
        HashMap::new()
    }
}

/// A `recurse` body's inputs: the carried state, the invariant tensors and the iteration
/// index, by name.
struct BodyInputs<'a> {
    names: &'a [String],
    state: &'a Tensor,
    invariants: &'a [&'a Tensor],
    index: Option<(&'a str, &'a Tensor)>,
}

impl InputSource for BodyInputs<'_> {
    fn get(&self, name: &str) -> Option<&Tensor> {
        if let Some((n, t)) = self.index {
            if n == name {
                return Some(t);
            }
        }
        match self.names.iter().position(|n| n == name)? {
            0 => Some(self.state),
            k => self.invariants.get(k - 1).copied(),
        }
    }
}

/// The count of the recurse step of launch `l`: static, or read from `count` (the step's
/// last bound tensor) for [`Times::Input`]; checked against 1 and `max_times` before any
/// iteration runs, with the reference interpreter's wording.
pub(crate) fn recurse_count(l: &Launch, count: Option<&Tensor>) -> Result<u32, CodegenError> {
    let step: &Recurse = l.recurse.as_ref().expect("called for recurse launches");
    let r = match step.times {
        Times::Static(n) => i64::from(n),
        Times::Input => count.and_then(|t| t.to_f64_vec().first().copied()).unwrap_or(0.0) as i64,
    };
    Times::check_count(r, step.max_times)
        .map_err(|reason| IrError::Eval { node: l.node, op: "recurse".into(), reason }.into())
}

/// Runs the recurse step of launch `l` of `plan` on `state` (the carried value the launch
/// wrote): the body plan `times` times, each iteration reading the previous state and
/// writing a new one, so two states are alive at a time. `bound` holds the tensors of
/// `step.inputs` (invariants, then the count for [`Times::Input`]). The CPU backend runs
/// this loop, each iteration through its own `execute`; the CubeCL backends keep the state
/// on the device instead (see `cube::CubeBackend`).
pub(crate) fn run_recurse(
    backend: &dyn Backend,
    plan: &Plan,
    l: &Launch,
    mut state: Tensor,
    bound: &[&Tensor],
) -> Result<Tensor, CodegenError> {
    let step: &Recurse = l.recurse.as_ref().expect("called for recurse launches");
    let count = (step.times == Times::Input).then(|| *bound.last().expect("a count input"));
    let r = recurse_count(l, count)?;
    let invariants = &bound[..step.names.len() - 1];
    let body = &plan.bodies[step.body];
    for i in 0..r {
        let index = Tensor::from_i32(&[], vec![i as i32]);
        let index = step.index.as_deref().map(|n| (n, &index));
        let inputs = BodyInputs { names: &step.names, state: &state, invariants, index };
        // Kernel lists are not read by the executors (kernels are found by spec).
        let mut out = backend.execute(body, &[], &inputs)?;
        state = out.pop().expect("a recurse body has one output");
    }
    Ok(state)
}

/// What `PACKFUSE_PROFILE` asks for (read once per process).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Profiling {
    /// Nothing (unset, empty or `0`).
    Off,
    /// A per-run table of launches, each waited for (any other value).
    Launches,
    /// `host`: on a device, the host's side of a run that waits for nothing between launches
    /// (the time to issue them against the time until the outputs are back).
    Host,
}

pub(crate) fn profile_mode() -> Profiling {
    static MODE: OnceLock<Profiling> = OnceLock::new();
    *MODE.get_or_init(|| match std::env::var_os("PACKFUSE_PROFILE") {
        None => Profiling::Off,
        Some(v) if v.is_empty() || v == "0" => Profiling::Off,
        Some(v) if v == "host" => Profiling::Host,
        Some(_) => Profiling::Launches,
    })
}

/// Whether `PACKFUSE_PROFILE` asks for the per-run table of launches.
pub(crate) fn profiling() -> bool {
    profile_mode() == Profiling::Launches
}

/// Where one `execute` spent its time, for `PACKFUSE_PROFILE`: launches grouped by kernel
/// family and output shape, plus named phases (a device backend's uploads and read-backs).
#[derive(Default)]
pub(crate) struct Profile {
    /// `(key, count, seconds)`, in first-seen order.
    groups: Vec<(String, usize, f64)>,
    launches: usize,
}

impl Profile {
    /// Adds launch `i` of `plan`, whose output has `shape`, taking `d`.
    pub(crate) fn launch(&mut self, plan: &Plan, i: usize, shape: &[usize], d: Duration) {
        self.launches += 1;
        self.add(format!("{} -> {:?}", plan.launches[i].kernel.family(), shape), d);
    }

    /// Adds a phase that is not a launch.
    pub(crate) fn phase(&mut self, what: &str, d: Duration) {
        self.add(format!("({what})"), d);
    }

    fn add(&mut self, key: String, d: Duration) {
        match self.groups.iter_mut().find(|g| g.0 == key) {
            Some(g) => {
                g.1 += 1;
                g.2 += d.as_secs_f64();
            }
            None => self.groups.push((key, 1, d.as_secs_f64())),
        }
    }

    /// Writes the table to stderr, the costliest group first, with its share of the total.
    pub(crate) fn report(mut self) {
        self.groups.sort_by(|a, b| b.2.total_cmp(&a.2));
        let total: f64 = self.groups.iter().map(|g| g.2).sum();
        eprintln!("profile: {} launches, {:.3} ms", self.launches, total * 1e3);
        for (key, n, t) in self.groups {
            eprintln!("  {:>9.3} ms {:>5.1}% {:>4}x  {key}", t * 1e3, 100.0 * t / total, n);
        }
    }
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
    let found = match kind {
        DeviceKind::Cpu => Ok(cpu::describe()),
        DeviceKind::Vulkan => cube::vulkan::probe().map(|f| f.detail),
        DeviceKind::Cuda => cube::cuda::probe(),
    };
    let (available, detail) = match found {
        Ok(d) => (true, d),
        Err(why) => (false, why),
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
        DeviceKind::Vulkan => shared(&VULKAN, kind, || {
            let found = cube::vulkan::probe().map_err(|e| unavailable(kind, e))?;
            let client = guarded(kind, || {
                <cubecl::wgpu::WgpuRuntime as cubecl::Runtime>::client(&found.device)
            })?;
            Ok(Arc::new(cube::CubeBackend::new("vulkan", client)))
        }),
        DeviceKind::Cuda => shared(&CUDA, kind, || {
            let device = cubecl::cuda::CudaDevice::new(0);
            let client =
                guarded(kind, || <cubecl::cuda::CudaRuntime as cubecl::Runtime>::client(&device))?;
            let backend = cube::CubeBackend::new("cuda", client);
            if !cube::cuda::direct_upload_enabled() {
                return Ok(Arc::new(backend));
            }
            let direct: cube::DirectUpload<cubecl::cuda::CudaRuntime> =
                Box::new(|client, bytes| cube::cuda::upload_direct(client, 0, bytes));
            Ok(Arc::new(backend.with_direct_upload(direct)))
        }),
    }
}

/// The device name of [`host_timing`] (not listed by [`devices`]).
pub const HOST_TIMING_DEVICE: &str = "null-cuda-host";

/// A device that runs nothing, for timing packfuse's host side: a CUDA sm_90 as the kernels
/// see it, whose launches are only looked up by kernel id and whose reads give zeros (see
/// `cube::null::CudaHostTarget`). A run on it costs what issuing the same run on a GPU costs
/// the host, less the driver and the compiles. Its outputs are zeros, not results.
pub fn host_timing() -> Arc<dyn Backend> {
    static HOST: Slot = Slot::new();
    HOST.get_or_init(|| {
        use cube::null::{CudaHostTarget, NullDevice, NullRuntime, HOST_TIMING_INDEX};
        let device = NullDevice { index: HOST_TIMING_INDEX };
        let client = <NullRuntime<CudaHostTarget> as cubecl::Runtime>::client(&device);
        Arc::new(cube::CubeBackend::new(HOST_TIMING_DEVICE, client))
    })
    .clone()
}

type Slot = std::sync::OnceLock<Arc<dyn Backend>>;
static VULKAN: Slot = Slot::new();
static CUDA: Slot = Slot::new();

/// The process-wide backend in `slot`, made by `make` on first use (so its kernel cache and
/// device client are shared by every engine).
fn shared(
    slot: &'static Slot,
    kind: DeviceKind,
    make: impl FnOnce() -> Result<Arc<dyn Backend>, CodegenError>,
) -> Result<Arc<dyn Backend>, CodegenError> {
    static INIT: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let _guard =
        INIT.lock().map_err(|_| unavailable(kind, "device set-up failed earlier".into()))?;
    if let Some(b) = slot.get() {
        return Ok(b.clone());
    }
    let b = make()?;
    Ok(slot.get_or_init(|| b).clone())
}

fn unavailable(kind: DeviceKind, reason: String) -> CodegenError {
    CodegenError::DeviceUnavailable { backend: kind.name().into(), reason }
}

/// Runs device set-up that may panic inside the runtime (cubecl panics rather than
/// returning errors when a driver misbehaves) and turns a panic into an error.
fn guarded<T>(kind: DeviceKind, f: impl FnOnce() -> T) -> Result<T, CodegenError> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f))
        .map_err(|_| unavailable(kind, "the runtime panicked while opening the device".into()))
}

/// The device picked when none is named: CUDA if it works here, else Vulkan on a hardware
/// adapter, else the CPU. A software Vulkan adapter (lavapipe) is never picked this way.
pub fn best_automatic() -> DeviceKind {
    if cube::cuda::probe().is_ok() {
        DeviceKind::Cuda
    } else if cube::vulkan::probe().is_ok_and(|f| !f.software) {
        DeviceKind::Vulkan
    } else {
        DeviceKind::Cpu
    }
}

/// The device named by `name`, else by `PACKFUSE_DEVICE`, else the best available.
pub fn select(name: Option<&str>) -> Result<Arc<dyn Backend>, CodegenError> {
    match name.map(str::to_string).or(crate::knobs::Knobs::from_env().device) {
        Some(n) if n == HOST_TIMING_DEVICE => Ok(host_timing()),
        Some(n) => backend(DeviceKind::parse(&n)?),
        None => backend(best_automatic()),
    }
}
