//! The guide as structured data: sections of locale keys, the decision options, sources, and
//! the content's date.

use crate::core::ids::stable_ids;

/// The date the content was last reviewed (ISO).
pub const CONTENT_DATE: &str = "2026-11-23";

stable_ids! {
    /// A section of the guide's "learn more" part, in reading order. Keys: the heading
    /// `guide.{id}.title` and the paragraphs `guide.{id}.1` to `guide.{id}.{n}`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum Section {
        /// How needling works.
        How = "how",
        /// How sure the evidence is.
        Evidence = "evidence",
        /// Treatment at a clinic.
        Pro = "pro",
        /// Needling at home.
        Home = "home",
        /// Before a session.
        Before = "before",
        /// On the day.
        Day = "day",
        /// Aftercare.
        After = "after",
        /// The course of sessions.
        Course = "course",
        /// Keeping the results.
        Long = "long",
        /// Who may benefit.
        Benefits = "benefits",
        /// Who should wait or talk to a clinician.
        Wait = "wait",
        /// The choice in front of the visitor.
        Decision = "decision",
        /// What it feels like, and the downtime.
        Downtime = "downtime",
    }
}

impl Section {
    /// How many paragraphs the section has (`guide.{id}.1` to `guide.{id}.{n}`).
    pub fn paragraphs(self) -> u8 {
        match self {
            Section::How | Section::Pro | Section::Day | Section::Long | Section::Wait => 4,
            Section::Evidence
            | Section::Course
            | Section::Benefits
            | Section::Decision
            | Section::Downtime => 3,
            Section::Home | Section::Before => 5,
            Section::After => 6,
        }
    }
}

stable_ids! {
    /// The guide's notes the About step shows (`guide.{id}`).
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum AboutNote {
        /// Education, not medical advice.
        NotAdvice = "not-advice",
        /// What the quiz checks and what it cannot.
        QuizChecks = "quiz-checks",
        /// Who made the guide and their interests.
        Disclosure = "disclosure",
        /// How the content is kept up to date.
        ReviewPolicy = "review-policy",
    }
}

stable_ids! {
    /// One option in the decision, including doing nothing. Keys: `guide.option.{id}.name`,
    /// `.benefits`, `.downsides`, `.downtime` (benefits and downsides told in equal detail).
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum DecisionOption {
        /// Needling at a clinic.
        Clinic = "clinic",
        /// Needling at home.
        AtHome = "at-home",
        /// Other treatments.
        Other = "other",
        /// Doing nothing.
        Nothing = "nothing",
    }
}

stable_ids! {
    /// A source the content draws on; the citation text is `source.{id}`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum Source {
        /// The project's seed guide.
        SeedGuide = "seed-guide",
        /// Harris and others (2015), acne scar needling review.
        Harris = "harris",
        /// Chu and others (2021), side effects review.
        Chu = "chu",
        /// Spring and others (2017), procedures around isotretinoin.
        Spring = "spring",
        /// A 2024 stretch-mark meta-analysis.
        StretchMarks = "stretch-marks",
        /// American Academy of Dermatology, at-home rollers.
        Aad = "aad",
        /// US FDA (2020), device rules.
        Fda = "fda",
        /// IPDAS and plain-language advice.
        Ipdas = "ipdas",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::date::Date;

    #[test]
    fn content_date_is_a_real_date() {
        assert!(Date::parse_iso(CONTENT_DATE).is_some());
    }

    #[test]
    fn sections_have_paragraphs_and_the_options_include_doing_nothing() {
        for section in Section::ALL {
            assert!((1..=9).contains(&section.paragraphs()), "{}", section.id());
        }
        assert!(DecisionOption::from_id("nothing").is_some());
        assert!(DecisionOption::from_id("other").is_some());
    }
}
