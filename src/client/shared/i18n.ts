import { pickLanguage, isLanguage, type Language } from '../../domain/language.ts';
import { createI18n } from '../../i18n/index.ts';
import { registry } from './engine.ts';

/** One i18next instance for the page, holding every language (the catalogues are small). */
export const i18n = createI18n(registry, 'nl');

const STORAGE_KEY = 'wp:lang';

/** The language this device asked for last, else the browser's preference, else Dutch. */
export function preferredLanguage(): Language {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (isLanguage(stored)) return stored;
  } catch {
    // storage unavailable: fall through
  }
  return pickLanguage(navigator.languages?.join(',') ?? navigator.language);
}

export function rememberLanguage(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // not critical
  }
  // Lets the server answer HTTP errors in the same language.
  document.cookie = `wp_lang=${language}; path=/; max-age=31536000; samesite=lax`;
}
