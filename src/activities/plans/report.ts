import type { ReportInput } from '../../domain/activity.ts';
import { own } from '../../domain/ids.ts';
import type { ReportBlock } from '../../domain/report.ts';
import { itemCount, type PlansConfig, type PlansState } from './schema.ts';

type Input = ReportInput<PlansConfig>;

/**
 * The plans' place in the day: what the room did, and per partnership (by municipality) how
 * much its plan holds and whether it was shared. The plans themselves stand once, in the
 * report's chapter "Concrete plannen en acties" (`reportActions`), like in the seed report:
 * printing them here too made a long report twice as long. No counts of people appear here.
 */
export function report(state: PlansState, input: Input): ReportBlock[] {
  const blocks: ReportBlock[] = [
    { type: 'heading', level: 2, text: input.title },
    { type: 'paragraph', text: input.t('report.intro') },
  ];
  const ids = Object.keys(state.plans).filter((id) => itemCount(state.plans[id]!) > 0);
  if (ids.length === 0) {
    blocks.push({ type: 'paragraph', text: input.t('report.noPlans') });
    return blocks;
  }
  const place = (id: string) =>
    own(input.partnerships, id)?.municipality ?? input.t('report.unknownMunicipality');
  ids.sort((a, b) => place(a).localeCompare(place(b), input.language));
  const column = (key: string) => input.t(`report.overview.${key}`);
  const count = (record: Readonly<Record<string, unknown>>) => String(Object.keys(record).length);
  blocks.push({
    type: 'table',
    columns: ['municipality', 'goals', 'actions', 'questions', 'shared'].map(column),
    rows: ids.map((id) => {
      const plan = state.plans[id]!;
      const shared = state.sharedPlans.includes(id);
      return [
        place(id),
        count(plan.goals),
        count(plan.actions),
        count(plan.questions),
        input.t(shared ? 'report.overview.yes' : 'report.overview.no'),
      ];
    }),
  });
  blocks.push({ type: 'paragraph', text: input.t('report.seeActions') });
  return blocks;
}
