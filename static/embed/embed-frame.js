// microneedling-explorer iframe host snippet: sizes every <iframe data-mne-frame> to its content
// (no inner scrollbar, nothing clipped) and re-dispatches the widget's events on the iframe
// element as bubbling CustomEvents (mne-ready, mne-step, mne-finished, mne-booking, mne-call).
// It acts only on messages from one of those frames' windows and from the origin of its `src`:
// another frame, the page itself, or the frame navigated elsewhere is ignored.
// Bundled into dist/embed-frame.js (a classic script) by scripts/build-embed.mjs.

const EVENTS = ['mne-ready', 'mne-step', 'mne-finished', 'mne-booking', 'mne-call'];
const frames = () => document.querySelectorAll('iframe[data-mne-frame]');
/** The origin a frame's `src` names (null for a `src` that is no URL). */
const originOf = (frame) => {
  try {
    return new URL(frame.src, location.href).origin;
  } catch {
    return null;
  }
};
const prepare = () => {
  for (const frame of frames()) {
    frame.style.width = '100%';
    frame.style.border = '0';
    frame.style.display = 'block';
  }
};
prepare();
document.addEventListener('DOMContentLoaded', prepare);
addEventListener('message', (event) => {
  const data = event.data;
  if (!data || typeof data.type !== 'string') return;
  for (const frame of frames()) {
    if (event.source !== frame.contentWindow || event.origin !== originOf(frame)) continue;
    if (data.type === 'mne-height') {
      const height = Number(data.height);
      if (height > 0 && height < 100000) frame.style.height = `${Math.ceil(height)}px`;
    } else if (EVENTS.includes(data.type)) {
      const detail = typeof data.step === 'string' ? { step: data.step } : {};
      frame.dispatchEvent(new CustomEvent(data.type, { bubbles: true, composed: true, detail }));
    }
  }
});
