//! Kiosk mode (`ui::config::Kiosk`, the app's own page only): one device serves many visitors.
//! A "Start over" button is always in reach; after a while without input a modal dialog warns
//! that everything will be removed and offers "I'm still here" (WCAG 2.2.1), then starts over.
//! Starting over (button, timeout, or leaving the page, so the back/forward cache holds no
//! answers) forgets the state ([`Action::StartOver`]), what this device saved and the address
//! bar's fragment. The plan goes home as a QR code of its "send to myself" link, drawn by a
//! small script that `static/boot.js` loads only on a kiosk page (`static/kiosk/qr.js`).

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use gloo::timers::callback::Interval;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::js_sys::{Function, Reflect};
use web_sys::HtmlDialogElement;
use yew::prelude::*;

use crate::core::locale::{chrome, Lang};
use crate::core::share::Shared;
use crate::ui::config::Kiosk;
use crate::ui::link::{drop_fragment, plan_url, this_page};
use crate::ui::saved;
use crate::ui::state::{Action, Step};
use crate::ui::text::{t, tf};

/// Where the idle clock stands after a tick.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Idle {
    /// Someone used the app recently.
    Active,
    /// The warning is open, with this many whole seconds left.
    Warning(u32),
    /// The warning ran out: start over.
    Expired,
}

/// The idle clock, in milliseconds of the page's clock: plain data, so the timing rule is
/// tested natively.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct IdleClock {
    last_input: f64,
    warned_at: Option<f64>,
}

impl IdleClock {
    /// A clock that last saw input at `now`.
    pub fn new(now: f64) -> IdleClock {
        IdleClock {
            last_input: now,
            warned_at: None,
        }
    }

    /// Input at `now`: it counts until the warning opens; then only "I'm still here" does.
    pub fn input(&mut self, now: f64) {
        if self.warned_at.is_none() {
            self.last_input = now;
        }
    }

    /// "I'm still here" (or a fresh start): the warning closes and the wait begins again.
    pub fn stay(&mut self, now: f64) {
        *self = IdleClock::new(now);
    }

    /// Where the clock stands at `now`: the warning opens after `kiosk.timeout` seconds
    /// without input and runs out after `kiosk.grace()` seconds more.
    pub fn tick(&mut self, now: f64, kiosk: Kiosk) -> Idle {
        let grace = f64::from(kiosk.grace()) * 1000.0;
        let warned_at = match self.warned_at {
            Some(at) => at,
            None if now - self.last_input >= f64::from(kiosk.timeout) * 1000.0 => {
                self.warned_at = Some(now);
                now
            }
            None => return Idle::Active,
        };
        let left = grace - (now - warned_at);
        if left <= 0.0 {
            Idle::Expired
        } else {
            Idle::Warning((left / 1000.0).ceil() as u32)
        }
    }
}

/// What the App needs from kiosk mode: the warning `<dialog>` and the two ways out of it.
pub struct KioskHandle {
    /// The warning `<dialog>`.
    pub dialog: NodeRef,
    /// "I'm still here": closes the warning and waits again.
    pub stay: Callback<()>,
    /// "Start over": forgets this visitor at once.
    pub start_over: Callback<()>,
}

/// Opens (`true`) or closes the warning dialog, if it is not so already. It closes before a
/// start over, so the browser's return of focus does not fight the move to the start heading.
fn show(dialog: &NodeRef, open: bool) {
    if let Some(dialog) = dialog.cast::<HtmlDialogElement>() {
        if open && !dialog.open() {
            let _ = dialog.show_modal();
        } else if !open && dialog.open() {
            dialog.close();
        }
    }
}

/// The events that count as someone using the app.
const INPUT_EVENTS: [&str; 6] = [
    "pointerdown",
    "pointermove",
    "keydown",
    "wheel",
    "scroll",
    "input",
];

/// Kiosk mode's clock, listeners and tick, while `kiosk` is on: input anywhere on the page
/// resets the idle clock, a one-second tick opens the warning ([`Action::Warn`]) and counts
/// down, and running out or leaving the page (`pagehide`, or coming back from the back/forward
/// cache) starts over.
#[hook]
pub fn use_kiosk(kiosk: Option<Kiosk>, start: Step, on_action: Callback<Action>) -> KioskHandle {
    let dialog = use_node_ref();
    let clock = use_mut_ref(|| IdleClock::new(now()));
    // Both ways out close the dialog and restart the clock; starting over also forgets what
    // this device saved, the address bar's fragment, and the state.
    let leave = |forget: bool| {
        let (dialog, clock, on_action) = (dialog.clone(), clock.clone(), on_action.clone());
        Callback::from(move |()| {
            show(&dialog, false);
            clock.borrow_mut().stay(now());
            on_action.emit(if forget {
                saved::forget();
                drop_fragment();
                Action::StartOver(start)
            } else {
                Action::Warn(None)
            });
        })
    };
    let handle = KioskHandle {
        dialog: dialog.clone(),
        stay: leave(false),
        start_over: leave(true),
    };
    let start_over = handle.start_over.clone();
    use_effect_with(kiosk, move |kiosk| {
        let running = kiosk.map(|kiosk| watch(kiosk, clock, dialog, on_action, start_over));
        move || drop(running)
    });
    handle
}

/// The page's clock in milliseconds.
fn now() -> f64 {
    web_sys::js_sys::Date::now()
}

/// Starts the listeners and the tick; dropping what it returns stops them.
fn watch(
    kiosk: Kiosk,
    clock: Rc<RefCell<IdleClock>>,
    dialog: NodeRef,
    on_action: Callback<Action>,
    start_over: Callback<()>,
) -> (Vec<EventListener>, Interval) {
    let window = gloo::utils::window();
    // Capture phase: input anywhere in the page counts, even where a handler stops it.
    let options = EventListenerOptions::run_in_capture_phase();
    let mut listeners: Vec<_> = INPUT_EVENTS
        .iter()
        .map(|&name| {
            let clock = clock.clone();
            EventListener::new_with_options(&window, name, options, move |_| {
                clock.borrow_mut().input(now());
            })
        })
        .collect();
    // Leaving the page starts over, so a page kept in the back/forward cache shows the start;
    // one brought back from it starts over again, in case it was kept before that render.
    for name in ["pagehide", "pageshow"] {
        let start_over = start_over.clone();
        listeners.push(EventListener::new(&window, name, move |event| {
            let persisted = Reflect::get(event, &"persisted".into()).ok();
            if name == "pagehide" || persisted.is_some_and(|p| p.is_truthy()) {
                start_over.emit(());
            }
        }));
    }
    // Only a change is dispatched, so an idle app does not render every second.
    let mut shown = Idle::Active;
    let tick = Interval::new(1000, move || {
        let idle = clock.borrow_mut().tick(now(), kiosk);
        if idle == shown {
            return;
        }
        shown = idle;
        match idle {
            Idle::Active => on_action.emit(Action::Warn(None)),
            Idle::Warning(left) => {
                on_action.emit(Action::Warn(Some(left)));
                show(&dialog, true);
            }
            Idle::Expired => {
                shown = Idle::Active;
                start_over.emit(());
            }
        }
    });
    (listeners, tick)
}

/// The "Start over" bar, always at hand at the top of the app.
pub fn start_over_bar(lang: Lang, start_over: &Callback<()>) -> Html {
    let onclick = start_over.reform(|_: MouseEvent| ());
    html! {
        <div class="mne-kiosk-bar">
            <button type="button" class="mne-button mne-button-secondary" data-start-over=""
                {onclick}>
                { t(lang, chrome::KIOSK_START_OVER) }
            </button>
        </div>
    }
}

/// The warning: a modal dialog (opened by [`use_kiosk`]) saying everything will be removed and
/// how long is left (`seconds_left`), with "I'm still here" first (it takes focus) and
/// "Start over".
pub fn warning(lang: Lang, seconds_left: Option<u32>, handle: &KioskHandle) -> Html {
    let stay = handle.stay.reform(|_: MouseEvent| ());
    // Escape closes a modal dialog: that is a visitor's answer too.
    let oncancel = handle.stay.reform(|event: Event| event.prevent_default());
    let restart = handle.start_over.reform(|_: MouseEvent| ());
    let seconds = seconds_left.unwrap_or_default().to_string();
    html! {
        <dialog class="mne-dialog" ref={handle.dialog.clone()} data-idle-warning=""
            aria-labelledby="mne-idle-title" aria-describedby="mne-idle-text" {oncancel}>
            <h2 class="mne-step-title" id="mne-idle-title">{ t(lang, chrome::KIOSK_IDLE_TITLE) }</h2>
            <p id="mne-idle-text">{ t(lang, chrome::KIOSK_IDLE_TEXT) }</p>
            <p data-idle-left="">{ tf(lang, chrome::KIOSK_IDLE_LEFT, &[("seconds", &seconds)]) }</p>
            <p class="mne-cta-row">
                <button type="button" class="mne-button" autofocus=true data-stay="" onclick={stay}>
                    { t(lang, chrome::KIOSK_STAY) }
                </button>
                <button type="button" class="mne-button mne-button-secondary" data-start-over=""
                    onclick={restart}>
                    { t(lang, chrome::KIOSK_START_OVER) }
                </button>
            </p>
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
    fn the_warning_opens_after_the_timeout_counts_down_and_runs_out() {
        let kiosk = Kiosk { timeout: 180 };
        let mut clock = IdleClock::new(0.0);
        assert_eq!(clock.tick(179_999.0, kiosk), Idle::Active);
        clock.input(100_000.0);
        assert_eq!(
            clock.tick(279_999.0, kiosk),
            Idle::Active,
            "input restarts the wait"
        );
        assert_eq!(clock.tick(280_000.0, kiosk), Idle::Warning(30));
        clock.input(281_000.0);
        assert_eq!(
            clock.tick(290_500.0, kiosk),
            Idle::Warning(20),
            "once warned, only I'm still here counts"
        );
        let mut counted = Vec::new();
        for s in 291..=310 {
            counted.push(clock.tick(f64::from(s) * 1000.0, kiosk));
        }
        assert_eq!(counted.first(), Some(&Idle::Warning(19)));
        assert_eq!(counted[counted.len() - 2], Idle::Warning(1));
        assert_eq!(counted.last(), Some(&Idle::Expired));
        clock.stay(310_000.0);
        assert_eq!(clock.tick(311_000.0, kiosk), Idle::Active);
    }

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

    #[test]
    fn a_short_test_timeout_warns_for_as_long_as_it_waited() {
        let kiosk = Kiosk { timeout: 2 };
        let mut clock = IdleClock::new(0.0);
        let ticks: Vec<_> = (1..=4)
            .map(|s| clock.tick(f64::from(s) * 1000.0, kiosk))
            .collect();
        assert_eq!(
            ticks,
            [
                Idle::Active,
                Idle::Warning(2),
                Idle::Warning(1),
                Idle::Expired
            ]
        );
    }
}
