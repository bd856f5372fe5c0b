//! Tests of the compiler as a whole: what the passes make of small graphs (fusion, dead code,
//! constant folding, slot reuse), the plan of the ViT block, the JIT cache, a packed batch
//! through the tiny ViT block, and the errors (never panics) for bad inputs.
//!
//! Numeric checks compare with the float64 reference interpreter: an element passes when
//! `|got − want| ≤ tol · max(|want|, scale)`, `scale = max(max_j |want_j|, 1)` over the output.

mod common;

use std::collections::HashMap;

use common::values;
use packfuse_codegen::pipeline::{compile_to_plan, optimize};
use packfuse_codegen::plan::Storage;
use packfuse_codegen::{CodegenError, Engine, Executable, Plan};
use packfuse_ir::{eval_f64, shape, Bindings, DType, Graph, IrError, NodeId, Op, Tensor, UnaryOp};
use packfuse_kernels::{Instr, KernelError, KernelSpec};

// ---- helpers ----------------------------------------------------------------------------

/// Random tensors for every bound name of `g`, dynamic dims from `dims`; `cu_seqlens` (if
/// declared) gets `cu`.
fn inputs_for(g: &Graph, dims: &[(&str, usize)], cu: Option<&[i32]>) -> HashMap<String, Tensor> {
    let dims: Bindings = dims.iter().map(|(k, v)| (k.to_string(), *v)).collect();
    g.bound_names()
        .into_iter()
        .enumerate()
        .map(|(i, (name, _, ty))| {
            let shape = ty.shape.resolve(&dims).expect("dims bound");
            let t = match (name, cu) {
                ("cu_seqlens", Some(cu)) => Tensor::from_i32(&shape, cu.to_vec()),
                _ => {
                    let n = shape.iter().product();
                    Tensor::from_f64(ty.dtype, &shape, &values(i as u64 + 1, n))
                        .expect("sizes agree")
                }
            };
            (name.to_string(), t)
        })
        .collect()
}

/// Largest error of `got` against the reference, relative to `max(|want|, 1)` (see the
/// module doc), over every output.
fn max_rel_error(g: &Graph, got: &[Tensor], inputs: &HashMap<String, Tensor>) -> f64 {
    let want = eval_f64(g, inputs).expect("reference runs");
    assert_eq!(got.len(), want.len());
    let mut worst = 0f64;
    for (c, w) in got.iter().zip(&want) {
        assert_eq!(c.shape(), w.shape(), "output shape");
        let scale = w.iter().fold(1f64, |m, v| m.max(v.abs()));
        for (a, b) in c.to_f64_vec().iter().zip(w.iter()) {
            let e = (a - b).abs() / scale;
            assert!(!e.is_nan(), "NaN: got {a}, want {b}");
            worst = worst.max(e);
        }
    }
    worst
}

/// Compiles and runs `g`, asserts agreement with the reference within `tol`.
fn run_and_check(g: &Graph, inputs: &HashMap<String, Tensor>, tol: f64) -> Executable {
    let exe = Engine::cpu().compile(g).expect("compiles");
    let got = exe.run(inputs).expect("runs");
    let e = max_rel_error(g, &got, inputs);
    assert!(e <= tol, "error {e:e} > {tol:e}\n{}", exe.plan());
    exe
}

/// Unary ops executed by all elementwise programs (and epilogues) of a plan.
fn unary_instrs(plan: &Plan, f: UnaryOp) -> usize {
    plan.launches
        .iter()
        .filter_map(|l| match &l.kernel {
            KernelSpec::Elementwise { program } => Some(program),
            KernelSpec::MatMul { epilogue, .. } => epilogue.as_ref(),
            _ => None,
        })
        .flat_map(|p| &p.steps)
        .filter(|s| {
            s.instr == Instr::Unary(f, 0) || matches!(s.instr, Instr::Unary(g, _) if g == f)
        })
        .count()
}

fn families(plan: &Plan) -> Vec<&'static str> {
    plan.launches.iter().map(|l| l.kernel.family()).collect()
}

// ---- fusion -------------------------------------------------------------------------------

/// exp → ×0.5 → +y → tanh → −y → sigmoid over broadcast inputs: one elementwise launch.
#[test]
fn chain_of_six_elementwise_ops_is_one_launch() {
    let mut g = Graph::new();
    let x = g.input("x", DType::F32, shape![17, 33]).unwrap();
    let y = g.input("y", DType::F32, shape![33]).unwrap();
    let a = g.exp(x).unwrap();
    let a = g.scale(a, 0.5).unwrap();
    let a = g.add(a, y).unwrap();
    let a = g.tanh(a).unwrap();
    let a = g.sub(a, y).unwrap();
    let a = g.sigmoid(a).unwrap();
    g.set_output("out", a);
    let exe = run_and_check(&g, &inputs_for(&g, &[], None), 1e-6);
    assert_eq!(families(exe.plan()), ["elementwise"], "{}", exe.plan());
    assert_eq!(exe.stats().kernels, 1);
    let KernelSpec::Elementwise { program } = &exe.plan().launches[0].kernel else {
        unreachable!()
    };
    // Two inputs, one literal, six operations.
    assert_eq!(program.inputs.len(), 2, "{program}");
    assert_eq!(program.steps.len(), 2 + 1 + 6, "{program}");
}

/// `gelu_tanh(x Wᵀ + b)`: one matmul launch whose epilogue adds the bias and applies gelu.
#[test]
fn matmul_bias_gelu_is_one_matmul_with_epilogue() {
    let mut g = Graph::new();
    let x = g.input("x", DType::F32, shape!["T", 33]).unwrap();
    let w = g.param("w", DType::F32, shape![17, 33]).unwrap();
    let b = g.param("b", DType::F32, shape![17]).unwrap();
    let y = g.linear(x, w, Some(b)).unwrap();
    let y = g.gelu_tanh(y).unwrap();
    g.set_output("y", y);
    let exe = run_and_check(&g, &inputs_for(&g, &[("T", 7)], None), 1e-6);
    let plan = exe.plan();
    assert_eq!(plan.launches.len(), 1, "{plan}");
    let KernelSpec::MatMul { transpose_a: false, transpose_b: true, epilogue: Some(epi) } =
        &plan.launches[0].kernel
    else {
        panic!("expected a matmul with an epilogue:\n{plan}");
    };
    assert_eq!(unary_instrs(plan, UnaryOp::GeluTanh), 1, "{epi}");
    assert_eq!(plan.launches[0].args.len(), 3, "x, w, and the bias for the epilogue");
}

/// A matmul whose result is also an output, or read twice, is not fused into an epilogue
/// (its value must exist), and the numbers still agree.
#[test]
fn matmul_with_two_readers_is_not_an_epilogue() {
    let mut g = Graph::new();
    let x = g.input("x", DType::F32, shape![2, 5, 8]).unwrap();
    let w = g.param("w", DType::F32, shape![8, 3]).unwrap();
    let y = g.matmul(x, w).unwrap();
    let s = g.sigmoid(y).unwrap();
    let z = g.mul(y, s).unwrap(); // silu, with y read twice
    g.set_output("z", z);
    let exe = run_and_check(&g, &inputs_for(&g, &[], None), 1e-6);
    assert_eq!(families(exe.plan()), ["matmul", "elementwise"], "{}", exe.plan());
    let KernelSpec::MatMul { epilogue, .. } = &exe.plan().launches[0].kernel else {
        unreachable!()
    };
    assert!(epilogue.is_none());
}

/// A node read by two kernels is computed and stored once; its readers read the buffer.
#[test]
fn node_with_two_readers_is_materialised_once() {
    let mut g = Graph::new();
    let x = g.input("x", DType::F32, shape![4, 33]).unwrap();
    let y = g.input("y", DType::F32, shape![4, 33]).unwrap();
    let e = g.exp(x).unwrap(); // read twice
    let b = g.mul(e, y).unwrap();
    let c = g.add(e, y).unwrap();
    let d = g.sub(b, c).unwrap();
    let s = g.sum(e, &[1], false).unwrap(); // a third, non-elementwise reader
    g.set_output("d", d);
    g.set_output("s", s);
    let exe = run_and_check(&g, &inputs_for(&g, &[], None), 1e-6);
    let plan = exe.plan();
    assert_eq!(unary_instrs(plan, UnaryOp::Exp), 1, "exp computed once:\n{plan}");
    assert_eq!(plan.launches.len(), 3, "exp, (b, c, d), sum:\n{plan}");
    let exp_buf = plan.launches[0].out;
    let readers = plan
        .launches
        .iter()
        .filter(|l| l.args.iter().any(|a| a.storage == Storage::Buffer(exp_buf)))
        .count();
    assert_eq!(readers, 2, "{plan}");
}

/// Two outputs naming one node, an output that is an input, and an output that is a view
/// of an input: each is returned correctly.
#[test]
fn outputs_that_are_inputs_views_or_repeated() {
    let mut g = Graph::new();
    let x = g.input("x", DType::F32, shape![3, 4]).unwrap();
    let t = g.transpose(x).unwrap();
    let r = g.reshape(t, shape![2, 6]).unwrap(); // reshape of a strided view: needs a copy
    let e = g.exp(x).unwrap();
    g.set_output("x", x);
    g.set_output("t", t);
    g.set_output("r", r);
    g.set_output("e1", e);
    g.set_output("e2", e);
    run_and_check(&g, &inputs_for(&g, &[], None), 1e-6);
}

/// Elementwise groups over permuted, sliced and broadcast views of one another.
#[test]
fn elementwise_over_views() {
    let mut g = Graph::new();
    let x = g.input("x", DType::F32, shape![7, 1, 5]).unwrap();
    let y = g.input("y", DType::F32, shape![5, 3, 9]).unwrap();
    let ys = g.slice(y, 2, 2, 9).unwrap(); // [5, 3, 7]
    let yp = g.permute(ys, &[2, 1, 0]).unwrap(); // [7, 3, 5]
    let a = g.mul(x, yp).unwrap(); // [7, 3, 5]
    let a = g.exp(a).unwrap();
    let t = g.permute(a, &[1, 0, 2]).unwrap(); // [3, 7, 5]
    let b = g.broadcast(x, shape![3, 7, 1, 5]).unwrap();
    let b = g.reshape(b, shape![3, 7, 5]).unwrap();
    let c = g.sub(t, b).unwrap();
    g.set_output("c", c);
    run_and_check(&g, &inputs_for(&g, &[], None), 1e-6);
}

/// Integer arithmetic in a fused program is exact: truncating division, casts, comparisons.
#[test]
fn integer_elementwise_matches_reference_exactly() {
    let mut g = Graph::new();
    let x = g.input("x", DType::F32, shape![64]).unwrap();
    let k = g.scale(x, 100.0).unwrap();
    let i = g.cast(k, DType::I32).unwrap();
    let seven = g.scalar(DType::I32, 7.0).unwrap();
    let q = g.div(i, seven).unwrap();
    let q = g.neg(q).unwrap();
    let p = g.gt(q, seven).unwrap();
    let z = g.cast(q, DType::F32).unwrap();
    let y = g.select(p, z, x).unwrap();
    g.set_output("q", q);
    g.set_output("y", y);
    let inputs = inputs_for(&g, &[], None);
    let exe = Engine::cpu().compile(&g).unwrap();
    let got = exe.run(&inputs).unwrap();
    assert_eq!(max_rel_error(&g, &got, &inputs), 0.0);
    assert_eq!(got[0].dtype(), DType::I32);
}

// ---- dead code and constants ------------------------------------------------------------

/// A branch nothing reads costs nothing: no launch, and its input need not be bound.
#[test]
fn dead_code_is_removed() {
    let mut g = Graph::new();
    let x = g.input("x", DType::F32, shape![8, 8]).unwrap();
    let unused = g.input("unused", DType::F32, shape![8, 8]).unwrap();
    let dead = g.matmul(x, unused).unwrap();
    let _dead = g.softmax(dead, 1).unwrap();
    let y = g.tanh(x).unwrap();
    g.set_output("y", y);
    let plan = compile_to_plan(&g).unwrap();
    assert_eq!(families(&plan), ["elementwise"], "{plan}");
    assert_eq!(plan.inputs.len(), 1, "{plan}");
    assert_eq!(optimize(&g).unwrap().len(), 2, "x and tanh remain");
    let mut inputs = inputs_for(&g, &[], None);
    inputs.remove("unused");
    run_and_check(&g, &inputs, 1e-6);
}

/// A subexpression of constants is computed at compile time: no launch computes it, the
/// plan holds its value, and the result equals the reference.
#[test]
fn constant_subexpressions_are_folded() {
    let mut g = Graph::new();
    let x = g.input("x", DType::F32, shape![4, 8]).unwrap();
    let c = g.constant(DType::F32, &[8], &[0.0, 1.0, 2.0, 3.0, -1.0, -2.0, 0.5, 0.25]).unwrap();
    let c = g.exp(c).unwrap();
    let c = g.softmax(c, 0).unwrap();
    let m = g.constant(DType::F32, &[8, 8], &values(3, 64)).unwrap();
    let w = g.matmul(m, m).unwrap(); // [8, 8] of constants
    let y = g.mul(x, c).unwrap();
    let y = g.matmul(y, w).unwrap();
    g.set_output("y", y);
    let exe = run_and_check(&g, &inputs_for(&g, &[], None), 1e-6);
    let plan = exe.plan();
    // Only the products with x remain: an elementwise multiply fused into nothing else, and
    // the matmul with the folded weight.
    assert_eq!(unary_instrs(plan, UnaryOp::Exp), 0, "{plan}");
    assert!(!families(plan).contains(&"softmax"), "{plan}");
    assert_eq!(families(plan).iter().filter(|f| **f == "matmul").count(), 1, "{plan}");
    let opt = optimize(&g).unwrap();
    let consts = opt.nodes().iter().filter(|n| matches!(n.op, Op::Constant { .. })).count();
    assert_eq!(consts, 2, "the folded softmax and the folded product:\n{opt}");
    assert!(opt.nodes().iter().all(|n| !matches!(n.op, Op::Unary { .. } | Op::Softmax { .. })));
}

/// A graph of constants only compiles to a plan that copies the folded value out.
#[test]
fn all_constant_graph_folds_completely() {
    let mut g = Graph::new();
    let a = g.constant(DType::F32, &[3], &[1.0, 2.0, 3.0]).unwrap();
    let b = g.sqrt(a).unwrap();
    let c = g.sum(b, &[0], true).unwrap();
    g.set_output("c", c);
    let exe = run_and_check(&g, &HashMap::new(), 1e-7);
    assert!(exe.plan().inputs.is_empty());
    assert!(exe.plan().launches.len() <= 1, "{}", exe.plan());
}

// ---- buffers ----------------------------------------------------------------------------

/// A long chain of kernels reuses slots: twelve buffers in two slots.
#[test]
fn long_chain_reuses_slots() {
    let mut g = Graph::new();
    let mut x = g.input("x", DType::F32, shape![16, 16]).unwrap();
    for i in 0..12 {
        x = g.softmax(x, i % 2).unwrap();
    }
    g.set_output("y", x);
    let exe = run_and_check(&g, &inputs_for(&g, &[], None), 1e-6);
    let plan = exe.plan();
    assert_eq!(plan.buffers.len(), 12);
    assert_eq!(plan.slots, 2, "{plan}");
}

/// Slots are only shared between buffers of one dtype, and a slot is never the output and
/// an input of one launch; values read late survive.
#[test]
fn slot_reuse_keeps_live_values() {
    let mut g = Graph::new();
    let x = g.input("x", DType::F32, shape![9, 5]).unwrap();
    let a = g.softmax(x, 1).unwrap(); // read again at the end
    let mut h = g.cast(a, DType::F16).unwrap();
    for _ in 0..4 {
        h = g.softmax(h, 0).unwrap();
        h = g.cast(h, DType::BF16).unwrap();
        h = g.softmax(h, 1).unwrap();
        h = g.cast(h, DType::F16).unwrap();
    }
    let h = g.cast(h, DType::F32).unwrap();
    let y = g.sum(h, &[1], true).unwrap();
    let y = g.sub(a, y).unwrap();
    g.set_output("y", y);
    let exe = run_and_check(&g, &inputs_for(&g, &[], None), 2e-3);
    let plan = exe.plan();
    assert!(plan.slots < plan.buffers.len(), "{plan}");
    for l in &plan.launches {
        let out_slot = plan.buffers[l.out].slot;
        for a in &l.args {
            if let Storage::Buffer(b) = a.storage {
                assert_ne!(
                    plan.buffers[b].slot, out_slot,
                    "launch reads its own output slot:\n{plan}"
                );
            }
        }
    }
    for b in &plan.buffers {
        let same: Vec<_> = plan.buffers.iter().filter(|o| o.slot == b.slot).collect();
        assert!(same.iter().all(|o| o.ty.dtype == b.ty.dtype), "{plan}");
    }
}

// ---- the ViT block ----------------------------------------------------------------------

/// The ViT-B block is 9 launches: layer_norm, q/k/v matmuls with bias epilogues, attention,
/// out-projection with bias + residual, layer_norm, fc1 with bias + gelu, fc2 with bias +
/// residual.
#[test]
fn vit_block_plan_is_nine_launches() {
    let g = packfuse_models::builtin("vit_block").unwrap().unwrap();
    let exe = Engine::cpu().compile(&g).unwrap();
    let plan = exe.plan();
    assert!(plan.launches.len() <= 10, "{plan}");
    assert_eq!(plan.launches.len(), 9, "{plan}");
    assert_eq!(
        families(plan),
        [
            "layer_norm",
            "matmul",
            "matmul",
            "matmul",
            "attention",
            "matmul",
            "layer_norm",
            "matmul",
            "matmul"
        ]
    );
    assert!(plan.launches.iter().all(|l| match &l.kernel {
        KernelSpec::MatMul { epilogue, .. } => epilogue.is_some(),
        _ => true,
    }));
    assert_eq!(exe.stats().kernels, 9);
}

/// The second compile of a graph in one process builds nothing: every kernel is a cache hit.
#[test]
fn second_compile_hits_the_cache() {
    let g = packfuse_models::builtin("vit_block").unwrap().unwrap();
    let first = Engine::cpu().compile(&g).unwrap().stats();
    let second = Engine::cpu().compile(&g).unwrap().stats();
    assert_eq!(second.compiled, 0, "{second}");
    assert_eq!(second.cache_hits, second.kernels, "{second}");
    assert_eq!(first.kernels, second.kernels);
    // The four bias matmuls with equal shapes share kernels even in the first compile.
    assert!(first.compiled < first.kernels, "{first}");
}

fn vit_tiny() -> Graph {
    packfuse_models::builtin("vit_block_tiny").unwrap().unwrap()
}

/// The tiny ViT block on packed batches agrees with the reference; a new batch composition
/// (other T and B) runs on the same executable, without recompiling.
#[test]
fn vit_tiny_packed_batches_match_reference() {
    let g = vit_tiny();
    let exe = Engine::cpu().compile(&g).unwrap();
    let batches: [&[i32]; 4] = [
        &[0, 5, 6, 13, 14],  // lengths 5, 1, 7, 1
        &[0, 1, 9],          // lengths 1, 8
        &[0, 17],            // one segment
        &[0, 1, 2, 3, 3, 7], // single tokens and an empty segment
    ];
    for cu in batches {
        let t = *cu.last().unwrap() as usize;
        let inputs = inputs_for(&g, &[("T", t), ("B1", cu.len())], Some(cu));
        let got = exe.run(&inputs).expect("runs");
        assert_eq!(got[0].shape(), &[t, 64]);
        let e = max_rel_error(&g, &got, &inputs);
        assert!(e <= 1e-4, "cu_seqlens {cu:?}: error {e:e}");
    }
}

/// A segment of one token attends only itself: the attention output of that token is its
/// own value row, whatever the other segments hold.
#[test]
fn vit_tiny_segments_are_independent() {
    let g = vit_tiny();
    let exe = Engine::cpu().compile(&g).unwrap();
    let cu = [0, 4, 5, 9];
    let inputs = inputs_for(&g, &[("T", 9), ("B1", 4)], Some(&cu));
    let base = exe.run(&inputs).unwrap().remove(0).to_f64_vec();
    // Change the tokens of the first and last segments: the middle token's output stays.
    let mut changed = inputs.clone();
    let x = changed["hidden_states"].to_f64_vec();
    let mut x2 = x.clone();
    for (i, v) in x2.iter_mut().enumerate() {
        if !(4 * 64..5 * 64).contains(&i) {
            *v = -*v * 0.5;
        }
    }
    changed.insert("hidden_states".into(), Tensor::from_f64(DType::F32, &[9, 64], &x2).unwrap());
    let other = exe.run(&changed).unwrap().remove(0).to_f64_vec();
    assert_eq!(base[4 * 64..5 * 64], other[4 * 64..5 * 64]);
    assert_ne!(base[..64], other[..64]);
}

/// An empty batch (T = 0, no segments) runs and returns an empty result.
#[test]
fn vit_tiny_empty_batch() {
    let g = vit_tiny();
    let exe = Engine::cpu().compile(&g).unwrap();
    let inputs = inputs_for(&g, &[("T", 0), ("B1", 1)], Some(&[0]));
    let got = exe.run(&inputs).expect("an empty batch is valid");
    assert_eq!(got[0].shape(), &[0, 64]);
}

// ---- errors -----------------------------------------------------------------------------

fn tiny_inputs() -> (Executable, HashMap<String, Tensor>) {
    let g = vit_tiny();
    let exe = Engine::cpu().compile(&g).unwrap();
    let inputs = inputs_for(&g, &[("T", 6), ("B1", 3)], Some(&[0, 2, 6]));
    (exe, inputs)
}

#[test]
fn missing_input_is_an_error() {
    let (exe, mut inputs) = tiny_inputs();
    inputs.remove("encoder.layers.0.mlp.fc1.bias");
    match exe.run(&inputs) {
        Err(CodegenError::Ir(IrError::MissingInput { name, .. })) => {
            assert_eq!(name, "encoder.layers.0.mlp.fc1.bias")
        }
        other => panic!("expected MissingInput, got {other:?}"),
    }
}

#[test]
fn wrong_dtype_is_an_error() {
    let (exe, mut inputs) = tiny_inputs();
    let x = inputs["hidden_states"].cast(DType::F16);
    inputs.insert("hidden_states".into(), x);
    let e = exe.run(&inputs).unwrap_err();
    assert!(
        matches!(&e, CodegenError::Ir(IrError::InputMismatch { name, .. }) if name == "hidden_states"),
        "{e:?}"
    );
    // cu_seqlens as f32 instead of i32.
    let (exe, mut inputs) = tiny_inputs();
    inputs.insert("cu_seqlens".into(), Tensor::from_f32(&[3], vec![0.0, 2.0, 6.0]));
    let e = exe.run(&inputs).unwrap_err();
    assert!(
        matches!(&e, CodegenError::Ir(IrError::InputMismatch { name, .. }) if name == "cu_seqlens"),
        "{e:?}"
    );
}

#[test]
fn wrong_static_dim_is_an_error() {
    let (exe, mut inputs) = tiny_inputs();
    inputs.insert("hidden_states".into(), Tensor::from_f32(&[6, 63], vec![0.0; 6 * 63]));
    let e = exe.run(&inputs).unwrap_err();
    assert!(matches!(&e, CodegenError::Ir(IrError::InputMismatch { .. })), "{e:?}");
    // Wrong rank.
    let (exe, mut inputs) = tiny_inputs();
    inputs.insert(
        "encoder.layers.0.layer_norm1.weight".into(),
        Tensor::from_f32(&[1, 64], vec![1.0; 64]),
    );
    let e = exe.run(&inputs).unwrap_err();
    assert!(matches!(&e, CodegenError::Ir(IrError::InputMismatch { .. })), "{e:?}");
    assert!(e.to_string().contains("layer_norm1.weight"), "{e}");
}

#[test]
fn inconsistent_dynamic_dim_is_an_error() {
    let mut g = Graph::new();
    let x = g.input("x", DType::F32, shape!["T", 4]).unwrap();
    let y = g.input("y", DType::F32, shape!["T", 4]).unwrap();
    let z = g.add(x, y).unwrap();
    g.set_output("z", z);
    let exe = Engine::cpu().compile(&g).unwrap();
    let inputs = HashMap::from([
        ("x".to_string(), Tensor::from_f32(&[3, 4], vec![0.0; 12])),
        ("y".to_string(), Tensor::from_f32(&[5, 4], vec![0.0; 20])),
    ]);
    let e = exe.run(&inputs).unwrap_err();
    assert!(matches!(&e, CodegenError::Ir(IrError::InputMismatch { .. })), "{e:?}");
    assert!(e.to_string().contains('T'), "{e}");
}

/// Malformed `cu_seqlens` are a kernel error naming the attention launch, never a panic.
#[test]
fn bad_cu_seqlens_are_kernel_errors() {
    let g = vit_tiny();
    let exe = Engine::cpu().compile(&g).unwrap();
    let bad: [&[i32]; 6] = [
        &[1, 3, 6],    // does not start at 0
        &[0, 4, 2, 6], // decreases
        &[0, 2, 5],    // does not end at T
        &[0, 2, 9],    // ends past T
        &[0, -2, 6],   // negative
        &[0, 3, 6, 6, 7],
    ];
    for cu in bad {
        let inputs = inputs_for(&g, &[("T", 6), ("B1", cu.len())], Some(cu));
        match exe.run(&inputs) {
            Err(CodegenError::Kernel { kernel, source, .. }) => {
                assert_eq!(kernel, "attention", "{cu:?}");
                assert!(matches!(source, KernelError::BadArgument { .. }), "{cu:?}: {source:?}");
            }
            other => panic!("cu_seqlens {cu:?}: expected a kernel error, got {other:?}"),
        }
    }
    // An empty cu_seqlens (B + 1 = 0) too.
    let inputs = inputs_for(&g, &[("T", 6), ("B1", 0)], Some(&[]));
    assert!(matches!(exe.run(&inputs), Err(CodegenError::Kernel { .. })));
}

/// A gather index out of range is a kernel error too.
#[test]
fn bad_gather_index_is_a_kernel_error() {
    let mut g = Graph::new();
    let table = g.input("table", DType::F32, shape![5, 3]).unwrap();
    let idx = g.input("idx", DType::I32, shape!["N"]).unwrap();
    let rows = g.gather(table, idx, 0).unwrap();
    g.set_output("rows", rows);
    let exe = Engine::cpu().compile(&g).unwrap();
    let mut inputs = HashMap::from([
        ("table".to_string(), Tensor::from_f32(&[5, 3], (0..15).map(|v| v as f32).collect())),
        ("idx".to_string(), Tensor::from_i32(&[3], vec![4, 0, 2])),
    ]);
    let got = exe.run(&inputs).unwrap();
    assert_eq!(max_rel_error(&g, &got, &inputs), 0.0);
    inputs.insert("idx".into(), Tensor::from_i32(&[2], vec![1, 5]));
    assert!(matches!(exe.run(&inputs), Err(CodegenError::Kernel { .. })));
    inputs.insert("idx".into(), Tensor::from_i32(&[1], vec![-1]));
    assert!(matches!(exe.run(&inputs), Err(CodegenError::Kernel { .. })));
}

/// A graph that does not verify is an error at compile time, naming the node.
#[test]
fn malformed_graph_is_a_compile_error() {
    let mut g = Graph::new();
    let x = g.input("x", DType::F32, shape![4]).unwrap();
    let y = g.exp(x).unwrap();
    g.set_output("y", y);
    let mut nodes = g.nodes().to_vec();
    nodes[1].inputs = vec![NodeId(7)];
    let bad = Graph::from_parts(nodes, g.outputs().to_vec());
    match Engine::cpu().compile(&bad) {
        Err(CodegenError::Ir(e)) => assert_eq!(e.node(), Some(NodeId(1)), "{e}"),
        Err(e) => panic!("expected an IR error, got {e:?}"),
        Ok(_) => panic!("a dangling input compiled"),
    }
}

// ---- the other kernels through the engine -------------------------------------------------

/// Iota, concat and gather, with a dynamic dim.
#[test]
fn movement_kernels_match_reference() {
    let mut g = Graph::new();
    let x = g.input("x", DType::F32, shape!["T", 3]).unwrap();
    let y = g.input("y", DType::F32, shape!["T", 2]).unwrap();
    let idx = g.input("idx", DType::I32, shape![4]).unwrap();
    let c = g.concat(&[x, y, x], 1).unwrap(); // [T, 8]
    let i = g.iota(c, 0, DType::F32).unwrap();
    let c = g.add(c, i).unwrap();
    let r = g.gather(c, idx, 1).unwrap(); // [T, 4]
    g.set_output("r", r);
    let mut inputs = inputs_for(&g, &[("T", 5)], None);
    inputs.insert("idx".into(), Tensor::from_i32(&[4], vec![7, 0, 3, 3]));
    run_and_check(&g, &inputs, 1e-6);
}

/// A slice of a dynamic dim past its run-time size is an error (it used to panic in the
/// elementwise kernel, reading past the input buffer).
#[test]
fn slice_past_a_dynamic_dim_is_an_error() {
    let mut g = Graph::new();
    let x = g.input("x", DType::F32, shape!["T", 4]).unwrap();
    let s = g.slice(x, 0, 1, 3).unwrap();
    let e = g.exp(s).unwrap();
    g.set_output("e", e);
    let exe = Engine::cpu().compile(&g).unwrap();
    let ok = HashMap::from([("x".to_string(), Tensor::from_f32(&[3, 4], vec![0.5; 12]))]);
    assert!(max_rel_error(&g, &exe.run(&ok).unwrap(), &ok) < 1e-6);
    let short = HashMap::from([("x".to_string(), Tensor::from_f32(&[2, 4], vec![0.5; 8]))]);
    let e = exe.run(&short).unwrap_err();
    assert!(matches!(e, CodegenError::UnboundDim(_)), "{e:?}");
    assert!(e.to_string().contains("slice 1..3"), "{e}");
    assert!(eval_f64(&g, &short).is_err(), "the reference rejects it too");
}

/// A dynamic dim that only an output shape names (never an input) is an error at run time.
#[test]
fn dynamic_dim_bound_by_no_input_is_an_error() {
    let mut g = Graph::new();
    let x = g.input("x", DType::F32, shape![1, 4]).unwrap();
    let b = g.broadcast(x, shape!["T", 4]).unwrap();
    let e = g.exp(b).unwrap();
    g.set_output("e", e);
    let exe = Engine::cpu().compile(&g).unwrap();
    let inputs = HashMap::from([("x".to_string(), Tensor::from_f32(&[1, 4], vec![0.0; 4]))]);
    let e = exe.run(&inputs).unwrap_err();
    assert_eq!(e.to_string(), "cannot resolve shape: T is not bound by any input");
}

/// Sizes past one parallel task of the elementwise kernel (8192 elements), read through
/// permuted, sliced and broadcast views, and row kernels over a strided axis.
#[test]
fn large_values_through_views() {
    let mut g = Graph::new();
    let x = g.input("x", DType::F32, shape![131, 129]).unwrap();
    let b = g.input("b", DType::F32, shape![131]).unwrap();
    let s = g.input("s", DType::F32, shape![129, 140]).unwrap();
    let xt = g.transpose(x).unwrap(); // [129, 131]
    let ss = g.slice(s, 1, 5, 136).unwrap(); // [129, 131]
    let y = g.mul(xt, ss).unwrap();
    let y = g.add(y, b).unwrap();
    let y = g.tanh(y).unwrap();
    let sm = g.softmax(y, 0).unwrap(); // along the strided axis
    let r = g.sum(y, &[0], true).unwrap();
    let z = g.sub(sm, r).unwrap();
    let n = g.l2_normalize(xt, 1e-6).unwrap();
    g.set_output("z", z);
    g.set_output("n", n);
    run_and_check(&g, &inputs_for(&g, &[], None), 1e-6);
}

/// Batched products with broadcast batch dims, more batches than threads (each batch one
/// task), a transposed operand and an epilogue with a broadcast bias; in f32 and bf16.
#[test]
fn batched_matmul_with_epilogue() {
    for (dt, tol) in [(DType::F32, 1e-6), (DType::F16, 2e-3), (DType::BF16, 1e-2)] {
        let mut g = Graph::new();
        let a = g.input("a", dt, shape![3, 1, 33, 17]).unwrap();
        let b = g.input("b", dt, shape![16, 7, 17]).unwrap();
        let bias = g.input("bias", dt, shape![16, 1, 7]).unwrap();
        let y = g.matmul_t(a, b, false, true).unwrap(); // [3, 16, 33, 7]
        let y = g.add(y, bias).unwrap();
        let y = g.silu(y).unwrap();
        g.set_output("y", y);
        let exe = run_and_check(&g, &inputs_for(&g, &[], None), tol);
        assert_eq!(families(exe.plan()), ["matmul"], "{}", exe.plan());
    }
}

/// Rotary embedding, with positions that are not 0..T.
#[test]
fn rope_matches_reference() {
    let mut g = Graph::new();
    let x = g.input("x", DType::F32, shape!["T", 3, 8]).unwrap();
    let p = g.input("pos", DType::I32, shape!["T"]).unwrap();
    let y = g.rope(x, p, 10_000.0).unwrap();
    g.set_output("y", y);
    let mut inputs = inputs_for(&g, &[("T", 5)], None);
    inputs.insert("pos".into(), Tensor::from_i32(&[5], vec![0, 7, 3, 1000, 2]));
    run_and_check(&g, &inputs, 1e-5);
}

/// SigLIP's sigmoid loss over a small batch.
#[test]
fn sigmoid_loss_matches_reference() {
    let mut g = Graph::new();
    let x = g.input("x", DType::F32, shape!["N", 16]).unwrap();
    let y = g.input("y", DType::F32, shape!["N", 16]).unwrap();
    let t = g.input("t_prime", DType::F32, shape![]).unwrap();
    let b = g.input("bias", DType::F32, shape![1]).unwrap();
    let l = g.sigmoid_loss(x, y, t, b).unwrap();
    g.set_output("loss", l);
    let mut inputs = inputs_for(&g, &[("N", 9)], None);
    inputs.insert("t_prime".into(), Tensor::from_f32(&[], vec![2.3]));
    inputs.insert("bias".into(), Tensor::from_f32(&[1], vec![-10.0]));
    run_and_check(&g, &inputs, 1e-5);
}

/// Packed attention with every mask, grouped kv heads, different query and key segments
/// (decoding-style: fewer queries than keys), and a sliding window, against the reference.
#[test]
fn attention_variants_match_reference() {
    use packfuse_ir::{AttnPart, MaskKind, F64};
    let cu_q = [0, 1, 4, 4, 6];
    let cu_k = [0, 3, 7, 9, 12];
    let prefix = [2, 0, 1, 3];
    for mask in [MaskKind::Full, MaskKind::Causal, MaskKind::PrefixLm] {
        for window in [None, Some(2)] {
            let mut g = Graph::new();
            let q = g.input("q", DType::F32, shape!["Tq", 4, 8]).unwrap();
            let k = g.input("k", DType::F32, shape!["Tk", 2, 8]).unwrap();
            let v = g.input("v", DType::F32, shape!["Tk", 2, 8]).unwrap();
            let cq = g.input("cu_q", DType::I32, shape!["B1"]).unwrap();
            let ck = g.input("cu_k", DType::I32, shape!["B1"]).unwrap();
            let mut ins = vec![q, k, v, cq, ck];
            if mask == MaskKind::PrefixLm {
                ins.push(g.input("prefix", DType::I32, shape!["B"]).unwrap());
            }
            let op =
                Op::PackedAttention { mask, scale: Some(F64(0.3)), window, part: AttnPart::Out };
            let a = g.push(op, &ins).unwrap();
            g.set_output("a", a);
            let mut inputs = inputs_for(&g, &[("Tq", 6), ("Tk", 12), ("B1", 5), ("B", 4)], None);
            inputs.insert("cu_q".into(), Tensor::from_i32(&[5], cu_q.to_vec()));
            inputs.insert("cu_k".into(), Tensor::from_i32(&[5], cu_k.to_vec()));
            inputs.insert("prefix".into(), Tensor::from_i32(&[4], prefix.to_vec()));
            let exe = Engine::cpu().compile(&g).unwrap();
            let got = exe.run(&inputs).unwrap();
            let e = max_rel_error(&g, &got, &inputs);
            assert!(e <= 1e-5, "{mask:?} window {window:?}: error {e:e}");
        }
    }
}
