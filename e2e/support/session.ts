import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startDemoServer, type DemoServer } from './app.ts';
import { browserTestsUnavailable, launch, phone } from './browser.ts';

export type SideLabel = 'Formele werker' | 'Informele werker';

/**
 * One browser test file's world: the demo server (as `npm start` makes it), one Chromium, and
 * every browser context opened, all closed after the file. `unavailable` says why the file
 * must skip (never in CI).
 */
export function browserSession() {
  const unavailable = browserTestsUnavailable();
  let server: DemoServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    if (unavailable) return;
    server = await startDemoServer();
    browser = await launch();
  });

  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await server?.close();
  });

  const session = {
    unavailable,
    get server(): DemoServer {
      if (!server) throw new Error('no server (browser tests unavailable?)');
      return server;
    },
    get browser(): Browser {
      if (!browser) throw new Error('no browser (browser tests unavailable?)');
      return browser;
    },
    /** A new context (phone, projector, desktop) with one page at `path`. */
    async open(
      make: (browser: Browser, baseURL: string) => Promise<BrowserContext>,
      path: string,
    ): Promise<Page> {
      const context = await make(session.browser, session.server.url);
      contexts.push(context);
      const page = await context.newPage();
      await page.goto(path);
      return page;
    },
    /** A phone joins through the join page. `clockSkewMs` sets the phone's own clock wrong. */
    async joinPhone(
      name: string,
      municipality: string | null,
      side: SideLabel,
      clockSkewMs = 0,
    ): Promise<Page> {
      const context = await phone(session.browser, session.server.url);
      contexts.push(context);
      if (clockSkewMs !== 0) {
        await context.addInitScript((skew: number) => {
          const realNow = Date.now.bind(Date);
          Date.now = () => realNow() + skew;
        }, clockSkewMs);
      }
      const page = await context.newPage();
      await page.goto(`/join/${session.server.code}`);
      await page.getByLabel('Je naam').fill(name);
      // The municipality is always chosen: "Geen gemeente" on purpose, never by default.
      await page.getByLabel('Je gemeente').selectOption({ label: municipality ?? 'Geen gemeente' });
      await page.getByRole('radio', { name: new RegExp(`^${side}`) }).check();
      await page.getByRole('button', { name: 'Meedoen' }).click();
      await page.getByRole('heading', { name: `Welkom, ${name}!` }).waitFor();
      return page;
    },
    /** Signs the demo facilitator in on a console page and opens the demo workshop. */
    async signIn(page: Page): Promise<void> {
      await page.goto('/login');
      await page.getByLabel('E-mailadres').fill('demo@werkplaats.test');
      await page.getByLabel('Wachtwoord').fill('werkplaats-demo');
      await page.getByRole('button', { name: 'Inloggen' }).click();
      await page.getByRole('link', { name: 'Onderzoekswerkplaats Doorn' }).click();
      await page.getByRole('heading', { name: 'Onderzoekswerkplaats Doorn', level: 1 }).waitFor();
    },
    /** Runs a workshop command as the demo facilitator (set-up that is not under test). */
    async command(
      command: Record<string, unknown>,
      activityId: string | null = null,
    ): Promise<void> {
      const account =
        await session.server.app.ctx.stores.accounts.findAccountByEmail('demo@werkplaats.test');
      if (!account) throw new Error('no demo account');
      const outcome = await session.server.app.ctx.rooms.execute(
        session.server.workshopId,
        { kind: 'facilitator', accountId: account.id },
        { activityId, command },
      );
      if (!outcome.ok) throw new Error(`${String(command.type)} refused: ${outcome.error.code}`);
    },
    /** The demo programme's activity of `kind` (added if the programme has none). */
    async activityOf(kind: string): Promise<string> {
      const find = async () =>
        Object.values(
          (await session.server.app.ctx.rooms.get(session.server.workshopId)).state.activities,
        ).find((a) => a.kind === kind)?.id;
      if (!(await find())) await session.command({ type: 'addActivity', kind });
      const id = await find();
      if (!id) throw new Error(`no ${kind} activity`);
      return id;
    },
  };
  return session;
}
