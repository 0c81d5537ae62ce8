//! The build-time pre-render's contract: `examples/prerender.rs` writes the app's first screen
//! into the page, marking the mount element with [`STAMP`] (the language it was made in), and
//! [`crate::ui::mount`] renders afresh over it in the same frame, keeping what the visitor
//! ticked. Yew's hydration was measured and not kept: it cost the wasm 16.5 KB gzip, against
//! about 0.5 KB for reading the ticks (see "Pre-render" in ARCHITECTURE.md).

use crate::core::concern::Concern;

/// The mount element's attribute that marks a pre-render; its value is the language's tag.
pub const STAMP: &str = "data-mne-prerender";

/// The concern boxes ticked in `root`'s pre-render (a native checkbox ticks without the app),
/// so the app starts with them ticked and their cards open; none when there is no pre-render.
pub fn ticked(root: &web_sys::Element) -> Vec<Concern> {
    if !root.has_attribute(STAMP) {
        return Vec::new();
    }
    Concern::ALL
        .iter()
        .copied()
        .filter(|concern| {
            let selector = format!("input[name=concern][value={}]:checked", concern.id());
            root.query_selector(&selector).ok().flatten().is_some()
        })
        .collect()
}
