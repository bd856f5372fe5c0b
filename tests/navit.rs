//! NaViT (`packfuse::models::navit`) on the CPU and Vulkan (lavapipe in CI; CUDA too under
//! `PACKFUSE_DEVICE=cuda`), f32, with random tiny checkpoints written here:
//! - a packed batch of images of different aspect ratios equals each image run alone, and
//!   the NaFlex-padded input layout equals the packed one (1e-5);
//! - the whole forward (factorised position embedding included) equals an independent
//!   float64 host reference written below in plain loops (1e-4);
//! - token dropping equals the reference on the kept patches at their own positions, and not
//!   at renumbered positions; dropped patches are never read;
//! - checkpoints round-trip (single file and shards); missing, extra and misshaped tensors
//!   are errors naming the tensor;
//! - `packfuse model navit` end to end.

mod common;

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use packfuse::io;
use packfuse::models::checkpoint::Checkpoint;
use packfuse::models::navit::{self, NavitBatch, NavitConfig, PixelLayout, TokenKeep};
use packfuse::models::packing::SplitMix64;
use packfuse::{Engine, Tensor};
use safetensors::tensor::TensorView;
use serde_json::json;

// --- the tiny model and its checkpoint --------------------------------------------------

/// The tiny checkpoint's `config.json` (also committed as `tests/fixtures/navit/config.json`).
fn tiny_hf_config() -> serde_json::Value {
    json!({
        "model_type": "navit",
        "architectures": ["NavitForImageClassification"],
        "hidden_size": 16,
        "num_hidden_layers": 2,
        "num_attention_heads": 2,
        "intermediate_size": 24,
        "patch_size": 2,
        "num_channels": 3,
        "max_patch_rows": 8,
        "max_patch_cols": 9,
        "layer_norm_eps": 1e-6,
        "hidden_act": "gelu_pytorch_tanh",
        "num_labels": 3
    })
}

/// Every parameter of the format (module docs of `navit`) with its shape, written from the
/// spec rather than read from the model, so a renamed parameter fails the load.
fn param_specs(c: &serde_json::Value) -> Vec<(String, Vec<usize>)> {
    let n = |k: &str| c[k].as_u64().unwrap() as usize;
    let (d, m, layers) = (n("hidden_size"), n("intermediate_size"), n("num_hidden_layers"));
    let k = n("patch_size") * n("patch_size") * n("num_channels");
    let mut v: Vec<(String, Vec<usize>)> = Vec::new();
    let mut lin = |name: String, out: usize, inp: usize| {
        v.push((format!("{name}.weight"), vec![out, inp]));
        v.push((format!("{name}.bias"), vec![out]));
    };
    let e = "vision_model.embeddings.";
    lin(format!("{e}patch_embedding"), d, k);
    for i in 0..layers {
        let p = format!("vision_model.encoder.layers.{i}.");
        for proj in ["q_proj", "k_proj", "v_proj", "out_proj"] {
            lin(format!("{p}self_attn.{proj}"), d, d);
        }
        lin(format!("{p}mlp.fc1"), m, d);
        lin(format!("{p}mlp.fc2"), d, m);
        lin(format!("{p}layer_norm1"), d, 0);
        lin(format!("{p}layer_norm2"), d, 0);
    }
    let h = "vision_model.head.";
    lin("vision_model.post_layernorm".into(), d, 0);
    lin(format!("{h}attention.out_proj"), d, d);
    lin(format!("{h}layernorm"), d, 0);
    lin(format!("{h}mlp.fc1"), m, d);
    lin(format!("{h}mlp.fc2"), d, m);
    if let Some(labels) = c["num_labels"].as_u64() {
        lin("classifier".into(), labels as usize, d);
    }
    // LayerNorm weights are vectors: the `lin` helper gave them `[d, 0]`.
    for (name, shape) in v.iter_mut() {
        if shape.get(1) == Some(&0) {
            shape.pop();
            assert!(name.ends_with(".weight"));
        }
    }
    v.push((format!("{e}row_embedding.weight"), vec![n("max_patch_rows"), d]));
    v.push((format!("{e}column_embedding.weight"), vec![n("max_patch_cols"), d]));
    v.push((format!("{h}probe"), vec![1, 1, d]));
    v.push((format!("{h}attention.in_proj_weight"), vec![3 * d, d]));
    v.push((format!("{h}attention.in_proj_bias"), vec![3 * d]));
    v
}

/// Uniform in `(-1, 1)`.
fn uniform(rng: &mut SplitMix64) -> f32 {
    ((rng.next_u64() >> 40) as f64 / (1u64 << 24) as f64 * 2.0 - 1.0) as f32
}

/// Random weights for `specs`: LayerNorm weights near 1, matrices scaled by 1/√fan-in, and
/// biases, tables and the probe of order 0.1 to 1 (so every term matters).
fn random_weights(specs: &[(String, Vec<usize>)], seed: u64) -> BTreeMap<String, Tensor> {
    let mut rng = SplitMix64(seed);
    let mut m = BTreeMap::new();
    for (name, shape) in specs {
        let n: usize = shape.iter().product();
        let norm = name.contains("norm") && name.ends_with(".weight");
        let scale = match shape.as_slice() {
            [_, inp] if !name.contains("embedding") => 1.5 / (*inp as f32).sqrt(),
            _ if norm => 0.3,
            _ if name.ends_with("bias") => 0.2,
            _ => 1.0,
        };
        let values = (0..n).map(|_| uniform(&mut rng) * scale + norm as u8 as f32).collect();
        m.insert(name.clone(), Tensor::from_f32(shape, values));
    }
    m
}

/// A fresh folder (tests run in parallel threads: every call gets its own).
fn scratch(name: &str) -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    let n = N.fetch_add(1, Ordering::Relaxed);
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("navit")
        .join(format!("{}-{n}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Writes `config` and `tensors` as a checkpoint folder with the safetensors crate (not
/// packfuse's writer): one `model.safetensors`, or `shards` files with an index.
fn write_checkpoint(
    name: &str,
    config: &serde_json::Value,
    tensors: &BTreeMap<String, Tensor>,
    shards: usize,
) -> PathBuf {
    let dir = scratch(name);
    std::fs::write(dir.join("config.json"), serde_json::to_string_pretty(config).unwrap()).unwrap();
    let bytes: Vec<(String, Vec<usize>, Vec<u8>)> =
        tensors.iter().map(|(n, t)| (n.clone(), t.shape().to_vec(), t.to_le_bytes())).collect();
    fn views(part: &[(String, Vec<usize>, Vec<u8>)]) -> Vec<(String, TensorView<'_>)> {
        let view = |s: &[usize], b| TensorView::new(safetensors::Dtype::F32, s.to_vec(), b);
        part.iter().map(|(n, s, b)| (n.clone(), view(s, b).unwrap())).collect()
    }
    if shards <= 1 {
        safetensors::serialize_to_file(views(&bytes), &None, &dir.join("model.safetensors"))
            .unwrap();
        return dir;
    }
    let mut weight_map = serde_json::Map::new();
    let per = bytes.len().div_ceil(shards);
    for (i, part) in bytes.chunks(per).enumerate() {
        let file = format!("model-{:05}-of-{shards:05}.safetensors", i + 1);
        safetensors::serialize_to_file(views(part), &None, &dir.join(&file)).unwrap();
        for (n, _, _) in part {
            weight_map.insert(n.clone(), json!(file));
        }
    }
    let index = json!({ "metadata": {}, "weight_map": weight_map });
    std::fs::write(dir.join("model.safetensors.index.json"), index.to_string()).unwrap();
    dir
}

/// The tiny model: its config and the weights as loaded from a checkpoint written here.
fn tiny_model() -> (NavitConfig, HashMap<String, Tensor>) {
    let hf = tiny_hf_config();
    let weights = random_weights(&param_specs(&hf), 7);
    let dir = write_checkpoint("tiny", &hf, &weights, 1);
    let ckpt = Checkpoint::open(&dir).unwrap();
    let c = NavitConfig::from_checkpoint(&ckpt).unwrap();
    let w = navit::load_weights(&c, ckpt).unwrap();
    (c, w)
}

// --- inputs and running ------------------------------------------------------------------

/// Random patches for `grids`: one `[h·w, K]` block per image.
fn random_images(grids: &[(usize, usize)], k: usize, seed: u64) -> Vec<Vec<f32>> {
    let mut rng = SplitMix64(seed);
    grids.iter().map(|&(h, w)| (0..h * w * k).map(|_| uniform(&mut rng)).collect()).collect()
}

fn spatial_shapes(grids: &[(usize, usize)]) -> Tensor {
    let v = grids.iter().flat_map(|&(h, w)| [h as i32, w as i32]).collect();
    Tensor::from_i32(&[grids.len(), 2], v)
}

/// Packed inputs: `pixel_values [Σ h·w, K]`, `spatial_shapes`.
fn packed_inputs(
    grids: &[(usize, usize)],
    images: &[Vec<f32>],
    k: usize,
) -> HashMap<String, Tensor> {
    let px: Vec<f32> = images.concat();
    let mut m = HashMap::new();
    m.insert("pixel_values".into(), Tensor::from_f32(&[px.len() / k, k], px));
    m.insert("spatial_shapes".into(), spatial_shapes(grids));
    m
}

/// NaFlex-padded inputs: `pixel_values [B, P, K]` (padding slots hold 9.0),
/// `pixel_attention_mask`, `spatial_shapes`.
fn padded_inputs(
    grids: &[(usize, usize)],
    images: &[Vec<f32>],
    k: usize,
    slots: usize,
) -> HashMap<String, Tensor> {
    let b = grids.len();
    let mut px = vec![9.0f32; b * slots * k];
    let mut mask = vec![0i32; b * slots];
    for (i, img) in images.iter().enumerate() {
        px[i * slots * k..i * slots * k + img.len()].copy_from_slice(img);
        mask[i * slots..i * slots + img.len() / k].iter_mut().for_each(|m| *m = 1);
    }
    let mut m = HashMap::new();
    m.insert("pixel_values".into(), Tensor::from_f32(&[b, slots, k], px));
    m.insert("pixel_attention_mask".into(), Tensor::from_i32(&[b, slots], mask));
    m.insert("spatial_shapes".into(), spatial_shapes(grids));
    m
}

fn run(
    engine: &Engine,
    c: &NavitConfig,
    weights: &HashMap<String, Tensor>,
    inputs: &HashMap<String, Tensor>,
    keep: TokenKeep,
) -> BTreeMap<String, Tensor> {
    let batch = navit::batch_from_inputs(c, inputs, keep, true).expect("a valid batch");
    let g = navit::graph(c, &batch).expect("the graph builds");
    let feed = navit::feed(c, &batch, inputs).unwrap();
    common::run_model(engine, &g, &feed, weights)
}

/// Rows `rows` of a `[N, D]` tensor, as f64.
fn rows(t: &Tensor, rows: std::ops::Range<usize>) -> Vec<f64> {
    let d = t.shape()[1];
    t.to_f64_vec()[rows.start * d..rows.end * d].to_vec()
}

fn max_abs(a: &[f64], b: &[f64]) -> f64 {
    assert_eq!(a.len(), b.len());
    a.iter().zip(b).map(|(x, y)| (x - y).abs()).fold(0.0, f64::max)
}

// --- the float64 reference ----------------------------------------------------------------

/// The weights as f64, by name.
struct Ref<'a> {
    w: HashMap<&'a str, Vec<f64>>,
    d: usize,
    heads: usize,
    eps: f64,
}

impl<'a> Ref<'a> {
    fn new(c: &NavitConfig, weights: &'a HashMap<String, Tensor>) -> Self {
        let w = weights.iter().map(|(n, t)| (n.as_str(), t.to_f64_vec())).collect();
        Ref { w, d: c.tower.hidden, heads: c.tower.heads, eps: c.tower.eps }
    }

    fn get(&self, name: &str) -> &[f64] {
        self.w.get(name).unwrap_or_else(|| panic!("no weight {name}"))
    }

    /// `W x + b` for `{name}.weight (out, in)`.
    fn linear(&self, name: &str, x: &[f64]) -> Vec<f64> {
        let (w, b) = (self.get(&format!("{name}.weight")), self.get(&format!("{name}.bias")));
        linear(w, b, x)
    }

    fn layer_norm(&self, name: &str, x: &[f64]) -> Vec<f64> {
        let (w, b) = (self.get(&format!("{name}.weight")), self.get(&format!("{name}.bias")));
        let n = x.len() as f64;
        let mean = x.iter().sum::<f64>() / n;
        let var = x.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / n;
        let inv = 1.0 / (var + self.eps).sqrt();
        x.iter().enumerate().map(|(i, v)| (v - mean) * inv * w[i] + b[i]).collect()
    }

    fn mlp(&self, name: &str, x: &[f64]) -> Vec<f64> {
        let h: Vec<f64> =
            self.linear(&format!("{name}.fc1"), x).into_iter().map(gelu_tanh).collect();
        self.linear(&format!("{name}.fc2"), &h)
    }

    /// Multi-head attention of each query over all keys (one image).
    fn attention(&self, q: &[Vec<f64>], k: &[Vec<f64>], v: &[Vec<f64>]) -> Vec<Vec<f64>> {
        let dh = self.d / self.heads;
        let scale = 1.0 / (dh as f64).sqrt();
        q.iter()
            .map(|qi| {
                let mut out = vec![0.0; self.d];
                for h in 0..self.heads {
                    let s = h * dh..(h + 1) * dh;
                    let scores: Vec<f64> = k
                        .iter()
                        .map(|kj| {
                            qi[s.clone()]
                                .iter()
                                .zip(&kj[s.clone()])
                                .map(|(a, b)| a * b)
                                .sum::<f64>()
                                * scale
                        })
                        .collect();
                    let max = scores.iter().cloned().fold(f64::MIN, f64::max);
                    let e: Vec<f64> = scores.iter().map(|x| (x - max).exp()).collect();
                    let z: f64 = e.iter().sum();
                    for (j, vj) in v.iter().enumerate() {
                        for c in s.clone() {
                            out[c] += e[j] / z * vj[c];
                        }
                    }
                }
                out
            })
            .collect()
    }

    /// One image: tokens as (patch pixels, row, column). Returns (embeddings, last hidden
    /// state, pooled, logits).
    fn image(&self, c: &NavitConfig, tokens: &[(Vec<f64>, usize, usize)]) -> RefOut {
        let e = "vision_model.embeddings.";
        let (rows, cols) = (
            self.get(&format!("{e}row_embedding.weight")),
            self.get(&format!("{e}column_embedding.weight")),
        );
        let d = self.d;
        let embed: Vec<Vec<f64>> = tokens
            .iter()
            .map(|(px, r, col)| {
                let x = self.linear(&format!("{e}patch_embedding"), px);
                (0..d).map(|i| x[i] + rows[r * d + i] + cols[col * d + i]).collect()
            })
            .collect();
        let mut x = embed.clone();
        for l in 0..c.tower.layers {
            let p = format!("vision_model.encoder.layers.{l}.");
            let h: Vec<Vec<f64>> =
                x.iter().map(|t| self.layer_norm(&format!("{p}layer_norm1"), t)).collect();
            let proj = |n: &str| -> Vec<Vec<f64>> {
                h.iter().map(|t| self.linear(&format!("{p}self_attn.{n}"), t)).collect()
            };
            let a = self.attention(&proj("q_proj"), &proj("k_proj"), &proj("v_proj"));
            for (xi, ai) in x.iter_mut().zip(&a) {
                let o = self.linear(&format!("{p}self_attn.out_proj"), ai);
                xi.iter_mut().zip(o).for_each(|(v, o)| *v += o);
                let f =
                    self.mlp(&format!("{p}mlp"), &self.layer_norm(&format!("{p}layer_norm2"), xi));
                xi.iter_mut().zip(f).for_each(|(v, f)| *v += f);
            }
        }
        let last: Vec<Vec<f64>> =
            x.iter().map(|t| self.layer_norm("vision_model.post_layernorm", t)).collect();
        // MAP head: the probe is the only query; in_proj rows are q, k, v.
        let h = "vision_model.head.";
        let (w, b) = (
            self.get(&format!("{h}attention.in_proj_weight")),
            self.get(&format!("{h}attention.in_proj_bias")),
        );
        let part =
            |i: usize, t: &[f64]| linear(&w[i * d * d..(i + 1) * d * d], &b[i * d..(i + 1) * d], t);
        let q = part(0, self.get(&format!("{h}probe")));
        let k: Vec<Vec<f64>> = last.iter().map(|t| part(1, t)).collect();
        let v: Vec<Vec<f64>> = last.iter().map(|t| part(2, t)).collect();
        let a = &self.attention(&[q], &k, &v)[0];
        let o = self.linear(&format!("{h}attention.out_proj"), a);
        let m = self.mlp(&format!("{h}mlp"), &self.layer_norm(&format!("{h}layernorm"), &o));
        let pooled: Vec<f64> = o.iter().zip(m).map(|(a, b)| a + b).collect();
        let logits = self.linear("classifier", &pooled);
        RefOut { embed: embed.concat(), last: last.concat(), pooled, logits }
    }
}

struct RefOut {
    embed: Vec<f64>,
    last: Vec<f64>,
    pooled: Vec<f64>,
    logits: Vec<f64>,
}

fn linear(w: &[f64], b: &[f64], x: &[f64]) -> Vec<f64> {
    let inp = x.len();
    (0..b.len()).map(|o| b[o] + (0..inp).map(|i| w[o * inp + i] * x[i]).sum::<f64>()).collect()
}

fn gelu_tanh(x: f64) -> f64 {
    0.5 * x * (1.0 + ((2.0 / std::f64::consts::PI).sqrt() * (x + 0.044715 * x.powi(3))).tanh())
}

/// The reference's tokens of one image: its `kept` patches at `(p / w, p % w)`, or at
/// `positions` when given.
fn ref_tokens(
    img: &[f32],
    k: usize,
    w: usize,
    kept: &[usize],
    positions: Option<&dyn Fn(usize) -> (usize, usize)>,
) -> Vec<(Vec<f64>, usize, usize)> {
    kept.iter()
        .enumerate()
        .map(|(j, &p)| {
            let px = img[p * k..(p + 1) * k].iter().map(|&v| v as f64).collect();
            let (r, c) = positions.map_or((p / w, p % w), |f| f(j));
            (px, r, c)
        })
        .collect()
}

/// Compares the graph's outputs for every image against the reference's; returns failures.
fn check_against_reference(
    device: &str,
    got: &BTreeMap<String, Tensor>,
    want: &[RefOut],
    tol: f64,
) -> Vec<String> {
    let mut fails = Vec::new();
    let mut at = 0;
    for (i, r) in want.iter().enumerate() {
        let n = r.last.len() / got["last_hidden_state"].shape()[1];
        let pairs = [
            ("hidden_states.0", rows(&got["hidden_states.0"], at..at + n), &r.embed),
            ("last_hidden_state", rows(&got["last_hidden_state"], at..at + n), &r.last),
            ("image_embeds", rows(&got["image_embeds"], i..i + 1), &r.pooled),
            ("logits", rows(&got["logits"], i..i + 1), &r.logits),
        ];
        for (name, g, w) in pairs {
            let err = max_abs(&g, w);
            if err > tol || !err.is_finite() {
                fails.push(format!("{device} image {i} {name}: {err:.2e} > {tol:.0e}"));
            }
        }
        at += n;
    }
    assert_eq!(at, got["last_hidden_state"].shape()[0], "token count");
    fails
}

const GRIDS: [(usize, usize); 5] = [(3, 5), (4, 4), (2, 7), (6, 2), (1, 3)];

// --- the tests ------------------------------------------------------------------------------

#[test]
fn packed_batch_equals_each_image_alone() {
    let (c, w) = tiny_model();
    let k = c.patch_dim();
    let images = random_images(&GRIDS, k, 1);
    let mut fails = Vec::new();
    for e in common::engines("navit") {
        let all = run(&e, &c, &w, &packed_inputs(&GRIDS, &images, k), TokenKeep::All);
        let mut at = 0;
        for (i, &g) in GRIDS.iter().enumerate() {
            let one = run(&e, &c, &w, &packed_inputs(&[g], &images[i..=i], k), TokenKeep::All);
            let n = g.0 * g.1;
            let pairs = [
                ("image_embeds", rows(&all["image_embeds"], i..i + 1), &one["image_embeds"]),
                ("logits", rows(&all["logits"], i..i + 1), &one["logits"]),
                (
                    "last_hidden_state",
                    rows(&all["last_hidden_state"], at..at + n),
                    &one["last_hidden_state"],
                ),
            ];
            for (name, got, want) in pairs {
                let err = max_abs(&got, &want.to_f64_vec());
                if err > 1e-5 {
                    fails.push(format!(
                        "{} image {i} {name}: packed vs alone {err:.2e}",
                        e.device()
                    ));
                }
            }
            at += n;
        }
        // Images do differ (the comparison above is not vacuous).
        let emb = all["image_embeds"].to_f64_vec();
        assert!(max_abs(&emb[..c.tower.hidden], &emb[c.tower.hidden..2 * c.tower.hidden]) > 1e-3);
        // The NaFlex-padded layout (padding slots hold junk) gives the same outputs.
        let padded = run(&e, &c, &w, &padded_inputs(&GRIDS, &images, k, 20), TokenKeep::All);
        for name in ["image_embeds", "logits", "last_hidden_state"] {
            let err = common::max_diff(&padded[name], &all[name]) as f64;
            if err > 1e-5 {
                fails.push(format!("{} padded vs packed {name}: {err:.2e}", e.device()));
            }
        }
    }
    assert!(fails.is_empty(), "{}", fails.join("\n"));
}

#[test]
fn forward_matches_the_f64_reference() {
    let (c, w) = tiny_model();
    let k = c.patch_dim();
    // The largest grid uses the last row and column of the position tables.
    let grids = [(3, 5), (8, 1), (1, 9), (2, 2)];
    let images = random_images(&grids, k, 2);
    let r = Ref::new(&c, &w);
    let want: Vec<RefOut> = grids
        .iter()
        .zip(&images)
        .map(|(&(h, wd), img)| {
            r.image(&c, &ref_tokens(img, k, wd, &(0..h * wd).collect::<Vec<_>>(), None))
        })
        .collect();
    let mut fails = Vec::new();
    for e in common::engines("navit") {
        let got = run(&e, &c, &w, &padded_inputs(&grids, &images, k, 16), TokenKeep::All);
        fails.extend(check_against_reference(e.device(), &got, &want, 1e-4));
    }
    assert!(fails.is_empty(), "{}", fails.join("\n"));
}

#[test]
fn token_dropping_keeps_positions_and_never_reads_dropped_patches() {
    let (c, w) = tiny_model();
    let k = c.patch_dim();
    let mut images = random_images(&GRIDS, k, 3);
    let keep = TokenKeep::Rate { keep: 0.5, seed: 11 };
    let batch = NavitBatch {
        grids: GRIDS.to_vec(),
        pixels: PixelLayout::Packed,
        keep: keep.clone(),
        hidden_states: true,
    };
    let kept = batch.kept(&c).unwrap();
    for (l, &(h, wd)) in kept.iter().zip(&GRIDS) {
        assert_eq!(l.len(), ((h * wd) as f64 * 0.5).round().max(1.0) as usize);
    }
    // Dropped patches become NaN: any read of them would poison the outputs.
    for ((img, l), &(h, wd)) in images.iter_mut().zip(&kept).zip(&GRIDS) {
        for p in (0..h * wd).filter(|p| !l.contains(p)) {
            img[p * k..(p + 1) * k].iter_mut().for_each(|v| *v = f32::NAN);
        }
    }
    let r = Ref::new(&c, &w);
    let reference = |renumber: bool| -> Vec<RefOut> {
        images
            .iter()
            .zip(&kept)
            .zip(&GRIDS)
            .map(|((img, l), &(_, wd))| {
                // Renumbered: the kept patches placed as if they were the image's first ones.
                let compact = move |j: usize| (j / wd, j % wd);
                let pos: Option<&dyn Fn(usize) -> (usize, usize)> =
                    if renumber { Some(&compact) } else { None };
                r.image(&c, &ref_tokens(img, k, wd, l, pos))
            })
            .collect()
    };
    let (want, renumbered) = (reference(false), reference(true));
    let mut fails = Vec::new();
    for e in common::engines("navit") {
        let got = run(&e, &c, &w, &packed_inputs(&GRIDS, &images, k), keep.clone());
        fails.extend(check_against_reference(e.device(), &got, &want, 1e-4));
        // Ignoring the positions gives other embeddings: the check above can fail.
        let off = max_abs(
            &got["image_embeds"].to_f64_vec(),
            &renumbered.iter().flat_map(|r| r.pooled.clone()).collect::<Vec<_>>(),
        );
        assert!(
            off > 1e-2,
            "{}: renumbered positions give the same embeddings ({off:.1e})",
            e.device()
        );
    }
    assert!(fails.is_empty(), "{}", fails.join("\n"));
}

#[test]
fn checkpoints_round_trip_and_errors_name_the_tensor() {
    let hf = tiny_hf_config();
    let specs = param_specs(&hf);
    let tensors = random_weights(&specs, 5);
    let load = |dir: &Path| -> Result<HashMap<String, Tensor>, String> {
        let ckpt = Checkpoint::open(dir).map_err(|e| e.to_string())?;
        let c = NavitConfig::from_checkpoint(&ckpt).map_err(|e| e.to_string())?;
        navit::load_weights(&c, ckpt).map_err(|e| e.to_string())
    };
    for (name, shards) in [("single", 1), ("sharded", 3)] {
        let got = load(&write_checkpoint(name, &hf, &tensors, shards)).unwrap();
        assert_eq!(got.len(), tensors.len(), "{name}");
        for (n, t) in &tensors {
            assert_eq!(got[n].to_f32_vec(), t.to_f32_vec(), "{name} {n}");
        }
    }
    let c = NavitConfig::from_hf(&serde_json::from_value(hf.clone()).unwrap()).unwrap();
    assert_eq!((c.tower.hidden, c.tower.layers, c.tower.heads, c.tower.mlp), (16, 2, 2, 24));
    assert_eq!((c.patch, c.channels, c.max_rows, c.max_cols, c.num_labels), (2, 3, 8, 9, Some(3)));

    let victim = "vision_model.embeddings.column_embedding.weight";
    let mut missing = tensors.clone();
    missing.remove(victim);
    let err = load(&write_checkpoint("missing", &hf, &missing, 1)).unwrap_err();
    assert!(err.contains(victim) && err.contains("missing"), "{err}");

    let mut extra = tensors.clone();
    extra.insert(
        "vision_model.embeddings.position_embedding.weight".into(),
        Tensor::from_f32(&[1], vec![0.0]),
    );
    let err = load(&write_checkpoint("extra", &hf, &extra, 1)).unwrap_err();
    assert!(err.contains("vision_model.embeddings.position_embedding.weight"), "{err}");

    let mut wrong = tensors.clone();
    wrong.insert(victim.into(), Tensor::from_f32(&[8, 16], vec![0.0; 128]));
    let err = load(&write_checkpoint("shape", &hf, &wrong, 1)).unwrap_err();
    assert!(err.contains(victim) && err.contains("[8, 16]") && err.contains("[9, 16]"), "{err}");

    // Without num_labels the classifier is not part of the model: left over, named.
    let mut headless = hf.clone();
    headless.as_object_mut().unwrap().remove("num_labels");
    let err = load(&write_checkpoint("headless", &headless, &tensors, 1)).unwrap_err();
    assert!(err.contains("classifier.weight") && err.contains("not used"), "{err}");

    let mut other = hf.clone();
    other["model_type"] = json!("siglip2");
    let err = load(&write_checkpoint("other", &other, &tensors, 1)).unwrap_err();
    assert!(err.contains("model_type") && err.contains("siglip2"), "{err}");
}

#[test]
fn committed_fixture_config_is_the_generated_one() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/navit/config.json");
    let text = std::fs::read_to_string(&path).unwrap();
    let committed: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(
        committed,
        tiny_hf_config(),
        "{} is stale: regenerate it from tiny_hf_config()",
        path.display()
    );
}

#[test]
fn bad_inputs_are_clear_errors() {
    let (c, _) = tiny_model();
    let k = c.patch_dim();
    let images = random_images(&GRIDS, k, 4);
    let err = |m: &HashMap<String, Tensor>| {
        navit::batch_from_inputs(&c, m, TokenKeep::All, false).unwrap_err().to_string()
    };
    let mut m = packed_inputs(&GRIDS, &images, k);
    m.insert("spatial_shapes".into(), spatial_shapes(&[(3, 5), (4, 4)]));
    assert!(err(&m).contains("pixel_values has shape"), "{}", err(&m));
    let mut m = padded_inputs(&GRIDS, &images, k, 20);
    let mut mask = m["pixel_attention_mask"].as_i32().unwrap().to_vec();
    mask[19] = 1;
    m.insert("pixel_attention_mask".into(), Tensor::from_i32(&[5, 20], mask));
    assert!(err(&m).contains("pixel_attention_mask row 0"), "{}", err(&m));
    let m = packed_inputs(&[(9, 1)], &random_images(&[(9, 1)], k, 0), k);
    assert!(err(&m).contains("(9, 1)"), "{}", err(&m));
}

/// `packfuse model navit`, NaFlex-padded and packed inputs, with and without dropping.
#[test]
fn cli_runs_navit_checkpoints() {
    let hf = tiny_hf_config();
    let weights = random_weights(&param_specs(&hf), 7);
    let ckpt = write_checkpoint("cli", &hf, &weights, 2);
    let (c, w) = tiny_model();
    let k = c.patch_dim();
    let images = random_images(&GRIDS, k, 6);
    let dir = scratch("cli-io");
    let save = |name: &str, m: &HashMap<String, Tensor>| {
        let p = dir.join(name);
        io::save(&m.iter().map(|(n, t)| (n.clone(), t.clone())).collect(), &p).unwrap();
        p
    };
    let padded = padded_inputs(&GRIDS, &images, k, 16);
    let files = [
        ("padded", save("padded.safetensors", &padded)),
        ("packed", save("packed.safetensors", &packed_inputs(&GRIDS, &images, k))),
    ];
    let cpu = Engine::cpu().without_disk_cache();
    for (keep, extra) in [
        (TokenKeep::All, vec![]),
        (TokenKeep::Rate { keep: 0.4, seed: 5 }, vec!["--keep-rate", "0.4", "--seed", "5"]),
    ] {
        let want = run(&cpu, &c, &w, &padded, keep);
        for (layout, inputs) in &files {
            let out = dir.join(format!("out-{layout}-{}.safetensors", extra.len()));
            let o = std::process::Command::new(env!("CARGO_BIN_EXE_packfuse"))
                .args(["model", "navit", "--device", "cpu", "--hidden-states", "--checkpoint"])
                .arg(&ckpt)
                .arg("--inputs")
                .arg(inputs)
                .arg("--out")
                .arg(&out)
                .args(&extra)
                .env_remove("PACKFUSE_DEVICE")
                .output()
                .expect("the binary runs");
            let stdout = String::from_utf8_lossy(&o.stdout);
            assert!(o.status.success(), "{stdout}{}", String::from_utf8_lossy(&o.stderr));
            assert!(stdout.contains("weights loaded"), "{stdout}");
            let got: HashMap<String, Tensor> = io::load(&out).unwrap().into_iter().collect();
            for name in ["image_embeds", "logits", "last_hidden_state"] {
                let err = common::max_diff(&got[name], &want[name]);
                assert!(err < 1e-6, "{layout} {extra:?} {name}: {err:.2e}");
            }
        }
    }
    // The wrong family for a NaViT checkpoint: one line naming the right command.
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_packfuse"))
        .args(["model", "siglip2", "--device", "cpu", "--checkpoint"])
        .arg(&ckpt)
        .arg("--inputs")
        .arg(&files[0].1)
        .arg("--out")
        .arg(dir.join("never.safetensors"))
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(!o.status.success() && err.contains("packfuse model navit"), "{err}");
}
