/**
 * Chinese faces embedded in a DOCX as subsets, as Word does with "Embed fonts in the file" and
 * "Embed only the characters used in the document": a reader without Chinese fonts (or with only
 * Japanese ones) still sees the Song and Hei faces the document is set in. The fonts are the Noto SC
 * faces the PDF and HTML editions embed too (SIL Open Font License: embedding and subsetting allowed;
 * their OS/2 fsType is 0, installable).
 *
 * The parts are written here rather than with docx's `fonts` option, which obfuscates with random keys
 * (the same inputs would no longer give the same bytes), embeds a regular face always, omits the
 * subset flags and gives every font a Latin signature.
 *
 * ECMA-376 Part 1, 17.8: `word/fonts/fontN.odttf` (the font with its first 32 bytes XORed with the
 * key from `w:fontKey`, reversed), a `w:embedRegular`/`w:embedBold` in the font table pointing to it,
 * and `w:embedTrueTypeFonts` + `w:saveSubsetFonts` in the settings.
 */
import { createHash } from 'node:crypto';
import { isHanCharacter, type FontFamily } from '../../fonts/index.js';
import { LANGUAGES, isHanLanguage, languageFor } from '../../languages/index.js';
import { openFont } from '../../fonts/coverage.js';
import { editPart, type DocxParts } from './parts.js';
import { fontSubset } from '../../fonts/subset.js';
import { treeLanguages, visitText, type DocumentTree, type TextPlace } from '../../tree/types.js';
import { markCharacters } from '../common/list-marks.js';
import { docxThemeFor, roleStyles, styleIsBold } from './theme.js';

/** One embedded face and the characters it sets in the document. */
export interface EmbeddedFace {
  family: FontFamily;
  bold: boolean;
  chars: Set<string>;
}

/**
 * What the language table says of a family for Word's font table (docx.fontTable): the classic face of
 * the same style Word may substitute where embedded fonts are not read, and the character set.
 */
function fontTableEntry(family: FontFamily): { altName: string; family: 'roman' | 'swiss'; charset: string } {
  for (const { docx } of LANGUAGES) {
    const traits = docx.fontTable?.families[family.name];
    if (traits) return { ...traits, charset: docx.fontTable!.charset };
  }
  throw new Error(`no font table entry for ${family.name} in the language table`);
}

/**
 * The East Asian face a text run at `place` is set in (its language's docx.eastAsia): headings in the
 * heading face (bold), the rest in the body face, bold where its style or emphasis is.
 */
function faceAt(place: TextPlace): { family: FontFamily; bold: boolean } {
  const fonts = languageFor(place.lang).docx.eastAsia;
  if (place.heading) return { family: fonts.heading, bold: true };
  const role = place.role && roleStyles[place.role];
  return { family: fonts.body, bold: place.strong || (role !== undefined && styleIsBold(docxThemeFor(place.lang), role)) };
}

/**
 * The Chinese faces a document uses and the characters of each: all characters of Chinese text (Word
 * and LibreOffice may give digits and punctuation between Han characters to the East Asian font), the
 * Han characters of other text, the running header and footer (and the digits of page numbers), and
 * the list marks Word numbers Chinese lists with. A space between Han characters is set in the East
 * Asian font too: without it, LibreOffice took a space from another CJK font.
 * None when the document holds no Han character.
 */
export function embeddedFaces(tree: DocumentTree): EmbeddedFace[] {
  const faces = new Map<string, EmbeddedFace>();
  const add = (text: string, place: TextPlace): void => {
    const shown = isHanLanguage(place.lang) ? [...text] : [...text].filter(isHanCharacter);
    if (shown.length === 0) return;
    const { family, bold } = faceAt(place);
    const key = `${family.name}:${bold}`;
    const face = faces.get(key) ?? { family, bold, chars: new Set<string>() };
    faces.set(key, face);
    shown.forEach((c) => face.chars.add(c));
  };
  visitText(tree, add);
  const plain: TextPlace = { heading: false, strong: false, lang: tree.lang };
  add(tree.runningTitle, plain);
  add(tree.marking ?? '', { ...plain, strong: true });
  if (faces.size === 0) return [];
  add(`${tree.pageLabel.replace(/\{current\}|\{total\}/g, '')}0123456789`, plain);
  for (const lang of treeLanguages(tree).filter(isHanLanguage)) add(markCharacters(lang), { ...plain, lang });
  return [...faces.values()].sort((a, b) => a.family.name.localeCompare(b.family.name) || Number(a.bold) - Number(b.bold));
}

const FONT_RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/font';
const OBFUSCATED_FONT = 'application/vnd.openxmlformats-officedocument.obfuscatedFont';

/** A key derived from the font's bytes, so that the same subset is always obfuscated alike. */
function fontKey(font: Uint8Array): string {
  const hex = createHash('sha256').update(font).digest('hex').slice(0, 32).toUpperCase();
  return `{${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}}`;
}

/** ECMA-376's font obfuscation: the first 32 bytes XORed with the key's 16 bytes in reverse order. */
export function obfuscateFont(font: Uint8Array, key: string): Uint8Array {
  const bytes = key.replace(/[{}-]/g, '').match(/../g)!.map((pair) => parseInt(pair, 16)).reverse();
  const out = Uint8Array.from(font);
  for (let i = 0; i < 32; i++) out[i]! ^= bytes[i % 16]!;
  return out;
}

const hex8 = (n: number): string => (n >>> 0).toString(16).toUpperCase().padStart(8, '0');

/** The font table's description of a family, from the font itself: PANOSE, GB2312 character set, signature. */
async function fontDescription(family: FontFamily): Promise<string> {
  const os2 = (await openFont(family.faces.normal))['OS/2'] as { panose: number[]; ulCharRange: number[]; codePageRange: number[] };
  const traits = fontTableEntry(family);
  const panose = os2.panose.map((n) => n.toString(16).toUpperCase().padStart(2, '0')).join('');
  const [usb0, usb1, usb2, usb3] = os2.ulCharRange.map(hex8);
  const [csb0, csb1] = os2.codePageRange.map(hex8);
  return (
    `<w:altName w:val="${traits.altName}"/><w:panose1 w:val="${panose}"/><w:charset w:val="${traits.charset}"/><w:family w:val="${traits.family}"/><w:pitch w:val="variable"/>` +
    `<w:sig w:usb0="${usb0}" w:usb1="${usb1}" w:usb2="${usb2}" w:usb3="${usb3}" w:csb0="${csb0}" w:csb1="${csb1}"/>`
  );
}


/** Adds the faces to a package's parts: the obfuscated subsets, the font table, its relationships, content type and settings. */
export async function embedFonts(parts: DocxParts, faces: readonly EmbeddedFace[]): Promise<void> {
  if (faces.length === 0) return;
  const subsets = await Promise.all(faces.map((face) => fontSubset(face.bold ? face.family.faces.bold : face.family.faces.normal, [...face.chars].join(''), 'truetype')));
  const relationships: string[] = [];
  const embeds = new Map<FontFamily, string[]>();
  faces.forEach((face, i) => {
    const key = fontKey(subsets[i]!);
    parts[`word/fonts/font${i + 1}.odttf`] = obfuscateFont(subsets[i]!, key);
    relationships.push(`<Relationship Id="rId${i + 1}" Type="${FONT_RELATIONSHIP}" Target="fonts/font${i + 1}.odttf"/>`);
    const embed = `<w:${face.bold ? 'embedBold' : 'embedRegular'} r:id="rId${i + 1}" w:fontKey="${key}" w:subsetted="1"/>`;
    embeds.set(face.family, [...(embeds.get(face.family) ?? []), embed]);
  });
  const fonts = await Promise.all([...embeds].map(async ([family, elements]) => `<w:font w:name="${family.name}">${await fontDescription(family)}${elements.join('')}</w:font>`));
  // docx writes an empty font table (`<w:fonts …/>`); the embedded fonts go inside it.
  editPart(parts, 'word/fontTable.xml', (xml) => (xml.includes('</w:fonts>') ? xml.replace('</w:fonts>', `${fonts.join('')}</w:fonts>`) : xml.replace(/\s*\/>\s*$/, `>${fonts.join('')}</w:fonts>`)));
  parts['word/_rels/fontTable.xml.rels'] =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relationships.join('')}</Relationships>`;
  editPart(parts, '[Content_Types].xml', (xml) => xml.replace('</Types>', `<Default Extension="odttf" ContentType="${OBFUSCATED_FONT}"/></Types>`));
  // Schema order (CT_Settings): displayBackgroundShape, …, embedTrueTypeFonts, embedSystemFonts, saveSubsetFonts.
  editPart(parts, 'word/settings.xml', (xml) => xml.replace('<w:displayBackgroundShape/>', '<w:displayBackgroundShape/><w:embedTrueTypeFonts/><w:saveSubsetFonts/>'));
}
