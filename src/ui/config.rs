//! The clinic's configuration: read from the mount element's attributes, validated, with safe defaults.

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
    /// A validated brand colour (`#rgb`, `#rrggbb` or `rgb(r, g, b)`).
    pub accent_color: Option<String>,
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
}

/// A set of steps to show. About is always in it (it carries the sources and the "education,
/// not medical advice" note), and so are the steps a shown step depends on: the result comes
/// only with the check, and the plan only after both.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sections(u8);

impl Sections {
    /// Every step.
    pub const ALL: Sections = Sections(0b1_1111);

    /// Parses a comma- or space-separated list of step ids; `None` when an id is unknown, the
    /// list is empty, or it breaks the dependencies above.
    pub fn parse(value: &str) -> Option<Sections> {
        let mut bits = 1 << Step::About.index();
        let mut any = false;
        for id in value.split([',', ' ']).filter(|id| !id.is_empty()) {
            let step = Step::ALL.into_iter().find(|s| s.id() == id)?;
            bits |= 1 << step.index();
            any = true;
        }
        let sections = Sections(bits);
        let quiz = sections.shows(Step::Check);
        let consistent =
            quiz == sections.shows(Step::Result) && (quiz || !sections.shows(Step::Plan));
        (any && consistent).then_some(sections)
    }

    /// Whether `step` is shown.
    pub fn shows(self, step: Step) -> bool {
        self.0 & (1 << step.index()) != 0
    }

    /// The shown steps, in journey order.
    pub fn steps(self) -> impl Iterator<Item = Step> {
        Step::ALL.into_iter().filter(move |s| self.shows(*s))
    }

    /// The first shown step.
    pub fn first(self) -> Step {
        self.steps().next().unwrap_or(Step::About)
    }

    /// The nearest shown step before `step`, if any.
    pub fn before(self, step: Step) -> Option<Step> {
        self.steps().take_while(|s| *s != step).last()
    }
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

impl Config {
    /// The clinic options the plan logic needs.
    pub fn clinic_options(&self) -> ClinicOptions {
        ClinicOptions {
            at_home_allowed: self.at_home_allowed,
        }
    }

    /// Builds a configuration from attribute lookups (`get(name)` returns the raw value, if any).
    /// Bad values are left at their defaults and reported in the returned list.
    pub fn from_attributes(get: impl Fn(&str) -> Option<String>) -> (Config, Vec<Rejected>) {
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
            match parse_color(&value) {
                Some(_) => config.accent_color = Some(value.trim().to_owned()),
                None => reject("accent-color", &value, "#rgb, #rrggbb or rgb(r, g, b)"),
            }
        }
        if let Some(value) = get("lang") {
            let code = value.trim();
            let primary = code.split(['-', '_']).next().unwrap_or(code);
            match Lang::from_id(code).or_else(|| Lang::from_id(&primary.to_ascii_lowercase())) {
                Some(lang) => config.lang = lang,
                None => reject("lang", &value, "a supported language code such as en"),
            }
        }
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

    /// Reads the configuration from an element's `data-*` (or plain) attributes, warning on the
    /// console about each rejected value.
    pub fn from_element(element: &web_sys::Element) -> Config {
        let (config, rejected) = Config::from_attributes(|name| {
            element
                .get_attribute(&format!("data-{name}"))
                .or_else(|| element.get_attribute(name))
        });
        for problem in rejected {
            gloo::console::warn!(problem.message());
        }
        config
    }
}

/// Trims clinic-supplied text; empty text counts as unset.
fn clean_text(value: &str) -> Option<String> {
    let trimmed = value.trim();
    (!trimmed.is_empty()).then(|| trimmed.to_owned())
}

/// Accepts a phone number written with digits, spaces, `+`, `-`, `.` and brackets (5 to 15
/// digits, a `+` only first); returns it trimmed.
pub fn parse_phone(value: &str) -> Option<String> {
    let phone = value.trim();
    let digits = phone.chars().filter(char::is_ascii_digit).count();
    let allowed = phone
        .char_indices()
        .all(|(i, c)| c.is_ascii_digit() || " -.()".contains(c) || (c == '+' && i == 0));
    (allowed && (5..=15).contains(&digits)).then(|| phone.to_owned())
}

/// The `tel:` link for a phone number accepted by [`parse_phone`].
pub fn tel_href(phone: &str) -> String {
    let dialled: String = phone
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '+')
        .collect();
    format!("tel:{dialled}")
}

/// Accepts only absolute `http`/`https` addresses with a host and no whitespace or control
/// characters (and a `{concerns}` placeholder only after the host).
pub fn parse_booking_url(value: &str) -> Option<BookingLink> {
    let url = value.trim();
    let lower = url.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))?;
    let host_ok = rest
        .split(['/', '?', '#'])
        .next()
        .is_some_and(|host| !host.is_empty());
    let clean = !url
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '<' || c == '>');
    if !(host_ok && clean) {
        return None;
    }
    BookingLink::new(url)
}

/// Parses `#rgb`, `#rrggbb` or `rgb(r, g, b)` (0-255 each) into red, green and blue.
pub fn parse_color(value: &str) -> Option<[u8; 3]> {
    let value = value.trim();
    if let Some(hex) = value.strip_prefix('#') {
        if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let digit = |i: usize| u8::from_str_radix(&hex[i..=i], 16).ok();
        return match hex.len() {
            3 => Some([digit(0)? * 17, digit(1)? * 17, digit(2)? * 17]),
            6 => {
                let pair = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
                Some([pair(0)?, pair(2)?, pair(4)?])
            }
            _ => None,
        };
    }
    let inner = value
        .strip_prefix("rgb(")
        .or_else(|| value.strip_prefix("RGB("))?
        .strip_suffix(')')?;
    let mut parts = inner.split(',').map(|part| part.trim().parse::<u8>().ok());
    let color = [parts.next()??, parts.next()??, parts.next()??];
    parts.next().is_none().then_some(color)
}

/// The text colour (`#000` or `#fff`) with the higher contrast on the given background.
pub fn ink_for(background: [u8; 3]) -> &'static str {
    // sRGB to linear light; x^2.4 is approximated by x^2 (0.6 + 0.4x), within 0.01 over 0..1,
    // which avoids pulling a `pow` implementation into the bundle.
    let channel = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            let x = (c + 0.055) / 1.055;
            x * x * (0.6 + 0.4 * x)
        }
    };
    let luminance = 0.2126 * channel(background[0])
        + 0.7152 * channel(background[1])
        + 0.0722 * channel(background[2]);
    // Contrast with black is (L + 0.05) / 0.05, with white 1.05 / (L + 0.05): equal at L ≈ 0.179.
    if (luminance + 0.05) * (luminance + 0.05) > 1.05 * 0.05 {
        "#000"
    } else {
        "#fff"
    }
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

    fn config_from(pairs: &[(&str, &str)]) -> (Config, Vec<Rejected>) {
        Config::from_attributes(|name| {
            pairs
                .iter()
                .find(|(key, _)| *key == name)
                .map(|(_, value)| (*value).to_owned())
        })
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
        assert_eq!(config.accent_color.as_deref(), Some("#0a7"));
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
    fn booking_urls_must_be_http_or_https_with_a_host() {
        assert!(parse_booking_url("http://clinic.example").is_some());
        assert!(parse_booking_url("HTTPS://clinic.example/book").is_some());
        for bad in [
            "",
            "clinic.example",
            "ftp://clinic.example",
            "https://",
            "https:///path",
            "data:text/html,hi",
            "https://a.example/\"onmouseover",
            "https://a.example/ b",
            "https://{concerns}.example/",
        ] {
            assert_eq!(parse_booking_url(bad), None, "{bad}");
        }
    }

    #[test]
    fn colours_parse_hex_and_rgb_only() {
        assert_eq!(parse_color("#fff"), Some([255, 255, 255]));
        assert_eq!(parse_color("#0A7f30"), Some([10, 127, 48]));
        assert_eq!(parse_color(" rgb(1, 2,3) "), Some([1, 2, 3]));
        for bad in [
            "",
            "#",
            "#ff",
            "#ffff",
            "#gggggg",
            "rgb(1,2)",
            "rgb(1,2,3,4)",
            "rgb(256,0,0)",
            "red",
            "#fff;x",
            "rgb(1,2,3",
            "#ééé",
        ] {
            assert_eq!(parse_color(bad), None, "{bad}");
        }
    }

    #[test]
    fn ink_contrasts_with_the_accent() {
        assert_eq!(ink_for([255, 255, 255]), "#000");
        assert_eq!(ink_for([255, 221, 0]), "#000");
        assert_eq!(ink_for([0, 0, 0]), "#fff");
        assert_eq!(ink_for([0, 90, 160]), "#fff");
    }

    #[test]
    fn phones_keep_their_spelling_and_dial_digits_only() {
        assert_eq!(
            parse_phone(" +44 (20) 7946-0000 ").as_deref(),
            Some("+44 (20) 7946-0000")
        );
        assert_eq!(tel_href("+44 (20) 7946-0000"), "tel:+442079460000");
        assert_eq!(parse_phone("555.0100").as_deref(), Some("555.0100"));
        for bad in [
            "",
            "1234",
            "1234567890123456",
            "44+1234567",
            "call 555 0100",
            "555<b>0100",
        ] {
            assert_eq!(parse_phone(bad), None, "{bad}");
        }
    }

    #[test]
    fn sections_keep_about_and_the_steps_they_depend_on() {
        let only =
            |value| Sections::parse(value).map(|s| s.steps().map(Step::id).collect::<Vec<_>>());
        assert_eq!(only("explore"), Some(vec!["explore", "about"]));
        assert_eq!(
            only("check, result,plan"),
            Some(vec!["check", "result", "plan", "about"])
        );
        assert_eq!(
            only("explore check result plan about").map(|v| v.len()),
            Some(5)
        );
        for bad in [
            "",
            " , ",
            "quiz",
            "check",
            "result",
            "plan",
            "explore plan",
            "check plan",
        ] {
            assert_eq!(Sections::parse(bad), None, "{bad}");
        }
        let quiz_only = Sections::parse("check result").unwrap();
        assert_eq!(quiz_only.first(), Step::Check);
        assert_eq!(quiz_only.before(Step::About), Some(Step::Result));
        assert_eq!(quiz_only.before(Step::Check), None);
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
    fn switches_accept_on_off() {
        assert_eq!(parse_switch("on"), Some(true));
        assert_eq!(parse_switch("OFF"), Some(false));
        assert_eq!(parse_switch("sometimes"), None);
    }
}
