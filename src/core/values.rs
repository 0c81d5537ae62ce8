//! "What matters to you": the visitor's optional answers on five things people weigh (time off,
//! clinic visits, cost, how much change, doing it at home), each option's profile on the same
//! five, and the one rule ([`fit`]) that says which options fit. The answers are no input to
//! screening or the plan, and nothing here is ever stored.

use crate::core::concern::Concern;
use crate::core::guide::{Alternative, DecisionOption};
use crate::core::ids::stable_ids;
use crate::core::plan::{at_home_possible, ClinicOptions};

stable_ids! {
    /// One thing a visitor may weigh. Text keys: `values.{id}.question`, `values.{id}.{level}`
    /// (each answer) and `values.{id}.short` (in a verdict).
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub enum Dimension {
        /// Days of red or puffy skin after a treatment (0 none, 1 a day or two, 2 up to a week).
        Downtime = "downtime",
        /// Visits to a clinic (0 none, 1 one or two, 2 several over months).
        Visits = "visits",
        /// Money (0 nothing, 1 a little, 2 more).
        Cost = "cost",
        /// How much change is hoped for (1 a small change, 2 a clear change).
        Change = "change",
        /// Who does it (0 yourself at home, 2 a practitioner at a clinic).
        Home = "home",
    }
}

impl Dimension {
    /// The levels a visitor can pick, besides "does not matter". Change starts at 1 because
    /// hoping for no change rules nothing out; home offers only "at home", because "either" is
    /// what "does not matter" already says.
    pub fn choices(self) -> &'static [u8] {
        match self {
            Dimension::Change => &[1, 2],
            Dimension::Home => &[0],
            _ => &[0, 1, 2],
        }
    }

    /// Whether the answer is the least the visitor hopes for (change) rather than the most
    /// they accept (everything else).
    fn is_floor(self) -> bool {
        self == Dimension::Change
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// What an option asks of a visitor on one dimension, as the lowest and highest level it can
/// take. A gap between them is what the sources leave open ("ask"): `(0, 2)` is "we have no
/// figure", `(1, 1)` is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Span {
    /// The lowest level.
    pub lo: u8,
    /// The highest level.
    pub hi: u8,
}

/// An option's spans, one per [`Dimension`], in [`Dimension::ALL`] order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Profile(pub [Span; 5]);

impl Profile {
    /// A profile from `(lo, hi)` pairs: downtime, visits, cost, change, home.
    pub const fn new(spans: [(u8, u8); 5]) -> Profile {
        let mut out = [Span { lo: 0, hi: 0 }; 5];
        let mut i = 0;
        while i < 5 {
            out[i] = Span {
                lo: spans[i].0,
                hi: spans[i].1,
            };
            i += 1;
        }
        Profile(out)
    }

    /// The span on `dimension`.
    pub fn span(&self, dimension: Dimension) -> Span {
        self.0[dimension.index()]
    }
}

/// The visitor's answers: a level per dimension, or `None` for "does not matter".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Values([Option<u8>; 5]);

impl Values {
    /// The answer on `dimension`.
    pub fn get(&self, dimension: Dimension) -> Option<u8> {
        self.0[dimension.index()]
    }

    /// Sets (or clears) the answer on `dimension`; a level the dimension does not offer
    /// counts as "does not matter".
    pub fn set(&mut self, dimension: Dimension, level: Option<u8>) {
        self.0[dimension.index()] = level.filter(|l| dimension.choices().contains(l));
    }

    /// Whether any answer was given.
    pub fn any(&self) -> bool {
        self.0.iter().any(Option::is_some)
    }
}

/// How one option sits with the answers.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Fit {
    /// Dimensions where the option is outside what the visitor accepts.
    pub misses: Vec<Dimension>,
    /// Dimensions where the sources leave it open: it may or may not fit.
    pub open: Vec<Dimension>,
}

/// The verdict of a [`Fit`], for the page markup (`data-fit`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Verdict {
    /// Inside every answer.
    Fits,
    /// Nothing rules it out, but some answers need asking about.
    Ask,
    /// Outside at least one answer.
    NoFit,
}

impl Fit {
    /// Misses first: one miss rules an option out whatever is open.
    pub fn verdict(&self) -> Verdict {
        if !self.misses.is_empty() {
            Verdict::NoFit
        } else if !self.open.is_empty() {
            Verdict::Ask
        } else {
            Verdict::Fits
        }
    }
}

impl Verdict {
    /// Every verdict, best first.
    pub const ALL: [Verdict; 3] = [Verdict::Fits, Verdict::Ask, Verdict::NoFit];

    /// The stable id, used in locale keys and the page markup.
    pub fn id(self) -> &'static str {
        match self {
            Verdict::Fits => "fits",
            Verdict::Ask => "ask",
            Verdict::NoFit => "no-fit",
        }
    }
}

/// The fit rule, the only one: for a ceiling answer (the most the visitor accepts) an option
/// fits when its highest level is within it and misses when its lowest level is above it; for
/// a floor answer (change hoped for) it fits when its lowest level reaches it and misses when
/// its highest does not. Anything between is open. Unanswered dimensions rule nothing out.
pub fn fit(profile: &Profile, values: &Values) -> Fit {
    let mut out = Fit::default();
    for dimension in Dimension::ALL {
        let Some(answer) = values.get(dimension) else {
            continue;
        };
        let Span { lo, hi } = profile.span(dimension);
        let (inside, outside) = if dimension.is_floor() {
            (lo >= answer, hi < answer)
        } else {
            (hi <= answer, lo > answer)
        };
        if outside {
            out.misses.push(dimension);
        } else if !inside {
            out.open.push(dimension);
        }
    }
    out
}

/// An option to weigh: one of the guide's general options, or another treatment from the notes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Opt {
    /// A general option (`guide.option.{id}.name`).
    General(DecisionOption),
    /// Another treatment for a concern (`guide.alt.{id}`).
    Other(Alternative),
}

impl Opt {
    /// The stable id, for the page markup.
    pub fn id(self) -> &'static str {
        match self {
            Opt::General(option) => option.id(),
            Opt::Other(alternative) => alternative.id(),
        }
    }

    /// What it asks of a visitor.
    pub fn profile(self) -> Profile {
        match self {
            Opt::General(option) => option.profile(),
            Opt::Other(alternative) => alternative.profile(),
        }
    }
}

/// One option shown in the exercise, with the chosen concerns it is listed for (empty for the
/// general options).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Choice {
    /// The option.
    pub option: Opt,
    /// The chosen concerns it is listed for.
    pub concerns: Vec<Concern>,
}

/// The options to weigh for the chosen concerns: a clinic course, home needling only where the
/// plan's own rule allows it ([`at_home_possible`]), each other treatment the notes list for a
/// chosen concern (or the general "another treatment" when they list none), and doing nothing.
pub fn choices(concerns: &[Concern], clinic: ClinicOptions) -> Vec<Choice> {
    let general = |option| Choice {
        option: Opt::General(option),
        concerns: Vec::new(),
    };
    let mut out = vec![general(DecisionOption::Clinic)];
    if at_home_possible(concerns, clinic) {
        out.push(general(DecisionOption::AtHome));
    }
    let mut alternatives = Vec::new();
    for alternative in Alternative::ALL {
        let mut listed = Vec::new();
        for concern in Concern::ALL {
            if concerns.contains(&concern)
                && Alternative::for_concern(concern).contains(&alternative)
            {
                listed.push(concern);
            }
        }
        if !listed.is_empty() {
            alternatives.push(Choice {
                option: Opt::Other(alternative),
                concerns: listed,
            });
        }
    }
    if alternatives.is_empty() {
        out.push(general(DecisionOption::Other));
    }
    out.append(&mut alternatives);
    out.push(general(DecisionOption::Nothing));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(pairs: &[(Dimension, u8)]) -> Values {
        let mut v = Values::default();
        for &(d, l) in pairs {
            v.set(d, Some(l));
        }
        v
    }

    fn ids(choices: &[Choice]) -> Vec<&'static str> {
        choices.iter().map(|c| c.option.id()).collect()
    }

    fn verdict_of(id: &str, concerns: &[Concern], v: &Values) -> Verdict {
        let choice = choices(concerns, ClinicOptions::default())
            .into_iter()
            .find(|c| c.option.id() == id)
            .unwrap_or_else(|| panic!("no option {id}"));
        fit(&choice.option.profile(), v).verdict()
    }

    #[test]
    fn no_answers_rule_nothing_out() {
        let profiles = DecisionOption::ALL
            .map(DecisionOption::profile)
            .into_iter()
            .chain(Alternative::ALL.map(Alternative::profile));
        for profile in profiles {
            assert_eq!(fit(&profile, &Values::default()), Fit::default());
        }
    }

    /// Every (lo, hi) span against every answer, for both kinds of dimension, against a
    /// counting oracle: the verdict is "fits" when every level the option can take is
    /// acceptable, "misses" when none is, "open" otherwise.
    #[test]
    fn the_rule_matches_a_level_by_level_oracle() {
        let mut checked = 0;
        for dimension in [Dimension::Downtime, Dimension::Change] {
            for lo in 0..=2u8 {
                for hi in lo..=2u8 {
                    for &answer in dimension.choices() {
                        let mut spans = [(0, 0); 5];
                        spans[dimension.index()] = (lo, hi);
                        let f = fit(&Profile::new(spans), &values(&[(dimension, answer)]));
                        let ok = |level: u8| {
                            if dimension.is_floor() {
                                level >= answer
                            } else {
                                level <= answer
                            }
                        };
                        let good = (lo..=hi).filter(|&l| ok(l)).count();
                        let all = usize::from(hi - lo + 1);
                        let expected = if good == all {
                            Verdict::Fits
                        } else if good == 0 {
                            Verdict::NoFit
                        } else {
                            Verdict::Ask
                        };
                        assert_eq!(f.verdict(), expected, "{dimension:?} {lo}-{hi} vs {answer}");
                        checked += 1;
                    }
                }
            }
        }
        assert_eq!(checked, 6 * 3 + 6 * 2);
    }

    #[test]
    fn a_miss_outweighs_open_answers_and_names_its_dimension() {
        let v = values(&[(Dimension::Downtime, 0), (Dimension::Cost, 1)]);
        let f = fit(&DecisionOption::Clinic.profile(), &v);
        assert_eq!(f.misses, [Dimension::Downtime]);
        assert_eq!(f.open, [Dimension::Cost]);
        assert_eq!(f.verdict(), Verdict::NoFit);
    }

    #[test]
    fn answers_change_which_options_fit() {
        let scars = [Concern::AcneScars];
        let none = Values::default();
        assert_eq!(verdict_of("clinic", &scars, &none), Verdict::Fits);
        let no_visits = values(&[(Dimension::Visits, 0)]);
        assert_eq!(verdict_of("clinic", &scars, &no_visits), Verdict::NoFit);
        assert_eq!(verdict_of("nothing", &scars, &no_visits), Verdict::Fits);
        let clear_change = values(&[(Dimension::Change, 2)]);
        assert_eq!(verdict_of("nothing", &scars, &clear_change), Verdict::NoFit);
        assert_eq!(verdict_of("clinic", &scars, &clear_change), Verdict::Ask);
        let texture = [Concern::Texture];
        let at_home = values(&[(Dimension::Home, 0)]);
        assert_eq!(verdict_of("at-home", &texture, &at_home), Verdict::Fits);
        assert_eq!(verdict_of("clinic", &texture, &at_home), Verdict::NoFit);
        assert_eq!(verdict_of("sunscreen", &texture, &at_home), Verdict::Fits);
    }

    #[test]
    fn home_needling_is_offered_only_where_the_plan_allows_it() {
        let allowed = ClinicOptions::default();
        for concern in Concern::ALL {
            let offered = ids(&choices(&[concern], allowed)).contains(&"at-home");
            assert_eq!(offered, concern.at_home_suitable(), "{concern:?}");
            let barred = choices(
                &[concern],
                ClinicOptions {
                    at_home_allowed: false,
                },
            );
            assert!(!ids(&barred).contains(&"at-home"));
        }
        let mixed = choices(&[Concern::Texture, Concern::AcneScars], allowed);
        assert!(!ids(&mixed).contains(&"at-home"), "never for scars");
        assert!(!ids(&choices(&[], allowed)).contains(&"at-home"));
    }

    #[test]
    fn other_treatments_come_from_the_notes_table_with_their_concerns() {
        let both = choices(
            &[Concern::AcneScars, Concern::Pigmentation],
            ClinicOptions::default(),
        );
        let listed = ids(&both);
        assert_eq!(listed.first(), Some(&"clinic"));
        assert_eq!(listed.last(), Some(&"nothing"));
        assert!(
            !listed.contains(&"other"),
            "specific treatments replace the general one"
        );
        for id in ["subcision", "punch", "spot-creams", "sunscreen"] {
            assert!(listed.contains(&id), "{id}");
        }
        let peels = both
            .iter()
            .find(|c| c.option.id() == "peels")
            .expect("peels");
        assert_eq!(peels.concerns, [Concern::AcneScars, Concern::Pigmentation]);
        assert_eq!(peels.option, Opt::Other(Alternative::Peels));
        for concern in [Concern::Pores, Concern::ProductAbsorption] {
            let general = ids(&choices(&[concern], ClinicOptions::default()));
            assert!(general.contains(&"other") && general.contains(&"nothing"));
        }
        let listed: usize = Concern::ALL
            .map(|c| Alternative::for_concern(c).len())
            .iter()
            .sum();
        assert!(listed > 15, "only {listed} listed");
        for alternative in Alternative::ALL {
            assert!(
                Concern::ALL
                    .iter()
                    .any(|c| Alternative::for_concern(*c).contains(&alternative)),
                "{} is listed for no concern",
                alternative.id()
            );
        }
    }

    #[test]
    fn levels_a_dimension_does_not_offer_count_as_unanswered() {
        let mut v = Values::default();
        v.set(Dimension::Home, Some(2));
        v.set(Dimension::Change, Some(0));
        assert!(!v.any());
        v.set(Dimension::Cost, Some(1));
        assert_eq!(v.get(Dimension::Cost), Some(1));
        v.set(Dimension::Cost, None);
        assert!(!v.any());
    }
}
