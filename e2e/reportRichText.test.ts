import { describe, expect, it } from 'vitest';
import { browserSession } from './support/session.ts';
import { desktop, expectAccessible, phone, screenshot } from './support/browser.ts';

const s = browserSession();
const EXAMPLE = 'Voorbeeld: tweedaagse Zonheuvel (afgerond)';

describe.skipIf(s.unavailable)('formatting the facilitators’ own words in the report', () => {
  // First: the example's conclusion is still the draft (the next test writes its own).
  it('starts the conclusion from the evaluation’s draft on a phone, ready to change and save', async () => {
    const page = await s.open(phone, '/login');
    await page.getByLabel('E-mailadres').fill('demo@werkplaats.test');
    await page.getByLabel('Wachtwoord').fill('werkplaats-demo');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('link', { name: EXAMPLE }).click();
    await page.getByRole('link', { name: 'Verslag', exact: true }).click();
    const draft = page.getByRole('button', { name: 'Begin met de opzet uit de evaluatie' });
    expect(await draft.count()).toBe(0); // only for the conclusion
    await page.getByLabel('Deel van het verslag').selectOption({ label: 'Conclusie' });
    await draft.click();
    await page.getByText('De opzet staat in het tekstvak.', { exact: false }).waitFor();
    const text = page.getByLabel('Tekst', { exact: true });
    expect((await text.inputValue()).length).toBeGreaterThan(40);
    await expect.poll(() => draft.count()).toBe(0); // the box is no longer empty
    await expectAccessible(page, 'conclusion from the draft', ['iframe']);
    await screenshot(page, 'report-conclusion-draft-phone');
  });

  it('makes bold text and a link with the buttons, shows them in the preview and the report, and passes axe', async () => {
    const page = await s.open(desktop, '/login');
    await page.getByLabel('E-mailadres').fill('demo@werkplaats.test');
    await page.getByLabel('Wachtwoord').fill('werkplaats-demo');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('link', { name: EXAMPLE }).click();
    await page.getByRole('link', { name: 'Verslag', exact: true }).click();
    await page.getByLabel('Deel van het verslag').selectOption({ label: 'Conclusie' });

    const text = page.getByLabel('Tekst', { exact: true });
    const toolbar = page.getByRole('group', { name: 'Opmaak van de tekst' });
    const preview = page.getByRole('region', { name: 'Zo komt de tekst in het verslag' });
    await text.fill('');
    // Bold with the button: nothing selected gives a selected placeholder to type over.
    await toolbar.getByRole('button', { name: 'Vet' }).click();
    await page.keyboard.type('Informeel blijft nodig');
    await page.keyboard.press('End');
    await page.keyboard.type('. Lees ');
    // A link: the words first, then the button selects the address to type.
    await page.keyboard.type('het onderzoek');
    await page.keyboard.down('Shift');
    for (let i = 0; i < 'het onderzoek'.length; i++) await page.keyboard.press('ArrowLeft');
    await page.keyboard.up('Shift');
    await toolbar.getByRole('button', { name: 'Link' }).click();
    await page.keyboard.type('https://example.org/onderzoek');
    await page.keyboard.press('End');
    await page.keyboard.type('. ');
    // Ctrl+I: italic from the keyboard, with a placeholder as well.
    await page.keyboard.press('Control+I');
    await page.keyboard.type('Echt');
    expect(await text.inputValue()).toBe(
      '**Informeel blijft nodig**. Lees [het onderzoek](https://example.org/onderzoek). *Echt*',
    );

    // The preview shows the marks as the report will: bold, a link, italics; no signs.
    await expect.poll(() => preview.locator('strong').textContent()).toBe('Informeel blijft nodig');
    const link = preview.getByRole('link', { name: 'het onderzoek' });
    expect(await link.getAttribute('href')).toBe('https://example.org/onderzoek');
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await preview.locator('em').textContent()).toBe('Echt');
    expect(await preview.textContent()).not.toContain('**');

    // Unsafe words stay words in the preview too.
    await text.press('End');
    await text.press('Enter');
    await text.press('Enter');
    await page.keyboard.type('[x](javascript:alert(1)) <img src=x onerror=alert(1)>');
    await preview.getByText('x <img src=x onerror=alert(1)>').waitFor();
    expect(await preview.locator('a').count()).toBe(1);
    expect(await preview.locator('img').count()).toBe(0);

    await expectAccessible(page, 'report text with formatting', ['iframe']);
    await screenshot(page, 'report-rich-text');

    // Saved, the report itself shows the same marks.
    await page.getByRole('button', { name: 'Tekst opslaan' }).click();
    await page.getByText('Opgeslagen.', { exact: false }).waitFor();
    const report = page.frameLocator('iframe[title="Voorbeeld van het verslag"]');
    await report.locator('strong', { hasText: 'Informeel blijft nodig' }).waitFor();
    expect(await report.getByRole('link', { name: 'het onderzoek' }).getAttribute('href')).toBe(
      'https://example.org/onderzoek',
    );
    expect(await report.locator('img[src="x"]').count()).toBe(0);
  });
});
