//! Is a word a possible Vietnamese syllable? Legacy encodings all decode
//! without errors as some 8-bit table, so the only way to tell which table a
//! file was written in is to read it each way and see which reading is
//! Vietnamese. A syllable is (onset)(rhyme) with at most one tone mark; the
//! rhyme list covers the standard orthography, so mojibake (`Vieät`, `ViÖt`,
//! `Hµ`) fails while real words pass.

use std::borrow::Cow;
use std::collections::HashSet;

use once_cell::sync::Lazy;
use unicode_normalization::{IsNormalized, UnicodeNormalization};

/// The five marked tones; the level tone has no mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Tone {
    Acute,
    Grave,
    Hook,
    Tilde,
    Dot,
}

impl Tone {
    pub(super) fn from_mark(c: char) -> Option<Tone> {
        Some(match c {
            '\u{301}' => Tone::Acute,
            '\u{300}' => Tone::Grave,
            '\u{309}' => Tone::Hook,
            '\u{303}' => Tone::Tilde,
            '\u{323}' => Tone::Dot,
            _ => return None,
        })
    }
}

/// The vowel modifiers that make separate letters (â ê ô, ă, ơ ư).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Modifier {
    None,
    Circumflex,
    Breve,
    Horn,
}

/// A Vietnamese letter taken apart: ASCII base (case kept), modifier, tone.
/// `đ`/`Đ` come back as base `đ`/`Đ`. Returns `None` for anything that is
/// not a letter of the Vietnamese alphabet (f, j, w, z are accepted as bases
/// here and rejected by the syllable rules, since the encoders need them).
pub(super) fn split_letter(c: char) -> Option<(char, Modifier, Option<Tone>)> {
    if c.is_ascii_alphabetic() {
        return Some((c, Modifier::None, None));
    }
    if c == 'đ' || c == 'Đ' {
        return Some((c, Modifier::None, None));
    }
    let mut parts = [' '; 4];
    let mut n = 0;
    let mut overflow = false;
    unicode_normalization::char::decompose_canonical(c, |d| {
        if n < parts.len() {
            parts[n] = d;
            n += 1;
        } else {
            overflow = true;
        }
    });
    if overflow || n < 2 || !parts[0].is_ascii_alphabetic() {
        return None;
    }
    let base = parts[0];
    let mut modifier = Modifier::None;
    let mut tone = None;
    for &m in &parts[1..n] {
        if let Some(t) = Tone::from_mark(m) {
            if tone.replace(t).is_some() {
                return None;
            }
            continue;
        }
        let new = match m {
            '\u{302}' => Modifier::Circumflex,
            '\u{306}' => Modifier::Breve,
            '\u{31B}' => Modifier::Horn,
            _ => return None,
        };
        if modifier != Modifier::None {
            return None;
        }
        modifier = new;
    }
    let lower = base.to_ascii_lowercase();
    let fits = match modifier {
        Modifier::None => tone.is_none() || matches!(lower, 'a' | 'e' | 'i' | 'o' | 'u' | 'y'),
        Modifier::Circumflex => matches!(lower, 'a' | 'e' | 'o'),
        Modifier::Breve => lower == 'a',
        Modifier::Horn => matches!(lower, 'o' | 'u'),
    };
    fits.then_some((base, modifier, tone))
}

/// Onsets, longest first so that `ngh` is tried before `ng` and `n`.
const ONSETS: &[&str] = &[
    "ngh", "ch", "gh", "gi", "kh", "ng", "nh", "ph", "qu", "th", "tr", "b", "c", "d", "đ", "g",
    "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "",
];

/// Every rhyme (medial + nucleus + coda, without tone) of standard spelling.
const RHYMES: &[&str] = &[
    "a", "ac", "ach", "ai", "am", "an", "ang", "anh", "ao", "ap", "at", "au", "ay", //
    "ăc", "ăm", "ăn", "ăng", "ăp", "ăt", //
    "âc", "âm", "ân", "âng", "âp", "ât", "âu", "ây", //
    "e", "ec", "em", "en", "eng", "eo", "ep", "et", //
    "ê", "êch", "êm", "ên", "ênh", "êp", "êt", "êu", //
    "i", "ia", "ich", "im", "in", "inh", "ip", "it", "iu", //
    "iêc", "iêm", "iên", "iêng", "iêp", "iêt", "iêu", //
    "o", "oc", "oi", "om", "on", "ong", "op", "ot", //
    "oa", "oac", "oach", "oai", "oam", "oan", "oang", "oanh", "oao", "oap", "oat", "oay", //
    "oăc", "oăm", "oăn", "oăng", "oăt", "oe", "oen", "oeo", "oet", "ooc", "oong", //
    "ô", "ôc", "ôi", "ôm", "ôn", "ông", "ôp", "ôt", //
    "ơ", "ơi", "ơm", "ơn", "ơp", "ơt", //
    "u", "ua", "uc", "ui", "um", "un", "ung", "up", "ut", //
    "uân", "uâng", "uât", "uây", "uê", "uêch", "uênh", "uơ", //
    "uôc", "uôi", "uôm", "uôn", "uông", "uôt", //
    "uy", "uya", "uych", "uyn", "uynh", "uyp", "uyt", "uyu", "uyên", "uyêt", //
    "ư", "ưa", "ưc", "ưi", "ưm", "ưn", "ưng", "ưt", "ưu", //
    "ươc", "ươi", "ươm", "ươn", "ương", "ươp", "ươt", "ươu", //
    // `y` after `qu` (quy, quýt, quých, quỳnh) and as a vowel of its own (yên, yêu).
    "y", "ych", "ynh", "yt", "yêm", "yên", "yêng", "yêt", "yêu",
];

static RHYME_SET: Lazy<HashSet<&'static str>> = Lazy::new(|| RHYMES.iter().copied().collect());

/// Whether `word` (letters only, any case, NFC or not) can be one Vietnamese
/// syllable.
pub(super) fn is_syllable(word: &str) -> bool {
    // Longest syllable is 7 letters (nghiêng); a bit of slack for odd spellings.
    let word: Cow<str> = match unicode_normalization::is_nfc_quick(word.chars()) {
        IsNormalized::Yes => Cow::Borrowed(word),
        _ => Cow::Owned(word.nfc().collect()),
    };
    let mut toneless = String::with_capacity(16);
    let mut tone = None;
    let mut letters = 0;
    for c in word.chars().flat_map(char::to_lowercase) {
        letters += 1;
        if letters > 8 {
            return false;
        }
        let (base, modifier, t) = match split_letter(c) {
            Some(parts) => parts,
            // A tone mark NFC could not compose (after a consonant) is no syllable.
            None => return false,
        };
        if let Some(t) = t {
            if tone.replace(t).is_some() {
                return false;
            }
        }
        let letter = match (base, modifier) {
            ('a', Modifier::Circumflex) => 'â',
            ('a', Modifier::Breve) => 'ă',
            ('e', Modifier::Circumflex) => 'ê',
            ('o', Modifier::Circumflex) => 'ô',
            ('o', Modifier::Horn) => 'ơ',
            ('u', Modifier::Horn) => 'ư',
            (b, Modifier::None) if !matches!(b, 'f' | 'j' | 'w' | 'z') => b,
            _ => return false,
        };
        toneless.push(letter);
    }
    if toneless.is_empty() {
        return false;
    }
    ONSETS.iter().any(|onset| {
        toneless.strip_prefix(onset).is_some_and(|rhyme| {
            RHYME_SET.contains(rhyme) && {
                // Syllables closed by a stop take only the rising or the heavy tone.
                let stop = rhyme.ends_with(['c', 'p', 't']) || rhyme.ends_with("ch");
                !stop || matches!(tone, Some(Tone::Acute | Tone::Dot))
            }
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn real_words_are_syllables() {
        let text = "Kết luận của đồng chí Chủ tịch Ủy ban nhân dân thành phố Biên Hòa \
                    nghiêng người được quyết định khuya giữa gì giếng quỳnh quýt thuở \
                    khoẻ hoạch xoong uỷ thuỷ trưởng việc nghĩa năm ĐỒNG THÔNG BÁO";
        for w in text.split_whitespace() {
            assert!(is_syllable(w), "{w} should be a syllable");
        }
    }

    #[test]
    fn mojibake_and_foreign_words_are_not() {
        for w in [
            "Vieät",
            "ViÖt",
            "Hµ",
            "Kõt",
            "thaønh",
            "UBND",
            "đt",
            "nguyễnn",
            "hòaa",
            "tác\u{300}",
            "fix",
            "cák",
            "ẳ",
            "ĕm",
            "ǹ",
        ] {
            assert!(!is_syllable(w), "{w} should not be a syllable");
        }
        // Stop codas take only sắc or nặng.
        assert!(!is_syllable("viềt"));
        assert!(!is_syllable("bac"));
        assert!(is_syllable("bác"));
        assert!(is_syllable("bạc"));
    }

    #[test]
    fn nfd_words_are_read_too() {
        assert!(is_syllable("Vie\u{302}\u{323}t"));
        assert!(!is_syllable("Vie\u{302}\u{323}\u{301}t"));
    }

    #[test]
    fn split_letter_takes_letters_apart() {
        assert_eq!(
            split_letter('Ậ'),
            Some(('A', Modifier::Circumflex, Some(Tone::Dot)))
        );
        assert_eq!(split_letter('ư'), Some(('u', Modifier::Horn, None)));
        assert_eq!(split_letter('ñ'), None);
        assert_eq!(split_letter('ü'), None);
        assert_eq!(split_letter('1'), None);
    }
}
