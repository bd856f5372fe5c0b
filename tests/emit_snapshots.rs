//! Generated kernel sources pinned in `tests/snapshots/`, so that a codegen change is a
//! reviewed diff: CUDA C++ for sm_90 (`.cu`) and WGSL (`.wgsl`) of three elementwise and
//! norm kernels, of packed attention (every part) and of the normalised sigmoid loss (every
//! part).
//!
//! After an intended change, rewrite them and review the diff:
//!
//! ```sh
//! PACKFUSE_BLESS=1 cargo test --test emit_snapshots
//! git diff tests/snapshots
//! ```
//!
//! CubeCL declares a kernel's mutable locals in the iteration order of a per-type `HashMap`
//! (cubecl-ir's allocator), which changes from process to process: runs of those
//! declarations are sorted before storing and comparing.

mod emit_graphs;

use std::path::PathBuf;

use packfuse::codegen::emit::{emit, EmitTarget};
use packfuse::{DType, Graph};

fn snapshot(name: &str, g: &Graph, target: EmitTarget, ext: &str) {
    let kernels = emit(g, target).unwrap_or_else(|e| panic!("emit {name} for {target}: {e}"));
    // CubeCL 0.10's CUDA printer places two or more shared arrays of one kernel in an order
    // that changes from process to process, so such a source could never be pinned here.
    for k in &kernels {
        let source = k.to_string();
        let arrays = source.matches("// Shared array size").count();
        assert!(
            arrays <= 1,
            "{name}: a kernel declares {arrays} shared arrays; declare one and carve it by \
             offsets (docs/cubecl-0.10-notes.md):\n{source}"
        );
    }
    let text: String = kernels.iter().map(|k| normalise(&k.to_string())).collect();
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/snapshots")
        .join(format!("{name}.{ext}"));
    if std::env::var("PACKFUSE_BLESS").as_deref() == Ok("1") {
        std::fs::write(&path, &text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        return;
    }
    let want = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e}; create it with PACKFUSE_BLESS=1 cargo test --test emit_snapshots",
            path.display()
        )
    });
    if want != text {
        let (line, (w, g)) = want
            .lines()
            .chain(std::iter::repeat("<end of file>"))
            .zip(text.lines().chain(std::iter::repeat("<end of output>")))
            .enumerate()
            .find(|(_, (w, g))| w != g)
            .expect("texts differ, so some line does");
        panic!(
            "{} differs from the generated {target} source at line {}:\n  stored:    {w}\n  generated: {g}\n\
             If the change is intended: PACKFUSE_BLESS=1 cargo test --test emit_snapshots, \
             then review git diff tests/snapshots.\n---- generated:\n{text}",
            path.display(),
            line + 1
        );
    }
}

/// A declaration of a mutable local without initialiser: `float l_mut_3;` (CUDA) or
/// `var l_mut_3: f32;` (WGSL).
fn is_local_declaration(line: &str) -> bool {
    let l = line.trim();
    l.ends_with(';') && !l.contains('=') && l.split_whitespace().any(|w| w.starts_with("l_mut_"))
}

/// `text` with every run of consecutive local declarations sorted.
fn normalise(text: &str) -> String {
    let mut out = Vec::new();
    let mut run: Vec<&str> = Vec::new();
    for line in text.lines() {
        if is_local_declaration(line) {
            run.push(line);
            continue;
        }
        run.sort_unstable();
        out.append(&mut run);
        out.push(line);
    }
    run.sort_unstable();
    out.append(&mut run);
    out.iter().map(|l| format!("{l}\n")).collect()
}

fn both(name: &str, g: &Graph) {
    snapshot(name, g, EmitTarget::Cuda { sm: 90 }, "cu");
    snapshot(name, g, EmitTarget::Wgsl, "wgsl");
}

#[test]
fn elementwise_chain_f32() {
    both("elementwise_chain_f32", &emit_graphs::elementwise_chain(DType::F32));
}

#[test]
fn elementwise_chain_f16() {
    both("elementwise_chain_f16", &emit_graphs::elementwise_chain(DType::F16));
}

#[test]
fn layer_norm_f32() {
    both("layer_norm_f32", &emit_graphs::layer_norm(DType::F32));
}

#[test]
fn attention_causal_f32() {
    let g = emit_graphs::attention(packfuse::ir::MaskKind::Causal, false, DType::F32, 64);
    both("attention_causal_f32", &g);
}

#[test]
fn sigmoid_loss_normalize_f32() {
    let opts = packfuse::ir::LossOptions { normalize: true, ..Default::default() };
    both("sigmoid_loss_normalize_f32", &emit_graphs::sigmoid_loss(opts, DType::F32));
}
