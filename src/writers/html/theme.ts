/** The stylesheet embedded in every HTML edition (no external requests). */
export const englishHtmlStyles = `
:root { color-scheme: light; --ink: #1a1a1a; --muted: #555; --rule: #bbb; }
html { font-family: "Noto Serif", Georgia, "Times New Roman", serif; color: var(--ink); background: #fff; }
body { margin: 0; line-height: 1.55; font-size: 1.05rem; }
main { max-width: 44rem; margin: 0 auto; padding: 3rem 1.5rem 4rem; }
.title-block { text-align: center; border-bottom: 1px solid var(--rule); padding-bottom: 1.25rem; margin-bottom: 2rem; }
.title-block p { text-align: center; }
.title-block .kicker { letter-spacing: 0.04em; color: var(--muted); margin: 0 0 0.5rem; }
.title-block h1 { font-size: 2rem; margin: 0 0 0.75rem; }
.title-block .dates, .title-block .venue { margin: 0.2rem 0; }
.title-block .venue { font-style: italic; }
h2 { font-size: 1.3rem; margin: 2.2rem 0 0.8rem; }
h3 { font-size: 1.1rem; margin: 1.6rem 0 0.6rem; }
.group-label { font-style: italic; margin-bottom: 0.4rem; }
li { margin-bottom: 0.45rem; }
li > ul { margin-top: 0.45rem; }
table { border-collapse: collapse; width: 100%; font-size: 0.92rem; margin-bottom: 1.5rem; }
th, td { text-align: left; vertical-align: top; padding: 0.35rem 0.6rem 0.35rem 0; border-bottom: 1px solid #ddd; }
th { border-bottom: 1.5px solid #888; color: var(--muted); font-weight: 600; }
td:first-child { width: 30%; }
@media print {
  @page { size: A4; margin: 22mm 25mm; }
  main { max-width: none; padding: 0; }
  h2, h3 { break-after: avoid; }
  tr, li { break-inside: avoid; }
}
`;
