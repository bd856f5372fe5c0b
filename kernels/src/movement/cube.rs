//! Data movement on the device: strided copies (a view materialised, with an element
//! offset), concat (one strided copy per part into its slot of the output), gather, iota.

use cubecl::prelude::*;
use cubecl::server::Handle;
use packfuse_ir::{DType, TensorData};

use crate::cube::{download, expect_args, storage_type, DeviceTensor, Target};
use crate::elementwise::cube::strided_offset;
use crate::error::{bad, KernelError};
use crate::layout::View;

/// Units per cube.
const CUBE: u32 = 256;

/// `dst[dst_off + view(pos)] = src[src_off + view(pos)]` for every row-major position of
/// `src`'s shape (`dst` shares that shape, with its own strides).
#[cube(launch)]
fn copy_kernel<T: Numeric>(
    src: &Tensor<T>,
    dst: &mut Tensor<T>,
    src_off: usize,
    dst_off: usize,
    numel: usize,
    #[comptime] rank: usize,
    #[comptime] dense_dst: bool,
    #[define(T)] _t: StorageType,
) {
    let pos = ABSOLUTE_POS;
    if pos < numel {
        let v = src[src_off + strided_offset::<T>(src, pos, rank)];
        if comptime!(dense_dst) {
            dst[dst_off + pos] = v;
        } else {
            dst[dst_off + strided_offset::<T>(dst, pos, rank)] = v;
        }
    }
}

/// One strided copy of `src` (from element `src_off`) into `dst` (from `dst_off`).
fn launch_copy<R: Runtime>(
    client: &ComputeClient<R>,
    target: &Target,
    src: &DeviceTensor,
    src_off: usize,
    dst: &DeviceTensor,
    dst_off: usize,
) -> Result<(), KernelError> {
    target.check_dtypes("copy", [src.dtype])?;
    if src.dtype != dst.dtype || src.shape != dst.shape {
        let msg = format!("{} {:?} into {} {:?}", src.dtype, src.shape, dst.dtype, dst.shape);
        return Err(bad("copy", msg));
    }
    let numel = src.numel();
    if numel == 0 {
        return Ok(());
    }
    copy_kernel::launch::<R>(
        client,
        target.grid(numel.div_ceil(CUBE as usize)),
        CubeDim::new_1d(CUBE),
        src.arg(),
        dst.arg(),
        src_off,
        dst_off,
        numel,
        src.shape.len(),
        dst.is_contiguous(),
        storage_type(src.dtype),
    );
    Ok(())
}

/// Copies the strided tensor `src` into the dense tensor `out` (same dtype and shape).
pub fn copy<R: Runtime>(
    client: &ComputeClient<R>,
    target: &Target,
    src: &DeviceTensor,
    out: &DeviceTensor,
) -> Result<(), KernelError> {
    launch_copy(client, target, src, 0, out, 0)
}

/// See [`crate::cube::copy_view`].
pub fn copy_view<R: Runtime>(
    client: &ComputeClient<R>,
    target: &Target,
    src: &Handle,
    dtype: DType,
    view: &View,
    out: &DeviceTensor,
) -> Result<(), KernelError> {
    let strides: Option<Vec<usize>> =
        view.strides.iter().map(|&s| usize::try_from(s).ok()).collect();
    let Some(strides) = strides else {
        return Err(bad("copy_view", format!("negative strides {:?}", view.strides)));
    };
    let src = DeviceTensor { handle: src.clone(), shape: view.shape.clone(), strides, dtype };
    launch_copy(client, target, &src, view.offset, out, 0)
}

/// Joins `args` along `axis` into `out`: one strided copy per part.
pub fn concat<R: Runtime>(
    client: &ComputeClient<R>,
    target: &Target,
    axis: usize,
    args: &[DeviceTensor],
    out: &DeviceTensor,
) -> Result<(), KernelError> {
    if axis >= out.shape.len() {
        return Err(bad("concat", format!("axis {axis} of a rank-{} output", out.shape.len())));
    }
    let mut start = 0;
    for a in args {
        let slot = out.restrided(a.shape.clone(), out.strides.clone());
        launch_copy(client, target, a, 0, &slot, start * out.strides[axis])?;
        start += a.shape.get(axis).copied().unwrap_or(0);
    }
    Ok(())
}

/// `out[pos] = (pos / inner) % n`, the index along the axis.
#[cube(launch)]
fn iota_kernel<O: Numeric>(
    out: &mut Tensor<O>,
    n: usize,
    inner: usize,
    numel: usize,
    #[define(O)] _o: StorageType,
) {
    let pos = ABSOLUTE_POS;
    if pos < numel {
        out[pos] = O::cast_from(((pos / inner) % n) as u32);
    }
}

/// Fills `out` with the index along `axis`.
pub fn iota<R: Runtime>(
    client: &ComputeClient<R>,
    target: &Target,
    axis: usize,
    out: &DeviceTensor,
) -> Result<(), KernelError> {
    target.check_dtypes("iota", [out.dtype])?;
    let Some(&n) = out.shape.get(axis) else {
        return Err(bad("iota", format!("axis {axis} of shape {:?}", out.shape)));
    };
    let numel = out.numel();
    if numel == 0 {
        return Ok(());
    }
    let inner = out.shape[axis + 1..].iter().product::<usize>();
    iota_kernel::launch::<R>(
        client,
        target.grid(numel.div_ceil(CUBE as usize)),
        CubeDim::new_1d(CUBE),
        out.arg(),
        n,
        inner,
        numel,
        storage_type(out.dtype),
    );
    Ok(())
}

/// `out[o, j, r] = data[o, idx[j], r]` with `data` seen as `[outer, n, inner]`.
#[cube(launch)]
fn gather_kernel<T: Numeric>(
    data: &Tensor<T>,
    idx: &Tensor<i32>,
    out: &mut Tensor<T>,
    n: usize,
    count: usize,
    inner: usize,
    numel: usize,
    #[comptime] data_rank: usize,
    #[comptime] idx_rank: usize,
    #[define(T)] _t: StorageType,
) {
    let pos = ABSOLUTE_POS;
    if pos < numel {
        let r = pos % inner;
        let j = (pos / inner) % count;
        let o = pos / (inner * count);
        let i = idx[strided_offset::<i32>(idx, j, idx_rank)] as usize;
        let src = (o * n + i) * inner + r;
        out[pos] = data[strided_offset::<T>(data, src, data_rank)];
    }
}

/// Reads an i32 tensor (any strides) back to the host, row-major.
pub fn read_i32<R: Runtime>(
    client: &ComputeClient<R>,
    t: &DeviceTensor,
) -> Result<Vec<i32>, KernelError> {
    let view = View {
        shape: t.shape.clone(),
        strides: t.strides.iter().map(|&s| s as isize).collect(),
        offset: 0,
    };
    let extent =
        t.shape.iter().zip(&t.strides).map(|(&n, &s)| n.saturating_sub(1) * s).sum::<usize>();
    let len = if t.numel() == 0 { 0 } else { extent + 1 };
    let TensorData::I32(all) = download(client, &t.handle, DType::I32, len)? else {
        return Err(bad("read_i32", "not an i32 buffer"));
    };
    let mut idx = Vec::new();
    view.indices(0, view.numel(), &mut idx);
    idx.iter()
        .map(|&i| all.get(i).copied().ok_or_else(|| bad("read_i32", "buffer too small")))
        .collect()
}

/// Gathers along `axis`; indices are checked on the host first (an out-of-range index is
/// `BadArgument`, never a clamped read).
pub fn gather<R: Runtime>(
    client: &ComputeClient<R>,
    target: &Target,
    axis: usize,
    args: &[DeviceTensor],
    out: &DeviceTensor,
) -> Result<(), KernelError> {
    gather_with(client, target, axis, args, out, true)
}

/// [`gather`] without reading the indices back: every index is taken as 0 (in range for
/// any non-empty axis), so the kernel a run would launch is built, for source emission on
/// a runtime that holds no data.
pub fn gather_without_data<R: Runtime>(
    client: &ComputeClient<R>,
    target: &Target,
    axis: usize,
    args: &[DeviceTensor],
    out: &DeviceTensor,
) -> Result<(), KernelError> {
    gather_with(client, target, axis, args, out, false)
}

fn gather_with<R: Runtime>(
    client: &ComputeClient<R>,
    target: &Target,
    axis: usize,
    args: &[DeviceTensor],
    out: &DeviceTensor,
    read_indices: bool,
) -> Result<(), KernelError> {
    expect_args("gather", args, 2)?;
    let (data, idx) = (&args[0], &args[1]);
    target.check_dtypes("gather", [data.dtype])?;
    if idx.dtype != DType::I32 || axis >= data.shape.len() {
        return Err(bad(
            "gather",
            format!("{} indices, axis {axis} of {:?}", idx.dtype, data.shape),
        ));
    }
    let n = data.shape[axis];
    let host = if read_indices { read_i32(client, idx)? } else { vec![0; idx.numel()] };
    if let Some(&b) = host.iter().find(|&&i| i < 0 || i as usize >= n) {
        return Err(bad("gather", format!("index {b} out of range for axis {axis} of size {n}")));
    }
    let numel = out.numel();
    if numel == 0 || host.is_empty() {
        return Ok(());
    }
    let inner = data.shape[axis + 1..].iter().product::<usize>().max(1);
    gather_kernel::launch::<R>(
        client,
        target.grid(numel.div_ceil(CUBE as usize)),
        CubeDim::new_1d(CUBE),
        data.arg(),
        idx.arg(),
        out.arg(),
        n,
        host.len(),
        inner,
        numel,
        data.shape.len(),
        idx.shape.len(),
        storage_type(data.dtype),
    );
    Ok(())
}
