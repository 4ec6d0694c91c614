/** One result of `briefing check`. `key` is the locale key of the string at fault (`common:` for UI strings). */
export interface Finding {
  rule: RuleName;
  severity: 'error' | 'warning';
  key: string;
  language: string;
  /** What is wrong and what to do, in one sentence or two. */
  message: string;
  /** For a stale translation: the source text it was made from, and the current one. */
  sourceChange?: { from: string; to: string };
}

export type RuleName =
  | 'structure'
  | 'markup'
  | 'numbers'
  | 'terminology'
  | 'untranslated'
  | 'punctuation'
  | 'style'
  | 'placeholders'
  | 'stale'
  | 'review'
  | 'outputs';

export const error = (rule: RuleName, key: string, language: string, message: string): Finding => ({ rule, severity: 'error', key, language, message });
export const warning = (rule: RuleName, key: string, language: string, message: string): Finding => ({ rule, severity: 'warning', key, language, message });
