#!/usr/bin/env python3
"""packfuse on CUDA against PyTorch on the same card: correctness first, then time.

Run by benches/gpu/check.sh on the GPU machine (python3 there has torch and safetensors):

    python3 benches/gpu/compare.py BIN [--quick]

BIN is the packfuse executable. For each case this script draws random inputs, writes them
to a safetensors file, runs `BIN op ... --device cuda --repeat N` (which prints the median
time of N runs, host transfers included), reads packfuse's outputs back and compares them
with PyTorch computed in float64 on the GPU (relative error ‖out − ref‖∞ / ‖ref‖∞), then
times the PyTorch implementation with CUDA events (median, after warm-up), both on-device
only and with the same host transfers packfuse pays, so the ratio is like for like.

Cases:
- attention: packed equal segments (B × L tokens, H heads, head dim 64), f32 and bf16,
  full and causal masks, against torch SDPA on [B, H, L, D] (the flash kernel for bf16);
  and f32 forward + backward (out, dq, dk, dv for a random dout) against SDPA's.
- sigmoid loss forward + backward at N = 16384 (and 32768 unless --quick), D = 1152,
  against the materialised open_clip-style implementation (N × N logits), with its peak
  memory from torch.cuda.max_memory_allocated.

Environment: LOSS_VARIANTS=NAME=V1,V2[;NAME2=...] also runs packfuse's N = 16384 loss under
each setting (one at a time; e.g. PACKFUSE_MATMUL_TILE=16x8v,8x8v), checked and timed like the
default, in rows of their own; ATTN_VARIANTS the same for the f32 attention forward (e.g.
PACKFUSE_ATTN_VEC=0).

Prints one table last. Exit code 1 when an error exceeds its tolerance.
"""
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
import torch.nn.functional as F
from safetensors.torch import load_file, save_file

BIN = sys.argv[1]
QUICK = "--quick" in sys.argv
# Without a GPU (a smoke test of this script): the CPU on both sides, tiny sizes.
SMOKE = not torch.cuda.is_available()
DEV = torch.device("cpu" if SMOKE else "cuda")
PF_DEVICE = "cpu" if SMOKE else "cuda"
TMP = tempfile.mkdtemp(prefix="packfuse-compare-")
# Removed at exit, also when `timeout` stops the script (SIGTERM): a B/16 checkpoint is
# 360 MB.
signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
atexit.register(shutil.rmtree, TMP, ignore_errors=True)
ROWS = []
FAILED = []
# Per case: packfuse's device memory (MiB reserved by CubeCL's pools, the most after any of
# its runs) and PyTorch's peak extra memory (MiB, max_memory_allocated over the inputs).
MEMORY = {}


def median_ms(fn, reps=10, warmup=3):
    """Median of `reps` timings of fn() with CUDA events, after `warmup` calls."""
    if SMOKE:
        return host_ms(fn, reps, warmup)
    for _ in range(warmup):
        fn()
    torch.cuda.synchronize()
    times = []
    for _ in range(reps):
        a, b = torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True)
        a.record()
        fn()
        b.record()
        torch.cuda.synchronize()
        times.append(a.elapsed_time(b))
    times.sort()
    return times[len(times) // 2]


def host_ms(fn, reps=10, warmup=2):
    """Median wall time of fn() (which must synchronise itself)."""
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(reps):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1e3)
    times.sort()
    return times[len(times) // 2]


def run_packfuse(op, tensors, flags, repeat, env=None, profile=False):
    """Runs `packfuse op` (with `env`, a (name, value) pair, set); returns (outputs, median ms).
    With `profile`, then once more under PACKFUSE_PROFILE=1 and prints where its last run
    went (each launch waited for, so the total exceeds an unprofiled run)."""
    inp = os.path.join(TMP, f"{op}-in.safetensors")
    out = os.path.join(TMP, f"{op}-out.safetensors")
    save_file({k: v.contiguous().cpu() for k, v in tensors.items()}, inp)
    base = [BIN, "op", op, "--inputs", inp, "--out", out, "--device", PF_DEVICE]
    cmd = base + ["--repeat", str(repeat)] + flags
    run_packfuse.reserved_mib = None
    t = time.perf_counter()
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=300,
                       env=dict(os.environ, **dict([env])) if env else None)
    wall = time.perf_counter() - t
    if p.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({p.returncode}): {p.stderr.strip()}")
    line = next(l for l in p.stdout.splitlines() if l.startswith("time on "))
    med = float(line.split("median ")[1].split(" ms")[0])
    print(f"  packfuse: {line}  (process wall {wall:.1f} s, JIT included)", flush=True)
    mem = next((l for l in p.stdout.splitlines() if l.startswith("device memory: ")), None)
    if mem:
        print(f"  packfuse: {mem}", flush=True)
        run_packfuse.reserved_mib = float(mem.split("max ")[1].split(" MiB")[0])
    if profile:
        pp = subprocess.run(base + ["--repeat", "1"] + flags, capture_output=True,
                            text=True, timeout=300, env=dict(os.environ, PACKFUSE_PROFILE="1"))
        tables = pp.stderr.split("profile: ")
        table = "profile: " + tables[-1].strip() if len(tables) > 1 else pp.stderr[-2000:]
        print("\n".join("  " + l for l in table.splitlines()[:14]), flush=True)
    return load_file(out), med


def rel_err(got, want):
    got = got.to(DEV, torch.float64)
    want = want.to(torch.float64)
    if not torch.isfinite(got).all():
        return float("inf")
    return ((got - want).abs().max() / want.abs().max().clamp_min(1e-30)).item()


def check(case, name, got, want, tol):
    e = rel_err(got, want)
    ok = e <= tol
    if not ok:
        FAILED.append(f"{case} {name}: error {e:.2e} > {tol:.0e}")
    return e


def attention_case(b, l, h, d, dtype, causal, env=None):
    case = f"attention B={b} L={l} H={h} D={d} {str(dtype).split('.')[1]} {'causal' if causal else 'full'}"
    case += f" [{env[0]}={env[1]}]" if env else ""
    print(f"== {case}", flush=True)
    g = torch.Generator(device=DEV).manual_seed(b * l + h + d + int(causal))
    q, k, v = (torch.randn(b * l, h, d, device=DEV, generator=g).to(dtype) for _ in range(3))
    cu = torch.arange(0, b * l + 1, l, dtype=torch.int32)
    flags = ["--mask", "causal" if causal else "full"]
    outs, ours = run_packfuse("attention", {"q": q, "k": k, "v": v, "cu_seqlens": cu}, flags, 10,
                              env, profile=env is None and dtype == torch.float32)
    # float64 reference per segment, heads first.
    def heads_first(t):
        return t.view(b, l, h, d).transpose(1, 2)
    ref = F.scaled_dot_product_attention(
        heads_first(q).double(), heads_first(k).double(), heads_first(v).double(), is_causal=causal
    )
    ref = ref.transpose(1, 2).reshape(b * l, h, d)
    tol = 1e-4 if dtype == torch.float32 else 2e-2
    err = check(case, "out", outs["out"], ref, tol)
    qh, kh, vh = heads_first(q), heads_first(k), heads_first(v)
    sdpa = lambda: F.scaled_dot_product_attention(qh, kh, vh, is_causal=causal)
    dev_ms = median_ms(sdpa)
    qc, kc, vc = q.cpu(), k.cpu(), v.cpu()

    def with_transfers():
        a, bb, c = (t.to(DEV).view(b, l, h, d).transpose(1, 2) for t in (qc, kc, vc))
        F.scaled_dot_product_attention(a, bb, c, is_causal=causal).transpose(1, 2).cpu()

    host = host_ms(with_transfers)
    ROWS.append((case, err, ours, dev_ms, host))


def attention_backward_case(b, l, h, d):
    """Forward + backward (out, lse, dq, dk, dv) against SDPA's forward + backward."""
    case = f"attention fwd+bwd B={b} L={l} H={h} D={d} f32 full"
    print(f"== {case}", flush=True)
    g = torch.Generator(device=DEV).manual_seed(b * l + h + d + 7)
    q, k, v, dout = (torch.randn(b * l, h, d, device=DEV, generator=g) for _ in range(4))
    cu = torch.arange(0, b * l + 1, l, dtype=torch.int32)
    outs, ours = run_packfuse(
        "attention", {"q": q, "k": k, "v": v, "cu_seqlens": cu, "dout": dout}, ["--backward"], 3,
        profile=True,
    )

    def heads_first(t):
        return t.view(b, l, h, d).transpose(1, 2)

    qd, kd, vd = (t.double().requires_grad_() for t in (q, k, v))
    ref = F.scaled_dot_product_attention(heads_first(qd), heads_first(kd), heads_first(vd))
    ref.backward(heads_first(dout.double()))
    ref = ref.detach().transpose(1, 2).reshape(b * l, h, d)
    errs = [check(case, "out", outs["out"], ref, 1e-4)]
    for name, want in [("dq", qd.grad), ("dk", kd.grad), ("dv", vd.grad)]:
        errs.append(check(case, name, outs[name], want, 1e-4))
    del qd, kd, vd, ref
    qs, ks, vs = (heads_first(t).clone().requires_grad_() for t in (q, k, v))
    do = heads_first(dout)

    def step():
        for t in (qs, ks, vs):
            t.grad = None
        F.scaled_dot_product_attention(qs, ks, vs).backward(do)

    dev_ms = median_ms(step)
    host_in = [t.cpu() for t in (q, k, v, dout)]

    def with_transfers():
        a, bb, c = (heads_first(t.to(DEV)).requires_grad_() for t in host_in[:3])
        o = F.scaled_dot_product_attention(a, bb, c)
        o.backward(heads_first(host_in[3].to(DEV)))
        for z in (o, a.grad, bb.grad, c.grad):
            z.cpu()

    host = host_ms(with_transfers)
    ROWS.append((case, max(errs), ours, dev_ms, host))


def variants(var):
    """(name, value) settings from the environment variable `var` (LOSS_VARIANTS,
    ATTN_VARIANTS), same syntax as siglip_tower.py --env-variants."""
    out = []
    for group in os.environ.get(var, "").split(";"):
        name, _, values = group.partition("=")
        out += [(name, v) for v in values.split(",") if name and v]
    return out


def loss_case(n, d, env=None):
    case = f"sigmoid loss fwd+bwd N={n} D={d} f32" + (f" [{env[0]}={env[1]}]" if env else "")
    print(f"== {case}", flush=True)
    g = torch.Generator(device=DEV).manual_seed(n + d)
    x = F.normalize(torch.randn(n, d, device=DEV, generator=g), dim=-1)
    y = F.normalize(torch.randn(n, d, device=DEV, generator=g), dim=-1)
    tp = torch.tensor([2.302585], device=DEV)  # log 10, SigLIP's init
    bias = torch.tensor([-10.0], device=DEV)
    try:
        outs, ours = run_packfuse(
            "sigmoid-loss",
            {"img_emb": x, "txt_emb": y, "t_prime": tp, "bias": bias},
            ["--backward"],
            3 if n <= 16384 else 1,
            env,
            profile=env is None and n <= 16384,
        )
    except Exception as e:  # noqa: BLE001 - report and go on to the torch side
        FAILED.append(f"{case}: {e}")
        outs, ours = None, float("nan")

    def materialised(x, y, tp, bias):
        logits = x @ y.T * tp.exp() + bias
        labels = 2 * torch.eye(n, device=DEV, dtype=logits.dtype) - 1
        return -F.logsigmoid(labels * logits).sum() / n

    # float64 reference with gradients.
    xd, yd, td, bd = (t.double().requires_grad_() for t in (x, y, tp, bias))
    lref = materialised(xd, yd, td, bd)
    lref.backward()
    errs = []
    if outs is not None:
        for name, want in [
            ("loss", lref.detach()),
            ("d_img_emb", xd.grad),
            ("d_txt_emb", yd.grad),
            ("d_t_prime", td.grad),
            ("d_bias", bd.grad),
        ]:
            errs.append(check(case, name, outs[name].reshape(want.shape), want, 1e-5 if name == "loss" else 1e-4))
    del xd, yd, td, bd, lref
    torch.cuda.empty_cache()
    xs, ys, ts, bs = (t.clone().requires_grad_() for t in (x, y, tp, bias))

    def step():
        for t in (xs, ys, ts, bs):
            t.grad = None
        materialised(xs, ys, ts, bs).backward()

    if not SMOKE:
        torch.cuda.reset_peak_memory_stats()
    base = 0 if SMOKE else torch.cuda.memory_allocated()
    dev_ms = median_ms(step, reps=5, warmup=2)
    if not SMOKE:
        peak = torch.cuda.max_memory_allocated() - base
        print(f"  torch materialised peak extra memory: {peak / 2**30:.2f} GiB", flush=True)
        # packfuse's figure counts everything it holds, inputs included; PyTorch's, only
        # what it allocated beyond the inputs.
        MEMORY[case] = {"packfuse_reserved_mib": getattr(run_packfuse, "reserved_mib", None),
                        "torch_peak_extra_mib": peak / 2**20}
    xc, yc = x.cpu(), y.cpu()

    def with_transfers():
        a, b_ = xc.to(DEV).requires_grad_(), yc.to(DEV).requires_grad_()
        t, bb = tp.clone().requires_grad_(), bias.clone().requires_grad_()
        materialised(a, b_, t, bb).backward()
        for z in (a.grad, b_.grad, t.grad, bb.grad):
            z.cpu()

    host = host_ms(with_transfers, reps=5)
    ROWS.append((case, max(errs) if errs else float("nan"), ours, dev_ms, host))


def main():
    print(f"torch {torch.__version__}, {'no GPU: smoke test on the CPU' if SMOKE else torch.cuda.get_device_name()}", flush=True)
    if SMOKE:
        cases = [
            lambda: attention_case(2, 64, 2, 64, torch.float32, False),
            lambda: attention_case(2, 64, 2, 64, torch.float32, True),
            lambda: attention_backward_case(2, 64, 2, 64),
            lambda: loss_case(64, 32),
        ]
        cases += [lambda e=e: attention_case(2, 64, 2, 64, torch.float32, False, e) for e in variants("ATTN_VARIANTS")]
        cases += [lambda e=e: loss_case(64, 32, e) for e in variants("LOSS_VARIANTS")]
    else:
        cases = [
            lambda: attention_case(8, 1024, 12, 64, torch.float32, False),
            lambda: attention_case(8, 1024, 12, 64, torch.bfloat16, False),
            lambda: attention_case(8, 1024, 12, 64, torch.bfloat16, True),
            lambda: attention_backward_case(8, 1024, 12, 64),
            lambda: loss_case(16384, 1152),
        ]
        cases += [lambda e=e: attention_case(8, 1024, 12, 64, torch.float32, False, e) for e in variants("ATTN_VARIANTS")]
        cases += [lambda e=e: loss_case(16384, 1152, e) for e in variants("LOSS_VARIANTS")]
    if not QUICK and not SMOKE:
        cases.append(lambda: loss_case(32768, 1152))
    for c in cases:
        try:
            c()
        except Exception as e:  # noqa: BLE001 - one broken case must not hide the others
            FAILED.append(f"{e}")
            print(f"  FAILED: {e}", flush=True)
    print()
    print(f"{'case':<52}{'max rel err':>12}{'packfuse ms':>13}{'torch dev ms':>14}{'torch+copy ms':>15}{'ratio':>8}")
    for case, err, ours, dev_ms, host in ROWS:
        print(f"{case:<52}{err:>12.2e}{ours:>13.3f}{dev_ms:>14.3f}{host:>15.3f}{ours / host:>8.2f}")
    print("(ratio = packfuse / (torch + host copies); packfuse times include host transfers)")
    with open(os.path.join(os.environ.get("OUT", TMP), "compare.json"), "w") as f:
        json.dump({"rows": ROWS, "memory": MEMORY, "failed": FAILED}, f, indent=1)
    for case, m in MEMORY.items():
        print(f"memory, {case}: packfuse {m['packfuse_reserved_mib']} MiB reserved in all, "
              f"torch {m['torch_peak_extra_mib']:.0f} MiB beyond its inputs")
    for f_ in FAILED:
        print(f"FAILED: {f_}")
    sys.exit(1 if FAILED else 0)


main()
