//! The Plan step: the suggested setting and course, then (with a first-session date) "Next
//! up", the timeline and the checklist grouped by session, or (without) the steps by phase;
//! the healing timeline, long-term care, what to take away, and the clinic's booking and call
//! links. Under "not right now" it reads as what to do first and when to come back: no dated
//! checklist, and the booking link is for a consultation to talk it over.

use yew::prelude::*;

use crate::core::booking::BookingLink;
use crate::core::concern::Concern;
use crate::core::date::{schedule, Date};
use crate::core::healing;
use crate::core::locale::{care_key, chrome, Chrome, ConcernText, ItemText, Lang, SettingText};
use crate::core::plan::{Phase, Plan, Setting};
use crate::core::screening::{Answers, Screening};
use crate::ui::booking::booking;
use crate::ui::checklist::{checklist, next_actions};
use crate::ui::config::{tel_href, Price, Sections};
use crate::ui::cost::course_cost;
use crate::ui::healing_timeline::healing_timeline;
use crate::ui::state::{Action, CheckId, Notice, Step};
use crate::ui::step_actions::{step_actions, Move};
use crate::ui::takeaway::{consultation_sheet, takeaway, TakeawayProps};
use crate::ui::text::{hundredths, range, step_timing, t, tenths, tf};

/// What the step shows and where its actions go.
#[derive(Clone, Debug, PartialEq)]
pub struct PlanStepProps {
    /// The visitor's language.
    pub lang: Lang,
    /// Put on the step heading so focus can move to it.
    pub heading: NodeRef,
    /// The suggested plan (derived once by the app).
    pub plan: Plan,
    /// The screening result (derived once by the app), for the printed sheet.
    pub screening: Screening,
    /// The chosen concerns (without one, the plan says so).
    pub concerns: Vec<Concern>,
    /// The screening answers, for a plan link.
    pub answers: Answers,
    /// The clinic's booking link (already validated), if any.
    pub booking_url: Option<BookingLink>,
    /// Whether the visitor agreed to add their concerns to the booking link.
    pub booking_consent: bool,
    /// The clinic's name, if any.
    pub clinic_name: Option<String>,
    /// The clinic's phone number (already validated), if any.
    pub phone: Option<String>,
    /// The clinic's price per session, if it gives one: shown as an estimated course cost.
    pub price: Option<Price>,
    /// The first session date, if the visitor gave one.
    pub first_session: Option<Date>,
    /// Ticked checklist entries.
    pub ticked: Vec<CheckId>,
    /// Whether the app owns its page, so a plan link and remembering may be offered.
    pub standalone: bool,
    /// Kiosk mode: the plan goes home as a QR code; nothing is shared, stored or downloaded.
    #[cfg(feature = "kiosk")]
    pub kiosk: bool,
    /// Whether the visitor asked to keep their answers on this device.
    pub remember: bool,
    /// What became of the latest plan link sent, or of forgetting.
    pub notice: Option<Notice>,
    /// The steps the clinic shows; moves to hidden steps are left out.
    pub sections: Sections,
    /// Receives the visitor's actions.
    pub on_action: Callback<Action>,
}

/// The course paragraph for a setting.
fn course_key(setting: Setting) -> Chrome {
    match setting {
        Setting::Professional => chrome::PLAN_COURSE_PROFESSIONAL,
        Setting::AtHome => chrome::PLAN_COURSE_AT_HOME,
        Setting::ClinicianFirst => chrome::PLAN_COURSE_CLINICIAN_FIRST,
    }
}

/// The Plan step.
pub fn plan_step(props: &PlanStepProps) -> Html {
    let lang = props.lang;
    let plan = &props.plan;
    let setting = plan.setting.id();
    let course = plan.course;
    let wait_first = !plan.wait_first.is_empty();
    // With a date (and nothing to wait for first), the steps are shown once: dated and grouped
    // by session in the checklist.
    let first_session = props.first_session.filter(|_| !wait_first);
    let plan_schedule = first_session.map(|first| schedule(plan, first));
    let cost = (props.price.as_ref())
        .and_then(|price| course_cost(lang, price, (course.sessions_min, course.sessions_max)));
    let first_things = plan.wait_first.iter().map(|reason| {
        html! {
            <li data-first={reason.id()}>{ t(lang, reason.next_step_key()) }</li>
        }
    });
    let phases = Phase::ALL.iter().filter_map(|&phase| {
        let steps: Vec<_> = plan.steps.iter().filter(|s| s.phase == phase).collect();
        (!steps.is_empty()).then(|| {
            html! {
                <section class="mne-phase" data-phase={phase.id()}>
                    <h4 class="mne-subtitle">{ t(lang, phase.name_key()) }</h4>
                    <ul class="mne-steps">
                        { for steps.iter().map(|step| html! {
                            <li data-plan-step={step.id}>
                                <p class="mne-step-name">{ t(lang, step.key(ItemText::Title)) }</p>
                                { for step_timing(lang, step).map(|when| html! {
                                    <p class="mne-step-when">{ when }</p>
                                }) }
                                <p>{ t(lang, step.key(ItemText::Detail)) }</p>
                            </li>
                        }) }
                    </ul>
                </section>
            }
        })
    });
    let depths = plan.depths.iter().map(|depth| {
        html! {
            <li>{ tf(lang, chrome::PLAN_DEPTH, &[
                ("concern", t(lang, depth.concern.key(ConcernText::Name))),
                ("mm", &range(tenths(lang, depth.min_tenths_mm), tenths(lang, depth.max_tenths_mm))),
            ]) }</li>
        }
    });
    let care = plan.long_term.iter().map(|id| {
        html! {
            <li data-care={*id}>
                <p class="mne-step-name">{ t(lang, care_key(id, ItemText::Title)) }</p>
                <p>{ t(lang, care_key(id, ItemText::Detail)) }</p>
            </li>
        }
    });
    let booking = props.booking_url.as_ref().map(|link| {
        booking(
            lang,
            link,
            props.clinic_name.as_deref(),
            &props.concerns,
            props.booking_consent,
            wait_first,
            &props.on_action,
        )
    });
    let call = props.phone.as_ref().map(|phone| {
        // No-break spaces keep the number on one line; in a right-to-left language a
        // left-to-right isolate keeps its digit groups in order.
        let mut number = phone.replace(' ', "\u{a0}");
        if lang.dir() == "rtl" {
            number = format!("\u{2066}{number}\u{2069}");
        }
        let label = match &props.clinic_name {
            Some(clinic) => tf(lang, chrome::PLAN_CALL_CLINIC, &[("clinic", clinic), ("phone", &number)]),
            None => tf(lang, chrome::PLAN_CALL, &[("phone", &number)]),
        };
        html! {
            <p class="mne-cta-row">
                <a class="mne-button mne-button-secondary mne-cta" href={tel_href(phone)} data-phone="">
                    { label }
                </a>
            </p>
        }
    });
    html! {
        <div class="mne-step" data-step="plan">
            { consultation_sheet(lang, &props.concerns, &props.screening, plan, props.clinic_name.as_deref()) }
            <h2 class="mne-step-title" tabindex="-1" ref={props.heading.clone()}>
                { t(lang, chrome::PLAN_TITLE) }
            </h2>
            if props.concerns.is_empty() {
                <p class="mne-notice" data-no-concerns="">{ t(lang, chrome::PLAN_NO_CONCERNS) }</p>
            }
            <div class="mne-plan" data-plan-setting={setting}>
                if wait_first {
                    <section class="mne-setting" data-wait-first="">
                        <h3 class="mne-outcome-title">{ t(lang, chrome::PLAN_WAIT_TITLE) }</h3>
                        <ul class="mne-bullets">{ for first_things }</ul>
                        <p data-come-back="">{ t(lang, chrome::PLAN_COME_BACK) }</p>
                    </section>
                }
                <div class="mne-setting">
                    <h3 class="mne-outcome-title">{ t(lang, plan.setting.key(SettingText::Name)) }</h3>
                    <p>{ t(lang, plan.setting.key(SettingText::Summary)) }</p>
                </div>
                { for plan_schedule.as_ref().map(|s| next_actions(lang, s, &props.ticked)) }
                <section class="mne-course" data-course="">
                    <h3 class="mne-section-title">{ t(lang, chrome::PLAN_COURSE) }</h3>
                    if let Some(routine) = plan.at_home {
                        <p>{ tf(lang, chrome::PLAN_ROUTINE, &[
                            ("uses", &range(routine.uses_per_week_min, routine.uses_per_week_max)),
                            ("replace", &range(routine.replace_months_min, routine.replace_months_max)),
                        ]) }</p>
                        <p data-home-needles="">{ tf(lang, chrome::PLAN_HOME_NEEDLES, &[
                            ("mm", &range(hundredths(lang, routine.needle_min_hundredths_mm),
                                hundredths(lang, routine.needle_max_hundredths_mm))),
                            ("typical", &hundredths(lang, routine.needle_typical_hundredths_mm)),
                        ]) }</p>
                    }
                    <p>{ tf(lang, course_key(plan.setting), &[
                        ("sessions", &range(course.sessions_min, course.sessions_max)),
                        ("gap", &range(course.gap_weeks_min, course.gap_weeks_max)),
                    ]) }</p>
                    if let Some((price, cost)) = cost {
                        <p data-cost="">{ tf(lang, chrome::PLAN_COST, &[("cost", &cost), ("price", &price)]) }</p>
                    }
                    if plan.at_home.is_none() {
                        <p>{ tf(lang, chrome::PLAN_UPKEEP, &[
                            ("months", &range(course.upkeep_months_min, course.upkeep_months_max)),
                        ]) }</p>
                    }
                    if !plan.depths.is_empty() {
                        <p class="mne-subtitle">{ t(lang, chrome::PLAN_DEPTHS) }</p>
                        <ul class="mne-bullets">{ for depths }</ul>
                    }
                </section>
                if !wait_first {
                    { checklist(lang, plan, plan_schedule.as_ref(), &props.ticked, &props.on_action) }
                }
                if plan_schedule.is_none() {
                    <section class="mne-phases">
                        <h3 class="mne-section-title">
                            { t(lang, if wait_first { chrome::PLAN_STEPS_LATER } else { chrome::PLAN_STEPS }) }
                        </h3>
                        { for phases }
                    </section>
                }
                // With a date, the dated groups already list the days after each session: the
                // healing picture folds away to keep the step short.
                if plan_schedule.is_some() && !healing::timeline(plan).is_empty() {
                    <details class="mne-more" data-healing-more="">
                        <summary>{ t(lang, chrome::PLAN_HEALING_MORE) }</summary>
                        { healing_timeline(lang, plan) }
                    </details>
                } else {
                    { healing_timeline(lang, plan) }
                }
                if !plan.long_term.is_empty() {
                    <details class="mne-more mne-care">
                        <summary>{ t(lang, chrome::PLAN_LONG_TERM) }</summary>
                        <ul class="mne-steps">{ for care }</ul>
                    </details>
                }
                { takeaway(&TakeawayProps {
                    lang,
                    plan,
                    concerns: &props.concerns,
                    answers: &props.answers,
                    first_session,
                    clinic_name: props.clinic_name.as_deref(),
                    standalone: props.standalone,
                    #[cfg(feature = "kiosk")]
                    kiosk: props.kiosk,
                    remember: props.remember,
                    notice: props.notice,
                    on_action: &props.on_action,
                }) }
                { for booking }
                { for call }
            </div>
            { step_actions(lang, props.sections,
                Some(Move { action: Action::Go(Step::Result), label: chrome::NAV_BACK }),
                Some(Move { action: Action::Go(Step::About), label: chrome::PLAN_NEXT }),
                &props.on_action) }
        </div>
    }
}
