//! The About step: what this is (education, not medical advice), privacy, sources, content date,
//! review policy and the clinic's own disclosure.

use yew::prelude::*;

use crate::core::date::Date;
use crate::core::guide::{AboutNote, Source, CONTENT_DATE};
use crate::core::locale::{chrome, Lang};
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

/// One source: its citation and year, what it is in plain words, and a link where public.
fn source_item(lang: Lang, source: Source) -> Html {
    let year = match source.year() {
        Some(year) => year.to_string(),
        None => t(lang, chrome::ABOUT_NO_YEAR).to_owned(),
    };
    html! {
        <li data-source={source.id()}>
            <p>
                <cite>{ t(lang, source.cite_key()) }</cite>
                {" "}<span data-source-year="">{ tf(lang, chrome::ABOUT_YEAR, &[("year", &year)]) }</span>
            </p>
            <p>{ t(lang, source.what_key()) }</p>
            if let Some(url) = source.url() {
                <p>
                    <a href={url} rel="noopener noreferrer" target="_blank" data-source-link="">
                        { t(lang, chrome::ABOUT_SOURCE_LINK) }
                        <span class="mne-sr">{ " " }{ t(lang, chrome::NEW_TAB) }</span>
                    </a>
                </p>
            }
        </li>
    }
}

/// The About step.
pub fn about(props: &AboutProps) -> Html {
    let lang = props.lang;
    let content_date = Date::parse_iso(CONTENT_DATE)
        .map(|d| date(lang, d))
        .unwrap_or_else(|| CONTENT_DATE.to_owned());
    let disclosure_title = match &props.clinic_name {
        Some(clinic) => tf(lang, chrome::ABOUT_DISCLOSURE_FROM, &[("clinic", clinic)]),
        None => t(lang, chrome::ABOUT_DISCLOSURE).to_owned(),
    };
    html! {
        <div class="mne-step" data-step="about">
            <h2 class="mne-step-title" tabindex="-1" ref={props.heading.clone()}>
                { t(lang, chrome::ABOUT_TITLE) }
            </h2>
            <p class="mne-notice" data-not-advice="">{ t(lang, AboutNote::NotAdvice.key()) }</p>
            <p>{ t(lang, AboutNote::QuizChecks.key()) }</p>
            <p>{ t(lang, chrome::ABOUT_PRIVACY) }</p>
            <p>{ t(lang, AboutNote::Disclosure.key()) }</p>
            if let Some(text) = &props.disclosure {
                <section class="mne-disclosure" data-disclosure="">
                    <h3 class="mne-section-title">{ disclosure_title }</h3>
                    <p>{ text.clone() }</p>
                </section>
            }
            <section>
                <h3 class="mne-section-title">{ t(lang, chrome::ABOUT_SOURCES) }</h3>
                <ul class="mne-list mne-sources" data-sources="">
                    { for Source::ALL.into_iter().map(|source| source_item(lang, source)) }
                </ul>
            </section>
            <section>
                <h3 class="mne-section-title">{ t(lang, chrome::ABOUT_REVIEW) }</h3>
                <p data-content-date={CONTENT_DATE}>
                    { tf(lang, chrome::ABOUT_CONTENT_DATE, &[("date", &content_date)]) }
                </p>
                <p>{ t(lang, AboutNote::ReviewPolicy.key()) }</p>
                <p data-translation="">{ t(lang, chrome::ABOUT_TRANSLATION) }</p>
            </section>
            { step_actions(lang, props.sections,
                props.sections.before(Step::About).map(|step| Move { action: Action::Go(step), label: chrome::NAV_BACK }),
                Some(Move { action: Action::Go(props.sections.first()), label: chrome::ABOUT_RESTART }),
                &props.on_action) }
        </div>
    }
}
