//! RINS: Recursive INference Scaling (Alabdulmohsin & Zhai, "Harnessing Language's
//! Fractal Geometry with Recursive Inference Scaling", 2025), on the packed ViT encoder of
//! [`crate::vit`].
//!
//! The encoder is split at `split_layer` into A (the first layers) and B (the rest). A is
//! applied `times` times to its own output, with its weights shared across iterations, then
//! B once. A is one [`Op::Recurse`](packfuse_ir::Op::Recurse) node: the compiler builds its
//! kernels once and its memory does not grow with `times`. Parameter names are those of the
//! plain encoder (`encoder.layers.{i}.`), so a ViT checkpoint loads unchanged.
//!
//! Stochastic RINS (training): each step draws `r = 1 + Binomial(r_max − 1, p)`
//! ([`draw_times`]), so the model still works with `r = 1`.
//!
//! Not here yet: the paper's per-iteration linear adapters (the "no-regret" variant). They
//! need the iteration index inside the body, which `Recurse` does not provide.

use packfuse_ir::{shape, DType, Graph, IrError, Node, Op, Times};

use crate::packing::SplitMix64;
use crate::vit::{encoder_layer, PackedInputs, VitConfig};

/// Where the encoder is split and how often its first part runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RinsConfig {
    /// Layers in block A (`1..=layers`).
    pub split_layer: usize,
    /// How many times A runs: a count, or [`Times::Input`] for an i32 `[]` graph input
    /// named `rins_times` (one compiled plan for every r, as stochastic RINS needs).
    pub times: Times,
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
    let body = block_a(c, rins.split_layer)?;
    let mut g = Graph::new();
    let inp = PackedInputs::declare(&mut g, c)?;
    let mut invariants = Vec::new();
    for (name, id) in body.input_nodes().into_iter().skip(1) {
        invariants.push(match name {
            "cu_seqlens" => inp.cu_seqlens,
            _ => g.param(name, body.ty(id).dtype, body.ty(id).shape.clone())?,
        });
    }
    let count = match rins.times {
        Times::Input => Some(g.input("rins_times", DType::I32, shape![])?),
        Times::Static(_) => None,
    };
    let mut x = g.recurse(body, rins.times, inp.x, &invariants, count)?;
    for i in rins.split_layer..layers {
        x = encoder_layer(&mut g, c, &format!("encoder.layers.{i}."), x, inp.cu_seqlens)?;
    }
    g.set_output("out", x);
    Ok(g)
}

/// Block A as a `Recurse` body: the first `split` layers, with `hidden_states` (carried),
/// `cu_seqlens` and every weight as body inputs (a body declares what it reads).
pub fn block_a(c: &VitConfig, split: usize) -> Result<Graph, IrError> {
    let mut g = Graph::new();
    let inp = PackedInputs::declare(&mut g, c)?;
    let mut x = inp.x;
    for i in 0..split {
        x = encoder_layer(&mut g, c, &format!("encoder.layers.{i}."), x, inp.cu_seqlens)?;
    }
    g.set_output("out", x);
    let nodes = g.nodes().iter().map(parameter_as_input).collect();
    let body = Graph::from_parts(nodes, g.outputs().to_vec());
    packfuse_ir::verify(&body)?;
    Ok(body)
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
        let g = vit_rins(&c, 4, &RinsConfig { split_layer: 2, times: Times::Static(3) }).unwrap();
        let recurses = g.nodes().iter().filter(|n| matches!(n.op, Op::Recurse { .. })).count();
        assert_eq!(recurses, 1);
        // Block A's weights are outer parameters under the plain encoder's names.
        let names: Vec<&str> = g.bound_names().into_iter().map(|(n, ..)| n).collect();
        assert!(names.contains(&"encoder.layers.1.mlp.fc2.weight"), "{names:?}");
        assert!(names.contains(&"encoder.layers.3.mlp.fc2.weight"), "{names:?}");
        for split in [0, 5] {
            let rins = RinsConfig { split_layer: split, times: Times::Static(2) };
            assert!(vit_rins(&c, 4, &rins).is_err());
        }
    }
}
