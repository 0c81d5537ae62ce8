//! The Yew app a visitor uses, and `mount` to start it in any element with a configuration.
//!
//! [`App`] is the only Yew component: it owns the state (a reducer, see [`state`]) and every view
//! below it is a plain function of typed props. Each extra component type costs about 0.5 KB
//! gzip of generic Yew machinery, and the whole widget must stay under 90 KB.

pub mod about;
pub mod app;
pub mod booking;
pub mod chart;
pub mod checklist;
pub mod concern_card;
pub mod concern_picker;
pub mod config;
pub mod control;
pub mod cost;
pub mod depth_diagram;
pub mod explore;
pub mod guide;
pub mod header;
pub mod healing_timeline;
pub mod intl;
#[cfg(feature = "kiosk")]
pub mod kiosk;
pub mod language;
pub mod link;
pub mod loading;
pub mod markup;
pub mod plan;
pub mod prerender;
pub mod question;
pub mod quiz;
pub mod result;
pub mod saved;
pub mod state;
pub mod step_actions;
pub mod stepper;
pub mod takeaway;
pub mod text;
pub mod timeline;
pub mod values;

use wasm_bindgen::JsCast;

pub use app::{App, AppProps, Early};
#[cfg(feature = "kiosk")]
pub use config::Kiosk;
pub use config::{Accent, Config};

/// Starts the app inside `element` with `config`, first applying the accent colour through CSSOM
/// (`--mne-accent` and a contrasting `--mne-accent-ink`), never through a `style` attribute.
/// `kiosk` (the `kiosk` feature's build only) is kiosk mode as `Kiosk::from_element` read it
/// (never on a page the app does not own). `load` is the page's locale pack loader (see
/// [`language::set_loader`]); without one, only English is shown; a pack the loader holds
/// already is installed during the first render, which is then in that language. Concern boxes the
/// visitor ticked in a pre-render ([`prerender`]) before the app ran stay ticked.
pub fn mount(
    element: web_sys::Element,
    config: Config,
    #[cfg(feature = "kiosk")] kiosk: Option<Kiosk>,
    load: Option<js_sys::Function>,
) -> yew::AppHandle<App> {
    language::set_loader(load);
    apply_accent(&element, config.accent_color.as_ref());
    let early = Early {
        ticked: prerender::ticked(&element),
    };
    let props = AppProps {
        early,
        config,
        standalone: is_standalone(&element),
        #[cfg(feature = "kiosk")]
        kiosk,
    };
    // Yew empties the element now and renders in a microtask, before the next paint: a
    // pre-render is replaced without a blank frame.
    yew::Renderer::<App>::with_root_and_props(element, props).render()
}

/// Whether the app owns its page: mounted in the page's own document (not a clinic page's
/// custom element, whose shadow root it lives in) and not inside a frame. Only then may it read
/// or make plan links, which other scripts on a clinic's page could read.
pub fn is_standalone(element: &web_sys::Element) -> bool {
    let window = gloo::utils::window();
    let top_level =
        window.top().ok().flatten().is_some_and(|top| {
            wasm_bindgen::JsValue::from(top) == wasm_bindgen::JsValue::from(window)
        });
    top_level && element.get_root_node().node_type() == web_sys::Node::DOCUMENT_NODE
}

/// Sets the accent custom properties on `element`, or removes them (so the stylesheet's default
/// accent applies) when there is no accent.
pub fn apply_accent(element: &web_sys::Element, accent: Option<&Accent>) {
    let Some(style) = element.dyn_ref::<web_sys::HtmlElement>().map(|e| e.style()) else {
        return;
    };
    // An empty value removes the property (CSSOM).
    let (color, ink) = accent.map_or(("", ""), |accent| (accent.css(), accent.ink()));
    let _ = style.set_property("--mne-accent", color);
    let _ = style.set_property("--mne-accent-ink", ink);
}
