//! In-browser tests: mount the app into a div, drive it like a visitor and check what changes.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use microneedling_explorer::core::locale::Lang;
use microneedling_explorer::core::screening::{Outcome, Question};
use microneedling_explorer::ui::config::{Rejected, DETECTED};
use microneedling_explorer::ui::{mount, Accent, App, Config};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
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

/// The English tables' type, for the tables below.
type Table = &'static [(&'static str, &'static str)];
/// The English tables, read from the source as the build's English pack is made from them: the
/// wasm holds only the first screen's texts and gets the rest from that pack.
#[path = "../src/core/locale/en.rs"]
mod en;
#[path = "../src/core/locale/en_ui.rs"]
mod en_ui;

/// A page's pack loader that has only the English pack (every English text, kiosk mode's last,
/// in row order as a built pack holds them: the app takes from it the rows the wasm leaves out),
/// as `boot.js`'s would hand it over.
fn english_loader() -> js_sys::Function {
    let texts: Vec<&str> = (en::TABLE.iter())
        .chain(en_ui::TABLE)
        .chain(en_ui::KIOSK)
        .map(|(_, text)| *text)
        .collect();
    let pack = texts.join("\u{1}");
    Closure::<dyn Fn(String, js_sys::Function)>::new(move |tag: String, done: js_sys::Function| {
        if tag == "en" {
            let _ = done.call1(&JsValue::NULL, &pack.as_str().into());
        }
    })
    .into_js_value()
    .unchecked_into()
}

/// Starts the app in `root` with `config`, as a page whose loader has only the English pack and
/// without kiosk mode would.
fn start(root: &Element, config: Config) -> yew::AppHandle<App> {
    mount(
        root.clone(),
        config,
        #[cfg(feature = "kiosk")]
        None,
        Some(english_loader()),
    )
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
    let _app = start(&root, config);
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

/// The app reads its settings from the element it renders into, not from the host (`embed.js`
/// writes the custom element's settings there, its options object's in front, so the object goes
/// through the same parser); a `data-` attribute wins over the plain one even when bad (the
/// default then, with the warning); a set `lang` is the language, else the detected one.
#[wasm_bindgen_test]
fn settings_are_read_from_the_apps_element_and_data_attributes_win() {
    let page_host = host();
    page_host
        .set_attribute("clinic-name", "On the host")
        .expect("attribute");
    let element = document().create_element("div").expect("div");
    for (name, value) in [
        ("clinic-name", "From the attribute"),
        ("data-clinic-name", "From options"),
        ("phone", "+44 20 7946 0000"),
        ("accent-color", "#123456"),
        ("data-accent-color", "red"),
        ("data-price", "99.5"),
        ("data-currency", "gbp"),
        ("data-sections", "explore check result"),
        ("data-booking-url", "javascript:alert(1)"),
    ] {
        element.set_attribute(name, value).expect("attribute");
    }
    let (config, rejected) = Config::read(Some(&element));
    assert_eq!(config.clinic_name.as_deref(), Some("From options"));
    assert_eq!(config.phone.as_deref(), Some("+44 20 7946 0000"));
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
    assert_eq!(
        named(&rejected),
        [
            ("booking-url", "javascript:alert(1)"),
            ("accent-color", "red"),
        ]
    );
    let config = Config::from_element(&element);
    assert_eq!(
        config.clinic_name.as_deref(),
        Some("From options"),
        "not the host's"
    );
    // The page's script puts the language it detected on the element: used when none is set,
    // or the one set is bad.
    element
        .set_attribute(DETECTED, "en-XA fr-CA es-MX en")
        .expect("attribute");
    assert_eq!(
        Config::from_element(&element).lang,
        Lang::Es,
        "the first offered"
    );
    element.set_attribute("lang", "xx").expect("attribute");
    assert_eq!(Config::from_element(&element).lang, Lang::Es, "a bad one");
    for lang in ["es", "en"] {
        element.set_attribute("data-lang", lang).expect("attribute");
        let config = Config::from_element(&element);
        assert_eq!(config.lang.id(), lang, "a set language is not detected");
    }
    assert_eq!(Config::read(None), (Config::default(), vec![]));
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
    let config = Config::from_element(&root);
    assert_eq!(config.clinic_name.as_deref(), Some("Glow Clinic"));
    assert_eq!(config.accent_color, None);
    assert_eq!(config.booking_url, None);
    assert!(!config.at_home_allowed);
    let _app = start(&root, config);
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
    let _app = start(&root, Config::default());
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
    let _app = start(&root, Config::default());
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
