#!/usr/bin/env python3
"""Writes tests/fixtures/siglip_loss/: the sigmoid loss of transformers' ``SiglipModel``.

What the reference computes (transformers 5.x, ``SiglipModel.forward(return_loss=True)``,
read from ``transformers/models/siglip/modeling_siglip.py``)::

    x = vision_model(pixel_values).pooler_output          # [N, D], MAP head output
    y = text_model(input_ids).pooler_output                # [N, D], last position -> linear head
    x = x / x.norm(p=2, dim=-1, keepdim=True)              # no epsilon
    y = y / y.norm(p=2, dim=-1, keepdim=True)
    logits_per_text = (y @ x.T) * exp(logit_scale) + logit_bias      # [N, N], row = text
    z = 2 I - 1                                            # +1 on the diagonal, -1 elsewhere
    loss = mean_over_rows(-sum_over_cols(logsigmoid(z * logits_per_text)))
         = -(1/N) sum_ij log sigmoid(z_ij (t x_i . y_j + b)),  t = exp(t')

The normalisation happens inside ``SiglipModel.forward``, after the towers' pooler outputs
and before the logits; ``image_embeds`` / ``text_embeds`` of the output are the normalised
vectors. The loss is symmetric in which side is transposed (the sum runs over all N x N
pairs and z is symmetric), so packfuse's ``sigmoid_loss(img_emb, txt_emb, t_prime, bias)``
with logits x_i . y_j is the same quantity.

How the fixture is made: for each case a tiny random-weight ``SiglipModel`` is built from a
``SiglipConfig`` (no hub download), converted to float64 (``model.double()``), and given
``logit_scale`` = t' and ``logit_bias`` = b (HF initialises both to 0). The real forward with
``return_loss=True`` runs on random pixel_values / input_ids; its ``loss`` is the expected
value. Gradients come from torch autograd of that same ``loss`` (``loss.backward()``), taken
with ``retain_grad()`` on the tensors the forward itself used:

* ``d_img_emb``, ``d_txt_emb``: with respect to the *normalised* embeddings
  (``outputs.image_embeds`` / ``outputs.text_embeds``), with t' and b also as inputs.
* ``d_img_emb_raw``, ``d_txt_emb_raw``: with respect to the *unnormalised* pooled embeddings
  (``outputs.vision_model_output.pooler_output`` / ``outputs.text_model_output.pooler_output``):
  the gradients of the loss with the L2 normalisation fused (packfuse ``--normalize``).
* ``d_t_prime``, ``d_bias``: of ``logit_scale`` and ``logit_bias``.

Each case is one safetensors file, every tensor float32 (packfuse's io reads f32/f16/bf16,
not f64): the inputs as packfuse's CLI names them, ``img_emb`` [N, D], ``txt_emb`` [N, D]
(normalised), ``img_emb_raw``, ``txt_emb_raw`` [N, D] (unnormalised), ``t_prime`` [1],
``bias`` [1], and the expected ``loss`` [] and gradients above. The f32 inputs are the f64
embeddings rounded once. A JSON file next to it holds the float64 scalars (loss, t', b,
d_t_prime, d_bias), the loss recomputed in float64 from the f32-rounded inputs (how far the
rounding moves it), and the logit range of the case.

Run (from the repository root)::

    python scripts/make_siglip_loss_fixture.py [--out tests/fixtures/siglip_loss]

Needs torch, transformers (5.x), safetensors, numpy. Deterministic for a given torch
version on the CPU (fixed seeds).
"""

import argparse
import json
import math
import os
import platform
import sys

import numpy as np
import safetensors
import torch
import transformers
from safetensors.torch import save_file
from transformers import SiglipConfig, SiglipModel

# name, N, D, t' (logit_scale), b (logit_bias), seed
CASES = [
    # SigLIP's published initialisation: t = 10, b = -10.
    ("n4_d32_init", 4, 32, math.log(10.0), -10.0, 1),
    # A trained-like temperature and a mild bias: logits of both signs.
    ("n7_d32", 7, 32, 2.5, -3.0, 2),
    # Large logits (|t s + b| up to ~100): a naive log(1 + exp(-z l)) overflows in f32.
    ("n7_d32_extreme", 7, 32, math.log(250.0), -20.0, 3),
]


def tiny_config(d: int) -> SiglipConfig:
    text = dict(
        vocab_size=97,
        hidden_size=d,
        intermediate_size=2 * d,
        num_hidden_layers=2,
        num_attention_heads=4,
        max_position_embeddings=16,
        projection_size=d,
        pad_token_id=1,
        bos_token_id=None,  # the defaults (49406/49407) lie outside this tiny vocabulary
        eos_token_id=None,
    )
    vision = dict(
        hidden_size=d,
        intermediate_size=2 * d,
        num_hidden_layers=2,
        num_attention_heads=4,
        num_channels=3,
        image_size=16,
        patch_size=8,
    )
    cfg = SiglipConfig(text_config=text, vision_config=vision)
    cfg._attn_implementation = "eager"
    return cfg


def loss_like_transformers(img: torch.Tensor, txt: torch.Tensor, scale, bias) -> torch.Tensor:
    """The loss lines of SiglipModel.forward, on already normalised embeddings (for the
    f32-rounding check only; the fixture's loss is the model's own)."""
    logits_per_text = torch.matmul(txt, img.t()) * scale.exp() + bias
    eye = torch.eye(logits_per_text.size(0))
    m1_diag1 = -torch.ones_like(logits_per_text) + 2 * eye
    loglik = torch.nn.functional.logsigmoid(m1_diag1 * logits_per_text)
    return (-torch.sum(loglik, dim=-1)).mean()


def f32(t: torch.Tensor) -> torch.Tensor:
    return t.detach().to(torch.float32).contiguous()


def make_case(name, n, d, t_prime, b, seed, out_dir):
    torch.manual_seed(seed)
    cfg = tiny_config(d)
    model = SiglipModel(cfg).double().eval()
    with torch.no_grad():
        model.logit_scale.fill_(t_prime)
        model.logit_bias.fill_(b)

    v, t = cfg.vision_config, cfg.text_config
    gen = torch.Generator().manual_seed(1000 + seed)
    pixel_values = torch.randn(
        n, v.num_channels, v.image_size, v.image_size, generator=gen, dtype=torch.float64
    )
    input_ids = torch.randint(0, t.vocab_size, (n, 8), generator=gen)

    out = model(input_ids=input_ids, pixel_values=pixel_values, return_loss=True)
    raw_img = out.vision_model_output.pooler_output
    raw_txt = out.text_model_output.pooler_output
    img, txt = out.image_embeds, out.text_embeds
    for x in (raw_img, raw_txt, img, txt):
        x.retain_grad()
    loss = out.loss
    assert loss.dtype == torch.float64, loss.dtype
    loss.backward()

    # Sanity: the returned embeddings are the normalised pooler outputs, and the loss is
    # the formula of the docstring.
    torch.testing.assert_close(img, raw_img / raw_img.norm(dim=-1, keepdim=True))
    torch.testing.assert_close(txt, raw_txt / raw_txt.norm(dim=-1, keepdim=True))
    with torch.no_grad():
        s = (img @ txt.t()) * math.exp(t_prime) + b
        z = 2 * torch.eye(n, dtype=torch.float64) - 1
        by_hand = -torch.nn.functional.logsigmoid(z * s).sum() / n
    assert abs(by_hand.item() - loss.item()) <= 1e-12 * abs(loss.item()), (by_hand, loss)

    # The loss the f32-rounded inputs give in float64 (what packfuse can at best reach).
    with torch.no_grad():
        rounded = loss_like_transformers(
            f32(img).double(),
            f32(txt).double(),
            torch.tensor([t_prime], dtype=torch.float32).double(),
            torch.tensor([b], dtype=torch.float32).double(),
        ).item()

    tensors = {
        "img_emb": f32(img),
        "txt_emb": f32(txt),
        "img_emb_raw": f32(raw_img),
        "txt_emb_raw": f32(raw_txt),
        "t_prime": f32(model.logit_scale),
        "bias": f32(model.logit_bias),
        "loss": f32(loss.reshape(())),
        "d_img_emb": f32(img.grad),
        "d_txt_emb": f32(txt.grad),
        "d_img_emb_raw": f32(raw_img.grad),
        "d_txt_emb_raw": f32(raw_txt.grad),
        "d_t_prime": f32(model.logit_scale.grad),
        "d_bias": f32(model.logit_bias.grad),
    }
    # One metadata key: safetensors writes several in hash order, which would make the
    # bytes differ from run to run.
    meta = {
        "source": f"{name}: transformers SiglipModel.forward(return_loss=True) in float64, "
        "by scripts/make_siglip_loss_fixture.py"
    }
    save_file(tensors, os.path.join(out_dir, f"{name}.safetensors"), metadata=meta)

    logits = out.logits_per_text.detach()
    info = {
        "case": name,
        "n": n,
        "d": d,
        "seed": seed,
        "t_prime": t_prime,
        "bias": b,
        "loss": loss.item(),
        "loss_from_f32_inputs": rounded,
        "d_t_prime": model.logit_scale.grad.item(),
        "d_bias": model.logit_bias.grad.item(),
        "logits_min": logits.min().item(),
        "logits_max": logits.max().item(),
        "gradients": "d_img_emb/d_txt_emb: of the normalised embeddings; "
        "d_img_emb_raw/d_txt_emb_raw: of the unnormalised pooler outputs; "
        "d_t_prime/d_bias: of logit_scale/logit_bias",
    }
    with open(os.path.join(out_dir, f"{name}.json"), "w") as f:
        json.dump(info, f, indent=1)
        f.write("\n")
    print(
        f"{name}: N={n} D={d} loss={loss.item():.17g} (f32 inputs: {rounded:.17g}) "
        f"logits [{info['logits_min']:.3f}, {info['logits_max']:.3f}]"
    )


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--out", default="tests/fixtures/siglip_loss")
    args = p.parse_args()
    os.makedirs(args.out, exist_ok=True)
    torch.use_deterministic_algorithms(True)
    for case in CASES:
        make_case(*case, args.out)
    cmd = "python " + " ".join([os.path.relpath(sys.argv[0])] + sys.argv[1:])
    with open(os.path.join(args.out, "VERSIONS.txt"), "w") as f:
        f.write(
            f"python {platform.python_version()}\n"
            f"torch {torch.__version__}\n"
            f"transformers {transformers.__version__}\n"
            f"safetensors {safetensors.__version__}\n"
            f"numpy {np.__version__}\n"
            f"platform {platform.platform()} ({platform.machine()}), CPU, float64\n"
            f"command (from the repository root): {cmd}\n"
        )


if __name__ == "__main__":
    main()
