//! Argument parsing and dispatch. Every command writes its results to stdout and returns a
//! [`CliError`]; `main` prints that as one `error: ...` line and exits with code 1.

mod bench;
mod classify;
mod compile;
mod devices;
mod model;
mod op;

use std::io::Write;
use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};
use packfuse::io::IoError;
use packfuse::{CodegenError, DType, Engine, IrError};
use thiserror::Error;

/// Fused kernels with a JIT compiler: packed-sequence attention, sigmoid loss, recursive
/// blocks.
#[derive(Parser, Debug)]
#[command(name = "packfuse", version, about, propagate_version = true)]
pub struct Cli {
    /// Device to compile for and run on: cpu, vulkan or cuda [default: $PACKFUSE_DEVICE, else
    /// the best available].
    #[arg(long, global = true, value_name = "DEVICE")]
    device: Option<String>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Lists the device kinds: available or not, and why.
    Devices,
    /// Prints what the compiler makes of a graph.
    Compile(compile::CompileArgs),
    /// Runs one fused op on tensors read from a safetensors file.
    #[command(subcommand)]
    Op(op::OpCmd),
    /// Runs a whole model (SigLIP, SigLIP 2 NaFlex, NaViT) from a Hugging Face checkpoint
    /// folder on tensors read from a safetensors file, under transformers' names.
    Model(model::ModelArgs),
    /// Zero-shot image classification with a SigLIP / SigLIP 2 checkpoint: each label's
    /// probability for each image, as transformers' zero-shot pipeline gives it.
    Classify(classify::ClassifyArgs),
    /// Turns image files and texts into the inputs `packfuse model` reads, as the
    /// checkpoint's transformers processors do.
    Preprocess(classify::PreprocessArgs),
    /// Runs the benchmark cases on the selected device, checks them against the float64
    /// reference interpreter and prints a table (exit code 1 when an error exceeds its
    /// tolerance).
    Bench(bench::BenchArgs),
}

/// A floating-point dtype named on the command line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum FloatDType {
    F32,
    F16,
    Bf16,
}

impl From<FloatDType> for DType {
    fn from(d: FloatDType) -> DType {
        match d {
            FloatDType::F32 => DType::F32,
            FloatDType::F16 => DType::F16,
            FloatDType::Bf16 => DType::BF16,
        }
    }
}

/// Why a command failed.
#[derive(Debug, Error)]
pub enum CliError {
    /// A safetensors file could not be read or written.
    #[error(transparent)]
    Io(#[from] IoError),
    /// A graph is malformed or its inputs do not fit it.
    #[error(transparent)]
    Ir(#[from] IrError),
    /// Compiling or running failed, or the device is not there.
    #[error(transparent)]
    Codegen(#[from] CodegenError),
    /// Another error, with its context.
    #[error("{context}: {source}")]
    Context {
        /// Where it happened (a file, a case).
        context: String,
        /// What happened.
        source: Box<CliError>,
    },
    /// A file could not be read.
    #[error("{}: {reason}", path.display())]
    File {
        /// The file.
        path: PathBuf,
        /// What the OS said.
        reason: String,
    },
    /// Writing to stdout failed.
    #[error("writing to stdout: {0}")]
    Stdout(#[from] std::io::Error),
    /// Bad input that no library call caught: a missing tensor, a wrong dtype or rank, an
    /// unknown name.
    #[error("{0}")]
    Input(String),
    /// Benchmark results outside their tolerance, or cases that failed.
    #[error("{0}")]
    Check(String),
}

impl CliError {
    /// The error with `context` in front.
    fn context(self, context: impl Into<String>) -> CliError {
        CliError::Context { context: context.into(), source: Box::new(self) }
    }

    /// True when stdout was closed by its reader.
    pub fn is_broken_pipe(&self) -> bool {
        match self {
            CliError::Stdout(e) => e.kind() == std::io::ErrorKind::BrokenPipe,
            CliError::Context { source, .. } => source.is_broken_pipe(),
            _ => false,
        }
    }
}

/// Joins the lines of a message, so that every error is exactly one line.
pub fn one_line(msg: &str) -> String {
    msg.lines().map(str::trim).filter(|l| !l.is_empty()).collect::<Vec<_>>().join("; ")
}

/// Runs the parsed command.
pub fn run(cli: Cli) -> Result<(), CliError> {
    let out = &mut std::io::stdout().lock();
    let device = cli.device.as_deref();
    match cli.command {
        Command::Devices => devices::run(device, out),
        Command::Compile(args) => compile::run(&args, device, out),
        Command::Op(cmd) => op::run(&cmd, device, out),
        Command::Model(args) => model::run(&args, device, out),
        Command::Bench(args) => bench::run(&args, device, out),
        Command::Classify(args) => classify::run(&args, device, out),
        Command::Preprocess(args) => classify::run_preprocess(&args, out),
    }?;
    out.flush()?;
    Ok(())
}

/// The engine for `--device`, else `PACKFUSE_DEVICE`, else the best device here.
fn engine(device: Option<&str>) -> Result<Engine, CliError> {
    Ok(Engine::new(device)?)
}

/// Runs `run` `runs` times (none when 0) and prints the median, minimum and maximum wall
/// time on one line: `time on DEVICE: median ... over N runs (host transfers included)`;
/// on a device with its own memory, then the most its pools held, sampled after each run:
/// `device memory: max R MiB reserved by the pools, U MiB in use after a run`.
fn time_runs(
    out: &mut dyn Write,
    engine: &Engine,
    runs: usize,
    mut run: impl FnMut() -> Result<(), CliError>,
) -> Result<(), CliError> {
    if runs == 0 {
        return Ok(());
    }
    let mut times = Vec::with_capacity(runs);
    let mut memory: Option<(u64, u64)> = None;
    for _ in 0..runs {
        let start = std::time::Instant::now();
        run()?;
        times.push(start.elapsed().as_secs_f64() * 1e3);
        if let Some(m) = engine.device_memory() {
            let (r, u) = memory.unwrap_or_default();
            memory = Some((r.max(m.reserved), u.max(m.in_use)));
        }
    }
    times.sort_by(f64::total_cmp);
    say(
        out,
        format_args!(
            "time on {}: median {:.3} ms, min {:.3} ms, max {:.3} ms over {runs} runs (host transfers included)",
            engine.device(),
            times[runs / 2],
            times[0],
            times[runs - 1],
        ),
    )?;
    if let Some((reserved, in_use)) = memory {
        let mib = |b: u64| b as f64 / (1u64 << 20) as f64;
        say(
            out,
            format_args!(
                "device memory: max {:.1} MiB reserved by the pools, {:.1} MiB in use after a run",
                mib(reserved),
                mib(in_use)
            ),
        )?;
    }
    Ok(())
}

/// Writes one line to `out`.
fn say(out: &mut dyn Write, line: impl std::fmt::Display) -> Result<(), CliError> {
    writeln!(out, "{line}")?;
    Ok(())
}
