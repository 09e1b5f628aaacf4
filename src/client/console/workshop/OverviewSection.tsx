import type { WorkshopState } from '../../../domain/workshop/state.ts';
import { useT } from '../../../ui/i18n.tsx';
import type { RunCommand } from '../commands.ts';
import { JoinPanel } from './JoinPanel.tsx';
import { Section } from './Section.tsx';
import { WorkshopDetails } from './WorkshopDetails.tsx';

/** The workshop's details beside what participants need to join. */
export function OverviewSection({ workshop, run }: { workshop: WorkshopState; run: RunCommand }) {
  const t = useT();
  return (
    <Section id="overview" title={t('console.sections.overview')}>
      <div class="wp-columns">
        <WorkshopDetails workshop={workshop} run={run} />
        <JoinPanel workshop={workshop} run={run} />
      </div>
    </Section>
  );
}
