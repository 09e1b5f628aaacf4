import { describe, expect, it } from 'vitest';
import { FACILITATOR } from '../../domain/testing/workshopHarness.ts';
import {
  FACILITATOR as FACILITATOR_VIEW,
  OBSERVER,
  PARTICIPANTS,
} from '../../domain/views/audience.ts';
import { plansKind } from './index.ts';
import { references } from './references.ts';
import type { PlansView } from './viewShapes.ts';
import { ANNA, CHADIA, DEWI, given } from './testkit.ts';

/** A scene with a draft in Utrecht and one in Zaanstad, each with a secret in it. */
function drafts() {
  const scene = given();
  const { add } = scene;
  const goal = add(ANNA, { list: 'goals', text: 'Utrechts geheim doel' });
  const question = add(CHADIA, { list: 'questions', text: 'Utrechtse vraag' });
  const zaanstadGoal = add(DEWI, { list: 'goals', text: 'Zaans geheim doel' });
  return { ...scene, goal, question, zaanstadGoal };
}

describe('plans: what each audience sees while writing', () => {
  it('gives a partnership its own draft live, and nothing of another’s but counts', () => {
    const { h, activityId, utrecht, zaanstad, goal } = drafts();
    const chadia = h.participantSees<PlansView>(activityId, 'chadia');
    expect(h.audienceOf(activityId, 'chadia')).toBe(`partnership:${utrecht}`);
    expect(chadia.plans[utrecht]!.goals[goal]).toMatchObject({
      text: 'Utrechts geheim doel',
      authorId: null,
    });
    expect(Object.keys(chadia.plans)).toEqual([utrecht]);
    expect(chadia.progress[zaanstad]).toEqual({
      goals: 1,
      actions: 0,
      supporters: 0,
      questions: 0,
    });
    // On the wire: not a word of Zaanstad's draft, and no author's id.
    const wire = h.phone(activityId, 'chadia').wire;
    expect(wire).not.toContain('Zaans geheim doel');
    expect(wire).not.toContain('"anna"');
    expect(wire).not.toContain('"chadia"');
    const dewiWire = h.phone(activityId, 'dewi').wire;
    expect(dewiWire).not.toContain('Utrechts geheim doel');
    expect(dewiWire).not.toContain('Utrechtse vraag');
  });

  it('shows the projector, observers and people without a partnership only counts', () => {
    const { h, activityId, utrecht, zaanstad } = drafts();
    expect(h.audienceOf(activityId, 'eva')).toBe(PARTICIPANTS);
    const eva = h.phone(activityId, 'eva');
    const projector = h.view<PlansView>(activityId, 'projector');
    const observer = h.view<PlansView>(activityId, OBSERVER);
    for (const seen of [eva.state as PlansView, projector.data, observer.data]) {
      expect(seen.plans).toEqual({});
      expect(seen.progress[utrecht]).toEqual({ goals: 1, actions: 0, supporters: 0, questions: 1 });
      expect(seen.progress[zaanstad]).toMatchObject({ goals: 1 });
    }
    for (const wire of [eva.wire, JSON.stringify(projector), JSON.stringify(observer)]) {
      expect(wire).not.toContain('geheim');
      expect(wire).not.toContain('Utrechtse vraag');
    }
    expect(projector.people).toEqual({});
  });

  it('gives facilitators every plan with its authors, and their cards', () => {
    const { h, activityId, utrecht, zaanstad, goal, zaanstadGoal } = drafts();
    const console_ = h.view<PlansView>(activityId, FACILITATOR_VIEW);
    expect(console_.data.plans[utrecht]!.goals[goal]!.authorId).toBe('anna');
    expect(console_.data.plans[zaanstad]!.goals[zaanstadGoal]!.authorId).toBe('dewi');
    expect(Object.keys(console_.people).sort()).toEqual(['anna', 'chadia', 'dewi']);
    expect(console_.data.progress).toEqual({});
  });

  it('gives every partnership an entry from the start, even before its first item', () => {
    const { h, activityId, utrecht, zaanstad } = given();
    const anna = h.participantSees<PlansView>(activityId, 'anna');
    expect(anna.plans[utrecht]).toEqual({ goals: {}, actions: {}, supporters: {}, questions: {} });
    expect(anna.progress[zaanstad]).toEqual({ goals: 0, actions: 0, supporters: 0, questions: 0 });
    expect(Object.keys(h.projectorSees<PlansView>(activityId).progress).sort()).toEqual(
      [utrecht, zaanstad].sort(),
    );
  });
});

describe('plans: what each audience sees once shared', () => {
  it('brings a shared plan to everyone, live, still without authors', () => {
    const { h, activityId, send, add, utrecht, zaanstad } = drafts();
    send(FACILITATOR, { type: 'sharePlan', partnershipId: utrecht });
    const later = add(ANNA, { list: 'actions', what: 'Leerbijeenkomst met Al Amal' });
    for (const seen of [
      h.participantSees<PlansView>(activityId, 'dewi'),
      h.participantSees<PlansView>(activityId, 'eva'),
      h.projectorSees<PlansView>(activityId),
    ]) {
      expect(seen.plans[utrecht]!.actions[later]).toMatchObject({
        what: 'Leerbijeenkomst met Al Amal',
        authorId: null,
      });
      expect(seen.sharedPlans).toEqual([utrecht]);
      expect(seen.progress[utrecht]).toBeUndefined();
    }
    // Zaanstad's draft is still its own.
    expect(h.projectorSees<PlansView>(activityId).plans[zaanstad]).toBeUndefined();
    expect(h.phone(activityId, 'anna').wire).not.toContain('Zaans geheim doel');
    expect(JSON.stringify(h.view(activityId, 'projector'))).not.toContain('"anna"');
  });

  it('passes the spotlight and the phase to every audience', () => {
    const { h, activityId, send, utrecht } = drafts();
    send(FACILITATOR, { type: 'sharePlan', partnershipId: utrecht });
    send(FACILITATOR, { type: 'spotlightPlan', partnershipId: utrecht });
    send(FACILITATOR, { type: 'close' });
    for (const seen of [
      h.projectorSees<PlansView>(activityId),
      h.participantSees<PlansView>(activityId, 'dewi'),
    ])
      expect(seen).toMatchObject({ spotlightId: utrecht, phase: 'closed' });
  });
});

describe('plans: references for the consultation', () => {
  it('offers the open questions of shared plans only while writing', () => {
    const { state, send, activityId, utrecht, question } = drafts();
    expect(references(state(), null, activityId, 'running')).toEqual([]);
    send(FACILITATOR, { type: 'sharePlan', partnershipId: utrecht });
    expect(references(state(), null, activityId, 'running')).toEqual([
      {
        type: 'planQuestion',
        activityId,
        id: question,
        text: 'Utrechtse vraag',
        side: null,
        partnershipId: utrecht,
      },
    ]);
  });

  it('keeps every question once the plans are closed or the activity ended, unshared ones marked', () => {
    const { state, send, activityId, zaanstad, add } = drafts();
    const zq = add(DEWI, { list: 'questions', text: 'Hoe blijft informeel sterk?' });
    expect(references(state(), null, activityId, 'ended')).toHaveLength(2);
    send(FACILITATOR, { type: 'close' });
    expect(references(state(), null, activityId, 'running')).toContainEqual({
      type: 'planQuestion',
      activityId,
      id: zq,
      text: 'Hoe blijft informeel sterk?',
      side: null,
      partnershipId: zaanstad,
      shared: false,
    });
  });

  it('is wired into the kind, and the engine collects it for the workshop', () => {
    const { h, send, utrecht } = drafts();
    expect(plansKind.references).toBe(references);
    send(FACILITATOR, { type: 'sharePlan', partnershipId: utrecht });
    const offered = h.engine.references(h.state).filter((r) => r.type === 'planQuestion');
    expect(offered.map((r) => r.text)).toEqual(['Utrechtse vraag']);
  });
});

describe('plans: defaults', () => {
  it('has a default config that passes its schema in every language', () => {
    for (const language of ['nl', 'en'] as const)
      expect(plansKind.configSchema.safeParse(plansKind.defaultConfig(language)).success).toBe(
        true,
      );
  });
});
