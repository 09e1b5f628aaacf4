import { own } from '../../../../domain/ids.ts';
import { Button } from '../../../../ui/Button.tsx';
import { Select } from '../../../../ui/Field.tsx';
import { Notice } from '../../../../ui/Notice.tsx';
import { hostCounts } from '../../pairing.ts';
import { placeOf } from '../parts/places.ts';
import type { ConsultationViewProps } from '../types.ts';

/**
 * The draft pairing: a round-robin suggestion (each municipality visits the next), and per
 * municipality whom it visits, to change before confirming. Warnings say when a municipality
 * gets no visit or more than one; the facilitator decides whether that is fine.
 */
export function PairingEditor(props: ConsultationViewProps) {
  const { t, workshop } = props;
  const { draft } = props.activity.state;
  const partnerships = Object.values(workshop.partnerships).sort((a, b) =>
    a.municipality.localeCompare(b.municipality, props.language),
  );
  const hosted = hostCounts(draft);
  const hasDraft = Object.keys(draft).length > 0;
  const warnings = hasDraft
    ? partnerships.flatMap((p) => {
        const count = hosted.get(p.id) ?? 0;
        const place = p.municipality;
        if (count === 0) return [t('console.notHosting', { place })];
        if (count > 1) return [t('console.hostedMore', { place, count })];
        return [];
      })
    : [];
  return (
    <section class="wp-card wp-stack" aria-labelledby="consult-pairing">
      <div class="wp-spread">
        <h2 id="consult-pairing">{t('console.pairingTitle')}</h2>
        <Button
          variant={hasDraft ? 'secondary' : 'primary'}
          disabled={partnerships.length < 2}
          onClick={() => void props.send({ type: 'suggestPairs' })}
        >
          {hasDraft ? t('console.suggestAgain') : t('console.suggest')}
        </Button>
      </div>
      <p class="wp-field__hint">{t('console.pairingHint')}</p>
      {partnerships.length < 2 && <Notice>{t('console.tooFew')}</Notice>}
      {!hasDraft && partnerships.length >= 2 && <p>{t('console.noDraft')}</p>}
      <div class="wp-consult-pairs">
        {partnerships.map((p) => (
          <Select
            key={p.id}
            label={t('console.visitsLabel', { place: p.municipality })}
            value={own(draft, p.id) ?? ''}
            onChange={(e) =>
              void props.send({
                type: 'setVisit',
                visitorId: p.id,
                hostId: e.currentTarget.value || null,
              })
            }
          >
            <option value="">{t('console.nobody')}</option>
            {partnerships
              .filter((other) => other.id !== p.id)
              .map((other) => (
                <option key={other.id} value={other.id}>
                  {placeOf(props, other.id)}
                </option>
              ))}
          </Select>
        ))}
      </div>
      {warnings.length > 0 && (
        <ul class="wp-consult-warnings">
          {warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
