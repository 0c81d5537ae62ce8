//! Civil (proleptic Gregorian) dates and the dated schedule of a plan. Pure: no clock is read.

use crate::core::order;
use crate::core::plan::{Phase, Plan, PlanStep, Setting};

/// A calendar date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Date {
    /// The year, e.g. 2026.
    pub year: i32,
    /// The month, 1-12.
    pub month: u8,
    /// The day of the month, 1-31.
    pub day: u8,
}

/// Whether `year` is a leap year in the Gregorian calendar.
pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// How many days `month` has in `year`.
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap_year(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl Date {
    /// The date, if it exists (months 1-12, days within the month, leap years respected).
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        ((1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month))
            .then_some(Date { year, month, day })
    }

    /// Parses `YYYY-MM-DD` (what `<input type=date>` gives); `None` for anything else.
    pub fn parse_iso(s: &str) -> Option<Date> {
        let mut parts = s.split('-');
        let (year, month, day) = (parts.next()?, parts.next()?, parts.next()?);
        let digits = |p: &str, len: usize| p.len() == len && p.bytes().all(|b| b.is_ascii_digit());
        if parts.next().is_some() || !digits(year, 4) || !digits(month, 2) || !digits(day, 2) {
            return None;
        }
        Date::new(year.parse().ok()?, month.parse().ok()?, day.parse().ok()?)
    }

    /// The date as `YYYY-MM-DD`.
    pub fn to_iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// The date as `YYYYMMDD` (ISO 8601's basic form: plan links, calendar files).
    pub fn to_basic(self) -> String {
        format!("{:04}{:02}{:02}", self.year, self.month, self.day)
    }

    /// Days since 1970-01-01 (negative before it).
    pub fn days_since_epoch(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` days since 1970-01-01.
    pub fn from_days_since_epoch(days: i64) -> Date {
        // Howard Hinnant's civil_from_days.
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        Date {
            year: year.clamp(i64::from(i32::MIN), i64::from(i32::MAX)) as i32,
            month: month as u8,
            day: day as u8,
        }
    }

    /// The date `days` days later (earlier when negative).
    pub fn add_days(self, days: i32) -> Date {
        Date::from_days_since_epoch(self.days_since_epoch() + i64::from(days))
    }

    /// The same day `months` months later (earlier when negative), moved back to the month's
    /// last day when that month is shorter (31 Jan + 1 month = 28 or 29 Feb).
    pub fn add_months(self, months: i32) -> Date {
        let index = i64::from(self.year) * 12 + i64::from(self.month) - 1 + i64::from(months);
        let year = index
            .div_euclid(12)
            .clamp(i64::from(i32::MIN), i64::from(i32::MAX)) as i32;
        let month = (index.rem_euclid(12) + 1) as u8;
        Date {
            year,
            month,
            day: self.day.min(days_in_month(year, month)),
        }
    }

    /// The day of the week, 0 = Monday … 6 = Sunday.
    pub fn weekday(self) -> u8 {
        // 1970-01-01 was a Thursday (3).
        (self.days_since_epoch() + 3).rem_euclid(7) as u8
    }
}

/// A plan step placed on the calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DatedStep {
    /// The step.
    pub step: PlanStep,
    /// The first day it applies (earliest case).
    pub from: Date,
    /// The last day it applies (latest case).
    pub to: Date,
    /// The session it belongs to, from 1; 0 for course-wide and upkeep steps.
    pub session: u8,
}

/// A plan on the calendar.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Schedule {
    /// The earliest and latest day of each session; the first is the given day. An at-home plan
    /// has one entry: the first use.
    pub sessions: Vec<(Date, Date)>,
    /// Every step with its dates, sorted by date.
    pub steps: Vec<DatedStep>,
    /// The upkeep window opens (for at-home plans: when to replace the device).
    pub upkeep_from: Date,
    /// The upkeep window closes.
    pub upkeep_to: Date,
}

/// Puts `plan` on the calendar from `first_session`, with the course's smallest number of
/// sessions (the practitioner sets the exact count).
pub fn schedule(plan: &Plan, first_session: Date) -> Schedule {
    schedule_sessions(plan, first_session, plan.course.sessions_min)
}

/// Puts `plan` on the calendar with `sessions` sessions (at least one). Session `n` may fall
/// between `(n-1) × shortest gap` and `(n-1) × longest gap` after the first; its steps are dated
/// from the earliest to the latest case. Course steps count from the first session, upkeep
/// steps from the upkeep window, which runs from the shortest upkeep after the earliest last
/// session to the longest upkeep after the latest last session.
pub fn schedule_sessions(plan: &Plan, first_session: Date, sessions: u8) -> Schedule {
    let course = plan.course;
    let session_windows: Vec<(Date, Date)> = if plan.setting == Setting::AtHome {
        vec![(first_session, first_session)]
    } else {
        (0..i32::from(sessions.max(1)))
            .map(|n| {
                (
                    first_session.add_days(n * 7 * i32::from(course.gap_weeks_min)),
                    first_session.add_days(n * 7 * i32::from(course.gap_weeks_max)),
                )
            })
            .collect()
    };
    let (last_early, last_late) = *session_windows
        .last()
        .unwrap_or(&(first_session, first_session));
    let (upkeep_from, upkeep_to) = match &plan.at_home {
        Some(routine) => (
            first_session.add_months(i32::from(routine.replace_months_min)),
            first_session.add_months(i32::from(routine.replace_months_max)),
        ),
        None => (
            last_early.add_months(i32::from(course.upkeep_months_min)),
            last_late.add_months(i32::from(course.upkeep_months_max)),
        ),
    };
    let mut steps = Vec::new();
    for &step in &plan.steps {
        let (from_day, to_day) = (step.timing.from_day, step.timing.to_day);
        match step.phase {
            Phase::Before | Phase::DayOf | Phase::After => {
                for (n, &(early, late)) in (1u8..).zip(&session_windows) {
                    steps.push(DatedStep {
                        step,
                        from: early.add_days(from_day),
                        to: late.add_days(to_day),
                        session: n,
                    });
                }
            }
            Phase::Course => steps.push(DatedStep {
                step,
                from: first_session.add_days(from_day),
                to: first_session.add_days(to_day),
                session: 0,
            }),
            Phase::Upkeep => steps.push(DatedStep {
                step,
                from: upkeep_from.add_days(from_day),
                to: upkeep_to.add_days(to_day),
                session: 0,
            }),
        }
    }
    order::sort_by_key(&mut steps, |d| (d.from, d.to, d.session));
    Schedule {
        sessions: session_windows,
        steps,
        upkeep_from,
        upkeep_to,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u8, day: u8) -> Date {
        Date::new(y, m, day).expect("valid test date")
    }

    #[test]
    fn validates_dates() {
        assert!(Date::new(2028, 2, 29).is_some());
        assert!(Date::new(2026, 2, 29).is_none());
        assert!(Date::new(2100, 2, 29).is_none());
        assert!(Date::new(2000, 2, 29).is_some());
        assert!(Date::new(2026, 4, 31).is_none());
        assert!(Date::new(2026, 13, 1).is_none());
        assert!(Date::new(2026, 0, 1).is_none());
        assert!(Date::new(2026, 1, 0).is_none());
    }

    #[test]
    fn parses_and_prints_iso() {
        assert_eq!(Date::parse_iso("2026-11-23"), Some(d(2026, 11, 23)));
        assert_eq!(d(2026, 1, 5).to_iso(), "2026-01-05");
        assert_eq!(d(2026, 1, 5).to_basic(), "20260105");
        for bad in [
            "",
            "2026-11",
            "2026-11-31",
            "26-11-23",
            "2026-1-23",
            "2026-11-23x",
            "2026-+1-23",
            "2026-11-23-01",
        ] {
            assert_eq!(Date::parse_iso(bad), None, "{bad}");
        }
    }

    #[test]
    fn epoch_days_round_trip() {
        assert_eq!(d(1970, 1, 1).days_since_epoch(), 0);
        assert_eq!(d(2000, 3, 1).days_since_epoch(), 11_017);
        assert_eq!(d(1969, 12, 31).days_since_epoch(), -1);
        for n in -800_000..800_000 {
            let date = Date::from_days_since_epoch(n);
            assert_eq!(date.days_since_epoch(), n);
            assert!(Date::new(date.year, date.month, date.day).is_some());
        }
    }

    #[test]
    fn weekdays() {
        assert_eq!(d(2026, 11, 23).weekday(), 0); // Monday
        assert_eq!(d(2026, 12, 7).weekday(), 0);
        assert_eq!(d(1970, 1, 1).weekday(), 3);
        assert_eq!(d(2000, 1, 1).weekday(), 5); // Saturday
    }

    #[test]
    fn adds_months_clamping_to_month_end() {
        assert_eq!(d(2026, 1, 31).add_months(1), d(2026, 2, 28));
        assert_eq!(d(2028, 1, 31).add_months(1), d(2028, 2, 29));
        assert_eq!(d(2026, 11, 15).add_months(6), d(2027, 5, 15));
        assert_eq!(d(2026, 3, 31).add_months(-1), d(2026, 2, 28));
        assert_eq!(d(2026, 1, 15).add_months(-13), d(2024, 12, 15));
        assert_eq!(d(2028, 2, 29).add_months(12), d(2029, 2, 28));
    }
}
