//! The guide's "learn more" part: each guide section and the decision options (including doing
//! nothing), as native disclosure widgets so the step stays short.
//! A plain view function rather than a component: it keeps the bundle small.

use yew::prelude::*;

use crate::core::guide::{DecisionOption, Section};
use crate::core::locale::{chrome, Lang, OptionText};
use crate::ui::concern_card::fact;
use crate::ui::markup::Markup;
use crate::ui::text::t;

/// The guide sections and the options, side by side in equal detail. Each disclosure stays a
/// Yew node (a visitor opens it, and it stays open while the texts change); what it holds is
/// one markup string (see [`Markup`]).
pub fn guide(lang: Lang) -> Html {
    let sections = Section::ALL.iter().map(|&section| {
        let mut m = Markup::default();
        m.el("summary", t(lang, section.title_key()));
        for key in section.paragraph_keys() {
            m.el("p", t(lang, key));
        }
        html! { <details class="mne-more" data-guide={section.id()}>{ m.html() }</details> }
    });
    let choices = DecisionOption::ALL.iter().map(|&option| {
        let text = |part| t(lang, option.key(part));
        let mut m = Markup::default();
        m.el("summary", text(OptionText::Name))
            .open(r#"dl class="mne-facts""#);
        for (term, part) in [
            (chrome::GUIDE_BENEFITS, OptionText::Benefits),
            (chrome::GUIDE_DOWNSIDES, OptionText::Downsides),
            (chrome::GUIDE_DOWNTIME, OptionText::Downtime),
        ] {
            fact(&mut m, t(lang, term), text(part));
        }
        m.close("dl");
        html! { <details class="mne-more" data-option={option.id()}>{ m.html() }</details> }
    });
    let mut head = Markup::default();
    head.el(
        r#"h3 class="mne-section-title""#,
        t(lang, chrome::GUIDE_TITLE),
    );
    let mut options = Markup::default();
    options
        .el(
            r#"h3 class="mne-section-title""#,
            t(lang, chrome::GUIDE_OPTIONS),
        )
        .el(
            r#"p class="mne-lead""#,
            t(lang, chrome::GUIDE_OPTIONS_INTRO),
        );
    html! {
        <section class="mne-guide">
            { head.html() }
            <div class="mne-list">{ for sections }</div>
            { options.html() }
            <div class="mne-list">{ for choices }</div>
        </section>
    }
}
