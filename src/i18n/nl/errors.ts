import type { ErrorCode } from '../../domain/errors.ts';
import type { ValidationReason } from '../../domain/validationIssue.ts';

/** The fields a refusal can name in words (`params.field` of WP_ERR_VALIDATION). */
export const NAMED_FIELDS = [
  'text',
  'name',
  'description',
  'displayName',
  'title',
  'category',
  'strengths',
  'municipality',
  'email',
  'password',
  'code',
  'other',
] as const;
export type NamedField = (typeof NAMED_FIELDS)[number];

/**
 * The error catalogue: a message per code, and for WP_ERR_VALIDATION one per reason (i18next
 * context: `WP_ERR_VALIDATION_<reason>`, chosen by `params.reason`) naming the field
 * (`{{fieldName}}`, from `fieldNames`).
 */
export type ErrorCatalogue = Record<ErrorCode, string> &
  Record<`WP_ERR_VALIDATION_${ValidationReason}`, string> & {
    fieldNames: Record<NamedField, string>;
  };

/** What each coded error means for the person who meets it, and what to do next. B1 Dutch. */
export const errors: ErrorCatalogue = {
  WP_ERR_VALIDATION: 'Dit klopt nog niet helemaal. Kijk de invoer na en probeer het opnieuw.',
  WP_ERR_VALIDATION_required: '{{fieldName}}: dit ontbreekt nog. Vul het in.',
  WP_ERR_VALIDATION_empty: '{{fieldName}} is nog leeg. Schrijf er iets in.',
  WP_ERR_VALIDATION_tooShort: '{{fieldName}} is te kort. Gebruik minstens {{limit}} tekens.',
  WP_ERR_VALIDATION_tooLong:
    '{{fieldName}} is te lang. Er passen {{limit}} tekens in. Maak het korter.',
  WP_ERR_VALIDATION_tooFew: '{{fieldName}}: kies er minstens {{limit}}.',
  WP_ERR_VALIDATION_tooMany: '{{fieldName}}: kies er niet meer dan {{limit}}.',
  WP_ERR_VALIDATION_invalidCharacters:
    '{{fieldName}} heeft een teken dat niet kan. Haal het weg en probeer het opnieuw.',
  WP_ERR_VALIDATION_invalid:
    '{{fieldName}}: dit klopt nog niet. Kijk het na en probeer het opnieuw.',
  fieldNames: {
    text: 'De tekst',
    name: 'De naam',
    description: 'De uitleg',
    displayName: 'Je naam',
    title: 'De titel',
    category: 'De soort',
    strengths: 'De krachten',
    municipality: 'De gemeente',
    email: 'Het e-mailadres',
    password: 'Het wachtwoord',
    code: 'De code',
    other: 'Wat je invulde',
  },
  WP_ERR_TOO_LARGE: 'Dit is te groot om te versturen. Maak het korter.',
  WP_ERR_URI_TOO_LONG: 'Dit webadres is te lang. Open Werkplaats opnieuw via de link.',
  WP_ERR_HEADERS_TOO_LARGE:
    'Je browser stuurde te veel gegevens mee. Sluit de browser en open de link opnieuw.',
  WP_ERR_UNAUTHENTICATED: 'Je bent niet (meer) ingelogd. Log opnieuw in.',
  WP_ERR_LOGIN_FAILED: 'Het e-mailadres of het wachtwoord klopt niet.',
  WP_ERR_FORBIDDEN: 'Dit mag jij hier niet doen.',
  WP_ERR_BAD_ORIGIN: 'Deze pagina komt niet van Werkplaats. Open Werkplaats opnieuw via de link.',
  WP_ERR_PARTICIPANT_REMOVED:
    'Je doet niet meer mee aan deze werkplaats. Vraag de begeleider om hulp.',
  WP_ERR_NOT_FOUND: 'Dit bestaat niet (meer). Ververs de pagina.',
  WP_ERR_JOIN_CODE_UNKNOWN: 'Deze code kennen we niet. Kijk de code op het scherm na.',
  WP_ERR_TOKEN_INVALID: 'Deze link werkt niet meer. Vraag om een nieuwe link.',
  WP_ERR_WORKSHOP_LOCKED:
    'De deur is dicht: nieuwe deelnemers komen niet meer zelf binnen. Vraag de begeleider om je binnen te laten.',
  WP_ERR_CONFLICT: 'Iemand anders veranderde dit net. Probeer het opnieuw.',
  WP_ERR_ACTIVITY_NOT_RUNNING: 'Deze opdracht is nu niet bezig.',
  WP_ERR_WRONG_PHASE: 'Dit kan nu niet in deze stap van de opdracht.',
  WP_ERR_NOT_YOUR_NOTE: 'Je kunt alleen je eigen briefjes veranderen.',
  WP_ERR_ALREADY_EXISTS: 'Dit bestaat al.',
  WP_ERR_NOT_EMPTY: 'Hier staan nog onderdelen in. Verplaats of verwijder ze eerst.',
  WP_ERR_RATE_LIMITED:
    'Even rustig aan: te veel pogingen. Wacht een minuut en probeer het opnieuw.',
  WP_ERR_UNKNOWN_KIND: 'Dit soort opdracht kent Werkplaats niet.',
  WP_ERR_EXPORT_UNAVAILABLE:
    'Dit bestand kan de server nu niet maken. Kies een ander formaat, of vraag de beheerder om hulp.',
  WP_ERR_INTERNAL: 'Er ging iets mis bij ons. Probeer het zo opnieuw.',
};
