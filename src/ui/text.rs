//! Text helpers for the views: locale lookups, placeholders, dates, ranges and step timings.

use crate::core::date::Date;
use crate::core::locale::{self, Lang};
use crate::core::plan::{Phase, Step, Timing};

/// The visitor-facing text for `key` (chrome keys start with `ui.`).
pub fn t(lang: Lang, key: &str) -> &'static str {
    locale::text(lang, key)
}

/// The text for the key `{prefix}{id}{suffix}`, e.g. `tk(lang, "concern.", id, ".name")`.
/// One shared function instead of a `format!` per call site keeps the bundle small.
#[inline(never)]
pub fn tk(lang: Lang, prefix: &str, id: &str, suffix: &str) -> &'static str {
    let mut key = String::with_capacity(prefix.len() + id.len() + suffix.len());
    key.push_str(prefix);
    key.push_str(id);
    key.push_str(suffix);
    locale::text(lang, &key)
}

/// The text for `key` with its `{name}` placeholders filled in.
pub fn tf(lang: Lang, key: &str, args: &[(&str, &str)]) -> String {
    locale::fill(locale::text(lang, key), args)
}

/// A date in words, e.g. "Mon 7 Dec 2026".
pub fn date(lang: Lang, date: Date) -> String {
    tf(
        lang,
        "ui.date.format",
        &[
            (
                "weekday",
                t(lang, &format!("ui.weekday.{}", date.weekday())),
            ),
            ("day", &date.day.to_string()),
            ("month", t(lang, &format!("ui.month.{}", date.month))),
            ("year", &date.year.to_string()),
        ],
    )
}

/// Today's date on the visitor's clock; `None` off the browser (the server-side render tests),
/// where views show what does not depend on it.
pub fn today() -> Option<Date> {
    #[cfg(target_arch = "wasm32")]
    {
        let now = js_sys::Date::new_0();
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
            "ui.date.span",
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

/// Tenths of a millimetre as a decimal, e.g. 5 → "0.5".
pub fn tenths(value: u8) -> String {
    format!("{}.{}", value / 10, value % 10)
}

/// One day relative to the session day, in words ("3 days before", "the day itself").
fn day(lang: Lang, offset: i32) -> String {
    let n = offset.unsigned_abs().to_string();
    let key = match offset {
        0 => "ui.timing.the-day",
        -1 => "ui.timing.day-before",
        1 => "ui.timing.day-after",
        o if o < 0 => "ui.timing.days-before",
        _ => "ui.timing.days-after",
    };
    tf(lang, key, &[("n", &n)])
}

/// A step's timing in words, or `None` for a course or upkeep step that is not tied to a
/// session day (its detail text says when).
pub fn step_timing(lang: Lang, step: &Step) -> Option<String> {
    let untied = matches!(step.phase, Phase::Course | Phase::Upkeep)
        && step.timing.from_day == 0
        && step.timing.to_day == 0;
    (!untied).then(|| timing(lang, step.timing))
}

/// A timing relative to the session day, in words.
pub fn timing(lang: Lang, timing: Timing) -> String {
    if timing.from_day == 0 && timing.to_day == 0 {
        t(lang, "ui.timing.day-of").to_owned()
    } else if timing.from_day == timing.to_day {
        day(lang, timing.from_day)
    } else {
        tf(
            lang,
            "ui.timing.span",
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
        assert_eq!(tenths(5), "0.5");
        assert_eq!(tenths(15), "1.5");
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
        let step = |phase, from_day, to_day| Step {
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
    fn dates_read_naturally() {
        let d = Date::new(2026, 12, 7).expect("valid date");
        assert_eq!(date(Lang::En, d), "Mon 7 Dec 2026");
        let e = d.add_days(2);
        assert_eq!(
            date_span(Lang::En, d, e),
            "Mon 7 Dec 2026 to Wed 9 Dec 2026"
        );
        assert_eq!(date_span(Lang::En, d, d), "Mon 7 Dec 2026");
    }

    #[test]
    fn every_ui_key_the_views_name_exists() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src/ui");
        let mut checked = 0;
        for entry in std::fs::read_dir(dir).expect("src/ui") {
            let source = std::fs::read_to_string(entry.expect("entry").path()).expect("source");
            for literal in source.split('"').skip(1).step_by(2) {
                let is_key = literal.starts_with("ui.")
                    && literal.len() > 3
                    && !literal.contains(['{', ' '])
                    && !literal.ends_with('.');
                if is_key {
                    assert!(locale::has_key(Lang::En, literal), "missing {literal}");
                    checked += 1;
                }
            }
        }
        assert!(checked > 40, "only {checked} keys found");
        for setting in ["professional", "at-home", "clinician-first"] {
            assert!(locale::has_key(
                Lang::En,
                &format!("ui.plan.course.{setting}")
            ));
        }
        for step in crate::ui::state::Step::ALL {
            assert!(locale::has_key(Lang::En, &format!("ui.step.{}", step.id())));
        }
        for i in 0..7 {
            assert!(locale::has_key(Lang::En, &format!("ui.weekday.{i}")));
        }
        for m in 1..=12 {
            assert!(locale::has_key(Lang::En, &format!("ui.month.{m}")));
        }
    }
}
