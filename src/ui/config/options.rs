//! The clinic's settings as a JavaScript object (`element.options = {clinicName: …}` and
//! `MicroneedlingExplorer.mount(target, options)`). serde-wasm-bindgen reads the object into
//! attribute-style text, one entry per key, so the one attribute parser
//! ([`Config::from_attributes`](super::Config::from_attributes)) reads it with the same defaults
//! and warnings: a key is the attribute name in camel case (`clinic-name` ↔ `clinicName`).

use std::fmt;

use serde::de::{Deserialize, Deserializer, Error, IgnoredAny, MapAccess, SeqAccess, Visitor};

/// An options object: each key with its value as attribute text, or `None` when the value is of
/// no type a setting takes (an object, a function). `null` and `undefined` values are left out,
/// so they mean "not set here".
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Options(pub Vec<(String, Option<String>)>);

/// What an options value may be, for the warning about one that is none of them.
pub const ACCEPTED_VALUE: &str = "text, a number, true or false, or a list of text";

impl Options {
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

impl<'de> Deserialize<'de> for Options {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(OptionsVisitor)
    }
}

struct OptionsVisitor;

impl<'de> Visitor<'de> for OptionsVisitor {
    type Value = Options;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an object of settings")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Options, A::Error> {
        let mut entries = Vec::new();
        while let Some(key) = map.next_key::<String>()? {
            match map.next_value::<Setting>()? {
                Setting::Unset => {}
                Setting::Text(text) => entries.push((key, Some(text))),
                Setting::Wrong => entries.push((key, None)),
            }
        }
        Ok(Options(entries))
    }
}

/// One value of the object, as attribute text.
enum Setting {
    Unset,
    Text(String),
    Wrong,
}

impl<'de> Deserialize<'de> for Setting {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(SettingVisitor)
    }
}

struct SettingVisitor;

impl<'de> Visitor<'de> for SettingVisitor {
    type Value = Setting;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(ACCEPTED_VALUE)
    }

    fn visit_str<E: Error>(self, value: &str) -> Result<Setting, E> {
        Ok(Setting::Text(value.to_owned()))
    }

    fn visit_string<E: Error>(self, value: String) -> Result<Setting, E> {
        Ok(Setting::Text(value))
    }

    /// `true`/`false` read as the switch words `on`/`off`.
    fn visit_bool<E: Error>(self, value: bool) -> Result<Setting, E> {
        Ok(Setting::Text(if value { "on" } else { "off" }.to_owned()))
    }

    fn visit_i64<E: Error>(self, value: i64) -> Result<Setting, E> {
        Ok(Setting::Text(value.to_string()))
    }

    fn visit_u64<E: Error>(self, value: u64) -> Result<Setting, E> {
        Ok(Setting::Text(value.to_string()))
    }

    /// A number that is not whole (a price such as 99.5) as text with two decimals, by integer
    /// arithmetic (float formatting would cost the wasm kilobytes); finer fractions are wrong.
    fn visit_f64<E: Error>(self, value: f64) -> Result<Setting, E> {
        let hundredths = value * 100.0;
        let rounded = (hundredths + 0.5) as i64;
        if !(0.0..1e15).contains(&hundredths) || (hundredths - rounded as f64).abs() > 1e-6 {
            return Ok(Setting::Wrong);
        }
        Ok(Setting::Text(format!(
            "{}.{:02}",
            rounded / 100,
            rounded % 100
        )))
    }

    fn visit_unit<E: Error>(self) -> Result<Setting, E> {
        Ok(Setting::Unset)
    }

    fn visit_none<E: Error>(self) -> Result<Setting, E> {
        Ok(Setting::Unset)
    }

    /// A list (sections, concerns) as its items separated by spaces.
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Setting, A::Error> {
        let mut items = Vec::new();
        let mut wrong = false;
        while let Some(item) = seq.next_element::<Setting>()? {
            match item {
                Setting::Text(text) => items.push(text),
                Setting::Unset => {}
                Setting::Wrong => wrong = true,
            }
        }
        Ok(if wrong {
            Setting::Wrong
        } else {
            Setting::Text(items.join(" "))
        })
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Setting, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Setting::Wrong)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::de::value::{Error as ValueError, MapDeserializer, SeqDeserializer};
    use serde::de::IntoDeserializer;

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

    /// Reads one value through the same visitor serde-wasm-bindgen drives.
    fn text<'de, D: IntoDeserializer<'de, ValueError>>(value: D) -> Option<String> {
        match Setting::deserialize(value.into_deserializer()).expect("deserializes") {
            Setting::Text(text) => Some(text),
            Setting::Unset => Some("<unset>".into()),
            Setting::Wrong => None,
        }
    }

    #[test]
    fn values_become_attribute_text() {
        assert_eq!(text("Skin Studio").as_deref(), Some("Skin Studio"));
        assert_eq!(text(true).as_deref(), Some("on"));
        assert_eq!(text(false).as_deref(), Some("off"));
        assert_eq!(text(120_i64).as_deref(), Some("120"));
        assert_eq!(text(120_u64).as_deref(), Some("120"));
        assert_eq!(text(99.5_f64).as_deref(), Some("99.50"));
        assert_eq!(text(0.07_f64).as_deref(), Some("0.07"));
        assert_eq!(text(120.0_f64).as_deref(), Some("120.00"));
        assert_eq!(text(()).as_deref(), Some("<unset>"));
        for wrong in [99.555_f64, -5.0, f64::NAN, f64::INFINITY] {
            assert_eq!(text(wrong), None, "{wrong}");
        }
        let list = SeqDeserializer::<_, ValueError>::new(["explore", "check"].into_iter());
        assert_eq!(
            Setting::deserialize(list).ok().and_then(|s| match s {
                Setting::Text(t) => Some(t),
                _ => None,
            }),
            Some("explore check".to_owned())
        );
    }

    #[test]
    fn objects_keep_their_keys_in_order_and_flag_wrong_values() {
        let object = MapDeserializer::<_, ValueError>::new(
            [("clinicName", "A"), ("atHome", "off"), ("zzz", "1")].into_iter(),
        );
        let options = Options::deserialize(object).expect("an object");
        let keys: Vec<_> = options.0.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(keys, ["clinicName", "atHome", "zzz"]);
    }
}
