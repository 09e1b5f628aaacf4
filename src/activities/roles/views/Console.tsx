import { useState } from 'preact/hooks';
import './roles.css';
import { SIDES } from '../../../domain/workshop/state.ts';
import { LiveRegion } from '../../../ui/LiveRegion.tsx';
import { Notice } from '../../../ui/Notice.tsx';
import { useAnnouncement } from '../../../ui/useOnChange.ts';
import { WORKSHOP_GROUP } from '../schema.ts';
import { ConsoleList } from './console/ConsoleList.tsx';
import { MergeBar } from './console/MergeBar.tsx';
import { MunicipalityPanel } from './console/MunicipalityPanel.tsx';
import { PhaseBar } from './console/PhaseBar.tsx';
import { SettingsPanel } from './console/SettingsPanel.tsx';
import { useRolesShortcuts } from './console/useShortcuts.ts';
import { ProposeForm } from './parts/ProposeForm.tsx';
import { Suggestions } from './parts/Suggestions.tsx';
import type { RolesViewProps } from './types.ts';

/**
 * The facilitator's controls for "Wie speelt welke rol": the phase and the catalog switch,
 * per municipality the sharing, both lists with every role (hidden ones greyed) and the tools
 * to tidy them: order, merge, rename, hide, spotlight; and the catalog to add from.
 */
export default function RolesConsole(props: RolesViewProps) {
  // The host may draw this view once more with the next activity's state when the running
  // activity changes kind; draw nothing rather than misread another kind's state.
  if (props.activity.kind !== 'roles') return null;
  const { t, activity, workshop } = props;
  const { state, config } = activity;
  const [chosen, setChosen] = useState<string | null>(null);
  const [selected, setSelected] = useState<readonly string[]>([]);
  const phaseMessage = useAnnouncement(state.phase, () =>
    t('console.phaseChanged', { phase: t(`phase.${state.phase}`) }),
  );
  const partnerships = Object.values(workshop.partnerships).sort((a, b) =>
    a.municipality.localeCompare(b.municipality, props.language),
  );
  const perPlace = config.scope === 'municipality';
  const place = chosen && workshop.partnerships[chosen] ? chosen : (partnerships[0]?.id ?? null);
  const group = perPlace ? place : WORKSHOP_GROUP;
  useRolesShortcuts({ ...props, group, place: perPlace ? place : null });

  // A selected role can be merged or hidden by a colleague meanwhile: keep only usable ones.
  const usable = selected.filter((id) => {
    const role = state.roles[id];
    return role && !role.hidden && !role.mergedInto;
  });
  const onSelect = (roleId: string, on: boolean) =>
    setSelected(on ? [...usable, roleId] : usable.filter((id) => id !== roleId));
  const target = perPlace && place ? { partnershipId: place } : {};

  return (
    <div class="wp-stack wp-roles-console">
      <PhaseBar {...props} />
      {perPlace && !place && <Notice>{t('participant.noPartnership')}</Notice>}
      {perPlace && place && (
        <MunicipalityPanel
          {...props}
          partnerships={partnerships}
          group={place}
          onChoose={setChosen}
        />
      )}
      {group && (
        <>
          <MergeBar {...props} selected={usable} onDone={() => setSelected([])} />
          <div class="wp-columns">
            {SIDES.map((side) => (
              <ConsoleList
                key={side}
                {...props}
                group={group}
                side={side}
                selected={usable}
                onSelect={onSelect}
              />
            ))}
          </div>
          <details class="wp-card wp-details">
            <summary>{t('console.catalogTitle')}</summary>
            <p class="wp-field__hint">{t('console.catalogHint')}</p>
            <Suggestions {...props} {...target} group={group} label={t('console.addToList')} />
          </details>
          <details class="wp-card wp-details">
            <summary>{t('console.proposeTitle')}</summary>
            <ProposeForm {...props} {...target} idPrefix={`console-propose-${activity.id}`} />
          </details>
        </>
      )}
      {props.configure && <SettingsPanel {...props} configure={props.configure} />}
      <LiveRegion message={phaseMessage} />
    </div>
  );
}
