#!/usr/bin/env python3
"""SigLIP 2 B/16 image tower on the CPU: packfuse against PyTorch eager `transformers`.

    python3 benches/siglip_tower.py [PACKFUSE_BIN] [--runs N] [--rounds R] [--batch B] [--threads T]

Needs torch, transformers and safetensors (e.g. the venv of
scripts/make_siglip_model_fixtures.py). Builds a random-weight `SiglipModel` with the SigLIP 2
B/16 image tower at 224² (hidden 768, 12 layers, 12 heads, MLP 3072, patch 16; a tiny text
tower, which is not run), saves it with `save_pretrained`, and times on the same images:

- PyTorch: `model.get_image_features(pixel_values)` under `torch.no_grad()`, eager
  attention (SDPA with `--device cuda`), `torch.set_num_threads(T)`; median of N runs after
  one warm-up; each run takes the images from the host and returns the features to it.
- packfuse: `packfuse model siglip --device cpu|cuda --checkpoint DIR --inputs X --repeat N`
  (median of N runs after the first; each run binds the inputs and returns the outputs),
  with `RAYON_NUM_THREADS=T`.

T defaults to the CPUs this process may use. The two sides alternate over R rounds (N runs
of each per round), because a shared machine's speed drifts by up to 2x over minutes; the
reported ratio is the median of the per-round ratios (images/s of packfuse / PyTorch), and
the images/s are the medians over rounds. Both outputs are compared (normalised image
embeddings, max abs error).
"""
import argparse
import atexit
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

import torch
from safetensors.torch import load_file, save_file
from transformers import SiglipConfig, SiglipModel

ap = argparse.ArgumentParser()
ap.add_argument("bin", nargs="?", default="target/release/packfuse")
ap.add_argument("--runs", type=int, default=5, help="timed runs per side in each round")
ap.add_argument("--rounds", type=int, default=5,
                help="rounds, each timing PyTorch then packfuse; the ratio is the median over rounds")
ap.add_argument("--batch", type=int, default=8)
ap.add_argument("--threads", type=int, default=len(os.sched_getaffinity(0)))
ap.add_argument("--device", choices=["cpu", "cuda"], default="cpu",
                help="cuda: both sides on the GPU, PyTorch with SDPA attention")
ap.add_argument("--env-variants", default="",
                help="also time packfuse under each of these settings of environment "
                     "variables, NAME=V1,V2,... and more such groups after ';' (e.g. "
                     "PACKFUSE_MATMUL_TILE=16x4,8x8v;PACKFUSE_ATTN_VEC=0), one setting at a "
                     "time, in the same rounds; reported apart from the main ratio")
ap.add_argument("--profile", action="store_true",
                help="afterwards, print where each side spends a run: packfuse's "
                     "PACKFUSE_PROFILE=host line and PACKFUSE_PROFILE table, and "
                     "torch.profiler's top kernels")
args = ap.parse_args()
dev = torch.device(args.device)


def sync():
    if args.device == "cuda":
        torch.cuda.synchronize()

torch.manual_seed(0)
torch.set_num_threads(args.threads)
config = SiglipConfig(
    vision_config=dict(
        hidden_size=768,
        intermediate_size=3072,
        num_hidden_layers=12,
        num_attention_heads=12,
        image_size=224,
        patch_size=16,
    ),
    text_config=dict(
        hidden_size=64,
        intermediate_size=128,
        num_hidden_layers=1,
        num_attention_heads=2,
        vocab_size=1000,
        max_position_embeddings=16,
        projection_size=768,
    ),
)
config._attn_implementation = "eager" if args.device == "cpu" else "sdpa"
model = SiglipModel(config).eval()
tmp = tempfile.mkdtemp(prefix="packfuse-siglip-tower-")
# Removed at exit, also when `timeout` stops the script (SIGTERM): a B/16 checkpoint is
# 360 MB.
signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
atexit.register(shutil.rmtree, tmp, ignore_errors=True)
ckpt = os.path.join(tmp, "checkpoint")
model.save_pretrained(ckpt)
px = torch.randn(args.batch, 3, 224, 224)
inputs = os.path.join(tmp, "inputs.safetensors")
save_file({"pixel_values": px}, inputs)

model = model.to(dev)
out = os.path.join(tmp, "out.safetensors")
cmd = [args.bin, "model", "siglip", "--device", args.device, "--checkpoint", ckpt, "--inputs", inputs,
       "--out", out, "--repeat", str(args.runs)]
env = dict(os.environ, RAYON_NUM_THREADS=str(args.threads))
env.pop("PACKFUSE_DEVICE", None)


def torch_median():
    times = []
    with torch.no_grad():
        for _ in range(args.runs):
            sync()
            t = time.perf_counter()
            # Like packfuse's timing: inputs in from the host, outputs back to it.
            o = model.get_image_features(pixel_values=px.to(dev))
            getattr(o, "pooler_output", o).cpu()
            times.append(time.perf_counter() - t)
    times.sort()
    return times[len(times) // 2]


def packfuse_median(extra_env=None):
    """(median seconds, stdout); a failed run ends the script, or under `extra_env` (a
    variant) raises RuntimeError, so that one broken setting does not lose the others."""
    def fail(msg):
        if extra_env:
            raise RuntimeError(msg)
        sys.exit(msg)

    p = subprocess.run(cmd, capture_output=True, text=True, env=dict(env, **(extra_env or {})))
    if p.returncode != 0:
        fail(f"{' '.join(cmd)} failed ({p.returncode}): {p.stderr[-3000:]}")
    line = next((l for l in p.stdout.splitlines() if l.startswith("time on ")), None)
    if line is None:
        fail(f"{' '.join(cmd)} printed no 'time on' line: {p.stdout[-2000:]}")
    return float(line.split("median ")[1].split(" ms")[0]) / 1e3, p.stdout.strip()


with torch.no_grad():
    ref = model.get_image_features(pixel_values=px.to(dev))
    ref = getattr(ref, "pooler_output", ref).cpu()
    ref = ref / ref.norm(dim=-1, keepdim=True)

# Rounds alternate the two sides, so a slow spell of a shared machine falls on both; the
# ratio is taken within each round and its median reported.
variants = []  # (NAME, VALUE), one setting each
for group in args.env_variants.split(";"):
    variant_name, _, variant_values = group.partition("=")
    variants += [(variant_name, v) for v in variant_values.split(",") if v]
variant_times = {v: [] for v in variants}
variant_errs = {}
variant_failed = {}  # setting -> the error; not run again
main_err = 0.0
rounds = []
for r in range(args.rounds):
    t_s = torch_median()
    p_s, stdout = packfuse_median()
    rounds.append((t_s, p_s))
    print(f"round {r + 1}/{args.rounds}: torch {t_s * 1e3:.1f} ms, packfuse {p_s * 1e3:.1f} ms, "
          f"ratio {t_s / p_s:.3f}", file=sys.stderr)
    main_err = (load_file(out)["image_embeds"] - ref).abs().max().item()
    for v in variants:
        if v in variant_failed:
            continue
        try:
            v_s, _ = packfuse_median({v[0]: v[1]})
        except RuntimeError as e:
            variant_failed[v] = str(e)
            print(f"  {v[0]}={v[1]}: FAILED: {e}", file=sys.stderr)
            continue
        variant_times[v].append(v_s)
        v_err = (load_file(out)["image_embeds"] - ref).abs().max().item()
        variant_errs[v] = max(variant_errs.get(v, 0.0), v_err)
        print(f"  {v[0]}={v[1]}: packfuse {v_s * 1e3:.1f} ms, ratio {t_s / v_s:.3f}, "
              f"max abs err {v_err:.2e}", file=sys.stderr)


def median(xs):
    xs = sorted(xs)
    return xs[len(xs) // 2]


torch_s = median([t for t, _ in rounds])
pf_s = median([p for _, p in rounds])
# The main setting's error, taken right after its runs (variants write the same file).
err = main_err

res = {
    "device": args.device,
    "batch": args.batch,
    "threads": args.threads,
    "runs": args.runs,
    "rounds": args.rounds,
    "torch": torch.__version__,
    "torch_median_s": torch_s,
    "packfuse_median_s": pf_s,
    "torch_images_per_s": args.batch / torch_s,
    "packfuse_images_per_s": args.batch / pf_s,
    "ratio_per_round": [t / p for t, p in rounds],
    "ratio_packfuse_over_torch": median([t / p for t, p in rounds]),
    "max_abs_err_image_embeds": err,
    "variants": {f"{v[0]}={v[1]}": {"packfuse_median_s": median(ts),
                                         "ratio": median([t / p for (t, _), p in zip(rounds, ts)]),
                                         "max_abs_err_image_embeds": variant_errs[v]}
                 for v, ts in variant_times.items() if ts},
    "variants_failed": {f"{v[0]}={v[1]}": e for v, e in variant_failed.items()},
    "load_average": os.getloadavg(),
}
print(stdout)
print(json.dumps(res, indent=1))

def nsys_kernels(cmd, env):
    """packfuse's kernels as the device timed them (Nsight Systems, where installed): the
    PACKFUSE_PROFILE table waits for every launch, so its times carry the wait; this has
    none. Prints the top of `nsys stats`' cuda_gpu_kern_sum over every run of `cmd`."""
    import glob
    found = [shutil.which("nsys")] + sorted(glob.glob("/usr/local/cuda*/bin/nsys")) + \
        sorted(glob.glob("/opt/nvidia/nsight-systems*/*/bin/nsys"))
    nsys = next((f for f in found if f), None)
    if not nsys:
        print("packfuse kernels by device time: skipped (no nsys here)")
        return
    rep = os.path.join(tmp, "tower")
    try:
        subprocess.run([nsys, "profile", "--trace=cuda", "--force-overwrite=true", "-o", rep]
                       + cmd, capture_output=True, text=True, env=env, timeout=120, check=True)
        st = subprocess.run([nsys, "stats", "--report", "cuda_gpu_kern_sum", "--format", "csv",
                             rep + ".nsys-rep"], capture_output=True, text=True, timeout=60)
    except (subprocess.SubprocessError, OSError) as e:
        print(f"packfuse kernels by device time: nsys failed: {e}")
        return
    rows = [l for l in st.stdout.splitlines() if l.count(",") >= 8]
    print(f"packfuse kernels by device time ({nsys}, all {args.runs + 1} runs of one "
          f"process; columns as nsys prints them):")
    for l in rows[:16]:
        print("  " + l[:220])
    if not rows:
        print(st.stdout[-2000:] + st.stderr[-2000:])


if args.profile:
    # packfuse, unprofiled but for the host's side (PACKFUSE_PROFILE=host): how long issuing
    # the launches takes against the whole run, for its last run.
    if args.device != "cpu":
        p = subprocess.run(cmd, capture_output=True, text=True,
                           env=dict(env, PACKFUSE_PROFILE="host"))
        host = [l for l in p.stderr.splitlines() if l.startswith("profile (host)")]
        print(f"packfuse {host[-1] if host else p.stderr[-2000:]}")
        nsys_kernels(cmd, env)
    # packfuse: the table of its last run (every run prints one; launches wait for each
    # other while profiling, so the total exceeds an unprofiled run).
    # `variants` holds (NAME, VALUE) pairs: each sets one variable.
    for v in [None] + [v for v in variants if v not in variant_failed]:
        extra = {v[0]: v[1]} if v else {}
        p = subprocess.run(cmd[:-1] + ["2"], capture_output=True, text=True,
                           env=dict(env, PACKFUSE_PROFILE="1", **extra))
        tables = p.stderr.split("profile: ")
        table = "profile: " + tables[-1].strip() if len(tables) > 1 else p.stderr[-3000:]
        if v:
            table = "\n".join(table.splitlines()[:8])
        print(f"packfuse {v[0] + '=' + v[1] if v else ''} {table}")
    from torch.profiler import ProfilerActivity, profile
    acts = [ProfilerActivity.CPU] + ([ProfilerActivity.CUDA] if args.device == "cuda" else [])
    with torch.no_grad(), profile(activities=acts) as prof:
        o = model.get_image_features(pixel_values=px.to(dev))
        getattr(o, "pooler_output", o).cpu()
    key = "device_time_total" if args.device == "cuda" else "cpu_time_total"
    try:
        print(prof.key_averages().table(sort_by=key, row_limit=15, max_name_column_width=60))
    except Exception as e:  # the column's name differs across torch versions
        print(prof.key_averages().table(sort_by="self_" + key.replace("cuda", "device"),
                                        row_limit=15, max_name_column_width=60), e)
