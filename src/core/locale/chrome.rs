//! The UI chrome's keys (`ui.*`), one constant each: a misspelt name does not compile, and
//! neither does a key the English chrome table lacks; the tests check that this list and the
//! table hold exactly the same keys.

use super::key::find_row;
use super::{en, key_name, text_at, Lang, ROWS};

/// A UI chrome key: its row among the English texts (the chrome rows come after the content
/// rows: the chrome table, then kiosk mode's), found when the constant is compiled. One small
/// number, so a view passes it as cheaply as a literal, and its text is read without a search.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Chrome(u16);

impl Chrome {
    /// The chrome key `key`; a key the English chrome rows lack stops the build.
    const fn new(key: &str) -> Chrome {
        let row = find_row([key, "", "", ""]).row();
        if row < en::TABLE.len() || row >= ROWS {
            panic!("a chrome key the English chrome table lacks")
        }
        Chrome(row as u16)
    }

    /// The row of its text.
    pub(super) const fn row(self) -> usize {
        self.0 as usize
    }

    /// The key as the tables write it, e.g. `ui.nav.back` (tests and debug reports: the release
    /// wasm never calls it).
    pub fn name(self) -> &'static str {
        key_name(self.row())
    }

    /// The text in `lang`, or else in English (which always has it): the pack's row is the
    /// English one, so no search.
    pub fn text(self, lang: Lang) -> &'static str {
        text_at(lang, usize::from(self.0))
    }
}

/// Declares one [`Chrome`] constant per chrome key, and [`ALL`], every one of them; a key's
/// attributes (kiosk mode's `cfg(kiosk_texts)`, as on its row of the table) apply to both.
macro_rules! chrome_keys {
    ($($(#[$attr:meta])* $name:ident = $key:literal,)+) => {
        $(
            $(#[$attr])*
            #[doc = concat!("`", $key, "`")]
            pub const $name: Chrome = Chrome::new($key);
        )+

        /// Every chrome key of this build, in table order.
        pub const ALL: &[Chrome] = &[$($(#[$attr])* $name),+];
    };
}

chrome_keys! {
    ABOUT_BUILDER = "ui.about.builder",
    ABOUT_BUILDER_LINK = "ui.about.builder-link",
    ABOUT_CONTENT_DATE = "ui.about.content-date",
    ABOUT_DISCLOSURE = "ui.about.disclosure",
    ABOUT_DISCLOSURE_FROM = "ui.about.disclosure-from",
    ABOUT_NO_YEAR = "ui.about.no-year",
    ABOUT_PRIVACY = "ui.about.privacy",
    ABOUT_RESTART = "ui.about.restart",
    ABOUT_REVIEW = "ui.about.review",
    ABOUT_SOURCE_LINK = "ui.about.source-link",
    ABOUT_SOURCES = "ui.about.sources",
    ABOUT_TITLE = "ui.about.title",
    ABOUT_TRANSLATION = "ui.about.translation",
    ABOUT_YEAR = "ui.about.year",
    APP_TAGLINE = "ui.app.tagline",
    APP_TITLE = "ui.app.title",
    BOOKING_CONSENT = "ui.booking.consent",
    BOOKING_SENDS = "ui.booking.sends",
    BOOKING_SENDS_TO = "ui.booking.sends-to",
    CARD_CAUTION = "ui.card.caution",
    CARD_DOWNTIME = "ui.card.downtime",
    CARD_EVIDENCE = "ui.card.evidence",
    CARD_EXAMPLE = "ui.card.example",
    CARD_EXPECT = "ui.card.expect",
    CARD_HARMS = "ui.card.harms",
    CARD_HOW = "ui.card.how",
    CARD_LIMITS = "ui.card.limits",
    CARD_OPTIONS = "ui.card.options",
    CARD_SETTING = "ui.card.setting",
    CHECK_ANSWERED = "ui.check.answered",
    CHECK_ANSWERED_LABEL = "ui.check.answered-label",
    CHECK_FINISH = "ui.check.finish",
    CHECK_INTRO = "ui.check.intro",
    CHECK_NEXT = "ui.check.next",
    CHECK_PROGRESS = "ui.check.progress",
    CHECK_TITLE = "ui.check.title",
    CHECK_WHY = "ui.check.why",
    DATE_SPAN = "ui.date.span",
    DEPTH_AXIS = "ui.depth.axis",
    DEPTH_HOME = "ui.depth.home",
    DEPTH_HOME_FACT = "ui.depth.home-fact",
    DEPTH_INTRO = "ui.depth.intro",
    DEPTH_KEY_RANGE = "ui.depth.key-range",
    DEPTH_KEY_SURE = "ui.depth.key-sure",
    DEPTH_LOWER = "ui.depth.lower",
    DEPTH_NONE_FACT = "ui.depth.none-fact",
    DEPTH_ROW = "ui.depth.row",
    DEPTH_STUDY_FACT = "ui.depth.study-fact",
    DEPTH_TITLE = "ui.depth.title",
    DEPTH_TOP = "ui.depth.top",
    EXPLORE_INTRO = "ui.explore.intro",
    EXPLORE_LEGEND = "ui.explore.legend",
    EXPLORE_NEXT = "ui.explore.next",
    EXPLORE_TITLE = "ui.explore.title",
    EXPLORE_WORDS = "ui.explore.words",
    GUIDE_BENEFITS = "ui.guide.benefits",
    GUIDE_DOWNSIDES = "ui.guide.downsides",
    GUIDE_DOWNTIME = "ui.guide.downtime",
    GUIDE_OPTIONS = "ui.guide.options",
    GUIDE_OPTIONS_INTRO = "ui.guide.options-intro",
    GUIDE_TITLE = "ui.guide.title",
    HEALING_AXIS = "ui.healing.axis",
    HEALING_FACT = "ui.healing.fact",
    HEALING_INTRO = "ui.healing.intro",
    HEALING_KEY_MAYBE = "ui.healing.key-maybe",
    HEALING_KEY_USUAL = "ui.healing.key-usual",
    HEALING_LONGER = "ui.healing.longer",
    HEALING_MAYBE = "ui.healing.maybe",
    HEALING_TITLE = "ui.healing.title",
    HEALING_USUAL = "ui.healing.usual",
    HEALING_WAIT = "ui.healing.wait",
    HEALING_WAIT_LONGER = "ui.healing.wait-longer",
    ICS_CONFIRM = "ui.ics.confirm",
    ICS_CONFIRM_WITH = "ui.ics.confirm-with",
    ICS_SESSION = "ui.ics.session",
    ICS_WINDOW = "ui.ics.window",
    #[cfg(kiosk_texts)]
    KIOSK_IDLE_LEFT = "ui.kiosk.idle-left",
    #[cfg(kiosk_texts)]
    KIOSK_IDLE_TEXT = "ui.kiosk.idle-text",
    #[cfg(kiosk_texts)]
    KIOSK_IDLE_TITLE = "ui.kiosk.idle-title",
    #[cfg(kiosk_texts)]
    KIOSK_QR_ALT = "ui.kiosk.qr-alt",
    #[cfg(kiosk_texts)]
    KIOSK_QR_TEXT = "ui.kiosk.qr-text",
    #[cfg(kiosk_texts)]
    KIOSK_QR_TITLE = "ui.kiosk.qr-title",
    #[cfg(kiosk_texts)]
    KIOSK_START_OVER = "ui.kiosk.start-over",
    #[cfg(kiosk_texts)]
    KIOSK_STAY = "ui.kiosk.stay",
    LANGUAGE_LABEL = "ui.language.label",
    LOADING_CARD = "ui.loading.card",
    LOADING_STEP = "ui.loading.step",
    NAV_BACK = "ui.nav.back",
    NAV_LABEL = "ui.nav.label",
    NEW_TAB = "ui.new-tab",
    NOTICE_COPIED = "ui.notice.copied",
    NOTICE_FORGOTTEN = "ui.notice.forgotten",
    NOTICE_LANGUAGE = "ui.notice.language",
    NOTICE_NOT_SENT = "ui.notice.not-sent",
    NOTICE_REFUSED = "ui.notice.refused",
    NOTICE_REMEMBERED = "ui.notice.remembered",
    NOTICE_RESTORED = "ui.notice.restored",
    NOTICE_SHARED = "ui.notice.shared",
    PLAN_BOOK = "ui.plan.book",
    PLAN_BOOK_TALK = "ui.plan.book-talk",
    PLAN_BOOK_TALK_WITH = "ui.plan.book-talk-with",
    PLAN_BOOK_WITH = "ui.plan.book-with",
    PLAN_CALENDAR = "ui.plan.calendar",
    PLAN_CALENDAR_HINT = "ui.plan.calendar-hint",
    PLAN_CALL = "ui.plan.call",
    PLAN_CALL_CLINIC = "ui.plan.call-clinic",
    PLAN_CHECKLIST = "ui.plan.checklist",
    PLAN_COME_BACK = "ui.plan.come-back",
    PLAN_COST = "ui.plan.cost",
    PLAN_COURSE = "ui.plan.course",
    PLAN_COURSE_AT_HOME = "ui.plan.course.at-home",
    PLAN_COURSE_CLINICIAN_FIRST = "ui.plan.course.clinician-first",
    PLAN_COURSE_PROFESSIONAL = "ui.plan.course.professional",
    PLAN_DATE_HINT = "ui.plan.date-hint",
    PLAN_DATE_LABEL = "ui.plan.date-label",
    PLAN_DATED = "ui.plan.dated",
    PLAN_DEPTH = "ui.plan.depth",
    PLAN_DEPTHS = "ui.plan.depths",
    PLAN_DONE = "ui.plan.done",
    PLAN_GROUP_LATER = "ui.plan.group.later",
    PLAN_HEALING_MORE = "ui.plan.healing-more",
    PLAN_HOME_NEEDLES = "ui.plan.home-needles",
    PLAN_LONG_TERM = "ui.plan.long-term",
    PLAN_NEXT = "ui.plan.next",
    PLAN_NEXT_UP = "ui.plan.next-up",
    PLAN_NO_CONCERNS = "ui.plan.no-concerns",
    PLAN_PRINT = "ui.plan.print",
    PLAN_PRINT_HINT = "ui.plan.print-hint",
    PLAN_REPLACE_WINDOW = "ui.plan.replace-window",
    PLAN_ROUTINE = "ui.plan.routine",
    PLAN_SESSION = "ui.plan.session",
    PLAN_SESSION_WINDOW = "ui.plan.session-window",
    PLAN_SESSIONS = "ui.plan.sessions",
    PLAN_STEPS = "ui.plan.steps",
    PLAN_STEPS_LATER = "ui.plan.steps-later",
    PLAN_TAKEAWAY = "ui.plan.takeaway",
    PLAN_TITLE = "ui.plan.title",
    PLAN_UPKEEP = "ui.plan.upkeep",
    PLAN_UPKEEP_WINDOW = "ui.plan.upkeep-window",
    PLAN_WAIT_TITLE = "ui.plan.wait-title",
    PRINT_CONCERNS = "ui.print.concerns",
    PRINT_NO_CONCERNS = "ui.print.no-concerns",
    PRINT_QUESTIONS = "ui.print.questions",
    PRINT_RESULT = "ui.print.result",
    PRINT_TITLE = "ui.print.title",
    PRINT_TITLE_CLINIC = "ui.print.title-clinic",
    REMEMBER_FORGET = "ui.remember.forget",
    REMEMBER_HINT = "ui.remember.hint",
    REMEMBER_LABEL = "ui.remember.label",
    RESULT_CHANGE = "ui.result.change",
    RESULT_NEXT = "ui.result.next",
    RESULT_NOTE = "ui.result.note",
    RESULT_REASONS = "ui.result.reasons",
    RESULT_TITLE = "ui.result.title",
    RESULT_TODO = "ui.result.todo",
    RESULT_UNANSWERED = "ui.result.unanswered",
    RESULT_YOU_ANSWERED = "ui.result.you-answered",
    SEND_BUTTON = "ui.send.button",
    SEND_SHARE_TITLE = "ui.send.share-title",
    SEND_TITLE = "ui.send.title",
    SEND_WARNING = "ui.send.warning",
    SHELL_INSTALL = "ui.shell.install",
    SHELL_OFFLINE = "ui.shell.offline",
    SHELL_UPDATE = "ui.shell.update",
    SHELL_UPDATE_READY = "ui.shell.update-ready",
    STEP_ABOUT = "ui.step.about",
    STEP_CHECK = "ui.step.check",
    STEP_EXPLORE = "ui.step.explore",
    STEP_PLAN = "ui.step.plan",
    STEP_RESULT = "ui.step.result",
    TIMELINE_LABEL = "ui.timeline.label",
    TIMELINE_PREPARE = "ui.timeline.prepare",
    TIMELINE_RECOVER = "ui.timeline.recover",
    TIMELINE_REPLACE_NAME = "ui.timeline.replace.name",
    TIMELINE_TODAY = "ui.timeline.today",
    TIMELINE_TODAY_IS = "ui.timeline.today-is",
    TIMELINE_UPKEEP_NAME = "ui.timeline.upkeep.name",
    TIMELINE_WORDS = "ui.timeline.words",
    TIMING_DAY_AFTER = "ui.timing.day-after",
    TIMING_DAY_BEFORE = "ui.timing.day-before",
    TIMING_DAY_OF = "ui.timing.day-of",
    TIMING_DAYS_AFTER = "ui.timing.days-after",
    TIMING_DAYS_BEFORE = "ui.timing.days-before",
    TIMING_SPAN = "ui.timing.span",
    TIMING_THE_DAY = "ui.timing.the-day",
    VALUES_ANY = "ui.values.any",
    VALUES_ASK = "ui.values.ask",
    VALUES_COUNT = "ui.values.count",
    VALUES_COUNT_NONE = "ui.values.count-none",
    VALUES_FITS = "ui.values.fits",
    VALUES_FOR = "ui.values.for",
    VALUES_INTRO = "ui.values.intro",
    VALUES_NO_FIT = "ui.values.no-fit",
    VALUES_NOTE = "ui.values.note",
    VALUES_OPTIONS = "ui.values.options",
    VALUES_TITLE = "ui.values.title",
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::locale::Lang;

    #[test]
    fn every_chrome_key_names_its_own_english_text() {
        let mut names: Vec<_> = ALL.iter().map(|c| c.name()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), ALL.len(), "a chrome key is listed twice");
        assert_eq!(NAV_BACK.name(), "ui.nav.back");
        assert_eq!(NAV_BACK.text(Lang::En), "Back");
    }
}
