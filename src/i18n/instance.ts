import { createInstance, type i18n } from 'i18next';
import type { KindRegistry } from '../domain/activity.ts';
import { LANGUAGES, type Language } from '../domain/language.ts';
import type { CatalogueParts } from './pages.ts';

export type TranslateParams = Readonly<Record<string, string | number>>;
export type Translate = (key: string, params?: TranslateParams) => string;

/**
 * One i18next instance holding the given parts of the app catalogue (namespace `app`) and every
 * kind's catalogue (namespace = kind). Dutch is the fallback, so a missing translation shows
 * Dutch, never a key. This file imports no catalogue itself, so a page's bundle holds only the
 * parts it passes (`pages.ts`); the server passes them all (`createI18n` in `index.ts`).
 */
export function buildI18n(
  registry: KindRegistry,
  language: Language,
  catalogues: CatalogueParts,
): i18n {
  const resources: Record<string, Record<string, object>> = {};
  for (const lang of LANGUAGES) {
    const bundle: Record<string, object> = { app: catalogues[lang] };
    for (const kind of registry.all()) bundle[kind.kind] = kind.messages[lang];
    resources[lang] = bundle;
  }
  const instance = createInstance();
  void instance.init({
    resources,
    lng: language,
    fallbackLng: 'nl',
    supportedLngs: [...LANGUAGES],
    ns: ['app', ...registry.all().map((k) => k.kind)],
    defaultNS: 'app',
    interpolation: { escapeValue: false }, // Preact escapes; the server never builds HTML from strings.
    returnNull: false,
    initAsync: false,
  });
  return instance;
}

/** A translator bound to a language and a namespace. */
export function translator(instance: i18n, language: Language, namespace = 'app'): Translate {
  const t = instance.getFixedT(language, namespace);
  return (key, params) => t(key, params ?? {});
}

/** Adds parts of the app catalogue to a page's instance (the console's screens, say). */
export function addCatalogues(instance: i18n, catalogues: CatalogueParts): void {
  for (const lang of LANGUAGES)
    instance.addResourceBundle(lang, 'app', catalogues[lang], true, true);
}
