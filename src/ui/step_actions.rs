//! The Back / Next buttons at the foot of a step (`data-nav="back"` / `data-nav="next"`), and
//! [`button`], the one shape of every plain button with a click handler (print, calendar, send,
//! forget, Back and Next). Plain view functions rather than components: they keep the bundle
//! small.

use std::rc::Rc;

use yew::prelude::*;
use yew::virtual_dom::{AttributeOrProperty, Attributes};

use crate::core::locale::{Chrome, Lang};
use crate::ui::config::Sections;
use crate::ui::state::{Action, Step};
use crate::ui::text::t;

/// One button: the step it goes to and the locale key of its label.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Move {
    /// The step pressing the button shows.
    pub to: Step,
    /// The button label.
    pub label: Chrome,
}

/// What a button that goes to `step` does when pressed (the stepper's buttons too): one
/// callback type for all of them.
pub fn go(on_action: &Callback<Action>, step: Step) -> Callback<MouseEvent> {
    on_action.reform(move |_: MouseEvent| Action::Go(step))
}

/// A button with fixed attributes (`attrs`: its type, class and `data-*` name, as `html!`
/// would write them), the words `label` and one click handler. The app's buttons differ only
/// in those, so they share this one call: each `html!` button was its own copy of the node's
/// construction.
pub fn button(
    attrs: &'static [(&'static str, AttributeOrProperty)],
    label: &str,
    onclick: Callback<MouseEvent>,
) -> Html {
    let mut button = html! { <button {onclick}>{ label }</button> };
    if let Html::VTag(tag) = &mut button {
        if let Some(tag) = Rc::get_mut(tag) {
            tag.set_attributes(Attributes::Static(attrs));
        }
    }
    button
}

/// The attributes of a secondary button with the `data-*` attribute `data` (value empty).
macro_rules! secondary {
    ($data:literal) => {
        secondary!($data, "")
    };
    ($data:literal, $value:literal) => {
        &[
            (
                "type",
                ::yew::virtual_dom::AttributeOrProperty::Static("button"),
            ),
            (
                "class",
                ::yew::virtual_dom::AttributeOrProperty::Static("mne-button mne-button-secondary"),
            ),
            (
                $data,
                ::yew::virtual_dom::AttributeOrProperty::Static($value),
            ),
        ]
    };
}
pub(crate) use secondary;

fn nav_button(lang: Lang, step: Move, back: bool, on_action: &Callback<Action>) -> Html {
    let onclick = go(on_action, step.to);
    let label = t(lang, step.label);
    if back {
        button(secondary!("data-nav", "back"), label, onclick)
    } else {
        button(
            &[
                ("type", AttributeOrProperty::Static("button")),
                (
                    "class",
                    AttributeOrProperty::Static("mne-button mne-button-primary"),
                ),
                ("data-nav", AttributeOrProperty::Static("next")),
            ],
            label,
            onclick,
        )
    }
}

/// The Back (if any) and Next (if any) buttons, in that order; a move to a step the clinic
/// hides is left out.
pub fn step_actions(
    lang: Lang,
    sections: Sections,
    back: Option<Move>,
    next: Option<Move>,
    on_action: &Callback<Action>,
) -> Html {
    let shown = |m: &Move| sections.shows(m.to);
    let back = back.filter(shown);
    let next = next.filter(shown);
    html! {
        <div class="mne-actions">
            { for back.map(|m| nav_button(lang, m, true, on_action)) }
            { for next.map(|m| nav_button(lang, m, false, on_action)) }
        </div>
    }
}
