/** The files an import writes, laid out like the hand-made ones so that people can edit them. */
import { Document, isScalar, isSeq, visit } from 'yaml';
import type { LocaleTree } from '../source/locales.js';
import type { AgreementData } from './agreement.js';

/** Top-level groups of an agreement's locale file, in the order of the hand-made one. */
const LOCALE_GROUPS = ['meta', 'venues', 'organizations', 'sections', 'blocks', 'delegations', 'people'];

/** Block style for the outline, flow style ({ id: x, type: paragraph }) for maps of plain values, one per line. */
export function agreementYaml(agreement: AgreementData, header: string): string {
  const document = new Document(agreement);
  document.commentBefore = header;
  visit(document, {
    Map(_, map) {
      if (map.items.every((pair) => isScalar(pair.value) || (isSeq(pair.value) && pair.value.items.every(isScalar)))) map.flow = true;
    },
    Seq(_, seq) {
      if (seq.items.every(isScalar)) seq.flow = true;
    },
  });
  return document.toString({ lineWidth: 0 });
}

export function localeJson(tree: LocaleTree): string {
  const rank = (key: string): number => (LOCALE_GROUPS.includes(key) ? LOCALE_GROUPS.indexOf(key) : LOCALE_GROUPS.length);
  const ordered = Object.fromEntries(Object.entries(tree).sort(([a], [b]) => rank(a) - rank(b)));
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

/** A locale tree from dotted keys ("people.blair.name"). */
export function localeTree(entries: Iterable<[string, string]>): LocaleTree {
  const tree: LocaleTree = {};
  for (const [key, value] of entries) {
    const parts = key.split('.');
    let node = tree;
    for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as LocaleTree;
    node[parts.at(-1)!] = value;
  }
  return tree;
}
