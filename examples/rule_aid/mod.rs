//! What the rule debug aids (`rule_memory`, `rule_time`) share: the rules to
//! measure and the texts to search.

/// The embedded rules, or with `CHIDAO_PATTERNS=DIR` those of that folder.
pub fn rules() -> chidao::Rules {
    match std::env::var_os("CHIDAO_PATTERNS") {
        Some(dir) => chidao::Rules::from_dir(std::path::Path::new(&dir)),
        None => chidao::Rules::embedded(),
    }
    .expect("rules")
}

/// The files named on the command line (those that read as UTF-8).
pub fn texts() -> Vec<String> {
    std::env::args()
        .skip(1)
        .filter_map(|path| std::fs::read_to_string(path).ok())
        .collect()
}

/// Each text whole, then paragraph by paragraph (as the pipeline searches).
pub fn pieces(texts: &[String]) -> Vec<&str> {
    let mut pieces: Vec<&str> = texts.iter().map(String::as_str).collect();
    pieces.extend(texts.iter().flat_map(|t| t.split("\n\n")));
    pieces
}
