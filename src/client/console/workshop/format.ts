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

/** "vrijdag 9 oktober 2026": a programme day, with its weekday so nobody mixes up the days. */
export function formatDay(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(language, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(day(iso));
}

/** A server instant as a 24-hour clock time in the programme's zone (the venue's, not the laptop's). */
export function formatClock(at: number, timeZone: string, language: Language): string {
  return new Intl.DateTimeFormat(language, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).format(at);
}

/** "HH:MM" plus minutes, wrapping past midnight (an evening block may run late). */
export function addToClock(time: string, minutes: number): string {
  const [h = 0, m = 0] = time.split(':').map(Number);
  const total = (((h * 60 + m + minutes) % 1440) + 1440) % 1440;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(total / 60))}:${pad(total % 60)}`;
}

/** "240 kB", "3,2 MB": file sizes as people read them. */
export function formatSize(bytes: number, language: Language): string {
  const mega = bytes >= 1024 * 1024;
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit: mega ? 'megabyte' : 'kilobyte',
    maximumFractionDigits: mega ? 1 : 0,
  }).format(mega ? bytes / (1024 * 1024) : Math.max(1, Math.round(bytes / 1024)));
}

/** The calendar day of an instant in a zone, as an ISO date ("en-CA" writes yyyy-mm-dd). */
export function isoDateIn(at: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZone,
  }).format(at);
}
