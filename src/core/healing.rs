//! The days after a clinic session, as data for the healing timeline: what happens (redness,
//! flaking) and what waits (makeup, active skincare). The days come from the plan's own
//! after-session steps, so the picture and the plan can never disagree; only the "usual" end
//! of each row is added here, from the sources.

use crate::core::plan::Plan;

/// Whether a row is something the skin does or something the visitor holds off.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    /// The skin does it (redness, flaking).
    Happens,
    /// The visitor waits before doing it again (makeup, active skincare).
    Wait,
}

/// One row of the timeline, in days after the session (day 0). Keys: `healing.{id}.name` (the
/// label) and `healing.{id}.note` (the advice).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Mark {
    /// The stable id.
    pub id: &'static str,
    /// Happens or wait.
    pub kind: Kind,
    /// The first day.
    pub from_day: i32,
    /// The last day it usually lasts; equal to `from_day` when the sources give no usual
    /// length ("may happen").
    pub usual_to_day: i32,
    /// The last day it can last.
    pub to_day: i32,
}

/// Each row: its id, kind, the plan step it is drawn from, and where its usual part ends.
const ROWS: [(&str, Kind, &str, Usual); 4] = [
    // Redness and swelling: usually 1-2 days, up to a week (clinical notes, Chu 2021).
    ("redness", Kind::Happens, "redness", Usual::Day(2)),
    // Flaking: "may occur a few days after" (guide): no usual length.
    ("flaking", Kind::Happens, "no-picking", Usual::None),
    // Makeup: at least 24 hours, or until the redness fades (guide).
    ("makeup", Kind::Wait, "no-makeup", Usual::Step),
    // Retinoids, acids, exfoliants, vitamin C: 3-5 days, or as the practitioner says (guide).
    ("actives", Kind::Wait, "no-actives", Usual::Day(3)),
];

/// Where a row's usual part ends.
#[derive(Clone, Copy)]
enum Usual {
    /// On this day.
    Day(i32),
    /// Where the step ends.
    Step,
    /// There is no usual part.
    None,
}

/// Every row id, in row order (the locale's texts for the rows are found by these at compile
/// time).
pub(crate) const IDS: [&str; ROWS.len()] = {
    let mut ids = [""; ROWS.len()];
    let mut i = 0;
    while i < ROWS.len() {
        ids[i] = ROWS[i].0;
        i += 1;
    }
    ids
};

/// Every row id (for locale completeness).
pub fn row_ids() -> impl Iterator<Item = &'static str> {
    IDS.into_iter()
}

/// The timeline rows for a plan: one per row whose step the plan holds (none for an at-home
/// plan, whose routine has no clinic aftercare).
pub fn timeline(plan: &Plan) -> Vec<Mark> {
    ROWS.iter()
        .filter_map(|&(id, kind, step, usual)| {
            let timing = plan.steps.iter().find(|s| s.id == step)?.timing;
            let usual_to_day = match usual {
                Usual::Day(day) => day.clamp(timing.from_day, timing.to_day),
                Usual::Step => timing.to_day,
                Usual::None => timing.from_day,
            };
            Some(Mark {
                id,
                kind,
                from_day: timing.from_day,
                usual_to_day,
                to_day: timing.to_day,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::concern::Concern;
    use crate::core::plan::{suggest, ClinicOptions};
    use crate::core::screening::{screen, Answer, Answers, Question};

    fn plan(concerns: &[Concern]) -> Plan {
        let mut answers = Answers::default();
        for q in Question::ALL {
            answers.set(q, Answer::No);
        }
        suggest(
            concerns,
            &screen(&answers, concerns),
            ClinicOptions::default(),
        )
    }

    #[test]
    fn a_clinic_plan_has_all_four_rows_with_the_sources_days() {
        let marks = timeline(&plan(&[Concern::AcneScars]));
        let days: Vec<_> = marks
            .iter()
            .map(|m| (m.id, m.from_day, m.usual_to_day, m.to_day))
            .collect();
        assert_eq!(
            days,
            [
                ("redness", 0, 2, 7),
                ("flaking", 2, 2, 7),
                ("makeup", 0, 1, 1),
                ("actives", 0, 3, 5),
            ]
        );
        for m in &marks {
            assert!(m.from_day <= m.usual_to_day && m.usual_to_day <= m.to_day);
        }
    }

    #[test]
    fn rows_follow_the_plan_steps() {
        let plan = plan(&[Concern::FineLines]);
        for mark in timeline(&plan) {
            let step = ROWS.iter().find(|r| r.0 == mark.id).expect("row").2;
            let timing = plan
                .steps
                .iter()
                .find(|s| s.id == step)
                .expect("step")
                .timing;
            assert_eq!(
                (mark.from_day, mark.to_day),
                (timing.from_day, timing.to_day)
            );
        }
    }

    #[test]
    fn an_at_home_plan_has_no_clinic_timeline() {
        assert!(timeline(&plan(&[Concern::Texture])).is_empty());
    }
}
