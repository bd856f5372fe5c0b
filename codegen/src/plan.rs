//! The plan: an ordered list of kernel launches over buffers, with buffers packed into
//! reusable slots by liveness. Shapes stay symbolic; a run binds them. The JSON form
//! (serde) round-trips everything but the constants; [`crate::disk_cache`] stores plans.

use std::fmt;

use packfuse_ir::{Bindings, NodeId, Shape, Tensor, TensorType, Times};
use packfuse_kernels::{KernelSpec, View};
use serde::{Deserialize, Serialize};

/// Where a value's elements live.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Storage {
    /// A graph input or parameter, by name.
    Input(String),
    /// A constant of the plan, by index.
    Constant(usize),
    /// The output buffer of a launch, by buffer id.
    Buffer(usize),
}

/// One step of a view: how a value is read from its storage, without copying.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ViewStep {
    /// Reinterpret dense data with a new shape.
    Reshape(Shape),
    /// Reorder axes.
    Permute(Vec<usize>),
    /// Keep `start..end` of an axis.
    Slice {
        /// Axis.
        axis: usize,
        /// First index.
        start: usize,
        /// One past the last.
        end: usize,
    },
    /// Broadcast to a shape.
    Broadcast(Shape),
}

/// A value as a kernel argument: storage plus view steps applied in order.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ValueRef {
    /// Where the data is.
    pub storage: Storage,
    /// How it is viewed.
    pub steps: Vec<ViewStep>,
}

impl ValueRef {
    /// The value read densely from `storage`.
    pub fn dense(storage: Storage) -> Self {
        ValueRef { storage, steps: Vec::new() }
    }

    /// This value with one more view step.
    pub fn with(&self, step: ViewStep) -> Self {
        let mut v = self.clone();
        v.steps.push(step);
        v
    }

    /// True when the view is known to be dense row-major (only reshapes applied).
    pub fn is_dense(&self) -> bool {
        self.steps.iter().all(|s| matches!(s, ViewStep::Reshape(_)))
    }

    /// The concrete view of this value, given the dense shape of its storage; `Err` says
    /// why it cannot be formed (an unbound dim, or a slice past a dynamic dim's run-time size).
    pub fn resolve(&self, base: &[usize], b: &Bindings) -> Result<View, String> {
        self.resolve_from(View::contiguous(base), b)
    }

    /// [`ValueRef::resolve`] from the given view of the storage instead of its dense one
    /// (a weight held transposed: [`crate::prepack`]).
    pub fn resolve_from(&self, mut v: View, b: &Bindings) -> Result<View, String> {
        let dims = |shape: &Shape| {
            shape.resolve(b).map_err(|name| format!("{name} is not bound by any input"))
        };
        for s in &self.steps {
            v = match s {
                ViewStep::Reshape(shape) => {
                    v.reshape(&dims(shape)?).ok_or("reshape of a strided view")?
                }
                ViewStep::Permute(p) => v.permute(p),
                // Typing checks slices of static dims; a dynamic dim is checked here, at run time.
                ViewStep::Slice { axis, start, end } if *end > v.shape[*axis] => {
                    let n = v.shape[*axis];
                    return Err(format!(
                        "slice {start}..{end} of axis {axis} is out of bounds for its size {n}"
                    ));
                }
                ViewStep::Slice { axis, start, end } => v.slice(*axis, *start, *end),
                ViewStep::Broadcast(shape) => v.broadcast_to(&dims(shape)?),
            };
        }
        Ok(v)
    }
}

/// A buffer written by one launch.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct BufferInfo {
    /// Type of the value it holds (dense, row-major).
    pub ty: TensorType,
    /// The slot holding it.
    pub slot: usize,
}

/// One kernel launch.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Launch {
    /// What runs.
    pub kernel: KernelSpec,
    /// Its arguments, in the kernel's order.
    pub args: Vec<ValueRef>,
    /// The buffer it writes.
    pub out: usize,
    /// Further buffers it writes, for a kernel with several outputs
    /// ([`KernelSpec::output_count`]): a sigmoid loss computing several parts in one sweep.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also: Vec<usize>,
    /// The graph node whose value it produces (for errors).
    pub node: NodeId,
    /// For a `recurse` node: after the kernel (a copy of the carried state into `out`),
    /// the body plan runs on `out` this many times (see [`Recurse`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recurse: Option<Recurse>,
}

/// A recurse step: [`Plan::bodies`]`[body]` run `times` times. The body's first input (the
/// carried state) is the launch's `out` buffer before the first iteration and the body's
/// output after each; its other inputs are `inputs`, bound once for all iterations. Only
/// two state tensors are alive at a time (the one read and the one written), so memory
/// does not grow with `times`, and nothing in the plan depends on it.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Recurse {
    /// Index into [`Plan::bodies`].
    pub body: usize,
    /// The count, or [`Times::Input`]: read from the last of `inputs` (an i32 scalar).
    pub times: Times,
    /// The body's input names, carried state first.
    pub names: Vec<String>,
    /// Values for `names[1..]` (dense storages), then the count for [`Times::Input`].
    pub inputs: Vec<ValueRef>,
    /// The body input the executor fills with the iteration index (an i32 `[]`, 0 first),
    /// if the body reads it; not in `names`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub index: Option<String>,
    /// The largest count allowed; a larger run-time count is an error before the first
    /// iteration.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_times: Option<u32>,
}

/// Kernel launches in order over buffers, constants and inputs.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Plan {
    /// Launches in execution order.
    pub launches: Vec<Launch>,
    /// Every buffer, by id.
    pub buffers: Vec<BufferInfo>,
    /// Number of distinct slots (allocations) the buffers share.
    pub slots: usize,
    /// Constants the launches read. Not in the JSON form, which describes the launches;
    /// the disk cache stores them beside it, bit for bit.
    #[serde(skip)]
    pub constants: Vec<Tensor>,
    /// Names and types the caller binds.
    pub inputs: Vec<(String, TensorType)>,
    /// Graph outputs, by name, with the buffer that holds each.
    pub outputs: Vec<(String, usize)>,
    /// The plans of `recurse` bodies, each compiled once (see [`Recurse`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub bodies: Vec<Plan>,
}

impl Plan {
    /// Bytes of the slots under `bindings` (each slot sized for its largest buffer), plus,
    /// for plans with `recurse` bodies, the largest body's slot bytes (a body runs while
    /// the outer slots are held, one body at a time).
    pub fn slot_bytes(&self, bindings: &Bindings) -> Result<usize, String> {
        let mut sizes = vec![0usize; self.slots];
        for b in &self.buffers {
            let n: usize = b.ty.shape.resolve(bindings)?.iter().product();
            sizes[b.slot] = sizes[b.slot].max(n * b.ty.dtype.size_bytes());
        }
        let mut body = 0;
        for p in &self.bodies {
            body = body.max(p.slot_bytes(bindings)?);
        }
        Ok(sizes.iter().sum::<usize>() + body)
    }

    /// Launches of this plan and of its bodies (each body counted once).
    pub fn launch_count(&self) -> usize {
        self.launches.len() + self.bodies.iter().map(Plan::launch_count).sum::<usize>()
    }

    /// The dense shape of a storage's data under `bindings`.
    pub fn storage_type(&self, s: &Storage) -> TensorType {
        match s {
            Storage::Input(name) => self
                .inputs
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, t)| t.clone())
                .expect("plan inputs list every input storage"),
            Storage::Constant(i) => {
                let t = &self.constants[*i];
                TensorType::new(t.dtype(), Shape::from_static(t.shape()))
            }
            Storage::Buffer(b) => self.buffers[*b].ty.clone(),
        }
    }
}

impl fmt::Display for ValueRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.storage {
            Storage::Input(n) => write!(f, "{n:?}")?,
            Storage::Constant(i) => write!(f, "c{i}")?,
            Storage::Buffer(b) => write!(f, "b{b}")?,
        }
        for s in &self.steps {
            match s {
                ViewStep::Reshape(sh) => write!(f, ".reshape{sh}")?,
                ViewStep::Permute(p) => write!(f, ".permute{p:?}")?,
                ViewStep::Slice { axis, start, end } => {
                    write!(f, ".slice({axis}, {start}..{end})")?
                }
                ViewStep::Broadcast(sh) => write!(f, ".broadcast{sh}")?,
            }
        }
        Ok(())
    }
}

impl fmt::Display for Plan {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "plan {{")?;
        for (n, t) in &self.inputs {
            writeln!(f, "  input {n:?} : {t}")?;
        }
        for (i, c) in self.constants.iter().enumerate() {
            writeln!(f, "  c{i} = constant {}{:?}", c.dtype(), c.shape())?;
        }
        for (i, l) in self.launches.iter().enumerate() {
            let b = &self.buffers[l.out];
            let args: Vec<String> = l.args.iter().map(|a| a.to_string()).collect();
            writeln!(
                f,
                "  #{i} b{} : {} @slot{} = {}({})",
                l.out,
                b.ty,
                b.slot,
                l.kernel,
                args.join(", ")
            )?;
            for b in &l.also {
                let info = &self.buffers[*b];
                writeln!(f, "     and b{b} : {} @slot{}", info.ty, info.slot)?;
            }
            if let Some(r) = &l.recurse {
                let ins: Vec<String> = r.inputs.iter().map(|a| a.to_string()).collect();
                write!(f, "     then body{} x {} ({})", r.body, r.times, ins.join(", "))?;
                if let Some(i) = &r.index {
                    write!(f, " index {i:?}")?;
                }
                if let Some(m) = r.max_times {
                    write!(f, " max_times {m}")?;
                }
                writeln!(f)?;
            }
        }
        for (k, body) in self.bodies.iter().enumerate() {
            let text = body.to_string().replace('\n', "\n  ");
            writeln!(f, "  body{k} = {text}")?;
        }
        for (n, b) in &self.outputs {
            writeln!(f, "  output {n:?} = b{b}")?;
        }
        write!(f, "  slots: {}\n}}", self.slots)
    }
}
