import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  TouchSensor,
  rectIntersection,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
} from '@dnd-kit/core';
import { useState } from 'preact/hooks';
import { own } from '../../../../domain/ids.ts';
import { LiveRegion } from '../../../../ui/LiveRegion.tsx';
import { notesByCluster, orderedClusters, type Note, type PlenaryState } from '../../schema.ts';
import type { PlenaryViewProps } from '../types.ts';
import { ClusterForm } from './ClusterForm.tsx';
import { ClusterZone, zoneId } from './ClusterZone.tsx';

/**
 * Mouse and pen drag at once after a small movement; a finger must rest a moment first, so
 * that swiping still scrolls the page (as in the tree's board).
 */
class MouseAndPenSensor extends PointerSensor {
  static override activators = [
    {
      eventName: 'onPointerDown' as const,
      handler: ({ nativeEvent }: { nativeEvent: PointerEvent }) =>
        nativeEvent.isPrimary && nativeEvent.button === 0 && nativeEvent.pointerType !== 'touch',
    },
  ];
}

/** The state with moves still on their way already applied, so nothing jumps back on drop. */
function withPendingMoves(props: PlenaryViewProps): PlenaryState {
  let state = props.activity.state;
  for (const p of props.pending) {
    if (p.command.type !== 'moveNote') continue;
    const note = own(state.notes, p.command.noteId);
    if (note)
      state = {
        ...state,
        notes: { ...state.notes, [note.id]: { ...note, clusterId: p.command.clusterId } },
      };
  }
  return state;
}

/**
 * The facilitator's clustering: make a cluster, then drag notes into it (mouse, touch or
 * keyboard) or move them with the menu on each note. Hidden notes stay where they were, greyed.
 */
export function ClusterBoard({ view }: { view: PlenaryViewProps }) {
  const { t } = view;
  const [message, setMessage] = useState('');
  const sensors = useSensors(
    useSensor(MouseAndPenSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 8 } }),
    useSensor(KeyboardSensor),
  );
  const state = withPendingMoves(view);
  const clusters = orderedClusters(state);
  const notes = Object.values(state.notes).sort((a, b) => a.createdSeq - b.createdSeq);
  const groups = notesByCluster(notes);
  const clusterOf = (zone: unknown): string | null | undefined => {
    const key = String(zone);
    if (!key.startsWith('zone:')) return undefined;
    const id = key.slice(5);
    return id === '' ? null : own(state.clusters, id) ? id : undefined;
  };
  const nameOf = (clusterId: string | null) =>
    clusterId === null ? t('unclustered') : (own(state.clusters, clusterId)?.name ?? '');
  const textOf = (id: unknown) => own(state.notes, String(id))?.text ?? '';
  const zoneName = (zone: unknown) => {
    const clusterId = clusterOf(zone);
    return clusterId === undefined ? '' : nameOf(clusterId);
  };
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('console.picked', { text: textOf(active.id) }),
    onDragOver: ({ over }) =>
      over ? t('console.over', { cluster: zoneName(over.id) }) : undefined,
    onDragEnd: ({ active, over }) =>
      over
        ? t('console.dropped', { text: textOf(active.id), cluster: zoneName(over.id) })
        : undefined,
    onDragCancel: ({ active }) => t('console.cancelled', { text: textOf(active.id) }),
  };

  function move(note: Note, clusterId: string | null) {
    if (note.clusterId === clusterId) return;
    void view.send({ type: 'moveNote', noteId: note.id, clusterId });
    setMessage(t('console.movedTo', { text: note.text, cluster: nameOf(clusterId) }));
  }

  function onDragEnd({ active, over }: DragEndEvent) {
    const note = own(state.notes, String(active.id));
    const clusterId = over ? clusterOf(over.id) : undefined;
    if (note && clusterId !== undefined) move(note, clusterId);
  }

  return (
    <section class="wp-stack" aria-labelledby="plenary-clusters">
      <h2 id="plenary-clusters">{t('console.clusters')}</h2>
      <p class="wp-field__hint">{t('console.clustersHint')}</p>
      <ClusterForm
        label={t('console.newCluster')}
        submitLabel={t('console.addCluster')}
        tApp={view.tApp}
        onSubmit={(name) => view.send({ type: 'addCluster', name })}
      />
      {notes.length === 0 && <p>{t('console.noNotes')}</p>}
      <DndContext
        sensors={sensors}
        collisionDetection={rectIntersection}
        onDragEnd={onDragEnd}
        accessibility={{
          announcements,
          screenReaderInstructions: { draggable: t('console.dragHint') },
        }}
      >
        <div class="wp-plenary-board">
          {[null, ...clusters].map((cluster) => (
            <ClusterZone
              key={zoneId(cluster?.id ?? null)}
              view={view}
              cluster={cluster}
              notes={groups.get(cluster?.id ?? null) ?? []}
              clusters={clusters}
              onMove={move}
            />
          ))}
        </div>
      </DndContext>
      <LiveRegion message={message} />
    </section>
  );
}
