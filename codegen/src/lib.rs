//! # packfuse-codegen: the compiler
//!
//! Contract:
//! - [`pipeline`] is the one flat list of passes, each pass a file in [`passes`]: a verified
//!   graph goes in, a [`Plan`] (ordered kernel launches over buffer slots, reused by
//!   liveness) comes out. Shapes stay symbolic; a run binds the dynamic dims from its
//!   inputs, so a new batch composition never recompiles.
//! - A [`Backend`] compiles [`packfuse_kernels::KernelSpec`]s (the JIT step) and executes
//!   plans. Compiled kernels live in a process-wide cache per backend keyed by a stable hash
//!   of the spec: compiling the same graph twice builds nothing the second time. With a
//!   [`disk_cache`] (`PACKFUSE_CACHE_DIR`), plans outlive the process: a fresh process
//!   compiling a graph seen before skips the pipeline.
//! - [`Engine`] is the entry point: `Engine::new(None)?.compile(&graph)?.run(&inputs)?`.
//! - Device choice: `PACKFUSE_DEVICE` overrides; a named device that is not there is an
//!   error saying why, never a silent fallback ([`backend::devices`] reports each).

pub mod backend;
pub mod cache;
pub mod disk_cache;
pub mod emit;
pub mod engine;
pub mod error;
pub mod knobs;
pub mod lower;
pub mod passes;
pub mod pipeline;
pub mod plan;
pub mod prepack;

pub use backend::{devices, Backend, DeviceKind, DeviceMemory, DeviceReport};
pub use cache::CompileStats;
pub use disk_cache::{DiskCache, DiskOutcome};
pub use engine::{bind_inputs, Engine, Executable, InputSource, Overlay};
pub use error::CodegenError;
pub use plan::Plan;
pub use prepack::{Bound, Prepacked, Resident};
