// First: pdfkit must find the shared fontkit when pdfmake loads it.
import '../../fonts/shared-fontkit.js';
// pdfmake's line layout, made linear in the length of a paragraph.
import './line-builder.js';
// One shaping of each word per font for the whole process, not per PDF.
import './shared-shaping.js';
// Style properties resolved once per style stack, not once per inline.
import './style-lookup.js';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { fontFile, type FontFamily, type FaceName } from '../../fonts/index.js';
import { treeLanguages, type DocumentTree } from '../../tree/types.js';
import { pdfDefinition } from './document.js';
import { taggedDefinition, type PdfStandard } from './tagging.js';
import type { Paper } from '../common/paper.js';
import { pdfThemeFor, type PdfTheme } from './theme.js';

// pdfmake keeps fonts and its virtual file system as module state: register each family once.
const registered = new Set<string>();

interface PdfmakeVirtualFs {
  writeFileSync(name: string, content: Buffer): void;
}

async function registerFamily(family: FontFamily): Promise<void> {
  if (registered.has(family.name)) return;
  const vfs = (pdfmake as unknown as { virtualfs: PdfmakeVirtualFs }).virtualfs;
  const faces = Object.entries(family.faces) as [FaceName, string][];
  for (const [face, file] of faces) vfs.writeFileSync(`${family.name}-${face}.ttf`, await fontFile(file));
  pdfmake.addFonts({ [family.name]: Object.fromEntries(faces.map(([face]) => [face, `${family.name}-${face}.ttf`])) });
  registered.add(family.name);
}

// Editions never load remote or local resources other than the registered fonts.
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy(() => false);

/** Renders a definition as a tagged PDF (see tagging.ts) that claims `standard`. */
export async function renderPdfDefinition(definition: TDocumentDefinitions, families: FontFamily[], standard?: PdfStandard): Promise<Buffer> {
  for (const family of families) await registerFamily(family);
  return pdfmake.createPdf(taggedDefinition(definition, standard)).getBuffer();
}

export async function writePdf(tree: DocumentTree, options: { theme?: PdfTheme; paper?: Paper; standard?: PdfStandard } = {}): Promise<Buffer> {
  const theme = options.theme ?? pdfThemeFor(tree.lang);
  const families = [theme, ...treeLanguages(tree).map(pdfThemeFor)].flatMap((t) => [t.fonts.body, t.fonts.heading]);
  return renderPdfDefinition(pdfDefinition(tree, theme, options.paper), [...new Set(families)], options.standard);
}
