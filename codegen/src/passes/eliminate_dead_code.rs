//! Dead-code elimination: drops every node that no graph output depends on.
//!
//! Inputs and parameters that nothing reads are dropped too (callers may still pass them;
//! extra bindings are ignored).
//!
//! 1. Mark the outputs live; walk the arena backwards marking the inputs of live nodes.
//! 2. Rebuild the graph from the live nodes in order, remapping ids.

use packfuse_ir::{Graph, IrError, Node, NodeId, Output};

/// The graph without nodes that do not reach an output.
pub fn run(g: &Graph) -> Result<Graph, IrError> {
    let mut live = vec![false; g.len()];
    for o in g.outputs() {
        live[o.node.index()] = true;
    }
    for id in g.ids().rev() {
        if live[id.index()] {
            for i in &g.node(id).inputs {
                live[i.index()] = true;
            }
        }
    }
    let mut remap = vec![NodeId(u32::MAX); g.len()];
    let mut nodes = Vec::new();
    for id in g.ids().filter(|id| live[id.index()]) {
        let n = g.node(id);
        remap[id.index()] = NodeId(nodes.len() as u32);
        nodes.push(Node {
            op: n.op.clone(),
            inputs: n.inputs.iter().map(|i| remap[i.index()]).collect(),
            ty: n.ty.clone(),
        });
    }
    let outputs = g
        .outputs()
        .iter()
        .map(|o| Output { name: o.name.clone(), node: remap[o.node.index()] })
        .collect();
    Ok(Graph::from_parts(nodes, outputs))
}
