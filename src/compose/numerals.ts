import Nzh from 'nzh';
import type { Translator } from './translator.js';

/**
 * CLDR's algorithmic numbering systems, which Intl.NumberFormat does not implement: it knows only
 * decimal ones such as `hanidec`, which writes 4 as 四 but 10 as 一〇 where Chinese counts 十.
 */
const ALGORITHMIC: Record<string, (n: number) => string> = {
  hans: (n) => Nzh.cn.encodeS(n), // Simplified Chinese numerals: 十二, 一百零五, 一万零一
  hant: (n) => Nzh.hk.encodeS(n), // Traditional Chinese numerals: 一萬零一
};

/** A number in a locale, with Intl.NumberFormat options; `numberingSystem` may also be `hans` or `hant`. */
export function formatNumberWith(n: number, languageTag: string, options: Intl.NumberFormatOptions): string {
  const algorithmic = options.numberingSystem === undefined ? undefined : ALGORITHMIC[options.numberingSystem];
  return algorithmic ? algorithmic(n) : new Intl.NumberFormat(languageTag, options).format(n);
}

/**
 * A number as the edition's language writes it in one style: the options are data, common:numbers.<style>
 * (`"ordinal": { "numberingSystem": "hans" }` makes the session line 第四次对话 in Chinese, Session 4 in English).
 */
export function formatNumber(n: number, translator: Pick<Translator, 'options' | 'text'>, style: string): string {
  return formatNumberWith(n, translator.text('common:languageTag'), translator.options(`common:numbers.${style}`));
}
