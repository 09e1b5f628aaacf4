import type { Language } from '../language.ts';
import type { ItemType } from './state.ts';

type Text = Readonly<Record<Language, string>>;

export interface TemplateBlock {
  readonly start: string;
  readonly minutes: number;
  readonly title: Text;
  /** An activity kind; the block becomes a plain item while the kind does not exist yet. */
  readonly kind?: string;
  readonly itemType?: ItemType;
  readonly notes?: Text;
  /** Settings over the kind's defaults, per language (a plenary block's question). */
  readonly config?: Readonly<Record<Language, Readonly<Record<string, unknown>>>>;
}

export interface ProgrammeTemplate {
  readonly id: string;
  readonly title: Text;
  readonly days: readonly { readonly title: Text; readonly blocks: readonly TemplateBlock[] }[];
}

/**
 * "Tweedaagse formeel–informeel": the seed report's two days (Doorn), with times that fit
 * them. A block whose kind this build does not have stays a plain item.
 */
export const TWO_DAY: ProgrammeTemplate = {
  id: 'twoDay',
  title: { nl: 'Tweedaagse formeel–informeel', en: 'Two days formal–informal' },
  days: [
    {
      title: { nl: 'Dag 1: kennis delen en verkennen', en: 'Day 1: sharing and exploring' },
      blocks: [
        {
          start: '10:00',
          minutes: 30,
          itemType: 'presentation',
          title: { nl: 'Opening en introductie', en: 'Opening and introduction' },
          notes: {
            nl: 'Bevindingen uit eerder onderzoek naar samenwerking formeel–informeel.',
            en: 'Findings of earlier research on formal–informal collaboration.',
          },
        },
        {
          start: '10:30',
          minutes: 30,
          kind: 'intro',
          title: { nl: 'Voorstelronde', en: 'Introduction round' },
        },
        {
          start: '11:00',
          minutes: 45,
          kind: 'pitch',
          title: { nl: 'Elevator pitch per gemeente', en: 'Elevator pitch per municipality' },
        },
        {
          start: '11:45',
          minutes: 30,
          itemType: 'presentation',
          title: { nl: 'Conceptueel kader', en: 'Conceptual framework' },
          notes: {
            nl: 'De discussietekst die vooraf is gedeeld.',
            en: 'The discussion text shared beforehand.',
          },
        },
        { start: '12:15', minutes: 45, itemType: 'meal', title: { nl: 'Lunch', en: 'Lunch' } },
        {
          start: '13:00',
          minutes: 75,
          kind: 'strength',
          title: { nl: 'De kracht van de ander', en: 'The strength of the other' },
        },
        { start: '14:15', minutes: 15, itemType: 'break', title: { nl: 'Pauze', en: 'Break' } },
        {
          start: '14:30',
          minutes: 60,
          kind: 'roles',
          title: { nl: 'Wie speelt welke rol', en: 'Who plays which role' },
        },
        {
          start: '15:30',
          minutes: 75,
          kind: 'tree',
          title: { nl: 'Boom van de samenwerking', en: 'The tree of collaboration' },
        },
        {
          start: '16:45',
          minutes: 15,
          itemType: 'other',
          title: { nl: 'Afronding dag 1', en: 'End of day 1' },
        },
        {
          start: '18:00',
          minutes: 120,
          itemType: 'meal',
          title: { nl: 'Diner en vrije tijd', en: 'Dinner and free time' },
        },
        {
          start: '20:00',
          minutes: 60,
          kind: 'crossTheLine',
          title: { nl: 'Over de streep', en: 'Cross the line' },
        },
      ],
    },
    {
      title: { nl: 'Dag 2: plannen maken', en: 'Day 2: making plans' },
      blocks: [
        {
          start: '09:30',
          minutes: 90,
          kind: 'plans',
          title: {
            nl: 'Toekomstplannen per samenwerkingsverband',
            en: 'Future plans per partnership',
          },
        },
        { start: '11:00', minutes: 15, itemType: 'break', title: { nl: 'Pauze', en: 'Break' } },
        {
          start: '11:15',
          minutes: 30,
          kind: 'surprise',
          title: { nl: 'Wat heeft je verrast?', en: 'What surprised you?' },
        },
        {
          start: '11:45',
          minutes: 60,
          kind: 'consultation',
          title: { nl: 'Consultatie bij een andere gemeente', en: 'Peer consultation' },
        },
        { start: '12:45', minutes: 45, itemType: 'meal', title: { nl: 'Lunch', en: 'Lunch' } },
        {
          start: '13:30',
          minutes: 25,
          kind: 'plenary',
          title: {
            nl: 'Vraag die overal terugkwam: informeel',
            en: 'A question from everywhere: informal',
          },
          config: {
            nl: { prompt: 'Hoe blijft de krachtige positie van informeel behouden?' },
            en: { prompt: 'How does informal keep its strong position?' },
          },
        },
        {
          start: '13:55',
          minutes: 25,
          kind: 'plenary',
          title: {
            nl: 'Vraag die overal terugkwam: structureel',
            en: 'A question from everywhere: lasting',
          },
          config: {
            nl: { prompt: 'Hoe wordt de samenwerking structureel?' },
            en: { prompt: 'How does the collaboration become lasting?' },
          },
        },
        {
          start: '14:20',
          minutes: 25,
          kind: 'evaluation',
          title: { nl: 'Evaluatie en afsluiting', en: 'Evaluation and closing' },
        },
      ],
    },
  ],
};

export const TEMPLATES: Readonly<Record<string, ProgrammeTemplate>> = { [TWO_DAY.id]: TWO_DAY };
