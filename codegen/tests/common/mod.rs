//! Helpers shared by the codegen integration tests (each file that needs them says
//! `mod common;`).

/// Deterministic values in [-1, 1) (xorshift64 from `seed`).
pub fn values(seed: u64, n: usize) -> Vec<f64> {
    let mut s = seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1;
    (0..n)
        .map(|_| {
            s ^= s << 13;
            s ^= s >> 7;
            s ^= s << 17;
            (s >> 11) as f64 / (1u64 << 52) as f64 - 1.0
        })
        .collect()
}
