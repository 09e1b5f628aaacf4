import './pitch.css';
import { PitchControls } from './console/PitchControls.tsx';
import { PrepOverview } from './console/PrepOverview.tsx';
import { RunningOrder } from './console/RunningOrder.tsx';
import { SettingsPanel } from './console/SettingsPanel.tsx';
import { useRunningOrder } from './parts/names.ts';
import type { PitchViewProps } from './types.ts';

/**
 * The facilitator's controls for the elevator pitch: the timer and the way on, the running
 * order (drag and drop or Up/Down), and each municipality's preparation as it is written.
 */
export default function PitchConsole(props: PitchViewProps) {
  const order = useRunningOrder(props.activity.state, props.workshop);
  return (
    <div class="wp-stack wp-pitch-console">
      <PitchControls {...props} />
      <RunningOrder {...props} order={order} />
      <PrepOverview {...props} order={order} />
      {props.configure && <SettingsPanel {...props} configure={props.configure} />}
    </div>
  );
}
