import type { AppContext } from '../../context.ts';
import { newId } from '../../room/rooms.ts';
import { createWorkshop } from '../../services/workshops.ts';
import type { Account } from '../../store/types.ts';
import { SEED_PEOPLE, SEED_WORKSHOP, loadKindData, type SeedWorkshopData } from './data.ts';
import { castSeed, walkProgramme, type SeedBackend, type SeedPlay } from './player.ts';
import { SEED_SCRIPTS } from './scripts.ts';
import { playReportNotes } from './reportNotes.ts';

/**
 * The seed as demo data (issue 9): a COMPLETED copy of the seed's two-day workshop, played
 * through the same commands a live workshop uses, for a newcomer to open first, for the report
 * to render and for tests to lean on. Made once per data folder; found again by its title.
 */
export interface SeedOutcome {
  readonly workshopId: string;
  readonly code: string;
  /** False when an earlier start already made it. */
  readonly created: boolean;
  readonly ms: number;
  /** What went wrong per activity (a refused command, bad data); empty when all went well. */
  readonly problems: readonly string[];
}

export async function ensureSeedWorkshop(
  ctx: AppContext,
  account: Account,
  workshop: SeedWorkshopData = SEED_WORKSHOP,
): Promise<SeedOutcome> {
  const started = performance.now();
  const existing = (await ctx.stores.events.listWorkshopsOf(account.id)).find(
    (w) => w.title === workshop.title,
  );
  if (existing)
    return { workshopId: existing.id, code: existing.code, created: false, ms: 0, problems: [] };
  const { title, startsOn, endsOn, venue, defaultLanguage } = workshop;
  const fields = { title, startsOn, endsOn, venue, defaultLanguage };
  const created = await createWorkshop(ctx, account, fields, workshop.template);
  const room = await ctx.rooms.get(created.id);
  const backend: SeedBackend = {
    async execute(actor, input) {
      const outcome = await ctx.rooms.execute(created.id, actor, input);
      if (!outcome.ok) throw outcome.error;
      return outcome.createdId;
    },
    state: () => room.state,
    references: () => ctx.engine.references(room.state),
    newId,
  };
  const play: SeedPlay = {
    lead: { kind: 'facilitator', accountId: account.id },
    workshop,
    people: SEED_PEOPLE,
    scripts: SEED_SCRIPTS,
    loadData: loadKindData,
  };
  const cast = await castSeed(backend, play);
  // The placeholder participants are "in the room" while the workshop plays, as they were in
  // the seed: pairs, groups and the share of those present who crossed the line count them.
  // Nobody else can join this workshop before it exists, so nothing real is mixed in.
  const ids = cast.participants.map((p) => p.participantId);
  for (const id of ids) ctx.presence.connect(created.id, id);
  const problems = await walkProgramme(backend, play, cast).finally(() => {
    for (const id of ids) ctx.presence.disconnect(created.id, id);
  });
  // The minutes taken during the day, for the report's "Uit de verslaglegging".
  problems.push(...(await playReportNotes(backend, play, cast)));
  await backend.execute(play.lead, {
    activityId: null,
    command: { type: 'updateWorkshop', ...fields, closingText: workshop.closingText },
  });
  await backend.execute(play.lead, { activityId: null, command: { type: 'closeWorkshop' } });
  const ms = Math.round(performance.now() - started);
  for (const problem of problems) ctx.log.warn({ problem }, 'seed workshop: an activity failed');
  ctx.log.debug({ ms, workshopId: created.id }, 'seed workshop created');
  return { workshopId: created.id, code: created.code, created: true, ms, problems };
}
