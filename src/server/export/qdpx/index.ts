import { strToU8, zipSync, type Zippable } from 'fflate';
import type { ExportData } from '../data.ts';
import { qdaProject } from './project.ts';

/**
 * The REFI-QDA project exchange file (`.qdpx`): a zip with `project.qde` and the text sources
 * under `sources/`. Every entry carries the workshop's creation time as its date, and every
 * GUID is derived from ids (see `guidMaker`), so exporting the same workshop twice gives the
 * same bytes.
 */
export async function renderQdpx(data: ExportData): Promise<Buffer> {
  const project = qdaProject(data);
  const mtime = new Date(Math.max(data.state.createdAt, Date.UTC(1980, 0, 2)));
  const files: Zippable = { 'project.qde': [strToU8(project.xml), { mtime }] };
  for (const source of project.sources) files[source.path] = [strToU8(source.text), { mtime }];
  return Buffer.from(zipSync(files, { level: 6 }));
}
