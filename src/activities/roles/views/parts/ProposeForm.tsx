import { useState } from 'preact/hooks';
import type { Side } from '../../../../domain/workshop/state.ts';
import { LIMITS } from '../../../../domain/workshop/limits.ts';
import { characterLimit } from '../../../../ui/characterLimit.ts';
import { sendFailure } from '../../../../ui/sendFailure.ts';
import { Button } from '../../../../ui/Button.tsx';
import { Choice } from '../../../../ui/Choice.tsx';
import { TextArea, TextField } from '../../../../ui/Field.tsx';
import { LiveRegion } from '../../../../ui/LiveRegion.tsx';
import type { StrengthRef } from '../../schema.ts';
import type { RolesViewProps } from '../types.ts';
import { StrengthChecklist } from './StrengthChecklist.tsx';
import { strengthsOffered } from './strengths.ts';

/**
 * Proposing a role: whose role, its name, and the strengths behind it (if any: a role such as
 * "Mens zijn" has none). The form empties at once (the role shows as "sending…" on the list);
 * a refusal brings the input back, with the reason at the field it is about.
 */
export function ProposeForm(props: RolesViewProps & { partnershipId?: string; idPrefix: string }) {
  const { t, tApp } = props;
  const [side, setSide] = useState<Side>(props.me?.side ?? 'formal');
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [chosen, setChosen] = useState<StrengthRef[]>([]);
  const [nameError, setNameError] = useState<string | null>(null);
  const [descriptionError, setDescriptionError] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const offered = strengthsOffered(props.references, side);
  const forSide = chosen.filter((c) =>
    offered.some((o) => o.activityId === c.activityId && o.id === c.id),
  );

  async function submit(e: Event) {
    e.preventDefault();
    const value = name.trim();
    const nameLimit = characterLimit(name, LIMITS.title);
    const descriptionLimit = characterLimit(description, LIMITS.noteText);
    const tooLong = (l: typeof nameLimit) =>
      l.stage === 'over'
        ? tApp('common.characters.tooLong', { limit: l.max, over: -l.left })
        : null;
    setNameError(value ? tooLong(nameLimit) : t('participant.nameRequired'));
    setDescriptionError(tooLong(descriptionLimit));
    // Linking strengths is welcome but not required: some roles ("Mens zijn") have none.
    if (!value || nameLimit.stage === 'over' || descriptionLimit.stage === 'over') return;
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
    const failure = sendFailure(result, tApp, ['name', 'description', 'strengths']);
    if (failure.field === 'description') setDescriptionError(failure.message);
    else setNameError(failure.message);
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
        onInput={(e) => {
          setName(e.currentTarget.value);
          if (nameError) setNameError(null);
        }}
      />
      <TextArea
        label={t('participant.descriptionLabel')}
        value={description}
        rows={2}
        maxLength={LIMITS.noteText}
        error={descriptionError}
        onInput={(e) => {
          setDescription(e.currentTarget.value);
          if (descriptionError) setDescriptionError(null);
        }}
      />
      {offered.length === 0 ? (
        <p class="wp-field__hint">{t('participant.noStrengths')}</p>
      ) : (
        <StrengthChecklist
          legend={t('participant.strengthsLegend')}
          hint={t('participant.strengthsHint')}
          notSharedLabel={t('participant.strengthNotShared')}
          strengths={offered}
          chosen={forSide}
          onChange={setChosen}
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
