import { createInstance, type i18n } from 'i18next';
import type { KindRegistry } from '../domain/activity.ts';
import { LANGUAGES, type Language } from '../domain/language.ts';
import { en } from './en/index.ts';
import { nl } from './nl/index.ts';

/** The app catalogues by language. Activity kinds bring their own (namespace = kind name). */
export const appCatalogues: Record<Language, typeof nl> = { nl, en };

export type TranslateParams = Readonly<Record<string, string | number>>;
export type Translate = (key: string, params?: TranslateParams) => string;

/**
 * One i18next instance holding the app catalogue (namespace `app`) and every kind's catalogue
 * (namespace = kind). Used by the server for error messages and reports and by the client for
 * every screen. Dutch is the fallback, so a missing translation shows Dutch, never a key.
 */
export function createI18n(registry: KindRegistry, language: Language): i18n {
  const resources: Record<string, Record<string, object>> = {};
  for (const lang of LANGUAGES) {
    const bundle: Record<string, object> = { app: appCatalogues[lang] };
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
