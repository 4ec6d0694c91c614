import { describe, expect, it } from 'vitest';
import type { Format } from '../../src/writers/index.js';
import type { ManifestEntry } from '../../src/io/manifest.js';
import { indexPage } from '../../src/preview/page.js';

const entry = (file: string, profile: string | null = null): ManifestEntry => ({
  file,
  format: file.slice(file.lastIndexOf('.') + 1) as Format,
  edition: 'en',
  profile,
  languages: ['en'],
  sections: [],
  components: [],
  bytes: 1,
  sha256: '0',
});
const page = (show: string | null) =>
  indexPage({ outputs: [entry('en.pdf'), entry('en.docx'), entry('en.html'), entry('en.md'), entry('desk.pdf', 'desk'), entry('desk.docx', 'desk')], check: { errors: [], warnings: [] }, generation: 3, status: '' }, show);

/** The preview page offers each format as its registry entry says: HTML in the page, PDF in the browser's viewer, DOCX and Markdown as downloads. */
describe('the preview index', () => {
  it('shows the HTML in the page and links the other formats, each in the way its format asks', () => {
    const html = page(null);
    expect(html).toContain('<iframe id="document" title="edition en" src="/files/en.html?v=3"></iframe>');
    expect(html).toContain('<a href="/files/en.pdf?v=3" target="_blank">PDF</a>');
    expect(html).toContain('<a href="/files/en.docx?v=3" download>DOCX</a>');
    expect(html).toMatch(/<a href="\/files\/en\.md\?v=3" download>[^<]+<\/a>/);
    expect(html).not.toContain('href="/files/en.html');
  });

  it('shows a PDF in the page where a document has no HTML', () => {
    const html = page('desk');
    expect(html).toContain('<iframe id="document" title="packet desk" src="/files/desk.pdf?v=3"></iframe>');
    expect(html).not.toContain('href="/files/desk.pdf');
    expect(html).toContain('<a href="/files/desk.docx?v=3" download>DOCX</a>');
  });
});
