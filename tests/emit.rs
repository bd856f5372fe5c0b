//! `--emit cuda|wgsl|spirv` without a device: every test graph emits for every target, a
//! family without a CubeCL kernel is reported as such (never silently dropped), and the
//! command line prints the sources.

mod emit_graphs;

use std::process::Command;

use packfuse::codegen::emit::{emit, EmitTarget};

const TARGETS: [EmitTarget; 4] =
    [EmitTarget::Cuda { sm: 80 }, EmitTarget::Cuda { sm: 90 }, EmitTarget::Wgsl, EmitTarget::Spirv];

#[test]
fn every_graph_emits_for_every_target() {
    for target in TARGETS {
        let bf16 = matches!(target, EmitTarget::Cuda { .. });
        for (name, g) in emit_graphs::all(bf16) {
            let plan = packfuse::codegen::pipeline::compile_to_plan(&g).expect("compiles");
            let kernels = emit(&g, target).unwrap_or_else(|e| panic!("{name} {target}: {e}"));
            // Every launch yields at least one kernel or one "unsupported" entry.
            let launches: std::collections::BTreeSet<usize> =
                kernels.iter().filter(|k| k.body.is_none()).map(|k| k.launch).collect();
            assert_eq!(launches.len(), plan.launches.len(), "{name} {target}");
            for k in &kernels {
                match &k.unsupported {
                    Some(_) => {
                        assert!(k.source.starts_with(target.comment()), "{}", k.source);
                        assert!(k.source.contains(k.family), "{}", k.source);
                    }
                    None => assert!(!k.source.trim().is_empty(), "{name} {target}: empty source"),
                }
            }
        }
    }
}

/// Attention has a kernel for every part on every target, although its launcher reads
/// `cu_seqlens` back on a real device (the null device has no data): each mask, with and
/// without a window, in f32 and f16 (and bf16 on CUDA); and each head dim once.
#[test]
fn every_attention_part_emits_a_kernel_for_every_target() {
    use packfuse::ir::MaskKind;
    use packfuse::DType;
    for target in TARGETS {
        let mut dtypes = vec![DType::F32, DType::F16];
        if matches!(target, EmitTarget::Cuda { .. }) {
            dtypes.push(DType::BF16);
        }
        let mut graphs = Vec::new();
        for mask in emit_graphs::MASKS {
            for window in [false, true] {
                for &dtype in &dtypes {
                    graphs.push(emit_graphs::attention(mask, window, dtype, 64));
                }
            }
        }
        for d in emit_graphs::HEAD_DIMS {
            graphs.push(emit_graphs::attention(MaskKind::Causal, false, DType::F32, d));
        }
        for g in &graphs {
            let kernels = emit(g, target).unwrap_or_else(|e| panic!("{target}: {e}"));
            let families: Vec<&str> = kernels.iter().map(|k| k.family).collect();
            assert!(families.contains(&"attention"), "{target}: {families:?}");
            for k in kernels {
                assert!(k.unsupported.is_none(), "{target}: {}", k.source);
                assert!(!k.source.trim().is_empty(), "{target}: empty {}", k.name);
            }
        }
    }
}

/// The sigmoid loss has a kernel for every part on every target, although its launcher
/// reads `t'`, `b`, `dloss` and the row norms back on a real device (the null device has no
/// data): normalize on/off, diagonal or no positives, f32 and f16 (and bf16 on CUDA).
#[test]
fn every_sigmoid_loss_part_emits_a_kernel_for_every_target() {
    for target in TARGETS {
        let bf16 = matches!(target, EmitTarget::Cuda { .. });
        for (name, g) in emit_graphs::sigmoid_loss_variants(bf16) {
            let kernels = emit(&g, target).unwrap_or_else(|e| panic!("{name} {target}: {e}"));
            let names: Vec<&str> =
                kernels.iter().filter(|k| k.family == "sigmoid_loss").map(|k| &*k.name).collect();
            // Loss, dx, dy and the scalar gradients, each with its own main kernel.
            assert!(names.len() >= 4, "{name} {target}: {names:?}");
            for k in kernels {
                assert!(k.unsupported.is_none(), "{name} {target}: {}", k.source);
                assert!(!k.source.trim().is_empty(), "{name} {target}: empty {}", k.name);
            }
        }
    }
}

/// The tiny RINS ViT (A = 1 layer, B = 1) with per-iteration adapters and a run-time
/// count: its recurse body holds the layer's kernels and the adapter's gathers.
fn rins_graph() -> packfuse::Graph {
    use packfuse::ir::Times;
    use packfuse::models::rins::{vit_rins, RinsConfig};
    let rins = RinsConfig::new(1, Times::Input).with_adapters(4);
    vit_rins(&packfuse::models::vit::VitConfig::tiny(), 2, &rins).expect("a valid graph")
}

/// A `recurse` body's kernels are emitted once each after the graph's own, labelled with
/// the recurse node; every body launch has its kernel.
#[test]
fn recurse_body_kernels_are_emitted_and_labelled() {
    let g = rins_graph();
    let plan = packfuse::codegen::pipeline::compile_to_plan(&g).expect("compiles");
    let (node, body) = plan
        .launches
        .iter()
        .find_map(|l| l.recurse.as_ref().map(|r| (l.node, &plan.bodies[r.body])))
        .expect("a recurse launch");
    let label = format!("body of recurse node {node}");
    for target in TARGETS {
        let kernels = emit(&g, target).unwrap_or_else(|e| panic!("{target}: {e}"));
        let (inner, outer): (Vec<_>, Vec<_>) = kernels.iter().partition(|k| k.body.is_some());
        let outer_launches: std::collections::BTreeSet<usize> =
            outer.iter().map(|k| k.launch).collect();
        assert_eq!(outer_launches.len(), plan.launches.len(), "{target}");
        assert!(inner.iter().all(|k| k.body.as_deref() == Some(label.as_str())), "{target}");
        let body_launches: std::collections::BTreeSet<usize> =
            inner.iter().map(|k| k.launch).collect();
        assert_eq!(body_launches.len(), body.launches.len(), "{target}");
        let families: Vec<&str> = inner.iter().map(|k| k.family).collect();
        for f in ["gather", "matmul", "attention"] {
            assert!(families.contains(&f), "{target}: no {f} in the body: {families:?}");
        }
        for k in &inner {
            assert!(k.unsupported.is_none(), "{target}: {}", k.source);
            let text = k.to_string();
            assert!(text.contains(&format!("==== {label}, launch {}:", k.launch)), "{text}");
        }
        // The body's kernels come after the graph's own, once each.
        let first_inner = kernels.iter().position(|k| k.body.is_some()).expect("body kernels");
        assert!(kernels[first_inner..].iter().all(|k| k.body.is_some()), "{target}");
    }
}

#[test]
fn cli_prints_recurse_body_kernels() {
    for emit in ["cuda", "wgsl", "spirv"] {
        let o = packfuse(&["compile", "--builtin", "vit_rins_tiny", "--emit", emit]);
        assert!(o.status.success(), "{emit}: {}", String::from_utf8_lossy(&o.stderr));
        let out = String::from_utf8_lossy(&o.stdout);
        let c = if emit == "spirv" { ";" } else { "//" };
        let body = format!("{c} ==== body of recurse node %");
        assert!(out.contains(&format!("{c} ==== launch 0:")), "{emit}:\n{out}");
        assert!(out.contains(&body), "{emit}: no body kernels:\n{out}");
        // The body holds block A's six layers: its attention and matmuls are among them.
        let body_part = &out[out.find(&body).expect("checked")..];
        assert!(body_part.contains("(attention)"), "{emit}");
        assert!(body_part.contains("(matmul)"), "{emit}");
    }
}

#[test]
fn bf16_on_a_vulkan_target_is_an_error_not_a_kernel() {
    let g = emit_graphs::elementwise_chain(packfuse::DType::BF16);
    let e = emit(&g, EmitTarget::Wgsl).expect_err("lavapipe has no bf16");
    assert!(e.to_string().contains("bf16"), "{e}");
}

#[test]
fn an_unknown_compute_capability_is_an_error() {
    let g = emit_graphs::elementwise_chain(packfuse::DType::F32);
    assert!(emit(&g, EmitTarget::Cuda { sm: 35 }).is_err());
}

fn packfuse(args: &[&str]) -> std::process::Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_packfuse"));
    cmd.args(args).env_remove("PACKFUSE_DEVICE").output().expect("the packfuse binary runs")
}

#[test]
fn cli_prints_sources_for_every_target() {
    for emit in [
        &["--emit", "cuda"][..],
        &["--emit", "cuda", "--sm", "80"],
        &["--emit", "wgsl"],
        &["--emit", "spirv"],
    ] {
        let mut args = vec!["compile", "--builtin", "vit_block_tiny"];
        args.extend_from_slice(emit);
        let o = packfuse(&args);
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(o.status.success(), "{args:?}: {err}");
        assert!(!err.contains("panicked"), "{args:?}: {err}");
        let out = String::from_utf8_lossy(&o.stdout);
        assert!(out.contains("launch 0"), "{args:?}:\n{out}");
    }
}

#[test]
fn cli_refuses_an_unsupported_sm() {
    let o = packfuse(&["compile", "--builtin", "vit_block_tiny", "--emit", "cuda", "--sm", "75"]);
    assert_eq!(o.status.code(), Some(2), "{}", String::from_utf8_lossy(&o.stderr));
}
