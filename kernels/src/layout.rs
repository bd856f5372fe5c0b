//! Strided views: how a kernel argument's elements sit in its buffer. Permute, slice and
//! broadcast only change a view, so they cost nothing until a kernel reads through them.

/// Shape, strides (in elements) and offset of a tensor inside a buffer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct View {
    /// Sizes, outermost first.
    pub shape: Vec<usize>,
    /// Element strides; 0 for a broadcast dimension.
    pub strides: Vec<isize>,
    /// Index of element `[0, 0, ...]`.
    pub offset: usize,
}

impl View {
    /// The dense row-major view of `shape`.
    pub fn contiguous(shape: &[usize]) -> View {
        let mut strides = vec![0isize; shape.len()];
        let mut s = 1isize;
        for i in (0..shape.len()).rev() {
            strides[i] = s;
            s *= shape[i] as isize;
        }
        View { shape: shape.to_vec(), strides, offset: 0 }
    }

    /// Number of elements.
    pub fn numel(&self) -> usize {
        self.shape.iter().product()
    }

    /// True when the elements are dense and row-major from `offset`.
    pub fn is_contiguous(&self) -> bool {
        let c = View::contiguous(&self.shape);
        self.shape
            .iter()
            .zip(self.strides.iter().zip(&c.strides))
            .all(|(&n, (&a, &b))| n <= 1 || a == b)
    }

    /// Axes reordered: `out.shape[i] = shape[perm[i]]`.
    pub fn permute(&self, perm: &[usize]) -> View {
        View {
            shape: perm.iter().map(|&p| self.shape[p]).collect(),
            strides: perm.iter().map(|&p| self.strides[p]).collect(),
            offset: self.offset,
        }
    }

    /// `[start..end]` along `axis`.
    pub fn slice(&self, axis: usize, start: usize, end: usize) -> View {
        let mut v = self.clone();
        if end > start {
            v.offset = (v.offset as isize + start as isize * v.strides[axis]) as usize;
        }
        v.shape[axis] = end - start;
        v
    }

    /// Broadcast (numpy rules) to `shape`; the caller has checked that it broadcasts.
    pub fn broadcast_to(&self, shape: &[usize]) -> View {
        let lead = shape.len() - self.shape.len();
        let strides = (0..shape.len())
            .map(|i| match i.checked_sub(lead) {
                Some(j) if self.shape[j] == shape[i] => self.strides[j],
                _ => 0,
            })
            .collect();
        View { shape: shape.to_vec(), strides, offset: self.offset }
    }

    /// A contiguous view reinterpreted with a new shape of equal size (`None` when the
    /// view is not contiguous: then the data must be copied first).
    pub fn reshape(&self, shape: &[usize]) -> Option<View> {
        self.is_contiguous().then(|| View { offset: self.offset, ..View::contiguous(shape) })
    }

    /// Buffer index of the element at row-major position `linear`.
    pub fn index_of(&self, mut linear: usize) -> usize {
        let mut idx = self.offset as isize;
        for i in (0..self.shape.len()).rev() {
            let n = self.shape[i];
            idx += (linear % n) as isize * self.strides[i];
            linear /= n;
        }
        idx as usize
    }

    /// Buffer indices of `len` consecutive row-major elements from `start`, into `out`.
    /// Walks a multi-index instead of dividing per element.
    pub fn indices(&self, start: usize, len: usize, out: &mut Vec<usize>) {
        out.clear();
        if len == 0 {
            return;
        }
        let rank = self.shape.len();
        let mut pos = vec![0usize; rank];
        let mut rem = start;
        for i in (0..rank).rev() {
            pos[i] = rem % self.shape[i];
            rem /= self.shape[i];
        }
        let mut idx = self.index_of(start) as isize;
        for _ in 0..len {
            out.push(idx as usize);
            for i in (0..rank).rev() {
                pos[i] += 1;
                idx += self.strides[i];
                if pos[i] < self.shape[i] {
                    break;
                }
                idx -= self.strides[i] * self.shape[i] as isize;
                pos[i] = 0;
            }
        }
    }
}
