//! A pre-LN Vision Transformer encoder layer over packed sequences, with SigLIP's parameter
//! names (`layer_norm1`, `self_attn.{q,k,v,out}_proj`, `layer_norm2`, `mlp.fc1`, `mlp.fc2`).
//!
//! Tokens of many images sit in one `[T, hidden]` buffer; `cu_seqlens` marks the images,
//! and attention is block-diagonal, so no padding is computed.

use packfuse_ir::{shape, DType, Dim, Graph, IrError, MaskKind, NodeId, Shape};

/// Sizes of one encoder layer.
#[derive(Clone, Debug, PartialEq)]
pub struct VitConfig {
    /// Width of the residual stream.
    pub hidden: usize,
    /// Attention heads (`hidden` must be a multiple).
    pub heads: usize,
    /// Width of the MLP's hidden layer.
    pub mlp: usize,
    /// LayerNorm epsilon.
    pub eps: f64,
    /// Element type of activations and weights.
    pub dtype: DType,
}

impl VitConfig {
    /// ViT-B: 768 wide, 12 heads, MLP 3072 (SigLIP B/16's layer).
    pub fn base() -> Self {
        VitConfig { hidden: 768, heads: 12, mlp: 3072, eps: 1e-6, dtype: DType::F32 }
    }

    /// A small layer for tests: 64 wide, 4 heads, MLP 128.
    pub fn tiny() -> Self {
        VitConfig { hidden: 64, heads: 4, mlp: 128, ..VitConfig::base() }
    }
}

/// The graph inputs shared by the layers of a packed encoder.
#[derive(Clone, Copy, Debug)]
pub struct PackedInputs {
    /// `hidden_states [T, hidden]`.
    pub x: NodeId,
    /// `cu_seqlens` i32 `[B+1]`.
    pub cu_seqlens: NodeId,
}

impl PackedInputs {
    /// Declares `hidden_states [T, hidden]` and `cu_seqlens [B+1]`.
    pub fn declare(g: &mut Graph, c: &VitConfig) -> Result<Self, IrError> {
        Ok(PackedInputs {
            x: g.input("hidden_states", c.dtype, shape!["T", c.hidden])?,
            cu_seqlens: g.input("cu_seqlens", DType::I32, shape!["B1"])?,
        })
    }
}

/// Adds one encoder layer reading `x`, with parameters under `prefix`; returns its output.
pub fn encoder_layer(
    g: &mut Graph,
    c: &VitConfig,
    prefix: &str,
    x: NodeId,
    cu: NodeId,
) -> Result<NodeId, IrError> {
    let (h, heads) = (c.hidden, shape!["T", c.heads, c.hidden / c.heads]);
    let ln1 = layer_norm(g, c, &format!("{prefix}layer_norm1"), x)?;
    let q = linear(g, c, &format!("{prefix}self_attn.q_proj"), ln1, h)?;
    let k = linear(g, c, &format!("{prefix}self_attn.k_proj"), ln1, h)?;
    let v = linear(g, c, &format!("{prefix}self_attn.v_proj"), ln1, h)?;
    let (q, k, v) =
        (g.reshape(q, heads.clone())?, g.reshape(k, heads.clone())?, g.reshape(v, heads)?);
    let a = g.packed_attention(q, k, v, cu, cu, None, MaskKind::Full, None)?;
    let a = g.reshape(a, shape!["T", h])?;
    let o = linear(g, c, &format!("{prefix}self_attn.out_proj"), a, h)?;
    let x = g.add(o, x)?;
    let ln2 = layer_norm(g, c, &format!("{prefix}layer_norm2"), x)?;
    let f = linear(g, c, &format!("{prefix}mlp.fc1"), ln2, c.mlp)?;
    let f = g.gelu_tanh(f)?;
    let f = linear(g, c, &format!("{prefix}mlp.fc2"), f, h)?;
    g.add(f, x)
}

/// LayerNorm with parameters `{name}.weight`, `{name}.bias`.
fn layer_norm(g: &mut Graph, c: &VitConfig, name: &str, x: NodeId) -> Result<NodeId, IrError> {
    let w = g.param(&format!("{name}.weight"), c.dtype, shape![c.hidden])?;
    let b = g.param(&format!("{name}.bias"), c.dtype, shape![c.hidden])?;
    g.layer_norm(x, w, b, c.eps)
}

/// A PyTorch linear layer `{name}.weight (out, in)`, `{name}.bias (out)`.
fn linear(
    g: &mut Graph,
    c: &VitConfig,
    name: &str,
    x: NodeId,
    out: usize,
) -> Result<NodeId, IrError> {
    let inp = g.ty(x).shape.dims().last().cloned().unwrap_or(Dim::Static(0));
    let w = g.param(&format!("{name}.weight"), c.dtype, Shape(vec![Dim::Static(out), inp]))?;
    let b = g.param(&format!("{name}.bias"), c.dtype, shape![out])?;
    g.linear(x, w, Some(b))
}

/// A graph of one encoder layer: inputs `hidden_states`, `cu_seqlens`; output `out`.
pub fn vit_block(c: &VitConfig) -> Result<Graph, IrError> {
    vit_encoder(c, 1)
}

/// A graph of `layers` encoder layers (`encoder.layers.{i}.` parameters).
pub fn vit_encoder(c: &VitConfig, layers: usize) -> Result<Graph, IrError> {
    let mut g = Graph::new();
    let inp = PackedInputs::declare(&mut g, c)?;
    let mut x = inp.x;
    for i in 0..layers {
        x = encoder_layer(&mut g, c, &format!("encoder.layers.{i}."), x, inp.cu_seqlens)?;
    }
    g.set_output("out", x);
    Ok(g)
}
