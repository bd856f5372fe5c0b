//! The graph: nodes in an arena, referenced by [`NodeId`], deduplicated structurally.

use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::fmt;

use crate::{infer, IrError, Op, TensorType};

/// A typed handle to a node of one [`Graph`]; printed `%n`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct NodeId(pub u32);

impl NodeId {
    /// The arena index.
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

impl fmt::Display for NodeId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "%{}", self.0)
    }
}

/// One node: an op applied to earlier nodes, with its result type.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Node {
    /// The operation.
    #[serde(flatten)]
    pub op: Op,
    /// Input nodes, all earlier in the arena.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub inputs: Vec<NodeId>,
    /// Result type.
    #[serde(rename = "type")]
    pub ty: TensorType,
}

/// A named result of the graph.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Output {
    /// Name under which the result is returned.
    pub name: String,
    /// The node computed.
    pub node: NodeId,
}

/// A dataflow graph in topological order. Equal nodes (same op, same inputs) are one node,
/// so common subexpressions are shared by construction.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(from = "GraphRepr", into = "GraphRepr")]
pub struct Graph {
    nodes: Vec<Node>,
    outputs: Vec<Output>,
    /// Structural key of every node. The type is part of the key because a source op
    /// does not determine it: `constant [1]` may be an f32 or an i32, a scalar or `[1]`.
    index: HashMap<(Op, Vec<NodeId>, TensorType), NodeId>,
}

#[derive(Serialize, Deserialize)]
struct GraphRepr {
    nodes: Vec<Node>,
    #[serde(default)]
    outputs: Vec<Output>,
}

impl From<GraphRepr> for Graph {
    fn from(r: GraphRepr) -> Self {
        Graph::from_parts(r.nodes, r.outputs)
    }
}

impl From<Graph> for GraphRepr {
    fn from(g: Graph) -> Self {
        GraphRepr { nodes: g.nodes, outputs: g.outputs }
    }
}

impl PartialEq for Graph {
    fn eq(&self, other: &Self) -> bool {
        self.nodes == other.nodes && self.outputs == other.outputs
    }
}

impl Eq for Graph {}

// Hashes what equality compares (nodes and outputs), so a graph can sit inside an `Op`
// (`Recurse`'s body) and structural dedup still works.
impl std::hash::Hash for Graph {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.nodes.hash(state);
        self.outputs.hash(state);
    }
}

impl Graph {
    /// An empty graph.
    pub fn new() -> Self {
        Self::default()
    }

    /// A graph from raw parts, unchecked (run [`crate::verify()`] before trusting it).
    pub fn from_parts(nodes: Vec<Node>, outputs: Vec<Output>) -> Self {
        let mut index = HashMap::new();
        for (i, n) in nodes.iter().enumerate() {
            index.entry((n.op.clone(), n.inputs.clone(), n.ty.clone())).or_insert(NodeId(i as u32));
        }
        Graph { nodes, outputs, index }
    }

    /// Reads the JSON form and verifies it.
    pub fn from_json(text: &str) -> Result<Graph, IrError> {
        let g: Graph = serde_json::from_str(text).map_err(|e| IrError::Json(e.to_string()))?;
        crate::verify(&g)?;
        Ok(g)
    }

    /// The JSON form (pretty-printed).
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("graph serialisation cannot fail")
    }

    /// All nodes, in topological order.
    pub fn nodes(&self) -> &[Node] {
        &self.nodes
    }

    /// Number of nodes.
    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    /// True when the graph has no nodes.
    pub fn is_empty(&self) -> bool {
        self.nodes.is_empty()
    }

    /// The node behind `id` (panics on a foreign id; ids from this graph are always valid).
    pub fn node(&self, id: NodeId) -> &Node {
        &self.nodes[id.index()]
    }

    /// The result type of `id`.
    pub fn ty(&self, id: NodeId) -> &TensorType {
        &self.node(id).ty
    }

    /// The named results.
    pub fn outputs(&self) -> &[Output] {
        &self.outputs
    }

    /// Ids of every node, in order.
    pub fn ids(&self) -> impl DoubleEndedIterator<Item = NodeId> + ExactSizeIterator {
        (0..self.nodes.len() as u32).map(NodeId)
    }

    /// The `Input` nodes only (not parameters): (name, id), in graph order. For a
    /// [`Op::Recurse`] body these are the carried state and the invariant inputs, in order.
    pub fn input_nodes(&self) -> Vec<(&str, NodeId)> {
        self.nodes
            .iter()
            .enumerate()
            .filter_map(|(i, n)| match &n.op {
                Op::Input { name } => Some((name.as_str(), NodeId(i as u32))),
                _ => None,
            })
            .collect()
    }

    /// [`Graph::input_nodes`] without the one named `skip`: for a [`Op::Recurse`] body
    /// with an iteration `index`, the inputs that bind to the node's inputs, in order.
    pub fn input_nodes_except(&self, skip: Option<&str>) -> Vec<(&str, NodeId)> {
        let mut v = self.input_nodes();
        v.retain(|(n, _)| Some(*n) != skip);
        v
    }

    /// The `Input` and `Parameter` nodes: (name, id, type), in graph order.
    pub fn bound_names(&self) -> Vec<(&str, NodeId, &TensorType)> {
        self.nodes
            .iter()
            .enumerate()
            .filter_map(|(i, n)| match &n.op {
                Op::Input { name } | Op::Parameter { name } => {
                    Some((name.as_str(), NodeId(i as u32), &n.ty))
                }
                _ => None,
            })
            .collect()
    }

    /// Adds a node after type-checking its inputs; returns the existing node when an
    /// equal one is there already. Source ops go through [`Graph::add_source`].
    pub fn push(&mut self, op: Op, inputs: &[NodeId]) -> Result<NodeId, IrError> {
        let next = NodeId(self.nodes.len() as u32);
        for &i in inputs {
            if i.index() >= self.nodes.len() {
                return Err(IrError::DanglingInput {
                    node: next,
                    op: op.name().into(),
                    input: i,
                    len: self.nodes.len(),
                });
            }
        }
        let types: Vec<&TensorType> = inputs.iter().map(|&i| self.ty(i)).collect();
        let ty = infer::infer(&op, &types).map_err(|source| IrError::Type {
            node: next,
            op: op.name().into(),
            source,
        })?;
        Ok(self.intern(op, inputs.to_vec(), ty))
    }

    /// Adds an `Input`, `Parameter` or `Constant` with its declared type.
    pub fn add_source(&mut self, op: Op, ty: TensorType) -> Result<NodeId, IrError> {
        let next = NodeId(self.nodes.len() as u32);
        infer::check_source(&op, &ty).map_err(|source| IrError::Type {
            node: next,
            op: op.name().into(),
            source,
        })?;
        if let Op::Input { name } | Op::Parameter { name } = &op {
            if let Some((_, first, fty)) = self.bound_names().into_iter().find(|(n, ..)| n == name)
            {
                if fty != &ty || self.node(first).op != op {
                    return Err(IrError::DuplicateName {
                        node: next,
                        op: op.name().into(),
                        name: name.clone(),
                        first,
                    });
                }
            }
        }
        Ok(self.intern(op, Vec::new(), ty))
    }

    fn intern(&mut self, op: Op, inputs: Vec<NodeId>, ty: TensorType) -> NodeId {
        let key = (op, inputs, ty);
        if let Some(&id) = self.index.get(&key) {
            return id;
        }
        let id = NodeId(self.nodes.len() as u32);
        self.nodes.push(Node { op: key.0.clone(), inputs: key.1.clone(), ty: key.2.clone() });
        self.index.insert(key, id);
        id
    }

    /// Marks `node` as a result named `name` (replacing an output of that name).
    pub fn set_output(&mut self, name: &str, node: NodeId) {
        if let Some(o) = self.outputs.iter_mut().find(|o| o.name == name) {
            o.node = node;
        } else {
            self.outputs.push(Output { name: name.to_string(), node });
        }
    }

    /// Number of readers of each node (graph outputs count as readers).
    pub fn use_counts(&self) -> Vec<usize> {
        let mut uses = vec![0; self.nodes.len()];
        for n in &self.nodes {
            for i in &n.inputs {
                if let Some(u) = uses.get_mut(i.index()) {
                    *u += 1;
                }
            }
        }
        for o in &self.outputs {
            if let Some(u) = uses.get_mut(o.node.index()) {
                *u += 1;
            }
        }
        uses
    }
}
