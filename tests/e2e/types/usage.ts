// A page's script using the element's types (dist/embed.d.ts), compiled with `tsc --noEmit` by
// tests/e2e/types.test.mjs. Each @ts-expect-error line must fail to compile, so the types
// cannot be loosened to `any` without this test noticing.
import type { MicroneedlingExplorerElement, MneStep } from 'microneedling-explorer';

const widget = document.querySelector('microneedling-explorer');
if (widget) {
  const element: MicroneedlingExplorerElement = widget;
  element.clinicName = 'Glow Skin Clinic';
  element.bookingUrl = null;
  element.atHome = false;
  element.price = 120;
  element.currency = 'GBP';
  element.concerns = 'acne-scars pores';
  const name: string | null = element.clinicName;
  console.log(name);
  element.addEventListener('mne-step', (event) => {
    const step: 'explore' | 'check' | 'result' | 'plan' | 'about' = event.detail.step;
    console.log(step);
  });
  element.addEventListener('mne-finished', (event) => console.log(Object.keys(event.detail).length));
  // @ts-expect-error: not one of the five sections
  const wrong: MneStep = 'nope';
  console.log(wrong);
  // @ts-expect-error: an object is no setting
  element.sections = { explore: true };
}

const made = document.createElement('microneedling-explorer');
made.start = 'check';
// @ts-expect-error: a step a visitor cannot start on
made.start = 5;

document.addEventListener('mne-ready', (event) => console.log(event.detail.step));

// The options object and mount(), as a framework would use them.
import type { MicroneedlingExplorerOptions, MneCheck } from 'microneedling-explorer';

const settings: MicroneedlingExplorerOptions = {
  clinicName: 'Glow Skin Clinic',
  atHome: false,
  price: 99.5,
  currency: 'EUR',
  sections: ['explore', 'check', 'result', 'plan'],
  concerns: ['acne-scars', 'pores'],
};
const mounted = MicroneedlingExplorer.mount('#widget', settings);
mounted.options = { ...mounted.options, price: 90 };
mounted.options = null;
mounted.addEventListener('mne-ready', (event) => console.log(event.detail.step));
window.MicroneedlingExplorer.mount(document.body);
MicroneedlingExplorer.check({ accentColor: '#fff' }).then((result: MneCheck) => {
  for (const [name, value] of result.attributes) console.log(name, value);
  for (const warning of result.warnings) console.log(warning.attribute, warning.message);
});
// @ts-expect-error: not a concern id
const wrongConcern: MicroneedlingExplorerOptions = { concerns: ['moles'] };
console.log(wrongConcern);
// @ts-expect-error: a misspelt setting
const typo: MicroneedlingExplorerOptions = { clinicname: 'x' };
console.log(typo);
// @ts-expect-error: mount needs a target
MicroneedlingExplorer.mount();
