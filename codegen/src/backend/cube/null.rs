//! The null runtime: a CubeCL [`Runtime`] whose device never runs anything (tinygrad's NULL
//! device, wgpu-hal's `empty` backend).
//!
//! Its device reports the properties of a chosen target (an NVIDIA sm_80 / sm_90 GPU, or a
//! lavapipe-like Vulkan device) so that kernel expansion makes the same choices it would
//! make on that device; asked to launch, the server compiles the kernel with the target's
//! compiler and records `(entry point, cube dim, cube count, source)` instead of running it.
//! Allocation, writes and syncs are no-ops; reads, resources and profiling are errors.
//! This is how `packfuse compile --emit cuda|wgsl|spirv` and the NVRTC tests in CI get
//! faithful kernel sources on machines with no GPU.
//!
//! Use [`record`] to launch and collect: it serialises sessions (the record is
//! process-wide, because the server runs on CubeCL's device thread) and syncs before
//! reading.

use std::marker::PhantomData;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::{Arc, Mutex, MutexGuard};

use cubecl::bytes::Bytes;
use cubecl::device::{Device, DeviceId, DeviceService, ServerUtilitiesHandle};
use cubecl::future::DynFut;
use cubecl::ir::features::{AtomicUsage, Plane, Tma, TypeUsage};
use cubecl::ir::{
    AddressType, BarrierLevel, ContiguousElements, DeviceProperties, ElemType, FloatKind,
    HardwareProperties, IntKind, MatrixLayout, MemoryDeviceProperties, MmaProperties, OpaqueType,
    SemanticType, StorageType, TargetProperties, Type, UIntKind, VectorSize,
};
use cubecl::prelude::*;
use cubecl::profile::{ProfileDuration, TimingMethod};
use cubecl::server::{
    Binding, ComputeServer, CopyDescriptor, KernelArguments, ProfileError, ProfilingToken,
    ServerCommunication, ServerError, ServerUtilities,
};
use cubecl::stream_id::StreamId;
use cubecl::zspace::{Shape, Strides};
use cubecl::{Compiler, CubeTask, MemoryUsage, VulkanCompilationOptions, WgpuCompilationOptions};
use cubecl_cpp::cuda::arch::CudaArchitecture;
use cubecl_cpp::cuda::mma::CudaWmmaCompiler;
use cubecl_cpp::cuda::CudaDialect;
use cubecl_cpp::shared::{
    register_mma_features, register_scaled_mma_features, register_wmma_features,
    CompilationOptions as CppOptions, CppSupportedFeatures,
};
use cubecl_cpp::DialectWmmaCompiler;
use cubecl_runtime::allocator::ContiguousMemoryLayoutPolicy;
use cubecl_runtime::logging::ServerLogger;
use cubecl_runtime::memory_management::{ManagedMemoryHandle, MemoryAllocationMode};
use cubecl_runtime::storage::{BytesStorage, ComputeStorage, ManagedResource};

/// A device kind the null runtime can pretend to be: its properties and its compiler.
pub trait NullTarget: Clone + std::fmt::Debug + Send + Sync + 'static {
    /// The compiler a real runtime of this kind uses.
    type Compiler: Compiler + Default;
    /// The runtime name reported by [`Runtime::name`].
    const NAME: &'static str;
    /// The backend name kernels see in [`packfuse_kernels::cube::Target::backend`].
    const BACKEND: &'static str;
    /// Device properties and compiler options of device `index` (for CUDA: the sm version).
    fn properties(
        index: u16,
    ) -> (DeviceProperties, <Self::Compiler as Compiler>::CompilationOptions);
    /// Properties every device of the runtime shares (register layout of manual mma).
    fn target_properties() -> TargetProperties {
        TargetProperties { mma: Default::default() }
    }
    /// Most cubes per grid axis.
    fn max_cube_count() -> (u32, u32, u32);
    /// A device for timing the host's side of a run ([`CudaHostTarget`]): launches are
    /// looked up by kernel id, as a real runtime's kernel cache does, and neither compiled
    /// nor recorded; reads give zeros; memory usage is all zero.
    const HOST_TIMING: bool = false;
}

/// The null runtime for target `T`.
#[derive(Clone, Debug)]
pub struct NullRuntime<T: NullTarget>(PhantomData<T>);

/// A null device; `index` selects the variant of the target (for CUDA, the sm version: 80, 90).
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct NullDevice {
    /// Variant of the target.
    pub index: u16,
}

impl Device for NullDevice {
    fn from_id(id: DeviceId) -> Self {
        NullDevice { index: id.index_id }
    }
    fn to_id(&self) -> DeviceId {
        // 'N','U': a type id no real runtime uses, so no device thread is shared with one.
        DeviceId::new(0x4e55, self.index)
    }
}

/// One kernel the null device was asked to launch.
#[derive(Clone, Debug)]
pub struct Recorded {
    /// The kernel's entry point (`kernel_name` of its definition).
    pub entry_point: String,
    /// Threads per cube.
    pub cube_dim: CubeDim,
    /// The grid, as CubeCL prints it.
    pub cube_count: String,
    /// The source, or why the compiler (or the kernel's expansion) failed.
    pub source: Result<String, String>,
}

/// Launches recorded by every null device, drained by [`record`].
static RECORDED: Mutex<Vec<Recorded>> = Mutex::new(Vec::new());
/// Held for a whole [`record`] session.
static SESSION: Mutex<()> = Mutex::new(());

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    // A panicking test must not poison every later emit.
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// Runs `launch` (which launches kernels on `client`) and returns its result with the
/// kernels it launched, in order. Sessions are serialised across threads.
pub fn record<T: NullTarget, X>(
    client: &ComputeClient<NullRuntime<T>>,
    launch: impl FnOnce() -> X,
) -> Result<(X, Vec<Recorded>), ServerError> {
    let _session = lock(&SESSION);
    lock(&RECORDED).clear();
    let x = launch();
    // Launches are queued to the device thread: sync before reading the record.
    cubecl::future::block_on(client.sync())?;
    Ok((x, std::mem::take(&mut *lock(&RECORDED))))
}

/// The server: holds the properties, compiles on launch.
pub struct NullServer<T: NullTarget> {
    utilities: Arc<ServerUtilities<Self>>,
    options: <T::Compiler as Compiler>::CompilationOptions,
    /// The kernels launched so far (host timing only).
    seen: std::collections::HashSet<cubecl::prelude::KernelId>,
}

impl<T: NullTarget> std::fmt::Debug for NullServer<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "NullServer<{}>", T::NAME)
    }
}

impl<T: NullTarget> DeviceService for NullServer<T> {
    fn init(device_id: DeviceId) -> Self {
        let (props, options) = T::properties(device_id.index_id);
        let policy = ContiguousMemoryLayoutPolicy::new(props.memory.alignment as usize);
        let logger = Arc::new(ServerLogger::default());
        let utilities = Arc::new(ServerUtilities::new(props, logger, (), policy));
        Self { utilities, options, seen: Default::default() }
    }
    fn utilities(&self) -> ServerUtilitiesHandle {
        self.utilities.clone() as ServerUtilitiesHandle
    }
}

impl<T: NullTarget> ServerCommunication for NullServer<T> {
    const SERVER_COMM_ENABLED: bool = false;
}

fn no_data(what: &str) -> ServerError {
    ServerError::Generic {
        reason: format!("null device: {what}"),
        backtrace: cubecl::backtrace::BackTrace::capture(),
    }
}

fn panic_text(p: Box<dyn std::any::Any + Send>) -> String {
    p.downcast_ref::<String>()
        .cloned()
        .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
        .unwrap_or_else(|| "kernel expansion panicked".into())
}

impl<T: NullTarget> ComputeServer for NullServer<T> {
    type Kernel = Box<dyn CubeTask<T::Compiler>>;
    type Info = ();
    type MemoryLayoutPolicy = ContiguousMemoryLayoutPolicy;
    type Storage = BytesStorage;

    unsafe fn launch(
        &mut self,
        kernel: Self::Kernel,
        count: CubeCount,
        _bindings: KernelArguments,
        mode: ExecutionMode,
        _stream: StreamId,
    ) {
        if T::HOST_TIMING {
            // What a real runtime does per launch before the driver: find the compiled kernel.
            self.seen.insert(kernel.id());
            return;
        }
        let addr = kernel.address_type();
        let mut compiler = T::Compiler::default();
        // Expansion runs here, on the device thread: a panic in it becomes a recorded error
        // instead of killing the thread every later launch needs.
        let compiled = catch_unwind(AssertUnwindSafe(|| {
            kernel.compile(&mut compiler, &self.options, mode, addr)
        }));
        let (entry_point, cube_dim, source) = match compiled {
            Ok(Ok(c)) => (c.entrypoint_name, c.cube_dim, Ok(c.source)),
            Ok(Err(e)) => (kernel.name().to_string(), CubeDim::new_1d(1), Err(format!("{e:?}"))),
            Err(p) => (kernel.name().to_string(), CubeDim::new_1d(1), Err(panic_text(p))),
        };
        let cube_count = format!("{count:?}");
        lock(&RECORDED).push(Recorded { entry_point, cube_dim, cube_count, source });
    }

    fn initialize_memory(&mut self, _m: ManagedMemoryHandle, _size: u64, _s: StreamId) {}
    fn logger(&self) -> Arc<ServerLogger> {
        self.utilities.logger.clone()
    }
    fn utilities(&self) -> Arc<ServerUtilities<Self>> {
        self.utilities.clone()
    }
    fn read(
        &mut self,
        d: Vec<CopyDescriptor>,
        _s: StreamId,
    ) -> DynFut<Result<Vec<Bytes>, ServerError>> {
        if T::HOST_TIMING {
            // `from_elems`, not `from_bytes_vec`: the latter copies every `Vec<u8>` again to
            // align it, where CUDA's read of up to 100 MB lands in a pooled pinned buffer that
            // it hands back with no host copy.
            let zeros = d
                .iter()
                .map(|c| {
                    Bytes::from_elems(vec![0u8; c.shape.iter().product::<usize>() * c.elem_size])
                })
                .collect();
            return Box::pin(async { Ok(zeros) });
        }
        Box::pin(async { Err(no_data("nothing runs here, so there is nothing to read")) })
    }
    fn write(&mut self, _d: Vec<(CopyDescriptor, Bytes)>, _s: StreamId) {}
    fn sync(&mut self, _s: StreamId) -> DynFut<Result<(), ServerError>> {
        Box::pin(async { Ok(()) })
    }
    fn get_resource(
        &mut self,
        _b: Binding,
        _s: StreamId,
    ) -> Result<ManagedResource<<Self::Storage as ComputeStorage>::Resource>, ServerError> {
        Err(no_data("no resources"))
    }
    fn flush(&mut self, _s: StreamId) -> Result<(), ServerError> {
        Ok(())
    }
    fn memory_usage(&mut self, _s: StreamId) -> Result<MemoryUsage, ServerError> {
        if T::HOST_TIMING {
            let zero = MemoryUsage {
                number_allocs: 0,
                bytes_in_use: 0,
                bytes_padding: 0,
                bytes_reserved: 0,
            };
            return Ok(zero);
        }
        Err(no_data("no memory"))
    }
    fn memory_cleanup(&mut self, _s: StreamId) {}
    fn start_profile(&mut self, _s: StreamId) -> Result<ProfilingToken, ServerError> {
        Err(no_data("no profiling"))
    }
    fn end_profile(
        &mut self,
        _s: StreamId,
        _t: ProfilingToken,
    ) -> Result<ProfileDuration, ProfileError> {
        Err(ProfileError::NotRegistered { backtrace: cubecl::backtrace::BackTrace::capture() })
    }
    fn allocation_mode(&mut self, _m: MemoryAllocationMode, _s: StreamId) {}
}

impl<T: NullTarget> Runtime for NullRuntime<T> {
    type Compiler = T::Compiler;
    type Server = NullServer<T>;
    type Device = NullDevice;

    fn client(device: &NullDevice) -> ComputeClient<Self> {
        ComputeClient::load(device)
    }
    fn name(_client: &ComputeClient<Self>) -> &'static str {
        T::NAME
    }
    fn require_array_lengths() -> bool {
        true
    }
    fn max_cube_count() -> (u32, u32, u32) {
        T::max_cube_count()
    }
    fn can_read_tensor(_shape: &Shape, _strides: &Strides) -> bool {
        false
    }
    fn target_properties() -> TargetProperties {
        T::target_properties()
    }
    fn enumerate_devices(_type_id: u16, _info: &()) -> Vec<DeviceId> {
        Vec::new()
    }
}

// ---------------------------------------------------------------------------------------
// CUDA

/// An NVIDIA GPU of compute capability `index` (80, 90), compiled to CUDA C++ by
/// `cubecl::cuda::CudaCompiler` (cubecl-cpp's CUDA dialect), as cubecl-cuda does.
#[derive(Clone, Debug)]
pub struct CudaTarget;

/// The CUDA C++ compiler cubecl-cuda 0.10 uses (without its `ptx-wmma` feature).
pub type CudaCompiler = cubecl_cpp::shared::CppCompiler<CudaDialect<CudaWmmaCompiler>>;

impl NullTarget for CudaTarget {
    type Compiler = CudaCompiler;
    const NAME: &'static str = "null-cuda";
    const BACKEND: &'static str = "cuda";

    fn properties(sm: u16) -> (DeviceProperties, CppOptions) {
        cuda_properties(u32::from(sm))
    }
    fn target_properties() -> TargetProperties {
        // The register layout of CUDA's mma.sync fragments (PTX ISA, "Matrix fragments").
        TargetProperties {
            mma: MmaProperties {
                register_size_bits: 32,
                const_plane_size: 32,
                register_layout_a: MatrixLayout::RowMajor,
                register_layout_b: MatrixLayout::ColMajor,
                register_layout_acc: MatrixLayout::RowMajor,
                register_duplication_a: 1,
                register_duplication_b: 1,
                register_duplication_acc: 1,
                contiguous_elements: ContiguousElements::new(
                    cubecl_cpp::cuda::mma::contiguous_elements_cuda,
                ),
            },
        }
    }
    fn max_cube_count() -> (u32, u32, u32) {
        (i32::MAX as u32, u16::MAX as u32, u16::MAX as u32)
    }
}

/// An sm_90 GPU that runs nothing, for timing the host's side of a run: packfuse's
/// preparation of each launch, CubeCL's client and its device thread's kernel lookup, but
/// no compilation, driver or device (`--device null-cuda-host`; the outputs are zeros).
#[derive(Clone, Debug)]
pub struct CudaHostTarget;

/// The device index of [`CudaHostTarget`]: its own device thread, apart from the emitters'.
pub const HOST_TIMING_INDEX: u16 = 0x4890;

impl NullTarget for CudaHostTarget {
    type Compiler = CudaCompiler;
    const NAME: &'static str = "null-cuda-host";
    const BACKEND: &'static str = "cuda";
    const HOST_TIMING: bool = true;

    fn properties(_index: u16) -> (DeviceProperties, CppOptions) {
        cuda_properties(90)
    }
    fn target_properties() -> TargetProperties {
        CudaTarget::target_properties()
    }
    fn max_cube_count() -> (u32, u32, u32) {
        CudaTarget::max_cube_count()
    }
}

/// What an sm_`sm` GPU reports to CubeCL, with H100-like sizes. Only what kernel expansion
/// reads is set: plane (warp) size and operations, types, tensor-core shapes, limits, and
/// the compiler options that change the emitted C++ (the kernel ABI among them).
pub fn cuda_properties(sm: u32) -> (DeviceProperties, CppOptions) {
    type Wmma = CudaWmmaCompiler;
    type Dialect = CudaDialect<CudaWmmaCompiler>;
    let arch = CudaArchitecture { version: sm };
    let wmma = <Wmma as DialectWmmaCompiler<Dialect>>::supported_wmma_combinations(&arch);
    let mma = <Wmma as DialectWmmaCompiler<Dialect>>::supported_mma_combinations(&arch);
    let scaled = <Wmma as DialectWmmaCompiler<Dialect>>::supported_scaled_mma_combinations(&arch);
    let hardware = HardwareProperties {
        load_width: 128,
        plane_size_min: 32,
        plane_size_max: 32,
        max_bindings: 1024,
        // Opt-in shared memory per block: 163 KiB on A100, 227 KiB on H100.
        max_shared_memory_size: if sm >= 90 { 232_448 } else { 166_912 },
        max_cube_count: (i32::MAX as u32, 65535, 65535),
        max_units_per_cube: 1024,
        max_cube_dim: (1024, 1024, 64),
        num_streaming_multiprocessors: Some(if sm >= 90 { 132 } else { 108 }),
        num_tensor_cores: Some(4),
        min_tensor_cores_dim: (!wmma.is_empty()).then_some(8),
        num_cpu_cores: None,
        max_vector_size: VectorSize::MAX,
    };
    // Page size as cubecl-cuda picks it (a quarter of device memory, 80 GB here).
    let memory = MemoryDeviceProperties { max_page_size: 20 << 30, alignment: 512 };
    let mut p = DeviceProperties::new(Default::default(), memory, hardware, TimingMethod::System);
    // Every scalar type cubecl-cpp emits, both address widths.
    cubecl_cpp::register_supported_types(&mut p);
    p.features.plane.insert(Plane::Ops);
    p.features.plane.insert(Plane::Sync);
    p.features.plane.insert(Plane::NonUniformControlFlow);
    p.features.memory_reinterpret = true;
    p.features.alignment = true;
    p.features.copy_async = sm >= 80;
    p.features.cube_cluster = sm >= 90;
    // What matmul kernels (cubek) select their algorithm by: async copies and barriers,
    // ldmatrix/stmatrix, TMA, vector atomics, fp8 and tf32 conversion.
    register_async_features(sm, &mut p);
    register_wmma_features(wmma, &mut p);
    register_mma_features(mma, &mut p);
    register_scaled_mma_features(scaled, &mut p);

    let o = CppOptions {
        warp_size: 32,
        supports_features: CppSupportedFeatures {
            fast_math: true,
            // The info struct passed by value as `__grid_constant__` (sm_70+).
            grid_constants: true,
            // tanh.approx (sm_75+, CUDA 12.8+: the wheels are 13.x).
            fast_tanh: true,
            clusters: sm >= 90,
            elect_sync: sm >= 90,
        },
    };
    (p, o)
}

/// The sm_70+ additions of [`cuda_properties`], by the generation that introduced them.
fn register_async_features(sm: u32, p: &mut DeviceProperties) {
    let float = |k| ElemType::Float(k);
    let atomic = |k, n| Type::new(StorageType::Atomic(float(k))).with_vector_size(n);
    let add = AtomicUsage::Add | AtomicUsage::LoadStore;
    p.register_type_usage(float(FloatKind::TF32), TypeUsage::Conversion);
    p.register_atomic_type_usage(atomic(FloatKind::F64, 1), add);
    if sm >= 70 {
        p.register_atomic_type_usage(atomic(FloatKind::F16, 1), add);
        p.register_atomic_type_usage(atomic(FloatKind::F16, 2), add);
        p.register_semantic_type(SemanticType::Pipeline);
        p.register_type_usage(OpaqueType::Barrier(BarrierLevel::Unit), TypeUsage::Buffer);
        p.register_type_usage(OpaqueType::Barrier(BarrierLevel::Cube), TypeUsage::Buffer);
    }
    if sm >= 75 {
        p.features.matmul.ldmatrix.insert(float(FloatKind::F16).into());
        p.features.matmul.ldmatrix.insert(float(FloatKind::BF16).into());
    }
    if sm >= 89 {
        for k in [FloatKind::E4M3, FloatKind::E5M2] {
            p.register_type_usage(float(k), TypeUsage::Conversion | TypeUsage::Buffer);
        }
    }
    if sm >= 90 {
        p.features.tma.insert(Tma::Base);
        p.register_semantic_type(SemanticType::TensorMap);
        p.features.matmul.stmatrix.insert(float(FloatKind::F16).into());
        p.features.matmul.stmatrix.insert(float(FloatKind::BF16).into());
        p.register_atomic_type_usage(atomic(FloatKind::F32, 2), add);
        p.register_atomic_type_usage(atomic(FloatKind::F32, 4), add);
    }
}

// ---------------------------------------------------------------------------------------
// Vulkan (SPIR-V) and WGSL

/// A lavapipe-like Vulkan 1.3 device, compiled to SPIR-V (what the vulkan backend runs).
#[derive(Clone, Debug)]
pub struct SpirvTarget;

/// The same device, compiled to WGSL (what wgpu would run without the SPIR-V path).
#[derive(Clone, Debug)]
pub struct WgslTarget;

impl NullTarget for SpirvTarget {
    type Compiler = cubecl::wgpu::vulkan::VkSpirvCompiler;
    const NAME: &'static str = "null-wgpu<spirv>";
    const BACKEND: &'static str = "vulkan";

    fn properties(_index: u16) -> (DeviceProperties, WgpuCompilationOptions) {
        let o = WgpuCompilationOptions {
            supports_vulkan: true,
            supports_u64: true,
            // Vulkan 1.3 accepts SPIR-V 1.6; std430-style uniform layout is core since 1.2.
            vulkan: VulkanCompilationOptions {
                max_spirv_version: (1, 6),
                supports_uniform_standard_layout: true,
                ..Default::default()
            },
        };
        (vulkan_properties(true), o)
    }
    fn max_cube_count() -> (u32, u32, u32) {
        (u16::MAX as u32, u16::MAX as u32, u16::MAX as u32)
    }
}

impl NullTarget for WgslTarget {
    type Compiler = cubecl::wgpu::WgslCompiler;
    const NAME: &'static str = "null-wgpu<wgsl>";
    const BACKEND: &'static str = "vulkan";

    fn properties(_index: u16) -> (DeviceProperties, WgpuCompilationOptions) {
        (vulkan_properties(false), WgpuCompilationOptions::default())
    }
    fn max_cube_count() -> (u32, u32, u32) {
        (u16::MAX as u32, u16::MAX as u32, u16::MAX as u32)
    }
}

/// What lavapipe (Mesa's software Vulkan driver, the CI device) reports to CubeCL: plane
/// size 8 without advertised plane operations, f16 but no bf16, no tensor cores, 32-bit
/// addressing, 32 KiB shared memory, 128 MiB buffers, vectors of at most 4. With `spirv`
/// false, only the types WGSL has.
pub fn vulkan_properties(spirv: bool) -> DeviceProperties {
    let hardware = HardwareProperties {
        load_width: 128,
        plane_size_min: 8,
        plane_size_max: 8,
        max_bindings: 31,
        max_shared_memory_size: 32768,
        max_cube_count: (65535, 65535, 65535),
        max_units_per_cube: 1024,
        max_cube_dim: (1024, 1024, 1024),
        num_streaming_multiprocessors: None,
        num_tensor_cores: None,
        min_tensor_cores_dim: None,
        num_cpu_cores: None,
        max_vector_size: 4,
    };
    let memory = MemoryDeviceProperties { max_page_size: 128 << 20, alignment: 64 };
    let mut p = DeviceProperties::new(Default::default(), memory, hardware, TimingMethod::System);
    p.register_address_type(AddressType::U32);
    p.features.plane.insert(Plane::Sync);
    let mut types = vec![
        ElemType::Bool,
        ElemType::Float(FloatKind::F32),
        ElemType::Float(FloatKind::F16),
        ElemType::Int(IntKind::I32),
        ElemType::UInt(UIntKind::U32),
    ];
    if spirv {
        p.features.plane.insert(Plane::NonUniformControlFlow);
        types.extend([
            ElemType::Float(FloatKind::F64),
            ElemType::Int(IntKind::I8),
            ElemType::Int(IntKind::I16),
            ElemType::Int(IntKind::I64),
            ElemType::UInt(UIntKind::U8),
            ElemType::UInt(UIntKind::U16),
            ElemType::UInt(UIntKind::U64),
        ]);
    }
    for t in types {
        p.register_type_usage(t, TypeUsage::all());
    }
    p
}

#[cfg(test)]
mod tests {
    use super::*;
    use packfuse_kernels::cube::Target;

    #[test]
    fn cuda_sm90_reports_warp_ops_and_bf16() {
        let client = NullRuntime::<CudaTarget>::client(&NullDevice { index: 90 });
        let t = Target::query(CudaTarget::BACKEND, &client);
        assert_eq!((t.plane_size, t.plane_ops, t.f16, t.bf16), (32, true, true, true));
        assert!(!client.properties().features.matmul.cmma.is_empty());
    }

    #[test]
    fn lavapipe_like_has_no_bf16_and_no_plane_ops() {
        let client = NullRuntime::<SpirvTarget>::client(&NullDevice::default());
        let t = Target::query(SpirvTarget::BACKEND, &client);
        assert_eq!((t.plane_size, t.plane_ops, t.f16, t.bf16), (8, false, true, false));
    }

    #[test]
    fn reads_are_errors() {
        let client = NullRuntime::<WgslTarget>::client(&NullDevice::default());
        let h = client.empty(16);
        assert!(client.read_one(h).is_err());
    }
}
