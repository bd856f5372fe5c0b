//! Scalar math written so the compiler vectorises it: branch-free `exp` and `tanh`, and a
//! dot product with independent accumulators (a plain `.sum()` is a serial dependency
//! chain, since float addition does not reassociate).

/// `e^x` in f32 to about 2 ulp: `2^k · p(r)` with `x = k ln2 + r`, `|r| ≤ ln2/2`, and a
/// degree-6 polynomial for `e^r`. Saturates to 0 / +inf outside ±88.
#[inline(always)]
pub fn exp_f32(x: f32) -> f32 {
    const LOG2E: f32 = std::f32::consts::LOG2_E;
    const LN2_HI: f32 = 0.693_145_75;
    const LN2_LO: f32 = 1.428_606_8e-6;
    let x = x.clamp(-87.5, 88.5);
    let k = (x * LOG2E).round();
    let r = (x - k * LN2_HI) - k * LN2_LO;
    let p = 1.0
        + r * (1.0
            + r * (0.5
                + r * (0.166_666_67 + r * (0.041_666_66 + r * (0.008_333_4 + r * 0.001_388_9)))));
    let bits = ((k as i32 + 127) as u32) << 23;
    let res = p * f32::from_bits(bits);
    if x.is_nan() {
        x
    } else {
        res
    }
}

/// `tanh x` via `1 − 2/(e^{2x} + 1)`, exact limits at ±inf.
#[inline(always)]
pub fn tanh_f32(x: f32) -> f32 {
    if x.abs() < 0.0625 {
        // Cancellation near 0: the odd series to x^7 is exact to f32 here.
        let x2 = x * x;
        return x * (1.0 + x2 * (-1.0 / 3.0 + x2 * (2.0 / 15.0 - x2 * 17.0 / 315.0)));
    }
    1.0 - 2.0 / (exp_f32(2.0 * x) + 1.0)
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
#[inline]
pub fn exp_shift_sum(a: &mut [f32], m: f32) -> f32 {
    let mut acc = [0f32; 8];
    let mut chunks = a.chunks_exact_mut(8);
    for c in &mut chunks {
        for i in 0..8 {
            c[i] = exp_f32(c[i] - m);
            acc[i] += c[i];
        }
    }
    let mut tail = 0f32;
    for x in chunks.into_remainder() {
        *x = exp_f32(*x - m);
        tail += *x;
    }
    acc.iter().sum::<f32>() + tail
}

/// The largest element (`-inf` for an empty slice), eight lanes at a time.
#[inline]
pub fn max_f32(a: &[f32]) -> f32 {
    let mut acc = [f32::NEG_INFINITY; 8];
    let chunks = a.chunks_exact(8);
    let tail = chunks.remainder().iter().fold(f32::NEG_INFINITY, |m, &x| m.max(x));
    for c in chunks {
        for i in 0..8 {
            acc[i] = acc[i].max(c[i]);
        }
    }
    acc.iter().fold(tail, |m, &x| m.max(x))
}

/// `Σ a_i` in f64 from eight f32 partial sums of at most 64 terms each refreshed into f64,
/// so long rows keep f64-like accuracy at f32 speed.
#[inline]
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
#[inline]
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
        assert_eq!(exp_f32(-1000.0), 0.0f32.max(exp_f32(-1000.0)));
        assert!(exp_f32(1000.0) > 1e38);
        assert!(exp_f32(f32::NAN).is_nan());
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
