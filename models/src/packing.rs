//! NaViT "Patch n' Pack": many variable-length examples packed into sequences of at most
//! `max_len` tokens, with optional token dropping.
//!
//! Packing is first-fit decreasing: examples are taken longest first and each goes into the
//! first sequence with room (ties keep input order, so the result is deterministic). Each
//! packed sequence is one buffer of tokens; `cu_seqlens` marks where each example starts,
//! which is exactly what block-diagonal packed attention needs.

use thiserror::Error;

/// One example to pack: an image of `rows × cols` patches.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Example {
    /// Patch rows.
    pub rows: usize,
    /// Patch columns.
    pub cols: usize,
}

impl Example {
    /// Patches before dropping.
    pub fn len(&self) -> usize {
        self.rows * self.cols
    }

    /// True when the example has no patch.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// A token's origin: example id and patch position.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// Index of the example in the input list.
    pub example: usize,
    /// Patch row.
    pub row: usize,
    /// Patch column.
    pub col: usize,
}

/// One packed sequence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sequence {
    /// Example boundaries, `[0, .., len]` (i32, as kernels take them).
    pub cu_seqlens: Vec<i32>,
    /// Example ids, in packing order (one per segment).
    pub examples: Vec<usize>,
    /// Every token, in order.
    pub tokens: Vec<Token>,
}

impl Sequence {
    /// Tokens used.
    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    /// True when nothing was packed.
    pub fn is_empty(&self) -> bool {
        self.tokens.is_empty()
    }
}

/// Why packing failed.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum PackError {
    /// An example (after dropping) is longer than a sequence.
    #[error("example {example} has {len} tokens after dropping, more than max_len = {max_len}")]
    TooLong {
        /// The example.
        example: usize,
        /// Its token count.
        len: usize,
        /// The sequence capacity.
        max_len: usize,
    },
    /// The drop rate is not in `[0, 1)`.
    #[error("drop rate {0} must be in [0, 1)")]
    BadRate(f64),
}

/// Packing options.
#[derive(Clone, Copy, Debug)]
pub struct PackOptions {
    /// Capacity of each sequence in tokens.
    pub max_len: usize,
    /// Fraction of each example's patches dropped at random (NaViT's token dropping).
    pub drop_rate: f64,
    /// Seed of the dropping.
    pub seed: u64,
}

/// Packs `examples` first-fit decreasing; with dropping, each example keeps
/// `len - floor(len · rate)` patches chosen at random (seeded), in raster order.
pub fn pack(examples: &[Example], opts: &PackOptions) -> Result<Vec<Sequence>, PackError> {
    if !(0.0..1.0).contains(&opts.drop_rate) {
        return Err(PackError::BadRate(opts.drop_rate));
    }
    let mut rng = SplitMix64(opts.seed);
    let kept: Vec<Vec<Token>> = examples
        .iter()
        .enumerate()
        .map(|(i, e)| keep_tokens(i, e, opts.drop_rate, &mut rng))
        .collect();
    let mut order: Vec<usize> = (0..examples.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(kept[i].len()));
    let mut seqs: Vec<Sequence> = Vec::new();
    for i in order {
        let len = kept[i].len();
        if len > opts.max_len {
            return Err(PackError::TooLong { example: i, len, max_len: opts.max_len });
        }
        let slot = seqs.iter().position(|s| s.len() + len <= opts.max_len);
        let s = match slot {
            Some(k) => &mut seqs[k],
            None => {
                seqs.push(Sequence {
                    cu_seqlens: vec![0],
                    examples: Vec::new(),
                    tokens: Vec::new(),
                });
                seqs.last_mut().expect("just pushed")
            }
        };
        s.tokens.extend_from_slice(&kept[i]);
        s.examples.push(i);
        s.cu_seqlens.push(s.tokens.len() as i32);
    }
    Ok(seqs)
}

fn keep_tokens(example: usize, e: &Example, rate: f64, rng: &mut SplitMix64) -> Vec<Token> {
    let n = e.len();
    let drop = (n as f64 * rate).floor() as usize;
    choose_patches(n, n - drop, rng)
        .into_iter()
        .map(|p| Token { example, row: p / e.cols.max(1), col: p % e.cols.max(1) })
        .collect()
}

/// `keep` of the indices `0..n` (at most `n`) chosen at random from `rng`, in increasing
/// order: the patches (raster indices) an example keeps under token dropping.
pub fn choose_patches(n: usize, keep: usize, rng: &mut SplitMix64) -> Vec<usize> {
    let keep = keep.min(n);
    // Partial Fisher-Yates: the first `keep` positions of a random permutation.
    let mut idx: Vec<usize> = (0..n).collect();
    for i in 0..keep {
        let j = i + (rng.next_u64() % (n - i) as u64) as usize;
        idx.swap(i, j);
    }
    idx.truncate(keep);
    idx.sort_unstable();
    idx
}

/// A small, seedable, dependency-free generator (Steele et al.'s SplitMix64).
#[derive(Clone, Debug)]
pub struct SplitMix64(pub u64);

impl SplitMix64 {
    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ex(rows: usize, cols: usize) -> Example {
        Example { rows, cols }
    }

    #[test]
    fn first_fit_decreasing_fills_sequences() {
        let e = [ex(2, 2), ex(3, 3), ex(1, 5), ex(2, 3)];
        let seqs = pack(&e, &PackOptions { max_len: 10, drop_rate: 0.0, seed: 0 }).unwrap();
        // Sorted lengths 9, 6, 5, 4: 9 alone; 6 + 4; 5 alone.
        assert_eq!(seqs.len(), 3);
        assert_eq!(seqs[0].examples, vec![1]);
        assert_eq!(seqs[1].examples, vec![3, 0]);
        assert_eq!(seqs[1].cu_seqlens, vec![0, 6, 10]);
        assert_eq!(seqs[2].examples, vec![2]);
        let t = seqs[1].tokens[7];
        assert_eq!((t.example, t.row, t.col), (0, 0, 1));
    }

    #[test]
    fn every_token_is_packed_once() {
        let e: Vec<Example> = (1..20).map(|i| ex(i % 5 + 1, i % 7 + 1)).collect();
        let seqs = pack(&e, &PackOptions { max_len: 40, drop_rate: 0.0, seed: 1 }).unwrap();
        let total: usize = seqs.iter().map(Sequence::len).sum();
        assert_eq!(total, e.iter().map(Example::len).sum::<usize>());
        assert!(seqs.iter().all(|s| s.len() <= 40));
    }

    #[test]
    fn dropping_is_seeded_and_keeps_raster_order() {
        let e = [ex(8, 8)];
        let o = PackOptions { max_len: 64, drop_rate: 0.5, seed: 7 };
        let a = pack(&e, &o).unwrap();
        let b = pack(&e, &o).unwrap();
        assert_eq!(a, b);
        assert_eq!(a[0].len(), 32);
        let pos: Vec<usize> = a[0].tokens.iter().map(|t| t.row * 8 + t.col).collect();
        assert!(pos.windows(2).all(|w| w[0] < w[1]));
        let c = pack(&e, &PackOptions { seed: 8, ..o }).unwrap();
        assert_ne!(a, c);
    }

    #[test]
    fn errors_are_reported() {
        let too_long = pack(&[ex(5, 5)], &PackOptions { max_len: 10, drop_rate: 0.0, seed: 0 });
        assert!(matches!(too_long, Err(PackError::TooLong { example: 0, len: 25, .. })));
        let rate = pack(&[ex(1, 1)], &PackOptions { max_len: 10, drop_rate: 1.0, seed: 0 });
        assert!(matches!(rate, Err(PackError::BadRate(_))));
    }
}
