import { useState } from 'preact/hooks';
import './strength.css';
import { SIDES } from '../../../domain/workshop/state.ts';
import { LiveRegion } from '../../../ui/LiveRegion.tsx';
import { useAnnouncement } from '../../../ui/useOnChange.ts';
import { MergeBar } from './console/MergeBar.tsx';
import { NoteColumn } from './console/NoteColumn.tsx';
import { PhaseControls } from './console/PhaseControls.tsx';
import { SettingsPanel } from './console/SettingsPanel.tsx';
import { UnsharedNotes } from './UnsharedNotes.tsx';
import { useStrengthShortcuts } from './console/useShortcuts.ts';
import type { StrengthViewProps } from './types.ts';

/**
 * The facilitator's controls for "De kracht van de ander": the phase, both lists with every
 * note (hidden ones too, greyed), and the tools to tidy them for the plenary: spotlight, edit,
 * hide, merge duplicates. Columns are ordered by what the notes are *about*: the informal
 * group writes what formal workers do well, so its notes head the "formal" column.
 */
export default function StrengthConsole(props: StrengthViewProps) {
  const { state } = props.activity;
  const [selected, setSelected] = useState<readonly string[]>([]);
  useStrengthShortcuts(props);
  const { phase, round } = state;
  const phaseMessage = useAnnouncement(`${phase}:${round}`, () =>
    props.t('console.phaseChanged', {
      phase: `${props.t(`phase.${phase}`)}, ${props.t('round', { round })}`,
    }),
  );

  // A selected note can be merged or hidden by a colleague meanwhile: keep only usable ones.
  const usable = selected.filter((id) => {
    const note = state.notes[id];
    return note && !note.hidden && !note.mergedInto;
  });
  const toggle = (noteId: string, on: boolean) =>
    setSelected(on ? [...usable, noteId] : usable.filter((id) => id !== noteId));

  return (
    <div class="wp-stack">
      <PhaseControls {...props} />
      <UnsharedNotes {...props} />
      <MergeBar {...props} selected={usable} onDone={() => setSelected([])} />
      <div class="wp-columns">
        {SIDES.map((about) => (
          <NoteColumn
            key={about}
            {...props}
            writtenBy={about === 'formal' ? 'informal' : 'formal'}
            selected={usable}
            onSelect={toggle}
          />
        ))}
      </div>
      {props.configure && <SettingsPanel {...props} configure={props.configure} />}
      <LiveRegion message={phaseMessage} />
    </div>
  );
}
