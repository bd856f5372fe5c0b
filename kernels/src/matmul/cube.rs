//! Batched matrix product on the device: a register-blocked tiled kernel (by default a
//! cube of 16×16 units owns a 64×64 output tile, each unit a 4×4 block of it: [`Tiling`]
//! lists the shapes; 16-deep slices of both operands staged through shared memory
//! `k`-major in vectors of 4, so that a unit reads 4 rows or columns with one access,
//! optionally the next slice fetched while the current is multiplied; f32 accumulation),
//! with the fused elementwise epilogue evaluated in the same kernel on the accumulators
//! before the single store.
//!
//! Transposes and broadcast batch dimensions are strides: each operand reaches the kernel
//! as a logical `[batch.., M, K]` / `[batch.., K, N]` view. No tensor cores (lavapipe has
//! none); this is the portable fallback.

use cubecl::prelude::*;
use packfuse_ir::DType;

use super::cubek::{self, Provider};
use crate::cube::{expect_args, storage_type, unsupported, DeviceTensor, Target};
use crate::elementwise::cube::{
    eval_program, f64_type, group, strided_offset, validate, EwInputs, EwPlan, InputPlan, Src,
    F64_COMPUTE,
};
use crate::elementwise::{EwProgram, Instr, Step};
use crate::error::{bad, KernelError};

const K: &str = "matmul";

/// The shape of the register blocking (compile-time): a cube of `side²` units owns a
/// `side·reg` square output tile, each unit a `reg×reg` block of it (`reg` a multiple of
/// 4: the unit owns its rows and columns in runs of 4, see `vec_tile`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Tiling {
    /// Units along each side of the cube.
    pub side: usize,
    /// Outputs per unit along each axis.
    pub reg: usize,
    /// Fetch the next slice into registers before multiplying the current one (more
    /// registers; its loads are then in flight during the arithmetic).
    pub prefetch: bool,
    /// Depth of the `k` slices staged in shared memory (16, or 32: half the barriers per
    /// product, twice the shared memory).
    pub depth: usize,
}

impl Tiling {
    /// The default: 256 units, 4×4 outputs each, 64×64 tiles. On an H200 (2026-11-28,
    /// benches/RESULTS.md, the SigLIP 2 B/16 tower): 20.7 ms a batch, against 27.5 with
    /// `16x8v`, 32.5 with `8x8v` and 32.1 with the scalar staging this kernel had before
    /// (deleted since); on lavapipe (`packfuse op matmul`, 1568×768·768×768 f32) 393–636
    /// ms against the scalar staging's 1697–1887.
    pub const DEFAULT: Tiling = Tiling { side: 16, reg: 4, prefetch: false, depth: 16 };

    /// The names [`Tiling::parse`] knows (`PACKFUSE_MATMUL_TILE`), first the default.
    pub const NAMES: [&'static str; 7] =
        ["16x4v", "16x4vp", "8x8v", "16x8v", "8x4v", "16x4vk32", "8x4vk32"];

    /// The tiling `PACKFUSE_MATMUL_TILE` names (read once), else [`Tiling::DEFAULT`]; see
    /// [`Tiling::parse`]. An unknown value is said on stderr and ignored. For measuring
    /// the variants on one device.
    pub fn from_env() -> Tiling {
        static T: std::sync::OnceLock<Tiling> = std::sync::OnceLock::new();
        *T.get_or_init(|| {
            let v = std::env::var("PACKFUSE_MATMUL_TILE").unwrap_or_default();
            if v.is_empty() {
                return Tiling::DEFAULT;
            }
            Tiling::parse(&v).unwrap_or_else(|| {
                let names = Tiling::NAMES.join(", ");
                eprintln!("PACKFUSE_MATMUL_TILE={v:?} is not one of {names}: using 16x4v");
                Tiling::DEFAULT
            })
        })
    }

    /// `SIDExREGv`, then `p` for [`Tiling::prefetch`], then `kDEPTH` for a [`Tiling::depth`]
    /// other than 16, one of [`Tiling::NAMES`]: `16x4v` ([`Tiling::DEFAULT`]), `16x4vp`,
    /// `8x8v` (64 units, 8×8 blocks, 64×64 tiles), `16x8v` (256 units, 8×8 blocks, 128×128
    /// tiles), `8x4v` (64 units, 4×4 blocks, 32×32 tiles: four times the cubes of the
    /// default, for products whose 64×64 grid leaves SMs idle), and `16x4vk32` / `8x4vk32`
    /// (32-deep slices). `None` for anything else. (The `v`, for vectors of 4, names the
    /// staging that every tiling has used since the scalar one was deleted.)
    pub fn parse(name: &str) -> Option<Tiling> {
        if !Tiling::NAMES.contains(&name) {
            return None;
        }
        let (name, depth) = match name.split_once('k') {
            Some((n, d)) => (n, d.parse().ok()?),
            None => (name, 16),
        };
        let (name, prefetch) = match name.strip_suffix('p') {
            Some(n) => (n, true),
            None => (name, false),
        };
        let (side, reg) = name.strip_suffix('v')?.split_once('x')?;
        Some(Tiling { side: side.parse().ok()?, reg: reg.parse().ok()?, prefetch, depth })
    }

    /// Rows and columns of the output tile of one cube.
    pub fn span(self) -> usize {
        self.side * self.reg
    }
}

/// The name [`Tiling::parse`] reads back (`16x4v`, `16x4vp`, `16x4vk32`, ...).
impl std::fmt::Display for Tiling {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}x{}v{}", self.side, self.reg, if self.prefetch { "p" } else { "" })?;
        if self.depth != 16 {
            write!(f, "k{}", self.depth)?;
        }
        Ok(())
    }
}

/// One cube computes a `span×span` tile of one batch's product ([`Tiling`]): the products
/// over the whole depth in registers ([`vec_tile`]), then the epilogue on each of the unit's `reg×reg` outputs (rows and
/// columns by [`owned`]) before the single store.
#[cube(launch)]
fn matmul_kernel<C: Float, A: Float, B: Float, H: Float, O: Numeric>(
    a: &Tensor<A>,
    b: &Tensor<B>,
    ins: &EwInputs<H>,
    out: &mut Tensor<O>,
    #[comptime] nb: usize,
    #[comptime] tiling: Tiling,
    #[comptime] plan: EwPlan,
    #[define(C, A, B, H, O)] _types: [StorageType; 5],
) {
    let (side, reg) = (tiling.side, tiling.reg);
    let span = comptime!(tiling.side * tiling.reg);
    let (m, k, n) = (a.shape(nb), a.shape(comptime!(nb + 1)), b.shape(comptime!(nb + 1)));
    let unit = UNIT_POS as usize;
    let (ty, tx) = (unit / side, unit % side);
    let i0 = CUBE_POS_Y as usize * span;
    let j0 = CUBE_POS_X as usize * span;
    let batch = CUBE_POS_Z as usize;
    let g = Slices {
        a_off: strided_offset::<A>(a, batch, nb),
        b_off: strided_offset::<B>(b, batch, nb),
        m,
        n,
        k,
        a_sm: a.stride(nb),
        a_sk: a.stride(comptime!(nb + 1)),
        b_sk: b.stride(nb),
        b_sn: b.stride(comptime!(nb + 1)),
        i0,
        j0,
        a_k_fast: a.stride(comptime!(nb + 1)) == 1,
        b_k_fast: b.stride(nb) == 1,
    };
    let mut acc = Array::<f32>::new(comptime!(tiling.reg * tiling.reg));
    let mut smem = SharedMemory::<V4>::new(comptime!(vec_smem_len(tiling)));
    vec_tile::<A, B>(a, b, g, &mut smem, &mut acc, tiling);
    #[unroll]
    for r in 0..reg {
        let row = i0 + owned(ty, r, side);
        #[unroll]
        for c in 0..reg {
            let col = j0 + owned(tx, c, side);
            if row < m && col < n {
                let pos = (batch * m + row) * n + col;
                let x = C::cast_from(acc[r * reg + c]);
                let y = eval_program::<C, H>(ins, pos, x, comptime!(plan.clone()));
                out[pos] = O::cast_from(y);
            }
        }
    }
}

/// The row (column) of a tile that unit row (column) `t` holds at `acc` row (column) `r`:
/// runs of 4, `4(t + side·⌊r/4⌋) + r % 4` (see [`vec_tile`]).
#[cube]
pub(crate) fn owned(t: usize, r: usize, #[comptime] side: usize) -> usize {
    (t + side * (r / 4)) * 4 + r % 4
}

/// Four f32 lanes: one 16-byte shared-memory access.
pub(crate) type V4 = Vector<f32, Const<4>>;

/// Vectors of shared memory [`vec_tile`] stages a slice in.
pub(crate) fn vec_smem_len(tiling: Tiling) -> usize {
    2 * tiling.depth * (tiling.side * tiling.reg / 4 + 1)
}

/// The products of one `span × span` output tile over the whole depth `g.k`, into `acc`
/// (zeroed first; `acc[r·reg + c]` at rows and columns by [`owned`]). Each
/// [`Tiling::depth`]-deep slice is staged `k`-major in vectors of 4: `depth` lines of
/// `span / 4` vectors (plus one of padding, so
/// that the stores of units with consecutive `k` hit distinct banks) per operand, vector
/// `s` of line `kk` holding rows (columns) `4s..4s + 4` at depth `kk`. Unit `(ty, tx)`
/// owns the row runs `ty + side·v` and the column runs `tx + side·w`, so at every depth
/// it reads `reg / 4` vectors of each operand (consecutive units read consecutive
/// vectors: no bank conflicts) for `reg²` products. `smem` holds at least
/// [`vec_smem_len`] vectors and is free again on return; every unit of the cube must call
/// it (it has barriers). Shared by [`matmul_kernel`] and the sigmoid loss's logits.
#[cube]
pub(crate) fn vec_tile<A: Float, B: Float>(
    a: &Tensor<A>,
    b: &Tensor<B>,
    g: Slices,
    smem: &mut SharedMemory<V4>,
    acc: &mut Array<f32>,
    #[comptime] tiling: Tiling,
) {
    let (side, reg, depth) = (tiling.side, tiling.reg, tiling.depth);
    let span = comptime!(tiling.side * tiling.reg);
    let units = comptime!(tiling.side * tiling.side);
    let runs = comptime!(tiling.reg / 4);
    let line = comptime!(tiling.side * tiling.reg / 4 + 1);
    let b0 = comptime!(tiling.depth * (tiling.side * tiling.reg / 4 + 1));
    // Runs of 4 rows (or columns) at one depth that one unit fetches per operand.
    let per = comptime!(tiling.side * tiling.reg * tiling.depth / 4 / (tiling.side * tiling.side));
    let unit = UNIT_POS as usize;
    let (ty, tx) = (unit / side, unit % side);
    #[unroll]
    for q in 0..comptime!(tiling.reg * tiling.reg) {
        acc[q] = 0.0;
    }
    let mut fa = Array::<V4>::new(per);
    let mut fb = Array::<V4>::new(per);
    if comptime!(tiling.prefetch) {
        fetch_runs::<A, B>(a, b, &mut fa, &mut fb, g, 0, unit, units, span, depth, per);
    }
    let mut k0 = 0usize;
    while k0 < g.k {
        if comptime!(!tiling.prefetch) {
            fetch_runs::<A, B>(a, b, &mut fa, &mut fb, g, k0, unit, units, span, depth, per);
        }
        #[unroll]
        for i in 0..per {
            let (s, e) = run_of(unit + i * units, g.a_k_fast, span, depth);
            smem[e * line + s] = fa[i];
            let (s, e) = run_of(unit + i * units, g.b_k_fast, span, depth);
            smem[b0 + e * line + s] = fb[i];
        }
        sync_cube();
        if comptime!(tiling.prefetch) {
            // Past the last slice this fetches nothing (every element is out of bounds).
            let next = k0 + depth;
            fetch_runs::<A, B>(a, b, &mut fa, &mut fb, g, next, unit, units, span, depth, per);
        }
        #[unroll(reg >= 8)]
        for kk in 0..depth {
            let mut bv = Array::<V4>::new(runs);
            #[unroll]
            for w in 0..runs {
                bv[w] = smem[b0 + kk * line + tx + side * w];
            }
            #[unroll]
            for v in 0..runs {
                let av = smem[kk * line + ty + side * v];
                #[unroll]
                for i in 0..4usize {
                    #[unroll]
                    for w in 0..runs {
                        #[unroll]
                        for j in 0..4usize {
                            acc[(v * 4 + i) * reg + w * 4 + j] += av[i] * bv[w][j];
                        }
                    }
                }
            }
        }
        sync_cube();
        k0 += depth;
    }
}

/// The run (of 4 rows or columns) and depth that fetch `q` of a slice covers: along the
/// depth first where the operand is contiguous along `k` (consecutive units read
/// consecutive addresses), along the runs first otherwise.
#[cube]
fn run_of(
    q: usize,
    k_fast: bool,
    #[comptime] span: usize,
    #[comptime] depth: usize,
) -> (usize, usize) {
    let runs = comptime!(span / 4);
    if k_fast {
        (q / depth, q % depth)
    } else {
        (q % runs, q / runs)
    }
}

/// Fetches this unit's `per` runs of A's and B's slice at depth `k0` into `fa` and `fb`
/// (0 outside the operands), in the order [`vec_tile`] stores them.
#[cube]
#[allow(clippy::too_many_arguments)]
fn fetch_runs<A: Float, B: Float>(
    a: &Tensor<A>,
    b: &Tensor<B>,
    fa: &mut Array<V4>,
    fb: &mut Array<V4>,
    g: Slices,
    k0: usize,
    unit: usize,
    #[comptime] units: usize,
    #[comptime] span: usize,
    #[comptime] depth: usize,
    #[comptime] per: usize,
) {
    #[unroll]
    for i in 0..per {
        let (s, e) = run_of(unit + i * units, g.a_k_fast, span, depth);
        let mut va = V4::empty();
        #[unroll]
        for l in 0..4usize {
            let r = g.i0 + s * 4 + l;
            let mut x = 0.0f32;
            if r < g.m && k0 + e < g.k {
                x = f32::cast_from(a[g.a_off + r * g.a_sm + (k0 + e) * g.a_sk]);
            }
            va[l] = x;
        }
        fa[i] = va;
        let (s, e) = run_of(unit + i * units, g.b_k_fast, span, depth);
        let mut vb = V4::empty();
        #[unroll]
        for l in 0..4usize {
            let c = g.j0 + s * 4 + l;
            let mut x = 0.0f32;
            if c < g.n && k0 + e < g.k {
                x = f32::cast_from(b[g.b_off + (k0 + e) * g.b_sk + c * g.b_sn]);
            }
            vb[l] = x;
        }
        fb[i] = vb;
    }
}

/// Where one cube's operand slices lie: batch offsets, sizes, strides, the tile's first
/// row and column, and which operands are contiguous along `k`.
#[derive(CubeType, Clone, Copy)]
pub(crate) struct Slices {
    /// Element offsets of this batch's operands.
    pub a_off: usize,
    pub b_off: usize,
    /// A's rows, B's columns, the depth.
    pub m: usize,
    pub n: usize,
    pub k: usize,
    /// Element strides of A along rows and depth, of B along depth and columns.
    pub a_sm: usize,
    pub a_sk: usize,
    pub b_sk: usize,
    pub b_sn: usize,
    /// The tile's first row and column.
    pub i0: usize,
    pub j0: usize,
    /// The operand is contiguous along the depth.
    pub a_k_fast: bool,
    pub b_k_fast: bool,
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
    if let Provider::Cubek(routine) = Provider::from_env() {
        if out.numel() > 0
            && cubek::launch(client, target, routine, (&la, &lb), epilogue, extra, out)?
        {
            return Ok(());
        }
    }
    let tiling = Tiling::from_env();
    let grid = [n.div_ceil(tiling.span()), m.div_ceil(tiling.span()), batches];
    if grid.iter().any(|&g| g > target.max_cube_count as usize) {
        return Err(unsupported(K, target, format!("grid {grid:?} over the per-axis limit")));
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
        CubeDim::new_1d((tiling.side * tiling.side) as u32),
        la.arg(),
        lb.arg(),
        g.arg,
        out.arg(),
        rank - 2,
        tiling,
        EwPlan { program, inputs, rank },
        types,
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::Tiling;

    #[test]
    fn every_tiling_name_parses_and_nothing_else_does() {
        for name in Tiling::NAMES {
            let t = Tiling::parse(name).unwrap_or_else(|| panic!("{name} does not parse"));
            assert_eq!(t.to_string(), name);
            // Runs of 4 per unit, and the staging (vectors of 4) divides evenly among the units.
            assert_eq!(t.reg % 4, 0, "{name}");
            assert_eq!((t.span() * t.depth / 4) % (t.side * t.side), 0, "{name}");
            // The two slices fit lavapipe's 32 KiB of shared memory.
            assert!(super::vec_smem_len(t) * 16 <= 32 * 1024, "{name}");
        }
        assert_eq!(Tiling::parse(Tiling::NAMES[0]), Some(Tiling::DEFAULT));
        // The scalar staging and its names are gone.
        for bad in [
            "", "16x4", "16x4p", "8x8", "8x8p", "16x8", "4x4v", "16x4pv", "x", "16x4vv", "16x4vk",
            "16x4vk64",
        ] {
            assert_eq!(Tiling::parse(bad), None, "{bad}");
        }
    }
}
