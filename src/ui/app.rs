//! The root component: holds the state, shows the header, the stepper and the current step.

use web_sys::HtmlElement;
use yew::prelude::*;

use crate::core::concern::Concern;
use crate::core::locale::{self, chrome, pack, Lang, OutcomeText};
use crate::core::plan::suggest;
use crate::core::screening::{screen, Question};
use crate::ui::about::{about, AboutProps};
use crate::ui::config::Config;
#[cfg(feature = "kiosk")]
use crate::ui::config::Kiosk;
use crate::ui::explore::{explore, ExploreProps};
use crate::ui::header::header;
#[cfg(feature = "kiosk")]
use crate::ui::kiosk::{dress, start_over};
use crate::ui::language::{self, language_switch};
use crate::ui::link::{notice, restore_from_link};
use crate::ui::loading::loading_step;
use crate::ui::plan::{plan_step, PlanStepProps};
use crate::ui::quiz::{quiz, QuizProps};
use crate::ui::result::{result_step, ResultStepProps};
use crate::ui::saved;
use crate::ui::state::{Action, Focus, State, Step};
use crate::ui::stepper::stepper;
use crate::ui::text::t;

/// Properties of [`App`].
#[derive(Clone, Debug, Default, PartialEq, Properties)]
pub struct AppProps {
    /// The clinic's configuration.
    #[prop_or_default]
    pub config: Config,
    /// Whether the app owns its page (see [`crate::ui::is_standalone`]): only then does it read
    /// and offer plan links.
    #[prop_or_default]
    pub standalone: bool,
    /// Kiosk mode (the app's own page only): start over at hand, after a timeout, and the plan
    /// taken home as a QR code instead of sharing or storing it. Only the `kiosk` feature's
    /// build has it (see "Build" in ARCHITECTURE.md).
    #[cfg(feature = "kiosk")]
    #[prop_or_default]
    pub kiosk: Option<Kiosk>,
    /// What happened before the app ran (see [`Early`]).
    #[prop_or_default]
    pub early: Early,
}

/// What happened before the app ran, applied to its first state only, so it never counts as a
/// change of props (and `Action`'s comparison stays out of the wasm).
#[derive(Clone, Debug, Default)]
pub struct Early {
    /// Concern boxes ticked in the pre-render: ticked, their cards open.
    pub ticked: Vec<Concern>,
}

impl PartialEq for Early {
    fn eq(&self, _: &Early) -> bool {
        true
    }
}

/// The whole app a visitor uses.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let start = props.config.start;
    let standalone = props.standalone;
    // Kiosk mode: only the `kiosk` feature's build has it (and any of its code).
    #[cfg(feature = "kiosk")]
    let kiosk = props.kiosk;
    // On its own page the app opens a plan link first, else what this device remembers (never
    // in kiosk mode, where whatever was saved is removed instead).
    let early = props.early.clone();
    let state = use_reducer(move || {
        let fresh = (early.ticked.into_iter()).fold(State::starting_at(start), |state, c| {
            state.apply(Action::SetConcern(c, true))
        });
        // The build's pre-render (natively) has no address or storage: the fresh first screen.
        if !standalone || cfg!(not(target_arch = "wasm32")) {
            return fresh;
        }
        #[cfg(feature = "kiosk")]
        if kiosk.is_some() {
            saved::forget();
            return restore_from_link(&fresh).unwrap_or(fresh);
        }
        restore_from_link(&fresh).unwrap_or_else(|| saved::load(fresh))
    });
    // What this device keeps while remembering is on, saved whenever it changes.
    use_effect_with(
        state.remember.then(|| saved::Saved::of(&state).to_text()),
        saved::keep,
    );
    let step_heading = use_node_ref();
    let page_heading = use_node_ref();
    {
        let target = match state.focus {
            Focus::Step => step_heading.clone(),
            Focus::Page => page_heading.clone(),
        };
        use_effect_with(state.moves, move |moves| {
            if *moves > 0 {
                if let Some(heading) = target.cast::<HtmlElement>() {
                    let _ = heading.focus();
                }
            }
        });
    }
    let on_action = {
        let state = state.clone();
        Callback::from(move |action: Action| state.dispatch(action))
    };
    let config = &props.config;
    // The language: the visitor's pick, else the clinic's or the detected one. Until its pack
    // is in, English shows: never a blank page. Picking one keeps every answer and the step.
    let wanted = state.language.unwrap_or(config.lang);
    // Its pack is asked for from here, once per language until the visitor's next move
    // (`State::asked`: a failed one is asked for again then), not from an effect hook: a hook
    // costs the bundle about as much as the rest of the loading. A pack the page's loader holds
    // already is installed before this render goes on.
    let asking = !pack::is_ready(wanted) && !state.asked.contains(&wanted);
    if asking {
        language::load(wanted, &on_action);
    }
    let lang = if pack::is_ready(wanted) {
        wanted
    } else {
        Lang::En
    };
    // The texts beyond the first screen: the wasm holds only the first screen's English (see
    // `locale::is_early`); the rest comes as the English pack, asked for right after start (or
    // when a language's pack lacks some of those rows). Until it is in, what needs them waits.
    let whole = locale::is_whole(lang);
    if !asking && !whole && !state.asked.contains(&Lang::En) {
        language::load(Lang::En, &on_action);
    }
    let sections = config.sections;
    // A clinic may hide steps while the widget runs: a hidden step shows the first shown one.
    let step = if sections.shows(state.step) {
        state.step
    } else {
        sections.first()
    };
    // Only the concerns the clinic treats count, even if the setting changed after a choice.
    let concerns: Vec<_> = (state.concerns.iter().copied())
        .filter(|c| config.concerns.contains(*c))
        .collect();
    // The screening and the plan are derived here, once per state change, and passed down.
    let screening = screen(&state.answers, &concerns);
    let announcement = if step == Step::Result && whole {
        t(lang, screening.outcome.key(OutcomeText::Title))
    } else {
        ""
    };
    let body = match step {
        Step::Explore => explore(&ExploreProps {
            lang,
            heading: step_heading,
            offered: config.concerns,
            concerns,
            texts_ready: whole,
            values: state.values,
            options: config.clinic_options(),
            sections,
            on_action: on_action.clone(),
        }),
        // The other steps wait for their texts.
        _ if !whole => loading_step(lang, step, &step_heading),
        Step::Check => quiz(&QuizProps {
            lang,
            heading: step_heading,
            page_heading,
            page: state.quiz_page,
            answers: state.answers.clone(),
            sections,
            on_action: on_action.clone(),
        }),
        Step::Result => result_step(&ResultStepProps {
            lang,
            heading: step_heading,
            screening,
            unanswered: Question::ALL.len() - state.answers.answered_count(),
            sections,
            on_action: on_action.clone(),
        }),
        Step::Plan => plan_step(&PlanStepProps {
            lang,
            heading: step_heading,
            plan: suggest(&concerns, &screening, config.clinic_options()),
            screening,
            concerns,
            answers: state.answers.clone(),
            booking_url: config.booking_url.clone(),
            booking_consent: state.booking_consent,
            clinic_name: config.clinic_name.clone(),
            phone: config.phone.clone(),
            price: config.price.clone(),
            first_session: state.first_session,
            ticked: state.ticked.clone(),
            standalone,
            #[cfg(feature = "kiosk")]
            kiosk: kiosk.is_some(),
            remember: state.remember,
            notice: state.notice.filter(|n| !n.about_opening()),
            sections,
            on_action: on_action.clone(),
        }),
        Step::About => about(&AboutProps {
            lang,
            heading: step_heading,
            disclosure: config.disclosure.clone(),
            clinic_name: config.clinic_name.clone(),
            sections,
            standalone,
            on_action: on_action.clone(),
        }),
    };
    let app = html! {
        // The page shell's texts ride along (read by static/pwa/pwa.js on the app's own pages).
        <section class="mne" lang={lang.id()} dir={lang.dir()} aria-label={t(lang, chrome::APP_TITLE)}
            data-shell-offline={t(lang, chrome::SHELL_OFFLINE)}
            data-shell-update-ready={t(lang, chrome::SHELL_UPDATE_READY)}
            data-shell-update={t(lang, chrome::SHELL_UPDATE)} data-shell-install={t(lang, chrome::SHELL_INSTALL)}>
            { header(lang, config.clinic_name.as_deref(), language_switch(lang, wanted, &on_action)) }
            { stepper(lang, step, sections, &on_action) }
            <div class="mne-stage">
                { for state.notice.filter(|n| n.about_opening()).map(|n| notice(lang, n)) }
                { body }
            </div>
            <div class="mne-sr" role="status" aria-live="polite" aria-atomic="true" data-announce="">
                { announcement }
            </div>
        </section>
    };
    // Kiosk mode adds its controls to this markup (its build only, see `ui::kiosk::dress`).
    #[cfg(feature = "kiosk")]
    if let Some(kiosk) = kiosk {
        return dress(app, kiosk, state.visit, lang, start_over(start, &on_action));
    }
    app
}
