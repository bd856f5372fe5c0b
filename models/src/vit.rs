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

/// Which keys each query of a layer sees: query segments `cu_q`, key segments `cu_k`, and
/// optionally the rows of the layer's input that are keys (`key_rows`, i32: padding rows
/// left out, as SigLIP 2 NaFlex masks padded patches from the keys only).
#[derive(Clone, Copy, Debug)]
pub struct Attend {
    /// Query segments, i32 `[B+1]`.
    pub cu_q: NodeId,
    /// Key segments over the key rows, i32 `[B+1]`.
    pub cu_k: NodeId,
    /// Rows of the input taken as keys and values (`None`: every row, so `cu_k` = `cu_q`).
    pub key_rows: Option<NodeId>,
}

impl Attend {
    /// Block-diagonal self-attention over the segments `cu`: every row is a key.
    pub fn segments(cu: NodeId) -> Attend {
        Attend { cu_q: cu, cu_k: cu, key_rows: None }
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
    encoder_layer_attend(g, c, prefix, x, Attend::segments(cu))
}

/// [`encoder_layer`] with the keys given by `attend`.
pub fn encoder_layer_attend(
    g: &mut Graph,
    c: &VitConfig,
    prefix: &str,
    x: NodeId,
    attend: Attend,
) -> Result<NodeId, IrError> {
    let h = c.hidden;
    let split = |g: &mut Graph, t: NodeId| split_heads(g, c, t);
    let ln1 = layer_norm(g, c, &format!("{prefix}layer_norm1"), x)?;
    let kv_in = match attend.key_rows {
        Some(rows) => g.gather(ln1, rows, 0)?,
        None => ln1,
    };
    let q = linear(g, c, &format!("{prefix}self_attn.q_proj"), ln1, h)?;
    let k = linear(g, c, &format!("{prefix}self_attn.k_proj"), kv_in, h)?;
    let v = linear(g, c, &format!("{prefix}self_attn.v_proj"), kv_in, h)?;
    let (q, k, v) = (split(g, q)?, split(g, k)?, split(g, v)?);
    let a = g.packed_attention(q, k, v, attend.cu_q, attend.cu_k, None, MaskKind::Full, None)?;
    let rows = g.ty(x).shape.dim(0).clone();
    let a = g.reshape(a, Shape(vec![rows, Dim::Static(h)]))?;
    let o = linear(g, c, &format!("{prefix}self_attn.out_proj"), a, h)?;
    let x = g.add(o, x)?;
    let ln2 = layer_norm(g, c, &format!("{prefix}layer_norm2"), x)?;
    let f = linear(g, c, &format!("{prefix}mlp.fc1"), ln2, c.mlp)?;
    let f = g.gelu_tanh(f)?;
    let f = linear(g, c, &format!("{prefix}mlp.fc2"), f, h)?;
    g.add(f, x)
}

/// `t [rows, hidden]` as `[rows, heads, head_dim]`, keeping `t`'s own row count (static or
/// named): the layout `packed_attention` reads.
pub(crate) fn split_heads(g: &mut Graph, c: &VitConfig, t: NodeId) -> Result<NodeId, IrError> {
    let rows = g.ty(t).shape.dim(0).clone();
    g.reshape(t, Shape(vec![rows, Dim::Static(c.heads), Dim::Static(c.hidden / c.heads)]))
}

/// LayerNorm with parameters `{name}.weight`, `{name}.bias`.
pub(crate) fn layer_norm(
    g: &mut Graph,
    c: &VitConfig,
    name: &str,
    x: NodeId,
) -> Result<NodeId, IrError> {
    let w = g.param(&format!("{name}.weight"), c.dtype, shape![c.hidden])?;
    let b = g.param(&format!("{name}.bias"), c.dtype, shape![c.hidden])?;
    g.layer_norm(x, w, b, c.eps)
}

/// A PyTorch linear layer `{name}.weight (out, in)`, `{name}.bias (out)`.
pub(crate) fn linear(
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
