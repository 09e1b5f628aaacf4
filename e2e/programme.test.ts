import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from './support/app.ts';
import {
  browserTestsUnavailable,
  desktop,
  expectAccessible,
  launch,
  phone,
  projectorScreen,
  screenshot,
} from './support/browser.ts';

const unavailable = browserTestsUnavailable();
let server: DemoServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  if (unavailable) return;
  server = await startDemoServer();
  browser = await launch();
});

afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await server?.close();
});

async function open(make: Promise<BrowserContext>, path: string): Promise<Page> {
  const context = await make;
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(path);
  return page;
}

/** Today in the venue's time zone, so the schedule can be compared with the clock. */
function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(Date.now());
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');

describe.skipIf(unavailable)('the programme in the browser', () => {
  it('starts the next block in one action, shows now/next on phones, slides on the projector, and passes axe', async () => {
    // The demo is dated like the seed; move its first day to today to follow the clock.
    const account = await server.app.ctx.stores.accounts.findAccountByEmail('demo@werkplaats.test');
    const room = await server.app.ctx.rooms.get(server.workshopId);
    const day = room.state.programme.days[0]!;
    await server.app.ctx.rooms.execute(
      server.workshopId,
      { kind: 'facilitator', accountId: account!.id },
      {
        activityId: null,
        command: { type: 'updateDay', dayId: day.id, title: day.title, date: today() },
      },
    );

    const consolePage = await open(desktop(browser, server.url), '/login');
    await consolePage.getByLabel('E-mailadres').fill('demo@werkplaats.test');
    await consolePage.getByLabel('Wachtwoord').fill('werkplaats-demo');
    await consolePage.getByRole('button', { name: 'Inloggen' }).click();
    await consolePage.getByRole('link', { name: 'Onderzoekswerkplaats Doorn' }).click();
    const anna = await open(phone(browser, server.url), `/join/${server.code}`);
    await anna.getByLabel('Je naam').fill('Anna');
    await anna.getByRole('radio', { name: /^Formele werker/ }).check();
    await anna.getByRole('button', { name: 'Meedoen' }).click();
    await anna.getByText('Straks:').waitFor();
    const projector = await open(projectorScreen(browser, server.url), `/projector/${server.code}`);

    // One action starts the next block; the console compares plan and clock.
    await consolePage
      .getByRole('button', { name: 'Start volgende onderdeel: Opening en introductie' })
      .click();
    await consolePage
      .getByText(/(achter|voor) op schema|Op schema/)
      .first()
      .waitFor();
    await anna.getByRole('heading', { name: 'Nu: Opening en introductie' }).waitFor();
    await anna.getByText('Voorstelronde om 10:30').waitFor();
    await projector.getByRole('heading', { name: 'Opening en introductie' }).waitFor();

    // The facilitator attaches the slides; phones can open them, the projector shows them.
    const block = consolePage
      .locator('.wp-prog-block', { hasText: 'Opening en introductie' })
      .first();
    await block.getByRole('button', { name: 'Aanpassen' }).click();
    await consolePage
      .getByLabel('Bestand toevoegen')
      .setInputFiles({ name: 'kader.pdf', mimeType: 'application/pdf', buffer: PDF });
    await anna.getByRole('link', { name: /kader\.pdf openen/ }).waitFor();
    await projector.locator('iframe[title="kader.pdf"]').waitFor();
    const href = await anna.getByRole('link', { name: /kader\.pdf openen/ }).getAttribute('href');
    const fetched = await anna.evaluate(
      async (url) => (await fetch(url!)).headers.get('content-type'),
      href,
    );
    expect(fetched).toBe('application/pdf');

    await expectAccessible(consolePage, 'console programme');
    await expectAccessible(anna, 'phone now and next');
    await expectAccessible(projector, 'projector programme item');
    await screenshot(anna, 'programme-phone');
    await screenshot(consolePage, 'programme-console');

    // The next block is the introduction round: phones switch to the activity.
    await consolePage
      .getByRole('button', { name: 'Start volgende onderdeel: Voorstelronde' })
      .click();
    await anna.getByRole('heading', { name: 'Voorstelronde' }).first().waitFor();
    await anna.getByText('Elevator pitch per gemeente om 11:00').waitFor();
  });
});
