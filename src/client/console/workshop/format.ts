import type { Language } from '../../../domain/language.ts';

/** ISO dates (`2026-10-09`) are calendar days, not instants: read and show them in UTC. */
function day(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** "9 – 10 oktober 2026", or one day, or null when no date is set. */
export function formatDateRange(
  startsOn: string | null,
  endsOn: string | null,
  language: Language,
): string | null {
  const format = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' });
  const first = startsOn ?? endsOn;
  if (!first) return null;
  const last = endsOn ?? startsOn ?? first;
  return first === last ? format.format(day(first)) : format.formatRange(day(first), day(last));
}
