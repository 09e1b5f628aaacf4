import { activeParticipants, type WorkshopState } from '../../../domain/workshop/state.ts';
import { useT } from '../../../ui/i18n.tsx';
import { SECTION_IDS, type SectionId } from './Section.tsx';

/** The in-page menu. Counts give a glance at the room without scrolling. */
export function SectionNav({ workshop }: { workshop: WorkshopState }) {
  const t = useT();
  const counts: Partial<Record<SectionId, number>> = {
    partnerships: Object.keys(workshop.partnerships).length,
    participants: activeParticipants(workshop).length,
    programme: Object.keys(workshop.programme.blocks).length,
    team: Object.keys(workshop.facilitators).length,
  };
  return (
    <nav class="wp-console-nav" aria-label={t('console.workshop.nav')}>
      <ul>
        {SECTION_IDS.map((id) => {
          const label = t(`console.sections.${id}`);
          const count = counts[id];
          return (
            <li key={id}>
              <a href={`#${id}`}>
                {count === undefined ? label : t('console.workshop.navCount', { label, count })}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
