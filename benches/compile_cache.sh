#!/usr/bin/env bash
# The on-disk plan cache (PACKFUSE_CACHE_DIR): wall time of
#   packfuse compile --builtin vit_b16_encoder --stats [EXTRA...]
# in fresh processes, N times each: without the cache ("off"), with an empty cache dir per
# run ("cold": a miss that compiles and stores), and with one warmed dir ("warm": a hit).
# Prints the median, min and max wall time and the median `compile_ms` (Engine::compile in
# the process) of each. Usage: benches/compile_cache.sh [BIN] [N] [EXTRA...]
# (default BIN target/release/packfuse, N 10). See benches/RESULTS.md.
set -euo pipefail
bin=${1:-target/release/packfuse}
n=${2:-10}
shift $(($# < 2 ? $# : 2))
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

# One run: prints "<wall ms> <disk outcome> <compile_ms>".
run() {
    local t0 t1 out
    t0=$(date +%s%N)
    out=$(env -u PACKFUSE_CACHE_DIR ${1:+"PACKFUSE_CACHE_DIR=$1"} \
        "$bin" compile --builtin vit_b16_encoder --stats "${@:2}")
    t1=$(date +%s%N)
    echo "$(((t1 - t0) / 1000)) $(grep '^disk_cache:' <<<"$out" | awk '{print $2, $4}')"
}

# Median, min, max of a column of numbers.
stats() { sort -n | awk '{v[NR]=$1} END {m=(NR%2)?v[(NR+1)/2]:(v[NR/2]+v[NR/2+1])/2; printf "median %.2f (min %.2f, max %.2f)", m, v[1], v[NR]}'; }

report() {
    local name=$1 file=$2
    printf '%-5s n=%s %s: wall ms %s; compile_ms %s\n' "$name" "$(wc -l <"$file")" \
        "$(awk '{print $2}' "$file" | sort -u | tr '\n' ' ')" \
        "$(awk '{print $1 / 1000}' "$file" | stats)" "$(awk '{print $3}' "$file" | stats)"
}

run "" "$@" >/dev/null # page the binary in
for _ in $(seq "$n"); do run "" "$@"; done >"$scratch/off"
for i in $(seq "$n"); do run "$scratch/cold$i" "$@"; done >"$scratch/cold"
run "$scratch/warm" "$@" >/dev/null
for _ in $(seq "$n"); do run "$scratch/warm" "$@"; done >"$scratch/warm.txt"
report off "$scratch/off"
report cold "$scratch/cold"
report warm "$scratch/warm.txt"
echo "entry: $(ls -l "$scratch/warm" | awk 'NR > 1 {print $5 " bytes " $9}')"
