import { z } from 'zod';
import { SIDES } from '../../domain/workshop/state.ts';
import { referenceByText, sendAll } from '../../server/demo/seed/helpers.ts';
import type { SeedScript } from '../../server/demo/seed/script.ts';

/**
 * "Wie speelt welke rol" in the seed's completed workshop (server only): participants propose
 * the seed's roles on the two lists, each linked to the strengths behind it (found by their
 * words among what "De kracht van de ander" shared), then the facilitator closes the lists.
 * Data: `src/server/demo/seed/data/roles.json`.
 */
const roleSchema = z.object({
  name: z.string(),
  description: z.string().optional(),
  by: z.string(),
  strengths: z.array(z.string()).default([]),
});
const dataSchema = z.object({
  roles: z.object({ formal: z.array(roleSchema), informal: z.array(roleSchema) }),
});

export const seedScript: SeedScript = async (run, raw) => {
  const data = dataSchema.parse(raw);
  const proposals = SIDES.flatMap((side) =>
    data.roles[side].map((role) => {
      const strengths = role.strengths.map((text) => {
        const found = referenceByText(run, 'strength', text, side);
        return { activityId: found.activityId, id: found.id };
      });
      const description = role.description ? { description: role.description } : {};
      const command = { type: 'proposeRole', side, name: role.name, ...description, strengths };
      return [role.by, command] as const;
    }),
  );
  await sendAll(run, proposals);
  await run.send('facilitator', { type: 'close' });
};
