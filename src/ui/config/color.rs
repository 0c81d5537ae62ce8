//! The clinic's accent colour: parsed once from `#rgb`, `#rrggbb` or `rgb(r, g, b)`, with the
//! text colour (black or white) that contrasts best with it.

/// A clinic's accent colour: the CSS value as the clinic wrote it (trimmed; it goes into
/// `--mne-accent` as is) and the red, green and blue it stands for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Accent {
    css: String,
    rgb: [u8; 3],
}

impl Accent {
    /// The accent for `#rgb`, `#rrggbb` or `rgb(r, g, b)`; `None` for anything else.
    pub fn parse(value: &str) -> Option<Accent> {
        let css = value.trim();
        parse_color(css).map(|rgb| Accent {
            css: css.to_owned(),
            rgb,
        })
    }

    /// The CSS value, as written.
    pub fn css(&self) -> &str {
        &self.css
    }

    /// The text colour to put on the accent.
    pub fn ink(&self) -> &'static str {
        ink_for(self.rgb)
    }

    /// Advice for each theme whose background the accent stands out from by less than 3:1, the
    /// contrast WCAG 2.2 (1.4.11) asks of the selected answers, bars and borders it colours. The
    /// accent is still used: the embed builder shows the advice beside the field.
    pub fn contrast_advice(&self) -> Vec<String> {
        let accent = luminance(self.rgb);
        SURFACES
            .iter()
            .filter_map(|(theme, surface)| {
                let (hi, lo) = order(accent, luminance(*surface));
                let tenths = ((hi + 0.05) / (lo + 0.05) * 10.0) as u32;
                (tenths < 30).then(|| {
                    format!(
                        "{} has a contrast of {}.{}:1 with the {theme} theme's background, under the 3:1 \
                         that selected answers and bars need to stand out; try a {} shade.",
                        self.css,
                        tenths / 10,
                        tenths % 10,
                        if *theme == "light" { "darker" } else { "lighter" },
                    )
                })
            })
            .collect()
    }
}

/// The backgrounds the accent sits on (`--mne-surface` of static/app.css), light and dark theme.
const SURFACES: [(&str, [u8; 3]); 2] =
    [("light", [0xff, 0xff, 0xff]), ("dark", [0x17, 0x21, 0x20])];

/// The two values, larger first.
fn order(a: f64, b: f64) -> (f64, f64) {
    if a >= b {
        (a, b)
    } else {
        (b, a)
    }
}

/// Parses `#rgb`, `#rrggbb` or `rgb(r, g, b)` (0-255 each) into red, green and blue.
fn parse_color(value: &str) -> Option<[u8; 3]> {
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

/// The relative luminance of a colour (WCAG), 0 for black to 1 for white.
fn luminance(rgb: [u8; 3]) -> f64 {
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
    0.2126 * channel(rgb[0]) + 0.7152 * channel(rgb[1]) + 0.0722 * channel(rgb[2])
}

/// The text colour (`#000` or `#fff`) with the higher contrast on the given background.
fn ink_for(background: [u8; 3]) -> &'static str {
    let luminance = luminance(background);
    // Contrast with black is (L + 0.05) / 0.05, with white 1.05 / (L + 0.05): equal at L ≈ 0.179.
    if (luminance + 0.05) * (luminance + 0.05) > 1.05 * 0.05 {
        "#000"
    } else {
        "#fff"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accents_keep_the_written_value_and_their_ink() {
        let accent = Accent::parse(" #0a7 ").expect("valid");
        assert_eq!((accent.css(), accent.ink()), ("#0a7", "#000"));
        let accent = Accent::parse("rgb(0, 90, 160)").expect("valid");
        assert_eq!((accent.css(), accent.ink()), ("rgb(0, 90, 160)", "#fff"));
        assert_eq!(Accent::parse("red"), None);
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
    fn low_contrast_accents_get_advice_per_theme() {
        let advice = |css| Accent::parse(css).expect("valid").contrast_advice();
        // White on white is 1:1; black on the dark surface about 1.2:1.
        let white = advice("#fff");
        assert_eq!(white.len(), 1, "{white:?}");
        assert!(white[0].contains("1.0:1 with the light theme"), "{white:?}");
        assert!(advice("#000")[0].contains("dark theme"));
        // A mid grey (#767676, 4.5:1 on white) and a mid teal stand out on both.
        assert_eq!(advice("#767676"), Vec::<String>::new());
        assert_eq!(advice("#1a9c8a"), Vec::<String>::new());
        // The light theme's default accent is too dark for the dark theme.
        let default = advice("#0c6b60");
        assert_eq!(default.len(), 1, "{default:?}");
        assert!(default[0].contains("dark theme") && default[0].contains("lighter"));
    }

    #[test]
    fn ink_contrasts_with_the_accent() {
        assert_eq!(ink_for([255, 255, 255]), "#000");
        assert_eq!(ink_for([255, 221, 0]), "#000");
        assert_eq!(ink_for([0, 0, 0]), "#fff");
        assert_eq!(ink_for([0, 90, 160]), "#fff");
    }
}
