//! The user-facing entry: an [`Engine`] compiles graphs for one backend into
//! [`Executable`]s, through the process-wide JIT cache of that backend and, when one is
//! set, the on-disk plan cache.

use std::borrow::Cow;
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

use packfuse_ir::{Bindings, Dim, Graph, IrError, Tensor};

use crate::backend::{self, Backend, CompiledKernel, DeviceMemory};
use crate::cache::{spec_key, CompileStats};
use crate::disk_cache::{DiskCache, DiskOutcome};
use crate::knobs::Knobs;
use crate::pipeline::compile_to_plan;
use crate::plan::Plan;
use crate::prepack::{Bound, Prepacked, Resident};
use crate::CodegenError;

/// Compiles graphs for one backend.
#[derive(Clone)]
pub struct Engine {
    backend: Arc<dyn Backend>,
    disk: Option<DiskCache>,
}

impl Engine {
    /// The engine for `device` (`cpu`, `vulkan`, `cuda`), or, with `None`,
    /// for `PACKFUSE_DEVICE` or the best device here; with the disk cache in
    /// `PACKFUSE_CACHE_DIR` if that is set.
    pub fn new(device: Option<&str>) -> Result<Engine, CodegenError> {
        Ok(Engine::on(backend::select(device)?))
    }

    /// The CPU engine (always available); with the disk cache in `PACKFUSE_CACHE_DIR` if
    /// that is set.
    pub fn cpu() -> Engine {
        Engine::on(backend::cpu::CpuBackend::shared())
    }

    fn on(backend: Arc<dyn Backend>) -> Engine {
        Engine { backend, disk: Knobs::from_env().cache_dir.map(DiskCache::new) }
    }

    /// This engine keeping plans in `dir` (created on the first store), whatever
    /// `PACKFUSE_CACHE_DIR` says.
    pub fn with_disk_cache(self, dir: impl Into<PathBuf>) -> Engine {
        Engine { disk: Some(DiskCache::new(dir)), ..self }
    }

    /// This engine with no disk cache, whatever `PACKFUSE_CACHE_DIR` says.
    pub fn without_disk_cache(self) -> Engine {
        Engine { disk: None, ..self }
    }

    /// The disk cache, if any.
    pub fn disk_cache(&self) -> Option<&DiskCache> {
        self.disk.as_ref()
    }

    /// The backend's name.
    pub fn device(&self) -> &'static str {
        self.backend.name()
    }

    /// Bytes this engine's device has taken from host memory so far, across every engine
    /// and executable sharing it (0 on the CPU): see [`Executable::prepack`] for keeping
    /// weights on the device between runs.
    pub fn uploaded_bytes(&self) -> u64 {
        self.backend.uploaded_bytes()
    }

    /// What this engine's device memory pools hold now (shared by every engine and
    /// executable on the device); `None` on the CPU. See [`DeviceMemory`].
    pub fn device_memory(&self) -> Option<DeviceMemory> {
        self.backend.device_memory()
    }

    /// True when the device can store and compute on `dtype` (lavapipe has no bf16).
    pub fn supports(&self, dtype: packfuse_ir::DType) -> bool {
        self.backend.supports(dtype)
    }

    /// Verifies, optimises, fuses and lowers `g` (or finds its plan in the disk cache: an
    /// entry exists only for a graph that compiled), then builds its kernels (or finds them
    /// in the cache).
    pub fn compile(&self, g: &Graph) -> Result<Executable, CodegenError> {
        let (plan, disk) = match &self.disk {
            Some(cache) => cache.get_or_compile(self.backend.name(), g, || compile_to_plan(g))?,
            None => (compile_to_plan(g)?, DiskOutcome::Off),
        };
        let mut stats = CompileStats { kernels: plan.launch_count(), disk, ..Default::default() };
        let mut kernels = Vec::with_capacity(plan.launches.len());
        // Body kernels are built (and counted) once, however many times a body runs; the
        // executors find them by spec in the backend's cache.
        for l in all_launches(&plan) {
            let key = spec_key(self.backend.name(), &l.kernel);
            let (k, hit) = self
                .backend
                .cache()
                .get_or_build(key, || self.backend.compile_kernel(&l.kernel))?;
            if hit {
                stats.cache_hits += 1;
            } else {
                stats.compiled += 1;
            }
            kernels.push(k);
        }
        kernels.truncate(plan.launches.len());
        Ok(Executable { plan, kernels, backend: self.backend.clone(), stats })
    }
}

/// The launches of `plan`, then those of its bodies (depth first).
fn all_launches(plan: &Plan) -> Vec<&crate::plan::Launch> {
    let mut v: Vec<_> = plan.launches.iter().collect();
    v.extend(plan.bodies.iter().flat_map(all_launches));
    v
}

/// A compiled graph, ready to run many times with new inputs (new dynamic sizes included).
pub struct Executable {
    plan: Plan,
    kernels: Vec<Arc<dyn CompiledKernel>>,
    backend: Arc<dyn Backend>,
    stats: CompileStats,
}

impl Executable {
    /// Runs with inputs and parameters bound by name; outputs in the graph's output order.
    pub fn run(&self, inputs: &HashMap<String, Tensor>) -> Result<Vec<Tensor>, CodegenError> {
        self.backend.execute(&self.plan, &self.kernels, inputs)
    }

    /// [`Executable::run`] with the tensors looked up in any [`InputSource`], e.g. a model's
    /// weights and a batch's inputs side by side ([`Overlay`]) without copying either.
    pub fn run_from(&self, inputs: &dyn InputSource) -> Result<Vec<Tensor>, CodegenError> {
        self.backend.execute(&self.plan, &self.kernels, inputs)
    }

    /// Like [`Executable::run`], with each output paired with its name.
    pub fn run_named(
        &self,
        inputs: &HashMap<String, Tensor>,
    ) -> Result<Vec<(String, Tensor)>, CodegenError> {
        let outs = self.run(inputs)?;
        Ok(self.output_names().map(str::to_string).zip(outs).collect())
    }

    /// Output names, in order.
    pub fn output_names(&self) -> impl Iterator<Item = &str> {
        self.plan.outputs.iter().map(|(n, _)| n.as_str())
    }

    /// The plan.
    pub fn plan(&self) -> &Plan {
        &self.plan
    }

    /// What this compile built and reused.
    pub fn stats(&self) -> CompileStats {
        self.stats
    }

    /// The backend it runs on.
    pub fn device(&self) -> &'static str {
        self.backend.name()
    }

    /// `weights` laid out for this executable's kernels, once (see [`crate::prepack`]):
    /// on the CPU, the linear weights its matrix products read transposed are held
    /// transposed, in place of the originals; on a device, every tensor the plan takes as
    /// an input is also uploaded once and kept there. `PACKFUSE_PREPACK=0` keeps the
    /// weights as given. Run with the result (alone, or under an [`Overlay`] of per-run
    /// inputs) as with the weights themselves.
    pub fn prepack(&self, weights: HashMap<String, Tensor>) -> Prepacked {
        if !Knobs::from_env().prepack {
            Prepacked::unchanged(weights)
        } else if self.backend.name() == "cpu" {
            Prepacked::for_plan(&self.plan, weights)
        } else {
            let resident = self.backend.make_resident(&self.plan, &weights);
            Prepacked::with_resident(weights, resident)
        }
    }
}

/// Named tensors a plan reads: the caller's map, or the bindings of a `recurse` body
/// (which borrow the outer tensors, so the weights are never copied per iteration).
pub trait InputSource {
    /// The tensor bound to `name`, if any, as held in its own layout (`None` for a tensor
    /// this source holds only in another layout: see [`InputSource::get_bound`]).
    fn get(&self, name: &str) -> Option<&Tensor>;

    /// The tensor bound to `name` and how it is held; a [`Prepacked`] source holds some
    /// transposed. The default is [`InputSource::get`], as is.
    fn get_bound(&self, name: &str) -> Option<Bound<'_>> {
        self.get(name).map(Bound::Plain)
    }

    /// The tensor bound to `name` in its own layout, transposed back if held otherwise.
    fn get_plain(&self, name: &str) -> Option<Cow<'_, Tensor>> {
        self.get_bound(name).map(Bound::to_plain)
    }

    /// A copy of the tensor bound to `name` already in a device backend's memory, made by
    /// [`Executable::prepack`] (the backend checks that it made it); `None` by default.
    fn resident(&self, _name: &str) -> Option<&Resident> {
        None
    }
}

impl InputSource for HashMap<String, Tensor> {
    fn get(&self, name: &str) -> Option<&Tensor> {
        HashMap::get(self, name)
    }
}

/// Two input sources searched in order: `0` first, then `1` (a batch over a model's weights).
pub struct Overlay<'a>(pub &'a dyn InputSource, pub &'a dyn InputSource);

impl InputSource for Overlay<'_> {
    fn get(&self, name: &str) -> Option<&Tensor> {
        match self.0.get_bound(name) {
            Some(Bound::Plain(t)) => Some(t),
            Some(Bound::Transposed(_)) => None,
            None => self.1.get(name),
        }
    }

    fn get_bound(&self, name: &str) -> Option<Bound<'_>> {
        self.0.get_bound(name).or_else(|| self.1.get_bound(name))
    }

    fn resident(&self, name: &str) -> Option<&Resident> {
        // A tensor of the first source hides the second's copy under the same name.
        match self.0.get_bound(name) {
            Some(_) => self.0.resident(name),
            None => self.1.resident(name),
        }
    }
}

/// Checks supplied tensors against the plan's inputs and binds the dynamic dimensions.
pub fn bind_inputs(plan: &Plan, inputs: &dyn InputSource) -> Result<Bindings, CodegenError> {
    let mut b = Bindings::new();
    for (name, ty) in &plan.inputs {
        let t = inputs
            .get_bound(name)
            .ok_or_else(|| IrError::MissingInput { name: name.clone(), ty: ty.clone() })?;
        let (dtype, shape) = (t.dtype(), t.shape());
        let mismatch = |why: String| IrError::InputMismatch {
            name: name.clone(),
            expected: ty.clone(),
            got: why,
        };
        let got = || format!("{dtype}{shape:?}");
        if dtype != ty.dtype || shape.len() != ty.shape.rank() {
            return Err(mismatch(got()).into());
        }
        for (d, &n) in ty.shape.dims().iter().zip(&shape) {
            match d {
                Dim::Static(s) if *s != n => return Err(mismatch(got()).into()),
                Dim::Dyn(s) => match b.get(s) {
                    Some(&prev) if prev != n => {
                        return Err(mismatch(format!("{} ({s} is already {prev})", got())).into())
                    }
                    _ => {
                        b.insert(s.clone(), n);
                    }
                },
                _ => {}
            }
        }
    }
    Ok(b)
}
