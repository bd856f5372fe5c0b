//! The JIT cache: compiled kernels keyed by a stable hash of (backend, kernel spec).
//! One cache per backend per process, so a second compile of the same graph compiles
//! nothing. Plans can also outlive the process: see [`crate::disk_cache`].

use std::collections::HashMap;
use std::hash::Hasher;
use std::sync::{Arc, Mutex};

use packfuse_kernels::KernelSpec;

use crate::disk_cache::DiskOutcome;

/// 64-bit FNV-1a: deterministic across processes and runs, unlike `std`'s randomly seeded
/// hasher, so its values can name files of the on-disk cache. Not collision-resistant
/// against an adversary; the inputs here are our own graphs and specs.
#[derive(Clone, Copy, Debug)]
pub struct Fnv1a(u64);

impl Default for Fnv1a {
    fn default() -> Self {
        Fnv1a(0xcbf2_9ce4_8422_2325)
    }
}

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

/// A stable 64-bit key: FNV-1a over the backend name and the spec's JSON form.
pub fn spec_key(backend: &str, spec: &KernelSpec) -> u64 {
    let json = serde_json::to_string(spec).expect("specs serialise");
    let mut h = Fnv1a::default();
    h.write(backend.as_bytes());
    h.write(&[0]);
    h.write(json.as_bytes());
    h.finish()
}

/// Counts from one compile.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CompileStats {
    /// Launches in the plan.
    pub kernels: usize,
    /// Kernels built by this compile.
    pub compiled: usize,
    /// Kernels found in the cache.
    pub cache_hits: usize,
    /// Where the plan came from: the on-disk cache, or the pipeline (and why).
    pub disk: DiskOutcome,
}

/// The kernel counts only (`kernels: N compiled: M cache_hits: H`), a format that scripts
/// parse; the disk outcome is printed by whoever wants it (`packfuse compile --stats`).
impl std::fmt::Display for CompileStats {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "kernels: {} compiled: {} cache_hits: {}",
            self.kernels, self.compiled, self.cache_hits
        )
    }
}

/// Compiled kernels of one backend, shared by every engine of the process.
pub struct KernelCache<K: ?Sized> {
    map: Mutex<HashMap<u64, Arc<K>>>,
}

impl<K: ?Sized> Default for KernelCache<K> {
    fn default() -> Self {
        KernelCache { map: Mutex::new(HashMap::new()) }
    }
}

impl<K: ?Sized> KernelCache<K> {
    /// The kernel under `key`, building it with `build` on a miss; the flag says whether it
    /// was a hit.
    pub fn get_or_build<E>(
        &self,
        key: u64,
        build: impl FnOnce() -> Result<Arc<K>, E>,
    ) -> Result<(Arc<K>, bool), E> {
        if let Some(k) = self.map.lock().expect("cache lock").get(&key) {
            return Ok((k.clone(), true));
        }
        let k = build()?;
        self.map.lock().expect("cache lock").insert(key, k.clone());
        Ok((k, false))
    }
}
