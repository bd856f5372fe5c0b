//! Fused elementwise kernels: a straight-line program over the output's elements.
//!
//! A fusion group of any length becomes one [`EwProgram`]; every input is read through a
//! view already broadcast to the output shape, so broadcasting, permutes and slices of the
//! inputs cost no extra pass.

pub mod cpu;
pub mod cube;

use packfuse_ir::{BinaryOp, DType, UnaryOp};
use serde::{Deserialize, Serialize};

/// One step of a program; operands are indices of earlier steps.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Instr {
    /// Load kernel input `i` at the current element.
    Input(usize),
    /// A literal (bits of an f64, so the spec hashes).
    Const(u64),
    /// `f(a)`
    Unary(UnaryOp, usize),
    /// `f(a, b)`
    Binary(BinaryOp, usize, usize),
    /// `c ? a : b`
    Select(usize, usize, usize),
    /// Round `a` to a dtype.
    Cast(DType, usize),
}

/// A step and the dtype of its value.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Step {
    /// What is computed.
    pub instr: Instr,
    /// The dtype of the result (integer results are rounded as the IR defines).
    pub dtype: DType,
}

/// A fused elementwise kernel: steps in order; the last step is the output.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct EwProgram {
    /// The steps.
    pub steps: Vec<Step>,
    /// Input dtypes, by input index.
    pub inputs: Vec<DType>,
}

impl EwProgram {
    /// The output dtype.
    pub fn out_dtype(&self) -> DType {
        self.steps.last().map_or(DType::F32, |s| s.dtype)
    }

    /// True when the program must compute in f64 to be exact (it touches integers).
    pub fn needs_f64(&self) -> bool {
        self.inputs.iter().chain(self.steps.iter().map(|s| &s.dtype)).any(|d| d == &DType::I32)
    }

    /// A one-step copy (or cast) of one input: used to materialise a view.
    pub fn copy(from: DType, to: DType) -> EwProgram {
        let mut steps = vec![Step { instr: Instr::Input(0), dtype: from }];
        if from != to {
            steps.push(Step { instr: Instr::Cast(to, 0), dtype: to });
        }
        EwProgram { steps, inputs: vec![from] }
    }
}

impl std::fmt::Display for EwProgram {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for (i, s) in self.steps.iter().enumerate() {
            if i > 0 {
                f.write_str("; ")?;
            }
            match &s.instr {
                Instr::Input(k) => write!(f, "r{i}=in{k}"),
                Instr::Const(b) => write!(f, "r{i}={}", f64::from_bits(*b)),
                Instr::Unary(op, a) => write!(f, "r{i}={}(r{a})", op.name()),
                Instr::Binary(op, a, b) => write!(f, "r{i}={}(r{a},r{b})", op.name()),
                Instr::Select(c, a, b) => write!(f, "r{i}=select(r{c},r{a},r{b})"),
                Instr::Cast(d, a) => write!(f, "r{i}=cast<{d}>(r{a})"),
            }?;
        }
        Ok(())
    }
}
