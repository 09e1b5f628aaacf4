import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { PlenaryState } from '../src/activities/plenary/schema.ts';
import { newId } from '../src/server/room/rooms.ts';
import { desktop, expectAccessible, projectorScreen, screenshot } from './support/browser.ts';
import { asParticipant, joinMany, walkPages, workshopState } from './support/projectorFit.ts';
import { browserSession } from './support/session.ts';

const s = browserSession();
const PROMPT = 'Hoe blijft de krachtige positie van informeel behouden?';

async function addNote(page: Page, text: string) {
  await page.getByLabel('Jouw antwoord').fill(text);
  await page.getByRole('button', { name: 'Toevoegen' }).click();
  await page.locator('.wp-note:not(.wp-note--pending) .wp-note__text', { hasText: text }).waitFor();
}

/** A zone of the console's board, by its heading. */
const zone = (page: Page, name: string) =>
  page.locator('section.wp-plenary-zone', { has: page.getByRole('heading', { name }) });

describe.skipIf(s.unavailable)('"Plenaire vraag" in the browser', () => {
  it('collects notes, clusters them by dragging and by menu, shows the clusters, passes axe', async () => {
    const consolePage = await s.open(desktop, '/login');
    await s.signIn(consolePage);
    const projector = await s.open(projectorScreen, `/projector/${s.server.code}`);
    const anna = await s.joinPhone('Anna', 'Utrecht', 'Formele werker');
    const bilal = await s.joinPhone('Bilal', 'Zaanstad', 'Informele werker');

    // The first of the programme's two plenary questions.
    await consolePage
      .locator('.wp-run-item', { hasText: 'Vraag die overal terugkwam: informeel' })
      .getByRole('button', { name: 'Nu starten' })
      .click();
    for (const page of [anna, bilal]) await page.getByText(PROMPT).waitFor();
    await projector.getByRole('heading', { name: PROMPT }).waitFor();
    await expectAccessible(anna, 'plenary phone, empty');

    await addNote(anna, 'Een aparte stichting voor informele werkers');
    await addNote(bilal, 'Zoek andere informele partners');
    await addNote(bilal, 'Leg de eigenheid van informeel vast');
    await projector.getByText('Leg de eigenheid van informeel vast').waitFor();
    await anna.locator('.wp-note__text', { hasText: 'Zoek andere informele partners' }).waitFor();
    // Anonymous by default: no names on the projector or the other phone.
    expect(await projector.locator('main').textContent()).not.toContain('Bilal');
    expect(await anna.locator('.wp-plenary').textContent()).not.toContain('Bilal');

    // The facilitator makes two clusters.
    for (const name of ['Eigen organisatie', 'Netwerk']) {
      await consolePage.getByLabel('Naam van een nieuw cluster').fill(name);
      await consolePage.getByRole('button', { name: 'Cluster maken' }).click();
      await zone(consolePage, name).waitFor();
    }
    // Keyboard path: the menu on a note.
    const stichting = consolePage.locator('.wp-plenary-board-note', {
      hasText: 'Een aparte stichting',
    });
    await stichting
      .getByLabel('Verplaats naar cluster')
      .selectOption({ label: 'Eigen organisatie' });
    await stichting.getByRole('button', { name: 'Verplaatsen' }).click();
    await zone(consolePage, 'Eigen organisatie').getByText('Een aparte stichting').waitFor();
    // Pointer path: drag a note by its handle into a cluster.
    const handle = consolePage.getByRole('button', {
      name: 'Verslepen: Zoek andere informele partners',
    });
    const target = zone(consolePage, 'Netwerk');
    // A tall window, so the note and the cluster are both in view under the sticky bar.
    await consolePage.setViewportSize({ width: 1280, height: 1800 });
    await consolePage
      .locator('.wp-plenary-board')
      .evaluate((el) => el.scrollIntoView({ block: 'center' }));
    const from = (await handle.boundingBox())!;
    const to = (await target.boundingBox())!;
    await consolePage.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await consolePage.mouse.down();
    // A small move first: dragging starts after a few pixels, as for a real hand.
    await consolePage.mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 2, {
      steps: 5,
    });
    await consolePage.mouse.move(to.x + to.width / 2, to.y + Math.min(60, to.height / 2), {
      steps: 15,
    });
    await consolePage.mouse.up();
    await zone(consolePage, 'Netwerk').getByText('Zoek andere informele partners').waitFor();
    await consolePage.setViewportSize({ width: 1280, height: 800 });

    // The room sees the clusters, on the projector and the phones.
    await projector.getByRole('heading', { name: /Eigen organisatie/ }).waitFor();
    await projector
      .locator('.wp-plenary-cluster', { hasText: 'Netwerk' })
      .getByText('Zoek andere informele partners')
      .waitFor();
    await anna.getByRole('heading', { name: 'Netwerk', level: 3 }).waitFor();

    // Rename a cluster; the room follows.
    await zone(consolePage, 'Netwerk').getByRole('button', { name: 'Naam wijzigen' }).click();
    await consolePage.getByLabel('Nieuwe naam').fill('Een sterk informeel netwerk');
    await consolePage.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await projector.getByRole('heading', { name: /Een sterk informeel netwerk/ }).waitFor();

    await expectAccessible(consolePage, 'plenary console');
    await expectAccessible(projector, 'plenary projector');
    await expectAccessible(anna, 'plenary phone');
    await screenshot(projector, 'plenary-projector');
    await anna.evaluate(() => window.scrollTo(0, 0));
    await screenshot(anna, 'plenary-phone');
    await screenshot(consolePage, 'plenary-console');
    expect(await anna.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );

    // Removing a cluster sends its notes back to "Nog niet ingedeeld".
    await zone(consolePage, 'Een sterk informeel netwerk')
      .getByRole('button', { name: 'Cluster weghalen' })
      .click();
    await consolePage.getByRole('dialog').getByRole('button', { name: 'Cluster weghalen' }).click();
    await zone(consolePage, 'Nog niet ingedeeld')
      .getByText('Zoek andere informele partners')
      .waitFor();
    await projector.getByRole('heading', { name: /Nog niet ingedeeld/ }).waitFor();

    // 200 notes in clusters fit both beamers, over pages, without scrolling or clipping.
    const activityId = await s.activityOf('plenary');
    const people = await joinMany(s, 0, 20, newId);
    for (let i = 0; i < 200; i++)
      await asParticipant(s, people[i % people.length]!, activityId, {
        type: 'addNote',
        text: `Briefje ${i + 1}: ${'samen afspraken vastleggen '.repeat(1 + (i % 3)).trim()}`,
      });
    for (const name of ['Stichting', 'Afspraken', 'Achterban'])
      await s.command({ type: 'addCluster', name }, activityId);
    const state = (await workshopState(s)).activities[activityId]!.state as PlenaryState;
    const clusterIds = Object.keys(state.clusters);
    const notes = Object.values(state.notes).filter((n) => n.text.startsWith('Briefje'));
    for (const [i, note] of notes.entries())
      if (i % 5 !== 0)
        await s.command(
          { type: 'moveNote', noteId: note.id, clusterId: clusterIds[i % clusterIds.length]! },
          activityId,
        );
    for (const size of [
      { width: 1920, height: 1080, minBody: 28 },
      { width: 1280, height: 720, minBody: 20 },
    ]) {
      const page = await s.open(
        (b, u) => projectorScreen(b, u, size),
        `/projector/${s.server.code}`,
      );
      await page.locator('.wp-fit__count').waitFor();
      const seen = await walkPages(page, `plenary 200 at ${size.width}`, size.minBody);
      expect(seen.filter((text) => text.startsWith('Briefje'))).toHaveLength(200);
      await screenshot(page, `plenary-projector-200-${size.width}`);
    }

    // Closing the question tells the phones what happens next.
    await consolePage.getByRole('button', { name: 'Vraag afsluiten' }).click();
    await bilal.getByText('Deze vraag is klaar').waitFor();
    await expectAccessible(bilal, 'plenary phone, closed');
  }, 300_000);
});
