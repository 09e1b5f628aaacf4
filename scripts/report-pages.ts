// The first two pages of the example workshop's printed report, as PNG for the user guide:
// a fresh demo data folder (the seed's completed workshop), its HTML report printed to PDF by
// Chromium (as "print → save as PDF" does), and the pages rendered with pdftoppm (poppler-utils).
// Usage: node scripts/run-ts.mjs scripts/report-pages.ts
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { createApp } from '../src/server/app.ts';
import { loadConfig } from '../src/server/config.ts';
import { bootstrap } from '../src/server/demo/bootstrap.ts';
import { exportReport } from '../src/server/export/report.ts';

const EXAMPLE = 'Voorbeeld: tweedaagse Zonheuvel (afgerond)';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wp-report-pages-'));
const config = loadConfig({ WERKPLAATS_DATA_DIR: dir, WERKPLAATS_DEMO: '1', LOG_LEVEL: 'error' });
const app = await createApp({ config });
await bootstrap(app.ctx);
const account = await app.ctx.stores.accounts.findAccountByEmail('demo@werkplaats.test');
const example = (await app.ctx.stores.events.listWorkshopsOf(account!.id)).find(
  (w) => w.title === EXAMPLE,
);
const html = await exportReport(app.ctx, example!.id, 'html', { names: false });
await app.close();

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage();
await page.setContent(html.body.toString('utf8'), { waitUntil: 'load' });
const pdf = path.join(dir, 'verslag.pdf');
await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
await browser.close();

const out = path.resolve('docs/screenshots/report-print-page');
const result = spawnSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '2', pdf, out], {
  stdio: 'inherit',
});
fs.rmSync(dir, { recursive: true, force: true });
if (result.status !== 0) throw new Error('pdftoppm failed (apt-get install poppler-utils)');
console.log(`${out}-01.png, ${out}-02.png`);
