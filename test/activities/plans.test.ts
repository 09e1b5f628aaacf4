import { describe, expect, it } from 'vitest';
import type { PlansState } from '../../src/activities/plans/schema.ts';
import type { PlansView } from '../../src/activities/plans/viewShapes.ts';
import {
  facilitatorWithWorkshop,
  join,
  startServer,
  type TestServer,
  type TestSocket,
  socketsPerTest,
  activityWireOf,
} from '../support/server.ts';

let server: TestServer;
const sockets = socketsPerTest(() => server);

const open = sockets.greeted;

const wireOf = (socket: TestSocket) => socket.wire.join('\n');

/**
 * Utrecht (Anna formal, Chadia informal), Zaanstad (Dewi) and Eva without a partnership, each
 * on a phone of their own; a console and a projector; "Toekomstplannen" running.
 */
async function scene() {
  server = await startServer();
  const f = await facilitatorWithWorkshop(server);
  await f.command({
    type: 'addPartnership',
    municipality: 'Zaanstad',
    formalOrganisation: 'Jeugdteam',
    informalOrganisation: 'Vrouwennetwerk',
  });
  const room = () => server.app.ctx.rooms.get(f.workshopId);
  const utrecht = f.partnershipId;
  const zaanstad = Object.keys((await room()).state.partnerships).find((id) => id !== utrecht)!;
  const anna = await join(server, f.code, 'Anna', 'formal', utrecht);
  const chadia = await join(server, f.code, 'Chadia', 'informal', utrecht);
  const dewi = await join(server, f.code, 'Dewi', 'informal', zaanstad);
  const eva = await join(server, f.code, 'Eva', 'formal', null);
  const console_ = await open({ role: 'facilitator', workshopId: f.workshopId }, f.cookie);
  const phone = (p: { token: string }) =>
    open({ role: 'participant', workshopId: f.workshopId, token: p.token });
  const annaPhone = await phone(anna);
  const chadiaPhone = await phone(chadia);
  const dewiPhone = await phone(dewi);
  const evaPhone = await phone(eva);
  const projector = await open({ role: 'projector', code: f.code });
  expect((await f.command({ type: 'addActivity', kind: 'plans' })).body.ok).toBe(true);
  const plansId = (await room()).state.activityOrder.at(-1)!;
  expect((await console_.cmd(null, { type: 'startActivity', activityId: plansId })).ok).toBe(true);
  const planOn = (socket: TestSocket, partnershipId: string) => {
    const plans = socket.activity<PlansView>(plansId)?.plans ?? {};
    return Object.hasOwn(plans, partnershipId) ? plans[partnershipId] : undefined;
  };
  /** Adds an item from a socket and returns its id (the ack's `createdId`). */
  const add = async (socket: TestSocket, item: Record<string, unknown>) => {
    const ack = await socket.cmd(plansId, { type: 'addItem', item });
    if (!ack.ok || !ack.createdId) throw new Error(`addItem refused: ${JSON.stringify(ack)}`);
    return ack.createdId;
  };
  return {
    f,
    room,
    utrecht,
    zaanstad,
    plansId,
    planOn,
    add,
    anna,
    chadia,
    console: console_,
    annaPhone,
    chadiaPhone,
    dewiPhone,
    evaPhone,
    projector,
  };
}

describe('"Toekomstplannen" over real sockets', () => {
  it('keeps both edits when two phones of one partnership edit at once (different fields, different actions)', async () => {
    const s = await scene();
    const first = await s.add(s.annaPhone, { list: 'actions', what: 'Leerbijeenkomst' });
    const second = await s.add(s.chadiaPhone, { list: 'actions', what: 'Resultaten tonen' });
    for (const socket of [s.annaPhone, s.chadiaPhone])
      await socket.waitUntil(() => s.planOn(socket, s.utrecht)?.actions[second]);

    // Different fields of one action, sent at the same moment from two phones.
    const [byAnna, byChadia] = await Promise.all([
      s.annaPhone.cmd(s.plansId, {
        type: 'editItem',
        itemId: first,
        change: { list: 'actions', byWhen: 'Voor de zomer' },
      }),
      s.chadiaPhone.cmd(s.plansId, {
        type: 'editItem',
        itemId: first,
        change: { list: 'actions', who: 'both', support: 'Een zaal van de gemeente' },
      }),
    ]);
    expect([byAnna.ok, byChadia.ok]).toEqual([true, true]);
    // Two different actions, at the same moment.
    const [one, two] = await Promise.all([
      s.annaPhone.cmd(s.plansId, {
        type: 'editItem',
        itemId: first,
        change: { list: 'actions', what: 'Leerbijeenkomst met buurtteam en Al Amal' },
      }),
      s.chadiaPhone.cmd(s.plansId, {
        type: 'editItem',
        itemId: second,
        change: { list: 'actions', byWhen: 'Maart 2027', people: 'Fatima' },
      }),
    ]);
    expect([one.ok, two.ok]).toEqual([true, true]);

    const expected = {
      [first]: {
        what: 'Leerbijeenkomst met buurtteam en Al Amal',
        who: 'both',
        byWhen: 'Voor de zomer',
        support: 'Een zaal van de gemeente',
      },
      [second]: { what: 'Resultaten tonen', byWhen: 'Maart 2027', people: 'Fatima' },
    };
    const stored = (await s.room()).state.activities[s.plansId]?.state as PlansState;
    expect(stored.plans[s.utrecht]!.actions).toMatchObject(expected);
    // Every screen that reads the plan ends with both people's work.
    for (const socket of [s.annaPhone, s.chadiaPhone, s.console]) {
      await socket.waitUntil(() => {
        const actions = s.planOn(socket, s.utrecht)?.actions;
        return (
          actions?.[first]?.what === expected[first]!.what &&
          actions[first]?.byWhen === 'Voor de zomer' &&
          actions[second]?.people === 'Fatima'
        );
      });
      expect(s.planOn(socket, s.utrecht)!.actions).toMatchObject(expected);
    }
  });

  it('keeps a draft on its partnership’s phones until shared; then everyone reads it, never its authors', async () => {
    const s = await scene();
    const goal = await s.add(s.annaPhone, { list: 'goals', text: 'Buurtteams overtuigen' });
    await s.add(s.chadiaPhone, {
      list: 'questions',
      text: 'Welke afspraken gelden voor jeugdteams?',
    });
    await s.chadiaPhone.waitUntil(() => s.planOn(s.chadiaPhone, s.utrecht)?.goals[goal]);
    await s.projector.waitUntil(
      () => s.projector.activity<PlansView>(s.plansId)?.progress[s.utrecht]?.questions === 1,
    );
    // Zaanstad's own item arriving means anything sent before it has arrived too.
    const zaans = await s.add(s.dewiPhone, { list: 'goals', text: 'Kiezen voor een stichting' });
    await s.dewiPhone.waitUntil(() => s.planOn(s.dewiPhone, s.zaanstad)?.goals[zaans]);
    await s.evaPhone.waitUntil(
      () => s.evaPhone.activity<PlansView>(s.plansId)?.progress[s.zaanstad]?.goals === 1,
    );
    for (const socket of [s.dewiPhone, s.evaPhone, s.projector]) {
      expect(wireOf(socket)).not.toContain('Buurtteams overtuigen');
      expect(wireOf(socket)).not.toContain('Welke afspraken gelden');
    }
    expect(wireOf(s.annaPhone)).not.toContain('Kiezen voor een stichting');
    // No question of a draft is offered to the workshop yet.
    expect(wireOf(s.dewiPhone)).not.toContain('planQuestion');
    // A phone of another partnership cannot touch the draft, nor learn that the item exists.
    const refused = await s.dewiPhone.cmd(s.plansId, {
      type: 'editItem',
      itemId: goal,
      change: { list: 'goals', text: 'Overgenomen' },
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'WP_ERR_NOT_FOUND' } });

    expect(
      (await s.console.cmd(s.plansId, { type: 'sharePlan', partnershipId: s.utrecht })).ok,
    ).toBe(true);
    for (const socket of [s.dewiPhone, s.evaPhone, s.projector]) {
      const plan = await socket.waitUntil(() => s.planOn(socket, s.utrecht)?.goals[goal]);
      expect(plan).toMatchObject({ text: 'Buurtteams overtuigen', authorId: null });
      expect(activityWireOf(socket, s.plansId)).not.toContain(s.anna.participantId);
      expect(activityWireOf(socket, s.plansId)).not.toContain(s.chadia.participantId);
    }
    // The shared plan's open question is offered to the workshop, for the consultation.
    const offered = await s.dewiPhone.waitUntil(() =>
      s.dewiPhone.workshop()?.references.find((r) => r.type === 'planQuestion'),
    );
    expect(offered).toMatchObject({
      text: 'Welke afspraken gelden voor jeugdteams?',
      partnershipId: s.utrecht,
    });
    // The console knows who wrote what.
    await s.console.waitUntil(
      () => s.planOn(s.console, s.utrecht)?.goals[goal]?.authorId === s.anna.participantId,
    );
    // Spotlight reaches the projector.
    await s.console.cmd(s.plansId, { type: 'spotlightPlan', partnershipId: s.utrecht });
    await s.projector.waitUntil(
      () => s.projector.activity<PlansView>(s.plansId)?.spotlightId === s.utrecht,
    );
    expect(wireOf(s.projector)).not.toContain('Kiezen voor een stichting');
  });
});
