//! Words and punctuation of key text, with byte offsets, for the lexicon-driven
//! parts of extraction (bodies, cues, verbs). Lexicon entries are cut the same
//! way, so a multi-word entry matches a run of tokens.

use std::ops::Range;

use compact_str::CompactString;

/// FNV-1a of a lowercased word: cheap for the short words of a text, and good
/// enough to index lexicons whose keys come from our own rule files (a
/// collision costs one failed comparison, never a wrong match).
pub fn word_hash(word: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in word.as_bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Byte range in the text that was tokenized (plus its base offset).
    pub start: usize,
    pub end: usize,
    /// Lowercased word, or the punctuation char. Inline up to 24 bytes (every
    /// Vietnamese syllable and nearly every abbreviation): tokenizing would
    /// otherwise allocate once per word.
    pub lower: CompactString,
    /// [`word_hash`] of `lower`, computed once: the lexicons are looked up by it
    /// at every token, many times per token.
    pub hash: u64,
    /// Bits of the rule lists with an entry starting with this word (see
    /// [`crate::rules::Rules::lexicon_bits`]); all set when not looked up,
    /// as [`tokenize`] leaves them.
    pub lists: u64,
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

    /// The plural markers "các" and "những", which make the noun after them
    /// every one of its kind.
    pub fn is_plural_marker(&self) -> bool {
        self.is("các") || self.is("những")
    }

    pub fn is_punct(&self, c: char) -> bool {
        !self.word && self.lower.starts_with(c)
    }
}

/// `c.is_alphabetic()`, without the Unicode tables for the letters of
/// Vietnamese text (Latin-1, Latin Extended-A/B and Extended Additional are
/// all alphabetic but the signs × and ÷; see the test): the tables' slow path
/// showed up at 5 % of a whole run.
pub fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    if matches!(c, '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}') {
        return c != '×' && c != '÷';
    }
    c.is_alphabetic()
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

/// (first letter is a capital, every letter is a capital and there are at
/// least two): the definition [`tokenize`] computes on the fly, for the tests.
#[cfg(test)]
fn caps(word: &str) -> (bool, bool) {
    let mut chars = word.chars();
    let Some(first) = chars.next() else {
        return (false, false);
    };
    let capital = first.is_uppercase();
    let mut letters = 0usize;
    let mut all_upper = true;
    for c in std::iter::once(first).chain(chars) {
        if is_letter(c) {
            letters += 1;
            all_upper &= c.is_uppercase();
        }
    }
    (capital, letters >= 2 && all_upper)
}

/// The lower case of the letters of Vietnamese text, without the Unicode
/// tables (which cost 6 % of a run): ASCII, Latin-1, the Latin Extended
/// letters Ă Đ Ĩ Ũ Ơ Ư and the Latin Extended Additional block, whose
/// capitals are the even code points. `None` for anything else.
pub(crate) fn vietnamese_lower(c: char) -> Option<char> {
    let code = c as u32;
    let lower = match c {
        'A'..='Z' | 'À'..='Þ' if c != '×' => code + 0x20,
        'Ă' | 'Đ' | 'Ĩ' | 'Ũ' | 'Ơ' | 'Ư' => code + 1,
        '\u{1EA0}'..='\u{1EFF}' if code.is_multiple_of(2) => code + 1,
        '\0'..='@' | '['..='\u{7F}' | 'ß'..='ÿ' => code,
        'ă' | 'đ' | 'ĩ' | 'ũ' | 'ơ' | 'ư' | '\u{1EA0}'..='\u{1EFF}' => code,
        _ => return None,
    };
    char::from_u32(lower)
}

/// The rest of an abbreviated field list after its first field, when `rest`
/// opens with one: a comma, at most one space, then fields of one to three
/// capitals joined by `&` (`,TT&DL`, `, TB&XH`; `,TT` only without the
/// space, as `UBND, HĐND` or `VH, TT và DL` list things). Its byte length.
fn comma_field(rest: &str) -> Option<usize> {
    let after = rest.strip_prefix(',')?;
    let spaced = after.starts_with(' ');
    let word = after.strip_prefix(' ').unwrap_or(after);
    let mut n = 0;
    let mut run = 0;
    let mut amps = 0;
    for c in word.chars() {
        if c == '&' {
            if run == 0 {
                return None;
            }
            amps += 1;
            run = 0;
        } else if is_letter(c) && vietnamese_lower(c).is_some_and(|l| l != c) {
            run += 1;
            if run > 3 {
                return None;
            }
        } else if is_word_char(c) {
            return None;
        } else {
            break;
        }
        n += c.len_utf8();
    }
    (run > 0 && (amps > 0 || !spaced)).then(|| rest.len() - word.len() + n)
}

/// Cut `text` into words and single punctuation marks; offsets are `base + i`.
///
/// One pass per word computes its lower case, hash and capitalization: this
/// runs over every directive and every body name, and the version that
/// walked each word four times (bounds, caps, lower case, hash) was a tenth
/// of the whole run.
pub fn tokenize(text: &str, base: usize) -> Vec<Token> {
    let mut out = Vec::with_capacity(text.len() / 5 + 1);
    let mut lower = String::with_capacity(32);
    // A plain iterator, looked ahead by cloning it (two pointers): `Peekable`
    // here was left out of line by the compiler in some builds, a third of
    // the tokenizer's time.
    let mut chars = text.char_indices();
    while let Some((i, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        if !is_word_char(c) {
            let end = i + c.len_utf8();
            let lower = CompactString::from(&text[i..end]);
            out.push(Token {
                start: base + i,
                end: base + end,
                hash: word_hash(&lower),
                lists: u64::MAX,
                lower,
                word: false,
                capital: false,
                all_caps: false,
            });
            continue;
        }
        lower.clear();
        let mut end = i;
        let mut letters = 0usize;
        let mut all_upper = true;
        let mut capital = None;
        let mut next = Some(c);
        while let Some(d) = next {
            end += d.len_utf8();
            let upper = match vietnamese_lower(d) {
                Some(l) => {
                    lower.push(l);
                    l != d
                }
                None => {
                    lower.extend(d.to_lowercase());
                    d.is_uppercase()
                }
            };
            capital.get_or_insert(upper);
            if is_letter(d) {
                letters += 1;
                all_upper &= upper;
            }
            // `10.5`, `30/6` stay numbers; letters stop at punctuation.
            let mut ahead = chars.clone();
            next = match ahead.next() {
                Some((_, e)) if is_word_char(e) => {
                    chars = ahead;
                    Some(e)
                }
                _ => None,
            };
            // A road's code ("ĐT.639B", "QL.1A", "TL.10"): two capitals,
            // a dot and the number are one word, the dot no sentence end.
            if next.is_none() && letters == 2 && all_upper && lower.chars().count() == 2 {
                let mut ahead = chars.clone();
                if let (Some((_, '.')), Some((_, e))) = (ahead.next(), ahead.next()) {
                    if e.is_ascii_digit() {
                        lower.push('.');
                        end += 1;
                        chars.next();
                        chars.next();
                        next = Some(e);
                    }
                }
            }
            // A department's fields abbreviated with a comma inside ("Sở
            // VH,TT&DL", "Sở VH, TT&DL", "Sở LĐ,TB&XH", "Phòng VH,TT"): one
            // word, or the comma would end the body's name at "Sở VH".
            if next.is_none()
                && all_upper
                && (1..=3).contains(&letters)
                && lower.chars().count() == letters
            {
                if let Some(n) = comma_field(&text[end..]) {
                    for e in text[end..end + n].chars() {
                        if e != ' ' {
                            lower.push(vietnamese_lower(e).unwrap_or(e));
                        }
                    }
                    while chars.clone().next().is_some_and(|(k, _)| k < end + n) {
                        chars.next();
                    }
                    end += n;
                    letters += 2;
                }
            }
            // A name of the Highlands with an apostrophe ("Ia H'Drai", "Ea
            // H'Leo", "K'Sơn"): one word, as it is one syllable.
            if next.is_none() && is_letter(d) {
                let mut ahead = chars.clone();
                if let (Some((_, q)), Some((_, e))) = (ahead.next(), ahead.next()) {
                    if (q == '\'' || q == '\u{2019}') && is_letter(e) {
                        lower.push(q);
                        end += q.len_utf8();
                        chars.next();
                        chars.next();
                        next = Some(e);
                    }
                }
            }
        }
        out.push(Token {
            start: base + i,
            end: base + end,
            hash: word_hash(&lower),
            lists: u64::MAX,
            lower: CompactString::from(lower.as_str()),
            word: true,
            capital: capital.unwrap_or(false),
            all_caps: letters >= 2 && all_upper,
        });
    }
    out
}

/// Whether the token after a bracket whose text follows is `rest` could be
/// a word in capitals (every letter a capital: `(HCDC)`, `(2TA)`): its
/// first char, past whitespace, is a word char and no small letter. A cheap
/// test that is never false where [`tokenize`] would give such a word.
pub fn may_open_initials(rest: &str) -> bool {
    let Some(c) = rest.chars().find(|c| !c.is_whitespace()) else {
        return false;
    };
    if !is_word_char(c) {
        return false;
    }
    let upper = match vietnamese_lower(c) {
        Some(l) => l != c,
        None => c.is_uppercase(),
    };
    !is_letter(c) || upper
}

/// [`tokenize`], with each token's [`Token::lists`] looked up once, so that
/// matching the lexicons at every token skips the lists it cannot start.
pub fn tokenize_for(text: &str, base: usize, rules: &crate::rules::Rules) -> Vec<Token> {
    let mut toks = tokenize(text, base);
    for t in &mut toks {
        t.lists = rules.lexicon_bits(t.hash);
    }
    toks
}

/// The lowercased token texts of a lexicon phrase.
pub fn phrase_tokens(phrase: &str) -> Vec<String> {
    tokenize(phrase, 0)
        .into_iter()
        .map(|t| t.lower.into_string())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_abbreviated_with_a_comma_are_one_word() {
        let words = |s: &str| -> Vec<String> {
            tokenize(s, 0).iter().map(|t| t.lower.to_string()).collect()
        };
        assert_eq!(
            words("Sở VH,TT&DL, Công an"),
            ["sở", "vh,tt&dl", ",", "công", "an"]
        );
        assert_eq!(
            words("Sở VH, TT&DL chủ trì"),
            ["sở", "vh,tt&dl", "chủ", "trì"]
        );
        assert_eq!(words("Sở LĐ,TB&XH"), ["sở", "lđ,tb&xh"]);
        assert_eq!(words("Phòng VH,TT"), ["phòng", "vh,tt"]);
        let t = tokenize("Sở VH, TT&DL", 0);
        assert_eq!((t[1].start, t[1].end, t[1].all_caps), (5, 14, true));
        // lists of bodies or fields stay apart
        assert_eq!(words("UBND, HĐND"), ["ubnd", ",", "hđnd"]);
        assert_eq!(words("VH, TT và DL"), ["vh", ",", "tt", "và", "dl"]);
        assert_eq!(words("VH,Thể thao"), ["vh", ",", "thể", "thao"]);
    }

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

    /// A Highlands name with an apostrophe is one word; a quote is not.
    #[test]
    fn apostrophe_inside_a_name() {
        let t = tokenize("huyện Ia H'Drai, xã Ea H’Leo; 'Đây", 0);
        let words: Vec<&str> = t.iter().map(|t| t.lower.as_str()).collect();
        assert_eq!(
            words,
            vec!["huyện", "ia", "h'drai", ",", "xã", "ea", "h’leo", ";", "'", "đây"]
        );
        assert!(t[2].capital);
    }

    /// A road's code is one word: its dot ends no sentence.
    #[test]
    fn road_codes_are_one_word() {
        let t = tokenize("tuyến ĐT.639B: Giao Sở; QL.1A. Đường", 0);
        let words: Vec<&str> = t.iter().map(|t| t.lower.as_str()).collect();
        assert_eq!(
            words,
            [
                "tuyến",
                "đt.639b",
                ":",
                "giao",
                "sở",
                ";",
                "ql.1a",
                ".",
                "đường"
            ]
        );
        assert_eq!(&"tuyến ĐT.639B: Giao"[t[1].start..t[1].end], "ĐT.639B");
        // A sentence's end after a word in capitals stays one.
        let t = tokenize("của HĐND. 2 Sở", 0);
        assert!(t.iter().any(|t| t.is(".")));
    }

    #[test]
    fn word_char_shortcut_agrees_with_unicode() {
        for c in ('\u{0}'..='\u{2FFF}').chain(['\u{1E00}', '\u{1EFF}']) {
            assert_eq!(is_word_char(c), c.is_alphanumeric() || c == '&', "{c:?}");
        }
    }

    #[test]
    fn lower_case_shortcut_agrees_with_unicode() {
        for c in '\u{0}'..='\u{2FFF}' {
            if let Some(l) = vietnamese_lower(c) {
                assert_eq!(c.to_lowercase().collect::<String>(), l.to_string(), "{c:?}");
            }
        }
    }

    #[test]
    fn upper_case_shortcut_agrees_with_unicode() {
        for c in '\u{0}'..='\u{2FFF}' {
            if let Some(l) = vietnamese_lower(c) {
                assert_eq!(l != c, c.is_uppercase(), "{c:?}");
            }
        }
    }

    #[test]
    fn one_pass_tokens_agree_with_the_definitions() {
        let text = "ĐỒNG Tháp, UBND tỉnh; TN&MT 30/6/2024 ǅemal ΑΒΓ x2 Ⓐb İstanbul";
        for t in tokenize(text, 0) {
            let w = &text[t.range()];
            assert_eq!(t.lower, w.to_lowercase(), "{w}");
            assert_eq!(t.hash, word_hash(&w.to_lowercase()), "{w}");
            if t.word {
                assert_eq!((t.capital, t.all_caps), caps(w), "{w}");
            }
        }
    }

    #[test]
    fn letter_shortcut_agrees_with_unicode() {
        for c in ('\u{0}'..='\u{2FFF}').chain(['\u{1E00}', '\u{1EFF}', '\u{4E00}']) {
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?}");
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
