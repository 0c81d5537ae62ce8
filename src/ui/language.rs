//! Languages in the browser: which one a visitor gets (the `lang` attribute, else the clinic
//! page's language when embedded, else the browser's languages, else English), where this
//! build's locale packs are, and loading one (fetch, the browser's own JSON parser, then
//! [`pack::install`]). A pack that cannot be loaded or lacks keys leaves English in its place,
//! with a console warning naming the pack and the keys; the caller shows the visitor a notice.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsValue;
use yew::prelude::*;

use crate::core::locale::{chrome, pack, Lang};
use crate::ui::text::t;

thread_local! {
    /// The page's pack loader (see [`set_loader`]).
    static LOADER: RefCell<Option<js_sys::Function>> = const { RefCell::new(None) };
}

/// Takes the page's pack loader, a JS function `(tag, done)` from `boot.js` or `embed.js`, which
/// know this build's pack files: it fetches the pack, parses it with the browser's own JSON
/// parser and calls `done` with its pairs as one string (key, text, key, … joined by U+0001), or
/// with the error. Keeping the fetch and the parse in the loader keeps them out of the wasm.
pub fn set_loader(loader: Option<js_sys::Function>) {
    if loader.is_some() {
        LOADER.with(|slot| *slot.borrow_mut() = loader);
    }
}

/// The language a visitor gets when the clinic set none: the clinic page's `lang` (embedded
/// only: the standalone page's own `<html lang>` is ours), else the first of the browser's
/// languages the widget offers.
pub fn detect(host: &web_sys::Element) -> Option<Lang> {
    let embedded = host
        .tag_name()
        .eq_ignore_ascii_case("microneedling-explorer");
    let page = embedded
        .then(|| host.closest("[lang]").ok().flatten())
        .flatten()
        .and_then(|e| e.get_attribute("lang"))
        .and_then(|tag| Lang::from_id(&tag).filter(|l| !l.is_pseudo()));
    page.or_else(|| {
        let languages = gloo::utils::window().navigator().languages();
        languages
            .iter()
            .filter_map(|tag| tag.as_string())
            .find_map(|tag| Lang::from_id(&tag).filter(|l| !l.is_pseudo()))
    })
}

/// Installs a pack the loader handed over (the pairs as one U+0001-joined string, or the
/// error): whether it was complete. A pack that could not be loaded or lacks texts is named in a
/// console warning, and English shows for what is missing.
fn take(lang: Lang, pack: JsValue) -> bool {
    match pack.as_string() {
        Some(text) => {
            let mut parts = String::leak(text).split('\u{1}');
            let pairs = std::iter::from_fn(|| Some((parts.next()?, parts.next()?)));
            let report = pack::install(lang, pairs);
            let complete = report.is_complete();
            if !complete {
                gloo::console::warn!(report.warning(lang.id()));
            }
            complete
        }
        None => {
            gloo::console::warn!(
                format!("microneedling-explorer: the locale pack {} could not be loaded; showing English.", lang.id()),
                pack
            );
            false
        }
    }
}

/// Loads and installs `lang`'s pack, then calls `done` with whether it was complete.
pub fn load(lang: Lang, done: impl FnOnce(bool) + 'static) {
    let Some(loader) = LOADER.with(|slot| slot.borrow().clone()) else {
        return done(false);
    };
    let callback = Closure::once_into_js(move |pack: JsValue| done(take(lang, pack)));
    let _ = loader.call2(&JsValue::NULL, &lang.id().into(), &callback);
}

/// Installs `lang`'s pack at once if the loader has it at hand (answers before returning:
/// `boot.js` fetches the pack a page shows first beside the wasm), so the app's first render is
/// already in that language, never English over a pre-render in another. Whether it was
/// complete; `None` when it was not at hand (the app then loads it as usual).
pub fn install_at_hand(lang: Lang) -> Option<bool> {
    let loader = LOADER.with(|slot| slot.borrow().clone())?;
    let (now, taken) = (Rc::new(Cell::new(true)), Rc::new(Cell::new(None)));
    let callback = {
        let (now, taken) = (now.clone(), taken.clone());
        Closure::once_into_js(move |pack: JsValue| {
            if now.get() && pack.is_string() {
                taken.set(Some(take(lang, pack)));
            }
        })
    };
    let _ = loader.call2(&JsValue::NULL, &lang.id().into(), &callback);
    now.set(false);
    taken.get()
}

/// The language switch: each offered language named in itself (and marked with its `lang`),
/// `chosen` selected. Choosing one changes only what is shown; answers and place stay.
pub fn language_switch(lang: Lang, chosen: Lang, on_choose: &Callback<Lang>) -> Html {
    let on_choose = on_choose.clone();
    let onchange = Callback::from(move |event: Event| {
        let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
        if let Some(lang) = Lang::from_id(&select.value()) {
            on_choose.emit(lang);
        }
    });
    html! {
        <label class="mne-language">
            <span>{ t(lang, chrome::LANGUAGE_LABEL) }</span>
            <select data-language="" {onchange}>
                { for Lang::offered().map(|l| html! {
                    <option value={l.id()} lang={l.id()} selected={l == chosen}>{ l.name() }</option>
                }) }
            </select>
        </label>
    }
}
