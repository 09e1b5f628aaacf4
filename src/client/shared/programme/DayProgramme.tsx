import './dayProgramme.css';
import { own } from '../../../domain/ids.ts';
import type { ProgrammeBlock, ProgrammeDay } from '../../../domain/programme/state.ts';
import type { WorkshopState } from '../../../domain/workshop/state.ts';
import { useT } from '../../../ui/i18n.tsx';

/**
 * One day of the programme as a short list, "09:30 Welkom": for the welcome screens. Only
 * times and titles; the facilitators' notes stay in the console.
 */
export function DayProgramme({
  workshop,
  day,
  headingLevel = 2,
  class: className = '',
}: {
  workshop: WorkshopState;
  day: ProgrammeDay | null;
  headingLevel?: 2 | 3;
  class?: string;
}) {
  const t = useT();
  const blocks = (day?.blockIds ?? [])
    .map((id) => own(workshop.programme.blocks, id))
    .filter((b): b is ProgrammeBlock => !!b);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const label = (block: ProgrammeBlock) =>
    block.title || (block.itemType ? t(`common.programme.itemTypes.${block.itemType}`) : '');
  return (
    <section class={`wp-day-programme wp-stack ${className}`} aria-labelledby="day-programme-title">
      <Heading id="day-programme-title">
        {day?.title
          ? t('common.day.programmeOf', { day: day.title })
          : t('common.day.programmeTitle')}
      </Heading>
      {blocks.length === 0 ? (
        <p>{t('common.day.programmeLater')}</p>
      ) : (
        <ol class="wp-day-programme__list">
          {blocks.map((block) => (
            <li key={block.id}>
              <span class="wp-day-programme__time">{block.startTime ?? ''}</span>
              <span class="wp-day-programme__title">{label(block)}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
