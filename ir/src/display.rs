//! The text form: one line per node, `%id = op {attrs}(inputs) : type`.

use std::fmt;

use crate::Graph;

impl fmt::Display for Graph {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "graph {{")?;
        for id in self.ids() {
            let n = self.node(id);
            write!(f, "  {id} = {}", n.op.name())?;
            if !n.inputs.is_empty() {
                let ins: Vec<String> = n.inputs.iter().map(|i| i.to_string()).collect();
                write!(f, "({})", ins.join(", "))?;
            }
            writeln!(f, "{} : {}", n.op.attrs(), n.ty)?;
        }
        for o in self.outputs() {
            writeln!(f, "  output {:?} = {}", o.name, o.node)?;
        }
        write!(f, "}}")
    }
}
