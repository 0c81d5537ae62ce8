//! The guide as structured data: sections of locale keys, the decision options, sources, and
//! the content's date.

/// The date the content was last reviewed (ISO).
pub const CONTENT_DATE: &str = "2026-11-23";

/// A guide section: a heading key `guide.{id}.title` and paragraphs given as locale keys.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Section {
    /// The stable id; the heading is `guide.{id}.title`.
    pub id: &'static str,
    /// The paragraphs, as locale keys, in reading order.
    pub items: &'static [&'static str],
}

/// One option in the decision, including doing nothing. Keys: `guide.option.{id}.name`,
/// `.benefits`, `.downsides`, `.downtime` (benefits and downsides told in equal detail).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DecisionOption {
    /// The stable id.
    pub id: &'static str,
}

/// A source the content draws on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Source {
    /// The locale key of the citation text.
    pub key: &'static str,
}

const SECTIONS: &[Section] = &[
    Section {
        id: "how",
        items: &["guide.how.1", "guide.how.2", "guide.how.3", "guide.how.4"],
    },
    Section {
        id: "evidence",
        items: &["guide.evidence.1", "guide.evidence.2", "guide.evidence.3"],
    },
    Section {
        id: "pro",
        items: &["guide.pro.1", "guide.pro.2", "guide.pro.3", "guide.pro.4"],
    },
    Section {
        id: "home",
        items: &[
            "guide.home.1",
            "guide.home.2",
            "guide.home.3",
            "guide.home.4",
            "guide.home.5",
        ],
    },
    Section {
        id: "before",
        items: &[
            "guide.before.1",
            "guide.before.2",
            "guide.before.3",
            "guide.before.4",
            "guide.before.5",
        ],
    },
    Section {
        id: "day",
        items: &["guide.day.1", "guide.day.2", "guide.day.3", "guide.day.4"],
    },
    Section {
        id: "after",
        items: &[
            "guide.after.1",
            "guide.after.2",
            "guide.after.3",
            "guide.after.4",
            "guide.after.5",
            "guide.after.6",
        ],
    },
    Section {
        id: "course",
        items: &["guide.course.1", "guide.course.2", "guide.course.3"],
    },
    Section {
        id: "long",
        items: &[
            "guide.long.1",
            "guide.long.2",
            "guide.long.3",
            "guide.long.4",
        ],
    },
    Section {
        id: "benefits",
        items: &["guide.benefits.1", "guide.benefits.2", "guide.benefits.3"],
    },
    Section {
        id: "wait",
        items: &[
            "guide.wait.1",
            "guide.wait.2",
            "guide.wait.3",
            "guide.wait.4",
        ],
    },
    Section {
        id: "decision",
        items: &["guide.decision.1", "guide.decision.2", "guide.decision.3"],
    },
    Section {
        id: "downtime",
        items: &["guide.downtime.1", "guide.downtime.2", "guide.downtime.3"],
    },
    Section {
        id: "about",
        items: &[
            "guide.not-advice",
            "guide.quiz-checks",
            "guide.disclosure",
            "guide.review-policy",
        ],
    },
];

const OPTIONS: &[DecisionOption] = &[
    DecisionOption { id: "clinic" },
    DecisionOption { id: "at-home" },
    DecisionOption { id: "other" },
    DecisionOption { id: "nothing" },
];

const SOURCES: &[Source] = &[
    Source {
        key: "source.seed-guide",
    },
    Source {
        key: "source.harris",
    },
    Source { key: "source.chu" },
    Source {
        key: "source.spring",
    },
    Source {
        key: "source.stretch-marks",
    },
    Source { key: "source.aad" },
    Source { key: "source.fda" },
    Source {
        key: "source.ipdas",
    },
];

/// The guide's sections, in reading order.
pub fn sections() -> &'static [Section] {
    SECTIONS
}

/// The options a visitor is choosing between, including other treatments and doing nothing.
pub fn options() -> &'static [DecisionOption] {
    OPTIONS
}

/// The sources behind the content.
pub fn sources() -> &'static [Source] {
    SOURCES
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::date::Date;

    #[test]
    fn content_date_is_a_real_date() {
        assert!(Date::parse_iso(CONTENT_DATE).is_some());
    }

    #[test]
    fn section_items_belong_to_their_section_or_the_about_block() {
        for section in sections() {
            assert!(!section.items.is_empty(), "{}", section.id);
            for item in section.items {
                assert!(item.starts_with("guide."), "{item}");
            }
        }
        let ids: Vec<_> = options().iter().map(|o| o.id).collect();
        assert!(ids.contains(&"nothing") && ids.contains(&"other"));
    }
}
