/**
 * A link becomes text: its words, followed by the address in parentheses when the address says
 * something the words do not (a web or mail address that the text does not already show). Links
 * inside the document ("#section-2") and links whose text is the address add nothing.
 */
export function linkText(text: string, url: string | undefined): string {
  if (url === undefined || !/^(?:https?:|mailto:)/i.test(url)) return text;
  const shown = url.replace(/^mailto:/i, '');
  const bare = (address: string): string => address.replace(/^https?:\/\//i, '').replace(/\/$/, '');
  if (text.trim() === '') return shown;
  if (bare(text.trim()) === bare(shown) || text.includes(shown)) return text;
  return `${text} (${shown})`;
}
