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
use crate::ui::control::step_title;
use crate::ui::cost::course_cost;
use crate::ui::healing_timeline::healing_timeline;
use crate::ui::markup::Markup;
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
    // The parts with no controls are one markup string each (see [`Markup`]): the setting and
    // course, the undated steps by phase, and the long-term care.
    let mut top = Markup::default();
    if wait_first {
        top.open(r#"section class="mne-setting" data-wait-first="""#)
            .el(
                r#"h3 class="mne-outcome-title""#,
                t(lang, chrome::PLAN_WAIT_TITLE),
            )
            .open(r#"ul class="mne-bullets""#);
        for reason in &plan.wait_first {
            top.open_with("li", &[("data-first", reason.id())])
                .text(t(lang, reason.next_step_key()))
                .close("li");
        }
        top.close("ul")
            .el(r#"p data-come-back="""#, t(lang, chrome::PLAN_COME_BACK))
            .close("section");
    }
    top.open(r#"div class="mne-setting""#)
        .el(
            r#"h3 class="mne-outcome-title""#,
            t(lang, plan.setting.key(SettingText::Name)),
        )
        .el("p", t(lang, plan.setting.key(SettingText::Summary)))
        .close("div");
    if let Some(s) = &plan_schedule {
        next_actions(&mut top, lang, s, &props.ticked);
    }
    top.open(r#"section class="mne-course" data-course="""#).el(
        r#"h3 class="mne-section-title""#,
        t(lang, chrome::PLAN_COURSE),
    );
    if let Some(routine) = plan.at_home {
        let uses = range(routine.uses_per_week_min, routine.uses_per_week_max);
        let replace = range(routine.replace_months_min, routine.replace_months_max);
        let mm = range(
            hundredths(lang, routine.needle_min_hundredths_mm),
            hundredths(lang, routine.needle_max_hundredths_mm),
        );
        let typical = hundredths(lang, routine.needle_typical_hundredths_mm);
        top.el(
            "p",
            &tf(
                lang,
                chrome::PLAN_ROUTINE,
                &[("uses", &uses), ("replace", &replace)],
            ),
        )
        .el(
            r#"p data-home-needles="""#,
            &tf(
                lang,
                chrome::PLAN_HOME_NEEDLES,
                &[("mm", &mm), ("typical", &typical)],
            ),
        );
    }
    let sessions = range(course.sessions_min, course.sessions_max);
    let gap = range(course.gap_weeks_min, course.gap_weeks_max);
    top.el(
        "p",
        &tf(
            lang,
            course_key(plan.setting),
            &[("sessions", &sessions), ("gap", &gap)],
        ),
    );
    if let Some((price, cost)) = cost {
        top.el(
            r#"p data-cost="""#,
            &tf(
                lang,
                chrome::PLAN_COST,
                &[("cost", &cost), ("price", &price)],
            ),
        );
    }
    if plan.at_home.is_none() {
        let months = range(course.upkeep_months_min, course.upkeep_months_max);
        top.el("p", &tf(lang, chrome::PLAN_UPKEEP, &[("months", &months)]));
    }
    if !plan.depths.is_empty() {
        top.el(r#"p class="mne-subtitle""#, t(lang, chrome::PLAN_DEPTHS))
            .open(r#"ul class="mne-bullets""#);
        for depth in &plan.depths {
            let mm = range(
                tenths(lang, depth.min_tenths_mm),
                tenths(lang, depth.max_tenths_mm),
            );
            let concern = t(lang, depth.concern.key(ConcernText::Name));
            top.el(
                "li",
                &tf(
                    lang,
                    chrome::PLAN_DEPTH,
                    &[("concern", concern), ("mm", &mm)],
                ),
            );
        }
        top.close("ul");
    }
    top.close("section");
    let phases = plan_schedule.is_none().then(|| {
        let mut m = Markup::default();
        let title = if wait_first {
            chrome::PLAN_STEPS_LATER
        } else {
            chrome::PLAN_STEPS
        };
        m.open(r#"section class="mne-phases""#)
            .el(r#"h3 class="mne-section-title""#, t(lang, title));
        for &phase in Phase::ALL.iter() {
            let mut steps = plan.steps.iter().filter(|s| s.phase == phase).peekable();
            if steps.peek().is_none() {
                continue;
            }
            m.open_with(
                r#"section class="mne-phase""#,
                &[("data-phase", phase.id())],
            )
            .el(r#"h4 class="mne-subtitle""#, t(lang, phase.name_key()))
            .open(r#"ul class="mne-steps""#);
            for step in steps {
                m.open_with("li", &[("data-plan-step", step.id)]).el(
                    r#"p class="mne-step-name""#,
                    t(lang, step.key(ItemText::Title)),
                );
                if let Some(when) = step_timing(lang, step) {
                    m.el(r#"p class="mne-step-when""#, &when);
                }
                m.el("p", t(lang, step.key(ItemText::Detail))).close("li");
            }
            m.close("ul").close("section");
        }
        m.close("section");
        m.html()
    });
    let care = (!plan.long_term.is_empty()).then(|| {
        let mut m = Markup::default();
        m.el("summary", t(lang, chrome::PLAN_LONG_TERM))
            .open(r#"ul class="mne-steps""#);
        for id in &plan.long_term {
            m.open_with("li", &[("data-care", id)])
                .el(
                    r#"p class="mne-step-name""#,
                    t(lang, care_key(id, ItemText::Title)),
                )
                .el("p", t(lang, care_key(id, ItemText::Detail)))
                .close("li");
        }
        m.close("ul");
        html! { <details class="mne-more mne-care">{ m.html() }</details> }
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
            number = ["\u{2066}", &number, "\u{2069}"].concat();
        }
        let label = match &props.clinic_name {
            Some(clinic) => tf(
                lang,
                chrome::PLAN_CALL_CLINIC,
                &[("clinic", clinic), ("phone", &number)],
            ),
            None => tf(lang, chrome::PLAN_CALL, &[("phone", &number)]),
        };
        let mut m = Markup::default();
        m.open(r#"p class="mne-cta-row""#)
            .open_with(
                r#"a class="mne-button mne-button-secondary mne-cta""#,
                &[("href", &tel_href(phone)), ("data-phone", "")],
            )
            .text(&label)
            .close("a")
            .close("p");
        m.html()
    });
    let no_concerns = props.concerns.is_empty().then(|| {
        let mut m = Markup::default();
        m.el(
            r#"p class="mne-notice" data-no-concerns="""#,
            t(lang, chrome::PLAN_NO_CONCERNS),
        );
        m.html()
    });
    let mut healing_summary = Markup::default();
    healing_summary.el("summary", t(lang, chrome::PLAN_HEALING_MORE));
    html! {
        <div class="mne-step" data-step="plan">
            { consultation_sheet(lang, &props.concerns, &props.screening, plan, props.clinic_name.as_deref()) }
            { step_title(&props.heading, t(lang, chrome::PLAN_TITLE)) }
            { for no_concerns }
            <div class="mne-plan" data-plan-setting={setting}>
                { top.html() }
                if !wait_first {
                    { checklist(lang, plan, plan_schedule.as_ref(), &props.ticked, &props.on_action) }
                }
                { for phases }
                // With a date, the dated groups already list the days after each session: the
                // healing picture folds away to keep the step short.
                if plan_schedule.is_some() && !healing::timeline(plan).is_empty() {
                    <details class="mne-more" data-healing-more="">
                        { healing_summary.html() }
                        { healing_timeline(lang, plan) }
                    </details>
                } else {
                    { healing_timeline(lang, plan) }
                }
                { for care }
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
                Some(Move { to: Step::Result, label: chrome::NAV_BACK }),
                Some(Move { to: Step::About, label: chrome::PLAN_NEXT }),
                &props.on_action) }
        </div>
    }
}
