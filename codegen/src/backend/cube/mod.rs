//! The CubeCL backends: one generic executor over a CubeCL runtime, instantiated for Vulkan
//! (wgpu runtime, SPIR-V) and CUDA (NVRTC), plus a null runtime that records kernel sources
//! instead of running them (`--emit`, NVRTC tests in CI).
//!
//! A run uploads the inputs and constants, allocates one device buffer per plan slot (sized
//! for its largest buffer under the run's bindings), launches every kernel in order through
//! [`KernelSpec::launch_cube`] and reads the outputs back. Views reach kernels as strides;
//! a view with an element offset (a slice) is first copied densely.

pub mod cuda;
pub mod null;
pub mod vulkan;

use std::collections::HashMap;
use std::sync::Arc;

use cubecl::prelude::*;
use cubecl::server::Handle;
use packfuse_ir::{Bindings, DType, Tensor};
use packfuse_kernels::cube::{copy_view, DeviceTensor, Target};
use packfuse_kernels::{KernelError, KernelSpec, View};

use super::{Backend, CompiledKernel};
use crate::cache::KernelCache;
use crate::engine::InputSource;
use crate::plan::{Launch, Plan, Storage, ValueRef};
use crate::{bind_inputs, CodegenError};

/// A CubeCL device: its client, its capabilities and its kernel cache.
pub struct CubeBackend<R: Runtime> {
    name: &'static str,
    client: ComputeClient<R>,
    target: Target,
    cache: KernelCache<dyn CompiledKernel>,
}

struct CubeKernel(KernelSpec);

impl CompiledKernel for CubeKernel {
    fn spec(&self) -> &KernelSpec {
        &self.0
    }
}

impl<R: Runtime> CubeBackend<R> {
    /// A backend over `client`, querying its capabilities once.
    pub fn new(name: &'static str, client: ComputeClient<R>) -> Self {
        let target = Target::query(name, &client);
        CubeBackend { name, client, target, cache: KernelCache::default() }
    }

    /// The device's capabilities.
    pub fn target(&self) -> &Target {
        &self.target
    }

    fn upload(&self, t: &Tensor) -> Handle {
        let bytes = t.to_le_bytes();
        // wgpu cannot bind an empty buffer.
        if bytes.is_empty() {
            self.client.empty(4)
        } else {
            self.client.create_from_slice(&bytes)
        }
    }

    fn kernel_err(&self, launch: usize, spec: &KernelSpec, source: KernelError) -> CodegenError {
        CodegenError::Kernel { launch, kernel: spec.family().to_string(), source }
    }
}

/// Element strides of a view, which never holds negative strides here.
fn strides(v: &View) -> Vec<usize> {
    v.strides.iter().map(|&s| s as usize).collect()
}

/// Dense row-major element strides of `shape`.
fn dense(shape: &[usize]) -> Vec<usize> {
    strides(&View::contiguous(shape))
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
        let storages = self.upload_sources(plan, inputs);
        let mut slots = self.allocate_slots(plan, &shapes);
        for (i, l) in plan.launches.iter().enumerate() {
            let args = l
                .args
                .iter()
                .map(|a| self.arg(plan, a, &storages, &slots, &shapes, &bindings))
                .collect::<Result<Vec<_>, CodegenError>>()?;
            let out_shape = &shapes[l.out];
            let out = DeviceTensor {
                handle: slots[plan.buffers[l.out].slot].clone(),
                shape: out_shape.clone(),
                strides: dense(out_shape),
                dtype: plan.buffers[l.out].ty.dtype,
            };
            l.kernel
                .launch_cube(&self.client, &self.target, &args, &out)
                .map_err(|e| self.kernel_err(i, &l.kernel, e))?;
            if l.recurse.is_some() {
                let result = self.recurse(plan, l, inputs, &slots, &shapes)?;
                slots[plan.buffers[l.out].slot] = self.upload(&result);
            }
        }
        plan.outputs.iter().map(|(_, b)| self.download(plan, *b, &slots, &shapes)).collect()
    }

    fn cache(&self) -> &KernelCache<dyn CompiledKernel> {
        &self.cache
    }

    fn supports(&self, dtype: DType) -> bool {
        self.target.supports(dtype)
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

    /// The recurse step of `l`, through host memory: the state and buffer inputs are read
    /// back, the shared loop runs the body plan (each iteration its own `execute`), and the
    /// caller uploads the result into `l`'s slot.
    fn recurse(
        &self,
        plan: &Plan,
        l: &Launch,
        inputs: &dyn InputSource,
        slots: &[Handle],
        shapes: &[Vec<usize>],
    ) -> Result<Tensor, CodegenError> {
        let step = l.recurse.as_ref().expect("a recurse launch");
        let state = self.download(plan, l.out, slots, shapes)?;
        let mut owned = Vec::new();
        for a in &step.inputs {
            if let Storage::Buffer(k) = a.storage {
                owned.push(self.download(plan, k, slots, shapes)?);
            }
        }
        let mut owned = owned.iter();
        let mut bound = Vec::new();
        for a in &step.inputs {
            bound.push(match &a.storage {
                Storage::Input(name) => inputs.get(name).expect("bind_inputs checked it"),
                Storage::Constant(c) => &plan.constants[*c],
                Storage::Buffer(_) => owned.next().expect("one per buffer input"),
            });
        }
        super::run_recurse(self, plan, l, state, &bound)
    }

    fn upload_sources(&self, plan: &Plan, inputs: &dyn InputSource) -> HashMap<Storage, Handle> {
        let mut m = HashMap::new();
        for (name, _) in &plan.inputs {
            let t = inputs.get(name).expect("bind_inputs checked every plan input");
            m.insert(Storage::Input(name.clone()), self.upload(t));
        }
        for (i, c) in plan.constants.iter().enumerate() {
            m.insert(Storage::Constant(i), self.upload(c));
        }
        m
    }

    fn allocate_slots(&self, plan: &Plan, shapes: &[Vec<usize>]) -> Vec<Handle> {
        let mut bytes = vec![4usize; plan.slots];
        for (b, shape) in plan.buffers.iter().zip(shapes) {
            let n: usize = shape.iter().product();
            bytes[b.slot] = bytes[b.slot].max(n * b.ty.dtype.size_bytes());
        }
        bytes.into_iter().map(|n| self.client.empty(n)).collect()
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
        if view.offset == 0 {
            return Ok(DeviceTensor { handle, strides: strides(&view), shape: view.shape, dtype });
        }
        let n: usize = view.shape.iter().product();
        let out = DeviceTensor {
            handle: self.client.empty((n * dtype.size_bytes()).max(4)),
            strides: dense(&view.shape),
            shape: view.shape.clone(),
            dtype,
        };
        copy_view(&self.client, &self.target, &handle, dtype, &view, &out).map_err(|source| {
            CodegenError::Kernel { launch: usize::MAX, kernel: "copy_view".into(), source }
        })?;
        Ok(out)
    }

    fn download(
        &self,
        plan: &Plan,
        b: usize,
        slots: &[Handle],
        shapes: &[Vec<usize>],
    ) -> Result<Tensor, CodegenError> {
        let info = &plan.buffers[b];
        let shape = &shapes[b];
        let n = shape.iter().product::<usize>() * info.ty.dtype.size_bytes();
        let bytes = self.client.read_one(slots[info.slot].clone()).map_err(|e| {
            CodegenError::Device { backend: self.name.into(), reason: format!("{e:?}") }
        })?;
        Tensor::from_le_bytes(info.ty.dtype, shape, &bytes[..n])
            .map_err(|e| CodegenError::Device { backend: self.name.into(), reason: e.to_string() })
    }
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
