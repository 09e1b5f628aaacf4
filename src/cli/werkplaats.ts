import fs from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { createApp } from '../server/app.ts';
import { ConfigError, loadConfig } from '../server/config.ts';
import { openExport } from '../server/export/report.ts';
import { REPORT_FORMATS } from '../server/export/formats.ts';
import { findByCode } from '../server/services/join.ts';
import { DomainError } from '../domain/errors.ts';

const USAGE = `Gebruik / usage:
  werkplaats export --workshop <code> --format ${[...REPORT_FORMATS.keys()].join('|')} --out <bestand> [--names] [--no-appendix]

  --workshop  de code van de werkplaats (zoals ABC-DEF of ABCDEF)
  --format    het formaat: verslag (md, html, docx, pdf) of gegevens (xlsx, csv, json, qdpx)
  --out       waar het bestand komt ("-" voor de uitvoer)
  --names     namen van deelnemers in plaats van "Deelnemer 7 (Zaanstad, informeel)"
  --no-appendix  het verslag zonder de bijlage met alle bijdragen

Reads the data folder of WERKPLAATS_DATA_DIR (or DATABASE_URL), as the server does.`;

/** `werkplaats export …`: a workshop's report from the command line, for automation. */
async function exportCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      workshop: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      names: { type: 'boolean', default: false },
      'no-appendix': { type: 'boolean', default: false },
    },
  });
  if (!values.workshop || !values.format || !values.out || !REPORT_FORMATS.has(values.format)) {
    console.error(USAGE);
    return 2;
  }
  const config = loadConfig({ ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'error' });
  const app = await createApp({ config });
  try {
    const workshop = await findByCode(app.ctx, values.workshop);
    const file = await openExport(app.ctx, workshop.id, values.format, {
      names: values.names,
      appendix: !values['no-appendix'],
    });
    // Written as it is made (text formats, XLSX): a large workshop never sits in memory whole.
    const body = Buffer.isBuffer(file.body) ? Readable.from([file.body]) : file.body;
    let bytes = 0;
    body.on('data', (chunk: Buffer) => (bytes += chunk.length));
    const out = values.out === '-' ? process.stdout : fs.createWriteStream(values.out);
    // Standard output stays open: the shell owns it.
    await pipeline(body, out, { end: values.out !== '-' });
    if (values.out !== '-') console.error(`${values.out}: ${bytes} bytes`);
    return 0;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    console.error(`${error.code}: ${app.ctx.message(error.code, 'nl', error.params)}`);
    // What the administrator needs (such as a missing font package), beside the user's words.
    if (error.message !== error.code) console.error(error.message);
    return 1;
  } finally {
    await app.close();
  }
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'export') return exportCommand(rest);
  console.error(USAGE);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof ConfigError) console.error(error.message);
    else if (error instanceof DomainError) console.error(`${error.code}`);
    else console.error(error);
    process.exit(1);
  },
);
