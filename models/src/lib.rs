//! # packfuse-models: reference model graphs
//!
//! Contract: each model is one file that builds IR graphs from a config with named
//! presets, with parameters named as in the Hugging Face checkpoints; no kernel code lives
//! here. [`builtin`] names the ready-made graphs the CLI offers. [`checkpoint`] reads
//! Hugging Face checkpoint folders (config and weights, by parameter name) for them;
//! [`preprocess`] and [`tokenize`] turn image files and texts into their inputs as
//! transformers' processors do.

pub mod checkpoint;
pub mod navit;
pub mod packing;
pub mod preprocess;
pub mod rins;
pub mod siglip;
pub mod siglip2;
pub mod tokenize;
pub mod vit;

use packfuse_ir::{Graph, IrError};

/// The ViT, RINS and NaViT names accepted by [`builtin`]; [`builtin_names`] lists them all.
pub const BUILTINS: &[&str] = &[
    "vit_block",
    "vit_block_tiny",
    "vit_b16_encoder",
    "vit_rins",
    "vit_rins_tiny",
    "navit-b16",
    "navit-tiny",
];

/// Every name [`builtin`] accepts: [`BUILTINS`] (ViT, RINS, NaViT), then the SigLIP 2 presets
/// ([`siglip::PRESETS`]).
pub fn builtin_names() -> Vec<&'static str> {
    BUILTINS.iter().chain(siglip::PRESETS).copied().collect()
}

/// Layers of the `vit_rins` builtins: a 6-layer A block recursed, then 6 layers once.
pub const RINS_LAYERS: usize = 12;

/// A ready-made graph by name (`None` for an unknown name); the RINS ones recurse twice.
///
/// A SigLIP 2 preset ([`siglip::PRESETS`]) gives the whole model, both towers and the
/// logits ([`siglip::graph`]), for one representative batch ([`preset_batch`]).
pub fn builtin(name: &str) -> Option<Result<Graph, IrError>> {
    builtin_with_times(name, packfuse_ir::Times::Static(2))
}

/// Like [`builtin`], with the RINS count for `vit_rins` (ViT-B/16: layers 0..6 as block A,
/// `times` times, then layers 6..12) and `vit_rins_tiny` (the tiny layer, same split). The
/// NaViT presets are graphs of one representative packed batch ([`navit::builtin`]).
pub fn builtin_with_times(name: &str, times: packfuse_ir::Times) -> Option<Result<Graph, IrError>> {
    use vit::{vit_block, vit_encoder, VitConfig};
    let rins = rins::RinsConfig::new(RINS_LAYERS / 2, times);
    Some(match name {
        "vit_block" => vit_block(&VitConfig::base()),
        "vit_block_tiny" => vit_block(&VitConfig::tiny()),
        "vit_b16_encoder" => vit_encoder(&VitConfig::base(), 12),
        "vit_rins" => rins::vit_rins(&VitConfig::base(), RINS_LAYERS, &rins),
        "vit_rins_tiny" => rins::vit_rins(&VitConfig::tiny(), RINS_LAYERS, &rins),
        preset if preset.starts_with("navit") => return navit::builtin(name),
        preset => {
            let c = siglip::SiglipConfig::preset(preset)?;
            return Some(siglip::graph(&c, &preset_batch(&c)).map_err(|e| match e {
                siglip::ModelError::Ir(e) => e,
                // The presets are valid configs: a failure here is a bug in them.
                e @ (siglip::ModelError::Invalid(_) | siglip::ModelError::Checkpoint(_)) => {
                    panic!("preset {preset}: {e}")
                }
            }));
        }
    })
}

/// The batch a preset's builtin graph is built for: one image and one text of the longest
/// length (`max_positions`, 64: SigLIP pads every text to it). Fixed-resolution presets
/// read one `[1, 3, S, S]` image; NaFlex presets one image of 16×16 patches (256, the
/// processor's default `max_num_patches`), packed.
pub fn preset_batch(c: &siglip::SiglipConfig) -> siglip::Batch {
    let images = match c.vision.embedding {
        siglip::PatchEmbedding::Conv { .. } => siglip::ImageBatch::Fixed { images: 1 },
        siglip::PatchEmbedding::Naflex { .. } => siglip::ImageBatch::Naflex {
            grids: vec![(16, 16)],
            max_patches: 256,
            layout: siglip2::NaflexLayout::Packed,
        },
    };
    siglip::Batch {
        images: Some(images),
        texts: Some((1, c.text.max_positions)),
        text_keys: None,
        loss: false,
        hidden_states: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every preset builds and verifies, declares the Hugging Face parameters with the
    /// published shapes, and computes the embeddings and logits.
    #[test]
    fn every_preset_is_a_builtin() {
        for &name in siglip::PRESETS {
            let g = builtin(name).expect("a preset is a builtin").expect("it builds");
            let c = siglip::SiglipConfig::preset(name).unwrap();
            let params: std::collections::HashMap<String, Vec<usize>> = g
                .bound_names()
                .into_iter()
                .filter(|(_, node, _)| {
                    matches!(g.node(*node).op, packfuse_ir::Op::Parameter { .. })
                })
                .map(|(n, _, ty)| {
                    let dims = ty.shape.dims().iter().map(|d| d.as_static().unwrap()).collect();
                    (n.to_string(), dims)
                })
                .collect();
            let (d, p) = (c.vision.tower.hidden, c.vision.patch);
            let patch = match c.vision.embedding {
                siglip::PatchEmbedding::Conv { .. } => vec![d, 3, p, p],
                siglip::PatchEmbedding::Naflex { .. } => vec![d, 3 * p * p],
            };
            assert_eq!(params["vision_model.embeddings.patch_embedding.weight"], patch, "{name}");
            if let siglip::PatchEmbedding::Conv { image_size: s } = c.vision.embedding {
                // transformers' processor gives S×S pixels even where S is not a multiple
                // of the patch (So400m/14 at 384²); the convolution drops the remainder.
                let (_, px, _) = g
                    .bound_names()
                    .into_iter()
                    .find(|(n, _, _)| *n == "pixel_values")
                    .expect("a pixel_values input");
                assert_eq!(g.ty(px).shape.to_string(), format!("[1, 3, {s}, {s}]"), "{name}");
            }
            assert_eq!(
                params["text_model.embeddings.token_embedding.weight"],
                vec![256_000, c.text.tower.hidden],
                "{name}"
            );
            let last = c.vision.tower.layers - 1;
            assert!(
                params.contains_key(&format!("vision_model.encoder.layers.{last}.mlp.fc2.weight")),
                "{name}: {} vision layers",
                c.vision.tower.layers
            );
            for out in ["image_embeds", "text_embeds", "logits_per_image", "logits_per_text"] {
                assert!(g.outputs().iter().any(|o| o.name == out), "{name} lacks {out}");
            }
        }
        assert!(builtin("siglip2-b16-999").is_none());
        assert_eq!(builtin_names().len(), BUILTINS.len() + siglip::PRESETS.len());
    }
}
