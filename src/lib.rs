//! # packfuse: fused kernels with a JIT compiler
//!
//! This is the facade crate. It re-exports the workspace crates under short names and the
//! types most programs need, and holds [`io`], the safetensors reader and writer that the
//! `packfuse` command line uses.
//!
//! Contract:
//! - [`ir`] ([`packfuse_ir`]) describes the work: a [`Graph`] of typed nodes, verified,
//!   printable, serialisable to JSON, with a float64 reference interpreter ([`eval()`]).
//! - [`codegen`] ([`packfuse_codegen`]) compiles a graph for one device: an [`Engine`]
//!   turns a graph into an [`Executable`] (fused kernels over reused buffers, built once per
//!   process through the JIT cache), which runs many times on new inputs.
//! - [`kernels`] and [`models`] are the kernel families and the reference model graphs.
//! - Errors are typed per crate ([`IrError`], [`CodegenError`], [`io::IoError`]); bad input
//!   is an `Err` naming what is wrong, never a panic.
//!
//! Build a graph, compile it and run it:
//!
//! ```
//! use std::collections::HashMap;
//! use packfuse::{shape, DType, Engine, Graph, Tensor};
//!
//! // y = gelu_tanh(x Wᵀ + b) over a dynamic number of tokens T.
//! let mut g = Graph::new();
//! let x = g.input("x", DType::F32, shape!["T", 4])?;
//! let w = g.param("w", DType::F32, shape![3, 4])?;
//! let b = g.param("b", DType::F32, shape![3])?;
//! let y = g.linear(x, w, Some(b))?;
//! let y = g.gelu_tanh(y)?;
//! g.set_output("y", y);
//!
//! let exe = Engine::cpu().compile(&g)?;
//! let inputs = HashMap::from([
//!     ("x".to_string(), Tensor::from_f32(&[2, 4], vec![1.0; 8])),
//!     ("w".to_string(), Tensor::from_f32(&[3, 4], vec![0.25; 12])),
//!     ("b".to_string(), Tensor::from_f32(&[3], vec![0.0, 1.0, -1.0])),
//! ]);
//! let out = exe.run(&inputs)?;
//! assert_eq!(out[0].shape(), &[2, 3]);
//!
//! // The float64 reference interpreter agrees.
//! let reference = packfuse::eval(&g, &inputs)?;
//! for (a, r) in out[0].to_f64_vec().iter().zip(reference[0].to_f64_vec()) {
//!     assert!((a - r).abs() < 1e-5);
//! }
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

pub mod distributed;
pub mod io;

/// The examples of README.md, compiled and run as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;

pub use packfuse_codegen as codegen;
pub use packfuse_ir as ir;
pub use packfuse_kernels as kernels;
pub use packfuse_models as models;

pub use packfuse_codegen::{
    devices, CodegenError, CompileStats, DeviceKind, DeviceReport, Engine, Executable, Plan,
};
pub use packfuse_ir::{
    eval, eval_f64, shape, verify, DType, Dim, Graph, IrError, MaskKind, NodeId, Shape, Tensor,
    TensorData, TensorType,
};
