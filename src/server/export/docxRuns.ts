import { ExternalHyperlink, TextRun, type ParagraphChild } from 'docx';
import type { Inline } from '../../domain/report.ts';
import { safeHref } from '../../domain/reportDocument/richText.ts';

/** One run as Word text: a line break inside a paragraph stays a line break. */
function textRuns(run: Inline, style?: string): TextRun[] {
  return run.text.split('\n').map(
    (text, i) =>
      new TextRun({
        text,
        bold: run.bold || undefined,
        italics: run.italic || undefined,
        break: i > 0 ? 1 : undefined,
        style,
      }),
  );
}

/**
 * The facilitators' marks as Word runs: bold, italics, and links to web pages or e-mail
 * addresses only (checked again here), in Word's own Hyperlink style. The docx library
 * escapes the text, so words stay words.
 */
export function markedRuns(runs: readonly Inline[]): ParagraphChild[] {
  return runs.flatMap((run): ParagraphChild[] => {
    const link = run.href ? safeHref(run.href) : null;
    if (!link) return textRuns(run);
    return [new ExternalHyperlink({ link, children: textRuns(run, 'Hyperlink') })];
  });
}
