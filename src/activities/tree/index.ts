import { defineActivityKind } from '../../domain/activity.ts';
import { decide } from './decide.ts';
import { evolve, initialTreeState } from './evolve.ts';
import { en } from './i18n/en.ts';
import { nl } from './i18n/nl.ts';
import { redactEvent, redactState } from './redact.ts';
import { references } from './references.ts';
import { report } from './report.ts';
import { GROUP_SIZE, commandSchema, configSchema, groupOfParticipant } from './schema.ts';

export { treeSvg, type TreePicture, type TreePictureItem, type TreeSvgOptions } from './svg.ts';

/**
 * "Boom van de samenwerking": mixed groups each build a tree of their collaboration, with
 * roots (preconditions), a watering can (what keeps it growing) and fruits (shared outcomes).
 */
export const treeKind = defineActivityKind({
  kind: 'tree',
  version: 1,
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
  // The mixed group the facilitator placed the participant in (none before grouping).
  groupOf: (state, participant) => groupOfParticipant(state, participant.id)?.id ?? null,
  redactEvent,
  redactState,
  report,
  references,
});
