//! Words and punctuation of key text, with byte offsets, for the lexicon-driven
//! parts of extraction (bodies, cues, verbs). Lexicon entries are cut the same
//! way, so a multi-word entry matches a run of tokens.

use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Byte range in the text that was tokenized (plus its base offset).
    pub start: usize,
    pub end: usize,
    /// Lowercased word, or the punctuation char.
    pub lower: String,
    pub word: bool,
    /// First letter is a capital (proper names, body names).
    pub capital: bool,
    /// Every letter is a capital (abbreviations: UBND, TN&MT).
    pub all_caps: bool,
}

impl Token {
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    pub fn is(&self, s: &str) -> bool {
        self.lower == s
    }

    pub fn is_punct(&self, c: char) -> bool {
        !self.word && self.lower.starts_with(c)
    }
}

fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '&';
    }
    // Vietnamese letters (Latin-1, Latin Extended-A/B and Extended Additional)
    // are all alphabetic but the two signs × and ÷: skip the Unicode tables
    // for them (see the test).
    if matches!(c, '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}') {
        return c != '×' && c != '÷';
    }
    c.is_alphanumeric()
}

/// (first letter is a capital, every letter is a capital and there are at least two) in one pass.
fn caps(word: &str) -> (bool, bool) {
    let mut chars = word.chars();
    let Some(first) = chars.next() else {
        return (false, false);
    };
    let capital = first.is_uppercase();
    let mut letters = 0usize;
    let mut all_upper = true;
    for c in std::iter::once(first).chain(chars) {
        if c.is_alphabetic() {
            letters += 1;
            all_upper &= c.is_uppercase();
        }
    }
    (capital, letters >= 2 && all_upper)
}

/// Cut `text` into words and single punctuation marks; offsets are `base + i`.
pub fn tokenize(text: &str, base: usize) -> Vec<Token> {
    let mut out = Vec::with_capacity(text.len() / 5);
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if c.is_whitespace() {
            continue;
        }
        if is_word_char(c) {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = iter.peek() {
                // `10.5`, `30/6` stay numbers; letters stop at punctuation.
                if is_word_char(d) {
                    end = j + d.len_utf8();
                    iter.next();
                } else {
                    break;
                }
            }
            let word = &text[i..end];
            let (capital, all_caps) = caps(word);
            let lower = if word.is_ascii() {
                word.to_ascii_lowercase()
            } else {
                word.to_lowercase()
            };
            out.push(Token {
                start: base + i,
                end: base + end,
                lower,
                word: true,
                capital,
                all_caps,
            });
        } else {
            out.push(Token {
                start: base + i,
                end: base + i + c.len_utf8(),
                lower: c.to_string(),
                word: false,
                capital: false,
                all_caps: false,
            });
        }
    }
    out
}

/// The lowercased token texts of a lexicon phrase.
pub fn phrase_tokens(phrase: &str) -> Vec<String> {
    tokenize(phrase, 0).into_iter().map(|t| t.lower).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_punctuation_and_offsets() {
        let t = tokenize("Sở TN&MT, phòng Nội vụ: 30/6", 10);
        let words: Vec<&str> = t.iter().map(|t| t.lower.as_str()).collect();
        assert_eq!(
            words,
            vec!["sở", "tn&mt", ",", "phòng", "nội", "vụ", ":", "30", "/", "6"]
        );
        assert_eq!(t[0].start, 10);
        assert!(t[1].all_caps && t[0].capital && !t[3].capital);
    }

    #[test]
    fn word_char_shortcut_agrees_with_unicode() {
        for c in ('\u{0}'..='\u{2FFF}').chain(['\u{1E00}', '\u{1EFF}']) {
            assert_eq!(is_word_char(c), c.is_alphanumeric() || c == '&', "{c:?}");
        }
    }

    #[test]
    fn caps_agree_with_the_plain_definition() {
        for w in [
            "UBND", "Sở", "TN&MT", "A", "a", "", "ĐBSCL", "Đà", "x2", "X2Y", "1A",
        ] {
            let capital = w.chars().next().is_some_and(|f| f.is_uppercase());
            let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
            let all_caps = letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase());
            assert_eq!(caps(w), (capital, all_caps), "{w}");
        }
    }
}
