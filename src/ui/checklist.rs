//! The dated checklist: a first-session date turns every plan step into dated, tickable items,
//! grouped by session (before / on the day / after; the course-wide steps such as the
//! consultation go before the first session), with upkeep last. The next group with something left to do is open, the others are collapsed
//! (`<details>`), and each group counts what is ticked. Ticks live in the page's state.
//! A plain view function rather than a component: it keeps the bundle small.

use web_sys::HtmlInputElement;
use yew::prelude::*;
use yew::virtual_dom::{AttributeOrProperty, Attributes};

use crate::core::date::{Date, DatedStep, Schedule};
use crate::core::locale::{chrome, ItemText, Lang};
use crate::core::order;
use crate::core::plan::{Phase, Plan};
use crate::ui::control::{checkbox, with_class, CHOICE};
use crate::ui::markup::Markup;
use crate::ui::state::{Action, CheckId};
use crate::ui::text::{date_span, t, tf, today};
use crate::ui::timeline::timeline;

/// A checklist group: one session (course-wide steps join the first), or upkeep.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Group {
    Session(u8),
    Later,
}

impl Group {
    fn of(dated: &DatedStep) -> Group {
        match (dated.session, dated.step.phase) {
            (_, Phase::Upkeep) => Group::Later,
            (0, _) => Group::Session(1),
            (n, _) => Group::Session(n),
        }
    }
}

/// The part of a session group a step is listed under (course-wide steps come before).
fn part(phase: Phase) -> Phase {
    if phase == Phase::Course {
        Phase::Before
    } else {
        phase
    }
}

/// The date field and, once a date is set, the timeline and the grouped checklist.
pub fn checklist(
    lang: Lang,
    plan: &Plan,
    schedule: Option<&Schedule>,
    ticked: &[CheckId],
    on_action: &Callback<Action>,
) -> Html {
    let onchange = on_action.reform(|e: Event| {
        let input: HtmlInputElement = e.target_unchecked_into();
        Action::SetFirstSession(Date::parse_iso(&input.value()))
    });
    let first_session = schedule.and_then(|s| s.sessions.first()).map(|s| s.0);
    let list = schedule.map(|schedule| dated(lang, plan, schedule, ticked, on_action));
    let mut title = Markup::default();
    title.el(
        r#"h3 class="mne-section-title""#,
        t(lang, chrome::PLAN_DATED),
    );
    let mut words = Markup::default();
    words
        .el(
            r#"span class="mne-date-label""#,
            t(lang, chrome::PLAN_DATE_LABEL),
        )
        .el(
            r#"span class="mne-choice-hint""#,
            t(lang, chrome::PLAN_DATE_HINT),
        );
    html! {
        <section class="mne-dated">
            { title.html() }
            <label class="mne-date">
                { words.html() }
                <input type="date" data-first-session=""
                    value={first_session.map(Date::to_iso).unwrap_or_default()} {onchange} />
            </label>
            { for list }
        </section>
    }
}

/// The grouped checklist, the count of ticks, the timeline and the session windows.
fn dated(
    lang: Lang,
    plan: &Plan,
    schedule: &Schedule,
    ticked: &[CheckId],
    on_action: &Callback<Action>,
) -> Html {
    let mut groups: Vec<(Group, Vec<&DatedStep>)> = Vec::new();
    for dated in &schedule.steps {
        let group = Group::of(dated);
        match groups.iter_mut().find(|(g, _)| *g == group) {
            Some((_, items)) => items.push(dated),
            None => groups.push((group, vec![dated])),
        }
    }
    order::sort_by_key(&mut groups, |(g, _)| *g);
    let is_done = |d: &DatedStep| ticked.contains(&check_id(d));
    let today = today();
    // The next group: the first with an unticked step not yet past (any date counts without a clock).
    let next = groups
        .iter()
        .find(|(_, items)| {
            items
                .iter()
                .any(|d| !is_done(d) && today.is_none_or(|day| d.to >= day))
        })
        .map(|(g, _)| *g);
    let total = schedule.steps.len();
    let done = schedule.steps.iter().filter(|d| is_done(d)).count();
    let list = |steps: &[&DatedStep]| {
        html! {
            <ul class="mne-list mne-checklist">
                { for steps.iter().map(|d| item(lang, d, is_done(d), on_action)) }
            </ul>
        }
    };
    let sections = groups.iter().map(|(group, items)| {
        let group_done = items.iter().filter(|d| is_done(d)).count();
        let title = match *group {
            Group::Later => t(lang, chrome::PLAN_GROUP_LATER).to_owned(),
            Group::Session(n) => {
                let (from, to) = schedule.sessions[usize::from(n) - 1];
                tf(
                    lang,
                    chrome::PLAN_SESSION_WINDOW,
                    &[("n", &n.to_string()), ("when", &date_span(lang, from, to))],
                )
            }
        };
        let count = tf(
            lang,
            chrome::PLAN_DONE,
            &[
                ("done", &group_done.to_string()),
                ("total", &items.len().to_string()),
            ],
        );
        // A session's steps come under before / on the day / after; upkeep's in one list.
        let mut body = Vec::new();
        match group {
            Group::Session(_) => {
                for phase in [Phase::Before, Phase::DayOf, Phase::After] {
                    let steps: Vec<&DatedStep> = (items.iter().copied())
                        .filter(|d| part(d.step.phase) == phase)
                        .collect();
                    if !steps.is_empty() {
                        let mut m = Markup::default();
                        m.el(r#"h5 class="mne-subtitle""#, t(lang, phase.name_key()));
                        body.push(m.html());
                        body.push(list(&steps));
                    }
                }
            }
            Group::Later => body.push(list(items)),
        }
        let id = match *group {
            Group::Later => "later".to_owned(),
            Group::Session(n) => n.to_string(),
        };
        let mut summary = Markup::default();
        summary
            .open("summary")
            .el(r#"span class="mne-group-title""#, &title)
            .el(
                r#"span class="mne-group-count" data-group-count="""#,
                &count,
            )
            .close("summary");
        html! {
            <details class="mne-more mne-group" open={next == Some(*group)} data-group={id.clone()}
                key={["group-", &id].concat()}>
                { summary.html() }
                <div>{ for body }</div>
            </details>
        }
    });
    let upkeep_key = if plan.at_home.is_some() {
        chrome::PLAN_REPLACE_WINDOW
    } else {
        chrome::PLAN_UPKEEP_WINDOW
    };
    let mut head = Markup::default();
    head.open(r#"h4 class="mne-subtitle""#)
        .text(t(lang, chrome::PLAN_CHECKLIST))
        .text(" ")
        .el(
            r#"span class="mne-choice-hint" data-ticked-count="""#,
            &tf(
                lang,
                chrome::PLAN_DONE,
                &[("done", &done.to_string()), ("total", &total.to_string())],
            ),
        )
        .close("h4");
    let mut tail = Markup::default();
    tail.el(r#"h4 class="mne-subtitle""#, t(lang, chrome::PLAN_SESSIONS))
        .open(r#"ul class="mne-bullets" data-sessions="""#);
    for (n, (from, to)) in (1..).zip(&schedule.sessions) {
        tail.el(
            "li",
            &tf(
                lang,
                chrome::PLAN_SESSION_WINDOW,
                &[
                    ("n", &n.to_string()),
                    ("when", &date_span(lang, *from, *to)),
                ],
            ),
        );
    }
    tail.close("ul").el(
        "p",
        &tf(
            lang,
            upkeep_key,
            &[(
                "when",
                &date_span(lang, schedule.upkeep_from, schedule.upkeep_to),
            )],
        ),
    );
    html! {
        <>
            { head.html() }
            <div class="mne-groups" data-checklist="">{ for sections }</div>
            { timeline(lang, plan, schedule, today) }
            { tail.html() }
        </>
    }
}

/// The checklist entry of a dated step.
fn check_id(dated: &DatedStep) -> CheckId {
    CheckId {
        session: dated.session,
        step: dated.step.id,
    }
}

/// How many upcoming actions the top of the plan lists.
const NEXT_COUNT: usize = 3;

/// "Next up": the first few dated steps not yet ticked and not yet past, for the top of the
/// plan (the full checklist is below), written into the plan's markup (see [`Markup`]).
pub fn next_actions(m: &mut Markup, lang: Lang, schedule: &Schedule, ticked: &[CheckId]) {
    let today = today();
    let next = schedule
        .steps
        .iter()
        .filter(|d| !ticked.contains(&check_id(d)))
        .filter(|d| today.is_none_or(|day| d.to >= day))
        .take(NEXT_COUNT);
    m.open(r#"section class="mne-next" data-next="""#)
        .el(
            r#"h3 class="mne-section-title""#,
            t(lang, chrome::PLAN_NEXT_UP),
        )
        .open(r#"ul class="mne-bullets""#);
    for d in next {
        m.open_with("li", &[("data-next-step", &check_id(d).dom_id())])
            .el(
                r#"span class="mne-next-when""#,
                &date_span(lang, d.from, d.to),
            )
            .text(": ")
            .text(t(lang, d.step.key(ItemText::Title)))
            .close("li");
    }
    m.close("ul").close("section");
}

/// One tickable step with its dates, title and what to do.
fn item(lang: Lang, dated: &DatedStep, done: bool, on_action: &Callback<Action>) -> Html {
    let entry = check_id(dated);
    let onchange = on_action.reform(move |_: Event| Action::Tick(entry, !done));
    let id = entry.dom_id();
    let mut text = Markup::default();
    text.open(r#"span class="mne-choice-text""#)
        .el(
            r#"span class="mne-choice-hint""#,
            &date_span(lang, dated.from, dated.to),
        )
        .el(
            r#"span class="mne-choice-name""#,
            t(lang, dated.step.key(ItemText::Title)),
        )
        .el(
            r#"span class="mne-choice-hint""#,
            t(lang, dated.step.key(ItemText::Detail)),
        )
        .close("span");
    let input = Attributes::Dynamic {
        keys: &["type", "data-check"],
        values: Box::new([
            // A dynamic list reads only `Attribute` values (never `Static`).
            Some(AttributeOrProperty::Attribute(AttrValue::Static(
                "checkbox",
            ))),
            Some(AttributeOrProperty::Attribute(id.clone().into())),
        ]),
    };
    let label = checkbox(CHOICE, input, done, onchange, text.html());
    let class = if done {
        "mne-check-item is-done"
    } else {
        "mne-check-item"
    };
    with_class(html! { <li key={id}>{ label }</li> }, class)
}
