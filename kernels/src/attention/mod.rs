//! Packed-sequence attention: argument checks, the mask rule, and the CPU entry point (the
//! tiled FlashAttention-2 style kernels are in [`tiles`]; the device kernels in [`cube`]).
//! Cost follows the visible query-key pairs, never T².
//!
//! Argument checks ([`Segments::new`]) run before any arithmetic: bad `cu_seqlens` or
//! `prefix_lens` are errors with the offending values.

pub mod cube;
pub mod tiles;

use packfuse_ir::{AttnPart, MaskKind, TensorData, MAX_HEAD_DIM};

use crate::elem::store_f32;
use crate::error::{bad, KernelError};
use crate::Arg;

const K: &str = "packed_attention";

/// Attention options, as in the IR op.
#[derive(Clone, Copy, Debug)]
pub struct Options {
    /// Mask kind.
    pub mask: MaskKind,
    /// Softmax scale (`None`: 1/√D).
    pub scale: Option<f64>,
    /// Sliding window.
    pub window: Option<usize>,
}

impl Options {
    /// The options of a [`crate::KernelSpec::Attention`]'s fields.
    pub fn of(mask: MaskKind, scale: Option<packfuse_ir::F64>, window: Option<usize>) -> Options {
        Options { mask, scale: scale.map(|s| s.0), window }
    }
}

/// Validated segment boundaries.
#[derive(Clone, Debug)]
pub struct Segments {
    /// Query offsets, `[B+1]`.
    pub cu_q: Vec<usize>,
    /// Key offsets, `[B+1]`.
    pub cu_k: Vec<usize>,
    /// Prefix length per segment (0 without a prefix mask).
    pub prefix: Vec<usize>,
}

fn offsets(cu: &[i32], total: usize, what: &str) -> Result<Vec<usize>, KernelError> {
    if cu.first() != Some(&0) {
        return Err(bad(K, format!("{what} must start at 0, got {cu:?}")));
    }
    if let Some(w) = cu.windows(2).position(|w| w[1] < w[0]) {
        return Err(bad(K, format!("{what} decreases at index {}: {cu:?}", w + 1)));
    }
    if cu.last().map(|&l| l as usize) != Some(total) {
        return Err(bad(K, format!("{what} must end at {total} (the token count), got {cu:?}")));
    }
    Ok(cu.iter().map(|&c| c as usize).collect())
}

impl Segments {
    /// Checks `cu_seqlens_q`, `cu_seqlens_k` and `prefix_lens` against the token counts.
    pub fn new(
        cu_q: &[i32],
        cu_k: &[i32],
        prefix: Option<&[i32]>,
        tq: usize,
        tk: usize,
    ) -> Result<Segments, KernelError> {
        let q = offsets(cu_q, tq, "cu_seqlens_q")?;
        let k = offsets(cu_k, tk, "cu_seqlens_k")?;
        if q.len() != k.len() {
            return Err(bad(
                K,
                format!("cu_seqlens_q has {} entries, cu_seqlens_k {}", q.len(), k.len()),
            ));
        }
        let b = q.len() - 1;
        let prefix = match prefix {
            None => vec![0; b],
            Some(p) if p.len() != b => {
                return Err(bad(K, format!("prefix_lens has {} entries for {b} segments", p.len())))
            }
            Some(p) => p
                .iter()
                .enumerate()
                .map(|(i, &len)| {
                    let seg = k[i + 1] - k[i];
                    if len < 0 || len as usize > seg {
                        Err(bad(
                            K,
                            format!(
                                "prefix_lens[{i}] = {len} is outside its segment of {seg} keys"
                            ),
                        ))
                    } else {
                        Ok(len as usize)
                    }
                })
                .collect::<Result<_, _>>()?,
        };
        Ok(Segments { cu_q: q, cu_k: k, prefix })
    }

    /// The segment of each query token.
    pub fn segment_of_queries(&self) -> Vec<usize> {
        let mut seg = Vec::with_capacity(*self.cu_q.last().unwrap_or(&0));
        for b in 0..self.cu_q.len() - 1 {
            seg.extend(std::iter::repeat_n(b, self.cu_q[b + 1] - self.cu_q[b]));
        }
        seg
    }
}

/// Whether local query `i` of a segment with `lq` queries and `lk` keys sees local key `j`.
#[inline]
pub fn visible(o: &Options, i: usize, j: usize, lq: usize, lk: usize, prefix: usize) -> bool {
    let diag = (i + lk) as isize - lq as isize; // last key the query sees causally
    let ji = j as isize;
    let in_window = o.window.is_none_or(|w| ji > diag - w as isize);
    match o.mask {
        MaskKind::Full => in_window,
        MaskKind::Causal => ji <= diag && in_window,
        // The window applies to prefix keys too, as in the reference (mask AND window).
        MaskKind::PrefixLm => (j < prefix || ji <= diag) && in_window,
    }
}

/// Computes one part of attention on the CPU with the tiled kernels of [`tiles`]; `args` =
/// q, k, v, cu_seqlens_q, cu_seqlens_k[, prefix_lens][, out, dout, lse] as in the IR op.
pub fn cpu(
    o: &Options,
    part: AttnPart,
    args: &[Arg],
    out: &mut TensorData,
) -> Result<(), KernelError> {
    let (qs, ks) = (args[0].shape(), args[1].shape());
    let (tq, hq, d) = (qs[0], qs[1], qs[2]);
    let (tk, hk) = (ks[0], ks[1]);
    let fwd = o.mask.forward_arity();
    check_heads(hq, hk, d)?;
    let prefix = (o.mask == MaskKind::PrefixLm).then(|| args[5].to_i32());
    let seg = Segments::new(&args[3].to_i32(), &args[4].to_i32(), prefix.as_deref(), tq, tk)?;
    let (q, k, v) = (args[0].to_f32(), args[1].to_f32(), args[2].to_f32());
    let scale = o.scale.unwrap_or(1.0 / (d as f64).sqrt()) as f32;
    let g = tiles::Geometry { hq, hk, d, scale, opts: o, seg: &seg };
    // The forward writes every element of an f32 output where it lies.
    if let (TensorData::F32(o), AttnPart::Out | AttnPart::Lse) = (&mut *out, part) {
        let (o_out, o_lse) = if part == AttnPart::Out { (Some(o), None) } else { (None, Some(o)) };
        tiles::forward(&g, &q, &k, &v, o_out.map(|o| &mut o[..]), o_lse.map(|o| &mut o[..]));
        return Ok(());
    }
    let mut res = vec![0f32; out.len()];
    match part {
        AttnPart::Out => tiles::forward(&g, &q, &k, &v, Some(&mut res), None),
        AttnPart::Lse => tiles::forward(&g, &q, &k, &v, None, Some(&mut res)),
        AttnPart::Dq | AttnPart::Dkv => {
            let (o_, dout, lse) =
                (args[fwd].to_f32(), args[fwd + 1].to_f32(), args[fwd + 2].to_f32());
            let saved = tiles::Saved { out: &o_, dout: &dout, lse: &lse };
            if part == AttnPart::Dq {
                tiles::backward_dq(&g, &q, &k, &v, &saved, &mut res);
            } else {
                tiles::backward_dkv(&g, &q, &k, &v, &saved, &mut res);
            }
        }
    }
    store_f32(out, 0, &res);
    Ok(())
}

/// Head counts and head dim every attention kernel accepts: `hk` divides `hq`, and
/// `1 ≤ d ≤` [`MAX_HEAD_DIM`].
pub fn check_heads(hq: usize, hk: usize, d: usize) -> Result<(), KernelError> {
    if hk == 0 || !hq.is_multiple_of(hk) {
        return Err(bad(K, format!("{hq} query heads are not a multiple of {hk} kv heads")));
    }
    if !(1..=MAX_HEAD_DIM).contains(&d) {
        return Err(bad(K, format!("head dim {d} is not supported (1 to {MAX_HEAD_DIM})")));
    }
    Ok(())
}
