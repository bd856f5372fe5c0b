//! Graph passes, one per file; each opens with what it rewrites. The order they run in is
//! [`crate::pipeline`].

pub mod eliminate_dead_code;
pub mod fold_constants;
pub mod fuse_attention;
pub mod fuse_elementwise;
pub mod fuse_sigmoid_loss;

use packfuse_ir::{Graph, IrError, NodeId};

/// Rebuilds `g` node by node into a new graph, the frame every rewriting pass shares:
/// `replace(out, id, ins, remap)` sees each source node `id` with its inputs already mapped
/// (`ins`) and the map so far (`remap`, indexed by source id) and returns `Some(node)` to put
/// in its place, or `None` to copy it unchanged. The outputs keep their names. Equal nodes
/// merge as they are pushed (structural dedup).
pub(crate) fn rebuild(
    g: &Graph,
    mut replace: impl FnMut(&mut Graph, NodeId, &[NodeId], &[NodeId]) -> Result<Option<NodeId>, IrError>,
) -> Result<Graph, IrError> {
    let mut out = Graph::new();
    let mut remap: Vec<NodeId> = Vec::with_capacity(g.len());
    for id in g.ids() {
        let n = g.node(id);
        let ins: Vec<NodeId> = n.inputs.iter().map(|i| remap[i.index()]).collect();
        let new = match replace(&mut out, id, &ins, &remap)? {
            Some(new) => new,
            None if n.op.is_source() => out.add_source(n.op.clone(), n.ty.clone())?,
            None => out.push(n.op.clone(), &ins)?,
        };
        remap.push(new);
    }
    for o in g.outputs() {
        out.set_output(&o.name, remap[o.node.index()]);
    }
    Ok(out)
}
