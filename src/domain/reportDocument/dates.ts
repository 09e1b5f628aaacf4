import type { Language } from '../language.ts';

const LOCALES: Readonly<Record<Language, string>> = { nl: 'nl-NL', en: 'en-GB' };

/**
 * "9 en 10 oktober 2026" style dates for the report's title page: one date, or a range.
 * ISO dates are calendar days, so they are read in UTC (no time zone can move them a day).
 */
export function dateRange(from: string | null, to: string | null, language: Language): string {
  if (!from) return '';
  const format = new Intl.DateTimeFormat(LOCALES[language], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const start = new Date(`${from}T00:00:00Z`);
  if (!to || to === from) return format.format(start);
  return format.formatRange(start, new Date(`${to}T00:00:00Z`));
}
