import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { desktop, expectAccessible, projectorScreen, screenshot } from './support/browser.ts';
import { walkPages, workshopState } from './support/projectorFit.ts';
import { browserSession } from './support/session.ts';

const s = browserSession();

const started = Date.now();
const step = (name: string) => console.log(`[plans e2e ${Date.now() - started} ms] ${name}`);

const TITLE = 'Toekomstplannen per samenwerkingsverband';

/** Types into a plan field and leaves it, which saves it (as a person tapping on does). */
async function fillAndLeave(page: Page, label: string, text: string) {
  const field = page.getByLabel(label, { exact: true });
  await field.fill(text);
  await field.blur();
}

/** A plan's partnership id, by municipality. */
async function partnershipOf(municipality: string): Promise<string> {
  const state = await workshopState(s);
  const found = Object.values(state.partnerships).find((p) => p.municipality === municipality);
  if (!found) throw new Error(`no partnership ${municipality}`);
  return found.id;
}

describe.skipIf(s.unavailable)(
  '"Toekomstplannen" in the browser: console, three phones, projector',
  () => {
    it('co-edits a plan live on two phones, keeps it private until shared, and fits 200 items on the projector', async () => {
      const consolePage = await s.open(desktop, '/login');
      await s.signIn(consolePage);
      const projector = await s.open(projectorScreen, `/projector/${s.server.code}`);
      const anna = await s.joinPhone('Anna', 'Utrecht', 'Formele werker');
      const chadia = await s.joinPhone('Chadia', 'Utrecht', 'Informele werker');
      const dewi = await s.joinPhone('Dewi', 'Zaanstad', 'Informele werker');

      step('the facilitator starts the plans');
      const activityId = await s.activityOf('plans');
      await s.command({ type: 'startActivity', activityId });
      for (const page of [anna, chadia, dewi])
        await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
      await anna.getByRole('heading', { name: 'Plan van Utrecht' }).waitFor();
      await expectAccessible(anna, 'plans phone, empty plan');

      step('Anna adds a goal and an action; Chadia sees them live');
      await anna.getByLabel('Nieuw doel').fill('De buurtteams overtuigen');
      await anna.getByRole('button', { name: 'Doel toevoegen' }).click();
      await expect
        .poll(() => chadia.getByLabel('Doel', { exact: true }).inputValue())
        .toBe('De buurtteams overtuigen');
      await anna
        .getByLabel('Nieuwe actie: wat gaan jullie doen?')
        .fill('Leerbijeenkomst organiseren');
      await anna.getByRole('button', { name: 'Actie toevoegen' }).click();
      await chadia.getByRole('heading', { name: 'Actie 1' }).waitFor();

      step('both phones edit the same action at once: different fields, neither is lost');
      await Promise.all([
        fillAndLeave(anna, 'Wanneer is het klaar?', 'Voor de zomer'),
        (async () => {
          await chadia.getByRole('radio', { name: 'Formeel en informeel samen' }).check();
          await fillAndLeave(chadia, 'Welke steun is nodig? (mag leeg blijven)', 'Een zaal');
        })(),
      ]);
      for (const page of [anna, chadia]) {
        await expect
          .poll(() => page.getByLabel('Wanneer is het klaar?', { exact: true }).inputValue())
          .toBe('Voor de zomer');
        await expect
          .poll(() =>
            page
              .getByLabel('Welke steun is nodig? (mag leeg blijven)', { exact: true })
              .inputValue(),
          )
          .toBe('Een zaal');
        await expect
          .poll(() => page.getByRole('radio', { name: 'Formeel en informeel samen' }).isChecked())
          .toBe(true);
      }

      step('a supporter and an open question; Zaanstad and the projector see only counts');
      await anna.getByLabel('Wie vragen jullie om steun?').fill('Teamleider buurtteam');
      await anna.getByRole('button', { name: 'Persoon toevoegen' }).click();
      await chadia.getByLabel('Nieuwe vraag').fill('Welke afspraken gelden voor jeugdteams?');
      await chadia.getByRole('button', { name: 'Vraag toevoegen' }).click();
      await expect
        .poll(() => anna.getByLabel('Vraag', { exact: true }).inputValue())
        .toBe('Welke afspraken gelden voor jeugdteams?');
      await projector.getByRole('heading', { name: 'De plannen groeien' }).waitFor();
      await projector
        .locator('.wp-plans-progress__item', { hasText: 'Utrecht' })
        .getByText('1 vraag')
        .waitFor();
      for (const page of [dewi, projector]) {
        expect(await page.content()).not.toContain('De buurtteams overtuigen');
        expect(await page.content()).not.toContain('Welke afspraken gelden');
      }
      await expectAccessible(anna, 'plans phone, writing');
      await expectAccessible(dewi, 'plans phone, other partnership');
      await expectAccessible(projector, 'plans projector, counts');
      expect(await anna.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        360,
      );
      await anna.evaluate(() => document.getElementById('plans-own')?.scrollIntoView());
      await screenshot(anna, 'plans-phone');

      step('the facilitator sees every plan, shares Utrecht and puts it on the projector');
      await consolePage.getByRole('heading', { name: 'Plannen per gemeente' }).waitFor();
      await consolePage
        .locator('.wp-plans-overview__row', { hasText: 'Utrecht' })
        .getByText('1 actie')
        .waitFor();
      await expectAccessible(consolePage, 'plans console');
      await consolePage.getByRole('button', { name: 'Plan van Utrecht delen' }).click();
      await projector.getByRole('heading', { name: 'Plan van Utrecht' }).waitFor();
      await projector.getByText('Leerbijeenkomst organiseren').waitFor();
      await dewi.getByRole('heading', { name: 'Gedeelde plannen van andere gemeenten' }).waitFor();
      await consolePage.getByRole('button', { name: 'Op het scherm: Utrecht' }).click();
      await consolePage.getByRole('button', { name: 'Plannen om de beurt tonen' }).waitFor();
      await expectAccessible(projector, 'plans projector, shared plan');
      await screenshot(projector, 'plans-projector');
      await screenshot(consolePage, 'plans-console');
      expect(await projector.content()).not.toContain('Dewi');

      step('200 items in one plan fit both projector sizes, over pages');
      const zaanstad = await partnershipOf('Zaanstad');
      const lists = ['goals', 'actions', 'supporters', 'questions'] as const;
      for (let i = 0; i < 200; i++) {
        const list = lists[i % 4]!;
        const words = `Zaans punt ${i + 1}: samen in de wijk, met de ouders en de school`;
        const item =
          list === 'actions'
            ? { list, what: words, who: 'both', byWhen: 'Voor de zomer' }
            : list === 'supporters'
              ? { list, side: i % 8 === 1 ? 'formal' : 'informal', name: words }
              : { list, text: words };
        await s.command({ type: 'addItem', item, partnershipId: zaanstad }, activityId);
      }
      await s.command({ type: 'sharePlan', partnershipId: zaanstad }, activityId);
      await s.command({ type: 'spotlightPlan', partnershipId: zaanstad }, activityId);
      for (const size of [
        { width: 1920, height: 1080, minBody: 28 },
        { width: 1280, height: 720, minBody: 20 },
      ]) {
        const screen = await s.open(
          (b, u) => projectorScreen(b, u, size),
          `/projector/${s.server.code}`,
        );
        await screen.emulateMedia({ reducedMotion: 'reduce' });
        await screen.getByRole('heading', { name: 'Plan van Zaanstad' }).waitFor();
        const seen = await walkPages(screen, `plans ${size.width}×${size.height}`, size.minBody);
        expect(seen.filter((text) => text.includes('Zaans punt')).length).toBe(200);
        await expectAccessible(screen, `plans projector ${size.width}×${size.height}`);
        if (size.width === 1280) await screenshot(screen, 'plans-projector-200');
      }
    });
  },
);
