//! Locale completeness and content rules: every language has every key, texts are plain and
//! never promise safety.

use std::collections::BTreeSet;

use microneedling_explorer::core::concern::Concern;
use microneedling_explorer::core::guide::{Section, Source};
use microneedling_explorer::core::locale::{
    care_key, find, keys, required_keys, text_named, ItemText, Key, Lang, SettingText,
};
use microneedling_explorer::core::plan::{all_care_ids, all_step_ids, suggest, ClinicOptions};
use microneedling_explorer::core::screening::{screen, Answer, Answers, Question};

mod support;

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
    support::install_packs();
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
    support::install_packs();
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
    support::install_packs();
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
    assert!(text(Lang::En, "step.upkeep.detail").contains("not a tested schedule"));
    assert!(text(Lang::En, "question.blood-thinners.next").contains("Never stop"));
    assert!(text(Lang::En, "concern.pigmentation.caution").contains("darker skin"));
    assert!(text(Lang::En, "question.pregnancy.why").contains("precaution"));
    assert!(text(Lang::En, "step.approved-products.detail").contains("practitioner says are fine"));
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

/// Every English text, with its key.
fn english() -> impl Iterator<Item = (&'static str, &'static str)> {
    keys(Lang::En).map(|k| (k, text(Lang::En, k)))
}

#[test]
fn blood_thinners_name_everyday_pills_and_supplements() {
    let everyday = ["aspirin", "ibuprofen", "naproxen", "fish oil", "vitamin E"];
    for key in [
        "question.blood-thinners.text",
        "question.blood-thinners.next-unsure",
        "guide.before.3",
        "step.blood-thinners.detail",
    ] {
        for pill in everyday {
            let t = text(Lang::En, key).to_lowercase();
            assert!(
                t.contains(&pill.to_lowercase()),
                "{key} does not name {pill}"
            );
        }
    }
    assert!(text(Lang::En, "question.blood-thinners.text").contains("bleeding disorder"));
    assert!(text(Lang::En, "question.blood-thinners.why").contains("pain pills"));
    for key in [
        "guide.before.3",
        "step.blood-thinners.detail",
        "question.blood-thinners.next",
    ] {
        let t = text(Lang::En, key);
        assert!(
            t.contains("Never stop a prescribed medicine on your own"),
            "{key}"
        );
        assert!(t.contains("about a week before"), "{key}");
    }
}

#[test]
fn immune_suppressing_medicine_is_named_with_chemotherapy() {
    for key in ["question.cancer-treatment.text", "guide.wait.2"] {
        let t = text(Lang::En, key);
        assert!(
            t.contains("chemotherapy") && t.contains("weakens your immune system"),
            "{key}"
        );
    }
    assert!(text(Lang::En, "question.other-skin-condition.text").contains("inflamed"));
}

#[test]
fn outcome_summaries_hold_for_every_reason_that_leads_there() {
    // A sunburn leads to "prepare first", and its step is to wait until it heals.
    let prepare = text(Lang::En, "outcome.prepare.summary");
    assert!(!prepare.contains("nothing that means you should wait"));
    assert!(prepare.contains("sunburn") && prepare.contains("waiting"));
    assert!(text(Lang::En, "question.recent-sun.next").starts_with("Wait"));
    // "Not sure" answers lead to "talk first": its summary must not assume a yes.
    assert!(text(Lang::En, "outcome.talk-first.summary").contains("Some answers"));
    assert!(text(Lang::En, "outcome.not-now.summary").contains("come back"));
}

#[test]
fn evidence_grades_use_the_notes_words() {
    let grade = |c: Concern| text(Lang::En, &format!("evidence.{}.name", c.evidence().id()));
    assert_eq!(grade(Concern::AcneScars), "Many small studies");
    assert!(text(Lang::En, "evidence.many-small-studies.detail").contains("comparison group"));
    assert_eq!(grade(Concern::Pigmentation), "Moderate to weak");
    assert_eq!(grade(Concern::Pores), "Weak");
    assert!(text(Lang::En, "guide.evidence.2").starts_with("A comparison group is"));
}

#[test]
fn every_concern_names_its_harms_and_other_options() {
    let common = text(Lang::En, "harms.common");
    for harm in [
        "Redness and swelling",
        "up to a week",
        "dark marks",
        "infection",
        "lumps",
        "darker skin",
        "We don't know",
    ] {
        assert!(common.contains(harm), "harms.common lacks {harm:?}");
    }
    assert!(text(Lang::En, "options.nothing").contains("Doing nothing"));
    for c in Concern::ALL {
        for part in ["harms", "options"] {
            let t = text(Lang::En, &format!("concern.{}.{part}", c.id()));
            assert!(
                t.split_whitespace().count() >= 8,
                "concern.{}.{part} is too thin",
                c.id()
            );
        }
    }
}

#[test]
fn clinician_and_practitioner_are_defined_once_and_used_consistently() {
    let words = text(Lang::En, "ui.explore.words");
    assert!(words.contains("practitioner is the person who does the treatment"));
    assert!(
        words.contains("clinician is a doctor or nurse who can review your health and medicines")
    );
    for (key, t) in english() {
        assert!(!t.contains("skin professional"), "{key}: say practitioner");
        assert!(
            !t.contains("doctor or clinician"),
            "{key}: a clinician is a doctor or nurse"
        );
        if key != "ui.explore.words" {
            assert!(!t.contains(" is the person who does"), "{key}: define once");
        }
    }
}

#[test]
fn at_home_text_makes_no_collagen_claim() {
    use microneedling_explorer::core::plan::{suggest, ClinicOptions, Setting};
    let mut nothing = Answers::default();
    for q in Question::ALL {
        nothing.set(q, Answer::No);
    }
    let plan = suggest(
        &[Concern::ProductAbsorption],
        &screen(&nothing, &[Concern::ProductAbsorption]),
        ClinicOptions::default(),
    );
    assert_eq!(plan.setting, Setting::AtHome);
    let mut at_home: Vec<String> = plan
        .steps
        .iter()
        .flat_map(|s| {
            [
                format!("step.{}.title", s.id),
                format!("step.{}.detail", s.id),
            ]
        })
        .chain(plan.long_term.iter().map(|id| format!("care.{id}.detail")))
        .collect();
    at_home.extend(
        keys(Lang::En)
            .filter(|k| {
                k.starts_with("guide.home.")
                    || k.starts_with("setting.at-home.")
                    || k.starts_with("guide.option.at-home.")
            })
            .map(str::to_owned),
    );
    at_home.extend(
        [
            "ui.plan.home-needles",
            "ui.plan.routine",
            "harms.downtime-home",
        ]
        .map(str::to_owned),
    );
    for key in &at_home {
        let t = text(Lang::En, key).to_lowercase();
        assert!(!t.contains("collagen"), "{key} claims collagen at home");
    }
    let needles = text(Lang::En, "ui.plan.home-needles");
    assert!(needles.contains("not a depth tested in studies") && !needles.contains("chooses"));
}

#[test]
fn the_guides_smaller_facts_are_there() {
    assert!(text(Lang::En, "concern.acne-scars.summary").contains("chickenpox"));
    assert!(text(Lang::En, "concern.pigmentation.summary").contains("melasma"));
    assert!(text(Lang::En, "concern.acne-scars.limits").contains("“ice-pick” scars need a clinic"));
    assert!(text(Lang::En, "question.recent-sun.text").contains("a tan you can see"));
    for key in ["step.no-makeup.detail", "guide.after.2", "harms.downtime"] {
        assert!(
            text(Lang::En, key).contains("until the redness fades"),
            "{key}"
        );
    }
    // Upkeep, wherever it appears, is "not a tested schedule".
    let mut upkeep = 0;
    for (key, t) in english() {
        let lower = t.to_lowercase();
        let about_upkeep = lower.contains("top-up") || lower.contains("upkeep");
        if about_upkeep && !key.ends_with(".title") && !key.ends_with(".name") {
            assert!(t.contains("not a tested schedule"), "{key} mentions upkeep");
            upkeep += 1;
        }
    }
    assert!(upkeep >= 5, "only {upkeep} upkeep texts");
}

#[test]
fn figures_not_vague_frequency_words() {
    for (key, t) in english() {
        let lower = t.to_lowercase();
        for vague in [
            "most people",
            "many people",
            "most clinics",
            "many clinics",
            "most patients",
        ] {
            assert!(!lower.contains(vague), "{key} says {vague:?}");
        }
    }
    let acne = text(Lang::En, "concern.acne-scars.expect");
    assert!(acne.contains("36 people") && acne.contains("no comparison group"));
}

/// Numbers the seed guide's timings and plain counting use (needle sizes, days, weeks, months,
/// minutes, hours, SPF, "out of every 100", day 0 of a session); any other number on screen is
/// a study figure.
const TIMINGS: [&str; 18] = [
    "0", "0.2", "0.25", "0.5", "1", "2", "3", "4", "5", "6", "7", "12", "15", "20", "24", "30",
    "48", "100",
];

#[test]
fn every_study_figure_on_screen_is_in_a_listed_source() {
    let numbers = |t: &'static str| {
        t.split(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
            .map(|n| n.trim_matches(['.', ',']))
            .filter(|n| !n.is_empty())
            .collect::<Vec<_>>()
    };
    let mut sourced: BTreeSet<String> = TIMINGS.iter().map(|n| (*n).to_owned()).collect();
    for source in Source::ALL {
        sourced.extend(source.year().map(|y| y.to_string()));
        for part in ["cite", "what"] {
            let t = text(Lang::En, &format!("source.{}.{part}", source.id()));
            sourced.extend(numbers(t).into_iter().map(str::to_owned));
        }
    }
    let mut figures = 0;
    for (key, t) in english().filter(|(k, _)| !k.starts_with("source.")) {
        for n in numbers(t) {
            assert!(sourced.contains(n), "{key}: {n} is in no listed source");
            if !TIMINGS.contains(&n) {
                figures += 1;
            }
        }
    }
    assert!(figures >= 8, "only {figures} study figures checked");
}
