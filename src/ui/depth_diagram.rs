//! The skin-depth picture: the home needle size (a product size) beside the depths clinic
//! studies used for each chosen concern that has one, over a sketch of the skin's two layers,
//! with the same facts as a list below (and the concerns our sources give no depth for).
//! A plain view function rather than a component: it keeps the bundle small.

use yew::Html;

use crate::core::concern::Concern;
use crate::core::locale::{chrome, ConcernText, Lang};
use crate::core::plan::{studied_depth, AT_HOME_ROUTINE};
use crate::ui::chart::{figure, tag, text, x, Bar, Figure, ROW};
use crate::ui::text::{hundredths, range, t, tenths, tf};

/// Room above the rows for the layer names.
const TOP: i32 = 20;
/// The top layer's width in the sketch (not to scale: the sources give no thickness).
const TOP_LAYER: i32 = 8;

/// The two skin layers behind the bars, named above them.
fn layers(lang: Lang, max: i32, rows: usize) -> String {
    let (start, end) = (x(0, max), x(max, max));
    let height = ROW * rows as i32 + 4;
    let mut out = String::new();
    let top = [
        ("x", start),
        ("y", TOP),
        ("width", TOP_LAYER),
        ("height", height),
    ];
    tag(&mut out, "rect", r#"class="mne-skin-top""#, &top, true);
    let lower = [
        ("x", start + TOP_LAYER),
        ("y", TOP),
        ("width", end - start - TOP_LAYER),
        ("height", height),
    ];
    tag(&mut out, "rect", r#"class="mne-skin-lower""#, &lower, true);
    text(&mut out, start, 13, "", t(lang, chrome::DEPTH_TOP));
    text(
        &mut out,
        end,
        13,
        r#"text-anchor="end""#,
        t(lang, chrome::DEPTH_LOWER),
    );
    out
}

/// The depth picture for the chosen concerns, or nothing when none is chosen.
#[inline(never)]
pub fn depth_diagram(lang: Lang, concerns: &[Concern]) -> Html {
    if concerns.is_empty() {
        return Html::default();
    }
    let mm = |min: u8, max: u8| range(tenths(lang, min), tenths(lang, max));
    // The home needle size is kept in hundredths of a millimetre; the axis is in tenths.
    let (home_min, home_max) = (
        AT_HOME_ROUTINE.needle_min_hundredths_mm,
        AT_HOME_ROUTINE.needle_max_hundredths_mm,
    );
    let home_mm = range(hundredths(lang, home_min), hundredths(lang, home_max));
    let (home_min, home_max) = (home_min / 10, home_max / 10);
    let row = |name: &str, mm: &str| tf(lang, chrome::DEPTH_ROW, &[("name", name), ("mm", mm)]);
    let mut bars = vec![Bar {
        id: "home",
        label: row(t(lang, chrome::DEPTH_HOME), &home_mm),
        from: 0,
        solid_to: home_min.into(),
        to: home_max.into(),
    }];
    let mut facts = vec![(
        "home",
        tf(lang, chrome::DEPTH_HOME_FACT, &[("mm", &home_mm)]),
    )];
    for &concern in concerns {
        let name = t(lang, concern.key(ConcernText::Name));
        let fact = match studied_depth(concern) {
            Some(depth) => {
                let depth_mm = mm(depth.min_tenths_mm, depth.max_tenths_mm);
                bars.push(Bar {
                    id: concern.id(),
                    label: row(name, &depth_mm),
                    from: 0,
                    solid_to: depth.min_tenths_mm.into(),
                    to: depth.max_tenths_mm.into(),
                });
                let args = [("concern", name), ("mm", depth_mm.as_str())];
                tf(lang, chrome::DEPTH_STUDY_FACT, &args)
            }
            None => tf(lang, chrome::DEPTH_NONE_FACT, &[("concern", name)]),
        };
        facts.push((concern.id(), fact));
    }
    // The axis runs to the deepest bar, rounded up to the next half millimetre (at least 1 mm).
    let deepest = bars.iter().map(|b| b.to).max().unwrap_or(0).max(10);
    let max = (deepest + 4) / 5 * 5;
    figure(&Figure {
        id: "depth",
        title: t(lang, chrome::DEPTH_TITLE),
        intro: t(lang, chrome::DEPTH_INTRO),
        top: TOP,
        backdrop: layers(lang, max, bars.len()),
        bars,
        max,
        ticks: (0..=max)
            .step_by(5)
            .map(|v| {
                (
                    v,
                    if v % 10 == 0 {
                        (v / 10).to_string()
                    } else {
                        tenths(lang, v as u8)
                    },
                )
            })
            .collect(),
        axis: t(lang, chrome::DEPTH_AXIS),
        key: [
            t(lang, chrome::DEPTH_KEY_SURE),
            t(lang, chrome::DEPTH_KEY_RANGE),
        ],
        facts,
    })
}
