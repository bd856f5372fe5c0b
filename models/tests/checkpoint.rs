//! The checkpoint loader on the transformers fixtures (tests/fixtures/siglip*, made by
//! scripts/make_siglip_model_fixtures.py) and on broken copies of them written to a
//! temporary folder: missing, extra and wrongly shaped tensors, truncated and corrupt files,
//! bad shard indexes, stored dtypes other than f32.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use packfuse_ir::{DType, Tensor};
use packfuse_models::checkpoint::{
    Checkpoint, CheckpointError, HfSiglip2Config, HfSiglipConfig, HfSiglipTextConfig, INDEX_FILE,
    WEIGHTS_FILE,
};
use safetensors::tensor::{Dtype, TensorView};
use safetensors::SafeTensors;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures").join(name)
}

/// A fresh, empty folder under the system temp dir, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(tag: &str) -> TempDir {
        let dir = std::env::temp_dir().join(format!("packfuse-ckpt-{}-{tag}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A copy of a fixture checkpoint folder.
fn copy_of(src: &Path, tag: &str) -> TempDir {
    let tmp = TempDir::new(tag);
    for entry in std::fs::read_dir(src).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, tmp.0.join(path.file_name().unwrap())).unwrap();
    }
    tmp
}

/// Every tensor of a safetensors file: name -> (dtype, shape, bytes).
type Raw = BTreeMap<String, (Dtype, Vec<usize>, Vec<u8>)>;

fn read_raw(path: &Path) -> Raw {
    let bytes = std::fs::read(path).unwrap();
    let st = SafeTensors::deserialize(&bytes).unwrap();
    st.tensors()
        .into_iter()
        .map(|(n, v)| (n, (v.dtype(), v.shape().to_vec(), v.data().to_vec())))
        .collect()
}

fn write_raw(raw: &Raw, path: &Path) {
    let views: Vec<(String, TensorView<'_>)> = raw
        .iter()
        .map(|(n, (d, s, b))| (n.clone(), TensorView::new(*d, s.clone(), b).unwrap()))
        .collect();
    safetensors::serialize_to_file(views, &None, path).unwrap();
}

// --- what the models need, derived from the config alone ------------------------------------

fn linear(v: &mut Vec<(String, Vec<usize>)>, name: &str, out: usize, inp: usize) {
    v.push((format!("{name}.weight"), vec![out, inp]));
    v.push((format!("{name}.bias"), vec![out]));
}

fn norm(v: &mut Vec<(String, Vec<usize>)>, name: &str, d: usize) {
    v.push((format!("{name}.weight"), vec![d]));
    v.push((format!("{name}.bias"), vec![d]));
}

fn encoder(v: &mut Vec<(String, Vec<usize>)>, tower: &str, d: usize, mlp: usize, layers: usize) {
    for l in 0..layers {
        let p = format!("{tower}.encoder.layers.{l}");
        for proj in ["q_proj", "k_proj", "v_proj", "out_proj"] {
            linear(v, &format!("{p}.self_attn.{proj}"), d, d);
        }
        norm(v, &format!("{p}.layer_norm1"), d);
        norm(v, &format!("{p}.layer_norm2"), d);
        linear(v, &format!("{p}.mlp.fc1"), mlp, d);
        linear(v, &format!("{p}.mlp.fc2"), d, mlp);
    }
}

fn text_tower(v: &mut Vec<(String, Vec<usize>)>, t: &HfSiglipTextConfig) {
    let d = t.hidden_size;
    v.push(("text_model.embeddings.token_embedding.weight".into(), vec![t.vocab_size, d]));
    v.push((
        "text_model.embeddings.position_embedding.weight".into(),
        vec![t.max_position_embeddings, d],
    ));
    encoder(v, "text_model", d, t.intermediate_size, t.num_hidden_layers);
    norm(v, "text_model.final_layer_norm", d);
    linear(v, "text_model.head", t.projection_size(), d);
}

/// post_layernorm, the MAP head, and the two scalars.
fn vision_head_and_scalars(v: &mut Vec<(String, Vec<usize>)>, d: usize, mlp: usize) {
    norm(v, "vision_model.post_layernorm", d);
    v.push(("vision_model.head.probe".into(), vec![1, 1, d]));
    v.push(("vision_model.head.attention.in_proj_weight".into(), vec![3 * d, d]));
    v.push(("vision_model.head.attention.in_proj_bias".into(), vec![3 * d]));
    linear(v, "vision_model.head.attention.out_proj", d, d);
    norm(v, "vision_model.head.layernorm", d);
    linear(v, "vision_model.head.mlp.fc1", mlp, d);
    linear(v, "vision_model.head.mlp.fc2", d, mlp);
    v.push(("logit_scale".into(), vec![1]));
    v.push(("logit_bias".into(), vec![1]));
}

fn siglip_params(c: &HfSiglipConfig) -> Vec<(String, Vec<usize>)> {
    let (vc, mut v) = (&c.vision_config, Vec::new());
    let (d, p) = (vc.hidden_size, vc.patch_size);
    v.push((
        "vision_model.embeddings.patch_embedding.weight".into(),
        vec![d, vc.num_channels, p, p],
    ));
    v.push(("vision_model.embeddings.patch_embedding.bias".into(), vec![d]));
    v.push(("vision_model.embeddings.position_embedding.weight".into(), vec![vc.num_patches(), d]));
    encoder(&mut v, "vision_model", d, vc.intermediate_size, vc.num_hidden_layers);
    vision_head_and_scalars(&mut v, d, vc.intermediate_size);
    text_tower(&mut v, &c.text_config);
    v
}

fn siglip2_params(c: &HfSiglip2Config) -> Vec<(String, Vec<usize>)> {
    let (vc, mut v) = (&c.vision_config, Vec::new());
    let (d, p) = (vc.hidden_size, vc.patch_size);
    linear(&mut v, "vision_model.embeddings.patch_embedding", d, vc.num_channels * p * p);
    v.push(("vision_model.embeddings.position_embedding.weight".into(), vec![vc.num_patches, d]));
    encoder(&mut v, "vision_model", d, vc.intermediate_size, vc.num_hidden_layers);
    vision_head_and_scalars(&mut v, d, vc.intermediate_size);
    text_tower(&mut v, &c.text_config);
    v
}

fn take_all(ck: &mut Checkpoint, params: &[(String, Vec<usize>)]) -> BTreeMap<String, Tensor> {
    params
        .iter()
        .map(|(n, s)| {
            let t = ck.take(n, s).unwrap_or_else(|e| panic!("{e}"));
            assert_eq!((t.shape(), t.dtype()), (s.as_slice(), DType::F32), "{n}");
            (n.clone(), t)
        })
        .collect()
}

fn siglip_checkpoint() -> PathBuf {
    fixture("siglip/checkpoint")
}

// --- the fixtures load, completely -----------------------------------------------------------

#[test]
fn siglip_fixture_loads_every_tensor() {
    let mut ck = Checkpoint::open(siglip_checkpoint()).unwrap();
    let cfg = ck.siglip_config().unwrap();
    assert_eq!(cfg.vision_config.hidden_size, 32);
    assert_eq!(cfg.text_config.hidden_size, 24);
    assert_eq!(cfg.text_config.projection_size(), 32);
    assert_eq!(cfg.vision_config.num_patches(), 16);
    let params = siglip_params(&cfg);
    assert_eq!(params.len(), ck.len(), "the expected list and the checkpoint differ in size");
    let tensors = take_all(&mut ck, &params);
    ck.finish().unwrap();
    // The values are the stored ones: the scalars the script set, and a weight compared
    // with an independent read of the file.
    assert_eq!(tensors["logit_scale"].to_f32_vec(), vec![10f32.ln()]);
    assert_eq!(tensors["logit_bias"].to_f32_vec(), vec![-2.5]);
    let raw = read_raw(&siglip_checkpoint().join(WEIGHTS_FILE));
    for (name, t) in &tensors {
        assert_eq!(t.to_le_bytes(), raw[name].2, "{name}");
    }
}

#[test]
fn siglip2_fixture_loads_single_and_sharded_alike() {
    let mut single = Checkpoint::open(fixture("siglip2/checkpoint")).unwrap();
    let mut sharded = Checkpoint::open(fixture("siglip2/checkpoint_sharded")).unwrap();
    let cfg = single.siglip2_config().unwrap();
    assert_eq!(sharded.siglip2_config().unwrap(), cfg);
    assert_eq!(cfg.vision_config.num_patches, 64);
    assert_eq!(cfg.vision_config.position_grid_side(), Some(8));
    let params = siglip2_params(&cfg);
    assert_eq!(params.len(), single.len());
    assert_eq!(sharded.len(), single.len());
    let a = take_all(&mut single, &params);
    let b = take_all(&mut sharded, &params);
    single.finish().unwrap();
    sharded.finish().unwrap();
    assert_eq!(a, b);
    assert_eq!(a["logit_bias"].to_f32_vec(), vec![-2.5]);
}

#[test]
fn config_defaults_are_transformers_defaults() {
    // What transformers' SiglipConfig() / Siglip2Config() hold (written by the fixture
    // script), against a config that names only the model types, as hub configs often do.
    for (kind, sub) in [("siglip", "siglip"), ("siglip2", "siglip2")] {
        let text =
            std::fs::read_to_string(fixture(kind).join("transformers_defaults.json")).unwrap();
        let want: serde_json::Value = serde_json::from_str(&text).unwrap();
        let tmp = TempDir::new(&format!("defaults-{kind}"));
        let minimal = format!(
            r#"{{"model_type": "{kind}", "text_config": {{"model_type": "{sub}_text_model"}},
               "vision_config": {{"model_type": "{sub}_vision_model"}}}}"#
        );
        std::fs::write(tmp.0.join("config.json"), minimal).unwrap();
        std::fs::copy(siglip_checkpoint().join(WEIGHTS_FILE), tmp.0.join(WEIGHTS_FILE)).unwrap();
        let ck = Checkpoint::open(&tmp.0).unwrap();
        let (t, v): (serde_json::Value, serde_json::Value) = if kind == "siglip" {
            let c = ck.siglip_config().unwrap();
            (text_json(&c.text_config), {
                let v = &c.vision_config;
                serde_json::json!({
                    "hidden_size": v.hidden_size, "intermediate_size": v.intermediate_size,
                    "num_hidden_layers": v.num_hidden_layers,
                    "num_attention_heads": v.num_attention_heads, "num_channels": v.num_channels,
                    "image_size": v.image_size, "patch_size": v.patch_size,
                    "hidden_act": v.hidden_act, "layer_norm_eps": v.layer_norm_eps,
                    "vision_use_head": v.vision_use_head,
                })
            })
        } else {
            let c = ck.siglip2_config().unwrap();
            (text_json(&c.text_config), {
                let v = &c.vision_config;
                serde_json::json!({
                    "hidden_size": v.hidden_size, "intermediate_size": v.intermediate_size,
                    "num_hidden_layers": v.num_hidden_layers,
                    "num_attention_heads": v.num_attention_heads, "num_channels": v.num_channels,
                    "num_patches": v.num_patches, "patch_size": v.patch_size,
                    "hidden_act": v.hidden_act, "layer_norm_eps": v.layer_norm_eps,
                    "vision_use_head": v.vision_use_head,
                })
            })
        };
        for (ours, sub) in [(t, "text_config"), (v, "vision_config")] {
            for (field, value) in ours.as_object().unwrap() {
                assert_eq!(Some(value), want[sub].get(field), "{kind} {sub}.{field}");
            }
        }
        // And every architectural field transformers has is one we read.
        for sub in ["text_config", "vision_config"] {
            for field in want[sub].as_object().unwrap().keys() {
                let ignored = ["model_type", "attention_dropout", "bos_token_id", "eos_token_id"];
                assert!(
                    ignored.contains(&field.as_str()) || known_field(kind, sub, field),
                    "{kind} {sub}.{field} is not read by packfuse"
                );
            }
        }
    }
}

fn text_json(t: &HfSiglipTextConfig) -> serde_json::Value {
    serde_json::json!({
        "vocab_size": t.vocab_size, "hidden_size": t.hidden_size,
        "intermediate_size": t.intermediate_size, "num_hidden_layers": t.num_hidden_layers,
        "num_attention_heads": t.num_attention_heads,
        "max_position_embeddings": t.max_position_embeddings, "hidden_act": t.hidden_act,
        "layer_norm_eps": t.layer_norm_eps, "pad_token_id": t.pad_token_id,
        "projection_size": t.projection_size(),
    })
}

fn known_field(kind: &str, sub: &str, field: &str) -> bool {
    let text = [
        "vocab_size",
        "hidden_size",
        "intermediate_size",
        "num_hidden_layers",
        "num_attention_heads",
        "max_position_embeddings",
        "hidden_act",
        "layer_norm_eps",
        "pad_token_id",
        "projection_size",
    ];
    let vision = [
        "hidden_size",
        "intermediate_size",
        "num_hidden_layers",
        "num_attention_heads",
        "num_channels",
        "patch_size",
        "hidden_act",
        "layer_norm_eps",
        "vision_use_head",
    ];
    match sub {
        "text_config" => text.contains(&field),
        _ => {
            vision.contains(&field)
                || field == if kind == "siglip" { "image_size" } else { "num_patches" }
        }
    }
}

#[test]
fn wrong_model_type_is_an_error() {
    let ck = Checkpoint::open(siglip_checkpoint()).unwrap();
    let e = ck.siglip2_config().unwrap_err();
    assert!(matches!(e, CheckpointError::Config { .. }), "{e}");
    assert!(e.to_string().contains("\"siglip\"") && e.to_string().contains("config.json"), "{e}");
}

// --- broken checkpoints ------------------------------------------------------------------------

#[test]
fn missing_tensor_is_an_error_naming_it() {
    let tmp = copy_of(&siglip_checkpoint(), "missing");
    let path = tmp.0.join(WEIGHTS_FILE);
    let mut raw = read_raw(&path);
    let gone = "vision_model.encoder.layers.1.mlp.fc2.bias";
    raw.remove(gone).unwrap();
    write_raw(&raw, &path);
    let mut ck = Checkpoint::open(&tmp.0).unwrap();
    let params = siglip_params(&ck.siglip_config().unwrap());
    let errors: Vec<CheckpointError> =
        params.iter().filter_map(|(n, s)| ck.take(n, s).err()).collect();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(matches!(&errors[0], CheckpointError::Missing { name, .. } if name == gone));
    assert!(errors[0].to_string().contains(&format!("{gone:?}")), "{}", errors[0]);
    ck.finish().unwrap(); // everything that is there was taken
}

#[test]
fn extra_tensor_is_an_error_naming_it() {
    let tmp = copy_of(&siglip_checkpoint(), "extra");
    let path = tmp.0.join(WEIGHTS_FILE);
    let mut raw = read_raw(&path);
    let extra = "vision_model.encoder.layers.2.layer_norm1.weight";
    raw.insert(extra.into(), (Dtype::F32, vec![32], vec![0; 128]));
    write_raw(&raw, &path);
    let mut ck = Checkpoint::open(&tmp.0).unwrap();
    let params = siglip_params(&ck.siglip_config().unwrap());
    take_all(&mut ck, &params);
    assert_eq!(ck.remaining(), vec![extra.to_string()]);
    let e = ck.finish().unwrap_err();
    assert!(matches!(&e, CheckpointError::Unused { names, .. } if names == &[extra]), "{e}");
    assert!(e.to_string().contains(&format!("{extra:?}")), "{e}");
}

#[test]
fn wrong_shape_is_an_error_naming_the_tensor_and_both_shapes() {
    let tmp = copy_of(&siglip_checkpoint(), "shape");
    let path = tmp.0.join(WEIGHTS_FILE);
    let mut raw = read_raw(&path);
    // fc1 stored transposed: same bytes, [in, out] instead of [out, in].
    let name = "text_model.encoder.layers.0.mlp.fc1.weight";
    raw.get_mut(name).unwrap().1 = vec![24, 40];
    write_raw(&raw, &path);
    let mut ck = Checkpoint::open(&tmp.0).unwrap();
    let e = ck.take(name, &[40, 24]).unwrap_err();
    match &e {
        CheckpointError::Shape { name: n, expected, found, .. } => {
            assert_eq!(
                (n.as_str(), expected.as_slice(), found.as_slice()),
                (name, &[40, 24][..], &[24, 40][..])
            );
        }
        other => panic!("{other}"),
    }
    let msg = e.to_string();
    assert!(msg.contains(name) && msg.contains("[24, 40]") && msg.contains("[40, 24]"), "{msg}");
    // A shape error does not count as taken.
    assert!(ck.remaining().contains(&name.to_string()));
}

#[test]
fn truncated_file_is_an_error_at_every_length() {
    let tmp = TempDir::new("truncated");
    let bytes = std::fs::read(siglip_checkpoint().join(WEIGHTS_FILE)).unwrap();
    std::fs::copy(siglip_checkpoint().join("config.json"), tmp.0.join("config.json")).unwrap();
    let header_end = 8 + u64::from_le_bytes(bytes[..8].try_into().unwrap()) as usize;
    let mut lengths =
        vec![0, 1, 7, 8, 9, header_end / 2, header_end - 1, header_end, header_end + 1];
    lengths.extend((header_end..bytes.len()).step_by(997));
    lengths.push(bytes.len() - 1);
    for len in lengths {
        std::fs::write(tmp.0.join(WEIGHTS_FILE), &bytes[..len]).unwrap();
        let e = Checkpoint::open(&tmp.0).unwrap_err();
        assert!(matches!(e, CheckpointError::Malformed { .. }), "{len}: {e}");
        assert!(e.to_string().contains(WEIGHTS_FILE), "{e}");
    }
}

#[test]
fn file_truncated_after_open_is_an_error_at_take() {
    let tmp = copy_of(&siglip_checkpoint(), "shrunk");
    let path = tmp.0.join(WEIGHTS_FILE);
    let mut ck = Checkpoint::open(&tmp.0).unwrap();
    let len = std::fs::metadata(&path).unwrap().len();
    std::fs::OpenOptions::new().write(true).open(&path).unwrap().set_len(len / 2).unwrap();
    let cfg = ck.siglip_config().unwrap();
    let errors = siglip_params(&cfg).iter().filter(|(n, s)| ck.take(n, s).is_err()).count();
    assert!(errors > 0);
}

#[test]
fn corrupt_bytes_are_errors_never_panics() {
    let tmp = TempDir::new("corrupt");
    let bytes = std::fs::read(siglip_checkpoint().join(WEIGHTS_FILE)).unwrap();
    std::fs::copy(siglip_checkpoint().join("config.json"), tmp.0.join("config.json")).unwrap();
    let header_end = 8 + u64::from_le_bytes(bytes[..8].try_into().unwrap()) as usize;
    // Flip bytes across the length prefix and the header; each result must either load or
    // give an error, and a change to the length prefix must be an error.
    let mut s: u64 = 0x2545_f491_4f6c_dd1d;
    for i in (0..header_end).step_by(13).chain(0..8) {
        s ^= s << 13;
        s ^= s >> 7;
        s ^= s << 17;
        let mut b = bytes.clone();
        b[i] ^= (s as u8) | 1;
        std::fs::write(tmp.0.join(WEIGHTS_FILE), &b).unwrap();
        let opened = Checkpoint::open(&tmp.0);
        if i < 8 {
            assert!(opened.is_err(), "length byte {i} flipped and the file still opened");
        }
        if let Ok(mut ck) = opened {
            // A header that still parses: reading what it describes must not panic either.
            let names: Vec<(String, Vec<usize>)> =
                ck.names().map(|n| (n.to_string(), ck.shape(n).unwrap().to_vec())).collect();
            for (n, shape) in names {
                let _ = ck.take(&n, &shape);
            }
        }
    }
    // A header that is not JSON, and one with a dtype safetensors does not know.
    for header in
        ["not json at all!", r#"{"a": {"dtype": "F99", "shape": [1], "data_offsets": [0, 4]}}"#]
    {
        let mut b = (header.len() as u64).to_le_bytes().to_vec();
        b.extend_from_slice(header.as_bytes());
        b.extend_from_slice(&[0; 4]);
        std::fs::write(tmp.0.join(WEIGHTS_FILE), &b).unwrap();
        let e = Checkpoint::open(&tmp.0).unwrap_err();
        assert!(matches!(e, CheckpointError::Malformed { .. }), "{e}");
    }
}

#[test]
fn no_weights_and_bad_config_are_errors() {
    let tmp = TempDir::new("empty");
    let e = Checkpoint::open(&tmp.0).unwrap_err();
    assert!(matches!(e, CheckpointError::File { .. }), "{e}"); // no config.json
    std::fs::write(tmp.0.join("config.json"), "{\"model_type\": \"siglip\"}").unwrap();
    let e = Checkpoint::open(&tmp.0).unwrap_err();
    assert!(matches!(e, CheckpointError::NoWeights { .. }), "{e}");
    std::fs::write(tmp.0.join("config.json"), "{\"model_type\": ").unwrap();
    let e = Checkpoint::open(&tmp.0).unwrap_err();
    assert!(matches!(e, CheckpointError::Config { .. }), "{e}");
    // A config whose field has the wrong type names it.
    std::fs::write(
        tmp.0.join("config.json"),
        r#"{"model_type": "siglip", "vision_config": {"hidden_size": "big"}}"#,
    )
    .unwrap();
    std::fs::copy(siglip_checkpoint().join(WEIGHTS_FILE), tmp.0.join(WEIGHTS_FILE)).unwrap();
    let e = Checkpoint::open(&tmp.0).unwrap().siglip_config().unwrap_err();
    assert!(matches!(e, CheckpointError::Config { .. }), "{e}");
}

#[test]
fn bad_shard_index_is_an_error() {
    let src = fixture("siglip2/checkpoint_sharded");
    let index: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(src.join(INDEX_FILE)).unwrap()).unwrap();
    let shard = index["weight_map"]["logit_scale"].as_str().unwrap().to_string();

    // A shard file the index names is gone.
    let tmp = copy_of(&src, "noshard");
    std::fs::remove_file(tmp.0.join(&shard)).unwrap();
    let e = Checkpoint::open(&tmp.0).unwrap_err();
    assert!(matches!(e, CheckpointError::File { .. }) && e.to_string().contains(&shard), "{e}");

    // The index places a tensor in a shard that does not hold it.
    let tmp = copy_of(&src, "misplaced");
    let mut bad = index.clone();
    bad["weight_map"]["vision_model.head.probe.extra"] = shard.clone().into();
    std::fs::write(tmp.0.join(INDEX_FILE), bad.to_string()).unwrap();
    let e = Checkpoint::open(&tmp.0).unwrap_err();
    assert!(
        matches!(e, CheckpointError::Index { .. }) && e.to_string().contains("probe.extra"),
        "{e}"
    );

    // A shard holds a tensor the index does not list (here: listed under another shard).
    let tmp = copy_of(&src, "unlisted");
    let mut bad = index.clone();
    let other = index["weight_map"]
        .as_object()
        .unwrap()
        .values()
        .map(|v| v.as_str().unwrap())
        .find(|f| *f != shard)
        .unwrap()
        .to_string();
    bad["weight_map"]["logit_scale"] = other.into();
    std::fs::write(tmp.0.join(INDEX_FILE), bad.to_string()).unwrap();
    let e = Checkpoint::open(&tmp.0).unwrap_err();
    assert!(
        matches!(e, CheckpointError::Index { .. }) && e.to_string().contains("logit_scale"),
        "{e}"
    );

    // Not an index at all.
    let tmp = copy_of(&src, "garbled");
    std::fs::write(tmp.0.join(INDEX_FILE), "{\"weights\": 3}").unwrap();
    let e = Checkpoint::open(&tmp.0).unwrap_err();
    assert!(matches!(e, CheckpointError::Index { .. }), "{e}");
}

#[test]
fn half_precision_weights_convert_to_the_requested_dtype() {
    let tmp = copy_of(&siglip_checkpoint(), "halves");
    let path = tmp.0.join(WEIGHTS_FILE);
    let raw = read_raw(&path);
    let values: Vec<f32> = vec![1.0, -2.5, 0.333_333_34, 65504.0, 1e-3, -0.0];
    let as_dtype = |d: DType| Tensor::from_f32(&[2, 3], values.clone()).cast(d).to_le_bytes();
    let mut st = Raw::new();
    st.insert("bf".into(), (Dtype::BF16, vec![2, 3], as_dtype(DType::BF16)));
    st.insert("h".into(), (Dtype::F16, vec![2, 3], as_dtype(DType::F16)));
    let doubles: Vec<u8> = values.iter().flat_map(|&v| (v as f64).to_le_bytes()).collect();
    st.insert("d".into(), (Dtype::F64, vec![2, 3], doubles));
    st.insert("ids".into(), (Dtype::I64, vec![1], vec![0; 8]));
    st.insert("logit_scale".into(), raw["logit_scale"].clone());
    write_raw(&st, &path);

    let mut ck = Checkpoint::open(&tmp.0).unwrap();
    let bf = ck.take("bf", &[2, 3]).unwrap();
    assert_eq!(bf.dtype(), DType::F32);
    let want_bf = Tensor::from_f32(&[2, 3], values.clone()).cast(DType::BF16).to_f32_vec();
    assert_eq!(bf.to_f32_vec(), want_bf);
    assert_ne!(want_bf, values, "bf16 rounding should be visible in this data");
    let h = ck.take_as("h", &[2, 3], DType::BF16).unwrap();
    assert_eq!(h.dtype(), DType::BF16);
    let d = ck.take_as("d", &[2, 3], DType::F16).unwrap();
    assert_eq!(
        d.to_f32_vec(),
        Tensor::from_f32(&[2, 3], values.clone()).cast(DType::F16).to_f32_vec()
    );
    let mut ck = ck.with_dtype(DType::F16);
    assert_eq!(ck.take("logit_scale", &[1]).unwrap().dtype(), DType::F16);
    // An integer tensor cannot become a float weight, and a float cannot become an integer.
    let e = ck.take("ids", &[1]).unwrap_err();
    assert!(matches!(e, CheckpointError::DType { .. }) && e.to_string().contains("I64"), "{e}");
    let e = ck.take_as("bf", &[2, 3], DType::I32).unwrap_err();
    assert!(matches!(e, CheckpointError::DType { .. }), "{e}");
    assert_eq!(ck.remaining(), vec!["ids".to_string()]);
}
