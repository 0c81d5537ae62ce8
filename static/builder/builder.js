// The embed builder (dist/builder.html): the form becomes an options object, the widget's own Rust
// parser (check(), from embed.js) says what it makes of it, and the page shows that three ways:
// each warning beside its field, the live preview (the real element, given the parsed settings as
// attributes) and the snippet to copy, made from the same parsed settings. There are no rules
// here: whatever the parser does not accept, it says so and the snippet leaves it out.
// Bundled with the embed loader into dist/builder.js (a classic script) by build-embed.mjs.

import { check } from '../embed/embed.js';
import { ATTRS } from '../embed/attrs.js';

const form = document.getElementById('settings');
const snippet = document.querySelector('[data-snippet]');
const copied = document.querySelector('[data-copied]');
const summary = document.querySelector('[data-summary]');
const TAG = 'microneedling-explorer';
/** Where the widget's files are: beside this page, so the snippet points at this host. */
const HERE = new URL('./', location.href).href;

const camel = (name) => name.replace(/-(.)/g, (_, c) => c.toUpperCase());
const TEXT = ['clinic-name', 'booking-url', 'phone', 'accent-color', 'lang', 'start', 'price', 'currency', 'disclosure'];

/** The options object the form describes: the fields filled in and the choices changed. */
function options() {
  const chosen = {};
  for (const name of TEXT) {
    const value = form.elements[name].value;
    if (value.trim()) chosen[camel(name)] = value;
  }
  if (!form.elements['at-home'].checked) chosen.atHome = false;
  for (const name of ['sections', 'concerns']) {
    const boxes = [...form.querySelectorAll(`input[name="${name}"]`)];
    const ticked = boxes.filter((box) => box.checked).map((box) => box.value);
    if (ticked.length < boxes.length) chosen[name] = ticked;
  }
  return chosen;
}

/** Shows each warning and piece of advice beside its field; returns how many settings are unused. */
function explain(result) {
  for (const message of form.querySelectorAll('[data-msg]')) {
    message.textContent = '';
    message.className = 'b-msg';
  }
  for (const field of form.querySelectorAll('[aria-invalid]')) field.removeAttribute('aria-invalid');
  const say = (name, text, kind) => {
    const message = form.querySelector(`[data-msg="${name}"]`);
    if (!message) return;
    message.textContent = message.textContent ? `${message.textContent} ${text}` : text;
    message.classList.add(kind);
  };
  const unused = new Set();
  for (const warning of result.warnings) {
    unused.add(warning.attribute);
    say(warning.attribute, `Not used: “${warning.value}”. Accepted: ${warning.accepted}. The widget uses its default.`, 'b-warn');
    const field = form.elements[warning.attribute];
    if (field instanceof HTMLElement && 'value' in field) field.setAttribute('aria-invalid', 'true');
  }
  for (const advice of result.advice) say('accent-color', advice, 'b-advice');
  return unused.size;
}

/** Gives `element` exactly the parsed settings as attributes. */
function configure(element, attributes) {
  for (const name of ATTRS) element.removeAttribute(name);
  for (const [name, value] of attributes) element.setAttribute(name, value);
}

const escape = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The code to paste: the custom element with its loader, or the iframe with its sizer. */
function code(attributes, mode) {
  if (mode === 'iframe') {
    const query = new URLSearchParams(attributes).toString();
    const src = `${HERE}frame.html${query ? `?${query}` : ''}`;
    return (
      `<script src="${HERE}embed-frame.js" defer></script>\n` +
      `<iframe data-mne-frame title="Microneedling explorer" src="${escape(src)}"></iframe>\n`
    );
  }
  const set = attributes.map(([name, value]) => ` ${name}="${escape(value)}"`).join('');
  return `<script src="${HERE}embed.js" defer></script>\n<${TAG}${set}></${TAG}>\n`;
}

let last = null;
let pending = 0;
/** Re-reads the form, asks the parser, and updates the messages, the preview and the snippet. */
async function update() {
  const ticket = ++pending;
  const result = await check(options());
  if (ticket !== pending) return; // a newer edit is on its way
  const unused = explain(result);
  summary.textContent = unused
    ? `${unused} ${unused === 1 ? 'setting is' : 'settings are'} not used: see the note beside ${unused === 1 ? 'it' : 'them'}.`
    : '';
  const attributes = result.attributes;
  let preview = document.getElementById('preview');
  // `start` is read when a widget starts: show a change of it on a fresh widget.
  const start = (list) => list?.find(([name]) => name === 'start')?.[1];
  if (last && start(last) !== start(attributes)) {
    const fresh = document.createElement(TAG);
    fresh.id = 'preview';
    preview.replaceWith(fresh);
    preview = fresh;
  }
  configure(preview, attributes);
  last = attributes;
  snippet.value = code(attributes, document.querySelector('input[name="mode"]:checked').value);
  copied.textContent = '';
}

/** The language choices: every language the widget speaks, by name. */
async function languages() {
  const { languages: ids } = await check({});
  const names = new Intl.DisplayNames(['en'], { type: 'language' });
  const select = form.elements.lang;
  select.replaceChildren(
    ...ids.map((id) => {
      const option = document.createElement('option');
      option.value = id;
      option.textContent = `${names.of(id) ?? id} (${id})`;
      return option;
    }),
  );
}

// The colour picker and the text field show the same colour.
const picker = document.getElementById('f-accent-picker');
const accent = form.elements['accent-color'];
picker.addEventListener('input', () => {
  accent.value = picker.value;
  update();
});
accent.addEventListener('input', () => {
  if (/^#[0-9a-f]{6}$/i.test(accent.value.trim())) picker.value = accent.value.trim().toLowerCase();
});

form.addEventListener('input', update);
form.addEventListener('change', update);
form.addEventListener('submit', (event) => event.preventDefault());
for (const radio of document.querySelectorAll('input[name="mode"]')) radio.addEventListener('change', update);

document.getElementById('copy').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(snippet.value);
    copied.textContent = 'Copied. Paste it into your page where the widget should appear.';
  } catch {
    // No clipboard access (an old browser, or permission refused): select it for the keyboard.
    snippet.focus();
    snippet.select();
    copied.textContent = 'Selected: press Ctrl+C (or ⌘C on a Mac) to copy it.';
  }
});

languages().then(update, (error) => {
  summary.textContent = 'The builder could not load the widget. Reload the page to try again.';
  console.error(error);
});
