//! Native server-side renders of the app and its steps, checking the markup contract the
//! end-to-end tests and assistive technology rely on.
#![cfg(feature = "ssr")]

use microneedling_explorer::core::booking::BookingLink;
use microneedling_explorer::core::concern::Concern;
use microneedling_explorer::core::date::Date;
use microneedling_explorer::core::locale::{self, Lang};
use microneedling_explorer::core::plan::{suggest, ClinicOptions};
use microneedling_explorer::core::screening::{screen, Answer, Answers, Outcome, Question};
use microneedling_explorer::core::values::{Dimension, Values};
use microneedling_explorer::ui::about::{about, AboutProps};
use microneedling_explorer::ui::config::{Concerns, Sections};
use microneedling_explorer::ui::explore::{explore, ExploreProps};
use microneedling_explorer::ui::plan::{plan_step, PlanStepProps};
use microneedling_explorer::ui::quiz::{quiz, QuizProps};
use microneedling_explorer::ui::result::{result_step, ResultStepProps};
use microneedling_explorer::ui::state::{page_count, page_questions};
use microneedling_explorer::ui::{App, AppProps, Config, Early};
use yew::{function_component, BaseComponent, Callback, Html, LocalServerRenderer, Properties};

mod support;

/// One step view with its props.
#[derive(Clone, PartialEq)]
enum Screen {
    Explore(ExploreProps),
    Quiz(QuizProps),
    Result(ResultStepProps),
    Plan(Box<PlanStepProps>),
    About(AboutProps),
}

#[derive(Clone, PartialEq, Properties)]
struct HarnessProps {
    screen: Screen,
}

/// Renders one step view outside the app, with whatever state the test sets up.
#[function_component(Harness)]
fn harness(props: &HarnessProps) -> Html {
    match &props.screen {
        Screen::Explore(p) => explore(p),
        Screen::Quiz(p) => quiz(p),
        Screen::Result(p) => result_step(p),
        Screen::Plan(p) => plan_step(p),
        Screen::About(p) => about(p),
    }
}

fn render_screen(screen: Screen) -> String {
    render::<Harness>(HarnessProps { screen })
}

/// Renders a component to a string on a single-threaded Tokio runtime, as Yew's
/// `LocalServerRenderer` requires a `LocalSet`.
fn render<C: BaseComponent>(props: C::Properties) -> String {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("tokio runtime");
    let local = tokio::task::LocalSet::new();
    let html = local.block_on(
        &runtime,
        LocalServerRenderer::<C>::with_props(props)
            .hydratable(false)
            .render(),
    );
    assert_no_inline_style_or_script(&html);
    html
}

/// The strict-CSP rule: no `style` attributes and no inline `<style>` or `<script>`.
fn assert_no_inline_style_or_script(html: &str) {
    for banned in [" style=", "<style", "<script"] {
        assert!(!html.contains(banned), "found {banned:?} in {html}");
    }
}

/// How many times `needle` occurs in `haystack`.
fn count(haystack: &str, needle: &str) -> usize {
    haystack.matches(needle).count()
}

/// A start tag: its name, attributes and where it starts in the document.
#[derive(Debug)]
struct Tag {
    name: String,
    attrs: Vec<(String, String)>,
    at: usize,
}

impl Tag {
    fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

/// Every start tag in server-rendered markup (attribute order does not matter to the checks).
fn tags(html: &str) -> Vec<Tag> {
    let mut found = Vec::new();
    for (at, _) in html.match_indices('<') {
        let rest = &html[at + 1..];
        if rest.starts_with('/') || rest.starts_with('!') {
            continue;
        }
        let end = rest.find('>').expect("tag end");
        let inner = &rest[..end];
        let mut parts = inner.splitn(2, ' ');
        let name = parts.next().unwrap_or_default().to_owned();
        let mut attrs = Vec::new();
        let mut text = parts.next().unwrap_or_default().trim();
        while !text.is_empty() {
            let key_end = text.find(['=', ' ']).unwrap_or(text.len());
            let key = text[..key_end].to_owned();
            text = &text[key_end..];
            if let Some(quoted) = text.strip_prefix("=\"") {
                let close = quoted.find('"').expect("closing quote");
                attrs.push((key, quoted[..close].to_owned()));
                text = quoted[close + 1..].trim_start();
            } else {
                attrs.push((key, String::new()));
                text = text.trim_start();
            }
        }
        found.push(Tag { name, attrs, at });
    }
    found
}

/// Start tags that carry `attr`, optionally with the exact `value`.
fn with_attr<'t>(all: &'t [Tag], attr: &str, value: Option<&str>) -> Vec<&'t Tag> {
    all.iter()
        .filter(|t| {
            t.attr(attr)
                .is_some_and(|v| value.is_none_or(|want| v == want))
        })
        .collect()
}

/// The markup from the first element carrying `attr="value"` to the end of the document.
fn from_attr<'a>(html: &'a str, attr: &str, value: &str) -> &'a str {
    let all = tags(html);
    let tag = with_attr(&all, attr, Some(value))
        .into_iter()
        .next()
        .unwrap_or_else(|| panic!("no {attr}={value:?} in {html}"));
    &html[tag.at..]
}

/// A question whose `yes` leads to the given tier.
fn question_with_tier(tier: Outcome) -> Question {
    Question::ALL
        .into_iter()
        .find(|q| q.tier() == tier)
        .unwrap_or_else(|| panic!("no question with tier {tier:?}"))
}

/// The build's pre-render is the app's fresh first screen even for its own page (natively it
/// reads no address or storage), and boxes ticked there before the app ran (`early` actions)
/// start ticked, with their cards open, in the app's first render.
#[test]
fn the_first_screen_is_fresh_natively_and_keeps_pre_render_ticks() {
    let own_page = render::<App>(AppProps {
        standalone: true,
        ..AppProps::default()
    });
    let ticked_boxes = |all: &[Tag]| -> Vec<String> {
        let boxes = with_attr(all, "name", Some("concern"));
        assert_eq!(boxes.len(), Concern::ALL.len());
        (boxes.iter())
            .filter(|t| t.attr("checked").is_some())
            .filter_map(|t| t.attr("value").map(str::to_owned))
            .collect()
    };
    let all = tags(&own_page);
    assert!(ticked_boxes(&all).is_empty());
    assert!(with_attr(&all, "data-concern", None).is_empty());
    let ticked = [Concern::AcneScars, Concern::Pores];
    let html = render::<App>(AppProps {
        standalone: true,
        early: Early {
            ticked: ticked.to_vec(),
        },
        ..AppProps::default()
    });
    let all = tags(&html);
    assert_eq!(ticked_boxes(&all), ["acne-scars", "pores"]);
    let cards: Vec<_> = with_attr(&all, "data-concern", None)
        .iter()
        .filter_map(|t| t.attr("data-concern"))
        .collect();
    assert_eq!(cards, ["acne-scars", "pores"]);
}

/// The wasm holds only the early English rows (`locale::is_early`) until the English pack is
/// in: the first screen rendered from those alone is the full first screen, byte for byte, so
/// neither the build's pre-render nor the app's first render needs a later row. Until the pack
/// is in, a ticked concern and any other step show a "Loading" line, never blank text.
#[test]
fn the_first_screen_needs_only_the_early_rows_and_the_rest_waits_for_them() {
    let keys: Vec<&str> = locale::keys(Lang::En).collect();
    let early = keys.iter().filter(|k| locale::is_early(k)).count();
    let later = keys.len() - early;
    for standalone in [true, false] {
        let props = AppProps {
            standalone,
            ..AppProps::default()
        };
        let full = render::<App>(props.clone());
        locale::early_only(true);
        assert_eq!(
            locale::keys(Lang::En).count(),
            early,
            "{later} later rows hidden"
        );
        let first = render::<App>(props);
        locale::early_only(false);
        assert_eq!(first, full, "the first screen read a later row");
        // Not vacuous: the first screen shows every concern and guide section.
        let all = tags(&first);
        assert_eq!(
            with_attr(&all, "name", Some("concern")).len(),
            Concern::ALL.len()
        );
        assert!(with_attr(&all, "data-guide", None).len() >= 5);
    }
    assert!(early > 100 && later > 300, "{early} early, {later} later");

    locale::early_only(true);
    // A concern ticked before the pack is in stays ticked; its card waits behind a line.
    let ticked = render::<App>(AppProps {
        early: Early {
            ticked: vec![Concern::Pores],
        },
        ..AppProps::default()
    });
    let all = tags(&ticked);
    assert!(with_attr(&all, "value", Some("pores"))[0]
        .attr("checked")
        .is_some());
    assert!(with_attr(&all, "data-concern", None).is_empty());
    assert_eq!(with_attr(&all, "data-loading", None).len(), 1);
    assert!(ticked.contains("Loading…"));
    // A clinic that starts on another step: its heading and the line, not its view.
    for start in ["check", "about"] {
        let (config, rejected) =
            Config::from_attributes(|name| (name == "start").then(|| start.into()));
        assert!(rejected.is_empty());
        let html = render::<App>(AppProps {
            config,
            ..AppProps::default()
        });
        let all = tags(&html);
        assert!(with_attr(&all, "data-step", None).is_empty(), "{start}");
        assert_eq!(with_attr(&all, "data-loading", None).len(), 1, "{start}");
        assert!(html.contains("Loading this step…"), "{start}");
    }
    locale::early_only(false);
}

#[test]
fn the_app_shows_english_until_the_pack_is_in_then_that_language() {
    let config = Config {
        lang: Lang::Es,
        ..Config::default()
    };
    let props = AppProps {
        config,
        standalone: false,
        #[cfg(feature = "kiosk")]
        kiosk: None,
        early: Early::default(),
    };
    let before = render::<App>(props.clone());
    let root = |html: &str| {
        let all = tags(html);
        let root = with_attr(&all, "lang", None)[0];
        (
            root.attr("lang").map(str::to_owned),
            root.attr("dir").map(str::to_owned),
        )
    };
    assert_eq!(root(&before), (Some("en".into()), Some("ltr".into())));
    assert!(before.contains("Microneedling explorer"));
    support::install_packs();
    let after = render::<App>(props.clone());
    assert_eq!(root(&after), (Some("es".into()), Some("ltr".into())));
    assert!(after.contains("Explorador de microagujas"), "{after}");
    assert!(!after.contains("Microneedling explorer"));
    let all = tags(&after);
    let spanish = with_attr(&all, "value", Some("es"));
    assert!(spanish[0].attr("selected").is_some(), "Español is selected");
    let rtl = AppProps {
        config: Config {
            lang: Lang::ArXb,
            ..Config::default()
        },
        standalone: false,
        #[cfg(feature = "kiosk")]
        kiosk: None,
        early: Early::default(),
    };
    assert_eq!(
        root(&render::<App>(rtl)),
        (Some("ar-XB".into()), Some("rtl".into()))
    );
}

#[test]
fn app_starts_on_explore_with_every_concern_and_the_stepper() {
    let html = render::<App>(AppProps::default());
    let all = tags(&html);
    // The app's root, and the English option of the language switch.
    let english = with_attr(&all, "lang", Some("en"));
    assert_eq!(english.len(), 2);
    assert_eq!(english[0].attr("dir"), Some("ltr"));
    assert_eq!(english[1].attr("value"), Some("en"));
    let spanish = with_attr(&all, "lang", Some("es"));
    assert_eq!(spanish.len(), 1);
    assert_eq!(spanish[0].attr("value"), Some("es"));
    assert_eq!(with_attr(&all, "data-step", Some("explore")).len(), 1);
    let boxes = with_attr(&all, "name", Some("concern"));
    let values: Vec<_> = boxes.iter().filter_map(|t| t.attr("value")).collect();
    let ids: Vec<_> = Concern::ALL.iter().map(|c| c.id()).collect();
    assert_eq!(values, ids);
    assert!(boxes.iter().all(|t| t.attr("type") == Some("checkbox")));
    let steps: Vec<_> = with_attr(&all, "data-go", None)
        .iter()
        .filter_map(|t| t.attr("data-go"))
        .collect();
    assert_eq!(steps, ["explore", "check", "result", "plan", "about"]);
    let current = with_attr(&all, "aria-current", Some("step"));
    assert_eq!(current.len(), 1);
    assert_eq!(current[0].attr("data-go"), Some("explore"));
    let status = with_attr(&all, "role", Some("status"));
    assert_eq!(status.len(), 1);
    assert_eq!(status[0].attr("aria-live"), Some("polite"));
    let next = with_attr(&all, "data-nav", Some("next"));
    assert_eq!(next.len(), 1);
    assert_eq!(next[0].name, "button");
    assert!(all.iter().any(|t| t.name == "h1"));
    let heading = all.iter().find(|t| t.name == "h2").expect("step heading");
    assert_eq!(heading.attr("tabindex"), Some("-1"));
}

#[test]
fn clinic_strings_are_rendered_as_text() {
    let config = Config {
        clinic_name: Some("<b>Glow</b> & Co".to_owned()),
        ..Config::default()
    };
    let html = render::<App>(AppProps {
        config,
        standalone: false,
        #[cfg(feature = "kiosk")]
        kiosk: None,
        early: Early::default(),
    });
    assert!(html.contains("&lt;b&gt;Glow&lt;/b&gt; &amp; Co"), "{html}");
    assert!(!html.contains("<b>Glow"));
}

#[test]
fn chosen_concerns_open_their_cards_and_rosacea_shows_caution_first() {
    let html = render_screen(Screen::Explore(ExploreProps {
        lang: Lang::En,
        texts_ready: true,
        heading: Default::default(),
        offered: Concerns::ALL,
        concerns: vec![Concern::AcneScars, Concern::Rosacea],
        values: Values::default(),
        options: ClinicOptions::default(),
        sections: Sections::ALL,
        on_action: Callback::noop(),
    }));
    let all = tags(&html);
    let cards: Vec<_> = with_attr(&all, "data-concern", None)
        .iter()
        .filter_map(|t| t.attr("data-concern"))
        .collect();
    assert_eq!(cards, ["acne-scars", "rosacea"]);
    let rosacea = from_attr(&html, "data-concern", "rosacea");
    let caution = rosacea.find("data-caution").expect("rosacea caution");
    let first_fact = rosacea.find("<dl").expect("facts");
    assert!(caution < first_fact, "caution must come first");
    assert_eq!(with_attr(&all, "data-evidence", None).len(), 2);
    assert_eq!(with_attr(&all, "data-setting-fit", None).len(), 2);
    let ticked: Vec<_> = with_attr(&all, "checked", None)
        .iter()
        .filter(|t| t.attr("name") == Some("concern"))
        .filter_map(|t| t.attr("value"))
        .collect();
    assert_eq!(ticked, ["acne-scars", "rosacea"]);
    let picker = from_attr(&html, "data-concerns", "");
    let picker = &picker[..picker.find("</fieldset>").expect("picker end")];
    assert_eq!(count(picker, "<dt>"), 2 * 9, "nine facts per card");
    // Harms beside benefits: what can go wrong, downtime and other options, doing nothing too.
    for attr in [
        "data-harms",
        "data-downtime",
        "data-options",
        "data-option-nothing",
    ] {
        assert_eq!(with_attr(&all, attr, None).len(), 2, "{attr} on every card");
    }
}

fn render_quiz(page: usize, answers: Answers) -> String {
    render_screen(Screen::Quiz(QuizProps {
        lang: Lang::En,
        heading: Default::default(),
        page_heading: Default::default(),
        page,
        answers,
        sections: Sections::ALL,
        on_action: Callback::noop(),
    }))
}

#[test]
fn quiz_pages_show_four_questions_with_three_answers_each() {
    let total = Question::ALL.len();
    for page in 0..page_count() {
        let html = render_quiz(page, Answers::default());
        let all = tags(&html);
        let questions = page_questions(page);
        assert!(questions.len() <= 4 && !questions.is_empty());
        let fields = with_attr(&all, "data-question", None);
        let ids: Vec<_> = fields
            .iter()
            .filter_map(|t| t.attr("data-question"))
            .collect();
        let expected: Vec<_> = questions.iter().map(|q| q.id()).collect();
        assert_eq!(ids, expected);
        assert!(fields.iter().all(|t| t.name == "fieldset"));
        for q in questions {
            let name = format!("q-{}", q.id());
            let radios = with_attr(&all, "name", Some(&name));
            let values: Vec<_> = radios.iter().filter_map(|t| t.attr("value")).collect();
            assert_eq!(values, ["yes", "no", "unsure"]);
            assert!(radios.iter().all(|t| t.attr("type") == Some("radio")));
            let field = from_attr(&html, "data-question", q.id());
            let field = &field[..field.find("</fieldset>").expect("fieldset end")];
            assert!(field.contains("<legend"));
            assert_eq!(count(field, "<label"), 3);
        }
        let first = page * 4 + 1;
        let last = first + questions.len() - 1;
        assert!(
            html.contains(&format!("Questions {first}–{last} of {total}")),
            "{html}"
        );
        assert!(html.contains("<progress"));
        let finish = html.contains("See my result");
        assert_eq!(finish, page + 1 == page_count());
        assert_eq!(with_attr(&all, "data-nav", Some("back")).len(), 1);
        let next = with_attr(&all, "data-nav", Some("next"));
        assert_eq!(next[0].attr("type"), Some("submit"));
    }
}

#[test]
fn quiz_shows_answers_already_given() {
    let mut answers = Answers::default();
    answers.set(Question::ALL[0], Answer::Unsure);
    let html = render_quiz(0, answers);
    let all = tags(&html);
    let checked = with_attr(&all, "checked", None);
    assert_eq!(checked.len(), 1);
    assert_eq!(checked[0].attr("value"), Some("unsure"));
    let name = format!("q-{}", Question::ALL[0].id());
    assert_eq!(checked[0].attr("name"), Some(name.as_str()));
    assert!(html.contains(&format!("1 of {} answered", Question::ALL.len())));
}

fn render_result(answers: Answers, concerns: Vec<Concern>) -> String {
    render_screen(Screen::Result(ResultStepProps {
        lang: Lang::En,
        heading: Default::default(),
        screening: screen(&answers, &concerns),
        unanswered: Question::ALL.len() - answers.answered_count(),
        sections: Sections::ALL,
        on_action: Callback::noop(),
    }))
}

#[test]
fn result_with_no_red_flags_lists_no_reasons_and_never_clears() {
    let html = render_result(Answers::all(Answer::No), vec![Concern::AcneScars]);
    let all = tags(&html);
    assert_eq!(
        with_attr(&all, "data-outcome", Some("no-red-flags")).len(),
        1
    );
    assert!(with_attr(&all, "data-reason", None).is_empty());
    let lower = html.to_lowercase();
    for banned in ["cleared", "you are safe", "you're safe"] {
        assert!(!lower.contains(banned), "{banned}");
    }
}

#[test]
fn result_names_each_reason_inside_the_outcome() {
    let not_now = question_with_tier(Outcome::NotNow);
    let mut answers = Answers::all(Answer::No);
    answers.set(not_now, Answer::Yes);
    let unsure = Question::ALL
        .into_iter()
        .find(|q| *q != not_now)
        .expect("another question");
    answers.set(unsure, Answer::Unsure);
    let html = render_result(answers, vec![Concern::Rosacea]);
    let outcome = from_attr(&html, "data-outcome", "not-now");
    let inside = tags(outcome);
    let reasons: Vec<_> = with_attr(&inside, "data-reason", None)
        .iter()
        .map(|t| {
            (
                t.attr("data-reason").unwrap_or_default(),
                t.attr("data-reason-kind").unwrap_or_default(),
            )
        })
        .collect();
    assert_eq!(reasons.len(), 3, "{reasons:?}");
    assert_eq!(reasons[0], (not_now.id(), "question"), "worst first");
    assert!(reasons.contains(&(unsure.id(), "question")));
    assert!(reasons.contains(&("rosacea", "concern")));
    assert!(html.contains("You answered: Yes") && html.contains("You answered: Not sure"));
    assert!(!html.contains("data-unanswered"));
}

#[test]
fn result_counts_unanswered_questions_as_unsure() {
    let html = render_result(Answers::default(), Vec::new());
    let all = tags(&html);
    let total = Question::ALL.len().to_string();
    assert_eq!(with_attr(&all, "data-unanswered", Some(&total)).len(), 1);
    assert!(with_attr(&all, "data-outcome", Some("no-red-flags")).is_empty());
    assert_eq!(
        with_attr(&all, "data-reason", None).len(),
        Question::ALL.len()
    );
}

fn render_plan(
    concerns: Vec<Concern>,
    answers: Answers,
    at_home_allowed: bool,
    booking_url: Option<&str>,
    first_session: Option<Date>,
) -> String {
    render_screen(Screen::Plan(Box::new(PlanStepProps {
        lang: Lang::En,
        heading: Default::default(),
        plan: suggest(
            &concerns,
            &screen(&answers, &concerns),
            ClinicOptions { at_home_allowed },
        ),
        screening: screen(&answers, &concerns),
        concerns,
        answers,
        booking_url: booking_url.and_then(BookingLink::new),
        booking_consent: false,
        clinic_name: Some("Glow".to_owned()),
        phone: Some("+44 (20) 7946-0000".to_owned()),
        price: None,
        first_session,
        ticked: Vec::new(),
        standalone: true,
        #[cfg(feature = "kiosk")]
        kiosk: false,
        remember: false,
        notice: None,
        sections: Sections::ALL,
        on_action: Callback::noop(),
    })))
}

fn plan_setting(html: &str) -> String {
    let all = tags(html);
    let plans = with_attr(&all, "data-plan-setting", None);
    assert_eq!(plans.len(), 1);
    plans[0]
        .attr("data-plan-setting")
        .unwrap_or_default()
        .to_owned()
}

#[test]
fn plan_setting_follows_concerns_answers_and_clinic() {
    let all_no = Answers::all(Answer::No);
    let professional = render_plan(vec![Concern::AcneScars], all_no.clone(), true, None, None);
    assert_eq!(plan_setting(&professional), "professional");
    let at_home = render_plan(vec![Concern::Texture], all_no.clone(), true, None, None);
    assert_eq!(plan_setting(&at_home), "at-home");
    let not_offered = render_plan(vec![Concern::Texture], all_no, false, None, None);
    assert_eq!(plan_setting(&not_offered), "professional");
    let unsure = render_plan(
        vec![Concern::Texture],
        Answers::all(Answer::Unsure),
        true,
        None,
        None,
    );
    assert_eq!(plan_setting(&unsure), "clinician-first");
    for html in [&professional, &at_home] {
        let all = tags(html);
        assert!(!with_attr(&all, "data-plan-step", None).is_empty());
        assert_eq!(with_attr(&all, "type", Some("date")).len(), 1);
        assert!(with_attr(&all, "data-checklist", None).is_empty());
        assert!(with_attr(&all, "data-booking", None).is_empty());
    }
}

#[test]
fn first_session_date_turns_steps_into_a_dated_checklist() {
    let first = Date::new(2026, 12, 7).expect("valid date");
    let html = render_plan(
        vec![Concern::AcneScars],
        Answers::all(Answer::No),
        true,
        None,
        Some(first),
    );
    let all = tags(&html);
    let date = with_attr(&all, "type", Some("date"));
    assert_eq!(date[0].attr("value"), Some("2026-12-07"));
    let checklist = tags(from_attr(&html, "data-checklist", ""));
    assert!(with_attr(&checklist, "type", Some("checkbox")).len() >= 3);
    // Dates in words come from the browser's Intl; without one (here) they are ISO dates.
    assert!(html.contains("2026-12-07 to"), "{html}");
}

#[test]
fn a_not_now_plan_says_what_to_do_first_and_books_only_a_talk() {
    let mut answers = Answers::all(Answer::No);
    answers.set(Question::OtherSkinCondition, Answer::Yes);
    let first = Date::new(2026, 12, 7).expect("valid date");
    let html = render_plan(
        vec![Concern::AcneScars],
        answers,
        true,
        Some("https://glow.example/book"),
        Some(first),
    );
    assert_eq!(plan_setting(&html), "clinician-first");
    let all = tags(&html);
    assert_eq!(with_attr(&all, "data-wait-first", None).len(), 1);
    assert_eq!(
        with_attr(&all, "data-first", Some("other-skin-condition")).len(),
        1
    );
    assert_eq!(with_attr(&all, "data-come-back", None).len(), 1);
    assert!(
        with_attr(&all, "type", Some("date")).is_empty(),
        "no session dates"
    );
    assert!(with_attr(&all, "data-checklist", None).is_empty());
    assert!(html.contains("Book a consultation with Glow to talk it over"));
}

#[test]
fn an_at_home_plan_gives_a_product_size_not_a_studied_depth() {
    let html = render_plan(
        vec![Concern::Texture],
        Answers::all(Answer::No),
        true,
        None,
        None,
    );
    assert_eq!(plan_setting(&html), "at-home");
    let needles = from_attr(&html, "data-home-needles", "");
    assert!(needles.contains("0.2–0.5 mm") && needles.contains("0.25 mm"));
    assert!(!html.contains("used in studies"));
    assert!(!html.to_lowercase().contains("collagen"));
}

#[test]
fn booking_link_opens_safely_in_a_new_tab() {
    let html = render_plan(
        vec![Concern::AcneScars],
        Answers::all(Answer::No),
        true,
        Some("https://glow.example/book"),
        None,
    );
    let all = tags(&html);
    let link = with_attr(&all, "data-booking", None);
    assert_eq!(link.len(), 1);
    assert_eq!(link[0].name, "a");
    assert_eq!(link[0].attr("href"), Some("https://glow.example/book"));
    assert_eq!(link[0].attr("rel"), Some("noopener"));
    assert_eq!(link[0].attr("target"), Some("_blank"));
    assert!(html.contains("Glow") && html.contains("opens in a new tab"));
    let call = with_attr(&all, "data-phone", None);
    assert_eq!(call.len(), 1);
    assert_eq!(call[0].attr("href"), Some("tel:+442079460000"));
    assert!(
        html.contains("Call Glow: +44\u{a0}(20)\u{a0}7946-0000"),
        "{html}"
    );
}

/// The navigation and Back / Next targets an app configured by `attributes` renders.
fn app_with(attributes: &[(&str, &str)]) -> (Vec<String>, String, Vec<String>) {
    let (config, rejected) = Config::from_attributes(|name| {
        attributes
            .iter()
            .find(|(key, _)| *key == name)
            .map(|(_, value)| (*value).to_owned())
    });
    assert!(rejected.is_empty(), "{rejected:?}");
    let html = render::<App>(AppProps {
        config,
        standalone: false,
        #[cfg(feature = "kiosk")]
        kiosk: None,
        early: Early::default(),
    });
    let all = tags(&html);
    let attr_values = |attr: &str| -> Vec<String> {
        with_attr(&all, attr, None)
            .iter()
            .filter_map(|t| t.attr(attr).map(str::to_owned))
            .collect()
    };
    let step = attr_values("data-step").concat();
    (attr_values("data-go"), step, attr_values("data-nav"))
}

#[test]
fn clinics_choose_the_sections_shown_and_the_start() {
    let (steps, step, nav) = app_with(&[]);
    assert_eq!(steps, ["explore", "check", "result", "plan", "about"]);
    assert_eq!((step.as_str(), nav), ("explore", vec!["next".to_owned()]));

    let (steps, step, nav) = app_with(&[("sections", "check result"), ("start", "check")]);
    assert_eq!(steps, ["check", "result", "about"]);
    assert_eq!(step, "check");
    assert_eq!(
        nav,
        ["next"],
        "no Back to a hidden Explore from the first quiz page"
    );

    let (steps, step, nav) = app_with(&[("sections", "explore"), ("start", "about")]);
    assert_eq!(steps, ["explore", "about"]);
    assert_eq!(step, "about");
    assert_eq!(
        nav,
        ["back", "next"],
        "Back to Explore, then Back to the start"
    );
}

#[test]
fn explore_offers_no_next_when_the_check_is_hidden() {
    let html = render_screen(Screen::Explore(ExploreProps {
        lang: Lang::En,
        texts_ready: true,
        heading: Default::default(),
        offered: Concerns::ALL,
        concerns: Vec::new(),
        values: Values::default(),
        options: ClinicOptions::default(),
        sections: Sections::parse("explore").expect("valid sections"),
        on_action: Callback::noop(),
    }));
    assert!(
        with_attr(&tags(&html), "data-nav", None).is_empty(),
        "{html}"
    );
}

#[test]
fn about_shows_sources_date_policy_and_the_clinic_disclosure_as_text() {
    let html = render_screen(Screen::About(AboutProps {
        lang: Lang::En,
        heading: Default::default(),
        disclosure: Some("We sell <i>pens</i>.".to_owned()),
        clinic_name: None,
        sections: Sections::ALL,
        standalone: false,
        on_action: Callback::noop(),
    }));
    assert!(html.contains("We sell &lt;i&gt;pens&lt;/i&gt;."));
    assert!(
        !html.contains("builder.html"),
        "on a clinic's page About does not link to the embed builder"
    );
    let all = tags(&html);
    for attr in [
        "data-sources",
        "data-content-date",
        "data-not-advice",
        "data-disclosure",
    ] {
        assert_eq!(with_attr(&all, attr, None).len(), 1, "{attr}");
    }
    // Every source with its year (or "no date given") and what it is; links open a new tab.
    let sources = with_attr(&all, "data-source", None);
    assert_eq!(
        sources.len(),
        microneedling_explorer::core::guide::Source::ALL.len()
    );
    assert_eq!(
        with_attr(&all, "data-source-year", None).len(),
        sources.len()
    );
    assert!(html.contains("(2020)") && html.contains("(no date given)"));
    for link in with_attr(&all, "data-source-link", None) {
        assert!(link.attr("href").is_some_and(|h| h.starts_with("http")));
        assert_eq!(link.attr("target"), Some("_blank"));
    }
}

fn render_explore(concerns: Vec<Concern>, values: Values) -> String {
    render_screen(Screen::Explore(ExploreProps {
        lang: Lang::En,
        texts_ready: true,
        heading: Default::default(),
        offered: Concerns::ALL,
        concerns,
        values,
        options: ClinicOptions::default(),
        sections: Sections::ALL,
        on_action: Callback::noop(),
    }))
}

/// The `data-*` ids of the tags carrying `attr`, in document order.
fn ids_of(all: &[Tag], attr: &str) -> Vec<String> {
    with_attr(all, attr, None)
        .iter()
        .filter_map(|t| t.attr(attr).map(str::to_owned))
        .collect()
}

/// The text of the element carrying `attr="value"` (tags dropped), up to its closing `</li>`.
fn item_text(html: &str, attr: &str, value: &str) -> String {
    let item = from_attr(html, attr, value);
    let item = &item[..item.find("</li>").expect("item end")];
    let mut text = String::new();
    let mut in_tag = false;
    for ch in item.chars() {
        match ch {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    text
}

/// A picture: an SVG with role img named by its visible caption and described by its list.
fn assert_labelled_picture(all: &[Tag], figure: &str) {
    let svg: Vec<_> = all
        .iter()
        .filter(|t| t.name == "svg" && t.attr("role").is_some())
        .collect();
    assert_eq!(svg.len(), 1, "one picture");
    assert_eq!(svg[0].attr("role"), Some("img"));
    let title = format!("mne-{figure}-title");
    let facts = format!("mne-{figure}-facts");
    assert_eq!(svg[0].attr("aria-labelledby"), Some(title.as_str()));
    assert_eq!(svg[0].attr("aria-describedby"), Some(facts.as_str()));
    assert_eq!(with_attr(all, "id", Some(&title)).len(), 1);
    assert_eq!(with_attr(all, "id", Some(&facts))[0].name, "ul");
    let samples = all
        .iter()
        .filter(|t| t.attr("aria-hidden") == Some("true") && t.name == "svg");
    assert_eq!(
        samples.count(),
        2,
        "the key's two samples are hidden from screen readers"
    );
}

#[test]
fn depth_picture_shows_home_needles_beside_studied_depths_with_the_same_facts_in_words() {
    assert!(!render_explore(Vec::new(), Values::default()).contains("data-figure"));
    let concerns = vec![Concern::AcneScars, Concern::Pigmentation, Concern::Texture];
    let html = render_explore(concerns, Values::default());
    let all = tags(&html);
    assert_eq!(with_attr(&all, "data-figure", Some("depth")).len(), 1);
    assert_labelled_picture(&all, "depth");
    assert_eq!(
        ids_of(&all, "data-bar"),
        ["home", "acne-scars", "pigmentation"]
    );
    assert_eq!(
        ids_of(&all, "data-fact"),
        ["home", "acne-scars", "pigmentation", "texture"]
    );
    let checks = [
        ("home", "0.2–0.5 mm"),
        ("acne-scars", "1.5–2.5 mm"),
        ("pigmentation", "1.5 mm"),
        ("texture", "no needle depth"),
    ];
    for (id, words) in checks {
        let fact = item_text(&html, "data-fact", id);
        assert!(fact.contains(words), "{id}: {fact}");
    }
    assert!(item_text(&html, "data-fact", "home").contains("not a range from studies"));
    // Bars: home is solid to 0.2 then dashed to 0.5; a single studied depth is all solid.
    let home = from_attr(&html, "data-bar", "home");
    let home = &home[..home.find("</g>").expect("bar end")];
    assert_eq!(count(home, "mne-chart-bar"), 1);
    assert_eq!(count(home, "mne-chart-range"), 1);
    let one = from_attr(&html, "data-bar", "pigmentation");
    let one = &one[..one.find("</g>").expect("bar end")];
    assert_eq!(
        (count(one, "mne-chart-bar"), count(one, "mne-chart-range")),
        (1, 0)
    );
    let ticks = ids_of(&all, "data-tick");
    assert_eq!(
        ticks,
        ["0", "5", "10", "15", "20", "25"],
        "half-millimetre ticks"
    );
}

#[test]
fn values_exercise_asks_five_optional_questions_and_sorts_the_options() {
    let html = render_explore(vec![Concern::AcneScars], Values::default());
    let all = tags(&html);
    let groups = with_attr(&all, "data-value", None);
    let ids: Vec<_> = groups.iter().filter_map(|t| t.attr("data-value")).collect();
    let expected: Vec<_> = Dimension::ALL.iter().map(|d| d.id()).collect();
    assert_eq!(ids, expected);
    assert!(groups.iter().all(|t| t.name == "fieldset"));
    let mut radios = 0;
    for d in Dimension::ALL {
        let field = from_attr(&html, "data-value", d.id());
        let field = &field[..field.find("</fieldset>").expect("fieldset end")];
        assert!(field.contains("<legend"));
        let name = format!("v-{}", d.id());
        let group = with_attr(&all, "name", Some(&name));
        assert_eq!(group.len(), d.choices().len() + 1, "{name}");
        assert_eq!(group[0].attr("value"), Some("any"));
        assert!(
            group[0].attr("checked").is_some(),
            "does not matter by default"
        );
        radios += group.len();
    }
    assert_eq!(radios, 4 + 4 + 4 + 3 + 2);
    let live = with_attr(&all, "data-values-count", None);
    assert_eq!(live[0].attr("aria-live"), Some("polite"));
    assert!(html.contains("Answer any question to see which options fit."));
    let options = ids_of(&all, "data-choice");
    assert_eq!(options.first().map(String::as_str), Some("clinic"));
    assert_eq!(options.last().map(String::as_str), Some("nothing"));
    assert!(options.iter().any(|o| o == "subcision"));
    assert!(
        !options.iter().any(|o| o == "at-home"),
        "never home needling for scars"
    );
    assert!(ids_of(&all, "data-fit").iter().all(|f| f == "fits"));

    let mut values = Values::default();
    values.set(Dimension::Visits, Some(0));
    let html = render_explore(vec![Concern::AcneScars], values);
    let all = tags(&html);
    let fit = |id: &str| {
        with_attr(&all, "data-choice", Some(id))[0]
            .attr("data-fit")
            .map(str::to_owned)
    };
    assert_eq!(fit("clinic").as_deref(), Some("no-fit"));
    assert_eq!(fit("nothing").as_deref(), Some("fits"));
    assert!(item_text(&html, "data-choice", "clinic").contains("Does not fit: visits"));
    let verdicts = ids_of(&all, "data-fit");
    let n = |v: &str| verdicts.iter().filter(|f| *f == v).count();
    let said = format!(
        "Fits: {}. Ask about: {}. Does not fit: {}.",
        n("fits"),
        n("ask"),
        n("no-fit")
    );
    assert!(html.contains(&said), "{said}");
    let checked = with_attr(&all, "name", Some("v-visits"))
        .into_iter()
        .find(|t| t.attr("checked").is_some())
        .and_then(|t| t.attr("value"));
    assert_eq!(checked, Some("0"));
}

#[test]
fn clinic_plans_show_the_healing_timeline_and_at_home_plans_do_not() {
    let html = render_plan(
        vec![Concern::AcneScars],
        Answers::all(Answer::No),
        true,
        None,
        None,
    );
    let all = tags(&html);
    assert_labelled_picture(&all, "healing");
    let rows = ["redness", "flaking", "makeup", "actives"];
    assert_eq!(ids_of(&all, "data-bar"), rows);
    assert_eq!(ids_of(&all, "data-fact"), rows);
    let ticks = ids_of(&all, "data-tick");
    assert_eq!(ticks, ["0", "1", "2", "3", "4", "5", "6", "7"]);
    let checks = [
        (
            "redness",
            "Usually from day 0 to day 2. Sometimes until day 7.",
        ),
        ("flaking", "It may happen from day 2 to day 7."),
        ("makeup", "Not before day 1."),
        (
            "actives",
            "Not before day 3. Some need to wait until day 5.",
        ),
    ];
    for (id, words) in checks {
        let fact = item_text(&html, "data-fact", id);
        assert!(fact.contains(words), "{id}: {fact}");
    }
    let home = render_plan(
        vec![Concern::Texture],
        Answers::all(Answer::No),
        true,
        None,
        None,
    );
    assert!(home.contains("data-plan-setting=\"at-home\""));
    assert!(!home.contains("data-figure"));
}

// Kiosk mode's views exist only in the `kiosk` feature's build (scripts/test.sh enables it here).
#[cfg(feature = "kiosk")]
#[test]
fn kiosk_mode_renders_start_over_and_the_closed_warning_with_its_timings() {
    use microneedling_explorer::ui::Kiosk;
    let kiosk = render::<App>(AppProps {
        kiosk: Some(Kiosk { timeout: 180 }),
        ..AppProps::default()
    });
    assert_eq!(
        kiosk.matches("data-start-over").count(),
        2,
        "the bar and the warning"
    );
    let dialog = kiosk.find("<dialog").expect("a warning dialog");
    let dialog = &kiosk[dialog..];
    assert!(
        !dialog[..dialog.find('>').unwrap()].contains(" open"),
        "closed until the clock opens it"
    );
    for part in [
        "data-timeout=\"180\"",
        "data-grace=\"30\"",
        "Seconds left: <span data-idle-seconds=\"\">30</span>",
        "<form method=\"dialog\"",
        "Are you still there?",
    ] {
        assert!(dialog.contains(part), "{part}: {dialog}");
    }
    // `ui::kiosk::dress` puts the bar between the header and the steps, the warning last.
    let at = |part: &str| kiosk.find(part).unwrap_or_else(|| panic!("{part}"));
    assert!(at("</header>") < at("data-start-over") && at("data-start-over") < at("<nav"));
    assert!(at("data-announce") < at("<dialog"));
    assert!(
        kiosk.trim_end().ends_with("</dialog></section>"),
        "the warning comes last"
    );
    let plain = render::<App>(AppProps::default());
    assert!(!plain.contains("data-start-over") && !plain.contains("<dialog"));
}
