//! Exhaustive safety checks: every combination of screening answers (3^17), crossed with every
//! single concern and both clinic options, against an independently written oracle of the rules.
//! The setting rule sees an answer set only through its worst rank, so it is checked once per
//! rank and every answer set's rank is checked (see `check_settings`); each set is counted.

use microneedling_explorer::core::concern::Concern;
use microneedling_explorer::core::plan::{choose_setting, suggest, ClinicOptions, Setting};
use microneedling_explorer::core::screening::{
    outcome_of, reasons, screen, Answer, Answers, Outcome, Question, Reason,
};

/// The rules, restated from the issue by id (not by the implementation's enums).
const NOT_NOW: [&str; 7] = [
    "active-acne",
    "rosacea-flare",
    "eczema-psoriasis",
    "other-skin-condition",
    "open-wounds",
    "active-cold-sore",
    "cancer-treatment",
];
const TALK_FIRST: [&str; 6] = [
    "isotretinoin",
    "keloids",
    "autoimmune",
    "blood-thinners",
    "rosacea",
    "pregnancy",
];
const PREPARE: [&str; 4] = [
    "cold-sore-history",
    "recent-sun",
    "retinoids-acids",
    "expectations",
];
/// Concerns that must never get an at-home plan.
const NEVER_AT_HOME: [&str; 4] = [
    "acne-scars",
    "surgical-scars",
    "stretch-marks",
    "fine-lines",
];
/// Concerns that may get an at-home plan.
const MAY_BE_AT_HOME: [&str; 2] = ["product-absorption", "texture"];

/// Every concern except rosacea: none of them changes the outcome.
const OTHER_CONCERNS: [Concern; 9] = [
    Concern::AcneScars,
    Concern::SurgicalScars,
    Concern::StretchMarks,
    Concern::FineLines,
    Concern::Firmness,
    Concern::Pores,
    Concern::Pigmentation,
    Concern::Texture,
    Concern::ProductAbsorption,
];

/// How many questions the rules above name.
const N: usize = NOT_NOW.len() + TALK_FIRST.len() + PREPARE.len();

/// Oracle severity ranks: 0 no red flags, 1 prepare, 2 talk first, 3 not now.
const RANK_IDS: [&str; 4] = ["no-red-flags", "prepare", "talk-first", "not-now"];

/// Everything the oracle needs, looked up once by id.
struct Oracle {
    /// The rank a `yes` triggers, per question position.
    yes_rank: [u8; N],
    /// The implementation's outcome for each oracle rank.
    outcome_for_rank: [Outcome; 4],
    /// Per concern position: (is rosacea, may be at home, never at home).
    concern_rules: [(bool, bool, bool); 10],
}

impl Oracle {
    fn new() -> Oracle {
        assert_eq!(Question::ALL.len(), N);
        let mut yes_rank = [0; N];
        for (i, q) in Question::ALL.iter().enumerate() {
            yes_rank[i] = if NOT_NOW.contains(&q.id()) {
                3
            } else if TALK_FIRST.contains(&q.id()) {
                2
            } else if PREPARE.contains(&q.id()) {
                1
            } else {
                panic!("question {} is in no tier", q.id())
            };
        }
        let outcome_for_rank = RANK_IDS.map(|id| {
            *Outcome::ALL
                .iter()
                .find(|o| o.id() == id)
                .expect("outcome id exists")
        });
        let concern_rules = Concern::ALL.map(|c| {
            let id = c.id();
            (
                id == "rosacea",
                MAY_BE_AT_HOME.contains(&id),
                NEVER_AT_HOME.contains(&id),
            )
        });
        Oracle {
            yes_rank,
            outcome_for_rank,
            concern_rules,
        }
    }

    /// The rank one answer triggers (`None` = unanswered, which counts as not sure).
    fn rank(&self, i: usize, answer: Option<Answer>) -> u8 {
        match answer {
            Some(Answer::No) => 0,
            Some(Answer::Yes) => self.yes_rank[i],
            Some(Answer::Unsure) | None => self.yes_rank[i].max(2),
        }
    }

    /// The setting the rules call for, for the concern at position `c`.
    fn setting(&self, c: usize, worst: u8, at_home_allowed: bool) -> Setting {
        let (rosacea, may_be_at_home, _) = self.concern_rules[c];
        if worst >= 2 || rosacea {
            Setting::ClinicianFirst
        } else if at_home_allowed && may_be_at_home {
            Setting::AtHome
        } else {
            Setting::Professional
        }
    }
}

/// One answer set as the oracle sees it, kept next to the implementation's `Answers`.
#[derive(Clone)]
struct Case {
    /// The implementation's answers.
    answers: Answers,
    /// What the test set, per question position (`None` = unanswered).
    given: [Option<Answer>; N],
    /// How many questions trigger each rank.
    rank_counts: [u8; 4],
    /// Bit `i` set when question `i` is answered anything but `no`.
    flagged: u32,
}

impl Case {
    /// Every question answered `no`.
    fn all_no() -> Case {
        Case {
            answers: Answers::all(Answer::No),
            given: [Some(Answer::No); N],
            rank_counts: [N as u8, 0, 0, 0],
            flagged: 0,
        }
    }

    /// Sets (or, with `None`, clears) question `i`, keeping the oracle's tallies.
    fn set(&mut self, oracle: &Oracle, i: usize, answer: Option<Answer>) {
        self.rank_counts[usize::from(oracle.rank(i, self.given[i]))] -= 1;
        self.rank_counts[usize::from(oracle.rank(i, answer))] += 1;
        self.given[i] = answer;
        if answer == Some(Answer::No) {
            self.flagged &= !(1 << i);
        } else {
            self.flagged |= 1 << i;
        }
        match answer {
            Some(a) => self.answers.set(Question::ALL[i], a),
            None => self.answers.clear(Question::ALL[i]),
        }
    }

    /// The worst rank any answer triggers.
    fn worst(&self) -> u8 {
        (0..4u8)
            .rev()
            .find(|&r| self.rank_counts[usize::from(r)] > 0)
            .unwrap_or(0)
    }
}

/// Checks the setting rule for every single concern and both clinic options, given the worst
/// rank the answers trigger. `choose_setting` is a pure function of the concerns, the outcome,
/// whether a not-now reason stands and the clinic options, and an answer set reaches it only
/// through its worst rank (the outcome and the not-now flag both follow from it). So checking
/// it once per rank, here, and checking every answer set's worst rank in [`check`], covers every
/// answer set × every concern × both clinic options. Returns how many settings were checked.
fn check_settings(oracle: &Oracle, worst: u8) -> usize {
    let not_now = worst == 3;
    let mut checked = 0;
    for (c, concern) in Concern::ALL.into_iter().enumerate() {
        let (is_rosacea, _, never_at_home) = oracle.concern_rules[c];
        let worst_here = if is_rosacea { worst.max(2) } else { worst };
        let outcome = oracle.outcome_for_rank[usize::from(worst_here)];
        for at_home_allowed in [false, true] {
            let clinic = ClinicOptions { at_home_allowed };
            let setting = choose_setting(&[concern], outcome, clinic);
            assert_eq!(
                setting,
                oracle.setting(c, worst_here, at_home_allowed),
                "rank {worst} {concern:?} {clinic:?}"
            );
            if setting == Setting::AtHome {
                assert!(!never_at_home && !not_now && at_home_allowed);
            }
            checked += 1;
        }
    }
    checked
}

/// Checks one answer set against the oracle, without allocating, and returns its worst rank
/// (whose settings [`check_settings`] checks).
fn check(oracle: &Oracle, case: &Case) -> u8 {
    let answers = &case.answers;
    let worst = case.worst();
    let plain = outcome_of(answers, &[]);
    assert_eq!(
        plain,
        oracle.outcome_for_rank[usize::from(worst)],
        "{answers:?}"
    );
    if case.flagged != 0 {
        assert_ne!(plain, Outcome::NoRedFlags, "{answers:?}");
    }
    let with_rosacea = outcome_of(answers, &[Concern::Rosacea]);
    assert_eq!(
        with_rosacea,
        oracle.outcome_for_rank[usize::from(worst.max(2))]
    );
    assert_eq!(outcome_of(answers, &OTHER_CONCERNS), plain, "{answers:?}");
    check_reasons(case, reasons(answers, &[Concern::Rosacea]), true);
    worst
}

/// Checks the tier of every possible reason: each (question, answer) pair and the rosacea
/// concern. `Reason::tier` is a pure function of the reason, so this covers the tier of every
/// reason any answer set produces; [`check_reasons`] checks which reasons each set produces.
fn check_reason_tiers(oracle: &Oracle) {
    for (i, &question) in Question::ALL.iter().enumerate() {
        for answer in Answer::ALL {
            let reason = Reason::Answered { question, answer };
            assert_eq!(
                reason.tier(),
                oracle.outcome_for_rank[usize::from(oracle.rank(i, Some(answer)))],
                "{question:?} {answer:?}"
            );
        }
    }
    assert_eq!(
        Reason::Concern(Concern::Rosacea).tier(),
        oracle.outcome_for_rank[2]
    );
}

/// Checks a list of reasons: each is a real answer (or the chosen rosacea concern), and every
/// flagged answer is there exactly once. (Their tiers: [`check_reason_tiers`].)
fn check_reasons(case: &Case, reasons: impl Iterator<Item = Reason>, rosacea_chosen: bool) {
    let mut seen: u32 = 0;
    let mut concern_reasons = 0;
    for reason in reasons {
        match reason {
            Reason::Answered { question, answer } => {
                let i = question.index();
                assert_eq!(seen & (1 << i), 0, "{question:?} listed twice");
                seen |= 1 << i;
                let given = case.given[i];
                assert!(
                    given == Some(answer) || (given.is_none() && answer == Answer::Unsure),
                    "reason {question:?}={answer:?} but the answer was {given:?}"
                );
            }
            Reason::Concern(c) => {
                assert!(rosacea_chosen && c == Concern::Rosacea);
                concern_reasons += 1;
            }
        }
    }
    assert_eq!(seen, case.flagged, "every yes or not sure is a reason");
    assert_eq!(concern_reasons, usize::from(rosacea_chosen));
}

/// Checks the full, sorted screening for one answer set (allocates).
fn check_screening(oracle: &Oracle, case: &Case) {
    let worst = case.worst();
    for (concerns, worst_here) in [(&[][..], worst), (&[Concern::Rosacea][..], worst.max(2))] {
        let screening = screen(&case.answers, concerns);
        assert_eq!(
            screening.outcome,
            oracle.outcome_for_rank[usize::from(worst_here)]
        );
        assert_eq!(
            screening.outcome == Outcome::NoRedFlags,
            screening.reasons.is_empty()
        );
        assert!(screening
            .reasons
            .windows(2)
            .all(|w| w[0].tier() >= w[1].tier()));
        if let Some(first) = screening.reasons.first() {
            assert_eq!(first.tier(), screening.outcome);
        }
        check_reasons(
            case,
            screening.reasons.iter().copied(),
            !concerns.is_empty(),
        );
    }
}

/// Walks every answer set whose first two answers are `prefix`, with an odometer; the full
/// sorted screening is checked on every 101st set. Returns how many sets had each worst rank.
fn walk(oracle: &Oracle, prefix: [Answer; 2]) -> [u64; 4] {
    let mut case = Case::all_no();
    case.set(oracle, 0, Some(prefix[0]));
    case.set(oracle, 1, Some(prefix[1]));
    let mut digits = [0usize; N];
    for i in 2..N {
        case.set(oracle, i, Some(Answer::ALL[0]));
    }
    let mut by_rank = [0u64; 4];
    let mut count = 0u64;
    loop {
        by_rank[usize::from(check(oracle, &case))] += 1;
        if count % 101 == 0 {
            check_screening(oracle, &case);
        }
        count += 1;
        let mut i = 2;
        loop {
            if i == N {
                return by_rank;
            }
            digits[i] = (digits[i] + 1) % 3;
            case.set(oracle, i, Some(Answer::ALL[digits[i]]));
            if digits[i] != 0 {
                break;
            }
            i += 1;
        }
    }
}

#[test]
fn every_answer_set_and_single_concern_follows_the_rules() {
    let oracle = Oracle::new();
    check_reason_tiers(&oracle);
    let settings: usize = (0..4).map(|worst| check_settings(&oracle, worst)).sum();
    assert_eq!(settings, 4 * Concern::ALL.len() * 2);
    let prefixes: Vec<[Answer; 2]> = Answer::ALL
        .iter()
        .flat_map(|&a| Answer::ALL.iter().map(move |&b| [a, b]))
        .collect();
    let threads = std::thread::available_parallelism().map_or(1, usize::from);
    let by_rank: [u64; 4] = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads)
            .map(|t| {
                let (oracle, prefixes) = (&oracle, &prefixes);
                scope.spawn(move || {
                    let mut sum = [0u64; 4];
                    for &p in prefixes.iter().skip(t).step_by(threads) {
                        for (s, n) in sum.iter_mut().zip(walk(oracle, p)) {
                            *s += n;
                        }
                    }
                    sum
                })
            })
            .collect();
        handles.into_iter().fold([0; 4], |mut acc, h| {
            for (a, n) in acc.iter_mut().zip(h.join().expect("worker")) {
                *a += n;
            }
            acc
        })
    });
    assert_eq!(by_rank.iter().sum::<u64>(), 3u64.pow(N as u32));
    // Only all-`no` has no red flags; every rank is reached, so no settings check is vacuous.
    assert_eq!(by_rank[0], 1);
    assert!(by_rank.iter().all(|&n| n > 0), "{by_rank:?}");
}

/// A small deterministic pseudo-random generator (no dependencies).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }
}

#[test]
fn unanswered_questions_count_as_not_sure() {
    let oracle = Oracle::new();
    check_reason_tiers(&oracle);
    let four = |d: u64| match d {
        0 => None,
        d => Some(Answer::ALL[d as usize - 1]),
    };
    // Exhaustive over four states (unanswered too) for eight questions from every tier…
    let picked = [0usize, 3, 6, 9, 10, 13, 14, 16];
    for code in 0..4u64.pow(8) {
        let mut case = Case::all_no();
        for (slot, &i) in picked.iter().enumerate() {
            case.set(&oracle, i, four((code >> (2 * slot)) & 3));
        }
        check(&oracle, &case);
        check_screening(&oracle, &case);
    }
    // …and a fixed pseudo-random sample over all of them.
    let mut rng = Lcg(0x5eed);
    for _ in 0..200_000 {
        let mut case = Case::all_no();
        for i in 0..N {
            case.set(&oracle, i, four(rng.next() % 4));
        }
        check(&oracle, &case);
        check_screening(&oracle, &case);
    }
    let nothing = Case {
        answers: Answers::default(),
        given: [None; N],
        rank_counts: [0, 0, (N - NOT_NOW.len()) as u8, NOT_NOW.len() as u8],
        flagged: (1 << N) - 1,
    };
    check(&oracle, &nothing);
    check_screening(&oracle, &nothing);
}

#[test]
fn full_plans_agree_with_the_cheap_setting_rule() {
    let oracle = Oracle::new();
    let at_home_mask = Concern::ALL
        .iter()
        .enumerate()
        .filter(|(_, c)| MAY_BE_AT_HOME.contains(&c.id()))
        .fold(0, |m, (i, _)| m | (1 << i));
    let mut at_home_plans = 0;
    let mut rng = Lcg(42);
    for _ in 0..20_000 {
        let mut answers = Answers::default();
        for &q in &Question::ALL {
            answers.set(q, Answer::ALL[(rng.next() % 3) as usize]);
        }
        // Mostly-no answer sets too, so at-home plans are reached.
        if rng.next() % 2 == 0 {
            for &q in &Question::ALL {
                if rng.next() % 8 != 0 {
                    answers.set(q, Answer::No);
                }
            }
        }
        let worst = (0..N)
            .map(|i| oracle.rank(i, answers.get(Question::ALL[i])))
            .max()
            .unwrap_or(0);
        let mut mask = rng.next() as usize % (1 << Concern::ALL.len());
        // Often only at-home-suitable concerns, so at-home plans are reached.
        if rng.next() % 3 == 0 {
            mask &= at_home_mask;
        }
        let concerns: Vec<Concern> = Concern::ALL
            .iter()
            .enumerate()
            .filter(|(i, _)| mask & (1 << i) != 0)
            .map(|(_, &c)| c)
            .collect();
        let screening = screen(&answers, &concerns);
        for at_home_allowed in [false, true] {
            let plan = suggest(&concerns, &screening, ClinicOptions { at_home_allowed });
            let any_rosacea = concerns.iter().any(|c| c.id() == "rosacea");
            let expected = if worst >= 2 || any_rosacea {
                Setting::ClinicianFirst
            } else if at_home_allowed
                && !concerns.is_empty()
                && concerns.iter().all(|c| MAY_BE_AT_HOME.contains(&c.id()))
            {
                Setting::AtHome
            } else {
                Setting::Professional
            };
            assert_eq!(plan.setting, expected, "{answers:?} {concerns:?}");
            assert_eq!(plan.at_home.is_some(), plan.setting == Setting::AtHome);
            let mut ids: Vec<_> = plan.steps.iter().map(|s| s.id).collect();
            ids.sort_unstable();
            ids.dedup();
            assert_eq!(ids.len(), plan.steps.len(), "a step is listed twice");
            if plan.setting == Setting::AtHome {
                at_home_plans += 1;
                assert!(plan.depths.is_empty(), "no studied depth on a home plan");
                let routine = plan.at_home.expect("an at-home plan has a routine");
                assert!(routine.needle_max_hundredths_mm <= 50);
                assert!(concerns.iter().all(|c| !NEVER_AT_HOME.contains(&c.id())));
            }
        }
    }
    assert!(
        at_home_plans > 100,
        "at-home plans reached: {at_home_plans}"
    );
}
