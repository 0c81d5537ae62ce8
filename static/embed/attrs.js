// The clinic settings the widget reads (src/ui/config.rs), as attribute and query-string names:
// embed.js observes them and mirrors them as properties, frame.js copies them from its query.
export const ATTRS = ['clinic-name', 'booking-url', 'accent-color', 'lang', 'at-home', 'disclosure', 'phone', 'sections', 'start', 'concerns', 'price', 'currency'];
