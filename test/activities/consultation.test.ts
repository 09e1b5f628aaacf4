import { describe, expect, it } from 'vitest';
import type { ConsultationState } from '../../src/activities/consultation/schema.ts';
import type { ConsultationView } from '../../src/activities/consultation/viewShapes.ts';
import { registry } from '../../src/activities/registry.ts';
import {
  facilitatorWithWorkshop,
  join,
  startServer,
  type TestServer,
  type TestSocket,
  socketsPerTest,
} from '../support/server.ts';

let server: TestServer;
const sockets = socketsPerTest(() => server);

const open = sockets.greeted;

/** Everything a socket received, as one string (for "the secret never arrived"). */
const wireOf = (socket: TestSocket) => socket.wire.join('\n');

/**
 * Utrecht (Anna formal, Bram informal), Dordrecht (Dirk) and Zaanstad (Zeynep), a phone
 * each, the console and the projector; the consultation added and started.
 */
async function scene() {
  server = await startServer();
  const f = await facilitatorWithWorkshop(server);
  for (const municipality of ['Dordrecht', 'Zaanstad'])
    await f.command({
      type: 'addPartnership',
      municipality,
      formalOrganisation: '',
      informalOrganisation: '',
    });
  const room = () => server.app.ctx.rooms.get(f.workshopId);
  const idOf = async (municipality: string) =>
    Object.values((await room()).state.partnerships).find((p) => p.municipality === municipality)!
      .id;
  const [utrecht, dordrecht, zaanstad] = [
    f.partnershipId,
    await idOf('Dordrecht'),
    await idOf('Zaanstad'),
  ];
  const people = {
    anna: await join(server, f.code, 'Anna', 'formal', utrecht),
    bram: await join(server, f.code, 'Bram', 'informal', utrecht),
    dirk: await join(server, f.code, 'Dirk', 'formal', dordrecht),
    zeynep: await join(server, f.code, 'Zeynep', 'informal', zaanstad),
  };
  const console_ = await open({ role: 'facilitator', workshopId: f.workshopId }, f.cookie);
  const phone = (p: { token: string }) =>
    open({ role: 'participant', workshopId: f.workshopId, token: p.token });
  const phones = {
    anna: await phone(people.anna),
    bram: await phone(people.bram),
    dirk: await phone(people.dirk),
    zeynep: await phone(people.zeynep),
  };
  const projector = await open({ role: 'projector', code: f.code });
  expect((await f.command({ type: 'addActivity', kind: 'consultation' })).body.ok).toBe(true);
  const activityId = (await room()).state.activityOrder.at(-1)!;
  expect((await console_.cmd(null, { type: 'startActivity', activityId })).ok).toBe(true);
  const viewOf = (socket: TestSocket) => socket.activity<ConsultationView>(activityId);
  const state = async () => (await room()).state.activities[activityId]?.state as ConsultationState;
  return {
    f,
    room,
    activityId,
    utrecht,
    dordrecht,
    zaanstad,
    people,
    phones,
    projector,
    console: console_,
    viewOf,
    state,
  };
}

describe('consultation over real sockets', () => {
  it('keeps a pair’s questions and advice within the pair until the facilitator shares them', async () => {
    const s = await scene();
    // Preparing: Utrecht writes a question; the ack carries its id.
    const asked = await s.phones.anna.cmd(s.activityId, {
      type: 'addQuestion',
      text: 'Welke wettelijke afspraken gelden voor informele werkers?',
    });
    expect(asked).toMatchObject({ ok: true });
    const questionId = (asked as { createdId?: string }).createdId!;
    expect(Object.keys((await s.state()).questions)).toEqual([questionId]);
    await s.phones.bram.waitUntil(() => s.viewOf(s.phones.bram)?.questions[questionId]);

    // The facilitator takes the round robin (Dordrecht → Utrecht → Zaanstad → Dordrecht).
    expect((await s.console.cmd(s.activityId, { type: 'suggestPairs' })).ok).toBe(true);
    await s.console.waitUntil(() => Object.keys(s.viewOf(s.console)?.draft ?? {}).length === 3);
    expect((await s.console.cmd(s.activityId, { type: 'confirmPairs' })).ok).toBe(true);
    await s.projector.waitUntil(
      () => Object.keys(s.viewOf(s.projector)?.visits ?? {}).length === 3,
    );

    // Zaanstad hosts Utrecht: it reads the question and records advice, both sides of it.
    await s.phones.zeynep.waitUntil(() => s.viewOf(s.phones.zeynep)?.questions[questionId]);
    const advised = await s.phones.zeynep.cmd(s.activityId, {
      type: 'addAdvice',
      questionId,
      text: 'Maak samen een convenant over privacy',
    });
    expect(advised).toMatchObject({ ok: true });
    await s.phones.anna.waitUntil(
      () => Object.keys(s.viewOf(s.phones.anna)?.advice ?? {}).length === 1,
    );

    // Dordrecht is another pair: refused as "not found", and nothing of it on the wire.
    const refused = await s.phones.dirk.cmd(s.activityId, {
      type: 'addAdvice',
      questionId,
      text: 'Ook',
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'WP_ERR_NOT_FOUND' } });
    const own = await s.phones.dirk.cmd(s.activityId, {
      type: 'addQuestion',
      text: 'Dordtse vraag',
    });
    await s.phones.dirk.waitUntil(
      () => Object.keys(s.viewOf(s.phones.dirk)?.questions ?? {}).length === 1,
    );
    for (const socket of [s.phones.dirk, s.projector]) {
      expect(wireOf(socket)).not.toContain('wettelijke afspraken');
      expect(wireOf(socket)).not.toContain('convenant');
    }
    expect(wireOf(s.phones.zeynep)).not.toContain('Dordtse vraag');
    // Authors travel to the console only.
    for (const socket of [s.phones.anna, s.phones.zeynep, s.projector])
      expect(wireOf(socket)).not.toContain(`"authorId":"${s.people.anna.participantId}"`);
    expect(own.ok).toBe(true);

    // Sharing Utrecht's visit brings it to the projector and to Dordrecht, and to the plans.
    expect(
      (await s.console.cmd(s.activityId, { type: 'shareVisit', visitorId: s.utrecht })).ok,
    ).toBe(true);
    await s.projector.waitUntil(() => s.viewOf(s.projector)?.questions[questionId]);
    await s.phones.dirk.waitUntil(
      () => Object.keys(s.viewOf(s.phones.dirk)?.advice ?? {}).length === 1,
    );
    expect(wireOf(s.projector)).toContain('convenant');
    expect(wireOf(s.projector)).not.toContain('Dordtse vraag');
    // The advice reaches both partnerships' plans as references, now that it is shared.
    const offered = await s.phones.dirk.waitUntil(() => {
      const refs = s.phones.dirk.workshop()?.references ?? [];
      const advice = refs.filter((r) => r.type === 'consultationAdvice');
      return advice.length === 2 ? advice : null;
    });
    expect(offered.map((r) => r.partnershipId).sort()).toEqual([s.utrecht, s.zaanstad].sort());
    expect(offered[0]?.text).toBe(
      'Welke wettelijke afspraken gelden voor informele werkers? — Maak samen een convenant over privacy',
    );
  });

  it('imports a plan’s open question when the plans kind offers one', async () => {
    if (!registry.get('plans')) return;
    const s = await scene();
    expect((await s.f.command({ type: 'addActivity', kind: 'plans' })).body.ok).toBe(true);
    const plansId = (await s.room()).state.activityOrder.at(-1)!;
    await s.console.cmd(null, { type: 'startActivity', activityId: plansId });
    const added = await s.console.cmd(plansId, {
      type: 'addItem',
      item: { list: 'questions', text: 'Hoe blijft informeel sterk?' },
      partnershipId: s.utrecht,
    });
    expect(added.ok).toBe(true);
    await s.console.cmd(plansId, { type: 'sharePlan', partnershipId: s.utrecht });
    await s.console.cmd(null, { type: 'startActivity', activityId: s.activityId });
    const ref = await s.phones.bram.waitUntil(() =>
      s.phones.bram
        .workshop()
        ?.references.find((r) => r.type === 'planQuestion' && r.partnershipId === s.utrecht),
    );
    const imported = await s.phones.bram.cmd(s.activityId, {
      type: 'importQuestions',
      refs: [{ activityId: ref.activityId, id: ref.id }],
    });
    expect(imported).toMatchObject({ ok: true });
    const question = Object.values((await s.state()).questions)[0];
    expect(question).toMatchObject({
      text: 'Hoe blijft informeel sterk?',
      partnershipId: s.utrecht,
      source: { activityId: plansId, id: ref.id },
    });
    // Zaanstad cannot take over Utrecht's question.
    const theirs = await s.phones.zeynep.cmd(s.activityId, {
      type: 'importQuestions',
      refs: [{ activityId: ref.activityId, id: ref.id }],
    });
    expect(theirs).toMatchObject({ ok: false, error: { code: 'WP_ERR_FORBIDDEN' } });
  });
});
