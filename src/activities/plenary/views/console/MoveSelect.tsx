import { useState } from 'preact/hooks';
import { Button } from '../../../../ui/Button.tsx';
import type { Cluster, Note } from '../../schema.ts';
import type { PlenaryViewProps } from '../types.ts';

/** The value of "not clustered yet" in the menu (ids never hold a colon). */
const LOOSE = ':loose';

/**
 * The way to move a note without dragging: choose a cluster, then press "Verplaatsen". A
 * button confirms the choice, so arrowing through the menu never moves anything by accident.
 */
export function MoveSelect(props: {
  view: PlenaryViewProps;
  note: Note;
  clusters: readonly Cluster[];
  describedBy: string;
  onMove: (clusterId: string | null) => void;
}) {
  const { note, clusters, view } = props;
  const { t } = view;
  const [choice, setChoice] = useState('');
  const id = `plenary-move-${note.id}`;
  const targets = [
    ...(note.clusterId !== null ? [{ value: LOOSE, label: t('unclustered') }] : []),
    ...clusters.filter((c) => c.id !== note.clusterId).map((c) => ({ value: c.id, label: c.name })),
  ];
  if (targets.length === 0) return null;
  return (
    <div class="wp-plenary-move">
      <div class="wp-field">
        <label for={id} class="wp-field__label">
          {t('console.moveLabel')}
        </label>
        <select
          id={id}
          class="wp-input wp-select"
          value={choice}
          aria-describedby={props.describedBy}
          onChange={(e) => setChoice(e.currentTarget.value)}
        >
          <option value="">{t('console.moveChoose')}</option>
          {targets.map((target) => (
            <option key={target.value} value={target.value}>
              {target.label}
            </option>
          ))}
        </select>
      </div>
      <Button
        variant="secondary"
        disabled={!choice}
        aria-describedby={props.describedBy}
        onClick={() => {
          props.onMove(choice === LOOSE ? null : choice);
          setChoice('');
        }}
      >
        {t('console.move')}
      </Button>
    </div>
  );
}
