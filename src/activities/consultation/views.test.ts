import { describe, expect, it } from 'vitest';
import { PROJECTOR } from '../../domain/views/audience.ts';
import { references } from './references.ts';
import { ANNA, BRAM, DIRK, FACILITATOR, ZEYNEP, given } from './testkit.ts';
import type { ConsultationView } from './viewShapes.ts';

const texts = (v: ConsultationView) => ({
  questions: Object.values(v.questions)
    .map((q) => q.text)
    .sort(),
  advice: Object.values(v.advice)
    .map((a) => a.text)
    .sort(),
});

/** Dordrecht → Utrecht → Zaanstad → Dordrecht, a question each for Utrecht and Dordrecht. */
function visiting() {
  const g = given();
  const utrechtQ = g.ask(ANNA, 'Utrechtse vraag');
  const dordtQ = g.ask(DIRK, 'Dordtse vraag');
  g.pairUp();
  const zaanAdvice = g.advise(ZEYNEP, utrechtQ, 'Zaans advies');
  const utrechtAdvice = g.advise(BRAM, dordtQ, 'Utrechts advies');
  return { ...g, utrechtQ, dordtQ, zaanAdvice, utrechtAdvice };
}

describe('consultation: views while preparing', () => {
  it('a partnership reads its own questions only; others get a count', () => {
    const { ask, sees, wireOf, h, activityId, utrecht } = given();
    ask(ANNA, 'Welke wettelijke afspraken gelden?');
    expect(texts(sees('bram')).questions).toEqual(['Welke wettelijke afspraken gelden?']);
    for (const id of ['dirk', 'zeynep', 'gast']) {
      expect(wireOf(id)).not.toContain('wettelijke');
      expect(sees(id).counts[utrecht]).toEqual({ questions: 1, advice: 0, open: 1 });
    }
    const projector = h.projectorSees<ConsultationView>(activityId);
    expect(projector.questions).toEqual({});
    expect(JSON.stringify(h.view(activityId, PROJECTOR))).not.toContain('wettelijke');
  });

  it('only facilitators read the draft pairing and who wrote what', () => {
    const { ask, send, sees, wireOf, h, activityId } = given();
    ask(ANNA, 'Vraag van Anna');
    send(FACILITATOR, { type: 'suggestPairs' });
    const console = h.view<ConsultationView>(activityId, 'facilitator');
    expect(Object.keys(console.data.draft)).toHaveLength(3);
    expect(Object.values(console.data.questions)[0]?.authorId).toBe('anna');
    expect(console.people).toHaveProperty('anna');
    expect(sees('anna').draft).toEqual({});
    expect(sees('anna').visits).toEqual({});
    expect(wireOf('bram')).not.toContain('"authorId":"anna"');
    expect(wireOf('anna')).not.toContain('"authorId":"anna"');
  });
});

describe('consultation: views during the visits', () => {
  it('the host reads its visitor’s questions and its own advice; the asker all advice on hers', () => {
    const v = visiting();
    // Utrecht: own question with Zaanstad's advice; Dordrecht's question with its own advice.
    expect(texts(v.sees('anna'))).toEqual({
      questions: ['Dordtse vraag', 'Utrechtse vraag'],
      advice: ['Utrechts advies', 'Zaans advies'],
    });
    // Zaanstad hosts Utrecht: Utrecht's question and its own advice, nothing of Dordrecht's pair.
    expect(texts(v.sees('zeynep'))).toEqual({
      questions: ['Utrechtse vraag'],
      advice: ['Zaans advies'],
    });
    expect(v.wireOf('zeynep')).not.toContain('Dordtse vraag');
    expect(v.wireOf('zeynep')).not.toContain('Utrechts advies');
    // Dordrecht hosts Zaanstad (no questions) and asked Utrecht.
    expect(texts(v.sees('dirk'))).toEqual({
      questions: ['Dordtse vraag'],
      advice: ['Utrechts advies'],
    });
    expect(v.wireOf('dewi')).not.toContain('Zaans advies');
    expect(v.wireOf('dewi')).not.toContain('Utrechtse vraag');
  });

  it('everyone reads the confirmed pairs; the projector and people without a partnership nothing else', () => {
    const v = visiting();
    for (const id of ['anna', 'zeynep', 'gast'])
      expect(Object.keys(v.sees(id).visits)).toHaveLength(3);
    const projector = v.h.projectorSees<ConsultationView>(v.activityId);
    expect(projector.visits).toEqual({
      [v.dordrecht]: v.utrecht,
      [v.utrecht]: v.zaanstad,
      [v.zaanstad]: v.dordrecht,
    });
    expect(texts(projector)).toEqual({ questions: [], advice: [] });
    expect(projector.counts[v.utrecht]).toEqual({ questions: 1, advice: 1, open: 0 });
    for (const wire of [JSON.stringify(v.h.view(v.activityId, PROJECTOR)), v.wireOf('gast')])
      for (const secret of ['Utrechtse vraag', 'Dordtse vraag', 'Zaans advies', 'Utrechts advies'])
        expect(wire).not.toContain(secret);
  });

  it('after sharing a visit, the room reads its questions and advice, and nothing else', () => {
    const v = visiting();
    v.send(FACILITATOR, { type: 'shareVisit', visitorId: v.utrecht });
    const projector = v.h.projectorSees<ConsultationView>(v.activityId);
    expect(texts(projector)).toEqual({ questions: ['Utrechtse vraag'], advice: ['Zaans advies'] });
    expect(texts(v.sees('gast'))).toEqual(texts(projector));
    expect(texts(v.sees('dewi'))).toEqual({
      questions: ['Dordtse vraag', 'Utrechtse vraag'],
      advice: ['Utrechts advies', 'Zaans advies'],
    });
    expect(JSON.stringify(v.h.view(v.activityId, PROJECTOR))).not.toContain('Dordtse vraag');
    expect(JSON.stringify(v.h.view(v.activityId, PROJECTOR))).not.toContain('"authorId":"');
  });

  it('a former host keeps the question it advised on when the pairs change', () => {
    const v = visiting();
    v.send(FACILITATOR, { type: 'reopenPairs' });
    v.send(FACILITATOR, { type: 'setVisit', visitorId: v.utrecht, hostId: v.dordrecht });
    v.send(FACILITATOR, { type: 'confirmPairs' });
    expect(texts(v.sees('zeynep'))).toEqual({
      questions: ['Utrechtse vraag'],
      advice: ['Zaans advies'],
    });
    // Dordrecht now hosts Utrecht: the question, but not Zaanstad's advice on it.
    expect(texts(v.sees('dirk')).questions).toContain('Utrechtse vraag');
    expect(v.wireOf('dirk')).not.toContain('Zaans advies');
  });
});

describe('consultation: references for the plans', () => {
  it('offers nothing before sharing, then one reference per advice for asker and adviser', () => {
    const v = visiting();
    expect(references(v.state(), null, v.activityId)).toEqual([]);
    v.send(FACILITATOR, { type: 'shareVisit', visitorId: v.utrecht });
    const offered = references(v.state(), null, v.activityId);
    expect(offered).toEqual([
      {
        type: 'consultationAdvice',
        activityId: v.activityId,
        id: `${v.zaanAdvice}-asked`,
        text: 'Utrechtse vraag — Zaans advies',
        side: null,
        partnershipId: v.utrecht,
      },
      {
        type: 'consultationAdvice',
        activityId: v.activityId,
        id: `${v.zaanAdvice}-given`,
        text: 'Utrechtse vraag — Zaans advies',
        side: null,
        partnershipId: v.zaanstad,
      },
    ]);
    for (const r of offered) expect(r.id).toMatch(/^[A-Za-z0-9_-]+$/);
    // The engine collects them for every view of the workshop.
    expect(
      v.h.engine.references(v.h.state).filter((r) => r.type === 'consultationAdvice'),
    ).toHaveLength(2);
  });
});
