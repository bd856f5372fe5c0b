//! NaViT (Dehghani et al. 2023, "Patch n' Pack: NaViT, a Vision Transformer for any Aspect
//! Ratio and Resolution") as an IR graph: images at their native aspect ratio and
//! resolution, each a grid of `h × w` patches, packed into one token sequence without
//! padding; factorised learned position embeddings; token dropping; per-image MAP pooling.
//!
//! There is no NaViT in transformers (nor a public reference checkpoint), so the checkpoint
//! format is defined here, as close to the SigLIP vision tower's as NaViT allows.
//!
//! # Checkpoint format
//!
//! A Hugging Face-style folder: `config.json` plus `model.safetensors` (or shards listed by
//! `model.safetensors.index.json`), read by [`crate::checkpoint::Checkpoint`].
//!
//! `config.json` ([`HfNavitConfig`]; absent fields take the `navit-b16` values):
//! `model_type` `"navit"` (required), `hidden_size`, `num_hidden_layers`,
//! `num_attention_heads`, `intermediate_size`, `patch_size`, `num_channels`,
//! `max_patch_rows`, `max_patch_cols` (rows of the two position tables: the largest patch
//! grid the model takes), `layer_norm_eps`, `hidden_act` (`"gelu_pytorch_tanh"`, the only
//! one supported) and `num_labels` (present and non-zero: the model has a classifier;
//! `id2label` is not read, because transformers writes a two-label default into every config).
//!
//! Parameters, with `D = hidden_size`, `K = patch_size² · num_channels`, `M` = MLP width:
//!
//! | name | shape |
//! | --- | --- |
//! | `vision_model.embeddings.patch_embedding.{weight, bias}` | `[D, K]`, `[D]` (a `Linear` over a flattened patch) |
//! | `vision_model.embeddings.row_embedding.weight` | `[max_patch_rows, D]` |
//! | `vision_model.embeddings.column_embedding.weight` | `[max_patch_cols, D]` |
//! | `vision_model.encoder.layers.{i}.layer_norm{1,2}.{weight, bias}` | `[D]` |
//! | `vision_model.encoder.layers.{i}.self_attn.{q,k,v,out}_proj.{weight, bias}` | `[D, D]`, `[D]` |
//! | `vision_model.encoder.layers.{i}.mlp.fc1.{weight, bias}` | `[M, D]`, `[M]` |
//! | `vision_model.encoder.layers.{i}.mlp.fc2.{weight, bias}` | `[D, M]`, `[D]` |
//! | `vision_model.post_layernorm.{weight, bias}` | `[D]` |
//! | `vision_model.head.probe` | `[1, 1, D]` |
//! | `vision_model.head.attention.in_proj_{weight, bias}` | `[3D, D]`, `[3D]` (q, k, v rows) |
//! | `vision_model.head.attention.out_proj.{weight, bias}` | `[D, D]`, `[D]` |
//! | `vision_model.head.layernorm.{weight, bias}` | `[D]` |
//! | `vision_model.head.mlp.fc{1,2}.{weight, bias}` | as the encoder's MLP |
//! | `classifier.{weight, bias}` (only with `num_labels`) | `[num_labels, D]`, `[num_labels]` |
//!
//! Every tensor must be there with its shape, and no other: the loader names any that is
//! missing, misshaped or left over.
//!
//! # What the graph computes, step by step
//!
//! For a batch of `B` images, image `i` a grid of `h_i × w_i` patches (patch `(r, c)` at
//! raster index `r·w_i + c`, its pixels flattened in (patch-row, patch-column, channel)
//! order, as SigLIP 2 NaFlex's processor does):
//! 1. Token dropping (on the host, [`NavitBatch::kept`]): each image keeps a subset of its
//!    patches (all, an explicit list, or a seeded random `keep_rate`); dropped patches are
//!    simply absent from the sequence. The kept ones of all images, image after image, in
//!    raster order, form the packed sequence of `T` tokens; `vision_cu_seqlens` marks the
//!    images.
//! 2. `x = gather(pixel_values, vision_token_rows)`: the kept patches `[T, K]` (from a packed
//!    `[Σ h·w, K]` or a NaFlex-padded `[B, max_patches, K]` input alike).
//! 3. Patch embedding: `x · Wᵀ + b`.
//! 4. Factorised position embedding: the token of patch `(r, c)` gets
//!    `row_embedding[r] + column_embedding[c]` (two gathers by the host-computed
//!    `vision_row_ids`, `vision_col_ids`): a kept patch keeps its position in its image.
//! 5. Encoder layers (pre-norm, as SigLIP's): `x + attn(LN1(x))`, then
//!    `h + fc2(gelu_tanh(fc1(LN2(h))))`, attention block-diagonal over the images.
//! 6. `post_layernorm`.
//! 7. MAP pooling per image (SigLIP's head): one learned probe per image attends to that
//!    image's kept tokens only, `o + mlp(LN(o))`: `image_embeds [B, D]` (not normalised:
//!    NaViT has no contrastive head).
//! 8. With `num_labels`: `logits = image_embeds · Wᵀ + b`, `[B, num_labels]`.
//!
//! The graph is built for one batch composition (its sizes `B`, `T` and the pixel rows are
//! static); the per-image structure lives only in the host-computed index inputs
//! ([`aux_inputs`]).

use std::collections::HashMap;

use packfuse_ir::{shape, DType, Graph, IrError, NodeId, Shape, Tensor};
use serde::Deserialize;

use crate::checkpoint::{Checkpoint, CheckpointError, CONFIG_FILE};
use crate::packing::{choose_patches, SplitMix64};
use crate::siglip::{
    check_naflex_mask, int_or_float, map_head, take_params, ModelError, TowerConfig,
};
use crate::vit::{self, Attend, VitConfig};

/// `config.json`'s `model_type` of a NaViT checkpoint.
pub const MODEL_TYPE: &str = "navit";

/// Named presets: `navit-b16` (ViT-B/16 sized: 768 wide, 12 layers, 12 heads, MLP 3072,
/// patch 16, position tables of 64 rows and 64 columns, no classifier) and `navit-tiny`
/// (for tests: 32 wide, 2 layers, 4 heads, MLP 64, patch 4, 16 × 16 positions, 5 labels).
pub const PRESETS: &[&str] = &["navit-b16", "navit-tiny"];

/// A NaViT image model.
#[derive(Clone, Debug, PartialEq)]
pub struct NavitConfig {
    /// The transformer.
    pub tower: TowerConfig,
    /// Patch side in pixels.
    pub patch: usize,
    /// Image channels.
    pub channels: usize,
    /// Rows of `row_embedding`: the most patch rows an image may have.
    pub max_rows: usize,
    /// Rows of `column_embedding`: the most patch columns an image may have.
    pub max_cols: usize,
    /// Classes of the classifier, if the model has one.
    pub num_labels: Option<usize>,
    /// Element type of weights and activations.
    pub dtype: DType,
}

impl NavitConfig {
    /// The preset named `name` (one of [`PRESETS`]), f32.
    ///
    /// `navit-b16` sizes its position tables for 64 × 64 patches (1024 px a side at patch
    /// 16): beyond the resolutions NaViT was trained and evaluated at, while the two tables
    /// stay 2 × 64 × 768 values (0.4 MB), so a larger image is a config choice, not a
    /// limit of the preset that one meets by surprise.
    pub fn preset(name: &str) -> Option<NavitConfig> {
        match name {
            "navit-b16" => Some(NavitConfig {
                tower: TowerConfig::new(768, 12, 3072, 12),
                patch: 16,
                channels: 3,
                max_rows: 64,
                max_cols: 64,
                num_labels: None,
                dtype: DType::F32,
            }),
            "navit-tiny" => Some(NavitConfig {
                tower: TowerConfig::new(32, 4, 64, 2),
                patch: 4,
                channels: 3,
                max_rows: 16,
                max_cols: 16,
                num_labels: Some(5),
                dtype: DType::F32,
            }),
            _ => None,
        }
    }

    /// From a NaViT checkpoint's `config.json` (see the module docs for its fields).
    pub fn from_hf(c: &HfNavitConfig) -> Result<NavitConfig, ModelError> {
        let bad = |m: String| Err(ModelError::Invalid(m));
        if c.model_type != MODEL_TYPE {
            return bad(format!("model_type {:?} is not {MODEL_TYPE:?}", c.model_type));
        }
        if c.hidden_act != "gelu_pytorch_tanh" {
            return bad(format!(
                "hidden_act {:?}: only gelu_pytorch_tanh is supported",
                c.hidden_act
            ));
        }
        let sizes = [
            ("hidden_size", c.hidden_size),
            ("num_hidden_layers", c.num_hidden_layers),
            ("num_attention_heads", c.num_attention_heads),
            ("intermediate_size", c.intermediate_size),
            ("patch_size", c.patch_size),
            ("num_channels", c.num_channels),
            ("max_patch_rows", c.max_patch_rows),
            ("max_patch_cols", c.max_patch_cols),
        ];
        if let Some((name, _)) = sizes.iter().find(|(_, v)| *v == 0) {
            return bad(format!("{name} must be positive"));
        }
        if !c.hidden_size.is_multiple_of(c.num_attention_heads) {
            return bad(format!(
                "hidden_size {} is not a multiple of num_attention_heads {}",
                c.hidden_size, c.num_attention_heads
            ));
        }
        let tower = TowerConfig {
            eps: c.layer_norm_eps,
            ..TowerConfig::new(
                c.hidden_size,
                c.num_attention_heads,
                c.intermediate_size,
                c.num_hidden_layers,
            )
        };
        Ok(NavitConfig {
            tower,
            patch: c.patch_size,
            channels: c.num_channels,
            max_rows: c.max_patch_rows,
            max_cols: c.max_patch_cols,
            num_labels: c.num_labels.filter(|&n| n > 0),
            dtype: DType::F32,
        })
    }

    /// The config of an open checkpoint folder (`model_type` must be `"navit"`).
    pub fn from_checkpoint(ckpt: &Checkpoint) -> Result<NavitConfig, CheckpointError> {
        let config_error =
            |reason: String| CheckpointError::Config { path: ckpt.dir().join(CONFIG_FILE), reason };
        let hf: HfNavitConfig = ckpt.config()?;
        NavitConfig::from_hf(&hf).map_err(|e| config_error(e.to_string()))
    }

    /// Width of a flattened patch, `p·p·C`.
    pub fn patch_dim(&self) -> usize {
        self.patch * self.patch * self.channels
    }

    fn layer(&self) -> VitConfig {
        let t = &self.tower;
        VitConfig { hidden: t.hidden, heads: t.heads, mlp: t.mlp, eps: t.eps, dtype: self.dtype }
    }
}

/// A NaViT checkpoint's `config.json`; absent fields take the `navit-b16` values, unknown
/// fields (`architectures`, `torch_dtype`, `id2label`, ...) are ignored.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(default)]
pub struct HfNavitConfig {
    /// Must be `"navit"`.
    pub model_type: String,
    /// Width (768).
    pub hidden_size: usize,
    /// Encoder layers (12).
    pub num_hidden_layers: usize,
    /// Attention heads (12).
    pub num_attention_heads: usize,
    /// MLP width (3072).
    pub intermediate_size: usize,
    /// Square patch side in pixels (16).
    pub patch_size: usize,
    /// Image channels (3).
    pub num_channels: usize,
    /// Rows of `row_embedding.weight` (64).
    pub max_patch_rows: usize,
    /// Rows of `column_embedding.weight` (64).
    pub max_patch_cols: usize,
    /// LayerNorm epsilon (1e-6).
    pub layer_norm_eps: f64,
    /// MLP activation ("gelu_pytorch_tanh").
    pub hidden_act: String,
    /// Classes of `classifier` (absent or 0: no classifier).
    pub num_labels: Option<usize>,
}

impl Default for HfNavitConfig {
    fn default() -> Self {
        HfNavitConfig {
            model_type: String::new(),
            hidden_size: 768,
            num_hidden_layers: 12,
            num_attention_heads: 12,
            intermediate_size: 3072,
            patch_size: 16,
            num_channels: 3,
            max_patch_rows: 64,
            max_patch_cols: 64,
            layer_norm_eps: 1e-6,
            hidden_act: "gelu_pytorch_tanh".into(),
            num_labels: None,
        }
    }
}

/// How `pixel_values` holds the patches of a batch (each patch `p·p·C` wide).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PixelLayout {
    /// `[Σ h·w, p·p·C]`: every patch of every image, raster order, image after image.
    Packed,
    /// SigLIP 2 NaFlex's processor output: `[B, max_patches, p·p·C]`, image `i`'s patches
    /// in its first `h_i·w_i` slots.
    Padded {
        /// Patch slots per image.
        max_patches: usize,
    },
}

/// Which patches of each image survive token dropping.
#[derive(Clone, Debug, PartialEq)]
pub enum TokenKeep {
    /// Every patch.
    All,
    /// Each image of `n` patches keeps `max(1, round(n · keep))` of them, chosen at random
    /// (images in order, one SplitMix64 stream seeded with `seed`): deterministic.
    Rate {
        /// Fraction kept, in `(0, 1]`.
        keep: f64,
        /// Seed of the choice.
        seed: u64,
    },
    /// Raster indices (`r·w + c`) per image, strictly increasing, at least one per image.
    Lists(Vec<Vec<usize>>),
}

/// One batch of images for [`graph`].
#[derive(Clone, Debug, PartialEq)]
pub struct NavitBatch {
    /// Each image's patch grid `(rows, cols)`.
    pub grids: Vec<(usize, usize)>,
    /// How `pixel_values` holds the patches.
    pub pixels: PixelLayout,
    /// Token dropping.
    pub keep: TokenKeep,
    /// Adds `hidden_states.{0..=layers}` and `last_hidden_state` (`[T, D]`, kept tokens in
    /// packed order).
    pub hidden_states: bool,
}

impl NavitBatch {
    /// The kept raster indices of each image, after checking the grids against `c` and
    /// the pixel layout.
    pub fn kept(&self, c: &NavitConfig) -> Result<Vec<Vec<usize>>, ModelError> {
        self.check(c)?;
        let bad = |m: String| Err(ModelError::Invalid(m));
        match &self.keep {
            TokenKeep::All => Ok(self.grids.iter().map(|&(h, w)| (0..h * w).collect()).collect()),
            TokenKeep::Rate { keep, seed } => {
                if !(*keep > 0.0 && *keep <= 1.0) {
                    return bad(format!("keep rate {keep} must be in (0, 1]"));
                }
                let mut rng = SplitMix64(*seed);
                let lists = self.grids.iter().map(|&(h, w)| {
                    let n = h * w;
                    let k = ((n as f64 * keep).round() as usize).clamp(1, n);
                    choose_patches(n, k, &mut rng)
                });
                Ok(lists.collect())
            }
            TokenKeep::Lists(lists) => {
                if lists.len() != self.grids.len() {
                    return bad(format!(
                        "{} keep lists for {} images",
                        lists.len(),
                        self.grids.len()
                    ));
                }
                for (i, (l, &(h, w))) in lists.iter().zip(&self.grids).enumerate() {
                    let increasing = l.windows(2).all(|p| p[0] < p[1]);
                    if l.is_empty() || !increasing || l.last().is_some_and(|&p| p >= h * w) {
                        return bad(format!(
                            "image {i}: keep list {l:?} is not a non-empty, strictly increasing list of patches below {}",
                            h * w
                        ));
                    }
                }
                Ok(lists.clone())
            }
        }
    }

    /// Grids within the position tables and the pixel slots.
    fn check(&self, c: &NavitConfig) -> Result<(), ModelError> {
        if self.grids.is_empty() {
            return Err(ModelError::Invalid("a NaViT batch needs at least one image".into()));
        }
        for (i, &(h, w)) in self.grids.iter().enumerate() {
            let fits_slots = match self.pixels {
                PixelLayout::Packed => true,
                PixelLayout::Padded { max_patches } => h * w <= max_patches,
            };
            if h == 0 || w == 0 || h > c.max_rows || w > c.max_cols || !fits_slots {
                return Err(ModelError::Invalid(format!(
                    "image {i}: patch grid ({h}, {w}) must be non-empty, at most ({}, {}) (the position tables){}",
                    c.max_rows,
                    c.max_cols,
                    match self.pixels {
                        PixelLayout::Packed => String::new(),
                        PixelLayout::Padded { max_patches } =>
                            format!(", and fit {max_patches} patch slots"),
                    }
                )));
            }
        }
        Ok(())
    }

    /// Rows of `pixel_values` viewed as `[rows, p·p·C]`.
    fn pixel_rows(&self) -> usize {
        match self.pixels {
            PixelLayout::Packed => self.grids.iter().map(|&(h, w)| h * w).sum(),
            PixelLayout::Padded { max_patches } => self.grids.len() * max_patches,
        }
    }

    /// The row of `pixel_values` (viewed as `[rows, p·p·C]`) where image `i` starts.
    fn first_row(&self, i: usize) -> usize {
        match self.pixels {
            PixelLayout::Packed => self.grids[..i].iter().map(|&(h, w)| h * w).sum(),
            PixelLayout::Padded { max_patches } => i * max_patches,
        }
    }
}

/// The sizes a NaViT graph is built for.
#[derive(Clone, Debug, PartialEq)]
struct Sizes {
    images: usize,
    tokens: usize,
    /// Shape of the `pixel_values` input.
    pixels: Vec<usize>,
    hidden_states: bool,
}

/// Builds the graph for `batch`. Inputs: `pixel_values` (as [`PixelLayout`] says) and the
/// tensors of [`aux_inputs`]; parameters under the names of the module docs. Outputs:
/// `image_embeds [B, D]`, `logits [B, num_labels]` with a classifier, and with
/// `hidden_states` the embeddings and every layer's output (`hidden_states.{i}`) and
/// `last_hidden_state` (after `post_layernorm`), all `[T, D]`.
pub fn graph(c: &NavitConfig, batch: &NavitBatch) -> Result<Graph, ModelError> {
    let tokens = batch.kept(c)?.iter().map(Vec::len).sum();
    let k = c.patch_dim();
    let pixels = match batch.pixels {
        PixelLayout::Packed => vec![batch.pixel_rows(), k],
        PixelLayout::Padded { max_patches } => vec![batch.grids.len(), max_patches, k],
    };
    let sizes =
        Sizes { images: batch.grids.len(), tokens, pixels, hidden_states: batch.hidden_states };
    Ok(build(c, &sizes)?)
}

/// The graph of the module docs for `s` (no check of the batch: [`graph`] does that).
fn build(c: &NavitConfig, s: &Sizes) -> Result<Graph, IrError> {
    let mut g = Graph::new();
    let (b, t, d, k) = (s.images, s.tokens, c.tower.hidden, c.patch_dim());
    let layer = c.layer();
    let pre = "vision_model.";
    let px = g.input("pixel_values", c.dtype, Shape::from_static(&s.pixels))?;
    let rows: usize = s.pixels.iter().product::<usize>() / k.max(1);
    let px = if s.pixels.len() == 2 { px } else { g.reshape(px, shape![rows, k])? };
    let token_rows = g.input("vision_token_rows", DType::I32, shape![t])?;
    let x = g.gather(px, token_rows, 0)?;
    let x = vit::linear(&mut g, &layer, &format!("{pre}embeddings.patch_embedding"), x, d)?;
    let pos = position_embedding(&mut g, c, t)?;
    let mut x = g.add(x, pos)?;
    let cu = g.input("vision_cu_seqlens", DType::I32, shape![b + 1])?;
    if s.hidden_states {
        g.set_output("hidden_states.0", x);
    }
    for i in 0..c.tower.layers {
        let name = format!("{pre}encoder.layers.{i}.");
        x = vit::encoder_layer_attend(&mut g, &layer, &name, x, Attend::segments(cu))?;
        if s.hidden_states {
            g.set_output(&format!("hidden_states.{}", i + 1), x);
        }
    }
    let x = vit::layer_norm(&mut g, &layer, &format!("{pre}post_layernorm"), x)?;
    if s.hidden_states {
        g.set_output("last_hidden_state", x);
    }
    // Keys are every kept token of the image: the probe of image i sees segment i only.
    let pooled = map_head(&mut g, &layer, b, x, cu)?;
    g.set_output("image_embeds", pooled);
    if let Some(n) = c.num_labels {
        let logits = vit::linear(&mut g, &layer, "classifier", pooled, n)?;
        g.set_output("logits", logits);
    }
    Ok(g)
}

/// `row_embedding[r] + column_embedding[c]` for every token, `[tokens, D]`, from the
/// host-computed `vision_row_ids` and `vision_col_ids`.
fn position_embedding(g: &mut Graph, c: &NavitConfig, tokens: usize) -> Result<NodeId, IrError> {
    let (d, pre) = (c.tower.hidden, "vision_model.embeddings.");
    let rows = g.param(&format!("{pre}row_embedding.weight"), c.dtype, shape![c.max_rows, d])?;
    let cols = g.param(&format!("{pre}column_embedding.weight"), c.dtype, shape![c.max_cols, d])?;
    let r = g.input("vision_row_ids", DType::I32, shape![tokens])?;
    let col = g.input("vision_col_ids", DType::I32, shape![tokens])?;
    let r = g.gather(rows, r, 0)?;
    let col = g.gather(cols, col, 0)?;
    g.add(r, col)
}

/// The tensors the graph of `batch` reads beside `pixel_values`, computed on the host:
/// `vision_token_rows` (the kept patches' rows of `pixel_values` as `[rows, p·p·C]`),
/// `vision_row_ids`, `vision_col_ids` (each kept patch's position in its image),
/// `vision_cu_seqlens` (the images in the packed sequence) and `vision_cu_probe`
/// (`0, 1, .., B`: one MAP query per image).
pub fn aux_inputs(
    c: &NavitConfig,
    batch: &NavitBatch,
) -> Result<HashMap<String, Tensor>, ModelError> {
    let kept = batch.kept(c)?;
    let (mut token_rows, mut row_ids, mut col_ids, mut cu) = (vec![], vec![], vec![], vec![0]);
    for (i, (patches, &(_, w))) in kept.iter().zip(&batch.grids).enumerate() {
        let first = batch.first_row(i);
        for &p in patches {
            token_rows.push((first + p) as i32);
            row_ids.push((p / w) as i32);
            col_ids.push((p % w) as i32);
        }
        cu.push(token_rows.len() as i32);
    }
    let (t, b) = (token_rows.len(), kept.len());
    let mut m = HashMap::new();
    m.insert("vision_token_rows".into(), Tensor::from_i32(&[t], token_rows));
    m.insert("vision_row_ids".into(), Tensor::from_i32(&[t], row_ids));
    m.insert("vision_col_ids".into(), Tensor::from_i32(&[t], col_ids));
    m.insert("vision_cu_seqlens".into(), Tensor::from_i32(&[b + 1], cu));
    let probe = (0..=b as i32).collect();
    m.insert("vision_cu_probe".into(), Tensor::from_i32(&[b + 1], probe));
    Ok(m)
}

/// Everything the graph of `batch` reads besides the weights: [`aux_inputs`] plus
/// `pixel_values` (converted to the model's dtype) from `inputs`.
pub fn feed(
    c: &NavitConfig,
    batch: &NavitBatch,
    inputs: &HashMap<String, Tensor>,
) -> Result<HashMap<String, Tensor>, ModelError> {
    let mut m = aux_inputs(c, batch)?;
    let px = inputs
        .get("pixel_values")
        .ok_or_else(|| ModelError::Invalid("the inputs hold no pixel_values".into()))?;
    m.insert("pixel_values".into(), px.cast(c.dtype));
    Ok(m)
}

/// The [`NavitBatch`] that `inputs` hold: `spatial_shapes [B, 2]` (patch rows, columns per
/// image; i32 or integral floats) and `pixel_values`, either packed `[Σ h·w, p·p·C]` or
/// NaFlex-padded `[B, max_patches, p·p·C]` (then an optional `pixel_attention_mask
/// [B, max_patches]` must mark exactly the first `h·w` slots of each image). Every shape is
/// checked.
pub fn batch_from_inputs(
    c: &NavitConfig,
    inputs: &HashMap<String, Tensor>,
    keep: TokenKeep,
    hidden_states: bool,
) -> Result<NavitBatch, ModelError> {
    let bad = |m: String| Err(ModelError::Invalid(m));
    let k = c.patch_dim();
    let Some(px) = inputs.get("pixel_values") else {
        return bad("a NaViT model needs pixel_values".into());
    };
    let Some(shapes) = inputs.get("spatial_shapes") else {
        return bad("a NaViT model needs spatial_shapes [B, 2]".into());
    };
    let b = match shapes.shape() {
        [b, 2] => *b,
        other => return bad(format!("spatial_shapes has shape {other:?}, expected [B, 2]")),
    };
    let hw = int_or_float(shapes, "spatial_shapes", &[b, 2])?;
    if let Some(v) = hw.iter().find(|&&v| v <= 0) {
        return bad(format!("spatial_shapes holds {v}; every grid side must be positive"));
    }
    let grids: Vec<(usize, usize)> = hw.chunks(2).map(|p| (p[0] as usize, p[1] as usize)).collect();
    let total: usize = grids.iter().map(|&(h, w)| h * w).sum();
    let pixels = match px.shape() {
        [n, kk] if *kk == k && *n == total => {
            if inputs.contains_key("pixel_attention_mask") {
                return bad("pixel_attention_mask goes with padded [B, max_patches, K] pixel_values, not packed ones".into());
            }
            PixelLayout::Packed
        }
        [bb, p, kk] if *kk == k && *bb == b => {
            if let Some(mask) = inputs.get("pixel_attention_mask") {
                check_naflex_mask(&int_or_float(mask, "pixel_attention_mask", &[b, *p])?, &grids, *p)?;
            }
            PixelLayout::Padded { max_patches: *p }
        }
        other => {
            return bad(format!(
                "pixel_values has shape {other:?}; this model reads packed [{total}, {k}] or padded [{b}, max_patches, {k}] (spatial_shapes holds {b} images, {total} patches)"
            ))
        }
    };
    let batch = NavitBatch { grids, pixels, keep, hidden_states };
    batch.kept(c)?;
    Ok(batch)
}

/// Every parameter of the model `c` under the names of the module docs, taken from
/// `ckpt`; a missing or wrongly shaped tensor, and any tensor the model does not use, is an
/// error naming it.
pub fn load_weights(
    c: &NavitConfig,
    ckpt: Checkpoint,
) -> Result<HashMap<String, Tensor>, CheckpointError> {
    // The parameters do not depend on the batch: those of a one-patch graph.
    let sizes =
        Sizes { images: 1, tokens: 1, pixels: vec![1, c.patch_dim()], hidden_states: false };
    let g = build(c, &sizes).map_err(|e| CheckpointError::Config {
        path: ckpt.dir().join(CONFIG_FILE),
        reason: format!("the model it describes cannot be built: {e}"),
    })?;
    take_params(&g, ckpt)
}

/// The `packfuse compile --builtin` graph of preset `name` for one representative batch:
/// four images of different aspect ratios (`navit-b16`: 16×16, 12×20, 24×8 and 10×30
/// patches, 988 tokens; `navit-tiny`: 4×4, 3×5, 2×6, 5×2), packed, nothing dropped.
pub fn builtin(name: &str) -> Option<Result<Graph, IrError>> {
    let c = NavitConfig::preset(name)?;
    let grids: &[(usize, usize)] = if c.max_rows >= 32 {
        &[(16, 16), (12, 20), (24, 8), (10, 30)]
    } else {
        &[(4, 4), (3, 5), (2, 6), (5, 2)]
    };
    let tokens = grids.iter().map(|&(h, w)| h * w).sum();
    let sizes = Sizes {
        images: grids.len(),
        tokens,
        pixels: vec![tokens, c.patch_dim()],
        hidden_states: false,
    };
    Some(build(&c, &sizes))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn batch(grids: Vec<(usize, usize)>, keep: TokenKeep) -> NavitBatch {
        NavitBatch { grids, pixels: PixelLayout::Packed, keep, hidden_states: false }
    }

    #[test]
    fn keep_rate_is_seeded_and_rounds() {
        let c = NavitConfig::preset("navit-tiny").unwrap();
        let b = batch(vec![(4, 4), (3, 5), (1, 1)], TokenKeep::Rate { keep: 0.5, seed: 3 });
        let k = b.kept(&c).unwrap();
        assert_eq!(k.iter().map(Vec::len).collect::<Vec<_>>(), vec![8, 8, 1]);
        assert_eq!(k, b.kept(&c).unwrap());
        let other = batch(b.grids.clone(), TokenKeep::Rate { keep: 0.5, seed: 4 });
        assert_ne!(k, other.kept(&c).unwrap());
        // 0.9 · 10 is 9 however 0.9 rounds.
        let b = batch(vec![(2, 5)], TokenKeep::Rate { keep: 0.9, seed: 0 });
        assert_eq!(b.kept(&c).unwrap()[0].len(), 9);
    }

    #[test]
    fn aux_inputs_keep_positions_of_kept_patches() {
        let c = NavitConfig::preset("navit-tiny").unwrap();
        let mut b = batch(vec![(2, 3), (3, 2)], TokenKeep::Lists(vec![vec![1, 5], vec![0, 3, 4]]));
        b.pixels = PixelLayout::Padded { max_patches: 8 };
        let m = aux_inputs(&c, &b).unwrap();
        assert_eq!(m["vision_token_rows"].as_i32().unwrap(), &[1, 5, 8, 11, 12]);
        assert_eq!(m["vision_row_ids"].as_i32().unwrap(), &[0, 1, 0, 1, 2]);
        assert_eq!(m["vision_col_ids"].as_i32().unwrap(), &[1, 2, 0, 1, 0]);
        assert_eq!(m["vision_cu_seqlens"].as_i32().unwrap(), &[0, 2, 5]);
        assert_eq!(m["vision_cu_probe"].as_i32().unwrap(), &[0, 1, 2]);
    }

    #[test]
    fn bad_batches_are_errors() {
        let c = NavitConfig::preset("navit-tiny").unwrap();
        let err = |b: NavitBatch| b.kept(&c).unwrap_err().to_string();
        assert!(err(batch(vec![(17, 1)], TokenKeep::All)).contains("(17, 1)"));
        assert!(
            err(batch(vec![(2, 2)], TokenKeep::Rate { keep: 0.0, seed: 0 })).contains("keep rate")
        );
        assert!(err(batch(vec![(2, 2)], TokenKeep::Lists(vec![vec![2, 1]]))).contains("[2, 1]"));
        assert!(err(batch(vec![(2, 2)], TokenKeep::Lists(vec![vec![4]]))).contains("below 4"));
        assert!(err(batch(vec![], TokenKeep::All)).contains("at least one"));
        let mut b = batch(vec![(3, 3)], TokenKeep::All);
        b.pixels = PixelLayout::Padded { max_patches: 8 };
        assert!(err(b).contains("8 patch slots"));
    }

    #[test]
    fn builtins_build() {
        for name in PRESETS {
            let g = builtin(name).unwrap().unwrap();
            assert!(g.outputs().iter().any(|o| o.name == "image_embeds"), "{name}");
        }
        assert!(builtin("navit-xl").is_none());
    }
}
