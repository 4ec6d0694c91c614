/**
 * `briefing xliff import`: a translator's XLIFF back into the locale. Every unit is checked first
 * (known key, unchanged English, matching inline codes, every `check` rule on the new text);
 * problems stop the import before anything is written, unless `partial` skips those units.
 */
import { loadCatalog, type Catalog } from '../check/catalog.js';
import { contentFindings } from '../check/index.js';
import { BriefingError, ContentError, UsageError } from '../errors.js';
import { loadGlossary } from '../source/glossary.js';
import { SOURCE_LANGUAGE } from '../source/keys.js';
import { listAgreementIds, loadAgreement } from '../source/project.js';
import { readTextFile } from '../source/text-file.js';
import { codesOf, fromRuns, toRuns } from './inline.js';
import { projectLanguage } from './languages.js';
import { collapseWhitespace } from './normalize.js';
import { exchangedKeys, loadRecords, stateOf, writeChanges, type Change, type Records } from './records.js';
import { readXliff, type IncomingUnit } from './xliff-read.js';
import { parseXml } from './xml.js';

export interface XliffImportRequest {
  root: string;
  file: string;
  displayName: string;
  partial: boolean;
  /** --agreement / --lang, when given, must agree with the file. */
  agreementId?: string;
  lang?: string;
}

export interface XliffImportReport {
  agreementId: string;
  lang: string;
  /** Units signed off: written with their English recorded. */
  confirmed: string[];
  /** Units translated but not signed off: written and flagged for review. */
  translated: string[];
  /** Problems of units skipped with --partial, one line each. */
  skipped: string[];
  written: string[];
}

interface Problem {
  line: number;
  unit: string;
  message: string;
}

export async function importXliff(request: XliffImportRequest): Promise<XliffImportReport> {
  const { root, displayName } = request;
  const incoming = readXliff(parseXml(await readTextFile(request.file, displayName, 2), displayName), displayName);
  const refuse = (message: string): never => {
    throw new ContentError(displayName, undefined, `${message}: nothing was written`, 2);
  };
  if (request.agreementId !== undefined && request.agreementId !== incoming.agreementId) {
    throw new UsageError(`${displayName} is for agreement ${incoming.agreementId}, not --agreement ${request.agreementId}`);
  }
  const ids = await listAgreementIds(root);
  if (!ids.includes(incoming.agreementId)) refuse(`this XLIFF is for agreement "${incoming.agreementId}", which this project does not have (${ids.join(', ')})`);
  const catalog = await loadCatalog(root, await loadAgreement(root, incoming.agreementId));
  if (projectLanguage(catalog, incoming.srcLang) !== SOURCE_LANGUAGE) refuse(`the source language is ${incoming.srcLang}, not English: this XLIFF was not exported by briefing`);
  const lang = projectLanguage(catalog, incoming.trgLang);
  if (lang === undefined || lang === SOURCE_LANGUAGE) refuse(`the target language ${incoming.trgLang} is not a translation language of this project (${catalog.languages.slice(1).join(', ')})`);
  if (request.lang !== undefined && request.lang !== lang) throw new UsageError(`${displayName} is a translation into ${incoming.trgLang}, not --lang ${request.lang}`);

  const records = await loadRecords(root, catalog, lang!);
  const { changes, problems } = await planChanges(root, records, incoming.units);
  const lines = problems.sort((a, b) => a.line - b.line).map((p) => `${displayName}:${p.line}: unit ${p.unit}: ${p.message}`);
  if (lines.length > 0 && !request.partial) {
    throw new BriefingError(`${lines.join('\n')}\n${lines.length} problem${lines.length === 1 ? '' : 's'}: nothing was written; fix them in the XLIFF, or import the other units with --partial`, 1);
  }
  const failed = new Set(problems.map((p) => p.unit));
  const accepted = changes.filter((c) => !failed.has(c.key));
  const written = accepted.length > 0 ? await writeChanges(root, records, accepted) : [];
  return {
    agreementId: incoming.agreementId,
    lang: lang!,
    confirmed: accepted.filter((c) => c.confirm).map((c) => c.key),
    translated: accepted.filter((c) => !c.confirm).map((c) => c.key),
    skipped: lines,
    written,
  };
}

/** The changes the units ask for, and what is wrong with units that cannot be taken. */
async function planChanges(root: string, records: Records, units: readonly IncomingUnit[]): Promise<{ changes: Change[]; problems: Problem[] }> {
  const known = new Set(exchangedKeys(records.catalog).map((k) => k.key));
  const problems: Problem[] = [];
  const changes: Change[] = [];
  const seen = new Map<string, number>();
  for (const unit of units) {
    const key = [unit.id, unit.name].find((k) => k !== undefined && known.has(k));
    const problem = (message: string): void => void problems.push({ line: unit.line, unit: key ?? unit.id, message });
    if (key === undefined) {
      problem(`no string of the agreement has this id${unit.name && unit.name !== unit.id ? ` (nor its name ${unit.name})` : ''}: was the unit added by hand, or the file exported from another version?`);
      continue;
    }
    if (seen.has(key)) {
      problem(`a second unit for this string (the first is at line ${seen.get(key)})`);
      continue;
    }
    seen.set(key, unit.line);
    const english = records.source.get(key)!;
    const codes = codesOf(toRuns(english));
    const source = fromRuns(unit.source, codes);
    if ('problem' in source || collapseWhitespace(source.text) !== collapseWhitespace(english)) {
      problem(`the English changed since the export (${'problem' in source ? source.problem : 'the text differs'}): export the strings again and translate the current English`);
      continue;
    }
    if (unit.problem) {
      problem(unit.problem);
      continue;
    }
    if (!unit.target) continue;
    const target = fromRuns(unit.target, codes);
    if ('problem' in target) {
      problem(`the markup of the translation does not match the source: ${target.problem}`);
      continue;
    }
    const change = changeFor(records, key, target.text, unit.state === 'final');
    if (change) changes.push(change);
  }
  problems.push(...(await ruleProblems(root, records, changes, seen)));
  return { changes, problems };
}

const reviewReason = (key: string): string => `translated in a CAT tool but not signed off (XLIFF state translated/reviewed): review it, then run briefing check --accept ${key}`;

/** What a unit changes; nothing when the locale already says it (so importing twice changes nothing). */
function changeFor(records: Records, key: string, text: string, signedOff: boolean): Change | undefined {
  if (text.trim() === '') return undefined;
  const current = records.target.get(key);
  if (signedOff) return current === text && stateOf(records, key) === 'final' ? undefined : { key, text, confirm: true, flag: null };
  return current === text ? undefined : { key, text, confirm: false, flag: reviewReason(key) };
}

/** Every `check` rule on the strings as they would be after the import, reported for the units that change. */
async function ruleProblems(root: string, records: Records, changes: readonly Change[], lines: ReadonlyMap<string, number>): Promise<Problem[]> {
  if (changes.length === 0) return [];
  const { catalog, lang } = records;
  const strings = new Map(records.target);
  const flags = new Map(records.flags);
  for (const change of changes) {
    strings.set(change.key, change.text);
    if (change.flag === null) flags.delete(change.key);
    else if (change.flag !== undefined) flags.set(change.key, change.flag);
  }
  const after: Catalog = { ...catalog, languages: [SOURCE_LANGUAGE, lang], strings: { [SOURCE_LANGUAGE]: records.source, [lang]: strings } };
  const changed = new Set(changes.map((c) => c.key));
  return contentFindings(after, await loadGlossary(root), (l, key) => l === lang && flags.has(key))
    .filter((f) => f.severity === 'error' && f.language === lang && changed.has(f.key))
    .map((f) => ({ line: lines.get(f.key) ?? 0, unit: f.key, message: `check ${f.rule}: ${f.message}` }));
}
