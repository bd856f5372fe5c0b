//! Shapes with static and named dynamic dimensions.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

use crate::DType;

/// One dimension: a number known at compile time, or a name bound at run time
/// (`T` = total packed tokens, `B` = segments).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Dim {
    /// A size fixed when the graph is built.
    Static(usize),
    /// A size named here and bound from the inputs at run time.
    Dyn(String),
}

impl Dim {
    /// The static size, if there is one.
    pub fn as_static(&self) -> Option<usize> {
        match self {
            Dim::Static(n) => Some(*n),
            Dim::Dyn(_) => None,
        }
    }

    /// The size under `bindings`; `None` when a dynamic name is unbound.
    pub fn resolve(&self, bindings: &Bindings) -> Option<usize> {
        match self {
            Dim::Static(n) => Some(*n),
            Dim::Dyn(name) => bindings.get(name).copied(),
        }
    }
}

impl From<usize> for Dim {
    fn from(n: usize) -> Self {
        Dim::Static(n)
    }
}

impl From<&str> for Dim {
    fn from(s: &str) -> Self {
        Dim::Dyn(s.to_string())
    }
}

impl fmt::Display for Dim {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Dim::Static(n) => write!(f, "{n}"),
            Dim::Dyn(s) => f.write_str(s),
        }
    }
}

/// Values of the dynamic dimensions, by name.
pub type Bindings = BTreeMap<String, usize>;

/// A tensor shape: a list of dimensions, outermost first (row-major).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Shape(pub Vec<Dim>);

/// Builds a [`Shape`] from numbers and names: `shape!["T", 12, 64]`.
#[macro_export]
macro_rules! shape {
    ($($d:expr),* $(,)?) => { $crate::Shape(vec![$($crate::Dim::from($d)),*]) };
}

impl Shape {
    /// A shape of static dimensions.
    pub fn from_static(dims: &[usize]) -> Shape {
        Shape(dims.iter().map(|&d| Dim::Static(d)).collect())
    }

    /// The scalar shape `[]`.
    pub fn scalar() -> Shape {
        Shape(Vec::new())
    }

    /// Number of dimensions.
    pub fn rank(&self) -> usize {
        self.0.len()
    }

    /// The dimensions.
    pub fn dims(&self) -> &[Dim] {
        &self.0
    }

    /// Dimension `i` (panics when out of range; callers check the rank first).
    pub fn dim(&self, i: usize) -> &Dim {
        &self.0[i]
    }

    /// The static sizes, if every dimension is static.
    pub fn as_static(&self) -> Option<Vec<usize>> {
        self.0.iter().map(Dim::as_static).collect()
    }

    /// Number of elements, if every dimension is static.
    pub fn static_numel(&self) -> Option<usize> {
        self.as_static().map(|d| d.iter().product())
    }

    /// The concrete sizes under `bindings`; `Err(name)` names an unbound dimension.
    pub fn resolve(&self, bindings: &Bindings) -> Result<Vec<usize>, String> {
        self.0.iter().map(|d| d.resolve(bindings).ok_or_else(|| d.to_string())).collect()
    }

    /// Symbolic number of elements: the product of static sizes and the sorted list of
    /// dynamic names (two shapes hold the same number of elements when both agree).
    pub fn symbolic_numel(&self) -> (usize, Vec<String>) {
        let mut n = 1;
        let mut names = Vec::new();
        for d in &self.0 {
            match d {
                Dim::Static(s) => n *= s,
                Dim::Dyn(s) => names.push(s.clone()),
            }
        }
        names.sort();
        (n, names)
    }

    /// Numpy-style broadcast of two shapes (aligned at the last dimension; a size-1
    /// dimension stretches). `None` when they do not broadcast.
    pub fn broadcast(&self, other: &Shape) -> Option<Shape> {
        let r = self.rank().max(other.rank());
        let mut out = Vec::with_capacity(r);
        for i in 0..r {
            let a = dim_from_end(self, r - 1 - i);
            let b = dim_from_end(other, r - 1 - i);
            out.push(match (a, b) {
                (None, Some(d)) | (Some(d), None) => d.clone(),
                (Some(a), Some(b)) if a == b => a.clone(),
                (Some(Dim::Static(1)), Some(d)) | (Some(d), Some(Dim::Static(1))) => d.clone(),
                _ => return None,
            });
        }
        Some(Shape(out))
    }
}

fn dim_from_end(s: &Shape, from_end: usize) -> Option<&Dim> {
    (from_end < s.rank()).then(|| &s.0[s.rank() - 1 - from_end])
}

impl fmt::Display for Shape {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[")?;
        for (i, d) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            write!(f, "{d}")?;
        }
        f.write_str("]")
    }
}

/// The type of a node's value: element type and shape.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct TensorType {
    /// Element type.
    pub dtype: DType,
    /// Shape.
    pub shape: Shape,
}

impl TensorType {
    /// A type from its parts.
    pub fn new(dtype: DType, shape: Shape) -> Self {
        TensorType { dtype, shape }
    }
}

impl fmt::Display for TensorType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}", self.dtype, self.shape)
    }
}
