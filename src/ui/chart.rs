//! What the two pictures share: a `<figure>` with a caption, labelled rows of bars over a
//! numbered axis as inline SVG, a key, and a list saying the same in words. A bar's solid part is
//! what always or usually holds; its dashed outline is a range or a "can last this long", so the
//! meaning never rests on colour. Colours come from classes (light and dark in
//! `static/app.css`), never from style attributes.
//!
//! The markup is written as one string from data in loops and handed to Yew as raw HTML: the
//! pictures have no controls, and a tree of `html!` nodes for every line and label cost about
//! three times the bytes. Every text is escaped on the way in.

use yew::{AttrValue, Html};

use crate::ui::markup::escape;

/// The drawing's width in SVG units; it scales to the space it is given.
const WIDTH: i32 = 280;
/// Where the axis starts and ends.
const X0: i32 = 8;
const X1: i32 = 264;
/// The height of one row: its label, then its bar.
pub const ROW: i32 = 34;
/// The space under the rows for the tick numbers and the axis title.
const AXIS: i32 = 40;

/// One row: a label over a bar from `from` to `to`, solid up to `solid_to`, in axis units.
pub struct Bar {
    /// The stable id, for `data-bar`.
    pub id: &'static str,
    /// The label drawn over the bar.
    pub label: String,
    /// Where the bar starts.
    pub from: i32,
    /// Where its solid part ends (equal to `from`: all dashed).
    pub solid_to: i32,
    /// Where it ends.
    pub to: i32,
}

/// A picture: its id (`data-figure`, and the ids `mne-{id}-title` / `mne-{id}-facts`), texts
/// and data.
pub struct Figure<'a> {
    /// The stable id.
    pub id: &'static str,
    /// The caption's heading.
    pub title: &'a str,
    /// The caption's note.
    pub intro: &'a str,
    /// Room above the rows for `backdrop`.
    pub top: i32,
    /// SVG drawn first, behind the rows (from [`x`] and [`ROW`]).
    pub backdrop: String,
    /// The rows.
    pub bars: Vec<Bar>,
    /// The value at the axis's far end.
    pub max: i32,
    /// The ticks, each with its label.
    pub ticks: Vec<(i32, String)>,
    /// The axis title.
    pub axis: &'a str,
    /// What solid and dashed mean.
    pub key: [&'a str; 2],
    /// The facts in words, each with its id (`data-fact`).
    pub facts: Vec<(&'static str, String)>,
}

/// The x of a value on an axis running to `max`.
pub fn x(value: i32, max: i32) -> i32 {
    X0 + (X1 - X0) * value / max.max(1)
}

/// Appends a start tag: `<{tag}` with the attributes in `attrs` (pre-built, trusted markup) and
/// the numbers in `nums`; `close` makes it self-closing. One builder for every tag keeps the
/// code small.
pub fn tag(out: &mut String, tag: &str, attrs: &str, nums: &[(&str, i32)], close: bool) {
    out.push('<');
    out.push_str(tag);
    out.push(' ');
    out.push_str(attrs);
    for (name, value) in nums {
        out.push(' ');
        out.push_str(name);
        out.push_str("=\"");
        out.push_str(&value.to_string());
        out.push('"');
    }
    out.push_str(if close { "/>" } else { ">" });
}

/// Appends an SVG `<text>` at (x, y) with `attrs` (anchor, class). SVG text cannot wrap, and
/// another language's words can be half as long again: a text that may not fit the room its
/// anchor leaves it in the drawing (its width estimated from its length, about 0.54 em a
/// character) is squeezed to that room with `textLength` rather than cut off.
pub fn text(out: &mut String, x: i32, y: i32, attrs: &str, words: &str) {
    let room = if attrs.contains("middle") {
        2 * x.min(WIDTH - x)
    } else if attrs.contains("end") {
        x
    } else {
        WIDTH - x
    };
    // Bidirectional controls take no room.
    let shown = words
        .chars()
        .filter(|c| !matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'))
        .count() as i32;
    if shown * 13 / 2 > room {
        let squeeze = format!(r#"{attrs} lengthAdjust="spacingAndGlyphs""#);
        tag(
            out,
            "text",
            &squeeze,
            &[("x", x), ("y", y), ("textLength", room)],
            false,
        );
    } else {
        tag(out, "text", attrs, &[("x", x), ("y", y)], false);
    }
    escape(out, words);
    out.push_str("</text>");
}

/// Appends a bar part: a solid or dashed rectangle from `from` to `to` (nothing if empty).
fn part(out: &mut String, class: &str, from: i32, to: i32, y: i32) {
    if to > from {
        let nums = [("x", from), ("y", y), ("width", to - from)];
        tag(out, "rect", class, &nums, true);
    }
}

/// Appends `words` escaped, then `after` (trusted markup).
fn words(out: &mut String, words: &str, after: &str) {
    escape(out, words);
    out.push_str(after);
}

/// The figure as markup: caption, picture (`role="img"`, named by the caption's heading and
/// described by the list), key and list.
pub fn figure(f: &Figure) -> Html {
    let (id, max) = (f.id, f.max);
    let rows_end = f.top + ROW * f.bars.len() as i32;
    let height = rows_end + AXIS;
    let axis_y = rows_end + 4;
    let mut out = String::with_capacity(4096);
    let ids = format!(r#"aria-labelledby="mne-{id}-title" aria-describedby="mne-{id}-facts""#);
    out.push_str(&format!(
        r#"<figure class="mne-figure" data-figure="{id}"><figcaption><h3 class="mne-section-title" id="mne-{id}-title">"#
    ));
    words(&mut out, f.title, r#"</h3><p class="mne-note">"#);
    words(&mut out, f.intro, "</p></figcaption>");
    out.push_str(&format!(
        r#"<svg class="mne-chart" viewBox="0 0 {WIDTH} {height}" role="img" {ids}>"#
    ));
    out.push_str(&f.backdrop);
    for (value, label) in &f.ticks {
        let at = x(*value, max);
        tag(&mut out, "g", "", &[("data-tick", *value)], false);
        let nums = [("x1", at), ("x2", at), ("y1", f.top), ("y2", axis_y)];
        tag(&mut out, "line", r#"class="mne-chart-grid""#, &nums, true);
        text(&mut out, at, rows_end + 17, MIDDLE, label);
        out.push_str("</g>");
    }
    let nums = [("x1", X0), ("x2", X1), ("y1", axis_y), ("y2", axis_y)];
    tag(&mut out, "line", r#"class="mne-chart-axis""#, &nums, true);
    for (i, bar) in f.bars.iter().enumerate() {
        let y = f.top + ROW * i as i32;
        out.push_str(&format!(r#"<g data-bar="{}">"#, bar.id));
        text(&mut out, X0, y + 13, "", &bar.label);
        let (from, solid, to) = (x(bar.from, max), x(bar.solid_to, max), x(bar.to, max));
        part(&mut out, BAR, from, solid, y + 18);
        part(&mut out, RANGE, solid, to, y + 18);
        out.push_str("</g>");
    }
    let title = concat!(r#"text-anchor="middle" "#, r#"class="mne-chart-title""#);
    text(&mut out, WIDTH / 2, height - 4, title, f.axis);
    out.push_str(r#"</svg><ul class="mne-key">"#);
    for (class, key) in [BAR, RANGE].iter().zip(f.key) {
        out.push_str(r#"<li><svg class="mne-key-sample" viewBox="0 0 24 12" aria-hidden="true">"#);
        part(&mut out, class, 1, 23, 1);
        out.push_str("</svg>");
        words(&mut out, key, "</li>");
    }
    out.push_str(&format!(
        r#"</ul><ul class="mne-bullets" id="mne-{id}-facts" data-facts="">"#
    ));
    for (fact, text) in &f.facts {
        out.push_str(&format!(r#"<li data-fact="{fact}">"#));
        words(&mut out, text, "</li>");
    }
    out.push_str("</ul></figure>");
    Html::from_html_unchecked(AttrValue::from(out))
}

/// Text centred on its x.
pub const MIDDLE: &str = r#"text-anchor="middle""#;
/// The solid part of a bar.
const BAR: &str = r#"class="mne-chart-bar" height="10" rx="2""#;
/// The dashed part of a bar.
const RANGE: &str = r#"class="mne-chart-range" height="10" rx="2""#;
