/**
 * The test documents the importer reads: a Word file made from the 2021 agreement's text, and a
 * plain-text translation made from the hand-made structure and its Chinese strings.
 */
import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, Tab, TextRun } from 'docx';
import { localeValue, type LocaleTree } from '../../../src/source/locales.js';
import type { Agreement, Block, ListItem } from '../../../src/source/schema.js';

/** "a **b** c" → runs, the starred part bold. */
const runs = (text: string): TextRun[] => text.split('**').map((part, i) => new TextRun({ text: part, bold: i % 2 === 1 }));

/**
 * The agreement's text as a Word author would set it: Title and Subtitle styles, Heading 1,
 * bullet numbering (sub-items one level deeper), bold runs, "Name<TAB>Position" lines. Paragraphs
 * stay as the text has them, so the page-broken paragraph is two Word paragraphs here too.
 */
export async function docxFromText(text: string, { subItems }: { subItems: string[] }): Promise<Buffer> {
  const paragraphs = text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  const children: Paragraph[] = [];
  paragraphs.forEach((para, index) => {
    const lines = para.split('\n');
    if (index === 0) return children.push(new Paragraph({ text: para, style: 'Title' }));
    if (index === 1) return children.push(new Paragraph({ text: para, style: 'Subtitle' }));
    for (const line of lines) {
      if (line.startsWith('- ')) {
        const level = subItems.some((start) => line.slice(2).startsWith(start)) ? 1 : 0;
        children.push(new Paragraph({ children: runs(line.slice(2)), numbering: { reference: 'bullets', level } }));
      } else if (line.includes('\t')) {
        const [name, position] = line.split('\t');
        children.push(new Paragraph({ children: [new TextRun({ children: [name!, new Tab(), position!] })] }));
      } else if (index > 2 && lines.length === 1 && line.length < 100 && !/[.:]$/.test(line)) {
        children.push(new Paragraph({ text: line, heading: HeadingLevel.HEADING_1 }));
      } else {
        // The rest of a paragraph that a page break cut starts the next page.
        children.push(new Paragraph({ children: runs(line), pageBreakBefore: /^[a-z]/.test(line) }));
      }
    }
  });
  const bullet = (level: number, glyph: string) => ({
    level,
    format: LevelFormat.BULLET,
    text: glyph,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
  });
  const document = new Document({
    numbering: { config: [{ reference: 'bullets', levels: [bullet(0, '•'), bullet(1, '◦')] }] },
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}

/**
 * An agreement in one language as plain text, the way the English source text is laid out: title
 * lines, headings on their own lines, "- " items (sub-items indented), "Name<TAB>Position" lines.
 */
export function textFromLocale(agreement: Agreement, strings: LocaleTree, dateLine: string): string {
  const t = (key: string): string => {
    const value = localeValue(strings, key);
    if (typeof value !== 'string') throw new Error(`no string ${key}`);
    return value.replace(/<\/?strong>/g, '**');
  };
  const items = (list: ListItem[], indent: string): string[] => list.flatMap((item) => [`${indent}- ${t(`blocks.${item.id}`)}`, ...items(item.items ?? [], `${indent}  `)]);
  const blocks = (list: Block[]): string[] =>
    list.flatMap((block) => {
      if (block.type === 'paragraph') return [t(`blocks.${block.id}`)];
      if (block.type === 'list') return [items(block.items, '').join('\n')];
      if (block.type === 'table') return block.rows.map((row) => row.map((cell) => t(`blocks.${cell}`)).join('\t'));
      return [t(`blocks.${block.id}`), ...blocks(block.blocks)];
    });
  const parts = [
    t('meta.dialogue'),
    t('meta.title'),
    `${dateLine}\n${t(`venues.${agreement.venue}`)}`,
    ...agreement.sections.flatMap((section) => [...(section.untitled ? [] : [t(`sections.${section.id}`)]), ...blocks(section.blocks)]),
    ...agreement.delegations.flatMap((delegation) => [
      t(`delegations.${delegation.id}`),
      delegation.people.map((person) => `${t(`people.${person.id}.name`)}\t${t(`people.${person.id}.position`)}`).join('\n'),
    ]),
  ];
  return `${parts.join('\n\n')}\n`;
}
