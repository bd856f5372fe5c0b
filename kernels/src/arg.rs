//! Kernel arguments: a buffer and the view through which the kernel reads it.

use std::borrow::Cow;

use packfuse_ir::{DType, TensorData};

use crate::elem::Elem;
use crate::layout::View;
use crate::with_slice;

/// One input of a kernel launch.
#[derive(Clone, Debug)]
pub struct Arg<'a> {
    /// The whole buffer.
    pub data: &'a TensorData,
    /// Where the argument's elements are in it.
    pub view: View,
}

impl<'a> Arg<'a> {
    /// A contiguous argument covering all of `data` with `shape`.
    pub fn new(data: &'a TensorData, shape: &[usize]) -> Arg<'a> {
        Arg { data, view: View::contiguous(shape) }
    }

    /// The element type.
    pub fn dtype(&self) -> DType {
        self.data.dtype()
    }

    /// The logical shape.
    pub fn shape(&self) -> &[usize] {
        &self.view.shape
    }

    /// The elements in row-major order as f32; borrowed when already dense f32.
    pub fn to_f32(&self) -> Cow<'a, [f32]> {
        let n = self.view.numel();
        if let TensorData::F32(v) = self.data {
            if self.view.is_contiguous() {
                return Cow::Borrowed(&v[self.view.offset..self.view.offset + n]);
            }
        }
        Cow::Owned(self.gather(|x: f64| x as f32, n))
    }

    /// The elements in row-major order as f64.
    pub fn to_f64(&self) -> Vec<f64> {
        self.gather(|x| x, self.view.numel())
    }

    /// The elements in row-major order as i32 (for indices and `cu_seqlens`).
    pub fn to_i32(&self) -> Vec<i32> {
        self.gather(|x| x as i32, self.view.numel())
    }

    fn gather<T>(&self, f: impl Fn(f64) -> T, n: usize) -> Vec<T> {
        let mut idx = Vec::with_capacity(n);
        self.view.indices(0, n, &mut idx);
        with_slice!(self.data, s => idx.iter().map(|&i| f(s[i].to_f64())).collect())
    }
}
