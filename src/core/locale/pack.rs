//! Locale packs: a language other than English arrives at run time as one text per row of the
//! English tables, in their order (content, then chrome), empty where the pack lacks a text, all
//! in one string ([`SEPARATOR`] between rows). The build (`scripts/build-locales.mjs`) lays each
//! pack out so from its key → text file, so here a pack is installed with no key matching: row
//! `i` of the pack is row `i` of English, and a lookup reads the row found at compile time. A
//! pack is kept as the English texts are (end to end, and where each row ends) for the page's
//! life, so lookups keep returning `&'static str` like the compiled-in English. What a pack lacks
//! falls back to English row by row.
//! English has a pack too: the rows the wasm leaves out (see [`is_early`](super::is_early)),
//! installed the same way right after start.

use std::cell::Cell;

use super::{is_held, Lang, PACK_ROWS, ROWS};

/// What a pack's texts are joined by, as the page's loader hands them over (`texts.join`): a
/// control character no text holds.
pub const SEPARATOR: u8 = 1;

/// An installed pack: its texts end to end and where each ends (it starts where the one before
/// ends). One string and a list of ends rather than a `&str` per row: half the bytes per row,
/// and less code to install (measured with the rest of the loading: see "Languages" in
/// ARCHITECTURE.md).
type Rows = (&'static str, &'static [u32]);

thread_local! {
    /// The installed pack of each language, by [`Lang`] index (English's: the rows the wasm
    /// leaves out): its texts end to end and where each ends, as the English texts are kept.
    static PACKS: Cell<[Option<Rows>; Lang::ALL.len()]> = const { Cell::new([None; Lang::ALL.len()]) };
}

/// `lang`'s own text for English row `row`, if its pack is installed and holds one.
pub(super) fn text(lang: Lang, row: usize) -> Option<&'static str> {
    let (text, ends) = rows(lang)?;
    let start = match row {
        0 => 0,
        _ => *ends.get(row - 1)? as usize,
    };
    let text = text.get(start..*ends.get(row)? as usize)?;
    (!text.is_empty()).then_some(text)
}

/// `lang`'s installed pack, if any.
fn rows(lang: Lang) -> Option<Rows> {
    PACKS.with(|packs| packs.get()[lang as usize])
}

/// Whether `lang` can be shown now: English always, another language once its pack is installed.
pub fn is_ready(lang: Lang) -> bool {
    lang == Lang::En || rows(lang).is_some()
}

/// The `{placeholder}` names in `text`, in order.
pub fn placeholders(text: &str) -> Vec<&str> {
    text.split('{')
        .skip(1)
        .filter_map(|part| part.split_once('}').map(|(name, _)| name))
        .collect()
}

/// Whether `a` and `b` hold the same placeholders, each as often, in any order.
pub fn same_placeholders(a: &str, b: &str) -> bool {
    let (a, b) = (placeholders(a), placeholders(b));
    let count = |list: &[&str], name: &str| list.iter().filter(|n| **n == name).count();
    a.len() == b.len() && a.iter().all(|name| count(&a, name) == count(&b, name))
}

/// Installs `texts` as `lang`'s pack, replacing any earlier one: the text of each English row in
/// table order, joined by [`SEPARATOR`] (as the page's loader hands a pack over), empty for one
/// the pack lacks; rows past this build's are ignored, and English shows for every row the pack
/// lacks or leaves empty. English's pack only fills the rows this build does not hold itself (it
/// is complete when it has every one of those). The texts are copied and kept for the page's
/// life (each pack is installed once). Whether the pack was complete (a text for every row, and
/// as many rows as a built pack holds, kiosk mode's included: `PACK_ROWS`), so the app can tell
/// the visitor. Which keys a pack lacks is not worked out here: that needs the key names, which
/// the wasm does not carry; the build lists them in the built pack and the page's loader warns
/// about them (see "Languages" in ARCHITECTURE.md). Placeholders are checked when a pack is
/// committed, by the native tests.
pub fn install(lang: Lang, texts: &str) -> bool {
    // Kept as the English texts are: end to end without the separators, and where each ends.
    let (mut text, mut ends) = (String::with_capacity(texts.len()), Vec::new());
    let mut complete = true;
    for part in texts.split(SEPARATOR as char) {
        let row = ends.len();
        // English's pack never stands in for a row the build holds (lookups read a pack first).
        let held = row < ROWS && lang == Lang::En && is_held(row);
        complete &= row >= ROWS || held || !part.is_empty();
        if !held {
            text.push_str(part);
        }
        ends.push(text.len() as u32);
    }
    let complete = complete && ends.len() == PACK_ROWS;
    let rows = (&*text.leak(), &*ends.leak());
    PACKS.with(|packs| {
        let mut all = packs.get();
        all[lang as usize] = Some(rows);
        packs.set(all);
    });
    complete
}

/// `rows` as [`install`] takes them (joined by [`SEPARATOR`]), for native callers that have a
/// text per row (the tests and the pre-render).
pub fn joined<'a>(rows: impl IntoIterator<Item = &'a str>) -> String {
    let rows: Vec<&str> = rows.into_iter().collect();
    rows.join(char::from(SEPARATOR).encode_utf8(&mut [0; 1]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::locale::{find, keys, text_named};
    use crate::core::screening::Answer;

    /// The English texts with `prefix`, one per row, except the rows of `leave_out` (left empty).
    fn english_rows(prefix: &str, leave_out: &[&str]) -> Vec<&'static str> {
        keys(Lang::En)
            .map(|k| {
                let text = text_named(Lang::En, k).unwrap_or_default();
                if leave_out.contains(&k) {
                    ""
                } else {
                    String::leak(format!("{prefix}{text}"))
                }
            })
            .collect()
    }

    #[test]
    fn a_complete_pack_is_read_like_a_table() {
        assert!(!is_ready(Lang::Es));
        assert_eq!(find(Lang::Es, Answer::Yes.key()), Some("Yes"));
        let rows = english_rows("ES ", &[]);
        assert_eq!(rows.len(), ROWS);
        assert!(install(Lang::Es, &joined(rows)), "complete");
        assert_eq!(keys(Lang::Es).count(), ROWS);
        assert!(is_ready(Lang::Es));
        assert_eq!(find(Lang::Es, Answer::Yes.key()), Some("ES Yes"));
        assert_eq!(
            crate::core::locale::chrome::NAV_BACK.text(Lang::Es),
            "ES Back"
        );
        // Other languages are untouched.
        assert_eq!(find(Lang::EnXa, Answer::Yes.key()), Some("Yes"));
    }

    #[test]
    fn what_a_pack_lacks_falls_back_to_english() {
        let rows = english_rows("ES ", &["answer.no", "ui.nav.back"]);
        assert!(!install(Lang::Es, &joined(rows)), "two rows are empty");
        assert_eq!(keys(Lang::Es).count(), ROWS - 2);
        assert_eq!(find(Lang::Es, Answer::No.key()), Some("No"));
        assert_eq!(text_named(Lang::Es, "answer.no"), None);
        assert_eq!(find(Lang::Es, Answer::Yes.key()), Some("ES Yes"));
        assert_eq!(crate::core::locale::chrome::NAV_BACK.text(Lang::Es), "Back");
    }

    #[test]
    fn a_pack_of_the_wrong_length_is_incomplete() {
        // One row too many (say, from another build): installed up to English's rows, incomplete.
        let mut rows = english_rows("ES ", &[]);
        rows.push("Quizás");
        assert!(!install(Lang::Es, &joined(rows)));
        assert_eq!(
            keys(Lang::Es).count(),
            ROWS,
            "the row past English is ignored"
        );
        // One row short: the last row shows English.
        let short = english_rows("ES ", &[]).into_iter().take(ROWS - 1);
        assert!(!install(Lang::Es, &joined(short)));
        let last = keys(Lang::En).last().unwrap();
        assert_eq!(text_named(Lang::Es, last), None);
        assert_eq!(keys(Lang::Es).count(), ROWS - 1);
    }

    #[test]
    fn an_empty_or_english_pack_changes_nothing_for_english() {
        assert!(install(Lang::En, &joined(english_rows("XX ", &[]))));
        assert_eq!(find(Lang::En, Answer::Yes.key()), Some("Yes"));
        assert!(!install(Lang::Es, ""));
        assert_eq!(keys(Lang::Es).count(), 0);
        assert_eq!(find(Lang::Es, Answer::Yes.key()), Some("Yes"));
    }

    #[test]
    fn placeholders_match_in_any_order() {
        assert_eq!(placeholders("{b} and {a}, {b}"), ["b", "a", "b"]);
        assert!(placeholders("none { here").is_empty());
        assert!(same_placeholders("{a} {b} {b}", "{b}{a}{b}"));
        assert!(!same_placeholders("{a} {b} {b}", "{a}{a}{b}"));
        assert!(!same_placeholders("{a}", "{a} {b}"));
        assert!(same_placeholders("none", "nada"));
    }
}
