//! Locale completeness and content rules: every language has every key, texts are plain and
//! never promise safety.

use std::collections::BTreeSet;

use microneedling_explorer::core::concern::Concern;
use microneedling_explorer::core::guide::Section;
use microneedling_explorer::core::locale::{
    care_key, find, keys, required_keys, text_named, ItemText, Key, Lang, SettingText,
};
use microneedling_explorer::core::plan::{all_care_ids, all_step_ids, suggest, ClinicOptions};
use microneedling_explorer::core::screening::{screen, Answer, Answers, Question};

/// The text `lang` shows for the key string `name`: its own, else English, else "".
fn text(lang: Lang, name: &str) -> &'static str {
    text_named(lang, name)
        .or_else(|| text_named(Lang::En, name))
        .unwrap_or_default()
}

fn key_set(lang: Lang) -> BTreeSet<&'static str> {
    keys(lang).collect()
}

#[test]
fn english_has_every_required_key_with_text() {
    let english = key_set(Lang::En);
    for key in required_keys() {
        assert!(english.contains(key.as_str()), "missing English key {key}");
        assert!(
            !text(Lang::En, &key).trim().is_empty(),
            "empty text for {key}"
        );
    }
}

#[test]
fn every_language_has_exactly_the_english_keys() {
    let english = key_set(Lang::En);
    for &lang in Lang::ALL {
        let own = key_set(lang);
        let missing: Vec<_> = english.difference(&own).collect();
        let extra: Vec<_> = own.difference(&english).collect();
        assert!(missing.is_empty(), "{} lacks {missing:?}", lang.id());
        assert!(extra.is_empty(), "{} has unknown keys {extra:?}", lang.id());
        for key in required_keys() {
            assert!(own.contains(key.as_str()), "{} lacks {key}", lang.id());
        }
    }
}

#[test]
fn languages_round_trip_and_have_a_direction() {
    assert_eq!(Lang::ALL[0], Lang::En);
    for &lang in Lang::ALL {
        assert_eq!(Lang::from_id(lang.id()), Some(lang));
        assert!(["ltr", "rtl"].contains(&lang.dir()));
    }
}

#[test]
fn placeholders_match_english() {
    fn placeholders(s: &str) -> BTreeSet<&str> {
        s.split('{')
            .skip(1)
            .filter_map(|part| part.split_once('}').map(|(name, _)| name))
            .collect()
    }
    for &lang in Lang::ALL {
        for key in keys(Lang::En) {
            assert_eq!(
                placeholders(text(lang, key)),
                placeholders(text(Lang::En, key)),
                "{} {key}",
                lang.id()
            );
        }
    }
}

#[test]
fn every_key_in_the_tables_is_used() {
    let required: BTreeSet<String> = required_keys().into_iter().collect();
    let mut checked = 0;
    for key in keys(Lang::En) {
        assert!(
            required.contains(key),
            "{key} is not used by the model or the views"
        );
        checked += 1;
    }
    assert_eq!(checked, required.len());
}

#[test]
fn guide_sections_hold_exactly_their_numbered_paragraphs() {
    let mut checked = 0;
    for section in Section::ALL {
        let id = section.id();
        let keys: Vec<String> = section.paragraph_keys().map(Key::name).collect();
        let expected: Vec<String> = (1..=section.paragraphs())
            .map(|n| format!("guide.{id}.{n}"))
            .collect();
        assert_eq!(keys, expected, "{id}");
        for key in &keys {
            assert!(text_named(Lang::En, key).is_some(), "{key}");
            checked += 1;
        }
        let next = format!("guide.{id}.{}", section.paragraphs() + 1);
        assert!(text_named(Lang::En, &next).is_none(), "{next} is not shown");
    }
    assert!(
        checked >= 3 * Section::ALL.len(),
        "only {checked} paragraphs"
    );
}

/// Answer sets that reach every plan variant: all `no`, all `not sure`, and each question
/// answered `yes` (then `not sure`) with the rest `no`.
fn answer_sets() -> Vec<Answers> {
    let mut sets = vec![Answers::all(Answer::No), Answers::all(Answer::Unsure)];
    for q in Question::ALL {
        for answer in [Answer::Yes, Answer::Unsure] {
            let mut answers = Answers::all(Answer::No);
            answers.set(q, answer);
            sets.push(answers);
        }
    }
    sets
}

#[test]
fn every_plan_variant_has_its_text() {
    let mut settings = BTreeSet::new();
    let mut steps = BTreeSet::new();
    let mut care = BTreeSet::new();
    let mut reasons = 0;
    let mut choices: Vec<Vec<Concern>> = Concern::ALL.iter().map(|&c| vec![c]).collect();
    choices.push(Vec::new());
    choices.push(vec![Concern::Texture, Concern::ProductAbsorption]);
    for answers in answer_sets() {
        for concerns in &choices {
            let screening = screen(&answers, concerns);
            for reason in &screening.reasons {
                for key in [reason.text_key(), reason.next_step_key()] {
                    assert!(find(Lang::En, key).is_some(), "{}", key.name());
                }
                reasons += 1;
            }
            for at_home_allowed in [false, true] {
                let plan = suggest(concerns, &screening, ClinicOptions { at_home_allowed });
                for part in SettingText::ALL {
                    assert!(find(Lang::En, plan.setting.key(part)).is_some());
                }
                settings.insert(plan.setting.id());
                for step in &plan.steps {
                    for part in ItemText::ALL {
                        let key = step.key(part);
                        assert!(find(Lang::En, key).is_some(), "{}", key.name());
                    }
                    assert!(find(Lang::En, step.phase.name_key()).is_some());
                    steps.insert(step.id);
                }
                for &id in &plan.long_term {
                    for part in ItemText::ALL {
                        assert!(find(Lang::En, care_key(id, part)).is_some(), "{id}");
                    }
                    care.insert(id);
                }
            }
        }
    }
    assert_eq!(settings.len(), 3, "every setting reached: {settings:?}");
    assert_eq!(steps, all_step_ids().collect(), "every step reached");
    assert_eq!(care, all_care_ids().collect(), "every care item reached");
    assert!(reasons > 2 * Question::ALL.len(), "only {reasons} reasons");
}

/// Words a decision aid must not use about a person's candidacy.
const PROMISES: [&str; 6] = [
    "cleared",
    "you are safe",
    "safe for you",
    "guaranteed",
    "approved for treatment",
    "you qualify",
];

#[test]
fn no_text_promises_safety_or_clearance() {
    for &lang in Lang::ALL {
        for key in keys(lang) {
            let t = text(lang, key).to_lowercase();
            for word in PROMISES {
                assert!(!t.contains(word), "{key} says {word:?}");
            }
        }
    }
    let best = text(Lang::En, "outcome.no-red-flags.summary").to_lowercase();
    assert!(!best.contains("safe"));
    assert!(best.contains("practitioner") && best.contains("consultation"));
}

#[test]
fn clinical_notes_are_followed_in_the_text() {
    let redness = text(Lang::En, "step.redness.detail");
    assert!(redness.contains("1 to 2 days") && redness.contains("up to a week"));
    assert!(text(Lang::En, "step.upkeep.detail").contains("not been tested"));
    assert!(text(Lang::En, "question.blood-thinners.next").contains("Never stop"));
    assert!(text(Lang::En, "concern.pigmentation.caution").contains("darker skin"));
    assert!(text(Lang::En, "question.pregnancy.why").contains("precaution"));
    assert!(text(Lang::En, "step.approved-products.detail").contains("approves"));
}

/// Rough plain-language check: English sentences stay short (grade 6-8 writing).
#[test]
fn english_sentences_are_short() {
    let mut words = 0usize;
    let mut sentences = 0usize;
    for key in keys(Lang::En).filter(|k| !k.starts_with("source.")) {
        for sentence in text(Lang::En, key)
            .split(['.', '?', '!'])
            .filter(|s| !s.trim().is_empty())
        {
            let n = sentence.split_whitespace().count();
            assert!(n <= 30, "{key}: a {n}-word sentence");
            words += n;
            sentences += 1;
        }
    }
    assert!(words <= sentences * 15, "average sentence too long");
}
