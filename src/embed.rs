//! Exports for the embed loader (`dist/embed.js`): mount the app into an element inside a
//! `<microneedling-explorer>` shadow root, configured from the custom element's attributes, apply
//! attribute changes live, and tear the app down.

use microneedling_explorer::ui::{
    apply_accent, is_standalone, mount, App, AppProps, Config, Kiosk,
};
use wasm_bindgen::prelude::*;
use web_sys::Element;

/// One app: its Yew handle, the element it renders into, and kiosk mode (kept as read at the
/// start: only the app's own page can have it, and that page is never reconfigured).
#[wasm_bindgen]
pub struct Embedded {
    app: yew::AppHandle<App>,
    root: Element,
    kiosk: Option<Kiosk>,
}

/// Starts the app in `root` with the configuration read from `host`'s attributes (each bad value
/// is reported on the console and replaced by its default).
#[wasm_bindgen(js_name = mountEmbedded)]
pub fn mount_embedded(host: &Element, root: Element) -> Embedded {
    let kiosk = Kiosk::from_element(host, is_standalone(&root));
    let app = mount(root.clone(), Config::from_element(host), kiosk);
    Embedded { app, root, kiosk }
}

#[wasm_bindgen]
impl Embedded {
    /// Re-reads `host`'s attributes and applies them; the visitor's place and answers are kept.
    pub fn configure(&mut self, host: &Element) {
        let config = Config::from_element(host);
        apply_accent(&self.root, config.accent_color.as_ref());
        let standalone = is_standalone(&self.root);
        let kiosk = self.kiosk;
        self.app.update(AppProps {
            config,
            standalone,
            kiosk,
        });
    }

    /// Tears the app down; the handle cannot be used afterwards.
    pub fn destroy(self) {
        self.app.destroy();
    }
}
