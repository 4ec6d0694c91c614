/** `line:column` (both from 1) of a character offset in a text, as editors show it. */
export function placeAt(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `${line}:${column}`;
}
