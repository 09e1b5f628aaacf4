import { useEffect, useRef, useState } from 'preact/hooks';
import type { Participant, Partnership } from '../../../domain/workshop/state.ts';
import { Button } from '../../../ui/Button.tsx';
import { useT } from '../../../ui/i18n.tsx';
import type { RunCommand } from '../commands.ts';
import { ConfirmButton } from './ConfirmButton.tsx';
import { ParticipantDetailsForm } from './ParticipantDetailsForm.tsx';

const COLUMNS = 6;

/**
 * One participant in the table, with presence, correcting their details (in a row that
 * opens below) and removal (asked twice).
 */
export function ParticipantRow(props: {
  participant: Participant;
  municipality: string | undefined;
  partnerships: readonly Partnership[];
  online: boolean;
  run: RunCommand;
  onSaved: (message: string) => void;
}) {
  const t = useT();
  const { participant, online } = props;
  const nameId = `participant-${participant.id}`;
  const [editing, setEditing] = useState(false);
  const editId = `participant-edit-${participant.id}`;
  const toggled = useRef(false);

  // Closing the form puts focus back on the button that opened it.
  useEffect(() => {
    if (toggled.current && !editing) document.getElementById(editId)?.focus();
  }, [editing]);

  return (
    <>
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
          <div class="wp-row">
            <Button
              id={editId}
              variant="secondary"
              aria-expanded={editing}
              aria-describedby={nameId}
              onClick={() => {
                toggled.current = true;
                setEditing(!editing);
              }}
            >
              {t('console.people.edit')}
            </Button>
            <ConfirmButton
              label={t('console.participants.remove')}
              question={t('console.participants.confirmRemove', { name: participant.displayName })}
              describedBy={nameId}
              fallbackFocusId="participants-title"
              onConfirm={() =>
                props.run({ type: 'removeParticipant', participantId: participant.id })
              }
            />
          </div>
        </td>
      </tr>
      {editing && (
        <tr class="wp-console-table__editor">
          <td colSpan={COLUMNS}>
            <ParticipantDetailsForm
              participant={participant}
              partnerships={props.partnerships}
              run={props.run}
              onDone={(saved) => {
                toggled.current = true;
                setEditing(false);
                if (saved)
                  props.onSaved(t('console.people.saved', { name: participant.displayName }));
              }}
            />
          </td>
        </tr>
      )}
    </>
  );
}
