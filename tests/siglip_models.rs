//! SigLIP and SigLIP 2 NaFlex against transformers (`tests/fixtures/siglip*`, made by
//! `scripts/make_siglip_model_fixtures.py`), f32, on the CPU and Vulkan (lavapipe in CI; CUDA
//! too under `PACKFUSE_DEVICE=cuda`): embeddings, logits and loss to 1e-4 absolute, hidden
//! states to 1e-3; packed NaFlex equals padded NaFlex to 1e-5; checkpoint problems are
//! errors naming the tensor.

mod common;
use common::TempPath;

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use packfuse::io;
use packfuse::models::checkpoint::Checkpoint;
use packfuse::models::siglip::{self, Extras, ImageBatch, SiglipConfig};
use packfuse::models::siglip2::NaflexLayout;
use packfuse::{Engine, Tensor};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

fn load(path: &Path) -> HashMap<String, Tensor> {
    io::load(path).unwrap_or_else(|e| panic!("{}: {e}", path.display())).into_iter().collect()
}

/// The model of a fixture folder: config and weights.
fn model(dir: &str) -> (SiglipConfig, HashMap<String, Tensor>) {
    let ckpt = Checkpoint::open(fixture(dir).join("checkpoint")).expect("the checkpoint opens");
    let c = SiglipConfig::from_checkpoint(&ckpt).unwrap().expect("a SigLIP model type");
    let w = siglip::load_weights(&c, ckpt).expect("every weight loads, none left over");
    (c, w)
}

/// Runs the model on a fixture's inputs; returns the named outputs.
fn run(
    engine: &Engine,
    c: &SiglipConfig,
    weights: &HashMap<String, Tensor>,
    inputs: &HashMap<String, Tensor>,
    layout: NaflexLayout,
    extras: Extras,
) -> BTreeMap<String, Tensor> {
    let batch = siglip::batch_from_inputs(c, inputs, layout, extras).expect("a valid batch");
    let g = siglip::graph(c, &batch).expect("the graph builds");
    let feed = siglip::feed(c, &batch, inputs).expect("the batch's inputs");
    common::run_model(engine, &g, &feed, weights)
}

/// Largest |got − want| over the rows `keep` selects (`None`: all), shapes checked.
fn max_abs(name: &str, got: &Tensor, want: &Tensor, keep: Option<&dyn Fn(usize) -> bool>) -> f64 {
    assert_eq!(got.shape(), want.shape(), "{name}: shape");
    let (g, w) = (got.to_f64_vec(), want.to_f64_vec());
    let row = want.shape().last().copied().unwrap_or(1).max(1);
    let mut worst = 0f64;
    for (i, (a, b)) in g.iter().zip(&w).enumerate() {
        if keep.is_some_and(|k| !k(i / row)) {
            continue;
        }
        assert!(a.is_finite(), "{name}[{i}] = {a}");
        worst = worst.max((a - b).abs());
    }
    worst
}

/// Checks every output the fixture has and the graph made; `keep` says which rows of the
/// vision hidden states are real (padding rows are meaningless in transformers too).
fn compare(
    device: &str,
    got: &BTreeMap<String, Tensor>,
    want: &HashMap<String, Tensor>,
    keep: Option<&dyn Fn(usize) -> bool>,
) -> Vec<String> {
    let mut failures = Vec::new();
    let mut checked = 0;
    for (name, g) in got {
        let Some(w) = want.get(name) else { continue };
        let hidden = name.contains("hidden_state");
        let tol = if hidden { 1e-3 } else { 1e-4 };
        let rows = if name.starts_with("vision_model_output.") && hidden { keep } else { None };
        let err = max_abs(name, g, w, rows);
        eprintln!("{device} {name}: max abs error {err:.1e}");
        checked += 1;
        if err > tol {
            failures.push(format!("{device} {name}: max abs error {err:.2e} > {tol:.0e}"));
        }
    }
    assert!(checked >= 10, "only {checked} outputs compared on {device}");
    failures
}

#[test]
fn siglip_matches_transformers() {
    let (c, w) = model("siglip");
    let inputs = load(&fixture("siglip/inputs.safetensors"));
    let want = load(&fixture("siglip/outputs.safetensors"));
    let extras = Extras { loss: true, hidden_states: true };
    let mut failures = Vec::new();
    for e in common::engines("siglip model") {
        let got = run(&e, &c, &w, &inputs, NaflexLayout::Padded, extras);
        for name in ["image_embeds", "text_embeds", "logits_per_image", "logits_per_text", "loss"] {
            assert!(got.contains_key(name), "no {name} output");
        }
        failures.extend(compare(e.device(), &got, &want, None));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// An image side that is not a multiple of the patch (So400m/14 at 384²): the model reads
/// S×S pixels, as transformers' processor gives them, and its stride-p convolution ignores
/// the last `S % p` rows and columns. The fixture model (16², patch 4) at S = 18 with
/// garbage in the two extra rows and columns gives the fixture's embeddings.
#[test]
fn image_side_not_a_multiple_of_the_patch() {
    let (mut c, w) = model("siglip");
    let siglip::PatchEmbedding::Conv { image_size } = c.vision.embedding else {
        panic!("the siglip fixture is fixed-resolution")
    };
    let (s, big) = (image_size, image_size + 2);
    c.vision.embedding = siglip::PatchEmbedding::Conv { image_size: big };
    let mut inputs = load(&fixture("siglip/inputs.safetensors"));
    let px = &inputs["pixel_values"];
    let [b, ch, _, _] = px.shape() else { panic!("pixel_values is [B, C, H, W]") };
    let (b, ch) = (*b, *ch);
    let small = px.to_f32_vec();
    let mut padded = vec![1e3f32; b * ch * big * big];
    for (plane, src) in padded.chunks_mut(big * big).zip(small.chunks(s * s)) {
        for (row, src_row) in plane.chunks_mut(big).zip(src.chunks(s)) {
            row[..s].copy_from_slice(src_row);
        }
    }
    inputs.insert("pixel_values".into(), Tensor::from_f32(&[b, ch, big, big], padded));
    let want = load(&fixture("siglip/outputs.safetensors"));
    let engine = Engine::cpu();
    let got = run(&engine, &c, &w, &inputs, NaflexLayout::Padded, Extras::default());
    let err = max_abs("image_embeds", &got["image_embeds"], &want["image_embeds"], None);
    assert!(err <= 1e-4, "image_embeds at {big}² off by {err:.2e}");
}

/// Which rows of `[B·P]` padded NaFlex rows are real patches.
fn real_rows(inputs: &HashMap<String, Tensor>) -> (Vec<bool>, usize) {
    let mask = inputs["pixel_attention_mask"].to_f64_vec();
    let images = inputs["spatial_shapes"].shape()[0];
    (mask.iter().map(|&m| m != 0.0).collect(), images)
}

#[test]
fn siglip2_naflex_matches_transformers_padded_and_packed() {
    let (c, w) = model("siglip2");
    let inputs = load(&fixture("siglip2/inputs.safetensors"));
    let want = load(&fixture("siglip2/outputs.safetensors"));
    let (real, images) = real_rows(&inputs);
    assert!(images >= 4, "the fixture must hold at least 4 images");
    let keep = |r: usize| real[r];
    let extras = Extras { loss: true, hidden_states: true };
    let mut failures = Vec::new();
    for e in common::engines("siglip2 model") {
        let padded = run(&e, &c, &w, &inputs, NaflexLayout::Padded, extras);
        failures.extend(compare(e.device(), &padded, &want, Some(&keep)));
        // Packed: the same embeddings (and logits, loss) without computing padding.
        let packed = run(&e, &c, &w, &inputs, NaflexLayout::Packed, Extras::default());
        for name in ["image_embeds", "text_embeds", "logits_per_text"] {
            let err = max_abs(name, &packed[name], &padded[name], None);
            if err > 1e-5 {
                failures.push(format!("{} packed {name} vs padded: {err:.2e} > 1e-5", e.device()));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn naflex_position_resize_matches_transformers() {
    // The host-side resize weights times the learned grid, against transformers' own
    // resized position embeddings (every real slot of every image).
    let (c, w) = model("siglip2");
    let inputs = load(&fixture("siglip2/inputs.safetensors"));
    let want =
        &load(&fixture("siglip2/outputs.safetensors"))["vision_embeddings.position_embeddings"];
    let batch =
        siglip::batch_from_inputs(&c, &inputs, NaflexLayout::Padded, Extras::default()).unwrap();
    let aux = siglip::aux_inputs(&c, &batch).unwrap();
    let r = &aux["vision_position_resize"];
    let grid = &w["vision_model.embeddings.position_embedding.weight"];
    let (rows, s2, d) = (r.shape()[0], r.shape()[1], grid.shape()[1]);
    let (rv, gv) = (r.to_f64_vec(), grid.to_f64_vec());
    let wv = want.to_f64_vec();
    let (real, _) = real_rows(&inputs);
    let mut worst = 0f64;
    for row in (0..rows).filter(|&i| real[i]) {
        for k in 0..d {
            let got: f64 = (0..s2).map(|j| rv[row * s2 + j] * gv[j * d + k]).sum();
            worst = worst.max((got - wv[row * d + k]).abs());
        }
    }
    assert!(worst < 1e-5, "position embeddings differ by {worst:.2e}");
    let Some(ImageBatch::Naflex { grids, .. }) = &batch.images else { panic!("a NaFlex batch") };
    assert!(grids.iter().any(|&(h, w)| h != w), "the fixture needs non-square grids");
}

#[test]
fn sharded_checkpoint_gives_the_same_weights() {
    let (c, w) = model("siglip2");
    let ckpt = Checkpoint::open(fixture("siglip2/checkpoint_sharded")).unwrap();
    let sharded = siglip::load_weights(&c, ckpt).unwrap();
    assert_eq!(sharded.len(), w.len());
    for (n, t) in &w {
        assert_eq!(sharded[n].to_f32_vec(), t.to_f32_vec(), "{n}");
    }
}

/// A copy of the SigLIP checkpoint with its weights file replaced by `tensors` (removed
/// when dropped).
fn checkpoint_with(name: &str, tensors: BTreeMap<String, Tensor>) -> TempPath {
    let dir = TempPath::dir(&format!("siglip-{name}"));
    std::fs::copy(fixture("siglip/checkpoint/config.json"), dir.join("config.json")).unwrap();
    io::save(&tensors, &dir.join("model.safetensors")).unwrap();
    dir
}

#[test]
fn checkpoint_problems_name_the_tensor() {
    let (c, _) = model("siglip");
    let full: BTreeMap<String, Tensor> =
        io::load(&fixture("siglip/checkpoint/model.safetensors")).unwrap();
    let load = |dir: &Path| {
        let ckpt = Checkpoint::open(dir).map_err(|e| e.to_string())?;
        siglip::load_weights(&c, ckpt).map_err(|e| e.to_string())
    };
    let victim = "vision_model.encoder.layers.1.mlp.fc2.weight";

    let mut missing = full.clone();
    missing.remove(victim);
    let err = load(&checkpoint_with("missing", missing)).unwrap_err();
    assert!(err.contains(victim) && err.contains("missing"), "{err}");

    let mut extra = full.clone();
    extra.insert("vision_model.extra.weight".into(), Tensor::from_f32(&[2], vec![1.0, 2.0]));
    let err = load(&checkpoint_with("extra", extra)).unwrap_err();
    assert!(err.contains("vision_model.extra.weight"), "{err}");

    let mut wrong = full.clone();
    wrong.insert(victim.into(), Tensor::from_f32(&[2, 2], vec![0.0; 4]));
    let err = load(&checkpoint_with("shape", wrong)).unwrap_err();
    assert!(err.contains(victim) && err.contains("[2, 2]"), "{err}");

    // A truncated weights file: an error, not a panic.
    let dir = checkpoint_with("truncated", full);
    let file = dir.join("model.safetensors");
    let bytes = std::fs::read(&file).unwrap();
    std::fs::write(&file, &bytes[..bytes.len() / 2]).unwrap();
    assert!(load(&dir).is_err());
}

#[test]
fn bad_batches_are_clear_errors() {
    let (c, _) = model("siglip2");
    let inputs = load(&fixture("siglip2/inputs.safetensors"));
    let try_with = |name: &str, t: Tensor| {
        let mut m = inputs.clone();
        m.insert(name.into(), t);
        siglip::batch_from_inputs(&c, &m, NaflexLayout::Padded, Extras::default())
            .map(|_| ())
            .unwrap_err()
            .to_string()
    };
    let b = inputs["spatial_shapes"].shape()[0];
    let slots = inputs["pixel_attention_mask"].shape()[1];
    // A grid larger than the slots.
    let err = try_with("spatial_shapes", Tensor::from_i32(&[b, 2], vec![9; 2 * b]));
    assert!(err.contains("mask") || err.contains("slots"), "{err}");
    // A mask that is not the first h·w slots.
    let err = try_with("pixel_attention_mask", Tensor::from_i32(&[b, slots], vec![1; b * slots]));
    assert!(err.contains("pixel_attention_mask"), "{err}");
    // A token outside the vocabulary.
    let err = try_with("input_ids", Tensor::from_i32(&[1, 4], vec![0, 1, 2, 100_000]));
    assert!(err.contains("vocabulary"), "{err}");
    // Loss without a square batch.
    let mut m = inputs.clone();
    m.remove("input_ids");
    let extras = Extras { loss: true, hidden_states: false };
    let err = siglip::batch_from_inputs(&c, &m, NaflexLayout::Packed, extras).unwrap_err();
    assert!(err.to_string().contains("return-loss"), "{err}");
}

/// `packfuse model` on the fixtures: the written outputs equal transformers'.
#[test]
fn cli_model_writes_transformers_outputs() {
    let bin = env!("CARGO_BIN_EXE_packfuse");
    for (family, dir, extra) in [
        ("siglip", "siglip", None),
        ("siglip2", "siglip2", None),
        ("siglip2", "siglip2", Some("--packed")),
    ] {
        let out = TempPath::new(&format!("model-{family}-{}.safetensors", extra.is_some()));
        let mut cmd = std::process::Command::new(bin);
        cmd.args(["model", family, "--device", "cpu", "--return-loss", "--checkpoint"])
            .arg(fixture(dir).join("checkpoint"))
            .arg("--inputs")
            .arg(fixture(dir).join("inputs.safetensors"))
            .arg("--out")
            .arg(&*out)
            .args(extra)
            .env_remove("PACKFUSE_DEVICE");
        let o = cmd.output().expect("the binary runs");
        let stdout = String::from_utf8_lossy(&o.stdout);
        assert!(o.status.success(), "{stdout}{}", String::from_utf8_lossy(&o.stderr));
        assert!(stdout.contains("weights loaded"), "{stdout}");
        let got = load(&out);
        let want = load(&fixture(dir).join("outputs.safetensors"));
        for name in ["image_embeds", "text_embeds", "logits_per_image", "logits_per_text", "loss"] {
            let err = max_abs(name, &got[name], &want[name], None);
            assert!(err < 1e-4, "{family} {extra:?} {name}: {err:.2e}");
        }
    }
    // The wrong family for a checkpoint: one clear line naming the right command.
    let o = std::process::Command::new(bin)
        .args(["model", "siglip", "--device", "cpu", "--checkpoint"])
        .arg(fixture("siglip2").join("checkpoint"))
        .arg("--inputs")
        .arg(fixture("siglip2").join("inputs.safetensors"))
        .arg("--out")
        .arg(std::env::temp_dir().join("packfuse-never-written.safetensors"))
        .output()
        .expect("the binary runs");
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(!o.status.success() && err.contains("packfuse model siglip2"), "{err}");
}
