import { useDroppable } from '@dnd-kit/core';
import { useState } from 'preact/hooks';
import { AskFirstButton } from '../../../../ui/AskFirstButton.tsx';
import { Button } from '../../../../ui/Button.tsx';
import type { Cluster, Note } from '../../schema.ts';
import type { PlenaryViewProps } from '../types.ts';
import { BoardNote } from './BoardNote.tsx';
import { ClusterForm } from './ClusterForm.tsx';

/** The drop zone id of a cluster, or of the notes not clustered yet. */
export const zoneId = (clusterId: string | null) => `zone:${clusterId ?? ''}`;

/**
 * One part of the board: a cluster (with rename and remove) or "Nog niet ingedeeld", as a
 * zone notes are dropped in.
 */
export function ClusterZone(props: {
  view: PlenaryViewProps;
  cluster: Cluster | null;
  notes: readonly Note[];
  clusters: readonly Cluster[];
  onMove: (note: Note, clusterId: string | null) => void;
}) {
  const { view, cluster, notes } = props;
  const { t } = view;
  const [renaming, setRenaming] = useState(false);
  const drop = useDroppable({ id: zoneId(cluster?.id ?? null) });
  const headingId = `plenary-zone-${cluster?.id ?? 'loose'}`;
  const name = cluster?.name ?? t('unclustered');
  const classes = ['wp-stack', 'wp-plenary-zone'];
  if (drop.isOver) classes.push('wp-plenary-zone--over');
  return (
    <section ref={drop.setNodeRef} class={classes.join(' ')} aria-labelledby={headingId}>
      <h3 id={headingId}>
        {name} <span class="wp-badge">{notes.length}</span>
      </h3>
      {cluster && renaming && (
        <ClusterForm
          label={t('console.renameCluster')}
          submitLabel={t('console.save')}
          initial={cluster.name}
          tApp={view.tApp}
          onSubmit={(newName) =>
            view.send({ type: 'renameCluster', clusterId: cluster.id, name: newName })
          }
          onCancel={() => setRenaming(false)}
          onDone={() => setRenaming(false)}
        />
      )}
      {cluster && !renaming && (
        <div class="wp-row">
          <Button
            variant="secondary"
            aria-describedby={headingId}
            onClick={() => setRenaming(true)}
          >
            {t('console.rename')}
          </Button>
          <AskFirstButton
            variant="quiet"
            describedBy={headingId}
            question={t('console.confirmRemove', { name: cluster.name })}
            confirmLabel={t('console.removeCluster')}
            cancelLabel={t('console.cancel')}
            onConfirm={() => view.send({ type: 'removeCluster', clusterId: cluster.id })}
          >
            {t('console.removeCluster')}
          </AskFirstButton>
        </div>
      )}
      <ul class="wp-notes">
        {notes.map((note) => (
          <BoardNote
            key={note.id}
            view={view}
            note={note}
            clusters={props.clusters}
            onMove={props.onMove}
          />
        ))}
      </ul>
    </section>
  );
}
