/**
 * The known correspondence of a translation pair, derived without the aligner: two files whose
 * non-empty lines correspond one to one (checked by the article, section and list numbers both
 * print), and the English text of every locale key traced back to its lines.
 */
import { readFile } from 'node:fs/promises';

/** Letters, digits and Han characters only: spacing, punctuation and Markdown marks aside. */
export const normalize = (text: string): string => text.replace(/<\/?\w+>/g, '').replace(/[^\p{L}\p{N}]/gu, '');

const lines = async (file: string): Promise<string[]> =>
  (await readFile(file, 'utf8'))
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

const HAN_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
/** 1–99 as Chinese numerals (十一, 二十, 三十), for article headings. */
export const hanNumber = (n: number): string => (n < 10 ? HAN_DIGITS[n]! : `${n >= 20 ? HAN_DIGITS[Math.floor(n / 10)] : ''}十${HAN_DIGITS[n % 10]}`);

/** What both lines of a pair number, as printed: "Article 3"/"Section 3" ↔ "第三条", "a." ↔ "a.". */
export function numberingOf(line: string): string | undefined {
  const article = /^(?:#+\s*)?(?:Article|Section)\s+(\d+)/.exec(line) ?? /^(?:#+\s*)?第([一二三四五六七八九十]+)条/.exec(line);
  if (article) return `article ${/\d/.test(article[1]!) ? hanNumber(Number(article[1])) : article[1]}`;
  const marker = /^([a-zA-Z]{1,4}|\d{1,2})\.\s/.exec(line);
  return marker ? `marker ${marker[1]}` : undefined;
}

export interface Reference {
  english: string[];
  translation: string[];
}

/** Line i of one file translates line i of the other; the numbering both print must agree. */
export async function lineParallel(englishFile: string, translationFile: string): Promise<Reference> {
  const english = await lines(englishFile);
  const translation = await lines(translationFile);
  if (english.length !== translation.length) throw new Error(`${englishFile} has ${english.length} lines, ${translationFile} ${translation.length}`);
  english.forEach((line, i) => {
    const [en, other] = [numberingOf(line), numberingOf(translation[i]!)];
    if (en !== other) throw new Error(`line ${i + 1}: “${line.slice(0, 30)}” numbered ${en}, “${translation[i]!.slice(0, 30)}” ${other}`);
  });
  return { english, translation };
}

/**
 * The translation a key's English text should receive: the lines its text is made of (a block
 * may join lines), or the line its text is part of (a block may be part of a line).
 */
export function expectedTranslation(reference: Reference, englishText: string): { text: string; whole: boolean } | undefined {
  const target = normalize(englishText);
  if (target === '') return undefined;
  const normalized = reference.english.map(normalize);
  for (let start = 0; start < normalized.length; start++) {
    if (!target.startsWith(normalized[start]!)) continue;
    let joined = '';
    for (let end = start; end < normalized.length && target.startsWith(joined + normalized[end]!); end++) {
      joined += normalized[end]!;
      if (joined === target) return { text: reference.translation.slice(start, end + 1).map(normalize).join(''), whole: true };
    }
  }
  const containing = normalized.findIndex((line) => line.includes(target));
  return containing === -1 ? undefined : { text: normalize(reference.translation[containing]!), whole: false };
}

/** Whether the translation a key received is the one the reference gives. */
export function isCorrect(expected: { text: string; whole: boolean }, actual: string): boolean {
  const got = normalize(actual);
  return expected.whole ? got === expected.text : got !== '' && expected.text.includes(got);
}
