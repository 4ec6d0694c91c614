/**
 * `import` writes only what `build` accepts (issue 15): text that build would refuse stops the import
 * with one line naming the source file, the file and key it would have gone to and the rule, and
 * nothing is written.
 */
import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importAgreement, importTranslation } from '../../src/import/index.js';
import { failure } from '../robustness/people-errors.js';
import { scratchProject } from '../helpers/project.js';

async function sourceFile(name: string, content: string): Promise<string> {
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'briefing-validate-')), name);
  await writeFile(file, content);
  return file;
}

const STATEMENT = 'Statement on Tags\n\nThe first point stands.\n\nThe second point stands too.\n';

describe('import refuses text that build would refuse, writing nothing', () => {
  it.each([
    ['a control character', 'A bell \u0007 rings.', 'key blocks.opening-p2: control character U+0007 at character 8: remove it (tab and line feed are the only ones allowed)'],
    ['markup other than <strong> and <em>', 'The rule: <script>alert(1)</script>.', 'key blocks.opening-p2: markup <script>: only <strong> and <em> are allowed'],
  ])('%s in an agreement', async (_name, line, problem) => {
    const root = await scratchProject();
    const before = await readdir(path.join(root, 'locales', 'en'));
    const file = await sourceFile('tags.txt', STATEMENT.replace('The second point stands too.', line));
    const error = await failure(importAgreement({ root, file, id: 'tags' }));
    expect(error.message).toBe(`${file}: the import would write text that build refuses: ${path.join('locales', 'en', 'tags.json')}: ${problem}; correct it in the source file (nothing was written)`);
    expect(error.exitCode).toBe(1);
    expect(await readdir(path.join(root, 'locales', 'en'))).toEqual(before);
    expect(await readdir(path.join(root, 'data', 'agreements'))).not.toContain('tags.yaml');
  });

  it('a control character in an attached translation', async () => {
    const root = await scratchProject();
    await importAgreement({ root, file: await sourceFile('tags.txt', STATEMENT), id: 'tags' });
    const before = await readdir(path.join(root, 'locales', 'zh'));
    const zh = await sourceFile('tags.zh.txt', '关于标签的声明\n\n第一点成立。\n\n第二点\u0007同样成立。\n');
    const error = await failure(importTranslation({ root, file: zh, id: 'tags', lang: 'zh', outDir: await mkdtemp(path.join(tmpdir(), 'briefing-validate-out-')) }));
    expect(error.message).toBe(
      `${zh}: the import would write text that build refuses: ${path.join('locales', 'zh', 'tags.json')}: key blocks.opening-p2: control character U+0007 at character 4: remove it (tab and line feed are the only ones allowed); correct it in the source file (nothing was written)`,
    );
    expect(await readdir(path.join(root, 'locales', 'zh'))).toEqual(before);
  });
});
