// microneedling-explorer iframe page (dist/frame.html): copies the clinic settings from this page's
// query string onto the mount element before the app boots, reports the content height to the
// parent page and mirrors the widget's events to it. Only heights and section names are posted.
// Bundled into dist/frame.js (a classic script) by scripts/build-embed.mjs.

import { ATTRS } from './attrs.js';
import { watch } from './watch.js';

const root = document.getElementById('microneedling-explorer');
const query = new URLSearchParams(location.search);
for (const name of ATTRS) {
  if (query.has(name)) root.setAttribute(name, query.get(name));
}

if (parent !== window) {
  // Any origin may embed the frame, and nothing posted is private: heights and section names.
  const post = (message) => parent.postMessage(message, '*');
  let last = 0;
  const report = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height !== last) post({ type: 'mne-height', height: (last = height) });
  };
  new ResizeObserver(report).observe(document.documentElement);
  watch(root, (name, detail) => post({ type: `mne-${name}`, ...detail }));
}
