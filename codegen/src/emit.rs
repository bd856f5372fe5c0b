//! Kernel sources without a device: `packfuse compile --emit cuda|wgsl|spirv`.
//!
//! The graph is compiled to a plan as for a run; every launch then goes through the CubeCL
//! launchers on a null runtime ([`crate::backend::cube::null`]) whose device reports the
//! target's properties, so the source is what that device would JIT. Steps:
//! 1. compile the graph to a plan;
//! 2. bind every dynamic dim to [`DEFAULT_DYN_DIM`]: kernels take dynamic sizes at run
//!    time, so the size changes no source (only the grid), it just has to be small and valid;
//! 3. give each storage a null buffer and each argument its view's shape and strides; a
//!    view with an element offset is copied densely first, as the CubeCL backend does (the
//!    copy kernel is then part of that launch's output);
//! 4. launch each kernel through [`KernelSpec::launch_cube_without_data`] and collect what
//!    the null device recorded. The null device holds no data, so a launcher that plans
//!    from argument values (attention reads `cu_seqlens` back to validate them and to
//!    upload each query's key range; the sigmoid loss reads `t'`, `b`, `dloss` and the row
//!    norms to check them) takes values made up from the shapes instead; its
//!    kernels depend only on the spec, dtypes, sizes and target, so they are the ones a run
//!    would JIT.
//!
//! A family with no CubeCL kernel yet is not an error: it yields an [`EmittedKernel`] whose
//! `unsupported` says why, printed as a comment.
//!
//! A `recurse` node's body is compiled once into its own plan; its kernels follow the
//! plan's, once each, labelled with [`EmittedKernel::body`] ("body of recurse node %5").
//!
//! [`KernelSpec::launch_cube_without_data`]: packfuse_kernels::KernelSpec::launch_cube_without_data

use std::fmt;

use cubecl::prelude::*;
use cubecl::server::Handle;
use packfuse_ir::{Bindings, DType, Dim, Graph};
use packfuse_kernels::cube::{view_arg, DeviceTensor, Target};
use packfuse_kernels::{KernelError, View};

use crate::backend::cube::null::{
    record, CudaTarget, NullDevice, NullRuntime, NullTarget, Recorded, SpirvTarget, WgslTarget,
};
use crate::pipeline::compile_to_plan;
use crate::plan::{Launch, Plan, ValueRef};
use crate::CodegenError;

/// The size every dynamic dim gets when emitting (see step 2 above).
pub const DEFAULT_DYN_DIM: usize = 8;

/// What to emit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EmitTarget {
    /// CUDA C++ for NVRTC, for compute capability `sm` (80: A100, 90: H100).
    Cuda {
        /// Compute capability, e.g. 90.
        sm: u32,
    },
    /// WGSL, for a lavapipe-like Vulkan device.
    Wgsl,
    /// SPIR-V (as disassembly text), for a lavapipe-like Vulkan device.
    Spirv,
}

impl EmitTarget {
    /// The comment prefix of the target's source language.
    pub fn comment(self) -> &'static str {
        match self {
            EmitTarget::Spirv => ";",
            _ => "//",
        }
    }
}

impl fmt::Display for EmitTarget {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EmitTarget::Cuda { sm } => write!(f, "cuda sm_{sm}"),
            EmitTarget::Wgsl => f.write_str("wgsl"),
            EmitTarget::Spirv => f.write_str("spirv"),
        }
    }
}

/// One generated kernel, or a launch whose family has no kernel for the target.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmittedKernel {
    /// Index of the launch in the plan.
    pub launch: usize,
    /// The kernel family (`elementwise`, `matmul`, ...).
    pub family: &'static str,
    /// The entry point; for an unsupported launch, the family.
    pub name: String,
    /// Threads per cube (x, y, z).
    pub cube_dim: (u32, u32, u32),
    /// The source; for an unsupported launch, a comment line saying so.
    pub source: String,
    /// Why the launch has no kernel for this target, if it has none.
    pub unsupported: Option<String>,
    /// For a launch of a `recurse` body's plan, which one (`body of recurse node %5`,
    /// nested bodies joined by ` > `); `launch` then counts within that body. `None` for
    /// the graph's own launches.
    pub body: Option<String>,
}

impl fmt::Display for EmittedKernel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.unsupported.is_some() {
            return writeln!(f, "{}", self.source);
        }
        let (x, y, z) = self.cube_dim;
        let c = if self.source.starts_with(';') { ";" } else { "//" };
        let body = self.body.as_ref().map(|b| format!("{b}, ")).unwrap_or_default();
        writeln!(
            f,
            "{c} ==== {body}launch {}: {} ({}), cube_dim {x}x{y}x{z}",
            self.launch, self.name, self.family
        )?;
        writeln!(f, "{}", self.source.trim_end())
    }
}

/// The kernel sources of every launch of `graph`'s plan, for `target`, in launch order.
pub fn emit(graph: &Graph, target: EmitTarget) -> Result<Vec<EmittedKernel>, CodegenError> {
    emit_plan(&compile_to_plan(graph)?, target)
}

/// [`emit`] for a plan already made.
pub fn emit_plan(plan: &Plan, target: EmitTarget) -> Result<Vec<EmittedKernel>, CodegenError> {
    match target {
        // The CUDA kernel ABI cubecl emits (`__grid_constant__` info) needs sm_70.
        EmitTarget::Cuda { sm } if !(70..=120).contains(&sm) => Err(CodegenError::Unsupported {
            op: format!("--emit cuda for sm_{sm}"),
            backend: "cuda (sm_70 to sm_120)".into(),
        }),
        EmitTarget::Cuda { sm } => Emitter::<CudaTarget>::new(sm as u16, target).plan(plan),
        EmitTarget::Wgsl => Emitter::<WgslTarget>::new(0, target).plan(plan),
        EmitTarget::Spirv => Emitter::<SpirvTarget>::new(0, target).plan(plan),
    }
}

/// Every dynamic dim of the plan bound to [`DEFAULT_DYN_DIM`].
pub fn default_bindings(plan: &Plan) -> Bindings {
    let types = plan.inputs.iter().map(|(_, t)| t).chain(plan.buffers.iter().map(|b| &b.ty));
    types
        .flat_map(|t| t.shape.dims())
        .filter_map(|d| match d {
            Dim::Dyn(name) => Some((name.clone(), DEFAULT_DYN_DIM)),
            Dim::Static(_) => None,
        })
        .collect()
}

struct Emitter<T: NullTarget> {
    client: ComputeClient<NullRuntime<T>>,
    target: Target,
    emit: EmitTarget,
}

impl<T: NullTarget> Emitter<T> {
    fn new(index: u16, emit: EmitTarget) -> Self {
        let client = NullRuntime::<T>::client(&NullDevice { index });
        let target = Target::query(T::BACKEND, &client);
        Emitter { client, target, emit }
    }

    fn plan(&self, plan: &Plan) -> Result<Vec<EmittedKernel>, CodegenError> {
        self.plan_in(plan, None)
    }

    /// The kernels of `plan`, then those of its `recurse` bodies (each once), labelled
    /// with `body` (the body that `plan` is, if it is one).
    fn plan_in(&self, plan: &Plan, body: Option<&str>) -> Result<Vec<EmittedKernel>, CodegenError> {
        self.check_dtypes(plan)?;
        let bindings = default_bindings(plan);
        let mut out = Vec::new();
        for (i, l) in plan.launches.iter().enumerate() {
            for mut k in self.launch(plan, i, l, &bindings)? {
                if let (Some(b), Some(_)) = (body, &k.unsupported) {
                    k.source = k.source.replacen(" launch", &format!(" {b}, launch"), 1);
                }
                k.body = body.map(str::to_string);
                out.push(k);
            }
        }
        for l in &plan.launches {
            if let Some(r) = &l.recurse {
                let label = format!("body of recurse node {}", l.node);
                let label = body.map_or(label.clone(), |outer| format!("{outer} > {label}"));
                out.extend(self.plan_in(&plan.bodies[r.body], Some(&label))?);
            }
        }
        Ok(out)
    }

    /// Refuses a plan that stores a dtype the device lacks, as the backend does.
    fn check_dtypes(&self, plan: &Plan) -> Result<(), CodegenError> {
        let types = plan.buffers.iter().map(|b| &b.ty).chain(plan.inputs.iter().map(|(_, t)| t));
        match types.map(|t| t.dtype).find(|&d| !self.target.supports(d)) {
            Some(d) => Err(CodegenError::Unsupported {
                op: format!("{d} tensors"),
                backend: format!("{} (the target does not support {d})", self.emit),
            }),
            None => Ok(()),
        }
    }

    fn launch(
        &self,
        plan: &Plan,
        i: usize,
        l: &Launch,
        b: &Bindings,
    ) -> Result<Vec<EmittedKernel>, CodegenError> {
        let family = l.kernel.family();
        let views = l.args.iter().map(|a| self.view(plan, a, b)).collect::<Result<Vec<_>, _>>()?;
        let out_ty = &plan.buffers[l.out].ty;
        let out_view =
            View::contiguous(&out_ty.shape.resolve(b).map_err(CodegenError::UnboundDim)?);
        let out = self.tensor(self.buffer(&out_view, out_ty.dtype), out_view, out_ty.dtype);
        let mut outs = vec![out];
        for &a in &l.also {
            let ty = &plan.buffers[a].ty;
            let v = View::contiguous(&ty.shape.resolve(b).map_err(CodegenError::UnboundDim)?);
            outs.push(self.tensor(self.buffer(&v, ty.dtype), v, ty.dtype));
        }
        let launch = || {
            let args = views
                .into_iter()
                .map(|(h, v, d)| self.arg(h, v, d))
                .collect::<Result<Vec<_>, _>>()?;
            match outs.as_slice() {
                [out] => l.kernel.launch_cube_without_data(&self.client, &self.target, &args, out),
                outs => l.kernel.launch_cube_multi(&self.client, &self.target, &args, outs, false),
            }
        };
        let (result, recorded) = record(&self.client, launch).map_err(|e| {
            CodegenError::Device { backend: T::NAME.into(), reason: format!("{e:?}") }
        })?;
        match result {
            Err(KernelError::Unsupported { reason, .. }) => {
                return Ok(vec![self.unsupported(i, family, reason)])
            }
            // The null device holds no data: a launcher that needs values it reads back
            // (gather's indices, rope's positions) cannot be emitted.
            Err(KernelError::Device { reason, .. }) => {
                let reason = format!(
                    "its launcher reads device memory, which a null device has not got ({})",
                    one_line(&reason)
                );
                return Ok(vec![self.unsupported(i, family, reason)]);
            }
            Err(source) => {
                return Err(CodegenError::Kernel { launch: i, kernel: family.into(), source })
            }
            Ok(()) => {}
        }
        let emitted = |r: Recorded| {
            let source = r.source.map_err(|reason| CodegenError::Emit {
                launch: i,
                kernel: family.into(),
                target: self.emit.to_string(),
                reason,
            })?;
            let d = r.cube_dim;
            let cube_dim = (d.x, d.y, d.z);
            Ok(EmittedKernel {
                launch: i,
                family,
                name: r.entry_point,
                cube_dim,
                source,
                unsupported: None,
                body: None,
            })
        };
        recorded.into_iter().map(emitted).collect()
    }

    fn unsupported(&self, launch: usize, family: &'static str, reason: String) -> EmittedKernel {
        let c = self.emit.comment();
        let reason = one_line(&reason);
        let source = format!("{c} launch {launch}: {family} has no {} kernel: {reason}", self.emit);
        let name = family.to_string();
        EmittedKernel {
            launch,
            family,
            name,
            cube_dim: (0, 0, 0),
            source,
            unsupported: Some(reason),
            body: None,
        }
    }

    /// The buffer of an argument's storage and the view the plan reads it through.
    fn view(
        &self,
        plan: &Plan,
        a: &ValueRef,
        b: &Bindings,
    ) -> Result<(Handle, View, DType), CodegenError> {
        let ty = plan.storage_type(&a.storage);
        let base = ty
            .shape
            .resolve(b)
            .map_err(|n| CodegenError::UnboundDim(format!("{n} is not bound")))?;
        let view = a.resolve(&base, b).map_err(CodegenError::UnboundDim)?;
        Ok((self.buffer(&View::contiguous(&base), ty.dtype), view, ty.dtype))
    }

    /// The kernel argument for a view, as the CubeCL backend makes it ([`view_arg`]).
    fn arg(&self, handle: Handle, view: View, dtype: DType) -> Result<DeviceTensor, KernelError> {
        view_arg(&self.client, &self.target, &handle, dtype, &view)
    }

    fn buffer(&self, v: &View, dtype: DType) -> Handle {
        // Nothing is allocated on a null device; the size only steers address-width choices.
        self.client.empty((v.numel() * dtype.size_bytes()).max(4))
    }

    fn tensor(&self, handle: Handle, v: View, dtype: DType) -> DeviceTensor {
        // Views never hold negative strides (no op reverses an axis).
        let strides = v.strides.iter().map(|&s| s as usize).collect();
        DeviceTensor { handle, shape: v.shape, strides, dtype }
    }
}

/// `text` on one line (CubeCL's errors span several, with a backtrace section).
fn one_line(text: &str) -> String {
    let text = text.split("Backtrace:").next().unwrap_or(text);
    text.lines().map(str::trim).filter(|l| !l.is_empty()).collect::<Vec<_>>().join("; ")
}
