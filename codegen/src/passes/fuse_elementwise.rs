//! Elementwise fusion: partitions the elementwise nodes (unary, binary, cast, select) into
//! groups that each become one kernel, and picks matrix products whose only reader is such
//! a group to run the group as their epilogue.
//!
//! Matches: an elementwise node read by exactly one node, which is itself elementwise, and
//! not a graph output, is *inlined* into its reader's group. Scalar constants are inlined
//! into every elementwise reader (recomputing a literal is free). Every other elementwise
//! node is a group *root*: its value is materialised.
//!
//! Preconditions: the graph verifies (topological order, types agree).
//!
//! 1. Count readers of every node (graph outputs count).
//! 2. Walk nodes backwards; mark each elementwise node inlined or root by the rule above.
//! 3. For each root, collect its group's leaf inputs; if exactly one leaf is a `MatMul`
//!    with a single reader and the root's shape, mark that matmul as the group's prologue
//!    (the plan then emits one matmul launch with the group as its epilogue).
//!
//! View ops (permute, slice, broadcast, reshape of dense data) are not grouped: lowering
//! turns them into strided views that any kernel reads directly.

use packfuse_ir::{Graph, NodeId, Op};

/// What fusion decided for one node.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// Not elementwise: lowered on its own.
    Other,
    /// Elementwise and materialised: one kernel computes its whole group.
    Root,
    /// Elementwise, computed inside its single reader's kernel.
    Inlined,
    /// A scalar constant folded into the programs that read it (it may also be materialised
    /// for non-elementwise readers).
    InlineConst,
    /// A matmul computed by the launch of the group rooted at the given node.
    Prologue(NodeId),
}

/// The partition.
#[derive(Clone, Debug)]
pub struct Fusion {
    /// The role of each node, by index.
    pub roles: Vec<Role>,
}

impl Fusion {
    /// The role of `id`.
    pub fn role(&self, id: NodeId) -> Role {
        self.roles[id.index()]
    }

    /// The matmul computed as the prologue of the group rooted at `root`, if any.
    pub fn prologue_of(&self, root: NodeId) -> Option<NodeId> {
        self.roles.iter().position(|r| *r == Role::Prologue(root)).map(|i| NodeId(i as u32))
    }
}

fn is_scalar_const(g: &Graph, id: NodeId) -> bool {
    matches!(g.node(id).op, Op::Constant { .. }) && g.ty(id).shape.static_numel() == Some(1)
}

/// Computes the partition of `g`.
pub fn run(g: &Graph) -> Fusion {
    let uses = g.use_counts();
    let mut readers: Vec<Vec<NodeId>> = vec![Vec::new(); g.len()];
    for id in g.ids() {
        for i in &g.node(id).inputs {
            readers[i.index()].push(id);
        }
    }
    let is_output = |id: NodeId| g.outputs().iter().any(|o| o.node == id);
    let mut roles = vec![Role::Other; g.len()];
    for id in g.ids().rev() {
        if is_scalar_const(g, id) {
            roles[id.index()] = Role::InlineConst;
        } else if g.node(id).op.is_elementwise() {
            let single = uses[id.index()] == 1 && !is_output(id);
            let into_ew = single && g.node(readers[id.index()][0]).op.is_elementwise();
            roles[id.index()] = if into_ew { Role::Inlined } else { Role::Root };
        }
    }
    let roots: Vec<NodeId> = g.ids().filter(|&id| roles[id.index()] == Role::Root).collect();
    for root in roots {
        let leaves = group_leaves(g, &roles, root);
        let mms: Vec<NodeId> =
            leaves.iter().copied().filter(|&l| matches!(g.node(l).op, Op::MatMul { .. })).collect();
        if let [mm] = mms[..] {
            let fits =
                uses[mm.index()] == 1 && !is_output(mm) && g.ty(mm).shape == g.ty(root).shape;
            if fits {
                roles[mm.index()] = Role::Prologue(root);
            }
        }
    }
    Fusion { roles }
}

/// The distinct non-inlined inputs of the group rooted at `root`, in first-use order.
pub fn group_leaves(g: &Graph, roles: &[Role], root: NodeId) -> Vec<NodeId> {
    let mut leaves = Vec::new();
    let mut stack = vec![root];
    let mut seen = std::collections::HashSet::new();
    while let Some(n) = stack.pop() {
        for &i in g.node(n).inputs.iter().rev() {
            match roles[i.index()] {
                Role::Inlined => stack.push(i),
                Role::InlineConst => {}
                _ if seen.insert(i) => leaves.push(i),
                _ => {}
            }
        }
    }
    leaves
}
