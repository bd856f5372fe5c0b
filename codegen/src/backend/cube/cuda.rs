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
