import { useState } from 'preact/hooks';
import './crossTheLine.css';
import { LiveRegion } from '../../../ui/LiveRegion.tsx';
import { useAnnouncement } from '../../../ui/useOnChange.ts';
import { BowlPanel } from './console/BowlPanel.tsx';
import { CurrentPanel } from './console/CurrentPanel.tsx';
import { OrderPanel } from './console/OrderPanel.tsx';
import { PhaseControls } from './console/PhaseControls.tsx';
import { PlayedPanel } from './console/PlayedPanel.tsx';
import { QueuePanel, type Selection } from './console/QueuePanel.tsx';
import { SettingsPanel } from './console/SettingsPanel.tsx';
import { useCrossTheLineShortcuts } from './console/useShortcuts.ts';
import { currentCard, type CrossTheLineViewProps } from './types.ts';

/**
 * The facilitator's controls for "Over de streep": screen what comes in (approve, edit, merge,
 * reject), set the order, show one prejudice at a time and close its crossing to show the
 * count, gather arguments and mark the outcome, then knock the skittles over. The facilitator
 * sees the same guarded counts as the room, and never who crossed.
 */
export default function CrossTheLineConsole(props: CrossTheLineViewProps) {
  const { t, activity } = props;
  const { phase } = activity.state;
  const [selected, setSelected] = useState<readonly string[]>([]);
  useCrossTheLineShortcuts(props);
  const current = currentCard(activity.state);
  const announcement = useAnnouncement(`${phase}:${current?.id ?? ''}`, () =>
    current && phase === 'play'
      ? t('console.announce', { text: current.text })
      : t(`phase.${phase}`),
  );
  // A selected prejudice can be shown, merged or rejected meanwhile: keep only mergeable ones.
  const usable = selected.filter((id) => {
    const card = activity.state.prejudices[id];
    return (
      card && card.stage === 'queued' && card.status !== 'rejected' && card.status !== 'merged'
    );
  });
  const selection: Selection = {
    ids: usable,
    toggle: (id, on) => setSelected(on ? [...usable, id] : usable.filter((s) => s !== id)),
    clear: () => setSelected([]),
  };
  const screening = phase === 'collect' || phase === 'play';
  return (
    <div class="wp-stack wp-xl-console">
      <PhaseControls {...props} />
      {phase === 'play' && <CurrentPanel {...props} />}
      {phase === 'bowl' && <BowlPanel {...props} />}
      {screening && <QueuePanel {...props} selection={selection} />}
      {screening && <OrderPanel {...props} selection={selection} />}
      <PlayedPanel {...props} />
      {props.configure && <SettingsPanel {...props} configure={props.configure} />}
      <LiveRegion message={announcement} />
    </div>
  );
}
