//! RINS: Recursive INference Scaling (Alabdulmohsin & Zhai, "Harnessing Language's
//! Fractal Geometry with Recursive Inference Scaling", 2025), on the packed ViT encoder of
//! [`crate::vit`].
//!
//! The encoder is split at `split_layer` into A (the first layers) and B (the rest). A is
//! applied `times` times to its own output, with its weights shared across iterations, then
//! B once. A is one [`packfuse_ir::Op::Recurse`] node: the compiler builds its
//! kernels once and its memory does not grow with `times`. Parameter names are those of the
//! plain encoder (`encoder.layers.{i}.`), so a ViT checkpoint loads unchanged.
//!
//! Stochastic RINS (training): each step draws `r = 1 + Binomial(r_max − 1, p)`
//! ([`draw_times`]), so the model still works with `r = 1`.
//!
//! The paper's "no-regret" variant adds light-weight linear adapters, one per recursion
//! round, trained with stochastic RINS (the paper counts them at under 1% of its language
//! models' parameters). [`RinsConfig::adapters`] turns them on: iteration `i` of A is
//! followed by its own linear map `x ↦ x·Wᵢᵀ + bᵢ` over the hidden width, with `W`
//! `[r_max, hidden, hidden]` and `b` `[r_max, hidden]` (parameters [`ADAPTER_WEIGHT`] and
//! [`ADAPTER_BIAS`]). The body reads row `i` with a gather on the `Recurse` node's
//! iteration index. The dense linear form and the identity initialisation of
//! [`adapter_init`] (the adapted model at init equals plain RINS) are packfuse's reading
//! of "linear adapter": the paper's text gives no formula for it.

use packfuse_ir::{shape, DType, Graph, IrError, Node, NodeId, Op, Tensor, Times};

use crate::packing::SplitMix64;
use crate::vit::{encoder_layer, PackedInputs, VitConfig};

/// Parameter name of the adapters' weights, `[r_max, hidden, hidden]` (row `i`: iteration
/// `i`'s `(out, in)` matrix).
pub const ADAPTER_WEIGHT: &str = "rins.adapters.weight";
/// Parameter name of the adapters' biases, `[r_max, hidden]`.
pub const ADAPTER_BIAS: &str = "rins.adapters.bias";
/// Name of block A's iteration-index input (filled by the executor, not by the caller).
pub const ITERATION: &str = "rins.iteration";

/// Where the encoder is split, how often its first part runs, and whether each run has its
/// own linear adapter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RinsConfig {
    /// Layers in block A (`1..=layers`).
    pub split_layer: usize,
    /// How many times A runs: a count, or [`Times::Input`] for an i32 `[]` graph input
    /// named `rins_times` (one compiled plan for every r, as stochastic RINS needs).
    pub times: Times,
    /// `Some(r_max)`: per-iteration linear adapters for up to `r_max` iterations (the
    /// no-regret variant, see the module docs); a count above `r_max` is an error (at
    /// graph build for a static count, at run time for `rins_times`). `None`: plain RINS.
    pub adapters: Option<u32>,
}

impl RinsConfig {
    /// Plain RINS (no adapters).
    pub fn new(split_layer: usize, times: Times) -> Self {
        RinsConfig { split_layer, times, adapters: None }
    }

    /// The same with per-iteration adapters for up to `r_max` iterations.
    pub fn with_adapters(self, r_max: u32) -> Self {
        RinsConfig { adapters: Some(r_max), ..self }
    }
}

/// The ViT encoder of `layers` layers under RINS: inputs `hidden_states [T, hidden]`,
/// `cu_seqlens [B+1]` (and `rins_times` for a run-time count); output `out`.
pub fn vit_rins(c: &VitConfig, layers: usize, rins: &RinsConfig) -> Result<Graph, IrError> {
    if rins.split_layer == 0 || rins.split_layer > layers {
        return Err(IrError::Output {
            name: "out".into(),
            reason: format!("split_layer {} must be in 1..={layers}", rins.split_layer),
        });
    }
    let body = block_a(c, rins.split_layer, rins.adapters)?;
    let index = rins.adapters.map(|_| ITERATION.to_string());
    let mut g = Graph::new();
    let inp = PackedInputs::declare(&mut g, c)?;
    let mut invariants = Vec::new();
    for (name, id) in body.input_nodes_except(index.as_deref()).into_iter().skip(1) {
        invariants.push(match name {
            "cu_seqlens" => inp.cu_seqlens,
            _ => g.param(name, body.ty(id).dtype, body.ty(id).shape.clone())?,
        });
    }
    let count = match rins.times {
        Times::Input => Some(g.input("rins_times", DType::I32, shape![])?),
        Times::Static(_) => None,
    };
    let op =
        Op::Recurse { body: Box::new(body), times: rins.times, index, max_times: rins.adapters };
    let mut x = g.recurse_op(op, inp.x, &invariants, count)?;
    for i in rins.split_layer..layers {
        x = encoder_layer(&mut g, c, &format!("encoder.layers.{i}."), x, inp.cu_seqlens)?;
    }
    g.set_output("out", x);
    Ok(g)
}

/// Block A as a `Recurse` body: the first `split` layers, with `hidden_states` (carried),
/// `cu_seqlens` and every weight as body inputs (a body declares what it reads). With
/// `adapters = Some(r_max)`, iteration `i`'s adapter follows the layers (see
/// [`adapter`]) and the body has the iteration-index input [`ITERATION`].
pub fn block_a(c: &VitConfig, split: usize, adapters: Option<u32>) -> Result<Graph, IrError> {
    let mut g = Graph::new();
    let inp = PackedInputs::declare(&mut g, c)?;
    let mut x = inp.x;
    for i in 0..split {
        x = encoder_layer(&mut g, c, &format!("encoder.layers.{i}."), x, inp.cu_seqlens)?;
    }
    if let Some(r_max) = adapters {
        let i = g.input(ITERATION, DType::I32, shape![])?;
        x = adapter(&mut g, c, r_max, x, i)?;
    }
    g.set_output("out", x);
    let nodes = g.nodes().iter().map(parameter_as_input).collect();
    let body = Graph::from_parts(nodes, g.outputs().to_vec());
    packfuse_ir::verify(&body)?;
    Ok(body)
}

/// Iteration `i`'s linear adapter on `x [T, hidden]`: `x·W[i]ᵀ + b[i]`, the rows picked by
/// gathers on the i32 `[]` node `i` from the parameters [`ADAPTER_WEIGHT`] `[r_max,
/// hidden, hidden]` and [`ADAPTER_BIAS`] `[r_max, hidden]`.
pub fn adapter(
    g: &mut Graph,
    c: &VitConfig,
    r_max: u32,
    x: NodeId,
    i: NodeId,
) -> Result<NodeId, IrError> {
    let (r, d) = (r_max as usize, c.hidden);
    let w = g.param(ADAPTER_WEIGHT, c.dtype, shape![r, d, d])?;
    let b = g.param(ADAPTER_BIAS, c.dtype, shape![r, d])?;
    let w = g.gather(w, i, 0)?;
    let b = g.gather(b, i, 0)?;
    g.linear(x, w, Some(b))
}

/// The adapters at initialisation: every `W[i]` the identity and every `b[i]` zero, so
/// the adapted model computes what plain RINS computes until training moves them. Named
/// as [`vit_rins`] binds them.
pub fn adapter_init(c: &VitConfig, r_max: u32) -> [(String, Tensor); 2] {
    let (r, d) = (r_max as usize, c.hidden);
    let eye: Vec<f64> = (0..r * d * d).map(|k| f64::from(u8::from(k / d % d == k % d))).collect();
    let w = Tensor::from_f64(c.dtype, &[r, d, d], &eye).expect("sized above");
    let b = Tensor::zeros(c.dtype, &[r, d]);
    [(ADAPTER_WEIGHT.to_string(), w), (ADAPTER_BIAS.to_string(), b)]
}

fn parameter_as_input(n: &Node) -> Node {
    match &n.op {
        Op::Parameter { name } => Node { op: Op::Input { name: name.clone() }, ..n.clone() },
        _ => n.clone(),
    }
}

/// Stochastic RINS: `r = 1 + Binomial(r_max − 1, p)`, from `seed` (SplitMix64, as the
/// packer uses). `r_max ≥ 1` and `0 ≤ p ≤ 1` are clamped into range.
pub fn draw_times(r_max: u32, p: f64, seed: u64) -> u32 {
    let mut rng = SplitMix64(seed);
    let p = p.clamp(0.0, 1.0);
    let uniform = |rng: &mut SplitMix64| (rng.next_u64() >> 11) as f64 / (1u64 << 53) as f64;
    1 + (1..r_max.max(1)).filter(|_| uniform(&mut rng) < p).count() as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn draw_is_seeded_and_in_range() {
        assert_eq!(draw_times(8, 0.0, 1), 1);
        assert_eq!(draw_times(8, 1.0, 1), 8);
        assert_eq!(draw_times(1, 0.5, 1), 1);
        assert_eq!(draw_times(6, 0.5, 42), draw_times(6, 0.5, 42));
        let n = 4000;
        let draws: Vec<u32> = (0..n).map(|s| draw_times(6, 0.3, s)).collect();
        assert!(draws.iter().all(|r| (1..=6).contains(r)));
        let mean = draws.iter().map(|&r| r as f64).sum::<f64>() / n as f64;
        assert!((mean - 2.5).abs() < 0.1, "mean {mean}, expected 1 + 5 * 0.3");
    }

    #[test]
    fn graph_shape_and_errors() {
        let c = VitConfig::tiny();
        let g = vit_rins(&c, 4, &RinsConfig::new(2, Times::Static(3))).unwrap();
        let recurses = g.nodes().iter().filter(|n| matches!(n.op, Op::Recurse { .. })).count();
        assert_eq!(recurses, 1);
        // Block A's weights are outer parameters under the plain encoder's names.
        let names: Vec<&str> = g.bound_names().into_iter().map(|(n, ..)| n).collect();
        assert!(names.contains(&"encoder.layers.1.mlp.fc2.weight"), "{names:?}");
        assert!(names.contains(&"encoder.layers.3.mlp.fc2.weight"), "{names:?}");
        for split in [0, 5] {
            let rins = RinsConfig::new(split, Times::Static(2));
            assert!(vit_rins(&c, 4, &rins).is_err());
        }
    }
}
