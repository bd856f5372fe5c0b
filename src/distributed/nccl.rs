//! [`Communicator`] over NCCL (through `cudarc`), for ranks that are NVIDIA GPUs: one
//! process per GPU (`Comm::from_rank` with a shared `Id`) or one process driving several
//! (`Comm::from_devices`). Behind the `nccl` cargo feature; compiled in CI, run only where
//! several GPUs exist (libnccl is loaded at run time).
//!
//! Messages go through device buffers: `ring_shift` first exchanges the message length, so
//! shards of different sizes travel correctly, then the payload; send and receive are in one
//! NCCL group, so the ring cannot deadlock.

use cudarc::driver::{DeviceRepr, ValidAsZeroBits};
use cudarc::nccl::result::{group_end, group_start};
use cudarc::nccl::safe::{Comm, NcclType, ReduceOp};

use super::{CommError, Communicator};

/// A rank of an NCCL communicator.
pub struct Nccl {
    comm: Comm,
}

// SAFETY: NCCL communicators may be used from any thread, one call at a time. `Nccl` owns
// its `Comm` (cudarc's wrapper holds a raw `ncclComm_t`, hence not `Send` by itself) and every
// collective takes `&mut self`, so moving it to another thread never allows concurrent calls.
unsafe impl Send for Nccl {}

impl Nccl {
    /// Wraps an initialised NCCL communicator.
    pub fn new(comm: Comm) -> Nccl {
        Nccl { comm }
    }

    /// The wrapped communicator.
    pub fn comm(&self) -> &Comm {
        &self.comm
    }

    fn err(&self, what: &str, e: impl std::fmt::Debug) -> CommError {
        CommError::Backend { rank: self.comm.rank(), reason: format!("NCCL {what}: {e:?}") }
    }

    /// Sends `send` to the next rank and receives `recv_len` values from the previous one.
    fn exchange<T>(&self, send: &[T], recv_len: usize) -> Result<Vec<T>, CommError>
    where
        T: NcclType + DeviceRepr + ValidAsZeroBits + Copy,
    {
        let size = self.comm.world_size();
        let next = ((self.comm.rank() + 1) % size) as i32;
        let prev = ((self.comm.rank() + size - 1) % size) as i32;
        let stream = self.comm.stream();
        let src = stream.clone_htod(send).map_err(|e| self.err("upload", e))?;
        let mut dst = stream.alloc_zeros::<T>(recv_len).map_err(|e| self.err("alloc", e))?;
        group_start().map_err(|e| self.err("group start", e))?;
        let sent = self.comm.send(&src, next).map_err(|e| self.err("send", e));
        let received = self.comm.recv(&mut dst, prev).map_err(|e| self.err("recv", e));
        group_end().map_err(|e| self.err("group end", e))?;
        sent?;
        received?;
        stream.clone_dtoh(&dst).map_err(|e| self.err("download", e))
    }
}

impl Communicator for Nccl {
    fn rank(&self) -> usize {
        self.comm.rank()
    }

    fn size(&self) -> usize {
        self.comm.world_size()
    }

    fn ring_shift(&mut self, data: Vec<f32>) -> Result<Vec<f32>, CommError> {
        let len = self.exchange(&[data.len() as u64], 1)?[0] as usize;
        self.exchange(&data, len)
    }

    fn all_reduce_sum(&mut self, v: &mut [f64]) -> Result<(), CommError> {
        let stream = self.comm.stream();
        let mut buf = stream.clone_htod(&*v).map_err(|e| self.err("upload", e))?;
        self.comm
            .all_reduce_in_place(&mut buf, &ReduceOp::Sum)
            .map_err(|e| self.err("all-reduce", e))?;
        let back = stream.clone_dtoh(&buf).map_err(|e| self.err("download", e))?;
        v.copy_from_slice(&back);
        Ok(())
    }
}
