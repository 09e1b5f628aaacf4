import { useState } from 'preact/hooks';
import { Button } from '../../../../ui/Button.tsx';
import { LiveRegion } from '../../../../ui/LiveRegion.tsx';
import { byRank, type Role } from '../../schema.ts';
import type { RolesViewProps } from '../types.ts';
import { MergeForm } from './MergeForm.tsx';

/**
 * Merging duplicates: how many roles are chosen and whether they can be merged (two or more,
 * one list), then the merged name, starting from the first role's name.
 */
export function MergeBar(
  props: RolesViewProps & { selected: readonly string[]; onDone: () => void },
) {
  const { t, tApp } = props;
  const roles = props.selected
    .map((id) => props.activity.state.roles[id])
    .filter((r): r is Role => !!r)
    .sort(byRank);
  const first = roles[0];
  const oneList = roles.every((r) => r.group === first?.group && r.side === first?.side);
  const ready = roles.length >= 2 && oneList;
  const [asking, setAsking] = useState(false);
  const [message, setMessage] = useState('');

  return (
    <div class="wp-card wp-stack wp-console-merge" role="group" aria-label={t('console.merge')}>
      <div class="wp-spread">
        <p>
          {roles.length > 0 ? (
            <strong>{t('console.mergeSelected', { count: roles.length })}</strong>
          ) : (
            t('console.mergeHint')
          )}
          {roles.length > 0 && !oneList && (
            <span class="wp-field__error"> {t('console.mergeDifferentLists')}</span>
          )}
        </p>
        {!asking && (
          <div class="wp-row">
            <Button disabled={!ready} onClick={() => setAsking(true)}>
              {t('console.merge')}
            </Button>
            {roles.length > 0 && (
              <Button variant="quiet" onClick={props.onDone}>
                {t('console.clearSelection')}
              </Button>
            )}
          </div>
        )}
      </div>
      {asking && ready && (
        <MergeForm
          {...props}
          roles={roles}
          onClose={(merged) => {
            setAsking(false);
            if (!merged) return;
            setMessage(t('console.merged'));
            props.onDone();
          }}
        />
      )}
      {asking && !ready && (
        <Button variant="secondary" onClick={() => setAsking(false)}>
          {tApp('common.cancel')}
        </Button>
      )}
      <LiveRegion message={message} />
    </div>
  );
}
