import { describe, expect, it } from 'vitest';
import { allIds, loadAgreement } from '../../src/source/project.js';
import { selectContent } from '../../src/select/selection.js';
import { REPO_ROOT } from '../helpers/project.js';

const agreement = await loadAgreement(REPO_ROOT);
const ids = (include?: { sections?: string[]; tags?: string[] }, exclude?: { sections?: string[]; tags?: string[] }) =>
  allIds(
    selectContent(
      agreement,
      include && { sections: include.sections ?? [], tags: include.tags ?? [] },
      exclude && { sections: exclude.sections ?? [], tags: exclude.tags ?? [] },
    ).agreement,
  );

describe('selection of content for a packet', () => {
  it('takes everything by default, and says it is no excerpt', () => {
    const selection = selectContent(agreement);
    expect(allIds(selection.agreement)).toEqual(allIds(agreement));
    expect(selection).toMatchObject({ omitted: [], excerpt: false });
  });

  it('takes whole sections by id, in document order, naming the ones omitted', () => {
    const selection = selectContent(agreement, { sections: ['conclusion', 'importance'], tags: [] });
    expect(selection.agreement.sections.map((s) => s.id)).toEqual(['importance', 'conclusion']);
    expect(selection.omitted).toEqual(['opening', 'risks', 'way-forward', 'track2']);
    expect(selection.excerpt).toBe(true);
  });

  it('takes tagged blocks and items, with the items they are nested under', () => {
    const selected = ids({ tags: ['semiconductors'] });
    expect(selected).toContain('track1-security-semiconductors');
    expect(selected).toContain('track1-security'); // its parent item
    expect(selected).not.toContain('track1-security-cloud');
    expect(selected).not.toContain('track1-trade');
    expect(selected).toContain('risks-us-2');
    expect(selected).not.toContain('risks-us-1'); // cloud, data, supply chain only
    expect(selected).not.toContain('conclusion');
  });

  it('takes a section whole when the section itself carries the tag', () => {
    const selected = ids({ tags: ['track-ii'] });
    expect(selected).toEqual(['track2', 'track2-p1']);
  });

  it('removes excluded sections and tagged blocks', () => {
    const selected = ids(undefined, { sections: ['risks'], tags: ['cloud'] });
    expect(selected).not.toContain('risks');
    expect(selected).not.toContain('risks-cn-1');
    expect(selected).not.toContain('track1-security-cloud');
    expect(selected).not.toContain('track1-open-source');
    expect(selected).toContain('track1-security-semiconductors');
    expect(selected).toContain('importance');
  });
});
