//! `packfuse model navit --checkpoint DIR --inputs X.safetensors --out Y.safetensors
//! [--keep-rate R --seed S] [--hidden-states]`: a NaViT checkpoint (the format of
//! `packfuse::models::navit`) on a batch of images of any aspect ratio.
//!
//! Inputs: `spatial_shapes [B, 2]` (each image's patch rows and columns) and
//! `pixel_values`, either SigLIP 2 NaFlex's processor output `[B, max_patches, p·p·C]`
//! (with its optional `pixel_attention_mask [B, max_patches]`) or packed `[Σ h·w, p·p·C]`
//! (every image's patches, raster order, image after image); patches flattened in
//! (patch-row, patch-column, channel) order either way. Outputs: `image_embeds [B, D]` (the
//! MAP-pooled features), `logits [B, num_labels]` when the checkpoint has a classifier, and
//! with `--hidden-states` `hidden_states.{i}` and `last_hidden_state`, `[T, D]` over the
//! kept tokens in packed order.

use std::collections::HashMap;
use std::io::Write;
use std::time::Instant;

use packfuse::io;
use packfuse::models::checkpoint::{Checkpoint, CheckpointError};
use packfuse::models::navit::{self, NavitConfig, TokenKeep};
use packfuse::models::siglip::ModelError;
use packfuse::Tensor;

use super::{execute, wrong_family, Family, ModelArgs};
use crate::cli::{engine, CliError};

pub fn run(args: &ModelArgs, device: Option<&str>, out: &mut dyn Write) -> Result<(), CliError> {
    if args.return_loss || args.packed {
        return Err(CliError::Input(
            "--return-loss and --packed are SigLIP options (NaViT is always packed)".into(),
        ));
    }
    let engine = engine(device)?;
    let ckpt_err = |e: CheckpointError| CliError::Input(e.to_string());
    let ckpt = Checkpoint::open(&args.checkpoint).map_err(ckpt_err)?;
    wrong_family(Family::Navit, &ckpt)?;
    let config = NavitConfig::from_checkpoint(&ckpt).map_err(ckpt_err)?;
    let start = Instant::now();
    let weights = navit::load_weights(&config, ckpt).map_err(ckpt_err)?;
    let loaded = start.elapsed();
    let inputs: HashMap<String, Tensor> = io::load(&args.inputs)?.into_iter().collect();
    let keep = match args.keep_rate {
        Some(keep) => TokenKeep::Rate { keep, seed: args.seed },
        None => TokenKeep::All,
    };
    let context = |e: ModelError| CliError::Input(format!("{}: {e}", args.inputs.display()));
    let batch =
        navit::batch_from_inputs(&config, &inputs, keep, args.hidden_states).map_err(context)?;
    let g = navit::graph(&config, &batch).map_err(context)?;
    let feed = navit::feed(&config, &batch, &inputs).map_err(context)?;
    execute(&engine, &g, &feed, weights, loaded, args, out)
}
