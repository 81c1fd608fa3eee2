//! # dhad — Arabic text toolkit
//!
//! (crate docs are written with the foundation; see README.md)
#![deny(missing_docs)]

pub mod error;
pub mod normalize;
pub mod segment;

pub use error::{Error, Result};
