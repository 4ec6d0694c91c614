import { expoFamily } from '../fonts/index.js';
import { BULLETS } from './list-marks.js';
import type { Language } from './types.js';

const fonts = { body: expoFamily('Noto Serif SC', 'noto-serif-sc'), heading: expoFamily('Noto Sans SC', 'noto-sans-sc') };

/**
 * Simplified Chinese (locales/zh/, mainland usage): a Song face (Noto Serif SC) for body text and a Hei
 * face (Noto Sans SC) for headings, real bold faces, 10.5 pt (五号).
 */
export const zhHans: Language = {
  id: 'zh',
  tag: 'zh-Hans',
  officeTag: 'zh-CN',
  script: 'Hans',
  writing: 'han',
  fonts,
  glossaryHeading: 'common:glossaryChinese',
  html: {
    selector: ':lang(zh)',
    note: 'Chinese: Song body, Hei headings, 1.8 line height, justified; no italics (Han type has none).',
    bodyStack: '"Noto Serif SC", "Source Han Serif SC", "Songti SC", SimSun, serif',
    headingStack: '"Noto Sans SC", "Source Han Sans SC", "PingFang SC", SimHei, sans-serif',
    lineHeight: 1.8,
    measure: '40rem',
    align: 'justify',
    nameColumn: '30%',
  },
  // Justified (every character is a break opportunity, so the space spreads evenly), line height 1.75 as Chinese readers expect.
  pdf: { styleKey: 'han', fontSize: 10.5, lineHeight: 1.75, alignment: 'justify' },
  // Latin runs in Times New Roman; the eastAsia hint makes Word set “”（） in the Chinese font. 1.5 lines.
  docx: {
    latinFont: 'Times New Roman',
    eastAsia: fonts,
    language: { value: 'en-US', eastAsia: 'zh-CN' },
    eastAsiaHint: true,
    size: 21,
    line: 360,
    alignment: 'justify',
    // GB2312, with SimSun and SimHei where a program ignores embedded fonts.
    fontTable: { charset: '86', families: { [fonts.body.name]: { altName: 'SimSun', family: 'roman' }, [fonts.heading.name]: { altName: 'SimHei', family: 'swiss' } } },
  },
  /**
   * Numbered items follow the levels of GB/T 9704 (the national standard for official documents:
   * 一、 （一） 1. （1）); a list inside the text takes its two list levels, 1. and （1） with full-width
   * parentheses, then a. for a rare third level. Chinese typography has no bullet of its own: the marks
   * change by level (•, ◦, ▪) as Chinese word processors offer them.
   */
  listMarks: {
    bullets: BULLETS,
    ordered: [
      { format: 'decimal', prefix: '', suffix: '.' },
      { format: 'decimal', prefix: '（', suffix: '）' },
      { format: 'lower-alpha', prefix: '', suffix: '.' },
    ],
  },
  rules: ['punctuation', 'untranslated', 'terminology', 'style'],
};
