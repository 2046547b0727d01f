//! The one integration test binary: CLI cases, the corpus with its expected
//! outputs, gold scoring, and the batch, grep and export behaviour.
//! Each area is a module; shared helpers live in `common`.

mod common;

mod archive;
mod cli;
mod corpus;
mod export;
mod gold;
mod grep;
mod properties;
mod resume;
mod rules;
mod stream;
mod structure;
