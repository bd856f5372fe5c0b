//! The tiny ViT block on a packed batch (segments of 5, 1 and 7 tokens) agrees with the reference.
use packfuse_codegen::Engine;
use packfuse_ir::{eval_f64, DType, Tensor};
use std::collections::HashMap;

#[test]
fn vit_tiny_matches_eval() {
    let g = packfuse_models::builtin("vit_block_tiny").unwrap().unwrap();
    let exe = Engine::cpu().compile(&g).unwrap();
    println!("{}", exe.plan());
    println!("{}", exe.stats());
    let mut inputs = HashMap::new();
    let mut seed = 1u64;
    let mut rnd = |n: usize| -> Vec<f32> {
        (0..n)
            .map(|_| {
                seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                ((seed >> 33) as f32 / (1u64 << 31) as f32) - 0.5
            })
            .collect()
    };
    for (name, _, ty) in g.bound_names() {
        if name == "cu_seqlens" {
            inputs.insert(name.to_string(), Tensor::from_i32(&[4], vec![0, 5, 6, 13]));
            continue;
        }
        let shape: Vec<usize> =
            ty.shape.dims().iter().map(|d| d.as_static().unwrap_or(13)).collect();
        let n = shape.iter().product();
        assert_eq!(ty.dtype, DType::F32);
        inputs.insert(name.to_string(), Tensor::from_f32(&shape, rnd(n)));
    }
    let out = exe.run(&inputs).unwrap();
    let r = eval_f64(&g, &inputs).unwrap();
    let a = out[0].to_f64_vec();
    let b = r[0].as_slice().unwrap();
    let err = a.iter().zip(b).map(|(x, y)| (x - y).abs()).fold(0.0, f64::max);
    println!("max err {err}");
    assert!(err < 1e-4);
}
