import { addDays, format, parseISO } from 'date-fns';

/**
 * Calendar arithmetic on ISO dates. Kept apart from schedule.ts, which phones load, so that
 * date-fns ships only to the console and the server.
 */
export function nextIsoDate(date: string, days = 1): string {
  return format(addDays(parseISO(date), days), 'yyyy-MM-dd');
}
