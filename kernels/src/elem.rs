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

/// What is known to be written in one buffer's allocation, for [`ensure_reusing`]: the
/// allocation (address and capacity) and how many elements from its start hold values.
#[derive(Clone, Copy, Debug, Default)]
pub struct Written {
    ptr: usize,
    cap: usize,
    len: usize,
}

/// [`ensure`] for a buffer reused by launch after launch (a CPU plan slot holds buffers of
/// different sizes in turn): elements that an earlier use of the same allocation wrote are
/// not zeroed again when the buffer grows back over them. Only elements never written
/// since the allocation are zeroed. So a kernel may find its output holding stale values,
/// as it already did wherever a slot shrank, and must write every element it produces
/// (every CPU kernel does). The B/16 tower re-zeroed about 170 MB a run before this.
///
/// `mark` must describe `data`'s allocation or be fresh: whoever puts a buffer from
/// elsewhere into the slot resets the mark (`Written::default()`), since a freed
/// allocation's address and capacity can come back for another one.
pub fn ensure_reusing(data: &mut TensorData, dtype: DType, n: usize, mark: &mut Written) {
    if data.dtype() != dtype {
        *data = alloc(dtype, n);
        *mark = Written::default();
    }
    with_slice!(data, v => {
        let same = v.as_ptr() as usize == mark.ptr && v.capacity() == mark.cap;
        let written = if same { mark.len.max(v.len()) } else { v.len() };
        let keep = n.min(written);
        if v.len() < keep {
            // SAFETY: `keep ≤ written ≤ capacity`, and the first `written` elements of
            // this allocation were initialised by earlier uses: `truncate` (which is all
            // `resize` does when shrinking) never de-initialises memory, and every
            // element type here is plain data valid for any bits it held.
            unsafe { v.set_len(keep) }
        }
        let before = (v.as_ptr() as usize, v.capacity());
        v.resize(n, Elem::from_f32(0.0));
        let (ptr, cap) = (v.as_ptr() as usize, v.capacity());
        // A reallocation moved the first `keep` elements and zeroed up to `n`; else the
        // allocation still holds all it held, and now `n` elements more or less.
        let len = if (ptr, cap) == before { written.max(n) } else { n };
        *mark = Written { ptr, cap, len };
    });
}

/// Writes f32 values into `out[start..start + vals.len()]`, converting to its dtype.
pub fn store_f32(out: &mut TensorData, start: usize, vals: &[f32]) {
    with_slice!(out, o => {
        for (d, &v) in o[start..start + vals.len()].iter_mut().zip(vals) {
            *d = Elem::from_f32(v);
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f32s(d: &TensorData) -> &[f32] {
        match d {
            TensorData::F32(v) => v,
            _ => panic!("not f32"),
        }
    }

    /// A slot that shrinks and grows back keeps what it held below its high-water mark
    /// (no re-zeroing) and zeroes only elements never written.
    #[test]
    fn ensure_reusing_zeroes_only_what_was_never_written() {
        let mut mark = Written::default();
        let mut d = TensorData::F32(Vec::new());
        ensure_reusing(&mut d, DType::F32, 8, &mut mark);
        assert_eq!(f32s(&d), &[0.0; 8]);
        if let TensorData::F32(v) = &mut d {
            v.iter_mut().enumerate().for_each(|(i, x)| *x = i as f32 + 1.0);
        }
        ensure_reusing(&mut d, DType::F32, 3, &mut mark);
        assert_eq!(f32s(&d), &[1.0, 2.0, 3.0]);
        ensure_reusing(&mut d, DType::F32, 6, &mut mark);
        assert_eq!(f32s(&d), &[1.0, 2.0, 3.0, 4.0, 5.0, 6.0], "written elements kept");
        // Past the mark, and past the capacity (a new allocation): the old values move
        // with it, the rest is zero.
        let big = 1 << 16;
        ensure_reusing(&mut d, DType::F32, big, &mut mark);
        let v = f32s(&d);
        assert_eq!(&v[..8], &[1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0]);
        assert!(v[8..].iter().all(|&x| x == 0.0));
        // Another allocation put in the slot: only its own length counts as written.
        let mut fresh = Vec::with_capacity(64);
        fresh.extend([9.0f32; 2]);
        let mut d = TensorData::F32(fresh);
        ensure_reusing(&mut d, DType::F32, 5, &mut mark);
        assert_eq!(f32s(&d), &[9.0, 9.0, 0.0, 0.0, 0.0]);
        // A dtype change reallocates, zeroed.
        ensure_reusing(&mut d, DType::I32, 4, &mut mark);
        assert!(matches!(&d, TensorData::I32(v) if v == &[0; 4]));
    }
}
