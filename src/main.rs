//! Standalone entry point: mounts the app into `#microneedling-explorer` (or the body),
//! configured from that element's attributes.

use microneedling_explorer::ui::{mount, Config};

fn main() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let root = document
        .get_element_by_id("microneedling-explorer")
        .or_else(|| document.body().map(Into::into));
    let Some(root) = root else {
        gloo::console::warn!("microneedling-explorer: no element to mount into.");
        return;
    };
    let config = Config::from_element(&root);
    // The app lives as long as the page; its handle is not needed.
    let _app = mount(root, config);
}
