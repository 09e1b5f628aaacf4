import { AskFirstButton } from '../../../../ui/AskFirstButton.tsx';
import { Button } from '../../../../ui/Button.tsx';
import type { PlansViewProps } from '../types.ts';

/** The phase and its steps: share every plan at once, close the writing (asked first) or reopen. */
export function PhaseBar(props: { view: PlansViewProps; unshared: number }) {
  const { t, activity, send } = props.view;
  const writing = activity.state.phase === 'write';
  return (
    <div class="wp-row">
      <span class="wp-badge">{t(`phase.${activity.state.phase}`)}</span>
      {props.unshared > 0 && (
        <Button variant="secondary" onClick={() => send({ type: 'shareAllPlans' })}>
          {t('console.shareAll')}
        </Button>
      )}
      {writing ? (
        <AskFirstButton
          variant="secondary"
          question={t('console.confirmClose')}
          confirmLabel={t('console.confirmCloseYes')}
          cancelLabel={t('item.cancel')}
          onConfirm={() => send({ type: 'close' })}
        >
          {t('console.close')}
        </AskFirstButton>
      ) : (
        <Button variant="secondary" onClick={() => send({ type: 'reopen' })}>
          {t('console.reopen')}
        </Button>
      )}
    </div>
  );
}
