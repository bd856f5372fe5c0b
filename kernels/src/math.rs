//! Scalar math written so the compiler vectorises it: branch-free `exp` and `tanh`, and a
//! dot product with independent accumulators (a plain `.sum()` is a serial dependency
//! chain, since float addition does not reassociate).

/// Defines `fn $name(args) -> R` that runs `$body(args)` compiled for the widest vector
/// unit the CPU has: AVX-512, else AVX2 + FMA, else the build's baseline (x86-64 builds
/// target SSE2, so without this every loop here runs 4 lanes wide). The choice is made at
/// run time (`is_x86_feature_detected!` is a cached load). `$body` must be
/// `#[inline(always)]` so it is compiled inside each variant. Results do not depend on the
/// variant: Rust never contracts `a * b + c` into an FMA or reorders float operations, so
/// every variant performs the same IEEE operations in the same order.
macro_rules! widest_simd {
    ($(#[$m:meta])* $vis:vis fn $name:ident($($a:ident: $t:ty),* $(,)?) $(-> $r:ty)? = $body:path;) => {
        $(#[$m])*
        $vis fn $name($($a: $t),*) $(-> $r)? {
            #[cfg(target_arch = "x86_64")]
            {
                #[target_feature(enable = "avx512f,avx2,fma")]
                fn v4($($a: $t),*) $(-> $r)? {
                    $body($($a),*)
                }
                #[target_feature(enable = "avx2,fma")]
                fn v3($($a: $t),*) $(-> $r)? {
                    $body($($a),*)
                }
                if std::arch::is_x86_feature_detected!("avx512f") {
                    // SAFETY: the CPU has every feature v4 is compiled for.
                    return unsafe { v4($($a),*) };
                }
                if std::arch::is_x86_feature_detected!("avx2")
                    && std::arch::is_x86_feature_detected!("fma")
                {
                    // SAFETY: the CPU has every feature v3 is compiled for.
                    return unsafe { v3($($a),*) };
                }
            }
            $body($($a),*)
        }
    };
}
pub(crate) use widest_simd;

/// `e^x` in f32 to about 2 ulp: `2^k · p(r)` with `x = k ln2 + r`, `|r| ≤ ln2/2`, and a
/// degree-6 polynomial for `e^r`. Overflows to +inf from about 88.38 (a little before f32's
/// own limit, 88.72) and flushes to 0 below [`EXP_MIN_NORMAL_ARG`]: the result is 0 or a
/// normal float, never a subnormal, whose
/// arithmetic costs a microcode assist per vector on x86 (a GELU of inputs above ~10, or
/// a softmax whose scores span more than 87, ran 5–9× slower when this returned
/// subnormals; `benches/RESULTS.md`, 2026-11-28 session 12).
#[inline(always)]
pub fn exp_f32(x: f32) -> f32 {
    const LOG2E: f32 = std::f32::consts::LOG2_E;
    const LN2_HI: f32 = 0.693_145_75;
    const LN2_LO: f32 = 1.428_606_8e-6;
    // 1.5·2²³: adding and subtracting it rounds |y| < 2²² to the nearest integer with two
    // plain additions. `f32::round` is a libm call on baseline x86-64 (no SSE4.1), which
    // kept every loop calling `exp_f32` scalar.
    const ROUND: f32 = 12_582_912.0;
    let below = x < EXP_MIN_NORMAL_ARG;
    let x = x.clamp(EXP_MIN_NORMAL_ARG, 88.5);
    let k = (x * LOG2E + ROUND) - ROUND;
    let r = (x - k * LN2_HI) - k * LN2_LO;
    let p = 1.0
        + r * (1.0
            + r * (0.5
                + r * (0.166_666_67 + r * (0.041_666_66 + r * (0.008_333_4 + r * 0.001_388_9)))));
    // 2^k from the bits of k + 127 + 2²³: that float's low mantissa bits hold the biased
    // exponent k + 127 (0..=255 after the clamp), and the shift drops everything above
    // them. A saturating `k as i32` would do the same but does not vectorise on x86.
    let bits = (k + (127.0 + 8_388_608.0)).to_bits() << 23;
    let res = p * f32::from_bits(bits);
    if x.is_nan() {
        x
    } else if below {
        0.0
    } else {
        res
    }
}

/// The smallest argument [`exp_f32`] gives a non-zero result for: a hair above `−126·ln 2`
/// (−87.3365), where `e^x` leaves f32's normal range. Here `e^x ≥ 2⁻¹²⁶`, so `2^k · p(r)`
/// with `k = −126` has `r ≥ 0` and stays normal; the sliver of normal results between the
/// two (below 1.0066 · 2⁻¹²⁶) is flushed with the subnormals.
pub const EXP_MIN_NORMAL_ARG: f32 = -87.33;

/// `tanh x` via `1 − 2/(e^{2x} + 1)`, exact limits at ±inf.
#[inline(always)]
pub fn tanh_f32(x: f32) -> f32 {
    // Cancellation near 0: the odd series to x^7 is exact to f32 there. Both sides are
    // computed and one selected (no early return), so loops over this vectorise.
    let x2 = x * x;
    let series = x * (1.0 + x2 * (-1.0 / 3.0 + x2 * (2.0 / 15.0 - x2 * 17.0 / 315.0)));
    let far = 1.0 - 2.0 / (exp_f32(2.0 * x) + 1.0);
    if x.abs() < 0.0625 {
        series
    } else {
        far
    }
}

/// `Σ a_i b_i` with eight independent partial sums.
#[inline]
pub fn dot(a: &[f32], b: &[f32]) -> f32 {
    let n = a.len().min(b.len());
    let (ca, cb) = (a[..n].chunks_exact(8), b[..n].chunks_exact(8));
    let (ra, rb) = (ca.remainder(), cb.remainder());
    let mut acc = [0f32; 8];
    for (x, y) in ca.zip(cb) {
        for i in 0..8 {
            acc[i] += x[i] * y[i];
        }
    }
    let tail: f32 = ra.iter().zip(rb).map(|(x, y)| x * y).sum();
    acc.iter().sum::<f32>() + tail
}

/// Replaces each `a_i` with `e^(a_i − m)` and returns their sum, eight lanes at a time so
/// both the exponentials and the sum vectorise (a running `sum += e` would be a serial
/// dependency chain and keep the whole loop scalar).
pub fn exp_shift_sum(a: &mut [f32], m: f32) -> f32 {
    exp_shift_sum_wide(a, m)
}

widest_simd! {
    fn exp_shift_sum_wide(a: &mut [f32], m: f32) -> f32 = exp_shift_sum_body;
}

#[inline(always)]
fn exp_shift_sum_body(a: &mut [f32], m: f32) -> f32 {
    // Two plain loops: the exponentials as one flat loop (which LLVM's loop vectoriser
    // turns into full-width vector code; the fused 8-lane form stayed scalar), then the
    // sum in eight lanes, in the same order as a fused loop would add.
    for x in a.iter_mut() {
        *x = exp_f32(*x - m);
    }
    let mut acc = [0f32; 8];
    let chunks = a.chunks_exact(8);
    let tail: f32 = chunks.remainder().iter().fold(0.0, |t, &x| t + x);
    for c in chunks {
        for i in 0..8 {
            acc[i] += c[i];
        }
    }
    acc.iter().sum::<f32>() + tail
}

/// The largest element (`-inf` for an empty slice), eight lanes at a time.
pub fn max_f32(a: &[f32]) -> f32 {
    max_f32_wide(a)
}

widest_simd! {
    fn max_f32_wide(a: &[f32]) -> f32 = max_f32_body;
}

#[inline(always)]
fn max_f32_body(a: &[f32]) -> f32 {
    // `if x > m` rather than `f32::max`: the same result on non-NaN data (NaNs are skipped
    // either way), but one `vmaxps` per vector instead of a max plus NaN fix-up.
    let pick = |m: f32, x: f32| if x > m { x } else { m };
    let mut acc = [f32::NEG_INFINITY; 16];
    let chunks = a.chunks_exact(16);
    let tail = chunks.remainder().iter().fold(f32::NEG_INFINITY, |m, &x| pick(m, x));
    for c in chunks {
        for i in 0..16 {
            acc[i] = pick(acc[i], c[i]);
        }
    }
    acc.iter().fold(tail, |m, &x| pick(m, x))
}

/// One online-softmax step over a row of scores: `m' = max(m, max a)`, then `a ← e^(a − m')`;
/// returns `(m', Σ a)`. One call (one CPU-feature dispatch) for both passes.
pub fn softmax_step(a: &mut [f32], m: f32) -> (f32, f32) {
    softmax_step_wide(a, m)
}

widest_simd! {
    fn softmax_step_wide(a: &mut [f32], m: f32) -> (f32, f32) = softmax_step_body;
}

#[inline(always)]
fn softmax_step_body(a: &mut [f32], m: f32) -> (f32, f32) {
    let m = m.max(max_f32_body(a));
    (m, exp_shift_sum_body(a, m))
}

/// `Σ a_i` in f64 from eight f32 partial sums of at most 64 terms each refreshed into f64,
/// so long rows keep f64-like accuracy at f32 speed.
#[inline(always)]
pub fn sum_f64(a: &[f32]) -> f64 {
    let mut total = 0f64;
    for block in a.chunks(512) {
        let mut acc = [0f32; 8];
        let c = block.chunks_exact(8);
        let rest: f32 = c.remainder().iter().sum();
        for x in c {
            for i in 0..8 {
                acc[i] += x[i];
            }
        }
        total += acc.iter().map(|&v| v as f64).sum::<f64>() + rest as f64;
    }
    total
}

/// `Σ (a_i − c)²` in f64, blocked like [`sum_f64`].
#[inline(always)]
pub fn sum_sq_f64(a: &[f32], c: f32) -> f64 {
    let mut total = 0f64;
    for block in a.chunks(512) {
        let mut acc = [0f32; 8];
        let ch = block.chunks_exact(8);
        let rest: f32 = ch.remainder().iter().map(|&x| (x - c) * (x - c)).sum();
        for x in ch {
            for i in 0..8 {
                acc[i] += (x[i] - c) * (x[i] - c);
            }
        }
        total += acc.iter().map(|&v| v as f64).sum::<f64>() + rest as f64;
    }
    total
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exp_is_accurate() {
        let mut worst = 0f64;
        let mut x = -87.0f32;
        while x < 88.0 {
            let e = (x as f64).exp();
            worst = worst.max(((exp_f32(x) as f64 - e) / e).abs());
            x += 0.0137;
        }
        assert!(worst < 5e-7, "worst relative error {worst}");
        assert_eq!(exp_f32(-1000.0), 0.0);
        assert_eq!(exp_f32(f32::NEG_INFINITY), 0.0);
        assert!(exp_f32(1000.0) > 1e38);
        assert!(exp_f32(f32::NAN).is_nan());
    }

    /// Every result is 0 or normal (a subnormal made each vector op on it ~100 cycles),
    /// and the flush to 0 happens only where `e^x` is below the normal range anyway.
    #[test]
    fn exp_never_returns_a_subnormal() {
        let mut x = -120.0f32;
        while x < -80.0 {
            let e = exp_f32(x);
            assert!(e == 0.0 || e.is_normal(), "exp_f32({x}) = {e:e} is subnormal");
            if e == 0.0 {
                // Flushed: below the normal range, or in the sliver just above it.
                let bound = f32::MIN_POSITIVE as f64 * 1.0066;
                assert!((x as f64).exp() < bound, "exp_f32({x}) = 0");
            } else {
                let want = (x as f64).exp();
                assert!(((e as f64 - want) / want).abs() < 5e-7, "exp_f32({x}) = {e:e}");
            }
            x += 0.001;
        }
        assert!(exp_f32(EXP_MIN_NORMAL_ARG).is_normal());
        assert_eq!(exp_f32(EXP_MIN_NORMAL_ARG - 0.001), 0.0);
    }

    #[test]
    fn tanh_is_accurate() {
        let mut x = -20.0f32;
        while x < 20.0 {
            let t = (x as f64).tanh();
            assert!((tanh_f32(x) as f64 - t).abs() < 2e-7, "tanh({x})");
            x += 0.00731;
        }
        assert_eq!(tanh_f32(f32::INFINITY), 1.0);
        assert_eq!(tanh_f32(f32::NEG_INFINITY), -1.0);
    }

    #[test]
    fn exp_shift_sum_and_max() {
        let mut a: Vec<f32> = (0..29).map(|i| (i as f32 * 0.37).sin() * 4.0).collect();
        let m = max_f32(&a);
        assert_eq!(m, a.iter().fold(f32::NEG_INFINITY, |x, &y| x.max(y)));
        assert_eq!(max_f32(&[]), f32::NEG_INFINITY);
        let long: Vec<f32> = (0..53).map(|i| ((i * 37 % 53) as f32 - 20.0) * 0.5).collect();
        assert_eq!(max_f32(&long), 16.0);
        let (mut b, mut c) = (a.clone(), a.clone());
        let (m2, s2) = softmax_step(&mut b, m - 1.0);
        assert_eq!((m2, s2), (m, exp_shift_sum(&mut c, m)));
        assert_eq!(b, c);
        assert_eq!(softmax_step(&mut a.clone(), m + 3.0).0, m + 3.0);
        let want: Vec<f64> = a.iter().map(|&x| ((x - m) as f64).exp()).collect();
        let sum = exp_shift_sum(&mut a, m);
        for (g, w) in a.iter().zip(&want) {
            assert!((*g as f64 - w).abs() <= 1e-6 * w, "{g} vs {w}");
        }
        assert!((sum as f64 - want.iter().sum::<f64>()).abs() < 1e-5);
    }

    #[test]
    fn dot_and_sum_match_f64() {
        let a: Vec<f32> = (0..1037).map(|i| ((i * 37) % 101) as f32 / 101.0 - 0.5).collect();
        let b: Vec<f32> = (0..1037).map(|i| ((i * 53) % 97) as f32 / 97.0 - 0.5).collect();
        let d: f64 = a.iter().zip(&b).map(|(&x, &y)| x as f64 * y as f64).sum();
        assert!((dot(&a, &b) as f64 - d).abs() < 1e-4);
        let s: f64 = a.iter().map(|&x| x as f64).sum();
        assert!((sum_f64(&a) - s).abs() < 1e-6);
    }
}
