//! The Result step: the screening outcome in plain words, each reason and what to do about it.

use yew::prelude::*;

use crate::core::concern::Concern;
use crate::core::locale::Lang;
use crate::core::screening::{screen, Answers, Question, Reason};
use crate::ui::config::Sections;
use crate::ui::state::{Action, Step};
use crate::ui::step_actions::{step_actions, Move};
use crate::ui::text::{t, tf, tk};

/// What the step shows and where its actions go.
#[derive(Clone, Debug, PartialEq)]
pub struct ResultStepProps {
    /// The visitor's language.
    pub lang: Lang,
    /// Put on the step heading so focus can move to it.
    pub heading: NodeRef,
    /// The screening answers.
    pub answers: Answers,
    /// The chosen concerns (some concerns are reasons themselves).
    pub concerns: Vec<Concern>,
    /// The steps the clinic shows; moves to hidden steps are left out.
    pub sections: Sections,
    /// Receives the visitor's actions.
    pub on_action: Callback<Action>,
}

/// What led to a reason, in words: the question and the answer given, or the chosen concern.
fn reason_text(lang: Lang, reason: Reason) -> Html {
    match reason {
        Reason::Answered { question, answer } => html! {
            <>
                <span class="mne-reason-what">{ tk(lang, "question.", question.id(), ".text") }</span>
                {" "}
                <span class="mne-reason-answer">
                    { tf(lang, "ui.result.you-answered", &[("answer", tk(lang, "answer.", answer.id(), ""))]) }
                </span>
            </>
        },
        Reason::Concern(concern) => html! {
            <span class="mne-reason-what">{ tk(lang, "reason.concern.", concern.id(), ".text") }</span>
        },
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
                <strong>{ t(lang, "ui.result.todo") }</strong>{" "}{ t(lang, &reason.next_step_key()) }
            </p>
        </li>
    }
}

/// The Result step.
pub fn result_step(props: &ResultStepProps) -> Html {
    let lang = props.lang;
    let screening = screen(&props.answers, &props.concerns);
    let outcome = screening.outcome.id();
    let unanswered = Question::ALL.len() - props.answers.answered_count();
    let reasons = screening
        .reasons
        .iter()
        .map(|&reason| reason_item(lang, reason));
    html! {
        <div class="mne-step" data-step="result">
            <h2 class="mne-step-title" tabindex="-1" ref={props.heading.clone()}>
                { t(lang, "ui.result.title") }
            </h2>
            if unanswered > 0 {
                <p class="mne-notice" data-unanswered={unanswered.to_string()}>
                    { tf(lang, "ui.result.unanswered", &[("count", &unanswered.to_string())]) }
                </p>
            }
            <div class={format!("mne-outcome mne-tier-{outcome}")} data-outcome={outcome}>
                <h3 class="mne-outcome-title">{ tk(lang, "outcome.", outcome, ".title") }</h3>
                <p class="mne-outcome-summary">{ tk(lang, "outcome.", outcome, ".summary") }</p>
                if !screening.reasons.is_empty() {
                    <h4 class="mne-subtitle">{ t(lang, "ui.result.reasons") }</h4>
                    <ul class="mne-reasons">{ for reasons }</ul>
                }
            </div>
            <p class="mne-note">{ t(lang, "ui.result.note") }</p>
            { step_actions(lang, props.sections,
                Some(Move { action: Action::Go(Step::Check), label: "ui.result.change" }),
                Some(Move { action: Action::Go(Step::Plan), label: "ui.result.next" }),
                &props.on_action) }
        </div>
    }
}
