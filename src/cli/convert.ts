import path from 'node:path';
import type { Command } from 'commander';
import { plural, type Io } from '../terminal.js';
import { commonOptions } from './options.js';

interface ConvertOptions {
  root: string;
  agreement?: string;
  to: string;
}

/** `convert --to zh-Hant`: (re)writes a language the language table converts from another. */
export function registerConvert(program: Command, io: Io): void {
  commonOptions(
    program
      .command('convert')
      .description('(re)write a language the language table converts from another (zh-Hant from zh, with OpenCC): new strings and those whose source changed, each flagged for review')
      .requiredOption('--to <lang>', 'the converted language (e.g. zh-Hant)'),
  ).action(async (options: ConvertOptions) => {
    const { conversionNames, convertedLanguage, convertStrings } = await import('../convert/index.js');
    const { loadGlossary } = await import('../source/glossary.js');
    const { openccConverter } = await import('../convert/opencc.js');
    const { loadAgreement } = await import('../source/project.js');
    const root = path.resolve(options.root);
    const language = convertedLanguage(options.to);
    const agreement = await loadAgreement(root, options.agreement);
    const names = conversionNames(await loadGlossary(root), language.conversion.from);
    const result = await convertStrings(root, agreement, language.id, await openccConverter(language.conversion, names));
    const review = path.join('locales', language.id, `${agreement.namespace}.review.json`);
    io.out(
      `${language.id} from ${language.conversion.from}: ${plural(result.converted.length, 'string')} converted (flagged for review in ${review}), ` +
        `${result.unchanged} unchanged since their conversion, ${result.kept} written by a person kept; ${plural(result.terms, 'glossary term')} filled`,
    );
    for (const file of result.written) io.out(`wrote ${file}`);
  });
}
