import { readFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPreview, type PreviewSession } from '../../src/preview/index.js';
import { briefing } from '../helpers/cli.js';
import { eventually } from '../helpers/eventually.js';
import { EN_LOCALE_FILE, edit, scratchProject } from '../helpers/project.js';

const get = async (url: string): Promise<{ status: number; type: string | null; text: string }> => {
  const response = await fetch(url);
  return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
};

/** Collects the server-sent events of /events. */
function listen(url: string): { events: string[]; connected: () => boolean; close: () => void } {
  const events: string[] = [];
  let connected = false;
  const request = http.get(new URL('events', url), (response) =>
    response.on('data', (chunk: Buffer) => {
      connected = true;
      events.push(...(chunk.toString().match(/^event: \w+$/gm) ?? []));
    }),
  );
  request.on('error', () => undefined);
  return { events, connected: () => connected, close: () => request.destroy() };
}

describe('briefing preview, in process on a scratch project', () => {
  let root: string;
  let session: PreviewSession;
  const out: string[] = [];
  const err: string[] = [];

  beforeAll(async () => {
    root = await scratchProject();
    const io = { out: (...lines: string[]) => void out.push(...lines), err: (line: string) => void err.push(line) };
    session = await startPreview({ root, editions: ['en'], profiles: [], allProfiles: false, formats: ['html', 'docx'], layout: 'parallel', outDir: path.join(root, 'dist') }, 0, io);
    await eventually(() => out.some((line) => line.startsWith('built ')), 'the first build');
    await session.idle();
  });
  afterAll(() => session?.close());

  it('serves on 127.0.0.1 an index naming each edition, with its HTML inline, its DOCX to download and the check findings', async () => {
    expect(session.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(out[0]).toBe(`preview at ${session.url}`);
    const index = await get(session.url);
    expect(index.status).toBe(200);
    expect(index.text).toContain('>edition en</a>');
    expect(index.text).toMatch(/<iframe id="document" title="edition en" src="\/files\/en\.html\?v=\d+">/);
    expect(index.text).toMatch(/<a href="\/files\/en\.docx\?v=\d+" download>DOCX<\/a>/);
    expect(index.text).toMatch(/<p class="finding" id="check-summary">0 errors, \d+ warnings<\/p>/);
    const html = await get(`${session.url}files/en.html`);
    expect([html.status, html.type]).toEqual([200, 'text/html; charset=utf-8']);
    expect(html.text).toBe(await readFile(path.join(root, 'dist', 'en.html'), 'utf8'));
  });

  it('serves nothing but the outputs', async () => {
    for (const name of ['manifest.json', '..%2Fdata%2Fconfig.yaml', '.briefing-inputs.json']) expect((await get(`${session.url}files/${name}`)).status).toBe(404);
  });

  it('tells open pages to reload after a rebuild, and shows a broken edit as one line while keeping the last good outputs', async () => {
    const stream = listen(session.url);
    await eventually(stream.connected, 'the event stream');
    await edit(root, EN_LOCALE_FILE, '"title": "Consensus Agreement"', '"title": "Consensus Agreement, previewed"');
    await eventually(() => stream.events.includes('event: reload'), 'the reload event');
    await session.idle();
    expect((await get(`${session.url}files/en.html`)).text).toContain('Consensus Agreement, previewed');

    const good = await readFile(path.join(root, 'dist', 'en.html'), 'utf8');
    await edit(root, EN_LOCALE_FILE, '"track2-p1": "Both teams', '"track2-p1": "<iframe>Both teams');
    await eventually(() => stream.events.length >= 2, 'the second reload event');
    await session.idle();
    const index = await get(session.url);
    expect(index.text).toContain(
      '<p class="error" role="alert" id="error">locales/en/track2-2021.json: key blocks.track2-p1: markup &lt;iframe&gt;: only &lt;strong&gt; and &lt;em&gt; are allowed — showing the last good outputs</p>',
    );
    expect((await get(`${session.url}files/en.html`)).text).toBe(good);
    stream.close();
  });
});

describe('briefing preview on the command line', () => {
  it('refuses a port that is not a number, with exit 2', async () => {
    const run = await briefing(['preview', '--port', 'eighty']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('briefing: --port "eighty" is not a port number: give one from 1 to 65535, or leave it out for a free one\n');
  });
});
