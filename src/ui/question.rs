//! One screening question: a fieldset of Yes / No / Not sure radios with a short "why we ask".
//! A plain view function rather than a component: it keeps the bundle small.

use yew::prelude::*;

use crate::core::locale::{chrome, Lang, QuestionText};
use crate::core::screening::{Answer, Question};
use crate::ui::state::Action;
use crate::ui::text::t;

/// One screening question; choosing a radio sends `Action::Answer`.
pub fn question_field(
    lang: Lang,
    question: Question,
    given: Option<Answer>,
    on_action: &Callback<Action>,
) -> Html {
    let id = question.id();
    let name = format!("q-{id}");
    let options = Answer::ALL.iter().map(|&answer| {
        let onchange = on_action.reform(move |_: Event| Action::Answer(question, answer));
        html! {
            <label class="mne-radio">
                <input type="radio" name={name.clone()} value={answer.id()}
                    checked={given == Some(answer)} {onchange} />
                <span>{ t(lang, answer.key()) }</span>
            </label>
        }
    });
    html! {
        <fieldset class="mne-question" data-question={id} key={id}>
            <legend class="mne-legend">
                <span class="mne-question-number">{ format!("{}. ", question.index() + 1) }</span>
                { t(lang, question.key(QuestionText::Text)) }
            </legend>
            <p class="mne-why">
                <strong>{ t(lang, chrome::CHECK_WHY) }</strong>{" "}{ t(lang, question.key(QuestionText::Why)) }
            </p>
            <div class="mne-answers">{ for options }</div>
        </fieldset>
    }
}
