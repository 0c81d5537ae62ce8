//! The clinic's contact settings: the booking link and the phone number, each accepted only in
//! a safe form.

use crate::core::booking::BookingLink;

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

#[cfg(test)]
mod tests {
    use super::*;

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
}
