import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newId } from '../src/server/room/rooms.ts';
import { expectAccessible, projectorScreen, screenshot } from './support/browser.ts';
import { asParticipant, joinMany, settled } from './support/projectorFit.ts';
import { browserSession } from './support/session.ts';

/**
 * The remote for the projector in the console's live screen: with a strength activity whose
 * lists take several pages on a 1280×720 beamer, "Volgende pagina" in the console turns the
 * projector's page, "Vastzetten" stops its rotation, the keys ] and [ page too, and without
 * a projector the control says so and is off. Real server, real sockets, real Chromium.
 */
const s = browserSession();

const laptop = (browser: Browser, baseURL: string) =>
  browser.newContext({ baseURL, viewport: { width: 1440, height: 900 }, locale: 'nl-NL' });

/** The projector turns pages by itself every 12 s (useRotation's ROTATE_MS). */
const ROTATE_MS = 12_000;
const NOTES = 60;
const PHRASES = [
  'ze kennen de families en hun netwerk',
  'ze spreken de taal van de ouders',
  'ze weten de weg naar hulp en regels',
];

const countOf = async (page: Page) =>
  (await page.locator('.wp-fit__count').textContent())?.trim() ?? '';

describe.skipIf(s.unavailable)('the remote for the projector in the console', () => {
  it('pages and pins the projector from the live screen, and says when none is there', async () => {
    // A strength activity (it starts in its first write round), then in its plenary with enough
    // notes for several projector pages.
    const activityId = await s.activityOf('strength');
    const [formal, informal] = await joinMany(s, 0, 2, newId);
    await s.command({ type: 'startActivity', activityId });
    for (let i = 0; i < NOTES; i++)
      await asParticipant(s, i % 2 ? informal! : formal!, activityId, {
        type: 'addNote',
        text: `Briefje ${i + 1}: ${PHRASES.slice(0, 1 + (i % PHRASES.length)).join(', ')}`,
      });
    await s.command({ type: 'startPlenary' }, activityId);

    // The console first: no projector yet, so the control says so and its buttons are off.
    const console_ = await s.open(laptop, '/login');
    await s.signIn(console_);
    const remote = console_.getByRole('region', { name: 'Scherm in de zaal' });
    const previous = remote.getByRole('button', { name: 'Vorige pagina' });
    const next = remote.getByRole('button', { name: 'Volgende pagina' });
    const pin = remote.getByRole('button', { name: 'Vastzetten' });
    await remote.getByText('Er is geen scherm in de zaal verbonden.').waitFor();
    for (const button of [previous, next, pin]) expect(await button.isDisabled()).toBe(true);
    await remote.getByRole('link', { name: /Scherm voor de zaal openen/ }).waitFor();
    await expectAccessible(console_, 'console live screen, no projector');
    await screenshot(console_, 'console-projector-remote-none');

    // The projector comes: the console shows its page, "1 / N" with N > 1.
    const projector = await s.open(
      (b, u) => projectorScreen(b, u, { width: 1280, height: 720 }),
      `/projector/${s.server.code}`,
    );
    await projector.locator('.wp-fit__count').waitFor();
    await settled(projector);
    const consoleCount = remote.locator('.wp-run-remote__count [aria-hidden="true"]');
    const same = async () => {
      const shown = await countOf(projector);
      await expect.poll(() => consoleCount.textContent()).toBe(shown);
      return shown;
    };
    const first = await same();
    const pages = Number(first.split('/')[1]);
    expect(pages, 'the notes take several pages at 1280×720').toBeGreaterThanOrEqual(3);
    await remote.getByText('De pagina’s wisselen vanzelf.').waitFor();
    expect(await next.isDisabled()).toBe(false);
    expect(await pin.getAttribute('aria-pressed')).toBe('false');

    // Pin from the console: the projector's own pin button is pressed, and no page turns.
    await pin.click();
    const projectorPin = projector.getByRole('button', { name: 'Pagina vastzetten' });
    await expect.poll(() => projectorPin.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => pin.getAttribute('aria-pressed')).toBe('true');
    await remote.getByText('Vastgezet: deze pagina blijft staan.').waitFor();
    const pinnedAt = await same();
    const page = Number(pinnedAt.split('/')[0]);
    await projector.waitForTimeout(ROTATE_MS + 1500);
    expect(await countOf(projector), 'pinned: the page stayed').toBe(pinnedAt);

    // "Volgende pagina" in the console turns the projector's page (by Tab and Enter too).
    const expected = (n: number) => `${((n - 1 + pages) % pages) + 1} / ${pages}`;
    await next.click();
    await expect.poll(() => countOf(projector)).toBe(expected(page + 1));
    await same();
    await next.focus();
    await console_.keyboard.press('Enter');
    await expect.poll(() => countOf(projector)).toBe(expected(page + 2));
    await previous.click();
    await expect.poll(() => countOf(projector)).toBe(expected(page + 1));
    // The shortcuts: ] on, [ back (with focus on the page, not in a field).
    await console_.locator('#controls-title').focus();
    await console_.keyboard.press(']');
    await expect.poll(() => countOf(projector)).toBe(expected(page + 2));
    await console_.keyboard.press('[');
    await expect.poll(() => countOf(projector)).toBe(expected(page + 1));
    await same();
    await settled(projector);
    await expectAccessible(console_, 'console live screen, projector remote');
    await screenshot(console_, 'console-projector-remote');
    await screenshot(projector, 'projector-remote-1280');
    // Right to left (as for Arabic): the arrows point the way the pages run on both screens.
    for (const screen of [console_, projector])
      await screen.evaluate(() => (document.documentElement.dir = 'rtl'));
    await screenshot(console_, 'console-projector-remote-rtl');
    await screenshot(projector, 'projector-remote-1280-rtl');
    for (const screen of [console_, projector])
      await screen.evaluate(() => (document.documentElement.dir = 'ltr'));

    // The shortcuts are listed in the help overlay.
    await console_.keyboard.press('?');
    const help = console_.getByRole('dialog', { name: 'Sneltoetsen' });
    await help.getByText('Volgende pagina op het scherm in de zaal').waitFor();
    await help.getByText('Vorige pagina op het scherm in de zaal').waitFor();
    await console_.keyboard.press('Escape');
    await help.waitFor({ state: 'hidden' });

    // Unpin: the pages turn by themselves again.
    await pin.click();
    await expect.poll(() => projectorPin.getAttribute('aria-pressed')).toBe('false');
    await remote.getByText('De pagina’s wisselen vanzelf.').waitFor();

    // The projector goes: the console notices within its 12 s and turns the control off.
    await projector.close();
    await remote.getByText('Er is geen scherm in de zaal verbonden.').waitFor({ timeout: 20_000 });
    expect(await next.isDisabled()).toBe(true);
    await s.command({ type: 'stopActivity', activityId });
  }, 90_000);
});
