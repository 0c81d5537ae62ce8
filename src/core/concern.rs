//! Skin concerns the widget explains, with how sure the evidence is and which setting fits each.

use crate::core::ids::stable_ids;

stable_ids! {
    /// A skin concern a visitor can pick. Visitor text lives in the locale table under
    /// `concern.{id}.*`; `ALL` is the display order.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum Concern {
        /// Pitted (atrophic) acne scars.
        AcneScars = "acne-scars",
        /// Scars from surgery or injury.
        SurgicalScars = "surgical-scars",
        /// Stretch marks.
        StretchMarks = "stretch-marks",
        /// Fine lines and wrinkles.
        FineLines = "fine-lines",
        /// Mildly loose skin.
        Firmness = "firmness",
        /// Enlarged-looking pores.
        Pores = "pores",
        /// Dark spots and sun damage.
        Pigmentation = "pigmentation",
        /// Dull or uneven tone and texture.
        Texture = "texture",
        /// Rosacea (needs a clinician first).
        Rosacea = "rosacea",
        /// Helping skincare products soak in.
        ProductAbsorption = "product-absorption",
    }
}

stable_ids! {
    /// How sure the published evidence is, in the grades the clinical notes give; `ALL` is
    /// surest first.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub enum Evidence {
        /// Many small studies, few with a comparison group (scars: a review of 58 studies).
        ManySmallStudies = "many-small-studies",
        /// A few small trials (stretch marks: a 2024 meta-analysis of small trials).
        SmallTrials = "small-trials",
        /// Moderate to weak: mostly as an add-on to creams, low-quality evidence.
        ModerateToWeak = "moderate-to-weak",
        /// Weak: no trial found, named only in narrative reviews.
        Weak = "weak",
        /// Our sources give no grade and no figures for this use.
        NotGraded = "not-graded",
    }
}

stable_ids! {
    /// Which setting fits a concern.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub enum SettingFit {
        /// Only a trained practitioner should treat it.
        ProfessionalOnly = "professional",
        /// A clinic, or short at-home needles, can both fit.
        ProfessionalOrAtHome = "professional-or-at-home",
        /// A clinician should look first.
        ClinicianFirst = "clinician-first",
    }
}

impl Concern {
    /// How sure the evidence is, exactly as the clinical notes grade it: acne and surgical
    /// scars, many small studies (the scar review covers both); stretch marks, a few small
    /// trials; pigmentation, moderate to weak; pores, weak. The notes grade nothing else, so
    /// the rest show "not graded" rather than a grade we made up.
    pub fn evidence(self) -> Evidence {
        match self {
            Concern::AcneScars | Concern::SurgicalScars => Evidence::ManySmallStudies,
            Concern::StretchMarks => Evidence::SmallTrials,
            Concern::Pigmentation => Evidence::ModerateToWeak,
            Concern::Pores => Evidence::Weak,
            Concern::FineLines
            | Concern::Firmness
            | Concern::Texture
            | Concern::Rosacea
            | Concern::ProductAbsorption => Evidence::NotGraded,
        }
    }

    /// Whether short at-home needles may be suggested: only for product absorption and mild
    /// texture. Never for scars, wrinkles or stretch marks.
    #[inline]
    pub fn at_home_suitable(self) -> bool {
        matches!(self, Concern::ProductAbsorption | Concern::Texture)
    }

    /// Which setting fits this concern.
    pub fn setting_fit(self) -> SettingFit {
        match self {
            Concern::Rosacea => SettingFit::ClinicianFirst,
            c if c.at_home_suitable() => SettingFit::ProfessionalOrAtHome,
            _ => SettingFit::ProfessionalOnly,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_are_unique() {
        for c in Concern::ALL {
            assert_eq!(Concern::from_id(c.id()), Some(c));
        }
        let mut ids: Vec<_> = Concern::ALL.iter().map(|c| c.id()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), Concern::ALL.len());
        assert_eq!(Concern::from_id("wrinkles"), None);
    }

    #[test]
    fn at_home_only_for_absorption_and_texture() {
        let at_home: Vec<_> = Concern::ALL
            .into_iter()
            .filter(|c| c.at_home_suitable())
            .collect();
        assert_eq!(at_home, [Concern::Texture, Concern::ProductAbsorption]);
        for c in [
            Concern::AcneScars,
            Concern::SurgicalScars,
            Concern::StretchMarks,
            Concern::FineLines,
        ] {
            assert_eq!(c.setting_fit(), SettingFit::ProfessionalOnly);
        }
        assert_eq!(Concern::Rosacea.setting_fit(), SettingFit::ClinicianFirst);
    }

    #[test]
    fn evidence_follows_the_clinical_notes() {
        assert_eq!(Concern::AcneScars.evidence(), Evidence::ManySmallStudies);
        assert_eq!(Concern::StretchMarks.evidence(), Evidence::SmallTrials);
        assert_eq!(Concern::Pigmentation.evidence(), Evidence::ModerateToWeak);
        assert_eq!(Concern::Pores.evidence(), Evidence::Weak);
        assert_eq!(Concern::FineLines.evidence(), Evidence::NotGraded);
    }
}
