import './consultation.css';
import { LiveRegion } from '../../../ui/LiveRegion.tsx';
import { PhaseSteps } from '../../../ui/PhaseSteps.tsx';
import { useAnnouncement } from '../../../ui/useOnChange.ts';
import { phases } from '../phases.ts';
import type { Phase } from '../schema.ts';
import { PairingEditor } from './console/PairingEditor.tsx';
import { QuestionsOverview } from './console/QuestionsOverview.tsx';
import { useConsultationShortcuts } from './console/useShortcuts.ts';
import { VisitStatus } from './console/VisitStatus.tsx';
import type { ConsultationViewProps } from './types.ts';

/** What each move sends; the words come from `console.move`. */
const MOVES = {
  visit: { type: 'confirmPairs' },
  prepare: { type: 'reopenPairs' },
  closed: { type: 'close' },
} as const;

/**
 * The facilitator's controls: the phase (confirm the pairs, change them, close), the pairing
 * editor while preparing, each visit's progress and sharing during the visits, and every
 * municipality's questions with their advice.
 */
export default function ConsultationConsole(props: ConsultationViewProps) {
  // The host may draw this view once more with the next activity's state when the running
  // activity changes kind; draw nothing rather than misread another kind's state.
  if (props.activity.kind !== 'consultation') return null;
  const { t, activity } = props;
  const { state } = activity;
  const phaseMessage = useAnnouncement(state.phase, () =>
    t('console.phaseChanged', { phase: t(`phase.${state.phase}`) }),
  );
  useConsultationShortcuts(props);
  const label = (to: Phase) =>
    state.phase === 'closed' && to === 'visit' ? t('console.move.reopen') : t(`console.move.${to}`);
  const move = (to: Phase) => props.send(state.phase === 'closed' ? { type: 'reopen' } : MOVES[to]);
  return (
    <div class="wp-stack wp-consult-console">
      <PhaseSteps
        machine={phases}
        phase={state.phase}
        status={<strong>{t('console.phaseNow', { phase: t(`phase.${state.phase}`) })}</strong>}
        actionLabel={label}
        onMove={move}
        disabled={(to) =>
          to === 'visit' && state.phase === 'prepare' && !Object.keys(state.draft).length
        }
      />
      {state.phase === 'prepare' ? <PairingEditor {...props} /> : <VisitStatus {...props} />}
      <QuestionsOverview {...props} />
      <LiveRegion message={phaseMessage} />
    </div>
  );
}
