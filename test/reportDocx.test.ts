import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../src/server/export/docx.ts';
import { OUTLINE_FIXTURE, hostileFixture } from '../src/server/export/fixture.ts';
import { toolUnavailable } from './support/tools.ts';

const unavailable = toolUnavailable('soffice', 'libreoffice-writer-nogui');

/** Converts a DOCX to PDF with LibreOffice, in a profile of its own so runs never share a lock. */
function convertToPdf(docx: Buffer): { status: number | null; pdf: Buffer | null; log: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wp-lo-'));
  const input = path.join(dir, 'verslag.docx');
  fs.writeFileSync(input, docx);
  const result = spawnSync(
    'soffice',
    [
      `-env:UserInstallation=file://${dir}/profile`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      input,
    ],
    { encoding: 'utf8', timeout: 120_000 },
  );
  const output = path.join(dir, 'verslag.pdf');
  const pdf = fs.existsSync(output) ? fs.readFileSync(output) : null;
  fs.rmSync(dir, { recursive: true, force: true });
  return { status: result.status, pdf, log: `${result.stdout}${result.stderr}` };
}

describe.skipIf(unavailable)('the DOCX report opens in LibreOffice', () => {
  it(
    'converts to PDF without error, also with hostile text in every block',
    { timeout: 240_000 },
    async () => {
      for (const doc of [OUTLINE_FIXTURE, hostileFixture()]) {
        const { status, pdf, log } = convertToPdf(await renderDocx(doc, { contents: 'Inhoud' }));
        expect(status, log).toBe(0);
        expect(pdf?.subarray(0, 5).toString()).toBe('%PDF-');
        expect(pdf!.length).toBeGreaterThan(10_000);
      }
    },
  );
});
