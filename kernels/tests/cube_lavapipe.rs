//! The CubeCL kernels on Vulkan (lavapipe in CI) against the CPU implementations on the same
//! data. Without a Vulkan adapter every test prints `SKIPPED` and passes, unless
//! `PACKFUSE_REQUIRE_VULKAN=1`, which makes a missing adapter a failure.
//!
//! Tolerances are mixed: `|gpu − cpu| ≤ tol · max(1, |cpu|)`.

use cubecl::prelude::*;
use cubecl::wgpu::{WgpuDevice, WgpuRuntime};
use packfuse_ir::{
    AttnPart, BinaryOp, DType, LossOptions, LossPart, MaskKind, ReduceOp, TensorData, UnaryOp, F64,
};
use packfuse_kernels::cube::{
    copy_view, download, read_prefix, upload, upload_bytes, DeviceTensor, Target,
};
use packfuse_kernels::elem::alloc;
use packfuse_kernels::matmul::cubek::{self, CubekRoutine, Provider};
use packfuse_kernels::{Arg, EwProgram, Instr, KernelError, KernelSpec, Step, View};

type R = WgpuRuntime;

/// The Vulkan device for the first adapter, or `None` (then the test is skipped).
fn device() -> Option<WgpuDevice> {
    let instance = wgpu::Instance::new(wgpu::InstanceDescriptor {
        backends: wgpu::Backends::VULKAN,
        ..wgpu::InstanceDescriptor::new_without_display_handle()
    });
    let infos: Vec<_> =
        cubecl::future::block_on(instance.enumerate_adapters(wgpu::Backends::VULKAN))
            .into_iter()
            .map(|a| a.get_info().device_type)
            .collect();
    let pick = [
        (wgpu::DeviceType::DiscreteGpu, WgpuDevice::DiscreteGpu(0)),
        (wgpu::DeviceType::IntegratedGpu, WgpuDevice::IntegratedGpu(0)),
        (wgpu::DeviceType::Cpu, WgpuDevice::Cpu),
    ];
    pick.into_iter().find(|(t, _)| infos.contains(t)).map(|(_, d)| d)
}

struct Gpu {
    client: ComputeClient<R>,
    target: Target,
}

fn gpu(test: &str) -> Option<Gpu> {
    let Some(dev) = device() else {
        if std::env::var("PACKFUSE_REQUIRE_VULKAN").as_deref() == Ok("1") {
            panic!("no Vulkan adapter, and PACKFUSE_REQUIRE_VULKAN=1");
        }
        println!("SKIPPED {test}: no Vulkan adapter");
        return None;
    };
    let client = R::client(&dev);
    let target = Target::query("vulkan", &client);
    Some(Gpu { client, target })
}

/// Deterministic values in [-2, 2).
fn values(n: usize, seed: u64) -> Vec<f32> {
    let mut s = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
    (0..n)
        .map(|_| {
            s = s.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            ((s >> 40) as f32 / (1u64 << 24) as f32) * 4.0 - 2.0
        })
        .collect()
}

fn data(dtype: DType, v: &[f32]) -> TensorData {
    match dtype {
        DType::F32 => TensorData::F32(v.to_vec()),
        DType::F16 => TensorData::F16(v.iter().map(|&x| half::f16::from_f32(x)).collect()),
        DType::BF16 => TensorData::BF16(v.iter().map(|&x| half::bf16::from_f32(x)).collect()),
        DType::I32 => TensorData::I32(v.iter().map(|&x| (x * 3.0) as i32).collect()),
        DType::U8 => TensorData::U8(v.iter().map(|&x| (x.abs() * 60.0) as u8).collect()),
    }
}

/// An input: host data and the view the kernel reads it through (offset 0).
#[derive(Clone)]
struct In {
    data: TensorData,
    view: View,
}

fn dense(dtype: DType, shape: &[usize], seed: u64) -> In {
    let n = shape.iter().product();
    In { data: data(dtype, &values(n, seed)), view: View::contiguous(shape) }
}

fn strided(dtype: DType, n: usize, shape: &[usize], strides: &[isize], seed: u64) -> In {
    let view = View { shape: shape.to_vec(), strides: strides.to_vec(), offset: 0 };
    In { data: data(dtype, &values(n, seed)), view }
}

fn to_f64(d: &TensorData) -> Vec<f64> {
    let n = d.len();
    Arg::new(d, &[n]).to_f64()
}

/// Runs `spec` on the CPU and on the device; returns the worst mixed error.
fn compare(g: &Gpu, spec: &KernelSpec, ins: &[In], shape: &[usize], dtype: DType) -> f64 {
    let got = run_gpu(g, spec, ins, shape, dtype).unwrap_or_else(|e| panic!("{spec}: {e}"));
    let want = run_cpu(spec, ins, shape, dtype);
    let (got, want) = (to_f64(&got), to_f64(&want));
    assert_eq!(got.len(), want.len());
    assert!(want.len() < 2 || want.iter().any(|&v| v != 0.0), "{spec}: degenerate case (all zero)");
    let mut worst = 0f64;
    for (i, (a, b)) in got.iter().zip(&want).enumerate() {
        let err = if a == b { 0.0 } else { (a - b).abs() / b.abs().max(1.0) };
        assert!(!err.is_nan(), "{spec}: element {i}: gpu {a}, cpu {b}");
        worst = worst.max(err);
    }
    worst
}

fn check(g: &Gpu, spec: &KernelSpec, ins: &[In], shape: &[usize], dtype: DType, tol: f64) {
    let worst = compare(g, spec, ins, shape, dtype);
    println!("{spec} {dtype} {shape:?}: worst {worst:.2e}");
    assert!(worst <= tol, "{spec} {dtype} {shape:?}: worst error {worst:.3e} > {tol:.0e}");
}

fn run_cpu(spec: &KernelSpec, ins: &[In], shape: &[usize], dtype: DType) -> TensorData {
    let args: Vec<Arg> = ins.iter().map(|i| Arg { data: &i.data, view: i.view.clone() }).collect();
    let mut out = alloc(dtype, shape.iter().product());
    spec.run_cpu(&args, &mut out, shape).unwrap();
    out
}

fn device_tensor(g: &Gpu, i: &In) -> DeviceTensor {
    DeviceTensor {
        handle: upload(&g.client, &i.data),
        shape: i.view.shape.clone(),
        strides: i.view.strides.iter().map(|&s| s as usize).collect(),
        dtype: i.data.dtype(),
    }
}

fn run_gpu(
    g: &Gpu,
    spec: &KernelSpec,
    ins: &[In],
    shape: &[usize],
    dtype: DType,
) -> Result<TensorData, KernelError> {
    let args: Vec<DeviceTensor> = ins.iter().map(|i| device_tensor(g, i)).collect();
    let n: usize = shape.iter().product();
    let out =
        DeviceTensor::contiguous(g.client.empty((n * dtype.size_bytes()).max(4)), shape, dtype);
    spec.launch_cube(&g.client, &g.target, &args, &out)?;
    download(&g.client, &out.handle, dtype, n)
}

fn step(instr: Instr, dtype: DType) -> Step {
    Step { instr, dtype }
}

fn ew(steps: Vec<Step>, inputs: Vec<DType>) -> KernelSpec {
    KernelSpec::Elementwise { program: EwProgram { steps, inputs } }
}

const SHAPE: [usize; 3] = [3, 17, 33];

/// Positive-only ops read `|x| + 0.1`.
fn positive(op: UnaryOp) -> bool {
    matches!(op, UnaryOp::Log | UnaryOp::Sqrt | UnaryOp::Rsqrt | UnaryOp::Recip)
}

#[test]
fn elementwise_unary_f32() {
    let Some(g) = gpu("elementwise_unary_f32") else { return };
    for op in UnaryOp::ALL {
        let mut steps = vec![step(Instr::Input(0), DType::F32)];
        if positive(op) {
            steps.push(step(Instr::Unary(UnaryOp::Abs, 0), DType::F32));
            steps.push(step(Instr::Const(0.1f64.to_bits()), DType::F32));
            steps.push(step(Instr::Binary(BinaryOp::Add, 1, 2), DType::F32));
        }
        let last = steps.len() - 1;
        steps.push(step(Instr::Unary(op, last), DType::F32));
        let spec = ew(steps, vec![DType::F32]);
        // Scale to exercise the large-|x| branches too.
        let mut x = dense(DType::F32, &SHAPE, 7);
        if let TensorData::F32(v) = &mut x.data {
            v.iter_mut().enumerate().for_each(|(i, e)| *e *= if i % 5 == 0 { 20.0 } else { 1.0 });
        }
        check(&g, &spec, &[x], &SHAPE, DType::F32, 1e-5);
    }
}

#[test]
fn elementwise_binary_broadcast_and_permuted() {
    let Some(g) = gpu("elementwise_binary_broadcast_and_permuted") else { return };
    for op in BinaryOp::ALL {
        // pow reads |x|; eq / ne compare |x| with x (random floats are never equal).
        let (lhs, rhs) = match op {
            BinaryOp::Pow => (2, 1),
            BinaryOp::Eq | BinaryOp::Ne => (2, 0),
            _ => (0, 1),
        };
        let steps = vec![
            step(Instr::Input(0), DType::F32),
            step(Instr::Input(1), DType::F32),
            step(Instr::Unary(UnaryOp::Abs, 0), DType::F32),
            step(Instr::Binary(op, lhs, rhs), DType::F32),
        ];
        let spec = ew(steps, vec![DType::F32, DType::F32]);
        // in0: a [33, 17, 3] buffer read transposed; in1: a [17] row broadcast over 0 and 2.
        let a = strided(DType::F32, 3 * 17 * 33, &SHAPE, &[1, 3, 51], 1);
        let b = strided(DType::F32, 17, &SHAPE, &[0, 1, 0], 2);
        check(&g, &spec, &[a, b], &SHAPE, DType::F32, 1e-5);
    }
}

#[test]
fn elementwise_half() {
    let Some(g) = gpu("elementwise_half") else { return };
    for half in [DType::F16, DType::BF16] {
        if !g.target.supports(half) {
            println!("SKIPPED elementwise {half}: the device has no {half}");
            let spec = ew(vec![step(Instr::Input(0), half)], vec![half]);
            let err = run_gpu(&g, &spec, &[dense(half, &[4], 1)], &[4], half);
            assert!(matches!(err, Err(KernelError::Unsupported { .. })), "{err:?}");
            continue;
        }
        // gelu_tanh(x) * w + cast<half>(b), x/w half, b f32 broadcast; output half.
        let steps = vec![
            step(Instr::Input(0), half),
            step(Instr::Unary(UnaryOp::GeluTanh, 0), half),
            step(Instr::Input(1), half),
            step(Instr::Binary(BinaryOp::Mul, 1, 2), half),
            step(Instr::Input(2), DType::F32),
            step(Instr::Cast(half, 4), half),
            step(Instr::Binary(BinaryOp::Add, 3, 5), half),
        ];
        let spec = ew(steps, vec![half, half, DType::F32]);
        let shape = [17, 33];
        let ins = [
            dense(half, &shape, 3),
            strided(half, 33 * 17, &shape, &[1, 17], 4),
            strided(DType::F32, 33, &shape, &[0, 1], 5),
        ];
        check(&g, &spec, &ins, &shape, half, 1e-2);
        // The same with the f32 row given un-broadcast ([33], numpy rules on the device).
        let ins = [ins[0].clone(), ins[1].clone(), dense(DType::F32, &[33], 5)];
        let want = run_cpu(
            &spec,
            &[ins[0].clone(), ins[1].clone(), strided(DType::F32, 33, &shape, &[0, 1], 5)],
            &shape,
            half,
        );
        assert_eq!(to_f64(&run_gpu(&g, &spec, &ins, &shape, half).unwrap()), to_f64(&want));
        // And a cast back to f32.
        let spec = ew(
            vec![step(Instr::Input(0), half), step(Instr::Cast(DType::F32, 0), DType::F32)],
            vec![half],
        );
        check(&g, &spec, &[dense(half, &[1], 6)], &[1], DType::F32, 0.0);
    }
}

#[test]
fn elementwise_int_and_u8() {
    let Some(g) = gpu("elementwise_int_and_u8") else { return };
    // mask = x < y (u8); out = select(mask, i32 a, cast<i32>(x * 7))
    let steps = vec![
        step(Instr::Input(0), DType::F32),
        step(Instr::Input(1), DType::F32),
        step(Instr::Binary(BinaryOp::Lt, 0, 1), DType::U8),
        step(Instr::Input(2), DType::I32),
        step(Instr::Const(7f64.to_bits()), DType::F32),
        step(Instr::Binary(BinaryOp::Mul, 0, 4), DType::F32),
        step(Instr::Cast(DType::I32, 5), DType::I32),
        step(Instr::Select(2, 3, 6), DType::I32),
    ];
    let spec = ew(steps, vec![DType::F32, DType::F32, DType::I32]);
    let shape = [3, 17];
    let ins =
        [dense(DType::F32, &shape, 1), dense(DType::F32, &shape, 2), dense(DType::I32, &shape, 3)];
    check(&g, &spec, &ins, &shape, DType::I32, 0.0);
    // u8 in, u8 out: min(x + 100, 255) saturates like the IR.
    let steps = vec![
        step(Instr::Input(0), DType::U8),
        step(Instr::Const(100f64.to_bits()), DType::U8),
        step(Instr::Binary(BinaryOp::Add, 0, 1), DType::U8),
        step(Instr::Input(1), DType::U8),
        step(Instr::Select(3, 2, 0), DType::U8),
    ];
    let spec = ew(steps, vec![DType::U8, DType::U8]);
    let ins = [dense(DType::U8, &[33], 4), dense(DType::U8, &[33], 5)];
    check(&g, &spec, &ins, &[33], DType::U8, 0.0);
}

/// `upload_bytes` lends the caller's slice to CubeCL instead of copying it first: every
/// length and alignment comes back byte for byte, and the process is still alive (it aborts
/// if CubeCL kept the lent bytes past `create`). `read_prefix` reads only the bytes asked
/// for (rounded up to 4).
#[test]
fn uploads_lend_their_bytes() {
    let Some(g) = gpu("uploads_lend_their_bytes") else { return };
    let base: Vec<u8> = (0..4099u32).map(|i| (i * 7 + 3) as u8).collect();
    for (start, len) in [(0, 4), (1, 5), (3, 17), (0, 4096), (2, 4097), (5, 1)] {
        let bytes = &base[start..start + len];
        let h = upload_bytes(&g.client, bytes);
        let back = g.client.read_one(h).expect("read back");
        assert_eq!(&back[..len], bytes, "slice at {start}, {len} bytes");
    }
    let v = values(1000, 9);
    let h = upload(&g.client, &TensorData::F32(v.clone()));
    assert_eq!(download(&g.client, &h, DType::F32, v.len()).unwrap(), TensorData::F32(v.clone()));
    // A prefix is read without the rest of the buffer (as an output in a larger slot is).
    for (len, want) in [(5, 8), (8, 8), (4000, 4000), (5000, 4000)] {
        let back = read_prefix(&g.client, &h, len).expect("read a prefix");
        assert_eq!(back.len(), want, "prefix of {len} bytes");
        assert_eq!(&back[..], &f32::as_bytes(&v)[..want]);
    }
    let head = download(&g.client, &h, DType::F32, 3).unwrap();
    assert_eq!(head, TensorData::F32(v[..3].to_vec()));
}

#[test]
fn copy_view_with_offset() {
    let Some(g) = gpu("copy_view_with_offset") else { return };
    for dtype in [DType::F32, DType::I32, DType::U8, DType::F16] {
        if !g.target.supports(dtype) {
            continue;
        }
        let base = dense(dtype, &[5, 17, 3], 9);
        // [1..4, :, 2] of the buffer, then transposed: shape [17, 3].
        let view = View::contiguous(&[5, 17, 3]).slice(0, 1, 4).slice(2, 2, 3).permute(&[1, 0, 2]);
        let view = View {
            shape: vec![17, 3],
            strides: vec![view.strides[0], view.strides[1]],
            offset: view.offset,
        };
        let src = upload(&g.client, &base.data);
        let out = DeviceTensor::contiguous(g.client.empty(17 * 3 * 4), &[17, 3], dtype);
        copy_view(&g.client, &g.target, &src, dtype, &view, &out).unwrap();
        let got = to_f64(&download(&g.client, &out.handle, dtype, 51).unwrap());
        let want = Arg { data: &base.data, view }.to_f64();
        assert_eq!(got, want, "copy_view {dtype}");
    }
}

#[test]
fn row_normalisations() {
    let Some(g) = gpu("row_normalisations") else { return };
    let eps = F64(1e-5);
    for cols in [1usize, 3, 17, 33, 300] {
        let shape = [5, cols];
        for dtype in [DType::F32, DType::F16] {
            let tol = if dtype == DType::F32 { 1e-5 } else { 1e-2 };
            let x = || dense(dtype, &shape, cols as u64);
            let w = || dense(DType::F32, &[cols], 11);
            let b = || dense(DType::F32, &[cols], 12);
            check(&g, &KernelSpec::Softmax { axis: 1 }, &[x()], &shape, dtype, tol);
            check(&g, &KernelSpec::Softmax { axis: 0 }, &[x()], &shape, dtype, tol);
            check(&g, &KernelSpec::LayerNorm { eps }, &[x(), w(), b()], &shape, dtype, tol);
            for add_one in [false, true] {
                check(&g, &KernelSpec::RmsNorm { eps, add_one }, &[x(), w()], &shape, dtype, tol);
            }
            check(&g, &KernelSpec::L2Normalize { eps }, &[x()], &shape, dtype, tol);
        }
    }
    // A permuted input: a [33, 17] buffer read as [17, 33].
    let x = strided(DType::F32, 17 * 33, &[17, 33], &[1, 17], 4);
    check(&g, &KernelSpec::Softmax { axis: 1 }, &[x], &[17, 33], DType::F32, 1e-5);
}

#[test]
fn reductions() {
    let Some(g) = gpu("reductions") else { return };
    let cases: [(&[usize], &[usize]); 5] = [
        (&[1], &[3, 33]),
        (&[0, 2], &[17]),
        (&[2], &[3, 17]),
        (&[0, 1, 2], &[]),
        (&[], &[3, 17, 33]),
    ];
    for op in [ReduceOp::Sum, ReduceOp::Max, ReduceOp::Min, ReduceOp::Mean] {
        for (axes, out_shape) in cases {
            let spec = KernelSpec::Reduce { op, axes: axes.to_vec() };
            check(&g, &spec, &[dense(DType::F32, &SHAPE, 3)], out_shape, DType::F32, 1e-5);
            check(&g, &spec, &[dense(DType::F16, &SHAPE, 3)], out_shape, DType::F16, 1e-2);
        }
    }
    let x = strided(DType::F32, 3 * 17 * 33, &SHAPE, &[1, 3, 51], 8);
    check(
        &g,
        &KernelSpec::Reduce { op: ReduceOp::Sum, axes: vec![1] },
        &[x],
        &[3, 33],
        DType::F32,
        1e-5,
    );
}

#[test]
fn matmuls() {
    let Some(g) = gpu("matmuls") else { return };
    let launched = cubek::products_launched();
    // Small shapes, then shapes over several 64×64 output tiles and 16-deep k slices with
    // ragged edges on every side.
    for (m, k, n) in
        [(1, 1, 1), (3, 17, 33), (33, 40, 17), (17, 3, 1), (70, 37, 130), (129, 65, 64)]
    {
        for (ta, tb) in [(false, false), (true, false), (false, true), (true, true)] {
            let a_shape = if ta { [2, k, m] } else { [2, m, k] };
            let b_shape = if tb { vec![n, k] } else { vec![k, n] };
            let spec = KernelSpec::MatMul { transpose_a: ta, transpose_b: tb, epilogue: None };
            let ins = [dense(DType::F32, &a_shape, 1), dense(DType::F32, &b_shape, 2)];
            check(&g, &spec, &ins, &[2, m, n], DType::F32, 1e-4);
        }
    }
    // Epilogue: gelu_tanh(a·b + bias[n]) + residual, with f16 operands.
    let (m, k, n) = (17, 33, 3);
    let steps = vec![
        step(Instr::Input(0), DType::F32),
        step(Instr::Input(1), DType::F32),
        step(Instr::Binary(BinaryOp::Add, 0, 1), DType::F32),
        step(Instr::Unary(UnaryOp::GeluTanh, 2), DType::F32),
        step(Instr::Input(2), DType::F32),
        step(Instr::Binary(BinaryOp::Add, 3, 4), DType::F32),
    ];
    let epilogue = EwProgram { steps, inputs: vec![DType::F32; 3] };
    let spec =
        KernelSpec::MatMul { transpose_a: false, transpose_b: true, epilogue: Some(epilogue) };
    for dtype in [DType::F32, DType::F16] {
        let ins = [
            dense(dtype, &[m, k], 1),
            dense(dtype, &[n, k], 2),
            strided(DType::F32, n, &[m, n], &[0, 1], 3),
            dense(DType::F32, &[m, n], 4),
        ];
        check(&g, &spec, &ins, &[m, n], DType::F32, if dtype == DType::F32 { 1e-4 } else { 1e-2 });
    }
    // Under `PACKFUSE_MATMUL=cubek-unit` (a CI run of its own) cubek computed every one
    // of these products: a setting that silently fell back would test nothing.
    // An epilogue whose dtype is not the output's is the product's error, found before any
    // launch (under cubek too: no product is counted for it).
    let spec = KernelSpec::MatMul {
        transpose_a: false,
        transpose_b: true,
        epilogue: Some(EwProgram::copy(DType::F32, DType::F32)),
    };
    let ins = [dense(DType::F32, &[4, 8], 1), dense(DType::F32, &[3, 8], 2)];
    let err = run_gpu(&g, &spec, &ins, &[4, 3], DType::F16);
    assert!(matches!(err, Err(KernelError::BadArgument { kernel: "matmul", .. })), "{err:?}");
    let n = cubek::products_launched() - launched;
    match Provider::from_env() {
        Provider::Cubek(CubekRoutine::Unit) => assert_eq!(n, 6 * 4 + 2, "cubek-unit fell back"),
        // Without cooperative matrices (lavapipe) cubek refuses every product, and our
        // kernel gave the results checked above.
        Provider::Cubek(CubekRoutine::Cmma)
            if g.client.properties().features.matmul.cmma.is_empty() =>
        {
            assert_eq!(n, 0, "cubek-cmma ran without cooperative matrices")
        }
        _ => {}
    }
}

#[test]
fn movement() {
    let Some(g) = gpu("movement") else { return };
    let shape = [3, 17, 5];
    let idx = In { data: TensorData::I32(vec![16, 0, 3, 3, 9]), view: View::contiguous(&[5]) };
    check(
        &g,
        &KernelSpec::Gather { axis: 1 },
        &[dense(DType::F32, &shape, 1), idx],
        &[3, 5, 5],
        DType::F32,
        0.0,
    );
    let bad_idx = In { data: TensorData::I32(vec![17]), view: View::contiguous(&[1]) };
    let err = run_gpu(
        &g,
        &KernelSpec::Gather { axis: 1 },
        &[dense(DType::F32, &shape, 1), bad_idx],
        &[3, 1, 5],
        DType::F32,
    );
    assert!(matches!(err, Err(KernelError::BadArgument { .. })), "{err:?}");
    let parts = [
        dense(DType::F32, &[3, 1, 5], 1),
        strided(DType::F32, 33 * 3 * 5, &[3, 33, 5], &[1, 15, 3], 2),
    ];
    check(&g, &KernelSpec::Concat { axis: 1 }, &parts, &[3, 34, 5], DType::F32, 0.0);
    for dtype in [DType::I32, DType::F32] {
        check(&g, &KernelSpec::Iota { axis: 1 }, &[], &[3, 17, 5], dtype, 0.0);
    }
}

fn i32s(v: &[i32]) -> In {
    In { data: TensorData::I32(v.to_vec()), view: View::contiguous(&[v.len()]) }
}

#[test]
fn attention() {
    let Some(g) = gpu("attention") else { return };
    let (cu, t, hq, hk, d) = ([0, 3, 20, 21], 21, 4, 2, 17);
    let masks = [MaskKind::Full, MaskKind::Causal, MaskKind::PrefixLm];
    for (mask, window) in masks.iter().flat_map(|&m| [(m, None), (m, Some(4))]) {
        let spec = KernelSpec::Attention { mask, scale: None, window, part: AttnPart::Out };
        let mut ins = vec![
            dense(DType::F32, &[t, hq, d], 1),
            dense(DType::F32, &[t, hk, d], 2),
            dense(DType::F32, &[t, hk, d], 3),
            i32s(&cu),
            i32s(&cu),
        ];
        if mask == MaskKind::PrefixLm {
            ins.push(i32s(&[1, 5, 0]));
        }
        check(&g, &spec, &ins, &[t, hq, d], DType::F32, 1e-4);
    }
    // Cross attention (one query per segment, MAP head) with f16 inputs and a permuted q.
    let spec = KernelSpec::Attention {
        mask: MaskKind::Full,
        scale: Some(F64(0.3)),
        window: None,
        part: AttnPart::Out,
    };
    let ins = vec![
        strided(DType::F16, 3 * hq * d, &[3, hq, d], &[1, 3 * d as isize, 3], 4),
        dense(DType::F16, &[t, hk, d], 5),
        dense(DType::F16, &[t, hk, d], 6),
        i32s(&[0, 1, 2, 3]),
        i32s(&cu),
    ];
    check(&g, &spec, &ins, &[3, hq, d], DType::F16, 1e-2);
    // Bad segments are an error before any launch.
    let mut bad = ins;
    bad[4] = i32s(&[0, 3, 2, 21]);
    let err = run_gpu(&g, &spec, &bad, &[3, hq, d], DType::F16);
    assert!(matches!(err, Err(KernelError::BadArgument { .. })), "{err:?}");
}

/// The log-sum-exp and both gradients against the CPU kernels, for every mask with and
/// without a window: query and key segments of different lengths, a segment with keys but
/// no queries and one with queries but no keys (`lse = -inf`, zero output and gradients).
/// The gradients read `out` and `lse` as the CPU computed them.
#[test]
fn attention_lse_and_gradients() {
    let Some(g) = gpu("attention_lse_and_gradients") else { return };
    let (cu_q, cu_k, prefix) = ([0, 3, 10, 10, 12], [0, 4, 20, 22, 22], [2, 5, 1, 0]);
    let (tq, tk, hq, hk, d) = (12, 22, 6, 2, 19);
    let masks = [MaskKind::Full, MaskKind::Causal, MaskKind::PrefixLm];
    for (mask, window) in masks.iter().flat_map(|&m| [(m, None), (m, Some(3))]) {
        for dtype in [DType::F32, DType::F16] {
            let tol = if dtype == DType::F32 { 1e-4 } else { 1e-2 };
            let spec = |part| KernelSpec::Attention { mask, scale: None, window, part };
            let mut ins = vec![
                dense(dtype, &[tq, hq, d], 1),
                dense(dtype, &[tk, hk, d], 2),
                dense(dtype, &[tk, hk, d], 3),
                i32s(&cu_q),
                i32s(&cu_k),
            ];
            if mask == MaskKind::PrefixLm {
                ins.push(i32s(&prefix));
            }
            check(&g, &spec(AttnPart::Lse), &ins, &[hq, tq], DType::F32, 1e-4);
            let out = run_cpu(&spec(AttnPart::Out), &ins, &[tq, hq, d], dtype);
            let lse = run_cpu(&spec(AttnPart::Lse), &ins, &[hq, tq], DType::F32);
            ins.push(In { data: out, view: View::contiguous(&[tq, hq, d]) });
            ins.push(dense(dtype, &[tq, hq, d], 4));
            ins.push(In { data: lse, view: View::contiguous(&[hq, tq]) });
            check(&g, &spec(AttnPart::Dq), &ins, &[tq, hq, d], dtype, tol);
            check(&g, &spec(AttnPart::Dkv), &ins, &[2, tk, hk, d], dtype, tol);
        }
    }
    // A gradient with an lse of the wrong shape is an error before any launch.
    let spec = KernelSpec::Attention {
        mask: MaskKind::Full,
        scale: None,
        window: None,
        part: AttnPart::Dq,
    };
    let ins = vec![
        dense(DType::F32, &[tq, hq, d], 1),
        dense(DType::F32, &[tk, hk, d], 2),
        dense(DType::F32, &[tk, hk, d], 3),
        i32s(&cu_q),
        i32s(&cu_k),
        dense(DType::F32, &[tq, hq, d], 4),
        dense(DType::F32, &[tq, hq, d], 5),
        dense(DType::F32, &[tq, hq], 6),
    ];
    let err = run_gpu(&g, &spec, &ins, &[tq, hq, d], DType::F32);
    assert!(matches!(err, Err(KernelError::BadArgument { .. })), "{err:?}");
}

/// The tiled gradients over many tiles and chunks: head dims padded to 64 and 128 (tiles of
/// 32 and 16 queries, chunks of 16 and 8 keys), GQA, segments longer than a tile that tiles
/// straddle (one with queries but no keys), every mask, and `q` and `dout` read through
/// strides (each a `[T, H, D]` view of a head-major buffer).
#[test]
fn attention_gradients_span_tiles_and_chunks() {
    let Some(g) = gpu("attention_gradients_span_tiles_and_chunks") else { return };
    let (cu_q, cu_k, prefix) = ([0, 45, 53, 110], [0, 60, 60, 150], [10, 0, 30]);
    let (tq, tk, hq, hk) = (110, 150, 4, 2);
    let head_major = |seed| {
        move |d: usize| {
            let strides = [d as isize, (tq * d) as isize, 1];
            strided(DType::F32, tq * hq * d, &[tq, hq, d], &strides, seed)
        }
    };
    for d in [40, 100] {
        for mask in [MaskKind::Full, MaskKind::Causal, MaskKind::PrefixLm] {
            let spec = |part| KernelSpec::Attention { mask, scale: None, window: None, part };
            let mut ins = vec![
                head_major(11)(d),
                dense(DType::F32, &[tk, hk, d], 12),
                dense(DType::F32, &[tk, hk, d], 13),
                i32s(&cu_q),
                i32s(&cu_k),
            ];
            if mask == MaskKind::PrefixLm {
                ins.push(i32s(&prefix));
            }
            let out = run_cpu(&spec(AttnPart::Out), &ins, &[tq, hq, d], DType::F32);
            let lse = run_cpu(&spec(AttnPart::Lse), &ins, &[hq, tq], DType::F32);
            ins.push(In { data: out, view: View::contiguous(&[tq, hq, d]) });
            ins.push(head_major(14)(d));
            ins.push(In { data: lse, view: View::contiguous(&[hq, tq]) });
            check(&g, &spec(AttnPart::Dq), &ins, &[tq, hq, d], DType::F32, 1e-4);
            check(&g, &spec(AttnPart::Dkv), &ins, &[2, tk, hk, d], DType::F32, 1e-4);
        }
    }
}

#[test]
fn sigmoid_loss_and_rope() {
    let Some(g) = gpu("sigmoid_loss_and_rope") else { return };
    let (n, d) = (17, 33);
    let scalar = |v: f32| In { data: TensorData::F32(vec![v]), view: View::contiguous(&[1]) };
    let ins =
        [dense(DType::F32, &[n, d], 1), dense(DType::F32, &[n, d], 2), scalar(0.5), scalar(-2.0)];
    check(&g, &KernelSpec::sigmoid_loss(), &ins, &[], DType::F32, 1e-5);
    let x = dense(DType::F32, &[5, 3, 17], 3);
    let spec = KernelSpec::Rope { base: F64(10000.0) };
    check(&g, &spec, &[x, i32s(&[0, 1, 7, 100, 3000])], &[5, 3, 17], DType::F32, 1e-5);
    let x = dense(DType::F16, &[5, 3, 16], 3);
    check(&g, &spec, &[x, i32s(&[0, 1, 7, 100, 3000])], &[5, 3, 16], DType::F16, 1e-2);
}

/// Every sigmoid-loss part against the CPU kernels, under every option: normalisation on
/// and off, diagonal, offset (both signs) and absent positives with `N ≠ M`, an explicit
/// denominator; f32 and f16, and a transposed (strided) `x`. More rows than units per cube
/// (64), so the column chunks of the gradient kernel have a tail.
#[test]
fn sigmoid_loss_every_part_and_option() {
    let Some(g) = gpu("sigmoid_loss_every_part_and_option") else { return };
    let scalar = |v: f32| In { data: TensorData::F32(vec![v]), view: View::contiguous(&[1]) };
    let d = 37;
    let blocks = [(70, 70, Some(0)), (9, 75, Some(5)), (80, 66, Some(-7)), (67, 5, None)];
    for (n, m, positives) in blocks {
        for (normalize, denom) in [(false, None), (true, None), (true, Some(1000))] {
            for dtype in [DType::F32, DType::F16] {
                let opts = LossOptions { normalize, positives, denom };
                // x as the transpose of a [d, n] buffer: strides (1, n).
                let x = strided(dtype, n * d, &[n, d], &[1, n as isize], 1);
                let ins = [dense(dtype, &[m, d], 2), scalar(0.7), scalar(-2.5), scalar(0.75)];
                let ins = [vec![x], ins.to_vec()].concat();
                let spec = |part| KernelSpec::sigmoid_loss_part(part, &opts);
                let (tl, tg) = if dtype == DType::F32 { (1e-5, 1e-4) } else { (1e-2, 1e-2) };
                check(&g, &spec(LossPart::Loss), &ins[..4], &[], dtype, tl);
                check(&g, &spec(LossPart::Dx), &ins, &[n, d], dtype, tg);
                check(&g, &spec(LossPart::Dy), &ins, &[m, d], dtype, tg);
                check(&g, &spec(LossPart::DScalars), &ins, &[2], dtype, tg);
            }
        }
    }
}

/// All four parts from one launch (`launch_parts_in_chunks`), with `x` taken in chunks of
/// 256 rows (600 rows: two full chunks and a tail of 88), against the CPU's one sweep:
/// `dx` rows of every chunk land at their rows, and `dy` sums the chunks' products. A
/// transposed `x` (its chunks start at element offsets) and f16 too, with and without
/// normalisation and with offset positives.
#[test]
fn sigmoid_loss_parts_in_chunks() {
    use packfuse_kernels::sigmoid_loss;
    let Some(g) = gpu("sigmoid_loss_parts_in_chunks") else { return };
    let launched = cubek::products_launched();
    let scalar = |v: f32| In { data: TensorData::F32(vec![v]), view: View::contiguous(&[1]) };
    let (n, m, d) = (600, 131, 21);
    let parts = [LossPart::Dy, LossPart::Loss, LossPart::Dx, LossPart::DScalars];
    let shapes: [&[usize]; 4] = [&[m, d], &[], &[n, d], &[2]];
    for (normalize, positives, dtype) in
        [(false, Some(3), DType::F32), (true, Some(-40), DType::F32), (true, None, DType::F16)]
    {
        let opts = LossOptions { normalize, positives, denom: None };
        let x = strided(dtype, n * d, &[n, d], &[1, n as isize], 1);
        let ins = [x, dense(dtype, &[m, d], 2), scalar(0.9), scalar(-3.0), scalar(0.5)];
        let args: Vec<DeviceTensor> = ins.iter().map(|i| device_tensor(&g, i)).collect();
        let outs: Vec<DeviceTensor> = shapes
            .iter()
            .map(|s| {
                let len = s.iter().product::<usize>();
                DeviceTensor::contiguous(
                    g.client.empty((len * dtype.size_bytes()).max(4)),
                    s,
                    dtype,
                )
            })
            .collect();
        sigmoid_loss::cube::launch_parts_in_chunks(
            &g.client, &g.target, &opts, &parts, &args, &outs, true, 256,
        )
        .unwrap();
        let tol = if dtype == DType::F32 { 1e-4 } else { 1e-2 };
        for ((part, out), shape) in parts.iter().zip(&outs).zip(shapes) {
            let len = shape.iter().product::<usize>();
            let got = to_f64(&download(&g.client, &out.handle, dtype, len).unwrap());
            let spec = KernelSpec::sigmoid_loss_part(*part, &opts);
            let take = if part.is_grad() { 5 } else { 4 };
            let want = to_f64(&run_cpu(&spec, &ins[..take], shape, dtype));
            assert!(got.iter().all(|v| v.is_finite()), "{spec} {dtype}: non-finite output");
            let worst = got
                .iter()
                .zip(&want)
                .map(|(a, b)| (a - b).abs() / b.abs().max(1.0))
                .fold(0f64, f64::max);
            println!(
                "{spec} {dtype} in chunks of 256: worst {worst:.2e} ({:?} vs {:?})",
                &got[..got.len().min(2)],
                &want[..want.len().min(2)]
            );
            assert!(worst <= tol, "{spec} {dtype}: worst error {worst:.3e} > {tol:.0e}");
        }
    }
    // Under `PACKFUSE_MATMUL=cubek-unit`, cubek computed the logits of every case's three
    // chunks, and `dx` and `dy` of each f32 case's (the f16 case's gradient products mix
    // f32 `H` with f16 rows: our kernel's).
    if Provider::from_env() == Provider::Cubek(CubekRoutine::Unit) {
        let n = cubek::products_launched() - launched;
        assert_eq!(n, 3 * 3 + 2 * 3 * 2, "cubek-unit fell back");
    }
}

/// Bad data is a `BadArgument` before any loss kernel, as on the CPU: non-finite `t'` or
/// `b`, an empty batch, a zero row under `normalize` (found from the device's row norms),
/// `N ≠ M` with diagonal positives, an output of the wrong size.
#[test]
fn sigmoid_loss_bad_inputs() {
    let Some(g) = gpu("sigmoid_loss_bad_inputs") else { return };
    let scalar = |v: f32| In { data: TensorData::F32(vec![v]), view: View::contiguous(&[1]) };
    let (n, d) = (6, 8);
    let x = dense(DType::F32, &[n, d], 1);
    let y = dense(DType::F32, &[n, d], 2);
    let norm = LossOptions { normalize: true, ..LossOptions::default() };
    let spec = |part| KernelSpec::sigmoid_loss_part(part, &norm);
    let is_bad = |spec: &KernelSpec, ins: &[In], shape: &[usize], what: &str| {
        let err = run_gpu(&g, spec, ins, shape, DType::F32);
        match err {
            Err(KernelError::BadArgument { ref reason, .. }) if reason.contains(what) => {}
            other => panic!("{spec}: want a bad argument with {what:?}, got {other:?}"),
        }
    };
    for (t, b) in [(f32::NAN, 0.0), (0.0, f32::INFINITY), (f32::NEG_INFINITY, 1.0)] {
        let ins = [x.clone(), y.clone(), scalar(t), scalar(b), scalar(1.0)];
        is_bad(&spec(LossPart::Loss), &ins[..4], &[], "must be finite");
        is_bad(&spec(LossPart::Dx), &ins, &[n, d], "must be finite");
    }
    let empty = In { data: TensorData::F32(vec![]), view: View::contiguous(&[0, d]) };
    let ins = [empty.clone(), empty, scalar(0.0), scalar(0.0)];
    is_bad(&spec(LossPart::Loss), &ins, &[], "empty batch");
    let mut zero = to_f64(&y.data).iter().map(|&v| v as f32).collect::<Vec<_>>();
    zero[4 * d..5 * d].fill(0.0);
    let zy = In { data: TensorData::F32(zero), view: View::contiguous(&[n, d]) };
    let ins = [x.clone(), zy, scalar(0.0), scalar(0.0), scalar(1.0)];
    is_bad(&spec(LossPart::DScalars), &ins, &[2], "row 4 of y");
    let y5 = dense(DType::F32, &[n - 1, d], 2);
    let ins = [x.clone(), y5, scalar(0.0), scalar(0.0)];
    is_bad(&spec(LossPart::Loss), &ins, &[], "diagonal positives");
    let ins = [x, y, scalar(0.0), scalar(0.0), scalar(1.0)];
    is_bad(&spec(LossPart::Dy), &ins, &[n, d + 1], "expected");
}
