//! Text helpers for the views: locale lookups, placeholders, dates, ranges and step timings.

use crate::core::date::Date;
use crate::core::locale::{self, chrome, Key, Lang, TextKey};
use crate::core::plan::{Phase, PlanStep, Timing};

/// The visitor-facing text for `key`: the language's own, else English. A key neither has is a
/// bug the locale tests catch; should one slip through, a debug build reports it (a console
/// error in the browser, a panic in native tests) and a release build shows nothing.
/// Generic over the two kinds of key ([`Key`](locale::Key), and [`Chrome`](locale::Chrome) for
/// `ui.*`), so a chrome key is passed and looked up as cheaply as a string literal. Never inlined: one shared call per
/// view text keeps the bundle small.
#[inline(never)]
pub fn t(lang: Lang, key: impl TextKey) -> &'static str {
    key.find(lang).unwrap_or_else(|| missing(key.key()))
}

#[cold]
fn missing(key: Key) -> &'static str {
    #[cfg(all(debug_assertions, target_arch = "wasm32"))]
    gloo::console::error!(format!(
        "microneedling-explorer: no text for {}",
        key.name()
    ));
    #[cfg(all(debug_assertions, not(target_arch = "wasm32")))]
    panic!("no text for the locale key {}", key.name());
    #[cfg(not(debug_assertions))]
    let _ = key;
    #[allow(unreachable_code)]
    ""
}

/// The text for `key` with its `{name}` placeholders filled in.
#[inline(never)]
pub fn tf(lang: Lang, key: impl TextKey, args: &[(&str, &str)]) -> String {
    locale::fill(t(lang, key), args)
}

/// A date in words in the visitor's language, e.g. "Mon 7 Dec 2026" or "lun, 7 dic 2026", by
/// the browser's `Intl.DateTimeFormat`; the ISO date where there is none (the server-side render
/// tests).
pub fn date(lang: Lang, date: Date) -> String {
    intl_date(
        lang,
        date,
        &[
            ("weekday", "short"),
            ("day", "numeric"),
            ("month", "short"),
            ("year", "numeric"),
        ],
    )
    .unwrap_or_else(|| date.to_iso())
}

/// The short name of `date`'s month ("Dec", "dic"), by `Intl`; the month number without it.
pub fn month(lang: Lang, date: Date) -> String {
    intl_date(lang, date, &[("month", "short")]).unwrap_or_else(|| date.month.to_string())
}

/// `date` formatted by `Intl.DateTimeFormat` in `lang` with `parts` (in UTC, so the civil date
/// never shifts); `None` off the browser.
#[inline(never)]
fn intl_date(lang: Lang, date: Date, parts: &[(&str, &str)]) -> Option<String> {
    #[cfg(target_arch = "wasm32")]
    {
        let mut options = vec![("timeZone", "UTC")];
        options.extend_from_slice(parts);
        let time = date.days_since_epoch() as f64 * 86_400_000.0;
        crate::ui::intl::format("DateTimeFormat", lang.intl(), &options, time.into())
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (lang, date, parts);
        None
    }
}

/// Names joined as a list in `lang` ("a, b and c", "a, b y c"), by `Intl.ListFormat`; joined by
/// commas without it.
pub fn list(lang: Lang, names: &[&str]) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        let names: js_sys::Array = names
            .iter()
            .map(|n| wasm_bindgen::JsValue::from(*n))
            .collect();
        if let Some(list) = crate::ui::intl::format("ListFormat", lang.intl(), &[], names.into()) {
            return list;
        }
    }
    let _ = lang;
    names.join(", ")
}

/// Today's date on the visitor's clock; `None` off the browser (the server-side render tests),
/// where views show what does not depend on it.
pub fn today() -> Option<Date> {
    #[cfg(target_arch = "wasm32")]
    {
        let now = web_sys::js_sys::Date::new_0();
        Date::new(
            now.get_full_year() as i32,
            now.get_month() as u8 + 1,
            now.get_date() as u8,
        )
    }
    #[cfg(not(target_arch = "wasm32"))]
    None
}

/// A date window in words; a single date when both ends are the same day.
pub fn date_span(lang: Lang, from: Date, to: Date) -> String {
    if from == to {
        date(lang, from)
    } else {
        tf(
            lang,
            chrome::DATE_SPAN,
            &[("from", &date(lang, from)), ("to", &date(lang, to))],
        )
    }
}

/// A number range such as "3–6", or just "3" when both ends match.
pub fn range(min: impl ToString, max: impl ToString) -> String {
    let (min, max) = (min.to_string(), max.to_string());
    if min == max {
        min
    } else {
        format!("{min}–{max}")
    }
}

/// Tenths of a millimetre as a decimal in `lang`, e.g. 5 → "0.5" (Spanish "0,5").
pub fn tenths(lang: Lang, value: u8) -> String {
    decimal(lang, value, 10)
}

/// Hundredths of a millimetre as a decimal in `lang` without trailing zeros, e.g. 25 → "0.25",
/// 50 → "0.5".
pub fn hundredths(lang: Lang, value: u8) -> String {
    decimal(lang, value, 100)
}

/// `value / per` as a decimal, written by the browser's `Intl.NumberFormat` in `lang`; off the
/// browser with a point and no trailing zeros beyond one decimal.
#[inline(never)]
fn decimal(lang: Lang, value: u8, per: u8) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        thread_local! {
            /// The last language's formatter: the depth picture writes a dozen numbers per
            /// render, and a new `Intl.NumberFormat` for each cost a tick ~30 ms at 4x throttle
            /// (alternating runs, median).
            static NUMBERS: std::cell::RefCell<Option<(Lang, wasm_bindgen::JsValue)>> =
                const { std::cell::RefCell::new(None) };
        }
        let number = f64::from(value) / f64::from(per);
        let text = NUMBERS.with_borrow_mut(|cached| {
            if cached
                .as_ref()
                .is_none_or(|(made_for, _)| *made_for != lang)
            {
                *cached = Some((
                    lang,
                    crate::ui::intl::formatter("NumberFormat", lang.intl(), &[]).ok()?,
                ));
            }
            crate::ui::intl::call(&cached.as_ref()?.1, "format", &[number.into()])
        });
        if let Some(text) = text {
            return text;
        }
    }
    let _ = lang;
    let (whole, part) = (value / per, value % per);
    if per == 10 || part % 10 == 0 {
        format!("{whole}.{}", if per == 10 { part } else { part / 10 })
    } else {
        format!("{whole}.{part:02}")
    }
}

/// One day relative to the session day, in words ("3 days before", "the day itself").
fn day(lang: Lang, offset: i32) -> String {
    let n = offset.unsigned_abs().to_string();
    let key = match offset {
        0 => chrome::TIMING_THE_DAY,
        -1 => chrome::TIMING_DAY_BEFORE,
        1 => chrome::TIMING_DAY_AFTER,
        o if o < 0 => chrome::TIMING_DAYS_BEFORE,
        _ => chrome::TIMING_DAYS_AFTER,
    };
    tf(lang, key, &[("n", &n)])
}

/// A step's timing in words, or `None` for a course or upkeep step that is not tied to a
/// session day (its detail text says when).
pub fn step_timing(lang: Lang, step: &PlanStep) -> Option<String> {
    let untied = matches!(step.phase, Phase::Course | Phase::Upkeep)
        && step.timing.from_day == 0
        && step.timing.to_day == 0;
    (!untied).then(|| timing(lang, step.timing))
}

/// A timing relative to the session day, in words.
pub fn timing(lang: Lang, timing: Timing) -> String {
    if timing.from_day == 0 && timing.to_day == 0 {
        t(lang, chrome::TIMING_DAY_OF).to_owned()
    } else if timing.from_day == timing.to_day {
        day(lang, timing.from_day)
    } else {
        tf(
            lang,
            chrome::TIMING_SPAN,
            &[
                ("from", &day(lang, timing.from_day)),
                ("to", &day(lang, timing.to_day)),
            ],
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_and_tenths() {
        assert_eq!(range(3, 6), "3–6");
        assert_eq!(range(4, 4), "4");
        let lang = Lang::En;
        assert_eq!(tenths(lang, 5), "0.5");
        assert_eq!(tenths(lang, 15), "1.5");
        assert_eq!(hundredths(lang, 25), "0.25");
        assert_eq!(hundredths(lang, 20), "0.2");
        assert_eq!(hundredths(lang, 5), "0.05");
    }

    #[test]
    fn timings_read_naturally() {
        let lang = Lang::En;
        let at = |from_day, to_day| timing(lang, Timing { from_day, to_day });
        assert_eq!(at(0, 0), "On the day");
        assert_eq!(at(-1, -1), "1 day before");
        assert_eq!(at(-14, -1), "From 14 days before to 1 day before");
        assert_eq!(at(0, 2), "From the day itself to 2 days after");
        assert_eq!(at(1, 1), "1 day after");
    }

    #[test]
    fn upkeep_and_routine_steps_have_no_session_day_timing() {
        let step = |phase, from_day, to_day| PlanStep {
            id: "x",
            phase,
            timing: Timing { from_day, to_day },
        };
        let lang = Lang::En;
        assert_eq!(step_timing(lang, &step(Phase::Upkeep, 0, 0)), None);
        assert_eq!(step_timing(lang, &step(Phase::Course, 0, 0)), None);
        assert_eq!(
            step_timing(lang, &step(Phase::DayOf, 0, 0)).as_deref(),
            Some("On the day")
        );
        assert_eq!(
            step_timing(lang, &step(Phase::Course, -28, -7)).as_deref(),
            Some("From 28 days before to 7 days before")
        );
    }

    #[test]
    fn without_intl_dates_are_iso_and_lists_use_commas() {
        let d = Date::new(2026, 12, 7).expect("valid date");
        assert_eq!(date(Lang::En, d), "2026-12-07");
        assert_eq!(month(Lang::Es, d), "12");
        let e = d.add_days(2);
        assert_eq!(date_span(Lang::En, d, e), "2026-12-07 to 2026-12-09");
        assert_eq!(date_span(Lang::En, d, d), "2026-12-07");
        assert_eq!(list(Lang::Es, &["a", "b"]), "a, b");
    }
}
