import { z } from 'zod';
import { sideSchema } from '../../domain/workshop/state.ts';
import type { SeedRun, SeedScript } from '../../server/demo/seed/script.ts';
import { WHO } from './schema.ts';

/**
 * "Toekomstplannen" in the seed's completed workshop (server only): per municipality, its
 * participants add the plan's goals, actions, people to approach and open questions, as
 * phones do; then the facilitator shares every plan and closes. The data is Dutch, for
 * researchers to edit: `src/server/demo/seed/data/plans.json` (`door` is the participant key).
 */
const by = z.string();
const dataSchema = z.object({
  delen: z.boolean().default(true),
  afsluiten: z.boolean().default(true),
  plannen: z.array(
    z.object({
      gemeente: z.string(),
      doelen: z.array(z.object({ door: by, tekst: z.string() })).default([]),
      acties: z
        .array(
          z.object({
            door: by,
            wat: z.string(),
            wie: z.enum(WHO).optional(),
            namen: z.string().optional(),
            wanneer: z.string().optional(),
            steun: z.string().optional(),
          }),
        )
        .default([]),
      draagvlak: z
        .array(
          z.object({ door: by, kant: sideSchema, naam: z.string(), vraag: z.string().optional() }),
        )
        .default([]),
      vragen: z.array(z.object({ door: by, tekst: z.string() })).default([]),
    }),
  ),
});
export type PlansSeed = z.input<typeof dataSchema>;

/** A key must belong to the municipality whose plan it writes in (phones add to their own). */
function ensureOf(run: SeedRun, key: string, municipality: string): string {
  const person = run.participants.find((p) => p.key === key);
  if (!person || person.municipality !== municipality)
    throw new Error(`plans seed: ${key} is not a participant of ${municipality}`);
  return key;
}

const orNull = (value: string | undefined) => value ?? null;

export const seedScript: SeedScript = async (run, raw) => {
  const data = dataSchema.parse(raw);
  for (const plan of data.plannen) {
    const as = (key: string) => ensureOf(run, key, plan.gemeente);
    const add = (key: string, item: Record<string, unknown>) =>
      run.send(as(key), { type: 'addItem', item });
    for (const goal of plan.doelen) await add(goal.door, { list: 'goals', text: goal.tekst });
    for (const a of plan.acties)
      await add(a.door, {
        list: 'actions',
        what: a.wat,
        who: a.wie ?? null,
        people: orNull(a.namen),
        byWhen: orNull(a.wanneer),
        support: orNull(a.steun),
      });
    for (const s of plan.draagvlak)
      await add(s.door, { list: 'supporters', side: s.kant, name: s.naam, ask: orNull(s.vraag) });
    for (const q of plan.vragen) await add(q.door, { list: 'questions', text: q.tekst });
  }
  if (data.delen) await run.send('facilitator', { type: 'shareAllPlans' });
  if (data.afsluiten) await run.send('facilitator', { type: 'close' });
};
