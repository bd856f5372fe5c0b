//! The on-disk plan cache: a second engine (as a fresh process would) finds the plan, which
//! is the plan the pipeline makes and runs to the same bits; damaged entries are rebuilt; a
//! directory that cannot be written never fails a compile; concurrent writers leave a whole
//! entry.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Barrier};

use packfuse_codegen::{DiskCache, DiskOutcome, Engine, Executable};
use packfuse_ir::{shape, DType, Graph, Tensor};

// ---- helpers ----------------------------------------------------------------------------

/// A fresh, not yet existing path in this test binary's scratch folder.
fn scratch(name: &str) -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("disk_cache");
    std::fs::create_dir_all(&dir).expect("scratch folder");
    let n = N.fetch_add(1, Ordering::Relaxed);
    let p = dir.join(format!("{}-{n}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&p);
    p
}

fn vit_tiny() -> Graph {
    packfuse_models::builtin("vit_block_tiny").unwrap().unwrap()
}

/// `exp(x + c) · s` with a `[3]` constant holding `-inf` (a plan constant, stored as bits)
/// and a scalar one.
fn with_constants() -> Graph {
    let mut g = Graph::new();
    let x = g.input("x", DType::F32, shape!["T", 3]).unwrap();
    let c = g.constant(DType::F32, &[3], &[1.5, f64::NEG_INFINITY, 0.1]).unwrap();
    let y = g.add(x, c).unwrap();
    let y = g.exp(y).unwrap();
    let y = g.scale(y, 1.0 / 3.0).unwrap();
    g.set_output("y", y);
    g
}

/// Deterministic inputs for every bound name of `g`: dynamic dims 13, `cu_seqlens` three
/// segments.
fn inputs_for(g: &Graph) -> HashMap<String, Tensor> {
    let mut seed = 7u64;
    let mut rnd = move |n: usize| -> Vec<f32> {
        (0..n)
            .map(|_| {
                seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                ((seed >> 33) as f32 / (1u64 << 31) as f32) - 0.5
            })
            .collect()
    };
    let mut inputs = HashMap::new();
    for (name, _, ty) in g.bound_names() {
        let t = if name == "cu_seqlens" {
            Tensor::from_i32(&[4], vec![0, 5, 6, 13])
        } else {
            let shape: Vec<usize> =
                ty.shape.dims().iter().map(|d| d.as_static().unwrap_or(13)).collect();
            Tensor::from_f32(&shape, rnd(shape.iter().product()))
        };
        inputs.insert(name.to_string(), t);
    }
    inputs
}

/// The outputs' bytes (bitwise equality, NaN and ±inf included).
fn run_bytes(exe: &Executable, inputs: &HashMap<String, Tensor>) -> Vec<Vec<u8>> {
    exe.run(inputs).expect("runs").iter().map(Tensor::to_le_bytes).collect()
}

/// Asserts `exe` has the plan the pipeline makes without any cache, and runs to the same bits.
fn assert_same_as_fresh(g: &Graph, exe: &Executable) {
    let fresh = Engine::cpu().without_disk_cache().compile(g).unwrap();
    let (a, b) = (exe.plan(), fresh.plan());
    assert_eq!(serde_json::to_string(a).unwrap(), serde_json::to_string(b).unwrap());
    assert_eq!(a.constants, b.constants);
    assert_eq!(a.to_string(), b.to_string());
    let inputs = inputs_for(g);
    assert_eq!(run_bytes(exe, &inputs), run_bytes(&fresh, &inputs));
}

fn compile_in(dir: &Path, g: &Graph) -> Executable {
    Engine::cpu().with_disk_cache(dir).compile(g).expect("compiles")
}

fn entry_of(dir: &Path, g: &Graph) -> PathBuf {
    DiskCache::new(dir).entry_path(DiskCache::key("cpu", g))
}

fn tmp_files(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .map(|d| {
            d.flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.contains(".tmp."))
                .collect()
        })
        .unwrap_or_default()
}

// ---- hits -------------------------------------------------------------------------------

/// Miss, then a hit in a new engine, with the pipeline's plan (constants included) and the
/// same results; the entry is one file named by the key, no temporary left.
#[test]
fn second_engine_hits_with_the_same_plan_and_results() {
    for (name, g) in [("vit_tiny", vit_tiny()), ("constants", with_constants())] {
        let dir = scratch(name);
        let first = compile_in(&dir, &g);
        assert_eq!(first.stats().disk, DiskOutcome::Miss, "{name}");
        assert!(entry_of(&dir, &g).is_file(), "{name}: entry written");
        let second = compile_in(&dir, &g);
        assert_eq!(second.stats().disk, DiskOutcome::Hit, "{name}");
        assert_eq!(second.stats().kernels, first.stats().kernels);
        assert_same_as_fresh(&g, &second);
        let names: Vec<_> = std::fs::read_dir(&dir).unwrap().flatten().collect();
        assert_eq!(names.len(), 1, "{name}: one entry, no temporaries");
    }
    let exe = Engine::cpu().without_disk_cache().compile(&with_constants()).unwrap();
    assert!(!exe.plan().constants.is_empty(), "the plan has constants to store");
}

/// A missing parent is created; `without_disk_cache` turns the cache off.
#[test]
fn missing_parents_are_created_and_the_cache_can_be_off() {
    let dir = scratch("parents").join("a/b/c");
    let g = vit_tiny();
    assert_eq!(compile_in(&dir, &g).stats().disk, DiskOutcome::Miss);
    assert_eq!(compile_in(&dir, &g).stats().disk, DiskOutcome::Hit);
    let off = Engine::cpu().with_disk_cache(&dir).without_disk_cache().compile(&g).unwrap();
    assert_eq!(off.stats().disk, DiskOutcome::Off);
}

/// The key separates backends and graphs that differ only in a non-finite constant (which
/// the graph's JSON form writes as `null` either way).
#[test]
fn key_separates_backends_and_non_finite_constants() {
    let g = vit_tiny();
    assert_eq!(DiskCache::key("cpu", &g), DiskCache::key("cpu", &vit_tiny()));
    assert_ne!(DiskCache::key("cpu", &g), DiskCache::key("vulkan", &g));
    let with = |v: f64| {
        let mut g = Graph::new();
        let x = g.input("x", DType::F32, shape![2]).unwrap();
        let c = g.constant(DType::F32, &[2], &[v, 1.0]).unwrap();
        let y = g.add(x, c).unwrap();
        g.set_output("y", y);
        DiskCache::key("cpu", &g)
    };
    assert_ne!(with(f64::NEG_INFINITY), with(f64::INFINITY));
    assert_ne!(with(f64::NEG_INFINITY), with(f64::NAN));
}

// ---- damaged entries ----------------------------------------------------------------------

/// Each kind of damage is rebuilt (the results still match), and the rewritten entry hits.
#[test]
fn damaged_entries_are_rebuilt() {
    let g = with_constants();
    let other = vit_tiny();
    type Damage = fn(&[u8], &[u8]) -> Vec<u8>;
    let damages: &[(&str, Damage)] = &[
        ("empty", |_, _| Vec::new()),
        ("truncated", |e, _| e[..e.len() / 2].to_vec()),
        ("last byte cut", |e, _| e[..e.len() - 1].to_vec()),
        ("garbage", |_, _| b"\x00\xff\xfe not a plan {{{".to_vec()),
        ("header only", |e, _| e[..e.iter().position(|&b| b == b'\n').unwrap()].to_vec()),
        ("wrong stamp", |e, _| replace_once(e, b"packfuse-plan-cache", b"packfuse-plan-cachX")),
        ("wrong format", |e, _| replace_once(e, b"\"format\":1,", b"\"format\":99,")),
        ("wrong version", |e, _| {
            let v = format!("\"packfuse\":\"{}\"", env!("CARGO_PKG_VERSION"));
            replace_once(e, v.as_bytes(), b"\"packfuse\":\"0.0.0-old\"")
        }),
        ("body flipped", |e, _| {
            let mut e = e.to_vec();
            let i = e.iter().rposition(u8::is_ascii_digit).unwrap();
            e[i] = if e[i] == b'9' { b'8' } else { e[i] + 1 };
            e
        }),
        ("another graph's entry", |_, o| o.to_vec()),
    ];
    for (what, damage) in damages {
        let dir = scratch("damaged");
        compile_in(&dir, &g);
        compile_in(&dir, &other);
        let (path, other_path) = (entry_of(&dir, &g), entry_of(&dir, &other));
        let good = std::fs::read(&path).unwrap();
        let bad = damage(&good, &std::fs::read(&other_path).unwrap());
        assert_ne!(bad, good, "{what}: the damage changes the entry");
        std::fs::write(&path, bad).unwrap();

        let exe = compile_in(&dir, &g);
        assert_eq!(exe.stats().disk, DiskOutcome::Rebuilt, "{what}");
        assert_same_as_fresh(&g, &exe);
        assert_eq!(std::fs::read(&path).unwrap(), good, "{what}: the entry is rewritten");
        assert_eq!(compile_in(&dir, &g).stats().disk, DiskOutcome::Hit, "{what}");
    }
}

fn replace_once(hay: &[u8], from: &[u8], to: &[u8]) -> Vec<u8> {
    let i = hay.windows(from.len()).position(|w| w == from).expect("pattern in the entry");
    [&hay[..i], to, &hay[i + from.len()..]].concat()
}

/// An entry path that is a directory cannot be read or replaced: rebuilt every time, and
/// the compile still succeeds.
#[test]
fn an_entry_that_is_a_directory_is_rebuilt_without_failing() {
    let dir = scratch("entry-dir");
    let g = vit_tiny();
    std::fs::create_dir_all(entry_of(&dir, &g)).unwrap();
    for _ in 0..2 {
        let exe = compile_in(&dir, &g);
        assert_eq!(exe.stats().disk, DiskOutcome::Rebuilt);
        assert_same_as_fresh(&g, &exe);
    }
    assert!(tmp_files(&dir).is_empty(), "{:?}", tmp_files(&dir));
}

// ---- directories that cannot be written ---------------------------------------------------

/// A cache dir under a regular file cannot be created: every compile is a miss that works.
#[test]
fn a_dir_that_cannot_be_created_does_not_fail_the_compile() {
    let file = scratch("a-file");
    std::fs::write(&file, b"not a directory").unwrap();
    let dir = file.join("cache");
    let g = vit_tiny();
    for _ in 0..2 {
        let exe = compile_in(&dir, &g);
        assert_eq!(exe.stats().disk, DiskOutcome::Miss);
        assert_same_as_fresh(&g, &exe);
    }
}

/// A read-only cache dir: the compile works (a miss; as root the write may go through
/// anyway, and then the next compile hits).
#[cfg(unix)]
#[test]
fn a_read_only_dir_does_not_fail_the_compile() {
    use std::os::unix::fs::PermissionsExt;
    let dir = scratch("read-only");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o555)).unwrap();
    let g = vit_tiny();
    let first = compile_in(&dir, &g);
    let second = compile_in(&dir, &g);
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
    assert_eq!(first.stats().disk, DiskOutcome::Miss);
    let written = entry_of(&dir, &g).is_file();
    let want = if written { DiskOutcome::Hit } else { DiskOutcome::Miss };
    assert_eq!(second.stats().disk, want);
    assert_same_as_fresh(&g, &second);
    assert!(tmp_files(&dir).is_empty(), "{:?}", tmp_files(&dir));
}

// ---- plans JSON cannot carry faithfully -----------------------------------------------------

/// An f64 that serde_json (as built here) does not read back bit for bit, if there is one.
fn float_json_loses() -> Option<f64> {
    (1..100_000).map(|i| 1e-6 * (1.0 + i as f64 / 7.0).sqrt()).find(|&v| {
        let back: f64 = serde_json::from_str(&serde_json::to_string(&v).unwrap()).unwrap();
        back.to_bits() != v.to_bits()
    })
}

/// A plan whose JSON would not read back to the same plan (here: a layer-norm eps that
/// serde_json parses one ulp off) is never stored, so never served wrong: every compile runs
/// the pipeline.
#[test]
fn a_plan_json_cannot_carry_is_not_stored() {
    let Some(eps) = float_json_loses() else {
        eprintln!("skipped: serde_json reads every probed float back exactly");
        return;
    };
    let mut g = Graph::new();
    let x = g.input("x", DType::F32, shape!["T", 4]).unwrap();
    let w = g.param("w", DType::F32, shape![4]).unwrap();
    let b = g.param("b", DType::F32, shape![4]).unwrap();
    let y = g.layer_norm(x, w, b, eps).unwrap();
    g.set_output("y", y);
    let dir = scratch("unfaithful");
    for _ in 0..2 {
        let exe = compile_in(&dir, &g);
        assert_eq!(exe.stats().disk, DiskOutcome::Miss, "eps {eps:e}");
        assert_same_as_fresh(&g, &exe);
    }
    assert!(!entry_of(&dir, &g).exists());
}

// ---- concurrency ---------------------------------------------------------------------------

/// Eight threads, each with its own engine, compile the same graph into one dir at once,
/// several times: every lookup finds a whole entry or none (a torn one would be `Rebuilt`),
/// every plan is the pipeline's, and no temporary file is left.
#[test]
fn concurrent_compiles_never_see_a_torn_entry() {
    let dir = scratch("concurrent");
    let g = Arc::new(vit_tiny());
    let start = Arc::new(Barrier::new(8));
    let threads: Vec<_> = (0..8)
        .map(|_| {
            let (dir, g, start) = (dir.clone(), g.clone(), start.clone());
            std::thread::spawn(move || {
                start.wait();
                (0..10)
                    .map(|_| {
                        let exe = compile_in(&dir, &g);
                        (exe.stats().disk, serde_json::to_string(exe.plan()).unwrap())
                    })
                    .collect::<Vec<_>>()
            })
        })
        .collect();
    let want =
        serde_json::to_string(Engine::cpu().without_disk_cache().compile(&g).unwrap().plan())
            .unwrap();
    for t in threads {
        for (outcome, plan) in t.join().expect("no panic") {
            assert!(matches!(outcome, DiskOutcome::Miss | DiskOutcome::Hit), "{outcome}");
            assert!(plan == want, "a compile got another plan");
        }
    }
    assert!(tmp_files(&dir).is_empty(), "{:?}", tmp_files(&dir));
    let exe = compile_in(&dir, &g);
    assert_eq!(exe.stats().disk, DiskOutcome::Hit);
    assert_same_as_fresh(&g, &exe);
}
