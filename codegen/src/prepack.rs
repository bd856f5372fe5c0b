//! Weights laid out once for the kernels that read them: [`Executable::prepack`].
//!
//! A PyTorch linear weight is stored `[out, in]`, and a graph multiplies by its transpose
//! (`matmul` with `transpose_b`). The CPU's matrix product reads `b` faster as a row-major
//! `[in, out]` matrix (15–20% on the MLP's down projection of a ViT-B, measured in
//! benches/RESULTS.md). [`Prepacked`] holds such weights transposed, once, in place of the
//! originals (so memory does not double); the CPU backend reads them as a transposed view,
//! and every other reader gets the original layout back ([`InputSource::get_plain`]).
//!
//! What is prepacked: a 2-D f32 tensor bound to a plan input whose every use in the plan is
//! as the `b` operand, with `transpose_b`, of a top-level matrix product reading it whole.
//! Anything else stays as it was.
//!
//! On a device backend (CUDA, Vulkan) nothing is transposed; instead every tensor bound to
//! a plan input is uploaded once and its device copy kept with the host tensor
//! ([`Resident`]), so runs read weights where they already lie instead of uploading them
//! again (344 MB per run for a ViT-B/16's weights). A tensor that an [`Overlay`]'s first
//! source supplies hides the resident copy under the same name.
//!
//! [`Overlay`]: crate::Overlay
//!
//! [`Executable::prepack`]: crate::Executable::prepack

use std::any::Any;
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

use packfuse_ir::{Tensor, TensorData};
use packfuse_kernels::KernelSpec;
use rayon::prelude::*;

use crate::engine::InputSource;
use crate::plan::{Plan, Storage};

/// How a source holds a named tensor.
#[derive(Clone, Copy, Debug)]
pub enum Bound<'a> {
    /// As the tensor itself.
    Plain(&'a Tensor),
    /// A 2-D tensor `[r, c]` held as its transpose `[c, r]` (this is that transpose).
    Transposed(&'a Tensor),
}

impl<'a> Bound<'a> {
    /// The shape of the tensor bound (not of its storage).
    pub fn shape(&self) -> Vec<usize> {
        match self {
            Bound::Plain(t) => t.shape().to_vec(),
            Bound::Transposed(t) => t.shape().iter().rev().copied().collect(),
        }
    }

    /// The element type.
    pub fn dtype(&self) -> packfuse_ir::DType {
        match self {
            Bound::Plain(t) | Bound::Transposed(t) => t.dtype(),
        }
    }

    /// The tensor bound, in its own layout: borrowed when held so, else transposed back.
    pub fn to_plain(self) -> Cow<'a, Tensor> {
        match self {
            Bound::Plain(t) => Cow::Borrowed(t),
            Bound::Transposed(t) => Cow::Owned(transpose(t)),
        }
    }
}

/// Named tensors (typically a model's weights) with some held transposed for the plan of
/// the executable that made them; see the [module docs](self).
#[derive(Default)]
pub struct Prepacked {
    plain: HashMap<String, Tensor>,
    transposed: HashMap<String, Tensor>,
    /// Device copies of tensors of `plain`, by name.
    resident: HashMap<String, Resident>,
}

/// A tensor's copy in a device backend's memory, made once by [`Executable::prepack`] and
/// read by that backend alone (another backend ignores it and uploads the host tensor).
///
/// [`Executable::prepack`]: crate::Executable::prepack
pub struct Resident {
    /// Which backend made it (its address; backends live for the process).
    owner: usize,
    /// The backend's own handle type.
    handle: Box<dyn Any + Send + Sync>,
}

impl Resident {
    /// `handle`, made by the backend at address `owner`.
    pub(crate) fn new<H: Any + Send + Sync>(owner: usize, handle: H) -> Resident {
        Resident { owner, handle: Box::new(handle) }
    }

    /// The handle, when the backend at `owner` made it as an `H`.
    pub(crate) fn handle<H: Any>(&self, owner: usize) -> Option<&H> {
        (self.owner == owner).then(|| self.handle.downcast_ref()).flatten()
    }
}

impl Prepacked {
    /// `weights`, with those that `plan`'s launches read only as transposed `b` operands
    /// of matrix products held transposed.
    pub(crate) fn for_plan(plan: &Plan, mut weights: HashMap<String, Tensor>) -> Prepacked {
        let fits = |t: &Tensor| t.shape().len() == 2 && matches!(t.data(), TensorData::F32(_));
        let taken: Vec<(String, Tensor)> = transposed_operands(plan)
            .into_iter()
            .filter_map(|name| match weights.remove(&name) {
                Some(t) if fits(&t) => Some((name, t)),
                Some(t) => {
                    weights.insert(name, t);
                    None
                }
                None => None,
            })
            .collect();
        let transposed = taken.into_par_iter().map(|(name, t)| (name, transpose(&t))).collect();
        Prepacked { plain: weights, transposed, resident: HashMap::new() }
    }

    /// `weights` as given, with the device copies in `resident` (see [`Resident`]).
    pub(crate) fn with_resident(
        weights: HashMap<String, Tensor>,
        resident: HashMap<String, Resident>,
    ) -> Prepacked {
        Prepacked { plain: weights, transposed: HashMap::new(), resident }
    }

    /// The tensors kept as given (no executable, or a backend that does not prepack).
    pub fn unchanged(weights: HashMap<String, Tensor>) -> Prepacked {
        Prepacked::with_resident(weights, HashMap::new())
    }

    /// Names with a copy kept in a device's memory.
    pub fn resident_names(&self) -> impl Iterator<Item = &str> {
        self.resident.keys().map(String::as_str)
    }

    /// Names held transposed.
    pub fn transposed_names(&self) -> impl Iterator<Item = &str> {
        self.transposed.keys().map(String::as_str)
    }

    /// Number of tensors, however held.
    pub fn len(&self) -> usize {
        self.plain.len() + self.transposed.len()
    }

    /// True when there are none.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl InputSource for Prepacked {
    fn get(&self, name: &str) -> Option<&Tensor> {
        self.plain.get(name)
    }

    fn get_bound(&self, name: &str) -> Option<Bound<'_>> {
        match self.plain.get(name) {
            Some(t) => Some(Bound::Plain(t)),
            None => self.transposed.get(name).map(Bound::Transposed),
        }
    }

    fn resident(&self, name: &str) -> Option<&Resident> {
        self.resident.get(name)
    }
}

/// Plan inputs read only whole, as the `b` of `transpose_b` products of top-level
/// launches (never by a recurse step, nor by any other kernel or argument position).
fn transposed_operands(plan: &Plan) -> Vec<String> {
    let mut wanted = HashSet::new();
    let mut other = HashSet::new();
    for l in &plan.launches {
        let tb = matches!(l.kernel, KernelSpec::MatMul { transpose_b: true, .. });
        for (i, a) in l.args.iter().enumerate() {
            if let Storage::Input(name) = &a.storage {
                if tb && i == 1 && a.steps.is_empty() {
                    wanted.insert(name.clone());
                } else {
                    other.insert(name.clone());
                }
            }
        }
        for a in l.recurse.iter().flat_map(|r| &r.inputs) {
            if let Storage::Input(name) = &a.storage {
                other.insert(name.clone());
            }
        }
    }
    let mut names: Vec<String> = wanted.difference(&other).cloned().collect();
    names.sort();
    names
}

/// The transpose of a 2-D tensor, any element type.
fn transpose(t: &Tensor) -> Tensor {
    /// Strips of `S` columns: each row's strip is one contiguous read, and it extends `S`
    /// output rows sequentially, so both sides stream through the cache.
    fn tr<T: Copy + Default>(v: &[T], r: usize, c: usize) -> Vec<T> {
        const S: usize = 16;
        let mut out = vec![T::default(); v.len()];
        if v.is_empty() {
            return out;
        }
        for j0 in (0..c).step_by(S) {
            let w = S.min(c - j0);
            for (i, row) in v.chunks_exact(c).enumerate() {
                for (jj, &x) in row[j0..j0 + w].iter().enumerate() {
                    out[(j0 + jj) * r + i] = x;
                }
            }
        }
        out
    }
    let (r, c) = (t.shape()[0], t.shape()[1]);
    let data = match t.data() {
        TensorData::F32(v) => TensorData::F32(tr(v, r, c)),
        TensorData::F16(v) => TensorData::F16(tr(v, r, c)),
        TensorData::BF16(v) => TensorData::BF16(tr(v, r, c)),
        TensorData::I32(v) => TensorData::I32(tr(v, r, c)),
        TensorData::U8(v) => TensorData::U8(tr(v, r, c)),
    };
    Tensor::new(vec![c, r], data).expect("same element count")
}
