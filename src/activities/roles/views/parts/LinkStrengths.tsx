import { useState } from 'preact/hooks';
import { Button } from '../../../../ui/Button.tsx';
import type { Role, StrengthRef } from '../../schema.ts';
import type { RolesViewProps } from '../types.ts';
import { StrengthChecklist } from './StrengthChecklist.tsx';
import { refKey, strengthsOffered } from './strengths.ts';

/** Folded away under the role: link more strengths to it (a suggestion starts with none). */
export function LinkStrengths(props: RolesViewProps & { role: Role; describedBy: string }) {
  const { role, t } = props;
  const [chosen, setChosen] = useState<StrengthRef[]>([]);
  const [error, setError] = useState<string | null>(null);
  const linked = new Set(role.strengths.map(refKey));
  const available = strengthsOffered(props.references, role.side).filter(
    (r) => !linked.has(refKey(r)),
  );
  if (strengthsOffered(props.references, role.side).length === 0) return null;

  async function link() {
    if (chosen.length === 0) return setError(t('participant.strengthsRequired'));
    setError(null);
    const result = await props.send({ type: 'linkStrengths', roleId: role.id, strengths: chosen });
    if (result.ok) setChosen([]);
    else setError(result.message);
  }

  return (
    <details class="wp-details wp-roles-link">
      <summary aria-describedby={props.describedBy}>{t('participant.linkTitle')}</summary>
      {available.length === 0 ? (
        <p>{t('participant.nothingToLink')}</p>
      ) : (
        <div class="wp-stack">
          <StrengthChecklist
            notSharedLabel={t('participant.strengthNotShared')}
            legend={t('participant.strengthsLegend')}
            strengths={available}
            chosen={chosen}
            onChange={setChosen}
            error={error}
            idPrefix={`link-${role.id}`}
          />
          <div>
            <Button variant="secondary" onClick={() => void link()}>
              {t('participant.link')}
            </Button>
          </div>
        </div>
      )}
    </details>
  );
}
