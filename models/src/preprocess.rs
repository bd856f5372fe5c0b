//! Images as transformers' SigLIP processors prepare them, from a checkpoint folder's
//! `preprocessor_config.json` (transformers 5.x; `scripts/make_preprocess_fixtures.py` and
//! `tests/fixtures/preprocess/README.md` hold the evidence).
//!
//! In transformers 5.x `SiglipImageProcessor` and `Siglip2ImageProcessor` are the torchvision
//! backends (the PIL ones are the `...Pil` classes, used only when asked for or when
//! torchvision is missing). On the CPU they work on `uint8` tensors:
//! 1. the image file is opened as the zero-shot pipeline's `load_image` does: EXIF orientation
//!    applied, converted to RGB (alpha dropped, grey replicated);
//! 2. resize (`torchvision.transforms.v2.functional.resize`, `antialias=True`) runs PyTorch's
//!    native `uint8` kernel: separable, horizontal pass then vertical, filter weights in f64
//!    rounded to int16 fixed point, each pass rounded and clamped to `uint8` ([`resize_rgb8`]);
//!    SigLIP resamples bicubic (a = −0.5, PIL's), SigLIP 2 bilinear;
//! 3. rescale and normalise fused: `(x − mean·255) / (std·255)` in f32;
//! 4. SigLIP: `pixel_values [B, 3, H, W]`. SigLIP 2 NaFlex: the image is first resized to the
//!    largest patch grid with at most `max_num_patches` patches keeping its aspect ratio
//!    ([`naflex_size`], transformers' binary search), then cut into patches flattened in
//!    (patch-row, patch-column, y, x, channel) order, zero-padded to `max_num_patches`, with
//!    `pixel_attention_mask` and `spatial_shapes`.
//!
//! PyTorch takes that `uint8` path for bilinear only on CPUs with AVX2 (others go through
//! f32 and round once); bicubic always. [`antialias_weights`] also serves the NaFlex position
//! grid resize ([`crate::siglip2::resize_weights`]: the same antialiased triangle, in f64).

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use image::{ImageDecoder, ImageReader, RgbImage};
use packfuse_ir::Tensor;
use serde::Deserialize;
use thiserror::Error;

/// The processor config file of a checkpoint folder.
pub const PREPROCESSOR_FILE: &str = "preprocessor_config.json";

/// Why an image or a text could not be prepared.
#[derive(Debug, Error)]
pub enum PreprocessError {
    /// A file could not be opened or read.
    #[error("{}: {reason}", path.display())]
    File {
        /// The file.
        path: PathBuf,
        /// What the OS said.
        reason: String,
    },
    /// An image file could not be decoded (not PNG or JPEG, or corrupt).
    #[error("{}: cannot decode the image: {reason}", path.display())]
    Decode {
        /// The image file.
        path: PathBuf,
        /// What the decoder said.
        reason: String,
    },
    /// A processor or tokenizer config is malformed or asks for what is not implemented.
    #[error("{}: {reason}", path.display())]
    Config {
        /// The config file.
        path: PathBuf,
        /// What is wrong.
        reason: String,
    },
    /// The checkpoint folder has no `tokenizer.json`.
    #[error("{}: no tokenizer.json in this folder{hint}", dir.display())]
    NoTokenizer {
        /// The checkpoint folder.
        dir: PathBuf,
        /// What else the folder holds and what to do.
        hint: String,
    },
    /// The batch cannot be made (no images, images of different sizes, a text too long).
    #[error("{0}")]
    Invalid(String),
}

/// How a resize filters (PIL's resample codes 2 and 3, the only ones SigLIP uses).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Resample {
    /// Triangle filter (PIL `BILINEAR` = 2): SigLIP 2.
    Bilinear,
    /// Keys cubic with a = −0.5 (PIL `BICUBIC` = 3): SigLIP.
    Bicubic,
}

impl Resample {
    /// The filter's half-width at scale 1.
    fn support(self) -> f64 {
        match self {
            Resample::Bilinear => 1.0,
            Resample::Bicubic => 2.0,
        }
    }

    fn weight(self, x: f64) -> f64 {
        let x = x.abs();
        match self {
            Resample::Bilinear => (1.0 - x).max(0.0),
            Resample::Bicubic => {
                const A: f64 = -0.5;
                if x < 1.0 {
                    ((A + 2.0) * x - (A + 3.0)) * x * x + 1.0
                } else if x < 2.0 {
                    ((A * x - 5.0 * A) * x + 8.0 * A) * x - 4.0 * A
                } else {
                    0.0
                }
            }
        }
    }
}

/// How images become `pixel_values`.
#[derive(Clone, Debug, PartialEq)]
pub enum ImageLayout {
    /// SigLIP: every image resized to `height × width`, `[B, 3, height, width]`.
    Fixed {
        /// Output height in pixels.
        height: usize,
        /// Output width in pixels.
        width: usize,
    },
    /// SigLIP 2 NaFlex: patches of `patch × patch` pixels, at most `max_patches` per image.
    Naflex {
        /// Patch side in pixels.
        patch: usize,
        /// Patch slots per image (`max_num_patches`).
        max_patches: usize,
    },
}

/// An image processor: what `preprocessor_config.json` says, with transformers' class
/// defaults for every absent field.
#[derive(Clone, Debug, PartialEq)]
pub struct ImageProcessor {
    /// Fixed resolution or NaFlex.
    pub layout: ImageLayout,
    /// Resize filter, `None` for `do_resize: false`.
    pub resample: Option<Resample>,
    /// `rescale_factor` (1/255), `None` for `do_rescale: false`.
    pub rescale: Option<f64>,
    /// `(image_mean, image_std)` per channel, `None` for `do_normalize: false`.
    pub normalize: Option<([f64; 3], [f64; 3])>,
}

/// `n` or `[a, b, c]` in a processor config.
#[derive(Clone, Debug, Deserialize)]
#[serde(untagged)]
enum PerChannel {
    One(f64),
    Three([f64; 3]),
}

impl PerChannel {
    fn get(&self) -> [f64; 3] {
        match self {
            PerChannel::One(v) => [*v; 3],
            PerChannel::Three(v) => *v,
        }
    }
}

#[derive(Clone, Debug, Default, Deserialize)]
struct SizeConfig {
    height: Option<usize>,
    width: Option<usize>,
    shortest_edge: Option<usize>,
    longest_edge: Option<usize>,
}

/// The fields of `preprocessor_config.json` the SigLIP processors read.
#[derive(Clone, Debug, Default, Deserialize)]
struct RawConfig {
    do_resize: Option<bool>,
    do_rescale: Option<bool>,
    do_normalize: Option<bool>,
    rescale_factor: Option<f64>,
    image_mean: Option<PerChannel>,
    image_std: Option<PerChannel>,
    resample: Option<i64>,
    size: Option<SizeConfig>,
    patch_size: Option<usize>,
    max_num_patches: Option<usize>,
    do_center_crop: Option<bool>,
}

impl ImageProcessor {
    /// The processor of the checkpoint folder `dir` for a model of `model_type` ("siglip":
    /// `SiglipImageProcessor`, "siglip2": `Siglip2ImageProcessor`), from its
    /// `preprocessor_config.json`, or transformers' defaults for that class when the file is
    /// absent (SigLIP: 224 × 224, bicubic, mean = std = 0.5; SigLIP 2: patch 16, 256 patches,
    /// bilinear, mean = std = 0.5).
    pub fn from_dir(dir: &Path, model_type: &str) -> Result<ImageProcessor, PreprocessError> {
        let path = dir.join(PREPROCESSOR_FILE);
        let raw: RawConfig = if path.exists() {
            let text = std::fs::read_to_string(&path)
                .map_err(|e| PreprocessError::File { path: path.clone(), reason: e.to_string() })?;
            serde_json::from_str(&text).map_err(|e| PreprocessError::Config {
                path: path.clone(),
                reason: format!("not a processor config: {e}"),
            })?
        } else {
            RawConfig::default()
        };
        Self::from_raw(&raw, model_type).map_err(|reason| PreprocessError::Config { path, reason })
    }

    fn from_raw(raw: &RawConfig, model_type: &str) -> Result<ImageProcessor, String> {
        let naflex = match model_type {
            "siglip" => false,
            "siglip2" => true,
            other => return Err(format!("model_type {other:?}: only siglip and siglip2 images")),
        };
        if raw.do_center_crop == Some(true) {
            return Err("do_center_crop is not supported (no SigLIP processor crops)".into());
        }
        let layout = if naflex {
            ImageLayout::Naflex {
                patch: raw.patch_size.unwrap_or(16),
                max_patches: raw.max_num_patches.unwrap_or(256),
            }
        } else {
            let size = raw.size.clone().unwrap_or_default();
            if size.shortest_edge.is_some() || size.longest_edge.is_some() {
                return Err("size by shortest_edge / longest_edge is not supported; SigLIP \
                            resizes to {height, width}"
                    .into());
            }
            ImageLayout::Fixed {
                height: size.height.unwrap_or(224),
                width: size.width.unwrap_or(224),
            }
        };
        if let ImageLayout::Naflex { patch: 0, .. } | ImageLayout::Naflex { max_patches: 0, .. } =
            layout
        {
            return Err("patch_size and max_num_patches must be positive".into());
        }
        let resample = match (raw.do_resize.unwrap_or(true), raw.resample) {
            (false, _) => None,
            (true, None) => Some(if naflex { Resample::Bilinear } else { Resample::Bicubic }),
            (true, Some(2)) => Some(Resample::Bilinear),
            (true, Some(3)) => Some(Resample::Bicubic),
            (true, Some(r)) => {
                return Err(format!(
                    "resample {r} is not supported: packfuse resizes bilinear (2) and bicubic (3)"
                ))
            }
        };
        let rescale =
            raw.do_rescale.unwrap_or(true).then(|| raw.rescale_factor.unwrap_or(1.0 / 255.0));
        let half = PerChannel::One(0.5);
        let normalize = raw.do_normalize.unwrap_or(true).then(|| {
            (
                raw.image_mean.as_ref().unwrap_or(&half).get(),
                raw.image_std.as_ref().unwrap_or(&half).get(),
            )
        });
        Ok(ImageProcessor { layout, resample, rescale, normalize })
    }

    /// The processor's outputs for `images`, under transformers' names: `pixel_values` (f32),
    /// and for NaFlex `pixel_attention_mask` (i32 `[B, max_patches]`) and `spatial_shapes`
    /// (i32 `[B, 2]`).
    pub fn process(&self, images: &[RgbImage]) -> Result<HashMap<String, Tensor>, PreprocessError> {
        if images.is_empty() {
            return Err(PreprocessError::Invalid("no images to process".into()));
        }
        let mut m = HashMap::new();
        match self.layout {
            ImageLayout::Fixed { height, width } => {
                let mut px = Vec::new();
                let mut size = None;
                for img in images {
                    let img = self.resized(img, height, width);
                    let dims = (img.height() as usize, img.width() as usize);
                    if *size.get_or_insert(dims) != dims {
                        return Err(PreprocessError::Invalid(format!(
                            "images of sizes {:?} and {dims:?} cannot share a batch without resizing",
                            size.unwrap_or(dims)
                        )));
                    }
                    px.extend(self.normalized_chw(&img));
                }
                let (h, w) = size.unwrap_or((height, width));
                m.insert("pixel_values".into(), Tensor::from_f32(&[images.len(), 3, h, w], px));
            }
            ImageLayout::Naflex { patch, max_patches } => {
                let k = patch * patch * 3;
                let mut px = vec![0f32; images.len() * max_patches * k];
                let mut mask = vec![0i32; images.len() * max_patches];
                let mut shapes = Vec::new();
                for (i, img) in images.iter().enumerate() {
                    let (h, w) = (img.height() as usize, img.width() as usize);
                    let (th, tw) = naflex_size(h, w, patch, max_patches);
                    let img = self.resized(img, th, tw);
                    let (h, w) = (img.height() as usize, img.width() as usize);
                    let (rows, cols) = (h / patch, w / patch);
                    if h % patch != 0 || w % patch != 0 || rows * cols > max_patches {
                        return Err(PreprocessError::Invalid(format!(
                            "image {i}: {h} × {w} pixels do not cut into at most {max_patches} \
                             patches of {patch} × {patch}"
                        )));
                    }
                    let chw = self.normalized_chw(&img);
                    let out = &mut px[i * max_patches * k..(i + 1) * max_patches * k];
                    patchify(&chw, h, w, patch, out);
                    mask[i * max_patches..i * max_patches + rows * cols].fill(1);
                    shapes.extend([rows as i32, cols as i32]);
                }
                let b = images.len();
                m.insert("pixel_values".into(), Tensor::from_f32(&[b, max_patches, k], px));
                m.insert("pixel_attention_mask".into(), Tensor::from_i32(&[b, max_patches], mask));
                m.insert("spatial_shapes".into(), Tensor::from_i32(&[b, 2], shapes));
            }
        }
        Ok(m)
    }

    /// `img` resized to `height × width` (unchanged without `do_resize`).
    fn resized(&self, img: &RgbImage, height: usize, width: usize) -> RgbImage {
        match self.resample {
            Some(filter) => resize_rgb8(img, height, width, filter),
            None => img.clone(),
        }
    }

    /// Rescaled and normalised, channel-first, f32, as torchvision's fused
    /// `rescale_and_normalize` computes it.
    fn normalized_chw(&self, img: &RgbImage) -> Vec<f32> {
        let (w, h) = (img.width() as usize, img.height() as usize);
        // transformers folds the rescale into the statistics: mean / factor, std / factor
        // (a float32 tensor times a Python float), then (x - mean) / std in float32.
        let (mean, std, scale) = match (self.normalize, self.rescale) {
            (Some((m, s)), Some(f)) => {
                let inv = (1.0 / f) as f32;
                (m.map(|v| v as f32 * inv), s.map(|v| v as f32 * inv), None)
            }
            (Some((m, s)), None) => (m.map(|v| v as f32), s.map(|v| v as f32), None),
            (None, f) => ([0.0; 3], [1.0; 3], f.map(|f| f as f32)),
        };
        let raw = img.as_raw();
        let mut out = vec![0f32; 3 * h * w];
        for c in 0..3 {
            for (i, o) in out[c * h * w..(c + 1) * h * w].iter_mut().enumerate() {
                let x = raw[i * 3 + c] as f32;
                *o = match scale {
                    Some(f) => x * f,
                    None if self.normalize.is_some() => (x - mean[c]) / std[c],
                    None => x,
                };
            }
        }
        out
    }
}

/// Cuts a `[3, h, w]` image into patches in (patch-row, patch-column) order, each flattened
/// (y, x, channel), into the front of `out` (`Siglip2ImageProcessor`'s
/// `convert_image_to_patches`).
pub fn patchify(chw: &[f32], h: usize, w: usize, patch: usize, out: &mut [f32]) {
    let (rows, cols, k) = (h / patch, w / patch, patch * patch * 3);
    for r in 0..rows {
        for c in 0..cols {
            let dst = &mut out[(r * cols + c) * k..(r * cols + c + 1) * k];
            for y in 0..patch {
                for x in 0..patch {
                    let (py, px) = (r * patch + y, c * patch + x);
                    for ch in 0..3 {
                        dst[(y * patch + x) * 3 + ch] = chw[ch * h * w + py * w + px];
                    }
                }
            }
        }
    }
}

/// The size NaFlex resizes an `h × w` image to: multiples of `patch`, aspect ratio kept, at
/// most `max_patches` patches, at least one (transformers' `get_image_size_for_max_num_patches`:
/// a binary search over the scale down to 1e-5, in f64, reproduced step by step).
pub fn naflex_size(h: usize, w: usize, patch: usize, max_patches: usize) -> (usize, usize) {
    let p = patch as f64;
    let scaled = |scale: f64, size: usize| -> f64 {
        let s = ((size as f64 * scale) / p).ceil() * p;
        s.max(p)
    };
    let eps = 1e-5;
    let (mut lo, mut hi) = (eps / 10.0, 100.0);
    while hi - lo >= eps {
        let scale = (lo + hi) / 2.0;
        let n = (scaled(scale, h) / p) * (scaled(scale, w) / p);
        if n <= max_patches as f64 {
            lo = scale;
        } else {
            hi = scale;
        }
    }
    (scaled(lo, h) as usize, scaled(lo, w) as usize)
}

/// One axis of PyTorch's antialiased `uint8` resize: for each output index, the first input
/// index and its int16 fixed-point weights, and the fixed-point precision in bits
/// (`_compute_index_ranges_int16_weights` in ATen's `UpSampleKernel.cpp`).
struct AxisWeights {
    first: Vec<usize>,
    weights: Vec<Vec<i32>>,
    precision: u32,
}

/// The f64 weights of an antialiased resize of a length-`src` axis to `dst`: for each output
/// index, its first input index and the normalised filter weights (rows sum to 1).
/// `crate::siglip2::resize_weights` is the dense form of the bilinear case.
pub fn antialias_weights(src: usize, dst: usize, filter: Resample) -> Vec<(usize, Vec<f64>)> {
    let scale = src as f64 / dst as f64;
    let (support, inv) = if scale >= 1.0 {
        (filter.support() * scale, 1.0 / scale)
    } else {
        (filter.support(), 1.0)
    };
    // ATen sizes its weight buffer from the support rounded up in f32 and clips to it.
    let max_taps = (support as f32).ceil() as i64 * 2 + 1;
    (0..dst)
        .map(|i| {
            let center = scale * (i as f64 + 0.5);
            // Truncation toward zero, then clamped to the axis, as ATen does.
            let lo = ((center - support + 0.5) as i64).max(0);
            let hi = ((center + support + 0.5) as i64).min(src as i64);
            let taps = (hi - lo).clamp(0, max_taps);
            let mut w: Vec<f64> =
                (0..taps).map(|j| filter.weight(((j + lo) as f64 - center + 0.5) * inv)).collect();
            let total: f64 = w.iter().sum();
            if total != 0.0 {
                w.iter_mut().for_each(|v| *v /= total);
            }
            (lo as usize, w)
        })
        .collect()
}

impl AxisWeights {
    fn new(src: usize, dst: usize, filter: Resample) -> AxisWeights {
        let rows = antialias_weights(src, dst, filter);
        let max = rows.iter().flat_map(|(_, w)| w.iter().copied()).fold(0.0, f64::max);
        // The most fractional bits (up to 22) that keep the largest weight within int16.
        let mut precision = 0;
        while precision < 22 {
            let next = (0.5 + max * (1u64 << (precision + 1)) as f64) as i64;
            if next >= 1 << 15 {
                break;
            }
            precision += 1;
        }
        let one = (1u64 << precision) as f64;
        let round = |v: f64| if v < 0.0 { (v - 0.5) as i32 } else { (v + 0.5) as i32 };
        let first = rows.iter().map(|(lo, _)| *lo).collect();
        let weights =
            rows.iter().map(|(_, w)| w.iter().map(|&v| round(v * one)).collect()).collect();
        AxisWeights { first, weights, precision }
    }

    /// One output value from `taps(k)`, the k-th input sample of output `i`.
    fn apply(&self, i: usize, taps: impl Fn(usize) -> u8) -> u8 {
        let mut acc: i32 = 1 << (self.precision - 1);
        for (k, &w) in self.weights[i].iter().enumerate() {
            acc += taps(self.first[i] + k) as i32 * w;
        }
        (acc >> self.precision).clamp(0, 255) as u8
    }
}

/// Resizes an RGB image to `height × width` as PyTorch's antialiased `uint8` interpolation
/// does (torchvision's `resize(..., antialias=True)` on a `uint8` tensor on the CPU):
/// horizontal pass, then vertical, each with int16 fixed-point weights, rounded and clamped to
/// `uint8`; an axis that keeps its length is not resampled.
pub fn resize_rgb8(img: &RgbImage, height: usize, width: usize, filter: Resample) -> RgbImage {
    let (w0, h0) = (img.width() as usize, img.height() as usize);
    let mut cur = img.as_raw().clone();
    if width != w0 {
        let ax = AxisWeights::new(w0, width, filter);
        let mut next = vec![0u8; h0 * width * 3];
        for y in 0..h0 {
            let row = &cur[y * w0 * 3..(y + 1) * w0 * 3];
            for x in 0..width {
                for c in 0..3 {
                    next[(y * width + x) * 3 + c] = ax.apply(x, |j| row[j * 3 + c]);
                }
            }
        }
        cur = next;
    }
    if height != h0 {
        let ax = AxisWeights::new(h0, height, filter);
        let mut next = vec![0u8; height * width * 3];
        for y in 0..height {
            for x in 0..width {
                for c in 0..3 {
                    next[(y * width + x) * 3 + c] = ax.apply(y, |j| cur[(j * width + x) * 3 + c]);
                }
            }
        }
        cur = next;
    }
    RgbImage::from_raw(width as u32, height as u32, cur).expect("the buffer fits the size")
}

/// Opens an image file as transformers' `load_image` does for the zero-shot pipeline: PNG or
/// JPEG, EXIF orientation applied, converted to 8-bit RGB (alpha dropped, grey replicated).
pub fn load_image(path: &Path) -> Result<RgbImage, PreprocessError> {
    let decode = |e: image::ImageError| PreprocessError::Decode {
        path: path.to_path_buf(),
        reason: e.to_string(),
    };
    let reader = ImageReader::open(path)
        .map_err(|e| PreprocessError::File { path: path.to_path_buf(), reason: e.to_string() })?
        .with_guessed_format()
        .map_err(|e| PreprocessError::File { path: path.to_path_buf(), reason: e.to_string() })?;
    let mut decoder = reader.into_decoder().map_err(decode)?;
    let orientation = decoder.orientation().map_err(decode)?;
    let mut img = image::DynamicImage::from_decoder(decoder).map_err(decode)?;
    img.apply_orientation(orientation);
    Ok(img.to_rgb8())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_point_resize_keeps_flat_images_flat_and_copies_equal_sizes() {
        for filter in [Resample::Bilinear, Resample::Bicubic] {
            let flat = RgbImage::from_pixel(13, 7, image::Rgb([0, 128, 255]));
            let r = resize_rgb8(&flat, 5, 20, filter);
            assert!(r.pixels().all(|p| p.0 == [0, 128, 255]), "{filter:?}");
            let ramp =
                RgbImage::from_fn(6, 4, |x, y| image::Rgb([(x * 40) as u8, (y * 60) as u8, 7]));
            assert_eq!(resize_rgb8(&ramp, 4, 6, filter), ramp);
        }
    }

    #[test]
    fn naflex_size_fills_the_patch_budget_keeping_the_aspect() {
        // 256 patches of 16: a square image becomes 16 × 16 patches, a 2:1 one about 22 × 11.
        assert_eq!(naflex_size(480, 480, 16, 256), (256, 256));
        let (h, w) = naflex_size(200, 400, 16, 256);
        assert!(h % 16 == 0 && w % 16 == 0 && (h / 16) * (w / 16) <= 256, "{h} {w}");
        assert!((w as f64 / h as f64 - 2.0).abs() < 0.2, "{h} {w}");
        // Tiny and extreme images still get at least one patch per side.
        assert_eq!(naflex_size(1, 1000, 16, 16).0, 16);
    }

    #[test]
    fn patches_are_row_column_then_y_x_channel() {
        // A 3-channel 2 × 4 image, patch 2: two patches side by side.
        let (h, w) = (2, 4);
        let chw: Vec<f32> = (0..3 * h * w).map(|v| v as f32).collect();
        let mut out = vec![0f32; 2 * 12];
        patchify(&chw, h, w, 2, &mut out);
        // Patch 1 (column 1), pixel (y 1, x 0) = image (1, 2), channel 2: index 2·8 + 1·4 + 2.
        assert_eq!(out[12 + (2 * 3) + 2], (2 * 8 + 4 + 2) as f32);
        assert_eq!(out[0..3], [0.0, 8.0, 16.0]);
    }

    #[test]
    fn processor_configs() {
        let raw: RawConfig = serde_json::from_str(
            r#"{"resample": 2, "image_mean": 0.5, "image_std": [0.1, 0.2, 0.3],
                "size": {"height": 32, "width": 48}, "rescale_factor": 0.5}"#,
        )
        .unwrap();
        let p = ImageProcessor::from_raw(&raw, "siglip").unwrap();
        assert_eq!(p.layout, ImageLayout::Fixed { height: 32, width: 48 });
        assert_eq!(p.resample, Some(Resample::Bilinear));
        assert_eq!(p.normalize, Some(([0.5; 3], [0.1, 0.2, 0.3])));
        assert_eq!(p.rescale, Some(0.5));
        let d = ImageProcessor::from_raw(&RawConfig::default(), "siglip2").unwrap();
        assert_eq!(d.layout, ImageLayout::Naflex { patch: 16, max_patches: 256 });
        assert_eq!(d.resample, Some(Resample::Bilinear));
        let lanczos: RawConfig = serde_json::from_str(r#"{"resample": 1}"#).unwrap();
        let e = ImageProcessor::from_raw(&lanczos, "siglip").unwrap_err();
        assert!(e.contains("resample 1"), "{e}");
    }
}
