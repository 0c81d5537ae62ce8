//! "Send to myself": a link holding the plan's inputs in its URL fragment (browsers never send
//! a fragment to a server), made only on request under a plain warning, then shared or copied;
//! and, on the app's own page, reading such a link when the page opens.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::js_sys::{Function, Object, Reflect};
use yew::prelude::*;

use crate::core::locale::{chrome, Lang};
use crate::core::share::{self, Shared};
use crate::ui::control::{button, secondary};
use crate::ui::markup::Markup;
use crate::ui::state::{Action, Notice, State};
use crate::ui::text::t;

/// A notice about a plan link (`data-notice` holds its id).
pub fn notice(lang: Lang, notice: Notice) -> Html {
    html! {
        <p class="mne-notice" role="status" data-notice={notice.id()}>
            { t(lang, notice.key()) }
        </p>
    }
}

/// The plan link for `shared`: `page` (an address without a fragment) with the plan in its
/// fragment. Sent by "Send to myself", and shown as a QR code in kiosk mode (`ui::kiosk`).
pub fn plan_url(page: &str, shared: &Shared) -> String {
    format!("{page}#{}", share::encode(shared))
}

/// This page's address without its fragment.
pub fn this_page() -> String {
    let href = gloo::utils::window().location().href().unwrap_or_default();
    href.split('#').next().unwrap_or_default().to_owned()
}

/// "Send to myself": a disclosure with the warning, and a button that makes the link only when
/// pressed and hands it to the share sheet, or copies it.
pub fn send_to_myself(
    lang: Lang,
    shared: Shared,
    sent: Option<Notice>,
    on_action: &Callback<Action>,
) -> Html {
    let on_action = on_action.clone();
    let onclick = Callback::from(move |_: MouseEvent| {
        send_link(
            &plan_url(&this_page(), &shared),
            t(lang, chrome::SEND_SHARE_TITLE),
            &on_action,
        );
    });
    let mut summary = Markup::default();
    summary.el("summary", t(lang, chrome::SEND_TITLE));
    let mut warning = Markup::default();
    warning.el(
        r#"p class="mne-notice" data-send-warning="""#,
        t(lang, chrome::SEND_WARNING),
    );
    html! {
        <details class="mne-more mne-send" data-send="">
            { summary.html() }
            <div class="mne-more-body">
                { warning.html() }
                { button(secondary!("data-send-link"), t(lang, chrome::SEND_BUTTON), onclick) }
                { for sent.map(|n| notice(lang, n)) }
            </div>
        </details>
    }
}

/// Calls `object.name(args…)` when the browser has that method; `None` when it has not, or the
/// call threw.
fn call_method(object: &JsValue, name: &str, args: &[&JsValue]) -> Option<JsValue> {
    let method = Reflect::get(object, &name.into())
        .ok()?
        .dyn_into::<Function>()
        .ok()?;
    match args {
        [a] => method.call1(object, a),
        [a, b] => method.call2(object, a, b),
        _ => method.call0(object),
    }
    .ok()
}

/// Shares `url` through the Web Share API where the browser has it, else copies it with the
/// Clipboard API, and reports the outcome as a notice.
fn send_link(url: &str, title: &str, on_action: &Callback<Action>) {
    let navigator = Reflect::get(&gloo::utils::window(), &"navigator".into()).unwrap_or_default();
    let data = Object::new();
    let _ = Reflect::set(&data, &"url".into(), &url.into());
    let _ = Reflect::set(&data, &"title".into(), &title.into());
    let clipboard = Reflect::get(&navigator, &"clipboard".into()).unwrap_or_default();
    let sent = match call_method(&navigator, "share", &[&data]) {
        Some(promise) => Some((promise, Notice::Shared)),
        None => call_method(&clipboard, "writeText", &[&url.into()]).map(|p| (p, Notice::Copied)),
    };
    let Some((promise, done)) = sent else {
        on_action.emit(Action::Notify(Some(Notice::NotSent)));
        return;
    };
    let (ok, failed) = (on_action.clone(), on_action.clone());
    let ok = Closure::once_into_js(move |_: JsValue| ok.emit(Action::Notify(Some(done))));
    let failed = Closure::once_into_js(move |_: JsValue| {
        failed.emit(Action::Notify(Some(Notice::NotSent)));
    });
    if call_method(&promise, "then", &[&ok, &failed]).is_none() {
        on_action.emit(Action::Notify(Some(Notice::NotSent)));
    }
}

/// On the app's own page: reads a plan link from the address, restores the plan from it (or
/// refuses it with a notice and a console warning), and removes the fragment from the address
/// bar and history entry so the answers do not linger there; `None` when the address holds no
/// plan link.
pub fn restore_from_link(state: &State) -> Option<State> {
    let fragment = gloo::utils::window().location().hash().unwrap_or_default();
    let state = state.clone();
    let restored = match share::decode(&fragment) {
        Ok(None) => return None,
        Ok(Some(shared)) => state.apply(Action::Restore(shared)),
        Err(refusal) => {
            gloo::console::warn!(format!(
                "microneedling-explorer: ignoring the plan link in the address: {}. Nothing was restored.",
                refusal.describe()
            ));
            state.apply(Action::Notify(Some(Notice::Refused)))
        }
    };
    drop_fragment();
    Some(restored)
}

/// Removes the fragment from the address bar and the current history entry (no new entry), so
/// a plan link does not linger there.
pub fn drop_fragment() {
    let window = gloo::utils::window();
    let location = window.location();
    let path = format!(
        "{}{}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    );
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&path));
    }
}
