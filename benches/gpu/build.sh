#!/usr/bin/env bash
# Builds, on a machine with the Rust toolchain, everything benches/gpu/check.sh runs on a GPU
# machine that has no toolchain and no network: stripped release binaries of the CLI and of
# the numeric test suites, plus the Vulkan loader, into benches/gpu/bin/ (gitignored; carry
# that folder to the GPU machine). Keep it under the 64 MiB a device call may carry.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
out=benches/gpu/bin
rm -rf "$out" && mkdir -p "$out/lib"
cargo build --release --bin packfuse
cp "${CARGO_TARGET_DIR:-target}/release/packfuse" "$out/"
# The numeric suites: each test target's executable, under a stable name.
{
    cargo test --release --no-run --message-format=json -p packfuse --test proptest_cpu \
        --test attention --test sigmoid_loss --test recurse --test rins_adapters --test slices
    cargo test --release --no-run --message-format=json -p packfuse-codegen --test prepack
} 2>/dev/null |
    python3 -c '
import json, shutil, sys
for line in sys.stdin:
    m = json.loads(line)
    if m.get("reason") == "compiler-artifact" and m.get("executable") and m["target"]["kind"] == ["test"]:
        shutil.copy(m["executable"], sys.argv[1] + "/" + m["target"]["name"])
' "$out"
tests="proptest_cpu attention sigmoid_loss recurse rins_adapters prepack slices"
for t in packfuse $tests; do
    [ -e "$out/$t" ] || { echo "build.sh: $t was not built" >&2; exit 1; }
    strip "$out/$t" 2>/dev/null || true
done
cp benches/gpu/compare.py benches/gpu/check_fixture.py benches/siglip_tower.py "$out/"
# Vulkan loader (the GPU machine may lack libvulkan1).
for l in /usr/lib/x86_64-linux-gnu/libvulkan.so.1; do [ -e "$l" ] && cp -L "$l" "$out/lib/"; done
# Compressed: the carried tree must stay under 64 MiB (check.sh unpacks them). xz, since
# gzip stopped fitting when cubek-matmul joined the link (67 MiB gzipped, 2026-11-28).
for t in packfuse $tests; do xz -9 -T0 "$out/$t"; done
du -sh "$out"
size=$(du -sm "$out" | cut -f1)
[ "$size" -lt 64 ] || { echo "build.sh: $out is $size MiB, over the 64 MiB a device call carries" >&2; exit 1; }
