import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The built client; several builds can live side by side (`vite build --outDir …`). */
export const CLIENT_DIR = path.resolve(process.env.WERKPLAATS_CLIENT_DIR ?? 'dist/client');

/**
 * Browser tests need Debian's Chromium and the built client. Locally they may skip, saying
 * why; in CI (`CI=true`) a missing piece is a failure, never a silent skip.
 */
export function browserTestsUnavailable(): string | null {
  const missing: string[] = [];
  if (!fs.existsSync(CHROMIUM))
    missing.push(`no Chromium at ${CHROMIUM} (apt-get install chromium)`);
  if (!fs.existsSync(path.join(CLIENT_DIR, 'participant.html')))
    missing.push('client not built (npm run build)');
  if (missing.length === 0) return null;
  const reason = missing.join('; ');
  if (process.env.CI === 'true') throw new Error(`Browser tests cannot run in CI: ${reason}`);
  console.warn(`Skipping browser tests: ${reason}`);
  return reason;
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-dev-shm-usage',
    ],
  });
}

/** A phone: 360 px wide, touch, Dutch. */
export function phone(browser: Browser, baseURL: string): Promise<BrowserContext> {
  return browser.newContext({
    baseURL,
    viewport: { width: 360, height: 740 },
    isMobile: true,
    hasTouch: true,
    locale: 'nl-NL',
    deviceScaleFactor: 2,
  });
}

export function projectorScreen(
  browser: Browser,
  baseURL: string,
  size: { width: number; height: number } = { width: 1920, height: 1080 },
): Promise<BrowserContext> {
  // Pages of a long list fade in; axe measuring contrast mid-fade would see faint text.
  return browser.newContext({ baseURL, viewport: size, locale: 'nl-NL', reducedMotion: 'reduce' });
}

export function desktop(browser: Browser, baseURL: string): Promise<BrowserContext> {
  return browser.newContext({ baseURL, viewport: { width: 1280, height: 800 }, locale: 'nl-NL' });
}

/**
 * Runs axe on the page and fails on serious or critical violations, listing them. `exclude`
 * leaves out parts checked on their own (a sandboxed frame, where axe cannot run, is checked
 * by opening its page directly).
 */
export async function expectAccessible(
  page: Page,
  label: string,
  exclude: readonly string[] = [],
): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags([
    'wcag2a',
    'wcag2aa',
    'wcag21a',
    'wcag21aa',
    'best-practice',
  ]);
  for (const selector of exclude) builder = builder.exclude(selector);
  const results = await builder.analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const summary = bad.map(
    (v) =>
      `${v.impact} ${v.id}: ${v.help}\n    ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join('\n    ')}`,
  );
  expect(summary, `axe on ${label}`).toEqual([]);
}

/**
 * Saves a screenshot. Every run takes them (a view that cannot be drawn fails here), into
 * test-results/screenshots; `npm run screenshots` (WERKPLAATS_SCREENSHOTS=docs) writes them to
 * docs/screenshots, the committed copies the user guide shows. Kept apart so that running the
 * tests does not leave the work tree changed by pixels (clocks, timers) nobody meant to commit.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  const toDocs = process.env.WERKPLAATS_SCREENSHOTS === 'docs';
  const dir = path.resolve(toDocs ? 'docs/screenshots' : 'test-results/screenshots');
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`) });
}
