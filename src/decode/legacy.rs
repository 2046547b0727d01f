//! The legacy 8-bit Vietnamese encodings found in archives from before 2003:
//! TCVN3 (ABC), VNI-Windows, VISCII and Windows-1258, each way.
//!
//! Windows-1258 comes from `encoding_rs`. The other three have no maintained
//! crate, so their tables are here; the tests check every entry against glibc
//! `iconv` (VISCII, TCVN5712-1) and against Unikey's VNI-Windows table.
//!
//! What we know of TCVN3, and why it is read the way it is:
//! - TCVN 5712:1993 defines VN1 (all 134 letters with tones, capitals placed
//!   in C0 and 0x80–0x9F), VN2 and VN3. glibc's `TCVN5712-1` is VN1, with
//!   combining tone marks at 0xB0–0xB4.
//! - The "ABC" font encoding (the `.VnTime` fonts) is VN3: the same positions
//!   for the lowercase letters and for Ă Â Ê Ô Ơ Ư Đ, but no capitals with a
//!   tone. Unikey's TCVN3 table confirms this: it writes `Á` at the code of
//!   `á` (the `.VnTimeH` capital-only fonts draw lowercase codes as capitals)
//!   and keeps the Windows punctuation (“ ” ‘ ’ – — … •) at 0x85, 0x91–0x97.
//! - So we decode with the VN1 table (a superset), restore capitals in words
//!   that were clearly typed for a capital-only font, and read each of the
//!   eight bytes that are Windows punctuation in ABC files and capitals in VN1
//!   by whichever reading makes its word Vietnamese. `encode` writes capitals
//!   at their VN1 codes (as iconv does) and that punctuation at its ABC codes.

use std::collections::HashMap;

use once_cell::sync::Lazy;
use unicode_normalization::UnicodeNormalization;

use super::syllable::{is_syllable, split_letter, Modifier, Tone};

/// A legacy encoding; `ALL` is the order used to break ties when guessing
/// (TCVN3 and VNI were by far the most used in Vietnamese offices).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Legacy {
    Tcvn3,
    Vni,
    Windows1258,
    Viscii,
}

impl Legacy {
    pub(super) const ALL: [Legacy; 4] = [
        Legacy::Tcvn3,
        Legacy::Vni,
        Legacy::Windows1258,
        Legacy::Viscii,
    ];

    pub(super) fn name(self) -> &'static str {
        match self {
            Legacy::Tcvn3 => "tcvn3",
            Legacy::Vni => "vni",
            Legacy::Windows1258 => "windows-1258",
            Legacy::Viscii => "viscii",
        }
    }

    /// Decode all of `bytes`; the second value holds notes for the warnings
    /// (e.g. capitals restored).
    pub(super) fn decode(self, bytes: &[u8]) -> (String, Vec<String>) {
        match self {
            Legacy::Tcvn3 => {
                let text = decode_tcvn3(bytes);
                let (text, restored) = restore_capital_font_words(text);
                let mut notes = Vec::new();
                if restored > 0 {
                    notes.push(format!(
                        "tcvn3: restored capitals in {restored} word(s) typed for a capital-only font (.VnTimeH style)"
                    ));
                }
                (text, notes)
            }
            Legacy::Vni => (decode_vni(bytes), Vec::new()),
            Legacy::Windows1258 => (decode_windows_1258(bytes), Vec::new()),
            Legacy::Viscii => (bytes.iter().map(|&b| viscii_char(b)).collect(), Vec::new()),
        }
    }

    /// Encode NFC `text`; `None` if a character has no code in this encoding.
    pub(super) fn encode(self, text: &str) -> Option<Vec<u8>> {
        let mut out = Vec::with_capacity(text.len());
        for c in text.chars() {
            match self {
                Legacy::Tcvn3 => out.push(*TCVN3_ENCODE.get(&c)?),
                Legacy::Viscii => out.push(*VISCII_ENCODE.get(&c)?),
                Legacy::Vni => encode_vni_char(c, &mut out)?,
                Legacy::Windows1258 => encode_windows_1258_char(c, &mut out)?,
            }
        }
        Some(out)
    }
}

// ---------------------------------------------------------------- Windows-1252

/// Windows-1252 for 0x80–0xFF, taken from `encoding_rs`: the punctuation
/// that Word writes into TCVN3 and VNI files, and VNI's non-letter bytes.
static CP1252_HIGH: Lazy<[char; 128]> = Lazy::new(|| {
    let mut table = ['\u{FFFD}'; 128];
    for (i, slot) in table.iter_mut().enumerate() {
        let byte = [0x80 + i as u8];
        let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(&byte);
        *slot = text.chars().next().unwrap_or('\u{FFFD}');
    }
    table
});

fn cp1252_char(b: u8) -> char {
    if b < 0x80 {
        b as char
    } else {
        CP1252_HIGH[usize::from(b - 0x80)]
    }
}

// ----------------------------------------------------------------------- TCVN3

/// TCVN 5712:1993 VN1 for 0x80–0xFF (same as glibc's `TCVN5712-1`).
#[rustfmt::skip]
const TCVN3_HIGH: [char; 128] = [
    'À', 'Ả', 'Ã', 'Á', 'Ạ', 'Ặ', 'Ậ', 'È', // 80
    'Ẻ', 'Ẽ', 'É', 'Ẹ', 'Ệ', 'Ì', 'Ỉ', 'Ĩ', // 88
    'Í', 'Ị', 'Ò', 'Ỏ', 'Õ', 'Ó', 'Ọ', 'Ộ', // 90
    'Ờ', 'Ở', 'Ỡ', 'Ớ', 'Ợ', 'Ù', 'Ủ', 'Ũ', // 98
    '\u{A0}', 'Ă', 'Â', 'Ê', 'Ô', 'Ơ', 'Ư', 'Đ', // A0
    'ă', 'â', 'ê', 'ô', 'ơ', 'ư', 'đ', 'Ằ', // A8
    '\u{300}', '\u{309}', '\u{303}', '\u{301}', '\u{323}', 'à', 'ả', 'ã', // B0
    'á', 'ạ', 'Ẳ', 'ằ', 'ẳ', 'ẵ', 'ắ', 'Ẵ', // B8
    'Ắ', 'Ầ', 'Ẩ', 'Ẫ', 'Ấ', 'Ề', 'ặ', 'ầ', // C0
    'ẩ', 'ẫ', 'ấ', 'ậ', 'è', 'Ể', 'ẻ', 'ẽ', // C8
    'é', 'ẹ', 'ề', 'ể', 'ễ', 'ế', 'ệ', 'ì', // D0
    'ỉ', 'Ễ', 'Ế', 'Ồ', 'ĩ', 'í', 'ị', 'ò', // D8
    'Ổ', 'ỏ', 'õ', 'ó', 'ọ', 'ồ', 'ổ', 'ỗ', // E0
    'ố', 'ộ', 'ờ', 'ở', 'ỡ', 'ớ', 'ợ', 'ù', // E8
    'Ỗ', 'ủ', 'ũ', 'ú', 'ụ', 'ừ', 'ử', 'ữ', // F0
    'ứ', 'ự', 'ỳ', 'ỷ', 'ỹ', 'ý', 'ỵ', 'Ố', // F8
];

/// VN1 capitals placed on C0 control codes (tab, newline and carriage
/// return are left alone by the standard).
const TCVN3_C0: [(u8, char); 12] = [
    (0x01, 'Ú'),
    (0x02, 'Ụ'),
    (0x04, 'Ừ'),
    (0x05, 'Ử'),
    (0x06, 'Ữ'),
    (0x11, 'Ứ'),
    (0x12, 'Ự'),
    (0x13, 'Ỳ'),
    (0x14, 'Ỷ'),
    (0x15, 'Ỹ'),
    (0x16, 'Ý'),
    (0x17, 'Ỵ'),
];

/// Bytes that are capitals in VN1 but Windows punctuation (… ‘ ’ “ ” • – —)
/// in ABC files saved from Word. The rarer Windows symbols (€ ™ ‰ …) are
/// left to VN1: a government notice hardly uses them.
const TCVN3_AMBIGUOUS: [u8; 8] = [0x85, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97];

fn tcvn3_char(b: u8) -> char {
    if b >= 0x80 {
        return TCVN3_HIGH[usize::from(b - 0x80)];
    }
    TCVN3_C0
        .iter()
        .find(|(code, _)| *code == b)
        .map_or(b as char, |&(_, c)| c)
}

fn tcvn3_is_ambiguous(b: u8) -> bool {
    TCVN3_AMBIGUOUS.contains(&b)
}

/// Bytes that can be part of a word: ASCII letters and every TCVN3 code
/// but the no-break space.
fn tcvn3_is_word_byte(b: u8) -> bool {
    b.is_ascii_alphabetic() || (b >= 0x80 && b != 0xA0) || (b < 0x20 && tcvn3_char(b) != b as char)
}

static TCVN3_ENCODE: Lazy<HashMap<char, u8>> = Lazy::new(|| {
    let mut map: HashMap<char, u8> = (0..=255u8).map(|b| (tcvn3_char(b), b)).collect();
    for &b in &TCVN3_AMBIGUOUS {
        map.insert(cp1252_char(b), b);
    }
    // ASCII control codes whose bytes VN1 gives to capitals cannot be written.
    for &(code, _) in &TCVN3_C0 {
        map.remove(&(code as char));
    }
    map
});

fn decode_tcvn3(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() + bytes.len() / 2);
    let mut combining = false;
    let mut i = 0;
    while i < bytes.len() {
        if !tcvn3_is_word_byte(bytes[i]) {
            out.push(tcvn3_char(bytes[i]));
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && tcvn3_is_word_byte(bytes[i]) {
            combining |= (0xB0..=0xB4).contains(&bytes[i]);
            i += 1;
        }
        push_tcvn3_run(&bytes[start..i], &mut out);
    }
    if combining {
        // Base letter + combining tone (VN1 allows it): compose like glibc does.
        out = out.nfc().collect();
    }
    out
}

/// Decode one run of word bytes, choosing for each ambiguous byte between
/// punctuation and capital letter.
fn push_tcvn3_run(run: &[u8], out: &mut String) {
    let letter_side = |p: usize| -> bool {
        let before = p > 0 && !tcvn3_is_ambiguous(run[p - 1]);
        let after = p + 1 < run.len() && !tcvn3_is_ambiguous(run[p + 1]);
        before || after
    };
    // Only a byte touching a sure letter can be a letter: a lone `–` is a dash.
    let candidates: Vec<usize> = (0..run.len())
        .filter(|&p| tcvn3_is_ambiguous(run[p]) && letter_side(p))
        .collect();
    let render = |letters: &dyn Fn(usize) -> bool| -> String {
        run.iter()
            .enumerate()
            .map(|(p, &b)| {
                if tcvn3_is_ambiguous(b) && !letters(p) {
                    cp1252_char(b)
                } else {
                    tcvn3_char(b)
                }
            })
            .collect()
    };
    if candidates.is_empty() {
        out.push_str(&render(&|_| false));
        return;
    }
    if candidates.len() > 4 {
        // Too many to try every reading: a letter between two sure letters,
        // punctuation elsewhere.
        let inner = |p: usize| {
            p > 0
                && p + 1 < run.len()
                && !tcvn3_is_ambiguous(run[p - 1])
                && !tcvn3_is_ambiguous(run[p + 1])
        };
        out.push_str(&render(&inner));
        return;
    }
    let mut best: Option<(i32, u32, String)> = None;
    for mask in 0u32..(1 << candidates.len()) {
        let is_letter = |p: usize| {
            candidates
                .iter()
                .position(|&c| c == p)
                .is_some_and(|k| mask & (1 << k) != 0)
        };
        let text = render(&is_letter);
        let score: i32 = words(&text)
            .map(|w| if is_syllable(w) { 1 } else { -1 })
            .sum();
        // Ties go to punctuation: that is what ABC files hold in these bytes.
        let better = match &best {
            None => true,
            Some((s, ones, _)) => score > *s || (score == *s && mask.count_ones() < *ones),
        };
        if better {
            best = Some((score, mask.count_ones(), text));
        }
    }
    if let Some((_, _, text)) = best {
        out.push_str(&text);
    }
}

/// Letters and combining marks make words; everything else separates them.
pub(super) fn is_word_char(c: char) -> bool {
    c.is_alphabetic() || ('\u{300}'..='\u{36F}').contains(&c)
}

pub(super) fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !is_word_char(c))
        .filter(|w| !w.is_empty())
}

/// Words typed for a `.VnTimeH`-style capital-only font come out as
/// `THôNG BáO`: ASCII capitals mixed with lowercase TCVN3 letters. Such
/// words are upper-cased; so are the words of a line made only of capitals
/// and such words (`Đà` in `ĐÀ NẴNG`). A heading typed in lowercase for such a
/// font cannot be told from ordinary text and stays lowercase.
fn restore_capital_font_words(text: String) -> (String, usize) {
    #[derive(PartialEq)]
    enum Kind {
        CapitalFont,
        Either,
        Other,
    }
    fn kind(word: &str) -> Kind {
        let nonascii_lower = word.chars().any(|c| !c.is_ascii() && c.is_lowercase());
        if !nonascii_lower || word.chars().any(|c| c.is_ascii_lowercase()) {
            return Kind::Other;
        }
        let mut upper = word.chars().enumerate().filter(|(_, c)| c.is_uppercase());
        match (upper.next(), upper.next()) {
            (Some(_), Some(_)) => Kind::CapitalFont,
            (Some((i, _)), None) if i > 0 => Kind::CapitalFont,
            _ => Kind::Either,
        }
    }
    let mut restored = 0;
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let kinds: Vec<Kind> = words(line).map(kind).collect();
        if !kinds.contains(&Kind::CapitalFont) {
            out.push_str(line);
            continue;
        }
        let all_caps_line = !words(line).any(|w| w.chars().any(|c| c.is_ascii_lowercase()));
        let mut kinds = kinds.into_iter();
        let mut word_kind = None;
        let mut in_word = false;
        for c in line.chars() {
            if is_word_char(c) {
                if !in_word {
                    in_word = true;
                    word_kind = kinds.next();
                    let upper = match word_kind {
                        Some(Kind::CapitalFont) => true,
                        Some(Kind::Either) => all_caps_line,
                        _ => false,
                    };
                    if upper {
                        restored += 1;
                    } else {
                        word_kind = None;
                    }
                }
                if word_kind.is_some() {
                    out.extend(c.to_uppercase());
                } else {
                    out.push(c);
                }
            } else {
                in_word = false;
                out.push(c);
            }
        }
    }
    (out, restored)
}

// ------------------------------------------------------------------------- VNI

/// What one VNI-Windows byte stands for.
enum VniByte {
    Char(char),
    /// A diacritic written after its base letter (`a` + `ù` = `á`), as
    /// combining marks to be composed with it.
    Marks(&'static str),
}

/// VNI-Windows: a letter with diacritics is its ASCII base followed by one
/// diacritic byte, except đ, ơ, ư, the i's and ỵ, which have a byte of their
/// own. Capitals use the uppercase Latin-1 twin (0x20 lower) of each byte.
/// Bytes VNI does not use keep their Windows-1252 meaning.
fn vni_byte(b: u8) -> VniByte {
    if b < 0xC0 {
        return VniByte::Char(cp1252_char(b));
    }
    let upper = b < 0xE0;
    let letter = |lower: char, capital: char| VniByte::Char(if upper { capital } else { lower });
    match b | 0x20 {
        0xF9 => VniByte::Marks("\u{301}"),
        0xF8 => VniByte::Marks("\u{300}"),
        0xFB => VniByte::Marks("\u{309}"),
        0xF5 => VniByte::Marks("\u{303}"),
        0xEF => VniByte::Marks("\u{323}"),
        0xE2 => VniByte::Marks("\u{302}"),
        0xE1 => VniByte::Marks("\u{302}\u{301}"),
        0xE0 => VniByte::Marks("\u{302}\u{300}"),
        0xE5 => VniByte::Marks("\u{302}\u{309}"),
        0xE3 => VniByte::Marks("\u{302}\u{303}"),
        0xE4 => VniByte::Marks("\u{302}\u{323}"),
        0xEA => VniByte::Marks("\u{306}"),
        0xE9 => VniByte::Marks("\u{306}\u{301}"),
        0xE8 => VniByte::Marks("\u{306}\u{300}"),
        0xFA => VniByte::Marks("\u{306}\u{309}"),
        0xFC => VniByte::Marks("\u{306}\u{303}"),
        0xEB => VniByte::Marks("\u{306}\u{323}"),
        0xF1 => letter('đ', 'Đ'),
        0xED => letter('í', 'Í'),
        0xEC => letter('ì', 'Ì'),
        0xE6 => letter('ỉ', 'Ỉ'),
        0xF3 => letter('ĩ', 'Ĩ'),
        0xF2 => letter('ị', 'Ị'),
        0xEE => letter('ỵ', 'Ỵ'),
        0xF4 => letter('ơ', 'Ơ'),
        0xF6 => letter('ư', 'Ư'),
        _ => VniByte::Char(b as char),
    }
}

fn decode_vni(bytes: &[u8]) -> String {
    let mut raw = String::with_capacity(bytes.len() + bytes.len() / 2);
    for &b in bytes {
        match vni_byte(b) {
            VniByte::Char(c) => raw.push(c),
            VniByte::Marks(m) => raw.push_str(m),
        }
    }
    // Compose base + marks (NFC also puts a dot below before a circumflex).
    raw.nfc().collect()
}

fn vni_tone_byte(tone: Tone) -> u8 {
    match tone {
        Tone::Acute => 0xF9,
        Tone::Grave => 0xF8,
        Tone::Hook => 0xFB,
        Tone::Tilde => 0xF5,
        Tone::Dot => 0xEF,
    }
}

fn encode_vni_char(c: char, out: &mut Vec<u8>) -> Option<()> {
    if c.is_ascii() {
        out.push(c as u8);
        return Some(());
    }
    if let Some((base, modifier, tone)) = split_letter(c) {
        let upper = base.is_uppercase();
        // Capitals use the uppercase twin of each byte, 0x20 lower.
        let case = |b: u8| if upper { b - 0x20 } else { b };
        let lower = base.to_lowercase().next().unwrap_or(base);
        let single = |b: u8| Some(vec![case(b)]);
        let bytes: Option<Vec<u8>> = match (lower, modifier, tone) {
            ('đ', _, _) => single(0xF1),
            ('i', Modifier::None, Some(t)) => single(match t {
                Tone::Acute => 0xED,
                Tone::Grave => 0xEC,
                Tone::Hook => 0xE6,
                Tone::Tilde => 0xF3,
                Tone::Dot => 0xF2,
            }),
            ('y', Modifier::None, Some(Tone::Dot)) => single(0xEE),
            (_, Modifier::Horn, t) => {
                let mut v = vec![case(if lower == 'o' { 0xF4 } else { 0xF6 })];
                v.extend(t.map(|t| case(vni_tone_byte(t))));
                Some(v)
            }
            (_, Modifier::Circumflex, t) => Some(vec![
                base as u8,
                case(match t {
                    None => 0xE2,
                    Some(Tone::Acute) => 0xE1,
                    Some(Tone::Grave) => 0xE0,
                    Some(Tone::Hook) => 0xE5,
                    Some(Tone::Tilde) => 0xE3,
                    Some(Tone::Dot) => 0xE4,
                }),
            ]),
            (_, Modifier::Breve, t) => Some(vec![
                base as u8,
                case(match t {
                    None => 0xEA,
                    Some(Tone::Acute) => 0xE9,
                    Some(Tone::Grave) => 0xE8,
                    Some(Tone::Hook) => 0xFA,
                    Some(Tone::Tilde) => 0xFC,
                    Some(Tone::Dot) => 0xEB,
                }),
            ]),
            (_, Modifier::None, Some(t)) => Some(vec![base as u8, case(vni_tone_byte(t))]),
            (_, Modifier::None, None) => None,
        };
        if let Some(bytes) = bytes {
            out.extend(bytes);
            return Some(());
        }
    }
    // Anything else only if some byte decodes to exactly this character.
    let b = VNI_OTHER.get(&c)?;
    out.push(*b);
    Some(())
}

/// Non-letter bytes of VNI: Windows-1252 punctuation and the Latin-1 bytes
/// VNI leaves alone.
static VNI_OTHER: Lazy<HashMap<char, u8>> = Lazy::new(|| {
    (0x80..=0xFFu8)
        .filter_map(|b| match vni_byte(b) {
            VniByte::Char(c) if b < 0xC0 || c == b as char => Some((c, b)),
            _ => None,
        })
        .collect()
});

// ----------------------------------------------------------------------- VISCII

/// VISCII (RFC 1456) for 0x80–0xFF, the same as glibc's.
#[rustfmt::skip]
const VISCII_HIGH: [char; 128] = [
    'Ạ', 'Ắ', 'Ằ', 'Ặ', 'Ấ', 'Ầ', 'Ẩ', 'Ậ', // 80
    'Ẽ', 'Ẹ', 'Ế', 'Ề', 'Ể', 'Ễ', 'Ệ', 'Ố', // 88
    'Ồ', 'Ổ', 'Ỗ', 'Ộ', 'Ợ', 'Ớ', 'Ờ', 'Ở', // 90
    'Ị', 'Ỏ', 'Ọ', 'Ỉ', 'Ủ', 'Ũ', 'Ụ', 'Ỳ', // 98
    'Õ', 'ắ', 'ằ', 'ặ', 'ấ', 'ầ', 'ẩ', 'ậ', // A0
    'ẽ', 'ẹ', 'ế', 'ề', 'ể', 'ễ', 'ệ', 'ố', // A8
    'ồ', 'ổ', 'ỗ', 'Ỡ', 'Ơ', 'ộ', 'ờ', 'ở', // B0
    'ị', 'Ự', 'Ứ', 'Ừ', 'Ử', 'ơ', 'ớ', 'Ư', // B8
    'À', 'Á', 'Â', 'Ã', 'Ả', 'Ă', 'ẳ', 'ẵ', // C0
    'È', 'É', 'Ê', 'Ẻ', 'Ì', 'Í', 'Ĩ', 'ỳ', // C8
    'Đ', 'ứ', 'Ò', 'Ó', 'Ô', 'ạ', 'ỷ', 'ừ', // D0
    'ử', 'Ù', 'Ú', 'ỹ', 'ỵ', 'Ý', 'ỡ', 'ư', // D8
    'à', 'á', 'â', 'ã', 'ả', 'ă', 'ữ', 'ẫ', // E0
    'è', 'é', 'ê', 'ẻ', 'ì', 'í', 'ĩ', 'ỉ', // E8
    'đ', 'ự', 'ò', 'ó', 'ô', 'õ', 'ỏ', 'ọ', // F0
    'ụ', 'ù', 'ú', 'ũ', 'ủ', 'ý', 'ợ', 'Ữ', // F8
];

/// VISCII fits all 134 letters into 8 bits by also using six C0 codes.
const VISCII_C0: [(u8, char); 6] = [
    (0x02, 'Ẳ'),
    (0x05, 'Ẵ'),
    (0x06, 'Ẫ'),
    (0x14, 'Ỷ'),
    (0x19, 'Ỹ'),
    (0x1E, 'Ỵ'),
];

fn viscii_char(b: u8) -> char {
    if b >= 0x80 {
        return VISCII_HIGH[usize::from(b - 0x80)];
    }
    VISCII_C0
        .iter()
        .find(|(code, _)| *code == b)
        .map_or(b as char, |&(_, c)| c)
}

static VISCII_ENCODE: Lazy<HashMap<char, u8>> = Lazy::new(|| {
    let mut map: HashMap<char, u8> = (0..=255u8).map(|b| (viscii_char(b), b)).collect();
    for &(code, _) in &VISCII_C0 {
        map.remove(&(code as char));
    }
    map
});

// ---------------------------------------------------------------- Windows-1258

fn decode_windows_1258(bytes: &[u8]) -> String {
    let (text, _) = encoding_rs::WINDOWS_1258.decode_without_bom_handling(bytes);
    // Windows-1258 writes tones as combining marks after the letter.
    text.nfc().collect()
}

static CP1258_ENCODE: Lazy<HashMap<char, u8>> = Lazy::new(|| {
    (0x80..=0xFFu8)
        .filter_map(|b| {
            let byte = [b];
            let (text, _) = encoding_rs::WINDOWS_1258.decode_without_bom_handling(&byte);
            text.chars().next().map(|c| (c, b))
        })
        .collect()
});

fn cp1258_byte(c: char) -> Option<u8> {
    if c.is_ascii() {
        Some(c as u8)
    } else {
        CP1258_ENCODE.get(&c).copied()
    }
}

fn encode_windows_1258_char(c: char, out: &mut Vec<u8>) -> Option<()> {
    if let Some(b) = cp1258_byte(c) {
        out.push(b);
        return Some(());
    }
    // Not in the table: write the letter without its tone, then the tone
    // as a combining mark (ấ = â + U+0301), as Windows and glibc do.
    let mut tone = None;
    let mut rest = String::new();
    for d in std::iter::once(c).nfd() {
        if Tone::from_mark(d).is_some() && tone.is_none() {
            tone = Some(d);
        } else {
            rest.push(d);
        }
    }
    let tone = tone?;
    let mut base = rest.nfc();
    let base_char = base.next()?;
    if base.next().is_some() {
        return None;
    }
    out.push(cp1258_byte(base_char)?);
    out.push(cp1258_byte(tone)?);
    Some(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every precomposed Vietnamese letter, lowercase and capital.
    pub(crate) fn all_letters() -> Vec<char> {
        let mut letters = vec!['đ', 'Đ'];
        for base in ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'] {
            for tone in ["", "\u{301}", "\u{300}", "\u{309}", "\u{303}", "\u{323}"] {
                let s: String = format!("{base}{tone}").nfc().collect();
                let c = s.chars().next().unwrap();
                assert_eq!(s.chars().count(), 1, "{s:?}");
                letters.push(c);
                letters.push(c.to_uppercase().next().unwrap());
            }
        }
        letters
    }

    #[test]
    fn every_letter_round_trips_in_every_encoding() {
        let letters = all_letters();
        assert_eq!(letters.len(), 12 * 6 * 2 + 2);
        for enc in Legacy::ALL {
            for &c in &letters {
                // In a syllable (bận, BẶN), as TCVN3 reads some capitals by their word.
                let upper = c.is_uppercase();
                let (onset, coda) = if upper { ('B', "N") } else { ('b', "n") };
                let coda = if matches!(
                    c.to_lowercase().next(),
                    Some('y' | 'ý' | 'ỳ' | 'ỷ' | 'ỹ' | 'ỵ')
                ) {
                    ""
                } else {
                    coda
                };
                let s = format!("{onset}{c}{coda}");
                let bytes = enc
                    .encode(&s)
                    .unwrap_or_else(|| panic!("{} cannot write {c}", enc.name()));
                let (back, _) = enc.decode(&bytes);
                assert_eq!(back, s, "{} {c} -> {bytes:02X?}", enc.name());
            }
        }
    }

    #[test]
    fn every_table_entry_round_trips() {
        // Each byte decodes to a character that encodes back to that byte
        // (ASCII bytes given to capitals, and the combining marks, aside).
        for b in 0..=255u8 {
            let c = viscii_char(b);
            if !(b < 0x20 && c != b as char) {
                assert_eq!(
                    Legacy::Viscii.encode(&c.to_string()),
                    Some(vec![b]),
                    "{b:02X}"
                );
            }
            let c = tcvn3_char(b);
            if b < 0x20 && c != b as char {
                assert!(Legacy::Tcvn3.encode(&(b as char).to_string()).is_none());
            }
            assert_eq!(TCVN3_ENCODE.get(&c), Some(&b), "tcvn3 {b:02X} {c}");
        }
        // No two bytes share a character.
        let tcvn: std::collections::HashSet<char> = (0..=255u8).map(tcvn3_char).collect();
        let viscii: std::collections::HashSet<char> = (0..=255u8).map(viscii_char).collect();
        assert_eq!(tcvn.len(), 256);
        assert_eq!(viscii.len(), 256);
        // Windows-1258 from encoding_rs: every byte maps back to itself.
        for b in 0x80..=0xFFu8 {
            let byte = [b];
            let (text, _) = encoding_rs::WINDOWS_1258.decode_without_bom_handling(&byte);
            let mut out = Vec::new();
            encode_windows_1258_char(text.chars().next().unwrap(), &mut out).unwrap();
            assert_eq!(out, vec![b]);
        }
    }

    #[test]
    #[allow(clippy::print_stdout)] // says when the check is skipped
    fn every_byte_agrees_with_glibc_iconv() {
        fn windows_1258_char(b: u8) -> char {
            let byte = [b];
            let (text, _) = encoding_rs::WINDOWS_1258.decode_without_bom_handling(&byte);
            text.chars().next().unwrap_or('\u{FFFD}')
        }
        type Table = fn(u8) -> char;
        let tables: [(&str, Table); 3] = [
            ("VISCII", viscii_char),
            ("TCVN5712-1", tcvn3_char),
            ("CP1258", windows_1258_char),
        ];
        // Each byte on its own line; `-c` drops bytes iconv leaves undefined.
        let bytes: Vec<u8> = (1..=255u8).filter(|&b| b != b'\n').collect();
        let input: Vec<u8> = bytes.iter().flat_map(|&b| [b, b'\n']).collect();
        for (name, ours) in tables {
            let Some(out) = crate::decode::iconv(&["-c", "-f", name, "-t", "UTF-8"], &input) else {
                println!("note: no usable iconv for {name}; skipping the byte-by-byte check");
                continue;
            };
            let out = String::from_utf8(out).unwrap();
            let lines: Vec<&str> = out.split('\n').collect();
            let mut undefined = Vec::new();
            for (&b, line) in bytes.iter().zip(&lines) {
                if line.is_empty() {
                    undefined.push(b);
                    continue;
                }
                assert_eq!(*line, ours(b).to_string(), "{name} byte {b:02X}");
            }
            // glibc leaves nine Windows-1258 bytes undefined, which
            // encoding_rs (the WHATWG table) maps to C1 controls.
            let expected: &[u8] = if name == "CP1258" {
                &[0x81, 0x8A, 0x8D, 0x8E, 0x8F, 0x90, 0x9A, 0x9D, 0x9E]
            } else {
                &[]
            };
            assert_eq!(undefined, expected, "{name}: bytes iconv does not define");
        }
    }

    /// Unikey's VNI-Windows table (the `VNIWin` double-byte table of its
    /// charset converter, read from the ibus-unikey binary), written as the
    /// Latin-1 text a VNI file shows in a Western font, in Unikey's letter
    /// order: each capital and its lowercase, then the next letter.
    const UNIKEY_VNI: &str = "A a AÙ aù AØ aø AÛ aû AÕ aõ AÏ aï AÂ aâ AÁ aá AÀ aà AÅ aå AÃ aã \
        AÄ aä AÊ aê AÉ aé AÈ aè AÚ aú AÜ aü AË aë B b C c D d Ñ ñ E e EÙ eù EØ eø EÛ eû \
        EÕ eõ EÏ eï EÂ eâ EÁ eá EÀ eà EÅ eå EÃ eã EÄ eä F f G g H h I i Í í Ì ì Æ æ Ó ó \
        Ò ò J j K k L l M m N n O o OÙ où OØ oø OÛ oû OÕ oõ OÏ oï OÂ oâ OÁ oá OÀ oà OÅ oå \
        OÃ oã OÄ oä Ô ô ÔÙ ôù ÔØ ôø ÔÛ ôû ÔÕ ôõ ÔÏ ôï P p Q q R r S s T t U u UÙ uù UØ uø \
        UÛ uû UÕ uõ UÏ uï Ö ö ÖÙ öù ÖØ öø ÖÛ öû ÖÕ öõ ÖÏ öï V v W w X x Y y YÙ yù YØ yø \
        YÛ yû YÕ yõ Î î Z z";
    /// The same letters in Unicode, in the same order.
    const UNIKEY_ORDER: &str = "A a Á á À à Ả ả Ã ã Ạ ạ Â â Ấ ấ Ầ ầ Ẩ ẩ Ẫ ẫ Ậ ậ Ă ă Ắ ắ Ằ ằ \
        Ẳ ẳ Ẵ ẵ Ặ ặ B b C c D d Đ đ E e É é È è Ẻ ẻ Ẽ ẽ Ẹ ẹ Ê ê Ế ế Ề ề Ể ể Ễ ễ Ệ ệ F f G g \
        H h I i Í í Ì ì Ỉ ỉ Ĩ ĩ Ị ị J j K k L l M m N n O o Ó ó Ò ò Ỏ ỏ Õ õ Ọ ọ Ô ô Ố ố Ồ ồ \
        Ổ ổ Ỗ ỗ Ộ ộ Ơ ơ Ớ ớ Ờ ờ Ở ở Ỡ ỡ Ợ ợ P p Q q R r S s T t U u Ú ú Ù ù Ủ ủ Ũ ũ Ụ ụ Ư ư \
        Ứ ứ Ừ ừ Ử ử Ữ ữ Ự ự V v W w X x Y y Ý ý Ỳ ỳ Ỷ ỷ Ỹ ỹ Ỵ ỵ Z z";

    #[test]
    fn vni_matches_unikey_table() {
        let vni: Vec<&str> = UNIKEY_VNI.split(' ').collect();
        let uni: Vec<&str> = UNIKEY_ORDER.split(' ').collect();
        assert_eq!(vni.len(), uni.len());
        assert_eq!(vni.len(), 2 * (26 + 67));
        for (v, u) in vni.iter().zip(&uni) {
            let bytes: Vec<u8> = v.chars().map(|c| c as u32 as u8).collect();
            assert_eq!(Legacy::Vni.encode(u).as_deref(), Some(&bytes[..]), "{u}");
            assert_eq!(Legacy::Vni.decode(&bytes).0, *u, "{v}");
        }
    }

    #[test]
    fn tcvn3_reads_windows_punctuation_and_capitals_by_context() {
        // “Làm rõ” – … in an ABC file saved from Word.
        let bytes = b"\x93L\xb5m r\xe2\x94 \x96 c\xf4 th\xdd\x85";
        assert_eq!(Legacy::Tcvn3.decode(bytes).0, "“Làm rõ” – cụ thí…");
        // The same bytes as VN1 capitals inside words: LÀM RÕ, HỌ, THỊ, ĐẶC.
        let bytes = b"L\x80M R\x94 H\x96 TH\x91 \xa7\x85C";
        assert_eq!(Legacy::Tcvn3.decode(bytes).0, "LÀM RÕ HỌ THỊ ĐẶC");
        // A quoted acronym keeps its quotes.
        assert_eq!(Legacy::Tcvn3.decode(b"\x93UBND\x94").0, "“UBND”");
    }

    #[test]
    fn tcvn3_restores_capital_font_words() {
        // THÔNG BÁO typed for .VnTimeH: capitals with tones at lowercase codes.
        let (text, notes) = Legacy::Tcvn3.decode(b"TH\xabNG B\xb8O\n\xa7\xb5 N\xbdNG\nS\xe8: 12");
        assert_eq!(text, "THÔNG BÁO\nĐÀ NẴNG\nSố: 12");
        assert_eq!(notes.len(), 1);
        // Ordinary title-case words are left alone.
        let (text, notes) = Legacy::Tcvn3.decode(b"\xa7\xb5 N\xbdng, UBND t\xd8nh");
        assert_eq!(text, "Đà Nẵng, UBND tỉnh");
        assert!(notes.is_empty());
    }

    #[test]
    fn windows_1258_uses_combining_tones_and_comes_out_nfc() {
        let bytes = Legacy::Windows1258.encode("Việt Nam ấm").unwrap();
        assert_eq!(bytes, b"Vi\xea\xf2t Nam \xe2\xecm");
        assert_eq!(Legacy::Windows1258.decode(&bytes).0, "Việt Nam ấm");
    }
}
