import { isHanLanguage } from '../../fonts/index.js';

/** CSS shared by every edition; the variables carry what differs by script. */
const baseStyles = `
:root { color-scheme: light; --ink: #1a1a1a; --muted: #555; --rule: #bbb; }
html { font-family: var(--body-font); color: var(--ink); background: #fff; }
body { margin: 0; line-height: var(--line-height); font-size: 1.05rem; }
main { max-width: var(--measure); margin: 0 auto; padding: 3rem 1.5rem 4rem; }
h1, h2, h3, th { font-family: var(--heading-font); }
.title-block { text-align: center; border-bottom: 1px solid var(--rule); padding-bottom: 1.25rem; margin-bottom: 2rem; }
.title-block p { text-align: center; }
.title-block .kicker { letter-spacing: 0.04em; color: var(--muted); margin: 0 0 0.5rem; }
.title-block h1 { font-size: 2rem; margin: 0 0 0.75rem; }
.title-block .dates, .title-block .venue { margin: 0.2rem 0; }
.title-block .venue { font-style: var(--label-style); font-weight: var(--label-weight); }
h2 { font-size: 1.3rem; margin: 2.2rem 0 0.8rem; }
h3 { font-size: 1.1rem; margin: 1.6rem 0 0.6rem; }
p, li { text-align: var(--align); }
.group-label { font-style: var(--label-style); font-weight: var(--label-weight); margin-bottom: 0.4rem; }
li { margin-bottom: 0.45rem; }
li > ul { margin-top: 0.45rem; }
table { border-collapse: collapse; width: 100%; font-size: 0.92rem; margin-bottom: 1.5rem; }
th, td { text-align: left; vertical-align: top; padding: 0.35rem 0.6rem 0.35rem 0; border-bottom: 1px solid #ddd; }
th { border-bottom: 1.5px solid #888; color: var(--muted); font-weight: 700; }
td:first-child { width: var(--name-column); }
@media print {
  @page { size: A4; margin: 22mm 25mm; }
  main { max-width: none; padding: 0; }
  h2, h3 { break-after: avoid; }
  tr, li { break-inside: avoid; }
}
`;

const latinVariables = `:root {
  --body-font: "Noto Serif", Georgia, "Times New Roman", serif; --heading-font: var(--body-font);
  --line-height: 1.55; --measure: 44rem; --align: left; --label-style: italic; --label-weight: normal; --name-column: 30%;
}`;

/** Chinese: Song body, Hei headings, 1.8 line height, justified; no italics (Han type has none). */
const hanVariables = `:root {
  --body-font: "Noto Serif SC", "Source Han Serif SC", "Songti SC", SimSun, serif;
  --heading-font: "Noto Sans SC", "Source Han Sans SC", "PingFang SC", SimHei, sans-serif;
  --line-height: 1.8; --measure: 40rem; --align: justify; --label-style: normal; --label-weight: 700; --name-column: 24%;
}
em { font-style: normal; text-emphasis: filled dot; text-emphasis-position: under right; }
strong { font-weight: 700; }`;

/** Paragraph roles that the Chinese stylesheet sets in bold (labels, where Latin type uses italics). */
export const HAN_BOLD_ROLES = ['group-label', 'venue'];

export function htmlStylesFor(lang: string): string {
  return (isHanLanguage(lang) ? hanVariables : latinVariables) + baseStyles;
}
