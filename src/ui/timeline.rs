//! The plan at a glance: an inline SVG timeline (preparation windows, session windows, recovery
//! days, today, and the upkeep window after a break) drawn from the schedule, with the same
//! facts in words for keyboard and screen-reader users. Mirrored for right-to-left languages.

use yew::prelude::*;

use crate::core::date::{Date, Schedule};
use crate::core::locale::{chrome, Chrome, Lang};
use crate::core::plan::{Phase, Plan};
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
    let bar = |window: (Date, Date), y: i64, h: i64, min: i64, class: &'static str| {
        let (left, width) = span(window, min);
        html! { <rect class={class} x={left.to_string()} y={y.to_string()}
        width={width.to_string()} height={h.to_string()} rx="3" /> }
    };
    let mut shapes = Vec::new();
    for (n, [prep, session, recovery]) in (1u8..).zip(&rows) {
        shapes.extend(prep.map(|w| bar(w, 14, 8, 2, "mne-tl-prep")));
        shapes.extend(recovery.map(|w| bar(w, 48, 8, 2, "mne-tl-recovery")));
        if let Some(w) = *session {
            shapes.push(bar(w, 26, 18, MIN_BAR, "mne-tl-session"));
            let (left, width) = span(w, MIN_BAR);
            shapes.push(html! {
                <text class="mne-tl-number" x={(left + width / 2).to_string()} y="39"
                    text-anchor="middle">{ n.to_string() }</text>
            });
        }
    }
    // Month marks along the bottom.
    let mut month = Date::new(start.year, start.month, 1).unwrap_or(start);
    while month <= end {
        if month >= start {
            let mx = mirror(x(month)).to_string();
            shapes.push(html! {
                <>
                    <line class="mne-tl-tick" x1={mx.clone()} x2={mx.clone()} y1="60" y2="65" />
                    <text class="mne-tl-month" x={mx} y="78" text-anchor="middle">
                        { text::month(lang, month) }
                    </text>
                </>
            });
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
    shapes.push(html! {
        <>
            <text class="mne-tl-month" x={mirror(WIDTH - PAD - UPKEEP - 2).to_string()}
                y="39" text-anchor="middle">{ "…" }</text>
            <rect class="mne-tl-upkeep" x={upkeep_left.to_string()} y="26"
                width={(UPKEEP - 4).to_string()} height="18" rx="3" />
            <text class="mne-tl-upkeep-label" x={(upkeep_left + (UPKEEP - 4) / 2).to_string()}
                y="39" text-anchor="middle">{ t(lang, upkeep_label) }</text>
        </>
    });
    if let Some(day) = today.filter(|day| *day >= start && *day <= end) {
        let tx = mirror(x(day)).to_string();
        shapes.push(html! {
            <>
                <line class="mne-tl-today" x1={tx.clone()} x2={tx.clone()} y1="12" y2="58" />
                <text class="mne-tl-today-label" x={tx} y="9" text-anchor="middle">
                    { t(lang, chrome::TIMELINE_TODAY) }
                </text>
            </>
        });
    }
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
    html! {
        <figure class="mne-timeline" data-timeline="">
            <svg class="mne-tl" viewBox={format!("0 0 {WIDTH} {HEIGHT}")} role="img"
                aria-label={t(lang, chrome::TIMELINE_LABEL)} focusable="false">
                { for shapes }
            </svg>
            <figcaption>
                <details class="mne-more">
                    <summary>{ t(lang, chrome::TIMELINE_WORDS) }</summary>
                    <ul class="mne-bullets" data-timeline-words="">
                        { for words.into_iter().map(|w| html! { <li>{ w }</li> }) }
                    </ul>
                </details>
            </figcaption>
        </figure>
    }
}
