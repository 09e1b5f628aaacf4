import type { FacilitatorMembership } from '../../../../domain/workshop/state.ts';
import { Button } from '../../../../ui/Button.tsx';
import { useT } from '../../../../ui/i18n.tsx';
import { Notice } from '../../../../ui/Notice.tsx';
import { useSubmission } from '../../../../ui/useSubmission.ts';
import type { RunCommand } from '../../commands.ts';

/**
 * Makes a co-facilitator a note-taker ("alleen verslaglegging") or back. The lead's role never
 * changes, so there is no button for the lead. `describedBy` names the person for screen readers.
 */
export function RoleButton(props: {
  member: FacilitatorMembership;
  run: RunCommand;
  describedBy: string;
}) {
  const t = useT();
  const { busy, error, run } = useSubmission();
  const { member } = props;
  if (member.role === 'lead') return null;
  const next = member.role === 'notetaker' ? 'co' : 'notetaker';
  return (
    <>
      <Button
        variant="secondary"
        busy={busy}
        aria-describedby={props.describedBy}
        onClick={() =>
          void run(() =>
            props.run({ type: 'setFacilitatorRole', accountId: member.accountId, role: next }),
          )
        }
      >
        {next === 'notetaker'
          ? t('console.notes.roles.makeNoteTaker')
          : t('console.notes.roles.makeCo')}
      </Button>
      {error && <Notice tone="error">{error}</Notice>}
    </>
  );
}
