//! In-browser tests: mount the app into a div, drive it like a visitor and check what changes.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use microneedling_explorer::core::screening::{Outcome, Question};
use microneedling_explorer::ui::config::{Options, Rejected};
use microneedling_explorer::ui::{mount, Accent, Config};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("document")
}

/// A fresh div in the page body to mount into.
fn host() -> Element {
    let div = document().create_element("div").expect("div");
    document()
        .body()
        .expect("body")
        .append_child(&div)
        .expect("append");
    div
}

/// Waits until `ready` holds (Yew renders after the event that changed the state), checking
/// every few milliseconds; fails after two seconds naming what it waited for.
async fn until(what: &str, ready: impl Fn() -> bool) {
    for _ in 0..400 {
        if ready() {
            return;
        }
        yew::platform::time::sleep(Duration::from_millis(5)).await;
    }
    panic!("timed out waiting for {what}");
}

/// Waits until `selector` matches inside `root`, and returns the match.
async fn shown(root: &Element, selector: &str) -> Element {
    until(selector, || find(root, selector).is_some()).await;
    get(root, selector)
}

fn find(root: &Element, selector: &str) -> Option<Element> {
    root.query_selector(selector).expect("valid selector")
}

fn get(root: &Element, selector: &str) -> Element {
    find(root, selector).unwrap_or_else(|| panic!("{selector} not found"))
}

fn click(root: &Element, selector: &str) {
    get(root, selector).unchecked_into::<HtmlElement>().click();
}

/// Whether the checkbox or radio button `selector` is checked.
fn checked(root: &Element, selector: &str) -> bool {
    find(root, selector).is_some_and(|e| e.unchecked_into::<HtmlInputElement>().checked())
}

/// The quiz page on screen (`data-quiz-page`), if the quiz is on screen.
fn quiz_page(root: &Element) -> Option<String> {
    find(root, "[data-quiz-page]").and_then(|form| form.get_attribute("data-quiz-page"))
}

/// Answers every question on every quiz page with `no`, except `yes_to`, then opens the result.
async fn answer_quiz(root: &Element, yes_to: Option<Question>) {
    while let Some(page) = quiz_page(root) {
        let fields = root.query_selector_all("[data-question]").expect("fields");
        for i in 0..fields.length() {
            let field: Element = fields.item(i).expect("field").unchecked_into();
            let id = field.get_attribute("data-question").expect("id");
            let value = if yes_to.map(Question::id) == Some(id.as_str()) {
                "yes"
            } else {
                "no"
            };
            let radio = format!("[data-question={id}] input[value={value}]");
            click(root, &radio);
            until(&radio, || checked(root, &radio)).await;
        }
        click(root, "[data-step=check] [data-nav=next]");
        until("the next quiz page or the result", || {
            quiz_page(root).is_none_or(|now| now != page)
        })
        .await;
    }
    shown(root, "[data-step=result]").await;
}

#[wasm_bindgen_test]
async fn accent_colour_is_applied_through_cssom() {
    let root = host();
    let config = Config {
        accent_color: Accent::parse("#123456"),
        ..Config::default()
    };
    let _app = mount(
        root.clone(),
        config,
        #[cfg(feature = "kiosk")]
        None,
        None,
    );
    shown(&root, "[data-step]").await;
    let style = root.unchecked_ref::<HtmlElement>().style();
    assert_eq!(
        style.get_property_value("--mne-accent").expect("accent"),
        "#123456"
    );
    assert_eq!(
        style.get_property_value("--mne-accent-ink").expect("ink"),
        "#fff"
    );
    assert!(
        find(&root, "[style]").is_none(),
        "no style attributes inside the app"
    );
}

/// The embed loader's reading of an options object (static/embed/options.js), as `embed.js`
/// hands it to the wasm.
#[wasm_bindgen::prelude::wasm_bindgen(module = "/static/embed/options.js")]
extern "C" {
    #[wasm_bindgen(js_name = optionPairs)]
    fn option_pairs(options: &wasm_bindgen::JsValue) -> Option<String>;
}

/// The options as `embed.js` reads them and the wasm then parses them.
fn read_options(
    element: Option<&Element>,
    options: &wasm_bindgen::JsValue,
) -> (Config, Vec<Rejected>) {
    Config::read(element, &Options::parse(option_pairs(options).as_deref()))
}

/// The options object goes through the loader's text into the attribute parser: numbers,
/// switches and lists become attribute text, its keys win over attributes, and each bad key or
/// value is reported with the default kept.
#[wasm_bindgen_test]
fn an_options_object_is_read_like_the_attributes() {
    use js_sys::{Array, Object, Reflect};
    use wasm_bindgen::JsValue;
    let root = host();
    root.set_attribute("clinic-name", "From the attribute")
        .expect("attribute");
    root.set_attribute("phone", "+44 20 7946 0000")
        .expect("attribute");
    let options = Object::new();
    let set = |key: &str, value: JsValue| {
        Reflect::set(&options, &key.into(), &value).expect("set");
    };
    set("clinicName", "From options".into());
    set("atHome", false.into());
    set("price", 99.5.into());
    set("currency", "gbp".into());
    set(
        "sections",
        Array::of3(&"explore".into(), &"check".into(), &"result".into()).into(),
    );
    set("bookingUrl", "javascript:alert(1)".into());
    set("accentColor", Object::new().into());
    set("disclosure", JsValue::NULL);
    set("clinicname", "a typo".into());
    let (config, rejected) = read_options(Some(&root), &options.into());
    assert_eq!(config.clinic_name.as_deref(), Some("From options"));
    assert_eq!(config.phone.as_deref(), Some("+44 20 7946 0000"));
    assert!(!config.at_home_allowed);
    let price = config.price.as_ref().expect("a price");
    assert_eq!((price.hundredths, price.currency.as_str()), (9950, "GBP"));
    assert_eq!(
        config
            .to_attributes()
            .iter()
            .find(|(name, _)| *name == "sections"),
        Some(&("sections", "explore check result about".to_owned()))
    );
    assert_eq!((config.booking_url, config.accent_color), (None, None));
    let named = named(&rejected);
    assert_eq!(
        named,
        [
            ("booking-url", "javascript:alert(1)"),
            ("accent-color", "(not text)"),
            ("options", "clinicname"),
        ]
    );
    let (config, rejected) = read_options(None, &"clinicName=x".into());
    assert_eq!(config, Config::default());
    assert_eq!(rejected.len(), 1);
    assert_eq!(rejected[0].attribute, "options");
}

/// The JavaScript types only a browser has: a `Map` is an object of settings, a BigInt a whole
/// number, a list's holes are left out, and a function, a symbol or a `Map` as a value is a
/// wrong value of that one key (the rest of the object still counts); a function or a list of
/// words as the whole object is rejected.
#[wasm_bindgen_test]
fn an_options_object_of_any_javascript_type_is_read_or_rejected_by_key() {
    use js_sys::{Array, BigInt, Map, Reflect, Symbol};
    use wasm_bindgen::JsValue;
    let parse_int = Reflect::get(&js_sys::global(), &"parseInt".into()).expect("parseInt");
    assert!(parse_int.is_function());
    let options = Map::new();
    let set = |key: &str, value: JsValue| {
        options.set(&key.into(), &value);
    };
    set("clinicName", "From a Map".into());
    set("price", BigInt::from(120_u32).into());
    set("currency", "EUR".into());
    let concerns = Array::of3(&"pores".into(), &JsValue::UNDEFINED, &"acne-scars".into());
    set("concerns", concerns.into());
    set("phone", parse_int.clone());
    set("disclosure", Symbol::for_("disclosure").into());
    set("accentColor", Map::new().into());
    let (config, rejected) = read_options(None, &options.into());
    assert_eq!(config.clinic_name.as_deref(), Some("From a Map"));
    let price = config.price.as_ref().expect("a price");
    assert_eq!((price.hundredths, price.currency.as_str()), (12000, "EUR"));
    let attributes = config.to_attributes();
    let concerns = attributes.iter().find(|(name, _)| *name == "concerns");
    assert_eq!(
        concerns.map(|(_, value)| value.as_str()),
        Some("acne-scars pores")
    );
    assert_eq!((config.phone, config.disclosure), (None, None));
    let named = named(&rejected);
    assert_eq!(
        named,
        [
            ("phone", "(not text)"),
            ("disclosure", "(not text)"),
            ("accent-color", "(not text)"),
        ]
    );
    let words = Array::of2(&"clinicName".into(), &"x".into());
    for whole in [parse_int, words.into(), 7.into()] {
        let (config, rejected) = read_options(None, &whole);
        assert_eq!(config, Config::default());
        let named: Vec<_> = rejected.iter().map(|r| r.attribute).collect();
        assert_eq!(named, ["options"], "{whole:?}");
    }
}

#[wasm_bindgen_test]
async fn attributes_configure_the_app_and_bad_values_fall_back() {
    let root = host();
    for (name, value) in [
        ("data-clinic-name", "Glow Clinic"),
        ("data-accent-color", "url(javascript:x)"),
        ("data-booking-url", "javascript:alert(1)"),
        ("data-at-home", "off"),
    ] {
        root.set_attribute(name, value).expect("attribute");
    }
    let config = Config::from_element(&root, None);
    assert_eq!(config.clinic_name.as_deref(), Some("Glow Clinic"));
    assert_eq!(config.accent_color, None);
    assert_eq!(config.booking_url, None);
    assert!(!config.at_home_allowed);
    let _app = mount(
        root.clone(),
        config,
        #[cfg(feature = "kiosk")]
        None,
        None,
    );
    assert!(shown(&root, "[data-clinic-name]")
        .await
        .text_content()
        .unwrap_or_default()
        .contains("Glow Clinic"));
    let style = root.unchecked_ref::<HtmlElement>().style();
    assert_eq!(
        style.get_property_value("--mne-accent").expect("accent"),
        ""
    );
}

#[wasm_bindgen_test]
async fn a_visitor_explores_checks_and_sees_the_result_and_plan() {
    let root = host();
    let _app = mount(
        root.clone(),
        Config::default(),
        #[cfg(feature = "kiosk")]
        None,
        None,
    );
    shown(&root, "[data-step=explore]").await;
    assert!(find(&root, "[data-concern=rosacea]").is_none());
    click(&root, "input[name=concern][value=rosacea]");
    let card = shown(&root, "[data-concern=rosacea]").await;
    assert!(find(&card, "[data-caution]").is_some());

    click(&root, "[data-step=explore] [data-nav=next]");
    let heading = shown(&root, "[data-step=check] h2").await;
    until("focus to move to the step heading", || {
        document()
            .active_element()
            .is_some_and(|active| active.is_same_node(Some(&heading)))
    })
    .await;

    answer_quiz(&root, None).await;
    let outcome = get(&root, "[data-outcome]");
    assert_eq!(
        outcome.get_attribute("data-outcome").as_deref(),
        Some(Outcome::TalkFirst.id())
    );
    assert!(find(&outcome, "[data-reason=rosacea]").is_some());
    let live = get(&root, "[role=status]");
    assert!(!live.text_content().unwrap_or_default().trim().is_empty());

    // Change an answer: the result follows, and the other answers are kept.
    let not_now = Question::ALL
        .into_iter()
        .find(|q| q.tier() == Outcome::NotNow)
        .expect("a not-now question");
    click(&root, "[data-step=result] [data-nav=back]");
    shown(&root, "[data-step=check]").await;
    while find(&root, &format!("[data-question={}]", not_now.id())).is_none() {
        let page = quiz_page(&root);
        click(&root, "[data-step=check] [data-nav=back]");
        until("the previous quiz page", || quiz_page(&root) != page).await;
    }
    let kept: HtmlInputElement = get(&root, "[data-question] input[value=no]").unchecked_into();
    assert!(kept.checked(), "answers survive going back");
    let yes = format!("[data-question={}] input[value=yes]", not_now.id());
    click(&root, &yes);
    until(&yes, || checked(&root, &yes)).await;
    click(&root, "[data-go=result]");
    let outcome = shown(&root, "[data-outcome]").await;
    assert_eq!(
        outcome.get_attribute("data-outcome").as_deref(),
        Some("not-now")
    );
    assert!(find(&outcome, &format!("[data-reason={}]", not_now.id())).is_some());

    click(&root, "[data-step=result] [data-nav=next]");
    let plan = shown(&root, "[data-plan-setting]").await;
    assert_eq!(
        plan.get_attribute("data-plan-setting").as_deref(),
        Some("clinician-first")
    );
}

#[wasm_bindgen_test]
async fn a_first_session_date_gives_a_tickable_checklist() {
    let root = host();
    let _app = mount(
        root.clone(),
        Config::default(),
        #[cfg(feature = "kiosk")]
        None,
        None,
    );
    let acne = "input[name=concern][value=acne-scars]";
    shown(&root, acne).await;
    click(&root, acne);
    until(acne, || checked(&root, acne)).await;
    click(&root, "[data-go=check]");
    shown(&root, "[data-step=check]").await;
    answer_quiz(&root, None).await;
    click(&root, "[data-go=plan]");
    assert_eq!(
        shown(&root, "[data-plan-setting]")
            .await
            .get_attribute("data-plan-setting")
            .as_deref(),
        Some("professional")
    );
    assert!(find(&root, "[data-checklist]").is_none());
    let date: HtmlInputElement = get(&root, "input[type=date]").unchecked_into();
    date.set_value("2026-12-07");
    let change = web_sys::Event::new("change").expect("event");
    date.dispatch_event(&change).expect("dispatch");
    let first = "[data-checklist] input[type=checkbox]";
    shown(&root, first).await;
    assert!(!checked(&root, first));
    assert!(find(&root, "[data-checklist] .is-done").is_none());
    click(&root, first);
    shown(&root, "[data-checklist] .is-done").await;
    assert!(checked(&root, first));
}

/// Each rejected value as `(attribute, value)`, in the order the parser reported them.
fn named(rejected: &[Rejected]) -> Vec<(&'static str, &str)> {
    rejected
        .iter()
        .map(|r| (r.attribute, r.value.as_str()))
        .collect()
}
