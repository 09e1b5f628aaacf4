import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSession } from './support/session.ts';
import { desktop, expectAccessible, projectorScreen, screenshot } from './support/browser.ts';

const s = browserSession();

const started = Date.now();
const step = (name: string) => console.log(`[roles e2e ${Date.now() - started} ms] ${name}`);

const joinPhone = (name: string, municipality: string, side: 'Formele' | 'Informele') =>
  s.joinPhone(name, municipality, `${side} werker`);

/** Starts the demo programme's activity of `kind` (added if missing); returns its id. */
async function startKind(kind: string): Promise<string> {
  const activityId = await s.activityOf(kind);
  await s.command({ type: 'startActivity', activityId });
  return activityId;
}

/** The role card on a phone or the projector, found by its name. */
const card = (page: Page | Locator, name: string) => page.locator('li', { hasText: name }).first();

describe.skipIf(s.unavailable)(
  '"Wie speelt welke rol" in the browser: console, two phones, projector',
  () => {
    it('turns shared strengths into roles, endorses, tidies and spotlights them, and passes axe', async () => {
      const consolePage = await s.open(desktop, '/login');
      await consolePage.getByLabel('E-mailadres').fill('demo@werkplaats.test');
      await consolePage.getByLabel('Wachtwoord').fill('werkplaats-demo');
      await consolePage.getByRole('button', { name: 'Inloggen' }).click();
      await consolePage.waitForURL(/\/console/);
      await consolePage.goto(`/console/${s.server.workshopId}`);
      await consolePage
        .getByRole('heading', { name: 'Onderzoekswerkplaats Doorn', level: 1 })
        .waitFor();
      const projector = await s.open(projectorScreen, `/projector/${s.server.code}`);
      const anna = await joinPhone('Anna', 'Utrecht', 'Formele');
      const chadia = await joinPhone('Chadia', 'Zaanstad', 'Informele');

      step('"De kracht van de ander" first, so there are shared strengths to link');
      await startKind('strength');
      for (const [page, text] of [
        [anna, 'Ze kennen de gezinnen persoonlijk'],
        [chadia, 'Ze weten de weg in de zorg'],
      ] as const) {
        await page.getByLabel('Jouw antwoord').fill(text);
        await page.getByRole('button', { name: 'Toevoegen' }).click();
        await page.locator('.wp-note:not(.wp-note--pending)').getByText(text).waitFor();
      }
      await consolePage.getByRole('button', { name: 'Lijsten delen (terugkoppeling)' }).click();
      await anna.getByText('Ze weten de weg in de zorg').waitFor();

      step('the roles activity starts; the facilitator turns the examples on');
      await startKind('roles');
      for (const page of [anna, chadia])
        await page.getByRole('heading', { name: 'Wie speelt welke rol', level: 1 }).waitFor();
      // The shared ActivityHost keeps the previous kind's view for one render when the running
      // activity changes kind (core issue, see the report); a reload shows the new view cleanly.
      for (const page of [consolePage, projector]) await page.reload();
      await consolePage.getByRole('heading', { name: 'Rollen van de formele werker' }).waitFor();
      await consolePage.getByLabel('Voorbeelden tonen op de telefoons').check();
      await anna.getByRole('heading', { name: 'Voorbeelden van rollen' }).waitFor();

      step('Anna proposes a role linked to a strength about formal workers');
      const propose = async (page: Page, name: string, strength: string) => {
        await page.getByLabel('Naam van de rol').fill(name);
        await page.getByRole('checkbox', { name: strength }).check();
        await page.getByRole('button', { name: 'Rol toevoegen' }).click();
        await card(page, name).getByRole('button', { name: 'Ik steun deze rol' }).waitFor();
      };
      // Linking a strength is optional (e2e/forms.test.ts proposes one without).
      await anna.getByLabel('Naam van de rol').fill('Wegwijzer');
      await anna.getByRole('checkbox', { name: 'Ze weten de weg in de zorg' }).check();
      await anna.getByRole('button', { name: 'Rol toevoegen' }).click();
      await card(anna, 'Wegwijzer').getByText('Van jou').waitFor();
      await expectAccessible(anna, 'roles phone');
      expect(await anna.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        360,
      );

      step('Chadia adopts an example and links a strength to it');
      await chadia.getByText('Rollen van de informele werker', { exact: true }).last().click();
      const bridge = chadia.locator('.wp-roles-suggestions li', {
        hasText: 'Brugfunctie naar instanties',
      });
      await bridge.getByRole('button', { name: 'Overnemen' }).click();
      await bridge.getByText('Staat al op de lijst').waitFor();
      const bridgeCard = card(chadia.locator('.wp-roles-list--informal'), 'Brugfunctie');
      await bridgeCard.getByText('Krachten koppelen').click();
      await bridgeCard.getByRole('checkbox', { name: 'Ze kennen de gezinnen persoonlijk' }).check();
      await bridgeCard.getByRole('button', { name: 'Koppelen' }).click();
      await bridgeCard.getByText('Krachten erachter').waitFor();

      step('Chadia endorses Anna’s role: counts everywhere, the toggle is pressed');
      const endorse = card(chadia, 'Wegwijzer').getByRole('button', { name: 'Ik steun deze rol' });
      await endorse.click();
      await expect.poll(() => endorse.getAttribute('aria-pressed')).toBe('true');
      await card(anna, 'Wegwijzer').getByText('1 persoon steunt deze rol').waitFor();
      await card(projector, 'Wegwijzer').getByText('Steun: 1').waitFor();
      await consolePage.getByText('Gesteund door: Chadia').waitFor();
      expect(await anna.content()).not.toContain('Gesteund door');

      step('more roles; the facilitator orders them with buttons and by keyboard drag');
      await propose(anna, 'Netwerker', 'Ze weten de weg in de zorg');
      await propose(anna, 'Netwerken', 'Ze weten de weg in de zorg');
      const formalOnProjector = () =>
        projector.locator('.wp-roles-list--formal .wp-roles-board__name').allTextContents();
      await expect.poll(formalOnProjector).toEqual(['Wegwijzer', 'Netwerker', 'Netwerken']);
      const consoleRole = (name: string) =>
        consolePage.locator('.wp-roles-console-role', {
          has: consolePage.getByText(name, { exact: true }),
        });
      await consoleRole('Netwerken').getByRole('button', { name: 'Omhoog' }).click();
      await expect.poll(formalOnProjector).toEqual(['Wegwijzer', 'Netwerken', 'Netwerker']);
      await consolePage.getByRole('button', { name: 'Verslepen: Wegwijzer' }).focus();
      // dnd-kit's keyboard sensor: pick up, one place down, drop (a pause lets it measure).
      for (const key of ['Space', 'ArrowDown', 'Space']) {
        await consolePage.keyboard.press(key);
        await consolePage.waitForTimeout(400);
      }
      await expect.poll(formalOnProjector).toEqual(['Netwerken', 'Wegwijzer', 'Netwerker']);

      step('merge duplicates, rename, hide');
      await consoleRole('Netwerker').getByLabel('Kiezen om samen te voegen').check();
      await consoleRole('Netwerken').getByLabel('Kiezen om samen te voegen').check();
      await consolePage.getByRole('button', { name: 'Samenvoegen', exact: true }).click();
      await consolePage.getByLabel('Naam van de samengevoegde rol').fill('Netwerker');
      await consolePage.getByRole('button', { name: 'Samenvoegen', exact: true }).click();
      await expect.poll(formalOnProjector).toEqual(['Netwerker', 'Wegwijzer']);
      await consoleRole('Wegwijzer').getByRole('button', { name: 'Wijzigen' }).click();
      const rename = consolePage.locator('.wp-roles-rename');
      await rename.getByLabel('Naam van de rol', { exact: true }).fill('Wegwijzer in de zorg');
      await rename.getByRole('button', { name: 'Opslaan' }).click();
      await card(anna, 'Wegwijzer in de zorg').waitFor();
      const catalog = consolePage.locator('details', { hasText: 'Voorbeelden uit de werkplaats' });
      await catalog.locator('summary').first().click();
      await catalog.locator('summary', { hasText: 'Rollen van de formele werker' }).click();
      await catalog
        .locator('li', { hasText: 'Bewaker veiligheid kind' })
        .getByRole('button', { name: 'Op de lijst' })
        .click();
      await card(anna.locator('.wp-roles-list--formal'), 'Bewaker veiligheid kind').waitFor();
      await consoleRole('Bewaker veiligheid kind')
        .getByRole('button', { name: 'Verbergen' })
        .click();
      await expect.poll(formalOnProjector).toEqual(['Netwerker', 'Wegwijzer in de zorg']);
      // Gone from Anna's lists (it is still offered among the examples).
      await expect
        .poll(async () => (await anna.locator('.wp-roles-list').allTextContents()).join())
        .not.toContain('Bewaker veiligheid kind');
      await expectAccessible(consolePage, 'roles console');
      await consolePage.locator('#activity-controls').evaluate((e) => e.scrollIntoView());
      await screenshot(consolePage, 'roles-console');

      step('spotlight: the projector shows the role large, with the strengths behind it');
      await consoleRole('Wegwijzer in de zorg').getByRole('button', { name: 'Uitlichten' }).click();
      const spotlight = projector.locator('.wp-roles-spotlight');
      await spotlight.getByText('Wegwijzer in de zorg').waitFor();
      await spotlight.getByText('Ze weten de weg in de zorg').waitFor();
      await expectAccessible(projector, 'roles projector 1920×1080');
      await screenshot(projector, 'roles-projector');
      const small = await s.open(
        (b, u) => projectorScreen(b, u, { width: 1280, height: 720 }),
        `/projector/${s.server.code}`,
      );
      await small.locator('.wp-roles-spotlight').getByText('Wegwijzer in de zorg').waitFor();
      expect(await small.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        1280,
      );
      await expectAccessible(small, 'roles projector 1280×720');
      await screenshot(small, 'roles-projector-small');
      await anna.getByText('Uitgelicht').waitFor();
      await anna.evaluate(() => window.scrollTo(0, 0));
      await screenshot(anna, 'roles-phone');
      await expectAccessible(chadia, 'roles phone (informal)');

      step('closing: phones can no longer propose or endorse');
      await consolePage.getByRole('button', { name: 'Opdracht afsluiten' }).click();
      await anna.getByText('De lijsten zijn klaar').waitFor();
      expect(await anna.getByLabel('Naam van de rol').count()).toBe(0);

      step('per municipality: private lists, counts on the projector, then shared');
      const controls = consolePage.locator('#activity-controls');
      await controls.getByRole('button', { name: 'Uitlichten stoppen' }).click();
      await projector.locator('.wp-roles-spotlight').waitFor({ state: 'detached' });
      await controls.locator('summary', { hasText: 'Instellingen' }).click();
      await controls
        .getByRole('radio', { name: 'Elke gemeente aan een eigen paar lijsten' })
        .check();
      await controls.getByRole('button', { name: 'Instellingen opslaan' }).click();
      await controls.getByRole('button', { name: 'Weer openen' }).click();
      await anna.getByRole('heading', { name: 'Lijsten van Utrecht' }).waitFor();
      await propose(anna, 'Sleutelfiguur in de wijk', 'Ze weten de weg in de zorg');
      const utrechtCard = projector.locator('.wp-roles-counts li', { hasText: 'Utrecht' });
      // One role is fewer than 3: small-group protection shows no exact number.
      await utrechtCard.getByText('Minder dan 3 rollen', { exact: true }).waitFor();
      await chadia.getByRole('heading', { name: 'Lijsten van Zaanstad' }).waitFor();
      for (const page of [projector, chadia])
        expect(await page.content()).not.toContain('Sleutelfiguur in de wijk');
      await expectAccessible(projector, 'roles projector per municipality');
      await screenshot(projector, 'roles-projector-municipality');
      await controls.getByLabel('Lijsten van gemeente').selectOption({ label: 'Utrecht' });
      await controls.getByText('Sleutelfiguur in de wijk').waitFor();
      await controls.getByRole('button', { name: 'Lijsten van Utrecht delen' }).click();
      await projector.getByRole('heading', { name: 'Utrecht', level: 2 }).waitFor();
      await projector.getByText('Sleutelfiguur in de wijk').waitFor();
      await chadia
        .getByRole('heading', { name: 'Gedeelde lijsten van andere gemeenten' })
        .waitFor();
      await chadia.locator('summary', { hasText: 'Utrecht' }).click();
      const shared = card(chadia.locator('.wp-roles-list--formal').last(), 'Sleutelfiguur');
      await shared.getByRole('button', { name: 'Ik steun deze rol' }).click();
      await card(anna, 'Sleutelfiguur').getByText('1 persoon steunt deze rol').waitFor();
      await expectAccessible(chadia, 'roles phone with shared lists');
    }, 300_000); // a busy build machine is slow; the flow itself takes well under a minute
  },
);
