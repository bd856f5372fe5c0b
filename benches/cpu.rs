//! CPU benchmarks behind the acceptance numbers of the foundation issue (results and how to
//! read them: `benches/RESULTS.md`).
//!
//! - `matmul_1024/packfuse` vs `matmul_1024/gemm_direct`: a 1024×1024×1024 f32 product as a
//!   one-node graph on `Engine::cpu()` (binding inputs, allocating and returning the output
//!   included) against `gemm::gemm` called directly on preallocated buffers, with the same
//!   parallelism (`Parallelism::Rayon(rayon::current_num_threads())`).
//! - `chain6_16M/fused` vs `chain6_16M/unfused`: six elementwise ops over 16 Mi f32 elements,
//!   as one compiled graph (one fused kernel) against six single-op graphs compiled separately
//!   and run one after another, each output fed to the next as its input.
//!
//! `cargo bench --bench cpu` (a few minutes; sample size 10).

// `criterion_group!` defines an undocumented public function.
#![allow(missing_docs)]

use std::collections::HashMap;
use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use gemm::Parallelism;
use packfuse::{shape, DType, Engine, Executable, Graph, NodeId, Tensor};

const N: usize = 1024;
const CHAIN_LEN: usize = 16 * 1024 * 1024;

/// Deterministic values in [-1, 1).
fn values(seed: u64, n: usize) -> Vec<f32> {
    let mut s = seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1;
    (0..n)
        .map(|_| {
            s ^= s << 13;
            s ^= s >> 7;
            s ^= s << 17;
            (s >> 40) as f32 / (1u64 << 23) as f32 - 1.0
        })
        .collect()
}

fn matmul(c: &mut Criterion) {
    let a = values(1, N * N);
    let b = values(2, N * N);

    let mut g = Graph::new();
    let x = g.input("a", DType::F32, shape![N, N]).unwrap();
    let y = g.input("b", DType::F32, shape![N, N]).unwrap();
    let z = g.matmul(x, y).unwrap();
    g.set_output("c", z);
    let exe = Engine::cpu().compile(&g).unwrap();
    let inputs = HashMap::from([
        ("a".to_string(), Tensor::from_f32(&[N, N], a.clone())),
        ("b".to_string(), Tensor::from_f32(&[N, N], b.clone())),
    ]);

    let mut group = c.benchmark_group("matmul_1024");
    group
        .sample_size(10)
        .warm_up_time(Duration::from_secs(2))
        .measurement_time(Duration::from_secs(8))
        .throughput(Throughput::Elements(2 * (N * N * N) as u64)); // flops
    group.bench_function("packfuse", |bench| bench.iter(|| black_box(exe.run(&inputs).unwrap())));
    let mut out = vec![0f32; N * N];
    let threads = rayon::current_num_threads();
    group.bench_function("gemm_direct", |bench| {
        bench.iter(|| {
            // SAFETY: a, b and out are N×N row-major (column stride 1, row stride N).
            unsafe {
                gemm::gemm(
                    N,
                    N,
                    N,
                    out.as_mut_ptr(),
                    1,
                    N as isize,
                    false,
                    a.as_ptr(),
                    1,
                    N as isize,
                    b.as_ptr(),
                    1,
                    N as isize,
                    0.0,
                    1.0,
                    false,
                    false,
                    false,
                    Parallelism::Rayon(threads),
                )
            };
            black_box(&out);
        })
    });
    group.finish();
}

/// The chain: `exp(−(relu(0.5·x + 1))²)`, six ops; applied to `x` in `g`.
type Op = fn(&mut Graph, NodeId) -> NodeId;
const CHAIN: [Op; 6] = [
    |g, x| g.scale(x, 0.5).unwrap(),
    |g, x| {
        let one = g.scalar(DType::F32, 1.0).unwrap();
        g.add(x, one).unwrap()
    },
    |g, x| g.relu(x).unwrap(),
    |g, x| g.square(x).unwrap(),
    |g, x| g.neg(x).unwrap(),
    |g, x| g.exp(x).unwrap(),
];

/// A graph `y = ops(x)` over `[CHAIN_LEN]`.
fn chain_graph(ops: &[Op]) -> Graph {
    let mut g = Graph::new();
    let mut v = g.input("x", DType::F32, shape![CHAIN_LEN]).unwrap();
    for op in ops {
        v = op(&mut g, v);
    }
    g.set_output("y", v);
    g
}

fn run_chain(steps: &[Executable], x: Tensor) -> Tensor {
    steps.iter().fold(x, |x, exe| {
        let inputs = HashMap::from([("x".to_string(), x)]);
        exe.run(&inputs).unwrap().remove(0)
    })
}

fn chain(c: &mut Criterion) {
    let engine = Engine::cpu();
    let fused = engine.compile(&chain_graph(&CHAIN)).unwrap();
    assert_eq!(fused.plan().launches.len(), 1, "the chain fuses into one kernel");
    let unfused: Vec<Executable> = CHAIN
        .iter()
        .map(|op| engine.compile(&chain_graph(std::slice::from_ref(op))).unwrap())
        .collect();
    let x = Tensor::from_f32(&[CHAIN_LEN], values(3, CHAIN_LEN));
    // Both compute the same thing.
    let a = run_chain(std::slice::from_ref(&fused), x.clone()).to_f32_vec();
    let b = run_chain(&unfused, x.clone()).to_f32_vec();
    assert!(a.iter().zip(&b).all(|(p, q)| (p - q).abs() <= 1e-6 * q.abs().max(1.0)));

    let mut group = c.benchmark_group("chain6_16M");
    group
        .sample_size(10)
        .warm_up_time(Duration::from_secs(2))
        .measurement_time(Duration::from_secs(8))
        .throughput(Throughput::Elements(CHAIN_LEN as u64));
    let inputs = HashMap::from([("x".to_string(), x.clone())]);
    group.bench_function("fused", |bench| bench.iter(|| black_box(fused.run(&inputs).unwrap())));
    group.bench_function("unfused", |bench| {
        bench.iter_batched(
            || x.clone(),
            |x| black_box(run_chain(&unfused, x)),
            criterion::BatchSize::PerIteration,
        )
    });
    group.finish();
}

criterion_group!(benches, matmul, chain);
criterion_main!(benches);
