//! `verify()`: the whole-graph checks that the builder does one node at a time, for graphs
//! that come from JSON, passes or hand-made parts.

use std::collections::HashMap;

use crate::{infer, Graph, IrError, NodeId, Op, TensorType};

/// Checks every node of `g` in order: inputs exist and come earlier (no cycles), the op
/// type-checks, the declared type matches, names are unique; then the outputs.
pub fn verify(g: &Graph) -> Result<(), IrError> {
    let mut names: HashMap<&str, NodeId> = HashMap::new();
    for id in g.ids() {
        let node = g.node(id);
        let op = || node.op.name().to_string();
        for &input in &node.inputs {
            if input.index() >= g.len() {
                return Err(IrError::DanglingInput { node: id, op: op(), input, len: g.len() });
            }
            if input >= id {
                return Err(IrError::Cycle { node: id, op: op(), input });
            }
        }
        let inferred = if node.op.is_source() {
            if !node.inputs.is_empty() {
                return Err(type_err(id, &node.op, "a source op takes no inputs"));
            }
            infer::check_source(&node.op, &node.ty).map_err(|source| IrError::Type {
                node: id,
                op: op(),
                source,
            })?;
            node.ty.clone()
        } else {
            let types: Vec<&TensorType> = node.inputs.iter().map(|&i| g.ty(i)).collect();
            infer::infer(&node.op, &types).map_err(|source| IrError::Type {
                node: id,
                op: op(),
                source,
            })?
        };
        if inferred != node.ty {
            return Err(IrError::DeclaredType {
                node: id,
                op: op(),
                declared: node.ty.clone(),
                inferred,
            });
        }
        if let Op::Input { name } | Op::Parameter { name } = &node.op {
            if let Some(&first) = names.get(name.as_str()) {
                return Err(IrError::DuplicateName {
                    node: id,
                    op: op(),
                    name: name.clone(),
                    first,
                });
            }
            names.insert(name, id);
        }
    }
    verify_outputs(g)
}

fn type_err(node: NodeId, op: &Op, reason: &str) -> IrError {
    IrError::Type { node, op: op.name().into(), source: crate::TypeError::Attr(reason.into()) }
}

fn verify_outputs(g: &Graph) -> Result<(), IrError> {
    let mut seen = std::collections::HashSet::new();
    for o in g.outputs() {
        if o.node.index() >= g.len() {
            return Err(IrError::Output {
                name: o.name.clone(),
                reason: format!("node {} does not exist", o.node),
            });
        }
        if !seen.insert(o.name.as_str()) {
            return Err(IrError::Output { name: o.name.clone(), reason: "name used twice".into() });
        }
    }
    Ok(())
}
