import type { SeedScript } from './script.ts';
import { seedScript as strength } from '../../../activities/strength/seed.ts';
import { seedScript as intro } from '../../../activities/intro/seed.ts';
import { seedScript as pitch } from '../../../activities/pitch/seed.ts';
import { seedScript as roles } from '../../../activities/roles/seed.ts';
import { seedScript as tree } from '../../../activities/tree/seed.ts';
import { seedScript as surprise } from '../../../activities/surprise/seed.ts';
import { seedScript as plenary } from '../../../activities/plenary/seed.ts';
import { seedScript as crossTheLine } from '../../../activities/crossTheLine/seed.ts';
import { seedScript as consultation } from '../../../activities/consultation/seed.ts';
import { seedScript as plans } from '../../../activities/plans/seed.ts';
import { seedScript as evaluation } from '../../../activities/evaluation/seed.ts';

/**
 * Each activity kind's part of the seed's completed workshop (see `run.ts`), one line per kind.
 * A kind without a line here (or without `data/<kind>.json`) is started and stopped empty.
 */
export const SEED_SCRIPTS: Readonly<Record<string, SeedScript>> = {
  strength,
  intro,
  pitch,
  roles,
  tree,
  surprise,
  plenary,
  crossTheLine,
  consultation,
  plans,
  evaluation,
};
