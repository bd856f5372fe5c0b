//! # packfuse-kernels: the kernel families
//!
//! Contract:
//! - One folder per family (`elementwise/`, `reduce/`, `norm/`, `matmul/`, `attention/`,
//!   `sigmoid_loss/`, `rope/`, `movement/`), each holding its native CPU implementation
//!   and, in `<family>/cube.rs`, its CubeCL `#[cube]` kernel(s), launched through
//!   [`KernelSpec::launch_cube`] (see [`cube`] for the device-side conventions).
//! - A [`KernelSpec`] says what one launch computes; it knows nothing of the IR graph it was
//!   lowered from, only dtypes, axes and options. Codegen builds specs, backends run them.
//! - Arguments are [`Arg`]s: a buffer and a strided [`View`] into it, so permutes, slices
//!   and broadcasts reach a kernel without a copy.
//! - Half-precision data is widened to f32 for arithmetic; reductions accumulate in f64 on
//!   the CPU and in f32 on devices. Bad run-time data is a [`KernelError`], never a panic.

pub mod arg;
pub mod attention;
pub mod cube;
pub mod elem;
pub mod elementwise;
pub mod error;
pub mod layout;
pub mod math;
pub mod matmul;
pub mod movement;
pub mod norm;
pub mod reduce;
pub mod rope;
pub mod sigmoid_loss;
pub mod spec;

pub use arg::Arg;
pub use elementwise::{EwProgram, Instr, Step};
pub use error::KernelError;
pub use layout::View;
pub use spec::KernelSpec;
