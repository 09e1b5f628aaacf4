import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { PitchState } from '../src/activities/pitch/schema.ts';
import { browserSession } from './support/session.ts';
import {
  desktop,
  expectAccessible,
  phone,
  projectorScreen,
  screenshot,
} from './support/browser.ts';

const s = browserSession();
const MINUTE = 60_000;

/**
 * A device whose own clock is `skewMs` off, and which the test can move on later with
 * `setSkew` (after the app has measured its offset to the server, so it really shows a later
 * moment: that is how we reach the timer's cues without waiting minutes).
 */
async function device(
  make: (browser: Browser, baseURL: string) => Promise<BrowserContext>,
  path: string,
  skewMs = 0,
): Promise<Page> {
  const page = await s.open(async (browser, baseURL) => {
    const context = await make(browser, baseURL);
    await context.addInitScript((skew: number) => {
      const realNow = Date.now.bind(Date);
      const w = window as unknown as { __skew: number };
      w.__skew = skew;
      Date.now = () => realNow() + w.__skew;
    }, skewMs);
    return context;
  }, path);
  page.setDefaultTimeout(15_000);
  return page;
}

const started = Date.now();
const step = (name: string) => console.log(`[pitch e2e ${Date.now() - started} ms] ${name}`);

const setSkew = (page: Page, ms: number) =>
  page.evaluate((skew) => {
    (window as unknown as { __skew: number }).__skew = skew;
  }, ms);

type SideLabel = 'Formele werker' | 'Informele werker';

async function joinPhone(name: string, municipality: string, side: SideLabel, skewMs = 0) {
  const page = await device(phone, `/join/${s.server.code}`, skewMs);
  await page.getByLabel('Je naam').fill(name);
  await page.getByLabel('Je gemeente').selectOption({ label: municipality });
  await page.getByRole('radio', { name: new RegExp(`^${side}`) }).check();
  await page.getByRole('button', { name: 'Meedoen' }).click();
  await page.getByRole('heading', { name: `Welkom, ${name}!` }).waitFor();
  return page;
}

/** The demo programme's pitch, added and started if the programme has none. */
async function startPitchActivity(): Promise<string> {
  const activityId = await s.activityOf('pitch');
  await s.command({ type: 'startActivity', activityId });
  return activityId;
}

/** "4:05" → seconds. */
async function clockSeconds(page: Page): Promise<number> {
  const text = await page.locator('.wp-pitch-clock__time').first().textContent();
  const [minutes, seconds] = (text ?? '').split(':').map(Number);
  return (minutes ?? 0) * 60 + (seconds ?? 0);
}

const goals = (page: Page) => page.getByLabel('Wat we willen bereiken');
const liveRegions = (page: Page) => page.locator('[aria-live]').allTextContents();

describe.skipIf(s.unavailable)(
  'The elevator pitch in the browser: console, three phones, projector',
  () => {
    it('prepares together live, keeps preps private, runs the order and the timer, and passes axe', async () => {
      const consolePage = await device(desktop, '/login');
      await consolePage.getByLabel('E-mailadres').fill('demo@werkplaats.test');
      await consolePage.getByLabel('Wachtwoord').fill('werkplaats-demo');
      await consolePage.getByRole('button', { name: 'Inloggen' }).click();
      await consolePage.getByRole('link', { name: 'Onderzoekswerkplaats Doorn' }).click();
      await consolePage
        .getByRole('heading', { name: 'Onderzoekswerkplaats Doorn', level: 1 })
        .waitFor();
      const projector = await device(projectorScreen, `/projector/${s.server.code}`);

      step('join');
      // Anna and Bram (Utrecht) prepare together; Bram's phone clock is 3 minutes behind.
      const anna = await joinPhone('Anna', 'Utrecht', 'Formele werker');
      const bram = await joinPhone('Bram', 'Utrecht', 'Informele werker', -3 * MINUTE);
      const dirk = await joinPhone('Dirk', 'Dordrecht', 'Formele werker');
      await startPitchActivity();

      for (const page of [anna, bram, dirk])
        await page.getByRole('heading', { name: 'Elevator pitch per gemeente' }).waitFor();
      await projector
        .getByRole('heading', { name: 'De groepen bereiden hun pitch voor' })
        .waitFor();
      await bram.getByText('Samen met: Anna').waitFor();

      step('co-editing');
      // Two phones type into the same field at the same time: both keep their words, and each
      // caret stays where its owner was typing.
      await goals(anna).pressSequentially('Samen:', { delay: 20 });
      await expect.poll(() => goals(bram).inputValue()).toBe('Samen:');
      await goals(anna).press('Control+End');
      await goals(bram).click();
      await goals(bram).press('Control+Home');
      await Promise.all([
        goals(anna).pressSequentially(' buurtteams overtuigen', { delay: 60 }),
        goals(bram).pressSequentially('Utrecht wil ', { delay: 60 }),
      ]);
      const together = 'Utrecht wil Samen: buurtteams overtuigen';
      await expect.poll(() => goals(anna).inputValue(), { timeout: 10_000 }).toBe(together);
      await expect.poll(() => goals(bram).inputValue(), { timeout: 10_000 }).toBe(together);
      await anna
        .getByLabel('Stand van de samenwerking')
        .fill('Het werkt goed tussen personen. De buurtteams kennen Al Amal nog niet goed genoeg.');
      await dirk
        .getByLabel('Stand van de samenwerking')
        .fill('Dordrecht zet intermediairs in. Ze bereiken gezinnen eerder en dichterbij.');
      await dirk
        .getByLabel('Wat we willen bereiken')
        .fill('De sociale teams overtuigen om intermediairs vaker in te zetten.');
      for (const page of [anna, bram]) await page.getByText('Alles is opgeslagen').waitFor();
      await dirk.getByText('Alles is opgeslagen').waitFor();
      await expect
        .poll(() => bram.getByLabel('Stand van de samenwerking').inputValue())
        .toBe('Het werkt goed tussen personen. De buurtteams kennen Al Amal nog niet goed genoeg.');
      await consolePage.getByText('Dordrecht zet intermediairs in.').waitFor();
      await consolePage.getByText(together).waitFor();

      step('privacy');
      // Private while preparing: not on another municipality's phone, not on the projector.
      expect(await dirk.content()).not.toContain('buurtteams');
      expect(await anna.content()).not.toContain('intermediairs in');
      expect(await projector.content()).not.toMatch(/buurtteams|intermediairs in/);
      expect(await anna.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        360,
      );
      await expectAccessible(anna, 'pitch phone preparing');
      await expectAccessible(projector, 'pitch projector preparing');
      await anna.evaluate(() => {
        (document.activeElement as HTMLElement | null)?.blur();
        scrollTo(0, 0);
      });
      await screenshot(anna, 'pitch-phone');

      step('running order');
      // The running order: Utrecht up one place with the keyboard path, Den Haag dragged to second.
      await consolePage.getByRole('heading', { name: 'Volgorde van de pitches' }).waitFor();
      await consolePage.getByRole('button', { name: 'Utrecht een plaats omhoog' }).click();
      await expect
        .poll(() => projector.locator('.wp-pitch-order__name').first().textContent())
        .toBe('Utrecht');
      // Focus follows the moved row; at the top, "up" is disabled, so it lands on "down".
      expect(
        await consolePage.evaluate(() => document.activeElement?.getAttribute('aria-label')),
      ).toBe('Utrecht een plaats omlaag');
      const handle = consolePage.getByRole('button', { name: 'Den Haag verslepen' });
      const target = consolePage.locator('.wp-pitch-row', { hasText: 'Dordrecht' });
      // Both rows on screen before the mouse takes hold (the live console scrolls its panel).
      await handle.scrollIntoViewIfNeeded();
      await target.scrollIntoViewIfNeeded();
      const from = (await handle.boundingBox())!;
      const to = (await target.boundingBox())!;
      await consolePage.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
      await consolePage.mouse.down();
      await consolePage.mouse.move(from.x + from.width / 2, from.y - 10, { steps: 5 });
      await consolePage.mouse.move(from.x + from.width / 2, to.y + to.height / 3, { steps: 15 });
      await consolePage.mouse.up();
      const order = ['Utrecht', 'Den Haag', 'Dordrecht', 'Zaanstad', 'Zuidplas'];
      await expect
        .poll(() => projector.locator('.wp-pitch-order__name').allTextContents())
        .toEqual(order);
      await expect
        .poll(() => consolePage.locator('.wp-pitch-row__name').allTextContents())
        .toEqual(order);
      await expectAccessible(consolePage, 'pitch console');
      await screenshot(consolePage, 'pitch-console');

      step('first pitch');
      // Utrecht pitches: its headline and the timer on the projector; its prep reaches everyone.
      await consolePage.getByRole('button', { name: 'Start pitch: Utrecht' }).click();
      await projector.getByRole('heading', { name: 'Utrecht' }).waitFor();
      await projector.locator('.wp-pitch-headline', { hasText: together }).waitFor();
      await projector.getByText('Daarna: Den Haag').waitFor();
      await anna.getByText('Jullie zijn nu aan de beurt!').waitFor();
      await dirk.getByRole('heading', { name: 'Nu aan het woord: Utrecht' }).waitFor();
      await dirk.getByText('Het werkt goed tussen personen.').waitFor();
      expect(await dirk.locator('textarea').count()).toBe(0); // read-only from now on
      await expect.poll(() => goals(anna).count()).toBe(0);
      expect(await projector.content()).not.toContain('intermediairs in');

      step('clock offset');
      // Bram's phone, 3 minutes behind, shows the projector's time.
      await projector.waitForTimeout(1500);
      const [onProjector, onBram] = await Promise.all([
        clockSeconds(projector),
        clockSeconds(bram),
      ]);
      expect(onProjector).toBeGreaterThan(4 * 60);
      expect(Math.abs(onProjector - onBram)).toBeLessThanOrEqual(2);
      await expectAccessible(projector, 'pitch projector during a pitch');
      await expectAccessible(anna, 'pitch phone during a pitch');
      await screenshot(projector, 'pitch-projector');
      await dirk.evaluate(() => scrollTo(0, 0));
      await screenshot(dirk, 'pitch-phone-pitching');

      step('cues');
      // The cues, on the projector and on Anna's phone (their clocks moved on by the test).
      // Each device is moved to a moment shortly before the cue's threshold ends, counted from
      // the server's absolute end time, so a slow test machine cannot skip past a cue.
      const activity = Object.values(
        (await s.server.app.ctx.rooms.get(s.server.workshopId)).state.activities,
      ).find((a) => a.kind === 'pitch')!;
      const endsAt = (activity.state as PitchState).current!.endsAt!;
      const cues: [number, string][] = [
        [50_000, 'Nog 1 minuut'],
        [12_000, 'Bijna klaar'],
        [-5_000, 'Tijd!'],
      ];
      for (const [left, cue] of cues) {
        const skew = endsAt - left - Date.now();
        await Promise.all([projector, anna, consolePage].map((page) => setSkew(page, skew)));
        await projector.locator('.wp-pitch-clock__cue', { hasText: cue }).waitFor();
        await anna.locator('.wp-pitch-clock__cue', { hasText: cue }).waitFor();
        await expect.poll(() => liveRegions(anna)).toContain(`Utrecht: ${cue}`);
        if (cue === 'Bijna klaar') await screenshot(projector, 'pitch-projector-almost');
      }
      expect(await clockSeconds(projector)).toBe(0);
      await consolePage.getByRole('button', { name: 'Volgende pitch: Den Haag' }).waitFor();
      await Promise.all([projector, anna, consolePage].map((page) => setSkew(page, 0)));

      step('pause');
      // Pause, +1 minute, resume: every screen follows the s.server.
      await consolePage.getByRole('button', { name: 'Pauze' }).click();
      await projector.getByText('Gepauzeerd').waitFor();
      await bram.getByText('Gepauzeerd').waitFor();
      const paused = await clockSeconds(projector);
      await consolePage.getByRole('button', { name: '+1 minuut' }).click();
      await expect.poll(() => clockSeconds(projector)).toBe(paused + 60);
      await consolePage.getByRole('button', { name: 'Verder' }).click();
      await expect.poll(() => projector.getByText('Gepauzeerd').count()).toBe(0);

      step('skip');
      // Skip to Den Haag; on the small beamer too.
      await consolePage.getByRole('button', { name: 'Overslaan, naar Den Haag' }).click();
      await projector.getByRole('heading', { name: 'Den Haag' }).waitFor();
      await anna.getByRole('heading', { name: 'Nu aan het woord: Den Haag' }).waitFor();
      const small = await device(
        (b, u) => projectorScreen(b, u, { width: 1280, height: 720 }),
        `/projector/${s.server.code}`,
      );
      await small.getByRole('heading', { name: 'Den Haag' }).waitFor();
      expect(await small.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        1280,
      );
      await expectAccessible(small, 'pitch projector 1280×720');
      await screenshot(small, 'pitch-projector-720');

      step('finish');
      // Finish: every prep is shared; the projector shows them all.
      await consolePage
        .getByRole('region', { name: 'Pitch en tijd' })
        .getByRole('button', { name: 'Afronden' })
        .click();
      await consolePage.getByRole('dialog').getByRole('button', { name: 'Afronden' }).click();
      await projector.getByRole('heading', { name: 'Alle pitches op een rij' }).waitFor();
      await projector.getByText('Dordrecht zet intermediairs in.').waitFor();
      await anna
        .getByRole('button', { name: 'Dordrecht' })
        .or(anna.getByText('Dordrecht', { exact: true }))
        .first()
        .waitFor();
      await anna.getByText('Alle pitches zijn gegeven').waitFor();
      await expectAccessible(projector, 'pitch projector summary');
      await screenshot(projector, 'pitch-projector-summary');
      await screenshot(small, 'pitch-projector-summary-720');
    }, 300_000);
  },
);
