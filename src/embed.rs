//! Exports for the embed loader (`dist/embed.js`): mount the app into an element inside a
//! `<microneedling-explorer>` shadow root, configured from the custom element's attributes, apply
//! attribute changes live, and tear the app down.

use microneedling_explorer::ui::{config, mount, App, AppProps, Config};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// One embedded app: its Yew handle and the element it renders into.
#[wasm_bindgen]
pub struct Embedded {
    app: yew::AppHandle<App>,
    root: Element,
}

/// Starts the app in `root` with the configuration read from `host`'s attributes (each bad value
/// is reported on the console and replaced by its default).
#[wasm_bindgen(js_name = mountEmbedded)]
pub fn mount_embedded(host: &Element, root: Element) -> Embedded {
    let app = mount(root.clone(), Config::from_element(host));
    Embedded { app, root }
}

#[wasm_bindgen]
impl Embedded {
    /// Re-reads `host`'s attributes and applies them; the visitor's place and answers are kept.
    pub fn configure(&mut self, host: &Element) {
        let config = Config::from_element(host);
        set_accent(&self.root, config.accent_color.as_deref());
        self.app.update(AppProps { config });
    }

    /// Tears the app down; the handle cannot be used afterwards.
    pub fn destroy(self) {
        self.app.destroy();
    }
}

/// Sets (or, with no valid colour, removes) the accent custom properties on `root` through CSSOM.
fn set_accent(root: &Element, color: Option<&str>) {
    let Some(style) = root.dyn_ref::<HtmlElement>().map(HtmlElement::style) else {
        return;
    };
    // An empty value removes the property (CSSOM), so the stylesheet's default accent applies.
    let (color, ink) = match color.and_then(|c| Some((c.trim(), config::parse_color(c)?))) {
        Some((color, rgb)) => (color, config::ink_for(rgb)),
        None => ("", ""),
    };
    let _ = style.set_property("--mne-accent", color);
    let _ = style.set_property("--mne-accent-ink", ink);
}
