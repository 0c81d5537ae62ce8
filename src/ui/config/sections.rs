//! Which steps a clinic shows (the `sections` setting), and the moves between shown steps.

use crate::ui::state::Step;

/// A set of steps to show. About is always in it (it carries the sources and the "education,
/// not medical advice" note), and so are the steps a shown step depends on: the result comes
/// only with the check, and the plan only after both.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sections(u8);

impl Sections {
    /// Every step.
    pub const ALL: Sections = Sections(0b1_1111);

    /// Parses a comma- or space-separated list of step ids; `None` when an id is unknown, the
    /// list is empty, or it breaks the dependencies above.
    pub fn parse(value: &str) -> Option<Sections> {
        let mut bits = 1 << Step::About.index();
        let mut any = false;
        for id in value.split([',', ' ']).filter(|id| !id.is_empty()) {
            let step = Step::from_id(id)?;
            bits |= 1 << step.index();
            any = true;
        }
        let sections = Sections(bits);
        let quiz = sections.shows(Step::Check);
        let consistent =
            quiz == sections.shows(Step::Result) && (quiz || !sections.shows(Step::Plan));
        (any && consistent).then_some(sections)
    }

    /// Whether `step` is shown.
    pub fn shows(self, step: Step) -> bool {
        self.0 & (1 << step.index()) != 0
    }

    /// The shown steps, in journey order.
    pub fn steps(self) -> impl Iterator<Item = Step> {
        Step::ALL.into_iter().filter(move |s| self.shows(*s))
    }

    /// The first shown step.
    pub fn first(self) -> Step {
        self.steps().next().unwrap_or(Step::About)
    }

    /// The nearest shown step before `step`, if any.
    pub fn before(self, step: Step) -> Option<Step> {
        self.steps().take_while(|s| *s != step).last()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_keep_about_and_the_steps_they_depend_on() {
        let only =
            |value| Sections::parse(value).map(|s| s.steps().map(Step::id).collect::<Vec<_>>());
        assert_eq!(only("explore"), Some(vec!["explore", "about"]));
        assert_eq!(
            only("check, result,plan"),
            Some(vec!["check", "result", "plan", "about"])
        );
        assert_eq!(
            only("explore check result plan about").map(|v| v.len()),
            Some(5)
        );
        for bad in [
            "",
            " , ",
            "quiz",
            "check",
            "result",
            "plan",
            "explore plan",
            "check plan",
        ] {
            assert_eq!(Sections::parse(bad), None, "{bad}");
        }
        let quiz_only = Sections::parse("check result").unwrap();
        assert_eq!(quiz_only.first(), Step::Check);
        assert_eq!(quiz_only.before(Step::About), Some(Step::Result));
        assert_eq!(quiz_only.before(Step::Check), None);
    }
}
