//! The guide as structured data: sections of locale keys, the decision options (with what each
//! asks of a visitor, for "what matters to you"), the other treatments per concern, sources, and
//! the content's date.

use crate::core::concern::Concern;
use crate::core::ids::stable_ids;
use crate::core::values::Profile;

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

// Profiles: (lowest, highest) level on downtime, visits, cost, change, home (see
// `values::Dimension`). A wide span is what the sources leave open, never a guess.

/// A clinic course: redness 1-2 days, sometimes up to a week (notes); 3-6 sessions (guide); a
/// price the clinic sets; results vary; a practitioner does it.
const CLINIC: Profile = Profile::new([(1, 2), (2, 2), (1, 2), (0, 2), (2, 2)]);
/// Home needles: short (0.2-0.5 mm), a device to buy, mild texture and absorption only (guide).
const AT_HOME: Profile = Profile::new([(0, 1), (0, 0), (1, 1), (0, 1), (0, 0)]);
/// Another treatment in general: anything from creams to lasers.
const ANY_OTHER: Profile = Profile::new([(0, 2), (0, 2), (1, 2), (0, 2), (0, 2)]);
/// Doing nothing for now: no time off, visits or cost, and no change from treatment.
const NOTHING: Profile = Profile::new([(0, 0), (0, 0), (0, 0), (0, 0), (0, 0)]);
/// A procedure at a clinic (lasers, peels, subcision, fillers, ...): at least one visit and a
/// price; the sources give no downtime, visit count or result for it.
const PROCEDURE: Profile = Profile::new([(0, 2), (1, 2), (1, 2), (0, 2), (2, 2)]);
/// A medicine a clinician prescribes, used at home: at least one visit to get it.
const PRESCRIBED: Profile = Profile::new([(0, 2), (1, 2), (1, 2), (0, 2), (0, 0)]);
/// A cream used at home that may or may not need a prescription.
const CREAM: Profile = Profile::new([(0, 2), (0, 2), (1, 2), (0, 2), (0, 0)]);
/// Silicone sheets or gel: worn at home, no wound to heal.
const SILICONE: Profile = Profile::new([(0, 0), (0, 2), (1, 2), (0, 2), (0, 0)]);
/// Daily sunscreen: no time off or visits, a small cost; the sources give no result for it.
const SUNSCREEN: Profile = Profile::new([(0, 0), (0, 0), (1, 1), (0, 2), (0, 0)]);

impl DecisionOption {
    /// What the option asks of a visitor, as far as the sources say; see
    /// [`crate::core::values::fit`].
    pub fn profile(self) -> Profile {
        match self {
            DecisionOption::Clinic => CLINIC,
            DecisionOption::AtHome => AT_HOME,
            DecisionOption::Other => ANY_OTHER,
            DecisionOption::Nothing => NOTHING,
        }
    }
}

stable_ids! {
    /// Another treatment people are offered for a concern, from the clinical notes' "other
    /// options, per concern" table (Hession & Graber 2015; Connolly et al. 2017; general
    /// practice). Key: `guide.alt.{id}` (its name).
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum Alternative {
        /// Daily sunscreen.
        Sunscreen = "sunscreen",
        /// Creams a doctor prescribes for dark spots.
        SpotCreams = "spot-creams",
        /// Retinoid creams for lines and texture.
        RetinoidCream = "retinoid-cream",
        /// A prescription retinoid for new stretch marks.
        RetinoidRx = "retinoid-rx",
        /// Creams or pills for rosacea.
        RosaceaMedicine = "rosacea-medicine",
        /// Silicone sheets or gel for raised scars.
        Silicone = "silicone",
        /// Steroid shots for raised scars.
        Steroid = "steroid",
        /// Chemical peels.
        Peels = "peels",
        /// Lasers.
        Lasers = "lasers",
        /// Laser or light treatment for rosacea redness.
        Light = "light",
        /// Subcision, for tethered scars.
        Subcision = "subcision",
        /// Fillers.
        Fillers = "fillers",
        /// Punch methods for ice-pick scars.
        Punch = "punch",
        /// Dermabrasion.
        Dermabrasion = "dermabrasion",
        /// Specialist care for keloids.
        Specialist = "specialist",
    }
}

impl Alternative {
    /// What it asks of a visitor, as far as the sources say.
    pub fn profile(self) -> Profile {
        match self {
            Alternative::Sunscreen => SUNSCREEN,
            Alternative::SpotCreams | Alternative::RetinoidRx | Alternative::RosaceaMedicine => {
                PRESCRIBED
            }
            Alternative::RetinoidCream => CREAM,
            Alternative::Silicone => SILICONE,
            _ => PROCEDURE,
        }
    }

    /// The other treatments the notes list for `concern` (surgical scars take the raised-scar
    /// row; fine lines, firmness and texture share a row; pores and product absorption have
    /// none).
    pub fn for_concern(concern: Concern) -> &'static [Alternative] {
        use Alternative::*;
        match concern {
            Concern::AcneScars => &[Lasers, Peels, Subcision, Fillers, Punch, Dermabrasion],
            Concern::SurgicalScars => &[Steroid, Silicone, Specialist],
            Concern::StretchMarks => &[Lasers, RetinoidRx],
            Concern::Pigmentation => &[Sunscreen, SpotCreams, Peels, Lasers],
            Concern::FineLines | Concern::Firmness | Concern::Texture => {
                &[Sunscreen, RetinoidCream, Peels, Lasers]
            }
            Concern::Rosacea => &[RosaceaMedicine, Light],
            Concern::Pores | Concern::ProductAbsorption => &[],
        }
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
