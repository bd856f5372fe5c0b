#!/usr/bin/env bash
# The prepared GPU check: run from the repository root on a machine with an NVIDIA GPU, no
# Rust toolchain and no network, with benches/gpu/bin/ built beforehand by
# benches/gpu/build.sh and carried along. Everything it prints also goes to $OUT/check.log
# (or /tmp) when OUT is set. Steps, most telling first, each under its own timeout so one
# hang cannot eat the lease (worst case about 9 minutes, usually far less):
#   1. the SigLIP 2 B/16 image tower against PyTorch SDPA on the same card (and under
#      TOWER_VARIANTS: other matmul kernels and tilings), then where each side spends a
#      run (packfuse's PACKFUSE_PROFILE table, torch.profiler's top, and where Nsight
#      Systems is installed, packfuse's kernels as the device timed them, without waits);
#   2. benches/gpu/compare.py: packfuse on cuda against PyTorch on the same card, outputs
#      compared in float64, medians timed (attention vs SDPA, sigmoid loss vs materialised);
#   3. the attention and sigmoid loss suites on cpu, vulkan (when the NVIDIA ICD is
#      there) and cuda (PACKFUSE_DEVICE=cuda adds it), and the prepack test;
#   4. `packfuse bench --device cuda`;
#   5. the RINS suites, the SigLIP 2 NaFlex fixture on cuda (padded and packed), the bench
#      cases again under PACKFUSE_MATMUL=cubek-unit, and the property tests on cuda;
#   6. a short table: card, date, what passed.
# CHECK_DEADLINE=S (seconds, default 540) bounds the whole script: each step's timeout is
# cut to what is left, and a step with under 15 s left is skipped (said in the table), so
# the table prints inside a device call's limit.
# Usage: bash benches/gpu/check.sh [--quick | --no-compare]
#   (--quick: compare.py skips N = 32768; --no-compare: no PyTorch comparison)
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
bin=benches/gpu/bin
log="${OUT:-/tmp}/check.log"
exec > >(tee "$log") 2>&1
# build.sh compresses the executables with xz to fit the 64 MiB a device call carries
# (Python's lzma unpacks them where xz is missing).
for f in "$bin"/*.xz; do
    [ -e "$f" ] || continue
    xz -d -f "$f" 2>/dev/null ||
        python3 -c 'import lzma, shutil, sys; shutil.copyfileobj(lzma.open(sys.argv[1]), open(sys.argv[1][:-3], "wb"))' "$f"
    chmod +x "${f%.xz}"
done
export LD_LIBRARY_PATH="$PWD/$bin/lib:${LD_LIBRARY_PATH:-}"
# cubecl-cuda needs the CUDA headers for NVRTC (the toolkit, or the pip wheels' folder) and
# cudarc dlopens libnvrtc from the library path.
if [ -z "${CUDA_PATH:-}" ]; then
    for d in /usr/local/cuda $(python3 -c 'import nvidia, os; print(os.path.dirname(nvidia.__file__) + "/cu13")' 2>/dev/null); do
        [ -d "$d/include" ] && export CUDA_PATH="$d" && break
    done
fi
[ -n "${CUDA_PATH:-}" ] && export LD_LIBRARY_PATH="$LD_LIBRARY_PATH:$CUDA_PATH/lib64:$CUDA_PATH/lib"
icd=/usr/local/nvidia/share/vulkan/icd.d/nvidia_icd.json
[ -f "$icd" ] && export VK_DRIVER_FILES="$icd"
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-/tmp}"
declare -A result
deadline=${CHECK_DEADLINE:-540}
run() { # name, timeout, command...
    local name=$1 t=$2 s=$SECONDS; shift 2
    local left=$((deadline - SECONDS))
    if [ "$left" -lt 15 ]; then result[$name]="skipped (deadline)"; return; fi
    [ "$t" -gt "$left" ] && t=$left
    echo "==== $name (timeout $t s): $*"
    if timeout "$t" "$@"; then result[$name]="pass ($((SECONDS - s)) s)"; else result[$name]="FAIL rc=$? ($((SECONDS - s)) s)"; fi
}
date -u
nvidia-smi --query-gpu=name,driver_version,memory.total,clocks.sm,clocks.max.sm --format=csv,noheader || true
echo "CUDA_PATH=${CUDA_PATH:-unset} VK_DRIVER_FILES=${VK_DRIVER_FILES:-unset}"
"$bin/packfuse" devices
# The SigLIP 2 B/16 image tower (batch 8, 224²) against PyTorch SDPA on the same card.
# TOWER_VARIANTS=NAME=V1,V2[;NAME2=...] also times packfuse under each setting
# (siglip_tower.py --env-variants). By default the matmul tilings 8x4v (32x32 tiles: four
# times the cubes of the default 16x4v, whose [1568, 768] products fill only ~2 cubes per
# SM of an H200), 16x4vp (prefetching) and 16x4vk32 (32-deep slices: half the barriers),
# CubeCL's upload path instead of the direct CUDA copy (PACKFUSE_CUDA_UPLOAD=cubecl; new in
# session 12, compiled but not yet run on a GPU), and cubek-matmul's routines in place of our matmul kernel: cubek-unit (full
# f32, 1.9x ours on lavapipe) and cubek-cmma (tensor cores: TF32 on f32 operands, so its
# error against PyTorch's f32 is expected near 1e-3, and its time is not an f32 result);
# TOWER_VARIANTS= (empty) times the default alone.
# Each variant costs a process start (weights, prepack, NVRTC) per round: with four
# variants the step took 120 s on the H200 (session 9); six take about 170, and nsys (where
# there) up to 3 minutes more at worst (its own timeouts).
TOWER_VARIANTS="${TOWER_VARIANTS-PACKFUSE_MATMUL=cubek-unit,cubek-cmma;PACKFUSE_MATMUL_TILE=8x4v,16x4vp,16x4vk32;PACKFUSE_CUDA_UPLOAD=cubecl}"
run "siglip-tower/cuda" 270 python3 "$bin/siglip_tower.py" "$bin/packfuse" --device cuda \
    --runs 10 --rounds 3 --profile ${TOWER_VARIANTS:+--env-variants "$TOWER_VARIANTS"}
# packfuse on cuda against PyTorch (attention vs SDPA, the loss vs materialised at 16k and
# 32k), outputs checked in float64. LOSS_VARIANTS also times the 16k loss under other matmul
# kernels and tilings (a 512 MiB H chunk was 5% faster in session 9 and is no longer
# repeated), and with glibc's allocator defaults (PACKFUSE_HOST_HEAP=glibc:
# every upload and read-back in fresh, page-faulting memory, as before session 11) and with
# CubeCL's uploads instead of the direct copy (PACKFUSE_CUDA_UPLOAD=cubecl), ATTN_VARIANTS
# the f32 attention forward under other settings (compare.py; empty: none).
export LOSS_VARIANTS="${LOSS_VARIANTS-PACKFUSE_MATMUL=cubek-unit;PACKFUSE_MATMUL_TILE=8x4v,16x4vk32;PACKFUSE_HOST_HEAP=glibc;PACKFUSE_CUDA_UPLOAD=cubecl}"
export ATTN_VARIANTS="${ATTN_VARIANTS-PACKFUSE_ATTN_VEC=0}"
[ "${1:-}" = "--no-compare" ] || run "compare-torch" 200 python3 "$bin/compare.py" "$bin/packfuse" "$@"
# One test at a time, so a crash names its test. The recurse CLI test needs the cargo-built
# binary beside it, which is not carried.
for t in attention sigmoid_loss prepack slices; do
    run "$t/cpu+vk+cuda" 90 env PACKFUSE_DEVICE=cuda "$bin/$t" --test-threads 1 --skip cli_
done
run "bench/cuda" 60 "$bin/packfuse" bench --device cuda
for t in recurse rins_adapters; do
    run "$t/cpu+vk+cuda" 90 env PACKFUSE_DEVICE=cuda "$bin/$t" --test-threads 1 --skip cli_
done
# SigLIP 2 NaFlex on the transformers fixture, on cuda (padded and packed), checked here.
fx=tests/fixtures/siglip2
for layout in padded packed; do
    flags=(); [ $layout = packed ] && flags=(--packed)
    run "siglip2-fixture/$layout" 60 "$bin/packfuse" model siglip2 --device cuda --return-loss \
        "${flags[@]}" --checkpoint $fx/checkpoint --inputs $fx/inputs.safetensors \
        --out /tmp/siglip2-$layout.safetensors
    run "siglip2-fixture/$layout/check" 30 python3 "$bin/check_fixture.py" \
        /tmp/siglip2-$layout.safetensors $fx/outputs.safetensors
done
# The bench cases, each checked against the reference, with cubek-unit's products (the
# tower and the loss above ran them too, checked against PyTorch).
run "bench/cuda/cubek-unit" 60 env PACKFUSE_MATMUL=cubek-unit "$bin/packfuse" bench --device cuda --quick
# Last, and given longer: on the H200 (c8aaf53, 1c9729f) it ran past 60 s with no failure
# printed, 3–4 of its 5 tests done (NVRTC compiles each new case's kernels).
run "proptest/cuda" 150 env PACKFUSE_DEVICE=cuda "$bin/proptest_cpu" _gpu --test-threads 1
echo
echo "==== summary ($(date -u +%F), $(nvidia-smi --query-gpu=name --format=csv,noheader 2>/dev/null | head -1))"
for k in "${!result[@]}"; do printf '%-24s %s\n' "$k" "${result[$k]}"; done | sort
