//! The guide's "learn more" part: each guide section and the decision options (including doing
//! nothing), as native disclosure widgets so the step stays short.
//! A plain view function rather than a component: it keeps the bundle small.

use yew::prelude::*;

use crate::core::guide::{options, sections};
use crate::core::locale::Lang;
use crate::ui::concern_card::fact;
use crate::ui::text::{t, tk};

/// The guide section shown on the About step rather than here.
const ABOUT_SECTION: &str = "about";

/// The guide sections and the options, side by side in equal detail.
pub fn guide(lang: Lang) -> Html {
    let sections = sections()
        .iter()
        .filter(|section| section.id != ABOUT_SECTION)
        .map(|section| {
            html! {
                <details class="mne-more" data-guide={section.id}>
                    <summary>{ tk(lang, "guide.", section.id, ".title") }</summary>
                    { for section.items.iter().map(|key| html! { <p>{ t(lang, key) }</p> }) }
                </details>
            }
        });
    let choices = options().iter().map(|option| {
        let text = |part: &str| tk(lang, "guide.option.", option.id, part);
        html! {
            <details class="mne-more" data-option={option.id}>
                <summary>{ text(".name") }</summary>
                <dl class="mne-facts">
                    { fact(t(lang, "ui.guide.benefits"), text(".benefits")) }
                    { fact(t(lang, "ui.guide.downsides"), text(".downsides")) }
                    { fact(t(lang, "ui.guide.downtime"), text(".downtime")) }
                </dl>
            </details>
        }
    });
    html! {
        <section class="mne-guide">
            <h3 class="mne-section-title">{ t(lang, "ui.guide.title") }</h3>
            <div class="mne-list">{ for sections }</div>
            <h3 class="mne-section-title">{ t(lang, "ui.guide.options") }</h3>
            <p class="mne-lead">{ t(lang, "ui.guide.options-intro") }</p>
            <div class="mne-list">{ for choices }</div>
        </section>
    }
}
