//! The app's state as plain data, and the reducer that changes it.

use std::rc::Rc;

use yew::Reducible;

use crate::core::concern::Concern;
use crate::core::date::Date;
use crate::core::ids::stable_ids;
use crate::core::locale::{chrome, Chrome, Lang};
use crate::core::screening::{Answer, Answers, Question};
use crate::core::share::Shared;
use crate::core::values::{Dimension, Values};

/// How many screening questions one quiz page shows.
pub const QUESTIONS_PER_PAGE: usize = 4;

stable_ids! {
    /// The visitor's place in the journey; `ALL` is journey order, and the ids are used in
    /// `data-step` / `data-go` attributes and the `sections` and `start` settings.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum Step {
        /// Pick concerns and read about them.
        Explore = "explore",
        /// Answer the screening questions.
        Check = "check",
        /// See what the answers mean.
        Result = "result",
        /// See the suggested plan.
        Plan = "plan",
        /// Sources, dates and disclosures.
        About = "about",
    }
}

impl Step {
    /// The step's name in the step navigation.
    pub fn label_key(self) -> Chrome {
        match self {
            Step::Explore => chrome::STEP_EXPLORE,
            Step::Check => chrome::STEP_CHECK,
            Step::Result => chrome::STEP_RESULT,
            Step::Plan => chrome::STEP_PLAN,
            Step::About => chrome::STEP_ABOUT,
        }
    }

    /// Position in [`Step::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// The step after this one, if any.
    pub fn next(self) -> Option<Step> {
        Step::ALL.get(self.index() + 1).copied()
    }

    /// The step before this one, if any.
    pub fn previous(self) -> Option<Step> {
        self.index().checked_sub(1).map(|i| Step::ALL[i])
    }
}

/// Which heading takes focus after a move.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Focus {
    /// The new step's heading.
    Step,
    /// The quiz page heading (after Next/Back inside the quiz).
    Page,
}

stable_ids! {
    /// A short message about a plan link: opening one, or sending one. Its id goes in
    /// `data-notice`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum Notice {
        /// The plan was restored from the link the page was opened with.
        Restored = "restored",
        /// The page was opened with a broken or unknown plan link; nothing was restored.
        Refused = "refused",
        /// The link was handed to the browser's share sheet.
        Shared = "shared",
        /// The link was copied to the clipboard.
        Copied = "copied",
        /// Neither sharing nor copying worked.
        NotSent = "not-sent",
        /// The answers saved on this device were filled in.
        Remembered = "remembered",
        /// The answers saved on this device were removed.
        Forgotten = "forgotten",
        /// The chosen language's pack could not be loaded, or lacked texts: English shows.
        Language = "language",
    }
}

impl Notice {
    /// What the notice says.
    pub fn key(self) -> Chrome {
        match self {
            Notice::Restored => chrome::NOTICE_RESTORED,
            Notice::Refused => chrome::NOTICE_REFUSED,
            Notice::Shared => chrome::NOTICE_SHARED,
            Notice::Copied => chrome::NOTICE_COPIED,
            Notice::NotSent => chrome::NOTICE_NOT_SENT,
            Notice::Remembered => chrome::NOTICE_REMEMBERED,
            Notice::Forgotten => chrome::NOTICE_FORGOTTEN,
            Notice::Language => chrome::NOTICE_LANGUAGE,
        }
    }

    /// Whether it is about the link the page was opened with (shown above the step).
    pub fn about_opening(self) -> bool {
        matches!(
            self,
            Notice::Restored | Notice::Refused | Notice::Remembered | Notice::Language
        )
    }
}

/// One dated checklist entry: a plan step for one session (0 for course-wide and upkeep steps).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CheckId {
    /// The session, from 1; 0 for course-wide and upkeep steps.
    pub session: u8,
    /// The plan step's id.
    pub step: &'static str,
}

impl CheckId {
    /// The entry's id in the page (`data-check`, and the list item's key): `{session}-{step}`.
    pub fn dom_id(self) -> String {
        format!("{}-{}", self.session, self.step)
    }
}

/// Everything the app remembers; nothing of it leaves the page.
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    /// The step on screen.
    pub step: Step,
    /// The chosen concerns, in [`Concern::ALL`] order.
    pub concerns: Vec<Concern>,
    /// The screening answers so far.
    pub answers: Answers,
    /// The quiz page on screen (0-based).
    pub quiz_page: usize,
    /// The first session date the visitor entered, if any.
    pub first_session: Option<Date>,
    /// Ticked checklist entries.
    pub ticked: Vec<CheckId>,
    /// The "what matters to you" answers: they only sort the options, never the screening.
    pub values: Values,
    /// Bumped whenever the visitor moves to another step or quiz page, so focus can follow.
    pub moves: u32,
    /// Where focus goes after the latest move.
    pub focus: Focus,
    /// A message about a plan link, until the next move.
    pub notice: Option<Notice>,
    /// Whether the visitor agreed to add their concerns to the clinic's booking link.
    pub booking_consent: bool,
    /// Whether the visitor asked to keep their answers on this device.
    pub remember: bool,
    /// Bumped by [`Action::StartOver`]: the views are keyed by it, so they are built anew for
    /// the next visitor (no disclosure left open, no field left half typed). Kiosk mode's only.
    #[cfg(feature = "kiosk")]
    pub visit: u32,
    /// The language the visitor picked in the switch, if any: it changes only what is shown.
    pub language: Option<Lang>,
    /// The languages whose packs this app asked for since the visitor's last move (the shown
    /// one's, and English's for the texts beyond the first screen), so it asks once for each: a
    /// pack that failed is not asked for again on every render, but is after the next move.
    pub asked: Vec<Lang>,
}

impl Default for State {
    fn default() -> Self {
        State {
            step: Step::Explore,
            concerns: Vec::new(),
            answers: Answers::default(),
            quiz_page: 0,
            first_session: None,
            ticked: Vec::new(),
            values: Values::default(),
            moves: 0,
            focus: Focus::Step,
            notice: None,
            booking_consent: false,
            remember: false,
            #[cfg(feature = "kiosk")]
            visit: 0,
            language: None,
            asked: Vec::new(),
        }
    }
}

/// Something the visitor did.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Show a step.
    Go(Step),
    /// Choose (`true`) or drop (`false`) a concern.
    SetConcern(Concern, bool),
    /// Answer a screening question.
    Answer(Question, Answer),
    /// Next quiz page; after the last page, the result.
    NextPage,
    /// Previous quiz page; before the first page, back to exploring.
    PreviousPage,
    /// Set or clear the first session date.
    SetFirstSession(Option<Date>),
    /// Tick or untick a checklist entry.
    Tick(CheckId, bool),
    /// Take the concerns, answers and date from a plan link and show the plan.
    Restore(Shared),
    /// Show (or clear) a message about a plan link.
    Notify(Option<Notice>),
    /// Agree (or not) to add the chosen concerns to the booking link.
    ConsentToBooking(bool),
    /// Keep the answers on this device from now on (`true`), or forget them (`false`).
    Remember(bool),
    /// Answer (or clear, `None`) a "what matters to you" question.
    SetValue(Dimension, Option<u8>),
    /// Kiosk mode's "Start over" (or its timeout): forget everything of this visitor and show
    /// the clinic's start step, with focus on its heading. Kiosk mode's only.
    #[cfg(feature = "kiosk")]
    StartOver(Step),
    /// Show the widget in another language; answers and the step stay.
    PickLanguage(Lang),
    /// The app asked for a language's pack (see [`State::asked`]).
    AskedFor(Lang),
    /// A language's pack arrived (`true`), or arrived incomplete or not at all (a notice says
    /// English shows for what is missing).
    LanguageLoaded(bool),
}

/// How many quiz pages there are.
pub fn page_count() -> usize {
    Question::ALL.len().div_ceil(QUESTIONS_PER_PAGE)
}

/// The questions on a quiz page.
pub fn page_questions(page: usize) -> &'static [Question] {
    let start = (page * QUESTIONS_PER_PAGE).min(Question::ALL.len());
    let end = (start + QUESTIONS_PER_PAGE).min(Question::ALL.len());
    &Question::ALL[start..end]
}

impl State {
    /// A fresh state on `step` (the clinic's start step); no focus move is pending, so mounting
    /// the widget never pulls focus from the host page.
    pub fn starting_at(step: Step) -> State {
        State {
            step,
            ..State::default()
        }
    }

    /// The state after `action`; pure, so it can be tested without a browser.
    pub fn apply(&self, action: Action) -> State {
        let mut next = self.clone();
        match action {
            Action::Go(step) => next.go(step),
            Action::SetConcern(concern, chosen) => {
                next.concerns = Concern::ALL
                    .into_iter()
                    .filter(|c| {
                        if *c == concern {
                            chosen
                        } else {
                            self.concerns.contains(c)
                        }
                    })
                    .collect();
            }
            Action::Answer(question, answer) => next.answers.set(question, answer),
            Action::NextPage => {
                if self.quiz_page + 1 < page_count() {
                    next.quiz_page += 1;
                    next.turn_page();
                } else {
                    next.go(Step::Result);
                }
            }
            Action::PreviousPage => match self.quiz_page.checked_sub(1) {
                Some(page) => {
                    next.quiz_page = page;
                    next.turn_page();
                }
                None => next.go(Step::Explore),
            },
            Action::SetFirstSession(date) => next.first_session = date,
            Action::SetValue(dimension, level) => next.values.set(dimension, level),
            Action::Tick(entry, ticked) => {
                next.ticked.retain(|t| *t != entry);
                if ticked {
                    next.ticked.push(entry);
                }
            }
            Action::Restore(shared) => {
                next.concerns = Concern::ALL
                    .into_iter()
                    .filter(|c| shared.concerns.contains(c))
                    .collect();
                next.answers = shared.answers;
                next.first_session = shared.first_session;
                next.ticked.clear();
                next.go(Step::Plan);
                next.notice = Some(Notice::Restored);
            }
            Action::Notify(notice) => next.notice = notice,
            Action::PickLanguage(lang) => next.language = Some(lang),
            Action::AskedFor(lang) => next.asked.push(lang),
            Action::LanguageLoaded(complete) => {
                if !complete {
                    next.notice = Some(Notice::Language);
                }
            }
            Action::ConsentToBooking(consent) => next.booking_consent = consent,
            Action::Remember(remember) => {
                next.remember = remember;
                next.notice = (!remember).then_some(Notice::Forgotten);
            }
            #[cfg(feature = "kiosk")]
            Action::StartOver(start) => {
                // Built from a fresh state field by field, so a field added later is reset too.
                next = State {
                    moves: self.moves,
                    visit: self.visit + 1,
                    ..State::starting_at(start)
                };
                next.go(start);
            }
        }
        next
    }

    fn go(&mut self, step: Step) {
        self.step = step;
        self.moves += 1;
        self.focus = Focus::Step;
        self.notice = None;
        self.asked.clear();
    }

    fn turn_page(&mut self) {
        self.moves += 1;
        self.focus = Focus::Page;
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(self.apply(action))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_run_in_order() {
        assert_eq!(Step::Explore.next(), Some(Step::Check));
        assert_eq!(Step::About.next(), None);
        assert_eq!(Step::Explore.previous(), None);
        assert_eq!(Step::Plan.previous(), Some(Step::Result));
        let ids: Vec<_> = Step::ALL.iter().map(|s| s.id()).collect();
        assert_eq!(ids, ["explore", "check", "result", "plan", "about"]);
    }

    #[test]
    fn concerns_toggle_and_stay_in_display_order() {
        let state = State::default()
            .apply(Action::SetConcern(Concern::Rosacea, true))
            .apply(Action::SetConcern(Concern::AcneScars, true))
            .apply(Action::SetConcern(Concern::AcneScars, true));
        assert_eq!(state.concerns, [Concern::AcneScars, Concern::Rosacea]);
        let state = state.apply(Action::SetConcern(Concern::Rosacea, false));
        assert_eq!(state.concerns, [Concern::AcneScars]);
    }

    #[test]
    fn pages_cover_every_question_once() {
        let all: Vec<Question> = (0..page_count())
            .flat_map(|p| page_questions(p).iter().copied())
            .collect();
        assert_eq!(all, Question::ALL);
        assert!(page_questions(0).len() <= QUESTIONS_PER_PAGE);
        assert!(page_questions(page_count()).is_empty());
    }

    #[test]
    fn paging_moves_through_the_quiz_and_out_at_both_ends() {
        let mut state = State::default().apply(Action::Go(Step::Check));
        assert_eq!(state.step, Step::Check);
        for page in 1..page_count() {
            state = state.apply(Action::NextPage);
            assert_eq!((state.step, state.quiz_page), (Step::Check, page));
        }
        state = state.apply(Action::NextPage);
        assert_eq!(state.step, Step::Result);
        let back = state
            .apply(Action::Go(Step::Check))
            .apply(Action::PreviousPage);
        assert_eq!(back.quiz_page, page_count() - 2);
        let mut first = State::default().apply(Action::Go(Step::Check));
        first = first.apply(Action::PreviousPage);
        assert_eq!((first.step, first.quiz_page), (Step::Explore, 0));
    }

    #[test]
    fn going_back_keeps_answers_and_they_can_change() {
        let q = Question::ALL[0];
        let state = State::default()
            .apply(Action::Go(Step::Check))
            .apply(Action::Answer(q, Answer::Yes))
            .apply(Action::NextPage)
            .apply(Action::PreviousPage)
            .apply(Action::Go(Step::Explore))
            .apply(Action::Go(Step::Check));
        assert_eq!(state.answers.get(q), Some(Answer::Yes));
        let changed = state.apply(Action::Answer(q, Answer::Unsure));
        assert_eq!(changed.answers.get(q), Some(Answer::Unsure));
        assert_eq!(changed.answers.answered_count(), 1);
    }

    #[test]
    fn every_move_bumps_the_focus_counter() {
        let state = State::default();
        let moved = state.apply(Action::Go(Step::About));
        assert_eq!(moved.moves, state.moves + 1);
        let answered = moved.apply(Action::Answer(Question::ALL[0], Answer::No));
        assert_eq!(answered.moves, moved.moves, "answering must not move focus");
        let checking = answered.apply(Action::Go(Step::Check));
        assert_eq!(checking.focus, Focus::Step);
        let paged = checking.apply(Action::NextPage);
        assert_eq!(
            (paged.moves, paged.focus),
            (checking.moves + 1, Focus::Page)
        );
    }

    fn sun(session: u8) -> CheckId {
        CheckId {
            session,
            step: "sun",
        }
    }

    #[test]
    fn first_session_and_ticks_are_kept_in_state() {
        let date = Date::new(2026, 12, 1);
        let state = State::default()
            .apply(Action::SetFirstSession(date))
            .apply(Action::Tick(sun(1), true))
            .apply(Action::Tick(sun(2), true))
            .apply(Action::Tick(sun(1), false));
        assert_eq!(state.first_session, date);
        assert_eq!(state.ticked, [sun(2)]);
        assert_eq!(sun(2).dom_id(), "2-sun");
        assert_eq!(
            state.apply(Action::SetFirstSession(None)).first_session,
            None
        );
    }

    #[test]
    fn picking_a_language_keeps_answers_and_step() {
        let state = State::default()
            .apply(Action::SetConcern(Concern::AcneScars, true))
            .apply(Action::Go(Step::Check))
            .apply(Action::Answer(Question::Pregnancy, Answer::No));
        let picked = state.apply(Action::PickLanguage(Lang::Es));
        assert_eq!(picked.language, Some(Lang::Es));
        assert_eq!(
            State {
                language: None,
                ..picked.clone()
            },
            state
        );
        assert_eq!(picked.apply(Action::LanguageLoaded(true)), picked);
        let asked = picked.apply(Action::AskedFor(Lang::Es));
        assert_eq!(
            asked,
            State {
                asked: vec![Lang::Es],
                ..picked.clone()
            }
        );
        let broken = picked.apply(Action::LanguageLoaded(false));
        assert_eq!(broken.notice, Some(Notice::Language));
        assert_eq!(broken.step, Step::Check);
    }

    #[test]
    fn a_plan_link_restores_the_plan_and_the_next_move_clears_its_notice() {
        let mut answers = Answers::default();
        answers.set(Question::ALL[0], Answer::Unsure);
        let shared = Shared {
            concerns: vec![Concern::Rosacea, Concern::AcneScars],
            answers: answers.clone(),
            first_session: Date::new(2027, 2, 1),
        };
        let state = State::default()
            .apply(Action::Tick(
                CheckId {
                    session: 1,
                    step: "sun",
                },
                true,
            ))
            .apply(Action::Restore(shared));
        assert_eq!(state.step, Step::Plan);
        assert_eq!(state.concerns, [Concern::AcneScars, Concern::Rosacea]);
        assert_eq!(state.answers, answers);
        assert_eq!(state.first_session, Date::new(2027, 2, 1));
        assert!(state.ticked.is_empty());
        assert_eq!(state.notice, Some(Notice::Restored));
        let copied = state.apply(Action::Notify(Some(Notice::Copied)));
        assert_eq!(copied.notice, Some(Notice::Copied));
        assert_eq!(copied.apply(Action::Go(Step::About)).notice, None);
    }

    #[test]
    fn remembering_is_off_until_asked_and_forgetting_says_so() {
        let state = State::default();
        assert!(!state.remember);
        let on = state.apply(Action::Remember(true));
        assert!(on.remember && on.notice.is_none());
        let off = on.apply(Action::Remember(false));
        assert!(!off.remember);
        assert_eq!(off.notice, Some(Notice::Forgotten));
    }

    #[cfg(feature = "kiosk")]
    #[test]
    fn starting_over_forgets_everything_and_moves_focus_to_the_start() {
        let shared = Shared {
            concerns: vec![Concern::Pores],
            answers: Answers::default(),
            first_session: Date::new(2027, 1, 4),
        };
        let busy = State::starting_at(Step::Check)
            .apply(Action::Restore(shared))
            .apply(Action::SetConcern(Concern::Rosacea, true))
            .apply(Action::Answer(Question::ALL[3], Answer::Yes))
            .apply(Action::Go(Step::Check))
            .apply(Action::NextPage)
            .apply(Action::Tick(sun(1), true))
            .apply(Action::SetValue(Dimension::Cost, Some(1)))
            .apply(Action::ConsentToBooking(true))
            .apply(Action::Remember(true))
            .apply(Action::Notify(Some(Notice::Copied)));
        let fresh = State::starting_at(Step::Check);
        // Every field that holds something of the visitor differs before the reset.
        let differs = [
            busy.quiz_page != fresh.quiz_page,
            busy.concerns != fresh.concerns,
            busy.answers != fresh.answers,
            busy.first_session != fresh.first_session,
            busy.ticked != fresh.ticked,
            busy.values != fresh.values,
            busy.focus != fresh.focus,
            busy.notice != fresh.notice,
            busy.booking_consent != fresh.booking_consent,
            busy.remember != fresh.remember,
        ];
        assert_eq!(
            differs.iter().filter(|d| **d).count(),
            differs.len(),
            "{differs:?}"
        );
        let over = busy.apply(Action::StartOver(Step::Check));
        assert_eq!((over.moves, over.visit), (busy.moves + 1, busy.visit + 1));
        assert_eq!(
            over.focus,
            Focus::Step,
            "focus goes to the start step's heading"
        );
        assert_eq!(
            State {
                moves: 0,
                visit: 0,
                ..over.clone()
            },
            fresh
        );
        let twice = over.apply(Action::StartOver(Step::Explore));
        assert_eq!((twice.step, twice.visit), (Step::Explore, 2));
    }

    #[test]
    fn booking_consent_is_off_until_given_and_survives_moves() {
        let state = State::default();
        assert!(!state.booking_consent);
        let agreed = state
            .apply(Action::ConsentToBooking(true))
            .apply(Action::Go(Step::About));
        assert!(agreed.booking_consent);
        assert!(
            !agreed
                .apply(Action::ConsentToBooking(false))
                .booking_consent
        );
    }

    #[test]
    fn values_change_only_themselves_never_the_screening() {
        use crate::core::screening::screen;
        let mut state = State::default()
            .apply(Action::SetConcern(Concern::AcneScars, true))
            .apply(Action::Answer(Question::ALL[0], Answer::Yes))
            .apply(Action::Answer(Question::ALL[1], Answer::Unsure));
        let before = screen(&state.answers, &state.concerns);
        let mut changes = 0;
        for dimension in Dimension::ALL {
            for &level in dimension.choices() {
                let next = state.apply(Action::SetValue(dimension, Some(level)));
                assert_eq!(next.values.get(dimension), Some(level));
                assert_eq!(
                    State {
                        values: state.values,
                        ..next.clone()
                    },
                    state,
                    "only the values may change"
                );
                assert_eq!(screen(&next.answers, &next.concerns), before);
                state = next;
                changes += 1;
            }
        }
        assert_eq!(changes, 3 + 3 + 3 + 2 + 1);
        let cleared = state.apply(Action::SetValue(Dimension::Cost, None));
        assert_eq!(cleared.values.get(Dimension::Cost), None);
    }
}
