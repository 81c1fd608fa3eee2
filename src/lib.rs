//! # dhad — Arabic text toolkit
//!
//! Normalization with alignment, tokenization, sentence splitting (and, as they land, clitic
//! segmentation, number, entity and date extraction), in plain Rust with byte offsets; the
//! `python` feature adds the PyO3 module `dhad._dhad`, which converts to code-point offsets.
//!
//! ```
//! use dhad::normalize::search_normalize;
//! use dhad::tokenize::{tokenize, TokenKind};
//!
//! let text = "وصلَ ٣٥٠٠ لاجئ إلى #حلب";
//! assert_eq!(search_normalize(text), "وصل 3500 لاجي الي #حلب");
//! let tokens = tokenize(text);
//! let kinds: Vec<TokenKind> = tokens.iter().map(|t| t.kind).collect();
//! assert_eq!(kinds, [TokenKind::Word, TokenKind::Number, TokenKind::Word, TokenKind::Word, TokenKind::Hashtag]);
//! assert_eq!(&text[tokens[1].start..tokens[1].end], "٣٥٠٠");
//! ```
#![deny(missing_docs)]

pub mod dates;
pub mod entities;
pub mod error;
mod hash;
pub mod normalize;
pub mod numbers;
pub mod segment;
pub mod span;
pub mod tokenize;

#[cfg(feature = "python")]
mod python;

pub use error::{Error, Result};
pub use span::Span;
