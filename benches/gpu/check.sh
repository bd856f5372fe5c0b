#!/usr/bin/env bash
# The prepared GPU check: run from the repository root on a machine with an NVIDIA GPU, no
# Rust toolchain and no network, with benches/gpu/bin/ built beforehand by
# benches/gpu/build.sh and carried along. Aims to finish in under 5 minutes:
#   1. the numeric suites with PACKFUSE_DEVICE=cuda, then vulkan;
#   2. `packfuse bench` on cuda;
#   3. a short table: card, date, what passed.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
bin=benches/gpu/bin
export LD_LIBRARY_PATH="$PWD/$bin/lib:${LD_LIBRARY_PATH:-}"
# cubecl-cuda needs the CUDA headers for NVRTC: the toolkit, or the pip wheels' folder.
if [ -z "${CUDA_PATH:-}" ]; then
    for d in /usr/local/cuda $(python3 -c 'import nvidia, os; print(os.path.dirname(nvidia.__file__) + "/cu13")' 2>/dev/null); do
        [ -d "$d/include" ] && export CUDA_PATH="$d" && break
    done
fi
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-/tmp}"
declare -A result
run() { # name, timeout, command...
    local name=$1 t=$2; shift 2
    echo "==== $name: $*"
    if timeout "$t" "$@"; then result[$name]=pass; else result[$name]="FAIL ($?)"; fi
}
nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv,noheader || true
"$bin/packfuse" devices
for dev in cuda vulkan; do
    run "compiler/$dev" 60 env PACKFUSE_DEVICE=$dev "$bin/compiler" --test-threads 1
    run "proptest/$dev" 120 env PACKFUSE_DEVICE=$dev PACKFUSE_REQUIRE_VULKAN=1 "$bin/proptest_cpu" _gpu
done
run "bench/cuda" 120 "$bin/packfuse" bench --device cuda
echo
echo "==== summary ($(date -u +%F), $(nvidia-smi --query-gpu=name --format=csv,noheader 2>/dev/null | head -1))"
for k in "${!result[@]}"; do printf '%-20s %s\n' "$k" "${result[$k]}"; done | sort
