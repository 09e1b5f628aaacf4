import { useState } from 'preact/hooks';
import type { Side } from '../../../../domain/workshop/state.ts';
import { LIMITS } from '../../../../domain/workshop/limits.ts';
import { Button } from '../../../../ui/Button.tsx';
import { Choice } from '../../../../ui/Choice.tsx';
import { TextArea, TextField } from '../../../../ui/Field.tsx';
import { LiveRegion } from '../../../../ui/LiveRegion.tsx';
import type { StrengthRef } from '../../schema.ts';
import type { RolesViewProps } from '../types.ts';
import { StrengthChecklist } from './StrengthChecklist.tsx';
import { strengthsOffered } from './strengths.ts';

/**
 * Proposing a role: whose role, its name, and the strengths behind it. The form empties at
 * once (the role shows as "sending…" on the list); a refusal brings the input back.
 */
export function ProposeForm(props: RolesViewProps & { partnershipId?: string; idPrefix: string }) {
  const { t, tApp } = props;
  const [side, setSide] = useState<Side>(props.me?.side ?? 'formal');
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [chosen, setChosen] = useState<StrengthRef[]>([]);
  const [nameError, setNameError] = useState<string | null>(null);
  const [linkError, setLinkError] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const offered = strengthsOffered(props.references, side);
  const forSide = chosen.filter((c) =>
    offered.some((o) => o.activityId === c.activityId && o.id === c.id),
  );

  async function submit(e: Event) {
    e.preventDefault();
    const value = name.trim();
    setNameError(value ? null : t('participant.nameRequired'));
    // Participants turn strengths into roles: one link at least, when there are strengths.
    const needsLink = !!props.me && offered.length > 0 && forSide.length === 0;
    setLinkError(needsLink ? t('participant.strengthsRequired') : null);
    if (!value || needsLink) return;
    const before = { name, description, chosen };
    setName('');
    setDescription('');
    setChosen([]);
    setMessage('');
    const result = await props.send({
      type: 'proposeRole',
      side,
      name: value,
      ...(description.trim() ? { description: description.trim() } : {}),
      strengths: forSide,
      ...(props.partnershipId ? { partnershipId: props.partnershipId } : {}),
    });
    if (result.ok) return setMessage(t('participant.added'));
    setName(before.name);
    setDescription(before.description);
    setChosen(before.chosen);
    setNameError(result.message || tApp('errors.WP_ERR_VALIDATION'));
  }

  return (
    <form class="wp-stack wp-roles-form" onSubmit={submit} noValidate>
      <Choice<Side>
        legend={t('participant.sideLegend')}
        name={`${props.idPrefix}-side`}
        value={side}
        onChange={setSide}
        compact
        options={(['formal', 'informal'] as const).map((s) => ({
          value: s,
          label: t(`list.${s}`),
        }))}
      />
      <TextField
        label={t('participant.nameLabel')}
        hint={t('participant.nameHint')}
        value={name}
        maxLength={LIMITS.title}
        error={nameError}
        onInput={(e) => setName(e.currentTarget.value)}
      />
      <TextArea
        label={t('participant.descriptionLabel')}
        value={description}
        rows={2}
        maxLength={LIMITS.noteText}
        onInput={(e) => setDescription(e.currentTarget.value)}
      />
      {offered.length === 0 ? (
        <p class="wp-field__hint">{t('participant.noStrengths')}</p>
      ) : (
        <StrengthChecklist
          legend={t('participant.strengthsLegend')}
          hint={props.me ? t('participant.strengthsHint') : undefined}
          strengths={offered}
          chosen={forSide}
          onChange={setChosen}
          error={linkError}
          idPrefix={`${props.idPrefix}-strengths`}
        />
      )}
      <div>
        <Button type="submit">{t('participant.add')}</Button>
      </div>
      <LiveRegion message={message} />
    </form>
  );
}
