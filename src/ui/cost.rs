//! The estimated cost of a course: the clinic's price per session times the course's fewest and
//! most sessions, formatted by the browser's `Intl.NumberFormat` (through js-sys) in the
//! visitor's language, so the wasm carries no currency tables.

use js_sys::Array;
use wasm_bindgen::JsValue;

use crate::core::locale::Lang;
use crate::ui::config::Price;
use crate::ui::intl::{call, formatter, intl};

/// The price of one session and of the course (`sessions` = fewest and most), e.g.
/// `("£120", "£360–£720")`; `None` if the browser cannot format the currency.
pub fn course_cost(lang: Lang, price: &Price, sessions: (u8, u8)) -> Option<(String, String)> {
    let format = number_format(lang.intl(), &price.currency).ok()?;
    // Whole hundredths to the browser's numbers: exact for any accepted price.
    let total =
        |sessions: u8| JsValue::from_f64(f64::from(price.hundredths * u32::from(sessions)) / 100.0);
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

/// `new Intl.NumberFormat(locale, { style: "currency", currency, … })`, with its errors caught.
fn number_format(locale: &str, currency: &str) -> Result<JsValue, JsValue> {
    let options = [
        ("style", "currency"),
        ("currency", currency),
        ("trailingZeroDisplay", "stripIfInteger"),
    ];
    formatter("NumberFormat", locale, &options)
}
