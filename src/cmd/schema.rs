//! `chidao schema`: prints the JSON Schema of the output.

use std::io::Write;

pub fn run() -> std::io::Result<u8> {
    let schema = chidao::model::json_schema();
    let mut out = std::io::stdout().lock();
    serde_json::to_writer_pretty(&mut out, &schema).map_err(std::io::Error::other)?;
    out.write_all(b"\n")?;
    Ok(super::EXIT_OK)
}
