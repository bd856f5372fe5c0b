//! `packfuse op NAME --inputs X.safetensors --out Y.safetensors`: one fused op on tensors
//! from a file.
//!
//! Each op reads tensors by documented names, builds a one-op graph from their actual
//! shapes (token counts become named dynamic dims, so the compiled kernels serve any batch
//! composition), compiles it for the selected device, runs it and writes the outputs.
//! Missing tensors, wrong dtypes and wrong ranks are reported before anything is built;
//! shapes that disagree are reported by the graph builder, naming the op and the shapes.

use std::collections::{BTreeMap, HashMap};
use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{Args, Subcommand, ValueEnum};
use packfuse::ir::{AttnPart, LossOptions, LossPart};
use packfuse::{io, DType, Dim, Graph, MaskKind, NodeId, Shape, Tensor};

use super::{engine, say, time_runs, CliError, FloatDType};

/// The ops, each with its tensor names.
#[derive(Subcommand, Debug)]
pub enum OpCmd {
    /// out = a · b. Reads a [..., M, K], b [..., K, N] (batch dims broadcast).
    Matmul(Files),
    /// out = softmax(x) along --axis. Reads x.
    Softmax {
        #[command(flatten)]
        files: Files,
        /// Axis to normalise; negative counts from the end.
        #[arg(long, default_value_t = -1, allow_negative_numbers = true)]
        axis: i64,
    },
    /// out = LayerNorm(x) over the last axis. Reads x [..., C], weight [C], bias [C].
    LayerNorm {
        #[command(flatten)]
        files: Files,
        /// Added to the variance.
        #[arg(long, default_value_t = 1e-6, value_parser = non_negative)]
        eps: f64,
    },
    /// out = RMSNorm(x) over the last axis. Reads x [..., C], weight [C].
    RmsNorm {
        #[command(flatten)]
        files: Files,
        /// Added to the mean square.
        #[arg(long, default_value_t = 1e-6, value_parser = non_negative)]
        eps: f64,
        /// Scale by (1 + weight), Gemma's convention.
        #[arg(long)]
        add_one: bool,
    },
    /// out = gelu_tanh(x). Reads x.
    GeluTanh(Files),
    /// out, lse = packed-sequence attention (lse: f32 [Hq, T], natural log); with
    /// --backward also dq, dk, dv for the output gradient dout. Reads q [T, Hq, D], k and v
    /// [Tk, Hk, D], i32 cu_seqlens_q and cu_seqlens_k [B+1] (or cu_seqlens alone, meaning
    /// both), i32 prefix_lens [B] with --mask prefix-lm, and dout [T, Hq, D] with --backward.
    Attention {
        #[command(flatten)]
        files: Files,
        /// Which keys of its segment a query sees.
        #[arg(long, value_enum, default_value_t = Mask::Full)]
        mask: Mask,
        /// Softmax scale [default: 1/sqrt(D)].
        #[arg(long, value_parser = finite)]
        scale: Option<f64>,
        /// Sliding window: a query sees at most the W most recent keys (itself included).
        #[arg(long, value_name = "W", value_parser = clap::value_parser!(u64).range(1..))]
        window: Option<u64>,
        /// Also compute the gradients dq, dk, dv of the output gradient dout.
        #[arg(long)]
        backward: bool,
    },
    /// loss = SigLIP sigmoid loss (f32 []); with --backward also d_img_emb, d_txt_emb,
    /// d_t_prime, d_bias (the gradients of the loss itself, dloss = 1). Reads img_emb [N, D],
    /// txt_emb [N, D], t_prime and bias ([] or [1]).
    SigmoidLoss {
        #[command(flatten)]
        files: Files,
        /// L2-normalise the rows of img_emb and txt_emb inside the loss (and its backward).
        #[arg(long)]
        normalize: bool,
        /// Also compute the gradients.
        #[arg(long)]
        backward: bool,
    },
}

/// A finite number.
fn finite(s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(v) if v.is_finite() => Ok(v),
        Ok(_) => Err("must be finite".into()),
        Err(e) => Err(e.to_string()),
    }
}

/// A finite number >= 0.
fn non_negative(s: &str) -> Result<f64, String> {
    match finite(s)? {
        v if v >= 0.0 => Ok(v),
        _ => Err("must be >= 0".into()),
    }
}

/// The files and dtype every op takes.
#[derive(Args, Debug)]
pub struct Files {
    /// Input tensors (safetensors).
    #[arg(long, value_name = "X.safetensors")]
    inputs: PathBuf,
    /// Where to write the outputs (safetensors).
    #[arg(long, value_name = "Y.safetensors")]
    out: PathBuf,
    /// Convert the float inputs to this dtype first [default: the dtype of the inputs].
    #[arg(long, value_enum)]
    dtype: Option<FloatDType>,
    /// After the run whose outputs are written, time this many more runs and print their
    /// median, minimum and maximum (each run binds the inputs, launches and reads the outputs
    /// back: host transfers are included).
    #[arg(long, value_name = "N", default_value_t = 0)]
    repeat: usize,
}

/// Attention masks as named on the command line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Mask {
    /// Every key of the query's segment.
    Full,
    /// Keys at or before the query.
    Causal,
    /// Causal, plus the segment's prefix (prefix_lens).
    PrefixLm,
}

impl From<Mask> for MaskKind {
    fn from(m: Mask) -> MaskKind {
        match m {
            Mask::Full => MaskKind::Full,
            Mask::Causal => MaskKind::Causal,
            Mask::PrefixLm => MaskKind::PrefixLm,
        }
    }
}

pub fn run(cmd: &OpCmd, device: Option<&str>, out: &mut dyn Write) -> Result<(), CliError> {
    // The device first: a missing backend is the answer whatever the inputs hold.
    let engine = engine(device)?;
    let files = cmd.files();
    let mut feed = Feed::new(cmd.name(), cmd.reads(), &files.inputs, files.dtype.map(DType::from))?;
    let op_err = |e: packfuse::IrError| CliError::from(e).context(cmd.name());
    let outs = build(cmd, &mut feed).map_err(|e| match e {
        BuildError::Cli(e) => e,
        BuildError::Ir(e) => op_err(e),
    })?;
    let mut g = feed.g;
    for (name, y) in outs {
        g.set_output(name, y);
    }
    let exe = engine.compile(&g).map_err(|e| CliError::from(e).context(cmd.name()))?;
    let outputs = exe.run_named(&feed.values).map_err(|e| CliError::from(e).context(cmd.name()))?;
    let outputs: BTreeMap<String, Tensor> = outputs.into_iter().collect();
    io::save(&outputs, &files.out)?;
    for (n, t) in &outputs {
        say(out, format_args!("{n}: {}{:?} -> {}", t.dtype(), t.shape(), files.out.display()))?;
    }
    time_runs(out, &engine, files.repeat, || {
        exe.run_named(&feed.values).map_err(|e| CliError::from(e).context(cmd.name()))?;
        Ok(())
    })
}

impl OpCmd {
    fn name(&self) -> &'static str {
        match self {
            OpCmd::Matmul(_) => "matmul",
            OpCmd::Softmax { .. } => "softmax",
            OpCmd::LayerNorm { .. } => "layer-norm",
            OpCmd::RmsNorm { .. } => "rms-norm",
            OpCmd::GeluTanh(_) => "gelu-tanh",
            OpCmd::Attention { .. } => "attention",
            OpCmd::SigmoidLoss { .. } => "sigmoid-loss",
        }
    }

    /// The tensor names the op reads, for error messages.
    fn reads(&self) -> &'static str {
        match self {
            OpCmd::Matmul(_) => "a, b",
            OpCmd::Softmax { .. } | OpCmd::GeluTanh(_) => "x",
            OpCmd::LayerNorm { .. } => "x, weight, bias",
            OpCmd::RmsNorm { .. } => "x, weight",
            OpCmd::Attention { backward: false, .. } => {
                "q, k, v, cu_seqlens (or cu_seqlens_q and cu_seqlens_k), prefix_lens with --mask prefix-lm"
            }
            OpCmd::Attention { backward: true, .. } => {
                "q, k, v, cu_seqlens (or cu_seqlens_q and cu_seqlens_k), prefix_lens with --mask prefix-lm, dout"
            }
            OpCmd::SigmoidLoss { .. } => "img_emb, txt_emb, t_prime, bias",
        }
    }

    fn files(&self) -> &Files {
        match self {
            OpCmd::Matmul(f) | OpCmd::GeluTanh(f) => f,
            OpCmd::Softmax { files, .. }
            | OpCmd::SigmoidLoss { files, .. }
            | OpCmd::LayerNorm { files, .. }
            | OpCmd::RmsNorm { files, .. }
            | OpCmd::Attention { files, .. } => files,
        }
    }
}

enum BuildError {
    Cli(CliError),
    Ir(packfuse::IrError),
}

impl From<CliError> for BuildError {
    fn from(e: CliError) -> Self {
        BuildError::Cli(e)
    }
}

impl From<packfuse::IrError> for BuildError {
    fn from(e: packfuse::IrError) -> Self {
        BuildError::Ir(e)
    }
}

/// The outputs of an op, by name.
type Outputs = Vec<(&'static str, NodeId)>;

/// Adds the op's nodes to `feed.g`; returns the outputs' names and nodes.
fn build(cmd: &OpCmd, feed: &mut Feed) -> Result<Outputs, BuildError> {
    let y = match cmd {
        OpCmd::Matmul(_) => {
            let a = feed.float("a", &Want::min_rank(2, "[..., M, K]"))?;
            let b = feed.float("b", &Want::min_rank(2, "[..., K, N]"))?;
            feed.g.matmul(a, b)?
        }
        OpCmd::Softmax { axis, .. } => {
            let x = feed.float("x", &Want::min_rank(1, "rank >= 1"))?;
            let axis = feed.axis("x", x, *axis)?;
            feed.g.softmax(x, axis)?
        }
        OpCmd::LayerNorm { eps, .. } => {
            let x = feed.float("x", &Want::min_rank(1, "[..., C]"))?;
            let w = feed.float("weight", &Want::dims(&[None], "[C]"))?;
            let b = feed.float("bias", &Want::dims(&[None], "[C]"))?;
            feed.g.layer_norm(x, w, b, *eps)?
        }
        OpCmd::RmsNorm { eps, add_one, .. } => {
            let x = feed.float("x", &Want::min_rank(1, "[..., C]"))?;
            let w = feed.float("weight", &Want::dims(&[None], "[C]"))?;
            feed.g.rms_norm(x, w, *eps, *add_one)?
        }
        OpCmd::GeluTanh(_) => {
            let x = feed.float("x", &Want::min_rank(0, "any shape"))?;
            feed.g.gelu_tanh(x)?
        }
        OpCmd::Attention { mask, scale, window, backward, .. } => {
            let window = window.map(|w| w as usize);
            return build_attention(feed, (*mask).into(), *scale, window, *backward);
        }
        OpCmd::SigmoidLoss { normalize, backward, .. } => {
            return build_sigmoid_loss(feed, *normalize, *backward);
        }
    };
    Ok(vec![("out", y)])
}

fn build_attention(
    feed: &mut Feed,
    mask: MaskKind,
    scale: Option<f64>,
    window: Option<usize>,
    backward: bool,
) -> Result<Outputs, BuildError> {
    const Q: &[Option<&str>] = &[Some("T"), None, None];
    const KV: &[Option<&str>] = &[Some("Tk"), None, None];
    const CU: &[Option<&str>] = &[Some("B1")];
    let q = feed.float("q", &Want::dims(Q, "[T, heads, head_dim]"))?;
    let k = feed.float("k", &Want::dims(KV, "[Tk, kv_heads, head_dim]"))?;
    let v = feed.float("v", &Want::dims(KV, "[Tk, kv_heads, head_dim]"))?;
    let [both, only_q, only_k, has_prefix] =
        ["cu_seqlens", "cu_seqlens_q", "cu_seqlens_k", "prefix_lens"]
            .map(|n| feed.file.contains_key(n));
    let (cq, ck) =
        match (both, only_q, only_k) {
            (true, false, false) => {
                let cu = feed.int("cu_seqlens", CU, "[B+1]")?;
                (cu, cu)
            }
            (false, true, true) => {
                (feed.int("cu_seqlens_q", CU, "[B+1]")?, feed.int("cu_seqlens_k", CU, "[B+1]")?)
            }
            (false, false, false) => {
                return Err(feed
                    .input_err("has no tensor \"cu_seqlens\" (nor cu_seqlens_q and cu_seqlens_k)")
                    .into())
            }
            _ => return Err(feed
                .input_err(
                    "must hold either cu_seqlens, or both cu_seqlens_q and cu_seqlens_k, not a mix",
                )
                .into()),
        };
    let prefix = match (mask, has_prefix) {
        (MaskKind::PrefixLm, _) => Some(feed.int("prefix_lens", &[Some("B")], "[B]")?),
        (_, true) => {
            return Err(feed
                .input_err("holds prefix_lens, which only --mask prefix-lm reads")
                .into());
        }
        _ => None,
    };
    let mut fwd = vec![q, k, v, cq, ck];
    fwd.extend(prefix);
    let g = &mut feed.g;
    let out = g.packed_attention_part(AttnPart::Out, &fwd, mask, scale, window)?;
    let lse = g.packed_attention_part(AttnPart::Lse, &fwd, mask, scale, window)?;
    let mut outs = vec![("out", out), ("lse", lse)];
    if backward {
        let dout = feed.float("dout", &Want::dims(Q, "[T, heads, head_dim]"))?;
        let grads = feed.g.packed_attention_backward(&fwd, out, dout, lse, mask, scale, window)?;
        outs.extend(["dq", "dk", "dv"].into_iter().zip(grads));
    }
    Ok(outs)
}

fn build_sigmoid_loss(
    feed: &mut Feed,
    normalize: bool,
    backward: bool,
) -> Result<Outputs, BuildError> {
    let x = feed.float("img_emb", &Want::dims(&[Some("N"), None], "[N, D]"))?;
    let y = feed.float("txt_emb", &Want::dims(&[Some("N"), None], "[N, D]"))?;
    let t = feed.float("t_prime", &Want::min_rank(0, "[] or [1]"))?;
    let b = feed.float("bias", &Want::min_rank(0, "[] or [1]"))?;
    let opts = LossOptions { normalize, ..LossOptions::default() };
    let fwd = [x, y, t, b];
    let loss = feed.g.sigmoid_loss_opts(LossPart::Loss, &fwd, opts)?;
    let mut outs = vec![("loss", loss)];
    if backward {
        let dloss = feed.g.scalar(DType::F32, 1.0)?;
        let grads = feed.g.sigmoid_loss_backward(&fwd, dloss, opts)?;
        outs.extend(["d_img_emb", "d_txt_emb", "d_t_prime", "d_bias"].into_iter().zip(grads));
    }
    Ok(outs)
}

/// The rank (and which axes are dynamic) an op expects of one tensor.
struct Want {
    /// Per axis: `Some(name)` for a dynamic dim; empty means "any rank >= min_rank, static".
    dims: &'static [Option<&'static str>],
    min_rank: usize,
    layout: &'static str,
}

impl Want {
    fn dims(dims: &'static [Option<&'static str>], layout: &'static str) -> Want {
        Want { dims, min_rank: dims.len(), layout }
    }

    fn min_rank(min_rank: usize, layout: &'static str) -> Want {
        Want { dims: &[], min_rank, layout }
    }

    fn fits(&self, rank: usize) -> bool {
        if self.dims.is_empty() {
            rank >= self.min_rank
        } else {
            rank == self.dims.len()
        }
    }

    fn shape(&self, sizes: &[usize]) -> Shape {
        if self.dims.is_empty() {
            return Shape::from_static(sizes);
        }
        let dim = |(d, &n): (&Option<&str>, &usize)| d.map_or(Dim::Static(n), Dim::from);
        Shape(self.dims.iter().zip(sizes).map(dim).collect())
    }
}

/// The tensors of the input file, turned into graph inputs one by one.
struct Feed<'a> {
    op: &'static str,
    reads: &'static str,
    path: &'a Path,
    file: BTreeMap<String, Tensor>,
    /// The float dtype of the graph: `--dtype`, else that of the first float input.
    float: Option<(DType, String)>,
    g: Graph,
    values: HashMap<String, Tensor>,
}

impl<'a> Feed<'a> {
    fn new(
        op: &'static str,
        reads: &'static str,
        path: &'a Path,
        dtype: Option<DType>,
    ) -> Result<Self, CliError> {
        Ok(Feed {
            op,
            reads,
            path,
            file: io::load(path)?,
            float: dtype.map(|d| (d, "--dtype".to_string())),
            g: Graph::new(),
            values: HashMap::new(),
        })
    }

    fn input_err(&self, what: impl std::fmt::Display) -> CliError {
        CliError::Input(format!("{}: {what}", self.path.display()))
    }

    fn get(&self, name: &str) -> Result<&Tensor, CliError> {
        self.file.get(name).ok_or_else(|| {
            self.input_err(format!("has no tensor {name:?} ({} reads {})", self.op, self.reads))
        })
    }

    fn check_rank(&self, name: &str, t: &Tensor, want: &Want) -> Result<(), CliError> {
        if want.fits(t.shape().len()) {
            return Ok(());
        }
        Err(self.input_err(format!(
            "tensor {name:?} has shape {:?}, {} needs {name} as {}",
            t.shape(),
            self.op,
            want.layout
        )))
    }

    /// Declares the float tensor `name`, converted to the graph's float dtype.
    fn float(&mut self, name: &str, want: &Want) -> Result<NodeId, CliError> {
        let t = self.get(name)?;
        if !t.dtype().is_float() {
            let msg = format!(
                "tensor {name:?} is {}, {} needs a float tensor (f32, f16, bf16)",
                t.dtype(),
                self.op
            );
            return Err(self.input_err(msg));
        }
        self.check_rank(name, t, want)?;
        let dtype = match &self.float {
            Some((d, by)) if *d != t.dtype() && by != "--dtype" => {
                let msg = format!(
                    "tensor {name:?} is {} but {by:?} is {d}: pass --dtype to convert the inputs to one type",
                    t.dtype()
                );
                return Err(self.input_err(msg));
            }
            Some((d, _)) => *d,
            None => t.dtype(),
        };
        let t = t.cast(dtype);
        self.float.get_or_insert((dtype, name.to_string()));
        self.declare(name, t, want)
    }

    /// Declares the i32 tensor `name` with the given dims.
    fn int(
        &mut self,
        name: &str,
        dims: &'static [Option<&'static str>],
        layout: &'static str,
    ) -> Result<NodeId, CliError> {
        let want = Want::dims(dims, layout);
        let t = self.get(name)?;
        if t.dtype() != DType::I32 {
            return Err(self.input_err(format!(
                "tensor {name:?} is {}, {} needs i32",
                t.dtype(),
                self.op
            )));
        }
        self.check_rank(name, t, &want)?;
        let t = t.clone();
        self.declare(name, t, &want)
    }

    fn declare(&mut self, name: &str, t: Tensor, want: &Want) -> Result<NodeId, CliError> {
        let id = self
            .g
            .input(name, t.dtype(), want.shape(t.shape()))
            .map_err(|e| CliError::from(e).context(self.op))?;
        self.values.insert(name.to_string(), t);
        Ok(id)
    }

    /// `axis` (negative from the end) as an index into `x`'s shape.
    fn axis(&self, name: &str, x: NodeId, axis: i64) -> Result<usize, CliError> {
        let rank = self.g.ty(x).shape.rank() as i64;
        let a = if axis < 0 { axis + rank } else { axis };
        if (0..rank).contains(&a) {
            return Ok(a as usize);
        }
        Err(self
            .input_err(format!("--axis {axis} is out of range for tensor {name:?} of rank {rank}")))
    }
}
