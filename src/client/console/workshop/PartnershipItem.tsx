import { useEffect, useRef, useState } from 'preact/hooks';
import type { Partnership } from '../../../domain/workshop/state.ts';
import { Button } from '../../../ui/Button.tsx';
import { useT } from '../../../ui/i18n.tsx';
import type { RunCommand } from '../commands.ts';
import { ConfirmButton } from './ConfirmButton.tsx';
import { PartnershipForm, type PartnershipFields } from './PartnershipForm.tsx';

/** One partnership: shown, edited in place, or removed after a second "yes". */
export function PartnershipItem(props: {
  partnership: Partnership;
  participantCount: number;
  run: RunCommand;
  onRemoved: () => void;
}) {
  const t = useT();
  const { partnership, run } = props;
  const [editing, setEditing] = useState(false);
  const item = useRef<HTMLLIElement>(null);
  const toggled = useRef(false);
  const titleId = `partnership-${partnership.id}`;

  useEffect(() => {
    if (toggled.current && !editing)
      item.current?.querySelector<HTMLButtonElement>('.wp-console-edit')?.focus();
  }, [editing]);

  function close() {
    toggled.current = true;
    setEditing(false);
  }

  async function save(fields: PartnershipFields): Promise<string | null> {
    const result = await run({
      type: 'updatePartnership',
      partnershipId: partnership.id,
      ...fields,
    });
    if (!result.ok) return result.message;
    close();
    return null;
  }

  if (editing) {
    return (
      <li ref={item} class="wp-card wp-stack">
        <h3>{t('console.partnerships.editTitle', { name: partnership.municipality })}</h3>
        <PartnershipForm
          initial={partnership}
          submitLabel={t('common.save')}
          onSubmit={save}
          onCancel={close}
          focusFirst
        />
      </li>
    );
  }
  const organisation = (name: string) => name || t('console.partnerships.notFilled');
  return (
    <li ref={item} class="wp-card wp-stack">
      <div class="wp-spread">
        <h3 id={titleId}>{partnership.municipality}</h3>
        <span class="wp-badge">
          {t('console.partnerships.participants', { count: props.participantCount })}
        </span>
      </div>
      <dl class="wp-console-dl wp-console-dl--stacked">
        <dt>{t('console.partnerships.formal')}</dt>
        <dd>{organisation(partnership.formalOrganisation)}</dd>
        <dt>{t('console.partnerships.informal')}</dt>
        <dd>{organisation(partnership.informalOrganisation)}</dd>
      </dl>
      <div class="wp-row">
        <Button
          variant="secondary"
          class="wp-console-edit"
          aria-describedby={titleId}
          onClick={() => setEditing(true)}
        >
          {t('console.partnerships.edit')}
        </Button>
        <ConfirmButton
          label={t('console.partnerships.remove')}
          question={t('console.partnerships.confirmRemove', { name: partnership.municipality })}
          describedBy={titleId}
          fallbackFocusId="partnerships-title"
          onConfirm={async () => {
            const result = await run({ type: 'removePartnership', partnershipId: partnership.id });
            if (result.ok) props.onRemoved();
          }}
        />
      </div>
    </li>
  );
}
