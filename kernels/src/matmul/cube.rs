//! Batched matrix product on the device: a register-blocked tiled kernel (a cube of
//! 16×16 units owns a 64×64 output tile, each unit a 4×4 block of it; 16-deep slices of
//! both operands staged through shared memory; f32 accumulation), with the fused
//! elementwise epilogue evaluated in the same kernel on the accumulators before the single
//! store.
//!
//! Transposes and broadcast batch dimensions are strides: each operand reaches the kernel
//! as a logical `[batch.., M, K]` / `[batch.., K, N]` view. No tensor cores (lavapipe has
//! none); this is the portable fallback.

use cubecl::prelude::*;
use packfuse_ir::DType;

use crate::cube::{expect_args, storage_type, unsupported, DeviceTensor, Target};
use crate::elementwise::cube::{
    eval_program, f64_type, group, strided_offset, validate, EwInputs, EwPlan, InputPlan, Src,
    F64_COMPUTE,
};
use crate::elementwise::{EwProgram, Instr, Step};
use crate::error::{bad, KernelError};

const K: &str = "matmul";

/// Side of a cube, in units (`SIDE²` units per cube).
const SIDE: usize = 16;
/// Outputs per unit along each axis (a `REG×REG` register block).
const REG: usize = 4;
/// Rows and columns of the output tile of one cube.
const SPAN: usize = SIDE * REG;
/// Depth of the `k` slices staged in shared memory.
const DEPTH: usize = 16;

/// `acc[r·reg + c] += Σ_kk A[ty + side·r][kk] · B[tx + side·c][kk]` over one staged slice:
/// `smem` holds `side·reg` rows of A and then as many of B (B's columns of the product),
/// each `depth` deep and padded by one (so a column read hits distinct banks). The inner
/// step of every register-blocked product here: [`matmul_kernel`] and the sigmoid loss's
/// logit tiles.
#[cube]
pub(crate) fn staged_products(
    smem: &SharedMemory<f32>,
    acc: &mut Array<f32>,
    ty: usize,
    tx: usize,
    #[comptime] side: usize,
    #[comptime] reg: usize,
    #[comptime] depth: usize,
) {
    let pad = comptime!(depth + 1);
    let b0 = comptime!(side * reg * (depth + 1));
    for kk in 0..depth {
        #[unroll]
        for r in 0..reg {
            let av = smem[(ty + side * r) * pad + kk];
            #[unroll]
            for c in 0..reg {
                acc[r * reg + c] += av * smem[b0 + (tx + side * c) * pad + kk];
            }
        }
    }
}

/// One cube computes a `SPAN×SPAN` tile of one batch's product. Each `DEPTH`-deep slice of
/// `k` is staged in shared memory (A's rows and B's columns, each padded by one so the
/// reads below hit distinct banks), loaded so that consecutive units read consecutive
/// addresses of whichever operand layout this is. Unit `(ty, tx)` keeps the `REG×REG`
/// outputs at rows `ty + SIDE·r` and columns `tx + SIDE·c` in registers; the epilogue runs
/// on them before the single store, whose rows are written by consecutive units.
#[cube(launch)]
fn matmul_kernel<C: Float, A: Float, B: Float, H: Float, O: Numeric>(
    a: &Tensor<A>,
    b: &Tensor<B>,
    ins: &EwInputs<H>,
    out: &mut Tensor<O>,
    #[comptime] nb: usize,
    #[comptime] plan: EwPlan,
    #[define(C, A, B, H, O)] _types: [StorageType; 5],
) {
    let (m, k, n) = (a.shape(nb), a.shape(comptime!(nb + 1)), b.shape(comptime!(nb + 1)));
    let (a_sm, a_sk) = (a.stride(nb), a.stride(comptime!(nb + 1)));
    let (b_sk, b_sn) = (b.stride(nb), b.stride(comptime!(nb + 1)));
    let pad = comptime!(DEPTH + 1);
    let units = comptime!(SIDE * SIDE);
    let unit = UNIT_POS as usize;
    let (ty, tx) = (unit / SIDE, unit % SIDE);
    let i0 = CUBE_POS_Y as usize * SPAN;
    let j0 = CUBE_POS_X as usize * SPAN;
    let batch = CUBE_POS_Z as usize;
    let a_off = strided_offset::<A>(a, batch, nb);
    let b_off = strided_offset::<B>(b, batch, nb);
    // A's rows, then B's columns, each `SPAN` lines of `DEPTH` (+1 pad).
    let mut smem = SharedMemory::<f32>::new(comptime!(2 * SPAN * (DEPTH + 1)));
    let mut acc = Array::<f32>::new(comptime!(REG * REG));
    #[unroll]
    for q in 0..comptime!(REG * REG) {
        acc[q] = 0.0;
    }
    // Which index runs fastest in the loads: along k where that operand's k-stride is 1.
    let a_k_fast = a_sk == 1;
    let b_k_fast = b_sk == 1;
    let mut k0 = 0usize;
    while k0 < k {
        let mut q = unit;
        while q < comptime!(SPAN * DEPTH) {
            let (r, e) = if a_k_fast { (q / DEPTH, q % DEPTH) } else { (q % SPAN, q / SPAN) };
            let mut va = 0.0f32;
            if i0 + r < m && k0 + e < k {
                va = f32::cast_from(a[a_off + (i0 + r) * a_sm + (k0 + e) * a_sk]);
            }
            smem[r * pad + e] = va;
            let (c, f) = if b_k_fast { (q / DEPTH, q % DEPTH) } else { (q % SPAN, q / SPAN) };
            let mut vb = 0.0f32;
            if j0 + c < n && k0 + f < k {
                vb = f32::cast_from(b[b_off + (k0 + f) * b_sk + (j0 + c) * b_sn]);
            }
            smem[comptime!(SPAN * (DEPTH + 1)) + c * pad + f] = vb;
            q += units;
        }
        sync_cube();
        staged_products(&smem, &mut acc, ty, tx, SIDE, REG, DEPTH);
        sync_cube();
        k0 += DEPTH;
    }
    #[unroll]
    for r in 0..REG {
        let row = i0 + ty + SIDE * r;
        #[unroll]
        for c in 0..REG {
            let col = j0 + tx + SIDE * c;
            if row < m && col < n {
                let pos = (batch * m + row) * n + col;
                let v = eval_program::<C, H>(
                    ins,
                    pos,
                    C::cast_from(acc[r * REG + c]),
                    comptime!(plan.clone()),
                );
                out[pos] = O::cast_from(v);
            }
        }
    }
}

/// The logical `[batch.., rows, cols]` view of an operand (transposed by swapping the
/// last two strides; missing or size-1 batch dims broadcast with stride 0).
fn logical(t: &DeviceTensor, batch: &[usize], transpose: bool) -> DeviceTensor {
    let r = t.shape.len();
    let lead = batch.len() + 2 - r;
    let mut shape = batch.to_vec();
    let mut strides: Vec<usize> = (0..batch.len())
        .map(|i| match i.checked_sub(lead) {
            Some(j) if t.shape[j] == batch[i] => t.strides[j],
            _ => 0,
        })
        .collect();
    let (mut i, mut j) = (r - 2, r - 1);
    if transpose {
        std::mem::swap(&mut i, &mut j);
    }
    shape.extend([t.shape[i], t.shape[j]]);
    strides.extend([t.strides[i], t.strides[j]]);
    t.restrided(shape, strides)
}

/// The epilogue plan: the given program, or a plain store of the product.
fn epilogue_program(epilogue: Option<&EwProgram>) -> EwProgram {
    epilogue.cloned().unwrap_or_else(|| EwProgram {
        steps: vec![Step { instr: Instr::Input(0), dtype: DType::F32 }],
        inputs: vec![DType::F32],
    })
}

/// Launches `out = epilogue(a·b, extra..)`; `args` = a, b, then the epilogue's inputs 1...
pub fn launch<R: Runtime>(
    client: &ComputeClient<R>,
    target: &Target,
    (ta, tb): (bool, bool),
    epilogue: Option<&EwProgram>,
    args: &[DeviceTensor],
    out: &DeviceTensor,
) -> Result<(), KernelError> {
    expect_args(K, args, 2)?;
    let (a, b) = (&args[0], &args[1]);
    target.check_dtypes(K, [a.dtype, b.dtype, out.dtype])?;
    if !a.dtype.is_float() || !b.dtype.is_float() {
        return Err(unsupported(K, target, "integer operands"));
    }
    let rank = out.shape.len();
    if rank < 2 || a.shape.len() < 2 || b.shape.len() < 2 || a.shape.len().max(b.shape.len()) > rank
    {
        return Err(bad(K, format!("{:?} · {:?} into {:?}", a.shape, b.shape, out.shape)));
    }
    let batch = &out.shape[..rank - 2];
    let (la, lb) = (logical(a, batch, ta), logical(b, batch, tb));
    let (m, n) = (out.shape[rank - 2], out.shape[rank - 1]);
    if la.shape[rank - 2] != m
        || lb.shape[rank - 1] != n
        || la.shape[rank - 1] != lb.shape[rank - 2]
    {
        return Err(bad(K, format!("{:?} · {:?} into {:?}", a.shape, b.shape, out.shape)));
    }
    let batches: usize = batch.iter().product();
    let grid = [n.div_ceil(SPAN), m.div_ceil(SPAN), batches];
    if grid.iter().any(|&g| g > target.max_cube_count as usize) {
        return Err(unsupported(K, target, format!("grid {grid:?} over the per-axis limit")));
    }
    let program = epilogue_program(epilogue);
    let extra = &args[2..];
    let mut with_acc = vec![DeviceTensor { dtype: program.inputs[0], ..a.clone() }];
    with_acc.extend(extra.iter().cloned());
    validate(K, target, &program, &with_acc)?;
    if out.dtype != program.out_dtype() && epilogue.is_some() {
        return Err(bad(
            K,
            format!("output is {}, the epilogue gives {}", out.dtype, program.out_dtype()),
        ));
    }
    if out.numel() == 0 {
        return Ok(());
    }
    let g = group::<R, matmul_kernel::H>(K, target, extra, &out.shape)?;
    let mut inputs = vec![InputPlan { src: Src::Acc, dense: true }];
    inputs.extend(g.inputs);
    let c = if program.needs_f64() && target.f64 && F64_COMPUTE {
        f64_type()
    } else {
        storage_type(DType::F32)
    };
    let types = [
        c,
        storage_type(a.dtype),
        storage_type(b.dtype),
        storage_type(g.half),
        storage_type(out.dtype),
    ];
    let count = CubeCount::Static(grid[0] as u32, grid[1] as u32, grid[2] as u32);
    matmul_kernel::launch::<R>(
        client,
        count,
        CubeDim::new_1d((SIDE * SIDE) as u32),
        la.arg(),
        lb.arg(),
        g.arg,
        out.arg(),
        rank - 2,
        EwPlan { program, inputs, rank },
        types,
    );
    Ok(())
}
