import { Button } from '../../../../ui/Button.tsx';
import type { Outcome } from '../../schema.ts';
import type { PrejudiceCard } from '../../viewShapes.ts';
import type { CrossTheLineViewProps } from '../types.ts';

const CHOICES: readonly { outcome: Outcome | null; label: string }[] = [
  { outcome: 'debunked', label: 'console.markDebunked' },
  { outcome: 'stays', label: 'console.markStays' },
  { outcome: null, label: 'console.clearOutcome' },
];

/** Marks the outcome: debunked (it becomes a skittle) or it stays on the table. */
export function OutcomeButtons(props: CrossTheLineViewProps & { card: PrejudiceCard }) {
  const { t, card } = props;
  return (
    <div class="wp-row" role="group" aria-label={`${t('console.outcomeLabel')}: ${card.text}`}>
      {CHOICES.map((choice) => (
        <Button
          key={String(choice.outcome)}
          variant={card.outcome === choice.outcome ? 'primary' : 'secondary'}
          aria-pressed={card.outcome === choice.outcome ? 'true' : 'false'}
          disabled={card.knockedDown}
          onClick={() =>
            void props.send({ type: 'setOutcome', prejudiceId: card.id, outcome: choice.outcome })
          }
        >
          {t(choice.label)}
        </Button>
      ))}
    </div>
  );
}
