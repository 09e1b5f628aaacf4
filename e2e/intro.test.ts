import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { IntroConfig, IntroState } from '../src/activities/intro/schema.ts';
import { browserSession } from './support/session.ts';
import { desktop, expectAccessible, projectorScreen, screenshot } from './support/browser.ts';

const s = browserSession();

const joinPhone = s.joinPhone;

/** The demo programme's introduction round, added and started if the programme has none. */
async function startIntroActivity(): Promise<string> {
  const activityId = await s.activityOf('intro');
  // Ten-minute rounds: on a busy test machine the timer must not rotate before the test does.
  const { config } = (await s.server.app.ctx.rooms.get(s.server.workshopId)).state.activities[
    activityId
  ]!;
  await s.command({
    type: 'configureActivity',
    activityId,
    config: { ...(config as IntroConfig), roundMinutes: 10 },
  });
  await s.command({ type: 'startActivity', activityId });
  return activityId;
}

/** The name shown under "Jouw gesprekspartner" on a phone. */
async function partnerOf(page: Page): Promise<string> {
  const card = page.locator('section', {
    has: page.getByRole('heading', { name: /^Jouw gesprekspartner/ }),
  });
  await card.waitFor();
  return (await card.locator('.wp-intro-person__name').allTextContents()).sort().join(' + ');
}

describe.skipIf(s.unavailable)(
  'The introduction round in the browser: console, four phones, projector',
  () => {
    it(
      'pairs people across municipalities, shows partner, question and time, and rotates',
      { timeout: 240_000 },
      async () => {
        const consolePage = await s.open(desktop, '/login');
        await consolePage.getByLabel('E-mailadres').fill('demo@werkplaats.test');
        await consolePage.getByLabel('Wachtwoord').fill('werkplaats-demo');
        await consolePage.getByRole('button', { name: 'Inloggen' }).click();
        await consolePage.getByRole('link', { name: 'Onderzoekswerkplaats Doorn' }).click();
        await consolePage
          .getByRole('heading', { name: 'Onderzoekswerkplaats Doorn', level: 1 })
          .waitFor();
        const projector = await s.open(projectorScreen, `/projector/${s.server.code}`);

        // Four people from four municipalities, both sides; Chadia's phone clock is 10 minutes off.
        const phones = {
          Anna: await joinPhone('Anna', 'Utrecht', 'Formele werker'),
          Bram: await joinPhone('Bram', 'Zaanstad', 'Informele werker'),
          Chadia: await joinPhone('Chadia', 'Dordrecht', 'Formele werker', -10 * 60_000),
          Dirk: await joinPhone('Dirk', 'Den Haag', 'Informele werker'),
        };
        await projector.getByText('4 deelnemers zijn binnen').waitFor();
        const activityId = await startIntroActivity();

        // Before the first round: phones wait, the projector says what is about to happen.
        for (const page of Object.values(phones))
          await page.getByRole('heading', { name: 'Zo meteen begint de voorstelronde' }).waitFor();
        await projector.getByRole('heading', { name: 'Zo meteen: de voorstelronde' }).waitFor();
        await expectAccessible(projector, 'intro projector before the start');
        await expectAccessible(phones.Anna, 'intro phone before the start');

        // The facilitator starts the first round from the console.
        await consolePage.getByRole('button', { name: 'Eerste ronde starten' }).click();
        await consolePage.getByRole('heading', { name: 'Gesprekken in ronde 1' }).waitFor();

        const state = async () =>
          (await s.server.app.ctx.rooms.get(s.server.workshopId)).state.activities[activityId]!
            .state as IntroState;
        const firstPartners: Record<string, string> = {};
        for (const [name, page] of Object.entries(phones)) {
          firstPartners[name] = await partnerOf(page);
          expect(firstPartners[name]).not.toContain(name);
          await page.getByText('Ronde 1', { exact: true }).waitFor();
        }
        // Partners are mutual, and each phone shows the question of its conversation.
        expect(firstPartners[firstPartners.Anna!]).toBe('Anna');
        const round1 = (await state()).rounds[0]!;
        for (const conversation of round1.conversations) {
          const room = (await s.server.app.ctx.rooms.get(s.server.workshopId)).state;
          for (const id of conversation.members) {
            const name = room.participants[id]!.displayName as keyof typeof phones;
            await phones[name].getByText(conversation.question).waitFor();
          }
        }

        // The time left follows the server's clock, also on the phone whose own clock is wrong.
        const shownTime = async (page: Page) => {
          const text = await page.getByRole('timer').first().textContent();
          const [, mm, ss] = /(\d\d):(\d\d)/.exec(text ?? '') ?? [];
          return Number(mm) * 60 + Number(ss);
        };
        const expectServerTime = async (page: Page, label: string) => {
          const before = ((await state()).rounds[0]!.endsAt! - Date.now()) / 1000;
          const shown = await shownTime(page);
          const after = ((await state()).rounds[0]!.endsAt! - Date.now()) / 1000;
          expect(shown, label).toBeGreaterThanOrEqual(Math.floor(after) - 2);
          expect(shown, label).toBeLessThanOrEqual(Math.ceil(before) + 2);
        };
        await expectServerTime(phones.Anna, 'Anna');
        await expectServerTime(phones.Chadia, 'Chadia, whose clock is 10 minutes behind');

        // The projector: the round, a large countdown and the instruction.
        await projector.getByRole('heading', { name: 'Ronde 1' }).waitFor();
        await projector.getByText('Zoek je gesprekspartner: kijk op je telefoon').waitFor();
        await expectServerTime(projector, 'projector');
        await projector.getByRole('heading', { name: 'Wie praat met wie' }).waitFor();

        await expectAccessible(phones.Anna, 'intro phone in a round');
        await expectAccessible(projector, 'intro projector 1920×1080');
        await expectAccessible(consolePage, 'intro console');
        expect(
          await phones.Anna.evaluate(() => document.documentElement.scrollWidth),
        ).toBeLessThanOrEqual(360);
        await screenshot(phones.Anna, 'intro-phone');
        await screenshot(projector, 'intro-projector');
        await screenshot(consolePage, 'intro-console');

        const small = await s.open(
          (b, u) => projectorScreen(b, u, { width: 1280, height: 720 }),
          `/projector/${s.server.code}`,
        );
        await small.getByRole('timer').waitFor();
        expect(
          await small.evaluate(() => document.documentElement.scrollWidth),
        ).toBeLessThanOrEqual(1280);
        expect(
          await small.evaluate(() => document.documentElement.scrollHeight),
        ).toBeLessThanOrEqual(720);
        await expectAccessible(small, 'intro projector 1280×720');
        await screenshot(small, 'intro-projector-small');

        // Pause and resume the clock.
        await consolePage.getByRole('button', { name: 'Tijd pauzeren' }).click();
        await projector.getByText('Gepauzeerd').waitFor();
        await phones.Bram.getByText('De tijd staat even stil.').waitFor();
        await consolePage.getByRole('button', { name: 'Tijd verder laten lopen' }).click();
        await projector.getByText('Gepauzeerd').waitFor({ state: 'detached' });

        // Next round: everyone has a new partner.
        await consolePage.getByRole('button', { name: 'Volgende ronde' }).click();
        await consolePage.getByRole('heading', { name: 'Gesprekken in ronde 2' }).waitFor();
        for (const [name, page] of Object.entries(phones)) {
          await page.getByText('Ronde 2', { exact: true }).waitFor();
          const partner = await partnerOf(page);
          expect(partner, name).not.toBe(firstPartners[name]);
          expect(partner).not.toContain(name);
        }
        await projector.getByRole('heading', { name: 'Ronde 2' }).waitFor();
        await consolePage.getByRole('heading', { name: 'Eerdere rondes' }).waitFor();

        // Closing: thanks everywhere.
        await consolePage.getByRole('button', { name: 'Voorstelronde afsluiten' }).click();
        await phones.Dirk.getByRole('heading', { name: 'De voorstelronde is klaar' }).waitFor();
        await projector.getByText('Bedankt! Jullie voerden 4 gesprekken.').waitFor();
        await expectAccessible(phones.Dirk, 'intro phone closed');
      },
    );
  },
);
