//! Locale completeness and content rules: every language has every key, texts are plain and
//! never promise safety.

use std::collections::BTreeSet;

use microneedling_explorer::core::concern::Concern;
use microneedling_explorer::core::guide;
use microneedling_explorer::core::locale::{has_key, keys, required_keys, text, Lang};
use microneedling_explorer::core::plan::{suggest, ClinicOptions};
use microneedling_explorer::core::screening::{screen, Answer, Answers, Question, Reason};

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
fn content_keys_are_all_used() {
    let required: BTreeSet<String> = required_keys().into_iter().collect();
    for key in keys(Lang::En).filter(|k| !k.starts_with("ui.")) {
        assert!(
            required.contains(key),
            "content key {key} is not used by the model"
        );
    }
}

#[test]
fn every_reason_and_plan_text_exists() {
    for q in Question::ALL {
        for answer in [Answer::Yes, Answer::Unsure] {
            let reason = Reason::Answered {
                question: q,
                answer,
            };
            assert!(
                has_key(Lang::En, &reason.next_step_key()),
                "{}",
                reason.next_step_key()
            );
        }
    }
    let rosacea = Reason::Concern(Concern::Rosacea);
    assert!(has_key(Lang::En, &rosacea.next_step_key()));
    let answers = Answers::default();
    for concern in Concern::ALL {
        for at_home_allowed in [false, true] {
            let plan = suggest(
                &[concern],
                &screen(&answers, &[concern]),
                ClinicOptions { at_home_allowed },
            );
            for step in &plan.steps {
                assert!(has_key(Lang::En, &format!("step.{}.title", step.id)));
            }
        }
    }
    for source in guide::sources() {
        assert!(has_key(Lang::En, source.key));
    }
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
