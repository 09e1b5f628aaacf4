import { afterEach, describe, expect, it } from 'vitest';
import type { IntroState } from '../src/activities/intro/schema.ts';
import { mergedUpdate, prepTexts } from '../src/activities/pitch/prep.ts';
import type { PitchState } from '../src/activities/pitch/schema.ts';
import { visibleRoles, type RolesState } from '../src/activities/roles/schema.ts';
import type { StrengthView } from '../src/activities/strength/view.ts';
import { groupList, zoneItems, type TreeState } from '../src/activities/tree/schema.ts';
import { orderedBlocks } from '../src/domain/programme/state.ts';
import { FACILITATOR } from '../src/domain/views/audience.ts';
import type { WorkshopState } from '../src/domain/workshop/state.ts';
import { bootstrap } from '../src/server/demo/bootstrap.ts';
import { DEMO_ACCOUNT, DEMO_WORKSHOP } from '../src/server/demo/demoData.ts';
import { SEED_WORKSHOP } from '../src/server/demo/seed/data.ts';
import { ensureSeedWorkshop } from '../src/server/demo/seed/run.ts';
import { createAccount } from '../src/server/services/accounts.ts';
import { startServer, type TestServer } from './support/server.ts';

/**
 * Issue 9, "the seed as demo data": a fresh start in demo mode also makes a completed copy of
 * the seed's workshop, played through the commands a live workshop uses.
 */
let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const demo = () => startServer({ env: { WERKPLAATS_DEMO: '1' } });

async function demoAccount(s: TestServer) {
  const account = await s.app.ctx.stores.accounts.findAccountByEmail(DEMO_ACCOUNT.email);
  if (!account) throw new Error('no demo account');
  return account;
}

async function titles(s: TestServer) {
  const list = await s.app.ctx.stores.events.listWorkshopsOf((await demoAccount(s)).id);
  return list.map((w) => w.title);
}

/** One activity of the seed's workshop by kind (the n-th when the kind occurs more often). */
function activity(state: WorkshopState, kind: string, n = 0) {
  const found = state.activityOrder
    .map((id) => state.activities[id]!)
    .filter((a) => a.kind === kind)[n];
  if (!found) throw new Error(`no ${kind} activity`);
  return found;
}

describe('the seed as demo data', () => {
  it('a fresh demo start lists the completed example above the demo workshop, once', async () => {
    server = await demo();
    const info = await bootstrap(server.app.ctx);
    expect(info.mode).toBe('demo');
    // Newest first, as the console lists them.
    expect(await titles(server)).toEqual([SEED_WORKSHOP.title, DEMO_WORKSHOP.title]);
    expect(SEED_WORKSHOP.title).not.toContain('Onderzoekswerkplaats Doorn');

    await bootstrap(server.app.ctx);
    server = await server.restart();
    await bootstrap(server.app.ctx);
    expect(await titles(server)).toEqual([SEED_WORKSHOP.title, DEMO_WORKSHOP.title]);
  });

  it('plays every block of both days to the end, without a refused command', async () => {
    server = await demo();
    const ctx = server.app.ctx;
    const account = await createAccount(ctx, { ...DEMO_ACCOUNT }, 'admin');
    const outcome = await ensureSeedWorkshop(ctx, account);
    console.log(`seed workshop created in ${outcome.ms} ms`);
    expect(outcome.problems).toEqual([]);
    expect(outcome.created).toBe(true);
    // The demo start afterwards finds it and does not make a second one.
    await bootstrap(ctx);
    expect(await titles(server)).toEqual([DEMO_WORKSHOP.title, SEED_WORKSHOP.title]);

    const { state } = await ctx.rooms.get(outcome.workshopId);
    expect(state.closedAt).not.toBeNull();
    expect([state.startsOn, state.endsOn, state.venue]).toEqual([
      '2015-10-09',
      '2015-10-10',
      'Landgoed Zonheuvel, Doorn',
    ]);
    expect(state.closingText).toContain('hartelijk bedanken');
    expect(state.programme.days).toHaveLength(2);
    expect(state.programme.currentBlockId).toBeNull();
    for (const block of orderedBlocks(state.programme)) {
      expect(block.startedAt, block.title).not.toBeNull();
      expect(block.endedAt, block.title).not.toBeNull();
    }
    const activities = Object.values(state.activities);
    expect(activities.length).toBeGreaterThanOrEqual(5);
    for (const a of activities) expect(a.status, a.kind).toBe('ended');
    // The minutes taken during the day (data/reportNotes.json).
    expect(Object.values(state.reportNotes).map((n) => n.text)).toContain(
      'Wij Marokkanen doen toch…',
    );

    const people = Object.values(state.participants);
    expect(people).toHaveLength(20);
    expect(people.map((p) => p.displayName)).toContain('Deelnemer 7 (Utrecht, informeel)');
    expect(Object.values(state.partnerships).map((p) => p.municipality)).toEqual([
      'Dordrecht',
      'Utrecht',
      'Zaanstad',
      'Zuidplas',
      'Den Haag',
    ]);

    // Spot checks per day-one kind, through the state and the facilitator's view.
    const strength = activity(state, 'strength');
    const console_ = ctx.engine.views.computeView(state, {
      scope: 'activity',
      activityId: strength.id,
      audience: FACILITATOR,
    });
    const notes = Object.values((console_?.data as StrengthView).notes ?? {});
    expect(notes.map((n) => n.text)).toContain('Ze genieten meer vertrouwen van de doelgroep.');

    const intro = activity(state, 'intro').state as IntroState;
    expect(intro.rounds).toHaveLength(3);

    const pitch = activity(state, 'pitch').state as PitchState;
    expect(pitch.pitched).toHaveLength(5);
    const texts = Object.values(pitch.preps).map((p) => prepTexts(mergedUpdate(p)).stand);
    expect(texts.join('\n')).toContain('groot gat tussen informeel en formeel');

    const roles = visibleRoles(activity(state, 'roles').state as RolesState);
    expect(roles.map((r) => r.name)).toEqual(
      expect.arrayContaining(['Bewaker veiligheid kind', 'Brugfunctie naar instanties']),
    );
    expect(roles.find((r) => r.name === 'Deskundige')?.strengths).toHaveLength(2);

    const tree = activity(state, 'tree').state as TreeState;
    const groups = groupList(tree);
    expect(groups.map((g) => g.focus)).toEqual(['individual', 'individual', 'community']);
    expect(zoneItems(tree, groups[2]!.id, 'roots')[0]?.text).toMatch(/^Lef/);
  });
});
