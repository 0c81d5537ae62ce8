//! The test pseudo-locales, made from English at build time (`examples/pseudo_packs.rs`, run by
//! `scripts/build-locales.mjs`) and loaded like any pack, never offered to visitors:
//! - `en-XA`: every letter accented and each text about 40 % longer, in brackets, so cut-off
//!   text and hard-coded English stand out;
//! - `ar-XB`: every word mirrored (wrapped in U+202E RIGHT-TO-LEFT OVERRIDE … U+202C POP
//!   DIRECTIONAL FORMATTING) in a right-to-left widget; digits stay outside the overrides, so
//!   numbers and dates stay readable.
//!
//! `{placeholders}` are kept as they are in both.

use super::Lang;

/// The accented stand-in of an ASCII letter.
fn accent(c: char) -> char {
    const LOWER: [char; 26] = [
        'à', 'ƀ', 'ç', 'ð', 'é', 'ƒ', 'ĝ', 'ĥ', 'î', 'ĵ', 'ķ', 'ļ', 'ɱ', 'ñ', 'ö', 'þ', 'ǫ', 'ŕ',
        'š', 'ţ', 'û', 'ṽ', 'ŵ', 'ẋ', 'ý', 'ž',
    ];
    const UPPER: [char; 26] = [
        'Å', 'Ɓ', 'Ç', 'Ð', 'É', 'Ƒ', 'Ĝ', 'Ĥ', 'Î', 'Ĵ', 'Ķ', 'Ļ', 'Ṁ', 'Ñ', 'Ö', 'Þ', 'Ǫ', 'Ŕ',
        'Š', 'Ţ', 'Û', 'Ṽ', 'Ŵ', 'Ẋ', 'Ý', 'Ž',
    ];
    match c {
        'a'..='z' => LOWER[c as usize - 'a' as usize],
        'A'..='Z' => UPPER[c as usize - 'A' as usize],
        _ => c,
    }
}

/// Splits `text` into runs, each either a `{placeholder}` (kept as is) or other text.
fn runs(text: &str) -> Vec<(bool, &str)> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}').map(|c| open + c + 1) else {
            break;
        };
        if open > 0 {
            out.push((false, &rest[..open]));
        }
        out.push((true, &rest[open..close]));
        rest = &rest[close..];
    }
    if !rest.is_empty() {
        out.push((false, rest));
    }
    out
}

/// `english` in `lang`'s pseudo form; any other language gets it unchanged.
pub fn pseudo(lang: Lang, english: &str) -> String {
    match lang {
        Lang::EnXa => accented(english),
        Lang::ArXb => mirrored(english),
        _ => english.to_owned(),
    }
}

/// `[Àççéñţéð ţéẋţ ··· ···]`: letters accented, padded by about 40 % with dots in short words.
fn accented(english: &str) -> String {
    let mut out = String::from("[");
    for (placeholder, run) in runs(english) {
        if placeholder {
            out.push_str(run);
        } else {
            out.extend(run.chars().map(accent));
        }
    }
    let mut pad = (english.chars().count() * 2).div_ceil(5);
    while pad > 0 {
        let word = pad.min(4);
        out.push(' ');
        out.extend(std::iter::repeat_n('·', word));
        pad = pad.saturating_sub(word + 1);
    }
    out.push(']');
    out
}

/// Each run of letters wrapped in RLO … PDF; digits, spaces, punctuation and placeholders not.
fn mirrored(english: &str) -> String {
    const RLO: char = '\u{202E}';
    const PDF: char = '\u{202C}';
    let mut out = String::new();
    for (placeholder, run) in runs(english) {
        if placeholder {
            out.push_str(run);
            continue;
        }
        let mut in_word = false;
        for c in run.chars() {
            let letter = c.is_alphabetic() || (in_word && (c == '\'' || c == '’'));
            if letter && !in_word {
                out.push(RLO);
            } else if !letter && in_word {
                out.push(PDF);
            }
            in_word = letter;
            out.push(c);
        }
        if in_word {
            out.push(PDF);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::locale::{keys, pack::same_placeholders, text_named};

    #[test]
    fn accented_text_is_longer_and_keeps_placeholders() {
        assert_eq!(pseudo(Lang::EnXa, "Back"), "[Ɓàçķ ··]");
        assert_eq!(
            pseudo(Lang::EnXa, "{count} of {total} answered"),
            "[{count} öƒ {total} àñšŵéŕéð ···· ···· ·]"
        );
        assert_eq!(pseudo(Lang::En, "Back"), "Back");
        let mut checked = 0;
        for key in keys(Lang::En) {
            let english = text_named(Lang::En, key).unwrap_or_default();
            let accented = pseudo(Lang::EnXa, english);
            assert!(same_placeholders(&accented, english), "{key}");
            let (a, e) = (accented.chars().count(), english.chars().count());
            assert!(a * 10 >= e * 13, "{key}: {a} vs {e}");
            assert!(!accented.chars().any(|c| c.is_ascii_lowercase()) || english.contains('{'));
            checked += 1;
        }
        assert!(checked > 600, "{checked}");
    }

    #[test]
    fn mirrored_text_wraps_words_and_leaves_digits_and_placeholders() {
        assert_eq!(
            pseudo(Lang::ArXb, "SPF 30, {n} days"),
            "\u{202E}SPF\u{202C} 30, {n} \u{202E}days\u{202C}"
        );
        assert_eq!(pseudo(Lang::ArXb, "it's"), "\u{202E}it's\u{202C}");
        for key in keys(Lang::En) {
            let english = text_named(Lang::En, key).unwrap_or_default();
            let mirrored = pseudo(Lang::ArXb, english);
            assert!(same_placeholders(&mirrored, english), "{key}");
            let plain: String = mirrored
                .chars()
                .filter(|c| !matches!(c, '\u{202E}' | '\u{202C}'))
                .collect();
            assert_eq!(plain, english, "{key}");
        }
    }
}
