import { describe, expect, it } from 'vitest';
import { FACILITATOR, refusal } from '../../domain/testing/workshopHarness.ts';
import { MAX_ITEMS, itemsOf } from './schema.ts';
import { ANNA, CHADIA, DEWI, EVA, given } from './testkit.ts';

/** Decisions of "Toekomstplannen"; what each audience sees is in `views.test.ts`. */
describe('plans: adding items', () => {
  it('given a running activity, when a participant adds an item to each list, then each is in her partnership’s plan', () => {
    const { send, state, utrecht } = given();
    const [goal] = send(ANNA, {
      type: 'addItem',
      item: { list: 'goals', text: '  Buurtteams overtuigen ' },
    });
    expect(goal).toEqual({
      type: 'itemAdded',
      partnershipId: utrecht,
      itemId: expect.any(String),
      item: { list: 'goals', text: 'Buurtteams overtuigen' },
      authorId: 'anna',
    });
    // Optional fields of an action start empty.
    const [action] = send(CHADIA, {
      type: 'addItem',
      item: { list: 'actions', what: 'Leerbijeenkomst' },
    });
    expect(action).toMatchObject({
      item: {
        list: 'actions',
        what: 'Leerbijeenkomst',
        who: null,
        people: null,
        byWhen: null,
        support: null,
      },
    });
    send(CHADIA, {
      type: 'addItem',
      item: { list: 'supporters', side: 'informal', name: 'Bestuur Al Amal' },
    });
    send(ANNA, { type: 'addItem', item: { list: 'questions', text: 'Welke afspraken gelden?' } });
    const plan = state().plans[utrecht]!;
    expect(itemsOf(plan, 'goals').map((g) => g.text)).toEqual(['Buurtteams overtuigen']);
    expect(itemsOf(plan, 'actions')[0]).toMatchObject({
      what: 'Leerbijeenkomst',
      authorId: 'chadia',
    });
    expect(itemsOf(plan, 'supporters')[0]).toMatchObject({
      side: 'informal',
      name: 'Bestuur Al Amal',
      ask: null,
    });
    expect(itemsOf(plan, 'questions')).toHaveLength(1);
  });

  it('puts a participant’s item in her own plan, whatever partnership she names', () => {
    const { send, state, utrecht, zaanstad } = given();
    send(ANNA, { type: 'addItem', item: { list: 'goals', text: 'x' }, partnershipId: zaanstad });
    expect(Object.keys(state().plans)).toEqual([utrecht]);
  });

  it('lets the facilitator add to the plan she names, and refuses without one or with an unknown one', () => {
    const { send, state, zaanstad } = given();
    const goal = { type: 'addItem', item: { list: 'goals', text: 'Samen in de wijk' } };
    expect(send(FACILITATOR, { ...goal, partnershipId: zaanstad })[0]).toMatchObject({
      partnershipId: zaanstad,
      authorId: null,
    });
    expect(itemsOf(state().plans[zaanstad]!, 'goals')).toHaveLength(1);
    expect(refusal(() => send(FACILITATOR, goal))).toBe('WP_ERR_VALIDATION');
    expect(refusal(() => send(FACILITATOR, { ...goal, partnershipId: 'nope' }))).toBe(
      'WP_ERR_NOT_FOUND',
    );
    expect(refusal(() => send(FACILITATOR, { ...goal, partnershipId: '__proto__' }))).toBe(
      'WP_ERR_VALIDATION',
    );
    expect(refusal(() => send(FACILITATOR, { ...goal, partnershipId: 'constructor' }))).toBe(
      'WP_ERR_VALIDATION',
    );
  });

  it('refuses someone without a partnership, empty or too long text, an unknown list and a closed activity', () => {
    const { send } = given();
    const add = (item: unknown) => send(ANNA, { type: 'addItem', item });
    expect(refusal(() => send(EVA, { type: 'addItem', item: { list: 'goals', text: 'x' } }))).toBe(
      'WP_ERR_FORBIDDEN',
    );
    expect(refusal(() => add({ list: 'goals', text: '   ' }))).toBe('WP_ERR_VALIDATION');
    expect(refusal(() => add({ list: 'goals', text: 'x'.repeat(501) }))).toBe('WP_ERR_VALIDATION');
    expect(refusal(() => add({ list: 'actions', what: 'x', who: 'everyone' }))).toBe(
      'WP_ERR_VALIDATION',
    );
    expect(refusal(() => add({ list: 'supporters', name: 'x' }))).toBe('WP_ERR_VALIDATION');
    expect(refusal(() => add({ list: 'wishes', text: 'x' }))).toBe('WP_ERR_VALIDATION');
    expect(refusal(() => add({ list: 'goals', text: 'a\u0007b' }))).toBe('WP_ERR_VALIDATION');
    send(FACILITATOR, { type: 'close' });
    expect(refusal(() => add({ list: 'goals', text: 'Te laat' }))).toBe('WP_ERR_WRONG_PHASE');
  });

  it('refuses an item over the limit of a list', () => {
    const { send, utrecht } = given();
    for (let i = 0; i < MAX_ITEMS; i++)
      send(FACILITATOR, {
        type: 'addItem',
        item: { list: 'questions', text: `Vraag ${i}` },
        partnershipId: utrecht,
      });
    expect(
      refusal(() =>
        send(ANNA, { type: 'addItem', item: { list: 'questions', text: 'Eén te veel' } }),
      ),
    ).toBe('WP_ERR_TOO_LARGE');
    // Another list of the same plan still has room.
    expect(
      send(ANNA, { type: 'addItem', item: { list: 'goals', text: 'Nog een doel' } }),
    ).toHaveLength(1);
  });

  it('answers the command that made an item with its id (madeId)', async () => {
    const { h, activityId } = given();
    const { plansKind } = await import('./index.ts');
    const [event] = h.activity(ANNA, activityId, {
      type: 'addItem',
      item: { list: 'goals', text: 'x' },
    });
    expect(plansKind.madeId?.(event as never)).toBe(
      (event as unknown as { itemId: string }).itemId,
    );
    expect(plansKind.madeId?.({ type: 'closed' })).toBeUndefined();
  });
});

describe('plans: editing and removing items', () => {
  it('stores only the fields that changed, so two phones editing different fields both keep their work', () => {
    const { send, state, add, utrecht } = given();
    const id = add(ANNA, { list: 'actions', what: 'Leerbijeenkomst' });
    // Anna and Chadia edit the same action at once: each edit carries only its own field.
    const [byAnna] = send(ANNA, {
      type: 'editItem',
      itemId: id,
      change: { list: 'actions', byWhen: 'Voor de zomer' },
    });
    const [byChadia] = send(CHADIA, {
      type: 'editItem',
      itemId: id,
      change: { list: 'actions', who: 'both', support: 'Zaal van de gemeente' },
    });
    expect(byAnna).toEqual({
      type: 'itemEdited',
      partnershipId: utrecht,
      itemId: id,
      change: { list: 'actions', byWhen: 'Voor de zomer' },
    });
    expect(byChadia).toMatchObject({
      change: { list: 'actions', who: 'both', support: 'Zaal van de gemeente' },
    });
    expect(state().plans[utrecht]!.actions[id]).toMatchObject({
      what: 'Leerbijeenkomst',
      who: 'both',
      byWhen: 'Voor de zomer',
      support: 'Zaal van de gemeente',
      authorId: 'anna',
    });
  });

  it('keeps the last word when two phones change the same field, and stores nothing when nothing changes', () => {
    const { send, state, add, utrecht } = given();
    const id = add(ANNA, { list: 'goals', text: 'Eerste' });
    send(ANNA, { type: 'editItem', itemId: id, change: { list: 'goals', text: 'Van Anna' } });
    send(CHADIA, { type: 'editItem', itemId: id, change: { list: 'goals', text: 'Van Chadia' } });
    expect(state().plans[utrecht]!.goals[id]!.text).toBe('Van Chadia');
    expect(
      send(ANNA, { type: 'editItem', itemId: id, change: { list: 'goals', text: ' Van Chadia ' } }),
    ).toEqual([]);
  });

  it('clears an optional field with null, but never a required one', () => {
    const { send, state, add, utrecht } = given();
    const id = add(ANNA, { list: 'actions', what: 'Bezoek', people: 'Fatima' });
    send(ANNA, { type: 'editItem', itemId: id, change: { list: 'actions', people: null } });
    expect(state().plans[utrecht]!.actions[id]!.people).toBeNull();
    const clear = { type: 'editItem', itemId: id, change: { list: 'actions', what: null } };
    expect(refusal(() => send(ANNA, clear))).toBe('WP_ERR_VALIDATION');
    const empty = { type: 'editItem', itemId: id, change: { list: 'actions' } };
    expect(refusal(() => send(ANNA, empty))).toBe('WP_ERR_VALIDATION');
  });

  it('refuses another partnership’s item as not found, and unknown or reserved ids', () => {
    const { send, add } = given();
    const id = add(ANNA, { list: 'goals', text: 'Van Utrecht' });
    const edit = (itemId: string, list = 'goals') => ({
      type: 'editItem',
      itemId,
      change: { list, text: 'x' },
    });
    expect(refusal(() => send(DEWI, edit(id)))).toBe('WP_ERR_NOT_FOUND');
    expect(refusal(() => send(DEWI, { type: 'removeItem', list: 'goals', itemId: id }))).toBe(
      'WP_ERR_NOT_FOUND',
    );
    expect(refusal(() => send(EVA, edit(id)))).toBe('WP_ERR_NOT_FOUND');
    expect(refusal(() => send(ANNA, edit('nope')))).toBe('WP_ERR_NOT_FOUND');
    expect(refusal(() => send(ANNA, edit(id, 'questions')))).toBe('WP_ERR_NOT_FOUND');
    expect(refusal(() => send(ANNA, edit('__proto__')))).toBe('WP_ERR_VALIDATION');
    expect(
      refusal(() => send(ANNA, { type: 'removeItem', list: 'goals', itemId: 'toString' })),
    ).toBe('WP_ERR_VALIDATION');
    // The facilitator reaches every plan.
    expect(send(FACILITATOR, edit(id))).toHaveLength(1);
  });

  it('removes an item from its plan; an edit of a removed item is not found', () => {
    const { send, state, add, utrecht } = given();
    const id = add(ANNA, { list: 'questions', text: 'Welke afspraken gelden?' });
    expect(send(CHADIA, { type: 'removeItem', list: 'questions', itemId: id })).toEqual([
      { type: 'itemRemoved', partnershipId: utrecht, list: 'questions', itemId: id },
    ]);
    expect(state().plans[utrecht]!.questions).toEqual({});
    const edit = { type: 'editItem', itemId: id, change: { list: 'questions', text: 'x' } };
    expect(refusal(() => send(ANNA, edit))).toBe('WP_ERR_NOT_FOUND');
    expect(refusal(() => send(ANNA, { type: 'removeItem', list: 'questions', itemId: id }))).toBe(
      'WP_ERR_NOT_FOUND',
    );
  });

  it('refuses participants’ edits once closed; the facilitator may still tidy', () => {
    const { send, add } = given();
    const id = add(ANNA, { list: 'goals', text: 'Doel' });
    send(FACILITATOR, { type: 'close' });
    const edit = { type: 'editItem', itemId: id, change: { list: 'goals', text: 'Beter doel' } };
    expect(refusal(() => send(ANNA, edit))).toBe('WP_ERR_WRONG_PHASE');
    expect(refusal(() => send(ANNA, { type: 'removeItem', list: 'goals', itemId: id }))).toBe(
      'WP_ERR_WRONG_PHASE',
    );
    expect(send(FACILITATOR, edit)).toHaveLength(1);
  });

  it('refuses participants’ commands when the activity is not running', () => {
    const { h, send, activityId } = given();
    h.workshop(FACILITATOR, { type: 'stopActivity', activityId });
    expect(refusal(() => send(ANNA, { type: 'addItem', item: { list: 'goals', text: 'x' } }))).toBe(
      'WP_ERR_ACTIVITY_NOT_RUNNING',
    );
  });
});

describe('plans: the facilitator’s steps', () => {
  it('shares one plan, once; refuses participants and unknown partnerships', () => {
    const { send, state, utrecht } = given();
    expect(send(FACILITATOR, { type: 'sharePlan', partnershipId: utrecht })).toEqual([
      { type: 'planShared', partnershipId: utrecht },
    ]);
    expect(send(FACILITATOR, { type: 'sharePlan', partnershipId: utrecht })).toEqual([]);
    expect(state().sharedPlans).toEqual([utrecht]);
    expect(refusal(() => send(ANNA, { type: 'sharePlan', partnershipId: utrecht }))).toBe(
      'WP_ERR_FORBIDDEN',
    );
    expect(refusal(() => send(FACILITATOR, { type: 'sharePlan', partnershipId: 'nope' }))).toBe(
      'WP_ERR_NOT_FOUND',
    );
  });

  it('shares every plan not shared yet at once', () => {
    const { send, state, utrecht, zaanstad } = given();
    send(FACILITATOR, { type: 'sharePlan', partnershipId: utrecht });
    expect(send(FACILITATOR, { type: 'shareAllPlans' })).toEqual([
      { type: 'planShared', partnershipId: zaanstad },
    ]);
    expect(send(FACILITATOR, { type: 'shareAllPlans' })).toEqual([]);
    expect(state().sharedPlans).toEqual([utrecht, zaanstad]);
    expect(refusal(() => send(DEWI, { type: 'shareAllPlans' }))).toBe('WP_ERR_FORBIDDEN');
  });

  it('spotlights only a shared plan, and back to showing them in turn', () => {
    const { send, state, utrecht } = given();
    const spotlight = (partnershipId: string | null) =>
      send(FACILITATOR, { type: 'spotlightPlan', partnershipId });
    expect(refusal(() => spotlight(utrecht))).toBe('WP_ERR_WRONG_PHASE');
    expect(refusal(() => spotlight('nope'))).toBe('WP_ERR_NOT_FOUND');
    expect(spotlight(null)).toEqual([]);
    send(FACILITATOR, { type: 'sharePlan', partnershipId: utrecht });
    expect(spotlight(utrecht)).toEqual([{ type: 'planSpotlighted', partnershipId: utrecht }]);
    expect(spotlight(utrecht)).toEqual([]);
    expect(state().spotlightId).toBe(utrecht);
    expect(refusal(() => send(ANNA, { type: 'spotlightPlan', partnershipId: null }))).toBe(
      'WP_ERR_FORBIDDEN',
    );
    expect(spotlight(null)).toEqual([{ type: 'planSpotlighted', partnershipId: null }]);
  });

  it('closes and reopens, each once; participants may do neither', () => {
    const { send, state } = given();
    expect(refusal(() => send(ANNA, { type: 'close' }))).toBe('WP_ERR_FORBIDDEN');
    expect(send(FACILITATOR, { type: 'close' })).toEqual([{ type: 'closed' }]);
    expect(send(FACILITATOR, { type: 'close' })).toEqual([]);
    expect(state().phase).toBe('closed');
    expect(refusal(() => send(ANNA, { type: 'reopen' }))).toBe('WP_ERR_FORBIDDEN');
    expect(send(FACILITATOR, { type: 'reopen' })).toEqual([{ type: 'reopened' }]);
    expect(send(FACILITATOR, { type: 'reopen' })).toEqual([]);
    expect(state().phase).toBe('write');
  });

  it('refuses an unknown command type', () => {
    const { send } = given();
    expect(refusal(() => send(FACILITATOR, { type: 'deletePlan' }))).toBe('WP_ERR_VALIDATION');
  });
});
