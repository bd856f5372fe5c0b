#!/usr/bin/env python3
"""Writes tests/fixtures/siglip/ and tests/fixtures/siglip2/: tiny random-weight
``SiglipModel`` and ``Siglip2Model`` (NaFlex) checkpoints with inputs and reference outputs.

Each fixture folder holds::

    checkpoint/                config.json + model.safetensors, exactly as save_pretrained
                               writes them (float32 weights)
    checkpoint_sharded/        (siglip2 only) the same weights written with a small
                               max_shard_size: model.safetensors.index.json + shards
    inputs.safetensors         what the model is called with, under transformers' names
    outputs.safetensors        what it returns, under transformers' attribute paths
    README.md                  the forward recipe and the parameter names (generated)
    transformers_defaults.json the config fields a config built with no arguments has
    VERSIONS.txt               python, torch, transformers, safetensors, numpy versions

How the reference is made: the model is built from a config (no hub download) with fixed
seeds, in float32, with ``attn_implementation="eager"``. HF's init leaves biases at 0,
norm weights at 1 and ``logit_scale`` / ``logit_bias`` at 0, so every bias and norm
parameter is perturbed (otherwise a graph that drops a bias would still pass), and the
logit scale and bias get SigLIP-like values. That float32 model is what ``save_pretrained``
writes. The outputs come from a float64 copy of the same weights (``model.double()``) run on
the float32 inputs, then rounded to float32 once: the expected values are as exact as the
reference can give (its eager softmax still runs in float32, ≈ 4e-7 relative).

Inputs (``inputs.safetensors``):

* SigLIP: ``pixel_values`` f32 [B, 3, H, W]; ``input_ids`` i32 [B, L].
* SigLIP 2 NaFlex: ``pixel_values`` f32 [B, P, p*p*3] (patches in patch-row, patch-column
  order, each flattened (y, x, channel), zero padding patches at the end, as
  ``Siglip2ImageProcessor`` makes them); ``pixel_attention_mask`` i32 [B, P] (1 = real
  patch); ``spatial_shapes`` i32 [B, 2] (patch rows, patch columns); ``input_ids`` i32 [B, L].

No text ``attention_mask`` is passed (SigLIP text is padded to a fixed length and never
masked); some rows end in pad tokens so that pooling the last position (a pad) is tested.
Integer inputs are stored as i32 (packfuse's io has no i64); transformers was called with
the same values as int64.

Outputs (``outputs.safetensors``, all f32): ``image_embeds``, ``text_embeds`` (L2-normalised),
``logits_per_image`` [B, B], ``logits_per_text`` [B, B], ``loss`` [] (return_loss=True),
``vision_model_output.hidden_states.{i}`` and ``text_model_output.hidden_states.{i}``
(i = 0: the embeddings; i = k: the output of encoder layer k, before the final norm),
``vision_model_output.last_hidden_state`` (after post_layernorm),
``text_model_output.last_hidden_state`` (after final_layer_norm),
``vision_model_output.pooler_output`` (MAP head output, before normalisation),
``text_model_output.pooler_output`` (last position -> head, before normalisation), and
intermediates to debug against: ``vision_embeddings.position_embeddings`` (SigLIP 2: the learned grid resized per image and
padded, [B, P, D]; SigLIP: the table, [N, D]) and ``vision_head.attention_output`` (the MAP
head's attention output, before its MLP residual, [B, D]). The patch embedding alone is
``hidden_states.0 - vision_embeddings.position_embeddings`` (checked, not stored).

Run (from the repository root)::

    /tmp/fixture-venv/bin/python scripts/make_siglip_model_fixtures.py [--out tests/fixtures]

Needs torch, transformers (5.x), safetensors, numpy. Deterministic for a given torch version
on the CPU (fixed seeds); the script checks its own claims (see ``check_*``) and fails
loudly if the reference no longer behaves as the README says.
"""

import argparse
import json
import math
import os
import platform
import shutil
import sys

import numpy as np
import safetensors
import torch
import torch.nn.functional as F
import transformers
from safetensors.torch import load_file, save_file
from transformers import Siglip2Config, Siglip2Model, SiglipConfig, SiglipModel

try:  # needs torchvision, which the fixture venv does not have
    from transformers.models.siglip2.image_processing_siglip2 import convert_image_to_patches
except ImportError:

    def convert_image_to_patches(image: torch.Tensor, patch_size: int) -> torch.Tensor:
        """transformers' Siglip2ImageProcessor patchify, copied verbatim (5.24): (C, H, W) ->
        (h*w, p*p*C), patches row-major, each flattened (y, x, channel)."""
        num_channels, image_height, image_width = image.shape
        num_patches_height = image_height // patch_size
        num_patches_width = image_width // patch_size
        patched_image = image.reshape(num_channels, num_patches_height, patch_size, num_patches_width, patch_size)
        patched_image = patched_image.permute(1, 3, 2, 4, 0)
        patched_image = patched_image.reshape(num_patches_height * num_patches_width, -1)
        return patched_image

LOGIT_SCALE = math.log(10.0)  # t' (SigLIP's published init); t = 10
LOGIT_BIAS = -2.5  # a mild bias, so that the logits have both signs
PAD_ID = 1
TEXT_LEN = 8
VOCAB = 100

# The vision and text towers get different widths (the text head projects to the vision
# width), so a graph that mixes up the two configs fails on shapes.
TEXT = dict(
    vocab_size=VOCAB,
    hidden_size=24,
    intermediate_size=40,
    num_hidden_layers=2,
    num_attention_heads=2,
    max_position_embeddings=TEXT_LEN,
    projection_size=32,
    pad_token_id=PAD_ID,
    bos_token_id=None,  # the defaults (49406/49407) lie outside this tiny vocabulary
    eos_token_id=None,
)
VISION = dict(
    hidden_size=32,
    intermediate_size=64,
    num_hidden_layers=2,
    num_attention_heads=2,
    num_channels=3,
    patch_size=4,
)

# SigLIP 2 NaFlex: an 8 x 8 learned grid (num_patches 64), at most 64 patches per image.
# Shapes (patch rows, patch columns): one exact fit (the resize is the identity), grids
# shrunk in one direction and grown in the other (antialias matters when shrinking), one
# shrunk both ways with much padding, one extreme aspect ratio.
NAFLEX_SHAPES = [(8, 8), (4, 12), (12, 5), (3, 5), (2, 16)]
NAFLEX_MAX_PATCHES = 64


def siglip_config() -> SiglipConfig:
    cfg = SiglipConfig(text_config=TEXT, vision_config=dict(VISION, image_size=16))
    cfg._attn_implementation = "eager"
    return cfg


def siglip2_config() -> Siglip2Config:
    cfg = Siglip2Config(text_config=TEXT, vision_config=dict(VISION, num_patches=64))
    cfg._attn_implementation = "eager"
    return cfg


def perturb(model, seed: int):
    """Gives every bias and norm parameter a non-trivial value (HF's init makes them 0 / 1)."""
    gen = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for name, p in model.named_parameters():
            noise = torch.randn(p.shape, generator=gen, dtype=p.dtype)
            if "norm" in name and name.endswith("weight"):
                p.copy_(1.0 + 0.2 * noise)
            elif name.endswith("bias") or name.endswith("in_proj_bias"):
                p.copy_(0.1 * noise)
        model.logit_scale.fill_(LOGIT_SCALE)
        model.logit_bias.fill_(LOGIT_BIAS)


def text_ids(n: int, gen: torch.Generator) -> torch.Tensor:
    """Random ids in [2, VOCAB); rows 1 and 3 end in pad tokens (pooled position = a pad)."""
    ids = torch.randint(2, VOCAB, (n, TEXT_LEN), generator=gen)
    ids[1, 5:] = PAD_ID
    ids[3, 3:] = PAD_ID
    return ids


def f32(t: torch.Tensor) -> torch.Tensor:
    return t.detach().to(torch.float32).contiguous()


def i32(t: torch.Tensor) -> torch.Tensor:
    return t.detach().to(torch.int32).contiguous()


def capture(model):
    """Forward hooks that record the intermediates the README lists."""
    seen = {}
    vm = model.vision_model
    emb = vm.embeddings

    def on_patch(_m, _inp, out):
        # SigLIP: Conv2d output [B, D, h, w] -> [B, h*w, D], as the embeddings do it.
        seen["vision_embeddings.patch_embeds"] = out.flatten(2).transpose(1, 2) if out.dim() == 4 else out

    def on_attention(_m, _inp, out):
        seen["vision_head.attention_output"] = out[0][:, 0]

    hooks = [
        emb.patch_embedding.register_forward_hook(on_patch),
        vm.head.attention.register_forward_hook(on_attention),
    ]
    return seen, hooks


def outputs_dict(out, seen) -> dict:
    d = {
        "image_embeds": out.image_embeds,
        "text_embeds": out.text_embeds,
        "logits_per_image": out.logits_per_image,
        "logits_per_text": out.logits_per_text,
        "loss": out.loss.reshape(()),
    }
    for tower in ("vision_model_output", "text_model_output"):
        o = getattr(out, tower)
        for i, h in enumerate(o.hidden_states):
            d[f"{tower}.hidden_states.{i}"] = h
        d[f"{tower}.last_hidden_state"] = o.last_hidden_state
        d[f"{tower}.pooler_output"] = o.pooler_output
    # The patch embeddings are hidden_states.0 minus the positions: checked, not stored.
    d.update({k: v for k, v in seen.items() if k != "vision_embeddings.patch_embeds"})
    return {k: f32(v) for k, v in d.items()}


# --- checks of what the README claims ------------------------------------------------------


def check_common(model, out, seen, n_layers: int):
    """Loss, logits and pooling are as documented."""
    img, txt = out.image_embeds, out.text_embeds
    raw_img = out.vision_model_output.pooler_output
    raw_txt = out.text_model_output.pooler_output
    torch.testing.assert_close(img, raw_img / raw_img.norm(dim=-1, keepdim=True))
    torch.testing.assert_close(txt, raw_txt / raw_txt.norm(dim=-1, keepdim=True))
    lpt = txt @ img.t() * model.logit_scale.exp() + model.logit_bias
    torch.testing.assert_close(out.logits_per_text, lpt)
    torch.testing.assert_close(out.logits_per_image, lpt.t())
    n = lpt.shape[0]
    z = 2 * torch.eye(n, dtype=lpt.dtype) - 1
    torch.testing.assert_close(out.loss, -F.logsigmoid(z * lpt).sum() / n)
    # Text pooling: last position of the final-normed states, then the head.
    tm = model.text_model
    torch.testing.assert_close(raw_txt, tm.head(out.text_model_output.last_hidden_state[:, -1]))
    # hidden_states: embeddings + one per layer, the last one before the final norm.
    for tower, norm in (("vision_model_output", model.vision_model.post_layernorm),
                        ("text_model_output", tm.final_layer_norm)):
        o = getattr(out, tower)
        assert len(o.hidden_states) == n_layers + 1, (tower, len(o.hidden_states))
        torch.testing.assert_close(o.last_hidden_state, norm(o.hidden_states[-1]))


def gelu_tanh(x):
    return 0.5 * x * (1 + torch.tanh(math.sqrt(2 / math.pi) * (x + 0.044715 * x**3)))


def layer_norm(x, ln, eps=1e-6):
    mu = x.mean(-1, keepdim=True)
    var = ((x - mu) ** 2).mean(-1, keepdim=True)
    return (x - mu) / torch.sqrt(var + eps) * ln.weight + ln.bias


def encoder_layer_by_hand(layer, x, key_mask=None):
    """One encoder layer from the README's formula: pre-norm, eps 1e-6, tanh GELU, scale
    head_dim^-0.5, padded keys (key_mask 0) dropped from every query's softmax."""
    att = layer.self_attn
    bsz, t, d = x.shape
    nh = att.num_heads
    hd = d // nh
    y = layer_norm(x, layer.layer_norm1)
    split = lambda z: z.reshape(bsz, t, nh, hd).transpose(1, 2)
    q, k, v = split(att.q_proj(y)), split(att.k_proj(y)), split(att.v_proj(y))
    s = q @ k.transpose(-1, -2) * hd**-0.5
    if key_mask is not None:
        s = s.masked_fill(~key_mask.bool()[:, None, None, :], float("-inf"))
    # The reference's eager softmax runs in float32 even in a float64 model.
    o = (s.softmax(-1, dtype=torch.float32).to(x.dtype) @ v).transpose(1, 2).reshape(bsz, t, d)
    h = x + att.out_proj(o)
    m = layer.mlp
    return h + m.fc2(gelu_tanh(m.fc1(layer_norm(h, layer.layer_norm2))))


def check_layers_by_hand(model, out, inputs, key_mask=None):
    """Every encoder layer of both towers, the text embeddings and the final norms, by hand."""
    for tower, o, mask in (("vision_model", out.vision_model_output, key_mask),
                           ("text_model", out.text_model_output, None)):
        layers = getattr(model, tower).encoder.layers
        for i, layer in enumerate(layers):
            torch.testing.assert_close(encoder_layer_by_hand(layer, o.hidden_states[i], mask),
                                       o.hidden_states[i + 1])
    tm = model.text_model
    ids = inputs["input_ids"]
    emb = tm.embeddings.token_embedding.weight[ids] + tm.embeddings.position_embedding.weight[: ids.shape[1]]
    torch.testing.assert_close(out.text_model_output.hidden_states[0], emb)
    torch.testing.assert_close(out.text_model_output.last_hidden_state,
                               layer_norm(out.text_model_output.hidden_states[-1], tm.final_layer_norm))
    vm = model.vision_model
    torch.testing.assert_close(out.vision_model_output.last_hidden_state,
                               layer_norm(out.vision_model_output.hidden_states[-1], vm.post_layernorm))


def map_head_by_hand(head, x, key_mask=None):
    """The MAP head spelled out: q from the probe, k/v from the tokens (in_proj rows q, k, v),
    padding keys dropped from the softmax, out = o + MLP(LN(o))."""
    d = x.shape[-1]
    nh = head.attention.num_heads
    w, b = head.attention.in_proj_weight, head.attention.in_proj_bias
    q = head.probe[0] @ w[:d].t() + b[:d]  # [1, D]
    k = x @ w[d:2 * d].t() + b[d:2 * d]  # [B, T, D]
    v = x @ w[2 * d:].t() + b[2 * d:]
    bsz, t, _ = x.shape
    qh = q.reshape(1, nh, d // nh).transpose(0, 1)  # [H, 1, hd]
    kh = k.reshape(bsz, t, nh, d // nh).permute(0, 2, 1, 3)  # [B, H, T, hd]
    vh = v.reshape(bsz, t, nh, d // nh).permute(0, 2, 1, 3)
    s = (qh[None] @ kh.transpose(-1, -2)) / math.sqrt(d // nh)  # [B, H, 1, T]
    if key_mask is not None:
        s = s.masked_fill(~key_mask.bool()[:, None, None, :], float("-inf"))
    o = (s.softmax(-1) @ vh).permute(0, 2, 1, 3).reshape(bsz, 1, d)
    o = head.attention.out_proj(o)
    return (o + head.mlp(head.layernorm(o)))[:, 0], o[:, 0]


def resize_like_interpolate(grid: torch.Tensor, h: int, w: int) -> torch.Tensor:
    """[S, S, D] grid -> [h*w, D] with F.interpolate(bilinear, align_corners=False,
    antialias=True) on the (1, D, S, S) layout: what transformers 4.x called."""
    x = grid.permute(2, 0, 1)[None].float()
    y = F.interpolate(x, size=(h, w), mode="bilinear", align_corners=False, antialias=True)
    return y[0].permute(1, 2, 0).reshape(h * w, -1)


def check_siglip2(model, inputs, out, seen):
    vm = model.vision_model
    emb = vm.embeddings
    s = emb.position_embedding_size
    grid = emb.position_embedding.weight.reshape(s, s, -1)
    pos = seen["vision_embeddings.position_embeddings"]
    mask = inputs["pixel_attention_mask"]
    for b, (h, w) in enumerate(inputs["spatial_shapes"].tolist()):
        n = h * w
        want = resize_like_interpolate(grid, h, w).to(pos.dtype)
        torch.testing.assert_close(pos[b, :n], want, atol=1e-6, rtol=1e-6)
        # Padding slots hold the resized value of cell (0, 0).
        torch.testing.assert_close(pos[b, n:], pos[b, :1].expand(pos.shape[1] - n, -1))
        assert int(mask[b].sum()) == n and bool(mask[b, :n].all())
        if (h, w) == (s, s):  # same size: the resize is the identity
            torch.testing.assert_close(pos[b], grid.reshape(s * s, -1), atol=1e-6, rtol=1e-6)
    # Plain bilinear (no antialias) is measurably different when a side shrinks.
    g = grid.permute(2, 0, 1)[None].float()
    plain = F.interpolate(g, size=(4, 12), mode="bilinear", align_corners=False)
    plain = plain[0].permute(1, 2, 0).reshape(48, -1)
    gap = (plain - resize_like_interpolate(grid, 4, 12)).abs().max().item()
    assert gap > 1e-2, gap
    # The embeddings are patch_embeds + resized positions, padding included.
    torch.testing.assert_close(
        out.vision_model_output.hidden_states[0], seen["vision_embeddings.patch_embeds"] + pos
    )
    # The patch embedding is the Linear on the (y, x, channel) rows as given.
    torch.testing.assert_close(seen["vision_embeddings.patch_embeds"], emb.patch_embedding(inputs["pixel_values"]))
    check_layers_by_hand(model, out, inputs, mask)
    # The MAP head masks padding keys (and only them).
    x = out.vision_model_output.last_hidden_state
    pooled, o = map_head_by_hand(vm.head, x, mask)
    torch.testing.assert_close(out.vision_model_output.pooler_output, pooled)
    torch.testing.assert_close(seen["vision_head.attention_output"], o)
    unmasked, _ = map_head_by_hand(vm.head, x)
    assert (unmasked - pooled).abs().max() > 1e-3
    # Encoder attention: a padded key is invisible to every query; valid tokens of one image
    # do not depend on the padding patches' content.
    alt = dict(inputs)
    pv = inputs["pixel_values"].clone()
    pv[~mask.bool()] = 7.0
    alt["pixel_values"] = pv
    with torch.no_grad():
        out2 = model(**alt, return_loss=True)
    for b, (h, w) in enumerate(inputs["spatial_shapes"].tolist()):
        n = h * w
        torch.testing.assert_close(
            out2.vision_model_output.last_hidden_state[b, :n],
            out.vision_model_output.last_hidden_state[b, :n],
        )
    torch.testing.assert_close(out2.image_embeds, out.image_embeds)


def check_siglip(model, inputs, out, seen):
    vm = model.vision_model
    # Conv2d patch embedding = patches flattened (channel, y, x) times the weight as [D, 3*p*p].
    pv = inputs["pixel_values"]
    bsz, c, hh, ww = pv.shape
    p = vm.embeddings.patch_size
    patches = pv.reshape(bsz, c, hh // p, p, ww // p, p).permute(0, 2, 4, 1, 3, 5)
    patches = patches.reshape(bsz, (hh // p) * (ww // p), c * p * p)
    conv = vm.embeddings.patch_embedding
    by_matmul = patches @ conv.weight.reshape(conv.weight.shape[0], -1).t() + conv.bias
    torch.testing.assert_close(seen["vision_embeddings.patch_embeds"], by_matmul)
    check_layers_by_hand(model, out, inputs)
    x = out.vision_model_output.last_hidden_state
    pooled, o = map_head_by_hand(vm.head, x)
    torch.testing.assert_close(out.vision_model_output.pooler_output, pooled)
    torch.testing.assert_close(seen["vision_head.attention_output"], o)
    torch.testing.assert_close(
        out.vision_model_output.hidden_states[0],
        seen["vision_embeddings.patch_embeds"] + vm.embeddings.position_embedding.weight,
    )


# --- the fixtures ---------------------------------------------------------------------------


def run(model, inputs, n_layers):
    """The float64 forward with the captures of the README."""
    seen, hooks = capture(model)
    if isinstance(model, Siglip2Model):
        emb = model.vision_model.embeddings

        def on_embeddings(_m, args, _out):
            pv, shapes = args
            s = emb.position_embedding_size
            grid = emb.position_embedding.weight.reshape(s, s, -1)
            seen["vision_embeddings.position_embeddings"] = emb.resize_positional_embeddings(
                grid, shapes, max_length=pv.shape[1]
            )

        hooks.append(emb.register_forward_hook(on_embeddings))
    else:
        seen["vision_embeddings.position_embeddings"] = (
            model.vision_model.embeddings.position_embedding.weight
        )
    with torch.no_grad():
        out = model(**inputs, return_loss=True, output_hidden_states=True)
    for h in hooks:
        h.remove()
    assert out.loss.dtype == torch.float64
    check_common(model, out, seen, n_layers)
    return out, seen


def save_checkpoint(model, path, **kw):
    if os.path.exists(path):
        shutil.rmtree(path)
    model.save_pretrained(path, **kw)
    # save_pretrained may add files we do not want committed (generation config etc.).
    keep = {"config.json", "model.safetensors", "model.safetensors.index.json"}
    for f in os.listdir(path):
        if f not in keep and not f.startswith("model-"):
            os.remove(os.path.join(path, f))


def check_saved(model, path):
    """The saved weights are the model's float32 parameters, every one of them."""
    files = sorted(f for f in os.listdir(path) if f.endswith(".safetensors"))
    saved = {}
    for f in files:
        saved.update(load_file(os.path.join(path, f)))
    params = dict(model.state_dict())
    assert set(saved) == set(params), set(saved) ^ set(params)
    for k, v in saved.items():
        assert v.dtype == torch.float32, (k, v.dtype)
        torch.testing.assert_close(v, params[k], atol=0, rtol=0)
    return saved


def make_siglip(out_dir):
    torch.manual_seed(10)
    cfg = siglip_config()
    model = SiglipModel(cfg).eval()
    perturb(model, 11)
    save_checkpoint(model, os.path.join(out_dir, "checkpoint"))
    saved = check_saved(model, os.path.join(out_dir, "checkpoint"))

    gen = torch.Generator().manual_seed(12)
    n = 4
    v = cfg.vision_config
    inputs = {
        "pixel_values": torch.randn(n, v.num_channels, v.image_size, v.image_size, generator=gen),
        "input_ids": text_ids(n, gen),
    }
    model64 = SiglipModel(cfg).eval()
    model64.load_state_dict(model.state_dict())
    model64 = model64.double()
    inputs64 = {**inputs, "pixel_values": inputs["pixel_values"].double()}
    out, seen = run(model64, inputs64, 2)
    check_siglip(model64, inputs64, out, seen)
    save_file(
        {"pixel_values": f32(inputs["pixel_values"]), "input_ids": i32(inputs["input_ids"])},
        os.path.join(out_dir, "inputs.safetensors"),
        metadata={"source": "scripts/make_siglip_model_fixtures.py (SiglipModel)"},
    )
    outs = outputs_dict(out, seen)
    save_file(outs, os.path.join(out_dir, "outputs.safetensors"),
              metadata={"source": "SiglipModel.forward in float64, rounded to float32"})
    return cfg, saved, inputs, outs


def naflex_inputs(cfg, gen):
    p = cfg.vision_config.patch_size
    c = cfg.vision_config.num_channels
    pv, masks = [], []
    for h, w in NAFLEX_SHAPES:
        image = torch.randn(c, h * p, w * p, generator=gen)
        patches = convert_image_to_patches(image, p)  # [h*w, p*p*c], (y, x, channel) inner
        pad = NAFLEX_MAX_PATCHES - patches.shape[0]
        masks.append(torch.cat([torch.ones(h * w, dtype=torch.int64), torch.zeros(pad, dtype=torch.int64)]))
        pv.append(F.pad(patches, (0, 0, 0, pad)))
    return {
        "pixel_values": torch.stack(pv),
        "pixel_attention_mask": torch.stack(masks),
        "spatial_shapes": torch.tensor(NAFLEX_SHAPES, dtype=torch.int64),
        "input_ids": text_ids(len(NAFLEX_SHAPES), gen),
    }


def make_siglip2(out_dir):
    torch.manual_seed(20)
    cfg = siglip2_config()
    model = Siglip2Model(cfg).eval()
    perturb(model, 21)
    save_checkpoint(model, os.path.join(out_dir, "checkpoint"))
    saved = check_saved(model, os.path.join(out_dir, "checkpoint"))
    sharded = os.path.join(out_dir, "checkpoint_sharded")
    save_checkpoint(model, sharded, max_shard_size="64KB")
    check_saved(model, sharded)
    with open(os.path.join(sharded, "model.safetensors.index.json")) as f:
        index = json.load(f)
    shards = sorted(set(index["weight_map"].values()))
    assert len(shards) >= 3, shards

    gen = torch.Generator().manual_seed(22)
    inputs = naflex_inputs(cfg, gen)
    model64 = Siglip2Model(cfg).eval()
    model64.load_state_dict(model.state_dict())
    model64 = model64.double()
    inputs64 = {**inputs, "pixel_values": inputs["pixel_values"].double()}
    out, seen = run(model64, inputs64, 2)
    check_siglip2(model64, inputs64, out, seen)
    save_file(
        {
            "pixel_values": f32(inputs["pixel_values"]),
            "pixel_attention_mask": i32(inputs["pixel_attention_mask"]),
            "spatial_shapes": i32(inputs["spatial_shapes"]),
            "input_ids": i32(inputs["input_ids"]),
        },
        os.path.join(out_dir, "inputs.safetensors"),
        metadata={"source": "scripts/make_siglip_model_fixtures.py (Siglip2Model, NaFlex)"},
    )
    outs = outputs_dict(out, seen)
    save_file(outs, os.path.join(out_dir, "outputs.safetensors"),
              metadata={"source": "Siglip2Model.forward in float64, rounded to float32"})
    return cfg, saved, inputs, outs, shards


# --- README ---------------------------------------------------------------------------------


def table(tensors) -> str:
    rows = ["| name | shape |", "| --- | --- |"]
    rows += [f"| `{k}` | {list(v.shape)} |" for k, v in sorted(tensors.items(), key=lambda kv: natural(kv[0]))]
    return "\n".join(rows)


def natural(name: str):
    return [int(p) if p.isdigit() else p for p in name.split(".")]


def layer0_only(saved) -> dict:
    """Every parameter, with encoder layers other than 0 left out (they repeat layer 0)."""
    return {k: v for k, v in saved.items() if ".layers." not in k or ".layers.0." in k}


def readme(kind, cfg, saved, inputs, outs, shards=None) -> str:
    n_params = sum(v.numel() for v in saved.values())
    v, t = cfg.vision_config, cfg.text_config
    if kind == "siglip":
        title = "SigLIP (`SiglipModel`, fixed resolution)"
        embed = RECIPE_SIGLIP_EMBED
    else:
        title = "SigLIP 2 NaFlex (`Siglip2Model`)"
        embed = RECIPE_SIGLIP2_EMBED
    shard_note = ""
    if shards:
        shard_note = (
            f"- `checkpoint_sharded/` holds the same weights as {len(shards)} shards "
            "(`save_pretrained(max_shard_size=\"64KB\")`) with `model.safetensors.index.json` "
            "(`{\"metadata\": {\"total_size\": ...}, \"weight_map\": {name: shard file}}`).\n"
        )
    return f"""# {title}: tiny random-weight fixture

Generated by `scripts/make_siglip_model_fixtures.py` (do not edit; rerun it). Versions in
`VERSIONS.txt`. Before writing anything the script checks the recipe below against the
reference output: each encoder layer, the embeddings, norms, MAP head, pooling, logits and
loss are recomputed by hand from these formulas and compared.

- `checkpoint/`: `config.json` + `model.safetensors` as `save_pretrained` writes them,
  float32, {len(saved)} tensors, {n_params} parameters.
- Vision: hidden {v.hidden_size}, intermediate {v.intermediate_size}, {v.num_hidden_layers} layers, {v.num_attention_heads} heads, patch {v.patch_size}.
- Text: hidden {t.hidden_size}, intermediate {t.intermediate_size}, {t.num_hidden_layers} layers, {t.num_attention_heads} heads, vocab {t.vocab_size}, length {t.max_position_embeddings}, projection_size {t.projection_size}
  (= vision hidden; the two towers have different widths on purpose).
- `logit_scale` = ln 10, `logit_bias` = {LOGIT_BIAS}; every bias and norm parameter is
  perturbed away from HF's 0 / 1 init.
{shard_note}{NOTE[kind]}
## Forward recipe (transformers {transformers.__version__}, eager attention)

{embed}

{RECIPE_COMMON}

## Parameter names (encoder layer 0 shown; layer k is the same with `.layers.k.`)

{table(layer0_only(saved))}

## Inputs (`inputs.safetensors`)

{table(inputs)}

## Outputs (`outputs.safetensors`, float32 roundings of a float64 forward)

{table(outs)}
"""


RECIPE_SIGLIP_EMBED = """Vision embeddings (`vision_model.embeddings`):
- `patch_embedding` is a `Conv2d(3, D, kernel=p, stride=p)`: weight [D, 3, p, p], bias [D].
  Output [B, D, h, w] is flattened to tokens in row-major patch order (`flatten(2).transpose(1, 2)`).
  Equivalently: patchify in (channel, y, x) order per patch and multiply by the weight
  reshaped to [D, 3*p*p]. (SigLIP 2 NaFlex uses a Linear over (y, x, channel): different order.)
- plus `position_embedding.weight` [N, D] (N = (image_size / p)^2) added row by row.
  (`interpolate_pos_encoding=True` would resize it with bicubic, A = -0.75, no antialias; not
  used here.)
- No attention mask anywhere in the vision tower; the MAP head attends over all N tokens."""

RECIPE_SIGLIP2_EMBED = """Vision embeddings (`vision_model.embeddings`, NaFlex):
- `patch_embedding` is a `Linear(p*p*3, D)` applied to `pixel_values` [B, P, p*p*3], whose rows
  are patches in (patch-row, patch-column) order, each flattened (y, x, channel)
  (`convert_image_to_patches`: reshape (C, h, p, w, p) -> permute (1, 3, 2, 4, 0)). Padding rows
  are zeros (the processor pads with 0) and still go through the Linear (their embedding is
  the bias plus a position embedding, not zero).
- `position_embedding.weight` [num_patches, D] is a square S x S grid (S = sqrt(num_patches)),
  reshaped row-major to [S, S, D] (row index first). For each image with `spatial_shapes[b] =
  (h, w)` it is resized to h x w: this equals `F.interpolate(grid.permute(2, 0, 1)[None],
  size=(h, w), mode="bilinear", align_corners=False, antialias=True)` on the (1, D, S, S)
  layout (transformers 4.x called that per image, upcast to float32 on the CPU; 5.x builds the same
  separable weights by hand: triangle filter, center = (i + 0.5) * S/n - 0.5, support =
  max(S/n, 1), weights clamped at 0 and normalised to sum 1 per output cell, applied to rows
  and to columns, in float32 even in a float64 model; the script checks agreement to 1e-6). Plain bilinear without antialias
  differs by > 1e-2 when a side shrinks (checked). The resized grid is flattened row-major
  to [h*w, D] and placed in slots 0 .. h*w-1; every padding slot h*w .. P-1 receives the
  resized value of cell (0, 0) (5.x masks the output index to 0 for padding). Intermediate:
  `vision_embeddings.position_embeddings` [B, P, D].
- embeddings = patch embeds + resized positions (padding slots included).
- Attention mask: `pixel_attention_mask` [B, P] (1 = real patch) becomes an additive mask on
  the **keys** only, in every encoder layer (eager: `finfo(dtype).min` on padded keys).
  Padding queries still attend to the real keys, so padding rows of the hidden states hold
  finite, meaningless values (compare only the first h*w rows of each image; the script checks
  that the real rows and all pooled outputs do not depend on the padding patches' content).
- MAP head: the same key mask (padding keys are excluded from the probe's softmax)."""

NOTE = {
    "siglip": """
Which class: `SiglipModel` (`model_type` "siglip") serves SigLIP and the fixed-resolution
SigLIP 2 hub checkpoints (e.g. google/siglip2-base-patch16-224 is `model_type` "siglip");
`Siglip2Model` serves only the NaFlex ones (`*-naflex`). Hub configs often hold little more
than the `model_type` of each sub-config: every other field takes transformers' default.
""",
    "siglip2": """
Which class: `Siglip2Model` (`model_type` "siglip2") serves only the NaFlex hub checkpoints
(`*-naflex`); fixed-resolution SigLIP 2 checkpoints are `model_type` "siglip" and load as
`SiglipModel` (see ../siglip). The NaFlex vision config has `num_patches` (the learned grid,
default 256) and no `image_size`.
""",
}

RECIPE_COMMON = """Encoder layer (both towers, pre-norm), `encoder.layers.k`:
```
h = x + out_proj(attn(layer_norm1(x)))           # q_proj, k_proj, v_proj, out_proj: Linear with bias
y = h + fc2(gelu_tanh(fc1(layer_norm2(h))))      # mlp.fc1, mlp.fc2
```
- LayerNorm eps = `layer_norm_eps` = 1e-6 (with weight and bias), everywhere incl. the MAP head.
- Activation `hidden_act` = `gelu_pytorch_tanh`: 0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3))).
- Attention: heads = num_attention_heads, head_dim = D / heads, scale head_dim^-0.5, softmax in
  float32, no causal mask in either tower.
- Vision: `post_layernorm` after the last layer gives `last_hidden_state`.
- Text: token_embedding[input_ids] + position_embedding[0..L) (positions 0..L-1, no offset);
  no attention mask (none passed; pad tokens are attended); `final_layer_norm` gives
  `last_hidden_state`; pooling takes the **last position** (index L-1, even when it is a pad
  token) and applies `text_model.head` (Linear hidden -> projection_size, with bias):
  `pooler_output`.
- MAP head (`vision_model.head`, on `last_hidden_state` after post_layernorm):
  `nn.MultiheadAttention(D, heads, batch_first=True)`; the single query is `head.probe`
  [1, 1, D]; `head.attention.in_proj_weight` [3D, D] / `in_proj_bias` [3D] split into q, k, v
  rows in that order (q = probe W_q^T + b_q, k and v from the tokens);
  `head.attention.out_proj` Linear; scale head_dim^-0.5, softmax in the model dtype
  (`nn.MultiheadAttention`, unlike the encoder's float32 softmax). Then `o + mlp(layernorm(o))` where o is the attention
  output (the probe is **not** added back); token 0 is `pooler_output` [B, D].
  Intermediate: `vision_head.attention_output` = o.
- Hidden states: `hidden_states.0` = the embeddings, `hidden_states.k` = output of layer k
  (the last one before the final norm).
- Head: `image_embeds = v / ||v||`, `text_embeds = t / ||t||` (L2, no epsilon), where v, t are
  the pooler outputs; `logits_per_text = text_embeds @ image_embeds^T * exp(logit_scale) +
  logit_bias` [B_text, B_image], `logits_per_image` its transpose; `loss = -(1/B) sum_ij
  logsigmoid(z_ij logits_per_text_ij)`, z = 2I - 1 (square batch)."""


def write_versions(path):
    cmd = "python " + " ".join([os.path.relpath(sys.argv[0])] + sys.argv[1:])
    with open(path, "w") as f:
        f.write(
            f"python {platform.python_version()}\n"
            f"torch {torch.__version__}\n"
            f"transformers {transformers.__version__}\n"
            f"safetensors {safetensors.__version__}\n"
            f"numpy {np.__version__}\n"
            f"platform {platform.platform()} ({platform.machine()}), CPU\n"
            f"command (from the repository root): {cmd}\n"
        )


def write_defaults(kind, path):
    """transformers' config defaults (a config built with no arguments): what a hub config
    that names only the model types means, and what packfuse's serde defaults must equal."""
    cfg = (SiglipConfig if kind == "siglip" else Siglip2Config)()
    d = cfg.to_dict()
    keep = lambda sub: {k: v for k, v in sub.items() if not k.startswith("_") and k not in DROP}
    out = {"model_type": d["model_type"], "text_config": keep(d["text_config"]),
           "vision_config": keep(d["vision_config"])}
    with open(path, "w") as f:
        json.dump(out, f, indent=1, sort_keys=True)
        f.write("\n")


# Generic PreTrainedConfig fields (generation, output flags, ...) that say nothing about
# the architecture.
DROP = {
    "transformers_version", "architectures", "dtype", "output_hidden_states", "output_attentions",
    "return_dict", "id2label", "label2id", "problem_type", "chunk_size_feed_forward",
    "is_encoder_decoder", "tie_word_embeddings", "tokenizer_class", "prefix", "task_specific_params",
    "finetuning_task", "cross_attention_hidden_size", "add_cross_attention", "tie_encoder_decoder",
    "pruned_heads", "torchscript", "use_return_dict",
}


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--out", default="tests/fixtures")
    args = p.parse_args()
    torch.use_deterministic_algorithms(True)
    for kind, make in (("siglip", make_siglip), ("siglip2", make_siglip2)):
        out_dir = os.path.join(args.out, kind)
        os.makedirs(out_dir, exist_ok=True)
        cfg, saved, inputs, outs, *shards = make(out_dir)
        with open(os.path.join(out_dir, "README.md"), "w") as f:
            f.write(readme(kind, cfg, saved, inputs, outs, *shards))
        write_versions(os.path.join(out_dir, "VERSIONS.txt"))
        write_defaults(kind, os.path.join(out_dir, "transformers_defaults.json"))
        size = sum(
            os.path.getsize(os.path.join(r, f)) for r, _, fs in os.walk(out_dir) for f in fs
        )
        print(f"{out_dir}: {len(saved)} tensors, {len(outs)} outputs, {size} bytes, "
              f"loss {outs['loss'].item():.6f}")


if __name__ == "__main__":
    main()
