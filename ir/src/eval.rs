//! Placeholder until the interpreter lands.
use crate::{Graph, IrError, Tensor};
use std::collections::HashMap;
/// Evaluate.
pub fn eval(_g: &Graph, _inputs: &HashMap<String, Tensor>) -> Result<Vec<Tensor>, IrError> { unimplemented!() }
/// Evaluate to f64.
pub fn eval_f64(_g: &Graph, _inputs: &HashMap<String, Tensor>) -> Result<Vec<ndarray::ArrayD<f64>>, IrError> { unimplemented!() }
