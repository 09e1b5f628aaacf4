import { describe, expect, it } from 'vitest';
import { FACILITATOR } from '../../domain/testing/workshopHarness.ts';
import { createI18n, translator } from '../../i18n/index.ts';
import { registry } from '../registry.ts';
import { ANNA, building, itemId } from './testkit.ts';
import { reportInputOf } from '../../domain/reportDocument/input.ts';

const i18n = createI18n(registry, 'nl');

function recordsOf(scene: ReturnType<typeof building>) {
  const activity = scene.h.state.activities[scene.activityId]!;
  return registry.get('tree')!.records!(
    activity.state,
    reportInputOf(scene.h.state, activity, translator(i18n, 'nl', 'tree')),
  );
}

describe('tree: records for the research exports', () => {
  it('given items, then each is a record with its zone and focus as codes and its group, naming no one', () => {
    const scene = building();
    const fruit = itemId(
      scene.send(ANNA, { type: 'addItem', zone: 'fruits', text: 'Blije ouders' }),
    );
    const root = itemId(scene.send(ANNA, { type: 'addItem', zone: 'roots', text: 'Vertrouwen' }));
    const records = recordsOf(scene);
    const group = `Groep ${scene.first.number}`;
    const focus =
      scene.first.focus === 'individual' ? 'Individueel gericht' : 'Gemeenschapsgericht';
    expect(records).toEqual([
      {
        id: root,
        type: 'treeItem',
        phase: 'Bomen bouwen · Nog niet gedeeld',
        round: null,
        group,
        authorId: null,
        side: null,
        partnershipId: null,
        at: null,
        text: 'Vertrouwen',
        codes: ['Wortels', focus],
        links: [],
      },
      expect.objectContaining({ id: fruit, codes: ['Vruchten', focus], group }),
    ]);
    // The state knows who wrote them; the export never does.
    expect(JSON.stringify(records)).not.toContain('anna');
  });

  it('given the trees shared, then the phase is plain', () => {
    const scene = building();
    scene.send(ANNA, { type: 'addItem', zone: 'wateringCan', text: 'Tijd' });
    scene.send(FACILITATOR, { type: 'shareTrees' });
    expect(recordsOf(scene)[0]).toMatchObject({
      phase: 'Bomen bouwen',
      codes: ['Gieter', expect.any(String)],
    });
  });
});
