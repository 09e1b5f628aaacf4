import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSession } from './support/session.ts';
import {
  desktop,
  expectAccessible,
  phone,
  projectorScreen,
  screenshot,
} from './support/browser.ts';

const s = browserSession();

async function joinAs(
  page: Page,
  name: string,
  municipality: string,
  side: 'Formele werker' | 'Informele werker',
) {
  await page.getByLabel('Je naam').fill(name);
  await page.getByLabel('Je gemeente').selectOption({ label: municipality });
  await page.getByRole('radio', { name: new RegExp(`^${side}`) }).check();
  await page.getByRole('button', { name: 'Meedoen' }).click();
  await page.getByRole('heading', { name: `Welkom, ${name}!` }).waitFor();
}

async function writeNote(page: Page, text: string) {
  await page.getByLabel('Jouw antwoord').fill(text);
  await page.getByRole('button', { name: 'Toevoegen' }).click();
}

describe.skipIf(s.unavailable)(
  '"De kracht van de ander" in the browser: facilitator, two phones, projector',
  () => {
    it('runs the whole activity, keeps groups private until the reveal, and passes axe', async () => {
      // Facilitator signs in and opens the demo workshop.
      const consolePage = await s.open(desktop, '/login');
      await consolePage.getByLabel('E-mailadres').fill('demo@werkplaats.test');
      await consolePage.getByLabel('Wachtwoord').fill('werkplaats-demo');
      await consolePage.getByRole('button', { name: 'Inloggen' }).click();
      await consolePage.getByRole('link', { name: 'Onderzoekswerkplaats Doorn' }).click();
      await consolePage
        .getByRole('heading', { name: 'Onderzoekswerkplaats Doorn', level: 1 })
        .waitFor();

      // The projector shows the lobby with the code.
      const projector = await s.open(projectorScreen, `/projector/${s.server.code}`);
      await projector.getByText(`${s.server.code.slice(0, 3)}-${s.server.code.slice(3)}`).waitFor();
      await expectAccessible(projector, 'projector lobby');

      // Two participants join on their phones, one formal and one informal.
      const anna = await s.open(phone, `/join/${s.server.code}`);
      await anna.getByRole('heading', { name: 'Welkom bij Onderzoekswerkplaats Doorn' }).waitFor();
      await expectAccessible(anna, 'join page');
      await joinAs(anna, 'Anna', 'Utrecht', 'Formele werker');
      await expectAccessible(anna, 'participant waiting screen');
      expect(await anna.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        360,
      );
      const chadia = await s.open(phone, `/join/${s.server.code}`);
      await joinAs(chadia, 'Chadia', 'Zaanstad', 'Informele werker');
      await projector.getByText('2 deelnemers zijn binnen').waitFor();
      await screenshot(projector, 'projector-lobby');
      await consolePage.getByText('Chadia', { exact: true }).first().waitFor();
      await expectAccessible(consolePage, 'facilitator console');

      // A second formal worker, to see that someone of the same side is writing.
      const bram = await s.open(phone, `/join/${s.server.code}`);
      await joinAs(bram, 'Bram', 'Utrecht', 'Formele werker');

      // The facilitator starts the activity; phones and projector follow.
      await consolePage
        .locator('.wp-run-item', { hasText: 'De kracht van de ander' })
        .getByRole('button', { name: 'Nu starten' })
        .click();
      for (const page of [anna, chadia])
        await page.getByRole('heading', { name: 'De kracht van de ander' }).waitFor();

      // While Anna types, the others of her side see that someone is writing (no name, never
      // stored); the other side sees nothing of it.
      await bram.getByRole('heading', { name: 'De kracht van de ander' }).waitFor();
      await anna.getByLabel('Jouw antwoord').fill('Ze spreken');
      await bram.getByText('Iemand uit je groep schrijft een briefje…').waitFor();
      expect(await chadia.content()).not.toContain('Iemand uit je groep schrijft');
      expect(await bram.content()).not.toContain('Anna schrijft');
      await anna.getByLabel('Jouw antwoord').fill('');

      await writeNote(anna, 'Ze spreken letterlijk en figuurlijk de taal van de ouders');
      await writeNote(chadia, 'Ze hebben basiskennis over opvoeding en ontwikkeling');
      await anna
        .locator('.wp-note:not(.wp-note--pending)')
        .getByText('Ze spreken letterlijk')
        .waitFor();
      await chadia
        .locator('.wp-note:not(.wp-note--pending)')
        .getByText('Ze hebben basiskennis')
        .waitFor();
      await expectAccessible(anna, 'participant writing');

      // While writing, each group sees only its own notes; the projector only counts them,
      // and a count under 3 is never shown as a number (small-group protection).
      await expect
        .poll(() => projector.locator('.wp-big-number').allTextContents())
        .toEqual(['Minder dan 3 briefjes', 'Minder dan 3 briefjes']);
      expect(await anna.content()).not.toContain('basiskennis');
      expect(await chadia.content()).not.toContain('letterlijk en figuurlijk');
      expect(await projector.content()).not.toContain('basiskennis');
      await screenshot(anna, 'strength-phone-writing');

      // Plenary: both lists revealed everywhere.
      await consolePage.getByRole('button', { name: 'Lijsten delen (terugkoppeling)' }).click();
      await projector.getByRole('heading', { name: 'Wat formele werkers goed kunnen' }).waitFor();
      await projector.getByText('Ze hebben basiskennis over opvoeding en ontwikkeling').waitFor();
      await projector
        .getByText('Ze spreken letterlijk en figuurlijk de taal van de ouders')
        .waitFor();
      await anna.getByText('Ze hebben basiskennis over opvoeding en ontwikkeling').waitFor();
      await expectAccessible(projector, 'projector plenary');
      // The small beamer size: the same lists, no horizontal scrolling.
      const small = await s.open(
        (b, u) => projectorScreen(b, u, { width: 1280, height: 720 }),
        `/projector/${s.server.code}`,
      );
      await small.getByText('Ze spreken letterlijk en figuurlijk de taal van de ouders').waitFor();
      expect(await small.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        1280,
      );
      await expectAccessible(small, 'projector 1280×720');
      await expectAccessible(anna, 'participant plenary');

      // The facilitator spotlights a note: the projector shows it large.
      await consolePage.getByRole('button', { name: 'Uitlichten' }).first().click();
      await projector.locator('.wp-spotlight').waitFor();
      await screenshot(projector, 'strength-projector');
      await screenshot(anna, 'strength-phone');
      await screenshot(consolePage, 'strength-console');

      // A reload brings Anna back as herself, with her own note marked as hers.
      await anna.reload();
      await anna
        .locator('.wp-note', { hasText: 'Ze spreken letterlijk' })
        .getByText('Van jou')
        .waitFor();

      // A new round: what Anna writes while her connection is gone is kept and sent later.
      await consolePage.getByRole('button', { name: 'Nieuwe schrijfronde' }).click();
      await anna.getByLabel('Jouw antwoord').waitFor();
      await anna.context().setOffline(true);
      await anna.evaluate(() => dispatchEvent(new Event('offline')));
      await writeNote(anna, 'Geschreven zonder verbinding');
      await anna
        .locator('.wp-note--pending', { hasText: 'Geschreven zonder verbinding' })
        .getByText('Wordt verstuurd…')
        .waitFor();
      await consolePage.waitForTimeout(1500);
      expect(await consolePage.content()).not.toContain('Geschreven zonder verbinding');
      await anna.context().setOffline(false);
      await consolePage.getByText('Geschreven zonder verbinding').waitFor({ timeout: 20_000 });
      await anna
        .locator('.wp-note:not(.wp-note--pending)', { hasText: 'Geschreven zonder verbinding' })
        .waitFor({ timeout: 20_000 });
    });
  },
);
