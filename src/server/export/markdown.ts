import type { ReportBlock } from '../../domain/report.ts';
import type { ReportDocument } from '../../domain/reportDocument/document.ts';

/**
 * Participants' words are data, never markup: characters that Markdown (or HTML inside it)
 * would read as syntax are escaped, and line breaks inside one item become spaces so a note
 * cannot start a heading or a list of its own.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s*\n\s*/g, ' ')
    .replace(/[\\`*_[\]<>#|~!]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/^(\s*)([-+=]|\d+[.)])(\s)/, '$1\\$2$3');
}

/**
 * A block's heading sits under its section's: kinds write level 3 for "one below my title", so
 * under a day's section (level 1, `##`) it is `###`, under a block's (level 2, `###`) `####`.
 */
function headingHashes(sectionLevel: number, level: number): string {
  return '#'.repeat(Math.min(sectionLevel + level - 1, 6));
}

function block(b: ReportBlock, sectionLevel: number): string {
  switch (b.type) {
    case 'heading':
      return `${headingHashes(sectionLevel, b.level)} ${escapeMarkdown(b.text)}`;
    case 'paragraph':
      return b.text
        .split(/\n{2,}/)
        .map(escapeMarkdown)
        .join('\n\n');
    case 'list': {
      const title = b.title ? `**${escapeMarkdown(b.title)}**\n\n` : '';
      const items = b.items.map(
        (item, i) => `${b.ordered ? `${i + 1}.` : '-'} ${escapeMarkdown(item)}`,
      );
      return title + (items.length > 0 ? items.join('\n') : '-');
    }
    case 'table': {
      const row = (cells: readonly string[]) => `| ${cells.map(escapeMarkdown).join(' | ')} |`;
      return [
        row(b.columns),
        `|${b.columns.map(() => ' --- |').join('')}`,
        ...b.rows.map(row),
      ].join('\n');
    }
    case 'quote': {
      const source = b.source ? `\n>\n> — ${escapeMarkdown(b.source)}` : '';
      return `> ${escapeMarkdown(b.text)}${source}`;
    }
    case 'figure':
      // Markdown has no place for an inline drawing; the caption keeps the figure's place.
      return `*${escapeMarkdown(b.caption)}*`;
    case 'counts':
      return b.items.map((i) => `- ${escapeMarkdown(i.label)}: **${i.value}**`).join('\n');
    case 'keyFigure':
      return `**${escapeMarkdown(b.value)}** ${escapeMarkdown(b.label)}`;
  }
}

/** The report as Markdown: headings one level under the title, one blank line between blocks. */
export function renderMarkdown(doc: ReportDocument): string {
  const parts = [`# ${escapeMarkdown(doc.title)}`];
  if (doc.subtitle.length > 0) parts.push(doc.subtitle.map(escapeMarkdown).join('  \n'));
  for (const section of doc.sections) {
    parts.push(`${'#'.repeat(section.level + 1)} ${escapeMarkdown(section.title)}`);
    for (const b of section.blocks) parts.push(block(b, section.level));
  }
  parts.push(`---\n\n*${escapeMarkdown(doc.colophon)}*`);
  return `${parts.join('\n\n')}\n`;
}
