import { describe, expect, it } from 'vitest';
import { newId } from '../src/server/room/rooms.ts';
import { desktop, expectAccessible, projectorScreen, screenshot } from './support/browser.ts';
import { asParticipant, joinMany, walkPages } from './support/projectorFit.ts';
import { browserSession } from './support/session.ts';

const s = browserSession();

describe.skipIf(s.unavailable)('"Wat heeft je verrast?" in the browser', () => {
  it('fills the wall on the projector live, keeps authors anonymous, and passes axe', async () => {
    const consolePage = await s.open(desktop, '/login');
    await s.signIn(consolePage);
    const projector = await s.open(projectorScreen, `/projector/${s.server.code}`);
    const anna = await s.joinPhone('Anna', 'Utrecht', 'Formele werker');
    const bilal = await s.joinPhone('Bilal', 'Zaanstad', 'Informele werker');

    await consolePage
      .locator('.wp-run-item', { hasText: 'Wat heeft je verrast?' })
      .getByRole('button', { name: 'Nu starten' })
      .click();
    for (const page of [anna, bilal])
      await page.getByRole('heading', { name: 'Wat heeft je verrast?', level: 1 }).waitFor();
    await projector.getByText('Deel op je telefoon wat je verraste').waitFor();
    await expectAccessible(anna, 'surprise phone, empty');

    // Two phones share; the wall fills on the projector and the other phone.
    await anna.getByLabel('Jouw tekst').fill('De open en veilige sfeer');
    await anna.getByRole('button', { name: 'Delen' }).click();
    await bilal.getByLabel('Jouw tekst').fill('Hoeveel rollen informele werkers spelen');
    await bilal.getByRole('button', { name: 'Delen' }).click();
    await projector.getByText('De open en veilige sfeer').waitFor();
    await projector.getByText('Hoeveel rollen informele werkers spelen').waitFor();
    await bilal.locator('.wp-note__text', { hasText: 'De open en veilige sfeer' }).waitFor();
    await anna
      .locator('.wp-note', { hasText: 'De open en veilige sfeer' })
      .getByText('Van jou')
      .waitFor();
    // Anonymous by default: no name on the projector or on the other phone.
    expect(await projector.locator('main').textContent()).not.toContain('Anna');
    expect(
      await bilal.locator('.wp-note', { hasText: 'De open en veilige sfeer' }).textContent(),
    ).not.toContain('Anna');

    // The author edits her own text.
    const mine = anna.locator('.wp-note', { hasText: 'De open en veilige sfeer' });
    await mine.getByRole('button', { name: 'Wijzigen' }).click();
    await anna.getByLabel('Wijzigen').fill('De open en veilige sfeer, iedereen kon zichzelf zijn');
    await anna.getByRole('button', { name: 'Opslaan' }).click();
    await projector.getByText('iedereen kon zichzelf zijn').waitFor();

    // The facilitator types in what someone says aloud, and spotlights it.
    await consolePage.getByLabel('Typ wat iemand hardop zegt').fill('De chemie tussen ons');
    await consolePage.getByRole('button', { name: 'Op de muur zetten' }).click();
    await projector.getByText('De chemie tussen ons').waitFor();
    await consolePage
      .locator('.wp-note', { hasText: 'De chemie tussen ons' })
      .getByRole('button', { name: 'Uitlichten' })
      .click();
    await projector.locator('.wp-surprise-spotlight').waitFor();
    await expectAccessible(consolePage, 'surprise console');
    await expectAccessible(projector, 'surprise projector');
    await expectAccessible(anna, 'surprise phone');
    await screenshot(projector, 'surprise-projector');
    await anna.evaluate(() => window.scrollTo(0, 0));
    await screenshot(anna, 'surprise-phone');
    await screenshot(consolePage, 'surprise-console');
    expect(await anna.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );

    // Hiding takes a text off the wall everywhere.
    await consolePage
      .locator('.wp-note', { hasText: 'Hoeveel rollen' })
      .getByRole('button', { name: 'Verbergen' })
      .click();
    await projector
      .getByText('Hoeveel rollen informele werkers spelen')
      .waitFor({ state: 'detached' });
    await bilal
      .locator('.wp-note__text', { hasText: 'Hoeveel rollen informele werkers spelen' })
      .waitFor({ state: 'detached' });

    // 200 texts fit both beamers, page after page, and the newest stays in view.
    const activityId = await s.activityOf('surprise');
    const people = await joinMany(s, 0, 20, newId);
    for (let i = 0; i < 200; i++)
      await asParticipant(s, people[i % people.length]!, activityId, {
        type: 'addText',
        text: `Verrassing ${i + 1}: ${'het delen van ervaringen '.repeat(1 + (i % 4)).trim()}`,
      });
    await s.command({ type: 'spotlightText', textId: null }, activityId);
    // The projector that watched them come in shows the page with the newest.
    await projector.getByText('Verrassing 200:').waitFor();
    for (const size of [
      { width: 1920, height: 1080, minBody: 28 },
      { width: 1280, height: 720, minBody: 20 },
    ]) {
      const page = await s.open(
        (b, u) => projectorScreen(b, u, size),
        `/projector/${s.server.code}`,
      );
      await page.locator('.wp-fit__count').waitFor();
      const seen = await walkPages(page, `surprise 200 at ${size.width}`, size.minBody);
      expect(seen.filter((text) => text.startsWith('Verrassing'))).toHaveLength(200);
      await screenshot(page, `surprise-projector-200-${size.width}`);
    }

    // Closing the round tells the phones what happens next.
    await consolePage.getByRole('button', { name: 'Ronde afsluiten' }).click();
    await bilal.getByText('Deze ronde is klaar').waitFor();
    await expectAccessible(bilal, 'surprise phone, closed');
  }, 240_000);
});
