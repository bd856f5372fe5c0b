//! Tensors in safetensors files: the exchange format of the command line.
//!
//! Supported dtypes are those of the IR (f32, f16, bf16, i32, u8). Any other dtype, a
//! truncated file or a malformed header is an [`IoError`] naming the file (and the tensor,
//! where there is one); nothing here panics on bad bytes.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use safetensors::tensor::{Dtype, SafeTensorError, TensorView};
use safetensors::SafeTensors;
use thiserror::Error;

use crate::{DType, Tensor};

/// Why a safetensors file could not be read or written.
#[derive(Debug, Error)]
pub enum IoError {
    /// The file could not be opened, read or written.
    #[error("{}: {reason}", path.display())]
    File {
        /// The file.
        path: PathBuf,
        /// What the OS said.
        reason: String,
    },
    /// The bytes are not a valid safetensors file.
    #[error("{}: not a valid safetensors file: {reason}", path.display())]
    Malformed {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        reason: String,
    },
    /// A tensor of a dtype packfuse has no equivalent for.
    #[error("{}: tensor {name:?} has dtype {dtype}, which packfuse does not support (f32, f16, bf16, i32, u8)", path.display())]
    UnsupportedDType {
        /// The file.
        path: PathBuf,
        /// The tensor.
        name: String,
        /// Its safetensors dtype.
        dtype: String,
    },
}

/// Reads every tensor of the safetensors file at `path`, by name.
pub fn load(path: &Path) -> Result<BTreeMap<String, Tensor>, IoError> {
    let bytes = std::fs::read(path)
        .map_err(|e| IoError::File { path: path.to_path_buf(), reason: e.to_string() })?;
    load_bytes(&bytes, path)
}

/// Reads every tensor of safetensors `bytes`; `path` names them in errors.
pub fn load_bytes(bytes: &[u8], path: &Path) -> Result<BTreeMap<String, Tensor>, IoError> {
    let st = SafeTensors::deserialize(bytes)
        .map_err(|e| IoError::Malformed { path: path.to_path_buf(), reason: describe(&e) })?;
    st.iter().map(|(name, view)| Ok((name.to_string(), to_tensor(name, &view, path)?))).collect()
}

/// Writes `tensors` to `path` as safetensors.
pub fn save(tensors: &BTreeMap<String, Tensor>, path: &Path) -> Result<(), IoError> {
    let bytes = save_bytes(tensors)
        .map_err(|reason| IoError::Malformed { path: path.to_path_buf(), reason })?;
    std::fs::write(path, bytes)
        .map_err(|e| IoError::File { path: path.to_path_buf(), reason: e.to_string() })
}

/// The safetensors bytes of `tensors`.
pub fn save_bytes(tensors: &BTreeMap<String, Tensor>) -> Result<Vec<u8>, String> {
    let data: Vec<(String, DType, Vec<usize>, Vec<u8>)> = tensors
        .iter()
        .map(|(n, t)| (n.clone(), t.dtype(), t.shape().to_vec(), t.to_le_bytes()))
        .collect();
    let views = data
        .iter()
        .map(|(n, d, s, b)| Ok((n.as_str(), TensorView::new(st_dtype(*d), s.clone(), b)?)))
        .collect::<Result<Vec<_>, SafeTensorError>>()
        .map_err(|e| describe(&e))?;
    safetensors::serialize(views, &None).map_err(|e| describe(&e))
}

fn to_tensor(name: &str, view: &TensorView<'_>, path: &Path) -> Result<Tensor, IoError> {
    let dtype = ir_dtype(view.dtype()).ok_or_else(|| IoError::UnsupportedDType {
        path: path.to_path_buf(),
        name: name.to_string(),
        dtype: format!("{:?}", view.dtype()),
    })?;
    // safetensors has already checked that the byte length matches shape and dtype.
    Tensor::from_le_bytes(dtype, view.shape(), view.data()).map_err(|e| IoError::Malformed {
        path: path.to_path_buf(),
        reason: format!("tensor {name:?}: {e}"),
    })
}

fn ir_dtype(d: Dtype) -> Option<DType> {
    Some(match d {
        Dtype::F32 => DType::F32,
        Dtype::F16 => DType::F16,
        Dtype::BF16 => DType::BF16,
        Dtype::I32 => DType::I32,
        Dtype::U8 => DType::U8,
        _ => return None,
    })
}

fn st_dtype(d: DType) -> Dtype {
    match d {
        DType::F32 => Dtype::F32,
        DType::F16 => Dtype::F16,
        DType::BF16 => Dtype::BF16,
        DType::I32 => Dtype::I32,
        DType::U8 => Dtype::U8,
    }
}

/// A one-line reason for a safetensors error (the crate's `Display` is its `Debug`).
fn describe(e: &SafeTensorError) -> String {
    use SafeTensorError as E;
    match e {
        E::InvalidHeader => "the header is not valid UTF-8".into(),
        E::InvalidHeaderStart => "the header does not start with '{'".into(),
        E::InvalidHeaderDeserialization => "the header is not valid safetensors JSON".into(),
        E::HeaderTooLarge => "the header is larger than 100 MB".into(),
        E::HeaderTooSmall => "the file is shorter than its 8-byte header length".into(),
        E::InvalidHeaderLength => {
            "the header length runs past the end of the file (truncated?)".into()
        }
        E::TensorNotFound(n) => format!("tensor {n:?} not found"),
        E::TensorInvalidInfo => "a tensor's shape, dtype and offsets disagree".into(),
        E::InvalidOffset(n) => format!("tensor {n:?} has invalid offsets (truncated file?)"),
        E::IoError(e) => e.to_string(),
        E::JsonError(e) => format!("header JSON: {e}"),
        E::InvalidTensorView(d, s, n) => {
            format!("{n} bytes do not hold a {d:?} tensor of shape {s:?}")
        }
        E::MetadataIncompleteBuffer => {
            "the data section does not match the header (truncated file?)".into()
        }
        E::ValidationOverflow => "a tensor's size overflows".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> BTreeMap<String, Tensor> {
        let mut m = BTreeMap::new();
        m.insert("a".into(), Tensor::from_f32(&[2, 3], vec![1.0, -2.0, 3.5, 0.0, 1e-3, 7.0]));
        m.insert("cu".into(), Tensor::from_i32(&[3], vec![0, 2, 5]));
        m.insert("h".into(), Tensor::from_f32(&[2], vec![0.5, 1.5]).cast(DType::F16));
        m.insert("b".into(), Tensor::from_f32(&[1], vec![3.0]).cast(DType::BF16));
        m.insert("u".into(), Tensor::from_f32(&[2, 2], vec![0.0, 1.0, 2.0, 255.0]).cast(DType::U8));
        m.insert("s".into(), Tensor::from_f32(&[], vec![4.0]));
        m
    }

    #[test]
    fn round_trips_every_dtype() {
        let m = sample();
        let bytes = save_bytes(&m).unwrap();
        let back = load_bytes(&bytes, Path::new("mem")).unwrap();
        assert_eq!(back, m);
    }

    #[test]
    fn round_trips_through_a_file() {
        let path =
            std::env::temp_dir().join(format!("packfuse-io-{}.safetensors", std::process::id()));
        save(&sample(), &path).unwrap();
        let back = load(&path).unwrap();
        std::fs::remove_file(&path).ok();
        assert_eq!(back, sample());
    }

    #[test]
    fn every_truncation_is_an_error() {
        let bytes = save_bytes(&sample()).unwrap();
        for len in 0..bytes.len() {
            let e = load_bytes(&bytes[..len], Path::new("cut.safetensors")).unwrap_err();
            assert!(matches!(e, IoError::Malformed { .. }), "{len}: {e}");
            assert!(e.to_string().starts_with("cut.safetensors: "), "{e}");
        }
    }

    #[test]
    fn garbage_is_an_error() {
        // A deterministic xorshift stream, so the test needs no random-number crate.
        let mut s: u64 = 0x9e37_79b9_7f4a_7c15;
        for len in [0usize, 1, 7, 8, 9, 16, 100, 4096] {
            for _ in 0..50 {
                let bytes: Vec<u8> = (0..len)
                    .map(|_| {
                        s ^= s << 13;
                        s ^= s >> 7;
                        s ^= s << 17;
                        s as u8
                    })
                    .collect();
                assert!(load_bytes(&bytes, Path::new("junk")).is_err());
            }
        }
        // A plausible header length followed by junk, and an absurd one.
        let mut b = 16u64.to_le_bytes().to_vec();
        b.extend_from_slice(b"{\"a\": [1, 2, 3]}");
        assert!(load_bytes(&b, Path::new("junk")).is_err());
        let b = u64::MAX.to_le_bytes().to_vec();
        assert!(load_bytes(&b, Path::new("junk")).is_err());
    }

    #[test]
    fn unsupported_dtype_names_the_tensor() {
        let data = [0u8; 16];
        let v = TensorView::new(Dtype::F64, vec![2], &data).unwrap();
        let bytes = safetensors::serialize([("weights", v)], &None).unwrap();
        let e = load_bytes(&bytes, Path::new("x.safetensors")).unwrap_err();
        let msg = e.to_string();
        assert!(msg.contains("\"weights\"") && msg.contains("F64"), "{msg}");
    }

    #[test]
    fn missing_file_is_an_error() {
        let e = load(Path::new("/nonexistent/packfuse.safetensors")).unwrap_err();
        assert!(matches!(e, IoError::File { .. }), "{e}");
    }
}
