import { expoFamily } from '../fonts/index.js';
import { BULLETS } from './list-marks.js';
import type { Language } from './types.js';
import { zhHans } from './zh-hans.js';

const serif = expoFamily('Noto Serif', 'noto-serif', true);

/** English (locales/en/), the source language: Noto Serif throughout, ragged right. */
export const en: Language = {
  id: 'en',
  tag: 'en',
  officeTag: 'en-US',
  script: 'Latn',
  writing: 'latin',
  fonts: { body: serif, heading: serif },
  glossaryHeading: 'common:glossaryEnglish',
  html: {
    selector: ':root',
    note: '"Briefing Han" holds the Han characters of English text and comes before the system serif: on Linux,\n     Chromium matches "Times New Roman" to Liberation Serif even for Han characters and draws nothing.',
    bodyStack: '"Noto Serif", Georgia, "Briefing Han", "Times New Roman", serif',
    headingStack: '"Noto Serif", Georgia, "Briefing Han", "Times New Roman", serif',
    lineHeight: 1.55,
    measure: '44rem',
    align: 'left',
    nameColumn: '30%',
  },
  // Ragged right: pdfmake's justification spreads space over every break opportunity, which opens gaps after the hyphens of "long-term".
  pdf: { styleKey: 'latin', fontSize: 10.5, lineHeight: 1.3, alignment: 'left' },
  // Left-aligned like the PDF; East Asian fonts are named too, so that Chinese in English text is measured and set as Chinese.
  docx: {
    latinFont: 'Times New Roman',
    eastAsia: zhHans.fonts,
    language: { value: 'en-US', eastAsia: 'zh-CN' },
    eastAsiaHint: false,
    size: 22,
    line: 300,
    alignment: 'left',
  },
  /** 1. / a) / i. — bullets •, ◦, ▪ by level. */
  listMarks: {
    bullets: BULLETS,
    ordered: [
      { format: 'decimal', prefix: '', suffix: '.' },
      { format: 'lower-alpha', prefix: '', suffix: ')' },
      { format: 'lower-roman', prefix: '', suffix: '.' },
    ],
  },
  rules: [],
};
