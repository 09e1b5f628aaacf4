import type { i18n } from 'i18next';
import type { KindRegistry } from '../domain/activity.ts';
import type { Language } from '../domain/language.ts';
import { en } from './en/index.ts';
import { buildI18n } from './instance.ts';
import { nl } from './nl/index.ts';

export { addCatalogues, translator, type Translate, type TranslateParams } from './instance.ts';

/** The app catalogues by language. Activity kinds bring their own (namespace = kind name). */
export const appCatalogues: Record<Language, typeof nl> = { nl, en };

/**
 * The whole app catalogue and every kind's in one i18next instance: what the server uses for
 * error messages and reports, and tests. Pages build theirs from parts (`instance.ts`).
 */
export function createI18n(registry: KindRegistry, language: Language): i18n {
  return buildI18n(registry, language, appCatalogues);
}
