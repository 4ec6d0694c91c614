import { cjkValue } from './markers.js';
import { MONTHS } from './vocabulary.js';

export interface DateRange {
  start: string;
  end: string;
}

/**
 * The dates of a date line: "November 17-18, 2021", "November 30 – December 1, 2021",
 * "17 and 18 November 2021", "2021-11-17", "2021年11月17日至18日", "一九七九年一月一日". Returns ISO
 * dates, or undefined when the line is not one date or one range.
 */
export function parseDateRange(line: string): DateRange | undefined {
  // A number glued to a stray mark ("~9 September", as OCR reads "29") is not a day to trust.
  if (/[~^#@|]\d|\d[~^#@|]/.test(line)) return undefined;
  const chinese = chineseDateRange(withArabicNumerals(line));
  if (chinese !== null) return chinese;
  const iso = [...line.matchAll(/\b(\d{4})-(\d{2})-(\d{2})\b/g)].map((m) => ({ year: +m[1]!, month: +m[2]! - 1, day: +m[3]! }));
  if (iso.length > 0) return range(iso[0]!, iso.at(-1)!);
  const years: number[] = [];
  const months: number[] = [];
  const days: number[] = [];
  for (const token of line.toLowerCase().match(/[a-z]+|\d+/g) ?? []) {
    if (/^\d{4}$/.test(token)) years.push(+token);
    else if (/^\d{1,2}$/.test(token)) days.push(+token);
    else if (/^\d/.test(token)) return undefined; // another number: not a date line
    else {
      const month = MONTHS.findIndex((name) => token.length >= 3 && name.startsWith(token));
      if (month !== -1) months.push(month);
    }
  }
  const oneOrTwo = (values: number[]): boolean => values.length === 1 || values.length === 2;
  if (!oneOrTwo(years) || !oneOrTwo(months) || !oneOrTwo(days)) return undefined;
  return range({ year: years[0]!, month: months[0]!, day: days[0]! }, { year: years.at(-1)!, month: months.at(-1)!, day: days.at(-1)! });
}

/** 一九七九年一月一日 → 1979年1月1日: Chinese numerals before 年, 月 and 日 as digits. */
export const withArabicNumerals = (line: string): string =>
  line.replace(/([〇零一二三四五六七八九十]+)(?=[年月日号])/gu, (numeral: string) => String(cjkValue(numeral)));

/**
 * "2021年11月17日", "2021年11月17日至18日", "2021年11月30日至12月1日": a Chinese date or range;
 * null when the line has no 年…月…日 date (then other forms are tried).
 */
function chineseDateRange(line: string): DateRange | undefined | null {
  const m = /^\D*?(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号](?:\s*(?:至|到|[-–—~～])\s*(?:(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*)?(\d{1,2})\s*[日号])?[^\d]*$/u.exec(line);
  if (!m) return /\d\s*年\s*\d{1,2}\s*月/u.test(line) ? undefined : null;
  const start = { year: +m[1]!, month: +m[2]! - 1, day: +m[3]! };
  const end = m[6] === undefined ? start : { year: m[4] ? +m[4] : start.year, month: m[5] ? +m[5] - 1 : start.month, day: +m[6] };
  return range(start, end);
}

interface Day {
  year: number;
  month: number;
  day: number;
}

function range(start: Day, end: Day): DateRange | undefined {
  const [from, to] = [isoDate(start), isoDate(end)];
  return from !== undefined && to !== undefined && from <= to ? { start: from, end: to } : undefined;
}

/** Undefined for days that do not exist (February 30). */
function isoDate({ year, month, day }: Day): string | undefined {
  const date = new Date(Date.UTC(year, month, day));
  if (date.getUTCMonth() !== month || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

/** Today in the local calendar, as an ISO date. */
export function localIsoDate(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
