//! The clinic's configuration: read from the mount element's attributes, each value parsed
//! into a typed value once (the parsers live beside this file), with safe defaults.

mod color;
mod concerns;
mod contact;
#[cfg(feature = "kiosk")]
mod kiosk;
mod price;
mod sections;

pub use color::Accent;
pub use concerns::Concerns;
pub use contact::{parse_booking_url, parse_phone, tel_href};
#[cfg(feature = "kiosk")]
pub use kiosk::Kiosk;
pub use price::Price;
pub use sections::Sections;

use crate::core::booking::BookingLink;
use crate::core::locale::Lang;
use crate::core::plan::ClinicOptions;
use crate::ui::state::Step;

/// How a clinic sets up one embedded app. Every field has a safe default.
#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    /// Shown in the header (as text) when set.
    pub clinic_name: Option<String>,
    /// An `http`/`https` booking link, perhaps with a `{concerns}` placeholder; enables the
    /// booking call-to-action.
    pub booking_url: Option<BookingLink>,
    /// The clinic's brand colour (`#rgb`, `#rrggbb` or `rgb(r, g, b)`), parsed.
    pub accent_color: Option<Accent>,
    /// The language of every visitor-facing string.
    pub lang: Lang,
    /// Whether the clinic lets the plan suggest at-home needling.
    pub at_home_allowed: bool,
    /// The clinic's own disclosure, shown (as text) on the About step.
    pub disclosure: Option<String>,
    /// The clinic's phone number as written (validated), offered on the Plan step.
    pub phone: Option<String>,
    /// Which steps the widget shows.
    pub sections: Sections,
    /// The step the visitor starts on (always one of `sections`).
    pub start: Step,
    /// The concerns the clinic treats; the others are hidden everywhere.
    pub concerns: Concerns,
    /// The clinic's price per session, shown as an estimated cost of the course.
    pub price: Option<Price>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            clinic_name: None,
            booking_url: None,
            accent_color: None,
            lang: Lang::En,
            at_home_allowed: true,
            disclosure: None,
            phone: None,
            sections: Sections::ALL,
            start: Step::Explore,
            concerns: Concerns::ALL,
            price: None,
        }
    }
}

/// One rejected attribute value: which attribute, what it held, and what is accepted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rejected {
    /// The attribute name without a `data-` prefix.
    pub attribute: &'static str,
    /// The value that was given.
    pub value: String,
    /// A short description of the accepted values.
    pub accepted: &'static str,
}

impl Rejected {
    /// The console message for this rejection.
    pub fn message(&self) -> String {
        format!(
            "microneedling-explorer: ignoring {}=\"{}\"; accepted: {}. Using the default.",
            self.attribute, self.value, self.accepted
        )
    }
}

/// The attribute of the app's element on which the page's script puts the languages a visitor
/// may want, space-separated, first first; the app takes the first it offers (by primary
/// subtag, as [`Lang::from_id`]) when the clinic set none. Embedded, `static/embed/embed.js`
/// lists the clinic page's `lang` and the browser's languages; on the standalone page
/// `static/early.js` has already picked one (it must know before the first paint) and
/// `static/boot.js` passes it on. Reading the page and the browser in the page's script keeps
/// those bindings out of the wasm.
pub const DETECTED: &str = "data-mne-detected";

impl Config {
    /// The clinic options the plan logic needs.
    pub fn clinic_options(&self) -> ClinicOptions {
        ClinicOptions {
            at_home_allowed: self.at_home_allowed,
        }
    }

    /// Builds a configuration from attribute lookups (`get(name)` returns the raw value, if any).
    /// Bad values are left at their defaults and reported in the returned list.
    pub fn from_attributes(
        get: impl Fn(&'static str) -> Option<String>,
    ) -> (Config, Vec<Rejected>) {
        let mut config = Config::default();
        let mut rejected = Vec::new();
        let mut reject = |attribute, value: &str, accepted| {
            rejected.push(Rejected {
                attribute,
                value: value.to_owned(),
                accepted,
            })
        };
        if let Some(value) = get("clinic-name") {
            config.clinic_name = clean_text(&value);
        }
        if let Some(value) = get("disclosure") {
            config.disclosure = clean_text(&value);
        }
        if let Some(value) = get("booking-url") {
            match parse_booking_url(&value) {
                Some(url) => config.booking_url = Some(url),
                None => reject("booking-url", &value, "an http:// or https:// address"),
            }
        }
        if let Some(value) = get("accent-color") {
            match Accent::parse(&value) {
                Some(accent) => config.accent_color = Some(accent),
                None => reject("accent-color", &value, "#rgb, #rrggbb or rgb(r, g, b)"),
            }
        }
        // The clinic's language; with none (or one the widget does not speak), the first offered
        // one the page's script detected ([`DETECTED`]: the page's, not a clinic's setting), else
        // English.
        let set = get("lang");
        let lang = set.as_deref().and_then(Lang::from_id);
        if let (Some(value), None) = (&set, lang) {
            reject(
                "lang",
                value,
                "a language tag the widget speaks, such as en or es",
            );
        }
        config.lang = (lang.or_else(|| {
            get(DETECTED)?
                .split(' ')
                .find_map(|tag| Lang::from_id(tag).filter(|lang| !lang.is_pseudo()))
        }))
        .unwrap_or(Lang::En);
        if let Some(value) = get("at-home") {
            match parse_switch(&value) {
                Some(on) => config.at_home_allowed = on,
                None => reject("at-home", &value, "on or off"),
            }
        }
        if let Some(value) = get("phone") {
            match parse_phone(&value) {
                Some(phone) => config.phone = Some(phone),
                None => reject(
                    "phone",
                    &value,
                    "a phone number of 5 to 15 digits, e.g. +44 20 7946 0000",
                ),
            }
        }
        if let Some(value) = get("sections") {
            match Sections::parse(&value.to_ascii_lowercase()) {
                Some(sections) => config.sections = sections,
                None => reject(
                    "sections",
                    &value,
                    "step ids from explore, check, result, plan, about; result goes with check, plan needs both",
                ),
            }
        }
        if let Some(value) = get("concerns") {
            let (set, unknown) = Concerns::parse(&value);
            for id in &unknown {
                reject("concerns", id, concerns::ACCEPTED);
            }
            match set {
                Some(set) => config.concerns = set,
                None => reject(
                    "concerns",
                    &value,
                    "at least one known concern id; showing all",
                ),
            }
        }
        let currency = get("currency").and_then(|value| {
            let code = price::parse_currency(&value);
            if code.is_none() {
                reject(
                    "currency",
                    &value,
                    "a three-letter ISO 4217 code such as GBP, EUR or USD",
                );
            }
            code
        });
        if let Some(value) = get("price") {
            match (price::parse_amount(&value), currency) {
                (Some(hundredths), Some(currency)) => {
                    config.price = Some(Price {
                        hundredths,
                        currency,
                    })
                }
                (Some(_), None) => reject(
                    "price",
                    &value,
                    "a price with a currency, e.g. currency=\"GBP\"",
                ),
                (None, _) => reject(
                    "price",
                    &value,
                    "a number above 0 such as 120 or 99.50, with no symbol",
                ),
            }
        }
        config.start = config.sections.first();
        if let Some(value) = get("start") {
            let id = value.trim().to_ascii_lowercase();
            match [Step::Explore, Step::Check, Step::About]
                .into_iter()
                .find(|s| s.id() == id && config.sections.shows(*s))
            {
                Some(step) => config.start = step,
                None => reject(
                    "start",
                    &value,
                    "explore, check or about, among the shown sections",
                ),
            }
        }
        (config, rejected)
    }

    /// Reads the configuration from an element's `data-*` (or plain) attributes, if any, with
    /// the checks only the browser can make; every rejected value is returned, nothing is logged.
    pub fn read(element: Option<&web_sys::Element>) -> (Config, Vec<Rejected>) {
        let (mut config, mut rejected) = Config::from_attributes(|name| setting(element, name));
        // Only the browser knows which currencies it can format.
        if let Some(price) = config
            .price
            .take_if(|p| !crate::ui::cost::currency_known(&p.currency))
        {
            rejected.push(Rejected {
                attribute: "currency",
                value: price.currency,
                accepted:
                    "a three-letter ISO 4217 code this browser knows, such as GBP, EUR or USD",
            });
        }
        (config, rejected)
    }

    /// Reads the configuration from `element`'s attributes (as [`Config::read`]), warning on the
    /// console about each rejected value (with no language set, or a bad one, the one the page's
    /// script detected: [`DETECTED`]). `element` is the one the app renders into:
    /// on the standalone page the page's mount element; embedded, the app's own element, onto
    /// which `embed.js` writes the custom element's settings and its options object's
    /// (`static/embed/options.js` maps its keys to the attribute names), so the object goes
    /// through this one parser with the same defaults and warnings, and the wasm has no code for
    /// options at all.
    pub fn from_element(element: &web_sys::Element) -> Config {
        let (config, rejected) = Config::read(Some(element));
        for problem in rejected {
            gloo::console::warn!(problem.message());
        }
        config
    }

    /// The settings that differ from the defaults, as attribute names and canonical values:
    /// what a snippet needs to give this configuration (`from_attributes` reads them back to the
    /// same `Config`).
    pub fn to_attributes(&self) -> Vec<(&'static str, String)> {
        let default = Config::default();
        let mut out = Vec::new();
        let mut text = |name, value: Option<&str>| {
            if let Some(value) = value {
                out.push((name, value.to_owned()));
            }
        };
        text("clinic-name", self.clinic_name.as_deref());
        text(
            "booking-url",
            self.booking_url.as_ref().map(BookingLink::as_str),
        );
        text("accent-color", self.accent_color.as_ref().map(Accent::css));
        text(
            "lang",
            (self.lang != default.lang).then_some(self.lang.id()),
        );
        text("at-home", (!self.at_home_allowed).then_some("off"));
        text("disclosure", self.disclosure.as_deref());
        text("phone", self.phone.as_deref());
        let ids = |ids: Vec<&str>| ids.join(" ");
        let sections = ids(self.sections.steps().map(Step::id).collect());
        text(
            "sections",
            (self.sections != default.sections).then_some(&sections),
        );
        let start = self.start.id();
        text(
            "start",
            (self.start != self.sections.first()).then_some(start),
        );
        let concerns = ids(self.concerns.iter().map(|c| c.id()).collect());
        text(
            "concerns",
            (self.concerns != default.concerns).then_some(&concerns),
        );
        if let Some(price) = &self.price {
            let (whole, cents) = (price.hundredths / 100, price.hundredths % 100);
            let amount = if cents == 0 {
                whole.to_string()
            } else {
                format!("{whole}.{cents:02}")
            };
            out.push(("price", amount));
            out.push(("currency", price.currency.clone()));
        }
        out
    }
}

/// The setting `name` as text from an attribute lookup: the `data-{name}` attribute, else the
/// `{name}` attribute (a clinic may write either; the prefixed one wins). The one rule for the
/// app's element and the build's pre-render (`examples/prerender.rs`), which reads the page's
/// markup instead of a live element. Always inlined: as a call it cost the wasm about 15 B gzip.
#[inline(always)]
pub fn setting_in(get: impl Fn(&str) -> Option<String>, name: &str) -> Option<String> {
    get(&format!("data-{name}")).or_else(|| get(name))
}

/// The setting `name` as text: the element's `data-{name}` attribute, else its `{name}` attribute.
fn setting(element: Option<&web_sys::Element>, name: &str) -> Option<String> {
    let element = element?;
    setting_in(|name| element.get_attribute(name), name)
}

/// Trims clinic-supplied text; empty text counts as unset.
fn clean_text(value: &str) -> Option<String> {
    let trimmed = value.trim();
    (!trimmed.is_empty()).then(|| trimmed.to_owned())
}

/// Parses an on/off switch attribute.
pub fn parse_switch(value: &str) -> Option<bool> {
    match value.trim().to_ascii_lowercase().as_str() {
        "on" | "true" | "yes" | "1" | "" => Some(true),
        "off" | "false" | "no" | "0" => Some(false),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::concern::Concern;

    fn config_from(pairs: &[(&str, &str)]) -> (Config, Vec<Rejected>) {
        Config::from_attributes(|name| {
            pairs
                .iter()
                .find(|(key, _)| *key == name)
                .map(|(_, value)| (*value).to_owned())
        })
    }

    #[test]
    fn the_clinics_language_else_the_detected_one_else_english() {
        // The page's script's list (`DETECTED`): the first offered tag by primary subtag, never a
        // test pseudo-locale.
        let detected = (DETECTED, "en-XA fr-CA es-MX en");
        let check = |pairs: &[(&str, &str)], lang, rejected| {
            let (config, problems) = config_from(pairs);
            assert_eq!((config.lang, problems.len()), (lang, rejected), "{pairs:?}");
        };
        check(&[detected], Lang::Es, 0);
        check(&[("lang", "en"), detected], Lang::En, 0);
        check(&[("lang", "xx"), detected], Lang::Es, 1);
        check(&[("lang", "xx")], Lang::En, 1);
        check(&[(DETECTED, "fr de")], Lang::En, 0);
    }

    #[test]
    fn no_attributes_give_defaults() {
        let (config, rejected) = config_from(&[]);
        assert_eq!(config, Config::default());
        assert!(config.at_home_allowed);
        assert!(rejected.is_empty());
    }

    #[test]
    fn good_attributes_are_read() {
        let (config, rejected) = config_from(&[
            ("clinic-name", "  Skin Studio "),
            ("booking-url", "https://example.com/book?x=1"),
            ("accent-color", "#0a7"),
            ("lang", "en-GB"),
            ("at-home", "off"),
            ("disclosure", "We sell needling."),
        ]);
        assert!(rejected.is_empty(), "{rejected:?}");
        assert_eq!(config.clinic_name.as_deref(), Some("Skin Studio"));
        assert_eq!(
            config.booking_url.as_ref().map(BookingLink::as_str),
            Some("https://example.com/book?x=1")
        );
        assert_eq!(config.accent_color.as_ref().map(Accent::css), Some("#0a7"));
        assert_eq!(config.lang, Lang::En);
        assert!(!config.at_home_allowed);
        assert!(!config.clinic_options().at_home_allowed);
        assert_eq!(config.disclosure.as_deref(), Some("We sell needling."));
    }

    #[test]
    fn bad_values_fall_back_and_are_reported() {
        let (config, rejected) = config_from(&[
            ("booking-url", "javascript:alert(1)"),
            ("accent-color", "red; background:url(x)"),
            ("lang", "xx"),
            ("at-home", "maybe"),
            ("clinic-name", "   "),
        ]);
        assert_eq!(config, Config::default());
        let names: Vec<_> = rejected.iter().map(|r| r.attribute).collect();
        assert_eq!(names, ["booking-url", "accent-color", "lang", "at-home"]);
        let message = rejected[0].message();
        assert!(message.contains("booking-url") && message.contains("javascript:alert(1)"));
        assert!(message.contains("https://"));
    }

    #[test]
    fn start_must_be_an_entry_step_that_is_shown() {
        let (config, rejected) =
            config_from(&[("sections", "Check result plan"), ("start", "explore")]);
        assert_eq!(
            config.start,
            Step::Check,
            "falls back to the first shown step"
        );
        let names: Vec<_> = rejected.iter().map(|r| r.attribute).collect();
        assert_eq!(names, ["start"]);
        let (config, rejected) = config_from(&[("start", " About ")]);
        assert!(rejected.is_empty());
        assert_eq!(config.start, Step::About);
        let (config, rejected) = config_from(&[("start", "plan"), ("sections", "explore plan")]);
        assert_eq!(
            (config.start, config.sections),
            (Step::Explore, Sections::ALL)
        );
        let names: Vec<_> = rejected.iter().map(|r| r.attribute).collect();
        assert_eq!(names, ["sections", "start"]);
    }

    #[test]
    fn concerns_keep_known_ids_and_are_never_empty() {
        let (config, rejected) = config_from(&[("concerns", "acne-scars, moles rosacea")]);
        assert_eq!(
            config.concerns.iter().collect::<Vec<_>>(),
            [Concern::AcneScars, Concern::Rosacea]
        );
        let bad: Vec<_> = rejected
            .iter()
            .map(|r| (r.attribute, r.value.as_str()))
            .collect();
        assert_eq!(bad, [("concerns", "moles")]);
        for value in ["moles", "", " , "] {
            let (config, rejected) = config_from(&[("concerns", value)]);
            assert_eq!(config.concerns, Concerns::ALL, "{value:?}");
            let last = rejected.last().expect("a warning");
            assert!(last.message().contains("showing all"), "{value:?}");
        }
    }

    #[test]
    fn a_price_needs_a_currency() {
        let (config, rejected) = config_from(&[("price", "120.5"), ("currency", "eur")]);
        assert!(rejected.is_empty(), "{rejected:?}");
        let price = config.price.expect("a price");
        assert_eq!((price.hundredths, price.currency.as_str()), (12_050, "EUR"));
        for (pairs, bad) in [
            (&[("price", "120")][..], ("price", "120")),
            (
                &[("price", "120"), ("currency", "euro")],
                ("currency", "euro"),
            ),
            (&[("price", "£120"), ("currency", "GBP")], ("price", "£120")),
        ] {
            let (config, rejected) = config_from(pairs);
            assert_eq!(config.price, None, "{pairs:?}");
            let named: Vec<_> = rejected
                .iter()
                .map(|r| (r.attribute, r.value.as_str()))
                .collect();
            assert!(named.contains(&bad), "{pairs:?}: {named:?}");
        }
    }

    #[test]
    fn to_attributes_reads_back_to_the_same_config() {
        let mut checked = 0;
        for pairs in [
            &[][..],
            &[
                ("clinic-name", " Skin  Studio "),
                ("booking-url", "https://example.com/book?c={concerns}"),
                ("accent-color", "rgb(0, 90, 160)"),
                ("lang", "EN-gb"),
                ("at-home", "no"),
                ("disclosure", "We sell needling."),
                ("phone", "+44 20 7946 0000"),
                ("sections", "about,check result"),
                ("start", "ABOUT"),
                ("concerns", "pores, acne-scars"),
                ("price", "99.5"),
                ("currency", "eur"),
            ],
            &[
                ("sections", "explore about"),
                ("price", "120"),
                ("currency", "GBP"),
            ],
        ] {
            let (config, rejected) = config_from(pairs);
            assert!(rejected.is_empty(), "{rejected:?}");
            let attributes = config.to_attributes();
            let (again, rejected) = Config::from_attributes(|name| {
                attributes
                    .iter()
                    .find(|(key, _)| *key == name)
                    .map(|(_, value)| value.clone())
            });
            assert!(rejected.is_empty(), "{rejected:?}");
            assert_eq!(again, config, "{attributes:?}");
            checked += attributes.len();
        }
        // Every setting but `lang` (English is the default) in the second set, three in the third.
        assert_eq!(checked, 11 + 3, "every non-default setting was written");
        let (config, _) = config_from(&[("price", "99.5"), ("currency", "eur"), ("lang", "en")]);
        assert_eq!(
            config.to_attributes(),
            [
                ("price", "99.50".to_owned()),
                ("currency", "EUR".to_owned())
            ],
            "canonical values, defaults left out"
        );
    }

    #[test]
    fn switches_accept_on_off() {
        assert_eq!(parse_switch("on"), Some(true));
        assert_eq!(parse_switch("OFF"), Some(false));
        assert_eq!(parse_switch("sometimes"), None);
    }
}
