//! The actions of a directive: the leading verb of each clause, in its lexicon form.

use super::parties::{self, Lexicon};
use crate::model::Action;
use crate::normalize::Normalized;
use crate::tokens::Token;

pub const REQUIRED_RULES: &[&str] = &["action_verb", "action_lead"];

/// One action per clause (split at `;` and sentence ends) that opens with a
/// verb, after connectives, the subject, an assignment cue and adverbs.
pub fn find(lex: &Lexicon, n: &Normalized, toks: &[Token]) -> Vec<Action> {
    let mut out: Vec<Action> = Vec::new();
    let mut start = 0;
    while start < toks.len() {
        let mut end = start;
        while end < toks.len() && !(toks[end].is(";") || toks[end].is(".")) {
            end += 1;
        }
        if let Some(a) = clause_action(lex, n, toks, start, end) {
            if !out.iter().any(|o| o.verb == a.verb && o.text == a.text) {
                out.push(a);
            }
        }
        start = end + 1;
    }
    out
}

fn clause_action(
    lex: &Lexicon,
    n: &Normalized,
    toks: &[Token],
    start: usize,
    end: usize,
) -> Option<Action> {
    let mut i = parties::skip_lead_in(lex, &n.key, toks, start, end);
    // "… đề nghị các sở, ngành tập trung …": the task starts after the bodies a cue names.
    // ("quán triệt Chỉ thị của …": a cue word inside a noun is none)
    if let Some(cue) = (i..end)
        .find(|&k| lex.assign.match_at(toks, k).is_some() && !lex.in_phrase(lex.not_cue, toks, k))
    {
        let (len, _) = lex
            .assign
            .match_at(toks, cue)
            .unwrap_or((1, &lex.assign.entries[0]));
        let (list, after) = parties::body_list_at(lex, toks, cue + len);
        if !list.is_empty() || cue == i {
            i = after.max(cue + len);
        }
    } else {
        let (list, after) = parties::body_list_at(lex, toks, i);
        if !list.is_empty() {
            i = after;
        }
    }
    // Look a few words ahead for the verb, skipping adverbs that lead it.
    let limit = (i + 6).min(end);
    let mut j = i;
    while j < limit {
        // A capitalized verb inside the text is part of a name ("… thường trực Cải cách …").
        let named = j > i && toks[j].capital;
        if let Some((len, entry)) = lex.verb.match_at(toks, j).filter(|_| !named) {
            let is_lead_adverb = lex
                .verb_lead
                .match_at(toks, j)
                .is_some_and(|(l, _)| l == len);
            if !is_lead_adverb || lex.verb.match_at(toks, j + len).is_none() {
                let text_end = toks[end.min(toks.len()) - 1].end;
                return Some(Action {
                    verb: entry.phrase.to_lowercase(),
                    text: n.text_of(toks[j].start..text_end).to_string(),
                });
            }
            j += len;
            continue;
        }
        j += 1;
    }
    None
}
