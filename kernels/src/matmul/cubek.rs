//! Device matrix products through `cubek-matmul` (Tracel's CubeCL matmul collection, the
//! one Burn uses), as an alternative to this crate's own kernel ([`super::cube`]), chosen
//! per process by `PACKFUSE_MATMUL` ([`Provider::from_env`]).
//!
//! Why: our kernel is a plain register-blocked SGEMM with one level of shared-memory
//! staging; on an H200 it ran the SigLIP 2 tower's products at 13–21 TFLOP/s, where
//! cuBLAS's FP32 runs near 50. cubek's routines are tuned on GPUs that these sessions
//! rarely get, so they are offered as settings to time side by side, not as the default.
//!
//! The routines (the names of [`CubekRoutine::NAMES`]):
//!
//! - `cubek-unit`: cubek's simple unit routine (each unit multiplies register tiles with
//!   plain FMAs, staged through shared memory). Full f32 arithmetic: the same precision
//!   class as our kernel and cuBLAS SGEMM.
//! - `cubek-cmma`: cubek's cooperative-matrix (tensor core) routine. **On f32 operands it
//!   multiplies in TF32** (10-bit mantissas, f32 accumulation) wherever the device has
//!   TF32, as `torch.backends.cuda.matmul.allow_tf32 = True` does: a lower precision class,
//!   to be compared only with a baseline that is told the same. Devices without cooperative
//!   matrices (lavapipe) refuse it, and the product falls back to our kernel.
//!
//! The setting covers every device product that goes through [`super::cube::launch`], the
//! sigmoid loss's `dx` and `dy` included, and the loss's logits too: under it
//! `sigmoid_loss::cube` has cubek multiply each chunk of rows into the chunk's `H` buffer
//! and turns the dot products into `H` there.
//!
//! cubek's double-buffered unit routine (`Strategy::DoubleUnit`) is not offered: on lavapipe
//! it gave wrong products (errors of order 10 on values of order 1) whenever `k ≡ 8 (mod
//! 16)`, and for some batched `n = 1` products at `k = 96`, where the simple one was exact
//! on the same 768 cases (2026-11-28, every transpose, 2-D and 3-D `b`, `m` 1–100, `n`
//! 1–129, `k` 5–96).
//!
//! cubek has no fused epilogue: the product goes to an f32 buffer and the epilogue runs
//! after it as one elementwise kernel (one more launch and one more pass over the output).
//! A product whose operands differ in dtype, or that cubek refuses (its error is said once
//! on stderr), runs on our kernel.

use cubecl::prelude::*;
use cubek_matmul::definition::{MatmulElems, MatmulGlobalElems, MatmulSetupError};
use cubek_matmul::launch::Strategy;
use cubek_std::InputBinding;
use packfuse_ir::DType;

use super::cube::Tiling;
use crate::cube::{storage_type, DeviceTensor, Target};
use crate::elementwise::{cube as ew, EwProgram};
use crate::error::KernelError;

/// Which kernel multiplies on the device.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Provider {
    /// This crate's kernel ([`super::cube`]), tiled by `PACKFUSE_MATMUL_TILE`, its epilogue
    /// fused.
    Own,
    /// One of cubek-matmul's routines.
    Cubek(CubekRoutine),
}

/// The cubek-matmul routines packfuse can launch (see the module docs).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CubekRoutine {
    /// `cubek-unit`: cubek's simple unit routine, full f32.
    Unit,
    /// `cubek-cmma`: cubek's cooperative-matrix routine; TF32 on f32 operands.
    Cmma,
}

impl CubekRoutine {
    /// The names `PACKFUSE_MATMUL` accepts besides `own`.
    pub const NAMES: [&'static str; 2] = ["cubek-unit", "cubek-cmma"];

    fn strategy(self) -> Strategy {
        match self {
            CubekRoutine::Unit => Strategy::SimpleUnit(Default::default()),
            CubekRoutine::Cmma => Strategy::SimpleCyclicCmma(Default::default()),
        }
    }
}

impl Provider {
    /// `own` (or empty) for [`Provider::Own`], else one of [`CubekRoutine::NAMES`].
    pub fn parse(name: &str) -> Option<Provider> {
        let routine = match name {
            "" | "own" => return Some(Provider::Own),
            "cubek-unit" => CubekRoutine::Unit,
            "cubek-cmma" => CubekRoutine::Cmma,
            _ => return None,
        };
        Some(Provider::Cubek(routine))
    }

    /// The provider `PACKFUSE_MATMUL` names (read once), else [`Provider::Own`]. An unknown
    /// value is said on stderr and ignored.
    pub fn from_env() -> Provider {
        static P: std::sync::OnceLock<Provider> = std::sync::OnceLock::new();
        *P.get_or_init(|| {
            let v = std::env::var("PACKFUSE_MATMUL").unwrap_or_default();
            Provider::parse(&v).unwrap_or_else(|| {
                let names = CubekRoutine::NAMES.join(", ");
                eprintln!("PACKFUSE_MATMUL={v:?} is not own, {names}: using our own kernel");
                Provider::Own
            })
        })
    }
}

/// Products this thread has handed to cubek (tests check that a setting took effect;
/// per thread, so that tests running side by side do not count each other's).
pub fn products_launched() -> u64 {
    LAUNCHED.with(|n| n.get())
}

thread_local! {
    static LAUNCHED: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// `own (tiling T)` for our kernel (with [`Tiling::from_env`]'s tiling), else the
/// routine's `PACKFUSE_MATMUL` name: what computes the device's products, for headers.
impl std::fmt::Display for Provider {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Provider::Own => write!(f, "own (tiling {})", Tiling::from_env()),
            Provider::Cubek(CubekRoutine::Unit) => f.write_str("cubek-unit"),
            Provider::Cubek(CubekRoutine::Cmma) => f.write_str("cubek-cmma"),
        }
    }
}

/// Says `what` on stderr, for the first few refusals of each routine and kind of error
/// only (a refusal would otherwise repeat on every launch, and one harmless refusal must
/// not hide a more telling one).
fn say_once(routine: CubekRoutine, kind: std::mem::Discriminant<MatmulSetupError>, what: String) {
    type Said = Vec<(CubekRoutine, std::mem::Discriminant<MatmulSetupError>)>;
    static SAID: std::sync::Mutex<Said> = std::sync::Mutex::new(Vec::new());
    let mut said = SAID.lock().unwrap_or_else(|e| e.into_inner());
    if !said.contains(&(routine, kind)) {
        eprintln!("{what} (said once for this routine and kind of error)");
        said.push((routine, kind));
    }
}

/// `out = epilogue(a·b, extra..)` through cubek's `routine`, where `la` and `lb` are the
/// operands as logical `[batch.., M, K]` / `[batch.., K, N]` views (transposes and
/// broadcasts as strides) and `extra` the epilogue's other inputs. `Ok(false)` when cubek
/// does not take this product (mixed operand dtypes, or a routine the device refuses):
/// the caller then runs its own kernel. The caller has validated shapes and the program.
/// Without an epilogue, a non-f32 output gets the product through a cast.
pub(crate) fn launch<R: Runtime>(
    client: &ComputeClient<R>,
    target: &Target,
    routine: CubekRoutine,
    (la, lb): (&DeviceTensor, &DeviceTensor),
    epilogue: Option<&EwProgram>,
    extra: &[DeviceTensor],
    out: &DeviceTensor,
) -> Result<bool, KernelError> {
    if la.dtype != lb.dtype || epilogue.is_some_and(|p| p.inputs[0] != DType::F32) {
        return Ok(false);
    }
    // The product straight into `out` when nothing follows it; else into an f32 buffer.
    let direct = epilogue.is_none() && out.dtype == DType::F32 && out.is_contiguous();
    let product = if direct {
        out.clone()
    } else {
        let n = out.numel() * DType::F32.size_bytes();
        DeviceTensor::contiguous(client.empty(n), &out.shape, DType::F32)
    };
    let binding = |t: &DeviceTensor| {
        // SAFETY: shapes and strides describe views of these buffers (checked by the
        // caller against the operands' own shapes).
        unsafe {
            TensorBinding::<R>::from_raw_parts(
                t.handle.clone(),
                t.strides.clone().into(),
                t.shape.clone().into(),
            )
        }
    };
    let (ta, tb) = (storage_type(la.dtype), storage_type(lb.dtype));
    let mut elems = MatmulElems::from_globals(&MatmulGlobalElems {
        lhs: ta,
        rhs: tb,
        out: storage_type(DType::F32),
    });
    let res = cubek_matmul::launch::launch_ref(
        &routine.strategy(),
        client,
        InputBinding::Normal(binding(la), ta),
        InputBinding::Normal(binding(lb), tb),
        binding(&product),
        &mut elems,
    );
    if let Err(e) = res {
        say_once(
            routine,
            std::mem::discriminant(&e),
            format!(
            "PACKFUSE_MATMUL: cubek's {routine:?} refused a {:?} · {:?} product on {} ({e:?}); \
             such products run on packfuse's own kernel",
                la.shape,
                lb.shape,
                target.backend
            ),
        );
        return Ok(false);
    }
    LAUNCHED.with(|n| n.set(n.get() + 1));
    if direct {
        return Ok(true);
    }
    let program = epilogue.cloned().unwrap_or_else(|| EwProgram::copy(DType::F32, out.dtype));
    let mut args = vec![product];
    args.extend(extra.iter().cloned());
    ew::launch(client, target, &program, &args, out)?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn provider_names_parse_and_nothing_else_does() {
        assert_eq!(Provider::parse(""), Some(Provider::Own));
        assert_eq!(Provider::parse("own"), Some(Provider::Own));
        for name in CubekRoutine::NAMES {
            let Some(Provider::Cubek(r)) = Provider::parse(name) else { panic!("{name}") };
            // Each name is its own routine.
            let others = CubekRoutine::NAMES.iter().filter(|n| **n != name);
            assert!(others.map(|n| Provider::parse(n)).all(|p| p != Some(Provider::Cubek(r))));
        }
        for bad in ["cubek", "cubek-double", "Cubek-unit", "16x4v", "cubek-unit "] {
            assert_eq!(Provider::parse(bad), None, "{bad}");
        }
    }
}
