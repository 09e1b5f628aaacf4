import { useEffect, useRef, useState } from 'preact/hooks';
import { LIMITS } from '../../../../domain/workshop/limits.ts';
import { Button } from '../../../../ui/Button.tsx';
import { TextField } from '../../../../ui/Field.tsx';
import type { Role } from '../../schema.ts';
import type { RolesViewProps } from '../types.ts';

/** Asks for the merged role's name (starting from the first role's) and merges. */
export function MergeForm(
  props: RolesViewProps & { roles: readonly Role[]; onClose: (merged: boolean) => void },
) {
  const { t, tApp } = props;
  const [name, setName] = useState(props.roles[0]?.name ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    form.current?.querySelector('input')?.focus();
  }, []);

  async function merge(e: Event) {
    e.preventDefault();
    if (!name.trim()) return setError(t('participant.nameRequired'));
    setBusy(true);
    const result = await props.send({
      type: 'mergeRoles',
      roleIds: props.roles.map((r) => r.id),
      name: name.trim(),
    });
    setBusy(false);
    if (result.ok) props.onClose(true);
    else setError(result.message);
  }

  return (
    <form ref={form} class="wp-stack" onSubmit={merge}>
      <TextField
        label={t('console.mergeNameLabel')}
        hint={t('console.mergeNameHint')}
        value={name}
        maxLength={LIMITS.title}
        error={error}
        onInput={(e) => setName(e.currentTarget.value)}
      />
      <div class="wp-row">
        <Button type="submit" busy={busy}>
          {t('console.merge')}
        </Button>
        <Button variant="secondary" onClick={() => props.onClose(false)}>
          {tApp('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
