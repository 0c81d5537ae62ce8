//! The native core: concerns, screening, plans, dates, guide content, the healing timeline,
//! "what matters to you" and locale tables. Pure std.

pub mod ask;
pub mod booking;
pub mod concern;
pub mod date;
pub mod guide;
pub mod healing;
pub mod ics;
pub(crate) mod ids;
pub mod locale;
pub(crate) mod order;
pub mod plan;
pub mod screening;
pub mod share;
pub mod values;
