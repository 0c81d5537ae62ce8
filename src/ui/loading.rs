//! What shows while the texts beyond the first screen are loading (the English pack the app asks
//! for right after start, see "Languages" in ARCHITECTURE.md): a short line in an early text,
//! never a blank step or card.

use yew::prelude::*;

use crate::core::locale::{chrome, Chrome, Lang};
use crate::ui::control::step_title;
use crate::ui::markup::Markup;
use crate::ui::state::Step;
use crate::ui::text::t;

/// The "Loading" line `what` (a card's or a step's), announced politely when it appears.
pub fn loading(lang: Lang, what: Chrome) -> Html {
    let mut line = Markup::default();
    line.el(
        r#"p class="mne-note" role="status" data-loading="""#,
        t(lang, what),
    );
    line.html()
}

/// A step whose texts are not in yet: its heading (the stepper's label, where focus goes after
/// a move) and the "Loading" line. No `data-step`: the step counts as shown (for the host's
/// events and the tests) once its own view replaces this.
pub fn loading_step(lang: Lang, step: Step, heading: &NodeRef) -> Html {
    html! {
        <div class="mne-step">
            { step_title(heading, t(lang, step.label_key())) }
            { loading(lang, chrome::LOADING_STEP) }
        </div>
    }
}
