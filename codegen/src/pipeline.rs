//! The compiler pipeline, top to bottom. Each pass is one file in `passes/`; the graph is
//! verified after every graph-to-graph pass in debug builds and tests.

use packfuse_ir::{verify, Graph, IrError};

use crate::knobs::{next_compile_id, Knobs};
use crate::lower::lower;
use crate::passes::{
    eliminate_dead_code, fold_constants, fuse_attention, fuse_elementwise, fuse_sigmoid_loss,
};
use crate::plan::Plan;

/// A graph-to-graph pass.
type Pass = fn(&Graph) -> Result<Graph, IrError>;

/// The graph passes, in order.
pub const PASSES: &[(&str, Pass)] = &[
    // Pattern rewrites first: they need the constants (scale, mask fill) as written.
    ("fuse_attention", fuse_attention::run),
    // Dead code next, so folding never evaluates what nobody reads (the unfused scores
    // a rewrite left behind included).
    ("eliminate_dead_code", eliminate_dead_code::run),
    ("fold_constants", fold_constants::run),
    // Folding strands the constants it consumed: sweep again.
    ("eliminate_dead_code", eliminate_dead_code::run),
    // After folding, so a sign matrix written as constant arithmetic (2·eye − 1) is one
    // constant by now; then sweep the unfused logits the rewrite left behind.
    ("fuse_sigmoid_loss", fuse_sigmoid_loss::run),
    ("eliminate_dead_code", eliminate_dead_code::run),
];

/// Runs the graph passes on a verified graph.
pub fn optimize(g: &Graph) -> Result<Graph, IrError> {
    let mut g = g.clone();
    for (_name, pass) in PASSES {
        g = pass(&g)?;
        if cfg!(debug_assertions) {
            verify(&g)?;
        }
    }
    Ok(g)
}

/// Verify, optimise, fuse and lower: the whole way from a graph to a plan. Each stage is
/// dumped when `PACKFUSE_DUMP` is set (see [`crate::knobs`]).
pub fn compile_to_plan(g: &Graph) -> Result<Plan, IrError> {
    let knobs = Knobs::from_env();
    let id = next_compile_id();
    knobs.dump(id, "graph.txt", &g.to_string());
    knobs.dump(id, "graph.json", &g.to_json());
    verify(g)?;
    let g = optimize(g)?;
    knobs.dump(id, "opt.txt", &g.to_string());
    let plan = fuse_and_lower(&g)?;
    knobs.dump(id, "plan.txt", &plan.to_string());
    Ok(plan)
}

/// The pipeline without dumps, for a graph inside another: a `recurse` body (dumped with
/// the plan that holds it).
pub fn plan_graph(g: &Graph) -> Result<Plan, IrError> {
    verify(g)?;
    fuse_and_lower(&optimize(g)?)
}

fn fuse_and_lower(g: &Graph) -> Result<Plan, IrError> {
    // Fusion runs last: it partitions the final graph and lowering consumes the partition.
    let fusion = fuse_elementwise::run(g);
    lower(g, &fusion)
}
