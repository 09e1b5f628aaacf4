import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { desktop, expectAccessible, projectorScreen, screenshot } from './support/browser.ts';
import { asParticipant, joinMany, walkPages } from './support/projectorFit.ts';
import { browserSession } from './support/session.ts';

const s = browserSession();

const started = Date.now();
const step = (name: string) => console.log(`[evaluation e2e ${Date.now() - started} ms] ${name}`);

const VALUE = 'Hoe waardevol was deze werkplaats voor jou?';
const SAFETY = 'Hoe veilig voelde het om te zeggen wat je dacht?';
const SURPRISE = 'Wat heeft je verrast?';

/** Picks a score on the phone's scale of one question. */
async function score(page: Page, question: string, label: string) {
  await page.getByRole('group', { name: question }).getByRole('radio', { name: label }).check();
}

/** A set of answers as the server takes it (for the people who are not on a real phone). */
const answersOf = (value: number, safety: number, surprise: string) => [
  { questionId: 'value', score: value, text: null },
  { questionId: 'safety', score: safety, text: null },
  { questionId: 'surprise', score: null, text: surprise },
];

describe.skipIf(s.unavailable)('"Evaluatie" in the browser: console, two phones, projector', () => {
  it('edits the questions, collects answers anonymously, shows them under the small-group rule and fits 200 answers', async () => {
    const consolePage = await s.open(desktop, '/login');
    await s.signIn(consolePage);
    const projector = await s.open(projectorScreen, `/projector/${s.server.code}`);
    const anna = await s.joinPhone('Anna', 'Utrecht', 'Formele werker');
    const chadia = await s.joinPhone('Chadia', 'Zaanstad', 'Informele werker');

    step('the facilitator starts the block; phones wait, the projector announces it');
    await consolePage
      .locator('.wp-run-item', { hasText: 'Evaluatie' })
      .getByRole('button', { name: 'Nu starten' })
      .click();
    for (const page of [anna, chadia]) await page.getByText('De evaluatie begint zo').waitFor();
    await projector.getByRole('heading', { name: 'Zo meteen: de evaluatie' }).waitFor();
    await expectAccessible(anna, 'evaluation phone, waiting');

    step('the facilitator adds a question; an empty one is refused in the form');
    await consolePage.getByText('Vragen en instellingen').click();
    await consolePage.getByRole('button', { name: 'Vraag toevoegen' }).click();
    await consolePage.getByRole('button', { name: 'Opslaan' }).click();
    await consolePage.getByText('Vraag 7 is leeg. Vul hem in of haal hem weg.').first().waitFor();
    await consolePage.getByLabel('Vraag 7', { exact: true }).fill('Wat wil je ons nog meegeven?');
    await consolePage.getByRole('button', { name: 'Opslaan' }).click();
    await consolePage.getByText('De vragen zijn opgeslagen.').first().waitFor();
    await expectAccessible(consolePage, 'evaluation console, preparing');

    step('the evaluation opens; Anna fills in the form on her phone');
    await consolePage.getByRole('button', { name: 'Evaluatie openen' }).click();
    await anna.getByRole('group', { name: VALUE }).waitFor();
    await anna.getByText('Wat wil je ons nog meegeven?').waitFor();
    await score(anna, VALUE, '5 · Heel erg');
    await score(anna, SAFETY, '4');
    await anna.getByLabel(SURPRISE).fill('Hoeveel rollen informele werkers kunnen spelen');
    expect(await anna.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    await expectAccessible(anna, 'evaluation phone, form');
    await anna.getByRole('group', { name: VALUE }).scrollIntoViewIfNeeded();
    await screenshot(anna, 'evaluation-phone');
    await anna.getByRole('button', { name: 'Versturen' }).click();
    await anna.getByText('Bedankt!').waitFor();
    await anna.getByText('Hoeveel rollen informele werkers kunnen spelen').waitFor();
    await expectAccessible(anna, 'evaluation phone, thanks');
    await screenshot(anna, 'evaluation-phone-thanks');

    step('Chadia answers; nobody else sees it; Anna changes her answer');
    await score(chadia, VALUE, '4');
    await chadia.getByLabel(SURPRISE).fill('De open en veilige sfeer');
    await chadia.getByRole('button', { name: 'Versturen' }).click();
    await chadia.getByText('Bedankt!').waitFor();
    await anna.getByRole('button', { name: 'Antwoorden aanpassen' }).click();
    await score(anna, SAFETY, '5 · Heel erg');
    await anna.getByRole('button', { name: 'Wijzigingen versturen' }).click();
    await anna.getByText('5 van 5').nth(1).waitFor();
    expect(await anna.content()).not.toContain('De open en veilige sfeer');
    expect(await chadia.content()).not.toContain('Hoeveel rollen');

    step('anonymous: the console counts while open, the projector guards the count');
    await consolePage.getByText('2 van 2 deelnemers hebben ingevuld').waitFor();
    await projector.getByText('Minder dan 3 mensen hebben ingevuld').waitFor();
    for (const page of [consolePage, projector]) {
      expect(await page.content()).not.toContain('De open en veilige sfeer');
      expect(await page.content()).not.toContain('Hoeveel rollen');
    }
    await expectAccessible(projector, 'evaluation projector, open');

    step('ten more people answer, the facilitator closes and reads the results');
    const ids = await joinMany(s, 0, 10, () => `ev${Math.random().toString(36).slice(2, 10)}`);
    for (const [i, id] of ids.entries())
      await asParticipant(s, id, await s.activityOf('evaluation'), {
        type: 'submitAnswers',
        answers: answersOf(
          i === 9 ? 3 : i % 3 === 0 ? 4 : 5,
          5,
          `Verrassing ${i + 1}: de chemie in de groep`,
        ),
      });
    await consolePage.getByRole('button', { name: 'Evaluatie sluiten' }).click();
    await anna.getByText('Bedankt voor het invullen!').waitFor();
    await chadia.getByText('Bedankt voor het invullen!').waitFor();
    await consolePage.getByRole('heading', { name: 'Uitkomsten per vraag' }).waitFor();
    await consolePage.getByText('De open en veilige sfeer').waitFor();
    await expectAccessible(consolePage, 'evaluation console, results');
    await screenshot(consolePage, 'evaluation-console');

    step('all scores on the projector, then one open question');
    await consolePage.getByRole('button', { name: 'Alle cijfers tonen' }).click();
    await projector.getByRole('heading', { name: 'De cijfers' }).waitFor();
    const card = (text: string) =>
      projector.locator('.wp-eval-projector__score', { hasText: text });
    await card('Hoe veilig')
      .getByText(/^Gemiddeld/)
      .waitFor();
    // One person gave a 3: shown as "minder dan 3", and the total and the average that would
    // give it away are left out.
    await card('Hoe waardevol').getByText('minder dan 3').waitFor();
    expect(
      await card('Hoe waardevol')
        .getByText(/^Gemiddeld/)
        .count(),
    ).toBe(0);
    expect(await projector.content()).not.toContain('12 antwoorden');
    await expectAccessible(projector, 'evaluation projector, scores');
    await screenshot(projector, 'evaluation-projector');
    expect(await projector.content()).not.toContain('Anna');
    await consolePage
      .locator('.wp-eval-result', { hasText: SURPRISE })
      .getByRole('button', { name: 'Op scherm' })
      .click();
    await projector.getByRole('heading', { name: SURPRISE }).waitFor();
    await projector.getByText('De open en veilige sfeer').waitFor();
    await expectAccessible(projector, 'evaluation projector, open answers');
    await screenshot(projector, 'evaluation-projector-answers');

    step('200 open answers fit both projector sizes, over pages');
    const activityId = await s.activityOf('evaluation');
    await s.command({ type: 'openEvaluation' }, activityId);
    const many = await joinMany(s, 10, 200, () => `ev${Math.random().toString(36).slice(2, 10)}`);
    for (const [i, id] of [...ids, ...many].entries())
      await asParticipant(s, id, activityId, {
        type: 'submitAnswers',
        answers: answersOf(5, 4, `Antwoord ${i + 1}: dat we samen zoveel van elkaar leerden`),
      });
    await s.command({ type: 'closeEvaluation' }, activityId);
    await s.command(
      { type: 'showOnScreen', screen: { type: 'question', questionId: 'surprise' } },
      activityId,
    );
    for (const size of [
      { width: 1920, height: 1080, minBody: 28 },
      { width: 1280, height: 720, minBody: 20 },
    ]) {
      const screen = await s.open(
        (b, u) => projectorScreen(b, u, size),
        `/projector/${s.server.code}`,
      );
      await screen.getByRole('heading', { name: SURPRISE }).waitFor();
      const seen = await walkPages(screen, `evaluation ${size.width}×${size.height}`, size.minBody);
      expect(seen.filter((text) => text.startsWith('Antwoord ')).length).toBe(200);
      await expectAccessible(screen, `evaluation projector ${size.width}×${size.height}`);
      if (size.width === 1280) await screenshot(screen, 'evaluation-projector-200');
    }
  });
});
