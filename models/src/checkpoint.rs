//! Hugging Face checkpoint folders: `config.json` plus safetensors weights, either one
//! `model.safetensors` or shards listed by `model.safetensors.index.json`.
//!
//! A model builder opens the folder, reads its typed config ([`Checkpoint::siglip_config`],
//! [`Checkpoint::siglip2_config`] or any serde type through [`Checkpoint::config`]), takes
//! every parameter it needs by its Hugging Face name and expected shape
//! ([`Checkpoint::take`]), and calls [`Checkpoint::finish`], which fails if the checkpoint
//! holds tensors the model never asked for. A missing tensor, a wrong shape, a truncated or
//! corrupt file: each is a [`CheckpointError`] naming the file and the tensor, never a panic.
//!
//! Only the safetensors headers are read at [`Checkpoint::open`] (and checked against the
//! file lengths, so truncation is caught there); each tensor's bytes are read when it is
//! taken, so peak memory is the converted tensors, not the files. Stored f32, f16, bf16 and
//! f64 weights are converted to the requested float dtype (f32 unless
//! [`Checkpoint::with_dtype`] says otherwise).

use std::collections::{BTreeMap, BTreeSet};
use std::fs::File;
use std::io::{Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};

use packfuse_ir::{DType, Tensor};
use safetensors::tensor::{Dtype, Metadata};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer};
use thiserror::Error;

/// The single-file weights of a checkpoint folder.
pub const WEIGHTS_FILE: &str = "model.safetensors";
/// The shard index of a sharded checkpoint folder.
pub const INDEX_FILE: &str = "model.safetensors.index.json";
/// The config of a checkpoint folder.
pub const CONFIG_FILE: &str = "config.json";

/// safetensors' own limit on the JSON header.
const MAX_HEADER_BYTES: u64 = 100_000_000;
/// How many names an [`CheckpointError::Unused`] message spells out.
const LISTED_NAMES: usize = 8;

/// Why a checkpoint could not be read, or does not fit the model that reads it.
#[derive(Debug, Error)]
pub enum CheckpointError {
    /// A file could not be opened or read.
    #[error("{}: {reason}", path.display())]
    File {
        /// The file.
        path: PathBuf,
        /// What the OS said.
        reason: String,
    },
    /// A weights file is not valid safetensors (truncated, corrupt header, bad offsets).
    #[error("{}: not a valid safetensors file: {reason}", path.display())]
    Malformed {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        reason: String,
    },
    /// `config.json` is not valid JSON or does not fit the config type asked for.
    #[error("{}: {reason}", path.display())]
    Config {
        /// The config file.
        path: PathBuf,
        /// What is wrong.
        reason: String,
    },
    /// The shard index is malformed or disagrees with the shards.
    #[error("{}: {reason}", path.display())]
    Index {
        /// The index file.
        path: PathBuf,
        /// What is wrong.
        reason: String,
    },
    /// The folder has neither `model.safetensors` nor `model.safetensors.index.json`.
    #[error("{}: no {WEIGHTS_FILE} or {INDEX_FILE} in this folder", dir.display())]
    NoWeights {
        /// The checkpoint folder.
        dir: PathBuf,
    },
    /// The model asked for a tensor the checkpoint does not have.
    #[error("{}: tensor {name:?} is missing from the checkpoint", dir.display())]
    Missing {
        /// The checkpoint folder.
        dir: PathBuf,
        /// The tensor.
        name: String,
    },
    /// A tensor's stored shape is not the one the model expects.
    #[error("{}: tensor {name:?} has shape {found:?}, the model expects {expected:?}", path.display())]
    Shape {
        /// The file holding the tensor.
        path: PathBuf,
        /// The tensor.
        name: String,
        /// The shape the model asked for.
        expected: Vec<usize>,
        /// The shape in the file.
        found: Vec<usize>,
    },
    /// A tensor's stored dtype cannot be converted to the one asked for.
    #[error("{}: tensor {name:?} is stored as {stored}, which cannot be read as {wanted}", path.display())]
    DType {
        /// The file holding the tensor.
        path: PathBuf,
        /// The tensor.
        name: String,
        /// The safetensors dtype in the file.
        stored: String,
        /// The dtype asked for.
        wanted: DType,
    },
    /// The checkpoint holds tensors the model never took.
    #[error("{}: {} tensor(s) in the checkpoint are not used by the model: {}", dir.display(), names.len(), list(names))]
    Unused {
        /// The checkpoint folder.
        dir: PathBuf,
        /// Every tensor never taken, sorted.
        names: Vec<String>,
    },
}

fn list(names: &[String]) -> String {
    let shown: Vec<String> = names.iter().take(LISTED_NAMES).map(|n| format!("{n:?}")).collect();
    match names.len().saturating_sub(LISTED_NAMES) {
        0 => shown.join(", "),
        more => format!("{}, and {more} more", shown.join(", ")),
    }
}

/// One safetensors file: where its data section starts.
#[derive(Debug)]
struct Shard {
    path: PathBuf,
    file: File,
    data_start: u64,
}

/// Where one tensor lives.
#[derive(Debug)]
struct Entry {
    shard: usize,
    dtype: Dtype,
    shape: Vec<usize>,
    /// Byte range within the shard's data section.
    start: u64,
    end: u64,
}

/// An open checkpoint folder; see the module docs for the protocol.
#[derive(Debug)]
pub struct Checkpoint {
    dir: PathBuf,
    config: serde_json::Value,
    dtype: DType,
    shards: Vec<Shard>,
    tensors: BTreeMap<String, Entry>,
    taken: BTreeSet<String>,
}

impl Checkpoint {
    /// Opens `dir`: parses `config.json` and the headers of `model.safetensors`, or of every
    /// shard named by `model.safetensors.index.json` when there is no single file.
    pub fn open(dir: impl AsRef<Path>) -> Result<Checkpoint, CheckpointError> {
        let dir = dir.as_ref().to_path_buf();
        let config = read_config(&dir.join(CONFIG_FILE))?;
        let mut ck = Checkpoint {
            dir,
            config,
            dtype: DType::F32,
            shards: Vec::new(),
            tensors: BTreeMap::new(),
            taken: BTreeSet::new(),
        };
        let single = ck.dir.join(WEIGHTS_FILE);
        let index = ck.dir.join(INDEX_FILE);
        if single.exists() {
            ck.add_shard(&single)?;
        } else if index.exists() {
            ck.add_indexed_shards(&index)?;
        } else {
            return Err(CheckpointError::NoWeights { dir: ck.dir });
        }
        Ok(ck)
    }

    /// The dtype [`Checkpoint::take`] converts weights to (f32 by default); must be a float dtype.
    pub fn with_dtype(mut self, dtype: DType) -> Checkpoint {
        self.dtype = dtype;
        self
    }

    /// The checkpoint folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// `config.json` as parsed JSON.
    pub fn config_json(&self) -> &serde_json::Value {
        &self.config
    }

    /// `config.json`'s `model_type` (e.g. `"siglip"`, `"siglip2"`), if it has one.
    pub fn model_type(&self) -> Option<&str> {
        self.config.get("model_type").and_then(|v| v.as_str())
    }

    /// `config.json` deserialized into `T`.
    pub fn config<T: DeserializeOwned>(&self) -> Result<T, CheckpointError> {
        T::deserialize(&self.config).map_err(|e| self.config_error(e.to_string()))
    }

    /// The config of a `SiglipModel` checkpoint (`model_type` "siglip"; also the
    /// fixed-resolution SigLIP 2 checkpoints).
    pub fn siglip_config(&self) -> Result<HfSiglipConfig, CheckpointError> {
        self.expect_model_type(HfSiglipConfig::MODEL_TYPE)?;
        self.config()
    }

    /// The config of a `Siglip2Model` (NaFlex) checkpoint (`model_type` "siglip2").
    pub fn siglip2_config(&self) -> Result<HfSiglip2Config, CheckpointError> {
        self.expect_model_type(HfSiglip2Config::MODEL_TYPE)?;
        self.config()
    }

    fn expect_model_type(&self, want: &str) -> Result<(), CheckpointError> {
        match self.model_type() {
            Some(t) if t == want => Ok(()),
            found => Err(self.config_error(format!(
                "model_type is {}, expected {want:?}",
                found.map_or("absent".to_string(), |t| format!("{t:?}"))
            ))),
        }
    }

    fn config_error(&self, reason: String) -> CheckpointError {
        CheckpointError::Config { path: self.dir.join(CONFIG_FILE), reason }
    }

    /// Every tensor name in the checkpoint, sorted.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.tensors.keys().map(String::as_str)
    }

    /// Whether the checkpoint has a tensor called `name`.
    pub fn contains(&self, name: &str) -> bool {
        self.tensors.contains_key(name)
    }

    /// The stored shape of `name`, if the checkpoint has it.
    pub fn shape(&self, name: &str) -> Option<&[usize]> {
        self.tensors.get(name).map(|e| e.shape.as_slice())
    }

    /// Number of tensors in the checkpoint.
    pub fn len(&self) -> usize {
        self.tensors.len()
    }

    /// True when the checkpoint holds no tensor.
    pub fn is_empty(&self) -> bool {
        self.tensors.is_empty()
    }

    /// Names not taken yet, sorted.
    pub fn remaining(&self) -> Vec<String> {
        self.tensors.keys().filter(|n| !self.taken.contains(*n)).cloned().collect()
    }

    /// Reads tensor `name`, which must have shape `shape`, converted to the checkpoint's
    /// dtype (see [`Checkpoint::with_dtype`]), and marks it used. Taking a tensor twice is
    /// allowed (tied weights).
    pub fn take(&mut self, name: &str, shape: &[usize]) -> Result<Tensor, CheckpointError> {
        self.take_as(name, shape, self.dtype)
    }

    /// Like [`Checkpoint::take`], converted to `dtype` instead.
    pub fn take_as(
        &mut self,
        name: &str,
        shape: &[usize],
        dtype: DType,
    ) -> Result<Tensor, CheckpointError> {
        let entry = self
            .tensors
            .get(name)
            .ok_or_else(|| CheckpointError::Missing { dir: self.dir.clone(), name: name.into() })?;
        let shard = &self.shards[entry.shard];
        if entry.shape != shape {
            return Err(CheckpointError::Shape {
                path: shard.path.clone(),
                name: name.into(),
                expected: shape.to_vec(),
                found: entry.shape.clone(),
            });
        }
        let bytes = shard.read(entry.start, entry.end)?;
        let tensor = decode(entry, &bytes, dtype).map_err(|reason| match reason {
            DecodeError::DType => CheckpointError::DType {
                path: shard.path.clone(),
                name: name.into(),
                stored: format!("{:?}", entry.dtype),
                wanted: dtype,
            },
            DecodeError::Size(reason) => CheckpointError::Malformed {
                path: shard.path.clone(),
                reason: format!("tensor {name:?}: {reason}"),
            },
        })?;
        self.taken.insert(name.to_string());
        Ok(tensor)
    }

    /// Ends loading: an error naming every tensor that was never taken (the checkpoint is
    /// not the model the builder thinks it is), else `Ok`.
    pub fn finish(self) -> Result<(), CheckpointError> {
        let names = self.remaining();
        if names.is_empty() {
            Ok(())
        } else {
            Err(CheckpointError::Unused { dir: self.dir, names })
        }
    }

    /// Parses one safetensors header and records its tensors; returns their names.
    fn add_shard(&mut self, path: &Path) -> Result<Vec<String>, CheckpointError> {
        let (shard, infos) = Shard::open(path)?;
        let index = self.shards.len();
        self.shards.push(shard);
        let mut names = Vec::with_capacity(infos.len());
        for (name, dtype, shape, (start, end)) in infos {
            if let Some(prev) = self.tensors.get(&name) {
                return Err(CheckpointError::Index {
                    path: self.dir.join(INDEX_FILE),
                    reason: format!(
                        "tensor {name:?} is stored in both {} and {}",
                        self.shards[prev.shard].path.display(),
                        path.display()
                    ),
                });
            }
            let entry = Entry { shard: index, dtype, shape, start: start as u64, end: end as u64 };
            self.tensors.insert(name.clone(), entry);
            names.push(name);
        }
        Ok(names)
    }

    /// Reads the index and every shard it names; the index and the shards' headers must
    /// agree on which tensor is where.
    fn add_indexed_shards(&mut self, index: &Path) -> Result<(), CheckpointError> {
        let bad = |reason: String| CheckpointError::Index { path: index.to_path_buf(), reason };
        let text = std::fs::read_to_string(index).map_err(|e| CheckpointError::File {
            path: index.to_path_buf(),
            reason: e.to_string(),
        })?;
        let parsed: ShardIndex =
            serde_json::from_str(&text).map_err(|e| bad(format!("not a shard index: {e}")))?;
        let files: BTreeSet<&String> = parsed.weight_map.values().collect();
        for file in files {
            if file.contains('/') || file.contains('\\') || file == ".." {
                return Err(bad(format!("shard {file:?} is not a file name in this folder")));
            }
            for name in self.add_shard(&self.dir.join(file))? {
                if parsed.weight_map.get(&name) != Some(file) {
                    return Err(bad(format!(
                        "tensor {name:?} is stored in {file} but the index does not place it there"
                    )));
                }
            }
        }
        for (name, file) in &parsed.weight_map {
            if !self.tensors.contains_key(name) {
                return Err(bad(format!(
                    "the index places tensor {name:?} in {file}, which does not hold it"
                )));
            }
        }
        Ok(())
    }
}

#[derive(Deserialize)]
struct ShardIndex {
    weight_map: BTreeMap<String, String>,
}

fn read_config(path: &Path) -> Result<serde_json::Value, CheckpointError> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| CheckpointError::File { path: path.to_path_buf(), reason: e.to_string() })?;
    let value: serde_json::Value = serde_json::from_str(&text).map_err(|e| {
        CheckpointError::Config { path: path.to_path_buf(), reason: format!("not valid JSON: {e}") }
    })?;
    if !value.is_object() {
        return Err(CheckpointError::Config {
            path: path.to_path_buf(),
            reason: "not a JSON object".into(),
        });
    }
    Ok(value)
}

/// A tensor as its header describes it: name, dtype, shape, byte range in the data section.
type TensorHeader = (String, Dtype, Vec<usize>, (usize, usize));

impl Shard {
    /// Opens a safetensors file and validates its header against the file length: tensors
    /// tile the data section exactly, each with the bytes its dtype and shape need.
    fn open(path: &Path) -> Result<(Shard, Vec<TensorHeader>), CheckpointError> {
        let io =
            |e: std::io::Error| CheckpointError::File { path: path.into(), reason: e.to_string() };
        let bad = |reason: String| CheckpointError::Malformed { path: path.into(), reason };
        let mut file = File::open(path).map_err(io)?;
        let file_len = file.metadata().map_err(io)?.len();
        if file_len < 8 {
            return Err(bad(format!("{file_len} bytes, shorter than the 8-byte header length")));
        }
        let mut len = [0u8; 8];
        file.read_exact(&mut len).map_err(io)?;
        let header_len = u64::from_le_bytes(len);
        if header_len > MAX_HEADER_BYTES {
            return Err(bad(format!(
                "header length {header_len} exceeds {MAX_HEADER_BYTES} bytes"
            )));
        }
        let data_start = 8 + header_len;
        if data_start > file_len {
            return Err(bad(format!(
                "the header needs {data_start} bytes but the file has {file_len} (truncated?)"
            )));
        }
        let mut header = vec![0u8; header_len as usize];
        file.read_exact(&mut header).map_err(io)?;
        let header =
            std::str::from_utf8(&header).map_err(|_| bad("the header is not UTF-8".into()))?;
        let metadata: Metadata = serde_json::from_str(header)
            .map_err(|e| bad(format!("the header is not safetensors JSON: {e}")))?;
        let mut infos: Vec<TensorHeader> = metadata
            .tensors()
            .into_iter()
            .map(|(name, info)| (name, info.dtype, info.shape.clone(), info.data_offsets))
            .collect();
        infos.sort_by_key(|t| t.3);
        let data_len = check_offsets(&infos).map_err(bad)?;
        if data_start + data_len as u64 != file_len {
            return Err(bad(format!(
                "the header describes {} bytes of tensor data but the file holds {} (truncated?)",
                data_len,
                file_len - data_start
            )));
        }
        Ok((Shard { path: path.into(), file, data_start }, infos))
    }

    /// Bytes `start..end` of the data section.
    fn read(&self, start: u64, end: u64) -> Result<Vec<u8>, CheckpointError> {
        let io = |e: std::io::Error| CheckpointError::File {
            path: self.path.clone(),
            reason: format!("reading bytes {start}..{end} of the data: {e}"),
        };
        let mut bytes = vec![0u8; (end - start) as usize];
        let mut file = &self.file;
        file.seek(SeekFrom::Start(self.data_start + start)).map_err(io)?;
        file.read_exact(&mut bytes).map_err(io)?;
        Ok(bytes)
    }
}

/// Checks that the tensors (sorted by offset) tile `0..end` with the sizes their shapes
/// need; returns `end`. (safetensors' own check is private.)
fn check_offsets(infos: &[TensorHeader]) -> Result<usize, String> {
    let mut at = 0usize;
    for (name, dtype, shape, (start, end)) in infos {
        if *start != at || end < start {
            return Err(format!(
                "tensor {name:?} has data offsets {start}..{end}, expected to start at {at}"
            ));
        }
        let bytes = shape
            .iter()
            .try_fold(dtype.size(), |acc, &d| acc.checked_mul(d))
            .ok_or_else(|| format!("tensor {name:?}: shape {shape:?} overflows"))?;
        if end - start != bytes {
            return Err(format!(
                "tensor {name:?}: {} bytes for a {dtype:?} tensor of shape {shape:?}, which needs {bytes}",
                end - start
            ));
        }
        at = *end;
    }
    Ok(at)
}

enum DecodeError {
    /// The stored dtype cannot become the wanted one.
    DType,
    /// The bytes do not fill the shape (cannot happen after `check_offsets`; kept as an error).
    Size(String),
}

/// The stored bytes of `entry` as a tensor of `want`: floats convert to any float dtype,
/// integers only to themselves.
fn decode(entry: &Entry, bytes: &[u8], want: DType) -> Result<Tensor, DecodeError> {
    let stored = match entry.dtype {
        Dtype::F32 => DType::F32,
        Dtype::F16 => DType::F16,
        Dtype::BF16 => DType::BF16,
        Dtype::I32 => DType::I32,
        Dtype::U8 => DType::U8,
        Dtype::F64 if want.is_float() => {
            let values: Vec<f64> = bytes
                .chunks_exact(8)
                .map(|c| f64::from_le_bytes(c.try_into().expect("8-byte chunks")))
                .collect();
            return Tensor::from_f64(want, &entry.shape, &values)
                .map_err(|e| DecodeError::Size(e.to_string()));
        }
        _ => return Err(DecodeError::DType),
    };
    if stored != want && !(stored.is_float() && want.is_float()) {
        return Err(DecodeError::DType);
    }
    let tensor = Tensor::from_le_bytes(stored, &entry.shape, bytes)
        .map_err(|e| DecodeError::Size(e.to_string()))?;
    Ok(if stored == want { tensor } else { tensor.cast(want) })
}

// --- Hugging Face configs ----------------------------------------------------------------
//
// Field names and defaults are transformers 5.x's (`configuration_siglip.py`,
// `configuration_siglip2.py`): a hub config often holds little more than each sub-config's
// `model_type`, so every absent field must take transformers' default. Fields the forward
// pass does not need (dropout, token ids other than pad, initializer factors) are ignored.
// tests/fixtures/siglip*/transformers_defaults.json pin the defaults (see the tests).

/// `SiglipTextConfig` / `Siglip2TextConfig` (the two are identical).
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(default)]
pub struct HfSiglipTextConfig {
    /// Token vocabulary size (32000).
    pub vocab_size: usize,
    /// Width (768).
    pub hidden_size: usize,
    /// MLP width (3072).
    pub intermediate_size: usize,
    /// Encoder layers (12).
    pub num_hidden_layers: usize,
    /// Attention heads (12).
    pub num_attention_heads: usize,
    /// Text length and position-table size (64).
    pub max_position_embeddings: usize,
    /// MLP activation ("gelu_pytorch_tanh").
    pub hidden_act: String,
    /// LayerNorm epsilon (1e-6).
    pub layer_norm_eps: f64,
    /// Padding token (1); `null` in the JSON gives `None`.
    pub pad_token_id: Option<i64>,
    /// Output width of `text_model.head`; `None` means `hidden_size` (see
    /// [`HfSiglipTextConfig::projection_size`]).
    pub projection_size: Option<usize>,
}

impl Default for HfSiglipTextConfig {
    fn default() -> Self {
        HfSiglipTextConfig {
            vocab_size: 32000,
            hidden_size: 768,
            intermediate_size: 3072,
            num_hidden_layers: 12,
            num_attention_heads: 12,
            max_position_embeddings: 64,
            hidden_act: "gelu_pytorch_tanh".into(),
            layer_norm_eps: 1e-6,
            pad_token_id: Some(1),
            projection_size: None,
        }
    }
}

impl HfSiglipTextConfig {
    /// Output width of `text_model.head` (transformers: `projection_size or hidden_size`).
    pub fn projection_size(&self) -> usize {
        self.projection_size.unwrap_or(self.hidden_size)
    }
}

/// `Siglip2TextConfig`: the same fields and defaults as SigLIP's.
pub type HfSiglip2TextConfig = HfSiglipTextConfig;

/// `SiglipVisionConfig` (fixed resolution).
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(default)]
pub struct HfSiglipVisionConfig {
    /// Width (768).
    pub hidden_size: usize,
    /// MLP width (3072).
    pub intermediate_size: usize,
    /// Encoder layers (12).
    pub num_hidden_layers: usize,
    /// Attention heads (12).
    pub num_attention_heads: usize,
    /// Image channels (3).
    pub num_channels: usize,
    /// Square image side in pixels (224); transformers also accepts `[h, w]`, read here
    /// only when h = w.
    #[serde(deserialize_with = "square")]
    pub image_size: usize,
    /// Square patch side in pixels (16); `[p, p]` accepted as for `image_size`.
    #[serde(deserialize_with = "square")]
    pub patch_size: usize,
    /// MLP activation ("gelu_pytorch_tanh").
    pub hidden_act: String,
    /// LayerNorm epsilon (1e-6).
    pub layer_norm_eps: f64,
    /// Whether the MAP head (`vision_model.head.*`) exists (true).
    pub vision_use_head: bool,
}

impl Default for HfSiglipVisionConfig {
    fn default() -> Self {
        HfSiglipVisionConfig {
            hidden_size: 768,
            intermediate_size: 3072,
            num_hidden_layers: 12,
            num_attention_heads: 12,
            num_channels: 3,
            image_size: 224,
            patch_size: 16,
            hidden_act: "gelu_pytorch_tanh".into(),
            layer_norm_eps: 1e-6,
            vision_use_head: true,
        }
    }
}

impl HfSiglipVisionConfig {
    /// Patches per image, (image_size / patch_size)², the rows of the position table.
    pub fn num_patches(&self) -> usize {
        let side = self.image_size / self.patch_size.max(1);
        side * side
    }
}

/// `Siglip2VisionConfig` (NaFlex): no `image_size`; `num_patches` sizes the learned
/// position grid.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(default)]
pub struct HfSiglip2VisionConfig {
    /// Width (768).
    pub hidden_size: usize,
    /// MLP width (3072).
    pub intermediate_size: usize,
    /// Encoder layers (12).
    pub num_hidden_layers: usize,
    /// Attention heads (12).
    pub num_attention_heads: usize,
    /// Image channels (3).
    pub num_channels: usize,
    /// Square patch side in pixels (16); `[p, p]` accepted.
    #[serde(deserialize_with = "square")]
    pub patch_size: usize,
    /// MLP activation ("gelu_pytorch_tanh").
    pub hidden_act: String,
    /// LayerNorm epsilon (1e-6).
    pub layer_norm_eps: f64,
    /// Whether the MAP head (`vision_model.head.*`) exists (true).
    pub vision_use_head: bool,
    /// Rows of `position_embedding.weight` (256): a square grid of side √num_patches.
    pub num_patches: usize,
}

impl Default for HfSiglip2VisionConfig {
    fn default() -> Self {
        HfSiglip2VisionConfig {
            hidden_size: 768,
            intermediate_size: 3072,
            num_hidden_layers: 12,
            num_attention_heads: 12,
            num_channels: 3,
            patch_size: 16,
            hidden_act: "gelu_pytorch_tanh".into(),
            layer_norm_eps: 1e-6,
            vision_use_head: true,
            num_patches: 256,
        }
    }
}

impl HfSiglip2VisionConfig {
    /// Side of the learned position grid, `Some(s)` when `num_patches = s²`.
    pub fn position_grid_side(&self) -> Option<usize> {
        let s = (self.num_patches as f64).sqrt().round() as usize;
        (s * s == self.num_patches).then_some(s)
    }
}

/// `SiglipConfig`, the `config.json` of a `SiglipModel` checkpoint.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct HfSiglipConfig {
    /// "siglip".
    pub model_type: String,
    /// The text tower.
    pub text_config: HfSiglipTextConfig,
    /// The image tower.
    pub vision_config: HfSiglipVisionConfig,
}

impl HfSiglipConfig {
    /// The `model_type` of these checkpoints.
    pub const MODEL_TYPE: &'static str = "siglip";
}

/// `Siglip2Config`, the `config.json` of a `Siglip2Model` (NaFlex) checkpoint.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct HfSiglip2Config {
    /// "siglip2".
    pub model_type: String,
    /// The text tower.
    pub text_config: HfSiglip2TextConfig,
    /// The image tower.
    pub vision_config: HfSiglip2VisionConfig,
}

impl HfSiglip2Config {
    /// The `model_type` of these checkpoints.
    pub const MODEL_TYPE: &'static str = "siglip2";
}

/// A size given as `n` or `[n, n]` (transformers accepts both); non-square is an error.
fn square<'de, D: Deserializer<'de>>(d: D) -> Result<usize, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Size {
        One(usize),
        Two([usize; 2]),
    }
    match Size::deserialize(d)? {
        Size::One(n) => Ok(n),
        Size::Two([h, w]) if h == w => Ok(h),
        Size::Two([h, w]) => {
            Err(serde::de::Error::custom(format!("non-square size [{h}, {w}] is not supported")))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn h(name: &str, dtype: Dtype, shape: &[usize], offsets: (usize, usize)) -> TensorHeader {
        (name.to_string(), dtype, shape.to_vec(), offsets)
    }

    #[test]
    fn offsets_must_tile_the_data() {
        let ok = [h("a", Dtype::F32, &[2], (0, 8)), h("b", Dtype::BF16, &[3], (8, 14))];
        assert_eq!(check_offsets(&ok), Ok(14));
        let gap = [h("a", Dtype::F32, &[2], (0, 8)), h("b", Dtype::BF16, &[3], (9, 15))];
        assert!(check_offsets(&gap).unwrap_err().contains("\"b\""));
        let short = [h("a", Dtype::F32, &[3], (0, 8))];
        assert!(check_offsets(&short).unwrap_err().contains("needs 12"));
        let huge = [h("a", Dtype::F32, &[usize::MAX, 2], (0, 8))];
        assert!(check_offsets(&huge).unwrap_err().contains("overflows"));
    }

    #[test]
    fn sizes_may_be_lists() {
        let v: HfSiglipVisionConfig =
            serde_json::from_str(r#"{"image_size": [384, 384], "patch_size": 14}"#).unwrap();
        assert_eq!((v.image_size, v.patch_size, v.num_patches()), (384, 14, 729));
        let e = serde_json::from_str::<HfSiglipVisionConfig>(r#"{"patch_size": [14, 16]}"#);
        assert!(e.unwrap_err().to_string().contains("non-square"));
    }

    #[test]
    fn projection_size_defaults_to_the_width() {
        let t: HfSiglipTextConfig = serde_json::from_str(r#"{"hidden_size": 1152}"#).unwrap();
        assert_eq!(t.projection_size(), 1152);
        let t: HfSiglipTextConfig =
            serde_json::from_str(r#"{"hidden_size": 1152, "projection_size": 64}"#).unwrap();
        assert_eq!(t.projection_size(), 64);
        let t: HfSiglipTextConfig = serde_json::from_str(r#"{"pad_token_id": null}"#).unwrap();
        assert_eq!(t.pad_token_id, None);
    }

    #[test]
    fn grid_side() {
        let v = HfSiglip2VisionConfig::default();
        assert_eq!(v.position_grid_side(), Some(16));
        let v = HfSiglip2VisionConfig { num_patches: 250, ..v };
        assert_eq!(v.position_grid_side(), None);
    }

    #[test]
    fn unused_lists_a_few_names() {
        let names: Vec<String> = (0..10).map(|i| format!("t{i}")).collect();
        let e = CheckpointError::Unused { dir: "ck".into(), names };
        let msg = e.to_string();
        assert!(
            msg.contains("10 tensor(s)") && msg.contains("\"t7\"") && msg.contains("2 more"),
            "{msg}"
        );
        assert!(!msg.contains("\"t8\""), "{msg}");
    }
}
