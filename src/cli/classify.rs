//! `packfuse classify` (zero-shot image classification, as transformers'
//! `zero-shot-image-classification` pipeline does it for SigLIP) and `packfuse preprocess`
//! (image files and texts to the tensors `packfuse model` reads), both from a Hugging Face
//! checkpoint folder with its `preprocessor_config.json` and `tokenizer.json`.
//!
//! classify: each label goes through the template (`"This is a photo of {}."`, the
//! pipeline's), is tokenized padded to 64 tokens (the pipeline's `max_length`; fewer when the
//! model's position table is shorter), every image through the checkpoint's image processor;
//! the model runs once on the whole batch, and each score is `sigmoid(logits_per_image)`, as
//! the pipeline computes it for SigLIP (not a softmax: the labels do not compete). The
//! tokenizer's `attention_mask` goes to the model, as the pipeline passes it: padding tokens
//! are masked from the text tower's keys.

use std::collections::{BTreeMap, HashMap};
use std::io::Write;
use std::path::{Path, PathBuf};

use clap::Args;
use packfuse::codegen::Overlay;
use packfuse::io;
use packfuse::models::checkpoint::Checkpoint;
use packfuse::models::preprocess::{self, ImageProcessor, PreprocessError};
use packfuse::models::siglip::{self, Extras, SiglipConfig};
use packfuse::models::siglip2::NaflexLayout;
use packfuse::models::tokenize::{TextProcessor, SIGLIP_TEXT_LENGTH};
use packfuse::Tensor;

use super::model::model_error;
use super::{engine, say, CliError};

/// The zero-shot pipeline's hypothesis template.
pub const DEFAULT_TEMPLATE: &str = "This is a photo of {}.";

#[derive(Args, Debug)]
pub struct ClassifyArgs {
    /// Hugging Face checkpoint folder (SigLIP or SigLIP 2): config.json, weights,
    /// preprocessor_config.json, tokenizer.json.
    #[arg(long, value_name = "DIR")]
    checkpoint: PathBuf,
    /// An image file (PNG or JPEG); repeat for several.
    #[arg(long = "image", value_name = "FILE", required = true)]
    images: Vec<PathBuf>,
    /// Candidate labels, comma-separated (repeat the flag to add more).
    #[arg(long, value_name = "A,B,...", value_delimiter = ',', required = true)]
    labels: Vec<String>,
    /// Text each label is put into; `{}` marks the label.
    #[arg(long, value_name = "TEXT", default_value = DEFAULT_TEMPLATE)]
    template: String,
    /// Print JSON: one object per image with its labels and scores, best first.
    #[arg(long)]
    json: bool,
}

#[derive(Args, Debug)]
pub struct PreprocessArgs {
    /// Hugging Face checkpoint folder (SigLIP or SigLIP 2): config.json,
    /// preprocessor_config.json, tokenizer.json.
    #[arg(long, value_name = "DIR")]
    checkpoint: PathBuf,
    /// An image file (PNG or JPEG); repeat for several.
    #[arg(long = "image", value_name = "FILE")]
    images: Vec<PathBuf>,
    /// A text, tokenized as given; repeat for several.
    #[arg(long = "text", value_name = "TEXT")]
    texts: Vec<String>,
    /// Token length to pad and truncate to [default: 64, or the model's shorter position table].
    #[arg(long, value_name = "N")]
    max_length: Option<usize>,
    /// Where to write pixel_values (and for SigLIP 2 pixel_attention_mask, spatial_shapes),
    /// input_ids and attention_mask (safetensors).
    #[arg(long, value_name = "X.safetensors")]
    out: PathBuf,
}

fn input_err(e: impl std::fmt::Display) -> CliError {
    CliError::Input(e.to_string())
}

/// A checkpoint folder's model config and its model type ("siglip" or "siglip2").
fn open_model(dir: &Path) -> Result<(Checkpoint, SiglipConfig, String), CliError> {
    let ckpt = Checkpoint::open(dir).map_err(input_err)?;
    let model_type = ckpt.model_type().unwrap_or("(none)").to_string();
    let Some(config) = SiglipConfig::from_checkpoint(&ckpt).map_err(|e| model_error(dir, e))?
    else {
        let d = dir.display();
        return Err(CliError::Input(format!(
            "{d}: model_type {model_type:?}: only siglip and siglip2 checkpoints are supported"
        )));
    };
    Ok((ckpt, config, model_type))
}

/// The processor outputs for `images` (none when empty).
fn image_inputs(
    dir: &Path,
    model_type: &str,
    images: &[PathBuf],
) -> Result<HashMap<String, Tensor>, CliError> {
    if images.is_empty() {
        return Ok(HashMap::new());
    }
    let proc = ImageProcessor::from_dir(dir, model_type).map_err(input_err)?;
    let decoded = images
        .iter()
        .map(|p| preprocess::load_image(p))
        .collect::<Result<Vec<_>, PreprocessError>>()
        .map_err(input_err)?;
    proc.process(&decoded).map_err(input_err)
}

/// `input_ids` and `attention_mask` for `texts` padded to `max_length` (default: 64 or the
/// model's positions).
fn text_inputs(
    dir: &Path,
    model_type: &str,
    config: &SiglipConfig,
    texts: &[String],
    max_length: Option<usize>,
) -> Result<HashMap<String, Tensor>, CliError> {
    let positions = config.text.max_positions;
    let len = max_length.unwrap_or(SIGLIP_TEXT_LENGTH.min(positions));
    if len > positions {
        return Err(CliError::Input(format!(
            "--max-length {len}: the model's text tower takes at most {positions} tokens"
        )));
    }
    let tok = TextProcessor::from_dir(dir, model_type).map_err(input_err)?;
    tok.encode(texts, len).map_err(input_err)
}

pub fn run_preprocess(args: &PreprocessArgs, out: &mut dyn Write) -> Result<(), CliError> {
    if args.images.is_empty() && args.texts.is_empty() {
        return Err(CliError::Input("give at least one --image or --text".into()));
    }
    let dir = &args.checkpoint;
    let (_, config, model_type) = open_model(dir)?;
    let mut tensors: BTreeMap<String, Tensor> =
        image_inputs(dir, &model_type, &args.images)?.into_iter().collect();
    if !args.texts.is_empty() {
        tensors.extend(text_inputs(dir, &model_type, &config, &args.texts, args.max_length)?);
    }
    io::save(&tensors, &args.out)?;
    for (n, t) in &tensors {
        say(out, format_args!("{n}: {}{:?} -> {}", t.dtype(), t.shape(), args.out.display()))?;
    }
    Ok(())
}

/// The label texts: `template` with `{}` replaced by each label.
fn label_texts(template: &str, labels: &[String]) -> Result<Vec<String>, CliError> {
    if template.matches("{}").count() != 1 {
        return Err(CliError::Input(format!(
            "--template {template:?} must hold exactly one {{}} where the label goes"
        )));
    }
    Ok(labels.iter().map(|l| template.replacen("{}", l, 1)).collect())
}

pub fn run(args: &ClassifyArgs, device: Option<&str>, out: &mut dyn Write) -> Result<(), CliError> {
    let labels: Vec<String> =
        args.labels.iter().map(|l| l.trim().to_string()).filter(|l| !l.is_empty()).collect();
    if labels.is_empty() {
        return Err(CliError::Input("--labels holds no label".into()));
    }
    let texts = label_texts(&args.template, &labels)?;
    let engine = engine(device)?;
    let dir = &args.checkpoint;
    let (ckpt, config, model_type) = open_model(dir)?;
    let mut inputs = image_inputs(dir, &model_type, &args.images)?;
    inputs.extend(text_inputs(dir, &model_type, &config, &texts, None)?);
    let weights = siglip::load_weights(&config, ckpt).map_err(input_err)?;
    let batch =
        siglip::batch_from_inputs(&config, &inputs, NaflexLayout::Padded, Extras::default())
            .map_err(input_err)?;
    let g = siglip::graph(&config, &batch).map_err(input_err)?;
    let feed = siglip::feed(&config, &batch, &inputs).map_err(input_err)?;
    let exe = engine.compile(&g).map_err(|e| CliError::from(e).context("classify"))?;
    let outs = exe
        .run_from(&Overlay(&feed, &weights))
        .map_err(|e| CliError::from(e).context("classify"))?;
    let logits = exe
        .output_names()
        .zip(outs)
        .find(|(n, _)| *n == "logits_per_image")
        .map(|(_, t)| t.to_f64_vec())
        .ok_or_else(|| CliError::Input("the model gave no logits_per_image".into()))?;
    let n = labels.len();
    let ranked: Vec<Vec<(f64, &str)>> = logits
        .chunks(n)
        .map(|row| {
            let mut r: Vec<(f64, &str)> = row
                .iter()
                .zip(&labels)
                .map(|(&z, l)| (1.0 / (1.0 + (-z).exp()), l.as_str()))
                .collect();
            r.sort_by(|a, b| b.0.total_cmp(&a.0));
            r
        })
        .collect();
    if args.json {
        let v: Vec<serde_json::Value> = args
            .images
            .iter()
            .zip(&ranked)
            .map(|(p, r)| {
                let scores: Vec<serde_json::Value> =
                    r.iter().map(|(s, l)| serde_json::json!({"label": l, "score": s})).collect();
                serde_json::json!({"image": p.display().to_string(), "scores": scores})
            })
            .collect();
        return say(out, serde_json::Value::Array(v));
    }
    let width = labels.iter().map(|l| l.chars().count()).max().unwrap_or(0);
    for (p, r) in args.images.iter().zip(&ranked) {
        say(out, p.display())?;
        for (s, l) in r {
            say(out, format_args!("  {l:<width$}  {s:.4}"))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_take_one_label() {
        let l = vec!["a cat".to_string(), "dog".to_string()];
        assert_eq!(
            label_texts(DEFAULT_TEMPLATE, &l).unwrap(),
            ["This is a photo of a cat.", "This is a photo of dog."]
        );
        assert!(label_texts("no placeholder", &l).is_err());
        assert!(label_texts("{} and {}", &l).is_err());
    }
}
