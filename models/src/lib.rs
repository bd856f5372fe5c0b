//! # packfuse-models: reference model graphs
//!
//! Contract: each model is one file that builds IR graphs from a config with named
//! presets, with parameters named as in the Hugging Face checkpoints; no kernel code lives
//! here. [`builtin`] names the ready-made graphs the CLI offers. [`checkpoint`] reads
//! Hugging Face checkpoint folders (config and weights, by parameter name) for them;
//! [`preprocess`] and [`tokenize`] turn image files and texts into their inputs as
//! transformers' processors do.

pub mod checkpoint;
pub mod packing;
pub mod preprocess;
pub mod rins;
pub mod siglip;
pub mod siglip2;
pub mod tokenize;
pub mod vit;

use packfuse_ir::{Graph, IrError};

/// Names accepted by [`builtin`].
pub const BUILTINS: &[&str] =
    &["vit_block", "vit_block_tiny", "vit_b16_encoder", "vit_rins", "vit_rins_tiny"];

/// Layers of the `vit_rins` builtins: a 6-layer A block recursed, then 6 layers once.
pub const RINS_LAYERS: usize = 12;

/// A ready-made graph by name (`None` for an unknown name); the RINS ones recurse twice.
pub fn builtin(name: &str) -> Option<Result<Graph, IrError>> {
    builtin_with_times(name, packfuse_ir::Times::Static(2))
}

/// Like [`builtin`], with the RINS count for `vit_rins` (ViT-B/16: layers 0..6 as block A,
/// `times` times, then layers 6..12) and `vit_rins_tiny` (the tiny layer, same split).
pub fn builtin_with_times(name: &str, times: packfuse_ir::Times) -> Option<Result<Graph, IrError>> {
    use vit::{vit_block, vit_encoder, VitConfig};
    let rins = rins::RinsConfig::new(RINS_LAYERS / 2, times);
    Some(match name {
        "vit_block" => vit_block(&VitConfig::base()),
        "vit_block_tiny" => vit_block(&VitConfig::tiny()),
        "vit_b16_encoder" => vit_encoder(&VitConfig::base(), 12),
        "vit_rins" => rins::vit_rins(&VitConfig::base(), RINS_LAYERS, &rins),
        "vit_rins_tiny" => rins::vit_rins(&VitConfig::tiny(), RINS_LAYERS, &rins),
        _ => return None,
    })
}
