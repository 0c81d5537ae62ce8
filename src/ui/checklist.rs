//! The dated checklist: a first-session date turns every plan step into dated, tickable items.
//! Ticks live in the page's state only; nothing is stored.
//! A plain view function rather than a component: it keeps the bundle small.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::core::date::{schedule, Date, DatedStep};
use crate::core::locale::Lang;
use crate::core::plan::Plan;
use crate::ui::state::{Action, Ticked};
use crate::ui::text::{date_span, t, tf, tk};

/// Which session a dated step belongs to; course-wide and upkeep steps (session 0) show their phase.
fn session_label(lang: Lang, dated: &DatedStep) -> String {
    if dated.session == 0 {
        tk(lang, "phase.", dated.step.phase.id(), ".name").to_owned()
    } else {
        tf(
            lang,
            "ui.plan.session",
            &[("n", &dated.session.to_string())],
        )
    }
}

/// The date field and, once a date is set, the dated checklist of every plan step.
pub fn checklist(
    lang: Lang,
    plan: &Plan,
    first_session: Option<Date>,
    ticked: &[Ticked],
    on_action: &Callback<Action>,
) -> Html {
    let onchange = on_action.reform(|e: Event| {
        let input: HtmlInputElement = e.target_unchecked_into();
        Action::SetFirstSession(Date::parse_iso(&input.value()))
    });
    let list = first_session.map(|first| {
        let plan_schedule = schedule(plan, first);
        let items = plan_schedule.steps.iter().map(|dated| {
            let entry: Ticked = (dated.session, dated.step.id);
            let done = ticked.contains(&entry);
            let onchange = on_action.reform(move |_: Event| Action::Tick(entry, !done));
            html! {
                <li class={if done { "mne-check-item is-done" } else { "mne-check-item" }}
                    key={format!("{}-{}", dated.session, dated.step.id)}>
                    <label class="mne-choice">
                        <input type="checkbox" checked={done} {onchange}
                            data-check={format!("{}-{}", dated.session, dated.step.id)} />
                        <span class="mne-choice-text">
                            <span class="mne-choice-hint">{ date_span(lang, dated.from, dated.to) }</span>
                            <span class="mne-choice-name">
                                { tk(lang, "step.", dated.step.id, ".title") }
                            </span>
                            <span class="mne-choice-hint">
                                { session_label(lang, dated) }
                            </span>
                        </span>
                    </label>
                </li>
            }
        });
        let sessions = plan_schedule.sessions.iter().enumerate().map(|(i, (from, to))| {
            html! {
                <li>{ tf(lang, "ui.plan.session-window", &[
                    ("n", &(i + 1).to_string()),
                    ("when", &date_span(lang, *from, *to)),
                ]) }</li>
            }
        });
        let upkeep_key = if plan.at_home.is_some() {
            "ui.plan.replace-window"
        } else {
            "ui.plan.upkeep-window"
        };
        html! {
            <>
                <h4 class="mne-subtitle">{ t(lang, "ui.plan.sessions") }</h4>
                <ul class="mne-bullets" data-sessions="">{ for sessions }</ul>
                <p>{ tf(lang, upkeep_key, &[
                    ("when", &date_span(lang, plan_schedule.upkeep_from, plan_schedule.upkeep_to)),
                ]) }</p>
                <h4 class="mne-subtitle">{ t(lang, "ui.plan.checklist") }</h4>
                <ul class="mne-list mne-checklist" data-checklist="">{ for items }</ul>
            </>
        }
    });
    html! {
        <section class="mne-dated">
            <h3 class="mne-section-title">{ t(lang, "ui.plan.dated") }</h3>
            <label class="mne-date">
                <span class="mne-date-label">{ t(lang, "ui.plan.date-label") }</span>
                <span class="mne-choice-hint">{ t(lang, "ui.plan.date-hint") }</span>
                <input type="date" data-first-session=""
                    value={first_session.map(Date::to_iso).unwrap_or_default()} {onchange} />
            </label>
            { for list }
        </section>
    }
}
