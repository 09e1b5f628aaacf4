/**
 * What the formatting buttons do to the text: each adds (or takes away) the Markdown signs the
 * report understands (docs/decisions/0016-report-rich-text.md), so what is stored stays plain,
 * readable text. Pure: a text and a selection in, a text and a selection out.
 */
export interface Edit {
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

export type Format = 'heading' | 'bold' | 'italic' | 'list' | 'numbered' | 'link';

/**
 * `**` around the selection (spaces at its edges stay outside, where Markdown needs them), or
 * taken away when they are already there. Nothing selected: a placeholder word, selected.
 */
export function wrap(edit: Edit, mark: string, placeholder: string): Edit {
  const { value } = edit;
  let { start, end } = edit;
  while (start < end && /\s/.test(value[start]!)) start++;
  while (end > start && /\s/.test(value[end - 1]!)) end--;
  const before = value.slice(0, start);
  const after = value.slice(end);
  // Stars on both sides: two or more mean bold, an odd number italic (three: both).
  const starsBefore = /\**$/.exec(before)![0].length;
  const starsAfter = /^\**/.exec(after)![0].length;
  const marked =
    mark === '**'
      ? starsBefore >= 2 && starsAfter >= 2
      : starsBefore % 2 === 1 && starsAfter % 2 === 1;
  if (marked && start < end) {
    return {
      value: before.slice(0, -mark.length) + value.slice(start, end) + after.slice(mark.length),
      start: start - mark.length,
      end: end - mark.length,
    };
  }
  const inner = start < end ? value.slice(start, end) : placeholder;
  return {
    value: `${before}${mark}${inner}${mark}${after}`,
    start: start + mark.length,
    end: start + mark.length + inner.length,
  };
}

/** The whole lines the selection touches. */
function lineRange(value: string, start: number, end: number): [number, number] {
  const from = value.lastIndexOf('\n', start - 1) + 1;
  const next = value.indexOf('\n', end > start && value[end - 1] === '\n' ? end - 1 : end);
  return [from, next === -1 ? value.length : next];
}

const PREFIX: Record<'heading' | 'list' | 'numbered', RegExp> = {
  heading: /^#{1,6} /,
  list: /^[-*+] /,
  numbered: /^\d+[.)] /,
};

/**
 * A heading, list or numbered-list sign at the start of every line the selection touches, or
 * taken away when all those lines have it already. Another sign on a line is replaced.
 */
export function prefixLines(edit: Edit, kind: 'heading' | 'list' | 'numbered'): Edit {
  const [from, to] = lineRange(edit.value, edit.start, edit.end);
  const lines = edit.value.slice(from, to).split('\n');
  const filled = lines.filter((l) => l.trim() !== '');
  const undo = filled.length > 0 && filled.every((l) => PREFIX[kind].test(l));
  let n = 0;
  const changed = lines.map((line) => {
    const bare = line.replace(/^(#{1,6}|[-*+]|\d+[.)]) /, '');
    if (undo) return bare;
    if (line.trim() === '' && lines.length > 1) return line;
    n++;
    return `${kind === 'heading' ? '# ' : kind === 'list' ? '- ' : `${n}. `}${bare}`;
  });
  const block = changed.join('\n');
  const value = edit.value.slice(0, from) + block + edit.value.slice(to);
  // One line: the cursor after its sign, to type on; more lines: all of them selected.
  if (lines.length === 1) return { value, start: from + block.length, end: from + block.length };
  return { value, start: from, end: from + block.length };
}

/**
 * `[selection](https://)` with `https://` selected, so the address can be typed or pasted
 * straight away.
 */
export function link(edit: Edit, placeholder: string): Edit {
  const selected = edit.value.slice(edit.start, edit.end).trim();
  const text = selected === '' ? placeholder : selected;
  const before = edit.value.slice(0, edit.start);
  const inserted = `[${text}](https://)`;
  const address = before.length + text.length + 3;
  return {
    value: before + inserted + edit.value.slice(edit.end),
    start: address,
    end: address + 'https://'.length,
  };
}

/** One button's edit; the placeholders are the page's language. */
export function applyFormat(
  format: Format,
  edit: Edit,
  words: { placeholder: string; linkText: string },
): Edit {
  switch (format) {
    case 'bold':
      return wrap(edit, '**', words.placeholder);
    case 'italic':
      return wrap(edit, '*', words.placeholder);
    case 'link':
      return link(edit, words.linkText);
    default:
      return prefixLines(edit, format);
  }
}
