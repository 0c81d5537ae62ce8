//! Entry point: the wasm module and its exports. Nothing mounts by itself: `static/boot.js` mounts
//! the standalone page and the iframe page (`frame.html`) into `#microneedling-explorer`, and the
//! embed loader (`dist/embed.js`) each `<microneedling-explorer>`, both through
//! [`embed::mount_embedded`], each passing its locale pack loader.

#[cfg(feature = "builder")]
mod builder;
mod embed;

/// Talc instead of the standard library's dlmalloc: the same job in fewer bytes (wasm -1.8 KB
/// gzip), growing the wasm memory as it needs.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {}
