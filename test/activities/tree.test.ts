import { describe, expect, it } from 'vitest';
import type { TreeState } from '../../src/activities/tree/schema.ts';
import type { TreeView } from '../../src/activities/tree/viewShapes.ts';
import {
  facilitatorWithWorkshop,
  join,
  startServer,
  type TestServer,
  type TestSocket,
  socketsPerTest,
} from '../support/server.ts';

let server: TestServer;
const { open } = socketsPerTest(() => server);

const NAMES = { anna: 'Anna', bram: 'Bram', carla: 'Carla', dirk: 'Dirk' } as const;
type Name = keyof typeof NAMES;

/** Two municipalities, four people (both sides of each), a running tree activity, all screens. */
async function scene() {
  server = await startServer();
  const f = await facilitatorWithWorkshop(server);
  await f.command({
    type: 'addPartnership',
    municipality: 'Zaanstad',
    formalOrganisation: 'Jeugdteam',
    informalOrganisation: 'Vrouwennetwerk',
  });
  await f.command({ type: 'addActivity', kind: 'tree' });
  const room = () => server.app.ctx.rooms.get(f.workshopId);
  const treeId = Object.values((await room()).state.activities).find((a) => a.kind === 'tree')!.id;
  const zaanstad = Object.values((await room()).state.partnerships).find(
    (p) => p.municipality === 'Zaanstad',
  )!.id;
  const people = {
    anna: await join(server, f.code, NAMES.anna, 'formal', f.partnershipId),
    bram: await join(server, f.code, NAMES.bram, 'informal', f.partnershipId),
    carla: await join(server, f.code, NAMES.carla, 'formal', zaanstad),
    dirk: await join(server, f.code, NAMES.dirk, 'informal', zaanstad),
  };
  const console_ = await open({ role: 'facilitator', workshopId: f.workshopId }, f.cookie);
  await console_.hello();
  expect((await console_.cmd(null, { type: 'startActivity', activityId: treeId })).ok).toBe(true);
  const phone = async (name: Name) => {
    const socket = await open({
      role: 'participant',
      workshopId: f.workshopId,
      token: people[name].token,
    });
    await socket.hello();
    return socket;
  };
  const phones = {
    anna: await phone('anna'),
    bram: await phone('bram'),
    carla: await phone('carla'),
    dirk: await phone('dirk'),
  };
  const projector = await open({ role: 'projector', code: f.code });
  await projector.hello();
  const treeState = async () => (await room()).state.activities[treeId]!.state as TreeState;
  const nameOf = (participantId: string) =>
    (Object.keys(people) as Name[]).find((n) => people[n].participantId === participantId)!;
  /** Forms groups of at most three (two mixed pairs) and waits until every phone has its group. */
  async function formPairs() {
    expect((await console_.cmd(treeId, { type: 'formGroups', groupSize: 3 })).ok).toBe(true);
    const groups = Object.values((await treeState()).groups).sort((a, b) => a.number - b.number);
    for (const socket of Object.values(phones))
      await socket.waitUntil(() => tree(socket)?.myGroupId);
    return groups.map((g) => ({ ...g, names: g.members.map(nameOf) }));
  }
  const tree = (socket: TestSocket) => socket.activity<TreeView>(treeId);
  const texts = (socket: TestSocket) => Object.values(tree(socket)?.items ?? {}).map((i) => i.text);
  const sees = (socket: TestSocket, text: string) =>
    socket.waitUntil(() => texts(socket).includes(text));
  return {
    f,
    treeId,
    people,
    phones,
    projector,
    console: console_,
    treeState,
    formPairs,
    tree,
    texts,
    sees,
    room,
  };
}

const wire = (socket: TestSocket) => socket.wire.join('\n');

describe('"Boom van de samenwerking" over real sockets', () => {
  it('forms mixed groups, keeps each tree inside its group until shared, then shows every tree', async () => {
    const s = await scene();
    const [groupA, groupB] = await s.formPairs();
    // A phone holds its group's view and names its own group only, never the rest of the room.
    for (const [group, others] of [
      [groupA!, groupB!],
      [groupB!, groupA!],
    ] as const) {
      for (const name of group.names) {
        const phone = s.phones[name];
        expect(phone.views.has(`a/${s.treeId}/group:${group.id}`)).toBe(true);
        for (const other of others.names) expect(wire(phone)).not.toContain(NAMES[other]);
      }
    }
    expect(Object.values(s.tree(s.projector)!.groups).every((g) => g.members?.length === 2)).toBe(
      true,
    );

    expect((await s.console.cmd(s.treeId, { type: 'startBuilding' })).ok).toBe(true);
    const [writerA, mateA] = groupA!.names;
    const [writerB] = groupB!.names;
    const ackA = await s.phones[writerA!].cmd(s.treeId, {
      type: 'addItem',
      zone: 'roots',
      text: 'Geheime wortel van A',
    });
    const ackB = await s.phones[writerB!].cmd(s.treeId, {
      type: 'addItem',
      zone: 'fruits',
      text: 'Geheime vrucht van B',
    });
    expect(ackA.ok && ackB.ok).toBe(true);
    await s.sees(s.phones[mateA!], 'Geheime wortel van A');
    await s.sees(s.console, 'Geheime vrucht van B');
    // The projector learns the counts per group and zone, never the text.
    await s.projector.waitUntil(() => s.tree(s.projector)?.counts[groupB!.id]?.fruits === 1);
    expect(s.tree(s.projector)?.counts[groupA!.id]).toEqual({
      roots: 1,
      wateringCan: 0,
      fruits: 0,
    });

    for (const name of groupA!.names) {
      // Each phone of the group gets it on its own connection: wait for each, then look.
      await s.sees(s.phones[name], 'Geheime wortel van A');
      expect(wire(s.phones[name])).toContain('Geheime wortel van A');
      expect(wire(s.phones[name])).not.toContain('Geheime vrucht van B');
    }
    for (const name of groupB!.names) await s.sees(s.phones[name], 'Geheime vrucht van B');
    for (const name of groupB!.names)
      expect(wire(s.phones[name])).not.toContain('Geheime wortel van A');
    expect(wire(s.projector)).not.toContain('Geheime');
    expect(wire(s.console)).toContain('Geheime wortel van A');
    // Who wrote it reaches only the author (as "mine") and the facilitators.
    const authorA = s.people[writerA!].participantId;
    const rootA = Object.values(s.tree(s.phones[writerA!])!.items)[0]!;
    expect(rootA.authorId).toBe(authorA);
    expect(wire(s.phones[mateA!])).not.toContain(`"authorId":"${authorA}"`);
    expect(wire(s.console)).toContain(`"authorId":"${authorA}"`);

    expect((await s.console.cmd(s.treeId, { type: 'shareTrees' })).ok).toBe(true);
    for (const socket of [...Object.values(s.phones), s.projector]) {
      await s.sees(socket, 'Geheime wortel van A');
      await s.sees(socket, 'Geheime vrucht van B');
    }
    // After sharing the hall is one audience again; each phone still knows its own tree.
    for (const name of Object.keys(s.phones) as Name[]) {
      const phone = s.phones[name];
      expect([...phone.views.keys()].filter((k) => k.startsWith(`a/${s.treeId}/`))).toEqual([
        `a/${s.treeId}/participants`,
      ]);
      const own = groupA!.names.includes(name) ? groupA! : groupB!;
      expect(s.tree(phone)?.myGroupId).toBe(own.id);
    }
    expect(wire(s.phones[mateA!])).not.toContain(`"authorId":"${authorA}"`);
    expect((await s.console.cmd(s.treeId, { type: 'showTree', groupId: groupB!.id })).ok).toBe(
      true,
    );
    await s.projector.waitUntil(() => s.tree(s.projector)?.shownGroupId === groupB!.id);
  });

  it('someone moved to another group gets the new group’s view in place of the old one', async () => {
    const s = await scene();
    await s.formPairs();
    await s.console.cmd(s.treeId, { type: 'startBuilding' });
    const groups = Object.values((await s.treeState()).groups);
    const anna = s.people.anna.participantId;
    const home = groups.find((g) => g.members.includes(anna))!;
    const away = groups.find((g) => g.id !== home.id)!;
    const mate =
      s.phones[
        home.members
          .map((id) =>
            (Object.keys(s.people) as Name[]).find((n) => s.people[n].participantId === id)!,
          )
          .find((n) => n !== 'anna')!
      ];
    const stranger =
      s.phones[
        (Object.keys(s.people) as Name[]).find(
          (n) => s.people[n].participantId === away.members[0],
        )!
      ];
    await mate.cmd(s.treeId, { type: 'addItem', zone: 'roots', text: 'Alleen voor thuis' });
    await stranger.cmd(s.treeId, {
      type: 'addItem',
      zone: 'wateringCan',
      text: 'Alleen voor de overkant',
    });
    await s.sees(s.phones.anna, 'Alleen voor thuis');
    await s.sees(s.console, 'Alleen voor de overkant');
    expect(wire(s.phones.anna)).not.toContain('Alleen voor de overkant');

    const seen = s.phones.anna.wire.length;
    const move = await s.console.cmd(s.treeId, {
      type: 'moveMember',
      participantId: anna,
      groupId: away.id,
    });
    expect(move.ok).toBe(true);
    await s.sees(s.phones.anna, 'Alleen voor de overkant');
    const since = s.phones.anna.wire.slice(seen);
    expect(since).toContainEqual(
      `viewDropped:${JSON.stringify({ view: `a/${s.treeId}/group:${home.id}` })}`,
    );
    expect(since.some((w) => w.startsWith(`view:{"view":"a/${s.treeId}/group:${away.id}"`))).toBe(
      true,
    );
    expect(s.texts(s.phones.anna)).toEqual(['Alleen voor de overkant']);
    expect(s.tree(s.phones.anna)?.myGroupId).toBe(away.id);
    // …exactly the view the server computes for her new group now.
    const key = `a/${s.treeId}/group:${away.id}`;
    const expected = server.app.ctx.engine.views.computeView((await s.room()).state, {
      scope: 'activity',
      activityId: s.treeId,
      audience: `group:${away.id}`,
    });
    await s.phones.anna.waitUntil(() => s.phones.anna.views.get(key)?.people[anna]);
    expect(s.phones.anna.views.get(key)?.data).toEqual(expected?.data);
    // Nobody else was sent content they may not see.
    expect(wire(s.projector)).not.toContain('Alleen voor');
    expect(wire(mate)).not.toContain('Alleen voor de overkant');
    expect(wire(stranger)).not.toContain('Alleen voor thuis');
  });
});
