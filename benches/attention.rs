//! Packed attention on the CPU against padding (the attention issue's benchmark; results in
//! `benches/RESULTS.md`).
//!
//! A NaViT-like batch: 64 images of 16 to 256 patches (uniform, seeded), 12 heads,
//! head dim 64, f32, full (block-diagonal) mask.
//! - `navit_attention/packed`: the 64 images packed into one buffer, `cu_seqlens` at the
//!   image boundaries, forward output only.
//! - `navit_attention/padded`: every image padded to 256 tokens (64 segments of 256), what
//!   a dense batched kernel computes.
//! - `navit_attention_backward/{packed,padded}`: the same, forward and backward (out, lse, dq,
//!   dk, dv).
//!
//! The acceptance ratio: `time(packed) / time(padded)` within 1.25× of
//! `pairs(packed) / pairs(padded)` (visible query-key pairs); the bench prints the pair ratio.
//!
//! `cargo bench --bench attention` (about two minutes; sample size 10).

// `criterion_group!` defines an undocumented public function.
#![allow(missing_docs)]

use std::collections::HashMap;
use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion};
use packfuse::ir::AttnPart;
use packfuse::models::packing::SplitMix64;
use packfuse::{shape, DType, Engine, Executable, Graph, MaskKind, Tensor};

const IMAGES: usize = 64;
const HEADS: usize = 12;
const HEAD_DIM: usize = 64;
const PAD: usize = 256;

/// The project's seeded generator (SplitMix64).
fn next(s: &mut u64) -> u64 {
    let mut g = SplitMix64(*s);
    let v = g.next_u64();
    *s = g.0;
    v
}

fn values(seed: u64, n: usize) -> Vec<f32> {
    let mut s = seed;
    (0..n).map(|_| (next(&mut s) >> 40) as f32 / (1u64 << 23) as f32 - 1.0).collect()
}

/// Patches per image: uniform in 16..=256.
fn image_lengths() -> Vec<usize> {
    let mut s = 2026;
    (0..IMAGES).map(|_| 16 + (next(&mut s) % 241) as usize).collect()
}

fn compile(backward: bool) -> Executable {
    let mut g = Graph::new();
    let q = g.input("q", DType::F32, shape!["T", HEADS, HEAD_DIM]).unwrap();
    let k = g.input("k", DType::F32, shape!["T", HEADS, HEAD_DIM]).unwrap();
    let v = g.input("v", DType::F32, shape!["T", HEADS, HEAD_DIM]).unwrap();
    let cu = g.input("cu_seqlens", DType::I32, shape!["B1"]).unwrap();
    let fwd = [q, k, v, cu, cu];
    let part = |g: &mut Graph, p| g.packed_attention_part(p, &fwd, MaskKind::Full, None, None);
    let out = part(&mut g, AttnPart::Out).unwrap();
    g.set_output("out", out);
    if backward {
        let lse = part(&mut g, AttnPart::Lse).unwrap();
        let dout = g.input("dout", DType::F32, shape!["T", HEADS, HEAD_DIM]).unwrap();
        let grads =
            g.packed_attention_backward(&fwd, out, dout, lse, MaskKind::Full, None, None).unwrap();
        g.set_output("lse", lse);
        for (n, x) in ["dq", "dk", "dv"].iter().zip(grads) {
            g.set_output(n, x);
        }
    }
    Engine::cpu().compile(&g).unwrap()
}

fn inputs(lens: &[usize]) -> HashMap<String, Tensor> {
    let t: usize = lens.iter().sum();
    let mut cu = vec![0i32];
    for &l in lens {
        cu.push(cu.last().unwrap() + l as i32);
    }
    let shape = [t, HEADS, HEAD_DIM];
    let n = t * HEADS * HEAD_DIM;
    HashMap::from([
        ("q".to_string(), Tensor::from_f32(&shape, values(1, n))),
        ("k".to_string(), Tensor::from_f32(&shape, values(2, n))),
        ("v".to_string(), Tensor::from_f32(&shape, values(3, n))),
        ("dout".to_string(), Tensor::from_f32(&shape, values(4, n))),
        ("cu_seqlens".to_string(), Tensor::from_i32(&[lens.len() + 1], cu)),
    ])
}

fn navit(c: &mut Criterion) {
    let lens = image_lengths();
    let real: usize = lens.iter().map(|l| l * l).sum();
    let padded = IMAGES * PAD * PAD;
    eprintln!(
        "navit batch: {} tokens packed, {} padded; query-key pairs {real} / {padded} = {:.4}",
        lens.iter().sum::<usize>(),
        IMAGES * PAD,
        real as f64 / padded as f64
    );
    let packed_in = inputs(&lens);
    let padded_in = inputs(&[PAD; IMAGES]);
    for (name, backward) in [("navit_attention", false), ("navit_attention_backward", true)] {
        let exe = compile(backward);
        let mut group = c.benchmark_group(name);
        group
            .sample_size(10)
            .warm_up_time(Duration::from_secs(2))
            .measurement_time(Duration::from_secs(10));
        group.bench_function("packed", |b| b.iter(|| black_box(exe.run(&packed_in).unwrap())));
        group.bench_function("padded", |b| b.iter(|| black_box(exe.run(&padded_in).unwrap())));
        group.finish();
    }
}

criterion_group!(benches, navit);
criterion_main!(benches);
