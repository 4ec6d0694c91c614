/** A DOCX file's text read back with mammoth (not our writer's code). */
import { readFile } from 'node:fs/promises';
import { squash, type ExtractedText } from '../common/text.js';

export async function docxText(file: string): Promise<ExtractedText & { html: string }> {
  const { default: mammoth } = await import('mammoth');
  const buffer = await readFile(file);
  const { value: raw } = await mammoth.extractRawText({ buffer });
  const { value: html } = await mammoth.convertToHtml({ buffer });
  const strong = [...html.matchAll(/<strong>(.*?)<\/strong>/g)].map((m) => m[1]).join(' ');
  return { text: squash(raw), bold: squash(decodeEntities(strong)), html };
}

function decodeEntities(text: string): string {
  return text.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"');
}
