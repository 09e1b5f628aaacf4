import './surprise.css';
import { LiveRegion } from '../../../ui/LiveRegion.tsx';
import { PhaseSteps } from '../../../ui/PhaseSteps.tsx';
import { useAnnouncement } from '../../../ui/useOnChange.ts';
import { phases } from '../phases.ts';
import { ConsoleText } from './console/ConsoleText.tsx';
import { Settings } from './console/Settings.tsx';
import { useSurpriseShortcuts } from './console/useShortcuts.ts';
import { ShortTextForm } from '../../../ui/ShortTextForm.tsx';
import type { SurpriseViewProps } from './types.ts';

/**
 * The facilitator's controls for "Wat heeft je verrast?": close or reopen the round, type in
 * what someone says aloud, and look after the wall: spotlight, hide, delete what one typed.
 * Newest first, so what just came in is at hand.
 */
export default function SurpriseConsole(props: SurpriseViewProps) {
  const { t, activity } = props;
  const { phase } = activity.state;
  useSurpriseShortcuts(props);
  const phaseMessage = useAnnouncement(phase, () =>
    t('console.phaseChanged', { phase: t(`phase.${phase}`) }),
  );
  const texts = Object.values(activity.state.texts).sort((a, b) => b.createdSeq - a.createdSeq);
  return (
    <div class="wp-stack wp-surprise-console">
      <PhaseSteps
        machine={phases}
        phase={phase}
        status={<strong>{t('console.phaseNow', { phase: t(`phase.${phase}`) })}</strong>}
        actionLabel={(to) => (to === 'closed' ? t('console.close') : t('console.reopen'))}
        onMove={(to) => props.send({ type: to === 'closed' ? 'close' : 'reopen' })}
      />
      <p class="wp-surprise-prompt">{activity.config.prompt}</p>
      {phase === 'open' && (
        <ShortTextForm
          label={t('console.spokenLabel')}
          hint={t('console.spokenHint')}
          submitLabel={t('console.addSpoken')}
          tApp={props.tApp}
          onSubmit={(text) => props.send({ type: 'addText', text })}
        />
      )}
      <section class="wp-stack" aria-labelledby="surprise-console-texts">
        <h2 id="surprise-console-texts">
          {t('console.texts')} <span class="wp-badge">{texts.length}</span>
        </h2>
        {texts.length === 0 && <p>{t('console.noTexts')}</p>}
        <ul class="wp-notes">
          {texts.map((item) => (
            <ConsoleText key={item.id} {...props} item={item} />
          ))}
        </ul>
      </section>
      {props.configure && <Settings {...props} configure={props.configure} />}
      <LiveRegion message={phaseMessage} />
    </div>
  );
}
