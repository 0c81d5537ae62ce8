//! Static parts of the views written as one markup string and handed to Yew as raw HTML.
//!
//! Each `html!` element expands into its own code (the node, its attributes, its children's
//! vector): a page of paragraphs cost the bundle far more than its texts. A part with no
//! controls, no live text and nothing Yew must find again (no `ref`, no listener, no input) is
//! written here instead, by a few non-generic calls: the same DOM for a fraction of the bytes.
//! Yew keeps the nodes while the string stays the same, so a re-render replaces nothing.
//! Every text goes through [`escape`]: a clinic's name or a language pack is never markup.

use yew::{AttrValue, Html};

/// Appends `text` with `&`, `<`, `>` and `"` escaped: the one escaping of every text and
/// attribute value written as markup ([`Markup`]'s, the pictures' and the values' rows).
pub fn escape(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
}

/// Markup being written. `start` arguments are a tag with its fixed attributes, trusted markup
/// from the code (`p class="mne-lead"`); texts and attribute values are escaped.
#[derive(Default)]
pub struct Markup(String);

impl Markup {
    /// Opens `<{start}>`.
    pub fn open(&mut self, start: &str) -> &mut Self {
        self.0.push('<');
        self.0.push_str(start);
        self.0.push('>');
        self
    }

    /// Opens `<{start} {name}="{value}" ...>` with each of `attrs`.
    pub fn open_with(&mut self, start: &str, attrs: &[(&str, &str)]) -> &mut Self {
        self.0.push('<');
        self.0.push_str(start);
        for (name, value) in attrs {
            self.0.push(' ');
            self.0.push_str(name);
            self.0.push_str("=\"");
            escape(&mut self.0, value);
            self.0.push('"');
        }
        self.0.push('>');
        self
    }

    /// Closes `</{tag}>`.
    pub fn close(&mut self, tag: &str) -> &mut Self {
        self.0.push_str("</");
        self.0.push_str(tag);
        self.0.push('>');
        self
    }

    /// Appends `text`.
    pub fn text(&mut self, text: &str) -> &mut Self {
        escape(&mut self.0, text);
        self
    }

    /// Appends an element holding only `text`: `<{start}>{text}</{tag}>`, its tag being
    /// `start`'s first word.
    pub fn el(&mut self, start: &str, text: &str) -> &mut Self {
        self.open(start).text(text);
        self.close(start.split(' ').next().unwrap_or(start))
    }

    /// Ends a link that opens a new tab: its `label`, then `note` (the words that say so) for
    /// screen readers only, then `</a>`; every such link says it the same way.
    pub fn new_tab_end(&mut self, label: &str, note: &str) -> &mut Self {
        self.text(label)
            .open(r#"span class="mne-sr""#)
            .text(" ")
            .text(note)
            .close("span")
            .close("a")
    }

    /// The markup as Yew nodes.
    pub fn html(self) -> Html {
        Html::from_html_unchecked(AttrValue::from(self.0))
    }
}

/// The words beside a checkbox: its name and a hint under it.
pub fn choice_text(name: &str, hint: &str) -> Html {
    let mut m = Markup::default();
    m.open(r#"span class="mne-choice-text""#)
        .el(r#"span class="mne-choice-name""#, name)
        .el(r#"span class="mne-choice-hint""#, hint)
        .close("span");
    m.html()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_every_text_and_value() {
        let mut m = Markup::default();
        m.open_with(
            "p class=\"x\"",
            &[("data-clinic", "\"><script>"), ("data-n", "1")],
        )
        .text("<b>Glow</b> & \"Co\"")
        .close("p")
        .el("h3 class=\"t\"", "a < b");
        assert_eq!(
            m.0,
            "<p class=\"x\" data-clinic=\"&quot;&gt;&lt;script&gt;\" data-n=\"1\">\
             &lt;b&gt;Glow&lt;/b&gt; &amp; &quot;Co&quot;</p><h3 class=\"t\">a &lt; b</h3>"
        );
    }
}
