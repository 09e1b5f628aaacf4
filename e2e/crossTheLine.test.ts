import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newId } from '../src/server/room/rooms.ts';
import { desktop, expectAccessible, projectorScreen, screenshot } from './support/browser.ts';
import {
  asParticipant,
  joinMany,
  newActivity,
  walkPages,
  workshopState,
} from './support/projectorFit.ts';
import { browserSession } from './support/session.ts';

const s = browserSession();

const fitsWidth = async (page: Page, width: number) =>
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    width,
  );

async function submit(
  page: Page,
  about: 'Over formele werkers' | 'Over informele werkers',
  text: string,
) {
  await page.getByRole('radio', { name: about }).check();
  await page.getByLabel('Het vooroordeel').fill(text);
  await page.getByRole('button', { name: 'Insturen' }).click();
  await page
    .locator('.wp-xl-done', { hasText: 'Verstuurd. De begeleider bekijkt het eerst.' })
    .waitFor();
}

const FIRST = 'Informele werkers houden zich niet aan afspraken';
const SECOND = 'Formele werkers proberen informele werkers voor hun karretje te spannen';

describe.skipIf(s.unavailable)(
  '"Over de streep" in the browser: console, two phones, projector',
  () => {
    it('collects anonymously, reveals one at a time, counts without names, knocks skittles down', async () => {
      const consolePage = await s.open(desktop, '/login');
      await s.signIn(consolePage);
      const projector = await s.open(projectorScreen, `/projector/${s.server.code}`);
      const anna = await s.joinPhone('Anna', 'Utrecht', 'Formele werker');
      const chadia = await s.joinPhone('Chadia', 'Zaanstad', 'Informele werker');

      await consolePage
        .locator('.wp-run-item', { hasText: 'Over de streep' })
        .getByRole('button', { name: 'Nu starten' })
        .click();
      for (const page of [anna, chadia])
        await page.getByRole('heading', { name: 'Over de streep', level: 1 }).waitFor();
      await anna
        .getByText('Anoniem: niemand ziet wie dit instuurt, ook de begeleider niet.')
        .waitFor();
      await expectAccessible(anna, 'phone, collecting');

      // Both send one in. The phone remembers its own; nobody else sees them before approval.
      await submit(anna, 'Over informele werkers', FIRST);
      await submit(chadia, 'Over formele werkers', SECOND);
      await anna.getByRole('heading', { name: 'Wat jij instuurde' }).waitFor();
      await consolePage.getByText(FIRST).waitFor();
      await consolePage.getByText(SECOND).waitFor();
      // Anonymous to all: the console does not say who sent them.
      await expect.poll(() => consolePage.getByText('Anoniem ingestuurd').count()).toBe(2);
      expect(await projector.content()).not.toContain('houden zich niet aan');
      expect(await chadia.content()).not.toContain('houden zich niet aan');
      await expectAccessible(consolePage, 'console, screening');
      await screenshot(anna, 'crossTheLine-phone-submit');

      for (const text of [FIRST, SECOND])
        await consolePage
          .locator('.wp-note', { hasText: text })
          .getByRole('button', { name: 'Goedkeuren' })
          .click();
      await projector.getByText('2 vooroordelen staan klaar').waitFor();
      expect(await projector.content()).not.toContain('houden zich niet aan');
      await expectAccessible(projector, 'projector, collecting');

      // F: start showing; F again: the first prejudice goes up.
      await consolePage.getByRole('button', { name: 'Start met tonen' }).click();
      await consolePage.getByText('Nog niets op het scherm.').waitFor();
      await consolePage.locator('body').click({ position: { x: 5, y: 5 } });
      await consolePage.keyboard.press('f');
      await projector.getByText(FIRST).waitFor();
      await projector.getByText('Herken je dit? Ga over de streep op je telefoon.').waitFor();

      const cross = (page: Page) =>
        page.getByRole('button', { name: 'Ik herken dit — ik ga over de streep' });
      await cross(anna).click();
      await expect.poll(() => cross(anna).getAttribute('aria-pressed')).toBe('true');
      await anna.getByText('Je bent over de streep. Tik nog eens om terug te gaan.').waitFor();
      expect(await cross(chadia).getAttribute('aria-pressed')).toBe('false');
      await expectAccessible(anna, 'phone, crossing');
      await fitsWidth(anna, 360);
      await screenshot(anna, 'crossTheLine-phone');
      // Nothing moves anywhere while the crossing is open: no count on the projector or console.
      expect(await projector.content()).not.toContain('over de streep</p>');
      expect(await consolePage.content()).not.toContain('ging over de streep');
      await expectAccessible(projector, 'projector, crossing');

      // D: close and show the count. One person crossed: "minder dan 3", also on the console.
      await consolePage.keyboard.press('d');
      await projector.getByText('Minder dan 3 mensen gingen over de streep').waitFor();
      await consolePage.getByText('Minder dan 3 mensen gingen over de streep').waitFor();
      await anna.getByText('Jij ging over de streep.').waitFor();
      expect(await chadia.content()).not.toContain('Jij ging over de streep');

      // Debunking: Chadia signs her argument, Anna does not.
      await chadia.getByLabel('Jouw argument').fill('Bij Al Amal staan we elke week klaar.');
      await chadia.getByText('Zet mijn naam erbij').click();
      await chadia.getByRole('button', { name: 'Argument toevoegen' }).click();
      await anna
        .getByLabel('Jouw argument')
        .fill('Het ligt vaak aan de vergoeding, niet aan onwil.');
      await anna.getByRole('button', { name: 'Argument toevoegen' }).click();
      await projector.getByText('Het ligt vaak aan de vergoeding, niet aan onwil.').waitFor();
      await projector
        .locator('.wp-xl-argument', { hasText: 'Al Amal' })
        .getByText('Chadia')
        .waitFor();
      expect(
        await projector.locator('.wp-xl-argument', { hasText: 'vergoeding' }).textContent(),
      ).not.toContain('Anna');
      await consolePage.getByRole('button', { name: 'Ontkracht', exact: true }).first().click();
      await projector.locator('.wp-xl-outcome--debunked').waitFor();
      await expectAccessible(projector, 'projector, result');
      await expectAccessible(anna, 'phone, result');
      await screenshot(projector, 'crossTheLine-projector');
      await anna.locator('.wp-xl-count').scrollIntoViewIfNeeded();
      await screenshot(anna, 'crossTheLine-phone-result');
      await screenshot(consolePage, 'crossTheLine-console');

      // The second: S shows the next one, the count comes, it stays on the table.
      await consolePage.keyboard.press('s');
      await projector.getByText(SECOND).waitFor();
      await consolePage.getByRole('button', { name: 'Afsluiten en aantal tonen' }).click();
      await projector.getByText('Te weinig mensen in de zaal om een aantal te tonen').waitFor();
      await consolePage
        .getByRole('button', { name: 'Blijft op tafel', exact: true })
        .first()
        .click();

      // The skittles: knock the debunked one over.
      await consolePage.getByRole('button', { name: 'Naar de kegels' }).click();
      await projector.getByRole('heading', { name: 'Ontkrachte vooroordelen' }).waitFor();
      await projector
        .locator('.wp-xl-skittle', { hasText: FIRST })
        .getByText('Staat nog')
        .waitFor();
      await anna.getByText('Kijk naar het scherm').waitFor();
      await consolePage.getByRole('button', { name: 'Omgooien', exact: true }).click();
      await projector.locator('.wp-xl-skittle--down', { hasText: FIRST }).waitFor();
      await projector.waitForTimeout(1500);
      await expectAccessible(projector, 'projector, skittles');
      await screenshot(projector, 'crossTheLine-skittles');
      await consolePage.getByRole('button', { name: 'Afsluiten', exact: true }).click();
      await projector.getByRole('heading', { name: 'Zo liep het af' }).waitFor();
      await screenshot(projector, 'crossTheLine-final');
      await chadia.getByText('Bedankt voor je eerlijkheid.', { exact: false }).waitFor();
      await expectAccessible(chadia, 'phone, closed');
      await fitsWidth(chadia, 360);
    }, 120_000);

    it('fits 1280×720 and 1920×1080 with 200 arguments and 200 skittles, nothing clipped', async () => {
      const activityId = await newActivity(s, 'crossTheLine');
      await s.command({ type: 'startActivity', activityId });
      const people = await joinMany(s, 0, 4, newId);
      const state = async () =>
        (await workshopState(s)).activities[activityId]?.state as {
          order: string[];
        };
      for (let i = 0; i < 200; i++)
        await s.command(
          {
            type: 'addPrejudice',
            about: i % 2 ? 'formal' : 'informal',
            text: `Vooroordeel ${i + 1}: ${'ze doen het anders '.repeat(1 + (i % 4))}`,
          },
          activityId,
        );
      const ids = (await state()).order;
      await s.command({ type: 'startPlay' }, activityId);
      for (const id of ids) {
        await s.command({ type: 'revealPrejudice', prejudiceId: id }, activityId);
        await s.command({ type: 'setOutcome', prejudiceId: id, outcome: 'debunked' }, activityId);
      }
      const last = ids.at(-1)!;
      await s.command({ type: 'closeCrossing', prejudiceId: last }, activityId);
      for (let i = 0; i < 200; i++)
        await asParticipant(s, people[i % people.length]!, activityId, {
          type: 'addArgument',
          prejudiceId: last,
          text: `Argument ${i + 1}: ${'het klopt niet want we zien het anders '.repeat(1 + (i % 3))}`,
        });
      const screens = [
        { width: 1920, height: 1080, minBody: 28 },
        { width: 1280, height: 720, minBody: 20 },
      ];
      for (const size of screens) {
        const page = await s.open(
          (b, u) => projectorScreen(b, u, size),
          `/projector/${s.server.code}`,
        );
        await page
          .getByText('Argument 200:', { exact: false })
          .or(page.getByText('Argument 1:', { exact: false }))
          .first()
          .waitFor();
        const args = await walkPages(page, `arguments at ${size.width}`, size.minBody);
        expect(args.filter((a) => a.startsWith('Argument')).length).toBe(200);
        if (size.width === 1280) await screenshot(page, 'crossTheLine-projector-200-1280');
      }
      await s.command({ type: 'startBowling' }, activityId);
      await s.command({ type: 'knockDownAll' }, activityId);
      for (const size of screens) {
        const page = await s.open(
          (b, u) => projectorScreen(b, u, size),
          `/projector/${s.server.code}`,
        );
        await page.getByRole('heading', { name: 'Ontkrachte vooroordelen' }).waitFor();
        const skittles = await walkPages(page, `skittles at ${size.width}`, size.minBody);
        expect(skittles.filter((a) => a.startsWith('Vooroordeel')).length).toBe(200);
        if (size.width === 1280) await screenshot(page, 'crossTheLine-skittles-200-1280');
      }
      await s.command({ type: 'stopActivity', activityId });
    }, 240_000);
  },
);
