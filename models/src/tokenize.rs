//! Texts as transformers' SigLIP tokenizers give them, from a checkpoint folder's
//! `tokenizer.json` (the `tokenizers` crate; nothing is downloaded) and
//! `tokenizer_config.json`.
//!
//! What transformers 5.x does on top of `tokenizer.json`, reproduced here:
//! - SigLIP 2 (`model_type` "siglip2"): transformers always loads `Siglip2Tokenizer`, whatever
//!   class the hub config names, and that class puts a `Lowercase` normaliser in front of
//!   the file's normaliser. Its padding side defaults to **left**.
//! - SigLIP (`model_type` "siglip"): `SiglipTokenizer` is a SentencePiece tokenizer
//!   (`spiece.model`) that canonicalises each text first (lowercase, ASCII punctuation
//!   removed, runs of whitespace made one space, trimmed) and appends `</s>`; it pads on the
//!   right with `</s>`. packfuse reads the `tokenizer.json` converted from that model
//!   (transformers' `T5Converter`, which appends `</s>` in its post-processor) and
//!   canonicalises the same way.
//! - Truncation to `max_length` keeps room for the special tokens; padding to exactly
//!   `max_length` (`padding="max_length"`, as SigLIP was trained and as the zero-shot
//!   pipeline calls it, with `max_length=64`).
//!
//! `padding_side`, `truncation_side`, `pad_token` and `do_lower_case` in
//! `tokenizer_config.json` override those defaults, as they do in transformers.

use std::collections::HashMap;
use std::path::Path;

use packfuse_ir::Tensor;
use tokenizers::normalizers::{Lowercase, NormalizerWrapper, Sequence};
use tokenizers::{Tokenizer, TruncationDirection, TruncationParams, TruncationStrategy};

use crate::preprocess::PreprocessError;

/// The tokenizer file of a checkpoint folder.
pub const TOKENIZER_FILE: &str = "tokenizer.json";
/// The tokenizer settings of a checkpoint folder.
pub const TOKENIZER_CONFIG_FILE: &str = "tokenizer_config.json";

/// The text length SigLIP models were trained with and the zero-shot pipeline pads to.
pub const SIGLIP_TEXT_LENGTH: usize = 64;

/// A tokenizer with SigLIP's text handling; see the module docs.
#[derive(Clone, Debug)]
pub struct TextProcessor {
    tokenizer: Tokenizer,
    pad_id: u32,
    pad_left: bool,
    truncate_left: bool,
    /// SigLIP's canonicalisation (`Some(lowercase)`), or none (SigLIP 2).
    canonicalize: Option<bool>,
}

/// A token given as a string or as `{"content": ...}` in `tokenizer_config.json`.
fn token_string(v: &serde_json::Value) -> Option<String> {
    v.as_str().map(str::to_string).or_else(|| v.get("content")?.as_str().map(str::to_string))
}

impl TextProcessor {
    /// The tokenizer of the checkpoint folder `dir` for a model of `model_type` ("siglip" or
    /// "siglip2"); a folder without `tokenizer.json` is an error that says what it has instead.
    pub fn from_dir(dir: &Path, model_type: &str) -> Result<TextProcessor, PreprocessError> {
        let path = dir.join(TOKENIZER_FILE);
        if !path.exists() {
            let hint = if dir.join("spiece.model").exists() {
                ": it has a SentencePiece spiece.model, which packfuse does not read; write the \
                 tokenizer.json transformers converts it to (T5Converter(SiglipTokenizer(\
                 \"spiece.model\")).converted().save(\"tokenizer.json\"), see README)"
            } else {
                ": packfuse tokenizes with the checkpoint's own tokenizer.json and downloads nothing"
            };
            return Err(PreprocessError::NoTokenizer { dir: dir.to_path_buf(), hint: hint.into() });
        }
        let cfg_err = |path: &Path, reason: String| PreprocessError::Config {
            path: path.to_path_buf(),
            reason,
        };
        let mut tokenizer = Tokenizer::from_file(&path)
            .map_err(|e| cfg_err(&path, format!("not a tokenizer: {e}")))?;
        let cfg_path = dir.join(TOKENIZER_CONFIG_FILE);
        let cfg: serde_json::Value = if cfg_path.exists() {
            let text = std::fs::read_to_string(&cfg_path).map_err(|e| PreprocessError::File {
                path: cfg_path.clone(),
                reason: e.to_string(),
            })?;
            serde_json::from_str(&text).map_err(|e| cfg_err(&cfg_path, format!("not JSON: {e}")))?
        } else {
            serde_json::Value::Null
        };
        let (default_pad, default_side, canonicalize) = match model_type {
            "siglip2" => ("<pad>", "left", None),
            "siglip" => {
                let lower = cfg.get("do_lower_case").and_then(|v| v.as_bool()).unwrap_or(true);
                ("</s>", "right", Some(lower))
            }
            other => {
                return Err(cfg_err(
                    &path,
                    format!("model_type {other:?}: only siglip and siglip2"),
                ))
            }
        };
        if model_type == "siglip2" {
            if let Some(n) = tokenizer.get_normalizer().cloned() {
                let seq = Sequence::new(vec![NormalizerWrapper::Lowercase(Lowercase), n]);
                tokenizer
                    .with_normalizer(Some(NormalizerWrapper::Sequence(seq)))
                    .map_err(|e| cfg_err(&path, e.to_string()))?;
            }
        }
        let pad = cfg.get("pad_token").and_then(token_string).unwrap_or(default_pad.into());
        let pad_id = tokenizer.token_to_id(&pad).ok_or_else(|| {
            cfg_err(&path, format!("the padding token {pad:?} is not in the vocabulary"))
        })?;
        let side = |key: &str, default: &str| {
            cfg.get(key).and_then(|v| v.as_str()).unwrap_or(default) == "left"
        };
        Ok(TextProcessor {
            tokenizer,
            pad_id,
            pad_left: side("padding_side", default_side),
            truncate_left: side("truncation_side", "right"),
            canonicalize,
        })
    }

    /// `input_ids` and `attention_mask` (1 = real token), both i32 `[texts.len(),
    /// max_length]`: each text tokenized with its special tokens, truncated to `max_length`
    /// and padded to it.
    pub fn encode(
        &self,
        texts: &[String],
        max_length: usize,
    ) -> Result<HashMap<String, Tensor>, PreprocessError> {
        if texts.is_empty() || max_length == 0 {
            return Err(PreprocessError::Invalid(
                "tokenizing needs at least one text and a positive length".into(),
            ));
        }
        let mut tok = self.tokenizer.clone();
        let direction =
            if self.truncate_left { TruncationDirection::Left } else { TruncationDirection::Right };
        let params = TruncationParams {
            direction,
            max_length,
            strategy: TruncationStrategy::LongestFirst,
            stride: 0,
        };
        tok.with_truncation(Some(params))
            .map_err(|e| PreprocessError::Invalid(format!("truncation to {max_length}: {e}")))?;
        let mut ids = Vec::with_capacity(texts.len() * max_length);
        let mut mask = Vec::with_capacity(texts.len() * max_length);
        for text in texts {
            let text = match self.canonicalize {
                Some(lower) => canonicalize(text, lower),
                None => text.clone(),
            };
            let enc = tok
                .encode(text.as_str(), true)
                .map_err(|e| PreprocessError::Invalid(format!("tokenizing {text:?}: {e}")))?;
            let row: Vec<i32> = enc.get_ids().iter().map(|&t| t as i32).collect();
            let (real, pad) = (row.len().min(max_length), max_length - row.len().min(max_length));
            let pads = std::iter::repeat_n(self.pad_id as i32, pad);
            let (ones, zeros) = (std::iter::repeat_n(1, real), std::iter::repeat_n(0, pad));
            if self.pad_left {
                ids.extend(pads.chain(row));
                mask.extend(zeros.chain(ones));
            } else {
                ids.extend(row.into_iter().chain(pads));
                mask.extend(ones.chain(zeros));
            }
        }
        let shape = [texts.len(), max_length];
        Ok(HashMap::from([
            ("input_ids".to_string(), Tensor::from_i32(&shape, ids)),
            ("attention_mask".to_string(), Tensor::from_i32(&shape, mask)),
        ]))
    }
}

/// SigLIP's text canonicalisation (`SiglipTokenizer.canonicalize_text`, from big_vision):
/// lowercase (when `lower`), ASCII punctuation removed, whitespace runs made one space, trimmed.
pub fn canonicalize(text: &str, lower: bool) -> String {
    let text = if lower { text.to_lowercase() } else { text.to_string() };
    let kept: String = text.chars().filter(|c| !c.is_ascii_punctuation()).collect();
    kept.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonicalize_as_big_vision() {
        assert_eq!(canonicalize("  This is a Photo of a CAT.  ", true), "this is a photo of a cat");
        assert_eq!(canonicalize("don't\t\nstop-me!", true), "dont stopme");
        assert_eq!(canonicalize("Über  Äpfel", false), "Über Äpfel");
    }
}
