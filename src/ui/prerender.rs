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

/// Yew's server render written as briefly as HTML reads it the same: an attribute as `name` for
/// an empty value, unquoted where the value holds no space, quote, `=`, `<`, `>` or backtick; no
/// end tag for `li`, `dt`, `dd` and `option` (optional: their parents hold only their kind).
/// The pre-render is in every first load of the page and the app renders afresh over it, so only
/// its bytes change (measured: index.html 6,910 -> 6,833 B gzip).
#[cfg(feature = "ssr")]
pub fn compact(html: &str) -> String {
    ["</li>", "</dt>", "</dd>", "</option>"]
        .iter()
        .fold(compact_attributes(html), |html, end| html.replace(end, ""))
}

/// `html` with each attribute written as briefly as [`compact`] says.
#[cfg(feature = "ssr")]
fn compact_attributes(html: &str) -> String {
    let bare =
        |value: &str| !value.contains(|c: char| c.is_ascii_whitespace() || "\"'=<>`".contains(c));
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    let mut in_tag = false;
    loop {
        if !in_tag {
            let Some(at) = rest.find('<') else {
                out.push_str(rest);
                return out;
            };
            out.push_str(&rest[..=at]);
            rest = &rest[at + 1..];
            // End tags, comments and the doctype hold no attributes.
            in_tag = !rest.starts_with(['/', '!']);
            continue;
        }
        // A start tag: up to its next quoted value or its end (a value may hold `>`).
        let stop = rest.find(['"', '>']).unwrap_or(rest.len());
        let Some(value) = rest[stop..].strip_prefix('"') else {
            let end = (stop + 1).min(rest.len());
            out.push_str(&rest[..end]);
            rest = &rest[end..];
            in_tag = false;
            continue;
        };
        let len = value.find('"').unwrap_or(value.len());
        let (value, after) = (&value[..len], value.get(len + 1..).unwrap_or_default());
        match rest[..stop].strip_suffix('=') {
            Some(name) if value.is_empty() => out.push_str(name),
            Some(_) if bare(value) => {
                out.push_str(&rest[..stop]);
                out.push_str(value);
            }
            _ => {
                out.push_str(&rest[..=stop]);
                out.push_str(value);
                out.push('"');
            }
        }
        rest = after;
    }
}

/// Yew's server render without the app's shell texts (`data-shell-*` on its root, as Yew writes
/// them: `name="value"`): `static/pwa/pwa.js` reads them only once the app runs, and the app
/// renders afresh over the pre-render first (measured: index.html 6,830 -> 6,742 B gzip).
#[cfg(feature = "ssr")]
pub fn without_shell_texts(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find(" data-shell-") {
        out.push_str(&rest[..at]);
        rest = &rest[at + 1..];
        // Past the name, `="`, the value and its closing quote.
        let value = rest.find("=\"").map_or(rest.len(), |i| i + 2);
        let end = rest[value..]
            .find('"')
            .map_or(rest.len(), |i| value + i + 1);
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::{compact, without_shell_texts};

    #[test]
    fn the_shell_texts_are_left_out_and_nothing_else() {
        let html = r#"<section lang="en" data-shell-offline="Works offline." data-shell-update="Update now" class="mne"><p data-shell="x">data-shell-a="b"</p></section>"#;
        assert_eq!(
            without_shell_texts(html),
            r#"<section lang="en" class="mne"><p data-shell="x">data-shell-a="b"</p></section>"#
        );
    }

    #[test]
    fn attributes_lose_what_html_does_not_need_and_nothing_else() {
        let cases = [
            (
                r#"<section lang="en" aria-label="Microneedling explorer" class="mne">"#,
                r#"<section lang=en aria-label="Microneedling explorer" class=mne>"#,
            ),
            (
                r#"<fieldset data-concerns="" class="a"><legend>x = "y" <b></b></legend>"#,
                r#"<fieldset data-concerns class=a><legend>x = "y" <b></b></legend>"#,
            ),
            (
                r#"<ul><li>a<ul><li>b</li></ul></li><li>c</li></ul><dl><dt>t</dt><dd>d</dd></dl>"#,
                r#"<ul><li>a<ul><li>b</ul><li>c</ul><dl><dt>t<dd>d</dl>"#,
            ),
            (
                r#"<a href="https://x.example/a?b=c&amp;d" title="a>b">t</a><input checked value="">"#,
                r#"<a href="https://x.example/a?b=c&amp;d" title="a>b">t</a><input checked value>"#,
            ),
            (
                r#"<!doctype html><p data-x="it's" data-y='q' data-z="/a/">&lt;i&gt;</p>"#,
                r#"<!doctype html><p data-x="it's" data-y='q' data-z=/a/>&lt;i&gt;</p>"#,
            ),
        ];
        for (html, want) in cases {
            assert_eq!(compact(html), want, "{html}");
        }
    }
}
