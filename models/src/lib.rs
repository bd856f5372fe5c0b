//! # packfuse-models: reference model graphs
//!
//! Contract: each model is one file that builds IR graphs from a config with named
//! presets, with parameters named as in the Hugging Face checkpoints; no kernel code lives
//! here. [`builtin`] names the ready-made graphs the CLI offers.

pub mod packing;
pub mod vit;

use packfuse_ir::{Graph, IrError};

/// Names accepted by [`builtin`].
pub const BUILTINS: &[&str] = &["vit_block", "vit_block_tiny", "vit_b16_encoder"];

/// A ready-made graph by name (`None` for an unknown name).
pub fn builtin(name: &str) -> Option<Result<Graph, IrError>> {
    use vit::{vit_block, vit_encoder, VitConfig};
    Some(match name {
        "vit_block" => vit_block(&VitConfig::base()),
        "vit_block_tiny" => vit_block(&VitConfig::tiny()),
        "vit_b16_encoder" => vit_encoder(&VitConfig::base(), 12),
        _ => return None,
    })
}
