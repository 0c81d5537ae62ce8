//! Locale packs (`locales/*.json`) as files: each holds exactly the English keys, every text
//! with the same `{placeholders}`; the pseudo-locales keep them too; and the Spanish pack reads
//! at a plain level, sentence by sentence (Fernández-Huerta as corrected by Law, 2011, ≥ 70, the
//! same sentence rules as the English test in `core_reading.rs`).

use std::collections::BTreeSet;

use microneedling_explorer::core::locale::pack::same_placeholders;
use microneedling_explorer::core::locale::{keys, pack, pseudo::pseudo, text_named, Lang};

mod support;

use support::reading::{exempt, is_sentence, sentences, words};

#[test]
fn every_pack_file_has_exactly_the_english_keys_and_placeholders() {
    let english: BTreeSet<&str> = keys(Lang::En).collect();
    let files = support::pack_files();
    assert!(
        files.iter().any(|(lang, _)| *lang == Lang::Es),
        "no Spanish pack"
    );
    let mut checked = 0;
    for (lang, pairs) in &files {
        let own: BTreeSet<&str> = pairs.keys().map(String::as_str).collect();
        let missing: Vec<_> = english.difference(&own).collect();
        let extra: Vec<_> = own.difference(&english).collect();
        assert!(missing.is_empty(), "{} lacks {missing:?}", lang.id());
        assert!(extra.is_empty(), "{} has unknown keys {extra:?}", lang.id());
        for (key, text) in pairs {
            let en = text_named(Lang::En, key).unwrap_or_default();
            assert!(same_placeholders(en, text), "{} {key}: {text}", lang.id());
            assert!(!text.trim().is_empty(), "{} {key} is empty", lang.id());
            checked += 1;
        }
        // Installed, it is complete: nothing falls back to English.
        assert!(
            pack::install(*lang, &pack::joined(support::rows(pairs))),
            "{} is complete",
            lang.id()
        );
        assert_eq!(keys(*lang).count(), english.len());
    }
    assert_eq!(checked, files.len() * english.len());
}

#[test]
fn a_missing_key_fails_and_is_reported() {
    let (lang, mut pairs) = support::pack_files().remove(0);
    pairs.remove("ui.nav.back");
    assert!(!pack::install(lang, &pack::joined(support::rows(&pairs))));
    assert_eq!(text_named(lang, "ui.nav.back"), None);
    assert_eq!(keys(lang).count(), keys(Lang::En).count() - 1);
}

#[test]
fn pseudo_locales_keep_every_placeholder() {
    let (mut checked, mut changed) = (0, 0);
    for lang in Lang::ALL.iter().copied().filter(|l| l.is_pseudo()) {
        for key in keys(Lang::En) {
            let english = text_named(Lang::En, key).unwrap_or_default();
            let text = pseudo(lang, english);
            assert!(same_placeholders(english, &text), "{} {key}", lang.id());
            checked += 1;
            changed += usize::from(text != english);
        }
    }
    assert_eq!(checked, 2 * keys(Lang::En).count());
    // Only a text without letters (such as "({year})") can stay as it is.
    assert!(changed + 4 >= checked, "{changed} of {checked} changed");
}

/// Spanish syllables in one word: vowel groups, where two strong vowels (a, e, o or an accented
/// vowel) split into two syllables (hiatus) and a weak vowel (i, u, ü) joins its neighbour
/// (diphthong); a final "y" after a vowel counts as a vowel. A number counts one syllable per
/// digit, at most three; a `{placeholder}` one; a hyphenated word the sum of its parts.
fn syllables(word: &str) -> usize {
    if word.starts_with('{') {
        return 1;
    }
    let w: String = word
        .to_lowercase()
        .chars()
        .filter(|c| c.is_ascii_digit() || "abcdefghijklmnopqrstuvwxyzáéíóúüñ-".contains(*c))
        .collect();
    let digits: String = w.chars().filter(|c| *c != '-').collect();
    if !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit()) {
        return digits.len().clamp(1, 3);
    }
    if w.contains('-') {
        return w
            .split('-')
            .filter(|p| !p.is_empty())
            .map(syllables)
            .sum::<usize>()
            .max(1);
    }
    let strong = |c: char| "aeoáéóíú".contains(c);
    let vowel = |c: char| "aeiouáéíóúü".contains(c);
    let chars: Vec<char> = w.chars().collect();
    let mut count = 0;
    let mut previous: Option<char> = None;
    for (i, &c) in chars.iter().enumerate() {
        if c == 'y' && chars.len() == 1 {
            count += 1;
            previous = None;
            continue;
        }
        let final_y =
            c == 'y' && i > 0 && vowel(chars[i - 1]) && chars.get(i + 1).is_none_or(|n| !vowel(*n));
        let c = if final_y { 'i' } else { c };
        if !vowel(c) {
            previous = None;
            continue;
        }
        if previous.is_none_or(|p| strong(p) && strong(c)) {
            count += 1;
        }
        previous = Some(c);
    }
    count.max(1)
}

/// Fernández-Huerta as corrected by Law (2011): 206.84 − 60 × syllables/word − 1.02 × words.
fn fernandez_huerta(sentence: &str) -> f64 {
    let ws = words(sentence);
    let syllables: usize = ws.iter().map(|w| syllables(w)).sum();
    206.84 - 60.0 * syllables as f64 / ws.len() as f64 - 1.02 * ws.len() as f64
}

#[test]
fn the_spanish_syllable_counter_and_score_behave() {
    let cases = [
        ("piel", 1),
        ("agujas", 3),
        ("microagujas", 5),
        ("tratamiento", 4),
        ("día", 2),
        ("poeta", 3),
        ("cuidado", 3),
        ("hoy", 1),
        ("y", 1),
        ("rosácea", 4),
        ("ácido", 3),
        ("SPF", 1),
        ("30", 2),
        ("0,5", 2),
        ("{n}", 1),
        ("auto-cuidado", 5),
        ("¿Qué", 1),
    ];
    let wrong: Vec<_> = cases
        .iter()
        .filter(|(w, n)| syllables(w) != *n)
        .map(|(w, n)| format!("{w}: {} (want {n})", syllables(w)))
        .collect();
    assert!(wrong.is_empty(), "{wrong:?}");
    assert_eq!(
        sentences("Uno. ¿Dos 0.5 mm? Tres"),
        ["Uno.", "¿Dos 0.5 mm?", "Tres"]
    );
    assert!(fernandez_huerta("Hable con su médico antes.") > 70.0);
    assert!(
        fernandez_huerta(
            "La microneedling estimula la inducción percutánea de colágeno terapéuticamente."
        ) < 70.0
    );
}

#[test]
fn every_spanish_sentence_reads_at_fernandez_huerta_70_or_above() {
    let (_, spanish) = support::pack_files()
        .into_iter()
        .find(|(lang, _)| *lang == Lang::Es)
        .expect("a Spanish pack");
    let mut checked = 0;
    let mut too_hard = Vec::new();
    for (key, text) in &spanish {
        if exempt(key) {
            continue; // citations keep the source's own title
        }
        for sentence in sentences(text).into_iter().filter(|s| is_sentence(s)) {
            let score = fernandez_huerta(sentence);
            checked += 1;
            if score < 70.0 {
                too_hard.push(format!("{key}: {score:.1}: {sentence}"));
            }
        }
    }
    println!("Spanish reading level: {checked} sentences checked");
    assert!(checked > 600, "only {checked} sentences checked");
    assert!(
        too_hard.is_empty(),
        "{} sentences below 70:\n{}",
        too_hard.len(),
        too_hard.join("\n")
    );
}
