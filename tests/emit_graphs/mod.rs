//! The graphs whose generated kernels the emit tests check (`tests/nvrtc.rs`,
//! `tests/emit_snapshots.rs`): elementwise chains in every float dtype, a layer norm, packed
//! attention (every part) and a whole ViT block for every other family; and every attention
//! and sigmoid-loss variant for the NVRTC test.

// Each test crate that includes this module uses some of it.
#![allow(dead_code)]

use packfuse::ir::{AttnPart, BinaryOp, LossOptions, LossPart, MaskKind, ReduceOp, UnaryOp};
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

/// Softmax, rms_norm, every reduction, a matmul with an epilogue and movement ops: the
/// kernels the other graphs do not reach. (The first real CUDA run found softmax and max
/// emitting an `inf` literal that NVRTC rejects; this graph pins that down.)
pub fn rows_and_reductions(dtype: DType) -> Graph {
    let build = || -> Result<Graph, packfuse::IrError> {
        let mut g = Graph::new();
        let x = g.input("x", dtype, shape!["T", 64])?;
        let w = g.param("w", dtype, shape![64, 32])?;
        let n = g.param("n", dtype, shape![64])?;
        let s = g.softmax(x, 1)?;
        g.set_output("softmax", s);
        let r = g.rms_norm(x, n, 1e-6, true)?;
        g.set_output("rms_norm", r);
        for (name, f) in [
            ("sum", ReduceOp::Sum),
            ("max", ReduceOp::Max),
            ("min", ReduceOp::Min),
            ("mean", ReduceOp::Mean),
        ] {
            let y = g.reduce(f, x, &[1], false)?;
            g.set_output(name, y);
        }
        let m = g.matmul(x, w)?;
        let m = g.gelu_tanh(m)?;
        g.set_output("matmul_gelu", m);
        let t = g.transpose(x)?;
        let t = g.slice(t, 0, 8, 40)?;
        let c = g.concat(&[t, t], 0)?;
        g.set_output("movement", c);
        Ok(g)
    };
    build().expect("a valid graph")
}

/// Packed attention with every part as an output (out, lse, dq, dk, dv): `q [Tq, 4, d]`,
/// `k, v [Tk, 2, d]` (grouped-query), under `mask`, with a sliding window of 16 keys when
/// `window`.
pub fn attention(mask: MaskKind, window: bool, dtype: DType, d: usize) -> Graph {
    let build = || -> Result<Graph, packfuse::IrError> {
        let mut g = Graph::new();
        let q = g.input("q", dtype, shape!["Tq", 4, d])?;
        let k = g.input("k", dtype, shape!["Tk", 2, d])?;
        let v = g.input("v", dtype, shape!["Tk", 2, d])?;
        let cq = g.input("cu_seqlens_q", DType::I32, shape!["B1"])?;
        let ck = g.input("cu_seqlens_k", DType::I32, shape!["B1"])?;
        let mut fwd = vec![q, k, v, cq, ck];
        if mask == MaskKind::PrefixLm {
            fwd.push(g.input("prefix_lens", DType::I32, shape!["B"])?);
        }
        let window = window.then_some(16);
        let out = g.packed_attention_part(AttnPart::Out, &fwd, mask, None, window)?;
        let lse = g.packed_attention_part(AttnPart::Lse, &fwd, mask, None, window)?;
        let dout = g.input("dout", dtype, shape!["Tq", 4, d])?;
        let grads = g.packed_attention_backward(&fwd, out, dout, lse, mask, None, window)?;
        g.set_output("out", out);
        g.set_output("lse", lse);
        for (name, x) in ["dq", "dk", "dv"].into_iter().zip(grads) {
            g.set_output(name, x);
        }
        Ok(g)
    };
    build().expect("a valid graph")
}

/// Every attention mask.
pub const MASKS: [MaskKind; 3] = [MaskKind::Full, MaskKind::Causal, MaskKind::PrefixLm];

/// The head dims the attention tests cover (the CPU tests' set): the kernels' compile-time
/// block size follows the head dim.
pub const HEAD_DIMS: [usize; 5] = [64, 72, 80, 128, 256];

/// Every attention variant, by name: mask × window on/off × dtype × head dim. `bf16` only
/// `with_bf16`.
pub fn attention_variants(with_bf16: bool) -> Vec<(String, Graph)> {
    let mut dtypes = vec![DType::F32, DType::F16];
    if with_bf16 {
        dtypes.push(DType::BF16);
    }
    let mut v = Vec::new();
    for mask in MASKS {
        for window in [false, true] {
            for &dtype in &dtypes {
                for d in HEAD_DIMS {
                    let w = if window { "_window" } else { "" };
                    let name = format!("attention_{}{w}_{dtype}_d{d}", mask.name());
                    v.push((name, attention(mask, window, dtype, d)));
                }
            }
        }
    }
    v
}

/// SigLIP's sigmoid loss with every part as an output (loss, dx, dy, dt', db): `x [N, 64]`,
/// `y [N, 64]` (`[M, 64]` without positives), `t'`, `b` of `dtype`, `dloss` f32.
pub fn sigmoid_loss(opts: LossOptions, dtype: DType) -> Graph {
    let build = || -> Result<Graph, packfuse::IrError> {
        let mut g = Graph::new();
        let x = g.input("x", dtype, shape!["N", 64])?;
        let rows = if opts.positives == Some(0) { "N" } else { "M" };
        let y = g.input("y", dtype, shape![rows, 64])?;
        let t = g.input("t_prime", dtype, shape![])?;
        let b = g.input("bias", dtype, shape![1])?;
        let dloss = g.input("dloss", DType::F32, shape![])?;
        let fwd = [x, y, t, b];
        let loss = g.sigmoid_loss_opts(LossPart::Loss, &fwd, opts)?;
        g.set_output("loss", loss);
        let grads = g.sigmoid_loss_backward(&fwd, dloss, opts)?;
        for (name, id) in ["dx", "dy", "dt", "db"].into_iter().zip(grads) {
            g.set_output(name, id);
        }
        Ok(g)
    };
    build().expect("a valid graph")
}

/// Every sigmoid-loss variant, by name: normalize on/off × positives on the diagonal or
/// none × dtype, every part in each graph. `bf16` only `with_bf16`. (The positive offset
/// and `denom` reach the kernels as run-time scalars, so `Some(0)` stands for every offset.)
pub fn sigmoid_loss_variants(with_bf16: bool) -> Vec<(String, Graph)> {
    let mut dtypes = vec![DType::F32, DType::F16];
    if with_bf16 {
        dtypes.push(DType::BF16);
    }
    let mut v = Vec::new();
    for normalize in [false, true] {
        for positives in [Some(0), None] {
            for &dtype in &dtypes {
                let opts = LossOptions { normalize, positives, denom: None };
                let name = format!(
                    "sigmoid_loss{}{}_{dtype}",
                    if normalize { "_normalize" } else { "" },
                    if positives.is_none() { "_block" } else { "" },
                );
                v.push((name, sigmoid_loss(opts, dtype)));
            }
        }
    }
    v
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
    v.push(("rows_and_reductions_f32".into(), rows_and_reductions(DType::F32)));
    v.push(("rows_and_reductions_f16".into(), rows_and_reductions(DType::F16)));
    for mask in MASKS {
        let name = format!("attention_{}_window_f16_d64", mask.name());
        v.push((name, attention(mask, true, DType::F16, 64)));
    }
    v.push(("attention_causal_f32_d64".into(), attention(MaskKind::Causal, false, DType::F32, 64)));
    let vit = models::builtin("vit_block_tiny").expect("a builtin").expect("a valid graph");
    v.push(("vit_block_tiny".into(), vit));
    v.push(("gather_rope_f32".into(), gather_rope(DType::F32)));
    v.push(("gather_rope_f16".into(), gather_rope(DType::F16)));
    v
}

/// Rows of a table gathered by i32 ids, then rotated by rope at i32 positions: the two
/// launchers that read index values back on a real run.
pub fn gather_rope(dtype: DType) -> Graph {
    let mut g = Graph::new();
    let table = g.param("table", dtype, shape![50, 4, 8]).unwrap();
    let ids = g.input("ids", DType::I32, shape!["T"]).unwrap();
    let pos = g.input("positions", DType::I32, shape!["T"]).unwrap();
    let x = g.gather(table, ids, 0).unwrap();
    let y = g.rope(x, pos, 10_000.0).unwrap();
    g.set_output("y", y);
    g
}
