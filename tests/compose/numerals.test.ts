import { describe, expect, it } from 'vitest';
import { createI18n } from '../../src/compose/i18n.js';
import { formatNumber, formatNumberWith } from '../../src/compose/numerals.js';
import { createTranslator } from '../../src/compose/translator.js';
import { loadLocales } from '../../src/source/locales.js';
import { REPO_ROOT } from '../helpers/project.js';

describe('formatNumberWith', () => {
  it('counts in Chinese numerals for the algorithmic numbering systems Intl lacks', () => {
    const hans = [4, 10, 12, 20, 105, 10001].map((n) => formatNumberWith(n, 'zh-CN', { numberingSystem: 'hans' }));
    expect(hans).toEqual(['四', '十', '十二', '二十', '一百零五', '一万零一']);
    expect(formatNumberWith(10001, 'zh-TW', { numberingSystem: 'hant' })).toBe('一萬零一');
  });

  it('leaves every other numbering system and option to Intl', () => {
    expect(formatNumberWith(10, 'zh-CN', { numberingSystem: 'hanidec' })).toBe('一〇');
    expect(formatNumberWith(1234.5, 'en-US', { minimumFractionDigits: 2 })).toBe('1,234.50');
  });
});

describe('formatNumber', () => {
  const translator = async (lang: string) => {
    const resources = await loadLocales(REPO_ROOT, [lang], ['common']);
    return createTranslator(createI18n(resources, 'common'), resources, lang);
  };

  it('takes the style from the shipped locales: the session line in each language', async () => {
    const session = async (lang: string, n: number) => {
      const strings = await translator(lang);
      return strings.text('common:session', { number: formatNumber(n, strings, 'ordinal') });
    };
    expect([await session('zh', 4), await session('zh', 14), await session('en', 14)]).toEqual(['第四次对话', '第十四次对话', 'Session 14']);
  });

  it('names the missing style', async () => {
    const strings = await translator('zh');
    expect(() => formatNumber(4, strings, 'cardinal')).toThrow('locales/zh/common.json: key numbers.cardinal: expected an object of options, found none: add it (see locales/en/common.json)');
  });
});
