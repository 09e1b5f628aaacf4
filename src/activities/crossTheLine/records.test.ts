import { describe, expect, it } from 'vitest';
import { createI18n, translator } from '../../i18n/index.ts';
import { registry } from '../registry.ts';
import { records } from './records.ts';
import type { CrossTheLineConfig } from './schema.ts';
import { ANNA, BRAM, CEES, CHADIA, DEWI, EMRE, FACILITATOR, given } from './testkit.ts';

const i18n = createI18n(registry, 'nl');

function recordsOf(g: ReturnType<typeof given>, activityId?: string) {
  const activity = g.h.state.activities[g.activityId]!;
  return records(g.state(), {
    config: activity.config as CrossTheLineConfig,
    title: activity.title,
    language: 'nl',
    participants: g.h.state.participants,
    partnerships: g.h.state.partnerships,
    references: [],
    t: translator(i18n, 'nl', 'crossTheLine'),
    ...(activityId ? { activityId } : {}),
  });
}

/** A played prejudice with three crossings, four arguments (one hidden), debunked. */
function played(config?: Partial<CrossTheLineConfig>) {
  const g = given(config);
  const a = g.submit(ANNA, 'Informele werkers komen hun afspraken niet na', 'informal');
  g.send(FACILITATOR, { type: 'approvePrejudice', prejudiceId: a });
  g.reveal(a);
  for (const p of [ANNA, BRAM, CHADIA]) g.cross(p, a);
  g.closeCrossing(a);
  const argue = (actor: typeof DEWI, text: string, named = false) =>
    (
      g.send(actor, { type: 'addArgument', prejudiceId: a, text, named })[0] as {
        argumentId: string;
      }
    ).argumentId;
  const signed = argue(DEWI, 'We staan elke week klaar', true);
  const unsigned = argue(EMRE, 'Afspraken lopen via de buurt');
  const byFacilitator = argue(FACILITATOR, 'Cijfers zeggen iets anders', true);
  const hidden = argue(CEES, 'Weg ermee');
  g.send(FACILITATOR, { type: 'hideArgument', argumentId: hidden });
  g.send(FACILITATOR, { type: 'setOutcome', prejudiceId: a, outcome: 'debunked' });
  return { g, a, signed, unsigned, byFacilitator };
}

describe('crossTheLine: records for the research exports', () => {
  it("is the kind's `records`", () => {
    expect(registry.get('crossTheLine')?.records).toBe(records);
  });

  it('given a played prejudice, then it and its shown arguments are records, coded by side and outcome', () => {
    const { g, a, signed, unsigned, byFacilitator } = played();
    const anonymousPrejudice = {
      id: a,
      type: 'prejudice',
      phase: 'Vooroordelen verzamelen',
      round: null,
      group: null,
      authorId: null,
      side: null,
      partnershipId: null,
      at: null,
      text: 'Informele werkers komen hun afspraken niet na',
      codes: ['Over informele werkers', 'Ontkracht'],
      links: [],
    };
    expect(recordsOf(g, 'act-1')).toEqual([
      anonymousPrejudice,
      {
        id: signed,
        type: 'argument',
        phase: 'Over de streep',
        round: null,
        group: null,
        authorId: 'dewi',
        side: 'informal',
        partnershipId: g.h.partnershipId,
        at: null,
        text: 'We staan elke week klaar',
        codes: ['Over informele werkers', 'Ontkracht'],
        links: [{ activityId: 'act-1', id: a }],
      },
      expect.objectContaining({ id: unsigned, authorId: null, side: null, partnershipId: null }),
      expect.objectContaining({ id: byFacilitator, authorId: null, partnershipId: null }),
    ]);
  });

  it('given "anonymous to peers" (authors kept for the facilitator), then no record names a submitter or an unsigned writer', () => {
    const { g } = played({ anonymity: 'peers' });
    expect(g.state().prejudices[Object.keys(g.state().prejudices)[0]!]!.authorId).toBe('anna');
    const all = recordsOf(g);
    expect(all.filter((r) => r.authorId !== null).map((r) => r.authorId)).toEqual(['dewi']);
    expect(JSON.stringify(all)).not.toMatch(/anna|bram|cees|chadia|emre/);
  });

  it('never exports who crossed, nor the count of crossings', () => {
    const { g } = played();
    const wire = JSON.stringify(recordsOf(g));
    expect(wire).not.toMatch(/crossers|aanwezigen|gingen over de streep|\b3\b/);
    expect(recordsOf(g).map((r) => r.type)).toEqual([
      'prejudice',
      'argument',
      'argument',
      'argument',
    ]);
  });

  it('leaves out rejected, merged-away and unscreened submissions and hidden arguments; never shown ones say so', () => {
    const g = given();
    const rejected = g.submit(ANNA, 'Afgewezen');
    g.send(FACILITATOR, { type: 'rejectPrejudice', prejudiceId: rejected });
    g.submit(BRAM, 'Nog niet bekeken');
    const x = g.submit(CHADIA, 'Formele werkers hebben geen tijd', 'formal');
    const y = g.submit(DEWI, 'Formele werkers hebben nooit tijd', 'formal');
    g.send(FACILITATOR, { type: 'mergePrejudices', prejudiceIds: [x, y] });
    const added = g.add('Door de begeleider', 'formal');
    expect(recordsOf(g).map((r) => [r.text, r.phase, r.codes])).toEqual([
      [
        'Formele werkers hebben geen tijd',
        'Vooroordelen verzamelen · niet getoond in de zaal',
        ['Over formele werkers'],
      ],
      [
        'Door de begeleider',
        'Vooroordelen verzamelen · niet getoond in de zaal',
        ['Over formele werkers'],
      ],
    ]);
    expect(recordsOf(g).find((r) => r.id === added)?.authorId).toBeNull();
  });
});
