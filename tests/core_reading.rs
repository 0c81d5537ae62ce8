//! Reading level: every visitor-facing English sentence, one at a time, at grade 8 or below by
//! the Flesch-Kincaid grade formula, and every technical word explained where a visitor first
//! meets it. The syllable counter is a small rule-based one written here (no dependency).

use microneedling_explorer::core::concern::Concern;
use microneedling_explorer::core::locale::{keys, text_named, Lang};
use microneedling_explorer::core::plan::{suggest, ClinicOptions};
use microneedling_explorer::core::screening::{screen, Answer, Answers, Question};

mod support;

use support::reading::{exempt, is_sentence, sentences, words};

/// The English text for the key string `name` ("" when there is none).
fn text(lang: Lang, name: &str) -> &'static str {
    text_named(lang, name).unwrap_or_default()
}

/// The highest grade a sentence may have (IPDAS and the AMA/NIH advice: grade 8 or lower).
const MAX_GRADE: f64 = 8.0;

/// Syllables in one word, by vowel groups with the usual English corrections (a silent final
/// "e", "-es"/"-ed" endings that add no syllable, a final consonant + "le"). A number counts
/// as one syllable per digit, at most three; a `{placeholder}` as one.
fn syllables(word: &str) -> usize {
    if word.starts_with('{') {
        return 1;
    }
    let letters: String = word
        .chars()
        .filter(|c| c.is_ascii_alphabetic())
        .map(|c| c.to_ascii_lowercase())
        .collect();
    if letters.is_empty() {
        let digits = word.chars().filter(char::is_ascii_digit).count();
        return digits.clamp(1, 3);
    }
    // A hyphenated word counts as one word with the syllables of its parts.
    if word.contains('-') {
        return word
            .split('-')
            .filter(|part| part.chars().any(|c| c.is_ascii_alphanumeric()))
            .map(syllables)
            .sum::<usize>()
            .max(1);
    }
    let w = letters.as_bytes();
    if w.len() <= 3 {
        return 1;
    }
    let is_vowel =
        |i: usize| matches!(w[i], b'a' | b'e' | b'i' | b'o' | b'u') || (w[i] == b'y' && i > 0);
    let mut count = 0;
    let mut previous = false;
    for i in 0..w.len() {
        let vowel = is_vowel(i);
        if vowel && !previous {
            count += 1;
        }
        previous = vowel;
    }
    let n = w.len();
    let consonant = |i: usize| !is_vowel(i);
    if count > 1 {
        if w[n - 1] == b'e' && !(w[n - 2] == b'l' && consonant(n - 3)) && consonant(n - 2) {
            count -= 1; // silent e: "make", "stage"
        } else if w[n - 1] == b'd'
            && w[n - 2] == b'e'
            && !matches!(w[n - 3], b't' | b'd')
            && consonant(n - 3)
        {
            count -= 1; // "-ed" after most consonants: "used", "asked"
        } else if w[n - 1] == b's'
            && w[n - 2] == b'e'
            && consonant(n - 3)
            && !matches!(w[n - 3], b's' | b'x' | b'z' | b'c' | b'g')
            && !(w[n - 3] == b'h' && matches!(w[n - 4], b's' | b'c'))
        {
            count -= 1; // "-es" that adds no syllable: "makes", "types"
        }
    }
    count.max(1)
}

/// The Flesch-Kincaid grade of one sentence.
fn grade(sentence: &str) -> f64 {
    let words = words(sentence);
    let syllables: usize = words.iter().map(|w| syllables(w)).sum();
    let n = words.len() as f64;
    0.39 * n + 11.8 * (syllables as f64 / n) - 15.59
}

#[test]
fn the_syllable_counter_agrees_with_a_dictionary_on_common_words() {
    let cases = [
        ("the", 1),
        ("skin", 1),
        ("makes", 1),
        ("used", 1),
        ("people", 2),
        ("pitted", 2),
        ("needling", 2),
        ("uses", 2),
        ("clinician", 3),
        ("practitioner", 4),
        ("microneedling", 4),
        ("isotretinoin", 5),
        ("collagen", 3),
        ("every", 3),
        ("redness", 2),
        ("track-like", 2),
        ("1,845", 3),
        ("{count}", 1),
        ("table", 2),
        ("sunscreen", 2),
        ("ibuprofen", 4),
        ("session", 2),
    ];
    let mut wrong = Vec::new();
    for (word, expected) in cases {
        if syllables(word) != expected {
            wrong.push(format!("{word}: {} (expected {expected})", syllables(word)));
        }
    }
    assert!(wrong.is_empty(), "{wrong:?}");
    assert_eq!(
        sentences("One. Two 0.5 mm? Three"),
        ["One.", "Two 0.5 mm?", "Three"]
    );
    assert!(grade("Talk to a clinician first.") < 6.0);
    assert!(
        grade("Microneedling stimulates percutaneous collagen induction therapeutically.") > 8.0
    );
}

#[test]
fn every_english_sentence_is_grade_8_or_below() {
    let mut checked = 0;
    let mut above = [0usize; 3]; // above grade 6, 7, 8
    let mut too_hard = Vec::new();
    for key in keys(Lang::En).filter(|k| !exempt(k)) {
        for sentence in sentences(text(Lang::En, key)) {
            if !is_sentence(sentence) {
                continue;
            }
            let g = grade(sentence);
            checked += 1;
            for (i, limit) in [6.0, 7.0, 8.0].into_iter().enumerate() {
                if g > limit {
                    above[i] += 1;
                }
            }
            if g > MAX_GRADE {
                too_hard.push(format!("{key}: grade {g:.1}: {sentence}"));
            }
        }
    }
    println!(
        "reading level: {checked} sentences; above grade 6: {}, above 7: {}, above 8: {}",
        above[0], above[1], above[2]
    );
    assert!(checked > 300, "only {checked} sentences checked");
    assert!(
        too_hard.is_empty(),
        "{} sentences above grade 8:\n{}",
        too_hard.len(),
        too_hard.join("\n")
    );
}

/// The technical words the issue names, each with words that explain it.
const TERMS: [(&str, &[&str]); 5] = [
    ("collagen", &["protein"]),
    ("retinoid", &["retinol", "tretinoin"]),
    ("AHA", &["acid"]),
    ("keloid", &["raised"]),
    ("autoimmune", &["attack"]),
];

/// Checks that in a sequence of texts a visitor reads in order, the first one that uses each
/// term also explains it. Returns how many first uses were found.
fn explained_on_first_use(place: &str, texts: &[(&str, &str)]) -> usize {
    let mut found = 0;
    for (term, explanation) in TERMS {
        // The term as written, or capitalised at the start of a sentence.
        let capital = format!("{}{}", term[..1].to_uppercase(), &term[1..]);
        let uses = |t: &str| t.contains(term) || t.contains(&capital);
        if let Some((key, first)) = texts.iter().find(|(_, t)| uses(t)) {
            found += 1;
            assert!(
                explanation.iter().any(|e| first.contains(e)),
                "{place}: {key} uses {term:?} without explaining it"
            );
        }
    }
    found
}

#[test]
fn technical_words_are_explained_where_a_visitor_first_meets_them() {
    let t = |key: &str| (String::leak(key.to_owned()) as &str, text(Lang::En, key));
    let mut found = 0;
    // Each concern card is read on its own, in its order of facts.
    for c in Concern::ALL {
        let id = c.id();
        let card: Vec<_> = [
            "summary", "caution", "how", "expect", "example", "limits", "harms", "options",
        ]
        .iter()
        .map(|part| t(&format!("concern.{id}.{part}")))
        .collect();
        found += explained_on_first_use(id, &card);
    }
    // Each question is read on its own: its text, then why we ask.
    for key in keys(Lang::En).filter(|k| k.starts_with("question.") && k.ends_with(".text")) {
        let id = &key["question.".len()..key.len() - ".text".len()];
        let question = [t(key), t(&format!("question.{id}.why"))];
        found += explained_on_first_use(key, &question);
    }
    // The guide's "words we use" explains every term; each plan is read in its order of steps.
    let words: Vec<_> = keys(Lang::En)
        .filter(|k| k.starts_with("guide.words."))
        .map(|k| (k, text(Lang::En, k)))
        .collect();
    assert_eq!(explained_on_first_use("guide.words", &words), TERMS.len());
    let (mut every_reason, mut nothing) = (Answers::default(), Answers::default());
    for q in Question::ALL {
        every_reason.set(q, Answer::Yes);
        nothing.set(q, Answer::No);
    }
    // A clinic plan with every extra step, and an at-home plan (when the clinic allows it).
    for (concern, answers) in [
        (Concern::AcneScars, &every_reason),
        (Concern::Texture, &nothing),
    ] {
        for at_home_allowed in [false, true] {
            let screening = screen(answers, &[concern]);
            let plan = suggest(&[concern], &screening, ClinicOptions { at_home_allowed });
            let steps: Vec<_> = plan
                .steps
                .iter()
                .map(|step| t(&format!("step.{}.detail", step.id)))
                .collect();
            found += explained_on_first_use("a plan", &steps);
        }
    }
    assert!(found >= 10, "only {found} first uses checked");
}
