//! The Back / Next buttons at the foot of a step (`data-nav="back"` / `data-nav="next"`).
//! A plain view function rather than a component: it keeps the bundle small.

use yew::prelude::*;
use yew::virtual_dom::AttributeOrProperty;

use crate::core::locale::{Chrome, Lang};
use crate::ui::config::Sections;
use crate::ui::control::{button, secondary};
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
