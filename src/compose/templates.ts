import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import Handlebars from 'handlebars';
import { BriefingError, ContentError } from '../errors.js';
import { formatDate, formatDateRange } from './dates.js';
import type { Translator } from './translator.js';

/** Layouts in templates/*.hbs, partials in templates/partials/*.hbs, compiled once. */
export interface Templates {
  render(layout: string, view: object, translator: Translator): string;
}

type HelperOptions = Handlebars.HelperOptions & { data: { translator: Translator } };

/** Positional helper arguments joined into a key: {{t "sections" id}} → sections.<id>. */
function keyOf(args: unknown[]): string {
  return args.slice(0, -1).map(String).join('.');
}
function optionsOf(args: unknown[]): HelperOptions {
  return args.at(-1) as HelperOptions;
}

export async function loadTemplates(root: string): Promise<Templates> {
  const dir = path.join(root, 'templates');
  const hbs = Handlebars.create();
  hbs.registerHelper({
    t: (...args: unknown[]) => optionsOf(args).data.translator.text(keyOf(args), optionsOf(args).hash),
    tm: (...args: unknown[]) => new hbs.SafeString(optionsOf(args).data.translator.markup(keyOf(args))),
    date: (iso: string, options: HelperOptions) => formatDate(iso, options.data.translator.t),
    dateRange: (start: string, end: string, options: HelperOptions) => formatDateRange(start, end, options.data.translator.t),
    eq: (a: unknown, b: unknown) => a === b,
  });

  const readTemplates = async (folder: string): Promise<Map<string, string>> => {
    let names: string[];
    try {
      names = (await readdir(folder)).filter((n) => n.endsWith('.hbs')).sort();
    } catch {
      throw new BriefingError(`no templates folder at ${folder}: pass --root with the project folder`, 2);
    }
    const entries = await Promise.all(names.map(async (n) => [n.slice(0, -4), await readFile(path.join(folder, n), 'utf8')] as const));
    return new Map(entries);
  };

  for (const [name, source] of await readTemplates(path.join(dir, 'partials'))) hbs.registerPartial(name, source);
  const layouts = new Map<string, Handlebars.TemplateDelegate>();
  for (const [name, source] of await readTemplates(dir)) layouts.set(name, hbs.compile(source, { noEscape: false }));

  return {
    render(layout, view, translator) {
      const template = layouts.get(layout);
      if (!template) throw new BriefingError(`no layout templates/${layout}.hbs`, 1);
      try {
        return template(view, { data: { translator } });
      } catch (error) {
        if (error instanceof BriefingError) throw error;
        // Handlebars errors (missing partial, bad syntax) name the problem but not our file.
        throw new ContentError(path.join('templates', `${layout}.hbs`), undefined, (error as Error).message.split('\n')[0]!);
      }
    },
  };
}
