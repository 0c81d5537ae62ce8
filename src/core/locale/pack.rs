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

/// What installing a pack found: how many texts it took, and what it lacked or held wrongly.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Report {
    /// Texts taken from the pack.
    pub taken: usize,
    /// English keys the pack lacks (English is shown for them).
    pub missing: Vec<&'static str>,
    /// Keys English does not have (ignored).
    pub unknown: Vec<&'static str>,
    /// Keys whose text has other `{placeholders}` than English (English is shown for them).
    pub mismatched: Vec<&'static str>,
}

impl Report {
    /// Whether the pack held every English key, with the same placeholders, and nothing else.
    pub fn is_complete(&self) -> bool {
        self.missing.is_empty() && self.unknown.is_empty() && self.mismatched.is_empty()
    }

    /// The console warning for an incomplete pack, naming the pack and the keys.
    pub fn warning(&self, pack: &str) -> String {
        let mut message = format!("microneedling-explorer: the locale pack {pack} is incomplete;");
        for (what, keys) in [
            (" English is shown for the missing keys: ", &self.missing),
            (
                " and for keys whose placeholders differ: ",
                &self.mismatched,
            ),
            (" Unknown keys are ignored: ", &self.unknown),
        ] {
            if !keys.is_empty() {
                message.push_str(what);
                message.push_str(&keys.join(", "));
                message.push('.');
            }
        }
        message
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

/// Installs `pairs` as `lang`'s pack, replacing any earlier one: keys English lacks and texts
/// whose placeholders differ from English are left out (English shows instead). English itself
/// cannot be replaced. The texts are `'static`: the caller leaks a pack once (it lives as long
/// as the page). The pack is laid out like the English tables (same order), so no sorting.
pub fn install(
    lang: Lang,
    pairs: impl IntoIterator<Item = (&'static str, &'static str)>,
) -> Report {
    let english = [en::TABLE, en_ui::TABLE];
    let mut texts = english.map(|table| vec![None::<&'static str>; table.len()]);
    let mut report = Report::default();
    for (name, text) in pairs {
        let found = (0..2).find_map(|n| {
            english[n]
                .binary_search_by(|(k, _)| (*k).cmp(name))
                .ok()
                .map(|i| (n, i))
        });
        let Some((n, i)) = found else {
            report.unknown.push(name);
            continue;
        };
        let (key, english_text) = english[n][i];
        if !same_placeholders(english_text, text) {
            report.mismatched.push(key);
            continue;
        }
        texts[n][i] = Some(text);
    }
    let mut tables: [Table; 2] = [&[], &[]];
    for n in 0..2 {
        let mut table = Vec::with_capacity(texts[n].len());
        for (&(key, _), text) in english[n].iter().zip(&texts[n]) {
            match text {
                Some(text) => table.push((key, *text)),
                None if !report.mismatched.contains(&key) => report.missing.push(key),
                None => {}
            }
        }
        report.taken += table.len();
        tables[n] = Box::leak(table.into_boxed_slice());
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
    fn what_a_pack_lacks_or_holds_wrongly_falls_back_to_english() {
        let mut pairs: Vec<_> = english_pairs("ES ")
            .into_iter()
            .filter(|(k, _)| *k != "answer.no")
            .collect();
        for (key, text) in &mut pairs {
            if *key == "ui.check.answered" {
                *text = "{count} de {todos}";
            }
        }
        pairs.push(("answer.perhaps", "Quizás"));
        let report = install(Lang::Es, pairs);
        assert!(!report.is_complete());
        assert_eq!(report.missing, ["answer.no"]);
        assert_eq!(report.mismatched, ["ui.check.answered"]);
        assert_eq!(report.unknown, ["answer.perhaps"]);
        assert_eq!(find(Lang::Es, Answer::No.key()), Some("No"));
        assert_eq!(find(Lang::Es, Answer::Yes.key()), Some("ES Yes"));
        assert_eq!(
            crate::core::locale::chrome::CHECK_ANSWERED.text(Lang::Es),
            "{count} of {total} answered"
        );
        let warning = report.warning("locales/es.json");
        for part in [
            "locales/es.json",
            "answer.no",
            "ui.check.answered",
            "answer.perhaps",
        ] {
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
