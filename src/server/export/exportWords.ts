import type { Language } from '../../domain/language.ts';

/**
 * The few words of the research exports (XLSX, CSV, JSON, QDPX) that are not data. Column
 * names stay English and stable in every language: analysis scripts read them by name.
 * TODO(lead): these could move to `src/i18n/{nl,en}/report.ts` under `report.data.*`.
 */
export interface DataWords {
  readonly aboutSheet: string;
  readonly workshop: string;
  readonly dates: string;
  readonly exportedAt: string;
  readonly pseudonymised: string;
  readonly yes: string;
  readonly no: string;
  readonly contributions: string;
  readonly pseudonymNote: string;
  readonly anonymousNote: string;
  readonly activities: string;
  readonly participantsCode: string;
  readonly formal: string;
  readonly informal: string;
  /** QDPX: the cases' variables. */
  readonly municipality: string;
  readonly side: string;
}

const WORDS: Readonly<Record<Language, DataWords>> = {
  nl: {
    aboutSheet: 'Over deze export',
    workshop: 'Werkplaats',
    dates: 'Datum',
    exportedAt: 'Gemaakt op',
    pseudonymised: 'Gepseudonimiseerd',
    yes: 'ja',
    no: 'nee',
    contributions: 'Bijdragen',
    pseudonymNote:
      'Deelnemers heten "Deelnemer 7 (gemeente, formeel/informeel)": in elke export van deze werkplaats dezelfde persoon hetzelfde nummer.',
    anonymousNote:
      'Anonieme bijdragen en groepswerk hebben geen auteur. Cellen die met = + - @ beginnen, krijgen een apostrof ervoor, zodat een spreadsheet ze niet als formule leest.',
    activities: 'Onderdelen',
    participantsCode: 'Deelnemers',
    formal: 'formeel',
    informal: 'informeel',
    municipality: 'Gemeente',
    side: 'Kant',
  },
  en: {
    aboutSheet: 'About this export',
    workshop: 'Workshop',
    dates: 'Date',
    exportedAt: 'Made on',
    pseudonymised: 'Pseudonymised',
    yes: 'yes',
    no: 'no',
    contributions: 'Contributions',
    pseudonymNote:
      'Participants are called "Participant 7 (municipality, formal/informal)": the same person has the same number in every export of this workshop.',
    anonymousNote:
      'Anonymous contributions and group work have no author. Cells starting with = + - @ get an apostrophe in front, so a spreadsheet does not read them as formulas.',
    activities: 'Activities',
    participantsCode: 'Participants',
    formal: 'formal',
    informal: 'informal',
    municipality: 'Municipality',
    side: 'Side',
  },
};

export function dataWords(language: Language): DataWords {
  return WORDS[language];
}
