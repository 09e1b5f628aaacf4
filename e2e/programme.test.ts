import { describe, expect, it } from 'vitest';
import { browserSession } from './support/session.ts';
import { desktop, expectAccessible, projectorScreen, screenshot } from './support/browser.ts';

const s = browserSession();

/** Today in the venue's time zone, so the schedule can be compared with the clock. */
function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(Date.now());
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');

describe.skipIf(s.unavailable)('the programme in the browser', () => {
  it('starts the next block in one action, shows now/next on phones, slides on the projector, and passes axe', async () => {
    // The demo is dated like the seed; move its first day to today to follow the clock.
    const room = await s.server.app.ctx.rooms.get(s.server.workshopId);
    const day = room.state.programme.days[0]!;
    await s.command({ type: 'updateDay', dayId: day.id, title: day.title, date: today() });

    const consolePage = await s.open(desktop, '/login');
    await s.signIn(consolePage);
    const anna = await s.joinPhone('Anna', null, 'Formele werker');
    await anna.getByText('Straks:').waitFor();
    const projector = await s.open(projectorScreen, `/projector/${s.server.code}`);

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
    await consolePage.getByRole('link', { name: 'Voorbereiden' }).click();
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
