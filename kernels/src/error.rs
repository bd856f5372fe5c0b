//! Kernel errors: bad run-time data that typing could not catch, and missing variants.

use thiserror::Error;

/// Why a kernel did not run.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum KernelError {
    /// Run-time data is invalid for the kernel (an index out of range, bad `cu_seqlens`).
    #[error("{kernel}: {reason}")]
    BadArgument {
        /// Kernel family.
        kernel: &'static str,
        /// What is wrong, with the offending values.
        reason: String,
    },
    /// The kernel has no variant for this backend or configuration.
    #[error("{kernel}: unsupported on {backend}: {reason}")]
    Unsupported {
        /// Kernel family.
        kernel: &'static str,
        /// Backend name.
        backend: &'static str,
        /// Why.
        reason: String,
    },
    /// The device or its runtime failed (a launch, a read back).
    #[error("device error on {backend}: {reason}")]
    Device {
        /// Runtime name.
        backend: String,
        /// The runtime's message.
        reason: String,
    },
}

/// Shorthand for a [`KernelError::BadArgument`].
pub fn bad(kernel: &'static str, reason: impl Into<String>) -> KernelError {
    KernelError::BadArgument { kernel, reason: reason.into() }
}
