//! The plan engine: which setting fits, the course, studied depths, and the steps before, on the
//! day and after, with long-term care.

use crate::core::concern::Concern;
use crate::core::ids::stable_ids;
use crate::core::order;
use crate::core::screening::{Outcome, Question, Reason, Screening};

stable_ids! {
    /// Where treatment should happen.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub enum Setting {
        /// A course with a trained practitioner.
        Professional = "professional",
        /// Short needles at home (product absorption and mild texture only).
        AtHome = "at-home",
        /// Talk to a clinician before any plan.
        ClinicianFirst = "clinician-first",
    }
}

/// What the clinic embedding the widget offers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ClinicOptions {
    /// Whether the clinic lets the widget suggest at-home needling at all.
    pub at_home_allowed: bool,
}

stable_ids! {
    /// The part of a plan a step belongs to; `ALL` is the order a plan shows them.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum Phase {
        /// Before each session.
        Before = "before",
        /// On the day of each session.
        DayOf = "day-of",
        /// After each session.
        After = "after",
        /// Once for the whole course.
        Course = "course",
        /// Upkeep after the course.
        Upkeep = "upkeep",
    }
}

/// A step's timing relative to a session day (day 0). Negative = before. Course steps count
/// from the first session; upkeep steps from the upkeep window.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Timing {
    /// The first day the step applies.
    pub from_day: i32,
    /// The last day the step applies.
    pub to_day: i32,
}

/// One thing to do. Text keys: `step.{id}.title`, `step.{id}.detail`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct PlanStep {
    /// The stable id.
    pub id: &'static str,
    /// The part of the plan it belongs to.
    pub phase: Phase,
    /// When it applies.
    pub timing: Timing,
}

/// The usual clinic course (the practitioner sets the exact count).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Course {
    /// Fewest sessions usually planned.
    pub sessions_min: u8,
    /// Most sessions usually planned.
    pub sessions_max: u8,
    /// Shortest gap between sessions, in weeks.
    pub gap_weeks_min: u8,
    /// Longest gap between sessions, in weeks.
    pub gap_weeks_max: u8,
    /// Upkeep sessions: soonest, in months after the course (common practice, not tested).
    pub upkeep_months_min: u8,
    /// Upkeep sessions: latest, in months after the course.
    pub upkeep_months_max: u8,
}

/// The at-home routine, for at-home plans.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct AtHomeRoutine {
    /// Fewest uses a week.
    pub uses_per_week_min: u8,
    /// Most uses a week.
    pub uses_per_week_max: u8,
    /// Replace the device after at least this many months.
    pub replace_months_min: u8,
    /// Replace the device after at most this many months.
    pub replace_months_max: u8,
    /// Needle length of home devices, shortest, in hundredths of a millimetre. A product size,
    /// not a depth tested in studies.
    pub needle_min_hundredths_mm: u8,
    /// Needle length of home devices, longest, in hundredths of a millimetre.
    pub needle_max_hundredths_mm: u8,
    /// The most common home needle length, in hundredths of a millimetre.
    pub needle_typical_hundredths_mm: u8,
}

/// A needle depth range used in studies for a concern ("your practitioner chooses").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct DepthRange {
    /// The concern studied.
    pub concern: Concern,
    /// Shallowest depth, in tenths of a millimetre.
    pub min_tenths_mm: u8,
    /// Deepest depth, in tenths of a millimetre.
    pub max_tenths_mm: u8,
}

/// A suggested plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Plan {
    /// Where treatment should happen.
    pub setting: Setting,
    /// The usual clinic course (for an at-home plan: the clinic option the visitor could choose
    /// instead).
    pub course: Course,
    /// The at-home routine, only for at-home plans.
    pub at_home: Option<AtHomeRoutine>,
    /// Depth ranges used in clinic studies, for chosen concerns that have them (none for an
    /// at-home plan: its needle length is a product size, in [`AtHomeRoutine`]).
    pub depths: Vec<DepthRange>,
    /// The steps, in phase order, then by timing.
    pub steps: Vec<PlanStep>,
    /// Long-term care ids; keys `care.{id}.title`, `care.{id}.detail`.
    pub long_term: Vec<&'static str>,
    /// What must happen before any treatment: the not-now reasons, worst first (empty unless
    /// the outcome is not-now). A plan with any reads as "what to do first and when to come
    /// back", not as a booking.
    pub wait_first: Vec<Reason>,
}

impl Default for ClinicOptions {
    fn default() -> Self {
        ClinicOptions {
            at_home_allowed: true,
        }
    }
}

/// The usual clinic course: 3-6 sessions, 4-6 weeks apart, upkeep every 6-12 months.
pub const CLINIC_COURSE: Course = Course {
    sessions_min: 3,
    sessions_max: 6,
    gap_weeks_min: 4,
    gap_weeks_max: 6,
    upkeep_months_min: 6,
    upkeep_months_max: 12,
};

/// The at-home routine: once or twice a week, a new device every 3-6 months, needles
/// 0.2-0.5 mm (0.25 mm typical).
pub const AT_HOME_ROUTINE: AtHomeRoutine = AtHomeRoutine {
    uses_per_week_min: 1,
    uses_per_week_max: 2,
    replace_months_min: 3,
    replace_months_max: 6,
    needle_min_hundredths_mm: 20,
    needle_max_hundredths_mm: 50,
    needle_typical_hundredths_mm: 25,
};

const fn step(id: &'static str, phase: Phase, from_day: i32, to_day: i32) -> PlanStep {
    PlanStep {
        id,
        phase,
        timing: Timing { from_day, to_day },
    }
}

/// Course step for a clinician-first plan: see a clinician before booking anything.
pub(crate) const SEE_CLINICIAN: PlanStep = step("see-clinician", Phase::Course, -42, -14);
/// Steps of a clinic plan (professional or clinician-first).
pub(crate) const CLINIC_STEPS: &[PlanStep] = &[
    step("consultation", Phase::Course, -28, -7),
    step("avoid-sun", Phase::Before, -14, -1),
    step("pause-actives", Phase::Before, -5, -1),
    step("numbing", Phase::DayOf, 0, 0),
    step("treatment", Phase::DayOf, 0, 0),
    step("approved-products", Phase::DayOf, 0, 0),
    step("redness", Phase::After, 0, 7),
    step("no-makeup", Phase::After, 0, 1),
    step("no-heat", Phase::After, 0, 2),
    step("no-actives", Phase::After, 0, 5),
    step("sun-after", Phase::After, 0, 7),
    step("hydrate", Phase::After, 0, 7),
    step("no-picking", Phase::After, 2, 7),
    step("upkeep", Phase::Upkeep, 0, 0),
];
/// Steps of an at-home plan.
pub(crate) const AT_HOME_STEPS: &[PlanStep] = &[
    step("home-check-skin", Phase::DayOf, 0, 0),
    step("home-clean", Phase::DayOf, 0, 0),
    step("home-gentle", Phase::DayOf, 0, 0),
    step("home-products", Phase::DayOf, 0, 0),
    step("home-sun", Phase::After, 0, 1),
    step("home-routine", Phase::Course, 0, 0),
    step("home-replace", Phase::Upkeep, 0, 0),
];
/// Extra steps a screening reason adds: (question, step).
pub(crate) const REASON_STEPS: &[(Question, PlanStep)] = &[
    (
        Question::ColdSoreHistory,
        step("antiviral", Phase::Before, -14, -1),
    ),
    (
        Question::BloodThinners,
        step("blood-thinners", Phase::Before, -21, -7),
    ),
    (
        Question::RecentSun,
        step("heal-sun", Phase::Before, -14, -1),
    ),
    (
        Question::RetinoidsAcids,
        step("pause-actives", Phase::Before, -5, -1),
    ),
];
/// Long-term care ids for clinic plans.
pub(crate) const CLINIC_CARE: &[&str] =
    &["sunscreen", "skincare", "lifestyle", "upkeep", "check-ins"];
/// Long-term care ids for at-home plans.
pub(crate) const AT_HOME_CARE: &[&str] = &["sunscreen", "skincare", "lifestyle", "check-ins"];

/// Every step any plan can contain, each table in turn (a step may appear in two tables).
fn all_steps() -> impl Iterator<Item = &'static PlanStep> {
    CLINIC_STEPS
        .iter()
        .chain(AT_HOME_STEPS)
        .chain(REASON_STEPS.iter().map(|(_, s)| s))
        .chain([&SEE_CLINICIAN])
}

/// Every step id any plan can contain (for locale completeness).
pub fn all_step_ids() -> impl Iterator<Item = &'static str> {
    all_steps().map(|s| s.id)
}

/// Every long-term care id any plan can contain (for locale completeness).
pub fn all_care_ids() -> impl Iterator<Item = &'static str> {
    CLINIC_CARE.iter().chain(AT_HOME_CARE).copied()
}

/// The depth range used in clinic studies for a concern, if the sources give one: atrophic
/// acne scars 1.5-2.5 mm; melasma pilots about 1.5 mm.
pub fn studied_depth(concern: Concern) -> Option<DepthRange> {
    let (min_tenths_mm, max_tenths_mm) = match concern {
        Concern::AcneScars => (15, 25),
        Concern::Pigmentation => (15, 15),
        _ => return None,
    };
    Some(DepthRange {
        concern,
        min_tenths_mm,
        max_tenths_mm,
    })
}

/// Whether home needling can be suggested for these concerns at all: the clinic allows it, at
/// least one concern is chosen and every chosen concern suits home needles (never scars,
/// wrinkles or stretch marks). The plan and "what matters to you" both ask this.
#[inline]
pub fn at_home_possible(concerns: &[Concern], clinic: ClinicOptions) -> bool {
    clinic.at_home_allowed && !concerns.is_empty() && concerns.iter().all(|c| c.at_home_suitable())
}

/// Cheap setting decision: pure enum logic, no allocation.
///
/// Clinician-first when the outcome is not-now or talk-first. At-home only when the clinic
/// allows it, at least one concern is chosen and every chosen concern suits at-home needles.
/// Otherwise professional.
#[inline]
pub fn choose_setting(concerns: &[Concern], outcome: Outcome, clinic: ClinicOptions) -> Setting {
    if outcome >= Outcome::TalkFirst {
        Setting::ClinicianFirst
    } else if at_home_possible(concerns, clinic) {
        Setting::AtHome
    } else {
        Setting::Professional
    }
}

/// Suggests a plan for the chosen concerns, the screening result and what the clinic offers.
pub fn suggest(concerns: &[Concern], screening: &Screening, clinic: ClinicOptions) -> Plan {
    let setting = choose_setting(concerns, screening.outcome, clinic);
    let at_home = setting == Setting::AtHome;
    // Chosen concerns in display order, each once (`Concern::ALL` is in display order).
    let concerns_sorted: Vec<Concern> = Concern::ALL
        .into_iter()
        .filter(|c| concerns.contains(c))
        .collect();
    let depths = if at_home {
        Vec::new()
    } else {
        concerns_sorted
            .iter()
            .filter_map(|&c| studied_depth(c))
            .collect()
    };
    let mut steps: Vec<PlanStep> = if at_home {
        AT_HOME_STEPS.to_vec()
    } else {
        CLINIC_STEPS.to_vec()
    };
    if setting == Setting::ClinicianFirst {
        steps.push(SEE_CLINICIAN);
    }
    for reason in &screening.reasons {
        // Every answered reason is a `yes` or `unsure`: both add the question's extra steps.
        if let Reason::Answered { question, .. } = *reason {
            for (_, extra) in REASON_STEPS.iter().filter(|(q, _)| *q == question) {
                if !steps.iter().any(|s| s.id == extra.id) {
                    steps.push(*extra);
                }
            }
        }
    }
    order::sort_by_key(&mut steps, |s| {
        (s.phase, s.timing.from_day, s.timing.to_day)
    });
    Plan {
        setting,
        course: CLINIC_COURSE,
        at_home: at_home.then_some(AT_HOME_ROUTINE),
        depths,
        steps,
        long_term: if at_home { AT_HOME_CARE } else { CLINIC_CARE }.to_vec(),
        wait_first: screening
            .reasons
            .iter()
            .copied()
            .filter(|r| r.tier() == Outcome::NotNow)
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::screening::{screen, Answer, Answers};

    fn plan_for(concerns: &[Concern], answers: &Answers, at_home_allowed: bool) -> Plan {
        suggest(
            concerns,
            &screen(answers, concerns),
            ClinicOptions { at_home_allowed },
        )
    }

    #[test]
    fn only_a_not_now_plan_lists_what_to_do_first() {
        let mut answers = Answers::all(Answer::No);
        answers.set(Question::Pregnancy, Answer::Yes);
        assert!(plan_for(&[Concern::Texture], &answers, true)
            .wait_first
            .is_empty());
        answers.set(Question::OtherSkinCondition, Answer::Yes);
        let plan = plan_for(&[Concern::Texture], &answers, true);
        assert_eq!(plan.setting, Setting::ClinicianFirst);
        assert_eq!(
            plan.wait_first,
            [Reason::Answered {
                question: Question::OtherSkinCondition,
                answer: Answer::Yes
            }]
        );
    }

    #[test]
    fn texture_alone_can_be_at_home() {
        let plan = plan_for(&[Concern::Texture], &Answers::all(Answer::No), true);
        assert_eq!(plan.setting, Setting::AtHome);
        assert_eq!(plan.at_home, Some(AT_HOME_ROUTINE));
        assert!(
            plan.depths.is_empty(),
            "a home needle size is not a studied depth"
        );
        assert_eq!(AT_HOME_ROUTINE.needle_max_hundredths_mm, 50);
        assert!(plan.steps.iter().any(|s| s.id == "home-clean"));
        assert!(!plan.steps.iter().any(|s| s.id == "numbing"));
    }

    #[test]
    fn at_home_respects_the_clinic() {
        let plan = plan_for(
            &[Concern::ProductAbsorption],
            &Answers::all(Answer::No),
            false,
        );
        assert_eq!(plan.setting, Setting::Professional);
        assert_eq!(plan.at_home, None);
    }

    #[test]
    fn scars_are_never_at_home() {
        let plan = plan_for(
            &[Concern::Texture, Concern::AcneScars],
            &Answers::all(Answer::No),
            true,
        );
        assert_eq!(plan.setting, Setting::Professional);
        assert_eq!(
            plan.depths,
            [DepthRange {
                concern: Concern::AcneScars,
                min_tenths_mm: 15,
                max_tenths_mm: 25
            }]
        );
    }

    #[test]
    fn no_concern_is_professional() {
        assert_eq!(
            choose_setting(&[], Outcome::NoRedFlags, ClinicOptions::default()),
            Setting::Professional
        );
    }

    #[test]
    fn talk_first_and_not_now_go_to_a_clinician() {
        let mut answers = Answers::all(Answer::No);
        answers.set(Question::Pregnancy, Answer::Yes);
        let plan = plan_for(&[Concern::Texture], &answers, true);
        assert_eq!(plan.setting, Setting::ClinicianFirst);
        assert!(plan.steps.iter().any(|s| s.id == "see-clinician"));
        answers.set(Question::Pregnancy, Answer::No);
        answers.set(Question::OpenWounds, Answer::Yes);
        assert_eq!(
            plan_for(&[Concern::Texture], &answers, true).setting,
            Setting::ClinicianFirst
        );
        assert_eq!(
            plan_for(&[Concern::Rosacea], &Answers::all(Answer::No), true).setting,
            Setting::ClinicianFirst
        );
    }

    #[test]
    fn reasons_add_their_steps_once() {
        let mut answers = Answers::all(Answer::No);
        answers.set(Question::ColdSoreHistory, Answer::Yes);
        answers.set(Question::RetinoidsAcids, Answer::Yes);
        let plan = plan_for(&[Concern::FineLines], &answers, true);
        assert_eq!(plan.setting, Setting::Professional);
        assert_eq!(plan.steps.iter().filter(|s| s.id == "antiviral").count(), 1);
        assert_eq!(
            plan.steps
                .iter()
                .filter(|s| s.id == "pause-actives")
                .count(),
            1
        );
        let home = plan_for(&[Concern::Texture], &answers, true);
        assert_eq!(home.setting, Setting::AtHome);
        assert!(home.steps.iter().any(|s| s.id == "pause-actives"));
    }

    #[test]
    fn steps_are_in_phase_order_with_sane_timings() {
        let plan = plan_for(&[Concern::AcneScars], &Answers::all(Answer::No), true);
        assert!(plan.steps.windows(2).all(|w| w[0].phase <= w[1].phase));
        let mut checked = 0;
        for s in all_steps() {
            let Timing { from_day, to_day } = s.timing;
            let untied = from_day == 0 && to_day == 0;
            assert!(from_day <= to_day, "{}", s.id);
            match s.phase {
                Phase::Before => assert!(to_day < 0, "{}", s.id),
                Phase::DayOf => assert!(untied, "{}", s.id),
                Phase::After => assert!(from_day >= 0 && to_day > 0, "{}", s.id),
                // A course step is either the whole course (untied) or comes before the first
                // session (the consultation, seeing a clinician).
                Phase::Course => assert!(untied || to_day < 0, "{}", s.id),
                Phase::Upkeep => assert!(untied, "{}", s.id),
            }
            checked += 1;
        }
        let tables = CLINIC_STEPS.len() + AT_HOME_STEPS.len() + REASON_STEPS.len() + 1;
        assert_eq!(checked, tables, "every step of every table is checked");
    }
}
