//! The candidacy quiz: questions, answers and the outcome tier with the reasons behind it.

use crate::core::concern::Concern;
use crate::core::ids::stable_ids;
use crate::core::order;

stable_ids! {
    /// A screening question. Visitor text lives under `question.{id}.*`; `ALL` is quiz order.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum Question {
        /// Active, inflamed acne in the area.
        ActiveAcne = "active-acne",
        /// A rosacea flare right now.
        RosaceaFlare = "rosacea-flare",
        /// Eczema or psoriasis in the area.
        EczemaPsoriasis = "eczema-psoriasis",
        /// Any other red, sore or inflamed skin condition in the area.
        OtherSkinCondition = "other-skin-condition",
        /// Open wounds, cuts or scrapes in the area.
        OpenWounds = "open-wounds",
        /// An active cold sore or other skin infection.
        ActiveColdSore = "active-cold-sore",
        /// Chemotherapy, radiation or medicine that suppresses the immune system, now.
        CancerTreatment = "cancer-treatment",
        /// Isotretinoin in the last 12 months.
        Isotretinoin = "isotretinoin",
        /// A tendency to keloids or raised scars.
        Keloids = "keloids",
        /// An autoimmune condition that affects the skin.
        Autoimmune = "autoimmune",
        /// Blood thinners or a bleeding disorder.
        BloodThinners = "blood-thinners",
        /// Rosacea, even when calm.
        Rosacea = "rosacea",
        /// Pregnant or breastfeeding.
        Pregnancy = "pregnancy",
        /// Cold sores in the past.
        ColdSoreHistory = "cold-sore-history",
        /// A tan or sunburn in the last two weeks.
        RecentSun = "recent-sun",
        /// Retinoids or strong acids in the skincare routine.
        RetinoidsAcids = "retinoids-acids",
        /// Hoping for a big change after one session.
        Expectations = "expectations",
    }
}

stable_ids! {
    /// An answer to a screening question; `ALL` is the order the quiz offers them.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub enum Answer {
        /// Yes.
        Yes = "yes",
        /// No.
        No = "no",
        /// Not sure (always leads to at least talking to a clinician first).
        Unsure = "unsure",
    }
}

stable_ids! {
    /// The screening result tier, least to most severe (`ALL` in that order). `NoRedFlags` is
    /// never a clearance.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum Outcome {
        /// Nothing in the answers rules treatment out; the practitioner confirms at the consultation.
        NoRedFlags = "no-red-flags",
        /// No red flag, but a step to take first.
        Prepare = "prepare",
        /// Talk to a clinician before booking.
        TalkFirst = "talk-first",
        /// Treatment in that area should wait for now.
        NotNow = "not-now",
    }
}

/// Something that led to a screening outcome.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Reason {
    /// A question answered `yes` or `unsure`. An unanswered question is reported as `unsure`.
    Answered {
        /// The question.
        question: Question,
        /// The answer that triggered it (`Yes` or `Unsure`).
        answer: Answer,
    },
    /// A chosen concern that needs a clinician first (rosacea).
    Concern(Concern),
}

/// The visitor's answers: one optional answer per question.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Answers {
    given: [Option<Answer>; Question::ALL.len()],
}

/// The screening result: the outcome and every reason behind it, worst tier first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Screening {
    /// The most severe tier any reason triggers.
    pub outcome: Outcome,
    /// The reasons, worst tier first, then in quiz order.
    pub reasons: Vec<Reason>,
}

impl Question {
    /// The tier a `yes` answer triggers.
    #[inline]
    pub fn tier(self) -> Outcome {
        match self {
            Question::ActiveAcne
            | Question::RosaceaFlare
            | Question::EczemaPsoriasis
            | Question::OtherSkinCondition
            | Question::OpenWounds
            | Question::ActiveColdSore
            | Question::CancerTreatment => Outcome::NotNow,
            Question::Isotretinoin
            | Question::Keloids
            | Question::Autoimmune
            | Question::BloodThinners
            | Question::Rosacea
            | Question::Pregnancy => Outcome::TalkFirst,
            Question::ColdSoreHistory
            | Question::RecentSun
            | Question::RetinoidsAcids
            | Question::Expectations => Outcome::Prepare,
        }
    }

    /// The position in [`Question::ALL`].
    #[inline]
    pub fn index(self) -> usize {
        self as usize
    }

    /// The tier this answer to this question triggers, if any: `yes` triggers the question's
    /// tier, `unsure` at least talk-first, `no` nothing.
    #[inline]
    pub fn triggered_by(self, answer: Answer) -> Option<Outcome> {
        match answer {
            Answer::No => None,
            Answer::Yes => Some(self.tier()),
            Answer::Unsure => Some(self.tier().max(Outcome::TalkFirst)),
        }
    }
}

impl Reason {
    /// The question id, or the concern id for a concern reason.
    pub fn id(self) -> &'static str {
        match self {
            Reason::Answered { question, .. } => question.id(),
            Reason::Concern(concern) => concern.id(),
        }
    }

    /// The tier this reason triggers.
    #[inline]
    pub fn tier(self) -> Outcome {
        match self {
            Reason::Answered { question, answer } => {
                question.triggered_by(answer).unwrap_or(Outcome::NoRedFlags)
            }
            Reason::Concern(_) => Outcome::TalkFirst,
        }
    }
}

impl Answers {
    /// Every question answered `answer`: the all-`no` starting point of many checks, and the
    /// all-`yes` / all-`unsure` extremes.
    pub fn all(answer: Answer) -> Answers {
        Answers {
            given: [Some(answer); Question::ALL.len()],
        }
    }

    /// The answer to `q`, if given.
    #[inline]
    pub fn get(&self, q: Question) -> Option<Answer> {
        self.given[q.index()]
    }

    /// Records an answer to `q`.
    #[inline]
    pub fn set(&mut self, q: Question, a: Answer) {
        self.given[q.index()] = Some(a);
    }

    /// Forgets the answer to `q`.
    pub fn clear(&mut self, q: Question) {
        self.given[q.index()] = None;
    }

    /// How many questions have an answer.
    pub fn answered_count(&self) -> usize {
        self.given.iter().filter(|a| a.is_some()).count()
    }

    /// The answer that counts for `q`: an unanswered question counts as `unsure`.
    #[inline]
    pub fn effective(&self, q: Question) -> Answer {
        self.get(q).unwrap_or(Answer::Unsure)
    }
}

/// The concern reason a chosen concern triggers, if any (only rosacea).
#[inline]
pub fn concern_reason(concern: Concern) -> Option<Reason> {
    (concern == Concern::Rosacea).then_some(Reason::Concern(concern))
}

/// Every reason the answers and concerns trigger, in quiz order, then concern reasons (each
/// concern once). No allocation; [`screen`] sorts these worst first.
pub fn reasons<'a>(
    answers: &'a Answers,
    concerns: &'a [Concern],
) -> impl Iterator<Item = Reason> + 'a {
    let answered = Question::ALL.into_iter().filter_map(move |question| {
        let answer = answers.effective(question);
        question
            .triggered_by(answer)
            .map(|_| Reason::Answered { question, answer })
    });
    let chosen = concerns
        .iter()
        .enumerate()
        .filter(|&(i, c)| !concerns[..i].contains(c))
        .filter_map(|(_, &c)| concern_reason(c));
    answered.chain(chosen)
}

/// The outcome alone: the most severe tier any reason triggers. No allocation, so the
/// exhaustive tests can call it for every answer set.
pub fn outcome_of(answers: &Answers, concerns: &[Concern]) -> Outcome {
    worst(reasons(answers, concerns))
}

/// The most severe tier among `reasons`; no reason means no red flags.
fn worst(reasons: impl IntoIterator<Item = Reason>) -> Outcome {
    reasons
        .into_iter()
        .map(Reason::tier)
        .max()
        .unwrap_or(Outcome::NoRedFlags)
}

/// Screens the answers and chosen concerns: the worst tier triggered and every reason behind
/// it, worst tier first. `NoRedFlags` exactly when there is no reason.
pub fn screen(answers: &Answers, concerns: &[Concern]) -> Screening {
    let mut reasons: Vec<Reason> = reasons(answers, concerns).collect();
    // Stable sort: within a tier, quiz order first, then concern reasons.
    order::sort_by_key(&mut reasons, |r| std::cmp::Reverse(r.tier()));
    Screening {
        outcome: worst(reasons.first().copied()),
        reasons,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip() {
        for (i, q) in Question::ALL.into_iter().enumerate() {
            assert_eq!(Question::from_id(q.id()), Some(q));
            assert_eq!(q.index(), i);
        }
        for a in Answer::ALL {
            assert_eq!(Answer::from_id(a.id()), Some(a));
        }
        assert_eq!(Answer::from_id("maybe"), None);
        assert_eq!(Question::from_id("active_acne"), None);
    }

    #[test]
    fn all_no_has_no_red_flags_and_no_reasons() {
        let s = screen(&Answers::all(Answer::No), &[Concern::AcneScars]);
        assert_eq!(s.outcome, Outcome::NoRedFlags);
        assert!(s.reasons.is_empty());
    }

    #[test]
    fn unanswered_counts_as_unsure() {
        let answers = Answers::default();
        let s = screen(&answers, &[]);
        assert_eq!(s.outcome, Outcome::NotNow);
        assert_eq!(s.reasons.len(), Question::ALL.len());
        assert!(s.reasons.iter().all(|r| matches!(
            r,
            Reason::Answered {
                answer: Answer::Unsure,
                ..
            }
        )));
    }

    #[test]
    fn unsure_on_a_prepare_question_means_talk_first() {
        let mut answers = Answers::all(Answer::No);
        answers.set(Question::RecentSun, Answer::Unsure);
        let s = screen(&answers, &[]);
        assert_eq!(s.outcome, Outcome::TalkFirst);
        assert_eq!(
            s.reasons[0].next_step_key().name(),
            "question.recent-sun.next-unsure"
        );
        answers.set(Question::RecentSun, Answer::Yes);
        let s = screen(&answers, &[]);
        assert_eq!(s.outcome, Outcome::Prepare);
        assert_eq!(
            s.reasons[0].next_step_key().name(),
            "question.recent-sun.next"
        );
    }

    #[test]
    fn rosacea_concern_means_talk_first_once() {
        let s = screen(
            &Answers::all(Answer::No),
            &[Concern::Rosacea, Concern::Rosacea],
        );
        assert_eq!(s.outcome, Outcome::TalkFirst);
        assert_eq!(s.reasons, [Reason::Concern(Concern::Rosacea)]);
        assert_eq!(s.reasons[0].id(), "rosacea");
        assert_eq!(
            s.reasons[0].next_step_key().name(),
            "reason.concern.rosacea.next"
        );
    }

    #[test]
    fn reasons_are_worst_first() {
        let mut answers = Answers::all(Answer::No);
        answers.set(Question::Expectations, Answer::Yes);
        answers.set(Question::Pregnancy, Answer::Yes);
        answers.set(Question::OpenWounds, Answer::Yes);
        let s = screen(&answers, &[Concern::Rosacea]);
        assert_eq!(s.outcome, Outcome::NotNow);
        let ids: Vec<_> = s.reasons.iter().map(|r| r.id()).collect();
        assert_eq!(ids, ["open-wounds", "pregnancy", "rosacea", "expectations"]);
    }

    #[test]
    fn answers_count_and_clear() {
        let mut answers = Answers::default();
        assert_eq!(answers.answered_count(), 0);
        answers.set(Question::Keloids, Answer::Yes);
        assert_eq!(answers.get(Question::Keloids), Some(Answer::Yes));
        assert_eq!(answers.answered_count(), 1);
        answers.clear(Question::Keloids);
        assert_eq!(answers.get(Question::Keloids), None);
        assert_eq!(
            Answers::all(Answer::Unsure).answered_count(),
            Question::ALL.len()
        );
    }
}
