//! # dhad — Arabic text toolkit
//!
//! (crate docs are written with the foundation; see README.md)
#![deny(missing_docs)]

pub mod dates;
pub mod error;
pub mod normalize;

pub use error::{Error, Result};
