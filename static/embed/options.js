// The options object (`element.options`, `mount(target, options)`, `check(options)`) as the text
// the wasm reads: each key beside its value as attribute text. JavaScript only turns values into
// text here; which keys exist and which values are good stays in the one Rust parser
// (src/ui/config/options.rs, `Config::from_attributes`), which warns about the rest. Here, not in
// the wasm, because only the embed loader has an options object: the standalone page's wasm
// carries no code for JavaScript values.

/** Between the fields of the text: key, value, key, value, … (as in a locale pack's text). */
const SEPARATOR = '\x01';
/**
 * A value of no type a setting takes (an object, a function, a symbol, a finer fraction). As a
 * key, it says the options are no object at all; its value is then the options as text, or this
 * mark again. Must match `WRONG` in src/ui/config/options.rs.
 */
export const WRONG = '\x02';
/** The two marks, which no setting's text may hold. */
const CONTROL = /[\x01\x02]/;

/**
 * One value as attribute text: `true`/`false` as the switch words `on`/`off`; a whole number (a
 * safe integer) as its digits, any other number as text with two decimals (a price such as 99.5),
 * by integer arithmetic, or WRONG for finer fractions, negative fractions and non-numbers; a
 * BigInt as its digits; a list as its items separated by spaces (unset items left out, WRONG if
 * any item is); `null` and `undefined` as `undefined` (unset: the attribute or default applies).
 * Text holding the separators is WRONG: no setting takes control characters.
 */
export function settingText(value) {
  if (value === null || value === undefined) return undefined;
  const type = typeof value;
  if (type === 'boolean') return value ? 'on' : 'off';
  if (type === 'bigint') return String(value);
  if (type === 'string') return CONTROL.test(value) ? WRONG : value;
  if (type === 'number') {
    if (Number.isSafeInteger(value)) return String(value);
    const hundredths = value * 100;
    const rounded = Math.floor(hundredths + 0.5);
    if (!(hundredths >= 0 && hundredths < 1e15) || Math.abs(hundredths - rounded) > 1e-6) return WRONG;
    return `${Math.floor(rounded / 100)}.${String(rounded % 100).padStart(2, '0')}`;
  }
  if (!Array.isArray(value)) return WRONG;
  // map and filter skip a list's holes; filter drops the unset items.
  const texts = value.map(settingText).filter((text) => text !== undefined);
  return texts.includes(WRONG) ? WRONG : texts.join(' ');
}

/**
 * The options as the wasm's text, or `undefined` for none (`null`, `undefined`). An object's own
 * enumerable string keys in their order (as `Object.entries` lists them), a `Map` or another
 * iterable of `[key, value]` pairs too; unset values are left out. Options that are no object
 * (text, a number, a function) give the one WRONG key, for the wasm to warn about.
 */
export function optionPairs(options) {
  if (options === null || options === undefined) return undefined;
  let fields = [WRONG, typeof options === 'string' ? settingText(options) : WRONG];
  if (typeof options === 'object') {
    try {
      const object = Symbol.iterator in options ? Object.fromEntries(options) : options;
      fields = Object.entries(object).flatMap(([key, value]) => {
        const text = settingText(value);
        return text === undefined ? [] : [key.replace(/[\x01\x02]/g, '\uFFFD'), text];
      });
    } catch {
      // An iterable of no [key, value] pairs: no object of settings either.
    }
  }
  return fields.join(SEPARATOR);
}
