import { findMarkupProblem } from '../compose/inline-markup.js';
import { BriefingError } from '../errors.js';
import { flattenLocale, parseLocaleText } from '../source/locales.js';
import { AgreementSchema } from '../source/schema.js';
import { parseYamlText } from '../source/yaml-file.js';
import type { PlannedFile } from './files.js';

/**
 * Import writes only what `build` accepts: the agreement and each locale file it plans are read back
 * with build's own parsers and rules (schema, empty strings, control characters, markup other than
 * <strong>/<em> such as <script>). A problem stops the import before anything is written (exit 1),
 * naming the source file, the file and key it would have gone to, and the rule.
 */
export function assertBuildable(files: readonly PlannedFile[], source: string): void {
  for (const { file, content } of files) {
    try {
      if (file.endsWith('.yaml')) parseYamlText(content, file, AgreementSchema);
      else if (!/\.(source|review)\.json$/.test(file)) {
        for (const { key, text } of flattenLocale(parseLocaleText(content, file))) {
          const problem = findMarkupProblem(text);
          if (problem) throw new BriefingError(`${file}: key ${key}: markup ${problem.tag}: ${problem.reason}`);
        }
      }
    } catch (error) {
      if (!(error instanceof BriefingError)) throw error;
      throw new BriefingError(`${source}: the import would write text that build refuses: ${error.message}; correct it in the source file (nothing was written)`);
    }
  }
}
