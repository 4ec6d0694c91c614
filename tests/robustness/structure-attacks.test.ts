import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build/index.js';
import { runCheck } from '../../src/check/index.js';
import { attribute, findAll, htmlText, textContent } from '../../src/writers/html/read.js';
import { loadProfile } from '../../src/select/profile.js';
import { loadLocaleFile } from '../../src/source/locales.js';
import { loadAgreement, loadConfig } from '../../src/source/project.js';
import { AGREEMENT_FILE, EN_LOCALE_FILE, REPO_ROOT, scratchProject } from '../helpers/project.js';
import { failure } from './people-errors.js';

/**
 * Files shaped to exhaust or subvert the loaders (issue 15: cases that must stay refused or
 * harmless): YAML alias bombs, nesting 10,000 levels deep, and the names every JavaScript object
 * has (__proto__, constructor, prototype) as keys and ids. Each is one line naming the file and
 * the place, or a build that prints exactly what the files say; none takes more than moments.
 */
const CASE_TIME = 20_000;
const CONFIG_FILE = path.join('data', 'config.yaml');
const ZH_LOCALE_FILE = path.join('locales', 'zh', 'track2-2021.json');
const PROFILE = ['id: packet', 'title: { en: Packet, zh: 资料 }', 'recipient: { en: Someone, zh: 某人 }', 'edition: en'].join('\n');

/** Nine levels of ten aliases each: a billion "lol"s if expanded. */
const ALIAS_BOMB = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]', ...Array.from({ length: 9 }, (_, i) => `a${i + 1}: &a${i + 1} [${Array<string>(10).fill(`*a${i}`).join(', ')}]`)].join('\n');
const deepMap = (depth: number): string => `${'{a: '.repeat(depth)}x${'}'.repeat(depth)}`;
const deepList = (depth: number): string => `${'['.repeat(depth)}x${']'.repeat(depth)}`;

let root: string;
beforeAll(async () => {
  root = await scratchProject();
});

/** Each kind of YAML file: a valid text the attacks are appended to, its loader, and the exit code of its problems. */
const YAML_FILES = [
  { name: 'the agreement', file: AGREEMENT_FILE, valid: async () => readFile(path.join(REPO_ROOT, AGREEMENT_FILE), 'utf8'), exitCode: 1, load: () => loadAgreement(root) },
  { name: 'a profile', file: path.join('data', 'profiles', 'packet.yaml'), valid: async () => `${PROFILE}\n`, exitCode: 2, load: async () => loadProfile(root, 'packet', await loadAgreement(root)) },
  { name: 'the configuration', file: CONFIG_FILE, valid: async () => '', exitCode: 2, load: () => loadConfig(root) },
] as const;

/** Loads `kind` with `text` as its file (the other files as shipped), expecting a one-line refusal. */
async function refusal(kind: (typeof YAML_FILES)[number], text: string): Promise<string> {
  const shipped = path.join(root, kind.file);
  const original = await readFile(shipped, 'utf8').catch(() => undefined);
  await writeFile(shipped, text);
  try {
    const error = await failure(kind.load());
    expect(error.exitCode).toBe(kind.exitCode);
    return error.message;
  } finally {
    if (original !== undefined) await writeFile(shipped, original);
  }
}

describe.each(YAML_FILES)('$name', { timeout: CASE_TIME }, (kind) => {
  const { file } = kind;
  let valid: string;
  /** The line the attack starts on. */
  let line: number;
  beforeAll(async () => {
    valid = await kind.valid();
    line = valid.split('\n').length;
  });

  it('refuses a billion-laughs alias bomb without expanding it', async () => {
    expect(await refusal(kind, `${valid}${ALIAS_BOMB}\n`)).toBe(`${file}: cannot expand the YAML aliases (Excessive alias count indicates a resource exhaustion attack): write the values out`);
  });

  it('refuses an alias inside its own anchor (an endless value)', async () => {
    expect(await refusal(kind, `${valid}loop: &loop [*loop]\n`)).toBe(`${file}:${line}:14: YAML alias *loop is inside the value it refers to (&loop): write the value out`);
  });

  it.each([
    ['mappings', deepMap(10_000)],
    ['sequences', deepList(10_000)],
    ['block sequences', `\n${'- '.repeat(10_000)}x`],
  ])('refuses %s nested 10,000 deep, with the place', async (_what, deep) => {
    expect(await refusal(kind, `${valid}nested: ${deep}\n`)).toMatch(new RegExp(`^${file}:\\d+:\\d+: (YAML syntax: )?nested too deeply \\(more than 64 levels\\)$`));
  });

  it('refuses __proto__ and constructor as fields, and pollutes nothing', async () => {
    expect(await refusal(kind, `${valid}__proto__: { polluted: true }\n`)).toBe(`${file}:${line}:12: __proto__: Unrecognized key: "__proto__"`);
    expect(await refusal(kind, `${valid}constructor: { polluted: true }\n`)).toBe(`${file}:${line}:14: constructor: Unrecognized key: "constructor"`);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('the names every object has, in a profile', { timeout: CASE_TIME }, () => {
  const sections = 'valid: opening, importance, risks, way-forward, track2, conclusion';
  it.each([
    ['a text\'s language', PROFILE.replace('zh: 资料 }', 'zh: 资料, __proto__: Packet }'), '2:41: title.__proto__: Unrecognized key: "__proto__"'],
    ['a section to include', `${PROFILE}\ninclude: { sections: [constructor] }`, `5:23: include.sections[0]: unknown section "constructor" (${sections}; did you mean "conclusion"?)`],
    ['a section to exclude', `${PROFILE}\nexclude: { sections: [prototype] }`, `5:23: exclude.sections[0]: unknown section "prototype" (${sections}; did you mean "opening"?)`],
  ])('%s', async (_what, text, problem) => {
    expect(await refusal(YAML_FILES[1], `${text}\n`)).toBe(`${YAML_FILES[1].file}:${problem}`);
  });
});

describe('JSON nested 10,000 deep', { timeout: CASE_TIME }, () => {
  it.each([
    ['a locale file', EN_LOCALE_FILE],
    ['a review file', path.join('locales', 'zh', 'track2-2021.review.json')],
  ])('in %s: one line, not a stack overflow', async (_what, file) => {
    const nested = await scratchProject();
    await writeFile(path.join(nested, file), `${'{"a":'.repeat(10_000)}"x"${'}'.repeat(10_000)}`);
    const error = await failure(file === EN_LOCALE_FILE ? loadLocaleFile(nested, file) : build({ root: nested, editions: ['zh'], formats: ['html'], outDir: path.join(nested, 'dist') }));
    expect(error.message).toBe(`${file}: invalid JSON: nested too deeply (source files have a few levels)`);
  });
});

describe('the names every object has, as section ids and locale keys', { timeout: CASE_TIME }, () => {
  let project: string;
  beforeAll(async () => {
    project = await scratchProject();
    const agreement = await readFile(path.join(project, AGREEMENT_FILE), 'utf8');
    await writeFile(path.join(project, AGREEMENT_FILE), agreement.replace('- id: importance\n', '- id: constructor\n').replace('- id: risks\n', '- id: prototype\n'));
    for (const file of [EN_LOCALE_FILE, ZH_LOCALE_FILE]) {
      const strings = JSON.parse(await readFile(path.join(project, file), 'utf8')) as { sections: Record<string, string> };
      const { importance, risks, ...others } = strings.sections;
      const sections = JSON.stringify({ ...others, constructor: importance, prototype: risks });
      // Written as text: an object literal would not make __proto__ a key.
      const text = JSON.stringify({ ...strings, sections: '@' }).replace('"@"', sections);
      await writeFile(path.join(project, file), text.replace('{', '{"__proto__":{"polluted":"yes"},').replace('"blocks":{', '"blocks":{"__proto__":{"polluted":"yes"},"hasOwnProperty":"x",'));
    }
  });

  it('a section id "constructor" or "prototype" is an id like any other: its title is printed', async () => {
    await build({ root: project, editions: ['en'], formats: ['html'], outDir: path.join(project, 'dist') });
    const { document } = await htmlText(path.join(project, 'dist', 'en.html'));
    const heading = (id: string) => textContent(findAll(findAll(document as never, (e) => attribute(e, 'data-section') === id)[0]!, (e) => e.tagName === 'h2')[0]!).trim();
    const shipped = JSON.parse(await readFile(path.join(REPO_ROOT, EN_LOCALE_FILE), 'utf8')) as { sections: Record<string, string> };
    expect([heading('constructor'), heading('prototype')]).toEqual([shipped.sections.importance, shipped.sections.risks]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('locale keys "__proto__" and "hasOwnProperty" are keys like any other: orphans, named by check', async () => {
    const { errors } = await runCheck({ root: project });
    // The edited locales: zh-Hant, left as shipped, reports the renamed sections instead.
    expect(errors.filter((f) => f.rule === 'structure' && f.language !== 'zh-Hant').map((f) => `${f.language} ${f.key}`)).toEqual(
      ['en', 'zh'].flatMap((lang) => [`${lang} __proto__.polluted`, `${lang} blocks.__proto__.polluted`, `${lang} blocks.hasOwnProperty`]),
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
