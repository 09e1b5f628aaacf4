import { describe, expect, it } from 'vitest';
import type { EvaluationView } from '../../src/activities/evaluation/viewShapes.ts';
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

/**
 * Every message a socket received of one activity's views (its audience's view and its
 * overlay), as JSON: the full views in the hello, then each view and patch after it. Other
 * views (the workshop's, which names people for the lobby) are left out.
 */
function activityWireOf(socket: TestSocket, activityId: string): string {
  const ours = (view: unknown) =>
    typeof view === 'string' &&
    (view.startsWith(`a/${activityId}/`) || view.startsWith(`o/${activityId}/`));
  const found: unknown[] = [];
  for (const line of socket.wire) {
    const at = line.indexOf(':');
    const name = line.slice(0, at);
    const payload = JSON.parse(line.slice(at + 1)) as {
      view?: unknown;
      sync?: { views?: { view: string }[] };
    };
    if (name === 'hello-ack')
      found.push(...(payload.sync?.views ?? []).filter((v) => ours(v.view)));
    else if (ours(payload.view)) found.push(payload);
  }
  return JSON.stringify(found);
}

const answers = (input: Record<string, number | string>) =>
  Object.entries(input).map(([questionId, value]) =>
    typeof value === 'number'
      ? { questionId, score: value, text: null }
      : { questionId, score: null, text: value },
  );

/** Anna, Chadia and Dewi on their phones, the console and the projector; the evaluation running. */
async function scene(config?: Record<string, unknown>) {
  server = await startServer();
  const f = await facilitatorWithWorkshop(server);
  const added = await f.command({ type: 'addActivity', kind: 'evaluation', config });
  expect(added.body.ok).toBe(true);
  const room = await server.app.ctx.rooms.get(f.workshopId);
  const evaluationId = room.state.activityOrder.at(-1)!;
  const people = await Promise.all(
    (['Anna', 'Chadia', 'Dewi'] as const).map((name, i) =>
      join(server, f.code, name, i === 0 ? 'formal' : 'informal', f.partnershipId),
    ),
  );
  const console_ = await open({ role: 'facilitator', workshopId: f.workshopId }, f.cookie);
  const phones = await Promise.all(
    people.map((p) => open({ role: 'participant', workshopId: f.workshopId, token: p.token })),
  );
  const projector = await open({ role: 'projector', code: f.code });
  expect((await console_.cmd(null, { type: 'startActivity', activityId: evaluationId })).ok).toBe(
    true,
  );
  const [anna, chadia, dewi] = phones as [TestSocket, TestSocket, TestSocket];
  const seen = (socket: TestSocket) => socket.activity<EvaluationView>(evaluationId);
  return { f, evaluationId, people, console: console_, anna, chadia, dewi, projector, seen };
}

describe('the evaluation over real sockets', () => {
  it('keeps every answer off the other phones, and anonymous authors off the console', async () => {
    const s = await scene();
    const id = s.evaluationId;
    // Answering before it opens is refused; so is opening it from a phone.
    expect(
      await s.anna.cmd(id, { type: 'submitAnswers', answers: answers({ value: 5 }) }),
    ).toMatchObject({ ok: false, error: { code: 'WP_ERR_WRONG_PHASE' } });
    expect(await s.anna.cmd(id, { type: 'openEvaluation' })).toMatchObject({
      ok: false,
      error: { code: 'WP_ERR_FORBIDDEN' },
    });
    expect((await s.console.cmd(id, { type: 'openEvaluation' })).ok).toBe(true);
    await s.anna.waitUntil(() => s.seen(s.anna)?.phase === 'open');

    const sent = await s.anna.cmd(id, {
      type: 'submitAnswers',
      answers: answers({ value: 5, surprise: 'Geheim van Anna' }),
    });
    expect(sent.ok).toBe(true);
    await s.chadia.cmd(id, {
      type: 'submitAnswers',
      answers: answers({ value: 4, surprise: 'Geheim van Chadia' }),
    });
    await s.anna.waitUntil(() => s.seen(s.anna)?.mine?.surprise?.text === 'Geheim van Anna');
    // Dewi's own answers arriving means everything sent before has arrived too.
    await s.dewi.cmd(id, { type: 'submitAnswers', answers: answers({ value: 4 }) });
    await s.dewi.waitUntil(() => s.seen(s.dewi)?.mine?.value?.score === 4);
    await s.console.waitUntil(() => {
      const r = s.seen(s.console)?.respondents;
      return r && 'exact' in r && r.exact === 3;
    });
    expect(activityWireOf(s.anna, id)).toContain('Geheim van Anna'); // her own, in her overlay
    expect(activityWireOf(s.dewi, id)).not.toContain('Geheim');
    expect(activityWireOf(s.anna, id)).not.toContain('Geheim van Chadia');
    expect(activityWireOf(s.chadia, id)).not.toContain('Geheim van Anna');
    // While open and anonymous, the console only counts; the projector counts, guarded.
    expect(s.seen(s.console)?.results).toBeNull();
    await s.projector.waitUntil(() => {
      const r = s.seen(s.projector)?.respondents;
      return r && 'exact' in r && r.exact === 3;
    });

    // Closed: the console reads the results, without any author, the projector nothing yet.
    await s.console.cmd(id, { type: 'closeEvaluation' });
    const results = await s.console.waitUntil(() => s.seen(s.console)?.results);
    expect(results.surprise?.texts).toEqual([
      { text: 'Geheim van Anna', authorId: null },
      { text: 'Geheim van Chadia', authorId: null },
    ]);
    expect(results.value?.average).toBe(4.3);
    const consoleWire = activityWireOf(s.console, id);
    for (const p of s.people) expect(consoleWire).not.toContain(p.participantId);
    expect(activityWireOf(s.projector, id)).not.toContain('Geheim');

    // On the screen: the scores, then the open answers once the facilitator puts them there.
    await s.console.cmd(id, { type: 'showOnScreen', screen: { type: 'scores' } });
    const scores = await s.projector.waitUntil(() => s.seen(s.projector)?.results?.value);
    expect(scores.distribution).toEqual([
      { exact: 0 },
      { exact: 0 },
      { exact: 0 },
      { fewerThan: 3 },
      { fewerThan: 3 },
    ]);
    expect(activityWireOf(s.projector, id)).not.toContain('Geheim');
    await s.console.cmd(id, {
      type: 'showOnScreen',
      screen: { type: 'question', questionId: 'surprise' },
    });
    await s.projector.waitUntil(() => s.seen(s.projector)?.results?.surprise?.texts?.length === 2);
    const projectorWire = activityWireOf(s.projector, id);
    for (const p of s.people) expect(projectorWire).not.toContain(p.participantId);
    // Phones never receive results, not even what is on the screen.
    await s.anna.waitUntil(() => s.seen(s.anna)?.screen.type === 'question');
    expect(activityWireOf(s.dewi, id)).not.toContain('Geheim');
    expect(s.seen(s.anna)?.results).toBeNull();
  });

  it('names the authors on the console only when the evaluation is named', async () => {
    const s = await scene({
      questions: [{ id: 'plan', text: 'Wat ga jij hierna doen?', kind: 'open' }],
      anonymous: false,
    });
    const id = s.evaluationId;
    await s.console.cmd(id, { type: 'openEvaluation' });
    await s.anna.waitUntil(() => s.seen(s.anna)?.phase === 'open');
    await s.anna.cmd(id, { type: 'submitAnswers', answers: answers({ plan: 'Wijken bezoeken' }) });
    const anna = s.people[0]!.participantId;
    const texts = await s.console.waitUntil(() => s.seen(s.console)?.results?.plan?.texts?.[0]);
    expect(texts).toEqual({ text: 'Wijken bezoeken', authorId: anna });
    expect(s.seen(s.console)?.respondentIds).toEqual([anna]);
    await s.chadia.waitUntil(() => s.seen(s.chadia)?.phase === 'open');
    expect(activityWireOf(s.chadia, id)).not.toContain('Wijken bezoeken');
    expect(activityWireOf(s.projector, id)).not.toContain(anna);
  });
});
