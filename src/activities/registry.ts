import type { AnyActivityKind, KindRegistry } from '../domain/activity.ts';
import { strengthKind } from './strength/index.ts';
import { introKind } from './intro/index.ts';
import { pitchKind } from './pitch/index.ts';
import { treeKind } from './tree/index.ts';
import { rolesKind } from './roles/index.ts';
import { surpriseKind } from './surprise/index.ts';
import { plenaryKind } from './plenary/index.ts';
import { plansKind } from './plans/index.ts';
import { evaluationKind } from './evaluation/index.ts';
import { consultationKind } from './consultation/index.ts';
import { crossTheLineKind } from './crossTheLine/index.ts';

/**
 * Every activity kind, one line each. Adding a kind = its folder + one line here; the client
 * finds the kind's views by folder name (`views/Participant.tsx` etc.).
 */
const kinds: readonly AnyActivityKind[] = [
  strengthKind,
  introKind,
  pitchKind,
  treeKind,
  rolesKind,
  surpriseKind,
  plenaryKind,
  plansKind,
  evaluationKind,
  consultationKind,
  crossTheLineKind,
];

const byName = new Map(kinds.map((k) => [k.kind, k]));

export const registry: KindRegistry = {
  get: (kind) => byName.get(kind),
  all: () => kinds,
};
