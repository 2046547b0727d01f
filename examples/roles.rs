//! Development aid: print the roles read in each line of a file.
#![allow(clippy::print_stdout)]
use chidao::extract::parties;

fn main() {
    let path = std::env::args().nth(1).expect("usage: roles FILE");
    let text = std::fs::read_to_string(&path).expect("readable UTF-8 file");
    let rules = chidao::Rules::embedded().expect("rules");
    let lex = parties::Lexicon::new(&rules);
    for line in text.lines() {
        let n = chidao::normalize::normalize(line, &rules);
        let key = &n.key;
        let toks = chidao::tokens::tokenize_for(key, 0, &rules);
        let r = parties::roles(&lex, key, &toks, std::env::var_os("OUTER").is_some());
        let names = |ms: &[parties::Mention]| -> Vec<String> {
            ms.iter().map(|m| key[m.name.clone()].to_string()).collect()
        };
        println!(
            "{line}\n  lead={:?} coop={:?} assigned={:?} directed={} label_only={} clauses={:?}",
            names(&r.lead),
            names(&r.cooperate),
            names(&r.assigned),
            r.directed,
            r.label_only,
            r.clause_subjects
                .iter()
                .map(|(k, l)| (*k, names(l)))
                .collect::<Vec<_>>()
        );
    }
}
