//! Constant folding: a node whose inputs are all constants, and whose result is small,
//! becomes a constant computed by the reference interpreter.
//!
//! Preconditions: the graph verifies. Results larger than [`MAX_FOLDED`] elements stay
//! as they are (folding would trade a cheap kernel for a large literal in the plan).
//!
//! 1. Walk nodes in order, tracking which are constant.
//! 2. For a non-source node with only constant inputs and a small static shape, evaluate
//!    the one-node graph with `packfuse_ir::eval` and record the values.
//! 3. Rebuild: folded nodes become `Constant`s; structural dedup merges equal results.

use std::collections::HashMap;

use packfuse_ir::{eval, ConstValue, Graph, IrError, Node, NodeId, Op, F64};

/// Largest result folded, in elements.
pub const MAX_FOLDED: usize = 4096;

/// The graph with small all-constant subexpressions replaced by their values.
pub fn run(g: &Graph) -> Result<Graph, IrError> {
    super::rebuild(g, |out, id, inputs, _| {
        let n = g.node(id);
        let all_const = !inputs.is_empty()
            && inputs.iter().all(|&i| matches!(out.node(i).op, Op::Constant { .. }));
        let small = n.ty.shape.static_numel().is_some_and(|k| k <= MAX_FOLDED);
        if !(all_const && small) {
            return Ok(None);
        }
        let value = fold(out, n, inputs)?;
        Ok(Some(out.add_source(Op::Constant { value }, n.ty.clone())?))
    })
}

/// Evaluates one node over constant inputs.
fn fold(g: &Graph, n: &Node, inputs: &[NodeId]) -> Result<ConstValue, IrError> {
    let mut one = Graph::from_parts(Vec::new(), Vec::new());
    let ins: Vec<NodeId> = inputs
        .iter()
        .map(|&i| one.add_source(g.node(i).op.clone(), g.ty(i).clone()))
        .collect::<Result<_, _>>()?;
    let y = one.push(n.op.clone(), &ins)?;
    one.set_output("y", y);
    let vals = eval(&one, &HashMap::new())?;
    Ok(ConstValue(vals[0].to_f64_vec().into_iter().map(F64).collect()))
}
