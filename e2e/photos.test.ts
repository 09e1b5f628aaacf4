import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { expectAccessible, phone, screenshot } from './support/browser.ts';
import { browserSession } from './support/session.ts';

const s = browserSession();
const TITLE = 'Onderzoekswerkplaats Doorn';

/** A small "photo of a flip-chart": what the camera input hands over. */
async function flipChart(): Promise<Buffer> {
  return sharp({ create: { width: 800, height: 600, channels: 3, background: '#f5f1e6' } })
    .composite([
      {
        input: { create: { width: 600, height: 60, channels: 3, background: '#2f5d50' } },
        left: 100,
        top: 120,
      },
    ])
    .jpeg()
    .toBuffer();
}

/** One saved photo in the block's list, by its caption. */
const item = (page: Page, caption: string) => page.locator('.wp-photo-item', { hasText: caption });

describe.skipIf(s.unavailable)('photos of the room on the note-taking screen', () => {
  it('takes a photo on a phone, asks about people, keeps it out of the report until everyone said yes', async () => {
    const page = await s.open(phone, '/login');
    await page.getByLabel('E-mailadres').fill('demo@werkplaats.test');
    await page.getByLabel('Wachtwoord').fill('werkplaats-demo');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('link', { name: TITLE }).waitFor();
    await page.goto(`/console/${s.server.workshopId}/notes`);
    await page.getByRole('heading', { name: "Foto's", level: 2 }).waitFor();
    await page.getByText("Nog geen foto's bij dit onderdeel.").waitFor();
    // The photos belong to the block chosen above (the one running now, or the first).
    const blockId = await page.getByLabel('Onderdeel van het programma').inputValue();

    // Bytes that are no photo: a clear message, and the chosen file stays for another try.
    const input = page.locator('input[type="file"][capture="environment"]');
    expect(await input.getAttribute('accept')).toBe('image/*');
    await input.setInputFiles({
      name: 'notitie.jpg',
      mimeType: 'image/jpeg',
      buffer: Buffer.from('dit is geen foto'),
    });
    await page.getByRole('radio', { name: 'Nee' }).check();
    await page.getByRole('button', { name: 'Foto bewaren' }).click();
    await page.getByText('Dit is geen foto die Werkplaats kan lezen', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Opnieuw proberen' }).waitFor();

    // A real photo with people on it, consent not yet asked.
    await input.setInputFiles({
      name: 'IMG_2041.jpg',
      mimeType: 'image/jpeg',
      buffer: await flipChart(),
    });
    await page.getByLabel('Onderschrift').fill('Groep 2 aan het kegelen');
    await page.getByRole('radio', { name: 'Ja' }).check();
    await page
      .getByText('Vraag iedereen op de foto of het goed is dat de foto in het verslag komt.')
      .waitFor();
    await expectAccessible(page, 'photo form on a phone');
    await page.getByRole('button', { name: 'Foto bewaren' }).click();
    await page.getByText('Foto bewaard.').waitFor();
    const saved = item(page, 'Groep 2 aan het kegelen');
    await saved.getByText('Niet in het verslag: toestemming ontbreekt').waitFor();
    // The thumbnail loads (the facilitators' own photo address).
    await expect
      .poll(() => saved.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBeGreaterThan(0);
    const [photo] = Object.values(
      (await s.server.app.ctx.rooms.get(s.server.workshopId)).state.reportPhotos,
    );
    expect(photo).toMatchObject({ blockId, people: true, consent: false });

    // Asked later: everyone said yes.
    await saved.getByLabel('Iedereen zei ja').check();
    await saved.getByText('Komt in het verslag').waitFor();
    await expectAccessible(page, 'photo list on a phone');
    await screenshot(page, 'notes-photos-phone');

    // The caption changed, then the photo removed after saying yes.
    await saved.getByRole('button', { name: 'Bewerken' }).click();
    await saved.getByLabel('Onderschrift').fill('Kegelen in de tuin');
    await saved.getByRole('button', { name: 'Opslaan' }).click();
    const renamed = item(page, 'Kegelen in de tuin');
    await renamed.waitFor();
    await renamed.getByRole('button', { name: 'Verwijderen' }).click();
    await page.getByRole('button', { name: 'Ja, verwijderen' }).click();
    await renamed.waitFor({ state: 'detached' });
    await page.getByText("Nog geen foto's bij dit onderdeel.").waitFor();
  });
});
