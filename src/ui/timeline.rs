//! The plan at a glance: an inline SVG timeline (preparation windows, session windows, recovery
//! days, today, and the upkeep window after a break) drawn from the schedule, with the same
//! facts in words for keyboard and screen-reader users. Mirrored for right-to-left languages.

use yew::prelude::*;

use crate::core::date::{Date, Schedule};
use crate::core::locale::{chrome, Chrome, Lang};
use crate::core::plan::{Phase, Plan};
use crate::ui::chart::tag;
use crate::ui::markup::{escape, Markup};
use crate::ui::text::{self, date, date_span, t, tf};

/// The drawing's width and height, in viewBox units. Whole numbers throughout: formatting
/// floats would cost the bundle several KB.
const WIDTH: i64 = 360;
const HEIGHT: i64 = 82;
/// Margin at either end, and the room kept at the right for the upkeep window.
const PAD: i64 = 10;
const UPKEEP: i64 = 64;
/// The narrowest a bar is drawn, so a one-day session still shows its number.
const MIN_BAR: i64 = 14;

/// For each session: its preparation window, its window and its recovery days (first to last).
fn windows(schedule: &Schedule) -> Vec<[Option<(Date, Date)>; 3]> {
    let span = |n: u8, phase: Phase| {
        let steps = schedule
            .steps
            .iter()
            .filter(|d| d.session == n && d.step.phase == phase);
        steps.fold(None, |acc: Option<(Date, Date)>, d| {
            Some(acc.map_or((d.from, d.to), |(a, b)| (a.min(d.from), b.max(d.to))))
        })
    };
    (1u8..)
        .zip(&schedule.sessions)
        .map(|(n, &window)| [span(n, Phase::Before), Some(window), span(n, Phase::After)])
        .collect()
}

/// The timeline drawing and its text equivalent.
pub fn timeline(lang: Lang, plan: &Plan, schedule: &Schedule, today: Option<Date>) -> Html {
    let rows = windows(schedule);
    let dated = schedule
        .steps
        .iter()
        .filter(|d| d.step.phase != Phase::Upkeep);
    let start = dated.clone().map(|d| d.from).min();
    let end = dated.map(|d| d.to).max();
    let (Some(mut start), Some(end)) = (start, end) else {
        return Html::default();
    };
    if let Some(day) = today.filter(|day| *day < start) {
        start = day;
    }
    let days = (end.days_since_epoch() - start.days_since_epoch()).max(1);
    let rtl = lang.dir() == "rtl";
    let mirror = |x: i64| if rtl { WIDTH - x } else { x };
    // Where a day starts, before mirroring.
    let x = |d: Date| {
        let offset = d.days_since_epoch() - start.days_since_epoch();
        PAD + offset * (WIDTH - 2 * PAD - UPKEEP) / days
    };
    // The left edge and width of the days `from` to `to` (inclusive), mirrored as needed.
    let span = |(from, to): (Date, Date), min: i64| {
        let (a, b) = (mirror(x(from)), mirror(x(to.add_days(1))));
        (a.min(b), (b - a).abs().max(min))
    };
    // The drawing is one markup string (see `ui::markup`): it has no controls.
    let mut svg = String::with_capacity(2048);
    let num = |n: i64| n as i32;
    svg.push_str(
        &[
            "<svg class=\"mne-tl\" viewBox=\"0 0 ",
            &WIDTH.to_string(),
            " ",
            &HEIGHT.to_string(),
            "\" role=\"img\" aria-label=\"",
        ]
        .concat(),
    );
    escape(&mut svg, t(lang, chrome::TIMELINE_LABEL));
    svg.push_str("\" focusable=\"false\">");
    let bar = |svg: &mut String, window: (Date, Date), y: i64, h: i64, min: i64, class: &str| {
        let (left, width) = span(window, min);
        let nums = [
            ("x", num(left)),
            ("y", num(y)),
            ("width", num(width)),
            ("height", num(h)),
        ];
        tag(svg, "rect", class, &nums, true);
    };
    // Text centred on `x` at the height `y`.
    let label = |svg: &mut String, class: &str, x: i64, y: i64, words: &str| {
        tag(svg, "text", class, &[("x", num(x)), ("y", num(y))], false);
        escape(svg, words);
        svg.push_str("</text>");
    };
    for (n, [prep, session, recovery]) in (1u8..).zip(&rows) {
        if let Some(w) = *prep {
            bar(&mut svg, w, 14, 8, 2, r#"class="mne-tl-prep" rx="3""#);
        }
        if let Some(w) = *recovery {
            bar(&mut svg, w, 48, 8, 2, r#"class="mne-tl-recovery" rx="3""#);
        }
        if let Some(w) = *session {
            bar(
                &mut svg,
                w,
                26,
                18,
                MIN_BAR,
                r#"class="mne-tl-session" rx="3""#,
            );
            let (left, width) = span(w, MIN_BAR);
            label(&mut svg, NUMBER, left + width / 2, 39, &n.to_string());
        }
    }
    // Month marks along the bottom.
    let mut month = Date::new(start.year, start.month, 1).unwrap_or(start);
    while month <= end {
        if month >= start {
            let mx = mirror(x(month));
            let nums = [("x1", num(mx)), ("x2", num(mx)), ("y1", 60), ("y2", 65)];
            tag(&mut svg, "line", r#"class="mne-tl-tick""#, &nums, true);
            label(&mut svg, MONTH, mx, 78, &text::month(lang, month));
        }
        month = month.add_months(1);
    }
    // The upkeep window, after a break: not to scale.
    let upkeep_left = if rtl { PAD } else { WIDTH - PAD - UPKEEP + 4 };
    let upkeep_label = if plan.at_home.is_some() {
        chrome::TIMELINE_REPLACE_NAME
    } else {
        chrome::TIMELINE_UPKEEP_NAME
    };
    label(&mut svg, MONTH, mirror(WIDTH - PAD - UPKEEP - 2), 39, "…");
    let nums = [
        ("x", num(upkeep_left)),
        ("y", 26),
        ("width", num(UPKEEP - 4)),
        ("height", 18),
    ];
    tag(
        &mut svg,
        "rect",
        r#"class="mne-tl-upkeep" rx="3""#,
        &nums,
        true,
    );
    let upkeep_x = upkeep_left + (UPKEEP - 4) / 2;
    label(&mut svg, UPKEEP_LABEL, upkeep_x, 39, t(lang, upkeep_label));
    if let Some(day) = today.filter(|day| *day >= start && *day <= end) {
        let tx = mirror(x(day));
        let nums = [("x1", num(tx)), ("x2", num(tx)), ("y1", 12), ("y2", 58)];
        tag(&mut svg, "line", r#"class="mne-tl-today""#, &nums, true);
        label(&mut svg, TODAY, tx, 9, t(lang, chrome::TIMELINE_TODAY));
    }
    svg.push_str("</svg>");
    // The same facts in words.
    let mut words: Vec<String> = today
        .into_iter()
        .map(|day| {
            tf(
                lang,
                chrome::TIMELINE_TODAY_IS,
                &[("date", &date(lang, day))],
            )
        })
        .collect();
    for (n, [prep, session, recovery]) in (1u8..).zip(&rows) {
        let n = n.to_string();
        let mut line = |key: Chrome, window: Option<(Date, Date)>| {
            if let Some((from, to)) = window {
                words.push(tf(
                    lang,
                    key,
                    &[("n", &n), ("when", &date_span(lang, from, to))],
                ));
            }
        };
        line(chrome::TIMELINE_PREPARE, *prep);
        line(chrome::PLAN_SESSION_WINDOW, *session);
        line(chrome::TIMELINE_RECOVER, *recovery);
    }
    let upkeep_words = if plan.at_home.is_some() {
        chrome::PLAN_REPLACE_WINDOW
    } else {
        chrome::PLAN_UPKEEP_WINDOW
    };
    words.push(tf(
        lang,
        upkeep_words,
        &[(
            "when",
            &date_span(lang, schedule.upkeep_from, schedule.upkeep_to),
        )],
    ));
    let mut list = Markup::default();
    list.el("summary", t(lang, chrome::TIMELINE_WORDS))
        .open(r#"ul class="mne-bullets" data-timeline-words="""#);
    for w in &words {
        list.el("li", w);
    }
    list.close("ul");
    // The disclosure stays a Yew node: a visitor opens it, and it stays open as texts change.
    html! {
        <figure class="mne-timeline" data-timeline="">
            { Html::from_html_unchecked(AttrValue::from(svg)) }
            <figcaption>
                <details class="mne-more">{ list.html() }</details>
            </figcaption>
        </figure>
    }
}

/// The classes of the drawing's texts, all centred on their x.
const NUMBER: &str = r#"class="mne-tl-number" text-anchor="middle""#;
const MONTH: &str = r#"class="mne-tl-month" text-anchor="middle""#;
const UPKEEP_LABEL: &str = r#"class="mne-tl-upkeep-label" text-anchor="middle""#;
const TODAY: &str = r#"class="mne-tl-today-label" text-anchor="middle""#;
