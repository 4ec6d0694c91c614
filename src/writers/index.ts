import { docxFormat } from './docx/format.js';
import type { OutputFormat } from './format.js';
import { htmlFormat } from './html/format.js';
import { markdownFormat } from './markdown/format.js';
import { pdfFormat } from './pdf/format.js';

export type { OutputFormat, WriteOptions } from './format.js';

/** Every output format, by its file extension (also its `--format` value), in the order builds list them. */
export const OUTPUT_FORMATS = {
  pdf: pdfFormat,
  docx: docxFormat,
  html: htmlFormat,
  md: markdownFormat,
} satisfies Record<string, OutputFormat>;

export type Format = keyof typeof OUTPUT_FORMATS;
export const FORMATS = Object.keys(OUTPUT_FORMATS) as Format[];
/** Whether a value (read from a file: a manifest entry) names an output format; own keys only, never `constructor`. */
export const isFormat = (value: unknown): value is Format => typeof value === 'string' && Object.hasOwn(OUTPUT_FORMATS, value);
/** What a build writes when no format is named. */
export const DEFAULT_FORMATS = FORMATS.filter((format) => OUTPUT_FORMATS[format].byDefault);
