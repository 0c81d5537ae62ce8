//! Kiosk mode, a setting of the app's own page (not of an embedded widget): one device in a
//! clinic serves many visitors, so nothing of one visitor may reach the next. The `kiosk`
//! attribute turns it on; `kiosk-timeout` sets the seconds without input before the warning.
//! Only the `kiosk` feature's build (the kiosk page's) has this module: the ordinary build
//! (index.html, embed.js) reads no kiosk setting at all, and `embed.js` says on the console that
//! an embedded widget ignores one.

use super::{parse_switch, Rejected};

/// Seconds without input before the warning, unless the page says otherwise (3 minutes).
pub const DEFAULT_TIMEOUT: u32 = 180;
/// The shortest timeout accepted: short enough for a test, long enough to be usable at all.
pub const MIN_TIMEOUT: u32 = 2;
/// The longest timeout accepted (an hour): longer would leave answers on screen for the next
/// visitor.
pub const MAX_TIMEOUT: u32 = 3600;
/// The longest the warning waits for "I'm still here" (WCAG 2.2.1 asks for at least 20 s).
pub const MAX_GRACE: u32 = 30;

/// Kiosk mode is on, with its timing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Kiosk {
    /// Seconds without input before the warning opens.
    pub timeout: u32,
}

impl Kiosk {
    /// Seconds the warning waits for "I'm still here" before everything is removed: the
    /// timeout itself, at most [`MAX_GRACE`] (so 30 s with any timeout of 30 s or more).
    pub fn grace(self) -> u32 {
        self.timeout.min(MAX_GRACE)
    }

    /// Reads kiosk mode from attribute lookups (`get(name)` gives the raw value, if any): `None`
    /// when it is off. Bad values are reported and replaced by the default (kiosk stays off
    /// for an unreadable `kiosk`, the timeout stays 180 s for an unreadable `kiosk-timeout`).
    pub fn from_attributes(get: impl Fn(&str) -> Option<String>) -> (Option<Kiosk>, Vec<Rejected>) {
        let mut rejected = Vec::new();
        let on = get("kiosk").is_some_and(|value| {
            parse_switch(&value).unwrap_or_else(|| {
                rejected.push(Rejected {
                    attribute: "kiosk",
                    value,
                    accepted: "on or off (or the attribute alone)",
                });
                false
            })
        });
        let mut timeout = DEFAULT_TIMEOUT;
        if let Some(value) = get("kiosk-timeout") {
            match value.trim().parse::<u32>() {
                Ok(seconds) if (MIN_TIMEOUT..=MAX_TIMEOUT).contains(&seconds) => timeout = seconds,
                _ => rejected.push(Rejected {
                    attribute: "kiosk-timeout",
                    value,
                    accepted: "whole seconds from 2 to 3600 (20 or more in use)",
                }),
            }
        }
        (on.then_some(Kiosk { timeout }), rejected)
    }

    /// Reads kiosk mode from the element the app is configured from, warning on the console
    /// about each rejected value; only a page the app owns (`standalone`) may be a kiosk, so
    /// elsewhere the setting is ignored with a warning.
    pub fn from_element(element: &web_sys::Element, standalone: bool) -> Option<Kiosk> {
        let (kiosk, rejected) = Kiosk::from_attributes(|name| {
            element
                .get_attribute(&format!("data-{name}"))
                .or_else(|| element.get_attribute(name))
        });
        for problem in rejected {
            gloo::console::warn!(problem.message());
        }
        if kiosk.is_some() && !standalone {
            gloo::console::warn!(
                "microneedling-explorer: ignoring kiosk: kiosk mode is for the app's own page (index.html), not an embedded widget."
            );
            return None;
        }
        kiosk
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kiosk_from(pairs: &[(&str, &str)]) -> (Option<Kiosk>, Vec<&'static str>) {
        let (kiosk, rejected) = Kiosk::from_attributes(|name| {
            pairs
                .iter()
                .find(|(key, _)| *key == name)
                .map(|(_, value)| (*value).to_owned())
        });
        (kiosk, rejected.iter().map(|r| r.attribute).collect())
    }

    #[test]
    fn off_unless_asked_and_the_attribute_alone_turns_it_on() {
        assert_eq!(kiosk_from(&[]), (None, vec![]));
        assert_eq!(kiosk_from(&[("kiosk-timeout", "60")]), (None, vec![]));
        assert_eq!(kiosk_from(&[("kiosk", "off")]), (None, vec![]));
        let on = Some(Kiosk { timeout: 180 });
        assert_eq!(kiosk_from(&[("kiosk", "")]), (on, vec![]));
        assert_eq!(kiosk_from(&[("kiosk", "On")]), (on, vec![]));
    }

    #[test]
    fn the_timeout_is_read_in_bounds_and_bad_values_keep_the_default() {
        let (kiosk, rejected) = kiosk_from(&[("kiosk", ""), ("kiosk-timeout", " 2 ")]);
        assert_eq!((kiosk, rejected), (Some(Kiosk { timeout: 2 }), vec![]));
        let mut refused = 0;
        for bad in ["1", "3601", "-5", "2.5", "3m", "", "99999999999"] {
            let (kiosk, rejected) = kiosk_from(&[("kiosk", ""), ("kiosk-timeout", bad)]);
            assert_eq!(
                kiosk,
                Some(Kiosk {
                    timeout: DEFAULT_TIMEOUT
                }),
                "{bad:?}"
            );
            assert_eq!(rejected, ["kiosk-timeout"], "{bad:?}");
            refused += 1;
        }
        assert_eq!(refused, 7);
        assert_eq!(kiosk_from(&[("kiosk", "maybe")]), (None, vec!["kiosk"]));
    }

    #[test]
    fn the_warning_waits_at_most_thirty_seconds_and_never_longer_than_the_timeout() {
        assert_eq!(Kiosk { timeout: 180 }.grace(), 30);
        assert_eq!(Kiosk { timeout: 30 }.grace(), 30);
        assert_eq!(Kiosk { timeout: 2 }.grace(), 2);
    }
}
