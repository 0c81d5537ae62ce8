//! Writes the test pseudo-locale packs (`en-XA.json`, `ar-XB.json`, key → text like a
//! translation file) from the English tables into the folder given as the first argument; with
//! `--keys` instead, prints the English keys in row order as a JSON array (the order every built
//! pack's texts follow); with `--english`, the English pack as built (`{ texts, missing }`: the
//! texts the wasm leaves out, `null` for the early rows it holds, see `locale::is_early`). Run
//! by `scripts/build-locales.mjs` and `scripts/dist.mjs`'s `englishKeys`:
//! `cargo run --example pseudo_packs --no-default-features -- <folder> | --keys | --english`.

use std::fmt::Write as _;

use microneedling_explorer::core::locale::{is_early, keys, pseudo::pseudo, text_named, Lang};

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
    if folder == "--keys" {
        let keys: Vec<String> = keys(Lang::En).map(json_string).collect();
        println!("[{}]", keys.join(","));
        return Ok(());
    }
    if folder == "--english" {
        let texts: Vec<String> = keys(Lang::En)
            .map(|key| match is_early(key) {
                true => "null".to_owned(),
                false => json_string(text_named(Lang::En, key).unwrap_or_default()),
            })
            .collect();
        println!("{{\"texts\":[{}],\"missing\":[]}}", texts.join(","));
        return Ok(());
    }
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
