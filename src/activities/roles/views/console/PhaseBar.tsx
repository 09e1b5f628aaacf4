import { Checkbox } from '../../../../ui/Checkbox.tsx';
import { PhaseSteps } from '../../../../ui/PhaseSteps.tsx';
import { phases } from '../../phases.ts';
import type { RolesViewProps } from '../types.ts';

type Phase = (typeof phases.phases)[number];

/** What each move sends, and the words on its button. */
const MOVES: Record<Phase, { command: { type: 'close' | 'reopen' }; label: string }> = {
  closed: { command: { type: 'close' }, label: 'console.close' },
  open: { command: { type: 'reopen' }, label: 'console.reopen' },
};

/**
 * Where the activity is, the way to close (and reopen) it, and the catalog switch: whether
 * phones show the seed's roles as suggestions. The switch saves at once.
 */
export function PhaseBar(props: RolesViewProps) {
  const { t, activity } = props;
  const { phase } = activity.state;
  const configure = props.configure;

  return (
    <div class="wp-stack">
      <PhaseSteps
        machine={phases}
        phase={phase}
        status={<strong>{t('console.phaseNow', { phase: t(`phase.${phase}`) })}</strong>}
        actionLabel={(to) => t(MOVES[to].label)}
        onMove={(to) => props.send(MOVES[to].command)}
      />
      {configure && (
        <Checkbox
          checked={activity.config.suggestions}
          onChange={(on) => void configure({ ...activity.config, suggestions: on })}
        >
          {t('console.suggestionsToggle')}
        </Checkbox>
      )}
    </div>
  );
}
