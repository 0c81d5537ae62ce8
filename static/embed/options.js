// The options object (`element.options`, `mount(target, options)`, `check(options)`) as attribute
// settings: each key is mapped to its attribute name against the one list of settings (attrs.js,
// the element's observed attributes; `clinicName` ↔ `clinic-name`) and each value is turned into
// text as the element's properties write them. Only names and types are handled here: which values
// are good is decided by the one attribute parser in Rust (`Config::from_attributes`), which reads
// these (attribute, text) pairs as attributes (embed.js writes them onto the app's own element)
// and warns about a bad value as it does for any attribute. Here, not in the wasm, because only
// the embed has an options object: the standalone page's wasm, which the embed shares, carries no
// code for it.

import { ATTRS } from './attrs.js';

/** The options key (a property name) of an attribute: `clinic-name` → `clinicName`. */
export const camel = (name) => name.replace(/-(.)/g, (_, c) => c.toUpperCase());
const NAMES = new Map(ATTRS.map((name) => [camel(name), name]));

/**
 * One value as attribute text, as the element's properties write it: `true`/`false` as `on`/`off`,
 * text, numbers and BigInts as `String` writes them, a list as its items joined by spaces (unset
 * items left out); `undefined` for `null` and `undefined` (unset: the attribute or default
 * applies), `null` for a value of no type a setting takes (an object, a function, a symbol, or a
 * list holding one). No value is judged here: the Rust parser rejects text it cannot use.
 */
export function settingText(value) {
  if (value === null || value === undefined) return undefined;
  if (Array.isArray(value)) {
    const items = value.map(settingText);
    return items.includes(null) ? null : items.filter((text) => text !== undefined).join(' ');
  }
  if (typeof value === 'boolean') return value ? 'on' : 'off';
  return /^(string|number|bigint)$/.test(typeof value) ? String(value) : null;
}

/** What the settings' keys are, for the warning about a key that is none of them. */
const KEYS = `the setting names in camel case: ${[...NAMES.keys()].join(', ')}`;

/** A problem with the options object, shaped as the wasm's warnings (`check()` lists both). */
const problem = (attribute, value, label, accepted) => ({
  attribute,
  value,
  accepted,
  message: `microneedling-explorer: ignoring ${label}; accepted: ${accepted}.`,
});

/**
 * The options as (attribute, text) pairs, `[['clinic-name', 'Skin Studio'], …]`, or `undefined`
 * for no options (`null`, `undefined`). Keys and values come as `Object.entries` lists them (an
 * object's own enumerable string keys in order), or from a `Map` or another iterable of
 * `[key, value]` pairs; unset values are left out. `warn` is called with each problem
 * (`{ attribute, value, accepted, message }`, as the wasm's warnings) of names and types: a key
 * that is no setting, a value of no usable type, options that are no object.
 */
export function optionPairs(options, warn) {
  if (options === null || options === undefined) return undefined;
  let entries;
  try {
    if (typeof options === 'object') {
      entries = Object.entries(Symbol.iterator in options ? Object.fromEntries(options) : options);
    }
  } catch {
    // An iterable of no [key, value] pairs: no object of settings either.
  }
  if (!entries) {
    const value = typeof options === 'string' ? options : `(${Array.isArray(options) ? 'a list' : typeof options})`;
    const accepted = "an object such as { clinicName: 'Skin Studio', atHome: false }";
    warn(problem('options', value, `options="${value}"`, accepted));
    return undefined;
  }
  const pairs = [];
  for (const [key, value] of entries) {
    const attribute = NAMES.get(key);
    const text = settingText(value);
    if (text === undefined) continue;
    if (!attribute) {
      warn(problem('options', key, `options.${key}, no such setting`, KEYS));
    } else if (text === null) {
      const type = Array.isArray(value) ? 'a list holding a wrong type' : typeof value;
      const label = `options.${key} (${attribute}), a value of the wrong type (${type})`;
      warn(problem(attribute, `(${type})`, label, 'text, a number, true or false, or a list of them'));
    } else {
      pairs.push([attribute, text]);
    }
  }
  return pairs;
}
