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
  interface HTMLElementTagNameMap {
    'microneedling-explorer': MicroneedlingExplorerElement;
  }
  // The events bubble to the document, so a page can listen once for every widget.
  interface DocumentEventMap extends MicroneedlingExplorerEventMap {}
}
