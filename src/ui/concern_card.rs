//! One concern's explanation: caution first (when it has one), then how it helps, what to expect,
//! an example, how sure the evidence is, limits and the setting that fits.
//! A plain view function rather than a component: it keeps the bundle small.

use yew::prelude::*;

use crate::core::concern::Concern;
use crate::core::locale::{has_key, Lang};
use crate::ui::text::{t, tk};

/// One term and its explanation, for a `<dl>`.
pub fn fact(term: &'static str, detail: &'static str) -> Html {
    html! {
        <>
            <dt>{ term }</dt>
            <dd>{ detail }</dd>
        </>
    }
}

/// One concern's explanation card.
pub fn concern_card(lang: Lang, concern: Concern) -> Html {
    let id = concern.id();
    let text = |part: &str| tk(lang, "concern.", id, part);
    let caution = format!("concern.{id}.caution");
    let evidence = concern.evidence().id();
    let fit = concern.setting_fit().id();
    html! {
        <article class="mne-card" data-concern={id}>
            <h3 class="mne-card-title">{ text(".name") }</h3>
            if has_key(lang, &caution) {
                <p class="mne-caution" data-caution="">
                    <strong>{ t(lang, "ui.card.caution") }</strong>{" "}{ t(lang, &caution) }
                </p>
            }
            <dl class="mne-facts">
                { fact(t(lang, "ui.card.how"), text(".how")) }
                { fact(t(lang, "ui.card.expect"), text(".expect")) }
                { fact(t(lang, "ui.card.example"), text(".example")) }
                <dt>{ t(lang, "ui.card.evidence") }</dt>
                <dd data-evidence={evidence}>
                    <span class="mne-badge">{ tk(lang, "evidence.", evidence, ".name") }</span>
                    {" "}{ tk(lang, "evidence.", evidence, ".detail") }
                </dd>
                { fact(t(lang, "ui.card.limits"), text(".limits")) }
                <dt>{ t(lang, "ui.card.setting") }</dt>
                <dd data-setting-fit={fit}>{ tk(lang, "setting-fit.", fit, ".name") }</dd>
            </dl>
        </article>
    }
}
