import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newId } from '../src/server/room/rooms.ts';
import { expectAccessible, projectorScreen, screenshot } from './support/browser.ts';
import {
  asParticipant,
  joinMany,
  newActivity,
  pictureTextSizes,
  settled,
  walkPages,
  workshopState,
} from './support/projectorFit.ts';
import { browserSession } from './support/session.ts';

/**
 * Every kind's projector view at both beamer sizes with 0, 1, 20 and 200 contributions: it
 * never scrolls, nothing is clipped (every item lies inside the screen on its page, over all
 * pages) and type stays readable from the back (items >= 28 px at 1080p, >= 20 px at 720p;
 * labels >= 20 px). Contributions are made with the real commands through the server's rooms,
 * as phones and console send them; the many participants join in-process (the join page's
 * rate limit is not under test here).
 */
const s = browserSession();

const SCREENS = [
  { width: 1920, height: 1080, minBody: 28 },
  { width: 1280, height: 720, minBody: 20 },
] as const;
const COUNTS = [0, 1, 20, 200] as const;
const PHRASES = [
  'ze kennen de families en hun netwerk',
  'ze spreken de taal van de ouders',
  'ze weten de weg naar hulp en regels',
  'ze hebben geduld en nemen de tijd',
];
/** A contribution's text, of varying length, unique by its number. */
const textOf = (label: string, i: number) =>
  `${label} ${i + 1}: ${PHRASES.slice(0, 1 + (i % PHRASES.length)).join(', ')}`;

let screens: Page[] = [];
const people: string[] = [];

/** Both beamers. Reduced motion: pages change without the fade, so walking them is quick. */
async function projectors(): Promise<Page[]> {
  if (screens.length) return screens;
  screens = await Promise.all(
    SCREENS.map((size) =>
      s.open((b, u) => projectorScreen(b, u, size), `/projector/${s.server.code}`),
    ),
  );
  for (const page of screens) await page.emulateMedia({ reducedMotion: 'reduce' });
  return screens;
}

/** At least `count` participants in the workshop (the intro test joins them; alone, others do). */
async function ensurePeople(count: number) {
  if (people.length < count) people.push(...(await joinMany(s, people.length, count, newId)));
}

/** Until the visible page lists items (or, for none, lists nothing). */
const listed = (count: number) => (page: Page) =>
  page
    .waitForFunction(
      (some) => document.querySelectorAll('.wp-fit__page .wp-fit__list > *').length > 0 === some,
      count > 0,
    )
    .then(() => undefined);

/** Checks both screens at one count; returns the items seen on each, over all its pages. */
async function checkAll(
  name: string,
  ready: (page: Page) => Promise<unknown>,
): Promise<string[][]> {
  const seen: string[][] = [];
  for (const [i, page] of (await projectors()).entries()) {
    const { width, minBody } = SCREENS[i]!;
    await ready(page);
    const label = `${name} at ${width}`;
    await settled(page);
    await screenshot(page, `projector-${name}-${width}`);
    seen.push(await walkPages(page, label, minBody));
    await expectAccessible(page, `projector ${label}`);
  }
  return seen;
}

describe.skipIf(s.unavailable)('projector views fit the screen, 0 to 200 contributions', () => {
  it('introduction round: the clock, and the pairs while they are few', async () => {
    const activityId = await s.activityOf('intro');
    await s.command({ type: 'startActivity', activityId });
    for (const count of COUNTS) {
      people.push(...(await joinMany(s, people.length, count, newId)));
      if (count === 20) await s.command({ type: 'startRound' }, activityId);
      if (count === 200) await s.command({ type: 'nextRound' }, activityId);
      const seen = await checkAll(`intro-${count}`, (page) =>
        count < 20
          ? page
              .getByRole('heading', { name: 'Zo gaat het' })
              .or(page.locator('h2'))
              .first()
              .waitFor()
          : page.getByRole('timer').waitFor(),
      );
      // The server names the pairs only while they fit (10 pairs of 20 people; not 100).
      for (const items of seen) expect(items.length).toBe(count === 20 ? 10 : 0);
    }
    await s.command({ type: 'stopActivity', activityId });
  }, 120_000);

  it('elevator pitch: the running order, then every municipality afterwards', async () => {
    const setPartnerships = async (count: number) => {
      const now = Object.keys((await workshopState(s)).partnerships);
      for (const id of now.slice(count))
        await s.command({ type: 'removePartnership', partnershipId: id });
      for (let i = now.length; i < count; i++)
        await s.command({
          type: 'addPartnership',
          municipality: `${i % 3 ? 'Gemeente' : 'Gemeente Alphen aan den Rijn en'} ${i + 1}`,
          formalOrganisation: '',
          informalOrganisation: '',
        });
    };
    // One pitch still preparing (the running order), one finished (every municipality).
    const order = await s.activityOf('pitch');
    const summary = await newActivity(s, 'pitch');
    await s.command({ type: 'startActivity', activityId: summary });
    await s.command({ type: 'finish' }, summary);
    for (const count of COUNTS) {
      await setPartnerships(count);
      await s.command({ type: 'startActivity', activityId: order });
      for (const items of await checkAll(`pitch-${count}`, listed(count)))
        expect(items.length).toBe(count);
      await s.command({ type: 'startActivity', activityId: summary });
      for (const items of await checkAll(`pitch-summary-${count}`, listed(count)))
        expect(items.length).toBe(count);
    }
    await s.command({ type: 'stopActivity', activityId: summary });
  }, 150_000);

  it('"De kracht van de ander": both lists, every note on some page', async () => {
    const activityId = await s.activityOf('strength');
    await ensurePeople(2);
    const [formal, informal] = people;
    await s.command({ type: 'startActivity', activityId });
    let written = 0;
    for (const count of COUNTS) {
      if (count > 0) await s.command({ type: 'startWriteRound' }, activityId);
      for (; written < count; written++)
        await asParticipant(s, written % 2 ? informal! : formal!, activityId, {
          type: 'addNote',
          text: textOf('Briefje', written),
        });
      await s.command({ type: 'startPlenary' }, activityId);
      const seen = await checkAll(`strength-${count}`, listed(count));
      for (const items of seen) expect(items.length, `notes seen at ${count}`).toBe(count);
    }
    // A spotlighted note, large above the lists, still leaves them room and clips nothing.
    const state = (await workshopState(s)).activities[activityId]!.state as {
      notes: Record<string, { text: string }>;
    };
    const longest = Object.entries(state.notes).sort(
      (a, b) => b[1].text.length - a[1].text.length,
    )[0]!;
    await s.command({ type: 'spotlightNote', noteId: longest[0] }, activityId);
    await checkAll('strength-spotlight-200', (page) => page.locator('.wp-spotlight').waitFor());
    // Right to left (as for Arabic, once a right-to-left language is offered): nothing clipped.
    const small = (await projectors())[1]!;
    await small.evaluate(() => (document.documentElement.dir = 'rtl'));
    await settled(small);
    await screenshot(small, 'projector-strength-spotlight-200-1280-rtl');
    await walkPages(small, 'strength right to left at 1280', 20);
    await small.evaluate(() => (document.documentElement.dir = 'ltr'));
    await s.command({ type: 'stopActivity', activityId });
  }, 150_000);

  it('"Wie speelt welke rol": both lists with their support', async () => {
    const activityId = await s.activityOf('roles');
    await s.command({ type: 'startActivity', activityId });
    let proposed = 0;
    for (const count of COUNTS) {
      for (; proposed < count; proposed++)
        await s.command(
          {
            type: 'proposeRole',
            side: proposed % 2 ? 'informal' : 'formal',
            name: textOf('Rol', proposed).slice(0, 40),
          },
          activityId,
        );
      const seen = await checkAll(`roles-${count}`, listed(count));
      for (const items of seen) expect(items.length).toBe(count);
    }
    const roles = (await workshopState(s)).activities[activityId]!.state as {
      roles: Record<string, unknown>;
    };
    await s.command({ type: 'spotlightRole', roleId: Object.keys(roles.roles)[0] }, activityId);
    await checkAll('roles-spotlight-200', (page) => page.locator('.wp-roles-spotlight').waitFor());
    await s.command({ type: 'stopActivity', activityId });

    // Per municipality: counts for every municipality not shared yet, then a shared one's lists.
    const { config } = (await workshopState(s)).activities[activityId]!;
    const perPlace = await newActivity(s, 'roles', {
      ...(config as object),
      scope: 'municipality',
    });
    await s.command({ type: 'startActivity', activityId: perPlace });
    const [place] = Object.keys((await workshopState(s)).partnerships);
    for (let i = 0; i < 20; i++)
      await s.command(
        {
          type: 'proposeRole',
          side: i % 2 ? 'informal' : 'formal',
          name: textOf('Rol', i).slice(0, 40),
          partnershipId: place,
        },
        perPlace,
      );
    await s.command({ type: 'shareGroup', partnershipId: place }, perPlace);
    await checkAll('roles-municipality-20', listed(1));
    await s.command({ type: 'stopActivity', activityId: perPlace });
  }, 150_000);

  it('tree of collaboration: groups, counts, all trees and one tree filling the screen', async () => {
    await ensurePeople(20);
    for (const count of COUNTS) {
      const activityId = await newActivity(s, 'tree');
      await s.command({ type: 'startActivity', activityId });
      const groups = Math.max(1, Math.ceil(count / 25));
      for (let g = 0; g < groups; g++) await s.command({ type: 'addGroup' }, activityId);
      const tree = (await workshopState(s)).activities[activityId]!.state as {
        groups: Record<string, unknown>;
      };
      const ids = Object.keys(tree.groups);
      for (const [g, groupId] of ids.entries())
        for (const participantId of people.slice(g * 2, g * 2 + 2))
          await s.command({ type: 'moveMember', participantId, groupId }, activityId);
      if (count === 200) await checkAll(`tree-grouping-${count}`, listed(groups));
      await s.command({ type: 'startBuilding' }, activityId);
      for (let i = 0; i < count; i++)
        await asParticipant(s, people[(i % groups) * 2]!, activityId, {
          type: 'addItem',
          zone: (['roots', 'wateringCan', 'fruits'] as const)[i % 3],
          text: textOf('Punt', i).slice(0, 80),
        });
      if (count === 200) await checkAll(`tree-building-${count}`, listed(groups));
      await s.command({ type: 'shareTrees' }, activityId);
      const seen = await checkAll(`tree-${count}`, listed(1));
      for (const items of seen) expect(items.length).toBe(groups);
      await s.command({ type: 'showTree', groupId: ids[0] }, activityId);
      // One tree filling the screen: its texts (SVG) measured on every page against the floors,
      // none overlapping another, and every item of the tree drawn on some page.
      const single = await checkAll(`tree-single-${count}`, (page) =>
        page.locator('.wp-tree-single svg').waitFor(),
      );
      for (const items of single) expect(items.length).toBe(Math.ceil(count / groups));
      for (const [i, page] of (await projectors()).entries()) {
        const fill = await page.evaluate(() => {
          const r = document.querySelector('.wp-tree-single svg')!.getBoundingClientRect();
          return { width: r.width / innerWidth, height: r.height / innerHeight };
        });
        // As large as the stage allows: the whole height under the title bar.
        expect(fill.height).toBeGreaterThan(0.75);
        const label = `tree-single-${count}-${SCREENS[i]!.width}`;
        console.info(`${label}: text sizes (px)`, JSON.stringify(await pictureTextSizes(page)));
        // walkPages left the last page on screen: a look at it too.
        if (await page.locator('.wp-fit__count').count())
          await screenshot(page, `projector-${label}-last`);
      }
      if (count === 200) {
        const small = (await projectors())[1]!;
        await small.evaluate(() => (document.documentElement.dir = 'rtl'));
        await settled(small);
        await screenshot(small, 'projector-tree-single-200-1280-rtl');
        await walkPages(small, 'one tree right to left at 1280', 20);
        await small.evaluate(() => (document.documentElement.dir = 'ltr'));
      }
      await s.command({ type: 'stopActivity', activityId });
    }
  }, 150_000);
});
