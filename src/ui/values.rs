//! "What matters to you": an optional exercise of five radio groups and, beside it, how each
//! option for the chosen concerns fits the answers (fits / ask about / does not fit, in words,
//! never by colour alone). A polite live region announces the count after each change (the
//! app's one `role="status"` region stays for the step's own news). It
//! reads the screening nowhere and changes nothing but [`Values`].
//! A plain view function rather than a component: it keeps the bundle small.

use yew::prelude::*;

use crate::core::concern::Concern;
use crate::core::locale::{chrome, ConcernText, Lang, OptionText};
use crate::core::plan::ClinicOptions;
use crate::core::values::{choices, fit, Choice, Dimension, Opt, Values, Verdict};
use crate::ui::markup::{escape, Markup};
use crate::ui::question;
use crate::ui::state::Action;
use crate::ui::text::{t, tf};

/// One radio in a dimension's group: `level` `None` is "does not matter".
fn radio(
    lang: Lang,
    dimension: Dimension,
    level: Option<u8>,
    given: Option<u8>,
    on_action: &Callback<Action>,
) -> Html {
    let id = dimension.id();
    let (value, label) = match level {
        Some(l) => (l.to_string(), t(lang, dimension.level_key(l))),
        None => ("any".to_owned(), t(lang, chrome::VALUES_ANY)),
    };
    let onchange = on_action.reform(move |_: Event| Action::SetValue(dimension, level));
    question::radio(
        &["v-", id].concat(),
        &value,
        given == level,
        onchange,
        label,
    )
}

/// Names in a row, comma-separated.
fn list<'a>(names: impl Iterator<Item = &'a str>) -> String {
    let mut out = String::new();
    for name in names {
        if !out.is_empty() {
            out.push_str(", ");
        }
        out.push_str(name);
    }
    out
}

/// Appends one option and how it fits, as markup (the list has no controls, so it is written
/// as one string, like the pictures); returns the verdict.
fn option_row(out: &mut String, lang: Lang, choice: &Choice, values: &Values) -> Verdict {
    let option = choice.option;
    let fit = fit(&option.profile(), values);
    let verdict = fit.verdict();
    let name = match option {
        Opt::General(general) => t(lang, general.key(OptionText::Name)),
        Opt::Other(alternative) => t(lang, alternative.key()),
    };
    let what = |dimensions: &[Dimension]| list(dimensions.iter().map(|d| t(lang, d.short_key())));
    let (mark, words) = match verdict {
        Verdict::Fits => ("✓", t(lang, chrome::VALUES_FITS).to_owned()),
        Verdict::Ask => (
            "?",
            tf(lang, chrome::VALUES_ASK, &[("what", &what(&fit.open))]),
        ),
        Verdict::NoFit => (
            "✗",
            tf(lang, chrome::VALUES_NO_FIT, &[("what", &what(&fit.misses))]),
        ),
    };
    let v = verdict.id();
    out.push_str(&format!(
        r#"<li class="mne-option mne-fit-{v}" data-choice="{}" data-fit="{v}"><p class="mne-step-name">"#,
        option.id()
    ));
    escape(out, name);
    out.push_str(r#"</p><p class="mne-fit"><span class="mne-fit-mark" aria-hidden="true">"#);
    out.push_str(mark);
    out.push_str("</span>");
    escape(out, &words);
    out.push_str("</p>");
    if !choice.concerns.is_empty() {
        let names = list(
            choice
                .concerns
                .iter()
                .map(|c| t(lang, c.key(ConcernText::Name))),
        );
        out.push_str(r#"<p class="mne-note">"#);
        escape(out, &tf(lang, chrome::VALUES_FOR, &[("concerns", &names)]));
        out.push_str("</p>");
    }
    out.push_str("</li>");
    verdict
}

/// The exercise and the options beside it.
#[inline(never)]
pub fn values_exercise(
    lang: Lang,
    concerns: &[Concern],
    values: &Values,
    clinic: ClinicOptions,
    on_action: &Callback<Action>,
) -> Html {
    let groups = Dimension::ALL.iter().map(|&dimension| {
        let given = values.get(dimension);
        let levels = std::iter::once(None).chain(dimension.choices().iter().map(|l| Some(*l)));
        let mut legend = Markup::default();
        legend.el(
            r#"legend class="mne-legend""#,
            t(lang, dimension.question_key()),
        );
        html! {
            <fieldset class="mne-question" data-value={dimension.id()}>
                { legend.html() }
                <div class="mne-answers">
                    { for levels.map(|level| radio(lang, dimension, level, given, on_action)) }
                </div>
            </fieldset>
        }
    });
    let mut counts = [0usize; 3];
    let mut rows = String::from(r#"<ul class="mne-options">"#);
    for choice in choices(concerns, clinic) {
        counts[option_row(&mut rows, lang, &choice, values) as usize] += 1;
    }
    rows.push_str(r#"</ul><p class="mne-note">"#);
    escape(&mut rows, t(lang, chrome::VALUES_NOTE));
    rows.push_str("</p>");
    let count = if values.any() {
        let [fits, ask, no] = counts.map(|n| n.to_string());
        tf(
            lang,
            chrome::VALUES_COUNT,
            &[("fits", &fits), ("ask", &ask), ("no", &no)],
        )
    } else {
        t(lang, chrome::VALUES_COUNT_NONE).to_owned()
    };
    // The parts without controls or live text are markup strings, like the verdicts: fewer bytes.
    let mut intro = Markup::default();
    intro
        .el("summary", t(lang, chrome::VALUES_TITLE))
        .el(r#"p class="mne-lead""#, t(lang, chrome::VALUES_INTRO));
    let mut options = Markup::default();
    options.el(
        r#"h4 class="mne-subtitle""#,
        t(lang, chrome::VALUES_OPTIONS),
    );
    html! {
        <details class="mne-more mne-values" data-values="">
            { intro.html() }
            <div class="mne-values-grid">
                <div class="mne-list">{ for groups }</div>
                <section class="mne-values-fit">
                    { options.html() }
                    <p class="mne-values-count" aria-live="polite" aria-atomic="true" data-values-count="">{ count }</p>
                    { Html::from_html_unchecked(AttrValue::from(rows)) }
                </section>
            </div>
        </details>
    }
}
