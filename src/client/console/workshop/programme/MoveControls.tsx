import { useState } from 'preact/hooks';
import type { ProgrammeBlock, ProgrammeDay } from '../../../../domain/programme/state.ts';
import { Button } from '../../../../ui/Button.tsx';
import { Select } from '../../../../ui/Field.tsx';
import { useT } from '../../../../ui/i18n.tsx';
import { useProgramme } from './context.ts';

/**
 * The keyboard path for what dragging does: one place up or down (across the day border at
 * either end), or to the end of another day. Focus stays on the control that was used.
 */
export function MoveControls({ block, day }: { block: ProgrammeBlock; day: ProgrammeDay }) {
  const t = useT();
  const { programme, move } = useProgramme();
  const days = programme.days;
  const dayIndex = days.findIndex((d) => d.id === day.id);
  const index = day.blockIds.indexOf(block.id);
  const previousDay = days[dayIndex - 1];
  const nextDay = days[dayIndex + 1];
  const otherDays = days.filter((d) => d.id !== day.id);
  const [target, setTarget] = useState('');
  const targetDay = otherDays.find((d) => d.id === target) ?? otherDays[0];
  const id = (control: string) => `block-${block.id}-${control}`;

  function up() {
    if (index > 0) void move(block.id, day.id, index - 1, [id('up'), id('down')]);
    else if (previousDay)
      void move(block.id, previousDay.id, previousDay.blockIds.length, [id('up'), id('down')]);
  }
  function down() {
    if (index < day.blockIds.length - 1)
      void move(block.id, day.id, index + 1, [id('down'), id('up')]);
    else if (nextDay) void move(block.id, nextDay.id, 0, [id('down'), id('up')]);
  }
  function toDay(e: Event) {
    e.preventDefault();
    if (targetDay)
      void move(block.id, targetDay.id, targetDay.blockIds.length, [id('day'), id('up')]);
  }

  return (
    <fieldset class="wp-prog-fieldset">
      <legend class="wp-field__label">{t('console.programme.move.title')}</legend>
      <div class="wp-row">
        <Button
          data-focus={id('up')}
          variant="secondary"
          disabled={index <= 0 && !previousDay}
          onClick={up}
        >
          <span aria-hidden="true">↑</span> {t('console.programme.move.up')}
        </Button>
        <Button
          data-focus={id('down')}
          variant="secondary"
          disabled={index >= day.blockIds.length - 1 && !nextDay}
          onClick={down}
        >
          <span aria-hidden="true">↓</span> {t('console.programme.move.down')}
        </Button>
      </div>
      {targetDay && (
        <form class="wp-console-inline-form" onSubmit={toDay}>
          <Select
            data-focus={id('day')}
            label={t('console.programme.move.toDay')}
            value={targetDay.id}
            onChange={(e) => setTarget(e.currentTarget.value)}
          >
            {otherDays.map((d) => (
              <option key={d.id} value={d.id}>
                {d.title}
              </option>
            ))}
          </Select>
          <Button type="submit" variant="secondary">
            {t('console.programme.move.toDaySubmit')}
          </Button>
        </form>
      )}
    </fieldset>
  );
}
