import './plenary.css';
import { LiveRegion } from '../../../ui/LiveRegion.tsx';
import { PhaseSteps } from '../../../ui/PhaseSteps.tsx';
import { useAnnouncement } from '../../../ui/useOnChange.ts';
import { phases } from '../phases.ts';
import { ClusterBoard } from './console/ClusterBoard.tsx';
import { Settings } from './console/Settings.tsx';
import { usePlenaryShortcuts } from './console/useShortcuts.ts';
import { ShortTextForm } from '../../../ui/ShortTextForm.tsx';
import type { PlenaryViewProps } from './types.ts';

/**
 * The facilitator's controls for "Plenaire vraag": close or reopen the question, type in what
 * someone says aloud, and group the notes into named clusters while the room watches.
 */
export default function PlenaryConsole(props: PlenaryViewProps) {
  const { t, activity } = props;
  const { phase } = activity.state;
  usePlenaryShortcuts(props);
  const phaseMessage = useAnnouncement(phase, () =>
    t('console.phaseChanged', { phase: t(`phase.${phase}`) }),
  );
  return (
    <div class="wp-stack wp-plenary-console">
      <PhaseSteps
        machine={phases}
        phase={phase}
        status={<strong>{t('console.phaseNow', { phase: t(`phase.${phase}`) })}</strong>}
        actionLabel={(to) => (to === 'closed' ? t('console.close') : t('console.reopen'))}
        onMove={(to) => props.send({ type: to === 'closed' ? 'close' : 'reopen' })}
      />
      <p class="wp-plenary-prompt">{activity.config.prompt}</p>
      {phase === 'open' && (
        <ShortTextForm
          label={t('console.spokenLabel')}
          hint={t('console.spokenHint')}
          submitLabel={t('console.addSpoken')}
          tApp={props.tApp}
          onSubmit={(text) => props.send({ type: 'addNote', text })}
        />
      )}
      <ClusterBoard view={props} />
      {props.configure && <Settings {...props} configure={props.configure} />}
      <LiveRegion message={phaseMessage} />
    </div>
  );
}
