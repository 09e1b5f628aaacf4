/**
 * A small scene for the report document's own tests, with a made-up kind instead of the real
 * ones (the domain may not import them): "talk" records lines, says who wrote each, and offers
 * every report method, so each part of the document can be tested on its own.
 */
import { z } from 'zod';
import { defineActivityKind, type AnyActivityKind, type ContributionRecord } from '../activity.ts';
import type { ReportBlock } from '../report.ts';
import { FACILITATOR, participant, workshopHarness } from '../testing/workshopHarness.ts';
import { registryOf } from '../testing/fakeKind.ts';
import { buildReportDocument, type ReportSources } from './build.ts';
import type { ReportOptions } from './document.ts';

interface Line {
  readonly text: string;
  readonly by: string | null;
}

/** "anon:" in front of a line makes it anonymous: its record carries no author. */
const talkKind = defineActivityKind({
  kind: 'talk',
  version: 1,
  configSchema: z.object({}),
  commandSchema: z.object({ type: z.literal('say'), text: z.string() }),
  messages: { nl: { title: 'Praten' }, en: { title: 'Talk' } },
  defaultConfig: () => ({}),
  initialState: () => ({ lines: [] as Line[] }),
  participantCommands: ['say'],
  decide: (command) => [{ type: 'said' as const, text: command.text }],
  evolve: (state, event, meta) => {
    const by = meta.actor?.kind === 'participant' ? meta.actor.participantId : null;
    const anonymous = event.text.startsWith('anon:');
    return { lines: [...state.lines, { text: event.text, by: anonymous ? null : by }] };
  },
  audienceOf: () => 'participants',
  view: (state) => ({ data: state }),
  report: () => [],
  // Every partnership gets the lines, last partnership first: the document must reorder.
  reportActions: (state, input) =>
    Object.keys(input.partnerships)
      .reverse()
      .map((partnershipId) => ({
        partnershipId,
        blocks: state.lines.map((l): ReportBlock => ({ type: 'paragraph', text: l.text })),
      })),
  reportConclusion: (state) =>
    state.lines.length === 0 ? [] : [{ type: 'paragraph', text: `${state.lines.length} lines` }],
  records: (state, input) =>
    state.lines.map((l, i): ContributionRecord => ({
      id: `l${i}`,
      type: 'line',
      phase: null,
      round: null,
      group: l.by ? null : 'Groep 1',
      authorId: l.by,
      side: null,
      partnershipId: null,
      at: null,
      text: l.text,
      codes: [input.t('code')],
      links: [],
    })),
}) as AnyActivityKind;

/** Strings as keys, with their parameters, so a test sees which string was chosen. */
const echo = (key: string, params?: Readonly<Record<string, string | number>>) =>
  params ? `${key} ${JSON.stringify(params)}` : key;

/**
 * Utrecht (Anna formal, Chadia informal) and Zaanstad (Dewi informal), with "talk" in the
 * programme; `say` adds a line as one of them, `build` makes the report document.
 */
export function reportScene() {
  const h = workshopHarness(registryOf(talkKind)).create();
  h.join('anna', 'formal', 'Anna de Vries').join('chadia', 'informal', 'Chadia El Idrissi');
  h.workshop(FACILITATOR, {
    type: 'addPartnership',
    municipality: 'Zaanstad',
    formalOrganisation: 'Jeugdteam',
    informalOrganisation: 'Vrouwennetwerk',
  });
  const zaanstad = Object.keys(h.state.partnerships)[1]!;
  const talk = h.startActivity('talk');
  const say = (who: string, text: string) =>
    h.activity(participant(who), talk, { type: 'say', text });
  const sources: ReportSources = {
    kinds: registryOf(talkKind),
    references: [],
    t: echo,
    kindT: () => echo,
    now: Date.UTC(2026, 9, 12),
  };
  const build = (options: ReportOptions = { names: false }) =>
    buildReportDocument(h.state, options, sources);
  return { h, talk, say, build, sources, utrecht: h.partnershipId, zaanstad };
}
