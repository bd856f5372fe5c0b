//! Typed access to [`TensorData`]: one trait over the five storage types, so kernels are
//! written once per family and dispatched by dtype in one place.

use half::{bf16, f16};
use packfuse_ir::{DType, TensorData};

/// A storage element type.
pub trait Elem: Copy + Send + Sync + 'static {
    /// The matching dtype.
    const DTYPE: DType;
    /// Widen to f32 (the accumulation type).
    fn to_f32(self) -> f32;
    /// Narrow from f32, rounding to nearest (integers truncate and saturate like a cast).
    fn from_f32(v: f32) -> Self;
    /// Widen to f64.
    fn to_f64(self) -> f64;
    /// Narrow from f64.
    fn from_f64(v: f64) -> Self;
}

macro_rules! float_elem {
    ($t:ty, $d:ident, $to32:expr, $from32:expr, $to64:expr, $from64:expr) => {
        impl Elem for $t {
            const DTYPE: DType = DType::$d;
            #[inline(always)]
            fn to_f32(self) -> f32 {
                $to32(self)
            }
            #[inline(always)]
            fn from_f32(v: f32) -> Self {
                $from32(v)
            }
            #[inline(always)]
            fn to_f64(self) -> f64 {
                $to64(self)
            }
            #[inline(always)]
            fn from_f64(v: f64) -> Self {
                $from64(v)
            }
        }
    };
}

float_elem!(f32, F32, |x| x, |v| v, |x: f32| x as f64, |v| v as f32);
float_elem!(f16, F16, f16::to_f32, f16::from_f32, f16::to_f64, f16::from_f64);
float_elem!(bf16, BF16, bf16::to_f32, bf16::from_f32, bf16::to_f64, bf16::from_f64);
float_elem!(
    i32,
    I32,
    |x: i32| x as f32,
    |v: f32| DType::I32.round(v as f64) as i32,
    |x: i32| x as f64,
    |v: f64| DType::I32.round(v) as i32
);
float_elem!(
    u8,
    U8,
    |x: u8| x as f32,
    |v: f32| DType::U8.round(v as f64) as u8,
    |x: u8| x as f64,
    |v: f64| DType::U8.round(v) as u8
);

/// Calls `$body` with `$s` bound to the typed slice inside a `&TensorData`.
#[macro_export]
macro_rules! with_slice {
    ($data:expr, $s:ident => $body:expr) => {
        match $data {
            packfuse_ir::TensorData::F32($s) => $body,
            packfuse_ir::TensorData::F16($s) => $body,
            packfuse_ir::TensorData::BF16($s) => $body,
            packfuse_ir::TensorData::I32($s) => $body,
            packfuse_ir::TensorData::U8($s) => $body,
        }
    };
}

/// Storage of `n` zeros of `dtype`.
pub fn alloc(dtype: DType, n: usize) -> TensorData {
    match dtype {
        DType::F32 => TensorData::F32(vec![0.0; n]),
        DType::F16 => TensorData::F16(vec![f16::ZERO; n]),
        DType::BF16 => TensorData::BF16(vec![bf16::ZERO; n]),
        DType::I32 => TensorData::I32(vec![0; n]),
        DType::U8 => TensorData::U8(vec![0; n]),
    }
}

/// Makes `data` hold `n` elements of `dtype`, reusing its allocation when it can.
pub fn ensure(data: &mut TensorData, dtype: DType, n: usize) {
    if data.dtype() != dtype {
        *data = alloc(dtype, n);
        return;
    }
    with_slice!(data, v => v.resize(n, Elem::from_f32(0.0)));
}

/// Writes f32 values into `out[start..start + vals.len()]`, converting to its dtype.
pub fn store_f32(out: &mut TensorData, start: usize, vals: &[f32]) {
    with_slice!(out, o => {
        for (d, &v) in o[start..start + vals.len()].iter_mut().zip(vals) {
            *d = Elem::from_f32(v);
        }
    })
}
