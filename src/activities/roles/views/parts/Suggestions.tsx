import { useState } from 'preact/hooks';
import type { Side } from '../../../../domain/workshop/state.ts';
import { Button } from '../../../../ui/Button.tsx';
import { LiveRegion } from '../../../../ui/LiveRegion.tsx';
import { listOf, normalName } from '../../schema.ts';
import type { RolesViewProps } from '../types.ts';

/**
 * The catalog (the seed's roles) as suggestions, one fold per side. One tap puts a role on
 * the list; one already there says so instead of offering a duplicate.
 */
export function Suggestions(
  props: RolesViewProps & { group: string; partnershipId?: string; label: string },
) {
  const { t } = props;
  const [message, setMessage] = useState('');
  const adopt = async (side: Side, key: string, name: string) => {
    const result = await props.send({
      type: 'adoptSuggestion',
      side,
      key,
      ...(props.partnershipId ? { partnershipId: props.partnershipId } : {}),
    });
    setMessage(result.ok ? t('participant.adopted', { name }) : result.message);
  };
  return (
    <div class="wp-stack">
      {(['formal', 'informal'] as const).map((side) => {
        const present = new Set(
          listOf(props.activity.state, props.group, side).map((r) => normalName(r.name)),
        );
        return (
          <details key={side} class="wp-card wp-details">
            <summary>{t(`list.${side}`)}</summary>
            <ul class="wp-roles-suggestions">
              {props.activity.config.catalog[side].map((entry) => {
                const onList = present.has(normalName(entry.name));
                const nameId = `${props.group}-${side}-${entry.key}`;
                return (
                  <li key={entry.key} class="wp-spread">
                    <span id={nameId}>
                      <strong>{entry.name}</strong>
                      {entry.description && (
                        <span class="wp-field__hint"> {entry.description}</span>
                      )}
                    </span>
                    {onList ? (
                      <span class="wp-badge">{t('participant.alreadyOnList')}</span>
                    ) : (
                      <Button
                        variant="secondary"
                        aria-describedby={nameId}
                        onClick={() => void adopt(side, entry.key, entry.name)}
                      >
                        {props.label}
                      </Button>
                    )}
                  </li>
                );
              })}
            </ul>
          </details>
        );
      })}
      <LiveRegion message={message} />
    </div>
  );
}
