//! The healing timeline: the days after a clinic session (redness, flaking, back to makeup, back
//! to active skincare) drawn from the plan's own aftercare steps, with the same facts as a list.
//! An at-home plan has no such steps, so it shows nothing.
//! A plain view function rather than a component: it keeps the bundle small.

use yew::Html;

use crate::core::healing::{timeline, Kind, Mark};
use crate::core::locale::{chrome, healing_key, Chrome, HealingText, Lang};
use crate::core::plan::Plan;
use crate::ui::chart::{figure, Bar, Figure};
use crate::ui::text::{t, tf};

/// A row's days in words: usual and longer for what happens, earliest and latest for a wait.
fn when(lang: Lang, mark: &Mark) -> String {
    let day = |key: Chrome, from: i32, to: i32| {
        tf(
            lang,
            key,
            &[("from", &from.to_string()), ("to", &to.to_string())],
        )
    };
    let (first, longer) = match mark.kind {
        Kind::Happens if mark.usual_to_day == mark.from_day => {
            (day(chrome::HEALING_MAYBE, mark.from_day, mark.to_day), None)
        }
        Kind::Happens => (
            day(chrome::HEALING_USUAL, mark.from_day, mark.usual_to_day),
            Some(chrome::HEALING_LONGER),
        ),
        Kind::Wait => (
            day(chrome::HEALING_WAIT, mark.from_day, mark.usual_to_day),
            Some(chrome::HEALING_WAIT_LONGER),
        ),
    };
    match longer.filter(|_| mark.to_day > mark.usual_to_day) {
        Some(key) => format!("{first} {}", day(key, mark.from_day, mark.to_day)),
        None => first,
    }
}

/// The timeline for `plan`, or nothing when it has no clinic aftercare.
#[inline(never)]
pub fn healing_timeline(lang: Lang, plan: &Plan) -> Html {
    let marks = timeline(plan);
    let Some(last) = marks.iter().map(|m| m.to_day).max() else {
        return Html::default();
    };
    let name = |m: &Mark| t(lang, healing_key(m.id, HealingText::Name));
    figure(&Figure {
        id: "healing",
        title: t(lang, chrome::HEALING_TITLE),
        intro: t(lang, chrome::HEALING_INTRO),
        top: 0,
        backdrop: String::new(),
        bars: marks
            .iter()
            .map(|m| Bar {
                id: m.id,
                label: name(m).to_owned(),
                from: m.from_day,
                solid_to: m.usual_to_day,
                to: m.to_day,
            })
            .collect(),
        max: last,
        ticks: (0..=last).map(|d| (d, d.to_string())).collect(),
        axis: t(lang, chrome::HEALING_AXIS),
        key: [
            t(lang, chrome::HEALING_KEY_USUAL),
            t(lang, chrome::HEALING_KEY_MAYBE),
        ],
        facts: marks
            .iter()
            .map(|m| {
                let args = [
                    ("name", name(m)),
                    ("when", &when(lang, m)),
                    ("note", t(lang, healing_key(m.id, HealingText::Note))),
                ];
                (m.id, tf(lang, chrome::HEALING_FACT, &args))
            })
            .collect(),
    })
}
