//! microneedling-explorer: a clinic widget that explains microneedling, screens candidacy and suggests a plan.
pub mod core;
#[cfg(feature = "ui")]
pub mod ui;
