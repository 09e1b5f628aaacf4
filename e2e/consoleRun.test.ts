import type { Browser, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, screenshot } from './support/browser.ts';
import { browserSession } from './support/session.ts';

const s = browserSession();

/** The console as the brief measures it: a 1440×900 laptop. */
const laptop = (browser: Browser, baseURL: string) =>
  browser.newContext({ baseURL, viewport: { width: 1440, height: 900 }, locale: 'nl-NL' });

/** Presses Tab until `target` has focus: how a keyboard user reaches a control. */
async function tabTo(page: Page, target: Locator, max = 120, back = false): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`could not reach ${String(target)} with Tab`);
}

describe.skipIf(s.unavailable)('the console in run mode, by keyboard only', () => {
  it('runs the whole demo programme from the live screen with keys, dialogs and undo, and passes axe', async () => {
    const page = await s.open(laptop, '/login');
    await s.signIn(page);
    const now = page.locator('.wp-run-now__current');
    const controls = page.locator('#activity-controls');
    const toast = page.locator('.wp-run-toast');
    const current = (title: string) => expect.poll(() => now.textContent()).toBe(`Nu: ${title}`);
    const press = async (key: string) => {
      await page.keyboard.press(key);
    };

    // Two people from two municipalities, one of each side.
    const anna = await s.joinPhone('Anna', 'Utrecht', 'Formele werker');
    const chadia = await s.joinPhone('Chadia', 'Zaanstad', 'Informele werker');

    // The live screen: nothing runs yet, who is here per municipality and side, the day.
    await page.getByRole('heading', { name: 'Wie is er' }).waitFor();
    await page.getByText('2 van 2 deelnemers verbonden').waitFor();
    await page
      .getByRole('row', { name: /Utrecht/ })
      .getByText('1 van 1')
      .waitFor();
    await page.getByRole('heading', { name: 'Programma van de dag' }).waitFor();
    await expect.poll(() => now.textContent()).toContain('Er loopt nog niets');
    await expectAccessible(page, 'console run mode, before the start');
    await screenshot(page, 'console-run-start');

    // "?" opens the list of shortcuts; Escape closes it.
    await press('?');
    const help = page.getByRole('dialog', { name: 'Sneltoetsen' });
    await help.waitFor();
    await help.getByText('Het volgende onderdeel starten').waitFor();
    await expectAccessible(page, 'console run mode, shortcuts');
    await press('Escape');
    await help.waitFor({ state: 'hidden' });

    // The first item, by Tab and Enter on the button that says what it does.
    await tabTo(
      page,
      page.getByRole('button', { name: 'Start volgende onderdeel: Opening en introductie' }),
    );
    await press('Enter');
    await current('Opening en introductie');
    await toast.getByText('Opening en introductie is gestart.').waitFor();
    await anna.getByRole('heading', { name: 'Nu: Opening en introductie' }).waitFor();

    // N starts the next item; undo (Ctrl+Z) takes that back: the item before runs again.
    await press('n');
    await current('Voorstelronde');
    // Undo is offered once the server has confirmed the step (the toast says so).
    await toast.getByText('Voorstelronde is gestart.').waitFor();
    await press('Control+z');
    await toast.getByText('Ongedaan gemaakt.').waitFor();
    await current('Opening en introductie');
    await anna.getByRole('heading', { name: 'Nu: Opening en introductie' }).waitFor();

    // The introduction round: F starts a round, P pauses and resumes its clock.
    await press('n');
    await current('Voorstelronde');
    await controls.getByRole('heading', { name: 'Bediening: Voorstelronde' }).waitFor();
    await controls.getByRole('button', { name: 'Eerste ronde starten' }).waitFor();
    await press('f');
    await controls.getByRole('heading', { name: 'Gesprekken in ronde 1' }).waitFor();
    await press('p');
    await controls.getByRole('button', { name: 'Tijd verder laten lopen' }).waitFor();
    await press('p');
    await controls.getByRole('button', { name: 'Tijd pauzeren' }).waitFor();
    await expectAccessible(page, 'console run mode, introduction round');
    await screenshot(page, 'console-run-intro');

    // The pitch: F starts the next pitch, P pauses; finishing asks in a dialog in the page.
    await press('n');
    await current('Elevator pitch per gemeente');
    await controls.getByRole('button', { name: /^Start pitch: / }).waitFor();
    await press('f');
    await controls.getByRole('button', { name: 'Pauze' }).waitFor();
    await press('p');
    await controls.getByRole('button', { name: 'Verder' }).waitFor();
    const finish = controls
      .getByRole('region', { name: 'Pitch en tijd' })
      .getByRole('button', { name: 'Afronden' })
      // The dialog's own "Afronden" sits inside the region too: the panel's button comes first.
      .first();
    await tabTo(page, finish);
    await press('Enter');
    const confirm = page.getByRole('dialog', { name: /Alle pitches afronden/ });
    await confirm.waitFor();
    // Focus starts on the safe answer; shortcuts do nothing while the dialog is open.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Nee, terug');
    await press('n');
    await expectAccessible(page, 'console run mode, confirmation dialog');
    await screenshot(page, 'console-run-confirm');
    await press('Escape');
    await confirm.waitFor({ state: 'hidden' });
    expect(await finish.evaluate((el) => el === document.activeElement)).toBe(true);
    await current('Elevator pitch per gemeente');
    await press('Enter');
    await confirm.waitFor();
    await tabTo(page, confirm.getByRole('button', { name: 'Afronden' }), 4, true);
    await press('Enter');
    await finish.waitFor({ state: 'detached' });

    // A plain item: nothing to control, and the panel says so.
    await press('n');
    await current('Conceptueel kader');
    await controls.getByText('Conceptueel kader is een gewoon onderdeel.').waitFor();
    await press('n');
    await current('Lunch');

    // "De kracht van de ander": phones write, D shares the lists, S spotlights note after note.
    await press('n');
    await current('De kracht van de ander');
    for (const [phone, text] of [
      [anna, 'Ze kennen de regels en de weg'],
      [chadia, 'Ze kennen de gezinnen persoonlijk'],
    ] as const) {
      await phone.getByLabel('Jouw antwoord').fill(text);
      await phone.getByRole('button', { name: 'Toevoegen' }).click();
      await controls.getByText(text).waitFor();
    }
    await press('d');
    await anna.getByText('Ze kennen de gezinnen persoonlijk').waitFor();
    await controls.getByRole('button', { name: 'Nieuwe schrijfronde' }).waitFor();
    await press('s');
    await controls.locator('.wp-note--spotlight', { hasText: 'Ze kennen de gezinnen' }).waitFor();
    await press('s');
    await controls.locator('.wp-note--spotlight', { hasText: 'Ze kennen de regels' }).waitFor();
    // The list of shortcuts says what each key does now, in the activity's own words.
    await press('?');
    await help.getByText('Nu: Nieuwe schrijfronde').waitFor();
    await help.getByText('Nu: Uitlichten stoppen').waitFor();
    await screenshot(page, 'console-run-help');
    await press('Escape');
    await help.waitFor({ state: 'hidden' });

    // Preparing another item opens it below, and never in place of, the running controls.
    await tabTo(
      page,
      page
        .locator('.wp-run-item', { hasText: 'Wie speelt welke rol' })
        .getByRole('button', { name: 'Voorbereiden' }),
    );
    await press('Enter');
    const preview = page.locator('#activity-preview');
    await preview.getByRole('heading', { name: 'Voorbereiden: Wie speelt welke rol' }).waitFor();
    await controls.getByRole('heading', { name: 'Bediening: De kracht van de ander' }).waitFor();
    // A shortcut still acts on the running activity, not on the one being prepared.
    await press('s');
    await controls.locator('.wp-note--spotlight').waitFor({ state: 'detached' });
    await expectAccessible(page, 'console run mode, strength with an item being prepared');
    await screenshot(page, 'console-run-strength');
    await tabTo(page, preview.getByRole('button', { name: 'Voorbereiden sluiten' }));
    await press('Enter');
    await preview.waitFor({ state: 'detached' });

    await press('n');
    await current('Pauze');
    await press('n');
    await current('Wie speelt welke rol');
    await controls.getByRole('heading', { name: 'Bediening: Wie speelt welke rol' }).waitFor();
    await controls.getByRole('button', { name: 'Opdracht afsluiten' }).waitFor();
    await expectAccessible(page, 'console run mode, roles');
    await screenshot(page, 'console-run-roles');

    // The tree: typing in a field never fires a shortcut.
    await press('n');
    await current('Boom van de samenwerking');
    const size = controls.getByLabel('Hoe groot mag een groep zijn?');
    await tabTo(page, size);
    await press('n');
    await press('f');
    await current('Boom van de samenwerking');
    await press('Control+a');
    await press('3');
    await tabTo(page, controls.getByRole('button', { name: 'Groepen maken' }));
    await press('Enter');
    await expect
      .poll(() => controls.getByRole('button', { name: 'Start met bouwen' }).isEnabled())
      .toBe(true);
    await press('f');
    await controls.getByRole('button', { name: 'Bomen delen' }).waitFor();
    await press('d');
    await controls.getByText('Nu: Bomen delen').waitFor();
    await expectAccessible(page, 'console run mode, tree');
    await screenshot(page, 'console-run-tree');

    // The rest of the programme, one key each, to the end.
    const titles = await page.locator('.wp-run-item__title').allTextContents();
    expect(titles).toHaveLength(20);
    for (const title of titles.slice(titles.indexOf('Boom van de samenwerking') + 1)) {
      await press('n');
      await current(title);
    }
    await page.getByText('Er komt niets meer. Het programma is klaar.').waitFor();
    await press('n');
    await toast.getByText('Toets N doet nu niets.', { exact: false }).waitFor();
    await tabTo(page, page.getByRole('button', { name: 'Huidig onderdeel afronden' }));
    await press('Enter');
    await toast.getByText('Evaluatie en afsluiting is afgerond.').waitFor();
    await toast.getByRole('button', { name: 'Ongedaan maken' }).waitFor();
    await expectAccessible(page, 'console run mode, the end');
    await screenshot(page, 'console-run-end');

    // The preparing screens are one link away, and back.
    await tabTo(page, page.getByRole('link', { name: 'Voorbereiden' }), 120, true);
    await press('Enter');
    await page.getByRole('heading', { name: 'Samenwerkingsverbanden', level: 2 }).waitFor();
    await expectAccessible(page, 'console preparing screen');
    await screenshot(page, 'console-run-plan');
    // Removing asks in a dialog in the page (no browser confirm()); Escape keeps everything.
    const remove = page
      .locator('#partnerships')
      .getByRole('button', { name: 'Verwijderen' })
      .first();
    await tabTo(page, remove, 200);
    await press('Enter');
    const removal = page.getByRole('dialog', { name: /echt verwijderen\?/ });
    await removal.waitFor();
    await expectAccessible(page, 'console preparing screen, removal dialog');
    await press('Escape');
    await removal.waitFor({ state: 'hidden' });
    expect(await remove.evaluate((el) => el === document.activeElement)).toBe(true);
    await tabTo(page, page.getByRole('link', { name: 'Live' }));
    await press('Enter');
    await page.getByRole('heading', { name: 'Wie is er' }).waitFor();
  }, 300_000);
});
