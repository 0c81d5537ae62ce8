//! The Check step: the screening questions, a few per page, with progress and Back / Next.

use yew::prelude::*;

use crate::core::locale::{chrome, Lang};
use crate::core::screening::{Answers, Question};
use crate::ui::config::Sections;
use crate::ui::control::{button, secondary, step_title};
use crate::ui::markup::Markup;
use crate::ui::question::question_field;
use crate::ui::state::{page_count, page_questions, Action, Step, QUESTIONS_PER_PAGE};
use crate::ui::text::{t, tf};

/// What the step shows and where its actions go.
#[derive(Clone, Debug, PartialEq)]
pub struct QuizProps {
    /// The visitor's language.
    pub lang: Lang,
    /// Put on the step heading so focus can move to it.
    pub heading: NodeRef,
    /// Put on the page heading so focus can move to it after Next / Back.
    pub page_heading: NodeRef,
    /// The page on screen (0-based).
    pub page: usize,
    /// The answers so far.
    pub answers: Answers,
    /// The steps the clinic shows (no Back from the first page when Explore is hidden).
    pub sections: Sections,
    /// Receives the visitor's actions.
    pub on_action: Callback<Action>,
}

/// The Check step.
pub fn quiz(props: &QuizProps) -> Html {
    let lang = props.lang;
    let total = Question::ALL.len();
    let page = props.page.min(page_count() - 1);
    let questions = page_questions(page);
    let first = page * QUESTIONS_PER_PAGE + 1;
    let last = first + questions.len() - 1;
    let answered = props.answers.answered_count();
    let last_page = page + 1 == page_count();
    let onsubmit = props.on_action.reform(|e: SubmitEvent| {
        e.prevent_default();
        Action::NextPage
    });
    let back = props.on_action.reform(|_: MouseEvent| Action::PreviousPage);
    let fields = questions
        .iter()
        .map(|&q| question_field(lang, q, props.answers.get(q), &props.on_action));
    let mut lead = Markup::default();
    lead.el(r#"p class="mne-lead""#, t(lang, chrome::CHECK_INTRO));
    // The bar and its words: no controls, so one markup string (see [`Markup`]).
    let (answered, total) = (answered.to_string(), total.to_string());
    let mut progress = Markup::default();
    progress
        .open_with(
            "progress",
            &[
                ("max", &total),
                ("value", &answered),
                ("aria-label", t(lang, chrome::CHECK_ANSWERED_LABEL)),
            ],
        )
        .close("progress")
        .el(
            r#"p class="mne-progress-text""#,
            &tf(
                lang,
                chrome::CHECK_ANSWERED,
                &[("count", &answered), ("total", &total)],
            ),
        );
    html! {
        <div class="mne-step" data-step="check">
            { step_title(&props.heading, t(lang, chrome::CHECK_TITLE)) }
            { lead.html() }
            <form class="mne-quiz" data-quiz-page={(page + 1).to_string()} {onsubmit}>
                <div class="mne-progress">
                    <h3 class="mne-page-title" tabindex="-1" ref={props.page_heading.clone()} data-progress="">
                        { tf(lang, chrome::CHECK_PROGRESS, &[
                            ("from", &first.to_string()),
                            ("to", &last.to_string()),
                            ("total", &total),
                        ]) }
                    </h3>
                    { progress.html() }
                </div>
                { for fields }
                <div class="mne-actions">
                    if page > 0 || props.sections.shows(Step::Explore) {
                        { button(secondary!("data-nav", "back"), t(lang, chrome::NAV_BACK), back) }
                    }
                    <button type="submit" class="mne-button mne-button-primary" data-nav="next">
                        { t(lang, if last_page { chrome::CHECK_FINISH } else { chrome::CHECK_NEXT }) }
                    </button>
                </div>
            </form>
        </div>
    }
}
