import type { DocumentTree } from '../tree/types.js';
import type { Paper } from './common/paper.js';
import type { PdfStandard } from './pdf/tagging.js';

/** How a document is set, beyond its tree. */
export interface WriteOptions {
  paper: Paper;
  /** The standard PDFs claim besides PDF/UA-1 (--pdf-standard). */
  pdfStandard?: PdfStandard;
}

/**
 * One output format: what the build, the manifest, the profile schema, the preview and `check
 * --outputs` know of it. Descriptors are light: each loads its writer and reader on first use, so
 * that a build whose outputs are unchanged never loads them.
 */
export interface OutputFormat {
  /** The name in the help and the preview. */
  label: string;
  mediaType: string;
  /** Written when the command line names no `--format` (and in a profile that names no `formats`). */
  byDefault: boolean;
  /**
   * How the preview offers it: in its own page (HTML), in the browser's viewer (PDF; shown in the page
   * when a document has no format for the page), or as a download (DOCX, Markdown).
   */
  preview: 'page' | 'viewer' | 'download';
  /**
   * About how long one language of a document takes to render, relative to the others (measured
   * warm: a PDF 10, a DOCX 3, HTML 1): a build on two threads starts the costliest outputs first.
   */
  renderCost: number;
  write(tree: DocumentTree, options: WriteOptions): Promise<Buffer>;
  /**
   * The text of a written file, read back by a reader independent of the writer, in which `check
   * --outputs` looks for every block (several texts where a layout has more than one reading order).
   */
  searchableTexts(file: string): Promise<string[]>;
}
