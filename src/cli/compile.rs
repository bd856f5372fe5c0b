//! `packfuse compile`: a graph (JSON file or builtin) as text IR, as a compiled plan (with
//! the JIT cache's counts), or as the kernel sources generated for a CUDA or Vulkan target
//! (on any machine: no device is used).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Instant;

use clap::{ArgGroup, Args, ValueEnum};
use packfuse::codegen::emit::{emit, EmitTarget, DEFAULT_DYN_DIM};
use packfuse::{models, Graph};

use super::{engine, say, CliError};

#[derive(Args, Debug)]
#[command(group(ArgGroup::new("source").required(true).args(["graph", "graph_file", "builtin"])))]
pub struct CompileArgs {
    /// A graph in the JSON form (`Graph::to_json`); verified on load.
    #[arg(long, value_name = "FILE.json")]
    graph: Option<PathBuf>,
    /// Same as --graph.
    #[arg(value_name = "GRAPH.json")]
    graph_file: Option<PathBuf>,
    /// A ready-made graph by name.
    #[arg(long, value_name = "NAME", help = format!("A ready-made graph: {} (a SigLIP 2 preset: the whole model for one image and one 64-token text)", models::builtin_names().join(", ")))]
    builtin: Option<String>,
    /// What to print: the graph's text form, the kernel plan the compiler makes of it, or the
    /// generated kernel sources (CUDA C++, WGSL, SPIR-V disassembly) of every launch.
    #[arg(long, value_enum, default_value_t = Emit::Ir)]
    emit: Emit,
    /// Compute capability for `--emit cuda`: 80 (A100) or 90 (H100).
    #[arg(long, default_value_t = 90, value_parser = parse_sm)]
    sm: u32,
    /// Also print, for the compile, `disk_cache: off|hit|miss|rebuilt compile_ms: T` (the
    /// plan's source, `PACKFUSE_CACHE_DIR`, and the time `Engine::compile` took), then
    /// `kernels: N compiled: M cache_hits: H`.
    #[arg(long)]
    stats: bool,
    /// Compile this many times in one process, printing the stats line of each (the second
    /// and later compiles should find every kernel in the JIT cache).
    #[arg(long, hide = true, default_value_t = 1, requires = "stats", value_parser = clap::value_parser!(u32).range(1..))]
    repeat: u32,
    /// For the RINS builtins (`vit_rins`, `vit_rins_tiny`): how many times block A runs
    /// (default 2). The plan, its kernels and its buffers do not depend on it.
    #[arg(long, value_name = "R", requires = "builtin", value_parser = clap::value_parser!(u32).range(1..))]
    times: Option<u32>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Emit {
    /// The text form of the graph.
    Ir,
    /// The plan: kernel launches over buffer slots.
    Plan,
    /// CUDA C++ (as NVRTC compiles it) for `--sm`.
    Cuda,
    /// WGSL for a lavapipe-like Vulkan device.
    Wgsl,
    /// SPIR-V disassembly for a lavapipe-like Vulkan device.
    Spirv,
}

impl Emit {
    /// The source target, for the emits that print kernel sources.
    fn target(self, sm: u32) -> Option<EmitTarget> {
        match self {
            Emit::Ir | Emit::Plan => None,
            Emit::Cuda => Some(EmitTarget::Cuda { sm }),
            Emit::Wgsl => Some(EmitTarget::Wgsl),
            Emit::Spirv => Some(EmitTarget::Spirv),
        }
    }
}

pub fn run(args: &CompileArgs, device: Option<&str>, out: &mut dyn Write) -> Result<(), CliError> {
    let g = load_graph(args)?;
    if let Some(target) = args.emit.target(args.sm) {
        for k in emit(&g, target)? {
            write!(out, "{k}")?;
        }
        if !args.stats {
            return Ok(());
        }
    }
    if args.emit == Emit::Ir {
        say(out, &g)?;
        if !args.stats {
            return Ok(());
        }
    }
    let engine = engine(device)?;
    for i in 0..args.repeat {
        let start = Instant::now();
        let exe = engine.compile(&g)?;
        let ms = start.elapsed().as_secs_f64() * 1e3;
        if i == 0 && args.emit == Emit::Plan {
            say(out, exe.plan())?;
        }
        if args.stats {
            // The kernels line stays last: scripts read it as the last line.
            let bytes = buffer_bytes(exe.plan())?;
            say(
                out,
                format_args!("buffer_bytes: {bytes} (every dynamic dim = {DEFAULT_DYN_DIM})"),
            )?;
            say(out, format_args!("disk_cache: {} compile_ms: {ms:.2}", exe.stats().disk))?;
            say(out, exe.stats())?;
        }
    }
    Ok(())
}

fn parse_sm(s: &str) -> Result<u32, String> {
    match s {
        "80" | "90" => Ok(s.parse().expect("a number")),
        _ => Err(format!("{s:?} is not a supported compute capability (expected 80 or 90)")),
    }
}

/// The plan's buffer bytes (slots, and its largest recurse body's) with every dynamic dim
/// bound to [`DEFAULT_DYN_DIM`].
fn buffer_bytes(plan: &packfuse::codegen::Plan) -> Result<usize, CliError> {
    let dims = plan.inputs.iter().flat_map(|(_, t)| t.shape.dims().to_vec());
    let bindings: packfuse::ir::Bindings = dims
        .filter_map(|d| match d {
            packfuse::ir::Dim::Dyn(n) => Some((n, DEFAULT_DYN_DIM)),
            packfuse::ir::Dim::Static(_) => None,
        })
        .collect();
    plan.slot_bytes(&bindings).map_err(CliError::Input)
}

fn load_graph(args: &CompileArgs) -> Result<Graph, CliError> {
    if let Some(name) = &args.builtin {
        let times = args.times.map_or(packfuse::ir::Times::Static(2), packfuse::ir::Times::Static);
        let g = models::builtin_with_times(name, times).ok_or_else(|| {
            CliError::Input(format!(
                "unknown builtin graph {name:?} (known: {})",
                models::builtin_names().join(", ")
            ))
        })?;
        return Ok(g?);
    }
    let path = args.graph.as_ref().or(args.graph_file.as_ref()).expect("clap requires a source");
    graph_from_file(path)
}

/// Reads and verifies a graph's JSON form; errors name the file.
pub fn graph_from_file(path: &Path) -> Result<Graph, CliError> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| CliError::File { path: path.to_path_buf(), reason: e.to_string() })?;
    Graph::from_json(&text).map_err(|e| CliError::from(e).context(path.display().to_string()))
}
