import { describe, expect, it } from 'vitest';
import { translator, createI18n } from '../../i18n/index.ts';
import { FACILITATOR, participant } from '../../domain/testing/workshopHarness.ts';
import type { ReportBlock } from '../../domain/report.ts';
import { registry } from '../registry.ts';
import { treeKind } from './index.ts';
import { references } from './references.ts';
import { ANNA, building } from './testkit.ts';

const i18n = createI18n(registry, 'nl');

/** Both groups fill their tree; one root is named by both. */
function filled() {
  const g = building();
  const other = participant(g.outsider);
  g.send(ANNA, { type: 'addItem', zone: 'roots', text: 'Respect' });
  g.send(ANNA, { type: 'addItem', zone: 'wateringCan', text: 'Feestdagen samen vieren' });
  g.send(ANNA, { type: 'addItem', zone: 'fruits', text: 'Hulp op maat' });
  g.send(other, { type: 'addItem', zone: 'roots', text: 'respect!' });
  g.send(other, { type: 'addItem', zone: 'roots', text: 'Lef' });
  g.send(other, { type: 'addItem', zone: 'fruits', text: 'Minder angst voor elkaar' });
  return g;
}

function reportOf(g: ReturnType<typeof building>, language: 'nl' | 'en' = 'nl'): ReportBlock[] {
  const activity = g.h.state.activities[g.activityId]!;
  return treeKind.report(activity.state as never, {
    config: activity.config as never,
    title: activity.title,
    language,
    participants: g.h.state.participants,
    partnerships: g.h.state.partnerships,
    references: g.h.engine.references(g.h.state),
    t: translator(i18n, language, 'tree'),
  });
}

describe('tree: report section', () => {
  it('lists roots, watering can and fruits per focus, then a figure per group', () => {
    const g = filled();
    g.send(FACILITATOR, { type: 'shareTrees' });
    const blocks = reportOf(g);
    const headings = blocks.filter((b) => b.type === 'heading').map((b) => b.text);
    expect(headings).toEqual([
      'Boom van de samenwerking',
      'Individueel gericht',
      'Gemeenschapsgericht',
    ]);
    const lists = blocks.filter((b) => b.type === 'list');
    const allItems = lists.flatMap((l) => l.items);
    for (const text of ['Respect', 'Lef', 'Feestdagen samen vieren', 'Minder angst voor elkaar'])
      expect(allItems).toContain(text);
    expect(lists.map((l) => l.title)).toContain('Wortels (voorwaarden)');
    const figures = blocks.filter((b) => b.type === 'figure');
    expect(figures).toHaveLength(2);
    expect(figures[0]?.caption).toMatch(/^De boom van Groep 1 · /);
    expect(figures[0]?.svg).toMatch(/^<svg /);
    // Both groups named respect: the figures mark it.
    expect(figures.every((f) => f.svg.includes('★'))).toBe(true);
  });

  it('names the same item once within a focus', () => {
    const g = filled();
    // Put both groups on the same focus: "Respect" and "respect!" become one line.
    g.send(FACILITATOR, { type: 'setFocus', groupId: g.first.id, focus: 'individual' });
    g.send(FACILITATOR, { type: 'setFocus', groupId: g.other.id, focus: 'individual' });
    const roots = reportOf(g).find(
      (b) => b.type === 'list' && b.title === 'Wortels (voorwaarden)',
    ) as { items: string[] } | undefined;
    expect(roots?.items.filter((t) => t.toLowerCase().startsWith('respect'))).toHaveLength(1);
    expect(
      reportOf(g, 'en').some((b) => b.type === 'heading' && b.text === 'Individual-oriented'),
    ).toBe(true);
  });

  it('names the role or strength an item goes with, in its current wording', () => {
    const g = building();
    const strengthId = g.h.startActivity('strength');
    g.h.activity(participant(g.outsider), strengthId, { type: 'addNote', text: 'Tolk zijn' });
    g.h.activity(FACILITATOR, strengthId, { type: 'startPlenary' });
    const noteId = Object.keys(g.h.activityState<{ notes: object }>(strengthId).notes)[0]!;
    g.h.workshop(FACILITATOR, { type: 'startActivity', activityId: g.activityId });
    const link = { type: 'strength', activityId: strengthId, id: noteId };
    g.send(ANNA, { type: 'addItem', zone: 'fruits', text: 'Betere toegang', links: [link] });
    const items = reportOf(g).flatMap((b) => (b.type === 'list' ? b.items : []));
    expect(items).toContain('Betere toegang (hoort bij: Tolk zijn)');
  });

  it('leaves out groups without items', () => {
    const g = building();
    expect(reportOf(g).filter((b) => b.type === 'figure' || b.type === 'list')).toEqual([]);
  });
});

describe('tree: references for later activities', () => {
  it('offers tree items only once the trees are shared', () => {
    const g = filled();
    const offered = () =>
      g.h.engine.references(g.h.state).filter((r) => r.type.startsWith('tree.'));
    expect(offered()).toEqual([]);
    g.send(FACILITATOR, { type: 'shareTrees' });
    expect(offered().map((r) => r.type)).toContain('tree.roots');
    expect(offered().map((r) => r.text)).toContain('Minder angst voor elkaar');
  });
});

describe('tree: nothing written disappears when the trees are never shared', () => {
  it('given trees built but not shared, then the report keeps every item and says the room did not see them', () => {
    const g = filled();
    const blocks = reportOf(g);
    expect(blocks).toContainEqual({
      type: 'paragraph',
      text: 'De bomen zijn niet in de zaal gedeeld. Ze staan hier wel allemaal.',
    });
    expect(blocks).toContainEqual(
      expect.objectContaining({ type: 'list', title: 'Wortels (voorwaarden)' }),
    );
    g.send(FACILITATOR, { type: 'shareTrees' });
    expect(reportOf(g).map((b) => ('text' in b ? b.text : ''))).not.toContain(
      'De bomen zijn niet in de zaal gedeeld. Ze staan hier wel allemaal.',
    );
  });

  it('given the activity stopped while building, then its items are offered marked not shared; while it runs, none', () => {
    const g = filled();
    const activity = g.h.state.activities[g.activityId]!;
    const offered = (status: 'running' | 'ended') =>
      references(activity.state as never, activity.config, g.activityId, status);
    expect(offered('running')).toEqual([]);
    expect(offered('ended').length).toBeGreaterThan(0);
    expect(offered('ended').every((r) => (r as { shared?: boolean }).shared === false)).toBe(true);
  });
});
