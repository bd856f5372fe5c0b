//! Every CUDA kernel the test graphs generate (`tests/emit_graphs`), every attention and
//! sigmoid-loss variant included, compiles with NVRTC for sm_80 and sm_90, and ptxas reports its registers and
//! spills (`--nocapture` shows them).
//!
//! Needs `libnvrtc.so.13` on `LD_LIBRARY_PATH` and the CUDA headers in
//! `PACKFUSE_CUDA_INCLUDE` (or `$CUDA_PATH/include`): `source .ci/nvrtc-env` sets both from
//! NVIDIA's pip wheels. Without NVRTC the test prints `SKIPPED: ...` and passes, unless
//! `PACKFUSE_REQUIRE_NVRTC=1` (CI), where it fails.

mod emit_graphs;

use std::collections::{BTreeSet, HashSet};
use std::path::{Path, PathBuf};
use std::process::Command;

use cudarc::nvrtc::{compile_ptx_with_opts, CompileError, CompileOptions};
use packfuse::codegen::emit::{emit, EmitTarget, EmittedKernel};

const SMS: [u32; 2] = [80, 90];

/// NVRTC's arch name, as cubecl-cuda passes it (the `a` features from sm_90 on).
fn arch(sm: u32) -> &'static str {
    match sm {
        80 => "sm_80",
        90 => "sm_90a",
        _ => unreachable!("SMS lists the archs"),
    }
}

/// The folder of `cuda_runtime.h`, or why there is none.
fn include_path() -> Result<PathBuf, String> {
    let p = match std::env::var_os("PACKFUSE_CUDA_INCLUDE") {
        Some(p) => PathBuf::from(p),
        None => match std::env::var_os("CUDA_PATH") {
            Some(p) => Path::new(&p).join("include"),
            None => return Err("neither PACKFUSE_CUDA_INCLUDE nor CUDA_PATH is set".into()),
        },
    };
    match p.join("cuda_runtime.h").exists() {
        true => Ok(p),
        false => Err(format!("no cuda_runtime.h in {}", p.display())),
    }
}

/// NVRTC and its headers, or why the test cannot run.
fn nvrtc() -> Result<PathBuf, String> {
    // SAFETY: only tries to dlopen libnvrtc and reports whether it loaded.
    if !unsafe { cudarc::nvrtc::sys::is_culib_present() } {
        return Err("libnvrtc.so.13 is not on LD_LIBRARY_PATH; `source .ci/nvrtc-env`".into());
    }
    include_path()
}

fn compile(src: &str, sm: u32, include: &Path) -> Result<String, String> {
    let mut include_paths = vec![include.display().to_string()];
    // cubecl-cuda adds CCCL's folder too when it exists.
    if include.join("cccl").is_dir() {
        include_paths.push(include.join("cccl").display().to_string());
    }
    let opts = CompileOptions {
        arch: Some(arch(sm)),
        include_paths,
        options: vec!["-lineinfo".into()],
        ..Default::default()
    };
    match compile_ptx_with_opts(src, opts) {
        Ok(ptx) => Ok(ptx.to_src()),
        Err(CompileError::CompileError { log, options, .. }) => {
            Err(format!("options {options:?}\n{}", log.to_string_lossy()))
        }
        Err(e) => Err(format!("{e:?}")),
    }
}

/// `ptxas -v` on the PTX: one line with registers and spills, or why there is none.
fn ptxas_report(ptx: &str, sm: u32, name: &str) -> String {
    let ptxas = match std::env::var_os("PACKFUSE_PTXAS") {
        Some(p) => PathBuf::from(p),
        None => match std::env::var_os("CUDA_PATH") {
            Some(p) => Path::new(&p).join("bin/ptxas"),
            None => return "ptxas not found (PACKFUSE_PTXAS, CUDA_PATH unset)".into(),
        },
    };
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("nvrtc");
    std::fs::create_dir_all(&dir).expect("scratch folder");
    let file = dir.join(format!("{}-{name}-{sm}.ptx", std::process::id()));
    std::fs::write(&file, ptx).expect("write ptx");
    let out = Command::new(&ptxas)
        .args([&format!("-arch={}", arch(sm)), "-v", "-o", "/dev/null"])
        .arg(&file)
        .output();
    let _ = std::fs::remove_file(&file);
    match out {
        Err(e) => format!("{}: {e}", ptxas.display()),
        Ok(o) if !o.status.success() => {
            panic!("ptxas failed on {name}:\n{}", String::from_utf8_lossy(&o.stderr))
        }
        Ok(o) => {
            let info = String::from_utf8_lossy(&o.stderr).into_owned();
            let keep = |l: &&str| l.contains("Used") || l.contains("spill");
            let lines: Vec<&str> = info.lines().filter(keep).map(|l| l.trim()).collect();
            lines.join(" | ").replace("ptxas info    : ", "")
        }
    }
}

/// NVRTC's include folder, or `None` when the test should skip (said on stdout); panics
/// when NVRTC is required (`PACKFUSE_REQUIRE_NVRTC=1`) but unusable.
fn nvrtc_or_skip() -> Option<PathBuf> {
    match nvrtc() {
        Ok(p) => Some(p),
        Err(why) if std::env::var("PACKFUSE_REQUIRE_NVRTC").as_deref() == Ok("1") => {
            panic!("NVRTC is required (PACKFUSE_REQUIRE_NVRTC=1) but unusable: {why}")
        }
        Err(why) => {
            println!("SKIPPED: NVRTC not found ({why})");
            None
        }
    }
}

/// What compiling the kernels of a set of graphs gave.
#[derive(Default)]
struct Compiled {
    /// Distinct sources compiled (per sm).
    count: usize,
    /// `family: why` of every launch that has no kernel.
    unsupported: BTreeSet<String>,
    /// NVRTC failures, with log and source.
    failures: Vec<String>,
}

/// Emits every graph for sm_80 and sm_90 and compiles each distinct source with NVRTC.
fn compile_graphs(graphs: &[(String, packfuse::Graph)], include: &Path) -> Compiled {
    let mut c = Compiled::default();
    for sm in SMS {
        let mut seen = HashSet::new();
        for (graph, g) in graphs {
            let kernels = emit(g, EmitTarget::Cuda { sm })
                .unwrap_or_else(|e| panic!("emit {graph} for sm_{sm}: {e}"));
            for k in kernels {
                if let Some(why) = &k.unsupported {
                    c.unsupported.insert(format!("{}: {why}", k.family));
                } else if seen.insert(k.source.clone()) {
                    c.count += 1;
                    check(&k, graph, sm, include, &mut c.failures);
                }
            }
        }
    }
    c
}

#[test]
fn every_generated_cuda_kernel_compiles_with_nvrtc() {
    let Some(include) = nvrtc_or_skip() else { return };
    let c = compile_graphs(&emit_graphs::all(true), &include);
    println!("nvrtc: {} distinct kernels compiled for sm_80 and sm_90", c.count);
    for u in &c.unsupported {
        println!("not generated: {u}");
    }
    assert!(c.unsupported.is_empty(), "launches without a CUDA kernel: {:?}", c.unsupported);
    assert!(
        c.failures.is_empty(),
        "{} kernels failed NVRTC:\n{}",
        c.failures.len(),
        c.failures.join("\n")
    );
}

/// Every attention variant (mask × window × dtype × head dim, every part) has a CUDA kernel,
/// and each distinct source compiles. The masks and the window reach the kernels only as
/// uploaded key ranges, so most variants share their sources.
#[test]
fn every_attention_variant_compiles_with_nvrtc() {
    let Some(include) = nvrtc_or_skip() else { return };
    let graphs = emit_graphs::attention_variants(true);
    let c = compile_graphs(&graphs, &include);
    println!(
        "nvrtc: {} attention variants, {} distinct kernels compiled for sm_80 and sm_90",
        graphs.len(),
        c.count
    );
    assert!(c.unsupported.is_empty(), "attention launches without a kernel: {:?}", c.unsupported);
    assert!(
        c.failures.is_empty(),
        "{} kernels failed NVRTC:\n{}",
        c.failures.len(),
        c.failures.join("\n")
    );
}

fn check(k: &EmittedKernel, graph: &str, sm: u32, include: &Path, failures: &mut Vec<String>) {
    match compile(&k.source, sm, include) {
        Ok(ptx) => {
            println!("{} {graph}/{}: {}", arch(sm), k.name, ptxas_report(&ptx, sm, &k.name));
            // For reading the PTX of a kernel: PACKFUSE_NVRTC_DUMP=DIR keeps every one.
            if let Ok(dir) = std::env::var("PACKFUSE_NVRTC_DUMP") {
                let file = format!("{}-{graph}-{}.ptx", arch(sm), k.name).replace('/', "_");
                let path = Path::new(&dir).join(file);
                std::fs::create_dir_all(&dir)
                    .and_then(|()| std::fs::write(&path, &ptx))
                    .unwrap_or_else(|e| panic!("PACKFUSE_NVRTC_DUMP: {}: {e}", path.display()));
            }
        }
        Err(log) => failures.push(format!(
            "==== {graph} launch {} ({}) {}: NVRTC says:\n{log}\n---- source:\n{}",
            k.launch,
            k.name,
            arch(sm),
            k.source
        )),
    }
}

/// A probe kernel written here, so that the NVRTC set-up (headers, options, the null
/// runtime's ABI) is checked even while a family has no CubeCL kernel yet: f16 and bf16
/// vectors and a plane (warp) reduction.
mod probe {
    use cubecl::prelude::*;

    #[cube(launch)]
    pub fn probe<F: Float, N: Size>(x: &Array<Vector<F, N>>, out: &mut Array<Vector<F, N>>) {
        if ABSOLUTE_POS < x.len() {
            let v = x[ABSOLUTE_POS];
            out[ABSOLUTE_POS] = plane_sum(v.exp() + v.tanh());
        }
    }
}

#[test]
fn probe_kernel_compiles_with_nvrtc() {
    use cubecl::prelude::*;
    use cubecl::server::Handle;
    use packfuse::codegen::backend::cube::null::{record, CudaTarget, NullDevice, NullRuntime};

    let Ok(include) = nvrtc() else {
        println!("SKIPPED: NVRTC not found (see every_generated_cuda_kernel_compiles_with_nvrtc)");
        return;
    };
    for sm in SMS {
        let client = NullRuntime::<CudaTarget>::client(&NullDevice { index: sm as u16 });
        let (x, out) = (client.empty(1024), client.empty(1024));
        let ((), recorded) = record(&client, || {
            let launch = |x: Handle, out: Handle| {
                // SAFETY: nothing runs on the null device; lengths match the handles.
                let (x, out) = unsafe {
                    (ArrayArg::from_raw_parts(x, 256), ArrayArg::from_raw_parts(out, 256))
                };
                (x, out)
            };
            let (a, o) = launch(x.clone(), out.clone());
            probe::probe::launch::<half::f16, NullRuntime<CudaTarget>>(
                &client,
                CubeCount::Static(1, 1, 1),
                CubeDim::new_1d(128),
                2,
                a,
                o,
            );
            let (a, o) = launch(x.clone(), out.clone());
            probe::probe::launch::<half::bf16, NullRuntime<CudaTarget>>(
                &client,
                CubeCount::Static(1, 1, 1),
                CubeDim::new_1d(128),
                2,
                a,
                o,
            );
        })
        .expect("the null device syncs");
        assert_eq!(recorded.len(), 2);
        for r in recorded {
            let src = r.source.expect("cubecl compiles the probe");
            let ptx = compile(&src, sm, &include).unwrap_or_else(|log| panic!("{log}\n{src}"));
            println!(
                "{} probe/{}: {}",
                arch(sm),
                r.entry_point,
                ptxas_report(&ptx, sm, &r.entry_point)
            );
        }
    }
}

/// Every sigmoid-loss variant (part × normalize on/off × positives on the diagonal or none ×
/// f32/f16/bf16) has a CUDA kernel, and each distinct source compiles.
#[test]
fn every_sigmoid_loss_variant_compiles_with_nvrtc() {
    let Some(include) = nvrtc_or_skip() else { return };
    let graphs = emit_graphs::sigmoid_loss_variants(true);
    let c = compile_graphs(&graphs, &include);
    println!(
        "nvrtc: {} sigmoid-loss variants, {} distinct kernels compiled for sm_80 and sm_90",
        graphs.len(),
        c.count
    );
    assert!(
        c.unsupported.is_empty(),
        "sigmoid-loss launches without a kernel: {:?}",
        c.unsupported
    );
    assert!(
        c.failures.is_empty(),
        "{} kernels failed NVRTC:\n{}",
        c.failures.len(),
        c.failures.join("\n")
    );
}

/// The kernels of a `recurse` body (the tiny RINS ViT's block A with per-iteration adapters:
/// its layer and the gathers of the adapter rows by the iteration index) compile too; the
/// emitter yields them after the graph's own, once each.
#[test]
fn recurse_body_kernels_compile_with_nvrtc() {
    use packfuse::ir::Times;
    use packfuse::models::rins::{vit_rins, RinsConfig};
    let Some(include) = nvrtc_or_skip() else { return };
    let rins = RinsConfig::new(1, Times::Input).with_adapters(4);
    let g = vit_rins(&packfuse::models::vit::VitConfig::tiny(), 2, &rins).expect("a graph");
    let bodies = emit(&g, EmitTarget::Cuda { sm: 90 }).expect("emits");
    let families: BTreeSet<&str> =
        bodies.iter().filter(|k| k.body.is_some()).map(|k| k.family).collect();
    assert!(families.contains("gather") && families.contains("attention"), "{families:?}");
    let c = compile_graphs(&[("vit_rins_adapters_tiny".into(), g)], &include);
    println!("nvrtc: {} distinct kernels of the RINS graph and its body compiled", c.count);
    assert!(c.unsupported.is_empty(), "launches without a CUDA kernel: {:?}", c.unsupported);
    assert!(
        c.failures.is_empty(),
        "{} kernels failed NVRTC:\n{}",
        c.failures.len(),
        c.failures.join("\n")
    );
}
