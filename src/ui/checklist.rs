//! The dated checklist: a first-session date turns every plan step into dated, tickable items.
//! Ticks live in the page's state only; nothing is stored.
//! A plain view function rather than a component: it keeps the bundle small.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::core::date::{schedule, Date, DatedStep};
use crate::core::locale::{chrome, ItemText, Lang};
use crate::core::plan::Plan;
use crate::ui::state::{Action, CheckId};
use crate::ui::text::{date_span, t, tf};

/// Which session a dated step belongs to; course-wide and upkeep steps (session 0) show their phase.
fn session_label(lang: Lang, dated: &DatedStep) -> String {
    if dated.session == 0 {
        t(lang, dated.step.phase.name_key()).to_owned()
    } else {
        tf(
            lang,
            chrome::PLAN_SESSION,
            &[("n", &dated.session.to_string())],
        )
    }
}

/// The date field and, once a date is set, the dated checklist of every plan step.
pub fn checklist(
    lang: Lang,
    plan: &Plan,
    first_session: Option<Date>,
    ticked: &[CheckId],
    on_action: &Callback<Action>,
) -> Html {
    let onchange = on_action.reform(|e: Event| {
        let input: HtmlInputElement = e.target_unchecked_into();
        Action::SetFirstSession(Date::parse_iso(&input.value()))
    });
    let list = first_session.map(|first| {
        let plan_schedule = schedule(plan, first);
        let items = plan_schedule.steps.iter().map(|dated| {
            let entry = CheckId {
                session: dated.session,
                step: dated.step.id,
            };
            let done = ticked.contains(&entry);
            let onchange = on_action.reform(move |_: Event| Action::Tick(entry, !done));
            let dom_id = entry.dom_id();
            html! {
                <li class={if done { "mne-check-item is-done" } else { "mne-check-item" }}
                    key={dom_id.clone()}>
                    <label class="mne-choice">
                        <input type="checkbox" checked={done} {onchange} data-check={dom_id} />
                        <span class="mne-choice-text">
                            <span class="mne-choice-hint">{ date_span(lang, dated.from, dated.to) }</span>
                            <span class="mne-choice-name">
                                { t(lang, dated.step.key(ItemText::Title)) }
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
                <li>{ tf(lang, chrome::PLAN_SESSION_WINDOW, &[
                    ("n", &(i + 1).to_string()),
                    ("when", &date_span(lang, *from, *to)),
                ]) }</li>
            }
        });
        let upkeep_key = if plan.at_home.is_some() {
            chrome::PLAN_REPLACE_WINDOW
        } else {
            chrome::PLAN_UPKEEP_WINDOW
        };
        html! {
            <>
                <h4 class="mne-subtitle">{ t(lang, chrome::PLAN_SESSIONS) }</h4>
                <ul class="mne-bullets" data-sessions="">{ for sessions }</ul>
                <p>{ tf(lang, upkeep_key, &[
                    ("when", &date_span(lang, plan_schedule.upkeep_from, plan_schedule.upkeep_to)),
                ]) }</p>
                <h4 class="mne-subtitle">{ t(lang, chrome::PLAN_CHECKLIST) }</h4>
                <ul class="mne-list mne-checklist" data-checklist="">{ for items }</ul>
            </>
        }
    });
    html! {
        <section class="mne-dated">
            <h3 class="mne-section-title">{ t(lang, chrome::PLAN_DATED) }</h3>
            <label class="mne-date">
                <span class="mne-date-label">{ t(lang, chrome::PLAN_DATE_LABEL) }</span>
                <span class="mne-choice-hint">{ t(lang, chrome::PLAN_DATE_HINT) }</span>
                <input type="date" data-first-session=""
                    value={first_session.map(Date::to_iso).unwrap_or_default()} {onchange} />
            </label>
            { for list }
        </section>
    }
}
