//! The clinic's booking link, typed: it may hold a `{concerns}` placeholder, which is filled
//! with the chosen concern ids only when the visitor agrees, and otherwise dropped.

use crate::core::concern::Concern;

/// What a clinic writes in `booking-url` where the concern ids may go.
pub const PLACEHOLDER: &str = "{concerns}";

/// A validated booking link (the scheme and host were checked by the config parser).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BookingLink(String);

impl BookingLink {
    /// Wraps an `http(s)://host…` address; `None` when the placeholder sits in the scheme or
    /// host, where it could send the concerns to another site or break the address.
    pub fn new(url: &str) -> Option<BookingLink> {
        let after_scheme = url.find("://")? + 3;
        let host_end = url[after_scheme..]
            .find(['/', '?', '#'])
            .map_or(url.len(), |i| after_scheme + i);
        (!url[..host_end].contains(PLACEHOLDER)).then(|| BookingLink(url.to_owned()))
    }

    /// Whether the clinic asked for the concerns (the link has the placeholder).
    pub fn asks_for_concerns(&self) -> bool {
        self.0.contains(PLACEHOLDER)
    }

    /// The address as the clinic wrote it.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The address to open: with `Some` concerns (the visitor agreed, and chose some), the
    /// placeholder becomes their ids joined by commas; otherwise it is dropped, together with
    /// its query parameter when it was one's whole value (`?c={concerns}` goes entirely).
    pub fn href(&self, concerns: Option<&[Concern]>) -> String {
        match concerns.filter(|c| !c.is_empty()) {
            Some(concerns) => {
                let ids: Vec<&str> = concerns.iter().map(|c| c.id()).collect();
                self.0.replace(PLACEHOLDER, &ids.join(","))
            }
            None => drop_placeholder(&self.0),
        }
    }
}

/// `url` without any placeholder (see [`BookingLink::href`]).
fn drop_placeholder(url: &str) -> String {
    let mut out = url.to_owned();
    while let Some(at) = out.find(PLACEHOLDER) {
        let end = at + PLACEHOLDER.len();
        let pair_start = out[..at].rfind(['?', '&']);
        let ends_pair = matches!(out[end..].chars().next(), None | Some('&' | '#'));
        let whole_value = pair_start.filter(|&start| {
            let key = &out[start + 1..at];
            ends_pair && key.ends_with('=') && !key[..key.len() - 1].contains(['=', '/', '#'])
        });
        let cut = match whole_value {
            // `key={concerns}&…`: drop the pair and its `&`, keep the separator before it.
            Some(start) if out[end..].starts_with('&') => start + 1..end + 1,
            // The last pair: drop it with its separator.
            Some(start) => start..end,
            None => at..end,
        };
        // Draining (not `replace_range` with nothing) keeps `Splice` out of the wasm.
        out.drain(cut);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn link(url: &str) -> BookingLink {
        BookingLink::new(url).expect("a valid link")
    }

    #[test]
    fn the_placeholder_never_sits_in_the_host() {
        assert!(BookingLink::new("https://{concerns}.evil.example/").is_none());
        assert!(BookingLink::new("https://a.example{concerns}").is_none());
        assert!(BookingLink::new("https://a.example/{concerns}").is_some());
        assert!(!link("https://a.example/book").asks_for_concerns());
        assert!(link("https://a.example/book?c={concerns}").asks_for_concerns());
    }

    #[test]
    fn concerns_are_filled_only_when_given() {
        let chosen = [Concern::AcneScars, Concern::Texture];
        let cases = [
            (
                "https://a.example/b?x=1&c={concerns}",
                "https://a.example/b?x=1",
            ),
            (
                "https://a.example/b?c={concerns}&x=1",
                "https://a.example/b?x=1",
            ),
            ("https://a.example/b?c={concerns}", "https://a.example/b"),
            (
                "https://a.example/b?c={concerns}#top",
                "https://a.example/b#top",
            ),
            ("https://a.example/b/{concerns}", "https://a.example/b/"),
            (
                "https://a.example/b?note=my{concerns}",
                "https://a.example/b?note=my",
            ),
            (
                "https://a.example/b?a={concerns}&b={concerns}",
                "https://a.example/b",
            ),
            ("https://a.example/b", "https://a.example/b"),
        ];
        for (template, dropped) in cases {
            let booking = link(template);
            assert_eq!(booking.href(None), dropped, "{template}");
            assert_eq!(booking.href(Some(&[])), dropped, "{template}");
            let filled = booking.href(Some(&chosen));
            assert!(!filled.contains(PLACEHOLDER), "{filled}");
            if booking.asks_for_concerns() {
                assert!(filled.contains("acne-scars,texture"), "{filled}");
            } else {
                assert_eq!(filled, template);
            }
        }
    }
}
