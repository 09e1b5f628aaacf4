import { Lexer, type Token, type Tokens } from 'marked';
import type { Inline, ReportBlock } from '../report.ts';

/**
 * The facilitators' own words in the report are a small Markdown subset: headings, **bold**,
 * *italic*, `- ` and `1. ` lists, `[text](https://…)` links and blank-line paragraphs
 * (docs/decisions/0016-report-rich-text.md). This turns such a text into neutral report blocks.
 * Only marked's lexer is used, never its HTML renderer: the renderers in src/server/export
 * decide how a mark looks, and everything else stays text. A plain text without marks gives
 * the same paragraphs it always gave.
 */
export function richTextBlocks(source: string): ReportBlock[] {
  let tokens: Token[];
  try {
    // No GitHub extensions: no tables, strikethrough or bare-address links to explain.
    tokens = new Lexer({ gfm: false }).lex(source);
  } catch {
    // The lexer recurses per level of nesting: thousands of `>` overflow its stack. Such a
    // text is shown as typed rather than taking the whole report (or the preview) down.
    return [{ type: 'paragraph', text: source }];
  }
  return withPlainParagraphsJoined(blocksOf(tokens));
}

/**
 * Neighbouring unmarked paragraphs become one block with blank lines between, as the words
 * were stored before they could have marks: an old text gives exactly the block it gave.
 */
function withPlainParagraphsJoined(blocks: readonly ReportBlock[]): ReportBlock[] {
  const out: ReportBlock[] = [];
  for (const block of blocks) {
    const last = out.at(-1);
    if (block.type === 'paragraph' && !block.runs && last?.type === 'paragraph' && !last.runs)
      out[out.length - 1] = { type: 'paragraph', text: `${last.text}\n\n${block.text}` };
    else out.push(block);
  }
  return out;
}

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * The address a link may point to, or null: only web pages and e-mail addresses, so a
 * `javascript:` or `data:` link in a report can never run. Renderers call this again.
 */
export function safeHref(href: string): string | null {
  if (!URL.canParse(href.trim())) return null;
  const url = new URL(href.trim());
  return SAFE_PROTOCOLS.has(url.protocol) ? url.href : null;
}

/** Every heading a facilitator writes sits one level under its section's heading. */
const HEADING_LEVEL = 3;

function blocksOf(tokens: readonly Token[]): ReportBlock[] {
  return tokens.flatMap((token): ReportBlock[] => {
    const t = token as Tokens.Generic;
    switch (token.type) {
      case 'space':
      case 'hr':
        return [];
      case 'heading': {
        const runs = inlinesOf(t.tokens);
        return [{ type: 'heading', level: HEADING_LEVEL, ...textAndRuns(runs) }];
      }
      case 'paragraph':
      case 'text':
        return paragraph(t.tokens ? inlinesOf(t.tokens) : [{ text: String(t.text) }]);
      case 'list':
        return [list(token as Tokens.List)];
      case 'blockquote':
        // No quotes of their own: a quote block is for participants' words.
        return blocksOf(t.tokens ?? []);
      case 'code':
        return paragraph([{ text: String(t.text) }]);
      default:
        // Raw HTML, link definitions and whatever else: shown as typed, as text.
        return paragraph([{ text: t.raw.trim() }]);
    }
  });
}

function paragraph(runs: readonly Inline[]): ReportBlock[] {
  const made = textAndRuns(runs);
  return made.text.trim() === '' ? [] : [{ type: 'paragraph', ...made }];
}

/** One item per list item; a nested list's items follow their parent's, one level deep. */
function list(token: Tokens.List): ReportBlock {
  const items: Inline[][] = [];
  const addItems = (listToken: Tokens.List) => {
    for (const item of listToken.items) {
      const own: Inline[] = [];
      const nested: Tokens.List[] = [];
      for (const part of item.tokens) {
        if (part.type === 'list') nested.push(part as Tokens.List);
        else {
          if (own.length > 0) own.push({ text: ' ' });
          own.push(...inlinesOf([part]));
        }
      }
      items.push(merged(own));
      nested.forEach(addItems);
    }
  };
  addItems(token);
  const plain = items.map((runs) => textAndRuns(runs).text);
  const marked = items.some(hasMarks);
  return {
    type: 'list',
    items: plain,
    ...(token.ordered ? { ordered: true } : {}),
    ...(marked ? { itemRuns: items } : {}),
  };
}

interface Marks {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly href?: string;
}

function inlinesOf(tokens: readonly Token[] | undefined, marks: Marks = {}): Inline[] {
  const runs = (tokens ?? []).flatMap((token): Inline[] => {
    const t = token as Tokens.Generic;
    switch (token.type) {
      case 'text':
      case 'paragraph':
        return t.tokens ? inlinesOf(t.tokens, marks) : [{ ...marks, text: String(t.text) }];
      case 'strong':
        return inlinesOf(t.tokens, { ...marks, bold: true });
      case 'em':
        return inlinesOf(t.tokens, { ...marks, italic: true });
      case 'link': {
        const href = marks.href ? null : safeHref(String(t.href));
        return inlinesOf(t.tokens, href ? { ...marks, href } : marks);
      }
      case 'escape':
      case 'codespan':
        return [{ ...marks, text: String(t.text) }];
      case 'br':
        return [{ ...marks, text: '\n' }];
      default:
        // Raw HTML (`<script>`, `<img onerror>`), images and the rest: the text as typed.
        return [{ ...marks, text: t.raw }];
    }
  });
  return merged(runs);
}

/** Neighbours with the same marks become one run; empty runs go. */
function merged(runs: readonly Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const run of runs) {
    if (run.text === '') continue;
    const last = out.at(-1);
    if (last && sameMarks(last, run)) out[out.length - 1] = { ...last, text: last.text + run.text };
    else out.push(run);
  }
  return out;
}

const sameMarks = (a: Inline, b: Inline) =>
  !!a.bold === !!b.bold && !!a.italic === !!b.italic && a.href === b.href;

const hasMarks = (runs: readonly Inline[]) => runs.some((r) => r.bold || r.italic || r.href);

/** The plain text always; the runs only when something is marked, so plain words stay plain. */
function textAndRuns(runs: readonly Inline[]): { text: string; runs?: readonly Inline[] } {
  const text = runs.map((r) => r.text).join('');
  return hasMarks(runs) ? { text, runs } : { text };
}
