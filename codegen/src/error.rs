//! Errors of the compiler and the backends.

use packfuse_ir::IrError;
use packfuse_kernels::KernelError;
use thiserror::Error;

/// Why compiling or running a graph failed.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum CodegenError {
    /// The graph is malformed, or its inputs do not match it.
    #[error(transparent)]
    Ir(#[from] IrError),
    /// A kernel rejected its run-time data.
    #[error("launch {launch} ({kernel}): {source}")]
    Kernel {
        /// Index of the launch in the plan.
        launch: usize,
        /// The kernel, as printed in the plan.
        kernel: String,
        /// What the kernel said.
        source: KernelError,
    },
    /// The requested backend cannot be used here.
    #[error("backend {backend} is not available: {reason}")]
    DeviceUnavailable {
        /// Backend name.
        backend: String,
        /// Why.
        reason: String,
    },
    /// A name given for a device that does not exist.
    #[error("unknown device {0:?} (expected cpu, vulkan or cuda)")]
    UnknownDevice(String),
    /// The op has no implementation on this backend.
    #[error("{op} is not supported on {backend}")]
    Unsupported {
        /// The op.
        op: String,
        /// The backend.
        backend: String,
    },
    /// A dynamic dimension that no input binds, or a view that cannot be formed (a slice
    /// past the run-time size of a dynamic dim); the text says which.
    #[error("cannot resolve shape: {0}")]
    UnboundDim(String),
    /// A kernel's source could not be generated for an `--emit` target (CubeCL's compiler
    /// or the kernel's expansion failed).
    #[error("launch {launch} ({kernel}): emitting {target} failed: {reason}")]
    Emit {
        /// Index of the launch in the plan.
        launch: usize,
        /// The kernel family.
        kernel: String,
        /// The target (`cuda sm_90`, `wgsl`, `spirv`).
        target: String,
        /// What the compiler said.
        reason: String,
    },
    /// The device failed (an allocation, a transfer, a driver error).
    #[error("{backend}: {reason}")]
    Device {
        /// Backend name.
        backend: String,
        /// What the device reported.
        reason: String,
    },
}
