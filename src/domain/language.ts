import { z } from 'zod';

/** Languages with a complete UI catalogue. Dutch is the default and the source language. */
export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'nl';
export const languageSchema = z.enum(LANGUAGES);

/** Languages written right to left; the layout flips with `dir="rtl"` (CSS logical properties). */
const RTL_LANGUAGES: ReadonlySet<string> = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'ku']);
export function textDirection(language: string): 'ltr' | 'rtl' {
  return RTL_LANGUAGES.has(language) ? 'rtl' : 'ltr';
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** Picks a supported language from an Accept-Language header or a stored preference. */
export function pickLanguage(preferences: string | undefined | null): Language {
  if (!preferences) return DEFAULT_LANGUAGE;
  for (const part of preferences.split(',')) {
    const tag = part.split(';')[0]?.trim().slice(0, 2).toLowerCase();
    if (isLanguage(tag)) return tag;
  }
  return DEFAULT_LANGUAGE;
}
