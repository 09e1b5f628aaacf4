import type { ContributionRecord, ReportInput } from '../../domain/activity.ts';
import { own } from '../../domain/ids.ts';
import {
  LISTS,
  itemCount,
  itemsOf,
  type AnyItem,
  type ListName,
  type PlansConfig,
  type PlansState,
} from './schema.ts';

type Input = ReportInput<PlansConfig>;

/**
 * One record per item of each plan, in the report's order (by municipality, then goals,
 * actions, supporters, open questions). A plan is its partnership's shared work, so every
 * record speaks for that partnership; items name who added them, as the facilitator's console
 * does (plans are not anonymous), and none when a facilitator added them. The list is the
 * first code; an action's who and a supporter's constituency follow. Removed items are gone
 * from the state; plans the room never saw say so in `phase`.
 *
 * An open question keeps its item id, which is also the id the consultation imports it by,
 * so a consultation question links to exactly this record.
 */
export function records(state: PlansState, input: Input): ContributionRecord[] {
  const place = (id: string) =>
    own(input.partnerships, id)?.municipality ?? input.t('report.unknownMunicipality');
  const ids = Object.keys(state.plans).filter((id) => itemCount(state.plans[id]!) > 0);
  ids.sort((a, b) => place(a).localeCompare(place(b), input.language));
  const write = input.t('phase.write');
  return ids.flatMap((partnershipId) => {
    const plan = state.plans[partnershipId]!;
    const shared = state.sharedPlans.includes(partnershipId);
    const phase = shared ? write : `${write} · ${input.t('records.notShared')}`;
    return LISTS.flatMap((list) =>
      itemsOf(plan, list).map((item): ContributionRecord => ({
        id: item.id,
        type: TYPES[list],
        phase,
        round: null,
        group: place(partnershipId),
        authorId: item.authorId,
        side: (item.authorId && own(input.participants, item.authorId)?.side) || null,
        partnershipId,
        at: null,
        text: textOf(item),
        codes: codesOf(list, item, input),
        links: [],
      })),
    );
  });
}

const TYPES: Readonly<Record<ListName, string>> = {
  goals: 'goal',
  actions: 'action',
  supporters: 'supporter',
  questions: 'question',
};

/** As the report words it: an action by what, a supporter as "name — what we ask". */
function textOf(item: AnyItem): string {
  if ('what' in item) return item.what;
  if ('name' in item) return item.ask ? `${item.name} — ${item.ask}` : item.name;
  return item.text;
}

function codesOf(list: ListName, item: AnyItem, input: Input): string[] {
  const codes = [input.t(`list.${list}`)];
  if ('what' in item && item.who) codes.push(input.t(`who.${item.who}`));
  if ('name' in item) codes.push(input.t(`sideOf.${item.side}`));
  return codes;
}
