//! Kiosk mode (`ui::config::Kiosk`, the app's own page only): one device serves many visitors.
//! The app renders a "Start over" button always in reach, the idle warning `<dialog>` (closed;
//! "I'm still here" closes it natively, as Escape does) and, on the Plan step, the plan's "send
//! to myself" link as a QR code. Starting over forgets the state ([`Action::StartOver`]), what
//! this device saved and the address bar's fragment. The idle clock and the QR code drawer live
//! in `static/kiosk/kiosk.js`, which `static/boot.js` loads only on a kiosk page, so an ordinary
//! page's wasm carries no timers: the clock opens this dialog after `data-timeout` seconds
//! without input, counts `data-grace` seconds down in `data-idle-seconds`, and then, or when the
//! page is left (back/forward cache), presses "Start over".
//!
//! Only the `kiosk` feature's build (the kiosk page's, see "Build" in ARCHITECTURE.md) has this
//! module: the ordinary page's wasm carries none of it.

use std::rc::Rc;

use wasm_bindgen::{JsCast, JsValue};
use web_sys::js_sys::{Function, Reflect};
use yew::prelude::*;

use crate::core::locale::{chrome, Lang};
use crate::core::share::Shared;
use crate::ui::config::Kiosk;
use crate::ui::link::{drop_fragment, plan_url, this_page};
use crate::ui::saved;
use crate::ui::state::{Action, Step};
use crate::ui::text::t;

/// Kiosk mode's part of the app: `app` is the `<section>` [`App`](crate::ui::App) renders in
/// every build (header, stepper, stage, live region); this adds the "Start over" bar after the
/// header and the warning at the end, and keys the stage by the `visit`, so "Start over" builds
/// it anew (no disclosure left open). Added here, so the ordinary build's markup and code are
/// those of an app without kiosk mode.
pub fn dress(
    mut app: Html,
    kiosk: Kiosk,
    visit: u32,
    lang: Lang,
    start_over: Callback<MouseEvent>,
) -> Html {
    if let Html::VTag(section) = &mut app {
        if let Some(children) = Rc::make_mut(section).children_mut() {
            let children = children.to_vlist_mut();
            if let Some(Html::VTag(stage)) = children.get_mut(2) {
                Rc::make_mut(stage).key = Some(visit.into());
            }
            children.insert(1, start_over_bar(lang, start_over.clone()));
            children.push(warning(lang, kiosk, start_over));
        }
    }
    app
}

/// "Start over": forgets what this device saved, the address bar's fragment (no history entry),
/// and the state, back at the clinic's `start` step with focus on its heading.
pub fn start_over(start: Step, on_action: &Callback<Action>) -> Callback<MouseEvent> {
    on_action.reform(move |_: MouseEvent| {
        saved::forget();
        drop_fragment();
        Action::StartOver(start)
    })
}

/// The "Start over" bar, always at hand at the top of the app (the idle clock presses it).
fn start_over_bar(lang: Lang, onclick: Callback<MouseEvent>) -> Html {
    html! {
        <div class="mne-kiosk-bar">
            <button type="button" class="mne-button mne-button-secondary" data-start-over=""
                {onclick}>
                { t(lang, chrome::KIOSK_START_OVER) }
            </button>
        </div>
    }
}

/// The warning, a dialog the idle clock opens as a modal one: it says everything will be removed
/// and how many seconds are left (the clock counts them in `data-idle-seconds`), with "I'm still
/// here" (focused first; it closes the dialog, which restarts the clock) and "Start over".
fn warning(lang: Lang, kiosk: Kiosk, start_over: Callback<MouseEvent>) -> Html {
    let grace = kiosk.grace().to_string();
    // The count goes where the text's placeholder is, in an element the clock can update.
    let left = t(lang, chrome::KIOSK_IDLE_LEFT);
    let (before, after) = left.split_once("{seconds}").unwrap_or((left, ""));
    html! {
        <dialog class="mne-dialog" data-idle-warning="" data-timeout={kiosk.timeout.to_string()}
            data-grace={grace.clone()} aria-labelledby="mne-idle-title" aria-describedby="mne-idle-text">
            <h2 class="mne-step-title" id="mne-idle-title">{ t(lang, chrome::KIOSK_IDLE_TITLE) }</h2>
            <p id="mne-idle-text">{ t(lang, chrome::KIOSK_IDLE_TEXT) }</p>
            <p data-idle-left="">{ before }<span data-idle-seconds="">{ grace }</span>{ after }</p>
            <form method="dialog" class="mne-cta-row">
                <button class="mne-button" autofocus=true data-stay="">
                    { t(lang, chrome::KIOSK_STAY) }
                </button>
                <button type="button" class="mne-button mne-button-secondary" data-start-over=""
                    onclick={start_over}>
                    { t(lang, chrome::KIOSK_START_OVER) }
                </button>
            </form>
        </dialog>
    }
}

/// The SVG of a QR code for `text`, from the function `static/boot.js` puts on the page in
/// kiosk mode; `None` if that script did not load (boot.js has said so on the console).
fn qr_svg(text: &str) -> Option<String> {
    let window = gloo::utils::window();
    let draw = Reflect::get(&window, &"microneedlingExplorerQr".into())
        .ok()?
        .dyn_into::<Function>()
        .ok()?;
    draw.call1(&JsValue::NULL, &text.into()).ok()?.as_string()
}

/// The app's ordinary page beside this one: the folder's address (`./`, `index.html`), so a
/// plan link from the kiosk page (`kiosk.html`) opens on the visitor's phone without kiosk mode.
fn app_page(here: &str) -> &str {
    let path = here.split(['?', '#']).next().unwrap_or_default();
    path.rfind('/').map_or(path, |slash| &path[..=slash])
}

/// "Take it home on your phone": the plan's "send to myself" link as a QR code, with plain words
/// on what it holds. Kiosk mode shows it instead of sharing, copying or remembering, which
/// would leave the link on the shared device.
pub fn take_home(lang: Lang, shared: &Shared) -> Html {
    let code = qr_svg(&plan_url(app_page(&this_page()), shared));
    html! {
        <details class="mne-more mne-send" data-take-home="">
            <summary>{ t(lang, chrome::KIOSK_QR_TITLE) }</summary>
            <div class="mne-more-body">
                <p class="mne-notice" data-take-home-says="">{ t(lang, chrome::KIOSK_QR_TEXT) }</p>
                if let Some(svg) = code {
                    <div class="mne-qr" role="img" aria-label={t(lang, chrome::KIOSK_QR_ALT)} data-qr="">
                        { Html::from_html_unchecked(AttrValue::from(svg)) }
                    </div>
                }
            </div>
        </details>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_link_opens_the_ordinary_page_of_the_same_folder() {
        let cases = [
            ("https://a.example/app/kiosk.html", "https://a.example/app/"),
            (
                "https://a.example/app/kiosk.html?x=/y#z",
                "https://a.example/app/",
            ),
            ("https://a.example/kiosk", "https://a.example/"),
            ("http://127.0.0.1:8080/", "http://127.0.0.1:8080/"),
        ];
        for (here, page) in cases {
            assert_eq!(app_page(here), page, "{here}");
        }
    }
}
