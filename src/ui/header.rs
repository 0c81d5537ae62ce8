//! The app header: the clinic's name (when set), the title, a one-line promise and the language
//! switch.
//! A plain view function rather than a component: it keeps the bundle small.

use yew::prelude::*;

use crate::core::locale::{chrome, Lang};
use crate::ui::text::t;

/// The app header; the clinic's name is rendered as text.
pub fn header(lang: Lang, clinic_name: Option<&str>, switch: Html) -> Html {
    html! {
        <header class="mne-header">
            if let Some(name) = clinic_name {
                <p class="mne-clinic" data-clinic-name="">{ name.to_owned() }</p>
            }
            <h1 class="mne-title">{ t(lang, chrome::APP_TITLE) }</h1>
            <p class="mne-tagline">{ t(lang, chrome::APP_TAGLINE) }</p>
            { switch }
        </header>
    }
}
