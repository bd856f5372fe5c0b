//! The CPU backend: runs plans natively. Kernels are the native implementations of
//! `packfuse-kernels`; "compiling" one validates and stores its spec. Launches run in
//! order; each kernel parallelises internally with rayon.

use std::sync::{Arc, OnceLock};

use packfuse_ir::{Bindings, Tensor, TensorData};
use packfuse_kernels::elem::{ensure, ensure_reusing, Written};
use packfuse_kernels::{Arg, KernelSpec, View};

use super::{profiling, Backend, CompiledKernel, Profile};
use crate::cache::KernelCache;
use crate::engine::InputSource;
use crate::plan::{Launch, Plan, Storage};
use crate::prepack::Bound;
use crate::{bind_inputs, CodegenError};

/// The native CPU backend.
#[derive(Default)]
pub struct CpuBackend {
    cache: KernelCache<dyn CompiledKernel>,
}

struct CpuKernel(KernelSpec);

impl CompiledKernel for CpuKernel {
    fn spec(&self) -> &KernelSpec {
        &self.0
    }
}

/// One line about the host: threads rayon will use.
pub fn describe() -> String {
    format!("native, {} threads", rayon::current_num_threads())
}

impl CpuBackend {
    /// The process-wide instance (so its kernel cache is shared).
    pub fn shared() -> Arc<dyn Backend> {
        static CPU: OnceLock<Arc<CpuBackend>> = OnceLock::new();
        CPU.get_or_init(|| Arc::new(CpuBackend::default())).clone()
    }
}

impl Backend for CpuBackend {
    fn name(&self) -> &'static str {
        "cpu"
    }

    fn compile_kernel(&self, spec: &KernelSpec) -> Result<Arc<dyn CompiledKernel>, CodegenError> {
        Ok(Arc::new(CpuKernel(spec.clone())))
    }

    fn execute(
        &self,
        plan: &Plan,
        _kernels: &[Arc<dyn CompiledKernel>],
        inputs: &dyn InputSource,
    ) -> Result<Vec<Tensor>, CodegenError> {
        let bindings = bind_inputs(plan, inputs)?;
        let shapes = plan
            .buffers
            .iter()
            .map(|b| resolve(&b.ty.shape, &bindings))
            .collect::<Result<Vec<_>, _>>()?;
        let mut slots: Vec<TensorData> =
            (0..plan.slots).map(|_| TensorData::F32(Vec::new())).collect();
        // What each slot's allocation already holds, so growing back is not a re-zeroing.
        let mut written = vec![Written::default(); plan.slots];
        let mut profile = profiling().then(Profile::default);
        for (i, l) in plan.launches.iter().enumerate() {
            let started = std::time::Instant::now();
            let b = &plan.buffers[l.out];
            let n = shapes[l.out].iter().product();
            let mut out = std::mem::replace(&mut slots[b.slot], TensorData::U8(Vec::new()));
            ensure_reusing(&mut out, b.ty.dtype, n, &mut written[b.slot]);
            let mut also = take_also(plan, l, &shapes, &mut slots, &mut written);
            let res = {
                let args = l
                    .args
                    .iter()
                    .map(|a| {
                        let (data, base) = match &a.storage {
                            Storage::Input(name) => match input(inputs, name)? {
                                Bound::Plain(t) => (t.data(), View::contiguous(t.shape())),
                                // Held transposed: read through the transposing view.
                                Bound::Transposed(t) => {
                                    (t.data(), View::contiguous(t.shape()).permute(&[1, 0]))
                                }
                            },
                            Storage::Constant(c) => {
                                let t = &plan.constants[*c];
                                (t.data(), View::contiguous(t.shape()))
                            }
                            Storage::Buffer(k) => {
                                (&slots[plan.buffers[*k].slot], View::contiguous(&shapes[*k]))
                            }
                        };
                        let view = a.resolve_from(base, &bindings).map_err(|e| unbound(&e))?;
                        Ok(Arg { data, view })
                    })
                    .collect::<Result<Vec<_>, CodegenError>>()?;
                if also.is_empty() {
                    l.kernel.run_cpu(&args, &mut out, &shapes[l.out])
                } else {
                    let mut outs: Vec<&mut TensorData> =
                        std::iter::once(&mut out).chain(also.iter_mut().map(|(_, d)| d)).collect();
                    let out_shapes: Vec<&[usize]> = std::iter::once(l.out)
                        .chain(l.also.iter().copied())
                        .map(|o| &shapes[o][..])
                        .collect();
                    l.kernel.run_cpu_multi(&args, &mut outs, &out_shapes)
                }
            };
            slots[b.slot] = out;
            for (slot, data) in also {
                slots[slot] = data;
            }
            res.map_err(|source| CodegenError::Kernel {
                launch: i,
                kernel: l.kernel.family().to_string(),
                source,
            })?;
            if l.recurse.is_some() {
                let data = std::mem::replace(&mut slots[b.slot], TensorData::U8(Vec::new()));
                let state = Tensor::new(shapes[l.out].clone(), data).expect("sized by ensure");
                let mut result = self.recurse(plan, l, state, inputs, &slots, &shapes)?;
                slots[b.slot] = std::mem::replace(result.data_mut(), TensorData::U8(Vec::new()));
                // Another allocation now: what the old one had written says nothing about it
                // (the allocator may even hand back the same address and capacity).
                written[b.slot] = Written::default();
            }
            if let Some(p) = profile.as_mut() {
                p.launch(plan, i, &shapes[l.out], started.elapsed());
            }
        }
        if let Some(p) = profile {
            p.report();
        }
        // Output buffers keep their slots to the end, so each output's data is moved out of
        // its slot (copied only while a later output names the same buffer).
        plan.outputs
            .iter()
            .enumerate()
            .map(|(k, (_, b))| {
                let info = &plan.buffers[*b];
                let n: usize = shapes[*b].iter().product();
                let mut data = if plan.outputs[k + 1..].iter().any(|(_, o)| o == b) {
                    slots[info.slot].clone()
                } else {
                    std::mem::replace(&mut slots[info.slot], TensorData::U8(Vec::new()))
                };
                ensure(&mut data, info.ty.dtype, n);
                Ok(Tensor::new(shapes[*b].clone(), data).expect("buffer sized from its shape"))
            })
            .collect()
    }

    fn cache(&self) -> &KernelCache<dyn CompiledKernel> {
        &self.cache
    }
}

impl CpuBackend {
    /// The recurse step of `l`: its inputs bound as tensors (borrowed where they are
    /// inputs or constants, copied out of their slot where they are buffers), then the
    /// shared loop.
    fn recurse(
        &self,
        plan: &Plan,
        l: &Launch,
        state: Tensor,
        inputs: &dyn InputSource,
        slots: &[TensorData],
        shapes: &[Vec<usize>],
    ) -> Result<Tensor, CodegenError> {
        let step = l.recurse.as_ref().expect("a recurse launch");
        let mut owned = Vec::new();
        for a in &step.inputs {
            match &a.storage {
                Storage::Buffer(k) => {
                    let info = &plan.buffers[*k];
                    let mut data = slots[info.slot].clone();
                    ensure(&mut data, info.ty.dtype, shapes[*k].iter().product());
                    owned.push(Tensor::new(shapes[*k].clone(), data).expect("sized by ensure"));
                }
                // A weight held transposed: the step binds it in its own layout.
                Storage::Input(name) => {
                    if let b @ Bound::Transposed(_) = input(inputs, name)? {
                        owned.push(b.to_plain().into_owned());
                    }
                }
                Storage::Constant(_) => {}
            }
        }
        let mut owned = owned.iter();
        let mut bound = Vec::new();
        for a in &step.inputs {
            bound.push(match &a.storage {
                Storage::Input(name) => match input(inputs, name)? {
                    Bound::Plain(t) => t,
                    Bound::Transposed(_) => owned.next().expect("one per transposed input"),
                },
                Storage::Constant(c) => &plan.constants[*c],
                Storage::Buffer(_) => owned.next().expect("one per buffer input"),
            });
        }
        super::run_recurse(self, plan, l, state, &bound)
    }
}

/// The further outputs of `l` taken out of their slots, typed and sized ([`ensure_reusing`]
/// with the slots' `written` marks): `(slot, data)`.
fn take_also(
    plan: &Plan,
    l: &Launch,
    shapes: &[Vec<usize>],
    slots: &mut [TensorData],
    written: &mut [Written],
) -> Vec<(usize, TensorData)> {
    l.also
        .iter()
        .map(|&o| {
            let info = &plan.buffers[o];
            let mut data = std::mem::replace(&mut slots[info.slot], TensorData::U8(Vec::new()));
            let n = shapes[o].iter().product();
            ensure_reusing(&mut data, info.ty.dtype, n, &mut written[info.slot]);
            (info.slot, data)
        })
        .collect()
}

/// The tensor bound to `name` (`bind_inputs` checked that every plan input is there).
fn input<'a>(inputs: &'a dyn InputSource, name: &str) -> Result<Bound<'a>, CodegenError> {
    inputs.get_bound(name).ok_or_else(|| unbound(&format!("input {name:?} is not supplied")))
}

fn resolve(shape: &packfuse_ir::Shape, b: &Bindings) -> Result<Vec<usize>, CodegenError> {
    shape.resolve(b).map_err(|name| unbound(&format!("{name} is not bound by any input")))
}

fn unbound(what: &str) -> CodegenError {
    CodegenError::UnboundDim(what.to_string())
}
