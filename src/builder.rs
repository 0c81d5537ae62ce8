//! The embed builder's export (`checkOptions`, behind `MicroneedlingExplorer.check` in
//! `dist/embed.js`): only in the `builder` feature's build, which the builder's page and
//! `check()` load (see "Build" in ARCHITECTURE.md), so the ordinary page's wasm carries none
//! of the builder's code (`Config::to_attributes`, the accent's contrast advice).

use js_sys::{Array, Object, Reflect};
use microneedling_explorer::core::locale::Lang;
use microneedling_explorer::ui::Config;
use wasm_bindgen::prelude::*;

/// What the widget makes of the settings on `settings`, an element holding them as attributes
/// (`embed.js`'s `check` writes an options object's pairs from `optionPairs` in
/// `static/embed/options.js` onto a new one), through the same parser, for the embed builder
/// (and `MicroneedlingExplorer.check`): `{ attributes: [[name, value]…], warnings: [{ attribute,
/// value, accepted, message }…], advice: [text…], languages: [id…] }`. `attributes` holds the
/// settings that differ from the defaults, in canonical form; nothing is logged. Only in the
/// `builder` feature's build (the builder's page, see "Build" in ARCHITECTURE.md): the ordinary
/// page's wasm then carries none of the builder's code (`to_attributes`, contrast advice).
#[wasm_bindgen(js_name = checkOptions)]
pub fn check_options(settings: &web_sys::Element) -> Object {
    let (config, rejected) = Config::read(Some(settings));
    let result = Object::new();
    let set = |object: &Object, key: &str, value: &JsValue| {
        let _ = Reflect::set(object, &key.into(), value);
    };
    let attributes: Array = config
        .to_attributes()
        .into_iter()
        .map(|(name, value)| Array::of2(&name.into(), &value.into()))
        .collect();
    let warnings: Array = rejected
        .iter()
        .map(|problem| {
            let warning = Object::new();
            set(&warning, "attribute", &problem.attribute.into());
            set(&warning, "value", &problem.value.as_str().into());
            set(&warning, "accepted", &problem.accepted.into());
            set(&warning, "message", &problem.message().into());
            warning
        })
        .collect();
    let advice: Array = config
        .accent_color
        .iter()
        .flat_map(|accent| accent.contrast_advice())
        .map(JsValue::from)
        .collect();
    let languages: Array = Lang::ALL
        .iter()
        .map(|lang| JsValue::from(lang.id()))
        .collect();
    set(&result, "attributes", &attributes);
    set(&result, "warnings", &warnings);
    set(&result, "advice", &advice);
    set(&result, "languages", &languages);
    result
}
