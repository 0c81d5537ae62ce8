//! Locale packs: a language other than English arrives at run time as `(key, text)` pairs (the UI
//! fetches and parses `locales/<tag>.<hash>.json`) and is installed here once per page. Each
//! text is leaked once, so lookups keep returning `&'static str` like the compiled-in English,
//! and a pack reads exactly like a table: sorted by key, searched by the same binary search.
//! What a pack lacks, or holds wrongly, falls back to English key by key.

use std::cell::Cell;

use super::{en, en_ui, Lang, Table};

thread_local! {
    /// The installed pack of each language, by [`Lang`] index (English's slot stays empty): its
    /// content and chrome tables, like English's.
    static PACKS: Cell<[Option<[Table; 2]>; Lang::ALL.len()]> = const { Cell::new([None; Lang::ALL.len()]) };
}

/// The installed tables of `lang`, or empty ones (so every lookup falls back to English).
pub(super) fn tables(lang: Lang) -> [Table; 2] {
    PACKS
        .with(|packs| packs.get()[lang as usize])
        .unwrap_or([&[], &[]])
}

/// Whether `lang` can be shown now: English always, another language once its pack is installed.
pub fn is_ready(lang: Lang) -> bool {
    lang == Lang::En || PACKS.with(|packs| packs.get()[lang as usize].is_some())
}

/// What installing a pack found: how many texts it took, and which English keys it lacked.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Report {
    /// Texts taken from the pack.
    pub taken: usize,
    /// English keys the pack lacks (English is shown for them).
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

/// Installs `pairs` as `lang`'s pack, replacing any earlier one; keys English lacks are
/// ignored, and English shows for every key the pack lacks. English itself cannot be replaced.
/// The texts are `'static`: the caller leaks a pack once (it lives as long as the page). The pack
/// is laid out like the English tables (same order), so no sorting. (Placeholders are checked
/// when a pack is committed, by the native tests, not here.)
pub fn install(
    lang: Lang,
    pairs: impl IntoIterator<Item = (&'static str, &'static str)>,
) -> Report {
    let english = [en::TABLE, en_ui::TABLE];
    let mut texts = english.map(|table| vec![None::<&'static str>; table.len()]);
    for (name, text) in pairs {
        for (n, table) in english.iter().enumerate() {
            if let Ok(i) = table.binary_search_by(|(k, _)| (*k).cmp(name)) {
                texts[n][i] = Some(text);
            }
        }
    }
    let mut report = Report::default();
    let mut tables: [Table; 2] = [&[], &[]];
    for (n, table) in english.iter().enumerate() {
        let mut own = Vec::with_capacity(table.len());
        for (&(key, _), text) in table.iter().zip(&texts[n]) {
            match text {
                Some(text) => own.push((key, *text)),
                None => report.missing.push(key),
            }
        }
        report.taken += own.len();
        tables[n] = Box::leak(own.into_boxed_slice());
    }
    if lang != Lang::En {
        PACKS.with(|packs| {
            let mut all = packs.get();
            all[lang as usize] = Some(tables);
            packs.set(all);
        });
    }
    report
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::locale::{find, text_named};
    use crate::core::screening::Answer;

    fn english_pairs(prefix: &str) -> Vec<(&'static str, &'static str)> {
        super::super::keys(Lang::En)
            .map(|k| {
                let text = text_named(Lang::En, k).unwrap_or_default();
                (k, String::leak(format!("{prefix}{text}")) as &str)
            })
            .collect()
    }

    #[test]
    fn a_complete_pack_is_read_like_a_table() {
        assert!(!is_ready(Lang::Es));
        assert_eq!(find(Lang::Es, Answer::Yes.key()), Some("Yes"));
        let pairs = english_pairs("ES ");
        let count = pairs.len();
        let report = install(Lang::Es, pairs.into_iter().rev());
        assert!(report.is_complete(), "{report:?}");
        assert_eq!(report.taken, count);
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
        let mut pairs: Vec<_> = english_pairs("ES ")
            .into_iter()
            .filter(|(k, _)| *k != "answer.no" && *k != "ui.nav.back")
            .collect();
        pairs.push(("answer.perhaps", "Quizás"));
        let report = install(Lang::Es, pairs);
        assert!(!report.is_complete());
        assert_eq!(report.missing, ["answer.no", "ui.nav.back"]);
        assert_eq!(find(Lang::Es, Answer::No.key()), Some("No"));
        assert_eq!(find(Lang::Es, Answer::Yes.key()), Some("ES Yes"));
        assert_eq!(crate::core::locale::chrome::NAV_BACK.text(Lang::Es), "Back");
        assert_eq!(
            text_named(Lang::Es, "answer.perhaps"),
            None,
            "unknown keys are ignored"
        );
        let warning = report.warning("es");
        for part in ["pack es", "lacks 2 texts", "answer.no, ui.nav.back"] {
            assert!(warning.contains(part), "{warning}");
        }
    }

    #[test]
    fn an_empty_or_english_pack_changes_nothing_for_english() {
        let report = install(Lang::En, english_pairs("XX "));
        assert!(report.is_complete());
        assert_eq!(find(Lang::En, Answer::Yes.key()), Some("Yes"));
        let empty = install(Lang::Es, Vec::new());
        assert_eq!(empty.missing.len(), super::super::keys(Lang::En).count());
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
