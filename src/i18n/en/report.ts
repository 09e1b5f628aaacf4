import type { report as nl } from '../nl/report.ts';
import { noteKinds } from './noteKinds.ts';

export const report: typeof nl = {
  introduction: 'Background and aim',
  introductionText: '{{title}} took place {{when}}{{where}}.',
  participantsLine_one: '1 participant took part{{from}}.',
  participantsLine_other: '{{count}} participants took part{{from}}.',
  noParticipants: 'No participants took part yet.',
  from: ', from {{municipalities}}',
  when: 'on {{dates}}',
  whenUnknown: 'on a date not filled in yet',
  where: ' at {{venue}}',
  programme: 'The programme',
  day: 'Day {{n}}',
  programmeColumns: { day: 'Day', time: 'Time', item: 'Item' },
  conclusion: 'Conclusion',
  conclusionDraft:
    'This is a first draft, made from the evaluation. The facilitators can replace this text with their own conclusion.',
  actions: 'Concrete plans and actions',
  actionsIntro:
    'Per partnership: what it wants to achieve, what it will do, whom it asks for support and which questions are still open, with the advice it got on them.',
  unknownMunicipality: 'Unknown municipality',
  appendix: 'Appendix: all contributions',
  appendixIntro:
    'Here are all contributions per item, as they were captured in the workshop. No names are given; only the group, municipality or side a contribution came from.',
  appendixIntroNames:
    'Here are all contributions per item, as they were captured in the workshop. Anonymous contributions and group work carry no name.',
  participants: 'Participants',
  participantsKey: 'participants',
  participantsColumns: {
    municipality: 'Municipality',
    formal: 'Formal workers',
    informal: 'Informal workers',
    total: 'Total',
  },
  noMunicipality: 'No municipality',
  namesTitle: 'Who took part',
  /** What the note-takers wrote down during the workshop ("verslaglegging"). */
  notes: {
    heading: 'From the minutes',
    exportTitle: 'Minutes',
    kinds: noteKinds,
  },
  person: {
    participant: 'Participant',
    formal: 'formal',
    informal: 'informal',
    unknown: 'Unknown participant',
  },
  notRun: 'This item was not done.',
  colophon: 'Made with Werkplaats on {{date}}.',
  contents: 'Contents',
  page: 'Page',
  /** The words of the research exports that are not data (column names stay English). */
  data: {
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
