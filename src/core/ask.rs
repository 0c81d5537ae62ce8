//! Questions to bring to the consultation, as data: one for each screening reason (the answer
//! the visitor gave, put as a question for the clinician), then a few that fit every plan.

use crate::core::ids::stable_ids;
use crate::core::locale::Key;
use crate::core::plan::Plan;
use crate::core::screening::{Reason, Screening};

stable_ids! {
    /// Questions that fit every plan (`ask.general.{id}`).
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum GeneralQuestion {
        /// Which needle depth, and why (only when the plan names studied depths).
        Depth = "depth",
        /// How many sessions, how far apart.
        Course = "course",
        /// What change is realistic, and when.
        Results = "results",
        /// What to do and avoid after each session.
        Aftercare = "aftercare",
        /// Other options, and doing nothing.
        Options = "options",
    }
}

/// The questions to ask: the reasons' first (worst tier first, as screened), then the needle
/// depth when the plan names one, then the general ones. No question twice.
pub fn questions(screening: &Screening, plan: &Plan) -> Vec<Key> {
    let mut keys: Vec<Key> = screening.reasons.iter().map(|r| r.ask_key()).collect();
    keys.extend(
        GeneralQuestion::ALL
            .into_iter()
            .filter(|q| *q != GeneralQuestion::Depth || !plan.depths.is_empty())
            .map(GeneralQuestion::key),
    );
    let mut seen: Vec<Key> = Vec::with_capacity(keys.len());
    keys.retain(|k| {
        let new = !seen.contains(k);
        seen.push(*k);
        new
    });
    keys
}

/// Every key [`questions`] can return (for locale completeness).
pub fn all_keys() -> Vec<Key> {
    let reasons = crate::core::screening::Question::ALL
        .into_iter()
        .map(|question| Reason::Answered {
            question,
            answer: crate::core::screening::Answer::Yes,
        })
        .chain(
            crate::core::concern::Concern::ALL
                .into_iter()
                .filter_map(crate::core::screening::concern_reason),
        );
    reasons
        .map(Reason::ask_key)
        .chain(GeneralQuestion::ALL.map(GeneralQuestion::key))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::concern::Concern;
    use crate::core::locale::{find, Lang};
    use crate::core::plan::{suggest, ClinicOptions};
    use crate::core::screening::{screen, Answer, Answers, Question};

    #[test]
    fn every_reason_raises_its_own_question_first() {
        let mut checked = 0;
        for q in Question::ALL {
            for answer in [Answer::Yes, Answer::Unsure] {
                let mut answers = Answers::all(Answer::No);
                answers.set(q, answer);
                let concerns = [Concern::AcneScars];
                let screening = screen(&answers, &concerns);
                let plan = suggest(&concerns, &screening, ClinicOptions::default());
                let asked = questions(&screening, &plan);
                assert!(!screening.reasons.is_empty(), "{} {answer:?}", q.id());
                assert_eq!(asked[0].name(), format!("ask.question.{}", q.id()));
                assert!(asked.contains(&GeneralQuestion::Depth.key()));
                for key in &asked {
                    assert!(find(Lang::En, *key).is_some(), "{}", key.name());
                }
                checked += 1;
            }
        }
        assert_eq!(checked, 2 * Question::ALL.len());
    }

    #[test]
    fn the_rosacea_concern_asks_once_and_no_reasons_ask_only_general_questions() {
        let answers = Answers::all(Answer::No);
        let concerns = [Concern::Rosacea];
        let screening = screen(&answers, &concerns);
        let plan = suggest(&concerns, &screening, ClinicOptions::default());
        let asked = questions(&screening, &plan);
        assert_eq!(asked[0].name(), "ask.concern.rosacea");
        assert_eq!(
            asked.len(),
            GeneralQuestion::ALL.len(),
            "no depth for rosacea"
        );
        let calm = screen(&answers, &[Concern::Texture]);
        let plan = suggest(&[Concern::Texture], &calm, ClinicOptions::default());
        assert!(questions(&calm, &plan)
            .iter()
            .all(|k| k.name().starts_with("ask.general.")));
        for key in all_keys() {
            assert!(find(Lang::En, key).is_some(), "{}", key.name());
        }
    }
}
