//! The shapes of the app's plain controls: [`button`] for every button with a click handler
//! (print, calendar, send, forget, Back and Next) and [`checkbox`] for the ticks with their
//! words (booking consent, the checklist, remembering). Each `html!` control was its own copy of
//! the node's construction; these share one, and the caller gives only what differs: the
//! attributes (a static list, as `html!` writes them), the words and the handler. The same
//! way, [`with_attributes`] gives an element a class picked at run time, and [`step_title`] is
//! every step's heading.

use std::rc::Rc;

use yew::prelude::*;
use yew::virtual_dom::{AttributeOrProperty, Attributes};

/// `node` (an element just made) with `attributes` instead of its own: one `html!` element
/// whose class differs by state (see `concern_picker`) without a copy of it per class, and
/// without `class={...}`, which brings in Yew's `Classes`.
pub fn with_attributes(mut node: Html, attributes: Attributes) -> Html {
    if let Html::VTag(tag) = &mut node {
        if let Some(tag) = Rc::get_mut(tag) {
            tag.set_attributes(attributes);
        }
    }
    node
}

/// `node` (an element just made, with no attributes of its own) with the one attribute `class`,
/// picked at run time: an element whose class differs by state (a chosen concern, a done
/// checklist item) is written once, not once per class, and without `class={...}`, which would
/// bring in Yew's `Classes` (an ordered set of names, about 1 KB gzip).
pub fn with_class(node: Html, class: &'static str) -> Html {
    with_attributes(
        node,
        Attributes::Dynamic {
            keys: &["class"],
            values: Box::new([Some(AttributeOrProperty::Attribute(class.into()))]),
        },
    )
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
    with_attributes(
        html! { <button {onclick}>{ label }</button> },
        Attributes::Static(attrs),
    )
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

/// A checkbox and its words in a label: `label` the label's attributes, `input` the box's
/// (its `type="checkbox"` among them), `text` the words beside it.
pub fn checkbox(
    label: &'static [(&'static str, AttributeOrProperty)],
    input: Attributes,
    checked: bool,
    onchange: Callback<Event>,
    text: Html,
) -> Html {
    let input = with_attributes(html! { <input {checked} {onchange} /> }, input);
    with_attributes(
        html! { <label>{ input }{ text }</label> },
        Attributes::Static(label),
    )
}

/// The attributes of a checkbox with the `data-*` attribute `data` (value empty).
macro_rules! tick {
    ($data:literal) => {
        ::yew::virtual_dom::Attributes::Static(&[
            (
                "type",
                ::yew::virtual_dom::AttributeOrProperty::Static("checkbox"),
            ),
            ($data, ::yew::virtual_dom::AttributeOrProperty::Static("")),
        ])
    };
}
pub(crate) use tick;

/// A label's attributes: `class="mne-choice"`.
pub const CHOICE: &[(&str, AttributeOrProperty)] =
    &[("class", AttributeOrProperty::Static("mne-choice"))];

/// A step's heading, which focus moves to (`heading`) when the visitor changes step.
pub fn step_title(heading: &NodeRef, title: &str) -> Html {
    html! {
        <h2 class="mne-step-title" tabindex="-1" ref={heading.clone()}>{ title }</h2>
    }
}
