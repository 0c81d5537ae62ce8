//! The app header: the clinic's name (when set), the title, a one-line promise and the language
//! switch.
//! A plain view function rather than a component: it keeps the bundle small.

use yew::prelude::*;

use crate::core::locale::{chrome, Lang};
use crate::ui::markup::Markup;
use crate::ui::text::t;

/// The app header; the clinic's name is rendered as text.
pub fn header(lang: Lang, clinic_name: Option<&str>, switch: Html) -> Html {
    // The texts are one markup string (see [`Markup`]); the clinic's name is escaped there.
    let mut m = Markup::default();
    if let Some(name) = clinic_name {
        m.el(r#"p class="mne-clinic" data-clinic-name="""#, name);
    }
    m.el(r#"h1 class="mne-title""#, t(lang, chrome::APP_TITLE))
        .el(r#"p class="mne-tagline""#, t(lang, chrome::APP_TAGLINE));
    html! {
        <header class="mne-header">
            { m.html() }
            { switch }
        </header>
    }
}
