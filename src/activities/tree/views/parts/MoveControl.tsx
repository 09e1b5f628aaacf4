import { useState } from 'preact/hooks';
import type { Translate } from '../../../../i18n/index.ts';
import { Button } from '../../../../ui/Button.tsx';
import { ZONES, type Item, type Zone } from '../../schema.ts';

/**
 * The way to move an item without dragging: choose a place, then press "Verplaatsen". A
 * button confirms the choice, so arrowing through the list never moves anything by accident.
 */
export function MoveControl(props: {
  item: Item;
  position: number;
  count: number;
  t: Translate;
  describedBy: string;
  onMove: (zone: Zone, index?: number) => void;
}) {
  const { item, position, count, t } = props;
  const [choice, setChoice] = useState('');
  const id = `tree-move-${item.id}`;
  function move() {
    if (choice === 'up') props.onMove(item.zone, position - 1);
    else if (choice === 'down') props.onMove(item.zone, position + 1);
    else if (choice) props.onMove(choice as Zone);
    setChoice('');
  }
  return (
    <div class="wp-tree-move">
      <label for={id} class="wp-field__label">
        {t('participant.moveLabel')}
      </label>
      <div class="wp-tree-move__row">
        <select
          id={id}
          class="wp-input wp-select"
          value={choice}
          aria-describedby={props.describedBy}
          onChange={(e) => setChoice(e.currentTarget.value)}
        >
          <option value="">{t('participant.moveChoose')}</option>
          {position > 0 && <option value="up">{t('participant.moveUp')}</option>}
          {position < count - 1 && <option value="down">{t('participant.moveDown')}</option>}
          {ZONES.filter((z) => z !== item.zone).map((z) => (
            <option key={z} value={z}>
              {t('participant.moveTo', { zone: t(`zone.${z}`) })}
            </option>
          ))}
        </select>
        <Button
          variant="secondary"
          disabled={!choice}
          aria-describedby={props.describedBy}
          onClick={move}
        >
          {t('participant.move')}
        </Button>
      </div>
    </div>
  );
}
