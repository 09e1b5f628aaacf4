import './intro.css';
import { LiveRegion } from '../../../ui/LiveRegion.tsx';
import { ConversationTable } from './console/ConversationTable.tsx';
import { RoundControls } from './console/RoundControls.tsx';
import { RoundHistory } from './console/RoundHistory.tsx';
import { SettingsPanel } from './console/SettingsPanel.tsx';
import { useStatusAnnouncement } from './console/useStatus.ts';
import type { ConsoleProps } from './types.ts';

/**
 * The facilitator's controls for the introduction round: start, next round, pause and resume
 * the clock, stop, close; the current conversations with names, municipalities and questions;
 * earlier rounds; and the settings (questions, minutes, automatic rotation).
 */
export default function IntroConsole(props: ConsoleProps) {
  const announcement = useStatusAnnouncement(props);
  return (
    <div class="wp-stack wp-intro-console">
      <RoundControls {...props} />
      <ConversationTable {...props} />
      <RoundHistory {...props} />
      {props.configure && <SettingsPanel {...props} configure={props.configure} />}
      <LiveRegion message={announcement} />
    </div>
  );
}
