#!/usr/bin/env python3
"""Compares `packfuse model` outputs with a transformers fixture's outputs.

    python3 benches/gpu/check_fixture.py GOT.safetensors WANT.safetensors

Prints the max abs error of the embeddings, logits and loss; exits 1 above 1e-4.
"""
import sys

from safetensors.torch import load_file

got, want = load_file(sys.argv[1]), load_file(sys.argv[2])
names = ["image_embeds", "text_embeds", "logits_per_image", "logits_per_text", "loss"]
err = max((got[n].double() - want[n].double()).abs().max().item() for n in names)
print(f"max abs error against transformers: {err:.2e}")
sys.exit(0 if err < 1e-4 else 1)
