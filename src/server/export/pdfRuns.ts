import type { Content } from 'pdfmake/interfaces';
import type { Inline } from '../../domain/report.ts';
import { safeHref } from '../../domain/reportDocument/richText.ts';

/**
 * The facilitators' marks as pdfmake text pieces: bold, italics, and a link (underlined) only
 * to a web page or an e-mail address, checked again here. pdfmake draws text as text.
 */
export function pdfRuns(runs: readonly Inline[]): Content[] {
  return runs.map((run) => {
    const link = run.href ? safeHref(run.href) : null;
    return {
      text: run.text,
      ...(run.bold ? { bold: true } : {}),
      ...(run.italic ? { italics: true } : {}),
      ...(link ? { link, decoration: 'underline' as const, color: '#1f4e79' } : {}),
    };
  });
}
