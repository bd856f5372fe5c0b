//! SigLIP 2 NaFlex: images at their native aspect ratio, each a grid of `h × w` patches.
//!
//! The processor cuts each image into patches flattened in (patch-row, patch-column, channel)
//! order and pads every image to `max_patches` slots (`pixel_attention_mask` marks the real
//! ones, `spatial_shapes` holds `(h, w)`). The model's learned `S × S` position grid is
//! resized to each image's `h × w` exactly as transformers does it: bilinear,
//! `align_corners = false`, **antialias** (a triangle filter widened by the scale when
//! shrinking), separable, rows then columns, in float32. Padding slots get the resized
//! cell (0, 0), and padding patches are masked from the keys of every attention (queries
//! still run, so padded rows hold meaningless values, as in transformers).
//!
//! Here the resize is one matmul in the graph, `positions = R · grid`, where each row of
//! `R` (`[rows, S²]`, computed on the host by [`naflex_aux`] from the patch grids) is the
//! outer product of that cell's row and column filter weights ([`resize_weights`]).
//!
//! Two layouts ([`NaflexLayout`]): `Padded` computes every slot as transformers does (the
//! real patches are the keys: they are gathered by row index), `Packed` drops the padding
//! first and runs one block-diagonal sequence of only real patches — same embeddings, less
//! work.

use std::collections::HashMap;

use packfuse_ir::{shape, DType, Graph, NodeId, Tensor};

use crate::preprocess::{antialias_weights, Resample};
use crate::siglip::{ModelError, SiglipConfig};
use crate::vit::Attend;

/// How a NaFlex batch is laid out in the graph.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NaflexLayout {
    /// `[B × max_patches]` rows, padding included (transformers' layout; hidden states
    /// come out as `[B, max_patches, D]`).
    Padded,
    /// Only the real patches, packed into one sequence (`[Σ h·w, D]`), block-diagonal
    /// attention: the same embeddings without computing padding.
    Packed,
}

/// The antialiased bilinear resize of a length-`src` axis to `dst` (PyTorch's
/// `interpolate(..., mode="bilinear", align_corners=False, antialias=True)` along one
/// axis): a `[dst, src]` row-major matrix whose rows sum to 1 (the dense form of
/// [`antialias_weights`], which the image processors share).
pub fn resize_weights(src: usize, dst: usize) -> Vec<f64> {
    let mut w = vec![0.0; dst * src];
    for (i, (lo, taps)) in antialias_weights(src, dst, Resample::Bilinear).iter().enumerate() {
        w[i * src + lo..i * src + lo + taps.len()].copy_from_slice(taps);
    }
    w
}

/// The `[S²]` weights that resize the `side × side` grid to cell `(r, c)` of an `h × w` grid.
fn cell_weights(wh: &[f64], ww: &[f64], side: usize, r: usize, c: usize) -> Vec<f32> {
    let (a, b) = (&wh[r * side..(r + 1) * side], &ww[c * side..(c + 1) * side]);
    a.iter().flat_map(|&x| b.iter().map(move |&y| (x * y) as f32)).collect()
}

/// Checks a batch's patch grids against the slots and the position grid.
fn check_grids(grids: &[(usize, usize)], max_patches: usize) -> Result<(), ModelError> {
    if grids.is_empty() {
        return Err(ModelError::Invalid("a NaFlex batch needs at least one image".into()));
    }
    for (i, &(h, w)) in grids.iter().enumerate() {
        if h == 0 || w == 0 || h * w > max_patches {
            return Err(ModelError::Invalid(format!(
                "image {i}: spatial shape ({h}, {w}) does not fit {max_patches} patch slots"
            )));
        }
    }
    Ok(())
}

/// The host-side tensors a NaFlex graph reads: `vision_position_resize` (`[rows, S²]`),
/// `vision_cu_seqlens`, and for [`NaflexLayout::Padded`] the real patches as keys
/// (`vision_key_rows`, `vision_cu_keys`), for [`NaflexLayout::Packed`] the rows to keep
/// (`vision_token_rows`).
pub fn naflex_aux(
    grids: &[(usize, usize)],
    max_patches: usize,
    layout: NaflexLayout,
    side: usize,
) -> Result<HashMap<String, Tensor>, ModelError> {
    check_grids(grids, max_patches)?;
    let s2 = side * side;
    let mut resize = Vec::new();
    let mut real_rows = Vec::new();
    let mut cu_real = vec![0i32];
    for (i, &(h, w)) in grids.iter().enumerate() {
        let (wh, ww) = (resize_weights(side, h), resize_weights(side, w));
        for k in 0..h * w {
            resize.extend(cell_weights(&wh, &ww, side, k / w, k % w));
            real_rows.push((i * max_patches + k) as i32);
        }
        if layout == NaflexLayout::Padded {
            let first = cell_weights(&wh, &ww, side, 0, 0);
            for _ in h * w..max_patches {
                resize.extend_from_slice(&first);
            }
        }
        cu_real.push(real_rows.len() as i32);
    }
    let rows = resize.len() / s2;
    let b = grids.len();
    let mut m = HashMap::new();
    m.insert("vision_position_resize".into(), Tensor::from_f32(&[rows, s2], resize));
    let n = real_rows.len();
    match layout {
        NaflexLayout::Padded => {
            let cu = (0..=b).map(|i| (i * max_patches) as i32).collect();
            m.insert("vision_cu_seqlens".into(), Tensor::from_i32(&[b + 1], cu));
            m.insert("vision_key_rows".into(), Tensor::from_i32(&[n], real_rows));
            m.insert("vision_cu_keys".into(), Tensor::from_i32(&[b + 1], cu_real));
        }
        NaflexLayout::Packed => {
            m.insert("vision_cu_seqlens".into(), Tensor::from_i32(&[b + 1], cu_real));
            m.insert("vision_token_rows".into(), Tensor::from_i32(&[n], real_rows));
        }
    }
    Ok(m)
}

/// NaFlex patch and position embeddings: returns the tokens, how the encoder attends, and
/// (padded) the rows the MAP head takes as keys.
pub(crate) fn naflex_embeddings(
    g: &mut Graph,
    c: &SiglipConfig,
    grids: &[(usize, usize)],
    max_patches: usize,
    layout: NaflexLayout,
    side: usize,
) -> Result<(NodeId, Attend, Option<NodeId>), ModelError> {
    check_grids(grids, max_patches)?;
    let (b, k, d) = (grids.len(), c.patch_dim(), c.vision.tower.hidden);
    let real: usize = grids.iter().map(|&(h, w)| h * w).sum();
    let pre = "vision_model.embeddings.";
    let px = g.input("pixel_values", c.dtype, shape![b, max_patches, k])?;
    let px = g.reshape(px, shape![b * max_patches, k])?;
    let cu = g.input("vision_cu_seqlens", DType::I32, shape![b + 1])?;
    let (px, rows, attend, head_keys) = match layout {
        NaflexLayout::Padded => {
            let keys = g.input("vision_key_rows", DType::I32, shape![real])?;
            let cu_k = g.input("vision_cu_keys", DType::I32, shape![b + 1])?;
            let attend = Attend { cu_q: cu, cu_k, key_rows: Some(keys) };
            (px, b * max_patches, attend, Some(keys))
        }
        NaflexLayout::Packed => {
            let keep = g.input("vision_token_rows", DType::I32, shape![real])?;
            (g.gather(px, keep, 0)?, real, Attend::segments(cu), None)
        }
    };
    let w = g.param(&format!("{pre}patch_embedding.weight"), c.dtype, shape![d, k])?;
    let bias = g.param(&format!("{pre}patch_embedding.bias"), c.dtype, shape![d])?;
    let x = g.linear(px, w, Some(bias))?;
    let grid =
        g.param(&format!("{pre}position_embedding.weight"), c.dtype, shape![side * side, d])?;
    let resize = g.input("vision_position_resize", c.dtype, shape![rows, side * side])?;
    let pos = g.matmul(resize, grid)?;
    Ok((g.add(x, pos)?, attend, head_keys))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resize_weights_rows_sum_to_one_and_identity_when_equal() {
        for (src, dst) in [(16, 16), (16, 5), (16, 3), (4, 12), (8, 1), (1, 7)] {
            let w = resize_weights(src, dst);
            for i in 0..dst {
                let s: f64 = w[i * src..(i + 1) * src].iter().sum();
                assert!((s - 1.0).abs() < 1e-12, "{src}->{dst} row {i} sums to {s}");
            }
        }
        let w = resize_weights(5, 5);
        for i in 0..5 {
            for j in 0..5 {
                assert_eq!(w[i * 5 + j], if i == j { 1.0 } else { 0.0 });
            }
        }
    }

    #[test]
    fn shrinking_by_two_averages_pairs_with_the_widened_triangle() {
        // 4 -> 2: scale 2, support 2; output 0 is centred at 1.0 in input coordinates and
        // weighs input centres 0.5, 1.5, 2.5 as 0.75, 0.75, 0.25 (then normalised).
        let w = resize_weights(4, 2);
        let want = [0.75 / 1.75, 0.75 / 1.75, 0.25 / 1.75, 0.0];
        for (g, w) in w[..4].iter().zip(want) {
            assert!((g - w).abs() < 1e-12, "{g} vs {w}");
        }
    }

    #[test]
    fn bad_grids_are_errors() {
        assert!(naflex_aux(&[], 4, NaflexLayout::Padded, 2).is_err());
        assert!(naflex_aux(&[(3, 2)], 4, NaflexLayout::Padded, 2).is_err());
        assert!(naflex_aux(&[(0, 2)], 4, NaflexLayout::Packed, 2).is_err());
    }
}
