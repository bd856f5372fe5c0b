//! The text form: one line per node, `%id = op {attrs}(inputs) : type`.

use std::fmt;

use crate::{Graph, Op};

impl fmt::Display for Graph {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "graph {{")?;
        self.fmt_body(f, "  ")?;
        write!(f, "}}")
    }
}

impl Graph {
    /// The node lines, each prefixed by `indent`; a `recurse` body follows its node as a
    /// nested `{ ... }` block, indented one level deeper.
    fn fmt_body(&self, f: &mut fmt::Formatter<'_>, indent: &str) -> fmt::Result {
        for id in self.ids() {
            let n = self.node(id);
            write!(f, "{indent}{id} = {}", n.op.name())?;
            if !n.inputs.is_empty() {
                let ins: Vec<String> = n.inputs.iter().map(|i| i.to_string()).collect();
                write!(f, "({})", ins.join(", "))?;
            }
            write!(f, "{} : {}", n.op.attrs(), n.ty)?;
            if let Op::Recurse { body, .. } = &n.op {
                writeln!(f, " {{")?;
                body.fmt_body(f, &format!("{indent}  "))?;
                write!(f, "{indent}}}")?;
            }
            writeln!(f)?;
        }
        for o in self.outputs() {
            writeln!(f, "{indent}output {:?} = {}", o.name, o.node)?;
        }
        Ok(())
    }
}
