import { describe, expect, it } from 'vitest';
import type { IntroState } from '../../../activities/intro/schema.ts';
import { prepTexts, mergedUpdate } from '../../../activities/pitch/prep.ts';
import type { PitchState } from '../../../activities/pitch/schema.ts';
import { visibleRoles, type RolesState } from '../../../activities/roles/schema.ts';
import { visibleNotes, type StrengthState } from '../../../activities/strength/schema.ts';
import { groupList, zoneItems, type TreeState } from '../../../activities/tree/schema.ts';
import { orderedBlocks } from '../../../domain/programme/state.ts';
import { SEED_PEOPLE, loadKindData } from './data.ts';
import { seedHarness } from './testing.ts';

describe('the seed as demo data, played in memory', () => {
  it('has twenty placeholder participants, four per municipality, named as placeholders', async () => {
    const seed = await seedHarness();
    expect(SEED_PEOPLE).toHaveLength(20);
    const names = Object.values(seed.h.state.participants).map((p) => p.displayName);
    expect(names).toContain('Deelnemer 1 (Dordrecht, formeel)');
    expect(names).toContain('Deelnemer 8 (Utrecht, informeel)');
    expect(names).toContain('Deelnemer 20 (Den Haag, informeel)');
    const perPartnership = new Map<string | null, number>();
    for (const p of Object.values(seed.h.state.participants))
      perPartnership.set(p.partnershipId, (perPartnership.get(p.partnershipId) ?? 0) + 1);
    expect([...perPartnership.values()]).toEqual([4, 4, 4, 4, 4]);
    expect(seed.cast.participants.find((p) => p.key === 'den-haag-informeel-2')?.side).toBe(
      'informal',
    );
  });

  it('walks the whole two-day programme: every block started and ended, nothing refused', async () => {
    const seed = await seedHarness({ template: 'twoDay' });
    expect(await seed.walk()).toEqual([]);
    const blocks = orderedBlocks(seed.h.state.programme);
    expect(blocks.length).toBeGreaterThan(10);
    for (const block of blocks) {
      expect(block.startedAt, block.title).not.toBeNull();
      expect(block.endedAt, block.title).not.toBeNull();
    }
    for (const activity of Object.values(seed.h.state.activities))
      expect(activity.status, activity.kind).toBe('ended');
  });

  it('strength: both sides wrote about the other, in two rounds, all shared and closed', async () => {
    const seed = await seedHarness();
    const id = await seed.play('strength');
    const state = seed.h.activityState<StrengthState>(id);
    expect(state.phase).toBe('closed');
    expect(state.round).toBe(2);
    const notes = visibleNotes(state);
    expect(notes).toHaveLength(20);
    expect(notes.every((n) => n.revealed)).toBe(true);
    const trust = notes.find((n) => n.text === 'Ze genieten meer vertrouwen van de doelgroep.');
    expect(trust).toMatchObject({ group: 'formal', category: 'strength' });
    expect(trust?.authorId).toBe(seed.idOf('den-haag-formeel-1'));
    expect(notes.filter((n) => n.category === 'caveat')).toHaveLength(3);
    // Shared, so the room's screens hold them, without who wrote them (anonymous to peers).
    const projector = JSON.stringify(seed.h.projectorSees(id));
    expect(projector).toContain('basiskennis over de opvoeding');
    expect(projector).not.toContain(seed.idOf('den-haag-formeel-1'));
  });

  it('intro: three rounds in which everyone talked with someone', async () => {
    const seed = await seedHarness();
    const id = await seed.play('intro');
    const state = seed.h.activityState<IntroState>(id);
    expect(state.phase).toBe('closed');
    expect(state.rounds).toHaveLength(3);
    for (const round of state.rounds) {
      expect(round.endedAt).not.toBeNull();
      expect(round.conversations.flatMap((c) => c.members).sort()).toEqual(
        seed.cast.participants.map((p) => p.participantId).sort(),
      );
    }
  });

  it('pitch: every municipality prepared its pitch together and gave it', async () => {
    const seed = await seedHarness();
    const id = await seed.play('pitch');
    const state = seed.h.activityState<PitchState>(id);
    expect(state.phase).toBe('done');
    expect(state.pitched).toHaveLength(5);
    const utrecht = seed.cast.partnerships.find((p) => p.municipality === 'Utrecht')!;
    expect(state.pitched[0]).toBe(utrecht.id);
    const prep = state.preps[utrecht.id]!;
    expect(prep.public).toBe(true);
    const texts = prepTexts(mergedUpdate(prep));
    expect(texts.goals).toBe(
      'De buurtteams overtuigen dat informele werkers kunnen bijdragen aan opvoedondersteuning in de wijk.',
    );
    expect(texts.stand).toContain('Al Amal heeft al resultaten geboekt.');
    expect(texts.notes).not.toBe('');
  });

  it("roles: the seed's two lists, roles linked to the strengths behind them", async () => {
    const seed = await seedHarness();
    const strengthId = await seed.play('strength');
    const id = await seed.play('roles');
    const state = seed.h.activityState<RolesState>(id);
    expect(state.phase).toBe('closed');
    const roles = visibleRoles(state);
    expect(roles.filter((r) => r.side === 'formal')).toHaveLength(11);
    expect(roles.filter((r) => r.side === 'informal')).toHaveLength(17);
    const confidant = roles.find((r) => r.name === 'Vertrouwenspersoon')!;
    const trust = visibleNotes(seed.h.activityState<StrengthState>(strengthId)).find(
      (n) => n.text === 'Ze genieten meer vertrouwen van de doelgroep.',
    )!;
    expect(confidant.strengths).toEqual([{ activityId: strengthId, id: trust.id }]);
    expect(roles.find((r) => r.name === 'Fixer')?.description).toBe(
      'Snel en goed organiseren en regelen',
    );
  });

  it('tree: three mixed groups, two individual and one community-oriented, shared and closed', async () => {
    const seed = await seedHarness();
    await seed.play('strength');
    await seed.play('roles');
    const id = await seed.play('tree');
    const state = seed.h.activityState<TreeState>(id);
    expect(state.phase).toBe('closed');
    const groups = groupList(state);
    expect(groups.map((g) => g.focus)).toEqual(['individual', 'individual', 'community']);
    expect(groups.flatMap((g) => g.members)).toHaveLength(20);
    const community = groups[2]!;
    expect(zoneItems(state, community.id, 'roots').map((i) => i.text)).toContain(
      'Steun van beleidsmakers',
    );
    expect(zoneItems(state, community.id, 'fruits').map((i) => i.text)).toContain(
      'De angst over elkaar neemt af',
    );
    // Items are written by the group's own members, and one links to a role.
    for (const item of Object.values(state.items))
      expect(groups.find((g) => g.id === item.groupId)?.members).toContain(item.authorId);
    expect(Object.values(state.items).some((i) => i.links.some((l) => l.type === 'role'))).toBe(
      true,
    );
  });

  it('says which data is wrong instead of playing it: a note by the wrong side, an unknown key', async () => {
    const seed = await seedHarness();
    const note = (by: string) => ({
      rounds: [
        { groups: [{ writtenBy: 'formal', notes: [{ by, category: 'strength', text: 'x' }] }] },
      ],
    });
    await expect(seed.play('strength', { data: note('utrecht-informeel-1') })).rejects.toThrow(
      '"utrecht-informeel-1" is informal, but the data says formal',
    );
    await expect(seed.play('strength', { data: note('utrecht-9') })).rejects.toThrow(
      'unknown participant key "utrecht-9"',
    );
  });

  it('names a refused command with its code', async () => {
    const seed = await seedHarness();
    const refused = seed.play('strength', {
      data: null,
      script: async (run) => {
        await run.send('facilitator', { type: 'addNote', text: 'x' });
      },
    });
    await expect(refused).rejects.toThrow('strength: addNote by facilitator: WP_ERR_FORBIDDEN');
  });

  it('reads data files by kind name and nothing else', async () => {
    expect(await loadKindData('intro')).toMatchObject({ rounds: 3 });
    expect(await loadKindData('noSuchKind')).toBeUndefined();
    expect(await loadKindData('../data/intro')).toBeUndefined();
    expect(await loadKindData('participants')).toBeUndefined();
  });
});
