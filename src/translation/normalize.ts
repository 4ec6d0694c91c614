/** Comparisons of texts that tools may have re-spaced or re-quoted. */

/** Runs of whitespace as one space, none at the ends. */
export const collapseWhitespace = (text: string): string => text.replace(/\s+/g, ' ').trim();

const QUOTES: Record<string, string> = { '“': '"', '”': '"', '„': '"', '″': '"', '‘': "'", '’': "'", '‚': "'", '′': "'" };

/** The form in which two sources count as the same for the translation memory: spacing and quote style ignored. */
export const matchForm = (text: string): string => collapseWhitespace(text).replace(/[“”„″‘’‚′]/g, (q) => QUOTES[q]!);
