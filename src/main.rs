//! Entry point. The standalone page and the iframe page (`frame.html`) mount into
//! `#microneedling-explorer`, configured from that element's attributes; on any other page nothing
//! mounts until the embed loader (`dist/embed.js`) calls [`embed::mount_embedded`].

mod embed;

fn main() {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("microneedling-explorer"));
    // No such element: a clinic page using the custom element; embed.js mounts each one.
    let Some(root) = root else { return };
    // The same path as an embedded app, with the element as its own host; the app lives as long
    // as the page, so its handle is not needed.
    let _app = embed::mount_embedded(&root, root.clone(), None);
}
