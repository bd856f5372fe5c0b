//! The CubeCL backends: one generic executor over a CubeCL runtime, instantiated for Vulkan
//! (wgpu runtime, SPIR-V) and CUDA (NVRTC), plus a null runtime that records kernel sources
//! instead of running them (`--emit`, NVRTC tests in CI).
//!
//! A run uploads the inputs and constants (an input with a [`Resident`] copy made by this
//! backend, i.e. a weight given to `Executable::prepack`, is read where it lies), allocates
//! one device buffer per plan slot (sized for its largest buffer under the run's bindings), launches every kernel in order through
//! [`KernelSpec::launch_cube`] and reads the outputs back. Views reach kernels as strides,
//! a slice's element offset as a byte offset of its buffer where it is aligned for binding,
//! else the slice is first copied densely ([`view_arg`]). A `recurse` step runs
//! its body plan on the device, the carried state ping-ponging between two device buffers
//! (see `CubeBackend::recurse`).

pub mod cuda;
pub mod null;
pub mod vulkan;

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use cubecl::prelude::*;
use cubecl::server::Handle;
use packfuse_ir::{Bindings, DType, Dim, Tensor, TensorData, Times};
use packfuse_kernels::cube::{
    copy_view, download, tensor_bytes, upload_bytes, view_arg, DeviceTensor, Target,
};
use packfuse_kernels::{KernelError, KernelSpec, View};

use super::{profile_mode, profiling, Backend, CompiledKernel, DeviceMemory, Profile, Profiling};
use crate::cache::KernelCache;
use crate::engine::InputSource;
use crate::plan::{Launch, Plan, Storage, ValueRef};
use crate::prepack::Resident;
use crate::{bind_inputs, CodegenError};

/// An upload that a runtime does faster than CubeCL's `create`, or declines (`None`).
pub type DirectUpload<R> = Box<dyn Fn(&ComputeClient<R>, &[u8]) -> Option<Handle> + Send + Sync>;

/// A CubeCL device: its client, its capabilities and its kernel cache.
pub struct CubeBackend<R: Runtime> {
    name: &'static str,
    client: ComputeClient<R>,
    target: Target,
    cache: KernelCache<dyn CompiledKernel>,
    /// Bytes uploaded so far (see [`Backend::uploaded_bytes`]).
    uploaded: AtomicU64,
    /// A faster upload than CubeCL's, where the runtime has one ([`cuda::upload_direct`],
    /// for large tensors); CubeCL's path takes what it declines.
    direct: Option<DirectUpload<R>>,
}

struct CubeKernel(KernelSpec);

impl CompiledKernel for CubeKernel {
    fn spec(&self) -> &KernelSpec {
        &self.0
    }
}

/// One plan's run on the device: its sources (inputs and constants, by storage), its
/// slots, and the buffer shapes under its bindings.
struct Frame<'p> {
    plan: &'p Plan,
    storages: HashMap<Storage, Handle>,
    slots: Vec<Handle>,
    shapes: Vec<Vec<usize>>,
    bindings: Bindings,
    /// `PACKFUSE_PROFILE`'s table (outermost frame only; a recurse step is one entry).
    profile: Option<Profile>,
}

/// What the host knows while a frame runs: the caller's tensors (for the outermost plan)
/// and, inside a `recurse` body, the iteration index bound to its input name.
#[derive(Clone, Copy)]
struct HostValues<'a> {
    inputs: Option<&'a dyn InputSource>,
    index: Option<(&'a str, i32)>,
}

impl<R: Runtime> CubeBackend<R> {
    /// A backend over `client`, querying its capabilities once.
    pub fn new(name: &'static str, client: ComputeClient<R>) -> Self {
        let target = Target::query(name, &client);
        CubeBackend {
            name,
            client,
            target,
            cache: KernelCache::default(),
            uploaded: AtomicU64::new(0),
            direct: None,
        }
    }

    /// This backend with `upload` offering every upload to `upload` first (those it
    /// declines go through CubeCL).
    pub fn with_direct_upload(mut self, upload: DirectUpload<R>) -> Self {
        self.direct = Some(upload);
        self
    }

    /// The device's capabilities.
    pub fn target(&self) -> &Target {
        &self.target
    }

    /// This backend's identity for [`Resident`] copies (backends live for the process).
    fn id(&self) -> usize {
        self as *const Self as usize
    }

    fn upload(&self, t: &Tensor) -> Handle {
        let n = t.data().len() * t.dtype().size_bytes();
        self.uploaded.fetch_add(n as u64, Ordering::Relaxed);
        // wgpu cannot bind an empty buffer.
        if n == 0 {
            self.client.empty(4)
        } else {
            // The storage's own bytes (no per-element conversion: see `Tensor::le_bytes`).
            let bytes = tensor_bytes(t.data());
            let direct = self.direct.as_ref().and_then(|up| up(&self.client, bytes));
            direct.unwrap_or_else(|| upload_bytes(&self.client, bytes))
        }
    }

    fn kernel_err(&self, launch: usize, spec: &KernelSpec, source: KernelError) -> CodegenError {
        CodegenError::Kernel { launch, kernel: spec.family().to_string(), source }
    }
}

impl<R: Runtime> Backend for CubeBackend<R> {
    fn name(&self) -> &'static str {
        self.name
    }

    fn compile_kernel(&self, spec: &KernelSpec) -> Result<Arc<dyn CompiledKernel>, CodegenError> {
        // CubeCL compiles on first launch and caches per kernel id; here the spec is only
        // recorded. Dtype support is checked per plan in `execute`, before any launch.
        Ok(Arc::new(CubeKernel(spec.clone())))
    }

    fn execute(
        &self,
        plan: &Plan,
        _kernels: &[Arc<dyn CompiledKernel>],
        inputs: &dyn InputSource,
    ) -> Result<Vec<Tensor>, CodegenError> {
        self.check_dtypes(plan)?;
        let bindings = bind_inputs(plan, inputs)?;
        let shapes = resolve_all(plan, &bindings)?;
        let mut profile = profiling().then(Profile::default);
        let run_started = std::time::Instant::now();
        let started = run_started;
        let storages = self.upload_sources(plan, inputs);
        if let Some(p) = profile.as_mut() {
            self.sync()?;
            p.phase("upload inputs", started.elapsed());
        }
        let started = std::time::Instant::now();
        let slots = self.allocate_slots(plan, &shapes);
        if let Some(p) = profile.as_mut() {
            self.sync()?;
            p.phase("allocate slots", started.elapsed());
        }
        let mut f = Frame { plan, storages, slots, shapes, bindings, profile };
        let issuing = std::time::Instant::now();
        self.run_frame(&mut f, HostValues { inputs: Some(inputs), index: None })?;
        let issued = issuing.elapsed();
        let started = std::time::Instant::now();
        let outs = plan
            .outputs
            .iter()
            .map(|(_, b)| self.download(plan, *b, &f.slots, &f.shapes))
            .collect();
        if let Some(mut p) = f.profile.take() {
            p.phase("read outputs back", started.elapsed());
            p.report();
        }
        if profile_mode() == Profiling::Host {
            let n = plan.launches.len().max(1);
            eprintln!(
                "profile (host): {} launches issued in {:.3} ms ({:.1} µs each, uploads and \
                 slot allocation before them {:.3} ms); the outputs were back {:.3} ms after \
                 the last was issued",
                plan.launches.len(),
                issued.as_secs_f64() * 1e3,
                issued.as_secs_f64() * 1e6 / n as f64,
                (issuing - run_started).as_secs_f64() * 1e3,
                started.elapsed().as_secs_f64() * 1e3,
            );
        }
        outs
    }

    fn cache(&self) -> &KernelCache<dyn CompiledKernel> {
        &self.cache
    }

    fn supports(&self, dtype: DType) -> bool {
        self.target.supports(dtype)
    }

    fn uploaded_bytes(&self) -> u64 {
        self.uploaded.load(Ordering::Relaxed)
    }

    fn device_memory(&self) -> Option<DeviceMemory> {
        let u = self.client.memory_usage().ok()?;
        Some(DeviceMemory { in_use: u.bytes_in_use, reserved: u.bytes_reserved })
    }

    fn make_resident(
        &self,
        plan: &Plan,
        weights: &HashMap<String, Tensor>,
    ) -> HashMap<String, Resident> {
        plan.inputs
            .iter()
            .filter_map(|(name, _)| {
                let t = weights.get(name)?;
                Some((name.clone(), Resident::new(self.id(), self.upload(t))))
            })
            .collect()
    }
}

impl<R: Runtime> CubeBackend<R> {
    /// Refuses a plan that stores a dtype the device lacks (lavapipe has no bf16): found by
    /// querying the device, never by launching.
    fn check_dtypes(&self, plan: &Plan) -> Result<(), CodegenError> {
        let types = plan.buffers.iter().map(|b| &b.ty).chain(plan.inputs.iter().map(|(_, t)| t));
        for t in types {
            if !self.target.supports(t.dtype) {
                return Err(CodegenError::Unsupported {
                    op: format!("{} tensors", t.dtype),
                    backend: format!("{} (the device does not support {})", self.name, t.dtype),
                });
            }
        }
        Ok(())
    }

    /// Runs every launch of `f`'s plan in order, and the recurse step after a launch
    /// that has one.
    fn run_frame(&self, f: &mut Frame<'_>, host: HostValues<'_>) -> Result<(), CodegenError> {
        for (i, l) in f.plan.launches.iter().enumerate() {
            let started = std::time::Instant::now();
            let args = l
                .args
                .iter()
                .map(|a| self.arg(f.plan, a, &f.storages, &f.slots, &f.shapes, &f.bindings))
                .collect::<Result<Vec<_>, CodegenError>>()?;
            let out_shape = &f.shapes[l.out];
            let out = DeviceTensor::contiguous(
                f.slots[f.plan.buffers[l.out].slot].clone(),
                out_shape,
                f.plan.buffers[l.out].ty.dtype,
            );
            if l.also.is_empty() {
                self.launch(i, l, &args, &out, host)?;
            } else {
                let mut outs = vec![out];
                outs.extend(l.also.iter().map(|&b| {
                    let (slot, dtype) = (f.plan.buffers[b].slot, f.plan.buffers[b].ty.dtype);
                    DeviceTensor::contiguous(f.slots[slot].clone(), &f.shapes[b], dtype)
                }));
                l.kernel
                    .launch_cube_multi(&self.client, &self.target, &args, &outs, true)
                    .map_err(|e| self.kernel_err(i, &l.kernel, e))?;
            }
            if l.recurse.is_some() {
                self.recurse(f, l, host)?;
            }
            if let Some(p) = &mut f.profile {
                self.sync()?;
                p.launch(f.plan, i, &f.shapes[l.out], started.elapsed());
            }
        }
        Ok(())
    }

    /// Waits for every queued launch (profiling only: runs never wait between launches).
    fn sync(&self) -> Result<(), CodegenError> {
        cubecl::future::block_on(self.client.sync()).map_err(|e| CodegenError::Device {
            backend: self.name.into(),
            reason: format!("{e:?}"),
        })
    }

    /// Launches `l`'s kernel. A gather indexed by a `recurse` body's iteration index skips
    /// its launcher's read-back of the indices (a device sync every iteration): the host
    /// knows the value and checks the range here, with the launcher's wording.
    fn launch(
        &self,
        i: usize,
        l: &Launch,
        args: &[DeviceTensor],
        out: &DeviceTensor,
        host: HostValues<'_>,
    ) -> Result<(), CodegenError> {
        let err = |e| self.kernel_err(i, &l.kernel, e);
        if let (KernelSpec::Gather { axis }, Some((name, value))) = (&l.kernel, host.index) {
            if matches!(&l.args[1].storage, Storage::Input(n) if n == name) {
                let n = args[0].shape[*axis];
                if value < 0 || value as usize >= n {
                    let reason = format!("index {value} out of range for axis {axis} of size {n}");
                    return Err(err(KernelError::BadArgument { kernel: "gather", reason }));
                }
                // The kernel reads the index on the device; only the host check is skipped.
                return l
                    .kernel
                    .launch_cube_without_data(&self.client, &self.target, args, out)
                    .map_err(err);
            }
        }
        // Arguments that are plan inputs have their host values handed over: a launcher that
        // would read one back (attention's segments) uses it instead of waiting for the device.
        let host_args: Vec<_> = l.args.iter().map(|a| host_value(a, host)).collect();
        l.kernel
            .launch_cube_with_host(&self.client, &self.target, args, &host_args, out)
            .map_err(err)
    }

    /// The recurse step of `l` (see [`crate::plan::Recurse`]), on the device. The body's
    /// invariant inputs are the outer frame's handles (weights are neither copied nor
    /// uploaded again), its constants are uploaded and its slots allocated once, and the
    /// carried state ping-pongs between two device buffers: each iteration reads one and
    /// writes the body's output slot, then the two swap. Host memory sees only the count
    /// (read once, when it is a device value) and the iteration index (4 bytes uploaded
    /// per iteration, when the body reads it).
    fn recurse(
        &self,
        f: &mut Frame<'_>,
        l: &Launch,
        host: HostValues<'_>,
    ) -> Result<(), CodegenError> {
        let step = l.recurse.as_ref().expect("a recurse launch");
        let count = match step.times {
            Times::Input => {
                Some(self.host_tensor(f, step.inputs.last().expect("a count"), host)?)
            }
            Times::Static(_) => None,
        };
        let r = super::recurse_count(l, count.as_ref())?;
        let mut body = self.body_frame(f, l)?;
        let outer_slot = f.plan.buffers[l.out].slot;
        let out_slot = body.plan.buffers[body.plan.outputs[0].1].slot;
        // Both state buffers serve as the body's output slot (which the body may reuse for
        // other buffers) and, at the end, as the outer slot: each is sized for both.
        let outer_bytes = slot_sizes(f.plan, &f.shapes)[outer_slot];
        let need = slot_sizes(body.plan, &body.shapes)[out_slot].max(outer_bytes);
        let mut state = f.slots[outer_slot].clone();
        if outer_bytes < need {
            state = self.client.empty(need);
            let (shape, dtype) = (&f.shapes[l.out], f.plan.buffers[l.out].ty.dtype);
            let dst = DeviceTensor::contiguous(state.clone(), shape, dtype);
            copy_view(
                &self.client,
                &self.target,
                &f.slots[outer_slot],
                dtype,
                &View::contiguous(shape),
                &dst,
            )
            .map_err(|source| CodegenError::Kernel {
                launch: usize::MAX,
                kernel: "copy_view".into(),
                source,
            })?;
        }
        body.slots[out_slot] = self.client.empty(need);
        for i in 0..r as i32 {
            body.storages.insert(Storage::Input(step.names[0].clone()), state.clone());
            let index = step.index.as_deref().map(|n| (n, i));
            if let Some(name) = &step.index {
                let t = Tensor::from_i32(&[], vec![i]);
                body.storages.insert(Storage::Input(name.clone()), self.upload(&t));
            }
            self.run_frame(&mut body, HostValues { inputs: None, index })?;
            std::mem::swap(&mut state, &mut body.slots[out_slot]);
        }
        f.slots[outer_slot] = state;
        Ok(())
    }

    /// The frame of `l`'s body: its invariant inputs bound to the outer handles, its
    /// constants uploaded, its dims bound from the outer shapes, its slots allocated.
    fn body_frame<'p>(&self, f: &Frame<'p>, l: &Launch) -> Result<Frame<'p>, CodegenError> {
        let step = l.recurse.as_ref().expect("a recurse launch");
        let body = &f.plan.bodies[step.body];
        self.check_dtypes(body)?;
        let mut storages = HashMap::new();
        let mut shapes: HashMap<&str, Vec<usize>> = HashMap::new();
        shapes.insert(&step.names[0], f.shapes[l.out].clone());
        for (name, a) in step.names[1..].iter().zip(&step.inputs) {
            let (handle, shape) = self.source(f, &a.storage)?;
            storages.insert(Storage::Input(name.clone()), handle);
            shapes.insert(name, shape);
        }
        for (i, c) in body.constants.iter().enumerate() {
            storages.insert(Storage::Constant(i), self.upload(c));
        }
        let mut bindings = Bindings::new();
        for (name, ty) in &body.inputs {
            // Typing made every body input's type equal its outer value's.
            let Some(shape) = shapes.get(name.as_str()) else { continue };
            for (d, &n) in ty.shape.dims().iter().zip(shape) {
                if let Dim::Dyn(s) = d {
                    bindings.insert(s.clone(), n);
                }
            }
        }
        let buffer_shapes = resolve_all(body, &bindings)?;
        let slots = self.allocate_slots(body, &buffer_shapes);
        Ok(Frame { plan: body, storages, slots, shapes: buffer_shapes, bindings, profile: None })
    }

    /// The handle and shape of a dense storage of `f`.
    fn source(&self, f: &Frame<'_>, s: &Storage) -> Result<(Handle, Vec<usize>), CodegenError> {
        Ok(match s {
            Storage::Buffer(k) => (f.slots[f.plan.buffers[*k].slot].clone(), f.shapes[*k].clone()),
            s => {
                let shape = f.plan.storage_type(s).shape.resolve(&f.bindings);
                (f.storages[s].clone(), shape.map_err(CodegenError::UnboundDim)?)
            }
        })
    }

    /// The value of a (dense) storage on the host: the caller's tensor when it is one,
    /// else read back from the device.
    fn host_tensor(
        &self,
        f: &Frame<'_>,
        a: &ValueRef,
        host: HostValues<'_>,
    ) -> Result<Tensor, CodegenError> {
        if let (Storage::Input(name), Some(inputs)) = (&a.storage, host.inputs) {
            if let Some(t) = inputs.get_plain(name) {
                return Ok(t.into_owned());
            }
        }
        let (handle, shape) = self.source(f, &a.storage)?;
        self.read(&handle, f.plan.storage_type(&a.storage).dtype, &shape)
    }

    fn upload_sources(&self, plan: &Plan, inputs: &dyn InputSource) -> HashMap<Storage, Handle> {
        let mut m = HashMap::new();
        for (name, _) in &plan.inputs {
            // A resident copy was uploaded from the very tensor `bind_inputs` checked.
            let handle = match inputs.resident(name).and_then(|r| r.handle::<Handle>(self.id())) {
                Some(h) => h.clone(),
                None => {
                    let t = inputs.get_plain(name).expect("bind_inputs checked every plan input");
                    self.upload(&t)
                }
            };
            m.insert(Storage::Input(name.clone()), handle);
        }
        for (i, c) in plan.constants.iter().enumerate() {
            m.insert(Storage::Constant(i), self.upload(c));
        }
        m
    }

    fn allocate_slots(&self, plan: &Plan, shapes: &[Vec<usize>]) -> Vec<Handle> {
        slot_sizes(plan, shapes).into_iter().map(|n| self.client.empty(n)).collect()
    }

    fn arg(
        &self,
        plan: &Plan,
        a: &ValueRef,
        storages: &HashMap<Storage, Handle>,
        slots: &[Handle],
        shapes: &[Vec<usize>],
        bindings: &Bindings,
    ) -> Result<DeviceTensor, CodegenError> {
        let (handle, base) = match &a.storage {
            Storage::Buffer(b) => (slots[plan.buffers[*b].slot].clone(), shapes[*b].clone()),
            s => {
                let shape = plan
                    .storage_type(s)
                    .shape
                    .resolve(bindings)
                    .map_err(CodegenError::UnboundDim)?;
                (storages[s].clone(), shape)
            }
        };
        let dtype = plan.storage_type(&a.storage).dtype;
        let view = a.resolve(&base, bindings).map_err(CodegenError::UnboundDim)?;
        view_arg(&self.client, &self.target, &handle, dtype, &view).map_err(|source| {
            CodegenError::Kernel { launch: usize::MAX, kernel: "copy_view".into(), source }
        })
    }

    fn download(
        &self,
        plan: &Plan,
        b: usize,
        slots: &[Handle],
        shapes: &[Vec<usize>],
    ) -> Result<Tensor, CodegenError> {
        let info = &plan.buffers[b];
        self.read(&slots[info.slot], info.ty.dtype, &shapes[b])
    }

    /// The first `shape`'s worth of `dtype` elements of a device buffer.
    fn read(&self, handle: &Handle, dtype: DType, shape: &[usize]) -> Result<Tensor, CodegenError> {
        let device = |reason: String| CodegenError::Device { backend: self.name.into(), reason };
        let data =
            download(&self.client, handle, dtype, shape.iter().product()).map_err(|e| match e {
                KernelError::Device { reason, .. } => device(reason),
                e => device(e.to_string()),
            })?;
        Tensor::new(shape.to_vec(), data).map_err(|e| device(e.to_string()))
    }
}

/// The host's copy of an argument that is a whole plan input of the outermost plan, held
/// in its own layout (never transposed back: this runs for every argument of every launch).
fn host_value<'a>(a: &ValueRef, host: HostValues<'a>) -> Option<&'a TensorData> {
    match (&a.storage, host.inputs) {
        (Storage::Input(name), Some(inputs)) if a.steps.is_empty() => {
            inputs.get(name).map(Tensor::data)
        }
        _ => None,
    }
}

/// Bytes of each slot of `plan`: its largest buffer under `shapes` (at least 4: wgpu
/// cannot bind an empty buffer).
fn slot_sizes(plan: &Plan, shapes: &[Vec<usize>]) -> Vec<usize> {
    let mut bytes = vec![4usize; plan.slots];
    for (b, shape) in plan.buffers.iter().zip(shapes) {
        let n: usize = shape.iter().product();
        bytes[b.slot] = bytes[b.slot].max(n * b.ty.dtype.size_bytes());
    }
    bytes
}

fn resolve_all(plan: &Plan, b: &Bindings) -> Result<Vec<Vec<usize>>, CodegenError> {
    plan.buffers
        .iter()
        .map(|buf| {
            buf.ty
                .shape
                .resolve(b)
                .map_err(|n| CodegenError::UnboundDim(format!("{n} is not bound by any input")))
        })
        .collect()
}

/// The dtypes a target can run, for messages and test skips.
pub fn supported_dtypes(t: &Target) -> Vec<DType> {
    DType::ALL.into_iter().filter(|&d| t.supports(d)).collect()
}
