import { mkdtemp, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { FORMATS } from '../../src/writers/index.js';
import { EDITION_IDS } from '../../src/select/editions.js';
import { LANGUAGES } from '../../src/languages/index.js';
import { agreementTags, COMPONENTS, loadProfile, profileSchema } from '../../src/select/profile.js';
import { selectContent } from '../../src/select/selection.js';
import { AgreementSchema } from '../../src/source/schema.js';
import { findTextProblem } from '../../src/source/text-problems.js';
import { parseYamlText } from '../../src/source/yaml-file.js';
import { AGREEMENT_FILE, REPO_ROOT } from '../helpers/project.js';
import { anyText, edited, joined } from './generators.js';
import { expectPeopleError, loadOrExplain } from './people-errors.js';

const agreement = parseYamlText(readFileSync(path.join(REPO_ROOT, AGREEMENT_FILE), 'utf8'), AGREEMENT_FILE, AgreementSchema);
const schema = profileSchema(agreement);
const PROFILE_FILE = 'data/profiles/generated.yaml';

/** Mostly plausible values, sometimes a value of the wrong kind, so that both valid and invalid profiles come up. */
const oddValue = fc.oneof(anyText, fc.integer(), fc.boolean(), fc.constant(null), fc.array(anyText, { maxLength: 2 }), fc.dictionary(anyText, anyText, { maxKeys: 2 }));
const plausibly = <T>(value: fc.Arbitrary<T>, odd: fc.Arbitrary<unknown> = oddValue) => fc.oneof({ arbitrary: value, weight: 12 }, { arbitrary: odd, weight: 1 });
const text = plausibly(fc.string({ minLength: 1, maxLength: 20 }), fc.oneof(anyText, fc.constantFrom('<img src=x onerror=alert(1)>', 'a\u0007b', 'x\uD800', '')));
/** A text in every language of the table (a profile gives those of its edition). */
const bilingual = plausibly(fc.record(Object.fromEntries(LANGUAGES.map((language) => [language.id, text]))));
const someOf = (valid: readonly string[], minLength = 0) =>
  plausibly(fc.subarray([...valid], { minLength, maxLength: Math.min(4, valid.length) }), fc.subarray([...valid, 'unknown', valid[0]!.toUpperCase()]));
const selection = plausibly(fc.record({ sections: someOf(agreement.sections.map((s) => s.id)), tags: someOf(agreementTags(agreement)) }, { requiredKeys: [] }));
const profile = fc.record(
  {
    id: plausibly(fc.constantFrom('packet', 'semiconductor-industry', 'a-1'), fc.constantFrom('../x', 'Packet', '', 42)),
    title: bilingual,
    recipient: bilingual,
    edition: plausibly(fc.constantFrom(...EDITION_IDS), fc.constantFrom('fr', 'EN', null)),
    include: selection,
    exclude: selection,
    components: plausibly(fc.shuffledSubarray([...COMPONENTS], { minLength: 1 }), fc.shuffledSubarray([...COMPONENTS, 'annex'])),
    note: bilingual,
    marking: bilingual,
    formats: someOf(FORMATS, 1),
    colour: oddValue,
  },
  { requiredKeys: ['id', 'title', 'recipient', 'edition'], noNullPrototype: true },
);
/** `colour` is an unknown field: present in a fifth of the profiles. */
const profileText = fc.tuple(profile, fc.nat(4)).map(([p, n]) => stringify(n === 0 ? p : { ...p, colour: undefined }));

describe('profile schema, over generated profiles', () => {
  it('gives a selection for a valid profile, and one line naming the file (exit 2) for any other', () => {
    let valid = 0;
    fc.assert(
      fc.property(fc.oneof(profileText, edited('id: packet\ntitle: { en: T, zh: 题 }\nrecipient: { en: R, zh: 收 }\nedition: zh\n', joined(fc.constantFrom(':', '\n', '- ', '[', '{', '&a', '*a', 'x')))), (yaml) => {
        const parsed = loadOrExplain(() => parseYamlText(yaml, PROFILE_FILE, schema, 2), PROFILE_FILE, 2);
        if (!parsed) return;
        valid++;
        for (const value of [parsed.title, parsed.recipient, parsed.note, parsed.marking].flatMap((b) => (b ? Object.values(b).filter((t) => t !== undefined) : []))) expect(findTextProblem(value)).toBeUndefined();
        selectContent(agreement, parsed.include, parsed.exclude);
      }),
      { numRuns: 2000 },
    );
    expect(valid).toBeGreaterThan(200); // the generator exercises valid profiles too
  });

  it('loads profile files of any content with a packet or one line naming the file', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'briefing-profiles-'));
    const file = path.join(dir, 'generated.yaml');
    await fc.assert(
      fc.asyncProperty(fc.oneof(profileText, fc.uint8Array({ maxLength: 60 }).map((bytes) => Buffer.from(bytes))), async (content) => {
        await writeFile(file, content);
        const loaded = await loadProfile(REPO_ROOT, file, agreement).catch((error: unknown) => expectPeopleError(error, file, 2));
        if (loaded) expect(selectContent(agreement, loaded.include, loaded.exclude).agreement.sections.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});
