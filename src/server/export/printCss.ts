/**
 * The report's style, for the screen and for A4 print: a title page on its own, each day on a
 * new page, headings kept with what follows, tables and figures not split, page numbers at
 * the foot (Chromium prints `@page` margin boxes).
 */
export const PRINT_CSS = `
:root { color: #1b1b1b; font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; line-height: 1.5; }
body { margin: 0; background: #f4f4f0; }
main { max-width: 48rem; margin: 0 auto; padding: 2rem 2.5rem; background: #fff; }
h1 { font-size: 2rem; margin: 0 0 .5rem; }
h2 { font-size: 1.6rem; margin: 2.5rem 0 .75rem; border-block-end: 2px solid #2f5d50; }
h3 { font-size: 1.25rem; margin: 2rem 0 .5rem; color: #2f5d50; }
h4 { font-size: 1.05rem; margin: 1.25rem 0 .4rem; }
.title-page { padding-block: 4rem 2rem; border-block-end: 4px solid #2f5d50; margin-block-end: 2rem; }
.title-page p { font-size: 1.15rem; margin: .25rem 0; }
.list-title { font-weight: bold; margin: 1rem 0 .25rem; }
ul, ol { margin-block: .25rem 1rem; padding-inline-start: 1.5rem; }
li { margin-block: .15rem; }
table { border-collapse: collapse; width: 100%; margin-block: .75rem 1.25rem; }
th, td { border: 1px solid #b8b8b0; padding: .35rem .5rem; text-align: start; vertical-align: top; }
th { background: #e8efe9; }
figure { margin: 1rem 0; }
figure img { max-width: 100%; height: auto; }
figure.photo img { width: auto; max-height: 80vh; }
figcaption { font-size: .9rem; color: #444; }
.quote blockquote { margin: 0; padding-inline-start: 1rem; border-inline-start: 4px solid #2f5d50; font-style: italic; }
.counts { display: flex; flex-wrap: wrap; gap: .5rem 2rem; }
.counts div { display: flex; gap: .5rem; }
.counts dd { margin: 0; font-weight: bold; }
.key-figure strong { font-size: 1.6rem; color: #2f5d50; }
footer { margin-block-start: 3rem; font-size: .85rem; color: #555; }
@page { size: A4; margin: 2cm 2cm 2.2cm; @bottom-center { content: counter(page); font-size: 9pt; } }
@media print {
  body { background: none; }
  main { max-width: none; padding: 0; }
  .title-page { break-after: page; padding-block-start: 6cm; border: 0; }
  section.day, section.actions, section.appendix { break-before: page; }
  h2, h3, h4, .list-title { break-after: avoid; }
  /* Long tables may run onto the next page (with their header again); rows stay whole. */
  thead { display: table-header-group; }
  tr, figure, .quote { break-inside: avoid; }
  /* A portrait photo and its caption fit on one page together. */
  figure.photo img { max-height: 20cm; }
}
`;
