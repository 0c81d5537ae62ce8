//! Typed locale keys: the only way a view names a text. Every key string the views can ask for is
//! built here, from a model value and a part, and [`required_keys`](super::required_keys) walks
//! the same builders over every value and part, so a key the views use and the table lacks
//! fails a test instead of rendering blank. The strings are the tables' keys, unchanged.
//!
//! Size (measured in the wasm bundle): the builders are always inlined, so a constant part folds
//! away at the call site, and the pieces go to one out-of-line constructor; copying a whole
//! four-piece key at each of a hundred call sites would cost about 1 KB gzip.

use std::cmp::Ordering;

use crate::core::ask::GeneralQuestion;
use crate::core::concern::{Concern, Evidence, SettingFit};
use crate::core::guide::{AboutNote, Alternative, DecisionOption, Section, Source};
use crate::core::ids::stable_ids;
use crate::core::locale::chrome::Chrome;
use crate::core::plan::{Phase, PlanStep, Setting};
use crate::core::screening::{Answer, Outcome, Question, Reason};
use crate::core::values::Dimension;

/// A locale key, kept as the pieces it is made of (joined, they are the table's key string).
/// Only this module makes one: from a model value and a part, or from a [`Chrome`] key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Key([&'static str; 4]);

impl Key {
    /// `{prefix}{id}`, e.g. `answer.` + `yes`. Never inlined, like `part`.
    #[inline(never)]
    const fn of(prefix: &'static str, id: &'static str) -> Key {
        Key([prefix, id, "", ""])
    }

    /// `{prefix}{id}.{part}`, e.g. `concern.` + `pores` + `.` + `name`. Never inlined: one
    /// shared call per view text keeps the bundle small.
    #[inline(never)]
    const fn part(prefix: &'static str, id: &'static str, part: &'static str) -> Key {
        Key([prefix, id, ".", part])
    }

    /// How the table key string `name` sorts against this key, compared piece by piece so no
    /// string is built (for the tables' binary search).
    pub(super) fn cmp_name(self, name: &str) -> Ordering {
        let mut rest = name.as_bytes();
        for piece in self.0 {
            let piece = piece.as_bytes();
            let n = piece.len().min(rest.len());
            match rest[..n].cmp(&piece[..n]) {
                Ordering::Equal if n < piece.len() => return Ordering::Less,
                Ordering::Equal => rest = &rest[n..],
                unequal => return unequal,
            }
        }
        if rest.is_empty() {
            Ordering::Equal
        } else {
            Ordering::Greater
        }
    }

    /// The key as the tables write it, e.g. `concern.pores.name`.
    pub fn name(self) -> String {
        let mut name = String::with_capacity(self.0.iter().map(|piece| piece.len()).sum());
        for piece in self.0 {
            name.push_str(piece);
        }
        name
    }
}

impl From<Chrome> for Key {
    fn from(chrome: Chrome) -> Key {
        Key([chrome.name(), "", "", ""])
    }
}

stable_ids! {
    /// The texts every concern has (`concern.{id}.{part}`); the caution is
    /// [`Concern::caution_key`], as only some concerns have one.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum ConcernText {
        /// The concern's name.
        Name = "name",
        /// One line under the name in the picker.
        Summary = "summary",
        /// How needling helps.
        How = "how",
        /// What to expect.
        Expect = "expect",
        /// An example.
        Example = "example",
        /// The limits.
        Limits = "limits",
        /// What can go wrong for this concern, beside the shared [`CardText::Harms`].
        Harms = "harms",
        /// The other options for this concern, beside the shared [`CardText::Nothing`].
        Options = "options",
    }
}

stable_ids! {
    /// Texts every concern card shows beside its own (the key is the id).
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum CardText {
        /// What can go wrong with any needling, and how likely.
        Harms = "harms.common",
        /// The downtime after a clinic session.
        Downtime = "harms.downtime",
        /// The downtime of gentle home needling (concerns that may be treated at home).
        DowntimeHome = "harms.downtime-home",
        /// Doing nothing is always an option.
        Nothing = "options.nothing",
    }
}

impl CardText {
    /// The text's key.
    #[inline(always)]
    pub fn key(self) -> Key {
        Key::of(self.id(), "")
    }
}

stable_ids! {
    /// The texts of an evidence level (`evidence.{id}.{part}`).
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum EvidenceText {
        /// The level's short name (a badge).
        Name = "name",
        /// What the level means.
        Detail = "detail",
    }
}

stable_ids! {
    /// The texts of a screening question (`question.{id}.{part}`).
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum QuestionText {
        /// The question itself.
        Text = "text",
        /// Why we ask.
        Why = "why",
        /// What to do after a `yes`.
        Next = "next",
        /// What to do after a `not sure`.
        NextUnsure = "next-unsure",
    }
}

stable_ids! {
    /// The texts of an outcome (`outcome.{id}.{part}`).
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum OutcomeText {
        /// The heading.
        Title = "title",
        /// The paragraph under it.
        Summary = "summary",
    }
}

stable_ids! {
    /// The texts of a setting (`setting.{id}.{part}`).
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum SettingText {
        /// The setting's name (a heading).
        Name = "name",
        /// What it means.
        Summary = "summary",
    }
}

stable_ids! {
    /// The texts of a plan step (`step.{id}.{part}`) or a long-term care item (`care.{id}.{part}`).
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum ItemText {
        /// The item's short name.
        Title = "title",
        /// What to do and why.
        Detail = "detail",
    }
}

stable_ids! {
    /// The texts of a decision option (`guide.option.{id}.{part}`).
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum OptionText {
        /// The option's name.
        Name = "name",
        /// What it offers.
        Benefits = "benefits",
        /// What speaks against it.
        Downsides = "downsides",
        /// The downtime it brings.
        Downtime = "downtime",
    }
}

/// The paragraph numbers of a guide section, as key pieces.
const NUMBERS: [&str; 9] = ["1", "2", "3", "4", "5", "6", "7", "8", "9"];

impl Concern {
    /// One of the concern's texts.
    #[inline(always)]
    pub fn key(self, part: ConcernText) -> Key {
        Key::part("concern.", self.id(), part.id())
    }

    /// The caution shown first on the concern's card, for the concerns that have one: rosacea,
    /// dark spots (dark-mark risk in darker skin), surgical scars (keloids) and product
    /// absorption (approved products only). The one place that decides which have one.
    #[inline(always)]
    pub fn caution_key(self) -> Option<Key> {
        matches!(
            self,
            Concern::Rosacea
                | Concern::Pigmentation
                | Concern::SurgicalScars
                | Concern::ProductAbsorption
        )
        .then(|| Key::part("concern.", self.id(), "caution"))
    }
}

impl Evidence {
    /// One of the evidence level's texts.
    #[inline(always)]
    pub fn key(self, part: EvidenceText) -> Key {
        Key::part("evidence.", self.id(), part.id())
    }
}

impl SettingFit {
    /// The name of the setting that fits.
    #[inline(always)]
    pub fn name_key(self) -> Key {
        Key::part("setting-fit.", self.id(), "name")
    }
}

impl Question {
    /// One of the question's texts.
    #[inline(always)]
    pub fn key(self, part: QuestionText) -> Key {
        Key::part("question.", self.id(), part.id())
    }
}

impl Answer {
    /// The answer's label.
    #[inline(always)]
    pub fn key(self) -> Key {
        Key::of("answer.", self.id())
    }
}

impl Outcome {
    /// The outcome's heading or summary.
    #[inline(always)]
    pub fn key(self, part: OutcomeText) -> Key {
        Key::part("outcome.", self.id(), part.id())
    }
}

impl Reason {
    /// What led to the reason: the question's text (the view adds the answer given), or
    /// `reason.concern.{id}.text` for a concern.
    #[inline(always)]
    pub fn text_key(self) -> Key {
        match self {
            Reason::Answered { question, .. } => question.key(QuestionText::Text),
            Reason::Concern(concern) => Key::part("reason.concern.", concern.id(), "text"),
        }
    }

    /// What to do about this reason: `question.{id}.next` for a `yes`,
    /// `question.{id}.next-unsure` for `unsure`, `reason.concern.{id}.next` for a concern.
    #[inline(always)]
    pub fn next_step_key(self) -> Key {
        match self {
            Reason::Answered {
                question,
                answer: Answer::Unsure,
            } => question.key(QuestionText::NextUnsure),
            Reason::Answered { question, .. } => question.key(QuestionText::Next),
            Reason::Concern(concern) => Key::part("reason.concern.", concern.id(), "next"),
        }
    }
}

impl Reason {
    /// The question to ask the clinician about this reason: `ask.question.{id}` for an
    /// answer, `ask.concern.{id}` for a concern.
    #[inline(always)]
    pub fn ask_key(self) -> Key {
        match self {
            Reason::Answered { question, .. } => Key::of("ask.question.", question.id()),
            Reason::Concern(concern) => Key::of("ask.concern.", concern.id()),
        }
    }
}

impl GeneralQuestion {
    /// The question's text (`ask.general.{id}`).
    #[inline(always)]
    pub fn key(self) -> Key {
        Key::of("ask.general.", self.id())
    }
}

impl Setting {
    /// The setting's name or summary.
    #[inline(always)]
    pub fn key(self, part: SettingText) -> Key {
        Key::part("setting.", self.id(), part.id())
    }
}

impl Phase {
    /// The phase's name.
    #[inline(always)]
    pub fn name_key(self) -> Key {
        Key::part("phase.", self.id(), "name")
    }
}

impl PlanStep {
    /// One of the step's texts.
    #[inline(always)]
    pub fn key(&self, part: ItemText) -> Key {
        step_key(self.id, part)
    }
}

/// A plan step's text by step id (the ids come from the plan's step tables).
#[inline(always)]
pub(super) fn step_key(id: &'static str, part: ItemText) -> Key {
    Key::part("step.", id, part.id())
}

/// A long-term care item's text, by its id in [`Plan::long_term`](crate::core::plan::Plan).
#[inline(always)]
pub fn care_key(id: &'static str, part: ItemText) -> Key {
    Key::part("care.", id, part.id())
}

impl Section {
    /// The section's heading.
    #[inline(always)]
    pub fn title_key(self) -> Key {
        Key::part("guide.", self.id(), "title")
    }

    /// The section's paragraphs, in reading order.
    pub fn paragraph_keys(self) -> impl Iterator<Item = Key> {
        NUMBERS[..usize::from(self.paragraphs())]
            .iter()
            .map(move |n| Key::part("guide.", self.id(), n))
    }
}

impl AboutNote {
    /// The note's text.
    #[inline(always)]
    pub fn key(self) -> Key {
        Key::of("guide.", self.id())
    }
}

impl DecisionOption {
    /// One of the option's texts.
    #[inline(always)]
    pub fn key(self, part: OptionText) -> Key {
        Key::part("guide.option.", self.id(), part.id())
    }
}

impl Alternative {
    /// The treatment's name.
    #[inline(always)]
    pub fn key(self) -> Key {
        Key::of("guide.alt.", self.id())
    }
}

/// The answer levels of "what matters to you", as key pieces.
const LEVELS: [&str; 3] = ["0", "1", "2"];

impl Dimension {
    /// The question (`values.{id}.question`).
    #[inline(always)]
    pub fn question_key(self) -> Key {
        Key::part("values.", self.id(), "question")
    }

    /// Its short name in a verdict (`values.{id}.short`).
    #[inline(always)]
    pub fn short_key(self) -> Key {
        Key::part("values.", self.id(), "short")
    }

    /// One answer (`values.{id}.{level}`); `level` is one of [`Dimension::choices`].
    #[inline(always)]
    pub fn level_key(self, level: u8) -> Key {
        Key::part("values.", self.id(), LEVELS[usize::from(level.min(2))])
    }
}

stable_ids! {
    /// The texts of a healing-timeline row (`healing.{id}.{part}`).
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum HealingText {
        /// The row's label.
        Name = "name",
        /// The advice that goes with it.
        Note = "note",
    }
}

/// A healing-timeline row's text, by its id in [`crate::core::healing::Mark`].
#[inline(always)]
pub fn healing_key(id: &'static str, part: HealingText) -> Key {
    Key::part("healing.", id, part.id())
}

impl Source {
    /// The citation (title, journal; exempt from the reading-level test).
    #[inline(always)]
    pub fn cite_key(self) -> Key {
        Key::part("source.", self.id(), "cite")
    }

    /// What the source is, in one plain line.
    #[inline(always)]
    pub fn what_key(self) -> Key {
        Key::part("source.", self.id(), "what")
    }
}

/// The heading of the guide's About block. No view shows it (the About step's heading is
/// `ui.about.title`, the same words); it stays required until the text owners drop it.
pub(super) const GUIDE_ABOUT_TITLE: Key = Key::part("guide.", "about", "title");

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::locale::chrome;

    #[test]
    fn keys_join_their_pieces() {
        assert_eq!(
            Concern::Pores.key(ConcernText::Summary).name(),
            "concern.pores.summary"
        );
        assert_eq!(Answer::Unsure.key().name(), "answer.unsure");
        assert_eq!(Key::from(chrome::NAV_BACK).name(), "ui.nav.back");
        let no = Answer::No.key();
        for (name, order) in [
            ("answer.no", Ordering::Equal),
            ("answer.n", Ordering::Less),
            ("answer", Ordering::Less),
            ("answer.nob", Ordering::Greater),
            ("answer.yes", Ordering::Greater),
            ("answer.ma", Ordering::Less),
            ("", Ordering::Less),
        ] {
            assert_eq!(no.cmp_name(name), order, "{name}");
            assert_eq!(name.cmp("answer.no"), order, "{name}");
        }
        let paragraphs: Vec<_> = Section::Day.paragraph_keys().map(Key::name).collect();
        assert_eq!(
            paragraphs,
            ["guide.day.1", "guide.day.2", "guide.day.3", "guide.day.4"]
        );
    }
}
