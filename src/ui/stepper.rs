//! The step navigation: one button per step, the current one marked with `aria-current="step"`.
//! A plain view function rather than a component: it keeps the bundle small.

use yew::prelude::*;
use yew::virtual_dom::{AttributeOrProperty, Attributes};

use crate::core::locale::{chrome, Lang};
use crate::ui::config::Sections;
use crate::ui::control::with_attributes;
use crate::ui::markup::Markup;
use crate::ui::state::{Action, Step};
use crate::ui::step_actions::go;
use crate::ui::text::t;

/// The navigation over the shown steps; choosing a step sends `Action::Go`.
pub fn stepper(
    lang: Lang,
    current: Step,
    sections: Sections,
    on_action: &Callback<Action>,
) -> Html {
    let items = sections.steps().enumerate().map(|(i, step)| {
        let onclick = go(on_action, step);
        let is_current = step == current;
        let mut label = Markup::default();
        label
            .el(
                r#"span class="mne-stepper-number" aria-hidden="true""#,
                &(i + 1).to_string(),
            )
            .el(
                r#"span class="mne-stepper-label""#,
                t(lang, step.label_key()),
            );
        // A class picked here: see `concern_picker`.
        let (class, current) = if is_current {
            ("mne-stepper-button is-current", Some("step"))
        } else {
            ("mne-stepper-button", None)
        };
        let attribute = |value: &'static str| AttributeOrProperty::Attribute(value.into());
        let button = with_attributes(
            html! { <button {onclick}>{ label.html() }</button> },
            Attributes::Dynamic {
                keys: &["type", "class", "data-go", "aria-current"],
                values: Box::new([
                    Some(attribute("button")),
                    Some(attribute(class)),
                    Some(attribute(step.id())),
                    current.map(attribute),
                ]),
            },
        );
        html! { <li>{ button }</li> }
    });
    html! {
        <nav class="mne-stepper" aria-label={t(lang, chrome::NAV_LABEL)}>
            <ol>{ for items }</ol>
        </nav>
    }
}
