import path from 'node:path';
import { writeFileAtomic } from '../io/atomic.js';
import type { Conversion, Language } from '../languages/index.js';
import { GLOSSARY_FILE, loadGlossary } from '../source/glossary.js';
import { readTextFile } from '../source/text-file.js';
import type { Converter } from './opencc.js';

/**
 * Fills the glossary column of a converted language (added before `kind` when the file has none) with
 * the converted renderings of the language it is converted from, where its cell is empty: a rendering
 * a person wrote is kept. Comments and rows stay where they are. Returns the number of cells filled.
 */
export async function convertGlossaryColumn(root: string, language: Language & { conversion: Conversion }, convert: Converter): Promise<number> {
  await loadGlossary(root); // a malformed glossary fails here, with its line
  const text = await readTextFile(path.join(root, GLOSSARY_FILE), GLOSSARY_FILE);
  let header: string[] | undefined;
  let filled = 0;
  const lines = text.split('\n').map((raw) => {
    const end = raw.endsWith('\r') ? '\r' : '';
    const line = raw.slice(0, raw.length - end.length);
    if (line.trim() === '' || line.startsWith('#')) return raw;
    let cells = line.split('\t');
    const added = header === undefined ? !cells.includes(language.id) : cells.length < header.length;
    if (added) cells = [...cells.slice(0, -2), header === undefined ? language.id : '', ...cells.slice(-2)];
    if (header === undefined) header = cells;
    else {
      const [at, from] = [header.indexOf(language.id), header.indexOf(language.conversion.from)];
      if (cells[at] === '' && from > 0 && cells[from] !== '') {
        cells[at] = convert(cells[from]!);
        filled++;
      }
    }
    return cells.join('\t') + end;
  });
  if (filled > 0) await writeFileAtomic(path.join(root, GLOSSARY_FILE), lines.join('\n'));
  return filled;
}
