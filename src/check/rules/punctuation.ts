import { HAN_CLASS } from '../../fonts/index.js';
import { takesRule } from '../../languages/index.js';
import { stripInlineMarkup } from '../../compose/inline-markup.js';
import type { Catalog } from '../catalog.js';
import { error, type Finding } from '../findings.js';

const ASCII_BETWEEN_HAN = new RegExp(`[${HAN_CLASS}][,.;:!?]|[,.;:!?][${HAN_CLASS}]`, 'u');
const FULL_WIDTH: Record<string, string> = { ',': '，', '.': '。', ';': '；', ':': '：', '!': '！', '?': '？' };

/** Pairs that must balance; ‘’ is left out because ’ is also the English apostrophe. */
const PAIRS: [string, string][] = [
  ['(', ')'],
  ['（', '）'],
  ['“', '”'],
  ['《', '》'],
  ['「', '」'],
  ['『', '』'],
];

function unbalanced(text: string): string | undefined {
  const stack: string[] = [];
  for (const char of text) {
    const opening = PAIRS.find(([open]) => open === char);
    if (opening) {
      stack.push(opening[1]);
      continue;
    }
    if (PAIRS.some(([, close]) => close === char)) {
      if (stack.pop() !== char) return char;
    }
  }
  const open = stack.pop();
  return open === undefined ? undefined : PAIRS.find(([, close]) => close === open)![0];
}

/** Full-width punctuation in Han text; quotes, brackets and 《》 in pairs everywhere. */
export function punctuationRule(catalog: Catalog): Finding[] {
  const findings: Finding[] = [];
  for (const lang of catalog.languages) {
    for (const [key, raw] of catalog.strings[lang]!) {
      const text = stripInlineMarkup(raw);
      const ascii = takesRule(lang, 'punctuation') ? ASCII_BETWEEN_HAN.exec(text) : null;
      if (ascii) {
        const mark = [...ascii[0]].find((c) => c in FULL_WIDTH)!;
        findings.push(error('punctuation', key, lang, `ASCII "${mark}" next to Chinese text ("${ascii[0]}"): use the full-width ${FULL_WIDTH[mark]}`));
      }
      const odd = unbalanced(text);
      if (odd) findings.push(error('punctuation', key, lang, `unbalanced ${odd}: every opening quote or bracket needs its closing partner`));
    }
  }
  return findings;
}
