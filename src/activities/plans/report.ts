import type { ReportInput } from '../../domain/activity.ts';
import { own } from '../../domain/ids.ts';
import type { ReportBlock } from '../../domain/report.ts';
import { SIDES } from '../../domain/workshop/state.ts';
import { CONSULTATION_ADVICE } from '../../domain/referenceTypes.ts';
import { itemCount, itemsOf, type Action, type PlansConfig, type PlansState } from './schema.ts';

type Input = ReportInput<PlansConfig>;

/**
 * The report section, shaped like the seed's "Concrete plannen en acties": per partnership (by
 * municipality) its goals, its actions as a table (what, who, by when, support), the people to
 * approach per side, its open questions and the advice the consultation gave back. Plans the
 * facilitator never shared are kept, and marked as such. No counts of people appear here.
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
  for (const id of ids) {
    const plan = state.plans[id]!;
    blocks.push({ type: 'heading', level: 3, text: place(id) });
    if (!state.sharedPlans.includes(id))
      blocks.push({ type: 'paragraph', text: input.t('report.notShared') });
    const goals = itemsOf(plan, 'goals').map((g) => g.text);
    if (goals.length) blocks.push({ type: 'list', title: input.t('list.goals'), items: goals });
    const actions = itemsOf(plan, 'actions');
    if (actions.length) {
      blocks.push({ type: 'paragraph', text: input.t('list.actions') });
      blocks.push({
        type: 'table',
        columns: ['what', 'who', 'byWhen', 'support'].map((c) => input.t(`report.column.${c}`)),
        rows: actions.map((a) => actionRow(a, input)),
      });
    }
    for (const side of SIDES) {
      const supporters = itemsOf(plan, 'supporters').filter((s) => s.side === side);
      if (supporters.length === 0) continue;
      blocks.push({
        type: 'list',
        title: input.t(`report.supporters.${side}`),
        items: supporters.map((s) => (s.ask ? `${s.name} — ${s.ask}` : s.name)),
      });
    }
    const questions = itemsOf(plan, 'questions').map((q) => q.text);
    if (questions.length)
      blocks.push({ type: 'list', title: input.t('list.questions'), items: questions });
    const advice = input.references
      .filter((r) => r.type === CONSULTATION_ADVICE && r.partnershipId === id)
      .map((r) => r.text);
    if (advice.length) blocks.push({ type: 'list', title: input.t('advice.title'), items: advice });
  }
  return blocks;
}

/** One action as a table row; an empty cell says so, so the table reads without gaps. */
function actionRow(action: Action, input: Input): string[] {
  const none = input.t('report.none');
  const who = [action.who ? input.t(`who.${action.who}`) : null, action.people]
    .filter(Boolean)
    .join(': ');
  return [action.what, who || none, action.byWhen ?? none, action.support ?? none];
}
