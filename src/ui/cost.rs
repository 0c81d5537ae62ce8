//! The estimated cost of a course: the clinic's price per session times the course's fewest and
//! most sessions, formatted by the browser's `Intl.NumberFormat` (through js-sys) in the
//! visitor's language, so the wasm carries no currency tables.

use js_sys::{Array, Function, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use crate::core::locale::Lang;
use crate::ui::config::Price;

/// The price of one session and of the course (`sessions` = fewest and most), e.g.
/// `("£120", "£360–£720")`; `None` if the browser cannot format the currency.
pub fn course_cost(lang: Lang, price: &Price, sessions: (u8, u8)) -> Option<(String, String)> {
    let format = number_format(lang.id(), &price.currency).ok()?;
    // Whole hundredths to the browser's numbers: exact for any accepted price.
    let total = |sessions: u8| f64::from(price.hundredths * u32::from(sessions)) / 100.0;
    let one = call(&format, "format", &[total(1)])?;
    let course = if sessions.0 == sessions.1 {
        call(&format, "format", &[total(sessions.0)])?
    } else {
        call(
            &format,
            "formatRange",
            &[total(sessions.0), total(sessions.1)],
        )?
    };
    Some((one, course))
}

/// Whether this browser knows `currency` (three letters, upper case): it is among
/// `Intl.supportedValuesOf("currency")` where the browser has that list, and
/// `Intl.NumberFormat` accepts it (it throws a RangeError otherwise).
pub fn currency_known(currency: &str) -> bool {
    let listed = intl("supportedValuesOf")
        .and_then(|list| list.call1(&JsValue::UNDEFINED, &"currency".into()).ok())
        .map(|codes| Array::from(&codes).includes(&currency.into(), 0))
        .unwrap_or(true);
    listed && number_format("en", currency).is_ok()
}

/// A member of the global `Intl`, if it is a function.
fn intl(name: &str) -> Option<Function> {
    let intl = Reflect::get(&js_sys::global(), &"Intl".into()).ok()?;
    Reflect::get(&intl, &name.into()).ok()?.dyn_into().ok()
}

/// `new Intl.NumberFormat(locale, { style: "currency", currency, … })`, with its errors caught.
fn number_format(locale: &str, currency: &str) -> Result<JsValue, JsValue> {
    let options = Object::new();
    for (key, value) in [
        ("style", "currency"),
        ("currency", currency),
        ("trailingZeroDisplay", "stripIfInteger"),
    ] {
        Reflect::set(&options, &key.into(), &value.into())?;
    }
    let constructor = intl("NumberFormat").ok_or(JsValue::NULL)?;
    let arguments = Array::of2(&locale.into(), &options);
    Reflect::construct(&constructor, &arguments)
}

/// Calls the formatter's method `name` with numbers; `None` if it throws.
fn call(format: &JsValue, name: &str, numbers: &[f64]) -> Option<String> {
    let method: Function = Reflect::get(format, &name.into()).ok()?.dyn_into().ok()?;
    let arguments: Array = numbers.iter().map(|n| JsValue::from_f64(*n)).collect();
    method.apply(format, &arguments).ok()?.as_string()
}
