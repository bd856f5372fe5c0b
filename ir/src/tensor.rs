//! Host tensors: the values that go into and come out of graphs, in any [`DType`].

use half::{bf16, f16};

use crate::DType;

/// Row-major element storage, one variant per dtype.
#[derive(Clone, Debug, PartialEq)]
pub enum TensorData {
    /// f32 values.
    F32(Vec<f32>),
    /// f16 values.
    F16(Vec<f16>),
    /// bf16 values.
    BF16(Vec<bf16>),
    /// i32 values.
    I32(Vec<i32>),
    /// u8 values.
    U8(Vec<u8>),
}

/// A dense, row-major tensor in host memory.
#[derive(Clone, Debug, PartialEq)]
pub struct Tensor {
    shape: Vec<usize>,
    data: TensorData,
}

/// Why a tensor could not be made.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("tensor of shape {shape:?} needs {expected} elements, got {got}")]
pub struct TensorSizeError {
    /// Requested shape.
    pub shape: Vec<usize>,
    /// Elements the shape needs.
    pub expected: usize,
    /// Elements (or, for bytes, bytes / element size) given.
    pub got: usize,
}

impl TensorData {
    /// The elements of `dtype` that little-endian `bytes` hold, copied once (a trailing
    /// partial element is ignored). Device read-backs and safetensors both come this way.
    pub fn from_le_bytes(dtype: DType, bytes: &[u8]) -> TensorData {
        let chunks = bytes.chunks_exact(dtype.size_bytes());
        match dtype {
            DType::F32 => {
                TensorData::F32(chunks.map(|c| f32::from_le_bytes(c.try_into().unwrap())).collect())
            }
            DType::F16 => {
                TensorData::F16(chunks.map(|c| f16::from_le_bytes(c.try_into().unwrap())).collect())
            }
            DType::BF16 => TensorData::BF16(
                chunks.map(|c| bf16::from_le_bytes(c.try_into().unwrap())).collect(),
            ),
            DType::I32 => {
                TensorData::I32(chunks.map(|c| i32::from_le_bytes(c.try_into().unwrap())).collect())
            }
            DType::U8 => TensorData::U8(bytes.to_vec()),
        }
    }

    /// The dtype of the storage.
    pub fn dtype(&self) -> DType {
        match self {
            TensorData::F32(_) => DType::F32,
            TensorData::F16(_) => DType::F16,
            TensorData::BF16(_) => DType::BF16,
            TensorData::I32(_) => DType::I32,
            TensorData::U8(_) => DType::U8,
        }
    }

    /// Number of elements stored.
    pub fn len(&self) -> usize {
        match self {
            TensorData::F32(v) => v.len(),
            TensorData::F16(v) => v.len(),
            TensorData::BF16(v) => v.len(),
            TensorData::I32(v) => v.len(),
            TensorData::U8(v) => v.len(),
        }
    }

    /// True when nothing is stored.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl Tensor {
    /// A tensor from a shape and matching data.
    pub fn new(shape: Vec<usize>, data: TensorData) -> Result<Tensor, TensorSizeError> {
        let expected = shape.iter().product();
        if data.len() != expected {
            return Err(TensorSizeError { shape, expected, got: data.len() });
        }
        Ok(Tensor { shape, data })
    }

    /// An f32 tensor (panics if `values` does not fill `shape`: for literals in code).
    pub fn from_f32(shape: &[usize], values: Vec<f32>) -> Tensor {
        Tensor::new(shape.to_vec(), TensorData::F32(values)).expect("shape and data agree")
    }

    /// An i32 tensor (panics if `values` does not fill `shape`: for literals in code).
    pub fn from_i32(shape: &[usize], values: Vec<i32>) -> Tensor {
        Tensor::new(shape.to_vec(), TensorData::I32(values)).expect("shape and data agree")
    }

    /// A tensor of `dtype` holding `values` rounded to it.
    pub fn from_f64(
        dtype: DType,
        shape: &[usize],
        values: &[f64],
    ) -> Result<Tensor, TensorSizeError> {
        let data = match dtype {
            DType::F32 => TensorData::F32(values.iter().map(|&v| v as f32).collect()),
            DType::F16 => TensorData::F16(values.iter().map(|&v| f16::from_f64(v)).collect()),
            DType::BF16 => TensorData::BF16(values.iter().map(|&v| bf16::from_f64(v)).collect()),
            DType::I32 => {
                TensorData::I32(values.iter().map(|&v| DType::I32.round(v) as i32).collect())
            }
            DType::U8 => TensorData::U8(values.iter().map(|&v| DType::U8.round(v) as u8).collect()),
        };
        Tensor::new(shape.to_vec(), data)
    }

    /// Zeros of `dtype`.
    pub fn zeros(dtype: DType, shape: &[usize]) -> Tensor {
        let n = shape.iter().product();
        Tensor::from_f64(dtype, shape, &vec![0.0; n]).expect("sizes agree")
    }

    /// A tensor from little-endian bytes (the safetensors layout).
    pub fn from_le_bytes(
        dtype: DType,
        shape: &[usize],
        bytes: &[u8],
    ) -> Result<Tensor, TensorSizeError> {
        let expected: usize = shape.iter().product();
        let size = dtype.size_bytes();
        if bytes.len() != expected * size {
            return Err(TensorSizeError {
                shape: shape.to_vec(),
                expected,
                got: bytes.len() / size,
            });
        }
        let data = TensorData::from_le_bytes(dtype, bytes);
        Tensor::new(shape.to_vec(), data)
    }

    /// The little-endian bytes of the elements.
    pub fn to_le_bytes(&self) -> Vec<u8> {
        self.le_bytes().into_owned()
    }

    /// The little-endian bytes of the elements: the storage itself on a little-endian host
    /// (no copy), else converted. (Converting element by element through `flat_map` took
    /// ~3 ns a byte, 12 ms for a batch of eight 224² images on the GPU machine's host.)
    pub fn le_bytes(&self) -> std::borrow::Cow<'_, [u8]> {
        use std::borrow::Cow;
        fn conv<T: bytemuck::Pod, const N: usize>(v: &[T], le: fn(&T) -> [u8; N]) -> Cow<'_, [u8]> {
            if cfg!(target_endian = "little") {
                Cow::Borrowed(bytemuck::cast_slice(v))
            } else {
                let mut out = Vec::with_capacity(v.len() * N);
                for x in v {
                    out.extend_from_slice(&le(x));
                }
                Cow::Owned(out)
            }
        }
        match &self.data {
            TensorData::F32(v) => conv(v, |x| x.to_le_bytes()),
            TensorData::F16(v) => conv(v, |x| x.to_le_bytes()),
            TensorData::BF16(v) => conv(v, |x| x.to_le_bytes()),
            TensorData::I32(v) => conv(v, |x| x.to_le_bytes()),
            TensorData::U8(v) => Cow::Borrowed(v),
        }
    }

    /// The shape.
    pub fn shape(&self) -> &[usize] {
        &self.shape
    }

    /// The dtype.
    pub fn dtype(&self) -> DType {
        self.data.dtype()
    }

    /// The storage.
    pub fn data(&self) -> &TensorData {
        &self.data
    }

    /// The storage, mutably (the shape stays).
    pub fn data_mut(&mut self) -> &mut TensorData {
        &mut self.data
    }

    /// Number of elements.
    pub fn numel(&self) -> usize {
        self.data.len()
    }

    /// Every element as f64 (exact for every dtype).
    pub fn to_f64_vec(&self) -> Vec<f64> {
        match &self.data {
            TensorData::F32(v) => v.iter().map(|&x| x as f64).collect(),
            TensorData::F16(v) => v.iter().map(|x| x.to_f64()).collect(),
            TensorData::BF16(v) => v.iter().map(|x| x.to_f64()).collect(),
            TensorData::I32(v) => v.iter().map(|&x| x as f64).collect(),
            TensorData::U8(v) => v.iter().map(|&x| x as f64).collect(),
        }
    }

    /// The values as f32 (rounded for i32 beyond 2^24).
    pub fn to_f32_vec(&self) -> Vec<f32> {
        match &self.data {
            TensorData::F32(v) => v.clone(),
            TensorData::F16(v) => v.iter().map(|x| x.to_f32()).collect(),
            TensorData::BF16(v) => v.iter().map(|x| x.to_f32()).collect(),
            TensorData::I32(v) => v.iter().map(|&x| x as f32).collect(),
            TensorData::U8(v) => v.iter().map(|&x| x as f32).collect(),
        }
    }

    /// The i32 values, if this is an i32 tensor.
    pub fn as_i32(&self) -> Option<&[i32]> {
        match &self.data {
            TensorData::I32(v) => Some(v),
            _ => None,
        }
    }

    /// The f32 values, if this is an f32 tensor.
    pub fn as_f32(&self) -> Option<&[f32]> {
        match &self.data {
            TensorData::F32(v) => Some(v),
            _ => None,
        }
    }

    /// This tensor converted to `dtype` (rounding as a cast does).
    pub fn cast(&self, dtype: DType) -> Tensor {
        if dtype == self.dtype() {
            return self.clone();
        }
        Tensor::from_f64(dtype, &self.shape, &self.to_f64_vec()).expect("sizes agree")
    }

    /// The same data under another shape with as many elements.
    pub fn reshape(self, shape: &[usize]) -> Result<Tensor, TensorSizeError> {
        Tensor::new(shape.to_vec(), self.data)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `le_bytes` is the storage itself on a little-endian host, and every dtype's bytes
    /// read back as the same tensor (the layout safetensors and device uploads use).
    #[test]
    fn le_bytes_round_trip_every_dtype_without_a_copy() {
        let base = Tensor::from_f32(&[2, 3], vec![1.5, -2.25, 0.0, 3.0e-8, -7.0, 65504.0]);
        for dtype in DType::ALL {
            let t = base.cast(dtype);
            let bytes = t.le_bytes();
            assert_eq!(bytes.len(), 6 * dtype.size_bytes(), "{dtype}");
            if cfg!(target_endian = "little") {
                assert!(matches!(bytes, std::borrow::Cow::Borrowed(_)), "{dtype}: copied");
            }
            let back = Tensor::from_le_bytes(dtype, &[2, 3], &bytes).unwrap();
            assert_eq!(back, t, "{dtype}");
            // A read-back buffer longer than the tensor: whole elements only, as many as fit.
            let mut longer = bytes.to_vec();
            longer.push(0xff);
            let data = TensorData::from_le_bytes(dtype, &longer);
            let whole = if dtype == DType::U8 { 7 } else { 6 };
            assert_eq!(data.len(), whole, "{dtype}");
            assert_eq!(
                Tensor::new(vec![6], TensorData::from_le_bytes(dtype, &bytes)).unwrap().data,
                t.data,
                "{dtype}"
            );
            assert_eq!(t.to_le_bytes(), bytes.into_owned(), "{dtype}");
        }
        // The first f32, spelled out: 1.5 = 0x3fc00000.
        assert_eq!(&base.le_bytes()[..4], &[0x00, 0x00, 0xc0, 0x3f]);
    }
}
