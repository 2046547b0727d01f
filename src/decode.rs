//! Bytes → text: byte order marks, UTF-16, and the legacy Vietnamese
//! encodings of pre-2003 archives (TCVN3/ABC, VNI-Windows, VISCII,
//! Windows-1258), with a report of what was done.
//!
//! Valid UTF-8 is always read as UTF-8, with nothing more than validation
//! and one copy: that is the common case and must stay fast. Only bytes that
//! are not UTF-8 are guessed at: every legacy table decodes any byte, so each
//! candidate reading is scored by the share of its accented words that are
//! Vietnamese syllables, and the best one wins if it reads as Vietnamese.
//! NFD text is handed on as it is (the normalize stage composes it);
//! legacy readings come out composed (NFC).

mod legacy;
mod syllable;

use std::borrow::Cow;
use std::fmt;

use unicode_normalization::UnicodeNormalization;

use legacy::Legacy;

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
    /// Not text: NUL bytes, or the signature of a known binary format
    /// (`looks_like` names it, with what to do about it).
    Binary {
        looks_like: Option<&'static str>,
    },
    InvalidUtf8 {
        offset: usize,
    },
    /// An unpaired surrogate, or an odd byte at the end, at this byte offset.
    InvalidUtf16 {
        offset: usize,
    },
    UnknownEncoding(String),
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::Empty => write!(f, "empty file"),
            DecodeError::Binary { looks_like: None } => {
                write!(f, "binary file (NUL bytes), not a text notice")
            }
            DecodeError::Binary {
                looks_like: Some(what),
            } => write!(f, "not a text notice: looks like {what}"),
            DecodeError::InvalidUtf8 { offset } => write!(
                f,
                "invalid UTF-8 at byte {offset} and no known Vietnamese encoding fits (use --lossy or --encoding)"
            ),
            DecodeError::InvalidUtf16 { offset } => write!(
                f,
                "invalid UTF-16 at byte {offset} (unpaired surrogate or odd length; use --lossy)"
            ),
            DecodeError::UnknownEncoding(name) => write!(
                f,
                "unknown encoding `{name}` (known: {})",
                ENCODING_NAMES.join(", ")
            ),
        }
    }
}

impl std::error::Error for DecodeError {}

/// The names `--encoding` accepts (aliases aside).
pub const ENCODING_NAMES: [&str; 7] = [
    "utf-8",
    "utf-16le",
    "utf-16be",
    "tcvn3",
    "vni",
    "viscii",
    "windows-1258",
];

#[derive(Debug, Clone, Copy, PartialEq)]
enum Encoding {
    Utf8 {
        bom: bool,
    },
    /// `None`: take the byte order from the BOM, little-endian without one.
    Utf16 {
        big_endian: Option<bool>,
    },
    Legacy(Legacy),
}

fn parse_encoding(name: &str) -> Option<Encoding> {
    let name = name.trim().to_ascii_lowercase().replace('_', "-");
    Some(match name.as_str() {
        "utf-8" | "utf8" => Encoding::Utf8 { bom: false },
        "utf-8-bom" | "utf8-bom" | "utf-8-sig" => Encoding::Utf8 { bom: true },
        "utf-16" | "utf16" => Encoding::Utf16 { big_endian: None },
        "utf-16le" | "utf16le" | "utf-16-le" => Encoding::Utf16 {
            big_endian: Some(false),
        },
        "utf-16be" | "utf16be" | "utf-16-be" => Encoding::Utf16 {
            big_endian: Some(true),
        },
        "tcvn3" | "tcvn-3" | "tcvn" | "abc" | "tcvn3-abc" | "vn3" | "tcvn5712" | "tcvn5712-1"
        | "tcvn-5712" => Encoding::Legacy(Legacy::Tcvn3),
        "vni" | "vni-windows" | "vni-win" | "vniwin" | "vni-win32" => Encoding::Legacy(Legacy::Vni),
        "viscii" => Encoding::Legacy(Legacy::Viscii),
        "windows-1258" | "cp1258" | "win1258" | "windows1258" | "cp-1258" => {
            Encoding::Legacy(Legacy::Windows1258)
        }
        _ => return None,
    })
}

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// [`decode`] taking the bytes: a UTF-8 file without a byte order mark (most
/// files) becomes the text without a copy, so a 100 MB file holds one
/// 100 MB buffer here, not two.
/// Whether `word` (letters only) can be one Vietnamese syllable.
pub fn is_vietnamese_syllable(word: &str) -> bool {
    syllable::is_syllable(word)
}

pub fn decode_owned(
    bytes: Vec<u8>,
    forced: Option<&str>,
    lossy: bool,
) -> Result<Decoded, DecodeError> {
    let utf8_asked =
        forced.is_none_or(|name| matches!(parse_encoding(name), Some(Encoding::Utf8 { .. })));
    let plain_utf8 = utf8_asked
        && !bytes.is_empty()
        && !bytes.starts_with(UTF8_BOM)
        && binary_signature(&bytes).is_none()
        && !bytes.contains(&0)
        && simdutf8::basic::from_utf8(&bytes).is_ok();
    if !plain_utf8 {
        return decode(&bytes, forced, lossy);
    }
    // SAFETY: simdutf8 has just validated these very bytes as UTF-8 (std's
    // `String::from_utf8` would validate them again, 10 times slower).
    let text = unsafe { String::from_utf8_unchecked(bytes) };
    Ok(Decoded {
        text,
        encoding: "utf-8".into(),
        warnings: Vec::new(),
    })
}

/// Decode a file's bytes; `forced` names an encoding to use instead of detection.
pub fn decode(bytes: &[u8], forced: Option<&str>, lossy: bool) -> Result<Decoded, DecodeError> {
    let forced = match forced {
        Some(name) => Some(
            parse_encoding(name).ok_or_else(|| DecodeError::UnknownEncoding(name.to_string()))?,
        ),
        None => None,
    };
    if bytes.is_empty() {
        return Err(DecodeError::Empty);
    }
    if let Some(what) = binary_signature(bytes) {
        return Err(DecodeError::Binary {
            looks_like: Some(what),
        });
    }
    match forced {
        Some(Encoding::Utf8 { .. }) => decode_utf8(bytes, lossy, false),
        Some(Encoding::Utf16 { big_endian }) => {
            let (body, be) = match (utf16_bom(bytes), big_endian) {
                (Some(bom_be), None) => (&bytes[2..], bom_be),
                (Some(bom_be), Some(be)) if bom_be == be => (&bytes[2..], be),
                (_, be) => (bytes, be.unwrap_or(false)),
            };
            decode_utf16(bytes.len() - body.len(), body, be, lossy, Vec::new())
        }
        Some(Encoding::Legacy(enc)) => {
            reject_nul(bytes)?;
            let mut warnings = Vec::new();
            if bytes.starts_with(UTF8_BOM) || utf16_bom(bytes).is_some() {
                warnings.push(format!(
                    "the file starts with a Unicode byte order mark, yet {} was asked for",
                    enc.name()
                ));
            }
            let (text, notes) = enc.decode(bytes);
            warnings.extend(notes);
            Ok(Decoded {
                text,
                encoding: enc.name().into(),
                warnings,
            })
        }
        None => {
            if let Some(be) = utf16_bom(bytes) {
                return decode_utf16(2, &bytes[2..], be, lossy, Vec::new());
            }
            decode_utf8(bytes, lossy, true)
        }
    }
}

/// Encode `text` in `encoding` (any name `decode` accepts), the inverse of
/// `decode`: legacy encodings get NFC text, UTF-16 gets a byte order mark
/// (so that `decode` recognizes it). `None` if the name is unknown or a
/// character cannot be written in that encoding.
pub fn encode(text: &str, encoding: &str) -> Option<Vec<u8>> {
    match parse_encoding(encoding)? {
        Encoding::Utf8 { bom } => {
            let mut out = Vec::with_capacity(text.len() + 3);
            if bom {
                out.extend_from_slice(UTF8_BOM);
            }
            out.extend_from_slice(text.as_bytes());
            Some(out)
        }
        Encoding::Utf16 { big_endian } => {
            let be = big_endian.unwrap_or(false);
            let mut out = Vec::with_capacity(text.len() * 2 + 2);
            for unit in std::iter::once(0xFEFF).chain(text.encode_utf16()) {
                out.extend_from_slice(&if be {
                    unit.to_be_bytes()
                } else {
                    unit.to_le_bytes()
                });
            }
            Some(out)
        }
        Encoding::Legacy(enc) => {
            let text: Cow<str> = if unicode_normalization::is_nfc(text) {
                Cow::Borrowed(text)
            } else {
                Cow::Owned(text.nfc().collect())
            };
            enc.encode(&text)
        }
    }
}

/// Signatures of binary formats people may hand us instead of a text notice.
fn binary_signature(bytes: &[u8]) -> Option<&'static str> {
    const SIGNATURES: &[(&[u8], &str)] = &[
        (
            b"%PDF-",
            "a PDF document (extract its text first, e.g. with pdftotext)",
        ),
        (
            b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1",
            "a Microsoft Office 97-2003 file (.doc/.xls; save it as plain text first)",
        ),
        (
            b"PK\x03\x04",
            "a ZIP archive (.zip, or a .docx/.xlsx/.odt document: save it as plain text first)",
        ),
        (b"PK\x05\x06", "an empty ZIP archive"),
        (b"\x89PNG\r\n\x1A\n", "a PNG image"),
        (b"\xFF\xD8\xFF", "a JPEG image"),
        (b"GIF87a", "a GIF image"),
        (b"GIF89a", "a GIF image"),
        (b"II*\x00", "a TIFF image"),
        (b"MM\x00*", "a TIFF image"),
        (b"\x1F\x8B", "a gzip-compressed file"),
        (b"7z\xBC\xAF\x27\x1C", "a 7-Zip archive"),
        (b"Rar!\x1A\x07", "a RAR archive"),
        (b"\x7FELF", "an executable (ELF)"),
        (b"{\\rtf", "an RTF document (save it as plain text first)"),
        (
            b"\xFF\xFE\x00\x00",
            "UTF-32 text (convert it to UTF-8 first)",
        ),
        (
            b"\x00\x00\xFE\xFF",
            "UTF-32 text (convert it to UTF-8 first)",
        ),
    ];
    if bytes.len() >= 12 && bytes.starts_with(b"RIFF") && &bytes[8..12] == b"WEBP" {
        return Some("a WebP image");
    }
    SIGNATURES
        .iter()
        .find(|(magic, _)| bytes.starts_with(magic))
        .map(|&(_, what)| what)
}

/// `Some(true)` for a big-endian UTF-16 byte order mark, `Some(false)` for little-endian.
fn utf16_bom(bytes: &[u8]) -> Option<bool> {
    match bytes {
        [0xFE, 0xFF, ..] => Some(true),
        [0xFF, 0xFE, ..] => Some(false),
        _ => None,
    }
}

fn reject_nul(bytes: &[u8]) -> Result<(), DecodeError> {
    if bytes.contains(&0) {
        Err(DecodeError::Binary { looks_like: None })
    } else {
        Ok(())
    }
}

/// UTF-8 with or without BOM; if `guess` and the bytes are not UTF-8, try
/// UTF-16 without BOM (when there are NUL bytes) and the legacy encodings.
fn decode_utf8(bytes: &[u8], lossy: bool, guess: bool) -> Result<Decoded, DecodeError> {
    let (body, encoding) = match bytes.strip_prefix(UTF8_BOM) {
        Some(rest) => (rest, "utf-8-bom"),
        None => (bytes, "utf-8"),
    };
    if body.is_empty() {
        return Err(DecodeError::Empty);
    }
    if body.contains(&0) {
        if guess && encoding == "utf-8" {
            if let Some(be) = guess_utf16_without_bom(body) {
                let name = if be { "UTF-16BE" } else { "UTF-16LE" };
                let warning =
                    format!("no byte order mark: guessed {name} from the pattern of zero bytes");
                return decode_utf16(0, body, be, lossy, vec![warning]);
            }
        }
        return Err(DecodeError::Binary { looks_like: None });
    }
    let bom_len = bytes.len() - body.len();
    // simdutf8 validates Vietnamese text (a multi-byte letter every few
    // bytes) about 20 times faster than std here; std then finds the offset.
    match simdutf8::basic::from_utf8(body) {
        Ok(text) => Ok(Decoded {
            // The byte order mark is kept (as U+FEFF, which normalizing
            // drops) so that spans are byte offsets into the file itself.
            text: if bom_len > 0 {
                format!("\u{FEFF}{text}")
            } else {
                text.to_owned()
            },
            encoding: encoding.into(),
            warnings: Vec::new(),
        }),
        Err(_) => {
            // A UTF-8 byte order mark says UTF-8: then the bad bytes are damage, not a legacy file.
            if guess && bom_len == 0 {
                if let Some(decoded) = guess_legacy(body) {
                    return Ok(decoded);
                }
            }
            if lossy {
                return Ok(decode_utf8_lossy(body, bom_len));
            }
            let valid_up_to = std::str::from_utf8(body)
                .err()
                .map_or(body.len(), |e| e.valid_up_to());
            Err(DecodeError::InvalidUtf8 {
                offset: bom_len + valid_up_to,
            })
        }
    }
}

fn decode_utf8_lossy(body: &[u8], bom_len: usize) -> Decoded {
    let mut text = String::with_capacity(body.len() + 16);
    if bom_len > 0 {
        // As for valid UTF-8: offsets count the byte order mark.
        text.push('\u{FEFF}');
    }
    let mut first_bad = None;
    let mut bad = 0usize;
    let mut pos = bom_len;
    for chunk in body.utf8_chunks() {
        text.push_str(chunk.valid());
        pos += chunk.valid().len();
        if !chunk.invalid().is_empty() {
            first_bad.get_or_insert(pos);
            bad += 1;
            text.push('\u{FFFD}');
            pos += chunk.invalid().len();
        }
    }
    let first = first_bad.unwrap_or(bom_len);
    let more = match bad {
        0 | 1 => String::new(),
        n => format!(" and {} more place(s)", n - 1),
    };
    Decoded {
        text,
        encoding: "utf-8-lossy".into(),
        warnings: vec![format!(
            "invalid UTF-8 at byte {first}{more}: replaced with U+FFFD"
        )],
    }
}

/// UTF-16 text of `body` (which starts `offset` bytes into the file).
fn decode_utf16(
    offset: usize,
    body: &[u8],
    big_endian: bool,
    lossy: bool,
    mut warnings: Vec<String>,
) -> Result<Decoded, DecodeError> {
    if body.is_empty() {
        return Err(DecodeError::Empty);
    }
    let units = body.chunks_exact(2).map(|pair| {
        let pair = [pair[0], pair[1]];
        if big_endian {
            u16::from_be_bytes(pair)
        } else {
            u16::from_le_bytes(pair)
        }
    });
    let mut text = String::with_capacity(body.len() + body.len() / 2);
    let mut unit = 0usize;
    let mut bad = Vec::new();
    for c in char::decode_utf16(units) {
        match c {
            Ok(c) => {
                text.push(c);
                unit += c.len_utf16();
            }
            Err(_) => {
                bad.push(offset + 2 * unit);
                text.push('\u{FFFD}');
                unit += 1;
            }
        }
    }
    if body.len() % 2 == 1 {
        bad.push(offset + body.len() - 1);
        text.push('\u{FFFD}');
    }
    if let Some(&first) = bad.first() {
        if !lossy {
            return Err(DecodeError::InvalidUtf16 { offset: first });
        }
        warnings.push(format!(
            "invalid UTF-16 at byte {first} ({} place(s) in all): replaced with U+FFFD",
            bad.len()
        ));
    }
    if text.contains('\0') {
        return Err(DecodeError::Binary { looks_like: None });
    }
    Ok(Decoded {
        text,
        encoding: if big_endian { "utf-16be" } else { "utf-16le" }.into(),
        warnings,
    })
}

/// UTF-16 written without a byte order mark: Vietnamese text is mostly
/// ASCII and U+00xx–U+01xx, so one byte of every pair is zero far more
/// often than the other. `Some(big_endian)` if the first 64 KiB look so and
/// decode to ordinary text.
fn guess_utf16_without_bom(bytes: &[u8]) -> Option<bool> {
    if bytes.len() < 4 || bytes.len() % 2 == 1 {
        return None;
    }
    let sample = &bytes[..bytes.len().min(64 * 1024)];
    let pairs = sample.len() / 2;
    let zeros_at = |parity: usize| {
        sample
            .iter()
            .skip(parity)
            .step_by(2)
            .filter(|&&b| b == 0)
            .count()
    };
    let (even, odd) = (zeros_at(0), zeros_at(1));
    let big_endian = if odd * 10 >= pairs * 3 && even * 50 <= pairs {
        false
    } else if even * 10 >= pairs * 3 && odd * 50 <= pairs {
        true
    } else {
        return None;
    };
    let units = sample.chunks_exact(2).map(|p| {
        let p = [p[0], p[1]];
        if big_endian {
            u16::from_be_bytes(p)
        } else {
            u16::from_le_bytes(p)
        }
    });
    let (mut total, mut texty) = (0usize, 0usize);
    for c in char::decode_utf16(units) {
        // A pair cut off at the end of the sample is no evidence either way.
        let Ok(c) = c else { continue };
        total += 1;
        let ordinary = c.is_ascii_graphic()
            || c.is_whitespace()
            || ('\u{A0}'..='\u{24F}').contains(&c)
            || ('\u{300}'..='\u{36F}').contains(&c)
            || ('\u{1E00}'..='\u{1EFF}').contains(&c)
            || ('\u{2000}'..='\u{20CF}').contains(&c);
        if c == '\0' {
            return None;
        }
        texty += usize::from(ordinary);
    }
    (total > 0 && texty * 100 >= total * 95).then_some(big_endian)
}

/// Share of accented words that must be Vietnamese syllables for a legacy
/// reading to be taken. On the corpus, right readings score 99–100%, wrong
/// ones at most 55% (TCVN3 read as VISCII, whose vowels often land on other
/// vowels), Western European text in Windows-1252 under 30%.
const MIN_SYLLABLE_SHARE: f64 = 0.7;

/// How much of a large file is read to choose the encoding.
const GUESS_SAMPLE: usize = 256 * 1024;

/// Read non-UTF-8 bytes in each legacy encoding and keep the one that reads
/// as Vietnamese, if any.
fn guess_legacy(bytes: &[u8]) -> Option<Decoded> {
    let sample = if bytes.len() > GUESS_SAMPLE {
        // Cut at a space so that no two-byte VNI letter is split.
        let head = &bytes[..GUESS_SAMPLE];
        match head.iter().rposition(|b| b.is_ascii_whitespace()) {
            Some(p) if p > GUESS_SAMPLE / 2 => &head[..p],
            _ => head,
        }
    } else {
        bytes
    };
    let accented = accented_tokens(sample);
    if accented == 0 {
        return None;
    }
    let mut best: Option<(Legacy, usize, String, Vec<String>)> = None;
    for enc in Legacy::ALL {
        let (text, notes) = enc.decode(sample);
        let valid = valid_accented_words(&text);
        // Ties keep the earlier, more common encoding.
        if best.as_ref().is_none_or(|(_, v, _, _)| valid > *v) {
            best = Some((enc, valid, text, notes));
        }
    }
    let (enc, valid, text, notes) = best?;
    let share = valid.min(accented) as f64 / accented as f64;
    if share < MIN_SYLLABLE_SHARE {
        return None;
    }
    let (text, notes) = if sample.len() == bytes.len() {
        (text, notes)
    } else {
        enc.decode(bytes)
    };
    let mut warnings = vec![format!(
        "guessed encoding {} ({}% of {accented} accented words are Vietnamese syllables{})",
        enc.name(),
        (share * 100.0).floor(),
        if accented < 5 {
            "; few words to go on, use --encoding if the text looks wrong"
        } else {
            ""
        }
    )];
    warnings.extend(notes);
    Some(Decoded {
        text,
        encoding: enc.name().into(),
        warnings,
    })
}

/// Words (runs of ASCII letters and non-ASCII bytes) holding a non-ASCII
/// byte: the words a legacy encoding decides, counted the same way for
/// every candidate.
fn accented_tokens(bytes: &[u8]) -> usize {
    bytes
        .split(|&b| b < 0x80 && !b.is_ascii_alphabetic())
        .filter(|w| w.iter().any(|&b| b >= 0x80))
        .count()
}

fn valid_accented_words(text: &str) -> usize {
    legacy::words(text)
        .filter(|w| !w.is_ascii() && syllable::is_syllable(w))
        .count()
}

/// Runs glibc `iconv` (the reference for the legacy tables), or `None`
/// when it is missing or cannot convert.
#[cfg(test)]
fn iconv(args: &[&str], input: &[u8]) -> Option<Vec<u8>> {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let mut child = Command::new("iconv")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    child.stdin.take()?.write_all(input).ok()?;
    let out = child.wait_with_output().ok()?;
    out.status.success().then_some(out.stdout)
}

#[cfg(test)]
// The tests say on stdout when they skip a check (no iconv binary, no corpus).
#[allow(clippy::print_stdout)]
mod tests {
    use super::*;

    /// The opening of corpus/000 and a sentence of corpus/003 (real notices).
    pub(crate) const NOTICE: &str = r#"Số: 136 /TB-UBND

Biên Hòa, ngày 19 tháng 3 năm 2024

THÔNG BÁO

Kết luận của đồng chí Đỗ Khôi Nguyên – Chủ tịch UBND thành phố Biên Hòa, Trưởng Ban Chỉ đạo Cải cách hành chính tại Hội nghị tổng kết công tác cải cách hành chính năm 2023

Ngày 14/3/2024, tại Trụ sở UBND thành phố Biên Hòa, đồng chí Đỗ Khôi Nguyên - Chủ tịch UBND thành phố Biên Hòa, Trưởng Ban Chỉ đạo Cải cách hành chính đã chủ trì Hội nghị Tổng kết công tác cải cách hành chính năm 2023; Tham dự Hội nghị có đồng chí Nguyễn Ngọc Liên - Trưởng ban Dân vận Thành ủy; Thường trực HĐND thành phố; Ban Thường trực Ủy ban mặt trận Tổ quốc Việt Nam, Lãnh đạo các Phòng chuyên môn và UBND các phường, xã.

Sau khi nghe Phòng Nội vụ, Văn phòng HĐND và UBND thành phố báo cáo kết quả thực hiện nhiệm vụ được giao, các khó khăn, vướng mắc trong công tác cải cách hành chính và báo cáo tham luận của một số đơn vị, địa phương theo gợi ý của Chủ trì Hội nghị; đồng chí Đỗ Khôi Nguyên - Chủ tịch UBND thành phố Biên Hòa, Trưởng Ban chỉ đạo cải cách hành chính thành phố có ý kiến như sau:

I. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN

Qua đánh giá kết quả thực hiện trong năm 2023 và 02 tháng đầu năm 2024 đã thể hiện được sự quan tâm của các đơn vị, địa phương trong việc triển khai nhiệm vụ cải cách hành chính, có trọng tâm, trọng điểm, thí điểm nhiều mô hình mới, cách làm hay được đánh giá cao, tạo chuyển biến, được người dân đồng tình, ủng hộ như: Mô hình “không phụ thuộc địa giới hành chính” trong giải quyết thủ tục hành chính, áp dụng chính sách miễn, giảm lệ phí đối với thủ tục hành chính sử dụng dịch vụ công trực tuyến, giải quyết thủ tục hành chính không hẹn giờ, thanh toán không dùng tiền mặt,...

Công tác cải cách chế độ công vụ, cải cách tài chính công đạt được nhiều kết quả tích cực…Đồng chí Bạch Văn Mạnh – Giám đốc Sở Nội vụ phát biểu tại Hội nghị.
"#;

    /// Capitals with tones in all the TCVN3 positions that are Windows
    /// punctuation in ABC files, as headings write them.
    const CAPITALS: &str = "III. TỔ CHỨC THỰC HIỆN CHỈ THỊ: HỘI NGHỊ CÓ Ý KIẾN RÕ, HỌC TẬP, \
                            ĐẶC BIỆT LÀ THÀNH ỦY HÒA BÌNH VÀ VIỆC NHỎ";

    /// Punctuation VISCII and VN1 cannot write, in plain ASCII.
    fn plain_punctuation(text: &str) -> String {
        text.replace(['“', '”'], "\"")
            .replace(['‘', '’'], "'")
            .replace(['–', '—'], "-")
            .replace('…', "...")
            .replace('\u{A0}', " ")
    }

    fn sample_for(enc: &str) -> String {
        let text = format!("{NOTICE}\n{CAPITALS}\n");
        if enc == "viscii" {
            plain_punctuation(&text)
        } else {
            text
        }
    }

    const LEGACY: [&str; 4] = ["tcvn3", "vni", "viscii", "windows-1258"];

    #[test]
    fn utf8_with_and_without_bom() {
        let d = decode(NOTICE.as_bytes(), None, false).unwrap();
        assert_eq!((d.text.as_str(), d.encoding.as_str()), (NOTICE, "utf-8"));
        assert!(d.warnings.is_empty());
        let bytes = encode(NOTICE, "utf-8-bom").unwrap();
        assert!(bytes.starts_with(UTF8_BOM));
        let d = decode(&bytes, None, false).unwrap();
        // The mark is kept so that offsets into the text are the file's.
        assert_eq!(d.text.len(), bytes.len());
        assert_eq!(
            (d.text.strip_prefix('\u{FEFF}'), d.encoding.as_str()),
            (Some(NOTICE), "utf-8-bom")
        );
        let d = decode(b"Plain ASCII notice.\n", None, false).unwrap();
        assert_eq!(d.encoding, "utf-8");
    }

    #[test]
    fn nfd_utf8_is_left_for_the_normalize_stage() {
        let nfd: String = NOTICE.nfd().collect();
        assert_ne!(nfd, NOTICE);
        assert_eq!(decode(nfd.as_bytes(), None, false).unwrap().text, nfd);
    }

    #[test]
    fn utf16_with_bom_both_byte_orders() {
        for (name, first) in [("utf-16le", [0xFF, 0xFE]), ("utf-16be", [0xFE, 0xFF])] {
            let bytes = encode(NOTICE, name).unwrap();
            assert_eq!(bytes[..2], first);
            let d = decode(&bytes, None, false).unwrap();
            assert_eq!((d.text.as_str(), d.encoding.as_str()), (NOTICE, name));
            assert!(d.warnings.is_empty());
            // Forced, with or without the BOM.
            assert_eq!(decode(&bytes, Some(name), false).unwrap().text, NOTICE);
            assert_eq!(decode(&bytes[2..], Some(name), false).unwrap().text, NOTICE);
            assert_eq!(decode(&bytes, Some("utf-16"), false).unwrap().text, NOTICE);
        }
    }

    #[test]
    fn utf16_without_bom_is_guessed_from_zero_bytes() {
        for name in ["utf-16le", "utf-16be"] {
            let bytes = encode(NOTICE, name).unwrap();
            let d = decode(&bytes[2..], None, false).unwrap();
            assert_eq!((d.text.as_str(), d.encoding.as_str()), (NOTICE, name));
            assert!(
                d.warnings[0].contains("no byte order mark"),
                "{:?}",
                d.warnings
            );
        }
    }

    #[test]
    fn invalid_utf16() {
        // "Hà" then an unpaired high surrogate.
        let bytes = [0xFF, 0xFE, b'H', 0, 0xE0, 0, 0x00, 0xD8, b'x', 0];
        assert_eq!(
            decode(&bytes, None, false),
            Err(DecodeError::InvalidUtf16 { offset: 6 })
        );
        let d = decode(&bytes, None, true).unwrap();
        assert_eq!(d.text, "Hà\u{FFFD}x");
        assert_eq!(d.warnings.len(), 1);
        // Odd length.
        assert_eq!(
            decode(&[0xFF, 0xFE, b'H', 0, b'x'], None, false),
            Err(DecodeError::InvalidUtf16 { offset: 4 })
        );
        assert_eq!(
            decode(&[0xFF, 0xFE, b'H', 0, b'x'], None, true)
                .unwrap()
                .text,
            "H\u{FFFD}"
        );
    }

    #[test]
    fn each_legacy_encoding_round_trips_and_is_detected() {
        for enc in LEGACY {
            let text = sample_for(enc);
            let bytes =
                encode(&text, enc).unwrap_or_else(|| panic!("{enc} cannot write the sample"));
            assert!(
                std::str::from_utf8(&bytes).is_err(),
                "{enc} bytes happen to be UTF-8"
            );
            let d = decode(&bytes, None, false).unwrap();
            assert_eq!(d.encoding, enc);
            assert_eq!(d.text, text, "{enc}");
            assert!(
                d.warnings[0].starts_with(&format!("guessed encoding {enc} (")),
                "{:?}",
                d.warnings
            );
            // Forced reading gives the same text and no guess warning.
            let forced = decode(&bytes, Some(enc), false).unwrap();
            assert_eq!(forced.text, text);
            assert_eq!(forced.encoding, enc);
            assert!(forced.warnings.is_empty(), "{:?}", forced.warnings);
        }
    }

    #[test]
    fn right_reading_scores_high_and_wrong_ones_low() {
        for enc in LEGACY {
            let bytes = encode(&sample_for(enc), enc).unwrap();
            let accented = accented_tokens(&bytes) as f64;
            for candidate in Legacy::ALL {
                let (text, _) = candidate.decode(&bytes);
                let share = valid_accented_words(&text) as f64 / accented;
                if candidate.name() == enc {
                    assert!(share > 0.95, "{enc} read right scores only {share:.2}");
                } else {
                    // Well under the bar, so that a file in none of the four is refused.
                    assert!(
                        share < MIN_SYLLABLE_SHARE - 0.1,
                        "{enc} read as {} scores {share:.2}",
                        candidate.name()
                    );
                }
            }
        }
    }

    #[test]
    fn windows_1258_output_is_nfc() {
        let bytes = encode(NOTICE, "windows-1258").unwrap();
        // Tones are combining marks in the file (ệ = ê + U+0323)...
        assert!(bytes.windows(2).any(|w| w == [0xEA, 0xF2]));
        // ...and composed in the text.
        let d = decode(&bytes, None, false).unwrap();
        assert!(unicode_normalization::is_nfc(&d.text));
    }

    #[test]
    fn every_corpus_notice_round_trips_in_every_encoding() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .map(|r| r.filter_map(|e| e.ok().map(|e| e.path())).collect())
            .unwrap_or_default();
        files.retain(|p| p.extension().is_some_and(|x| x == "txt"));
        files.sort();
        let mut checked = 0;
        for path in &files {
            let original = std::fs::read_to_string(path).unwrap();
            let text: String = original.nfc().collect();
            for enc in LEGACY {
                let text = if enc == "viscii" {
                    plain_punctuation(&text)
                } else {
                    text.clone()
                };
                let Some(bytes) = encode(&text, enc) else {
                    println!("note: {} has characters {enc} cannot write", path.display());
                    continue;
                };
                let d = decode(&bytes, None, false).unwrap();
                assert_eq!(d.encoding, enc, "{}", path.display());
                assert_eq!(d.text, text, "{} in {enc}", path.display());
                checked += 1;
            }
        }
        if files.is_empty() {
            println!("note: no corpus/*.txt found, only the built-in sample was checked");
        } else {
            assert!(checked > 0);
        }
    }

    #[test]
    fn legacy_tables_agree_with_glibc_iconv() {
        if iconv(&["-f", "UTF-8", "-t", "VISCII"], b"a").is_none() {
            println!("note: no usable iconv binary here; skipping the iconv cross-check");
            return;
        }
        // VN1 has no curly quotes or dashes, VISCII neither: use ASCII ones.
        let text = plain_punctuation(&format!("{NOTICE}\n{CAPITALS}\n"));
        assert!(text.chars().count() > 1000);
        // Every letter too, capitals included, each in a syllable (bận, BẶN).
        let mut letters = String::new();
        for base in "aăâeêioôơuưy".chars() {
            for tone in ["", "\u{301}", "\u{300}", "\u{309}", "\u{303}", "\u{323}"] {
                let coda = if base == 'y' { "" } else { "n" };
                let syllable: String = format!("b{base}{tone}{coda} ").nfc().collect();
                letters.push_str(&syllable);
                letters.push_str(&syllable.to_uppercase());
            }
        }
        let text = format!("{text}{letters}Đ đ\n");
        for (ours, theirs) in [
            ("viscii", "VISCII"),
            ("tcvn3", "TCVN5712-1"),
            ("windows-1258", "CP1258"),
        ] {
            let mine = encode(&text, ours).unwrap();
            let glibc = iconv(&["-f", "UTF-8", "-t", theirs], text.as_bytes())
                .unwrap_or_else(|| panic!("iconv cannot write the text in {theirs}"));
            assert_eq!(mine, glibc, "{ours}: our bytes differ from iconv's");
            let back = iconv(&["-f", theirs, "-t", "UTF-8"], &mine).unwrap();
            let back: String = String::from_utf8(back).unwrap().nfc().collect();
            assert_eq!(back, text, "{ours}: iconv reads our bytes differently");
            assert_eq!(
                decode(&mine, Some(ours), false).unwrap().text,
                text,
                "{ours}"
            );
        }
    }

    #[test]
    fn forced_names_and_aliases() {
        let bytes = encode(NOTICE, "tcvn3").unwrap();
        for name in ["tcvn3", "TCVN3", "abc", "tcvn", " Tcvn3 "] {
            assert_eq!(decode(&bytes, Some(name), false).unwrap().encoding, "tcvn3");
        }
        let bytes = encode(NOTICE, "vni").unwrap();
        for name in ["vni", "vni-windows", "VNI_Windows", "vni-win"] {
            assert_eq!(decode(&bytes, Some(name), false).unwrap().text, NOTICE);
        }
        let bytes = encode(NOTICE, "cp1258").unwrap();
        for name in ["windows-1258", "cp1258", "WINDOWS-1258", "win1258"] {
            assert_eq!(
                decode(&bytes, Some(name), false).unwrap().encoding,
                "windows-1258"
            );
        }
        assert_eq!(
            decode(NOTICE.as_bytes(), Some("UTF8"), false).unwrap().text,
            NOTICE
        );
        let err = decode(b"x", Some("latin-9"), false).unwrap_err();
        assert_eq!(err, DecodeError::UnknownEncoding("latin-9".into()));
        assert!(err.to_string().contains("unknown encoding `latin-9`"));
        assert!(err.to_string().contains("tcvn3"));
        // A forced encoding wins over detection, BOM or not.
        let d = decode(
            &encode("Hà Nội", "utf-8-bom").unwrap(),
            Some("tcvn3"),
            false,
        )
        .unwrap();
        assert_eq!(d.encoding, "tcvn3");
        assert!(d.warnings[0].contains("byte order mark"));
        // Forcing UTF-8 on a legacy file does not guess.
        let vni = encode(NOTICE, "vni").unwrap();
        assert!(matches!(
            decode(&vni, Some("utf-8"), false),
            Err(DecodeError::InvalidUtf8 { .. })
        ));
    }

    #[test]
    fn empty_and_binary() {
        assert_eq!(decode(b"", None, false), Err(DecodeError::Empty));
        assert_eq!(decode(b"", None, true), Err(DecodeError::Empty));
        assert_eq!(decode(UTF8_BOM, None, false), Err(DecodeError::Empty));
        assert_eq!(decode(&[0xFF, 0xFE], None, false), Err(DecodeError::Empty));
        let nul = decode(b"Th\0ng b\0o \x01\x02 abc", None, false).unwrap_err();
        assert_eq!(nul, DecodeError::Binary { looks_like: None });
        assert!(nul.to_string().contains("NUL"));
        assert!(matches!(
            decode(b"abc\0", Some("tcvn3"), true),
            Err(DecodeError::Binary { looks_like: None })
        ));
        for (bytes, word) in [
            (&b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"[..], "PNG"),
            (b"\xff\xd8\xff\xe0\0\x10JFIF", "JPEG"),
            (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3", "PDF"),
            (b"PK\x03\x04\x14\0\x06\0", "ZIP"),
            (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\0\0", "Office"),
            (b"\xff\xfe\0\0H\0\0\0", "UTF-32"),
        ] {
            let err = decode(bytes, None, true).unwrap_err();
            assert!(matches!(
                err,
                DecodeError::Binary {
                    looks_like: Some(_)
                }
            ));
            assert!(err.to_string().contains(word), "{err}");
        }
    }

    #[test]
    fn invalid_utf8_in_no_known_encoding() {
        // German in Latin-1 is no Vietnamese encoding.
        let latin1 =
            b"Die Gr\xf6\xdfe der Stra\xdfe f\xfcr \xc4rzte und B\xe4ume, sch\xf6n gr\xfcn.";
        assert_eq!(
            decode(latin1, None, false),
            Err(DecodeError::InvalidUtf8 { offset: 6 })
        );
        let d = decode(latin1, None, true).unwrap();
        assert_eq!(d.encoding, "utf-8-lossy");
        assert!(d.text.starts_with("Die Gr\u{FFFD}\u{FFFD}e der"));
        assert!(d.warnings[0].contains("byte 6"), "{:?}", d.warnings);
        // Nor are French and Portuguese in Windows-1252.
        for text in [
            "Le député a été élu à la majorité. Où est la fenêtre? Très bien, ça va. \
             L'été dernier, nous sommes allés à la plage près de Nîmes avec nos élèves.",
            "A informação está disponível no órgão público. Não há solução fácil; \
             é preciso atenção e coração. Às vezes a ação é lenta.",
        ] {
            let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(text);
            let err = decode(&bytes, None, false).unwrap_err();
            assert!(matches!(err, DecodeError::InvalidUtf8 { .. }), "{text}");
        }
        // UTF-8 with one damaged byte stays an error (at that byte), not a guess.
        let mut damaged = NOTICE.as_bytes().to_vec();
        damaged[100] = 0xFF;
        assert_eq!(
            decode(&damaged, None, false),
            Err(DecodeError::InvalidUtf8 { offset: 100 })
        );
        assert_eq!(
            decode(&damaged, None, true).unwrap().encoding,
            "utf-8-lossy"
        );
        // After a UTF-8 BOM, offsets still count from the start of the file.
        let mut bom = UTF8_BOM.to_vec();
        bom.extend_from_slice(b"ab\xff");
        assert_eq!(
            decode(&bom, None, false),
            Err(DecodeError::InvalidUtf8 { offset: 5 })
        );
        let message = DecodeError::InvalidUtf8 { offset: 5 }.to_string();
        assert!(message.contains("byte 5") && message.contains("--lossy"));
    }

    #[test]
    fn encode_refuses_what_an_encoding_cannot_write() {
        assert_eq!(encode("Hà Nội", "latin-1"), None);
        assert_eq!(encode("€ 5", "viscii"), None);
        for enc in LEGACY {
            assert_eq!(encode("Trung Quốc 中国", enc), None, "{enc}");
            assert_eq!(
                encode("tab\tand\nnewline", enc).unwrap(),
                b"tab\tand\nnewline"
            );
        }
        // Control codes that TCVN3 and VISCII give to capitals cannot be written.
        assert_eq!(encode("a\u{1}b", "tcvn3"), None);
        assert_eq!(encode("a\u{2}b", "viscii"), None);
        // NFD input is composed first.
        let nfd: String = "Việt".nfd().collect();
        assert_eq!(encode(&nfd, "tcvn3"), encode("Việt", "tcvn3"));
    }

    #[test]
    fn no_panic_on_any_bytes() {
        // A small xorshift generator: reproducible without a dependency.
        let mut state = 0x9E37_79B9_7F4A_7C15u64;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let seeds: Vec<Vec<u8>> = LEGACY
            .iter()
            .filter_map(|e| encode(&sample_for(e), e))
            .chain([
                encode(NOTICE, "utf-16le").unwrap(),
                NOTICE.as_bytes().to_vec(),
            ])
            .collect();
        let names = [
            None,
            Some("utf-8"),
            Some("utf-16le"),
            Some("utf-16be"),
            Some("utf-16"),
            Some("tcvn3"),
            Some("vni"),
            Some("viscii"),
            Some("windows-1258"),
        ];
        for round in 0..300 {
            let mut bytes = if round % 3 == 0 {
                let len = (next() % 300) as usize;
                (0..len).map(|_| next() as u8).collect()
            } else {
                let mut b = seeds[round % seeds.len()].clone();
                for _ in 0..(next() % 8) {
                    let i = (next() as usize) % b.len();
                    b[i] = next() as u8;
                }
                b.truncate((next() as usize) % (b.len() + 1));
                b
            };
            if round % 7 == 0 {
                bytes.insert(0, 0xFE);
            }
            for name in names {
                for lossy in [false, true] {
                    let _ = decode(&bytes, name, lossy);
                }
            }
            if let Ok(text) = std::str::from_utf8(&bytes) {
                for enc in LEGACY {
                    let _ = encode(text, enc);
                }
            }
        }
        // Long runs of ambiguous TCVN3 bytes stay fast.
        let run: Vec<u8> = b"a\x93".iter().copied().cycle().take(200_000).collect();
        assert!(decode(&run, Some("tcvn3"), false).is_ok());
    }
}
