import { readFile } from 'node:fs/promises';
import * as fontkit from 'fontkit';
import { strFromU8, unzipSync } from 'fflate';

/** A face embedded in a DOCX, as Word reads it: its font-table entry and the de-obfuscated font. */
export interface EmbeddedDocxFace {
  name: string;
  face: string;
  /** The font table's entry of its family (w:charset, w:altName …). */
  entry: string;
  font: fontkit.Font;
}

/** A DOCX's parts as text. */
export async function docxParts(file: string): Promise<(name: string) => string> {
  const parts = unzipSync(new Uint8Array(await readFile(file)));
  return (name) => strFromU8(parts[name]!);
}

/** The faces a DOCX embeds (word/fonts/*.odttf), de-obfuscated as ECMA-376 prescribes, read independently of the writer. */
export async function embeddedDocxFaces(file: string): Promise<EmbeddedDocxFace[]> {
  const parts = unzipSync(new Uint8Array(await readFile(file)));
  const xml = (name: string) => strFromU8(parts[name]!);
  const targets = new Map([...xml('word/_rels/fontTable.xml.rels').matchAll(/Id="(\w+)"[^>]*Target="([^"]+)"/g)].map((m) => [m[1]!, `word/${m[2]!}`]));
  return [...xml('word/fontTable.xml').matchAll(/<w:font w:name="([^"]+)">(.*?)<\/w:font>/g)].flatMap(([, name, entry]) =>
    [...entry!.matchAll(/<w:embed(Regular|Bold) r:id="(\w+)" w:fontKey="\{([0-9A-F-]+)\}" w:subsetted="1"\/>/g)].map(([, face, id, key]) => {
      // ECMA-376 obfuscation: the first 32 bytes XORed with the key's bytes, last first.
      const bytes = Uint8Array.from(parts[targets.get(id!)!]!);
      const keyBytes = key!.replace(/-/g, '').match(/../g)!.map((h) => parseInt(h, 16)).reverse();
      for (let i = 0; i < 32; i++) bytes[i]! ^= keyBytes[i % 16]!;
      return { name: name!, face: face!, entry: entry!, font: fontkit.create(Buffer.from(bytes)) as fontkit.Font };
    }),
  );
}

/** The distinct Han characters (and CJK punctuation) of a text. */
export const hanCharacters = (text: string): string[] => [...new Set(text)].filter((c) => /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF]/u.test(c));

/** The text of a DOCX part's runs. */
export const runText = (xml: string): string => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
