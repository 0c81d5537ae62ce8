// The locale pack loader: its own module, which static/boot.js imports when the app asks for a pack
// (the English texts beyond the first screen, right after start, or another language's), or at
// once when the language shown first is not English. scripts/build-locales.mjs
// bundles it with this build's packs and row count (MNE_PACKS, esbuild's `define`) into
// dist/locales/packs.<hash>.js and writes that name into static/boot.js's import.
// It fetches a pack, parses its JSON, warns in the console (the wasm has no key names) and joins
// its texts. Each pack is fetched once (a failed one again when asked again), and a pack already
// in is handed over at once (so the render that asks for it shows it: ui/language.rs load).
const { rows, ...packs } = MNE_PACKS;
const loading = {};
const ready = {};
const warn = (tag, what, ...more) => console.warn(`microneedling-explorer: the locale pack ${tag} ${what}`, ...more);

export default (tag, done) =>
  tag in ready
    ? done(ready[tag])
    : (loading[tag] ??= fetch(packs[tag])
        .then((r) => r.json())
        .then(({ texts, missing }) => {
          if (texts.length != rows) throw Error(`${texts.length} texts, not ${rows}`);
          if (missing.length) warn(tag, `lacks ${missing.length} texts; English is shown for ${missing.join(', ')}.`);
          return (ready[tag] = texts.join('\x01'));
        })
        .catch((error) => (delete loading[tag], warn(tag, 'could not be loaded; showing English.', error), error))).then(done);
