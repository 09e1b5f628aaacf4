import type { EventEnvelope } from '../../domain/events.ts';
import type { ReportSources } from '../../domain/reportDocument/build.ts';
import { dateRange } from '../../domain/reportDocument/dates.ts';
import type { ReportOptions } from '../../domain/reportDocument/document.ts';
import { peopleLabels } from '../../domain/reportDocument/people.ts';
import type { WorkshopState } from '../../domain/workshop/state.ts';
import { translator } from '../../i18n/index.ts';
import type { AppContext } from '../context.ts';
import { dataWords, type DataWords } from './exportWords.ts';
import { collectRecords, type ExportActivity } from './records.ts';

/** What the research exports (XLSX, CSV, JSON, QDPX) are made from. */
export interface ExportData {
  readonly state: WorkshopState;
  readonly options: ReportOptions;
  /** Activities in programme order, each with its contributions. */
  readonly activities: readonly ExportActivity[];
  readonly words: DataWords;
  /** "9 en 10 oktober 2026", or empty. */
  readonly dates: string;
  /** Server time the export is made. */
  readonly now: number;
  /** How the report names a participant (a pseudonym unless names were chosen). */
  person(participantId: string): string;
  /** The workshop's log, read when a format needs it (only JSON does). */
  events(): Promise<readonly EventEnvelope[]>;
}

/** What building the report (and the research data) reads besides the state: kinds, references, words, the time. */
export function reportSourcesOf(ctx: AppContext, state: WorkshopState): ReportSources {
  const language = state.defaultLanguage;
  const app = translator(ctx.i18n, language);
  return {
    kinds: ctx.registry,
    references: ctx.engine.references(state),
    t: (key, params) => app(`report.${key}`, params),
    kindT: (kind) => translator(ctx.i18n, language, kind),
    now: ctx.now(),
  };
}

/** Reads the log up to `seq` (the state's position) in pages, so a long log stays bounded. */
async function readLog(ctx: AppContext, workshopId: string, seq: number) {
  const all: EventEnvelope[] = [];
  const page = 10_000;
  while (true) {
    const after = all.at(-1)?.seq ?? 0;
    if (after >= seq) break;
    const next = await ctx.stores.events.readAfter(workshopId, after, Math.min(page, seq - after));
    if (next.length === 0) break;
    all.push(...next);
  }
  return all;
}

/** The export data from a state and the report's sources; pure apart from `events`. */
export function buildExportData(
  state: WorkshopState,
  options: ReportOptions,
  sources: ReportSources,
  events: () => Promise<readonly EventEnvelope[]>,
): ExportData {
  const people = peopleLabels(state, options, {
    participant: sources.t('person.participant'),
    formal: sources.t('person.formal'),
    informal: sources.t('person.informal'),
    unknown: sources.t('person.unknown'),
  });
  return {
    state,
    options,
    activities: collectRecords(state, options, sources),
    words: dataWords(state.defaultLanguage),
    dates: dateRange(state.startsOn, state.endsOn, state.defaultLanguage),
    now: sources.now,
    person: people.label,
    events,
  };
}

/** The export data of a workshop as it stands (`state` at log position `seq`). */
export function exportDataOf(
  ctx: AppContext,
  workshopId: string,
  state: WorkshopState,
  seq: number,
  options: ReportOptions,
): ExportData {
  return buildExportData(state, options, reportSourcesOf(ctx, state), () =>
    readLog(ctx, workshopId, seq),
  );
}
