//! Taking the plan away: the "Take it with you" section, the printed consultation sheet, and
//! the calendar file made in the browser and handed to the visitor as a download (a Blob behind
//! an object URL). The plan link and remembering live in `link.rs` and `saved.rs`.

use std::cell::RefCell;

use gloo::file::{Blob, ObjectUrl};
use wasm_bindgen::JsCast;
use web_sys::js_sys;
use web_sys::HtmlAnchorElement;
use yew::prelude::*;

use crate::core::ask;
use crate::core::concern::Concern;
use crate::core::date::{schedule, Date};
use crate::core::guide::{AboutNote, CONTENT_DATE};
use crate::core::ics::{calendar, Stamp};
use crate::core::locale::{chrome, ConcernText, Lang, OutcomeText};
use crate::core::plan::Plan;
use crate::core::screening::{Answers, Screening};
use crate::core::share::Shared;
use crate::ui::control::{button, secondary};
#[cfg(feature = "kiosk")]
use crate::ui::kiosk::take_home;
use crate::ui::link::send_to_myself;
use crate::ui::markup::Markup;
use crate::ui::result::reason_item;
use crate::ui::saved::remember;
use crate::ui::state::{Action, Notice};
use crate::ui::text::{date, t, tf};

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

/// What the "Take it with you" section needs.
pub struct TakeawayProps<'a> {
    /// The visitor's language.
    pub lang: Lang,
    /// The plan shown.
    pub plan: &'a Plan,
    /// The chosen concerns (for the link).
    pub concerns: &'a [Concern],
    /// The screening answers (for the link).
    pub answers: &'a Answers,
    /// The first session date, if set.
    pub first_session: Option<Date>,
    /// The clinic's name, if set.
    pub clinic_name: Option<&'a str>,
    /// Whether the app owns its page: only then are a link and remembering offered.
    pub standalone: bool,
    /// Kiosk mode: a QR code of the link instead of sending or remembering, and no calendar
    /// file (a download would stay on the shared device).
    #[cfg(feature = "kiosk")]
    pub kiosk: bool,
    /// Whether the visitor asked to keep their answers on this device.
    pub remember: bool,
    /// What became of the last link sent, or of forgetting.
    pub notice: Option<Notice>,
    /// Receives the visitor's choices and the link's outcome.
    pub on_action: &'a Callback<Action>,
}

/// The "Take it with you" section: print (always), the calendar file (once dated) and, on the
/// app's own page, a link to send to oneself and remembering on this device.
pub fn takeaway(props: &TakeawayProps) -> Html {
    let lang = props.lang;
    let print = Callback::from(|_: MouseEvent| {
        let _ = gloo::utils::window().print();
    });
    let own_page = props.standalone.then(|| {
        let shared = Shared {
            concerns: props.concerns.to_vec(),
            answers: props.answers.clone(),
            first_session: props.first_session,
        };
        let (forgotten, sent) = match props.notice {
            Some(Notice::Forgotten) => (props.notice, None),
            other => (None, other),
        };
        #[cfg(feature = "kiosk")]
        if props.kiosk {
            return take_home(lang, &shared);
        }
        html! {
            <>
                { send_to_myself(lang, shared, sent, props.on_action) }
                { remember(lang, props.remember, forgotten, props.on_action) }
            </>
        }
    });
    let dated = props.first_session;
    // Kiosk mode offers no calendar file: the download would stay on the shared device.
    #[cfg(feature = "kiosk")]
    let dated = dated.filter(|_| !props.kiosk);
    let mut head = Markup::default();
    head.el(
        r#"h3 class="mne-section-title""#,
        t(lang, chrome::PLAN_TAKEAWAY),
    )
    .el(
        r#"p class="mne-choice-hint""#,
        t(lang, chrome::PLAN_PRINT_HINT),
    );
    html! {
        <section class="mne-takeaway" data-takeaway="">
            { head.html() }
            { button(secondary!("data-print"), t(lang, chrome::PLAN_PRINT), print) }
            { for dated.map(|first| {
                calendar_button(lang, props.plan, first, props.clinic_name)
            }) }
            { for own_page }
        </section>
    }
}

/// What the printed page adds before the plan: the concerns, the result with every reason and
/// what to do, the questions to ask, the clinic and the content date. Shown only in print;
/// text only, so one markup string (see [`Markup`]).
pub fn consultation_sheet(
    lang: Lang,
    concerns: &[Concern],
    screening: &Screening,
    plan: &Plan,
    clinic_name: Option<&str>,
) -> Html {
    let title = match clinic_name {
        Some(clinic) => tf(lang, chrome::PRINT_TITLE_CLINIC, &[("clinic", clinic)]),
        None => t(lang, chrome::PRINT_TITLE).to_owned(),
    };
    let content_date =
        Date::parse_iso(CONTENT_DATE).map_or_else(|| CONTENT_DATE.into(), |d| date(lang, d));
    let outcome = screening.outcome.id();
    let mut m = Markup::default();
    m.open(r#"section class="mne-print-only mne-sheet" data-print-sheet="""#)
        .el(r#"h2 class="mne-step-title""#, &title)
        .open("p")
        .text(&tf(
            lang,
            chrome::ABOUT_CONTENT_DATE,
            &[("date", &content_date)],
        ))
        .text(" ")
        .text(t(lang, AboutNote::NotAdvice.key()))
        .close("p")
        .el(
            r#"h3 class="mne-section-title""#,
            t(lang, chrome::PRINT_CONCERNS),
        );
    if concerns.is_empty() {
        m.el("p", t(lang, chrome::PRINT_NO_CONCERNS));
    } else {
        m.open(r#"ul class="mne-bullets""#);
        for c in concerns {
            m.el("li", t(lang, c.key(ConcernText::Name)));
        }
        m.close("ul");
    }
    m.open_with(
        "div",
        &[("class", &["mne-outcome mne-tier-", outcome].concat())],
    )
    .open(r#"h3 class="mne-section-title""#)
    .text(t(lang, chrome::PRINT_RESULT))
    .text(": ")
    .text(t(lang, screening.outcome.key(OutcomeText::Title)))
    .close("h3")
    .el("p", t(lang, screening.outcome.key(OutcomeText::Summary)));
    if !screening.reasons.is_empty() {
        m.open(r#"ul class="mne-reasons""#);
        for &reason in &screening.reasons {
            reason_item(&mut m, lang, reason);
        }
        m.close("ul");
    }
    m.close("div")
        .el(
            r#"h3 class="mne-section-title""#,
            t(lang, chrome::PRINT_QUESTIONS),
        )
        .open(r#"ol class="mne-questions" data-ask="""#);
    for key in ask::questions(screening, plan) {
        m.el("li", t(lang, key));
    }
    m.close("ol").close("section");
    m.html()
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
    let mut hint = Markup::default();
    hint.el(
        r#"p class="mne-choice-hint""#,
        t(lang, chrome::PLAN_CALENDAR_HINT),
    );
    html! {
        <>
            { hint.html() }
            { button(secondary!("data-calendar"), t(lang, chrome::PLAN_CALENDAR), onclick) }
        </>
    }
}
