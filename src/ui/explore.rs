//! The Explore step: an introduction, the concern picker, the needle-depth picture for the chosen
//! concerns, "what matters to you" and the guide to learn more.

use yew::prelude::*;

use crate::core::concern::Concern;
use crate::core::locale::{chrome, Lang};
use crate::core::plan::ClinicOptions;
use crate::core::values::Values;
use crate::ui::concern_picker::concern_picker;
use crate::ui::config::{Concerns, Sections};
use crate::ui::control::step_title;
use crate::ui::depth_diagram::depth_diagram;
use crate::ui::guide::guide;
use crate::ui::markup::Markup;
use crate::ui::state::{Action, Step};
use crate::ui::step_actions::{step_actions, Move};
use crate::ui::text::t;
use crate::ui::values::values_exercise;

/// What the step shows and where its actions go.
#[derive(Clone, Debug, PartialEq)]
pub struct ExploreProps {
    /// The visitor's language.
    pub lang: Lang,
    /// Put on the step heading so focus can move to it.
    pub heading: NodeRef,
    /// The concerns the clinic treats: the picker offers only these.
    pub offered: Concerns,
    /// The chosen concerns (all of them offered).
    pub concerns: Vec<Concern>,
    /// Whether the texts beyond the first screen are in (see `locale::is_early`): until then
    /// a ticked concern shows a "Loading" line for its card, and the depth picture and the
    /// options for the chosen concerns wait, so nothing shows blank.
    pub texts_ready: bool,
    /// The "what matters to you" answers.
    pub values: Values,
    /// What the clinic offers (whether home needling may be shown as an option).
    pub options: ClinicOptions,
    /// The steps the clinic shows; moves to hidden steps are left out.
    pub sections: Sections,
    /// Receives the visitor's actions.
    pub on_action: Callback<Action>,
}

/// The Explore step.
pub fn explore(props: &ExploreProps) -> Html {
    let lang = props.lang;
    // What shows for the chosen concerns waits for their texts; the boxes stay ticked.
    let shown: &[Concern] = match props.texts_ready {
        true => &props.concerns,
        false => &[],
    };
    let mut intro = Markup::default();
    intro
        .el(r#"p class="mne-lead""#, t(lang, chrome::EXPLORE_INTRO))
        .el(
            r#"p class="mne-note" data-words="""#,
            t(lang, chrome::EXPLORE_WORDS),
        );
    html! {
        <div class="mne-step" data-step="explore">
            { step_title(&props.heading, t(lang, chrome::EXPLORE_TITLE)) }
            { intro.html() }
            { concern_picker(lang, props.offered, &props.concerns, props.texts_ready, &props.on_action) }
            { depth_diagram(lang, shown) }
            { values_exercise(lang, shown, &props.values, props.options, &props.on_action) }
            { step_actions(lang, props.sections, None, Some(Move { to: Step::Check, label: chrome::EXPLORE_NEXT }), &props.on_action) }
            { guide(lang) }
        </div>
    }
}
