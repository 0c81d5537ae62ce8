//! In-browser tests: mount the app into a div, drive it like a visitor and check what changes.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use microneedling_explorer::core::screening::{Outcome, Question};
use microneedling_explorer::ui::{mount, Config};
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

/// Lets Yew finish rendering.
async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(20)).await;
}

fn find(root: &Element, selector: &str) -> Option<Element> {
    root.query_selector(selector).expect("valid selector")
}

fn get(root: &Element, selector: &str) -> Element {
    find(root, selector).unwrap_or_else(|| panic!("{selector} not found"))
}

async fn click(root: &Element, selector: &str) {
    get(root, selector).unchecked_into::<HtmlElement>().click();
    settle().await;
}

/// Answers every question on every quiz page with `no`, except `yes_to`, then opens the result.
async fn answer_quiz(root: &Element, yes_to: Option<Question>) {
    while find(root, "[data-step=check]").is_some() {
        let fields = root.query_selector_all("[data-question]").expect("fields");
        for i in 0..fields.length() {
            let field: Element = fields.item(i).expect("field").unchecked_into();
            let id = field.get_attribute("data-question").expect("id");
            let value = if yes_to.map(Question::id) == Some(id.as_str()) {
                "yes"
            } else {
                "no"
            };
            get(&field, &format!("input[value={value}]"))
                .unchecked_into::<HtmlElement>()
                .click();
        }
        settle().await;
        click(root, "[data-step=check] [data-nav=next]").await;
    }
}

#[wasm_bindgen_test]
async fn accent_colour_is_applied_through_cssom() {
    let root = host();
    let config = Config {
        accent_color: Some("#123456".to_owned()),
        ..Config::default()
    };
    let _app = mount(root.clone(), config);
    settle().await;
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
    let _app = mount(root.clone(), config);
    settle().await;
    assert!(get(&root, "[data-clinic-name]")
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
    let _app = mount(root.clone(), Config::default());
    settle().await;
    assert!(find(&root, "[data-concern=rosacea]").is_none());
    click(&root, "input[name=concern][value=rosacea]").await;
    let card = get(&root, "[data-concern=rosacea]");
    assert!(find(&card, "[data-caution]").is_some());

    click(&root, "[data-step=explore] [data-nav=next]").await;
    let heading = get(&root, "[data-step=check] h2");
    let active = document().active_element().expect("focus");
    assert!(
        active.is_same_node(Some(&heading)),
        "focus moves to the step heading"
    );

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
    click(&root, "[data-step=result] [data-nav=back]").await;
    while find(&root, &format!("[data-question={}]", not_now.id())).is_none() {
        click(&root, "[data-step=check] [data-nav=back]").await;
    }
    let kept: HtmlInputElement = get(&root, "[data-question] input[value=no]").unchecked_into();
    assert!(kept.checked(), "answers survive going back");
    click(
        &root,
        &format!("[data-question={}] input[value=yes]", not_now.id()),
    )
    .await;
    click(&root, "[data-go=result]").await;
    let outcome = get(&root, "[data-outcome]");
    assert_eq!(
        outcome.get_attribute("data-outcome").as_deref(),
        Some("not-now")
    );
    assert!(find(&outcome, &format!("[data-reason={}]", not_now.id())).is_some());

    click(&root, "[data-step=result] [data-nav=next]").await;
    let plan = get(&root, "[data-plan-setting]");
    assert_eq!(
        plan.get_attribute("data-plan-setting").as_deref(),
        Some("clinician-first")
    );
}

#[wasm_bindgen_test]
async fn a_first_session_date_gives_a_tickable_checklist() {
    let root = host();
    let _app = mount(root.clone(), Config::default());
    settle().await;
    click(&root, "input[name=concern][value=acne-scars]").await;
    click(&root, "[data-go=check]").await;
    answer_quiz(&root, None).await;
    click(&root, "[data-go=plan]").await;
    assert_eq!(
        get(&root, "[data-plan-setting]")
            .get_attribute("data-plan-setting")
            .as_deref(),
        Some("professional")
    );
    assert!(find(&root, "[data-checklist]").is_none());
    let date: HtmlInputElement = get(&root, "input[type=date]").unchecked_into();
    date.set_value("2026-12-07");
    let change = web_sys::Event::new("change").expect("event");
    date.dispatch_event(&change).expect("dispatch");
    settle().await;
    let first: HtmlInputElement =
        get(&root, "[data-checklist] input[type=checkbox]").unchecked_into();
    assert!(!first.checked());
    first.click();
    settle().await;
    let first: HtmlInputElement =
        get(&root, "[data-checklist] input[type=checkbox]").unchecked_into();
    assert!(first.checked());
    assert!(find(&root, "[data-checklist] .is-done").is_some());
}
