import type { Language } from '../../domain/language.ts';
import { appCatalogues } from '../../i18n/index.ts';

/**
 * The few words of the research exports (XLSX, CSV, JSON, QDPX) that are not data, from the
 * report's catalogue (`report.data`). Column names stay English and stable in every language:
 * analysis scripts read them by name.
 */
export type DataWords = (typeof appCatalogues)['nl']['report']['data'];

export function dataWords(language: Language): DataWords {
  return appCatalogues[language].report.data;
}
