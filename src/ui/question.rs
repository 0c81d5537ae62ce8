//! One screening question: a fieldset of Yes / No / Not sure radios with a short "why we ask".
//! A plain view function rather than a component: it keeps the bundle small.

use yew::prelude::*;

use crate::core::locale::{chrome, Lang, QuestionText};
use crate::core::screening::{Answer, Question};
use crate::ui::markup::Markup;
use crate::ui::state::Action;
use crate::ui::text::t;

/// One radio with its words beside it (the questions' and the values exercise's): one copy of
/// its code for every group.
pub fn radio(
    name: &str,
    value: &str,
    checked: bool,
    onchange: Callback<Event>,
    label: &str,
) -> Html {
    html! {
        <label class="mne-radio">
            <input type="radio" name={name.to_owned()} value={value.to_owned()} {checked} {onchange} />
            <span>{ label.to_owned() }</span>
        </label>
    }
}

/// One screening question; choosing a radio sends `Action::Answer`.
pub fn question_field(
    lang: Lang,
    question: Question,
    given: Option<Answer>,
    on_action: &Callback<Action>,
) -> Html {
    let id = question.id();
    let name = ["q-", id].concat();
    let options = Answer::ALL.iter().map(|&answer| {
        let onchange = on_action.reform(move |_: Event| Action::Answer(question, answer));
        let label = t(lang, answer.key());
        radio(&name, answer.id(), given == Some(answer), onchange, label)
    });
    let mut legend = Markup::default();
    legend
        .el(
            r#"span class="mne-question-number""#,
            &[&(question.index() + 1).to_string(), ". "].concat(),
        )
        .text(t(lang, question.key(QuestionText::Text)));
    let mut why = Markup::default();
    why.open(r#"p class="mne-why""#)
        .el("strong", t(lang, chrome::CHECK_WHY))
        .text(" ")
        .text(t(lang, question.key(QuestionText::Why)))
        .close("p");
    html! {
        <fieldset class="mne-question" data-question={id} key={id}>
            <legend class="mne-legend">{ legend.html() }</legend>
            { why.html() }
            <div class="mne-answers">{ for options }</div>
        </fieldset>
    }
}
