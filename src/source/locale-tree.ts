/** A locale file's strings: nested objects whose leaves are strings. */
export type LocaleTree = { [key: string]: string | LocaleTree };

/** Every string of a locale tree with its dotted key. */
export function flattenLocale(tree: LocaleTree, prefix = ''): { key: string; text: string }[] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'string' ? [{ key: path, text: value }] : flattenLocale(value, path);
  });
}

/**
 * Looks up a dotted key in a locale tree, through the tree's own keys only: a section id such as
 * "constructor" is a missing string, never a property that every object inherits.
 */
export function localeValue(tree: LocaleTree, key: string): string | LocaleTree | undefined {
  let node: string | LocaleTree | undefined = tree;
  for (const part of key.split('.')) node = typeof node === 'object' && Object.hasOwn(node, part) ? node[part] : undefined;
  return node;
}
