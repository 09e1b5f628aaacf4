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
 * pseudonyms unless names were chosen.
 */
export async function renderJson(data: ExportData): Promise<Buffer> {
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
  const document = {
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
    events: exportEvents(await data.events(), people),
    records: data.activities.flatMap((a) =>
      a.records.map((r) => ({
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
      })),
    ),
  };
  return Buffer.from(JSON.stringify(document, null, 2), 'utf8');
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
