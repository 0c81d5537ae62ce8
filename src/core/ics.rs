//! The dated plan as an iCalendar file (RFC 5545), built as text so the browser can offer it as
//! a download: nothing is sent anywhere. Each session is an all-day, tentative event ("confirm
//! with your clinic"); the preparation steps (before each session, and the consultation) are
//! all-day events with a reminder on their first morning.

use crate::core::date::{Date, Schedule};
use crate::core::locale::{chrome, fill, find, ItemText, Lang};
use crate::core::plan::{Phase, Plan};

/// The product identifier every file carries (RFC 5545 §3.7.3).
pub const PRODID: &str = "-//microneedling-explorer//Plan//EN";

/// A UTC instant to the second: when the file was made (`DTSTAMP`). The core reads no clock;
/// the caller passes it in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stamp {
    /// The UTC calendar date.
    pub date: Date,
    /// Seconds since UTC midnight, 0..86400.
    pub second_of_day: u32,
}

impl Stamp {
    /// The instant `millis` milliseconds after 1970-01-01T00:00:00Z (what `Date.now()` gives).
    pub fn from_unix_millis(millis: f64) -> Stamp {
        let seconds = (millis / 1000.0).floor() as i64;
        Stamp {
            date: Date::from_days_since_epoch(seconds.div_euclid(86_400)),
            second_of_day: seconds.rem_euclid(86_400) as u32,
        }
    }

    /// `YYYYMMDDTHHMMSSZ`, the UTC DATE-TIME form.
    fn format(self) -> String {
        let s = self.second_of_day;
        format!(
            "{}T{:02}{:02}{:02}Z",
            self.date.to_basic(),
            s / 3600,
            s / 60 % 60,
            s % 60
        )
    }
}

/// Escapes TEXT (RFC 5545 §3.3.11): backslash, semicolon, comma and newline.
pub fn escape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends one content line, folded so no line exceeds 75 octets (a fold never splits a UTF-8
/// character), ending in CRLF (RFC 5545 §3.1).
fn push_line(out: &mut String, line: &str) {
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            // The leading space of a continuation line counts towards its 75 octets.
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
}

/// One all-day event from `from` to `to` (inclusive).
struct Event {
    uid: String,
    from: Date,
    to: Date,
    summary: String,
    description: String,
    /// Whether to remind on the first day, at 9:00 local time.
    remind: bool,
}

impl Event {
    fn push(&self, out: &mut String, stamp: &str) {
        let mut line = |l: &str| push_line(out, l);
        line("BEGIN:VEVENT");
        line(&format!("UID:{}", self.uid));
        line(&format!("DTSTAMP:{stamp}"));
        line(&format!("DTSTART;VALUE=DATE:{}", self.from.to_basic()));
        // DTEND of an all-day event is exclusive: the day after the last day.
        line(&format!(
            "DTEND;VALUE=DATE:{}",
            self.to.add_days(1).to_basic()
        ));
        line(&format!("SUMMARY:{}", escape(&self.summary)));
        line(&format!("DESCRIPTION:{}", escape(&self.description)));
        line("STATUS:TENTATIVE");
        line("TRANSP:TRANSPARENT");
        if self.remind {
            line("BEGIN:VALARM");
            line("ACTION:DISPLAY");
            line(&format!("DESCRIPTION:{}", escape(&self.summary)));
            line("TRIGGER;RELATED=START:PT9H");
            line("END:VALARM");
        }
        line("END:VEVENT");
    }
}

/// The calendar for `plan` put on the calendar as `schedule`: one tentative all-day event per
/// session (on its earliest date; the description gives the whole window) and one per
/// preparation step (before a session, or the course's consultation), with a reminder.
/// UIDs are derived from the first session date, the session and the step, so downloading the
/// same plan again updates the same events instead of adding copies.
pub fn calendar(
    lang: Lang,
    plan: &Plan,
    schedule: &Schedule,
    clinic: Option<&str>,
    stamp: Stamp,
) -> String {
    let first = schedule
        .sessions
        .first()
        .map_or(schedule.upkeep_from, |s| s.0);
    let uid = |what: &str| format!("{what}-{}@microneedling-explorer", first.to_basic());
    let confirm = match clinic {
        Some(clinic) => fill(chrome::ICS_CONFIRM_WITH.text(lang), &[("clinic", clinic)]),
        None => chrome::ICS_CONFIRM.text(lang).to_owned(),
    };
    let mut events = Vec::new();
    for (n, &(from, to)) in (1u8..).zip(&schedule.sessions) {
        let window = if from == to {
            String::new()
        } else {
            fill(
                chrome::ICS_WINDOW.text(lang),
                &[("from", &from.to_iso()), ("to", &to.to_iso())],
            )
        };
        events.push(Event {
            uid: uid(&format!("session-{n}")),
            from,
            to: from,
            summary: fill(chrome::ICS_SESSION.text(lang), &[("n", &n.to_string())]),
            description: format!("{confirm} {window}").trim_end().to_owned(),
            remind: false,
        });
    }
    for dated in &schedule.steps {
        if !matches!(dated.step.phase, Phase::Before | Phase::Course) || !is_dated(plan, dated) {
            continue;
        }
        let id = dated.step.id;
        events.push(Event {
            uid: uid(&format!("{}-{id}", dated.session)),
            from: dated.from,
            to: dated.to,
            summary: find(lang, dated.step.key(ItemText::Title))
                .unwrap_or_default()
                .to_owned(),
            description: find(lang, dated.step.key(ItemText::Detail))
                .unwrap_or_default()
                .to_owned(),
            remind: true,
        });
    }
    let stamp = stamp.format();
    let mut out = String::new();
    for line in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        &format!("PRODID:{PRODID}"),
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ] {
        push_line(&mut out, line);
    }
    for event in &events {
        event.push(&mut out, &stamp);
    }
    push_line(&mut out, "END:VCALENDAR");
    out
}

/// Whether a course step is tied to real days (the at-home routine's course step is not).
fn is_dated(plan: &Plan, dated: &crate::core::date::DatedStep) -> bool {
    let timing = dated.step.timing;
    plan.at_home.is_none() || timing.from_day != 0 || timing.to_day != 0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::concern::Concern;
    use crate::core::date::schedule;
    use crate::core::plan::{suggest, ClinicOptions};
    use crate::core::screening::{screen, Answer, Answers, Question};

    fn plan(concerns: &[Concern], yes: &[Question]) -> Plan {
        let mut answers = Answers::default();
        for q in Question::ALL {
            answers.set(
                q,
                if yes.contains(&q) {
                    Answer::Yes
                } else {
                    Answer::No
                },
            );
        }
        suggest(
            concerns,
            &screen(&answers, concerns),
            ClinicOptions::default(),
        )
    }

    fn stamp() -> Stamp {
        // 2026-11-29T18:30:05Z
        Stamp::from_unix_millis(1_795_977_005_000.0)
    }

    /// Unfolds content lines (RFC 5545 §3.1) after checking every physical line.
    fn unfold(ics: &str) -> Vec<String> {
        assert!(ics.ends_with("\r\n"));
        let mut lines: Vec<String> = Vec::new();
        for physical in ics.trim_end_matches("\r\n").split("\r\n") {
            assert!(physical.len() <= 75, "over 75 octets: {physical:?}");
            assert!(!physical.contains('\n') && !physical.contains('\r'));
            match physical.strip_prefix(' ') {
                Some(rest) => lines.last_mut().expect("a line to continue").push_str(rest),
                None => lines.push(physical.to_owned()),
            }
        }
        lines
    }

    #[test]
    fn stamps_are_utc_date_times() {
        assert_eq!(stamp().format(), "20261129T183005Z");
        assert_eq!(Stamp::from_unix_millis(0.0).format(), "19700101T000000Z");
        assert_eq!(
            Stamp::from_unix_millis(-1000.0).format(),
            "19691231T235959Z"
        );
    }

    #[test]
    fn escapes_text() {
        assert_eq!(escape("a,b;c\\d\ne\r"), "a\\,b\\;c\\\\d\\ne");
    }

    #[test]
    fn folds_at_75_octets_without_splitting_characters() {
        for text in ["x".repeat(300), "é".repeat(200), "a€".repeat(100)] {
            let mut out = String::new();
            push_line(&mut out, &format!("SUMMARY:{text}"));
            let lines = unfold(&out);
            assert_eq!(lines, [format!("SUMMARY:{text}")]);
            assert!(out.split("\r\n").count() > 3);
        }
    }

    #[test]
    fn a_clinic_plan_has_every_session_and_preparation_step() {
        let plan = plan(&[Concern::AcneScars], &[Question::ColdSoreHistory]);
        let first = Date::new(2026, 12, 30).expect("date");
        let sched = schedule(&plan, first);
        let ics = calendar(Lang::En, &plan, &sched, Some("Glow, Skin; Clinic"), stamp());
        let lines = unfold(&ics);
        assert_eq!(lines.first().map(String::as_str), Some("BEGIN:VCALENDAR"));
        assert_eq!(lines.last().map(String::as_str), Some("END:VCALENDAR"));
        assert!(lines.contains(&format!("PRODID:{PRODID}")));
        assert!(lines.contains(&"VERSION:2.0".to_owned()));
        let events = lines.iter().filter(|l| *l == "BEGIN:VEVENT").count();
        let prep = sched
            .steps
            .iter()
            .filter(|d| matches!(d.step.phase, Phase::Before | Phase::Course))
            .count();
        assert_eq!(events, sched.sessions.len() + prep);
        assert!(
            prep >= 4,
            "consultation, sun, actives, antiviral × sessions"
        );
        let count = |prefix: &str| lines.iter().filter(|l| l.starts_with(prefix)).count();
        assert_eq!(count("STATUS:TENTATIVE"), events);
        assert_eq!(count("DTSTAMP:20261129T183005Z"), events);
        assert_eq!(count("BEGIN:VALARM"), prep);
        assert!(lines.contains(&"UID:session-1-20261230@microneedling-explorer".to_owned()));
        assert!(lines.contains(&"DTSTART;VALUE=DATE:20261230".to_owned()));
        // Session 2 is 4-6 weeks later: starts 27 Jan 2027 (across the year end).
        assert!(lines.contains(&"DTSTART;VALUE=DATE:20270127".to_owned()));
        assert!(ics.contains("Glow\\, Skin\\; Clinic"));
        let uids: Vec<_> = lines.iter().filter(|l| l.starts_with("UID:")).collect();
        let mut unique = uids.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), uids.len(), "UIDs are unique");
        assert_eq!(
            calendar(Lang::En, &plan, &sched, Some("Glow, Skin; Clinic"), stamp()),
            ics,
            "the same plan gives the same file"
        );
        for line in &lines {
            assert!(!line.contains("{"), "unfilled placeholder: {line}");
            assert!(
                line != "SUMMARY:" && line != "DESCRIPTION:",
                "a missing text"
            );
        }
    }

    #[test]
    fn an_at_home_plan_has_its_first_use_and_no_undated_routine() {
        let plan = plan(&[Concern::Texture], &[]);
        let sched = schedule(&plan, Date::new(2027, 3, 1).expect("date"));
        let lines = unfold(&calendar(Lang::En, &plan, &sched, None, stamp()));
        assert_eq!(lines.iter().filter(|l| *l == "BEGIN:VEVENT").count(), 1);
        assert!(lines
            .iter()
            .any(|l| l.starts_with("SUMMARY:Microneedling session 1")));
    }
}
