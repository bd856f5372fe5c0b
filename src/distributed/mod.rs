//! Work split across workers: a small [`Communicator`] trait, an in-process implementation
//! over threads ([`InProcess`], used by the tests and for multi-threaded CPU runs), an NCCL
//! implementation for GPUs (`nccl::Nccl`, behind the `nccl` cargo feature), and the
//! chunked SigLIP loss of the paper's section 3.3 ([`ring_sigmoid_loss`]).
//!
//! A communicator connects `size()` ranks in a ring. Two collectives are enough here:
//! [`Communicator::ring_shift`] (send to the next rank, receive from the previous one) and
//! [`Communicator::all_reduce_sum`]. Every rank must call the same collectives in the same
//! order; a rank that fails or drops its communicator makes the others' calls return
//! [`CommError::Disconnected`] instead of hanging.

#[cfg(feature = "nccl")]
pub mod nccl;

use std::collections::HashMap;
use std::sync::mpsc::{channel, Receiver, Sender};

use packfuse_codegen::{CodegenError, Engine, Executable};
use packfuse_ir::{shape, DType, Graph, IrError, LossOptions, LossPart, Tensor};
use thiserror::Error;

/// Why a collective failed.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum CommError {
    /// A neighbour hung up (its rank returned early or failed).
    #[error("rank {rank}: the {side} rank disconnected")]
    Disconnected {
        /// This rank.
        rank: usize,
        /// `"previous"` or `"next"`.
        side: &'static str,
    },
    /// The transport failed (NCCL, the CUDA driver).
    #[error("rank {rank}: {reason}")]
    Backend {
        /// This rank.
        rank: usize,
        /// The transport's message.
        reason: String,
    },
    /// Ranks disagreed on the size of an all-reduce.
    #[error("rank {rank}: all-reduce of {got} values, the ring sent {want}")]
    SizeMismatch {
        /// This rank.
        rank: usize,
        /// Length here.
        got: usize,
        /// Length received.
        want: usize,
    },
}

/// A group of ranks connected in a ring.
pub trait Communicator: Send {
    /// This rank, `0..size()`.
    fn rank(&self) -> usize;
    /// The number of ranks.
    fn size(&self) -> usize;
    /// Sends `data` to rank `rank + 1` (mod size) and returns what rank `rank − 1` sent.
    fn ring_shift(&mut self, data: Vec<f32>) -> Result<Vec<f32>, CommError>;
    /// Replaces `v` on every rank with the sum over all ranks of their `v`, in a fixed rank
    /// order, so every rank gets bit-identical results.
    fn all_reduce_sum(&mut self, v: &mut [f64]) -> Result<(), CommError>;
}

/// The in-process communicator: one per thread, connected by channels.
pub struct InProcess {
    rank: usize,
    size: usize,
    to_next: Sender<Vec<f32>>,
    from_prev: Receiver<Vec<f32>>,
    sums_to_next: Sender<Vec<f64>>,
    sums_from_prev: Receiver<Vec<f64>>,
}

impl InProcess {
    /// `size` connected communicators, rank `i` at index `i`; move each into its thread.
    pub fn group(size: usize) -> Vec<InProcess> {
        assert!(size > 0, "a communicator group needs at least one rank");
        let (tx, rx): (Vec<_>, Vec<_>) = (0..size).map(|_| channel()).unzip();
        let (stx, srx): (Vec<_>, Vec<_>) = (0..size).map(|_| channel()).unzip();
        let mut rx: Vec<Option<Receiver<Vec<f32>>>> = rx.into_iter().map(Some).collect();
        let mut srx: Vec<Option<Receiver<Vec<f64>>>> = srx.into_iter().map(Some).collect();
        // Channel i carries what rank i − 1 sends to rank i.
        (0..size)
            .map(|r| InProcess {
                rank: r,
                size,
                to_next: tx[(r + 1) % size].clone(),
                from_prev: rx[r].take().expect("each receiver is taken once"),
                sums_to_next: stx[(r + 1) % size].clone(),
                sums_from_prev: srx[r].take().expect("each receiver is taken once"),
            })
            .collect()
    }

    fn gone(&self, side: &'static str) -> CommError {
        CommError::Disconnected { rank: self.rank, side }
    }
}

impl Communicator for InProcess {
    fn rank(&self) -> usize {
        self.rank
    }

    fn size(&self) -> usize {
        self.size
    }

    fn ring_shift(&mut self, data: Vec<f32>) -> Result<Vec<f32>, CommError> {
        self.to_next.send(data).map_err(|_| self.gone("next"))?;
        self.from_prev.recv().map_err(|_| self.gone("previous"))
    }

    fn all_reduce_sum(&mut self, v: &mut [f64]) -> Result<(), CommError> {
        // Pass every rank's vector once round the ring; each rank collects all of them
        // (indexed by origin) and sums in rank order.
        let n = v.len();
        let mut by_rank: Vec<Vec<f64>> = vec![Vec::new(); self.size];
        by_rank[self.rank] = v.to_vec();
        let mut carry = v.to_vec();
        for step in 1..self.size {
            self.sums_to_next.send(carry).map_err(|_| self.gone("next"))?;
            carry = self.sums_from_prev.recv().map_err(|_| self.gone("previous"))?;
            if carry.len() != n {
                return Err(CommError::SizeMismatch { rank: self.rank, got: n, want: carry.len() });
            }
            by_rank[(self.rank + self.size - step) % self.size] = carry.clone();
        }
        for (i, x) in v.iter_mut().enumerate() {
            *x = by_rank.iter().map(|r| r[i]).sum();
        }
        Ok(())
    }
}

/// Why the chunked loss failed.
#[derive(Debug, Error)]
pub enum RingError {
    /// A collective failed.
    #[error(transparent)]
    Comm(#[from] CommError),
    /// Building the block graph failed.
    #[error(transparent)]
    Ir(#[from] IrError),
    /// Compiling or running a block failed (bad data included).
    #[error(transparent)]
    Codegen(#[from] CodegenError),
    /// The shards do not fit together.
    #[error("rank {rank}: {reason}")]
    Shards {
        /// This rank.
        rank: usize,
        /// What is wrong.
        reason: String,
    },
}

/// One rank's part of the chunked loss: its rows of `x` and of `y` (the same rows of the
/// global batch: `offset..offset + rows`), and the shared scalars.
#[derive(Clone, Debug)]
pub struct LossShard<'a> {
    /// `[n_w, D]` rows of the image embeddings.
    pub x: &'a Tensor,
    /// `[n_w, D]` rows of the text embeddings (the same rows).
    pub y: &'a Tensor,
    /// The global index of this shard's first row.
    pub offset: usize,
    /// The global batch size `N` (the loss divisor).
    pub global_n: usize,
    /// `t'` (the log temperature).
    pub t_prime: f64,
    /// `b`.
    pub bias: f64,
    /// L2-normalise rows first (as `transformers` does).
    pub normalize: bool,
}

/// What each rank ends with: the global loss and scalar gradients (identical on every
/// rank) and the gradients of its own rows.
#[derive(Clone, Debug)]
pub struct LossGrads {
    /// The global loss `-(1/N) Σ_ij logσ(z_ij (e^t' x_i·y_j + b))`.
    pub loss: f64,
    /// `∂L/∂x` for this shard's rows, f32 `[n_w, D]`.
    pub dx: Tensor,
    /// `∂L/∂y` for this shard's rows, f32 `[n_w, D]`.
    pub dy: Tensor,
    /// `∂L/∂t'`.
    pub dt_prime: f64,
    /// `∂L/∂b`.
    pub dbias: f64,
}

/// The compiled block computation: loss, dx, dy and the scalar gradients of `x` against one
/// `y` shard, with or without positives on the block's diagonal.
fn block_executable(
    engine: &Engine,
    d: usize,
    positives: Option<i64>,
    opts: (bool, usize),
) -> Result<Executable, RingError> {
    let (normalize, global_n) = opts;
    let mut g = Graph::new();
    let x = g.input("x", DType::F32, shape!["N", d])?;
    // A rank's own block pairs its x rows with the same y rows: one size, N.
    let rows_y = if positives.is_some() { "N" } else { "M" };
    let y = g.input("y", DType::F32, shape![rows_y, d])?;
    let t = g.input("t_prime", DType::F32, shape![1])?;
    let b = g.input("bias", DType::F32, shape![1])?;
    let dl = g.input("dloss", DType::F32, shape![])?;
    let o = LossOptions { normalize, positives, denom: Some(global_n as u64) };
    let fwd = [x, y, t, b];
    let loss = g.sigmoid_loss_opts(LossPart::Loss, &fwd, o)?;
    let [dx, dy, dt, db] = g.sigmoid_loss_backward(&fwd, dl, o)?;
    for (name, id) in [("loss", loss), ("dx", dx), ("dy", dy), ("dt", dt), ("db", db)] {
        g.set_output(name, id);
    }
    Ok(engine.compile(&g)?)
}

/// The `y` shard travelling round the ring: its global offset, its rows, and the gradient
/// accumulated for them so far, packed into one message.
struct Travelling {
    offset: usize,
    y: Vec<f32>,
    dy: Vec<f32>,
}

impl Travelling {
    fn pack(self) -> Vec<f32> {
        let mut m = Vec::with_capacity(2 + self.y.len() * 2);
        m.push(f32::from_bits(self.offset as u32));
        m.push(f32::from_bits(self.y.len() as u32));
        m.extend(self.y);
        m.extend(self.dy);
        m
    }

    fn unpack(m: Vec<f32>) -> Travelling {
        let offset = m[0].to_bits() as usize;
        let n = m[1].to_bits() as usize;
        Travelling { offset, y: m[2..2 + n].to_vec(), dy: m[2 + n..2 + 2 * n].to_vec() }
    }
}

/// The SigLIP loss over a batch sharded across the ranks of `comm`, by the ring algorithm of
/// the SigLIP paper (section 3.3): the `y` shards travel round the ring, each rank computes
/// its `x` shard's block against the shard it holds (positives only on its own block), adds
/// that block's `dy` to the travelling shard's gradient, and after `W` steps every shard is
/// home with its full gradient; the loss and scalar gradients are all-reduced. No rank
/// ever holds more than two shards and one block's tiles: memory is `O(N·D/W)` per rank.
///
/// Every rank must call this with shards of one global batch (contiguous, in rank order)
/// and the same scalars; `engine` runs the blocks (kernels compiled once per process).
pub fn ring_sigmoid_loss(
    comm: &mut dyn Communicator,
    engine: &Engine,
    shard: &LossShard,
) -> Result<LossGrads, RingError> {
    let rank = comm.rank();
    let bad = |reason: String| RingError::Shards { rank, reason };
    let (xs, ys) = (shard.x.shape(), shard.y.shape());
    if xs.len() != 2 || ys != xs {
        return Err(bad(format!("x {xs:?} and y {ys:?} must both be [rows, D]")));
    }
    let (rows, d) = (xs[0], xs[1]);
    if shard.offset + rows > shard.global_n {
        return Err(bad(format!(
            "rows {}..{} are outside the global batch of {}",
            shard.offset,
            shard.offset + rows,
            shard.global_n
        )));
    }
    let opts = (shard.normalize, shard.global_n);
    let own = block_executable(engine, d, Some(0), opts)?;
    let other = block_executable(engine, d, None, opts)?;
    let scalar = |v: f64| Tensor::from_f32(&[1], vec![v as f32]);
    let mut inputs = HashMap::from([
        ("x".to_string(), shard.x.cast(DType::F32)),
        ("t_prime".to_string(), scalar(shard.t_prime)),
        ("bias".to_string(), scalar(shard.bias)),
        ("dloss".to_string(), Tensor::from_f32(&[], vec![1.0])),
    ]);
    let y = shard.y.cast(DType::F32).to_f64_vec().iter().map(|&v| v as f32).collect::<Vec<_>>();
    let mut cur = Travelling { offset: shard.offset, dy: vec![0.0; y.len()], y };
    let mut dx = vec![0f32; rows * d];
    let mut sums = [0f64; 3]; // loss, dt', db
    for _ in 0..comm.size() {
        let m = cur.y.len() / d.max(1);
        inputs.insert("y".into(), Tensor::from_f32(&[m, d], cur.y.clone()));
        let exe = if cur.offset == shard.offset { &own } else { &other };
        let outs = exe.run(&inputs)?;
        sums[0] += outs[0].to_f64_vec()[0];
        for (acc, v) in dx.iter_mut().zip(outs[1].to_f64_vec()) {
            *acc += v as f32;
        }
        for (acc, v) in cur.dy.iter_mut().zip(outs[2].to_f64_vec()) {
            *acc += v as f32;
        }
        sums[1] += outs[3].to_f64_vec()[0];
        sums[2] += outs[4].to_f64_vec()[0];
        cur = Travelling::unpack(comm.ring_shift(cur.pack())?);
    }
    if cur.offset != shard.offset || cur.dy.len() != rows * d {
        return Err(bad("the shard that came home is not this rank's: uneven calls?".into()));
    }
    comm.all_reduce_sum(&mut sums)?;
    Ok(LossGrads {
        loss: sums[0],
        dx: Tensor::from_f32(&[rows, d], dx),
        dy: Tensor::from_f32(&[rows, d], cur.dy),
        dt_prime: sums[1],
        dbias: sums[2],
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run<T: Send>(size: usize, f: impl Fn(InProcess) -> T + Sync) -> Vec<T> {
        std::thread::scope(|s| {
            let hs: Vec<_> = InProcess::group(size).into_iter().map(|c| s.spawn(|| f(c))).collect();
            hs.into_iter().map(|h| h.join().expect("rank panicked")).collect()
        })
    }

    #[test]
    fn ring_shift_passes_to_the_next_rank() {
        for size in [1, 2, 3, 8] {
            let got = run(size, |mut c| c.ring_shift(vec![c.rank() as f32]).unwrap());
            for (r, v) in got.iter().enumerate() {
                assert_eq!(v, &[((r + size - 1) % size) as f32], "size {size}");
            }
        }
    }

    #[test]
    fn all_reduce_is_identical_on_every_rank() {
        for size in [1, 2, 3, 8] {
            let got = run(size, |mut c| {
                let mut v = vec![c.rank() as f64 + 0.1, 1.0];
                c.all_reduce_sum(&mut v).unwrap();
                v
            });
            let want: f64 = (0..size).map(|r| r as f64 + 0.1).sum();
            for v in &got {
                assert_eq!(v, &got[0]);
                assert!((v[0] - want).abs() < 1e-12 && v[1] == size as f64);
            }
        }
    }

    #[test]
    fn a_dropped_rank_is_an_error_not_a_hang() {
        let mut g = InProcess::group(2);
        drop(g.pop());
        let e = g[0].ring_shift(vec![1.0]).unwrap_err();
        assert!(matches!(e, CommError::Disconnected { rank: 0, .. }), "{e}");
    }
}
