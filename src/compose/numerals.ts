import Nzh from 'nzh';

/**
 * CLDR's algorithmic numbering systems, which Intl.NumberFormat does not implement: it knows only
 * decimal ones such as `hanidec`, which writes 4 as 四 but 10 as 一〇 where Chinese counts 十.
 */
const ALGORITHMIC: Record<string, (n: number) => string> = {
  hans: (n) => Nzh.cn.encodeS(n), // Simplified Chinese numerals: 十二, 一百零五, 一万零一
  hant: (n) => Nzh.hk.encodeS(n), // Traditional Chinese numerals: 一萬零一
};

/**
 * i18next's `number` format with CLDR's algorithmic numbering systems added, so that a locale can
 * ask for its numerals in data: `第{{number, number(numberingSystem: hans)}}次对话` gives 第四次对话.
 * Every other option goes to Intl.NumberFormat in the string's language.
 */
export function formatNumber(value: unknown, lng: string | undefined, options: Intl.NumberFormatOptions): string {
  const algorithmic = options.numberingSystem === undefined ? undefined : ALGORITHMIC[options.numberingSystem];
  return algorithmic ? algorithmic(Number(value)) : new Intl.NumberFormat(lng, options).format(Number(value));
}
