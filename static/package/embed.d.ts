// TypeScript declarations for <microneedling-explorer>, defined by embed.js (see README.md,
// "Options" and "Events"). Shipped as dist/embed.d.ts; checked by tests/e2e/types.test.mjs.

/** A section of the widget, as events report it. */
export type MneStep = 'explore' | 'check' | 'result' | 'plan' | 'about';

/** The concern ids the `concerns` setting accepts. */
export type MneConcernId =
  | 'acne-scars'
  | 'surgical-scars'
  | 'stretch-marks'
  | 'fine-lines'
  | 'firmness'
  | 'pores'
  | 'pigmentation'
  | 'texture'
  | 'rosacea'
  | 'product-absorption';

/** `detail` of `mne-ready` and `mne-step`: the section now shown (never the visitor's answers). */
export interface MneStepDetail {
  step: MneStep;
}

/** `detail` of `mne-finished`, `mne-booking` and `mne-call`: always empty. */
export type MneEmptyDetail = Record<string, never>;

/** The events the element dispatches; they bubble and are composed. */
export interface MicroneedlingExplorerEventMap {
  'mne-ready': CustomEvent<MneStepDetail>;
  'mne-step': CustomEvent<MneStepDetail>;
  'mne-finished': CustomEvent<MneEmptyDetail>;
  'mne-booking': CustomEvent<MneEmptyDetail>;
  'mne-call': CustomEvent<MneEmptyDetail>;
}

/** A section a widget can show (the `sections` setting). */
export type MneSection = MneStep;

/**
 * Every setting as one object (`element.options`, `MicroneedlingExplorer.mount`): the attribute
 * names in camel case. Read by the same parser as the attributes, with the same defaults and
 * console warnings; `null` or `undefined` leaves a setting to its attribute or default.
 */
export interface MicroneedlingExplorerOptions {
  /** `clinic-name`: shown as text. */
  clinicName?: string | null;
  /** `booking-url`: an http: or https: address, optionally with a `{concerns}` placeholder. */
  bookingUrl?: string | null;
  /** `accent-color`: `#rgb`, `#rrggbb` or `rgb(r, g, b)`. */
  accentColor?: string | null;
  /** `lang`: a supported language tag such as `en`. */
  lang?: string | null;
  /** `at-home`: whether plans may suggest at-home needling. */
  atHome?: boolean | 'on' | 'off' | null;
  /** `disclosure`: the clinic's own disclosure, shown as text on About. */
  disclosure?: string | null;
  /** `phone`: 5 to 15 digits with spaces, `-`, `.`, brackets and a leading `+`. */
  phone?: string | null;
  /** `sections`: the steps to show (a list, or ids separated by commas or spaces). */
  sections?: readonly MneSection[] | string | null;
  /** `start`: the step a visitor starts on. */
  start?: 'explore' | 'check' | 'about' | null;
  /** `concerns`: the concerns the clinic treats (a list, or ids separated by commas or spaces). */
  concerns?: readonly MneConcernId[] | string | null;
  /** `price`: the price of one session (`120`, `99.5` or `'99.50'`); needs `currency`. */
  price?: number | string | null;
  /** `currency`: a three-letter ISO 4217 code such as `GBP`. */
  currency?: string | null;
}

/** One setting the parser did not accept (the default is used), as the console warning names it. */
export interface MneWarning {
  /** The attribute name, or `options` for a key no setting reads. */
  attribute: string;
  /** The value given. */
  value: string;
  /** What is accepted. */
  accepted: string;
  /** The console message. */
  message: string;
}

/** What `MicroneedlingExplorer.check(options)` resolves to. */
export interface MneCheck {
  /** The settings that differ from the defaults, as `[attribute, value]` in canonical form. */
  attributes: Array<[string, string]>;
  /** The values not accepted. */
  warnings: MneWarning[];
  /** Advice that does not reject a value, e.g. an accent with low contrast in one theme. */
  advice: string[];
  /** The language tags the widget speaks. */
  languages: string[];
}

/** The functions `embed.js` puts on `window.MicroneedlingExplorer`. */
export interface MicroneedlingExplorerApi {
  /**
   * Puts a widget configured by `options` at the end of `target` (an element or a CSS selector)
   * and returns it: set `.options` on it to change the settings, remove it to unmount.
   */
  mount(target: Element | string, options?: MicroneedlingExplorerOptions): MicroneedlingExplorerElement;
  /** What the widget makes of `options`, through the same parser (loads the builder's build of the app once). */
  check(options: MicroneedlingExplorerOptions): Promise<MneCheck>;
}

/** A text setting: reads the attribute (or `null`); `null` or `undefined` removes it. */
type TextSetting = string | null | undefined;

/**
 * The `<microneedling-explorer>` element. Each property mirrors the attribute of the same name
 * in kebab case (`clinicName` ↔ `clinic-name`); reading gives the attribute's text or `null`.
 * A bad value logs a console warning and the default is used.
 */
export interface MicroneedlingExplorerElement extends HTMLElement {
  /** `clinic-name`: shown as text. */
  get clinicName(): string | null;
  set clinicName(value: TextSetting);
  /** `booking-url`: an http: or https: address. */
  get bookingUrl(): string | null;
  set bookingUrl(value: TextSetting);
  /** `accent-color`: `#rgb`, `#rrggbb` or `rgb(r, g, b)`. */
  get accentColor(): string | null;
  set accentColor(value: TextSetting);
  /** `at-home`: `on` or `off` (also `true`/`false`). */
  get atHome(): string | null;
  set atHome(value: boolean | 'on' | 'off' | TextSetting);
  /** `disclosure`: the clinic's own disclosure, shown as text on About. */
  get disclosure(): string | null;
  set disclosure(value: TextSetting);
  /** `phone`: 5 to 15 digits with spaces, `-`, `.`, brackets and a leading `+`. */
  get phone(): string | null;
  set phone(value: TextSetting);
  /** `sections`: step ids to show, separated by commas or spaces. */
  get sections(): string | null;
  set sections(value: TextSetting);
  /** `start`: `explore`, `check` or `about`; read when the widget starts. */
  get start(): string | null;
  set start(value: 'explore' | 'check' | 'about' | TextSetting);
  /** `concerns`: the concern ids the clinic treats ({@link MneConcernId}), separated by commas or spaces. */
  get concerns(): string | null;
  set concerns(value: TextSetting);
  /** `price`: the price of one session as a plain number (`120`, `99.50`); needs `currency`. */
  get price(): string | null;
  set price(value: number | TextSetting);
  /** `currency`: a three-letter ISO 4217 code such as `GBP`. */
  get currency(): string | null;
  set currency(value: TextSetting);
  // `lang` is HTMLElement's own property and attribute.
  /**
   * Every setting as one object; its keys win over the attributes. Assign a new object to change
   * it (`el.options = { ...el.options, price: 90 }`); `null` clears it.
   */
  get options(): MicroneedlingExplorerOptions | null;
  set options(value: MicroneedlingExplorerOptions | null | undefined);

  addEventListener<K extends keyof MicroneedlingExplorerEventMap>(
    type: K,
    listener: (this: MicroneedlingExplorerElement, event: MicroneedlingExplorerEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener<K extends keyof HTMLElementEventMap>(
    type: K,
    listener: (this: MicroneedlingExplorerElement, event: HTMLElementEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void;
  removeEventListener<K extends keyof MicroneedlingExplorerEventMap>(
    type: K,
    listener: (this: MicroneedlingExplorerElement, event: MicroneedlingExplorerEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener<K extends keyof HTMLElementEventMap>(
    type: K,
    listener: (this: MicroneedlingExplorerElement, event: HTMLElementEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | EventListenerOptions,
  ): void;
}

declare global {
  /** Defined by `embed.js` (a classic script): `MicroneedlingExplorer.mount(target, options)`. */
  var MicroneedlingExplorer: MicroneedlingExplorerApi;
  interface HTMLElementTagNameMap {
    'microneedling-explorer': MicroneedlingExplorerElement;
  }
  // The events bubble to the document, so a page can listen once for every widget.
  interface DocumentEventMap extends MicroneedlingExplorerEventMap {}
}
