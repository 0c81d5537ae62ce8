//! The clinic's settings as a JavaScript object (`element.options = {clinicName: …}` and
//! `MicroneedlingExplorer.mount(target, options)`), read into attribute-style text, one entry per
//! key, so the one attribute parser ([`Config::from_attributes`](super::Config::from_attributes))
//! reads it with the same defaults and warnings: a key is the attribute name in camel case
//! (`clinic-name` ↔ `clinicName`).
//!
//! The embed loader turns the object's values into text (`static/embed/options.js`: true/false
//! → on/off, numbers, lists, prices with two decimals; tested in `tests/e2e/options.test.mjs`)
//! and hands the wasm that text ([`Options::parse`]), so the wasm has no code for JavaScript
//! values: only the embed has an options object, and the standalone page's wasm, which the
//! embed shares, stays as small as if options did not exist (js-sys reading cost it ~1.6 KB gzip;
//! serde-wasm-bindgen ~11 KB). Which keys exist and which values are good is decided here and
//! in the attribute parser, nowhere in JavaScript.

use super::Rejected;

/// An options object: each key with its value as attribute text, or `None` when the value is of
/// no type a setting takes (an object, a function). `null` and `undefined` values are left out,
/// so they mean "not set here".
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Options(pub Vec<(String, Option<String>)>);

/// What an options value may be, for the warning about one that is none of them.
pub const ACCEPTED_VALUE: &str = "text, a number, true or false, or a list of text";

/// Between the fields of the loader's text: key, value, key, value, …
const SEPARATOR: char = '\u{1}';
/// A value of no type a setting takes; as a key, options that are no object (its value is then
/// the options as text, or this mark again). The same mark as `WRONG` in options.js.
const WRONG: &str = "\u{2}";

impl Options {
    /// Reads the embed loader's text (`optionPairs` in `static/embed/options.js`; `None` for no
    /// options): the keys in the object's order, each with its value as attribute text or
    /// [`WRONG`]. Options that were no object are rejected as a whole, for the caller to warn
    /// about.
    pub fn parse(text: Option<&str>) -> Result<Options, Rejected> {
        let text = text.unwrap_or_default();
        let mut fields = text.split(SEPARATOR).filter(|_| !text.is_empty());
        let mut pairs = Vec::new();
        while let (Some(key), Some(value)) = (fields.next(), fields.next()) {
            if key == WRONG {
                return Err(Rejected {
                    attribute: "options",
                    value: if value == WRONG {
                        "(not an object)".to_owned()
                    } else {
                        value.to_owned()
                    },
                    accepted: "an object such as { clinicName: 'Skin Studio', atHome: false }",
                });
            }
            pairs.push((key.to_owned(), (value != WRONG).then(|| value.to_owned())));
        }
        Ok(Options(pairs))
    }

    /// The value given for the attribute `name` (kebab case), if the object has its camel-case key
    /// with a usable value.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| is_camel(k, name))
            .and_then(|(_, value)| value.as_deref())
    }

    /// Whether the object sets `key` (camel case) at all, to a usable value or not.
    pub fn sets(&self, key: &str) -> bool {
        self.0.iter().any(|(k, _)| k == key)
    }
}

/// Whether `key` is the attribute `name` in camel case (`clinicName` for `clinic-name`).
pub fn is_camel(key: &str, name: &str) -> bool {
    let mut key = key.bytes();
    let mut upper = false;
    for c in name.bytes() {
        if c == b'-' {
            upper = true;
            continue;
        }
        let c = if upper { c.to_ascii_uppercase() } else { c };
        upper = false;
        if key.next() != Some(c) {
            return false;
        }
    }
    key.next().is_none()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_attribute_names_in_camel_case() {
        for (key, name) in [
            ("clinicName", "clinic-name"),
            ("atHome", "at-home"),
            ("lang", "lang"),
        ] {
            assert!(is_camel(key, name), "{key}");
        }
        for (key, name) in [
            ("clinicname", "clinic-name"),
            ("clinicNam", "clinic-name"),
            ("langs", "lang"),
            ("clinic-name", "clinic-name"),
        ] {
            assert!(!is_camel(key, name), "{key}");
        }
        let options = Options(vec![
            ("clinicName".into(), Some("Skin".into())),
            ("phone".into(), None),
        ]);
        assert_eq!(options.get("clinic-name"), Some("Skin"));
        assert_eq!(options.get("phone"), None, "a wrong value is no value");
        assert_eq!(options.get("booking-url"), None);
        assert!(options.sets("phone") && !options.sets("bookingUrl"));
    }

    #[test]
    fn the_loaders_text_keeps_keys_in_order_and_marks_wrong_values() {
        let text = [
            "clinicName",
            "A",
            "accentColor",
            WRONG,
            "zzz",
            "1",
            "empty",
            "",
        ]
        .join(&SEPARATOR.to_string());
        let options = Options::parse(Some(&text)).expect("an object");
        assert_eq!(
            options.0,
            [
                ("clinicName".to_owned(), Some("A".to_owned())),
                ("accentColor".to_owned(), None),
                ("zzz".to_owned(), Some("1".to_owned())),
                ("empty".to_owned(), Some(String::new())),
            ]
        );
        assert_eq!(
            Options::parse(Some("")),
            Ok(Options::default()),
            "an empty object"
        );
        let odd = ["clinicName", "A", "dangling"].join(&SEPARATOR.to_string());
        assert_eq!(Options::parse(Some(&odd)).map(|o| o.0.len()), Ok(1));
        assert_eq!(Options::parse(None), Ok(Options::default()), "no object");
    }

    #[test]
    fn options_that_are_no_object_are_rejected_whole() {
        let mut checked = 0;
        for (value, shown) in [
            ("clinic-name=x", "clinic-name=x"),
            (WRONG, "(not an object)"),
        ] {
            let text = [WRONG, value].join(&SEPARATOR.to_string());
            let rejected = Options::parse(Some(&text)).expect_err(value);
            assert_eq!(
                (rejected.attribute, rejected.value.as_str()),
                ("options", shown)
            );
            assert!(rejected.message().contains("an object such as"));
            checked += 1;
        }
        assert_eq!(checked, 2);
    }
}
