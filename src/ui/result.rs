//! The Result step: the screening outcome in plain words, each reason and what to do about it.

use yew::prelude::*;

use crate::core::locale::{chrome, Lang, OutcomeText};
use crate::core::screening::{Reason, Screening};
use crate::ui::config::Sections;
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

/// What led to a reason, in words: the question and the answer given, or the chosen concern.
fn reason_text(lang: Lang, reason: Reason) -> Html {
    let what = html! { <span class="mne-reason-what">{ t(lang, reason.text_key()) }</span> };
    match reason {
        Reason::Answered { answer, .. } => html! {
            <>
                { what }
                {" "}
                <span class="mne-reason-answer">
                    { tf(lang, chrome::RESULT_YOU_ANSWERED, &[("answer", t(lang, answer.key()))]) }
                </span>
            </>
        },
        Reason::Concern(_) => what,
    }
}

/// One reason with what to do about it (also on the printed consultation sheet).
pub fn reason_item(lang: Lang, reason: Reason) -> Html {
    let kind = match reason {
        Reason::Answered { .. } => "question",
        Reason::Concern(_) => "concern",
    };
    html! {
        <li class={format!("mne-reason mne-tier-{}", reason.tier().id())}
            data-reason={reason.id()} data-reason-kind={kind} data-tier={reason.tier().id()}>
            <p>{ reason_text(lang, reason) }</p>
            <p class="mne-reason-next">
                <strong>{ t(lang, chrome::RESULT_TODO) }</strong>{" "}{ t(lang, reason.next_step_key()) }
            </p>
        </li>
    }
}

/// The Result step.
pub fn result_step(props: &ResultStepProps) -> Html {
    let lang = props.lang;
    let screening = &props.screening;
    let outcome = screening.outcome.id();
    let unanswered = props.unanswered;
    let reasons = screening
        .reasons
        .iter()
        .map(|&reason| reason_item(lang, reason));
    html! {
        <div class="mne-step" data-step="result">
            <h2 class="mne-step-title" tabindex="-1" ref={props.heading.clone()}>
                { t(lang, chrome::RESULT_TITLE) }
            </h2>
            if unanswered > 0 {
                <p class="mne-notice" data-unanswered={unanswered.to_string()}>
                    { tf(lang, chrome::RESULT_UNANSWERED, &[("count", &unanswered.to_string())]) }
                </p>
            }
            <div class={format!("mne-outcome mne-tier-{outcome}")} data-outcome={outcome}>
                <h3 class="mne-outcome-title">{ t(lang, screening.outcome.key(OutcomeText::Title)) }</h3>
                <p class="mne-outcome-summary">{ t(lang, screening.outcome.key(OutcomeText::Summary)) }</p>
                if !screening.reasons.is_empty() {
                    <h4 class="mne-subtitle">{ t(lang, chrome::RESULT_REASONS) }</h4>
                    <ul class="mne-reasons">{ for reasons }</ul>
                }
            </div>
            <p class="mne-note">{ t(lang, chrome::RESULT_NOTE) }</p>
            { step_actions(lang, props.sections,
                Some(Move { action: Action::Go(Step::Check), label: chrome::RESULT_CHANGE }),
                Some(Move { action: Action::Go(Step::Plan), label: chrome::RESULT_NEXT }),
                &props.on_action) }
        </div>
    }
}
