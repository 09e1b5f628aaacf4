import './evaluation.css';
import { LiveRegion } from '../../../ui/LiveRegion.tsx';
import { Notice } from '../../../ui/Notice.tsx';
import { useAnnouncement } from '../../../ui/useOnChange.ts';
import { PhaseControls } from './console/PhaseControls.tsx';
import { QuestionEditor } from './console/QuestionEditor.tsx';
import { Results } from './console/Results.tsx';
import { ScreenControls } from './console/ScreenControls.tsx';
import { useEvaluationShortcuts } from './console/useShortcuts.ts';
import type { EvaluationViewProps } from './types.ts';

/**
 * The facilitator's controls: the questions (before opening), open and close, how many filled
 * it in, the results per question and what the screen in the room shows.
 */
export default function EvaluationConsole(props: EvaluationViewProps) {
  const { t, activity, workshop } = props;
  const { phase, respondents, respondentIds, questions } = activity.state;
  useEvaluationShortcuts(props);
  const phaseMessage = useAnnouncement(phase, () =>
    t('console.phaseChanged', { phase: t(`phase.${phase}`) }),
  );
  const total = Object.keys(workshop.participants).length;
  const count = respondents && 'exact' in respondents ? respondents.exact : 0;
  return (
    <div class="wp-stack wp-eval-console">
      <PhaseControls {...props} />
      {questions && (
        <p class="wp-eval-console__count" aria-live="polite">
          {t('console.respondents', { count, total })}
        </p>
      )}
      {respondentIds && (
        <section aria-labelledby="eval-who">
          <h3 id="eval-who">{t('console.whoAnswered')}</h3>
          <p>
            {respondentIds.length === 0
              ? t('console.nobodyYet')
              : respondentIds
                  .map((id) => workshop.participants[id]?.displayName ?? t('console.unknownAuthor'))
                  .join(', ')}
          </p>
        </section>
      )}
      <ScreenControls {...props} />
      <Results {...props} />
      {props.configure &&
        (questions === null ? (
          <QuestionEditor {...props} configure={props.configure} />
        ) : (
          <Notice>{t('console.settingsFixed')}</Notice>
        ))}
      <LiveRegion message={phaseMessage} />
    </div>
  );
}
