import type { Inline, ReportBlock } from '../../domain/report.ts';
import { markdownPhoto } from './photos.ts';
import type { ReportDocument } from '../../domain/reportDocument/document.ts';
import { safeHref } from '../../domain/reportDocument/richText.ts';
import { joined } from './streams.ts';

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

/** Marks from outer to inner: a link holds bold, bold holds italic. */
type Mark = { readonly link: string } | 'bold' | 'italic';

function marksOf(run: Inline): Mark[] {
  const href = run.href ? safeHref(run.href) : null;
  return [
    ...(href ? [{ link: href }] : []),
    ...(run.bold ? ['bold' as const] : []),
    ...(run.italic ? ['italic' as const] : []),
  ];
}

const sameMark = (a: Mark | undefined, b: Mark | undefined) =>
  typeof a === 'object' && typeof b === 'object' ? a.link === b.link : a === b;

const open = (m: Mark) => (m === 'bold' ? '**' : m === 'italic' ? '*' : '[');
// Parentheses would end the address early; the rest is already percent-encoded by URL.
const close = (m: Mark) =>
  m === 'bold'
    ? '**'
    : m === 'italic'
      ? '*'
      : `](${m.link.replace(/[()]/g, (c) => (c === '(' ? '%28' : '%29'))})`;

/**
 * The facilitators' marks back as Markdown, their words escaped like everyone's. Marks open
 * right before a word and close right after one (Markdown ignores `** a**`), so spaces at a
 * change of marks go between the closing and the opening signs.
 */
export function markedText(runs: readonly Inline[]): string {
  let out = '';
  let current: Mark[] = [];
  let space = '';
  for (const run of runs) {
    const [, lead = '', core = '', trail = ''] =
      /^(\s*)(.*?)(\s*)$/s.exec(escapeMarkdown(run.text)) ?? [];
    if (core === '') {
      space += lead;
      continue;
    }
    const wanted = marksOf(run);
    let kept = 0;
    while (kept < current.length && sameMark(current[kept], wanted[kept])) kept++;
    out += current.slice(kept).reverse().map(close).join('') + space + lead;
    out += wanted.slice(kept).map(open).join('') + core;
    current = wanted;
    space = trail;
  }
  return out + [...current].reverse().map(close).join('');
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
      return `${headingHashes(sectionLevel, b.level)} ${b.runs ? markedText(b.runs) : escapeMarkdown(b.text)}`;
    case 'paragraph':
      if (b.runs) return markedText(b.runs);
      return b.text
        .split(/\n{2,}/)
        .map(escapeMarkdown)
        .join('\n\n');
    case 'list': {
      const title = b.title ? `**${escapeMarkdown(b.title)}**\n\n` : '';
      const items = b.items.map((item, i) => {
        const runs = b.itemRuns?.[i];
        return `${b.ordered ? `${i + 1}.` : '-'} ${runs ? markedText(runs) : escapeMarkdown(item)}`;
      });
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
    case 'photo':
      return markdownPhoto(b, escapeMarkdown);
  }
}

/** Blocks as Markdown, as they would read in a section of the given level. */
export function markdownBlocks(blocks: readonly ReportBlock[], sectionLevel = 1): string {
  return blocks.map((b) => block(b, sectionLevel)).join('\n\n');
}

function* markdownParts(doc: ReportDocument): Generator<string> {
  yield `# ${escapeMarkdown(doc.title)}`;
  if (doc.subtitle.length > 0) yield doc.subtitle.map(escapeMarkdown).join('  \n');
  for (const section of doc.sections) {
    yield `${'#'.repeat(section.level + 1)} ${escapeMarkdown(section.title)}`;
    for (const b of section.blocks) yield block(b, section.level);
  }
  yield `---\n\n*${escapeMarkdown(doc.colophon)}*`;
}

/**
 * The report as Markdown, piece by piece (for a streamed download): headings one level under
 * the title, one blank line between blocks.
 */
export function markdownChunks(doc: ReportDocument): Generator<string> {
  return joined(markdownParts(doc), '\n\n', '\n');
}

/** The report as Markdown, as one text. */
export function renderMarkdown(doc: ReportDocument): string {
  return [...markdownChunks(doc)].join('');
}
