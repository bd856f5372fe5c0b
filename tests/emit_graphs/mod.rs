//! The graphs whose generated kernels the emit tests check (`tests/nvrtc.rs`,
//! `tests/emit_snapshots.rs`): elementwise chains in every float dtype, a layer norm and a
//! whole ViT block for every other family.

// Each test crate that includes this module uses some of it.
#![allow(dead_code)]

use packfuse::ir::{BinaryOp, UnaryOp};
use packfuse::{models, shape, DType, Graph};

/// `gelu_tanh(exp(x) * w + x)` over `[T, 64]` tokens, `w` broadcast along the rows: one
/// fused elementwise launch with a broadcast argument.
pub fn elementwise_chain(dtype: DType) -> Graph {
    let build = || -> Result<Graph, packfuse::IrError> {
        let mut g = Graph::new();
        let x = g.input("x", dtype, shape!["T", 64])?;
        let w = g.param("w", dtype, shape![64])?;
        let e = g.unary(UnaryOp::Exp, x)?;
        let m = g.binary(BinaryOp::Mul, e, w)?;
        let a = g.binary(BinaryOp::Add, m, x)?;
        let y = g.unary(UnaryOp::GeluTanh, a)?;
        g.set_output("y", y);
        Ok(g)
    };
    build().expect("a valid graph")
}

/// A half-precision input cast to f32 on the way through `sigmoid(x) * scale`.
pub fn elementwise_cast(from: DType) -> Graph {
    let build = || -> Result<Graph, packfuse::IrError> {
        let mut g = Graph::new();
        let x = g.input("x", from, shape!["T", 32])?;
        let x = g.cast(x, DType::F32)?;
        let s = g.unary(UnaryOp::Sigmoid, x)?;
        let y = g.scale(s, 0.5)?;
        g.set_output("y", y);
        Ok(g)
    };
    build().expect("a valid graph")
}

/// LayerNorm over the last axis of `[T, 64]`: a row-reduction kernel.
pub fn layer_norm(dtype: DType) -> Graph {
    let build = || -> Result<Graph, packfuse::IrError> {
        let mut g = Graph::new();
        let x = g.input("x", dtype, shape!["T", 64])?;
        let w = g.param("w", dtype, shape![64])?;
        let b = g.param("b", dtype, shape![64])?;
        let y = g.layer_norm(x, w, b, 1e-6)?;
        g.set_output("y", y);
        Ok(g)
    };
    build().expect("a valid graph")
}

/// Every test graph, by name. `bf16` graphs are only for targets that have bf16 (CUDA).
pub fn all(with_bf16: bool) -> Vec<(String, Graph)> {
    let mut v = Vec::new();
    let mut dtypes = vec![DType::F32, DType::F16];
    if with_bf16 {
        dtypes.push(DType::BF16);
    }
    for d in dtypes {
        v.push((format!("elementwise_chain_{d}"), elementwise_chain(d)));
        if d != DType::F32 {
            v.push((format!("elementwise_cast_{d}"), elementwise_cast(d)));
        }
    }
    v.push(("layer_norm_f32".into(), layer_norm(DType::F32)));
    let vit = models::builtin("vit_block_tiny").expect("a builtin").expect("a valid graph");
    v.push(("vit_block_tiny".into(), vit));
    v
}
