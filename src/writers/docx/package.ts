import { Packer, type Document } from 'docx';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { xmlText } from '../common/xml.js';
import { embedFonts, type EmbeddedFace } from './embedded-fonts.js';
import { editPart, type DocxParts } from './parts.js';

/** The table style tables refer to (`style: TABLE_STYLE`), so that staff can restyle every table at once. */
export const TABLE_STYLE = 'BriefingTable';

const border = (side: string, size: number, color: string): string => `<w:${side} w:val="single" w:sz="${size}" w:space="0" w:color="${color}"/>`;

/** docx writes paragraph and character styles only: the table style is added to styles.xml here. */
const tableStyleXml =
  `<w:style w:type="table" w:styleId="${TABLE_STYLE}"><w:name w:val="Briefing Table"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/>` +
  `<w:tblPr><w:tblBorders>${border('top', 4, 'AAAAAA')}${border('bottom', 4, 'AAAAAA')}${border('insideH', 4, 'AAAAAA')}</w:tblBorders>` +
  `<w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="0" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/><w:right w:w="113" w:type="dxa"/></w:tblCellMar></w:tblPr>` +
  `<w:tblStylePr w:type="firstRow"><w:tblPr/><w:tcPr><w:tcBorders>${border('bottom', 8, '888888')}</w:tcBorders></w:tcPr></w:tblStylePr></w:style>`;

/**
 * The files of a document's package, unzipped. docx's Packer zips them (deflating every part) only
 * for finishDocxPackage to unzip and zip them again, a third of a DOCX's time; its compiler, which
 * the Packer calls, hands them over as they are.
 */
export function docxParts(document: Document): DocxParts {
  return Object.fromEntries((Packer as unknown as { compiler: { compile(file: Document): Map<string, string | Uint8Array> } }).compiler.compile(document));
}

/** A fixed time for every zip entry (the DOS epoch docx tools use). */
const ZIP_TIME = new Date('1980-01-01T00:00:00Z');

/**
 * docx numbers bookmarks from a counter that lives as long as the process, so a document's bookmark
 * ids (and the `_Toc<id>` names of its contents' headings) depended on what the same thread had built
 * before it: another packet of a batch, an edition in a watch session. They are numbered from 1 here,
 * in order of appearance.
 */
function renumberBookmarks(xml: string): string {
  const ids = new Map<string, string>();
  for (const [, id] of xml.matchAll(/<w:bookmarkStart [^>]*w:id="(\d+)"/g)) if (!ids.has(id!)) ids.set(id!, String(ids.size + 1));
  const renumbered = (id: string): string => ids.get(id) ?? id;
  return xml
    .replace(/(<w:bookmark(?:Start|End) [^>]*w:id=")(\d+)"/g, (_, head: string, id: string) => `${head}${renumbered(id)}"`)
    .replace(/(w:name="|w:anchor="|PAGEREF )_Toc(\d+)/g, (_, head: string, id: string) => `${head}_Toc${renumbered(id)}`);
}

/**
 * Makes a package of docx's parts reproducible and complete: the core properties carry the
 * source's date instead of the time of the build, and the document's language; bookmarks are
 * numbered within the document; the table style and the embedded font subsets are added; entries
 * are stored in a fixed order with a fixed time, so the same inputs give the same bytes whatever
 * was built before.
 */
export async function finishDocxPackage(parts: DocxParts, { date, language, fonts = [] }: { date: string; language: string; fonts?: readonly EmbeddedFace[] }): Promise<Buffer> {
  const stamp = `${date}T00:00:00Z`;
  editPart(parts, 'docProps/core.xml', (xml) =>
    xml
      .replace(/(<dcterms:(?:created|modified) [^>]*>)[^<]*/g, `$1${stamp}`)
      .replace('</cp:coreProperties>', `<dc:language>${xmlText(language)}</dc:language></cp:coreProperties>`),
  );
  editPart(parts, 'word/document.xml', renumberBookmarks);
  editPart(parts, 'word/styles.xml', (xml) => xml.replace('</w:styles>', `${tableStyleXml}</w:styles>`));
  await embedFonts(parts, fonts);
  const names = Object.keys(parts).sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a.localeCompare(b)));
  const ordered: Zippable = {};
  for (const name of names) {
    const part = parts[name]!;
    ordered[name] = [typeof part === 'string' ? strToU8(part) : part, { mtime: ZIP_TIME }];
  }
  return Buffer.from(zipSync(ordered, { level: 6 }));
}
