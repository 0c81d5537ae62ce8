//! Languages in the browser: loading a locale pack through the page's loader (`boot.js` or
//! `embed.js`: fetch, the browser's own JSON parser, the console warnings), installing it
//! ([`pack::install`]) and the language switch. A pack that cannot be loaded or lacks keys leaves
//! English in its place; the caller shows the visitor a notice. Which language a visitor gets
//! when the clinic set none is worked out by the page's script, not here (see
//! `Config::from_element`).

use std::cell::Cell;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsValue;
use yew::prelude::*;

use crate::core::locale::{chrome, pack, Lang};
use crate::ui::state::Action;
use crate::ui::text::t;

thread_local! {
    /// The page's pack loader (see [`set_loader`]), kept for the page's life.
    static LOADER: Cell<Option<&'static js_sys::Function>> = const { Cell::new(None) };
}

/// Takes the page's pack loader, a JS function `(tag, done)` from `boot.js` or `embed.js`, which
/// know this build's pack files: it fetches the pack (the texts in the English tables' order,
/// `null` for a text it lacks, and the names of the keys it lacks), parses it with the browser's
/// own JSON parser, warns on the console about what the pack lacks, and calls `done` with the
/// texts as one string (joined by U+0001), or with the error. Keeping the fetch, the parse and
/// the warnings in the loader keeps them, and every key name, out of the wasm.
pub fn set_loader(loader: Option<js_sys::Function>) {
    // Every loader of a page is the same function (`boot.js`'s or `embed.js`'s), so the first is
    // kept, once.
    if let (None, Some(loader)) = (LOADER.get(), loader) {
        LOADER.set(Some(Box::leak(Box::new(loader))));
    }
}

/// Asks the page's loader for `lang`'s pack (telling the app, [`Action::AskedFor`]), installs
/// it when it comes ([`pack::install`]; the loader has warned on the console already, naming the
/// pack and the keys it lacks, or why it could not be loaded), then tells the app again
/// ([`Action::LanguageLoaded`], with whether it was complete). A pack the loader holds already
/// (`boot.js` fetches the one a page shows first beside the wasm) comes before this returns, so
/// the render that asked can show it: never English over a pre-render in another language.
/// Without a loader (server-side render tests) nothing is asked for, and English shows.
pub fn load(lang: Lang, on_action: &Callback<Action>) {
    let Some(loader) = LOADER.get() else {
        return;
    };
    on_action.emit(Action::AskedFor(lang));
    let on_action = on_action.clone();
    let done = Closure::once_into_js(move |pack: JsValue| {
        let complete = pack
            .as_string()
            .is_some_and(|texts| pack::install(lang, &texts));
        on_action.emit(Action::LanguageLoaded(complete));
    });
    let _ = loader.call2(&JsValue::NULL, &lang.id().into(), &done);
}

/// The language switch: each offered language named in itself (and marked with its `lang`),
/// `chosen` selected. Choosing one changes only what is shown; answers and place stay. The
/// options are one string of markup (built from [`Lang`]'s own names and tags, nothing from a
/// visitor or a clinic), which costs the bundle less than a node per option.
pub fn language_switch(lang: Lang, chosen: Lang, on_action: &Callback<Action>) -> Html {
    let onchange = on_action.reform(|event: Event| {
        // A `<select>`'s value is the same `value` property as an input's: read through the
        // input binding the app already has (one binding fewer in the bundle). Its values are
        // the offered tags, each a language.
        let select: web_sys::HtmlInputElement = event.target_unchecked_into();
        Action::PickLanguage(Lang::from_id(&select.value()).unwrap_or(Lang::En))
    });
    let options: String = Lang::offered()
        .map(|l| {
            let selected = if l == chosen { " selected" } else { "" };
            format!(
                r#"<option value="{0}" lang="{0}"{selected}>{1}</option>"#,
                l.id(),
                l.name()
            )
        })
        .collect();
    html! {
        <label class="mne-language">
            { t(lang, chrome::LANGUAGE_LABEL) }
            <select data-language="" {onchange}>{ Html::from_html_unchecked(options.into()) }</select>
        </label>
    }
}
