//! Rotary position embedding (rotate-half layout) on the CPU.

pub mod cube;

use packfuse_ir::TensorData;

use crate::elem::store_f32;
use crate::Arg;

/// Rotates `x [T, H, D]` by `positions [T]`; `args` = x, positions.
pub fn cpu(base: f64, args: &[Arg], out: &mut TensorData) {
    let s = args[0].shape();
    let (t, h, d) = (s[0], s[1], s[2]);
    let mut x = args[0].to_f32().into_owned();
    let pos = args[1].to_i32();
    let half = d / 2;
    for (ti, &p) in pos.iter().enumerate().take(t) {
        for i in 0..half {
            let theta = p as f64 * base.powf(-2.0 * i as f64 / d as f64);
            let (sin, cos) = (theta.sin() as f32, theta.cos() as f32);
            for hi in 0..h {
                let row = (ti * h + hi) * d;
                let (x1, x2) = (x[row + i], x[row + half + i]);
                x[row + i] = x1 * cos - x2 * sin;
                x[row + half + i] = x2 * cos + x1 * sin;
            }
        }
    }
    store_f32(out, 0, &x);
}
