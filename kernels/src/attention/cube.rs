//! Packed-sequence attention on the device, the naive way: one cube per (query, head),
//! one unit per head dimension, online softmax over the visible keys of the query's segment
//! (the masks of [`super::visible`]); each score is reduced through shared memory.
//!
//! `cu_seqlens` and `prefix_lens` are read back and validated on the host first
//! ([`super::Segments::new`]); the host then uploads, per query, the five numbers the mask
//! needs, so bad segment data is an error before anything is launched.

use cubecl::prelude::*;
use packfuse_ir::{AttnPart, MaskKind, TensorData};

use super::{Options, Segments};
use crate::cube::{expect_args, storage_type, unsupported, upload, DeviceTensor, Target};
use crate::error::{bad, KernelError};
use crate::movement::cube::read_i32;
use crate::norm::cube::block_reduce;

const K: &str = "packed_attention";
/// Most head dimensions (one unit each).
const MAX_D: usize = 256;
/// Per-query fields of the info buffer.
const INFO: usize = 5;

/// The mask (compile-time): kind and whether a window applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct MaskPlan {
    /// Mask kind.
    pub kind: MaskKind,
    /// A sliding window is given (its size is a run-time scalar).
    pub window: bool,
}

/// `super::visible` on the device (local query `i`, key `j`; `diag = i + lk − lq`).
#[cube]
fn visible(j: i32, diag: i32, prefix: i32, window: i32, #[comptime] mask: MaskPlan) -> bool {
    let mut ok = true;
    if comptime!(mask.window) {
        ok = j > diag - window;
    }
    match comptime!(mask.kind) {
        MaskKind::Full => ok,
        MaskKind::Causal => ok && j <= diag,
        MaskKind::PrefixLm => ok && (j < prefix || j <= diag),
    }
}

#[cube(launch)]
#[allow(clippy::too_many_arguments)]
fn attention_kernel<Q: Float, KV: Float, O: Float>(
    q: &Tensor<Q>,
    k: &Tensor<KV>,
    v: &Tensor<KV>,
    info: &Array<i32>,
    out: &mut Tensor<O>,
    scale: f32,
    window: i32,
    rows: usize,
    #[comptime] mask: MaskPlan,
    #[comptime] block: usize,
    #[define(Q, KV, O)] _types: [StorageType; 3],
) {
    let row = CUBE_POS;
    // Uniform per cube: the barriers in `block_reduce` are reached by all units or none.
    if row < rows {
        let (hq, dims) = (q.shape(1), q.shape(2));
        let (t, h) = (row / hq, row % hq);
        let kvh = h / (hq / k.shape(1));
        let d = UNIT_POS as usize;
        let live = d < dims;
        let dd = select(live, d, 0);
        let qd = select(
            live,
            f32::cast_from(q[t * q.stride(0) + h * q.stride(1) + dd * q.stride(2)]),
            0.0,
        );
        let base = t * INFO;
        let (k0, lk, diag, prefix) = (info[base], info[base + 1], info[base + 2], info[base + 3]);
        let mut smem = SharedMemory::<f32>::new(block);
        let (mut m, mut l, mut acc) = (f32::new(f32::NEG_INFINITY), 0.0f32, 0.0f32);
        let mut j = 0i32;
        while j < lk {
            if visible(j, diag, prefix, window, mask) {
                let key = (k0 + j) as usize;
                let kd =
                    f32::cast_from(k[key * k.stride(0) + kvh * k.stride(1) + dd * k.stride(2)]);
                let vd =
                    f32::cast_from(v[key * v.stride(0) + kvh * v.stride(1) + dd * v.stride(2)]);
                let s = block_reduce(&mut smem, select(live, qd * kd, 0.0), block, false) * scale;
                let m_new = max(m, s);
                let (corr, p) = ((m - m_new).exp(), (s - m_new).exp());
                l = l * corr + p;
                acc = acc * corr + p * vd;
                m = m_new;
            }
            j += 1;
        }
        if live {
            let o = select(l > 0.0, acc / l, 0.0);
            out[(t * hq + h) * dims + d] = O::cast_from(o);
        }
    }
}

/// Per query: first key, key count, diagonal, prefix length (and a spare field).
fn query_info(seg: &Segments) -> Vec<i32> {
    let mut info = Vec::with_capacity(seg.cu_q.last().copied().unwrap_or(0) * INFO);
    for b in 0..seg.cu_q.len() - 1 {
        let (q0, lq) = (seg.cu_q[b], seg.cu_q[b + 1] - seg.cu_q[b]);
        let (k0, lk) = (seg.cu_k[b], seg.cu_k[b + 1] - seg.cu_k[b]);
        for i in 0..lq {
            let diag = (i + lk) as i64 - lq as i64;
            info.extend([k0 as i32, lk as i32, diag as i32, seg.prefix[b] as i32, (q0 + i) as i32]);
        }
    }
    info
}

/// Launches attention; `args` = q, k, v, cu_seqlens_q, cu_seqlens_k[, prefix_lens].
pub fn launch<R: Runtime>(
    client: &ComputeClient<R>,
    target: &Target,
    o: &Options,
    part: AttnPart,
    args: &[DeviceTensor],
    out: &DeviceTensor,
) -> Result<(), KernelError> {
    if part != AttnPart::Out {
        return Err(unsupported(
            K,
            target,
            format!("the {} part has no device kernel yet", part.name()),
        ));
    }
    expect_args(K, args, 5)?;
    let (q, k, v) = (&args[0], &args[1], &args[2]);
    target.check_dtypes(K, [q.dtype, k.dtype, v.dtype, out.dtype])?;
    if [q.dtype, k.dtype, out.dtype].iter().any(|d| !d.is_float()) || k.dtype != v.dtype {
        return Err(unsupported(K, target, "integer tensors or k/v of different dtypes"));
    }
    if q.shape.len() != 3 || k.shape.len() != 3 || v.shape != k.shape || q.shape[2] != k.shape[2] {
        return Err(bad(K, format!("q {:?}, k {:?}, v {:?}", q.shape, k.shape, v.shape)));
    }
    let (tq, hq, d) = (q.shape[0], q.shape[1], q.shape[2]);
    let (tk, hk) = (k.shape[0], k.shape[1]);
    if hk == 0 || hq % hk != 0 || out.shape != q.shape {
        return Err(bad(K, format!("{hq} query heads, {hk} kv heads, output {:?}", out.shape)));
    }
    if d > MAX_D {
        return Err(unsupported(K, target, format!("head dim {d} > {MAX_D}")));
    }
    let prefix = match (o.mask, args.get(5)) {
        (MaskKind::PrefixLm, Some(p)) => Some(read_i32(client, p)?),
        (MaskKind::PrefixLm, None) => return Err(bad(K, "prefix_lm needs prefix_lens")),
        _ => None,
    };
    let seg = Segments::new(
        &read_i32(client, &args[3])?,
        &read_i32(client, &args[4])?,
        prefix.as_deref(),
        tq,
        tk,
    )?;
    if tq * hq * d == 0 {
        return Ok(());
    }
    let info = upload(client, &TensorData::I32(query_info(&seg)));
    let scale = o.scale.unwrap_or(1.0 / (d as f64).sqrt()) as f32;
    let window = o.window.map_or(0, |w| w.min(i32::MAX as usize) as i32);
    let block = d.next_power_of_two().clamp(32, MAX_D);
    let types = [q.dtype, k.dtype, out.dtype].map(storage_type);
    attention_kernel::launch::<R>(
        client,
        target.grid(tq * hq),
        CubeDim::new_1d(block as u32),
        q.arg(),
        k.arg(),
        v.arg(),
        // SAFETY: the buffer was just uploaded with exactly this many i32 values.
        unsafe { ArrayArg::from_raw_parts(info, tq * INFO) },
        out.arg(),
        scale,
        window,
        tq * hq,
        MaskPlan { kind: o.mask, window: o.window.is_some() },
        block,
        types,
    );
    Ok(())
}
