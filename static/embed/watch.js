// Watches an app's DOM and reports only section names, never answers, concerns or outcome; used by
// embed.js (events on the element) and frame.js (messages to the parent page).

/**
 * Calls emit('ready', {step}), emit('step', {step}), emit('finished', {}), emit('booking', {}) and
 * emit('call', {}) (the clinic's phone link) as the app under `root` shows them; returns a
 * function that stops watching.
 */
export function watch(root, emit) {
  let step = '';
  let done = false;
  const check = () => {
    const now = root.querySelector('[data-step]')?.getAttribute('data-step');
    if (now && now !== step) {
      emit(step ? 'step' : 'ready', { step: now });
      step = now;
    }
    if (!done && root.querySelector('[data-outcome]')) {
      done = true;
      emit('finished', {});
    }
  };
  const click = (event) => {
    if (event.target.closest?.('a[data-booking]')) emit('booking', {});
    if (event.target.closest?.('a[data-phone]')) emit('call', {});
  };
  const observer = new MutationObserver(check);
  observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-step', 'data-outcome'] });
  root.addEventListener('click', click);
  check();
  return () => {
    observer.disconnect();
    root.removeEventListener('click', click);
  };
}
