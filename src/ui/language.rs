//! Languages in the browser: which one a visitor gets (the `lang` attribute, else the clinic
//! page's language when embedded, else the browser's languages, else English), where this
//! build's locale packs are, and loading one (fetch, the browser's own JSON parser, then
//! [`pack::install`]). A pack that cannot be loaded or lacks keys leaves English in its place,
//! with a console warning naming the pack and the keys; the caller shows the visitor a notice.

use std::cell::RefCell;

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

use crate::core::locale::{chrome, pack, Lang};
use crate::ui::text::t;

thread_local! {
    /// This build's pack of each language: `(language, URL)`, set once per page.
    static FILES: RefCell<Vec<(Lang, String)>> = const { RefCell::new(Vec::new()) };
}

/// Takes the pack list `tag=url tag=url` (from `embed.js`, or else the standalone page's
/// `<meta name="mne-packs">`), unless one was taken already.
pub fn set_pack_files(list: Option<String>) {
    FILES.with(|files| {
        let mut files = files.borrow_mut();
        if !files.is_empty() {
            return;
        }
        let list = list.or_else(|| {
            gloo::utils::document()
                .query_selector("meta[name=mne-packs]")
                .ok()
                .flatten()
                .and_then(|meta| meta.get_attribute("content"))
        });
        for entry in list.unwrap_or_default().split_whitespace() {
            if let Some((lang, url)) = entry.split_once('=') {
                files.extend(Lang::from_id(lang).map(|lang| (lang, url.to_owned())));
            }
        }
    });
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

/// Fetches and installs `lang`'s pack; `false` when it could not be loaded or lacks texts (a
/// console warning names the pack and the keys, and English shows for them).
pub async fn load(lang: Lang) -> bool {
    let url = FILES.with(|files| {
        let files = files.borrow();
        files
            .iter()
            .find(|(l, _)| *l == lang)
            .map(|(_, url)| url.clone())
    });
    let Some(url) = url else {
        gloo::console::warn!(format!(
            "microneedling-explorer: this build has no locale pack for {}; showing English.",
            lang.id()
        ));
        return false;
    };
    match fetch_pairs(&url).await {
        Ok(pairs) => {
            let report = pack::install(lang, pairs);
            let complete = report.is_complete();
            if !complete {
                gloo::console::warn!(report.warning(&url));
            }
            complete
        }
        Err(why) => {
            gloo::console::warn!(
                format!("microneedling-explorer: the locale pack {url} could not be loaded; showing English."),
                why
            );
            false
        }
    }
}

/// The pack at `url` as `(key, text)` pairs, parsed by the browser (`Response.json()`); a value
/// that is not a string is left out (and so reported missing).
async fn fetch_pairs(url: &str) -> Result<Vec<(String, String)>, JsValue> {
    let response: web_sys::Response = JsFuture::from(gloo::utils::window().fetch_with_str(url))
        .await?
        .dyn_into()?;
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()).into());
    }
    let json = JsFuture::from(response.json()?).await?;
    if !json.is_object() {
        return Err("not a JSON object".into());
    }
    let entries = js_sys::Object::entries(json.unchecked_ref());
    Ok(entries
        .iter()
        .filter_map(|entry| {
            let entry: js_sys::Array = entry.unchecked_into();
            Some((entry.get(0).as_string()?, entry.get(1).as_string()?))
        })
        .collect())
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
