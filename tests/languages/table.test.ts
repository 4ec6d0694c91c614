/**
 * The language table drives every consumer: a third language given as one entry (here a fake French
 * in place of the zh-Hant entry module) gets its editions, profile fields, stylesheet block, PDF and
 * DOCX themes and list marks with no other change.
 */
import { describe, expect, it, vi } from 'vitest';
import { expoFamily } from '../../src/fonts/index.js';
import type { Language } from '../../src/languages/types.js';

vi.mock('../../src/languages/zh-hant.js', async () => {
  const { en } = await import('../../src/languages/en.js');
  const serif = expoFamily('Noto Serif', 'noto-serif', true);
  const french: Language = {
    ...en,
    id: 'fr',
    tag: 'fr',
    officeTag: 'fr-FR',
    fonts: { body: serif, heading: serif },
    html: { ...en.html, selector: ':lang(fr)', note: 'French: as English, justified.', align: 'justify' },
    pdf: { ...en.pdf, styleKey: 'fr', alignment: 'justify' },
    docx: { ...en.docx, language: { value: 'fr-FR', eastAsia: 'zh-CN' } },
    listMarks: { ...en.listMarks, ordered: [{ format: 'decimal', prefix: '', suffix: '°' }] },
  };
  return { zhHant: french };
});

const { LANGUAGES, folderLanguage, isHanLanguage, takesRule } = await import('../../src/languages/index.js');
const { DEFAULT_EDITION_IDS, EDITION_IDS, editionSpec } = await import('../../src/select/editions.js');
const { profileSchema } = await import('../../src/select/profile.js');
const { htmlStyles } = await import('../../src/writers/html/theme.js');
const { pdfStyles, pdfThemeFor } = await import('../../src/writers/pdf/theme.js');
const { docxThemeFor } = await import('../../src/writers/docx/theme.js');

describe('a language added as one table entry', () => {
  it('is a language of the project, with no script-specific rule of the Han languages', () => {
    expect(LANGUAGES.map((l) => l.id)).toEqual(['en', 'zh', 'fr']);
    expect(folderLanguage('fr').tag).toBe('fr');
    expect([isHanLanguage('fr'), takesRule('fr', 'punctuation'), takesRule('zh', 'punctuation')]).toEqual([false, false, true]);
    expect(() => folderLanguage('ja')).toThrow('locales/ja: "ja" is not a language of the language table (en, zh, fr): add an entry for it to src/languages/index.ts, or rename the folder');
  });

  it('has an edition of its own and a bilingual one, built by default (it is translated, not converted)', () => {
    expect(EDITION_IDS).toEqual(['en', 'zh', 'fr', 'bilingual', 'bilingual-fr']);
    expect(DEFAULT_EDITION_IDS).toEqual(EDITION_IDS);
    expect(editionSpec('bilingual-fr')?.languages).toEqual(['en', 'fr']);
  });

  it('may carry profile texts, required for the languages of the edition', () => {
    const base = { id: 'p', title: { en: 'T', fr: 'T' }, recipient: { en: 'R', fr: 'R' } };
    expect(profileSchema().safeParse({ ...base, edition: 'bilingual-fr' }).success).toBe(true);
    const missing = profileSchema().safeParse({ ...base, edition: 'bilingual' });
    expect(missing.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      'title.zh: the edition bilingual is in en and zh: give the title in zh too',
      'recipient.zh: the edition bilingual is in en and zh: give the recipient in zh too',
    ]);
  });

  it('is styled, set and numbered by its entry in HTML, PDF and DOCX', () => {
    const sheet = htmlStyles(['fr']);
    expect(sheet).toContain('/* French: as English, justified. */\n:lang(fr) {\n  --body-font: "Noto Serif"');
    expect(sheet).toContain('@counter-style briefing-fr-0 { system: extends decimal; prefix: ""; suffix: "° "; }\n:lang(fr) ol { list-style-type: briefing-fr-0; }');
    expect(sheet).not.toContain(':lang(zh)');
    expect(pdfStyles(['en', 'fr'])['fr.body']).toEqual({ alignment: 'justify', margin: [0, 0, 0, 7] });
    expect(pdfThemeFor('fr').marks.ordered).toHaveLength(1);
    const docx = docxThemeFor('fr');
    expect([docx.suffix, docx.orderedLevels[0]!.text, docx.defaults.document!.run!.language]).toEqual(['Fr', '%1°', { value: 'fr-FR', eastAsia: 'zh-CN' }]);
  });
});
