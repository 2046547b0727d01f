//! `chidao schema`: prints the JSON Schema of the output.

use std::io::Write;

/// The JSON Schema of one output document (see README "Output schema").
pub const SCHEMA: &str = include_str!("../notice.schema.json");

pub fn run() -> std::io::Result<u8> {
    let mut out = std::io::stdout().lock();
    out.write_all(SCHEMA.as_bytes())?;
    if !SCHEMA.ends_with('\n') {
        out.write_all(b"\n")?;
    }
    Ok(super::EXIT_OK)
}
