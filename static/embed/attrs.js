// Shared by embed.js and frame.js (scripts/build-embed.mjs pastes it in at ATTRS): the clinic
// settings the widget reads (src/ui/config.rs), as attribute and query-string names.
const ATTRS = ['clinic-name', 'booking-url', 'accent-color', 'lang', 'at-home', 'disclosure', 'phone', 'sections', 'start'];
