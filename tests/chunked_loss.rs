//! The chunked (ring) SigLIP loss over W in-process workers equals the unchunked loss and
//! gradients (issue 5: W = 1, 2, 3 and 8, to 1e-5).

use std::collections::HashMap;

use packfuse::distributed::{ring_sigmoid_loss, InProcess, LossGrads, LossShard};
use packfuse::ir::{LossOptions, Tensor};
use packfuse::{shape, DType, Engine, Graph};

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

const N: usize = 37;
const D: usize = 16;

/// The unchunked loss and gradients of the whole batch: `[loss, dx, dy, dt', db]`.
fn unchunked(x: &[f32], y: &[f32], tp: f64, b: f64, normalize: bool) -> Vec<Vec<f64>> {
    let mut g = Graph::new();
    let xi = g.input("x", DType::F32, shape![N, D]).unwrap();
    let yi = g.input("y", DType::F32, shape![N, D]).unwrap();
    let ti = g.input("t_prime", DType::F32, shape![1]).unwrap();
    let bi = g.input("bias", DType::F32, shape![1]).unwrap();
    let dl = g.input("dloss", DType::F32, shape![]).unwrap();
    let o = LossOptions { normalize, ..LossOptions::default() };
    let fwd = [xi, yi, ti, bi];
    let loss = g.sigmoid_loss_opts(packfuse::ir::LossPart::Loss, &fwd, o).unwrap();
    let grads = g.sigmoid_loss_backward(&fwd, dl, o).unwrap();
    g.set_output("loss", loss);
    for (n, id) in ["dx", "dy", "dt", "db"].iter().zip(grads) {
        g.set_output(n, id);
    }
    let ins = HashMap::from([
        ("x".to_string(), Tensor::from_f32(&[N, D], x.to_vec())),
        ("y".to_string(), Tensor::from_f32(&[N, D], y.to_vec())),
        ("t_prime".to_string(), Tensor::from_f32(&[1], vec![tp as f32])),
        ("bias".to_string(), Tensor::from_f32(&[1], vec![b as f32])),
        ("dloss".to_string(), Tensor::from_f32(&[], vec![1.0])),
    ]);
    let outs = Engine::cpu().compile(&g).unwrap().run(&ins).unwrap();
    outs.iter().map(|t| t.to_f64_vec()).collect()
}

/// Runs the ring over `w` threads; returns each rank's result in rank order.
fn chunked(w: usize, x: &[f32], y: &[f32], tp: f64, b: f64, normalize: bool) -> Vec<LossGrads> {
    let bounds: Vec<usize> = (0..=w).map(|r| r * N / w).collect();
    let engine = Engine::cpu();
    std::thread::scope(|s| {
        let handles: Vec<_> = InProcess::group(w)
            .into_iter()
            .enumerate()
            .map(|(r, mut comm)| {
                let (lo, hi) = (bounds[r], bounds[r + 1]);
                let xs = Tensor::from_f32(&[hi - lo, D], x[lo * D..hi * D].to_vec());
                let ys = Tensor::from_f32(&[hi - lo, D], y[lo * D..hi * D].to_vec());
                let engine = engine.clone();
                s.spawn(move || {
                    let shard = LossShard {
                        x: &xs,
                        y: &ys,
                        offset: lo,
                        global_n: N,
                        t_prime: tp,
                        bias: b,
                        normalize,
                    };
                    ring_sigmoid_loss(&mut comm, &engine, &shard).unwrap()
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    })
}

fn rel(got: &[f64], want: &[f64]) -> f64 {
    let scale = want.iter().fold(0f64, |m, v| m.max(v.abs())).max(1e-30);
    got.iter().zip(want).fold(0f64, |m, (g, w)| m.max((g - w).abs() / scale))
}

#[test]
fn ring_equals_unchunked_for_1_2_3_and_8_workers() {
    let (x, y) = (values(1, N * D), values(2, N * D));
    for (normalize, tp, b) in [(false, 0.5f64, -1.0), (true, 10f64.ln(), -10.0)] {
        let want = unchunked(&x, &y, tp, b, normalize);
        for w in [1, 2, 3, 8] {
            let ranks = chunked(w, &x, &y, tp, b, normalize);
            let dx: Vec<f64> = ranks.iter().flat_map(|r| r.dx.to_f64_vec()).collect();
            let dy: Vec<f64> = ranks.iter().flat_map(|r| r.dy.to_f64_vec()).collect();
            let ctx = format!("W = {w}, normalize = {normalize}");
            for r in &ranks {
                assert!(
                    rel(&[r.loss], &want[0]) <= 1e-5,
                    "{ctx}: loss {} vs {}",
                    r.loss,
                    want[0][0]
                );
                assert!(rel(&[r.dt_prime], &want[3]) <= 1e-5, "{ctx}: dt' {}", r.dt_prime);
                assert!(rel(&[r.dbias], &want[4]) <= 1e-5, "{ctx}: db {}", r.dbias);
                assert_eq!(r.loss, ranks[0].loss, "{ctx}: every rank has the same loss");
            }
            assert!(rel(&dx, &want[1]) <= 1e-5, "{ctx}: dx error {:e}", rel(&dx, &want[1]));
            assert!(rel(&dy, &want[2]) <= 1e-5, "{ctx}: dy error {:e}", rel(&dy, &want[2]));
        }
    }
}

#[test]
fn mismatched_shards_are_an_error() {
    let mut comm = InProcess::group(1).pop().unwrap();
    let x = Tensor::from_f32(&[3, D], vec![0.5; 3 * D]);
    let y = Tensor::from_f32(&[2, D], vec![0.5; 2 * D]);
    let shard = LossShard {
        x: &x,
        y: &y,
        offset: 0,
        global_n: 3,
        t_prime: 0.0,
        bias: 0.0,
        normalize: false,
    };
    let e = ring_sigmoid_loss(&mut comm, &Engine::cpu(), &shard).unwrap_err();
    assert!(e.to_string().contains("must both be [rows, D]"), "{e}");
    let shard = LossShard { y: &x, offset: 2, ..shard };
    let e = ring_sigmoid_loss(&mut comm, &Engine::cpu(), &shard).unwrap_err();
    assert!(e.to_string().contains("outside the global batch"), "{e}");
}
