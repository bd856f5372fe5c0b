//! Data movement that is not a view: gather, concat, iota. (Permute, slice and broadcast
//! are views, see [`crate::layout`]; materialising one is an elementwise copy.)

pub mod cube;

use packfuse_ir::TensorData;

use crate::elem::Elem;
use crate::error::{bad, KernelError};
use crate::{with_slice, Arg};

fn outer_inner(shape: &[usize], axis: usize) -> (usize, usize) {
    (shape[..axis].iter().product(), shape[axis + 1..].iter().product())
}

fn store_f64(out: &mut TensorData, vals: &[f64]) {
    with_slice!(out, o => o.iter_mut().zip(vals).for_each(|(d, &v)| *d = Elem::from_f64(v)))
}

/// `out = data` indexed along `axis` by `indices`; `args` = data, indices.
pub fn gather(axis: usize, args: &[Arg], out: &mut TensorData) -> Result<(), KernelError> {
    let shape = args[0].shape();
    let (outer, inner) = outer_inner(shape, axis);
    let n = shape[axis];
    let data = args[0].to_f64();
    let idx = args[1].to_i32();
    if let Some(&bad_i) = idx.iter().find(|&&i| i < 0 || i as usize >= n) {
        return Err(bad(
            "gather",
            format!("index {bad_i} out of range for axis {axis} of size {n}"),
        ));
    }
    let mut res = Vec::with_capacity(outer * idx.len() * inner);
    for o in 0..outer {
        for &i in &idx {
            let start = (o * n + i as usize) * inner;
            res.extend_from_slice(&data[start..start + inner]);
        }
    }
    store_f64(out, &res);
    Ok(())
}

/// Joins `args` along `axis`.
pub fn concat(axis: usize, args: &[Arg], out: &mut TensorData) {
    let (outer, inner) = outer_inner(args[0].shape(), axis);
    let parts: Vec<(Vec<f64>, usize)> =
        args.iter().map(|a| (a.to_f64(), a.shape()[axis] * inner)).collect();
    let mut res = Vec::new();
    for o in 0..outer {
        for (p, len) in &parts {
            res.extend_from_slice(&p[o * len..(o + 1) * len]);
        }
    }
    store_f64(out, &res);
}

/// The index along `axis` of every element of `shape`.
pub fn iota(axis: usize, shape: &[usize], out: &mut TensorData) {
    let (_, inner) = outer_inner(shape, axis);
    let n = shape[axis];
    let total: usize = shape.iter().product();
    let vals: Vec<f64> = (0..total).map(|i| ((i / inner) % n) as f64).collect();
    store_f64(out, &vals);
}
