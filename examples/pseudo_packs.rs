//! Writes the test pseudo-locale packs (`en-XA.json`, `ar-XB.json`) from the English tables into
//! the folder given as the first argument. Run by `scripts/build-locales.mjs`:
//! `cargo run --example pseudo_packs --no-default-features -- <folder>`.

use std::fmt::Write as _;

use microneedling_explorer::core::locale::{keys, pseudo::pseudo, text_named, Lang};

/// `text` as a JSON string.
fn json_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if u32::from(c) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn main() -> std::io::Result<()> {
    let folder = std::env::args().nth(1).unwrap_or_else(|| ".".into());
    for lang in Lang::ALL.iter().copied().filter(|l| l.is_pseudo()) {
        let lines: Vec<String> = keys(Lang::En)
            .map(|key| {
                let english = text_named(Lang::En, key).unwrap_or_default();
                format!(
                    "{}:{}",
                    json_string(key),
                    json_string(&pseudo(lang, english))
                )
            })
            .collect();
        let path = std::path::Path::new(&folder).join(format!("{}.json", lang.id()));
        std::fs::write(&path, format!("{{\n{}\n}}\n", lines.join(",\n")))?;
    }
    Ok(())
}
