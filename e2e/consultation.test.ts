import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSession } from './support/session.ts';
import { desktop, expectAccessible, projectorScreen, screenshot } from './support/browser.ts';
import { newActivity, walkPages, workshopState } from './support/projectorFit.ts';

const s = browserSession();

const TITLE = 'Consultatie bij een andere gemeente';
const DIRK_Q = 'Aan welke wettelijke afspraken moeten informele werkers zich houden?';
const ANNA_Q = 'Hoe regelen we deskundigheidsbevordering voor informele werkers?';
const ADVICE = 'Maak samen een convenant over privacy en toestemming van ouders.';

async function addQuestion(page: Page, text: string) {
  await page.getByLabel('Jullie vraag').fill(text);
  await page.getByRole('button', { name: 'Vraag toevoegen' }).click();
  await page.locator('.wp-consult-question:not(.wp-note--pending)', { hasText: text }).waitFor();
}

describe.skipIf(s.unavailable)(`"${TITLE}" in the browser: console, two phones, projector`, () => {
  it('pairs partnerships, records advice at the host, shares it, and passes axe', async () => {
    const consolePage = await s.open(desktop, '/login');
    await s.signIn(consolePage);
    const projector = await s.open(projectorScreen, `/projector/${s.server.code}`);
    const anna = await s.joinPhone('Anna', 'Utrecht', 'Formele werker');
    const dirk = await s.joinPhone('Dirk', 'Dordrecht', 'Informele werker');

    // The facilitator starts the block from the live programme; the phones follow.
    await consolePage
      .locator('.wp-run-item', { hasText: TITLE })
      .getByRole('button', { name: 'Nu starten' })
      .click();
    for (const page of [anna, dirk])
      await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
    for (const page of [consolePage, projector]) await page.reload();

    // Each partnership writes down a question; the other partnership sees nothing of it.
    await addQuestion(anna, ANNA_Q);
    await addQuestion(dirk, DIRK_Q);
    expect(await anna.content()).not.toContain(DIRK_Q);
    expect(await projector.content()).not.toContain(DIRK_Q);
    await anna.getByText('De begeleider maakt de koppels').waitFor();
    await expectAccessible(anna, 'phone preparing');

    // The facilitator takes the round robin, looks at it, and confirms.
    await consolePage.getByRole('button', { name: 'Koppels voorstellen' }).click();
    await expect
      .poll(() => consolePage.getByLabel('Dordrecht gaat op bezoek bij').inputValue())
      .not.toBe('');
    await expectAccessible(consolePage, 'console pairing');
    await screenshot(consolePage, 'consultation-console-pairing');
    await consolePage.getByRole('button', { name: 'Koppels bevestigen' }).click();

    // Utrecht hosts Dordrecht: Anna's phone shows Dirk's question and takes advice on it.
    await anna.getByText('Dordrecht komt bij jullie op bezoek').waitFor();
    await anna.getByRole('heading', { name: DIRK_Q }).waitFor();
    await anna.getByLabel('Jullie advies bij deze vraag').fill(ADVICE);
    await anna.getByRole('button', { name: 'Advies opslaan' }).click();
    // Dordrecht, the asker, sees the advice arrive under its question.
    await dirk.locator('.wp-consult-question', { hasText: DIRK_Q }).getByText(ADVICE).waitFor();
    await dirk.getByText('Jullie gaan op bezoek bij Utrecht').waitFor();
    await expectAccessible(anna, 'phone hosting');
    await expectAccessible(dirk, 'phone visiting');
    expect(await anna.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );

    // The projector shows who visits whom, but no question until it is shared.
    await projector.getByRole('heading', { name: 'Wie gaat bij wie op bezoek' }).waitFor();
    await projector.locator('.wp-consult-pair', { hasText: 'Dordrecht' }).first().waitFor();
    expect(await projector.content()).not.toContain(ADVICE);
    await expectAccessible(projector, 'projector pairs');

    // Sharing brings the questions and their advice to the room.
    await consolePage.getByRole('button', { name: 'Alles delen op het scherm' }).click();
    await projector.getByRole('heading', { name: 'Dordrecht bij Utrecht' }).waitFor();
    await expectAccessible(projector, 'projector shared');
    await screenshot(anna, 'consultation-phone');
    await screenshot(dirk, 'consultation-phone-visitor');
    await screenshot(consolePage, 'consultation-console');
    // The pairs and the shared visit are pages of their own; the pages turn by themselves.
    await projector.locator('.wp-fit__page').getByText(ADVICE).waitFor({ timeout: 60_000 });
    await screenshot(projector, 'consultation-projector');
    await expectAccessible(consolePage, 'console visits');
  }, 120_000);

  it('fits 200 questions on the projector at 1280×720 and 1920×1080', async () => {
    const activityId = await newActivity(s, 'consultation');
    await s.command({ type: 'startActivity', activityId });
    const partnerships = Object.values((await workshopState(s)).partnerships);
    const [first] = partnerships;
    for (let i = 0; i < 200; i++)
      await s.command(
        {
          type: 'addQuestion',
          text: `Vraag ${i + 1}: hoe houden we de samenwerking tussen formeel en informeel levend${i % 3 ? ' als mensen vertrekken' : ''}?`,
          partnershipId: first!.id,
        },
        activityId,
      );
    await s.command({ type: 'suggestPairs' }, activityId);
    await s.command({ type: 'confirmPairs' }, activityId);
    const state = (await workshopState(s)).activities[activityId]!.state as {
      questions: Record<string, unknown>;
    };
    for (const questionId of Object.keys(state.questions).slice(0, 20))
      await s.command({ type: 'addAdvice', questionId, text: 'Draag contacten over.' }, activityId);
    await s.command({ type: 'shareAll' }, activityId);
    for (const size of [
      { width: 1920, height: 1080, minBody: 28 },
      { width: 1280, height: 720, minBody: 20 },
    ]) {
      const page = await s.open(
        (b, u) => projectorScreen(b, u, size),
        `/projector/${s.server.code}`,
      );
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.locator('.wp-consult-pair').first().waitFor();
      const seen = await walkPages(page, `consultation at ${size.width}`, size.minBody);
      const questions = seen.filter((text) => text.startsWith('Vraag '));
      expect(questions).toHaveLength(200);
      await screenshot(page, `consultation-projector-200-${size.width}`);
      await expectAccessible(page, `projector 200 questions at ${size.width}`);
    }
    await s.command({ type: 'stopActivity', activityId });
  }, 240_000);
});
