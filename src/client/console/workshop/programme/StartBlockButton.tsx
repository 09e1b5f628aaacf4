import { Button } from '../../../../ui/Button.tsx';
import { useT } from '../../../../ui/i18n.tsx';

/** "Nu starten", or "Opnieuw starten" for an item that ran before. */
export function StartBlockButton(props: {
  startedBefore: boolean;
  busy: boolean;
  describedBy: string;
  onStart: () => void;
}) {
  const t = useT();
  return (
    <Button
      variant="secondary"
      busy={props.busy}
      aria-describedby={props.describedBy}
      onClick={props.onStart}
    >
      {props.startedBefore
        ? t('console.programme.block.restart')
        : t('console.programme.block.start')}
    </Button>
  );
}
