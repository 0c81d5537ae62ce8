//! Exports for the embed loader (`dist/embed.js`): mount the app into an element inside a
//! `<microneedling-explorer>` shadow root, configured from the custom element's attributes, apply
//! attribute changes live, and tear the app down.

use microneedling_explorer::ui::{apply_accent, is_standalone, mount, App, AppProps, Config};
use wasm_bindgen::prelude::*;
use web_sys::Element;

/// One embedded app: its Yew handle and the element it renders into.
#[wasm_bindgen]
pub struct Embedded {
    app: yew::AppHandle<App>,
    root: Element,
}

/// Starts the app in `root` with the configuration read from `host`'s attributes (each bad value
/// is reported on the console and replaced by its default). `load` fetches a locale pack (see
/// `ui::language::set_loader`): `embed.js` and `boot.js` pass one that knows this build's packs.
#[wasm_bindgen(js_name = mountEmbedded)]
pub fn mount_embedded(host: &Element, root: Element, load: Option<js_sys::Function>) -> Embedded {
    let app = mount(root.clone(), Config::from_element(host), load);
    Embedded { app, root }
}

#[wasm_bindgen]
impl Embedded {
    /// Re-reads `host`'s attributes and applies them; the visitor's place and answers are kept.
    pub fn configure(&mut self, host: &Element) {
        let config = Config::from_element(host);
        apply_accent(&self.root, config.accent_color.as_ref());
        let standalone = is_standalone(&self.root);
        self.app.update(AppProps { config, standalone });
    }

    /// Tears the app down; the handle cannot be used afterwards.
    pub fn destroy(self) {
        self.app.destroy();
    }
}
