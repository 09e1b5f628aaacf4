import { useEffect, useRef, useState } from 'preact/hooks';
import type { ProgrammeDay } from '../../../../domain/programme/state.ts';
import { Button } from '../../../../ui/Button.tsx';
import { useT } from '../../../../ui/i18n.tsx';
import { addToClock } from '../format.ts';
import { BlockForm, type BlockFields, type BlockValues } from './BlockForm.tsx';
import { useProgramme } from './context.ts';
import { indexForTime } from './move.ts';

/** Adds a block to a day, placed by its start time; it starts where the day's last block ends. */
export function AddBlock({ day }: { day: ProgrammeDay }) {
  const t = useT();
  const { programme, run, announce } = useProgramme();
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const toggled = useRef(false);
  const titleId = `day-${day.id}-add-title`;

  useEffect(() => {
    if (toggled.current && !open) box.current?.querySelector('button')?.focus();
  }, [open]);

  const startOf = (blockId: string) => programme.blocks[blockId]?.startTime ?? null;
  const lastTimed = [...day.blockIds]
    .reverse()
    .map((id) => programme.blocks[id])
    .find((b) => b?.startTime);
  const initial: BlockFields = {
    title: '',
    startTime: lastTimed?.startTime ? addToClock(lastTimed.startTime, lastTimed.durationMin) : '',
    duration: '30',
    notes: '',
    // A plain item unless chosen otherwise: a live activity is a deliberate choice.
    type: 'item:other',
  };

  function close() {
    toggled.current = true;
    setOpen(false);
  }

  async function add(values: BlockValues): Promise<string | null> {
    const result = await run({
      type: 'addBlock',
      dayId: day.id,
      ...values,
      index: indexForTime(values.startTime, day.blockIds, startOf),
    });
    if (!result.ok) return result.message;
    announce(t('console.programme.form.added', { title: values.title }));
    close();
    return null;
  }

  return (
    <div ref={box}>
      {open ? (
        <section class="wp-stack wp-prog-add" aria-labelledby={titleId}>
          <h4 id={titleId}>{t('console.programme.form.addTitle', { day: day.title })}</h4>
          <BlockForm
            initial={initial}
            types="all"
            submitLabel={t('console.programme.form.add')}
            onSubmit={add}
            onCancel={close}
          />
        </section>
      ) : (
        <Button
          variant="secondary"
          aria-describedby={`day-${day.id}-title`}
          onClick={() => setOpen(true)}
        >
          {t('console.programme.form.add')}
        </Button>
      )}
    </div>
  );
}
