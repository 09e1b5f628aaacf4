import type { Participant } from '../../../domain/workshop/state.ts';
import { useT } from '../../../ui/i18n.tsx';
import type { RunCommand } from '../commands.ts';
import { ConfirmButton } from './ConfirmButton.tsx';

/** One participant in the table, with presence and removal (asked twice). */
export function ParticipantRow(props: {
  participant: Participant;
  municipality: string | undefined;
  online: boolean;
  run: RunCommand;
}) {
  const t = useT();
  const { participant, online } = props;
  const nameId = `participant-${participant.id}`;
  return (
    <tr>
      <th scope="row" id={nameId}>
        {participant.displayName}
      </th>
      <td>{props.municipality ?? t('console.participants.noMunicipality')}</td>
      <td>
        <span class={`wp-badge wp-badge--${participant.side}`}>
          {t(`common.sides.${participant.side}`)}
        </span>
      </td>
      <td>{participant.language ? t(`common.languages.${participant.language}`) : ''}</td>
      <td>
        <span class={`wp-badge ${online ? 'wp-badge--online' : 'wp-badge--offline'}`}>
          {online ? t('console.participants.online') : t('console.participants.offline')}
        </span>
      </td>
      <td>
        <ConfirmButton
          label={t('console.participants.remove')}
          question={t('console.participants.confirmRemove', { name: participant.displayName })}
          describedBy={nameId}
          fallbackFocusId="participants-title"
          onConfirm={() => props.run({ type: 'removeParticipant', participantId: participant.id })}
        />
      </td>
    </tr>
  );
}
