//! Shared by the native tests: the locale packs as the browser gets them. Each file of `locales/`
//! is read as a flat JSON object (key → text), laid out in the English rows as
//! `scripts/build-locales.mjs` does, and installed; the pseudo-locales are made from English as
//! the build makes them, so every language's lookups are live in this thread.

#![allow(dead_code)]

pub mod reading;

use std::collections::BTreeMap;
use std::path::PathBuf;

use microneedling_explorer::core::locale::{keys, pack, pseudo::pseudo, text_named, Lang};

/// The translation files: `(language, key → text)`, one per file of `locales/`. A file whose
/// name is no known language, or that is not a flat object of strings, fails the test.
pub fn pack_files() -> Vec<(Lang, BTreeMap<String, String>)> {
    let folder = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("locales");
    let mut packs = Vec::new();
    for entry in std::fs::read_dir(&folder).expect("a locales/ folder") {
        let path = entry.expect("a readable entry").path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let tag = name
            .strip_suffix(".json")
            .unwrap_or_else(|| panic!("{name} is not a .json pack"));
        let lang = Lang::from_id(tag).filter(|l| l.id() == tag && *l != Lang::En);
        let lang = lang.unwrap_or_else(|| panic!("{name}: not a language of the list"));
        let text = std::fs::read_to_string(&path).expect("a readable pack");
        let pairs: BTreeMap<String, String> =
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        packs.push((lang, pairs));
    }
    packs.sort_by_key(|(lang, _)| lang.id());
    packs
}

/// `pairs` laid out as a pack: the text of each English key in row order, `""` for a key
/// `pairs` lacks (keys English lacks are left out), as `scripts/build-locales.mjs` writes it.
pub fn rows(pairs: &BTreeMap<String, String>) -> Vec<&'static str> {
    keys(Lang::En)
        .map(|key| pairs.get(key).map_or("", |text| String::leak(text.clone())))
        .collect()
}

/// Installs every pack (the files and the pseudo-locales) in this thread; returns the languages
/// other than English, so a test can count them.
pub fn install_packs() -> Vec<Lang> {
    let mut installed = Vec::new();
    for (lang, pairs) in pack_files() {
        pack::install(lang, &pack::joined(rows(&pairs)));
        installed.push(lang);
    }
    for lang in Lang::ALL.iter().copied().filter(|l| l.is_pseudo()) {
        let rows = keys(Lang::En).map(|k| {
            let english = text_named(Lang::En, k).unwrap_or_default();
            String::leak(pseudo(lang, english)) as &str
        });
        pack::install(lang, &pack::joined(rows));
        installed.push(lang);
    }
    assert_eq!(
        installed.len(),
        Lang::ALL.len() - 1,
        "a pack for every language"
    );
    installed
}
