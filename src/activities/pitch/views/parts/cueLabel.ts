import type { Translate } from '../../../../i18n/index.ts';
import { lowWarning, type Cue } from '../../timer.ts';

/** The words for a cue, so it never depends on colour alone (plain "time left" before any). */
export function cueLabel(t: Translate, cue: Cue, durationMs: number): string {
  if (cue === 'normal') return t('timer.label');
  if (cue !== 'low') return t(`cue.${cue}`);
  const { unit, count } = lowWarning(durationMs);
  return t(unit === 'minutes' ? 'cue.lowMinutes' : 'cue.lowSeconds', { count });
}
