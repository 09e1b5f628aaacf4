import { describe, expect, it } from 'vitest';
import { registry } from '../activities/registry.ts';
import { ERROR_CODES } from '../domain/errors.ts';
import { LANGUAGES } from '../domain/language.ts';
import { appCatalogues, createI18n, translator } from './index.ts';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
    keys(v, prefix ? `${prefix}.${k}` : k),
  );
}

describe('catalogues', () => {
  it('every language has exactly the keys of Dutch, in the app and in every activity kind', () => {
    for (const language of LANGUAGES) {
      expect(keys(appCatalogues[language]).sort()).toEqual(keys(appCatalogues.nl).sort());
      for (const kind of registry.all())
        expect(keys(kind.messages[language]).sort(), kind.kind).toEqual(
          keys(kind.messages.nl).sort(),
        );
    }
  });

  it('every error code has a message in every language, and no string is empty', () => {
    const i18n = createI18n(registry, 'nl');
    for (const language of LANGUAGES) {
      const t = translator(i18n, language);
      for (const code of ERROR_CODES) expect(t(`errors.${code}`)).not.toBe(`errors.${code}`);
      for (const key of keys(appCatalogues[language])) expect(t(key).trim(), key).not.toBe('');
    }
  });

  it('interpolates and pluralises', () => {
    const t = translator(createI18n(registry, 'nl'), 'nl', 'strength');
    expect(t('projector.notesCount', { count: 1 })).toBe('1 briefje');
    expect(t('projector.notesCount', { count: 3 })).toBe('3 briefjes');
  });
});
