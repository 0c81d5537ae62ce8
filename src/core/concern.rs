//! Skin concerns the widget explains, with how sure the evidence is and which setting fits each.

/// A skin concern a visitor can pick. Visitor text lives in the locale table under `concern.{id}.*`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Concern {
    /// Pitted (atrophic) acne scars.
    AcneScars,
    /// Scars from surgery or injury.
    SurgicalScars,
    /// Stretch marks.
    StretchMarks,
    /// Fine lines and wrinkles.
    FineLines,
    /// Mildly loose skin.
    Firmness,
    /// Enlarged-looking pores.
    Pores,
    /// Dark spots and sun damage.
    Pigmentation,
    /// Dull or uneven tone and texture.
    Texture,
    /// Rosacea (needs a clinician first).
    Rosacea,
    /// Helping skincare products soak in.
    ProductAbsorption,
}

/// How sure the published evidence is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Evidence {
    /// Several trials agree.
    Strong,
    /// Small trials or mixed quality.
    Moderate,
    /// Reviews and opinion, few or no trials.
    Limited,
}

/// Which setting fits a concern.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SettingFit {
    /// Only a trained practitioner should treat it.
    ProfessionalOnly,
    /// A clinic, or short at-home needles, can both fit.
    ProfessionalOrAtHome,
    /// A clinician should look first.
    ClinicianFirst,
}

impl Concern {
    /// Every concern, in display order.
    pub const ALL: [Concern; 10] = [
        Concern::AcneScars,
        Concern::SurgicalScars,
        Concern::StretchMarks,
        Concern::FineLines,
        Concern::Firmness,
        Concern::Pores,
        Concern::Pigmentation,
        Concern::Texture,
        Concern::Rosacea,
        Concern::ProductAbsorption,
    ];

    /// The stable id, used in locale keys and the page markup.
    pub fn id(self) -> &'static str {
        match self {
            Concern::AcneScars => "acne-scars",
            Concern::SurgicalScars => "surgical-scars",
            Concern::StretchMarks => "stretch-marks",
            Concern::FineLines => "fine-lines",
            Concern::Firmness => "firmness",
            Concern::Pores => "pores",
            Concern::Pigmentation => "pigmentation",
            Concern::Texture => "texture",
            Concern::Rosacea => "rosacea",
            Concern::ProductAbsorption => "product-absorption",
        }
    }

    /// The concern with this stable id, if any.
    pub fn from_id(id: &str) -> Option<Concern> {
        Concern::ALL.into_iter().find(|c| c.id() == id)
    }

    /// How sure the evidence is, graded from the clinical notes:
    /// - acne scars: strong (many trials, reviews agree; the notes' main example);
    /// - surgical scars, stretch marks, fine lines, firmness: moderate (small trials; stretch
    ///   marks about as good as lasers in a 2024 meta-analysis);
    /// - texture: moderate (small trials, mostly alongside scar and ageing studies);
    /// - pigmentation: limited (the notes say moderate-to-weak, mostly as an add-on to creams,
    ///   low-quality evidence; we round down, and show the dark-mark caution);
    /// - pores: limited (no trial found, narrative reviews only);
    /// - rosacea: limited (the guide itself says "in some cases, with caution");
    /// - product absorption: moderate (the skin-channel effect is well shown; the benefit of any
    ///   given product is not).
    pub fn evidence(self) -> Evidence {
        match self {
            Concern::AcneScars => Evidence::Strong,
            Concern::SurgicalScars
            | Concern::StretchMarks
            | Concern::FineLines
            | Concern::Firmness
            | Concern::Texture
            | Concern::ProductAbsorption => Evidence::Moderate,
            Concern::Pores | Concern::Pigmentation | Concern::Rosacea => Evidence::Limited,
        }
    }

    /// Whether short at-home needles may be suggested: only for product absorption and mild
    /// texture. Never for scars, wrinkles or stretch marks.
    #[inline]
    pub fn at_home_suitable(self) -> bool {
        matches!(self, Concern::ProductAbsorption | Concern::Texture)
    }

    /// Whether the concern has a caution (`concern.{id}.caution`): rosacea, dark spots (dark-mark
    /// risk in darker skin), surgical scars (keloids) and product absorption (approved products only).
    pub fn has_caution(self) -> bool {
        matches!(
            self,
            Concern::Rosacea
                | Concern::Pigmentation
                | Concern::SurgicalScars
                | Concern::ProductAbsorption
        )
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

impl Evidence {
    /// Every evidence level, strongest first.
    pub const ALL: [Evidence; 3] = [Evidence::Strong, Evidence::Moderate, Evidence::Limited];

    /// The stable id, used in locale keys.
    pub fn id(self) -> &'static str {
        match self {
            Evidence::Strong => "strong",
            Evidence::Moderate => "moderate",
            Evidence::Limited => "limited",
        }
    }
}

impl SettingFit {
    /// Every setting fit.
    pub const ALL: [SettingFit; 3] = [
        SettingFit::ProfessionalOnly,
        SettingFit::ProfessionalOrAtHome,
        SettingFit::ClinicianFirst,
    ];

    /// The stable id, used in locale keys.
    pub fn id(self) -> &'static str {
        match self {
            SettingFit::ProfessionalOnly => "professional",
            SettingFit::ProfessionalOrAtHome => "professional-or-at-home",
            SettingFit::ClinicianFirst => "clinician-first",
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
        assert_eq!(Concern::AcneScars.evidence(), Evidence::Strong);
        assert_eq!(Concern::StretchMarks.evidence(), Evidence::Moderate);
        assert_eq!(Concern::Pores.evidence(), Evidence::Limited);
        assert_ne!(Concern::Pigmentation.evidence(), Evidence::Strong);
    }
}
