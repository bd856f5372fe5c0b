//! The host-timing device (`null-cuda-host`): a plan runs through every launch (the CUDA
//! kernels' launch code, CubeCL's client) on a device that runs nothing, and gives zeros of
//! the right shapes; the device is not listed among the real ones.
use std::collections::HashMap;

use packfuse_codegen::backend::HOST_TIMING_DEVICE;
use packfuse_codegen::{devices, Engine};
use packfuse_ir::{shape, DType, Graph, MaskKind, Tensor};

#[test]
fn a_plan_runs_on_the_host_timing_device_and_gives_zeros() {
    assert!(devices().iter().all(|d| d.kind.name() != HOST_TIMING_DEVICE));
    let mut g = Graph::new();
    let x = g.input("x", DType::F32, shape!["T", 64]).unwrap();
    let w = g.param("w", DType::F32, shape![64, 64]).unwrap();
    let cu = g.input("cu", DType::I32, shape![3]).unwrap();
    let h = g.linear(x, w, None).unwrap();
    let h = g.gelu_tanh(h).unwrap();
    let q = g.reshape(h, shape!["T", 2, 32]).unwrap();
    let a = g.packed_attention(q, q, q, cu, cu, None, MaskKind::Causal, None).unwrap();
    g.set_output("y", a);
    let engine = Engine::new(Some(HOST_TIMING_DEVICE)).expect("always there");
    assert_eq!(engine.device(), HOST_TIMING_DEVICE);
    let exe = engine.compile(&g).unwrap();
    let inputs = HashMap::from([
        ("x".to_string(), Tensor::from_f32(&[10, 64], vec![1.0; 640])),
        ("w".to_string(), Tensor::from_f32(&[64, 64], vec![0.5; 64 * 64])),
        ("cu".to_string(), Tensor::from_i32(&[3], vec![0, 4, 10])),
    ]);
    for _ in 0..2 {
        let out = exe.run(&inputs).unwrap();
        assert_eq!(out[0].shape(), &[10, 2, 32]);
        assert!(out[0].to_f32_vec().iter().all(|&v| v == 0.0), "nothing ran, so zeros");
    }
    let m = engine.device_memory().expect("a device");
    assert_eq!(m.reserved, 0);
}
