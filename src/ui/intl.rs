//! The browser's `Intl` through js-sys: dates, month names, lists and numbers in the visitor's
//! language come from the browser's own locale data, so the wasm carries no tables of them.
//! Every call goes through `Reflect`, so a RangeError (an unknown currency, say) is caught.

use js_sys::{Array, Function, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

/// A member of the global `Intl`, if it is a function.
pub fn intl(name: &str) -> Option<Function> {
    let intl = Reflect::get(&js_sys::global(), &"Intl".into()).ok()?;
    Reflect::get(&intl, &name.into()).ok()?.dyn_into().ok()
}

/// `new Intl[kind](locale, options)`, with its errors caught.
pub fn formatter(kind: &str, locale: &str, options: &[(&str, &str)]) -> Result<JsValue, JsValue> {
    let object = Object::new();
    for (key, value) in options {
        Reflect::set(&object, &(*key).into(), &(*value).into())?;
    }
    let constructor = intl(kind).ok_or(JsValue::NULL)?;
    Reflect::construct(&constructor, &Array::of2(&locale.into(), &object))
}

/// Calls the formatter's method `name` with `arguments`; `None` if it throws.
pub fn call(format: &JsValue, name: &str, arguments: &[JsValue]) -> Option<String> {
    let method: Function = Reflect::get(format, &name.into()).ok()?.dyn_into().ok()?;
    let arguments: Array = arguments.iter().collect();
    method.apply(format, &arguments).ok()?.as_string()
}

/// `new Intl[kind](locale, options).format(value)`; `None` if the browser cannot.
pub fn format(
    kind: &str,
    locale: &str,
    options: &[(&str, &str)],
    value: JsValue,
) -> Option<String> {
    call(&formatter(kind, locale, options).ok()?, "format", &[value])
}
