//! The guide's "learn more" part: each guide section and the decision options (including doing
//! nothing), as native disclosure widgets so the step stays short.
//! A plain view function rather than a component: it keeps the bundle small.

use yew::prelude::*;

use crate::core::guide::{DecisionOption, Section};
use crate::core::locale::{chrome, Lang, OptionText};
use crate::ui::concern_card::fact;
use crate::ui::text::t;

/// The guide sections and the options, side by side in equal detail.
pub fn guide(lang: Lang) -> Html {
    let sections = Section::ALL.iter().map(|&section| {
        html! {
            <details class="mne-more" data-guide={section.id()}>
                <summary>{ t(lang, section.title_key()) }</summary>
                { for section.paragraph_keys().map(|key| html! { <p>{ t(lang, key) }</p> }) }
            </details>
        }
    });
    let choices = DecisionOption::ALL.iter().map(|&option| {
        let text = |part| t(lang, option.key(part));
        html! {
            <details class="mne-more" data-option={option.id()}>
                <summary>{ text(OptionText::Name) }</summary>
                <dl class="mne-facts">
                    { fact(t(lang, chrome::GUIDE_BENEFITS), text(OptionText::Benefits)) }
                    { fact(t(lang, chrome::GUIDE_DOWNSIDES), text(OptionText::Downsides)) }
                    { fact(t(lang, chrome::GUIDE_DOWNTIME), text(OptionText::Downtime)) }
                </dl>
            </details>
        }
    });
    html! {
        <section class="mne-guide">
            <h3 class="mne-section-title">{ t(lang, chrome::GUIDE_TITLE) }</h3>
            <div class="mne-list">{ for sections }</div>
            <h3 class="mne-section-title">{ t(lang, chrome::GUIDE_OPTIONS) }</h3>
            <p class="mne-lead">{ t(lang, chrome::GUIDE_OPTIONS_INTRO) }</p>
            <div class="mne-list">{ for choices }</div>
        </section>
    }
}
