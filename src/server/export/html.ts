import type { ReportBlock } from '../../domain/report.ts';
import type { ReportDocument } from '../../domain/reportDocument/document.ts';
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

/** As in Markdown: a block's heading one level under its section's (h2 for a day, h3 for a block). */
function block(b: ReportBlock, sectionLevel: number): string {
  switch (b.type) {
    case 'heading': {
      const level = Math.min(sectionLevel + b.level - 1, 6);
      return `<h${level}>${escapeHtml(b.text)}</h${level}>`;
    }
    case 'paragraph':
      return paragraphs(b.text);
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      const title = b.title ? `<p class="list-title">${escapeHtml(b.title)}</p>` : '';
      const items = b.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('');
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
  }
}

/**
 * The report as one HTML page with a print style sheet: the console shows it as a preview,
 * and the browser's "print → save as PDF" gives a clean A4 report. No script, no outside
 * resources, so it also opens from a file.
 */
export function renderHtml(doc: ReportDocument): string {
  const sections = doc.sections
    .map((s) => {
      const tag = s.level === 1 ? 'h2' : 'h3';
      const cls = s.kind === 'day' ? ' class="day"' : '';
      return `<section${cls} id="s-${escapeHtml(s.id)}"><${tag}>${escapeHtml(s.title)}</${tag}>${s.blocks.map((b) => block(b, s.level)).join('\n')}</section>`;
    })
    .join('\n');
  const subtitle = doc.subtitle.map((l) => `<p>${escapeHtml(l)}</p>`).join('');
  return `<!doctype html>
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
${sections}
<footer><p>${escapeHtml(doc.colophon)}</p></footer>
</main>
</body>
</html>
`;
}
