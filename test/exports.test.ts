import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strengthKind } from '../src/activities/strength/index.ts';
import { HOSTILE } from '../src/server/export/fixture.ts';
import { REPORT_FORMATS } from '../src/server/export/formats.ts';
import { exportReport } from '../src/server/export/report.ts';
import { COLUMNS } from '../src/server/export/table.ts';
import {
  connect,
  facilitatorWithWorkshop,
  join,
  startServer,
  type TestServer,
  type TestSocket,
} from './support/server.ts';

/** The report's corpus plus the spreadsheet formula starts of the OWASP CSV-injection list. */
const CORPUS = [
  ...HOSTILE,
  '+cmd|" /C calc"!A0',
  '-1+1',
  '@SUM(1+1)*cmd|" /C calc"!A0',
  '=1+1',
  '<a href="javascript:alert(1)">klik</a>',
];
/** The named activity's title: hostile too, so it lands in sheet names, attributes and cells. */
const NAMED_TITLE = '=HYPERLINK("x") <script>alert(1)</script>: [kracht]?';
const FORMATS = [...REPORT_FORMATS.keys()];
const XSD = path.resolve('test/fixtures/qdpx/Project.xsd');

let server: TestServer;
let scene: Awaited<ReturnType<typeof build>>;
const sockets: TestSocket[] = [];

/**
 * A small workshop built through commands: Utrecht, Anna (formal) and Chadia (informal), an
 * anonymous "De kracht van de ander" whose notes are the hostile corpus, and a second, named
 * one with one note by Chadia.
 */
async function build() {
  const f = await facilitatorWithWorkshop(server);
  const room = () => server.app.ctx.rooms.get(f.workshopId);
  const anna = await join(server, f.code, 'Anna Geheimnaam', 'formal', f.partnershipId);
  const chadia = await join(server, f.code, 'Chadia Geheimnaam', 'informal', f.partnershipId);
  const phone = async (p: { token: string }) => {
    const socket = await connect(server, {
      role: 'participant',
      workshopId: f.workshopId,
      token: p.token,
    });
    sockets.push(socket);
    await socket.hello();
    return socket;
  };
  const [annaPhone, chadiaPhone] = [await phone(anna), await phone(chadia)];
  await f.command({ type: 'startActivity', activityId: f.activityId });
  for (const text of CORPUS) {
    const ack = await annaPhone.cmd(f.activityId, { type: 'addNote', text });
    expect(ack.ok).toBe(true);
  }
  await f.command({ type: 'startPlenary' }, f.activityId);
  const config = { ...(strengthKind.defaultConfig('nl') as object), anonymousToPeers: false };
  const title = NAMED_TITLE;
  expect((await f.command({ type: 'addActivity', kind: 'strength', title, config })).body.ok).toBe(
    true,
  );
  const namedId = (await room()).state.activityOrder.at(-1)!;
  await f.command({ type: 'startActivity', activityId: namedId });
  expect((await chadiaPhone.cmd(namedId, { type: 'addNote', text: 'Ze weten de weg' })).ok).toBe(
    true,
  );
  const other = await facilitatorWithWorkshop(server, 'ander@example.org');
  return { f, anna, chadia, namedId, otherCookie: other.cookie };
}

async function download(format: string, cookie?: string, query = '') {
  const response = await fetch(
    `${server.url}/api/workshops/${scene.f.workshopId}/report.${format}${query}`,
    { headers: cookie ? { cookie } : {} },
  );
  return { response, body: Buffer.from(await response.arrayBuffer()) };
}

beforeAll(async () => {
  server = await startServer();
  scene = await build();
}, 60_000);

afterAll(async () => {
  for (const s of sockets) s.disconnect();
  await server?.close();
});

describe('research exports over HTTP', () => {
  it('serves every format to a facilitator of the workshop only', async () => {
    for (const format of FORMATS) {
      const mine = await download(format, scene.f.cookie);
      expect(mine.response.status, format).toBe(200);
      expect(mine.response.headers.get('content-type')).toBe(
        REPORT_FORMATS.get(format)!.contentType,
      );
      expect(mine.response.headers.get('cache-control')).toBe('no-store');
      expect(mine.body.length).toBeGreaterThan(0);
      expect((await download(format)).response.status, format).toBe(401);
      expect((await download(format, scene.otherCookie)).response.status, format).toBe(403);
    }
  });

  it('XLSX: an "about" sheet, then one sheet per activity with a row per contribution, cells inert', async () => {
    const { body } = await download('xlsx', scene.f.cookie);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(body as unknown as ArrayBuffer);
    const names = workbook.worksheets.map((w) => w.name);
    expect(names.slice(0, 2)).toEqual(['Over deze export', 'De kracht van de ander']);
    expect(names[2]).toBe('=HYPERLINK("x") <script>alert(1');
    for (const name of names) expect(name).toMatch(/^[^[\]:*?/\\]{1,31}$/);
    const about = workbook.getWorksheet('Over deze export')!;
    expect(about.getRow(1).values).toEqual([undefined, 'Werkplaats', 'Werkplaats test']);
    expect(about.getRow(4).values).toEqual([undefined, 'Gepseudonimiseerd', 'ja']);
    const anonymous = workbook.worksheets[1]!;
    const named = workbook.worksheets[2]!;
    expect(anonymous.rowCount).toBe(1 + CORPUS.length);
    expect(named.rowCount).toBe(2);
    const header = (anonymous.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual([...COLUMNS]);
    const cells: string[] = [];
    for (const sheet of workbook.worksheets) {
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
          if (typeof cell.value === 'string') cells.push(cell.value);
        }),
      );
    }
    for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    const texts = anonymous.getColumn(12).values.slice(2);
    expect(texts).toContain(`'=HYPERLINK("http://evil.example","klik")`);
    expect(texts).toContain(`'-1+1`);
    expect(texts).toContain(`'@SUM(1+1)*cmd|" /C calc"!A0`);
    expect(texts).toContain(`'+cmd|" /C calc"!A0`);
    // Anonymous notes name no one; the named note names a pseudonym, never the name.
    expect(anonymous.getColumn(9).values.slice(2).filter(Boolean)).toEqual([]);
    expect(named.getRow(2).getCell(9).value).toBe('Deelnemer 2 (Utrecht, informeel)');
    expect(named.getRow(2).getCell(2).value).toBe(`'${NAMED_TITLE}`);
    expect(JSON.stringify(cells)).not.toContain('Geheimnaam');
  });

  it('CSV: UTF-8 with a BOM, RFC 4180, the same rows in one file, cells inert', async () => {
    const { body } = await download('csv', scene.f.cookie);
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(body.toString('utf8').slice(1));
    expect(rows[0]).toEqual([...COLUMNS]);
    expect(rows).toHaveLength(1 + CORPUS.length + 1);
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    const texts = rows.slice(1).map((r) => r[11]);
    expect(texts).toContain('# geen kop\n- geen lijst');
    expect(texts).toContain(`'=1+1`);
    expect(body.toString('utf8')).not.toContain('Geheimnaam');
  });

  it('JSON: the state, the log made safe and the records; no names, no anonymous author anywhere', async () => {
    const { body } = await download('json', scene.f.cookie);
    const text = body.toString('utf8');
    const json = JSON.parse(text) as {
      schemaVersion: number;
      workshop: { participants: { key: string; label: string }[]; pseudonymised: boolean };
      events: { type: string; activityId: string | null; event?: unknown; actor?: string }[];
      records: { activityId: string; author: string | null; text: string }[];
    };
    expect(json.schemaVersion).toBe(1);
    expect(json.workshop.pseudonymised).toBe(true);
    expect(json.workshop.participants.map((p) => p.key)).toEqual(['P1', 'P2']);
    expect(json.records).toHaveLength(CORPUS.length + 1);
    expect(text).not.toContain('Geheimnaam');
    expect(text).not.toContain(scene.anna.participantId);
    expect(text).not.toContain(scene.chadia.participantId);
    const joined = json.events.filter((e) => e.type === 'participantJoined');
    expect(joined.map((e) => e.event)).toMatchObject([
      { participant: { id: 'P1', displayName: 'Deelnemer 1 (Utrecht, formeel)' } },
      { participant: { id: 'P2', displayName: 'Deelnemer 2 (Utrecht, informeel)' } },
    ]);
    // Activity events say what happened and when, never who or with what fields.
    const noteAdded = json.events.filter((e) => e.type === 'noteAdded');
    expect(noteAdded).toHaveLength(CORPUS.length + 1);
    for (const e of noteAdded)
      expect(Object.keys(e).sort()).toEqual(['activityId', 'at', 'seq', 'type', 'v']);
    const anonymousRecords = json.records.filter((r) => r.activityId === scene.f.activityId);
    expect(anonymousRecords.every((r) => r.author === null)).toBe(true);
    expect(json.records.at(-1)).toMatchObject({ author: 'P2', text: 'Ze weten de weg' });
  });

  it('JSON with names: display names instead of pseudonyms, anonymous work still without author', async () => {
    const { body } = await download('json', scene.f.cookie, '?names=1');
    const json = JSON.parse(body.toString('utf8')) as {
      records: { activityId: string; author: string | null; authorLabel: string | null }[];
    };
    expect(body.toString('utf8')).toContain('Chadia Geheimnaam');
    expect(json.records.filter((r) => r.author !== null)).toEqual([
      expect.objectContaining({ authorLabel: 'Chadia Geheimnaam (Utrecht, informeel)' }),
    ]);
  });

  const xmllint = spawnSync('xmllint', ['--version']);
  const haveXmllint = !xmllint.error;
  if (!haveXmllint) {
    if (process.env.CI === 'true') throw new Error('xmllint is required under CI (libxml2-utils)');
    console.warn(
      'Skipping the QDPX schema check: xmllint is not installed (apt install libxml2-utils).',
    );
  }

  it.skipIf(!haveXmllint)(
    'QDPX: a valid REFI-QDA project, the corpus escaped, the same bytes twice',
    async () => {
      const { body } = await download('qdpx', scene.f.cookie);
      const files = unzipSync(new Uint8Array(body));
      const names = Object.keys(files).sort();
      expect(names[0]).toBe('project.qde');
      expect(names.filter((n) => /^sources\/[0-9a-f-]{36}\.txt$/.test(n))).toHaveLength(2);
      const xml = strFromU8(files['project.qde']!);
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wp-qdpx-'));
      const file = path.join(dir, 'project.qde');
      fs.writeFileSync(file, xml);
      const lint = spawnSync('xmllint', ['--noout', '--schema', XSD, file], { encoding: 'utf8' });
      expect(lint.stderr).toContain('validates');
      expect(lint.status).toBe(0);
      expect(xml).not.toMatch(/<(script|img|svg|a)\b/i);
      expect(xml).toContain(
        'name="=HYPERLINK(&quot;x&quot;) &lt;script&gt;alert(1)&lt;/script&gt;: [kracht]?"',
      );
      expect(xml).not.toContain('Geheimnaam');
      expect(xml).toContain('name="Deelnemer 1 (Utrecht, formeel)"');
      const source = Object.entries(files).find(
        ([n, data]) => n.startsWith('sources/') && strFromU8(data).includes('<script>'),
      );
      expect(source).toBeDefined();
      const again = await download('qdpx', scene.f.cookie);
      expect(again.body.equals(body)).toBe(true);
    },
  );

  it('streams the text formats and XLSX (no length), the same bytes as made whole; DOCX, PDF and QDPX with their length', async () => {
    for (const format of ['csv', 'json', 'md', 'html', 'xlsx']) {
      const { response, body } = await download(format, scene.f.cookie, '?download=1');
      expect(response.headers.get('transfer-encoding'), format).toBe('chunked');
      expect(response.headers.get('content-length'), format).toBeNull();
      expect(response.headers.get('content-disposition'), format).toMatch(
        new RegExp(`^attachment; filename="[^"]+\\.${format}"$`),
      );
      // XLSX's zip carries times, so only the text formats compare byte for byte.
      if (format === 'xlsx') continue;
      const whole = await exportReport(server.app.ctx, scene.f.workshopId, format, {
        names: false,
      });
      // The JSON says when it was made: the one line two exports differ in.
      const timeless = (b: Buffer) => b.toString('utf8').replace(/"exportedAt": "[^"]+"/, '');
      expect(timeless(body), format).toBe(timeless(whole.body));
    }
    for (const format of ['docx', 'pdf', 'qdpx']) {
      const { response, body } = await download(format, scene.f.cookie);
      expect(Number(response.headers.get('content-length')), format).toBe(body.length);
    }
  });

  it('PDF: a PDF file with the report in it', async () => {
    const { response, body } = await download('pdf', scene.f.cookie);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('HTML and Markdown: the corpus stays text', async () => {
    const html = (await download('html', scene.f.cookie)).body.toString('utf8');
    expect(html).not.toMatch(/<script>alert|<img src=x|<svg onload|href="javascript:/i);
    expect(html).toContain('&lt;script&gt;');
    const md = (await download('md', scene.f.cookie)).body.toString('utf8');
    expect(md).not.toMatch(/(?<!\\)</);
    expect(md).not.toMatch(/(?<!\\)\]\(/);
  });

  it('the report ends with the appendix of every contribution, left out with appendix=0; anonymous work without author', async () => {
    const md = (await download('md', scene.f.cookie, '?names=1')).body.toString('utf8');
    const appendix = md.slice(md.indexOf('## Bijlage: alle bijdragen'));
    expect(appendix).toContain('### De kracht van de ander');
    expect(appendix).toContain('Ze weten de weg');
    // Names were chosen: the named note says whose it is, the anonymous corpus never does.
    expect(appendix).toMatch(/Ze weten de weg .*Chadia Geheimnaam/);
    expect(appendix).not.toContain('Anna Geheimnaam');
    const without = (await download('md', scene.f.cookie, '?appendix=0')).body.toString('utf8');
    expect(without).not.toContain('Bijlage: alle bijdragen');
  });
});

/** A small RFC 4180 reader: quoted fields may hold commas, quotes ("") and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && c === '"') {
      quoted = false;
    } else if (quoted) {
      field += c;
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      rows.push([...row, field]);
      row = [];
      field = '';
      i++;
    } else {
      field += c;
    }
  }
  if (field || row.length > 0) rows.push([...row, field]);
  return rows;
}
