import { own } from '../../domain/ids.ts';
import { orderedBlocks } from '../../domain/programme/state.ts';
import type { ExportData } from './data.ts';
import { exportEvents, type Pseudonyms } from './events.ts';
import { participantKeys } from './pseudonyms.ts';
import { globalId } from './table.ts';

/** Bumped when the shape below changes in a way a reader would notice. */
export const JSON_SCHEMA_VERSION = 1;

/**
 * Everything as one JSON document: the workshop as it stands (a summary of the state), the log
 * (made safe, see `exportEvents`) and every contribution. Participants appear only as keys and
 * pseudonyms unless names were chosen. Written piece by piece for a streamed download: the
 * summary first, then the log and the records one entry at a time, in exactly the text
 * `JSON.stringify(document, null, 2)` would make (see `arrayMember`).
 */
export async function* jsonChunks(data: ExportData): AsyncGenerator<string> {
  const { state, options } = data;
  const people = pseudonyms(data);
  const keys = participantKeys(state, options);
  const municipality = (id: string | null) =>
    id === null ? null : (own(state.partnerships, id)?.municipality ?? null);
  const participants = Object.values(state.participants)
    .sort((a, b) => a.joinedAt - b.joinedAt || a.id.localeCompare(b.id))
    .map((p) => ({
      key: keys.get(p.id) ?? '',
      label: data.person(p.id),
      municipality: municipality(p.partnershipId),
      side: p.side,
      language: p.language,
      joinedAt: new Date(p.joinedAt).toISOString(),
      removed: p.removed,
    }));
  const head = {
    schemaVersion: JSON_SCHEMA_VERSION,
    workshop: {
      id: state.id,
      title: state.title,
      startsOn: state.startsOn,
      endsOn: state.endsOn,
      venue: state.venue,
      language: state.defaultLanguage,
      exportedAt: new Date(data.now).toISOString(),
      pseudonymised: !options.names,
      partnerships: Object.values(state.partnerships),
      participants,
      programme: orderedBlocks(state.programme).map((b) => ({
        id: b.id,
        title: b.title,
        startTime: b.startTime,
        activityId: b.activityId,
      })),
      activities: data.activities.map((a) => ({
        id: a.id,
        kind: a.kind,
        title: a.title,
        status: own(state.activities, a.id)?.status ?? null,
        contributions: a.records.length,
      })),
    },
  };
  // Without its closing "\n}": the log and the records follow as the last two members.
  yield JSON.stringify(head, null, 2).slice(0, -2);
  yield* arrayMember('events', exportEvents(await data.events(), people));
  yield* arrayMember('records', recordsOf(data));
  yield '\n}';
}

/** Everything as one JSON buffer (see `jsonChunks`, which the download streams). */
export async function renderJson(data: ExportData): Promise<Buffer> {
  const parts: string[] = [];
  for await (const part of jsonChunks(data)) parts.push(part);
  return Buffer.from(parts.join(''), 'utf8');
}

/**
 * `,\n  "name": [ … ]` as `JSON.stringify(…, null, 2)` writes a member of the top object:
 * each entry on its own lines, indented four spaces (JSON escapes line breaks inside strings,
 * so every line break is layout), `[]` when empty.
 */
function* arrayMember(name: string, items: Iterable<unknown>): Generator<string> {
  yield `,\n  ${JSON.stringify(name)}: [`;
  let first = true;
  for (const item of items) {
    yield `${first ? '' : ','}\n    ${JSON.stringify(item, null, 2).replace(/\n/g, '\n    ')}`;
    first = false;
  }
  yield first ? ']' : '\n  ]';
}

function* recordsOf(data: ExportData) {
  for (const a of data.activities) {
    for (const r of a.records) {
      yield {
        id: globalId(r.activityId, r.id),
        activityId: r.activityId,
        activityKind: r.activityKind,
        activity: r.activityTitle,
        recordId: r.id,
        type: r.type,
        phase: r.phase,
        round: r.round,
        group: r.group,
        author: r.authorKey || null,
        authorLabel: r.author || null,
        municipality: r.municipality || null,
        side: r.side,
        language: r.language || null,
        time: r.time || null,
        text: r.text,
        codes: r.codes,
        links: r.links.map((l) => globalId(l.activityId, l.id)),
      };
    }
  }
}

function pseudonyms(data: ExportData): Pseudonyms {
  const keys = participantKeys(data.state, data.options);
  const strangers = new Map<string, string>();
  const facilitators = new Map<string, string>();
  return {
    names: data.options.names,
    key(id) {
      const known = keys.get(id);
      if (known) return known;
      if (!strangers.has(id)) strangers.set(id, `X${strangers.size + 1}`);
      return strangers.get(id) ?? '';
    },
    label: (id) => (keys.has(id) ? data.person(id) : ''),
    facilitator(accountId) {
      if (!facilitators.has(accountId)) facilitators.set(accountId, `F${facilitators.size + 1}`);
      return facilitators.get(accountId) ?? '';
    },
  };
}
