import {
  activeParticipants,
  SIDES,
  type Participant,
  type Side,
  type WorkshopState,
} from '../../../../domain/workshop/state.ts';
import { useLanguage, useT } from '../../../../ui/i18n.tsx';

/** How many of the newest arrivals are named: enough to greet them, few enough to glance at. */
const NEWEST = 5;

interface Row {
  readonly key: string;
  readonly municipality: string | null;
  readonly online: Readonly<Record<Side, number>>;
  readonly total: Readonly<Record<Side, number>>;
}

/** Counts per municipality and side, from the facilitator's full roster and who is connected. */
export function presenceRows(
  workshop: WorkshopState,
  people: readonly Participant[],
  online: ReadonlySet<string>,
  language: string,
): Row[] {
  const rows = new Map<
    string,
    { municipality: string | null; online: Record<Side, number>; total: Record<Side, number> }
  >();
  for (const person of people) {
    const partnership = person.partnershipId
      ? workshop.partnerships[person.partnershipId]
      : undefined;
    const key = partnership ? partnership.id : '';
    let row = rows.get(key);
    if (!row) {
      row = {
        municipality: partnership?.municipality ?? null,
        online: { formal: 0, informal: 0 },
        total: { formal: 0, informal: 0 },
      };
      rows.set(key, row);
    }
    row.total[person.side] += 1;
    if (online.has(person.id)) row.online[person.side] += 1;
  }
  // Municipalities in alphabetical order; people without one last.
  return [...rows.entries()]
    .map(([key, row]) => ({ key, ...row }))
    .sort((a, b) =>
      a.municipality === null
        ? 1
        : b.municipality === null
          ? -1
          : a.municipality.localeCompare(b.municipality, language),
    );
}

/**
 * Who is here: per municipality and side how many are connected of how many joined, and the
 * newest names, so the facilitator can greet latecomers and see a table without its
 * informal workers before starting a pitch.
 */
export function RoomPresence({
  workshop,
  online,
}: {
  workshop: WorkshopState;
  online: ReadonlySet<string>;
}) {
  const t = useT();
  const language = useLanguage();
  const people = activeParticipants(workshop);
  const rows = presenceRows(workshop, people, online, language);
  const connected = people.filter((p) => online.has(p.id)).length;
  const newest = [...people].sort((a, b) => b.joinedAt - a.joinedAt).slice(0, NEWEST);
  const cell = (row: Row, side: Side) =>
    t('console.run.presence.cell', { online: row.online[side], total: row.total[side] });

  return (
    <section class="wp-card wp-stack wp-run-presence" aria-labelledby="run-presence-title">
      <h2 id="run-presence-title">{t('console.run.presence.title')}</h2>
      {people.length === 0 ? (
        <p>{t('console.run.presence.nobody')}</p>
      ) : (
        <>
          <p>
            <strong>
              {t('console.run.presence.summary', { online: connected, total: people.length })}
            </strong>
          </p>
          <table class="wp-run-presence__table">
            <caption class="wp-visually-hidden">{t('console.run.presence.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('console.run.presence.municipality')}</th>
                {SIDES.map((side) => (
                  <th key={side} scope="col">
                    <span class={`wp-badge wp-badge--${side}`}>
                      {t(`common.sidesPlural.${side}`)}
                    </span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key}>
                  <th scope="row">{row.municipality ?? t('console.run.presence.none')}</th>
                  {SIDES.map((side) => (
                    <td
                      key={side}
                      class={
                        row.total[side] > 0 && row.online[side] === 0
                          ? 'wp-run-presence--empty'
                          : undefined
                      }
                    >
                      {cell(row, side)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <div>
            <h3 class="wp-run-presence__newest-title">{t('console.run.presence.newest')}</h3>
            <ul class="wp-run-presence__newest">
              {newest.map((person) => (
                <li
                  key={person.id}
                  class={online.has(person.id) ? 'wp-run-online' : 'wp-run-offline'}
                >
                  <span>{person.displayName}</span>
                  {!online.has(person.id) && (
                    <span class="wp-visually-hidden"> ({t('console.participants.offline')})</span>
                  )}
                </li>
              ))}
            </ul>
          </div>
        </>
      )}
    </section>
  );
}
