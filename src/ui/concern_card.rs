//! One concern's explanation: caution first (when it has one), then how it helps, what to expect,
//! an example, how sure the evidence is and the limits; beside them, in the same detail, what
//! can go wrong and how likely, the downtime and the other options (doing nothing included);
//! last, the setting that fits.
//! A plain view function rather than a component: it keeps the bundle small.

use yew::prelude::*;

use crate::core::concern::Concern;
use crate::core::locale::{chrome, CardText, ConcernText, EvidenceText, Lang};
use crate::ui::text::t;

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
    let text = |part| t(lang, concern.key(part));
    let evidence = concern.evidence();
    let fit = concern.setting_fit();
    html! {
        <article class="mne-card" data-concern={id}>
            <h3 class="mne-card-title">{ text(ConcernText::Name) }</h3>
            if let Some(caution) = concern.caution_key() {
                <p class="mne-caution" data-caution="">
                    <strong>{ t(lang, chrome::CARD_CAUTION) }</strong>{" "}{ t(lang, caution) }
                </p>
            }
            <dl class="mne-facts">
                { fact(t(lang, chrome::CARD_HOW), text(ConcernText::How)) }
                { fact(t(lang, chrome::CARD_EXPECT), text(ConcernText::Expect)) }
                { fact(t(lang, chrome::CARD_EXAMPLE), text(ConcernText::Example)) }
                <dt>{ t(lang, chrome::CARD_EVIDENCE) }</dt>
                <dd data-evidence={evidence.id()}>
                    <span class="mne-badge">{ t(lang, evidence.key(EvidenceText::Name)) }</span>
                    {" "}{ t(lang, evidence.key(EvidenceText::Detail)) }
                </dd>
                { fact(t(lang, chrome::CARD_LIMITS), text(ConcernText::Limits)) }
                <dt>{ t(lang, chrome::CARD_HARMS) }</dt>
                <dd data-harms="">
                    <p>{ t(lang, CardText::Harms.key()) }</p>
                    <p>{ text(ConcernText::Harms) }</p>
                </dd>
                <dt>{ t(lang, chrome::CARD_DOWNTIME) }</dt>
                <dd data-downtime="">
                    <p>{ t(lang, CardText::Downtime.key()) }</p>
                    if concern.at_home_suitable() {
                        <p>{ t(lang, CardText::DowntimeHome.key()) }</p>
                    }
                </dd>
                <dt>{ t(lang, chrome::CARD_OPTIONS) }</dt>
                <dd data-options="">
                    <p>{ text(ConcernText::Options) }</p>
                    <p data-option-nothing="">{ t(lang, CardText::Nothing.key()) }</p>
                </dd>
                <dt>{ t(lang, chrome::CARD_SETTING) }</dt>
                <dd data-setting-fit={fit.id()}>{ t(lang, fit.name_key()) }</dd>
            </dl>
        </article>
    }
}
