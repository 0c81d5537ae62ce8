//! One concern's explanation: caution first (when it has one), then how it helps, what to expect,
//! an example, how sure the evidence is and the limits; beside them, in the same detail, what
//! can go wrong and how likely, the downtime and the other options (doing nothing included);
//! last, the setting that fits.
//! A plain view function rather than a component: it keeps the bundle small.

use yew::Html;

use crate::core::concern::Concern;
use crate::core::locale::{chrome, CardText, ConcernText, EvidenceText, Lang};
use crate::ui::markup::Markup;
use crate::ui::text::t;

/// One term and its explanation, for a `<dl>`.
pub fn fact(m: &mut Markup, term: &str, detail: &str) {
    m.el("dt", term).el("dd", detail);
}

/// One concern's explanation card: text only, so one markup string (see [`Markup`]).
pub fn concern_card(lang: Lang, concern: Concern) -> Html {
    let text = |part| t(lang, concern.key(part));
    let evidence = concern.evidence();
    let fit = concern.setting_fit();
    let mut m = Markup::default();
    m.open_with(
        r#"article class="mne-card""#,
        &[("data-concern", concern.id())],
    )
    .el(r#"h3 class="mne-card-title""#, text(ConcernText::Name));
    if let Some(caution) = concern.caution_key() {
        m.open(r#"p class="mne-caution" data-caution="""#)
            .el("strong", t(lang, chrome::CARD_CAUTION))
            .text(" ")
            .text(t(lang, caution))
            .close("p");
    }
    m.open(r#"dl class="mne-facts""#);
    for (term, part) in [
        (chrome::CARD_HOW, ConcernText::How),
        (chrome::CARD_EXPECT, ConcernText::Expect),
        (chrome::CARD_EXAMPLE, ConcernText::Example),
    ] {
        fact(&mut m, t(lang, term), text(part));
    }
    m.el("dt", t(lang, chrome::CARD_EVIDENCE))
        .open_with("dd", &[("data-evidence", evidence.id())])
        .el(
            r#"span class="mne-badge""#,
            t(lang, evidence.key(EvidenceText::Name)),
        )
        .text(" ")
        .text(t(lang, evidence.key(EvidenceText::Detail)))
        .close("dd");
    fact(
        &mut m,
        t(lang, chrome::CARD_LIMITS),
        text(ConcernText::Limits),
    );
    m.el("dt", t(lang, chrome::CARD_HARMS))
        .open(r#"dd data-harms="""#)
        .el("p", t(lang, CardText::Harms.key()))
        .el("p", text(ConcernText::Harms))
        .close("dd")
        .el("dt", t(lang, chrome::CARD_DOWNTIME))
        .open(r#"dd data-downtime="""#)
        .el("p", t(lang, CardText::Downtime.key()));
    if concern.at_home_suitable() {
        m.el("p", t(lang, CardText::DowntimeHome.key()));
    }
    m.close("dd")
        .el("dt", t(lang, chrome::CARD_OPTIONS))
        .open(r#"dd data-options="""#)
        .el("p", text(ConcernText::Options))
        .el(
            r#"p data-option-nothing="""#,
            t(lang, CardText::Nothing.key()),
        )
        .close("dd")
        .el("dt", t(lang, chrome::CARD_SETTING))
        .open_with("dd", &[("data-setting-fit", fit.id())])
        .text(t(lang, fit.name_key()))
        .close("dd")
        .close("dl")
        .close("article");
    m.html()
}
