/**
 * Report and research-export benchmark: a synthetic workshop with 5,000 contributions (100
 * participants in five municipalities; 2,500 strength notes, 1,000 roles linked to strengths,
 * 1,500 tree items, pitch preparations, two introduction rounds), played through the engine's
 * commands in memory, then every format generated from it, as the route does.
 * Prints: time per format, output size, and peak memory (RSS sampled every 5 ms, and the
 * process's maximum RSS). Goal: DOCX ≤ 2 s.
 *
 *   npm run bench:report               # every format made whole, as one buffer
 *   npm run bench:report -- --stream   # formats that can stream read as a stream, as the route
 *                                      # sends them; compare the peak RSS of the two runs
 *   npm run bench:report -- --formats=json,csv   # only these (a peak is per process: measure
 *                                                # one format alone to see its own)
 */
import { performance } from 'node:perf_hooks';
import type { Readable } from 'node:stream';
import { registry } from '../src/activities/registry.ts';
import { fakeEditor } from '../src/domain/coedit/testing.ts';
import { buildReportDocument, type ReportSources } from '../src/domain/reportDocument/build.ts';
import type { Actor } from '../src/domain/actors.ts';
import { createEngine } from '../src/domain/engine.ts';
import type { EventEnvelope } from '../src/domain/events.ts';
import { FACILITATOR, SYSTEM, participant } from '../src/domain/testing/workshopHarness.ts';
import { emptyWorkshop, type WorkshopState } from '../src/domain/workshop/state.ts';
import { createI18n, translator } from '../src/i18n/index.ts';
import { buildExportData } from '../src/server/export/data.ts';
import { REPORT_FORMATS } from '../src/server/export/formats.ts';
import type { StrengthState } from '../src/activities/strength/schema.ts';

const MUNICIPALITIES = ['Dordrecht', 'Utrecht', 'Zaanstad', 'Zuidplas', 'Den Haag'];
const PEOPLE = 100;

let peak = 0;
const sample = () => (peak = Math.max(peak, process.memoryUsage().rss));
const sampler = setInterval(sample, 5);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/**
 * The engine run in memory as the server runs it, like the tests' `workshopHarness` but
 * keeping only the newest state (the harness keeps every state, which would dominate memory).
 */
function workshop() {
  const engine = createEngine(registry);
  const log: EventEnvelope[] = [];
  let state: WorkshopState = emptyWorkshop;
  let now = Date.UTC(2026, 9, 9, 9, 0, 0);
  let nextId = 0;
  let seed = 1;
  const run = (actor: Actor, activityId: string | null, command: unknown) => {
    const pending = engine.decide({ activityId, command }, state, {
      now,
      actor,
      present: Object.keys(state.participants),
      newId: () => `id${++nextId}`,
      random: () => (seed = (seed * 16807) % 2147483647) / 2147483647,
    });
    for (const p of pending) {
      const envelope = { seq: log.length + 1, at: now, actor, ...p };
      state = engine.evolve(state, envelope);
      log.push(envelope);
    }
    return pending.map((p) => p.event);
  };
  run(SYSTEM, null, {
    type: 'createWorkshop',
    workshopId: 'w1',
    code: 'ACDEFG',
    title: 'Onderzoekswerkplaats (benchmark)',
    startsOn: '2026-10-09',
    endsOn: '2026-10-10',
    venue: 'Doorn',
    defaultLanguage: 'nl',
    lead: { accountId: 'fac1', name: 'Hans' },
  });
  return {
    engine,
    log,
    get state() {
      return state;
    },
    get now() {
      return now;
    },
    advance: (ms: number) => (now += ms),
    workshop: (actor: Actor, command: unknown) => run(actor, null, command),
    activity: (actor: Actor, activityId: string, command: unknown) =>
      run(actor, activityId, command),
    startActivity(kind: string, config?: unknown): string {
      const [added] = run(FACILITATOR, null, { type: 'addActivity', kind, config });
      const { activityId } = added as unknown as { activityId: string };
      run(FACILITATOR, null, { type: 'startActivity', activityId });
      return activityId;
    },
  };
}

const started = performance.now();
const h = workshop();
for (const municipality of MUNICIPALITIES) {
  h.workshop(FACILITATOR, {
    type: 'addPartnership',
    municipality,
    formalOrganisation: 'Jeugdteam',
    informalOrganisation: 'Sleutelfiguren',
  });
}
const partnerships = Object.keys(h.state.partnerships);
const ids = Array.from({ length: PEOPLE }, (_, i) => `p${i + 1}`);
ids.forEach((id, i) => {
  h.workshop(SYSTEM, {
    type: 'joinWorkshop',
    participantId: id,
    displayName: `Persoon ${i + 1}`,
    partnershipId: partnerships[i % partnerships.length],
    side: i % 2 === 0 ? 'formal' : 'informal',
    language: 'nl',
  });
});
const say = (n: number) =>
  `Bijdrage ${n}: informele werkers kennen de gezinnen en spreken hun taal; formele werkers weten de weg naar hulp.`;
let made = 0;

const introId = h.startActivity('intro');
h.activity(FACILITATOR, introId, { type: 'startRound' });
h.activity(FACILITATOR, introId, { type: 'nextRound' });
h.activity(FACILITATOR, introId, { type: 'close' });

const strengthId = h.startActivity('strength');
for (let i = 0; i < 2500; i++) {
  h.advance(50);
  h.activity(participant(ids[i % PEOPLE]!), strengthId, { type: 'addNote', text: say(++made) });
}
h.activity(FACILITATOR, strengthId, { type: 'startPlenary' });
const notes = Object.values((h.state.activities[strengthId]!.state as StrengthState).notes);

const pitchId = h.startActivity('pitch');
partnerships.forEach((partnershipId, i) => {
  const update = fakeEditor()
    .append('stand', `${say(++made)}\n${say(++made)}`)
    .append('goals', say(++made))
    .take();
  h.activity(participant(ids[i]!), pitchId, { type: 'editPrep', partnershipId, update });
});

const rolesId = h.startActivity('roles');
for (let i = 0; i < 1000; i++) {
  const note = notes[i % notes.length]!;
  h.activity(participant(ids[i % PEOPLE]!), rolesId, {
    type: 'proposeRole',
    side: note.group === 'formal' ? 'informal' : 'formal',
    name: `Rol ${i + 1}`,
    description: say(++made).slice(0, 80),
    strengths: [{ activityId: strengthId, id: note.id }],
  });
}

const treeId = h.startActivity('tree', { groupSize: 4, focuses: ['individual', 'community'] });
h.activity(FACILITATOR, treeId, { type: 'formGroups' });
h.activity(FACILITATOR, treeId, { type: 'startBuilding' });
const zones = ['roots', 'wateringCan', 'fruits'] as const;
for (let i = 0; i < 1500; i++) {
  // Four people a group, 25 groups, 60 items each: each of the 100 writes 15.
  h.activity(participant(ids[i % PEOPLE]!), treeId, {
    type: 'addItem',
    zone: zones[i % 3],
    text: say(++made).slice(0, 120),
  });
}
h.activity(FACILITATOR, treeId, { type: 'shareTrees' });
sample();
const built = performance.now() - started;

const language = h.state.defaultLanguage;
const i18n = createI18n(registry, language);
const app = translator(i18n, language);
const sources: ReportSources = {
  kinds: registry,
  references: h.engine.references(h.state),
  t: (key, params) => app(`report.${key}`, params),
  kindT: (kind) => translator(i18n, language, kind),
  now: h.now,
};

console.log(
  `workshop: ${PEOPLE} participants, ${h.log.length} events, ${made} texts written; built in ${(built / 1000).toFixed(1)} s`,
);
const maxRss = () => process.resourceUsage().maxRSS * 1024;
const baseline = process.memoryUsage().rss;
console.log(`RSS with the workshop in memory: ${mb(baseline)}`);
const streamed = process.argv.includes('--stream');
console.log(streamed ? 'mode: streamed where the format allows' : 'mode: whole buffers');
/** Reads a stream to its end as a slow network would not: counting bytes, keeping none. */
async function drain(stream: Readable): Promise<number> {
  let bytes = 0;
  for await (const chunk of stream) bytes += (chunk as Buffer).length;
  return bytes;
}
const only = process.argv
  .find((a) => a.startsWith('--formats='))
  ?.slice('--formats='.length)
  .split(',');
const rows: string[][] = [];
for (const [format, renderer] of REPORT_FORMATS) {
  if (only && !only.includes(format)) continue;
  const peakBefore = maxRss();
  const before = performance.now();
  let size: number;
  let count = '';
  if ('data' in renderer) {
    const data = buildExportData(h.state, { names: false }, sources, async () => h.log);
    count = String(data.activities.reduce((sum, a) => sum + a.records.length, 0));
    size =
      streamed && renderer.stream
        ? await drain(renderer.stream(data))
        : (await renderer.render(data)).length;
  } else {
    const doc = buildReportDocument(h.state, { names: false }, sources);
    const words = { contents: app('report.contents') };
    size =
      streamed && renderer.stream
        ? await drain(renderer.stream(doc, words))
        : (await renderer.render(doc, words)).length;
  }
  const ms = performance.now() - before;
  sample();
  const rise = maxRss() > peakBefore ? `+${mb(maxRss() - baseline)}` : '(no new peak)';
  const name = streamed && renderer.stream ? `${format}~` : format;
  rows.push([name, `${ms.toFixed(0)} ms`, `${(size / 1024).toFixed(0)} KiB`, count, rise]);
}
// A second DOCX of the same workshop, as after a small correction: the figures' bitmaps are
// made once (docxFigure.ts keeps them by the drawing's hash).
if (!only || only.includes('docx')) {
  const docxFormat = REPORT_FORMATS.get('docx')!;
  const before = performance.now();
  if (!('data' in docxFormat)) {
    const doc = buildReportDocument(h.state, { names: false }, sources);
    await docxFormat.render(doc, { contents: app('report.contents') });
  }
  rows.push(['docx×2', `${(performance.now() - before).toFixed(0)} ms`, '', '', '(again)']);
}
clearInterval(sampler);
console.log('format  time      size       records  new peak RSS over the baseline (~ streamed)');
for (const r of rows) {
  console.log(`${r[0]!.padEnd(8)}${r[1]!.padEnd(10)}${r[2]!.padEnd(11)}${r[3]!.padEnd(9)}${r[4]}`);
}
console.log(
  `peak RSS: ${mb(peak)} sampled, ${mb(process.resourceUsage().maxRSS * 1024)} max (process)`,
);
const docx = rows.find((r) => r[0] === 'docx');
if (docx && Number.parseInt(docx[1]!, 10) > 2000) {
  console.log('DOCX took longer than the 2 s goal');
  process.exitCode = 1;
}
