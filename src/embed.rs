//! Exports for the embed loader (`dist/embed.js`): mount the app into an element inside a
//! `<microneedling-explorer>` shadow root, configured from the custom element's attributes and
//! its options object, apply changes live, tear the app down (the embed builder's
//! `checkOptions` is in `builder.rs`).

#[cfg(feature = "kiosk")]
use microneedling_explorer::ui::Kiosk;
use microneedling_explorer::ui::{apply_accent, is_standalone, mount, App, AppProps, Config};
use wasm_bindgen::prelude::*;
use web_sys::Element;

/// One app: its Yew handle, the element it renders into, and (the `kiosk` feature's build only)
/// kiosk mode, kept as read at the start: only the app's own page can have it, and that page is
/// never reconfigured.
#[wasm_bindgen]
pub struct Embedded {
    app: yew::AppHandle<App>,
    root: Element,
    #[cfg(feature = "kiosk")]
    kiosk: Option<Kiosk>,
}

/// Starts the app in `root` with the configuration read from `host`'s attributes and its
/// options object, as `embed.js` gives it (`optionPairs` in `static/embed/options.js`; `undefined`
/// for none; its keys win); each bad value is reported on the console and replaced by its
/// default. `load` fetches a locale pack (see
/// `ui::language::set_loader`): `embed.js` and `boot.js` pass one that knows this build's packs.
#[wasm_bindgen(js_name = mountEmbedded)]
pub fn mount_embedded(
    host: &Element,
    root: Element,
    options: Option<String>,
    load: Option<js_sys::Function>,
) -> Embedded {
    #[cfg(feature = "kiosk")]
    let kiosk = Kiosk::from_element(host, is_standalone(&root));
    let app = mount(
        root.clone(),
        Config::from_element(host, options.as_deref()),
        #[cfg(feature = "kiosk")]
        kiosk,
        load,
    );
    Embedded {
        app,
        root,
        #[cfg(feature = "kiosk")]
        kiosk,
    }
}

#[wasm_bindgen]
impl Embedded {
    /// Re-reads `host`'s attributes and `options` (as for `mountEmbedded`) and applies them; the
    /// visitor's place and answers are kept.
    pub fn configure(&mut self, host: &Element, options: Option<String>) {
        let config = Config::from_element(host, options.as_deref());
        apply_accent(&self.root, config.accent_color.as_ref());
        let standalone = is_standalone(&self.root);
        self.app.update(AppProps {
            config,
            standalone,
            #[cfg(feature = "kiosk")]
            kiosk: self.kiosk,
        });
    }

    /// Tears the app down; the handle cannot be used afterwards.
    pub fn destroy(self) {
        self.app.destroy();
    }
}
