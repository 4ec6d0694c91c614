import Handlebars from 'handlebars';
import type { Finding } from '../check/findings.js';
import { plural } from '../terminal.js';
import type { ManifestEntry } from '../io/manifest.js';
import type { OutputFormat } from '../writers/format.js';
import { FORMATS, OUTPUT_FORMATS } from '../writers/index.js';

/** What the preview knows after the last build: the outputs to show, the last error, the check findings. */
export interface PreviewState {
  outputs: ManifestEntry[];
  /** The one-line error of the last build, when it failed (the outputs are then the last good ones). */
  error?: string;
  /** `briefing check` after the last build, or the line saying why it could not run. */
  check: { errors: Finding[]; warnings: Finding[] } | { failed: string };
  /** Counts builds, so that each reload fetches the files anew. */
  generation: number;
  /** The line about the last build ("built en.html in 0.4 s"). */
  status: string;
}

/** One edition or packet, with its files by format. */
interface PreviewDocument {
  name: string;
  label: string;
  files: Partial<Record<ManifestEntry['format'], string>>;
  /** The file shown in the page: the format made for it, else one the browser's viewer shows. */
  inline?: string;
  /** A link to each file but the one shown inline, in the formats' order: the browser's viewer, or a download. */
  links: { label: string; file: string; download: boolean }[];
}

function documentsOf(outputs: readonly ManifestEntry[]): PreviewDocument[] {
  const documents = new Map<string, PreviewDocument>();
  for (const entry of outputs) {
    const name = entry.file.slice(0, entry.file.lastIndexOf('.'));
    const document = documents.get(name) ?? { name, label: entry.profile ? `packet ${entry.profile}` : `edition ${entry.edition}`, files: {}, links: [] };
    document.files[entry.format] = entry.file;
    documents.set(name, document);
  }
  const shownAs = (document: PreviewDocument, preview: OutputFormat['preview']) => FORMATS.map((format) => (OUTPUT_FORMATS[format].preview === preview ? document.files[format] : undefined)).find(Boolean);
  for (const document of documents.values()) {
    document.inline = shownAs(document, 'page') ?? shownAs(document, 'viewer');
    document.links = FORMATS.flatMap((format) => {
      const file = document.files[format];
      const { label, preview } = OUTPUT_FORMATS[format];
      return file && file !== document.inline ? [{ label, file, download: preview === 'download' }] : [];
    });
  }
  return [...documents.values()];
}

const page = Handlebars.compile(`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>briefing preview</title>
<style>
  body { font: 15px/1.45 system-ui, sans-serif; margin: 0; display: grid; grid-template-columns: 19rem 1fr; height: 100vh; }
  aside { padding: 1rem; overflow: auto; border-right: 1px solid #ccc; background: #f7f7f5; }
  main { display: flex; flex-direction: column; }
  iframe { flex: 1; border: 0; width: 100%; }
  h1 { font-size: 1.1rem; margin: 0 0 .5rem; }
  h2 { font-size: 1rem; margin: 1.2rem 0 .4rem; }
  ul { padding-left: 1.1rem; margin: 0; }
  li { margin: .25rem 0; }
  [aria-current] { font-weight: bold; }
  .error { background: #fde8e8; color: #8a1c1c; border: 1px solid #e5a3a3; padding: .5rem .75rem; margin: 0; font-family: ui-monospace, monospace; font-size: 13px; }
  .status { color: #555; font-size: 13px; }
  .finding { font-size: 13px; }
  .finding code { font-size: 12px; }
</style>
</head>
<body>
<aside>
<h1>briefing preview</h1>
<p class="status" id="status">{{status}}</p>
<h2>Editions and packets</h2>
<ul id="documents">
{{#each documents}}
  <li><a href="/?show={{name}}"{{#if current}} aria-current="page"{{/if}}>{{label}}</a>
    {{#each links}}· <a href="/files/{{file}}?v={{@root.generation}}"{{#if download}} download{{else}} target="_blank"{{/if}}>{{label}}</a>
    {{/each}}</li>
{{else}}
  <li>nothing built yet</li>
{{/each}}
</ul>
<h2>Check</h2>
{{#if check.failed}}<p class="finding">could not run: {{check.failed}}</p>{{else}}
<p class="finding" id="check-summary">{{errorCount}}, {{warningCount}}</p>
<ul>
{{#each check.errors}}<li class="finding">error {{rule}}: <code>{{key}}</code> ({{language}}): {{message}}</li>{{/each}}
</ul>
{{#if check.warnings.length}}<details><summary class="finding">warnings</summary><ul>
{{#each check.warnings}}<li class="finding">{{rule}}: <code>{{key}}</code> ({{language}}): {{message}}</li>{{/each}}
</ul></details>{{/if}}
{{/if}}
</aside>
<main>
{{#if error}}<p class="error" role="alert" id="error">{{error}} — showing the last good outputs</p>{{/if}}
{{#if shown}}
  {{#if shown.inline}}<iframe id="document" title="{{shown.label}}" src="/files/{{shown.inline}}?v={{generation}}"></iframe>
  {{else}}<p>{{shown.label}} has neither HTML nor PDF: download it from the list.</p>{{/if}}
{{/if}}
</main>
<script>
  // A finished rebuild (or a failed one) reloads the page, with the document it shows.
  new EventSource('/events').addEventListener('reload', () => location.reload());
</script>
</body>
</html>
`);

/** The index page: every edition and packet, the one asked for (`show`) inline, the check findings, the last error. */
export function indexPage(state: PreviewState, show: string | null): string {
  const documents = documentsOf(state.outputs).map((document, i) => ({ ...document, current: show === null ? i === 0 : document.name === show }));
  const { check } = state;
  return page({
    ...state,
    documents,
    shown: documents.find((document) => document.current),
    errorCount: 'failed' in check ? '' : plural(check.errors.length, 'error'),
    warningCount: 'failed' in check ? '' : plural(check.warnings.length, 'warning'),
  });
}
