//! The Result step: the screening outcome in plain words, each reason and what to do about it.

use yew::prelude::*;

use crate::core::locale::{chrome, Lang, OutcomeText};
use crate::core::screening::{Reason, Screening};
use crate::ui::config::Sections;
use crate::ui::control::step_title;
use crate::ui::markup::Markup;
use crate::ui::state::{Action, Step};
use crate::ui::step_actions::{step_actions, Move};
use crate::ui::text::{t, tf};

/// What the step shows and where its actions go.
#[derive(Clone, Debug, PartialEq)]
pub struct ResultStepProps {
    /// The visitor's language.
    pub lang: Lang,
    /// Put on the step heading so focus can move to it.
    pub heading: NodeRef,
    /// The screening result (derived once by the app).
    pub screening: Screening,
    /// How many questions are still unanswered (they count as "not sure").
    pub unanswered: usize,
    /// The steps the clinic shows; moves to hidden steps are left out.
    pub sections: Sections,
    /// Receives the visitor's actions.
    pub on_action: Callback<Action>,
}

/// One reason with what to do about it (also on the printed consultation sheet): the question
/// and the answer given, or the chosen concern.
pub fn reason_item(m: &mut Markup, lang: Lang, reason: Reason) {
    let tier = reason.tier().id();
    let kind = match reason {
        Reason::Answered { .. } => "question",
        Reason::Concern(_) => "concern",
    };
    m.open_with(
        "li",
        &[
            ("class", &["mne-reason mne-tier-", tier].concat()),
            ("data-reason", reason.id()),
            ("data-reason-kind", kind),
            ("data-tier", tier),
        ],
    )
    .open("p")
    .el(
        r#"span class="mne-reason-what""#,
        t(lang, reason.text_key()),
    );
    if let Reason::Answered { answer, .. } = reason {
        m.text(" ").el(
            r#"span class="mne-reason-answer""#,
            &tf(
                lang,
                chrome::RESULT_YOU_ANSWERED,
                &[("answer", t(lang, answer.key()))],
            ),
        );
    }
    m.close("p")
        .open(r#"p class="mne-reason-next""#)
        .el("strong", t(lang, chrome::RESULT_TODO))
        .text(" ")
        .text(t(lang, reason.next_step_key()))
        .close("p")
        .close("li");
}

/// The Result step. Between the heading (focus moves to it) and the buttons it is text only:
/// one markup string (see [`Markup`]).
pub fn result_step(props: &ResultStepProps) -> Html {
    let lang = props.lang;
    let screening = &props.screening;
    let unanswered = props.unanswered;
    let mut m = Markup::default();
    if unanswered > 0 {
        let count = unanswered.to_string();
        m.open_with(r#"p class="mne-notice""#, &[("data-unanswered", &count)])
            .text(&tf(lang, chrome::RESULT_UNANSWERED, &[("count", &count)]))
            .close("p");
    }
    let outcome = screening.outcome.id();
    m.open_with(
        "div",
        &[
            ("class", &["mne-outcome mne-tier-", outcome].concat()),
            ("data-outcome", outcome),
        ],
    )
    .el(
        r#"h3 class="mne-outcome-title""#,
        t(lang, screening.outcome.key(OutcomeText::Title)),
    )
    .el(
        r#"p class="mne-outcome-summary""#,
        t(lang, screening.outcome.key(OutcomeText::Summary)),
    );
    if !screening.reasons.is_empty() {
        m.el(
            r#"h4 class="mne-subtitle""#,
            t(lang, chrome::RESULT_REASONS),
        )
        .open(r#"ul class="mne-reasons""#);
        for &reason in &screening.reasons {
            reason_item(&mut m, lang, reason);
        }
        m.close("ul");
    }
    m.close("div");
    m.el(r#"p class="mne-note""#, t(lang, chrome::RESULT_NOTE));
    html! {
        <div class="mne-step" data-step="result">
            { step_title(&props.heading, t(lang, chrome::RESULT_TITLE)) }
            { m.html() }
            { step_actions(lang, props.sections,
                Some(Move { to: Step::Check, label: chrome::RESULT_CHANGE }),
                Some(Move { to: Step::Plan, label: chrome::RESULT_NEXT }),
                &props.on_action) }
        </div>
    }
}
