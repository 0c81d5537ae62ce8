// microneedling-explorer embed loader: defines <microneedling-explorer>. Load it as a classic
// script: <script src="https://your-host/widget/embed.js" defer></script>. See README.md.
// Bundled and minified into dist/embed.js by scripts/build-embed.mjs, which supplies the hashed
// file names of this build as MNE_APP_FILES (esbuild `define`).

import { ATTRS } from './attrs.js';
import { optionPairs } from './options.js';
import { watch } from './watch.js';

/* global MNE_APP_FILES */
/**
 * The app's hashed files, relative to this script:
 * `{ js, wasm, css, packs: { tag: path }, rows }` (`rows`: how many texts a pack of this build
 * holds).
 */
const FILES = MNE_APP_FILES;
const TAG = 'microneedling-explorer';
const LOG = `${TAG}:`;
// Every asset URL resolves from this script's own URL, so it can live on another path or origin.
const base = document.currentScript?.src || document.querySelector('script[src*="embed.js"]')?.src || location.href;
const url = (file) => new URL(file, base).href;
/**
 * The app's pack loader (as in static/boot.js): fetches a locale pack beside this script, parses it
 * with the browser's JSON parser (`{ texts, missing }`: the texts in the English rows' order, null
 * where it lacks one, and the keys it lacks, as scripts/build-locales.mjs writes it), warns on
 * the console about what it lacks (the wasm has no key names) or why it could not be loaded, and
 * calls `done` with its texts as one string joined by U+0001, or with the error (a file that is
 * missing or not JSON is one: the network log says which). The app asks only for languages it
 * has, and this build has a pack for each.
 */
const loadPack = (tag, done) =>
  fetch(url(FILES.packs[tag]))
    .then((r) => r.json())
    .then(({ texts, missing }) => {
      if (texts.length !== FILES.rows) throw new Error(`${texts.length} texts, not ${FILES.rows}`);
      if (missing.length) console.warn(`${LOG} the locale pack ${tag} lacks ${missing.length} texts; English is shown for ${missing.join(', ')}`);
      return texts.join('\x01');
    })
    .catch((error) => (console.warn(`${LOG} the locale pack ${tag} could not be loaded; showing English.`, error), error))
    .then(done);
// The element's own start method, keyed by a symbol: `start` is the name of an attribute property.
const START = Symbol('start');
/** What a visitor reads where the widget should be when its files cannot be loaded or run. */
const NOTICE = 'Sorry, the microneedling explorer could not load here. Reload the page to try again, or contact the clinic.';

// One module load for every element on the page, started by the first one near the viewport.
// It resolves to the app module, or to null after logging the one console error for the page.
let app;
let full;
let runs = 0;
/** Loads and starts one build (`{ js, wasm }`), or logs why not and resolves to null. */
const loadBuild = (files) =>
  import(url(files.js))
    .then(async (module) => {
      await module.default({ module_or_path: url(files.wasm) });
      return module;
    })
    .catch((error) => {
      console.error(
        `${LOG} the widget could not load its files from ${new URL(base).origin}. The server must send ` +
          'Access-Control-Allow-Origin on them (when the page is on another origin), JavaScript as ' +
          'text/javascript and .wasm as application/wasm: see "Hosting" in the README.',
        error,
      );
      return null;
    });
const load = () => (app ||= loadBuild(FILES));
// The second build (scripts/build-kiosk.mjs), the one with checkOptions: loaded by check() alone.
const loadFull = () => (full ||= loadBuild(FILES.full));
let near;
const nearViewport = () =>
  (near ||= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (entry.isIntersecting) {
          near.unobserve(entry.target);
          entry.target[START]();
        }
      }
    },
    { rootMargin: '200px' },
  ));

class Explorer extends HTMLElement {
  static observedAttributes = ATTRS.flatMap((name) => [name, `data-${name}`]);
  #run = 0; // bumped on every start and stop, so a late load does not mount a stopped element
  #handle = null;
  #root = null;
  #options = null;
  #unwatch = null;
  #update = false;

  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
  }

  connectedCallback() {
    // Properties set before this script defined the element shadow the accessors: re-apply them.
    for (const name of PROPS) {
      if (Object.hasOwn(this, name)) {
        const value = this[name];
        delete this[name];
        this[name] = value;
      }
    }
    if (!this.#handle && !this.#run) nearViewport().observe(this);
  }

  disconnectedCallback() {
    // A move (removed and re-inserted in the same task) keeps the app and the visitor's place.
    queueMicrotask(() => this.isConnected || this.#stop());
  }

  attributeChangedCallback() {
    if (!this.#handle || this.#update) return;
    this.#update = true;
    queueMicrotask(() => {
      this.#update = false;
      if (this.#handle) {
        this.#settle();
        this.#handle.configure();
      }
    });
  }

  /**
   * Writes the settings onto the app's own element, which the wasm reads them from as the
   * standalone page's app reads its mount element's: for each setting, the options object's value
   * (options.js; its name and type problems warned), else this element's `data-` or plain
   * attribute, as a plain attribute (no `data-` on the app's element: those are the app's own).
   */
  #settle() {
    const given = new Map(optionPairs(this.#options, (problem) => console.warn(problem.message)));
    for (const name of ATTRS) {
      const value = given.get(name) ?? this.getAttribute(`data-${name}`) ?? this.getAttribute(name);
      if (value === null) this.#root.removeAttribute(name);
      else this.#root.setAttribute(name, value);
    }
    // The languages this visitor may want, first first, for the app to use when the clinic
    // sets none: the clinic page's (the nearest `lang` above this element), then the browser's.
    this.#root.setAttribute('data-mne-detected', [this.parentElement?.closest('[lang]')?.lang, ...navigator.languages].join(' '));
  }

  /**
   * The settings as one object, `{ clinicName, bookingUrl, atHome, price, sections, … }` (the
   * attribute names in camel case; its keys win over the attributes). options.js maps its keys to
   * the attribute names and turns its values into attribute text for the same Rust parser as the
   * attributes: same defaults, same warnings. Assign a new object to change it
   * (`el.options = { ...el.options, price: 90 }`).
   */
  get options() {
    return this.#options;
  }

  set options(value) {
    this.#options = value ?? null;
    this.attributeChangedCallback();
  }

  /** Loads the stylesheet and the app (once per page) and mounts it; called near the viewport. */
  async [START]() {
    const run = (this.#run = ++runs);
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = url(FILES.css);
    const root = (this.#root = document.createElement('div'));
    root.className = 'mne-host';
    this.shadowRoot.replaceChildren(link, root);
    const styled = new Promise((done) => {
      link.onload = link.onerror = done;
    });
    // Kiosk mode is a page of its own (kiosk.html, the second build): this build reads no such setting.
    if (this.matches('[kiosk],[data-kiosk]')) {
      console.warn(`${LOG} ignoring kiosk: kiosk mode is kiosk.html, see "Kiosk mode" in the README.`);
    }
    const [module] = await Promise.all([load(), styled]);
    if (run !== this.#run) return;
    if (!module) return this.#fail(); // load() has logged why
    try {
      this.#unwatch = watch(this.shadowRoot, (name, detail) =>
        this.dispatchEvent(new CustomEvent(`mne-${name}`, { bubbles: true, composed: true, detail })),
      );
      this.#settle();
      this.#handle = module.mountEmbedded(this, root, loadPack);
      // As boot.js does: the page's first Intl formatter loads the browser's locale data (~150 ms
      // at 4x CPU throttle), so make one while idle, not on the visitor's first tick (a browser
      // without requestIdleCallback skips this: the loader's 3 KB budget has no room for more).
      self.requestIdleCallback?.(() => new Intl.NumberFormat(root.firstElementChild?.lang).format(0));
    } catch (error) {
      console.error(`${LOG} the widget could not start.`, error);
      this.#fail();
    }
  }

  /** Never an empty box: a notice in the page's own text style, announced once. */
  #fail() {
    this.#unwatch?.();
    this.#unwatch = null;
    const notice = document.createElement('p');
    notice.setAttribute('role', 'alert');
    notice.textContent = NOTICE;
    notice.style.cssText = 'margin:0;padding:1rem;border:1px solid;border-radius:.5rem';
    this.shadowRoot.replaceChildren(notice);
  }

  #stop() {
    this.#run = 0;
    near?.unobserve(this);
    this.#unwatch?.();
    this.#unwatch = null;
    this.#handle?.destroy();
    this.#handle = null;
    this.shadowRoot.replaceChildren();
  }
}

// JavaScript properties mirror the attributes: el.clinicName = 'Skin Studio'; el.atHome = false.
// (`lang` is the standard HTMLElement property.) null or undefined removes the attribute.
// `options` is listed so a value set before this script ran is applied too.
const PROPS = ['options'];
for (const name of ATTRS) {
  if (name === 'lang') continue;
  const prop = name.replace(/-(.)/g, (_, c) => c.toUpperCase());
  PROPS.push(prop);
  Object.defineProperty(Explorer.prototype, prop, {
    get() {
      return this.getAttribute(name) ?? this.getAttribute(`data-${name}`);
    },
    set(value) {
      if (value == null) this.removeAttribute(name);
      else this.setAttribute(name, value === true ? 'on' : value === false ? 'off' : String(value));
    },
  });
}

/**
 * Puts a widget configured by `options` (as for `el.options`) at the end of `target`, an element
 * or a CSS selector, and returns the element: for frameworks that would rather call a function
 * than write a tag. Set `.options` on it to change the settings; remove it to unmount.
 */
export function mount(target, options = {}) {
  const parent = typeof target === 'string' ? document.querySelector(target) : target;
  if (!(parent instanceof Element)) throw new TypeError(`${LOG} mount() needs an element or a selector that finds one`);
  const element = document.createElement(TAG);
  element.options = options;
  parent.append(element);
  return element;
}

/**
 * What the widget would make of `options`, through the same Rust parser (loads the app once):
 * resolves to `{ attributes: [[name, value]…], warnings: [{ attribute, value, accepted, message }…],
 * advice: [text…], languages: [id…] }`, where `attributes` are the settings that differ from the
 * defaults, in canonical form, and `warnings` the parser's, then options.js's (keys that are no
 * setting, values of no usable type). The embed builder (builder.html) is made of it. It loads
 * the second build (the builder's, with this parser's export), which the widget itself never
 * needs.
 */
export async function check(options) {
  const module = await loadFull();
  if (!module) throw new Error(`${LOG} the widget could not load its files`);
  const problems = [];
  const settings = document.createElement('div');
  for (const [name, text] of optionPairs(options, (problem) => problems.push(problem)) ?? []) settings.setAttribute(name, text);
  const result = module.checkOptions(settings);
  result.warnings.push(...problems);
  return result;
}

if (window.customElements && !customElements.get(TAG)) {
  customElements.define(TAG, Explorer);
  window.MicroneedlingExplorer = Object.freeze({ mount, check });
}
