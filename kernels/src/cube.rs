//! Shared pieces of the CubeCL (`#[cube]`) kernels: device tensors, the target's
//! capabilities, the launch dispatch and the host-side helpers every family uses.
//!
//! Codegen queries a device once and hands the kernels a [`Target`]; kernels take the
//! capabilities they need (plane size, dtypes, vector width) from it as compile-time
//! configuration instead of reading the client, so a kernel definition depends only on its
//! spec and target (and `--emit` on a null runtime gives the same code as a real device).
//!
//! Conventions of every launch:
//! - `out` is dense row-major of the output shape, offset 0; arguments are read through
//!   their element strides (0 = broadcast), so permutes and broadcasts cost no copy.
//! - Arithmetic is f32 (f64 for elementwise programs that touch i32, where the device has
//!   f64); half types are storage only. Vector width is 1 (scalar loads) everywhere for now.
//! - Unsupported dtypes or families are `Err(Unsupported)` returned before any launch.

use cubecl::prelude::*;
use cubecl::server::Handle;
use cubecl::CubeElement;
use packfuse_ir::{DType, TensorData};

use crate::error::{bad, KernelError};
use crate::layout::View;
use crate::{
    attention, elementwise, matmul, movement, norm, reduce, rope, sigmoid_loss, KernelSpec,
};

/// What a device can do, queried once per device.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Target {
    /// Backend name for errors (`vulkan`, `cuda`, `null-cuda`, ...).
    pub backend: &'static str,
    /// Threads per plane (warp / subgroup).
    pub plane_size: u32,
    /// Plane reductions (`plane_sum`, ...) are advertised.
    pub plane_ops: bool,
    /// f16 arithmetic and storage.
    pub f16: bool,
    /// bf16 arithmetic and storage.
    pub bf16: bool,
    /// f64 arithmetic (used for exact integer elementwise programs).
    pub f64: bool,
    /// Shared memory per cube, bytes.
    pub max_shared_bytes: usize,
    /// Widest vector (line) a kernel may use.
    pub max_vector: usize,
    /// Most cubes along one grid axis.
    pub max_cube_count: u32,
}

impl Target {
    /// Reads the capabilities of `client`'s device.
    pub fn query<R: Runtime>(backend: &'static str, client: &ComputeClient<R>) -> Target {
        let p = client.properties();
        let float = |k| p.supports_type(cubecl::ir::ElemType::Float(k));
        Target {
            backend,
            plane_size: p.hardware.plane_size_max,
            plane_ops: p.features.plane.contains(cubecl::features::Plane::Ops),
            f16: float(cubecl::ir::FloatKind::F16),
            bf16: float(cubecl::ir::FloatKind::BF16),
            f64: float(cubecl::ir::FloatKind::F64),
            max_shared_bytes: p.hardware.max_shared_memory_size,
            max_vector: 4,
            max_cube_count: u16::MAX as u32,
        }
    }

    /// True when tensors of `dtype` can be stored and computed on.
    pub fn supports(&self, dtype: DType) -> bool {
        match dtype {
            DType::F32 | DType::I32 | DType::U8 => true,
            DType::F16 => self.f16,
            DType::BF16 => self.bf16,
        }
    }

    /// `Err(Unsupported)` naming the first of `dtypes` this target lacks.
    pub fn check_dtypes(
        &self,
        kernel: &'static str,
        dtypes: impl IntoIterator<Item = DType>,
    ) -> Result<(), KernelError> {
        match dtypes.into_iter().find(|d| !self.supports(*d)) {
            Some(d) => Err(unsupported(kernel, self, format!("the device has no {d}"))),
            None => Ok(()),
        }
    }

    /// A grid of `cubes` cubes that respects the per-axis limit; kernels use the linear
    /// `CUBE_POS` / `ABSOLUTE_POS` and guard the tail.
    pub fn grid(&self, cubes: usize) -> CubeCount {
        let max = self.max_cube_count.max(1) as usize;
        let x = cubes.clamp(1, max);
        CubeCount::Static(x as u32, cubes.div_ceil(x).max(1) as u32, 1)
    }
}

/// A tensor in device memory: a handle to its buffer (offset 0), shape and element
/// strides (0 marks a broadcast dimension).
#[derive(Clone, Debug)]
pub struct DeviceTensor {
    /// The buffer.
    pub handle: Handle,
    /// Sizes.
    pub shape: Vec<usize>,
    /// Element strides.
    pub strides: Vec<usize>,
    /// Element type.
    pub dtype: DType,
}

impl DeviceTensor {
    /// A dense row-major tensor of `shape` in `handle`.
    pub fn contiguous(handle: Handle, shape: &[usize], dtype: DType) -> DeviceTensor {
        let strides = View::contiguous(shape).strides.iter().map(|&s| s as usize).collect();
        DeviceTensor { handle, shape: shape.to_vec(), strides, dtype }
    }

    /// Number of elements.
    pub fn numel(&self) -> usize {
        self.shape.iter().product()
    }

    /// True when dense row-major (size-1 dims may have any stride).
    pub fn is_contiguous(&self) -> bool {
        let c = View::contiguous(&self.shape);
        self.shape
            .iter()
            .zip(&self.strides)
            .zip(&c.strides)
            .all(|((&n, &a), &b)| n <= 1 || a == b as usize)
    }

    /// The same buffer seen with another shape and strides (a permute or broadcast).
    pub fn restrided(&self, shape: Vec<usize>, strides: Vec<usize>) -> DeviceTensor {
        DeviceTensor { handle: self.handle.clone(), shape, strides, dtype: self.dtype }
    }

    /// Broadcast (numpy rules, stride 0 on new or size-1 dims) to `shape`; `None` when the
    /// shapes do not broadcast.
    pub fn broadcast_to(&self, shape: &[usize]) -> Option<DeviceTensor> {
        let lead = shape.len().checked_sub(self.shape.len())?;
        let mut strides = vec![0; shape.len()];
        for (j, (&n, &s)) in self.shape.iter().zip(&self.strides).enumerate() {
            match n {
                _ if n == shape[lead + j] => strides[lead + j] = s,
                1 => {}
                _ => return None,
            }
        }
        Some(self.restrided(shape.to_vec(), strides))
    }

    /// Axes reordered: `out.shape[i] = shape[perm[i]]`.
    pub fn permute(&self, perm: &[usize]) -> DeviceTensor {
        let shape = perm.iter().map(|&p| self.shape[p]).collect();
        let strides = perm.iter().map(|&p| self.strides[p]).collect();
        self.restrided(shape, strides)
    }

    /// The kernel argument: shape and strides travel as tensor metadata.
    ///
    /// A rank-0 tensor goes to the kernel as shape `[1]`, stride `[1]` (same element, same
    /// offsets): CubeCL's CUDA launcher drops the `dynamic_meta` kernel parameter when every
    /// tensor of a launch has rank 0, while the compiled kernel still declares it, so the
    /// parameters shift and the driver reads garbage (a segfault in `cuLaunchKernel`, found
    /// by the first run on an H200 with rank-0 elementwise graphs and the 1-row loss).
    pub fn arg<R: Runtime>(&self) -> TensorArg<R> {
        let (shape, strides) = if self.shape.is_empty() {
            (vec![1], vec![1])
        } else {
            (self.shape.clone(), self.strides.clone())
        };
        // SAFETY: the caller built shape and strides for this buffer; kernels run in
        // checked mode, so an inconsistent view reads clamped indices, never outside it.
        unsafe { TensorArg::from_raw_parts(self.handle.clone(), strides.into(), shape.into()) }
    }
}

/// The CubeCL storage type of a dtype (passed to kernels through `#[define]`).
pub fn storage_type(dtype: DType) -> StorageType {
    match dtype {
        DType::F32 => f32::as_type_native_unchecked().storage_type(),
        DType::F16 => half::f16::as_type_native_unchecked().storage_type(),
        DType::BF16 => half::bf16::as_type_native_unchecked().storage_type(),
        DType::I32 => i32::as_type_native_unchecked().storage_type(),
        DType::U8 => u8::as_type_native_unchecked().storage_type(),
    }
}

/// `Err(Unsupported)` for `kernel` on `target`.
pub fn unsupported(
    kernel: &'static str,
    target: &Target,
    reason: impl Into<String>,
) -> KernelError {
    KernelError::Unsupported { kernel, backend: target.backend, reason: reason.into() }
}

/// Uploads host data into a new device buffer.
///
/// Two host copies, both CubeCL's own, where `create_from_slice` makes three: see
/// [`upload_bytes`].
pub fn upload<R: Runtime>(client: &ComputeClient<R>, data: &TensorData) -> Handle {
    upload_bytes(client, tensor_bytes(data))
}

/// The storage's own bytes, little-endian as every supported device reads them.
pub fn tensor_bytes(data: &TensorData) -> &[u8] {
    match data {
        TensorData::F32(v) => f32::as_bytes(v),
        TensorData::F16(v) => half::f16::as_bytes(v),
        TensorData::BF16(v) => half::bf16::as_bytes(v),
        TensorData::I32(v) => i32::as_bytes(v),
        TensorData::U8(v) => v,
    }
}

/// Uploads `bytes` into a new device buffer with one host copy fewer than
/// `create_from_slice`.
///
/// CubeCL 0.10's `create_from_slice` copies the slice into a `Vec`, `do_create_from_slices`
/// copies that `Vec` again, and `Bytes::from_bytes_vec` copies it a third time (it checks the
/// nominal alignment of a `Vec<u8>`, 1, against 16, so it always reallocates). `create(Bytes)`
/// makes only the last two (`do_create`: `Bytes::from_bytes_vec(data.to_vec())`), and drops
/// the `Bytes` it was given before it returns. So the `Bytes` here borrows `bytes` instead of
/// owning a copy of it. That borrow is sound only while CubeCL lets go of it inside `create`: a flag set
/// when CubeCL drops the borrowing controller is checked when `create` returns, and if it is
/// still held the process aborts (while `bytes` is still alive) rather than let CubeCL read
/// freed memory later. `cubecl` is pinned to `=0.10.0`; the test
/// `cube_lavapipe::uploads_lend_their_bytes` (and every upload in the suites) checks this.
pub fn upload_bytes<R: Runtime>(client: &ComputeClient<R>, bytes: &[u8]) -> Handle {
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::Arc;
    let released = Arc::new(AtomicBool::new(false));
    let lent = Lent { ptr: bytes.as_ptr(), len: bytes.len(), released: released.clone() };
    // SAFETY: the controller's memory is `bytes`, all of it initialised. It outlives this
    // call only if CubeCL keeps it, which is checked below before `bytes` can be freed.
    let lent = unsafe { cubecl::bytes::Bytes::from_controller(Box::new(lent), bytes.len()) };
    let handle = client.create(lent);
    if !released.load(Ordering::Acquire) {
        eprintln!(
            "packfuse: CubeCL kept a borrowed upload buffer past `create` (packfuse's \
             one-copy upload assumes cubecl 0.10.0's `do_create`); aborting before it could \
             read freed memory"
        );
        std::process::abort();
    }
    handle
}

/// A read-only [`cubecl::bytes::AllocationController`] over memory owned by the caller of
/// [`upload_bytes`], which sets `released` when dropped.
struct Lent {
    ptr: *const u8,
    len: usize,
    released: std::sync::Arc<std::sync::atomic::AtomicBool>,
}

impl Drop for Lent {
    fn drop(&mut self) {
        self.released.store(true, std::sync::atomic::Ordering::Release);
    }
}

impl cubecl::bytes::AllocationController for Lent {
    fn alloc_align(&self) -> usize {
        // The alignment the address happens to have (at most a page), all a borrow knows.
        1 << (self.ptr as usize).trailing_zeros().min(12)
    }

    fn property(&self) -> cubecl::bytes::AllocationProperty {
        // Not `File` (CubeCL would stage it) and not `Native` (it could try to reuse it as
        // a `Vec`): memory of another kind, read through `memory` only.
        cubecl::bytes::AllocationProperty::Other
    }

    unsafe fn memory_mut(&mut self) -> &mut [std::mem::MaybeUninit<u8>] {
        panic!("packfuse: an upload's lent bytes are read-only")
    }

    fn memory(&self) -> &[std::mem::MaybeUninit<u8>] {
        if self.len == 0 {
            return &[];
        }
        // SAFETY: `ptr..ptr + len` is the caller's live, initialised slice (see upload_bytes).
        unsafe { std::slice::from_raw_parts(self.ptr.cast(), self.len) }
    }
}

/// Reads the first `n` elements of a buffer of `dtype` back to the host.
pub fn download<R: Runtime>(
    client: &ComputeClient<R>,
    handle: &Handle,
    dtype: DType,
    n: usize,
) -> Result<TensorData, KernelError> {
    let bytes = read_prefix(client, handle, n * dtype.size_bytes()).map_err(|e| {
        KernelError::Device { backend: R::name(client).to_string(), reason: e.to_string() }
    })?;
    let end = (n * dtype.size_bytes()).min(bytes.len());
    // One copy, out of CubeCL's (pinned, on CUDA) read-back buffer into the result.
    Ok(TensorData::from_le_bytes(dtype, &bytes[..end]))
}

/// The first `len` bytes of a device buffer (at least those; the read is rounded up to 4
/// bytes, and never past the buffer), read back to the host.
///
/// A plan's buffers share slots sized for the largest buffer a slot holds, so an output can
/// sit at the start of a much larger allocation: the SigLIP 2 B/16 tower's `[8, 768]`
/// embeddings (24 KiB) lie in a slot of `[1568, 3072]` f32 (19 MiB). `read_one` of the
/// handle would move the whole slot from the device; this moves the prefix only.
pub fn read_prefix<R: Runtime>(
    client: &ComputeClient<R>,
    handle: &Handle,
    len: usize,
) -> Result<cubecl::bytes::Bytes, cubecl::server::ServerError> {
    let size = handle.size_in_used();
    let want = (len.next_multiple_of(4) as u64).min(size);
    client.read_one(handle.clone().offset_end(size - want))
}

/// The smallest byte offset [`view_arg`] binds a buffer at: the device's binding alignment
/// (`DeviceProperties::memory.alignment`: 512 on CUDA, the adapter's uniform-offset
/// alignment on wgpu), raised to 256 bytes, WebGPU's default storage-offset limit, so that
/// every device accepts the binding and every vector width divides the start.
pub fn binding_alignment<R: Runtime>(client: &ComputeClient<R>) -> u64 {
    client.properties().memory.alignment.max(256)
}

/// `view` of the buffer `handle` as a kernel argument. Its strides reach the kernel as they
/// are; an element offset (a slice) becomes a byte offset of the handle where it is a
/// multiple of [`binding_alignment`], so the kernel reads the slice where it lies (the
/// SigLIP MAP head's key and value projections are such slices of one `in_proj` weight).
/// Any other offset is copied densely into a buffer of its own first ([`copy_view`]).
pub fn view_arg<R: Runtime>(
    client: &ComputeClient<R>,
    target: &Target,
    handle: &Handle,
    dtype: DType,
    view: &View,
) -> Result<DeviceTensor, KernelError> {
    let strides: Option<Vec<usize>> =
        view.strides.iter().map(|&s| usize::try_from(s).ok()).collect();
    let Some(strides) = strides else {
        return Err(bad("view_arg", format!("negative strides {:?}", view.strides)));
    };
    let bytes = (view.offset * dtype.size_bytes()) as u64;
    let n: usize = view.shape.iter().product();
    // An empty slice at the end of its buffer would be a zero-size binding, which wgpu
    // rejects; it takes the copy (into a 4-byte buffer) as before.
    if bytes.is_multiple_of(binding_alignment(client)) && (bytes == 0 || n > 0) {
        let handle = if bytes == 0 { handle.clone() } else { handle.clone().offset_start(bytes) };
        return Ok(DeviceTensor { handle, shape: view.shape.clone(), strides, dtype });
    }
    let out =
        DeviceTensor::contiguous(client.empty((n * dtype.size_bytes()).max(4)), &view.shape, dtype);
    copy_view(client, target, handle, dtype, view, &out)?;
    Ok(out)
}

/// Materialises a strided `view` of `src` (which may start at an element offset) into the
/// dense buffer `out` (same dtype, shape = `view.shape`). Used for slices that
/// [`view_arg`] cannot bind where they lie; every other view reaches kernels as strides.
pub fn copy_view<R: Runtime>(
    client: &ComputeClient<R>,
    target: &Target,
    src: &Handle,
    dtype: DType,
    view: &View,
    out: &DeviceTensor,
) -> Result<(), KernelError> {
    movement::cube::copy_view(client, target, src, dtype, view, out)
}

impl KernelSpec {
    /// Launches the CubeCL kernel of this spec: `out` is dense row-major of the output shape.
    /// A family without a cube kernel (yet) is `Err(Unsupported)`, returned before anything
    /// is launched.
    pub fn launch_cube<R: Runtime>(
        &self,
        client: &ComputeClient<R>,
        target: &Target,
        args: &[DeviceTensor],
        out: &DeviceTensor,
    ) -> Result<(), KernelError> {
        match self {
            KernelSpec::Elementwise { program } => {
                elementwise::cube::launch(client, target, program, args, out)
            }
            KernelSpec::Softmax { .. }
            | KernelSpec::LayerNorm { .. }
            | KernelSpec::RmsNorm { .. }
            | KernelSpec::L2Normalize { .. } => norm::cube::launch(client, target, self, args, out),
            KernelSpec::Reduce { op, axes } => {
                reduce::cube::launch(client, target, *op, axes, args, out)
            }
            KernelSpec::MatMul { transpose_a, transpose_b, epilogue } => {
                let t = (*transpose_a, *transpose_b);
                matmul::cube::launch(client, target, t, epilogue.as_ref(), args, out)
            }
            KernelSpec::Attention { mask, scale, window, part } => {
                let o = attention::Options::of(*mask, *scale, *window);
                attention::cube::launch(client, target, &o, *part, args, out)
            }
            KernelSpec::SigmoidLoss { part, normalize, positives, denom, also }
                if also.is_empty() =>
            {
                let o = packfuse_ir::LossOptions {
                    normalize: *normalize,
                    positives: *positives,
                    denom: *denom,
                };
                sigmoid_loss::cube::launch(client, target, &o, *part, args, out)
            }
            KernelSpec::SigmoidLoss { .. } => Err(crate::error::bad(
                "sigmoid_loss",
                format!("{self} writes several outputs: launch it with launch_cube_multi"),
            )),
            KernelSpec::Rope { base } => rope::cube::launch(client, target, base.0, args, out),
            KernelSpec::Gather { axis } => movement::cube::gather(client, target, *axis, args, out),
            KernelSpec::Concat { axis } => movement::cube::concat(client, target, *axis, args, out),
            KernelSpec::Iota { axis } => movement::cube::iota(client, target, *axis, out),
        }
    }

    /// [`Self::launch_cube`] where the caller holds some arguments' values on the host
    /// (`host[i]` for `args[i]`, e.g. a plan input): a launcher that would read those back
    /// from the device uses them instead, so the launch does not wait for the device.
    /// Today that is attention's segment tensors; every other launch is
    /// [`Self::launch_cube`].
    pub fn launch_cube_with_host<R: Runtime>(
        &self,
        client: &ComputeClient<R>,
        target: &Target,
        args: &[DeviceTensor],
        host: &[Option<&TensorData>],
        out: &DeviceTensor,
    ) -> Result<(), KernelError> {
        let i32s = |i: usize| match host.get(i).copied().flatten() {
            Some(TensorData::I32(v)) => Some(v.as_slice()),
            _ => None,
        };
        if let KernelSpec::Attention { mask, scale, window, part } = self {
            // `Err` when the mask needs prefix lengths the host does not hold.
            let prefix = match (*mask == packfuse_ir::MaskKind::PrefixLm, i32s(5)) {
                (false, _) => Ok(None),
                (true, Some(v)) => Ok(Some(v)),
                (true, None) => Err(()),
            };
            if let (Some(q), Some(k), Ok(prefix)) = (i32s(3), i32s(4), prefix) {
                let o = attention::Options::of(*mask, *scale, *window);
                let segs = (q, k);
                return attention::cube::launch_with_segments(
                    client, target, &o, *part, args, out, segs, prefix,
                );
            }
        }
        self.launch_cube(client, target, args, out)
    }

    /// [`Self::launch_cube`] for a launch with several outputs (`outs` in the order of
    /// [`KernelSpec::single_outputs`]). The sigmoid loss computes all its parts from one
    /// sweep over the logit tiles ([`sigmoid_loss::cube::launch_parts`]); any other spec
    /// has one output, a plain launch. `with_data: false` launches as
    /// [`Self::launch_cube_without_data`] does.
    pub fn launch_cube_multi<R: Runtime>(
        &self,
        client: &ComputeClient<R>,
        target: &Target,
        args: &[DeviceTensor],
        outs: &[DeviceTensor],
        with_data: bool,
    ) -> Result<(), KernelError> {
        if let KernelSpec::SigmoidLoss { part, normalize, positives, denom, also } = self {
            let o = packfuse_ir::LossOptions {
                normalize: *normalize,
                positives: *positives,
                denom: *denom,
            };
            let parts: Vec<_> = std::iter::once(*part).chain(also.iter().copied()).collect();
            return sigmoid_loss::cube::launch_parts(
                client, target, &o, &parts, args, outs, with_data,
            );
        }
        let singles = self.single_outputs(args.len());
        if singles.len() != outs.len() {
            let reason = format!("{self} writes {} outputs, {} given", singles.len(), outs.len());
            return Err(crate::error::bad(self.family(), reason));
        }
        for ((spec, n), out) in singles.iter().zip(outs) {
            let args = &args[..*n];
            match with_data {
                true => spec.launch_cube(client, target, args, out)?,
                false => spec.launch_cube_without_data(client, target, args, out)?,
            }
        }
        Ok(())
    }

    /// [`Self::launch_cube`] on a device that holds no data (the null runtime behind
    /// `--emit`, whose reads fail): a launcher that would read argument values back to plan
    /// its launches (attention's segments, the sigmoid loss's `t'`, `b`, `dloss` and norms) makes
    /// up values valid for the shapes instead, so the kernels, and their sources, are those a
    /// run launches. Gather and rope take every index / position as 0.
    pub fn launch_cube_without_data<R: Runtime>(
        &self,
        client: &ComputeClient<R>,
        target: &Target,
        args: &[DeviceTensor],
        out: &DeviceTensor,
    ) -> Result<(), KernelError> {
        match self {
            KernelSpec::Attention { mask, scale, window, part } => {
                let o = attention::Options::of(*mask, *scale, *window);
                attention::cube::launch_without_data(client, target, &o, *part, args, out)
            }
            KernelSpec::SigmoidLoss { part, normalize, positives, denom, also }
                if also.is_empty() =>
            {
                let o = packfuse_ir::LossOptions {
                    normalize: *normalize,
                    positives: *positives,
                    denom: *denom,
                };
                sigmoid_loss::cube::launch_without_data(client, target, &o, *part, args, out)
            }
            KernelSpec::Gather { axis } => {
                movement::cube::gather_without_data(client, target, *axis, args, out)
            }
            KernelSpec::Rope { base } => {
                rope::cube::launch_without_data(client, target, base.0, args, out)
            }
            _ => self.launch_cube(client, target, args, out),
        }
    }
}

/// Checks that `args` has `n` entries.
pub(crate) fn expect_args(
    kernel: &'static str,
    args: &[DeviceTensor],
    n: usize,
) -> Result<(), KernelError> {
    if args.len() < n {
        return Err(crate::error::bad(kernel, format!("{} arguments, expected {n}", args.len())));
    }
    Ok(())
}
