import { useState } from 'preact/hooks';
import { LIMITS } from '../../../../domain/workshop/limits.ts';
import { TextArea, TextField } from '../../../../ui/Field.tsx';
import { useAutofocus } from '../../../../ui/useAutofocus.ts';
import { useSubmission } from '../../../../ui/useSubmission.ts';
import type { ConsoleRoleProps } from './types.ts';
import { FormActions } from '../../../../ui/FormActions.tsx';

/** Renames a role in place (and its explanation); on a refusal the input stays. */
export function RenameForm(props: ConsoleRoleProps & { onClose: () => void }) {
  const { t, tApp, role } = props;
  const [name, setName] = useState(role.name);
  const [description, setDescription] = useState(role.description ?? '');
  const { busy, error, setError, run } = useSubmission();
  const form = useAutofocus();

  async function save(e: Event) {
    e.preventDefault();
    if (!name.trim()) return setError(t('participant.nameRequired'));
    await run(
      () =>
        props.send({
          type: 'renameRole',
          roleId: role.id,
          name: name.trim(),
          description: description.trim() || null,
        }),
      props.onClose,
    );
  }

  return (
    <form ref={form} class="wp-stack wp-roles-rename" onSubmit={save}>
      <TextField
        label={t('console.renameNameLabel')}
        value={name}
        maxLength={LIMITS.title}
        error={error}
        onInput={(e) => setName(e.currentTarget.value)}
      />
      <TextArea
        label={t('console.renameDescriptionLabel')}
        value={description}
        rows={2}
        maxLength={LIMITS.noteText}
        onInput={(e) => setDescription(e.currentTarget.value)}
      />
      <FormActions busy={busy} submitLabel={tApp('common.save')} onCancel={props.onClose} />
    </form>
  );
}
