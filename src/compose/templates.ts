import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import Handlebars from 'handlebars';
import { BriefingError, ContentError } from '../errors.js';
import { readTextFile } from '../source/text-file.js';
import { formatDate, formatDateRange } from './dates.js';
import { formatNumber } from './numerals.js';
import type { Translator } from './translator.js';

/** Layouts in templates/*.hbs, partials in templates/partials/*.hbs, compiled once. */
export interface Templates {
  /** A hash of every template's source: an input of every output. */
  readonly hash: string;
  /** Renders a layout; `translators` lists the edition's languages in reading order, the first one primary. */
  render(layout: string, view: object, translators: Translator[]): string;
}

type HelperOptions = Handlebars.HelperOptions & { data: { translator: Translator; translators: Translator[] } };

/** Renders a block with another language's strings. */
function inLanguage(translator: Translator, context: unknown, options: HelperOptions): string {
  return options.fn(context, { data: { ...Handlebars.createFrame(options.data), translator } });
}

/** Positional helper arguments joined into a key: {{t "sections" id}} → sections.<id>. */
function keyOf(args: unknown[]): string {
  return args.slice(0, -1).map(String).join('.');
}
function optionsOf(args: unknown[]): HelperOptions {
  return args.at(-1) as HelperOptions;
}

/** The text of the first <strong> span of a string's HTML, or its first sentence when it has none. */
function leadPhrase(html: string): string {
  const strong = /<strong>(.*?)<\/strong>/s.exec(html);
  const text = (strong ? strong[1]! : html).replace(/<[^>]+>/g, '');
  const plain = text.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code))).trim();
  const lead = strong ? plain.replace(/[,，;；:：]$/, '') : (/^.*?[.。](?=\s|$)/s.exec(plain)?.[0] ?? plain);
  // A phrase taken from mid-sentence starts a summary line: capitalize it (no effect on Han text).
  return lead.charAt(0).toLocaleUpperCase() + lead.slice(1);
}

/** The .hbs files of a folder by name, sorted. */
async function readTemplates(root: string, folder: string): Promise<Map<string, string>> {
  let names: string[];
  try {
    names = (await readdir(path.join(root, folder))).filter((n) => n.endsWith('.hbs')).sort();
  } catch {
    throw new BriefingError(`no templates folder at ${path.join(root, folder)}: pass --root with the project folder`, 2);
  }
  const entries = await Promise.all(names.map(async (n) => [n.slice(0, -4), await readTextFile(path.join(root, folder, n), path.join(folder, n))] as const));
  return new Map(entries);
}

/** The templates last compiled for each folder, with a hash of their sources: a rebuild recompiles only after a change. */
const compiled = new Map<string, { sources: string; templates: Templates }>();

/** Layouts in templates/*.hbs, partials in templates/partials/*.hbs, compiled once per process (and again when they change). */
export async function loadTemplates(root: string): Promise<Templates> {
  const dir = path.join(root, 'templates');
  const partials = await readTemplates(root, path.join('templates', 'partials'));
  const layoutSources = await readTemplates(root, 'templates');
  const sources = createHash('sha256').update(JSON.stringify([...partials, ...layoutSources])).digest('hex');
  const cached = compiled.get(dir);
  if (cached?.sources === sources) return cached.templates;
  const templates = { ...compileTemplates(partials, layoutSources), hash: sources };
  compiled.set(dir, { sources, templates });
  return templates;
}

function compileTemplates(partials: Map<string, string>, layoutSources: Map<string, string>): Omit<Templates, 'hash'> {
  const hbs = Handlebars.create();
  hbs.registerHelper({
    t: (...args: unknown[]) => optionsOf(args).data.translator.text(keyOf(args), optionsOf(args).hash),
    tm: (...args: unknown[]) => new hbs.SafeString(optionsOf(args).data.translator.markup(keyOf(args))),
    date: (iso: string, options: HelperOptions) => formatDate(iso, options.data.translator),
    dateRange: (start: string, end: string, options: HelperOptions) => formatDateRange(start, end, options.data.translator),
    /** {{number n "ordinal"}}: a number with the edition's common:numbers.<style> options (Chinese numerals for 第四次). */
    number: (n: number, style: string, options: HelperOptions) => formatNumber(n, options.data.translator, style),
    eq: (a: unknown, b: unknown) => a === b,
    or: (...args: unknown[]) => args.slice(0, -1).some(Boolean),
    and: (...args: unknown[]) => args.slice(0, -1).every(Boolean),
    /** {{#if (has "meta.dialogue")}}: whether the language has a string for an optional key. */
    has: (...args: unknown[]) => optionsOf(args).data.translator.has(keyOf(args)),
    /** {{local profile.title}}: the current language's value of an object keyed by language id. */
    local: (value: Record<string, string> | undefined, options: HelperOptions) => value?.[options.data.translator.lang] ?? '',
    /** {{lead "blocks" id}}: the emphasized lead phrase of a string, or else its first sentence. */
    lead: (...args: unknown[]) => leadPhrase(optionsOf(args).data.translator.markup(keyOf(args))),
    /** {{excerptNote omitted}}: the line that says a text is an excerpt, naming the sections left out. */
    excerptNote: (omitted: string[], options: HelperOptions) => {
      const { translator } = options.data;
      if (omitted.length === 0) return translator.text('common:excerptPartial');
      const titles = omitted.map((id) => translator.text(translator.has(`sections.${id}`) ? `sections.${id}` : 'common:openingSection'));
      return translator.text('common:excerptNote', { sections: titles.join(translator.text('common:listSeparator')) });
    },
    /** {{> (variant "block")}}: a partial, or its `bilingual-` variant in an edition of several languages where pairing changes its structure. */
    variant: (name: string, options: HelperOptions) =>
      options.data.translators.length > 1 && hbs.partials[`bilingual-${name}`] ? `bilingual-${name}` : name,
    inc: (n: number) => n + 1,
    /** {{#with (tableRows rows header)}}: a table block's cell ids (null: an empty cell) as a header row (when it has one) and body rows. */
    tableRows: (rows: (string | null)[][], header: boolean | undefined) => ({ head: header ? rows[0] : undefined, body: header ? rows.slice(1) : rows }),
    /** {{#inLanguage "zh"}}…{{/inLanguage}}: the block in one of the edition's languages. */
    inLanguage(this: unknown, lang: string, options: HelperOptions) {
      const translator = options.data.translators.find((t: Translator) => t.lang === lang);
      if (!translator) throw new BriefingError(`template: {{#inLanguage "${lang}"}} names a language this edition does not have`);
      return inLanguage(translator, this, options);
    },
    /**
     * {{#pair id}}…{{/pair}}: the block once per language of the edition, each in a <div lang>,
     * inside one <div class="pair" data-block="id"> (templates/README.md).
     */
    pair(this: unknown, ...args: unknown[]) {
      const options = optionsOf(args);
      // One language and no block id (a heading, a cover line): the content as it is.
      if (options.data.translators.length === 1 && args.length === 1) return new hbs.SafeString(inLanguage(options.data.translators[0]!, this, options));
      const blockId = args.length > 1 ? ` data-block="${hbs.escapeExpression(String(args[0]))}"` : '';
      const cells = options.data.translators.map(
        (translator: Translator) => `<div lang="${hbs.escapeExpression(translator.text('common:htmlLang'))}">${inLanguage(translator, this, options)}</div>`,
      );
      return new hbs.SafeString(`<div class="pair"${blockId}>${cells.join('')}</div>`);
    },
  });

  for (const [name, source] of partials) hbs.registerPartial(name, source);
  const layouts = new Map<string, Handlebars.TemplateDelegate>();
  for (const [name, source] of layoutSources) layouts.set(name, hbs.compile(source, { noEscape: false }));

  return {
    render(layout, view, translators) {
      const template = layouts.get(layout);
      if (!template) throw new BriefingError(`no layout templates/${layout}.hbs`, 1);
      try {
        return template(view, { data: { translator: translators[0], translators } });
      } catch (error) {
        if (error instanceof BriefingError) throw error;
        // Handlebars errors (missing partial, bad syntax) name the problem but not our file.
        throw new ContentError(path.join('templates', `${layout}.hbs`), undefined, (error as Error).message.split('\n')[0]!);
      }
    },
  };
}
