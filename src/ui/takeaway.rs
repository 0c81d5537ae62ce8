//! Taking the plan away: files made in the browser and handed to the visitor as a download
//! (a Blob behind an object URL), so nothing about the visitor is sent anywhere.

use std::cell::RefCell;

use gloo::file::{Blob, ObjectUrl};
use wasm_bindgen::JsCast;
use web_sys::HtmlAnchorElement;
use yew::prelude::*;

use crate::core::date::schedule;
use crate::core::date::Date;
use crate::core::ics::{calendar, Stamp};
use crate::core::locale::Lang;
use crate::core::plan::Plan;
use crate::ui::text::t;

thread_local! {
    /// The latest download's object URL: kept alive until the next download (revoking it at
    /// once could cancel the download in some browsers), then revoked when replaced.
    static LAST_DOWNLOAD: RefCell<Option<ObjectUrl>> = const { RefCell::new(None) };
}

/// Offers `content` as a file named `name` through a temporary link to an object URL.
fn download(name: &str, mime: &str, content: &str) {
    let url = ObjectUrl::from(Blob::new_with_options(content, Some(mime)));
    let link = gloo::utils::document()
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<HtmlAnchorElement>().ok());
    if let Some(link) = link {
        link.set_href(&url);
        link.set_download(name);
        link.click();
    }
    LAST_DOWNLOAD.with(|last| *last.borrow_mut() = Some(url));
}

/// The "Add to my calendar" button: downloads the dated plan as an `.ics` file.
pub fn calendar_button(
    lang: Lang,
    plan: &Plan,
    first_session: Date,
    clinic_name: Option<&str>,
) -> Html {
    let plan = plan.clone();
    let clinic = clinic_name.map(str::to_owned);
    let onclick = Callback::from(move |_: MouseEvent| {
        let stamp = Stamp::from_unix_millis(js_sys::Date::now());
        let file = calendar(
            lang,
            &plan,
            &schedule(&plan, first_session),
            clinic.as_deref(),
            stamp,
        );
        download("microneedling-plan.ics", "text/calendar", &file);
    });
    html! {
        <div class="mne-takeaway">
            <p class="mne-choice-hint">{ t(lang, "ui.plan.calendar-hint") }</p>
            <button type="button" class="mne-button mne-button-secondary" data-calendar="" {onclick}>
                { t(lang, "ui.plan.calendar") }
            </button>
        </div>
    }
}
