import { describe, expect, it } from 'vitest';
import { FACILITATOR } from '../testing/workshopHarness.ts';
import { reportScene } from './testkit.ts';

describe('report document: "Concrete plannen en acties"', () => {
  it('given nothing to say per partnership, then there is no such section', () => {
    const { build } = reportScene();
    expect(build().sections.some((s) => s.kind === 'actions')).toBe(false);
  });

  it('given plans, then a part per partnership, titled by municipality, in the workshop’s order, after the days', () => {
    const { say, build, utrecht, zaanstad } = reportScene();
    say('anna', 'Buurtteams overtuigen');
    const sections = build().sections;
    const actions = sections.filter((s) => s.kind === 'actions');
    expect(actions.map((s) => [s.id, s.level, s.title])).toEqual([
      ['actions', 1, 'actions'],
      [`actions-${utrecht}`, 2, 'Utrecht'],
      [`actions-${zaanstad}`, 2, 'Zaanstad'],
    ]);
    expect(actions[0]!.blocks).toEqual([{ type: 'paragraph', text: 'actionsIntro' }]);
    expect(actions[1]!.blocks).toEqual([{ type: 'paragraph', text: 'Buurtteams overtuigen' }]);
    // After the block of the day, before the conclusion and the appendix.
    const at = sections.findIndex((s) => s.id === 'actions');
    expect(sections[at - 1]!.kind).toBe('block');
    expect(sections.slice(at).map((s) => s.kind)).toEqual([
      'actions',
      'actions',
      'actions',
      'conclusion',
      'appendix',
      'appendix',
    ]);
  });

  it('given an activity that has not run, then it adds nothing', () => {
    const { h, build } = reportScene();
    h.workshop(FACILITATOR, { type: 'addActivity', kind: 'talk', title: 'Later' });
    expect(build().sections.some((s) => s.kind === 'actions')).toBe(false);
  });
});
