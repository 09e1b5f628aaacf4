// Prints what a phone downloads for the participant page, gzipped: the initial JavaScript,
// the activity views it loads on demand, and CSS. Run after `npm run build`.
//   npm run bench:size
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const dir = path.resolve('dist/client');
const manifestFile = path.join(dir, '.vite/manifest.json');
if (!fs.existsSync(manifestFile)) {
  console.error('dist/client/.vite/manifest.json is missing: run `npm run build` first');
  process.exit(1);
}
const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
const gz = (file) => gzipSync(fs.readFileSync(path.join(dir, file)), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** Files loaded statically from a manifest entry (the entry itself and its imports). */
function staticClosure(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const next of manifest[key]?.imports ?? []) staticClosure(next, seen);
  return seen;
}

for (const page of ['participant.html', 'projector.html', 'console.html']) {
  const keys = staticClosure(page);
  const js = [...keys].map((k) => manifest[k].file).filter((f) => f.endsWith('.js'));
  const css = [...keys].flatMap((k) => manifest[k].css ?? []);
  const initial = js.reduce((n, f) => n + gz(f), 0);
  console.log(
    `${page}: initial JS ${kb(initial)} gzipped in ${js.length} file(s); CSS ${kb(css.reduce((n, f) => n + gz(f), 0))}`,
  );
  // Server-only code must not ship (docs/decisions/0008-server-only-code.md).
  const text = js.map((f) => fs.readFileSync(path.join(dir, f), 'utf8')).join('\n');
  const leaks = [
    ['zod', /ZodError|\$ZodType/],
    ['yjs', /Yjs was already imported|encodeStateAsUpdate/],
    ['date-fns', /formatDistance|startOfISOWeek/],
  ].filter(([, re]) => re.test(text));
  console.log(
    `  libraries kept off phones (zod, yjs, date-fns) found in it: ${leaks.length === 0 ? 'none' : leaks.map(([n]) => n).join(', ')}`,
  );
}

// Activity views load on demand, one chunk per kind and surface.
const views = Object.entries(manifest).filter(([key]) =>
  /activities\/[^/]+\/views\/Participant\.tsx$/.test(key),
);
for (const [key, entry] of views) {
  const extra = [...staticClosure(key)].filter((k) => !staticClosure('participant.html').has(k));
  const js = extra.map((k) => manifest[k].file).filter((f) => f.endsWith('.js'));
  const css = extra.flatMap((k) => manifest[k].css ?? []);
  console.log(
    `  + ${key.replace(/^.*activities\//, '')}: ${kb(js.reduce((n, f) => n + gz(f), 0))} JS, ${kb(css.reduce((n, f) => n + gz(f), 0))} CSS (on demand)`,
  );
  void entry;
}
