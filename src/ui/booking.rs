//! The booking call-to-action. When the clinic's link has a `{concerns}` placeholder, a
//! checkbox beside it asks first and says exactly what would be sent; unticked, nothing is.
//! Screening answers are never sent.

use yew::prelude::*;
use yew::virtual_dom::AttributeOrProperty;

use crate::core::booking::BookingLink;
use crate::core::concern::Concern;
use crate::core::locale::{chrome, ConcernText, Lang};
use crate::ui::control::{checkbox, tick};
use crate::ui::markup::{choice_text, Markup};
use crate::ui::state::Action;
use crate::ui::text::{list, t, tf};

/// The booking button (for a consultation to talk things over when `talk_first`), with the
/// consent checkbox when the clinic asks for the concerns and the visitor chose some.
pub fn booking(
    lang: Lang,
    link: &BookingLink,
    clinic_name: Option<&str>,
    concerns: &[Concern],
    consent: bool,
    talk_first: bool,
    on_action: &Callback<Action>,
) -> Html {
    let (with_clinic, plain) = if talk_first {
        (chrome::PLAN_BOOK_TALK_WITH, chrome::PLAN_BOOK_TALK)
    } else {
        (chrome::PLAN_BOOK_WITH, chrome::PLAN_BOOK)
    };
    let label = match clinic_name {
        Some(clinic) => tf(lang, with_clinic, &[("clinic", clinic)]),
        None => t(lang, plain).to_owned(),
    };
    let ask = link.asks_for_concerns() && !concerns.is_empty();
    let consent_box = ask.then(|| {
        let names: Vec<&str> = concerns
            .iter()
            .map(|c| t(lang, c.key(ConcernText::Name)))
            .collect();
        let hint = match clinic_name {
            Some(clinic) => tf(
                lang,
                chrome::BOOKING_SENDS_TO,
                &[("clinic", clinic), ("concerns", &list(lang, &names))],
            ),
            None => tf(
                lang,
                chrome::BOOKING_SENDS,
                &[("concerns", &list(lang, &names))],
            ),
        };
        let onchange = on_action.reform(move |_: Event| Action::ConsentToBooking(!consent));
        checkbox(
            &[(
                "class",
                AttributeOrProperty::Static("mne-choice mne-consent"),
            )],
            tick!("data-booking-consent"),
            consent,
            onchange,
            choice_text(t(lang, chrome::BOOKING_CONSENT), &hint),
        )
    });
    let href = link.href((ask && consent).then_some(concerns));
    // The link is text only: one markup string (see [`Markup`]).
    let mut m = Markup::default();
    m.open(r#"p class="mne-cta-row""#)
        .open_with(
            r#"a class="mne-button mne-button-primary mne-cta""#,
            &[
                ("href", &href),
                ("rel", "noopener"),
                ("target", "_blank"),
                ("data-booking", ""),
            ],
        )
        .new_tab_end(&label, t(lang, chrome::NEW_TAB))
        .close("p");
    html! {
        <div class="mne-booking">
            { for consent_box }
            { m.html() }
        </div>
    }
}
