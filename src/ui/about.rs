//! The About step: what this is (education, not medical advice), privacy, sources, content date,
//! review policy and the clinic's own disclosure.

use yew::prelude::*;

use crate::core::date::Date;
use crate::core::guide::{AboutNote, Source, CONTENT_DATE};
use crate::core::locale::{chrome, Lang};
use crate::ui::config::Sections;
use crate::ui::control::step_title;
use crate::ui::markup::Markup;
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
    /// Whether the app owns its page: only then does About point clinics to the embed builder
    /// (`builder.html` beside the page; on a clinic's page the link would lead nowhere).
    pub standalone: bool,
    /// Receives the visitor's actions.
    pub on_action: Callback<Action>,
}

/// One source: its citation and year, what it is in plain words, and a link where public.
fn source_item(m: &mut Markup, lang: Lang, source: Source) {
    let year = match source.year() {
        Some(year) => year.to_string(),
        None => t(lang, chrome::ABOUT_NO_YEAR).to_owned(),
    };
    m.open_with("li", &[("data-source", source.id())])
        .open("p")
        .el("cite", t(lang, source.cite_key()))
        .text(" ")
        .el(
            r#"span data-source-year="""#,
            &tf(lang, chrome::ABOUT_YEAR, &[("year", &year)]),
        )
        .close("p")
        .el("p", t(lang, source.what_key()));
    if let Some(url) = source.url() {
        m.open("p").open_with(
            r#"a rel="noopener noreferrer" target="_blank" data-source-link="""#,
            &[("href", url)],
        );
        m.new_tab_end(t(lang, chrome::ABOUT_SOURCE_LINK), t(lang, chrome::NEW_TAB))
            .close("p");
    }
    m.close("li");
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
    // Everything between the heading (focus moves to it) and the buttons is text and links:
    // one markup string (see [`Markup`]).
    let mut m = Markup::default();
    m.el(
        r#"p class="mne-notice" data-not-advice="""#,
        t(lang, AboutNote::NotAdvice.key()),
    )
    .el("p", t(lang, AboutNote::QuizChecks.key()))
    .el("p", t(lang, chrome::ABOUT_PRIVACY))
    .el("p", t(lang, AboutNote::Disclosure.key()));
    if let Some(text) = &props.disclosure {
        m.open(r#"section class="mne-disclosure" data-disclosure="""#)
            .el(r#"h3 class="mne-section-title""#, &disclosure_title)
            .el("p", text)
            .close("section");
    }
    m.open("section")
        .el(
            r#"h3 class="mne-section-title""#,
            t(lang, chrome::ABOUT_SOURCES),
        )
        .open(r#"ul class="mne-list mne-sources" data-sources="""#);
    for source in Source::ALL {
        source_item(&mut m, lang, source);
    }
    m.close("ul")
        .close("section")
        .open("section")
        .el(
            r#"h3 class="mne-section-title""#,
            t(lang, chrome::ABOUT_REVIEW),
        )
        .open_with("p", &[("data-content-date", CONTENT_DATE)])
        .text(&tf(
            lang,
            chrome::ABOUT_CONTENT_DATE,
            &[("date", &content_date)],
        ))
        .close("p")
        .el("p", t(lang, AboutNote::ReviewPolicy.key()))
        .el(
            r#"p data-translation="""#,
            t(lang, chrome::ABOUT_TRANSLATION),
        )
        .close("section");
    if props.standalone {
        m.open(r#"p data-builder-link="""#)
            .text(t(lang, chrome::ABOUT_BUILDER))
            .text(" ")
            .el(
                r#"a href="builder.html""#,
                t(lang, chrome::ABOUT_BUILDER_LINK),
            )
            .close("p");
    }
    html! {
        <div class="mne-step" data-step="about">
            { step_title(&props.heading, t(lang, chrome::ABOUT_TITLE)) }
            { m.html() }
            { step_actions(lang, props.sections,
                props.sections.before(Step::About).map(|step| Move { to: step, label: chrome::NAV_BACK }),
                Some(Move { to: props.sections.first(), label: chrome::ABOUT_RESTART }),
                &props.on_action) }
        </div>
    }
}
