import { describe, expect, it } from 'vitest';
import { FACILITATOR } from '../../domain/testing/workshopHarness.ts';
import { createI18n, translator } from '../../i18n/index.ts';
import { registry } from '../registry.ts';
import { ANNA, CHADIA, DEWI, given, type Scene } from './testkit.ts';

const i18n = createI18n(registry, 'nl');

function recordsOf(scene: Scene) {
  const activity = scene.h.state.activities[scene.activityId]!;
  return registry.get('roles')!.records!(activity.state, {
    config: activity.config,
    title: activity.title,
    language: 'nl',
    participants: scene.h.state.participants,
    partnerships: scene.h.state.partnerships,
    references: scene.h.engine.references(scene.h.state),
    t: translator(i18n, 'nl', 'roles'),
  });
}

describe('roles: records for the research exports', () => {
  it('given anonymous roles, then each is a record with its side, list as code and strengths as links, without proposer', () => {
    const scene = given();
    const id = scene.propose(ANNA, 'Fixer', 'formal', { description: 'snel regelen' });
    expect(recordsOf(scene)).toEqual([
      {
        id,
        type: 'role',
        phase: 'Rollen verzamelen',
        round: null,
        group: null,
        authorId: null,
        side: 'formal',
        partnershipId: null,
        at: null,
        text: 'Fixer (snel regelen)',
        codes: ['Rollen formele werker'],
        links: [scene.aboutFormal],
      },
    ]);
  });

  it('given named roles, then the record names the proposer; a facilitator proposes as nobody', () => {
    const scene = given({ anonymous: false });
    scene.propose(CHADIA, 'Brugfiguur', 'informal');
    scene.propose(FACILITATOR, 'Regelaar', 'formal');
    const records = recordsOf(scene);
    expect(records.find((r) => r.text === 'Brugfiguur')).toMatchObject({ authorId: 'chadia' });
    expect(records.find((r) => r.text === 'Regelaar')).toMatchObject({ authorId: null });
  });

  it('given municipality lists, then the group is the municipality and unshared lists say so; hidden roles stay out', () => {
    const scene = given({ scope: 'municipality', anonymous: false });
    scene.propose(DEWI, 'Sleutelfiguur', 'informal');
    const hidden = scene.propose(DEWI, 'Weg ermee', 'informal');
    scene.send(FACILITATOR, { type: 'hideRole', roleId: hidden });
    expect(recordsOf(scene)).toEqual([
      expect.objectContaining({
        text: 'Sleutelfiguur',
        group: 'Zaanstad',
        partnershipId: scene.zaanstad,
        authorId: 'dewi',
        phase: 'Rollen verzamelen · Niet gedeeld',
      }),
    ]);
  });
});
