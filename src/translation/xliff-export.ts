/** `briefing xliff export`: the strings of one agreement for a translator, as XLIFF 2.0 or 1.2. */
import { loadCatalog } from '../check/catalog.js';
import { SOURCE_LANGUAGE } from '../source/keys.js';
import { loadAgreement } from '../source/project.js';
import { onlyTranslationLanguage, toolTag } from './languages.js';
import { loadRecords, type UnitState } from './records.js';
import { exportGroups, type Selection } from './units.js';
import { writeXliff, type XliffVersion } from './xliff-write.js';

export interface XliffExportRequest {
  root: string;
  agreementId?: string;
  /** Default: the only translation language of the project. */
  lang?: string;
  only: Selection;
  version: XliffVersion;
}

export interface XliffExport {
  agreementId: string;
  lang: string;
  xml: string;
  /** Units by state. */
  counts: Record<UnitState, number>;
}

export async function exportXliff({ root, agreementId, lang, only, version }: XliffExportRequest): Promise<XliffExport> {
  const catalog = await loadCatalog(root, await loadAgreement(root, agreementId));
  const records = await loadRecords(root, catalog, lang ?? onlyTranslationLanguage(catalog));
  const groups = await exportGroups(root, records, only);
  const counts: Record<UnitState, number> = { initial: 0, translated: 0, reviewed: 0, final: 0 };
  for (const unit of groups.flatMap((g) => g.units)) counts[unit.state]++;
  const header = { agreementId: catalog.agreement.id, srcLang: toolTag(catalog, SOURCE_LANGUAGE), trgLang: toolTag(catalog, records.lang) };
  return { agreementId: catalog.agreement.id, lang: records.lang, xml: writeXliff(version, header, groups), counts };
}
