import { noteKinds } from './noteKinds.ts';

/** The report's own words: section titles and the sentences around the activities' content. */
export const report = {
  introduction: 'Aanleiding en doel',
  introductionText: '{{title}} vond plaats {{when}}{{where}}.',
  participantsLine_one: 'Er deed 1 deelnemer mee{{from}}.',
  participantsLine_other: 'Er deden {{count}} deelnemers mee{{from}}.',
  noParticipants: 'Er deden nog geen deelnemers mee.',
  from: ', uit {{municipalities}}',
  when: 'op {{dates}}',
  whenUnknown: 'op een datum die nog niet is ingevuld',
  where: ' in {{venue}}',
  programme: 'Het programma',
  day: 'Dag {{n}}',
  programmeColumns: { day: 'Dag', time: 'Tijd', item: 'Onderdeel' },
  conclusion: 'Conclusie',
  conclusionDraft:
    'Dit is een eerste opzet, gemaakt uit de evaluatie. De begeleiders kunnen deze tekst vervangen door hun eigen conclusie.',
  actions: 'Concrete plannen en acties',
  actionsIntro:
    'Per samenwerkingsverband: wat het wil bereiken, wat het gaat doen, wie het om steun vraagt en welke vragen nog open zijn, met het advies dat het daarop kreeg.',
  unknownMunicipality: 'Onbekende gemeente',
  appendix: 'Bijlage: alle bijdragen',
  appendixIntro:
    'Hier staan per onderdeel alle bijdragen, zoals ze in de werkplaats zijn vastgelegd. Er staan geen namen bij; wel uit welke groep, gemeente of kant een bijdrage kwam.',
  appendixIntroNames:
    'Hier staan per onderdeel alle bijdragen, zoals ze in de werkplaats zijn vastgelegd. Bij anonieme bijdragen en groepswerk staat geen naam.',
  participants: 'Deelnemers',
  participantsKey: 'deelnemers',
  participantsColumns: {
    municipality: 'Gemeente',
    formal: 'Formele werkers',
    informal: 'Informele werkers',
    total: 'Totaal',
  },
  noMunicipality: 'Geen gemeente',
  namesTitle: 'Wie deed mee',
  /** What the note-takers wrote down during the workshop ("verslaglegging"). */
  notes: {
    heading: 'Uit de verslaglegging',
    exportTitle: 'Verslaglegging',
    kinds: noteKinds,
  },
  person: {
    participant: 'Deelnemer',
    formal: 'formeel',
    informal: 'informeel',
    unknown: 'Onbekende deelnemer',
  },
  notRun: 'Dit onderdeel is niet gedaan.',
  colophon: 'Gemaakt met Werkplaats op {{date}}.',
  contents: 'Inhoud',
  page: 'Pagina',
  /** The words of the research exports that are not data (column names stay English). */
  data: {
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
};
