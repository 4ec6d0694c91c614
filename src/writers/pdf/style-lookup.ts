/**
 * pdfmake resolves a text's style property by property for every inline, and a Chinese paragraph is
 * an inline per character: StyleContextStack.getStyleProperty pushes the inline and its named styles
 * onto the style stack, walks the stack (allocating as it goes) and pops them again, about twenty
 * times per inline (font, size, colour, decoration …); a quarter of a bilingual PDF's time.
 *
 * The answer depends only on the stack below the inline and on the inline's own named styles: the
 * inline itself is on top, but it is asked only for properties it does not set (those it sets are
 * answered without the stack). So one stack state answers each property once per set of named
 * styles; the answers are kept while the stack holds the same entries (compared entry by entry,
 * a few of them) and dropped when it changes. Imported by writers/pdf/index.ts before any layout.
 */
import { createRequire } from 'node:module';

type StyleItem = Record<string, unknown> | string;
interface StyleContextStack {
  styleOverrides: unknown[];
}
export interface StyleContextStackClass {
  getStyleProperty(item: StyleItem, stack: StyleContextStack | undefined, property: string, defaultValue: unknown): unknown;
}

const require = createRequire(import.meta.url);
export const StyleContextStackClass = (require('pdfmake/js/StyleContextStack.js') as { default: StyleContextStackClass }).default;
/** pdfmake's own lookup, which the cached one below answers for (exported for the tests that compare the two). */
export const uncachedStyleProperty = StyleContextStackClass.getStyleProperty.bind(StyleContextStackClass);

/** pdfmake's isValue: a property is set unless it is undefined or null. */
const isValue = (value: unknown): boolean => value !== undefined && value !== null;

/** Answers under one state of a stack: its entries then, and the values by named styles and property. */
interface Answers {
  entries: unknown[];
  byStyles: Map<string, Map<string, unknown>>;
}
const answersOf = new WeakMap<StyleContextStack, Answers>();

const sameEntries = (a: readonly unknown[], b: readonly unknown[]): boolean => a.length === b.length && a.every((entry, i) => entry === b[i]);

/** What the stack puts above its state when it resolves `item` (StyleContextStack.autopush): its named styles. */
function stylesKey(item: StyleItem): string {
  if (typeof item === 'string') return '';
  if (typeof item.section !== 'undefined') return '\u0001'; // sections push nothing, not even themselves
  const style = item.style;
  return Array.isArray(style) ? style.join('\u0000') : String(style ?? '');
}

/** StyleContextStack.getStyleProperty, answered from the answers of the stack's state when it has them. */
export function cachedStyleProperty(item: StyleItem, stack: StyleContextStack | undefined, property: string, defaultValue: unknown): unknown {
  if (typeof item !== 'string' && isValue(item[property])) return item[property];
  if (!stack) return defaultValue;
  let answers = answersOf.get(stack);
  if (!answers || !sameEntries(answers.entries, stack.styleOverrides)) {
    answers = { entries: [...stack.styleOverrides], byStyles: new Map() };
    answersOf.set(stack, answers);
  }
  const key = stylesKey(item);
  let values = answers.byStyles.get(key);
  if (!values) answers.byStyles.set(key, (values = new Map()));
  if (!values.has(property)) values.set(property, uncachedStyleProperty(item, stack, property, undefined));
  const value = values.get(property);
  return isValue(value) ? value : defaultValue;
}

StyleContextStackClass.getStyleProperty = cachedStyleProperty;
