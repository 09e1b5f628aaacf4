import './plenary.css';
import { own } from '../../../domain/ids.ts';
import { FitPages, type FitColumn, type FitSection } from '../../../ui/fit/FitPages.tsx';
import { notesByCluster, orderedClusters, shownNotes, type Note } from '../schema.ts';
import type { PlenaryViewProps } from './types.ts';

/** Clusters side by side on one page: more would make the columns too narrow to read. */
const COLUMNS_PER_PAGE = 3;

/**
 * The big screen: the question, and the notes as they come in. Once the facilitator makes
 * clusters, the notes stand under their cluster's name, three clusters to a page, with those
 * not clustered yet last. Everything goes through the fit pager: 200 notes never scroll.
 */
export default function PlenaryProjector(props: PlenaryViewProps) {
  const { t, activity } = props;
  const notes = shownNotes(activity.state);
  const clusters = orderedClusters(activity.state);
  const card = (note: Note) => {
    const author = note.authorId ? own(props.workshop.participants, note.authorId) : undefined;
    const by = note.spoken ? t('participant.spoken') : (author?.displayName ?? null);
    return (
      <li key={note.id} class="wp-note wp-plenary-card">
        <p class="wp-note__text">{note.text}</p>
        {by && <p class="wp-plenary-card__by">{by}</p>}
      </li>
    );
  };

  let sections: FitSection[];
  if (clusters.length === 0) {
    sections = [
      {
        key: 'all',
        columns: [
          {
            key: 'notes',
            listClass: 'wp-plenary-grid',
            items: notes.map(card),
            empty: <p class="wp-plenary-empty">{t('projector.empty')}</p>,
          },
        ],
      },
    ];
  } else {
    const groups = notesByCluster(notes);
    const column = (key: string, name: string, items: readonly Note[]): FitColumn => ({
      key,
      class: 'wp-plenary-cluster',
      labelledBy: `plenary-col-${key}`,
      head: (
        <h3 id={`plenary-col-${key}`}>
          {name} <span class="wp-plenary-cluster__count">({items.length})</span>
        </h3>
      ),
      listClass: 'wp-plenary-column',
      items: items.map(card),
      empty: <p class="wp-plenary-empty">{t('projector.emptyCluster')}</p>,
    });
    const columns = clusters.map((c) => column(c.id, c.name, groups.get(c.id) ?? []));
    const loose = groups.get(null) ?? [];
    if (loose.length > 0) columns.push(column('loose', t('unclustered'), loose));
    sections = [];
    for (let i = 0; i < columns.length; i += COLUMNS_PER_PAGE)
      sections.push({ key: `page-${i}`, columns: columns.slice(i, i + COLUMNS_PER_PAGE) });
  }

  return (
    <section class="wp-stack wp-plenary-projector" aria-labelledby="plenary-prompt">
      <div class="wp-spread">
        <h2 id="plenary-prompt">{activity.config.prompt}</h2>
        <p class="wp-plenary-count" aria-live="polite">
          {t('projector.count', { count: notes.length })}
        </p>
      </div>
      <FitPages sections={sections} />
    </section>
  );
}
