import { LiveRegion } from '../../../../ui/LiveRegion.tsx';
import { useAnnouncement } from '../../../../ui/useOnChange.ts';
import { notesByCluster, orderedClusters, shownNotes } from '../../schema.ts';
import type { PlenaryViewProps } from '../types.ts';
import { PhoneNote } from './PhoneNote.tsx';

/**
 * Everyone's notes on the phone. Before clustering: one list, newest first (the top is what
 * is new). Once the facilitator makes clusters: the notes under their cluster's name, as on
 * the screen in the room, with those not clustered yet at the end.
 */
export function NoteList({ props }: { props: PlenaryViewProps }) {
  const { t, me, activity, pending } = props;
  const notes = shownNotes(activity.state);
  const clusters = orderedClusters(activity.state);
  const waiting = pending.filter((p) => p.command.type === 'addNote');
  const newest = notes.reduce<(typeof notes)[number] | undefined>(
    (a, n) => (!a || n.createdSeq > a.createdSeq ? n : a),
    undefined,
  );
  // Screen readers hear a note someone else added; one's own needs no telling.
  const announcement = useAnnouncement(newest?.id ?? '', () =>
    newest && newest.authorId !== me?.id ? t('participant.added', { text: newest.text }) : '',
  );
  const groups = notesByCluster(notes);
  const loose = groups.get(null) ?? [];
  return (
    <section class="wp-stack" aria-labelledby="plenary-notes">
      <h2 id="plenary-notes">{t('participant.notes')}</h2>
      <LiveRegion message={announcement} />
      {waiting.length > 0 && (
        <ul class="wp-notes">
          {waiting.map((p) => (
            <li key={p.clientActionId} class="wp-note wp-note--pending">
              <p class="wp-note__text">{'text' in p.command ? p.command.text : ''}</p>
              <p class="wp-note__meta">{t('participant.pending')}</p>
            </li>
          ))}
        </ul>
      )}
      {notes.length === 0 && waiting.length === 0 && <p>{t('participant.empty')}</p>}
      {clusters.length === 0 ? (
        <ul class="wp-notes">
          {[...notes].reverse().map((note) => (
            <PhoneNote key={note.id} props={props} note={note} />
          ))}
        </ul>
      ) : (
        <>
          <p class="wp-field__hint">{t('participant.clusteringHint')}</p>
          {clusters.map((cluster) => (
            <section
              key={cluster.id}
              class="wp-stack wp-plenary-group"
              aria-labelledby={`pc-${cluster.id}`}
            >
              <h3 id={`pc-${cluster.id}`}>{cluster.name}</h3>
              <ul class="wp-notes">
                {(groups.get(cluster.id) ?? []).map((note) => (
                  <PhoneNote key={note.id} props={props} note={note} />
                ))}
              </ul>
            </section>
          ))}
          {loose.length > 0 && (
            <section class="wp-stack wp-plenary-group" aria-labelledby="pc-loose">
              <h3 id="pc-loose">{t('unclustered')}</h3>
              <ul class="wp-notes">
                {loose.map((note) => (
                  <PhoneNote key={note.id} props={props} note={note} />
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </section>
  );
}
