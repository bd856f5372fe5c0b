//! CUDA through CubeCL's CUDA runtime (NVRTC). Probed without ever panicking: cudarc and
//! cubecl-cuda panic when `libcuda.so` is missing, so the libraries are checked first.

use std::path::Path;

/// A line describing the CUDA device to use; `Err` says why there is none.
pub fn probe() -> Result<String, String> {
    // SAFETY: `is_culib_present` only tries to dlopen the library and reports the result.
    if !unsafe { cudarc::driver::sys::is_culib_present() } {
        return Err("libcuda.so not found: no NVIDIA driver on this machine".into());
    }
    // SAFETY: as above, for libnvrtc.
    if !unsafe { cudarc::nvrtc::sys::is_culib_present() } {
        return Err("libnvrtc.so not found: install the CUDA toolkit or the \
                    nvidia-cuda-nvrtc wheel and add its lib folder to LD_LIBRARY_PATH"
            .into());
    }
    if include_path().is_none() {
        return Err("CUDA headers not found: set CUDA_PATH to a folder with include/ \
                    (the toolkit, or site-packages/nvidia/cu13 of the pip wheels)"
            .into());
    }
    let count = std::panic::catch_unwind(cudarc::driver::CudaContext::device_count)
        .map_err(|_| "the CUDA driver failed to initialise".to_string())?
        .map_err(|e| format!("the CUDA driver failed: {e:?}"))?;
    if count == 0 {
        return Err("the CUDA driver reports no device".into());
    }
    Ok(format!("{count} device(s), using 0"))
}

/// Where cubecl-cuda will look for the CUDA headers NVRTC needs (it panics without them).
fn include_path() -> Option<&'static str> {
    if std::env::var_os("CUDA_PATH").is_some() {
        return Some("$CUDA_PATH");
    }
    ["/usr/local/cuda", "/opt/cuda", "/usr/bin/nvcc"].into_iter().find(|p| Path::new(p).exists())
}

/// Uploads of at least this many bytes take [`upload_direct`] (smaller ones, such as a
/// `recurse` body's 4-byte index, stay on CubeCL's queue: the direct path waits for the
/// device twice).
pub const DIRECT_UPLOAD_MIN: usize = 1 << 20;

/// `PACKFUSE_CUDA_UPLOAD=cubecl` (read once) turns [`upload_direct`] off.
pub fn direct_upload_enabled() -> bool {
    static ON: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *ON.get_or_init(|| match std::env::var("PACKFUSE_CUDA_UPLOAD").as_deref() {
        Ok("cubecl") => false,
        Ok("") | Ok("direct") | Err(_) => true,
        Ok(v) => {
            eprintln!("PACKFUSE_CUDA_UPLOAD={v:?} is not `direct` or `cubecl`: using direct");
            true
        }
    })
}

/// Copies `bytes` into a new device buffer with one synchronous `cuMemcpyHtoD` from the
/// caller's memory, or `None` (nothing uploaded) for fewer than [`DIRECT_UPLOAD_MIN`] bytes
/// or where a driver call returns an error; the caller then takes CubeCL's path. (CubeCL's own calls made here, `empty` and
/// `get_resource`, panic on failures such as running out of memory, as its `create` does.)
/// CubeCL 0.10's `create` makes two host copies before the driver's own staging copy
/// (`kernels::cube::upload_bytes`); on an H200 that moved the B/16 tower's 4.8 MB of
/// pixels at 1.7 GB/s, where PyTorch's pageable copy took 0.43–0.52 ms (benches/RESULTS.md,
/// 2026-11-28 session 9).
///
/// Ordering, since the copy is not on CubeCL's (non-blocking) stream:
/// - the buffer is reserved, and `get_resource` runs on CubeCL's device thread after every
///   task submitted before it, so every earlier launch (and the reservation) has been
///   handed to the driver when it returns;
/// - the context is synchronised, so none of that work still runs (the pool may hand out
///   memory a queued kernel still uses). Not `client.sync()`: that would take the errors
///   CubeCL has recorded for earlier launches, which the run's read must report;
/// - the copy runs on the legacy stream, and the context is synchronised again (a pageable
///   copy can return before its DMA ends), so every kernel queued afterwards reads the data.
///
/// The context is the device's primary context, which cubecl-cuda also uses; it is made
/// current on the calling thread for the copy, and the thread's previous one restored.
pub fn upload_direct(
    client: &cubecl::prelude::ComputeClient<cubecl::cuda::CudaRuntime>,
    device: usize,
    bytes: &[u8],
) -> Option<cubecl::server::Handle> {
    use cudarc::driver::result as cu;
    if bytes.len() < DIRECT_UPLOAD_MIN {
        return None;
    }
    let context = primary_context(device)? as cudarc::driver::sys::CUcontext;
    let handle = client.empty(bytes.len());
    let resource = client.get_resource(handle.clone()).ok()?;
    if (resource.resource().size as usize) < bytes.len() {
        return None;
    }
    let previous = cu::ctx::get_current().ok()?;
    // SAFETY: `context` is the device's retained primary context. The destination is the
    // start of `handle`'s reservation, at least `bytes.len()` long (checked above), kept
    // alive by `resource`; no kernel touches it while the copy runs (every earlier launch
    // has finished after the first synchronise, and no later one knows the buffer yet).
    let copied = unsafe {
        cu::ctx::set_current(context).and_then(|()| {
            cu::ctx::synchronize()?;
            cu::memcpy_htod_sync(resource.resource().ptr, bytes)?;
            cu::ctx::synchronize()
        })
    };
    if previous != Some(context) {
        // SAFETY: the thread's own previous context (or none), as it was on entry.
        unsafe { cu::ctx::set_current(previous.unwrap_or(std::ptr::null_mut())) }.ok()?;
    }
    copied.ok().map(|()| handle)
}

/// The primary context of `device`, retained once per process (as a pointer-sized integer).
fn primary_context(device: usize) -> Option<usize> {
    static CONTEXTS: std::sync::Mutex<Vec<(usize, usize)>> = std::sync::Mutex::new(Vec::new());
    let mut known = CONTEXTS.lock().ok()?;
    if let Some(&(_, c)) = known.iter().find(|(d, _)| *d == device) {
        return Some(c);
    }
    let dev = cudarc::driver::result::device::get(device as i32).ok()?;
    // SAFETY: `dev` is a valid device handle; the retained context is never released (it
    // lives as long as the process, as cubecl-cuda's does).
    let ctx = unsafe { cudarc::driver::result::primary_ctx::retain(dev) }.ok()?;
    known.push((device, ctx as usize));
    Some(ctx as usize)
}
