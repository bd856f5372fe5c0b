//! RINS on the CPU: a 6-layer ViT-B A-block (`encoder.layers.0..6`) as one `Recurse` node,
//! applied r = 1, 2, 4, 8 times to 64 packed tokens (two images of 32), f32. The acceptance:
//! time per iteration (time / r) stays flat, i.e. time is linear in r (results in
//! `benches/RESULTS.md`).
//!
//! `cargo bench --bench rins` (about three minutes; sample size 10).

// `criterion_group!` defines an undocumented public function.
#![allow(missing_docs)]

use std::collections::HashMap;
use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use packfuse::ir::Times;
use packfuse::models::rins::{vit_rins, RinsConfig};
use packfuse::models::vit::VitConfig;
use packfuse::{Engine, Tensor};

const TOKENS: usize = 64;
const LAYERS: usize = 6;

fn inputs(g: &packfuse::Graph, r: u32) -> HashMap<String, Tensor> {
    let mut m = HashMap::new();
    for (k, (name, _, ty)) in g.bound_names().into_iter().enumerate() {
        let dims = ty.shape.as_static().unwrap_or_else(|| vec![TOKENS, 768]);
        let n: usize = dims.iter().product();
        let v = (0..n).map(|i| ((i * 7 + k * 13) % 101) as f32 / 101.0 * 0.04 - 0.02).collect();
        m.insert(name.to_string(), Tensor::from_f32(&dims, v));
    }
    m.insert("cu_seqlens".into(), Tensor::from_i32(&[3], vec![0, 32, TOKENS as i32]));
    m.insert("rins_times".into(), Tensor::from_i32(&[], vec![r as i32]));
    m
}

fn bench(c: &mut Criterion) {
    // A only (B empty): split at the last layer, the count read at run time, one plan.
    let rins = RinsConfig::new(LAYERS, Times::Input);
    let g = vit_rins(&VitConfig::base(), LAYERS, &rins).expect("graph");
    let exe = Engine::cpu().without_disk_cache().compile(&g).expect("compile");
    let mut group = c.benchmark_group("rins_vit_b_a6");
    group.sample_size(10).measurement_time(Duration::from_secs(10));
    for r in [1u32, 2, 4, 8] {
        let ins = inputs(&g, r);
        group.bench_with_input(BenchmarkId::from_parameter(r), &ins, |b, ins| {
            b.iter(|| black_box(exe.run(ins).expect("run")))
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
