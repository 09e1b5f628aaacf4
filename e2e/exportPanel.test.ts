import fs from 'node:fs';
import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { desktop, expectAccessible, screenshot } from './support/browser.ts';
import { browserSession } from './support/session.ts';

const s = browserSession();
const EXAMPLE = 'Voorbeeld: tweedaagse Zonheuvel (afgerond)';

async function openReport(page: Page) {
  await page.getByLabel('E-mailadres').fill('demo@werkplaats.test');
  await page.getByLabel('Wachtwoord').fill('werkplaats-demo');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('link', { name: EXAMPLE }).click();
  await page.getByRole('link', { name: 'Verslag', exact: true }).click();
  await page.getByRole('heading', { name: 'Verslag', level: 2, exact: true }).waitFor();
}

/** Holds a request back until `release` is called: the server "still making" the file. */
function holdBack(page: Page, pattern: string) {
  let release: () => void = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  const handler = async (route: Route) => {
    await released;
    await route.continue().catch(() => {}); // the page may have stopped waiting meanwhile
  };
  return { ready: page.route(pattern, handler), release, stop: () => page.unroute(pattern) };
}

describe.skipIf(s.unavailable)('the downloads of the report screen', () => {
  it('shows the making, then saves the PDF and the XLSX under the server’s names', async () => {
    const page = await s.open(desktop, '/login');
    await openReport(page);
    const pdfItem = page.locator('.wp-download', {
      has: page.getByRole('button', { name: 'PDF (.pdf)', exact: true }),
    });

    // While the server makes the file: the seconds count, a progress bar, a way to stop.
    const held = holdBack(page, '**/report.pdf?*');
    await held.ready;
    await page.getByRole('button', { name: 'PDF (.pdf)', exact: true }).click();
    await pdfItem
      .locator('.wp-download__status', { hasText: /Bezig met maken… [1-9] s/ })
      .waitFor();
    await expect.poll(() => pdfItem.locator('progress').count()).toBe(1);
    expect(
      await page.getByRole('button', { name: 'PDF (.pdf)', exact: true }).getAttribute('aria-busy'),
    ).toBe('true');
    await expectAccessible(page, 'report screen while a PDF is made', ['iframe']);
    await screenshot(page, 'report-export-making');
    const [pdf] = await Promise.all([page.waitForEvent('download'), held.release()]);
    await held.stop();
    expect(pdf.suggestedFilename()).toBe('Voorbeeld-tweedaagse-Zonheuvel-afgerond.pdf');
    const pdfBytes = fs.readFileSync((await pdf.path())!);
    expect(pdfBytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await pdfItem
      .locator('.wp-download__status', {
        hasText: /^Klaar: Voorbeeld-tweedaagse-Zonheuvel-afgerond\.pdf \(\d+ kB\)/,
      })
      .waitFor();

    const xlsxItem = page.locator('.wp-download', {
      has: page.getByRole('button', { name: 'Excel (.xlsx)', exact: true }),
    });
    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Excel (.xlsx)', exact: true }).click(),
    ]);
    expect(xlsx.suggestedFilename()).toBe('Voorbeeld-tweedaagse-Zonheuvel-afgerond.xlsx');
    const xlsxBytes = fs.readFileSync((await xlsx.path())!);
    expect(xlsxBytes.subarray(0, 2).toString('latin1')).toBe('PK');
    await xlsxItem.locator('.wp-download__status', { hasText: /^Klaar: .*\.xlsx/ }).waitFor();
    await expectAccessible(page, 'report screen after two downloads', ['iframe']);
    await screenshot(page, 'report-export-done');
  });

  it('stops a download on request, and explains a refusal with a way to try again', async () => {
    const page = await s.open(desktop, '/login');
    await openReport(page);
    const item = page.locator('.wp-download', {
      has: page.getByRole('button', { name: 'Word (.docx)', exact: true }),
    });

    const held = holdBack(page, '**/report.docx?*');
    await held.ready;
    await page.getByRole('button', { name: 'Word (.docx)', exact: true }).click();
    await page.getByRole('button', { name: 'Stoppen met Word (.docx)' }).click();
    await item
      .locator('.wp-download__status', { hasText: 'Gestopt. Er is niets opgeslagen.' })
      .waitFor();
    held.release();
    await held.stop();

    // The server's coded refusal, in its words, and the button to try again.
    await page.route('**/report.docx?*', (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/json',
        body: JSON.stringify({
          error: {
            code: 'WP_ERR_EXPORT_UNAVAILABLE',
            message:
              'Dit bestand kan de server nu niet maken. Kies een ander formaat, of vraag de beheerder om hulp.',
          },
        }),
      }),
    );
    await page.getByRole('button', { name: 'Word (.docx)', exact: true }).click();
    await item
      .locator('.wp-download__status', { hasText: 'Dit bestand kan de server nu niet maken.' })
      .waitFor();
    await expectAccessible(page, 'report screen with a refused download', ['iframe']);
    await screenshot(page, 'report-export-failed');
    await page.unroute('**/report.docx?*');
    const [again] = await Promise.all([
      page.waitForEvent('download'),
      item.getByRole('button', { name: 'Probeer opnieuw' }).click(),
    ]);
    expect(again.suggestedFilename()).toMatch(/\.docx$/);
    await item.locator('.wp-download__status', { hasText: /^Klaar:/ }).waitFor();
    await expect.poll(() => item.getByRole('button', { name: 'Probeer opnieuw' }).count()).toBe(0);
  });
});
