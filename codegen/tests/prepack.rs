//! `Executable::prepack`: which weights the CPU holds transposed, and that runs on them give
//! what runs on the weights as given give.
use std::collections::HashMap;

use packfuse_codegen::{Bound, Engine, InputSource, Overlay};
use packfuse_ir::{shape, DType, Graph, Tensor, Times};

fn values(n: usize, seed: u64) -> Vec<f32> {
    let mut s = seed;
    (0..n)
        .map(|_| {
            s = s.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            ((s >> 33) as f32 / (1u64 << 31) as f32) - 0.5
        })
        .collect()
}

/// `x [T, 6]` through weights used in every way that decides prepacking:
/// - `w_lin [5, 6]`: only by linear layers (twice): prepacked;
/// - `w_also [5, 6]`: by a linear layer and elementwise: kept;
/// - `w_plain [5, 6]`: as `b` without a transpose: kept;
/// - `w_loop [6, 6]`: a linear layer inside a recurse body (bound by the recurse step): kept.
fn graph() -> Graph {
    let mut g = Graph::new();
    let x = g.input("x", DType::F32, shape!["T", 6]).unwrap();
    let w_lin = g.param("w_lin", DType::F32, shape![5, 6]).unwrap();
    let w_also = g.param("w_also", DType::F32, shape![5, 6]).unwrap();
    let w_plain = g.param("w_plain", DType::F32, shape![5, 6]).unwrap();
    let w_loop = g.param("w_loop", DType::F32, shape![6, 6]).unwrap();
    let a = g.linear(x, w_lin, None).unwrap();
    let b = g.linear(x, w_also, None).unwrap();
    let doubled = g.add(w_also, w_also).unwrap();
    let c = g.matmul(b, w_plain).unwrap();
    let d = g.linear(c, w_lin, None).unwrap();
    let mut body = Graph::new();
    let s = body.input("s", DType::F32, shape!["T", 6]).unwrap();
    let w = body.input("w", DType::F32, shape![6, 6]).unwrap();
    let y = body.linear(s, w, None).unwrap();
    let y = body.gelu_tanh(y).unwrap();
    body.set_output("y", y);
    let e = g.recurse(body, Times::Static(2), c, &[w_loop], None).unwrap();
    for (name, v) in [("a", a), ("d", d), ("e", e), ("doubled", doubled)] {
        g.set_output(name, v);
    }
    g
}

fn weights(g: &Graph) -> HashMap<String, Tensor> {
    g.bound_names()
        .into_iter()
        .filter(|(n, _, _)| n.starts_with("w_"))
        .enumerate()
        .map(|(i, (n, _, ty))| {
            let s: Vec<usize> = ty.shape.dims().iter().map(|d| d.as_static().unwrap()).collect();
            (n.to_string(), Tensor::from_f32(&s, values(s.iter().product(), i as u64 + 7)))
        })
        .collect()
}

#[test]
fn prepacked_weights_are_chosen_by_use_and_give_the_same_outputs() {
    let g = graph();
    let exe = Engine::cpu().compile(&g).unwrap();
    let given = weights(&g);
    let feed: HashMap<String, Tensor> =
        [("x".to_string(), Tensor::from_f32(&[9, 6], values(54, 1)))].into();
    let want = exe.run_from(&Overlay(&feed, &given)).unwrap();

    let packed = exe.prepack(given.clone());
    let names: Vec<&str> = packed.transposed_names().collect();
    assert_eq!(names, ["w_lin"], "only the weight read solely as a linear layer's");
    assert_eq!(packed.len(), 4);
    // Held transposed, handed back in its own layout where asked.
    assert!(packed.get("w_lin").is_none());
    assert!(matches!(packed.get_bound("w_lin"), Some(Bound::Transposed(t)) if t.shape() == [6, 5]));
    assert_eq!(*packed.get_plain("w_lin").unwrap(), given["w_lin"]);
    assert_eq!(packed.get("w_also"), given.get("w_also"));

    let got = exe.run_from(&Overlay(&feed, &packed)).unwrap();
    for (o, (w, g)) in g.outputs().iter().zip(want.iter().zip(&got)) {
        let name = &o.name;
        assert_eq!(w.shape(), g.shape(), "{name}");
        let err = w
            .to_f64_vec()
            .iter()
            .zip(g.to_f64_vec())
            .map(|(a, b)| (a - b).abs())
            .fold(0.0, f64::max);
        assert!(err < 1e-6, "{name}: {err}");
    }
}

#[test]
fn a_batch_tensor_overrides_a_prepacked_one_and_shapes_are_checked_as_bound() {
    let g = graph();
    let exe = Engine::cpu().compile(&g).unwrap();
    let given = weights(&g);
    let packed = exe.prepack(given.clone());
    let x = Tensor::from_f32(&[3, 6], values(18, 2));
    // The overlay's first source wins, in its own layout.
    let mut feed: HashMap<String, Tensor> = [("x".to_string(), x)].into();
    let zeros = Tensor::from_f32(&[5, 6], vec![0.0; 30]);
    feed.insert("w_lin".into(), zeros.clone());
    let both = Overlay(&feed, &packed);
    assert!(matches!(both.get_bound("w_lin"), Some(Bound::Plain(t)) if *t == zeros));
    let out = exe.run_from(&both).unwrap();
    assert!(out[0].to_f64_vec().iter().all(|&v| v == 0.0), "a = x·0ᵀ");

    // A wrongly shaped weight is reported with the shape it was given, not its storage's.
    let mut wrong = given;
    wrong.insert("w_lin".into(), Tensor::from_f32(&[6, 5], vec![0.0; 30]));
    let packed = exe.prepack(wrong);
    assert_eq!(packed.transposed_names().count(), 1);
    feed.remove("w_lin");
    let err = exe.run_from(&Overlay(&feed, &packed)).unwrap_err().to_string();
    assert!(err.contains("w_lin") && err.contains("[6, 5]"), "{err}");
}

/// The device engines present: Vulkan (required under `PACKFUSE_REQUIRE_VULKAN=1`, else a
/// SKIPPED line) and CUDA when `PACKFUSE_DEVICE=cuda`.
fn device_engines() -> Vec<Engine> {
    let mut v = Vec::new();
    match Engine::new(Some("vulkan")) {
        Ok(e) => v.push(e),
        Err(e) if std::env::var("PACKFUSE_REQUIRE_VULKAN").is_ok_and(|v| v == "1") => {
            panic!("vulkan was required: {e}")
        }
        Err(e) => eprintln!("SKIPPED vulkan prepack test: {e}"),
    }
    if std::env::var("PACKFUSE_DEVICE").is_ok_and(|d| d == "cuda") {
        v.push(Engine::new(Some("cuda")).expect("PACKFUSE_DEVICE=cuda, but cuda is not there"));
    }
    v
}

/// On a device, prepacking uploads each weight once: later runs upload only the batch (the
/// backend's upload counter says so), give the CPU's outputs, and a batch tensor under the
/// same name as a resident weight still wins. (The only device test of this binary, so the
/// counter sees no other test's uploads.)
#[test]
fn a_device_keeps_prepacked_weights_and_uploads_only_the_batch() {
    let g = graph();
    let given = weights(&g);
    let feed: HashMap<String, Tensor> =
        [("x".to_string(), Tensor::from_f32(&[9, 6], values(54, 1)))].into();
    let want = Engine::cpu().compile(&g).unwrap().run_from(&Overlay(&feed, &given)).unwrap();
    for engine in device_engines() {
        let dev = engine.device();
        let exe = engine.compile(&g).unwrap();
        let packed = exe.prepack(given.clone());
        let mut names: Vec<&str> = packed.resident_names().collect();
        names.sort();
        assert_eq!(names, ["w_also", "w_lin", "w_loop", "w_plain"], "{dev}");
        assert_eq!(packed.transposed_names().count(), 0, "{dev}: nothing transposed");

        let before = engine.uploaded_bytes();
        let got = exe.run_from(&Overlay(&feed, &packed)).unwrap();
        let uploaded = engine.uploaded_bytes() - before;
        // x (216 bytes) and the plan's constants; none of the 126 weight floats (30 + 30 + 30 + 36).
        assert!((216..216 + 4 * 126).contains(&uploaded), "{dev}: {uploaded} bytes uploaded");
        let before = engine.uploaded_bytes();
        exe.run_from(&Overlay(&feed, &given)).unwrap();
        let unpacked = engine.uploaded_bytes() - before;
        assert_eq!(unpacked, uploaded + 4 * 126, "{dev}: unprepacked runs upload every weight");
        for (o, (w, g)) in g.outputs().iter().zip(want.iter().zip(&got)) {
            let err = w
                .to_f64_vec()
                .iter()
                .zip(g.to_f64_vec())
                .map(|(a, b)| (a - b).abs())
                .fold(0.0, f64::max);
            assert!(err < 1e-5, "{dev} {}: {err}", o.name);
        }

        // The batch's own `w_lin` hides the resident one.
        let mut feed = feed.clone();
        feed.insert("w_lin".into(), Tensor::from_f32(&[5, 6], vec![0.0; 30]));
        let out = exe.run_from(&Overlay(&feed, &packed)).unwrap();
        assert!(out[0].to_f64_vec().iter().all(|&v| v == 0.0), "{dev}: a = x·0ᵀ");
    }
}
