import type { GuardedCount } from '../../domain/views/smallGroups.ts';
import type { Side } from '../../domain/workshop/state.ts';
import type { CrossingCount } from './counts.ts';

type T = (key: string, params?: Readonly<Record<string, string | number>>) => string;

/** "12 mensen gingen over de streep", "Minder dan 3 …", "Bijna iedereen: op minder dan 3 na". */
export function totalText(count: GuardedCount, t: T): string {
  if ('exact' in count) return t('count.exact', { count: count.exact });
  if ('fewerThan' in count) return t('count.fewerThan', { count: count.fewerThan });
  // "All but fewer than 3" of fewer than 3 people would say "almost everyone" when nobody
  // crossed: with so few in the room no number at all can be shown.
  if (count.of < count.allButFewerThan) return t('count.tooFew');
  return t('count.allButFewerThan', { count: count.allButFewerThan });
}

/** "Formeel: 4", "Informeel: minder dan 3". */
export function sideText(side: Side, count: GuardedCount, t: T): string {
  const label = t(`aboutShort.${side}`);
  if ('exact' in count) return t('count.sideExact', { side: label, count: count.exact });
  if ('fewerThan' in count)
    return t('count.sideFewerThan', { side: label, count: count.fewerThan });
  if (count.of < count.allButFewerThan) return t('count.sideTooFew', { side: label });
  return t('count.sideAllBut', { side: label, count: count.allButFewerThan });
}

/** The lines a screen (or the report) shows for one crossing count: total, share, per side. */
export function countLines(count: CrossingCount, t: T): { main: string; detail: string[] } {
  const detail: string[] = [];
  if (count.share !== null)
    detail.push(t('count.share', { share: count.share, present: count.present }));
  else if (count.present > 0) detail.push(t('count.ofPresent', { present: count.present }));
  const sides = count.bySide
    ? [sideText('formal', count.bySide.formal, t), sideText('informal', count.bySide.informal, t)]
    : [];
  // With the total withheld (it would give a guarded side away), the sides say it all.
  if (!count.total) return { main: sides.join(' · '), detail };
  return { main: totalText(count.total, t), detail: [...detail, ...sides] };
}
