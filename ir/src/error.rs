//! Errors of the IR crate. Every variant that concerns a node names it (`%id`) and its op.

use thiserror::Error;

use crate::{DType, NodeId, Shape, TensorType};

/// Why an op's inputs do not type-check (the node is named by the wrapping [`IrError`]).
#[derive(Debug, Clone, PartialEq, Error)]
pub enum TypeError {
    /// Wrong number of inputs.
    #[error("expects {expected} inputs, got {got}")]
    Arity {
        /// What the op takes, e.g. "2" or "5 or 6".
        expected: String,
        /// What it was given.
        got: usize,
    },
    /// An input has a dtype the op does not accept.
    #[error("{reason}: got {}", fmt_dtypes(.got))]
    DType {
        /// The rule broken.
        reason: String,
        /// The input dtypes.
        got: Vec<DType>,
    },
    /// Input shapes that disagree.
    #[error("{reason}: {}", fmt_shapes(.shapes))]
    Shape {
        /// The rule broken.
        reason: String,
        /// The input shapes involved.
        shapes: Vec<Shape>,
    },
    /// An axis outside the input's rank.
    #[error("axis {axis} out of range for rank {rank}")]
    Axis {
        /// The axis given.
        axis: usize,
        /// The rank of the input.
        rank: usize,
    },
    /// A reshape that changes the number of elements.
    #[error("reshape changes the element count: {from} -> {to}")]
    ReshapeSize {
        /// Input shape.
        from: Shape,
        /// Requested shape.
        to: Shape,
    },
    /// A bad attribute value (permutation, slice bounds, constant length, ...).
    #[error("{0}")]
    Attr(String),
    /// A `recurse` body that is not a valid graph on its own (its error names the body node).
    #[error("body: {0}")]
    Body(Box<IrError>),
}

fn fmt_dtypes(d: &[DType]) -> String {
    d.iter().map(|d| d.name()).collect::<Vec<_>>().join(", ")
}

fn fmt_shapes(s: &[Shape]) -> String {
    s.iter().map(|s| s.to_string()).collect::<Vec<_>>().join(" vs ")
}

/// Errors from building, verifying, loading or evaluating a graph.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum IrError {
    /// A node's inputs do not type-check.
    #[error("node {node} ({op}): {source}")]
    Type {
        /// The offending node.
        node: NodeId,
        /// Its op name.
        op: String,
        /// What is wrong.
        source: TypeError,
    },
    /// A node's declared type differs from the type its op and inputs give.
    #[error("node {node} ({op}): declared type {declared} but its inputs give {inferred}")]
    DeclaredType {
        /// The offending node.
        node: NodeId,
        /// Its op name.
        op: String,
        /// Type stored in the node.
        declared: TensorType,
        /// Type inferred from the op.
        inferred: TensorType,
    },
    /// A node refers to an id that does not exist.
    #[error("node {node} ({op}): input {input} does not exist (graph has {len} nodes)")]
    DanglingInput {
        /// The offending node.
        node: NodeId,
        /// Its op name.
        op: String,
        /// The missing id.
        input: NodeId,
        /// Number of nodes in the graph.
        len: usize,
    },
    /// A node reads itself or a later node: the graph has a cycle (nodes are stored in
    /// topological order, so every input must come first).
    #[error("node {node} ({op}): input {input} is not before it (cycle or forward reference)")]
    Cycle {
        /// The offending node.
        node: NodeId,
        /// Its op name.
        op: String,
        /// The input at or after it.
        input: NodeId,
    },
    /// Two inputs or parameters share a name.
    #[error("node {node} ({op}): name {name:?} is already used by node {first}")]
    DuplicateName {
        /// The second node with the name.
        node: NodeId,
        /// Its op name.
        op: String,
        /// The name.
        name: String,
        /// The first node with the name.
        first: NodeId,
    },
    /// An output refers to a missing node, or two outputs share a name.
    #[error("output {name:?}: {reason}")]
    Output {
        /// Output name.
        name: String,
        /// What is wrong.
        reason: String,
    },
    /// The JSON form could not be read.
    #[error("graph JSON: {0}")]
    Json(String),
    /// A graph input was not supplied.
    #[error("input {name:?} ({ty}) was not supplied")]
    MissingInput {
        /// Input name.
        name: String,
        /// Its declared type.
        ty: TensorType,
    },
    /// A supplied tensor does not match the declared input.
    #[error("input {name:?}: expected {expected}, got {got}")]
    InputMismatch {
        /// Input name.
        name: String,
        /// Declared type.
        expected: TensorType,
        /// What was given.
        got: String,
    },
    /// Evaluation found bad data (index out of range, bad cu_seqlens, ...).
    #[error("node {node} ({op}): {reason}")]
    Eval {
        /// The offending node.
        node: NodeId,
        /// Its op name.
        op: String,
        /// What is wrong.
        reason: String,
    },
    /// A composite op could not be rewritten into primitives.
    #[error("node {node} ({op}) cannot be decomposed: {reason}")]
    NotDecomposable {
        /// The composite node.
        node: NodeId,
        /// Its op name.
        op: String,
        /// Why not.
        reason: String,
    },
}

impl IrError {
    /// The node the error is about, if it is about one.
    pub fn node(&self) -> Option<NodeId> {
        match self {
            IrError::Type { node, .. }
            | IrError::DeclaredType { node, .. }
            | IrError::DanglingInput { node, .. }
            | IrError::Cycle { node, .. }
            | IrError::DuplicateName { node, .. }
            | IrError::Eval { node, .. }
            | IrError::NotDecomposable { node, .. } => Some(*node),
            _ => None,
        }
    }
}
