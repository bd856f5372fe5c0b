//! # packfuse-ir: the tensor IR
//!
//! Contract:
//! - A [`Graph`] is an arena of [`Node`]s in topological order, referenced by [`NodeId`].
//!   Adding a node equal to an existing one (same op, same inputs) returns the existing id.
//! - Every op's typing rule is documented on its [`Op`] variant and implemented once in
//!   [`infer`]; the builder checks each node as it is added, [`verify()`] checks a whole
//!   graph that came from elsewhere (JSON, a pass) and names the offending node in its error.
//! - Shapes mix static sizes and named dynamic dims ([`Dim`]); named dims are bound from the
//!   inputs at run time, so a new batch composition never changes the graph.
//! - The text form ([`Graph`]'s `Display`) and the JSON form ([`Graph::to_json`] /
//!   [`Graph::from_json`]) are stable ways to dump and reload any stage.
//! - [`eval()`] is the float64 reference interpreter, the oracle for every backend's tests;
//!   [`decompose()`] rewrites composite ops into primitives with the same meaning.
//!
//! This crate depends on no other packfuse crate.

pub mod builder;
pub mod decompose;
pub mod display;
pub mod dtype;
pub mod error;
pub mod eval;
pub mod graph;
pub mod infer;
pub mod op;
pub mod shape;
pub mod tensor;
pub mod verify;

pub use decompose::decompose;
pub use dtype::DType;
pub use error::{IrError, TypeError};
pub use eval::{eval, eval_f64};
pub use graph::{Graph, Node, NodeId, Output};
pub use op::{
    AttnPart, BinaryOp, ConstValue, LossOptions, LossPart, MaskKind, Op, ReduceOp, Times, UnaryOp,
    F64, MAX_HEAD_DIM,
};
pub use shape::{Bindings, Dim, Shape, TensorType};
pub use tensor::{Tensor, TensorData, TensorSizeError};
pub use verify::verify;
