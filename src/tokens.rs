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
    c.is_alphanumeric() || c == '&'
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
            let capital = word.chars().next().is_some_and(|f| f.is_uppercase());
            let all_caps = word.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && word
                    .chars()
                    .filter(|c| c.is_alphabetic())
                    .all(|c| c.is_uppercase());
            out.push(Token {
                start: base + i,
                end: base + end,
                lower: word.to_lowercase(),
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
}
