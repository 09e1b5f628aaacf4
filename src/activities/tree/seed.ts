import { z } from 'zod';
import { keyOf, referenceByText, sendAll } from '../../server/demo/seed/helpers.ts';
import type { SeedRun, SeedScript } from '../../server/demo/seed/script.ts';
import { GROUP_SIZE, ZONES, focusSchema, groupList, type Link, type TreeState } from './schema.ts';

/**
 * "Boom van de samenwerking" in the seed's completed workshop (server only): the facilitator
 * forms mixed groups (the server places people, as live), gives each group its focus, starts
 * building; the members write their group's items in turn; then the facilitator shares the
 * trees, shows each one large, and closes. Data: `src/server/demo/seed/data/tree.json`.
 */
const itemSchema = z.union([
  z.string(),
  z.object({
    text: z.string(),
    roles: z.array(z.string()).default([]),
    strengths: z.array(z.string()).default([]),
  }),
]);
const dataSchema = z.object({
  groups: z
    .array(
      z.object({
        focus: focusSchema,
        items: z.object({
          roots: z.array(itemSchema).default([]),
          wateringCan: z.array(itemSchema).default([]),
          fruits: z.array(itemSchema).default([]),
        }),
      }),
    )
    .min(1),
});
type SeedItem = z.infer<typeof itemSchema>;

export const seedScript: SeedScript = async (run, raw) => {
  const data = dataSchema.parse(raw);
  // The largest group size that gives as many groups as the data has.
  const size = Math.ceil(run.participants.length / data.groups.length);
  const groupSize = Math.min(GROUP_SIZE.max, Math.max(GROUP_SIZE.min, size));
  await run.send('facilitator', { type: 'formGroups', groupSize });
  while (groupList(run.state<TreeState>()).length < data.groups.length)
    await run.send('facilitator', { type: 'addGroup' });
  const groups = groupList(run.state<TreeState>());
  for (const [index, wanted] of data.groups.entries()) {
    const group = groups[index]!;
    if (group.focus !== wanted.focus)
      await run.send('facilitator', { type: 'setFocus', groupId: group.id, focus: wanted.focus });
  }
  await run.send('facilitator', { type: 'startBuilding' });
  for (const [index, wanted] of data.groups.entries()) {
    const members = groups[index]!.members.map((id) => keyOf(run, id));
    if (members.length === 0) throw new Error(`seed: tree group ${index + 1} has nobody in it`);
    const items = ZONES.flatMap((zone) =>
      wanted.items[zone].map((item) => ({ type: 'addItem', zone, ...itemCommand(run, item) })),
    );
    // The members write in turn, as a group around one tree does.
    await sendAll(
      run,
      items.map((command, turn) => [members[turn % members.length]!, command] as const),
    );
  }
  await run.send('facilitator', { type: 'shareTrees' });
  for (const group of groups)
    await run.send('facilitator', { type: 'showTree', groupId: group.id });
  await run.send('facilitator', { type: 'showTree', groupId: null });
  await run.send('facilitator', { type: 'close' });
};

/** An item's text, and its links to earlier roles and strengths found by their words. */
function itemCommand(run: SeedRun, item: SeedItem): { text: string; links?: Link[] } {
  if (typeof item === 'string') return { text: item };
  const link = (type: Link['type'], text: string): Link => {
    const found = referenceByText(run, type, text);
    return { type, activityId: found.activityId, id: found.id };
  };
  const links = [
    ...item.roles.map((text) => link('role', text)),
    ...item.strengths.map((text) => link('strength', text)),
  ];
  return links.length > 0 ? { text: item.text, links } : { text: item.text };
}
