import { describe, expect, it } from 'vitest';
import { createI18n } from '../../src/compose/i18n.js';
import { formatNumber } from '../../src/compose/numerals.js';

describe('formatNumber', () => {
  it('counts in Chinese numerals for the algorithmic numbering systems Intl lacks', () => {
    const hans = [4, 10, 12, 20, 105, 10001].map((n) => formatNumber(n, 'zh', { numberingSystem: 'hans' }));
    expect(hans).toEqual(['四', '十', '十二', '二十', '一百零五', '一万零一']);
    expect(formatNumber(10001, 'zh-Hant', { numberingSystem: 'hant' })).toBe('一萬零一');
  });

  it('leaves every other numbering system and option to Intl', () => {
    expect(formatNumber(10, 'zh', { numberingSystem: 'hanidec' })).toBe('一〇');
    expect(formatNumber(1234.5, 'en', { minimumFractionDigits: 2 })).toBe('1,234.50');
  });

  it('is the number format of locale strings', () => {
    const i18n = createI18n({ zh: { common: { session: '第{{number, number(numberingSystem: hans)}}次对话' } }, en: { common: { session: 'Session {{number}}' } } }, 'common');
    expect(i18n.t('session', { lng: 'zh', number: 14 })).toBe('第十四次对话');
    expect(i18n.t('session', { lng: 'en', number: 14 })).toBe('Session 14');
  });
});
