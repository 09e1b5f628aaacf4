import { useState } from 'preact/hooks';
import { Checkbox } from '../../../../ui/Checkbox.tsx';
import { ConfirmDialog } from '../../../../ui/ConfirmDialog.tsx';
import type { PrejudiceCard } from '../../viewShapes.ts';
import type { CrossTheLineViewProps } from '../types.ts';

/**
 * How this item's count is shown: split formal/informal, and — asked first, because it can
 * name people — exact numbers under 3.
 */
export function CountDisplay(props: CrossTheLineViewProps & { card: PrejudiceCard }) {
  const { t, card } = props;
  const [asking, setAsking] = useState(false);
  const set = (split: boolean, exact: boolean) =>
    props.send({ type: 'setCountDisplay', prejudiceId: card.id, split, exact });
  return (
    <div class="wp-stack">
      <Checkbox checked={card.split} onChange={(on) => void set(on, card.exact)}>
        {t('console.split')}
      </Checkbox>
      <Checkbox
        checked={card.exact}
        onChange={(on) => (on ? setAsking(true) : void set(card.split, false))}
      >
        {t('console.exact')}
      </Checkbox>
      <ConfirmDialog
        open={asking}
        title={t('console.exactAsk')}
        message={t('console.exactWarning')}
        confirmLabel={t('console.exactConfirm')}
        cancelLabel={t('console.cancel')}
        onConfirm={() => set(card.split, true)}
        onClose={() => setAsking(false)}
      />
    </div>
  );
}
