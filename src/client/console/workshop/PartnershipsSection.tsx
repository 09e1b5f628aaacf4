import { useState } from 'preact/hooks';
import { activeParticipants, type WorkshopState } from '../../../domain/workshop/state.ts';
import { useT } from '../../../ui/i18n.tsx';
import { LiveRegion } from '../../../ui/LiveRegion.tsx';
import type { RunCommand } from '../commands.ts';
import { emptyPartnership, PartnershipForm, type PartnershipFields } from './PartnershipForm.tsx';
import { PartnershipItem } from './PartnershipItem.tsx';
import { Section } from './Section.tsx';

/** The municipalities taking part, each with its formal and informal organisation. */
export function PartnershipsSection({
  workshop,
  run,
}: {
  workshop: WorkshopState;
  run: RunCommand;
}) {
  const t = useT();
  const [message, setMessage] = useState('');
  const partnerships = Object.values(workshop.partnerships).sort((a, b) =>
    a.municipality.localeCompare(b.municipality),
  );
  const people = activeParticipants(workshop);

  async function add(fields: PartnershipFields): Promise<string | null> {
    const result = await run({ type: 'addPartnership', ...fields });
    if (!result.ok) return result.message;
    setMessage(t('console.partnerships.added', { name: fields.municipality }));
    return null;
  }

  return (
    <Section id="partnerships" title={t('console.sections.partnerships')}>
      <p>{t('console.partnerships.intro')}</p>
      {partnerships.length === 0 ? (
        <p>{t('console.partnerships.empty')}</p>
      ) : (
        <ul class="wp-console-list wp-console-list--grid">
          {partnerships.map((partnership) => (
            <PartnershipItem
              key={partnership.id}
              partnership={partnership}
              participantCount={people.filter((p) => p.partnershipId === partnership.id).length}
              run={run}
              onRemoved={() =>
                setMessage(t('console.partnerships.removed', { name: partnership.municipality }))
              }
            />
          ))}
        </ul>
      )}
      <div class="wp-card wp-stack">
        <h3>{t('console.partnerships.addTitle')}</h3>
        <PartnershipForm
          initial={emptyPartnership}
          submitLabel={t('console.partnerships.add')}
          onSubmit={add}
          resetAfter
        />
      </div>
      <LiveRegion message={message} />
    </Section>
  );
}
