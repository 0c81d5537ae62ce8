// The locale pack loader: its own module, which static/boot.js imports only when a language other
// than English is wanted (so an English visitor never downloads it). scripts/build-locales.mjs
// bundles it with this build's packs and row count (MNE_PACKS, esbuild's `define`) into
// dist/locales/packs.<hash>.js and names that file in dist/index.html's <meta name="mne-packs">.
// It fetches a pack, parses its JSON, warns in the console (the wasm has no key names) and joins
// its texts. Each pack is fetched once (a failed one again when asked again), and a pack already
// in is handed over at once (the wasm installs it before its first render then:
// ui/language.rs install_at_hand).
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
