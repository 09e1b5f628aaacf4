import type { KindRegistry, Reference } from '../activity.ts';
import { own as ownText } from '../ids.ts';
import type { Language } from '../language.ts';
import { orderedBlocks, type ProgrammeBlock } from '../programme/state.ts';
import type { ReportBlock } from '../report.ts';
import type { WorkshopState } from '../workshop/state.ts';
import type { ReportDocument, ReportOptions, ReportSection } from './document.ts';
import { participantsSection } from './participants.ts';
import { peopleLabels } from './people.ts';
import { dateRange } from './dates.ts';
import { reportInputOf } from './input.ts';
import { appendReportPhotos } from './photos.ts';
import { applyLayout } from './layout.ts';
import { actionsSections } from './actions.ts';
import { appendixSections } from './appendix.ts';
import { conclusionDraft, conclusionSection } from './conclusion.ts';
import { richTextBlocks } from './richText.ts';
import { notesOfBlock, reportNoteBlocks } from './notes.ts';

type Params = Readonly<Record<string, string | number>>;

/** What the builder needs besides the state; the server passes its i18n, tests their own. */
export interface ReportSources {
  readonly kinds: KindRegistry;
  readonly references: readonly Reference[];
  /** The app's report strings (`report.*`) in the workshop's language. */
  t(key: string, params?: Params): string;
  /** A kind's own strings in the workshop's language. */
  kindT(kind: string): (key: string, params?: Params) => string;
  /** When the document is made (server time), for the colophon. */
  readonly now: number;
}

/** Item types that are part of the day but have nothing to report (coffee, lunch). */
const QUIET_ITEMS = new Set(['break', 'meal']);

/**
 * The whole report of a workshop, generated from what was captured: the introduction, who took
 * part, then day by day each programme block with what its activity reports, then the plans
 * per partnership, the conclusion and the appendix. Pure: the same state and options give the
 * same document, so an export is reproducible.
 */
export function buildReportDocument(
  state: WorkshopState,
  options: ReportOptions,
  sources: ReportSources,
): ReportDocument {
  const language: Language = state.defaultLanguage;
  const { t } = sources;
  const people = peopleOf(state, options, t);
  const sections: ReportSection[] = [
    introduction(state, language, t),
    participantsSection(state, options, t, people),
  ];
  for (const day of state.programme.days) {
    const blocks = day.blockIds.map((id) => state.programme.blocks[id]).filter((b) => !!b);
    // A break has nothing to report, unless someone took notes during it.
    const reported = blocks.filter(
      (b) => !(b.itemType && QUIET_ITEMS.has(b.itemType)) || notesOfBlock(state, b.id).length > 0,
    );
    if (reported.length === 0) continue;
    sections.push({ id: day.id, kind: 'day', level: 1, title: day.title, blocks: [] });
    for (const block of reported) sections.push(blockSection(state, block, sources, people));
  }
  appendReportPhotos(sections, state);
  // After the days: the plans per partnership, the conclusion, then the full lists.
  sections.push(...actionsSections(state, sources, people));
  sections.push(...conclusionSection(state, sources, people, wordsFor(state, 'conclusion')));
  sections.push(...appendixSections(state, options, sources, people));
  const document: ReportDocument = {
    language,
    title: state.title,
    subtitle: [dateRange(state.startsOn, state.endsOn, language), state.venue].filter(Boolean),
    colophon: t('colophon', {
      date: dateRange(new Date(sources.now).toISOString().slice(0, 10), null, language),
    }),
    sections,
  };
  // Last: the facilitators' order and hidden items (keys from the pseudonymised report).
  const keysFrom = () =>
    buildReportDocument(state, { ...options, names: false, showHidden: true }, sources);
  return applyLayout(document, state.reportLayout, {
    hide: options.showHidden !== true,
    ...(options.names ? { keysFrom } : {}),
  });
}

function listFormat(language: Language) {
  return new Intl.ListFormat(language === 'en' ? 'en-GB' : 'nl-NL', { type: 'conjunction' });
}

function introduction(
  state: WorkshopState,
  language: Language,
  t: ReportSources['t'],
): ReportSection {
  const dates = dateRange(state.startsOn, state.endsOn, language);
  const present = Object.values(state.participants).filter((p) => !p.removed);
  const taking = new Set(present.map((p) => p.partnershipId));
  const municipalities = Object.values(state.partnerships)
    .filter((p) => taking.has(p.id))
    .map((p) => p.municipality);
  const from =
    municipalities.length > 0
      ? t('from', { municipalities: listFormat(language).format(municipalities) })
      : '';
  const when = dates ? t('when', { dates }) : t('whenUnknown');
  const where = state.venue ? t('where', { venue: state.venue }) : '';
  const text = [
    t('introductionText', { title: state.title, when, where }),
    present.length > 0
      ? t('participantsLine', { count: present.length, from })
      : t('noParticipants'),
  ].join(' ');
  const days = new Map(state.programme.days.map((d, i) => [d.id, t('day', { n: i + 1 })]));
  const rows = orderedBlocks(state.programme).map((b) => [
    days.get(b.dayId) ?? '',
    b.startTime ?? '',
    b.title,
  ]);
  // The facilitators' own words replace the generated opening, never the programme.
  const own = wordsFor(state, 'introduction');
  const blocks: ReportBlock[] = own.length > 0 ? own : [{ type: 'paragraph', text }];
  if (rows.length > 0) {
    blocks.push({ type: 'heading', level: 3, text: t('programme') });
    blocks.push({
      type: 'table',
      columns: [t('programmeColumns.day'), t('programmeColumns.time'), t('programmeColumns.item')],
      rows,
    });
  }
  return { id: 'introduction', kind: 'introduction', level: 1, title: t('introduction'), blocks };
}

/** A block's section: what was captured, then what the note-takers wrote down. */
function blockSection(
  state: WorkshopState,
  block: ProgrammeBlock,
  sources: ReportSources,
  people: ReturnType<typeof peopleLabels>,
): ReportSection {
  const section = capturedSection(state, block, sources, people);
  const notes = reportNoteBlocks(state, block.id, sources.t);
  return notes.length === 0 ? section : { ...section, blocks: [...section.blocks, ...notes] };
}

function capturedSection(
  state: WorkshopState,
  block: ProgrammeBlock,
  sources: ReportSources,
  people: ReturnType<typeof peopleLabels>,
): ReportSection {
  const base = { id: block.id, kind: 'block' as const, level: 2 as const, title: block.title };
  // The facilitators' words for this block come first, then what was captured.
  const words = wordsFor(state, block.id);
  const activity = block.activityId === null ? undefined : state.activities[block.activityId];
  const kind = activity ? sources.kinds.get(activity.kind) : undefined;
  if (!activity || !kind) {
    const notes: ReportBlock[] = block.notes ? [{ type: 'paragraph', text: block.notes }] : [];
    return { ...base, blocks: words.length > 0 ? words : notes };
  }
  if (activity.status === 'ready') {
    return { ...base, blocks: [...words, { type: 'paragraph', text: sources.t('notRun') }] };
  }
  const generated = kind.report(
    activity.state,
    reportInputOf(state, activity, sources.kindT(activity.kind), {
      references: sources.references,
      person: people.label,
    }),
  );
  return { ...base, blocks: [...words, ...withoutOwnTitle(generated, activity.title)] };
}

/** A section's prose as the facilitators wrote it, in the Markdown subset of richText.ts. */
function wordsFor(state: WorkshopState, sectionId: string): ReportBlock[] {
  const text = ownText(state.reportTexts ?? {}, sectionId)?.trim() ?? '';
  return text === '' ? [] : richTextBlocks(text);
}

/** Kinds open their section with their title; the section heading already says it. */
function withoutOwnTitle(blocks: readonly ReportBlock[], title: string): ReportBlock[] {
  const [first, ...rest] = blocks;
  if (first?.type === 'heading' && first.level <= 2 && first.text === title) return rest;
  return [...blocks];
}

function peopleOf(
  state: WorkshopState,
  options: { readonly names: boolean },
  t: ReportSources['t'],
) {
  return peopleLabels(state, options, {
    participant: t('person.participant'),
    formal: t('person.formal'),
    informal: t('person.informal'),
    unknown: t('person.unknown'),
  });
}

/**
 * What the activities offer as the conclusion (the evaluation's summary), without names: the
 * console offers it as the facilitators' starting text for their own "Conclusie".
 */
export function conclusionDraftOf(state: WorkshopState, sources: ReportSources): ReportBlock[] {
  return conclusionDraft(state, sources, peopleOf(state, { names: false }, sources.t));
}
