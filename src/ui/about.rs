//! The About step: what this is (education, not medical advice), privacy, sources, content date,
//! review policy and the clinic's own disclosure.

use yew::prelude::*;

use crate::core::date::Date;
use crate::core::guide::{sources, CONTENT_DATE};
use crate::core::locale::Lang;
use crate::ui::config::Sections;
use crate::ui::state::{Action, Step};
use crate::ui::step_actions::{step_actions, Move};
use crate::ui::text::{date, t, tf};

/// What the step shows and where its actions go.
#[derive(Clone, Debug, PartialEq)]
pub struct AboutProps {
    /// The visitor's language.
    pub lang: Lang,
    /// Put on the step heading so focus can move to it.
    pub heading: NodeRef,
    /// The clinic's disclosure, rendered as text.
    pub disclosure: Option<String>,
    /// The clinic's name, if any.
    pub clinic_name: Option<String>,
    /// The steps the clinic shows; moves to hidden steps are left out.
    pub sections: Sections,
    /// Receives the visitor's actions.
    pub on_action: Callback<Action>,
}

/// The About step.
pub fn about(props: &AboutProps) -> Html {
    let lang = props.lang;
    let content_date = Date::parse_iso(CONTENT_DATE)
        .map(|d| date(lang, d))
        .unwrap_or_else(|| CONTENT_DATE.to_owned());
    let disclosure_title = match &props.clinic_name {
        Some(clinic) => tf(lang, "ui.about.disclosure-from", &[("clinic", clinic)]),
        None => t(lang, "ui.about.disclosure").to_owned(),
    };
    html! {
        <div class="mne-step" data-step="about">
            <h2 class="mne-step-title" tabindex="-1" ref={props.heading.clone()}>
                { t(lang, "ui.about.title") }
            </h2>
            <p class="mne-notice" data-not-advice="">{ t(lang, "guide.not-advice") }</p>
            <p>{ t(lang, "guide.quiz-checks") }</p>
            <p>{ t(lang, "ui.about.privacy") }</p>
            <p>{ t(lang, "guide.disclosure") }</p>
            if let Some(text) = &props.disclosure {
                <section class="mne-disclosure" data-disclosure="">
                    <h3 class="mne-section-title">{ disclosure_title }</h3>
                    <p>{ text.clone() }</p>
                </section>
            }
            <section>
                <h3 class="mne-section-title">{ t(lang, "ui.about.sources") }</h3>
                <ul class="mne-bullets" data-sources="">
                    { for sources().iter().map(|source| html! { <li>{ t(lang, source.key) }</li> }) }
                </ul>
            </section>
            <section>
                <h3 class="mne-section-title">{ t(lang, "ui.about.review") }</h3>
                <p data-content-date={CONTENT_DATE}>
                    { tf(lang, "ui.about.content-date", &[("date", &content_date)]) }
                </p>
                <p>{ t(lang, "guide.review-policy") }</p>
            </section>
            { step_actions(lang, props.sections,
                props.sections.before(Step::About).map(|step| Move { action: Action::Go(step), label: "ui.nav.back" }),
                Some(Move { action: Action::Go(props.sections.first()), label: "ui.about.restart" }),
                &props.on_action) }
        </div>
    }
}
