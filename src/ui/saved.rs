//! "Remember on this device" (the checkbox, "Forget my answers", and the storage behind them):
//! on the app's own page only, and only after the visitor ticks it, the plan's inputs and ticks
//! are kept in `localStorage` under one key, as one line of text in a versioned schema. Saved data of another version, or that does not read, is ignored
//! with a console warning. Forgetting removes the key.
//!
//! The text is written by hand rather than as JSON through gloo's serde helpers: serde_json
//! cost about 20 KB gzip of wasm for three fields, and the plan already has a strict, fuzzed
//! text format (`core::share`).

use gloo::storage::{LocalStorage, Storage};
use yew::prelude::*;

use crate::core::locale::{chrome, Lang};
use crate::ui::control::{button, checkbox, secondary, tick, CHOICE};
use crate::ui::link::notice;
use crate::ui::markup::choice_text;
use crate::ui::text::t;

use crate::core::plan::all_step_ids;
use crate::core::share::{self, Shared};
use crate::ui::state::{Action, CheckId, Notice, State};

/// The one `localStorage` key the app uses.
pub const KEY: &str = "microneedling-explorer";
/// The schema this code writes and reads.
const VERSION: u8 = 1;

/// What is saved: the plan's inputs as a plan link fragment (see [`share`]) and the ticked
/// checklist entries as `{session}-{step id}`. Stored as `v{version}|{plan}|{tick},{tick}…`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Saved {
    /// The schema version.
    pub version: u8,
    /// The concerns, answers and date, in the plan link format.
    pub plan: String,
    /// Ticked checklist entries.
    pub ticked: Vec<String>,
}

impl Saved {
    /// What to save for `state`.
    pub fn of(state: &State) -> Saved {
        Saved {
            version: VERSION,
            plan: share::encode(&Shared {
                concerns: state.concerns.clone(),
                answers: state.answers.clone(),
                first_session: state.first_session,
            }),
            ticked: state.ticked.iter().map(|entry| entry.dom_id()).collect(),
        }
    }

    /// The stored text.
    pub fn to_text(&self) -> String {
        format!("v{}|{}|{}", self.version, self.plan, self.ticked.join(","))
    }

    /// Reads the stored text; `None` when it is not three `|`-separated fields with a version.
    pub fn parse(text: &str) -> Option<Saved> {
        let mut fields = text.split('|');
        let version = fields.next()?.strip_prefix('v')?.parse().ok()?;
        let plan = fields.next()?.to_owned();
        let ticked = fields.next()?;
        if fields.next().is_some() {
            return None;
        }
        Some(Saved {
            version,
            plan,
            ticked: ticked
                .split(',')
                .filter(|t| !t.is_empty())
                .map(str::to_owned)
                .collect(),
        })
    }

    /// `state` with the saved plan filled in and remembering on, or why it cannot be read.
    pub fn restore(&self, state: State) -> Result<State, &'static str> {
        if self.version != VERSION {
            return Err("saved by another version");
        }
        let shared = match share::decode(&self.plan) {
            Ok(Some(shared)) => shared,
            Ok(None) => return Err("no plan in it"),
            Err(refusal) => return Err(refusal.describe()),
        };
        let mut restored = state.apply(Action::Restore(shared));
        for entry in &self.ticked {
            restored = restored.apply(Action::Tick(
                ticked_entry(entry).ok_or("an unknown tick")?,
                true,
            ));
        }
        Ok(restored
            .apply(Action::Remember(true))
            .apply(Action::Notify(Some(Notice::Remembered))))
    }
}

/// Reads `{session}-{step id}` back into a checklist entry with a known step id.
fn ticked_entry(entry: &str) -> Option<CheckId> {
    let (session, id) = entry.split_once('-')?;
    let step = all_step_ids().find(|known| *known == id)?;
    Some(CheckId {
        session: session.parse().ok()?,
        step,
    })
}

/// `state` with what this device remembers, if anything readable is saved.
pub fn load(state: State) -> State {
    let Some(text) = LocalStorage::raw().get_item(KEY).ok().flatten() else {
        return state;
    };
    let restored = Saved::parse(&text)
        .ok_or("not in a known format")
        .and_then(|saved| saved.restore(state.clone()));
    match restored {
        Ok(restored) => restored,
        Err(problem) => {
            gloo::console::warn!(format!(
                "microneedling-explorer: ignoring the answers saved on this device ({problem}); nothing was filled in."
            ));
            state
        }
    }
}

/// Saves `text` (a [`Saved`] as text), if any: there is some while the visitor asks to be
/// remembered.
pub fn keep(text: &Option<String>) {
    if text
        .as_ref()
        .is_some_and(|text| LocalStorage::raw().set_item(KEY, text).is_err())
    {
        gloo::console::warn!("microneedling-explorer: could not save the answers on this device.");
    }
}

/// Removes everything saved on this device.
pub fn forget() {
    LocalStorage::delete(KEY);
}

/// "Remember on this device": off until ticked; "Forget my answers" while on. Unticking or
/// forgetting removes what was saved at once.
pub fn remember(
    lang: Lang,
    on: bool,
    notice_shown: Option<Notice>,
    on_action: &Callback<Action>,
) -> Html {
    let onchange = on_action.reform(move |_: Event| {
        if on {
            forget();
        }
        Action::Remember(!on)
    });
    let forget = on_action.reform(|_: MouseEvent| {
        forget();
        Action::Remember(false)
    });
    html! {
        <div class="mne-remember">
            { checkbox(
                CHOICE,
                tick!("data-remember"),
                on,
                onchange,
                choice_text(t(lang, chrome::REMEMBER_LABEL), t(lang, chrome::REMEMBER_HINT)),
            ) }
            if on {
                { button(secondary!("data-forget"), t(lang, chrome::REMEMBER_FORGET), forget) }
            }
            { for notice_shown.map(|n| notice(lang, n)) }
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::concern::Concern;
    use crate::core::date::Date;
    use crate::core::screening::{Answer, Question};
    use crate::ui::state::Step;

    #[test]
    fn a_saved_plan_comes_back_with_its_ticks_and_remembering_on() {
        let state = State::default()
            .apply(Action::SetConcern(Concern::Pores, true))
            .apply(Action::Answer(Question::Keloids, Answer::Unsure))
            .apply(Action::SetFirstSession(Date::new(2027, 5, 1)))
            .apply(Action::Tick(
                CheckId {
                    session: 2,
                    step: "avoid-sun",
                },
                true,
            ))
            .apply(Action::Remember(true));
        let saved = Saved::of(&state);
        assert_eq!(saved.ticked, ["2-avoid-sun"]);
        assert_eq!(
            saved.to_text(),
            "v1|mne-plan=1.020.-------u---------.20270501|2-avoid-sun"
        );
        assert_eq!(Saved::parse(&saved.to_text()), Some(saved.clone()));
        let back = saved.restore(State::default()).expect("restores");
        assert_eq!(back.concerns, state.concerns);
        assert_eq!(back.answers, state.answers);
        assert_eq!(back.first_session, state.first_session);
        assert_eq!(back.ticked, state.ticked);
        assert!(back.remember);
        assert_eq!(
            (back.step, back.notice),
            (Step::Plan, Some(Notice::Remembered))
        );
    }

    #[test]
    fn other_versions_and_broken_data_are_refused() {
        let good = Saved::of(&State::default());
        let cases = [
            Saved {
                version: 2,
                ..good.clone()
            },
            Saved {
                plan: "mne-plan=1.zzz".into(),
                ..good.clone()
            },
            Saved {
                plan: String::new(),
                ..good.clone()
            },
            Saved {
                ticked: vec!["1-made-up".into()],
                ..good.clone()
            },
            Saved {
                ticked: vec!["x-avoid-sun".into()],
                ..good.clone()
            },
        ];
        for bad in &cases {
            assert!(bad.restore(State::default()).is_err(), "{bad:?}");
        }
        assert!(good.restore(State::default()).is_ok());
        for text in [
            "",
            "{}",
            "1|mne-plan=1.000.----------------|",
            "v1|x",
            "v1|a|b|c",
            "vx|a|",
        ] {
            assert_eq!(Saved::parse(text), None, "{text}");
        }
    }
}
