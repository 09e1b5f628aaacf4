// Makes a consistent copy of the SQLite database while Werkplaats keeps running (SQLite's
// online backup API), into <data dir>/backups/werkplaats-<time>.db.
//   npm run backup            (uses WERKPLAATS_DATA_DIR, default ./data)
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

const dataDir = path.resolve(process.env.WERKPLAATS_DATA_DIR ?? './data');
const source = path.join(dataDir, 'werkplaats.db');
if (!fs.existsSync(source)) {
  console.error(`No database at ${source}. Start Werkplaats once, or set WERKPLAATS_DATA_DIR.`);
  process.exit(1);
}
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const target = path.join(dataDir, 'backups', `werkplaats-${stamp}.db`);
fs.mkdirSync(path.dirname(target), { recursive: true });
const db = new Database(source, { readonly: true, fileMustExist: true });
await db.backup(target);
db.close();
console.log(`Backup written: ${target} (${(fs.statSync(target).size / 1024).toFixed(0)} KB)`);
