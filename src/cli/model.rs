//! `packfuse model siglip|siglip2|navit --checkpoint DIR --inputs X.safetensors --out
//! Y.safetensors`: a whole SigLIP / SigLIP 2 NaFlex / NaViT model from a Hugging Face
//! checkpoint folder, on tensors under the names transformers uses (NaViT: see
//! [`navit`]).
//!
//! Inputs: `pixel_values` (`[B, C, H, W]`; NaFlex: `[B, max_patches, p·p·C]` with
//! `pixel_attention_mask [B, max_patches]` and `spatial_shapes [B, 2]`) and/or `input_ids`
//! `[B, L]` (i32). Outputs: `image_embeds`, `text_embeds`, `logits_per_image`,
//! `logits_per_text` (when both towers run), `loss` with `--return-loss`, and every hidden
//! state with `--hidden-states`. NaFlex runs padded as transformers does, or `--packed`.

use std::collections::{BTreeMap, HashMap};
use std::io::Write;
use std::path::PathBuf;
use std::time::Instant;

use clap::{Args, ValueEnum};
use packfuse::codegen::Overlay;
use packfuse::io;
use packfuse::models::checkpoint::Checkpoint;
use packfuse::models::siglip::{self, Extras, SiglipConfig};
use packfuse::models::siglip2::NaflexLayout;
use packfuse::Tensor;

use super::{engine, say, time_runs, CliError};

mod navit;

/// The model families `packfuse model` runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Family {
    /// `SiglipModel` checkpoints (`model_type` "siglip": SigLIP and fixed-resolution SigLIP 2).
    Siglip,
    /// `Siglip2Model` checkpoints (`model_type` "siglip2": SigLIP 2 NaFlex).
    Siglip2,
    /// NaViT checkpoints (`model_type` "navit", the format of `packfuse::models::navit`).
    Navit,
}

impl Family {
    /// The name on the command line.
    fn name(self) -> &'static str {
        match self {
            Family::Siglip => "siglip",
            Family::Siglip2 => "siglip2",
            Family::Navit => "navit",
        }
    }
}

#[derive(Args, Debug)]
pub struct ModelArgs {
    /// The model family.
    #[arg(value_enum)]
    family: Family,
    /// Hugging Face checkpoint folder: config.json and model.safetensors (or a sharded
    /// model.safetensors.index.json).
    #[arg(long, value_name = "DIR")]
    checkpoint: PathBuf,
    /// Input tensors (safetensors) under transformers' names.
    #[arg(long, value_name = "X.safetensors")]
    inputs: PathBuf,
    /// Where to write the outputs (safetensors).
    #[arg(long, value_name = "Y.safetensors")]
    out: PathBuf,
    /// Also compute the sigmoid loss (needs as many texts as images).
    #[arg(long)]
    return_loss: bool,
    /// Also write every hidden state and pooled output.
    #[arg(long)]
    hidden_states: bool,
    /// NaFlex: pack the real patches of all images into one sequence (block-diagonal
    /// attention) instead of padding each image to max_patches.
    #[arg(long)]
    packed: bool,
    /// After the run whose outputs are written, time this many more runs and print their
    /// median (inputs bound, kernels run, outputs read back: host transfers included).
    #[arg(long, value_name = "N", default_value_t = 0)]
    repeat: usize,
    /// NaViT token dropping: each image keeps round(n · R) of its n patches (at least one),
    /// chosen at random with --seed; positions of the kept ones are preserved.
    #[arg(long, value_name = "R")]
    keep_rate: Option<f64>,
    /// Seed of --keep-rate's choice.
    #[arg(long, value_name = "S", default_value_t = 0, requires = "keep_rate")]
    seed: u64,
}

pub fn run(args: &ModelArgs, device: Option<&str>, out: &mut dyn Write) -> Result<(), CliError> {
    if args.family == Family::Navit {
        return navit::run(args, device, out);
    }
    if args.keep_rate.is_some() {
        return Err(CliError::Input("--keep-rate is for `packfuse model navit` only".into()));
    }
    let engine = engine(device)?;
    let dir = &args.checkpoint;
    let ckpt = Checkpoint::open(dir).map_err(|e| CliError::Input(e.to_string()))?;
    wrong_family(args.family, &ckpt)?;
    // After wrong_family, a config here is of this family's model type.
    let Some(config) = SiglipConfig::from_checkpoint(&ckpt).map_err(|e| model_error(dir, e))?
    else {
        return Err(CliError::Input(format!(
            "{}: model_type {:?} is not a {} checkpoint",
            dir.display(),
            ckpt.model_type().unwrap_or("(none)"),
            args.family.name(),
        )));
    };
    let start = Instant::now();
    let weights =
        siglip::load_weights(&config, ckpt).map_err(|e| CliError::Input(e.to_string()))?;
    let loaded = start.elapsed();
    let inputs: HashMap<String, Tensor> = io::load(&args.inputs)?.into_iter().collect();
    let layout = if args.packed { NaflexLayout::Packed } else { NaflexLayout::Padded };
    let extras = Extras { loss: args.return_loss, hidden_states: args.hidden_states };
    let context =
        |e: siglip::ModelError| CliError::Input(format!("{}: {e}", args.inputs.display()));
    let batch = siglip::batch_from_inputs(&config, &inputs, layout, extras).map_err(context)?;
    let g = siglip::graph(&config, &batch).map_err(context)?;
    let feed = siglip::feed(&config, &batch, &inputs).map_err(context)?;
    execute(&engine, &g, &feed, weights, loaded, args, out)
}

/// A model error as the CLI says it: checkpoint errors name their file already, the others
/// get the checkpoint folder.
pub(super) fn model_error(dir: &std::path::Path, e: siglip::ModelError) -> CliError {
    match e {
        siglip::ModelError::Checkpoint(e) => CliError::Input(e.to_string()),
        e => CliError::Input(format!("{}: {e}", dir.display())),
    }
}

/// An error naming the right command when the checkpoint's `model_type` is another
/// family's.
fn wrong_family(family: Family, ckpt: &Checkpoint) -> Result<(), CliError> {
    let found = ckpt.model_type();
    let right = [Family::Siglip, Family::Siglip2, Family::Navit]
        .into_iter()
        .find(|f| Some(f.name()) == found && *f != family);
    match right {
        Some(right) => Err(CliError::Input(format!(
            "{}: model_type {:?} is not a {} checkpoint (run `packfuse model {}`)",
            ckpt.dir().display(),
            right.name(),
            family.name(),
            right.name()
        ))),
        None => Ok(()),
    }
}

/// Compiles `g`, runs it on `feed` and `weights` (loaded in `loaded`), writes the outputs
/// to `--out`, prints one line per output and the timings (and `--repeat` runs).
fn execute(
    engine: &packfuse::Engine,
    g: &packfuse::Graph,
    feed: &HashMap<String, Tensor>,
    weights: HashMap<String, Tensor>,
    loaded: std::time::Duration,
    args: &ModelArgs,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    let exe = engine.compile(g).map_err(|e| CliError::from(e).context("model"))?;
    let start = Instant::now();
    let weights = exe.prepack(weights);
    let prepacked = start.elapsed();
    let start = Instant::now();
    let outs =
        exe.run_from(&Overlay(feed, &weights)).map_err(|e| CliError::from(e).context("model"))?;
    let ran = start.elapsed();
    let outputs: BTreeMap<String, Tensor> =
        exe.output_names().map(str::to_string).zip(outs).collect();
    io::save(&outputs, &args.out)?;
    for (n, t) in &outputs {
        say(out, format_args!("{n}: {}{:?} -> {}", t.dtype(), t.shape(), args.out.display()))?;
    }
    say(
        out,
        format_args!(
            "{} weights loaded in {:.2} s ({} laid out for the kernels, {} kept on the device, in \
             {:.2} s); ran on {} in {:.3} s (first run: JIT included)",
            weights.len(),
            loaded.as_secs_f64(),
            weights.transposed_names().count(),
            weights.resident_names().count(),
            prepacked.as_secs_f64(),
            engine.device(),
            ran.as_secs_f64()
        ),
    )?;
    time_runs(out, engine, args.repeat, || {
        exe.run_from(&Overlay(feed, &weights)).map_err(|e| CliError::from(e).context("model"))?;
        Ok(())
    })
}
