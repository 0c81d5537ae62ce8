//! Exports for the embed loader (`dist/embed.js`) and `static/boot.js`: mount the app into an
//! element (inside a `<microneedling-explorer>` shadow root, or the standalone page's mount
//! element), configured from that element's attributes, apply changes live, tear the app down
//! (the embed builder's `checkOptions` is in `builder.rs`).

#[cfg(feature = "kiosk")]
use microneedling_explorer::ui::Kiosk;
use microneedling_explorer::ui::{
    apply_accent, is_standalone, mount, App, AppProps, Config, Early,
};
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

/// Starts the app in `root` with the configuration read from `root`'s attributes: on the
/// standalone page `root` is `host`, the page's mount element; in the embed it is the app's own
/// element in the shadow root, onto which `embed.js` writes `host`'s settings and its options
/// object's (see `static/embed/options.js`), so this build has no code for options. Each bad
/// value is reported on the console and replaced by its default; with no language set, the one
/// the page's script detected (`ui::config::DETECTED`). `host` is read for kiosk mode only (the
/// `kiosk` feature's build). `load` fetches a locale pack (see `ui::language::set_loader`):
/// `embed.js` and `boot.js` pass one that knows this build's packs.
#[wasm_bindgen(js_name = mountEmbedded)]
pub fn mount_embedded(host: &Element, root: Element, load: Option<js_sys::Function>) -> Embedded {
    #[cfg(feature = "kiosk")]
    let kiosk = Kiosk::from_element(host, is_standalone(&root));
    #[cfg(not(feature = "kiosk"))]
    let _ = host;
    let app = mount(
        root.clone(),
        Config::from_element(&root),
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
    /// Re-reads the settings (as for `mountEmbedded`: `embed.js` has written them onto the app's
    /// element again) and applies them; the visitor's place and answers are kept.
    pub fn configure(&mut self) {
        let config = Config::from_element(&self.root);
        apply_accent(&self.root, config.accent_color.as_ref());
        let standalone = is_standalone(&self.root);
        self.app.update(AppProps {
            config,
            standalone,
            #[cfg(feature = "kiosk")]
            kiosk: self.kiosk,
            early: Early::default(),
        });
    }

    /// Tears the app down; the handle cannot be used afterwards.
    pub fn destroy(self) {
        self.app.destroy();
    }
}
