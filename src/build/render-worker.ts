import type { DocumentTree } from '../tree/types.js';
import { OUTPUT_FORMATS, type Format, type WriteOptions } from '../writers/index.js';

/** One output to render on the second thread (threads.ts): a document the main thread composed, in one format. */
export interface RenderTask {
  tree: DocumentTree;
  format: Format;
  options: WriteOptions;
}

/**
 * The second thread's work: only rendering, so that the project, its records and every message for
 * people stay with the main thread; its writers, fonts and caches stay warm between builds.
 */
export default function renderInWorker({ tree, format, options }: RenderTask): Promise<Buffer> {
  return OUTPUT_FORMATS[format].write(tree, options);
}
