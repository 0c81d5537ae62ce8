//! Typed locale keys: the only way a view names a text. A key is the row of its text among the
//! English texts (content, then chrome), which is also its row in every pack. The rows are found
//! when the crate is compiled: for each model enum, a small table indexed by the value's
//! discriminant (and the part's) holds the row of `{prefix}{id}.{part}`, filled in by a
//! constant function that searches the English tables' key names. A key the English tables lack
//! stops the build; a key only some values have (a concern's caution, a guide section's
//! paragraphs) is [`Key::NONE`] for the others, and the locale tests check that no key a view
//! can ask for is. So the views pass one small number and no key name or key search is left in
//! the wasm: the names are read only by the constant functions and by native code and tests.

use crate::core::ask::GeneralQuestion;
use crate::core::concern::{Concern, Evidence, SettingFit};
use crate::core::guide::{AboutNote, Alternative, DecisionOption, Section, Source};
use crate::core::healing;
use crate::core::ids::stable_ids;
use crate::core::locale::chrome::Chrome;
use crate::core::locale::{key_name, ENGLISH};
use crate::core::plan::{self, Phase, PlanStep, Setting};
use crate::core::screening::{Answer, Outcome, Question, Reason};
use crate::core::values::Dimension;

/// A locale key: the row of its text among the English texts (and in every pack). Only this
/// module and [`Chrome`] make one, at compile time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Key(u16);

impl Key {
    /// No text: what a table holds for a value that lacks the part (the locale tests check that
    /// the views never ask for one). Past every row, so a lookup finds nothing.
    pub const NONE: Key = Key(u16::MAX);

    /// The row of the text.
    pub(super) const fn row(self) -> usize {
        self.0 as usize
    }

    /// The key as the tables write it, e.g. `concern.pores.name` (tests and debug reports:
    /// the release wasm never calls it, so the names stay out of it).
    pub fn name(self) -> String {
        if self == Key::NONE {
            return "(a key the English tables lack)".to_owned();
        }
        key_name(self.row()).to_owned()
    }
}

impl From<Chrome> for Key {
    fn from(chrome: Chrome) -> Key {
        Key(chrome.row() as u16)
    }
}

/// How the English key `name` sorts against the key made of `pieces` joined (<0, 0, >0),
/// compared piece by piece so no string is built. Constant: only the compiler runs it.
const fn compare(name: &str, pieces: &[&str; 4]) -> i8 {
    let name = name.as_bytes();
    let mut at = 0;
    let mut p = 0;
    while p < pieces.len() {
        let piece = pieces[p].as_bytes();
        let mut i = 0;
        while i < piece.len() {
            if at == name.len() {
                return -1;
            }
            if name[at] != piece[i] {
                return if name[at] < piece[i] { -1 } else { 1 };
            }
            at += 1;
            i += 1;
        }
        p += 1;
    }
    if at == name.len() {
        0
    } else {
        1
    }
}

/// The English row of the key made of `pieces` joined (one binary search per sorted table),
/// or [`Key::NONE`]. Constant: the search runs in the compiler, never in the wasm.
pub(super) const fn find_row(pieces: [&str; 4]) -> Key {
    let mut start = 0;
    let mut t = 0;
    while t < ENGLISH.len() {
        let table = ENGLISH[t];
        let (mut low, mut high) = (0, table.len());
        while low < high {
            let mid = (low + high) / 2;
            match compare(table[mid].0, &pieces) {
                0 => return Key((start + mid) as u16),
                order if order < 0 => low = mid + 1,
                _ => high = mid,
            }
        }
        start += table.len();
        t += 1;
    }
    Key::NONE
}

/// The row of `pieces` joined; a key the English tables lack stops the build.
const fn required(pieces: [&str; 4]) -> Key {
    let key = find_row(pieces);
    if key.0 == Key::NONE.0 {
        panic!("a locale key the English tables lack");
    }
    key
}

/// The rows of `{prefix}{id}.{part}` for every id and part, indexed `[id][part]`; a key the
/// English tables lack stops the build, unless `optional` (then it is [`Key::NONE`]).
const fn grid<const N: usize, const P: usize>(
    prefix: &str,
    ids: [&str; N],
    parts: [&str; P],
    optional: bool,
) -> [[Key; P]; N] {
    let mut keys = [[Key::NONE; P]; N];
    let mut i = 0;
    while i < N {
        let mut p = 0;
        while p < P {
            let pieces = [prefix, ids[i], ".", parts[p]];
            keys[i][p] = if optional {
                find_row(pieces)
            } else {
                required(pieces)
            };
            p += 1;
        }
        i += 1;
    }
    keys
}

/// The rows of `{prefix}{id}{suffix}` for every id; a key the English tables lack stops the
/// build, unless `optional` (then it is [`Key::NONE`]).
const fn column<const N: usize>(
    prefix: &str,
    ids: [&str; N],
    suffix: &str,
    optional: bool,
) -> [Key; N] {
    let mut keys = [Key::NONE; N];
    let mut i = 0;
    while i < N {
        let pieces = [prefix, ids[i], suffix, ""];
        keys[i] = if optional {
            find_row(pieces)
        } else {
            required(pieces)
        };
        i += 1;
    }
    keys
}

/// The texts of things named by a `&'static str` id (plan steps, care items, healing rows):
/// each id with its rows, in the order of the model's own lists. Found by comparing the short
/// id (a few dozen at most), never a key name.
type ById<const P: usize> = [(&'static str, [Key; P])];

/// `ids` with the rows of `{prefix}{id}.{part}` for each part (required).
const fn by_id<const N: usize, const P: usize>(
    prefix: &str,
    ids: [&'static str; N],
    parts: [&str; P],
) -> [(&'static str, [Key; P]); N] {
    let rows = grid(prefix, ids, parts, false);
    let mut out = [("", [Key::NONE; P]); N];
    let mut i = 0;
    while i < N {
        out[i] = (ids[i], rows[i]);
        i += 1;
    }
    out
}

/// The row of part `part` of the thing with id `id` in `table`, or [`Key::NONE`] for an
/// unknown id.
fn by_id_row<const P: usize>(table: &'static ById<P>, id: &str, part: usize) -> Key {
    table
        .iter()
        .find(|(known, _)| *known == id)
        .map_or(Key::NONE, |(_, keys)| keys[part])
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
        CARD[self as usize]
    }
}

/// The rows of [`CardText`] (the id is the whole key).
static CARD: [Key; CardText::ALL.len()] = column("", CardText::IDS, "", false);

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

/// The rows of [`ConcernText`], by concern.
static CONCERN: [[Key; ConcernText::ALL.len()]; Concern::ALL.len()] =
    grid("concern.", Concern::IDS, ConcernText::IDS, false);

/// The rows of each concern's caution ([`Key::NONE`] for a concern without one).
static CAUTION: [Key; Concern::ALL.len()] = {
    let mut keys = [Key::NONE; Concern::ALL.len()];
    let mut i = 0;
    while i < keys.len() {
        if Concern::ALL[i].has_caution() {
            keys[i] = required(["concern.", Concern::IDS[i], ".caution", ""]);
        }
        i += 1;
    }
    keys
};

impl Concern {
    /// One of the concern's texts.
    #[inline(always)]
    pub fn key(self, part: ConcernText) -> Key {
        CONCERN[self as usize][part as usize]
    }

    /// The caution shown first on the concern's card, for the concerns that have one: rosacea,
    /// dark spots (dark-mark risk in darker skin), surgical scars (keloids) and product
    /// absorption (approved products only).
    #[inline(always)]
    pub fn caution_key(self) -> Option<Key> {
        self.has_caution().then(|| CAUTION[self as usize])
    }

    /// Whether the concern has a caution: the one place that decides which have one.
    const fn has_caution(self) -> bool {
        matches!(
            self,
            Concern::Rosacea
                | Concern::Pigmentation
                | Concern::SurgicalScars
                | Concern::ProductAbsorption
        )
    }
}

/// The rows of [`EvidenceText`], by level.
static EVIDENCE: [[Key; EvidenceText::ALL.len()]; Evidence::ALL.len()] =
    grid("evidence.", Evidence::IDS, EvidenceText::IDS, false);

impl Evidence {
    /// One of the evidence level's texts.
    #[inline(always)]
    pub fn key(self, part: EvidenceText) -> Key {
        EVIDENCE[self as usize][part as usize]
    }
}

/// The rows of each setting fit's name.
static SETTING_FIT: [Key; SettingFit::ALL.len()] =
    column("setting-fit.", SettingFit::IDS, ".name", false);

impl SettingFit {
    /// The name of the setting that fits.
    #[inline(always)]
    pub fn name_key(self) -> Key {
        SETTING_FIT[self as usize]
    }
}

/// The rows of [`QuestionText`], by question.
static QUESTION: [[Key; QuestionText::ALL.len()]; Question::ALL.len()] =
    grid("question.", Question::IDS, QuestionText::IDS, false);

impl Question {
    /// One of the question's texts.
    #[inline(always)]
    pub fn key(self, part: QuestionText) -> Key {
        QUESTION[self as usize][part as usize]
    }
}

/// The rows of the answers' labels.
static ANSWER: [Key; Answer::ALL.len()] = column("answer.", Answer::IDS, "", false);

impl Answer {
    /// The answer's label.
    #[inline(always)]
    pub fn key(self) -> Key {
        ANSWER[self as usize]
    }
}

/// The rows of [`OutcomeText`], by outcome.
static OUTCOME: [[Key; OutcomeText::ALL.len()]; Outcome::ALL.len()] =
    grid("outcome.", Outcome::IDS, OutcomeText::IDS, false);

impl Outcome {
    /// The outcome's heading or summary.
    #[inline(always)]
    pub fn key(self, part: OutcomeText) -> Key {
        OUTCOME[self as usize][part as usize]
    }
}

/// The rows of `reason.concern.{id}.text` and `.next`, by concern ([`Key::NONE`] for a concern
/// that is never a reason: [`crate::core::screening::concern_reason`] decides, and the locale
/// tests check that each concern it names has both).
static CONCERN_REASON: [[Key; 2]; Concern::ALL.len()] =
    grid("reason.concern.", Concern::IDS, ["text", "next"], true);

/// The rows of `ask.question.{id}`, by question.
static ASK_QUESTION: [Key; Question::ALL.len()] = column("ask.question.", Question::IDS, "", false);

/// The rows of `ask.concern.{id}`, by concern ([`Key::NONE`] for one that is never a reason).
static ASK_CONCERN: [Key; Concern::ALL.len()] = column("ask.concern.", Concern::IDS, "", true);

impl Reason {
    /// What led to the reason: the question's text (the view adds the answer given), or
    /// `reason.concern.{id}.text` for a concern.
    #[inline(always)]
    pub fn text_key(self) -> Key {
        match self {
            Reason::Answered { question, .. } => question.key(QuestionText::Text),
            Reason::Concern(concern) => CONCERN_REASON[concern as usize][0],
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
            Reason::Concern(concern) => CONCERN_REASON[concern as usize][1],
        }
    }

    /// The question to ask the clinician about this reason: `ask.question.{id}` for an
    /// answer, `ask.concern.{id}` for a concern.
    #[inline(always)]
    pub fn ask_key(self) -> Key {
        match self {
            Reason::Answered { question, .. } => ASK_QUESTION[question as usize],
            Reason::Concern(concern) => ASK_CONCERN[concern as usize],
        }
    }
}

/// The rows of the general questions.
static ASK_GENERAL: [Key; GeneralQuestion::ALL.len()] =
    column("ask.general.", GeneralQuestion::IDS, "", false);

impl GeneralQuestion {
    /// The question's text (`ask.general.{id}`).
    #[inline(always)]
    pub fn key(self) -> Key {
        ASK_GENERAL[self as usize]
    }
}

/// The rows of [`SettingText`], by setting.
static SETTING: [[Key; SettingText::ALL.len()]; Setting::ALL.len()] =
    grid("setting.", Setting::IDS, SettingText::IDS, false);

impl Setting {
    /// The setting's name or summary.
    #[inline(always)]
    pub fn key(self, part: SettingText) -> Key {
        SETTING[self as usize][part as usize]
    }
}

/// The rows of the phases' names.
static PHASE: [Key; Phase::ALL.len()] = column("phase.", Phase::IDS, ".name", false);

impl Phase {
    /// The phase's name.
    #[inline(always)]
    pub fn name_key(self) -> Key {
        PHASE[self as usize]
    }
}

/// How many steps the plan's step lists hold, counting a step in two lists twice.
const STEP_COUNT: usize =
    plan::CLINIC_STEPS.len() + plan::AT_HOME_STEPS.len() + plan::REASON_STEPS.len() + 1;

/// Every plan step's id, from the plan's own lists (in [`plan::all_step_ids`] order).
const STEP_IDS: [&str; STEP_COUNT] = {
    let mut ids = [""; STEP_COUNT];
    let mut n = 0;
    let mut i = 0;
    while i < plan::CLINIC_STEPS.len() {
        ids[n] = plan::CLINIC_STEPS[i].id;
        (n, i) = (n + 1, i + 1);
    }
    i = 0;
    while i < plan::AT_HOME_STEPS.len() {
        ids[n] = plan::AT_HOME_STEPS[i].id;
        (n, i) = (n + 1, i + 1);
    }
    i = 0;
    while i < plan::REASON_STEPS.len() {
        ids[n] = plan::REASON_STEPS[i].1.id;
        (n, i) = (n + 1, i + 1);
    }
    ids[n] = plan::SEE_CLINICIAN.id;
    ids
};

/// Each plan step's id with the rows of its [`ItemText`].
static STEP: [(&str, [Key; ItemText::ALL.len()]); STEP_COUNT] =
    by_id("step.", STEP_IDS, ItemText::IDS);

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
    by_id_row(&STEP, id, part as usize)
}

/// How many care ids the plan's lists hold, counting an id in both twice.
const CARE_COUNT: usize = plan::CLINIC_CARE.len() + plan::AT_HOME_CARE.len();

/// Every long-term care id, from the plan's own lists.
const CARE_IDS: [&str; CARE_COUNT] = {
    let mut ids = [""; CARE_COUNT];
    let mut i = 0;
    while i < CARE_COUNT {
        ids[i] = if i < plan::CLINIC_CARE.len() {
            plan::CLINIC_CARE[i]
        } else {
            plan::AT_HOME_CARE[i - plan::CLINIC_CARE.len()]
        };
        i += 1;
    }
    ids
};

/// Each care item's id with the rows of its [`ItemText`].
static CARE: [(&str, [Key; ItemText::ALL.len()]); CARE_COUNT] =
    by_id("care.", CARE_IDS, ItemText::IDS);

/// A long-term care item's text, by its id in [`Plan::long_term`](crate::core::plan::Plan).
#[inline(always)]
pub fn care_key(id: &'static str, part: ItemText) -> Key {
    by_id_row(&CARE, id, part as usize)
}

/// The rows of each section's title.
static SECTION_TITLE: [Key; Section::ALL.len()] = column("guide.", Section::IDS, ".title", false);

/// The rows of each section's paragraphs `1` to `9` ([`Key::NONE`] past its last: the guide
/// test checks that [`Section::paragraphs`] and the table agree).
static SECTION_PARAGRAPHS: [[Key; NUMBERS.len()]; Section::ALL.len()] =
    grid("guide.", Section::IDS, NUMBERS, true);

impl Section {
    /// The section's heading.
    #[inline(always)]
    pub fn title_key(self) -> Key {
        SECTION_TITLE[self as usize]
    }

    /// The section's paragraphs, in reading order.
    pub fn paragraph_keys(self) -> impl Iterator<Item = Key> {
        SECTION_PARAGRAPHS[self as usize][..usize::from(self.paragraphs())]
            .iter()
            .copied()
    }
}

/// The rows of the About notes.
static ABOUT_NOTE: [Key; AboutNote::ALL.len()] = column("guide.", AboutNote::IDS, "", false);

impl AboutNote {
    /// The note's text.
    #[inline(always)]
    pub fn key(self) -> Key {
        ABOUT_NOTE[self as usize]
    }
}

/// The rows of [`OptionText`], by option.
static OPTION: [[Key; OptionText::ALL.len()]; DecisionOption::ALL.len()] =
    grid("guide.option.", DecisionOption::IDS, OptionText::IDS, false);

impl DecisionOption {
    /// One of the option's texts.
    #[inline(always)]
    pub fn key(self, part: OptionText) -> Key {
        OPTION[self as usize][part as usize]
    }
}

/// The rows of the other treatments' names.
static ALTERNATIVE: [Key; Alternative::ALL.len()] =
    column("guide.alt.", Alternative::IDS, "", false);

impl Alternative {
    /// The treatment's name.
    #[inline(always)]
    pub fn key(self) -> Key {
        ALTERNATIVE[self as usize]
    }
}

/// The answer levels of "what matters to you", as key pieces.
const LEVELS: [&str; 3] = ["0", "1", "2"];

/// The rows of each dimension's question and short name, then of its levels `0` to `2`
/// ([`Key::NONE`] for a level it does not offer: the locale tests check
/// [`Dimension::choices`] against the table).
static DIMENSION: [[Key; 5]; Dimension::ALL.len()] = {
    let named = grid("values.", Dimension::IDS, ["question", "short"], false);
    let levels = grid("values.", Dimension::IDS, LEVELS, true);
    let mut keys = [[Key::NONE; 5]; Dimension::ALL.len()];
    let mut i = 0;
    while i < keys.len() {
        let (n, l) = (named[i], levels[i]);
        keys[i] = [n[0], n[1], l[0], l[1], l[2]];
        i += 1;
    }
    keys
};

impl Dimension {
    /// The question (`values.{id}.question`).
    #[inline(always)]
    pub fn question_key(self) -> Key {
        DIMENSION[self as usize][0]
    }

    /// Its short name in a verdict (`values.{id}.short`).
    #[inline(always)]
    pub fn short_key(self) -> Key {
        DIMENSION[self as usize][1]
    }

    /// One answer (`values.{id}.{level}`); `level` is one of [`Dimension::choices`].
    #[inline(always)]
    pub fn level_key(self, level: u8) -> Key {
        DIMENSION[self as usize][2 + usize::from(level.min(2))]
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

/// Each healing-timeline row's id with the rows of its [`HealingText`].
static HEALING: [(&str, [Key; HealingText::ALL.len()]); healing::IDS.len()] =
    by_id("healing.", healing::IDS, HealingText::IDS);

/// A healing-timeline row's text, by its id in [`crate::core::healing::Mark`].
#[inline(always)]
pub fn healing_key(id: &'static str, part: HealingText) -> Key {
    by_id_row(&HEALING, id, part as usize)
}

/// The rows of each source's citation and plain line.
static SOURCE: [[Key; 2]; Source::ALL.len()] =
    grid("source.", Source::IDS, ["cite", "what"], false);

impl Source {
    /// The citation (title, journal; exempt from the reading-level test).
    #[inline(always)]
    pub fn cite_key(self) -> Key {
        SOURCE[self as usize][0]
    }

    /// What the source is, in one plain line.
    #[inline(always)]
    pub fn what_key(self) -> Key {
        SOURCE[self as usize][1]
    }
}

/// The heading of the guide's About block. No view shows it (the About step's heading is
/// `ui.about.title`, the same words); it stays required until the text owners drop it.
pub(super) const GUIDE_ABOUT_TITLE: Key = required(["guide.", "about", ".", "title"]);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::locale::{chrome, required_keys, text_named, Lang};
    use crate::core::screening::concern_reason;

    #[test]
    fn keys_name_their_rows() {
        assert_eq!(
            Concern::Pores.key(ConcernText::Summary).name(),
            "concern.pores.summary"
        );
        assert_eq!(Answer::Unsure.key().name(), "answer.unsure");
        assert_eq!(Key::from(chrome::NAV_BACK).name(), "ui.nav.back");
        let paragraphs: Vec<_> = Section::Day.paragraph_keys().map(Key::name).collect();
        assert_eq!(
            paragraphs,
            ["guide.day.1", "guide.day.2", "guide.day.3", "guide.day.4"]
        );
    }

    #[test]
    fn the_compile_time_search_orders_names_as_strings_do() {
        let pieces = ["answer.", "no", "", ""];
        let mut checked = 0;
        for name in [
            "answer.no",
            "answer.n",
            "answer",
            "answer.nob",
            "answer.yes",
            "answer.ma",
            "",
        ] {
            let order = name.cmp("answer.no") as i8;
            assert_eq!(compare(name, &pieces), order, "{name}");
            checked += 1;
        }
        assert_eq!(checked, 7);
        assert_eq!(find_row(["answer.", "perhaps", "", ""]), Key::NONE);
        assert_eq!(find_row(pieces), Answer::No.key());
    }

    /// Every key a model value and part can make, with the name it must have: each one's row
    /// holds the English text of exactly that name.
    #[test]
    fn every_key_holds_the_text_its_name_says() {
        let mut expected: Vec<(Key, String)> = Vec::new();
        let mut want = |key: Key, name: String| expected.push((key, name));
        for c in Concern::ALL {
            for part in ConcernText::ALL {
                want(c.key(part), format!("concern.{}.{}", c.id(), part.id()));
            }
            if let Some(key) = c.caution_key() {
                want(key, format!("concern.{}.caution", c.id()));
            }
            if let Some(reason) = concern_reason(c) {
                want(reason.text_key(), format!("reason.concern.{}.text", c.id()));
                want(
                    reason.next_step_key(),
                    format!("reason.concern.{}.next", c.id()),
                );
                want(reason.ask_key(), format!("ask.concern.{}", c.id()));
            }
        }
        for e in Evidence::ALL {
            for part in EvidenceText::ALL {
                want(e.key(part), format!("evidence.{}.{}", e.id(), part.id()));
            }
        }
        for s in SettingFit::ALL {
            want(s.name_key(), format!("setting-fit.{}.name", s.id()));
        }
        for q in Question::ALL {
            for part in QuestionText::ALL {
                want(q.key(part), format!("question.{}.{}", q.id(), part.id()));
            }
            let reason = Reason::Answered {
                question: q,
                answer: Answer::Yes,
            };
            want(reason.ask_key(), format!("ask.question.{}", q.id()));
            want(reason.text_key(), format!("question.{}.text", q.id()));
            want(reason.next_step_key(), format!("question.{}.next", q.id()));
            let unsure = Reason::Answered {
                question: q,
                answer: Answer::Unsure,
            };
            want(
                unsure.next_step_key(),
                format!("question.{}.next-unsure", q.id()),
            );
        }
        for a in Answer::ALL {
            want(a.key(), format!("answer.{}", a.id()));
        }
        for o in Outcome::ALL {
            for part in OutcomeText::ALL {
                want(o.key(part), format!("outcome.{}.{}", o.id(), part.id()));
            }
        }
        for g in GeneralQuestion::ALL {
            want(g.key(), format!("ask.general.{}", g.id()));
        }
        for s in Setting::ALL {
            for part in SettingText::ALL {
                want(s.key(part), format!("setting.{}.{}", s.id(), part.id()));
            }
        }
        for p in Phase::ALL {
            want(p.name_key(), format!("phase.{}.name", p.id()));
        }
        for id in plan::all_step_ids() {
            for part in ItemText::ALL {
                want(step_key(id, part), format!("step.{id}.{}", part.id()));
            }
        }
        for id in plan::all_care_ids() {
            for part in ItemText::ALL {
                want(care_key(id, part), format!("care.{id}.{}", part.id()));
            }
        }
        for s in Section::ALL {
            want(s.title_key(), format!("guide.{}.title", s.id()));
            for (n, key) in s.paragraph_keys().enumerate() {
                want(key, format!("guide.{}.{}", s.id(), n + 1));
            }
        }
        want(GUIDE_ABOUT_TITLE, "guide.about.title".to_owned());
        for note in AboutNote::ALL {
            want(note.key(), format!("guide.{}", note.id()));
        }
        for o in DecisionOption::ALL {
            for part in OptionText::ALL {
                want(
                    o.key(part),
                    format!("guide.option.{}.{}", o.id(), part.id()),
                );
            }
        }
        for a in Alternative::ALL {
            want(a.key(), format!("guide.alt.{}", a.id()));
        }
        for d in Dimension::ALL {
            want(d.question_key(), format!("values.{}.question", d.id()));
            want(d.short_key(), format!("values.{}.short", d.id()));
            for &level in d.choices() {
                want(d.level_key(level), format!("values.{}.{level}", d.id()));
            }
        }
        for id in healing::row_ids() {
            for part in HealingText::ALL {
                want(healing_key(id, part), format!("healing.{id}.{}", part.id()));
            }
        }
        for s in Source::ALL {
            want(s.cite_key(), format!("source.{}.cite", s.id()));
            want(s.what_key(), format!("source.{}.what", s.id()));
        }
        for c in CardText::ALL {
            want(c.key(), c.id().to_owned());
        }
        for (key, name) in &expected {
            assert_ne!(*key, Key::NONE, "{name} has no row");
            assert_eq!(&key.name(), name);
            assert_eq!(
                crate::core::locale::find(Lang::En, *key),
                text_named(Lang::En, name),
                "{name}"
            );
        }
        // Every content key the views can ask for was checked here (the chrome keys are
        // checked by chrome.rs): nothing built from a model value was left out.
        let mut names: Vec<&str> = expected.iter().map(|(_, name)| name.as_str()).collect();
        names.sort_unstable();
        names.dedup();
        let content = required_keys()
            .into_iter()
            .filter(|k| !k.starts_with("ui."))
            .count();
        assert_eq!(names.len(), content);
    }

    #[test]
    fn values_without_a_text_have_no_row() {
        let mut checked = 0;
        for c in Concern::ALL {
            let reason = Reason::Concern(c);
            for (key, name) in [
                (reason.text_key(), format!("reason.concern.{}.text", c.id())),
                (reason.ask_key(), format!("ask.concern.{}", c.id())),
                (CAUTION[c as usize], format!("concern.{}.caution", c.id())),
            ] {
                let has = text_named(Lang::En, &name).is_some();
                assert_eq!(key != Key::NONE, has, "{name}");
                checked += 1;
            }
            assert_eq!(c.caution_key().is_some(), CAUTION[c as usize] != Key::NONE);
        }
        for d in Dimension::ALL {
            for level in 0..3u8 {
                let offered = d.choices().contains(&level);
                assert_eq!(d.level_key(level) != Key::NONE, offered, "{d:?} {level}");
                checked += 1;
            }
        }
        assert_eq!(step_key("no-such-step", ItemText::Title), Key::NONE);
        assert_eq!(crate::core::locale::find(Lang::En, Key::NONE), None);
        assert_eq!(checked, 3 * Concern::ALL.len() + 3 * Dimension::ALL.len());
    }
}
