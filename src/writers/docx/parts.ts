import { strFromU8 } from 'fflate';

/** A package's files by their paths: XML as text (as docx's compiler makes it, and while it is edited), fonts and media as bytes. */
export type DocxParts = Record<string, string | Uint8Array>;

/** Rewrites one XML part of a package. */
export function editPart(parts: DocxParts, name: string, edit: (xml: string) => string): void {
  const part = parts[name]!;
  parts[name] = edit(typeof part === 'string' ? part : strFromU8(part));
}
