//! The concern picker: one checkbox per concern the clinic treats; a chosen concern opens its explanation card.
//! A plain view function rather than a component: it keeps the bundle small.

use yew::prelude::*;

use crate::core::concern::Concern;
use crate::core::locale::{chrome, ConcernText, Lang};
use crate::ui::concern_card::concern_card;
use crate::ui::config::Concerns;
use crate::ui::control::with_class;
use crate::ui::loading::loading;
use crate::ui::markup::{choice_text, Markup};
use crate::ui::state::Action;
use crate::ui::text::t;

/// The concern picker, offering the concerns the clinic treats; ticking or clearing a box sends
/// `Action::SetConcern`. Until the cards' texts are in (`cards_ready`), a chosen concern shows
/// a "Loading" line where its card goes.
pub fn concern_picker(
    lang: Lang,
    offered: Concerns,
    chosen: &[Concern],
    cards_ready: bool,
    on_action: &Callback<Action>,
) -> Html {
    let items = offered.iter().map(|concern| {
        let is_chosen = chosen.contains(&concern);
        let onchange = on_action.reform(move |_: Event| Action::SetConcern(concern, !is_chosen));
        let id = concern.id();
        let inside = html! {
            <>
                <label class="mne-choice">
                    <input type="checkbox" name="concern" value={id} checked={is_chosen} {onchange} />
                    { choice_text(t(lang, concern.key(ConcernText::Name)), t(lang, concern.key(ConcernText::Summary))) }
                </label>
                if is_chosen && cards_ready {
                    { concern_card(lang, concern) }
                } else if is_chosen {
                    { loading(lang, chrome::LOADING_CARD) }
                }
            </>
        };
        let class = if is_chosen {
            "mne-concern is-chosen"
        } else {
            "mne-concern"
        };
        with_class(html! { <li key={id}>{ inside }</li> }, class)
    });
    let mut legend = Markup::default();
    legend.el(
        r#"legend class="mne-legend""#,
        t(lang, chrome::EXPLORE_LEGEND),
    );
    html! {
        <fieldset class="mne-concerns" data-concerns="">
            { legend.html() }
            <ul class="mne-list">{ for items }</ul>
        </fieldset>
    }
}
