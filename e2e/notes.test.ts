import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createAccount } from '../src/server/services/accounts.ts';
import { orderedBlocks } from '../src/domain/programme/state.ts';
import { expectAccessible, phone, projectorScreen, screenshot } from './support/browser.ts';
import { browserSession } from './support/session.ts';

const s = browserSession();
const TITLE = 'Onderzoekswerkplaats Doorn';
const NOTE_TAKER = { name: 'Sanne de Notulist', email: 'sanne@werkplaats.test' };
const PASSWORD = 'notulist-wachtwoord';

const started = Date.now();
const step = (name: string) => console.log(`[notes e2e ${Date.now() - started} ms] ${name}`);

/** The console on a laptop: the width of the screenshots in the user guide. */
const laptop = (browser: Browser, baseURL: string) =>
  browser.newContext({ baseURL, viewport: { width: 1440, height: 900 }, locale: 'nl-NL' });

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('link', { name: TITLE }).click();
}

/** One stored note in a list, by (part of) its text. */
const note = (page: Page, text: string) =>
  page.locator('.wp-rnote:not(.wp-rnote--pending)', { hasText: text });

/** The demo programme's first block with a live activity: started, so notes default to it. */
async function startFirstActivityBlock(): Promise<{ id: string; title: string }> {
  const room = await s.server.app.ctx.rooms.get(s.server.workshopId);
  const block = orderedBlocks(room.state.programme).find((b) => b.activityId !== null);
  if (!block) throw new Error('the demo programme has no activity block');
  await s.command({ type: 'startBlock', blockId: block.id });
  return { id: block.id, title: block.title };
}

/** Earlier notes by the lead, so the screenshots show a full list: long, short, Arabic. */
async function seedNotes(blockId: string): Promise<void> {
  const texts = [
    'Informele werkers komen bij gezinnen thuis; formele werkers zien ze pas bij een crisis.',
    'Wie betaalt de reiskosten van vrijwilligers? Daar is in geen enkele gemeente een regeling voor, en dat maakt dat mensen afhaken terwijl ze het werk juist goed doen. Afspraak: uitzoeken bij de gemeente Zaanstad hoe dat nu geregeld is.',
    'نحن نعرف العائلات شخصياً، وهم يثقون بنا أكثر من المؤسسات.',
    'Het wijkteam wil vaker samen op huisbezoek.',
  ];
  for (let i = 0; i < 18; i++) {
    const kinds = ['point', 'observation', 'question', 'conclusion', 'quote'] as const;
    await s.command({
      type: 'addReportNote',
      blockId,
      kind: kinds[i % kinds.length],
      text: `${texts[i % texts.length]}${i >= texts.length ? ` (${i + 1})` : ''}`,
      side: i % 3 === 0 ? 'informal' : i % 3 === 1 ? 'formal' : null,
      partnershipId: null,
      group: i % 2 === 0 ? `Groep ${(i % 4) + 1}` : '',
    });
  }
}

describe.skipIf(s.unavailable)('"Verslaglegging": notes by a note-taker and a facilitator', () => {
  it('adds notes on a phone, shows them live to the lead, edits, removes, shares and passes axe', async () => {
    step('a colleague joins the team; the block with the first activity runs');
    const sanne = await createAccount(
      s.server.app.ctx,
      { ...NOTE_TAKER, password: PASSWORD },
      'facilitator',
    );
    await s.server.app.ctx.rooms.execute(
      s.server.workshopId,
      { kind: 'system' },
      {
        activityId: null,
        command: { type: 'addFacilitator', accountId: sanne.id, name: sanne.name },
      },
    );
    const block = await startFirstActivityBlock();
    await seedNotes(block.id);

    step('the lead makes the colleague a note-taker in the Team section');
    const lead = await s.open(laptop, '/login');
    await signIn(lead, 'demo@werkplaats.test', 'werkplaats-demo');
    await lead.getByRole('link', { name: 'Voorbereiden' }).click();
    const member = lead.locator('li', { hasText: NOTE_TAKER.name });
    await member.getByRole('button', { name: 'Alleen verslaglegging' }).click();
    await member.getByText('Notulist', { exact: true }).waitFor();

    step('the note-taker opens the workshop on a phone: it starts on Verslaglegging');
    const phonePage = await s.open(phone, '/login');
    await signIn(phonePage, NOTE_TAKER.email, PASSWORD);
    await phonePage.waitForURL(/\/notes$/);
    await phonePage.getByRole('heading', { name: 'Verslaglegging', level: 2 }).waitFor();
    // The running block is chosen already.
    expect(await phonePage.getByLabel('Onderdeel van het programma').inputValue()).toBe(block.id);
    await lead.getByRole('link', { name: 'Verslaglegging' }).click();
    await lead.getByRole('heading', { name: `Aantekeningen bij ${block.title}` }).waitFor();

    step('a quote from group 2, then a point: the group stays chosen, the text is cleared');
    await phonePage.getByRole('radio', { name: 'Citaat' }).check();
    await phonePage.getByText('Waar kwam het vandaan?').click();
    await phonePage.getByLabel('Groep of tafel').fill('Groep 2');
    await phonePage.getByLabel('Soort werker').selectOption({ label: 'Informeel' });
    const quote = 'Wij kennen de families. Zij vertrouwen ons eerder dan een loket.';
    await phonePage.getByLabel('Wat zei iemand letterlijk?').fill(quote);
    await phonePage.getByRole('button', { name: 'Aantekening bewaren' }).click();
    await note(phonePage, quote).waitFor();
    expect(await phonePage.getByLabel('Wat zei iemand letterlijk?').inputValue()).toBe('');
    await phonePage.getByRole('radio', { name: 'Punt' }).check();
    const point = 'De huisarts weet niet wie de sleutelfiguren zijn.';
    await phonePage.getByLabel('Wat werd er gezegd?').fill(point);
    await phonePage.getByLabel('Wat werd er gezegd?').press('Control+Enter');
    await note(phonePage, point).getByText('Groep 2 · Informeel').waitFor();
    // A note-taker does not put things on the projector.
    expect(
      await note(phonePage, quote).getByRole('button', { name: 'Toon op scherm' }).count(),
    ).toBe(0);

    step('the lead sees both arrive, with who wrote them');
    await note(lead, quote).getByText(NOTE_TAKER.name, { exact: false }).waitFor();
    await note(lead, point).waitFor();

    step('the lead corrects the point; the phone shows the change');
    await note(lead, point).getByRole('button', { name: 'Wijzigen' }).click();
    const editor = lead.locator('.wp-rnote', {
      has: lead.getByRole('button', { name: 'Wijziging bewaren' }),
    });
    const corrected = 'De huisarts weet niet wie de sleutelfiguren in de wijk zijn.';
    await editor.getByLabel('Wat werd er gezegd?').fill(corrected);
    await editor.getByRole('button', { name: 'Wijziging bewaren' }).click();
    await note(phonePage, corrected).getByText('gewijzigd', { exact: false }).waitFor();

    step('the note-taker removes the point, after saying yes');
    await note(phonePage, corrected).getByRole('button', { name: 'Verwijderen' }).click();
    await phonePage.getByRole('button', { name: 'Ja, verwijderen' }).click();
    await note(lead, corrected).waitFor({ state: 'detached' });

    step('the lead shows the quote on the projector');
    const projector = await s.open(projectorScreen, `/projector/${s.server.code}`);
    await note(lead, quote).getByRole('button', { name: 'Toon op scherm' }).click();
    const shared = projector.locator('.wp-shared-note');
    await shared.getByText(quote).waitFor();
    await shared.getByText('Citaat').waitFor();
    await note(lead, quote).getByText('Staat op het scherm', { exact: false }).waitFor();
    await expectAccessible(projector, 'projector with a shared note');
    await screenshot(projector, 'notes-projector');

    step('the longest note fits both projector sizes: shortened, never cut off');
    const longest = `${'Wij kennen de families en zij kennen ons. '.repeat(47)}Einde.`.slice(
      0,
      2000,
    );
    await s.command({
      type: 'addReportNote',
      blockId: block.id,
      kind: 'point',
      text: longest,
      side: null,
      partnershipId: null,
      group: '',
    });
    const room = await s.server.app.ctx.rooms.get(s.server.workshopId);
    const longId = Object.values(room.state.reportNotes).find((n) => n.text === longest)!.id;
    await s.command({ type: 'shareReportNote', noteId: longId, shared: true });
    await shared.getByText('Ingekort', { exact: false }).waitFor();
    for (const size of [
      { width: 1280, height: 720 },
      { width: 1920, height: 1080 },
    ]) {
      await projector.setViewportSize(size);
      const card = projector.locator('.wp-shared-note__card');
      const [scrollHeight, clientHeight] = await card.evaluate((el) => [
        el.scrollHeight,
        el.clientHeight,
      ]);
      expect(scrollHeight).toBeLessThanOrEqual(clientHeight);
      await screenshot(projector, `notes-projector-long-${size.width}`);
    }
    await projector.setViewportSize({ width: 1920, height: 1080 });
    await note(lead, quote).getByRole('button', { name: 'Toon op scherm' }).click();
    await shared.getByText(quote).waitFor();

    step('accessibility and screenshots: phone and laptop, nothing wider than the screen');
    for (const page of [phonePage, lead]) {
      const [scrollWidth, width] = await page.evaluate(() => [
        document.documentElement.scrollWidth,
        window.innerWidth,
      ]);
      expect(scrollWidth).toBeLessThanOrEqual(width);
    }
    await expectAccessible(phonePage, 'notes on a phone');
    await expectAccessible(lead, 'notes on the console');
    await phonePage.evaluate(() => window.scrollTo(0, 0));
    await screenshot(phonePage, 'notes-phone');
    await phonePage.locator('.wp-notes-page__read').scrollIntoViewIfNeeded();
    await screenshot(phonePage, 'notes-phone-list');
    await lead.evaluate(() => window.scrollTo(0, 0));
    await screenshot(lead, 'notes-console');

    step('the lead takes it off the screen');
    await note(lead, quote).getByRole('button', { name: 'Haal van scherm' }).click();
    await shared.waitFor({ state: 'detached' });

    step('the live screen: the note-taker is told they do not steer; the lead has the panel');
    await phonePage.getByRole('link', { name: 'Live' }).click();
    await phonePage.getByText('Je bent notulist', { exact: false }).waitFor();
    await expectAccessible(phonePage, 'live screen for a note-taker');
    await screenshot(phonePage, 'notes-live-notetaker');
    await lead.getByRole('link', { name: 'Live' }).click();
    await lead.getByText('Aantekeningen', { exact: true }).click();
    await note(lead, quote).waitFor();
    await expectAccessible(lead, 'live screen with the notes panel');
    await screenshot(lead, 'notes-live-panel');
  });
});
