//! Launch specs: what one kernel computes, independent of the graph it came from.
//! A spec plus the target's capabilities is everything needed to build the kernel, so the
//! spec (hashed) is the JIT cache key.

use packfuse_ir::{AttnPart, LossOptions, LossPart, MaskKind, ReduceOp, TensorData, F64};
use serde::{Deserialize, Serialize};

use crate::elementwise::{cpu as ew, EwProgram};
use crate::error::KernelError;
use crate::norm::RowOp;
use crate::{attention, matmul, movement, norm, reduce, rope, sigmoid_loss, Arg};

/// One kernel. Argument order is the IR op's input order unless stated.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kernel", rename_all = "snake_case")]
pub enum KernelSpec {
    /// A fused elementwise program; every argument is viewed at the output shape.
    Elementwise {
        /// The program.
        program: EwProgram,
    },
    /// A reduction over `axes` (output laid out with the reduced axes removed).
    Reduce {
        /// The reduction.
        op: ReduceOp,
        /// Reduced axes of the argument.
        axes: Vec<usize>,
    },
    /// Softmax along `axis`.
    Softmax {
        /// Axis.
        axis: usize,
    },
    /// LayerNorm over the last axis (x, weight, bias).
    LayerNorm {
        /// eps.
        eps: F64,
    },
    /// RMSNorm over the last axis (x, weight).
    RmsNorm {
        /// eps.
        eps: F64,
        /// Gemma's `1 + w`.
        add_one: bool,
    },
    /// L2 normalisation over the last axis.
    L2Normalize {
        /// eps.
        eps: F64,
    },
    /// Matrix product (a, b) with an optional epilogue whose input 0 is the product and
    /// whose other inputs are the remaining arguments.
    MatMul {
        /// Transpose a.
        transpose_a: bool,
        /// Transpose b.
        transpose_b: bool,
        /// Fused elementwise epilogue.
        epilogue: Option<EwProgram>,
    },
    /// Packed-sequence attention.
    Attention {
        /// Mask.
        mask: MaskKind,
        /// Scale.
        scale: Option<F64>,
        /// Sliding window.
        window: Option<usize>,
        /// Which result (output, log-sum-exp or a gradient).
        #[serde(default, skip_serializing_if = "AttnPart::is_out")]
        part: AttnPart,
    },
    /// SigLIP sigmoid loss (`Op::SigmoidLoss`). Every field is omitted from JSON at its
    /// default, so the default spec serialises (and hashes, for the JIT cache) as before the
    /// options existed.
    SigmoidLoss {
        /// Which result (the loss or a gradient).
        #[serde(default, skip_serializing_if = "LossPart::is_loss")]
        part: LossPart,
        /// L2-normalise the rows of x and y first.
        #[serde(default, skip_serializing_if = "is_false")]
        normalize: bool,
        /// Positive pairs `j = i + k`; `None`: none.
        #[serde(default = "diagonal", skip_serializing_if = "is_diagonal")]
        positives: Option<i64>,
        /// The divisor; `None` means N.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        denom: Option<u64>,
        /// Further parts computed by the same launch, into the launch's further outputs in
        /// this order (see [`KernelSpec::run_cpu_multi`]): all parts come from one sweep
        /// over the logit tiles on the CPU.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        also: Vec<LossPart>,
    },
    /// Rotary embedding.
    Rope {
        /// Frequency base.
        base: F64,
    },
    /// Gather along `axis`.
    Gather {
        /// Axis.
        axis: usize,
    },
    /// Concatenation along `axis`.
    Concat {
        /// Axis.
        axis: usize,
    },
    /// Index along `axis` (no arguments; the output shape is given at launch).
    Iota {
        /// Axis.
        axis: usize,
    },
}

impl KernelSpec {
    /// A short family name for plans, stats and errors.
    pub fn family(&self) -> &'static str {
        match self {
            KernelSpec::Elementwise { .. } => "elementwise",
            KernelSpec::Reduce { .. } => "reduce",
            KernelSpec::Softmax { .. } => "softmax",
            KernelSpec::LayerNorm { .. } => "layer_norm",
            KernelSpec::RmsNorm { .. } => "rms_norm",
            KernelSpec::L2Normalize { .. } => "l2_normalize",
            KernelSpec::MatMul { .. } => "matmul",
            KernelSpec::Attention { .. } => "attention",
            KernelSpec::SigmoidLoss { .. } => "sigmoid_loss",
            KernelSpec::Rope { .. } => "rope",
            KernelSpec::Gather { .. } => "gather",
            KernelSpec::Concat { .. } => "concat",
            KernelSpec::Iota { .. } => "iota",
        }
    }

    /// Runs the native CPU implementation. `out` already holds the output's dtype and
    /// element count; `out_shape` is its shape.
    pub fn run_cpu(
        &self,
        args: &[Arg],
        out: &mut TensorData,
        out_shape: &[usize],
    ) -> Result<(), KernelError> {
        match self {
            KernelSpec::Elementwise { program } => ew::run(program, args, out),
            KernelSpec::Reduce { op, axes } => reduce::cpu(*op, axes, &args[0], out),
            KernelSpec::Softmax { axis } => norm::cpu(RowOp::Softmax, *axis, &args[0], out),
            KernelSpec::LayerNorm { eps } => {
                let (w, b) = (args[1].to_f32(), args[2].to_f32());
                let op = RowOp::LayerNorm { eps: eps.0, w: &w, b: &b };
                norm::cpu(op, last_axis(&args[0]), &args[0], out)
            }
            KernelSpec::RmsNorm { eps, add_one } => {
                let w = args[1].to_f32();
                let op = RowOp::RmsNorm { eps: eps.0, w: &w, add_one: *add_one };
                norm::cpu(op, last_axis(&args[0]), &args[0], out)
            }
            KernelSpec::L2Normalize { eps } => {
                norm::cpu(RowOp::L2 { eps: eps.0 }, last_axis(&args[0]), &args[0], out)
            }
            KernelSpec::MatMul { transpose_a, transpose_b, epilogue } => {
                matmul::cpu(*transpose_a, *transpose_b, epilogue.as_ref(), args, out)
            }
            KernelSpec::Attention { mask, scale, window, part } => {
                let o = attention::Options::of(*mask, *scale, *window);
                attention::cpu(&o, *part, args, out)?
            }
            KernelSpec::SigmoidLoss { part, normalize, positives, denom, also } => {
                let o = LossOptions { normalize: *normalize, positives: *positives, denom: *denom };
                if !also.is_empty() {
                    return Err(crate::error::bad("sigmoid_loss", multi_output(self)));
                }
                sigmoid_loss::cpu(&o, *part, args, out)?
            }
            KernelSpec::Rope { base } => rope::cpu(base.0, args, out),
            KernelSpec::Gather { axis } => movement::gather(*axis, args, out)?,
            KernelSpec::Concat { axis } => movement::concat(*axis, args, out),
            KernelSpec::Iota { axis } => movement::iota(*axis, out_shape, out),
        }
        Ok(())
    }
}

impl KernelSpec {
    /// How many outputs a launch of this spec writes (more than one only for a sigmoid loss
    /// with further parts).
    pub fn output_count(&self) -> usize {
        match self {
            KernelSpec::SigmoidLoss { also, .. } => 1 + also.len(),
            _ => 1,
        }
    }

    /// The single-output specs a multi-output spec stands for, one per output, each with
    /// how many of the launch's arguments it reads (a backend without a combined kernel
    /// runs them one after the other). A single-output spec gives itself.
    pub fn single_outputs(&self, args: usize) -> Vec<(KernelSpec, usize)> {
        match self {
            KernelSpec::SigmoidLoss { part, normalize, positives, denom, also } => {
                let o = LossOptions { normalize: *normalize, positives: *positives, denom: *denom };
                let count = |p: &LossPart| if p.is_grad() { args } else { args.min(4) };
                std::iter::once(part)
                    .chain(also)
                    .map(|p| (KernelSpec::sigmoid_loss_part(*p, &o), count(p)))
                    .collect()
            }
            other => vec![(other.clone(), args)],
        }
    }

    /// [`Self::run_cpu`] for a launch with several outputs (`outs[k]` sized and typed for
    /// output `k`, shapes in `shapes`). The sigmoid loss computes all its parts in one
    /// sweep; a single-output spec takes exactly one output.
    pub fn run_cpu_multi(
        &self,
        args: &[Arg],
        outs: &mut [&mut TensorData],
        shapes: &[&[usize]],
    ) -> Result<(), KernelError> {
        match self {
            KernelSpec::SigmoidLoss { part, normalize, positives, denom, also }
                if !also.is_empty() =>
            {
                let o = LossOptions { normalize: *normalize, positives: *positives, denom: *denom };
                let parts: Vec<LossPart> =
                    std::iter::once(*part).chain(also.iter().copied()).collect();
                sigmoid_loss::cpu_parts(&o, &parts, args, outs)
            }
            _ => match (outs, shapes) {
                ([out], [shape]) => self.run_cpu(args, out, shape),
                (outs, _) => Err(crate::error::bad(
                    self.family(),
                    format!("one output expected, {} given", outs.len()),
                )),
            },
        }
    }

    /// The default sigmoid loss spec (SigLIP's loss, [`LossOptions::default`]).
    pub fn sigmoid_loss() -> KernelSpec {
        KernelSpec::sigmoid_loss_part(LossPart::Loss, &LossOptions::default())
    }

    /// The sigmoid loss spec of one part under `opts`.
    pub fn sigmoid_loss_part(part: LossPart, opts: &LossOptions) -> KernelSpec {
        let LossOptions { normalize, positives, denom } = *opts;
        KernelSpec::SigmoidLoss { part, normalize, positives, denom, also: Vec::new() }
    }
}

/// Why a multi-output spec cannot run with one output.
fn multi_output(spec: &KernelSpec) -> String {
    format!("{spec} writes {} outputs: run it with run_cpu_multi", spec.output_count())
}

fn is_false(b: &bool) -> bool {
    !*b
}

fn diagonal() -> Option<i64> {
    Some(0)
}

fn is_diagonal(p: &Option<i64>) -> bool {
    *p == Some(0)
}

fn last_axis(a: &Arg) -> usize {
    a.shape().len().saturating_sub(1)
}

impl std::fmt::Display for KernelSpec {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            KernelSpec::Elementwise { program } => write!(f, "elementwise[{program}]"),
            KernelSpec::MatMul { transpose_a, transpose_b, epilogue } => {
                write!(f, "matmul")?;
                if *transpose_a {
                    write!(f, " transpose_a")?;
                }
                if *transpose_b {
                    write!(f, " transpose_b")?;
                }
                if let Some(e) = epilogue {
                    write!(f, " epilogue[{e}]")?;
                }
                Ok(())
            }
            other => {
                let json = serde_json::to_value(other).map_err(|_| std::fmt::Error)?;
                let mut attrs: Vec<String> = json
                    .as_object()
                    .into_iter()
                    .flatten()
                    .filter(|(k, _)| k.as_str() != "kernel")
                    .map(|(k, v)| format!("{k}={v}"))
                    .collect();
                attrs.sort();
                write!(f, "{}", self.family())?;
                if !attrs.is_empty() {
                    write!(f, " {}", attrs.join(" "))?;
                }
                Ok(())
            }
        }
    }
}
