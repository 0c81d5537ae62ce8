//! Locale packs: a language other than English arrives at run time as one text per row of the
//! English tables, in their order (content, then chrome), `""` where the pack lacks a text. The
//! build (`scripts/build-locales.mjs`) lays each pack out so from its key → text file, so here a
//! pack is installed with no key matching: row `i` of the pack is row `i` of English, and a
//! lookup finds the row once, in the English table. Each text is leaked once, so lookups keep
//! returning `&'static str` like the compiled-in English. What a pack lacks falls back to English
//! row by row.

use std::cell::Cell;

use super::{key_name, Lang, ROWS};

thread_local! {
    /// The installed pack of each language, by [`Lang`] index (English's slot stays empty): one
    /// text per English row.
    static PACKS: Cell<[Option<&'static [&'static str]>; Lang::ALL.len()]> = const { Cell::new([None; Lang::ALL.len()]) };
}

/// `lang`'s own text for English row `row`, if its pack is installed and holds one.
pub(super) fn text(lang: Lang, row: usize) -> Option<&'static str> {
    PACKS
        .with(|packs| packs.get()[lang as usize])
        .and_then(|pack| pack.get(row).copied())
        .filter(|text| !text.is_empty())
}

/// Whether `lang` can be shown now: English always, another language once its pack is installed.
pub fn is_ready(lang: Lang) -> bool {
    lang == Lang::En || PACKS.with(|packs| packs.get()[lang as usize].is_some())
}

/// What installing a pack found: the English keys it lacked (English is shown for them).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Report {
    /// English keys the pack lacks, in table order.
    pub missing: Vec<&'static str>,
}

impl Report {
    /// Whether the pack held a text for every English key.
    pub fn is_complete(&self) -> bool {
        self.missing.is_empty()
    }

    /// The console warning for an incomplete pack, naming the pack and the keys.
    pub fn warning(&self, pack: &str) -> String {
        format!(
            "microneedling-explorer: the locale pack {pack} lacks {} texts; English is shown for {}.",
            self.missing.len(),
            self.missing.join(", ")
        )
    }
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

/// Installs `rows` as `lang`'s pack, replacing any earlier one: the text of each English row in
/// table order, `""` for one the pack lacks; rows past the English ones are ignored, and English
/// shows for every row the pack lacks or leaves empty. English itself cannot be replaced. The
/// texts are `'static`: the caller leaks a pack once (it lives as long as the page).
/// (Placeholders are checked when a pack is committed, by the native tests, not here.)
pub fn install(lang: Lang, rows: impl IntoIterator<Item = &'static str>) -> Report {
    let mut rows = rows.into_iter();
    let mut missing = Vec::new();
    let texts: Vec<&'static str> = (0..ROWS)
        .map(|row| {
            let text = rows.next().unwrap_or("");
            if text.is_empty() {
                missing.push(key_name(row));
            }
            text
        })
        .collect();
    if lang != Lang::En {
        let pack: &'static [&'static str] = Box::leak(texts.into_boxed_slice());
        PACKS.with(|packs| {
            let mut all = packs.get();
            all[lang as usize] = Some(pack);
            packs.set(all);
        });
    }
    Report { missing }
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
        let report = install(Lang::Es, rows);
        assert!(report.is_complete(), "{report:?}");
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
        let mut rows = english_rows("ES ", &["answer.no", "ui.nav.back"]);
        rows.push("Quizás");
        let report = install(Lang::Es, rows);
        assert!(!report.is_complete());
        assert_eq!(report.missing, ["answer.no", "ui.nav.back"]);
        assert_eq!(
            keys(Lang::Es).count(),
            ROWS - 2,
            "a row past English is ignored"
        );
        assert_eq!(find(Lang::Es, Answer::No.key()), Some("No"));
        assert_eq!(text_named(Lang::Es, "answer.no"), None);
        assert_eq!(find(Lang::Es, Answer::Yes.key()), Some("ES Yes"));
        assert_eq!(crate::core::locale::chrome::NAV_BACK.text(Lang::Es), "Back");
        let warning = report.warning("es");
        for part in ["pack es", "lacks 2 texts", "answer.no, ui.nav.back"] {
            assert!(warning.contains(part), "{warning}");
        }
    }

    #[test]
    fn a_short_empty_or_english_pack_changes_nothing_for_english() {
        let report = install(Lang::En, english_rows("XX ", &[]));
        assert!(report.is_complete());
        assert_eq!(find(Lang::En, Answer::Yes.key()), Some("Yes"));
        let empty = install(Lang::Es, Vec::new());
        assert_eq!(empty.missing.len(), ROWS);
        assert_eq!(find(Lang::Es, Answer::Yes.key()), Some("Yes"));
        // A pack cut short (say, from an older build) lacks its last rows.
        let short = install(
            Lang::Es,
            english_rows("ES ", &[]).into_iter().take(ROWS - 1),
        );
        assert_eq!(short.missing, [keys(Lang::En).last().unwrap()]);
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
