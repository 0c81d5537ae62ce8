//! Calendar arithmetic and plan schedules across month ends, year ends and leap days.

use microneedling_explorer::core::concern::Concern;
use microneedling_explorer::core::date::{schedule, schedule_sessions, Date, DatedStep, Schedule};
use microneedling_explorer::core::plan::{suggest, ClinicOptions, Phase, Setting};
use microneedling_explorer::core::screening::{screen, Answer, Answers, Question};

fn d(iso: &str) -> Date {
    Date::parse_iso(iso).expect("valid test date")
}

/// The next day, worked out the slow way with a month-length table.
fn next_day(date: Date) -> Date {
    let leap = date.year % 4 == 0 && (date.year % 100 != 0 || date.year % 400 == 0);
    let lengths = [
        31,
        if leap { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ];
    if date.day < lengths[usize::from(date.month) - 1] {
        Date {
            day: date.day + 1,
            ..date
        }
    } else if date.month < 12 {
        Date {
            month: date.month + 1,
            day: 1,
            ..date
        }
    } else {
        Date {
            year: date.year + 1,
            month: 1,
            day: 1,
        }
    }
}

#[test]
fn adding_days_matches_counting_day_by_day() {
    let mut date = d("1899-12-25");
    let start = date;
    for n in 0..(366 * 310) {
        assert_eq!(start.add_days(n), date, "{n}");
        assert_eq!(date.add_days(-n), start, "{n}");
        let next = next_day(date);
        assert_eq!(date.add_days(1), next);
        assert_eq!(next.add_days(-1), date);
        assert_eq!((date.weekday() + 1) % 7, next.weekday());
        date = next;
    }
}

#[test]
fn month_year_and_leap_edges() {
    let cases = [
        ("2026-01-31", 1, "2026-02-01"),
        ("2026-02-28", 1, "2026-03-01"),
        ("2028-02-28", 1, "2028-02-29"),
        ("2028-02-29", 1, "2028-03-01"),
        ("2100-02-28", 1, "2100-03-01"),
        ("2000-02-28", 1, "2000-02-29"),
        ("2026-12-31", 1, "2027-01-01"),
        ("2027-01-01", -1, "2026-12-31"),
        ("2028-03-01", -1, "2028-02-29"),
        ("2026-03-01", -14, "2026-02-15"),
        ("2028-03-01", -14, "2028-02-16"),
        ("2026-11-23", 365, "2027-11-23"),
        ("2027-11-23", 366, "2028-11-23"),
        ("2026-12-20", 42, "2027-01-31"),
    ];
    for (from, days, to) in cases {
        assert_eq!(d(from).add_days(days), d(to), "{from} {days:+}");
    }
    assert_eq!(Date::parse_iso("2100-02-29"), None);
    assert_eq!(
        Date::parse_iso("2028-02-29").map(Date::to_iso).as_deref(),
        Some("2028-02-29")
    );
}

fn clinic_schedule(first: &str) -> Schedule {
    let concerns = [Concern::AcneScars];
    let plan = suggest(
        &concerns,
        &screen(&Answers::all(Answer::No), &concerns),
        ClinicOptions::default(),
    );
    assert_eq!(plan.setting, Setting::Professional);
    schedule(&plan, d(first))
}

fn find(s: &Schedule, id: &str, session: u8) -> DatedStep {
    *s.steps
        .iter()
        .find(|x| x.step.id == id && x.session == session)
        .unwrap_or_else(|| panic!("no {id} for session {session}"))
}

#[test]
fn schedule_over_a_leap_day() {
    let s = clinic_schedule("2028-02-15");
    assert_eq!(
        s.sessions,
        [
            (d("2028-02-15"), d("2028-02-15")),
            (d("2028-03-14"), d("2028-03-28")),
            (d("2028-04-11"), d("2028-05-09")),
        ]
    );
    let sun = find(&s, "avoid-sun", 1);
    assert_eq!((sun.from, sun.to), (d("2028-02-01"), d("2028-02-14")));
    let actives = find(&s, "pause-actives", 1);
    assert_eq!(
        (actives.from, actives.to),
        (d("2028-02-10"), d("2028-02-14"))
    );
    let makeup = find(&s, "no-makeup", 1);
    assert_eq!((makeup.from, makeup.to), (d("2028-02-15"), d("2028-02-16")));
    let redness = find(&s, "redness", 2);
    assert_eq!(
        (redness.from, redness.to),
        (d("2028-03-14"), d("2028-04-04"))
    );
    assert_eq!(
        (s.upkeep_from, s.upkeep_to),
        (d("2028-10-11"), d("2029-05-09"))
    );
}

#[test]
fn schedule_over_a_year_end() {
    let s = clinic_schedule("2026-12-20");
    assert_eq!(s.sessions[1], (d("2027-01-17"), d("2027-01-31")));
    assert_eq!(s.sessions[2], (d("2027-02-14"), d("2027-03-14")));
    let consultation = find(&s, "consultation", 0);
    assert_eq!(
        (consultation.from, consultation.to),
        (d("2026-11-22"), d("2026-12-13"))
    );
    assert_eq!(consultation.step.phase, Phase::Course);
    let upkeep = find(&s, "upkeep", 0);
    assert_eq!((upkeep.from, upkeep.to), (d("2027-08-14"), d("2028-03-14")));
    assert_eq!((s.upkeep_from, s.upkeep_to), (upkeep.from, upkeep.to));
}

#[test]
fn schedules_are_sorted_and_complete() {
    for first in ["2026-01-31", "2027-12-31", "2028-02-29", "2099-12-01"] {
        let s = clinic_schedule(first);
        assert!(
            s.steps.windows(2).all(|w| w[0].from <= w[1].from),
            "{first}"
        );
        assert_eq!(s.sessions[0], (d(first), d(first)));
        for dated in &s.steps {
            assert!(dated.from <= dated.to, "{first} {}", dated.step.id);
            match dated.step.phase {
                Phase::Before => {
                    let (early, late) = s.sessions[usize::from(dated.session) - 1];
                    assert!(dated.from < early && dated.to < late, "{}", dated.step.id);
                }
                Phase::DayOf | Phase::After => {
                    let (early, _) = s.sessions[usize::from(dated.session) - 1];
                    assert!(dated.from >= early, "{}", dated.step.id);
                }
                Phase::Course | Phase::Upkeep => assert_eq!(dated.session, 0),
            }
        }
        let per_session = s.steps.iter().filter(|x| x.step.id == "treatment").count();
        assert_eq!(per_session, s.sessions.len());
    }
}

#[test]
fn more_sessions_and_at_home_schedules() {
    let concerns = [Concern::FineLines];
    let plan = suggest(
        &concerns,
        &screen(&Answers::all(Answer::No), &concerns),
        ClinicOptions::default(),
    );
    let s = schedule_sessions(&plan, d("2026-11-23"), 6);
    assert_eq!(s.sessions.len(), 6);
    assert_eq!(
        s.sessions[5],
        (d("2026-11-23").add_days(140), d("2026-11-23").add_days(210))
    );
    assert_eq!(
        schedule_sessions(&plan, d("2026-11-23"), 0).sessions.len(),
        1
    );

    let home = [Concern::ProductAbsorption];
    let plan = suggest(
        &home,
        &screen(&Answers::all(Answer::No), &home),
        ClinicOptions::default(),
    );
    assert_eq!(plan.setting, Setting::AtHome);
    let s = schedule(&plan, d("2027-08-31"));
    assert_eq!(s.sessions, [(d("2027-08-31"), d("2027-08-31"))]);
    assert_eq!(
        (s.upkeep_from, s.upkeep_to),
        (d("2027-11-30"), d("2028-02-29"))
    );
    let replace = find(&s, "home-replace", 0);
    assert_eq!((replace.from, replace.to), (s.upkeep_from, s.upkeep_to));
}

#[test]
fn clinician_first_plans_start_with_the_clinician() {
    let mut answers = Answers::all(Answer::No);
    answers.set(Question::Isotretinoin, Answer::Unsure);
    answers.set(Question::BloodThinners, Answer::Yes);
    let concerns = [Concern::StretchMarks];
    let plan = suggest(
        &concerns,
        &screen(&answers, &concerns),
        ClinicOptions::default(),
    );
    assert_eq!(plan.setting, Setting::ClinicianFirst);
    let s = schedule(&plan, d("2027-03-01"));
    assert_eq!(s.steps[0].step.id, "see-clinician");
    assert_eq!(
        (s.steps[0].from, s.steps[0].to),
        (d("2027-01-18"), d("2027-02-15"))
    );
    let thinners = find(&s, "blood-thinners", 1);
    assert_eq!(
        (thinners.from, thinners.to),
        (d("2027-02-08"), d("2027-02-22"))
    );
}
