//! Entry point: the wasm module and its exports. Nothing mounts by itself: `static/boot.js` mounts
//! the standalone page and the iframe page (`frame.html`) into `#microneedling-explorer`, and the
//! embed loader (`dist/embed.js`) each `<microneedling-explorer>`, both through
//! [`embed::mount_embedded`], each passing its locale pack loader.

#[cfg(feature = "builder")]
mod builder;
mod embed;

fn main() {}
