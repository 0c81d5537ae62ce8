//! One build-time rule, as a `cfg` the code can name: `kiosk_texts` says whether kiosk mode's
//! texts (`ui.kiosk.*`) are compiled in. They are wherever kiosk mode's views are (the `kiosk`
//! feature: the kiosk page's wasm) and in every native build (the tests and the pseudo-pack
//! generator see every key), but never in the ordinary wasm, which has no view to show them.

fn main() {
    println!("cargo::rustc-check-cfg=cfg(kiosk_texts)");
    println!("cargo::rerun-if-changed=build.rs");
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|arch| arch == "wasm32");
    if !wasm || std::env::var_os("CARGO_FEATURE_KIOSK").is_some() {
        println!("cargo::rustc-cfg=kiosk_texts");
    }
}
