//! The page shell around the app on its own pages (`index.html`, `frame.html`): the offline
//! notice, update offer and install button of `static/pwa/pwa.js`, and the page title. Their
//! texts are chrome keys like every other text, so a language pack translates them too and the
//! shell keeps no table of its own: when the language changes the app gives the page its `lang`
//! and `dir` and writes the language's texts and tag onto the shell bar (`#mne-shell`), and
//! `pwa.js` shows them (and sets the page's title and manifest from them).

use crate::core::locale::Lang;

/// Gives the page `lang`'s tag and direction and writes its shell texts onto the shell bar, on
/// the app's own page only (the standalone page or the iframe page): one with the mount element
/// `src/main.rs` looks for. A clinic's page, where the app lives in a custom element, is never
/// touched.
#[cfg(target_arch = "wasm32")]
pub fn label(lang: Lang) {
    use crate::core::locale::chrome;
    use crate::ui::text::t;

    let document = gloo::utils::document();
    let (Some(_), Some(page), Some(bar)) = (
        document.get_element_by_id("microneedling-explorer"),
        document.document_element(),
        document.get_element_by_id("mne-shell"),
    ) else {
        return;
    };
    let _ = page.set_attribute("lang", lang.id());
    let _ = page.set_attribute("dir", lang.dir());
    // Each text: the bar's attribute pwa.js reads, and the text's key.
    let texts = [
        ("data-title", chrome::APP_TITLE),
        ("data-offline", chrome::SHELL_OFFLINE),
        ("data-update-ready", chrome::SHELL_UPDATE_READY),
        ("data-update", chrome::SHELL_UPDATE),
        ("data-install", chrome::SHELL_INSTALL),
    ];
    let texts = texts.into_iter().map(|(name, key)| (name, t(lang, key)));
    for (name, value) in [("lang", lang.id())].into_iter().chain(texts) {
        let _ = bar.set_attribute(name, value);
    }
}

/// Off the browser (the server-side render tests) there is no page shell.
#[cfg(not(target_arch = "wasm32"))]
pub fn label(_: Lang) {}
