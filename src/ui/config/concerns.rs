//! Which concerns a clinic treats (the `concerns` setting): a set of concerns that is never
//! empty, so the picker always has something to offer.

use crate::core::concern::Concern;

/// A non-empty set of concerns, one bit per position in [`Concern::ALL`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Concerns(u16);

/// What the `concerns` setting accepts, for the console warning.
pub const ACCEPTED: &str =
    "concern ids from acne-scars, surgical-scars, stretch-marks, fine-lines, \
firmness, pores, pigmentation, texture, rosacea, product-absorption, separated by commas or spaces";

impl Concerns {
    /// Every concern (the default).
    pub const ALL: Concerns = Concerns((1 << Concern::ALL.len()) - 1);

    /// Parses a comma- or space-separated list of concern ids (any case). Returns the set and
    /// the ids it did not know; when no id is known the set is `None` and the caller keeps
    /// [`Concerns::ALL`].
    pub fn parse(value: &str) -> (Option<Concerns>, Vec<String>) {
        let mut bits = 0;
        let mut unknown = Vec::new();
        for id in value.split([',', ' ']).filter(|id| !id.is_empty()) {
            match Concern::from_id(&id.to_ascii_lowercase()) {
                Some(concern) => bits |= bit(concern),
                None => unknown.push(id.to_owned()),
            }
        }
        ((bits != 0).then_some(Concerns(bits)), unknown)
    }

    /// Whether the clinic treats `concern`.
    pub fn contains(self, concern: Concern) -> bool {
        self.0 & bit(concern) != 0
    }

    /// The concerns in the set, in display order.
    pub fn iter(self) -> impl Iterator<Item = Concern> {
        Concern::ALL.into_iter().filter(move |c| self.contains(*c))
    }
}

fn bit(concern: Concern) -> u16 {
    let index = Concern::ALL.iter().position(|c| *c == concern).unwrap_or(0);
    1 << index
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_known_ids_and_reports_the_rest() {
        let (set, unknown) = Concerns::parse("Acne-Scars, pores  freckles,,");
        let set = set.expect("two known ids");
        assert_eq!(
            set.iter().collect::<Vec<_>>(),
            [Concern::AcneScars, Concern::Pores]
        );
        assert_eq!(unknown, ["freckles"]);
        assert_eq!(
            Concerns::parse("freckles moles"),
            (None, vec!["freckles".into(), "moles".into()])
        );
        assert_eq!(Concerns::parse(" , "), (None, vec![]));
    }

    #[test]
    fn all_holds_every_concern_and_accepted_names_them() {
        assert_eq!(Concerns::ALL.iter().collect::<Vec<_>>(), Concern::ALL);
        let ids = Concern::ALL.map(Concern::id);
        assert!(ids.iter().all(|id| ACCEPTED.contains(id)), "{ACCEPTED}");
        assert_eq!(Concerns::parse(&ids.join(" ")).0, Some(Concerns::ALL));
    }
}
