//! How tensors reach device kernels. Slices: one whose start is a multiple of the binding
//! alignment (`kernels::cube::binding_alignment`: the device's, at least 256 bytes) reaches
//! its kernels where it lies, at a byte offset of its buffer; any other is copied densely
//! first. Uploads: a tensor of at least 1 MiB takes CUDA's direct copy
//! (`backend::cube::cuda::upload_direct`), a smaller one CubeCL's. All give the reference's
//! numbers.

mod common;

use std::collections::HashMap;

use common::max_diff;
use packfuse::codegen::emit::{emit, EmitTarget};
use packfuse::ir::{eval, shape, DType, Graph, Tensor};

/// Rows of 16 f32 (64 bytes): slices starting at row 4 (256 bytes), row 8 (512) and row 1
/// (64), read by a fused elementwise kernel and by a matrix product.
fn graph() -> Graph {
    let mut g = Graph::new();
    let x = g.input("x", DType::F32, shape![16, 16]).unwrap();
    let a = g.slice(x, 0, 4, 8).unwrap();
    let b = g.slice(x, 0, 8, 12).unwrap();
    let c = g.slice(x, 0, 1, 5).unwrap();
    let ab = g.add(a, b).unwrap();
    let s = g.add(ab, c).unwrap();
    let m = g.matmul_t(a, b, false, true).unwrap();
    g.set_output("s", s);
    g.set_output("m", m);
    g
}

fn inputs() -> HashMap<String, Tensor> {
    let x: Vec<f32> = (0..256).map(|i| (0.37 * i as f32).sin()).collect();
    HashMap::from([("x".to_string(), Tensor::from_f32(&[16, 16], x))])
}

#[test]
fn slices_give_the_reference_on_every_backend() {
    let g = graph();
    let want = eval(&g, &inputs()).unwrap();
    for engine in common::engines("slices") {
        let got = engine.compile(&g).unwrap().run(&inputs()).unwrap();
        for (k, name) in ["s", "m"].iter().enumerate() {
            let d = max_diff(&got[k], &want[k]);
            assert!(d < 1e-5, "{} {name}: {d} from the reference", engine.device());
        }
    }
}

/// Which slices are copied: on CUDA (alignment 512) the 256- and 64-byte starts, once per
/// launch reading them (the elementwise kernel reads `a` and `c`, the product `a`); on
/// WGSL (alignment 256) only the 64-byte start.
#[test]
fn only_unaligned_slices_are_copied() {
    for (target, copies) in [(EmitTarget::Cuda { sm: 90 }, 3), (EmitTarget::Wgsl, 1)] {
        let kernels = emit(&graph(), target).unwrap();
        let n = kernels.iter().filter(|k| k.name.starts_with("copy_kernel")).count();
        let names: Vec<&str> = kernels.iter().map(|k| k.name.as_str()).collect();
        assert_eq!(n, copies, "{target}: {names:?}");
    }
}

/// Inputs on both sides of the direct-upload threshold (1 MiB on CUDA), each read back
/// through a kernel: every element must arrive.
#[test]
fn small_and_large_uploads_arrive_whole() {
    for n in [1000usize, (1 << 18) + 3, 1 << 20] {
        let mut g = Graph::new();
        let x = g.input("x", DType::F32, shape![n]).unwrap();
        let y = g.scale(x, 2.0).unwrap();
        g.set_output("y", y);
        let x: Vec<f32> = (0..n).map(|i| (i % 1013) as f32 - 500.0).collect();
        let want: Vec<f32> = x.iter().map(|v| v * 2.0).collect();
        let ins = HashMap::from([("x".to_string(), Tensor::from_f32(&[n], x))]);
        for engine in common::engines("uploads") {
            let got = engine.compile(&g).unwrap().run(&ins).unwrap();
            assert_eq!(got[0].to_f32_vec(), want, "{} n={n}", engine.device());
        }
    }
}

/// An empty slice at the very end of its input (an aligned start, no elements), joined with
/// the input: the same as the reference everywhere. (`view_arg` copies such a slice rather
/// than binding zero bytes, which wgpu refuses; the concat here skips its empty parts
/// anyway, so this checks the behaviour, not that guard.)
#[test]
fn an_empty_slice_at_the_end_runs() {
    let mut g = Graph::new();
    let x = g.input("x", DType::F32, shape![16, 16]).unwrap();
    let e = g.slice(x, 0, 16, 16).unwrap();
    let y = g.concat(&[e, x, e], 0).unwrap();
    g.set_output("y", y);
    let want = eval(&g, &inputs()).unwrap();
    for engine in common::engines("slices") {
        let got = engine.compile(&g).unwrap().run(&inputs()).unwrap();
        assert_eq!(max_diff(&got[0], &want[0]), 0.0, "{}", engine.device());
    }
}
