//! The JIT cache: compiled kernels keyed by a stable hash of (backend, kernel spec).
//! One cache per backend per process, so a second compile of the same graph compiles
//! nothing.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use packfuse_kernels::KernelSpec;

/// A stable 64-bit key: FNV-1a over the backend name and the spec's JSON form (stable
/// across processes, unlike `std`'s hasher, so it can name files of an on-disk cache).
pub fn spec_key(backend: &str, spec: &KernelSpec) -> u64 {
    let json = serde_json::to_string(spec).expect("specs serialise");
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in backend.bytes().chain([0]).chain(json.bytes()) {
        h ^= b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
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
}

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
