import type { LanguageChoice } from '../../tree/types.js';

/**
 * Shows one language or all: body[data-show] hides the other languages' cells. One rule per
 * option, generated from the switch, so the stylesheet knows no language by name.
 */
export function languageSwitchStyles(node: LanguageChoice): string {
  const hide = node.options
    .filter((o) => o.value !== 'all')
    .map((o) => `body[data-show="${o.value}"] .pair > [lang]:not([lang="${o.value}"]), body[data-show="${o.value}"] :is(td, th)[lang]:not([lang="${o.value}"]) { display: none; }`);
  return `
.language-switch { position: sticky; top: 0; z-index: 1; display: flex; gap: 0.5rem; align-items: center; justify-content: flex-end; padding: 0.6rem 0; background: #fff; border-bottom: 1px solid #ddd; font-size: 0.9rem; }
.language-switch button { font-family: var(--body-font); font-size: inherit; line-height: inherit; padding: 0.2rem 0.8rem; border: 1px solid #888; border-radius: 3px; background: #fff; color: var(--ink); cursor: pointer; }
.language-switch button[aria-pressed="true"] { background: var(--ink); color: #fff; }
body[data-show]:not([data-show="all"]) .layout-parallel .pair { grid-template-columns: 1fr; }
${hide.join('\n')}
@media print { .language-switch { display: none; } .pair > [lang], :is(td, th)[lang] { display: revert !important; } body .layout-parallel .pair { grid-template-columns: 1fr 1fr !important; } }
`;
}

/** Works from file:// without a server; remembers the choice in localStorage when the browser allows. */
export const languageSwitchScript = `(function () {
  var KEY = 'briefing-languages';
  var buttons = Array.prototype.slice.call(document.querySelectorAll('.language-switch button'));
  function show(value) {
    document.body.setAttribute('data-show', value);
    buttons.forEach(function (b) { b.setAttribute('aria-pressed', String(b.value === value)); });
    try { localStorage.setItem(KEY, value); } catch (e) { /* storage disabled: the choice lasts this visit */ }
  }
  var saved = null;
  try { saved = localStorage.getItem(KEY); } catch (e) { saved = null; }
  show(buttons.some(function (b) { return b.value === saved; }) ? saved : 'all');
  buttons.forEach(function (b) { b.addEventListener('click', function () { show(b.value); }); });
})();`;
