//! SigLIP and SigLIP 2 (Zhai et al. 2023; Tschannen et al. 2025) as IR graphs with the
//! Hugging Face parameter names: image tower, text tower, MAP head, the contrastive head
//! (L2-normalised embeddings, `logits = t·txt·imgᵀ + b`, the sigmoid loss).
//!
//! Tokens are packed: the images of a batch sit in one `[T, D]` buffer and attention is
//! block-diagonal over `cu_seqlens`, so no padding is computed. Graphs are built for one
//! batch composition ([`Batch`]: every size static); [`aux_inputs`] computes, on the host,
//! the few index tensors the graph reads beside the batch (segment offsets, NaFlex
//! position-resize weights, the rows that are keys). [`crate::siglip2`] adds NaFlex.
//!
//! What the graph computes, step by step (transformers 5.x; `tests/fixtures/siglip*/README.md`
//! holds the recipe the fixtures were checked against):
//! - SigLIP patch embedding: `Conv2d(C, D, p, stride p)` over `pixel_values [B, C, H, W]`,
//!   as a matmul over patches flattened in (channel, row, column) order, plus a learned
//!   position table.
//! - Encoder layers: pre-norm, `x + attn(LN1(x))`, `h + fc2(gelu_tanh(fc1(LN2(h))))`.
//! - Vision: `post_layernorm`, then the MAP head: a learned probe is the only query of a
//!   multi-head attention over the tokens (packed `in_proj` split q, k, v), `o + mlp(LN(o))`.
//! - Text: token + position embeddings, encoder, `final_layer_norm`, the last position, a
//!   linear `head`.
//! - Head: `image_embeds = v/‖v‖`, `text_embeds = t/‖t‖`, `logits_per_text = txt·imgᵀ·exp(s) +
//!   b`, `logits_per_image` its transpose, `loss` the sigmoid loss (square batches).

use std::collections::HashMap;

use packfuse_ir::{shape, DType, Graph, IrError, LossOptions, LossPart, NodeId, Tensor};

use crate::checkpoint::{
    Checkpoint, CheckpointError, HfSiglip2Config, HfSiglipConfig, HfSiglipTextConfig,
};
use crate::siglip2::{self, NaflexLayout};
use crate::vit::{self, Attend, VitConfig};

/// Why a SigLIP model or batch cannot be built.
#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    /// A graph op rejected its inputs.
    #[error(transparent)]
    Ir(#[from] IrError),
    /// The config or the batch does not describe a model this module builds.
    #[error("{0}")]
    Invalid(String),
    /// The checkpoint's `config.json` could not be read (the error names the file).
    #[error(transparent)]
    Checkpoint(#[from] CheckpointError),
}

/// Sizes of one transformer tower.
#[derive(Clone, Debug, PartialEq)]
pub struct TowerConfig {
    /// Width of the residual stream.
    pub hidden: usize,
    /// Attention heads.
    pub heads: usize,
    /// Width of the MLP's hidden layer.
    pub mlp: usize,
    /// Encoder layers.
    pub layers: usize,
    /// LayerNorm epsilon (1e-6 in every SigLIP).
    pub eps: f64,
}

impl TowerConfig {
    /// A tower with SigLIP's LayerNorm epsilon, 1e-6.
    pub fn new(hidden: usize, heads: usize, mlp: usize, layers: usize) -> TowerConfig {
        TowerConfig { hidden, heads, mlp, layers, eps: 1e-6 }
    }

    fn layer(&self, dtype: DType) -> VitConfig {
        VitConfig { hidden: self.hidden, heads: self.heads, mlp: self.mlp, eps: self.eps, dtype }
    }
}

/// How pixels become patch tokens.
#[derive(Clone, Debug, PartialEq)]
pub enum PatchEmbedding {
    /// SigLIP (and fixed-resolution SigLIP 2): a `Conv2d` over `pixel_values [B, C, H, W]`
    /// at `image_size`², with a learned table of `(image_size / patch)²` positions.
    Conv {
        /// Height and width of the input images.
        image_size: usize,
    },
    /// SigLIP 2 NaFlex: a `Linear(p·p·C, D)` over patches cut by the processor
    /// (`pixel_values [B, P, p·p·C]`), with a learned `grid_side`² grid of positions resized
    /// to each image's patch grid.
    Naflex {
        /// Side of the learned position grid (`sqrt(num_patches)`).
        grid_side: usize,
    },
}

/// The image tower.
#[derive(Clone, Debug, PartialEq)]
pub struct VisionConfig {
    /// The transformer.
    pub tower: TowerConfig,
    /// Patch side in pixels.
    pub patch: usize,
    /// Image channels.
    pub channels: usize,
    /// The patch embedding.
    pub embedding: PatchEmbedding,
}

/// The text tower.
#[derive(Clone, Debug, PartialEq)]
pub struct TextConfig {
    /// The transformer.
    pub tower: TowerConfig,
    /// Vocabulary size.
    pub vocab: usize,
    /// Rows of the position table (the longest text).
    pub max_positions: usize,
    /// Width of the text `head` (the embedding width; equals the vision width).
    pub projection: usize,
}

/// A whole SigLIP model.
#[derive(Clone, Debug, PartialEq)]
pub struct SiglipConfig {
    /// The image tower.
    pub vision: VisionConfig,
    /// The text tower.
    pub text: TextConfig,
    /// Element type of weights and activations.
    pub dtype: DType,
}

/// Named presets, `siglip2-{size}-{resolution}` for fixed resolutions and
/// `siglip2-{size}-naflex`: the published SigLIP 2 sizes (B/16, L/16, So400m/14, So400m/16,
/// g/16) with the hub configs' widths, depths and vocabulary (Gemma's 256 000 tokens, 64
/// positions). A checkpoint's own `config.json` always wins over a preset; presets serve
/// `--builtin` graphs and benchmarks with random weights.
pub const PRESETS: &[&str] = &[
    "siglip2-b16-224",
    "siglip2-b16-256",
    "siglip2-b16-384",
    "siglip2-b16-512",
    "siglip2-l16-256",
    "siglip2-l16-384",
    "siglip2-l16-512",
    "siglip2-so400m14-224",
    "siglip2-so400m14-384",
    "siglip2-so400m16-256",
    "siglip2-so400m16-384",
    "siglip2-so400m16-512",
    "siglip2-g16-256",
    "siglip2-g16-384",
    "siglip2-b16-naflex",
    "siglip2-so400m16-naflex",
];

impl SiglipConfig {
    /// The preset named `name` (one of [`PRESETS`]), f32.
    pub fn preset(name: &str) -> Option<SiglipConfig> {
        let rest = name.strip_prefix("siglip2-")?;
        let (size, res) = rest.rsplit_once('-')?;
        let tower = TowerConfig::new;
        // (vision tower, patch, text tower, projection)
        let (vt, patch, tt, proj) = match size {
            "b16" => (tower(768, 12, 3072, 12), 16, tower(768, 12, 3072, 12), 768),
            "l16" => (tower(1024, 16, 4096, 24), 16, tower(1024, 16, 4096, 24), 1024),
            "so400m14" => (tower(1152, 16, 4304, 27), 14, tower(1152, 16, 4304, 27), 1152),
            "so400m16" => (tower(1152, 16, 4304, 27), 16, tower(1152, 16, 4304, 27), 1152),
            // giant-opt: a g vision tower with a So400m-sized text tower projected to 1536.
            "g16" => (tower(1536, 16, 6144, 40), 16, tower(1152, 16, 4304, 27), 1536),
            _ => return None,
        };
        let embedding = match res {
            "naflex" => PatchEmbedding::Naflex { grid_side: 16 },
            r => PatchEmbedding::Conv { image_size: r.parse().ok()? },
        };
        if !PRESETS.contains(&name) {
            return None;
        }
        Some(SiglipConfig {
            vision: VisionConfig { tower: vt, patch, channels: 3, embedding },
            text: TextConfig { tower: tt, vocab: 256_000, max_positions: 64, projection: proj },
            dtype: DType::F32,
        })
    }

    /// The model a checkpoint folder's `config.json` describes, by its `model_type`:
    /// "siglip" ([`SiglipConfig::from_hf`]) or "siglip2" ([`SiglipConfig::from_hf2`]);
    /// `None` for any other model type (or none).
    pub fn from_checkpoint(ckpt: &Checkpoint) -> Result<Option<SiglipConfig>, ModelError> {
        Ok(Some(match ckpt.model_type() {
            Some("siglip") => Self::from_hf(&ckpt.siglip_config()?)?,
            Some("siglip2") => Self::from_hf2(&ckpt.siglip2_config()?)?,
            _ => return Ok(None),
        }))
    }

    /// From a SigLIP checkpoint's config (`model_type` "siglip": SigLIP and fixed-resolution
    /// SigLIP 2).
    pub fn from_hf(c: &HfSiglipConfig) -> Result<SiglipConfig, ModelError> {
        let v = &c.vision_config;
        let tower = hf_tower(
            &v.hidden_act,
            [v.hidden_size, v.num_attention_heads, v.intermediate_size, v.num_hidden_layers],
            v.layer_norm_eps,
        )?;
        let embedding = PatchEmbedding::Conv { image_size: v.image_size };
        Self::from_hf_parts(tower, v.patch_size, v.num_channels, embedding, &c.text_config)
    }

    /// From a SigLIP 2 NaFlex checkpoint's config (`model_type` "siglip2").
    pub fn from_hf2(c: &HfSiglip2Config) -> Result<SiglipConfig, ModelError> {
        let v = &c.vision_config;
        let tower = hf_tower(
            &v.hidden_act,
            [v.hidden_size, v.num_attention_heads, v.intermediate_size, v.num_hidden_layers],
            v.layer_norm_eps,
        )?;
        let grid_side = v.position_grid_side().ok_or_else(|| {
            ModelError::Invalid(format!("num_patches = {} is not a square", v.num_patches))
        })?;
        let embedding = PatchEmbedding::Naflex { grid_side };
        Self::from_hf_parts(tower, v.patch_size, v.num_channels, embedding, &c.text_config)
    }

    /// The model of a checkpoint whose image tower is read already.
    fn from_hf_parts(
        tower: TowerConfig,
        patch: usize,
        channels: usize,
        embedding: PatchEmbedding,
        t: &HfSiglipTextConfig,
    ) -> Result<SiglipConfig, ModelError> {
        let text = TextConfig {
            tower: hf_tower(
                &t.hidden_act,
                [t.hidden_size, t.num_attention_heads, t.intermediate_size, t.num_hidden_layers],
                t.layer_norm_eps,
            )?,
            vocab: t.vocab_size,
            max_positions: t.max_position_embeddings,
            projection: t.projection_size(),
        };
        Ok(SiglipConfig {
            vision: VisionConfig { tower, patch, channels, embedding },
            text,
            dtype: DType::F32,
        })
    }

    /// Width of the patch vectors NaFlex reads (`p·p·C`).
    pub fn patch_dim(&self) -> usize {
        self.vision.patch * self.vision.patch * self.vision.channels
    }
}

/// A tower from a Hugging Face sub-config: `[hidden, heads, intermediate, layers]`, eps, and
/// its activation, which must be `gelu_pytorch_tanh` (every SigLIP).
fn hf_tower(act: &str, sizes: [usize; 4], eps: f64) -> Result<TowerConfig, ModelError> {
    if act != "gelu_pytorch_tanh" {
        return Err(ModelError::Invalid(format!(
            "hidden_act {act:?}: only gelu_pytorch_tanh (every SigLIP) is supported"
        )));
    }
    let [hidden, heads, mlp, layers] = sizes;
    Ok(TowerConfig { eps, ..TowerConfig::new(hidden, heads, mlp, layers) })
}

/// The images of a batch.
#[derive(Clone, Debug, PartialEq)]
pub enum ImageBatch {
    /// Fixed resolution: `pixel_values [images, C, image_size, image_size]`.
    Fixed {
        /// Number of images.
        images: usize,
    },
    /// NaFlex: `pixel_values [B, max_patches, p·p·C]`, `pixel_attention_mask [B, max_patches]`,
    /// `spatial_shapes [B, 2]`; image `i` holds `grids[i] = (rows, cols)` patches.
    Naflex {
        /// Each image's patch grid (from `spatial_shapes`).
        grids: Vec<(usize, usize)>,
        /// Patch slots per image in `pixel_values`.
        max_patches: usize,
        /// Padded (as transformers) or packed into one sequence.
        layout: NaflexLayout,
    },
}

impl ImageBatch {
    /// Number of images.
    pub fn len(&self) -> usize {
        match self {
            ImageBatch::Fixed { images } => *images,
            ImageBatch::Naflex { grids, .. } => grids.len(),
        }
    }

    /// True for a batch of no images.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// What one graph computes: images, texts, or both (then the logits, and the loss when
/// asked for).
#[derive(Clone, Debug, PartialEq)]
pub struct Batch {
    /// The images, if any.
    pub images: Option<ImageBatch>,
    /// `(texts, length)` of `input_ids`, if any.
    pub texts: Option<(usize, usize)>,
    /// With a text `attention_mask` (transformers' tokenizers return one and its processors
    /// and zero-shot pipeline pass it): how many tokens are real. Padding tokens are then
    /// masked from the keys of every text attention (queries still run, and the last position
    /// is pooled even when it is padding, as in transformers); [`feed`] reads the mask.
    pub text_keys: Option<usize>,
    /// Adds `loss` (needs as many texts as images).
    pub loss: bool,
    /// Adds every tower's hidden states and pooled outputs, under transformers' names.
    pub hidden_states: bool,
}

/// Builds the graph for `batch`. Inputs: `pixel_values` (and for NaFlex
/// `pixel_attention_mask`, `spatial_shapes` are read by [`aux_inputs`], not by the graph),
/// `input_ids` (i32), the tensors of [`aux_inputs`]; parameters under the Hugging Face
/// names. Outputs: `image_embeds`, `text_embeds`, `logits_per_image`, `logits_per_text`,
/// `loss`, hidden states, as `batch` asks.
pub fn graph(c: &SiglipConfig, batch: &Batch) -> Result<Graph, ModelError> {
    let mut g = Graph::new();
    let img = match &batch.images {
        Some(images) => Some(vision_tower(&mut g, c, images, batch.hidden_states)?),
        None => None,
    };
    let txt = match batch.texts {
        Some((n, len)) => {
            Some(text_tower(&mut g, c, (n, len), batch.text_keys, batch.hidden_states)?)
        }
        None => None,
    };
    let img = img.map(|v| g.l2_normalize(v, 0.0)).transpose()?;
    let txt = txt.map(|t| g.l2_normalize(t, 0.0)).transpose()?;
    if let Some(i) = img {
        g.set_output("image_embeds", i);
    }
    if let Some(t) = txt {
        g.set_output("text_embeds", t);
    }
    if let (Some(i), Some(t)) = (img, txt) {
        let scale = g.param("logit_scale", c.dtype, shape![1])?;
        let bias = g.param("logit_bias", c.dtype, shape![1])?;
        let s = g.unary(packfuse_ir::UnaryOp::Exp, scale)?;
        let l = g.matmul_t(t, i, false, true)?;
        let l = g.mul(l, s)?;
        let l = g.add(l, bias)?;
        g.set_output("logits_per_text", l);
        let li = g.transpose(l)?;
        g.set_output("logits_per_image", li);
        if batch.loss {
            let opts = LossOptions::default();
            let loss = g.sigmoid_loss_opts(LossPart::Loss, &[i, t, scale, bias], opts)?;
            g.set_output("loss", loss);
        }
    } else if batch.loss {
        return Err(ModelError::Invalid("the loss needs both images and texts".into()));
    }
    Ok(g)
}

/// The image tower up to the pooled output `[B, D]` (before normalisation).
fn vision_tower(
    g: &mut Graph,
    c: &SiglipConfig,
    images: &ImageBatch,
    hidden_states: bool,
) -> Result<NodeId, ModelError> {
    let v = &c.vision;
    let d = v.tower.hidden;
    let layer = v.tower.layer(c.dtype);
    let pre = "vision_model.";
    let (x, attend, keys_for_head) = match (images, &v.embedding) {
        (ImageBatch::Fixed { images }, PatchEmbedding::Conv { image_size }) => {
            let (b, p, ch) = (*images, v.patch, v.channels);
            let side = image_size / p;
            let px = g.input("pixel_values", c.dtype, shape![b, ch, *image_size, *image_size])?;
            // A stride-p convolution without padding drops the last `image_size % p` rows
            // and columns (So400m/14 at 384²: 27 patches of 14 cover 378 pixels).
            let px = if image_size % p == 0 {
                px
            } else {
                let px = g.slice(px, 2, 0, side * p)?;
                g.slice(px, 3, 0, side * p)?
            };
            let x = g.reshape(px, shape![b, ch, side, p, side, p])?;
            let x = g.permute(x, &[0, 2, 4, 1, 3, 5])?;
            let x = g.reshape(x, shape![b * side * side, ch * p * p])?;
            let w = g.param(
                &format!("{pre}embeddings.patch_embedding.weight"),
                c.dtype,
                shape![d, ch, p, p],
            )?;
            let w = g.reshape(w, shape![d, ch * p * p])?;
            let bias =
                g.param(&format!("{pre}embeddings.patch_embedding.bias"), c.dtype, shape![d])?;
            let x = g.linear(x, w, Some(bias))?;
            let n = side * side;
            let pos = g.param(
                &format!("{pre}embeddings.position_embedding.weight"),
                c.dtype,
                shape![n, d],
            )?;
            let x = g.reshape(x, shape![b, n, d])?;
            let x = g.add(x, pos)?;
            let x = g.reshape(x, shape![b * n, d])?;
            let cu = g.input("vision_cu_seqlens", DType::I32, shape![b + 1])?;
            (x, Attend::segments(cu), None)
        }
        (
            ImageBatch::Naflex { grids, max_patches, layout },
            PatchEmbedding::Naflex { grid_side },
        ) => siglip2::naflex_embeddings(g, c, grids, *max_patches, *layout, *grid_side)?,
        (images, embedding) => {
            return Err(ModelError::Invalid(format!(
                "a {} image batch does not fit a {} patch embedding",
                match images {
                    ImageBatch::Fixed { .. } => "fixed-resolution",
                    ImageBatch::Naflex { .. } => "NaFlex",
                },
                match embedding {
                    PatchEmbedding::Conv { .. } => "fixed-resolution",
                    PatchEmbedding::Naflex { .. } => "NaFlex",
                }
            )))
        }
    };
    let mut x = x;
    // Hidden states as transformers shapes them, [B, P, D] (fixed and padded layouts); the
    // packed layout has no padding to shape around and stays [T, D].
    let per_image = match (images, &v.embedding) {
        (ImageBatch::Fixed { .. }, PatchEmbedding::Conv { image_size }) => {
            Some((image_size / v.patch).pow(2))
        }
        (ImageBatch::Naflex { max_patches, layout: NaflexLayout::Padded, .. }, _) => {
            Some(*max_patches)
        }
        _ => None,
    };
    let unflatten = |g: &mut Graph, t: NodeId| match per_image {
        Some(n) => g.reshape(t, shape![images.len(), n, d]),
        None => Ok(t),
    };
    if hidden_states {
        let h = unflatten(g, x)?;
        g.set_output("vision_model_output.hidden_states.0", h);
    }
    for i in 0..v.tower.layers {
        x = vit::encoder_layer_attend(g, &layer, &format!("{pre}encoder.layers.{i}."), x, attend)?;
        if hidden_states {
            let h = unflatten(g, x)?;
            g.set_output(&format!("vision_model_output.hidden_states.{}", i + 1), h);
        }
    }
    let x = vit::layer_norm(g, &layer, &format!("{pre}post_layernorm"), x)?;
    if hidden_states {
        let h = unflatten(g, x)?;
        g.set_output("vision_model_output.last_hidden_state", h);
    }
    // The MAP head's keys: every token, or (padded NaFlex) the real patches only.
    let (keys, cu_keys) = match keys_for_head {
        Some(rows) => (g.gather(x, rows, 0)?, attend.cu_k),
        None => (x, attend.cu_k),
    };
    let pooled = map_head(g, &layer, images.len(), keys, cu_keys)?;
    if hidden_states {
        g.set_output("vision_model_output.pooler_output", pooled);
    }
    Ok(pooled)
}

/// SigLIP's multi-head attention pooling: one learned query (`head.probe`) per image over
/// that image's `keys` (segments `cu_keys`), then `o + mlp(LN(o))`. Returns `[images, D]`.
///
/// Shared with [`crate::navit`]: it declares the parameters `vision_model.head.*` and the
/// input `vision_cu_probe` (i32 `[images + 1]`, `0, 1, .., images`), which the caller's
/// host-side inputs must provide.
pub(crate) fn map_head(
    g: &mut Graph,
    c: &VitConfig,
    images: usize,
    keys: NodeId,
    cu_keys: NodeId,
) -> Result<NodeId, IrError> {
    let (d, dt) = (c.hidden, c.dtype);
    let pre = "vision_model.head.";
    let probe = g.param(&format!("{pre}probe"), dt, shape![1, 1, d])?;
    let probe = g.reshape(probe, shape![1, d])?;
    let w = g.param(&format!("{pre}attention.in_proj_weight"), dt, shape![3 * d, d])?;
    let b = g.param(&format!("{pre}attention.in_proj_bias"), dt, shape![3 * d])?;
    let part = |g: &mut Graph, i: usize, x: NodeId| -> Result<NodeId, IrError> {
        let wi = g.slice(w, 0, i * d, (i + 1) * d)?;
        let bi = g.slice(b, 0, i * d, (i + 1) * d)?;
        g.linear(x, wi, Some(bi))
    };
    let q = part(g, 0, probe)?;
    let q = g.broadcast(q, shape![images, d])?;
    let k = part(g, 1, keys)?;
    let v = part(g, 2, keys)?;
    let split = |g: &mut Graph, t: NodeId| vit::split_heads(g, c, t);
    let (q, k, v) = (split(g, q)?, split(g, k)?, split(g, v)?);
    let cu_probe = g.input("vision_cu_probe", DType::I32, shape![images + 1])?;
    let a =
        g.packed_attention(q, k, v, cu_probe, cu_keys, None, packfuse_ir::MaskKind::Full, None)?;
    let a = g.reshape(a, shape![images, d])?;
    let o = vit::linear(g, c, &format!("{pre}attention.out_proj"), a, d)?;
    let h = vit::layer_norm(g, c, &format!("{pre}layernorm"), o)?;
    let h = vit::linear(g, c, &format!("{pre}mlp.fc1"), h, c.mlp)?;
    let h = g.gelu_tanh(h)?;
    let h = vit::linear(g, c, &format!("{pre}mlp.fc2"), h, d)?;
    g.add(o, h)
}

/// The text tower up to the projected last position `[texts, projection]`; with `keys`
/// (the number of real tokens) padding tokens are masked from the keys.
fn text_tower(
    g: &mut Graph,
    c: &SiglipConfig,
    (texts, len): (usize, usize),
    keys: Option<usize>,
    hidden_states: bool,
) -> Result<NodeId, ModelError> {
    let t = &c.text;
    let d = t.tower.hidden;
    if len == 0 || len > t.max_positions {
        return Err(ModelError::Invalid(format!(
            "texts of {len} tokens: the text tower takes 1 to {} tokens",
            t.max_positions
        )));
    }
    let layer = t.tower.layer(c.dtype);
    let pre = "text_model.";
    let ids = g.input("input_ids", DType::I32, shape![texts, len])?;
    let ids = g.reshape(ids, shape![texts * len])?;
    let table =
        g.param(&format!("{pre}embeddings.token_embedding.weight"), c.dtype, shape![t.vocab, d])?;
    let x = g.gather(table, ids, 0)?;
    let pos = g.param(
        &format!("{pre}embeddings.position_embedding.weight"),
        c.dtype,
        shape![t.max_positions, d],
    )?;
    let pos = g.slice(pos, 0, 0, len)?;
    let x = g.reshape(x, shape![texts, len, d])?;
    let x = g.add(x, pos)?;
    let mut x = g.reshape(x, shape![texts * len, d])?;
    let cu = g.input("text_cu_seqlens", DType::I32, shape![texts + 1])?;
    let attend = match keys {
        None => Attend::segments(cu),
        Some(n) => Attend {
            cu_q: cu,
            cu_k: g.input("text_cu_keys", DType::I32, shape![texts + 1])?,
            key_rows: Some(g.input("text_key_rows", DType::I32, shape![n])?),
        },
    };
    let hidden = |g: &mut Graph, name: &str, x: NodeId| -> Result<(), IrError> {
        if hidden_states {
            let h = g.reshape(x, shape![texts, len, d])?;
            g.set_output(name, h);
        }
        Ok(())
    };
    hidden(g, "text_model_output.hidden_states.0", x)?;
    for i in 0..t.tower.layers {
        x = vit::encoder_layer_attend(g, &layer, &format!("{pre}encoder.layers.{i}."), x, attend)?;
        hidden(g, &format!("text_model_output.hidden_states.{}", i + 1), x)?;
    }
    let x = vit::layer_norm(g, &layer, &format!("{pre}final_layer_norm"), x)?;
    hidden(g, "text_model_output.last_hidden_state", x)?;
    let x = g.reshape(x, shape![texts, len, d])?;
    let last = g.slice(x, 1, len - 1, len)?;
    let last = g.reshape(last, shape![texts, d])?;
    let out = vit::linear(g, &layer, &format!("{pre}head"), last, t.projection)?;
    if hidden_states {
        g.set_output("text_model_output.pooler_output", out);
    }
    Ok(out)
}

/// The tensors the graph of `batch` reads beside the batch itself, computed on the host:
/// segment offsets (`vision_cu_seqlens`, `vision_cu_probe`, `text_cu_seqlens`) and, for
/// NaFlex, the position-resize weights and the rows that are real patches.
pub fn aux_inputs(c: &SiglipConfig, batch: &Batch) -> Result<HashMap<String, Tensor>, ModelError> {
    let mut m = HashMap::new();
    let cu = |n: usize, step: usize| {
        Tensor::from_i32(&[n + 1], (0..=n).map(|i| (i * step) as i32).collect())
    };
    if let Some(images) = &batch.images {
        m.insert("vision_cu_probe".into(), cu(images.len(), 1));
        match (images, &c.vision.embedding) {
            (ImageBatch::Fixed { images }, PatchEmbedding::Conv { image_size }) => {
                let n = (image_size / c.vision.patch).pow(2);
                m.insert("vision_cu_seqlens".into(), cu(*images, n));
            }
            (
                ImageBatch::Naflex { grids, max_patches, layout },
                PatchEmbedding::Naflex { grid_side },
            ) => {
                m.extend(siglip2::naflex_aux(grids, *max_patches, *layout, *grid_side)?);
            }
            _ => return Err(ModelError::Invalid("the image batch does not fit the model".into())),
        }
    }
    if let Some((n, len)) = batch.texts {
        m.insert("text_cu_seqlens".into(), cu(n, len));
    }
    Ok(m)
}

/// Everything the graph of `batch` reads besides the weights: [`aux_inputs`] plus the
/// batch's `pixel_values` (converted to the model's dtype), `input_ids` (as i32, from
/// integral floats too) and, with [`Batch::text_keys`], the real tokens of its
/// `attention_mask` (`text_key_rows`, `text_cu_keys`).
pub fn feed(
    c: &SiglipConfig,
    batch: &Batch,
    inputs: &HashMap<String, Tensor>,
) -> Result<HashMap<String, Tensor>, ModelError> {
    let mut m = aux_inputs(c, batch)?;
    if batch.images.is_some() {
        if let Some(px) = inputs.get("pixel_values") {
            m.insert("pixel_values".into(), px.cast(c.dtype));
        }
    }
    if let (Some(_), Some(ids)) = (batch.texts, inputs.get("input_ids")) {
        let ids = match ids.as_i32() {
            Some(_) => ids.clone(),
            None => {
                Tensor::from_i32(ids.shape(), ids.to_f32_vec().iter().map(|&v| v as i32).collect())
            }
        };
        m.insert("input_ids".into(), ids);
    }
    if let (Some((n, len)), Some(_)) = (batch.texts, batch.text_keys) {
        let mask = int_values(inputs, "attention_mask", &[n, len])?;
        let rows: Vec<i32> = (0..n * len).filter(|&i| mask[i] != 0).map(|i| i as i32).collect();
        let cu = (0..=n).map(|t| mask[..t * len].iter().filter(|&&m| m != 0).count() as i32);
        m.insert("text_cu_keys".into(), Tensor::from_i32(&[n + 1], cu.collect()));
        m.insert("text_key_rows".into(), Tensor::from_i32(&[rows.len()], rows));
    }
    Ok(m)
}

/// Every parameter of the model `c` (both towers, the MAP head, the logit scale and
/// bias), under its Hugging Face name, taken from `ckpt`; a missing or wrongly shaped
/// tensor, and any tensor the model does not use, is an error naming it.
pub fn load_weights(
    c: &SiglipConfig,
    ckpt: Checkpoint,
) -> Result<HashMap<String, Tensor>, CheckpointError> {
    // The parameters do not depend on the batch: those of a one-image, one-text graph.
    let images = match c.vision.embedding {
        PatchEmbedding::Conv { .. } => ImageBatch::Fixed { images: 1 },
        PatchEmbedding::Naflex { .. } => {
            ImageBatch::Naflex { grids: vec![(1, 1)], max_patches: 1, layout: NaflexLayout::Packed }
        }
    };
    let batch = Batch {
        images: Some(images),
        texts: Some((1, 1)),
        text_keys: None,
        loss: false,
        hidden_states: false,
    };
    let g = graph(c, &batch).map_err(|e| CheckpointError::Config {
        path: ckpt.dir().join(crate::checkpoint::CONFIG_FILE),
        reason: format!("the model it describes cannot be built: {e}"),
    })?;
    take_params(&g, ckpt)
}

/// Takes every parameter `g` declares from the checkpoint (by name, with the graph's shape
/// and dtype) and fails on tensors the graph never asked for (see [`Checkpoint::finish`]).
pub fn take_params(
    g: &Graph,
    mut ckpt: Checkpoint,
) -> Result<HashMap<String, Tensor>, CheckpointError> {
    let mut m = HashMap::new();
    for (name, node, ty) in g.bound_names() {
        if !matches!(g.node(node).op, packfuse_ir::Op::Parameter { .. }) {
            continue;
        }
        let shape: Vec<usize> =
            ty.shape.dims().iter().map(|d| d.as_static().unwrap_or(0)).collect();
        m.insert(name.to_string(), ckpt.take_as(name, &shape, ty.dtype)?);
    }
    ckpt.finish()?;
    Ok(m)
}

/// What to compute besides the embeddings and logits.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Extras {
    /// The loss (`return_loss=True`).
    pub loss: bool,
    /// Every hidden state and pooled output.
    pub hidden_states: bool,
}

/// The [`Batch`] that `inputs` (under transformers' names: `pixel_values`, for NaFlex
/// `pixel_attention_mask` and `spatial_shapes`, `input_ids`, optionally `attention_mask`)
/// hold for the model `c`, with every shape and the NaFlex mask checked (a mask that is not
/// the first `h·w` slots of each image, as the processor writes it, is an error).
pub fn batch_from_inputs(
    c: &SiglipConfig,
    inputs: &HashMap<String, Tensor>,
    layout: NaflexLayout,
    extras: Extras,
) -> Result<Batch, ModelError> {
    let bad = |m: String| Err(ModelError::Invalid(m));
    let images = match (inputs.get("pixel_values"), &c.vision.embedding) {
        (None, _) => None,
        (Some(px), PatchEmbedding::Conv { image_size }) => {
            let (ch, s) = (c.vision.channels, *image_size);
            match px.shape() {
                [b, cc, h, w] if *cc == ch && *h == s && *w == s => {
                    Some(ImageBatch::Fixed { images: *b })
                }
                other => {
                    return bad(format!(
                        "pixel_values has shape {other:?}; this model reads [B, {ch}, {s}, {s}]"
                    ))
                }
            }
        }
        (Some(px), PatchEmbedding::Naflex { .. }) => {
            let k = c.patch_dim();
            let (b, slots) = match px.shape() {
                [b, p, kk] if *kk == k => (*b, *p),
                other => {
                    return bad(format!(
                        "pixel_values has shape {other:?}; this model reads [B, max_patches, {k}]"
                    ))
                }
            };
            let shapes = int_values(inputs, "spatial_shapes", &[b, 2])?;
            let grids: Vec<(usize, usize)> =
                shapes.chunks(2).map(|hw| (hw[0].max(0) as usize, hw[1].max(0) as usize)).collect();
            if let Some(mask) = inputs.get("pixel_attention_mask") {
                let mask = int_or_float(mask, "pixel_attention_mask", &[b, slots])?;
                check_naflex_mask(&mask, &grids, slots)?;
            }
            Some(ImageBatch::Naflex { grids, max_patches: slots, layout })
        }
    };
    let texts = match inputs.get("input_ids") {
        None => None,
        Some(ids) => match ids.shape() {
            [n, len] => {
                let v = int_or_float(ids, "input_ids", &[*n, *len])?;
                if let Some(t) = v.iter().find(|&&t| t < 0 || t as usize >= c.text.vocab) {
                    return bad(format!(
                        "input_ids holds {t}, outside the vocabulary 0..{}",
                        c.text.vocab
                    ));
                }
                Some((*n, *len))
            }
            other => return bad(format!("input_ids has shape {other:?}; expected [B, L]")),
        },
    };
    if images.is_none() && texts.is_none() {
        return bad("the inputs hold neither pixel_values nor input_ids".into());
    }
    let text_keys = match (texts, inputs.get("attention_mask")) {
        (Some((n, len)), Some(mask)) => {
            let mask = int_or_float(mask, "attention_mask", &[n, len])?;
            for (i, row) in mask.chunks(len).enumerate() {
                if row.iter().any(|&m| m != 0 && m != 1) || !row.contains(&1) {
                    return bad(format!(
                        "attention_mask row {i} must be 0s and 1s with at least one 1 (a real token)"
                    ));
                }
            }
            Some(mask.iter().filter(|&&m| m == 1).count())
        }
        _ => None,
    };
    if extras.loss {
        match (&images, texts) {
            (Some(i), Some((n, _))) if i.len() == n => {}
            _ => return bad("--return-loss needs as many texts as images".into()),
        }
    }
    Ok(Batch { images, texts, text_keys, loss: extras.loss, hidden_states: extras.hidden_states })
}

/// A NaFlex `pixel_attention_mask` `[B, slots]` must mark exactly the first `h·w` slots of
/// each image, as the processor writes it (SigLIP 2 and NaViT's padded layout).
pub(crate) fn check_naflex_mask(
    mask: &[i64],
    grids: &[(usize, usize)],
    slots: usize,
) -> Result<(), ModelError> {
    for (i, &(h, w)) in grids.iter().enumerate() {
        let row = &mask[i * slots..(i + 1) * slots];
        if row.iter().enumerate().any(|(j, &m)| (m != 0) != (j < h * w)) {
            return Err(ModelError::Invalid(format!(
                "pixel_attention_mask row {i} is not the first {} slots (spatial shape ({h}, {w}))",
                h * w
            )));
        }
    }
    Ok(())
}

/// An i32 (or integral float) tensor of `shape` as i64 values.
pub(crate) fn int_or_float(
    t: &Tensor,
    name: &str,
    shape: &[usize],
) -> Result<Vec<i64>, ModelError> {
    if t.shape() != shape {
        return Err(ModelError::Invalid(format!(
            "{name} has shape {:?}, expected {shape:?}",
            t.shape()
        )));
    }
    match t.as_i32() {
        Some(v) => Ok(v.iter().map(|&x| x as i64).collect()),
        None => {
            let v = t.to_f32_vec();
            if v.iter().any(|x| x.fract() != 0.0) {
                return Err(ModelError::Invalid(format!("{name} must hold integers")));
            }
            Ok(v.iter().map(|&x| x as i64).collect())
        }
    }
}

fn int_values(
    inputs: &HashMap<String, Tensor>,
    name: &str,
    shape: &[usize],
) -> Result<Vec<i64>, ModelError> {
    match inputs.get(name) {
        Some(t) => int_or_float(t, name, shape),
        None => Err(ModelError::Invalid(format!("a NaFlex model needs {name} {shape:?}"))),
    }
}
