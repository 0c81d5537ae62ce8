//! Locale tables: every visitor-facing text, keyed by stable ids. Adding a language is adding a
//! module with two sorted tables (content and UI chrome) and one entry in [`Lang`].

mod en;
mod en_ui;

use crate::core::ask;
use crate::core::concern::{Concern, Evidence, SettingFit};
use crate::core::guide;
use crate::core::plan::{self, Phase, Setting};
use crate::core::screening::{Answer, Outcome, Question};

/// A sorted `(key, text)` table.
type Table = &'static [(&'static str, &'static str)];

/// A language the widget speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    /// English (the reference locale).
    En,
}

impl Lang {
    /// Every language, English first.
    pub const ALL: &'static [Lang] = &[Lang::En];

    /// The BCP 47 tag, e.g. "en".
    pub fn id(self) -> &'static str {
        match self {
            Lang::En => "en",
        }
    }

    /// The language for a tag such as "en" or "en-GB", if supported.
    pub fn from_id(id: &str) -> Option<Lang> {
        let primary = id.split(['-', '_']).next().unwrap_or_default();
        Lang::ALL
            .iter()
            .copied()
            .find(|l| l.id().eq_ignore_ascii_case(primary))
    }

    /// The writing direction: "ltr" or "rtl".
    pub fn dir(self) -> &'static str {
        match self {
            Lang::En => "ltr",
        }
    }

    /// The content table and the UI chrome table.
    fn tables(self) -> [Table; 2] {
        match self {
            Lang::En => [en::TABLE, en_ui::TABLE],
        }
    }
}

fn lookup(lang: Lang, key: &str) -> Option<&'static str> {
    lang.tables().into_iter().find_map(|table| {
        table
            .binary_search_by(|(k, _)| (*k).cmp(key))
            .ok()
            .map(|i| table[i].1)
    })
}

/// The text for `key` in `lang`, falling back to English, then to an empty string (a missing
/// key is a bug the locale tests catch).
pub fn text(lang: Lang, key: &str) -> &'static str {
    lookup(lang, key)
        .or_else(|| lookup(Lang::En, key))
        .unwrap_or("")
}

/// Whether `lang` (or English as fallback) has text for `key`.
pub fn has_key(lang: Lang, key: &str) -> bool {
    lookup(lang, key)
        .or_else(|| lookup(Lang::En, key))
        .is_some()
}

/// Every key `lang`'s own tables hold, content first, each in sorted order.
pub fn keys(lang: Lang) -> impl Iterator<Item = &'static str> {
    lang.tables()
        .into_iter()
        .flat_map(|table| table.iter().map(|(k, _)| *k))
}

/// Fills `{name}` placeholders in `template` from `args`; unknown placeholders stay as they are.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let value = after.find('}').and_then(|close| {
            let name = &after[..close];
            args.iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| (*v, close))
        });
        match value {
            Some((v, close)) => {
                out.push_str(v);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Every key the core's model references (concerns, evidence, questions, answers, outcomes,
/// reasons, settings, phases, steps, care, guide, options, sources, questions to ask).
pub fn required_keys() -> Vec<String> {
    let mut keys = Vec::new();
    for c in Concern::ALL {
        for part in ["name", "summary", "how", "expect", "example", "limits"] {
            keys.push(format!("concern.{}.{part}", c.id()));
        }
    }
    for c in Concern::ALL.into_iter().filter(|c| c.has_caution()) {
        keys.push(format!("concern.{}.caution", c.id()));
    }
    for e in Evidence::ALL {
        keys.push(format!("evidence.{}.name", e.id()));
        keys.push(format!("evidence.{}.detail", e.id()));
    }
    for f in SettingFit::ALL {
        keys.push(format!("setting-fit.{}.name", f.id()));
    }
    for q in Question::ALL {
        for part in ["text", "why", "next", "next-unsure"] {
            keys.push(format!("question.{}.{part}", q.id()));
        }
    }
    for a in Answer::ALL {
        keys.push(format!("answer.{}", a.id()));
    }
    for o in Outcome::ALL {
        keys.push(format!("outcome.{}.title", o.id()));
        keys.push(format!("outcome.{}.summary", o.id()));
    }
    keys.push("reason.concern.rosacea.text".to_owned());
    keys.push("reason.concern.rosacea.next".to_owned());
    for s in Setting::ALL {
        keys.push(format!("setting.{}.name", s.id()));
        keys.push(format!("setting.{}.summary", s.id()));
    }
    for p in Phase::ALL {
        keys.push(format!("phase.{}.name", p.id()));
    }
    for id in plan::all_step_ids() {
        keys.push(format!("step.{id}.title"));
        keys.push(format!("step.{id}.detail"));
    }
    for id in plan::all_care_ids() {
        keys.push(format!("care.{id}.title"));
        keys.push(format!("care.{id}.detail"));
    }
    for section in guide::sections() {
        keys.push(format!("guide.{}.title", section.id));
        keys.extend(section.items.iter().map(|k| (*k).to_owned()));
    }
    for option in guide::options() {
        for part in ["name", "benefits", "downsides", "downtime"] {
            keys.push(format!("guide.option.{}.{part}", option.id));
        }
    }
    keys.extend(guide::sources().iter().map(|s| s.key.to_owned()));
    keys.extend(ask::all_keys());
    keys.sort_unstable();
    keys.dedup();
    keys
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_sorted_without_duplicates() {
        for &lang in Lang::ALL {
            for table in lang.tables() {
                for pair in table.windows(2) {
                    assert!(
                        pair[0].0 < pair[1].0,
                        "{}: {} / {}",
                        lang.id(),
                        pair[0].0,
                        pair[1].0
                    );
                }
            }
        }
    }

    #[test]
    fn ui_table_holds_only_ui_keys_and_content_none() {
        for &lang in Lang::ALL {
            let [content, ui] = lang.tables();
            assert!(ui.iter().all(|(k, _)| k.starts_with("ui.")));
            assert!(content.iter().all(|(k, _)| !k.starts_with("ui.")));
        }
    }

    #[test]
    fn lookups_and_fallbacks() {
        assert_eq!(text(Lang::En, "answer.yes"), "Yes");
        assert!(has_key(Lang::En, "answer.unsure"));
        assert!(!has_key(Lang::En, "answer.perhaps"));
        assert_eq!(text(Lang::En, "answer.perhaps"), "");
        assert_eq!(Lang::from_id("en-GB"), Some(Lang::En));
        assert_eq!(Lang::from_id("EN"), Some(Lang::En));
        assert_eq!(Lang::from_id("xx"), None);
        assert_eq!(Lang::from_id(""), None);
    }

    #[test]
    fn fills_placeholders() {
        assert_eq!(
            fill("{n} of {total}", &[("n", "2"), ("total", "5")]),
            "2 of 5"
        );
        assert_eq!(fill("keep {this} and {", &[]), "keep {this} and {");
        assert_eq!(fill("{a}{a}", &[("a", "x")]), "xx");
        assert_eq!(fill("no placeholders", &[("a", "x")]), "no placeholders");
    }
}
