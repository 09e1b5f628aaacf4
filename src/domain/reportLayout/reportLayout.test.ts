import { describe, expect, it } from 'vitest';
import { fakeKind, registryOf } from '../testing/fakeKind.ts';
import { FACILITATOR, refusal, workshopHarness } from '../testing/workshopHarness.ts';
import { FACILITATOR as FACILITATORS, PROJECTOR, type Audience } from '../views/audience.ts';
import type { WorkshopEvent } from '../workshop/events.ts';
import { itemKey } from './itemKey.ts';

const kinds = registryOf(fakeKind('strength'));
const CO = { kind: 'facilitator' as const, accountId: 'fac2' };

/** A workshop with one day of three plain blocks, and a second facilitator. */
function given() {
  const h = workshopHarness(kinds).create();
  h.run(
    { kind: 'system' },
    { activityId: null, command: { type: 'addFacilitator', accountId: 'fac2', name: 'Noor' } },
  );
  const run = (command: Record<string, unknown>, actor = FACILITATOR) => h.workshop(actor, command);
  run({ type: 'addDay', title: 'Dag 1', date: null });
  const dayId = h.state.programme.days[0]!.id;
  for (const title of ['Opening', 'Kracht van de ander', 'Plannen'])
    run({ type: 'addBlock', dayId, title, startTime: null, durationMin: 30, kind: null });
  const [opening, strength, plans] = h.state.programme.days[0]!.blockIds;
  return { h, run, dayId, opening: opening!, strength: strength!, plans: plans! };
}

const key = itemKey('listItem', 'Ze luisteren goed');

describe('report layout: hiding and showing items', () => {
  it('given a block, when an item is hidden, then the layout names it and the history says who', () => {
    const { h, run, strength } = given();
    const events = run({ type: 'hideReportItem', sectionId: strength, itemKey: key });
    expect(events).toEqual([
      { type: 'reportItemHidden', sectionId: strength, itemKey: key, by: 'fac1' },
    ]);
    expect(h.state.reportLayout.hidden).toEqual({ [strength]: [key] });
    expect(h.state.reportHistory).toMatchObject([
      { kind: 'hide', sectionId: strength, itemKey: key, by: 'fac1', undone: false },
    ]);
  });

  it('given a hidden item, when it is hidden again, then nothing happens; when shown, it is gone from the layout', () => {
    const { h, run, strength } = given();
    run({ type: 'hideReportItem', sectionId: strength, itemKey: key });
    expect(run({ type: 'hideReportItem', sectionId: strength, itemKey: key })).toEqual([]);
    run({ type: 'showReportItem', sectionId: strength, itemKey: key });
    expect(h.state.reportLayout.hidden).toEqual({});
    expect(run({ type: 'showReportItem', sectionId: strength, itemKey: key })).toEqual([]);
  });

  it('refuses unknown sections and malformed keys', () => {
    const { run, strength } = given();
    expect(refusal(() => run({ type: 'hideReportItem', sectionId: 'nope', itemKey: key }))).toBe(
      'WP_ERR_NOT_FOUND',
    );
    expect(
      refusal(() => run({ type: 'hideReportItem', sectionId: strength, itemKey: '<b>' })),
    ).toBe('WP_ERR_VALIDATION');
    expect(
      refusal(() => run({ type: 'hideReportItem', sectionId: '__proto__', itemKey: key })),
    ).toBe('WP_ERR_VALIDATION');
  });
});

describe('report layout: ordering sections', () => {
  it('given known sections, when ordered, then the layout keeps the order', () => {
    const { h, run, opening, strength, plans } = given();
    const sectionIds = [strength, opening, plans, 'conclusion', 'introduction'];
    const moved = { sectionId: strength, direction: 'up' };
    expect(run({ type: 'orderReportSections', sectionIds, moved })).toEqual([
      { type: 'reportSectionsOrdered', sectionIds, moved, by: 'fac1' },
    ]);
    expect(h.state.reportLayout.order).toEqual(sectionIds);
    expect(run({ type: 'orderReportSections', sectionIds, moved })).toEqual([]);
  });

  it('knows the parts after the days: plans per partnership and the appendix per activity', () => {
    const { h, run } = given();
    run({ type: 'addActivity', kind: 'strength' });
    const activityId = h.state.activityOrder[0]!;
    const sectionIds = [
      'appendix',
      `appendix-${activityId}`,
      'actions',
      `actions-${h.partnershipId}`,
    ];
    expect(run({ type: 'orderReportSections', sectionIds })).toHaveLength(1);
    const unknown = () => run({ type: 'orderReportSections', sectionIds: ['appendix-nope'] });
    expect(refusal(unknown)).toBe('WP_ERR_NOT_FOUND');
  });

  it('refuses unknown ids, duplicates, a moved section it does not name, and too long a list', () => {
    const { run, opening, strength } = given();
    const order =
      (sectionIds: string[], moved: unknown = null) =>
      () =>
        run({ type: 'orderReportSections', sectionIds, moved });
    expect(refusal(order([opening, 'elsewhere']))).toBe('WP_ERR_NOT_FOUND');
    expect(refusal(order([opening, opening]))).toBe('WP_ERR_VALIDATION');
    expect(refusal(order([opening], { sectionId: strength, direction: 'up' }))).toBe(
      'WP_ERR_VALIDATION',
    );
    expect(refusal(order(Array.from({ length: 1001 }, () => opening)))).toBe('WP_ERR_VALIDATION');
  });
});

describe('report layout: undo', () => {
  it('given a text edit, a hide and a move by two people, when undone three times, then each is put back, newest first', () => {
    const { h, run, opening, strength } = given();
    run({ type: 'editReportText', sectionId: opening, text: 'Eerste versie' });
    run({ type: 'editReportText', sectionId: opening, text: 'Tweede versie' }, CO);
    run({ type: 'hideReportItem', sectionId: strength, itemKey: key });
    const moved = { sectionId: strength, direction: 'up' as const };
    run({ type: 'orderReportSections', sectionIds: [strength, opening], moved }, CO);

    expect(run({ type: 'undoReportEdit' })).toEqual([
      {
        type: 'reportSectionsOrdered',
        sectionIds: [],
        moved: { sectionId: strength, direction: 'down' },
        by: 'fac1',
        undo: true,
      },
    ]);
    expect(h.state.reportLayout.order).toEqual([]);
    expect(run({ type: 'undoReportEdit' }, CO)).toEqual([
      { type: 'reportItemShown', sectionId: strength, itemKey: key, by: 'fac2', undo: true },
    ]);
    expect(h.state.reportLayout.hidden).toEqual({});
    run({ type: 'undoReportEdit' });
    expect(h.state.reportTexts[opening]).toBe('Eerste versie');
    const history = h.state.reportHistory;
    expect(history.map((e) => [e.kind, e.by, e.undone])).toEqual([
      ['text', 'fac1', false],
      ['text', 'fac2', true],
      ['hide', 'fac1', true],
      ['order', 'fac2', true],
    ]);
    expect(history[3]).toMatchObject({ undoneBy: 'fac1', moved });
  });

  it('given an undone edit and a new one, when undone twice, then the new one goes and then the edit before the undone one', () => {
    const { h, run, opening } = given();
    run({ type: 'editReportText', sectionId: opening, text: 'A' });
    run({ type: 'editReportText', sectionId: opening, text: 'B' });
    run({ type: 'undoReportEdit' }); // back to A
    run({ type: 'hideReportItem', sectionId: opening, itemKey: key });
    run({ type: 'undoReportEdit' }); // the hide
    run({ type: 'undoReportEdit' }); // A itself
    expect(h.state.reportTexts[opening]).toBeUndefined();
    expect(h.state.reportLayout.hidden).toEqual({});
    expect(run({ type: 'undoReportEdit' })).toEqual([]);
  });

  it('keeps the last 100 edits', () => {
    const { h, run, opening } = given();
    for (let i = 0; i < 105; i++)
      run({ type: 'editReportText', sectionId: opening, text: `Versie ${i}` });
    expect(h.state.reportHistory).toHaveLength(100);
    expect(h.state.reportHistory[0]).toMatchObject({ before: 'Versie 4' }); // edits 5…104 are kept;
  });

  it('reads a text edit written before the history existed (no `by`) as by nobody known', () => {
    const { h, opening } = given();
    const old: WorkshopEvent = { type: 'reportTextEdited', sectionId: opening, text: 'Oud' };
    const state = h.engine.evolve(h.state, {
      seq: 99,
      at: 1,
      activityId: null,
      v: 3,
      event: old,
      actor: null,
    });
    expect(state.reportHistory).toMatchObject([{ kind: 'text', before: '', by: null }]);
  });
});

describe('report layout: who sees it', () => {
  it('gives the layout and history to facilitators, blank to the projector', () => {
    const { h, run, strength } = given();
    run({ type: 'hideReportItem', sectionId: strength, itemKey: key });
    const view = (audience: Audience) =>
      h.engine.views.computeView(h.state, { scope: 'workshop', audience })?.data as {
        reportLayout: unknown;
        reportHistory: unknown[];
      };
    expect(view(FACILITATORS).reportHistory).toHaveLength(1);
    expect(view(PROJECTOR)).toMatchObject({
      reportLayout: { hidden: {}, order: [] },
      reportHistory: [],
    });
  });
});

describe('itemKey', () => {
  it('follows the words, not the place, and tells repeated words apart', () => {
    expect(itemKey('listItem', ' Ze  luisteren goed ')).toBe(key);
    expect(itemKey('listItem', 'Ze luisteren slecht')).not.toBe(key);
    expect(itemKey('quote', 'Ze luisteren goed')).not.toBe(key);
    expect(itemKey('listItem', 'Ze luisteren goed', 2)).toBe(`${key}-2`);
    expect(key).toMatch(/^listItem-[0-9a-f]{8}$/);
  });
});
