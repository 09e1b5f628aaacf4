import { defineActivityKind } from '../../domain/activity.ts';
import { decide } from './decide.ts';
import { evolve, initialTreeState } from './evolve.ts';
import { en } from './i18n/en.ts';
import { nl } from './i18n/nl.ts';
import { migrateEvent } from './migrate.ts';
import { personalize } from './personalize.ts';
import { references } from './references.ts';
import { records } from './records.ts';
import { report } from './report.ts';
import { GROUP_SIZE, commandSchema, configSchema } from './schema.ts';
import { audienceOf, overlay, reaches, view } from './view.ts';

export { treeSvg, type TreePicture, type TreePictureItem, type TreeSvgOptions } from './svg.ts';

/**
 * "Boom van de samenwerking": mixed groups each build a tree of their collaboration, with
 * roots (preconditions), a watering can (what keeps it growing) and fruits (shared outcomes).
 */
export const treeKind = defineActivityKind({
  kind: 'tree',
  // 2: events without what stateless redaction needed (placeholders, copies); see migrate.ts.
  version: 2,
  configSchema,
  commandSchema,
  messages: { nl, en },
  // Alternating focuses: with three groups, two are individual-oriented and one
  // community-oriented, as in the seed's workshop.
  defaultConfig: () => ({ groupSize: GROUP_SIZE.default, focuses: ['individual', 'community'] }),
  initialState: () => initialTreeState,
  participantCommands: ['addItem', 'editItem', 'deleteItem', 'moveItem'],
  decide,
  evolve,
  // Before sharing, the mixed group the facilitator placed the participant in.
  audienceOf,
  view,
  overlay,
  personalize,
  reaches,
  migrateEvent,
  report,
  records,
  references,
});
