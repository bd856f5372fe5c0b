//! The on-disk plan cache (`PACKFUSE_CACHE_DIR=DIR`, or [`crate::Engine::with_disk_cache`]):
//! plans that outlive the process, so a fresh process compiling a graph seen before skips
//! the pipeline (verify, passes, fusion, lowering). Kernels are still built, or found, in the
//! process-wide [`crate::cache::KernelCache`] as for any plan.
//!
//! 1. Key: [`Fnv1a`] over the entry format version, the packfuse version, a fingerprint of
//!    the compiler's sources (`build.rs`: the version stays `0.1.0` through every edit of a
//!    pass), the backend, and the graph's nodes and outputs through their derived `Hash`.
//!    Not the graph's JSON form: JSON writes NaN and ±inf as `null`, so graphs differing
//!    only in a `-inf` constant would share a key. Plans do not depend on the device today;
//!    if lowering ever reads device capabilities, they belong in the key.
//! 2. Entry: `DIR/<key as 16 hex>.plan.json`, two JSON documents on two lines: a header
//!    (format stamp, packfuse version, source fingerprint, backend, key, and the length and
//!    FNV-1a of the body's bytes), then the body (the plan, and its constants as
//!    little-endian hex, bit for bit).
//! 3. Write: the whole entry goes to `<entry>.tmp.<pid>.<n>` in `DIR`, then `rename`s over
//!    the entry, which is atomic within one file system: a reader sees the old entry or the
//!    new one, never a torn one; writers of one key write the same bytes and the last one
//!    wins. No fsync: an entry a crash leaves short fails its body hash and is rebuilt.
//! 4. Read: no entry is a miss (compile, store). An entry that cannot be read, is not two
//!    JSON documents, has another header, or whose body fails its length or hash is
//!    rebuilt (compile, overwrite), never trusted in part and never a failed compile.
//! 5. An entry is stored only when reading it back gives the same bytes: serde_json (as
//!    built here, without `float_roundtrip`) may parse a 17-digit float one ulp off, and
//!    writes non-finite floats as `null`. Such a plan is compiled every time.
//! 6. I/O errors never fail a compile. Writing failures, rebuilt entries and plans that
//!    cannot be stored are each said once per process on stderr, like a failed
//!    `PACKFUSE_DUMP` write, and otherwise ignored.
//!
//! Nothing is deleted: entries of older versions stay until the directory is cleared, and
//! a temporary file survives only a crash between write and rename.

use std::fmt;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use packfuse_ir::{DType, Graph, Tensor};
use serde::{Deserialize, Serialize};

use crate::cache::Fnv1a;
use crate::plan::Plan;

/// Version of the entry layout; bumped when it changes (it is part of the key).
pub const FORMAT_VERSION: u32 = 1;

/// First field of every header: says what the file is.
const STAMP: &str = "packfuse-plan-cache";

/// Fingerprint of the compiler's sources, from `build.rs`.
const SOURCE_HASH: &str = env!("PACKFUSE_SOURCE_HASH");

/// Where a compile's plan came from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum DiskOutcome {
    /// No disk cache: the pipeline ran.
    #[default]
    Off,
    /// Read from the disk cache: the pipeline did not run.
    Hit,
    /// Not in the disk cache: the pipeline ran and the plan was stored.
    Miss,
    /// The entry was unusable (unreadable, corrupt, another header): the pipeline ran and
    /// the plan replaced it.
    Rebuilt,
}

impl fmt::Display for DiskOutcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            DiskOutcome::Off => "off",
            DiskOutcome::Hit => "hit",
            DiskOutcome::Miss => "miss",
            DiskOutcome::Rebuilt => "rebuilt",
        })
    }
}

/// A directory of compiled plans (see the module doc for the layout and guarantees).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DiskCache {
    dir: PathBuf,
}

/// The first line of an entry.
#[derive(Debug, PartialEq, Eq, Serialize, Deserialize)]
struct Header {
    stamp: String,
    format: u32,
    packfuse: String,
    source: String,
    backend: String,
    key: String,
    body_len: usize,
    body_fnv: String,
}

/// The second line of an entry.
#[derive(Serialize, Deserialize)]
struct Body {
    plan: Plan,
    constants: Vec<StoredTensor>,
    /// The constants of the plan's `recurse` bodies, depth first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    body_constants: Vec<Vec<StoredTensor>>,
}

/// [`Body`] as written, borrowing the plan (the same JSON).
#[derive(Serialize)]
struct BodyRef<'a> {
    plan: &'a Plan,
    constants: Vec<StoredTensor>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    body_constants: Vec<Vec<StoredTensor>>,
}

/// The constants of `plan`'s bodies (and theirs), depth first.
fn body_constants(plan: &Plan, out: &mut Vec<Vec<StoredTensor>>) {
    for b in &plan.bodies {
        out.push(b.constants.iter().map(StoredTensor::from_tensor).collect());
        body_constants(b, out);
    }
}

/// Puts back what [`body_constants`] took, in the same order.
fn restore_body_constants(
    plan: &mut Plan,
    stored: &mut impl Iterator<Item = Vec<StoredTensor>>,
) -> Result<(), String> {
    for b in &mut plan.bodies {
        let c = stored.next().ok_or("fewer body constant lists than bodies")?;
        b.constants = c.iter().map(StoredTensor::to_tensor).collect::<Result<_, _>>()?;
        restore_body_constants(b, stored)?;
    }
    Ok(())
}

/// A constant, bit for bit.
#[derive(Serialize, Deserialize)]
struct StoredTensor {
    dtype: DType,
    shape: Vec<usize>,
    le_hex: String,
}

/// What a lookup found.
enum Lookup {
    Hit(Plan),
    Missing,
    Unusable(String),
}

impl DiskCache {
    /// A cache in `dir`, created (with its parents) on the first store.
    pub fn new(dir: impl Into<PathBuf>) -> DiskCache {
        DiskCache { dir: dir.into() }
    }

    /// The directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The key of `g` compiled for `backend` by this build of packfuse.
    pub fn key(backend: &str, g: &Graph) -> u64 {
        let mut h = Fnv1a::default();
        (FORMAT_VERSION, env!("CARGO_PKG_VERSION"), SOURCE_HASH, backend).hash(&mut h);
        g.nodes().hash(&mut h);
        g.outputs().hash(&mut h);
        h.finish()
    }

    /// The entry file for `key`.
    pub fn entry_path(&self, key: u64) -> PathBuf {
        self.dir.join(format!("{key:016x}.plan.json"))
    }

    /// The plan of `g` for `backend`: read from its entry, or made by `compile` and stored.
    /// Only `compile`'s error is an error; the cache's own failures are not.
    pub fn get_or_compile<E>(
        &self,
        backend: &str,
        g: &Graph,
        compile: impl FnOnce() -> Result<Plan, E>,
    ) -> Result<(Plan, DiskOutcome), E> {
        let key = Self::key(backend, g);
        let path = self.entry_path(key);
        let outcome = match load(&path, backend, key) {
            Lookup::Hit(plan) => return Ok((plan, DiskOutcome::Hit)),
            Lookup::Missing => DiskOutcome::Miss,
            Lookup::Unusable(why) => {
                static SAID: AtomicBool = AtomicBool::new(false);
                say_once(&SAID, || format!("plan cache entry {} ({why}): rebuilt", path.display()));
                DiskOutcome::Rebuilt
            }
        };
        let plan = compile()?;
        self.store(&path, backend, key, &plan);
        Ok((plan, outcome))
    }

    /// Writes the entry atomically; failures are said once and otherwise ignored.
    fn store(&self, path: &Path, backend: &str, key: u64, plan: &Plan) {
        let text = match encode(backend, key, plan) {
            Ok(text) => text,
            Err(why) => {
                static SAID: AtomicBool = AtomicBool::new(false);
                say_once(&SAID, || format!("plan cache: not storing {} ({why})", path.display()));
                return;
            }
        };
        if let Err(e) = write_atomic(&self.dir, path, text.as_bytes()) {
            static SAID: AtomicBool = AtomicBool::new(false);
            say_once(&SAID, || format!("cannot write plan cache entry {}: {e}", path.display()));
        }
    }
}

impl Header {
    /// The header an entry of `key` must have, given its body.
    fn new(backend: &str, key: u64, body: &[u8]) -> Header {
        Header {
            stamp: STAMP.to_string(),
            format: FORMAT_VERSION,
            packfuse: env!("CARGO_PKG_VERSION").to_string(),
            source: SOURCE_HASH.to_string(),
            backend: backend.to_string(),
            key: format!("{key:016x}"),
            body_len: body.len(),
            body_fnv: format!("{:016x}", fnv(body)),
        }
    }
}

/// Reads and checks the entry at `path`.
fn load(path: &Path, backend: &str, key: u64) -> Lookup {
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        // A missing dir, or one under a file, holds no entry; an entry that will not read is
        // unusable.
        Err(_) if !path.exists() => return Lookup::Missing,
        Err(e) => return Lookup::Unusable(format!("cannot read it: {e}")),
    };
    match decode(&bytes, backend, key) {
        Ok(plan) => Lookup::Hit(plan),
        Err(why) => Lookup::Unusable(why),
    }
}

/// The plan in an entry's bytes, if the entry is whole and made for this key by this build.
fn decode(bytes: &[u8], backend: &str, key: u64) -> Result<Plan, String> {
    let nl = bytes.iter().position(|&b| b == b'\n').ok_or("no header line")?;
    let (head, body) = (&bytes[..nl], &bytes[nl + 1..]);
    let header: Header =
        serde_json::from_slice(head).map_err(|e| format!("header is not JSON: {e}"))?;
    let expected = Header::new(backend, key, body);
    if (header.body_len, &header.body_fnv) != (expected.body_len, &expected.body_fnv) {
        return Err("its body is truncated or damaged".into());
    }
    let differs = [
        ("stamp", header.stamp != expected.stamp),
        ("format", header.format != expected.format),
        ("packfuse version", header.packfuse != expected.packfuse),
        ("source fingerprint", header.source != expected.source),
        ("backend", header.backend != expected.backend),
        ("key", header.key != expected.key),
    ];
    let differs: Vec<&str> = differs.iter().filter(|d| d.1).map(|d| d.0).collect();
    if !differs.is_empty() {
        return Err(format!("its header has another {}", differs.join(", ")));
    }
    let body: Body = serde_json::from_slice(body).map_err(|e| format!("body: {e}"))?;
    let mut plan = body.plan;
    plan.constants =
        body.constants.iter().map(StoredTensor::to_tensor).collect::<Result<_, _>>()?;
    restore_body_constants(&mut plan, &mut body.body_constants.into_iter())?;
    Ok(plan)
}

/// The entry for `plan`, or why it cannot be stored faithfully.
fn encode(backend: &str, key: u64, plan: &Plan) -> Result<String, String> {
    let constants = plan.constants.iter().map(StoredTensor::from_tensor).collect();
    let mut nested = Vec::new();
    body_constants(plan, &mut nested);
    let body = serde_json::to_string(&BodyRef { plan, constants, body_constants: nested })
        .map_err(|e| e.to_string())?;
    let reread: Body = serde_json::from_str(&body)
        .map_err(|e| format!("its JSON form does not read back: {e}"))?;
    if serde_json::to_string(&reread).map_err(|e| e.to_string())? != body {
        return Err("its JSON form does not read back to the same plan".into());
    }
    let header = serde_json::to_string(&Header::new(backend, key, body.as_bytes()))
        .map_err(|e| e.to_string())?;
    Ok(format!("{header}\n{body}"))
}

/// Writes `bytes` to `path` through a temporary file in `dir` and a rename.
fn write_atomic(dir: &Path, path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    static N: AtomicU64 = AtomicU64::new(0);
    std::fs::create_dir_all(dir)?;
    let name = path.file_name().expect("entry paths name a file").to_string_lossy();
    let n = N.fetch_add(1, Ordering::Relaxed);
    let tmp = dir.join(format!("{name}.tmp.{}.{n}", std::process::id()));
    let res = std::fs::write(&tmp, bytes).and_then(|()| std::fs::rename(&tmp, path));
    if res.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    res
}

impl StoredTensor {
    fn from_tensor(t: &Tensor) -> StoredTensor {
        let bytes = t.to_le_bytes();
        let mut le_hex = String::with_capacity(2 * bytes.len());
        for b in bytes {
            le_hex.push(char::from(HEX[(b >> 4) as usize]));
            le_hex.push(char::from(HEX[(b & 15) as usize]));
        }
        StoredTensor { dtype: t.dtype(), shape: t.shape().to_vec(), le_hex }
    }

    fn to_tensor(&self) -> Result<Tensor, String> {
        let digit = |c: u8| (c as char).to_digit(16).ok_or("a constant has a non-hex digit");
        let pairs = self.le_hex.as_bytes().chunks_exact(2);
        if !pairs.remainder().is_empty() {
            return Err("a constant has an odd number of hex digits".into());
        }
        let bytes = pairs
            .map(|p| Ok((digit(p[0])? << 4 | digit(p[1])?) as u8))
            .collect::<Result<Vec<u8>, &str>>()?;
        Tensor::from_le_bytes(self.dtype, &self.shape, &bytes).map_err(|e| e.to_string())
    }
}

const HEX: &[u8; 16] = b"0123456789abcdef";

fn fnv(bytes: &[u8]) -> u64 {
    let mut h = Fnv1a::default();
    h.write(bytes);
    h.finish()
}

/// Prints `packfuse: <msg>` on stderr the first time `said` is passed.
fn say_once(said: &AtomicBool, msg: impl FnOnce() -> String) {
    if !said.swap(true, Ordering::Relaxed) {
        eprintln!("packfuse: {}", msg());
    }
}
