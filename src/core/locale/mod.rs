//! Locale tables: every visitor-facing text, keyed by stable ids. English is written as two
//! sorted key → text tables (content and UI chrome), read only when the crate is compiled (each
//! [`Key`] and [`Chrome`] key is found there as a row) and natively (tests, the build's scripts):
//! the wasm holds only the English texts, by row. Every other language is a locale pack loaded
//! at run time ([`pack`]), one text per English row. Adding a language is one pack file and one
//! row in the language list.

pub mod chrome;

pub use chrome::Chrome;
mod en;
mod en_ui;
mod key;
pub mod pack;
pub mod pseudo;

pub use key::{
    care_key, healing_key, CardText, ConcernText, EvidenceText, HealingText, ItemText, Key,
    OptionText, OutcomeText, QuestionText, SettingText,
};

use crate::core::ask;
use crate::core::concern::{Concern, Evidence, SettingFit};
use crate::core::guide::{AboutNote, Alternative, DecisionOption, Section, Source};
use crate::core::healing;
use crate::core::plan::{self, Phase, Setting};
use crate::core::screening::{concern_reason, Answer, Outcome, Question};
use crate::core::values::Dimension;

/// A sorted `(key, text)` table, read in constant evaluation and natively (never at run time in
/// the wasm, so its key names are not in it).
type Table = &'static [(&'static str, &'static str)];

/// A language the widget speaks. English is compiled in; every other language is a locale pack
/// (`locales/<tag>.json`) installed at run time with [`pack::install`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    /// English (the reference locale, compiled in).
    En,
    /// Spanish.
    Es,
    /// Pseudo-locale `en-XA` (accented, longer), for tests: never offered to visitors.
    EnXa,
    /// Pseudo-locale `ar-XB` (right to left), for tests: never offered to visitors.
    ArXb,
}

/// One row of the language list: its tag, its name in itself, and how it is written.
struct About {
    id: &'static str,
    intl: &'static str,
    name: &'static str,
    rtl: bool,
    pseudo: bool,
}

/// The language list, in [`Lang::ALL`] order. Adding a language is one row here (and a variant),
/// plus its pack file: nothing else changes.
const LANGUAGES: [About; 4] = [
    About {
        id: "en",
        intl: "en-GB",
        name: "English",
        rtl: false,
        pseudo: false,
    },
    About {
        id: "es",
        intl: "es",
        name: "Español",
        rtl: false,
        pseudo: false,
    },
    About {
        id: "en-XA",
        intl: "en-XA",
        name: "en-XA",
        rtl: false,
        pseudo: true,
    },
    About {
        id: "ar-XB",
        intl: "ar-XB",
        name: "ar-XB",
        rtl: true,
        pseudo: true,
    },
];

impl Lang {
    /// Every language, English first.
    pub const ALL: &'static [Lang] = &[Lang::En, Lang::Es, Lang::EnXa, Lang::ArXb];

    fn about(self) -> &'static About {
        &LANGUAGES[self as usize]
    }

    /// The BCP 47 tag, e.g. "en" or "en-XA".
    pub fn id(self) -> &'static str {
        self.about().id
    }

    /// The locale the browser's `Intl` formats dates, numbers and lists in (the English text is
    /// British: "Mon 7 Dec 2026").
    pub fn intl(self) -> &'static str {
        self.about().intl
    }

    /// The language's name in itself, for the language switch ("Español").
    pub fn name(self) -> &'static str {
        self.about().name
    }

    /// Whether it is a test pseudo-locale, never offered to visitors.
    pub fn is_pseudo(self) -> bool {
        self.about().pseudo
    }

    /// The languages the switch offers: every real one.
    pub fn offered() -> impl Iterator<Item = Lang> {
        Lang::ALL.iter().copied().filter(|l| !l.is_pseudo())
    }

    /// The language for a tag such as "es", "en-GB" or "en-XA", if supported: a pseudo-locale
    /// by its exact tag, else a real language by the primary subtag (any case). One pass, the
    /// pseudo-locales (listed last) first, so "en-XA" is not taken for English; a real
    /// language's tag is its primary subtag alone.
    pub fn from_id(id: &str) -> Option<Lang> {
        let id = id.trim();
        let primary = id.split(['-', '_']).next().unwrap_or_default();
        Lang::ALL.iter().rev().copied().find(|l| {
            let tag = if l.is_pseudo() { id } else { primary };
            l.id().eq_ignore_ascii_case(tag)
        })
    }

    /// The writing direction: "ltr" or "rtl".
    pub fn dir(self) -> &'static str {
        if self.about().rtl {
            "rtl"
        } else {
            "ltr"
        }
    }
}

/// The text for `key` in `lang`, or else in English; `None` for [`Key::NONE`] (a bug the
/// locale tests catch, and the views report in a debug build).
pub fn find(lang: Lang, key: Key) -> Option<&'static str> {
    let row = key.row();
    (row < ROWS).then(|| text_at(lang, row))
}

/// What the views' text lookup takes: a content [`Key`] or a [`Chrome`] key.
pub trait TextKey: Copy {
    /// The text in `lang`, or else in English; `None` when neither has it.
    fn find(self, lang: Lang) -> Option<&'static str>;
    /// The key, for a message about a missing text.
    fn key(self) -> Key;
}

impl TextKey for Key {
    fn find(self, lang: Lang) -> Option<&'static str> {
        find(lang, self)
    }

    fn key(self) -> Key {
        self
    }
}

impl TextKey for Chrome {
    fn find(self, lang: Lang) -> Option<&'static str> {
        Some(self.text(lang))
    }

    fn key(self) -> Key {
        self.into()
    }
}

/// The English tables: content, chrome, then kiosk mode's chrome where it is compiled in (not
/// in the ordinary wasm). Their rows, counted across all, are the rows of every pack
/// ([`pack::install`]).
#[cfg(kiosk_texts)]
const ENGLISH: [Table; 3] = [en::TABLE, en_ui::TABLE, en_ui::KIOSK];
#[cfg(not(kiosk_texts))]
const ENGLISH: [Table; 2] = [en::TABLE, en_ui::TABLE];

/// How many texts a language has: the rows of the English tables.
pub const ROWS: usize = {
    let (mut rows, mut i) = (0, 0);
    while i < ENGLISH.len() {
        rows += ENGLISH[i].len();
        i += 1;
    }
    rows
};

/// How many texts a built pack holds: every English row, kiosk mode's too, which a build
/// without them ignores (a pack of another length is another build's).
pub(super) const PACK_ROWS: usize = en::TABLE.len() + en_ui::TABLE.len() + en_ui::KIOSK.len();

/// English row `row`: its key and text. For constant evaluation only: called at run time, it
/// would put the whole tables in the wasm, every text a second time beside [`TEXT`] (run-time
/// code names keys with [`key_name`]).
const fn english(mut row: usize) -> (&'static str, &'static str) {
    let mut t = 0;
    while t < ENGLISH.len() {
        let table = ENGLISH[t];
        if row < table.len() {
            return table[row];
        }
        row -= table.len();
        t += 1;
    }
    panic!("no such English row")
}

/// The key families the first screen shows (measured: what the fresh first screen's render
/// reads), plus what may show over it before the later texts are in (the notices, the "Loading"
/// line, the stepper's labels, kiosk mode's bar), by prefix. With the guide sections' keys and
/// the concerns' names and hints, [`is_early`] makes them the early rows.
const EARLY: [&str; 13] = [
    "ui.app.",
    "ui.explore.",
    "ui.guide.",
    "ui.kiosk.",
    "ui.language.",
    "ui.loading.",
    "ui.nav.",
    "ui.notice.",
    "ui.shell.",
    "ui.step.",
    "ui.values.",
    "values.",
    "guide.option.",
];

/// Whether `name` starts with `pieces` joined (is exactly them, if `whole`). Constant: only
/// the compiler runs it.
const fn starts_with(name: &str, pieces: [&str; 3], whole: bool) -> bool {
    let name = name.as_bytes();
    let (mut at, mut p) = (0, 0);
    while p < pieces.len() {
        let piece = pieces[p].as_bytes();
        let mut i = 0;
        while i < piece.len() {
            if at == name.len() || name[at] != piece[i] {
                return false;
            }
            (at, i) = (at + 1, i + 1);
        }
        p += 1;
    }
    !whole || at == name.len()
}

/// The one rule for which English rows the first screen needs (the *early* rows): the
/// header, stepper, language switch, notices and the Explore step with no concern ticked
/// (the concerns' names and hints, "what matters to you", the guide and its options). The wasm
/// holds only these; the others (the concern cards, the Check, Result, Plan and About steps,
/// the sources) come as the English pack right after start (see "Languages" in
/// ARCHITECTURE.md). `tests/ssr_render.rs` checks the first screen rendered from the early
/// rows alone is the full one. Constant: the key names are read only by the compiler and
/// natively.
pub const fn is_early(name: &str) -> bool {
    let mut i = 0;
    while i < EARLY.len() {
        if starts_with(name, [EARLY[i], "", ""], false) {
            return true;
        }
        i += 1;
    }
    let mut s = 0;
    while s < Section::IDS.len() {
        if starts_with(name, ["guide.", Section::IDS[s], "."], false) {
            return true;
        }
        s += 1;
    }
    let mut c = 0;
    while c < Concern::IDS.len() {
        let id = Concern::IDS[c];
        if starts_with(name, ["concern.", id, ".name"], true)
            || starts_with(name, ["concern.", id, ".summary"], true)
        {
            return true;
        }
        c += 1;
    }
    false
}

/// Which English rows this build holds itself: natively every row (the pre-render, the tests
/// and the build's tools read the whole English), in the wasm the early rows only
/// ([`is_early`]); the English pack brings the rest.
const BUILT_IN: [bool; ROWS] = {
    let mut built_in = [true; ROWS];
    let mut row = 0;
    while cfg!(target_arch = "wasm32") && row < ROWS {
        built_in[row] = is_early(english(row).0);
        row += 1;
    }
    built_in
};

/// How many bytes the English texts this build holds take.
const TEXT_BYTES: usize = {
    let (mut bytes, mut row) = (0, 0);
    while row < ROWS {
        if BUILT_IN[row] {
            bytes += english(row).1.len();
        }
        row += 1;
    }
    bytes
};

/// The English texts this build holds ([`BUILT_IN`]) end to end, in row order, without their
/// keys: all the English the wasm holds. One block and a table of ends ([`ENDS`]) rather than a
/// `&str` per row: half the bytes of a pointer and a length each (measured: wasm −1,083 B gzip).
static TEXT: [u8; TEXT_BYTES] = {
    let mut text = [0; TEXT_BYTES];
    let (mut at, mut row) = (0, 0);
    while row < ROWS {
        let bytes = english(row).1.as_bytes();
        let mut i = 0;
        while BUILT_IN[row] && i < bytes.len() {
            text[at] = bytes[i];
            (at, i) = (at + 1, i + 1);
        }
        row += 1;
    }
    text
};

/// Where each English row's text ends in [`TEXT`] (it starts where the row before ends; a row
/// the build does not hold is empty there). Every row keeps its place: a key is its row.
static ENDS: [u32; ROWS] = {
    let mut ends = [0; ROWS];
    let (mut end, mut row) = (0, 0);
    while row < ROWS {
        if BUILT_IN[row] {
            end += english(row).1.len();
        }
        ends[row] = end as u32;
        row += 1;
    }
    ends
};

#[cfg(not(target_arch = "wasm32"))]
thread_local! {
    /// Natively, whether to read only the early rows, as the wasm does until the English pack
    /// is in ([`early_only`]).
    static EARLY_ONLY: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Natively (on this thread), reads only the early English rows from now on (`true`), as the
/// wasm holds them before the English pack is in, or every row again: the render tests show
/// the first screen needs no other row, and how the app waits for them.
#[cfg(not(target_arch = "wasm32"))]
pub fn early_only(on: bool) {
    EARLY_ONLY.set(on);
}

/// Where English row `row`'s text starts in [`TEXT`]: where the row before ends.
fn start(row: usize) -> usize {
    match row {
        0 => 0,
        _ => ENDS[row - 1] as usize,
    }
}

/// Whether this build holds English row `row` itself (the English pack leaves it out).
pub(super) fn is_held(row: usize) -> bool {
    #[cfg(not(target_arch = "wasm32"))]
    if EARLY_ONLY.get() && !is_early(key_name(row)) {
        return false;
    }
    ENDS[row] as usize > start(row)
}

/// English row `row`'s text as this build holds it, out of [`TEXT`] (`""` for a row it does
/// not hold). Each row is a whole `&str`, so the bytes are always UTF-8 (the check costs a few
/// bytes and nanoseconds, and keeps the crate free of `unsafe`).
fn held(row: usize) -> &'static str {
    match is_held(row) {
        true => std::str::from_utf8(&TEXT[start(row)..ENDS[row] as usize]).unwrap_or_default(),
        false => "",
    }
}

/// English row `row`'s text: the build's own, else the English pack's ([`pack::install`] with
/// [`Lang::En`]); `""` until that pack is in.
fn english_text(row: usize) -> &'static str {
    match held(row) {
        "" => pack::text(Lang::En, row).unwrap_or_default(),
        text => text,
    }
}

/// Whether every text `lang` shows is at hand (its own or English), so views beyond the first
/// screen can be shown: natively always; in the wasm once the English pack is in, or `lang`'s
/// own pack covers every row the wasm lacks (then the English pack is not needed).
pub fn is_whole(lang: Lang) -> bool {
    (0..ROWS).all(|row| !text_at(lang, row).is_empty())
}

/// The key names by row, for what names a key at run time (a debug report of a missing text,
/// the native tests and tools): the linker drops them, and with them every key name, from a
/// wasm that names none (packs name none: their loader warns, see `static/packs.js`).
static NAMES: [&str; ROWS] = {
    let mut names = [""; ROWS];
    let mut row = 0;
    while row < ROWS {
        names[row] = english(row).0;
        row += 1;
    }
    names
};

/// The key name of English row `row`, e.g. `concern.pores.name`.
fn key_name(row: usize) -> &'static str {
    NAMES[row]
}

/// The text of row `row` in `lang`: its pack's, else English. English's pack holds no text for
/// the rows the build holds itself, so English needs no case of its own.
fn text_at(lang: Lang, row: usize) -> &'static str {
    pack::text(lang, row).unwrap_or_else(|| english_text(row))
}

/// `lang`'s own text for row `row`, without falling back.
fn own(lang: Lang, row: usize) -> Option<&'static str> {
    match lang {
        Lang::En => Some(english_text(row)).filter(|text| !text.is_empty()),
        _ => pack::text(lang, row),
    }
}

/// The text `lang` itself holds under the key string `name` (as a test names it), without
/// falling back to English. For tests and native tools: it searches the key names.
pub fn text_named(lang: Lang, name: &str) -> Option<&'static str> {
    own(lang, (0..ROWS).find(|&row| key_name(row) == name)?)
}

/// Every key `lang` itself holds a text for, in row order (content first, each table sorted):
/// for English, every key, which is the order of a pack's rows.
pub fn keys(lang: Lang) -> impl Iterator<Item = &'static str> {
    (0..ROWS)
        .filter(move |&row| own(lang, row).is_some())
        .map(key_name)
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

/// Every key the views can ask for, built by the same typed builders the views use: each
/// model value with each of its parts, and every chrome key. Sorted, without duplicates.
pub fn required_keys() -> Vec<String> {
    let mut keys: Vec<Key> = Vec::new();
    for c in Concern::ALL {
        keys.extend(ConcernText::ALL.map(|part| c.key(part)));
        keys.extend(c.caution_key());
        if let Some(reason) = concern_reason(c) {
            keys.extend([reason.text_key(), reason.next_step_key()]);
        }
    }
    for e in Evidence::ALL {
        keys.extend(EvidenceText::ALL.map(|part| e.key(part)));
    }
    keys.extend(SettingFit::ALL.map(SettingFit::name_key));
    for q in Question::ALL {
        keys.extend(QuestionText::ALL.map(|part| q.key(part)));
    }
    keys.extend(Answer::ALL.map(Answer::key));
    for o in Outcome::ALL {
        keys.extend(OutcomeText::ALL.map(|part| o.key(part)));
    }
    for s in Setting::ALL {
        keys.extend(SettingText::ALL.map(|part| s.key(part)));
    }
    keys.extend(Phase::ALL.map(Phase::name_key));
    for id in plan::all_step_ids() {
        keys.extend(ItemText::ALL.map(|part| key::step_key(id, part)));
    }
    for id in plan::all_care_ids() {
        keys.extend(ItemText::ALL.map(|part| care_key(id, part)));
    }
    for section in Section::ALL {
        keys.push(section.title_key());
        keys.extend(section.paragraph_keys());
    }
    keys.push(key::GUIDE_ABOUT_TITLE);
    keys.extend(AboutNote::ALL.map(AboutNote::key));
    for option in DecisionOption::ALL {
        keys.extend(OptionText::ALL.map(|part| option.key(part)));
    }
    for source in Source::ALL {
        keys.extend([source.cite_key(), source.what_key()]);
    }
    keys.extend(CardText::ALL.map(CardText::key));
    keys.extend(Alternative::ALL.map(Alternative::key));
    for d in Dimension::ALL {
        keys.extend([d.question_key(), d.short_key()]);
        keys.extend(d.choices().iter().map(|&level| d.level_key(level)));
    }
    for id in healing::row_ids() {
        keys.extend(HealingText::ALL.map(|part| healing_key(id, part)));
    }
    keys.extend(chrome::ALL.iter().copied().map(Key::from));
    keys.extend(ask::all_keys());
    let mut keys: Vec<String> = keys.into_iter().map(Key::name).collect();
    keys.sort_unstable();
    keys.dedup();
    keys
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_sorted_without_duplicates() {
        for table in ENGLISH {
            for pair in table.windows(2) {
                assert!(pair[0].0 < pair[1].0, "{} / {}", pair[0].0, pair[1].0);
            }
        }
    }

    #[test]
    fn ui_table_holds_only_ui_keys_and_content_none() {
        let (content, ui) = (en::TABLE, en_ui::TABLE);
        assert!(ui
            .iter()
            .all(|(k, _)| k.starts_with("ui.") && !k.starts_with("ui.kiosk.")));
        #[cfg(kiosk_texts)]
        assert!(en_ui::KIOSK.iter().all(|(k, _)| k.starts_with("ui.kiosk.")));
        assert!(content.iter().all(|(k, _)| !k.starts_with("ui.")));
    }

    #[test]
    fn rows_count_content_then_chrome() {
        let all: Vec<_> = keys(Lang::En).collect();
        assert_eq!(all.len(), ROWS);
        for (row, key) in all.iter().enumerate() {
            assert_eq!(text_named(Lang::En, key), Some(english(row).1), "{key}");
        }
        assert_eq!(all[en::TABLE.len()], en_ui::TABLE[0].0);
        // Kiosk mode's texts come last (natively they are compiled in): a build without them
        // reads every other row of a pack at the same place.
        #[cfg(kiosk_texts)]
        {
            let kiosk = &all[ROWS - en_ui::KIOSK.len()..];
            assert!(!kiosk.is_empty() && kiosk.iter().all(|k| k.starts_with("ui.kiosk.")));
        }
        // Until its pack is installed, a language holds nothing of its own.
        assert_eq!(keys(Lang::ArXb).count(), 0);
    }

    #[test]
    fn lookups_and_fallbacks() {
        assert_eq!(find(Lang::En, Answer::Yes.key()), Some("Yes"));

        assert!(text_named(Lang::En, "answer.unsure").is_some());
        assert_eq!(text_named(Lang::En, "answer.perhaps"), None);
        assert_eq!(Lang::from_id("en-GB"), Some(Lang::En));
        assert_eq!(Lang::from_id("EN"), Some(Lang::En));
        assert_eq!(Lang::from_id("es-MX"), Some(Lang::Es));
        assert_eq!(Lang::from_id(" es "), Some(Lang::Es));
        assert_eq!(Lang::from_id("en-XA"), Some(Lang::EnXa));
        assert_eq!(Lang::from_id("en-xa"), Some(Lang::EnXa));
        assert_eq!(Lang::from_id("ar-XB"), Some(Lang::ArXb));
        // Only the exact pseudo tags: other Arabic is not offered, en-XB is English.
        assert_eq!(Lang::from_id("ar"), None);
        assert_eq!(Lang::from_id("en-XB"), Some(Lang::En));
        assert_eq!(Lang::from_id("xx"), None);
        // `from_id`'s one pass holds while each language is found by its own tag (a real one
        // with a region, or a pseudo-locale listed before a real one, would not be).
        for &l in Lang::ALL {
            assert_eq!(Lang::from_id(l.id()), Some(l), "{}", l.id());
        }
        assert_eq!(Lang::from_id(""), None);
        assert_eq!(Lang::ArXb.dir(), "rtl");
        assert_eq!(Lang::Es.dir(), "ltr");
        let offered: Vec<_> = Lang::offered().map(Lang::name).collect();
        assert_eq!(offered, ["English", "Español"]);
    }

    // Natively, where `early_only` shows the wasm's rows (the wasm holds no more).
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn the_early_rows_are_the_first_screens_and_the_english_pack_brings_the_rest() {
        let early = |name: &str| is_early(name);
        assert!(early("ui.explore.title") && early("ui.notice.language"));
        assert!(early("concern.pores.name") && early("concern.pores.summary"));
        assert!(early("guide.how.title") && early("guide.option.nothing.name"));
        assert!(!early("concern.pores.how") && !early("concern.pores.name-x"));
        assert!(!early("guide.alt.peels") && !early("guide.disclosure"));
        assert!(!early("question.pregnancy.text") && !early("ui.plan.title"));
        let all: Vec<_> = keys(Lang::En).collect();
        let later: Vec<_> = all.iter().copied().filter(|k| !early(k)).collect();
        assert!(
            later.len() > all.len() / 2,
            "{} of {}",
            later.len(),
            all.len()
        );
        // With only the early rows (as the wasm starts), English lacks the later ones...
        early_only(true);
        assert!(!is_whole(Lang::En));
        assert_eq!(keys(Lang::En).count(), all.len() - later.len());
        assert_eq!(find(Lang::En, Answer::Yes.key()), Some(""));
        // ...until the English pack (the later rows, `""` for the early ones) is installed.
        let pack: Vec<&'static str> = all
            .iter()
            .map(|k| match early(k) {
                true => "",
                false => {
                    early_only(false);
                    let text = text_named(Lang::En, k).unwrap_or_default();
                    early_only(true);
                    text
                }
            })
            .collect();
        assert!(
            pack::install(Lang::En, &pack::joined(pack)),
            "complete with the wasm's rows"
        );
        assert!(is_whole(Lang::En));
        assert_eq!(find(Lang::En, Answer::Yes.key()), Some("Yes"));
        assert_eq!(keys(Lang::En).count(), all.len());
        early_only(false);
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
