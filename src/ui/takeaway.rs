//! Taking the plan away: the printed consultation sheet, and files made in the browser and
//! handed to the visitor as a download (a Blob behind an object URL). Nothing about the visitor
//! is sent anywhere.

use std::cell::RefCell;

use gloo::file::{Blob, ObjectUrl};
use wasm_bindgen::JsCast;
use web_sys::HtmlAnchorElement;
use yew::prelude::*;

use crate::core::ask;
use crate::core::concern::Concern;
use crate::core::date::{schedule, Date};
use crate::core::guide::CONTENT_DATE;
use crate::core::ics::{calendar, Stamp};
use crate::core::locale::Lang;
use crate::core::plan::Plan;
use crate::core::screening::Screening;
use crate::ui::result::reason_item;
use crate::ui::text::{date, t, tf, tk};

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

/// The "Take it with you" section: print (always) and the calendar file (once dated).
pub fn takeaway(
    lang: Lang,
    plan: &Plan,
    first_session: Option<Date>,
    clinic_name: Option<&str>,
) -> Html {
    let print = Callback::from(|_: MouseEvent| {
        let _ = gloo::utils::window().print();
    });
    html! {
        <section class="mne-takeaway" data-takeaway="">
            <h3 class="mne-section-title">{ t(lang, "ui.plan.takeaway") }</h3>
            <p class="mne-choice-hint">{ t(lang, "ui.plan.print-hint") }</p>
            <button type="button" class="mne-button mne-button-secondary" data-print=""
                onclick={print}>
                { t(lang, "ui.plan.print") }
            </button>
            { for first_session.map(|first| calendar_button(lang, plan, first, clinic_name)) }
        </section>
    }
}

/// What the printed page adds before the plan: the concerns, the result with every reason and
/// what to do, the questions to ask, the clinic and the content date. Shown only in print.
pub fn consultation_sheet(
    lang: Lang,
    concerns: &[Concern],
    screening: &Screening,
    plan: &Plan,
    clinic_name: Option<&str>,
) -> Html {
    let title = match clinic_name {
        Some(clinic) => tf(lang, "ui.print.title-clinic", &[("clinic", clinic)]),
        None => t(lang, "ui.print.title").to_owned(),
    };
    let content_date =
        Date::parse_iso(CONTENT_DATE).map_or_else(|| CONTENT_DATE.into(), |d| date(lang, d));
    let outcome = screening.outcome.id();
    html! {
        <section class="mne-print-only mne-sheet" data-print-sheet="">
            <h2 class="mne-step-title">{ title }</h2>
            <p>{ tf(lang, "ui.about.content-date", &[("date", &content_date)]) }{ " " }
                { t(lang, "guide.not-advice") }</p>
            <h3 class="mne-section-title">{ t(lang, "ui.print.concerns") }</h3>
            if concerns.is_empty() {
                <p>{ t(lang, "ui.print.no-concerns") }</p>
            } else {
                <ul class="mne-bullets">
                    { for concerns.iter().map(|c| html! { <li>{ tk(lang, "concern.", c.id(), ".name") }</li> }) }
                </ul>
            }
            <div class={format!("mne-outcome mne-tier-{outcome}")}>
                <h3 class="mne-section-title">{ t(lang, "ui.print.result") }{ ": " }
                    { tk(lang, "outcome.", outcome, ".title") }</h3>
                <p>{ tk(lang, "outcome.", outcome, ".summary") }</p>
                if !screening.reasons.is_empty() {
                    <ul class="mne-reasons">
                        { for screening.reasons.iter().map(|&r| reason_item(lang, r)) }
                    </ul>
                }
            </div>
            <h3 class="mne-section-title">{ t(lang, "ui.print.questions") }</h3>
            <ol class="mne-questions" data-ask="">
                { for ask::questions(screening, plan).iter().map(|key| html! { <li>{ t(lang, key) }</li> }) }
            </ol>
        </section>
    }
}

/// The "Add to my calendar" button: downloads the dated plan as an `.ics` file.
fn calendar_button(
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
        <>
            <p class="mne-choice-hint">{ t(lang, "ui.plan.calendar-hint") }</p>
            <button type="button" class="mne-button mne-button-secondary" data-calendar="" {onclick}>
                { t(lang, "ui.plan.calendar") }
            </button>
        </>
    }
}
