import { describe, expect, it } from 'vitest';
import { fakeKind, registryOf } from '../testing/fakeKind.ts';
import { FACILITATOR, SYSTEM, workshopHarness, refusal } from '../testing/workshopHarness.ts';
import { plannedStart, scheduleStatus } from './schedule.ts';
import { orderedBlocks } from './state.ts';

// One kind the template names ('strength'): the template's other kinds must become plain items.
const kinds = registryOf(fakeKind('strength'));

function given() {
  const h = workshopHarness(kinds).create();
  const run = (command: Record<string, unknown>) => h.workshop(FACILITATOR, command);
  const blocks = () => orderedBlocks(h.state.programme);
  return { h, run, blocks };
}

describe('programme: the two-day template', () => {
  it('given a new workshop, when the template is applied, then it has the seed days with times and live blocks', () => {
    const { h, run, blocks } = given();
    run({ type: 'applyTemplate', templateId: 'twoDay' });
    const { days } = h.state.programme;
    expect(days.map((d) => [d.title, d.date])).toEqual([
      ['Dag 1: kennis delen en verkennen', '2026-10-09'],
      ['Dag 2: plannen maken', '2026-10-10'],
    ]);
    expect(blocks()).toHaveLength(20);
    const strength = blocks().find((b) => b.title === 'De kracht van de ander')!;
    expect(strength).toMatchObject({ startTime: '13:00', durationMin: 75, itemType: null });
    const activity = h.state.activities[strength.activityId!]!;
    expect(activity.kind).toBe('strength');
    expect(activity.config).toEqual({ prompt: 'Wat zie je?' }); // the kind's Dutch default
    const line = blocks().find((b) => b.title === 'Over de streep')!;
    expect(line).toMatchObject({
      activityId: null,
      itemType: 'other',
      plannedKind: 'crossTheLine',
    });
    expect(blocks().find((b) => b.title === 'Lunch')?.itemType).toBe('meal');
  });

  it('given a kind with a template setting, then its block gets the setting over the defaults', () => {
    const h = workshopHarness(registryOf(fakeKind('plenary'))).create();
    h.workshop(FACILITATOR, { type: 'applyTemplate', templateId: 'twoDay' });
    const prompts = orderedBlocks(h.state.programme)
      .filter((b) => b.activityId)
      .map((b) => h.state.activities[b.activityId!]!.config);
    expect(prompts).toEqual([
      { prompt: 'Hoe blijft de krachtige positie van informeel behouden?' },
      { prompt: 'Hoe wordt de samenwerking structureel?' },
    ]);
  });

  it('refuses a template on a programme that already has blocks, and unknown templates', () => {
    const { run } = given();
    expect(refusal(() => run({ type: 'applyTemplate', templateId: 'nope' }))).toBe(
      'WP_ERR_NOT_FOUND',
    );
    run({ type: 'applyTemplate', templateId: 'twoDay' });
    expect(refusal(() => run({ type: 'applyTemplate', templateId: 'twoDay' }))).toBe(
      'WP_ERR_NOT_EMPTY',
    );
  });
});

describe('programme: editing', () => {
  it('adds, edits, moves and removes blocks and days', () => {
    const { h, run, blocks } = given();
    run({ type: 'addDay', title: 'Maandag', date: '2026-11-02' });
    const dayId = h.state.programme.days[0]!.id;
    run({
      type: 'addBlock',
      dayId,
      title: 'Welkom',
      startTime: '09:00',
      durationMin: 15,
      itemType: 'presentation',
    });
    run({
      type: 'addBlock',
      dayId,
      title: 'Kracht',
      startTime: '09:15',
      durationMin: 60,
      kind: 'strength',
    });
    run({ type: 'addBlock', dayId, title: 'Eerst', startTime: '08:45', durationMin: 15, index: 0 });
    expect(blocks().map((b) => b.title)).toEqual(['Eerst', 'Welkom', 'Kracht']);
    const [first, , live] = blocks();
    run({ type: 'moveBlock', blockId: first!.id, dayId, index: 2 });
    expect(blocks().map((b) => b.title)).toEqual(['Welkom', 'Kracht', 'Eerst']);
    run({
      type: 'updateBlock',
      blockId: first!.id,
      title: 'Koffie',
      startTime: '10:15',
      durationMin: 10,
      notes: 'In de hal',
      itemType: 'break',
    });
    expect(h.state.programme.blocks[first!.id]).toMatchObject({
      title: 'Koffie',
      notes: 'In de hal',
      itemType: 'break',
    });
    // Renaming a live block renames its activity, so phones and projector say the same.
    run({
      type: 'updateBlock',
      blockId: live!.id,
      title: 'De kracht',
      startTime: '09:15',
      durationMin: 60,
    });
    expect(h.state.activities[live!.activityId!]?.title).toBe('De kracht');
    expect(refusal(() => run({ type: 'removeDay', dayId }))).toBe('WP_ERR_NOT_EMPTY');
    run({ type: 'removeBlock', blockId: live!.id });
    expect(h.state.activities[live!.activityId!]).toBeUndefined();
    expect(
      refusal(() =>
        run({ type: 'addBlock', dayId: 'nope', title: 'x', startTime: null, durationMin: 5 }),
      ),
    ).toBe('WP_ERR_NOT_FOUND');
    expect(
      refusal(() =>
        run({ type: 'addBlock', dayId, title: 'x', startTime: '25:00', durationMin: 5 }),
      ),
    ).toBe('WP_ERR_VALIDATION');
  });

  it('an activity added without a place lands at the end of the programme', () => {
    const { h, run, blocks } = given();
    run({ type: 'addActivity', kind: 'strength' });
    expect(blocks()).toHaveLength(1);
    expect(blocks()[0]?.activityId).toBe(h.state.activityOrder[0]);
  });
});

describe('programme: running it', () => {
  it('starting blocks in turn starts and stops their activities, and records actual times', () => {
    const { h, run, blocks } = given();
    run({ type: 'applyTemplate', templateId: 'twoDay' });
    run({ type: 'startNextBlock' });
    const [opening, intro] = blocks();
    expect(h.state.programme.currentBlockId).toBe(opening!.id);
    expect(h.state.currentActivityId).toBeNull();
    h.advance(60_000);
    run({ type: 'startNextBlock' });
    expect(h.state.programme.blocks[opening!.id]?.endedAt).toBe(h.now);
    expect(h.state.programme.currentBlockId).toBe(intro!.id);
    const strength = blocks().find((b) => b.activityId)!;
    run({ type: 'startBlock', blockId: strength.id });
    expect(h.state.currentActivityId).toBe(strength.activityId);
    expect(h.state.activities[strength.activityId!]?.status).toBe('running');
    run({ type: 'startNextBlock' });
    expect(h.state.activities[strength.activityId!]?.status).toBe('ended');
    expect(h.state.currentActivityId).toBeNull();
    run({ type: 'endBlock' });
    expect(h.state.programme.currentBlockId).toBeNull();
    expect(refusal(() => run({ type: 'endBlock' }))).toBe('WP_ERR_ACTIVITY_NOT_RUNNING');
  });

  it('starting or stopping an activity directly moves the programme with it', () => {
    const { h, run, blocks } = given();
    run({ type: 'applyTemplate', templateId: 'twoDay' });
    const strength = blocks().find((b) => b.activityId)!;
    run({ type: 'startActivity', activityId: strength.activityId });
    expect(h.state.programme.currentBlockId).toBe(strength.id);
    run({ type: 'stopActivity', activityId: strength.activityId });
    expect(h.state.programme.currentBlockId).toBeNull();
    expect(h.state.programme.blocks[strength.id]?.endedAt).not.toBeNull();
  });

  it('attaches documents (server) and detaches them (facilitator)', () => {
    const { h, run, blocks } = given();
    run({ type: 'applyTemplate', templateId: 'twoDay' });
    const blockId = blocks()[3]!.id;
    h.workshop(SYSTEM, {
      type: 'attachDocument',
      blockId,
      document: { id: 'doc1', name: 'kader.pdf', mime: 'application/pdf', size: 1234 },
    });
    expect(h.state.programme.blocks[blockId]?.documents).toEqual([
      { id: 'doc1', name: 'kader.pdf', mime: 'application/pdf', size: 1234 },
    ]);
    expect(
      refusal(() =>
        run({
          type: 'attachDocument',
          blockId,
          document: { id: 'x', name: 'x', mime: 'x', size: 1 },
        }),
      ),
    ).toBe('WP_ERR_FORBIDDEN');
    run({ type: 'detachDocument', blockId, documentId: 'doc1' });
    expect(h.state.programme.blocks[blockId]?.documents).toEqual([]);
  });

  it('every audience of the workshop sees the same programme', () => {
    const { h, run, blocks } = given();
    run({ type: 'applyTemplate', templateId: 'twoDay' });
    h.join('anna', 'formal');
    run({ type: 'startBlock', blockId: blocks().find((b) => b.activityId)!.id });
    run({ type: 'removeBlock', blockId: blocks()[0]!.id });
    const seen = ['facilitator', 'projector', 'participants'].map(
      (audience) =>
        h.engine.views.computeView(h.state, { scope: 'workshop', audience })?.data as {
          programme: unknown;
        },
    );
    for (const view of seen) expect(view.programme).toEqual(h.state.programme);
  });
});

describe('programme: planned against actual time', () => {
  it('reads planned times in the venue time zone (summer time in October)', () => {
    const { h, run, blocks } = given();
    run({ type: 'applyTemplate', templateId: 'twoDay' });
    const day = h.state.programme.days[0];
    expect(new Date(plannedStart(day, blocks()[0]!, 'Europe/Amsterdam')!).toISOString()).toBe(
      '2026-10-09T08:00:00.000Z',
    );
  });

  it('says how far behind the room is: a late start, then running over', () => {
    const { h, run, blocks } = given();
    run({ type: 'applyTemplate', templateId: 'twoDay' });
    const first = blocks()[0]!;
    const planned = plannedStart(h.state.programme.days[0], first, 'Europe/Amsterdam')!;
    h.advance(planned + 12 * 60_000 - h.now);
    run({ type: 'startBlock', blockId: first.id });
    expect(scheduleStatus(h.state.programme, h.now)).toMatchObject({
      delayMin: 12,
      next: { title: 'Voorstelronde' },
    });
    // 40 minutes into a 30-minute block that started 12 minutes late: 22 minutes behind.
    expect(scheduleStatus(h.state.programme, h.now + 40 * 60_000).delayMin).toBe(22);
  });
});
