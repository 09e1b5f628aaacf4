import { useEffect, useRef, useState } from 'preact/hooks';
import { nextIsoDate } from '../../../../domain/programme/dates.ts';
import { Button } from '../../../../ui/Button.tsx';
import { useT } from '../../../../ui/i18n.tsx';
import { useProgramme } from './context.ts';
import { DayForm, type DayFields } from './DayForm.tsx';

/** Adds a day at the end; its date follows the last day's, or the workshop's first day. */
export function AddDay() {
  const t = useT();
  const { workshop, programme, run, announce } = useProgramme();
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const toggled = useRef(false);

  useEffect(() => {
    if (toggled.current && !open) box.current?.querySelector('button')?.focus();
  }, [open]);

  const last = programme.days.at(-1);
  const initial: DayFields = {
    title: t('console.programme.day.defaultTitle', { number: programme.days.length + 1 }),
    date: last?.date ? nextIsoDate(last.date) : last ? null : workshop.startsOn,
  };

  async function add(fields: DayFields): Promise<string | null> {
    const result = await run({ type: 'addDay', title: fields.title, date: fields.date });
    if (!result.ok) return result.message;
    announce(t('console.programme.day.added', { title: fields.title }));
    close();
    return null;
  }

  function close() {
    toggled.current = true;
    setOpen(false);
  }

  if (!open) {
    return (
      <div ref={box}>
        <Button variant="secondary" onClick={() => setOpen(true)}>
          {t('console.programme.day.add')}
        </Button>
      </div>
    );
  }
  return (
    <section class="wp-card wp-stack" aria-labelledby="prog-add-day-title">
      <h3 id="prog-add-day-title">{t('console.programme.day.addTitle')}</h3>
      <DayForm
        initial={initial}
        submitLabel={t('console.programme.day.add')}
        onSubmit={add}
        onCancel={close}
      />
    </section>
  );
}
