import type { Inline, ReportBlock } from '../../domain/report.ts';
import { htmlPhoto, NO_PHOTOS, type PhotoBytes } from './photos.ts';
import { safeHref } from '../../domain/reportDocument/richText.ts';
import {
  startsOnNewPage,
  type ReportDocument,
  type ReportSection,
} from '../../domain/reportDocument/document.ts';
import { joined } from './streams.ts';
import { PRINT_CSS } from './printCss.ts';

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Every text is escaped: participants' words can never become tags, attributes or links. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

const paragraphs = (text: string) =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('');

const marked = (run: Inline) => {
  const text = escapeHtml(run.text).replace(/\n/g, '<br>');
  const italic = run.italic ? `<em>${text}</em>` : text;
  return run.bold ? `<strong>${italic}</strong>` : italic;
};

/**
 * The facilitators' marks as tags; the words inside are escaped like everyone's. A link only
 * to a web page or an e-mail address (checked again here), one `<a>` for neighbouring runs
 * with the same address, and the page it opens learns nothing about the report.
 */
export function markedHtml(runs: readonly Inline[]): string {
  let out = '';
  for (let i = 0; i < runs.length;) {
    const href = runs[i]!.href ? safeHref(runs[i]!.href!) : null;
    let end = i + 1;
    while (href && end < runs.length && safeHref(runs[end]!.href ?? '') === href) end++;
    const inner = runs.slice(i, end).map(marked).join('');
    out += href ? `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${inner}</a>` : inner;
    i = end;
  }
  return out;
}

/** As in Markdown: a block's heading one level under its section's (h2 for a day, h3 for a block). */
function block(b: ReportBlock, sectionLevel: number, photos: PhotoBytes): string {
  switch (b.type) {
    case 'heading': {
      const level = Math.min(sectionLevel + b.level - 1, 6);
      return `<h${level}>${b.runs ? markedHtml(b.runs) : escapeHtml(b.text)}</h${level}>`;
    }
    case 'paragraph':
      return b.runs ? `<p>${markedHtml(b.runs)}</p>` : paragraphs(b.text);
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      const title = b.title ? `<p class="list-title">${escapeHtml(b.title)}</p>` : '';
      const items = b.items
        .map((item, i) => {
          const runs = b.itemRuns?.[i];
          return `<li>${runs ? markedHtml(runs) : escapeHtml(item)}</li>`;
        })
        .join('');
      return `${title}<${tag}>${items}</${tag}>`;
    }
    case 'table': {
      const head = b.columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('');
      const rows = b.rows
        .map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`)
        .join('');
      return `<table><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
    }
    case 'quote': {
      const source = b.source ? `<figcaption>${escapeHtml(b.source)}</figcaption>` : '';
      return `<figure class="quote"><blockquote>${paragraphs(b.text)}</blockquote>${source}</figure>`;
    }
    case 'figure': {
      // As an image, never inline: a drawing can hold no script and no link that runs here.
      const src = `data:image/svg+xml;base64,${Buffer.from(b.svg).toString('base64')}`;
      const alt = escapeHtml(b.caption);
      return `<figure><img src="${src}" alt="${alt}"><figcaption>${alt}</figcaption></figure>`;
    }
    case 'counts':
      return `<dl class="counts">${b.items
        .map((i) => `<div><dt>${escapeHtml(i.label)}</dt><dd>${i.value}</dd></div>`)
        .join('')}</dl>`;
    case 'keyFigure':
      return `<p class="key-figure"><strong>${escapeHtml(b.value)}</strong> ${escapeHtml(b.label)}</p>`;
    case 'photo':
      return htmlPhoto(b, photos, escapeHtml);
  }
}

/**
 * The report as one HTML page with a print style sheet: the console shows it as a preview,
 * and the browser's "print → save as PDF" gives a clean A4 report. No script, no outside
 * resources, so it also opens from a file. Made piece by piece (a section at a time), so a
 * large report streams to the browser.
 */
export function* htmlChunks(
  doc: ReportDocument,
  photos: PhotoBytes = NO_PHOTOS,
): Generator<string> {
  const subtitle = doc.subtitle.map((l) => `<p>${escapeHtml(l)}</p>`).join('');
  yield `<!doctype html>
<html lang="${doc.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(doc.title)}</title>
<style>${PRINT_CSS}</style>
</head>
<body>
<main>
<header class="title-page"><h1>${escapeHtml(doc.title)}</h1>${subtitle}</header>
`;
  yield* joined(sectionsOf(doc, photos), '\n', '\n');
  yield `<footer><p>${escapeHtml(doc.colophon)}</p></footer>
</main>
</body>
</html>
`;
}

function* sectionsOf(doc: ReportDocument, photos: PhotoBytes) {
  for (const s of doc.sections) yield section(s, photos);
}

function section(s: ReportSection, photos: PhotoBytes): string {
  const tag = s.level === 1 ? 'h2' : 'h3';
  const cls = startsOnNewPage(s) ? ` class="${s.kind}"` : '';
  return `<section${cls} id="s-${escapeHtml(s.id)}"><${tag}>${escapeHtml(s.title)}</${tag}>${s.blocks.map((b) => block(b, s.level, photos)).join('\n')}</section>`;
}

/** The report as one HTML page (see `htmlChunks`). */
export function renderHtml(doc: ReportDocument, photos: PhotoBytes = NO_PHOTOS): string {
  return [...htmlChunks(doc, photos)].join('');
}
