import { useEffect, useState } from 'preact/hooks';
import { activeParticipants, SIDES, type WorkshopState } from '../../../domain/workshop/state.ts';
import { useT } from '../../../ui/i18n.tsx';
import { LiveRegion } from '../../../ui/LiveRegion.tsx';
import type { RunCommand } from '../commands.ts';
import { ParticipantRow } from './ParticipantRow.tsx';
import { Section } from './Section.tsx';
import { useJoinAnnouncements } from './useJoinAnnouncements.ts';

/** Who is in the room: a table with presence, counts per side, and joins read out. */
export function ParticipantsSection(props: {
  workshop: WorkshopState;
  online: ReadonlySet<string>;
  run: RunCommand;
}) {
  const t = useT();
  const { workshop, online } = props;
  const people = activeParticipants(workshop).sort((a, b) => a.joinedAt - b.joinedAt);
  const joins = useJoinAnnouncements(workshop);
  const [saved, setSaved] = useState('');
  // The newest of the two is read out: a join, or the details just corrected.
  const [lastSaid, setLastSaid] = useState<'joins' | 'saved'>('joins');
  useEffect(() => setLastSaid('joins'), [joins]);
  const announcement = lastSaid === 'saved' ? saved : joins;
  const partnerships = Object.values(workshop.partnerships);
  const onlineCount = people.filter((p) => online.has(p.id)).length;

  return (
    <Section id="participants" title={t('console.sections.participants')}>
      <ul class="wp-console-counts">
        <li>
          <strong>{t('console.participants.total', { count: people.length })}</strong>
        </li>
        {SIDES.map((side) => (
          <li key={side}>
            <span class={`wp-badge wp-badge--${side}`}>{t(`common.sidesPlural.${side}`)}</span>{' '}
            {people.filter((p) => p.side === side).length}
          </li>
        ))}
        <li>
          <span class="wp-badge wp-badge--online">
            {t('console.participants.onlineCount', { count: onlineCount })}
          </span>
        </li>
      </ul>
      {people.length === 0 ? (
        <p>{t('console.participants.empty')}</p>
      ) : (
        <div class="wp-console-table-wrap">
          <table class="wp-console-table" aria-labelledby="participants-title">
            <thead>
              <tr>
                <th scope="col">{t('console.participants.name')}</th>
                <th scope="col">{t('console.participants.municipality')}</th>
                <th scope="col">{t('console.participants.side')}</th>
                <th scope="col">{t('console.participants.language')}</th>
                <th scope="col">{t('console.participants.status')}</th>
                <th scope="col">{t('console.participants.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {people.map((participant) => (
                <ParticipantRow
                  key={participant.id}
                  participant={participant}
                  municipality={
                    participant.partnershipId
                      ? workshop.partnerships[participant.partnershipId]?.municipality
                      : undefined
                  }
                  partnerships={partnerships}
                  online={online.has(participant.id)}
                  run={props.run}
                  onSaved={(message) => {
                    setSaved(message);
                    setLastSaid('saved');
                  }}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <LiveRegion message={announcement} />
    </Section>
  );
}
