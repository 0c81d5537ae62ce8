//! The native core: concerns, screening, plans, dates, guide content and locale tables. Pure std.

pub mod ask;
pub mod booking;
pub mod concern;
pub mod date;
pub mod guide;
pub mod ics;
pub(crate) mod ids;
pub mod locale;
pub(crate) mod order;
pub mod plan;
pub mod screening;
pub mod share;
