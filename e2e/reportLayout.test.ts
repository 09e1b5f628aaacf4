import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, screenshot } from './support/browser.ts';
import { browserSession } from './support/session.ts';

const s = browserSession();
const EXAMPLE = 'Voorbeeld: tweedaagse Zonheuvel (afgerond)';
const BLOCK = 'De kracht van de ander';

/** A laptop screen as facilitators finish a report on. */
const laptop = (browser: Browser, baseURL: string) =>
  browser.newContext({ baseURL, viewport: { width: 1440, height: 900 }, locale: 'nl-NL' });

describe.skipIf(s.unavailable)('editing the report: hide, move, undo', () => {
  it('hides an item, moves a section by keyboard, undoes with Ctrl+Z, and passes axe', async () => {
    const page = await s.open(laptop, '/login');
    await page.getByLabel('E-mailadres').fill('demo@werkplaats.test');
    await page.getByLabel('Wachtwoord').fill('werkplaats-demo');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('link', { name: EXAMPLE }).click();
    await page.getByRole('link', { name: 'Verslag', exact: true }).click();
    const editor = page.getByRole('region', { name: 'Wat staat er in het verslag' });
    const section = editor
      .getByRole('listitem')
      .filter({
        has: page.getByRole('heading', { name: BLOCK, exact: true }),
      })
      .first(); // the block; its part in the appendix has the same title
    await section.getByRole('heading').waitFor();
    await editor.getByRole('heading', { level: 2 }).scrollIntoViewIfNeeded();
    await screenshot(page, 'report-layout-top');
    const status = editor.getByRole('status');
    const preview = page.frameLocator('iframe[title="Voorbeeld van het verslag"]');

    // Hide the first item of the block: greyed out here, gone from the preview.
    await section.locator('summary').click();
    const hide = section.getByRole('button', { name: /^Verberg: / }).first();
    const label = (await hide.getAttribute('aria-label'))!;
    const words = label.replace(/^Verberg: /, '');
    const probe = words.slice(0, 40);
    await preview.getByText(probe, { exact: false }).first().waitFor();
    await hide.click();
    await expect.poll(() => status.textContent()).toContain('Verborgen:');
    await section.getByRole('button', { name: `Toon: ${words}` }).waitFor();
    await expect.poll(() => preview.getByText(probe, { exact: false }).count()).toBe(0);

    // Move the block up with the keyboard; focus stays on the button, the change is announced.
    const up = section.getByRole('button', { name: new RegExp(`: ${BLOCK} omhoog$`) });
    await up.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => status.textContent())
      .toMatch(/'De kracht van de ander' staat nu op plaats/);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toMatch(/: De kracht van de ander (omhoog|omlaag)$/);
    await editor.getByText(`Laatste wijziging: '${BLOCK}' omhoog`, { exact: false }).waitFor();
    const history = editor.getByRole('region', { name: 'Laatste wijzigingen' });
    await history.getByText(`'${BLOCK}' omhoog`, { exact: false }).waitFor();
    await expectAccessible(page, 'report editor', ['iframe']);
    await screenshot(page, 'report-layout');

    // Ctrl+Z outside a text field undoes the move, then the hide.
    await page.keyboard.press('Control+z');
    await expect.poll(() => status.textContent()).toBe(`Ongedaan: '${BLOCK}' omhoog`);
    await page.keyboard.press('Control+z');
    await expect.poll(() => status.textContent()).toMatch(/^Ongedaan: '.*' verborgen in/);
    await section.getByRole('button', { name: `Verberg: ${words}` }).waitFor();
    await preview.getByText(probe, { exact: false }).first().waitFor();
    await history.getByText('ongedaan gemaakt door', { exact: false }).first().waitFor();
    await screenshot(page, 'report-layout-undone');
    await history.scrollIntoViewIfNeeded();
    await screenshot(page, 'report-layout-history');

    // In a text field Ctrl+Z belongs to the text: the report's last change stays as it is.
    const hint = editor.locator('#wp-outline-undo-hint');
    const before = await hint.textContent();
    await page.getByLabel('Tekst', { exact: true }).focus();
    await page.keyboard.press('Control+z');
    await page.waitForTimeout(500);
    expect(await hint.textContent()).toBe(before);
  });
});
