//! Every environment variable packfuse reads, in one place.
//!
//! - `PACKFUSE_DEVICE=cpu|vulkan|cuda`: the device [`crate::Engine::new`] picks when none
//!   is named (default: the best available).
//! - `PACKFUSE_DUMP=DIR`: each compile writes its input graph (`NNN.graph.txt`,
//!   `NNN.graph.json`), optimised graph (`NNN.opt.txt`) and plan (`NNN.plan.txt`) to `DIR`.
//!   A compile served by the disk cache runs no stages, so it dumps nothing.
//! - `PACKFUSE_CACHE_DIR=DIR`: engines keep compiled plans in `DIR` (created if missing), so
//!   a later process compiling the same graph skips the pipeline; see
//!   [`crate::disk_cache`]. Off by default: a cache dir is shared state that outlives the
//!   process, so the caller chooses where it lives ([`crate::Engine::with_disk_cache`]
//!   does the same without the environment).
//! - `PACKFUSE_PREPACK=0`: [`crate::Executable::prepack`] keeps every weight as given
//!   (default: the CPU holds transposed-read linear weights transposed, a device keeps a
//!   copy of each; see [`crate::prepack`]). For measuring what prepacking is worth.
//! - `PACKFUSE_MATMUL_TILE=16x4v|16x4vp|8x8v|16x8v|8x4v|16x4vk32|8x4vk32`: the device
//!   matrix product's register blocking (`SIDExREG` units and outputs per unit along each
//!   side, staged in vectors of 4; `p` prefetches the next slice, `k32` stages 32-deep
//!   slices), read once, in `packfuse_kernels::matmul::cube::Tiling`; default `16x4v`. For
//!   measuring the variants on one device.
//! - `PACKFUSE_MATMUL=own|cubek-unit|cubek-cmma`: which kernel computes the device's matrix
//!   products (read once, in `packfuse_kernels::matmul::cubek`): our own (default), or a
//!   routine of the `cubek-matmul` crate, its epilogue then a separate elementwise launch.
//!   `cubek-unit` is full f32; `cubek-cmma` uses tensor cores, **TF32 on f32 operands**,
//!   where the device has them (elsewhere our kernel runs). For measuring.
//! - `PACKFUSE_ATTN_VEC=0`: the device attention forward for head dims up to 64 takes the
//!   scalar kernel instead of the one that reads shared memory in vectors of 4 (read once,
//!   in `packfuse_kernels::attention::cube`). For measuring.
//! - `PACKFUSE_LOSS_CHUNK_MIB=N`: the device sigmoid loss's gradients hold their `N × M`
//!   matrix `N` MiB of rows at a time (read once, in
//!   `packfuse_kernels::sigmoid_loss::cube`); default 128. For measuring.
//! - `PACKFUSE_PROFILE=1`: every run writes a table of where its launches spent their time
//!   to stderr (read once per process, in `backend`). The device backends then wait for
//!   each launch to finish before the next (so the table shows kernel times, and the run
//!   is slower than unprofiled), and also list the input upload and the output read-back.
//!   `PACKFUSE_PROFILE=host` instead leaves a device run as it is (no waits between
//!   launches) and writes one line: how long the host took to issue the launches, and how
//!   long after that the outputs were back. Issuing close to the whole run says the host
//!   is the bottleneck, not the device.
//! - `PACKFUSE_DEVICE=null-cuda-host` (or `--device null-cuda-host`): runs plans on a device
//!   that runs nothing ([`crate::backend::host_timing`]): every launch is prepared as for a
//!   CUDA sm_90 and handed to CubeCL, which only looks the kernel up; reads give zeros. Its
//!   times are the host's side of a run, measurable without a GPU. Not listed by
//!   `packfuse devices`; its outputs are zeros, not results.
//! - `PACKFUSE_CUDA_UPLOAD=cubecl`: every CUDA upload goes through CubeCL's `create`
//!   (read once, in `backend::cube::cuda`). By default a tensor of at least 1 MiB goes up
//!   with one synchronous driver copy from the caller's memory instead
//!   ([`crate::backend::cube::cuda::upload_direct`]). For measuring.
//! - `PACKFUSE_HOST_HEAP=glibc` (the `packfuse` binary only, read at start): leaves glibc's
//!   allocator as it is. By default the binary keeps freed large host buffers in its heap
//!   for the next run (`mallopt`: no `mmap` for large blocks, up to 1 GiB of freed heap
//!   kept) instead of mapping fresh, page-faulting memory for every upload and read-back;
//!   also skipped when `MALLOC_MMAP_MAX_`, `MALLOC_MMAP_THRESHOLD_`,
//!   `MALLOC_TRIM_THRESHOLD_` or `GLIBC_TUNABLES` is set. The library
//!   never changes the allocator: a program linking it chooses its own.

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

/// The environment flags, read once per call.
#[derive(Clone, Debug)]
pub struct Knobs {
    /// `PACKFUSE_DEVICE`.
    pub device: Option<String>,
    /// `PACKFUSE_DUMP`.
    pub dump: Option<PathBuf>,
    /// `PACKFUSE_CACHE_DIR`.
    pub cache_dir: Option<PathBuf>,
    /// `PACKFUSE_PREPACK` is not `0`.
    pub prepack: bool,
}

impl Knobs {
    /// Reads the environment; empty values count as unset.
    pub fn from_env() -> Knobs {
        let get = |k: &str| std::env::var(k).ok().filter(|s| !s.is_empty());
        Knobs {
            device: get("PACKFUSE_DEVICE"),
            dump: get("PACKFUSE_DUMP").map(PathBuf::from),
            cache_dir: get("PACKFUSE_CACHE_DIR").map(PathBuf::from),
            prepack: get("PACKFUSE_PREPACK").is_none_or(|v| v != "0"),
        }
    }

    /// Writes `text` as `NNN.<what>` in the dump directory, if one is set. Failures to
    /// write are reported on stderr once and otherwise ignored: dumping is a debugging aid.
    pub fn dump(&self, compile: usize, what: &str, text: &str) {
        let Some(dir) = &self.dump else { return };
        let path = dir.join(format!("{compile:03}.{what}"));
        let res = std::fs::create_dir_all(dir).and_then(|_| std::fs::write(&path, text));
        if let Err(e) = res {
            static WARNED: AtomicUsize = AtomicUsize::new(0);
            if WARNED.fetch_add(1, Ordering::Relaxed) == 0 {
                eprintln!("packfuse: cannot write {}: {e}", path.display());
            }
        }
    }
}

/// A process-wide compile counter for dump file names.
pub fn next_compile_id() -> usize {
    static N: AtomicUsize = AtomicUsize::new(0);
    N.fetch_add(1, Ordering::Relaxed)
}
