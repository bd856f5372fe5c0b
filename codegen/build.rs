//! Build script: fingerprints the sources that decide what plan a graph compiles to (this
//! crate, `packfuse-ir`, `packfuse-kernels`) as `PACKFUSE_SOURCE_HASH`, part of the on-disk
//! plan cache's key (`src/disk_cache.rs`). The crate version alone would not do: it stays
//! `0.1.0` through every edit of a pass, and a cache dir kept across rebuilds would then
//! serve plans the current compiler no longer makes.
//!
//! The sibling crates are read through `../`, which exists in this workspace; a copy of the
//! crate built on its own hashes what it finds.

use std::hash::Hasher;
use std::path::{Path, PathBuf};

/// 64-bit FNV-1a, as `src/cache.rs` (a build script cannot use the crate it builds).
struct Fnv1a(u64);

impl Hasher for Fnv1a {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= b as u64;
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

fn main() {
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let root = manifest.parent().unwrap_or(&manifest).to_path_buf();
    println!("cargo:rerun-if-changed=build.rs");
    let mut files = Vec::new();
    for dir in [manifest.join("src"), root.join("ir/src"), root.join("kernels/src")] {
        if dir.is_dir() {
            println!("cargo:rerun-if-changed={}", dir.display());
            collect(&dir, &mut files);
        }
    }
    // Sorted and relative, so the fingerprint depends on the contents only, not on the
    // directory order or on where the checkout lives.
    files.sort();
    let mut h = Fnv1a(0xcbf2_9ce4_8422_2325);
    for f in &files {
        let rel = f.strip_prefix(&root).unwrap_or(f);
        h.write(rel.to_string_lossy().as_bytes());
        h.write(&[0]);
        h.write(&std::fs::read(f).unwrap_or_default());
        h.write(&[0]);
    }
    println!("cargo:rustc-env=PACKFUSE_SOURCE_HASH={:016x}", h.finish());
}

/// Every `.rs` file under `dir`.
fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}
