import { useState } from 'preact/hooks';
import { Button } from '../../../../ui/Button.tsx';
import { TextField } from '../../../../ui/Field.tsx';
import { useSubmission } from '../../../../ui/useSubmission.ts';
import { GROUP_SIZE, groupList, groupOfParticipant } from '../../schema.ts';
import type { TreeViewProps } from '../types.ts';
import { GroupCard } from './GroupCard.tsx';
import { MemberSelect } from './MemberSelect.tsx';

/**
 * Forming mixed groups and changing them: the group size, "form groups" (again, until
 * building starts), each group's focus and members, and the people not in a group yet
 * (latecomers), who can be placed at any time.
 */
export function GroupingPanel(props: TreeViewProps) {
  const { t, activity, workshop } = props;
  const { state, config } = activity;
  const [size, setSize] = useState(String(config.groupSize));
  const { busy, run } = useSubmission();
  const groups = groupList(state);
  const people = Object.values(workshop.participants).filter((p) => !p.removed);
  const loose = people.filter((p) => !groupOfParticipant(state, p.id));
  const sizeNumber = Number(size);
  const sizeOk =
    Number.isInteger(sizeNumber) && sizeNumber >= GROUP_SIZE.min && sizeNumber <= GROUP_SIZE.max;

  async function form(e: Event) {
    e.preventDefault();
    if (!sizeOk) return;
    await run(() => props.send({ type: 'formGroups', groupSize: sizeNumber }));
  }

  return (
    <section class="wp-stack" aria-labelledby="tree-groups-title">
      <h4 id="tree-groups-title">{t('console.groupsTitle')}</h4>
      {state.phase === 'grouping' && (
        <form class="wp-row wp-tree-formgroups" onSubmit={form}>
          <TextField
            label={t('console.groupSizeLabel')}
            hint={t('console.groupSizeHint', { min: GROUP_SIZE.min, max: GROUP_SIZE.max })}
            type="number"
            min={GROUP_SIZE.min}
            max={GROUP_SIZE.max}
            value={size}
            onInput={(e) => setSize(e.currentTarget.value)}
          />
          <Button type="submit" busy={busy} disabled={!sizeOk || people.length === 0}>
            {groups.length ? t('console.formAgain') : t('console.formGroups')}
          </Button>
          <p class="wp-field__hint">{t('console.formHint')}</p>
        </form>
      )}
      {groups.length === 0 ? (
        <p>{t('console.noGroups')}</p>
      ) : (
        <ul class="wp-tree-groupcards">
          {groups.map((group) => (
            <GroupCard key={group.id} view={props} group={group} groups={groups} />
          ))}
        </ul>
      )}
      {(state.phase === 'grouping' || state.phase === 'building') && groups.length > 0 && (
        <div>
          <Button variant="secondary" onClick={() => void props.send({ type: 'addGroup' })}>
            {t('console.addGroup')}
          </Button>
        </div>
      )}
      <div class="wp-stack">
        <h5>{t('console.withoutGroup')}</h5>
        {loose.length === 0 ? (
          <p class="wp-note__meta">{t('console.everyoneGrouped')}</p>
        ) : (
          <ul class="wp-tree-members">
            {loose.map((person) => (
              <MemberSelect
                key={person.id}
                view={props}
                person={person}
                groups={groups}
                groupId={null}
              />
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
