//! Writes the app's first screen into the built pages, so it shows before the wasm arrives and
//! with scripts off: `dist/index.html` (the app owns the page) and `dist/frame.html` (the
//! iframe page; its settings come from its address, so it is made from the page's own
//! attributes and the app renders afresh when the address holds others). Run by
//! `scripts/build.sh` after the other steps that write those pages:
//! `cargo run --example prerender --features ssr -- <dist>`.
//!
//! The settings are read from the mount element's attributes by the app's own parser
//! (`Config::from_attributes`); the markup is Yew's server render of `App` inside that element,
//! which gets `data-mne-prerender="<language>"` (`ui::prerender::STAMP`): the app renders afresh
//! over it, keeping the ticked concern boxes. A `<meta name="mne-prerender">` tells
//! `static/early.js` what the render was made from, so a visitor whose app will show something
//! else never sees it first (see ARCHITECTURE.md).

use std::path::Path;

use microneedling_explorer::core::locale::{keys, pack, Lang};
use microneedling_explorer::ui::config::setting_in;
use microneedling_explorer::ui::prerender::{compact, without_shell_texts, STAMP};
use microneedling_explorer::ui::{App, AppProps, Config};
use yew::LocalServerRenderer;

/// The mount element's id.
const MOUNT: &str = "microneedling-explorer";

fn main() {
    let dist = std::env::args().nth(1).unwrap_or_else(|| "dist".into());
    for (page, standalone) in [("index.html", true), ("frame.html", false)] {
        let path = Path::new(&dist).join(page);
        let html = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| fail(&format!("cannot read {}: {e}", path.display())));
        let out = prerender(&html, standalone, page == "frame.html")
            .unwrap_or_else(|problem| fail(&format!("{}: {problem}", path.display())));
        std::fs::write(&path, &out)
            .unwrap_or_else(|e| fail(&format!("cannot write {}: {e}", path.display())));
        println!("prerender: {page} written ({} bytes)", out.len());
    }
}

fn fail(message: &str) -> ! {
    eprintln!("prerender: {message}");
    std::process::exit(1)
}

/// `html` with the first screen inside its (empty) mount element and the meta that describes it.
fn prerender(html: &str, standalone: bool, from_query: bool) -> Result<String, String> {
    let html = &without_prerender(html)?;
    let (start, end, attrs) = mount_element(html)?;
    let attribute = |name: &str| {
        let find = |wanted: &str| {
            (attrs.iter())
                .find(|(key, _)| key.eq_ignore_ascii_case(wanted))
                .map(|(_, value)| value.clone())
        };
        setting_in(find, name)
    };
    let (config, rejected) = Config::from_attributes(attribute);
    for problem in &rejected {
        eprintln!("prerender: warning: {}", problem.message());
    }
    // Without a `lang` attribute the app follows the visitor's browser: English is rendered,
    // and static/early.js hides it before the first paint from a visitor who gets another.
    let fixed = attribute("lang").is_some_and(|tag| Lang::from_id(&tag).is_some());
    if config.lang != Lang::En {
        install_pack(config.lang)?;
    }
    let made_in = config.lang.id();
    let meta = {
        let mut content = vec![config.lang.id().to_owned()];
        if !fixed {
            let offered: Vec<_> = Lang::offered().map(Lang::id).collect();
            content.push(format!("detect={}", offered.join(",")));
        }
        if from_query {
            content.push("query".to_owned());
        }
        format!(
            "<meta name=\"mne-prerender\" content=\"{}\">",
            content.join(" ")
        )
    };
    let props = AppProps {
        config,
        standalone,
        ..AppProps::default()
    };
    let body = compact(&without_shell_texts(&render(props)));
    let open_tag = &html[start..end];
    let open_tag = format!(
        "{} {STAMP}=\"{made_in}\">",
        open_tag.trim_end_matches('>').trim_end()
    );
    let close = html[end..]
        .strip_prefix("</div>")
        .ok_or("the mount element is not empty")?;
    // Right after the charset, before static/early.js reads it.
    let charset = html[..start]
        .find("<meta charset")
        .ok_or("no <meta charset>")?;
    let head = charset + html[charset..].find('>').ok_or("unclosed <meta charset>")? + 1;
    Ok(format!(
        "{}{meta}{}{open_tag}{body}</div>{close}",
        &html[..head],
        &html[head..start],
    ))
}

/// `html` as the build left it: an earlier pre-render (its meta, mark and markup) taken out, so
/// running again after editing the attributes gives a matching one.
fn without_prerender(html: &str) -> Result<String, String> {
    let mut html = html.to_owned();
    if let Some(at) = html.find("<meta name=\"mne-prerender\"") {
        let end = at + html[at..].find('>').ok_or("unclosed meta")? + 1;
        html.replace_range(at..end, "");
    }
    let (start, end, attrs) = mount_element(&html)?;
    let Some((_, made_in)) = attrs.iter().find(|(name, _)| name == STAMP) else {
        return Ok(html);
    };
    let close = end + matching_close(&html[end..])?;
    let open = html[start..end].replace(&format!(" {STAMP}=\"{made_in}\""), "");
    Ok(format!("{}{open}{}", &html[..start], &html[close..]))
}

/// Where the `</div>` that closes an element whose content starts `content` is.
fn matching_close(content: &str) -> Result<usize, String> {
    let (mut depth, mut at) = (1, 0);
    loop {
        let close = at
            + content[at..]
                .find("</div>")
                .ok_or("unclosed mount element")?;
        match content[at..].find("<div").map(|i| at + i) {
            Some(open) if open < close => {
                depth += 1;
                at = open + 4;
            }
            _ => {
                depth -= 1;
                if depth == 0 {
                    return Ok(close);
                }
                at = close + 6;
            }
        }
    }
}

/// The language's pack, from `locales/<tag>.json`, as the browser would install it.
fn install_pack(lang: Lang) -> Result<(), String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("locales")
        .join(format!("{}.json", lang.id()));
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let pairs: serde_json::Map<String, serde_json::Value> =
        serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    // Laid out as the build lays a pack out: the text of each English key in row order.
    let rows = keys(Lang::En).map(|key| {
        let text = pairs.get(key).and_then(|v| v.as_str()).unwrap_or_default();
        text
    });
    if !pack::install(lang, &pack::joined(rows)) {
        let missing: Vec<_> = keys(Lang::En)
            .filter(|key| !pairs.contains_key(*key))
            .collect();
        eprintln!(
            "prerender: warning: the locale pack {} lacks {}",
            lang.id(),
            missing.join(", ")
        );
    }
    Ok(())
}

/// Yew's server render of the app (without hydration markers: the app renders afresh).
fn render(props: AppProps) -> String {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("tokio runtime");
    let local = tokio::task::LocalSet::new();
    local.block_on(
        &runtime,
        LocalServerRenderer::<App>::with_props(props)
            .hydratable(false)
            .render(),
    )
}

/// An attribute's name (lower case) and value (decoded).
type Attributes = Vec<(String, String)>;

/// Where the mount element's start tag is (start, end) and its attributes.
fn mount_element(html: &str) -> Result<(usize, usize, Attributes), String> {
    for (start, _) in html.match_indices("<div") {
        let end = start + html[start..].find('>').ok_or("unclosed tag")? + 1;
        let attrs = attributes(&html[start + 4..end - 1]);
        if attrs.iter().any(|(k, v)| k == "id" && v == MOUNT) {
            return Ok((start, end, attrs));
        }
    }
    Err(format!("no <div id=\"{MOUNT}\">"))
}

/// The attributes of a start tag's inside: `name`, `name=value`, `name="value"`, `name='value'`.
fn attributes(mut text: &str) -> Attributes {
    let mut found = Vec::new();
    loop {
        text = text.trim_start_matches(|c: char| c.is_whitespace() || c == '/');
        if text.is_empty() {
            return found;
        }
        let name_end = text
            .find(|c: char| c.is_whitespace() || c == '=')
            .unwrap_or(text.len());
        let name = text[..name_end].to_ascii_lowercase();
        text = text[name_end..].trim_start();
        let value = if let Some(rest) = text.strip_prefix('=') {
            let rest = rest.trim_start();
            let (value, after) = match rest.chars().next() {
                Some(quote @ ('"' | '\'')) => {
                    let close = rest[1..].find(quote).map_or(rest.len(), |i| i + 1);
                    (&rest[1..close], rest.get(close + 1..).unwrap_or_default())
                }
                _ => {
                    let stop = rest.find(char::is_whitespace).unwrap_or(rest.len());
                    (&rest[..stop], &rest[stop..])
                }
            };
            text = after;
            decode(value)
        } else {
            String::new()
        };
        found.push((name, value));
    }
}

/// Character references in an attribute value (the named ones an attribute needs, and numeric).
fn decode(value: &str) -> String {
    let mut out = String::new();
    let mut rest = value;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let reference = rest.find(';').map(|end| (&rest[1..end], end + 1));
        let decoded = reference.and_then(|(name, len)| {
            let c = match name {
                "amp" => '&',
                "quot" => '"',
                "apos" => '\'',
                "lt" => '<',
                "gt" => '>',
                "nbsp" => '\u{a0}',
                _ => {
                    let code = match name.strip_prefix("#x").or(name.strip_prefix("#X")) {
                        Some(hex) => u32::from_str_radix(hex, 16).ok(),
                        None => name.strip_prefix('#').and_then(|n| n.parse().ok()),
                    };
                    char::from_u32(code?)?
                }
            };
            Some((c, len))
        });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}
