//! The `packfuse` command line: `devices`, `compile`, `op` and `bench` (see `cli`).

mod cli;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    // Mesa's Vulkan drivers print "XDG_RUNTIME_DIR is invalid" on every instance without it.
    // Set here, before any thread exists, so the variable is never written concurrently.
    if std::env::var_os("XDG_RUNTIME_DIR").is_none() {
        std::env::set_var("XDG_RUNTIME_DIR", std::env::temp_dir());
    }
    keep_large_host_buffers();
    // Usage errors (and --help) are clap's: it prints them and exits with code 2 (0 for help).
    let args = cli::Cli::parse();
    match cli::run(args) {
        Ok(()) => ExitCode::SUCCESS,
        // A closed pipe (`packfuse compile ... | head`) is the reader's choice, not a failure.
        Err(e) if e.is_broken_pipe() => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {}", cli::one_line(&e.to_string()));
            ExitCode::FAILURE
        }
    }
}

/// The environment variables through which glibc's allocator takes its own settings; when
/// one is set, the user has chosen, and [`keep_large_host_buffers`] leaves the heap alone.
const MALLOC_ENV: [&str; 4] =
    ["MALLOC_MMAP_MAX_", "MALLOC_MMAP_THRESHOLD_", "MALLOC_TRIM_THRESHOLD_", "GLIBC_TUNABLES"];

/// Keeps freed large host buffers in the heap for the next run instead of unmapping them.
///
/// glibc maps every allocation over 32 MiB afresh and unmaps it when freed, so each
/// large host buffer of a run (the staging copies of a device upload, a read-back, a big
/// input) is first touched page by page: a page fault and a zeroed page per 4 KiB. For the
/// 16k sigmoid loss on `null-cuda-host` (host side of a CUDA run, nothing launched) that was
/// two thirds of a run: 245 ms a run against 85 ms with this, at the same peak resident memory
/// (benches/RESULTS.md, session 11). So the command line serves large blocks from the heap
/// (`M_MMAP_MAX` 0) and keeps up to 1 GiB of freed heap top (`M_TRIM_THRESHOLD`). A
/// process-wide setting, so it is the binary's choice, not the library's.
///
/// `PACKFUSE_HOST_HEAP=glibc`, or any of [`MALLOC_ENV`], leaves glibc's defaults.
fn keep_large_host_buffers() {
    if std::env::var("PACKFUSE_HOST_HEAP").as_deref() == Ok("glibc")
        || MALLOC_ENV.iter().any(|v| std::env::var_os(v).is_some())
    {
        return;
    }
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only changes allocator parameters; called before any thread exists.
    unsafe {
        libc::mallopt(libc::M_MMAP_MAX, 0);
        libc::mallopt(libc::M_TRIM_THRESHOLD, 1 << 30);
    }
}
