//! What the reading-level tests (English in `core_reading.rs`, Spanish in `core_packs.rs`) count
//! alike, so both languages are split into sentences and words by the same rules.

/// Keys exempt from the reading level: citations keep the source's own title and journal.
pub fn exempt(key: &str) -> bool {
    key.starts_with("source.") && key.ends_with(".cite")
}

/// Splits a text into sentences: at ".", "?" or "!" followed by a space or the end.
pub fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        let end = matches!(b, b'.' | b'?' | b'!')
            && bytes.get(i + 1).is_none_or(|n| n.is_ascii_whitespace());
        if end {
            out.push(text[start..=i].trim());
            start = i + 1;
        }
    }
    let rest = text[start..].trim();
    if !rest.is_empty() {
        out.push(rest);
    }
    out
}

/// The words of a sentence: whitespace-separated tokens with a letter (accented ones too), a
/// digit or a placeholder.
pub fn words(sentence: &str) -> Vec<&str> {
    sentence
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .collect()
}

/// A sentence, not a label: it ends in ".", "?" or "!", or it has six words or more.
/// (Labels and headings such as "Downtime" are not sentences, and the formulas say nothing
/// useful about one or two words.)
pub fn is_sentence(s: &str) -> bool {
    s.ends_with(['.', '?', '!']) || words(s).len() >= 6
}
