import { describe, expect, it } from 'vitest';
import { createI18n, translator } from '../../i18n/index.ts';
import { registry } from '../registry.ts';
import { records } from './records.ts';
import type { ConsultationConfig } from './schema.ts';
import { ANNA, BRAM, DIRK, FACILITATOR, ZEYNEP, given, withPlans } from './testkit.ts';

const i18n = createI18n(registry, 'nl');

function recordsOf(g: ReturnType<typeof given>, activityId?: string) {
  const activity = g.h.state.activities[g.activityId]!;
  return records(g.state(), {
    config: activity.config as ConsultationConfig,
    title: activity.title,
    language: 'nl',
    participants: g.h.state.participants,
    partnerships: g.h.state.partnerships,
    references: [],
    t: translator(i18n, 'nl', 'consultation'),
    ...(activityId ? { activityId } : {}),
  });
}

/**
 * Utrecht asks one question and imports one from its plan, Dordrecht asks one, the facilitator
 * adds one for Zaanstad; one question is removed. The round-robin pairs are confirmed
 * (Dordrecht → Utrecht → Zaanstad → Dordrecht), the hosts advise, Utrecht's visit is shared.
 */
function scene() {
  const g = given();
  const { offer } = withPlans(g);
  const own = g.ask(ANNA, 'Hoe delen we signalen?');
  const source = offer('plan-q1', 'Hoe blijft informeel sterk?', g.utrecht);
  g.send(BRAM, { type: 'importQuestions', refs: [source] });
  const imported = Object.values(g.state().questions).find((q) => q.source)!.id;
  const removed = g.ask(ANNA, 'Weg ermee');
  g.send(ANNA, { type: 'removeQuestion', questionId: removed });
  const dordts = g.ask(DIRK, 'Wie betaalt de koffie?');
  g.send(FACILITATOR, {
    type: 'addQuestion',
    text: 'Hoe vinden we vrijwilligers?',
    partnershipId: g.zaanstad,
  });
  g.pairUp();
  const advice = g.advise(ZEYNEP, own, 'Spreek een vaste dag af');
  const answer = g.advise(ANNA, dordts, 'Uit de pot van de gemeente');
  g.send(FACILITATOR, { type: 'shareVisit', visitorId: g.utrecht });
  return { g, own, imported, source, dordts, advice, answer };
}

describe('consultation: records for the research exports', () => {
  it("is the kind's `records`", () => {
    expect(registry.get('consultation')?.records).toBe(records);
  });

  it('given questions and advice, then each is a record; a question speaks for the asker, advice for the host and links to its question', () => {
    const { g, own, imported, source, dordts, advice, answer } = scene();
    const base = { round: null, at: null };
    const notShared = ' · niet gedeeld in de zaal';
    expect(recordsOf(g, 'consult-1')).toEqual([
      {
        ...base,
        id: dordts,
        type: 'question',
        phase: `Vragen en koppels${notShared}`,
        group: 'Dordrecht',
        authorId: 'dirk',
        side: 'formal',
        partnershipId: g.dordrecht,
        text: 'Wie betaalt de koffie?',
        codes: ['Vraag'],
        links: [],
      },
      {
        ...base,
        id: answer,
        type: 'advice',
        phase: `Op bezoek${notShared}`,
        group: 'Dordrecht bij Utrecht',
        authorId: 'anna',
        side: 'formal',
        partnershipId: g.utrecht,
        text: 'Uit de pot van de gemeente',
        codes: ['Advies'],
        links: [{ activityId: 'consult-1', id: dordts }],
      },
      expect.objectContaining({ id: own, phase: 'Vragen en koppels', group: 'Utrecht' }),
      expect.objectContaining({
        id: advice,
        phase: 'Op bezoek',
        group: 'Utrecht bij Zaanstad',
        authorId: 'zeynep',
        partnershipId: g.zaanstad,
        links: [{ activityId: 'consult-1', id: own }],
      }),
      expect.objectContaining({
        id: imported,
        authorId: 'bram',
        codes: ['Vraag', 'Uit de plannen'],
        links: [source],
      }),
      expect.objectContaining({
        text: 'Hoe vinden we vrijwilligers?',
        group: 'Zaanstad',
        authorId: null,
        side: null,
        partnershipId: g.zaanstad,
      }),
    ]);
  });

  it('leaves out removed questions', () => {
    const { g } = scene();
    expect(recordsOf(g).map((r) => r.text)).not.toContain('Weg ermee');
  });

  it('without its own activity id, advice carries no link rather than a broken one', () => {
    const { g } = scene();
    const advice = recordsOf(g).filter((r) => r.type === 'advice');
    expect(advice).toHaveLength(2);
    expect(advice.every((r) => r.links.length === 0)).toBe(true);
  });
});
