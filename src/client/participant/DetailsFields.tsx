import type { Side } from '../../domain/workshop/state.ts';
import { Choice } from '../../ui/Choice.tsx';
import { Select } from '../../ui/Field.tsx';
import { useT } from '../../ui/i18n.tsx';

/** The select's value for "no municipality": a choice of its own, never the silent default. */
export const NO_MUNICIPALITY = 'none';

/** What the select holds: nothing chosen yet (''), "no municipality", or a partnership id. */
export type MunicipalityChoice = string;

export function choiceOf(partnershipId: string | null): MunicipalityChoice {
  return partnershipId ?? NO_MUNICIPALITY;
}

export function partnershipOf(choice: MunicipalityChoice): string | null {
  return choice === NO_MUNICIPALITY || choice === '' ? null : choice;
}

/**
 * Municipality and side, as chosen at join and corrected in "Mijn gegevens". Both start
 * unchosen at join: "Geen gemeente" is picked on purpose, so a participant who skips the
 * question is asked, not quietly put outside every municipality.
 */
export function DetailsFields(props: {
  partnerships: readonly { id: string; municipality: string }[];
  municipality: MunicipalityChoice;
  side: Side | null;
  onMunicipality: (choice: MunicipalityChoice) => void;
  onSide: (side: Side) => void;
  errors?: { municipality?: string | undefined; side?: string | undefined };
  /** Radio names must differ when two forms are on one page. */
  name?: string;
}) {
  const t = useT();
  return (
    <>
      <Select
        label={t('participant.join.municipalityLabel')}
        hint={t('participant.join.municipalityHint')}
        value={props.municipality}
        error={props.errors?.municipality}
        required
        onChange={(e) => props.onMunicipality((e.currentTarget as HTMLSelectElement).value)}
      >
        <option value="" disabled>
          {t('participant.join.municipalityChoose')}
        </option>
        {props.partnerships.map((p) => (
          <option key={p.id} value={p.id}>
            {p.municipality}
          </option>
        ))}
        <option value={NO_MUNICIPALITY}>{t('participant.join.municipalityNone')}</option>
      </Select>
      <Choice<Side>
        legend={t('participant.join.sideLegend')}
        name={props.name ?? 'side'}
        value={props.side}
        onChange={props.onSide}
        error={props.errors?.side}
        options={[
          {
            value: 'formal',
            label: t('common.sides.formal'),
            description: t('participant.join.sideFormalHelp'),
          },
          {
            value: 'informal',
            label: t('common.sides.informal'),
            description: t('participant.join.sideInformalHelp'),
          },
        ]}
      />
    </>
  );
}
