import { describe, expect, it } from 'vitest';
import { orderedBlocks } from '../src/domain/programme/state.ts';
import { phone, projectorScreen, screenshot } from './support/browser.ts';
import { browserSession } from './support/session.ts';

const s = browserSession();
const EXAMPLE = 'Voorbeeld: tweedaagse Zonheuvel (afgerond)';

/**
 * The completed example workshop (the seed's two days, as `npm start` makes it), shown again
 * item by item: the projector and a phone that joins it now, for every activity. These are the
 * user guide's pictures of each activity with real content (`demo-<kind>-projector/-phone`).
 */
describe.skipIf(s.unavailable)('the example workshop, activity by activity', () => {
  it(
    'shows every activity of the seed on the projector and on a phone',
    { timeout: 240_000 },
    async () => {
      const { ctx } = s.server.app;
      const account = (await ctx.stores.accounts.findAccountByEmail('demo@werkplaats.test'))!;
      const example = (await ctx.stores.events.listWorkshopsOf(account.id)).find(
        (w) => w.title === EXAMPLE,
      )!;
      expect(example).toBeTruthy();
      const facilitator = { kind: 'facilitator', accountId: account.id } as const;
      const run = async (command: Record<string, unknown>) => {
        const outcome = await ctx.rooms.execute(example.id, facilitator, {
          activityId: null,
          command,
        });
        expect(outcome.ok, JSON.stringify(command)).toBe(true);
      };

      const projector = await s.open(projectorScreen, `/projector/${example.code}`);
      const phoneContext = await phone(s.browser, s.server.url);
      const page = await phoneContext.newPage();
      await page.goto(`/join/${example.code}`);
      await page.getByLabel('Je naam').fill('Samira');
      await page.getByLabel('Je gemeente').selectOption({ label: 'Utrecht' });
      await page.getByRole('radio', { name: /^Informele werker/ }).check();
      await page.getByRole('button', { name: 'Meedoen' }).click();
      // The example is over: the phone says thanks until the first item starts again.
      await page.getByRole('heading', { name: 'Bedankt voor het meedoen!' }).waitFor();

      const room = await ctx.rooms.get(example.id);
      const seen = new Map<string, number>();
      for (const block of orderedBlocks(room.state.programme)) {
        const activity = block.activityId ? room.state.activities[block.activityId] : undefined;
        if (!activity) continue;
        await run({ type: 'startBlock', blockId: block.id });
        const n = (seen.get(activity.kind) ?? 0) + 1;
        seen.set(activity.kind, n);
        const name = `demo-${activity.kind}${n > 1 ? `-${n}` : ''}`;
        // Both screens show the activity's own title once its views have arrived.
        await projector.getByText(activity.title).first().waitFor();
        await page.getByText(activity.title).first().waitFor();
        await projector.waitForTimeout(800);
        await screenshot(projector, `${name}-projector`);
        await screenshot(page, `${name}-phone`);
      }
      expect([...seen.keys()].sort()).toEqual(
        [
          'consultation',
          'crossTheLine',
          'evaluation',
          'intro',
          'pitch',
          'plans',
          'plenary',
          'roles',
          'strength',
          'surprise',
          'tree',
        ].sort(),
      );
    },
  );
});
