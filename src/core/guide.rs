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
        /// Words we use (collagen, retinoids, AHAs/BHAs, keloid, autoimmune).
        Words = "words",
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
            Section::Words | Section::Evidence | Section::Benefits | Section::Decision => 3,
            Section::How
            | Section::Pro
            | Section::Day
            | Section::Long
            | Section::Downtime
            | Section::Course => 4,
            Section::Home | Section::Before | Section::Wait => 5,
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
    /// A source the content draws on, listed on the About step in this order. Keys:
    /// `source.{id}.cite` (the citation, exempt from the reading-level test) and
    /// `source.{id}.what` (what it is, in plain words).
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum Source {
        /// The project's seed guide (no author or date).
        SeedGuide = "seed-guide",
        /// Juhasz and Cohen (2020): review of 58 studies on needling for scars.
        Juhasz = "juhasz",
        /// A Hong Kong study (2018): 36 people with pitted acne scars.
        HongKong = "hong-kong",
        /// Tirmizi and others (2021): records of 50 people with acne scars.
        Tirmizi = "tirmizi",
        /// A Vietnamese study (2024): 31 people, weekly needling.
        Vietnam = "vietnam",
        /// Harris and others (2015), acne scar needling review.
        Harris = "harris",
        /// Chu and others (2021), side effects review.
        Chu = "chu",
        /// Spring and others (2017), procedures around isotretinoin.
        Spring = "spring",
        /// A 2024 stretch-mark meta-analysis.
        StretchMarks = "stretch-marks",
        /// Hession and Graber (2015), acne scar treatments.
        Hession = "hession",
        /// Connolly and others (2017), acne scar treatments.
        Connolly = "connolly",
        /// American Academy of Dermatology, at-home rollers.
        Aad = "aad",
        /// US FDA (2020), device rules.
        Fda = "fda",
        /// IPDAS and plain-language advice.
        Ipdas = "ipdas",
    }
}

impl Source {
    /// The year it was published, when the source gives one.
    pub fn year(self) -> Option<u16> {
        match self {
            Source::SeedGuide | Source::Aad | Source::Ipdas => None,
            Source::Juhasz | Source::Fda => Some(2020),
            Source::HongKong => Some(2018),
            Source::Tirmizi | Source::Chu => Some(2021),
            Source::Vietnam | Source::StretchMarks => Some(2024),
            Source::Harris | Source::Hession => Some(2015),
            Source::Spring | Source::Connolly => Some(2017),
        }
    }

    /// A public address: the source itself, or a PubMed search for it; `None` where we have
    /// no public address.
    pub fn url(self) -> Option<&'static str> {
        Some(match self {
            Source::SeedGuide
            | Source::HongKong
            | Source::Vietnam
            | Source::StretchMarks
            | Source::Aad => return None,
            Source::Juhasz => "https://pubmed.ncbi.nlm.nih.gov/33376377/",
            Source::Tirmizi => {
                "https://pubmed.ncbi.nlm.nih.gov/?term=Tirmizi+microneedling+acne+scars+Cureus+2021"
            }
            Source::Harris => {
                "https://pubmed.ncbi.nlm.nih.gov/?term=Harris+skin+needling+acne+scarring+review+2015"
            }
            Source::Chu => {
                "https://pubmed.ncbi.nlm.nih.gov/?term=Chu+microneedling+adverse+events+review+2021"
            }
            Source::Spring => "https://pubmed.ncbi.nlm.nih.gov/?term=Spring+isotretinoin+timing+procedural+interventions+JAMA+Dermatol+2017",
            Source::Hession => {
                "https://pubmed.ncbi.nlm.nih.gov/?term=Hession+Graber+atrophic+acne+scarring+2015"
            }
            Source::Connolly => "https://pubmed.ncbi.nlm.nih.gov/?term=Connolly+acne+scarring+pathogenesis+evaluation+treatment+2017",
            Source::Fda => "https://collections.nlm.nih.gov/catalog/nlm:nlmuid-9918249008306676-pdf",
            Source::Ipdas => "http://ipdas.ohri.ca/",
        })
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
