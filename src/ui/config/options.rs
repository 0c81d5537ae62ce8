//! The clinic's settings as a JavaScript object (`element.options = {clinicName: …}` and
//! `MicroneedlingExplorer.mount(target, options)`). The object is read with js-sys into
//! attribute-style text, one entry per key, so the one attribute parser
//! ([`Config::from_attributes`](super::Config::from_attributes)) reads it with the same defaults
//! and warnings: a key is the attribute name in camel case (`clinic-name` ↔ `clinicName`).
//!
//! js-sys rather than serde-wasm-bindgen: serde's error paths pull Rust's float formatting into
//! the wasm (measured: the switch took the standalone wasm from 159,834 to 148,850 bytes gzip).
//! The rules for each value ([`Setting`]) are plain Rust, tested natively; only
//! [`Options::from_js`] touches JavaScript values.

use js_sys::{Array, BigInt, Object, Symbol};
use wasm_bindgen::{JsCast, JsValue};

/// An options object: each key with its value as attribute text, or `None` when the value is of
/// no type a setting takes (an object, a function). `null` and `undefined` values are left out,
/// so they mean "not set here".
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Options(pub Vec<(String, Option<String>)>);

/// What an options value may be, for the warning about one that is none of them.
pub const ACCEPTED_VALUE: &str = "text, a number, true or false, or a list of text";

impl Options {
    /// Collects the object's entries in their order, leaving out the unset ones.
    pub fn from_entries(entries: impl IntoIterator<Item = (String, Setting)>) -> Self {
        Options(
            entries
                .into_iter()
                .filter_map(|(key, setting)| match setting {
                    Setting::Unset => None,
                    Setting::Text(text) => Some((key, Some(text))),
                    Setting::Wrong => Some((key, None)),
                })
                .collect(),
        )
    }

    /// Reads a JavaScript options object (its own enumerable string keys, as `Object.entries`
    /// lists them; a `Map` or other iterable of `[key, value]` pairs too). `None` when the value
    /// is no such object (text, a number, a function), for the caller to warn about.
    pub fn from_js(value: &JsValue) -> Option<Self> {
        if !value.is_object() {
            return None;
        }
        let object = if Symbol::iterator().js_in(value) {
            Object::from_entries(value).ok()?
        } else {
            value.clone().unchecked_into()
        };
        Some(Options::from_entries(Object::entries(&object).iter().map(
            |pair| {
                let pair: Array = pair.unchecked_into();
                (
                    pair.get(0).as_string().unwrap_or_default(),
                    setting(&pair.get(1)),
                )
            },
        )))
    }

    /// The value given for the attribute `name` (kebab case), if the object has its camel-case key
    /// with a usable value.
    pub fn get(&self, name: &str) -> Option<&str> {
        let key = camel(name);
        self.0
            .iter()
            .find(|(k, _)| *k == key)
            .and_then(|(_, value)| value.as_deref())
    }

    /// The keys that no setting reads (given the attribute names that were asked for), and the
    /// keys whose value is of no usable type: both are reported, never silently dropped.
    pub fn unused<'a>(&'a self, asked: &'a [String]) -> impl Iterator<Item = &'a str> + 'a {
        self.0
            .iter()
            .filter(move |(key, value)| value.is_none() || !asked.iter().any(|a| camel(a) == *key))
            .map(|(key, _)| key.as_str())
    }
}

/// One JavaScript value as a [`Setting`]: the only place that looks at JavaScript types.
fn setting(value: &JsValue) -> Setting {
    if value.is_null() || value.is_undefined() {
        Setting::Unset
    } else if let Some(on) = value.as_bool() {
        Setting::from_bool(on)
    } else if let Some(number) = value.as_f64() {
        Setting::from_number(number)
    } else if let Some(text) = value.as_string() {
        Setting::Text(text)
    } else if let Some(list) = value.dyn_ref::<Array>() {
        Setting::from_list(list.iter().map(|item| setting(&item)))
    } else if value.is_bigint() {
        value
            .unchecked_ref::<BigInt>()
            .to_string(10)
            .map_or(Setting::Wrong, |text| Setting::Text(text.into()))
    } else {
        Setting::Wrong
    }
}

/// One value of the object, as attribute text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Setting {
    /// `null` or `undefined`: not set here, the attribute or default applies.
    Unset,
    /// The value as an attribute would give it.
    Text(String),
    /// Of no type a setting takes (an object, a function, a symbol, a finer fraction): warned.
    Wrong,
}

impl Setting {
    /// `true`/`false` read as the switch words `on`/`off`.
    pub fn from_bool(on: bool) -> Self {
        Setting::Text(if on { "on" } else { "off" }.to_owned())
    }

    /// A whole number (a safe integer, as JavaScript counts them) as its digits; any other
    /// (a price such as 99.5) as text with two decimals, by integer arithmetic (float formatting
    /// would cost the wasm kilobytes); finer fractions, negative fractions and non-numbers are
    /// wrong.
    pub fn from_number(value: f64) -> Self {
        const MAX_SAFE_INTEGER: f64 = 9_007_199_254_740_991.0;
        if value.trunc() == value && value.abs() <= MAX_SAFE_INTEGER {
            return Setting::Text((value as i64).to_string());
        }
        let hundredths = value * 100.0;
        let rounded = (hundredths + 0.5) as i64;
        if !(0.0..1e15).contains(&hundredths) || (hundredths - rounded as f64).abs() > 1e-6 {
            return Setting::Wrong;
        }
        Setting::Text(format!("{}.{:02}", rounded / 100, rounded % 100))
    }

    /// A list (sections, concerns) as its items separated by spaces, unset items left out;
    /// wrong if any item is.
    pub fn from_list(items: impl IntoIterator<Item = Setting>) -> Self {
        let mut texts = Vec::new();
        for item in items {
            match item {
                Setting::Text(text) => texts.push(text),
                Setting::Unset => {}
                Setting::Wrong => return Setting::Wrong,
            }
        }
        Setting::Text(texts.join(" "))
    }
}

/// `clinic-name` → `clinicName`.
pub fn camel(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut upper = false;
    for c in name.chars() {
        match c {
            '-' => upper = true,
            c if upper => {
                out.push(c.to_ascii_uppercase());
                upper = false;
            }
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_attribute_names_in_camel_case() {
        assert_eq!(camel("clinic-name"), "clinicName");
        assert_eq!(camel("at-home"), "atHome");
        assert_eq!(camel("lang"), "lang");
        let options = Options(vec![
            ("clinicName".into(), Some("Skin".into())),
            ("phone".into(), None),
        ]);
        assert_eq!(options.get("clinic-name"), Some("Skin"));
        assert_eq!(options.get("phone"), None, "a wrong value is no value");
        assert_eq!(options.get("booking-url"), None);
        let asked = ["clinic-name".to_owned(), "phone".to_owned()];
        assert_eq!(options.unused(&asked).collect::<Vec<_>>(), ["phone"]);
        assert_eq!(
            options.unused(&asked[1..]).collect::<Vec<_>>(),
            ["clinicName", "phone"]
        );
    }

    fn text(text: &str) -> Setting {
        Setting::Text(text.to_owned())
    }

    #[test]
    fn values_become_attribute_text() {
        assert_eq!(Setting::from_bool(true), text("on"));
        assert_eq!(Setting::from_bool(false), text("off"));
        let numbers = [
            (120.0, "120"),
            (-5.0, "-5"),
            (-0.0, "0"),
            (9_007_199_254_740_991.0, "9007199254740991"),
            (99.5, "99.50"),
            (0.07, "0.07"),
            (19.99, "19.99"),
            (1234.1, "1234.10"),
        ];
        for (number, expected) in numbers {
            assert_eq!(Setting::from_number(number), text(expected), "{number}");
        }
        let wrong = [99.555, -0.5, 9_007_199_254_740_992.0, 1e300, f64::NAN];
        let wrong = wrong.into_iter().chain([f64::INFINITY, f64::NEG_INFINITY]);
        let mut checked = 0;
        for number in wrong {
            assert_eq!(Setting::from_number(number), Setting::Wrong, "{number}");
            checked += 1;
        }
        assert_eq!(checked, 7);
    }

    #[test]
    fn lists_join_their_items_with_spaces_and_fail_on_a_wrong_one() {
        let list = [text("explore"), Setting::Unset, text("check")];
        assert_eq!(Setting::from_list(list), text("explore check"));
        assert_eq!(Setting::from_list([]), text(""));
        let nested = Setting::from_list([text("a"), Setting::from_list([text("b"), text("c")])]);
        assert_eq!(nested, text("a b c"));
        let list = [text("explore"), Setting::Wrong, text("check")];
        assert_eq!(Setting::from_list(list), Setting::Wrong);
    }

    #[test]
    fn objects_keep_their_keys_in_order_drop_unset_ones_and_flag_wrong_values() {
        let options = Options::from_entries([
            ("clinicName".to_owned(), text("A")),
            ("disclosure".to_owned(), Setting::Unset),
            ("accentColor".to_owned(), Setting::Wrong),
            ("zzz".to_owned(), text("1")),
        ]);
        assert_eq!(
            options.0,
            [
                ("clinicName".to_owned(), Some("A".to_owned())),
                ("accentColor".to_owned(), None),
                ("zzz".to_owned(), Some("1".to_owned())),
            ]
        );
    }
}
