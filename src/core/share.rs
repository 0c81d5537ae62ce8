//! "Send to myself": the plan's inputs (concerns, answers, first session date) in a short,
//! versioned text for a URL fragment, which browsers never send to a server. Decoding is strict
//! and total: any other text is refused with a reason, never a panic.
//!
//! Format, version 1: `mne-plan=1.CCC.AAAAAAAAAAAAAAAA[.YYYYMMDD]`
//! - `CCC`: the chosen concerns as a 3-digit lowercase hex bit set, bit `i` = [`WIRE_CONCERNS`]`[i]`;
//! - `A…`: one letter per question in [`WIRE_QUESTIONS`] order: `-` unanswered, `y` yes,
//!   `n` no, `u` not sure;
//! - `YYYYMMDD`: the first session date, when one is set.
//!
//! The wire tables never change order; a new concern or question means a new version.

use crate::core::concern::Concern;
use crate::core::date::Date;
use crate::core::screening::{Answer, Answers, Question};

/// What starts our fragment (after `#`).
pub const PREFIX: &str = "mne-plan=";
/// The format this code writes and reads.
const VERSION: &str = "1";
/// The longest fragment read: anything longer is refused before it is looked at.
const MAX_LEN: usize = 64;

/// Concerns in wire order (bit `i` of the set).
pub const WIRE_CONCERNS: [Concern; 10] = [
    Concern::AcneScars,
    Concern::SurgicalScars,
    Concern::StretchMarks,
    Concern::FineLines,
    Concern::Firmness,
    Concern::Pores,
    Concern::Pigmentation,
    Concern::Texture,
    Concern::Rosacea,
    Concern::ProductAbsorption,
];

/// Questions in wire order (one letter each).
pub const WIRE_QUESTIONS: [Question; 17] = [
    Question::ActiveAcne,
    Question::RosaceaFlare,
    Question::EczemaPsoriasis,
    Question::OpenWounds,
    Question::ActiveColdSore,
    Question::CancerTreatment,
    Question::Isotretinoin,
    Question::Keloids,
    Question::Autoimmune,
    Question::BloodThinners,
    Question::Rosacea,
    Question::Pregnancy,
    Question::ColdSoreHistory,
    Question::RecentSun,
    Question::RetinoidsAcids,
    Question::Expectations,
    Question::OtherSkinCondition,
];

/// The plan's inputs a link carries.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shared {
    /// The chosen concerns, in [`Concern::ALL`] order.
    pub concerns: Vec<Concern>,
    /// The screening answers.
    pub answers: Answers,
    /// The first session date, if set.
    pub first_session: Option<Date>,
}

/// Why a fragment was refused (for the console; the visitor sees one plain notice).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// Longer than any link this code makes.
    TooLong,
    /// A version this code does not read.
    Version,
    /// Not the fields of version 1.
    Malformed,
    /// A date that does not exist, or one far outside any plan.
    BadDate,
}

impl Refusal {
    /// A short description for the console.
    pub fn describe(self) -> &'static str {
        match self {
            Refusal::TooLong => "longer than any plan link",
            Refusal::Version => "an unknown version",
            Refusal::Malformed => "not a plan link of version 1",
            Refusal::BadDate => "a date that cannot be a session date",
        }
    }
}

const ANSWER_LETTERS: [(Option<Answer>, u8); 4] = [
    (None, b'-'),
    (Some(Answer::Yes), b'y'),
    (Some(Answer::No), b'n'),
    (Some(Answer::Unsure), b'u'),
];

/// The fragment (without `#`) for these inputs.
pub fn encode(shared: &Shared) -> String {
    let bits = WIRE_CONCERNS
        .iter()
        .enumerate()
        .filter(|(_, c)| shared.concerns.contains(c))
        .fold(0u16, |bits, (i, _)| bits | 1 << i);
    let answers: String = WIRE_QUESTIONS
        .iter()
        .map(|&q| {
            let given = shared.answers.get(q);
            let letter = ANSWER_LETTERS.iter().find(|(a, _)| *a == given);
            char::from(letter.map_or(b'-', |(_, l)| *l))
        })
        .collect();
    let mut out = format!("{PREFIX}{VERSION}.{bits:03x}.{answers}");
    if let Some(date) = shared.first_session {
        out.push('.');
        out.push_str(&date.to_basic());
    }
    out
}

/// Reads a fragment (with or without its leading `#`): `Ok(None)` when it is not ours (empty, or
/// an in-page anchor), `Ok(Some(..))` for a valid link, `Err` for anything else claiming to be one.
pub fn decode(fragment: &str) -> Result<Option<Shared>, Refusal> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let Some(body) = fragment.strip_prefix(PREFIX) else {
        return Ok(None);
    };
    if body.len() > MAX_LEN {
        return Err(Refusal::TooLong);
    }
    let mut parts = body.split('.');
    if parts.next() != Some(VERSION) {
        return Err(Refusal::Version);
    }
    let (Some(concerns), Some(answers)) = (parts.next(), parts.next()) else {
        return Err(Refusal::Malformed);
    };
    let date = parts.next();
    if parts.next().is_some() {
        return Err(Refusal::Malformed);
    }
    let hex = |b: u8| b.is_ascii_digit() || (b'a'..=b'f').contains(&b);
    if concerns.len() != 3 || !concerns.bytes().all(hex) {
        return Err(Refusal::Malformed);
    }
    let bits = u16::from_str_radix(concerns, 16).map_err(|_| Refusal::Malformed)?;
    if bits >> WIRE_CONCERNS.len() != 0 {
        return Err(Refusal::Malformed);
    }
    let chosen: Vec<Concern> = Concern::ALL
        .into_iter()
        .filter(|c| {
            let i = WIRE_CONCERNS.iter().position(|w| w == c);
            i.is_some_and(|i| bits & (1 << i) != 0)
        })
        .collect();
    if answers.len() != WIRE_QUESTIONS.len() {
        return Err(Refusal::Malformed);
    }
    let mut given = Answers::default();
    for (&q, letter) in WIRE_QUESTIONS.iter().zip(answers.bytes()) {
        match ANSWER_LETTERS.iter().find(|(_, l)| *l == letter) {
            Some((Some(answer), _)) => given.set(q, *answer),
            Some((None, _)) => {}
            None => return Err(Refusal::Malformed),
        }
    }
    let first_session = match date {
        None => None,
        Some(d) if d.len() == 8 && d.bytes().all(|b| b.is_ascii_digit()) => {
            let iso = format!("{}-{}-{}", &d[..4], &d[4..6], &d[6..]);
            let date = Date::parse_iso(&iso).ok_or(Refusal::BadDate)?;
            if !(1900..=2200).contains(&date.year) {
                return Err(Refusal::BadDate);
            }
            Some(date)
        }
        Some(_) => return Err(Refusal::Malformed),
    };
    Ok(Some(Shared {
        concerns: chosen,
        answers: given,
        first_session,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small deterministic generator (xorshift64*), so failures reproduce.
    struct Rng(u64);

    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
        }

        fn below(&mut self, n: usize) -> usize {
            (self.next() % n as u64) as usize
        }
    }

    fn random_shared(rng: &mut Rng) -> Shared {
        let bits = rng.below(1 << 10);
        let mut answers = Answers::default();
        for q in Question::ALL {
            if let Some(answer) = ANSWER_LETTERS[rng.below(4)].0 {
                answers.set(q, answer);
            }
        }
        let first_session = (rng.below(3) > 0)
            .then(|| Date::from_days_since_epoch(rng.below(200 * 366) as i64 - 60 * 365));
        Shared {
            concerns: Concern::ALL
                .into_iter()
                .filter(|c| {
                    let i = WIRE_CONCERNS.iter().position(|w| w == c).unwrap_or(0);
                    bits & (1 << i) != 0
                })
                .collect(),
            answers,
            first_session,
        }
    }

    #[test]
    fn wire_tables_hold_every_concern_and_question_once() {
        for c in Concern::ALL {
            assert_eq!(
                WIRE_CONCERNS.iter().filter(|w| **w == c).count(),
                1,
                "{c:?}"
            );
        }
        for q in Question::ALL {
            assert_eq!(
                WIRE_QUESTIONS.iter().filter(|w| **w == q).count(),
                1,
                "{q:?}"
            );
        }
        assert_eq!(WIRE_QUESTIONS.len(), Question::ALL.len());
    }

    #[test]
    fn a_known_link() {
        let mut answers = Answers::default();
        for q in Question::ALL {
            answers.set(q, Answer::No);
        }
        answers.set(Question::ColdSoreHistory, Answer::Yes);
        answers.set(Question::Pregnancy, Answer::Unsure);
        let shared = Shared {
            concerns: vec![Concern::AcneScars, Concern::Texture],
            answers,
            first_session: Date::new(2026, 12, 30),
        };
        let link = encode(&shared);
        assert_eq!(link, "mne-plan=1.081.nnnnnnnnnnnuynnnn.20261230");
        assert_eq!(decode(&format!("#{link}")), Ok(Some(shared)));
        assert_eq!(decode(""), Ok(None));
        assert_eq!(decode("#section-2"), Ok(None));
    }

    #[test]
    fn every_plan_round_trips() {
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
        let mut checked = 0;
        for _ in 0..20_000 {
            let shared = random_shared(&mut rng);
            let link = encode(&shared);
            assert!(link.len() <= PREFIX.len() + MAX_LEN, "{link}");
            let year_ok = shared
                .first_session
                .is_none_or(|d| (1900..=2200).contains(&d.year));
            if year_ok {
                assert_eq!(decode(&link), Ok(Some(shared)), "{link}");
                checked += 1;
            } else {
                assert_eq!(decode(&link), Err(Refusal::BadDate), "{link}");
            }
        }
        assert!(checked > 19_000, "only {checked} round trips checked");
    }

    #[test]
    fn hostile_and_mutated_fragments_are_refused_never_a_panic() {
        let mut rng = Rng(0x0123_4567_89ab_cdef);
        let alphabet: Vec<char> = "0123456789abcdefynu-.=#%<>\"'\\/ \u{0}é€😀\u{202e}mneplaMNE"
            .chars()
            .collect();
        let (mut refused, mut accepted, mut canonical) = (0, 0, 0);
        for round in 0..200_000 {
            let fragment: String = if round % 2 == 0 {
                // A valid link with a few random edits: replace, insert or delete characters.
                let mut chars: Vec<char> = encode(&random_shared(&mut rng)).chars().collect();
                for _ in 0..=rng.below(3) {
                    let at = rng.below(chars.len() + 1);
                    let c = alphabet[rng.below(alphabet.len())];
                    match rng.below(3) {
                        0 if at < chars.len() => chars[at] = c,
                        1 => chars.insert(at, c),
                        _ if at < chars.len() => {
                            chars.remove(at);
                        }
                        _ => chars.push(c),
                    }
                }
                chars.into_iter().collect()
            } else {
                // Our prefix and random text of any length, up to well past the limit.
                let len = rng.below(90);
                let tail: String = (0..len)
                    .map(|_| alphabet[rng.below(alphabet.len())])
                    .collect();
                format!("{PREFIX}{tail}")
            };
            match decode(&fragment) {
                Ok(Some(shared)) => {
                    accepted += 1;
                    // Whatever is accepted is exactly what the encoder writes for it.
                    let fragment = fragment.trim_start_matches('#');
                    if encode(&shared) == fragment {
                        canonical += 1;
                    }
                }
                Ok(None) => assert!(!fragment.trim_start_matches('#').starts_with(PREFIX)),
                Err(_) => refused += 1,
            }
        }
        assert!(refused > 100_000, "only {refused} refused");
        assert!(accepted > 1_000, "only {accepted} accepted");
        assert_eq!(
            canonical, accepted,
            "an accepted link that is not canonical"
        );
    }
}
