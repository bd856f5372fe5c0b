//! The sigmoid loss against transformers' `SiglipModel.forward(return_loss=True)`.
//!
//! The fixtures in `tests/fixtures/siglip_loss/` are written by
//! `scripts/make_siglip_loss_fixture.py` (versions and command in `VERSIONS.txt`): a tiny
//! random-weight SigLIP in float64 with non-trivial `logit_scale` (t') and `logit_bias` (b),
//! its loss, and torch autograd gradients of that loss. Each case is a safetensors file of
//! f32 tensors (packfuse's io has no f64): the normalised embeddings `img_emb`, `txt_emb`
//! (the model's `image_embeds` / `text_embeds`), the unnormalised pooler outputs
//! `img_emb_raw`, `txt_emb_raw`, `t_prime`, `bias`, the expected `loss` and the gradients
//! `d_img_emb`, `d_txt_emb` (of the normalised embeddings), `d_img_emb_raw`,
//! `d_txt_emb_raw` (of the unnormalised ones, i.e. with the normalisation fused), `d_t_prime`,
//! `d_bias`. A JSON file next to each holds the float64 loss and scalar gradients.
//!
//! The forward checks use the graph API and the plain CLI; the gradient checks need
//! `packfuse op sigmoid-loss --backward` and `--normalize` (issue 5).

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::process::Command;

use packfuse::{io, shape, DType, Engine, Graph, Tensor};

/// Loss: relative error allowed against the float64 reference (issue 5).
const LOSS_TOL: f64 = 1e-5;
/// Gradients: error allowed, relative to the largest reference entry of each tensor.
const GRAD_TOL: f64 = 1e-4;

struct Case {
    name: String,
    tensors: BTreeMap<String, Tensor>,
    /// The float64 values of the JSON file.
    json: serde_json::Value,
}

impl Case {
    fn get(&self, name: &str) -> &Tensor {
        self.tensors.get(name).unwrap_or_else(|| panic!("{}: no tensor {name:?}", self.name))
    }

    fn f64(&self, key: &str) -> f64 {
        self.json[key].as_f64().unwrap_or_else(|| panic!("{}.json: no number {key:?}", self.name))
    }

    /// The input tensors of `packfuse op sigmoid-loss`, the embeddings taken from `img`,
    /// `txt`.
    fn inputs(&self, img: &str, txt: &str) -> HashMap<String, Tensor> {
        HashMap::from([
            ("img_emb".to_string(), self.get(img).clone()),
            ("txt_emb".to_string(), self.get(txt).clone()),
            ("t_prime".to_string(), self.get("t_prime").clone()),
            ("bias".to_string(), self.get("bias").clone()),
        ])
    }
}

fn fixture_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/siglip_loss")
}

/// Every case of the fixture folder, by name.
fn cases() -> Vec<Case> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(fixture_dir())
        .expect("tests/fixtures/siglip_loss exists")
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "safetensors"))
        .collect();
    paths.sort();
    assert!(paths.len() >= 2, "expected the fixture cases, found {paths:?}");
    paths
        .into_iter()
        .map(|p| {
            let name = p.file_stem().unwrap().to_string_lossy().into_owned();
            let tensors = io::load(&p).unwrap_or_else(|e| panic!("{e}"));
            let text = std::fs::read_to_string(p.with_extension("json"))
                .unwrap_or_else(|e| panic!("{name}.json: {e}"));
            let json = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{name}.json: {e}"));
            Case { name, tensors, json }
        })
        .collect()
}

fn rel_err(got: f64, want: f64) -> f64 {
    (got - want).abs() / want.abs().max(f64::MIN_POSITIVE)
}

/// Asserts `got` is within `GRAD_TOL` of `want`, relative to the largest `|want|`.
fn assert_grad_close(case: &str, what: &str, got: &[f64], want: &[f64]) {
    assert_eq!(got.len(), want.len(), "{case}: {what}: length");
    let scale = want.iter().fold(0.0f64, |m, w| m.max(w.abs()));
    assert!(scale > 0.0, "{case}: {what}: the reference is all zeros");
    for (i, (g, w)) in got.iter().zip(want).enumerate() {
        assert!(g.is_finite(), "{case}: {what}[{i}] = {g}");
        let err = (g - w).abs() / scale;
        assert!(err <= GRAD_TOL, "{case}: {what}[{i}] = {g}, want {w} (error {err:e} of max)");
    }
}

/// Float64 loss and gradients by the formula of transformers.
struct Reference {
    loss: f64,
    dx: Vec<f64>,
    dy: Vec<f64>,
    dt: f64,
    db: f64,
}

/// `-(1/N) Σ_ij log σ(z_ij (e^t' x_i·y_j + b))` of `x`, `y` ([N, D], row-major) in float64,
/// and its gradients, written out: with `g_ij = -(1/N) z_ij σ(-z_ij l_ij)`,
/// `dx_i = t Σ_j g_ij y_j`, `dy_j = t Σ_i g_ij x_i`, `dt' = t Σ g_ij x_i·y_j`, `db = Σ g_ij`.
fn reference(x: &[f64], y: &[f64], d: usize, tp: f64, b: f64) -> Reference {
    let n = x.len() / d;
    let t = tp.exp();
    let row = |m: &[f64], i: usize| m[i * d..(i + 1) * d].to_vec();
    let mut r =
        Reference { loss: 0.0, dx: vec![0.0; n * d], dy: vec![0.0; n * d], dt: 0.0, db: 0.0 };
    for i in 0..n {
        for j in 0..n {
            let (xi, yj) = (row(x, i), row(y, j));
            let s: f64 = xi.iter().zip(&yj).map(|(a, b)| a * b).sum();
            let z = if i == j { 1.0 } else { -1.0 };
            let u = z * (t * s + b);
            // log σ(u) and σ(-u), both without overflow.
            let log_sig = u.min(0.0) - (-u.abs()).exp().ln_1p();
            let sig_neg =
                if u >= 0.0 { (-u).exp() / (1.0 + (-u).exp()) } else { 1.0 / (1.0 + u.exp()) };
            r.loss -= log_sig / n as f64;
            let g = -z * sig_neg / n as f64;
            for k in 0..d {
                r.dx[i * d + k] += t * g * yj[k];
                r.dy[j * d + k] += t * g * xi[k];
            }
            r.dt += t * g * s;
            r.db += g;
        }
    }
    r
}

/// The rows of `m` ([N, D]) divided by their L2 norms, and those norms.
fn normalize_rows(m: &[f64], d: usize) -> (Vec<f64>, Vec<f64>) {
    let norms: Vec<f64> =
        m.chunks(d).map(|r| r.iter().map(|v| v * v).sum::<f64>().sqrt()).collect();
    let out = m.chunks(d).zip(&norms).flat_map(|(r, n)| r.iter().map(move |v| v / n)).collect();
    (out, norms)
}

/// The gradient of the unnormalised rows from that of the normalised ones `xh`:
/// `(g - xh (xh·g)) / |x|`.
fn through_normalize(xh: &[f64], g: &[f64], norms: &[f64], d: usize) -> Vec<f64> {
    let mut out = Vec::with_capacity(g.len());
    for ((xr, gr), n) in xh.chunks(d).zip(g.chunks(d)).zip(norms) {
        let dot: f64 = xr.iter().zip(gr).map(|(a, b)| a * b).sum();
        out.extend(xr.iter().zip(gr).map(|(a, b)| (b - a * dot) / n));
    }
    out
}

/// Runs `packfuse op sigmoid-loss` on `inputs` with `flags`; returns its outputs.
fn cli_sigmoid_loss(
    case: &str,
    inputs: &HashMap<String, Tensor>,
    flags: &[&str],
) -> BTreeMap<String, Tensor> {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("siglip_loss_fixture");
    std::fs::create_dir_all(&dir).expect("scratch folder");
    let tag = format!("{}-{case}-{}", std::process::id(), flags.join(""));
    let (inp, out) =
        (dir.join(format!("{tag}-in.safetensors")), dir.join(format!("{tag}-out.safetensors")));
    let map: BTreeMap<String, Tensor> =
        inputs.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
    io::save(&map, &inp).expect("write inputs");
    let o = Command::new(env!("CARGO_BIN_EXE_packfuse"))
        .args(["op", "sigmoid-loss", "--inputs"])
        .arg(&inp)
        .arg("--out")
        .arg(&out)
        .args(flags)
        .env_remove("PACKFUSE_DEVICE")
        .output()
        .expect("the packfuse binary runs");
    assert!(
        o.status.success(),
        "{case}: packfuse op sigmoid-loss {flags:?}: exit {:?}\n{}",
        o.status.code(),
        String::from_utf8_lossy(&o.stderr)
    );
    io::load(&out).unwrap_or_else(|e| panic!("{e}"))
}

/// The fixture means what the docs say: the float64 formula on its f32 inputs gives its
/// loss and gradients, and the raw embeddings normalise to the normalised ones.
#[test]
fn fixture_agrees_with_the_formula() {
    for case in cases() {
        let c = &case.name;
        let f = |n: &str| case.get(n).to_f64_vec();
        let d = case.get("img_emb").shape()[1];
        let (tp, b) = (f("t_prime")[0], f("bias")[0]);
        let r = reference(&f("img_emb"), &f("txt_emb"), d, tp, b);
        let want = case.f64("loss");
        assert!(rel_err(r.loss, want) <= 1e-6, "{c}: formula {} vs transformers {want}", r.loss);
        assert!(rel_err(r.loss, case.f64("loss_from_f32_inputs")) <= 1e-12, "{c}: formula");
        assert_grad_close(c, "d_img_emb", &r.dx, &f("d_img_emb"));
        assert_grad_close(c, "d_txt_emb", &r.dy, &f("d_txt_emb"));
        assert_grad_close(c, "d_t_prime", &[r.dt], &[case.f64("d_t_prime")]);
        assert_grad_close(c, "d_bias", &[r.db], &[case.f64("d_bias")]);

        let (xh, nx) = normalize_rows(&f("img_emb_raw"), d);
        let (yh, ny) = normalize_rows(&f("txt_emb_raw"), d);
        assert_grad_close(c, "normalised img_emb_raw", &xh, &f("img_emb"));
        assert_grad_close(c, "normalised txt_emb_raw", &yh, &f("txt_emb"));
        let r = reference(&xh, &yh, d, tp, b);
        assert!(rel_err(r.loss, want) <= 1e-6, "{c}: formula (raw) {} vs {want}", r.loss);
        assert_grad_close(
            c,
            "d_img_emb_raw",
            &through_normalize(&xh, &r.dx, &nx, d),
            &f("d_img_emb_raw"),
        );
        assert_grad_close(
            c,
            "d_txt_emb_raw",
            &through_normalize(&yh, &r.dy, &ny, d),
            &f("d_txt_emb_raw"),
        );
    }
}

/// `packfuse op sigmoid-loss` (CPU) on the normalised embeddings equals transformers' loss.
#[test]
fn cli_loss_equals_transformers() {
    for case in cases() {
        let out = cli_sigmoid_loss(&case.name, &case.inputs("img_emb", "txt_emb"), &[]);
        let got = out["loss"].to_f64_vec()[0];
        let want = case.f64("loss");
        let err = rel_err(got, want);
        assert!(err <= LOSS_TOL, "{}: loss {got} vs transformers {want} (rel {err:e})", case.name);
    }
}

/// `--backward` on the normalised embeddings: transformers' autograd gradients of the
/// normalised embeddings, of logit_scale (t') and of logit_bias.
#[test]
fn cli_gradients_equal_transformers() {
    for case in cases() {
        let c = &case.name;
        let out = cli_sigmoid_loss(c, &case.inputs("img_emb", "txt_emb"), &["--backward"]);
        let loss = out["loss"].to_f64_vec()[0];
        assert!(rel_err(loss, case.f64("loss")) <= LOSS_TOL, "{c}: loss {loss}");
        for name in ["d_img_emb", "d_txt_emb", "d_t_prime", "d_bias"] {
            assert_eq!(out[name].shape(), case.get(name).shape(), "{c}: {name} shape");
            assert_grad_close(c, name, &out[name].to_f64_vec(), &case.get(name).to_f64_vec());
        }
    }
}

/// `--normalize --backward` on the unnormalised pooler outputs: transformers' loss and its
/// autograd gradients of those raw embeddings (through the normalisation).
#[test]
fn cli_normalize_equals_transformers() {
    for case in cases() {
        let c = &case.name;
        let inputs = case.inputs("img_emb_raw", "txt_emb_raw");
        let out = cli_sigmoid_loss(c, &inputs, &["--normalize", "--backward"]);
        let (got, want) = (out["loss"].to_f64_vec()[0], case.f64("loss"));
        let err = rel_err(got, want);
        assert!(
            err <= LOSS_TOL,
            "{c}: --normalize loss {got} vs transformers {want} (rel {err:e})"
        );
        for (name, want) in [
            ("d_img_emb", "d_img_emb_raw"),
            ("d_txt_emb", "d_txt_emb_raw"),
            ("d_t_prime", "d_t_prime"),
            ("d_bias", "d_bias"),
        ] {
            let w = case.get(want);
            assert_eq!(out[name].shape(), w.shape(), "{c}: {name} shape");
            assert_grad_close(c, name, &out[name].to_f64_vec(), &w.to_f64_vec());
        }
    }
}

#[test]
fn fixture_files_are_small() {
    for e in std::fs::read_dir(fixture_dir()).unwrap() {
        let e = e.unwrap();
        let len = e.metadata().unwrap().len();
        assert!(len < 32 * 1024, "{}: {len} bytes", e.path().display());
    }
}

/// The fused op on the CPU engine equals the loss of transformers' SiglipModel on the same
/// (normalised) embeddings.
#[test]
fn loss_equals_transformers_on_cpu() {
    for case in cases() {
        let inputs = case.inputs("img_emb", "txt_emb");
        let [n, d] = inputs["img_emb"].shape() else { panic!("{}: img_emb rank", case.name) };
        let mut g = Graph::new();
        let x = g.input("img_emb", DType::F32, shape![*n, *d]).unwrap();
        let y = g.input("txt_emb", DType::F32, shape![*n, *d]).unwrap();
        let t = g.input("t_prime", DType::F32, shape![1]).unwrap();
        let b = g.input("bias", DType::F32, shape![1]).unwrap();
        let loss = g.sigmoid_loss(x, y, t, b).unwrap();
        g.set_output("loss", loss);

        let exe = Engine::cpu().compile(&g).unwrap();
        let out = exe.run(&inputs).unwrap();
        let got = out[0].to_f64_vec();
        assert_eq!(got.len(), 1, "{}: loss shape {:?}", case.name, out[0].shape());
        let want = case.f64("loss");
        let err = rel_err(got[0], want);
        assert!(
            err <= LOSS_TOL,
            "{}: loss {} vs transformers {want} (rel {err:e})",
            case.name,
            got[0]
        );
        // The f32 copy in the safetensors file says the same.
        let stored = case.get("loss").to_f64_vec()[0];
        assert!(rel_err(stored, want) <= 1e-7, "{}: stored loss {stored} vs {want}", case.name);

        // The float64 reference interpreter on the same f32 inputs.
        let reference = packfuse::eval_f64(&g, &inputs).unwrap();
        let r = reference[0].iter().next().copied().unwrap();
        let want_rounded = case.f64("loss_from_f32_inputs");
        assert!(rel_err(r, want_rounded) <= 1e-12, "{}: eval {r} vs {want_rounded}", case.name);
    }
}
