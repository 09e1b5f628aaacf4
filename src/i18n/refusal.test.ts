import { describe, expect, it } from 'vitest';
import { registry } from '../activities/registry.ts';
import { createI18n, translator } from './index.ts';
import { refusalMessage } from './refusal.ts';

/** Validation refusals worded per field and reason (params as in docs/protocol.md). */
describe('refusal messages', () => {
  it('words the refusal per field and reason in each language, and falls back to the general message', () => {
    const i18n = createI18n(registry, 'nl');
    const nl = translator(i18n, 'nl');
    const en = translator(i18n, 'en');
    const params = { field: 'text', reason: 'tooLong', limit: 500 };
    expect(refusalMessage(nl, 'WP_ERR_VALIDATION', params)).toBe(
      'De tekst is te lang. Er passen 500 tekens in. Maak het korter.',
    );
    expect(refusalMessage(en, 'WP_ERR_VALIDATION', params)).toBe(
      'The text is too long. It fits 500 characters. Make it shorter.',
    );
    // A screen that knows its own label names the field with it.
    expect(
      refusalMessage(
        nl,
        'WP_ERR_VALIDATION',
        { field: 'name', reason: 'empty' },
        'Naam van de rol',
      ),
    ).toBe('Naam van de rol is nog leeg. Schrijf er iets in.');
    // A path into a list names the list; an unknown field gets a general word.
    expect(
      refusalMessage(nl, 'WP_ERR_VALIDATION', { field: 'strengths.0.id', reason: 'invalid' }),
    ).toBe('De krachten: dit klopt nog niet. Kijk het na en probeer het opnieuw.');
    expect(refusalMessage(nl, 'WP_ERR_VALIDATION', { field: 'zzz', reason: 'required' })).toBe(
      'Wat je invulde: dit ontbreekt nog. Vul het in.',
    );
    // No reason (older servers, other checks): the general message.
    expect(refusalMessage(nl, 'WP_ERR_VALIDATION', { field: 'category' })).toMatch(
      /^Dit klopt nog niet helemaal/,
    );
    expect(refusalMessage(nl, 'WP_ERR_VALIDATION', { field: 'x', reason: 'unheard' })).toMatch(
      /^Dit klopt nog niet helemaal/,
    );
  });
});
