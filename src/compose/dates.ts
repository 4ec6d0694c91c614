import type { Translator } from './translator.js';

/** Formats an ISO date (YYYY-MM-DD) with the edition's Intl locale and the common:dates.format options. */
function dateParts(iso: string, translator: Translator): Record<string, string> {
  const options: Intl.DateTimeFormatOptions = translator.options('common:dates.format');
  const format = new Intl.DateTimeFormat(translator.text('common:languageTag'), { ...options, timeZone: 'UTC' });
  const date = new Date(`${iso}T00:00:00Z`);
  const parts = Object.fromEntries(format.formatToParts(date).map((p) => [p.type, p.value]));
  return { ...parts, full: format.format(date) };
}

export function formatDate(iso: string, translator: Translator): string {
  return dateParts(iso, translator).full!;
}

/**
 * A date range in the edition's language. Intl.formatRange is not used: its Chinese output on
 * Node 20's ICU is "2021/11/17 – 2021/11/18", where a Chinese reader expects 2021年11月17日至18日.
 * The patterns come from common:dates.* so that the wording stays in the locales.
 */
export function formatDateRange(startIso: string, endIso: string, translator: Translator): string {
  if (startIso === endIso) return formatDate(startIso, translator);
  const start = dateParts(startIso, translator);
  const end = dateParts(endIso, translator);
  if (start.year === end.year && start.month === end.month) {
    return translator.text('common:dates.rangeSameMonth', { year: start.year, month: start.month, startDay: start.day, endDay: end.day });
  }
  return translator.text('common:dates.range', { start: start.full, end: end.full });
}
