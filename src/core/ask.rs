//! Questions to bring to the consultation, as data: one for each screening reason (the answer
//! the visitor gave, put as a question for the clinician), then a few that fit every plan.

use crate::core::concern::{Concern, SettingFit};
use crate::core::plan::Plan;
use crate::core::screening::{Question, Reason, Screening};

/// Questions that fit every clinic plan: key suffixes of `ask.general.{id}`.
const GENERAL: &[&str] = &["course", "results", "aftercare", "options"];

/// The locale key of the question a reason raises: `ask.question.{id}` or `ask.concern.{id}`.
pub fn reason_key(reason: Reason) -> String {
    match reason {
        Reason::Answered { question, .. } => format!("ask.question.{}", question.id()),
        Reason::Concern(concern) => format!("ask.concern.{}", concern.id()),
    }
}

/// The questions to ask, as locale keys: the reasons' first (worst tier first, as screened),
/// then the needle depth when the plan names one, then the general ones. No key twice.
pub fn questions(screening: &Screening, plan: &Plan) -> Vec<String> {
    let mut keys: Vec<String> = screening.reasons.iter().map(|&r| reason_key(r)).collect();
    if !plan.depths.is_empty() {
        keys.push("ask.general.depth".to_owned());
    }
    keys.extend(GENERAL.iter().map(|id| format!("ask.general.{id}")));
    let mut seen = Vec::with_capacity(keys.len());
    keys.retain(|k| {
        let new = !seen.contains(k);
        seen.push(k.clone());
        new
    });
    keys
}

/// Every key [`questions`] can return (for locale completeness).
pub fn all_keys() -> Vec<String> {
    let mut keys: Vec<String> = Question::ALL
        .iter()
        .map(|q| format!("ask.question.{}", q.id()))
        .collect();
    keys.extend(
        Concern::ALL
            .into_iter()
            .filter(|c| c.setting_fit() == SettingFit::ClinicianFirst)
            .map(|c| format!("ask.concern.{}", c.id())),
    );
    keys.push("ask.general.depth".to_owned());
    keys.extend(GENERAL.iter().map(|id| format!("ask.general.{id}")));
    keys
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::locale::{has_key, Lang};
    use crate::core::plan::{suggest, ClinicOptions};
    use crate::core::screening::{screen, Answer, Answers};

    #[test]
    fn every_reason_raises_its_own_question_first() {
        let mut checked = 0;
        for q in Question::ALL {
            for answer in [Answer::Yes, Answer::Unsure] {
                let mut answers = Answers::default();
                for other in Question::ALL {
                    answers.set(other, Answer::No);
                }
                answers.set(q, answer);
                let concerns = [Concern::AcneScars];
                let screening = screen(&answers, &concerns);
                let plan = suggest(&concerns, &screening, ClinicOptions::default());
                let asked = questions(&screening, &plan);
                let reasons = screening.reasons.len();
                assert!(reasons >= 1, "{} {answer:?}", q.id());
                assert_eq!(asked[0], format!("ask.question.{}", q.id()));
                assert!(asked.contains(&"ask.general.depth".to_owned()));
                for key in &asked {
                    assert!(has_key(Lang::En, key), "{key}");
                }
                checked += 1;
            }
        }
        assert_eq!(checked, 2 * Question::ALL.len());
    }

    #[test]
    fn the_rosacea_concern_asks_once_and_no_reasons_ask_only_general_questions() {
        let mut answers = Answers::default();
        for q in Question::ALL {
            answers.set(q, Answer::No);
        }
        let concerns = [Concern::Rosacea];
        let screening = screen(&answers, &concerns);
        let plan = suggest(&concerns, &screening, ClinicOptions::default());
        let asked = questions(&screening, &plan);
        assert_eq!(asked[0], "ask.concern.rosacea");
        assert_eq!(asked.len(), 1 + GENERAL.len());
        let calm = screen(&answers, &[Concern::Texture]);
        let plan = suggest(&[Concern::Texture], &calm, ClinicOptions::default());
        assert!(questions(&calm, &plan)
            .iter()
            .all(|k| k.starts_with("ask.general.")));
        for key in all_keys() {
            assert!(has_key(Lang::En, &key), "{key}");
        }
    }
}
