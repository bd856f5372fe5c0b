//! The CPU elementwise kernel's speed on one unary op over a `[1568, 3072]` f32 tensor (the
//! B/16 tower's MLP activations) whose elements all equal one value, for values where the
//! exponential underflows (f32 subnormals cost a microcode assist per vector on x86, which
//! `math::exp_f32` avoids by flushing to 0) and where it does not.
//!
//! `RAYON_NUM_THREADS=2 cargo run --release -p packfuse-kernels --example unary_speed`

use std::time::Instant;

use packfuse_ir::{DType, TensorData, UnaryOp};
use packfuse_kernels::elementwise::cpu as ew;
use packfuse_kernels::{Arg, EwProgram, Instr, Step};

fn main() {
    let (m, n) = (1568usize, 3072usize);
    let step = |instr| Step { instr, dtype: DType::F32 };
    println!("op          x        result        median of 15 (ms)");
    for op in [UnaryOp::GeluTanh, UnaryOp::Sigmoid, UnaryOp::Exp] {
        let p = EwProgram {
            steps: vec![step(Instr::Input(0)), step(Instr::Unary(op, 0))],
            inputs: vec![DType::F32],
        };
        for x0 in [1.0f32, 20.0, -20.0, -87.4, -100.0] {
            let x = TensorData::F32(vec![x0; m * n]);
            let mut out = TensorData::F32(vec![0.0; m * n]);
            let mut times: Vec<f64> = (0..15)
                .map(|_| {
                    let t = Instant::now();
                    ew::run(&p, &[Arg::new(&x, &[m, n])], &mut out);
                    t.elapsed().as_secs_f64() * 1e3
                })
                .collect();
            times.sort_by(f64::total_cmp);
            let TensorData::F32(o) = &out else { unreachable!("an f32 output") };
            println!("{:<10} {x0:>7} {:>13.6e} {:>10.3}", op.name(), o[0], times[7]);
        }
    }
}
