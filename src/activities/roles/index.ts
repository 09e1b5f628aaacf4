import { defineActivityKind } from '../../domain/activity.ts';
import { SIDES } from '../../domain/workshop/state.ts';
import { decide } from './decide.ts';
import { evolve, initialRolesState } from './evolve.ts';
import { en } from './i18n/en.ts';
import { nl } from './i18n/nl.ts';
import { redactEvent, redactState } from './redact.ts';
import { references } from './references.ts';
import { report } from './report.ts';
import {
  commandSchema,
  configSchema,
  type CatalogEntry,
  type RolesCommand,
  type RolesConfig,
  type RolesEvent,
  type RolesState,
} from './schema.ts';

/** The seed's catalog in one language, as config entries (an empty description is none). */
function catalogFor(messages: typeof nl): RolesConfig['catalog'] {
  const entries = (side: (typeof SIDES)[number]): CatalogEntry[] =>
    Object.entries(messages.catalog[side]).map(([key, e]) => ({
      key,
      name: e.name,
      description: e.description || null,
    }));
  return { formal: entries('formal'), informal: entries('informal') };
}

/** "Wie speelt welke rol": turn the strengths of the other into concrete roles per side. */
export const rolesKind = defineActivityKind<RolesConfig, RolesState, RolesCommand, RolesEvent>({
  kind: 'roles',
  version: 1,
  configSchema,
  commandSchema,
  messages: { nl, en },
  defaultConfig: (language) => ({
    scope: 'workshop',
    anonymous: true,
    suggestions: false,
    catalog: catalogFor(language === 'en' ? en : nl),
  }),
  initialState: () => initialRolesState,
  participantCommands: [
    'proposeRole',
    'adoptSuggestion',
    'withdrawRole',
    'endorseRole',
    'withdrawEndorsement',
    'linkStrengths',
  ],
  decide,
  evolve,
  // A participant's group is their municipality: it may read that municipality's private lists.
  // In workshop scope every role is shared, so the group then changes nothing.
  groupOf: (_state, participant) => participant.partnershipId,
  redactEvent,
  redactState,
  report,
  references,
});
