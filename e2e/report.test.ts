import { describe, expect, it } from 'vitest';
import { browserSession } from './support/session.ts';
import { desktop, expectAccessible, screenshot } from './support/browser.ts';

const s = browserSession();
const EXAMPLE = 'Voorbeeld: tweedaagse Zonheuvel (afgerond)';

describe.skipIf(s.unavailable)('the report screen of the console', () => {
  it('shows the example workshop’s report as a preview, offers each format, and passes axe', async () => {
    const page = await s.open(desktop, '/login');
    await page.getByLabel('E-mailadres').fill('demo@werkplaats.test');
    await page.getByLabel('Wachtwoord').fill('werkplaats-demo');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('link', { name: EXAMPLE }).click();
    await page.getByRole('link', { name: 'Verslag', exact: true }).click();
    await page.getByRole('heading', { name: 'Verslag', level: 2, exact: true }).waitFor();

    // The preview is the printable report, made from the log.
    const preview = page.frameLocator('iframe[title="Voorbeeld van het verslag"]');
    await preview.getByRole('heading', { name: 'Aanleiding en doel' }).waitFor();
    // The facilitators' own words: a conclusion, saved as an event, in the preview at once.
    await page.getByLabel('Deel van het verslag').selectOption({ label: 'Conclusie' });
    await page
      .getByLabel('Tekst', { exact: true })
      .fill('Informeel blijft nodig, ook in multi-etnische teams.');
    await page.getByRole('button', { name: 'Tekst opslaan' }).click();
    await page.getByText('Opgeslagen.', { exact: false }).waitFor();
    await preview.getByRole('heading', { name: 'Conclusie' }).waitFor();
    await preview.getByText('Informeel blijft nodig, ook in multi-etnische teams.').waitFor();
    await expectAccessible(page, 'report screen', ['iframe']);
    await screenshot(page, 'report-console');
    // The report itself, opened as the page a facilitator prints.
    const src = await page.locator('iframe').getAttribute('src');
    const printable = await page.context().newPage();
    await printable.goto(src!);
    await printable.getByRole('heading', { name: 'Aanleiding en doel' }).waitFor();
    await expectAccessible(printable, 'printable report');
    await printable.close();

    // Each download answers with its file; names stay off unless asked for.
    const word = page.getByRole('button', { name: 'Word (.docx)' });
    const asked: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/report.docx')) asked.push(r.url());
    });
    const [download] = await Promise.all([page.waitForEvent('download'), word.click()]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    await page.getByLabel('Namen van deelnemers gebruiken').check();
    const [named] = await Promise.all([page.waitForEvent('download'), word.click()]);
    expect(named.suggestedFilename()).toMatch(/\.docx$/);
    expect(asked.map((u) => new URL(u).searchParams.get('names'))).toEqual(['0', '1']);
  });
});
