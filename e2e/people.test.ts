import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  desktop,
  expectAccessible,
  phone,
  projectorScreen,
  screenshot,
} from './support/browser.ts';
import { browserSession } from './support/session.ts';

/**
 * Issue 8, points 3, 5 and 6 in Chromium: the welcome and closing screens on a phone and on
 * both projector sizes, a participant correcting their municipality and seeing the right
 * municipality's pitch, and a late phone let in at a closed door. One demo server; the steps
 * follow the day (welcome, an activity, the door, the end).
 */
const s = browserSession();

const SMALL = { width: 1280, height: 720 };
let latePhone: Page | undefined;
const LARGE = { width: 1920, height: 1080 };

const projectorAt =
  (size: typeof SMALL) => (browser: Parameters<typeof projectorScreen>[0], url: string) =>
    projectorScreen(browser, url, size);

/** The projector never scrolls: the page fits the screen, both ways. */
async function expectFits(page: Page, label: string) {
  const size = await page.evaluate(() => ({
    height: document.documentElement.scrollHeight,
    width: document.documentElement.scrollWidth,
    innerHeight,
    innerWidth,
  }));
  expect(size.height, `${label} height`).toBeLessThanOrEqual(size.innerHeight);
  expect(size.width, `${label} width`).toBeLessThanOrEqual(size.innerWidth);
}

/** The console's "Voorbereiden" screen, where the details, the door and the people are. */
async function planScreen(): Promise<Page> {
  const page = await s.open(desktop, '/login');
  await s.signIn(page);
  await page.goto(`/console/${s.server.workshopId}/plan`);
  await page.getByRole('heading', { name: 'Deelnemers' }).first().waitFor();
  return page;
}

describe.skipIf(s.unavailable)('people: welcome, details, the door and the end', () => {
  it('shows the welcome on a phone and on both projector sizes before the first item', async () => {
    const anna = await s.joinPhone('Anna', null, 'Formele werker');
    await anna.getByRole('heading', { name: 'Wat gaan we doen?' }).waitFor();
    await anna.getByRole('heading', { name: /^Het programma/ }).waitFor();
    await anna.getByText('Opening en introductie').first().waitFor();
    await anna.getByRole('heading', { name: 'Over je gegevens' }).waitFor();
    await expectAccessible(anna, 'phone welcome');
    await screenshot(anna, 'welcome-phone');

    for (const [size, name] of [
      [SMALL, 'welcome-projector-1280'],
      [LARGE, 'welcome-projector-1920'],
    ] as const) {
      const projector = await s.open(projectorAt(size), `/projector/${s.server.code}`);
      await projector
        .getByRole('heading', { name: 'Welkom bij Onderzoekswerkplaats Doorn' })
        .waitFor();
      await projector.getByText('Opening en introductie').first().waitFor();
      await projector.getByRole('img', { name: /QR-code/ }).waitFor();
      await projector.getByText('1 deelnemer is binnen').waitFor();
      await expectFits(projector, name);
      await expectAccessible(projector, name);
      await screenshot(projector, name);
    }
  });

  it('a participant without a municipality corrects it and writes in the right pitch', async () => {
    const bram = await s.joinPhone('Bram', 'Utrecht', 'Informele werker');
    const cas = await s.joinPhone('Cas', null, 'Formele werker');
    const pitchId = await s.activityOf('pitch');
    await s.command({ type: 'startActivity', activityId: pitchId });
    await bram.getByRole('heading', { name: 'Elevator pitch per gemeente' }).waitFor();
    await bram.getByLabel('Wat we willen bereiken').fill('Utrecht wil elkaar beter vinden.');
    await bram.getByText('Alles is opgeslagen').waitFor();
    await cas.getByText('Je hoort niet bij een gemeente').waitFor();

    // "Mijn gegevens": Cas picks Utrecht; the pitch of Utrecht opens on his phone.
    await cas.getByText('Mijn gegevens').click();
    const details = cas.locator('details.wp-details');
    await details.getByLabel('Je gemeente').selectOption({ label: 'Utrecht' });
    await details.getByRole('button', { name: 'Opslaan' }).click();
    await details.getByText('Je gegevens zijn aangepast.').waitFor();
    await cas.getByText('Jouw groep: Utrecht').waitFor();
    await expect
      .poll(() => cas.getByLabel('Wat we willen bereiken').inputValue())
      .toBe('Utrecht wil elkaar beter vinden.');
    await bram.getByText('Samen met: Cas').waitFor();
    expect(await cas.getByText('Je hoort niet bij een gemeente').count()).toBe(0);
    await expectAccessible(cas, 'phone my details');
    await screenshot(cas, 'details-phone');

    // The facilitator corrects Cas's side in the console; his header follows.
    const consolePage = await planScreen();
    const row = consolePage.getByRole('row', { name: /Cas/ }).first();
    await row.getByRole('button', { name: 'Wijzigen' }).click();
    const form = consolePage.getByRole('form', { name: 'Gegevens van Cas' });
    await form.getByLabel('Soort werker').selectOption({ label: 'Informele werker' });
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await cas.getByText('Je bent Cas · Informele werker').waitFor();
    await expectAccessible(consolePage, 'console participants');
    await s.command({ type: 'stopActivity', activityId: pitchId });

    // Between items the projector shows the lobby: how to join and who is in, on one screen.
    const lobby = await s.open(projectorAt(SMALL), `/projector/${s.server.code}`);
    await lobby.getByRole('heading', { name: 'Doe mee op je telefoon' }).waitFor();
    await lobby.getByText('3 deelnemers zijn binnen').first().waitFor();
    await expectFits(lobby, 'lobby projector');
    await expectAccessible(lobby, 'lobby projector');
    await screenshot(lobby, 'lobby-projector-1280');
  });

  it('a late phone at the closed door asks, is let in and goes on without typing again', async () => {
    await s.command({ type: 'lockWorkshop' });
    const projector = await s.open(projectorAt(SMALL), `/projector/${s.server.code}`);
    await projector.getByRole('heading', { name: 'De deur is dicht' }).waitFor();
    expect(await projector.getByRole('img', { name: /QR-code/ }).count()).toBe(0);
    expect(await projector.content()).not.toContain('Doe mee op je telefoon');
    await expectFits(projector, 'door projector');
    await expectAccessible(projector, 'door projector');
    await screenshot(projector, 'door-projector-1280');

    const late = await s.open(phone, `/join/${s.server.code}`);
    latePhone = late;
    await late.getByText('De deur is dicht').waitFor();
    await late.getByLabel('Je naam').fill('Lotte');
    await late.getByLabel('Je gemeente').selectOption({ label: 'Zaanstad' });
    await late.getByRole('radio', { name: /^Informele werker/ }).check();
    await expectAccessible(late, 'door phone form');
    await screenshot(late, 'door-phone');
    await late.getByRole('button', { name: 'Vraag om binnen te komen' }).click();
    await late.getByRole('heading', { name: 'Je vraag is verstuurd' }).waitFor();
    await expectAccessible(late, 'door phone waiting');
    await screenshot(late, 'door-phone-waiting');

    // Refused first: the phone says so and can ask again (never a dead end).
    const room0 = await s.server.app.ctx.rooms.get(s.server.workshopId);
    const request = Object.values(room0.state.entryRequests).find((r) => r.displayName === 'Lotte');
    await s.command({ type: 'refuseEntry', requestId: request!.id });
    await late.getByRole('heading', { name: 'Je mag nu niet binnen' }).waitFor();
    await expectAccessible(late, 'door phone refused');
    await screenshot(late, 'door-phone-refused');
    await late.getByRole('button', { name: 'Opnieuw vragen' }).click();
    await late.getByRole('heading', { name: 'Je vraag is verstuurd' }).waitFor();

    const consolePage = await planScreen();
    await consolePage.getByText('1 persoon wacht bij de deur').waitFor();
    await expectAccessible(consolePage, 'door console');
    await screenshot(consolePage, 'door-console');
    await consolePage.getByRole('button', { name: 'Binnenlaten' }).click();
    await consolePage.getByText('Lotte is binnengelaten.').waitFor();

    // Let in: the phone goes on as Lotte, with what she typed.
    await late.getByRole('heading', { name: 'Welkom, Lotte!' }).waitFor({ timeout: 10_000 });
    await late.getByText('Je bent Lotte · Informele werker').waitFor();
    const room = await s.server.app.ctx.rooms.get(s.server.workshopId);
    const lotte = Object.values(room.state.participants).find((p) => p.displayName === 'Lotte');
    const zaanstad = Object.values(room.state.partnerships).find(
      (p) => p.municipality === 'Zaanstad',
    );
    expect(lotte?.partnershipId).toBe(zaanstad?.id);
    expect(room.state.locked).toBe(true);
  });

  it('shows the closing screen with the facilitator’s text on a phone and both projector sizes', async () => {
    const consolePage = await planScreen();
    await consolePage.getByRole('button', { name: 'Gegevens wijzigen' }).click();
    await consolePage
      .getByLabel('Tekst op het slotscherm')
      .fill('Het verslag komt op 1 november op de website van de gemeente.');
    await consolePage.getByRole('button', { name: 'Opslaan' }).first().click();
    await consolePage.getByRole('button', { name: 'Dag afsluiten' }).click();
    await consolePage
      .getByText('De dag is afgesloten. Telefoons en scherm tonen het slotscherm.')
      .waitFor();

    // The phone that was let in at the door.
    const lotte = latePhone;
    if (!lotte) throw new Error('the door test did not run');
    await lotte.getByRole('heading', { name: 'Bedankt voor het meedoen!' }).waitFor();
    await lotte.getByText('Het verslag komt op 1 november').waitFor();
    await expectAccessible(lotte, 'phone closing');
    await screenshot(lotte, 'closing-phone');

    for (const [size, name] of [
      [SMALL, 'closing-projector-1280'],
      [LARGE, 'closing-projector-1920'],
    ] as const) {
      const projector = await s.open(projectorAt(size), `/projector/${s.server.code}`);
      await projector.getByRole('heading', { name: 'Bedankt voor het meedoen!' }).waitFor();
      await projector.getByText('Het verslag komt op 1 november').waitFor();
      await expectFits(projector, name);
      await expectAccessible(projector, name);
      await screenshot(projector, name);
    }

    // Not a dead end: the facilitator opens the day again, the phone follows.
    await consolePage.getByRole('button', { name: 'Dag weer openen' }).click();
    await lotte.getByRole('heading', { name: 'Welkom, Lotte!' }).waitFor();
  });
});
