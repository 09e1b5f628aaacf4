import { pickLanguage, isLanguage, type Language } from '../../domain/language.ts';
import { buildI18n } from '../../i18n/instance.ts';
import { roomCatalogues } from '../../i18n/pages.ts';
import { registry } from './engine.ts';

/**
 * One i18next instance for the page, holding every language (the catalogues are small): the
 * room's strings and every kind's; the console adds its own screens' before it mounts.
 */
export const i18n = buildI18n(registry, 'nl', roomCatalogues);

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
