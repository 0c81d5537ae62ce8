//! The clinic's price per session (the `price` and `currency` settings), parsed into a typed
//! value; the Plan step turns it into an estimated cost for the course (`ui::cost`).

/// A price per session in a currency, both checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Price {
    /// The amount per session in hundredths (cents, pence): above 0, at most [`MAX`].
    pub hundredths: u32,
    /// An ISO 4217 code: three letters, upper case.
    pub currency: String,
}

/// The highest price per session accepted, in hundredths: anything above is surely a typo.
pub const MAX: u32 = 100_000 * 100;

/// Parses an amount such as `120` or `99.50` (a dot for decimals; no grouping, no symbol) into
/// hundredths. Integer arithmetic only: float parsing would cost the wasm kilobytes.
pub fn parse_amount(value: &str) -> Option<u32> {
    let value = value.trim();
    let (whole, decimals) = value.split_once('.').unwrap_or((value, ""));
    let number = |s: &str| -> Option<u32> {
        let ok = s.bytes().all(|b| b.is_ascii_digit()) && (1..=9).contains(&s.len());
        ok.then(|| s.bytes().fold(0, |n, b| n * 10 + u32::from(b - b'0')))
    };
    let cents = match decimals.len() {
        0 if !value.ends_with('.') => 0,
        1 => number(decimals)? * 10,
        2 => number(decimals)?,
        _ => return None,
    };
    let hundredths = number(whole)?.checked_mul(100)?.checked_add(cents)?;
    (hundredths > 0 && hundredths <= MAX).then_some(hundredths)
}

/// Parses a currency code: three ASCII letters, any case (Intl checks the rest when it formats).
pub fn parse_currency(value: &str) -> Option<String> {
    let code = value.trim();
    (code.len() == 3 && code.bytes().all(|b| b.is_ascii_alphabetic()))
        .then(|| code.to_ascii_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_are_plain_positive_numbers() {
        assert_eq!(parse_amount(" 120 "), Some(12_000));
        assert_eq!(parse_amount("99.5"), Some(9_950));
        assert_eq!(parse_amount("99.05"), Some(9_905));
        assert_eq!(parse_amount("100000"), Some(MAX));
        for bad in [
            "",
            "0",
            "0.00",
            "-5",
            "1,200",
            "£120",
            "12.345",
            "120.",
            ".5",
            "1e3",
            "NaN",
            "100000.01",
            "99999999999",
        ] {
            assert_eq!(parse_amount(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn currencies_are_three_letters() {
        assert_eq!(parse_currency(" gbp"), Some("GBP".into()));
        for bad in ["", "GB", "POUND", "G8P", "£"] {
            assert_eq!(parse_currency(bad), None, "{bad:?}");
        }
    }
}
