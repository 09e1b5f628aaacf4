import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ProgrammeBlock, ProgrammeDay } from '../../../../domain/programme/state.ts';
import { Button } from '../../../../ui/Button.tsx';
import { useLanguage, useT } from '../../../../ui/i18n.tsx';
import { formatDay } from '../format.ts';
import { AddBlock } from './AddBlock.tsx';
import { BlockItem } from './BlockItem.tsx';
import { useProgramme } from './context.ts';
import { DayEditor } from './DayEditor.tsx';

/** One day: its name and date, its blocks in order (a drop target, also when empty), adding. */
export function DayCard({ day }: { day: ProgrammeDay }) {
  const t = useT();
  const language = useLanguage();
  const { programme } = useProgramme();
  const [editing, setEditing] = useState(false);
  const droppable = useDroppable({ id: `day:${day.id}`, data: { dayId: day.id } });
  const head = useRef<HTMLDivElement>(null);
  const toggled = useRef(false);
  const titleId = `day-${day.id}-title`;

  useEffect(() => {
    if (toggled.current && !editing) head.current?.querySelector('button')?.focus();
  }, [editing]);

  const blocks = day.blockIds
    .map((id) => programme.blocks[id])
    .filter((b): b is ProgrammeBlock => !!b);
  return (
    <section class="wp-card wp-stack wp-prog-day" aria-labelledby={titleId}>
      <div ref={head} class="wp-spread">
        <div>
          <h3 id={titleId} tabIndex={-1}>
            {day.title}
          </h3>
          <p class="wp-prog-day__date">
            {day.date ? formatDay(day.date, language) : t('console.programme.day.noDate')}
            {' · '}
            {t('console.programme.day.blocks', { count: blocks.length })}
          </p>
        </div>
        <Button
          variant="quiet"
          aria-expanded={editing}
          aria-describedby={titleId}
          onClick={() => {
            toggled.current = true;
            setEditing(!editing);
          }}
        >
          {t('console.programme.day.edit')}
        </Button>
      </div>
      {editing && (
        <DayEditor
          day={day}
          onClose={() => {
            toggled.current = true;
            setEditing(false);
          }}
        />
      )}
      <div
        ref={droppable.setNodeRef}
        class={`wp-prog-drop${droppable.isOver ? ' wp-prog-drop--over' : ''}`}
      >
        {blocks.length === 0 ? (
          <p class="wp-field__hint">{t('console.programme.day.emptyDay')}</p>
        ) : (
          <SortableContext items={blocks.map((b) => b.id)} strategy={verticalListSortingStrategy}>
            <ol class="wp-prog-blocks">
              {blocks.map((block) => (
                <BlockItem key={block.id} block={block} day={day} />
              ))}
            </ol>
          </SortableContext>
        )}
      </div>
      <AddBlock day={day} />
    </section>
  );
}
